// Private helpers of the query layer: sets of Date sort keys that match a
// window of days, and the days over which an actor speaks for another
// through (transitive) affiliations.
//
// A statement dated `d` matches a window of days when the period `d` names
// overlaps the window. Because Date::SortKey() orders a year before its
// months and a month before its days, the keys that overlap a window
// [a, b] are exactly: the key of a's year, the key of a's month, and every
// key from a's day key to b's day key. A window therefore becomes at most
// three ranges of keys, and a list sorted by (date, id) answers it with at
// most three binary searches.

#ifndef DIPLOGRAPH_LIB_QUERY_DATE_RANGES_H_
#define DIPLOGRAPH_LIB_QUERY_DATE_RANGES_H_

#include <cstdint>
#include <limits>
#include <vector>

#include "absl/types/span.h"
#include "diplograph/date.h"
#include "diplograph/graph.h"
#include "diplograph/ids.h"

namespace diplograph::internal {

inline constexpr int32_t kOpenFirstDay = std::numeric_limits<int32_t>::min();
inline constexpr int32_t kOpenLastDay = std::numeric_limits<int32_t>::max();

// A closed range of Date sort keys.
struct KeyRange {
  uint32_t lo = 0;
  uint32_t hi = 0;
};

// A union of disjoint key ranges, ascending.
using KeyRanges = std::vector<KeyRange>;

// Every key, the unknown date's included.
KeyRanges AllKeys();

// The keys of dates whose period overlaps the days [first, last] (day
// numbers; kOpenFirstDay / kOpenLastDay for open ends). Fully open gives
// AllKeys(); any bounded end excludes the unknown date. Empty when
// first > last.
KeyRanges KeysOverlapping(int32_t first, int32_t last);

// The same for an Interval.
KeyRanges KeysOverlapping(const Interval& window);

// Union and intersection of range sets.
KeyRanges Union(const KeyRanges& a, const KeyRanges& b);
KeyRanges Intersect(const KeyRanges& a, const KeyRanges& b);

// True if `key` lies in one of the ranges.
bool ContainsKey(const KeyRanges& ranges, uint32_t key);

// True if the period of `date` overlaps the days [first, last] in the sense
// of KeysOverlapping.
bool DateOverlaps(Date date, int32_t first, int32_t last);

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
