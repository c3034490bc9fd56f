#include "workload/graph_queries.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "diplograph/centrality.h"
#include "diplograph/network.h"
#include "diplograph/paths.h"
#include "diplograph/statement_query.h"

namespace diplograph::workload {
namespace {

// The undirected multigraph of the workload: one edge per statement.
NetworkFilter StatementEdges() {
  NetworkFilter f;
  f.kinds = EdgeKindMask::kStatement;
  return f;
}

NeighbourhoodOptions StatementNeighbours() {
  NeighbourhoodOptions o;
  o.kinds = EdgeKindMask::kStatement;
  o.direction = NeighbourIndex::kBoth;
  return o;
}

// The row's object: the statement's one target.
ActorId Object(const StatementView& s) {
  return s.about().empty() ? ActorId() : s.about()[0];
}

// Byte order of two names. Names the graph interns (relation names) are
// compared by their bytes only when they are not the same string, and
// inline: they are short and usually differ in the first few bytes, where
// a call to memcmp costs more than the comparison.
int CompareNames(absl::string_view x, absl::string_view y) {
  if (x.data() == y.data() && x.size() == y.size()) return 0;
  const size_t n = std::min(x.size(), y.size());
  for (size_t i = 0; i < n; ++i) {
    if (x[i] != y[i]) {
      return static_cast<unsigned char>(x[i]) < static_cast<unsigned char>(y[i])
                 ? -1
                 : 1;
    }
  }
  return x.size() == y.size() ? 0 : (x.size() < y.size() ? -1 : 1);
}

bool EventLess(const Row& x, const Row& y) {
  if (x.date != y.date) return x.date < y.date;
  if (x.a_rank != y.a_rank) return x.a_rank < y.a_rank;
  if (const int c = CompareNames(x.b, y.b); c != 0) return c < 0;
  return x.c_rank < y.c_rank;
}

// Sorts rows that are already in date order (the order of the statement
// lists) by (date, subject, relation, object): only runs of one date need
// sorting.
void SortDateRuns(std::vector<Row>& rows) {
  for (size_t i = 0; i < rows.size();) {
    size_t j = i + 1;
    while (j < rows.size() && rows[j].date == rows[i].date) ++j;
    if (j - i > 1) {
      std::sort(rows.begin() + static_cast<long>(i),
                rows.begin() + static_cast<long>(j), EventLess);
    }
    i = j;
  }
}

}  // namespace

std::string Token(absl::string_view phase, const Result& result) {
  if (phase == "Q4" || phase == "Q5") return absl::StrCat(result.number);
  TokenHasher h;
  for (const Row& r : result.rows) {
    if (phase == "Q1" || phase == "Q2") {
      h.Field(r.a);
      h.Field(r.b);
      h.Field(r.c);
      h.Field(r.date.ToString());
    } else if (phase == "Q3") {
      h.Field(r.a);
    } else if (phase == "Q6") {
      h.Field(r.date.ToString());
      h.Field(r.b);
      h.Field(r.n);
    } else {  // Q7
      h.Field(r.a);
      h.Field(r.n);
    }
    h.EndLine();
  }
  return h.Token();
}

GraphQueries::GraphQueries(const Graph& graph)
    : graph_(graph),
      neighbours_(NeighboursOf(graph, EdgeKindMask::kStatement)) {
  const uint32_t n = static_cast<uint32_t>(graph.actor_count());
  by_rank_.reserve(n);
  for (uint32_t i = 0; i < n; ++i) by_rank_.push_back(ActorId(i));
  std::sort(by_rank_.begin(), by_rank_.end(), [&](ActorId x, ActorId y) {
    return graph.actor(x).name < graph.actor(y).name;
  });
  rank_.resize(n);
  for (uint32_t r = 0; r < n; ++r) rank_[by_rank_[r].value] = r + 1;
}

Row GraphQueries::EventRow(StatementId id) const {
  const StatementView s = graph_.statement(id);
  Row r;
  r.a = graph_.actor(s.speaker()).name;
  r.b = s.event_type().name;
  const ActorId o = Object(s);
  r.c =
      o.valid() ? absl::string_view(graph_.actor(o).name) : absl::string_view();
  r.date = s.date();
  r.a_rank = Rank(s.speaker());
  r.c_rank = Rank(o);
  return r;
}

absl::StatusOr<Result> GraphQueries::Rows(const StatementQuery& query) const {
  absl::StatusOr<StatementCursor> cursor = query.Run();
  if (!cursor.ok()) return cursor.status();
  Result out;
  out.rows.reserve(cursor->candidates_left());
  for (StatementId id : *cursor) out.rows.push_back(EventRow(id));
  SortDateRuns(out.rows);  // the cursor walks in (date, id) order
  return out;
}

absl::StatusOr<Result> GraphQueries::Q1(ActorId x, Date lo, Date hi) const {
  absl::StatusOr<Interval> window = Interval::Make(lo, hi);
  if (!window.ok()) return window.status();
  StatementQuery q(graph_);
  q.By(x).During(*window);
  return Rows(q);
}

absl::StatusOr<Result> GraphQueries::Q2(ActorId x, ActorId y) const {
  StatementQuery q(graph_);
  q.Between(x, y);
  return Rows(q);
}

Result GraphQueries::Q3(ActorId x) const {
  // Sorted by name: the names' ranks, sorted as integers.
  const absl::Span<const ActorId> ids =
      neighbours_->Neighbours(x, NeighbourIndex::kBoth);
  std::vector<uint32_t> ranks;
  ranks.reserve(ids.size());
  for (ActorId n : ids) {
    if (n != x) ranks.push_back(rank_[n.value]);  // not a self-loop
  }
  std::sort(ranks.begin(), ranks.end());
  Result out;
  out.rows.resize(ranks.size());
  for (size_t i = 0; i < ranks.size(); ++i) {
    out.rows[i].a = graph_.actor(by_rank_[ranks[i] - 1]).name;
  }
  return out;
}

absl::StatusOr<Result> GraphQueries::Q4(ActorId x) const {
  absl::StatusOr<Neighbourhood> two_hops =
      NeighbourhoodOf(graph_, x, 2, StatementNeighbours());
  if (!two_hops.ok()) return two_hops.status();
  Result out;
  out.number = static_cast<int64_t>(two_hops->actors.size());
  return out;
}

absl::StatusOr<Result> GraphQueries::Q5(ActorId a, ActorId b) const {
  PathOptions options;
  options.filter = StatementEdges();
  options.max_paths = 1;
  options.evidence = false;  // the answer is the length
  absl::StatusOr<std::vector<Path>> paths =
      ShortestPaths(graph_, a, b, options);
  if (!paths.ok()) return paths.status();
  Result out;
  out.number =
      paths->empty() ? -1 : static_cast<int64_t>(paths->front().hops.size());
  return out;
}

absl::StatusOr<Result> GraphQueries::Q6(ActorId x) const {
  StatementQuery q(graph_);
  q.Involving(x);  // a self-loop is one statement, returned once
  absl::StatusOr<StatementCursor> cursor = q.Run();
  if (!cursor.ok()) return cursor.status();
  // The cursor walks in date order: count the relations of one month at a
  // time. A relation is told by its EventType's address (one record per
  // type in the graph). A month of few statements is counted by sorting
  // those pointers; a larger one (thousands at 1M rows and up) in a small
  // hash map keyed by them (a few hundred types at most, in the cache),
  // which costs less than the sort there and more below 128 statements.
  // Only the distinct relations are sorted by name.
  constexpr size_t kSortAtMost = 128;
  Result out;
  std::vector<const EventType*> types;
  absl::flat_hash_map<const EventType*, int64_t> tally;
  std::vector<std::pair<absl::string_view, int64_t>> counts;
  Date month;
  auto flush = [&] {
    counts.clear();
    if (types.size() <= kSortAtMost) {
      std::sort(types.begin(), types.end());
      for (size_t i = 0; i < types.size();) {
        size_t j = i + 1;
        while (j < types.size() && types[j] == types[i]) ++j;
        counts.emplace_back(types[i]->name, static_cast<int64_t>(j - i));
        i = j;
      }
    } else {
      tally.clear();
      for (const EventType* t : types) ++tally[t];
      for (const auto& [type, n] : tally) counts.emplace_back(type->name, n);
    }
    std::sort(counts.begin(), counts.end());
    for (const auto& [name, n] : counts) {
      Row r;
      r.date = month;
      r.b = name;
      r.n = n;
      out.rows.push_back(r);
    }
    types.clear();
  };
  for (StatementId id : *cursor) {
    const StatementView s = graph_.statement(id);
    const Date d = s.date();
    if (types.empty() || d.year() != month.year() ||
        d.month() != month.month()) {
      flush();
      month = *Date::FromYearMonth(d.year(), d.month());
    }
    types.push_back(&s.event_type());
  }
  flush();
  return out;
}

absl::StatusOr<Result> GraphQueries::Q7(Date lo, Date hi) const {
  absl::StatusOr<Interval> window = Interval::Make(lo, hi);
  if (!window.ok()) return window.status();
  // Each statement adds one to its speaker and one to its target (a
  // self-loop adds 2).
  const std::vector<StatementDegree> degree =
      StatementDegreesDuring(graph_, *window);
  std::vector<std::pair<int64_t, ActorId>> degrees;
  for (uint32_t i = 0; i < degree.size(); ++i) {
    if (degree[i].total() > 0) {
      degrees.emplace_back(degree[i].total(), ActorId(i));
    }
  }
  const size_t k = std::min<size_t>(10, degrees.size());
  std::partial_sort(degrees.begin(), degrees.begin() + static_cast<long>(k),
                    degrees.end(), [&](const auto& p, const auto& q) {
                      if (p.first != q.first) return p.first > q.first;
                      return Rank(p.second) < Rank(q.second);
                    });
  Result out;
  for (size_t i = 0; i < k; ++i) {
    Row r;
    r.a = graph_.actor(degrees[i].second).name;
    r.n = degrees[i].first;
    out.rows.push_back(r);
  }
  return out;
}

absl::StatusOr<Result> GraphQueries::Run(const Instance& inst) {
  auto date = [&](size_t i) -> absl::StatusOr<Date> {
    absl::StatusOr<Date> d = Date::Parse(inst.args[i]);
    if (!d.ok() || d->precision() != DatePrecision::kDay) {
      return absl::InvalidArgumentError(
          absl::StrCat(inst.phase, ": bad date ", inst.args[i]));
    }
    return d;
  };
  auto actor = [&](size_t i) { return graph_.FindActor(inst.args[i]); };
  if (inst.phase == "Q1") {
    absl::StatusOr<ActorId> x = actor(0);
    absl::StatusOr<Date> lo = date(1), hi = date(2);
    if (!x.ok()) return x.status();
    if (!lo.ok()) return lo.status();
    if (!hi.ok()) return hi.status();
    return Q1(*x, *lo, *hi);
  }
  if (inst.phase == "Q2" || inst.phase == "Q5") {
    absl::StatusOr<ActorId> x = actor(0), y = actor(1);
    if (!x.ok()) return x.status();
    if (!y.ok()) return y.status();
    return inst.phase == "Q2" ? Q2(*x, *y) : Q5(*x, *y);
  }
  if (inst.phase == "Q3" || inst.phase == "Q4" || inst.phase == "Q6") {
    absl::StatusOr<ActorId> x = actor(0);
    if (!x.ok()) return x.status();
    if (inst.phase == "Q3") return Q3(*x);
    if (inst.phase == "Q4") return Q4(*x);
    return Q6(*x);
  }
  if (inst.phase == "Q7") {
    absl::StatusOr<Date> lo = date(0), hi = date(1);
    if (!lo.ok()) return lo.status();
    if (!hi.ok()) return hi.status();
    return Q7(*lo, *hi);
  }
  return absl::InvalidArgumentError(absl::StrCat("unknown phase ", inst.phase));
}

Derived GraphQueries::Derive() const {
  Derived d;
  d.rows = static_cast<int64_t>(graph_.statement_count());
  std::vector<std::pair<int64_t, ActorId>> ranking;
  for (uint32_t i = 0; i < graph_.actor_count(); ++i) {
    const size_t n = graph_.StatementsBy(ActorId(i)).size();
    if (n > 0) ranking.emplace_back(static_cast<int64_t>(n), ActorId(i));
  }
  std::sort(ranking.begin(), ranking.end(), [&](const auto& p, const auto& q) {
    if (p.first != q.first) return p.first > q.first;
    return graph_.actor(p.second).name < graph_.actor(q.second).name;
  });
  if (ranking.empty()) return d;
  auto at = [&](size_t rank) {
    return ranking[std::min(rank, ranking.size()) - 1];
  };
  // The actor sharing most statement edges with x.
  auto partner = [&](ActorId x) {
    const auto ids = neighbours_->Neighbours(x, NeighbourIndex::kBoth);
    const auto counts = neighbours_->EdgeCounts(x, NeighbourIndex::kBoth);
    ActorId best;
    int64_t best_n = 0;
    for (size_t k = 0; k < ids.size(); ++k) {
      if (ids[k] == x) continue;
      const int64_t n = counts[k];
      if (n > best_n || (n == best_n &&
                         graph_.actor(ids[k]).name < graph_.actor(best).name)) {
        best = ids[k];
        best_n = n;
      }
    }
    return best.valid() ? graph_.actor(best).name : std::string();
  };
  d.a1 = graph_.actor(at(1).second).name;
  d.a1_count = at(1).first;
  d.a10 = graph_.actor(at(10).second).name;
  d.a10_count = at(10).first;
  d.a100 = graph_.actor(at(100).second).name;
  d.a100_count = at(100).first;
  d.z = graph_.actor(ranking.back().second).name;
  d.z_count = ranking.back().first;
  d.p1 = partner(at(1).second);
  d.p10 = partner(at(10).second);
  d.p100 = partner(at(100).second);
  // Quartile dates from a count per distinct date.
  absl::flat_hash_map<Date, std::pair<Date, int64_t>> per_day;
  for (uint32_t i = 0; i < graph_.statement_count(); ++i) {
    const Date date = graph_.statement(StatementId(i)).date();
    auto& e = per_day[date];
    e.first = date;
    ++e.second;
  }
  std::vector<std::pair<Date, int64_t>> days;
  for (const auto& [k, v] : per_day) days.push_back(v);
  std::sort(days.begin(), days.end());
  auto position = [&](int64_t p) {
    for (const auto& [date, n] : days) {
      if (p < n) return date.ToString();
      p -= n;
    }
    return std::string();
  };
  const int64_t n = d.rows;
  d.dlo = position((n - 1) / 4);
  d.dmid = position((n - 1) / 2);
  d.dhi = position(3 * (n - 1) / 4);
  return d;
}

}  // namespace diplograph::workload
