// Private helpers of the query layer: the days over which an actor speaks
// for another through (transitive) affiliations, as sets of date sort keys
// (model/date_keys.h), and slices of the store's statement lists by them.

#ifndef DIPLOGRAPH_LIB_QUERY_DATE_RANGES_H_
#define DIPLOGRAPH_LIB_QUERY_DATE_RANGES_H_

#include <cstdint>
#include <limits>
#include <vector>

#include "absl/types/span.h"
#include "diplograph/date.h"
#include "diplograph/graph.h"
#include "diplograph/ids.h"
#include "model/date_keys.h"

namespace diplograph::internal {

// A member of an actor's hierarchy: `actor` speaks for the root on dates
// whose key lies in `keys`.
struct HierarchyMember {
  ActorId actor;
  KeyRanges keys;
};

// The root itself (all keys) and every actor affiliated to it directly or
// transitively, each with the keys of the dates on which some chain of
// affiliations to the root held (a chain holds on the days all its links
// hold). Ascending by actor id. O(M * A * log) for M members and A
// affiliations among them; cycles of affiliations terminate.
std::vector<HierarchyMember> Hierarchy(const Graph& graph, ActorId root);

// The sub-span of `list` (sorted by (date key, id)) whose date keys lie in
// [range.lo, range.hi]. O(log |list|).
absl::Span<const StatementId> KeySlice(const Graph& graph,
                                       absl::Span<const StatementId> list,
                                       KeyRange range);

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_QUERY_DATE_RANGES_H_
