#!/usr/bin/env python3
"""Old build against new build of bench/workload, interleaved.

    compare_builds.py OLD_WORKLOAD NEW_WORKLOAD DATA.tsv [--params PARAMS.tsv]
        [--ref REF.txt] [--rounds 5] [--reps 5] [--new-args '--threads 1']

Runs the two workload programs in turn (old, new, old, new, ...) for
--rounds rounds on the same input and instances, so that a busy moment of the
shared machine falls on both; checks that every run gives the same answer
tokens (and, with --ref, the reference ones); prints one Markdown table row
per phase with each program's median over the rounds (of its per-run median
batch time), the ratio old / new of the medians and of the minima (above 1:
the new build is faster), and the peak RSS. The new program's stderr line
"L parts: import X s, <index> Y s" is reported when present. Exits
non-zero when an answer differs.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ beside the sources
from compare_workload import PHASES, read_ref  # noqa: E402


def run(cmd):
    """One run: {phase: (seconds, token)}, peak RSS, L parts (or None)."""
    p = subprocess.run(cmd, check=True, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True)
    phases, rss = {}, None
    for line in p.stdout.splitlines():
        f = line.split()
        if f and f[0] in PHASES:
            phases[f[0]] = (float(f[1]), f[2])
        elif f and f[0] == "peak_rss_mb":
            rss = float(f[1])
    m = re.search(r"L parts: import ([0-9.]+) s, [a-z ]+ ([0-9.]+) s",
                  p.stderr)
    parts = (float(m.group(1)), float(m.group(2))) if m else None
    return phases, rss, parts


def ratio(a, b):
    """a / b with two significant digits below 0.1, two decimals above."""
    if not b:
        return "inf"
    r = a / b
    return "%.2f" % r if r >= 0.1 else "%.2g" % r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("data")
    ap.add_argument("--params")
    ap.add_argument("--ref")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--reps", default="5")
    ap.add_argument("--new-args", default="",
                    help="extra arguments for the new program only, e.g. "
                    "'--threads 1'")
    a = ap.parse_args()

    params = a.params
    if params is None:  # derive the instances once, with the new program
        params = os.path.join(tempfile.mkdtemp(prefix="workload."),
                              "params.tsv")
        subprocess.run([a.new, a.data, "--reps", "1", "--write-params", params],
                       check=True, stdout=subprocess.DEVNULL)

    runs = {"old": [], "new": []}
    for r in range(a.rounds):
        for name, prog in (("old", a.old), ("new", a.new)):
            print("round %d: %s" % (r + 1, name), file=sys.stderr, flush=True)
            extra = a.new_args.split() if name == "new" else []
            runs[name].append(
                run([prog, a.data, params, "--reps", a.reps] + extra))

    want = read_ref(a.ref) if a.ref else {}
    ok = True
    for ph in PHASES:
        tokens = {res[0][ph][1] for name in runs for res in runs[name]
                  if ph in res[0]}
        if ph in want:
            tokens.add(want[ph])
        if len(tokens) != 1:
            ok = False
            print("answers differ in %s: %s" % (ph, sorted(tokens)))

    print("%s, %d interleaved rounds; answers %s" %
          (os.path.basename(a.data), a.rounds,
           "identical" + (" and equal to the reference" if want else "")
           if ok else "DIFFER"))
    print()
    print("| phase | old (median s) | new (median s) | old/new of medians "
          "| old/new of minima |")
    print("|---|---:|---:|---:|---:|")
    for ph in PHASES:
        old = [res[0][ph][0] for res in runs["old"] if ph in res[0]]
        new = [res[0][ph][0] for res in runs["new"] if ph in res[0]]
        if not old or not new:
            continue
        mo, mn = statistics.median(old), statistics.median(new)
        print("| %s | %.6g | %.6g | %s | %s |" %
              (ph, mo, mn, ratio(mo, mn), ratio(min(old), min(new))))
    rss_old = statistics.median(res[1] for res in runs["old"])
    rss_new = statistics.median(res[1] for res in runs["new"])
    print("| peak RSS (MB) | %.1f | %.1f | %.2f | |" %
          (rss_old, rss_new, rss_old / rss_new))
    parts = [res[2] for res in runs["new"] if res[2]]
    if parts:
        print()
        print("New L, median: import %.6g s, index %.6g s." %
              (statistics.median(p[0] for p in parts),
               statistics.median(p[1] for p in parts)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
