#include "diplograph/centrality.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/types/span.h"
#include "boost/graph/adjacency_list.hpp"
#include "boost/graph/betweenness_centrality.hpp"
#include "boost/graph/page_rank.hpp"
#include "model/date_keys.h"
#include "query/date_ranges.h"
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

namespace {
constexpr size_t kTableScanMinStatements = size_t{1} << 17;
}  // namespace

std::vector<StatementDegree> StatementDegreesDuring(const Graph& graph,
                                                    const Interval& window,
                                                    DegreeScan scan) {
  std::vector<StatementDegree> degree(graph.actor_count());
  auto count = [&degree](const StatementView& s) {
    const absl::Span<const ActorId> about = s.about();
    degree[s.speaker().value].out += static_cast<uint32_t>(about.size());
    for (ActorId t : about) ++degree[t.value].in;
  };
  const internal::KeyRanges keys = internal::KeysOverlapping(window);
  const absl::Span<const StatementId> by_date = graph.StatementsByDate();
  absl::InlinedVector<absl::Span<const StatementId>, 3> slices;
  size_t k = 0;
  internal::KeySlices(graph, by_date, keys,
                      [&](absl::Span<const StatementId> slice) {
                        slices.push_back(slice);
                        k += slice.size();
                      });
  const size_t n = graph.statement_count();
  if (scan == DegreeScan::kAuto) {
    // Measured on the standard workload (bench/README.md): a statement read
    // at a random place costs about six read in order once the table
    // outgrows the caches; below that size random reads cost little more.
    scan = n >= kTableScanMinStatements && k > n / 6 ? DegreeScan::kTable
                                                     : DegreeScan::kDateIndex;
  }
  if (scan == DegreeScan::kTable) {
    auto in_window = [&keys](uint32_t key) {
      for (const internal::KeyRange& r : keys) {
        if (r.lo <= key && key <= r.hi) return true;
      }
      return false;
    };
    for (uint32_t i = 0; i < n; ++i) {
      const StatementView s = graph.statement(StatementId(i));
      if (in_window(internal::SortKey(s.date()))) count(s);
    }
  } else {
    for (absl::Span<const StatementId> slice : slices) {
      for (StatementId id : slice) count(graph.statement(id));
    }
  }
  return degree;
}

}  // namespace diplograph
