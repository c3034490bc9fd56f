// Hostile input: every case gets a clear problem report, never a crash,
// hang or unbounded memory, and the graph is left unchanged.

#include <string>

#include "absl/strings/str_cat.h"
#include "diplograph/graph.h"
#include "diplograph/json.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::testing::HasSubstr;

constexpr char kHead[] = R"({"format": "diplograph/1", )";

// Loads `text` as a document (and, when `lines` is set, as JSON Lines) into
// a graph holding one actor, expects failure, the graph unchanged, and
// returns the first problem.
ImportProblem FirstProblem(const std::string& text,
                           JsonLayout layout = JsonLayout::kDocument) {
  Graph g;
  g.AddActor({.name = "A"}).IgnoreError();
  JsonLoadReport report;
  const absl::Status s =
      LoadJson(text, "hostile", g, {.layout = layout}, &report);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(g.actor_count(), 1u);
  EXPECT_EQ(g.statement_count(), 0u);
  if (report.problems.empty()) {
    ADD_FAILURE() << "no problem reported";
    return ImportProblem();
  }
  return report.problems[0];
}

TEST(JsonHostileTest, TruncatedFile) {
  const std::string full = absl::StrCat(
      kHead,
      R"("actors": [{"id": "b", "name": "B"}], "statements": [{"speaker": "b", "text": "x"}]})");
  // Every proper prefix fails cleanly.
  for (size_t n = 0; n < full.size(); ++n) {
    SCOPED_TRACE(n);
    const ImportProblem p = FirstProblem(full.substr(0, n));
    EXPECT_THAT(p.message, ::testing::AnyOf(HasSubstr("invalid JSON"),
                                            HasSubstr("not JSON")));
  }
}

TEST(JsonHostileTest, DeepNesting) {
  const std::string deep =
      absl::StrCat(kHead, R"("actors": [{"id": "b", "name": "B", "aliases": )",
                   std::string(100000, '['), std::string(100000, ']'), "}]}");
  const ImportProblem p = FirstProblem(deep);
  EXPECT_THAT(p.message, HasSubstr("nesting deeper than 32"));
  EXPECT_EQ(p.line, 1u);
  // Also as a bare array, and in JSON Lines.
  EXPECT_THAT(FirstProblem(std::string(1000000, '[')).message,
              HasSubstr("nesting"));
  EXPECT_THAT(FirstProblem(absl::StrCat("{\"format\":\"diplograph/1\"}\n",
                                        std::string(50000, '[')),
                           JsonLayout::kLines)
                  .message,
              HasSubstr("nesting"));
}

TEST(JsonHostileTest, InvalidUtf8) {
  const ImportProblem p = FirstProblem(absl::StrCat(
      kHead, "\"actors\": [{\"id\": \"b\", \"name\": \"B\xFF\"}]}"));
  EXPECT_THAT(p.message, HasSubstr("encoding"));
  EXPECT_EQ(p.column, 61u);
}

TEST(JsonHostileTest, OverlongUtf8) {
  // "/" encoded in two bytes (C0 AF), and a surrogate encoded in UTF-8.
  EXPECT_THAT(
      FirstProblem(
          absl::StrCat(
              kHead, "\"actors\": [{\"id\": \"b\", \"name\": \"\xC0\xAF\"}]}"))
          .message,
      HasSubstr("encoding"));
  EXPECT_THAT(
      FirstProblem(
          absl::StrCat(
              kHead,
              "\"actors\": [{\"id\": \"b\", \"name\": \"\xED\xA0\x80\"}]}"))
          .message,
      HasSubstr("encoding"));
}

TEST(JsonHostileTest, NulBytes) {
  std::string raw = absl::StrCat(kHead, R"("actors": []})");
  raw.insert(10, 1, '\0');
  const ImportProblem p = FirstProblem(raw);
  EXPECT_THAT(p.message, HasSubstr("NUL"));
  EXPECT_EQ(p.column, 11u);
  // After the document, where a C reader would stop.
  std::string tail = absl::StrCat(kHead, R"("actors": []})");
  tail += std::string("\0garbage", 8);
  EXPECT_THAT(FirstProblem(tail).message, HasSubstr("NUL"));
  // An escaped NUL inside a name is refused by the graph's name rules.
  EXPECT_THAT(
      FirstProblem(
          absl::StrCat(kHead, R"("actors": [{"id": "b", "name": "B\u0000"}]})"))
          .message,
      HasSubstr("control character"));
}

TEST(JsonHostileTest, NanAndInfinity) {
  for (const char* v : {"NaN", "Infinity", "-Infinity", "nan"}) {
    SCOPED_TRACE(v);
    const ImportProblem p = FirstProblem(absl::StrCat(
        kHead, R"("statements": [{"speaker": "A", "span": {"begin": )", v,
        R"(, "end": 1}}]})"));
    EXPECT_THAT(p.message, HasSubstr("invalid JSON"));
  }
}

TEST(JsonHostileTest, NumbersOutOfRange) {
  EXPECT_THAT(
      FirstProblem(
          absl::StrCat(
              kHead,
              R"("statements": [{"speaker": "A", "span": {"begin": 1e400, "end": 1}}]})"))
          .message,
      HasSubstr("invalid JSON"));
  const ImportProblem big = FirstProblem(absl::StrCat(
      kHead,
      R"("statements": [{"speaker": "A", "span": {"begin": 4294967296, "end": 1}}]})"));
  EXPECT_EQ(big.path, "statements[0].span.begin");
  EXPECT_THAT(big.message, HasSubstr("out of range"));
  const ImportProblem neg = FirstProblem(absl::StrCat(
      kHead,
      R"("statements": [{"speaker": "A", "span": {"begin": -1, "end": 1}}]})"));
  EXPECT_THAT(neg.message, HasSubstr("out of range"));
  const ImportProblem frac = FirstProblem(absl::StrCat(
      kHead,
      R"("statements": [{"speaker": "A", "span": {"begin": 1.5, "end": 2}}]})"));
  EXPECT_THAT(frac.message, HasSubstr("must be a non-negative integer"));
  EXPECT_THAT(
      FirstProblem(
          absl::StrCat(
              kHead,
              R"("statements": [{"speaker": "A", "span": {"begin": 123456789012345678901234567890, "end": 1}}]})"))
          .path,
      "statements[0].span.begin");
}

TEST(JsonHostileTest, WrongTypes) {
  const ImportProblem p = FirstProblem(absl::StrCat(
      kHead, R"("statements": [{"speaker": "A", "about": "A", "text": 5}]})"));
  EXPECT_EQ(p.path, "statements[0].about");
  EXPECT_EQ(p.message, "must be an array, not a string");
  EXPECT_EQ(FirstProblem(absl::StrCat(kHead, R"("actors": {}})")).message,
            "must be an array, not an object");
  EXPECT_EQ(FirstProblem(absl::StrCat(kHead, R"("actors": [[]]})")).message,
            "a record must be an object, not an array");
  EXPECT_EQ(
      FirstProblem(
          absl::StrCat(
              kHead,
              R"("relationships": [{"from": "A", "to": "A", "label": "x", "directed": "yes"}]})"))
          .path,
      "relationships[0].directed");
}

TEST(JsonHostileTest, DuplicateKeys) {
  const ImportProblem p = FirstProblem(absl::StrCat(
      kHead, R"("actors": [{"id": "b", "name": "B", "name": "C"}]})"));
  EXPECT_EQ(p.path, "actors[0].name");
  EXPECT_EQ(p.message, "duplicate member");
  EXPECT_THAT(
      FirstProblem(absl::StrCat(kHead, R"("actors": [], "actors": []})"))
          .message,
      HasSubstr("twice"));
  EXPECT_THAT(
      FirstProblem(R"({"format": "diplograph/1", "format": "diplograph/1"})")
          .message,
      HasSubstr("twice"));
}

TEST(JsonHostileTest, UnknownReferences) {
  const ImportProblem p = FirstProblem(absl::StrCat(
      kHead, R"("statements": [{"speaker": "A", "source": "nowhere"}]})"));
  EXPECT_EQ(p.path, "statements[0].source");
  EXPECT_EQ(p.code, absl::StatusCode::kNotFound);
  EXPECT_EQ(
      FirstProblem(
          absl::StrCat(
              kHead,
              R"("actors": [{"id": "b", "name": "B", "affiliations": [{"organization": "ghost", "role": "r"}]}]})"))
          .path,
      "actors[0].affiliations[0].organization");
}

TEST(JsonHostileTest, ImpossibleDates) {
  for (const char* d : {"2024-02-30", "2023-02-29", "2024-13", "0000",
                        "2024-1-1", "24-01-01"}) {
    SCOPED_TRACE(d);
    const ImportProblem p = FirstProblem(absl::StrCat(
        kHead, R"("statements": [{"speaker": "A", "date": ")", d, R"("}]})"));
    EXPECT_EQ(p.path, "statements[0].date");
    EXPECT_THAT(p.message, HasSubstr(d));
  }
}

TEST(JsonHostileTest, TabSeparatedFile) {
  const ImportProblem p = FirstProblem("id\tname\tkind\n1\tChina\tstate\n");
  EXPECT_EQ(p.line, 1u);
  EXPECT_EQ(p.column, 1u);
  EXPECT_THAT(p.message, HasSubstr("tab-separated"));
  EXPECT_THAT(FirstProblem("id\tname\n", JsonLayout::kLines).message,
              HasSubstr("tab-separated"));
}

TEST(JsonHostileTest, GzipFile) {
  const std::string gz(
      "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xab\xae\x05\x00", 14);
  EXPECT_THAT(FirstProblem(gz).message, HasSubstr("gzip"));
  EXPECT_THAT(FirstProblem(gz, JsonLayout::kLines).message, HasSubstr("gzip"));
}

TEST(JsonHostileTest, RandomBytesNeverCrash) {
  uint32_t state = 12345;
  auto next = [&] {
    state = state * 1103515245u + 12345u;
    return static_cast<char>(state >> 16);
  };
  const std::string seed = absl::StrCat(
      kHead,
      R"("actors": [{"id": "b", "name": "B", "aliases": ["x"]}], "statements": [{"speaker": "b", "date": "2024-01-02", "about": ["b"]}]})");
  for (int i = 0; i < 2000; ++i) {
    std::string text = seed;
    for (int k = 0; k < 3; ++k)
      text[static_cast<uint8_t>(next()) % text.size()] = next();
    for (JsonLayout layout : {JsonLayout::kDocument, JsonLayout::kLines}) {
      Graph g;
      JsonLoadReport report;
      const absl::Status s =
          LoadJson(text, "fuzz", g, {.layout = layout}, &report);
      EXPECT_EQ(s.ok(), report.problems.empty());
      if (!s.ok()) {
        EXPECT_EQ(g.actor_count(), 0u);
      }
    }
  }
}

}  // namespace
}  // namespace diplograph
