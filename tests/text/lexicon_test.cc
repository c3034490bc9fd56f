// Tests of the relationship and speech-verb lexicons (lib/text/lexicon.h):
// the data files, their parser and its errors, the word splitter, phrase and
// verb matching. Every sentence here is written for the test.

#include "text/lexicon.h"

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace diplograph::text_internal {
namespace {

using ::testing::HasSubstr;

constexpr char kRelHeader[] = "label\tkey\tvariants\tpolarity\tdirection\n";
constexpr char kVerbHeader[] =
    "lemma\tvariants\tforms\tcameo\tstance\tframe\tread\tnext\t"
    "negated_cameo\tsource\n";
constexpr char kOneVerb[] =
    "say\t\tsaid\t010\tneutral\tclause\tpast s\t\t\tx\n";
constexpr char kOneRel[] = "ally\tally\t\tcooperative\tsymmetric\n";

std::string Slice(std::string_view text, uint32_t begin, uint32_t end) {
  return std::string(text.substr(begin, end - begin));
}

// "text of match" -> key, for every phrase in `text`.
std::vector<std::string> Phrases(std::string_view text) {
  std::vector<std::string> out;
  for (const PhraseMatch& m : Lexicon::Default().FindPhrases(
           text, 0, static_cast<uint32_t>(text.size()))) {
    out.push_back(Slice(text, m.begin, m.end) + "=" + m.phrase->key);
  }
  return out;
}

std::vector<VerbMatch> Verbs(std::string_view text) {
  return Lexicon::Default().FindSpeechVerbs(text, 0,
                                            static_cast<uint32_t>(text.size()));
}

TEST(LexiconDataTest, DefaultLexiconHasTheRequiredEntries) {
  const Lexicon& lexicon = Lexicon::Default();
  EXPECT_GE(lexicon.phrases().size(), 40u);
  EXPECT_GE(lexicon.verbs().size(), 60u);
  for (std::string_view phrase :
       {"comprehensive strategic partnership of coordination for a new era",
        "no-limits partnership",
        "all-weather strategic cooperative partnership",
        "comprehensive strategic partnership", "strategic competition",
        "dual containment", "dual deterrence", "ally", "alliance", "adversary",
        "strategic rival", "diplomatic ties", "diplomatic relations",
        "close ties", "trust", "rapprochement", "sanctions", "cooperation",
        "triple cooperation"}) {
    std::vector<PhraseMatch> m =
        lexicon.FindPhrases(phrase, 0, static_cast<uint32_t>(phrase.size()));
    ASSERT_EQ(m.size(), 1u) << phrase;
    EXPECT_EQ(m[0].end - m[0].begin, phrase.size()) << phrase;
  }
  for (std::string_view verb : {"say",
                                "tell",
                                "add",
                                "stress",
                                "note",
                                "warn",
                                "urge",
                                "call on",
                                "praise",
                                "criticize",
                                "accuse",
                                "reject",
                                "deny",
                                "threaten",
                                "decline to comment",
                                "express willingness to meet",
                                "agree",
                                "propose",
                                "welcome",
                                "condemn"}) {
    EXPECT_NE(lexicon.FindVerb(verb), nullptr) << verb;
  }
}

TEST(LexiconDataTest, EveryVerbHasACameoCodeAndName) {
  for (const auto& verb : Lexicon::Default().verbs()) {
    EXPECT_FALSE(verb->event_type.code.empty()) << verb->lemma;
    EXPECT_FALSE(verb->event_type.name.empty()) << verb->lemma;
  }
}

TEST(LexiconDataTest, CodesOfTheIssue) {
  const Lexicon& lexicon = Lexicon::Default();
  EXPECT_EQ(lexicon.FindVerb("said")->event_type.code, "010");
  EXPECT_EQ(lexicon.FindVerb("declined to comment")->event_type.code, "011");
  EXPECT_EQ(lexicon.FindVerb("praised")->event_type.code, "051");
  EXPECT_EQ(lexicon.FindVerb("criticized")->event_type.code, "111");
  EXPECT_EQ(lexicon.FindVerb("criticized")->event_type.name,
            "Criticize or denounce");
  EXPECT_EQ(lexicon.FindVerb("urged")->event_type.code.substr(0, 2), "02");
  EXPECT_EQ(lexicon.FindVerb("called on")->event_type.code.substr(0, 2), "02");
  EXPECT_EQ(lexicon.FindVerb("rejected")->event_type.code.substr(0, 2), "12");
  EXPECT_EQ(lexicon.FindVerb("threatened")->event_type.code.substr(0, 2), "13");
  EXPECT_EQ(lexicon.FindVerb("expressed willingness to meet")->event_type.code,
            "036");
  EXPECT_EQ(lexicon.FindVerb("ruled out")->negated_event_type.code, "014");
  EXPECT_EQ(lexicon.FindVerb("praised")->stance, Polarity::kCooperative);
  EXPECT_EQ(lexicon.FindVerb("accused")->stance, Polarity::kConflictual);
  EXPECT_TRUE(lexicon.FindVerb("quoted")->quoted_as_saying);
  EXPECT_TRUE(lexicon.FindVerb("said")->reports_speech);
  EXPECT_TRUE(lexicon.FindVerb("said")->takes_that_clause);
  EXPECT_FALSE(lexicon.FindVerb("praised")->reports_speech);
}

TEST(LexiconDataTest, PhraseAttributes) {
  const Lexicon& lexicon = Lexicon::Default();
  auto phrase = [&](std::string_view text) {
    std::vector<PhraseMatch> m =
        lexicon.FindPhrases(text, 0, static_cast<uint32_t>(text.size()));
    EXPECT_EQ(m.size(), 1u) << text;
    return m.empty() ? nullptr : m[0].phrase;
  };
  const RelationshipPhrase* dual = phrase("dual deterrence");
  ASSERT_NE(dual, nullptr);
  EXPECT_EQ(dual->key, "dual_containment");
  EXPECT_EQ(dual->label, "dual containment");
  EXPECT_TRUE(dual->directed);
  EXPECT_EQ(dual->polarity, Polarity::kConflictual);
  const RelationshipPhrase* ally = phrase("ally");
  ASSERT_NE(ally, nullptr);
  EXPECT_FALSE(ally->directed);
  EXPECT_EQ(ally->polarity, Polarity::kCooperative);
  const RelationshipPhrase* triple = phrase("trilateral cooperation");
  ASSERT_NE(triple, nullptr);
  EXPECT_TRUE(triple->group);
  EXPECT_EQ(triple->key, "triple_cooperation");
}

// --- parser errors ---

TEST(LexiconParseTest, MinimalFilesParse) {
  absl::StatusOr<Lexicon> lexicon =
      Lexicon::Parse(std::string(kRelHeader) + kOneRel,
                     std::string(kVerbHeader) + kOneVerb, "dir");
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  EXPECT_EQ(lexicon->phrases().size(), 1u);
  EXPECT_EQ(lexicon->FindVerb("says")->lemma, "say");
  EXPECT_EQ(lexicon->FindVerb("said")->event_type.name, "Make statement");
}

struct BadCase {
  std::string relationships;
  std::string verbs;
  std::string expected;  // a piece of the error message
};

TEST(LexiconParseTest, ErrorsNameFileLineAndField) {
  const std::string rel = kRelHeader;
  const std::string verb = kVerbHeader;
  const std::vector<BadCase> cases = {
      {"label\tkey\n", verb + kOneVerb, "dir/relationships.tsv:1: header"},
      {rel + "ally\tally\tcooperative\tsymmetric\n", verb + kOneVerb,
       "dir/relationships.tsv:2: expected 5 tab-separated fields, found 4"},
      {rel + "# comment\nally\tally\t\tfriendly\tsymmetric\n", verb + kOneVerb,
       "dir/relationships.tsv:3: polarity: \"friendly\""},
      {rel + "ally\tally\t\tcooperative\tmutual\n", verb + kOneVerb,
       "relationships.tsv:2: direction: \"mutual\""},
      {rel + "ally\tAlly Key\t\tcooperative\tsymmetric\n", verb + kOneVerb,
       "relationships.tsv:2: key: \"Ally Key\""},
      {rel + kOneRel + "allies\tally\t\tcooperative\tsymmetric\n",
       verb + kOneVerb, "relationships.tsv:3: key: \"ally\" is already"},
      {rel + kOneRel + "friend\tfriend\tallies\tcooperative\tsymmetric\n",
       verb + kOneVerb,
       "relationships.tsv:3: variants: \"allies\" is also a wording of "
       "\"ally\""},
      {rel + "\tempty\t\tcooperative\tsymmetric\n", verb + kOneVerb,
       "relationships.tsv:2: label: empty"},
      {rel + "ally\tally\ta||b\tcooperative\tsymmetric\n", verb + kOneVerb,
       "relationships.tsv:2: variants: empty item"},
      {rel + "ally, friend\tally\t\tcooperative\tsymmetric\n", verb + kOneVerb,
       "punctuation"},
      {rel, verb + kOneVerb, "relationships.tsv: no relationships"},
      {rel + kOneRel, verb + "say\t\t\t999\tneutral\tclause\t-\t\t\tx\n",
       "dir/speech_verbs.tsv:2: cameo: \"999\" is not a CAMEO code"},
      {rel + kOneRel, verb + "say\t\t\t010\tneutral\tmaybe\t-\t\t\tx\n",
       "speech_verbs.tsv:2: frame: \"maybe\" is not clause"},
      {rel + kOneRel, verb + "say\t\t\t010\tneutral\tclause\tpast ed\t\t\tx\n",
       "speech_verbs.tsv:2: read: \"ed\" is not past"},
      {rel + kOneRel, verb + "discuss\t\t\t010\tneutral\tact\tpast\t\t\tx\n",
       "speech_verbs.tsv:2: read: a verb of the frame act"},
      {rel + kOneRel, verb + "say\t\t\t010\tangry\tclause\t-\t\t\tx\n",
       "speech_verbs.tsv:2: stance: \"angry\""},
      {rel + kOneRel, verb + "say\t\t\t010\tneutral\tclause\t-\t\t0\tx\n",
       "speech_verbs.tsv:2: negated_cameo"},
      {rel + kOneRel, verb + "say\t\t\t010\tneutral\tclause\t-\t\t\t\n",
       "speech_verbs.tsv:2: source: empty"},
      {rel + kOneRel, verb + "say\t\tonly:\t010\tneutral\tclause\t-\t\t\tx\n",
       "speech_verbs.tsv:2: forms"},
      {rel + kOneRel,
       verb + kOneVerb + "state\tsay\t\t112\tneutral\tclause\t-\t\t\tx\n",
       "speech_verbs.tsv:3: variants: the form \"say\""},
      {rel + kOneRel,
       verb + kOneVerb + "utter\t\tsaid\t010\tneutral\tclause\tpast\t\t\tx\n",
       "speech_verbs.tsv:3: lemma: read: the form \"said\" of \"utter\" is "
       "already read as \"say\""},
      {rel + kOneRel, verb, "speech_verbs.tsv: no speech verbs"},
  };
  for (const BadCase& c : cases) {
    absl::StatusOr<Lexicon> lexicon =
        Lexicon::Parse(c.relationships, c.verbs, "dir");
    ASSERT_FALSE(lexicon.ok()) << c.expected;
    EXPECT_EQ(lexicon.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(std::string(lexicon.status().message()), HasSubstr(c.expected));
  }
}

TEST(LexiconParseTest, FileNamesWithoutHint) {
  absl::StatusOr<Lexicon> lexicon =
      Lexicon::Parse("nonsense\n", std::string(kVerbHeader) + kOneVerb);
  ASSERT_FALSE(lexicon.ok());
  EXPECT_THAT(std::string(lexicon.status().message()),
              HasSubstr("relationships.tsv:1: header"));
}

TEST(LexiconParseTest, CarriageReturnsAndComments) {
  absl::StatusOr<Lexicon> lexicon = Lexicon::Parse(
      "# about\r\nlabel\tkey\tvariants\tpolarity\tdirection\r\n\r\nally\tally"
      "\tallied nation\tcooperative\tsymmetric\r\n",
      std::string(kVerbHeader) + kOneVerb);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  EXPECT_EQ(lexicon->phrases()[0]->variants,
            std::vector<std::string>{"allied nation"});
}

// --- words ---

TEST(SplitWordsTest, PossessivesContractionsAndPunctuation) {
  const std::string text =
      "China\xE2\x80\x99s allies' didn't  no-limits, "
      "Caf\xC3\xA9";
  std::vector<Word> w = SplitWords(text, 0, static_cast<uint32_t>(text.size()));
  std::vector<std::string> lower;
  for (const Word& x : w) lower.push_back(x.lower);
  EXPECT_EQ(lower,
            (std::vector<std::string>{"china", "allies", "did", "not", "no",
                                      "-", "limits", ",", "caf\xC3\xA9"}));
  EXPECT_TRUE(w[0].possessive);
  EXPECT_EQ(Slice(text, w[0].begin, w[0].end), "China");
  EXPECT_TRUE(w[0].capitalized);
  EXPECT_TRUE(w[1].possessive);
  EXPECT_FALSE(w[2].possessive);
  EXPECT_TRUE(w[2].space_before);
  EXPECT_FALSE(w[5].space_before);
  EXPECT_FALSE(w[5].is_word());
}

TEST(SplitWordsTest, OffsetsAreIntoTheWholeText) {
  const std::string text = "xx said yy";
  std::vector<Word> w = SplitWords(text, 3, 7);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].begin, 3u);
  EXPECT_EQ(w[0].end, 7u);
}

TEST(SplitWordsTest, InvalidUtf8AndControlBytesDoNotStopIt) {
  constexpr char kBytes[] = "a\xFF\xFE b\0c \xE2\x80";
  const std::string text(kBytes, sizeof(kBytes) - 1);  // keeps the NUL
  std::vector<Word> w = SplitWords(text, 0, static_cast<uint32_t>(text.size()));
  ASSERT_FALSE(w.empty());
  EXPECT_EQ(w.back().end, text.size());
}

TEST(SingularKeyTest, PluralRule) {
  EXPECT_EQ(SingularKey("allies"), "ally");
  EXPECT_EQ(SingularKey("ties"), "tie");
  EXPECT_EQ(SingularKey("partnerships"), "partnership");
  EXPECT_EQ(SingularKey("sanctions"), "sanction");
  EXPECT_EQ(SingularKey("adversaries"), "adversary");
  EXPECT_EQ(SingularKey("approaches"), "approach");
  EXPECT_EQ(SingularKey("us"), "us");
  EXPECT_EQ(SingularKey("this"), "this");
  EXPECT_EQ(SingularKey("progress"), "progress");
  EXPECT_EQ(SingularKey("status"), "status");
}

// --- phrases ---

TEST(FindPhrasesTest, LongestMatchWins) {
  EXPECT_THAT(
      Phrases("They hailed a comprehensive strategic partnership of "
              "coordination for a new era and a comprehensive strategic "
              "partnership."),
      ::testing::ElementsAre(
          "comprehensive strategic partnership of coordination for a new "
          "era=comprehensive_strategic_partnership_of_coordination",
          "comprehensive strategic "
          "partnership=comprehensive_strategic_partnership"));
}

TEST(FindPhrasesTest, CaseHyphensPluralsAndPossessives) {
  EXPECT_THAT(
      Phrases("A No Limits Partnership"),
      ::testing::ElementsAre("No Limits Partnership=no_limits_partnership"));
  EXPECT_THAT(
      Phrases("the no-limits partnership"),
      ::testing::ElementsAre("no-limits partnership=no_limits_partnership"));
  EXPECT_THAT(Phrases("two close allies"),
              ::testing::ElementsAre("allies=ally"));
  EXPECT_THAT(Phrases("the alliance's future"),
              ::testing::ElementsAre("alliance=alliance"));
  EXPECT_THAT(Phrases("the allies' summit"),
              ::testing::ElementsAre("allies=ally"));
  EXPECT_THAT(
      Phrases("strategic partners"),
      ::testing::ElementsAre("strategic partners=strategic_partnership"));
  EXPECT_THAT(
      Phrases("Dual   Deterrence\nPolicies"),
      ::testing::ElementsAre("Dual   Deterrence\nPolicies=dual_containment"));
}

TEST(FindPhrasesTest, WordBoundedAndNotAcrossPunctuation) {
  EXPECT_THAT(Phrases("allyship tiesto trusty"), ::testing::IsEmpty());
  // The comma splits "close" from "ties": only "ties" is a phrase.
  EXPECT_THAT(Phrases("close, ties"), ::testing::ElementsAre("ties=ties"));
  // A possessive ends a phrase: "strategic" and "partner's" are two pieces.
  EXPECT_THAT(Phrases("the strategic's partner"),
              ::testing::ElementsAre("partner=partnership"));
}

TEST(FindPhrasesTest, RangeAndOffsets) {
  const std::string text = "Alliance first. Then the close ties.";
  std::vector<PhraseMatch> m = Lexicon::Default().FindPhrases(
      text, 16, static_cast<uint32_t>(text.size()));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(Slice(text, m[0].begin, m[0].end), "close ties");
  EXPECT_EQ(m[0].phrase->key, "close_ties");
}

TEST(FindPhrasesTest, LinearOnAPathologicalInput) {
  // Many prefixes of a long phrase that never complete.
  std::string text;
  for (int i = 0; i < 20000; ++i) {
    text += "comprehensive strategic partnership of coordination for a ";
  }
  const auto start = std::chrono::steady_clock::now();
  std::vector<PhraseMatch> m = Lexicon::Default().FindPhrases(
      text, 0, static_cast<uint32_t>(text.size()));
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  EXPECT_EQ(m.size(), 20000u);  // each prefix falls back to the shorter label
  EXPECT_LT(seconds, 20.0);     // about 1 MB; generous for sanitizers
}

// --- speech verbs ---

TEST(FindSpeechVerbsTest, InflectionsByRule) {
  const Lexicon& lexicon = Lexicon::Default();
  for (std::string_view form : {"said",
                                "says",
                                "saying",
                                "criticized",
                                "criticised",
                                "criticising",
                                "criticizes",
                                "denied",
                                "denies",
                                "slammed",
                                "slamming",
                                "urged",
                                "told",
                                "stressed",
                                "stresses",
                                "emphasised",
                                "replied",
                                "regretted",
                                "calling on",
                                "called upon",
                                "expressing willingness to talk",
                                "refused to comment"}) {
    EXPECT_NE(lexicon.FindVerb(form), nullptr) << form;
  }
  EXPECT_EQ(lexicon.FindVerb("SAID")->lemma, "say");
  EXPECT_EQ(lexicon.FindVerb("criticised")->lemma, "criticize");
  EXPECT_EQ(lexicon.FindVerb("calling on")->lemma, "call on");
  EXPECT_EQ(lexicon.FindVerb("term"), nullptr);  // only "termed", "terming"
  EXPECT_NE(lexicon.FindVerb("termed"), nullptr);
  EXPECT_EQ(lexicon.FindVerb("glorp"), nullptr);
  EXPECT_EQ(lexicon.FindVerb(""), nullptr);
  EXPECT_EQ(lexicon.FindVerb("said loudly"), nullptr);
}

TEST(FindSpeechVerbsTest, VerbGroups) {
  const std::string text =
      "The minister has repeatedly criticised the plan. She did not criticize "
      "it. He didn't say more. The agency quoted the envoy as saying little; "
      "the envoy was quoted as saying more.";
  std::vector<VerbMatch> v = Verbs(text);
  // The active "quoted ... as saying" gives two matches: "quoted" and
  // "saying".
  ASSERT_EQ(v.size(), 6u);
  EXPECT_EQ(Slice(text, v[0].begin, v[0].end), "has repeatedly criticised");
  EXPECT_EQ(Slice(text, v[0].verb_begin, v[0].verb_end), "criticised");
  EXPECT_EQ(v[0].verb->lemma, "criticize");
  EXPECT_FALSE(v[0].negated);
  EXPECT_EQ(Slice(text, v[1].begin, v[1].end), "did not criticize");
  EXPECT_TRUE(v[1].negated);
  EXPECT_EQ(Slice(text, v[2].begin, v[2].end), "didn't say");
  EXPECT_TRUE(v[2].negated);
  EXPECT_EQ(Slice(text, v[3].begin, v[3].end), "quoted");
  EXPECT_FALSE(v[3].passive);
  EXPECT_TRUE(v[3].verb->quoted_as_saying);
  EXPECT_EQ(Slice(text, v[4].begin, v[4].end), "saying");
  EXPECT_EQ(Slice(text, v[5].begin, v[5].end), "was quoted as saying");
  EXPECT_TRUE(v[5].passive);
}

TEST(FindSpeechVerbsTest, MultiWordVerbs) {
  const std::string text =
      "The premier called on both sides to talk. The ministry declined to "
      "comment. The president expressed willingness to meet his rival. Aides "
      "called for calm.";
  std::vector<VerbMatch> v = Verbs(text);
  ASSERT_EQ(v.size(), 4u);
  EXPECT_EQ(Slice(text, v[0].begin, v[0].end), "called on");
  EXPECT_EQ(v[0].verb->event_type.code, "020");
  EXPECT_EQ(Slice(text, v[1].begin, v[1].end), "declined to comment");
  EXPECT_EQ(v[1].verb->event_type.code, "011");
  EXPECT_EQ(Slice(text, v[2].begin, v[2].end), "expressed willingness to meet");
  EXPECT_EQ(v[2].verb->event_type.code, "036");
  EXPECT_EQ(Slice(text, v[3].begin, v[3].end), "called for");
}

TEST(FindSpeechVerbsTest, FixedPhrasesOfDiplomaticReports) {
  const std::string text =
      "The envoy raised concerns about the drills. Beijing lodged solemn "
      "representations and expressed strong dissatisfaction. Both sides "
      "exchanged views and voiced support for the talks.";
  std::vector<std::string> lemmas;
  std::vector<std::string> codes;
  for (const VerbMatch& v : Verbs(text)) {
    lemmas.push_back(Slice(text, v.begin, v.end));
    codes.push_back(v.verb->event_type.code);
  }
  EXPECT_THAT(lemmas, ::testing::ElementsAre(
                          "raised concerns", "lodged solemn representations",
                          "expressed strong dissatisfaction", "exchanged views",
                          "voiced support"));
  EXPECT_THAT(codes, ::testing::ElementsAre("012", "110", "111", "046", "051"));
}

TEST(FindSpeechVerbsTest, NounsAreSkipped) {
  // "state" after a determiner, "comments" after a possessive pronoun,
  // "State" capitalised inside a sentence, "report" after "a".
  EXPECT_THAT(Verbs("The state and her comments in a report from the US "
                    "State Department."),
              ::testing::IsEmpty());
  // At the start of a sentence or a quotation a capital is no proper noun.
  std::vector<VerbMatch> v = Verbs("Said the envoy: \"Stress it.\"");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].verb->lemma, "say");
  EXPECT_EQ(v[1].verb->lemma, "stress");
}

TEST(FindSpeechVerbsTest, NegatedRuleOut) {
  const std::string text = "The spokesman did not rule out talks.";
  std::vector<VerbMatch> v = Verbs(text);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(Slice(text, v[0].begin, v[0].end), "did not rule out");
  EXPECT_TRUE(v[0].negated);
  EXPECT_EQ(v[0].verb->negated_event_type.code, "014");
}

}  // namespace
}  // namespace diplograph::text_internal
