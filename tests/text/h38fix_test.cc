// Constructions of wire reports (docs/text.md step 38): a ministry named
// "State's Ministry of X" before its verb. One test per construction, each
// with several sentences written for it, with invented people (Olga Tamm,
// Anna Berg: women; Pavel Sorin, Erik Lund: men) and outlets (Daily Courier,
// Nordic Wire). Documents are dated Friday 2024-03-08.

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "diplograph/actor.h"
#include "diplograph/graph.h"
#include "diplograph/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"

namespace diplograph {
namespace {

using text_testing::ActorNamed;
using text_testing::NameOf;
using text_testing::Names;
using text_testing::SaidTogether;
using text_testing::StatementContaining;

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor({.name = "Norway", .kind = ActorKind::kState, .iso3 = "NOR"});
    *g->AddActor({.name = "Iceland", .kind = ActorKind::kState, .iso3 = "ISL"});
    for (const char* person :
         {"Olga Tamm", "Pavel Sorin", "Anna Berg", "Erik Lund"}) {
      *g->AddActor({.name = person, .kind = ActorKind::kPerson});
    }
    for (const char* outlet : {"Daily Courier", "Nordic Wire"}) {
      *g->AddActor({.name = outlet,
                    .kind = ActorKind::kMediaOutlet,
                    .aliases = {absl::StrCat("the ", outlet)}});
    }
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

// "Norway's Ministry of Foreign Affairs said ...": the capitalised words
// after the ministry's "of" end the organisation's name (with the state's
// possessive), not a person named "Foreign Affairs"; so for a one-word
// field ("Ministry of Energy") and for a department or an office.
TEST(TextH38FixMinistry, StatesMinistryOfXSaid) {
  struct Case {
    std::string text, words, speaker;
  };
  for (const Case& c : std::vector<Case>{
           {"Norway's Ministry of Foreign Affairs said on Monday that the "
            "talks would resume.\n",
            "the talks would resume", "Norway's Ministry of Foreign Affairs"},
           {"In a statement issued on Tuesday evening, Iceland's Ministry of "
            "Foreign Affairs said the envoy had been recalled.\n",
            "the envoy had been recalled",
            "Iceland's Ministry of Foreign Affairs"},
           {"Iceland's Ministry of Energy said the plant would open in May.\n",
            "the plant would open in May", "Iceland's Ministry of Energy"},
           {"Norway's Department of Fisheries warned that the quotas would "
            "be cut.\n",
            "the quotas would be cut", "Norway's Department of Fisheries"},
       }) {
    SCOPED_TRACE(c.text);
    Extraction x = Extract(c.text);
    const ExtractedStatement* s = StatementContaining(x, c.words);
    ASSERT_NE(s, nullptr) << testing::PrintToString(SaidTogether(x));
    EXPECT_EQ(NameOf(x, s->speaker), c.speaker);
    const ExtractedActor* a = ActorNamed(x, c.speaker);
    ASSERT_NE(a, nullptr) << testing::PrintToString(Names(x));
    EXPECT_EQ(a->kind, ActorKind::kOrganization);
    EXPECT_EQ(ActorNamed(x, "Foreign Affairs"), nullptr);
  }
}

// "…, the agency said", "the newspaper reported": an outlet named by the
// noun of its kind is the latest outlet the text named (within its
// paragraph or the one before); after a clause whose own statement is read
// it relays that statement and says nothing of its own, and "“…,” the
// agency quoted her as saying" is the pronoun's person relayed by it.
TEST(TextH38FixMedia, TheAgencySaidIsTheOutletNamedBefore) {
  struct Case {
    std::string text, words, speaker, relay;
    bool quote = false;
  };
  for (const Case& c : std::vector<Case>{
           {"Nordic Wire quoted Olga Tamm as saying that Norway would reopen "
            "its consulate. She also thanked Iceland for its help with the "
            "evacuation, the agency said.\n",
            "its help with the evacuation", "Olga Tamm", "Nordic Wire"},
           {"Erik Lund told the Daily Courier on Monday that the talks had "
            "stalled. Lund also criticised Iceland for delaying the vote, the "
            "newspaper reported.\n",
            "delaying the vote", "Erik Lund", "Daily Courier"},
           {"Nordic Wire quoted Anna Berg as saying that Iceland would pay. "
            "\"We are not finished with this,\" the agency quoted her as "
            "saying.\n",
            "We are not finished with this", "Anna Berg", "Nordic Wire", true},
           {"Pavel Sorin gave an interview to the Daily Courier in "
            "Reykjavik. Sorin said Norway would sign the accord, the state-run "
            "daily "
            "said.\n",
            "Norway would sign the accord", "Pavel Sorin", "Daily Courier"},
       }) {
    SCOPED_TRACE(c.text);
    Extraction x = Extract(c.text);
    const ExtractedStatement* s = StatementContaining(x, c.words);
    ASSERT_NE(s, nullptr) << testing::PrintToString(SaidTogether(x));
    EXPECT_EQ(NameOf(x, s->speaker), c.speaker);
    EXPECT_EQ(s->quote == QuoteKind::kDirectQuote, c.quote) << s->text;
    EXPECT_THAT(s->text, testing::Not(testing::HasSubstr(" said")));
    EXPECT_THAT(s->text, testing::Not(testing::HasSubstr("reported")));
    ASSERT_FALSE(s->reported_by.empty());
    EXPECT_EQ(NameOf(x, s->reported_by[0].outlet), c.relay);
    for (const ExtractedStatement& o : x.statements) {
      EXPECT_NE(NameOf(x, o.speaker), c.relay) << o.text;
    }
  }
  // No outlet named before: "the agency" relays nothing.
  Extraction x = Extract(
      "Olga Tamm thanked Iceland for its help with the evacuation, the agency "
      "said.\n");
  const ExtractedStatement* s = StatementContaining(x, "evacuation");
  ASSERT_NE(s, nullptr) << testing::PrintToString(SaidTogether(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Olga Tamm");
  EXPECT_TRUE(s->reported_by.empty());
}

// "X told reporters after the talks" (or "after three hours of talks"),
// "quoted X as saying after the meeting that ...", "speaking at the same
// news conference": in a news report, the day of the meeting the story
// reports, the first past day of the paragraph its dateline opens; what the
// same speaker "also" said is carried from it. "after the talks" inside the
// words, or no dateline, dates nothing.
TEST(TextH38FixDates, AfterTheTalksIsTheStorysDay) {
  struct Case {
    std::string text, words, speaker, date;
  };
  const std::string lede =
      "OSLO, March 8 (Nordic Wire) - Norway and Iceland agreed on Wednesday "
      "to reopen the fishing talks.\n\n";
  for (const Case& c : std::vector<Case>{
           {lede + "\"The door is open again,\" Erik Lund told reporters "
                   "after the talks.\n",
            "The door is open again", "Erik Lund", "2024-03-06"},
           {lede + "\"We came to listen. We leave with a plan,\" Anna Berg "
                   "said after their meeting.\n",
            "We leave with a plan", "Anna Berg", "2024-03-06"},
           {lede + "The Daily Courier quoted Olga Tamm as saying after the "
                   "meeting that Iceland would cut its quota. She also "
                   "thanked Norway for its patience, the newspaper said.\n",
            "its patience", "Olga Tamm", "2024-03-06"},
           {lede + "The Daily Courier quoted Olga Tamm as saying after the "
                   "meeting that Iceland would cut its quota.\n",
            "Iceland would cut its quota", "Olga Tamm", "2024-03-06"},
           {lede + "\"We have a deal,\" Erik Lund told reporters after "
                   "three hours of talks with his Icelandic counterpart.\n",
            "We have a deal", "Erik Lund", "2024-03-06"},
           {lede + "\"It was hard work,\" Anna Berg said after a long "
                   "meeting.\n",
            "It was hard work", "Anna Berg", "2024-03-06"},
           {lede + "Speaking at the same news conference, Anna Berg said "
                   "Iceland would send more inspectors.\n",
            "more inspectors", "Anna Berg", "2024-03-06"},
           {lede + "Anna Berg told the same briefing that the quota would "
                   "not change.\n",
            "the quota would not change", "Anna Berg", "2024-03-06"},
           {lede + "Pavel Sorin said the ban would be lifted after the "
                   "talks.\n",
            "the ban would be lifted", "Pavel Sorin", "-"},
           {lede + "Pavel Sorin said the boats would return after three "
                   "days of storms.\n",
            "the boats would return", "Pavel Sorin", "-"},
           {"Norway and Iceland agreed on Wednesday to reopen the fishing "
            "talks.\n\n\"The door is open again,\" Erik Lund told reporters "
            "after the talks.\n",
            "The door is open again", "Erik Lund", "-"},
       }) {
    SCOPED_TRACE(c.text);
    Extraction x = Extract(c.text);
    const ExtractedStatement* s = StatementContaining(x, c.words);
    ASSERT_NE(s, nullptr) << testing::PrintToString(SaidTogether(x));
    EXPECT_EQ(NameOf(x, s->speaker), c.speaker);
    if (c.date == "-") {
      EXPECT_FALSE(s->date.is_known()) << s->date.ToString();
    } else {
      EXPECT_EQ(s->date.ToString(), c.date);
    }
  }
}

// "Minister Berg, the Nordic Council's spokesperson said yesterday that
// ..." in a question: the name before the comma is the official asked (a
// vocative), not the spokesperson; the possessive's body speaks, as it does
// without the vocative.
TEST(TextH38FixQuestions, VocativeBeforeASpokespersonOfABody) {
  const std::string start =
      "MINISTER TAMM: Thank you. We reviewed the fisheries accord.\n\n";
  struct Case {
    std::string question, words, speaker;
  };
  for (const Case& c : std::vector<Case>{
           {"QUESTION (NRK): Minister Tamm, the European Commission's "
            "spokesperson for enlargement said yesterday that the Commission "
            "would present its package in October. What do you expect?\n",
            "would present its package", "European Commission"},
           {"QUESTION (RUV): Minister Tamm, NATO's spokesperson said on "
            "Monday that the alliance would send ships to Iceland. Do you "
            "agree?\n",
            "would send ships to Iceland", "NATO"},
           {"QUESTION (NRK): The European Commission's spokesperson said "
            "yesterday that the Commission would fine Norway. Your view?\n",
            "would fine Norway", "European Commission"},
       }) {
    const std::string text =
        start + c.question + "\nMINISTER TAMM: We expect a fair hearing.\n";
    SCOPED_TRACE(text);
    Extraction x = Extract(text);
    const ExtractedStatement* s = StatementContaining(x, c.words);
    ASSERT_NE(s, nullptr) << testing::PrintToString(SaidTogether(x));
    EXPECT_EQ(NameOf(x, s->speaker), c.speaker);
    EXPECT_TRUE(s->in_question);
  }
}

// "The Kathmandu Post reported, citing X, that ...": a capitalised name the
// registry does not know, ending in a newspaper's word (Post, Times,
// Herald, Tribune, Gazette, Journal, Chronicle, ...), is a media outlet,
// not a person; its report citing a person is that person's statement,
// relayed by it, and what it says itself is its statement.
TEST(TextH38FixMedia, ANewspapersNameIsAnOutlet) {
  struct Case {
    std::string text, words, speaker, outlet, relay;
  };
  for (const Case& c : std::vector<Case>{
           {"The Bergen Tribune reported, citing Olga Tamm, that Norway would "
            "reopen its consulate.\n",
            "Norway would reopen its consulate", "Olga Tamm", "Bergen Tribune",
            "Bergen Tribune"},
           {"The Reykjavik Herald reported on Monday, citing Erik Lund, that "
            "the quota talks had stalled.\n",
            "the quota talks had stalled", "Erik Lund", "Reykjavik Herald",
            "Reykjavik Herald"},
           {"The Tromso Gazette said the ferry would resume in May.\n",
            "the ferry would resume in May", "Tromso Gazette", "Tromso Gazette",
            ""},
       }) {
    SCOPED_TRACE(c.text);
    Extraction x = Extract(c.text);
    const ExtractedActor* a = ActorNamed(x, c.outlet);
    ASSERT_NE(a, nullptr) << testing::PrintToString(Names(x));
    EXPECT_EQ(a->kind, ActorKind::kMediaOutlet);
    const ExtractedStatement* s = StatementContaining(x, c.words);
    ASSERT_NE(s, nullptr) << testing::PrintToString(SaidTogether(x));
    EXPECT_EQ(NameOf(x, s->speaker), c.speaker);
    EXPECT_THAT(s->text, testing::Not(testing::HasSubstr("citing")));
    if (!c.relay.empty()) {
      ASSERT_FALSE(s->reported_by.empty());
      EXPECT_EQ(NameOf(x, s->reported_by[0].outlet), c.relay);
    }
  }
}

// "The Bergen Post news site said, citing X, that ...": an outlet named
// before "news" and its kind (site, website, portal, agency, service) is a
// media outlet; "said, citing X, that" is X's statement relayed by an
// outlet (undated: a report says what was cited, not when), and a person's
// "said, citing X, that" stays the person's, the words past the cited name.
TEST(TextH38FixMedia, SaidCitingAfterAnOutletOrAPerson) {
  struct Case {
    std::string text, words, speaker, relay;
  };
  const std::string lede =
      "OSLO, March 8 (Nordic Wire) - Norway rejected on Thursday Iceland's "
      "claim to the fishing grounds.\n\n";
  for (const Case& c : std::vector<Case>{
           {lede + "The Nord-Echo news site said, citing Olga Tamm, that "
                   "Norway would take the dispute to Iceland's courts.\n",
            "Norway would take the dispute", "Olga Tamm", "Nord-Echo"},
           {lede + "Nordic Wire said, citing Foreign Minister Erik Lund, that "
                   "Norway would reopen its embassy in Iceland.\n",
            "Norway would reopen its embassy", "Erik Lund", "Nordic Wire"},
           {lede + "Anna Berg said, citing Pavel Sorin, that Iceland had "
                   "recalled its envoy.\n",
            "Iceland had recalled its envoy", "Anna Berg", ""},
       }) {
    SCOPED_TRACE(c.text);
    Extraction x = Extract(c.text);
    const ExtractedStatement* s = StatementContaining(x, c.words);
    ASSERT_NE(s, nullptr) << testing::PrintToString(SaidTogether(x));
    EXPECT_EQ(NameOf(x, s->speaker), c.speaker);
    EXPECT_THAT(s->text, testing::Not(testing::HasSubstr("citing")));
    if (!c.relay.empty()) {
      ASSERT_FALSE(s->reported_by.empty());
      EXPECT_EQ(NameOf(x, s->reported_by[0].outlet), c.relay);
      const ExtractedActor* a = ActorNamed(x, c.relay);
      ASSERT_NE(a, nullptr);
      EXPECT_EQ(a->kind, ActorKind::kMediaOutlet);
      EXPECT_FALSE(s->date.is_known())
          << s->date.ToString() << " " << DateBasisName(s->date_basis);
    }
  }
}

}  // namespace
}  // namespace diplograph
