// Tests of page layouts: a spokesperson's announcements under topic
// headings before the questions, with "Question:" labels and the
// spokesperson's answers; a readout known by its first sentence. Every text is
// written for the test, with invented people.

#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "diplograph/graph.h"
#include "diplograph/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"

namespace diplograph {
namespace {

using text_testing::NameOf;
using text_testing::StatementContaining;

Extraction Extract(const std::string& text) {
  return text_testing::ExtractDated(text_testing::RegistryOnlyExtractor(), text,
                                    "2026-05-14");
}

// Announcements under headings, each of three long paragraphs' prose,
// then questions and answers: a transcript. Each announcement is one
// statement of the host the heading names, the answers are the labelled
// speaker's.
TEST(Layout16Test, AnnouncementsUnderHeadingsThenQuestions) {
  const std::string page =
      "Ministry of Foreign Affairs\n\n"
      "Briefing by Foreign Ministry Spokesman Arvid Lindqvist, May 14, "
      "2026\n\n"
      "The minister's visit to the Gulf\n\n"
      "Next week the minister will travel to the Gulf for talks on trade, "
      "shipping and the safety of sea lanes. He will meet his counterparts "
      "in three capitals and open a new consulate. We expect the visit to "
      "give our relations with the region a new impetus.\n\n"
      "The arrest of our citizens abroad\n\n"
      "We are deeply concerned about the arrest of two of our citizens, "
      "who were detained last month while working for a charity. Our "
      "embassy has asked for consular access three times and has not yet "
      "received an answer. We call for their immediate release.\n\n"
      "Humanitarian aid\n\n"
      "This week a ship carrying grain, medicine and water purifiers left "
      "the port for the flooded coastal regions. Further deliveries will "
      "follow in June, and we invite other donors to join this effort as "
      "soon as they are able to do so.\n\n"
      "Answers to media questions:\n\n"
      "Question: Will the minister raise the arrests during his trip?\n\n"
      "Arvid Lindqvist: The minister raises the case at every meeting, and "
      "he will do so again next week.\n\n"
      "Question: Is a new aid package being prepared?\n\n"
      "Arvid Lindqvist: I have nothing to announce on this today.\n";
  const Extraction x = Extract(page);
  EXPECT_EQ(x.info.genre, Genre::kTranscript);
  for (const std::string words :
       {"travel to the Gulf", "deeply concerned", "a ship carrying grain",
        "raises the case at every meeting", "nothing to announce"}) {
    const ExtractedStatement* s = StatementContaining(x, words);
    ASSERT_NE(s, nullptr) << words;
    EXPECT_EQ(NameOf(x, s->speaker), "Arvid Lindqvist") << words;
  }
  // Three announcements, not one.
  EXPECT_NE(StatementContaining(x, "travel to the Gulf"),
            StatementContaining(x, "deeply concerned"));
  EXPECT_NE(StatementContaining(x, "deeply concerned"),
            StatementContaining(x, "a ship carrying grain"));
  // No heading is in a statement's words.
  EXPECT_EQ(StatementContaining(x, "Humanitarian aid"), nullptr);
}

// Labels below a report's prose that neither ask nor recur are the page's
// closing lines: the report stays a news report.
TEST(Layout16Test, LabelsBelowAReportAreNoConversation) {
  const std::string page =
      "OSLO, May 13 (Nordic Wire) - Norway and Iceland agreed on Wednesday "
      "to share data on fish stocks in the North Atlantic, after two days "
      "of talks between their fisheries ministers in Oslo on quotas.\n\n"
      "\"This is a good day for both our fleets and for the sea,\" "
      "Norwegian Fisheries Minister Kari Solberg told reporters after the "
      "talks, adding that the data would be public by the summer.\n\n"
      "Icelandic Fisheries Minister Einar Olafsson said the agreement "
      "would be reviewed in two years and that both governments would "
      "fund the research vessels needed to carry it out.\n\n"
      "Reporting by: Lars Berg\n\n"
      "Editing by: Anne Holm\n\n"
      "Read next: Fishing quotas cut again\n";
  const Extraction x = Extract(page);
  EXPECT_NE(x.info.genre, Genre::kTranscript);
  const ExtractedStatement* s = StatementContaining(x, "good day");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(NameOf(x, s->speaker), "Kari Solberg");
}

// A government body's page whose first sentence tells of its official's
// meeting or call is a readout whatever its heading: its statements are of
// the page's day.
TEST(Layout16Test, FirstSentenceOfAMeetingMakesAReadout) {
  for (const std::string opening :
       {"On May 14, commencing at 2:30 p.m. for approximately 40 minutes, "
        "Mr. OKADA Ren, Minister for Foreign Affairs, held a Japan-Oman "
        "Foreign Ministers' Meeting with H.E. Sayyid Badr Al Harthy, "
        "Minister of Foreign Affairs of Oman.",
        "Foreign Minister Lena Kovac met with her Slovenian counterpart, "
        "Minister Tomaz Horvat, in Zagreb today to review cooperation.",
        "Secretary Daniel Reyes spoke by phone with Foreign Minister Amina "
        "Diallo of Senegal about regional security."}) {
    for (const std::string top :
         {"Ministry of Foreign Affairs\nHome | Press | Visits\n\n"
          "Foreign Ministers' Talks\n\n",
          "Government of the Republic\n\nPress releases\n\n"}) {
      const Extraction x = Extract(
          top + opening +
          "\n\nThe Minister stated that trade between the two countries had "
          "doubled over the past five years.\n");
      EXPECT_EQ(x.info.genre, Genre::kReadout) << top << opening;
      const ExtractedStatement* s = StatementContaining(x, "trade between");
      ASSERT_NE(s, nullptr) << top << opening;
      EXPECT_EQ(s->date.ToString(), "2026-05-14") << top << opening;
    }
  }
}

// A news page with a dateline and a quotation whose lede is a meeting
// stays a news report.
TEST(Layout16Test, AMeetingInANewsLedeStaysNews) {
  const Extraction x = Extract(
      "ZAGREB, May 13 (Adriatic Wire) - Croatian Foreign Minister Lena "
      "Kovac met her Slovenian counterpart Tomaz Horvat on Wednesday to "
      "discuss a border railway.\n\n"
      "\"We want the line open by 2028,\" Kovac said after the talks.\n");
  EXPECT_EQ(x.info.genre, Genre::kNewsReport);
}

// A joint statement printed on a news page: its heading may hold a year, an
// ordinal, a dash or a colon ("EU-Canada Summit 2026 – Joint Statement");
// a text of numbered paragraphs ends before the first unnumbered paragraph
// that reports someone's words; with no closing line, the report's sentence
// that tells when it was issued dates it, and remarks "after the summit"
// below it take that date.
TEST(Layout16Test, NumberedJointTextOnANewsPage) {
  for (const std::string heading :
       {"Norway-Iceland Summit 2026 \xE2\x80\x93 Joint Statement",
        "5th Norway-Iceland Summit: Joint Statement",
        "Norway-Iceland Summit 2026 - Joint Statement"}) {
    const Extraction x = Extract(
        "Nordic News\n\n"
        "Norway and Iceland to share fish stock data\n\n"
        "Norway and Iceland agreed on Tuesday to share data on fish stocks, "
        "in a joint statement issued at the end of their summit in Oslo. The "
        "text of the statement follows.\n\n" +
        heading +
        "\n\n"
        "1. We, the leaders of Norway and Iceland, met today in Oslo to "
        "reaffirm our partnership.\n\n"
        "2. We decide to share data on fish stocks in the North Atlantic.\n\n"
        "Speaking at a news conference after the summit, Prime Minister Kari "
        "Solberg said the data would be public by the summer.\n\n"
        "A senior Icelandic official said the next summit would be held in "
        "Reykjavik.\n");
    const ExtractedStatement* joint = StatementContaining(x, "We decide");
    ASSERT_NE(joint, nullptr) << heading;
    EXPECT_EQ(joint->rule, "joint-statement-text") << heading;
    EXPECT_EQ(joint->date.ToString(), "2026-05-12") << heading;
    const ExtractedStatement* after =
        StatementContaining(x, "public by the summer");
    ASSERT_NE(after, nullptr) << heading;
    EXPECT_NE(after, joint) << heading;
    EXPECT_EQ(NameOf(x, after->speaker), "Kari Solberg") << heading;
    EXPECT_EQ(after->date.ToString(), "2026-05-12") << heading;
    const ExtractedStatement* official = StatementContaining(x, "next summit");
    ASSERT_NE(official, nullptr) << heading;
    EXPECT_NE(official, joint) << heading;
  }
}

// "the association", "The council", "the regional government": the
// latest body named before whose name ends in that noun.
TEST(Layout16Test, ABodyTakenUpByItsHeadNoun) {
  const Extraction x = Extract(
      "OTTAWA, May 13 (Wire) - The Canadian Dairy Association said on "
      "Wednesday it was disappointed by the talks.\n\n"
      "\"Our farmers have waited for a decade,\" the association said.\n\n"
      "The Nordic Fisheries Council said that stocks were low. The council "
      "added that quotas would be cut.\n\n"
      "In Erbil, the Kurdistan Regional Government said it welcomed the "
      "accord. The regional government also said it hoped to join the "
      "talks.\n\n"
      "The committee said nothing more.\n");
  for (const auto& [words, body] :
       std::vector<std::pair<std::string, std::string>>{
           {"waited for a decade", "Canadian Dairy Association"},
           {"quotas would be cut", "Nordic Fisheries Council"},
           {"hoped to join the talks", "Kurdistan Regional Government"}}) {
    const ExtractedStatement* s = StatementContaining(x, words);
    ASSERT_NE(s, nullptr) << words;
    EXPECT_EQ(NameOf(x, s->speaker), body) << words;
  }
  // No committee was named: no statement.
  EXPECT_EQ(StatementContaining(x, "nothing more"), nullptr);
}

// A transcript's last turn ends before a note of the session's end and
// before the page's footer lines; a courtesy without its mark stays.
TEST(Layout16Test, LastTurnEndsBeforeTheFooter) {
  for (const std::string tail :
       {"\n\n(The briefing was concluded at 2:21 p.m.)\n\nTags\n"
        "Office of the Spokesperson\n",
        "\n\nMinistry of Foreign Affairs, 2026\n"
        "Main Street 32/34, Oslo\nSubscribe to updates | RSS\n",
        "\n\n###\n"}) {
    const Extraction x = Extract(
        "Department Press Briefing\n\n"
        "MR HALVORSEN: Good afternoon. We have nothing to add on the "
        "talks.\n\n"
        "QUESTION: Will the minister travel to Bergen?\n\n"
        "MR HALVORSEN: I have nothing to announce on that today." +
        tail);
    const ExtractedStatement* s = StatementContaining(x, "nothing to announce");
    ASSERT_NE(s, nullptr) << tail;
    EXPECT_EQ(s->text, "I have nothing to announce on that today.") << tail;
  }
  const Extraction x = Extract(
      "Department Press Briefing\n\n"
      "MR HALVORSEN: Good afternoon. We have nothing to add on the "
      "talks.\n\n"
      "QUESTION: Will the minister travel to Bergen?\n\n"
      "MR HALVORSEN: Not this week.\n\nThank you\n");
  const ExtractedStatement* s = StatementContaining(x, "Not this week");
  ASSERT_NE(s, nullptr);
  EXPECT_THAT(s->text, ::testing::HasSubstr("Thank you"));
}

// Announcements with no headings between them, one a paragraph, are one
// statement each.
TEST(Layout16Test, EachParagraphOfTheOpeningRemarksIsAnAnnouncement) {
  const Extraction x = Extract(
      "Foreign Ministry Spokesperson Li Wen's Regular Press Conference on May "
      "14, 2026\n\n"
      "At the invitation of Foreign Minister Zhang Hua, Foreign Minister "
      "Amina Diallo of Senegal will pay an official visit to China from May "
      "16 to 18.\n\n"
      "At the invitation of the Government of Chile, Vice Premier Wu Lei "
      "will attend the inauguration of the President of Chile.\n\n"
      "AFP: Will the two ministers sign an agreement?\n\n"
      "Li Wen: We will release information in due course.\n");
  const ExtractedStatement* a = StatementContaining(x, "Amina Diallo");
  const ExtractedStatement* b = StatementContaining(x, "Wu Lei");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_NE(a, b);
  EXPECT_EQ(NameOf(x, a->speaker), "Li Wen");
  EXPECT_EQ(NameOf(x, b->speaker), "Li Wen");
}

// The spokesperson a readout is attributable to is no party of the
// meeting: "They agreed ..." never gives the spokesperson's words.
TEST(Layout16Test, TheReadoutsSpokespersonIsNoPartyOfThePair) {
  const Extraction x = Extract(
      "Readout\n\n"
      "The below is attributable to Principal Deputy Spokesperson Craig "
      "Ellison:\n\n"
      "Secretary of State Laura Pennington met today in Washington with "
      "Senegalese Minister of African Integration and Foreign Affairs Cheikh "
      "Tidiane Sarr.\n\n"
      "Secretary Pennington thanked Minister Sarr for his help.\n\n"
      "They agreed to convene the next session of the dialogue in Dakar.\n");
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_NE(NameOf(x, s.speaker), "Craig Ellison") << s.text;
    for (int c : s.co_speakers) EXPECT_NE(NameOf(x, c), "Craig Ellison");
  }
}

// A name with a patronymic ("bin", "bint", "ibn") is named later by its
// first word after an honorific or a title ("Sheikh Saif", "Prince
// Turki"); the relay at the sentence's end stays a relay.
TEST(Layout16Test, APatronymicNameByItsFirstWord) {
  for (const std::string later : {"Sheikh Saif", "President Saif"}) {
    const Extraction x = Extract(
        "Prime Minister Raghav Iyer held talks with Emirati President Sheikh "
        "Saif bin Rashid Al Nahyan on Tuesday.\n\n" +
        later +
        " told Iyer that the two states would build a port together, "
        "according to the news agency WAM.\n");
    const ExtractedStatement* s = StatementContaining(x, "build a port");
    ASSERT_NE(s, nullptr) << later;
    EXPECT_EQ(NameOf(x, s->speaker), "Saif bin Rashid Al Nahyan") << later;
    ASSERT_FALSE(s->reported_by.empty()) << later;
    EXPECT_EQ(NameOf(x, s->reported_by[0].outlet), "WAM") << later;
  }
}

// With no dateline, the lede's first past day is the story's day: what is
// said "during the talks" or "after the talks" takes it; words with no such
// phrase stay undated.
TEST(Layout16Test, TheLedesDayWithoutADateline) {
  const std::string lede =
      "Updated on: May 14, 2026 09:10 IST\n\n"
      "India and Norway on Tuesday agreed to double their trade by 2030 and "
      "to open a green shipping corridor, after talks between the two prime "
      "ministers in New Delhi.\n\n";
  for (const auto& [sentence, words, date] :
       std::vector<std::tuple<std::string, std::string, std::string>>{
           {"Prime Minister Kari Lunde told Raghav Iyer during the talks that "
            "Norway saw India as a key partner.",
            "key partner", "2026-05-12"},
           {"\"We have a deal,\" Kari Lunde told reporters after the talks.",
            "We have a deal", "2026-05-12"},
           {"Kari Lunde said last year that the corridor would take time.",
            "the corridor would take time", "2025"}}) {
    const Extraction x = Extract(lede + sentence + "\n");
    const ExtractedStatement* s = StatementContaining(x, words);
    ASSERT_NE(s, nullptr) << sentence;
    EXPECT_EQ(s->date.ToString(), date) << sentence;
  }
}

}  // namespace
}  // namespace diplograph
