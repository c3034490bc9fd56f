// Tests of the text extractor (text.h) on constructions of news English
// that the first rules missed: quoted fragments inside reported speech, a
// family name alone as a speaker, sentence-initial attributions, declining
// to comment, and a lede that retells a later quotation. Every sentence is
// written for the test, with invented people.

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "diplograph/actor.h"
#include "diplograph/graph.h"
#include "diplograph/polarity.h"
#include "diplograph/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"

namespace diplograph {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using text_testing::About;
using text_testing::NameOf;
using text_testing::Said;

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor({.name = "Norway", .kind = ActorKind::kState, .iso3 = "NOR"});
    *g->AddActor({.name = "Iceland", .kind = ActorKind::kState, .iso3 = "ISL"});
    *g->AddActor({.name = "Olga Tamm", .kind = ActorKind::kPerson});
    *g->AddActor({.name = "Pavel Sorin", .kind = ActorKind::kPerson});
    *g->AddActor({.name = "Daily Courier",
                  .kind = ActorKind::kMediaOutlet,
                  .aliases = {"the Daily Courier"}});
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

// ------------------------------------------------- quoted fragments

// A quoted fragment inside a reported clause is the statement's quote (as
// the development set's golds write partial quotes); the statement is about
// the actors of the whole clause (docs/text.md step 48).
TEST(QuotedFragment, InsideAThatClauseIsTheQuoteAboutTheClause) {
  Extraction x = Extract(
      "Olga Tamm said the new tariff was \"deeply unfair\" to farmers in "
      "Norway.");
  EXPECT_THAT(Said(x), ElementsAre("Olga Tamm: deeply unfair"));
  EXPECT_EQ(x.statements[0].quote, QuoteKind::kDirectQuote);
  EXPECT_THAT(About(x, x.statements[0]), Contains("Norway"));
}

TEST(QuotedFragment, AfterTheAddresseeOfAnAccusation) {
  Extraction x = Extract(
      "Norway accused Iceland of \"reckless fishing\" in the disputed "
      "waters.");
  ASSERT_EQ(x.statements.size(), 1u);
  const ExtractedStatement& s = x.statements[0];
  EXPECT_EQ(NameOf(x, s.speaker), "Norway");
  EXPECT_EQ(s.quote, QuoteKind::kDirectQuote);
  EXPECT_EQ(s.text, "reckless fishing");
  // The addressee is what the accusation is about, with the verb's stance.
  ASSERT_FALSE(s.targets.empty());
  EXPECT_EQ(NameOf(x, s.targets[0].actor), "Iceland");
  EXPECT_EQ(s.targets[0].stance, Polarity::kConflictual);
}

TEST(QuotedFragment, CoordinatedVerbAfterTheFragmentKeepsTheSpeaker) {
  Extraction x = Extract(
      "Olga Tamm said the ruling was \"a mistake\" and urged Iceland to "
      "reconsider.");
  ASSERT_EQ(x.statements.size(), 2u);
  EXPECT_EQ(NameOf(x, x.statements[1].speaker), "Olga Tamm");
  EXPECT_EQ(x.statements[1].text, "to reconsider");
  EXPECT_THAT(About(x, x.statements[1]), Contains("Iceland"));
}

TEST(QuotedFragment, QuoteClosingTheClauseStaysADirectQuote) {
  // Nothing of the writer's follows the marks: the quotation is the words.
  Extraction x = Extract(
      "Olga Tamm described the talks as \"a step toward a settlement.\"");
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_EQ(x.statements[0].quote, QuoteKind::kDirectQuote);
  EXPECT_EQ(x.statements[0].text, "a step toward a settlement.");
}

TEST(QuotedFragment, WholeQuotationBeforeItsAttributionIsNotAFragment) {
  Extraction x = Extract("\"We will not give in,\" Olga Tamm said.");
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_EQ(x.statements[0].quote, QuoteKind::kDirectQuote);
}

TEST(QuotedFragment, ActVerbBeforeAPossessiveIsNotAnInvertedSpeaker) {
  // ", welcomed Norway's offer" names what was welcomed, not a speaker of
  // the clause before the comma.
  Extraction x =
      Extract("Iceland, a close partner of Norway, welcomed Norway's offer.");
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_NE(s.rule, "clause-then-attribution");
    EXPECT_EQ(NameOf(x, s.speaker), "Iceland");
  }
}

// ------------------------------------------------- family names

TEST(FamilyName, FamilyNameFirstNamesThePersonLater) {
  Extraction x = Extract(
      "Spokesperson Tan Wei spoke at a briefing.\n\n"
      "\"Our position has not changed,\" Tan said.");
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_EQ(NameOf(x, x.statements[0].speaker), "Tan Wei");
}

TEST(FamilyName, LastNameStillWins) {
  Extraction x =
      Extract("Olga Tamm met Pavel Sorin.\n\n\"It went well,\" Tamm said.");
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_EQ(NameOf(x, x.statements[0].speaker), "Olga Tamm");
}

// ------------------------------------------------- sentence-initial

TEST(SentenceInitialAttribution, AccordingToAPerson) {
  Extraction x = Extract(
      "According to Olga Tamm, the vessel left Norway without a "
      "licence.");
  ASSERT_EQ(x.statements.size(), 1u);
  const ExtractedStatement& s = x.statements[0];
  EXPECT_EQ(NameOf(x, s.speaker), "Olga Tamm");
  EXPECT_EQ(s.text, "the vessel left Norway without a licence");
  EXPECT_EQ(s.rule, "according-to-then-clause");
}

TEST(SentenceInitialAttribution, AccordingToAnOutletRelaysTheSpeech) {
  Extraction x = Extract(
      "According to the Daily Courier, Olga Tamm said the talks would go "
      "on.");
  ASSERT_EQ(x.statements.size(), 1u);
  const ExtractedStatement& s = x.statements[0];
  EXPECT_EQ(NameOf(x, s.speaker), "Olga Tamm");
  ASSERT_EQ(s.reported_by.size(), 1u);
  EXPECT_EQ(NameOf(x, s.reported_by[0].outlet), "Daily Courier");
}

TEST(SentenceInitialAttribution, InRemarksCarriedByAnOutlet) {
  Extraction x = Extract(
      "In remarks carried by the Daily Courier, Pavel Sorin said: \"Norway "
      "will stay the course.\"");
  ASSERT_EQ(x.statements.size(), 1u);
  const ExtractedStatement& s = x.statements[0];
  EXPECT_EQ(NameOf(x, s.speaker), "Pavel Sorin");
  ASSERT_EQ(s.reported_by.size(), 1u);
  EXPECT_EQ(NameOf(x, s.reported_by[0].outlet), "Daily Courier");
}

TEST(SentenceInitialAttribution, InAnOrdinaryPhraseIsNothing) {
  Extraction x = Extract("In Norway, the harvest was late this year.");
  EXPECT_TRUE(x.statements.empty());
}

// ------------------------------------------------- described speakers

TEST(DescribedSpeaker, DemonymOfficialSpeaksForTheNamedState) {
  Extraction x = Extract(
      "Russia and Norway met in Oslo. According to a senior Russian "
      "official, the two countries will meet again in May.");
  ASSERT_EQ(x.statements.size(), 1u);
  const ExtractedStatement& s = x.statements[0];
  EXPECT_EQ(NameOf(x, s.speaker), "Russia");
  EXPECT_EQ(s.speaker_rule, "description-of-state");
  EXPECT_LT(s.confidence, 0.5f);
  // "the two countries": the last two states named.
  EXPECT_THAT(About(x, s), Contains("Norway"));
}

TEST(DescribedSpeaker, TheOfficialAfterARelativeClauseIsTheSameSpeaker) {
  Extraction x = Extract(
      "Russia and Norway met in Oslo. A senior Russian official said the "
      "talks were long. The official, who asked not to be named, said both "
      "sides wanted a deal.");
  ASSERT_EQ(x.statements.size(), 2u);
  EXPECT_EQ(NameOf(x, x.statements[1].speaker), "Russia");
  EXPECT_EQ(x.statements[1].speaker_rule, "description-anaphor");
}

TEST(DescribedSpeaker, PossessiveStatesMinistry) {
  Extraction x =
      Extract("Russia's foreign ministry said Norway had broken the accord.");
  ASSERT_EQ(x.statements.size(), 1u);
  // The ministry speaks (the held-out conventions), not the state.
  EXPECT_EQ(NameOf(x, x.statements[0].speaker), "Russia's foreign ministry");
  EXPECT_EQ(x.actors[x.statements[0].speaker].kind, ActorKind::kOrganization);
}

TEST(DescribedSpeaker, DescriptionOfAStateNotNamedAddsNoActor) {
  // The words are kept with no speaker (the text does not say whose
  // official), at low confidence, rather than guessed.
  Extraction x = Extract("A senior Russian official said the talks failed.");
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_EQ(x.statements[0].speaker, -1);
  EXPECT_EQ(x.statements[0].speaker_rule, "description-unresolved");
  EXPECT_LT(x.statements[0].confidence, 0.3f);
  EXPECT_EQ(x.statements[0].text, "the talks failed");
  for (const ExtractedActor& a : x.actors) EXPECT_NE(a.name, "Russia");
}

TEST(DescribedSpeaker, DescribedSpeakerTakesNoDateFromTheStatesStatements) {
  Extraction x = Extract(
      "Russia on Thursday criticised Norway. A senior Russian official said "
      "the talks had failed.");
  ASSERT_EQ(x.statements.size(), 2u);
  EXPECT_TRUE(x.statements[0].date.is_known());
  EXPECT_FALSE(x.statements[1].date.is_known());
}

TEST(DescribedSpeaker, QuestionDatesTheStatementItReports) {
  Extraction x = Extract(
      "QUESTION: Russia's foreign ministry said on Monday that Norway had "
      "\"crossed a line\" in the Arctic. Your reaction?\n\n"
      "MR SORIN: We disagree.\n\n"
      "QUESTION: Anything on Iceland today?\n\n"
      "MR SORIN: No.");
  ASSERT_GE(x.statements.size(), 1u);
  const ExtractedStatement& s = x.statements[0];
  EXPECT_TRUE(s.in_question);
  EXPECT_EQ(NameOf(x, s.speaker), "Russia's foreign ministry");
  EXPECT_EQ(s.date, *Date::Parse("2024-03-04"));
  EXPECT_EQ(s.text, "crossed a line");
  EXPECT_THAT(About(x, s), Contains("Norway"));
}

// ------------------------------------------------- declined to comment

TEST(DeclinedToComment, IsAStatementWithNoWords) {
  Extraction x = Extract("Norway declined to comment on the proposal.");
  ASSERT_EQ(x.statements.size(), 1u);
  const ExtractedStatement& s = x.statements[0];
  EXPECT_EQ(NameOf(x, s.speaker), "Norway");
  EXPECT_EQ(s.event_type.code, "011");
  EXPECT_THAT(s.topics, ElementsAre("the proposal"));
}

TEST(DeclinedToComment, AnaphoricTopicIsAboutTheLastStatementsActors) {
  Extraction x = Extract(
      "Olga Tamm urged Iceland to return the boat. Pavel Sorin declined to "
      "comment on the matter.");
  ASSERT_EQ(x.statements.size(), 2u);
  EXPECT_EQ(x.statements[1].event_type.code, "011");
  EXPECT_THAT(About(x, x.statements[1]), Contains("Iceland"));
}

TEST(DeclinedToComment, WithoutAnObjectIsAboutTheDiscoursesTopic) {
  Extraction x = Extract(
      "Olga Tamm said Iceland had broken the accord. Pavel Sorin declined "
      "to comment further.");
  ASSERT_EQ(x.statements.size(), 2u);
  EXPECT_THAT(About(x, x.statements[1]), Contains("Iceland"));
}

TEST(DeclinedToComment, HadNoComment) {
  Extraction x = Extract("Pavel Sorin had no immediate comment.");
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_EQ(x.statements[0].event_type.code, "011");
}

// A refusal right after the speaker's dated words (their paragraph or the
// next) belongs to the same remarks and takes their date; one paragraphs
// later, after other speakers, is of no known occasion.
TEST(DeclinedToComment, IsDatedOnlyByTheSpeakersRemarksJustBefore) {
  Extraction x = Extract(
      "Olga Tamm on Thursday criticised Iceland. \"It was wrong,\" she "
      "said.\n\nTamm declined to comment on the fine.");
  ASSERT_EQ(x.statements.size(), 3u);
  EXPECT_EQ(x.statements[1].date, *Date::Parse("2024-03-07"));
  EXPECT_EQ(x.statements[2].date, *Date::Parse("2024-03-07"));
  EXPECT_EQ(x.statements[2].date_basis, DateBasis::kCarried);
  Extraction y = Extract(
      "Olga Tamm on Thursday criticised Iceland.\n\n"
      "Iceland's foreign ministry rejected the criticism.\n\n"
      "Fishermen in Reykjavik said the quotas were too low.\n\n"
      "Tamm declined to comment on the fine.");
  const ExtractedStatement* decline = nullptr;
  for (const ExtractedStatement& s : y.statements) {
    if (s.event_type.code == "011") decline = &s;
  }
  ASSERT_NE(decline, nullptr);
  EXPECT_FALSE(decline->date.is_known());
}

// ------------------------------------------------- what the words are about

TEST(About, DemonymBeforeACommonNounNamesTheState) {
  // Russia (a state of the compiled-in registry) is named in the text;
  // "Russian waters" is about it.
  Extraction x = Extract(
      "Russia protested. Olga Tamm said the trawler never entered Russian "
      "waters.");
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_THAT(About(x, x.statements[0]), Contains("Russia"));
}

TEST(About, DemonymAddsNoActorTheTextDoesNotName) {
  Extraction x =
      Extract("Olga Tamm said the trawler never entered Russian waters.");
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_TRUE(x.statements[0].about.empty());
  for (const ExtractedActor& a : x.actors) EXPECT_NE(a.name, "Russia");
}

TEST(About, DefiniteNounPhraseTakesUpTheLatestStatementsActors) {
  Extraction x = Extract(
      "Olga Tamm said Iceland had seized a Norwegian boat. Pavel Sorin "
      "criticised the seizure.");
  ASSERT_EQ(x.statements.size(), 2u);
  EXPECT_EQ(x.statements[1].text, "the seizure");
  EXPECT_THAT(About(x, x.statements[1]), Contains("Iceland"));
}

// ------------------------------------------------- events

TEST(Events, ActVerbWithItsSubjectsClauseAndDate) {
  Extraction x = Extract(
      "Norway and Iceland signed a fisheries accord on Thursday, officials "
      "said.");
  ASSERT_EQ(x.events.size(), 1u);
  const ExtractedEvent& e = x.events[0];
  EXPECT_EQ(e.label,
            "Norway and Iceland signed a fisheries accord on "
            "Thursday");
  EXPECT_EQ(e.date, *Date::Parse("2024-03-07"));
  std::vector<std::string> who;
  for (int a : e.participants) who.push_back(NameOf(x, a));
  EXPECT_THAT(who, testing::UnorderedElementsAre("Norway", "Iceland"));
}

TEST(Events, SubjectAfterAReportingVerbAndADemonymsState) {
  Extraction x = Extract(
      "Russia protested. Olga Tamm said Norway had summoned the Russian "
      "envoy.");
  ASSERT_EQ(x.events.size(), 2u);  // "Russia protested" and the summons
  const ExtractedEvent& e = x.events[1];
  std::vector<std::string> who;
  for (int a : e.participants) who.push_back(NameOf(x, a));
  EXPECT_THAT(who, ElementsAre("Norway", "Russia"));
  EXPECT_FALSE(e.date.is_known());
}

TEST(Events, PassiveAndQuotedActsAreNotEvents) {
  Extraction x = Extract(
      "The crew was detained. \"Norway signed nothing,\" Olga Tamm said.");
  EXPECT_TRUE(x.events.empty());
}

// ------------------------------------------------- lede and retold quote

TEST(LedeRetold, LaterQuoteTakesTheLedesDateAndIsLinked) {
  Extraction x = Extract(
      "Norway on Thursday accused Iceland of breaking the accord.\n\n"
      "\"Iceland has broken its word,\" Trade Minister Erik Lunde told "
      "reporters.\n\n"
      "He said Norway would respond.");
  ASSERT_EQ(x.statements.size(), 3u);
  const ExtractedStatement& quote = x.statements[1];
  EXPECT_EQ(NameOf(x, quote.speaker), "Erik Lunde");
  EXPECT_EQ(quote.same_utterance, 0);
  EXPECT_EQ(quote.date, *Date::Parse("2024-03-07"));
  EXPECT_EQ(quote.date_basis, DateBasis::kCarried);
  // The pronoun's statement is carried from the same speaker.
  EXPECT_EQ(x.statements[2].date, *Date::Parse("2024-03-07"));
}

TEST(LedeRetold, QuoteAboutSomethingElseIsNotLinked) {
  Extraction x = Extract(
      "Norway on Thursday accused Iceland of breaking the accord.\n\n"
      "\"Harvests are good this year,\" farmer Erik Lunde said.");
  ASSERT_EQ(x.statements.size(), 2u);
  EXPECT_EQ(x.statements[1].same_utterance, -1);
  EXPECT_FALSE(x.statements[1].date.is_known());
}

TEST(LedeRetold, OfficialsQuoteRightAfterTheLedeNamingNoActorIsLinked) {
  Extraction x = Extract(
      "Norway on Thursday rejected the new quota.\n\n"
      "\"The numbers are simply wrong,\" Fisheries Minister Erik Lunde "
      "said.");
  ASSERT_EQ(x.statements.size(), 2u);
  EXPECT_EQ(x.statements[1].same_utterance, 0);
  EXPECT_EQ(x.statements[1].date, *Date::Parse("2024-03-07"));
}

TEST(LedeRetold, QuoteFarFromTheLedeIsNotLinked) {
  Extraction x = Extract(
      "Norway on Thursday accused Iceland of breaking the accord.\n\n"
      "The accord was signed in 2019.\n\nIt covers cod.\n\nIt runs to "
      "2030.\n\nNo other state joined it.\n\n"
      "\"Iceland has broken its word,\" Trade Minister Erik Lunde said.");
  ASSERT_EQ(x.statements.size(), 2u);
  EXPECT_EQ(x.statements[1].same_utterance, -1);
}

// ------------------------------------------------- channels

// The channel of the first statement of `text` whose words contain `words`.
std::string ChannelOf(const std::string& text, const std::string& words) {
  const Extraction x = Extract(text);
  for (const ExtractedStatement& s : x.statements) {
    if (s.text.find(words) != std::string::npos) return s.channel;
  }
  ADD_FAILURE() << "no statement with \"" << words << "\" in: " << text;
  return "<none>";
}

TEST(Channel, ABriefingOrConferenceWhereTheVerbIs) {
  EXPECT_EQ(ChannelOf("Olga Tamm said at a regular press briefing on Thursday "
                      "that Norway would reopen the consulate.",
                      "reopen"),
            "regular press briefing");
  EXPECT_EQ(ChannelOf("Speaking at a news conference in Bergen, Pavel Sorin "
                      "said the fishing talks had stalled.",
                      "stalled"),
            "news conference in Bergen");
  EXPECT_EQ(ChannelOf("\"We are not in a hurry,\" Olga Tamm told reporters at "
                      "Tuesday's briefing.",
                      "hurry"),
            "briefing");
}

TEST(Channel, ACallWithItsOtherParty) {
  EXPECT_EQ(ChannelOf("In a telephone call with Pavel Sorin, Olga Tamm said "
                      "Norway was ready to resume the talks.",
                      "resume"),
            "telephone call with Pavel Sorin");
  EXPECT_EQ(ChannelOf("Pavel Sorin told Olga Tamm in a phone call that the "
                      "border would stay open.",
                      "border"),
            "phone call");
  EXPECT_EQ(ChannelOf("Olga Tamm spoke by phone with Pavel Sorin and said the "
                      "dispute could be settled.",
                      "settled"),
            "phone call with Pavel Sorin");
}

TEST(Channel, AnInterviewASpeechAStatement) {
  EXPECT_EQ(ChannelOf("\"The quota is final,\" Olga Tamm told the Daily "
                      "Courier in an interview.",
                      "quota"),
            "interview");
  EXPECT_EQ(ChannelOf("Olga Tamm said in an interview with the Daily Courier "
                      "that the quota was final.",
                      "quota"),
            "interview with the Daily Courier");
  EXPECT_EQ(ChannelOf("Pavel Sorin said in a speech at the Arctic Forum in "
                      "Tromso that the region must stay calm.",
                      "calm"),
            "speech at the Arctic Forum");
  EXPECT_EQ(ChannelOf("Norway and Iceland said in a joint statement that the "
                      "fishing season would open in May.",
                      "season"),
            "joint statement");
  EXPECT_EQ(ChannelOf("Olga Tamm, speaking at an event in Bergen, said the "
                      "harbour would be rebuilt.",
                      "harbour"),
            "event in Bergen");
}

TEST(Channel, NotFromTheWordsSaidNorFromOtherPhrases) {
  // A briefing or a conference inside what was said is not how it was said.
  EXPECT_EQ(ChannelOf("Olga Tamm said the conference in Oslo had been a "
                      "success.",
                      "success"),
            "");
  EXPECT_EQ(ChannelOf("Pavel Sorin said that in the event of a storm the "
                      "ferries would stop.",
                      "ferries"),
            "");
  EXPECT_EQ(ChannelOf("Olga Tamm said she would call on Iceland to lift the "
                      "ban.",
                      "ban"),
            "");
}

TEST(Channel, ATranscriptTakesItsHeadingsChannel) {
  const Extraction x = Extract(
      "Foreign Ministry Spokesperson Olga Tamm's Regular Press Conference on "
      "March 8, 2024\n\n"
      "Daily Courier: Pavel Sorin said on Monday that Iceland would leave the "
      "council. What is your comment?\n\n"
      "Olga Tamm: We have noted the reports. Norway hopes Iceland will "
      "stay.\n");
  bool answered = false;
  for (const ExtractedStatement& s : x.statements) {
    if (s.in_question) {
      EXPECT_EQ(s.channel, "") << s.text;  // said elsewhere, on Monday
    } else if (s.rule == "transcript-turn") {
      EXPECT_EQ(s.channel, "regular press conference") << s.text;
      answered = true;
    }
  }
  EXPECT_TRUE(answered);
}

// ------------------------------------------------- stance from the words

// The stance of the first statement containing `words` toward `actor`.
std::string StanceOf(const std::string& text, const std::string& words,
                     const std::string& actor) {
  const Extraction x = Extract(text);
  for (const ExtractedStatement& s : x.statements) {
    if (s.text.find(words) == std::string::npos) continue;
    for (const ExtractedTarget& t : s.targets) {
      if (NameOf(x, t.actor) == actor) {
        return std::string(PolarityName(t.stance));
      }
    }
    return "<not a target>";
  }
  ADD_FAILURE() << "no statement with \"" << words << "\" in: " << text;
  return "<none>";
}

TEST(StanceFromWords, PartnershipAndApprovalAreCooperative) {
  EXPECT_EQ(StanceOf("Olga Tamm said Norway and Iceland were close partners "
                     "and would deepen their cooperation.",
                     "partners", "Iceland"),
            "cooperative");
  EXPECT_EQ(StanceOf("\"We welcome the steps Iceland has taken,\" Pavel "
                     "Sorin said.",
                     "welcome", "Iceland"),
            "cooperative");
}

TEST(StanceFromWords, HostilityAndBlameAreConflictual) {
  EXPECT_EQ(StanceOf("Pavel Sorin said Iceland's new fishing sanctions were "
                     "an unacceptable provocation.",
                     "sanctions", "Iceland"),
            "conflictual");
  EXPECT_EQ(StanceOf("\"Regrettably, Norway is pursuing a policy of "
                     "containment,\" Olga Tamm said.",
                     "containment", "Norway"),
            "conflictual");
}

TEST(StanceFromWords, NeutralWithoutEvaluativeWordsOrWhenNegated) {
  EXPECT_EQ(StanceOf("Olga Tamm said the talks between Norway and Iceland "
                     "were a matter for the two governments.",
                     "talks", "Iceland"),
            "neutral");
  // "not a threat": the cue is negated.
  EXPECT_EQ(StanceOf("Pavel Sorin said the exercise was not a threat to "
                     "Iceland.",
                     "exercise", "Iceland"),
            "neutral");
}

TEST(StanceFromWords, EachActorTakesTheWordsOfItsOwnClause) {
  const std::string text =
      "Olga Tamm said Iceland was a trusted partner, while Norway's "
      "interference in the region was dangerous.";
  EXPECT_EQ(StanceOf(text, "trusted", "Iceland"), "cooperative");
  EXPECT_EQ(StanceOf(text, "trusted", "Norway"), "conflictual");
}

TEST(StanceFromWords, TheVerbsStanceComesFirst) {
  // "praised" gives its addressee the stance whatever the words say.
  EXPECT_EQ(StanceOf("Pavel Sorin praised Iceland for resisting the "
                     "pressure of the sanctions.",
                     "resisting", "Iceland"),
            "cooperative");
}

// A target the words' cues leave neutral takes the verb's stance ("thanked
// X for Y's help"); cues near a target decide first ("praised X's
// criticism of Y's containment policy").
TEST(StanceFromWords, TheVerbsStanceForTargetsTheCuesLeaveNeutral) {
  EXPECT_EQ(StanceOf("Olga Tamm thanked Pavel Sorin for Iceland's help in "
                     "the rescue.",
                     "help", "Iceland"),
            "cooperative");
  EXPECT_EQ(StanceOf("Olga Tamm praised Pavel Sorin's criticism of "
                     "Iceland's containment policy.",
                     "criticism", "Iceland"),
            "conflictual");
}

// Cues of gratitude, invitation, concern, regret and detention.
TEST(StanceFromWords, MoreCuesOfDiplomacy) {
  EXPECT_EQ(StanceOf("Olga Tamm said Norway was grateful to Iceland for the "
                     "invitation.",
                     "grateful", "Iceland"),
            "cooperative");
  EXPECT_EQ(StanceOf("Pavel Sorin said the detention of the crew by Iceland "
                     "was deeply regrettable.",
                     "detention", "Iceland"),
            "conflictual");
  EXPECT_EQ(StanceOf("Olga Tamm said Norway had serious concerns about "
                     "Iceland's whaling.",
                     "concerns", "Iceland"),
            "conflictual");
}

// ------------------------------------------------- described speakers
// A speaker named only by a description whose noun phrase names another
// actor (docs/text.md, step 8, "Descriptions").

const ExtractedStatement* SaidBy(const Extraction& x, const std::string& who) {
  for (const ExtractedStatement& s : x.statements) {
    if (NameOf(x, s.speaker) == who) return &s;
  }
  return nullptr;
}

TEST(DescribedByAnotherActor, AnAllyOfAPersonIsANewPersonAffiliatedToThem) {
  Extraction x = Extract(
      "An ally of Olga Tamm said the fishing quota was unfair to Iceland.");
  const ExtractedStatement* s = SaidBy(x, "ally of Olga Tamm");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(s->speaker_rule, "description-person");
  EXPECT_LT(s->confidence, 0.5f);
  EXPECT_EQ(s->text, "the fishing quota was unfair to Iceland");
  EXPECT_EQ(SaidBy(x, "Olga Tamm"), nullptr);
  const ExtractedActor& ally = x.actors[s->speaker];
  EXPECT_EQ(ally.kind, ActorKind::kPerson);
  EXPECT_LT(ally.confidence, 0.5f);
  ASSERT_EQ(ally.affiliations.size(), 1u);
  EXPECT_EQ(NameOf(x, ally.affiliations[0].organization), "Olga Tamm");
  EXPECT_EQ(ally.affiliations[0].role, "ally");
  EXPECT_EQ(ally.affiliations[0].rule, "description-person");
}

TEST(DescribedByAnotherActor, AnAideToATitleIsTheAideOfItsHolderOnTheDate) {
  // On 2024-03-08 the registry's Russian president is Vladimir Putin.
  Extraction x = Extract(
      "An aide to the Russian president told reporters that Moscow would "
      "not attend the talks in Oslo.");
  const ExtractedStatement* s = SaidBy(x, "aide to Vladimir Putin");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(s->speaker_rule, "description-person");
  EXPECT_THAT(About(x, *s), Contains("Russia"));
  EXPECT_EQ(SaidBy(x, "Russia"), nullptr);
}

TEST(DescribedByAnotherActor, ANameBeforeTheHeadNounAndTheAideLater) {
  Extraction x = Extract(
      "Pavel Sorin arrived in Oslo on Monday. A Sorin aide said Iceland had "
      "broken the agreement. The aide said Norway would raise the matter in "
      "Brussels.");
  ASSERT_EQ(x.statements.size(), 2u) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, x.statements[0].speaker), "aide to Pavel Sorin");
  EXPECT_EQ(x.statements[0].speaker_rule, "description-person");
  EXPECT_EQ(NameOf(x, x.statements[1].speaker), "aide to Pavel Sorin");
}

TEST(DescribedByAnotherActor, ASpokesmanForAnOrganisationSpeaksForIt) {
  Extraction x = Extract(
      "A spokesman for the Icelandic Fisheries Directorate said Norway had "
      "ignored the ruling.");
  const ExtractedStatement* s = SaidBy(x, "Icelandic Fisheries Directorate");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(s->speaker_rule, "description-speaks-for");
  EXPECT_EQ(x.actors[s->speaker].kind, ActorKind::kOrganization);
  EXPECT_LT(s->confidence, 0.5f);
}

TEST(DescribedByAnotherActor, AfterTheVerbAndAfterAccordingTo) {
  Extraction x = Extract(
      "Norway had ignored the ruling, said a spokeswoman for the Icelandic "
      "Fisheries Directorate.\n\n"
      "According to an aide to Pavel Sorin, Iceland will appeal.");
  EXPECT_NE(SaidBy(x, "Icelandic Fisheries Directorate"), nullptr)
      << testing::PrintToString(Said(x));
  EXPECT_NE(SaidBy(x, "aide to Pavel Sorin"), nullptr)
      << testing::PrintToString(Said(x));
  EXPECT_EQ(SaidBy(x, "Pavel Sorin"), nullptr);
}

TEST(DescribedByAnotherActor,
     APressServiceAndSourcesCloseToSpeakForTheirActor) {
  Extraction x = Extract(
      "The Kremlin's press service said on Tuesday that Putin had spoken "
      "with Olga Tamm.\n\n"
      "Sources close to the Kremlin said Moscow would answer the sanctions.");
  ASSERT_EQ(x.statements.size(), 2u) << testing::PrintToString(Said(x));
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_EQ(NameOf(x, s.speaker), "Presidential Executive Office (Russia)");
    EXPECT_EQ(s.speaker_rule, "description-speaks-for");
  }
  EXPECT_EQ(x.statements[0].date, *Date::Parse("2024-03-05"));
}

TEST(DescribedByAnotherActor, StateMediaOfANamedStateIsAMediaActor) {
  Extraction x = Extract(
      "Russian state TV said Norway had expelled two diplomats.\n\n"
      "Iceland will protest, according to Russia's state television.");
  const ExtractedStatement* s = SaidBy(x, "Russian state TV");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(s->speaker_rule, "description-media");
  EXPECT_EQ(x.actors[s->speaker].kind, ActorKind::kMediaOutlet);
  EXPECT_NE(SaidBy(x, "Russia's state television"), nullptr)
      << testing::PrintToString(Said(x));
}

TEST(DescribedByAnotherActor, QuotedAsSayingWithANewNameOrAnApposition) {
  Extraction x = Extract(
      "The Daily Courier quoted Lars Eide as saying that Iceland would "
      "lodge a protest.\n\n"
      "Russian state TV quoted the head of the Norwegian delegation, Arne "
      "Holt, as saying that the talks would resume in April.");
  const ExtractedStatement* eide = SaidBy(x, "Lars Eide");
  ASSERT_NE(eide, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(eide->text, "Iceland would lodge a protest");
  ASSERT_EQ(eide->reported_by.size(), 1u);
  EXPECT_EQ(NameOf(x, eide->reported_by[0].outlet), "Daily Courier");
  EXPECT_EQ(eide->reported_by[0].kind, ReportKind::kQuoted);
  const ExtractedStatement* holt = SaidBy(x, "Arne Holt");
  ASSERT_NE(holt, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(holt->speaker_rule, "outlet-quoted-apposition-as-saying");
  ASSERT_EQ(holt->reported_by.size(), 1u);
  EXPECT_EQ(NameOf(x, holt->reported_by[0].outlet), "Russian state TV");
}

TEST(DescribedByAnotherActor, AnUnresolvedDescriptionLeavesTheSpeakerEmpty) {
  Extraction x = Extract(
      "\"Talks will resume,\" a Western diplomat said. \"Nobody wants a "
      "collapse.\"\n\n"
      "Norway would sign, said a diplomat familiar with the talks.\n\n"
      "Olga Tamm said Iceland had agreed. \"It is done,\" she said.");
  ASSERT_EQ(x.statements.size(), 5u) << testing::PrintToString(Said(x));
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(x.statements[i].speaker, -1) << x.statements[i].text;
    EXPECT_EQ(x.statements[i].speaker_rule, "description-unresolved");
    EXPECT_LT(x.statements[i].confidence, 0.3f);
  }
  EXPECT_EQ(x.statements[1].text, "Nobody wants a collapse.");
  EXPECT_EQ(x.statements[2].text, "Norway would sign");
  // A speaker-less statement is not the antecedent of a pronoun.
  EXPECT_EQ(NameOf(x, x.statements[4].speaker), "Olga Tamm");
  // AddExtraction leaves statements with no speaker out of the graph.
  Graph g;
  AddExtractionReport report;
  ASSERT_TRUE(AddExtraction(g, x, {}, &report).ok());
  EXPECT_EQ(report.statements_added, 2u);
}

TEST(DescribedByAnotherActor, ADescriptionInAppositionIsNotTheSpeaker) {
  Extraction x =
      Extract("Olga Tamm, a critic of Pavel Sorin, said the vote was rigged.");
  ASSERT_EQ(x.statements.size(), 1u) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, x.statements[0].speaker), "Olga Tamm");
  for (const ExtractedActor& a : x.actors) {
    EXPECT_NE(a.name, "critic of Pavel Sorin");
  }
}

TEST(DescribedByAnotherActor, ADescriptionAsAnObjectIsNotTheSpeaker) {
  Extraction x = Extract(
      "Olga Tamm thanked an ally of Pavel Sorin and said the vote was fair.");
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_EQ(NameOf(x, s.speaker), "Olga Tamm") << s.text;
  }
  EXPECT_FALSE(x.statements.empty());
}

TEST(DescribedByAnotherActor, NoGuessWhereTheTextNamesNoActorForIt) {
  Extraction x = Extract(
      "A diplomat familiar with the talks said Norway would sign.\n\n"
      "An ally of Norway said the plan would fail.\n\n"
      "A state news agency said Iceland had recalled its envoy.\n\n"
      "Allies of Olga Tamm said she would run again.");
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_NE(NameOf(x, s.speaker), "Norway") << s.text;
    EXPECT_NE(NameOf(x, s.speaker), "Iceland") << s.text;
    EXPECT_NE(NameOf(x, s.speaker), "Olga Tamm") << s.text;
  }
  for (const ExtractedActor& a : x.actors) {
    EXPECT_THAT(a.name, testing::Not(HasSubstr("news agency")));
    EXPECT_THAT(a.name, testing::Not(HasSubstr("ally of")));
  }
}

TEST(Dateline, AfterHeaderLinesIsNotPartOfTheWords) {
  Extraction x = Extract(
      "DATE: 2024-03-08\n\n"
      "OSLO, March 8 (Daily Courier) - Norway will close its fishing waters "
      "to Icelandic boats from April, Olga Tamm said.\n");
  ASSERT_EQ(x.statements.size(), 1u) << testing::PrintToString(Said(x));
  EXPECT_EQ(x.statements[0].text,
            "Norway will close its fishing waters to Icelandic boats from "
            "April");
  EXPECT_EQ(x.document_date_rule, "header-line");
}

// ------------------------------------- transcripts with other labels

TEST(TranscriptLabels, QuestionLabelsNameTheirOutlet) {
  Extraction x = Extract(
      "Weekly Briefing by the Spokesperson\n\n"
      "Olga Tamm: Good afternoon.\n\n"
      "Question (Harbour Times): Norway's foreign ministry said on Monday "
      "that Icelandic trawlers had crossed the line. Your comment?\n\n"
      "Olga Tamm: We reject that claim.\n");
  ASSERT_EQ(x.statements.size(), 3u) << testing::PrintToString(Said(x));
  const ExtractedStatement& reported = x.statements[1];
  EXPECT_TRUE(reported.in_question);
  EXPECT_EQ(reported.text, "Icelandic trawlers had crossed the line");
  ASSERT_EQ(reported.reported_by.size(), 1u);
  EXPECT_EQ(NameOf(x, reported.reported_by[0].outlet), "Harbour Times");
  EXPECT_EQ(x.actors[reported.reported_by[0].outlet].kind,
            ActorKind::kMediaOutlet);
  EXPECT_EQ(NameOf(x, x.statements[2].speaker), "Olga Tamm");
  ASSERT_EQ(x.statements[2].links.size(), 1u);
  EXPECT_EQ(x.statements[2].links[0].statement, 1);
  for (const ExtractedActor& a : x.actors) {
    EXPECT_THAT(a.name, testing::Not(HasSubstr("Question")));
  }
}

TEST(TranscriptLabels, ATitleAndAnHonorificBeforeTheName) {
  Extraction x = Extract(
      "Media Briefing\n\n"
      "Official Spokesperson, Shri Anil Varma: Welcome. Norway's minister "
      "arrives tomorrow.\n\n"
      "Question (Harbour Times): Will the talks cover fishing?\n\n"
      "Shri Anil Varma: They will.\n");
  ASSERT_EQ(x.statements.size(), 2u) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, x.statements[0].speaker), "Anil Varma");
  EXPECT_EQ(x.statements[0].text,
            "Welcome. Norway's minister arrives tomorrow.");
  EXPECT_EQ(x.statements[1].speaker, x.statements[0].speaker);
}

TEST(TranscriptLabels, RelationshipsInAQuestionOnlyFromItsReportedSpeech) {
  Extraction x = Extract(
      "Briefing\n\n"
      "Olga Tamm: Good afternoon.\n\n"
      "Question (Harbour Times): Pavel Sorin said that Norway and Iceland "
      "are strategic partners. Are Norway and Iceland allies?\n\n"
      "Olga Tamm: I refer you to Mr Sorin.\n");
  ASSERT_EQ(x.relationships.size(), 1u);
  EXPECT_EQ(x.relationships[0].key, "strategic_partnership");
  ASSERT_GE(x.relationships[0].statement, 0);
  EXPECT_EQ(NameOf(x, x.statements[x.relationships[0].statement].speaker),
            "Pavel Sorin");
}

// -------------------------------- a name in apposition to a description

TEST(AppositionName, AfterADescriptionTheNameSpeaks) {
  Extraction x = Extract(
      "Olga Tamm's spokesman, Lars Eide, said on Tuesday that the visit "
      "would go ahead.\n\n"
      "A Norwegian spokesperson, Kari Lunde, said Iceland had been "
      "informed.\n\n"
      "A spokesman for Norway's fisheries ministry, Jon Berg, told reporters "
      "that the quota stood.");
  ASSERT_EQ(x.statements.size(), 3u) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, x.statements[0].speaker), "Lars Eide");
  EXPECT_EQ(x.statements[0].speaker_rule, "apposition-name-after-description");
  EXPECT_EQ(x.statements[0].date, *Date::Parse("2024-03-05"));
  EXPECT_EQ(NameOf(x, x.statements[1].speaker), "Kari Lunde");
  EXPECT_EQ(NameOf(x, x.statements[2].speaker), "Jon Berg");
  EXPECT_EQ(x.statements[2].text, "the quota stood");
  EXPECT_EQ(x.actors[x.statements[2].speaker].kind, ActorKind::kPerson);
}

TEST(AppositionName, NotWithoutADescriptionBeforeIt) {
  // A list of names, and a place before the name, are no description.
  Extraction x =
      Extract("In Reykjavik, Pavel Sorin, Olga Tamm said the vote was fair.");
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_NE(s.speaker_rule, "apposition-name-after-description");
  }
}

// --------------------------------- the addressee and the clause's end

TEST(ToldAddressee, AnAddresseeTheRegistryDoesNotKnowIsNotTheWords) {
  Extraction x = Extract(
      "Olga Tamm told lawmakers in Bergen that Norway would not yield.\n\n"
      "Pavel Sorin told the Harbour Times last week that Iceland was "
      "ready.");
  ASSERT_EQ(x.statements.size(), 2u) << testing::PrintToString(Said(x));
  EXPECT_EQ(x.statements[0].text, "Norway would not yield");
  EXPECT_EQ(x.statements[1].text, "Iceland was ready");
  // "last week" (2024-02-26 to 2024-03-03) dates it at the month its ends
  // share... here two months: the year.
  EXPECT_EQ(x.statements[1].date, *Date::Parse("2024"));
}

TEST(StatementDate, APastWeekInOneMonthGivesTheMonth) {
  DocumentInfo info;
  info.publication_date = *Date::Parse("2024-03-21");
  absl::StatusOr<Extraction> x = TheExtractor().Extract(
      "Olga Tamm said last week that Norway would sign.", info);
  ASSERT_TRUE(x.ok());
  ASSERT_EQ(x->statements.size(), 1u);
  EXPECT_EQ(x->statements[0].date, *Date::Parse("2024-03"));
}

TEST(ClauseEnd, ButWithAnotherSubjectEndsTheWords) {
  Extraction x = Extract(
      "Norway has described the quota as unfair, but a spokesman for "
      "Iceland, Jon Berg, said the quota would stay.");
  ASSERT_EQ(x.statements.size(), 2u) << testing::PrintToString(Said(x));
  EXPECT_EQ(x.statements[0].text, "the quota as unfair");
  EXPECT_EQ(NameOf(x, x.statements[1].speaker), "Jon Berg");
}

// ------------------------------------------- what dates a statement

TEST(StatementDate, SinceAndRelativeClausesDoNotDateIt) {
  Extraction x = Extract(
      "Olga Tamm raised the case of a sailor held since February 12, and "
      "said Norway wanted him home.\n\n"
      "Pavel Sorin thanked Norway for the festival, which opened on "
      "Monday, and said Iceland would send a delegation.");
  // "thanked Norway for the festival" is a statement too (a thanks), and
  // so is "raised the case of ..." (docs/text.md step 32).
  ASSERT_EQ(x.statements.size(), 4u) << testing::PrintToString(Said(x));
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_FALSE(s.date.is_known()) << s.text;
  }
}

// ----------------------------------------------- call readouts

TEST(Readout, AHeadingNamingACallMakesAReadout) {
  Extraction x = Extract(
      "Prime Minister Olga Tamm's call with President Pavel Sorin of "
      "Iceland\n\n"
      "Prime Minister Olga Tamm spoke with President Pavel Sorin of Iceland "
      "today.\n\n"
      "The Prime Minister congratulated President Sorin on the election, "
      "and said Norway valued its partnership with Iceland \"more than "
      "ever\".\n\n"
      "President Sorin said Iceland would stay neutral.");
  EXPECT_EQ(x.info.genre, Genre::kReadout);
  ASSERT_GE(x.statements.size(), 2u) << testing::PrintToString(Said(x));
  const ExtractedStatement& valued = x.statements[x.statements.size() - 2];
  EXPECT_EQ(NameOf(x, valued.speaker), "Olga Tamm");
  EXPECT_EQ(valued.quote, QuoteKind::kDirectQuote);
  EXPECT_EQ(valued.text, "more than ever");
  EXPECT_THAT(About(x, valued), Contains("Iceland"));
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_EQ(s.date, *Date::Parse("2024-03-08")) << s.text;
    EXPECT_EQ(s.links.size(), 0u) << s.text;  // no lede in a readout
  }
  EXPECT_EQ(NameOf(x, x.statements.back().speaker), "Pavel Sorin");
}

TEST(Readout, ANewsReportIsNotOne) {
  Extraction x = Extract(
      "Norway and Iceland hold talks\n\n"
      "Olga Tamm spoke with Pavel Sorin on Tuesday. Tamm said Norway "
      "wanted a deal.");
  EXPECT_NE(x.info.genre, Genre::kReadout);
}

// -------------------------- a quotation that closes a reported clause

TEST(QuotedFragment, ClosingAReportedClauseIsTheQuoteAboutTheClause) {
  Extraction x = Extract(
      "Olga Tamm said the agreement with Iceland was \"long overdue\".\n\n"
      "Pavel Sorin described Norway's offer as \"a good start\".");
  ASSERT_EQ(x.statements.size(), 2u) << testing::PrintToString(Said(x));
  EXPECT_EQ(x.statements[0].quote, QuoteKind::kDirectQuote);
  EXPECT_EQ(x.statements[0].text, "long overdue");
  EXPECT_THAT(About(x, x.statements[0]), Contains("Iceland"));
  // "described X as "..."" keeps the quotation.
  EXPECT_EQ(x.statements[1].quote, QuoteKind::kDirectQuote);
  EXPECT_EQ(x.statements[1].text, "a good start");
}

// --------------------------------------- what the parties agreed

TEST(Agreed, BothSidesAndTheLeadersAgreeForTheTwoLastNamed) {
  Extraction x = Extract(
      "Olga Tamm spoke with Pavel Sorin on Tuesday.\n\n"
      "Both sides agreed to reopen the ferry line to Iceland by May.\n\n"
      "The leaders agreed that Norway and Iceland would meet again.");
  ASSERT_EQ(x.statements.size(), 2u) << testing::PrintToString(Said(x));
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_EQ(NameOf(x, s.speaker), "Olga Tamm") << s.text;
    ASSERT_EQ(s.co_speakers.size(), 1u) << s.text;
    EXPECT_EQ(NameOf(x, s.co_speakers[0]), "Pavel Sorin");
    // The lexicon's code for "agreed" (050, diplomatic cooperation).
    EXPECT_EQ(s.event_type.code, "050") << s.text;
  }
  EXPECT_EQ(x.statements[0].text, "to reopen the ferry line to Iceland by May");
  EXPECT_EQ(x.statements[1].text, "Norway and Iceland would meet again");
}

TEST(Agreed, TwoStatesAgreeingIsAnActNotAStatement) {
  Extraction x = Extract(
      "Norway and Iceland agreed on Tuesday to share the quota, Olga Tamm "
      "said.");
  ASSERT_EQ(x.statements.size(), 1u) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, x.statements[0].speaker), "Olga Tamm");
}

TEST(Agreed, TheTimeOfTheCallDatesWhatTheLeadersAgreed) {
  Extraction x = Extract(
      "Olga Tamm discussed the quota with Pavel Sorin by phone on Tuesday, "
      "and the two leaders agreed that Norway and Iceland would meet.");
  ASSERT_EQ(x.statements.size(), 1u) << testing::PrintToString(Said(x));
  EXPECT_EQ(x.statements[0].date, *Date::Parse("2024-03-05"));
}

// ---------------------------------------------------- blaming

TEST(Blamed, AsXBlamedYIsAnAccusationOfX) {
  Extraction x = Extract(
      "Olga Tamm said on Thursday that the harbour would reopen, as Iceland "
      "blamed Norway for the closure.");
  ASSERT_EQ(x.statements.size(), 2u) << testing::PrintToString(Said(x));
  EXPECT_EQ(x.statements[0].text, "the harbour would reopen");
  EXPECT_EQ(NameOf(x, x.statements[1].speaker), "Iceland");
  EXPECT_EQ(x.statements[1].event_type.code, "112");
  EXPECT_EQ(x.statements[1].text, "the closure");
  EXPECT_THAT(About(x, x.statements[1]), Contains("Norway"));
}

// ------------------------- a state's office holder named later

TEST(StateTitle, ThePersonNamedLaterWithTheTitleSpeaks) {
  Extraction x = Extract(
      "Norway's fisheries minister said on Thursday that the quota would be "
      "cut.\n\n"
      "Fisheries Minister Lars Eide told lawmakers that stocks had fallen. "
      "\"We have no choice,\" Eide said.");
  ASSERT_EQ(x.statements.size(), 3u) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, x.statements[0].speaker), "Lars Eide");
  EXPECT_EQ(x.statements[0].speaker_rule, "title-of-state-named-later");
  EXPECT_EQ(x.statements[0].date, *Date::Parse("2024-03-07"));
  // The later statements carry the date of his first one.
  EXPECT_EQ(x.statements[1].date, *Date::Parse("2024-03-07"));
  bool affiliated = false;
  for (const ExtractedAffiliation& a :
       x.actors[x.statements[0].speaker].affiliations) {
    affiliated |= NameOf(x, a.organization) == "Norway";
  }
  EXPECT_TRUE(affiliated);
}

TEST(StateTitle, WithNoOneNamedTheStateSpeaks) {
  Extraction x =
      Extract("Norway's fisheries minister said the quota would be cut.");
  ASSERT_EQ(x.statements.size(), 1u) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, x.statements[0].speaker), "Norway");
  EXPECT_EQ(x.statements[0].speaker_rule, "description-of-state");
}

TEST(StatementDate, ATimeInTheNextClauseIsNotTheStatements) {
  Extraction x = Extract(
      "Iceland has described the quota as unfair, but Olga Tamm said on "
      "Tuesday "
      "that it would stay.");
  ASSERT_EQ(x.statements.size(), 2u) << testing::PrintToString(Said(x));
  EXPECT_FALSE(x.statements[0].date.is_known());
  EXPECT_EQ(x.statements[1].date, *Date::Parse("2024-03-05"));
}

// ---------------------------- "X was quoted by Z as saying that ..."

TEST(QuotedBy, TheNameBeforeTheAuxiliarySpeaksRelayedByTheOutlet) {
  Extraction x = Extract(
      "Lars Eide, the harbour's deputy director, was quoted by Fjord Wire "
      "as saying that ferries to Iceland were being rerouted.");
  ASSERT_EQ(x.statements.size(), 1u) << testing::PrintToString(Said(x));
  const ExtractedStatement& s = x.statements[0];
  EXPECT_EQ(NameOf(x, s.speaker), "Lars Eide");
  EXPECT_EQ(s.speaker_rule, "speaker-was-quoted-by-outlet");
  EXPECT_EQ(s.text, "ferries to Iceland were being rerouted");
  ASSERT_EQ(s.reported_by.size(), 1u);
  EXPECT_EQ(NameOf(x, s.reported_by[0].outlet), "Fjord Wire");
  EXPECT_EQ(s.reported_by[0].kind, ReportKind::kQuoted);
  EXPECT_EQ(x.actors[s.reported_by[0].outlet].kind, ActorKind::kMediaOutlet);
}

// ------------------------------------------- places and organisations

TEST(Places, AlongOffTravelToAndPortOf) {
  Extraction x = Extract(
      "Olga Tamm said patrols along the Line of Control near Skarvik would "
      "grow, that a trawler was held off Mykines Island, that she would "
      "travel to Tromsdal and that ferries sailed to the port of Hvalby.");
  std::vector<std::string> places;
  for (const ExtractedActor& a : x.actors) {
    if (a.kind == ActorKind::kPlace) places.push_back(a.name);
  }
  EXPECT_THAT(places, Contains("Line of Control"));
  EXPECT_THAT(places, Contains("Mykines Island"));
  EXPECT_THAT(places, Contains("Tromsdal"));
  EXPECT_THAT(places, Contains("Hvalby"));
}

TEST(Places, AnOrganisationNameAfterAPreposition) {
  Extraction x = Extract(
      "Olga Tamm said a pumping station of the Nordic Pipeline Consortium "
      "was damaged, and she met the head of the Fjord Company in Oslo.");
  int orgs = 0;
  for (const ExtractedActor& a : x.actors) {
    if (a.name == "Nordic Pipeline Consortium" || a.name == "Fjord Company") {
      EXPECT_EQ(a.kind, ActorKind::kOrganization) << a.name;
      ++orgs;
    }
    // "to Olga" or "of the head" name nothing.
    EXPECT_NE(a.name, "head");
  }
  EXPECT_EQ(orgs, 2);
}

TEST(StateMinistry, APossessiveStatesMinistrySpeaks) {
  Extraction x = Extract(
      "Norway's fisheries ministry said on Tuesday that the quota would "
      "stay.");
  ASSERT_EQ(x.statements.size(), 1u) << testing::PrintToString(Said(x));
  const ExtractedStatement& s = x.statements[0];
  EXPECT_EQ(NameOf(x, s.speaker), "Norway's fisheries ministry");
  EXPECT_EQ(x.actors[s.speaker].kind, ActorKind::kOrganization);
  EXPECT_EQ(s.speaker_rule, "description-ministry");
  EXPECT_EQ(s.date, *Date::Parse("2024-03-05"));
}

}  // namespace
}  // namespace diplograph
