#include "diplograph/paths.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "boost/graph/breadth_first_search.hpp"
#include "boost/graph/connected_components.hpp"
#include "boost/graph/dijkstra_shortest_paths.hpp"
#include "boost/graph/filtered_graph.hpp"
#include "boost/graph/visitors.hpp"
#include "boost/property_map/function_property_map.hpp"
#include "boost/property_map/property_map.hpp"
#include "query/actor_check.h"
#include "query/window_network.h"
#include "util/epoch_labels.h"
#include "util/status_macros.h"

namespace diplograph {
namespace {

constexpr int kUnreached = std::numeric_limits<int>::max();

bool EdgeLess(const NetworkEdge& a, const NetworkEdge& b) {
  return std::tie(a.kind, a.record, a.index) <
         std::tie(b.kind, b.record, b.index);
}

// Hop distances from `start` by boost::breadth_first_search.
template <typename View>
std::vector<int> Distances(const View& g, size_t n, size_t start) {
  std::vector<int> dist(n, kUnreached);
  dist[start] = 0;
  boost::breadth_first_search(
      g, start,
      boost::visitor(boost::make_bfs_visitor(
          boost::record_distances(dist.data(), boost::on_tree_edge()))));
  return dist;
}

template <typename View>
constexpr bool kHasInEdges =
    std::is_same_v<typename boost::graph_traits<View>::directed_category,
                   boost::bidirectional_tag>;

// The graph under a filtered view (its degrees are what iterating the
// view's edges costs), or the graph itself.
template <typename G>
const G& Underlying(const G& g) {
  return g;
}
template <typename G, typename EP, typename VP>
const G& Underlying(const boost::filtered_graph<G, EP, VP>& g) {
  return g.m_g;
}

// The neighbour index as a search graph: distinct neighbours only, so a
// vertex's scan costs its number of distinct neighbours.
struct IndexView {
  const Graph* graph;
  const NeighbourIndex* index;
  bool directed;
  NeighbourIndex::Direction Dir(bool backward) const {
    if (!directed) return NeighbourIndex::kBoth;
    return backward ? NeighbourIndex::kIn : NeighbourIndex::kOut;
  }
};

template <typename F>
void ForEachNeighbour(const IndexView& g, size_t v, bool backward, F&& f) {
  for (ActorId w : g.index->Neighbours(ActorOf(v), g.Dir(backward))) {
    if (!f(static_cast<size_t>(w.value))) return;
  }
}

size_t ScanCost(const IndexView& g, size_t v, bool backward) {
  return g.index->Degree(ActorOf(v), g.Dir(backward));
}

// Calls f(w) for every neighbour w of v along out-edges, or along in-edges
// when `backward` (only asked of a directed view), repeats included, until
// f returns false.
template <typename View, typename F>
void ForEachNeighbour(const View& g, size_t v, bool backward, F&& f) {
  if constexpr (kHasInEdges<View>) {
    if (backward) {
      for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) {
        if (!f(boost::source(e, g))) return;
      }
      return;
    }
  }
  for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
    if (!f(boost::target(e, g))) return;
  }
}

// The number of edges ForEachNeighbour(g, v, backward) walks through,
// filtered out or not: O(1).
template <typename View>
size_t ScanCost(const View& g, size_t v, bool backward) {
  const auto& base = Underlying(g);
  if constexpr (kHasInEdges<View>) {
    if (backward) return boost::in_degree(v, base);
  }
  return boost::out_degree(v, base);
}

// The outcome of the bidirectional search between `from` and `to`.
struct Meeting {
  // Hops from `from` (forward) and to `to` (backward); -1 when unlabelled.
  // Labels are exact distances: both sides grow level by level. Per-thread
  // scratch (ThreadLabels slots 0 and 1), valid until the next search on
  // this thread.
  internal::EpochLabels* fwd = nullptr;
  internal::EpochLabels* bwd = nullptr;
  // The forward levels 0..f and backward levels 0..b are complete: every
  // vertex at distance <= f from `from` has its fwd label, every vertex at
  // distance <= b to `to` its bwd label. Then distance = f + b + 1 (or 0
  // when from == to).
  int f = 0, b = 0;
  int distance = -1;  // -1: `to` is unreachable
  // The complete backward levels 0..b (bwd_levels[k]: the vertices with
  // bwd == k), and what scanning each level's edges toward `to` costs.
  std::vector<std::vector<size_t>> bwd_levels;
  std::vector<size_t> bwd_level_cost;
};

// Bidirectional level-synchronous breadth-first search. Each round expands
// one whole level of the side whose frontier has fewer edges to walk (ties
// go forward) and stops at the first vertex labelled by both sides, or when
// a side has no frontier left (unreachable).
//
// Why the first meeting gives the distance: before the round that expands
// forward level f (backward b complete), no vertex carried both labels, so
// no path of length <= f + b exists (its vertex at position f would have
// had both). A vertex w reached at level f + 1 carrying bwd[w] = k <= b
// closes a path of length f + 1 + k, so the distance is f + b + 1 (and k is
// b). The backward rounds are symmetric.
template <typename View>
Meeting Meet(const View& g, size_t n, size_t from, size_t to, bool directed) {
  Meeting m;
  m.fwd = &internal::ThreadLabels(0);
  m.bwd = &internal::ThreadLabels(1);
  m.fwd->Begin(n);
  m.bwd->Begin(n);
  m.fwd->Set(from, 0);
  m.bwd->Set(to, 0);
  if (from == to) {
    m.distance = 0;
    return m;
  }
  std::vector<size_t> fwd_frontier = {from}, bwd_frontier = {to}, next;
  size_t fwd_cost = ScanCost(g, from, false);
  size_t bwd_cost = ScanCost(g, to, directed);
  m.bwd_levels = {bwd_frontier};
  m.bwd_level_cost = {bwd_cost};
  while (!fwd_frontier.empty() && !bwd_frontier.empty()) {
    const bool forward = fwd_cost <= bwd_cost;
    // Expand this side: `mine` are its labels, `theirs` the other side's.
    internal::EpochLabels& mine = forward ? *m.fwd : *m.bwd;
    const internal::EpochLabels& theirs = forward ? *m.bwd : *m.fwd;
    std::vector<size_t>& frontier = forward ? fwd_frontier : bwd_frontier;
    int& level = forward ? m.f : m.b;
    const int other_level = forward ? m.b : m.f;
    const bool backward = !forward && directed;
    next.clear();
    size_t cost = 0;
    bool met = false;
    for (size_t u : frontier) {
      ForEachNeighbour(g, u, backward, [&](size_t w) {
        if (mine.Has(w)) return true;
        mine.Set(w, level + 1);
        if (theirs.Has(w)) {
          met = true;
          return false;
        }
        next.push_back(w);
        cost += ScanCost(g, w, backward);
        return true;
      });
      if (met) {
        m.distance = level + other_level + 1;
        return m;
      }
    }
    ++level;
    if (!forward) {
      m.bwd_levels.push_back(next);
      m.bwd_level_cost.push_back(cost);
    }
    frontier.swap(next);
    (forward ? fwd_cost : bwd_cost) = cost;
  }
  return m;
}

// The hop u -> v (u != v) with every edge joining them, found from the end
// with fewer edges to scan: out-edges of u, or in-edges of v (incident edges
// in an undirected view).
template <typename View>
Hop MakeHop(const View& g, size_t u, size_t v) {
  Hop hop{ActorOf(u), ActorOf(v), {}};
  constexpr bool kUndirected =
      std::is_same_v<typename boost::graph_traits<View>::directed_category,
                     boost::undirected_tag>;
  if constexpr (kHasInEdges<View> || kUndirected) {
    if (ScanCost(g, v, /*backward=*/true) < ScanCost(g, u, false)) {
      if constexpr (kHasInEdges<View>) {
        for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) {
          if (boost::source(e, g) == u) hop.evidence.push_back(g[e]);
        }
      } else {
        for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
          if (boost::target(e, g) == u) hop.evidence.push_back(g[e]);
        }
      }
      std::sort(hop.evidence.begin(), hop.evidence.end(), EdgeLess);
      return hop;
    }
  }
  for (auto e : boost::make_iterator_range(boost::out_edges(u, g))) {
    if (boost::target(e, g) == v) hop.evidence.push_back(g[e]);
  }
  std::sort(hop.evidence.begin(), hop.evidence.end(), EdgeLess);
  return hop;
}

// The hop u -> v of a path over the neighbour index, its evidence read
// from the store (EdgesBetween).
Hop MakeHop(const IndexView& g, size_t u, size_t v) {
  return Hop{ActorOf(u), ActorOf(v),
             EdgesBetween(*g.graph, ActorOf(u), ActorOf(v), g.index->kinds(),
                          !g.directed)};
}

template <typename View>
absl::StatusOr<std::vector<Path>> PathsIn(const View& g, size_t n, size_t from,
                                          size_t to, bool directed,
                                          const PathOptions& opt) {
  std::vector<Path> paths;
  if constexpr (!std::is_same_v<View, IndexView>) {
    if (opt.weight) {
      using Edge = typename boost::graph_traits<View>::edge_descriptor;
      for (auto e : boost::make_iterator_range(boost::edges(g))) {
        const double w = opt.weight(g[e]);
        if (!(w >= 0) || !std::isfinite(w)) {
          return absl::InvalidArgumentError(absl::StrCat(
              "ShortestPaths: weight ", w, " of an edge for record ",
              g[e].record, " is negative or not finite"));
        }
      }
      std::vector<size_t> pred(n);
      std::vector<double> dist(n, std::numeric_limits<double>::infinity());
      auto weight = boost::make_function_property_map<Edge, double>(
          [&g, &opt](const Edge& e) { return opt.weight(g[e]); });
      boost::dijkstra_shortest_paths(g, from,
                                     boost::predecessor_map(pred.data())
                                         .distance_map(dist.data())
                                         .weight_map(weight));
      // Boost leaves an unreached vertex its own predecessor.
      if (to != from && pred[to] == to) return paths;
      Path p;
      for (size_t v = to;; v = pred[v]) {
        p.actors.push_back(ActorOf(v));
        if (v == from || p.actors.size() > n) break;
      }
      std::reverse(p.actors.begin(), p.actors.end());
      for (size_t i = 0; i + 1 < p.actors.size(); ++i) {
        p.hops.push_back(opt.evidence ? MakeHop(g, VertexOf(p.actors[i]),
                                                VertexOf(p.actors[i + 1]))
                                      : Hop{p.actors[i], p.actors[i + 1], {}});
      }
      p.cost = dist[to];
      paths.push_back(std::move(p));
      return paths;
    }
  }

  const Meeting m = Meet(g, n, from, to, directed);
  if (m.distance < 0) return paths;
  const int d = m.distance;
  // Enumerate the shortest paths forward from `from` in lexicographic order
  // of their actor ids: a depth-first search that at position i (vertex u,
  // 0 <= i < d) tries, in increasing id order, every out-neighbour w that
  // can stand at position i + 1 of a shortest path; it records a path on
  // reaching `to`, which only happens at position d.
  //
  // The candidates at position i + 1 are exactly the neighbours w with
  // dist_to(w) == d - i - 1, and this is how they are recognized without
  // either full search:
  //  - bwd[w] set: it is dist_to(w), exact; w is a candidate iff
  //    bwd[w] == d - i - 1 (then dist_from(w) <= i + 1 and
  //    dist_from(w) >= d - dist_to(w) = i + 1, so it continues a shortest
  //    path).
  //  - bwd[w] unset: dist_to(w) > m.b, so a w at position i + 1 of a
  //    shortest path has i + 1 = d - dist_to(w) < d - m.b = m.f + 1, where
  //    fwd is complete and exact: w must have fwd[w] == i + 1 <= m.f. Such a
  //    w may still not reach `to` in d - i - 1 hops; the search then finds
  //    no path through it and marks it `dead` (a vertex's position is fixed
  //    by its labels, so what lies beyond it does not depend on the path
  //    that led there), and never expands it again.
  // Every step of every shortest path passes these tests and every accepted
  // step keeps dist_from(w) == i + 1, so the search produces every shortest
  // path and nothing else; taking the candidates in id order produces them
  // in lexicographic order, and skipping dead vertices removes only
  // subtrees without paths. This is the set and order that a full search
  // from `from` followed by a walk back from `to` gives.
  //
  // When every candidate must carry a bwd label (i + 1 > m.f) and the
  // backward level d - i - 1 has fewer edges to scan than u (u a hub next
  // to a small goal, say), the candidates are found from that level
  // instead: its vertices with an edge from u. The same set either way.
  internal::EpochLabels& dead = internal::ThreadLabels(2);
  dead.Begin(n);
  auto successors = [&](size_t u, int i) {
    std::vector<size_t> out;
    const int k = d - i - 1;
    if (k < 0) return out;  // u is `to` (from == to)
    if (i + 1 > m.f && m.bwd_level_cost[k] < ScanCost(g, u, false)) {
      for (size_t w : m.bwd_levels[k]) {
        if (dead.Has(w)) continue;
        ForEachNeighbour(g, w, /*backward=*/directed, [&](size_t x) {
          if (x != u) return true;
          out.push_back(w);
          return false;
        });
      }
      std::sort(out.begin(), out.end());
      return out;
    }
    ForEachNeighbour(g, u, /*backward=*/false, [&](size_t w) {
      if (dead.Has(w)) return true;
      const int bw = m.bwd->Get(w);
      const bool candidate =
          bw >= 0 ? bw == d - i - 1 : i + 1 <= m.f && m.fwd->Get(w) == i + 1;
      if (candidate) out.push_back(w);
      return true;
    });
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  std::vector<size_t> stack_path = {from};
  std::vector<std::vector<size_t>> choices = {successors(from, 0)};
  std::vector<size_t> pos = {0};
  // The number of paths found when each vertex of stack_path was entered.
  std::vector<size_t> found_before = {0};
  auto pop = [&] {
    if (paths.size() == found_before.back()) dead.Mark(stack_path.back());
    stack_path.pop_back();
    choices.pop_back();
    pos.pop_back();
    found_before.pop_back();
  };
  while (!stack_path.empty() && paths.size() < opt.max_paths) {
    const size_t u = stack_path.back();
    if (u == to) {
      Path p;
      for (size_t v : stack_path) p.actors.push_back(ActorOf(v));
      for (size_t i = 0; i + 1 < stack_path.size(); ++i) {
        p.hops.push_back(
            opt.evidence
                ? MakeHop(g, stack_path[i], stack_path[i + 1])
                : Hop{ActorOf(stack_path[i]), ActorOf(stack_path[i + 1]), {}});
      }
      p.cost = static_cast<double>(p.hops.size());
      paths.push_back(std::move(p));
      pop();
      continue;
    }
    if (pos.back() >= choices.back().size()) {
      pop();
      continue;
    }
    const size_t w = choices.back()[pos.back()++];
    if (dead.Has(w)) continue;
    const int i = static_cast<int>(stack_path.size());  // w's position
    stack_path.push_back(w);
    choices.push_back(w == to ? std::vector<size_t>{} : successors(w, i));
    pos.push_back(0);
    found_before.push_back(paths.size());
  }
  return paths;
}

}  // namespace

absl::StatusOr<std::vector<Path>> ShortestPaths(const Graph& graph,
                                                ActorId from, ActorId to,
                                                const PathOptions& options) {
  DIPLOGRAPH_RETURN_IF_ERROR(
      internal::CheckActor(graph, "ShortestPaths: from", from));
  DIPLOGRAPH_RETURN_IF_ERROR(
      internal::CheckActor(graph, "ShortestPaths: to", to));
  if (options.max_paths == 0) {
    return absl::InvalidArgumentError("ShortestPaths: max_paths is 0");
  }
  const size_t n = graph.actor_count();
  if (!options.weight && !options.filter.has_bounded_window() &&
      options.filter.polarities == PolarityMask::kAll) {
    // Whole kinds of edges: search the neighbour index.
    const std::shared_ptr<const NeighbourIndex> index =
        NeighboursOf(graph, options.filter.kinds);
    return PathsIn(IndexView{&graph, index.get(), options.follow_direction}, n,
                   VertexOf(from), VertexOf(to), options.follow_direction,
                   options);
  }
  return internal::WithFilteredNetwork(
      graph, options.filter,
      [&](const auto& directed,
          auto undirected) -> absl::StatusOr<std::vector<Path>> {
        if (options.follow_direction) {
          return PathsIn(directed, n, VertexOf(from), VertexOf(to), true,
                         options);
        }
        return PathsIn(undirected(), n, VertexOf(from), VertexOf(to), false,
                       options);
      });
}

namespace {

template <typename Directed, typename Undirected>
EgoNetwork EgoIn(const Directed& directed, const Undirected& undirected,
                 size_t n, size_t center, int radius, bool follow_direction) {
  const std::vector<int> dist = follow_direction
                                    ? Distances(directed, n, center)
                                    : Distances(undirected, n, center);
  EgoNetwork ego;
  std::vector<std::pair<int, size_t>> members;
  for (size_t v = 0; v < n; ++v) {
    if (dist[v] <= radius) members.emplace_back(dist[v], v);
  }
  std::sort(members.begin(), members.end());
  for (const auto& [d, v] : members) {
    ego.actors.push_back(ActorOf(v));
    ego.distance.push_back(d);
  }
  for (auto e : boost::make_iterator_range(boost::edges(directed))) {
    if (dist[boost::source(e, directed)] <= radius &&
        dist[boost::target(e, directed)] <= radius) {
      ego.edges.push_back(directed[e]);
    }
  }
  std::sort(ego.edges.begin(), ego.edges.end(), EdgeLess);
  return ego;
}

template <typename Undirected>
Components ComponentsIn(const Undirected& undirected, size_t n) {
  Components out;
  out.component_of.assign(n, 0);
  if (n == 0) return out;
  out.count = static_cast<size_t>(
      boost::connected_components(undirected, out.component_of.data()));
  return out;
}

}  // namespace

absl::StatusOr<EgoNetwork> EgoNetworkOf(const Graph& graph, ActorId center,
                                        int radius,
                                        const EgoNetworkOptions& options) {
  DIPLOGRAPH_RETURN_IF_ERROR(
      internal::CheckActor(graph, "EgoNetworkOf", center));
  if (radius < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("EgoNetworkOf: radius ", radius, " is negative"));
  }
  const size_t n = graph.actor_count();
  return internal::WithFilteredNetwork(
      graph, options.filter,
      [&](const auto& directed, auto undirected) -> EgoNetwork {
        if (options.follow_direction) {
          // The undirected view is not needed; pass the directed one twice.
          return EgoIn(directed, directed, n, VertexOf(center), radius, true);
        }
        return EgoIn(directed, undirected(), n, VertexOf(center), radius,
                     false);
      });
}

Components ConnectedComponents(const Graph& graph,
                               const NetworkFilter& filter) {
  const size_t n = graph.actor_count();
  return internal::WithFilteredNetwork(graph, filter,
                                       [n](const auto&, auto undirected) {
                                         return ComponentsIn(undirected(), n);
                                       });
}

}  // namespace diplograph
