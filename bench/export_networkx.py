#!/usr/bin/env python3
"""GraphML export: diplograph against networkx's write_graphml on the same
graph.

    bench/export_networkx.py --events build/events.1m.tsv \
        --bench build/bench/export_benchmark --out build --rounds 3

Exports the graph of the quadruples file to GraphML with diplograph (through
export_benchmark's BM_Export/GraphML), reads that file with networkx's
read_graphml (so both sides write the same nodes, edges and attributes), then
alternates rounds: networkx.write_graphml of the graph into a file (flushed
and synced, as diplograph syncs), and export_benchmark's BM_Export/GraphML.
Prints each round's times and the ratio of the medians. Needs a python3
with networkx (Debian python3-networkx)."""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

import networkx as nx


def diplograph_seconds(bench, events, out):
    """Median real time of BM_Export/GraphML, in seconds, and the size."""
    result = subprocess.run(
        [bench, "--events", events, "--out", out,
         "--benchmark_filter=^BM_Export/GraphML/",
         "--benchmark_format=json"],
        check=True, capture_output=True, text=True)
    run = json.loads(result.stdout)["benchmarks"][0]
    scale = {"ms": 1e-3, "us": 1e-6, "ns": 1e-9, "s": 1.0}[run["time_unit"]]
    return run["real_time"] * scale


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", required=True)
    parser.add_argument("--bench", required=True)
    parser.add_argument("--out", default=".")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    # The same graph on both sides: diplograph's GraphML, read by networkx.
    graphml = os.path.join(args.out, "export_networkx.graphml")
    written = os.path.join(args.out, "export_networkx.input.graphml")
    subprocess.run(
        [args.bench, "--events", args.events, "--out", args.out,
         "--keep", written, "--benchmark_filter=^$"],
        check=True, capture_output=True)
    t0 = time.perf_counter()
    g = nx.read_graphml(written, force_multigraph=True)
    print("networkx read_graphml: %d nodes, %d edges in %.1f s" %
          (g.number_of_nodes(), g.number_of_edges(),
           time.perf_counter() - t0), flush=True)

    nx_times, dg_times = [], []
    for r in range(args.rounds):
        t0 = time.perf_counter()
        with open(graphml, "wb") as f:
            nx.write_graphml(g, f)
            f.flush()
            os.fsync(f.fileno())
        nx_times.append(time.perf_counter() - t0)
        size = os.path.getsize(graphml)
        print("round %d: networkx write_graphml %.2f s (%.0f MB)" %
              (r + 1, nx_times[-1], size / 1e6), flush=True)
        dg_times.append(diplograph_seconds(args.bench, args.events, args.out))
        print("round %d: diplograph ExportGraphFile %.2f s" %
              (r + 1, dg_times[-1]), flush=True)
    os.remove(graphml)
    os.remove(written)
    nx_med, dg_med = statistics.median(nx_times), statistics.median(dg_times)
    print("median: networkx %.2f s, diplograph %.2f s, ratio %.1fx" %
          (nx_med, dg_med, nx_med / dg_med))


if __name__ == "__main__":
    sys.exit(main())
