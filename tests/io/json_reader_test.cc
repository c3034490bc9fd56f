// The whole-document reader: records, references, precise problem reports,
// all-or-nothing loads and the skip-bad-records mode.

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

constexpr char kGood[] = R"json({
  "format": "diplograph/1",
  "actors": [
    {"id": "cn", "name": "China", "kind": "state", "iso3": "CHN"},
    {"id": "mfa", "name": "Ministry of Foreign Affairs (China)",
     "affiliations": [{"organization": "cn", "role": "part of"}]},
    {"id": "mao", "name": "Mao Ning", "kind": "person", "aliases": ["Ning"],
     "affiliations": [{"organization": "mfa", "role": "spokesperson",
                       "valid": "2022-09/.."}]},
    {"id": "ru", "name": "Russia", "kind": "state", "iso3": "RUS"},
    {"id": "tass", "name": "TASS", "kind": "media_outlet"}
  ],
  "sources": [
    {"id": "art", "title": "China on US-Russia ties", "outlet": "tass",
     "date": "2024-11-08", "locator": "articles/a.txt"}
  ],
  "statements": [
    {"id": "s1", "speaker": "mao", "date": "2024-11-08",
     "text": "a matter between the two countries", "quote": "direct_quote",
     "channel": "regular press briefing", "source": "art",
     "span": {"begin": 10, "end": 42},
     "reported_by": [{"outlet": "tass", "kind": "quoted"}],
     "about": ["ru", "USA"], "topics": ["Russia-US relations"],
     "event_type": {"code": "010", "name": "Make statement"},
     "stances": [{"target": "ru", "polarity": "cooperative"}]},
    {"id": "s2", "speaker": "Mao Ning", "date": "2024-11",
     "links": [{"statement": "s1", "kind": "refers_to", "stance": "cooperative"}]}
  ],
  "relationships": [
    {"from": "cn", "to": "RUS", "label": "strategic partners",
     "polarity": "cooperative", "valid": "2019/..",
     "evidence": [{"statement": "s1", "role": "asserts"}, {"source": "art"}]}
  ],
  "events": [
    {"label": "Briefing", "date": "2024-11-08", "participants": ["mao"],
     "event_type": {"code": "010"}, "source": "art"}
  ]
})json";

// A graph holding the United States, which kGood refers to by ISO code.
Graph GraphWithUsa() {
  Graph g;
  g.AddActor(
       {.name = "United States", .kind = ActorKind::kState, .iso3 = "USA"})
      .IgnoreError();
  return g;
}

TEST(JsonReaderTest, LoadsEveryRecordAndField) {
  Graph g = GraphWithUsa();
  JsonLoadReport report;
  ASSERT_THAT(LoadJson(kGood, "good.json", g, {}, &report), IsOk());
  EXPECT_EQ(report.actors_added, 5u);
  EXPECT_EQ(report.statements_added, 2u);
  EXPECT_EQ(report.affiliations_added, 2u);
  EXPECT_EQ(g.actor_count(), 6u);
  const ActorId mao = *g.FindActor("ning");
  ASSERT_EQ(g.actor(mao).affiliations.size(), 1u);
  EXPECT_EQ(g.actor(mao).affiliations[0].role, "spokesperson");
  EXPECT_EQ(g.actor(mao).affiliations[0].valid.ToString(), "2022-09/..");

  const Statement s = g.statement(StatementId(0)).ToStatement();
  EXPECT_EQ(s.speaker, mao);
  EXPECT_EQ(s.date.ToString(), "2024-11-08");
  EXPECT_EQ(s.quote, QuoteKind::kDirectQuote);
  EXPECT_EQ(s.channel, "regular press briefing");
  ASSERT_TRUE(s.span.has_value());
  EXPECT_EQ(s.span->end, 42u);
  ASSERT_EQ(s.reported_by.size(), 1u);
  EXPECT_EQ(s.reported_by[0].kind, ReportKind::kQuoted);
  EXPECT_THAT(s.about, ElementsAre(*g.FindActor("Russia"), ActorId(0)));
  EXPECT_EQ(s.event_type.code, "010");
  ASSERT_EQ(s.stances.size(), 1u);
  EXPECT_EQ(s.stances[0].polarity, Polarity::kCooperative);

  const Statement s2 = g.statement(StatementId(1)).ToStatement();
  ASSERT_EQ(s2.links.size(), 1u);
  EXPECT_EQ(s2.links[0].statement, StatementId(0));
  EXPECT_EQ(s2.links[0].kind, StatementLinkKind::kRefersTo);

  const Relationship& r = g.relationship(RelationshipId(0));
  EXPECT_EQ(r.key, "strategic partners");
  EXPECT_EQ(r.evidence.size(), 2u);
  EXPECT_EQ(g.event(EventId(0)).participants, std::vector<ActorId>{mao});
}

TEST(JsonReaderTest, ProblemsNameFileLineColumnAndPath) {
  Graph g;
  JsonLoadReport report;
  const char* text = R"({"format": "diplograph/1",
"actors": [{"id": "a", "name": "A"}],
"statements": [
  {"speaker": "a", "date": "2024-02-30"},
  {"speaker": "nobody"}
]})";
  EXPECT_THAT(LoadJson(text, "bad.json", g, {}, &report),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("bad.json:4:28: statements[0].date:")));
  ASSERT_EQ(report.problems.size(), 2u);
  EXPECT_EQ(report.problems[0].path, "statements[0].date");
  EXPECT_THAT(report.problems[0].message, HasSubstr("2024-02-30"));
  EXPECT_EQ(report.problems[1].ToString(),
            "bad.json:5:15: statements[1].speaker: no actor \"nobody\" "
            "earlier in the file or in the graph");
  EXPECT_EQ(report.problems[1].code, absl::StatusCode::kNotFound);
  // All or nothing: the good actor was not kept.
  EXPECT_EQ(g.actor_count(), 0u);
}

TEST(JsonReaderTest, ColumnsCountCharactersNotBytes) {
  Graph g;
  JsonLoadReport report;
  const char* text =
      "{\"format\": \"diplograph/1\", \"actors\": [{\"id\": \"\xE4\xB8\xAD\", "
      "\"name\": \"\xE4\xB8\xAD\", \"kind\": 3}]}";
  EXPECT_FALSE(LoadJson(text, "u.json", g, {}, &report).ok());
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0].column, 72u);
  EXPECT_EQ(report.problems[0].path, "actors[0].kind");
  EXPECT_EQ(report.problems[0].message, "must be a string, not an integer");
}

TEST(JsonReaderTest, ListsEveryProblemUpToTheLimit) {
  std::string text = R"({"format": "diplograph/1", "actors": [)";
  for (int i = 0; i < 20; ++i) {
    absl::StrAppend(&text, i ? "," : "", R"({"id": "x", "kind": "planet"})");
  }
  text += "]}";
  Graph g;
  JsonLoadReport report;
  EXPECT_FALSE(LoadJson(text, "many.json", g, {}, &report).ok());
  EXPECT_EQ(report.problems.size(), 40u);  // bad kind and missing name, each
  EXPECT_FALSE(report.stopped_early);
  EXPECT_EQ(report.problems[39].path, "actors[19]");

  JsonLoadReport limited;
  EXPECT_FALSE(
      LoadJson(text, "many.json", g, {.max_problems = 5}, &limited).ok());
  EXPECT_EQ(limited.problems.size(), 5u);
  EXPECT_TRUE(limited.stopped_early);
}

TEST(JsonReaderTest, SkipBadRecordsKeepsTheGoodOnes) {
  const char* text = R"({"format": "diplograph/1",
"actors": [{"id": "a", "name": "A"}, {"id": "b"}, {"id": "c", "name": "C"}],
"statements": [{"speaker": "a", "text": "kept"}, {"speaker": "b", "text": "lost"}]
})";
  Graph g;
  JsonLoadReport report;
  ASSERT_THAT(
      LoadJson(text, "skip.json", g, {.mode = ImportMode::kLenient}, &report),
      IsOk());
  EXPECT_EQ(g.actor_count(), 2u);
  EXPECT_EQ(g.statement_count(), 1u);
  EXPECT_EQ(report.records_skipped, 2u);
  ASSERT_EQ(report.problems.size(), 2u);
  EXPECT_EQ(report.problems[0].ToString(),
            "skip.json:2:38: actors[1]: missing \"name\"");
  EXPECT_EQ(report.problems[1].path, "statements[1].speaker");
}

TEST(JsonReaderTest, SyntaxErrorsFailEvenWhenSkipping) {
  Graph g;
  JsonLoadReport report;
  EXPECT_THAT(
      LoadJson(
          R"({"format": "diplograph/1", "actors": [{"id": "a", "name": "A"},)",
          "cut.json", g, {.mode = ImportMode::kLenient}, &report),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("cut.json:1:")));
  EXPECT_EQ(g.actor_count(), 0u);
}

TEST(JsonReaderTest, GraphRecordsRejectedByTheStoreAreReported) {
  Graph g;
  JsonLoadReport report;
  const char* text = R"({"format": "diplograph/1",
"actors": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
"statements": [{"speaker": "a", "about": ["b", "b"]}]})";
  EXPECT_FALSE(LoadJson(text, "store.json", g, {}, &report).ok());
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0].path, "statements[0]");
  EXPECT_THAT(report.problems[0].message, HasSubstr("listed twice"));
}

TEST(JsonReaderTest, SemanticChecks) {
  struct Case {
    const char* records;
    const char* path;
    const char* message;
  };
  const Case cases[] = {
      {R"("relationships": [{"from": "a", "to": "a", "label": "self"}])",
       "relationships[0]", "two different actors"},
      {R"("actors": [{"id": "b", "name": "B", "affiliations": [{"organization": "a", "role": "r", "valid": "2025/2024"}]}])",
       "actors[1].affiliations[0].valid", "2024"},
      {R"("statements": [{"id": "s", "speaker": "a", "links": [{"statement": "s"}]}])",
       "statements[0].links[0].statement", "no statement \"s\""},
      {R"("statements": [{"speaker": "a"}, {"speaker": "a", "links": [{"statement": "later"}]}, {"id": "later", "speaker": "a"}])",
       "statements[1].links[0].statement", "earlier"},
      {R"("statements": [{"speaker": "a", "span": {"begin": 9, "end": 2}}])",
       "statements[0]", "span"},
      {R"("actors": [{"id": "a", "name": "Again"}])", "actors[1].id",
       "used twice"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.records);
    Graph g;
    JsonLoadReport report;
    const std::string text = absl::StrCat(
        R"({"format": "diplograph/1", "actors": [{"id": "a", "name": "A"}],)",
        "\n", c.records, "}");
    // Two "actors" arrays are an error of their own; merge them instead.
    std::string t = text;
    if (absl::string_view(c.records).substr(0, 9) == "\"actors\":") {
      t = absl::StrCat(
          R"({"format": "diplograph/1", "actors": [{"id": "a", "name": "A"}, )",
          absl::string_view(c.records).substr(11), "}");
    }
    EXPECT_FALSE(LoadJson(t, "sem.json", g, {}, &report).ok());
    ASSERT_FALSE(report.problems.empty());
    EXPECT_EQ(report.problems[0].path, c.path);
    EXPECT_THAT(report.problems[0].message, HasSubstr(c.message));
  }
}

TEST(JsonReaderTest, DocumentStructureIsChecked) {
  Graph g;
  JsonLoadReport report;
  EXPECT_FALSE(LoadJson(R"({"actors": []})", "f.json", g, {}, &report).ok());
  EXPECT_EQ(report.problems[0].path, "format");
  EXPECT_FALSE(
      LoadJson(R"({"format": "diplograph/9"})", "f.json", g, {}, &report).ok());
  EXPECT_THAT(report.problems[0].message, HasSubstr("diplograph/1"));
  EXPECT_FALSE(
      LoadJson(R"({"format": "diplograph/1", "statements": [], "actors": []})",
               "f.json", g, {}, &report)
          .ok());
  EXPECT_THAT(report.problems[0].message, HasSubstr("must come before"));
  EXPECT_FALSE(LoadJson(R"({"format": "diplograph/1", "people": []})", "f.json",
                        g, {}, &report)
                   .ok());
  EXPECT_EQ(report.problems[0].ToString(),
            "f.json:1:28: people: unknown member of the document");
  EXPECT_FALSE(LoadJson(R"([1, 2])", "f.json", g, {}, &report).ok());
  EXPECT_THAT(report.problems[0].message, HasSubstr("must be a JSON object"));
}

TEST(JsonReaderTest, TheSchemaIsCheckedToo) {
  // The schema limits ids to 256 characters; the loader's own checks do not.
  const std::string id(300, 'i');
  const std::string text =
      absl::StrCat(R"({"format": "diplograph/1", "actors": [{"id": ")", id,
                   R"(", "name": "A"}]})");
  Graph g;
  JsonLoadReport report;
  EXPECT_FALSE(LoadJson(text, "s.json", g, {}, &report).ok());
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0].path, "actors[0].id");
  EXPECT_THAT(report.problems[0].message, HasSubstr("maxLength"));
  EXPECT_EQ(g.actor_count(), 0u);
  // Even when skipping bad records: the file, not a record, is at fault.
  EXPECT_FALSE(
      LoadJson(text, "s.json", g, {.mode = ImportMode::kLenient}).ok());
  EXPECT_FALSE(LoadJson(absl::StrCat("{\"format\":\"diplograph/1\"}\n",
                                     R"({"type":"actor","id":")", id,
                                     R"(","name":"A"})"),
                        "s.jsonl", g, {.mode = ImportMode::kLenient}, &report)
                   .ok());
  EXPECT_EQ(report.problems[0].line, 2u);
  EXPECT_EQ(g.actor_count(), 0u);
  // Without the schema pass the loader takes it.
  EXPECT_THAT(LoadJson(text, "s.json", g, {.check_schema = false}), IsOk());
  EXPECT_EQ(g.actor_count(), 1u);
}

TEST(JsonReaderTest, LinesAreSchemaCheckedWhereverTheTypeStands) {
  // Lines that start with their "type" are checked against that record
  // type's schema alone; others against the schema of any line. Both refuse
  // what the loader alone would take (an id over 256 characters).
  const std::string id(300, 'i');
  const std::string header = "{\"format\":\"diplograph/1\"}\n";
  for (const std::string& line :
       {absl::StrCat(R"({"type":"actor","id":")", id, R"(","name":"A"})"),
        absl::StrCat(R"( { "type" : "actor", "id":")", id, R"(","name":"A"})"),
        absl::StrCat(R"({"id":")", id, R"(","type":"actor","name":"A"})"),
        absl::StrCat(R"({"\u0074ype":"actor","id":")", id,
                     R"(","name":"A"})")}) {
    SCOPED_TRACE(line);
    Graph g;
    JsonLoadReport report;
    EXPECT_FALSE(LoadJson(header + line, "s.jsonl", g, {}, &report).ok());
    ASSERT_FALSE(report.problems.empty());
    EXPECT_EQ(report.problems[0].line, 2u);
    EXPECT_EQ(g.actor_count(), 0u);
  }
  // A valid line passes with either kind of check, and a line whose leading
  // type does not fit its members is refused.
  Graph g;
  EXPECT_THAT(
      LoadJson(header +
                   R"({"id":"a","type":"actor","name":"A"})"
                   "\n" +
                   R"({"type":"statement","speaker":"a","date":"2024"})",
               "s.jsonl", g),
      IsOk());
  EXPECT_EQ(g.statement_count(), 1u);
  Graph h;
  EXPECT_FALSE(LoadJson(header + R"({"type":"source","id":"a","name":"A"})",
                        "s.jsonl", h)
                   .ok());
}

TEST(JsonReaderTest, LoadsFiles) {
  const std::string dir = ::testing::TempDir();
  const std::string path = dir + "/reader_test.json";
  Graph g = GraphWithUsa();
  ASSERT_THAT(SaveJsonFile(g, path), IsOk());
  Graph loaded;
  EXPECT_THAT(LoadJsonFile(path, loaded), IsOk());
  EXPECT_EQ(loaded.actor_count(), 1u);
  JsonLoadReport report;
  EXPECT_THAT(LoadJsonFile(dir + "/no-such-file.json", loaded, {}, &report),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("no-such-file")));
  EXPECT_EQ(report.problems.size(), 1u);
}

}  // namespace
}  // namespace diplograph
