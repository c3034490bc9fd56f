// With ImportMode::kLenient a record is kept whole or skipped whole: an
// actor whose affiliation cannot be added (known only at the end of the
// file) is skipped with the records that name it, a line with more after
// its record adds nothing, and an actor that conflicts with the graph's
// leaves its id unknown.

#include <sstream>
#include <streambuf>
#include <string>

#include "diplograph/graph.h"
#include "diplograph/json.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;
using ::testing::HasSubstr;

constexpr char kAffiliationLines[] =
    R"({"format":"diplograph/1"}
{"type":"actor","id":"cn","name":"China","kind":"state","iso3":"CHN"}
{"type":"actor","id":"m","name":"Mao Ning","kind":"person","affiliations":[{"organization":"cn","role":"spokesperson"},{"organization":"nowhere","role":"member"}]}
{"type":"statement","speaker":"m","date":"2024-11-08","text":"hello","about":["cn"]}
{"type":"actor","id":"k","name":"Kim","kind":"person","affiliations":[{"organization":"m","role":"aide"}]}
{"type":"statement","speaker":"cn","date":"2024-11-09","text":"kept","about":["cn"]}
)";

JsonLoadOptions Lenient(unsigned threads) {
  JsonLoadOptions o;
  o.mode = ImportMode::kLenient;
  o.threads = threads;
  return o;
}

void ExpectActorSkippedWhole(const Graph& g, const JsonLoadReport& report) {
  EXPECT_EQ(g.actor_count(), 1u);  // China only
  EXPECT_FALSE(g.FindActor("Mao Ning").ok());
  EXPECT_FALSE(g.FindActor("Kim").ok());
  EXPECT_EQ(g.statement_count(), 1u);
  EXPECT_EQ(g.actor(ActorId(0)).affiliations.size(), 0u);
  EXPECT_EQ(report.affiliations_added, 0u);
  // Mao Ning, the statement naming her, and Kim (affiliated to her).
  EXPECT_EQ(report.records_skipped, 3u) << report.ToString();
  ASSERT_EQ(report.problems.size(), 3u) << report.ToString();
  EXPECT_EQ(report.problems[0].line, 3u);
  EXPECT_EQ(report.problems[0].path, "affiliations[1].organization");
  EXPECT_THAT(report.problems[0].message, HasSubstr("\"nowhere\""));
  EXPECT_EQ(report.problems[1].line, 4u);
  EXPECT_EQ(report.problems[1].path, "speaker");
  EXPECT_EQ(report.problems[2].line, 5u);
  EXPECT_EQ(report.problems[2].path, "affiliations[0].organization");
}

TEST(JsonWholeRecordsTest, ActorWithAFailingAffiliationIsSkippedWhole) {
  for (unsigned threads : {1u, 2u}) {
    SCOPED_TRACE(threads);
    {
      Graph g;
      JsonLoadReport report;
      ASSERT_THAT(
          LoadJson(kAffiliationLines, "x.jsonl", g, Lenient(threads), &report),
          IsOk());
      ExpectActorSkippedWhole(g, report);
    }
    {
      Graph g;
      JsonLoadReport report;
      std::istringstream in(kAffiliationLines);
      ASSERT_THAT(LoadJsonLines(in, "x.jsonl", g, Lenient(threads), &report),
                  IsOk());
      ExpectActorSkippedWhole(g, report);
    }
  }
}

TEST(JsonWholeRecordsTest, ActorWithAFailingAffiliationInADocument) {
  constexpr char kDocument[] = R"({"format":"diplograph/1","actors":[
{"id":"cn","name":"China","kind":"state","iso3":"CHN"},
{"id":"m","name":"Mao Ning","kind":"person","affiliations":[{"organization":"nowhere","role":"member"}]},
{"id":"k","name":"Kim","kind":"person","affiliations":[{"organization":"cn","role":"aide"}]}],
"statements":[{"speaker":"m","date":"2024-11-08","text":"hello"}]})";
  Graph g;
  JsonLoadReport report;
  ASSERT_THAT(LoadJson(kDocument, "x.json", g, Lenient(1), &report), IsOk());
  EXPECT_EQ(g.actor_count(), 2u);  // China and Kim
  EXPECT_FALSE(g.FindActor("Mao Ning").ok());
  EXPECT_EQ(g.statement_count(), 0u);
  EXPECT_EQ(report.affiliations_added, 1u);
  EXPECT_EQ(report.records_skipped, 2u) << report.ToString();
  ASSERT_EQ(report.problems.size(), 2u);
  EXPECT_EQ(report.problems[0].path, "actors[1].affiliations[0].organization");
  EXPECT_EQ(report.problems[1].path, "statements[0].speaker");
}

TEST(JsonWholeRecordsTest, StrictModeStillFailsWithTheProblem) {
  Graph g;
  JsonLoadReport report;
  EXPECT_FALSE(LoadJson(kAffiliationLines, "x.jsonl", g, {}, &report).ok());
  EXPECT_EQ(g.actor_count(), 0u);
  ASSERT_FALSE(report.problems.empty());
  EXPECT_THAT(report.problems[0].message, HasSubstr("\"nowhere\""));
}

// A stream that cannot seek (as a pipe).
class NoSeekBuffer : public std::streambuf {
 public:
  explicit NoSeekBuffer(std::string text) : text_(std::move(text)) {
    setg(text_.data(), text_.data(), text_.data() + text_.size());
  }

 private:
  std::string text_;
};

TEST(JsonWholeRecordsTest, AStreamThatCannotBeReadAgainFailsTheLoad) {
  for (unsigned threads : {1u, 2u}) {
    NoSeekBuffer buffer(kAffiliationLines);
    std::istream in(&buffer);
    Graph g;
    JsonLoadReport report;
    EXPECT_FALSE(LoadJsonLines(in, "pipe", g, Lenient(threads), &report).ok());
    EXPECT_EQ(g.actor_count(), 0u);
  }
}

TEST(JsonWholeRecordsTest, ALineWithMoreAfterItsRecordAddsNothing) {
  const std::string text =
      "{\"format\":\"diplograph/1\"}\n"
      R"({"type":"actor","id":"t","name":"T","kind":"state"} {"x":1})"
      "\n"
      R"({"type":"actor","id":"u","name":"U","kind":"state"})"
      "\n";
  for (unsigned threads : {1u, 2u}) {
    Graph g;
    JsonLoadReport report;
    ASSERT_THAT(LoadJson(text, "x.jsonl", g, Lenient(threads), &report),
                IsOk());
    EXPECT_EQ(g.actor_count(), 1u);
    EXPECT_FALSE(g.FindActor("T").ok());
    EXPECT_EQ(report.actors_added, 1u);
    EXPECT_EQ(report.records_skipped, 1u);
  }
}

TEST(JsonWholeRecordsTest, AnActorInConflictLeavesItsIdUnknown) {
  const std::string text =
      "{\"format\":\"diplograph/1\"}\n"
      R"({"type":"actor","id":"c","name":"China","kind":"person"})"
      "\n"
      R"({"type":"statement","speaker":"c","date":"2024-01-01","text":"x"})"
      "\n";
  for (unsigned threads : {1u, 2u}) {
    Graph g;
    ASSERT_THAT(
        g.AddActor({.name = "China", .kind = ActorKind::kState, .iso3 = "CHN"})
            .status(),
        IsOk());
    JsonLoadReport report;
    ASSERT_THAT(LoadJson(text, "x.jsonl", g, Lenient(threads), &report),
                IsOk());
    EXPECT_EQ(g.statement_count(), 0u);
    EXPECT_EQ(report.records_skipped, 2u) << report.ToString();
    EXPECT_EQ(report.actors_merged, 0u);
  }
}

TEST(JsonWholeRecordsTest, ARelationshipMergesAllItsEvidenceOrNone) {
  const std::string first =
      "{\"format\":\"diplograph/1\"}\n"
      R"({"type":"actor","id":"a","name":"A","kind":"state"})"
      "\n"
      R"({"type":"actor","id":"b","name":"B","kind":"state"})"
      "\n"
      R"({"type":"statement","id":"s1","speaker":"a","date":"2024-01-01","text":"one"})"
      "\n"
      R"({"type":"relationship","from":"a","to":"b","label":"rivals","evidence":[{"statement":"s1"}]})"
      "\n";
  const std::string second =
      "{\"format\":\"diplograph/1\"}\n"
      R"({"type":"statement","id":"s2","speaker":"A","date":"2024-01-02","text":"two"})"
      "\n"
      R"({"type":"relationship","from":"A","to":"B","label":"rivals","evidence":[{"statement":"s2"},{"role":"asserts"}]})"
      "\n";
  for (unsigned threads : {1u, 2u}) {
    Graph g;
    ASSERT_THAT(LoadJson(first, "first.jsonl", g), IsOk());
    JsonLoadOptions options = Lenient(threads);
    options.check_schema = false;  // the loader's own check
    JsonLoadReport report;
    ASSERT_THAT(LoadJson(second, "second.jsonl", g, options, &report), IsOk());
    EXPECT_EQ(g.statement_count(), 2u);
    EXPECT_EQ(g.relationship(RelationshipId(0)).evidence.size(), 1u);
    EXPECT_EQ(report.evidence_added, 0u);
    EXPECT_EQ(report.relationships_merged, 0u);
    EXPECT_EQ(report.records_skipped, 1u) << report.ToString();
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].path, "evidence[1]");
  }
}

}  // namespace
}  // namespace diplograph
