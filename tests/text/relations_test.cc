// Tests of relationship clauses (lib/text/relations.h): one test per
// construction of the ends, the evidence role and the modality, on sentences
// written for the test.

#include "text/relations.h"

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace diplograph::text_internal {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// The actor mentions of `names` in `text`: every word-bounded occurrence,
// the actor index being the name's position in `names` (longer names first
// where they overlap).
std::vector<ActorSpan> Mentions(std::string_view text,
                                const std::vector<std::string>& names) {
  std::vector<ActorSpan> spans;
  for (size_t p = 0; p < text.size(); ++p) {
    if (p > 0 && std::isalnum(static_cast<unsigned char>(text[p - 1]))) {
      continue;
    }
    for (size_t k = 0; k < names.size(); ++k) {
      const std::string& n = names[k];
      if (text.compare(p, n.size(), n) != 0) continue;
      const size_t e = p + n.size();
      if (e < text.size() &&
          std::isalnum(static_cast<unsigned char>(text[e]))) {
        continue;
      }
      spans.push_back({static_cast<uint32_t>(p), static_cast<uint32_t>(e),
                       static_cast<int>(k)});
      p = e - 1;
      break;
    }
  }
  return spans;
}

struct Found {
  std::vector<std::string> summary;  // "key rule A,B" / "key rule A>B"
  std::vector<RelationAssertion> raw;
};

Found Relations(std::string_view text, const std::vector<std::string>& names) {
  Found f;
  f.raw = FindRelations(text, 0, static_cast<uint32_t>(text.size()),
                        Mentions(text, names), Lexicon::Default());
  for (const RelationAssertion& r : f.raw) {
    std::string s = r.phrase->key + " " + r.rule + " ";
    for (size_t k = 0; k < r.ends.size(); ++k) {
      if (k > 0) s += r.directed ? ">" : ",";
      s += names[r.ends[k]];
    }
    f.summary.push_back(s);
  }
  return f;
}

// --- ends ---

TEST(RelationsEndsTest, Between) {
  Found f = Relations(
      "Officials welcomed the growing ties between Brazil and Argentina.",
      {"Brazil", "Argentina"});
  EXPECT_THAT(f.summary, ElementsAre("ties between Brazil,Argentina"));
  EXPECT_GT(f.raw[0].confidence, 0.8f);
}

TEST(RelationsEndsTest, BetweenSkipsTitlesToTheNamedHead) {
  Found f = Relations(
      "A thaw in relations between Chilean President Gabriel Boric and "
      "Peru's leader Dina Boluarte surprised observers.",
      {"Gabriel Boric", "Dina Boluarte", "Peru"});
  EXPECT_THAT(f.summary, ElementsAre("rapprochement between Gabriel "
                                     "Boric,Dina Boluarte"));
}

TEST(RelationsEndsTest, AmongSeveralGivesEveryPair) {
  Found f = Relations("Trust among Japan, India and Australia has deepened.",
                      {"Japan", "India", "Australia"});
  EXPECT_THAT(f.summary, ElementsAre("trust between Japan,India",
                                     "trust between Japan,Australia",
                                     "trust between India,Australia"));
}

TEST(RelationsEndsTest, PairModifier) {
  EXPECT_THAT(Relations("The India-Japan strategic partnership keeps growing.",
                        {"India", "Japan"})
                  .summary,
              ElementsAre("strategic_partnership pair-modifier India,Japan"));
  // The pair inside the phrase's words.
  EXPECT_THAT(Relations("Ministers spoke of close Brazil-Chile ties.",
                        {"Brazil", "Chile"})
                  .summary,
              ElementsAre("close_ties pair-modifier Brazil,Chile"));
  // A modifier word between the pair and the phrase.
  EXPECT_THAT(
      Relations("Observers watch Kenya\xE2\x80\x93Uganda maritime ties.",
                {"Kenya", "Uganda"})
          .summary,
      ElementsAre("ties pair-modifier Kenya,Uganda"));
}

TEST(RelationsEndsTest, PossessivePronounApposition) {
  // "its ally Peru": the pronoun's antecedent and the actor after the
  // phrase.
  Found f =
      Relations("Chile said it stood with its ally Peru.", {"Chile", "Peru"});
  EXPECT_THAT(f.summary, ElementsAre("ally possessor Chile,Peru"));
}

TEST(RelationsEndsTest, PossessiveAppositionAfterAComma) {
  // "X, Y's partner, ...": the apposition describes X.
  Found f = Relations("Laos, Vietnam's strategic partner, welcomed the plan.",
                      {"Laos", "Vietnam"});
  EXPECT_THAT(f.summary,
              ElementsAre("strategic_partnership possessor Vietnam,Laos"));
}

TEST(RelationsEndsTest, PossessorWithoutAnAppositionGivesNothing) {
  Found f = Relations("Vietnam's strategic partner was not named.",
                      {"Laos", "Vietnam"});
  EXPECT_THAT(f.summary, IsEmpty());
}

TEST(RelationsEndsTest, PossessorWithObject) {
  EXPECT_THAT(Relations("Germany's ties with France remain strong.",
                        {"Germany", "France"})
                  .summary,
              ElementsAre("ties possessor Germany,France"));
  EXPECT_THAT(Relations("Brazil and Chile's relationship has improved.",
                        {"Brazil", "Chile"})
                  .summary,
              ElementsAre("ties possessor Brazil,Chile"));
}

TEST(RelationsEndsTest, ACommaWithoutAndEndsTheList) {
  EXPECT_THAT(Relations("Brazil's ties with Chile, Peru said, are strong.",
                        {"Brazil", "Chile", "Peru"})
                  .summary,
              ElementsAre("ties possessor Brazil,Chile"));
  EXPECT_THAT(
      Relations("Brazil's ties with Chile, Peru and Bolivia grew.",
                {"Brazil", "Chile", "Peru", "Bolivia"})
          .summary,
      ElementsAre("ties possessor Brazil,Chile", "ties possessor Brazil,Peru",
                  "ties possessor Brazil,Bolivia"));
}

TEST(RelationsEndsTest, PossessorPolicyTowardTwoTargetsIsTwoDirected) {
  Found f = Relations(
      "Critics attacked Canberra\xE2\x80\x99s policy of containment toward "
      "Jakarta and Manila.",
      {"Canberra", "Jakarta", "Manila"});
  EXPECT_THAT(f.summary, ElementsAre("containment possessor Canberra>Jakarta",
                                     "containment possessor Canberra>Manila"));
  EXPECT_TRUE(f.raw[0].directed);
}

TEST(RelationsEndsTest, PronounPossessor) {
  EXPECT_THAT(
      Relations("Modi boasted of his warm relations with Abe.", {"Modi", "Abe"})
          .summary,
      ElementsAre("close_ties possessor Modi,Abe"));
  EXPECT_THAT(
      Relations("Ghana and Togo said their cooperation with Benin would grow.",
                {"Ghana", "Togo", "Benin"})
          .summary,
      ElementsAre("cooperation possessor Ghana,Benin",
                  "cooperation possessor Togo,Benin"));
}

TEST(RelationsEndsTest, CoordinatedSubject) {
  Found f = Relations(
      "Pakistan and China are each other's all-weather strategic cooperative "
      "partners.",
      {"Pakistan", "China"});
  EXPECT_THAT(f.summary,
              ElementsAre("all_weather_strategic_cooperative_partnership "
                          "coordinated-subject Pakistan,China"));
  EXPECT_GT(f.raw[0].confidence, 0.85f);
  EXPECT_THAT(Relations("Vietnam and Laos agreed to deepen cooperation.",
                        {"Vietnam", "Laos"})
                  .summary,
              ElementsAre("cooperation coordinated-subject Vietnam,Laos"));
  EXPECT_THAT(
      Relations("The envoy described Egypt and Jordan as \xE2\x80\x9C"
                "strategic partners\xE2\x80\x9D.",
                {"Egypt", "Jordan"})
          .summary,
      ElementsAre("strategic_partnership coordinated-subject Egypt,Jordan"));
}

TEST(RelationsEndsTest, SerialListOfThreeGivesEveryPair) {
  // "A, B and C are ...": a symmetric relationship among three is one per
  // pair, whether the list opens the sentence or follows a verb.
  const std::vector<std::string> names = {"Chile", "Peru", "Bolivia"};
  const auto pairs =
      ElementsAre("strategic_partnership coordinated-subject Chile,Peru",
                  "strategic_partnership coordinated-subject Chile,Bolivia",
                  "strategic_partnership coordinated-subject Peru,Bolivia");
  EXPECT_THAT(
      Relations("Chile, Peru and Bolivia are strategic partners.", names)
          .summary,
      pairs);
  EXPECT_THAT(Relations("The minister said Chile, Peru, and Bolivia were "
                        "strategic partners.",
                        names)
                  .summary,
              pairs);
  // A name ending an introductory phrase before the comma is no conjunct.
  EXPECT_THAT(
      Relations("On the visit of Peru's President Ana Soto, Chile and Bolivia "
                "are each other's strategic partners.",
                {"Chile", "Peru", "Bolivia", "Ana Soto"})
          .summary,
      ElementsAre("strategic_partnership coordinated-subject Chile,Bolivia"));
}

TEST(RelationsEndsTest, SubjectObject) {
  EXPECT_THAT(
      Relations("Canada is a close ally of Britain.", {"Canada", "Britain"})
          .summary,
      ElementsAre("ally subject-object Canada,Britain"));
  Found f =
      Relations("Ruritania is pursuing a containment policy against Freedonia.",
                {"Ruritania", "Freedonia"});
  EXPECT_THAT(f.summary,
              ElementsAre("containment subject-object Ruritania>Freedonia"));
}

TEST(RelationsEndsTest, LabelsAs) {
  EXPECT_THAT(Relations("Ruritania branded Freedonia an adversary.",
                        {"Ruritania", "Freedonia"})
                  .summary,
              ElementsAre("adversary labels-as Ruritania,Freedonia"));
  EXPECT_THAT(Relations("Tokyo has long regarded Seoul as a partner.",
                        {"Tokyo", "Seoul"})
                  .summary,
              ElementsAre("partnership labels-as Tokyo,Seoul"));
  // A verb that labels nothing: no ends.
  EXPECT_THAT(Relations("Ruritania fears Freedonia, an adversary.",
                        {"Ruritania", "Freedonia"})
                  .summary,
              IsEmpty());
}

TEST(RelationsEndsTest, SubjectGapObjectGroup) {
  Found f = Relations(
      "If Canada shifted its approach toward Mexico and Cuba to trilateral "
      "cooperation, all three would gain.",
      {"Canada", "Mexico", "Cuba"});
  EXPECT_THAT(f.summary, ElementsAre("triple_cooperation subject-gap-object "
                                     "Canada,Mexico,Cuba"));
  EXPECT_EQ(f.raw[0].modality, Modality::kHypothetical);
}

TEST(RelationsEndsTest, DirectedNextGroup) {
  EXPECT_THAT(
      Relations("Analysts faulted Ruritania's dual containment strategy, "
                "meant to hem in both Freedonia and Latveria.",
                {"Ruritania", "Freedonia", "Latveria"})
          .summary,
      ElementsAre("dual_containment possessor Ruritania>Freedonia",
                  "dual_containment possessor Ruritania>Latveria"));
  EXPECT_THAT(
      Relations("She criticised Ruritanian officials over Ruritania dual "
                "deterrence, which targets both Freedonia and Latveria.",
                {"Ruritania", "Freedonia", "Latveria"})
          .summary,
      IsEmpty());  // "which" opens another clause
}

TEST(RelationsEndsTest, InsteadOfClauseGivesAgentAndTargets) {
  Found g = Relations(
      "Instead of sanctions, Ruritania adopted a policy on Freedonia and "
      "Latveria that favoured talks.",
      {"Ruritania", "Freedonia", "Latveria"});
  EXPECT_THAT(g.summary, ElementsAre("sanctions instead-of-clause "
                                     "Ruritania>Freedonia",
                                     "sanctions instead-of-clause "
                                     "Ruritania>Latveria"));
  EXPECT_EQ(g.raw[0].role, EvidenceRole::kAsserts);
  EXPECT_EQ(g.raw[0].modality, Modality::kAsserted);
}

TEST(RelationsEndsTest, CoordinatedSubjectWithObjects) {
  EXPECT_THAT(
      Relations("Oslo and Helsinki said they are ready to build closer ties "
                "with Tallinn.",
                {"Oslo", "Helsinki", "Tallinn"})
          .summary,
      ElementsAre("close_ties coordinated-subject Oslo,Tallinn",
                  "close_ties coordinated-subject Helsinki,Tallinn"));
}

TEST(RelationsEndsTest, DocumentParties) {
  const std::string text =
      "The two sides recognised the importance of their bilateral economic "
      "and trade relationship.";
  const std::vector<int> parties = {4, 9};
  std::vector<RelationAssertion> r =
      FindRelations(text, 0, static_cast<uint32_t>(text.size()), {},
                    Lexicon::Default(), parties);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].phrase->key, "economic_and_trade_relationship");
  EXPECT_EQ(r[0].ends, parties);
  EXPECT_EQ(std::string(r[0].rule), "document-parties");
  // Without parties, or when the sentence names no one it could refer to,
  // nothing.
  EXPECT_THAT(FindRelations(text, 0, static_cast<uint32_t>(text.size()), {},
                            Lexicon::Default()),
              IsEmpty());
  const std::string other = "Cooperation matters to everyone.";
  EXPECT_THAT(FindRelations(other, 0, static_cast<uint32_t>(other.size()), {},
                            Lexicon::Default(), parties),
              IsEmpty());
  // "both sides agreed to deepen the strategic partnership".
  const std::string both =
      "Both sides agreed to deepen the strategic partnership.";
  r = FindRelations(both, 0, static_cast<uint32_t>(both.size()), {},
                    Lexicon::Default(), parties);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].ends, parties);
  // A joint activity ("cooperation", "dialogue") needs its ends named: the
  // parties are not taken for it.
  const std::string activity = "Both sides agreed to deepen cooperation.";
  EXPECT_THAT(FindRelations(activity, 0, static_cast<uint32_t>(activity.size()),
                            {}, Lexicon::Default(), parties),
              IsEmpty());
}

TEST(RelationsEndsTest, NoEndsNoAssertion) {
  EXPECT_THAT(Relations("Cooperation is important.", {}).summary, IsEmpty());
  EXPECT_THAT(Relations("Brazil wants more cooperation.", {"Brazil"}).summary,
              IsEmpty());
  // One actor mentioned twice is one end, not two.
  EXPECT_THAT(
      Relations("Brazil and Brasilia are allies.", {"Brazil", "Brasilia"})
          .summary,
      ElementsAre("ally coordinated-subject Brazil,Brasilia"));
  std::vector<ActorSpan> same = {{0, 6, 7}, {11, 19, 7}};
  EXPECT_THAT(FindRelations("Brazil and Brasilia are allies.", 0, 31, same,
                            Lexicon::Default()),
              IsEmpty());
}

TEST(RelationsEndsTest, PhraseInsideAnActorIsNotARelationship) {
  EXPECT_THAT(
      Relations("The Alliance of Small Island States and Japan are partners.",
                {"Alliance of Small Island States", "Japan"})
          .summary,
      ElementsAre("partnership coordinated-subject Alliance of Small Island "
                  "States,Japan"));
}

TEST(RelationsEndsTest, BadActorSpansAreIgnored) {
  const std::string text = "Brazil and Chile are allies.";
  // Overlapping, empty, out-of-range and unsorted mentions.
  std::vector<ActorSpan> actors = {{0, 6, 0},   {3, 8, 9},   {11, 11, 5},
                                   {11, 16, 1}, {5, 500, 4}, {0, 2, 3}};
  std::vector<RelationAssertion> r = FindRelations(
      text, 0, static_cast<uint32_t>(text.size()), actors, Lexicon::Default());
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].ends, (std::vector<int>{0, 1}));
}

TEST(RelationsEndsTest, OffsetsAreIntoTheWholeText) {
  const std::string text = "Unrelated. Brazil and Chile are allies.";
  std::vector<ActorSpan> actors = {{11, 17, 0}, {22, 27, 1}};
  std::vector<RelationAssertion> r = FindRelations(
      text, 11, static_cast<uint32_t>(text.size()), actors, Lexicon::Default());
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(text.substr(r[0].begin, r[0].end - r[0].begin), "allies");
}

// --- role ---

TEST(RelationsRoleTest, SoCalledContests) {
  Found f = Relations(
      "Moscow denounced the so-called alliance between Poland and Ukraine.",
      {"Moscow", "Poland", "Ukraine"});
  ASSERT_EQ(f.raw.size(), 1u);
  EXPECT_EQ(f.raw[0].role, EvidenceRole::kContests);
}

TEST(RelationsRoleTest, RejectingTheNotionContests) {
  Found f = Relations(
      "Tehran rejects the notion of an alliance between Cairo and Riyadh.",
      {"Tehran", "Cairo", "Riyadh"});
  ASSERT_EQ(f.raw.size(), 1u);
  EXPECT_EQ(f.raw[0].role, EvidenceRole::kContests);
  EXPECT_EQ(f.raw[0].modality, Modality::kAsserted);
}

TEST(RelationsRoleTest, RejectingACharacterizationContests) {
  Found f = Relations(
      "Ruritania rejected the characterization of Freedonia and Latveria as "
      "allies.",
      {"Ruritania", "Freedonia", "Latveria"});
  EXPECT_THAT(f.summary,
              ElementsAre("ally coordinated-subject Freedonia,Latveria"));
  EXPECT_EQ(f.raw.at(0).role, EvidenceRole::kContests);
}

TEST(RelationsEndsTest, ObjectOfAnotherPrepositionIsNoSubject) {
  // "between X and Y" belongs to "talks"; "war" has no ends of its own.
  EXPECT_THAT(Relations("Talks between Brazil and Chile on ending the war "
                        "went on.",
                        {"Brazil", "Chile"})
                  .summary,
              IsEmpty());
  // A possessive belongs to its own noun.
  EXPECT_THAT(Relations("Brazil's remarks on the relationship with Chile "
                        "drew attention.",
                        {"Brazil", "Chile"})
                  .summary,
              IsEmpty());
}

TEST(RelationsRoleTest, NegatedCopulaContests) {
  Found f =
      Relations("Spain and Morocco are not adversaries.", {"Spain", "Morocco"});
  ASSERT_EQ(f.raw.size(), 1u);
  EXPECT_EQ(f.raw[0].role, EvidenceRole::kContests);
  EXPECT_EQ(f.raw[0].modality, Modality::kNegated);
}

TEST(RelationsRoleTest, CallsForProposes) {
  Found f = Relations(
      "The minister called for a strategic partnership between Kenya and "
      "Ethiopia.",
      {"Kenya", "Ethiopia"});
  ASSERT_EQ(f.raw.size(), 1u);
  EXPECT_EQ(f.raw[0].role, EvidenceRole::kProposes);
  Found g = Relations("Greece and Turkey should pursue cooperation.",
                      {"Greece", "Turkey"});
  ASSERT_EQ(g.raw.size(), 1u);
  EXPECT_EQ(g.raw[0].role, EvidenceRole::kProposes);
}

TEST(RelationsRoleTest, InsteadOfProposesWhatFollows) {
  Found f = Relations(
      "Instead of rivalry, Greece and Turkey have chosen cooperation.",
      {"Greece", "Turkey"});
  ASSERT_EQ(f.raw.size(), 1u);
  EXPECT_EQ(f.raw[0].phrase->key, "cooperation");
  EXPECT_EQ(f.raw[0].role, EvidenceRole::kProposes);
}

TEST(RelationsRoleTest, EndingARelationshipContests) {
  Found f = Relations(
      "The ministry urged Ruritania to sever its military ties with "
      "Freedonia.",
      {"Ruritania", "Freedonia"});
  ASSERT_EQ(f.raw.size(), 1u);
  EXPECT_EQ(f.raw[0].role, EvidenceRole::kContests);
  Found g = Relations("Ruritania and Freedonia suspended diplomatic relations.",
                      {"Ruritania", "Freedonia"});
  ASSERT_EQ(g.raw.size(), 1u);
  EXPECT_EQ(g.raw[0].role, EvidenceRole::kContests);
}

TEST(RelationsRoleTest, PlainStatementAsserts) {
  Found f = Relations("Norway and Iceland are allies.", {"Norway", "Iceland"});
  ASSERT_EQ(f.raw.size(), 1u);
  EXPECT_EQ(f.raw[0].role, EvidenceRole::kAsserts);
  EXPECT_EQ(f.raw[0].modality, Modality::kAsserted);
}

// --- modality ---

TEST(RelationsModalityTest, FutureHypotheticalNegated) {
  EXPECT_EQ(Relations("Chile and Peru will sign a strategic partnership.",
                      {"Chile", "Peru"})
                .raw.at(0)
                .modality,
            Modality::kFuture);
  EXPECT_EQ(
      Relations("Norway and Sweden could become allies.", {"Norway", "Sweden"})
          .raw.at(0)
          .modality,
      Modality::kHypothetical);
  EXPECT_EQ(Relations("If talks succeed, the ties between Serbia and Kosovo "
                      "improve.",
                      {"Serbia", "Kosovo"})
                .raw.at(0)
                .modality,
            Modality::kHypothetical);
  Found never =
      Relations("Fiji and Tonga have never been rivals.", {"Fiji", "Tonga"});
  EXPECT_EQ(never.raw.at(0).modality, Modality::kNegated);
  EXPECT_EQ(never.raw.at(0).role, EvidenceRole::kContests);
  // A condition after the phrase.
  EXPECT_EQ(Relations("Laos and Cambodia are ready to build ties with Myanmar "
                      "if the talks go well.",
                      {"Laos", "Cambodia", "Myanmar"})
                .raw.at(0)
                .modality,
            Modality::kHypothetical);
  // "won't": a contraction, negated.
  EXPECT_EQ(Relations("Mali and Niger won't be allies.", {"Mali", "Niger"})
                .raw.at(0)
                .modality,
            Modality::kNegated);
  // A negation in an earlier clause does not reach the phrase.
  EXPECT_EQ(Relations("Talks did not fail, and Mali and Niger are allies.",
                      {"Mali", "Niger"})
                .raw.at(0)
                .modality,
            Modality::kAsserted);
}

TEST(RelationsModalityTest, WouldInReportedSpeechIsFuture) {
  // After a verb of saying, "would" is the future seen from the past.
  EXPECT_EQ(Relations("The leaders agreed that Laos and Cambodia would deepen "
                      "their partnership.",
                      {"Laos", "Cambodia"})
                .raw.at(0)
                .modality,
            Modality::kFuture);
  // Without one it is hypothetical, and "would have" is counterfactual even
  // in reported speech.
  EXPECT_EQ(Relations("Laos and Cambodia would be natural partners.",
                      {"Laos", "Cambodia"})
                .raw.at(0)
                .modality,
            Modality::kHypothetical);
  EXPECT_EQ(Relations("He said Laos and Cambodia would have become allies.",
                      {"Laos", "Cambodia"})
                .raw.at(0)
                .modality,
            Modality::kHypothetical);
}

TEST(RelationsModalityTest, ModalityNames) {
  EXPECT_EQ(ModalityName(Modality::kAsserted), "asserted");
  EXPECT_EQ(ModalityName(Modality::kNegated), "negated");
  EXPECT_EQ(ModalityName(Modality::kFuture), "future");
  EXPECT_EQ(ModalityName(Modality::kHypothetical), "hypothetical");
}

// --- cost ---

TEST(RelationsCostTest, LongSentenceIsLinear) {
  // One "sentence" of 40,000 clauses without a full stop, with phrases and
  // coordinated actors everywhere: the scans are bounded, so this is quick.
  std::string text;
  std::vector<ActorSpan> actors;
  for (int i = 0; i < 40000; ++i) {
    const uint32_t at = static_cast<uint32_t>(text.size());
    text += "Brazil and Chile, Peru and Bolivia agreed to deepen close ties ";
    actors.push_back({at, at + 6, 0});
    actors.push_back({at + 11, at + 16, 1});
    actors.push_back({at + 18, at + 22, 2});
    actors.push_back({at + 27, at + 34, 3});
  }
  const auto start = std::chrono::steady_clock::now();
  std::vector<RelationAssertion> r = FindRelations(
      text, 0, static_cast<uint32_t>(text.size()), actors, Lexicon::Default());
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  EXPECT_EQ(r.size(), 40000u);
  EXPECT_LT(seconds, 30.0);  // 2.5 MB; generous for sanitizer builds
}

TEST(RelationsRobustnessTest, RandomSentencesKeepTheInvariants) {
  // Sentences assembled at random from pieces that exercise every rule, with
  // broken UTF-8 and stray apostrophes among them; a fixed seed.
  const std::vector<std::string> pieces = {"Brazil",
                                           "Chile",
                                           "Peru",
                                           "'s",
                                           "\xE2\x80\x99s",
                                           "'",
                                           "-",
                                           "/",
                                           " and ",
                                           ", ",
                                           ". ",
                                           "; ",
                                           " ties ",
                                           " between ",
                                           " among ",
                                           " with ",
                                           " on ",
                                           " toward ",
                                           " not ",
                                           " never ",
                                           " if ",
                                           " would ",
                                           " will ",
                                           " instead of ",
                                           " so-called ",
                                           " rejected ",
                                           " called for ",
                                           " containment ",
                                           " triple cooperation ",
                                           " allies ",
                                           " his ",
                                           " their ",
                                           " both ",
                                           " policy ",
                                           " each other's ",
                                           "\xE2\x80\x9C",
                                           "\xE2\x80",
                                           "\xFF",
                                           " the ",
                                           "n't ",
                                           " close "};
  const std::vector<std::string> names = {"Brazil", "Chile", "Peru"};
  uint64_t state = 0x9E3779B97F4A7C15u;
  auto next = [&state]() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(next() % 40);
    for (int k = 0; k < n; ++k) text += pieces[next() % pieces.size()];
    std::vector<ActorSpan> actors = Mentions(text, names);
    std::vector<RelationAssertion> found =
        FindRelations(text, 0, static_cast<uint32_t>(text.size()), actors,
                      Lexicon::Default());
    for (const RelationAssertion& r : found) {
      ASSERT_NE(r.phrase, nullptr) << text;
      ASSERT_LT(r.begin, r.end) << text;
      ASSERT_LE(r.end, text.size()) << text;
      ASSERT_GE(r.ends.size(), 2u) << text;
      if (r.directed) {
        ASSERT_EQ(r.ends.size(), 2u) << text;
      }
      for (size_t a = 0; a < r.ends.size(); ++a) {
        ASSERT_GE(r.ends[a], 0) << text;
        ASSERT_LT(r.ends[a], 3) << text;
        for (size_t b = a + 1; b < r.ends.size(); ++b) {
          ASSERT_NE(r.ends[a], r.ends[b]) << text;
        }
      }
      ASSERT_GT(r.confidence, 0.0f) << text;
      ASSERT_LE(r.confidence, 1.0f) << text;
      ASSERT_NE(std::string(r.rule), "") << text;
    }
    for (const VerbMatch& v : Lexicon::Default().FindSpeechVerbs(
             text, 0, static_cast<uint32_t>(text.size()))) {
      ASSERT_LE(v.begin, v.verb_begin) << text;
      ASSERT_LT(v.verb_begin, v.verb_end) << text;
      ASSERT_LE(v.verb_end, v.end) << text;
      ASSERT_LE(v.end, text.size()) << text;
    }
  }
}

TEST(RelationsCostTest, EmptyAndOutOfRangeInput) {
  EXPECT_THAT(FindRelations("", 0, 0, {}, Lexicon::Default()), IsEmpty());
  EXPECT_THAT(FindRelations("allies", 4, 2, {}, Lexicon::Default()), IsEmpty());
  EXPECT_THAT(FindRelations("allies", 0, 100, {}, Lexicon::Default()),
              IsEmpty());
}

}  // namespace
}  // namespace diplograph::text_internal
