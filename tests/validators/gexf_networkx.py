#!/usr/bin/env python3
"""Reads a GEXF 1.2draft export with networkx.read_gexf and prints its nodes
and edges as canonical lines (canon.py), edges with their start and end.
Usage: gexf_networkx.py FILE"""
import sys

import networkx as nx

import canon

g = nx.read_gexf(sys.argv[1])
lines = [canon.node_line(n, d) for n, d in g.nodes(data=True)]
# A multigraph when there are parallel edges, else a DiGraph.
edges = (g.edges(keys=True, data=True) if g.is_multigraph() else
         ((u, v, None, d) for u, v, d in g.edges(data=True)))
for u, v, key, d in edges:
    lines.append(canon.edge_line(d["id"], u, v, d) + "\t" +
                 canon.line(d.get("start"), d.get("end")))
canon.emit(lines)
