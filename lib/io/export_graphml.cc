// The GraphML export: actors as nodes, statement targets and relationships
// as edges with ids, scalar attributes declared with separate node and edge
// keys (docs/exports.md).

#include <string>

#include "absl/status/status.h"
#include "io/export_attributes.h"
#include "io/export_formats.h"
#include "io/export_sink.h"

namespace diplograph::internal {

namespace {

void WriteKeys(std::string& out, absl::Span<const AttrDef> defs,
               absl::string_view prefix, absl::string_view for_what) {
  for (const AttrDef& def : defs) {
    out.append("  <key id=\"");
    Put(out, prefix);
    Put(out, def.name);
    out.append("\" for=\"");
    Put(out, for_what);
    out.append("\" attr.name=\"");
    Put(out, def.name);
    out.append("\" attr.type=\"");
    Put(out, AttrTypeName(def.type));
    out.append("\"/>\n");
  }
}

void WriteData(std::string& out, const AttrRow& row,
               absl::Span<const AttrDef> defs, absl::string_view prefix) {
  ForEachSetAttr(row, defs, [&](const AttrDef& def, const std::string& value) {
    out.append("<data key=\"");
    Put(out, prefix);
    Put(out, def.name);
    out.append("\">");
    if (def.type == AttrType::kBoolean) {
      // xsd:boolean allows 1/0 as well as true/false; Boost's read_graphml
      // reads only 1/0.
      out.push_back(value == "true" ? '1' : '0');
    } else {
      AppendXmlEscaped(out, value);
    }
    out.append("</data>");
  });
}

class GraphMLEmitter : public NetworkEmitter {
 public:
  void Node(std::string& out, ActorId id, const AttrRow& row) override {
    out.append("    <node id=\"");
    AppendActorId(out, id);
    out.append("\">");
    WriteData(out, row, NodeAttrDefs(), "n_");
    out.append("</node>\n");
  }
  void Edge(std::string& out, const NetworkEdge& edge,
            const AttrRow& row) override {
    out.append("    ");
    edge.AppendXmlStart(out);
    out.push_back('>');
    WriteData(out, row, EdgeAttrDefs(), "e_");
    out.append("</edge>\n");
  }
};

}  // namespace

absl::Status WriteGraphML(const NetworkContext& ctx, ExportSink& sink) {
  std::string& out = sink.buffer();
  out.append(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  WriteKeys(out, NodeAttrDefs(), "n_", "node");
  WriteKeys(out, EdgeAttrDefs(), "e_", "edge");
  out.append("  <graph id=\"diplograph\" edgedefault=\"directed\">\n");
  GraphMLEmitter emitter;
  WalkNetwork(ctx, sink, emitter);
  out.append("  </graph>\n</graphml>\n");
  return absl::OkStatus();
}

}  // namespace diplograph::internal
