#!/usr/bin/env python3
"""Prints the Markdown table of bench/README.md for one or more JSON files
that compare_workload.py --json wrote (one input; a second file adds the
systems of a second run on the same instances, e.g. 10m.json and
10m-peers.json): seconds per phase and system, the best peer, and its time
over diplograph's (target: at least 2). A system stopped by --timeout shows
"-" for the phases it did not finish; with two files, each ratio uses the
diplograph time of the run its peer was measured in.

    results_table.py RUN.json [RUN2.json ...]
"""

import json
import sys

PHASES = ["L", "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7"]


def fmt(s):
    if s >= 100:
        return "%.0f" % s
    if s >= 0.001:
        return "%.3g" % s
    return "%.2g" % s


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    systems = []  # (name, result, diplograph result of the same run)
    for path in argv[1:]:
        with open(path) as f:
            run = json.load(f)
        dg = next(r for r in run["results"] if r["name"] == "diplograph")
        if not systems:
            systems.append(("diplograph", dg, dg))
        for r in run["results"]:
            if r["name"] != "diplograph":
                systems.append((r["name"], r, dg))
    print("| phase | " + " | ".join(n for n, _, _ in systems) +
          " | best peer | best peer / diplograph |")
    print("|---|" + "---:|" * len(systems) + "---|---:|")
    for ph in PHASES:
        cells = [fmt(r[ph]["seconds"]) if ph in r else "-" for _, r, _ in systems]
        peers = [(r[ph]["seconds"] / dg[ph]["seconds"], n)
                 for n, r, dg in systems[1:] if ph in r and ph in dg]
        best = ""
        ratio = ""
        if peers:
            # The best peer is the fastest one; its ratio is against the
            # diplograph time of its own run.
            fastest = min(((r[ph]["seconds"], n, dg[ph]["seconds"])
                           for n, r, dg in systems[1:] if ph in r))
            best = fastest[1]
            q = fastest[0] / fastest[2]
            ratio = ("**%.3g**" if q >= 2 else "%.3g") % q
        print("| %s | %s | %s | %s |" % (ph, " | ".join(cells), best, ratio))
    rss = ["%.1f MB" % r["peak_rss_mb"] if "peak_rss_mb" in r else "-"
           for _, r, _ in systems]
    sqlite = next((r for n, r, _ in systems if n == "sqlite-memory"
                   and "peak_rss_mb" in r), None)
    note = ""
    if sqlite:
        note = "%.2f of SQLite in memory (target <= 0.33)" % (
            systems[0][1]["peak_rss_mb"] / sqlite["peak_rss_mb"])
    print("| peak RSS | %s | | %s |" % (" | ".join(rss), note))
    stopped = ["%s after %g s" % (n, r["timed_out"])
               for n, r, _ in systems if "timed_out" in r]
    if stopped:
        print("\nStopped: %s." % ", ".join(stopped))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
