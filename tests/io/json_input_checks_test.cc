// What a hostile-input run found in the readers, one regression test each:
// UTF-16 input named as such, a UTF-8 byte order mark accepted, JSON paths
// on problems the parser raises, raw control bytes named, local ids checked
// for valid UTF-8 and NUL.

#include <sstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "diplograph/graph.h"
#include "diplograph/icews.h"
#include "diplograph/json.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;
using ::diplograph::testing::StatusIs;
using ::testing::HasSubstr;
using ::testing::StartsWith;

constexpr char kUtf16Message[] = "UTF-16 is not supported; convert to UTF-8";

// `ascii` as UTF-16: little or big endian, with or without a byte order mark.
std::string Utf16(const std::string& ascii, bool little, bool bom) {
  std::string out;
  if (bom) out += little ? "\xFF\xFE" : "\xFE\xFF";
  for (char c : ascii) {
    if (little) {
      out.push_back(c);
      out.push_back('\0');
    } else {
      out.push_back('\0');
      out.push_back(c);
    }
  }
  return out;
}

constexpr char kDoc[] =
    R"({"format": "diplograph/1", "actors": [{"id": "a", "name": "A"}]})";
constexpr char kLines[] =
    "{\"format\": \"diplograph/1\"}\n"
    "{\"type\": \"actor\", \"id\": \"a\", \"name\": \"A\"}\n";

// The first problem of a failed document load.
ImportProblem FirstProblem(const std::string& text,
                           JsonLoadOptions options = {}) {
  Graph g;
  JsonLoadReport report;
  EXPECT_FALSE(LoadJson(text, "in.json", g, options, &report).ok()) << text;
  EXPECT_EQ(g.actor_count(), 0u);
  return report.problems.empty() ? ImportProblem() : report.problems[0];
}

TEST(JsonInputChecksTest, Utf16IsNamed) {
  for (bool little : {true, false}) {
    for (bool bom : {true, false}) {
      SCOPED_TRACE(absl::StrCat("little ", little, " bom ", bom));
      EXPECT_EQ(FirstProblem(Utf16(kDoc, little, bom)).message, kUtf16Message);
      Graph g;
      JsonLoadReport report;
      std::istringstream in(Utf16(kLines, little, bom));
      EXPECT_THAT(LoadJsonLines(in, "in.jsonl", g, {}, &report),
                  StatusIs(absl::StatusCode::kInvalidArgument,
                           HasSubstr(kUtf16Message)));
      std::istringstream tsv(
          Utf16("A\tMake statement\tB\t2014-01-01\n", little, bom));
      Graph icews;
      EXPECT_THAT(ImportIcewsQuadruples(tsv, "in.tsv", icews),
                  StatusIs(absl::StatusCode::kInvalidArgument,
                           HasSubstr(kUtf16Message)));
      std::istringstream full(Utf16("Event Date\tSource Name\n", little, bom));
      EXPECT_THAT(ImportIcewsEvents(full, "in.tab", icews),
                  StatusIs(absl::StatusCode::kInvalidArgument,
                           HasSubstr(kUtf16Message)));
    }
  }
}

TEST(JsonInputChecksTest, Utf8ByteOrderMarkIsAccepted) {
  Graph g;
  ASSERT_THAT(LoadJson(absl::StrCat("\xEF\xBB\xBF", kDoc), "bom.json", g),
              IsOk());
  EXPECT_EQ(g.actor_count(), 1u);
  Graph lines;
  std::istringstream in(absl::StrCat("\xEF\xBB\xBF", kLines));
  ASSERT_THAT(LoadJsonLines(in, "bom.jsonl", lines), IsOk());
  EXPECT_EQ(lines.actor_count(), 1u);
  // Columns of line 1 count from after the mark.
  const ImportProblem p =
      FirstProblem("\xEF\xBB\xBF{\"format\": \"diplograph/1\", \"x\": 1}");
  EXPECT_EQ(p.line, 1u);
  EXPECT_EQ(p.column, 28u);
}

TEST(JsonInputChecksTest, ParserProblemsCarryTheJsonPath) {
  const std::string head =
      R"({"format": "diplograph/1", "actors": [{"id": "a", "name": "A"}],
          "statements": [{"speaker": "a"}, )";
  struct Case {
    std::string statement;
    std::string path;
    std::string message;
  };
  const Case cases[] = {
      {R"({"speaker": "a", "span": {"begin": NaN, "end": 2}})",
       "statements[1].span.begin", "invalid JSON"},
      {R"({"speaker": "a", "span": {"begin": 1, "end": -Infinity}})",
       "statements[1].span.end", "invalid JSON"},
      {R"({"speaker": "a", "topics": ["x", 1e999]})", "statements[1].topics[1]",
       "too big"},
      {R"({"speaker": "a", "text": "bad \q escape"})", "statements[1].text",
       "escape"},
      {R"({"speaker": "a", "mentions": [{"source": "s", "reported_by": [{"outlet": "o", "kind": "\uZZZZ"}]}]})",
       "statements[1].mentions[0].reported_by[0].kind", "escape"},
  };
  for (const Case& c : cases) {
    const ImportProblem p = FirstProblem(absl::StrCat(head, c.statement, "]}"));
    EXPECT_EQ(p.path, c.path) << c.statement;
    EXPECT_THAT(p.message, HasSubstr(c.message)) << c.statement;
    EXPECT_THAT(p.ToString(), HasSubstr(absl::StrCat(": ", c.path, ": ")));
  }
  // The depth limit.
  JsonLoadOptions shallow;
  shallow.max_depth = 4;
  const ImportProblem deep = FirstProblem(
      absl::StrCat(head, R"({"speaker": "a", "topics": [[["x"]]]})", "]}"),
      shallow);
  EXPECT_THAT(deep.path, StartsWith("statements[1].topics[0]"));
  EXPECT_THAT(deep.message, HasSubstr("nesting deeper than 4"));
  // JSON Lines: the path starts at the field.
  Graph g;
  JsonLoadReport report;
  std::istringstream in(absl::StrCat(
      kLines, R"({"type": "statement", "speaker": "a", "date": NaN})", "\n"));
  EXPECT_FALSE(LoadJsonLines(in, "in.jsonl", g, {}, &report).ok());
  ASSERT_FALSE(report.problems.empty());
  EXPECT_EQ(report.problems[0].path, "date");
}

TEST(JsonInputChecksTest, RawControlByteInAStringIsNamed) {
  const ImportProblem p = FirstProblem(
      "{\"format\": \"diplograph/1\", \"actors\": [{\"id\": \"a\", "
      "\"name\": \"A\x1b[0m\"}]}");
  EXPECT_EQ(p.path, "actors[0].name");
  EXPECT_THAT(p.message, HasSubstr("raw control character (byte 0x1b)"));
  EXPECT_THAT(p.message, HasSubstr("\\u001b"));
}

TEST(JsonInputChecksTest, LocalIdsAreCheckedLikeOtherStrings) {
  for (const char* id : {R"(a\udc00)", R"(a\u0000b)"}) {
    const ImportProblem p = FirstProblem(
        absl::StrCat(R"({"format": "diplograph/1", "actors": [{"id": ")", id,
                     R"(", "name": "A"}]})"));
    EXPECT_EQ(p.path, "actors[0].id") << id;
    EXPECT_THAT(p.message, StartsWith("an id must")) << id;
  }
}

}  // namespace
}  // namespace diplograph
