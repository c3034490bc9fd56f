// Centrality of actors over a date window: who speaks most, who is spoken
// about most, whose words carry (PageRank), who brokers between others
// (betweenness).
//
//   CentralityOptions opt;
//   opt.filter.kinds = EdgeKindMask::kStatement;
//   opt.filter.window = *Interval::Parse("2024-11/2024-11");
//   std::vector<ActorCentrality> c = Centrality(graph, opt);
//   // c[china.value].in_degree: statements about China that month
//
// Degree counts edges of the filtered directed network (one per statement
// target, relationship direction or affiliation), so parallel edges count
// each. PageRank (boost::graph::page_rank) runs on the same multigraph, so
// an actor spoken to more often passes on more of its rank; betweenness
// (Brandes' algorithm, the numbers of boost::brandes_betweenness_centrality)
// runs on the simple directed graph of distinct (speaker, target) links in
// the view, self-loops dropped, so it measures brokerage between actors
// rather than statement volume.
//
// For degrees alone, StatementDegreesDuring counts the statement edges of a
// window straight from the store, without a network:
//
//   std::vector<StatementDegree> d = StatementDegreesDuring(graph, window);
//   // d[china.value].total(): statement edges of China in the window
//
// Cost. With a bounded window, the window's edges are gathered through the
// store's date index into a compact graph first (see paths.h), so the cost
// follows the edges in the window, not the size of the network.
//
// Progress. PageRank and betweenness on a large window take seconds to
// minutes; CentralityOptions::progress, when set, is told how far each has
// got (PageRank per iteration, betweenness per source actor):
//
//   opt.progress = [](const CentralityProgress& p) {
//     std::cerr << p.done << "/" << p.total << "\r";
//   };
//
// Thread safety: a free function reading a const Graph and its immutable
// network snapshot; safe to call concurrently with other readers. The
// progress callback is called from the calling thread.

#ifndef DIPLOGRAPH_CENTRALITY_H_
#define DIPLOGRAPH_CENTRALITY_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "diplograph/graph.h"
#include "diplograph/ids.h"
#include "diplograph/network.h"

namespace diplograph {

// How far Centrality has got, as passed to CentralityOptions::progress.
struct CentralityProgress {
  enum class Stage : uint8_t {
    kPageRank = 0,     // done/total count iterations
    kBetweenness = 1,  // done/total count source actors
  };
  Stage stage = Stage::kPageRank;
  uint64_t done = 0;
  uint64_t total = 0;
};

struct CentralityOptions {
  // The edges that count (kinds, polarities, date window).
  NetworkFilter filter;
  // Compute PageRank (O(E) to copy the kept edges into a compact graph,
  // then O(iterations * (V + E_kept)); memory O(V + E_kept)).
  bool pagerank = true;
  double damping = 0.85;
  int iterations = 20;
  // Compute betweenness (O(V * L) for L distinct links, plus O(E) to build
  // the simple graph; memory O(V + L)). A source actor with no outgoing
  // link lies on no path it starts and costs O(1).
  bool betweenness = true;
  // Called from the calling thread as each measure asked for progresses:
  // for PageRank after every ceil(iterations / 1024) iterations, for
  // betweenness after every ceil(V / 1024) source actors, and with
  // done == total when the measure is complete; so at most 1,025 calls per
  // measure, whatever the graph's size. Degrees alone, or a graph without
  // actors, make no call. May be empty (then it costs one test per step).
  std::function<void(const CentralityProgress&)> progress;
};

struct ActorCentrality {
  ActorId actor;
  // Edges of the view into / out of the actor (self-loops count in both).
  size_t in_degree = 0;
  size_t out_degree = 0;
  // Boost's PageRank after `iterations` steps of
  //   r(v) = (1 - d) + d * sum over edges u->v of r(u) / out_degree(u),
  // starting from 1/V, then scaled so the ranks of all actors sum to 1.
  // An actor with no out-edges (dangling) passes its rank to no one: the
  // rank is dropped at each step (neither kept by the actor nor spread over
  // the others), and the final scaling makes up for what was dropped. For
  // A -> B alone with d = 0.5, A gets 0.4 and B 0.6. 0 when not computed.
  double pagerank = 0;
  // Brandes betweenness on the simple directed link graph: the sum over
  // ordered pairs (s, t), s != v != t, of the share of shortest s-t paths
  // through v. Not normalised. 0 when not computed.
  double betweenness = 0;
};

// Centrality of every actor, indexed by ActorId::value. Degrees cost
// O(V + E) over the filtered view; see CentralityOptions for the others.
// Memory: O(V) plus the simple link graph for betweenness.
std::vector<ActorCentrality> Centrality(const Graph& graph,
                                        const CentralityOptions& options = {});

// The statement degrees of one actor over a date window.
struct StatementDegree {
  // Statement edges (statement, target) out of / into the actor: statements
  // it spoke, counted once per target, and statements about it. A
  // statement about its own speaker counts in both.
  uint32_t out = 0;
  uint32_t in = 0;
  uint32_t total() const { return out + in; }
};

// How StatementDegreesDuring finds the window's statements. Every way gives
// the same numbers; they differ in the order the statement rows are read.
enum class DegreeScan : uint8_t {
  kAuto = 0,       // the cheapest of the three below, by the window's size
  kDateIndex = 1,  // walk the window's slices of the global date index
  kTable = 2,      // read every statement in id order, testing its date
  kIdOrder = 3,    // mark the window's ids (from the date index) in a bitmap
                   // of all ids, then read those statements in id order
};

// The statement degrees of every actor (indexed by ActorId::value) over the
// statements whose date overlaps `window` (an open window counts every
// statement, undated ones included), without building a network: the same
// numbers as Centrality's out_degree / in_degree with a filter of
// statement edges, all polarities and that window. A dense counter per
// actor, filled in one of three ways, for k statements in the window out
// of n (with T targets in all among them):
//   kDateIndex  O(log n + k + T): the window's ids in date order, each row
//               read at a random place;
//   kIdOrder    O(log n + k + T + n / 64): the same ids marked in a bitmap
//               of n bits, then the rows read in ascending id order (far
//               fewer cache and TLB misses when the rows are not stored in
//               date order, as after a load of a file not sorted by date);
//   kTable      O(n + T): every row in id order, its date tested.
// In a graph of at least 131,072 statements, the rows of a batch of 16
// statements are read one after the other before any of their targets, so
// that their cache misses overlap.
// kAuto takes kDateIndex for graphs under 131,072 statements (their rows
// fit in the caches) and for windows holding less than n / 64 statements,
// kTable for windows holding more than 3n / 4, and kIdOrder between the
// two (thresholds measured on the standard workload; see bench/README.md).
//
// Threads: `threads` > 0 runs the count on the calling thread and
// threads - 1 others (started for the call and joined before it returns),
// at most one per chunk of work: chunks of 16,384 ids of the table
// (kTable, kIdOrder) or 4,096 statements of the window (kDateIndex), taken
// by whichever thread is free, so that a thread the machine starves takes
// fewer of them. kIdOrder marks its bitmap on the calling thread first.
// Each thread counts into a counter array of its own; the arrays are
// summed at the end (O(V) per extra thread that took a chunk, for V
// actors). threads = 1 runs on the calling thread alone. The default, 0
// (as any value below 1), uses one thread per core
// (std::thread::hardware_concurrency) for windows of at least 65,536
// statements and the calling thread alone below that.
//
// Memory: O(V) per thread, plus n / 8 bytes of bitmap for kIdOrder and 24
// bytes per block of the date index the window touches. Errors: none (an
// empty graph or window gives zeros). Thread-safe as a const read of the
// graph (its worker threads only read it).
std::vector<StatementDegree> StatementDegreesDuring(
    const Graph& graph, const Interval& window,
    DegreeScan scan = DegreeScan::kAuto, int threads = 0);

}  // namespace diplograph

#endif  // DIPLOGRAPH_CENTRALITY_H_
