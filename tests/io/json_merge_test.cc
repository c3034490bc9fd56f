// Loading into a non-empty graph merges: actors matched by ISO code or by
// name/alias, statements already present not added twice, conflicting facts
// reported and never overwritten.

#include <string>

#include "absl/strings/str_cat.h"
#include "diplograph/graph.h"
#include "diplograph/json.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;
using ::diplograph::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

class JsonMergeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    china_ = *g_.AddActor(
        {.name = "China", .kind = ActorKind::kState, .iso3 = "CHN"});
    putin_ = *g_.AddActor({.name = "Vladimir Putin",
                           .kind = ActorKind::kPerson,
                           .aliases = {"Putin"}});
    Statement s;
    s.speaker = putin_;
    s.date = *Date::Parse("2024-11-07");
    s.text = "an old statement";
    said_ = *g_.AddStatement(s);
    g_.AddRelationship({.from = china_, .to = putin_, .label = "friends"})
        .IgnoreError();
  }

  absl::Status Load(const std::string& body, JsonLoadReport* report,
                    JsonLoadOptions options = {}) {
    return LoadJson(absl::StrCat(R"({"format": "diplograph/1", )", body, "}"),
                    "merge.json", g_, options, report);
  }

  Graph g_;
  ActorId china_, putin_;
  StatementId said_;
};

TEST_F(JsonMergeTest, ActorsMatchByIsoCodeAndNewNamesBecomeAliases) {
  JsonLoadReport report;
  ASSERT_THAT(
      Load(R"("actors": [{"id": "x", "name": "People's Republic of China",
                       "kind": "state", "iso3": "CHN", "aliases": ["PRC"]}],
                     "statements": [{"speaker": "x", "text": "new"}])",
           &report),
      IsOk());
  EXPECT_EQ(g_.actor_count(), 2u);
  EXPECT_EQ(report.actors_merged, 1u);
  EXPECT_EQ(report.aliases_added, 2u);
  EXPECT_THAT(g_.actor(china_).aliases,
              ElementsAre("People's Republic of China", "PRC"));
  EXPECT_EQ(g_.statement(StatementId(1)).speaker(), china_);
}

TEST_F(JsonMergeTest, ActorsMatchByNameOrAliasIgnoringCase) {
  JsonLoadReport report;
  ASSERT_THAT(Load(R"("actors": [{"id": "p", "name": "putin", "kind": "person"},
                                 {"id": "q", "name": "V. Putin", "kind": "person",
                                  "aliases": ["Vladimir Putin"]}])",
                   &report),
              IsOk());
  EXPECT_EQ(g_.actor_count(), 2u);
  EXPECT_EQ(report.actors_merged, 2u);
  EXPECT_EQ(report.actors_added, 0u);
  EXPECT_THAT(g_.actor(putin_).aliases, ElementsAre("Putin", "V. Putin"));
}

TEST_F(JsonMergeTest, ConflictingFactsAreReportedNotOverwritten) {
  JsonLoadReport report;
  ASSERT_THAT(g_.CorrectActor(china_, {.cameo_code = "CHNGOV"}), IsOk());
  EXPECT_THAT(
      Load(R"("actors": [{"id": "x", "name": "China", "kind": "person",
                                  "cameo_code": "CHNMIL"}])",
           &report),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("conflict")));
  ASSERT_EQ(report.problems.size(), 2u);
  EXPECT_EQ(report.problems[0].path, "actors[0].kind");
  EXPECT_THAT(report.problems[0].message,
              HasSubstr("is a state, the file says person"));
  EXPECT_EQ(report.problems[1].path, "actors[0].cameo_code");
  EXPECT_EQ(g_.actor(china_).kind, ActorKind::kState);
  EXPECT_EQ(g_.actor(china_).cameo_code, "CHNGOV");

  // An ISO code that another actor of the graph already has.
  EXPECT_FALSE(Load(R"("actors": [{"id": "x", "name": "Vladimir Putin",
                                   "kind": "person", "iso3": "CHN"}])",
                    &report)
                   .ok());
  EXPECT_THAT(report.problems[0].message, HasSubstr("conflict"));
  EXPECT_EQ(g_.actor_count(), 2u);
}

// A field one side leaves empty takes the other side's value; "organization"
// (what importers say of an actor they know nothing more of) counts as empty.
TEST_F(JsonMergeTest, EmptyFieldsAreFilledFromEitherSide) {
  const ActorId org = *g_.AddActor({.name = "Russia"});  // an organization
  JsonLoadReport report;
  ASSERT_THAT(Load(R"("actors": [{"id": "r", "name": "Russia", "kind": "state",
                          "iso3": "RUS", "cameo_code": "RUS"},
                         {"id": "c", "name": "China", "kind": "organization",
                          "cameo_code": "CHN"}])",
                   &report),
              IsOk())
      << report.ToString();
  EXPECT_EQ(report.actor_fields_filled, 4u);
  EXPECT_EQ(g_.actor(org).kind, ActorKind::kState);
  EXPECT_EQ(g_.actor(org).iso3, "RUS");
  EXPECT_EQ(g_.actor(org).cameo_code, "RUS");
  EXPECT_EQ(*g_.FindActorByIso3("RUS"), org);
  EXPECT_EQ(g_.actor(china_).kind, ActorKind::kState);  // kept
  EXPECT_EQ(g_.actor(china_).cameo_code, "CHN");
  EXPECT_EQ(g_.actor_count(), 3u);
}

TEST_F(JsonMergeTest, StatementsAlreadyPresentAreNotAddedTwice) {
  JsonLoadReport report;
  ASSERT_THAT(
      Load(R"("actors": [{"id": "p", "name": "Putin", "kind": "person"}],
                     "statements": [
                       {"id": "old", "speaker": "p", "date": "2024-11-07",
                        "text": "an old statement", "channel": "another channel"},
                       {"speaker": "p", "date": "2024-11-08",
                        "text": "an old statement"},
                       {"speaker": "p", "text": "reply",
                        "links": [{"statement": "old"}]}])",
           &report),
      IsOk());
  EXPECT_EQ(report.statements_merged, 1u);
  EXPECT_EQ(report.statements_added, 2u);
  EXPECT_EQ(g_.statement_count(), 3u);
  // The local id of the duplicate maps to the statement already present.
  EXPECT_EQ(g_.statement(StatementId(2)).links()[0].statement, said_);
}

TEST_F(JsonMergeTest, ExistingRelationshipsGainEvidence) {
  JsonLoadReport report;
  ASSERT_THAT(Load(R"("actors": [{"id": "c", "name": "China", "kind": "state"},
                         {"id": "p", "name": "Putin", "kind": "person"}],
              "statements": [{"id": "s", "speaker": "c", "text": "we are friends"}],
              "relationships": [{"from": "p", "to": "c", "label": "Friends",
                                 "evidence": [{"statement": "s", "role": "confirms"}]}])",
                   &report),
              IsOk());
  EXPECT_EQ(g_.relationship_count(), 1u);
  EXPECT_EQ(report.relationships_merged, 1u);
  ASSERT_EQ(g_.relationship(RelationshipId(0)).evidence.size(), 1u);
  EXPECT_EQ(g_.relationship(RelationshipId(0)).evidence[0].role,
            EvidenceRole::kConfirms);
}

TEST_F(JsonMergeTest, AmbiguousNamesAreReported) {
  g_.AddActor({.name = "Xi", .aliases = {"President"}}).IgnoreError();
  g_.AddActor({.name = "Biden", .aliases = {"President"}}).IgnoreError();
  JsonLoadReport report;
  EXPECT_FALSE(
      Load(R"("actors": [{"id": "x", "name": "President"}])", &report).ok());
  EXPECT_THAT(report.problems[0].message, HasSubstr("several actors"));
  EXPECT_EQ(g_.actor_count(), 4u);
}

TEST_F(JsonMergeTest, AFailedMergeChangesNothing) {
  JsonLoadReport report;
  EXPECT_FALSE(Load(R"("actors": [{"id": "p", "name": "Putin", "kind": "person",
                                   "aliases": ["VVP"]},
                                  {"id": "n", "name": "New"}],
                       "statements": [{"speaker": "p", "date": "2024-13"}])",
                    &report)
                   .ok());
  EXPECT_EQ(g_.actor_count(), 2u);
  EXPECT_THAT(g_.actor(putin_).aliases, ElementsAre("Putin"));
  EXPECT_EQ(g_.statement_count(), 1u);
}

}  // namespace
}  // namespace diplograph
