// The sorted per-actor lists behind the basic reads, and the indexing of
// statements into them: one at a time, in bulk at the end of an Update(), or
// deferred until the first read (statement_index.cc). Private to the store.

#ifndef DIPLOGRAPH_LIB_STORE_STATEMENT_INDEX_H_
#define DIPLOGRAPH_LIB_STORE_STATEMENT_INDEX_H_

#include <algorithm>
#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "diplograph/ids.h"
#include "model/date_keys.h"
#include "store/graph_data.h"

namespace diplograph::internal {

// Sort keys for the per-actor lists.
inline uint32_t RelationshipKey(const GraphData& d, RelationshipId id) {
  return internal::SortKey(d.relationships[id.value].valid.begin());
}
inline uint32_t EventKey(const GraphData& d, EventId id) {
  return internal::SortKey(d.events[id.value].date);
}

template <typename IdT, typename KeyFn>
void InsertSorted(std::vector<IdT>& list, IdT id, KeyFn key) {
  const uint32_t k = key(id);
  if (list.empty() || key(list.back()) <= k) {
    list.push_back(id);  // ids grow, so this keeps (key, id) order
    return;
  }
  auto pos = std::upper_bound(list.begin(), list.end(), id, [&](IdT a, IdT b) {
    const uint32_t ka = key(a), kb = key(b);
    return ka != kb ? ka < kb : a < b;
  });
  list.insert(pos, id);
}

// Adds `id` to a relationship or event list: sorted now, or appended for
// sorting at the end of the enclosing Update().
template <typename IdT, typename KeyFn>
void AddToList(GraphData& d, std::vector<IdT>& list, IdT id, KeyFn key) {
  if (d.update_depth > 0) {
    list.push_back(id);
    d.lists_unsorted = true;
  } else {
    InsertSorted(list, id, key);
  }
}

// Writes to out[0, keys.size()) the ids first + i ordered by (keys[i], i):
// a stable two-pass radix sort, 16 bits of the key a pass. O(n + 2^16) time,
// 4 bytes per key of scratch. REQUIRES: `out` has room for keys.size() ids.
void RadixOrder(absl::Span<const uint32_t> keys, uint32_t first,
                StatementId* out);

// Sorts the relationship, event and member lists after an Update().
void SortAllLists(GraphData& d);

// Puts statement `id` into every statement list at its place.
void IndexOne(GraphData& d, StatementId id);

// After statement `id` (dated `date`) was appended: outside Update(), a
// statement that is the latest by date, with none waiting before it, goes
// at the end of every list it joins, so it is indexed now, in O(1) per
// list. Any other waits (see GraphData), so that adds out of date order
// cost one pass at the next read instead of shifting the lists on every
// add.
void IndexIfLatest(GraphData& d, StatementId id, Date date);

// Adds statements [indexed_statements, statements.size()) to the statement
// lists. Beyond a few statements, and unless nothing was indexed before,
// it merges them in by binary searches over GraphData::date_keys, which it
// first extends to every statement (4 bytes each, once).
void IndexNewStatements(GraphData& d);

// Indexes waiting statements before a read of a statement list.
void EnsureIndexed(GraphData& d);

// Indexes statements [first, end) of `dst` by copying the statement lists
// from `src`, a graph with the same records whose lists hold them already
// (SharedGraph's second copy). REQUIRES: `dst` equals `src` in statements
// [0, end), its lists hold exactly statements [0, first), and `src` has
// every statement indexed. Each per-actor, pair and link list that a new
// statement joins is made equal to src's from its first differing entry,
// found by binary search on ids (no date lookups), the searches of all the
// per-actor and link lists side by side so that their cache misses
// overlap, each pair's hash slots in both graphs fetched a few pairs
// ahead: O(s log L + moved entries) for s new statements and lists of
// length L, sequential copies only. The by-date index takes the new statements
// into its blocks as IndexNewStatements does (O(s log n), date_index.h).
// Returns false when a list of `dst` is not a prefix-compatible subset of
// src's, i.e. when the two graphs were not equal. `dst` is then left part
// way (some lists grown to src's length but not filled) and must not be read
// again: SharedGraph declares itself broken and never publishes that copy.
bool CopyStatementLists(const GraphData& src, GraphData& dst, uint32_t first,
                        uint32_t end);

void IndexName(GraphData& d, absl::string_view name, ActorId id,
               bool canonical);

void AddMember(GraphData& d, ActorId organization, ActorId member);

// Rebuilds the actor, relationship and event indexes from the record
// tables after a rollback.
void RebuildIndexes(GraphData& d);

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_STORE_STATEMENT_INDEX_H_
