// Relationship history: for a pair of actors and a relationship label, the
// dated evidence for and against it — who asserted that the United States
// pursues "dual containment" of China and Russia, who denied it, and when.
//
//   absl::StatusOr<RelationshipHistory> h =
//       HistoryOf(graph, united_states, china, "dual containment");
//   for (const EvidenceRecord& r : h->supporting) {
//     // r.date, r.speaker, r.statement, r.evidence.role ...
//   }
//
// A relationship belongs to the history when it links the two actors (in
// either order, directed or not) and its key, or one of its label variants,
// normalises (NormalizeLabel) to the same form as the requested label; an
// empty label takes every relationship between the two.
//
// Thread safety: a free function reading a const Graph; safe to call
// concurrently with other readers. Results are owned values.

#ifndef DIPLOGRAPH_RELATIONSHIP_HISTORY_H_
#define DIPLOGRAPH_RELATIONSHIP_HISTORY_H_

#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "diplograph/date.h"
#include "diplograph/graph.h"
#include "diplograph/ids.h"
#include "diplograph/relationship.h"

namespace diplograph {

// One piece of evidence, dated.
struct EvidenceRecord {
  RelationshipId relationship;
  // Index of the evidence in Relationship::evidence.
  uint32_t index = 0;
  Evidence evidence;
  // The statement's date, or for source-only evidence the source's date.
  Date date;
  // The statement's speaker; invalid for source-only evidence.
  ActorId speaker;
  // The statement, when the evidence is one (same as evidence.statement).
  StatementId statement;
  // The source: the statement's source, or evidence.source.
  SourceId source;
};

// True for the roles that argue for a relationship (asserts, confirms,
// proposes); false for kContests.
bool Supports(EvidenceRole role);

struct RelationshipHistory {
  // The matching relationships, ascending by id.
  std::vector<RelationshipId> relationships;
  // Evidence for (asserts, confirms, proposes) and against (contests), each
  // in date order (Date order, ties by relationship id then evidence index).
  std::vector<EvidenceRecord> supporting;
  std::vector<EvidenceRecord> contesting;
};

// The history of `label` between `a` and `b`. O(relationships of a +
// evidence of the matches * log); no index memory.
// Errors: NotFound for an unknown actor; InvalidArgument when a == b.
absl::StatusOr<RelationshipHistory> HistoryOf(const Graph& graph, ActorId a,
                                              ActorId b,
                                              absl::string_view label = "");

}  // namespace diplograph

#endif  // DIPLOGRAPH_RELATIONSHIP_HISTORY_H_
