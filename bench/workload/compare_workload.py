#!/usr/bin/env python3
"""Runs the standard workload (WORKLOAD.md) on diplograph and its baselines,
one after another on the same input, and prints the answer check, the
times, and for each phase the ratio against the best peer of the run
(target: diplograph 2x faster), and peak memory against SQLite in memory
(target: a third).

    compare_workload.py DATA.tsv [--params PARAMS.tsv] [--reps 5]
        [--build build] [--no-networkx] [--no-sqlite] [--no-sqlite-file] [--no-duckdb]
        [--no-kuzu] [--ref REF.txt] [--json OUT.json] [--timeout SECONDS]
        [--params-out PARAMS.tsv]

The peers: SQLite in memory and in a file (bench/workload_sqlite, built with
the benchmarks), NetworkX (python3-networkx), DuckDB in memory with and
without indexes, and Kuzu (npm packages installed by
`sh bench/install-peers.sh BUILD`; skipped with a note when missing).

Without --params the instances are derived by bench/workload from the data
(and written next to the output as DATA.params.tsv in a temporary
directory). --ref checks the tokens against a reference answer file (lines
`Qk TOKEN` as in WORKLOAD.md). Exits non-zero when any answer differs.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PHASES = ["L", "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7"]
# Each phase should be this many times faster than the best peer of the run.
TARGET_OVER_BEST_PEER = 2.0


def run(name, cmd, env=None, timeout=None):
    """Runs one system; with `timeout` (seconds), a system still running then
    is stopped and keeps the phases it printed (marked "timed_out"). Its
    output lines go to stderr as they come, each with the seconds since the
    system started, so that a stopped or slow run shows the phase it was in."""
    print("running %s: %s" % (name, " ".join(cmd)), file=sys.stderr, flush=True)
    res = {"name": name}
    lines = []
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, env=env, text=True)

    def read():
        for line in proc.stdout:
            lines.append(line)
            sys.stderr.write("  [%s %7.1f s] %s" % (name, time.monotonic() - start, line))
            sys.stderr.flush()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        rc = proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        rc = 0
        res["timed_out"] = timeout
        print("note: %s stopped after %g s" % (name, timeout),
              file=sys.stderr, flush=True)
    reader.join(timeout=30)
    if rc != 0:
        raise subprocess.CalledProcessError(rc, cmd)
    out = "".join(lines)
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
    ap.add_argument("--no-sqlite", action="store_true")
    ap.add_argument("--no-sqlite-file", action="store_true")
    ap.add_argument("--no-duckdb", action="store_true")
    ap.add_argument("--no-kuzu", action="store_true")
    ap.add_argument("--ref")
    ap.add_argument("--json")
    ap.add_argument("--params-out",
                    help="without --params: also keep the derived instances "
                         "here (for a second run on the same input)")
    ap.add_argument("--timeout", type=float,
                    help="stop a peer after this many seconds (it keeps the "
                         "phases it finished; the others show as '-')")
    a = ap.parse_args()
    bench = os.path.join(a.build, "bench")
    tmp = tempfile.mkdtemp(prefix="workload.")
    params = a.params
    results = []
    if params is None:
        params = os.path.join(tmp, os.path.basename(a.data) + ".params.tsv")
        results.append(run("diplograph", [os.path.join(bench, "workload"), a.data,
                                          "--reps", a.reps, "--write-params", params]))
        if a.params_out:
            shutil.copyfile(params, a.params_out)
    else:
        results.append(run("diplograph", [os.path.join(bench, "workload"), a.data,
                                          params, "--reps", a.reps]))
    sqlite = os.path.join(bench, "workload_sqlite")
    if os.path.exists(sqlite) and not a.no_sqlite:
        results.append(run("sqlite-memory", [sqlite, a.data, params, "--reps", a.reps],
                           timeout=a.timeout))
        if not a.no_sqlite_file:
            results.append(run("sqlite-file", [sqlite, a.data, params, "--reps", a.reps,
                                               "--db", os.path.join(tmp, "events.db")],
                               timeout=a.timeout))
    if not a.no_networkx:
        results.append(run("networkx", [sys.executable,
                                        os.path.join(HERE, "workload_networkx.py"),
                                        a.data, params, "--reps", a.reps],
                           timeout=a.timeout))
    modules = os.path.join(a.build, "npm-peers", "node_modules")
    node_env = dict(os.environ, NODE_PATH=modules)
    node = shutil.which("node") or shutil.which("nodejs")
    node_peers = []
    if not a.no_duckdb:
        node_peers += [("duckdb", "workload_duckdb.js", [], "@duckdb/node-api"),
                       ("duckdb-indexed", "workload_duckdb.js", ["--indexes"],
                        "@duckdb/node-api")]
    if not a.no_kuzu:
        node_peers.append(("kuzu", "workload_kuzu.js", [], "kuzu"))
    for name, script, extra, package in node_peers:
        if node is None or not os.path.isdir(os.path.join(modules, package)):
            print("note: %s skipped: needs node and %s (sh bench/install-peers.sh %s)"
                  % (name, package, a.build), file=sys.stderr)
            continue
        results.append(run(name, [node, os.path.join(HERE, script), a.data, params,
                                  "--reps", a.reps] + extra, env=node_env,
                           timeout=a.timeout))

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

    # Times and ratios: each phase against the best (fastest) peer.
    base = next((r for r in results if r["name"] == "sqlite-memory"), None)
    names = [r["name"] for r in results]
    print()
    print("%-5s" % "phase" + "".join("%15s" % n for n in names) +
          "   best peer        best/diplograph (target >= %gx)" % TARGET_OVER_BEST_PEER)
    for ph in PHASES:
        row = "%-5s" % ph
        for r in results:
            row += "%15s" % ("%.6f" % r[ph]["seconds"] if ph in r else "-")
        peers = [r for r in results[1:] if ph in r]
        if peers and ph in results[0] and results[0][ph]["seconds"] > 0:
            best = min(peers, key=lambda r: r[ph]["seconds"])
            ratio = best[ph]["seconds"] / results[0][ph]["seconds"]
            row += "   %-15s  %6.2fx %s" % (
                best["name"], ratio,
                "met" if ratio >= TARGET_OVER_BEST_PEER else "NOT met")
        print(row)
    row = "%-5s" % "rss"
    for r in results:
        row += "%15s" % ("%.1f MB" % r["peak_rss_mb"] if "peak_rss_mb" in r else "-")
    if base and "peak_rss_mb" in base:
        frac = results[0]["peak_rss_mb"] / base["peak_rss_mb"]
        row += "   diplograph/sqlite-mem = %.2f (target <= 0.33) %s" % (
            frac, "met" if frac <= 1 / 3 else "NOT met")
    print(row)
    for r in results:
        if "timed_out" in r:
            print("stopped after %g s: %s" % (r["timed_out"], r["name"]))
    for r in results:
        if "disk_mb" in r:
            print("disk  %s: %.1f MB" % (r["name"], r["disk_mb"]))
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"data": a.data, "results": results}, f, indent=1)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
