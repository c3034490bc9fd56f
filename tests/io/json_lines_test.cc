// The JSON Lines reader: header, one record per line, references to earlier
// lines and to the graph, per-line problems, bounded line length, streams.

#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "diplograph/graph.h"
#include "diplograph/json.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "io/json_test_util.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::ExpectSameGraph;
using ::diplograph::testing::IsOk;
using ::diplograph::testing::RandomGraph;
using ::diplograph::testing::StatusIs;
using ::testing::HasSubstr;

constexpr char kLines[] =
    R"({"format":"diplograph/1"}
{"type":"actor","id":"cn","name":"China","kind":"state","iso3":"CHN"}

{"type":"actor","id":"mao","name":"Mao Ning","kind":"person","affiliations":[{"organization":"cn","role":"spokesperson"}]}
{"type":"statement","id":"s1","speaker":"mao","date":"2024-11-08","text":"hello","about":["cn","USA"]}
{"type":"relationship","from":"cn","to":"USA","label":"rivals","evidence":[{"statement":"s1"}]}
)";

Graph GraphWithUsa() {
  Graph g;
  g.AddActor(
       {.name = "United States", .kind = ActorKind::kState, .iso3 = "USA"})
      .IgnoreError();
  return g;
}

TEST(JsonLinesTest, LoadsRecordsReferringToEarlierLinesAndTheGraph) {
  Graph g = GraphWithUsa();
  JsonLoadReport report;
  ASSERT_THAT(LoadJson(kLines, "x.jsonl", g, {}, &report), IsOk());
  EXPECT_EQ(g.actor_count(), 3u);
  EXPECT_EQ(g.statement_count(), 1u);
  EXPECT_EQ(g.relationship_count(), 1u);
  EXPECT_EQ(report.records_read, 4u);
  EXPECT_EQ(g.actor(*g.FindActor("Mao Ning")).affiliations.size(), 1u);
}

TEST(JsonLinesTest, ReadsFromAStream) {
  const Graph original = RandomGraph(5);
  std::istringstream in(ToJson(original, {.layout = JsonLayout::kLines}));
  Graph g;
  ASSERT_THAT(LoadJsonLines(in, "stream", g), IsOk());
  ExpectSameGraph(original, g);
}

TEST(JsonLinesTest, ReportsProgressAndBytes) {
  const std::string text = kLines;
  for (bool stream : {false, true}) {
    Graph g = GraphWithUsa();
    JsonLoadOptions options;
    options.progress_every_records = 2;
    std::vector<ImportProgress> seen;
    options.progress = [&](const ImportProgress& p) { seen.push_back(p); };
    JsonLoadReport report;
    std::istringstream in(text);
    ASSERT_THAT(stream ? LoadJsonLines(in, "x.jsonl", g, options, &report)
                       : LoadJson(text, "x.jsonl", g, options, &report),
                IsOk());
    // After records 2 and 4, and at the end.
    ASSERT_EQ(seen.size(), 3u);
    EXPECT_EQ(seen[0].records, 2u);
    EXPECT_EQ(seen[1].records, 4u);
    EXPECT_EQ(seen[2].records, 4u);
    EXPECT_LT(seen[0].bytes, seen[1].bytes);
    EXPECT_EQ(seen[2].bytes, text.size());
    EXPECT_EQ(report.bytes_read, text.size());
  }
}

TEST(JsonLinesTest, StreamReadsInPiecesSmallerThanTheFile) {
  // Lines longer than the reader's first buffer, and many of them.
  Graph original;
  const ActorId a = *original.AddActor({.name = "A"});
  for (int i = 0; i < 200; ++i) {
    Statement s;
    s.speaker = a;
    s.text = std::string(10000 + i, 'x');
    ASSERT_TRUE(original.AddStatement(s).ok());
  }
  std::istringstream in(ToJson(original, {.layout = JsonLayout::kLines}));
  Graph g;
  ASSERT_THAT(LoadJsonLines(in, "big", g), IsOk());
  ExpectSameGraph(original, g);
}

TEST(JsonLinesTest, EachBadLineIsReportedWithItsLineNumber) {
  const std::string text = absl::StrCat(
      R"({"format":"diplograph/1"})", "\n",
      R"({"type":"actor","id":"a","name":"A"})", "\n",
      R"({"type":"statement","speaker":"zz"})", "\n",
      R"({"type":"statement","speaker":"a","date":"2023-02-29"})", "\n",
      R"({"type":"planet"})", "\n", R"({"type":"statement","speaker":"a"})",
      "\n", R"({"type":"statement", oops})", "\n");
  Graph g;
  JsonLoadReport report;
  EXPECT_FALSE(LoadJson(text, "bad.jsonl", g, {}, &report).ok());
  ASSERT_EQ(report.problems.size(), 4u);
  EXPECT_EQ(report.problems[0].ToString(),
            "bad.jsonl:3:31: speaker: no actor \"zz\" earlier in the file or "
            "in the graph");
  EXPECT_EQ(report.problems[1].line, 4u);
  EXPECT_EQ(report.problems[1].path, "date");
  EXPECT_EQ(report.problems[2].line, 5u);
  EXPECT_EQ(report.problems[2].path, "type");
  EXPECT_EQ(report.problems[3].line, 7u);
  EXPECT_THAT(report.problems[3].message, HasSubstr("invalid JSON"));
  EXPECT_EQ(g.actor_count(), 0u);

  // Skipping keeps the good lines.
  JsonLoadReport skipped;
  ASSERT_THAT(
      LoadJson(text, "bad.jsonl", g, {.mode = ImportMode::kLenient}, &skipped),
      IsOk());
  EXPECT_EQ(g.actor_count(), 1u);
  EXPECT_EQ(g.statement_count(), 1u);
  EXPECT_EQ(skipped.records_skipped, 4u);
}

TEST(JsonLinesTest, TheHeaderIsRequired) {
  Graph g;
  JsonLoadReport report;
  EXPECT_FALSE(LoadJson(R"({"type":"actor","id":"a","name":"A"})", "h.jsonl", g,
                        {.mode = ImportMode::kLenient}, &report)
                   .ok());
  EXPECT_THAT(report.problems[0].message, HasSubstr("header"));
  EXPECT_FALSE(LoadJson("", "h.jsonl", g, {}, &report).ok());
  EXPECT_THAT(report.problems[0].message, HasSubstr("empty"));
  EXPECT_FALSE(
      LoadJson("{\"format\":\"other/2\"}\n", "h.jsonl", g, {}, &report).ok());
  EXPECT_EQ(report.problems[0].path, "format");
  EXPECT_EQ(g.actor_count(), 0u);
}

TEST(JsonLinesTest, OverlongLinesAreRejectedWithoutReadingThemWhole) {
  std::string text = "{\"format\":\"diplograph/1\"}\n";
  text +=
      R"({"type":"actor","id":"a","name":")" + std::string(5000, 'n') + "\"}\n";
  text += R"({"type":"actor","id":"b","name":"B"})"
          "\n";
  std::istringstream in(text);
  Graph g;
  JsonLoadReport report;
  EXPECT_THAT(
      LoadJsonLines(in, "long.jsonl", g,
                    {.mode = ImportMode::kLenient, .max_line_bytes = 1000},
                    &report),
      IsOk());
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0].line, 2u);
  EXPECT_EQ(report.problems[0].code, absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(g.actor_count(), 1u);
}

TEST(JsonLinesTest, AFailingStreamIsDataLoss) {
  std::istringstream in("{\"format\":\"diplograph/1\"}\n");
  in.setstate(std::ios::badbit);
  Graph g;
  EXPECT_THAT(LoadJsonLines(in, "s", g),
              StatusIs(absl::StatusCode::kDataLoss, HasSubstr("stream")));
}

TEST(JsonLinesTest, LoadsFilesByExtension) {
  const std::string path = ::testing::TempDir() + "/lines_test.jsonl";
  const Graph original = RandomGraph(3);
  ASSERT_THAT(SaveJsonFile(original, path), IsOk());
  Graph g;
  ASSERT_THAT(LoadJsonFile(path, g), IsOk());
  ExpectSameGraph(original, g);
}

}  // namespace
}  // namespace diplograph
