// The RDF N-Quads export. Records are described in the default graph with
// PROV-O terms and the diplograph vocabulary (prefix dg:, IRI
// urn:diplograph:ns:, documented in docs/exports.md); what a statement says
// (its coded event toward each target, its stances, the relationships it
// asserts or confirms) goes into a named graph of its own,
// <statement/N/content>, so that "Putin said X" does not assert X. With
// RdfVersion::kRdf12 the statement also reifies each of those triples. This
// file maps records to triples; export_nquads_syntax.* writes them.

#include <string>

#include "absl/status/status.h"
#include "diplograph/actor.h"
#include "diplograph/cameo.h"
#include "diplograph/polarity.h"
#include "diplograph/relationship.h"
#include "diplograph/statement.h"
#include "io/export_attributes.h"
#include "io/export_formats.h"
#include "io/export_nquads_syntax.h"
#include "io/export_sink.h"

namespace diplograph::internal {

namespace {

constexpr Term kLabel{kRdfs, "label"};

Resource Of(ActorId id) { return {"actor", id.value}; }
Resource Of(StatementId id) { return {"statement", id.value}; }
Resource Of(SourceId id) { return {"source", id.value}; }
Resource Of(RelationshipId id) { return {"relationship", id.value}; }

// True when a statement has content triples of its own (a coded event
// with targets, or stances); relationships it asserts add more.
bool HasOwnContent(const StatementView& s) {
  return !s.stances().empty() ||
         (!s.event_type().code.empty() && !s.about().empty());
}

class QuadWriter {
 public:
  QuadWriter(const NetworkContext& ctx, ExportSink& sink)
      : ctx_(ctx),
        sink_(sink),
        q_(sink.buffer(), ctx.options.rdf_base,
           ctx.options.rdf_version == RdfVersion::kRdf12) {}

  absl::Status Write();

 private:
  // The triples of each record, in the default graph unless said.
  void WriteActor(ActorId id);
  void WriteSource(SourceId id);
  void WriteStatement(StatementId id);
  void WriteRelationship(RelationshipId id);
  // The statement's own part: reports, links, stances, content.
  void WriteRelayChain(const StatementView& s);
  void WriteLinks(const StatementView& s);
  void WriteStances(const StatementView& s);
  void WriteContent(const StatementView& s);
  void WriteEvidence(RelationshipId id, const Relationship& r, size_t i);
  // Text, only when not empty.
  void TextIfAny(const Resource& s, Term p, absl::string_view text) {
    if (!text.empty()) q_.Text(s, p, text);
  }
  // A date, only when known.
  void DateIfKnown(const Resource& s, Term p, Date date) {
    if (date.is_known()) q_.DateValue(s, p, date);
  }

  const NetworkContext& ctx_;
  ExportSink& sink_;
  QuadOut q_;
};

void QuadWriter::WriteActor(ActorId id) {
  const Actor& a = ctx_.graph.actor(id);
  const Resource actor = Of(id);
  q_.Link(actor, Rdf("type"), Dg("Actor"));
  q_.Link(actor, Rdf("type"), Prov("Agent"));
  q_.Text(actor, kLabel, a.name);
  q_.Text(actor, Dg("kind"), ActorKindName(a.kind));
  TextIfAny(actor, Dg("iso3"), a.iso3);
  TextIfAny(actor, Dg("cameoCode"), a.cameo_code);
  for (const std::string& alias : a.aliases) {
    q_.Text(actor, Dg("alias"), alias);
  }
  for (size_t i = 0; i < a.affiliations.size(); ++i) {
    const Affiliation& af = a.affiliations[i];
    if (!AffiliationSelected(ctx_.selection, ctx_.options, af)) continue;
    const Resource part = actor.Part("affiliation", i);
    q_.Link(actor, Dg("affiliation"), part);
    q_.Link(part, Rdf("type"), Dg("Affiliation"));
    q_.Link(part, Dg("member"), actor);
    q_.Link(part, Dg("organization"), Of(af.organization));
    q_.Text(part, Dg("role"), af.role);
    DateIfKnown(part, Dg("validFrom"), af.valid.begin());
    DateIfKnown(part, Dg("validUntil"), af.valid.end());
  }
}

void QuadWriter::WriteSource(SourceId id) {
  const Source& src = ctx_.graph.source(id);
  const Resource source = Of(id);
  q_.Link(source, Rdf("type"), Dg("Source"));
  q_.Link(source, Rdf("type"), Prov("Entity"));
  TextIfAny(source, Dg("title"), src.title);
  TextIfAny(source, Dg("locator"), src.locator);
  DateIfKnown(source, Dg("date"), src.date);
  if (src.outlet.valid()) {
    q_.Link(source, Dg("outlet"), Of(src.outlet));
    q_.Link(source, Prov("wasAttributedTo"), Of(src.outlet));
  }
}

void QuadWriter::WriteStatement(StatementId id) {
  const StatementView s = ctx_.graph.statement(id);
  const Resource statement = Of(id);
  q_.Link(statement, Rdf("type"), Dg("Statement"));
  q_.Link(statement, Rdf("type"), Prov("Entity"));
  q_.Link(statement, Dg("speaker"), Of(s.speaker()));
  q_.Link(statement, Prov("wasAttributedTo"), Of(s.speaker()));
  DateIfKnown(statement, Dg("date"), s.date());
  TextIfAny(statement, Dg("text"), s.text());
  q_.Text(statement, Dg("quoteKind"), QuoteKindName(s.quote()));
  for (ActorId target : s.about()) {
    q_.Link(statement, Dg("about"), Of(target));
  }
  const EventType& type = s.event_type();
  if (!type.code.empty()) {
    q_.Text(statement, Dg("eventCode"), type.code);
    absl::StatusOr<QuadClass> quad = QuadClassOfCode(type.code);
    if (quad.ok()) {
      q_.Text(statement, Dg("quadClass"), QuadClassName(*quad));
    }
  }
  TextIfAny(statement, Dg("eventName"), type.name);
  TextIfAny(statement, Dg("channel"), s.channel());
  TextIfAny(statement, Dg("location"), s.location());
  for (absl::string_view topic : s.topics()) {
    q_.Text(statement, Dg("topic"), topic);
  }
  if (s.source().valid()) {
    q_.Link(statement, Dg("source"), Of(s.source()));
    q_.Link(statement, Prov("wasDerivedFrom"), Of(s.source()));
    if (s.span().has_value()) {
      q_.Number(statement, Dg("spanBegin"), s.span()->begin);
      q_.Number(statement, Dg("spanEnd"), s.span()->end);
    }
  }
  WriteRelayChain(s);
  WriteLinks(s);
  WriteStances(s);
  WriteContent(s);
}

// The relay chain, nearest to the speaker first.
void QuadWriter::WriteRelayChain(const StatementView& s) {
  const Resource statement = Of(s.id());
  for (size_t i = 0; i < s.reported_by().size(); ++i) {
    const Report& r = s.reported_by()[i];
    const Resource report = statement.Part("report", i);
    q_.Link(statement, Dg("reportedBy"), Of(r.outlet));
    q_.Link(statement, Prov("qualifiedAttribution"), report);
    q_.Link(report, Rdf("type"), Prov("Attribution"));
    q_.Link(report, Rdf("type"), Dg("Report"));
    q_.Link(report, Prov("agent"), Of(r.outlet));
    q_.Link(report, Prov("hadRole"),
            Dg(r.kind == ReportKind::kQuoted ? "Quoted" : "Reported"));
    q_.Number(report, Dg("position"), i);
  }
}

void QuadWriter::WriteLinks(const StatementView& s) {
  const Resource statement = Of(s.id());
  for (size_t i = 0; i < s.links().size(); ++i) {
    const StatementLink& link = s.links()[i];
    if (!ctx_.selection.Has(link.statement)) continue;
    const Resource part = statement.Part("link", i);
    q_.Link(
        statement,
        Dg(link.kind == StatementLinkKind::kRespondsTo      ? "respondsTo"
           : link.kind == StatementLinkKind::kSameUtterance ? "sameUtteranceAs"
                                                            : "refersTo"),
        Of(link.statement));
    q_.Link(part, Rdf("type"), Dg("Link"));
    q_.Link(part, Dg("linkFrom"), statement);
    q_.Link(part, Dg("linkTo"), Of(link.statement));
    q_.Text(part, Dg("linkKind"), StatementLinkKindName(link.kind));
    q_.Text(part, Dg("polarity"), PolarityName(link.stance));
  }
}

void QuadWriter::WriteStances(const StatementView& s) {
  const Resource statement = Of(s.id());
  for (size_t i = 0; i < s.stances().size(); ++i) {
    const Stance& st = s.stances()[i];
    const Resource part = statement.Part("stance", i);
    q_.Link(statement, Dg("stance"), part);
    q_.Link(part, Rdf("type"), Dg("Stance"));
    q_.Link(part, Dg("target"), Of(st.target));
    q_.Text(part, Dg("polarity"), PolarityName(st.polarity));
  }
}

// What the statement says, in its own graph.
void QuadWriter::WriteContent(const StatementView& s) {
  const uint32_t id = s.id().value;
  if (HasOwnContent(s)) {
    q_.Link(Of(s.id()), Dg("content"), ContentGraph(id));
  }
  const EventType& type = s.event_type();
  if (!type.code.empty()) {
    for (ActorId target : s.about()) {
      q_.Content(id, Of(s.speaker()), Term{kCameo, type.code}, Of(target));
    }
  }
  for (const Stance& st : s.stances()) {
    const absl::string_view predicate =
        st.polarity == Polarity::kCooperative   ? "cooperativeToward"
        : st.polarity == Polarity::kConflictual ? "conflictualToward"
                                                : "neutralToward";
    q_.Content(id, Of(s.speaker()), Dg(predicate), Of(st.target));
  }
}

void QuadWriter::WriteRelationship(RelationshipId id) {
  const Relationship& r = ctx_.graph.relationship(id);
  const Resource relationship = Of(id);
  q_.Link(relationship, Rdf("type"), Dg("Relationship"));
  q_.Link(relationship, Dg("from"), Of(r.from));
  q_.Link(relationship, Dg("to"), Of(r.to));
  q_.Text(relationship, kLabel, r.label);
  q_.Text(relationship, Dg("key"), r.key);
  for (const std::string& variant : r.label_variants) {
    q_.Text(relationship, Dg("labelVariant"), variant);
  }
  q_.Typed(relationship, Dg("directed"), r.directed ? "true" : "false",
           "boolean");
  q_.Text(relationship, Dg("polarity"), PolarityName(r.polarity));
  DateIfKnown(relationship, Dg("validFrom"), r.valid.begin());
  DateIfKnown(relationship, Dg("validUntil"), r.valid.end());
  for (size_t i = 0; i < r.evidence.size(); ++i) {
    WriteEvidence(id, r, i);
  }
}

void QuadWriter::WriteEvidence(RelationshipId id, const Relationship& r,
                               size_t i) {
  const Evidence& e = r.evidence[i];
  if (e.statement.valid() && !ctx_.selection.Has(e.statement)) return;
  const Resource relationship = Of(id);
  const Resource part = relationship.Part("evidence", i);
  q_.Link(relationship, Dg("evidence"), part);
  q_.Link(part, Rdf("type"), Dg("Evidence"));
  q_.Text(part, Dg("role"), EvidenceRoleName(e.role));
  if (!e.statement.valid()) {
    q_.Link(part, Dg("sourceDocument"), Of(e.source));
    q_.Link(relationship, Prov("wasDerivedFrom"), Of(e.source));
    return;
  }
  q_.Link(part, Dg("statement"), Of(e.statement));
  q_.Link(relationship, Prov("wasDerivedFrom"), Of(e.statement));
  // Asserting or confirming statements say that the relationship holds:
  // the triple goes into their content.
  if (e.role != EvidenceRole::kAsserts && e.role != EvidenceRole::kConfirms) {
    return;
  }
  if (!HasOwnContent(ctx_.graph.statement(e.statement))) {
    q_.Link(Of(e.statement), Dg("content"), ContentGraph(e.statement.value));
  }
  std::string predicate;
  AppendIriSegment(predicate, r.key);
  q_.Content(e.statement.value, Of(r.from), Term{kRelation, predicate},
             Of(r.to));
}

absl::Status QuadWriter::Write() {
  const Graph& g = ctx_.graph;
  const ExportSelection& sel = ctx_.selection;
  for (uint32_t i = 0; i < g.actor_count(); ++i) {
    if (!sel.Has(ActorId(i))) continue;
    WriteActor(ActorId(i));
    sink_.EndRecord();
  }
  for (uint32_t i = 0; i < g.source_count(); ++i) {
    if (!sel.Has(SourceId(i))) continue;
    WriteSource(SourceId(i));
    sink_.EndRecord();
  }
  for (StatementId id : g.StatementsByDate()) {
    if (!sel.Has(id)) continue;
    WriteStatement(id);
    sink_.EndRecord();
  }
  for (uint32_t i = 0; i < g.relationship_count(); ++i) {
    if (!sel.Has(RelationshipId(i))) continue;
    WriteRelationship(RelationshipId(i));
    sink_.EndRecord();
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status WriteNQuads(const NetworkContext& ctx, ExportSink& sink) {
  QuadWriter writer(ctx, sink);
  return writer.Write();
}

}  // namespace diplograph::internal
