// The actor network as Boost.Graph graphs: the cached whole network
// (NetworkOf) and the networks of a filter (ActorNetwork(graph, filter)),
// built from the edges of network/edges.h.

#include "diplograph/network.h"

#include <cstdint>
#include <limits>
#include <memory>
#include <mutex>

#include "boost/graph/adjacency_list.hpp"
#include "diplograph/graph.h"
#include "model/date_keys.h"
#include "network/edges.h"

namespace diplograph {
namespace {

bool KeepsEverything(const NetworkFilter& filter) {
  return filter.kinds == EdgeKindMask::kAll &&
         filter.polarities == PolarityMask::kAll &&
         !filter.has_bounded_window();
}

}  // namespace

Interval NetworkEdge::when() const {
  if (!dated()) return Interval();
  const Date first = first_day_ == internal::kOpenFirstDay
                         ? Date()
                         : internal::DateOfDayNumber(first_day_);
  const Date last = last_day_ == internal::kOpenLastDay
                        ? Date()
                        : internal::DateOfDayNumber(last_day_);
  return *Interval::Make(first, last);
}

void NetworkEdge::SetDate(Date date) {
  if (date.is_known()) {
    first_day_ = internal::FirstDayNumber(date);
    last_day_ = internal::LastDayNumber(date);
  } else {
    first_day_ = std::numeric_limits<int32_t>::max();
    last_day_ = std::numeric_limits<int32_t>::min();
  }
}

void NetworkEdge::SetValidity(const Interval& valid) {
  first_day_ = internal::FirstDayNumber(valid);
  last_day_ = internal::LastDayNumber(valid);
}

CompiledNetworkFilter::CompiledNetworkFilter(const NetworkFilter& f)
    : kinds_(f.kinds),
      polarities_(f.polarities),
      open_(!f.has_bounded_window()),
      first_(internal::FirstDayNumber(f.window)),
      last_(internal::LastDayNumber(f.window)) {}

ActorNetwork::ActorNetwork(const Graph& graph)
    : ActorNetwork(graph, NetworkFilter()) {}

ActorNetwork::ActorNetwork(const Graph& graph, const NetworkFilter& filter)
    : directed_(graph.actor_count()) {
  for (uint32_t i = 0; i < graph.actor_count(); ++i) {
    directed_[i].actor = ActorId(i);
  }
  const bool everything = KeepsEverything(filter);
  const CompiledNetworkFilter keep(filter);
  auto add = [&](NetworkVertexDescriptor from, NetworkVertexDescriptor to,
                 const NetworkEdge& edge) {
    if (everything || keep.Keeps(edge)) {
      boost::add_edge(from, to, edge, directed_);
    }
  };
  if (filter.kinds & EdgeKindMask::kStatement) {
    if (filter.has_bounded_window()) {
      // Only the statements whose dates can overlap the window, as slices of
      // the store's date index.
      const StatementRange by_date = graph.StatementsByDate();
      for (const internal::KeyRange& range :
           internal::KeysOverlapping(filter.window)) {
        internal::KeySlice(by_date, range, [&graph](StatementId s) {
          return internal::SortKey(graph.statement(s).date());
        }).ForEachBlock([&](absl::Span<const StatementId> piece) {
          for (StatementId id : piece) internal::StatementEdges(graph, id, add);
        });
      }
    } else {
      for (uint32_t i = 0; i < graph.statement_count(); ++i) {
        internal::StatementEdges(graph, StatementId(i), add);
      }
    }
  }
  if (filter.kinds & EdgeKindMask::kRelationship) {
    internal::RelationshipEdges(graph, add);
  }
  if (filter.kinds & EdgeKindMask::kAffiliation)
    internal::AffiliationEdges(graph, add);
}

const UndirectedNetworkGraph& ActorNetwork::undirected() const {
  std::call_once(undirected_once_, [this] {
    auto g = std::make_unique<UndirectedNetworkGraph>(
        boost::num_vertices(directed_));
    for (auto v : boost::make_iterator_range(boost::vertices(directed_))) {
      (*g)[v] = directed_[v];
    }
    for (auto e : boost::make_iterator_range(boost::edges(directed_))) {
      const NetworkEdge& bundle = directed_[e];
      // A symmetric relationship is two directed edges; keep one.
      if (bundle.kind == EdgeKind::kRelationship && bundle.index == 1) {
        continue;
      }
      boost::add_edge(boost::source(e, directed_), boost::target(e, directed_),
                      bundle, *g);
    }
    undirected_ = std::move(g);
  });
  return *undirected_;
}

std::shared_ptr<const ActorNetwork> NetworkOf(const Graph& graph) {
  static const char kTag = 0;  // identifies the actor network among views
  return std::static_pointer_cast<const ActorNetwork>(
      internal::DerivedViews::Get(graph, &kTag, [&graph] {
        return std::static_pointer_cast<const void>(
            std::make_shared<const ActorNetwork>(graph));
      }));
}

const Affiliation& AffiliationOf(const Graph& graph, const NetworkEdge& edge) {
  return graph.actor(edge.member()).affiliations[edge.index];
}

}  // namespace diplograph
