#include "diplograph/as_of.h"

#include <cstdint>
#include <random>
#include <vector>

#include "absl/time/civil_time.h"
#include "diplograph/graph.h"
#include "gtest/gtest.h"
#include "query/random_graph.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::StatusIs;

class AsOfOracleTest : public ::testing::TestWithParam<uint32_t> {};

TEST_P(AsOfOracleTest, RandomDaysMatchAPlainScan) {
  Graph g;
  testing::RandomGraphOptions opt;
  opt.statements = 50;
  opt.relationships = 200;
  testing::BuildRandomGraph(GetParam(), &g, opt);
  std::mt19937 rng(GetParam() + 81);
  const uint32_t n = static_cast<uint32_t>(g.actor_count());
  size_t members_found = 0;
  for (int i = 0; i < 300; ++i) {
    const Date day = Date::FromYearMonthDay(testing::kFirstYear - 1, 1, 1)
                         ->PlusDays(static_cast<int>(rng() % (6 * 366)));
    const ActorId a(rng() % n);
    std::vector<RelationshipId> all, mine;
    for (uint32_t k = 0; k < g.relationship_count(); ++k) {
      const Relationship& r = g.relationship(RelationshipId(k));
      if (!r.valid.Contains(day)) continue;
      all.push_back(RelationshipId(k));
      if (r.from == a || r.to == a) mine.push_back(RelationshipId(k));
    }
    EXPECT_EQ(RelationshipsOn(g, day), all);
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(std::vector<RelationshipId> got,
                                    RelationshipsOn(g, a, day));
    EXPECT_EQ(got, mine);

    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(std::vector<Affiliation> roles,
                                    RolesOn(g, a, day));
    std::vector<Affiliation> want_roles;
    for (const Affiliation& f : g.actor(a).affiliations) {
      if (f.valid.Contains(day)) want_roles.push_back(f);
    }
    EXPECT_EQ(roles, want_roles);

    const bool transitive = rng() % 2;
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
        std::vector<MemberOn> members,
        MembersOn(g, a, day, {.transitive = transitive}));
    std::vector<ActorId> want_members;
    for (uint32_t m = 0; m < n; ++m) {
      if (ActorId(m) == a) continue;
      bool in = false;
      if (transitive) {
        in = testing::OracleAffiliatedOn(g, ActorId(m), a, day);
      } else {
        for (const Affiliation& f : g.actor(ActorId(m)).affiliations) {
          in = in || (f.organization == a && f.valid.Contains(day));
        }
      }
      if (in) want_members.push_back(ActorId(m));
    }
    std::vector<ActorId> got_members;
    for (const MemberOn& m : members) {
      got_members.push_back(m.member);
      EXPECT_TRUE(m.affiliation.valid.Contains(day));
      if (!transitive) {
        EXPECT_EQ(m.depth, 1);
      }
    }
    for (size_t k = 1; k < members.size(); ++k) {
      EXPECT_LE(members[k - 1].depth, members[k].depth);
    }
    std::sort(got_members.begin(), got_members.end());
    EXPECT_EQ(got_members, want_members);
    members_found += members.size();
  }
  EXPECT_GT(members_found, 10u);
}

INSTANTIATE_TEST_SUITE_P(Seeds, AsOfOracleTest, ::testing::Values(51u, 52u));

TEST(AsOfTest, UnknownActorsAreNotFound) {
  Graph g;
  const Date day = *Date::Parse("2024-01-01");
  EXPECT_THAT(RolesOn(g, ActorId(0), day),
              StatusIs(absl::StatusCode::kNotFound, ::testing::_));
  EXPECT_THAT(MembersOn(g, ActorId(), day),
              StatusIs(absl::StatusCode::kNotFound, ::testing::_));
  EXPECT_THAT(RelationshipsOn(g, ActorId(4), day),
              StatusIs(absl::StatusCode::kNotFound, ::testing::_));
  EXPECT_TRUE(RelationshipsOn(g, day).empty());
}

}  // namespace
}  // namespace diplograph
