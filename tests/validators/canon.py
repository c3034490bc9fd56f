"""Canonical lines the export validators print, so that the C++ tests can
compare what a third-party reader understood with what the graph holds:
tab-separated fields with backslash, tab, line feed and carriage return
escaped as \\\\, \\t, \\n, \\r."""


def esc(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return "%g" % value
    text = str(value)
    return (text.replace("\\", "\\\\").replace("\t", "\\t")
            .replace("\n", "\\n").replace("\r", "\\r"))


def line(*fields):
    return "\t".join(esc(f) for f in fields)


NODE_FIELDS = ("label", "kind", "aliases")
EDGE_FIELDS = ("label", "weight", "kind", "record", "date", "text",
               "polarity", "evidence")


def node_line(node_id, attrs):
    return line("node", node_id, *(attrs.get(f) for f in NODE_FIELDS))


def edge_line(edge_id, source, target, attrs):
    return line("edge", edge_id, source, target,
                *(attrs.get(f) for f in EDGE_FIELDS))


def emit(lines):
    import sys
    out = sys.stdout
    for l in sorted(lines):
        out.write(l + "\n")
