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
                 absl::Span<const AttrDef> defs) {
  ForEachSetAttr(row, defs, [&](const AttrDef& def, const std::string& value) {
    out.append(", \"");
    Put(out, def.name);
    out.append("\"=");
    AppendDotQuoted(out, value);
  });
}

class DotEmitter : public NetworkEmitter {
 public:
  void Node(std::string& out, ActorId id, const AttrRow& row) override {
    out.append("  \"");
    AppendActorId(out, id);
    out.append("\" [\"id\"=\"");
    AppendActorId(out, id);
    out.push_back('"');
    AppendAttrs(out, row, NodeAttrDefs());
    out.append("];\n");
  }
  void Edge(std::string& out, const NetworkEdge& edge,
            const AttrRow& row) override {
    out.append("  \"");
    AppendActorId(out, edge.from);
    out.append("\" -> \"");
    AppendActorId(out, edge.to);
    out.append("\" [\"id\"=\"");
    edge.AppendId(out);
    out.push_back('"');
    if (!edge.directed) out.append(", \"dir\"=\"none\"");
    AppendAttrs(out, row, EdgeAttrDefs());
    out.append("];\n");
  }
};

}  // namespace

absl::Status WriteDot(const NetworkContext& ctx, ExportSink& sink) {
  std::string& out = sink.buffer();
  out.append(
      "digraph \"diplograph\" {\n"
      "  node [\"shape\"=\"box\"];\n");
  DotEmitter emitter;
  WalkNetwork(ctx, sink, emitter);
  out.append("}\n");
  return absl::OkStatus();
}

}  // namespace diplograph::internal
