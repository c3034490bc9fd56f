// Statements by (speaker, target) pair: one pool of statement ids with a
// contiguous segment per pair, each segment sorted by (date, id).
//
// Event data has many distinct pairs with a few statements each, so a
// vector per pair would cost a heap block and a scattered header per pair.
// Here a pair costs one hash slot (key and a 12-byte segment) and its ids;
// a bulk load appends each pair's ids as one run, sizing new segments
// exactly and laying them out one after the other. A segment that outgrows
// its room moves to the end of the pool with twice the room; the pool is
// compacted when moved-from space exceeds the live space. Offsets are
// 32-bit: the pool holds fewer than 2^32 ids (16 GiB of them).
//
// Not thread-safe for writes; const calls may run concurrently.

#ifndef DIPLOGRAPH_LIB_STORE_PAIR_INDEX_H_
#define DIPLOGRAPH_LIB_STORE_PAIR_INDEX_H_

#include <cstdint>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/functional/function_ref.h"
#include "absl/types/span.h"
#include "diplograph/ids.h"

namespace diplograph::internal {

class PairIndex {
 public:
  static uint64_t Key(ActorId speaker, ActorId target) {
    return (static_cast<uint64_t>(speaker.value) << 32) | target.value;
  }

  // The statements of a pair, sorted; empty for an unknown pair. O(1)
  // expected.
  absl::Span<const StatementId> Get(uint64_t pair) const;

  // Inserts `id` into its pair's segment at its place by (key(id), id).
  // Amortised O(1) when it belongs at the end, else O(segment size).
  void Insert(uint64_t pair, StatementId id,
              absl::FunctionRef<uint32_t(StatementId)> key);

  // Appends `ids` to the pair's segment, which grows to its exact new size
  // if it lacks room. Returns the whole segment and sets `old_size` to the
  // count it held before, so that the caller can merge the new tail in when
  // it belongs earlier. Amortised O(ids.size()). For bulk loads: call once
  // per distinct pair, after ReserveMore(total). `ids` must not point into
  // this index.
  absl::Span<StatementId> Append(uint64_t pair,
                                 absl::Span<const StatementId> ids,
                                 uint32_t* old_size);

  // Room for `n` more ids at the end of the pool, and compaction if due.
  void ReserveMore(size_t n);

  size_t pair_count() const { return segments_.size(); }
  // Ids held, moved-from space included.
  size_t pool_size() const { return pool_.size(); }

 private:
  struct Segment {
    uint32_t begin = 0;
    uint32_t size = 0;
    uint32_t capacity = 0;
  };

  // Moves `s` to the end of the pool with room for `capacity` ids.
  void Relocate(Segment& s, uint32_t capacity);
  // Rewrites the pool without moved-from space when it has grown too large.
  void MaybeCompact();

  absl::flat_hash_map<uint64_t, Segment> segments_;
  std::vector<StatementId> pool_;
  size_t live_ = 0;  // sum of segment capacities
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_STORE_PAIR_INDEX_H_
