// The attribution grammar probed construction by construction: every row of
// tests/text/data/attribution_probes.tsv is one sentence (or a few) of news
// or press-release English, written for the file with invented people, and
// what the extractor must read from it: how many statements, the speaker,
// quote or paraphrase, the words, the first relay, the CAMEO code, the
// modality, the date and an actor the statement is about. Each row is a
// test case of its own (AttributionProbe.Row/said_01, ...), so a failure
// names its construction.

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <ostream>
#include <string>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/status/statusor.h"
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

struct Probe {
  std::string id, construction;
  std::string n, speaker, quote, words, relay, cameo, modality, date, about;
  std::string text;
};

// gtest prints a parameter with this (the id, not the bytes).
void PrintTo(const Probe& p, std::ostream* os) { *os << p.id; }

// The rows of the probe file (text_testing::ReadTsvRows aborts when the
// file is missing or a row is malformed).
std::vector<Probe> LoadProbes() {
  std::vector<Probe> probes;
  for (std::vector<std::string>& f :
       text_testing::ReadTsvRows(std::string(DIPLOGRAPH_SOURCE_DIR) +
                                     "/tests/text/data/attribution_probes.tsv",
                                 12)) {
    Probe p{f[0], f[1], f[2], f[3], f[4],  f[5],
            f[6], f[7], f[8], f[9], f[10], f[11]};
    p.text = absl::StrReplaceAll(p.text, {{"\\n", "\n"}});
    probes.push_back(std::move(p));
  }
  return probes;
}

const std::vector<Probe>& Probes() {
  static const std::vector<Probe>* const probes =
      new std::vector<Probe>(LoadProbes());
  return *probes;
}

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor({.name = "Norway", .kind = ActorKind::kState, .iso3 = "NOR"});
    *g->AddActor({.name = "Iceland", .kind = ActorKind::kState, .iso3 = "ISL"});
    for (const char* person :
         {"Olga Tamm", "Pavel Sorin", "Anna Berg", "Erik Lund"}) {
      *g->AddActor({.name = person, .kind = ActorKind::kPerson});
    }
    *g->AddActor({.name = "Daily Courier",
                  .kind = ActorKind::kMediaOutlet,
                  .aliases = {"the Daily Courier"}});
    *g->AddActor({.name = "Nordic Wire", .kind = ActorKind::kMediaOutlet});
    return g;
  }();
  return *graph;
}

const Extractor& TheExtractor() {
  static const Extractor* const extractor = [] {
    absl::StatusOr<Extractor> e = Extractor::Create(Known());
    if (!e.ok()) std::abort();
    return new Extractor(*std::move(e));
  }();
  return *extractor;
}

std::string NameOf(const Extraction& x, int actor) {
  return actor >= 0 ? x.actors[actor].name : "?";
}

// The words without surrounding spaces and , . ; : marks.
std::string Normal(absl::string_view w) {
  w = absl::StripAsciiWhitespace(w);
  auto strip = [](char c) {
    return c == ',' || c == '.' || c == ';' || c == ':' ||
           absl::ascii_isspace(static_cast<unsigned char>(c));
  };
  while (!w.empty() && strip(w.front())) w.remove_prefix(1);
  while (!w.empty() && strip(w.back())) w.remove_suffix(1);
  return std::string(w);
}

bool WordsMatch(const std::string& want, const std::string& got) {
  if (want == "*") return true;
  if (want == "=") return Normal(got).empty();
  if (absl::StartsWith(want, "~")) {
    return absl::StrContains(got, absl::string_view(want).substr(1));
  }
  return Normal(got) == Normal(want);
}

std::string Describe(const Extraction& x) {
  std::vector<std::string> out;
  for (const ExtractedStatement& s : x.statements) {
    std::string relay =
        s.reported_by.empty() ? "" : NameOf(x, s.reported_by[0].outlet);
    out.push_back(
        absl::StrCat("  [", NameOf(x, s.speaker), "] (",
                     s.quote == QuoteKind::kDirectQuote ? "q" : "p", " ",
                     s.event_type.code, " ", ModalityName(s.modality), " ",
                     s.date.ToString(), relay.empty() ? "" : " via " + relay,
                     " ", s.speaker_rule, "/", s.rule, ") <", s.text, ">"));
  }
  return out.empty() ? "  (no statements)" : absl::StrJoin(out, "\n");
}

class AttributionProbe : public ::testing::TestWithParam<Probe> {};

TEST_P(AttributionProbe, Row) {
  const Probe& p = GetParam();
  DocumentInfo info;
  info.publication_date = *Date::Parse("2024-03-08");  // a Friday
  absl::StatusOr<Extraction> got = TheExtractor().Extract(p.text, info);
  ASSERT_TRUE(got.ok()) << got.status();
  const Extraction& x = *got;
  SCOPED_TRACE(absl::StrCat(p.id, " (", p.construction, "): ", p.text, "\n",
                            Describe(x)));
  if (p.n != "*") {
    ASSERT_EQ(x.statements.size(), static_cast<size_t>(std::stoi(p.n)));
  }
  if (p.n == "0") return;
  const ExtractedStatement* s = nullptr;
  for (const ExtractedStatement& c : x.statements) {
    if (WordsMatch(p.words, c.text)) {
      s = &c;
      break;
    }
  }
  ASSERT_NE(s, nullptr) << "no statement with the words " << p.words;
  if (p.speaker != "*") {
    EXPECT_EQ(NameOf(x, s->speaker), p.speaker);
  }
  if (p.quote != "*") {
    EXPECT_EQ(s->quote == QuoteKind::kDirectQuote ? "q" : "p", p.quote);
  }
  if (p.relay == "-") {
    EXPECT_TRUE(s->reported_by.empty())
        << "relayed by " << NameOf(x, s->reported_by[0].outlet);
  } else if (p.relay != "*") {
    ASSERT_FALSE(s->reported_by.empty()) << "no relay";
    EXPECT_EQ(NameOf(x, s->reported_by[0].outlet), p.relay);
  }
  if (p.cameo != "*") {
    EXPECT_EQ(s->event_type.code, p.cameo);
  }
  if (p.modality == "a") {
    EXPECT_EQ(s->modality, Modality::kAsserted);
  } else if (p.modality == "n") {
    EXPECT_EQ(s->modality, Modality::kNegated);
  }
  if (p.date == "-") {
    EXPECT_FALSE(s->date.is_known()) << s->date.ToString();
  } else if (p.date != "*") {
    EXPECT_EQ(s->date.ToString(), p.date);
  }
  if (p.about != "*") {
    std::vector<std::string> about;
    for (int a : s->about) about.push_back(NameOf(x, a));
    for (const ExtractedTarget& t : s->targets) {
      about.push_back(NameOf(x, t.actor));
    }
    EXPECT_TRUE(std::find(about.begin(), about.end(), p.about) != about.end())
        << "about: " << absl::StrJoin(about, ", ");
  }
}

INSTANTIATE_TEST_SUITE_P(
    Probes, AttributionProbe, ::testing::ValuesIn(Probes()),
    [](const ::testing::TestParamInfo<Probe>& info) {
      return absl::StrReplaceAll(info.param.id, {{"-", "_"}});
    });

TEST(AttributionProbeFile, HasUniqueIdsAndEnoughRows) {
  std::vector<std::string> ids;
  for (const Probe& p : Probes()) {
    ids.push_back(p.id);
    // Every column holds one of the values the test knows.
    EXPECT_TRUE(
        p.n == "*" ||
        (!p.n.empty() && absl::c_all_of(p.n,
                                        [](char c) {
                                          return absl::ascii_isdigit(
                                              static_cast<unsigned char>(c));
                                        })))
        << p.id;
    EXPECT_TRUE(p.quote == "q" || p.quote == "p" || p.quote == "*") << p.id;
    EXPECT_TRUE(p.modality == "a" || p.modality == "n" || p.modality == "*")
        << p.id;
    EXPECT_TRUE(p.date == "*" || p.date == "-" || Date::Parse(p.date).ok())
        << p.id;
    EXPECT_FALSE(p.text.empty()) << p.id;
  }
  std::sort(ids.begin(), ids.end());
  EXPECT_TRUE(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
  EXPECT_GE(ids.size(), 150u);
}

}  // namespace
}  // namespace diplograph
