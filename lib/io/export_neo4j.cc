// The Neo4j export: CSV files for `neo4j-admin database import full`, with
// typed headers (:ID(space), :START_ID, :END_ID, :LABEL, :TYPE, int, date,
// boolean, string[]). Statements, sources and relationships are nodes (a
// Neo4j relationship cannot point at a relationship); the files and columns
// are listed in docs/exports.md and by Neo4jFiles().

#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "diplograph/actor.h"
#include "diplograph/cameo.h"
#include "diplograph/polarity.h"
#include "diplograph/relationship.h"
#include "diplograph/statement.h"
#include "diplograph/statement_query.h"
#include "io/export_attributes.h"
#include "io/export_formats.h"
#include "io/export_sink.h"
#include "util/status_macros.h"

namespace diplograph::internal {

namespace {

// Between the items of a string[] column, as passed to neo4j-admin with
// --array-delimiter.
constexpr char kArrayDelimiter = ';';

// The header of each file, in the order of Neo4jFiles().
constexpr absl::string_view kHeaders[] = {
    // actors.csv
    "actorId:ID(Actor),name,kind,iso3,cameo_code,aliases:string[],:LABEL",
    // statements.csv
    "statementId:ID(Statement),date,date_precision,date_start:date,"
    "date_end:date,text,quote,event_code,event_name,quad_class,polarity,"
    "channel,location,topics:string[],:LABEL",
    // sources.csv
    "sourceId:ID(Source),title,date,locator,:LABEL",
    // relationships.csv
    "relationshipId:ID(Relationship),label,key,label_variants:string[],"
    "directed:boolean,polarity,valid_from,valid_until,:LABEL",
    // said.csv
    ":START_ID(Actor),:END_ID(Statement),:TYPE",
    // about.csv
    ":START_ID(Statement),:END_ID(Actor),position:int,stance,:TYPE",
    // reported_by.csv
    ":START_ID(Statement),:END_ID(Actor),position:int,kind,:TYPE",
    // in_source.csv
    ":START_ID(Statement),:END_ID(Source),span_begin:long,span_end:long,"
    ":TYPE",
    // responds_to.csv
    ":START_ID(Statement),:END_ID(Statement),stance,:TYPE",
    // refers_to.csv
    ":START_ID(Statement),:END_ID(Statement),stance,:TYPE",
    // same_utterance.csv
    ":START_ID(Statement),:END_ID(Statement),stance,:TYPE",
    // published_by.csv
    ":START_ID(Source),:END_ID(Actor),:TYPE",
    // affiliated_with.csv
    ":START_ID(Actor),:END_ID(Actor),role,valid_from,valid_until,:TYPE",
    // relationship_from.csv
    ":START_ID(Relationship),:END_ID(Actor),:TYPE",
    // relationship_to.csv
    ":START_ID(Relationship),:END_ID(Actor),:TYPE",
    // evidence.csv
    ":START_ID(Statement),:END_ID(Relationship),role,:TYPE",
    // source_evidence.csv
    ":START_ID(Source),:END_ID(Relationship),role,:TYPE",
};

enum FileIndex : size_t {
  kActors,
  kStatements,
  kSources,
  kRelationships,
  kSaid,
  kAbout,
  kReportedBy,
  kInSource,
  kRespondsTo,
  kRefersTo,
  kSameUtterance,
  kPublishedBy,
  kAffiliatedWith,
  kRelationshipFrom,
  kRelationshipTo,
  kEvidence,
  kSourceEvidence,
  kFileCount
};

// Appends a CSV field: quoted (quotes doubled) when it holds a comma, quote,
// line break, or the array delimiter in an array item, or starts or ends
// with a space; control characters and invalid UTF-8 become U+FFFD.
void AppendField(std::string& out, absl::string_view text) {
  bool quote = !text.empty() && (text.front() == ' ' || text.back() == ' ');
  bool plain = true;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == ',' || c == '"' || c == '\n' || c == '\r') quote = true;
    if (u < 0x20 || u >= 0x80) plain = false;
  }
  std::string clean;
  if (!plain) {
    AppendCleanUtf8(clean, text);
    text = clean;
  }
  if (!quote) {
    out.append(text.data(), text.size());
    return;
  }
  out.push_back('"');
  size_t run = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '"') continue;
    out.append(text.data() + run, i + 1 - run);
    out.push_back('"');
    run = i + 1;
  }
  out.append(text.data() + run, text.size() - run);
  out.push_back('"');
}

absl::string_view KindLabel(ActorKind kind) {
  switch (kind) {
    case ActorKind::kState:
      return "State";
    case ActorKind::kPerson:
      return "Person";
    case ActorKind::kOrganization:
      return "Organization";
    case ActorKind::kMediaOutlet:
      return "MediaOutlet";
    case ActorKind::kInternationalOrganization:
      return "InternationalOrganization";
    case ActorKind::kGroup:
      return "Group";
    case ActorKind::kPlace:
      return "Place";
  }
  return "Actor";
}

class Neo4jWriter {
 public:
  explicit Neo4jWriter(const NetworkContext& ctx) : ctx_(ctx) {}

  absl::Status Write(AtomicDirectory& dir);

 private:
  std::string& Row(size_t file) { return sinks_[file]->buffer(); }
  void EndRow(size_t file) {
    sinks_[file]->Add('\n');
    sinks_[file]->MaybeFlush();
  }
  // A relationship row with no properties.
  template <typename Start, typename End>
  void Link(size_t file, Start start, End end, absl::string_view type) {
    std::string& out = Row(file);
    start(out);
    out.push_back(',');
    end(out);
    out.push_back(',');
    Put(out, type);
    EndRow(file);
  }

  void WriteActor(ActorId id);
  void WriteSource(SourceId id);
  void WriteStatement(StatementId id);
  void WriteRelationship(RelationshipId id);

  const NetworkContext& ctx_;
  std::vector<std::unique_ptr<ExportSink>> sinks_;
  std::string item_;
};

void Neo4jWriter::WriteActor(ActorId id) {
  const Actor& a = ctx_.graph.actor(id);
  std::string& out = Row(kActors);
  AppendActorId(out, id);
  out.push_back(',');
  AppendField(out, a.name);
  out.push_back(',');
  Put(out, ActorKindName(a.kind));
  out.push_back(',');
  AppendField(out, a.iso3);
  out.push_back(',');
  AppendField(out, a.cameo_code);
  out.push_back(',');
  item_.clear();
  for (size_t i = 0; i < a.aliases.size(); ++i) {
    if (i > 0) item_.push_back(kArrayDelimiter);
    item_.append(a.aliases[i]);
  }
  AppendField(out, item_);
  out.append(",Actor;");
  Put(out, KindLabel(a.kind));
  EndRow(kActors);

  for (const Affiliation& af : a.affiliations) {
    if (!AffiliationSelected(ctx_.selection, ctx_.options, af)) continue;
    std::string& row = Row(kAffiliatedWith);
    AppendActorId(row, id);
    row.push_back(',');
    AppendActorId(row, af.organization);
    row.push_back(',');
    AppendField(row, af.role);
    row.push_back(',');
    AppendDate(row, af.valid.begin());
    row.push_back(',');
    AppendDate(row, af.valid.end());
    row.append(",AFFILIATED_WITH");
    EndRow(kAffiliatedWith);
  }
}

void Neo4jWriter::WriteSource(SourceId id) {
  const Source& src = ctx_.graph.source(id);
  std::string& out = Row(kSources);
  AppendSourceId(out, id);
  out.push_back(',');
  AppendField(out, src.title);
  out.push_back(',');
  AppendDate(out, src.date);
  out.push_back(',');
  AppendField(out, src.locator);
  out.append(",Source");
  EndRow(kSources);
  if (src.outlet.valid()) {
    Link(
        kPublishedBy, [&](std::string& o) { AppendSourceId(o, id); },
        [&](std::string& o) { AppendActorId(o, src.outlet); }, "PUBLISHED_BY");
  }
}

void Neo4jWriter::WriteStatement(StatementId id) {
  const StatementView s = ctx_.graph.statement(id);
  std::string& out = Row(kStatements);
  AppendStatementId(out, id);
  out.push_back(',');
  const Date date = s.date();
  AppendDate(out, date);
  out.push_back(',');
  Put(out, DatePrecisionName(date.precision()));
  out.push_back(',');
  if (date.is_known()) AppendDay(out, date.FirstDay());
  out.push_back(',');
  if (date.is_known()) AppendDay(out, date.LastDay());
  out.push_back(',');
  AppendField(out, s.text());
  out.push_back(',');
  Put(out, QuoteKindName(s.quote()));
  out.push_back(',');
  const EventType& type = s.event_type();
  AppendField(out, type.code);
  out.push_back(',');
  AppendField(out, type.name);
  out.push_back(',');
  if (!type.code.empty()) {
    absl::StatusOr<QuadClass> quad = QuadClassOfCode(type.code);
    if (quad.ok()) Put(out, QuadClassName(*quad));
  }
  out.push_back(',');
  Put(out, PolarityName(OverallPolarity(s)));
  out.push_back(',');
  AppendField(out, s.channel());
  out.push_back(',');
  AppendField(out, s.location());
  out.push_back(',');
  item_.clear();
  const std::vector<absl::string_view> topics = s.topics();
  for (size_t i = 0; i < topics.size(); ++i) {
    if (i > 0) item_.push_back(kArrayDelimiter);
    item_.append(topics[i].data(), topics[i].size());
  }
  AppendField(out, item_);
  out.append(",Statement");
  EndRow(kStatements);

  Link(
      kSaid, [&](std::string& o) { AppendActorId(o, s.speaker()); },
      [&](std::string& o) { AppendStatementId(o, id); }, "SAID");
  for (size_t i = 0; i < s.about().size(); ++i) {
    const ActorId target = s.about()[i];
    std::string& row = Row(kAbout);
    AppendStatementId(row, id);
    row.push_back(',');
    AppendActorId(row, target);
    row.push_back(',');
    AppendUint(row, i);
    row.push_back(',');
    const std::optional<Polarity> stance = s.StanceToward(target);
    if (stance.has_value()) Put(row, PolarityName(*stance));
    row.append(",ABOUT");
    EndRow(kAbout);
  }
  for (size_t i = 0; i < s.reported_by().size(); ++i) {
    const Report& r = s.reported_by()[i];
    std::string& row = Row(kReportedBy);
    AppendStatementId(row, id);
    row.push_back(',');
    AppendActorId(row, r.outlet);
    row.push_back(',');
    AppendUint(row, i);
    row.push_back(',');
    Put(row, ReportKindName(r.kind));
    row.append(",REPORTED_BY");
    EndRow(kReportedBy);
  }
  if (s.source().valid()) {
    std::string& row = Row(kInSource);
    AppendStatementId(row, id);
    row.push_back(',');
    AppendSourceId(row, s.source());
    row.push_back(',');
    const std::optional<TextSpan> span = s.span();
    if (span.has_value()) AppendUint(row, span->begin);
    row.push_back(',');
    if (span.has_value()) AppendUint(row, span->end);
    row.append(",IN_SOURCE");
    EndRow(kInSource);
  }
  for (const StatementLink& link : s.links()) {
    if (!ctx_.selection.Has(link.statement)) continue;
    size_t file = kRefersTo;
    const char* type = ",REFERS_TO";
    if (link.kind == StatementLinkKind::kRespondsTo) {
      file = kRespondsTo;
      type = ",RESPONDS_TO";
    } else if (link.kind == StatementLinkKind::kSameUtterance) {
      file = kSameUtterance;
      type = ",SAME_UTTERANCE";
    }
    std::string& row = Row(file);
    AppendStatementId(row, id);
    row.push_back(',');
    AppendStatementId(row, link.statement);
    row.push_back(',');
    Put(row, PolarityName(link.stance));
    row.append(type);
    EndRow(file);
  }
}

void Neo4jWriter::WriteRelationship(RelationshipId id) {
  const Relationship& r = ctx_.graph.relationship(id);
  std::string& out = Row(kRelationships);
  AppendRelationshipId(out, id);
  out.push_back(',');
  AppendField(out, r.label);
  out.push_back(',');
  AppendField(out, r.key);
  out.push_back(',');
  item_.clear();
  for (size_t i = 0; i < r.label_variants.size(); ++i) {
    if (i > 0) item_.push_back(kArrayDelimiter);
    item_.append(r.label_variants[i]);
  }
  AppendField(out, item_);
  out.append(r.directed ? ",true," : ",false,");
  Put(out, PolarityName(r.polarity));
  out.push_back(',');
  AppendDate(out, r.valid.begin());
  out.push_back(',');
  AppendDate(out, r.valid.end());
  out.append(",Relationship");
  EndRow(kRelationships);

  Link(
      kRelationshipFrom, [&](std::string& o) { AppendRelationshipId(o, id); },
      [&](std::string& o) { AppendActorId(o, r.from); }, "FROM");
  Link(
      kRelationshipTo, [&](std::string& o) { AppendRelationshipId(o, id); },
      [&](std::string& o) { AppendActorId(o, r.to); }, "TO");
  for (const Evidence& e : r.evidence) {
    if (e.statement.valid()) {
      if (!ctx_.selection.Has(e.statement)) continue;
      std::string& row = Row(kEvidence);
      AppendStatementId(row, e.statement);
      row.push_back(',');
      AppendRelationshipId(row, id);
      row.push_back(',');
      Put(row, EvidenceRoleName(e.role));
      row.append(",EVIDENCE_FOR");
      EndRow(kEvidence);
    } else {
      std::string& row = Row(kSourceEvidence);
      AppendSourceId(row, e.source);
      row.push_back(',');
      AppendRelationshipId(row, id);
      row.push_back(',');
      Put(row, EvidenceRoleName(e.role));
      row.append(",EVIDENCE_FOR");
      EndRow(kSourceEvidence);
    }
  }
}

absl::Status Neo4jWriter::Write(AtomicDirectory& dir) {
  const absl::Span<const Neo4jFile> files = Neo4jFiles();
  static_assert(sizeof(kHeaders) / sizeof(kHeaders[0]) == kFileCount);
  for (size_t i = 0; i < kFileCount; ++i) {
    const std::string name(files[i].file_name);
    DIPLOGRAPH_ASSIGN_OR_RETURN(int fd, dir.File(name));
    sinks_.push_back(std::make_unique<ExportSink>(fd, name));
    sinks_.back()->set_progress(ctx_.progress);
    sinks_.back()->Add(kHeaders[i]);
    sinks_.back()->Add('\n');
  }
  const Graph& g = ctx_.graph;
  const ExportSelection& sel = ctx_.selection;
  uint64_t unused = 0;
  uint64_t& records =
      ctx_.progress != nullptr ? ctx_.progress->progress.records : unused;
  for (uint32_t i = 0; i < g.actor_count(); ++i) {
    if (sel.Has(ActorId(i))) WriteActor(ActorId(i)), ++records;
  }
  for (uint32_t i = 0; i < g.source_count(); ++i) {
    if (sel.Has(SourceId(i))) WriteSource(SourceId(i)), ++records;
  }
  for (StatementId id : g.StatementsByDate()) {
    if (sel.Has(id)) WriteStatement(id), ++records;
  }
  for (uint32_t i = 0; i < g.relationship_count(); ++i) {
    if (sel.Has(RelationshipId(i))) {
      WriteRelationship(RelationshipId(i));
      ++records;
    }
  }
  for (auto& sink : sinks_) DIPLOGRAPH_RETURN_IF_ERROR(sink->Finish());

  // The arguments of neo4j-admin, for `neo4j-admin database import full
  // @import.args` run from inside this directory.
  DIPLOGRAPH_ASSIGN_OR_RETURN(int fd, dir.File("import.args"));
  ExportSink args(fd, "import.args");
  args.set_progress(ctx_.progress);
  for (const Neo4jFile& file : files) {
    args.Add(file.is_node_file ? "--nodes=" : "--relationships=");
    args.Add(file.file_name);
    args.Add('\n');
  }
  args.Add("--array-delimiter=;\n--multiline-fields=true\n");
  return args.Finish();
}

}  // namespace

absl::Status WriteNeo4j(const NetworkContext& ctx, AtomicDirectory& dir) {
  Neo4jWriter writer(ctx);
  return writer.Write(dir);
}

}  // namespace diplograph::internal
