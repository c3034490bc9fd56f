// Subcommands that ask about statements and actors: `stats`, `actors`,
// `query`, `timeline`, `asof`, `history` and `aggregate`.

#include <algorithm>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "cli.h"
#include "diplograph/aggregates.h"
#include "diplograph/as_of.h"
#include "diplograph/cameo.h"
#include "diplograph/relationship_history.h"
#include "diplograph/statement_format.h"
#include "diplograph/timeline.h"

namespace diplograph::cli {
namespace {

absl::StatusOr<QuadClass> ParseQuad(absl::string_view text);
absl::Status ResolvePair(Session& s, absl::string_view flag,
                         absl::string_view text, ActorId* a, ActorId* b);

}  // namespace

// ---------------------------------------------------------------------
// Statement filters, shared by query and aggregate.

void AddFilterFlags(CLI::App& c, FilterFlags& f, const std::string& by_flag) {
  c.add_option(by_flag, f.by, "statements spoken by this actor")
      ->type_name("ACTOR");
  c.add_option("--about", f.about, "statements about this actor")
      ->type_name("ACTOR");
  c.add_option("--involving", f.involving, "statements by or about this actor")
      ->type_name("ACTOR");
  c.add_option("--between", f.between,
               "statements by one about the other, either way")
      ->type_name("A,B");
  c.add_flag("--with-affiliates", f.with_affiliates,
             "actors stand for their ministries, officials and members too");
  c.add_option("--affiliate-sides", f.affiliate_sides,
               "expand affiliates on one side only (implies "
               "--with-affiliates)")
      ->check(CLI::IsMember({"speaker", "target", "both"}));
  c.add_option("--during", f.during,
               "date window: 2014-01/2014-06, 2014, 2024-11-08/..")
      ->type_name("INTERVAL");
  c.add_option("--code", f.code, "CAMEO event code or prefix: 051, 11*")
      ->type_name("PATTERN");
  c.add_option("--quad", f.quad,
               "quad class: verbal-cooperation, material-cooperation, "
               "verbal-conflict, material-conflict");
  c.add_option("--polarity", f.polarity,
               "overall stance: cooperative, neutral, conflictual");
  c.add_option("--topic", f.topic, "statements with this topic");
  c.add_option("--label", f.label,
               "statements that are evidence for a relationship with this "
               "label");
  c.add_option("--text", f.text, "statements whose text contains this");
}

namespace {

absl::StatusOr<QuadClass> ParseQuad(absl::string_view text) {
  std::string t = absl::AsciiStrToLower(text);
  std::replace(t.begin(), t.end(), '-', '_');
  std::replace(t.begin(), t.end(), ' ', '_');
  for (QuadClass q :
       {QuadClass::kVerbalCooperation, QuadClass::kMaterialCooperation,
        QuadClass::kVerbalConflict, QuadClass::kMaterialConflict}) {
    if (t == QuadClassName(q) || t == absl::StrCat(static_cast<int>(q))) {
      return q;
    }
  }
  return UsageError(absl::StrCat(
      "--quad: \"", EscapeCut(text, 40),
      "\" is not a quad class (verbal-cooperation, material-cooperation, "
      "verbal-conflict, material-conflict, or 1-4)"));
}

// Two actors from "A,B". A name may hold commas: every split is tried, and
// the first whose halves both name an actor wins.
absl::Status ResolvePair(Session& s, absl::string_view flag,
                         absl::string_view text, ActorId* a, ActorId* b) {
  absl::Status first_error;
  bool any_split = false;
  for (size_t comma = text.find(','); comma != absl::string_view::npos;
       comma = text.find(',', comma + 1)) {
    any_split = true;
    absl::StatusOr<ActorId> x =
        s.Resolve(absl::StripAsciiWhitespace(text.substr(0, comma)));
    absl::StatusOr<ActorId> y =
        s.Resolve(absl::StripAsciiWhitespace(text.substr(comma + 1)));
    if (x.ok() && y.ok()) {
      *a = *x;
      *b = *y;
      return absl::OkStatus();
    }
    if (first_error.ok()) first_error = x.ok() ? y.status() : x.status();
  }
  if (!any_split) {
    return UsageError(absl::StrCat(flag, ": give two actors as A,B"));
  }
  return first_error;
}

}  // namespace

absl::Status ApplyFilters(Session& s, const FilterFlags& f, StatementQuery& q) {
  int relations = !f.involving.empty() + !f.between.empty() +
                  (!f.by.empty() || !f.about.empty());
  if (relations > 1) {
    return UsageError(
        "--involving, --between and --by/--about exclude each other");
  }
  if (!f.by.empty()) {
    absl::StatusOr<ActorId> id = s.Resolve(f.by);
    if (!id.ok()) return id.status();
    q.By(*id);
  }
  if (!f.about.empty()) {
    absl::StatusOr<ActorId> id = s.Resolve(f.about);
    if (!id.ok()) return id.status();
    q.About(*id);
  }
  if (!f.involving.empty()) {
    absl::StatusOr<ActorId> id = s.Resolve(f.involving);
    if (!id.ok()) return id.status();
    q.Involving(*id);
  }
  if (!f.between.empty()) {
    ActorId a, b;
    if (absl::Status st = ResolvePair(s, "--between", f.between, &a, &b);
        !st.ok()) {
      return st;
    }
    q.Between(a, b);
  }
  if (f.affiliate_sides == "speaker") {
    q.WithAffiliates(AffiliateSides::kSpeaker);
  } else if (f.affiliate_sides == "target") {
    q.WithAffiliates(AffiliateSides::kTarget);
  } else if (f.with_affiliates || f.affiliate_sides == "both") {
    q.WithAffiliates(AffiliateSides::kBoth);
  }
  if (!f.during.empty()) {
    absl::StatusOr<Interval> w = ParseIntervalFlag("--during", f.during);
    if (!w.ok()) return w.status();
    q.During(*w);
  }
  if (!f.code.empty()) q.EventCode(f.code);
  if (!f.quad.empty()) {
    absl::StatusOr<QuadClass> quad = ParseQuad(f.quad);
    if (!quad.ok()) return quad.status();
    q.InQuadClass(*quad);
  }
  if (!f.polarity.empty()) {
    absl::StatusOr<Polarity> p =
        ParsePolarity(absl::AsciiStrToLower(f.polarity));
    if (!p.ok()) {
      return UsageError(absl::StrCat(
          "--polarity: \"", EscapeCut(f.polarity, 40),
          "\" is not a polarity (cooperative, neutral, conflictual)"));
    }
    q.WithPolarity(*p);
  }
  if (!f.topic.empty()) q.WithTopic(f.topic);
  if (!f.label.empty()) q.SupportingRelationship(f.label);
  if (!f.text.empty()) q.TextContains(f.text);
  return absl::OkStatus();
}

namespace {

// A query error from the library (a malformed --code pattern, say) is a
// usage error.
absl::Status QueryError(const absl::Status& s) {
  if (s.code() == absl::StatusCode::kInvalidArgument) {
    return UsageError(s.message());
  }
  return s;
}

// ---------------------------------------------------------------------
// Statements as table rows.

std::string RelayChain(const Graph& g, const StatementView& s) {
  std::vector<std::string> parts;
  for (const Report& r : s.reported_by()) {
    parts.push_back(
        absl::StrCat(ReportKindName(r.kind), " by ", ActorName(g, r.outlet)));
  }
  return absl::StrJoin(parts, "; ");
}

std::string Targets(const Graph& g, const StatementView& s) {
  std::vector<std::string> names;
  for (ActorId a : s.about()) names.push_back(ActorName(g, a));
  return absl::StrJoin(names, "; ");
}

std::string SourceText(const Graph& g, const StatementView& s) {
  if (!s.source().valid()) return "";
  const Source& src = g.source(s.source());
  if (src.title.empty()) return src.locator;
  if (src.locator.empty()) return src.title;
  return absl::StrCat(src.title, " [", src.locator, "]");
}

const std::vector<std::string>& StatementColumns() {
  static const auto* columns = new std::vector<std::string>{
      "id",   "date", "speaker", "speaker_roles", "about",   "quote",
      "text", "code", "event",   "channel",       "relayed", "source"};
  return *columns;
}

std::vector<Cell> StatementRow(const Graph& g, StatementId id) {
  const StatementView s = g.statement(id);
  const std::string with_roles = ActorWithRoles(g, s.speaker(), s.date());
  const std::string& name = g.actor(s.speaker()).name;
  std::string roles;
  if (with_roles.size() > name.size() + 3) {
    roles =
        with_roles.substr(name.size() + 2, with_roles.size() - name.size() - 3);
  }
  return {Cell::Integer(id.value),
          s.date().is_known() ? s.date().ToString() : "",
          name,
          roles,
          Targets(g, s),
          QuoteKindName(s.quote()),
          s.text(),
          s.event_type().code,
          s.event_type().name,
          s.channel(),
          RelayChain(g, s),
          SourceText(g, s)};
}

// "Mao Ning (spokesperson of ...)", the text quoted or marked as a
// paraphrase: a short form for timeline rows.
std::string SaidText(const StatementView& s) {
  return s.quote() == QuoteKind::kDirectQuote
             ? absl::StrCat("\"", s.text(), "\"")
             : absl::StrCat("(paraphrase) ", s.text());
}

// ---------------------------------------------------------------------
// query

struct QueryFlags {
  GraphFlags graph;
  FilterFlags filter;
  size_t limit = 50;
  std::string after;
  bool count = false;
};

std::string TokenText(const PageToken& t) {
  return absl::StrCat(t.date_key, ":", t.last.value);
}

absl::StatusOr<PageToken> ParseToken(absl::string_view text) {
  std::vector<absl::string_view> parts = absl::StrSplit(text, ':');
  PageToken t;
  uint32_t id = 0;
  if (parts.size() != 2 || !absl::SimpleAtoi(parts[0], &t.date_key) ||
      !absl::SimpleAtoi(parts[1], &id)) {
    return UsageError(absl::StrCat("--after: \"", EscapeCut(text, 40),
                                   "\" is not a page token (as printed after "
                                   "the last page: --after KEY:ID)"));
  }
  t.started = true;
  t.last = StatementId(id);
  return t;
}

int RunQuery(const QueryFlags& flags) {
  absl::StatusOr<std::unique_ptr<Session>> session = Session::Open(flags.graph);
  if (!session.ok()) return Fail(session.status());
  Session& s = **session;
  const Graph& g = s.graph();
  StatementQuery q(g);
  if (absl::Status st = ApplyFilters(s, flags.filter, q); !st.ok()) {
    return Fail(st);
  }
  if (flags.count) {
    absl::StatusOr<size_t> n = q.Count();
    if (!n.ok()) return Fail(QueryError(n.status()));
    std::cout << *n << "\n";
    return *n > 0 ? kExitOk : kExitBadInput;
  }
  PageToken after;
  if (!flags.after.empty()) {
    absl::StatusOr<PageToken> t = ParseToken(flags.after);
    if (!t.ok()) return Fail(t.status());
    after = *t;
  }
  const size_t limit = flags.limit == 0 ? g.statement_count() + 1 : flags.limit;
  absl::StatusOr<StatementPage> page = q.Page(limit, after);
  if (!page.ok()) return Fail(QueryError(page.status()));
  if (s.format() == Format::kText) {
    for (size_t i = 0; i < page->ids.size(); ++i) {
      if (i > 0) std::cout << "\n";
      std::cout << StatementBlock(g, page->ids[i]);
    }
    if (page->ids.empty()) std::cout << "no statements match\n";
  } else {
    Table t{.name = "statements", .columns = StatementColumns()};
    for (StatementId id : page->ids) t.rows.push_back(StatementRow(g, id));
    WriteTables({t}, s.format(), std::cout);
  }
  if (page->has_more) {
    std::cerr << "more statements match; next page: --after "
              << TokenText(page->next) << "\n";
  }
  return page->ids.empty() ? kExitBadInput : kExitOk;
}

// ---------------------------------------------------------------------
// stats

struct StatsFlags {
  GraphFlags graph;
  size_t top = 10;
};

int RunStats(const StatsFlags& flags) {
  absl::StatusOr<std::unique_ptr<Session>> session = Session::Open(flags.graph);
  if (!session.ok()) return Fail(session.status());
  Session& s = **session;
  const Graph& g = s.graph();
  StatementQuery all(g);

  Table counts{.name = "counts", .columns = {"what", "count"}};
  counts.rows.push_back({"actors", Cell::Integer(g.actor_count())});
  counts.rows.push_back({"statements", Cell::Integer(g.statement_count())});
  counts.rows.push_back(
      {"relationships", Cell::Integer(g.relationship_count())});
  counts.rows.push_back({"sources", Cell::Integer(g.source_count())});
  counts.rows.push_back({"events", Cell::Integer(g.event_count())});
  Date first, last;
  uint64_t undated = 0;
  for (StatementId id : g.StatementsByDate()) {
    const Date d = g.statement(id).date();
    if (!d.is_known()) {
      ++undated;
      continue;
    }
    if (!first.is_known()) first = d;
    break;
  }
  const auto by_date = g.StatementsByDate();
  for (auto it = by_date.rbegin(); it != by_date.rend(); ++it) {
    const Date d = g.statement(*it).date();
    if (d.is_known()) {
      last = d;
      break;
    }
  }
  counts.rows.push_back({"undated statements", Cell::Integer(undated)});
  Table range{.name = "date range", .columns = {"first", "last"}};
  if (first.is_known()) {
    range.rows.push_back({first.ToString(), last.ToString()});
  }

  Table speakers{.name = "top speakers",
                 .columns = {"rank", "speaker", "statements"}};
  absl::StatusOr<std::vector<AggregateRow>> top =
      TopGroups(all, GroupBy::kSpeaker, flags.top);
  if (!top.ok()) return Fail(top.status());
  for (size_t i = 0; i < top->size(); ++i) {
    speakers.rows.push_back({Cell::Integer(i + 1),
                             GroupName(g, (*top)[i].group),
                             Cell::Integer((*top)[i].count)});
  }
  Table years{.name = "statements per year", .columns = {"year", "statements"}};
  absl::StatusOr<AggregateTable> per_year =
      Aggregate(all, Period::kYear, GroupBy::kNone);
  if (!per_year.ok()) return Fail(per_year.status());
  for (const AggregateRow& r : per_year->rows) {
    years.rows.push_back({r.period.ToString(), Cell::Integer(r.count)});
  }
  Table quads{.name = "statements by quad class",
              .columns = {"quad_class", "statements"}};
  absl::StatusOr<AggregateTable> per_quad =
      Aggregate(all, Period::kAll, GroupBy::kQuadClass);
  if (!per_quad.ok()) return Fail(per_quad.status());
  for (const AggregateRow& r : per_quad->rows) {
    quads.rows.push_back({r.group.quad_class
                              ? std::string(QuadClassName(*r.group.quad_class))
                              : std::string("uncoded or other"),
                          Cell::Integer(r.count)});
  }
  Table codes{.name = "top event codes",
              .columns = {"code", "event", "statements"}};
  absl::StatusOr<std::vector<AggregateRow>> top_codes =
      TopGroups(all, GroupBy::kEventCode, flags.top);
  if (!top_codes.ok()) return Fail(top_codes.status());
  for (const AggregateRow& r : *top_codes) {
    absl::StatusOr<CameoCode> c = LookupCameoCode(r.group.code);
    codes.rows.push_back({r.group.code.empty() ? "(uncoded)" : r.group.code,
                          c.ok() ? std::string(c->name) : "",
                          Cell::Integer(r.count)});
  }
  WriteTables({counts, range, speakers, years, quads, codes}, s.format(),
              std::cout);
  return kExitOk;
}

// ---------------------------------------------------------------------
// actors

struct ActorsFlags {
  GraphFlags graph;
  std::string query;
  std::string at;
  size_t limit = 20;
};

std::string RolesText(const Graph& g, ActorId a, std::optional<Date> at) {
  std::vector<std::string> parts;
  if (at.has_value()) {
    absl::StatusOr<std::vector<Affiliation>> roles = RolesOn(g, a, *at);
    if (roles.ok()) {
      for (const Affiliation& f : *roles) {
        parts.push_back(
            absl::StrCat(f.role, " of ", ActorName(g, f.organization)));
      }
    }
  } else {
    for (const Affiliation& f : g.actor(a).affiliations) {
      parts.push_back(absl::StrCat(f.role, " of ", ActorName(g, f.organization),
                                   " ", f.valid.ToString()));
    }
  }
  return absl::StrJoin(parts, "; ");
}

int RunActors(const ActorsFlags& flags) {
  absl::StatusOr<std::unique_ptr<Session>> session = Session::Open(flags.graph);
  if (!session.ok()) return Fail(session.status());
  Session& s = **session;
  const Graph& g = s.graph();
  std::optional<Date> at;
  if (!flags.at.empty()) {
    absl::StatusOr<Date> d = ParseDateFlag("--at", flags.at);
    if (!d.ok()) return Fail(d.status());
    at = *d;
  }
  if (flags.query.size() > 4096) {
    return Fail(absl::InvalidArgumentError(
        absl::StrCat("search text of ", flags.query.size(),
                     " bytes is too long (at most 4096)")));
  }
  Table t{.name = at ? absl::StrCat("actors, roles on ", at->ToString())
                     : std::string("actors"),
          .columns = {"id", "name", "matched", "kind", "iso3", "cameo",
                      at ? "roles" : "affiliations", "said", "about"}};
  ActorSearchIndex index(g);
  std::vector<ActorId> found;
  std::vector<std::string> matched;
  for (const ActorMatch& m : index.Search(flags.query, flags.limit)) {
    found.push_back(m.actor);
    matched.push_back(m.is_alias ? std::string(m.name) : "");
  }
  if (found.empty()) {
    // Titles, places and demonyms: "the Russian president" on a date.
    absl::StatusOr<ActorId> id = s.Resolve(flags.query, at.value_or(Date()));
    if (id.ok()) {
      found.push_back(*id);
      matched.push_back(flags.query);
    }
  }
  for (size_t i = 0; i < found.size(); ++i) {
    const Actor& a = g.actor(found[i]);
    t.rows.push_back({Cell::Integer(found[i].value), a.name, matched[i],
                      ActorKindName(a.kind), a.iso3, a.cameo_code,
                      RolesText(g, found[i], at),
                      Cell::Integer(g.StatementsBy(found[i]).size()),
                      Cell::Integer(g.StatementsAbout(found[i]).size())});
  }
  if (t.rows.empty()) {
    std::cerr << "diplograph: no actor matches \"" << EscapeCut(flags.query, 80)
              << "\"\n";
    return kExitBadInput;
  }
  WriteTables({t}, s.format(), std::cout);
  return kExitOk;
}

// ---------------------------------------------------------------------
// timeline

struct TimelineFlags {
  GraphFlags graph;
  std::string a, b;
  std::string during;
  bool with_affiliates = false;
  size_t limit = 0;
};

int RunTimeline(const TimelineFlags& flags) {
  absl::StatusOr<std::unique_ptr<Session>> session = Session::Open(flags.graph);
  if (!session.ok()) return Fail(session.status());
  Session& s = **session;
  const Graph& g = s.graph();
  Interval window;
  if (!flags.during.empty()) {
    absl::StatusOr<Interval> w = ParseIntervalFlag("--during", flags.during);
    if (!w.ok()) return Fail(w.status());
    window = *w;
  }
  absl::StatusOr<ActorId> a = s.Resolve(flags.a);
  if (!a.ok()) return Fail(a.status());
  absl::StatusOr<ActorId> b = s.Resolve(flags.b);
  if (!b.ok()) return Fail(b.status());
  if (*a == *b) {
    return Fail(UsageError(absl::StrCat("timeline: \"", flags.a, "\" and \"",
                                        flags.b, "\" name the same actor")));
  }
  absl::StatusOr<PairTimeline> timeline = PairTimeline::Make(
      g, *a, *b, window,
      flags.with_affiliates ? AffiliateSides::kBoth : AffiliateSides::kNone);
  if (!timeline.ok()) return Fail(timeline.status());
  Table t{.name = absl::StrCat("timeline of ", ActorName(g, *a), " and ",
                               ActorName(g, *b)),
          .columns = {"date", "entry", "speaker", "about", "event", "what",
                      "relayed"}};
  // The statement of each row (invalid for relationship changes), for the
  // text form.
  std::vector<StatementId> statements;
  for (const TimelineEntry& e : *timeline) {
    if (flags.limit > 0 && t.rows.size() >= flags.limit) break;
    const std::string date = e.date.is_known() ? e.date.ToString() : "";
    statements.push_back(
        e.kind == TimelineEntryKind::kStatement ? e.statement : StatementId());
    if (e.kind == TimelineEntryKind::kStatement) {
      const StatementView st = g.statement(e.statement);
      t.rows.push_back({date, "statement",
                        ActorWithRoles(g, st.speaker(), st.date()),
                        Targets(g, st),
                        absl::StrCat(st.event_type().code,
                                     st.event_type().code.empty() ? "" : " ",
                                     st.event_type().name),
                        SaidText(st), RelayChain(g, st)});
      continue;
    }
    const Relationship& r = g.relationship(e.relationship);
    std::string entry =
        e.kind == TimelineEntryKind::kRelationshipBegins ? "relationship begins"
        : e.kind == TimelineEntryKind::kRelationshipEnds
            ? "relationship ends"
            : absl::StrCat("evidence: ", EvidenceRoleName(e.role));
    std::string speaker, what = absl::StrCat("\"", r.label, "\" (",
                                             PolarityName(r.polarity), ")");
    if (e.kind == TimelineEntryKind::kEvidence && e.statement.valid()) {
      const StatementView st = g.statement(e.statement);
      speaker = ActorWithRoles(g, st.speaker(), st.date());
      absl::StrAppend(&what, ": ", SaidText(st));
    }
    t.rows.push_back(
        {date, entry, speaker,
         absl::StrCat(ActorName(g, r.from), " / ", ActorName(g, r.to)), "",
         what, ""});
  }
  if (!t.rows.empty() && s.format() == Format::kText) {
    std::cout << "== " << Escape(t.name) << " ==\n";
    for (size_t i = 0; i < t.rows.size(); ++i) {
      const std::vector<Cell>& row = t.rows[i];
      if (statements[i].valid()) {
        std::cout << "\n"
                  << StatementBlock(g, statements[i],
                                    {.indent = "  ", .source = false});
      } else {
        std::cout << "\n  " << (row[0].text.empty() ? "undated" : row[0].text)
                  << "  " << Escape(row[1].text) << ": " << Escape(row[3].text)
                  << " " << Escape(row[5].text) << "\n";
      }
    }
    return kExitOk;
  }
  if (t.rows.empty()) {
    std::cerr << "diplograph: nothing passed between "
              << EscapeCut(ActorName(g, *a), 80) << " and "
              << EscapeCut(ActorName(g, *b), 80) << "\n";
    return kExitBadInput;
  }
  WriteTables({t}, s.format(), std::cout);
  return kExitOk;
}

// ---------------------------------------------------------------------
// asof

struct AsOfFlags {
  GraphFlags graph;
  std::string date;
  std::string actor;
};

std::vector<Cell> RelationshipRow(const Graph& g, RelationshipId id) {
  const Relationship& r = g.relationship(id);
  return {Cell::Integer(id.value),
          ActorName(g, r.from),
          r.directed ? "->" : "<->",
          ActorName(g, r.to),
          r.label,
          PolarityName(r.polarity),
          r.valid.ToString(),
          Cell::Integer(r.evidence.size())};
}

const std::vector<std::string> kRelationshipColumns = {
    "id", "from", "dir", "to", "label", "polarity", "valid", "evidence"};

int RunAsOf(const AsOfFlags& flags) {
  absl::StatusOr<std::unique_ptr<Session>> session = Session::Open(flags.graph);
  if (!session.ok()) return Fail(session.status());
  Session& s = **session;
  const Graph& g = s.graph();
  absl::StatusOr<Date> day = ParseDateFlag("DATE", flags.date);
  if (!day.ok()) return Fail(day.status());
  std::vector<Table> tables;
  if (flags.actor.empty()) {
    Table rel{.name = absl::StrCat("relationships on ", day->ToString()),
              .columns = kRelationshipColumns};
    for (RelationshipId id : RelationshipsOn(g, *day)) {
      rel.rows.push_back(RelationshipRow(g, id));
    }
    tables.push_back(std::move(rel));
  } else {
    absl::StatusOr<ActorId> a = s.Resolve(flags.actor, *day);
    if (!a.ok()) return Fail(a.status());
    const std::string name = ActorName(g, *a);
    Table roles{
        .name = absl::StrCat("roles of ", name, " on ", day->ToString()),
        .columns = {"role", "of", "valid"}};
    absl::StatusOr<std::vector<Affiliation>> held = RolesOn(g, *a, *day);
    if (!held.ok()) return Fail(held.status());
    for (const Affiliation& f : *held) {
      roles.rows.push_back(
          {f.role, ActorName(g, f.organization), f.valid.ToString()});
    }
    Table members{
        .name = absl::StrCat("members of ", name, " on ", day->ToString()),
        .columns = {"member", "role", "of", "depth", "valid"}};
    absl::StatusOr<std::vector<MemberOn>> on =
        MembersOn(g, *a, *day, {.transitive = true});
    if (!on.ok()) return Fail(on.status());
    for (const MemberOn& m : *on) {
      members.rows.push_back({ActorName(g, m.member), m.affiliation.role,
                              ActorName(g, m.affiliation.organization),
                              Cell::Integer(m.depth),
                              m.affiliation.valid.ToString()});
    }
    Table rel{.name = absl::StrCat("relationships of ", name, " on ",
                                   day->ToString()),
              .columns = kRelationshipColumns};
    absl::StatusOr<std::vector<RelationshipId>> valid =
        RelationshipsOn(g, *a, *day);
    if (!valid.ok()) return Fail(valid.status());
    for (RelationshipId id : *valid) {
      rel.rows.push_back(RelationshipRow(g, id));
    }
    tables = {std::move(roles), std::move(members), std::move(rel)};
  }
  WriteTables(tables, s.format(), std::cout);
  return kExitOk;
}

// ---------------------------------------------------------------------
// history

struct HistoryFlags {
  GraphFlags graph;
  std::string label;
  std::string between;
};

int RunHistory(const HistoryFlags& flags) {
  absl::StatusOr<std::unique_ptr<Session>> session = Session::Open(flags.graph);
  if (!session.ok()) return Fail(session.status());
  Session& s = **session;
  const Graph& g = s.graph();
  // The pairs to ask about: the given one, or every pair with a
  // relationship of that label.
  std::vector<std::pair<ActorId, ActorId>> pairs;
  if (!flags.between.empty()) {
    ActorId a, b;
    if (absl::Status st = ResolvePair(s, "--between", flags.between, &a, &b);
        !st.ok()) {
      return Fail(st);
    }
    pairs.emplace_back(a, b);
  } else {
    const std::string key = NormalizeLabel(flags.label);
    for (uint32_t i = 0; i < g.relationship_count(); ++i) {
      const Relationship& r = g.relationship(RelationshipId(i));
      bool match = NormalizeLabel(r.key) == key;
      for (const std::string& v : r.label_variants) {
        match = match || NormalizeLabel(v) == key;
      }
      if (!match) continue;
      std::pair<ActorId, ActorId> p = std::minmax(r.from, r.to);
      if (std::find(pairs.begin(), pairs.end(), p) == pairs.end()) {
        pairs.push_back(p);
      }
    }
  }
  Table t{.name = absl::StrCat("history of \"", flags.label, "\""),
          .columns = {"date", "evidence", "speaker", "pair", "relationship",
                      "what", "source"}};
  size_t relationships = 0;
  std::vector<EvidenceRecord> records;
  for (const auto& [a, b] : pairs) {
    absl::StatusOr<RelationshipHistory> h = HistoryOf(g, a, b, flags.label);
    if (!h.ok()) return Fail(h.status());
    relationships += h->relationships.size();
    std::vector<EvidenceRecord> all = h->supporting;
    all.insert(all.end(), h->contesting.begin(), h->contesting.end());
    std::stable_sort(all.begin(), all.end(), [](const auto& x, const auto& y) {
      return x.date < y.date;
    });
    records.insert(records.end(), all.begin(), all.end());
    for (const EvidenceRecord& e : all) {
      const Relationship& r = g.relationship(e.relationship);
      std::string what, source;
      if (e.statement.valid()) {
        const StatementView st = g.statement(e.statement);
        what = SaidText(st);
        source = SourceText(g, st);
      } else if (e.source.valid()) {
        what = "(the source itself)";
        source = g.source(e.source).title;
      }
      t.rows.push_back(
          {e.date.is_known() ? e.date.ToString() : "",
           EvidenceRoleName(e.evidence.role),
           e.speaker.valid() ? ActorWithRoles(g, e.speaker, e.date) : "",
           absl::StrCat(ActorName(g, r.from), r.directed ? " -> " : " <-> ",
                        ActorName(g, r.to)),
           absl::StrCat(r.label, " (", PolarityName(r.polarity), ", ",
                        r.valid.ToString(), ")"),
           what, source});
    }
  }
  if (relationships > 0 && s.format() == Format::kText) {
    std::cout << "== " << EscapeCut(t.name, 200) << " ==\n";
    for (size_t i = 0; i < records.size(); ++i) {
      const EvidenceRecord& e = records[i];
      const Relationship& r = g.relationship(e.relationship);
      std::cout << (i > 0 ? "\n" : "")
                << (e.date.is_known() ? e.date.ToString() : "undated") << "  "
                << EvidenceRoleName(e.evidence.role) << "  "
                << Escape(absl::StrCat(ActorName(g, r.from),
                                       r.directed ? " -> " : " <-> ",
                                       ActorName(g, r.to), ": \"", r.label,
                                       "\" (", PolarityName(r.polarity),
                                       ", holds ", r.valid.ToString(), ")"))
                << "\n";
      if (e.statement.valid()) {
        std::cout << StatementBlock(g, e.statement, {.indent = "  "});
      } else if (e.source.valid()) {
        std::cout << "  the source itself: " << Escape(g.source(e.source).title)
                  << "\n";
      }
    }
    return kExitOk;
  }
  if (relationships == 0) {
    std::cerr << "diplograph: no relationship labelled \""
              << EscapeCut(flags.label, 80) << "\""
              << (flags.between.empty() ? "" : " between those actors") << "\n";
    return kExitBadInput;
  }
  WriteTables({t}, s.format(), std::cout);
  return kExitOk;
}

// ---------------------------------------------------------------------
// aggregate

struct AggregateFlags {
  GraphFlags graph;
  FilterFlags filter;
  std::string by = "month";
  std::string group = "none";
  bool zero_fill = false;
  bool goldstein = false;
};

int RunAggregate(const AggregateFlags& flags) {
  absl::StatusOr<std::unique_ptr<Session>> session = Session::Open(flags.graph);
  if (!session.ok()) return Fail(session.status());
  Session& s = **session;
  const Graph& g = s.graph();
  StatementQuery q(g);
  if (absl::Status st = ApplyFilters(s, flags.filter, q); !st.ok()) {
    return Fail(st);
  }
  AggregateOptions o;
  o.period = flags.by == "day"     ? Period::kDay
             : flags.by == "week"  ? Period::kWeek
             : flags.by == "month" ? Period::kMonth
             : flags.by == "year"  ? Period::kYear
                                   : Period::kAll;
  o.group_by = flags.group == "code"       ? GroupBy::kEventCode
               : flags.group == "root"     ? GroupBy::kEventRoot
               : flags.group == "quad"     ? GroupBy::kQuadClass
               : flags.group == "polarity" ? GroupBy::kPolarity
               : flags.group == "speaker"  ? GroupBy::kSpeaker
               : flags.group == "target"   ? GroupBy::kTarget
                                           : GroupBy::kNone;
  o.zero_fill = flags.zero_fill;
  if (flags.goldstein) {
    o.weights = [](const EventType& t) -> std::optional<double> {
      absl::StatusOr<CameoCode> c = LookupCameo(t);
      if (!c.ok()) return std::nullopt;
      return c->goldstein;
    };
  }
  absl::StatusOr<AggregateTable> table = Aggregate(q, o);
  if (!table.ok()) return Fail(QueryError(table.status()));
  Table t{.name = "", .columns = {"period", "group", "statements"}};
  if (flags.goldstein) t.columns.push_back("goldstein_sum");
  uint64_t total = 0;
  for (const AggregateRow& r : table->rows) {
    std::vector<Cell> row = {r.period.is_known() ? r.period.ToString() : "all",
                             GroupName(g, r.group), Cell::Integer(r.count)};
    if (flags.goldstein) row.push_back(Cell::Number(r.weighted_sum));
    t.rows.push_back(std::move(row));
    total += r.count;
  }
  if (total == 0) {
    std::cerr << "diplograph: no statements match\n";
    return kExitBadInput;
  }
  WriteTables({t}, s.format(), std::cout);
  if (table->unplaced > 0 && s.format() == Format::kText) {
    std::cout << table->unplaced
              << " matching statements have no date of that precision\n";
  }
  return kExitOk;
}

}  // namespace

void AddQueryCommands(CLI::App& app, std::vector<Command>& commands) {
  {
    auto f = std::make_shared<StatsFlags>();
    CLI::App* c = app.add_subcommand(
        "stats",
        "counts, date range, top speakers, statements per year and by quad "
        "class");
    AddGraphFlags(*c, f->graph);
    c->add_option("--top", f->top, "rows of the top lists")
        ->capture_default_str();
    c->footer(
        "Example:\n  diplograph stats -g data/samples/icews14_sample.tsv");
    commands.push_back({c, [f] { return RunStats(*f); }});
  }
  {
    auto f = std::make_shared<ActorsFlags>();
    CLI::App* c = app.add_subcommand(
        "actors", "search actors by words of their names and aliases");
    AddGraphFlags(*c, f->graph);
    c->add_option("text", f->query,
                  "words of a name: \"putin\", \"foreign min\"")
        ->required();
    c->add_option("--at", f->at, "show the roles held on this date")
        ->type_name("DATE");
    c->add_option("--limit", f->limit, "at most this many actors")
        ->capture_default_str();
    c->footer(
        "Example:\n  diplograph actors -g examples/data/seed.json trump "
        "--at 2025-02-01");
    commands.push_back({c, [f] { return RunActors(*f); }});
  }
  {
    auto f = std::make_shared<QueryFlags>();
    CLI::App* c = app.add_subcommand(
        "query",
        "statements matching filters, in date order, a page at a time");
    AddGraphFlags(*c, f->graph);
    AddFilterFlags(*c, f->filter);
    c->add_option("--limit", f->limit, "statements per page (0: all)")
        ->capture_default_str();
    c->add_option("--after", f->after,
                  "continue after the page that printed this token")
        ->type_name("TOKEN");
    c->add_flag("--count", f->count, "print only the number of matches");
    c->footer(
        "Exit status 1 when nothing matches.\nExamples:\n"
        "  diplograph query -g icews.json --by China --about Japan "
        "--code '11*'\n"
        "  diplograph query -g seed.json --by China --with-affiliates "
        "--during 2024-11 --format csv");
    commands.push_back({c, [f] { return RunQuery(*f); }});
  }
  {
    auto f = std::make_shared<TimelineFlags>();
    CLI::App* c = app.add_subcommand(
        "timeline",
        "what passed between two actors: statements and relationship "
        "changes, in date order");
    AddGraphFlags(*c, f->graph);
    c->add_option("a", f->a, "one actor")->required();
    c->add_option("b", f->b, "the other actor")->required();
    c->add_option("--during", f->during, "date window")->type_name("INTERVAL");
    c->add_flag("--with-affiliates", f->with_affiliates,
                "each actor's officials and bodies speak for it");
    c->add_option("--limit", f->limit, "at most this many entries (0: all)");
    c->footer(
        "Example:\n  diplograph timeline -g examples/data/seed.json China "
        "Russia --with-affiliates");
    commands.push_back({c, [f] { return RunTimeline(*f); }});
  }
  {
    auto f = std::make_shared<AsOfFlags>();
    CLI::App* c = app.add_subcommand(
        "asof",
        "the state on a day: relationships that hold, an actor's roles");
    AddGraphFlags(*c, f->graph);
    c->add_option("date", f->date, "the day (or month, year)")->required();
    c->add_option("--actor", f->actor,
                  "roles, members and relationships of this actor");
    c->footer(
        "Example:\n  diplograph asof -g examples/data/seed.json 2025-02-01 "
        "--actor \"Donald Trump\"");
    commands.push_back({c, [f] { return RunAsOf(*f); }});
  }
  {
    auto f = std::make_shared<HistoryFlags>();
    CLI::App* c = app.add_subcommand(
        "history", "the dated evidence for and against a relationship label");
    AddGraphFlags(*c, f->graph);
    c->add_option("label", f->label, "the relationship label")->required();
    c->add_option("--between", f->between, "only between these two actors")
        ->type_name("A,B");
    c->footer(
        "Example:\n  diplograph history -g examples/data/seed.json "
        "\"dual containment\"");
    commands.push_back({c, [f] { return RunHistory(*f); }});
  }
  {
    auto f = std::make_shared<AggregateFlags>();
    CLI::App* c = app.add_subcommand("aggregate",
                                     "statement counts per period and group");
    AddGraphFlags(*c, f->graph);
    AddFilterFlags(*c, f->filter, "--speaker");
    c->add_option("--by", f->by, "period")
        ->check(CLI::IsMember({"day", "week", "month", "year", "all"}))
        ->capture_default_str();
    c->add_option("--group", f->group, "split counts by")
        ->check(CLI::IsMember(
            {"none", "code", "root", "quad", "polarity", "speaker", "target"}))
        ->capture_default_str();
    c->add_flag("--zero-fill", f->zero_fill, "rows for empty periods too");
    c->add_flag("--goldstein", f->goldstein,
                "also sum the CAMEO Goldstein weights");
    c->footer(
        "Example:\n  diplograph aggregate -g icews.json --between "
        "China,Japan --by month --group quad");
    commands.push_back({c, [f] { return RunAggregate(*f); }});
  }
}

}  // namespace diplograph::cli
