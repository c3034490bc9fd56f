#include "diplograph/as_of.h"

#include <algorithm>
#include <deque>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "query/actor_check.h"
#include "util/status_macros.h"

namespace diplograph {

using internal::CheckActor;

std::vector<RelationshipId> RelationshipsOn(const Graph& graph, Date day) {
  std::vector<RelationshipId> out;
  for (uint32_t i = 0; i < graph.relationship_count(); ++i) {
    if (graph.relationship(RelationshipId(i)).valid.Contains(day)) {
      out.push_back(RelationshipId(i));
    }
  }
  return out;
}

absl::StatusOr<std::vector<RelationshipId>> RelationshipsOn(const Graph& graph,
                                                            ActorId actor,
                                                            Date day) {
  DIPLOGRAPH_RETURN_IF_ERROR(CheckActor(graph, "RelationshipsOn", actor));
  std::vector<RelationshipId> out;
  for (RelationshipId id : graph.RelationshipsOf(actor)) {
    if (graph.relationship(id).valid.Contains(day)) out.push_back(id);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

absl::StatusOr<std::vector<Affiliation>> RolesOn(const Graph& graph,
                                                 ActorId actor, Date day) {
  DIPLOGRAPH_RETURN_IF_ERROR(CheckActor(graph, "RolesOn", actor));
  std::vector<Affiliation> out;
  for (const Affiliation& f : graph.actor(actor).affiliations) {
    if (f.valid.Contains(day)) out.push_back(f);
  }
  return out;
}

absl::StatusOr<std::vector<MemberOn>> MembersOn(
    const Graph& graph, ActorId organization, Date day,
    const MembersOnOptions& options) {
  DIPLOGRAPH_RETURN_IF_ERROR(CheckActor(graph, "MembersOn", organization));
  std::vector<MemberOn> out;
  absl::flat_hash_set<ActorId> seen = {organization};
  std::vector<ActorId> level = {organization};
  for (int depth = 1; !level.empty(); ++depth) {
    std::vector<MemberOn> found;
    for (ActorId org : level) {
      for (ActorId member : graph.MembersOf(org)) {
        if (seen.contains(member)) continue;
        for (const Affiliation& f : graph.actor(member).affiliations) {
          if (f.organization == org && f.valid.Contains(day)) {
            found.push_back({member, f, depth});
            seen.insert(member);
            break;
          }
        }
      }
    }
    std::sort(found.begin(), found.end(),
              [](const MemberOn& a, const MemberOn& b) {
                return a.member < b.member;
              });
    level.clear();
    for (const MemberOn& m : found) level.push_back(m.member);
    out.insert(out.end(), found.begin(), found.end());
    if (!options.transitive) break;
  }
  return out;
}

}  // namespace diplograph
