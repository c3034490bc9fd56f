// The global by-date index of a graph (Graph::StatementsByDate): every
// statement sorted by (date key, id), kept as a list of sorted blocks of at
// most kBlock ids, like the leaves of a B+-tree without the inner nodes.
// Private to the store.
//
// Why blocks: a commit adds statements at random dates. In one sorted
// array each of them moves every later entry (4 MB at 1M statements, on
// every commit), so the cost of a commit grew with the graph. Here an
// insertion finds its block in a directory of (key, id) words, one per
// block, then its place in the block by binary search over the block's
// copy of the date keys, and moves at most kBlock ids and keys; a full
// block splits in two. No statement row is read: with the rows far larger
// than the caches (32 MB at 1M), each row read is a cache miss, and the
// searches of an earlier version that read rows cost as much as the moves
// they saved. The directory's prefix counts (`ends`, which
// give StatementRange its random access) are rewritten from the first
// block a batch touched: n / kBlock words, about 2,000 at 1M, a few
// microseconds.
//
//   DateIndex index;
//   index.Append(id, key);                       // in order: O(1)
//   index.InsertBatch(sorted_ids, key_of);       // a batch sorted by (key, id)
//   StatementRange all = index.range();
//
// Memory: 8 bytes per id (the id and its date key) in blocks between half
// and completely full (full after Assign or in-order appends; about 70%
// full on average after random insertions), plus 36 bytes per block of
// directory (and at most 64 unused blocks in the last slab): 8 bytes per
// statement after a load, about 11.5 after many commits at random dates.
//
// Thread safety: const methods may run concurrently; any other call needs
// exclusive access (the graph's rules).

#ifndef DIPLOGRAPH_LIB_STORE_DATE_INDEX_H_
#define DIPLOGRAPH_LIB_STORE_DATE_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/types/span.h"
#include "diplograph/ids.h"
#include "diplograph/statement_range.h"

namespace diplograph::internal {

class DateIndex {
 public:
  // The most ids a block holds. 2 KiB blocks: a move inside one is a few
  // cache lines, and the directory stays small (n / 256 to n / 512 words).
  static constexpr uint32_t kBlock = 512;

  // The date key of a statement (GraphData::StatementDateKey).
  using KeyOf = absl::FunctionRef<uint32_t(StatementId)>;

  DateIndex() = default;
  DateIndex(const DateIndex&) = delete;
  DateIndex& operator=(const DateIndex&) = delete;
  DateIndex(DateIndex&&) noexcept = default;
  DateIndex& operator=(DateIndex&&) noexcept = default;

  size_t size() const { return ends_.empty() ? 0 : ends_.back(); }
  bool empty() const { return size() == 0; }
  // The last id. REQUIRES: !empty(). O(1).
  StatementId back() const { return ids_.back()[sizes_.back() - 1]; }
  // The whole index as a range. O(1).
  StatementRange range() const {
    return StatementRange(ids_.data(), ends_.data(),
                          static_cast<uint32_t>(ids_.size()), 0, size());
  }
  // Room in the directory for `n` ids in full blocks.
  void reserve(size_t n) {
    const size_t blocks = n / kBlock + 1;
    ids_.reserve(blocks);
    keys_.reserve(blocks);
    sizes_.reserve(blocks);
    ends_.reserve(blocks);
    firsts_.reserve(blocks);
  }

  void Clear();
  // Replaces the contents with `sorted` (ordered by (key, id)) in full
  // blocks. O(n), with n / kBlock calls of key_of.
  void Assign(absl::Span<const StatementId> sorted, KeyOf key_of);
  // Adds `id` with key `key` at the end. REQUIRES: (key, id) is after
  // every entry. O(1) amortised.
  void Append(StatementId id, uint32_t key);
  // Inserts `id` (key `key`) at its place. O(log n + kBlock) plus O(n /
  // kBlock) for the directory.
  void Insert(StatementId id, uint32_t key);
  // Inserts `batch`, sorted by (key, id), none of them present yet, with
  // one call of key_of each. A batch after every entry is appended;
  // otherwise each id costs a directory search and a search in its block
  // (no row reads) and a move of at most kBlock ids, plus O(n / kBlock)
  // once for the directory: O(b (log n + kBlock) + n / kBlock) for b ids.
  void InsertBatch(absl::Span<const StatementId> batch, KeyOf key_of);

  // Calls fn(absl::Span<const StatementId>) for each block in order.
  template <typename Fn>
  void ForEachBlock(Fn&& fn) const {
    for (size_t b = 0; b < ids_.size(); ++b) {
      fn(absl::Span<const StatementId>(ids_[b], sizes_[b]));
    }
  }

  // Bytes held: blocks at their capacity and the directory.
  size_t MemoryBytes() const;

  // Checks the invariants (blocks non-empty, at most kBlock, sorted by
  // (key, id) across blocks, directory consistent). For tests. O(n).
  bool Valid(KeyOf key_of) const;

 private:
  // (key, id) as one word, ordered as the index is.
  static uint64_t Word(uint32_t key, StatementId id) {
    return (static_cast<uint64_t>(key) << 32) | id.value;
  }
  // Opens a new empty block at directory position `at` (at the end when
  // at == ids_.size()). ends_ is left for RecomputeEnds.
  StatementId* NewBlock(size_t at, uint64_t first);
  // Puts (key, id) into block b at its place, splitting b when full.
  // Keeps sizes_ and firsts_ right, not ends_.
  void InsertInto(size_t b, StatementId id, uint32_t key);
  // Fetches block b's keys and ids into the cache (no effect on contents).
  void PrefetchBlock(size_t b) const;
  // The last block whose first entry is at or before `word`, or block 0.
  size_t FindBlock(uint64_t word) const;
  // ends_[b..] from sizes_.
  void RecomputeEnds(size_t from);

  // Makes room for `blocks` more blocks in one slab.
  void AddSlab(size_t blocks);

  // Block b's ids and their date keys (ids_[b][i] has key keys_[b][i]),
  // arrays of kBlock carved out of slabs in the order the blocks are made:
  // the blocks of a load lie one after the other in memory, so a scan
  // reads the ids as one stream, as it read the single array before.
  std::vector<StatementId*> ids_;
  std::vector<uint32_t*> keys_;
  std::vector<std::unique_ptr<StatementId[]>> id_slabs_;
  std::vector<std::unique_ptr<uint32_t[]>> key_slabs_;
  size_t slab_blocks_ = 0;  // blocks in the last slab
  size_t slab_used_ = 0;    // of which handed out
  size_t slab_total_ = 0;   // blocks in all slabs
  // sizes_[b]: the ids in block b.
  std::vector<uint32_t> sizes_;
  // ends_[b]: the position after block b's last id (prefix sums of sizes_).
  std::vector<uint32_t> ends_;
  // firsts_[b]: Word(key, id) of block b's first id.
  std::vector<uint64_t> firsts_;
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_STORE_DATE_INDEX_H_
