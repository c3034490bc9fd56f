#include "diplograph/timeline.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "query/actor_check.h"
#include "query/date_ranges.h"
#include "util/status_macros.h"

namespace diplograph {
namespace {

TimelineEntry Entry(TimelineEntryKind kind, Date date) {
  TimelineEntry e;
  e.kind = kind;
  e.date = date;
  return e;
}

}  // namespace

absl::StatusOr<PairTimeline> PairTimeline::Make(const Graph& graph, ActorId a,
                                                ActorId b, Interval window,
                                                AffiliateSides affiliates) {
  DIPLOGRAPH_RETURN_IF_ERROR(internal::CheckActor(graph, "PairTimeline: a", a));
  DIPLOGRAPH_RETURN_IF_ERROR(internal::CheckActor(graph, "PairTimeline: b", b));
  if (a == b) {
    return absl::InvalidArgumentError(
        "PairTimeline: a timeline needs two different actors");
  }
  StatementQuery q(graph);
  q.Between(a, b).During(window).WithAffiliates(affiliates);
  absl::StatusOr<StatementCursor> cursor = q.Run();
  if (!cursor.ok()) return cursor.status();

  const int32_t first = internal::FirstDayNumber(window);
  const int32_t last = internal::LastDayNumber(window);
  std::vector<TimelineEntry> changes;
  std::vector<RelationshipId> rels;
  for (RelationshipId id : graph.RelationshipsOf(a)) {
    const Relationship& r = graph.relationship(id);
    if ((r.from == a && r.to == b) || (r.from == b && r.to == a)) {
      rels.push_back(id);
    }
  }
  std::sort(rels.begin(), rels.end());
  rels.erase(std::unique(rels.begin(), rels.end()), rels.end());
  for (RelationshipId id : rels) {
    const Relationship& r = graph.relationship(id);
    auto add = [&](TimelineEntry e) {
      if (internal::DateOverlaps(e.date, first, last)) changes.push_back(e);
    };
    if (!r.valid.is_open_begin()) {
      TimelineEntry e =
          Entry(TimelineEntryKind::kRelationshipBegins, r.valid.begin());
      e.relationship = id;
      add(e);
    }
    for (uint32_t i = 0; i < r.evidence.size(); ++i) {
      const Evidence& e = r.evidence[i];
      TimelineEntry entry = Entry(TimelineEntryKind::kEvidence, Date());
      entry.statement = e.statement;
      entry.relationship = id;
      entry.evidence_index = i;
      entry.role = e.role;
      if (e.statement.valid()) {
        entry.date = graph.statement(e.statement).date();
      } else if (e.source.valid()) {
        entry.date = graph.source(e.source).date;
      }
      add(entry);
    }
    if (!r.valid.is_open_end()) {
      TimelineEntry e =
          Entry(TimelineEntryKind::kRelationshipEnds, r.valid.end());
      e.relationship = id;
      add(e);
    }
  }
  std::sort(changes.begin(), changes.end(),
            [](const TimelineEntry& x, const TimelineEntry& y) {
              if (x.date != y.date) return x.date < y.date;
              if (x.relationship != y.relationship) {
                return x.relationship < y.relationship;
              }
              if (x.kind != y.kind) return x.kind < y.kind;
              return x.evidence_index < y.evidence_index;
            });
  return PairTimeline(&graph, *std::move(cursor), std::move(changes));
}

PairTimeline::PairTimeline(const Graph* graph, StatementCursor statements,
                           std::vector<TimelineEntry> changes)
    : graph_(graph),
      statements_(std::move(statements)),
      changes_(std::move(changes)) {}

bool PairTimeline::Next(TimelineEntry* entry) {
  if (!have_statement_) have_statement_ = statements_.Next(&pending_);
  const bool have_change = next_change_ < changes_.size();
  if (!have_statement_ && !have_change) return false;
  bool take_statement = have_statement_;
  if (have_statement_ && have_change) {
    // Statements first on equal dates.
    take_statement =
        !(changes_[next_change_].date < graph_->statement(pending_).date());
  }
  if (take_statement) {
    *entry = Entry(TimelineEntryKind::kStatement,
                   graph_->statement(pending_).date());
    entry->statement = pending_;
    have_statement_ = false;
  } else {
    *entry = changes_[next_change_++];
  }
  return true;
}

}  // namespace diplograph
