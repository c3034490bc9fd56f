// Tests of the text extractor (text.h) on the constructions of docs/text.md
// step 63: a readout's bare title that both of its leaders hold; a news
// page's quoted subheading; a given name that is a title's word elsewhere
// ("Sultan bin ..."); a joint statement's preamble before its numbered
// paragraphs on a news page; transcript labels of an honorific with its
// full stop ("MS. CORWIN:"); a page's "Previous:" link.
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

Extraction Extract(const std::string& text) {
  return text_testing::ExtractDated(text_testing::RegistryOnlyExtractor(), text,
                                    "2026-04-14");
}

std::string SpeakerOf(const Extraction& x, const std::string& words) {
  const ExtractedStatement* s = text_testing::StatementContaining(x, words);
  return s == nullptr ? "" : text_testing::NameOf(x, s->speaker);
}

// "President X spoke today with President Y of Z. The President thanked
// ...": on the page of X's office, the bare title both leaders hold is its
// own leader's; the other is named ("President Y").
TEST(ReadoutHost, BareTitleOfBothLeadersIsTheHost) {
  const Extraction x = Extract(
      "Readout of President Mara Lind's Call with President Tomas Vey of "
      "Estonia\n\n"
      "President Mara Lind spoke today with President Tomas Vey of Estonia. "
      "The President thanked President Vey for Estonia's support in the "
      "Baltic Sea.\n\n"
      "President Vey welcomed the new energy corridor.\n");
  EXPECT_EQ(x.info.genre, Genre::kReadout);
  EXPECT_EQ(SpeakerOf(x, "support in the Baltic Sea"), "Mara Lind");
  EXPECT_EQ(SpeakerOf(x, "new energy corridor"), "Tomas Vey");
}

// Where the two hold different titles, "the Prime Minister" is the one who
// holds that title, as before.
TEST(ReadoutHost, DifferentTitlesKeepTheirHolders) {
  const Extraction x = Extract(
      "PM call with President of Estonia: 14 April 2026\n\n"
      "Prime Minister Mara Lind spoke to President Tomas Vey of Estonia this "
      "afternoon.\n\n"
      "The President said Estonia would host the summit.\n\n"
      "The Prime Minister said she looked forward to it.\n");
  EXPECT_EQ(SpeakerOf(x, "host the summit"), "Tomas Vey");
  EXPECT_EQ(SpeakerOf(x, "looked forward"), "Mara Lind");
}

// A quotation alone on its line with no stop is a subheading that quotes a
// later line, not the previous speaker going on.
TEST(QuotedSubheading, IsNoContinuation) {
  const Extraction x = Extract(
      "\"It was agreed,\" said Omar Farouk, an analyst in Doha.\n\n"
      "'A hedge, not a realignment'\n\n"
      "\"This is a hedge,\" said Laleh Farzin, a fellow at the council.\n\n"
      "\"Both sides gain.\"\n");
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_THAT(s.text, Not(HasSubstr("not a realignment"))) << s.text;
  }
  // A quotation paragraph that ends in a stop still goes on.
  EXPECT_EQ(SpeakerOf(x, "Both sides gain"), "Laleh Farzin");
}

// "Sultan bin Rashid Al Kaabi": "Sultan" before a patronymic in lower case
// is a given name; "Sultan Haitham" is still a title.
TEST(GivenNames, TitleWordBeforePatronymic) {
  const Extraction x = Extract(
      "Qatar's Minister of State, Sultan bin Rashid Al Kaabi, told reporters "
      "that Doha would keep channels open.\n");
  EXPECT_EQ(SpeakerOf(x, "keep channels open"), "Sultan bin Rashid Al Kaabi");
}

// A joint statement printed on a news page: its preamble, then numbered
// paragraphs, then the report's reactions. The text ends before the first
// unnumbered paragraph that reports someone's words.
TEST(JointStatementOnNewsPage, PreambleThenNumbersThenReactions) {
  const Extraction x = Extract(
      "Kenya, Tanzania release joint statement on trade talks\n\n"
      "The following is the full text of the joint statement:\n\n"
      "Joint Statement on the Kenya-Tanzania Trade Meeting in Arusha\n\n"
      "The Government of the Republic of Kenya and the Government of the "
      "United Republic of Tanzania,\n\n"
      "Recalling the agreement of 2024;\n\n"
      "The Parties commit to take the following actions:\n\n"
      "1. Kenya will lower duties on Tanzanian maize.\n\n"
      "2. Tanzania will open its border posts at night.\n\n"
      "Speaking to reporters in Arusha, trade minister Peter Odhiambo said "
      "the talks had been \"very productive\".\n");
  const ExtractedStatement* joint =
      text_testing::StatementContaining(x, "open its border posts");
  ASSERT_NE(joint, nullptr);
  EXPECT_EQ(joint->rule, "joint-statement-text");
  EXPECT_THAT(joint->text, Not(HasSubstr("very productive")));
  EXPECT_EQ(SpeakerOf(x, "very productive"), "Peter Odhiambo");
}

// A White House transcript: "MS. CORWIN:" and "MR. HOLLOWAY:" are turns of
// the persons the heading and the first turn name in full; "Previous:" at
// the page's end is a link.
TEST(HonorificLabels, WithAFullStop) {
  const Extraction x = Extract(
      "Press Briefing by Press Secretary Dana Corwin and National Security "
      "Advisor Gareth Holloway\n\n"
      "MS. CORWIN: Good afternoon. I am pleased to have National Security "
      "Advisor Gareth Holloway with us today.\n\n"
      "MR. HOLLOWAY: Thanks, Dana. The President will travel to Tokyo next "
      "month.\n\n"
      "Q Will the President call President Feng before he leaves?\n\n"
      "MR. HOLLOWAY: I am not going to get into the schedule of calls.\n\n"
      "MS. CORWIN: Thanks, everybody.\n\n"
      "Previous: Remarks by the President at the Easter Egg Roll\n");
  EXPECT_EQ(SpeakerOf(x, "travel to Tokyo"), "Gareth Holloway");
  EXPECT_EQ(SpeakerOf(x, "schedule of calls"), "Gareth Holloway");
  EXPECT_EQ(SpeakerOf(x, "Thanks, everybody"), "Dana Corwin");
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_THAT(s.text, Not(HasSubstr("Easter Egg"))) << s.text;
  }
}

// A Kremlin-style readout: "X had a telephone conversation with President
// of Y Z" is the call; "X warmly congratulated Z ... and highlighted ..."
// are both X's; "They noted ..." and "The sides agreed ..." are the two
// parties' even where X is named without a title, and said of both
// states.
TEST(KremlinReadout, AdverbPairsAndTargets) {
  const Extraction x = Extract(
      "Telephone conversation with President of Kazakhstan\n\n"
      "Gleb Sorokin had a telephone conversation with President of "
      "Kazakhstan Daulet Abenov.\n\n"
      "Gleb Sorokin warmly congratulated Daulet Abenov on the national "
      "holiday, and highlighted the importance of the common history.\n\n"
      "Daulet Abenov thanked the President of Russia for the "
      "congratulations.\n\n"
      "They noted with satisfaction that mutual trade had grown.\n\n"
      "The sides agreed to continue their coordination.\n");
  EXPECT_EQ(x.info.genre, Genre::kReadout);
  EXPECT_EQ(SpeakerOf(x, "national holiday"), "Gleb Sorokin");
  EXPECT_EQ(SpeakerOf(x, "common history"), "Gleb Sorokin");
  bool call = false;
  for (const ExtractedEvent& e : x.events) {
    call = call || e.label.find("telephone conversation") != std::string::npos;
  }
  EXPECT_TRUE(call);
  for (const std::string words : {"mutual trade", "continue their"}) {
    const ExtractedStatement* s = text_testing::StatementContaining(x, words);
    ASSERT_NE(s, nullptr) << words;
    EXPECT_EQ(s->co_speakers.size(), 1u) << words;
    std::vector<std::string> targets;
    for (const ExtractedTarget& t : s->targets) {
      targets.push_back(text_testing::NameOf(x, t.actor));
    }
    EXPECT_THAT(targets, ::testing::Contains("Kazakhstan")) << words;
  }
  // "had a good time" is no call.
  const Extraction y = Extract("Minister Lena Dahl had a good time in Oslo.\n");
  EXPECT_TRUE(y.events.empty());
}

// "X and Y agreed to ..., top government sources said, as ...": sources
// the report does not name report for no one; the agreement is the two
// states', its words end before the attribution, and the clause after ",
// as" is the writer's, no one's words.
TEST(UnnamedSources, TheAgreementIsTheStates) {
  const Extraction x = Extract(
      "Foreign Secretary Devendra Kaul met his counterpart.\n\n"
      "India and China on Friday agreed to step up talks on the border, top "
      "government sources said, as the foreign secretary held talks in New "
      "Delhi.\n\n"
      "Kenya and Uganda agreed to reopen the crossing, Ugandan officials "
      "said.\n");
  const ExtractedStatement* s =
      text_testing::StatementContaining(x, "step up talks");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(text_testing::NameOf(x, s->speaker), "India");
  EXPECT_EQ(s->text, "to step up talks on the border");
  for (const ExtractedStatement& t : x.statements) {
    EXPECT_THAT(t.text, Not(HasSubstr("held talks in New Delhi"))) << t.text;
  }
  // A source the text names keeps the clause: Uganda's officials.
  EXPECT_EQ(SpeakerOf(x, "reopen the crossing"), "Uganda");
}

// A government's account with no heading: its first sentence names its
// own official by a bare title ("The Prime Minister spoke to ...") and is
// a readout, dated by the call; a news report names the official.
TEST(ReadoutWithoutHeading, BareTitleOpensIt) {
  const Extraction x = Extract(
      "The Prime Minister spoke to the President of Kenya, William Otieno, "
      "this evening.\n\n"
      "President Otieno said that Kenya remained a close partner.\n");
  EXPECT_EQ(x.info.genre, Genre::kReadout);
  const ExtractedStatement* s =
      text_testing::StatementContaining(x, "close partner");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->date.ToString(), "2026-04-14");

  const Extraction y = Extract(
      "British Prime Minister Mara Lind spoke to the President of Kenya, "
      "William Otieno, on Monday.\n\n"
      "President Otieno said that Kenya remained a close partner.\n");
  EXPECT_EQ(y.info.genre, Genre::kNewsReport);
}

}  // namespace
}  // namespace diplograph
