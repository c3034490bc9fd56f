// Tests of the text extractor (text.h) on readout constructions checked
// when the branches of one round were put together: a minister named with
// a whole title as the object of "spoke with ... to reaffirm", an outlet
// named with what it is as the object of "told", "the Minister" after a
// host named by a title's initials, and the verbs of praise and emphasis
// a readout uses. Every sentence is written for the test, with invented
// people.

#include <string>

#include "diplograph/actor.h"
#include "diplograph/graph.h"
#include "diplograph/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"

namespace diplograph {
namespace {

using text_testing::NameOf;
using text_testing::Said;
using text_testing::StatementContaining;

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor({.name = "Chile", .kind = ActorKind::kState, .iso3 = "CHL"});
    *g->AddActor({.name = "Dominican Republic",
                  .kind = ActorKind::kState,
                  .iso3 = "DOM"});
    *g->AddActor({.name = "India", .kind = ActorKind::kState, .iso3 = "IND"});
    *g->AddActor({.name = "Estonia", .kind = ActorKind::kState, .iso3 = "EST"});
    *g->AddActor({.name = "Poland", .kind = ActorKind::kState, .iso3 = "POL"});
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

// --------------------------------------- a titled object of "spoke with"

// What a call was held to say is said by the one who called, however long
// the title of the one called: its field, its state after "of" or before
// it as a demonym.
TEST(TitledObject, PurposeClauseAfterATitleWithItsState) {
  Extraction x = Extract(
      "Secretary of State Helen Marsh spoke with Foreign Minister of the "
      "Dominican Republic Tomas Peralta today to reaffirm the close "
      "partnership between the two countries.\n");
  const ExtractedStatement* s = StatementContaining(x, "close partnership");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Helen Marsh");
}

TEST(TitledObject, PurposeClauseAfterADemonymAndATitle) {
  Extraction x = Extract(
      "Secretary Marsh spoke with Chilean Foreign Minister Paula Ibarra to "
      "underscore the value of the trade agreement.\n");
  const ExtractedStatement* s = StatementContaining(x, "trade agreement");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Marsh");
}

TEST(TitledObject, PurposeClauseAfterATitleWithAnd) {
  Extraction x = Extract(
      "Secretary Helen Marsh met with Minister for Trade and Industry Ravi "
      "Menon to highlight the new customs arrangements.\n");
  const ExtractedStatement* s = StatementContaining(x, "customs");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Helen Marsh");
}

// The same titles opening a sentence still name the speaker.
TEST(TitledObject, ATitleOpeningTheSentenceIsTheSubject) {
  Extraction x = Extract(
      "Minister of State for External Affairs Ravi Menon said the consulate "
      "would open in May.\n\n"
      "State Councillor and Foreign Minister Li Qiang said talks would go "
      "on.\n");
  const ExtractedStatement* s = StatementContaining(x, "consulate");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Ravi Menon");
  s = StatementContaining(x, "talks would go on");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Li Qiang");
}

// ------------------------------------------ an outlet as the object of told

TEST(OutletObject, ToldTheDailyIsNoSubject) {
  Extraction x = Extract(
      "Foreign Minister Kadri Lepp told the daily Valgus that the border "
      "crossing would reopen.\n");
  const ExtractedStatement* s = StatementContaining(x, "border crossing");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Kadri Lepp");
}

TEST(OutletObject, ToldANamedOutletWhichReported) {
  Extraction x = Extract(
      "Foreign Minister Kadri Lepp told state broadcaster Raadio, which "
      "reported that the ferry link would resume, that she expected no "
      "delay.\n");
  const ExtractedStatement* s = StatementContaining(x, "ferry link");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Kadri Lepp");
}

// --------------------------------------------- "the Minister" and initials

// A report that records a title's initials but never uses them keeps "The
// president" for the president who spoke.
TEST(Initials, UnusedInitialsDoNotMoveTheNominal) {
  Extraction x = Extract(
      "Polish President Jan Wrobel met Chilean Foreign Minister Paula "
      "Ibarra in Warsaw on Monday.\n\n"
      "Jan Wrobel said the two states would sign a treaty.\n\n"
      "The president said the treaty would cover ports.\n");
  const ExtractedStatement* s = StatementContaining(x, "cover ports");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Jan Wrobel");
}

// ------------------------------------------- a capitalised title in apposition

// "Chile's Foreign Minister, X, said": a capitalised title before the
// name in commas describes the speaker as a lower-case one does.
TEST(Apposition, CapitalisedTitleBeforeTheNameInCommas) {
  Extraction x = Extract(
      "Chile's Foreign Minister, Paula Ibarra, told reporters that the "
      "fishing dispute was settled.\n\n"
      "Estonia's Prime Minister, Kadri Lepp, said the ferry would run.\n");
  const ExtractedStatement* s = StatementContaining(x, "fishing dispute");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Paula Ibarra");
  s = StatementContaining(x, "ferry would run");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Kadri Lepp");
}

// "Head of Government X": "Government" is the field of the title, not the
// first word of the name.
TEST(Apposition, HeadOfGovernmentBeforeTheName) {
  Extraction x = Extract(
      "Head of Government Aziz Rahmani said the bridge would open in May.\n");
  const ExtractedStatement* s = StatementContaining(x, "bridge would open");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Aziz Rahmani");
}

// ------------------------------------------------------- readout verbs

TEST(ReadoutVerbs, CommendedHighlightedEncouragedOffered) {
  Extraction x = Extract(
      "Secretary Helen Marsh commended Chile for its work on climate "
      "finance. The Secretary highlighted the importance of secure supply "
      "chains. She encouraged Chile to join the minerals partnership. She "
      "also offered condolences for the victims of the fires.\n");
  for (const char* words : {"climate finance", "supply chains",
                            "minerals partnership", "condolences"}) {
    const ExtractedStatement* s = StatementContaining(x, words);
    ASSERT_NE(s, nullptr) << words << " " << testing::PrintToString(Said(x));
    EXPECT_EQ(NameOf(x, s->speaker), "Helen Marsh") << words;
  }
}

}  // namespace
}  // namespace diplograph
