// The Parquet export: one directory of tables, the statement tables
// partitioned by year in the Hive manner (statements/year=2014/
// part-0.parquet), for engines that scale past one machine (DuckDB, Spark,
// Trino, BigQuery). The tables and their columns are listed in
// docs/exports.md; ids are the graph's own record numbers, so the tables
// join on them.
//
// Statements are read in date order (Graph::StatementsByDate), so each
// year's partition is written whole before the next one starts, and the
// statement-keyed tables of a year (targets, reports, links, topics) are
// written beside it: the export holds one row group per open table, never
// the whole graph.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "diplograph/actor.h"
#include "diplograph/cameo.h"
#include "diplograph/polarity.h"
#include "diplograph/relationship.h"
#include "diplograph/statement.h"
#include "diplograph/version.h"
#include "io/export_attributes.h"
#include "io/export_formats.h"
#include "io/export_sink.h"
#include "io/parquet_writer.h"
#include "model/date_keys.h"
#include "util/status_macros.h"

namespace diplograph::internal {

namespace {

using T = ParquetType;

constexpr ParquetColumn kActorColumns[] = {
    {"id", T::kInt64, false},         {"name", T::kString, false},
    {"kind", T::kString, false},      {"iso3", T::kString, true},
    {"cameo_code", T::kString, true},
};
constexpr ParquetColumn kAliasColumns[] = {
    {"actor", T::kInt64, false},
    {"alias", T::kString, false},
};
constexpr ParquetColumn kAffiliationColumns[] = {
    {"actor", T::kInt64, false},     {"organization", T::kInt64, false},
    {"role", T::kString, true},      {"valid_from", T::kDate, true},
    {"valid_until", T::kDate, true},
};
constexpr ParquetColumn kSourceColumns[] = {
    {"id", T::kInt64, false},        {"title", T::kString, true},
    {"outlet", T::kInt64, true},     {"date", T::kDate, true},
    {"date_text", T::kString, true}, {"locator", T::kString, true},
};
constexpr ParquetColumn kStatementColumns[] = {
    {"id", T::kInt64, false},
    {"speaker", T::kInt64, false},
    {"date", T::kDate, true},  // the first day of the date's period
    {"date_last", T::kDate, true},
    {"date_text", T::kString, true},  // "2024-11-08", "2024-11", "2024"
    {"date_precision", T::kString, false},
    {"text", T::kString, true},
    {"quote", T::kString, false},
    {"event_code", T::kString, true},
    {"event_name", T::kString, true},
    {"quad_class", T::kString, true},
    {"channel", T::kString, true},
    {"location", T::kString, true},
    {"source", T::kInt64, true},
    {"span_begin", T::kInt64, true},
    {"span_end", T::kInt64, true},
};
constexpr ParquetColumn kTargetColumns[] = {
    {"statement", T::kInt64, false},
    {"position", T::kInt32, false},
    {"target", T::kInt64, false},
    {"stance", T::kString, true},
};
constexpr ParquetColumn kReportColumns[] = {
    {"statement", T::kInt64, false},
    {"position", T::kInt32, false},
    {"outlet", T::kInt64, false},
    {"kind", T::kString, false},
};
constexpr ParquetColumn kLinkColumns[] = {
    {"statement", T::kInt64, false},
    {"linked", T::kInt64, false},
    {"kind", T::kString, false},
    {"stance", T::kString, false},
};
constexpr ParquetColumn kTopicColumns[] = {
    {"statement", T::kInt64, false},
    {"topic", T::kString, false},
};
constexpr ParquetColumn kRelationshipColumns[] = {
    {"id", T::kInt64, false},        {"from", T::kInt64, false},
    {"to", T::kInt64, false},        {"label", T::kString, false},
    {"key", T::kString, true},       {"directed", T::kBool, false},
    {"polarity", T::kString, false}, {"valid_from", T::kDate, true},
    {"valid_until", T::kDate, true},
};
constexpr ParquetColumn kEvidenceColumns[] = {
    {"relationship", T::kInt64, false},
    {"statement", T::kInt64, true},
    {"source", T::kInt64, true},
    {"role", T::kString, false},
};

// One open Parquet file of the directory.
class Table {
 public:
  static absl::StatusOr<std::unique_ptr<Table>> Open(
      AtomicDirectory& dir, const std::string& name,
      absl::Span<const ParquetColumn> columns,
      const ParquetWriteOptions& options, ExportProgressState* progress) {
    DIPLOGRAPH_ASSIGN_OR_RETURN(int fd, dir.File(name));
    auto table = std::unique_ptr<Table>(new Table(fd, name, columns, options));
    table->sink_.set_progress(progress);
    return table;
  }

  ParquetWriter& w() { return writer_; }
  // Counts one exported record (an actor, statement, relationship or
  // source) for the progress reports.
  void CountRecord() { sink_.EndRecord(); }

  absl::Status Close() {
    DIPLOGRAPH_RETURN_IF_ERROR(writer_.Finish());
    return sink_.Finish();
  }

 private:
  Table(int fd, const std::string& name,
        absl::Span<const ParquetColumn> columns,
        const ParquetWriteOptions& options)
      : sink_(fd, name), writer_(columns, sink_, options) {}

  ExportSink sink_;
  ParquetWriter writer_;
};

void OptionalString(ParquetWriter& w, size_t c, absl::string_view v) {
  if (v.empty()) {
    w.Null(c);
  } else {
    w.String(c, v);
  }
}

// Day numbers of an interval's ends; null when open.
void IntervalEnds(ParquetWriter& w, size_t first, const Interval& valid) {
  if (valid.is_open_begin()) {
    w.Null(first);
  } else {
    w.Date(first, FirstDayNumber(valid.begin()));
  }
  if (valid.is_open_end()) {
    w.Null(first + 1);
  } else {
    w.Date(first + 1, LastDayNumber(valid.end()));
  }
}

class ParquetExport {
 public:
  ParquetExport(const NetworkContext& ctx, AtomicDirectory& dir)
      : ctx_(ctx), dir_(dir) {
    options_.zstd_level = ctx.options.parquet_zstd_level;
    options_.created_by = created_by_;
  }

  absl::StatusOr<std::unique_ptr<Table>> Open(
      const std::string& name, absl::Span<const ParquetColumn> columns) {
    return Table::Open(dir_, name, columns, options_, ctx_.progress);
  }

  absl::Status Write();

 private:
  absl::Status WriteActors();
  absl::Status WriteSources();
  absl::Status WriteStatements();
  absl::Status WriteRelationships();
  // Closes the open statement tables of a year, if any.
  absl::Status CloseYear();
  absl::Status OpenYear(const std::string& partition);
  void WriteStatement(StatementId id);

  const NetworkContext& ctx_;
  AtomicDirectory& dir_;
  ParquetWriteOptions options_;
  std::string created_by_ = absl::StrCat("diplograph ", kVersionString);
  std::unique_ptr<Table> statements_, targets_, reports_, links_, topics_;
};

absl::Status ParquetExport::WriteActors() {
  const Graph& g = ctx_.graph;
  DIPLOGRAPH_ASSIGN_OR_RETURN(std::unique_ptr<Table> actors,
                              Open("actors/part-0.parquet", kActorColumns));
  DIPLOGRAPH_ASSIGN_OR_RETURN(std::unique_ptr<Table> aliases,
                              Open("aliases/part-0.parquet", kAliasColumns));
  DIPLOGRAPH_ASSIGN_OR_RETURN(
      std::unique_ptr<Table> affiliations,
      Open("affiliations/part-0.parquet", kAffiliationColumns));
  for (uint32_t i = 0; i < g.actor_count(); ++i) {
    const ActorId id(i);
    if (!ctx_.selection.Has(id)) continue;
    const Actor& a = g.actor(id);
    ParquetWriter& w = actors->w();
    w.Int64(0, i);
    w.String(1, a.name);
    w.String(2, ActorKindName(a.kind));
    OptionalString(w, 3, a.iso3);
    OptionalString(w, 4, a.cameo_code);
    w.EndRow();
    actors->CountRecord();
    for (const std::string& alias : a.aliases) {
      aliases->w().Int64(0, i);
      aliases->w().String(1, alias);
      aliases->w().EndRow();
    }
    for (const Affiliation& af : a.affiliations) {
      if (!AffiliationSelected(ctx_.selection, ctx_.options, af)) continue;
      ParquetWriter& f = affiliations->w();
      f.Int64(0, i);
      f.Int64(1, af.organization.value);
      OptionalString(f, 2, af.role);
      IntervalEnds(f, 3, af.valid);
      f.EndRow();
    }
  }
  DIPLOGRAPH_RETURN_IF_ERROR(actors->Close());
  DIPLOGRAPH_RETURN_IF_ERROR(aliases->Close());
  return affiliations->Close();
}

absl::Status ParquetExport::WriteSources() {
  const Graph& g = ctx_.graph;
  DIPLOGRAPH_ASSIGN_OR_RETURN(std::unique_ptr<Table> sources,
                              Open("sources/part-0.parquet", kSourceColumns));
  std::string date;
  for (uint32_t i = 0; i < g.source_count(); ++i) {
    const SourceId id(i);
    if (!ctx_.selection.Has(id)) continue;
    const Source& src = g.source(id);
    ParquetWriter& w = sources->w();
    w.Int64(0, i);
    OptionalString(w, 1, src.title);
    if (src.outlet.valid()) {
      w.Int64(2, src.outlet.value);
    } else {
      w.Null(2);
    }
    if (src.date.is_known()) {
      w.Date(3, FirstDayNumber(src.date));
      date = src.date.ToString();
      w.String(4, date);
    } else {
      w.Null(3);
      w.Null(4);
    }
    OptionalString(w, 5, src.locator);
    w.EndRow();
    sources->CountRecord();
  }
  return sources->Close();
}

absl::Status ParquetExport::CloseYear() {
  for (std::unique_ptr<Table>* t :
       {&statements_, &targets_, &reports_, &links_, &topics_}) {
    if (*t == nullptr) continue;
    DIPLOGRAPH_RETURN_IF_ERROR((*t)->Close());
    t->reset();
  }
  return absl::OkStatus();
}

absl::Status ParquetExport::OpenYear(const std::string& partition) {
  struct Spec {
    std::unique_ptr<Table>* table;
    const char* name;
    absl::Span<const ParquetColumn> columns;
  };
  const Spec specs[] = {
      {&statements_, "statements", kStatementColumns},
      {&targets_, "targets", kTargetColumns},
      {&reports_, "reports", kReportColumns},
      {&links_, "links", kLinkColumns},
      {&topics_, "topics", kTopicColumns},
  };
  for (const Spec& s : specs) {
    DIPLOGRAPH_ASSIGN_OR_RETURN(
        *s.table, Open(absl::StrCat(s.name, "/", partition, "/part-0.parquet"),
                       s.columns));
  }
  return absl::OkStatus();
}

void ParquetExport::WriteStatement(StatementId id) {
  const StatementView s = ctx_.graph.statement(id);
  ParquetWriter& w = statements_->w();
  w.Int64(0, id.value);
  w.Int64(1, s.speaker().value);
  const Date date = s.date();
  if (date.is_known()) {
    w.Date(2, FirstDayNumber(date));
    w.Date(3, LastDayNumber(date));
    w.String(4, date.ToString());
  } else {
    w.Null(2);
    w.Null(3);
    w.Null(4);
  }
  w.String(5, DatePrecisionName(date.precision()));
  OptionalString(w, 6, s.text());
  w.String(7, QuoteKindName(s.quote()));
  const EventType& type = s.event_type();
  OptionalString(w, 8, type.code);
  OptionalString(w, 9, type.name);
  std::optional<QuadClass> quad;
  if (!type.code.empty()) {
    absl::StatusOr<QuadClass> q = QuadClassOfCode(type.code);
    if (q.ok()) quad = *q;
  }
  if (quad.has_value()) {
    w.String(10, QuadClassName(*quad));
  } else {
    w.Null(10);
  }
  OptionalString(w, 11, s.channel());
  OptionalString(w, 12, s.location());
  if (s.source().valid()) {
    w.Int64(13, s.source().value);
  } else {
    w.Null(13);
  }
  const std::optional<TextSpan> span = s.span();
  if (span.has_value()) {
    w.Int64(14, span->begin);
    w.Int64(15, span->end);
  } else {
    w.Null(14);
    w.Null(15);
  }
  w.EndRow();
  statements_->CountRecord();

  const absl::Span<const ActorId> about = s.about();
  for (size_t i = 0; i < about.size(); ++i) {
    ParquetWriter& t = targets_->w();
    t.Int64(0, id.value);
    t.Int32(1, static_cast<int32_t>(i));
    t.Int64(2, about[i].value);
    const std::optional<Polarity> stance = s.StanceToward(about[i]);
    if (stance.has_value()) {
      t.String(3, PolarityName(*stance));
    } else {
      t.Null(3);
    }
    t.EndRow();
  }
  const absl::Span<const Report> reports = s.reported_by();
  for (size_t i = 0; i < reports.size(); ++i) {
    ParquetWriter& r = reports_->w();
    r.Int64(0, id.value);
    r.Int32(1, static_cast<int32_t>(i));
    r.Int64(2, reports[i].outlet.value);
    r.String(3, ReportKindName(reports[i].kind));
    r.EndRow();
  }
  for (const StatementLink& link : s.links()) {
    if (!ctx_.selection.Has(link.statement)) continue;
    ParquetWriter& l = links_->w();
    l.Int64(0, id.value);
    l.Int64(1, link.statement.value);
    l.String(2, StatementLinkKindName(link.kind));
    l.String(3, PolarityName(link.stance));
    l.EndRow();
  }
  for (absl::string_view topic : s.topics()) {
    topics_->w().Int64(0, id.value);
    topics_->w().String(1, topic);
    topics_->w().EndRow();
  }
}

absl::Status ParquetExport::WriteStatements() {
  // Hive's name for the partition of rows whose key is null.
  constexpr char kNullPartition[] = "year=__HIVE_DEFAULT_PARTITION__";
  int open_year = -1;  // 0: the null partition
  for (StatementId id : ctx_.graph.StatementsByDate()) {
    if (!ctx_.selection.Has(id)) continue;
    const int year = ctx_.graph.statement(id).date().year();
    if (year != open_year) {
      DIPLOGRAPH_RETURN_IF_ERROR(CloseYear());
      DIPLOGRAPH_RETURN_IF_ERROR(OpenYear(year == 0
                                              ? std::string(kNullPartition)
                                              : absl::StrCat("year=", year)));
      open_year = year;
    }
    WriteStatement(id);
  }
  if (open_year == -1) {
    // No statement: empty tables still give readers the columns.
    DIPLOGRAPH_RETURN_IF_ERROR(OpenYear(kNullPartition));
  }
  return CloseYear();
}

absl::Status ParquetExport::WriteRelationships() {
  const Graph& g = ctx_.graph;
  DIPLOGRAPH_ASSIGN_OR_RETURN(
      std::unique_ptr<Table> relationships,
      Open("relationships/part-0.parquet", kRelationshipColumns));
  DIPLOGRAPH_ASSIGN_OR_RETURN(
      std::unique_ptr<Table> evidence,
      Open("evidence/part-0.parquet", kEvidenceColumns));
  for (uint32_t i = 0; i < g.relationship_count(); ++i) {
    const RelationshipId id(i);
    if (!ctx_.selection.Has(id)) continue;
    const Relationship& r = g.relationship(id);
    ParquetWriter& w = relationships->w();
    w.Int64(0, i);
    w.Int64(1, r.from.value);
    w.Int64(2, r.to.value);
    w.String(3, r.label);
    OptionalString(w, 4, r.key);
    w.Bool(5, r.directed);
    w.String(6, PolarityName(r.polarity));
    IntervalEnds(w, 7, r.valid);
    w.EndRow();
    relationships->CountRecord();
    for (const Evidence& e : r.evidence) {
      if (e.statement.valid() && !ctx_.selection.Has(e.statement)) continue;
      if (!e.statement.valid() && !ctx_.selection.Has(e.source)) continue;
      ParquetWriter& v = evidence->w();
      v.Int64(0, i);
      if (e.statement.valid()) {
        v.Int64(1, e.statement.value);
      } else {
        v.Null(1);
      }
      if (e.source.valid()) {
        v.Int64(2, e.source.value);
      } else {
        v.Null(2);
      }
      v.String(3, EvidenceRoleName(e.role));
      v.EndRow();
    }
  }
  DIPLOGRAPH_RETURN_IF_ERROR(relationships->Close());
  return evidence->Close();
}

absl::Status ParquetExport::Write() {
  DIPLOGRAPH_RETURN_IF_ERROR(WriteActors());
  DIPLOGRAPH_RETURN_IF_ERROR(WriteSources());
  DIPLOGRAPH_RETURN_IF_ERROR(WriteStatements());
  return WriteRelationships();
}

}  // namespace

absl::Status WriteParquet(const NetworkContext& ctx, AtomicDirectory& dir) {
  ParquetExport exporter(ctx, dir);
  return exporter.Write();
}

}  // namespace diplograph::internal
