#include "store/pair_index.h"

#include <algorithm>
#include <cstring>

namespace diplograph::internal {

absl::Span<const StatementId> PairIndex::Get(uint64_t pair) const {
  auto it = segments_.find(pair);
  if (it == segments_.end()) return {};
  return absl::Span<const StatementId>(pool_.data() + it->second.begin,
                                       it->second.size());
}

void PairIndex::PrefetchEnd(uint64_t pair) const {
  auto it = segments_.find(pair);
  if (it == segments_.end()) return;
  __builtin_prefetch(pool_.data() + it->second.begin + it->second.size());
}

absl::Span<StatementId> PairIndex::MutableGet(uint64_t pair) {
  auto it = segments_.find(pair);
  if (it == segments_.end()) return {};
  return absl::Span<StatementId>(pool_.data() + it->second.begin,
                                 it->second.size());
}

void PairIndex::Relocate(Segment& s, uint32_t capacity, bool exact) {
  const auto begin = static_cast<uint32_t>(pool_.size());
  pool_.resize(pool_.size() + capacity);
  std::copy_n(pool_.begin() + s.begin, s.size(), pool_.begin() + begin);
  ids_moved_ += s.size();
  live_ = live_ - s.capacity() + capacity;
  s.begin = begin;
  s.size_bits = s.size() | (exact ? Segment::kExact : 0);
}

void PairIndex::MaybeCompact() {
  if (pool_.size() <= 2 * live_ + 4096) return;
  std::vector<StatementId> pool;
  pool.reserve(live_);
  size_t live = 0;
  for (auto& [pair, s] : segments_) {
    const auto begin = static_cast<uint32_t>(pool.size());
    pool.insert(pool.end(), pool_.begin() + s.begin,
                pool_.begin() + s.begin + s.size());
    s.begin = begin;
    s.size_bits = s.size() | Segment::kExact;
    live += s.size();
  }
  ids_moved_ += live;
  pool_ = std::move(pool);
  live_ = live;
}

void PairIndex::Insert(uint64_t pair, StatementId id,
                       absl::FunctionRef<uint32_t(StatementId)> key) {
  Segment& s = segments_[pair];
  const uint32_t size = s.size();
  if (size == s.capacity()) {
    // Doubling room: the power of two above the size (2 at least), which
    // is what capacity() implies once the id is in.
    uint32_t room = 2;
    while (room < size + 1) room *= 2;
    Relocate(s, room, /*exact=*/false);
  }
  StatementId* first = pool_.data() + s.begin;
  StatementId* last = first + size;
  StatementId* pos = last;
  const auto before = [&](StatementId a, StatementId b) {
    const uint32_t ka = key(a), kb = key(b);
    return ka != kb ? ka < kb : a < b;
  };
  if (size > 0 && before(id, *(last - 1))) {
    pos = std::upper_bound(first, last, id, before);
    std::memmove(pos + 1, pos, static_cast<size_t>(last - pos) * sizeof(*pos));
  }
  *pos = id;
  s.size_bits = size + 1;  // no longer exact (room: bit_ceil(size + 1))
  MaybeCompact();
}

void PairIndex::Adopt(
    std::vector<StatementId> pool, size_t pairs,
    absl::FunctionRef<std::pair<uint64_t, uint32_t>(size_t)> head) {
  segments_.clear();
  segments_.reserve(pairs);
  uint32_t begin = 0;
  // The slots are visited at random: fetch ahead.
  constexpr size_t kAhead = 8;
  for (size_t i = 0; i < pairs; ++i) {
    if (i + kAhead < pairs) segments_.prefetch(head(i + kAhead).first);
    const auto [key, size] = head(i);
    segments_.emplace(key, Segment{begin, size | Segment::kExact});
    begin += size;
  }
  pool_ = std::move(pool);
  live_ = pool_.size();
}

void PairIndex::ReserveMore(size_t n) {
  MaybeCompact();
  // Geometric growth, so that many small bulk appends stay amortised O(1).
  if (pool_.capacity() - pool_.size() < n) {
    pool_.reserve(std::max(pool_.size() + n, 2 * pool_.capacity()));
  }
}

absl::Span<StatementId> PairIndex::Append(uint64_t pair,
                                          absl::Span<const StatementId> ids,
                                          uint32_t* old_size) {
  return AppendTo(segments_[pair], ids, old_size);
}

absl::Span<StatementId> PairIndex::GrowLike(uint64_t pair,
                                            absl::Span<const StatementId> like,
                                            uint32_t* old_size) {
  Segment& s = segments_[pair];
  return AppendTo(s, like.subspan(std::min<size_t>(s.size(), like.size())),
                  old_size);
}

absl::Span<StatementId> PairIndex::AppendTo(Segment& s,
                                            absl::Span<const StatementId> ids,
                                            uint32_t* old_size) {
  const auto n = static_cast<uint32_t>(ids.size());
  const uint32_t size = s.size();
  const uint32_t capacity = s.capacity();
  bool exact = s.exact();
  if (capacity - size < n) {
    // A new pair (a bulk load's, or a commit's first statement of it) gets
    // exactly its ids. A pair that grows again gets doubling room, so that
    // a pair every commit appends to moves O(1) times per id amortised
    // (and leaves as little moved-from space behind for MaybeCompact)
    // instead of once per commit.
    exact = size == 0;
    uint32_t room = size + n;
    if (!exact) {
      room = 2;
      while (room < size + n) room *= 2;
    }
    Relocate(s, room, exact);
  }
  std::copy(ids.begin(), ids.end(), pool_.begin() + s.begin + size);
  *old_size = size;
  s.size_bits = (size + n) | (exact ? Segment::kExact : 0);
  return absl::Span<StatementId>(pool_.data() + s.begin, size + n);
}

}  // namespace diplograph::internal
