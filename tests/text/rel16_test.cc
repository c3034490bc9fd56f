// Tests of the relationship clauses on predicates and first persons
// (docs/text.md step 50): "X is a strategic partner for Y", "X is one of Y's
// closest allies", "X is our partner" in the words of a state's minister,
// "the friendship that binds X and Y", "between their countries" after two
// leaders, and the phrases that are no relationship of the ends ("prisoners
// of war", "to exchange"). Every text is written for the test, with
// invented people.

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
using ::testing::IsEmpty;
using ::testing::Not;
using text_testing::NameOf;
using text_testing::Relations;

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor({.name = "Norway", .kind = ActorKind::kState, .iso3 = "NOR"});
    *g->AddActor({.name = "Iceland", .kind = ActorKind::kState, .iso3 = "ISL"});
    *g->AddActor({.name = "Chile", .kind = ActorKind::kState, .iso3 = "CHL"});
    *g->AddActor({.name = "Peru", .kind = ActorKind::kState, .iso3 = "PER"});
    *g->AddActor({.name = "Uruguay", .kind = ActorKind::kState, .iso3 = "URY"});
    *g->AddActor(
        {.name = "Paraguay", .kind = ActorKind::kState, .iso3 = "PRY"});
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

// Either order of a symmetric relationship's ends.
bool HasRelation(const Extraction& x, const std::string& a,
                 const std::string& b, const std::string& label) {
  for (const std::string& r : Relations(x)) {
    if (r == a + " -- " + b + ": " + label ||
        r == b + " -- " + a + ": " + label) {
      return true;
    }
  }
  return false;
}

// "X is a strategic partner for Y": a copula makes the phrase a predicate
// of its subject, and "for Y" names the other end.
TEST(Rel16Test, CopulaPredicateForTheOtherEnd) {
  const Extraction x = Extract(
      "Norway is a strategic partner for Iceland in the Arctic Council, the "
      "minister said.\n");
  EXPECT_TRUE(HasRelation(x, "Norway", "Iceland", "strategic partner"))
      << testing::PrintToString(Relations(x));

  const Extraction y = Extract(
      "Peru has always been a reliable partner for Chile, the statement "
      "said.\n");
  EXPECT_TRUE(HasRelation(y, "Peru", "Chile", "partner"))
      << testing::PrintToString(Relations(y));

  // "for" after a phrase with no copula before it is no end: the
  // beneficiary of an act is not the partner.
  const Extraction z = Extract(
      "Uruguay signed a cooperation agreement on fisheries for Paraguay's "
      "benefit.\n");
  EXPECT_FALSE(HasRelation(z, "Uruguay", "Paraguay", "cooperation"))
      << testing::PrintToString(Relations(z));
}

// "X is one of Y's closest allies": the possessor is one end, the subject
// of the copula the other; superlatives and the usual qualities of a
// partner may stand between the possessor and the phrase.
TEST(Rel16Test, CopulaSubjectOfAPossessedPhrase) {
  const Extraction x = Extract(
      "Iceland is one of Norway's closest allies, and the two governments "
      "meet every year.\n");
  EXPECT_TRUE(HasRelation(x, "Iceland", "Norway", "allies"))
      << testing::PrintToString(Relations(x));

  const Extraction y = Extract(
      "Paraguay remains Uruguay's most reliable partner in the region, "
      "officials said.\n");
  EXPECT_TRUE(HasRelation(y, "Paraguay", "Uruguay", "partner"))
      << testing::PrintToString(Relations(y));

  // The object of a preposition before the copula is no subject.
  const Extraction z =
      Extract("Trade with Chile is one of Peru's main concerns this year.\n");
  EXPECT_THAT(Relations(z), IsEmpty());
}

// "our" and "for us" in a state's words: the speaker's state is the end.
// In the narrator's words, or from a speaker tied to no state, "our" names
// no end.
TEST(Rel16Test, FirstPersonIsTheSpeakersState) {
  const Extraction x = Extract(
      "\"Iceland is our strategic partner, and we will keep working "
      "together,\" Norwegian Foreign Minister Ingrid Solberg said on "
      "Thursday.\n");
  EXPECT_TRUE(HasRelation(x, "Iceland", "Norway", "strategic partner"))
      << testing::PrintToString(Relations(x));

  const Extraction y = Extract(
      "\"Peru is one of our closest friends,\" Chilean Foreign Minister "
      "Tomas Herrera told reporters.\n");
  EXPECT_TRUE(HasRelation(y, "Peru", "Chile", "friends"))
      << testing::PrintToString(Relations(y));

  const Extraction z = Extract(
      "\"Paraguay is a strategic partner for us,\" said Uruguayan Foreign "
      "Minister Lucia Ferreyra.\n");
  EXPECT_TRUE(HasRelation(z, "Paraguay", "Uruguay", "strategic partner"))
      << testing::PrintToString(Relations(z));

  const Extraction w = Extract(
      "\"We regard Chile as a key partner in the Pacific,\" Peruvian Foreign "
      "Minister Jorge Salas said.\n");
  EXPECT_TRUE(HasRelation(w, "Chile", "Peru", "partner"))
      << testing::PrintToString(Relations(w));

  // The narrator's "our" (an editorial) is nobody's state.
  const Extraction n = Extract(
      "In our view, Peru is our most important partner on the continent.\n");
  EXPECT_THAT(Relations(n), IsEmpty());
}

// "the friendship that binds X and Y", "the alliance and the friendship
// which unite X and Y", "the ties that exist between X and Y".
TEST(Rel16Test, ARelativeClauseThatBindsTheEnds) {
  const Extraction x = Extract(
      "The ministers recalled the friendship and the alliance that bind "
      "Norway and Iceland.\n");
  EXPECT_TRUE(HasRelation(x, "Norway", "Iceland", "friendship"))
      << testing::PrintToString(Relations(x));
  EXPECT_TRUE(HasRelation(x, "Norway", "Iceland", "alliance"))
      << testing::PrintToString(Relations(x));

  const Extraction y = Extract(
      "Both leaders praised the close ties that have long united Chile and "
      "Peru.\n");
  EXPECT_TRUE(HasRelation(y, "Chile", "Peru", "close ties"))
      << testing::PrintToString(Relations(y));

  const Extraction z = Extract(
      "He spoke of the friendship that exists between Uruguay and "
      "Paraguay.\n");
  EXPECT_TRUE(HasRelation(z, "Uruguay", "Paraguay", "friendship"))
      << testing::PrintToString(Relations(z));

  // A relative clause of another verb names no ends.
  const Extraction w =
      Extract("The friendship that Norway praised was discussed in Iceland.\n");
  EXPECT_FALSE(HasRelation(w, "Norway", "Iceland", "friendship"));
}

// "X and Y agreed to deepen the strategic partnership between their
// countries": the two leaders stand for their states.
TEST(Rel16Test, BetweenTheirCountriesGivesTheLeadersStates) {
  const Extraction x = Extract(
      "Norwegian Prime Minister Lars Haugen and Icelandic Prime Minister "
      "Sigrun Olafsdottir agreed to deepen the strategic partnership "
      "between their countries.\n");
  EXPECT_TRUE(HasRelation(x, "Norway", "Iceland", "strategic partnership"))
      << testing::PrintToString(Relations(x));

  const Extraction y = Extract(
      "Chilean President Rosa Medina and Peruvian President Jorge Salas "
      "upgraded relations between their two nations to a comprehensive "
      "strategic partnership.\n");
  EXPECT_TRUE(
      HasRelation(y, "Chile", "Peru", "comprehensive strategic partnership"))
      << testing::PrintToString(Relations(y));
  EXPECT_THAT(Relations(y), Not(Contains("Rosa Medina -- Jorge Salas: "
                                         "comprehensive strategic "
                                         "partnership")));
}

// "upgraded (their) relations to (the level of) a comprehensive strategic
// partnership": the phrase after "to" is the relationship, with the ends of
// the relations, which are not asserted on their own.
TEST(Rel16Test, RelationsUpgradedToAPartnership) {
  const Extraction x = Extract(
      "Norway and Iceland upgraded their relations to a comprehensive "
      "strategic partnership on Monday.\n");
  EXPECT_TRUE(HasRelation(x, "Norway", "Iceland",
                          "comprehensive strategic partnership"))
      << testing::PrintToString(Relations(x));
  EXPECT_FALSE(HasRelation(x, "Norway", "Iceland", "relations"))
      << testing::PrintToString(Relations(x));

  const Extraction y = Extract(
      "The leaders agreed to raise relations between Chile and Peru to the "
      "level of a strategic partnership.\n");
  EXPECT_TRUE(HasRelation(y, "Chile", "Peru", "strategic partnership"))
      << testing::PrintToString(Relations(y));
  EXPECT_FALSE(HasRelation(y, "Chile", "Peru", "relations"))
      << testing::PrintToString(Relations(y));

  // Without a verb of upgrading, "relations to" is no upgrade: both are
  // read as before.
  const Extraction z = Extract(
      "Uruguay and Paraguay discussed their close ties and cooperation in "
      "the river basin.\n");
  EXPECT_TRUE(HasRelation(z, "Uruguay", "Paraguay", "close ties"))
      << testing::PrintToString(Relations(z));
}

// One end a state, the other a person of another state: the person speaks
// for its state. Two persons keep their own names.
TEST(Rel16Test, APersonFacingAStateStandsForItsState) {
  const Extraction x = Extract(
      "Norwegian Foreign Minister Ingrid Solberg and Icelandic Foreign "
      "Minister Gudrun Einarsdottir are ready to build relations with Peru "
      "on an equal basis, the ministries said.\n");
  EXPECT_TRUE(HasRelation(x, "Norway", "Peru", "relations"))
      << testing::PrintToString(Relations(x));
  EXPECT_TRUE(HasRelation(x, "Iceland", "Peru", "relations"))
      << testing::PrintToString(Relations(x));

  const Extraction y = Extract(
      "Chilean President Rosa Medina has a close friendship with Peruvian "
      "President Jorge Salas, aides said.\n");
  EXPECT_TRUE(HasRelation(y, "Rosa Medina", "Jorge Salas", "friendship"))
      << testing::PrintToString(Relations(y));
}

// In a joint statement, "the partnership that binds the two countries"
// names its parties.
TEST(Rel16Test, APartnershipThatBindsTheTwoCountries) {
  const Extraction x = Extract(
      "Joint Statement of Norway and Iceland\n\n"
      "The Prime Minister of Norway and the Prime Minister of Iceland met in "
      "Reykjavik on 2 March 2024.\n\n"
      "1. The two Prime Ministers reaffirmed the exceptional partnership "
      "that binds the two countries.\n");
  EXPECT_TRUE(HasRelation(x, "Norway", "Iceland", "exceptional partnership") ||
              HasRelation(x, "Norway", "Iceland", "partnership"))
      << testing::PrintToString(Relations(x));
}

// Phrases that name no relationship of the actors around them: a word of a
// capitalised name, the complement of another noun, a verb after "to",
// and "their" that refers to third parties rather than to a document's
// sides.
TEST(Rel16Test, PhrasesThatAreNoRelationship) {
  const Extraction x = Extract(
      "Norway and Iceland agreed on Tuesday to exchange 200 prisoners of "
      "war held since the incident.\n");
  EXPECT_THAT(Relations(x), IsEmpty());

  const Extraction y = Extract(
      "Chile and Peru signed the Memorandum of Cooperation on fisheries in "
      "Lima.\n");
  EXPECT_FALSE(HasRelation(y, "Chile", "Peru", "Cooperation"))
      << testing::PrintToString(Relations(y));

  // An exchange of things is an act between the two, not a relationship;
  // exchanges alone are one.
  const Extraction e = Extract(
      "The ministers agreed on the exchange of intelligence between Norway "
      "and Iceland.\n");
  EXPECT_FALSE(HasRelation(e, "Norway", "Iceland", "exchange"))
      << testing::PrintToString(Relations(e));
  const Extraction f = Extract(
      "The ministers praised the cultural exchanges between Norway and "
      "Iceland.\n");
  EXPECT_TRUE(HasRelation(f, "Norway", "Iceland", "cultural exchanges"))
      << testing::PrintToString(Relations(f));

  // Lower case, the same words are a relationship.
  const Extraction z =
      Extract("Chile and Peru agreed to deepen cooperation on fisheries.\n");
  EXPECT_TRUE(HasRelation(z, "Chile", "Peru", "cooperation"))
      << testing::PrintToString(Relations(z));

  // A joint statement of Norway and Iceland that calls on others to keep
  // ties with their neighbours: the neighbours are the others'.
  const Extraction w = Extract(
      "Joint Statement of Norway and Iceland\n\n"
      "The Prime Minister of Norway and the Prime Minister of Iceland met in "
      "Oslo on 2 March 2024.\n\n"
      "1. The two Prime Ministers called on Chile, Peru and Uruguay to "
      "maintain cooperation with their neighbours.\n");
  EXPECT_FALSE(HasRelation(w, "Norway", "Iceland", "neighbours"))
      << testing::PrintToString(Relations(w));
}

// "above-standard relations", a row of the relationship lexicon.
TEST(Rel16Test, AboveStandardRelations) {
  const Extraction x = Extract(
      "The ministers praised the above-standard relations between Uruguay "
      "and Paraguay.\n");
  EXPECT_TRUE(HasRelation(x, "Uruguay", "Paraguay", "above-standard relations"))
      << testing::PrintToString(Relations(x));
}

// "X attaches great importance to Y as a strategic partner", "X welcomed Y
// as a partner": Y is labelled by the nearest actor before it.
TEST(Rel16Test, AnObjectLabelledAsAPartner) {
  const Extraction x = Extract(
      "Norway attaches great importance to Iceland as a strategic partner "
      "in the north, the ministry said.\n");
  EXPECT_TRUE(HasRelation(x, "Norway", "Iceland", "strategic partner"))
      << testing::PrintToString(Relations(x));

  const Extraction y = Extract(
      "Chile welcomed Peru as a natural partner in the Pacific Alliance "
      "talks.\n");
  EXPECT_TRUE(HasRelation(y, "Chile", "Peru", "partner"))
      << testing::PrintToString(Relations(y));

  // "as well as" is no label.
  const Extraction z = Extract(
      "Uruguay invited Paraguay as well as partners from the region.\n");
  EXPECT_FALSE(HasRelation(z, "Uruguay", "Paraguay", "partners"))
      << testing::PrintToString(Relations(z));
}

}  // namespace
}  // namespace diplograph
