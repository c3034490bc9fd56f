#!/bin/sh
# Scores the text extractor on the held-out documents of bench/text/heldout
# (written for this project; the extractor's rules were not developed on
# them): runs examples/extract_article on each text, converts each graph
# with ../shared/eval/to_pred.py and prints the table of
# ../shared/eval/dev/score.py (micro-averaged over the documents).
#
#   sh bench/text/score_heldout.sh [BUILD_DIR] [SHARED_DIR] [-- score.py options]
#
# BUILD_DIR defaults to build (`ninja -C build extract_article` first),
# SHARED_DIR to ../shared beside the repository (for the scorer).
# Predictions are left in BUILD_DIR/text_heldout/ for inspection.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$here/build"}
shared=${2:-"$here/../shared"}
[ $# -ge 1 ] && shift
[ $# -ge 1 ] && shift
[ "${1:-}" = "--" ] && shift
docs="$here/bench/text/heldout"
tool="$build/examples/extract_article"
if [ ! -f "$shared/eval/dev/score.py" ]; then
  echo "needs $shared/eval (the scorer and to_pred.py)" >&2
  exit 1
fi
if [ ! -x "$tool" ]; then
  echo "needs $tool: ninja -C $build extract_article" >&2
  exit 1
fi
out="$build/text_heldout"
gold="$out/gold"
mkdir -p "$out" "$gold"
for txt in "$docs"/*.txt; do
  doc=$(basename "$txt" .txt)
  cp "$docs/$doc.gold.json" "$gold/"
  if ! "$tool" "$txt" --out "$out/$doc.graph.json" > "$out/$doc.log" 2>&1; then
    echo "$doc: extract_article failed (see $out/$doc.log); scored as empty" >&2
    printf '{"format": "diplograph/1"}\n' > "$out/$doc.graph.json"
  fi
  python3 "$shared/eval/to_pred.py" "$out/$doc.graph.json" "$out/$doc.pred.json"
done
python3 "$shared/eval/dev/score.py" "$gold" "$out" "$@"
