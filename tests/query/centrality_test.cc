#include "diplograph/centrality.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <deque>
#include <random>
#include <set>
#include <utility>
#include <vector>

#include "boost/graph/adjacency_list.hpp"
#include "boost/graph/betweenness_centrality.hpp"
#include "diplograph/graph.h"
#include "gtest/gtest.h"
#include "query/random_graph.h"

namespace diplograph {
namespace {

using ::diplograph::testing::OracleEdge;

// Betweenness by counting shortest paths from every source (no Brandes
// accumulation): for each s, BFS gives dist and the number of shortest
// paths sigma; v lies on sigma_sv * sigma_vt of the sigma_st s-t paths when
// dist(s,v) + dist(v,t) = dist(s,t).
std::vector<double> OracleBetweenness(
    const std::vector<std::set<uint32_t>>& adj) {
  const size_t n = adj.size();
  std::vector<std::vector<int>> dist(n, std::vector<int>(n, -1));
  std::vector<std::vector<double>> sigma(n, std::vector<double>(n, 0));
  for (size_t s = 0; s < n; ++s) {
    dist[s][s] = 0;
    sigma[s][s] = 1;
    std::deque<size_t> q = {s};
    while (!q.empty()) {
      size_t u = q.front();
      q.pop_front();
      for (uint32_t v : adj[u]) {
        if (dist[s][v] < 0) {
          dist[s][v] = dist[s][u] + 1;
          q.push_back(v);
        }
        if (dist[s][v] == dist[s][u] + 1) sigma[s][v] += sigma[s][u];
      }
    }
  }
  std::vector<double> out(n, 0);
  for (size_t s = 0; s < n; ++s) {
    for (size_t t = 0; t < n; ++t) {
      if (s == t || dist[s][t] < 0) continue;
      for (size_t v = 0; v < n; ++v) {
        if (v == s || v == t || dist[s][v] < 0 || dist[v][t] < 0) continue;
        if (dist[s][v] + dist[v][t] == dist[s][t]) {
          out[v] += sigma[s][v] * sigma[v][t] / sigma[s][t];
        }
      }
    }
  }
  return out;
}

class CentralityOracleTest : public ::testing::TestWithParam<uint32_t> {};

TEST_P(CentralityOracleTest, MatchesOraclesOverRandomWindows) {
  Graph g;
  testing::RandomGraphOptions opt;
  opt.statements = 600;
  testing::BuildRandomGraph(GetParam(), &g, opt);
  std::mt19937 rng(GetParam() + 41);
  const size_t n = g.actor_count();
  for (int i = 0; i < 40; ++i) {
    CentralityOptions co;
    co.filter = testing::RandomFilter(rng);
    co.damping = 0.5 + 0.1 * static_cast<double>(rng() % 5);
    co.iterations = 1 + static_cast<int>(rng() % 30);
    const std::vector<ActorCentrality> got = Centrality(g, co);
    ASSERT_EQ(got.size(), n);

    const std::vector<OracleEdge> edges = testing::OracleEdges(g, co.filter);
    std::vector<size_t> in(n, 0), out(n, 0);
    std::vector<std::set<uint32_t>> simple(n);
    for (const OracleEdge& e : edges) {
      ++out[e.from];
      ++in[e.to];
      if (e.from != e.to) simple[e.from].insert(e.to);
    }
    // PageRank, the same recurrence as Boost's, by a direct loop.
    std::vector<double> rank(n, 1.0 / static_cast<double>(n));
    for (int it = 0; it < co.iterations; ++it) {
      std::vector<double> next(n, 1 - co.damping);
      for (const OracleEdge& e : edges) {
        next[e.to] +=
            co.damping * rank[e.from] / static_cast<double>(out[e.from]);
      }
      rank = next;
    }
    double total = 0;
    for (double r : rank) total += r;
    const std::vector<double> between = OracleBetweenness(simple);
    for (size_t v = 0; v < n; ++v) {
      EXPECT_EQ(got[v].actor, ActorId(static_cast<uint32_t>(v)));
      EXPECT_EQ(got[v].in_degree, in[v]) << v;
      EXPECT_EQ(got[v].out_degree, out[v]) << v;
      EXPECT_NEAR(got[v].pagerank, rank[v] / total, 1e-9) << v;
      EXPECT_NEAR(got[v].betweenness, between[v], 1e-6) << v;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, CentralityOracleTest,
                         ::testing::Values(11u, 12u));

TEST(CentralityTest, DanglingActorsPassTheirRankToNoOne) {
  // A -> B only: B has no out-edge. Each step gives A (1 - d) and B
  // (1 - d) + d * r(A); B's own rank goes nowhere. With d = 0.5 from
  // (0.5, 0.5): (0.5, 0.75) at every step, scaled to (0.4, 0.6). Were B to
  // keep its rank, B would get 1.0 after one step; were it spread over
  // both, A would get more than 0.5.
  Graph g;
  const ActorId a = *g.AddActor({.name = "A", .kind = ActorKind::kState});
  const ActorId b = *g.AddActor({.name = "B", .kind = ActorKind::kState});
  ASSERT_TRUE(g.AddStatement({.speaker = a, .text = "x", .about = {b}}).ok());
  for (int iterations : {1, 2, 20}) {
    CentralityOptions co;
    co.damping = 0.5;
    co.iterations = iterations;
    co.betweenness = false;
    const std::vector<ActorCentrality> c = Centrality(g, co);
    ASSERT_EQ(c.size(), 2u);
    EXPECT_NEAR(c[a.value].pagerank, 0.4, 1e-12) << iterations;
    EXPECT_NEAR(c[b.value].pagerank, 0.6, 1e-12) << iterations;
  }
}

TEST(CentralityTest, SkipsWhatIsNotAsked) {
  Graph g;
  testing::RandomGraphOptions opt;
  opt.statements = 50;
  testing::BuildRandomGraph(3, &g, opt);
  CentralityOptions co;
  co.pagerank = false;
  co.betweenness = false;
  for (const ActorCentrality& c : Centrality(g, co)) {
    EXPECT_EQ(c.pagerank, 0);
    EXPECT_EQ(c.betweenness, 0);
  }
  Graph empty;
  EXPECT_TRUE(Centrality(empty).empty());
}

TEST(CentralityTest, BetweennessMatchesBoostBrandes) {
  // A graph large enough for paths of several hops and many ties between
  // shortest paths, against boost::brandes_betweenness_centrality run on
  // the same simple link graph.
  Graph g;
  testing::RandomGraphOptions opt;
  opt.actors = 300;
  opt.statements = 2500;
  testing::BuildRandomGraph(21, &g, opt);
  std::mt19937 rng(5);
  const size_t n = g.actor_count();
  for (int i = 0; i < 6; ++i) {
    CentralityOptions co;
    co.filter = testing::RandomFilter(rng);
    co.pagerank = false;
    const std::vector<ActorCentrality> got = Centrality(g, co);
    std::vector<std::pair<size_t, size_t>> links;
    for (const OracleEdge& e : testing::OracleEdges(g, co.filter)) {
      if (e.from != e.to) links.emplace_back(e.from, e.to);
    }
    std::sort(links.begin(), links.end());
    links.erase(std::unique(links.begin(), links.end()), links.end());
    using Simple =
        boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    const Simple simple(links.begin(), links.end(), n);
    std::vector<double> want(n, 0.0);
    boost::brandes_betweenness_centrality(
        simple, boost::centrality_map(boost::make_iterator_property_map(
                    want.begin(), boost::get(boost::vertex_index, simple))));
    double largest = 0;
    for (size_t v = 0; v < n; ++v) {
      EXPECT_NEAR(got[v].betweenness, want[v], 1e-9 * (1 + want[v])) << v;
      largest = std::max(largest, want[v]);
    }
    if (links.size() > 100) {
      EXPECT_GT(largest, 0) << i;
    }
  }
}

TEST(CentralityTest, ProgressReportsEachMeasureAtABoundedRate) {
  Graph g;
  testing::RandomGraphOptions opt;
  opt.actors = 1500;
  opt.statements = 2000;
  testing::BuildRandomGraph(8, &g, opt);
  std::vector<CentralityProgress> calls;
  CentralityOptions co;
  co.iterations = 2500;
  co.progress = [&calls](const CentralityProgress& p) { calls.push_back(p); };
  const std::vector<ActorCentrality> with = Centrality(g, co);

  std::vector<CentralityProgress> pagerank, betweenness;
  for (const CentralityProgress& p : calls) {
    (p.stage == CentralityProgress::Stage::kPageRank ? pagerank : betweenness)
        .push_back(p);
  }
  // PageRank first, then betweenness; each ends with done == total, counts
  // up, and is called at most about 1,025 times.
  ASSERT_FALSE(pagerank.empty());
  ASSERT_FALSE(betweenness.empty());
  EXPECT_EQ(calls.front().stage, CentralityProgress::Stage::kPageRank);
  EXPECT_EQ(calls.back().stage, CentralityProgress::Stage::kBetweenness);
  for (const auto* stage : {&pagerank, &betweenness}) {
    EXPECT_LE(stage->size(), 1025u);
    EXPECT_GE(stage->size(), 100u);
    for (size_t i = 1; i < stage->size(); ++i) {
      EXPECT_GT((*stage)[i].done, (*stage)[i - 1].done);
      EXPECT_EQ((*stage)[i].total, stage->front().total);
    }
    EXPECT_EQ(stage->back().done, stage->back().total);
  }
  EXPECT_EQ(pagerank.back().total, 2500u);
  EXPECT_EQ(betweenness.back().total, g.actor_count());

  // The callback changes nothing of the result.
  co.progress = nullptr;
  const std::vector<ActorCentrality> without = Centrality(g, co);
  ASSERT_EQ(with.size(), without.size());
  for (size_t v = 0; v < with.size(); ++v) {
    EXPECT_EQ(with[v].pagerank, without[v].pagerank);
    EXPECT_EQ(with[v].betweenness, without[v].betweenness);
  }

  // A few iterations: one call each. Degrees alone: no call.
  calls.clear();
  co.iterations = 3;
  co.betweenness = false;
  co.progress = [&calls](const CentralityProgress& p) { calls.push_back(p); };
  Centrality(g, co);
  ASSERT_EQ(calls.size(), 3u);
  for (uint64_t i = 0; i < 3; ++i) {
    EXPECT_EQ(calls[i].done, i + 1);
    EXPECT_EQ(calls[i].total, 3u);
  }
  calls.clear();
  co.pagerank = false;
  Centrality(g, co);
  EXPECT_TRUE(calls.empty());
}

TEST(StatementDegreesTest, MatchAPlainCountOverRandomWindows) {
  for (uint32_t seed : {1u, 2u, 3u}) {
    Graph g;
    testing::BuildRandomGraph(seed, &g);
    std::mt19937 rng(seed * 31);
    for (int i = 0; i < 40; ++i) {
      // Narrow and wide windows, so that kAuto takes both ways.
      const Interval window =
          i % 5 == 0 ? Interval()
          : i % 5 == 1
              ? *Interval::Make(*Date::FromYear(2020), *Date::FromYear(2023))
              : testing::RandomInterval(rng);
      std::vector<StatementDegree> want(g.actor_count());
      for (uint32_t s = 0; s < g.statement_count(); ++s) {
        const StatementView v = g.statement(StatementId(s));
        if (!testing::OracleInWindow(v.date(), window)) continue;
        for (ActorId t : v.about()) {
          ++want[v.speaker().value].out;
          ++want[t.value].in;
        }
      }
      // Every way, on one thread, the default, and several (more threads
      // than 64-id parts of the table for 64).
      for (DegreeScan scan : {DegreeScan::kAuto, DegreeScan::kDateIndex,
                              DegreeScan::kTable, DegreeScan::kIdOrder}) {
        for (int threads : {1, 0, 2, 3, 64}) {
          const std::vector<StatementDegree> got =
              StatementDegreesDuring(g, window, scan, threads);
          ASSERT_EQ(got.size(), want.size());
          for (size_t a = 0; a < want.size(); ++a) {
            EXPECT_EQ(got[a].out, want[a].out)
                << a << " scan " << static_cast<int>(scan) << " threads "
                << threads;
            EXPECT_EQ(got[a].in, want[a].in)
                << a << " scan " << static_cast<int>(scan) << " threads "
                << threads;
            EXPECT_EQ(got[a].total(), want[a].out + want[a].in);
          }
        }
      }
      // The same numbers as Centrality's degrees over statement edges.
      CentralityOptions co;
      co.filter.kinds = EdgeKindMask::kStatement;
      co.filter.window = window;
      co.pagerank = false;
      co.betweenness = false;
      const std::vector<ActorCentrality> c = Centrality(g, co);
      const std::vector<StatementDegree> got =
          StatementDegreesDuring(g, window);
      for (size_t a = 0; a < c.size(); ++a) {
        EXPECT_EQ(got[a].out, c[a].out_degree);
        EXPECT_EQ(got[a].in, c[a].in_degree);
      }
    }
  }
  Graph empty;
  EXPECT_TRUE(StatementDegreesDuring(empty, Interval()).empty());
}

// A graph large enough for kAuto's table-sized ways and the default
// threads (kAuto and threads = 0 pick by size): 200,000 statements at
// random dates over 2005-2015 (so not stored in date order), some undated,
// some at month or year precision, with zero to three targets, the
// speaker among them now and then.
TEST(StatementDegreesTest, LargeGraphEveryWayAndThreadCountAgree) {
  Graph g;
  std::mt19937 rng(7);
  constexpr int kActors = 700;
  ASSERT_TRUE(g.Update([&](Graph& u) -> absl::Status {
                 for (int i = 0; i < kActors; ++i) {
                   Actor a;
                   a.name = absl::StrCat("Actor ", i);
                   absl::StatusOr<ActorId> id = u.AddActor(a);
                   if (!id.ok()) return id.status();
                 }
                 for (int i = 0; i < 200000; ++i) {
                   Statement s;
                   s.speaker = ActorId(rng() % kActors);
                   const int p = static_cast<int>(rng() % 50);
                   const int year = 2005 + static_cast<int>(rng() % 11);
                   const int month = 1 + static_cast<int>(rng() % 12);
                   if (p == 1) {
                     s.date = *Date::FromYear(year);
                   } else if (p == 2) {
                     s.date = *Date::FromYearMonth(year, month);
                   } else if (p != 0) {
                     s.date = *Date::FromYearMonthDay(
                         year, month, 1 + static_cast<int>(rng() % 28));
                   }
                   const int targets = static_cast<int>(rng() % 4);
                   for (int t = 0; t < targets; ++t) {
                     const ActorId x =
                         rng() % 8 == 0 ? s.speaker : ActorId(rng() % kActors);
                     if (std::find(s.about.begin(), s.about.end(), x) ==
                         s.about.end()) {
                       s.about.push_back(x);
                     }
                   }
                   s.text = "x";
                   absl::StatusOr<StatementId> id = u.AddStatement(s);
                   if (!id.ok()) return id.status();
                 }
                 return absl::OkStatus();
               }).ok());
  auto day = [](int y, int m, int d) {
    return *Date::FromYearMonthDay(y, m, d);
  };
  const std::vector<Interval> windows = {
      Interval(),                                           // everything
      *Interval::Make(day(2010, 1, 1), day(2010, 12, 31)),  // one year
      *Interval::Make(*Date::FromYear(2007), *Date::FromYear(2010)),
      *Interval::Make(*Date::FromYear(2005), *Date::FromYear(2010)),
      *Interval::Make(day(2012, 3, 5), day(2012, 3, 5)),  // one day
      Interval::Since(day(2015, 12, 28)),                 // the last days
      Interval::Until(day(2005, 1, 1)),                   // the first day
      Interval::Since(*Date::FromYear(2016)),             // after all
      Interval::Until(*Date::FromYear(2004)),             // before all
      Interval::Since(*Date::FromYear(2005)),             // all dated
  };
  for (const Interval& window : windows) {
    std::vector<StatementDegree> want(g.actor_count());
    for (uint32_t s = 0; s < g.statement_count(); ++s) {
      const StatementView v = g.statement(StatementId(s));
      if (!testing::OracleInWindow(v.date(), window)) continue;
      want[v.speaker().value].out += static_cast<uint32_t>(v.about().size());
      for (ActorId t : v.about()) ++want[t.value].in;
    }
    for (DegreeScan scan : {DegreeScan::kAuto, DegreeScan::kDateIndex,
                            DegreeScan::kTable, DegreeScan::kIdOrder}) {
      for (int threads : {0, 1, 2, 7}) {
        const std::vector<StatementDegree> got =
            StatementDegreesDuring(g, window, scan, threads);
        ASSERT_EQ(got.size(), want.size());
        int wrong = 0;
        for (size_t a = 0; a < want.size(); ++a) {
          wrong += got[a].out != want[a].out || got[a].in != want[a].in;
        }
        EXPECT_EQ(wrong, 0) << window.ToString() << " scan "
                            << static_cast<int>(scan) << " threads " << threads;
      }
    }
  }
}

}  // namespace
}  // namespace diplograph
