#!/usr/bin/env python3
"""Reads a GraphML export with python-igraph (Graph.Read_GraphML) and prints
its nodes and edges as canonical lines (canon.py).
Usage: graphml_igraph.py FILE"""
import sys

import igraph

import canon

g = igraph.Graph.Read_GraphML(sys.argv[1])
lines = []
for v in g.vs:
    attrs = {k: v[k] for k in g.vs.attributes()}
    lines.append(canon.node_line(attrs["id"], attrs))
for e in g.es:
    attrs = {k: e[k] for k in g.es.attributes()}
    # igraph fills absent string attributes with "", numbers with NaN.
    attrs = {k: (None if x == "" else x) for k, x in attrs.items()}
    lines.append(canon.edge_line(attrs["id"], g.vs[e.source]["id"],
                                 g.vs[e.target]["id"], attrs))
canon.emit(lines)
