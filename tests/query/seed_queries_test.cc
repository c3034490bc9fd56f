// The seed graph's known answers (the 2024-11-08 report from Beijing),
// asked through the query API.

#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "diplograph/actor_search.h"
#include "diplograph/aggregates.h"
#include "diplograph/as_of.h"
#include "diplograph/centrality.h"
#include "diplograph/graph.h"
#include "diplograph/paths.h"
#include "diplograph/relationship_history.h"
#include "diplograph/statement_query.h"
#include "diplograph/timeline.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "seed_graph.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

class SeedQueriesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(seed::BuildSeedGraph(g_).ok()); }
  ActorId Find(const char* name) {
    absl::StatusOr<ActorId> id = g_.FindActor(name);
    EXPECT_TRUE(id.ok()) << id.status();
    return id.value_or(ActorId());
  }
  // "speaker date: text" for each result, in result order.
  std::vector<std::string> Describe(const StatementQuery& q) {
    std::vector<std::string> out;
    absl::StatusOr<StatementCursor> c = q.Run();
    EXPECT_TRUE(c.ok()) << c.status();
    if (!c.ok()) return out;
    for (StatementId id : *c) out.push_back(Line(id));
    return out;
  }
  std::string Line(StatementId id) {
    const StatementView s = g_.statement(id);
    return g_.actor(s.speaker()).name + " " + s.date().ToString() + ": " +
           std::string(s.text().substr(0, 30));
  }
  StatementId Only(StatementQuery q) {
    absl::StatusOr<StatementPage> p = q.Page(2);
    EXPECT_TRUE(p.ok() && p->ids.size() == 1);
    return p.ok() && !p->ids.empty() ? p->ids[0] : StatementId();
  }

  Graph g_;
};

TEST_F(SeedQueriesTest, ChinaSpeaksThroughItsForeignMinistrySpokesperson) {
  StatementQuery q(g_);
  q.By(Find("China"));
  EXPECT_EQ(q.Count().value_or(99), 0u);
  q.WithAffiliates();
  const std::vector<std::string> said = Describe(q);
  ASSERT_EQ(said.size(), 6u);
  for (const std::string& line : said) {
    EXPECT_THAT(line, ::testing::StartsWith("Mao Ning 2024-11-08: "));
  }
}

TEST_F(SeedQueriesTest, TrumpsUndatedCampaignRemarksDoNotSpeakForTheUS) {
  // Trump's roles are dated; his campaign remarks are not, so they cannot
  // be placed inside a role.
  StatementQuery q(g_);
  q.By(Find("United States")).WithAffiliates();
  EXPECT_EQ(q.Count().value_or(99), 0u);
  StatementQuery own(g_);
  own.By(Find("Trump"));
  EXPECT_EQ(own.Count().value_or(99), 2u);
}

TEST_F(SeedQueriesTest, WhatWasSaidAboutTheUsOnTheDayOfTheBriefing) {
  StatementQuery q(g_);
  q.About(Find("US")).During(*Interval::Parse("2024-11-08"));
  EXPECT_THAT(Describe(q),
              ElementsAre(HasSubstr("the relationship between Russi"),
                          HasSubstr("praised Putin's criticism"),
                          HasSubstr("China always believes")));
}

TEST_F(SeedQueriesTest, PraiseAndCriticismByEventCode) {
  StatementQuery praise(g_);
  praise.EventCode("05*");
  EXPECT_THAT(
      Describe(praise),
      ElementsAre("Donald Trump ?: has good ties with Putin",
                  HasSubstr("Vladimir Putin 2024-11-07: the level of trust"),
                  HasSubstr("Mao Ning 2024-11-08: praised")));
  StatementQuery conflict(g_);
  conflict.InQuadClass(QuadClass::kVerbalConflict);
  EXPECT_THAT(Describe(conflict),
              ElementsAre(HasSubstr("Vladimir Putin 2024-11-07: Regrettably"),
                          HasSubstr("Mao Ning 2024-11-08: China always")));
}

TEST_F(SeedQueriesTest, DualContainmentByLabelAndByText) {
  StatementQuery label(g_);
  label.SupportingRelationship("Dual Deterrence");
  EXPECT_THAT(Describe(label),
              ElementsAre(HasSubstr("Putin 2024-11-07: Regrettably"),
                          HasSubstr("Mao Ning 2024-11-08: praised"),
                          HasSubstr("Mao Ning 2024-11-08: China always")));
  StatementQuery text(g_);
  text.TextContains("DUAL DETERRENCE");
  EXPECT_EQ(Describe(text).size(), 2u);  // Putin's criticism and his proposal
}

TEST_F(SeedQueriesTest, TrumpIsPresidentElectThenPresident) {
  const ActorId trump = Find("Donald Trump");
  const ActorId us = Find("United States");
  auto roles = [&](Date day) {
    std::vector<std::string> out;
    const std::vector<Affiliation> held = *RolesOn(g_, trump, day);
    for (const Affiliation& f : held) {
      out.push_back(f.role + " of " + g_.actor(f.organization).name);
    }
    return out;
  };
  EXPECT_THAT(roles(*Date::FromYearMonthDay(2024, 11, 8)),
              ElementsAre("President-elect of United States"));
  EXPECT_THAT(roles(*Date::FromYearMonthDay(2025, 2, 1)),
              ElementsAre("President of United States"));
  auto members = [&](Date day) {
    std::vector<std::string> out;
    const std::vector<MemberOn> held = *MembersOn(g_, us, day);
    for (const MemberOn& m : held) {
      out.push_back(g_.actor(m.member).name + " " + m.affiliation.role);
    }
    return out;
  };
  EXPECT_THAT(
      members(*Date::FromYearMonthDay(2024, 11, 8)),
      ElementsAre("Donald Trump President-elect", "Joe Biden President"));
  EXPECT_THAT(members(*Date::FromYearMonthDay(2025, 2, 1)),
              ElementsAre("Donald Trump President"));
}

TEST_F(SeedQueriesTest, ChinasHierarchyOnTheDay) {
  std::vector<std::string> out;
  const std::vector<MemberOn> members =
      *MembersOn(g_, Find("China"), *Date::FromYearMonthDay(2024, 11, 8),
                 {.transitive = true});
  for (const MemberOn& m : members) {
    out.push_back(g_.actor(m.member).name + "/" + std::to_string(m.depth));
  }
  EXPECT_THAT(out, ::testing::UnorderedElementsAre(
                       "Ministry of Foreign Affairs (China)/1", "Xi Jinping/1",
                       "Mao Ning/2"));
}

TEST_F(SeedQueriesTest, DualContainmentHistory) {
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      RelationshipHistory h,
      HistoryOf(g_, Find("China"), Find("United States"), "dual containment"));
  ASSERT_EQ(h.relationships.size(), 1u);
  std::vector<std::string> who;
  for (const EvidenceRecord& r : h.supporting) {
    who.push_back(g_.actor(r.speaker).name + " " + r.date.ToString() + " " +
                  std::string(EvidenceRoleName(r.evidence.role)));
  }
  EXPECT_THAT(who, ElementsAre("Vladimir Putin 2024-11-07 asserts",
                               "Mao Ning 2024-11-08 confirms",
                               "Mao Ning 2024-11-08 confirms"));
  EXPECT_TRUE(h.contesting.empty());
}

TEST_F(SeedQueriesTest, ChinaRussiaTimelineWithAffiliates) {
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      PairTimeline t, PairTimeline::Make(g_, Find("China"), Find("Russia"),
                                         Interval(), AffiliateSides::kBoth));
  std::vector<std::string> lines;
  TimelineEntry e;
  while (t.Next(&e)) {
    if (e.kind == TimelineEntryKind::kStatement) {
      lines.push_back(Line(e.statement));
    } else {
      lines.push_back(e.date.ToString() + " " +
                      g_.relationship(e.relationship).key + " " +
                      std::to_string(static_cast<int>(e.kind)));
    }
  }
  EXPECT_THAT(
      lines,
      ElementsAre(
          "2019-06-05 comprehensive strategic partners of coordination for a "
          "new era 1",
          HasSubstr("Putin 2024-11-07: Regrettably"),
          HasSubstr("Putin 2024-11-07: I believe"),
          HasSubstr("Putin 2024-11-07: the level of trust"),
          "2024-11-07 triple cooperation 2",
          "2024-11-07 trust at the highest point in modern history 2",
          HasSubstr("Mao Ning 2024-11-08: the relationship"),
          // About Putin, who speaks for Russia as its President.
          HasSubstr("Mao Ning 2024-11-08: praised Putin"),
          HasSubstr("Mao Ning 2024-11-08: China and Russia"),
          "2024-11-08 comprehensive strategic partners of coordination for a "
          "new era 2"));
}

TEST_F(SeedQueriesTest, MaoNingReachesTrumpThroughPutin) {
  PathOptions opt;
  opt.filter.kinds = EdgeKindMask::kStatement;
  opt.filter.window = *Interval::Parse("2024-11");
  opt.follow_direction = true;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      std::vector<Path> paths,
      ShortestPaths(g_, Find("Mao Ning"), Find("Donald Trump"), opt));
  ASSERT_EQ(paths.size(), 1u);
  EXPECT_THAT(paths[0].actors,
              ElementsAre(Find("Mao Ning"), Find("Putin"), Find("Trump")));
  ASSERT_EQ(paths[0].hops[0].evidence.size(), 1u);
  EXPECT_THAT(Line(paths[0].hops[0].evidence[0].statement()),
              HasSubstr("praised Putin's criticism"));
  EXPECT_EQ(paths[0].hops[1].evidence.size(), 2u);  // attention, dialogue
}

TEST_F(SeedQueriesTest, CentralityInNovember2024) {
  CentralityOptions opt;
  opt.filter.kinds = EdgeKindMask::kStatement;
  opt.filter.window = *Interval::Parse("2024-11");
  const std::vector<ActorCentrality> c = Centrality(g_, opt);
  EXPECT_EQ(c[Find("United States").value].in_degree, 7u);
  EXPECT_EQ(c[Find("Putin").value].out_degree, 13u);
  EXPECT_EQ(c[Find("Mao Ning").value].out_degree, 8u);
  size_t most_spoken_about = 0;
  for (size_t v = 1; v < c.size(); ++v) {
    if (c[v].in_degree > c[most_spoken_about].in_degree) most_spoken_about = v;
  }
  EXPECT_EQ(ActorId(static_cast<uint32_t>(most_spoken_about)),
            Find("United States"));
  // Putin links Trump (whom only he and Peskov speak of) to the rest.
  EXPECT_GT(c[Find("Putin").value].betweenness, 0);
}

TEST_F(SeedQueriesTest, ChinaUsToneOnTheBriefingDay) {
  StatementQuery q(g_);
  q.Between(Find("China"), Find("United States")).WithAffiliates();
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      AggregateTable t,
      Aggregate(q, Period::kDay, GroupBy::kQuadClass,
                WeightTable({{"010", 0.0}, {"051", 3.4}, {"111", -2.0}})));
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].period.ToString(), "2024-11-08");
  EXPECT_EQ(t.rows[0].group.quad_class, QuadClass::kVerbalCooperation);
  EXPECT_EQ(t.rows[0].count, 2u);
  EXPECT_DOUBLE_EQ(t.rows[0].weighted_sum, 3.4);
  EXPECT_EQ(t.rows[1].group.quad_class, QuadClass::kVerbalConflict);
  EXPECT_EQ(t.rows[1].count, 1u);
  EXPECT_DOUBLE_EQ(t.rows[1].weighted_sum, -2.0);
  EXPECT_EQ(t.unplaced, 0u);
}

TEST_F(SeedQueriesTest, ComponentsOfNovemberStatements) {
  NetworkFilter f;
  f.kinds = EdgeKindMask::kStatement;
  f.window = *Interval::Parse("2024-11");
  const Components parts = ConnectedComponents(g_, f);
  auto part = [&](const char* name) {
    return parts.component_of[Find(name).value];
  };
  EXPECT_EQ(part("Mao Ning"), part("Putin"));
  EXPECT_EQ(part("Peskov"), part("Trump"));
  EXPECT_EQ(part("Mao Ning"), part("Trump"));
  EXPECT_NE(part("Xi Jinping"), part("Mao Ning"));
  EXPECT_NE(part("Joe Biden"), part("Xi Jinping"));
  // Everyone with affiliations and relationships too: one component.
  EXPECT_EQ(ConnectedComponents(g_).count, 1u);
}

}  // namespace
}  // namespace diplograph

namespace diplograph {
namespace {

TEST(SeedSearchTest, WordsOfNamesAndAliasesFindTheirActors) {
  Graph g;
  ASSERT_TRUE(seed::BuildSeedGraph(g).ok());
  const ActorSearchIndex index(g);
  std::vector<std::string> names;
  for (const ActorMatch& m : index.Search("foreign ministry")) {
    names.push_back(g.actor(m.actor).name);
  }
  ASSERT_FALSE(names.empty());
  EXPECT_EQ(names[0], "Ministry of Foreign Affairs (China)");
  const std::vector<ActorMatch> putin = index.Search("vlad");
  ASSERT_EQ(putin.size(), 1u);
  EXPECT_EQ(putin[0].actor, *g.FindActor("Vladimir Putin"));
}

}  // namespace
}  // namespace diplograph
