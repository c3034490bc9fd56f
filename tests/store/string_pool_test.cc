// Tests of the string interning pool behind the graph (lib/store).

#include "store/string_pool.h"

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"

namespace diplograph::internal {
namespace {

TEST(StringPoolTest, EmptyStringIsIdZero) {
  StringPool pool;
  EXPECT_EQ(pool.size(), 1u);
  EXPECT_EQ(pool.Get(0), "");
  EXPECT_EQ(pool.Intern(""), 0u);
  EXPECT_EQ(pool.size(), 1u);
  uint32_t id = 99;
  ASSERT_TRUE(pool.Find("", &id));
  EXPECT_EQ(id, 0u);
}

TEST(StringPoolTest, InternsEachDistinctStringOnce) {
  StringPool pool;
  const uint32_t a = pool.Intern("regular press briefing");
  const uint32_t b = pool.Intern("Sochi");
  EXPECT_NE(a, b);
  EXPECT_NE(a, 0u);
  EXPECT_EQ(pool.Intern("regular press briefing"), a);
  EXPECT_EQ(pool.Intern(std::string("Sochi")), b);
  EXPECT_EQ(pool.size(), 3u);
  EXPECT_EQ(pool.Get(a), "regular press briefing");
  EXPECT_EQ(pool.Get(b), "Sochi");
  // Interning is exact: case and bytes matter.
  EXPECT_NE(pool.Intern("sochi"), b);
  EXPECT_EQ(pool.size(), 4u);
}

TEST(StringPoolTest, IdsAreDenseInInsertionOrder) {
  StringPool pool;
  for (uint32_t i = 1; i <= 100; ++i) {
    EXPECT_EQ(pool.Intern(absl::StrCat("s", i)), i);
  }
  EXPECT_EQ(pool.size(), 101u);
}

TEST(StringPoolTest, FindDoesNotAdd) {
  StringPool pool;
  uint32_t id = 7;
  EXPECT_FALSE(pool.Find("TASS", &id));
  EXPECT_EQ(id, 7u);  // untouched on a miss
  EXPECT_EQ(pool.size(), 1u);
  const uint32_t tass = pool.Intern("TASS");
  ASSERT_TRUE(pool.Find("TASS", &id));
  EXPECT_EQ(id, tass);
}

TEST(StringPoolTest, KeepsEmbeddedNulsAndBinaryBytes) {
  StringPool pool;
  const std::string with_nul("a\0b", 3);
  const uint32_t id = pool.Intern(with_nul);
  EXPECT_NE(pool.Intern("a"), id);
  EXPECT_EQ(pool.Get(id), absl::string_view(with_nul));
  EXPECT_EQ(pool.Get(id).size(), 3u);
}

TEST(StringPoolTest, ViewsStayValidAsThePoolGrows) {
  StringPool pool;
  std::vector<absl::string_view> views;
  std::vector<std::string> expected;
  // Enough bytes to fill several blocks, plus strings large enough to get a
  // block of their own.
  for (int i = 0; i < 5000; ++i) {
    std::string s = absl::StrCat("statement text number ", i, " ",
                                 std::string(static_cast<size_t>(i % 97), 'x'));
    if (i % 1000 == 999) s = std::string(40000 + static_cast<size_t>(i), 'L');
    views.push_back(pool.Get(pool.Intern(s)));
    expected.push_back(std::move(s));
  }
  for (size_t i = 0; i < views.size(); ++i) {
    ASSERT_EQ(views[i], expected[i]) << i;
    uint32_t id = 0;
    ASSERT_TRUE(pool.Find(expected[i], &id));
    ASSERT_EQ(pool.Get(id).data(), views[i].data()) << i;
  }
  // The caller's buffer is not referenced: changing it changes nothing.
  std::string scratch = "scratch";
  const absl::string_view v = pool.Get(pool.Intern(scratch));
  scratch[0] = 'S';
  EXPECT_EQ(v, "scratch");
}

TEST(StringPoolTest, TruncateForgetsLaterStrings) {
  StringPool pool;
  const uint32_t keep = pool.Intern("keep");
  const size_t mark = pool.size();
  const absl::string_view kept_view = pool.Get(keep);
  pool.Intern("drop 1");
  pool.Intern(std::string(50000, 'D'));  // a block of its own
  pool.Intern("drop 2");
  EXPECT_EQ(pool.size(), mark + 3);

  pool.Truncate(mark);
  EXPECT_EQ(pool.size(), mark);
  uint32_t id = 0;
  EXPECT_FALSE(pool.Find("drop 1", &id));
  EXPECT_FALSE(pool.Find("drop 2", &id));
  EXPECT_FALSE(pool.Find(std::string(50000, 'D'), &id));
  ASSERT_TRUE(pool.Find("keep", &id));
  EXPECT_EQ(id, keep);
  EXPECT_EQ(pool.Get(keep).data(), kept_view.data());

  // New strings reuse the freed ids; old ones are found again.
  EXPECT_EQ(pool.Intern("drop 2"), mark);
  EXPECT_EQ(pool.Intern("keep"), keep);
  EXPECT_EQ(pool.Get(static_cast<uint32_t>(mark)), "drop 2");
}

TEST(StringPoolTest, AddStoresEveryCopyAndStaysOutOfTheIndex) {
  StringPool pool;
  const uint32_t interned = pool.Intern("same text");
  const uint32_t a = pool.Add("same text");
  const uint32_t b = pool.Add("same text");
  EXPECT_NE(a, b);
  EXPECT_NE(a, interned);
  EXPECT_EQ(pool.Get(a), "same text");
  EXPECT_EQ(pool.Get(b), "same text");
  EXPECT_EQ(pool.Add(""), 0u);
  // Find and Intern still name the interned copy.
  uint32_t id = 0;
  ASSERT_TRUE(pool.Find("same text", &id));
  EXPECT_EQ(id, interned);
  EXPECT_EQ(pool.Intern("same text"), interned);
  uint32_t other = 0;
  EXPECT_FALSE(pool.Find("only added", &other));
  pool.Add("only added");
  EXPECT_FALSE(pool.Find("only added", &other));
}

TEST(StringPoolTest, TruncatingAddedCopiesKeepsTheInternedOne) {
  StringPool pool;
  const uint32_t interned = pool.Intern("quote");
  const size_t mark = pool.size();
  pool.Add("quote");
  pool.Add("another");
  pool.Truncate(mark);
  EXPECT_EQ(pool.size(), mark);
  uint32_t id = 0;
  ASSERT_TRUE(pool.Find("quote", &id));
  EXPECT_EQ(id, interned);
  EXPECT_EQ(pool.Intern("another"), mark);
}

TEST(StringPoolTest, TruncateNeverDropsTheEmptyString) {
  StringPool pool;
  pool.Intern("x");
  pool.Truncate(0);
  EXPECT_EQ(pool.size(), 1u);
  EXPECT_EQ(pool.Get(0), "");
  EXPECT_EQ(pool.Intern(""), 0u);
  EXPECT_EQ(pool.Intern("x"), 1u);
}

TEST(StringPoolTest, MoveKeepsViewsAndIds) {
  StringPool pool;
  const uint32_t id = pool.Intern("Mao Ning");
  const absl::string_view view = pool.Get(id);
  StringPool moved(std::move(pool));
  EXPECT_EQ(moved.Get(id), "Mao Ning");
  EXPECT_EQ(moved.Get(id).data(), view.data());
  EXPECT_EQ(moved.Intern("Mao Ning"), id);
  EXPECT_EQ(moved.Intern("Putin"), id + 1);
}

}  // namespace
}  // namespace diplograph::internal
