// Tests of the typed ids (include/diplograph/ids.h).

#include "diplograph/ids.h"

#include <sstream>
#include <string>
#include <type_traits>

#include "absl/container/flat_hash_set.h"
#include "absl/hash/hash.h"
#include "gtest/gtest.h"

namespace diplograph {
namespace {

// Ids of different records are different types: one cannot be passed, or
// compared, where another is expected.
static_assert(!std::is_convertible_v<ActorId, StatementId>);
static_assert(!std::is_convertible_v<StatementId, ActorId>);
static_assert(!std::is_convertible_v<RelationshipId, SourceId>);
static_assert(!std::is_convertible_v<uint32_t, ActorId>);  // explicit only
static_assert(std::is_trivially_copyable_v<ActorId>);
static_assert(sizeof(EventId) == sizeof(uint32_t));

template <typename T>
std::string Print(T id) {
  std::ostringstream os;
  os << id;
  return os.str();
}

TEST(IdsTest, DefaultIsInvalid) {
  EXPECT_FALSE(ActorId().valid());
  EXPECT_FALSE(ActorId(ActorId::kInvalid).valid());
  EXPECT_TRUE(ActorId(0).valid());
  EXPECT_EQ(ActorId(), ActorId(ActorId::kInvalid));
}

TEST(IdsTest, OrdersAndComparesByValue) {
  EXPECT_LT(StatementId(1), StatementId(2));
  EXPECT_GT(StatementId(3), StatementId(2));
  EXPECT_LE(StatementId(2), StatementId(2));
  EXPECT_GE(StatementId(2), StatementId(2));
  EXPECT_NE(StatementId(1), StatementId(2));
  EXPECT_EQ(StatementId(7), StatementId(7));
}

TEST(IdsTest, Hashable) {
  absl::flat_hash_set<ActorId> set = {ActorId(1), ActorId(2), ActorId(1)};
  EXPECT_EQ(set.size(), 2u);
  EXPECT_TRUE(set.contains(ActorId(2)));
  EXPECT_FALSE(set.contains(ActorId(3)));
  EXPECT_EQ(absl::Hash<ActorId>()(ActorId(5)),
            absl::Hash<ActorId>()(ActorId(5)));
}

TEST(IdsTest, PrintsKindAndIndex) {
  EXPECT_EQ(Print(ActorId(3)), "actor#3");
  EXPECT_EQ(Print(StatementId(0)), "statement#0");
  EXPECT_EQ(Print(RelationshipId(12)), "relationship#12");
  EXPECT_EQ(Print(SourceId(1)), "source#1");
  EXPECT_EQ(Print(EventId(2)), "event#2");
  EXPECT_EQ(Print(ActorId()), "actor#invalid");
}

}  // namespace
}  // namespace diplograph
