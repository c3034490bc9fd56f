// The GEXF export (1.3, or 1.2draft): actors as nodes, statement targets and
// relationships as edges with ids, each dated (start/end days) for Gephi's
// timeline; docs/exports.md lists the attributes.

#include <string>

#include "absl/status/status.h"
#include "io/export_attributes.h"
#include "io/export_formats.h"
#include "io/export_sink.h"

namespace diplograph::internal {

namespace {

// GEXF has label and weight of its own; the other attributes are declared.
bool IsNative(absl::string_view name) {
  return name == "label" || name == "weight";
}

void WriteAttributeDecls(std::string& out, absl::Span<const AttrDef> defs,
                         absl::string_view cls) {
  out.append("    <attributes class=\"");
  Put(out, cls);
  out.append("\" mode=\"static\">\n");
  for (const AttrDef& def : defs) {
    if (IsNative(def.name)) continue;
    out.append("      <attribute id=\"");
    Put(out, def.name);
    out.append("\" title=\"");
    Put(out, def.name);
    out.append("\" type=\"");
    Put(out, AttrTypeName(def.type));
    out.append("\"/>\n");
  }
  out.append("    </attributes>\n");
}

void WriteAttValues(std::string& out, const AttrRow& row,
                    absl::Span<const AttrDef> defs) {
  bool open = false;
  ForEachSetAttr(row, defs, [&](const AttrDef& def, const std::string& value) {
    if (IsNative(def.name)) return;
    if (!open) {
      out.append("<attvalues>");
      open = true;
    }
    out.append("<attvalue for=\"");
    Put(out, def.name);
    out.append("\" value=\"");
    AppendXmlEscaped(out, value);
    out.append("\"/>");
  });
  if (open) out.append("</attvalues>");
}

void AppendSpan(std::string& out, Date begin, Date end) {
  if (begin.is_known()) {
    out.append(" start=\"");
    AppendDay(out, begin.FirstDay());
    out.push_back('"');
  }
  if (end.is_known()) {
    out.append(" end=\"");
    AppendDay(out, end.LastDay());
    out.push_back('"');
  }
}

class GexfEmitter : public NetworkEmitter {
 public:
  void Node(std::string& out, ActorId id, const AttrRow& row) override {
    out.append("      <node id=\"");
    AppendActorId(out, id);
    out.append("\" label=\"");
    AppendXmlEscaped(out, row.values[kNodeLabel]);
    out.append("\">");
    WriteAttValues(out, row, NodeAttrDefs());
    out.append("</node>\n");
  }
  void EndNodes(std::string& out) override {
    out.append("    </nodes>\n    <edges>\n");
  }
  void Edge(std::string& out, const NetworkEdge& edge,
            const AttrRow& row) override {
    out.append("      ");
    edge.AppendXmlStart(out);
    out.append(" label=\"");
    AppendXmlEscaped(out, row.values[kEdgeLabel]);
    out.append("\" weight=\"");
    out.append(row.values[kEdgeWeight]);
    out.push_back('"');
    AppendSpan(out, edge.begin, edge.end);
    out.push_back('>');
    WriteAttValues(out, row, EdgeAttrDefs());
    out.append("</edge>\n");
  }
};

}  // namespace

absl::Status WriteGexf(const NetworkContext& ctx, ExportSink& sink) {
  const bool v13 = ctx.options.gexf_version == GexfVersion::k1_3;
  std::string& out = sink.buffer();
  out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  if (v13) {
    out.append(
        "<gexf xmlns=\"http://gexf.net/1.3\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://gexf.net/1.3 "
        "http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n");
  } else {
    out.append(
        "<gexf xmlns=\"http://www.gexf.net/1.2draft\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://www.gexf.net/1.2draft "
        "http://www.gexf.net/1.2draft/gexf.xsd\" version=\"1.2\">\n");
  }
  out.append(
      "  <meta>\n    <creator>diplograph</creator>\n"
      "    <description>Actors (nodes), statements and relationships "
      "(edges)</description>\n  </meta>\n");
  out.append(
      "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" "
      "timeformat=\"date\"");
  if (v13) out.append(" timerepresentation=\"interval\"");
  out.append(">\n");
  WriteAttributeDecls(out, NodeAttrDefs(), "node");
  WriteAttributeDecls(out, EdgeAttrDefs(), "edge");

  out.append("    <nodes>\n");
  GexfEmitter emitter;
  WalkNetwork(ctx, sink, emitter);
  out.append("    </edges>\n  </graph>\n</gexf>\n");
  return absl::OkStatus();
}

}  // namespace diplograph::internal
