#include "diplograph/centrality.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/types/span.h"
#include "boost/graph/adjacency_list.hpp"
#include "boost/graph/page_rank.hpp"
#include "model/date_keys.h"
#include "query/date_ranges.h"
#include "query/window_network.h"

namespace diplograph {

namespace {

// Reports a measure's progress to CentralityOptions::progress: after every
// `step` units (at most 1,024 calls) and at the end.
class ProgressReporter {
 public:
  ProgressReporter(const CentralityOptions& options,
                   CentralityProgress::Stage stage, uint64_t total)
      : callback_(options.progress ? &options.progress : nullptr),
        step_(std::max<uint64_t>(1, (total + 1023) / 1024)),
        next_(step_) {
    progress_.stage = stage;
    progress_.total = total;
  }

  // `done` units of the total are complete.
  void Done(uint64_t done) {
    if (callback_ == nullptr || (done < next_ && done != progress_.total)) {
      return;
    }
    next_ = done + step_;
    progress_.done = done;
    (*callback_)(progress_);
  }

 private:
  const std::function<void(const CentralityProgress&)>* callback_;
  uint64_t step_;
  uint64_t next_;
  CentralityProgress progress_;
};

// boost::graph::page_rank's stopping test: `iterations` steps, reporting
// each (page_rank asks before every step, and once more after the last).
class IterationsReported {
 public:
  IterationsReported(int iterations, ProgressReporter* reporter)
      : total_(static_cast<uint64_t>(std::max(0, iterations))),
        reporter_(reporter) {}

  template <typename RankMap, typename G>
  bool operator()(const RankMap&, const G&) {
    if (asked_ > 0 || total_ == 0) reporter_->Done(asked_);
    return asked_++ == total_;
  }

 private:
  uint64_t total_;
  uint64_t asked_ = 0;
  ProgressReporter* reporter_;
};

// Brandes' betweenness on the simple directed graph given as sorted,
// distinct links (u, v), u != v: for each source s, a breadth-first search
// counts the shortest paths sigma(v) from s; then, in reverse order of
// distance, each actor's dependency is
//   delta(v) = sum over links v -> w with dist(w) = dist(v) + 1 of
//              sigma(v) / sigma(w) * (1 + delta(w)),
// added to the betweenness of every v other than s. The same sums as
// boost::brandes_betweenness_centrality, which this replaces for two
// reasons: a progress report per source, and a cost per source that
// follows what the search reaches (Boost's resets all V actors' state for
// each source, O(V^2) in all, and a source without outgoing links reaches
// nothing). Time O(sum over sources of the links reached) <= O(V * L);
// memory O(V + L).
std::vector<double> Betweenness(
    const std::vector<std::pair<uint32_t, uint32_t>>& links, size_t n,
    ProgressReporter& reporter) {
  std::vector<uint32_t> first(n + 1, 0);
  std::vector<uint32_t> next;
  next.reserve(links.size());
  for (const auto& [u, v] : links) {
    ++first[u + 1];
    next.push_back(v);
  }
  for (size_t v = 0; v < n; ++v) first[v + 1] += first[v];

  std::vector<double> between(n, 0.0);
  std::vector<int64_t> dist(n, -1);
  std::vector<double> sigma(n, 0.0);
  std::vector<double> delta(n, 0.0);
  std::vector<uint32_t> order;  // reached actors, by distance from s
  order.reserve(n);
  for (size_t s = 0; s < n; ++s) {
    if (first[s] != first[s + 1]) {
      order.clear();
      order.push_back(static_cast<uint32_t>(s));
      dist[s] = 0;
      sigma[s] = 1;
      for (size_t head = 0; head < order.size(); ++head) {
        const uint32_t v = order[head];
        for (uint32_t i = first[v]; i < first[v + 1]; ++i) {
          const uint32_t w = next[i];
          if (dist[w] < 0) {
            dist[w] = dist[v] + 1;
            order.push_back(w);
          }
          if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
        }
      }
      for (size_t k = order.size(); k-- > 0;) {
        const uint32_t v = order[k];
        double d = 0;
        for (uint32_t i = first[v]; i < first[v + 1]; ++i) {
          const uint32_t w = next[i];
          if (dist[w] == dist[v] + 1) d += sigma[v] / sigma[w] * (1 + delta[w]);
        }
        delta[v] = d;
        if (v != s) between[v] += d;
      }
      for (uint32_t v : order) {
        dist[v] = -1;
        sigma[v] = 0;
        delta[v] = 0;
      }
    }
    reporter.Done(s + 1);
  }
  return between;
}

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
    ProgressReporter reporter(
        options, CentralityProgress::Stage::kPageRank,
        static_cast<uint64_t>(std::max(0, options.iterations)));
    boost::graph::page_rank(compact, rank.data(),
                            IterationsReported(options.iterations, &reporter),
                            options.damping, n);
    double total = 0;
    for (double r : rank) total += r;
    for (size_t v = 0; v < n; ++v) {
      out[v].pagerank = total > 0 ? rank[v] / total : 0;
    }
  }

  if (options.betweenness) {
    // The simple directed graph of distinct links in the view.
    std::vector<std::pair<uint32_t, uint32_t>> links;
    for (auto e : boost::make_iterator_range(boost::edges(view))) {
      const size_t s = boost::source(e, view), t = boost::target(e, view);
      if (s != t) {
        links.emplace_back(static_cast<uint32_t>(s), static_cast<uint32_t>(t));
      }
    }
    std::sort(links.begin(), links.end());
    links.erase(std::unique(links.begin(), links.end()), links.end());
    ProgressReporter reporter(options, CentralityProgress::Stage::kBetweenness,
                              n);
    const std::vector<double> between = Betweenness(links, n, reporter);
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
  const StatementRange by_date = graph.StatementsByDate();
  absl::InlinedVector<StatementRange, 3> slices;
  size_t k = 0;
  internal::KeySlices(graph, by_date, keys, [&](StatementRange slice) {
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
    for (const StatementRange& slice : slices) {
      slice.ForEachBlock([&](absl::Span<const StatementId> piece) {
        for (StatementId id : piece) count(graph.statement(id));
      });
    }
  }
  return degree;
}

}  // namespace diplograph
