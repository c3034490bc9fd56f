// Tests of the store's name index (lib/store/name_index), and of the
// Graph's name look-ups through it after corrections and rollbacks.

#include "store/name_index.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/types/span.h"
#include "diplograph/graph.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace diplograph::internal {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

std::vector<ActorId> Ids(absl::Span<const ActorId> s) {
  return std::vector<ActorId>(s.begin(), s.end());
}

TEST(NameIndexTest, UnknownNameIsNotFound) {
  NameIndex names;
  NameIndex::Entry e;
  EXPECT_FALSE(names.Find("China", &e));
  EXPECT_EQ(names.size(), 0u);
}

TEST(NameIndexTest, FindsNamesIgnoringAsciiCaseOnly) {
  NameIndex names;
  names.SetCanonical("China", ActorId(3));
  names.AddAlias(
      "\xC3\x89lys\xC3\xA9"
      "e",
      ActorId(4));  // "Élysée"
  NameIndex::Entry e;
  ASSERT_TRUE(names.Find("CHINA", &e));
  EXPECT_EQ(e.canonical, ActorId(3));
  EXPECT_THAT(Ids(e.alias), IsEmpty());
  ASSERT_TRUE(
      names.Find("\xC3\x89LYS\xC3\xA9"
                 "E",
                 &e));
  EXPECT_FALSE(e.canonical.valid());
  EXPECT_THAT(Ids(e.alias), ElementsAre(ActorId(4)));
  // Fold() lowers ASCII letters only: "é" and "É" stay different.
  EXPECT_FALSE(
      names.Find("\xC3\xA9lys\xC3\xA9"
                 "e",
                 &e));
  EXPECT_FALSE(names.Find("China ", &e));
  EXPECT_FALSE(names.Find("Chin", &e));
}

TEST(NameIndexTest, AliasesStayAscendingWithoutDuplicates) {
  NameIndex names;
  EXPECT_TRUE(names.AddAlias("Mao", ActorId(7)));
  EXPECT_FALSE(names.AddAlias("MAO", ActorId(7)));
  EXPECT_TRUE(names.AddAlias("mao", ActorId(2)));
  EXPECT_TRUE(names.AddAlias("Mao", ActorId(9)));
  EXPECT_TRUE(names.AddAlias("Mao", ActorId(5)));
  EXPECT_FALSE(names.AddAlias("Mao", ActorId(2)));
  EXPECT_FALSE(names.AddAlias("Mao", ActorId(9)));
  NameIndex::Entry e;
  ASSERT_TRUE(names.Find("mAO", &e));
  EXPECT_THAT(Ids(e.alias),
              ElementsAre(ActorId(2), ActorId(5), ActorId(7), ActorId(9)));
  EXPECT_EQ(names.size(), 1u);
}

TEST(NameIndexTest, AddAliasUnlessNamedSkipsTheActorsOwnNames) {
  NameIndex names;
  names.SetCanonical("Russia", ActorId(1));
  EXPECT_FALSE(names.AddAliasUnlessNamed("RUSSIA", ActorId(1)));
  EXPECT_TRUE(names.AddAliasUnlessNamed("Russia", ActorId(2)));
  EXPECT_FALSE(names.AddAliasUnlessNamed("russia", ActorId(2)));
  EXPECT_TRUE(names.AddAliasUnlessNamed("RF", ActorId(1)));
  EXPECT_FALSE(names.AddAliasUnlessNamed("rf", ActorId(1)));
  NameIndex::Entry e;
  ASSERT_TRUE(names.Find("russia", &e));
  EXPECT_EQ(e.canonical, ActorId(1));
  EXPECT_THAT(Ids(e.alias), ElementsAre(ActorId(2)));
  ASSERT_TRUE(names.Find("rf", &e));
  EXPECT_FALSE(e.canonical.valid());
  EXPECT_THAT(Ids(e.alias), ElementsAre(ActorId(1)));
}

TEST(NameIndexTest, RemovesCanonicalAndAliasActors) {
  NameIndex names;
  names.SetCanonical("Burma", ActorId(1));
  names.AddAlias("Burma", ActorId(4));
  names.AddAlias("Burma", ActorId(2));
  names.RemoveCanonical("burma", ActorId(2));  // not its canonical actor
  NameIndex::Entry e;
  ASSERT_TRUE(names.Find("Burma", &e));
  EXPECT_EQ(e.canonical, ActorId(1));
  names.RemoveCanonical("BURMA", ActorId(1));
  names.RemoveAlias("Burma", ActorId(4));
  names.RemoveAlias("Burma", ActorId(3));  // not there
  ASSERT_TRUE(names.Find("Burma", &e));
  EXPECT_FALSE(e.canonical.valid());
  EXPECT_THAT(Ids(e.alias), ElementsAre(ActorId(2)));
  names.RemoveAlias("Burma", ActorId(2));
  ASSERT_TRUE(names.Find("Burma", &e));  // an empty entry
  EXPECT_THAT(Ids(e.alias), IsEmpty());
  // The emptied entry takes actors again.
  EXPECT_TRUE(names.AddAlias("Burma", ActorId(6)));
  names.SetCanonical("Burma", ActorId(5));
  ASSERT_TRUE(names.Find("Burma", &e));
  EXPECT_EQ(e.canonical, ActorId(5));
  EXPECT_THAT(Ids(e.alias), ElementsAre(ActorId(6)));
  // A single inline alias is removed too.
  names.AddAlias("Myanmar", ActorId(8));
  names.RemoveAlias("myanmar", ActorId(8));
  ASSERT_TRUE(names.Find("Myanmar", &e));
  EXPECT_THAT(Ids(e.alias), IsEmpty());
}

TEST(NameIndexTest, HoldsEveryActorId) {
  // Ids from 2^31 on cannot be held in the slot itself.
  const ActorId big(0x80000000u);
  const ActorId bigger(0xFFFFFFFEu);
  NameIndex names;
  EXPECT_TRUE(names.AddAlias("x", big));
  EXPECT_FALSE(names.AddAlias("X", big));
  EXPECT_TRUE(names.AddAlias("x", ActorId(3)));
  EXPECT_TRUE(names.AddAlias("x", bigger));
  names.SetCanonical("x", bigger);
  NameIndex::Entry e;
  ASSERT_TRUE(names.Find("x", &e));
  EXPECT_EQ(e.canonical, bigger);
  EXPECT_THAT(Ids(e.alias), ElementsAre(ActorId(3), big, bigger));
  names.RemoveAlias("x", big);
  ASSERT_TRUE(names.Find("x", &e));
  EXPECT_THAT(Ids(e.alias), ElementsAre(ActorId(3), bigger));
}

TEST(NameIndexTest, ManyNamesLongAndShort) {
  NameIndex names;
  const std::string long_prefix(100, 'A');  // folded outside the buffer
  for (uint32_t i = 0; i < 20000; ++i) {
    names.SetCanonical(absl::StrCat("Actor ", i), ActorId(i));
    names.AddAlias(absl::StrCat(long_prefix, i), ActorId(i));
    names.AddAlias(absl::StrCat("shared ", i % 100), ActorId(i));
  }
  EXPECT_EQ(names.size(), 40100u);
  NameIndex::Entry e;
  for (uint32_t i = 0; i < 20000; i += 997) {
    ASSERT_TRUE(names.Find(absl::StrCat("ACTOR ", i), &e)) << i;
    EXPECT_EQ(e.canonical, ActorId(i));
    ASSERT_TRUE(names.Find(absl::StrCat(std::string(100, 'a'), i), &e)) << i;
    EXPECT_THAT(Ids(e.alias), ElementsAre(ActorId(i)));
  }
  ASSERT_TRUE(names.Find("Shared 42", &e));
  ASSERT_EQ(e.alias.size(), 200u);
  for (size_t k = 0; k < e.alias.size(); ++k) {
    EXPECT_EQ(e.alias[k], ActorId(static_cast<uint32_t>(42 + 100 * k)));
  }
  EXPECT_FALSE(names.Find("Actor 20000", &e));
  EXPECT_GT(names.MemoryBytes(), 40100u * 16);
  names.Clear();
  EXPECT_EQ(names.size(), 0u);
  EXPECT_FALSE(names.Find("Actor 1", &e));
  names.SetCanonical("Actor 1", ActorId(1));
  ASSERT_TRUE(names.Find("actor 1", &e));
  EXPECT_EQ(e.canonical, ActorId(1));
}

TEST(NameIndexTest, CheckRoomNamesTheLimit) {
  NameIndex names(/*max_arena_bytes=*/64);
  EXPECT_TRUE(names.CheckRoom("name", 2, 50).ok());
  absl::Status full = names.CheckRoom("name", 2, 51);
  EXPECT_EQ(full.code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(full.message(), HasSubstr("name: the name index is full"));
  names.SetCanonical("0123456789", ActorId(1));  // 4 + 10 + 2 bytes
  EXPECT_TRUE(names.CheckRoom("alias", 1, 41).ok());
  EXPECT_FALSE(names.CheckRoom("alias", 1, 42).ok());
}

// Through the Graph: corrections and failed updates leave the look-ups as
// the actors say.
TEST(NameIndexGraphTest, FailedUpdateRestoresNames) {
  Graph g;
  const ActorId a = *g.AddActor({.name = "Alpha", .aliases = {"A"}});
  const ActorId b = *g.AddActor({.name = "Beta"});
  absl::Status s = g.Update([&](Graph& u) -> absl::Status {
    EXPECT_TRUE(u.AddAlias(a, "First").ok());
    EXPECT_TRUE(u.AddAlias(b, "A").ok());
    EXPECT_TRUE(u.AddActor({.name = "Gamma", .aliases = {"G"}}).ok());
    EXPECT_TRUE(u.CorrectActor(b, {.name = "Bravo"}).ok());
    EXPECT_THAT(u.MatchActors("a"), ElementsAre(a, b));
    return absl::InternalError("stop");
  });
  EXPECT_EQ(s.code(), absl::StatusCode::kInternal);
  EXPECT_EQ(*g.FindActor("a"), a);
  EXPECT_THAT(g.MatchActors("A"), ElementsAre(a));
  EXPECT_FALSE(g.FindActor("First").ok());
  EXPECT_FALSE(g.FindActor("Gamma").ok());
  EXPECT_FALSE(g.FindActor("G").ok());
  EXPECT_FALSE(g.FindActor("Bravo").ok());
  EXPECT_EQ(*g.FindActor("beta"), b);
  // The graph takes the same names again after the rollback.
  EXPECT_TRUE(g.AddAlias(a, "First").ok());
  EXPECT_EQ(*g.FindActor("FIRST"), a);
  EXPECT_TRUE(g.AddActor({.name = "Gamma"}).ok());
}

TEST(NameIndexGraphTest, CanonicalAndAliasOfOneNameMatchOnce) {
  Graph g;
  const ActorId a = *g.AddActor({.name = "Alpha"});
  const ActorId b = *g.AddActor({.name = "Beta", .aliases = {"alpha"}});
  const ActorId c = *g.AddActor({.name = "Gamma", .aliases = {"ALPHA"}});
  EXPECT_EQ(*g.FindActor("alpha"), a);  // the canonical name wins
  EXPECT_THAT(g.MatchActors("Alpha"), ElementsAre(a, b, c));
  // A correction renames Beta to "Alpha2" keeping "Beta" as an alias.
  ASSERT_TRUE(
      g.CorrectActor(b, {.name = "Alpha2", .keep_old_name = true}).ok());
  EXPECT_THAT(g.MatchActors("beta"), ElementsAre(b));
  EXPECT_THAT(g.MatchActors("alpha2"), ElementsAre(b));
  // Alpha's canonical name leaves it; the alias actors stay.
  ASSERT_TRUE(
      g.CorrectActor(a, {.name = "Aleph", .keep_old_name = false}).ok());
  EXPECT_THAT(g.MatchActors("alpha"), ElementsAre(b, c));
  EXPECT_EQ(g.FindActor("alpha").status().code(),
            absl::StatusCode::kFailedPrecondition);
  // Gamma takes its alias as its name: the alias goes, the old name stays
  // as an alias.
  ASSERT_TRUE(g.CorrectActor(c, {.name = "Alpha"}).ok());
  EXPECT_EQ(*g.FindActor("alpha"), c);
  EXPECT_THAT(g.MatchActors("alpha"), ElementsAre(b, c));
  EXPECT_THAT(g.actor(c).aliases, ElementsAre("Gamma"));
  EXPECT_THAT(g.MatchActors("GAMMA"), ElementsAre(c));
}

}  // namespace
}  // namespace diplograph::internal
