// The RDF N-Quads export. Records are described in the default graph with
// PROV-O terms and the diplograph vocabulary (prefix dg:, IRI
// urn:diplograph:ns:, documented in docs/exports.md); what a statement says
// (its coded event toward each target, its stances, the relationships it
// asserts or confirms) goes into a named graph of its own,
// <statement/N/content>, so that "Putin said X" does not assert X. With
// RdfVersion::kRdf12 the statement also reifies each of those triples.

#include <string>

#include "absl/status/status.h"
#include "diplograph/actor.h"
#include "diplograph/cameo.h"
#include "diplograph/polarity.h"
#include "diplograph/relationship.h"
#include "diplograph/statement.h"
#include "io/export_attributes.h"
#include "io/export_formats.h"
#include "io/export_sink.h"

namespace diplograph::internal {

namespace {

constexpr absl::string_view kRdf =
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr absl::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
constexpr absl::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
constexpr absl::string_view kProv = "http://www.w3.org/ns/prov#";
constexpr absl::string_view kDg = "urn:diplograph:ns:";
constexpr absl::string_view kCameo = "urn:diplograph:cameo:";
constexpr absl::string_view kRelation = "urn:diplograph:relation:";

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
        out_(sink.buffer()),
        base_(ctx.options.rdf_base),
        rdf12_(ctx.options.rdf_version == RdfVersion::kRdf12) {}

  absl::Status Write();

 private:
  // Subjects and objects.
  void Record(absl::string_view kind, uint32_t id) {
    out_.push_back('<');
    out_.append(base_);
    Put(out_, kind);
    out_.push_back('/');
    AppendUint(out_, id);
  }
  void Node(absl::string_view kind, uint32_t id) {
    Record(kind, id);
    out_.push_back('>');
  }
  // <base kind/id/part/n>
  void Part(absl::string_view kind, uint32_t id, absl::string_view part,
            size_t n) {
    Record(kind, id);
    out_.push_back('/');
    Put(out_, part);
    out_.push_back('/');
    AppendUint(out_, n);
    out_.push_back('>');
  }
  void ContentGraph(uint32_t statement) {
    Record("statement", statement);
    out_.append("/content>");
  }
  void Term(absl::string_view ns, absl::string_view local) {
    out_.push_back('<');
    Put(out_, ns);
    Put(out_, local);
    out_.push_back('>');
  }
  void P(absl::string_view local) {
    out_.push_back(' ');
    Term(kDg, local);
    out_.push_back(' ');
  }
  void End() { out_.append(" .\n"); }
  void Literal(absl::string_view text);
  void TypedLiteral(absl::string_view text, absl::string_view xsd_type) {
    Literal(text);
    out_.append("^^");
    Term(kXsd, xsd_type);
  }
  void DateLiteral(Date date);
  void UintLiteral(uint64_t value) {
    scratch_.clear();
    AppendUint(scratch_, value);
    TypedLiteral(scratch_, "nonNegativeInteger");
  }
  void Type(absl::string_view ns, absl::string_view cls) {
    out_.push_back(' ');
    Term(kRdf, "type");
    out_.push_back(' ');
    Term(ns, cls);
    End();
  }

  // Subject helpers: each writes "<subject>" then the caller adds the rest.
  void Actor(ActorId id) { Node("actor", id.value); }
  void Statement(StatementId id) { Node("statement", id.value); }

  void WriteActor(ActorId id);
  void WriteSource(SourceId id);
  void WriteStatement(StatementId id);
  void WriteRelationship(RelationshipId id);
  // A content triple of statement `s`: in its named graph, and reified by
  // it with RDF 1.2.
  template <typename WriteS, typename WriteP, typename WriteO>
  void Content(StatementId s, WriteS subject, WriteP predicate, WriteO object);

  const NetworkContext& ctx_;
  ExportSink& sink_;
  std::string& out_;
  const std::string& base_;
  const bool rdf12_;
  std::string scratch_;
};

void QuadWriter::Literal(absl::string_view text) {
  out_.push_back('"');
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  bool plain = true;
  for (size_t i = 0; i < text.size(); ++i) {
    if (p[i] < 0x20 || p[i] >= 0x7F || p[i] == '"' || p[i] == '\\') {
      plain = false;
      break;
    }
  }
  if (plain) {
    out_.append(text.data(), text.size());
    out_.push_back('"');
    return;
  }
  std::string clean;
  AppendCleanUtf8(clean, text);
  for (const char c : clean) {
    switch (c) {
      case '"':
        out_.append("\\\"");
        break;
      case '\\':
        out_.append("\\\\");
        break;
      case '\n':
        out_.append("\\n");
        break;
      case '\r':
        out_.append("\\r");
        break;
      case '\t':
        out_.append("\\t");
        break;
      case '\x7F':
        out_.append("\\u007F");
        break;
      default:
        out_.push_back(c);
    }
  }
  out_.push_back('"');
}

void QuadWriter::DateLiteral(Date date) {
  scratch_.clear();
  AppendDate(scratch_, date);
  switch (date.precision()) {
    case DatePrecision::kDay:
      TypedLiteral(scratch_, "date");
      return;
    case DatePrecision::kMonth:
      TypedLiteral(scratch_, "gYearMonth");
      return;
    default:
      TypedLiteral(scratch_, "gYear");
      return;
  }
}

// Percent-encodes everything but ASCII letters, digits and "-._~".
void AppendIriSegment(std::string& out, absl::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
        (u >= '0' && u <= '9') || c == '-' || c == '.' || c == '_' ||
        c == '~') {
      out.push_back(c);
    } else {
      out.push_back('%');
      out.push_back(kHex[u >> 4]);
      out.push_back(kHex[u & 15]);
    }
  }
}

template <typename WriteS, typename WriteP, typename WriteO>
void QuadWriter::Content(StatementId s, WriteS subject, WriteP predicate,
                         WriteO object) {
  subject();
  out_.push_back(' ');
  predicate();
  out_.push_back(' ');
  object();
  out_.push_back(' ');
  ContentGraph(s.value);
  End();
  if (!rdf12_) return;
  Statement(s);
  out_.push_back(' ');
  Term(kRdf, "reifies");
  out_.append(" <<( ");
  subject();
  out_.push_back(' ');
  predicate();
  out_.push_back(' ');
  object();
  out_.append(" )>>");
  End();
}

void QuadWriter::WriteActor(ActorId id) {
  const diplograph::Actor& a = ctx_.graph.actor(id);
  Actor(id);
  Type(kDg, "Actor");
  Actor(id);
  Type(kProv, "Agent");
  Actor(id);
  out_.push_back(' ');
  Term(kRdfs, "label");
  out_.push_back(' ');
  Literal(a.name);
  End();
  Actor(id);
  P("kind");
  Literal(ActorKindName(a.kind));
  End();
  if (!a.iso3.empty()) {
    Actor(id);
    P("iso3");
    Literal(a.iso3);
    End();
  }
  if (!a.cameo_code.empty()) {
    Actor(id);
    P("cameoCode");
    Literal(a.cameo_code);
    End();
  }
  for (const std::string& alias : a.aliases) {
    Actor(id);
    P("alias");
    Literal(alias);
    End();
  }
  for (size_t i = 0; i < a.affiliations.size(); ++i) {
    const Affiliation& af = a.affiliations[i];
    if (!AffiliationSelected(ctx_.selection, ctx_.options, af)) continue;
    Actor(id);
    P("affiliation");
    Part("actor", id.value, "affiliation", i);
    End();
    Part("actor", id.value, "affiliation", i);
    Type(kDg, "Affiliation");
    Part("actor", id.value, "affiliation", i);
    P("member");
    Actor(id);
    End();
    Part("actor", id.value, "affiliation", i);
    P("organization");
    Actor(af.organization);
    End();
    Part("actor", id.value, "affiliation", i);
    P("role");
    Literal(af.role);
    End();
    if (af.valid.begin().is_known()) {
      Part("actor", id.value, "affiliation", i);
      P("validFrom");
      DateLiteral(af.valid.begin());
      End();
    }
    if (af.valid.end().is_known()) {
      Part("actor", id.value, "affiliation", i);
      P("validUntil");
      DateLiteral(af.valid.end());
      End();
    }
  }
}

void QuadWriter::WriteSource(SourceId id) {
  const diplograph::Source& src = ctx_.graph.source(id);
  Node("source", id.value);
  Type(kDg, "Source");
  Node("source", id.value);
  Type(kProv, "Entity");
  if (!src.title.empty()) {
    Node("source", id.value);
    P("title");
    Literal(src.title);
    End();
  }
  if (!src.locator.empty()) {
    Node("source", id.value);
    P("locator");
    Literal(src.locator);
    End();
  }
  if (src.date.is_known()) {
    Node("source", id.value);
    P("date");
    DateLiteral(src.date);
    End();
  }
  if (src.outlet.valid()) {
    Node("source", id.value);
    P("outlet");
    Actor(src.outlet);
    End();
    Node("source", id.value);
    out_.push_back(' ');
    Term(kProv, "wasAttributedTo");
    out_.push_back(' ');
    Actor(src.outlet);
    End();
  }
}

void QuadWriter::WriteStatement(StatementId id) {
  const StatementView s = ctx_.graph.statement(id);
  Statement(id);
  Type(kDg, "Statement");
  Statement(id);
  Type(kProv, "Entity");
  Statement(id);
  P("speaker");
  Actor(s.speaker());
  End();
  Statement(id);
  out_.push_back(' ');
  Term(kProv, "wasAttributedTo");
  out_.push_back(' ');
  Actor(s.speaker());
  End();
  if (s.date().is_known()) {
    Statement(id);
    P("date");
    DateLiteral(s.date());
    End();
  }
  if (!s.text().empty()) {
    Statement(id);
    P("text");
    Literal(s.text());
    End();
  }
  Statement(id);
  P("quoteKind");
  Literal(QuoteKindName(s.quote()));
  End();
  for (ActorId target : s.about()) {
    Statement(id);
    P("about");
    Actor(target);
    End();
  }
  const EventType& type = s.event_type();
  if (!type.code.empty()) {
    Statement(id);
    P("eventCode");
    Literal(type.code);
    End();
    absl::StatusOr<QuadClass> quad = QuadClassOfCode(type.code);
    if (quad.ok()) {
      Statement(id);
      P("quadClass");
      Literal(QuadClassName(*quad));
      End();
    }
  }
  if (!type.name.empty()) {
    Statement(id);
    P("eventName");
    Literal(type.name);
    End();
  }
  if (!s.channel().empty()) {
    Statement(id);
    P("channel");
    Literal(s.channel());
    End();
  }
  if (!s.location().empty()) {
    Statement(id);
    P("location");
    Literal(s.location());
    End();
  }
  for (absl::string_view topic : s.topics()) {
    Statement(id);
    P("topic");
    Literal(topic);
    End();
  }
  if (s.source().valid()) {
    Statement(id);
    P("source");
    Node("source", s.source().value);
    End();
    Statement(id);
    out_.push_back(' ');
    Term(kProv, "wasDerivedFrom");
    out_.push_back(' ');
    Node("source", s.source().value);
    End();
    if (s.span().has_value()) {
      Statement(id);
      P("spanBegin");
      UintLiteral(s.span()->begin);
      End();
      Statement(id);
      P("spanEnd");
      UintLiteral(s.span()->end);
      End();
    }
  }
  // The relay chain, nearest to the speaker first.
  for (size_t i = 0; i < s.reported_by().size(); ++i) {
    const Report& r = s.reported_by()[i];
    Statement(id);
    P("reportedBy");
    Actor(r.outlet);
    End();
    Statement(id);
    out_.push_back(' ');
    Term(kProv, "qualifiedAttribution");
    out_.push_back(' ');
    Part("statement", id.value, "report", i);
    End();
    Part("statement", id.value, "report", i);
    Type(kProv, "Attribution");
    Part("statement", id.value, "report", i);
    Type(kDg, "Report");
    Part("statement", id.value, "report", i);
    out_.push_back(' ');
    Term(kProv, "agent");
    out_.push_back(' ');
    Actor(r.outlet);
    End();
    Part("statement", id.value, "report", i);
    out_.push_back(' ');
    Term(kProv, "hadRole");
    out_.push_back(' ');
    Term(kDg, r.kind == ReportKind::kQuoted ? "Quoted" : "Reported");
    End();
    Part("statement", id.value, "report", i);
    P("position");
    UintLiteral(i);
    End();
  }
  for (size_t i = 0; i < s.links().size(); ++i) {
    const StatementLink& link = s.links()[i];
    if (!ctx_.selection.Has(link.statement)) continue;
    Statement(id);
    P(link.kind == StatementLinkKind::kRespondsTo      ? "respondsTo"
      : link.kind == StatementLinkKind::kSameUtterance ? "sameUtteranceAs"
                                                       : "refersTo");
    Statement(link.statement);
    End();
    Part("statement", id.value, "link", i);
    Type(kDg, "Link");
    Part("statement", id.value, "link", i);
    P("linkFrom");
    Statement(id);
    End();
    Part("statement", id.value, "link", i);
    P("linkTo");
    Statement(link.statement);
    End();
    Part("statement", id.value, "link", i);
    P("linkKind");
    Literal(StatementLinkKindName(link.kind));
    End();
    Part("statement", id.value, "link", i);
    P("polarity");
    Literal(PolarityName(link.stance));
    End();
  }
  for (size_t i = 0; i < s.stances().size(); ++i) {
    const Stance& st = s.stances()[i];
    Statement(id);
    P("stance");
    Part("statement", id.value, "stance", i);
    End();
    Part("statement", id.value, "stance", i);
    Type(kDg, "Stance");
    Part("statement", id.value, "stance", i);
    P("target");
    Actor(st.target);
    End();
    Part("statement", id.value, "stance", i);
    P("polarity");
    Literal(PolarityName(st.polarity));
    End();
  }

  // What the statement says, in its own graph.
  if (HasOwnContent(s)) {
    Statement(id);
    P("content");
    ContentGraph(id.value);
    End();
  }
  if (!type.code.empty()) {
    for (ActorId target : s.about()) {
      Content(
          id, [&] { Actor(s.speaker()); }, [&] { Term(kCameo, type.code); },
          [&] { Actor(target); });
    }
  }
  for (const Stance& st : s.stances()) {
    const absl::string_view predicate =
        st.polarity == Polarity::kCooperative   ? "cooperativeToward"
        : st.polarity == Polarity::kConflictual ? "conflictualToward"
                                                : "neutralToward";
    Content(
        id, [&] { Actor(s.speaker()); }, [&] { Term(kDg, predicate); },
        [&] { Actor(st.target); });
  }
}

void QuadWriter::WriteRelationship(RelationshipId id) {
  const diplograph::Relationship& r = ctx_.graph.relationship(id);
  auto subject = [&] { Node("relationship", id.value); };
  subject();
  Type(kDg, "Relationship");
  subject();
  P("from");
  Actor(r.from);
  End();
  subject();
  P("to");
  Actor(r.to);
  End();
  subject();
  out_.push_back(' ');
  Term(kRdfs, "label");
  out_.push_back(' ');
  Literal(r.label);
  End();
  subject();
  P("key");
  Literal(r.key);
  End();
  for (const std::string& variant : r.label_variants) {
    subject();
    P("labelVariant");
    Literal(variant);
    End();
  }
  subject();
  P("directed");
  TypedLiteral(r.directed ? "true" : "false", "boolean");
  End();
  subject();
  P("polarity");
  Literal(PolarityName(r.polarity));
  End();
  if (r.valid.begin().is_known()) {
    subject();
    P("validFrom");
    DateLiteral(r.valid.begin());
    End();
  }
  if (r.valid.end().is_known()) {
    subject();
    P("validUntil");
    DateLiteral(r.valid.end());
    End();
  }
  std::string predicate(kRelation);
  AppendIriSegment(predicate, r.key);
  for (size_t i = 0; i < r.evidence.size(); ++i) {
    const Evidence& e = r.evidence[i];
    if (e.statement.valid() && !ctx_.selection.Has(e.statement)) continue;
    subject();
    P("evidence");
    Part("relationship", id.value, "evidence", i);
    End();
    Part("relationship", id.value, "evidence", i);
    Type(kDg, "Evidence");
    Part("relationship", id.value, "evidence", i);
    P("role");
    Literal(EvidenceRoleName(e.role));
    End();
    if (e.statement.valid()) {
      Part("relationship", id.value, "evidence", i);
      P("statement");
      Statement(e.statement);
      End();
      subject();
      out_.push_back(' ');
      Term(kProv, "wasDerivedFrom");
      out_.push_back(' ');
      Statement(e.statement);
      End();
      // Asserting or confirming statements say that the relationship
      // holds: the triple goes into their content.
      if (e.role == EvidenceRole::kAsserts ||
          e.role == EvidenceRole::kConfirms) {
        const StatementView evidence = ctx_.graph.statement(e.statement);
        if (!HasOwnContent(evidence)) {
          Statement(e.statement);
          P("content");
          ContentGraph(e.statement.value);
          End();
        }
        Content(
            e.statement, [&] { Actor(r.from); },
            [&] {
              out_.push_back('<');
              out_.append(predicate);
              out_.push_back('>');
            },
            [&] { Actor(r.to); });
      }
    } else {
      Part("relationship", id.value, "evidence", i);
      P("sourceDocument");
      Node("source", e.source.value);
      End();
      subject();
      out_.push_back(' ');
      Term(kProv, "wasDerivedFrom");
      out_.push_back(' ');
      Node("source", e.source.value);
      End();
    }
  }
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
