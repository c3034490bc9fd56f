// Helpers shared by the text extractor's tests: an extractor over a test
// file's small graph of invented actors, extraction of a document published
// on Friday 2024-03-08 unless told otherwise, and readers of an Extraction
// by name. Each test file keeps its own graph (the actors its sentences
// need); everything else is here.
//
//   const Extractor& TheExtractor() {
//     static const Extractor* const e = text_testing::NewExtractor(Known());
//     return *e;
//   }
//   Extraction x = text_testing::ExtractDated(TheExtractor(), "...");
//   EXPECT_THAT(text_testing::Said(x), ElementsAre("Olga Tamm: ..."));

#ifndef DIPLOGRAPH_TESTS_TEXT_EXTRACTION_TESTING_H_
#define DIPLOGRAPH_TESTS_TEXT_EXTRACTION_TESTING_H_

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "diplograph/date.h"
#include "diplograph/graph.h"
#include "diplograph/text.h"
#include "gtest/gtest.h"

namespace diplograph::text_testing {

// An extractor over `known`, for a static of the caller (never freed);
// aborts when it cannot be built, as no test could run without it.
inline const Extractor* NewExtractor(const Graph& known) {
  absl::StatusOr<Extractor> e = Extractor::Create(known);
  if (!e.ok()) std::abort();
  return new Extractor(*std::move(e));
}

// One extractor over an empty graph (every actor from the registry),
// shared by the tests that know no actors of their own.
inline const Extractor& RegistryOnlyExtractor() {
  static const Extractor* const extractor = [] {
    static const Graph* const graph = new Graph;
    return NewExtractor(*graph);
  }();
  return *extractor;
}

// `text` extracted as a document published on `date` (YYYY-MM-DD; by
// default Friday 2024-03-08). A failed extraction fails the test and gives
// an empty Extraction.
inline Extraction ExtractDated(const Extractor& extractor,
                               const std::string& text,
                               absl::string_view date = "2024-03-08") {
  DocumentInfo info;
  info.publication_date = *Date::Parse(date);
  absl::StatusOr<Extraction> x = extractor.Extract(text, info);
  EXPECT_TRUE(x.ok()) << x.status();
  return x.ok() ? *std::move(x) : Extraction();
}

// The name of actor `actor` of `x`; "" for none (-1).
inline std::string NameOf(const Extraction& x, int actor) {
  return actor >= 0 ? x.actors[actor].name : "";
}

// Every statement as "speaker: words", in order.
inline std::vector<std::string> Said(const Extraction& x) {
  std::vector<std::string> out;
  for (const ExtractedStatement& s : x.statements) {
    out.push_back(NameOf(x, s.speaker) + ": " + s.text);
  }
  return out;
}

// Every statement as "speaker + co-speaker ...: words", in order.
inline std::vector<std::string> SaidTogether(const Extraction& x) {
  std::vector<std::string> out;
  for (const ExtractedStatement& s : x.statements) {
    std::string who = NameOf(x, s.speaker);
    for (int c : s.co_speakers) who += " + " + NameOf(x, c);
    out.push_back(who + ": " + s.text);
  }
  return out;
}

// The names of the actors statement `s` is about.
inline std::vector<std::string> About(const Extraction& x,
                                      const ExtractedStatement& s) {
  std::vector<std::string> out;
  for (int a : s.about) out.push_back(NameOf(x, a));
  return out;
}

// Every relationship as "from -- to: label", in order.
inline std::vector<std::string> Relations(const Extraction& x) {
  std::vector<std::string> out;
  for (const ExtractedRelationship& r : x.relationships) {
    out.push_back(NameOf(x, r.from) + " -- " + NameOf(x, r.to) + ": " +
                  r.label);
  }
  return out;
}

// The names of all proposed actors.
inline std::vector<std::string> Names(const Extraction& x) {
  std::vector<std::string> out;
  for (const ExtractedActor& a : x.actors) out.push_back(a.name);
  return out;
}

// The first statement whose words contain `words`, else nullptr.
inline const ExtractedStatement* StatementContaining(const Extraction& x,
                                                     absl::string_view words) {
  for (const ExtractedStatement& s : x.statements) {
    if (absl::StrContains(s.text, words)) return &s;
  }
  return nullptr;
}

// The name of the speaker of the first statement whose words contain
// `words`; "" when there is none.
inline std::string SpeakerOf(const Extraction& x, absl::string_view words) {
  const ExtractedStatement* s = StatementContaining(x, words);
  return s == nullptr ? "" : NameOf(x, s->speaker);
}

// The date ("2026-05-12", "2026-05") of the first statement whose words
// contain `words`; "none" when there is no such statement.
inline std::string DateOf(const Extraction& x, absl::string_view words) {
  const ExtractedStatement* s = StatementContaining(x, words);
  return s == nullptr ? "none" : s->date.ToString();
}

// The proposed actor named exactly `name`, else nullptr.
inline const ExtractedActor* ActorNamed(const Extraction& x,
                                        absl::string_view name) {
  for (const ExtractedActor& a : x.actors) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

// The rows of a tab-separated data file of the repository (a path under
// DIPLOGRAPH_SOURCE_DIR, the test's compile definition), each of `fields`
// fields, without '#' comment lines, empty lines and the header row (the
// first other line). Aborts when the file is missing or a row has another
// number of fields (the file is part of the repository).
inline std::vector<std::vector<std::string>> ReadTsvRows(
    const std::string& path, size_t fields) {
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    std::abort();
  }
  std::vector<std::vector<std::string>> rows;
  std::string line;
  bool header = true;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = absl::StrSplit(line, '\t');
    if (f.size() != fields) {
      std::fprintf(stderr, "%s:%d: %zu fields, want %zu\n", path.c_str(),
                   line_no, f.size(), fields);
      std::abort();
    }
    if (header) {
      header = false;
      continue;
    }
    rows.push_back(std::move(f));
  }
  return rows;
}

}  // namespace diplograph::text_testing

#endif  // DIPLOGRAPH_TESTS_TEXT_EXTRACTION_TESTING_H_
