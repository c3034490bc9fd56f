#!/usr/bin/env python3
"""Runs json_benchmark with its repetitions randomly interleaved and prints
the ratios that bench/README.md reports, from the minimum and the median CPU
time of each case over the repetitions.

Interleaving spreads the noise of a shared machine over every case instead
of letting a busy moment fall on one of them; the minimum is the run least
disturbed, the median the typical one.

    bench/json_ratios.py [--binary build/bench/json_benchmark] [--repetitions 9]

With --baseline OLD_BINARY it compares two builds instead: the two binaries
run in turn, --rounds times each (so that a busy moment of the machine falls
on both), and it prints, per case, the old and new minimum and median CPU
times and their ratio new / old (below 1: the new build is faster):

    bench/json_ratios.py --baseline ../baseline/build/bench/json_benchmark \
        --rounds 5 --repetitions 3
"""

import argparse
import json
import statistics
import subprocess
import sys

STATEMENTS = 200_000  # kStatements in json_benchmark.cc

# (label, numerator case, denominator case, target)
RATIOS = [
    ("whole-document load / RapidJSON DOM parse", "BM_Json_LoadDocument/0",
     "BM_Json_RapidJsonParse", "<= 2"),
    ("  the same, schema check on", "BM_Json_LoadDocument/1",
     "BM_Json_RapidJsonParse", ""),
    ("JSON Lines load (in memory) / RapidJSON SAX over the lines",
     "BM_Json_LoadLinesInMemory/0", "BM_Json_RapidJsonSaxLines", ""),
    ("JSON Lines load (file) / RapidJSON SAX over the lines",
     "BM_Json_LoadLinesFile/0", "BM_Json_RapidJsonSaxLines", ""),
    ("JSON Lines, schema check on / off (in memory)",
     "BM_Json_LoadLinesInMemory/1", "BM_Json_LoadLinesInMemory/0", ""),
    ("store alone (AddStatements) / JSON Lines load (in memory)",
     "BM_Json_AddStatements", "BM_Json_LoadLinesInMemory/0", ""),
]

RATES = [
    ("JSON Lines load from a file", "BM_Json_LoadLinesFile/0", ">= 1M/s"),
    ("JSON Lines load from memory", "BM_Json_LoadLinesInMemory/0", ""),
    ("RapidJSON SAX over the lines (no records)", "BM_Json_RapidJsonSaxLines",
     ""),
    ("whole-document load", "BM_Json_LoadDocument/0", ""),
]


def run(binary, case_filter, repetitions, times):
    """Runs `binary` once; appends CPU ms per iteration to times[case]."""
    cmd = [
        binary,
        f"--benchmark_filter={case_filter}",
        f"--benchmark_repetitions={repetitions}",
        "--benchmark_enable_random_interleaving=true",
        "--benchmark_format=json",
    ]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    for b in json.loads(out)["benchmarks"]:
        if b.get("run_type") != "iteration":
            continue
        scale = {"ms": 1.0, "us": 1e-3, "ns": 1e-6, "s": 1e3}[b["time_unit"]]
        times.setdefault(b["run_name"], []).append(b["cpu_time"] * scale)


def compare(args):
    old, new = {}, {}
    case_filter = args.filter or "LoadLines|LoadDocument|Save"
    for _ in range(args.rounds):
        run(args.baseline, case_filter, args.repetitions, old)
        run(args.binary, case_filter, args.repetitions, new)
    print(f"{'case':34} {'old min':>8} {'new min':>8} {'ratio':>6}"
          f" {'old med':>8} {'new med':>8} {'ratio':>6}  (CPU ms, new/old)")
    for case in sorted(old.keys() & new.keys()):
        o, n = old[case], new[case]
        print(f"{case:34} {min(o):8.1f} {min(n):8.1f} {min(n) / min(o):6.3f}"
              f" {statistics.median(o):8.1f} {statistics.median(n):8.1f}"
              f" {statistics.median(n) / statistics.median(o):6.3f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default="build/bench/json_benchmark")
    parser.add_argument("--repetitions", type=int, default=9)
    parser.add_argument("--baseline", help="an older json_benchmark to compare")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--filter", help="with --baseline: cases to compare")
    args = parser.parse_args()
    if args.baseline:
        compare(args)
        return

    times = {}  # case -> CPU milliseconds per iteration, one per repetition
    run(args.binary, "LoadLines|LoadDocument|RapidJson|AddStatements",
        args.repetitions, times)

    missing = {c for _, a, b, _ in RATIOS for c in (a, b)} - times.keys()
    if missing:
        sys.exit(f"cases missing from the output: {sorted(missing)}")

    print(f"{'case':34} {'min ms':>9} {'median ms':>10}  repetitions")
    for case in sorted(times):
        t = times[case]
        print(f"{case:34} {min(t):9.1f} {statistics.median(t):10.1f}  {len(t)}")
    print()
    print(f"{'ratio':62} {'of mins':>8} {'of medians':>11}  target")
    for label, a, b, target in RATIOS:
        r_min = min(times[a]) / min(times[b])
        r_med = statistics.median(times[a]) / statistics.median(times[b])
        print(f"{label:62} {r_min:8.2f} {r_med:11.2f}  {target}")
    print()
    print(f"{'rate (statements/s)':62} {'best':>8} {'median':>11}  target")
    for label, case, target in RATES:
        best = STATEMENTS / (min(times[case]) / 1e3)
        typical = STATEMENTS / (statistics.median(times[case]) / 1e3)
        print(f"{label:62} {best / 1e3:7.0f}k {typical / 1e3:10.0f}k  {target}")


if __name__ == "__main__":
    main()
