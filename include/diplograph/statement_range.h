// A read-only view of a long list of statement ids kept in blocks: what
// Graph::StatementsByDate() returns.
//
// The graph keeps its by-date index as a sequence of sorted blocks of a few
// hundred ids each, so that statements added out of date order cost a
// search and a move inside one block rather than a move of every later
// entry. A StatementRange reads that sequence as one random-access range:
//
//   const diplograph::StatementRange all = graph.StatementsByDate();
//   for (diplograph::StatementId id : all) { ... }          // in order
//   for (auto it = all.rbegin(); it != all.rend(); ++it) { ... }
//   diplograph::StatementId tenth = all[9];
//   all.subspan(100, 50).ForEachBlock(
//       [](absl::Span<const diplograph::StatementId> ids) { ... });
//
// Cost: size(), empty(), begin(), end() and subspan() are O(1); operator[],
// front(), back() and jumping an iterator by more than one (it += n) are
// O(log blocks); ++ and -- are O(1). ForEachBlock hands out the contiguous
// pieces (one per block), the fastest way to scan.
//
// Validity: a range and its iterators read the graph's storage directly,
// like an absl::Span; they stay valid until the graph is next changed (any
// add, Update() or Load) and must not outlive it.
//
// Thread safety: a range is a small value; reading it from several threads
// is safe while the graph is not changed.

#ifndef DIPLOGRAPH_STATEMENT_RANGE_H_
#define DIPLOGRAPH_STATEMENT_RANGE_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>

#include "absl/types/span.h"
#include "diplograph/ids.h"

namespace diplograph {

class StatementRange {
 public:
  class Iterator;
  using value_type = StatementId;
  using size_type = size_t;
  using difference_type = ptrdiff_t;
  using reference = const StatementId&;
  using const_reference = const StatementId&;
  using pointer = const StatementId*;
  using const_pointer = const StatementId*;
  using iterator = Iterator;
  using const_iterator = Iterator;
  using reverse_iterator = std::reverse_iterator<Iterator>;
  using const_reverse_iterator = std::reverse_iterator<Iterator>;

  // An empty range.
  StatementRange() = default;

  // The positions [begin, end) of blocks [0, num_blocks): blocks[b] holds
  // the ids at positions [ends[b - 1], ends[b]) (from 0 for b = 0). Every
  // block but the only one is non-empty. For the store; users get ranges
  // from Graph.
  StatementRange(const StatementId* const* blocks, const uint32_t* ends,
                 uint32_t num_blocks, size_t begin, size_t end)
      : blocks_(blocks),
        ends_(ends),
        num_blocks_(num_blocks),
        begin_(begin),
        end_(end) {}

  size_t size() const { return end_ - begin_; }
  bool empty() const { return begin_ == end_; }

  // REQUIRES: i < size().
  const StatementId& operator[](size_t i) const { return *Locate(begin_ + i); }
  const StatementId& front() const { return (*this)[0]; }
  const StatementId& back() const { return (*this)[size() - 1]; }

  // The sub-range of `len` ids from `pos` (clamped to the range, as
  // absl::Span::subspan does).
  StatementRange subspan(size_t pos, size_t len = SIZE_MAX) const {
    pos = std::min(pos, size());
    len = std::min(len, size() - pos);
    return StatementRange(blocks_, ends_, num_blocks_, begin_ + pos,
                          begin_ + pos + len);
  }

  // Calls fn(absl::Span<const StatementId>) for each contiguous piece of
  // the range, in order, skipping none and repeating none (empty pieces are
  // not passed). O(log blocks + pieces).
  template <typename Fn>
  void ForEachBlock(Fn&& fn) const {
    if (empty()) return;
    uint32_t b = BlockOf(begin_);
    size_t pos = begin_;
    while (pos < end_) {
      const size_t start = b == 0 ? 0 : ends_[b - 1];
      const size_t stop = std::min<size_t>(ends_[b], end_);
      if (stop > pos) {
        fn(absl::Span<const StatementId>(blocks_[b] + (pos - start),
                                         stop - pos));
      }
      pos = stop;
      ++b;
    }
  }

  // A random-access iterator. It carries what it reads, so it may outlive
  // the StatementRange object it came from (not the graph's storage).
  class Iterator {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = StatementId;
    using difference_type = ptrdiff_t;
    using pointer = const StatementId*;
    using reference = const StatementId&;

    Iterator() = default;

    reference operator*() const {
      return blocks_[block_][pos_ - (block_ == 0 ? 0 : ends_[block_ - 1])];
    }
    pointer operator->() const { return &**this; }
    reference operator[](difference_type n) const { return *(*this + n); }

    Iterator& operator++() {
      ++pos_;
      if (pos_ == ends_[block_] && block_ + 1 < num_blocks_) ++block_;
      return *this;
    }
    Iterator operator++(int) {
      Iterator old = *this;
      ++*this;
      return old;
    }
    Iterator& operator--() {
      --pos_;
      if (block_ > 0 && pos_ < ends_[block_ - 1]) --block_;
      return *this;
    }
    Iterator operator--(int) {
      Iterator old = *this;
      --*this;
      return old;
    }
    Iterator& operator+=(difference_type n) {
      if (n == 0) return *this;
      pos_ = static_cast<size_t>(static_cast<difference_type>(pos_) + n);
      const size_t start = block_ == 0 ? 0 : ends_[block_ - 1];
      if (pos_ < start || pos_ >= ends_[block_]) {
        block_ = BlockOfPosition(ends_, num_blocks_, pos_);
      }
      return *this;
    }
    Iterator& operator-=(difference_type n) { return *this += -n; }
    friend Iterator operator+(Iterator it, difference_type n) {
      return it += n;
    }
    friend Iterator operator+(difference_type n, Iterator it) {
      return it += n;
    }
    friend Iterator operator-(Iterator it, difference_type n) {
      return it -= n;
    }
    friend difference_type operator-(const Iterator& a, const Iterator& b) {
      return static_cast<difference_type>(a.pos_) -
             static_cast<difference_type>(b.pos_);
    }
    friend bool operator==(const Iterator& a, const Iterator& b) {
      return a.pos_ == b.pos_;
    }
    friend auto operator<=>(const Iterator& a, const Iterator& b) {
      return a.pos_ <=> b.pos_;
    }

   private:
    friend class StatementRange;
    Iterator(const StatementId* const* blocks, const uint32_t* ends,
             uint32_t num_blocks, size_t pos)
        : blocks_(blocks),
          ends_(ends),
          num_blocks_(num_blocks),
          block_(num_blocks == 0 ? 0 : BlockOfPosition(ends, num_blocks, pos)),
          pos_(pos) {}

    const StatementId* const* blocks_ = nullptr;
    const uint32_t* ends_ = nullptr;
    uint32_t num_blocks_ = 0;
    uint32_t block_ = 0;  // the block holding position pos_ (the last
                          // block at the end)
    size_t pos_ = 0;
  };

  Iterator begin() const {
    return Iterator(blocks_, ends_, num_blocks_, begin_);
  }
  Iterator end() const { return Iterator(blocks_, ends_, num_blocks_, end_); }
  reverse_iterator rbegin() const { return reverse_iterator(end()); }
  reverse_iterator rend() const { return reverse_iterator(begin()); }

 private:
  // The block holding position `pos`: the first b with pos < ends[b], or
  // the last block when pos is at or past the end. O(log num_blocks).
  static uint32_t BlockOfPosition(const uint32_t* ends, uint32_t num_blocks,
                                  size_t pos) {
    const uint32_t* it = std::upper_bound(ends, ends + num_blocks, pos);
    const auto b = static_cast<uint32_t>(it - ends);
    return b < num_blocks ? b : num_blocks - 1;
  }
  uint32_t BlockOf(size_t pos) const {
    return BlockOfPosition(ends_, num_blocks_, pos);
  }
  const StatementId* Locate(size_t pos) const {
    const uint32_t b = BlockOf(pos);
    return blocks_[b] + (pos - (b == 0 ? 0 : ends_[b - 1]));
  }

  const StatementId* const* blocks_ = nullptr;
  const uint32_t* ends_ = nullptr;
  uint32_t num_blocks_ = 0;
  size_t begin_ = 0;
  size_t end_ = 0;
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_STATEMENT_RANGE_H_
