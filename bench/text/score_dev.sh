#!/bin/sh
# Scores the text extractor on the development set of ../shared/eval/dev:
# runs examples/extract_article on every dev text (--out writes diplograph/1
# JSON), converts each graph with ../shared/eval/to_pred.py and prints the
# table of ../shared/eval/dev/score.py (micro-averaged over the documents).
#
#   sh bench/text/score_dev.sh [BUILD_DIR] [SHARED_DIR] [-- score.py options]
#
# BUILD_DIR defaults to build (extract_article must be built:
# `ninja -C build extract_article`), SHARED_DIR to ../shared beside the
# repository. Predictions are left in BUILD_DIR/text_dev/ for inspection.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$here/build"}
shared=${2:-"$here/../shared"}
[ $# -ge 1 ] && shift
[ $# -ge 1 ] && shift
[ "${1:-}" = "--" ] && shift
dev="$shared/eval/dev"
tool="$build/examples/extract_article"
if [ ! -d "$dev" ]; then
  echo "needs $dev (the shared development set)" >&2
  exit 1
fi
if [ ! -x "$tool" ]; then
  echo "needs $tool: ninja -C $build extract_article" >&2
  exit 1
fi
out="$build/text_dev"
mkdir -p "$out"
for txt in "$dev"/*.txt; do
  doc=$(basename "$txt" .txt)
  "$tool" "$txt" --out "$out/$doc.graph.json" \
    > "$out/$doc.log"
  python3 "$shared/eval/to_pred.py" "$out/$doc.graph.json" "$out/$doc.pred.json"
done
python3 "$dev/score.py" "$dev" "$out" "$@"
