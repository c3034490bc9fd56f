// The Neo4j export: CSV files for `neo4j-admin database import full`, with
// typed headers (:ID(space), :START_ID, :END_ID, :LABEL, :TYPE, int, date,
// boolean, string[]). Statements, sources and relationships are nodes (a
// Neo4j relationship cannot point at a relationship); the files and columns
// are listed in docs/exports.md and by Neo4jFiles().

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <memory>
#include <optional>
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

// One row of a file: fields appended in the order of the file's header,
// separated by commas, and ended by the file's label or type (Neo4jFiles()),
// so that the header and Neo4jFiles() describe every row. End() checks that
// the row has as many fields as the header has columns.
class CsvRow {
 public:
  // `item` is scratch space for List().
  CsvRow(ExportSink& sink, const Neo4jFile& file, size_t columns,
         std::string& item)
      : sink_(sink),
        out_(sink.buffer()),
        file_(file),
        columns_(columns),
        item_(item) {}

  CsvRow& Id(ActorId id) { return AppendId(AppendActorId, id); }
  CsvRow& Id(StatementId id) { return AppendId(AppendStatementId, id); }
  CsvRow& Id(SourceId id) { return AppendId(AppendSourceId, id); }
  CsvRow& Id(RelationshipId id) { return AppendId(AppendRelationshipId, id); }
  // Text from the graph, quoted as needed.
  CsvRow& Text(absl::string_view text) {
    AppendField(Next(), text);
    return *this;
  }
  // One of the library's names ("cooperative"), which needs no quoting.
  CsvRow& Name(absl::string_view name) {
    Put(Next(), name);
    return *this;
  }
  // The ISO date, empty when unknown.
  CsvRow& IsoDate(Date date) {
    AppendDate(Next(), date);
    return *this;
  }
  // The first or last day of the date's period, empty when unknown.
  CsvRow& FirstDay(Date date) {
    std::string& out = Next();
    if (date.is_known()) AppendDay(out, date.FirstDay());
    return *this;
  }
  CsvRow& LastDay(Date date) {
    std::string& out = Next();
    if (date.is_known()) AppendDay(out, date.LastDay());
    return *this;
  }
  CsvRow& Number(std::optional<uint64_t> value) {
    std::string& out = Next();
    if (value.has_value()) AppendUint(out, *value);
    return *this;
  }
  // A string[] column.
  template <typename Range>
  CsvRow& List(const Range& items) {
    item_.clear();
    AppendJoined(item_, items, absl::string_view(&kArrayDelimiter, 1));
    return Text(item_);
  }
  // Appends the label or type, then `extra_label` as a second label when
  // not empty, and ends the line.
  void End(absl::string_view extra_label = {}) {
    Put(Next(), file_.label_or_type);
    if (!extra_label.empty()) {
      out_.push_back(kArrayDelimiter);
      Put(out_, extra_label);
    }
    out_.push_back('\n');
    assert(fields_ == columns_);
    sink_.MaybeFlush();
  }

 private:
  std::string& Next() {
    if (fields_++ > 0) out_.push_back(',');
    return out_;
  }
  template <typename Append, typename IdType>
  CsvRow& AppendId(Append append, IdType id) {
    append(Next(), id);
    return *this;
  }

  ExportSink& sink_;
  std::string& out_;
  const Neo4jFile& file_;
  size_t columns_;
  size_t fields_ = 0;
  std::string& item_;
};

class Neo4jWriter {
 public:
  explicit Neo4jWriter(const NetworkContext& ctx) : ctx_(ctx) {}

  absl::Status Write(AtomicDirectory& dir);

 private:
  CsvRow Row(size_t file) {
    return CsvRow(*sinks_[file], Neo4jFiles()[file], columns_[file], item_);
  }
  // A relationship row with no properties.
  template <typename Start, typename End>
  void Link(size_t file, Start start, End end) {
    Row(file).Id(start).Id(end).End();
  }

  void WriteActor(ActorId id);
  void WriteSource(SourceId id);
  void WriteStatement(StatementId id);
  void WriteRelationship(RelationshipId id);

  const NetworkContext& ctx_;
  std::vector<std::unique_ptr<ExportSink>> sinks_;
  std::vector<size_t> columns_;  // of each file's header
  std::string item_;
};

void Neo4jWriter::WriteActor(ActorId id) {
  const Actor& a = ctx_.graph.actor(id);
  Row(kActors)
      .Id(id)
      .Text(a.name)
      .Name(ActorKindName(a.kind))
      .Text(a.iso3)
      .Text(a.cameo_code)
      .List(a.aliases)
      .End(KindLabel(a.kind));
  for (const Affiliation& af : a.affiliations) {
    if (!AffiliationSelected(ctx_.selection, ctx_.options, af)) continue;
    Row(kAffiliatedWith)
        .Id(id)
        .Id(af.organization)
        .Text(af.role)
        .IsoDate(af.valid.begin())
        .IsoDate(af.valid.end())
        .End();
  }
}

void Neo4jWriter::WriteSource(SourceId id) {
  const Source& src = ctx_.graph.source(id);
  Row(kSources)
      .Id(id)
      .Text(src.title)
      .IsoDate(src.date)
      .Text(src.locator)
      .End();
  if (src.outlet.valid()) Link(kPublishedBy, id, src.outlet);
}

void Neo4jWriter::WriteStatement(StatementId id) {
  const StatementView s = ctx_.graph.statement(id);
  const Date date = s.date();
  const EventType& type = s.event_type();
  absl::string_view quad_class;
  if (!type.code.empty()) {
    absl::StatusOr<QuadClass> quad = QuadClassOfCode(type.code);
    if (quad.ok()) quad_class = QuadClassName(*quad);
  }
  Row(kStatements)
      .Id(id)
      .IsoDate(date)
      .Name(DatePrecisionName(date.precision()))
      .FirstDay(date)
      .LastDay(date)
      .Text(s.text())
      .Name(QuoteKindName(s.quote()))
      .Text(type.code)
      .Text(type.name)
      .Name(quad_class)
      .Name(PolarityName(OverallPolarity(s)))
      .Text(s.channel())
      .Text(s.location())
      .List(s.topics())
      .End();

  Link(kSaid, s.speaker(), id);
  for (size_t i = 0; i < s.about().size(); ++i) {
    const ActorId target = s.about()[i];
    const std::optional<Polarity> stance = s.StanceToward(target);
    Row(kAbout)
        .Id(id)
        .Id(target)
        .Number(i)
        .Name(stance.has_value() ? PolarityName(*stance) : "")
        .End();
  }
  for (size_t i = 0; i < s.reported_by().size(); ++i) {
    const Report& r = s.reported_by()[i];
    Row(kReportedBy)
        .Id(id)
        .Id(r.outlet)
        .Number(i)
        .Name(ReportKindName(r.kind))
        .End();
  }
  if (s.source().valid()) {
    const std::optional<TextSpan> span = s.span();
    Row(kInSource)
        .Id(id)
        .Id(s.source())
        .Number(span.has_value() ? std::optional<uint64_t>(span->begin)
                                 : std::nullopt)
        .Number(span.has_value() ? std::optional<uint64_t>(span->end)
                                 : std::nullopt)
        .End();
  }
  for (const StatementLink& link : s.links()) {
    if (!ctx_.selection.Has(link.statement)) continue;
    size_t file = kRefersTo;
    if (link.kind == StatementLinkKind::kRespondsTo) {
      file = kRespondsTo;
    } else if (link.kind == StatementLinkKind::kSameUtterance) {
      file = kSameUtterance;
    }
    Row(file).Id(id).Id(link.statement).Name(PolarityName(link.stance)).End();
  }
}

void Neo4jWriter::WriteRelationship(RelationshipId id) {
  const Relationship& r = ctx_.graph.relationship(id);
  Row(kRelationships)
      .Id(id)
      .Text(r.label)
      .Text(r.key)
      .List(r.label_variants)
      .Name(r.directed ? "true" : "false")
      .Name(PolarityName(r.polarity))
      .IsoDate(r.valid.begin())
      .IsoDate(r.valid.end())
      .End();

  Link(kRelationshipFrom, id, r.from);
  Link(kRelationshipTo, id, r.to);
  for (const Evidence& e : r.evidence) {
    if (e.statement.valid()) {
      if (!ctx_.selection.Has(e.statement)) continue;
      Row(kEvidence)
          .Id(e.statement)
          .Id(id)
          .Name(EvidenceRoleName(e.role))
          .End();
    } else {
      Row(kSourceEvidence)
          .Id(e.source)
          .Id(id)
          .Name(EvidenceRoleName(e.role))
          .End();
    }
  }
}

absl::Status Neo4jWriter::Write(AtomicDirectory& dir) {
  const absl::Span<const Neo4jFile> files = Neo4jFiles();
  static_assert(sizeof(kHeaders) / sizeof(kHeaders[0]) == kFileCount);
  for (size_t i = 0; i < kFileCount; ++i) {
    columns_.push_back(1 + static_cast<size_t>(std::count(
                               kHeaders[i].begin(), kHeaders[i].end(), ',')));
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
