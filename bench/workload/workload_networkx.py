#!/usr/bin/env python3
"""The standard workload (WORKLOAD.md) on NetworkX, as a baseline.

    workload_networkx.py DATA.tsv PARAMS.tsv [--reps N]

Same output format as bench/workload. The events are loaded into an
undirected nx.MultiGraph (one edge per row, with subject, relation and date
as edge attributes) plus a per-subject list of rows sorted by date for Q1,
which is what a NetworkX user would build. Strings compare by code point
(= UTF-8 byte order).
"""

import bisect
import resource
import statistics
import sys
import time

import networkx as nx


def fnv_token(lines):
    h = 0xCBF29CE484222325
    for line in lines:
        for b in (line + "\n").encode("utf-8"):
            h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return "%d:%016x" % (len(lines), h)


def read_params(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if len(line) >= 3 and line[0] == "Q" and line[1].isdigit():
                parts = line.split("\t")
                out.append((parts[0], parts[1:]))
    return out


def time_batch(batch, min_reps):
    t0 = time.perf_counter()
    batch()
    warm = time.perf_counter() - t0
    if warm > 120:
        return warm, 0
    reps = max(min_reps, 1)
    if warm * reps > 120:
        reps = max(1, int(120 / warm))
    elif warm * reps < 0.25:
        reps = min(100, max(reps, int(0.25 / warm) if warm > 0 else 100))
    times = []
    for _ in range(reps):
        s = time.perf_counter()
        batch()
        times.append(time.perf_counter() - s)
    return statistics.median(times), reps


class Workload:
    def load(self, path):
        g = nx.MultiGraph()
        by_subject = {}
        rows = 0
        with open(path, encoding="utf-8", newline="") as f:
            for line in f:
                line = line.rstrip("\r\n")
                if line.startswith("\ufeff"):
                    line = line[1:]
                if not line:
                    continue
                s, r, o, d = line.split("\t")
                g.add_edge(s, o, s=s, r=r, d=d)
                by_subject.setdefault(s, []).append((d, s, r, o))
                rows += 1
        for lst in by_subject.values():
            lst.sort()
        self.g = g
        self.by_subject = by_subject
        return rows

    def q1(self, x, lo, hi):
        lst = self.by_subject.get(x, [])
        i = bisect.bisect_left(lst, (lo,))
        j = bisect.bisect_left(lst, (hi + "\uffff",))
        return [list(t) for t in lst[i:j]]  # already sorted by (d, s, r, o)

    def q2(self, x, y):
        out = []
        data = self.g.get_edge_data(x, y)
        if data:
            for e in data.values():
                s = e["s"]
                o = y if s == x else x
                out.append((e["d"], s, e["r"], o))
        out.sort()
        return [list(t) for t in out]

    def q3(self, x):
        return sorted(n for n in self.g.neighbors(x) if n != x)

    def q4(self, x):
        lengths = nx.single_source_shortest_path_length(self.g, x, cutoff=2)
        return len(lengths) - 1

    def q5(self, a, b):
        try:
            return nx.shortest_path_length(self.g, a, b)
        except nx.NetworkXNoPath:
            return -1

    def q6(self, x):
        counts = {}
        for _, _, e in self.g.edges(x, data=True):
            k = (e["d"][:7], e["r"])
            counts[k] = counts.get(k, 0) + 1
        return [[m, r, str(n)] for (m, r), n in sorted(counts.items())]

    def q7(self, lo, hi):
        deg = {}
        for s, o, e in self.g.edges(data=True):
            if lo <= e["d"] <= hi:
                deg[s] = deg.get(s, 0) + 1
                deg[o] = deg.get(o, 0) + 1
        top = sorted(deg.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
        return [[n, str(d)] for n, d in top]

    def run(self, phase, args):
        return getattr(self, phase.lower())(*args)


def token(phase, result):
    if phase in ("Q4", "Q5"):
        return str(result)
    if phase == "Q1" or phase == "Q2":
        return fnv_token(["\t".join((r[1], r[2], r[3], r[0])) for r in result])
    if phase == "Q3":
        return fnv_token(result)
    return fnv_token(["\t".join(r) for r in result])


def main(argv):
    args = [a for a in argv[1:]]
    reps = 5
    if "--reps" in args:
        i = args.index("--reps")
        reps = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    data, params = args
    instances = read_params(params)
    w = Workload()
    t0 = time.perf_counter()
    rows = w.load(data)
    print("L %.6f rows=%d reps=1" % (time.perf_counter() - t0, rows), flush=True)
    for phase in ("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7"):
        batch = [a for p, a in instances if p == phase]
        if not batch:
            continue
        results = []

        def run_batch():
            out = [w.run(phase, a) for a in batch]
            if not results:
                results.append(out)

        median, n = time_batch(run_batch, reps)
        tokens = ",".join(token(phase, r) for r in results[0])
        print("%s %.9f %s reps=%d" % (phase, median, tokens, n), flush=True)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    try:  # this process image's own peak (ru_maxrss may include the parent's)
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    rss = int(line.split()[1]) / 1024.0
    except OSError:
        pass
    print("peak_rss_mb %.1f" % rss)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
