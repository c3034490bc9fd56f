#!/usr/bin/env python3
"""Runs the standard workload (WORKLOAD.md) on diplograph and its baselines,
one after another on the same input, and prints the answer check and the
speed and memory ratios against SQLite in memory.

    compare_workload.py DATA.tsv [--params PARAMS.tsv] [--reps 5]
        [--build build] [--no-networkx] [--no-sqlite-file] [--ref REF.txt]
        [--json OUT.json]

Without --params the instances are derived by bench/workload from the data
(and written next to the output as DATA.params.tsv in a temporary
directory). --ref checks the tokens against a reference answer file (lines
`Qk TOKEN` as in WORKLOAD.md). Exits non-zero when any answer differs.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PHASES = ["L", "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7"]
# The speed-up over SQLite in memory that would make diplograph 2x faster
# than the best peer on each phase (from the published peer ratios).
TARGETS = {"L": 17, "Q1": 2.5, "Q2": 470, "Q3": 27, "Q4": 300, "Q5": 4000,
           "Q6": 4.5, "Q7": 28}


def run(name, cmd):
    print("running %s: %s" % (name, " ".join(cmd)), file=sys.stderr, flush=True)
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
    sys.stderr.write(out)
    res = {"name": name}
    for line in out.splitlines():
        parts = line.split()
        if not parts:
            continue
        if parts[0] in PHASES:
            res[parts[0]] = {"seconds": float(parts[1]), "token": parts[2],
                             "reps": parts[3]}
        elif parts[0] in ("peak_rss_mb", "disk_mb"):
            res[parts[0]] = float(parts[1])
    return res


def read_ref(path):
    """{phase: token} from a reference answer file (lines `Qk TOKEN`)."""
    ref = {}
    with open(path) as f:
        for line in f:
            p = line.split()
            if len(p) >= 2 and p[0] in PHASES:
                ref[p[0]] = p[1]
    return ref


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--params")
    ap.add_argument("--reps", default="5")
    ap.add_argument("--build", default=os.path.join(HERE, "..", "..", "build"))
    ap.add_argument("--no-networkx", action="store_true")
    ap.add_argument("--no-sqlite-file", action="store_true")
    ap.add_argument("--ref")
    ap.add_argument("--json")
    a = ap.parse_args()
    bench = os.path.join(a.build, "bench")
    tmp = tempfile.mkdtemp(prefix="workload.")
    params = a.params
    results = []
    if params is None:
        params = os.path.join(tmp, os.path.basename(a.data) + ".params.tsv")
        results.append(run("diplograph", [os.path.join(bench, "workload"), a.data,
                                          "--reps", a.reps, "--write-params", params]))
    else:
        results.append(run("diplograph", [os.path.join(bench, "workload"), a.data,
                                          params, "--reps", a.reps]))
    sqlite = os.path.join(bench, "workload_sqlite")
    if os.path.exists(sqlite):
        results.append(run("sqlite-memory", [sqlite, a.data, params, "--reps", a.reps]))
        if not a.no_sqlite_file:
            results.append(run("sqlite-file", [sqlite, a.data, params, "--reps", a.reps,
                                               "--db", os.path.join(tmp, "events.db")]))
    if not a.no_networkx:
        results.append(run("networkx", [sys.executable,
                                        os.path.join(HERE, "workload_networkx.py"),
                                        a.data, params, "--reps", a.reps]))

    # Answer check.
    ok = True
    ref = read_ref(a.ref) if a.ref else {}
    print("answer check (%s):" % a.data)
    for ph in PHASES:
        tokens = {r["name"]: r[ph]["token"] for r in results if ph in r}
        want = ref.get(ph, tokens.get("diplograph"))
        same = all(t == want for t in tokens.values())
        ok = ok and same
        print("  %-3s %-5s %s" % (ph, "same" if same else "DIFF",
                                  want if same else json.dumps(tokens)))

    # Times and ratios.
    base = next((r for r in results if r["name"] == "sqlite-memory"), None)
    names = [r["name"] for r in results]
    print()
    print("%-5s" % "phase" + "".join("%15s" % n for n in names) +
          "   sqlite-mem/diplograph   target")
    for ph in PHASES:
        row = "%-5s" % ph
        for r in results:
            row += "%15s" % ("%.6f" % r[ph]["seconds"] if ph in r else "-")
        if base and ph in base and ph in results[0] and results[0][ph]["seconds"] > 0:
            ratio = base[ph]["seconds"] / results[0][ph]["seconds"]
            row += "   %20.1fx   %5gx %s" % (ratio, TARGETS[ph],
                                             "met" if ratio >= TARGETS[ph] else "NOT met")
        print(row)
    row = "%-5s" % "rss"
    for r in results:
        row += "%15s" % ("%.1f MB" % r.get("peak_rss_mb", 0))
    if base:
        frac = results[0]["peak_rss_mb"] / base["peak_rss_mb"]
        row += "   diplograph/sqlite-mem = %.2f (target <= 0.33) %s" % (
            frac, "met" if frac <= 1 / 3 else "NOT met")
    print(row)
    for r in results:
        if "disk_mb" in r:
            print("disk  %s: %.1f MB" % (r["name"], r["disk_mb"]))
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"data": a.data, "results": results}, f, indent=1)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
