// Tests of the text extractor (text.h) on transcript labels set on lines of
// their own ("Prime Minister X:" above the paragraphs of the turn), labels
// that open with the speaker's title, questions labelled "Journalist,
// OUTLET:", a page's notes ("Please note:") that are no turns, and a
// government body's own page of a meeting read as a readout. Every
// text is written for the test, with invented people.

#include <string>
#include <vector>

#include "diplograph/actor.h"
#include "diplograph/date.h"
#include "diplograph/graph.h"
#include "diplograph/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"

namespace diplograph {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;
using text_testing::Said;

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor({.name = "Norway", .kind = ActorKind::kState, .iso3 = "NOR"});
    *g->AddActor({.name = "Iceland", .kind = ActorKind::kState, .iso3 = "ISL"});
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

std::vector<std::string> Speakers(const Extraction& x) {
  std::vector<std::string> out;
  for (const ExtractedStatement& s : x.statements) {
    out.push_back(text_testing::NameOf(x, s.speaker));
  }
  return out;
}

// A label alone on its line heads the paragraphs after it, up to the next
// label: each turn is one statement of its speaker, and a question's turn
// ("Journalist, Kringkast:") is none.
TEST(Labels10Test, LabelOnALineOfItsOwn) {
  const Extraction x = Extract(
      "Joint press conference in Bergen\n\n"
      "Please note: Check against delivery.\n\n"
      "Foreign Minister Olga Tamm:\n\n"
      "Welcome to Bergen. Iceland is one of our closest partners.\n\n"
      "Today we agreed to open the fisheries talks again.\n\n"
      "Foreign Minister Jon Berg:\n\n"
      "Thank you, Olga. We are glad to be here.\n\n"
      "Journalist, Kringkast:\n\n"
      "A question for both ministers. When will the talks start?\n\n"
      "Foreign Minister Olga Tamm:\n\n"
      "In the spring, if all goes well.\n");
  EXPECT_EQ(x.info.genre, Genre::kTranscript);
  EXPECT_THAT(Speakers(x), ElementsAre("Olga Tamm", "Jon Berg", "Olga Tamm"));
  ASSERT_EQ(x.statements.size(), 3u);
  // The turn runs over its two paragraphs and stops before the next label.
  EXPECT_THAT(x.statements[0].text, ::testing::HasSubstr("closest partners"));
  EXPECT_THAT(x.statements[0].text, ::testing::HasSubstr("fisheries talks"));
  EXPECT_THAT(x.statements[1].text, Not(::testing::HasSubstr("Kringkast")));
  EXPECT_THAT(x.statements[1].text, Not(::testing::HasSubstr("When will")));
  EXPECT_EQ(text_testing::ActorNamed(x, "Please note"), nullptr);
  const ExtractedActor* outlet = text_testing::ActorNamed(x, "Kringkast");
  ASSERT_NE(outlet, nullptr);
  EXPECT_EQ(outlet->kind, ActorKind::kMediaOutlet);
}

// The same with labels and their turns on one line, and with the name in
// capitals: the title's words before a name of two words or more are no
// part of the speaker's name.
TEST(Labels10Test, TitleWordsBeforeTheNameInALabel) {
  const Extraction x = Extract(
      "Press briefing\n\n"
      "Prime Minister Anna Lind: We will keep the border open.\n\n"
      "Reporter, Nordic Wire: Will Iceland join?\n\n"
      "Deputy Foreign Minister Erik Holm: That is for Iceland to decide.\n");
  EXPECT_THAT(Speakers(x), ElementsAre("Anna Lind", "Erik Holm"));
  EXPECT_EQ(text_testing::ActorNamed(x, "Prime Minister Anna Lind"), nullptr);
}

// A line ending in a colon in a report is no label when the page has no
// second turn: "X told reporters:" gives the next paragraph to X, and a
// list's heading is nobody's.
TEST(Labels10Test, AColonInAReportIsNoLabel) {
  const Extraction x = Extract(
      "Norway will stay in the treaty, officials said.\n\n"
      "Foreign Minister Olga Tamm told reporters:\n\n"
      "We will not leave the treaty. Iceland knows that.\n\n"
      "The agenda was as follows:\n\n"
      "Trade, energy and the Arctic.\n");
  EXPECT_NE(x.info.genre, Genre::kTranscript);
  EXPECT_THAT(Said(x),
              Contains("Olga Tamm: We will not leave the treaty. Iceland "
                       "knows that."));
  EXPECT_EQ(text_testing::ActorNamed(x, "The agenda was as follows"), nullptr);
}

// A page whose first lines name a government body as its publisher
// ("Ministry of Foreign Affairs of Norway", "Prime Minister's Office")
// reads its heading "Minister X met with Y" as its own readout, though its
// body quotes the minister: its statements are dated by the meeting. A news
// site's page with the same heading and a quotation stays a news report.
TEST(Labels10Test, AMinistrysOwnPageOfAMeetingIsAReadout) {
  const std::string body =
      "Minister Tamm met with Icelandic Foreign Minister Berg in Oslo\n\n"
      "On Tuesday, 5 March 2024, Minister of Foreign Affairs Olga Tamm "
      "received the Minister for Foreign Affairs of Iceland, Jon Berg.\n\n"
      "\"Iceland is our closest neighbour in the north,\" said Minister "
      "Tamm after the meeting.\n\n"
      "Minister Tamm thanked Iceland for its help with the rescue at sea.\n";
  const Extraction x = Extract(
      "Ministry of Foreign Affairs of Norway\n"
      "Home > Press > News\n\n" +
      body);
  EXPECT_EQ(x.info.genre, Genre::kReadout);
  const ExtractedStatement* s = text_testing::StatementContaining(x, "rescue");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(s->date, *Date::Parse("2024-03-05"));

  const Extraction y = Extract("Nordic Wire | World | Europe\n\n" + body);
  EXPECT_NE(y.info.genre, Genre::kReadout);
}

// "The opposition's spokesman on foreign affairs, Jon Berg, welcomed ...":
// a role noun with a short field in lower case, then a name in commas, is
// a person, whose family name alone speaks later.
TEST(Labels10Test, ARoleWithItsFieldThenANameInCommas) {
  const Extraction x = Extract(
      "The opposition's spokesman on foreign affairs, Jon Berg, welcomed the "
      "visit but said the cost must be published. \"Trust is good,\" Berg "
      "said.\n"
      "Its envoy for climate, Sara Lind, said Norway would host the talks.\n");
  EXPECT_THAT(Said(x), Contains("Jon Berg: the visit"));
  EXPECT_THAT(Said(x), Contains("Jon Berg: the cost must be published"));
  EXPECT_THAT(Said(x), Contains("Jon Berg: Trust is good"));
  EXPECT_THAT(Said(x), Contains("Sara Lind: Norway would host the talks"));
}

// Below a joint statement printed on a news page: what a party said "after
// the signing" is dated by the statement's closing line, and what others
// said, with no time given, is undated as in a news report (the joint
// statement's own text keeps its date).
TEST(Labels10Test, ReportedBelowAJointStatement) {
  const Extraction x = Extract(
      "JOINT STATEMENT BETWEEN NORWAY AND ICELAND\n\n"
      "Norway and Iceland reaffirm their close partnership in the North "
      "Atlantic.\n\n"
      "1. The two sides agreed to open a joint fisheries office.\n\n"
      "Done at Oslo on 6 March 2024.\n\n"
      "Speaking after the signing, Olga Tamm said the office would open in "
      "May.\n\n"
      "The opposition's spokesman on fisheries, Jon Berg, said the deal "
      "came too late.\n");
  const ExtractedStatement* tamm = text_testing::StatementContaining(x, "May");
  ASSERT_NE(tamm, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(tamm->date, *Date::Parse("2024-03-06"));
  const ExtractedStatement* berg =
      text_testing::StatementContaining(x, "too late");
  ASSERT_NE(berg, nullptr) << testing::PrintToString(Said(x));
  EXPECT_FALSE(berg->date.is_known()) << berg->date.ToString();
}

// "A. Lind:", "J.-P. Holm:": labels of initials and a family name are the
// persons the page names in full with that family name and a given name
// of that initial; a label of initials with no such person is a person
// named as written.
TEST(Labels10Test, InitialsAndAFamilyName) {
  const Extraction x = Extract(
      "Joint press conference of Foreign Minister Anna Lind and Foreign "
      "Minister Jean-Pierre Holm\n\n"
      "A. Lind: Welcome to Oslo. Iceland is our closest partner.\n\n"
      "J.-P. Holm: Thank you. We agreed on the fisheries office.\n\n"
      "Q (Nordic Wire): When will it open?\n\n"
      "A. Lind: In May.\n\n"
      "B. Berg: I would add that the budget is ready.\n");
  EXPECT_EQ(x.info.genre, Genre::kTranscript);
  EXPECT_THAT(Speakers(x), ElementsAre("Anna Lind", "Jean-Pierre Holm",
                                       "Anna Lind", "B. Berg"));
}

}  // namespace
}  // namespace diplograph
