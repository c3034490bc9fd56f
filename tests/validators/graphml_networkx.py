#!/usr/bin/env python3
"""Reads a GraphML export with networkx.read_graphml and prints its nodes
and edges as canonical lines (canon.py).  Usage: graphml_networkx.py FILE"""
import sys

import networkx as nx

import canon

g = nx.read_graphml(sys.argv[1], force_multigraph=True)
lines = [canon.node_line(n, d) for n, d in g.nodes(data=True)]
for u, v, key, d in g.edges(keys=True, data=True):
    # networkx keeps the GraphML edge id as the multigraph key.
    lines.append(canon.edge_line(key, u, v, d))
canon.emit(lines)
