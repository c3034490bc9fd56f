// Tests of the text extractor (text.h) on attribution constructions that a
// third batch of real published pages showed missing: "he" before anyone
// has spoken, a person named without a title and later by the family name
// alone, an inverted speaker with an apposition before "said in a
// statement", "the statement reads", coordinated speakers and a few
// reporting verbs. Every sentence is written for the test, with invented
// people.

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
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using text_testing::NameOf;
using text_testing::SaidTogether;

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor({.name = "Norway", .kind = ActorKind::kState, .iso3 = "NOR"});
    *g->AddActor({.name = "Iceland", .kind = ActorKind::kState, .iso3 = "ISL"});
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

// "He" before any statement: the person who opens an earlier sentence.
TEST(Real7Test, PronounBeforeAnySpeakerIsTheSentenceSubject) {
  const Extraction x = Extract(
      "Ministers meet in Oslo\n\n"
      "Olga Tamm welcomed the delegation from Iceland on Thursday. She also "
      "noted that Norway and Iceland share the same fishing rules.\n");
  EXPECT_THAT(SaidTogether(x),
              Contains("Olga Tamm: Norway and Iceland share the same fishing "
                       "rules"));
}

// The pronoun stays unread when no sentence opens with a person.
TEST(Real7Test, PronounWithNoPersonBeforeGivesNoSpeaker) {
  const Extraction x = Extract(
      "Ministers meet in Oslo\n\n"
      "The delegation from Iceland arrived on Thursday. He noted that the "
      "rules were the same.\n");
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_LT(s.speaker, 0) << s.text;
  }
}

// A person first named before a reporting verb, with no title, and later
// by the family name alone after a quotation.
TEST(Real7Test, FamilyNameOfAPersonFirstNamedWhileReading) {
  const Extraction x = Extract(
      "Talks end in Oslo\n\n"
      "Marten Kivi told reporters that the talks had ended early. \"Both "
      "sides will meet again in May,\" Kivi said.\n");
  EXPECT_THAT(SaidTogether(x),
              ElementsAre("Marten Kivi: the talks had ended early",
                          "Marten Kivi: Both sides will meet again "
                          "in May"));
}

// A family name no earlier person ends with names no one.
TEST(Real7Test, UnknownFamilyNameAloneGivesNoStatement) {
  const Extraction x = Extract(
      "Talks end in Oslo\n\n"
      "Marten Kivi told reporters that the talks had ended early. \"Both "
      "sides will meet again in May,\" Lepp said.\n");
  EXPECT_THAT(SaidTogether(x),
              ElementsAre("Marten Kivi: the talks had ended early"));
}

// "mentioned that", "assured that", "outlined “…”" report speech; before
// an object they stay acts.
TEST(Real7Test, MentionAssureOutlineBeforeThatOrAQuotation) {
  const Extraction x = Extract(
      "Border stays open\n\n"
      "Olga Tamm mentioned that Norway had asked for a second round. Pavel "
      "Sorin assured that the crossing would reopen. Olga Tamm later "
      "outlined \"a slower timetable for the border.\"\n");
  EXPECT_THAT(SaidTogether(x),
              ElementsAre("Olga Tamm: Norway had asked for a second round",
                          "Pavel Sorin: the crossing would reopen",
                          "Olga Tamm: a slower timetable for the border."));
}

TEST(Real7Test, OutlinedOrMentionedBeforeAnObjectIsNoStatement) {
  const Extraction x = Extract(
      "Border stays open\n\n"
      "Olga Tamm outlined the timetable on Thursday. The report mentioned "
      "the crossing.\n");
  EXPECT_THAT(SaidTogether(x), IsEmpty());
}

// An apposition between the speaker's name and a sentence-final verb:
// the clause (or the quotation) before the name is what was said.
TEST(Real7Test, NameAppositionThenSentenceFinalVerb) {
  const Extraction x = Extract(
      "Fishing talks\n\n"
      "Norway will open two new ports to trawlers from Iceland, Olga Tamm, a "
      "spokesperson for the fisheries office, said in a statement.\n\n"
      "\"The quotas stay as they are,\" Pavel Sorin, the deputy minister, "
      "said.\n");
  EXPECT_THAT(SaidTogether(x),
              ElementsAre("Olga Tamm: Norway will open two new ports "
                          "to trawlers from Iceland",
                          "Pavel Sorin: The quotas stay as they are"));
}

// A verb with its own words after it is no sentence-final attribution.
TEST(Real7Test, NameAppositionThenVerbWithWordsKeepsTheWords) {
  const Extraction x = Extract(
      "Fishing talks\n\n"
      "After the talks, Olga Tamm, the spokesperson, said that the quotas "
      "would stay.\n");
  EXPECT_THAT(SaidTogether(x), ElementsAre("Olga Tamm: the quotas would stay"));
}

// "the statement reads", "the statement said", "according to the
// statement" and "it said in a statement" after a statement was read:
// the party or parties that spoke last issued it.
TEST(Real7Test, TheStatementIsTheLatestSpeakers) {
  const Extraction x = Extract(
      "Fishing talks\n\n"
      "Norway and Iceland said in a joint statement that the quotas would "
      "not change. The statement said that both fleets would share the "
      "northern grounds. According to the statement, a review is due in "
      "May.\n\n"
      "\"The ports stay open to both fleets,\" the statement reads.\n");
  EXPECT_THAT(
      SaidTogether(x),
      ElementsAre(
          "Norway + Iceland: the quotas would not change",
          "Norway + Iceland: both fleets would share the northern grounds",
          "Norway + Iceland: a review is due in May",
          "Norway + Iceland: The ports stay open to both fleets"));
}

TEST(Real7Test, ItSaidIsTheLatestOrganisationOrState) {
  const Extraction x = Extract(
      "Fishing talks\n\n"
      "Norway said on Thursday that the quotas would not change. \"Both "
      "fleets may fish the northern grounds,\" it said in a statement.\n");
  EXPECT_THAT(SaidTogether(x),
              ElementsAre("Norway: the quotas would not change",
                          "Norway: Both fleets may fish the northern grounds"));
}

// No one has spoken: "the statement" and "it" name no one.
TEST(Real7Test, TheStatementBeforeAnySpeakerNamesNoOne) {
  const Extraction x = Extract(
      "Fishing talks\n\n"
      "The statement said that the quotas would not change. It said the "
      "ports would stay open.\n");
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_LT(s.speaker, 0) << s.text;
  }
}

// "read" reports speech only before a mark: "read the statement" is an act.
TEST(Real7Test, ReadAStatementIsNoStatement) {
  const Extraction x = Extract(
      "Fishing talks\n\n"
      "Olga Tamm reads the joint statement to the press on Thursday.\n");
  EXPECT_THAT(SaidTogether(x), IsEmpty());
}

// "The Minister and Ambassador agreed": two role nominals joined by
// "and" are the two persons named with those roles.
TEST(Real7Test, CoordinatedRoleNominalsAreBothPersons) {
  const Extraction x = Extract(
      "Minister Tamm's Call with Ambassador Sorin\n\n"
      "Minister Olga Tamm spoke with Ambassador Pavel Sorin today. The "
      "Minister and Ambassador underscored their support for the fishing "
      "accord.\n");
  EXPECT_THAT(SaidTogether(x),
              Contains("Olga Tamm + Pavel Sorin: their support for the "
                       "fishing accord"));
}

// A second role no other person holds: no pair is made up.
TEST(Real7Test, CoordinatedNominalsNeedTwoPersons) {
  const Extraction x = Extract(
      "Minister Tamm's Call\n\n"
      "Minister Olga Tamm spoke with the delegation today. The Minister and "
      "Ambassador underscored their support for the fishing accord.\n");
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_THAT(s.co_speakers, IsEmpty()) << s.text;
  }
}

// ", said Norwegian fisheries envoy Ola Berg.": lower-case title words
// between a demonym and the role noun before an inverted speaker.
TEST(Real7Test, InvertedSpeakerAfterLowerCaseTitleWords) {
  const Extraction x = Extract(
      "Fishing talks\n\n"
      "The quotas will not change this year, said Norwegian fisheries envoy "
      "Ola Berg.\n\n"
      "\"The ports stay open,\" said Icelandic deputy trade minister Jon "
      "Eiriksson.\n");
  EXPECT_THAT(SaidTogether(x),
              ElementsAre("Ola Berg: The quotas will not change "
                          "this year",
                          "Jon Eiriksson: The ports stay open"));
}

// "Harbour Weekly reporter:", and a label no registry knows whose turn asks
// something: journalists' questions, not statements.
TEST(Real7Test, ReporterLabelsAndAskingTurnsAreQuestions) {
  const Extraction x = Extract(
      "Foreign Ministry Spokesperson Olga Tamm's Regular Press Conference\n\n"
      "Harbour Weekly reporter: Norway and Iceland met on Monday. What is "
      "your comment?\n\n"
      "Olga Tamm: We welcome the meeting.\n\n"
      "The Lantern: Will the ports reopen?\n\n"
      "Olga Tamm: They will reopen in May.\n");
  EXPECT_THAT(SaidTogether(x),
              ElementsAre("Olga Tamm: We welcome the meeting.",
                          "Olga Tamm: They will reopen in May."));
}

}  // namespace
}  // namespace diplograph
