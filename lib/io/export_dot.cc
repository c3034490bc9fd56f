// The Graphviz DOT export: a digraph of actors, with statement targets and
// relationships as edges carrying ids and the scalar attributes of
// docs/exports.md. Every id, attribute name and value is quoted.

#include <string>

#include "absl/status/status.h"
#include "io/export_attributes.h"
#include "io/export_formats.h"
#include "io/export_sink.h"

namespace diplograph::internal {

namespace {

// Appends `text` as a DOT quoted string: quotes and backslashes escaped,
// line feeds as "\n" (a line break in labels), carriage returns dropped,
// other control characters and invalid UTF-8 as U+FFFD.
void AppendDotQuoted(std::string& out, absl::string_view text) {
  out.push_back('"');
  std::string clean;
  const bool plain = [&] {
    for (const char c : text) {
      const auto u = static_cast<unsigned char>(c);
      if (u < 0x20 || u >= 0x80 || c == '"' || c == '\\') return false;
    }
    return true;
  }();
  if (!plain) {
    AppendCleanUtf8(clean, text);
    text = clean;
  }
  size_t run = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const char* rep = nullptr;
    if (c == '"') {
      rep = "\\\"";
    } else if (c == '\\') {
      rep = "\\\\";
    } else if (c == '\n') {
      rep = "\\n";
    } else if (c == '\r') {
      rep = "";
    }
    if (rep == nullptr) continue;
    out.append(text.data() + run, i - run);
    out.append(rep);
    run = i + 1;
  }
  out.append(text.data() + run, text.size() - run);
  out.push_back('"');
}

void AppendAttrs(std::string& out, const AttrRow& row,
                 absl::Span<const AttrDef> defs, bool first) {
  for (size_t i = 0; i < defs.size(); ++i) {
    if (!row.set[i]) continue;
    if (!first) out.append(", ");
    first = false;
    out.push_back('"');
    Put(out, defs[i].name);
    out.append("\"=");
    AppendDotQuoted(out, row.values[i]);
  }
}

}  // namespace

absl::Status WriteDot(const NetworkContext& ctx, ExportSink& sink) {
  const Graph& g = ctx.graph;
  const ExportSelection& sel = ctx.selection;
  std::string& out = sink.buffer();
  out.append(
      "digraph \"diplograph\" {\n"
      "  node [\"shape\"=\"box\"];\n");
  AttrRow row(kNodeAttrCount);
  for (uint32_t i = 0; i < g.actor_count(); ++i) {
    const ActorId id(i);
    if (!sel.Has(id)) continue;
    FillActorRow(ctx, id, row);
    out.append("  \"");
    AppendActorId(out, id);
    out.append("\" [\"id\"=\"");
    AppendActorId(out, id);
    out.push_back('"');
    AppendAttrs(out, row, NodeAttrDefs(), false);
    out.append("];\n");
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
      out.append("  \"");
      AppendActorId(out, s.speaker());
      out.append("\" -> \"");
      AppendActorId(out, s.about()[t]);
      out.append("\" [\"id\"=\"");
      AppendStatementEdgeId(out, id, t);
      out.push_back('"');
      AppendAttrs(out, edge, EdgeAttrDefs(), false);
      out.append("];\n");
    }
    sink.MaybeFlush();
  }

  for (uint32_t i = 0; i < g.relationship_count(); ++i) {
    const RelationshipId id(i);
    if (!sel.Has(id)) continue;
    const Relationship& r = g.relationship(id);
    FillRelationshipRow(ctx, id, edge);
    out.append("  \"");
    AppendActorId(out, r.from);
    out.append("\" -> \"");
    AppendActorId(out, r.to);
    out.append("\" [\"id\"=\"");
    AppendRelationshipId(out, id);
    out.push_back('"');
    if (!r.directed) out.append(", \"dir\"=\"none\"");
    AppendAttrs(out, edge, EdgeAttrDefs(), false);
    out.append("];\n");
    sink.MaybeFlush();
  }
  out.append("}\n");
  return absl::OkStatus();
}

}  // namespace diplograph::internal
