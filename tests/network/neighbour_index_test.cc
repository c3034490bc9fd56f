// NeighbourIndex, NeighboursOf, NeighbourhoodOf and EdgesBetween against
// brute-force references computed from the records (random_graph.h's
// OracleEdges) on random graphs, for every combination of edge kinds.

#include <algorithm>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

#include "diplograph/graph.h"
#include "diplograph/network.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "query/random_graph.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::OracleEdge;
using ::diplograph::testing::StatusIs;
using Counts = std::vector<std::map<uint32_t, uint32_t>>;

NetworkFilter KindsOnly(uint8_t kinds) {
  NetworkFilter f;
  f.kinds = kinds;
  return f;
}

// Distinct neighbours with edge counts, per direction, by a plain count over
// the network's edges.
Counts OracleRows(const Graph& g, uint8_t kinds, NeighbourIndex::Direction d) {
  Counts rows(g.actor_count());
  const bool both = d == NeighbourIndex::kBoth;
  for (const OracleEdge& e : testing::OracleEdges(g, KindsOnly(kinds), both)) {
    if (d == NeighbourIndex::kOut) {
      ++rows[e.from][e.to];
    } else if (d == NeighbourIndex::kIn) {
      ++rows[e.to][e.from];
    } else {
      ++rows[e.from][e.to];
      if (e.from != e.to) ++rows[e.to][e.from];
    }
  }
  return rows;
}

Counts IndexRows(const NeighbourIndex& idx, NeighbourIndex::Direction d) {
  Counts rows(idx.actor_count());
  for (uint32_t a = 0; a < idx.actor_count(); ++a) {
    const auto ids = idx.Neighbours(ActorId(a), d);
    const auto counts = idx.EdgeCounts(ActorId(a), d);
    EXPECT_EQ(ids.size(), counts.size());
    EXPECT_EQ(ids.size(), idx.Degree(ActorId(a), d));
    EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
    for (size_t k = 0; k < ids.size(); ++k) {
      EXPECT_GT(counts[k], 0u);
      rows[a][ids[k].value] = counts[k];
    }
  }
  return rows;
}

class NeighbourIndexTest : public ::testing::TestWithParam<uint32_t> {};

TEST_P(NeighbourIndexTest, RowsMatchACountOfTheNetworkEdges) {
  Graph g;
  testing::RandomGraphOptions opt;
  opt.statements = 600;
  testing::BuildRandomGraph(GetParam(), &g, opt);
  // A self-loop, so that rows hold the actor itself.
  Statement self;
  self.speaker = ActorId(2);
  self.about = {ActorId(2), ActorId(3)};
  ASSERT_TRUE(g.AddStatement(self).ok());
  for (uint8_t kinds = 0; kinds <= EdgeKindMask::kAll; ++kinds) {
    SCOPED_TRACE(static_cast<int>(kinds));
    const std::shared_ptr<const NeighbourIndex> idx = NeighboursOf(g, kinds);
    EXPECT_EQ(idx->kinds(), kinds);
    ASSERT_EQ(idx->actor_count(), g.actor_count());
    size_t links = 0;
    for (auto d :
         {NeighbourIndex::kOut, NeighbourIndex::kIn, NeighbourIndex::kBoth}) {
      const Counts want = OracleRows(g, kinds, d);
      EXPECT_EQ(IndexRows(*idx, d), want)
          << "direction " << static_cast<int>(d);
      size_t distinct = 0;
      for (const auto& row : want) distinct += row.size();
      EXPECT_EQ(idx->link_count(d), distinct);
      links += distinct;
    }
    EXPECT_GE(idx->bytes(),
              links * 8 + 3 * (g.actor_count() + 1) * sizeof(uint32_t));
  }
}

TEST_P(NeighbourIndexTest, NeighbourhoodMatchesABreadthFirstOracle) {
  Graph g;
  testing::RandomGraphOptions opt;
  opt.statements = 120;  // sparse, for several levels
  testing::BuildRandomGraph(GetParam(), &g, opt);
  std::mt19937 rng(GetParam() * 7 + 1);
  const uint32_t n = static_cast<uint32_t>(g.actor_count());
  for (int i = 0; i < 60; ++i) {
    NeighbourhoodOptions o;
    o.kinds = static_cast<uint8_t>(rng() % 8);
    o.direction = static_cast<NeighbourIndex::Direction>(rng() % 3);
    const int radius = static_cast<int>(rng() % 5);
    const uint32_t c = rng() % n;
    // Oracle: breadth-first search over the edges, by level.
    std::vector<std::set<uint32_t>> adj(n);
    for (const OracleEdge& e : testing::OracleEdges(g, KindsOnly(o.kinds))) {
      if (o.direction != NeighbourIndex::kIn) adj[e.from].insert(e.to);
      if (o.direction != NeighbourIndex::kOut) adj[e.to].insert(e.from);
    }
    std::vector<int> dist(n, -1);
    dist[c] = 0;
    std::deque<uint32_t> q = {c};
    while (!q.empty()) {
      const uint32_t u = q.front();
      q.pop_front();
      for (uint32_t v : adj[u]) {
        if (dist[v] < 0) {
          dist[v] = dist[u] + 1;
          q.push_back(v);
        }
      }
    }
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Neighbourhood got,
                                    NeighbourhoodOf(g, ActorId(c), radius, o));
    ASSERT_FALSE(got.level_begin.empty());
    EXPECT_EQ(got.level_begin.front(), 0u);
    EXPECT_EQ(got.level_begin.back(), got.actors.size());
    for (size_t level = 1; level < got.level_begin.size(); ++level) {
      std::set<uint32_t> want, have;
      for (uint32_t v = 0; v < n; ++v) {
        if (dist[v] == static_cast<int>(level)) want.insert(v);
      }
      for (uint32_t k = got.level_begin[level - 1]; k < got.level_begin[level];
           ++k) {
        EXPECT_TRUE(have.insert(got.actors[k].value).second) << "repeated";
      }
      EXPECT_EQ(have, want) << "level " << level;
    }
    // Levels stop only when the radius is reached or nothing is left.
    size_t within = 0;
    for (uint32_t v = 0; v < n; ++v) {
      within += dist[v] >= 1 && dist[v] <= radius;
    }
    EXPECT_EQ(got.actors.size(), within);
  }
}

TEST_P(NeighbourIndexTest, EdgesBetweenMatchTheNetworkEdges) {
  Graph g;
  testing::BuildRandomGraph(GetParam(), &g);
  std::mt19937 rng(GetParam() + 3);
  const uint32_t n = static_cast<uint32_t>(g.actor_count());
  for (int i = 0; i < 200; ++i) {
    const uint8_t kinds = static_cast<uint8_t>(rng() % 8);
    const bool both = rng() % 2;
    const uint32_t a = rng() % n, b = i % 4 == 0 ? a : rng() % n;
    std::vector<std::tuple<int, uint32_t, uint32_t>> want, got;
    for (const OracleEdge& e :
         testing::OracleEdges(g, KindsOnly(kinds), both)) {
      if ((e.from == a && e.to == b) || (both && e.from == b && e.to == a)) {
        want.emplace_back(static_cast<int>(e.kind), e.record, e.index);
      }
    }
    std::sort(want.begin(), want.end());
    want.erase(std::unique(want.begin(), want.end()), want.end());
    for (const NetworkEdge& e :
         EdgesBetween(g, ActorId(a), ActorId(b), kinds, both)) {
      got.emplace_back(static_cast<int>(e.kind), e.record, e.index);
    }
    EXPECT_EQ(got, want) << a << " " << b << " kinds " << int(kinds);
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, NeighbourIndexTest, ::testing::Values(1, 2, 3));

TEST(NeighbourIndexCacheTest, SharedUntilTheStructureChanges) {
  Graph g;
  testing::BuildRandomGraph(5, &g);
  const auto a = NeighboursOf(g, EdgeKindMask::kStatement);
  EXPECT_EQ(NeighboursOf(g, EdgeKindMask::kStatement), a);
  EXPECT_NE(NeighboursOf(g, EdgeKindMask::kAll), a);
  ASSERT_TRUE(g.AddSource({.title = "a source"}).ok());  // not structure
  EXPECT_EQ(NeighboursOf(g, EdgeKindMask::kStatement), a);
  Statement s;
  s.speaker = ActorId(0);
  s.about = {ActorId(1)};
  ASSERT_TRUE(g.AddStatement(s).ok());
  const auto b = NeighboursOf(g, EdgeKindMask::kStatement);
  EXPECT_NE(b, a);
  // The old snapshot still describes the graph as it was.
  const auto old_counts = a->EdgeCounts(ActorId(0), NeighbourIndex::kOut);
  const auto new_counts = b->EdgeCounts(ActorId(0), NeighbourIndex::kOut);
  uint32_t old_total = 0, new_total = 0;
  for (uint32_t c : old_counts) old_total += c;
  for (uint32_t c : new_counts) new_total += c;
  EXPECT_EQ(new_total, old_total + 1);
}

TEST(NeighbourhoodTest, Errors) {
  Graph g;
  testing::BuildRandomGraph(1, &g);
  EXPECT_THAT(NeighbourhoodOf(g, ActorId(9999), 1),
              StatusIs(absl::StatusCode::kNotFound,
                       ::testing::HasSubstr("NeighbourhoodOf")));
  EXPECT_THAT(NeighbourhoodOf(g, ActorId(), 1),
              StatusIs(absl::StatusCode::kNotFound,
                       ::testing::HasSubstr("NeighbourhoodOf")));
  EXPECT_THAT(NeighbourhoodOf(g, ActorId(0), -1),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       ::testing::HasSubstr("NeighbourhoodOf")));
  NeighbourhoodOptions o;
  o.direction = static_cast<NeighbourIndex::Direction>(7);
  EXPECT_THAT(NeighbourhoodOf(g, ActorId(0), 1, o),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       ::testing::HasSubstr("NeighbourhoodOf")));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Neighbourhood zero,
                                  NeighbourhoodOf(g, ActorId(0), 0));
  EXPECT_TRUE(zero.actors.empty());
  EXPECT_EQ(zero.level_begin, std::vector<uint32_t>{0});
}

TEST(NeighbourIndexEmptyTest, EmptyGraph) {
  Graph g;
  const auto idx = NeighboursOf(g);
  EXPECT_EQ(idx->actor_count(), 0u);
  EXPECT_EQ(idx->link_count(NeighbourIndex::kBoth), 0u);
}

}  // namespace
}  // namespace diplograph
