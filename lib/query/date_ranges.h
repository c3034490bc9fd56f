// Private helpers of the query layer: the days over which an actor speaks
// for another through (transitive) affiliations, as sets of date sort keys
// (model/date_keys.h), and slices of the store's statement lists by them.

#ifndef DIPLOGRAPH_LIB_QUERY_DATE_RANGES_H_
#define DIPLOGRAPH_LIB_QUERY_DATE_RANGES_H_

#include <algorithm>
#include <cstddef>
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

// The sub-spans of `list` (sorted by (date key, id)) for each of `ranges`
// (ascending and disjoint, as KeysOverlapping gives them), in order, empty
// ones included: the same as KeySlice per range, but only the first
// boundary is a binary search over the whole list; each later one gallops
// from the previous boundary, O(log gap). So a window's three ranges cost
// O(log |list| + log k) key reads for k matches instead of six full
// searches. Calls emit(slice) for each range.
// `List` is absl::Span<const StatementId> or StatementRange (the slices
// are of the same type).
template <typename List, typename Emit>
void KeySlices(const Graph& graph, const List& list, const KeyRanges& ranges,
               Emit&& emit) {
  auto key = [&graph](StatementId id) {
    return SortKey(graph.statement(id).date());
  };
  const size_t n = list.size();
  // The first index at or after `from` whose key is not below `bound`
  // (strictly above it when `above`).
  auto boundary = [&](size_t from, uint32_t bound, bool above, bool gallop) {
    auto before = [&](size_t i) {
      const uint32_t k = key(list[i]);
      return above ? k <= bound : k < bound;
    };
    size_t lo = from, hi = n;
    if (gallop) {
      size_t step = 1;
      while (lo + step - 1 < n && before(lo + step - 1)) {
        lo += step;
        step *= 2;
      }
      hi = std::min(n, lo + step - 1);
    }
    while (lo < hi) {  // the first index in [lo, hi) not before, or hi
      const size_t mid = lo + (hi - lo) / 2;
      if (before(mid)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  };
  size_t pos = 0;
  bool first = true;
  for (const KeyRange& r : ranges) {
    const size_t lo = boundary(pos, r.lo, false, !first);
    const size_t hi = boundary(lo, r.hi, true, true);
    first = false;
    emit(list.subspan(lo, hi - lo));
    pos = hi;
  }
}

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_QUERY_DATE_RANGES_H_
