// Tests of the text extractor (text.h) on the constructions of docs/text.md
// step 68: demonyms as the sides of a hyphenated pair ("Uzbek-American
// strategic partnership", "Sino-Russian ties"); a state's name beside a
// capitalised relationship ("the Canada-Mexico Partnership", "the U.S.-ROK
// Alliance"); a capitalised joint activity as a forum ("the U.S.-Kuwait
// Strategic Dialogue"). Every text is written for the test, with invented
// people; states come from the registry.

#include <string>
#include <vector>

#include "diplograph/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"

namespace diplograph {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using text_testing::Names;
using text_testing::Relations;

Extraction Extract(const std::string& text,
                   const std::string& date = "2026-06-30") {
  return text_testing::ExtractDated(text_testing::RegistryOnlyExtractor(), text,
                                    date);
}

// Whether a relationship joins the two named actors (either way) with a
// label holding `label`.
bool HasRelation(const Extraction& x, const std::string& a,
                 const std::string& b, const std::string& label) {
  for (const ExtractedRelationship& r : x.relationships) {
    const std::string from = text_testing::NameOf(x, r.from);
    const std::string to = text_testing::NameOf(x, r.to);
    if (((from == a && to == b) || (from == b && to == a)) &&
        r.label.find(label) != std::string::npos) {
      return true;
    }
  }
  return false;
}

// Two demonyms joined by a hyphen name the two states of the relationship
// after them, also where the text names neither state otherwise.
TEST(DemonymPairs, TwoDemonymsJoinedByAHyphen) {
  const Extraction x = Extract(
      "The two presidents discussed the prospects of the Uzbek-American "
      "strategic partnership and regional issues.\n");
  EXPECT_TRUE(
      HasRelation(x, "Uzbekistan", "United States", "strategic partnership"))
      << testing::PrintToString(Relations(x));
}

TEST(DemonymPairs, RelationsOfThePairInANarratorsSentence) {
  const Extraction x = Extract(
      "ASTANA, June 29 - The sides agreed to raise Kazakh-Saudi relations to "
      "the level of a strategic partnership.\n");
  EXPECT_TRUE(HasRelation(x, "Kazakhstan", "Saudi Arabia", "relations") ||
              HasRelation(x, "Kazakhstan", "Saudi Arabia", "partnership"))
      << testing::PrintToString(Relations(x));
}

TEST(DemonymPairs, AnEnDashJoinsThemToo) {
  const Extraction x = Extract(
      "Officials in Jakarta praised Russian\xE2\x80\x93Indonesian ties, "
      "which they called a strategic partnership.\n");
  EXPECT_TRUE(HasRelation(x, "Russia", "Indonesia", "ties"))
      << testing::PrintToString(Relations(x));
}

// A demonym joined to a state's name, and China's combining form.
TEST(DemonymPairs, ADemonymBesideAStatesNameAndSino) {
  const Extraction x = Extract(
      "Foreign Minister Lena Varga said Sino-Hungarian relations had never "
      "been better.\n");
  EXPECT_TRUE(HasRelation(x, "China", "Hungary", "relations"))
      << testing::PrintToString(Relations(x));
}

// A demonym alone stays an adjective: no actor and no end.
TEST(DemonymPairs, ADemonymAloneNamesNoEnd) {
  const Extraction x = Extract(
      "Foreign Minister Lena Varga praised the Hungarian strategic "
      "partnership programme at a forum in Pecs.\n");
  EXPECT_THAT(Relations(x), IsEmpty());
  EXPECT_THAT(Names(x), Not(Contains("Hungary")));
}

// A pair of demonyms before a word that names no relationship adds no
// state: the state of a demonym is added only as a relationship's end.
TEST(DemonymPairs, NoRelationshipNoState) {
  const Extraction x = Extract(
      "Lena Varga attended the Polish-Lithuanian film festival in "
      "Vilnius.\n");
  EXPECT_THAT(Names(x), Not(Contains("Poland")));
  EXPECT_THAT(Relations(x), IsEmpty());
}

// "Sino" is China's only before a joiner and a state: a word that merely
// ends in it, or "Sino" alone, names no one.
TEST(DemonymPairs, SinoOnlyAsASide) {
  const Extraction x = Extract(
      "The Casino-Hungarian partnership fund was launched in Budapest.\n");
  EXPECT_THAT(Names(x), Not(Contains("China")));
}

// The mention finder reads a state's name before another capitalised word
// as part of a longer name; beside a pair's joiner it is the pair's side.
TEST(CapitalisedPairs, AStatesNameBeforeACapitalisedRelationship) {
  const Extraction x = Extract(
      "Foreign Minister Lena Varga praised the Canada-Mexico Partnership and "
      "the U.S.-ROK Alliance.\n");
  EXPECT_TRUE(HasRelation(x, "Canada", "Mexico", "Partnership"))
      << testing::PrintToString(Relations(x));
  EXPECT_TRUE(HasRelation(x, "United States", "South Korea", "Alliance"))
      << testing::PrintToString(Relations(x));
}

TEST(CapitalisedPairs, BothSidesBesideCapitalisedWords) {
  const Extraction x = Extract(
      "The ministers reaffirmed the strength of the Australia-ROK "
      "Comprehensive Strategic Partnership.\n");
  EXPECT_TRUE(HasRelation(x, "Australia", "South Korea",
                          "Comprehensive Strategic Partnership"))
      << testing::PrintToString(Relations(x));
}

// A state's name of several words after the joiner is read whole; a
// longer name of a city is no side.
TEST(CapitalisedPairs, NamesOfSeveralWordsAfterTheJoiner) {
  const Extraction x =
      Extract("Lena Varga praised the Canada-South Sudan Partnership.\n");
  EXPECT_TRUE(HasRelation(x, "Canada", "South Sudan", "Partnership"))
      << testing::PrintToString(Relations(x));
  const Extraction y =
      Extract("Lena Varga praised the Canada-Mexico City Partnership.\n");
  for (const std::string& r : Relations(y)) {
    EXPECT_THAT(r, Not(HasSubstr("Mexico"))) << r;
  }
}

// A joint activity named with capitals is a forum, not a relationship; in
// lower case it is the pair's activity.
TEST(CapitalisedPairs, ACapitalisedDialogueIsAForum) {
  const Extraction x = Extract(
      "Lena Varga will attend the third U.S.-Kuwait Strategic Dialogue in "
      "Washington.\n");
  EXPECT_THAT(Relations(x), IsEmpty());
  const Extraction y = Extract(
      "Lena Varga praised the deepening U.S.-Kuwait strategic dialogue.\n");
  EXPECT_TRUE(HasRelation(y, "United States", "Kuwait", "dialogue"))
      << testing::PrintToString(Relations(y));
}

}  // namespace
}  // namespace diplograph
