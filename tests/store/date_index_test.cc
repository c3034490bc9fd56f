// The blocked by-date index (lib/store/date_index.h) against a sorted
// vector: random single inserts and sorted batches, many ids of one date,
// every id in one block, splits, appends after a batch, and the
// StatementRange view's reads (iteration both ways, indexing, sub-ranges,
// blocks, binary search).

#include "store/date_index.h"

#include <algorithm>
#include <cstdint>
#include <iostream>
#include <random>
#include <vector>

#include "absl/types/span.h"
#include "diplograph/ids.h"
#include "diplograph/statement_range.h"
#include "gtest/gtest.h"
#include "model/date_keys.h"

namespace diplograph::internal {
namespace {

constexpr uint32_t kBlock = DateIndex::kBlock;

// Keys by id, and the sorted reference.
struct Reference {
  std::vector<uint32_t> keys;  // keys[id]
  std::vector<StatementId> sorted;

  uint32_t Key(StatementId id) const { return keys[id.value]; }
  bool Before(StatementId a, StatementId b) const {
    return Key(a) != Key(b) ? Key(a) < Key(b) : a < b;
  }
  StatementId Add(uint32_t key) {
    const StatementId id(static_cast<uint32_t>(keys.size()));
    keys.push_back(key);
    sorted.insert(std::upper_bound(sorted.begin(), sorted.end(), id,
                                   [this](StatementId a, StatementId b) {
                                     return Before(a, b);
                                   }),
                  id);
    return id;
  }
};

std::vector<StatementId> Contents(const StatementRange& r) {
  return std::vector<StatementId>(r.begin(), r.end());
}

// Every read of the range agrees with the reference.
void ExpectSame(const DateIndex& index, const Reference& ref) {
  auto key_of = [&ref](StatementId id) { return ref.Key(id); };
  ASSERT_TRUE(index.Valid(key_of));
  const StatementRange r = index.range();
  ASSERT_EQ(r.size(), ref.sorted.size());
  ASSERT_EQ(index.size(), ref.sorted.size());
  EXPECT_EQ(Contents(r), ref.sorted);
  // Backwards.
  std::vector<StatementId> back(r.rbegin(), r.rend());
  std::reverse(back.begin(), back.end());
  EXPECT_EQ(back, ref.sorted);
  // Indexing, every few positions and at block edges.
  for (size_t i = 0; i < r.size(); i += 1 + i % 7) {
    ASSERT_EQ(r[i], ref.sorted[i]) << i;
  }
  if (!r.empty()) {
    EXPECT_EQ(r.front(), ref.sorted.front());
    EXPECT_EQ(r.back(), ref.sorted.back());
    EXPECT_EQ(index.back(), ref.sorted.back());
  }
  // Blocks: together, the whole list once.
  std::vector<StatementId> pieces;
  index.ForEachBlock([&](absl::Span<const StatementId> b) {
    EXPECT_FALSE(b.empty());
    EXPECT_LE(b.size(), kBlock);
    pieces.insert(pieces.end(), b.begin(), b.end());
  });
  EXPECT_EQ(pieces, ref.sorted);
}

TEST(DateIndexTest, Empty) {
  DateIndex index;
  Reference ref;
  ExpectSame(index, ref);
  const StatementRange r = index.range();
  EXPECT_TRUE(r.empty());
  EXPECT_EQ(r.begin(), r.end());
  EXPECT_TRUE(r.subspan(0, 5).empty());
  int calls = 0;
  r.ForEachBlock([&](absl::Span<const StatementId>) { ++calls; });
  EXPECT_EQ(calls, 0);
  const StatementRange none;
  EXPECT_EQ(none.size(), 0u);
}

TEST(DateIndexTest, RandomSingleInsertsMatchSortedVector) {
  std::mt19937 rng(11);
  DateIndex index;
  Reference ref;
  for (int i = 0; i < 6000; ++i) {
    // Few distinct keys: many equal dates, ordered by id among themselves.
    const StatementId id = ref.Add(rng() % 300);
    index.Insert(id, ref.Key(id));
    if (i % 997 == 0) ExpectSame(index, ref);
  }
  ExpectSame(index, ref);
}

TEST(DateIndexTest, OneDateForEveryId) {
  // Equal keys: insertion order is id order, so every insert appends, and
  // then batches of the same date land at the end too.
  DateIndex index;
  Reference ref;
  auto key_of = [&ref](StatementId id) { return ref.Key(id); };
  for (int i = 0; i < 3 * static_cast<int>(kBlock) + 5; ++i) {
    const StatementId id = ref.Add(42);
    index.Insert(id, 42);
  }
  ExpectSame(index, ref);
  std::vector<StatementId> batch;
  for (int i = 0; i < 700; ++i) batch.push_back(ref.Add(42));
  index.InsertBatch(batch, key_of);
  ExpectSame(index, ref);
}

TEST(DateIndexTest, EqualDatesBeforeLaterOnes) {
  // Ids of one early date inserted among later ones: they gather at the
  // front, in id order, splitting the first block again and again.
  DateIndex index;
  Reference ref;
  for (int i = 0; i < 2000; ++i) {
    const StatementId id = ref.Add(i % 3 == 0 ? 5 : 1000 + i);
    index.Insert(id, ref.Key(id));
  }
  ExpectSame(index, ref);
}

TEST(DateIndexTest, AllInOneBlock) {
  // Fewer ids than a block: one block, inserted at random places.
  std::mt19937 rng(3);
  DateIndex index;
  Reference ref;
  for (uint32_t i = 0; i < kBlock; ++i) {
    const StatementId id = ref.Add(rng() % 50);
    index.Insert(id, ref.Key(id));
  }
  ExpectSame(index, ref);
  int blocks = 0;
  index.ForEachBlock([&](absl::Span<const StatementId>) { ++blocks; });
  EXPECT_EQ(blocks, 1);
  // One more at the front splits it.
  const StatementId id = ref.Add(0);
  index.Insert(id, 0);
  ExpectSame(index, ref);
  blocks = 0;
  index.ForEachBlock([&](absl::Span<const StatementId>) { ++blocks; });
  EXPECT_EQ(blocks, 2);
}

TEST(DateIndexTest, SortedBatchesAtRandomDates) {
  // The commit case: an ordered index (a load), then batches of 1 to 300
  // ids at random dates, some wholly earlier or later than everything.
  std::mt19937 rng(5);
  DateIndex index;
  Reference ref;
  auto key_of = [&ref](StatementId id) { return ref.Key(id); };
  std::vector<StatementId> loaded;
  for (int i = 0; i < 5000; ++i) loaded.push_back(ref.Add(i / 3));
  index.Assign(ref.sorted, key_of);
  ExpectSame(index, ref);
  for (int commit = 0; commit < 120; ++commit) {
    const int n = 1 + static_cast<int>(rng() % 300);
    std::vector<StatementId> batch;
    for (int i = 0; i < n; ++i) {
      uint32_t key = rng() % 3000;
      if (commit % 10 == 3) key = 0;           // all at the front
      if (commit % 10 == 7) key = 100000 + i;  // all after the end
      batch.push_back(ref.Add(key));
    }
    std::sort(batch.begin(), batch.end(), [&ref](StatementId a, StatementId b) {
      return ref.Before(a, b);
    });
    index.InsertBatch(batch, key_of);
    if (commit % 9 == 0) ExpectSame(index, ref);
  }
  ExpectSame(index, ref);
}

TEST(DateIndexTest, AssignFillsBlocksAndAppendContinues) {
  DateIndex index;
  Reference ref;
  auto key_of = [&ref](StatementId id) { return ref.Key(id); };
  for (uint32_t i = 0; i < 3 * kBlock + 1; ++i) ref.Add(i);
  index.Assign(ref.sorted, key_of);
  ExpectSame(index, ref);
  std::vector<size_t> sizes;
  index.ForEachBlock(
      [&](absl::Span<const StatementId> b) { sizes.push_back(b.size()); });
  EXPECT_EQ(sizes, (std::vector<size_t>{kBlock, kBlock, kBlock, 1}));
  for (uint32_t i = 0; i < kBlock; ++i) {
    const StatementId id = ref.Add(10 * kBlock + i);
    index.Append(id, ref.Key(id));
  }
  ExpectSame(index, ref);
  index.Clear();
  EXPECT_TRUE(index.empty());
  EXPECT_TRUE(index.range().empty());
}

TEST(DateIndexTest, BlocksStayAtLeastHalfFull) {
  // Bytes per id: 8 in full blocks (an id and its key) plus the directory;
  // random inserts split blocks into halves, so never above 16 plus the
  // directory. Printed for bench/README.md ("Bytes per structure").
  std::mt19937 rng(13);
  DateIndex index;
  Reference ref;
  auto key_of = [&ref](StatementId id) { return ref.Key(id); };
  for (int i = 0; i < 100000; ++i) ref.Add(rng() % 4000);
  index.Assign(ref.sorted, key_of);
  const double loaded = static_cast<double>(index.MemoryBytes()) /
                        static_cast<double>(index.size());
  EXPECT_LT(loaded, 8.2);
  for (int commit = 0; commit < 400; ++commit) {
    std::vector<StatementId> batch;
    for (int i = 0; i < 256; ++i) batch.push_back(ref.Add(rng() % 4000));
    std::sort(batch.begin(), batch.end(), [&ref](StatementId a, StatementId b) {
      return ref.Before(a, b);
    });
    index.InsertBatch(batch, key_of);
  }
  ASSERT_TRUE(index.Valid(key_of));
  const double grown = static_cast<double>(index.MemoryBytes()) /
                       static_cast<double>(index.size());
  EXPECT_GT(grown, 8.0);
  EXPECT_LT(grown, 16.5);
  std::cout << "bytes per id: " << loaded << " after Assign, " << grown
            << " after 400 random batches of 256 into 100k\n";
}

TEST(DateIndexTest, RangeReads) {
  std::mt19937 rng(9);
  DateIndex index;
  Reference ref;
  auto key_of = [&ref](StatementId id) { return ref.Key(id); };
  for (int i = 0; i < 4000; ++i) {
    const StatementId id = ref.Add(rng() % 1000);
    index.Insert(id, ref.Key(id));
  }
  const StatementRange r = index.range();
  // Sub-ranges across block edges, their blocks and iterators.
  for (int t = 0; t < 200; ++t) {
    const size_t pos = rng() % (r.size() + 1);
    const size_t len = rng() % 1500;
    const StatementRange s = r.subspan(pos, len);
    const size_t want = std::min(len, r.size() - pos);
    ASSERT_EQ(s.size(), want);
    const std::vector<StatementId> expect(
        ref.sorted.begin() + static_cast<ptrdiff_t>(pos),
        ref.sorted.begin() + static_cast<ptrdiff_t>(pos + want));
    EXPECT_EQ(Contents(s), expect);
    std::vector<StatementId> pieces;
    s.ForEachBlock([&](absl::Span<const StatementId> b) {
      EXPECT_FALSE(b.empty());
      pieces.insert(pieces.end(), b.begin(), b.end());
    });
    EXPECT_EQ(pieces, expect);
    for (size_t i = 0; i < s.size(); i += 1 + s.size() / 5) {
      EXPECT_EQ(s[i], expect[i]);
      EXPECT_EQ(*(s.begin() + static_cast<ptrdiff_t>(i)), expect[i]);
      EXPECT_EQ(s.end() - (s.begin() + static_cast<ptrdiff_t>(i)),
                static_cast<ptrdiff_t>(s.size() - i));
    }
  }
  // Iterator arithmetic both ways.
  auto it = r.begin();
  it += 1000;
  EXPECT_EQ(*it, ref.sorted[1000]);
  it -= 999;
  EXPECT_EQ(*it, ref.sorted[1]);
  --it;
  EXPECT_EQ(it, r.begin());
  EXPECT_LT(r.begin(), r.end());
  // Binary search by key over the range, as the date-window reads do.
  for (uint32_t lo : {0u, 1u, 250u, 999u, 1000u}) {
    const uint32_t hi = lo + 10;
    const StatementRange slice = KeySlice(r, KeyRange{lo, hi}, key_of);
    std::vector<StatementId> expect;
    for (StatementId id : ref.sorted) {
      if (ref.Key(id) >= lo && ref.Key(id) <= hi) expect.push_back(id);
    }
    EXPECT_EQ(Contents(slice), expect) << lo;
  }
}

}  // namespace
}  // namespace diplograph::internal
