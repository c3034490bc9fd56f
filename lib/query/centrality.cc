#include "diplograph/centrality.h"

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

#include "boost/graph/adjacency_list.hpp"
#include "boost/graph/betweenness_centrality.hpp"
#include "boost/graph/page_rank.hpp"
#include "query/window_network.h"

namespace diplograph {

namespace {

template <typename Directed>
std::vector<ActorCentrality> CentralityIn(const Directed& view, size_t n,
                                          const CentralityOptions& options) {
  std::vector<ActorCentrality> out(n);
  for (size_t v = 0; v < n; ++v) {
    out[v].actor = ActorOf(v);
    out[v].out_degree = boost::out_degree(v, view);
    out[v].in_degree = boost::in_degree(v, view);
  }
  if (n == 0) return out;

  if (options.pagerank) {
    // Boost's page_rank asks out_degree() of every in-edge's source, which
    // a filtered view answers by walking the source's edges; on a compact
    // copy of the kept edges (parallel edges kept) it is O(1).
    std::vector<std::pair<size_t, size_t>> kept;
    for (auto e : boost::make_iterator_range(boost::edges(view))) {
      kept.emplace_back(boost::source(e, view), boost::target(e, view));
    }
    using Compact =
        boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
    const Compact compact(kept.begin(), kept.end(), n);
    std::vector<double> rank(n, 0.0);
    boost::graph::page_rank(compact, rank.data(),
                            boost::graph::n_iterations(options.iterations),
                            options.damping, n);
    double total = 0;
    for (double r : rank) total += r;
    for (size_t v = 0; v < n; ++v) {
      out[v].pagerank = total > 0 ? rank[v] / total : 0;
    }
  }

  if (options.betweenness) {
    // The simple directed graph of distinct links in the view.
    std::vector<std::pair<size_t, size_t>> links;
    for (auto e : boost::make_iterator_range(boost::edges(view))) {
      const size_t s = boost::source(e, view), t = boost::target(e, view);
      if (s != t) links.emplace_back(s, t);
    }
    std::sort(links.begin(), links.end());
    links.erase(std::unique(links.begin(), links.end()), links.end());
    using Simple =
        boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    Simple simple(links.begin(), links.end(), n);
    std::vector<double> between(n, 0.0);
    boost::brandes_betweenness_centrality(
        simple, boost::centrality_map(boost::make_iterator_property_map(
                    between.begin(), boost::get(boost::vertex_index, simple))));
    for (size_t v = 0; v < n; ++v) out[v].betweenness = between[v];
  }
  return out;
}

}  // namespace

std::vector<ActorCentrality> Centrality(const Graph& graph,
                                        const CentralityOptions& options) {
  const size_t n = graph.actor_count();
  return internal::WithFilteredNetwork(
      graph, options.filter, [&](const auto& directed, auto) {
        return CentralityIn(directed, n, options);
      });
}

}  // namespace diplograph
