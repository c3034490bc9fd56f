// The actor network as a Boost.Graph graph, for BGL algorithms.
//
// NetworkOf(graph) returns an immutable snapshot, an ActorNetwork. Its
// directed() graph is a boost::adjacency_list (vecS vertices, bidirectional)
// that models VertexListGraph, EdgeListGraph, IncidenceGraph,
// BidirectionalGraph and AdjacencyGraph, with a vertex_index map. Vertex v is
// the actor with id ActorId(v): every actor of the graph is a vertex, in id
// order. The edges are:
//
//   kStatement     speaker -> target, one edge per target of each statement
//                  (a statement about three actors gives three edges);
//   kRelationship  from -> to for a directed relationship; a symmetric one
//                  gives two edges, one each way, for the same record;
//   kAffiliation   member -> organization, one per affiliation.
//
// Each edge's bundle (NetworkEdge) says which record it stands for and when
// it holds, so property maps lead back to the statement, relationship or
// affiliation behind an edge (statement(), relationship(), AffiliationOf):
//
//   std::shared_ptr<const ActorNetwork> net = NetworkOf(graph);
//   const NetworkGraph& g = net->directed();
//   auto kind = boost::get(&NetworkEdge::kind, g);        // property map
//   std::vector<int> dist(boost::num_vertices(g));
//   boost::breadth_first_search(g, VertexOf(mao_ning),
//       boost::visitor(boost::make_bfs_visitor(boost::record_distances(
//           dist.data(), boost::on_tree_edge()))));
//
// Restrict the edges with boost::filtered_graph and an EdgeFilter (date
// window, kinds, polarity), then run any algorithm on the view:
//
//   NetworkFilter f;
//   f.kinds = EdgeKindMask::kStatement;
//   f.window = *Interval::Parse("2024-11/2024-11");
//   f.polarities = PolarityMask::kCooperative | PolarityMask::kNeutral;
//   auto view = FilterNetwork(g, f);   // boost::filtered_graph<...>
//   boost::dijkstra_shortest_paths(view, source, ...);
//
// Undirected algorithms (connected_components, for example) need an
// undirected graph: undirected() gives the same vertices and edges with
// direction dropped (self-loops kept), built on first use.
//
// A network of only the edges a filter keeps can also be built on its own
// (ActorNetwork(graph, filter)): with a bounded window it gathers the
// window's statements through the store's date index, so it costs what the
// window holds rather than the whole graph. The query functions of paths.h
// and centrality.h use it for bounded windows.
//
// Neighbour index. Many questions need only who is linked to whom, not the
// edges one by one: NeighboursOf(graph, kinds) returns a compact index of
// each actor's distinct neighbours over the edges of some kinds (in CSR
// form: one array of neighbour ids sorted by id, with the number of edges
// behind each, and 32-bit offsets per actor), for out-edges, in-edges and
// both directions. It costs about 8 bytes per distinct (actor, neighbour)
// link and direction plus 12 bytes per actor (bytes() says exactly), much
// less than the BGL network, and is what ShortestPaths (paths.h) and
// Neighbourhood (below) walk when the filter keeps whole kinds:
//
//   std::shared_ptr<const NeighbourIndex> idx =
//       NeighboursOf(graph, EdgeKindMask::kStatement);
//   for (ActorId n : idx->Neighbours(china, NeighbourIndex::kBoth)) ...
//   absl::StatusOr<Neighbourhood> two_hops =
//       NeighbourhoodOf(graph, china, 2, {.kinds = EdgeKindMask::kStatement});
//
// Thread safety: an ActorNetwork is immutable after construction; all its
// members, including the lazily built undirected(), are safe to call from
// many threads at once. NetworkOf may be called concurrently with other
// readers of the graph. Filtered views are cheap values over a network. A
// NeighbourIndex is immutable and shared likewise; NeighboursOf and
// NeighbourhoodOf may be called concurrently with other readers.

#ifndef DIPLOGRAPH_NETWORK_H_
#define DIPLOGRAPH_NETWORK_H_

#include <cstdint>
#include <limits>
#include <memory>
#include <mutex>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "boost/graph/adjacency_list.hpp"
#include "boost/graph/filtered_graph.hpp"
#include "boost/graph/graph_traits.hpp"
#include "diplograph/actor.h"
#include "diplograph/date.h"
#include "diplograph/graph.h"
#include "diplograph/ids.h"
#include "diplograph/polarity.h"

namespace diplograph {

class CompiledNetworkFilter;

// What an edge of the network stands for.
enum class EdgeKind : uint8_t {
  kStatement = 0,
  kRelationship = 1,
  kAffiliation = 2,
};

// The vertex bundle: the actor the vertex stands for.
struct NetworkVertex {
  ActorId actor{};
};

// The edge bundle.
struct NetworkEdge {
  EdgeKind kind = EdgeKind::kStatement;
  // kStatement: the speaker's stance toward this target when recorded,
  // otherwise neutral. kRelationship: the relationship's polarity.
  // kAffiliation: neutral.
  Polarity polarity = Polarity::kNeutral;
  // kStatement: the statement id; kRelationship: the relationship id;
  // kAffiliation: the member's actor id.
  uint32_t record = 0;
  // kAffiliation: the index into the member's Actor::affiliations;
  // kStatement: the index of the target in Statement::about;
  // kRelationship: 0 for from -> to, 1 for the reverse edge of a symmetric
  // relationship.
  uint32_t index = 0;

  // The record behind the edge; an invalid id for an edge of another kind.
  StatementId statement() const {
    return kind == EdgeKind::kStatement ? StatementId(record) : StatementId();
  }
  RelationshipId relationship() const {
    return kind == EdgeKind::kRelationship ? RelationshipId(record)
                                           : RelationshipId();
  }
  // kAffiliation: the member whose affiliation (Actor::affiliations[index])
  // the edge stands for; see AffiliationOf.
  ActorId member() const {
    return kind == EdgeKind::kAffiliation ? ActorId(record) : ActorId();
  }

  // The days over which the edge holds, both inclusive, as an interval of
  // day-precision dates (open ends stay open): a statement's date period
  // ("2024-11" gives 2024-11-01/2024-11-30), a relationship's or an
  // affiliation's validity. The open interval for an undated statement
  // (see dated()). O(1) plus two date conversions.
  Interval when() const;
  // False only for the edges of an undated statement, which match only
  // filters without a window. O(1).
  bool dated() const { return first_day_ <= last_day_; }

  // Set when(): to the period of a statement's `date` (the unknown date
  // makes the edge undated), or to a validity interval. For building edges
  // by hand (the library's networks set them). O(1).
  void SetDate(Date date);
  void SetValidity(const Interval& valid);

 private:
  friend class CompiledNetworkFilter;
  // Days since 1970-01-01, open ends the int32 minimum / maximum; an undated
  // statement has first_day_ > last_day_.
  int32_t first_day_ = std::numeric_limits<int32_t>::min();
  int32_t last_day_ = std::numeric_limits<int32_t>::max();
};

// The directed network type.
using NetworkGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                          NetworkVertex, NetworkEdge>;
// The undirected network type.
using UndirectedNetworkGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                          NetworkVertex, NetworkEdge>;
using NetworkVertexDescriptor =
    boost::graph_traits<NetworkGraph>::vertex_descriptor;

// The vertex of an actor, and the actor of a vertex, in both graph types.
inline NetworkVertexDescriptor VertexOf(ActorId actor) { return actor.value; }
inline ActorId ActorOf(NetworkVertexDescriptor v) {
  return ActorId(static_cast<uint32_t>(v));
}

struct NetworkFilter;

// An immutable snapshot of a Graph's actor network.
class ActorNetwork {
 public:
  // Builds the network of `graph` as it is now. O(actors + edges). Most
  // callers want the shared, cached snapshot of NetworkOf instead.
  explicit ActorNetwork(const Graph& graph);

  // Builds the network of the edges of `graph` that `filter` keeps (every
  // actor is still a vertex, in id order; edges and bundles as in the whole
  // network). With a bounded window, the statements are found through the
  // store's date index: O(V + log n + k + R + A) for k (statement, target)
  // pairs in the window, R relationships and A affiliations; with an open
  // window, O(V + E). Memory O(V + kept edges).
  ActorNetwork(const Graph& graph, const NetworkFilter& filter);

  ActorNetwork(const ActorNetwork&) = delete;
  ActorNetwork& operator=(const ActorNetwork&) = delete;

  // The directed network.
  const NetworkGraph& directed() const { return directed_; }

  // The same network without direction; built on the first call in
  // O(actors + edges), then shared. Safe to call concurrently.
  const UndirectedNetworkGraph& undirected() const;

 private:
  NetworkGraph directed_;
  mutable std::once_flag undirected_once_;
  mutable std::unique_ptr<UndirectedNetworkGraph> undirected_;
};

// Bit masks for NetworkFilter.
namespace EdgeKindMask {
inline constexpr uint8_t kStatement = 1u << 0;
inline constexpr uint8_t kRelationship = 1u << 1;
inline constexpr uint8_t kAffiliation = 1u << 2;
inline constexpr uint8_t kAll = kStatement | kRelationship | kAffiliation;
}  // namespace EdgeKindMask

namespace PolarityMask {
inline constexpr uint8_t kConflictual = 1u << 0;
inline constexpr uint8_t kNeutral = 1u << 1;
inline constexpr uint8_t kCooperative = 1u << 2;
inline constexpr uint8_t kAll = kConflictual | kNeutral | kCooperative;
}  // namespace PolarityMask

// The actor network of `graph` as it is now: built on first use in
// O(actors + edges) and shared by later calls until an add changes what the
// network shows (actors, affiliations, statements, relationships; sources,
// aliases, events and evidence do not: see Graph::structure_version()).
// The snapshot is immutable, safe to use from many threads, and stays valid
// (describing the graph as it was) after later changes. Concurrent first
// calls build it once. O(1) when cached.
std::shared_ptr<const ActorNetwork> NetworkOf(const Graph& graph);

// The affiliation an edge of kind kAffiliation stands for:
// graph.actor(edge.member()).affiliations[edge.index]. REQUIRES: the edge
// is of kind kAffiliation and comes from a network of `graph`. O(1).
const Affiliation& AffiliationOf(const Graph& graph, const NetworkEdge& edge);

// Which edges a filtered view keeps.
struct NetworkFilter {
  // EdgeKindMask bits of the kinds to keep.
  uint8_t kinds = EdgeKindMask::kAll;
  // PolarityMask bits of the polarities to keep.
  uint8_t polarities = PolarityMask::kAll;
  // Keep edges whose days overlap the window. The default (open at both
  // ends) keeps every edge, undated statements included; any bounded window
  // drops undated statements.
  Interval window{};

  // True when the window is bounded at either end (so that a network built
  // for the window, ActorNetwork(graph, filter), is smaller). O(1).
  bool has_bounded_window() const {
    return !(window.is_open_begin() && window.is_open_end());
  }

  // True if an edge with this bundle passes. O(1), but converts the window
  // on each call: for many edges, use a CompiledNetworkFilter (as
  // EdgeFilter and FilterNetwork do).
  bool Keeps(const NetworkEdge& edge) const;
};

// A NetworkFilter with its window converted once to the edges' compact
// form, for deciding many edges. Cheap to copy.
class CompiledNetworkFilter {
 public:
  CompiledNetworkFilter() = default;
  // O(1) (two date conversions).
  explicit CompiledNetworkFilter(const NetworkFilter& f);

  // The same decision as NetworkFilter::Keeps. O(1).
  bool Keeps(const NetworkEdge& edge) const {
    if ((kinds_ & (1u << static_cast<unsigned>(edge.kind))) == 0) return false;
    const unsigned p =
        static_cast<unsigned>(static_cast<int>(edge.polarity) + 1);
    if ((polarities_ & (1u << p)) == 0) return false;
    if (open_) return true;
    return edge.first_day_ <= edge.last_day_ && edge.first_day_ <= last_ &&
           first_ <= edge.last_day_;
  }

 private:
  uint8_t kinds_ = EdgeKindMask::kAll;
  uint8_t polarities_ = PolarityMask::kAll;
  bool open_ = true;
  int32_t first_ = 0;
  int32_t last_ = 0;
};

inline bool NetworkFilter::Keeps(const NetworkEdge& edge) const {
  return CompiledNetworkFilter(*this).Keeps(edge);
}

// The edge predicate of a filtered view: holds a pointer to the graph and a
// compiled copy of the filter, so it is cheap to copy as
// boost::filtered_graph requires and decides each edge without date
// arithmetic. REQUIRES: the graph outlives the predicate.
template <typename G>
class EdgeFilter {
 public:
  EdgeFilter() = default;
  EdgeFilter(const G* graph, const NetworkFilter& filter)
      : graph_(graph), filter_(filter) {}

  bool operator()(
      const typename boost::graph_traits<G>::edge_descriptor& e) const {
    return filter_.Keeps((*graph_)[e]);
  }

 private:
  const G* graph_ = nullptr;
  CompiledNetworkFilter filter_;
};

// The view of `graph` that keeps only the edges `filter` passes (all
// vertices stay). O(1) to build; each edge visit costs O(1) more.
// REQUIRES: `graph` outlives the view.
template <typename G>
boost::filtered_graph<G, EdgeFilter<G>> FilterNetwork(
    const G& graph, const NetworkFilter& filter) {
  return boost::filtered_graph<G, EdgeFilter<G>>(graph,
                                                 EdgeFilter<G>(&graph, filter));
}

// The distinct neighbours of every actor over the edges of some kinds, with
// the number of edges behind each link, as three compressed sparse rows:
// out-neighbours (edge sources to targets, as in the directed network),
// in-neighbours, and both directions (as in the undirected network: a
// symmetric relationship is one edge there, a self-loop one edge of the
// actor to itself). Every actor of the graph has a (possibly empty) row.
// Built by NeighboursOf; immutable.
class NeighbourIndex {
 public:
  enum Direction : uint8_t { kOut = 0, kIn = 1, kBoth = 2 };

  // Builds the index of `graph` as it is now over the edges of `kinds`
  // (EdgeKindMask bits; windows and polarities are not indexed). O(V + E)
  // time (two counting-sort passes, no comparisons), O(V + E) scratch freed
  // before returning. Most callers want the cached NeighboursOf instead.
  NeighbourIndex(const Graph& graph, uint8_t kinds);

  NeighbourIndex(const NeighbourIndex&) = delete;
  NeighbourIndex& operator=(const NeighbourIndex&) = delete;

  // The distinct neighbours of `actor` in direction `d`, ascending by id
  // (the actor itself when it has a self-loop). REQUIRES: actor.value <
  // actor_count(). O(1).
  absl::Span<const ActorId> Neighbours(ActorId actor, Direction d) const {
    const Row& r = rows_[d];
    return absl::MakeConstSpan(
        r.ids.data() + r.offsets[actor.value],
        r.offsets[actor.value + 1] - r.offsets[actor.value]);
  }
  // The number of edges behind each of Neighbours(actor, d), parallel to
  // it. For kBoth, the edges in either direction (a symmetric relationship
  // and a self-loop count once). O(1).
  absl::Span<const uint32_t> EdgeCounts(ActorId actor, Direction d) const {
    const Row& r = rows_[d];
    return absl::MakeConstSpan(
        r.counts.data() + r.offsets[actor.value],
        r.offsets[actor.value + 1] - r.offsets[actor.value]);
  }
  // The number of distinct neighbours: Neighbours(actor, d).size(). O(1).
  size_t Degree(ActorId actor, Direction d) const {
    return rows_[d].offsets[actor.value + 1] - rows_[d].offsets[actor.value];
  }

  // The number of actors (rows). O(1).
  size_t actor_count() const { return rows_[0].offsets.size() - 1; }
  // The edge kinds indexed (EdgeKindMask bits). O(1).
  uint8_t kinds() const { return kinds_; }
  // The number of distinct links in direction d (the sum of the rows). O(1).
  size_t link_count(Direction d) const { return rows_[d].ids.size(); }
  // The heap bytes the index holds. O(1).
  size_t bytes() const;

 private:
  struct Row {
    std::vector<uint32_t> offsets;  // actor_count() + 1
    std::vector<ActorId> ids;
    std::vector<uint32_t> counts;
  };
  uint8_t kinds_ = 0;
  Row rows_[3];
};

// The neighbour index of `graph` over the edges of `kinds` (EdgeKindMask
// bits; 0 gives an index without links), as it is now: built on first use
// in O(V + E) and shared by later calls with the same kinds until the
// graph's structure_version() changes, like NetworkOf. Safe to call
// concurrently; concurrent first calls build it once. O(1) when cached.
std::shared_ptr<const NeighbourIndex> NeighboursOf(
    const Graph& graph, uint8_t kinds = EdgeKindMask::kAll);

// The actors within a number of hops of an actor.
struct Neighbourhood {
  // The actors at distance 1 .. radius (the center is not included), level
  // by level: the actors at distance k are
  // actors[level_begin[k-1] .. level_begin[k]), in the order the search
  // found them (the neighbours of the previous level's actors in turn, each
  // actor's in ascending id order): deterministic, not sorted.
  std::vector<ActorId> actors;
  // radius + 1 entries at most: level_begin[0] = 0, then the end of each
  // level reached (fewer when the search runs out of actors).
  std::vector<uint32_t> level_begin;
};

struct NeighbourhoodOptions {
  // The edge kinds to follow (EdgeKindMask bits).
  uint8_t kinds = EdgeKindMask::kAll;
  // kOut: follow edges forward; kIn: backward; kBoth (default): either way.
  NeighbourIndex::Direction direction = NeighbourIndex::kBoth;
};

// The distinct actors within `radius` hops of `center` (breadth-first over
// NeighboursOf(graph, options.kinds)). O(sum of the distinct-neighbour
// counts of the actors at distance < radius) plus building the index on
// first use; visited marks are a per-thread array of the actor count
// reused across calls (an epoch per call, no clearing, no hash set).
// Errors: NotFound for an actor not in the graph; InvalidArgument for a
// negative radius or a direction outside the enum.
absl::StatusOr<Neighbourhood> NeighbourhoodOf(
    const Graph& graph, ActorId center, int radius,
    const NeighbourhoodOptions& options = {});

// The edges of `kinds` (EdgeKindMask bits) from `from` to `to`, with
// `both_ways` also those from `to` to `from` (the reverse edge of a
// symmetric relationship only when `both_ways` is false, as an undirected
// network holds it once), as the network's bundles would give them, ordered
// by (kind, record, index): the evidence of a link. Windows and polarities
// are not applied. O(pair's statements + relationships of `from` +
// affiliations of both). REQUIRES: both actors are in the graph.
std::vector<NetworkEdge> EdgesBetween(const Graph& graph, ActorId from,
                                      ActorId to, uint8_t kinds,
                                      bool both_ways);

}  // namespace diplograph

#endif  // DIPLOGRAPH_NETWORK_H_
