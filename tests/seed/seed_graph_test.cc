// The seed graph's facts, checked one by one against what the 2024-11-08
// report says (and, for direct quotes, against the report's text itself).

#include "seed_graph.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "boost/graph/breadth_first_search.hpp"
#include "diplograph/diplograph.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;
using ::diplograph::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

class SeedGraphTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_THAT(seed::BuildSeedGraph(graph_), IsOk()); }

  ActorId Find(absl::string_view name) {
    absl::StatusOr<ActorId> id = graph_.FindActor(name);
    EXPECT_TRUE(id.ok()) << id.status();
    return id.value_or(ActorId());
  }

  // The statement of `speaker` whose text contains `fragment`.
  StatementId StatementWith(ActorId speaker, absl::string_view fragment) {
    for (StatementId id : graph_.StatementsBy(speaker)) {
      if (absl::StrContains(graph_.statement(id).text(), fragment)) return id;
    }
    ADD_FAILURE() << "no statement containing \"" << fragment << "\"";
    return StatementId();
  }

  std::vector<std::string> RolesOn(ActorId actor, Date day) {
    std::vector<std::string> roles;
    const std::vector<Affiliation> held =
        *diplograph::RolesOn(graph_, actor, day);
    for (const Affiliation& f : held) {
      roles.push_back(f.role + " of " + graph_.actor(f.organization).name);
    }
    return roles;
  }

  Graph graph_;
};

TEST_F(SeedGraphTest, Counts) {
  EXPECT_EQ(graph_.actor_count(), 13u);
  EXPECT_EQ(graph_.statement_count(), 14u);
  EXPECT_EQ(graph_.relationship_count(), 8u);
  EXPECT_EQ(graph_.event_count(), 2u);
  EXPECT_EQ(graph_.source_count(), 1u);
}

TEST_F(SeedGraphTest, AliasesFindTheSameActor) {
  EXPECT_EQ(Find("Ning"), Find("Mao Ning"));
  EXPECT_EQ(Find("putin"), Find("Vladimir Putin"));
  EXPECT_EQ(Find("US"), Find("United States"));
  EXPECT_EQ(Find("Washington"), Find("United States"));
  EXPECT_EQ(Find("Foreign Ministry"),
            Find("Ministry of Foreign Affairs (China)"));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId china, graph_.FindActorByIso3("CHN"));
  EXPECT_EQ(china, Find("China"));
}

TEST_F(SeedGraphTest, MaoNingSpeaksForTheForeignMinistryOfChina) {
  const ActorId mao = Find("Mao Ning");
  const ActorId mfa = Find("Foreign Ministry");
  EXPECT_EQ(graph_.actor(mao).kind, ActorKind::kPerson);
  EXPECT_THAT(
      RolesOn(mao, *Date::FromYearMonthDay(2024, 11, 8)),
      ElementsAre("spokesperson of Ministry of Foreign Affairs (China)"));
  EXPECT_THAT(RolesOn(mfa, *Date::FromYearMonthDay(2024, 11, 8)),
              ElementsAre("foreign ministry of China"));
  EXPECT_THAT(graph_.MembersOf(Find("China")), ::testing::Contains(mfa));
}

TEST_F(SeedGraphTest, TrumpAndBidenRolesAreTimeBounded) {
  const ActorId trump = Find("Donald Trump");
  const ActorId biden = Find("Joe Biden");
  EXPECT_THAT(RolesOn(trump, *Date::FromYearMonthDay(2024, 11, 8)),
              ElementsAre("President-elect of United States"));
  EXPECT_THAT(RolesOn(trump, *Date::FromYearMonthDay(2025, 1, 19)),
              ElementsAre("President-elect of United States"));
  EXPECT_THAT(RolesOn(trump, *Date::FromYearMonthDay(2025, 1, 20)),
              ElementsAre("President of United States"));
  EXPECT_THAT(RolesOn(trump, *Date::FromYearMonthDay(2025, 2, 1)),
              ElementsAre("President of United States"));
  EXPECT_THAT(RolesOn(biden, *Date::FromYearMonthDay(2024, 11, 8)),
              ElementsAre("President of United States"));
  EXPECT_THAT(RolesOn(biden, *Date::FromYearMonthDay(2025, 2, 1)),
              ::testing::IsEmpty());
}

TEST_F(SeedGraphTest, ChinaAndRussiaAreComprehensiveStrategicPartners) {
  const ActorId china = Find("China");
  const ActorId russia = Find("Russia");
  const ActorId mao = Find("Mao Ning");
  std::vector<const Relationship*> found;
  for (RelationshipId id : graph_.RelationshipsOf(china)) {
    const Relationship& r = graph_.relationship(id);
    if (r.key ==
        "comprehensive strategic partners of coordination for a new era") {
      found.push_back(&r);
    }
  }
  ASSERT_EQ(found.size(), 1u);
  const Relationship& r = *found[0];
  EXPECT_THAT((std::vector<ActorId>{r.from, r.to}),
              UnorderedElementsAre(china, russia));
  EXPECT_FALSE(r.directed);
  EXPECT_EQ(r.polarity, Polarity::kCooperative);
  ASSERT_EQ(r.evidence.size(), 1u);
  EXPECT_EQ(r.evidence[0].role, EvidenceRole::kAsserts);
  const StatementView s = graph_.statement(r.evidence[0].statement);
  EXPECT_EQ(s.speaker(), mao);
  EXPECT_EQ(s.date().ToString(), "2024-11-08");
  EXPECT_EQ(s.channel(), "regular press briefing");
  EXPECT_EQ(s.quote(), QuoteKind::kDirectQuote);
  EXPECT_THAT(std::string(s.text()),
              HasSubstr("comprehensive strategic partners of coordination for "
                        "a new era"));
}

TEST_F(SeedGraphTest, DualContainmentIsAssertedByPutinAndEndorsedByMaoNing) {
  const ActorId us = Find("United States");
  const ActorId putin = Find("Putin");
  const ActorId mao = Find("Mao Ning");
  std::vector<ActorId> targets;
  for (RelationshipId id : graph_.RelationshipsOf(us)) {
    const Relationship& r = graph_.relationship(id);
    if (r.key != "dual containment") continue;
    EXPECT_TRUE(r.directed);
    EXPECT_EQ(r.from, us);
    EXPECT_EQ(r.polarity, Polarity::kConflictual);
    EXPECT_THAT(r.label_variants, ElementsAre("dual deterrence"));
    targets.push_back(r.to);
    std::vector<std::pair<ActorId, EvidenceRole>> who;
    for (const Evidence& e : r.evidence) {
      who.emplace_back(graph_.statement(e.statement).speaker(), e.role);
    }
    EXPECT_THAT(who,
                UnorderedElementsAre(std::pair(putin, EvidenceRole::kAsserts),
                                     std::pair(mao, EvidenceRole::kConfirms),
                                     std::pair(mao, EvidenceRole::kConfirms)));
  }
  EXPECT_THAT(targets, UnorderedElementsAre(Find("China"), Find("Russia")));
}

TEST_F(SeedGraphTest, PutinProposesTripleCooperation) {
  const ActorId putin = Find("Putin");
  int proposals = 0;
  for (uint32_t i = 0; i < graph_.relationship_count(); ++i) {
    const Relationship& r = graph_.relationship(RelationshipId(i));
    if (r.key != "triple cooperation") continue;
    ++proposals;
    ASSERT_EQ(r.evidence.size(), 1u);
    EXPECT_EQ(r.evidence[0].role, EvidenceRole::kProposes);
    EXPECT_EQ(graph_.statement(r.evidence[0].statement).speaker(), putin);
  }
  EXPECT_EQ(proposals, 3);  // US-Russia, US-China, Russia-China
}

TEST_F(SeedGraphTest, PutinsRemarksWereRelayedByTass) {
  const ActorId putin = Find("Putin");
  const ActorId tass = Find("TASS");
  EXPECT_EQ(graph_.actor(tass).kind, ActorKind::kMediaOutlet);
  const StatementId deterrence = StatementWith(putin, "dual deterrence. In");
  const StatementView s = graph_.statement(deterrence);
  EXPECT_EQ(s.location(), "Sochi");
  EXPECT_THAT(s.reported_by(),
              ElementsAre(Report{tass, ReportKind::kReported}));
  EXPECT_EQ(s.event_type().code, "111");
  const StatementView trust =
      graph_.statement(StatementWith(putin, "highest point in modern history"));
  EXPECT_EQ(trust.quote(), QuoteKind::kParaphrase);
  EXPECT_THAT(trust.reported_by(),
              ElementsAre(Report{tass, ReportKind::kQuoted}));
}

TEST_F(SeedGraphTest, MaoNingsPraiseIsAStatementAboutPutinsStatement) {
  const ActorId putin = Find("Putin");
  const ActorId mao = Find("Mao Ning");
  const StatementId deterrence = StatementWith(putin, "dual deterrence. In");
  const StatementId praise = StatementWith(mao, "praised Putin's criticism");
  const StatementView p = graph_.statement(praise);
  EXPECT_EQ(p.event_type().code, "051");
  EXPECT_THAT(p.links(), ElementsAre(StatementLink{deterrence,
                                                   StatementLinkKind::kRefersTo,
                                                   Polarity::kCooperative}));
  EXPECT_THAT(graph_.LinksTo(deterrence), ::testing::Contains(praise));
  // Mao Ning's "a matter between the two countries" answers Putin.
  const StatementId matter = StatementWith(mao, "a matter between");
  std::vector<ActorId> answered;
  for (const StatementLink& l : graph_.statement(matter).links()) {
    EXPECT_EQ(l.kind, StatementLinkKind::kRespondsTo);
    answered.push_back(graph_.statement(l.statement).speaker());
  }
  EXPECT_THAT(answered, ElementsAre(putin, putin));
}

TEST_F(SeedGraphTest, StatementsByASpeakerAreInDateOrder) {
  const ActorId putin = Find("Putin");
  const ActorId mao = Find("Mao Ning");
  EXPECT_EQ(graph_.StatementsBy(putin).size(), 5u);
  EXPECT_EQ(graph_.StatementsBy(mao).size(), 6u);
  // Statements about Russia: Putin's (2024-11-07) come before Mao Ning's.
  Date previous;
  for (StatementId id : graph_.StatementsAbout(Find("Russia"))) {
    EXPECT_LE(previous, graph_.statement(id).date());
    previous = graph_.statement(id).date();
  }
}

TEST_F(SeedGraphTest, StatementEdgesLinkMaoNingToPutinInOneHop) {
  std::shared_ptr<const ActorNetwork> net = NetworkOf(graph_);
  NetworkFilter filter;
  filter.kinds = EdgeKindMask::kStatement;
  auto view = FilterNetwork(net->directed(), filter);
  const ActorId mao = Find("Mao Ning");
  const ActorId putin = Find("Putin");
  std::vector<int> distance(boost::num_vertices(net->directed()), -1);
  distance[VertexOf(mao)] = 0;
  boost::breadth_first_search(
      view, VertexOf(mao),
      boost::visitor(boost::make_bfs_visitor(
          boost::record_distances(distance.data(), boost::on_tree_edge()))));
  EXPECT_EQ(distance[VertexOf(putin)], 1);
  std::vector<StatementId> justifying;
  for (auto e :
       boost::make_iterator_range(boost::out_edges(VertexOf(mao), view))) {
    if (boost::target(e, view) == VertexOf(putin)) {
      justifying.push_back(net->directed()[e].statement());
    }
  }
  EXPECT_THAT(justifying,
              ElementsAre(StatementWith(mao, "praised Putin's criticism")));
}

TEST_F(SeedGraphTest, TrumpTakesOfficeOnInaugurationDay) {
  const ActorId trump = Find("Trump");
  std::vector<std::string> events;
  for (EventId id : graph_.EventsOf(trump)) {
    events.push_back(graph_.event(id).date.ToString());
  }
  EXPECT_THAT(events, ElementsAre("2024-11-05", "2025-01-20"));
}

TEST_F(SeedGraphTest, EveryDirectQuoteStandsInTheReport) {
  const std::string path =
      std::string(DIPLOGRAPH_SHARED_DATA_DIR) + "/" + seed::kArticleLocator;
  std::ifstream in(path, std::ios::binary);
  if (!in) GTEST_SKIP() << "the report is not at " << path;
  std::stringstream text;
  text << in.rdbuf();
  int quotes = 0;
  for (uint32_t i = 0; i < graph_.statement_count(); ++i) {
    const StatementView s = graph_.statement(StatementId(i));
    if (s.quote() != QuoteKind::kDirectQuote) continue;
    ++quotes;
    EXPECT_TRUE(absl::StrContains(text.str(), s.text()))
        << "not in the report: \"" << s.text() << "\"";
  }
  EXPECT_EQ(quotes, 8);
}

TEST_F(SeedGraphTest, BuildingTwiceFailsAndChangesNothing) {
  const size_t actors = graph_.actor_count();
  const size_t statements = graph_.statement_count();
  EXPECT_THAT(seed::BuildSeedGraph(graph_),
              StatusIs(absl::StatusCode::kAlreadyExists, HasSubstr("China")));
  EXPECT_EQ(graph_.actor_count(), actors);
  EXPECT_EQ(graph_.statement_count(), statements);
}

}  // namespace
}  // namespace diplograph
