#!/usr/bin/env python3
"""Runs a Google Benchmark program with its repetitions randomly interleaved
and prints the Markdown table that bench/README.md shows for it.

    bench/gbench_table.py BINARY [--repetitions 5] [--baseline CASE]
        [extra --benchmark_... flags]

One row per case: the median and the minimum CPU time over the repetitions
(in s, ms, us or ns), the rate when the case reports items processed,
its user counters, and with --baseline the ratio of the case's median CPU
time to the baseline case's median in the same run. Interleaving spreads
the noise of a shared machine over every case instead of letting a busy
moment fall on one of them.
"""

import argparse
import collections
import json
import statistics
import subprocess
import sys

STANDARD = {"name", "family_index", "per_family_instance_index", "run_name",
            "run_type", "repetitions", "repetition_index", "threads",
            "iterations", "real_time", "cpu_time", "time_unit",
            "items_per_second", "bytes_per_second", "aggregate_name",
            "aggregate_unit", "label", "error_occurred", "error_message"}


def rate(x):
    for scale, suffix in ((1e9, " G/s"), (1e6, " M/s"), (1e3, " k/s")):
        if x >= scale:
            return "%.3g%s" % (x / scale, suffix)
    return "%.3g/s" % x


def duration(x_ns):
    for scale, unit in ((1e9, "s"), (1e6, "ms"), (1e3, "us")):
        if x_ns >= scale:
            return "%.3g %s" % (x_ns / scale, unit)
    return "%.3g ns" % x_ns


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--repetitions", type=int, default=5)
    ap.add_argument("--baseline")
    a, extra = ap.parse_known_args()  # the rest goes to the benchmark
    cmd = [a.binary, "--benchmark_format=json",
           "--benchmark_repetitions=%d" % a.repetitions,
           "--benchmark_enable_random_interleaving=true"] + [
               x for x in extra if x != "--"]
    print("running: " + " ".join(cmd), file=sys.stderr, flush=True)
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE,
                         text=True).stdout
    runs = collections.defaultdict(list)
    for b in json.loads(out)["benchmarks"]:
        if b.get("run_type") == "iteration" and not b.get("error_occurred"):
            runs[b["run_name"]].append(b)
    # The program's order (interleaving shuffles the output).
    runs = collections.OrderedDict(sorted(
        runs.items(), key=lambda kv: (kv[1][0]["family_index"],
                                      kv[1][0]["per_family_instance_index"])))

    ns = {"ns": 1, "us": 1e3, "ms": 1e6, "s": 1e9}

    def median_cpu(name):  # in nanoseconds, to compare cases of any unit
        return statistics.median(r["cpu_time"] * ns[r["time_unit"]]
                                 for r in runs[name])

    base = median_cpu(a.baseline) if a.baseline in runs else None
    rows = []
    for name, rs in runs.items():
        cpu = [r["cpu_time"] * ns[r["time_unit"]] for r in rs]
        items = [r["items_per_second"] for r in rs if "items_per_second" in r]
        counters = ", ".join(
            "%s %.4g" % (k, statistics.median(r[k] for r in rs))
            for k in rs[0] if k not in STANDARD and
            isinstance(rs[0][k], (int, float)))
        row = ["`%s`" % name, duration(statistics.median(cpu)),
               duration(min(cpu)),
               rate(statistics.median(items)) if items else "", counters]
        if base:
            row.append("%.3g" % (median_cpu(name) / base))
        rows.append(row)
    head = ["case", "median CPU", "min CPU", "rate (median)", "counters"]
    align = ["---", "---:", "---:", "---:", "---"]
    if base:
        head.append("/ " + a.baseline)
        align.append("---:")
    # Leave out the rate and counter columns when no case fills them.
    keep = [i for i in range(len(head)) if i not in (3, 4) or
            any(r[i] for r in rows)]
    for line in [head, align] + rows:
        print("| " + " | ".join(line[i] for i in keep) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
