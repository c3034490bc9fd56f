// The attribution grammar probed a third time (docs/text.md step 33):
// passives with an agent ("It was announced by X that", "was described by
// X as"), statements relayed by remarks attributed to a speaker or a
// statement issued by an office, "officials" and "the government" of the
// state a dateline or the sentence before names, descriptions before
// "who said", a quoted fragment that closes a reported clause, and the
// frames of a saying news English puts between a verb and its words ("said
// in a televised address on Tuesday the ..."). One test per construction,
// each with several sentences written for it, with invented people (Olga
// Tamm, Anna Berg, Kari Nygaard: women; Pavel Sorin, Erik Lund, Jonas Vik:
// men) and outlets (Daily Courier, Nordic Wire). Documents are dated
// Friday 2024-03-08.

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

using text_testing::NameOf;
using text_testing::Said;
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

// One sentence (or short document) and what it must give: a statement
// whose words contain `words`, said by `speaker` ("" for none), with
// `co_speaker` when not empty, dated `date` when not empty ("-" for no
// date), relayed first by `relay` when not empty, a direct quote when
// `quote`.
struct Case {
  std::string text;
  std::string words;
  std::string speaker;
  std::string date = "";
  std::string relay = "";
  std::string co_speaker = "";
  bool quote = false;
};

void Check(const Case& c) {
  SCOPED_TRACE(c.text);
  Extraction x = Extract(c.text);
  const ExtractedStatement* s = StatementContaining(x, c.words);
  ASSERT_NE(s, nullptr) << testing::PrintToString(SaidTogether(x));
  EXPECT_EQ(NameOf(x, s->speaker), c.speaker);
  if (!c.co_speaker.empty()) {
    ASSERT_EQ(s->co_speakers.size(), 1u);
    EXPECT_EQ(NameOf(x, s->co_speakers[0]), c.co_speaker);
  }
  if (c.date == "-") {
    EXPECT_FALSE(s->date.is_known()) << s->date.ToString();
  } else if (!c.date.empty()) {
    EXPECT_EQ(s->date.ToString(), c.date);
  }
  if (!c.relay.empty()) {
    ASSERT_FALSE(s->reported_by.empty());
    EXPECT_EQ(NameOf(x, s->reported_by[0].outlet), c.relay);
  }
  EXPECT_EQ(s->quote == QuoteKind::kDirectQuote, c.quote) << s->text;
}

// ------------------------------------------------------------- passives

// "It was announced by X that ...": the agent of a passive reporting verb
// said the that-clause.
TEST(Probe9Passive, ItWasAnnouncedByXThat) {
  for (const Case& c : std::vector<Case>{
           {"It was announced by Olga Tamm that the talks would resume.\n",
            "the talks would resume", "Olga Tamm"},
           {"It was announced by Foreign Minister Jonas Vik on Monday that "
            "the embassy in Reykjavik would reopen.\n",
            "embassy in Reykjavik would reopen", "Jonas Vik", "2024-03-04"},
           {"It has been confirmed by Pavel Sorin that the envoy was "
            "recalled.\n",
            "the envoy was recalled", "Pavel Sorin"},
           {"On Tuesday it was stressed by Prime Minister Kari Nygaard that "
            "the border would stay open.\n",
            "the border would stay open", "Kari Nygaard", "2024-03-05"},
       }) {
    Check(c);
  }
}

// A passive with no agent names no speaker: "It was stressed that ..." is
// a statement with no speaker; an act in the passive and an outlet's report
// give none.
TEST(Probe9Passive, NoAgentNoSpeaker) {
  for (const char* text :
       {"It was announced that the talks would resume.\n",
        "After the call, it was agreed that the envoys would meet in May.\n",
        "It has been stressed that the border would stay open.\n"}) {
    Extraction x = Extract(text);
    ASSERT_EQ(x.statements.size(), 1u)
        << text << testing::PrintToString(Said(x));
    EXPECT_LT(x.statements[0].speaker, 0) << text;
  }
  for (const char* text :
       {"The plan was announced by the ministry on Monday.\n",
        "It was reported by Nordic Wire that the talks had stalled.\n"}) {
    Extraction x = Extract(text);
    EXPECT_TRUE(x.statements.empty())
        << text << testing::PrintToString(Said(x));
  }
}

// "The talks were described by X as useful": the agent's description; a
// quotation after "as" is the statement's quote, as after an active
// "described ... as".
TEST(Probe9Passive, DescribedByXAs) {
  for (const Case& c : std::vector<Case>{
           {"The talks were described by Olga Tamm as useful.\n", "useful",
            "Olga Tamm"},
           {"The agreement with Iceland was described by Finnish President "
            "Jonas Vik as a turning point.\n",
            "a turning point", "Jonas Vik"},
           {"The visit was described by Anna Berg on Tuesday as \"a new "
            "chapter\".\n",
            "a new chapter", "Anna Berg", "2024-03-05", "", "", true},
           {"Iceland's offer was dismissed by Pavel Sorin as a distraction.\n",
            "a distraction", "Pavel Sorin"},
       }) {
    Check(c);
  }
}

// --------------------------------------------------------------- relays

// "according to remarks attributed to X", "in a statement issued by X's
// office": X spoke.
TEST(Probe9Relay, RemarksAttributedToAndStatementIssuedBy) {
  for (const Case& c : std::vector<Case>{
           {"The talks had stalled, according to remarks attributed to Olga "
            "Tamm.\n",
            "The talks had stalled", "Olga Tamm"},
           {"The border would reopen in May, according to remarks attributed "
            "to Pavel Sorin by the Daily Courier.\n",
            "The border would reopen", "Pavel Sorin", "", "Daily Courier"},
           {"Norway closed the port. Nordic Wire reported, citing Norway's "
            "foreign ministry, that the ferry link had stalled.\n",
            "the ferry link had stalled", "Norway's foreign ministry", "",
            "Nordic Wire"},
           {"The ferry link would resume, according to a statement issued by "
            "Prime Minister Kari Nygaard's office.\n",
            "The ferry link would resume", "Kari Nygaard"},
           {"The border will stay open, Olga Tamm said in a statement issued "
            "by her office.\n",
            "The border will stay open", "Olga Tamm"},
       }) {
    Check(c);
  }
}

// "A and B vowed to ..., according to a statement from A's office": both
// vowed; the office of one of them is the source, not a second speaker.
TEST(Probe9Relay, PairVowAccordingToOneOffice) {
  for (const Case& c : std::vector<Case>{
           {"Olga Tamm and Pavel Sorin vowed on Friday to deepen trade ties, "
            "according to a statement from Tamm's office.\n",
            "to deepen trade ties", "Olga Tamm", "2024-03-08", "",
            "Pavel Sorin"},
           {"Prime Minister Kari Nygaard and President Jonas Vik pledged on "
            "Tuesday to reopen the border, according to a statement from "
            "Nygaard's office.\n",
            "to reopen the border", "Kari Nygaard", "2024-03-05", "",
            "Jonas Vik"},
           {"Olga Tamm and Iceland's President Jonas Vik vowed on Thursday to "
            "finish the pipeline study, according to a statement from Tamm's "
            "office.\n",
            "to finish the pipeline study", "Olga Tamm", "2024-03-07", "",
            "Jonas Vik"},
       }) {
    Check(c);
    Extraction x = Extract(c.text);
    const ExtractedStatement* s = StatementContaining(x, c.words);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->text.find("according"), std::string::npos) << s->text;
  }
}

// '"...," X was quoted as telling Y by Z': X's quotation, relayed (quoted)
// by Z, an outlet named as written when the registry does not know it.
TEST(Probe9Relay, QuotedAsTellingAnAddresseeByAnOutlet) {
  for (const Case& c : std::vector<Case>{
           {"\"We will not retreat,\" Pavel Sorin was quoted as telling Olga "
            "Tamm by the Daily Courier.\n",
            "We will not retreat", "Pavel Sorin", "", "Daily Courier", "",
            true},
           {"\"The door stays open,\" Anna Berg was quoted as telling the "
            "prime minister by the state-owned Harbour Herald, which gave no "
            "date.\n",
            "The door stays open", "Anna Berg", "", "Harbour Herald", "", true},
           {"\"We expect an answer,\" Erik Lund was quoted as saying by Nordic "
            "Wire.\n",
            "We expect an answer", "Erik Lund", "", "Nordic Wire", "", true},
       }) {
    Check(c);
    Extraction x = Extract(c.text);
    for (const ExtractedStatement& s : x.statements) {
      EXPECT_EQ(s.text.find(" by "), std::string::npos) << s.text;
    }
  }
}

// ---------------------------------------------- a state's unnamed voices

// "Officials said", "the government said", "the ministry said": the state
// of the dateline, else the only state the sentence before names.
TEST(Probe9Officials, StateOfTheDatelineOrThePreviousSentence) {
  for (const Case& c : std::vector<Case>{
           {"WARSAW, March 7 (Nordic Wire) - Officials said the talks were "
            "useful.\n",
            "the talks were useful", "Poland"},
           {"TOKYO, March 7 - The government said on Thursday the talks "
            "had stalled.\n",
            "the talks had stalled", "Japan", "2024-03-07"},
           {"Norway recalled its envoy on Monday. The government said the "
            "talks had stalled.\n",
            "the talks had stalled", "Norway"},
           {"Iceland summoned the ambassador of Norway on Monday.\nThe "
            "ministry said the move was a warning.\n",
            "the move was a warning", "Iceland"},
           {"WARSAW, March 7 - \"The talks were useful,\" officials said.\n",
            "The talks were useful", "Poland", "", "", "", true},
           {"Norway recalled its envoy. The move was a warning, the government "
            "said in a statement.\n",
            "The move was a warning", "Norway"},
           {"WARSAW, March 7 - Iceland recalled its envoy on Monday. The "
            "government said the move was a warning.\n",
            "the move was a warning", "Iceland"},
           {"WARSAW, March 7 - Norway and Iceland met in Bergen. Officials "
            "said "
            "the border would stay open.\n",
            "the border would stay open", "Poland"},
       }) {
    Check(c);
  }
}

// With no state to speak for, or two in the sentence before, "officials"
// name no one: no statement is given to a guess.
TEST(Probe9Officials, NoStateNoSpeaker) {
  for (const char* text :
       {"Officials said the talks were useful.\n",
        "Norway and Iceland met in Bergen. The government said the talks had "
        "stalled.\n"}) {
    Extraction x = Extract(text);
    for (const ExtractedStatement& s : x.statements) {
      EXPECT_LT(s.speaker, 0) << text << testing::PrintToString(Said(x));
    }
  }
}

// A demonym the registry lacked ("Montenegrin", "Burmese", ...) speaks for
// its state like "Norwegian officials".
TEST(Probe9Officials, DemonymsOfMoreStates) {
  for (const Case& c : std::vector<Case>{
           {"Montenegro hosted the talks. Montenegrin officials said they "
            "were useful.\n",
            "they were useful", "Montenegro"},
           {"Myanmar closed the crossing. Burmese officials said it would "
            "reopen in May.\n",
            "it would reopen in May", "Myanmar"},
           {"Luxembourg sent a delegation. Luxembourgish officials said the "
            "visit was useful.\n",
            "the visit was useful", "Luxembourg"},
           {"Trinidad and Tobago joined the talks. Trinidadian officials said "
            "the accord was near.\n",
            "the accord was near", "Trinidad and Tobago"},
       }) {
    Check(c);
  }
}

// ------------------------------------------------------ relative clauses

// "a Norwegian diplomat, who said ...": the description speaks for its
// state; "X, who said on Monday ..." is dated by the relative clause.
TEST(Probe9Relative, DescriptionAndDateOfWhoSaid) {
  for (const Case& c : std::vector<Case>{
           {"Norway sent a delegation. The talks were chaired by a Norwegian "
            "diplomat, who said they were useful.\n",
            "they were useful", "Norway"},
           {"The round was chaired by a Swedish diplomat, who said the "
            "envoys had left.\n",
            "the envoys had left", ""},
           {"The talks were chaired by Olga Tamm, who said on Monday they "
            "were useful.\n",
            "they were useful", "Olga Tamm", "2024-03-04"},
           {"The round was opened by Pavel Sorin, who said on Tuesday that "
            "Norway would stay.\n",
            "Norway would stay", "Pavel Sorin", "2024-03-05"},
           {"Anna Berg, who said on Wednesday that the talks had stalled, "
            "left Bergen.\n",
            "the talks had stalled", "Anna Berg", "2024-03-06"},
       }) {
    Check(c);
  }
  // The words of the relative clause end at its closing comma.
  Extraction x = Extract(
      "Anna Berg, who said on Wednesday that the talks had stalled, left "
      "Bergen.\n");
  const ExtractedStatement* s = StatementContaining(x, "stalled");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "the talks had stalled");
}

// ------------------------------------------------------ quoted fragments

// A quotation that closes a reported clause is the statement's quote, as
// the development set's golds write it, with the stop inside the closing
// mark or outside (docs/text.md step 48); the statement is about the
// clause's actors. A fragment after "as" is the quote.
TEST(Probe9Fragment, ClosingAReportedClause) {
  {
    const char* text =
        "Olga Tamm said the talks with Iceland were \"constructive and "
        "frank.\"\n";
    Extraction x = Extract(text);
    const ExtractedStatement* s = StatementContaining(x, "constructive");
    ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
    EXPECT_EQ(NameOf(x, s->speaker), "Olga Tamm");
    EXPECT_EQ(s->quote, QuoteKind::kDirectQuote);
    EXPECT_EQ(s->text, "constructive and frank.");
  }
  {
    const char* text =
        "Olga Tamm said the talks with Iceland were \"constructive and "
        "frank\".\n";
    Extraction x = Extract(text);
    const ExtractedStatement* s = StatementContaining(x, "constructive");
    ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
    EXPECT_EQ(NameOf(x, s->speaker), "Olga Tamm");
    EXPECT_EQ(s->quote, QuoteKind::kDirectQuote);
    EXPECT_EQ(s->text, "constructive and frank");
    EXPECT_THAT(text_testing::About(x, *s), testing::Contains("Iceland"));
  }
  for (const Case& c : std::vector<Case>{
           {"Olga Tamm dismissed the accusations as \"baseless\".\n",
            "baseless", "Olga Tamm", "", "", "", true},
           {"Pavel Sorin on Tuesday dismissed the report as \"pure "
            "fiction\".\n",
            "pure fiction", "Pavel Sorin", "2024-03-05", "", "", true},
           {"Anna Berg described Halvorsen as \"a reliable partner\".\n",
            "a reliable partner", "Anna Berg", "", "", "", true},
           {"Anna Berg described Halvorsen as a reliable partner.\n",
            "a reliable partner", "Anna Berg"},
       }) {
    Check(c);
  }
}

// ----------------------------------------------------- who is who later

// "an aide to X" twice is one person; "the minister" after a deputy prime
// minister in apposition is the minister named before; a name of a plural
// title's list is a person named later by its surname.
TEST(Probe9Later, AideMinisterAndPluralTitles) {
  {
    Extraction x = Extract(
        "An aide to Pavel Sorin said the talks were useful. An aide to "
        "Sorin added that the border would reopen.\n");
    const ExtractedStatement* a = StatementContaining(x, "talks were useful");
    const ExtractedStatement* b = StatementContaining(x, "border would");
    ASSERT_NE(a, nullptr) << testing::PrintToString(Said(x));
    ASSERT_NE(b, nullptr) << testing::PrintToString(Said(x));
    EXPECT_EQ(a->speaker, b->speaker);
  }
  Check(
      {"Olga Tamm, Norway's foreign minister, said the talks were useful. "
       "Pavel Sorin, the deputy prime minister, said they had stalled. The "
       "minister said more work was needed.\n",
       "more work was needed", "Olga Tamm"});
  Check(
      {"Presidents Ingrid Solheim, Jonas Vik and Karl Aune met in Bergen on "
       "Monday. Solheim said the talks were useful.\n",
       "the talks were useful", "Ingrid Solheim"});
  Check(
      {"Foreign ministers Kari Nygaard, Jonas Vik and Erik Lund met in "
       "Oslo. Vik said the talks had stalled.\n",
       "the talks had stalled", "Jonas Vik"});
  Check(
      {"The trade ministers of Norway and Iceland, Kari Nygaard and Jonas "
       "Vik, signed the accord. Nygaard said it would take effect in May.\n",
       "it would take effect in May", "Kari Nygaard"});
}

// ----------------------------------------------------- frames of a saying

// A channel and a time between the verb and words with no "that" ("said in
// a televised address on Tuesday the ..."): how and when it was said, not
// what.
TEST(Probe9Frame, ChannelAndTimeBeforeTheWords) {
  for (const Case& c : std::vector<Case>{
           {"Olga Tamm said in a televised address on Tuesday the talks "
            "would resume.\n",
            "the talks would resume", "Olga Tamm", "2024-03-05"},
           {"Pavel Sorin said at a news conference on Monday Norway would "
            "stay in the talks.\n",
            "Norway would stay in the talks", "Pavel Sorin", "2024-03-04"},
           {"Anna Berg added in a post on Telegram that the talks would "
            "resume.\n",
            "the talks would resume", "Anna Berg"},
           {"Speaking to reporters on the sidelines of the summit in Bergen, "
            "Erik Lund said the talks would resume.\n",
            "the talks would resume", "Erik Lund"},
           {"In an interview with the Daily Courier, Olga Tamm said the talks "
            "would resume.\n",
            "the talks would resume", "Olga Tamm"},
           {"Pavel Sorin said during a visit to Iceland on Monday that the "
            "talks would resume.\n",
            "the talks would resume", "Pavel Sorin", "2024-03-04"},
           {"Anna Berg told reporters on Tuesday the ceasefire would hold.\n",
            "the ceasefire would hold", "Anna Berg", "2024-03-05"},
       }) {
    Check(c);
    Extraction x = Extract(c.text);
    const ExtractedStatement* s = StatementContaining(x, c.words);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->text.find(" in a "), std::string::npos) << s->text;
    EXPECT_EQ(s->text.find(" at a "), std::string::npos) << s->text;
  }
  // "X's remarks came after ...": the writer's account of when, no saying.
  Extraction x = Extract(
      "Olga Tamm said the talks would resume. Tamm's remarks came after "
      "Iceland recalled its envoy.\n");
  EXPECT_EQ(StatementContaining(x, "recalled"), nullptr)
      << testing::PrintToString(Said(x));
}

}  // namespace
}  // namespace diplograph
