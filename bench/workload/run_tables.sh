#!/bin/sh
# Regenerates one table of bench/README.md's workload sections:
#
#   sh bench/workload/run_tables.sh icews14   # all seven systems, ICEWS14
#   sh bench/workload/run_tables.sh 100k      # all seven systems, 100k rows
#   sh bench/workload/run_tables.sh 1m        # all seven systems, 1M rows
#   sh bench/workload/run_tables.sh 10m       # SQLite, stopped after 20 min each
#   sh bench/workload/run_tables.sh 10m-peers # DuckDB and Kuzu, the same (after 10m)
#   sh bench/workload/run_tables.sh 100m      # diplograph alone, 100M rows
#   sh bench/workload/run_tables.sh plot      # results/scaling.svg, 100k to 100M
#
# Run from the repository root after `ninja -C build workload workload_sqlite
# generate_events` and `sh bench/install-peers.sh build`. BUILD (default
# build) names the build folder. Output goes to stdout (the comparison) and to
# bench/workload/results/SIZE.json; the synthetic inputs are written under
# BUILD and, for 100M (about 7.4 GB), deleted afterwards. Everything runs under
# `nice`, since the machine is shared.
set -eu

build=${BUILD:-build}
here=bench/workload
results=$here/results
compare="nice -n 10 python3 $here/compare_workload.py --build $build"

events() {  # events ROWS FILE: the seeded synthetic input, once
  [ -s "$2" ] || nice -n 10 "$build/bench/generate_events" --rows "$1" --seed 1 >"$2"
}

case "${1:-}" in
  icews14)
    cat ../shared/data/icews14/test.tsv ../shared/data/icews14/valid.tsv \
      >"$build/icews14.tsv"
    $compare "$build/icews14.tsv" --params $here/icews14.params.tsv \
      --ref $here/icews14.ref.txt --json $results/icews14.json
    ;;
  100k)
    events 100000 "$build/events.100k.tsv"
    $compare "$build/events.100k.tsv" --json $results/100k.json
    ;;
  1m)
    events 1000000 "$build/events.1m.tsv"
    $compare "$build/events.1m.tsv" --json $results/1m.json
    ;;
  10m)
    # SQLite (memory and file) against diplograph; each peer is stopped
    # after 20 minutes and keeps the phases it finished. NetworkX needs
    # about 8 GB and hours at this size: left out.
    events 10000000 "$build/events.10m.tsv"
    $compare "$build/events.10m.tsv" --no-networkx --no-duckdb --no-kuzu \
      --timeout 1200 --params-out "$build/events.10m.params.tsv" \
      --json $results/10m.json
    ;;
  10m-peers)
    # DuckDB (with and without indexes) and Kuzu against diplograph, on the
    # instances of the `10m` run (a second run, so that the two can go on
    # at once on a busy machine).
    $compare "$build/events.10m.tsv" --params "$build/events.10m.params.tsv" \
      --no-sqlite --no-networkx --timeout 1200 --json $results/10m-peers.json
    ;;
  100m)
    data="$build/events.100m.tsv"
    trap 'rm -f "$data"' EXIT INT TERM
    events 100000000 "$data"
    $compare "$data" --no-sqlite --no-networkx --no-duckdb --no-kuzu \
      --json $results/100m.json
    ;;
  plot)
    # The synthetic sizes only (ICEWS14 is another dataset).
    files=
    for size in 100k 1m 10m 10m-peers 100m; do
      [ -f "$results/$size.json" ] && files="$files $results/$size.json"
    done
    python3 $here/plot_scaling.py $results/scaling.svg $files
    ;;
  *)
    echo "usage: run_tables.sh icews14|100k|1m|10m|10m-peers|100m|plot" >&2
    exit 2
    ;;
esac
