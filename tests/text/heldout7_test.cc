// Tests of the text extractor (text.h) on the constructions that the
// held-out documents h14-h17 (a news report on a leaders' meeting, a
// Russian-style foreign ministry briefing, a ministry's statement on a
// minister's meeting and a joint statement on a news page) showed it
// missing. Every sentence is written for the test, with invented people.

#include <cstdlib>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "diplograph/actor.h"
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
    *g->AddActor({.name = "Norway", .kind = ActorKind::kState, .iso3 = "NOR"});
    *g->AddActor({.name = "Iceland", .kind = ActorKind::kState, .iso3 = "ISL"});
    *g->AddActor({.name = "Chile", .kind = ActorKind::kState, .iso3 = "CHL"});
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

// ------------------------------------------------- titles and names

TEST(TitledName, TheTitlesStateComesBeforeTheName) {
  Extraction x = Extract(
      "Foreign Minister of Chile Rosa Ibarra Fuentes said on Thursday that "
      "the fishing quotas were unfair.");
  const ExtractedStatement* s = StatementContaining(x, "quotas were unfair");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Rosa Ibarra Fuentes");
  EXPECT_THAT(Names(x), Contains("Chile"));
  EXPECT_THAT(Names(x), Not(Contains("Chile Rosa Ibarra Fuentes")));
}

TEST(TitledName, TheTitlesFieldAndStateWithTheBeforeTheName) {
  Extraction x = Extract(
      "Minister of Trade of the Republic of Chile Tomas Vidal Rojas told "
      "reporters on Thursday that talks would resume in April.");
  const ExtractedStatement* s = StatementContaining(x, "talks would resume");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Tomas Vidal Rojas");
}

TEST(TitledName, AWordAfterOfThatNamesNoStateIsNoTitle) {
  // "of" followed by a name that is no state: no person is made of the
  // words after it.
  Extraction x =
      Extract("The Minister of Culture Week opened on Thursday in Santiago.");
  for (const ExtractedActor& a : x.actors) {
    EXPECT_NE(a.kind, ActorKind::kPerson) << a.name;
  }
}

TEST(TitledName, AnHonorificBetweenTitleAndName) {
  Extraction x = Extract(
      "Minister for Trade Dr Amara Okonjo Bello told reporters on Thursday "
      "that Norway would lower its tariffs.");
  const ExtractedStatement* s = StatementContaining(x, "lower its tariffs");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Amara Okonjo Bello");
  EXPECT_THAT(Names(x), Not(Contains("Dr Amara Okonjo Bello")));
}

TEST(TitledName, APossessiveEndsTheNameAndBelongsToIt) {
  Extraction x = Extract(
      "Foreign Minister Ingrid Solberg Dahl's visit to Iceland ended on "
      "Thursday.\n\nSolberg Dahl said on Thursday that the visit had gone "
      "well.");
  EXPECT_THAT(Names(x), Contains("Ingrid Solberg Dahl"));
  EXPECT_THAT(Names(x), Not(Contains("Ingrid Solberg")));
}

TEST(TitledName, AFamilyNameFirstAfterATitle) {
  Extraction x = Extract(
      "Foreign Minister Goh Kah Seng met Icelandic envoys on Thursday.\n\n"
      "Minister Goh said on Thursday that Iceland was a valued partner.");
  const ExtractedStatement* s = StatementContaining(x, "valued partner");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Goh Kah Seng");
}

TEST(TitledName, AFamilyNameFirstWithoutATitleIsNotTheName) {
  // "Goh" alone, with no title before it, is not taken for the person of
  // a three-word name (an English given name would be taken wrongly the
  // same way).
  Extraction x = Extract(
      "Foreign Minister Anna Lise Berg met Icelandic envoys on Thursday.\n\n"
      "Anna said on Thursday that Iceland was a valued partner.");
  const ExtractedStatement* s = StatementContaining(x, "valued partner");
  if (s != nullptr) EXPECT_NE(NameOf(x, s->speaker), "Anna Lise Berg");
}

// ---------------------------------------------------------- readouts

// A ministry's page: its name and navigation lines, then the heading that
// names the meeting, then the statement.
const char kMeetingPage[] =
    "Ministry of Foreign Affairs of Norway\n"
    "Home > News > Press releases, Speeches & Transcripts\n"
    "Search\n\n"
    "Press release: Foreign Minister Ingrid Dahl's Meeting with "
    "Foreign Minister of Iceland Bjarni Thorsson Eyvindsson\n\n"
    "Foreign Minister Ingrid Dahl met Foreign Minister of Iceland "
    "Bjarni Thorsson Eyvindsson in Oslo today.\n\n"
    "Minister Dahl congratulated Iceland on its chairmanship of "
    "the Arctic forum this year.\n\n"
    "Both Ministers exchanged views on fisheries. They underlined the "
    "importance of open sea lanes.";

TEST(Readout, AMeetingHeadingAfterThePagesNavigationMakesAReadout) {
  Extraction x = Extract(kMeetingPage);
  EXPECT_EQ(x.info.genre, Genre::kReadout);
  const ExtractedStatement* s = StatementContaining(x, "chairmanship");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Ingrid Dahl");
  // Dated by the meeting, not by "this year" of what it speaks of.
  EXPECT_EQ(s->date, *Date::Parse("2024-03-08"));
}

TEST(Readout, ASentenceBeforeTheHeadingEndsTheSearch) {
  // A heading after the first sentence is no page heading.
  Extraction x = Extract(
      "Norway and Iceland held talks in Oslo.\n\n"
      "Foreign Minister Ingrid Dahl said on Thursday that the "
      "talks went well.\n\n"
      "Read: Minister Dahl's meeting with the Icelandic envoy");
  EXPECT_NE(x.info.genre, Genre::kReadout);
}

TEST(Readout, TheyAfterBothMinistersIsBothParties) {
  Extraction x = Extract(kMeetingPage);
  const ExtractedStatement* s = StatementContaining(x, "open sea lanes");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  std::vector<std::string> speakers = {NameOf(x, s->speaker)};
  for (int c : s->co_speakers) speakers.push_back(NameOf(x, c));
  EXPECT_THAT(speakers, Contains("Ingrid Dahl"));
  EXPECT_THAT(speakers, Contains("Bjarni Thorsson Eyvindsson"));
}

// A statement of a foreign ministry on its minister's meeting with a
// counterpart whose title is "Secretary".
const char kSecretaryPage[] =
    "Foreign Minister Ingrid Dahl's Meeting with Secretary of Foreign "
    "Affairs of Chile Tomas Vidal Rojas\n\n"
    "Foreign Minister Ingrid Dahl met Secretary of Foreign Affairs of Chile "
    "Tomas Vidal Rojas today.\n\n"
    "The two Ministers reaffirmed the close ties between Norway and Chile, "
    "and agreed to expand cooperation on salmon farming. They looked forward "
    "to the signing of the new fisheries agreement later this year.";

TEST(Readout, ASecretaryIsOneOfTheTwoMinisters) {
  Extraction x = Extract(kSecretaryPage);
  ASSERT_EQ(x.info.genre, Genre::kReadout);
  const ExtractedStatement* s = StatementContaining(x, "close ties");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Ingrid Dahl");
  ASSERT_EQ(s->co_speakers.size(), 1u);
  EXPECT_EQ(NameOf(x, s->co_speakers[0]), "Tomas Vidal Rojas");
}

TEST(Readout, AgreedAfterACommaAndIsAStatementOfTheSameSubject) {
  Extraction x = Extract(kSecretaryPage);
  const ExtractedStatement* ties = StatementContaining(x, "close ties");
  const ExtractedStatement* agreed = StatementContaining(x, "salmon farming");
  ASSERT_NE(agreed, nullptr) << testing::PrintToString(Said(x));
  ASSERT_NE(ties, nullptr);
  EXPECT_NE(ties, agreed);  // two statements, one per reported clause
  EXPECT_THAT(ties->text, Not(testing::HasSubstr("salmon")));
  EXPECT_EQ(NameOf(x, agreed->speaker), "Ingrid Dahl");
}

TEST(Readout, LookedForwardToIsAStatementOfHope) {
  Extraction x = Extract(kSecretaryPage);
  const ExtractedStatement* s =
      StatementContaining(x, "signing of the new fisheries");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  // The words are what is hoped for, after "forward to".
  EXPECT_EQ(s->text.rfind("the signing", 0), 0u) << s->text;
  EXPECT_EQ(s->event_type.code, "013");
}

TEST(Readout, LookedWithoutForwardToIsNoStatement) {
  Extraction x = Extract(
      "Foreign Minister Ingrid Dahl looked at the new harbour in Oslo on "
      "Thursday.");
  EXPECT_TRUE(x.statements.empty()) << testing::PrintToString(Said(x));
}

TEST(About, TheSameSpeakersGoOnWithTheTopicOfTheSentenceBefore) {
  Extraction x = Extract(kSecretaryPage);
  const ExtractedStatement* s =
      StatementContaining(x, "signing of the new fisheries");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  std::vector<std::string> about;
  for (int a : s->about) about.push_back(NameOf(x, a));
  EXPECT_THAT(about, Contains("Chile"));
}

// ------------------------------------------------------- page links

TEST(PageLinks, ALinksTitleEndingInAQuotationIsNoStatement) {
  Extraction x = Extract(
      "Foreign Minister Ingrid Dahl said on Thursday that the talks had gone "
      "well.\n\n"
      "Read more:\n"
      "Dahl says fisheries deal with Iceland \"closer than ever\"\n"
      "Iceland heads to Oslo with quotas on agenda");
  EXPECT_EQ(StatementContaining(x, "closer than ever"), nullptr)
      << testing::PrintToString(Said(x));
  EXPECT_NE(StatementContaining(x, "talks had gone well"), nullptr);
}

TEST(PageLinks, AQuotationEndingASentenceEndsTheList) {
  // After the list, a line whose quotation closes a sentence is read.
  Extraction x = Extract(
      "Read more:\n"
      "Iceland heads to Oslo with quotas on agenda\n"
      "Foreign Minister Ingrid Dahl said: \"The talks have gone well.\"");
  EXPECT_NE(StatementContaining(x, "talks have gone well"), nullptr)
      << testing::PrintToString(Said(x));
}

// ----------------------------------------------------------- dates

// A report of a meeting: the two leaders' joint pledge is dated, what one
// of them told a broadcaster is not (the text does not say when).
const char kMeetingReport[] =
    "OSLO, March 7 - Norwegian Prime Minister Olav Rekdal and Icelandic "
    "Prime Minister Sigrun Eggertsdottir pledged on Thursday to protect "
    "the cod stocks of the North Atlantic.\n\n"
    "Eggertsdottir told public broadcaster RUV that Iceland would ask the "
    "Arctic Council to set quotas. She told Rekdal that Iceland wanted the "
    "talks to go on.";

TEST(Dates, APartyOfAJointPledgeToldABroadcasterIsUndated) {
  Extraction x = Extract(kMeetingReport);
  const ExtractedStatement* s =
      StatementContaining(x, "ask the Arctic Council");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Sigrun Eggertsdottir");
  EXPECT_FALSE(s->date.is_known());
}

TEST(Dates, APartyOfAJointPledgeToldTheOtherPartyIsOfTheMeeting) {
  Extraction x = Extract(kMeetingReport);
  const ExtractedStatement* s = StatementContaining(x, "talks to go on");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(s->date, *Date::Parse("2024-03-07"));
}

}  // namespace
}  // namespace diplograph
