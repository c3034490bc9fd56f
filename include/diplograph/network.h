// The actor network as a Boost.Graph graph, for BGL algorithms.
//
// Graph::network() returns an immutable snapshot, an ActorNetwork. Its
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
// affiliation behind an edge:
//
//   std::shared_ptr<const ActorNetwork> net = graph.network();
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
// Thread safety: an ActorNetwork is immutable after construction; all its
// members, including the lazily built undirected(), are safe to call from
// many threads at once. Filtered views are cheap values over it.

#ifndef DIPLOGRAPH_NETWORK_H_
#define DIPLOGRAPH_NETWORK_H_

#include <cstdint>
#include <limits>
#include <memory>
#include <mutex>

#include "boost/graph/adjacency_list.hpp"
#include "boost/graph/filtered_graph.hpp"
#include "boost/graph/graph_traits.hpp"
#include "diplograph/date.h"
#include "diplograph/ids.h"
#include "diplograph/polarity.h"

namespace diplograph {

class Graph;

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
  // The days (DayNumber) over which the edge holds, both inclusive: a
  // statement's date period, a relationship's or affiliation's validity.
  // Open ends are the int32 minimum / maximum. An undated statement has
  // first_day > last_day and matches only filters without a window.
  int32_t first_day = std::numeric_limits<int32_t>::min();
  int32_t last_day = std::numeric_limits<int32_t>::max();

  StatementId statement() const {
    return kind == EdgeKind::kStatement ? StatementId(record) : StatementId();
  }
  RelationshipId relationship() const {
    return kind == EdgeKind::kRelationship ? RelationshipId(record)
                                           : RelationshipId();
  }
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

// An immutable snapshot of a Graph's actor network.
class ActorNetwork {
 public:
  // Builds the network of `graph` as it is now. O(actors + edges).
  explicit ActorNetwork(const Graph& graph);

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

  // True if an edge with this bundle passes. O(1), but converts the window
  // to day numbers on each call: for many edges, use a
  // CompiledNetworkFilter (as EdgeFilter and FilterNetwork do).
  bool Keeps(const NetworkEdge& edge) const;
};

// A NetworkFilter with its window converted to day numbers once, for
// deciding many edges. Cheap to copy.
class CompiledNetworkFilter {
 public:
  CompiledNetworkFilter() = default;
  explicit CompiledNetworkFilter(const NetworkFilter& f)
      : kinds_(f.kinds),
        polarities_(f.polarities),
        open_(f.window.is_open_begin() && f.window.is_open_end()),
        first_(f.window.FirstDayNumber()),
        last_(f.window.LastDayNumber()) {}

  // The same decision as NetworkFilter::Keeps. O(1).
  bool Keeps(const NetworkEdge& edge) const {
    if ((kinds_ & (1u << static_cast<unsigned>(edge.kind))) == 0) return false;
    const unsigned p =
        static_cast<unsigned>(static_cast<int>(edge.polarity) + 1);
    if ((polarities_ & (1u << p)) == 0) return false;
    if (open_) return true;
    return edge.first_day <= edge.last_day && edge.first_day <= last_ &&
           first_ <= edge.last_day;
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
  return boost::filtered_graph<G, EdgeFilter<G>>(
      graph, EdgeFilter<G>(&graph, filter));
}

}  // namespace diplograph

#endif  // DIPLOGRAPH_NETWORK_H_
