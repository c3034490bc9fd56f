#include "diplograph/paths.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <functional>
#include <limits>
#include <numeric>
#include <random>
#include <set>
#include <tuple>
#include <vector>

#include "diplograph/graph.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "query/random_graph.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::OracleEdge;
using ::diplograph::testing::StatusIs;
using EdgeKey = std::tuple<int, uint32_t, uint32_t>;

constexpr int kInf = std::numeric_limits<int>::max();

std::vector<EdgeKey> Keys(const std::vector<NetworkEdge>& edges) {
  std::vector<EdgeKey> out;
  for (const NetworkEdge& e : edges) {
    out.emplace_back(static_cast<int>(e.kind), e.record, e.index);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Adjacency (neighbour sets) of the oracle edges.
std::vector<std::set<uint32_t>> Adjacency(const std::vector<OracleEdge>& edges,
                                          size_t n, bool directed) {
  std::vector<std::set<uint32_t>> adj(n);
  for (const OracleEdge& e : edges) {
    adj[e.from].insert(e.to);
    if (!directed) adj[e.to].insert(e.from);
  }
  return adj;
}

std::vector<int> Bfs(const std::vector<std::set<uint32_t>>& adj, uint32_t s) {
  std::vector<int> dist(adj.size(), kInf);
  dist[s] = 0;
  std::deque<uint32_t> q = {s};
  while (!q.empty()) {
    uint32_t u = q.front();
    q.pop_front();
    for (uint32_t v : adj[u]) {
      if (dist[v] == kInf) {
        dist[v] = dist[u] + 1;
        q.push_back(v);
      }
    }
  }
  return dist;
}

// Oracle evidence of a hop u -> v.
std::vector<EdgeKey> HopEvidence(const std::vector<OracleEdge>& edges,
                                 uint32_t u, uint32_t v, bool directed) {
  std::vector<EdgeKey> out;
  for (const OracleEdge& e : edges) {
    if ((e.from == u && e.to == v) || (!directed && e.from == v && e.to == u)) {
      out.emplace_back(static_cast<int>(e.kind), e.record, e.index);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

class PathsOracleTest : public ::testing::TestWithParam<uint32_t> {};

TEST_P(PathsOracleTest, ShortestPathsMatchABreadthFirstOracle) {
  Graph g;
  testing::RandomGraphOptions opt;
  opt.statements = 400;  // sparse enough for long paths
  testing::BuildRandomGraph(GetParam(), &g, opt);
  std::mt19937 rng(GetParam() + 17);
  const uint32_t n = static_cast<uint32_t>(g.actor_count());
  size_t found = 0;
  for (int i = 0; i < 150; ++i) {
    PathOptions po;
    po.filter = testing::RandomFilter(rng);
    po.follow_direction = rng() % 2;
    po.max_paths = 1 + rng() % 6;
    const uint32_t s = rng() % n, t = rng() % n;
    const bool directed = po.follow_direction;
    const auto edges = testing::OracleEdges(g, po.filter, !directed);
    const auto adj = Adjacency(edges, n, directed);
    const std::vector<int> dist = Bfs(adj, s);
    // The number of shortest paths to t, by dynamic programming.
    std::vector<uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](uint32_t a, uint32_t b) { return dist[a] < dist[b]; });
    std::vector<double> ways(n, 0);
    ways[s] = 1;
    for (uint32_t u : order) {
      if (dist[u] == kInf) continue;
      for (uint32_t v : adj[u]) {
        if (dist[v] == dist[u] + 1) ways[v] += ways[u];
      }
    }
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
        std::vector<Path> paths, ShortestPaths(g, ActorId(s), ActorId(t), po));
    if (dist[t] == kInf) {
      EXPECT_TRUE(paths.empty());
      continue;
    }
    ++found;
    ASSERT_EQ(paths.size(),
              static_cast<size_t>(std::min<double>(ways[t], po.max_paths)));
    for (size_t k = 0; k < paths.size(); ++k) {
      const Path& p = paths[k];
      ASSERT_EQ(p.actors.size(), static_cast<size_t>(dist[t]) + 1);
      EXPECT_EQ(p.actors.front(), ActorId(s));
      EXPECT_EQ(p.actors.back(), ActorId(t));
      EXPECT_EQ(p.cost, dist[t]);
      ASSERT_EQ(p.hops.size(), p.actors.size() - 1);
      for (size_t h = 0; h < p.hops.size(); ++h) {
        EXPECT_EQ(p.hops[h].from, p.actors[h]);
        EXPECT_EQ(p.hops[h].to, p.actors[h + 1]);
        EXPECT_EQ(Keys(p.hops[h].evidence),
                  HopEvidence(edges, p.actors[h].value, p.actors[h + 1].value,
                              directed));
      }
      if (k > 0) {
        EXPECT_LT(paths[k - 1].actors, p.actors);
      }
    }
  }
  EXPECT_GT(found, 30u);
}

TEST_P(PathsOracleTest, WeightedPathsMatchAnExhaustiveOracle) {
  Graph g;
  testing::RandomGraphOptions opt;
  opt.statements = 300;
  testing::BuildRandomGraph(GetParam(), &g, opt);
  std::mt19937 rng(GetParam() + 23);
  const uint32_t n = static_cast<uint32_t>(g.actor_count());
  auto weight = [](uint32_t record, int kind) {
    return 0.5 + static_cast<double>((record * 7 + kind) % 5);
  };
  for (int i = 0; i < 100; ++i) {
    PathOptions po;
    po.filter = testing::RandomFilter(rng);
    po.follow_direction = rng() % 2;
    po.weight = [&](const NetworkEdge& e) {
      return weight(e.record, static_cast<int>(e.kind));
    };
    const uint32_t s = rng() % n, t = rng() % n;
    const auto edges = testing::OracleEdges(g, po.filter, !po.follow_direction);
    // Bellman-Ford over the edge list.
    std::vector<double> d(n, std::numeric_limits<double>::infinity());
    d[s] = 0;
    for (uint32_t round = 0; round < n; ++round) {
      for (const OracleEdge& e : edges) {
        const double w = weight(e.record, static_cast<int>(e.kind));
        d[e.to] = std::min(d[e.to], d[e.from] + w);
        if (!po.follow_direction) d[e.from] = std::min(d[e.from], d[e.to] + w);
      }
    }
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
        std::vector<Path> paths, ShortestPaths(g, ActorId(s), ActorId(t), po));
    if (!std::isfinite(d[t])) {
      EXPECT_TRUE(paths.empty());
      continue;
    }
    ASSERT_EQ(paths.size(), 1u);
    EXPECT_DOUBLE_EQ(paths[0].cost, d[t]);
    double sum = 0;
    for (const Hop& h : paths[0].hops) {
      double best = std::numeric_limits<double>::infinity();
      for (const NetworkEdge& e : h.evidence) {
        best = std::min(best, weight(e.record, static_cast<int>(e.kind)));
      }
      ASSERT_FALSE(h.evidence.empty());
      sum += best;
    }
    EXPECT_DOUBLE_EQ(sum, d[t]);
  }
}

TEST_P(PathsOracleTest, EgoNetworksAndComponentsMatchOracles) {
  Graph g;
  testing::RandomGraphOptions opt;
  opt.statements = 200;
  testing::BuildRandomGraph(GetParam(), &g, opt);
  std::mt19937 rng(GetParam() + 31);
  const uint32_t n = static_cast<uint32_t>(g.actor_count());
  for (int i = 0; i < 100; ++i) {
    const NetworkFilter f = testing::RandomFilter(rng);
    const bool directed = rng() % 2;
    const int radius = static_cast<int>(rng() % 4);
    const uint32_t c = rng() % n;
    const auto edges = testing::OracleEdges(g, f, !directed);
    const std::vector<int> dist = Bfs(Adjacency(edges, n, directed), c);
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
        EgoNetwork ego,
        EgoNetworkOf(g, ActorId(c), radius,
                     {.filter = f, .follow_direction = directed}));
    std::vector<std::pair<int, uint32_t>> want;
    for (uint32_t v = 0; v < n; ++v) {
      if (dist[v] <= radius) want.emplace_back(dist[v], v);
    }
    std::sort(want.begin(), want.end());
    ASSERT_EQ(ego.actors.size(), want.size());
    for (size_t k = 0; k < want.size(); ++k) {
      EXPECT_EQ(ego.actors[k].value, want[k].second);
      EXPECT_EQ(ego.distance[k], want[k].first);
    }
    std::vector<EdgeKey> want_edges;
    for (const OracleEdge& e : testing::OracleEdges(g, f)) {
      if (dist[e.from] <= radius && dist[e.to] <= radius) {
        want_edges.emplace_back(static_cast<int>(e.kind), e.record, e.index);
      }
    }
    std::sort(want_edges.begin(), want_edges.end());
    EXPECT_EQ(Keys(ego.edges), want_edges);

    // Components by union-find.
    std::vector<uint32_t> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    std::function<uint32_t(uint32_t)> find = [&](uint32_t x) {
      return parent[x] == x ? x : parent[x] = find(parent[x]);
    };
    for (const OracleEdge& e : testing::OracleEdges(g, f, true)) {
      parent[find(e.from)] = find(e.to);
    }
    const Components comps = ConnectedComponents(g, f);
    ASSERT_EQ(comps.component_of.size(), n);
    std::vector<uint32_t> number(n, UINT32_MAX);
    uint32_t next = 0;
    for (uint32_t v = 0; v < n; ++v) {
      if (number[find(v)] == UINT32_MAX) number[find(v)] = next++;
      EXPECT_EQ(comps.component_of[v], number[find(v)]);
    }
    EXPECT_EQ(comps.count, next);
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, PathsOracleTest, ::testing::Values(5u, 6u, 7u));

// Every shortest path from s to t, in lexicographic order of their actor
// ids, at most `limit` of them: a full breadth-first search from each end,
// then a depth-first walk over the sorted neighbour sets keeping the
// vertices one hop closer to t.
std::vector<std::vector<uint32_t>> ReferencePaths(
    const std::vector<OracleEdge>& edges, size_t n, bool directed, uint32_t s,
    uint32_t t, size_t limit) {
  const auto adj = Adjacency(edges, n, directed);
  std::vector<OracleEdge> reversed = edges;
  for (OracleEdge& e : reversed) std::swap(e.from, e.to);
  const std::vector<int> to_t = Bfs(Adjacency(reversed, n, directed), t);
  std::vector<std::vector<uint32_t>> out;
  if (to_t[s] == kInf) return out;
  std::vector<uint32_t> path = {s};
  std::function<void(uint32_t)> walk = [&](uint32_t u) {
    if (out.size() == limit) return;
    if (u == t) {
      out.push_back(path);
      return;
    }
    for (uint32_t w : adj[u]) {
      if (to_t[w] != kInf && to_t[w] + 1 == to_t[u]) {
        path.push_back(w);
        walk(w);
        path.pop_back();
      }
    }
  };
  walk(s);
  return out;
}

// Many small random graphs, sparse (long paths) to dense (many ties),
// directed and not, open and bounded windows: ShortestPaths must give the
// reference's paths, in its order, with the evidence of each hop.
TEST(PathsTest, ShortestPathsMatchAFullSearchReferenceOnRandomGraphs) {
  size_t unreachable = 0, same = 0, several = 0, truncated = 0, long_paths = 0;
  for (uint32_t seed = 100; seed < 160; ++seed) {
    Graph g;
    testing::RandomGraphOptions opt;
    opt.actors = 10 + static_cast<int>(seed % 4) * 8;
    opt.statements = 40 + static_cast<int>((seed * 37) % 600);
    opt.relationships = static_cast<int>(seed % 12);
    testing::BuildRandomGraph(seed, &g, opt);
    std::mt19937 rng(seed);
    const uint32_t n = static_cast<uint32_t>(g.actor_count());
    for (int i = 0; i < 40; ++i) {
      PathOptions po;
      // Half the queries keep every edge, for dense graphs with many ties.
      if (rng() % 2) po.filter = testing::RandomFilter(rng);
      po.follow_direction = rng() % 2;
      const uint32_t shape = rng() % 4;
      po.max_paths = shape == 0 ? 1 : shape == 3 ? 1 + rng() % 40 : 1 + shape;
      const uint32_t s = rng() % n;
      const uint32_t t = i % 10 == 0 ? s : rng() % n;
      const bool directed = po.follow_direction;
      const auto edges = testing::OracleEdges(g, po.filter, !directed);
      const std::vector<std::vector<uint32_t>> want =
          ReferencePaths(edges, n, directed, s, t, po.max_paths);
      const std::vector<std::vector<uint32_t>> all =
          ReferencePaths(edges, n, directed, s, t, 1000);
      DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
          std::vector<Path> paths,
          ShortestPaths(g, ActorId(s), ActorId(t), po));
      ASSERT_EQ(paths.size(), want.size())
          << "seed " << seed << " query " << i << " " << s << " -> " << t;
      for (size_t k = 0; k < paths.size(); ++k) {
        std::vector<uint32_t> got;
        for (ActorId a : paths[k].actors) got.push_back(a.value);
        ASSERT_EQ(got, want[k])
            << "seed " << seed << " query " << i << " path " << k;
        EXPECT_EQ(paths[k].cost, static_cast<double>(got.size() - 1));
        ASSERT_EQ(paths[k].hops.size(), got.size() - 1);
        for (size_t h = 0; h < paths[k].hops.size(); ++h) {
          EXPECT_EQ(paths[k].hops[h].from.value, got[h]);
          EXPECT_EQ(paths[k].hops[h].to.value, got[h + 1]);
          EXPECT_EQ(Keys(paths[k].hops[h].evidence),
                    HopEvidence(edges, got[h], got[h + 1], directed));
        }
      }
      if (want.empty()) ++unreachable;
      if (s == t) ++same;
      if (want.size() > 1) ++several;
      if (all.size() > want.size()) ++truncated;
      if (!want.empty() && want[0].size() > 3) ++long_paths;
    }
  }
  // The cases the comparison is meant to cover all occurred.
  EXPECT_GT(unreachable, 50u);
  EXPECT_GT(same, 100u);
  EXPECT_GT(several, 100u);
  EXPECT_GT(truncated, 80u);
  EXPECT_GT(long_paths, 40u);
}

// Whole kinds of edges (open window, every polarity) go through the
// neighbour index: the paths must be shortest, in order, with the network's
// evidence, and evidence = false must leave only the evidence out.
TEST(PathsTest, WholeKindsSearchTheNeighbourIndex) {
  Graph g;
  testing::RandomGraphOptions opt;
  opt.statements = 300;
  testing::BuildRandomGraph(11, &g, opt);
  std::mt19937 rng(5);
  const uint32_t n = static_cast<uint32_t>(g.actor_count());
  size_t found = 0;
  for (int i = 0; i < 200; ++i) {
    PathOptions po;
    po.filter.kinds = static_cast<uint8_t>(1 + rng() % 7);
    po.follow_direction = rng() % 2;
    po.max_paths = 1 + rng() % 4;
    const uint32_t s = rng() % n, t = rng() % n;
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
        std::vector<Path> fast, ShortestPaths(g, ActorId(s), ActorId(t), po));
    const auto edges = testing::OracleEdges(g, po.filter, !po.follow_direction);
    const std::vector<int> dist =
        Bfs(Adjacency(edges, n, po.follow_direction), s);
    if (dist[t] == kInf) {
      EXPECT_TRUE(fast.empty());
    }
    PathOptions bare = po;
    bare.evidence = false;
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
        std::vector<Path> no_evidence,
        ShortestPaths(g, ActorId(s), ActorId(t), bare));
    ASSERT_EQ(fast.size(), no_evidence.size());
    found += !fast.empty();
    for (size_t k = 0; k < fast.size(); ++k) {
      EXPECT_EQ(fast[k].actors, no_evidence[k].actors);
      ASSERT_EQ(fast[k].hops.size(), no_evidence[k].hops.size());
      for (size_t h = 0; h < fast[k].hops.size(); ++h) {
        EXPECT_TRUE(no_evidence[k].hops[h].evidence.empty());
        EXPECT_EQ(no_evidence[k].hops[h].from, fast[k].hops[h].from);
        EXPECT_EQ(
            Keys(fast[k].hops[h].evidence),
            HopEvidence(edges, fast[k].actors[h].value,
                        fast[k].actors[h + 1].value, po.follow_direction));
      }
    }
    for (size_t k = 0; k < fast.size(); ++k) {
      EXPECT_EQ(fast[k].actors.size(), static_cast<size_t>(dist[t]) + 1);
      if (k > 0) {
        EXPECT_LT(fast[k - 1].actors, fast[k].actors);
      }
    }
  }
  EXPECT_GT(found, 40u);
}

TEST(PathsTest, Errors) {
  Graph g;
  testing::RandomGraphOptions opt;
  opt.statements = 10;
  testing::BuildRandomGraph(9, &g, opt);
  EXPECT_THAT(
      ShortestPaths(g, ActorId(0), ActorId(999)),
      StatusIs(absl::StatusCode::kNotFound, ::testing::HasSubstr("to")));
  PathOptions zero;
  zero.max_paths = 0;
  EXPECT_THAT(ShortestPaths(g, ActorId(0), ActorId(1), zero),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       ::testing::HasSubstr("max_paths")));
  PathOptions negative;
  negative.weight = [](const NetworkEdge&) { return -1.0; };
  EXPECT_THAT(ShortestPaths(g, ActorId(0), ActorId(1), negative),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       ::testing::HasSubstr("weight")));
  EXPECT_THAT(EgoNetworkOf(g, ActorId(0), -1),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       ::testing::HasSubstr("radius")));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(std::vector<Path> self,
                                  ShortestPaths(g, ActorId(3), ActorId(3)));
  ASSERT_EQ(self.size(), 1u);
  EXPECT_THAT(self[0].actors, ::testing::ElementsAre(ActorId(3)));
  EXPECT_TRUE(self[0].hops.empty());
}

}  // namespace
}  // namespace diplograph
