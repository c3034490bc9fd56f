// Tests of the text extractor (text.h) on the constructions that the
// held-out documents h18-h21 (a news report on a leaders' phone call, a
// wire report with relay chains, a ministry's press release on a
// minister's talks and a foreign ministry press conference) showed it
// missing. Every sentence is written for the test, with invented people.

#include <string>
#include <vector>

#include "diplograph/actor.h"
#include "diplograph/graph.h"
#include "diplograph/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"

namespace diplograph {
namespace {

using ::testing::Contains;
using ::testing::Not;
using text_testing::NameOf;
using text_testing::Names;
using text_testing::Said;
using text_testing::StatementContaining;

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor({.name = "Jordan", .kind = ActorKind::kState, .iso3 = "JOR"});
    *g->AddActor({.name = "Oman", .kind = ActorKind::kState, .iso3 = "OMN"});
    *g->AddActor({.name = "Senegal", .kind = ActorKind::kState, .iso3 = "SEN"});
    *g->AddActor({.name = "Peru", .kind = ActorKind::kState, .iso3 = "PER"});
    return g;
  }();
  return *graph;
}

const Extractor& TheExtractor() {
  static const Extractor* const extractor = text_testing::NewExtractor(Known());
  return *extractor;
}

Extraction Extract(const std::string& text) {
  return text_testing::ExtractDated(TheExtractor(), text);
}

// ------------------------------------------------- names

TEST(ArabicArticle, TheArticleDoesNotEndTheName) {
  Extraction x = Extract(
      "Jordanian Foreign Minister Karim Nasser al-Tamimi said on Thursday "
      "that the border crossing would reopen next week.\n\n"
      "Tamimi said Oman had offered to help with the inspections.");
  EXPECT_THAT(Names(x), Contains("Karim Nasser al-Tamimi"));
  EXPECT_THAT(Names(x), Not(Contains("Karim Nasser")));
  const ExtractedStatement* s = StatementContaining(x, "offered to help");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Karim Nasser al-Tamimi");
}

TEST(Honorific, AnHonorificAloneIntroducesAName) {
  Extraction x = Extract(
      "The delegation was led by the head of the trade mission, Ms. Awa "
      "Diop Ndiaye, who arrived on Wednesday.\n\n"
      "Ms. Ndiaye said Senegal wanted a new fisheries agreement.");
  EXPECT_THAT(Names(x), Contains("Awa Diop Ndiaye"));
  const ExtractedStatement* s =
      StatementContaining(x, "wanted a new fisheries agreement");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Awa Diop Ndiaye");
}

}  // namespace
}  // namespace diplograph
