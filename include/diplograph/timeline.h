// Pair timeline: everything that passed between two actors, in date order —
// each statement by one about the other (either direction), and each change
// in a relationship between them (it begins, it ends, someone asserts or
// contests it).
//
//   absl::StatusOr<PairTimeline> t = PairTimeline::Make(graph, china, russia);
//   for (const TimelineEntry& e : *t) {
//     switch (e.kind) {
//       case TimelineEntryKind::kStatement: ... graph.statement(e.statement)
//       case TimelineEntryKind::kRelationshipBegins: ...
//     }
//   }
//   // or, one entry at a time: TimelineEntry e; while (t->Next(&e)) ...
//
// Statements are walked lazily through StatementQuery (a million of them
// are never copied); the relationship entries, which are few, are gathered
// when the timeline is made.
//
// Order: Date order of the entry dates (a coarser date before the finer
// dates inside it), then statements before relationship entries, then by
// statement id, or by (relationship id, begins < evidence < ends, evidence
// index). Relationship beginnings with an open start and endings with an
// open end are not changes and do not appear. With a window, only entries
// whose date overlaps it appear (the same rule as StatementQuery::During).
//
// Thread safety: a PairTimeline is used by one thread at a time; it reads
// the graph and stays valid until the graph's next non-const call.

#ifndef DIPLOGRAPH_TIMELINE_H_
#define DIPLOGRAPH_TIMELINE_H_

#include <cstdint>
#include <vector>

#include "absl/status/statusor.h"
#include "diplograph/date.h"
#include "diplograph/graph.h"
#include "diplograph/ids.h"
#include "diplograph/relationship.h"
#include "diplograph/statement_query.h"

namespace diplograph {

enum class TimelineEntryKind : uint8_t {
  kStatement = 0,           // a statement by one about the other
  kRelationshipBegins = 1,  // a relationship's validity starts (date: begin)
  kEvidence = 2,            // evidence for or against a relationship
  kRelationshipEnds = 3,    // a relationship's validity ends (date: end)
};

struct TimelineEntry {
  TimelineEntryKind kind = TimelineEntryKind::kStatement;
  Date date;
  // kStatement; kEvidence when the evidence is a statement.
  StatementId statement;
  // Every kind but kStatement.
  RelationshipId relationship;
  // kEvidence: the evidence's index in Relationship::evidence and its role.
  uint32_t evidence_index = 0;
  EvidenceRole role = EvidenceRole::kAsserts;
};

class PairTimeline {
 public:
  // The timeline of `a` and `b` over `window` (default: all time). With
  // `affiliates`, statements follow StatementQuery::WithAffiliates(sides)
  // (kBoth: each actor's affiliates speak for it and are spoken about for
  // it); relationships are those between `a` and `b` themselves.
  // O(log n + relationships of a + their evidence) to make; Next() is
  // amortised O(log runs) per statement. Memory: the relationship entries.
  // Errors: NotFound for an unknown actor, InvalidArgument for a == b.
  static absl::StatusOr<PairTimeline> Make(
      const Graph& graph, ActorId a, ActorId b, Interval window = {},
      AffiliateSides affiliates = AffiliateSides::kNone);

  // Sets *entry to the next entry and returns true, or returns false at the
  // end.
  bool Next(TimelineEntry* entry);

  // Input-iterator support for range-for; iterating advances the timeline
  // (it is walked once). The entry an iterator points to stays valid until
  // it moves.
  using Iterator = internal::NextIterator<PairTimeline, TimelineEntry>;
  Iterator begin() { return Iterator(this); }
  Iterator end() { return Iterator(); }

 private:
  PairTimeline(const Graph* graph, StatementCursor statements,
               std::vector<TimelineEntry> changes);

  const Graph* graph_;
  StatementCursor statements_;
  std::vector<TimelineEntry> changes_;
  size_t next_change_ = 0;
  bool have_statement_ = false;
  StatementId pending_;
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_TIMELINE_H_
