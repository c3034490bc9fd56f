// Tests of the text extractor (text.h) on page layouts and attribution
// constructions that a fourth batch of real published pages showed
// missing: press-conference transcripts whose "Q:"/"A:" labels lost their
// colons, news reports headed "Joint Communique ..." that retell the
// communique rather than print it, and "it said" naming a joint statement.
// Every sentence is written for the test, with invented people.

#include <string>
#include <vector>

#include "absl/status/statusor.h"
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
using text_testing::Said;
using text_testing::SaidTogether;
using text_testing::StatementContaining;

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor({.name = "Norway", .kind = ActorKind::kState, .iso3 = "NOR"});
    *g->AddActor({.name = "Iceland", .kind = ActorKind::kState, .iso3 = "ISL"});
    *g->AddActor({.name = "Finland", .kind = ActorKind::kState, .iso3 = "FIN"});
    *g->AddActor({.name = "Olga Tamm", .kind = ActorKind::kPerson});
    *g->AddActor({.name = "Pavel Sorin", .kind = ActorKind::kPerson});
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

// "Q ...?" / "A ...": a transcript whose labels lost their colons. Every
// answer is the host's, named by the heading; the question is no statement.
TEST(Real8Test, BareQuestionAndAnswerLabelsMakeATranscript) {
  const Extraction x = Extract(
      "Foreign Ministry Spokesperson Olga Tamm's Regular Press Conference on "
      "March 8, 2024\n\n"
      "Q The fishing talks with Iceland ended yesterday. What is your "
      "comment?\n"
      "A The talks were useful and we will meet again in May.\n"
      "Q Will Norway send a delegation to the summit?\n"
      "A I have no information on that at the moment.\n");
  EXPECT_THAT(Said(x),
              Contains("Olga Tamm: The talks were useful and we will meet "
                       "again in May."));
  EXPECT_THAT(Said(x), Contains("Olga Tamm: I have no information on that at "
                                "the moment."));
  EXPECT_EQ(StatementContaining(x, "What is your comment"), nullptr);
}

// A writer's sentence opening with the article "A" is no answer label: no
// bare "Q ...?" line comes right before it.
TEST(Real8Test, ArticleAOpeningASentenceIsNoAnswerLabel) {
  const Extraction x = Extract(
      "Talks in Oslo\n\n"
      "A Norwegian delegation arrived in Reykjavik on Thursday.\n"
      "A Finnish minister will join them on Friday.\n");
  EXPECT_NE(x.info.genre, Genre::kTranscript);
  EXPECT_THAT(x.statements, IsEmpty());
}

// A report under a "Joint Communique ..." heading that retells the
// communique ("X and Y issued a joint communique", "the communique said")
// is read as a report: each clause is a statement of the two parties, not
// the whole page one statement.
TEST(Real8Test, ReportUnderJointCommuniqueHeadingIsReadAsAReport) {
  const Extraction x = Extract(
      "Joint Communique after the fisheries talks in Oslo\n\n"
      "OSLO, March 8 (NTB) - Norway and Iceland on Friday issued a joint "
      "communique at the end of two days of talks on fishing quotas.\n\n"
      "The communique said the two sides will share data on cod stocks "
      "every month.\n\n"
      "It said a new round of talks will take place in Reykjavik in June.\n");
  EXPECT_NE(x.info.genre, Genre::kJointStatement);
  EXPECT_THAT(SaidTogether(x),
              Contains("Norway + Iceland: the two sides will share data on "
                       "cod stocks every month"));
  EXPECT_THAT(SaidTogether(x),
              Contains("Norway + Iceland: a new round of talks will take "
                       "place in Reykjavik in June"));
}

// "X and Y have agreed to ..., according to a joint statement" and the
// quotations that follow with "it said": the two parties, with no earlier
// speaker to take "it" from.
TEST(Real8Test, ItSaidAfterAJointStatementNamesItsParties) {
  const Extraction x = Extract(
      "Norway and Iceland have agreed to open a joint research station on "
      "Svalbard, according to a joint statement issued in Oslo on Friday.\n"
      "\"The two countries will fund the station in equal parts,\" it "
      "said.\n");
  EXPECT_THAT(SaidTogether(x),
              Contains("Norway + Iceland: Norway and Iceland have agreed to "
                       "open a joint research station on Svalbard"));
  EXPECT_THAT(SaidTogether(x),
              Contains("Norway + Iceland: The two countries will fund the "
                       "station in equal parts"));
}

// "Joint Statement between X and Y" over a line of date and place: the
// text that follows is the two parties' statement.
TEST(Real8Test, JointStatementHeadingNamingBothPartiesOverADateLine) {
  const Extraction x = Extract(
      "Joint Statement between the Kingdom of Norway and Iceland\n\n"
      "8 March 2024, Oslo\n\n"
      "1. Both sides agree that cooperation in the Arctic serves the "
      "interests of the two peoples.\n\n"
      "2. Both sides will hold annual consultations on fisheries.\n");
  EXPECT_EQ(x.info.genre, Genre::kJointStatement);
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_EQ(NameOf(x, x.statements[0].speaker), "Norway");
  ASSERT_EQ(x.statements[0].co_speakers.size(), 1u);
  EXPECT_EQ(NameOf(x, x.statements[0].co_speakers[0]), "Iceland");
}

// "“…,” read a statement from X": X issued the words; "the statement
// added that" then names X too.
TEST(Real8Test, ReadAStatementFromNamesTheIssuer) {
  const Extraction x = Extract(
      "Talks in Oslo\n\n"
      "\"The two ministers discussed fishing quotas in the Barents Sea,\" "
      "read a statement from Iceland. The statement added that the talks "
      "would resume in May.\n");
  EXPECT_THAT(Said(x), Contains("Iceland: The two ministers discussed fishing "
                                "quotas in the Barents Sea"));
  EXPECT_THAT(Said(x), Contains("Iceland: the talks would resume in May"));
}

// "It said the two sides have underlined X": one statement of the
// parties, not a second one for the clause inside its words.
TEST(Real8Test, SameSpeakersClauseInsideReportedWordsIsOneStatement) {
  const Extraction x = Extract(
      "Norway and Iceland issued a joint communique on Friday.\n\n"
      "It said the two sides have underlined the need to protect the cod "
      "stocks of the North Atlantic.\n");
  EXPECT_THAT(SaidTogether(x),
              testing::ElementsAre("Norway + Iceland: the two sides have "
                                   "underlined the need to protect the cod "
                                   "stocks of the North Atlantic"));
}

// "The pair reportedly agreed to ...", "The two agreed that ...": the two
// persons last named, as "the two leaders" would be.
TEST(Real8Test, ThePairAndTheTwoAreTheTwoPersonsLastNamed) {
  const Extraction x = Extract(
      "Ministers speak by phone\n\n"
      "Olga Tamm and Pavel Sorin spoke by telephone on Thursday.\n"
      "The pair reportedly agreed to meet in Bergen next month.\n"
      "The two agreed that the fishing season should open in April.\n");
  EXPECT_THAT(SaidTogether(x), Contains("Olga Tamm + Pavel Sorin: to meet in "
                                        "Bergen next month"));
  EXPECT_THAT(SaidTogether(x),
              Contains("Olga Tamm + Pavel Sorin: the fishing season should "
                       "open in April"));
}

// "The two countries" is no pair of persons: "the two" is read only right
// before the verb.
TEST(Real8Test, TheTwoCountriesIsNoPairOfPersons) {
  const Extraction x = Extract(
      "Ministers speak by phone\n\n"
      "Olga Tamm and Pavel Sorin spoke by telephone on Thursday.\n"
      "The two countries agreed to hold a summit in Bergen.\n");
  EXPECT_EQ(StatementContaining(x, "to hold a summit"), nullptr);
}

// "Secretary Brandt": a title of office and one name no actor matches is a
// person named by the surname, so that the statement keeps its speaker;
// a heading's "Phone Call" is no part of the name.
TEST(Real8Test, TitleAndSurnameAloneIsAPerson) {
  const Extraction x = Extract(
      "Secretary Brandt Phone Call with Olga Tamm\n\n"
      "Secretary Brandt and Olga Tamm stressed their shared concern over "
      "the closure of the fishing grounds.\n");
  EXPECT_EQ(text_testing::ActorNamed(x, "Brandt Phone Call"), nullptr);
  EXPECT_THAT(SaidTogether(x),
              Contains("Brandt + Olga Tamm: their shared concern over the "
                       "closure of the fishing grounds"));
}

// A surname the text also gives in full is that person, not a second one.
TEST(Real8Test, SurnameOfAFullNameIsNoSecondPerson) {
  const Extraction x = Extract(
      "Talks in Oslo\n\n"
      "Norwegian Prime Minister Erik Brandt met Olga Tamm on Friday. Prime "
      "Minister Brandt said the talks were useful.\n");
  EXPECT_EQ(text_testing::ActorNamed(x, "Brandt"), nullptr);
}

}  // namespace
}  // namespace diplograph
