// Tests of the text extractor (text.h) on the constructions of docs/text.md
// step 65: a readout's sentence that opens with another call ("Following
// the President's call with X on Monday, the Minister spoke to Y on 12
// May") and a transcript's list of speakers with the labels that follow it
// ("Speakers: ...; Jonas Brandt, Foreign Office (FO)", then "BRANDT (FO):")
// and the links under "More on this topic".
// Every text is written for the test, with invented people; states come
// from the registry.

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
using ::testing::Not;
using text_testing::DateOf;
using text_testing::SpeakerOf;

Extraction Extract(const std::string& text,
                   const std::string& date = "2026-06-30") {
  return text_testing::ExtractDated(text_testing::RegistryOnlyExtractor(), text,
                                    date);
}

// "Following/After <another call> on <day>, <minister> spoke to <Y> on
// <day>": the main clause's call dates what was said in it; the opening
// adjunct's call is an earlier one.
TEST(ReadoutCallDay, OpeningAdjunctWithAnotherCallYieldsToTheMainClause) {
  const Extraction x = Extract(
      "Readout of the Foreign Minister's call with the Lithuanian Foreign "
      "Minister\n\n"
      "After the President's telephone conversation with Lithuanian "
      "President Ona Valaitiene on Tuesday, Foreign Minister Piotr Zalewski "
      "held a phone call with Lithuanian Foreign Minister Rokas Dirvonas on "
      "12 May.\n\n"
      "Minister Zalewski thanked Lithuania for its help with the border "
      "crossings.\n");
  EXPECT_EQ(DateOf(x, "help with the border"), "2026-05-12");

  const Extraction y = Extract(
      "Readout of the Foreign Minister's call with the Lithuanian Foreign "
      "Minister\n\n"
      "Further to the leaders' meeting with Lithuanian President Ona "
      "Valaitiene on 4 May, Foreign Minister Piotr Zalewski spoke with "
      "Lithuanian Foreign Minister Rokas Dirvonas on 12 May.\n\n"
      "Minister Zalewski thanked Lithuania for its help with the border "
      "crossings.\n");
  EXPECT_EQ(DateOf(y, "help with the border"), "2026-05-12");
}

// With no call in the main clause, the adjunct's call is the readout's own
// call: "After a call with X on 12 May, the Minister said ...".
TEST(ReadoutCallDay, OpeningAdjunctAloneStillDatesTheCall) {
  const Extraction x = Extract(
      "Readout of the Foreign Minister's call with the Lithuanian Foreign "
      "Minister\n\n"
      "After a call with Lithuanian Foreign Minister Rokas Dirvonas on 12 "
      "May, Foreign Minister Piotr Zalewski welcomed Lithuania's offer of "
      "engineers for the border crossings.\n");
  EXPECT_EQ(DateOf(x, "offer of engineers"), "2026-05-12");
}

// A transcript's "Speakers:" line lists who takes part; it is no turn, and
// its names let a later label give the family name alone, in capitals, with
// the short name of the speaker's ministry in parentheses.
TEST(TranscriptLabels, ListOfSpeakersAndFamilyNameLabels) {
  const Extraction x = Extract(
      "Government press conference of 29 June 2026\n\n"
      "Transcript\n\n"
      "Speakers: Deputy Spokesperson Marta Keller; Jonas Brandt, Foreign "
      "Office (FO); Lena Vogt, Ministry of Defence (MoD)\n\n"
      "DEPUTY SPOKESPERSON KELLER: Good morning. The Chancellor will travel "
      "to Warsaw on Friday for talks on energy links.\n\n"
      "QUESTION: Does the Foreign Office share the Polish view of the new "
      "pipeline?\n\n"
      "BRANDT (FO): We see the pipeline as a project of the whole region, "
      "and we will support it in Brussels.\n\n"
      "VOGT (MoD): The frigate will stay in the Baltic Sea until the end of "
      "the exercise.\n");
  EXPECT_EQ(x.info.genre, Genre::kTranscript);
  EXPECT_EQ(SpeakerOf(x, "project of the whole region"), "Jonas Brandt");
  EXPECT_EQ(SpeakerOf(x, "stay in the Baltic Sea"), "Lena Vogt");
  EXPECT_EQ(text_testing::ActorNamed(x, "Speakers"), nullptr);
  EXPECT_EQ(text_testing::ActorNamed(x, "BRANDT"), nullptr);
  EXPECT_EQ(text_testing::ActorNamed(x, "VOGT"), nullptr);
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_THAT(s.text, Not(HasSubstr("Ministry of Defence (MoD)")));
  }
}

// A family name with letters beyond ASCII matches its capitals:
// "MÜLLER:" is the "Jana Müller" of the list of speakers.
TEST(TranscriptLabels, CapitalisedFamilyNameBeyondAscii) {
  const Extraction x = Extract(
      "Government press conference of 29 June 2026\n\n"
      "Transcript\n\n"
      "Speakers: Government Spokesperson Jana Müller; Jonas Brandt, Foreign "
      "Office (FO)\n\n"
      "SPOKESPERSON MÜLLER: The Chancellor welcomes the agreement on grain "
      "exports that was reached last night.\n\n"
      "QUESTION: Will the Chancellor call the President of Ukraine?\n\n"
      "MÜLLER: I have no appointments to announce on that.\n");
  EXPECT_EQ(SpeakerOf(x, "agreement on grain exports"), "Jana Müller");
  EXPECT_EQ(SpeakerOf(x, "no appointments to announce"), "Jana Müller");
  EXPECT_EQ(text_testing::ActorNamed(x, "MÜLLER"), nullptr);
}

// A label that is a heading's word and no person ("Participants:") is no
// one's turn either, whatever follows it.
TEST(TranscriptLabels, ParticipantsLineIsNoTurn) {
  const Extraction x = Extract(
      "Press briefing of 29 June 2026\n\n"
      "Participants: Foreign Minister Piotr Zalewski and Lithuanian Foreign "
      "Minister Rokas Dirvonas\n\n"
      "Foreign Minister Piotr Zalewski: We agreed to open two more border "
      "crossings before the winter.\n\n"
      "Foreign Minister Rokas Dirvonas: Lithuania welcomes the decision.\n");
  EXPECT_EQ(text_testing::ActorNamed(x, "Participants"), nullptr);
  EXPECT_EQ(SpeakerOf(x, "two more border crossings"), "Piotr Zalewski");
  EXPECT_THAT(text_testing::Said(x), Not(Contains(HasSubstr("Participants"))));
}

// "More on this topic" heads a page's links: a link's title with a colon
// ("Border talks: the programme") below it is no turn.
TEST(TranscriptLabels, LinksUnderMoreOnThisTopicAreNoTurns) {
  const Extraction x = Extract(
      "Government press conference of 29 June 2026\n\n"
      "Transcript\n\n"
      "SPOKESPERSON MARTA KELLER: The Chancellor will travel to Warsaw on "
      "Friday for talks on energy links.\n\n"
      "QUESTION: Will the talks cover the pipeline?\n\n"
      "SPOKESPERSON MARTA KELLER: I will not anticipate the talks.\n\n"
      "More on this topic\n"
      "Border talks: the programme\n\n"
      "Imprint | Privacy policy | Contact\n");
  EXPECT_EQ(x.info.genre, Genre::kTranscript);
  EXPECT_EQ(text_testing::ActorNamed(x, "Border talks"), nullptr);
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_THAT(s.text, Not(HasSubstr("the programme")));
  }
}

}  // namespace
}  // namespace diplograph
