#!/usr/bin/env python3
"""Reads an N-Quads export with rdflib and prints, as canonical lines
(canon.py): the number of distinct quads; each actor's label; each
statement's speaker and text; each quad of every named graph (the
statements' content); and how many CAMEO or relationship triples the default
graph asserts (none should be: content is never asserted as fact).
Usage: nquads_rdflib.py FILE"""
import re
import sys

import rdflib

import canon

DG = "urn:diplograph:ns:"
RDFS_LABEL = rdflib.URIRef("http://www.w3.org/2000/01/rdf-schema#label")
# rdflib puts the quads without a graph label into a graph named by the
# parse's publicID: name it, to tell the default graph apart.
DEFAULT = rdflib.URIRef("urn:x-nquads-rdflib:default")
ds = rdflib.ConjunctiveGraph()
ds.parse(sys.argv[1], format="nquads", publicID=DEFAULT)

lines = []
quads = 0
asserted = 0
for s, p, o, g in ds.quads((None, None, None, None)):
    quads += 1
    gid = getattr(g, "identifier", g)
    default = gid == DEFAULT
    if default:
        if p.startswith("urn:diplograph:cameo:") or \
                p.startswith("urn:diplograph:relation:") or \
                p.endswith("Toward"):
            asserted += 1
        if p == RDFS_LABEL and re.search(r"[:/]actor/[0-9]+$", s):
            lines.append(canon.line("label", s, o))
        elif p == rdflib.URIRef(DG + "speaker"):
            lines.append(canon.line("speaker", s, o))
        elif p == rdflib.URIRef(DG + "text"):
            lines.append(canon.line("text", s, o))
    else:
        lines.append(canon.line("content", gid, s, p, o))
lines.append(canon.line("quads", quads))
lines.append(canon.line("asserted", asserted))
canon.emit(lines)
