// Tests of the text extractor (text.h) on the constructions of docs/text.md
// step 66: a joint statement's closing line that writes its day in words
// ("Signed in X, on the twelfth day of ..."); a page's introduction
// ("Below is the full text of the document.") and the document's own title
// block; "Answer:" turns under no heading that names the host; "Question
// from X (Outlet):" and "Question from the floor:"; labels in the form
// "Title.- " whose title the heading gives a name; a heading's verb after
// a name ("Foreign Minister X Receives ..."); a bar of links before a
// colon; "he" after a sentence whose speaker is named in apposition; "X
// said on Wednesday after talks with Y" as the talks of X and Y; a
// dateline of a place and an outlet with no day ("Nouakchott (AFP) -"). Every
// text is written for the test, with invented people; states come from the
// registry.

#include <string>
#include <vector>

#include "diplograph/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"

namespace diplograph {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using text_testing::SpeakerOf;

Extraction Extract(const std::string& text,
                   const std::string& date = "2026-06-30") {
  return text_testing::ExtractDated(text_testing::RegistryOnlyExtractor(), text,
                                    date);
}

// "Signed in <place>, <state>, on the <ordinal> day of the month of <month>
// ...": the closing line ends the text, though its day is written in words.
TEST(JointClosing, SignedLineWithTheDayInWords) {
  const Extraction x = Extract(
      "Joint Communique of the Presidents of Estonia and Latvia\n\n"
      "At the invitation of the President of Estonia, Mara Lind, the "
      "President of Latvia, Andris Kalns, paid an official visit to Estonia "
      "on 28 and 29 June 2026.\n\n"
      "The Presidents agreed to open a joint border crossing at Valga.\n\n"
      "Signed in Tallinn, Republic of Estonia, on the twenty-ninth day of "
      "the month of June of the year two thousand twenty-six, in two "
      "original copies.\n\n"
      "MARA LIND\nPresident of the Republic of Estonia\n\n"
      "Related press releases\n"
      "President Lind receives the credentials of new ambassadors\n\n"
      "(c) 2026 Office of the President | Kadriorg, Tallinn\n");
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_THAT(x.statements[0].text, HasSubstr("joint border crossing"));
  EXPECT_THAT(x.statements[0].text, Not(HasSubstr("Signed in")));
  EXPECT_THAT(x.statements[0].text, Not(HasSubstr("credentials")));
}

// A page's introduction that says the text follows ("... signed a Joint
// Statement. Below is the full text of the document.") and the document's
// own title over two lines come before the text.
TEST(JointIntro, FullTextOfTheDocumentAndItsTitleBlock) {
  const Extraction x = Extract(
      "Joint Statement between Estonia and Latvia on Energy Security\n\n"
      "30.06.2026 12:00\n\n"
      "After the talks, President Mara Lind and President Andris Kalns "
      "signed a Joint Statement. Below is the full text of the document.\n\n"
      "JOINT STATEMENT\n\n"
      "between the Republic of Estonia and the Republic of Latvia on Energy "
      "Security\n\n"
      "The Republic of Estonia and the Republic of Latvia will connect their "
      "power grids by 2028.\n\n"
      "Done in Tallinn on 30 June 2026, in two original copies.\n");
  ASSERT_EQ(x.statements.size(), 1u);
  const ExtractedStatement& s = x.statements[0];
  EXPECT_THAT(s.text, Not(HasSubstr("Below is the full text")));
  EXPECT_THAT(s.text, Not(HasSubstr("JOINT STATEMENT")));
  EXPECT_THAT(s.text, HasSubstr("connect their power grids"));
  EXPECT_THAT(s.text, Not(HasSubstr("Done in")));
}

// "Answer:" with no heading that names the host: the answers are the
// spokesperson's whose named turn opened the briefing. "Question from X
// (Outlet):" and "Question from the floor:" ask; "Download:" is the page's.
TEST(TranscriptAnswers, AnswerLabelsAreTheOpeningSpeakers) {
  const Extraction x = Extract(
      "Transcript of the Weekly Press Briefing\n\n"
      "Tallinn, Thursday, 25 June 2026\n\n"
      "Spokesperson Kadri Saar: Good afternoon. I have one announcement "
      "about the visit to Riga next week.\n\n"
      "Question from Mart Kask (ERR): Latvia's foreign minister said on "
      "Monday that the rail link was delayed. Is that true?\n\n"
      "Answer: The work is on schedule, and we expect the first trains in "
      "2030.\n\n"
      "Question from the floor: Will the minister meet his Finnish "
      "counterpart?\n\n"
      "Answer: I have no meeting to announce.\n\n"
      "Download: Transcript (PDF)\n");
  EXPECT_EQ(SpeakerOf(x, "first trains in 2030"), "Kadri Saar");
  EXPECT_EQ(SpeakerOf(x, "no meeting to announce"), "Kadri Saar");
  EXPECT_EQ(text_testing::ActorNamed(x, "Download"), nullptr);
  EXPECT_EQ(text_testing::ActorNamed(x, "Question from the floor"), nullptr);
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_THAT(s.text, Not(HasSubstr("Transcript (PDF)")));
  }
}

// "President of the Government.- ...": a label ends in a full stop and a
// hyphen; a title as a label is the person the heading names with that
// title ("the President of the Government, X, and the President of
// Latvia, Y"); "Question (Journalist, Outlet).-" asks.
TEST(TranscriptLabels, FullStopAndHyphenLabelsWithTitles) {
  const Extraction x = Extract(
      "Press conference by the Prime Minister of Estonia, Jaan Tamm, and "
      "the President of Latvia, Andris Kalns, after their meeting\n\n"
      "Tuesday 30 June 2026\n\n"
      "Prime Minister of Estonia.- Good afternoon. Latvia is our closest "
      "partner in the region.\n\n"
      "President of Latvia.- Thank you. We agreed to build the rail link "
      "together.\n\n"
      "Question (Liis Mets, Postimees).- Prime Minister, when will the "
      "work start?\n\n"
      "Prime Minister of Estonia.- Next spring, if the budget allows.\n");
  EXPECT_EQ(SpeakerOf(x, "closest partner in the region"), "Jaan Tamm");
  EXPECT_EQ(SpeakerOf(x, "build the rail link together"), "Andris Kalns");
  EXPECT_EQ(SpeakerOf(x, "Next spring"), "Jaan Tamm");
  EXPECT_EQ(text_testing::ActorNamed(x, "Prime Minister of Estonia"), nullptr);
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_THAT(s.text, Not(HasSubstr("when will the work start")));
  }
}

// "Foreign Minister Kask Receives Latvian Counterpart": a heading's verb
// ends the name, so the readout's host is the minister its text names.
TEST(HeadingNames, HeadingVerbEndsTheName) {
  const Extraction x = Extract(
      "Ministry of Foreign Affairs of Estonia\n"
      "Home | Press | News\n\n"
      "Foreign Minister Kask Receives Latvian Counterpart\n\n"
      "Tallinn, 30 June 2026\n\n"
      "Foreign Minister Mart Kask received the Foreign Minister of Latvia, "
      "Ilze Berzina, at the Ministry this morning.\n\n"
      "The Minister thanked Latvia for its support for the rail link.\n");
  EXPECT_EQ(text_testing::ActorNamed(x, "Kask Receives Latvian"), nullptr);
  EXPECT_EQ(SpeakerOf(x, "support for the rail link"), "Mart Kask");
}

// "List | Print | Share: Facebook X" under a readout: a bar of the page's
// links before a colon is no turn, and the page stays a readout.
TEST(PageLinks, BarOfLinksBeforeAColonIsNoTurn) {
  const Extraction x = Extract(
      "Office of the President\n\n"
      "Written Briefing on the Phone Call between President Mara Lind and "
      "President Andris Kalns of Latvia\n\n"
      "President Mara Lind held a phone call with Latvian President Andris "
      "Kalns yesterday.\n\n"
      "The President congratulated Latvia on the opening of the new port.\n\n"
      "List | Print | Share: Facebook X\n");
  EXPECT_EQ(x.info.genre, Genre::kReadout);
  EXPECT_EQ(text_testing::ActorNamed(x, "List | Print | Share"), nullptr);
}

// "Latvia's transport minister, Janis Ozols, who attended the talks,
// declined to say ... "These are questions for the engineers," he told
// reporters.": "he" is the person the sentence before reports speaking,
// named in apposition to a description, not the latest quoted speaker.
TEST(Pronouns, SpeakerOfTheSentenceBeforeInApposition) {
  const Extraction x = Extract(
      "TALLINN, June 30 (Baltic Wire) - Estonia and Latvia agreed on "
      "Tuesday to build a rail link, Estonian Foreign Minister Kadri Saar "
      "said after talks with her Latvian counterpart Andris Kalns.\n\n"
      "\"Latvia must receive what the treaty promises,\" Kalns said.\n\n"
      "Latvia's transport minister, Janis Ozols, who attended the talks, "
      "declined to say when work would start. \"These are questions for the "
      "engineers,\" he told reporters.\n");
  EXPECT_EQ(SpeakerOf(x, "questions for the engineers"), "Janis Ozols");
  EXPECT_EQ(SpeakerOf(x, "what the treaty promises"), "Andris Kalns");
}

// "X said on Wednesday after talks in Rome with her Latvian counterpart
// Y": the talks of X and Y are that day's, and what Y says later with no
// time of its own was said there.
TEST(ReportedTalks, TalksAfterSayingDateTheCounterpart) {
  const Extraction x = Extract(
      "Estonia and Latvia agree on rail link\n\n"
      "TALLINN, June 24 (Baltic Wire) - Estonia will finish its part of the "
      "rail link by 2030, Foreign Minister Kadri Saar said on Wednesday "
      "after talks in Tallinn with her Latvian counterpart Andris Kalns.\n\n"
      "Kalns said Latvia wanted the costs shared fairly.\n\n"
      "\"Latvia is a reliable partner,\" Kalns said.\n");
  const ExtractedStatement* s =
      text_testing::StatementContaining(x, "shared fairly");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->date.ToString(), "2026-06-24");
  bool talks = false;
  for (const ExtractedEvent& ev : x.events) {
    talks = talks ||
            (ev.rule == "talks-after-saying" &&
             ev.date.ToString() == "2026-06-24" && ev.participants.size() == 2);
  }
  EXPECT_TRUE(talks);
}

// "Nouakchott (AFP) - ...": a dateline of a place and an outlet with no
// day is no part of the lede's words, with the caller's date or a DATE:
// line; a heading "Latvia: President X meets ..." is no dateline.
TEST(Datelines, PlaceAndOutletWithNoDay) {
  const std::string lede =
      "Nouakchott (AFP) - Senegal will not allow a quarrel over gas to "
      "damage its relations, Foreign Minister Mame Faye said on Tuesday.\n";
  for (const std::string& text :
       {lede, "DATE: 2026-06-30\n\n" + lede,
        "Gas row will not divide us, says Senegal\n\n" + lede}) {
    const Extraction x = Extract(text);
    const ExtractedStatement* s =
        text_testing::StatementContaining(x, "quarrel over gas");
    ASSERT_NE(s, nullptr) << text;
    EXPECT_THAT(s->text, Not(HasSubstr("AFP"))) << text;
    EXPECT_THAT(s->text, Not(HasSubstr("Nouakchott"))) << text;
  }
  const Extraction y = Extract(
      "DATE: 2026-06-30\n\n"
      "Latvia: President Mara Lind meets Foreign Minister Andris Kalns\n\n"
      "Tallinn, 30.06.2026\n\n"
      "President Mara Lind received today in Tallinn the Minister of Foreign "
      "Affairs of Latvia, Andris Kalns.\n\n"
      "The President thanked Latvia for its support for the rail link.\n");
  EXPECT_EQ(SpeakerOf(y, "support for the rail link"), "Mara Lind");
}

}  // namespace
}  // namespace diplograph
