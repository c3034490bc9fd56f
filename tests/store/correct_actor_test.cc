// Graph::CorrectActor: validated, all or nothing, indexes kept consistent,
// undone with a failed Update().

#include "absl/strings/str_cat.h"
#include "diplograph/graph.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;
using ::diplograph::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

class CorrectActorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    china_ = *g_.AddActor({.name = "China", .aliases = {"PRC"}});
    russia_ = *g_.AddActor(
        {.name = "Russia", .kind = ActorKind::kState, .iso3 = "RUS"});
  }
  Graph g_;
  ActorId china_, russia_;
};

TEST_F(CorrectActorTest, KindAndCodes) {
  ASSERT_THAT(g_.CorrectActor(china_, {.kind = ActorKind::kState,
                                       .iso3 = "CHN",
                                       .cameo_code = "CHN"}),
              IsOk());
  EXPECT_EQ(g_.actor(china_).kind, ActorKind::kState);
  EXPECT_EQ(*g_.FindActorByIso3("CHN"), china_);
  EXPECT_EQ(g_.actor(china_).cameo_code, "CHN");
  // Another code replaces the old one in the index; "" removes it.
  ASSERT_THAT(g_.CorrectActor(china_, {.iso3 = "CHX"}), IsOk());
  EXPECT_FALSE(g_.FindActorByIso3("CHN").ok());
  EXPECT_EQ(*g_.FindActorByIso3("CHX"), china_);
  ASSERT_THAT(g_.CorrectActor(china_, {.iso3 = "", .cameo_code = ""}), IsOk());
  EXPECT_FALSE(g_.FindActorByIso3("CHX").ok());
  EXPECT_EQ(g_.actor(china_).iso3, "");
  EXPECT_EQ(g_.actor(china_).cameo_code, "");
}

TEST_F(CorrectActorTest, ChecksEverythingBeforeChangingAnything) {
  const Actor before = g_.actor(china_);
  EXPECT_THAT(
      g_.CorrectActor(china_, {.kind = ActorKind::kState, .iso3 = "RUS"}),
      StatusIs(absl::StatusCode::kAlreadyExists,
               HasSubstr("already the code of actor#1 \"Russia\"")));
  EXPECT_THAT(g_.CorrectActor(china_, {.name = "russia"}),
              StatusIs(absl::StatusCode::kAlreadyExists,
                       HasSubstr("already the name of actor#1")));
  EXPECT_THAT(g_.CorrectActor(china_, {.name = " China"}),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("name")));
  EXPECT_THAT(g_.CorrectActor(china_, {.iso3 = "cn"}),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("iso3")));
  EXPECT_THAT(g_.CorrectActor(china_, {.cameo_code = "chn"}),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("cameo")));
  EXPECT_THAT(g_.CorrectActor(china_, {.kind = static_cast<ActorKind>(40)}),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("kind")));
  EXPECT_THAT(g_.CorrectActor(ActorId(9), {}),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("actor#9")));
  EXPECT_EQ(g_.actor(china_), before);
}

TEST_F(CorrectActorTest, RenameKeepsTheOldNameAsAnAlias) {
  ASSERT_THAT(g_.CorrectActor(china_, {.name = "People's Republic of China"}),
              IsOk());
  EXPECT_EQ(g_.actor(china_).name, "People's Republic of China");
  EXPECT_THAT(g_.actor(china_).aliases, ElementsAre("PRC", "China"));
  EXPECT_EQ(*g_.FindActor("china"), china_);
  EXPECT_EQ(*g_.FindActor("people's republic of china"), china_);
  // Renaming to an alias makes it the name; the old name may be dropped.
  ASSERT_THAT(g_.CorrectActor(china_, {.name = "PRC", .keep_old_name = false}),
              IsOk());
  EXPECT_EQ(g_.actor(china_).name, "PRC");
  EXPECT_THAT(g_.actor(china_).aliases, ElementsAre("China"));
  EXPECT_FALSE(g_.FindActor("People's Republic of China").ok());
  EXPECT_THAT(g_.MatchActors("PRC"), ElementsAre(china_));
  // The freed name can go to a new actor.
  EXPECT_THAT(g_.AddActor({.name = "People's Republic of China"}).status(),
              IsOk());
  // A change of case only.
  ASSERT_THAT(g_.CorrectActor(russia_, {.name = "RUSSIA"}), IsOk());
  EXPECT_THAT(g_.actor(russia_).aliases, IsEmpty());
  EXPECT_EQ(*g_.FindActor("Russia"), russia_);
}

TEST_F(CorrectActorTest, UndoneWithAFailedUpdate) {
  const Actor before = g_.actor(china_);
  const absl::Status st = g_.Update([&](Graph& g) -> absl::Status {
    EXPECT_THAT(g.AddAlias(china_, "Zhongguo"), IsOk());
    EXPECT_THAT(
        g.CorrectActor(
            china_, {.name = "PRC", .kind = ActorKind::kState, .iso3 = "CHN"}),
        IsOk());
    EXPECT_THAT(g.AddAlias(china_, "Middle Kingdom"), IsOk());
    EXPECT_EQ(*g.FindActorByIso3("CHN"), china_);
    return absl::AbortedError("undo");
  });
  EXPECT_THAT(st, StatusIs(absl::StatusCode::kAborted, ::testing::_));
  EXPECT_EQ(g_.actor(china_), before);
  EXPECT_FALSE(g_.FindActorByIso3("CHN").ok());
  EXPECT_EQ(*g_.FindActor("China"), china_);
  EXPECT_EQ(*g_.FindActor("PRC"), china_);
  EXPECT_FALSE(g_.FindActor("Zhongguo").ok());
}

// Long alias and affiliation lists go through the name index and a hash of
// the affiliations (O(1) expected per add): duplicates are still found,
// also after a rollback drops the hash.
TEST(LongActorListsTest, DuplicatesAreFoundInLongLists) {
  Graph g;
  const ActorId a = *g.AddActor({.name = "A"});
  const ActorId org = *g.AddActor({.name = "Org"});
  for (int i = 0; i < 100; ++i) {
    ASSERT_THAT(g.AddAlias(a, absl::StrCat("alias ", i)), IsOk());
    ASSERT_THAT(g.AddAffiliation(
                    a, {.organization = org, .role = absl::StrCat("role ", i)}),
                IsOk());
  }
  EXPECT_THAT(g.AddAlias(a, "ALIAS 42"), IsOk());  // already there
  EXPECT_EQ(g.actor(a).aliases.size(), 100u);
  EXPECT_THAT(g.AddAffiliation(a, {.organization = org, .role = "role 70"}),
              StatusIs(absl::StatusCode::kAlreadyExists, HasSubstr("role 70")));
  // Same role and organization over another period is another affiliation.
  EXPECT_THAT(
      g.AddAffiliation(a, {.organization = org,
                           .role = "role 70",
                           .valid = Interval::Since(*Date::Parse("2020"))}),
      IsOk());
  const absl::Status st = g.Update([&](Graph& u) -> absl::Status {
    EXPECT_THAT(u.AddAffiliation(a, {.organization = org, .role = "new"}),
                IsOk());
    return absl::AbortedError("undo");
  });
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(g.actor(a).affiliations.size(), 101u);
  EXPECT_THAT(g.AddAffiliation(a, {.organization = org, .role = "role 3"}),
              StatusIs(absl::StatusCode::kAlreadyExists, ::testing::_));
  EXPECT_THAT(g.AddAffiliation(a, {.organization = org, .role = "new"}),
              IsOk());
  // An actor added with a long list that repeats itself.
  Actor b{.name = "B"};
  for (int i = 0; i < 40; ++i) {
    b.affiliations.push_back(
        {.organization = org, .role = absl::StrCat("r", i)});
  }
  b.affiliations.push_back(b.affiliations[30]);
  EXPECT_THAT(
      g.AddActor(b).status(),
      StatusIs(absl::StatusCode::kInvalidArgument,
               HasSubstr("affiliations[40]: repeats affiliations[30]")));
}

}  // namespace
}  // namespace diplograph
