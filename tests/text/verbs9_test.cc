// Tests of the one table of reporting verbs (data/text/speech_verbs.tsv,
// lib/text/verbs.h): for each frame, verbs of diplomatic reports and
// readouts read with their speaker, their words and their CAMEO code, and
// the words that keep a verb that is also a noun or an act tight. Every
// sentence is written for the test, with invented people.

#include <string>
#include <vector>

#include "diplograph/actor.h"
#include "diplograph/graph.h"
#include "diplograph/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"
#include "text/lexicon.h"
#include "text/verbs.h"

namespace diplograph {
namespace {

using text_testing::NameOf;
using text_testing::Said;
using text_testing::StatementContaining;

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor({.name = "Chile", .kind = ActorKind::kState, .iso3 = "CHL"});
    *g->AddActor({.name = "Peru", .kind = ActorKind::kState, .iso3 = "PER"});
    *g->AddActor({.name = "Ghana", .kind = ActorKind::kState, .iso3 = "GHA"});
    *g->AddActor({.name = "Norway", .kind = ActorKind::kState, .iso3 = "NOR"});
    *g->AddActor({.name = "Uruguay", .kind = ActorKind::kState, .iso3 = "URY"});
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

struct Case {
  std::string sentence;
  std::string speaker;
  std::string words;  // the statement's words begin with these
  std::string code;   // its CAMEO code
};

// Each sentence alone: one statement by `speaker` whose words begin with
// `words`, coded `code`.
void ExpectStatements(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    Extraction x = Extract(c.sentence + "\n");
    ASSERT_EQ(x.statements.size(), 1u) << c.sentence << "\n"
                                       << testing::PrintToString(Said(x));
    const ExtractedStatement& s = x.statements[0];
    EXPECT_EQ(NameOf(x, s.speaker), c.speaker) << c.sentence;
    EXPECT_EQ(s.text.substr(0, c.words.size()), c.words)
        << c.sentence << "\n  words: " << s.text;
    EXPECT_EQ(s.event_type.code, c.code) << c.sentence;
  }
}

// Each sentence alone: no statement.
void ExpectNoStatement(const std::vector<std::string>& sentences) {
  for (const std::string& sentence : sentences) {
    Extraction x = Extract(sentence + "\n");
    EXPECT_TRUE(x.statements.empty()) << sentence << "\n"
                                      << testing::PrintToString(Said(x));
  }
}

// ------------------------------------------------------------- the table

// The attribution grammar's verbs are the lexicon's rows: one code, one
// frame, and the forms the `read` column names.
TEST(Verbs9Table, TheGrammarReadsTheLexiconsRows) {
  using text_internal::FindReportingVerb;
  using text_internal::Lexicon;
  using text_internal::VerbForm;
  using text_internal::VerbFrame;
  const Lexicon& lexicon = Lexicon::Default();
  for (const char* form :
       {"said", "stressed", "felicitated", "deplored", "reasserted", "offered",
        "extended", "raised", "condoled", "advised", "flagged"}) {
    const text_internal::VerbHit hit = FindReportingVerb(form);
    ASSERT_NE(hit.verb, nullptr) << form;
    // One row: the lexicon's entry of the form, where it has one alone
    // ("offered", "raised" are entries only with what follows them).
    const text_internal::SpeechVerb* entry = lexicon.FindVerb(form);
    if (entry != nullptr) {
      EXPECT_EQ(hit.verb, entry) << form;
    }
    EXPECT_EQ(hit.form, VerbForm::kFinite) << form;
  }
  EXPECT_EQ(FindReportingVerb("Emphasising").form, VerbForm::kParticiple);
  EXPECT_EQ(FindReportingVerb("felicitated").verb->frame, VerbFrame::kObject);
  EXPECT_EQ(FindReportingVerb("reassured").verb->frame,
            VerbFrame::kAddresseeThat);
  EXPECT_EQ(FindReportingVerb("advised").verb->frame, VerbFrame::kAddressee);
  EXPECT_EQ(FindReportingVerb("clarified").verb->frame, VerbFrame::kThat);
  EXPECT_EQ(FindReportingVerb("cited").verb->frame, VerbFrame::kQuotedAs);
  // Acts of a meeting are in the lexicon, never read as a statement.
  for (const char* act : {"discussed", "met", "signed"}) {
    ASSERT_NE(lexicon.FindVerb(act), nullptr) << act;
    EXPECT_EQ(lexicon.FindVerb(act)->frame, VerbFrame::kAct) << act;
    EXPECT_EQ(FindReportingVerb(act).verb, nullptr) << act;
  }
  EXPECT_EQ(lexicon.FindVerb("exchanged views")->frame, VerbFrame::kAct);
  // Forms left out of the grammar: nouns and other senses.
  for (const char* noun : {"hails", "flag", "flags", "raise", "hint", "objects",
                           "compliments", "questions", "charges"}) {
    EXPECT_EQ(FindReportingVerb(noun).verb, nullptr) << noun;
  }
  // A fixed phrase codes its act, whatever its verb.
  EXPECT_EQ(lexicon.FindVerb("offered condolences")->event_type.code, "018");
  EXPECT_EQ(lexicon.FindVerb("extended congratulations")->event_type.code,
            "051");
  EXPECT_EQ(lexicon.FindVerb("called for")->lemma, "call for");
  EXPECT_EQ(lexicon.FindVerb("called"), nullptr);  // only with on / for
}

// ---------------------------------------------------------------- frames

// `clause`: what follows the verb is what was said.
TEST(Verbs9Frames, Clause) {
  ExpectStatements({
      {"Foreign Minister Carla Ruiz reasserted that Peru would not accept "
       "the ruling.",
       "Carla Ruiz", "Peru would not accept", "010"},
      {"Minister Omar Haddad opined that the talks with Chile had stalled.",
       "Omar Haddad", "the talks with Chile", "010"},
      {"Deputy Minister Ilse Brandt restated that Norway backs the plan.",
       "Ilse Brandt", "Norway backs the plan", "010"},
      {"President Alma Duarte deplored the attack on the embassy of Ghana.",
       "Alma Duarte", "the attack on the embassy", "111"},
      {"Foreign Minister Jonas Berg decried the sanctions on Peru as unjust.",
       "Jonas Berg", "the sanctions on Peru", "110"},
      {"Prime Minister Sven Holm bemoaned the slow pace of talks with Chile.",
       "Sven Holm", "the slow pace of talks", "110"},
      {"Minister Pia Moreau objected to the proposal by Norway.", "Pia Moreau",
       "the proposal by Norway", "120"},
      {"Minister Teo Marsh apologised for the remarks about Ghana.",
       "Teo Marsh", "for the remarks about Ghana", "055"},
  });
}

// `that`: a report of speech only before "that" or a mark; else an act.
TEST(Verbs9Frames, OnlyBeforeThat) {
  ExpectStatements({
      {"Secretary Paul Hart clarified that Chile had not changed its policy.",
       "Paul Hart", "Chile had not changed", "010"},
      {"Minister Ivo Petrov hinted that Peru could reopen the border.",
       "Ivo Petrov", "Peru could reopen", "020"},
      {"Ambassador Rita Solis flagged that Norway would review the tariffs.",
       "Rita Solis", "Norway would review", "010"},
      {"Ambassador Rita Solis flagged concerns about the tariffs on Ghana.",
       "Rita Solis", "concerns about the tariffs", "012"},
      {"Minister Lars Vik disclosed that Uruguay had asked for talks.",
       "Lars Vik", "Uruguay had asked", "010"},
      {"Minister Hana Oduro charged that Peru had broken the agreement.",
       "Hana Oduro", "Peru had broken", "112"},
  });
  ExpectNoStatement({
      "Minister Ivo Petrov hinted at a deal with Peru.",
      "Minister Pia Moreau flagged the ship as a risk to Ghana.",
      "Prosecutors charged Minister Teo Marsh with fraud in Chile.",
      "Thousands protested outside the embassy of Norway.",
      "A Peru-flagged tanker was seized near Ghana.",
      "Police in Chile questioned two suspects after the blast.",
      "The minister of Ghana hinted at a cabinet reshuffle.",
  });
}

// `addressee` and `addressee-that`: who was told, then what.
TEST(Verbs9Frames, Addressee) {
  ExpectStatements({
      {"Foreign Minister Rui Alves advised Peru to release the prisoners.",
       "Rui Alves", "to release the prisoners", "020"},
      {"Minister Hana Kim implored Ghana to end the violence.", "Hana Kim",
       "to end the violence", "020"},
      {"Minister Jon Hale reassured Chile that the aid would continue.",
       "Jon Hale", "the aid would continue", "051"},
  });
}

// `object` and `object-addressee`: the act toward the object is the
// statement, coded by the verb or by its fixed phrase.
TEST(Verbs9Frames, Object) {
  ExpectStatements({
      {"Foreign Minister Lena Varga hailed the deal with Chile, saying it "
       "would open new markets.",
       "Lena Varga", "the deal with Chile", "051"},
      {"Foreign Minister Kai Lindt applauded Norway's decision to join the "
       "fund.",
       "Kai Lindt", "Norway's decision", "051"},
      {"Foreign Minister Ana Costa felicitated Ghana on its national day.",
       "Ana Costa", "Ghana on its national day", "051"},
      {"Prime Minister Nils Dahl condoled the loss of lives in the floods in "
       "Peru.",
       "Nils Dahl", "the loss of lives", "018"},
      {"President Mira Lund extended condolences to the people of Chile.",
       "Mira Lund", "condolences to the people", "018"},
      {"Foreign Minister Eva Sand offered condolences to Peru after the "
       "earthquake.",
       "Eva Sand", "condolences to Peru", "018"},
      {"Minister Teo Marsh extended warm greetings to the people of Ghana.",
       "Teo Marsh", "warm greetings", "051"},
      {"Minister Olu Bello saluted Uruguay's role in the peace talks.",
       "Olu Bello", "Uruguay's role", "051"},
  });
  // Verbs that are also nouns or acts keep to what they extend, offer or
  // raise outside a readout.
  ExpectNoStatement({
      "Norway extended the deadline for bids by a month.",
      "President Alma Duarte extended her stay in Ghana.",
      "The central bank of Chile raised interest rates by half a point.",
      "Soldiers raised the flag of Peru over the town hall.",
      "Minister Lena Varga raised funds for the campaign in Chile.",
      "Norway offered shares of its oil company to investors in Peru.",
  });
}

// `next`: "raised" with what is raised.
TEST(Verbs9Frames, RaisedWithWhatIsRaised) {
  ExpectStatements({
      {"Minister Ama Owusu raised concerns about the border with Ghana.",
       "Ama Owusu", "concerns about the border", "012"},
      {"Foreign Minister Ivan Rask raised the issue of detained fishermen "
       "with Peru.",
       "Ivan Rask", "the issue of detained fishermen", "012"},
      {"Ambassador Lea Moss raised objections to the plan of Chile.",
       "Lea Moss", "objections to the plan", "010"},
  });
}

// A readout: plain objects of "commended", "highlighted", "encouraged",
// "raised" and "offered" are statements; "discussed", "exchanged views"
// and "met" are none.
TEST(Verbs9Frames, Readout) {
  Extraction x = Extract(
      "Secretary Hart's Meeting with Foreign Minister Ibarra of Chile\n"
      "The below is attributable to Spokesperson Nora Lind:\n"
      "Secretary Paul Hart met today with Chilean Foreign Minister Paula "
      "Ibarra. The Secretary commended Chile for its leadership on ocean "
      "protection. He highlighted the value of the new trade corridor and "
      "encouraged Chile to join the clean energy compact. Secretary Hart "
      "raised the growing threat of illegal fishing in the South Pacific and "
      "offered additional training for port officials. The two officials "
      "discussed the situation in Peru and exchanged views on regional "
      "migration.\n");
  struct Expected {
    std::string words;
    std::string code;
  };
  for (const Expected& e : std::vector<Expected>{
           {"Chile for its leadership", "051"},
           {"the value of the new trade corridor", "010"},
           {"to join the clean energy compact", "051"},
           {"the growing threat of illegal fishing", "010"},
           {"additional training for port officials", "030"}}) {
    const ExtractedStatement* s = StatementContaining(x, e.words);
    ASSERT_NE(s, nullptr) << e.words << "\n" << testing::PrintToString(Said(x));
    EXPECT_EQ(NameOf(x, s->speaker), "Paul Hart") << e.words;
    EXPECT_EQ(s->event_type.code, e.code) << e.words;
  }
  EXPECT_EQ(StatementContaining(x, "the situation in Peru"), nullptr);
  EXPECT_EQ(StatementContaining(x, "regional migration"), nullptr);
  EXPECT_EQ(StatementContaining(x, "Chilean Foreign Minister"), nullptr);
}

}  // namespace
}  // namespace diplograph
