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

absl::string_view GraphMLType(AttrType type) {
  switch (type) {
    case AttrType::kDouble:
      return "double";
    case AttrType::kBoolean:
      return "boolean";
    case AttrType::kString:
      break;
  }
  return "string";
}

void WriteKeys(ExportSink& sink, absl::Span<const AttrDef> defs,
               absl::string_view prefix, absl::string_view for_what) {
  std::string& out = sink.buffer();
  for (const AttrDef& def : defs) {
    out.append("  <key id=\"");
    Put(out, prefix);
    Put(out, def.name);
    out.append("\" for=\"");
    Put(out, for_what);
    out.append("\" attr.name=\"");
    Put(out, def.name);
    out.append("\" attr.type=\"");
    Put(out, GraphMLType(def.type));
    out.append("\"/>\n");
  }
}

void WriteData(std::string& out, const AttrRow& row,
               absl::Span<const AttrDef> defs, absl::string_view prefix) {
  for (size_t i = 0; i < defs.size(); ++i) {
    if (!row.set[i]) continue;
    out.append("<data key=\"");
    Put(out, prefix);
    Put(out, defs[i].name);
    out.append("\">");
    if (defs[i].type == AttrType::kBoolean) {
      // xsd:boolean allows 1/0 as well as true/false; Boost's read_graphml
      // reads only 1/0.
      out.push_back(row.values[i] == "true" ? '1' : '0');
    } else {
      AppendXmlEscaped(out, row.values[i]);
    }
    out.append("</data>");
  }
}

}  // namespace

absl::Status WriteGraphML(const NetworkContext& ctx, ExportSink& sink) {
  const Graph& g = ctx.graph;
  const ExportSelection& sel = ctx.selection;
  std::string& out = sink.buffer();
  out.append(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  WriteKeys(sink, NodeAttrDefs(), "n_", "node");
  WriteKeys(sink, EdgeAttrDefs(), "e_", "edge");
  out.append("  <graph id=\"diplograph\" edgedefault=\"directed\">\n");

  AttrRow row(kNodeAttrCount);
  for (uint32_t i = 0; i < g.actor_count(); ++i) {
    const ActorId id(i);
    if (!sel.Has(id)) continue;
    FillActorRow(ctx, id, row);
    out.append("    <node id=\"");
    AppendActorId(out, id);
    out.append("\">");
    WriteData(out, row, NodeAttrDefs(), "n_");
    out.append("</node>\n");
    sink.MaybeFlush();
  }

  AttrRow edge(kEdgeAttrCount);
  for (StatementId id : g.StatementsByDate()) {
    if (!sel.Has(id)) continue;
    StatementView s = g.statement(id);
    if (s.about().empty()) continue;
    FillStatementRow(ctx, s, edge);
    for (size_t t = 0; t < s.about().size(); ++t) {
      SetStatementTarget(s, t, edge);
      out.append("    <edge id=\"");
      AppendStatementEdgeId(out, id, t);
      out.append("\" source=\"");
      AppendActorId(out, s.speaker());
      out.append("\" target=\"");
      AppendActorId(out, s.about()[t]);
      out.append("\">");
      WriteData(out, edge, EdgeAttrDefs(), "e_");
      out.append("</edge>\n");
    }
    sink.MaybeFlush();
  }

  for (uint32_t i = 0; i < g.relationship_count(); ++i) {
    const RelationshipId id(i);
    if (!sel.Has(id)) continue;
    const Relationship& r = g.relationship(id);
    FillRelationshipRow(ctx, id, edge);
    out.append("    <edge id=\"");
    AppendRelationshipId(out, id);
    out.append("\" source=\"");
    AppendActorId(out, r.from);
    out.append("\" target=\"");
    AppendActorId(out, r.to);
    out.append("\">");
    WriteData(out, edge, EdgeAttrDefs(), "e_");
    out.append("</edge>\n");
    sink.MaybeFlush();
  }
  out.append("  </graph>\n</graphml>\n");
  return absl::OkStatus();
}

}  // namespace diplograph::internal
