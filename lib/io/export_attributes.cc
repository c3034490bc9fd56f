// Node and edge attributes of the actor-network exports; see
// export_attributes.h.

#include "io/export_attributes.h"

#include <optional>
#include <string>

#include "absl/strings/string_view.h"
#include "diplograph/actor.h"
#include "diplograph/cameo.h"
#include "diplograph/polarity.h"
#include "diplograph/relationship.h"
#include "diplograph/statement.h"
#include "diplograph/statement_query.h"

namespace diplograph::internal {

namespace {

constexpr AttrDef kNodeDefs[] = {
    {"label", AttrType::kString},   {"kind", AttrType::kString},
    {"iso3", AttrType::kString},    {"cameo_code", AttrType::kString},
    {"aliases", AttrType::kString}, {"affiliations", AttrType::kString},
};
static_assert(sizeof(kNodeDefs) / sizeof(kNodeDefs[0]) == kNodeAttrCount);

constexpr AttrDef kEdgeDefs[] = {
    {"label", AttrType::kString},
    {"weight", AttrType::kDouble},
    {"kind", AttrType::kString},
    {"record", AttrType::kString},
    {"directed", AttrType::kBoolean},
    {"date", AttrType::kString},
    {"text", AttrType::kString},
    {"quote", AttrType::kString},
    {"event_code", AttrType::kString},
    {"event_name", AttrType::kString},
    {"quad_class", AttrType::kString},
    {"polarity", AttrType::kString},
    {"channel", AttrType::kString},
    {"location", AttrType::kString},
    {"source", AttrType::kString},
    {"source_locator", AttrType::kString},
    {"reported_by", AttrType::kString},
    {"topics", AttrType::kString},
    {"links", AttrType::kString},
    {"label_key", AttrType::kString},
    {"label_variants", AttrType::kString},
    {"valid_from", AttrType::kString},
    {"valid_until", AttrType::kString},
    {"evidence", AttrType::kString},
};
static_assert(sizeof(kEdgeDefs) / sizeof(kEdgeDefs[0]) == kEdgeAttrCount);

void SetText(AttrRow& row, size_t i, absl::string_view value) {
  if (value.empty()) return;
  row.Start(i).append(value.data(), value.size());
}

}  // namespace

absl::Span<const AttrDef> NodeAttrDefs() { return kNodeDefs; }
absl::Span<const AttrDef> EdgeAttrDefs() { return kEdgeDefs; }

absl::string_view AttrTypeName(AttrType type) {
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

void FillActorRow(const NetworkContext& ctx, ActorId id, AttrRow& row) {
  row.Clear();
  const Actor& a = ctx.graph.actor(id);
  const std::string& sep = ctx.options.list_separator;
  SetText(row, kNodeLabel, a.name);
  SetText(row, kNodeKind, ActorKindName(a.kind));
  SetText(row, kNodeIso3, a.iso3);
  SetText(row, kNodeCameoCode, a.cameo_code);
  if (!a.aliases.empty()) AppendJoined(row.Start(kNodeAliases), a.aliases, sep);
  bool first = true;
  for (const Affiliation& af : a.affiliations) {
    if (!AffiliationSelected(ctx.selection, ctx.options, af)) continue;
    std::string& out = row.Start(kNodeAffiliations);
    if (!first) out.append(sep);
    first = false;
    // "spokesperson of Ministry of Foreign Affairs (China) [2024-01/..]"
    out.append(af.role);
    out.append(" of ");
    out.append(ctx.graph.actor(af.organization).name);
    if (!af.valid.is_open_begin() || !af.valid.is_open_end()) {
      out.append(" [");
      out.append(af.valid.ToString());
      out.push_back(']');
    }
  }
}

void AppendStatementEdgeId(std::string& out, StatementId id,
                           size_t target_index) {
  AppendStatementId(out, id);
  out.push_back('-');
  AppendUint(out, target_index);
}

void FillStatementRow(const NetworkContext& ctx, const StatementView& s,
                      AttrRow& row) {
  row.Clear();
  const Graph& g = ctx.graph;
  const std::string& sep = ctx.options.list_separator;
  row.Start(kEdgeWeight).append("1");
  row.Start(kEdgeKind).append("statement");
  AppendStatementId(row.Start(kEdgeRecord), s.id());
  row.Start(kEdgeDirected).append("true");
  if (s.date().is_known()) AppendDate(row.Start(kEdgeDate), s.date());
  SetText(row, kEdgeText, s.text());
  SetText(row, kEdgeQuote, QuoteKindName(s.quote()));
  const EventType& type = s.event_type();
  SetText(row, kEdgeEventCode, type.code);
  SetText(row, kEdgeEventName, type.name);
  if (!type.code.empty()) {
    absl::StatusOr<QuadClass> quad = QuadClassOfCode(type.code);
    if (quad.ok()) SetText(row, kEdgeQuadClass, QuadClassName(*quad));
  }
  SetText(row, kEdgeChannel, s.channel());
  SetText(row, kEdgeLocation, s.location());
  if (s.source().valid()) {
    const Source& src = g.source(s.source());
    SetText(row, kEdgeSource, src.title.empty() ? src.locator : src.title);
    SetText(row, kEdgeSourceLocator, src.locator);
  }
  if (!s.reported_by().empty()) {
    std::string& out = row.Start(kEdgeReportedBy);
    bool first = true;
    for (const Report& r : s.reported_by()) {
      if (!first) out.append(sep);
      first = false;
      out.append(g.actor(r.outlet).name);
      out.append(" (");
      Put(out, ReportKindName(r.kind));
      out.push_back(')');
    }
  }
  std::vector<absl::string_view> topics = s.topics();
  if (!topics.empty()) AppendJoined(row.Start(kEdgeTopics), topics, sep);
  bool first = true;
  for (const StatementLink& link : s.links()) {
    if (!ctx.selection.Has(link.statement)) continue;
    std::string& out = row.Start(kEdgeLinks);
    if (!first) out.append(sep);
    first = false;
    Put(out, StatementLinkKindName(link.kind));
    out.push_back(':');
    AppendStatementId(out, link.statement);
  }
}

void SetStatementTarget(const StatementView& s, size_t target_index,
                        AttrRow& row) {
  const ActorId target = s.about()[target_index];
  std::string& label = row.values[kEdgeLabel];
  label.clear();
  row.set[kEdgeLabel] = true;
  const EventType& type = s.event_type();
  if (!type.name.empty()) {
    label.append(type.name);
  } else if (!type.code.empty()) {
    label.append(type.code);
  } else {
    label.append("statement");
  }
  std::optional<Polarity> stance = s.StanceToward(target);
  std::string& polarity = row.values[kEdgePolarity];
  polarity.clear();
  row.set[kEdgePolarity] = true;
  absl::string_view name =
      PolarityName(stance.has_value() ? *stance : OverallPolarity(s));
  polarity.append(name.data(), name.size());
}

void FillRelationshipRow(const NetworkContext& ctx, RelationshipId id,
                         AttrRow& row) {
  row.Clear();
  const Relationship& r = ctx.graph.relationship(id);
  const std::string& sep = ctx.options.list_separator;
  SetText(row, kEdgeLabel, r.label);
  row.Start(kEdgeKind).append("relationship");
  AppendRelationshipId(row.Start(kEdgeRecord), id);
  row.Start(kEdgeDirected).append(r.directed ? "true" : "false");
  SetText(row, kEdgePolarity, PolarityName(r.polarity));
  SetText(row, kEdgeKey, r.key);
  if (!r.label_variants.empty()) {
    AppendJoined(row.Start(kEdgeLabelVariants), r.label_variants, sep);
  }
  if (r.valid.begin().is_known()) {
    AppendDate(row.Start(kEdgeValidFrom), r.valid.begin());
  }
  if (r.valid.end().is_known()) {
    AppendDate(row.Start(kEdgeValidUntil), r.valid.end());
  }
  size_t evidence = 0;
  for (const Evidence& e : r.evidence) {
    const bool by_statement = e.statement.valid();
    if (by_statement && !ctx.selection.Has(e.statement)) continue;
    std::string& out = row.Start(kEdgeEvidence);
    if (evidence > 0) out.append(sep);
    ++evidence;
    Put(out, EvidenceRoleName(e.role));
    out.push_back(':');
    if (by_statement) {
      AppendStatementId(out, e.statement);
    } else {
      AppendSourceId(out, e.source);
    }
  }
  AppendUint(row.Start(kEdgeWeight), evidence == 0 ? 1 : evidence);
}

void NetworkEdge::AppendId(std::string& out) const {
  if (statement.valid()) {
    AppendStatementEdgeId(out, statement, target_index);
  } else {
    AppendRelationshipId(out, relationship);
  }
}

void NetworkEdge::AppendXmlStart(std::string& out) const {
  out.append("<edge id=\"");
  AppendId(out);
  out.append("\" source=\"");
  AppendActorId(out, from);
  out.append("\" target=\"");
  AppendActorId(out, to);
  out.push_back('"');
}

void WalkNetwork(const NetworkContext& ctx, ExportSink& sink,
                 NetworkEmitter& emitter) {
  const Graph& g = ctx.graph;
  const ExportSelection& sel = ctx.selection;
  std::string& out = sink.buffer();
  AttrRow node(kNodeAttrCount);
  for (uint32_t i = 0; i < g.actor_count(); ++i) {
    const ActorId id(i);
    if (!sel.Has(id)) continue;
    FillActorRow(ctx, id, node);
    emitter.Node(out, id, node);
    sink.EndRecord();
  }
  emitter.EndNodes(out);

  AttrRow row(kEdgeAttrCount);
  for (StatementId id : g.StatementsByDate()) {
    if (!sel.Has(id)) continue;
    StatementView s = g.statement(id);
    if (s.about().empty()) continue;
    FillStatementRow(ctx, s, row);
    NetworkEdge edge;
    edge.statement = id;
    edge.from = s.speaker();
    edge.begin = s.date();
    edge.end = s.date();
    for (size_t t = 0; t < s.about().size(); ++t) {
      SetStatementTarget(s, t, row);
      edge.target_index = t;
      edge.to = s.about()[t];
      emitter.Edge(out, edge, row);
    }
    sink.EndRecord();
  }

  for (uint32_t i = 0; i < g.relationship_count(); ++i) {
    const RelationshipId id(i);
    if (!sel.Has(id)) continue;
    const Relationship& r = g.relationship(id);
    FillRelationshipRow(ctx, id, row);
    NetworkEdge edge;
    edge.relationship = id;
    edge.from = r.from;
    edge.to = r.to;
    edge.directed = r.directed;
    edge.begin = r.valid.begin();
    edge.end = r.valid.end();
    emitter.Edge(out, edge, row);
    sink.EndRecord();
  }
}

}  // namespace diplograph::internal
