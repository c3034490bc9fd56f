// Tests of the text extractor (text.h) on states named by their formal long
// names, as joint statements and readouts name them ("the Kingdom of
// Morocco", "the Hellenic Republic"): the long name resolves to the state
// the registry's countries.tsv lists it for, never to a new actor, a
// long name containing another state's ("the Democratic Republic of the
// Congo", "the People's Republic of China") resolves to its own state, and
// "Kingdom" alone is no place. Every sentence is written for the test.

#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "diplograph/graph.h"
#include "diplograph/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"

namespace diplograph {
namespace {

using testing::Contains;
using testing::Not;
using text_testing::About;
using text_testing::NameOf;
using text_testing::Names;
using text_testing::Said;
using text_testing::SaidTogether;
using text_testing::StatementContaining;

Extraction Extract(const std::string& text) {
  return text_testing::ExtractDated(text_testing::RegistryOnlyExtractor(),
                                    text);
}

// The speaker of the first statement containing `words`, "" for none.
std::string SpeakerOf(const Extraction& x, const std::string& words) {
  const ExtractedStatement* s = StatementContaining(x, words);
  return s == nullptr ? "" : NameOf(x, s->speaker);
}

// A state named by its long name, and the state it names.
struct LongName {
  const char* long_name;  // with "the", in lower case
  const char* state;
};

// Each long name opening a sentence of saying makes its state the speaker.
template <size_t N>
void ExpectEachSpeaks(const LongName (&cases)[N]) {
  for (const LongName& c : cases) {
    std::string subject = c.long_name;
    subject[0] = 'T';
    Extraction x = Extract(subject +
                           " said on Monday that it would reopen its "
                           "embassy within the month.\n");
    EXPECT_EQ(SpeakerOf(x, "reopen its embassy"), c.state)
        << c.long_name << ": " << testing::PrintToString(Said(x));
  }
}

// ------------------------------------------------------ joint declarations

TEST(OfficialNames, TwoStatesByLongNamesSpeakTogether) {
  Extraction x = Extract(
      "The Kingdom of Morocco and the Portuguese Republic said in a joint "
      "declaration on Tuesday that they would build a second power cable "
      "across the strait.\n");
  const ExtractedStatement* s = StatementContaining(x, "power cable");
  ASSERT_NE(s, nullptr) << testing::PrintToString(SaidTogether(x));
  std::vector<std::string> who = {NameOf(x, s->speaker)};
  for (int c : s->co_speakers) who.push_back(NameOf(x, c));
  EXPECT_THAT(who, testing::UnorderedElementsAre("Morocco", "Portugal"))
      << testing::PrintToString(SaidTogether(x));
  EXPECT_THAT(Names(x), Not(Contains("Portuguese Republic")));
  EXPECT_THAT(Names(x), Not(Contains("Kingdom")));
}

// The determiner before the second of two coordinated subjects, whatever
// form of name they take.
TEST(OfficialNames, SecondSubjectAfterAndTheSpeaksToo) {
  Extraction x = Extract(
      "Estonia and the United Kingdom said on Monday that they would hold "
      "naval drills in the Baltic.\n");
  const ExtractedStatement* s = StatementContaining(x, "naval drills");
  ASSERT_NE(s, nullptr) << testing::PrintToString(SaidTogether(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Estonia");
  ASSERT_EQ(s->co_speakers.size(), 1u);
  EXPECT_EQ(NameOf(x, s->co_speakers[0]), "United Kingdom");
}

TEST(OfficialNames, LongNamesOfEveryKindResolve) {
  const LongName kCases[] = {
      {"the French Republic", "France"},
      {"the Argentine Republic", "Argentina"},
      {"the United Mexican States", "Mexico"},
      {"the Sultanate of Oman", "Oman"},
      {"the State of Qatar", "Qatar"},
      {"the Republic of Kenya", "Kenya"},
      {"the Federal Republic of Germany", "Germany"},
      {"the Swiss Confederation", "Switzerland"},
      {"the Kingdom of Saudi Arabia", "Saudi Arabia"},
      {"the Socialist Republic of Viet Nam", "Vietnam"},
      {"the Lao People's Democratic Republic", "Laos"},
      {"the Islamic Republic of Iran", "Iran"},
      {"the Plurinational State of Bolivia", "Bolivia"},
      {"the Bolivarian Republic of Venezuela", "Venezuela"},
  };
  ExpectEachSpeaks(kCases);
}

// ------------------------------------------------------------ a readout

TEST(OfficialNames, ReadoutNamingTheHellenicRepublic) {
  Extraction x = Extract(
      "Secretary of State Helen Marsh spoke with Foreign Minister Nikos "
      "Varelas of the Hellenic Republic on Monday. Secretary Marsh said the "
      "two countries would widen their cooperation with the Hellenic "
      "Republic on energy security.\n");
  EXPECT_THAT(Names(x), Contains("Greece"));
  EXPECT_THAT(Names(x), Not(Contains("Hellenic Republic")));
  const ExtractedStatement* s = StatementContaining(x, "energy security");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Helen Marsh");
  EXPECT_THAT(About(x, *s), Contains("Greece"));
}

// ------------------------------------------------------ ambiguous pairs

TEST(OfficialNames, NamesContainingAnotherStatesNameResolveToTheirOwn) {
  const LongName kCases[] = {
      {"the People's Republic of China", "China"},
      {"the Republic of China", "Taiwan"},
      {"the Republic of Korea", "South Korea"},
      {"the Democratic People's Republic of Korea", "North Korea"},
      {"the Republic of the Congo", "Congo"},
      {"the Democratic Republic of the Congo", "Democratic Republic of Congo"},
      {"the Republic of Guinea", "Guinea"},
      {"the Republic of Equatorial Guinea", "Equatorial Guinea"},
      {"the Republic of Guinea-Bissau", "Guinea-Bissau"},
      {"the Independent State of Papua New Guinea", "Papua New Guinea"},
      {"the Republic of the Niger", "Niger"},
      {"the Federal Republic of Nigeria", "Nigeria"},
      {"the Commonwealth of Dominica", "Dominica"},
      {"the Dominican Republic", "Dominican Republic"},
      {"the Republic of the Sudan", "Sudan"},
      {"the Republic of South Sudan", "South Sudan"},
  };
  ExpectEachSpeaks(kCases);
}

// Two states of one pair in one sentence stay two states.
TEST(OfficialNames, BothStatesOfAPairInOneSentence) {
  Extraction x = Extract(
      "The Republic of Korea said on Friday that it had protested to the "
      "Democratic People's Republic of Korea over the missile launch.\n");
  const ExtractedStatement* s = StatementContaining(x, "missile launch");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "South Korea");
  EXPECT_THAT(About(x, *s), Contains("North Korea"));
}

// ----------------------------------------------------- "Kingdom" alone

TEST(OfficialNames, KingdomAloneIsNoPlace) {
  Extraction x = Extract(
      "The Kingdom of Bahrain welcomed the agreement. The Kingdom said it "
      "would send a delegation to the talks in May.\n");
  EXPECT_THAT(Names(x), Contains("Bahrain"));
  EXPECT_THAT(Names(x), Not(Contains("Kingdom")));
}

// ------------------------------------------ a joint statement's closing line

// A joint statement under its heading, named by long names, ends at its
// closing line of place and date; what the page reports after it is read
// as a report.
TEST(OfficialNames, JointStatementEndsAtItsClosingPlaceAndDate) {
  Extraction x = Extract(
      "Joint Statement\n\n"
      "The Republic of Kenya and the United Republic of Tanzania held their "
      "fifth joint commission in Arusha on 6 March 2024.\n\n"
      "The two sides agreed to open a second border post at Namanga.\n\n"
      "Arusha, 6 March 2024\n\n"
      "Foreign Minister Amani Mwita told reporters that the post would open "
      "in June.\n");
  const ExtractedStatement* joint = StatementContaining(x, "Namanga");
  ASSERT_NE(joint, nullptr) << testing::PrintToString(SaidTogether(x));
  EXPECT_EQ(NameOf(x, joint->speaker), "Kenya");
  ASSERT_EQ(joint->co_speakers.size(), 1u);
  EXPECT_EQ(NameOf(x, joint->co_speakers[0]), "Tanzania");
  EXPECT_FALSE(absl::StrContains(joint->text, "Arusha, 6 March"))
      << joint->text;
  EXPECT_FALSE(absl::StrContains(joint->text, "would open")) << joint->text;
  EXPECT_EQ(SpeakerOf(x, "would open in June"), "Amani Mwita")
      << testing::PrintToString(Said(x));
}

// A line that only begins with a place and a date is no closing line.
TEST(OfficialNames, ASentenceWithAPlaceAndADateIsNoClosingLine) {
  Extraction x = Extract(
      "Joint Statement\n\n"
      "The Republic of Kenya and the United Republic of Tanzania held their "
      "fifth joint commission in Arusha.\n\n"
      "In Arusha, on 6 March 2024, the two sides agreed to open a second "
      "border post at Namanga.\n\n"
      "They will meet again in Mombasa next year.\n");
  const ExtractedStatement* joint = StatementContaining(x, "Namanga");
  ASSERT_NE(joint, nullptr) << testing::PrintToString(SaidTogether(x));
  EXPECT_TRUE(absl::StrContains(joint->text, "Mombasa")) << joint->text;
}

}  // namespace
}  // namespace diplograph
