// The attribution grammar probed further: every row of
// tests/text/data/attribution_probes2.tsv is one construction the first
// probe table does not hold (names after a plural title, an outlet's
// "reported, citing", headlines attributed by a colon or a dash, a call
// "to reaffirm", perfect and habitual tenses, "the Minister" of the text,
// pronoun gender, posts and letters, groups, passives, relative clauses and
// parentheticals), written with invented people, and what the extractor
// must read from it. Each row is a test case of its own
// (AttributionProbe2.Row/list_01, ...); a few facts a row cannot hold (two
// unnamed aides are two actors) are tests of their own below.

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "diplograph/actor.h"
#include "diplograph/graph.h"
#include "diplograph/text.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"

namespace diplograph {
namespace {

using text_testing::ExtractDated;

// One row of the table; `columns` are the twelve fields in file order.
struct Row {
  std::vector<std::string> columns;
  const std::string& id() const { return columns[0]; }
  const std::string& construction() const { return columns[1]; }
  const std::string& n() const { return columns[2]; }
  const std::string& speaker() const { return columns[3]; }
  const std::string& quote() const { return columns[4]; }
  const std::string& words() const { return columns[5]; }
  const std::string& relay() const { return columns[6]; }
  const std::string& cameo() const { return columns[7]; }
  const std::string& modality() const { return columns[8]; }
  const std::string& date() const { return columns[9]; }
  const std::string& about() const { return columns[10]; }
  const std::string& text() const { return columns[11]; }
};

void PrintTo(const Row& r, std::ostream* os) { *os << r.id(); }

// The table's rows (the header skipped, "\n" made a line break); aborts on
// a missing file or a row without twelve fields, as the file is part of the
// repository.
std::vector<Row> ReadTable() {
  const std::string path = std::string(DIPLOGRAPH_SOURCE_DIR) +
                           "/tests/text/data/attribution_probes2.tsv";
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    std::abort();
  }
  std::vector<Row> rows;
  std::string line;
  int number = 0;
  bool seen_header = false;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    Row row{absl::StrSplit(line, '\t')};
    if (row.columns.size() != 12) {
      std::fprintf(stderr, "%s:%d: %zu fields, want 12\n", path.c_str(), number,
                   row.columns.size());
      std::abort();
    }
    if (!seen_header) {
      seen_header = true;
      continue;
    }
    row.columns[11] = absl::StrReplaceAll(row.columns[11], {{"\\n", "\n"}});
    rows.push_back(std::move(row));
  }
  return rows;
}

const std::vector<Row>& Table() {
  static const std::vector<Row>* const rows = new std::vector<Row>(ReadTable());
  return *rows;
}

// The invented actors the rows may name as known: two states, four persons
// and two outlets (each also "the" + its name). The other names of the
// rows (Ingrid Solheim, Jonas Vik, ...) are unknown on purpose.
const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    const std::pair<const char*, const char*> states[] = {{"Norway", "NOR"},
                                                          {"Iceland", "ISL"}};
    for (const auto& [name, iso3] : states) {
      *g->AddActor({.name = name, .kind = ActorKind::kState, .iso3 = iso3});
    }
    for (const char* person :
         {"Olga Tamm", "Pavel Sorin", "Anna Berg", "Erik Lund"}) {
      *g->AddActor({.name = person, .kind = ActorKind::kPerson});
    }
    for (const char* outlet : {"Daily Courier", "Nordic Wire"}) {
      *g->AddActor({.name = outlet,
                    .kind = ActorKind::kMediaOutlet,
                    .aliases = {absl::StrCat("the ", outlet)}});
    }
    return g;
  }();
  return *graph;
}

const Extractor& TheExtractor() {
  static const Extractor* const e = text_testing::NewExtractor(Known());
  return *e;
}

// "?" for no actor, as the table writes it.
std::string Who(const Extraction& x, int actor) {
  return actor >= 0 ? x.actors[actor].name : "?";
}

// The speaker and the co-speakers as the table writes them ("A + B").
std::string Speakers(const Extraction& x, const ExtractedStatement& s) {
  std::string who = Who(x, s.speaker);
  for (int c : s.co_speakers) absl::StrAppend(&who, " + ", Who(x, c));
  return who;
}

// `w` without surrounding spaces and , . ; : marks.
absl::string_view Trimmed(absl::string_view w) {
  auto edge = [](char c) {
    return c == ',' || c == '.' || c == ';' || c == ':' ||
           absl::ascii_isspace(static_cast<unsigned char>(c));
  };
  while (!w.empty() && edge(w.front())) w.remove_prefix(1);
  while (!w.empty() && edge(w.back())) w.remove_suffix(1);
  return w;
}

bool Matches(absl::string_view want, absl::string_view got) {
  if (want == "*") return true;
  if (absl::ConsumePrefix(&want, "~")) return absl::StrContains(got, want);
  return Trimmed(got) == Trimmed(want);
}

std::string Listing(const Extraction& x) {
  if (x.statements.empty()) return "  (no statements)";
  std::vector<std::string> lines;
  for (const ExtractedStatement& s : x.statements) {
    lines.push_back(absl::StrCat(
        "  [", Speakers(x, s), "] (",
        s.quote == QuoteKind::kDirectQuote ? "q" : "p", " ", s.event_type.code,
        " ", ModalityName(s.modality), " ", s.date.ToString(),
        s.reported_by.empty() ? "" : " via " + Who(x, s.reported_by[0].outlet),
        " ", s.speaker_rule, "/", s.rule, ") <", s.text, ">"));
  }
  return absl::StrJoin(lines, "\n");
}

class AttributionProbe2 : public ::testing::TestWithParam<Row> {};

TEST_P(AttributionProbe2, Row) {
  const Row& r = GetParam();
  const Extraction x = ExtractDated(TheExtractor(), r.text());
  SCOPED_TRACE(absl::StrCat(r.id(), " (", r.construction(), "): ", r.text(),
                            "\n", Listing(x)));
  if (r.n() != "*") {
    ASSERT_EQ(x.statements.size(), std::stoul(r.n()));
  }
  if (r.n() == "0") return;
  auto it = std::find_if(
      x.statements.begin(), x.statements.end(),
      [&](const ExtractedStatement& s) { return Matches(r.words(), s.text); });
  ASSERT_NE(it, x.statements.end()) << "no statement with " << r.words();
  const ExtractedStatement& s = *it;
  if (r.speaker() != "*") EXPECT_EQ(Speakers(x, s), r.speaker());
  if (r.quote() != "*") {
    EXPECT_EQ(s.quote == QuoteKind::kDirectQuote ? "q" : "p", r.quote());
  }
  if (r.relay() == "-") {
    EXPECT_TRUE(s.reported_by.empty())
        << "relayed by " << Who(x, s.reported_by[0].outlet);
  } else if (r.relay() != "*") {
    ASSERT_FALSE(s.reported_by.empty()) << "no relay";
    EXPECT_EQ(Who(x, s.reported_by[0].outlet), r.relay());
  }
  if (r.cameo() != "*") EXPECT_EQ(s.event_type.code, r.cameo());
  if (r.modality() == "a") EXPECT_EQ(s.modality, Modality::kAsserted);
  if (r.modality() == "n") EXPECT_EQ(s.modality, Modality::kNegated);
  if (r.date() == "-") {
    EXPECT_FALSE(s.date.is_known()) << s.date.ToString();
  } else if (r.date() != "*") {
    EXPECT_EQ(s.date.ToString(), r.date());
  }
  if (r.about() != "*") {
    std::vector<std::string> about;
    for (int a : s.about) about.push_back(Who(x, a));
    for (const ExtractedTarget& t : s.targets) about.push_back(Who(x, t.actor));
    EXPECT_NE(std::find(about.begin(), about.end(), r.about()), about.end())
        << "about: " << absl::StrJoin(about, ", ");
  }
}

INSTANTIATE_TEST_SUITE_P(
    Probes, AttributionProbe2, ::testing::ValuesIn(Table()),
    [](const ::testing::TestParamInfo<Row>& info) {
      return absl::StrReplaceAll(info.param.id(), {{"-", "_"}});
    });

TEST(AttributionProbe2File, RowsAreWellFormedAndUnique) {
  std::vector<std::string> ids;
  for (const Row& r : Table()) {
    ids.push_back(r.id());
    EXPECT_TRUE(
        r.n() == "*" ||
        (!r.n().empty() && std::all_of(r.n().begin(), r.n().end(),
                                       [](char c) {
                                         return absl::ascii_isdigit(
                                             static_cast<unsigned char>(c));
                                       })))
        << r.id();
    EXPECT_TRUE(r.quote() == "q" || r.quote() == "p" || r.quote() == "*")
        << r.id();
    EXPECT_TRUE(r.modality() == "a" || r.modality() == "n" ||
                r.modality() == "*")
        << r.id();
    EXPECT_TRUE(r.date() == "*" || r.date() == "-" ||
                Date::Parse(r.date()).ok())
        << r.id();
    EXPECT_FALSE(r.text().empty()) << r.id();
  }
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(std::adjacent_find(ids.begin(), ids.end()), ids.end());
  EXPECT_GE(ids.size(), 150u);
}

// The speakers of the first two statements of `text`.
std::vector<int> FirstTwoSpeakers(const std::string& text) {
  const Extraction x = ExtractDated(TheExtractor(), text);
  EXPECT_EQ(x.statements.size(), 2u) << Listing(x);
  if (x.statements.size() < 2) return {-1, -1};
  return {x.statements[0].speaker, x.statements[1].speaker};
}

// "Another aide to X" is a second unnamed person; "the aide" is the one
// named before.
TEST(AttributionProbe2Aides, AnotherAideIsASecondActor) {
  std::vector<int> two = FirstTwoSpeakers(
      "An aide to Olga Tamm said the talks were useful. Another aide to Olga "
      "Tamm said the talks had stalled.");
  EXPECT_GE(two[0], 0);
  EXPECT_NE(two[0], two[1]);
}

TEST(AttributionProbe2Aides, TheAideIsTheOneNamedBefore) {
  std::vector<int> two = FirstTwoSpeakers(
      "An aide to Olga Tamm said the talks were useful. The aide said the "
      "talks had stalled.");
  EXPECT_GE(two[0], 0);
  EXPECT_EQ(two[0], two[1]);
}

}  // namespace
}  // namespace diplograph
