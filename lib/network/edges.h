// Private: the one place where statements, relationships and affiliations
// become network edges: with their bundles (for the BGL networks and the
// evidence of a link), and as bare endpoints (for the neighbour index).

#ifndef DIPLOGRAPH_LIB_NETWORK_EDGES_H_
#define DIPLOGRAPH_LIB_NETWORK_EDGES_H_

#include <cstdint>

#include "diplograph/graph.h"
#include "diplograph/network.h"

namespace diplograph::internal {

// Calls add(from, to, edge) for each edge of statement `id`: one per target.
template <typename Add>
inline void StatementEdges(const Graph& graph, StatementId id, Add& add) {
  const StatementView s = graph.statement(id);
  NetworkEdge edge;
  edge.kind = EdgeKind::kStatement;
  edge.record = id.value;
  edge.SetDate(s.date());
  const auto about = s.about();
  for (uint32_t k = 0; k < about.size(); ++k) {
    edge.index = k;
    edge.polarity = s.StanceToward(about[k]).value_or(Polarity::kNeutral);
    add(VertexOf(s.speaker()), VertexOf(about[k]), edge);
  }
}

// The edges of relationship `i`: from -> to, and to -> from (index 1) for a
// symmetric one.
template <typename Add>
inline void RelationshipEdge(const Graph& graph, uint32_t i, Add& add) {
  const Relationship& r = graph.relationship(RelationshipId(i));
  NetworkEdge edge;
  edge.kind = EdgeKind::kRelationship;
  edge.record = i;
  edge.polarity = r.polarity;
  edge.SetValidity(r.valid);
  add(VertexOf(r.from), VertexOf(r.to), edge);
  if (!r.directed) {
    edge.index = 1;  // the reverse edge of a symmetric relationship
    add(VertexOf(r.to), VertexOf(r.from), edge);
  }
}

template <typename Add>
inline void RelationshipEdges(const Graph& graph, Add& add) {
  for (uint32_t i = 0; i < graph.relationship_count(); ++i) {
    RelationshipEdge(graph, i, add);
  }
}

// The edges of the affiliations of actor `i`: member -> organization.
template <typename Add>
inline void AffiliationEdgesOf(const Graph& graph, uint32_t i, Add& add) {
  const Actor& a = graph.actor(ActorId(i));
  for (uint32_t k = 0; k < a.affiliations.size(); ++k) {
    NetworkEdge edge;
    edge.kind = EdgeKind::kAffiliation;
    edge.record = i;
    edge.index = k;
    edge.SetValidity(a.affiliations[k].valid);
    add(VertexOf(ActorId(i)), VertexOf(a.affiliations[k].organization), edge);
  }
}

template <typename Add>
inline void AffiliationEdges(const Graph& graph, Add& add) {
  for (uint32_t i = 0; i < graph.actor_count(); ++i) {
    AffiliationEdgesOf(graph, i, add);
  }
}

// Calls link(from, to, reverse) for the endpoints of every edge of `kinds`
// (EdgeKindMask bits) in the order the directed network holds them: the
// same edges as the bundle helpers above, where `reverse` marks the second
// edge of a symmetric relationship (the one an undirected network drops).
template <typename Link>
inline void ForEachLink(const Graph& graph, uint8_t kinds, Link&& link) {
  if (kinds & EdgeKindMask::kStatement) {
    for (uint32_t i = 0; i < graph.statement_count(); ++i) {
      const StatementView s = graph.statement(StatementId(i));
      const uint32_t from = s.speaker().value;
      for (ActorId t : s.about()) link(from, t.value, false);
    }
  }
  if (kinds & EdgeKindMask::kRelationship) {
    for (uint32_t i = 0; i < graph.relationship_count(); ++i) {
      const Relationship& r = graph.relationship(RelationshipId(i));
      link(r.from.value, r.to.value, false);
      if (!r.directed) link(r.to.value, r.from.value, true);
    }
  }
  if (kinds & EdgeKindMask::kAffiliation) {
    for (uint32_t i = 0; i < graph.actor_count(); ++i) {
      for (const Affiliation& f : graph.actor(ActorId(i)).affiliations) {
        link(i, f.organization.value, false);
      }
    }
  }
}

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_NETWORK_EDGES_H_
