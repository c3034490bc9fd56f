// Tests of the text extractor (text.h) on the constructions of docs/text.md
// step 64: a page's link for screen readers before a readout's heading; a
// government banner of a few words ("REPUBLIC OF ESTONIA", "U.S.
// Department of Defense"); a line saying where a joint statement's text is
// ("The Ministry releases below the text of ..."); a call's time after
// "p.m."; the person who tells of the call in a readout's first sentence
// ("..., Secretary X said in a written briefing") as its relay; "Korea".
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

using ::testing::HasSubstr;
using ::testing::Not;

Extraction Extract(const std::string& text,
                   const std::string& date = "2026-06-30") {
  return text_testing::ExtractDated(text_testing::RegistryOnlyExtractor(), text,
                                    date);
}

std::string SpeakerOf(const Extraction& x, const std::string& words) {
  const ExtractedStatement* s = text_testing::StatementContaining(x, words);
  return s == nullptr ? "" : text_testing::NameOf(x, s->speaker);
}

std::string DateOf(const Extraction& x, const std::string& words) {
  const ExtractedStatement* s = text_testing::StatementContaining(x, words);
  return s == nullptr ? "none" : s->date.ToString();
}

std::vector<std::string> CoSpeakersOf(const Extraction& x,
                                      const std::string& words) {
  std::vector<std::string> out;
  const ExtractedStatement* s = text_testing::StatementContaining(x, words);
  if (s == nullptr) return out;
  for (int c : s->co_speakers) out.push_back(text_testing::NameOf(x, c));
  return out;
}

// "Skip to main content (Press Enter).": a link for screen readers ends in
// a full stop, but it is no sentence: the heading under the menus still
// makes the page a readout.
TEST(PageLinks, SkipLinkEndingInAStopIsNoSentence) {
  const std::string page =
      "Ministry of Defence of Estonia\n"
      "Skip to main content (Press Enter).\n"
      "Home | News | About | Contact\n"
      "Search\n"
      "Home > News > Releases\n"
      "RELEASE\n\n"
      "Readout of Minister Mara Lind's Meeting With Polish Minister of "
      "National Defence Jan Wrona\n\n"
      "Minister Mara Lind hosted Minister Jan Wrona in Tallinn today.\n\n"
      "The Minister welcomed Poland's new air defence brigade.\n\n"
      "Minister Wrona said Poland would send engineers to the border.\n";
  const Extraction x = Extract(page);
  EXPECT_EQ(x.info.genre, Genre::kReadout);
  EXPECT_EQ(SpeakerOf(x, "send engineers"), "Jan Wrona");
  EXPECT_EQ(DateOf(x, "send engineers"), "2026-06-30");
}

// The same page without its link reads the same: the link changes nothing
// else.
TEST(PageLinks, WithoutTheSkipLinkTheSame) {
  const Extraction x = Extract(
      "Readout of Minister Mara Lind's Meeting With Polish Minister of "
      "National Defence Jan Wrona\n\n"
      "Minister Mara Lind hosted Minister Jan Wrona in Tallinn today.\n\n"
      "Minister Wrona said Poland would send engineers to the border.\n");
  EXPECT_EQ(x.info.genre, Genre::kReadout);
  EXPECT_EQ(DateOf(x, "send engineers"), "2026-06-30");
}

// A banner naming the state by its formal name above a headline "President
// X speaks with Prime Minister Y": the government's own account, a readout
// although a quotation follows.
TEST(OfficialBanner, StateNameBannerMakesTheHeadingAReadout) {
  const std::string body =
      "President Mara Lind speaks with Prime Minister Jan Wrona of Poland\n\n"
      "President Mara Lind spoke by phone today with Prime Minister Jan "
      "Wrona of Poland.\n\n"
      "Mentioning the floods of last week, President Lind said that Estonia "
      "stood ready to send rescue teams.\n\n"
      "Prime Minister Wrona thanked the President.\n\n"
      "\"We stand with our neighbours,\" the President said.\n";
  const Extraction banner = Extract(
      "REPUBLIC OF ESTONIA\nOFFICE OF "
      "COMMUNICATIONS\nHome | News\n\n" +
      body);
  EXPECT_EQ(banner.info.genre, Genre::kReadout);
  // A readout's statements are of the call's day, not of "last week".
  EXPECT_EQ(DateOf(banner, "rescue teams"), "2026-06-30");
  // A news site's page with the same headline and a quotation is a report.
  const Extraction news = Extract("World News\n\n" + body);
  EXPECT_NE(news.info.genre, Genre::kReadout);
}

// "U.S. Department of Defense" as a short banner line is a government
// body's too; the same words inside a sentence are not.
TEST(OfficialBanner, DepartmentAfterTheStatesName) {
  const std::string body =
      "Lind speaks with Wrona\n\n"
      "Secretary Mara Lind spoke by phone today with Minister Jan Wrona of "
      "Poland.\n\n"
      "Secretary Lind said that the alliance would meet in July.\n\n"
      "\"Poland is a model ally,\" Lind said.\n";
  EXPECT_EQ(Extract("U.S. Department of Defense\n\n" + body).info.genre,
            Genre::kReadout);
  EXPECT_NE(Extract("Officials of the U.S. Department of Defense met in "
                    "Warsaw.\n\n" +
                    body)
                .info.genre,
            Genre::kReadout);
}

// "The Ministry of Foreign Affairs releases below the text of the Joint
// Statement ...": the line says where the text is; the ministry that
// releases it is none of the parties, and the text starts after the line.
TEST(JointIntro, ReleasesBelowTheText) {
  const Extraction x = Extract(
      "Joint Statement on the Visit of the President of Estonia to Poland\n\n"
      "The Ministry of Foreign Affairs releases below the text of the Joint "
      "Statement adopted on the occasion of the visit.\n\n"
      "At the invitation of the President of Poland, Jan Wrona, the President "
      "of Estonia, Mara Lind, paid a state visit to Poland from 28 to 30 "
      "June 2026.\n\n"
      "The two Presidents agreed to build a rail link between the two "
      "capitals.\n\n"
      "Done at Warsaw, on 30 June 2026.\n");
  ASSERT_EQ(x.statements.size(), 1u);
  const ExtractedStatement& s = x.statements[0];
  EXPECT_THAT(s.text, Not(HasSubstr("releases below")));
  EXPECT_THAT(s.text, HasSubstr("rail link"));
  std::vector<std::string> parties = {text_testing::NameOf(x, s.speaker)};
  for (int c : s.co_speakers) parties.push_back(text_testing::NameOf(x, c));
  EXPECT_THAT(parties, ::testing::UnorderedElementsAre("Poland", "Estonia"));
}

// A report that says "according to the text of the joint statement" does
// not introduce the text: the sentence is no line telling where it is.
TEST(JointIntro, RetellingIsNoIntroduction) {
  const Extraction x = Extract(
      "Estonia and Poland agree on rail link\n\n"
      "TALLINN, June 30 (Baltic Wire) - Estonia and Poland agreed to build a "
      "rail link, according to the text of the joint statement released on "
      "Tuesday.\n\n"
      "\"It is a historic day,\" President Mara Lind told reporters.\n");
  EXPECT_EQ(SpeakerOf(x, "historic day"), "Mara Lind");
  EXPECT_NE(x.info.genre, Genre::kJointStatement);
}

// "... held a phone call with X for 30 minutes starting at 9:00 p.m.
// yesterday": "p.m." ends no sentence, and the call is yesterday's.
TEST(CallTime, AfterPm) {
  const Extraction x = Extract(
      "Office of the President\n\n"
      "Written Briefing on the Phone Call between President Mara Lind and "
      "Prime Minister Jan Wrona of Poland\n\n"
      "President Mara Lind held a phone call with Polish Prime Minister Jan "
      "Wrona for about 30 minutes starting at 9:00 p.m. yesterday.\n\n"
      "The President congratulated the Prime Minister on his election.\n");
  EXPECT_EQ(DateOf(x, "on his election"), "2026-06-29");
}

// "President X held a phone call with Y ..., Senior Secretary Z said in a
// written briefing.": Z tells of the call; "the two leaders" are X and Y,
// and Z relays the readout's statements.
TEST(ReadoutRelay, PersonWhoTellsOfTheCall) {
  const Extraction x = Extract(
      "Office of the President\n\n"
      "Written Briefing on the Phone Call between President Mara Lind and "
      "Prime Minister Jan Wrona of Poland\n\n"
      "President Mara Lind held a phone call with Polish Prime Minister Jan "
      "Wrona today, Senior Secretary for Public Relations Olga Tamm said in "
      "a written briefing.\n\n"
      "The President congratulated the Prime Minister on his election.\n\n"
      "The two leaders agreed to meet in Riga in the autumn.\n");
  EXPECT_EQ(SpeakerOf(x, "meet in Riga"), "Mara Lind");
  EXPECT_THAT(CoSpeakersOf(x, "meet in Riga"),
              ::testing::ElementsAre("Jan Wrona"));
  const ExtractedStatement* s =
      text_testing::StatementContaining(x, "on his election");
  ASSERT_NE(s, nullptr);
  ASSERT_FALSE(s->reported_by.empty());
  EXPECT_EQ(text_testing::NameOf(x, s->reported_by[0].outlet), "Olga Tamm");
}

// A person who speaks after the first statement is no relay: "Minister X
// said" of the talks in a later paragraph keeps speaking for herself.
TEST(ReadoutRelay, OnlyTheFirstAccount) {
  const Extraction x = Extract(
      "Readout of President Mara Lind's Call with Prime Minister Jan Wrona\n\n"
      "President Mara Lind spoke with Prime Minister Jan Wrona of Poland "
      "today.\n\n"
      "The President said Estonia would host the summit.\n\n"
      "The two leaders agreed to meet in Riga, Foreign Minister Olga Tamm "
      "said.\n");
  const ExtractedStatement* s =
      text_testing::StatementContaining(x, "host the summit");
  ASSERT_NE(s, nullptr);
  for (const ExtractedReport& r : s->reported_by) {
    EXPECT_NE(text_testing::NameOf(x, r.outlet), "Olga Tamm");
  }
}

// "Korea" alone is the Republic of Korea; "North Korea" stays itself.
TEST(Korea, ShortNameOfTheRepublic) {
  const Extraction x = Extract(
      "Minister Jan Wrona said Korea was a partner that Poland could count "
      "on, and that North Korea's missiles threatened the region.\n");
  const ExtractedStatement* s =
      text_testing::StatementContaining(x, "could count on");
  ASSERT_NE(s, nullptr);
  std::vector<std::string> about;
  for (int a : s->about) about.push_back(text_testing::NameOf(x, a));
  EXPECT_THAT(about, ::testing::IsSupersetOf({"South Korea", "North Korea"}));
}

}  // namespace
}  // namespace diplograph
