// Tests of the (speaker, target) statement index (lib/store/pair_index).

#include "store/pair_index.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <random>
#include <utility>
#include <vector>

#include "absl/types/span.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace diplograph::internal {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;
using ::testing::IsEmpty;

std::vector<StatementId> Ids(absl::Span<const StatementId> s) {
  return std::vector<StatementId>(s.begin(), s.end());
}

TEST(PairIndexTest, UnknownPairIsEmpty) {
  PairIndex index;
  EXPECT_THAT(index.Get(PairIndex::Key(ActorId(1), ActorId(2))), IsEmpty());
  EXPECT_EQ(index.pair_count(), 0u);
}

TEST(PairIndexTest, InsertKeepsEachPairSortedByKeyThenId) {
  // Keys: id % 3, so ids 0..8 sort as 0 3 6 1 4 7 2 5 8.
  auto key = [](StatementId id) { return id.value % 3; };
  PairIndex index;
  const uint64_t ab = PairIndex::Key(ActorId(0), ActorId(1));
  const uint64_t ba = PairIndex::Key(ActorId(1), ActorId(0));
  for (uint32_t i = 0; i < 9; ++i) {
    index.Insert(ab, StatementId(i), key);
    if (i % 2 == 0) index.Insert(ba, StatementId(i), key);
  }
  EXPECT_THAT(Ids(index.Get(ab)),
              ElementsAre(StatementId(0), StatementId(3), StatementId(6),
                          StatementId(1), StatementId(4), StatementId(7),
                          StatementId(2), StatementId(5), StatementId(8)));
  EXPECT_THAT(Ids(index.Get(ba)),
              ElementsAre(StatementId(0), StatementId(6), StatementId(4),
                          StatementId(2), StatementId(8)));
  EXPECT_EQ(index.pair_count(), 2u);
}

// Many pairs, filled by single inserts and bulk appends in turn, checked
// against a map of sorted vectors; the pool must also stay bounded by
// compaction.
TEST(PairIndexTest, MatchesAModelUnderMixedSingleAndBulkAdds) {
  std::mt19937 rng(7);
  std::vector<uint32_t> keys;  // key of each id
  auto key = [&keys](StatementId id) { return keys[id.value]; };
  std::map<uint64_t, std::vector<StatementId>> model;
  PairIndex index;
  std::uniform_int_distribution<uint32_t> actor(0, 30), day(0, 50);
  auto model_add = [&](uint64_t pair, StatementId id) {
    std::vector<StatementId>& v = model[pair];
    v.push_back(id);
    std::sort(v.begin(), v.end(), [&](StatementId a, StatementId b) {
      return key(a) != key(b) ? key(a) < key(b) : a < b;
    });
  };
  for (int round = 0; round < 6; ++round) {
    // Single inserts.
    for (int i = 0; i < 300; ++i) {
      const auto id = StatementId(static_cast<uint32_t>(keys.size()));
      keys.push_back(day(rng));
      const uint64_t pair =
          PairIndex::Key(ActorId(actor(rng)), ActorId(actor(rng)));
      index.Insert(pair, id, key);
      model_add(pair, id);
    }
    // A bulk append, in (key, id) order, merged where it overlaps.
    std::vector<std::pair<uint64_t, StatementId>> batch;
    for (int i = 0; i < 500; ++i) {
      const auto id = StatementId(static_cast<uint32_t>(keys.size()));
      keys.push_back(day(rng));
      batch.emplace_back(
          PairIndex::Key(ActorId(actor(rng)), ActorId(actor(rng))), id);
    }
    std::stable_sort(batch.begin(), batch.end(),
                     [&](const auto& a, const auto& b) {
                       return key(a.second) < key(b.second);
                     });
    // One run per pair, in batch order.
    std::map<uint64_t, std::vector<StatementId>> runs;
    for (const auto& [pair, id] : batch) runs[pair].push_back(id);
    index.ReserveMore(batch.size());
    for (const auto& [pair, run] : runs) {
      uint32_t old_size = 0;
      const absl::Span<StatementId> list = index.Append(pair, run, &old_size);
      ASSERT_EQ(list.size(), old_size + run.size());
      std::inplace_merge(list.begin(), list.begin() + old_size, list.end(),
                         [&](StatementId a, StatementId b) {
                           return key(a) != key(b) ? key(a) < key(b) : a < b;
                         });
    }
    for (const auto& [pair, id] : batch) model_add(pair, id);

    ASSERT_EQ(index.pair_count(), model.size());
    for (const auto& [pair, ids] : model) {
      ASSERT_THAT(Ids(index.Get(pair)), ElementsAreArray(ids))
          << "round " << round;
    }
  }
  // Moved-from space is reclaimed: the pool stays within a small factor of
  // the ids it holds.
  EXPECT_LE(index.pool_size(), 2 * keys.size() + 4096);
}

// A pair that every commit appends to (the busiest speaker and target of
// a service): its segment must not move on every append, or each commit
// costs the pair's whole size. With doubling room the ids moved by
// relocations and compactions stay within a small factor of the ids added.
TEST(PairIndexTest, RepeatedAppendsToOnePairMoveAmortisedConstantPerId) {
  PairIndex index;
  const uint64_t busy = PairIndex::Key(ActorId(0), ActorId(1));
  std::vector<StatementId> model;
  uint32_t next = 0;
  for (int commit = 0; commit < 4000; ++commit) {
    // Three ids for the busy pair, one for a new pair each commit.
    std::vector<StatementId> run;
    for (int i = 0; i < 3; ++i) run.push_back(StatementId(next++));
    index.ReserveMore(4);
    uint32_t old_size = 0;
    absl::Span<StatementId> list = index.Append(busy, run, &old_size);
    ASSERT_EQ(old_size, model.size());
    ASSERT_EQ(list.size(), model.size() + 3);
    model.insert(model.end(), run.begin(), run.end());
    const StatementId single(next++);
    list = index.Append(
        PairIndex::Key(ActorId(2), ActorId(static_cast<uint32_t>(commit))),
        absl::MakeConstSpan(&single, 1), &old_size);
    ASSERT_EQ(old_size, 0u);
    ASSERT_THAT(Ids(list), ElementsAre(single));
  }
  EXPECT_THAT(Ids(index.Get(busy)), ElementsAreArray(model));
  EXPECT_EQ(index.pair_count(), 4001u);
  // Exact room on every append would move 3 * (0 + 1 + ... + 3999) ids,
  // about 24M; doubling room moves fewer than 2 per id of the busy pair,
  // plus compactions of everything live.
  EXPECT_LE(index.ids_moved(), 8 * uint64_t{next});
  // Room is at most twice the ids, and moved-from space at most twice the
  // room before a compaction.
  EXPECT_LE(index.pool_size(), 4 * size_t{next} + 4096);
}

// GrowLike() against a second index that holds the same pairs and more:
// each segment grows to the other's length (new pairs included), a segment
// already as long is left alone, one longer is reported through old_size,
// and PrefetchEnd() changes nothing.
TEST(PairIndexTest, GrowLikeMatchesTheLongerIndex) {
  std::mt19937 rng(3);
  PairIndex src;
  PairIndex dst;
  std::vector<uint64_t> pairs;
  for (uint32_t p = 0; p < 40; ++p) {
    pairs.push_back(PairIndex::Key(ActorId(p % 7), ActorId(p)));
  }
  uint32_t next = 0;
  for (int round = 0; round < 30; ++round) {
    // src gets runs for some pairs; dst is then grown like src.
    for (uint64_t pair : pairs) {
      if (rng() % 3 != 0) continue;
      std::vector<StatementId> run(1 + rng() % 5);
      for (StatementId& id : run) id = StatementId(next++);
      src.ReserveMore(run.size());
      uint32_t old_size = 0;
      src.Append(pair, run, &old_size);
    }
    for (uint64_t pair : pairs) {
      dst.PrefetchEnd(pair);
      const absl::Span<const StatementId> like = src.Get(pair);
      const size_t had = dst.Get(pair).size();
      uint32_t old_size = 0;
      const absl::Span<StatementId> got = dst.GrowLike(pair, like, &old_size);
      ASSERT_EQ(old_size, had);
      ASSERT_EQ(got.size(), like.size());
      // The entries past the old size are like's; the ones before, dst's
      // own (equal here, since both got the same runs).
      EXPECT_THAT(Ids(got), ElementsAreArray(Ids(like)));
    }
  }
  EXPECT_EQ(dst.pair_count(), src.pair_count());
  // A segment longer than `like` stays as it is.
  const uint64_t pair = pairs.front();
  const std::vector<StatementId> before = Ids(dst.Get(pair));
  ASSERT_GE(before.size(), 2u);
  uint32_t old_size = 0;
  const absl::Span<StatementId> got = dst.GrowLike(
      pair, absl::MakeConstSpan(before.data(), before.size() - 1), &old_size);
  EXPECT_EQ(old_size, before.size());
  EXPECT_THAT(Ids(got), ElementsAreArray(before));
  // An unknown pair grown like an empty segment: empty.
  const uint64_t unknown = PairIndex::Key(ActorId(99), ActorId(98));
  dst.PrefetchEnd(unknown);
  EXPECT_THAT(Ids(dst.GrowLike(unknown, {}, &old_size)), IsEmpty());
  EXPECT_EQ(old_size, 0u);
}

}  // namespace
}  // namespace diplograph::internal
