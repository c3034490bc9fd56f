// Joint statements and further mentions in the diplograph/1 format: read,
// written back, checked with located problems, and merged into a graph that
// holds the statement already.

#include <sstream>
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
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr char kHead[] = R"json({
  "format": "diplograph/1",
  "actors": [
    {"id": "cn", "name": "China", "kind": "state"},
    {"id": "ru", "name": "Russia", "kind": "state"},
    {"id": "tass", "name": "TASS", "kind": "media_outlet"}
  ],
  "sources": [
    {"id": "d1", "title": "first"},
    {"id": "d2", "title": "second"}
  ],
)json";

std::string Doc(const std::string& statements) {
  return absl::StrCat(kHead, R"("statements": [)", statements, "]}");
}

constexpr char kJoint[] = R"json(
  {"id": "s1", "speaker": "cn", "co_speakers": ["ru"], "date": "2024-05-16",
   "text": "a joint statement", "source": "d1", "span": {"begin": 1, "end": 9},
   "mentions": [{"source": "d2", "span": {"begin": 30, "end": 47},
                 "reported_by": [{"outlet": "tass", "kind": "quoted"}]},
                {"source": "d1", "span": {"begin": 100, "end": 120}}]})json";

TEST(JsonJointTest, ReadsAndWritesCoSpeakersAndMentions) {
  Graph g;
  JsonLoadReport report;
  ASSERT_THAT(LoadJson(Doc(kJoint), "joint.json", g, {}, &report), IsOk())
      << report.ToString();
  const StatementView s = g.statement(StatementId(0));
  EXPECT_THAT(s.co_speakers(), ElementsAre(ActorId(1)));
  EXPECT_THAT(
      s.mentions(),
      ElementsAre(
          StatementMention{.source = SourceId(1),
                           .span = TextSpan{30, 47},
                           .reported_by = {{.outlet = ActorId(2),
                                            .kind = ReportKind::kQuoted}}},
          StatementMention{.source = SourceId(0), .span = TextSpan{100, 120}}));
  const std::string out = ToJson(g);
  EXPECT_THAT(out, HasSubstr("\"co_speakers\""));
  EXPECT_THAT(out, HasSubstr("\"mentions\""));
  Graph again;
  ASSERT_THAT(LoadJson(out, "out.json", again), IsOk());
  EXPECT_EQ(again.statement(StatementId(0)).ToStatement(), s.ToStatement());
  // JSON Lines as well.
  const std::string lines = ToJson(g, {.layout = JsonLayout::kLines});
  Graph from_lines;
  std::istringstream in(lines);
  ASSERT_THAT(LoadJsonLines(in, "out.jsonl", from_lines), IsOk());
  EXPECT_EQ(from_lines.statement(StatementId(0)).ToStatement(),
            s.ToStatement());
}

TEST(JsonJointTest, StatementsWithoutThemWriteNoNewFields) {
  Graph g;
  ASSERT_THAT(
      LoadJson(Doc(R"({"speaker": "cn", "source": "d1"})"), "x.json", g),
      IsOk());
  const std::string out = ToJson(g);
  EXPECT_THAT(out, Not(HasSubstr("co_speakers")));
  EXPECT_THAT(out, Not(HasSubstr("mentions")));
}

TEST(JsonJointTest, ProblemsNameTheNestedField) {
  struct Case {
    const char* statement;
    const char* path;
    const char* message;
  };
  const Case cases[] = {
      {R"({"speaker": "cn", "co_speakers": ["cn"]})", "statements[0]",
       "co_speakers[0]: actor#0 \"China\" is the speaker"},
      {R"({"speaker": "cn", "co_speakers": ["nobody"]})",
       "statements[0].co_speakers[0]", "no actor"},
      {R"({"speaker": "cn", "mentions": [{"span": {"begin": 1, "end": 2}}]})",
       "statements[0].mentions[0]", "missing \"source\""},
      {R"({"speaker": "cn", "mentions": [{"source": "d1", "span": {"begin": 1}}]})",
       "statements[0].mentions[0].span", "needs both"},
      {R"({"speaker": "cn", "mentions": [{"source": "d1",
           "reported_by": [{"outlet": "tass"}, {"outlet": "zz"}]}]})",
       "statements[0].mentions[0].reported_by[1].outlet", "no actor"},
      {R"({"speaker": "cn", "mentions": [{"source": "d1", "page": 3}]})",
       "statements[0].mentions[0].page", "unknown member"},
      {R"({"speaker": "cn", "source": "d1", "mentions": [{"source": "d1"}]})",
       "statements[0]", "repeats the statement's own"},
  };
  for (const Case& c : cases) {
    Graph g;
    JsonLoadReport report;
    EXPECT_THAT(LoadJson(Doc(c.statement), "bad.json", g, {}, &report),
                Not(IsOk()))
        << c.statement;
    ASSERT_FALSE(report.problems.empty()) << c.statement;
    EXPECT_EQ(report.problems[0].path, c.path) << c.statement;
    EXPECT_THAT(report.problems[0].message, HasSubstr(c.message))
        << c.statement;
    EXPECT_EQ(g.actor_count(), 0u);
  }
}

TEST(JsonJointTest, MergingAStatementAddsItsDocumentsAsMentions) {
  Graph g;
  ASSERT_THAT(LoadJson(Doc(R"({"speaker": "cn", "date": "2024-05-16",
                               "text": "same words", "source": "d1"})"),
                       "first.json", g),
              IsOk());
  // The same statement from another document, with a further mention.
  JsonLoadReport report;
  const std::string second = R"json({
    "format": "diplograph/1",
    "actors": [{"id": "c", "name": "China", "kind": "state"},
               {"id": "t", "name": "TASS", "kind": "media_outlet"}],
    "sources": [{"id": "o", "title": "other"}, {"id": "f", "title": "first"}],
    "statements": [
      {"speaker": "c", "date": "2024-05-16", "text": "same words",
       "source": "o", "reported_by": [{"outlet": "t"}],
       "mentions": [{"source": "f"}, {"source": "o", "span": {"begin": 4, "end": 8}}]}
    ]})json";
  ASSERT_THAT(LoadJson(second, "second.json", g, {}, &report), IsOk())
      << report.ToString();
  EXPECT_EQ(g.statement_count(), 1u);
  EXPECT_EQ(report.statements_merged, 1u);
  EXPECT_EQ(report.mentions_added, 2u);  // "f" is the statement's own source
  EXPECT_THAT(
      g.statement(StatementId(0)).mentions(),
      ElementsAre(
          StatementMention{.source = SourceId(2),
                           .reported_by = {{.outlet = ActorId(2)}}},
          StatementMention{.source = SourceId(2), .span = TextSpan{4, 8}}));
  // Loading it again adds nothing.
  JsonLoadReport again;
  ASSERT_THAT(LoadJson(second, "second.json", g, {}, &again), IsOk());
  EXPECT_EQ(again.mentions_added, 0u);
  EXPECT_EQ(g.statement(StatementId(0)).mentions().size(), 2u);
}

}  // namespace
}  // namespace diplograph
