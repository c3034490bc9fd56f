// Statements by (speaker, target) pair: one pool of statement ids with a
// contiguous segment per pair, each segment sorted by (date, id).
//
// Event data has many distinct pairs with a few statements each, so a
// vector per pair would cost a heap block and a scattered header per pair.
// Here a pair costs one hash slot (key and a 12-byte segment) and its ids;
// a bulk load sizes every segment exactly and fills them through a dense
// cursor array. A segment that outgrows its room moves to the end of the
// pool with twice the room; the pool is compacted when moved-from space
// exceeds the live space.
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

  // Appends many ids at once; see below.
  class BulkAppender;

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

// Appends many ids at once, in three phases: Count(pair) once per id to
// come (it returns the pair's dense slot number); Prepare() to make room;
// Append(slot, id) in the order the ids should follow the old ones. Finish()
// then sets the sizes. No other call on the index may come in between.
class PairIndex::BulkAppender {
 public:
  explicit BulkAppender(PairIndex& index) : index_(index) {}

  // The slot of `pair`, counting one more id for it.
  uint32_t Count(uint64_t pair);
  // Makes room in every announced segment. Call once, after all Count().
  void Prepare();
  void Append(uint32_t slot, StatementId id) {
    index_.pool_[cursor_[slot]++] = id;
  }
  // Sets the sizes. Calls fn(segment ids, old size) for every slot whose
  // segment held ids before, so that the caller can merge the new tail in.
  void Finish(absl::FunctionRef<void(absl::Span<StatementId>, uint32_t)> fn);

 private:
  PairIndex& index_;
  absl::flat_hash_map<uint64_t, uint32_t> slot_of_;
  std::vector<uint64_t> pairs_;    // by slot
  std::vector<uint32_t> counts_;   // by slot
  std::vector<uint32_t> cursor_;   // by slot, after Prepare()
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_STORE_PAIR_INDEX_H_
