// As-of queries: the state of the graph on a given day — which
// relationships hold, which roles an actor holds, who holds roles in an
// organization.
//
//   Date day = *Date::Parse("2025-02-01");
//   std::vector<Affiliation> roles = *RolesOn(graph, trump, day);
//   for (const Affiliation& role : roles) {
//     // role.role == "President", role.organization == united_states
//   }
//   std::vector<RelationshipId> valid = *RelationshipsOn(graph, china, day);
//
// A relationship or affiliation holds on a day when its validity interval
// contains the day (open ends hold forever in that direction). The day is a
// Date: a coarser one ("2025-02") asks what holds on every day of that
// period (Interval::Contains); the unknown date matches nothing.
//
// RolesOn is the one way to ask for an actor's affiliations on a day; the
// Graph itself keeps every affiliation in Actor::affiliations.
//
// Thread safety: free functions reading a const Graph; safe to call
// concurrently with other readers. Results are owned copies of ids and
// values (Affiliation copies), valid after the graph changes.

#ifndef DIPLOGRAPH_AS_OF_H_
#define DIPLOGRAPH_AS_OF_H_

#include <vector>

#include "absl/status/statusor.h"
#include "diplograph/actor.h"
#include "diplograph/date.h"
#include "diplograph/graph.h"
#include "diplograph/ids.h"

namespace diplograph {

// Every relationship of the graph valid on `day`, ascending by id.
// O(relationships); no index memory.
std::vector<RelationshipId> RelationshipsOn(const Graph& graph, Date day);

// The relationships of `actor` (either end) valid on `day`, ascending by id.
// O(relationships of the actor), through the per-actor list.
// Errors: NotFound for an unknown actor.
absl::StatusOr<std::vector<RelationshipId>> RelationshipsOn(const Graph& graph,
                                                            ActorId actor,
                                                            Date day);

// The roles (direct affiliations) `actor` holds on `day`, in the order they
// were added: Donald Trump on 2024-11-08 -> "President-elect" of the United
// States; on 2025-02-01 -> "President". O(affiliations of the actor).
// Errors: NotFound for an unknown actor.
absl::StatusOr<std::vector<Affiliation>> RolesOn(const Graph& graph,
                                                 ActorId actor, Date day);

// One member of an organization on a day.
struct MemberOn {
  ActorId member;
  // The affiliation that ties the member to the organization, or (when
  // reached through a chain) to the intermediate organization.
  Affiliation affiliation;
  // 1 for direct members, 2 for members of members, ...
  int depth = 1;
};

struct MembersOnOptions {
  // False (default): direct members only. True: also members of members,
  // through chains whose every link holds on the day.
  bool transitive = false;
};

// The actors affiliated to `organization` on `day`: direct members, and with
// options.transitive, members of members through chains whose every link
// holds on that day. Ordered by (depth, member id); each member once, at its
// smallest depth, with the first qualifying affiliation (in the order the
// member's affiliations were added) to the lowest-numbered organization of
// the level above. O(M * F) for M members reached and F
// affiliations each. Errors: NotFound for an unknown organization.
absl::StatusOr<std::vector<MemberOn>> MembersOn(
    const Graph& graph, ActorId organization, Date day,
    const MembersOnOptions& options = {});

}  // namespace diplograph

#endif  // DIPLOGRAPH_AS_OF_H_
