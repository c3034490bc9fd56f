// The blocked by-date index; see date_index.h.

#include "store/date_index.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

#include "absl/types/span.h"

namespace diplograph::internal {

void DateIndex::Clear() {
  ids_.clear();
  keys_.clear();
  id_slabs_.clear();
  key_slabs_.clear();
  slab_blocks_ = slab_used_ = slab_total_ = 0;
  sizes_.clear();
  ends_.clear();
  firsts_.clear();
}

void DateIndex::AddSlab(size_t blocks) {
  id_slabs_.push_back(
      std::make_unique_for_overwrite<StatementId[]>(blocks * kBlock));
  key_slabs_.push_back(
      std::make_unique_for_overwrite<uint32_t[]>(blocks * kBlock));
  slab_blocks_ = blocks;
  slab_used_ = 0;
  slab_total_ += blocks;
}

StatementId* DateIndex::NewBlock(size_t at, uint64_t first) {
  // Slabs double from one block up to 64 (small graphs stay small).
  if (slab_used_ == slab_blocks_) {
    AddSlab(std::min<size_t>(64, std::max<size_t>(1, 2 * slab_blocks_)));
  }
  StatementId* const data = id_slabs_.back().get() + slab_used_ * kBlock;
  uint32_t* const keys = key_slabs_.back().get() + slab_used_ * kBlock;
  ++slab_used_;
  const auto pos = static_cast<ptrdiff_t>(at);
  ids_.insert(ids_.begin() + pos, data);
  keys_.insert(keys_.begin() + pos, keys);
  sizes_.insert(sizes_.begin() + pos, 0);
  ends_.insert(ends_.begin() + pos, at == 0 ? 0 : ends_[at - 1]);
  firsts_.insert(firsts_.begin() + pos, first);
  return data;
}

void DateIndex::RecomputeEnds(size_t from) {
  uint32_t end = from == 0 ? 0 : ends_[from - 1];
  for (size_t b = from; b < sizes_.size(); ++b) {
    end += sizes_[b];
    ends_[b] = end;
  }
}

void DateIndex::Assign(absl::Span<const StatementId> sorted, KeyOf key_of) {
  Clear();
  reserve(sorted.size());
  // One slab for the whole list, its blocks in order.
  AddSlab((sorted.size() + kBlock - 1) / kBlock + 1);
  for (size_t i = 0; i < sorted.size(); i += kBlock) {
    const size_t n = std::min<size_t>(kBlock, sorted.size() - i);
    StatementId* const data =
        NewBlock(ids_.size(), Word(key_of(sorted[i]), sorted[i]));
    std::memcpy(data, sorted.data() + i, n * sizeof(StatementId));
    uint32_t* const keys = keys_.back();
    for (size_t j = 0; j < n; ++j) keys[j] = key_of(sorted[i + j]);
    sizes_.back() = static_cast<uint32_t>(n);
    ends_.back() = static_cast<uint32_t>(i + n);
  }
}

void DateIndex::Append(StatementId id, uint32_t key) {
  if (ids_.empty() || sizes_.back() == kBlock) {
    NewBlock(ids_.size(), Word(key, id));
  }
  keys_.back()[sizes_.back()] = key;
  ids_.back()[sizes_.back()++] = id;
  ++ends_.back();
}

size_t DateIndex::FindBlock(uint64_t word) const {
  const auto it = std::upper_bound(firsts_.begin(), firsts_.end(), word);
  return it == firsts_.begin() ? 0
                               : static_cast<size_t>(it - firsts_.begin()) - 1;
}

void DateIndex::PrefetchBlock(size_t b) const {
  constexpr size_t kLine = 64;
  const char* const ids = reinterpret_cast<const char*>(ids_[b]);
  const char* const keys = reinterpret_cast<const char*>(keys_[b]);
  const size_t id_bytes = size_t{sizes_[b]} * sizeof(StatementId);
  const size_t key_bytes = size_t{sizes_[b]} * sizeof(uint32_t);
  for (size_t o = 0; o < key_bytes; o += kLine) __builtin_prefetch(keys + o);
  for (size_t o = 0; o < id_bytes; o += kLine) __builtin_prefetch(ids + o);
}

void DateIndex::InsertInto(size_t b, StatementId id, uint32_t key) {
  if (sizes_[b] == kBlock) {
    // Split: the upper half moves to a new block after b.
    constexpr uint32_t kHalf = kBlock / 2;
    const StatementId moved = ids_[b][kHalf];
    StatementId* const upper = NewBlock(b + 1, Word(keys_[b][kHalf], moved));
    std::memcpy(upper, ids_[b] + kHalf, (kBlock - kHalf) * sizeof(StatementId));
    std::memcpy(keys_[b + 1], keys_[b] + kHalf,
                (kBlock - kHalf) * sizeof(uint32_t));
    sizes_[b] = kHalf;
    sizes_[b + 1] = kBlock - kHalf;
    if (firsts_[b + 1] < Word(key, id)) ++b;
  }
  StatementId* const data = ids_[b];
  uint32_t* const keys = keys_[b];
  const uint32_t n = sizes_[b];
  // The first entry after (key, id).
  uint32_t lo = 0, hi = n;
  while (lo < hi) {
    const uint32_t mid = lo + (hi - lo) / 2;
    const uint32_t k = keys[mid];
    if (k > key || (k == key && data[mid] > id)) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  std::memmove(data + lo + 1, data + lo, (n - lo) * sizeof(StatementId));
  std::memmove(keys + lo + 1, keys + lo, (n - lo) * sizeof(uint32_t));
  data[lo] = id;
  keys[lo] = key;
  sizes_[b] = n + 1;
  if (lo == 0) firsts_[b] = Word(key, id);
}

void DateIndex::Insert(StatementId id, uint32_t key) {
  if (empty() ||
      Word(keys_.back()[sizes_.back() - 1], back()) < Word(key, id)) {
    Append(id, key);
    return;
  }
  const size_t b = FindBlock(Word(key, id));
  InsertInto(b, id, key);
  RecomputeEnds(b);
}

void DateIndex::InsertBatch(absl::Span<const StatementId> batch, KeyOf key_of) {
  if (batch.empty()) return;
  size_t i = 0;
  size_t first_touched = ids_.size();
  if (!empty()) {
    const uint64_t last = Word(keys_.back()[sizes_.back() - 1], back());
    // Each insert searches its block's keys and moves part of the block:
    // once the blocks outgrow the caches, each step of that search is a
    // miss waited for in turn. The blocks of the inserts kAhead places on
    // are fetched while this one is done (the batch is sorted: usually
    // other blocks).
    constexpr size_t kAhead = 3;
    for (size_t j = 0; j < kAhead && j < batch.size(); ++j) {
      const uint64_t ahead = Word(key_of(batch[j]), batch[j]);
      if (ahead <= last) PrefetchBlock(FindBlock(ahead));
    }
    for (; i < batch.size(); ++i) {
      const uint64_t w = Word(key_of(batch[i]), batch[i]);
      if (w > last) break;
      if (i + kAhead < batch.size()) {
        const uint64_t ahead =
            Word(key_of(batch[i + kAhead]), batch[i + kAhead]);
        if (ahead <= last) PrefetchBlock(FindBlock(ahead));
      }
      const size_t b = FindBlock(w);
      InsertInto(b, batch[i], static_cast<uint32_t>(w >> 32));
      first_touched = std::min(first_touched, b);
    }
    if (first_touched < ids_.size()) RecomputeEnds(first_touched);
  }
  for (; i < batch.size(); ++i) Append(batch[i], key_of(batch[i]));
}

size_t DateIndex::MemoryBytes() const {
  return slab_total_ * kBlock * (sizeof(StatementId) + sizeof(uint32_t)) +
         id_slabs_.capacity() * sizeof(id_slabs_[0]) +
         key_slabs_.capacity() * sizeof(key_slabs_[0]) +
         ids_.capacity() * sizeof(ids_[0]) +
         keys_.capacity() * sizeof(keys_[0]) +
         sizes_.capacity() * sizeof(sizes_[0]) +
         ends_.capacity() * sizeof(ends_[0]) +
         firsts_.capacity() * sizeof(firsts_[0]);
}

bool DateIndex::Valid(KeyOf key_of) const {
  const size_t n = ids_.size();
  if (keys_.size() != n || sizes_.size() != n || ends_.size() != n ||
      firsts_.size() != n) {
    return false;
  }
  uint32_t end = 0;
  bool have_prev = false;
  uint64_t prev = 0;
  for (size_t b = 0; b < n; ++b) {
    if (sizes_[b] == 0 || sizes_[b] > kBlock) return false;
    end += sizes_[b];
    if (ends_[b] != end) return false;
    for (uint32_t i = 0; i < sizes_[b]; ++i) {
      const StatementId id = ids_[b][i];
      if (keys_[b][i] != key_of(id)) return false;
      const uint64_t w = Word(keys_[b][i], id);
      if (i == 0 && w != firsts_[b]) return false;
      if (have_prev && w <= prev) return false;
      prev = w;
      have_prev = true;
    }
  }
  return true;
}

}  // namespace diplograph::internal
