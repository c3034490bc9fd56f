#!/usr/bin/env python3
"""Checks every #include of lib/ and include/diplograph/ against the layers
of docs/architecture.md.

    scripts/check_layers.py        (from anywhere; exit status 1 on a problem)

The layer chain and which public header belongs to which layer are read
from the table of docs/architecture.md, so the document and the check cannot
disagree. Rules: a file may include public headers of its own layer and of
the layers before it in the chain; a private header (lib/<layer>/x.h) only
from its own layer, except lib/util/ and lib/model/ headers (the internal
helpers and date arithmetic every layer shares), which every layer may use;
layers at the same level of the chain (io, ingest, ...) do not include one
another. Prints one line per problem: FILE:LINE: what is wrong.
"""

import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def read_layers():
    """(level of each layer, layer of each public header) from the doc."""
    path = os.path.join(ROOT, "docs", "architecture.md")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    chain = re.search(r"```\n(util <- .*)\n```", text)
    if not chain:
        sys.exit("%s: no layer chain (util <- ...) found" % path)
    level = {}
    for i, step in enumerate(chain.group(1).split("<-")):
        for name in re.findall(r"[a-z]+", step):
            if name != "and":  # "io, ingest (and registry, text)"
                level[name] = i
    header_layer = {}
    for line in text.splitlines():
        m = re.match(r"\|\s*`(\w+)`\s*\|[^|]*\|([^|]*)\|", line)
        if m:
            for h in re.findall(r"`([\w.]+\.h)`", m.group(2)):
                header_layer[h] = m.group(1)
    return level, header_layer


def main():
    level, header_layer = read_layers()
    problems = []

    def layer_of_include(inc):
        """(layer, private?) of an include, or (None, None) if not ours."""
        if inc.startswith("diplograph/"):
            return header_layer.get(inc[len("diplograph/"):], "?"), False
        first = inc.split("/")[0]
        if first in level and "/" in inc:
            return first, True
        return None, None

    files = []
    for layer in sorted(os.listdir(os.path.join(ROOT, "lib"))):
        d = os.path.join(ROOT, "lib", layer)
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            if name.endswith((".h", ".cc")):
                files.append((os.path.join("lib", layer, name), layer))
    for name in sorted(os.listdir(os.path.join(ROOT, "include", "diplograph"))):
        if name.endswith(".h"):
            rel = os.path.join("include", "diplograph", name)
            if name not in header_layer:
                problems.append("%s: not in the table of docs/architecture.md" %
                                rel)
                continue
            files.append((rel, header_layer[name]))

    for rel, layer in files:
        if layer not in level:
            problems.append("%s: layer %s is not in the chain" % (rel, layer))
            continue
        with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                inc = m.group(1)
                other, private = layer_of_include(inc)
                if other is None:
                    continue
                where = "%s:%d: includes %s" % (rel, n, inc)
                if other == "?":
                    problems.append(where + ", a header not in the table of "
                                    "docs/architecture.md")
                elif private and other not in (layer, "util", "model"):
                    problems.append(where + ", private to the %s layer" % other)
                elif level[other] > level[layer]:
                    problems.append(where + " (%s layer, after %s)" %
                                    (other, layer))
                elif level[other] == level[layer] and other != layer:
                    problems.append(where + " (%s and %s are at the same level)"
                                    % (other, layer))
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
