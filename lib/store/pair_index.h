// Statements by (speaker, target) pair: one pool of statement ids with a
// contiguous segment per pair, each segment sorted by (date, id).
//
// Event data has many distinct pairs with a few statements each, so a
// vector per pair would cost a heap block and a scattered header per pair.
// Here a pair costs one 16-byte hash slot (key and an 8-byte segment: its
// begin and size; the room is implied, see Segment) and its ids;
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
#include <utility>
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

  // Fetches into the cache what Get(), Insert() or Append() of `pair` will
  // read first (its hash slot), so that a loop over many pairs can overlap
  // the misses. No effect on the contents.
  void Prefetch(uint64_t pair) const { segments_.prefetch(pair); }
  // Fetches into the cache the place where Append() of `pair` will write
  // (the end of its segment), looking the pair up: the second stage after
  // Prefetch(), once its slot is in the cache. No effect on the contents.
  // O(1) expected.
  void PrefetchEnd(uint64_t pair) const;

  // Get() for writing in place (a merge of an appended tail), valid until
  // the next call that adds to the index. O(1) expected.
  absl::Span<StatementId> MutableGet(uint64_t pair);

  // Inserts `id` into its pair's segment at its place by (key(id), id).
  // Amortised O(1) when it belongs at the end, else O(segment size).
  void Insert(uint64_t pair, StatementId id,
              absl::FunctionRef<uint32_t(StatementId)> key);

  // Appends `ids` to the pair's segment. A new segment gets exactly its
  // ids' room; one that lacks room moves to the end of the pool with
  // doubling room (the power of two above its new size), so that a pair
  // appended to by every commit moves amortised O(1) times per id. Returns
  // the whole segment and sets `old_size` to the count it held before, so
  // that the caller can merge the new tail in when it belongs earlier.
  // Amortised O(ids.size()). For bulk loads: call once per distinct pair,
  // after ReserveMore(total). `ids` must not point into this index.
  absl::Span<StatementId> Append(uint64_t pair,
                                 absl::Span<const StatementId> ids,
                                 uint32_t* old_size);

  // Makes the pair's segment as long as `like` (the same pair's segment in
  // another index that holds it and more), appending like's entries past
  // the segment's size; the caller then rewrites the segment from where
  // it departs from `like`. Sets `old_size` to the size before and returns
  // the whole segment, valid until the next call that adds to the index.
  // One hash look-up (Get() then Append() take two). Amortised
  // O(like.size() - old_size). A segment longer than `like` is left as it
  // is (old_size tells). `like` must not point into this index.
  absl::Span<StatementId> GrowLike(uint64_t pair,
                                   absl::Span<const StatementId> like,
                                   uint32_t* old_size);

  // Replaces an empty index with prebuilt segments: `pool` holds them back
  // to back, and head(i), for i < pairs, gives the key and size of the i-th
  // (each segment exact). For loads of checked, prebuilt lists (a snapshot):
  // the caller guarantees distinct keys, sizes summing to pool.size() and
  // each segment sorted. O(pairs) expected.
  void Adopt(std::vector<StatementId> pool, size_t pairs,
             absl::FunctionRef<std::pair<uint64_t, uint32_t>(size_t)> head);

  // Room for `n` more ids at the end of the pool, and compaction if due.
  void ReserveMore(size_t n);

  size_t pair_count() const { return segments_.size(); }
  // Ids held, moved-from space included.
  size_t pool_size() const { return pool_.size(); }
  // Ids copied so far by segment moves and compactions (a measure of the
  // amortised cost of growth, for tests).
  uint64_t ids_moved() const { return ids_moved_; }

 private:
  // A pair's ids, pool_[begin, begin + size()). Its room is not stored:
  // a segment laid out by a compaction or by the first append of its pair
  // is exact (room = size); one grown by single inserts, or by an append
  // that found no room, has room for bit_ceil(size) ids (at least 2), the
  // doubling Relocate() gives it. The top bit of
  // `size_bits` tells which, so a hash slot takes 16 bytes instead of 24
  // (8 MB less at 1M distinct pairs).
  struct Segment {
    static constexpr uint32_t kExact = 0x80000000u;
    uint32_t begin = 0;
    uint32_t size_bits = kExact;  // an empty segment has no room

    uint32_t size() const { return size_bits & ~kExact; }
    bool exact() const { return (size_bits & kExact) != 0; }
    uint32_t capacity() const {
      const uint32_t n = size();
      if (exact()) return n;
      uint32_t c = 2;
      while (c < n) c *= 2;
      return c;
    }
  };

  // Moves `s` to the end of the pool with room for `capacity` ids, exact
  // or doubling (then `capacity` is the power of two its size implies
  // once the caller has added to it).
  void Relocate(Segment& s, uint32_t capacity, bool exact);
  // Append() to a segment found already.
  absl::Span<StatementId> AppendTo(Segment& s,
                                   absl::Span<const StatementId> ids,
                                   uint32_t* old_size);
  // Rewrites the pool without moved-from space when it has grown too large.
  void MaybeCompact();

  absl::flat_hash_map<uint64_t, Segment> segments_;
  std::vector<StatementId> pool_;
  size_t live_ = 0;  // sum of segment capacities
  uint64_t ids_moved_ = 0;
  // Segments hold fewer than 2^31 ids (the top bit of size_bits is the
  // flag).
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_STORE_PAIR_INDEX_H_
