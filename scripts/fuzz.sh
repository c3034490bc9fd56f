#!/bin/sh
# Runs one libFuzzer target for a while: scripts/fuzz.sh TARGET SECONDS
#
#   scripts/fuzz.sh json_fuzzer 600      # ten minutes
#   scripts/fuzz.sh all 60               # every target, one minute each
#
# TARGET is json_fuzzer, icews_fuzzer, dictionary_fuzzer, text_fuzzer or
# snapshot_fuzzer (whichever fuzz/CMakeLists.txt builds), or "all". The fuzz build goes to
# $FUZZ_BUILD (default build-fuzz): clang-14, libFuzzer, ASan and every
# UBSan check of -fsanitize=undefined listed one by one except
# pointer-overflow, which RapidJSON 1.1.0's internal stack trips on
# ordinary input (a later -fsanitize=undefined would turn it back on, so
# the checks are listed instead of subtracted). Seed inputs come from the repository's own test data, with
# the first byte (the target's option byte) set to each value the target
# reads; the corpus grows in $FUZZ_BUILD/corpus/TARGET. A finding is saved
# under $FUZZ_BUILD/findings/TARGET/ and makes the script fail; turn each
# into a regression test. The last lines of each run give the executions
# per second and the coverage (libFuzzer's final statistics).
set -eu
cd "$(dirname "$0")/.."

if [ $# -ne 2 ]; then
  echo "usage: scripts/fuzz.sh TARGET|all SECONDS" >&2
  exit 2
fi
target=$1
seconds=$2
build=${FUZZ_BUILD:-build-fuzz}

ubsan=alignment,bool,builtin,bounds,enum,float-cast-overflow,function
ubsan=$ubsan,integer-divide-by-zero,nonnull-attribute,null,object-size
ubsan=$ubsan,return,returns-nonnull-attribute,shift,signed-integer-overflow
ubsan=$ubsan,unreachable,vla-bound,vptr
if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDIPLOGRAPH_BUILD_FUZZERS=ON \
    -DDIPLOGRAPH_BUILD_BENCHMARKS=OFF -DDIPLOGRAPH_BUILD_EXAMPLES=OFF \
    "-DDIPLOGRAPH_SANITIZE=fuzzer-no-link,address,$ubsan" >/dev/null
fi

targets=$target
if [ "$target" = all ]; then
  targets=$(sed -n 's/^add_executable(\([a-z_]*_fuzzer\) .*/\1/p' fuzz/CMakeLists.txt)
fi
# shellcheck disable=SC2086
cmake --build "$build" --target $targets

# seed_file OUT KNOB FILE: OUT gets the byte KNOB, then FILE (at most its
# first 200 lines, so that seeds stay small).
seed_file() {
  printf "\\$(printf '%03o' "$2")" >"$1"
  head -n 200 "$3" >>"$1"
}

seeds() {
  dir=$build/seeds/$1
  rm -rf "$dir"
  mkdir -p "$dir"
  case $1 in
    json_fuzzer)
      for f in examples/data/seed.json tests/io/data/*.json; do
        for k in 0 2; do seed_file "$dir/$k-$(basename "$f")" $k "$f"; done
      done
      for f in tests/io/data/*.jsonl; do
        for k in 1 3; do seed_file "$dir/$k-$(basename "$f")" $k "$f"; done
      done ;;
    icews_fuzzer)
      for k in 0 2; do
        seed_file "$dir/$k-quadruples" $k data/samples/icews14_sample.tsv
      done
      seed_file "$dir/1-events" 1 data/samples/icews_events_sample.tab ;;
    dictionary_fuzzer)
      cp fuzz/corpus/dictionary/* "$dir/" ;;
    *)
      # The committed seeds of fuzz/corpus/NAME (text, snapshot, ...).
      name=${1%_fuzzer}
      if [ -d "fuzz/corpus/$name" ]; then cp "fuzz/corpus/$name"/* "$dir/"; fi ;;
  esac
  echo "$dir"
}

status=0
for t in $targets; do
  corpus=$build/corpus/$t
  findings=$build/findings/$t
  mkdir -p "$corpus" "$findings"
  seed_dir=$(seeds "$t")
  # Inputs up to 64 KiB, 16 KiB where each run imports a whole table or
  # text twice (keeps a run under ~50 ms under the sanitizers).
  case $t in
    icews_fuzzer | text_fuzzer) max_len=16384 ;;
    *) max_len=65536 ;;
  esac
  echo "fuzz: $t for $seconds s"
  if ! "$build/fuzz/$t" -max_total_time="$seconds" -max_len="$max_len" \
      -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$findings/" "$corpus" "$seed_dir" \
      >"$build/$t.log" 2>&1; then
    echo "fuzz: $t FOUND A PROBLEM (input in $findings/):" >&2
    grep -A30 -m1 'ERROR\|==ABORT\|deadly signal\|timeout' "$build/$t.log" >&2 || tail -40 "$build/$t.log" >&2
    status=1
  fi
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added)|cov: ' \
    "$build/$t.log" | tail -4
done
exit $status
