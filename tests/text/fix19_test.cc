// Tests of the text extractor (text.h) on the layouts and constructions of
// docs/text.md step 62: a government page whose heading names a call below
// many short navigation lines and a cookie banner; "A Spokesperson said:"
// over a readout's account in the third person; a call event of "spoke
// to"; "President X of the Philippines"; a news report on talks whose
// parties speak with no time of their own; a time inside an opening
// "Noting that ..." clause; "declined to give details".
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

Extraction Extract(const std::string& text,
                   absl::string_view date = "2026-03-11") {
  return text_testing::ExtractDated(text_testing::RegistryOnlyExtractor(), text,
                                    date);
}

const ExtractedStatement* Find(const Extraction& x, const std::string& words) {
  return text_testing::StatementContaining(x, words);
}

std::string SpeakerOf(const Extraction& x, const std::string& words) {
  const ExtractedStatement* s = Find(x, words);
  return s == nullptr ? "" : text_testing::NameOf(x, s->speaker);
}

std::string DateOf(const Extraction& x, const std::string& words) {
  const ExtractedStatement* s = Find(x, words);
  return s == nullptr ? "none" : s->date.ToString();
}

std::vector<std::string> TargetsOf(const Extraction& x,
                                   const std::string& words) {
  std::vector<std::string> out;
  const ExtractedStatement* s = Find(x, words);
  if (s == nullptr) return out;
  for (const ExtractedTarget& t : s->targets) {
    out.push_back(text_testing::NameOf(x, t.actor) +
                  (t.is_explicit ? "" : " (implicit)"));
  }
  return out;
}

// A government page: a skip link, a cookie banner of several lines, a menu
// of one-word lines, then "Press release" over "PM call with President of
// X: date". The heading makes a readout however many short lines come
// first; "A Spokesperson said:" over the account in the third person makes
// the spokesperson the relay of the account's statements, not the speaker
// of one quotation.
TEST(GovernmentPageReadout, HeadingBelowMenusAndSpokespersonLine) {
  const std::string text =
      "Skip to main content\n\n"
      "Cookies on this site\n"
      "We use some essential cookies to make this website work.\n"
      "We'd like to set additional cookies to understand how you use the "
      "site.\n"
      "Accept additional cookies  Reject additional cookies\n\n"
      "Site\nMenu\nSearch\n\n"
      "Home\nWorld\nNews\n\n"
      "Press release\n"
      "PM call with President of Kenya: 10 March 2026\n\n"
      "The Prime Minister spoke to President William Otieno of Kenya.\n\n"
      "A Spokesperson said:\n\n"
      "The Prime Minister spoke to President William Otieno of Kenya this "
      "afternoon.\n\n"
      "The Prime Minister reiterated his support for the regional "
      "peacekeeping mission.\n\n"
      "President Otieno said Kenya would host the next summit.\n";
  const Extraction x = Extract(text);
  EXPECT_EQ(x.info.genre, Genre::kReadout);
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_NE(s.rule, "verb-colon-paragraph") << s.text;
  }
  EXPECT_EQ(SpeakerOf(x, "host the next summit"), "William Otieno");
  // The call of two persons is an event; Kenya, named after the name, is
  // the President's state, the target of what the other side said.
  bool call = false;
  for (const ExtractedEvent& e : x.events) {
    call = call || e.label.find("spoke to President") != std::string::npos;
  }
  EXPECT_TRUE(call);
  EXPECT_THAT(TargetsOf(x, "peacekeeping mission"),
              Contains("Kenya (implicit)"));
}

// "said:" over a quotation, or over a paragraph that tells of no call, is
// still one statement of the speaker's.
TEST(GovernmentPageReadout, SaidColonOverQuotationStaysAStatement) {
  const Extraction x = Extract(
      "Readout of the Foreign Secretary's call with the Foreign Minister of "
      "Chile\n\n"
      "A Downing Street Spokesperson said:\n\n"
      "\"The Foreign Secretary welcomed the new fisheries agreement.\"\n");
  const ExtractedStatement* s = Find(x, "new fisheries agreement");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->rule, "verb-colon-paragraph");
}

// "spoke to reporters" and "spoke at the forum" are no call.
TEST(CallEvent, OnlyWithAPerson) {
  const Extraction x = Extract(
      "Foreign Minister Ana Duarte spoke to reporters in Lisbon on Monday "
      "and spoke at the forum on Tuesday.\n");
  for (const ExtractedEvent& e : x.events) {
    EXPECT_EQ(e.label.find("spoke"), std::string::npos) << e.label;
  }
}

// A news report on talks: the parties' remarks with no time of their own
// take the talks' day; a remark with its own time keeps it, and a speaker
// who was not at the talks takes none.
TEST(ReportedTalks, PartiesSpeakOnTheTalksDay) {
  const Extraction x = Extract(
      "NAIROBI, March 10 -- Kenyan President William Otieno held talks with "
      "Tanzanian President Grace Mwakyusa in Nairobi on Tuesday.\n\n"
      "Otieno said Kenya and Tanzania would build a new railway link.\n\n"
      "Noting that the two countries will mark 60 years of ties in May, "
      "Mwakyusa said the border markets should open every day.\n\n"
      "Otieno told reporters on Monday that the talks would be frank.\n\n"
      "An economist, Paul Njoroge, said the railway would cost more than "
      "planned.\n",
      "2026-03-10");
  EXPECT_EQ(DateOf(x, "new railway link"), "2026-03-10");
  EXPECT_EQ(DateOf(x, "border markets"), "2026-03-10");
  EXPECT_EQ(DateOf(x, "would be frank"), "2026-03-09");
  // (An economist named in apposition speaks at no talks: whether or not
  // a speaker is found for the words, they take no day of the talks.)
  EXPECT_NE(DateOf(x, "cost more than planned"), "2026-03-10");
}

// Without a meeting opening the report there is no day to take.
TEST(ReportedTalks, NoMeetingNoDay) {
  const Extraction x = Extract(
      "NAIROBI, March 10 -- Kenya signed a trade deal with Tanzania on "
      "Tuesday.\n\n"
      "President William Otieno said the deal would create jobs.\n",
      "2026-03-10");
  EXPECT_EQ(DateOf(x, "create jobs"), "?");
}

// A dateline's paragraph is the story's first, never a heading: "X held
// talks with Y" there makes no readout, and a time of the story's
// sentences dates them.
TEST(ReportedTalks, DatelineParagraphIsNoHeading) {
  const Extraction x = Extract(
      "NAIROBI, March 10 -- Kenyan President William Otieno held talks with "
      "Tanzanian President Grace Mwakyusa in Nairobi.\n\n"
      "Otieno told reporters on Monday that the talks were frank.\n",
      "2026-03-10");
  EXPECT_EQ(x.info.genre, Genre::kNewsReport);
  EXPECT_EQ(DateOf(x, "were frank"), "2026-03-09");
}

// "An economist said": a media outlet's name in lower case ("The
// Economist") is a common noun; "dpa", written so, is the outlet.
TEST(MediaNames, LowerCaseIsNoOutlet) {
  const Extraction x = Extract(
      "An economist, Paul Njoroge, said the railway would cost more than "
      "planned.\n\n"
      "The Economist said the railway was late, dpa reported.\n");
  int outlets = 0;
  for (const ExtractedActor& a : x.actors) {
    outlets += a.name == "The Economist";
  }
  EXPECT_EQ(outlets, 1);
  EXPECT_NE(SpeakerOf(x, "cost more than planned"), "The Economist");
}

// A noon briefing: the page's note "The following is a transcript of
// today's briefing by X, Spokesperson for ..." names the host, whose
// announcements before the first question are hers, and whose
// "Spokesperson:" turns are hers too.
TEST(BriefingHost, NamedByTheTranscriptNote) {
  const Extraction x = Extract(
      "Daily Press Briefing\n\n"
      "The following is a near-verbatim transcript of today's noon briefing "
      "by Marta Lindgren, Spokesperson for the Secretary-General.\n\n"
      "Good afternoon. The Secretary-General is in Nairobi today, where he "
      "opened a conference on drought.\n\n"
      "Question: Thank you, Marta. Is he going to Addis Ababa?\n\n"
      "Spokesperson: I have no travel to announce.\n");
  EXPECT_EQ(x.info.genre, Genre::kTranscript);
  EXPECT_EQ(SpeakerOf(x, "conference on drought"), "Marta Lindgren");
  EXPECT_EQ(SpeakerOf(x, "no travel to announce"), "Marta Lindgren");
}

// With no host named, "Spokesperson:" stays the label's own speaker.
TEST(BriefingHost, NoHostNoName) {
  const Extraction x = Extract(
      "Question: Is the minister going to Addis Ababa?\n\n"
      "Spokesperson: I have no travel to announce.\n");
  EXPECT_EQ(SpeakerOf(x, "no travel to announce"), "Spokesperson");
}

// "declined to give details", "refused to provide details": a refusal to
// comment (CAMEO 011).
TEST(NoComment, DeclinedToGiveDetails) {
  const Extraction x = Extract(
      "Foreign Ministry spokesperson Lena Varga declined to give details of "
      "the talks.\n\n"
      "The defence minister, Karl Imre, refused to provide details.\n");
  int refusals = 0;
  for (const ExtractedStatement& s : x.statements) {
    refusals += s.event_type.code == "011";
  }
  EXPECT_EQ(refusals, 2);
}

}  // namespace
}  // namespace diplograph
