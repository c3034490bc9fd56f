// Tests of the text extractor (text.h) on the constructions that the
// held-out documents h30-h33 (a wire report on a defence ministers'
// meeting, a foreign ministry's weekly briefing, a government's call
// readout and a joint statement on a news agency's page) showed it
// missing. Every sentence is written for the test, with invented people.

#include <string>
#include <utility>
#include <vector>

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
    *g->AddActor({.name = "Oman", .kind = ActorKind::kState, .iso3 = "OMN"});
    *g->AddActor({.name = "Kuwait", .kind = ActorKind::kState, .iso3 = "KWT"});
    *g->AddActor({.name = "Qatar", .kind = ActorKind::kState, .iso3 = "QAT"});
    *g->AddActor(
        {.name = "Malaysia", .kind = ActorKind::kState, .iso3 = "MYS"});
    *g->AddActor({.name = "Ghana", .kind = ActorKind::kState, .iso3 = "GHA"});
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

// ------------------------------------------- a government's call readout

// A government news page names the call or meeting by a noun after the
// office ("Foreign Secretary call with ...", "PM meeting with ..."), with a
// cookie banner above it: the page is a readout, whose statements are of
// its date even when the call is placed "this afternoon".
TEST(GovernmentReadout, AnOfficesCallOrMeetingHeadingMakesAReadout) {
  for (const std::string heading :
       {"Foreign Secretary call with Kuwaiti Foreign Minister: 8 March 2024",
        "PM meeting with President of Ghana: 8 March 2024",
        "Defence Secretary phone call with Omani counterpart"}) {
    Extraction x = Extract(
        "Cookies on this site\n\n"
        "We use some essential cookies to make this website work.\n\n"
        "Accept additional cookies | Reject additional cookies\n\n"
        "Home > International\n\n"
        "Press release\n\n" +
        heading +
        "\n\n"
        "A government spokesperson said:\n\n"
        "The minister spoke to his counterpart this afternoon.\n\n"
        "Later in the call, Minister Aled Prothero welcomed the progress of "
        "the trade talks between the two countries.\n");
    EXPECT_EQ(x.info.genre, Genre::kReadout) << heading;
    const ExtractedStatement* s = StatementContaining(x, "trade talks");
    ASSERT_NE(s, nullptr) << heading << testing::PrintToString(Said(x));
    EXPECT_EQ(s->date, *Date::Parse("2024-03-08")) << heading;
  }
}

// A headline whose word before "call with" is no office stays a news
// report.
TEST(GovernmentReadout, AHeadlineWithoutAnOfficeStaysANewsReport) {
  Extraction x = Extract(
      "Kuwait rejects call with conditions\n\n"
      "Kuwaiti Foreign Minister Hamad Al Sabah said the offer was not "
      "serious.\n");
  EXPECT_NE(x.info.genre, Genre::kReadout);
}

// A topic phrase opening the sentence before the speaker ("Discussing the
// attacks in the Red Sea, ...", "On Libya, ...", "Asked about ..., ...")
// names what the statement is about, when its words name nothing.
TEST(GovernmentReadout, AnOpeningTopicPhraseGivesWhatTheStatementIsAbout) {
  for (const std::string sentence :
       {"Discussing the recent attacks on shipping off Yemen, Minister Aled "
        "Prothero condemned the targeting of civilian crews.",
        "On Yemen, Minister Aled Prothero condemned the targeting of "
        "civilian crews.",
        "Asked about the fighting in Yemen, Minister Aled Prothero condemned "
        "the targeting of civilian crews."}) {
    Extraction x = Extract(sentence + "\n");
    const ExtractedStatement* s = StatementContaining(x, "civilian crews");
    ASSERT_NE(s, nullptr) << sentence << testing::PrintToString(Said(x));
    std::vector<std::string> about;
    for (int a : s->about) about.push_back(NameOf(x, a));
    EXPECT_THAT(about, Contains("Yemen")) << sentence;
  }
  // A time or place phrase is no topic.
  Extraction x = Extract(
      "In Muscat, Minister Aled Prothero condemned the targeting of civilian "
      "crews.\n");
  const ExtractedStatement* s = StatementContaining(x, "civilian crews");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  for (int a : s->about) EXPECT_NE(NameOf(x, a), "Muscat");
}

// "set out" before an object reports what a party presented; "set out
// for" a place, "set out in" a text and "set out by" someone do not.
TEST(GovernmentReadout, SetOutBeforeAnObjectReportsSpeech) {
  for (const std::string sentence :
       {"Foreign Minister Salim Al Harthi set out Oman's efforts to reduce "
        "tensions.",
        "Minister Aled Prothero set out the government's position on the "
        "ceasefire.",
        "Kuwaiti Foreign Minister Hamad Al Sabah sets out the kingdom's "
        "priorities for the summit."}) {
    Extraction x = Extract(sentence + "\n");
    EXPECT_EQ(x.statements.size(), 1u)
        << sentence << testing::PrintToString(Said(x));
  }
  for (const std::string sentence :
       {"Foreign Minister Salim Al Harthi set out for Riyadh on Monday.",
        "Minister Aled Prothero set out on a tour of the Gulf.",
        "Kuwaiti Foreign Minister Hamad Al Sabah set out from Kuwait City "
        "at dawn."}) {
    Extraction x = Extract(sentence + "\n");
    EXPECT_TRUE(x.statements.empty())
        << sentence << testing::PrintToString(Said(x));
  }
}

// ------------------------------------------------- a wire report

// "X said that ... and warned that "..."": the quotation after a verb that
// follows "and" is the earlier verb's subject's (not the nearest name
// before it), and the earlier verb's own words stay a statement of their
// own, also with a quoted fragment in them.
TEST(WireReport, AQuotationAfterACoordinatedVerbKeepsBothStatements) {
  for (const std::string sentence :
       {"Kuwaiti Foreign Minister Hamad Al Sabah said that Qatar was "
        "stirring up trouble and warned that \"such games will only make "
        "the Gulf less secure\".",
        "Kuwaiti Foreign Minister Hamad Al Sabah said Qatar was \"stirring "
        "up trouble\" and also warned that \"such games will only make the "
        "Gulf less secure\".",
        "Kuwaiti Foreign Minister Hamad Al Sabah told reporters that the "
        "talks with Qatar had stalled and warned that \"such games will only "
        "make the Gulf less secure\"."}) {
    Extraction x = Extract(sentence + "\n");
    const ExtractedStatement* q = StatementContaining(x, "such games");
    ASSERT_NE(q, nullptr) << sentence << testing::PrintToString(Said(x));
    EXPECT_EQ(NameOf(x, q->speaker), "Hamad Al Sabah") << sentence;
    EXPECT_EQ(q->quote, QuoteKind::kDirectQuote) << sentence;
    // The first clause is a statement of its own (its quoted fragment,
    // where it has one, is its quote: docs/text.md step 48).
    const ExtractedStatement* p = nullptr;
    for (const ExtractedStatement& s : x.statements) {
      if (&s != q && (absl::StrContains(s.text, "Qatar") ||
                      absl::StrContains(s.text, "stirring up trouble"))) {
        p = &s;
      }
    }
    ASSERT_NE(p, nullptr) << sentence << testing::PrintToString(Said(x));
    EXPECT_EQ(NameOf(x, p->speaker), "Hamad Al Sabah") << sentence;
    EXPECT_EQ(p->text.find("such games"), std::string::npos) << sentence;
  }
}

// "a State Department spokesperson said": the capitalised words before
// a spokesperson's or an official's head name the body the registry knows,
// which the speaker speaks for, before or after a quotation.
TEST(WireReport, ABodyNamedBeforeASpokespersonIsTheSpeaker) {
  for (const std::string text :
       {"A State Department spokesperson said the talks with Kuwait were "
        "useful.\n",
        "\"The talks with Kuwait were useful,\" a State Department spokesman "
        "said in an email.\n",
        "\"The talks with Kuwait were useful,\" said a State Department "
        "official.\n"}) {
    Extraction x = Extract(text);
    const ExtractedStatement* s = StatementContaining(x, "useful");
    ASSERT_NE(s, nullptr) << text << testing::PrintToString(Said(x));
    EXPECT_EQ(NameOf(x, s->speaker), "Department of State (United States)")
        << text;
  }
  // Words the registry does not know stay a description of no one.
  Extraction x = Extract(
      "A Harbour Authority spokesperson said the talks with Kuwait were "
      "useful.\n");
  const ExtractedStatement* s = StatementContaining(x, "useful");
  if (s != nullptr) {
    EXPECT_EQ(s->speaker, -1);
  }
}

// A time inside a phrase of "since" and a gerund ("since taking office
// in April") is that act's: it does not date the saying.
TEST(WireReport, ATimeAfterSinceAndAGerundDatesNoStatement) {
  for (const std::string sentence :
       {"Kuwaiti Foreign Minister Hamad Al Sabah, on his first visit to "
        "Doha since taking office in January, told reporters that Kuwait "
        "backed the talks.",
        "Kuwaiti Foreign Minister Hamad Al Sabah, speaking for the first "
        "time since returning from Oman on Monday, said Kuwait backed the "
        "talks."}) {
    Extraction x = Extract(sentence + "\n");
    const ExtractedStatement* s = StatementContaining(x, "backed the talks");
    ASSERT_NE(s, nullptr) << sentence << testing::PrintToString(Said(x));
    EXPECT_FALSE(s->date.is_known()) << sentence;
  }
  // The saying's own time still dates it.
  Extraction x = Extract(
      "Kuwaiti Foreign Minister Hamad Al Sabah, on his first visit to Doha "
      "since taking office, said on Thursday that Kuwait backed the "
      "talks.\n");
  const ExtractedStatement* s = StatementContaining(x, "backed the talks");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(s->date, *Date::Parse("2024-03-07"));
}

// The office of a title written with capitals after a demonym ("The Omani
// Prime Minister's Office") is a description of the state, as in lower
// case ("The Turkish Foreign Ministry" stays a body's name).
TEST(WireReport, ACapitalisedInstitutionAfterADemonymSpeaksForTheState) {
  for (const std::string subject :
       {"The Omani Prime Minister's Office",
        "The Omani prime minister's office", "The Omani President's Office"}) {
    Extraction x = Extract("Kuwait and Oman held talks on Sunday. " + subject +
                           " said on Monday that the talks would resume.\n");
    const ExtractedStatement* s = StatementContaining(x, "would resume");
    ASSERT_NE(s, nullptr) << subject << testing::PrintToString(Said(x));
    EXPECT_EQ(NameOf(x, s->speaker), "Oman") << subject;
  }
}

// "X and Y will ..., their defence ministers said on Wednesday": the
// officials of the clause's two subjects speak for them (the first the
// speaker, the second a co-speaker), and the clause is the words.
TEST(WireReport, TheirMinistersAfterAClauseSpeakForItsSubjects) {
  for (const std::string sentence :
       {"Kuwait and Oman will open a joint naval academy next year, their "
        "defence ministers said on Tuesday.",
        "Kuwait and Oman will open a joint naval academy next year, their "
        "foreign ministers said on Tuesday, after talks in Muscat.",
        "Kuwait and Oman will open a joint naval academy next year, their "
        "leaders announced on Tuesday."}) {
    Extraction x = Extract(sentence + "\n");
    const ExtractedStatement* s = StatementContaining(x, "naval academy");
    ASSERT_NE(s, nullptr) << sentence << testing::PrintToString(Said(x));
    EXPECT_EQ(NameOf(x, s->speaker), "Kuwait") << sentence;
    ASSERT_EQ(s->co_speakers.size(), 1u) << sentence;
    EXPECT_EQ(NameOf(x, s->co_speakers[0]), "Oman") << sentence;
    EXPECT_EQ(s->date, *Date::Parse("2024-03-05")) << sentence;
    EXPECT_EQ(s->text.find("Tuesday"), std::string::npos) << sentence;
  }
}

// A military rank before a name is no part of it ("Colonel Liza Navarro",
// "Col. X", "Brigadier X"), in an apposition or alone; the family name
// names the person later.
TEST(WireReport, AMilitaryRankIsNoPartOfTheName) {
  for (const std::string text :
       {"A Kuwaiti army spokesperson, Colonel Salem Al Enezi, said on Tuesday "
        "that the drills would start in May.",
        "Col. Salem Al Enezi said on Tuesday that the drills would start in "
        "May.",
        "Brigadier Salem Al Enezi said on Tuesday that the drills would start "
        "in May."}) {
    Extraction x = Extract(text + " Al Enezi added that Oman would join.\n");
    EXPECT_THAT(Names(x), Contains("Salem Al Enezi")) << text;
    for (const char* words : {"drills", "Oman would join"}) {
      const ExtractedStatement* s = StatementContaining(x, words);
      ASSERT_NE(s, nullptr) << text << testing::PrintToString(Said(x));
      EXPECT_EQ(NameOf(x, s->speaker), "Salem Al Enezi") << text;
    }
  }
}

// "The Omani Embassy in Doha said": a place after "in" or "at" between a
// body's name and its verb leaves the name the subject.
TEST(WireReport, APlaceBetweenABodyAndItsVerbLeavesTheSubject) {
  for (const auto& [subject, speaker] :
       std::vector<std::pair<std::string, std::string>>{
           {"The Omani Embassy in Doha", "Omani Embassy"},
           {"The Kuwaiti Embassy at Muscat", "Kuwaiti Embassy"},
           {"The Omani embassy in Doha", "Oman"}}) {
    Extraction x = Extract("Qatar and Oman held talks on Sunday. " + subject +
                           " said on Monday that the talks would resume.\n");
    const ExtractedStatement* s = StatementContaining(x, "would resume");
    ASSERT_NE(s, nullptr) << subject << testing::PrintToString(Said(x));
    EXPECT_EQ(NameOf(x, s->speaker), speaker) << subject;
  }
}

// ------------------------------------------------- a weekly briefing

// In a question, what unnamed reports say ("Reports say that Kuwait has
// offered ...", "There are reports that ...", "According to media reports,
// ...") is the asker's hearsay, no statement; a named source's saying in a
// question still is one.
TEST(WeeklyBriefing, UnnamedReportsInAQuestionAreNoStatement) {
  for (const std::string hearsay :
       {"Reports say that Kuwait has offered to host talks on the border.",
        "There are reports that Kuwait has offered to host talks on the "
        "border.",
        "According to media reports, Kuwait has offered to host talks on the "
        "border."}) {
    Extraction x = Extract(
        "Spokesperson Mariam Al Thani held the weekly briefing.\n\n"
        "Mariam Al Thani: Good afternoon. Qatar welcomes the truce.\n\n"
        "Reuters: " +
        hearsay +
        " Can you confirm?\n\n"
        "Mariam Al Thani: I have nothing to announce on that.\n\n"
        "AFP: Kuwait's foreign ministry said on Monday that Kuwait would "
        "send aid to Oman. Will Qatar join?\n\n"
        "Mariam Al Thani: We are studying it.\n");
    EXPECT_EQ(StatementContaining(x, "offered to host"), nullptr)
        << hearsay << testing::PrintToString(Said(x));
    const ExtractedStatement* s = StatementContaining(x, "send aid");
    ASSERT_NE(s, nullptr) << hearsay << testing::PrintToString(Said(x));
    EXPECT_TRUE(s->in_question) << hearsay;
  }
}

// ------------------------------------------------- Arabic names in full

// "Sayyid" is an honorific; a capitalised "Al" (or "Bin") between the
// given names and the family name is a particle of the name, which runs to
// the family name; the family name after the article ("Al Busaidi",
// "Busaidi") names the person later, and the given name before "bin"
// does not make the article's name a new person.
TEST(ArabicNames, AnArticleWithACapitalIsAParticleOfTheName) {
  Extraction x = Extract(
      "Omani Foreign Minister Sayyid Badr bin Hamad Al Busaidi said on "
      "Thursday that Oman would host the next round.\n\n"
      "Al Busaidi added that both sides had shown flexibility.\n\n"
      "Busaidi said the talks would resume in April.\n");
  EXPECT_THAT(Names(x), Contains("Badr bin Hamad Al Busaidi"));
  EXPECT_THAT(Names(x), Not(Contains("Sayyid Badr bin Hamad Al")));
  for (const char* words : {"would host", "shown flexibility", "resume"}) {
    const ExtractedStatement* s = StatementContaining(x, words);
    ASSERT_NE(s, nullptr) << words << testing::PrintToString(Said(x));
    EXPECT_EQ(NameOf(x, s->speaker), "Badr bin Hamad Al Busaidi") << words;
  }

  Extraction y = Extract(
      "Qatar's Minister of State Sheikh Khalid Bin Nasser Al Attiyah told "
      "reporters that Qatar backed the truce. Al Attiyah also said Doha "
      "would send aid.\n");
  EXPECT_THAT(Names(y), Contains("Khalid Bin Nasser Al Attiyah"));
  const ExtractedStatement* s = StatementContaining(y, "send aid");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(y));
  EXPECT_EQ(NameOf(y, s->speaker), "Khalid Bin Nasser Al Attiyah");
}

// A name with "bin" cut before its family's article ("Minister Khalid bin
// Nasser" after "Khalid bin Nasser Al Attiyah") names the same person.
TEST(ArabicNames, ANameCutBeforeTheFamilysArticleIsTheSamePerson) {
  Extraction x = Extract(
      "Qatar's Minister of State Khalid bin Nasser Al Attiyah said on Monday "
      "that Qatar backed the truce.\n\n"
      "Later, Minister Khalid bin Nasser told reporters that Doha would send "
      "aid.\n");
  EXPECT_THAT(Names(x), Not(Contains("Khalid bin Nasser")));
  const ExtractedStatement* s = StatementContaining(x, "send aid");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Khalid bin Nasser Al Attiyah");
}

// ------------------------------------------------- a joint statement

// "Issued in Kuala Lumpur on 8 March 2024." closes the joint text as "Done
// at ..." does: a minister's remark after it is a statement of its own.
TEST(JointStatement, AnIssuedInPlaceOnDateLineClosesTheText) {
  for (const std::string closing :
       {"Issued in Kuala Lumpur on 8 March 2024.",
        "Issued at Doha on 8 March 2024", "Done in Muscat on 8 March 2024."}) {
    Extraction x = Extract(
        "Joint Statement between Malaysia and the State of Qatar\n\n"
        "1. Malaysia and Qatar held the second round of their strategic "
        "dialogue in Kuala Lumpur.\n\n"
        "2. The two sides agreed to expand cooperation in energy.\n\n" +
        closing +
        "\n\n"
        "Speaking to reporters afterwards, Foreign Minister Aminah Rosli "
        "said Malaysia welcomed Qatar's investment.\n");
    const ExtractedStatement* joint = StatementContaining(x, "energy");
    ASSERT_NE(joint, nullptr) << closing;
    EXPECT_EQ(joint->text.find("Aminah"), std::string::npos) << closing;
    const ExtractedStatement* s = StatementContaining(x, "welcomed Qatar");
    ASSERT_NE(s, nullptr) << closing << testing::PrintToString(Said(x));
    EXPECT_EQ(NameOf(x, s->speaker), "Aminah Rosli") << closing;
  }
}

}  // namespace
}  // namespace diplograph
