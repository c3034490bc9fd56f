#include "diplograph/relationship_history.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "query/actor_check.h"
#include "util/status_macros.h"

namespace diplograph {

bool Supports(EvidenceRole role) { return role != EvidenceRole::kContests; }

absl::StatusOr<RelationshipHistory> HistoryOf(const Graph& graph, ActorId a,
                                              ActorId b,
                                              absl::string_view label) {
  DIPLOGRAPH_RETURN_IF_ERROR(internal::CheckActor(graph, "HistoryOf: a", a));
  DIPLOGRAPH_RETURN_IF_ERROR(internal::CheckActor(graph, "HistoryOf: b", b));
  if (a == b) {
    return absl::InvalidArgumentError(
        "HistoryOf: a relationship needs two different actors");
  }
  const std::string key = NormalizeLabel(label);
  RelationshipHistory out;
  for (RelationshipId id : graph.RelationshipsOf(a)) {
    const Relationship& r = graph.relationship(id);
    if (!((r.from == a && r.to == b) || (r.from == b && r.to == a))) continue;
    bool match = label.empty() || r.key == key;
    for (const std::string& v : r.label_variants) {
      match = match || NormalizeLabel(v) == key;
    }
    if (match) out.relationships.push_back(id);
  }
  std::sort(out.relationships.begin(), out.relationships.end());
  out.relationships.erase(
      std::unique(out.relationships.begin(), out.relationships.end()),
      out.relationships.end());
  for (RelationshipId id : out.relationships) {
    const Relationship& r = graph.relationship(id);
    for (uint32_t i = 0; i < r.evidence.size(); ++i) {
      const Evidence& e = r.evidence[i];
      EvidenceRecord rec;
      rec.relationship = id;
      rec.index = i;
      rec.evidence = e;
      rec.source = e.source;
      if (e.statement.valid()) {
        const StatementView s = graph.statement(e.statement);
        rec.statement = e.statement;
        rec.speaker = s.speaker();
        rec.date = s.date();
        if (!rec.source.valid()) rec.source = s.source();
      } else if (e.source.valid()) {
        rec.date = graph.source(e.source).date;
      }
      (Supports(e.role) ? out.supporting : out.contesting).push_back(rec);
    }
  }
  auto by_date = [](const EvidenceRecord& x, const EvidenceRecord& y) {
    if (x.date != y.date) return x.date < y.date;
    if (x.relationship != y.relationship)
      return x.relationship < y.relationship;
    return x.index < y.index;
  };
  std::sort(out.supporting.begin(), out.supporting.end(), by_date);
  std::sort(out.contesting.begin(), out.contesting.end(), by_date);
  return out;
}

}  // namespace diplograph
