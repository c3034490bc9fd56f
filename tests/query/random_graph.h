// Seeded random graphs and brute-force oracles for the query tests.
//
// The graphs mix every shape the queries must handle: dates of day, month
// and year precision and unknown dates, actors with no statements,
// statements with no targets or several, chains of dated affiliations (with
// a cycle), coded and uncoded event types, stances, topics, relationships
// with evidence. The oracles answer each question by a plain scan over all
// statements, independent of the indexes.

#ifndef DIPLOGRAPH_TESTS_QUERY_RANDOM_GRAPH_H_
#define DIPLOGRAPH_TESTS_QUERY_RANDOM_GRAPH_H_

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "diplograph/graph.h"
#include "diplograph/network.h"
#include "gtest/gtest.h"

namespace diplograph::testing {

inline constexpr int kFirstYear = 2020;
inline constexpr int kLastYear = 2023;

inline Date RandomDate(std::mt19937& rng, bool allow_unknown = true) {
  const int p = static_cast<int>(rng() % 20);
  const int year =
      kFirstYear + static_cast<int>(rng() % (kLastYear - kFirstYear + 1));
  const int month = 1 + static_cast<int>(rng() % 12);
  const int day = 1 + static_cast<int>(rng() % 28);
  if (p == 0 && allow_unknown) return Date();
  if (p <= 2) return *Date::FromYear(year);
  if (p <= 5) return *Date::FromYearMonth(year, month);
  return *Date::FromYearMonthDay(year, month, day);
}

// A random interval, sometimes open at one or both ends.
inline Interval RandomInterval(std::mt19937& rng) {
  const int shape = static_cast<int>(rng() % 10);
  if (shape == 0) return Interval();
  Date a = RandomDate(rng, false);
  Date b = RandomDate(rng, false);
  if (b.LastDay() < a.FirstDay()) std::swap(a, b);
  if (b.LastDay() < a.FirstDay()) b = a;
  if (shape == 1) return Interval::Since(a);
  if (shape == 2) return Interval::Until(b);
  absl::StatusOr<Interval> i = Interval::Make(a, b);
  return i.ok() ? *i : Interval::Since(a);
}

inline const char* const kCodes[] = {"010", "0211", "036", "042", "051", "057",
                                     "061", "070",  "080", "090", "111", "112",
                                     "120", "130",  "138", "141", "173", "190",
                                     "20",  "05",   "21"};
inline const char* const kTopics[] = {"Ukraine", "trade", "Taiwan", "energy"};
inline const char* const kWords[] = {"Partnership", "containment", "sanctions",
                                     "dialogue",    "Peace",       "threat",
                                     "WORLD"};

struct RandomGraphOptions {
  int actors = 40;
  int statements = 3000;
  int relationships = 60;
};

// Builds a random graph from `seed`. Actors 0..3 are "roots" with
// hierarchies; the last five actors never speak and are never targets.
inline void BuildRandomGraph(uint32_t seed, Graph* graph,
                             RandomGraphOptions opt = {}) {
  std::mt19937 rng(seed);
  absl::Status st = graph->Update([&](Graph& g) -> absl::Status {
    for (int i = 0; i < opt.actors; ++i) {
      Actor a;
      a.name = absl::StrCat("Actor ", i);
      a.kind = i < 4 ? ActorKind::kState : ActorKind::kPerson;
      // Affiliations to lower-numbered actors (chains), with dated validity.
      if (i >= 4 && i < opt.actors - 5) {
        const int n = static_cast<int>(rng() % 3);
        for (int k = 0; k < n; ++k) {
          Affiliation f;
          f.organization = ActorId(static_cast<uint32_t>(rng() % i));
          f.role = k == 0 ? "member" : absl::StrCat("role ", k);
          f.valid = RandomInterval(rng);
          a.affiliations.push_back(f);
        }
      }
      absl::StatusOr<ActorId> id = g.AddActor(a);
      if (!id.ok()) return id.status();
    }
    // A cycle of affiliations: actor 5 -> 6 -> 5 (where possible).
    if (opt.actors > 10) {
      (void)g.AddAffiliation(ActorId(5), {ActorId(6), "cycle", Interval()});
      (void)g.AddAffiliation(ActorId(6), {ActorId(5), "cycle", Interval()});
    }
    const uint32_t speaking = static_cast<uint32_t>(opt.actors - 5);
    std::vector<StatementId> made;
    for (int i = 0; i < opt.statements; ++i) {
      Statement s;
      s.speaker = ActorId(static_cast<uint32_t>(rng() % speaking));
      s.date = RandomDate(rng);
      const int targets = static_cast<int>(rng() % 4);
      absl::flat_hash_set<ActorId> seen;
      for (int k = 0; k < targets; ++k) {
        ActorId t(static_cast<uint32_t>(rng() % speaking));
        if (seen.insert(t).second) s.about.push_back(t);
      }
      for (ActorId t : s.about) {
        if (rng() % 2) {
          s.stances.push_back(
              {t, static_cast<Polarity>(static_cast<int>(rng() % 3) - 1)});
        }
      }
      if (rng() % 5 != 0) {
        s.event_type.code = kCodes[rng() % std::size(kCodes)];
      } else if (rng() % 2) {
        s.event_type.name = "Uncoded";
      }
      if (rng() % 3 == 0)
        s.topics.push_back(kTopics[rng() % std::size(kTopics)]);
      s.text =
          absl::StrCat("said ", kWords[rng() % std::size(kWords)], " #", i);
      absl::StatusOr<StatementId> id = g.AddStatement(s);
      if (!id.ok()) return id.status();
      made.push_back(*id);
    }
    const char* const labels[] = {"Strategic partners", "dual containment",
                                  "rivals"};
    for (int i = 0; i < opt.relationships; ++i) {
      Relationship r;
      r.from = ActorId(static_cast<uint32_t>(rng() % speaking));
      r.to = ActorId(static_cast<uint32_t>(rng() % speaking));
      if (r.from == r.to) continue;
      r.label = labels[rng() % 3];
      if (rng() % 4 == 0) r.label_variants.push_back("dual deterrence");
      r.directed = rng() % 2;
      r.polarity = static_cast<Polarity>(static_cast<int>(rng() % 3) - 1);
      r.valid = RandomInterval(rng);
      const int ev = static_cast<int>(rng() % 4);
      for (int k = 0; k < ev; ++k) {
        Evidence e;
        e.statement = made[rng() % made.size()];
        e.role = static_cast<EvidenceRole>(rng() % 4);
        bool dup = false;
        for (const Evidence& o : r.evidence) dup = dup || o == e;
        if (!dup) r.evidence.push_back(e);
      }
      // Overlapping duplicates are refused by the graph; skip them.
      (void)g.AddRelationship(r);
    }
    return absl::OkStatus();
  });
  ASSERT_TRUE(st.ok()) << st;
}

// ---------------------------------------------------------------------
// Oracles.

// Days since 1970-01-01 of a day-precision date, counted by absl (not by
// the library's own day numbers).
inline int32_t DayOf(Date day) {
  return static_cast<int32_t>(
      absl::CivilDay(day.year(), day.month(), day.day()) -
      absl::CivilDay(1970, 1, 1));
}
inline int32_t FirstDayOf(Date d) { return DayOf(d.FirstDay()); }
inline int32_t LastDayOf(Date d) { return DayOf(d.LastDay()); }
inline int32_t WindowFirstDay(const Interval& w) {
  return w.is_open_begin() ? std::numeric_limits<int32_t>::min()
                           : FirstDayOf(w.begin());
}
inline int32_t WindowLastDay(const Interval& w) {
  return w.is_open_end() ? std::numeric_limits<int32_t>::max()
                         : LastDayOf(w.end());
}

// True if the period of `d` overlaps `w` (undated: only the open window).
inline bool OracleInWindow(Date d, const Interval& w) {
  if (!d.is_known()) return w.is_open_begin() && w.is_open_end();
  return FirstDayOf(d) <= WindowLastDay(w) && WindowFirstDay(w) <= LastDayOf(d);
}

// True if `member` is `root` or reaches it through affiliations all holding
// on `day` (nullopt: affiliations open at both ends only).
inline bool OracleAffiliatedOn(const Graph& g, ActorId member, ActorId root,
                               std::optional<Date> day) {
  std::vector<ActorId> stack = {member};
  absl::flat_hash_set<ActorId> seen = {member};
  while (!stack.empty()) {
    ActorId a = stack.back();
    stack.pop_back();
    if (a == root) return true;
    for (const Affiliation& f : g.actor(a).affiliations) {
      const bool holds =
          day ? f.valid.Contains(*day)
              : (f.valid.is_open_begin() && f.valid.is_open_end());
      if (holds && seen.insert(f.organization).second) {
        stack.push_back(f.organization);
      }
    }
  }
  return false;
}

// True if `actor` stands for `root` at some day of `date`'s period.
inline bool OracleStandsFor(const Graph& g, ActorId actor, ActorId root,
                            Date date, bool hierarchy) {
  if (actor == root) return true;
  if (!hierarchy) return false;
  if (!date.is_known()) return OracleAffiliatedOn(g, actor, root, std::nullopt);
  for (Date d = date.FirstDay(); d <= date.LastDay(); d = d.PlusDays(1)) {
    if (OracleAffiliatedOn(g, actor, root, d)) return true;
  }
  return false;
}

// OracleStandsFor with a memo, for tests that ask it many times.
class StandsForMemo {
 public:
  explicit StandsForMemo(const Graph& g) : g_(g) {}
  bool operator()(ActorId actor, ActorId root, Date date, bool hierarchy) {
    if (actor == root) return true;
    if (!hierarchy) return false;
    const uint64_t key = (static_cast<uint64_t>(actor.value) << 48) ^
                         (static_cast<uint64_t>(root.value) << 32) ^
                         ((static_cast<uint64_t>(date.year()) << 9) |
                          (static_cast<uint64_t>(date.month()) << 5) |
                          static_cast<uint64_t>(date.day()));
    auto it = memo_.find(key);
    if (it != memo_.end()) return it->second;
    const bool v = OracleStandsFor(g_, actor, root, date, hierarchy);
    memo_.emplace(key, v);
    return v;
  }

 private:
  const Graph& g_;
  absl::flat_hash_map<uint64_t, bool> memo_;
};

// All statements passing `keep`, in (date, id) order, by a plain scan.
inline std::vector<StatementId> OracleScan(
    const Graph& g, const std::function<bool(const StatementView&)>& keep) {
  std::vector<StatementId> out;
  for (uint32_t i = 0; i < g.statement_count(); ++i) {
    if (keep(g.statement(StatementId(i)))) out.push_back(StatementId(i));
  }
  std::stable_sort(out.begin(), out.end(), [&](StatementId a, StatementId b) {
    return g.statement(a).date() < g.statement(b).date();
  });
  return out;
}

// A random network filter: some kinds, some polarities, a window.
inline NetworkFilter RandomFilter(std::mt19937& rng) {
  NetworkFilter f;
  f.kinds = static_cast<uint8_t>(1 + rng() % 7);
  f.polarities =
      rng() % 2 ? PolarityMask::kAll : static_cast<uint8_t>(1 + rng() % 7);
  f.window = rng() % 3 == 0 ? Interval() : RandomInterval(rng);
  return f;
}

// An edge of the actor network, derived from the records by a plain scan.
struct OracleEdge {
  uint32_t from;
  uint32_t to;
  EdgeKind kind;
  uint32_t record;
  uint32_t index;
  Polarity polarity;
};

inline bool OracleKeeps(const NetworkFilter& f, EdgeKind kind, Polarity p,
                        Date date) {
  if ((f.kinds & (1u << static_cast<int>(kind))) == 0) return false;
  if ((f.polarities & (1u << (static_cast<int>(p) + 1))) == 0) return false;
  return OracleInWindow(date, f.window);
}

inline bool OracleKeepsInterval(const NetworkFilter& f, EdgeKind kind,
                                Polarity p, const Interval& valid) {
  if ((f.kinds & (1u << static_cast<int>(kind))) == 0) return false;
  if ((f.polarities & (1u << (static_cast<int>(p) + 1))) == 0) return false;
  return valid.Overlaps(f.window);
}

// The directed network's edges passing `f`. With `undirected`, the reverse
// edge of a symmetric relationship is left out (as the undirected network
// does).
inline std::vector<OracleEdge> OracleEdges(const Graph& g,
                                           const NetworkFilter& f,
                                           bool undirected = false) {
  std::vector<OracleEdge> out;
  for (uint32_t i = 0; i < g.statement_count(); ++i) {
    const StatementView s = g.statement(StatementId(i));
    for (uint32_t k = 0; k < s.about().size(); ++k) {
      const ActorId t = s.about()[k];
      Polarity p = Polarity::kNeutral;
      for (const Stance& st : s.stances()) {
        if (st.target == t) p = st.polarity;
      }
      if (OracleKeeps(f, EdgeKind::kStatement, p, s.date())) {
        out.push_back(
            {s.speaker().value, t.value, EdgeKind::kStatement, i, k, p});
      }
    }
  }
  for (uint32_t i = 0; i < g.relationship_count(); ++i) {
    const Relationship& r = g.relationship(RelationshipId(i));
    if (!OracleKeepsInterval(f, EdgeKind::kRelationship, r.polarity, r.valid)) {
      continue;
    }
    out.push_back(
        {r.from.value, r.to.value, EdgeKind::kRelationship, i, 0, r.polarity});
    if (!r.directed && !undirected) {
      out.push_back({r.to.value, r.from.value, EdgeKind::kRelationship, i, 1,
                     r.polarity});
    }
  }
  for (uint32_t i = 0; i < g.actor_count(); ++i) {
    const Actor& a = g.actor(ActorId(i));
    for (uint32_t k = 0; k < a.affiliations.size(); ++k) {
      if (OracleKeepsInterval(f, EdgeKind::kAffiliation, Polarity::kNeutral,
                              a.affiliations[k].valid)) {
        out.push_back({i, a.affiliations[k].organization.value,
                       EdgeKind::kAffiliation, i, k, Polarity::kNeutral});
      }
    }
  }
  return out;
}

}  // namespace diplograph::testing

#endif  // DIPLOGRAPH_TESTS_QUERY_RANDOM_GRAPH_H_
