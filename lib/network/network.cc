#include "diplograph/network.h"

#include <cstdint>
#include <limits>
#include <memory>
#include <mutex>

#include "boost/graph/adjacency_list.hpp"
#include "diplograph/graph.h"

namespace diplograph {
namespace {

// The day range a statement edge holds over; undated statements get an
// empty range (first > last).
void StatementDays(Date date, NetworkEdge* edge) {
  if (date.is_known()) {
    edge->first_day = DayNumber(date.FirstDay());
    edge->last_day = DayNumber(date.LastDay());
  } else {
    edge->first_day = std::numeric_limits<int32_t>::max();
    edge->last_day = std::numeric_limits<int32_t>::min();
  }
}

}  // namespace

ActorNetwork::ActorNetwork(const Graph& graph)
    : directed_(graph.actor_count()) {
  for (uint32_t i = 0; i < graph.actor_count(); ++i) {
    directed_[i].actor = ActorId(i);
  }
  for (uint32_t i = 0; i < graph.statement_count(); ++i) {
    const StatementView s = graph.statement(StatementId(i));
    NetworkEdge edge;
    edge.kind = EdgeKind::kStatement;
    edge.record = i;
    StatementDays(s.date(), &edge);
    const auto about = s.about();
    for (uint32_t k = 0; k < about.size(); ++k) {
      edge.index = k;
      edge.polarity = s.StanceToward(about[k]).value_or(Polarity::kNeutral);
      boost::add_edge(VertexOf(s.speaker()), VertexOf(about[k]), edge,
                      directed_);
    }
  }
  for (uint32_t i = 0; i < graph.relationship_count(); ++i) {
    const Relationship& r = graph.relationship(RelationshipId(i));
    NetworkEdge edge;
    edge.kind = EdgeKind::kRelationship;
    edge.record = i;
    edge.polarity = r.polarity;
    edge.first_day = r.valid.FirstDayNumber();
    edge.last_day = r.valid.LastDayNumber();
    boost::add_edge(VertexOf(r.from), VertexOf(r.to), edge, directed_);
    if (!r.directed) {
      edge.index = 1;  // the reverse edge of a symmetric relationship
      boost::add_edge(VertexOf(r.to), VertexOf(r.from), edge, directed_);
    }
  }
  for (uint32_t i = 0; i < graph.actor_count(); ++i) {
    const Actor& a = graph.actor(ActorId(i));
    for (uint32_t k = 0; k < a.affiliations.size(); ++k) {
      NetworkEdge edge;
      edge.kind = EdgeKind::kAffiliation;
      edge.record = i;
      edge.index = k;
      edge.first_day = a.affiliations[k].valid.FirstDayNumber();
      edge.last_day = a.affiliations[k].valid.LastDayNumber();
      boost::add_edge(i, VertexOf(a.affiliations[k].organization), edge,
                      directed_);
    }
  }
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

}  // namespace diplograph
