#include "workload/graph_queries.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace diplograph::workload {
namespace {

// The subrange of a (date, id)-sorted statement list with lo <= date <= hi.
template <typename G>
absl::Span<const StatementId> DateRange(const G& graph,
                                        absl::Span<const StatementId> list,
                                        Date lo, Date hi) {
  auto begin = std::partition_point(
      list.begin(), list.end(),
      [&](StatementId s) { return graph.statement(s).date() < lo; });
  auto end = std::partition_point(begin, list.end(), [&](StatementId s) {
    return graph.statement(s).date() <= hi;
  });
  return list.subspan(static_cast<size_t>(begin - list.begin()),
                      static_cast<size_t>(end - begin));
}

bool EventLess(const Row& x, const Row& y) {
  return std::tie(x.date, x.a, x.b, x.c) < std::tie(y.date, y.a, y.b, y.c);
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
      mark_(graph.actor_count(), 0),
      mark2_(graph.actor_count(), 0) {}

absl::StatusOr<ActorId> GraphQueries::Actor(absl::string_view name) const {
  return graph_.FindActor(name);
}

ActorId GraphQueries::Object(StatementId id) const {
  absl::Span<const ActorId> about = graph_.statement(id).about();
  return about.empty() ? ActorId() : about[0];
}

Row GraphQueries::EventRow(StatementId id) const {
  const StatementView s = graph_.statement(id);
  Row r;
  r.a = graph_.actor(s.speaker()).name;
  r.b = s.event_type().name;
  const ActorId o = Object(id);
  r.c =
      o.valid() ? absl::string_view(graph_.actor(o).name) : absl::string_view();
  r.date = s.date();
  return r;
}

template <typename Fn>
void GraphQueries::ForEachNeighbourEdge(ActorId a, Fn fn) const {
  for (StatementId s : graph_.StatementsBy(a)) {
    const ActorId o = Object(s);
    if (o.valid()) fn(o);
  }
  for (StatementId s : graph_.StatementsAbout(a)) {
    fn(graph_.statement(s).speaker());
  }
}

Result GraphQueries::Q1(ActorId x, Date lo, Date hi) const {
  Result out;
  for (StatementId s : DateRange(graph_, graph_.StatementsBy(x), lo, hi)) {
    out.rows.push_back(EventRow(s));
  }
  SortDateRuns(out.rows);  // StatementsBy is in (date, id) order
  return out;
}

Result GraphQueries::Q2(ActorId x, ActorId y) const {
  Result out;
  // Rows with speaker `from` about `to`, from the shorter of the two lists.
  auto direction = [&](ActorId from, ActorId to) {
    absl::Span<const StatementId> by = graph_.StatementsBy(from);
    absl::Span<const StatementId> about = graph_.StatementsAbout(to);
    if (by.size() <= about.size()) {
      for (StatementId s : by) {
        if (Object(s) == to) out.rows.push_back(EventRow(s));
      }
    } else {
      for (StatementId s : about) {
        if (graph_.statement(s).speaker() == from) {
          out.rows.push_back(EventRow(s));
        }
      }
    }
  };
  // Each direction comes out in date order; merge them, then order the
  // rows of each date.
  direction(x, y);
  const auto middle = static_cast<long>(out.rows.size());
  if (x != y) direction(y, x);
  std::inplace_merge(
      out.rows.begin(), out.rows.begin() + middle, out.rows.end(),
      [](const Row& p, const Row& q) { return p.date < q.date; });
  SortDateRuns(out.rows);
  return out;
}

Result GraphQueries::Q3(ActorId x) {
  Result out;
  ++epoch_;
  mark_[x.value] = epoch_;
  ForEachNeighbourEdge(x, [&](ActorId n) {
    if (mark_[n.value] != epoch_) {
      mark_[n.value] = epoch_;
      Row r;
      r.a = graph_.actor(n).name;
      out.rows.push_back(r);
    }
  });
  std::sort(out.rows.begin(), out.rows.end(),
            [](const Row& p, const Row& q) { return p.a < q.a; });
  return out;
}

Result GraphQueries::Q4(ActorId x) {
  ++epoch_;
  mark_[x.value] = epoch_;
  std::vector<ActorId> level1;
  ForEachNeighbourEdge(x, [&](ActorId n) {
    if (mark_[n.value] != epoch_) {
      mark_[n.value] = epoch_;
      level1.push_back(n);
    }
  });
  int64_t count = static_cast<int64_t>(level1.size());
  for (ActorId n : level1) {
    ForEachNeighbourEdge(n, [&](ActorId w) {
      if (mark_[w.value] != epoch_) {
        mark_[w.value] = epoch_;
        ++count;
      }
    });
  }
  Result out;
  out.number = count;
  return out;
}

Result GraphQueries::Q5(ActorId a, ActorId b) {
  Result out;
  if (a == b) {
    out.number = 0;
    return out;
  }
  // Bidirectional BFS, one whole level at a time from the side whose
  // frontier has fewer edges; mark_/mark2_ hold epoch_ + depth per side.
  ++epoch_;
  const uint32_t base = epoch_;
  // Each side's depth is stored as base + depth; bump the epoch past the
  // largest depth used so later queries start clean.
  std::vector<ActorId> fa{a}, fb{b}, next;
  mark_[a.value] = base;
  mark2_[b.value] = base;
  uint32_t da = 0, db = 0;
  auto edges = [&](const std::vector<ActorId>& f) {
    size_t n = 0;
    for (ActorId v : f) {
      n += graph_.StatementsBy(v).size() + graph_.StatementsAbout(v).size();
    }
    return n;
  };
  auto seen = [&](const std::vector<uint32_t>& m, ActorId v) {
    return m[v.value] >= base && m[v.value] != 0;
  };
  int64_t best = -1;
  while (!fa.empty() && !fb.empty()) {
    const bool from_a = edges(fa) <= edges(fb);
    std::vector<ActorId>& frontier = from_a ? fa : fb;
    std::vector<uint32_t>& mine = from_a ? mark_ : mark2_;
    std::vector<uint32_t>& other = from_a ? mark2_ : mark_;
    uint32_t& depth = from_a ? da : db;
    next.clear();
    for (ActorId u : frontier) {
      ForEachNeighbourEdge(u, [&](ActorId w) {
        if (seen(other, w)) {
          const int64_t len = static_cast<int64_t>(depth) + 1 +
                              static_cast<int64_t>(other[w.value] - base);
          if (best < 0 || len < best) best = len;
        }
        if (!seen(mine, w)) {
          mine[w.value] = base + depth + 1;
          next.push_back(w);
        }
      });
    }
    ++depth;
    if (best >= 0) break;
    frontier.swap(next);
  }
  epoch_ = base + da + db + 2;
  out.number = best;
  return out;
}

Result GraphQueries::Q6(ActorId x) const {
  std::vector<std::pair<uint32_t, absl::string_view>> keys;
  auto add = [&](StatementId s) {
    const StatementView v = graph_.statement(s);
    const Date d = v.date();
    keys.emplace_back(static_cast<uint32_t>(d.year() * 100 + d.month()),
                      v.event_type().name);
  };
  for (StatementId s : graph_.StatementsBy(x)) add(s);
  for (StatementId s : graph_.StatementsAbout(x)) {
    if (graph_.statement(s).speaker() != x) add(s);  // self-loops once
  }
  std::sort(keys.begin(), keys.end());
  Result out;
  for (size_t i = 0; i < keys.size();) {
    size_t j = i;
    while (j < keys.size() && keys[j] == keys[i]) ++j;
    Row r;
    r.date = *Date::FromYearMonth(static_cast<int>(keys[i].first / 100),
                                  static_cast<int>(keys[i].first % 100));
    r.b = keys[i].second;
    r.n = static_cast<int64_t>(j - i);
    out.rows.push_back(r);
    i = j;
  }
  return out;
}

Result GraphQueries::Q7(Date lo, Date hi) const {
  // One sequential pass over the statements (cheaper than a binary search
  // in every actor's two lists, which touches statements at random).
  std::vector<int64_t> degree(graph_.actor_count(), 0);
  const auto n = static_cast<uint32_t>(graph_.statement_count());
  for (uint32_t i = 0; i < n; ++i) {
    const StatementView s = graph_.statement(StatementId(i));
    const Date d = s.date();
    if (d < lo || hi < d) continue;
    ++degree[s.speaker().value];
    for (ActorId t : s.about()) ++degree[t.value];
  }
  std::vector<std::pair<int64_t, ActorId>> degrees;
  for (uint32_t i = 0; i < degree.size(); ++i) {
    if (degree[i] > 0) degrees.emplace_back(degree[i], ActorId(i));
  }
  auto better = [&](const std::pair<int64_t, ActorId>& p,
                    const std::pair<int64_t, ActorId>& q) {
    if (p.first != q.first) return p.first > q.first;
    return graph_.actor(p.second).name < graph_.actor(q.second).name;
  };
  const size_t k = std::min<size_t>(10, degrees.size());
  std::partial_sort(degrees.begin(), degrees.begin() + static_cast<long>(k),
                    degrees.end(), better);
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
  auto actor = [&](size_t i) { return Actor(inst.args[i]); };
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
  auto partner = [&](ActorId x) {
    absl::flat_hash_map<uint32_t, int64_t> counts;
    ForEachNeighbourEdge(x, [&](ActorId n) {
      if (n != x) ++counts[n.value];
    });
    ActorId best;
    int64_t best_n = 0;
    for (const auto& [id, n] : counts) {
      if (n > best_n || (n == best_n && graph_.actor(ActorId(id)).name <
                                            graph_.actor(best).name)) {
        best = ActorId(id);
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
