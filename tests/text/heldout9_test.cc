// Tests of the text extractor (text.h) on the constructions that the
// held-out documents h22-h25 (a news report on a summit, a wire report with
// relay chains, a ministry's press release on a ministers' meeting and a
// foreign ministry press conference) showed it missing. Every sentence is
// written for the test, with invented people.

#include <string>

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
    *g->AddActor({.name = "Estonia", .kind = ActorKind::kState, .iso3 = "EST"});
    *g->AddActor(
        {.name = "Mongolia", .kind = ActorKind::kState, .iso3 = "MNG"});
    *g->AddActor(
        {.name = "Portugal", .kind = ActorKind::kState, .iso3 = "PRT"});
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

// ------------------------------------------- a ministry's press release

// A ministry's heading names the meeting by the offices ("Estonian Foreign
// Minister holds talks with ..."): the page is a readout, whose statements
// are of its date.
TEST(MinistryRelease, AHeadingNamingTheOfficesMakesAReadout) {
  Extraction x = Extract(
      "Estonian Foreign Minister holds talks with Mongolian Minister of "
      "Foreign Affairs\n\n"
      "Tallinn - Minister of Foreign Affairs of Estonia Kadri Pihlakas met "
      "with Minister of Foreign Affairs of Mongolia Bolormaa Tsend.\n\n"
      "Minister Pihlakas noted that trade between the two countries had "
      "doubled.\n");
  EXPECT_EQ(x.info.genre, Genre::kReadout);
  const ExtractedStatement* s = StatementContaining(x, "had doubled");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Kadri Pihlakas");
  EXPECT_EQ(s->date, *Date::Parse("2024-03-08"));
}

// A news headline names the person: it stays a news report, and a
// statement of no time the text gives stays undated.
TEST(MinistryRelease, AHeadlineNamingThePersonStaysANewsReport) {
  Extraction x = Extract(
      "Pihlakas holds talks with Mongolian counterpart\n\n"
      "Estonian Foreign Minister Kadri Pihlakas said the talks had been "
      "useful.\n");
  EXPECT_NE(x.info.genre, Genre::kReadout);
}

// "Federal Minister for European and International Affairs of the Republic
// of Portugal Ana Quaresma": "and" joins two words of the title's field,
// and the state comes before the name.
TEST(MinistryRelease, ATitlesFieldWithAndBeforeTheName) {
  Extraction x = Extract(
      "Minister for European and International Affairs of the Republic of "
      "Portugal Ana Quaresma arrived on Thursday.\n\n"
      "In turn, Minister Quaresma emphasized that Lisbon valued the "
      "partnership.\n");
  EXPECT_THAT(Names(x), Contains("Ana Quaresma"));
  EXPECT_THAT(Names(x), Not(Contains("European")));
  const ExtractedStatement* s = StatementContaining(x, "valued the");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Ana Quaresma");
}

// "He invited Estonian companies to take part in ...": an invitation is
// reported with its addressee and what they are asked to do.
TEST(MinistryRelease, AnInvitationIsAStatement) {
  Extraction x = Extract(
      "Mongolian Foreign Minister Bolormaa Tsend said on Thursday that the "
      "railway was ready. She invited Estonian companies to take part in "
      "the modernisation of the port.\n");
  const ExtractedStatement* s = StatementContaining(x, "modernisation");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Bolormaa Tsend");
}

// "was invited to" is no invitation the subject made.
TEST(MinistryRelease, BeingInvitedIsNoStatement) {
  Extraction x = Extract(
      "Mongolian Foreign Minister Bolormaa Tsend was invited to attend the "
      "forum in Tallinn next year.\n");
  EXPECT_EQ(StatementContaining(x, "attend the forum"), nullptr)
      << testing::PrintToString(Said(x));
}

// ------------------------------------------------- a participle of commitment

// "X and Y upgraded their ties on Tuesday, pledging to ...": what the two
// committed to is their statement, of the clause's day; later statements of
// either take that day.
TEST(Pledging, AParticipleOfCommitmentAfterAnActIsAStatement) {
  Extraction x = Extract(
      "Estonian President Mart Koorits and Mongolian President Batbayar "
      "Erdene opened a new embassy on Wednesday, pledging to double "
      "flights between their capitals.\n\n"
      "Koorits described the opening as overdue.\n");
  const ExtractedStatement* s = StatementContaining(x, "double flights");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Mart Koorits");
  ASSERT_EQ(s->co_speakers.size(), 1u);
  EXPECT_EQ(NameOf(x, s->co_speakers[0]), "Batbayar Erdene");
  EXPECT_EQ(s->date, *Date::Parse("2024-03-06"));
  const ExtractedStatement* later = StatementContaining(x, "overdue");
  ASSERT_NE(later, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(later->date, *Date::Parse("2024-03-06"));
}

// After a reporting verb the participle is that verb's ("X said ...,
// promising ..."): no second statement is made of it.
TEST(Pledging, AfterAReportingVerbTheParticipleIsNoNewStatement) {
  Extraction x = Extract(
      "Estonian President Mart Koorits said on Wednesday that the embassy "
      "would open soon, promising to visit in the summer.\n");
  EXPECT_EQ(x.statements.size(), 1u) << testing::PrintToString(Said(x));
}

// A participle of another verb ("..., saying ...") is not read this way.
TEST(Pledging, OnlyACommitmentIsRead) {
  Extraction x = Extract(
      "Estonian President Mart Koorits opened a new embassy on Wednesday, "
      "describing flights between the capitals.\n");
  EXPECT_EQ(StatementContaining(x, "flights between"), nullptr)
      << testing::PrintToString(Said(x));
}

// ------------------------------------------------- a page's closing lines

// Labelled lines that come only after a report's paragraphs ("Trust
// Charter: ...", "Coming up: ...") are the page's, not a transcript's
// turns: the report keeps its statements and their dates.
TEST(PageLines, LabelsAfterAReportsProseMakeNoTranscript) {
  const std::string para =
      "Estonian Foreign Minister Kadri Pihlakas said on Wednesday that the "
      "new ferry line to Helsinki would open in the spring, after two years "
      "of talks between the port authorities, the shipping companies and "
      "the regional governments on both sides of the gulf.\n\n";
  Extraction x = Extract(para + para + para +
                         "Trust Charter: The principles of our service.\n\n"
                         "Coming up: Mongolia raises coal exports.\n");
  EXPECT_NE(x.info.genre, Genre::kTranscript);
  EXPECT_THAT(Names(x), Not(Contains("Trust Charter")));
  EXPECT_THAT(Names(x), Not(Contains("Coming up")));
  const ExtractedStatement* s = StatementContaining(x, "ferry line");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Kadri Pihlakas");
  EXPECT_EQ(s->date, *Date::Parse("2024-03-06"));
}

// A transcript whose turns begin after a short heading stays one.
TEST(PageLines, ATranscriptAfterAShortHeadingStaysOne) {
  Extraction x = Extract(
      "Foreign Ministry Spokesperson Kadri Pihlakas's Press Conference on "
      "March 8, 2024\n\n"
      "Postimees: Will the ferry line open in the spring?\n\n"
      "Kadri Pihlakas: The line will open in April.\n");
  EXPECT_EQ(x.info.genre, Genre::kTranscript);
}

// "Read next:" heads a link, not a turn.
TEST(PageLines, ReadNextIsALinkLabel) {
  Extraction x = Extract(
      "Estonian Foreign Minister Kadri Pihlakas said on Wednesday that the "
      "ferry line would open in the spring.\n\n"
      "Read next: Mongolia says coal exports will double\n");
  EXPECT_THAT(Names(x), Not(Contains("Read next")));
  EXPECT_EQ(StatementContaining(x, "coal exports"), nullptr)
      << testing::PrintToString(Said(x));
}

// ------------------------------------------------- relays and appositions

// "Mart Koorits, the deputy head of ..., said": a name opening the sentence
// before a description with a role noun is a person.
TEST(Relays, ANameBeforeADescriptionIsAPerson) {
  Extraction x = Extract(
      "Tiit Saarepera, the deputy head of the border guard of Estonia, told "
      "the state agency Eesti Wire, which reported that the patrol boats "
      "had returned.\n\n"
      "Saarepera said the crews were safe.\n");
  EXPECT_THAT(Names(x), Contains("Tiit Saarepera"));
  const ExtractedStatement* s = StatementContaining(x, "patrol boats");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Tiit Saarepera");
  const ExtractedStatement* later = StatementContaining(x, "crews were safe");
  ASSERT_NE(later, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, later->speaker), "Tiit Saarepera");
}

// Not every capitalised pair before a comma: a place or a phrase with no
// role noun in its apposition names no person.
TEST(Relays, NoRoleNounNoPerson) {
  Extraction x = Extract(
      "Harbour Street, the oldest road of the town, was closed on "
      "Wednesday.\n");
  EXPECT_THAT(Names(x), Not(Contains("Harbour Street")));
}

// "A told the agency B, which reported that ...": one statement of A (the
// words of B's report), not a second one of the addressee and its clause.
TEST(Relays, AToldBWhichReportedThat) {
  Extraction x = Extract(
      "Estonian Foreign Minister Kadri Pihlakas told the daily Ohtuleht, "
      "which reported that the embassy would reopen in June, that she "
      "expected no delay.\n");
  const ExtractedStatement* s = StatementContaining(x, "would reopen");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Kadri Pihlakas");
  EXPECT_EQ(StatementContaining(x, "the daily Ohtuleht"), nullptr)
      << testing::PrintToString(Said(x));
}

// ------------------------------------------------- dates and family names

// "accused the border guards on Wednesday of opening fire": the time
// between the object and "of" dates the accusation.
TEST(Dates, ATimeBeforeTheComplementDatesTheSaying) {
  Extraction x = Extract(
      "Estonia accused the Mongolian fishing fleet on Wednesday of "
      "entering its waters without a licence.\n");
  const ExtractedStatement* s = StatementContaining(x, "fishing fleet");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Estonia");
  EXPECT_EQ(s->date, *Date::Parse("2024-03-06"));
}

// A time after a comma in the words is the words' own.
TEST(Dates, ATimeAfterACommaInTheWordsIsTheWords) {
  Extraction x = Extract(
      "Estonia accused the fleet, which sailed on Wednesday to the "
      "islands, of fishing without a licence.\n");
  const ExtractedStatement* s = StatementContaining(x, "the fleet");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_FALSE(s->date.is_known());
}

// "said X and Y agreed on Thursday to ...": the time is of the words' own
// verb, not of the saying.
TEST(Dates, ATimeOfTheWordsOwnVerbIsNotTheSayings) {
  Extraction x = Extract(
      "Estonia's foreign ministry said Mongolia and Portugal agreed on "
      "Thursday to exchange students.\n");
  const ExtractedStatement* s = StatementContaining(x, "exchange students");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_FALSE(s->date.is_known());
}

// "Baek Seung-ho": a Korean family name comes first and names the person
// alone after a quotation ('"...," Baek said.').
TEST(FamilyNames, AKoreanFamilyNameNamesThePerson) {
  Extraction x = Extract(
      "A spokesman for the Estonian embassy, Ahn Ji-won, said the visit "
      "had been useful. \"We will come back soon,\" Ahn said.\n");
  const ExtractedStatement* s = StatementContaining(x, "come back soon");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Ahn Ji-won");
}

}  // namespace
}  // namespace diplograph
