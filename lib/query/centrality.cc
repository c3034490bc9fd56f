#include "diplograph/centrality.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <thread>
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

// The thresholds of DegreeScan::kAuto and of the default thread count
// (centrality.h), measured on the standard workload (bench/README.md).
constexpr size_t kScanMinStatements = size_t{1} << 17;
constexpr size_t kThreadedMinStatements = size_t{1} << 16;

using Degrees = std::vector<StatementDegree>;

// Adds a statement's edges to the counters: one out per target to its
// speaker, one in to each target.
inline void AddEdges(StatementDegree* degree, ActorId speaker,
                     absl::Span<const ActorId> about) {
  degree[speaker.value].out += static_cast<uint32_t>(about.size());
  for (ActorId t : about) ++degree[t.value].in;
}

// Adds statements' edges to a counter array, a batch at a time: the rows
// of a batch are read first, one after the other, then their targets, so
// that the cache misses of a batch's rows (and then of its targets) are in
// flight together instead of one after another.
class BatchCounter {
 public:
  // Batches only for a table larger than the caches (kScanMinStatements);
  // below that, each statement is counted as it comes.
  BatchCounter(const Graph& graph, Degrees& degree)
      : graph_(graph),
        degree_(degree.data()),
        batch_(graph.statement_count() >= kScanMinStatements) {}
  ~BatchCounter() { Flush(); }

  void Add(StatementId id) {
    if (!batch_) {
      Count(graph_.statement(id));
      return;
    }
    ids_[size_++] = id;
    if (size_ == kBatch) Flush();
  }
  // Counts a statement whose view the caller already has.
  void Count(const StatementView& s) { Tally(s.speaker(), s.about()); }

 private:
  static constexpr size_t kBatch = 16;

  void Tally(ActorId speaker, absl::Span<const ActorId> about) {
    AddEdges(degree_, speaker, about);
  }

  void Flush() {
    for (size_t j = 0; j < size_; ++j) {
      const StatementView s = graph_.statement(ids_[j]);
      speakers_[j] = s.speaker();
      about_[j] = s.about();
    }
    for (size_t j = 0; j < size_; ++j) Tally(speakers_[j], about_[j]);
    size_ = 0;
  }

  const Graph& graph_;
  // The counters, as a plain pointer that the compiler can keep in a
  // register across the calls of Graph::statement.
  StatementDegree* const degree_;
  const bool batch_;
  size_t size_ = 0;
  StatementId ids_[kBatch];
  ActorId speakers_[kBatch];
  absl::Span<const ActorId> about_[kBatch];
};

// kTable over ids [first, last).
void CountTable(const Graph& graph, const internal::KeyRanges& keys,
                size_t first, size_t last, Degrees& degree) {
  BatchCounter counter(graph, degree);
  for (size_t i = first; i < last; ++i) {
    const StatementView s = graph.statement(StatementId(i));
    const uint32_t key = internal::SortKey(s.date());
    for (const internal::KeyRange& r : keys) {
      if (r.lo <= key && key <= r.hi) {
        counter.Count(s);
        break;
      }
    }
  }
}

// kIdOrder over bitmap words [first, last): the marked ids, ascending.
void CountMarked(const Graph& graph, absl::Span<const uint64_t> bits,
                 size_t first, size_t last, Degrees& degree) {
  BatchCounter counter(graph, degree);
  for (size_t w = first; w < last; ++w) {
    for (uint64_t word = bits[w]; word != 0; word &= word - 1) {
      counter.Add(StatementId(static_cast<uint32_t>(
          w * 64 + static_cast<size_t>(__builtin_ctzll(word)))));
    }
  }
}

// kDateIndex over positions [first, last) of the window's pieces laid end
// to end (`starts` holds each piece's first position).
void CountDateIndex(const Graph& graph,
                    absl::Span<const absl::Span<const StatementId>> pieces,
                    absl::Span<const size_t> starts, size_t first, size_t last,
                    Degrees& degree) {
  BatchCounter counter(graph, degree);
  size_t p = static_cast<size_t>(
      std::upper_bound(starts.begin(), starts.end(), first) - starts.begin() -
      1);
  for (; p < pieces.size() && starts[p] < last; ++p) {
    const size_t lo = std::max(first, starts[p]);
    const size_t hi = std::min(last, starts[p] + pieces[p].size());
    for (size_t i = lo; i < hi; ++i) counter.Add(pieces[p][i - starts[p]]);
  }
}

// Units of work handed out to the threads one chunk at a time (ids of the
// table, bitmap words, positions in the window), so that a thread that gets
// less of the machine than the others (a busy machine) takes fewer chunks
// instead of holding up the result.
constexpr size_t kChunkIds = size_t{1} << 14;
constexpr size_t kChunkWords = kChunkIds / 64;
constexpr size_t kChunkPositions = size_t{1} << 12;

// Runs count(first, last, degree) over [0, units) in chunks of `chunk` on
// the calling thread and up to parts - 1 others (no more threads than
// chunks), each into a counter array of its own, and sums the arrays into
// `degree`.
template <typename Count>
void CountInChunks(size_t units, size_t chunk, size_t parts, Degrees& degree,
                   const Count& count) {
  const size_t threads =
      std::max<size_t>(1, std::min(parts, (units + chunk - 1) / chunk));
  std::atomic<size_t> next{0};
  auto work = [&](Degrees& into) {
    size_t done = 0;
    for (size_t c = next.fetch_add(1, std::memory_order_relaxed);
         c * chunk < units; c = next.fetch_add(1, std::memory_order_relaxed)) {
      count(c * chunk, std::min(units, (c + 1) * chunk), into);
      ++done;
    }
    return done;
  };
  std::vector<Degrees> partial(threads - 1);
  std::vector<size_t> done(threads - 1, 0);
  std::vector<std::thread> workers;
  workers.reserve(threads - 1);
  for (size_t t = 0; t + 1 < threads; ++t) {
    workers.emplace_back([&, t] {
      partial[t].assign(degree.size(), StatementDegree());
      done[t] = work(partial[t]);
    });
  }
  work(degree);
  for (std::thread& w : workers) w.join();
  for (size_t t = 0; t + 1 < threads; ++t) {
    if (done[t] == 0) continue;
    for (size_t a = 0; a < degree.size(); ++a) {
      degree[a].out += partial[t][a].out;
      degree[a].in += partial[t][a].in;
    }
  }
}

}  // namespace

std::vector<StatementDegree> StatementDegreesDuring(const Graph& graph,
                                                    const Interval& window,
                                                    DegreeScan scan,
                                                    int threads) {
  const size_t n = graph.statement_count();
  const internal::KeyRanges keys = internal::KeysOverlapping(window);
  const StatementRange by_date = graph.StatementsByDate();
  // The window's ids in date order, as the date index's contiguous pieces.
  std::vector<absl::Span<const StatementId>> pieces;
  std::vector<size_t> starts;
  size_t k = 0;
  internal::KeySlices(graph, by_date, keys, [&](StatementRange slice) {
    slice.ForEachBlock([&](absl::Span<const StatementId> piece) {
      pieces.push_back(piece);
      starts.push_back(k);
      k += piece.size();
    });
  });
  if (scan == DegreeScan::kAuto) {
    // Below kScanMinStatements the table fits in the caches and a row read
    // at a random place costs little more than one read in order: the date
    // index's walk is the cheapest. Above it, the window's rows are read
    // in id order, from a bitmap of n bits, once the window holds at least
    // 1/64 of the statements (one per bitmap word, so that marking and
    // sweeping the bitmap cost less than the random reads they save), and
    // the whole table once the window holds more than 3/4 of it (then
    // testing every row's date costs less than marking the bitmap).
    if (n < kScanMinStatements || k < n / 64) {
      scan = DegreeScan::kDateIndex;
    } else if (k > n / 4 * 3) {
      scan = DegreeScan::kTable;
    } else {
      scan = DegreeScan::kIdOrder;
    }
  }
  size_t parts = 1;
  if (threads > 0) {
    parts = static_cast<size_t>(threads);
  } else if (k >= kThreadedMinStatements) {
    parts = std::max(1u, std::thread::hardware_concurrency());
  }
  Degrees degree(graph.actor_count());
  if (scan == DegreeScan::kDateIndex && parts == 1 && n < kScanMinStatements) {
    // A table in the caches, on one thread: the plain walk, without the
    // batches and chunks (which cost more than they save here).
    for (absl::Span<const StatementId> piece : pieces) {
      for (StatementId id : piece) {
        const StatementView s = graph.statement(id);
        AddEdges(degree.data(), s.speaker(), s.about());
      }
    }
    return degree;
  }
  switch (scan) {
    case DegreeScan::kTable: {
      CountInChunks(n, kChunkIds, parts, degree,
                    [&](size_t first, size_t last, Degrees& into) {
                      CountTable(graph, keys, first, last, into);
                    });
      break;
    }
    case DegreeScan::kIdOrder: {
      // Marked on the calling thread (a random write per id into n / 8
      // bytes, which stay in the cache), swept by all.
      std::vector<uint64_t> bits((n + 63) / 64, 0);
      for (absl::Span<const StatementId> piece : pieces) {
        for (StatementId id : piece) {
          bits[id.value >> 6] |= uint64_t{1} << (id.value & 63);
        }
      }
      CountInChunks(bits.size(), kChunkWords, parts, degree,
                    [&](size_t first, size_t last, Degrees& into) {
                      CountMarked(graph, bits, first, last, into);
                    });
      break;
    }
    default: {
      CountInChunks(k, kChunkPositions, parts, degree,
                    [&](size_t first, size_t last, Degrees& into) {
                      CountDateIndex(graph, pieces, starts, first, last, into);
                    });
      break;
    }
  }
  return degree;
}

}  // namespace diplograph
