#include "query/window_network.h"

#include <cstdint>
#include <memory>
#include <vector>

#include "query/date_ranges.h"

namespace diplograph::internal {

std::unique_ptr<WindowNetwork> BuildWindowNetwork(const Graph& graph,
                                                  const NetworkFilter& filter,
                                                  bool undirected) {
  const size_t n = graph.actor_count();
  auto out = std::make_unique<WindowNetwork>();
  out->directed = NetworkGraph(n);
  if (undirected) out->undirected = UndirectedNetworkGraph(n);
  for (size_t v = 0; v < n; ++v) {
    out->directed[v].actor = ActorOf(v);
    if (undirected) out->undirected[v].actor = ActorOf(v);
  }
  const CompiledNetworkFilter keep(filter);
  auto add = [&](size_t from, size_t to, const NetworkEdge& e) {
    if (!keep.Keeps(e)) return;
    boost::add_edge(from, to, e, out->directed);
    // A symmetric relationship is one undirected edge (as in
    // ActorNetwork::undirected()).
    if (undirected && !(e.kind == EdgeKind::kRelationship && e.index == 1)) {
      boost::add_edge(from, to, e, out->undirected);
    }
  };

  if (filter.kinds & EdgeKindMask::kStatement) {
    const absl::Span<const StatementId> all = graph.StatementsByDate();
    for (const KeyRange& range : KeysOverlapping(filter.window)) {
      for (StatementId id : KeySlice(graph, all, range)) {
        const StatementView s = graph.statement(id);
        NetworkEdge e;
        e.kind = EdgeKind::kStatement;
        e.record = id.value;
        e.first_day = DayNumber(s.date().FirstDay());
        e.last_day = DayNumber(s.date().LastDay());
        const auto about = s.about();
        for (uint32_t k = 0; k < about.size(); ++k) {
          e.index = k;
          e.polarity = s.StanceToward(about[k]).value_or(Polarity::kNeutral);
          add(VertexOf(s.speaker()), VertexOf(about[k]), e);
        }
      }
    }
  }
  if (filter.kinds & EdgeKindMask::kRelationship) {
    for (uint32_t i = 0; i < graph.relationship_count(); ++i) {
      const Relationship& r = graph.relationship(RelationshipId(i));
      NetworkEdge e;
      e.kind = EdgeKind::kRelationship;
      e.record = i;
      e.polarity = r.polarity;
      e.first_day = r.valid.FirstDayNumber();
      e.last_day = r.valid.LastDayNumber();
      add(VertexOf(r.from), VertexOf(r.to), e);
      if (!r.directed) {
        e.index = 1;
        add(VertexOf(r.to), VertexOf(r.from), e);
      }
    }
  }
  if (filter.kinds & EdgeKindMask::kAffiliation) {
    for (uint32_t i = 0; i < n; ++i) {
      const Actor& a = graph.actor(ActorId(i));
      for (uint32_t k = 0; k < a.affiliations.size(); ++k) {
        NetworkEdge e;
        e.kind = EdgeKind::kAffiliation;
        e.record = i;
        e.index = k;
        e.first_day = a.affiliations[k].valid.FirstDayNumber();
        e.last_day = a.affiliations[k].valid.LastDayNumber();
        add(i, VertexOf(a.affiliations[k].organization), e);
      }
    }
  }
  return out;
}

}  // namespace diplograph::internal
