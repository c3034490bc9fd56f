// Tests of the text extractor (text.h) on the constructions that the
// held-out documents h18-h21 (a news report on a leaders' phone call, a
// wire report with relay chains, a ministry's press release on a
// minister's talks and a foreign ministry press conference) showed it
// missing. Every sentence is written for the test, with invented people.

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
using ::testing::Not;
using text_testing::NameOf;
using text_testing::Names;
using text_testing::Said;
using text_testing::StatementContaining;

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor({.name = "Jordan", .kind = ActorKind::kState, .iso3 = "JOR"});
    *g->AddActor({.name = "Oman", .kind = ActorKind::kState, .iso3 = "OMN"});
    *g->AddActor({.name = "Senegal", .kind = ActorKind::kState, .iso3 = "SEN"});
    *g->AddActor({.name = "Peru", .kind = ActorKind::kState, .iso3 = "PER"});
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

// ------------------------------------------------- names

TEST(ArabicArticle, TheArticleDoesNotEndTheName) {
  Extraction x = Extract(
      "Jordanian Foreign Minister Karim Nasser al-Tamimi said on Thursday "
      "that the border crossing would reopen next week.\n\n"
      "Tamimi said Oman had offered to help with the inspections.");
  EXPECT_THAT(Names(x), Contains("Karim Nasser al-Tamimi"));
  EXPECT_THAT(Names(x), Not(Contains("Karim Nasser")));
  const ExtractedStatement* s = StatementContaining(x, "offered to help");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Karim Nasser al-Tamimi");
}

TEST(Honorific, AnHonorificAloneIntroducesAName) {
  Extraction x = Extract(
      "The delegation was led by the head of the trade mission, Ms. Awa "
      "Diop Ndiaye, who arrived on Wednesday.\n\n"
      "Ms. Ndiaye said Senegal wanted a new fisheries agreement.");
  EXPECT_THAT(Names(x), Contains("Awa Diop Ndiaye"));
  const ExtractedStatement* s =
      StatementContaining(x, "wanted a new fisheries agreement");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Awa Diop Ndiaye");
}

// ------------------------------------------------- a ministry's readout

// A ministry's page on a visit: the host named by the initials of a title,
// the guest by "the Minister", "conveyed" and "invited" as its verbs, and
// the talks' date for what each said.
constexpr char kVisitPage[] =
    "Visit of the Minister of Trade of Oman to Jordan (March 6-8, 2024)\n\n"
    "Deputy Foreign Minister Dr. Rami Haddad Khoury held talks with the "
    "Minister of Trade and Industry of the Sultanate of Oman, Ms. Salma "
    "Nasser Rawas, in Amman today.\n\n"
    "2. DFM conveyed that Jordan wished to double its exports of potash to "
    "Oman within three years.\n\n"
    "3. The Minister conveyed Oman's interest in a joint shipping line "
    "through the port of Aqaba. She invited Jordanian firms to bid for the "
    "new desalination plants.\n\n"
    "4. DFM thanked Oman for its support for the water summit.\n";

TEST(Readout, TitleInitialsNameTheHost) {
  Extraction x = text_testing::ExtractDated(TheExtractor(), kVisitPage);
  const ExtractedStatement* s = StatementContaining(x, "exports of potash");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Rami Haddad Khoury");
  s = StatementContaining(x, "support for the water summit");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Rami Haddad Khoury");
}

TEST(Readout, TheMinisterIsTheGuestWhenTheHostHasInitials) {
  Extraction x = text_testing::ExtractDated(TheExtractor(), kVisitPage);
  const ExtractedStatement* s = StatementContaining(x, "joint shipping line");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Salma Nasser Rawas");
  s = StatementContaining(x, "desalination plants");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Salma Nasser Rawas");
}

TEST(Readout, AVisitHeadingDatesTheTalksStatements) {
  Extraction x = text_testing::ExtractDated(TheExtractor(), kVisitPage);
  for (const char* words : {"exports of potash", "joint shipping line",
                            "support for the water summit"}) {
    const ExtractedStatement* s = StatementContaining(x, words);
    ASSERT_NE(s, nullptr) << words << testing::PrintToString(Said(x));
    EXPECT_EQ(s->date, *Date::Parse("2024-03-08")) << words;
  }
}

TEST(Readout, WithoutInitialsTheMinisterIsTheLatestSpeaker) {
  Extraction x = Extract(
      "Trade Minister Rami Haddad Khoury met Ms. Salma Nasser Rawas in "
      "Amman.\n\n"
      "Minister Khoury said Jordan wished to double its exports of potash. "
      "The Minister added that Jordan would open a trade office in Muscat.");
  const ExtractedStatement* s = StatementContaining(x, "trade office");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Rami Haddad Khoury");
}

// ------------------------------------------------- a wire report's page

TEST(PageLabels, PageActionsAndCaptionsAreNoSpeakers) {
  Extraction x = Extract(
      "Jordan and Oman agree to link their power grids\n\n"
      "AMMAN, March 8 - Jordan and Oman agreed on Friday to link their "
      "power grids, officials said.\n\n"
      "Image caption: Workers repair a power line near Amman.\n\n"
      "Share this story: Facebook | X | Email\n\n"
      "Our Principles: The Levant Wire editorial code.\n\n"
      "Read next: Oman opens a new port in Duqm\n");
  for (const char* label :
       {"Image caption", "Share this story", "Our Principles", "Read next"}) {
    EXPECT_THAT(Names(x), Not(Contains(label)));
  }
  EXPECT_EQ(StatementContaining(x, "Workers repair"), nullptr);
  EXPECT_EQ(StatementContaining(x, "Facebook"), nullptr);
  EXPECT_EQ(StatementContaining(x, "editorial code"), nullptr);
}

TEST(Dates, AQuotationAfterAStatesDatedDenialIsOfItsDay) {
  Extraction x = Extract(
      "A Spanish trawler was seized off Dakar last week.\n\n"
      "Senegal denied on Wednesday that its navy had fired on the trawler. "
      "\"Our sailors followed the law of the sea at every step,\" "
      "government spokesman Ibou Sarr told reporters.\n\n"
      "Sarr said the crew would be released after an inquiry.");
  const ExtractedStatement* s = StatementContaining(x, "law of the sea");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Ibou Sarr");
  EXPECT_EQ(s->date, *Date::Parse("2024-03-06"));
  s = StatementContaining(x, "crew would be released");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(s->date, *Date::Parse("2024-03-06"));
}

TEST(Descriptions, AnOfficialOfADemonymSpeaksForItsState) {
  Extraction x = Extract(
      "Peru has suspended talks on the mining code, a senior Peruvian "
      "official said on Thursday.");
  const ExtractedStatement* s = StatementContaining(x, "mining code");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Peru");
}

TEST(Organisations, ADemonymOpensAnOrganisationsLongName) {
  Extraction x = Extract(
      "The minister told the Peruvian National Press Agency on Thursday "
      "that the mining code would be ready in May.");
  EXPECT_THAT(Names(x), Contains("Peruvian National Press Agency"));
  Extraction y = Extract(
      "The minister told the Peruvian Government on Thursday that the "
      "mining code would be ready in May.");
  EXPECT_THAT(Names(y), Not(Contains("Peruvian Government")));
}

TEST(Organisations, AnOrganisationsBodyIsAnOrganisationOfItsOwn) {
  Extraction x = Extract(
      "A spokesperson for the African Union Commission declined to comment "
      "on the talks between Jordan and Oman.");
  EXPECT_THAT(Names(x), Contains("African Union Commission"));
  EXPECT_THAT(Names(x), Not(Contains("Commission")));
  const ExtractedStatement* s = StatementContaining(x, "declined to comment");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "African Union Commission");
}

// ------------------------------------------------- a press conference

TEST(Transcript, TheLastTurnEndsAtThePagesFooter) {
  Extraction x = Extract(
      "Spokesperson Wen Lihua's Regular Press Conference\n\n"
      "Wen Lihua: Good afternoon. China and Peru are good partners.\n\n"
      "Xinhua: What is China's view of the mining talks?\n\n"
      "Wen Lihua: China hopes the talks will succeed.\n\n"
      "Share: Weibo | WeChat\n\n"
      "Copyright (c) the Ministry, all rights reserved.\n");
  const ExtractedStatement* s = StatementContaining(x, "talks will succeed");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(s->text.find("Weibo"), std::string::npos) << s->text;
  EXPECT_EQ(s->text.find("Copyright"), std::string::npos) << s->text;
}

}  // namespace
}  // namespace diplograph
