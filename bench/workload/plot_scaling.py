#!/usr/bin/env python3
"""Draws the workload's scaling plot: load time, query time and peak memory
against the number of rows, one line per system, from the JSON files that
compare_workload.py --json writes (one per input size).

    plot_scaling.py OUT.svg RUN1.json RUN2.json ...

Writes a self-contained SVG (log-log axes; no plotting library needed) and
prints the numbers as a table.
"""

import json
import math
import sys

COLORS = {"diplograph": "#1f77b4", "sqlite-memory": "#d62728",
          "sqlite-file": "#ff7f0e", "networkx": "#2ca02c",
          "duckdb": "#9467bd", "duckdb-indexed": "#8c564b", "kuzu": "#e377c2"}
PANELS = [("L", "load (s)"), ("Q", "all queries, sum of medians (s)"),
          ("peak_rss_mb", "peak RSS (MB)")]


def value(res, key):
    if key == "Q":
        # Only a system that finished every query (one stopped by
        # compare_workload.py --timeout has a partial sum) gets a point.
        qs = [res[p]["seconds"] for p in ("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7")
              if p in res]
        return sum(qs) if len(qs) == 7 else None
    if key == "peak_rss_mb":
        return res.get(key)
    return res[key]["seconds"] if key in res else None


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    out, files = argv[1], argv[2:]
    series = {}  # (panel, system) -> [(rows, value)]
    for path in files:
        with open(path) as f:
            run = json.load(f)
        rows = None
        for res in run["results"]:
            if "L" in res:
                rows = int(res["L"]["token"].split("=")[1])
                break
        for res in run["results"]:
            for key, _ in PANELS:
                v = value(res, key)
                pts = series.setdefault((key, res["name"]), [])
                # A system measured in two runs of one size (10m, 10m-peers)
                # keeps its first point.
                if v is not None and v > 0 and all(r != rows for r, _ in pts):
                    pts.append((rows, v))
    print("%-12s %-14s %12s %14s" % ("panel", "system", "rows", "value"))
    for (key, name), pts in sorted(series.items()):
        for rows, v in sorted(pts):
            print("%-12s %-14s %12d %14.6g" % (key, name, rows, v))

    w, h, pad = 360, 300, 55
    svg = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
           'font-family="sans-serif" font-size="11">' % (w * len(PANELS), h + 40)]
    for i, (key, title) in enumerate(PANELS):
        pts_all = [p for (k, _), pts in series.items() if k == key for p in pts]
        if not pts_all:
            continue
        xs = [math.log10(p[0]) for p in pts_all]
        ys = [math.log10(p[1]) for p in pts_all]
        x0, x1 = math.floor(min(xs)), math.ceil(max(xs))
        y0, y1 = math.floor(min(ys)), math.ceil(max(ys))
        x1 = max(x1, x0 + 1)
        y1 = max(y1, y0 + 1)
        ox = i * w

        def px(x, ox=ox, x0=x0, x1=x1):
            return ox + pad + (math.log10(x) - x0) / (x1 - x0) * (w - pad - 15)

        def py(y, y0=y0, y1=y1):
            return h - pad + 20 - (math.log10(y) - y0) / (y1 - y0) * (h - pad - 10)

        svg.append('<text x="%d" y="14" font-weight="bold">%s</text>' % (ox + pad, title))
        svg.append('<rect x="%d" y="20" width="%d" height="%d" fill="none" stroke="#999"/>'
                   % (ox + pad, w - pad - 15, h - pad - 10))
        for e in range(x0, x1 + 1):
            svg.append('<text x="%.1f" y="%d" text-anchor="middle">1e%d</text>'
                       % (px(10 ** e), h - pad + 35, e))
        for e in range(y0, y1 + 1):
            svg.append('<text x="%d" y="%.1f" text-anchor="end">1e%d</text>'
                       % (ox + pad - 4, py(10 ** e) + 4, e))
        svg.append('<text x="%d" y="%d" text-anchor="middle">rows</text>'
                   % (ox + pad + (w - pad) // 2, h - pad + 50))
        for (k, name), pts in sorted(series.items()):
            if k != key:
                continue
            pts = sorted(pts)
            color = COLORS.get(name, "#444")
            svg.append('<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>'
                       % (color, " ".join("%.1f,%.1f" % (px(x), py(y)) for x, y in pts)))
            for x, y in pts:
                svg.append('<circle cx="%.1f" cy="%.1f" r="3" fill="%s"/>' % (px(x), py(y), color))
    for j, (name, color) in enumerate(COLORS.items()):
        svg.append('<text x="%d" y="%d" fill="%s">&#9632; %s</text>'
                   % (pad + j * 140, h + 32, color, name))
    svg.append("</svg>")
    with open(out, "w") as f:
        f.write("\n".join(svg))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
