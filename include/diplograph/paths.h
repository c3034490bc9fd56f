// Paths, ego networks and connected components over the actor network,
// with the evidence behind every link.
//
// Each function runs a graph search (a bidirectional breadth-first search
// for fewest-hop paths, Boost.Graph's dijkstra_shortest_paths,
// breadth_first_search and connected_components for the rest) on a filtered
// view of the graph's ActorNetwork (see network.h): the NetworkFilter
// chooses the edge kinds (statements, relationships, affiliations),
// polarities and the date window. Every hop of a path carries the network edges
// that justify it — the statements, relationships or affiliations linking its
// two actors.
//
//   PathOptions opt;
//   opt.filter.kinds = EdgeKindMask::kStatement | EdgeKindMask::kRelationship;
//   opt.filter.window = *Interval::Parse("2024-11/2024-11");
//   std::vector<Path> paths = *ShortestPaths(graph, mao_ning, putin, opt);
//   for (const Hop& hop : paths[0].hops) {
//     for (const NetworkEdge& e : hop.evidence) {
//       // e.statement(), e.relationship(), or for an affiliation
//       // AffiliationOf(graph, e) (network.h)
//     }
//   }
//
//   EgoNetwork ego = *EgoNetworkOf(graph, china, /*radius=*/2,
//                                  {.filter = filter});
//   Components parts = ConnectedComponents(graph, filter);
//
// Fewest-hop ShortestPaths with a filter that keeps whole kinds of edges (a
// window open at both ends and every polarity, as the default filter) does
// not use the Boost network at all: it searches the neighbour index of
// those kinds (NeighboursOf, network.h: each actor's distinct neighbours),
// and reads each hop's evidence from the store (EdgesBetween) only when
// PathOptions::evidence asks for it.
//
// Cost. With a window open at both ends, the algorithms run on filtered
// views of the cached network snapshot; a full traversal visits every edge
// of the network, O(V + E), and walking an actor's edges costs all of them,
// kept or not. With a bounded window, the statement edges inside it are
// found through the store's date index (O(log n + k) for k statement edges
// in the window), copied with the relationship and affiliation edges that
// pass the filter into a compact graph of the same types, and the
// algorithms run on that: O(log n + k + R + A + V) for R relationships and
// A affiliations, whatever the search then visits. Fewest-hop
// ShortestPaths does not traverse everything: see its own cost below.
//
// Thread safety: free functions reading a const Graph (and its immutable
// network snapshot); safe to call concurrently with other readers. Results
// are owned values.

#ifndef DIPLOGRAPH_PATHS_H_
#define DIPLOGRAPH_PATHS_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "absl/status/statusor.h"
#include "diplograph/graph.h"
#include "diplograph/ids.h"
#include "diplograph/network.h"

namespace diplograph {

struct PathOptions {
  // The edges a path may use.
  NetworkFilter filter;
  // True: follow edges from speaker to target, member to organization,
  // relationship `from` to `to` (both ways for symmetric ones). False
  // (default): ignore direction.
  bool follow_direction = false;
  // At most this many paths are returned (fewest-hops search only).
  size_t max_paths = 16;
  // True (default): fill each Hop's evidence. False: leave it empty, which
  // saves reading the records behind each hop when only the actors matter.
  bool evidence = true;
  // When set, the cost of crossing an edge (>= 0, finite); the search is
  // then Dijkstra's and returns one least-cost path. When unset, every
  // edge costs 1 and all shortest paths (up to max_paths) are returned.
  std::function<double(const NetworkEdge&)> weight;
};

// One step of a path, with its evidence.
struct Hop {
  ActorId from;
  ActorId to;
  // Every edge of the filtered view joining `from` to `to` (in either
  // direction unless follow_direction), ordered by (kind, record, index).
  // Each names its record: NetworkEdge::statement(), relationship(), or
  // AffiliationOf(graph, edge) for an affiliation.
  std::vector<NetworkEdge> evidence;
};

struct Path {
  // The actors from the start to the goal, both included.
  std::vector<ActorId> actors;
  // actors.size() - 1 hops.
  std::vector<Hop> hops;
  // The number of hops, or the sum of the cheapest edge weights per hop
  // under a weight function.
  double cost = 0;
};

// Shortest paths from `from` to `to` in the filtered network. Without a
// weight: every shortest path (up to max_paths), in lexicographic order of
// their actor ids. With a weight: Dijkstra, one path. A path from an actor
// to itself is the single actor. Empty when `to` is unreachable.
// Complexity without a weight: a bidirectional breadth-first search grows
// one level at a time from whichever end has the frontier with fewer edges,
// and stops when the two balls meet (distance D) or one side runs out
// (unreachable). Its work is the edges incident to the levels it expanded,
// B_f + B_b, typically far below E on small-world networks (two balls of
// radius about D/2 instead of one ball of radius D; a hub end is left to
// the other side) but up to O(V + E) in the worst case, e.g. a long path
// across a large network. An unreachable `to` is found when the cheaper
// side runs out: at the cost of the smaller of the two components, roughly.
// The paths are then enumerated from the search's labels with no further
// search: O(B_f + paths * D * degree) (each actor of the forward ball that
// leads nowhere is scanned once; each step of a returned path scans the
// edges of the cheaper of its actor or the next level), plus the sorting of
// candidate steps and each hop's evidence, found from its end with fewer
// edges. Over the neighbour index (whole kinds, see above) "edges" above
// means distinct neighbours, each hop's evidence costs O(statements
// between the pair + relationships of its first actor + affiliations of
// both) and none without PathOptions::evidence; the index itself is built
// on the first call for those kinds (O(V + E)) and shared after. The
// per-actor distance labels are per-thread arrays reused across calls
// (reset by an epoch, O(1); O(V) on a thread's first call); a bounded
// window adds the compact graph above. With a weight: Dijkstra,
// O((V + E) log V). Memory: O(V) per thread for the labels, O(E) for a
// bounded window's compact graph, O(paths * length + evidence) for the
// result.
// Errors: NotFound for an unknown actor; InvalidArgument for max_paths == 0
// or a negative or non-finite weight.
absl::StatusOr<std::vector<Path>> ShortestPaths(
    const Graph& graph, ActorId from, ActorId to,
    const PathOptions& options = {});

// The actors within `radius` hops of `center` and the edges among them.
struct EgoNetwork {
  // Actors ordered by (distance, id), `center` first.
  std::vector<ActorId> actors;
  // Hop distance from the center, parallel to `actors`.
  std::vector<int> distance;
  // Every edge of the filtered view (directed network) whose two ends are
  // both in `actors`, ordered by (kind, record, index).
  std::vector<NetworkEdge> edges;
};

struct EgoNetworkOptions {
  // The edges the search may use.
  NetworkFilter filter;
  // True: count hops along edge direction only (out of the center). False
  // (default): ignore direction.
  bool follow_direction = false;
};

// The k-hop ego network of `center` (radius >= 0). Breadth-first search:
// O(V + E) as above. Memory: O(V) plus the result (and the compact graph).
// Errors: NotFound for an unknown actor; InvalidArgument for radius < 0.
absl::StatusOr<EgoNetwork> EgoNetworkOf(const Graph& graph, ActorId center,
                                        int radius,
                                        const EgoNetworkOptions& options = {});

// Weakly connected components of the filtered network.
struct Components {
  // The number of components, isolated actors included (each is one).
  size_t count = 0;
  // The component of each actor, indexed by ActorId::value; components are
  // numbered 0 .. count-1 in order of their lowest actor id.
  std::vector<uint32_t> component_of;
};

// boost::connected_components on the undirected view. O(V + E) as above.
// Memory: O(V) (and the compact graph).
Components ConnectedComponents(const Graph& graph,
                               const NetworkFilter& filter = {});

}  // namespace diplograph

#endif  // DIPLOGRAPH_PATHS_H_
