#include "diplograph/paths.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <tuple>
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

// Neighbours of v along out-edges (forward) or in-edges (backward); for an
// undirected view both are the incident edges.
template <typename View>
std::vector<size_t> Neighbours(const View& g, size_t v, bool backward,
                               bool directed) {
  std::vector<size_t> out;
  if (directed && backward) {
    if constexpr (std::is_same_v<
                      typename boost::graph_traits<View>::directed_category,
                      boost::bidirectional_tag>) {
      for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) {
        out.push_back(boost::source(e, g));
      }
    }
  } else {
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
      out.push_back(boost::target(e, g));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

template <typename View>
Hop MakeHop(const View& g, size_t u, size_t v) {
  Hop hop{ActorOf(u), ActorOf(v), {}};
  for (auto e : boost::make_iterator_range(boost::out_edges(u, g))) {
    if (boost::target(e, g) == v) hop.evidence.push_back(g[e]);
  }
  std::sort(hop.evidence.begin(), hop.evidence.end(), EdgeLess);
  return hop;
}

template <typename View>
absl::StatusOr<std::vector<Path>> PathsIn(const View& g, size_t n, size_t from,
                                          size_t to, bool directed,
                                          const PathOptions& opt) {
  std::vector<Path> paths;
  if (opt.weight) {
    using Edge = typename boost::graph_traits<View>::edge_descriptor;
    for (auto e : boost::make_iterator_range(boost::edges(g))) {
      const double w = opt.weight(g[e]);
      if (!(w >= 0) || !std::isfinite(w)) {
        return absl::InvalidArgumentError(
            absl::StrCat("ShortestPaths: weight ", w, " of an edge for record ",
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
      p.hops.push_back(
          MakeHop(g, VertexOf(p.actors[i]), VertexOf(p.actors[i + 1])));
    }
    p.cost = dist[to];
    paths.push_back(std::move(p));
    return paths;
  }

  const std::vector<int> dist = Distances(g, n, from);
  if (dist[to] == kUnreached) return paths;
  // Vertices on some shortest path to `to`: walk back from it.
  std::vector<char> on_path(n, 0);
  on_path[to] = 1;
  std::vector<size_t> frontier = {to};
  while (!frontier.empty()) {
    std::vector<size_t> next;
    for (size_t v : frontier) {
      for (size_t u : Neighbours(g, v, /*backward=*/true, directed)) {
        if (dist[u] != kUnreached && dist[u] + 1 == dist[v] && !on_path[u]) {
          on_path[u] = 1;
          next.push_back(u);
        }
      }
    }
    frontier = std::move(next);
  }
  // Enumerate forward in lexicographic order (iterative DFS).
  std::vector<size_t> stack_path = {from};
  std::vector<std::vector<size_t>> choices = {{}};
  std::vector<size_t> pos = {0};
  auto successors = [&](size_t u) {
    std::vector<size_t> out;
    for (size_t w : Neighbours(g, u, /*backward=*/false, directed)) {
      if (on_path[w] && dist[w] == dist[u] + 1) out.push_back(w);
    }
    return out;
  };
  choices[0] = successors(from);
  while (!stack_path.empty() && paths.size() < opt.max_paths) {
    const size_t u = stack_path.back();
    if (u == to) {
      Path p;
      for (size_t v : stack_path) p.actors.push_back(ActorOf(v));
      for (size_t i = 0; i + 1 < stack_path.size(); ++i) {
        p.hops.push_back(MakeHop(g, stack_path[i], stack_path[i + 1]));
      }
      p.cost = static_cast<double>(p.hops.size());
      paths.push_back(std::move(p));
      stack_path.pop_back();
      choices.pop_back();
      pos.pop_back();
      continue;
    }
    if (pos.back() >= choices.back().size()) {
      stack_path.pop_back();
      choices.pop_back();
      pos.pop_back();
      continue;
    }
    const size_t w = choices.back()[pos.back()++];
    stack_path.push_back(w);
    choices.push_back(w == to ? std::vector<size_t>{} : successors(w));
    pos.push_back(0);
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
