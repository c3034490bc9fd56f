// Tests of the text extractor (text.h) on the constructions of docs/text.md
// step 69: a relationship predicated of the one state a quoted sentence
// names ("Greece is a great ally," he said); the kinship wordings
// ("brotherly relations", "a brother country", "sister nations"); a
// possessive pronoun capitalised at its sentence's start ("Our strategic
// partnership with X"); a phrase coordinated after one held "in" a body
// ("our partner in the European Union and our ally in NATO"); a predicate
// set off by commas after the group it describes ("X and Y, as strategic
// partners, ..."); bare ties ("bilateral relations") as no relationship
// unless qualified or given a basis; a joint statement's title over two
// lines in capitals; a transcript's bare title label ("Spokesperson:") as
// the person an earlier label gave the title; and a description with a
// phrase after its role noun before an apposed name ("The Chinese
// ambassador in London, X, said"); an organisation before "allies" as the
// frame; "X, as Y's ally,"; "two of our closest allies"; "X, which is a
// partner of Y"; the two states of a statement two persons make ("Both
// sides agreed ..."); a page's banner naming its publisher's state. Every
// text is written for the test, with invented people; states come from
// the registry.

#include <string>
#include <vector>

#include "diplograph/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"

namespace diplograph {
namespace {

using text_testing::Names;
using text_testing::Relations;

Extraction Extract(const std::string& text,
                   const std::string& date = "2026-06-30") {
  return text_testing::ExtractDated(text_testing::RegistryOnlyExtractor(), text,
                                    date);
}

// The label of the relationship that joins the two named actors (either
// way), or "" when none does.
std::string LabelBetween(const Extraction& x, const std::string& a,
                         const std::string& b) {
  for (const ExtractedRelationship& r : x.relationships) {
    const std::string from = text_testing::NameOf(x, r.from);
    const std::string to = text_testing::NameOf(x, r.to);
    if ((from == a && to == b) || (from == b && to == a)) return r.label;
  }
  return "";
}

bool HasLabel(const Extraction& x, const std::string& a, const std::string& b,
              const std::string& label) {
  for (const ExtractedRelationship& r : x.relationships) {
    const std::string from = text_testing::NameOf(x, r.from);
    const std::string to = text_testing::NameOf(x, r.to);
    if (((from == a && to == b) || (from == b && to == a)) &&
        r.label == label) {
      return true;
    }
  }
  return false;
}

// The speaker's name of each statement, in order.
std::vector<std::string> Speakers(const Extraction& x) {
  std::vector<std::string> out;
  for (const ExtractedStatement& s : x.statements) {
    out.push_back(text_testing::NameOf(x, s.speaker));
  }
  return out;
}

constexpr char kLede[] =
    "ROME, June 30 (Reuters) - Italian Foreign Minister Marco Ferlini said "
    "on Tuesday that the talks would continue.\n\n";

// A quoted sentence naming one state, attributed by a pronoun: the state
// and the speaker's state are the ends.
TEST(CopulaSpeaker, OneStateInAQuotationAttributedByAPronoun) {
  const Extraction x =
      Extract(std::string(kLede) + "\"Greece is a great ally,\" he said.\n");
  EXPECT_EQ(LabelBetween(x, "Greece", "Italy"), "ally")
      << testing::PrintToString(Relations(x));
}

TEST(CopulaSpeaker, NoArticleNoRelationship) {
  // "the ally" describes no tie of the speaker's state.
  const Extraction x = Extract(std::string(kLede) +
                               "\"Greece is the ally that matters,\" he "
                               "said.\n");
  EXPECT_EQ(LabelBetween(x, "Greece", "Italy"), "");
}

TEST(Kinship, BrotherCountryAndSisterNations) {
  const Extraction x = Extract(std::string(kLede) +
                               "\"Malta is a brother country,\" he said.\n\n"
                               "Ferlini said Portugal and Spain were sister "
                               "nations.\n");
  EXPECT_EQ(LabelBetween(x, "Malta", "Italy"), "brother country");
  EXPECT_EQ(LabelBetween(x, "Portugal", "Spain"), "sister nations")
      << testing::PrintToString(Relations(x));
}

TEST(Kinship, FraternalTiesAndBrotherlyRelations) {
  const Extraction x = Extract(
      "Tunisia and Algeria enjoy historic and fraternal ties, the two "
      "ministers said. Morocco values its brotherly relations with "
      "Mauritania, the ministry said.\n");
  EXPECT_EQ(LabelBetween(x, "Tunisia", "Algeria"), "fraternal ties");
  EXPECT_EQ(LabelBetween(x, "Morocco", "Mauritania"), "brotherly relations")
      << testing::PrintToString(Relations(x));
}

TEST(Kinship, TheMuslimBrotherhoodIsNoTie) {
  const Extraction x = Extract(
      "Egypt and Jordan discussed the Muslim Brotherhood, the ministers "
      "said.\n");
  EXPECT_EQ(LabelBetween(x, "Egypt", "Jordan"), "")
      << testing::PrintToString(Relations(x));
}

// "Our" opening a quoted sentence is the speaker's side.
TEST(Possessor, CapitalisedOurOpeningTheSentence) {
  const Extraction x = Extract(std::string(kLede) +
                               "\"Our strategic partnership with Egypt "
                               "stands,\" Ferlini said.\n");
  EXPECT_EQ(LabelBetween(x, "Italy", "Egypt"), "strategic partnership")
      << testing::PrintToString(Relations(x));
}

// A phrase coordinated after one held in a body shares the copula's ends.
TEST(Coordination, PartnerInOneBodyAndAllyInAnother) {
  const Extraction x = Extract(
      std::string(kLede) +
      "\"Austria is our neighbour, our partner in the European Union and "
      "our ally in the Council of Europe,\" Ferlini said.\n");
  EXPECT_TRUE(HasLabel(x, "Austria", "Italy", "neighbour"));
  EXPECT_TRUE(HasLabel(x, "Austria", "Italy", "partner"));
  EXPECT_TRUE(HasLabel(x, "Austria", "Italy", "ally"))
      << testing::PrintToString(Relations(x));
}

// A predicate set off by commas right after the group it describes.
TEST(AsApposed, GroupThenAsPredicate) {
  const Extraction x = Extract(
      "Japan and Australia, as strategic partners, have deepened their "
      "cooperation in every field, the ministers said.\n");
  EXPECT_EQ(LabelBetween(x, "Japan", "Australia"), "strategic partners")
      << testing::PrintToString(Relations(x));
}

TEST(AsApposed, CapitalisedPredicate) {
  const Extraction x = Extract(
      "Chile and Peru, as Close Neighbours, will meet again in May, the "
      "statement said.\n");
  EXPECT_EQ(LabelBetween(x, "Chile", "Peru"), "Close Neighbours")
      << testing::PrintToString(Relations(x));
}

TEST(AsApposed, OneActorIsNoPair) {
  const Extraction x = Extract(
      "Ghana, as a close partner, will host the meeting, Nigeria said.\n");
  EXPECT_EQ(LabelBetween(x, "Ghana", "Nigeria"), "")
      << testing::PrintToString(Relations(x));
}

// Bare ties are what a sentence is about, not a relationship it names.
TEST(BareTies, DiscussedBilateralRelations) {
  const Extraction x = Extract(
      "Estonia and Finland discussed bilateral relations and the situation "
      "in the Baltic Sea, the ministry said.\n");
  EXPECT_EQ(LabelBetween(x, "Estonia", "Finland"), "")
      << testing::PrintToString(Relations(x));
}

TEST(BareTies, QualifiedTiesAreKept) {
  const Extraction x = Extract(
      "Kenya and Tanzania have longstanding ties, the ministers said.\n");
  EXPECT_EQ(LabelBetween(x, "Kenya", "Tanzania"), "ties")
      << testing::PrintToString(Relations(x));
}

TEST(BareTies, TiesGivenABasisAreKept) {
  const Extraction x = Extract(
      "Ferlini said Italy-Brazil relations are based on mutual respect and "
      "common interests.\n");
  EXPECT_EQ(LabelBetween(x, "Italy", "Brazil"), "relations")
      << testing::PrintToString(Relations(x));
}

// A joint statement's title in capitals over two lines: the text under it
// is the parties' joint statement.
TEST(JointTitle, TitleInCapitalsOverTwoLines) {
  const Extraction x = Extract(
      "Ministry of Foreign Affairs\n\n"
      "JOINT STATEMENT\n\n"
      "OF THE REPUBLIC OF CHILE AND THE REPUBLIC OF PERU ON FURTHER "
      "DEEPENING THEIR STRATEGIC PARTNERSHIP AND GOOD-NEIGHBOURLY TIES\n\n"
      "The Republic of Chile and the Republic of Peru, hereinafter referred "
      "to as \"the Sides\",\n\n"
      "have declared the following:\n\n"
      "1. The Sides agreed to hold the next meeting of the joint commission "
      "in Lima in 2027.\n\n"
      "2. The Sides welcomed the progress in the fisheries talks.\n");
  EXPECT_EQ(x.info.genre, Genre::kJointStatement);
  ASSERT_EQ(x.statements.size(), 1u) << testing::PrintToString(Speakers(x));
  EXPECT_EQ(x.statements[0].co_speakers.size(), 1u);
}

// "Spokesperson:" after "Spokesperson Nadia Rahman:" is Nadia Rahman.
TEST(TurnLabels, BareTitleAfterTitledName) {
  const Extraction x = Extract(
      "Weekly Press Briefing by the Spokesperson\n\n"
      "Spokesperson Nadia Rahman: Good afternoon. I have one announcement. "
      "The Foreign Minister will visit Malaysia next week.\n\n"
      "Question (Daily Sun): Is there any progress on the water talks?\n\n"
      "Spokesperson: The technical teams met last month, and the next round "
      "will be held in Dhaka.\n\n"
      "Question (New Age): Will the minister meet his counterpart?\n\n"
      "Spokesperson: I have nothing further to share at the moment.\n");
  const std::vector<std::string> speakers = Speakers(x);
  ASSERT_EQ(speakers.size(), 3u) << testing::PrintToString(speakers);
  for (const std::string& s : speakers) EXPECT_EQ(s, "Nadia Rahman");
}

// A role noun with a phrase after it, then the apposed name.
TEST(Apposition, RoleNounWithAPhraseBeforeTheName) {
  const Extraction x = Extract(
      "LONDON, June 30 (Reuters) - Britain said on Tuesday that the talks "
      "would continue.\n\n"
      "The Chinese ambassador in London, Wen Jiahao, said on Monday that "
      "China was ready to talk.\n\n"
      "The US Assistant Secretary of State for European Affairs, Dana "
      "Whitlock, told reporters that the talks were useful.\n");
  const std::vector<std::string> speakers = Speakers(x);
  EXPECT_THAT(speakers, testing::Contains("Wen Jiahao"));
  EXPECT_THAT(speakers, testing::Contains("Dana Whitlock"))
      << testing::PrintToString(speakers);
}

// An organisation before "allies" names the frame, not an end.
TEST(Frame, AnOrganisationBeforeAllies) {
  const Extraction x = Extract(std::string(kLede) +
                               "\"Finland and Lithuania are NATO allies,\" "
                               "Ferlini said.\n");
  EXPECT_EQ(LabelBetween(x, "Finland", "Lithuania"), "allies");
  EXPECT_EQ(LabelBetween(x, "Finland", "North Atlantic Treaty Organization"),
            "")
      << testing::PrintToString(Relations(x));
}

TEST(Frame, AnOrganisationsPartnershipKeepsIt) {
  const Extraction x = Extract(
      "The European Union partnership with Egypt has grown, Ferlini said.\n");
  EXPECT_NE(LabelBetween(x, "European Union", "Egypt"), "")
      << testing::PrintToString(Relations(x));
}

// "X, as Y's "ally", ...": the apposition opened by "as".
TEST(Possessor, AppositionOpenedByAs) {
  const Extraction x = Extract(
      std::string(kLede) +
      "Ferlini said Russia, as Armenia's \"strategic ally\", expected the "
      "railway to open.\n");
  EXPECT_EQ(LabelBetween(x, "Russia", "Armenia"), "ally")
      << testing::PrintToString(Relations(x));
}

TEST(AsApposed, MarksAndABodyAroundThePhrase) {
  const Extraction x =
      Extract(std::string(kLede) +
              "Ferlini said Indonesia and Malaysia, as \"close friends and "
              "neighbours in ASEAN\", shared an interest in peace.\n");
  EXPECT_TRUE(HasLabel(x, "Indonesia", "Malaysia", "friends"));
  EXPECT_TRUE(HasLabel(x, "Indonesia", "Malaysia", "neighbours"))
      << testing::PrintToString(Relations(x));
}

// "two of our closest allies": the speaker's side and each of the group.
TEST(Possessor, TwoOfOurClosestAllies) {
  const Extraction x = Extract(std::string(kLede) +
                               "\"Spain and Portugal are two of our closest "
                               "allies,\" Ferlini said.\n");
  EXPECT_EQ(LabelBetween(x, "Spain", "Italy"), "allies");
  EXPECT_EQ(LabelBetween(x, "Portugal", "Italy"), "allies")
      << testing::PrintToString(Relations(x));
}

// A relative clause's copula: its antecedent and the object after it.
TEST(RelativeCopula, WhichIsAFriendOf) {
  const Extraction x = Extract(std::string(kLede) +
                               "Ferlini praised Ghana, which remains a key "
                               "partner of Italy in West Africa.\n");
  EXPECT_EQ(LabelBetween(x, "Ghana", "Italy"), "partner")
      << testing::PrintToString(Relations(x));
}

TEST(RelativeCopula, NoObjectNoPair) {
  const Extraction x = Extract(std::string(kLede) +
                               "Ferlini praised Ghana, which remains a key "
                               "partner, and Togo.\n");
  EXPECT_EQ(LabelBetween(x, "Ghana", "Togo"), "")
      << testing::PrintToString(Relations(x));
}

// "Both sides agreed ..." in a readout: the two speakers' states.
TEST(SpeakersPair, BothSidesAgreedToRaiseRelations) {
  const Extraction x = Extract(
      "Ministry of Foreign Affairs of Spain\n\n"
      "Spanish Foreign Minister Ana Lopez met Portuguese Foreign Minister "
      "Luis Vaz in Madrid on Tuesday.\n\n"
      "Both sides agreed to raise bilateral relations to a strategic "
      "partnership.\n");
  EXPECT_EQ(LabelBetween(x, "Spain", "Portugal"), "strategic partnership")
      << testing::PrintToString(Relations(x));
}

// A page's banner: a ministry line over the government's line naming the
// state, and a department's line, make the publisher the speaker's state.
TEST(Publisher, MinistryLineOverGovernmentLine) {
  const Extraction x = Extract(
      "Ministry of External Affairs\n\n"
      "Government of India\n\n"
      "Weekly Media Briefing by the Official Spokesperson\n\n"
      "Shri Arvind Menon, Official Spokesperson: Good afternoon. Sri Lanka is "
      "a close friend and maritime neighbour.\n\n"
      "Question (PTI): Any update on the visit?\n\n"
      "Shri Arvind Menon, Official Spokesperson: Nothing further.\n");
  EXPECT_TRUE(HasLabel(x, "Sri Lanka", "India", "friend"))
      << testing::PrintToString(Relations(x));
}

TEST(Publisher, DepartmentOfState) {
  const Extraction x = Extract(
      "U.S. DEPARTMENT of STATE\n\n"
      "Department Press Briefing\n\n"
      "MR HOLT: Good afternoon. Mexico is a close partner.\n\n"
      "QUESTION: Thanks. On Canada and the U.S. position?\n\n"
      "MR HOLT: Canada is a great ally.\n");
  EXPECT_TRUE(HasLabel(x, "Mexico", "United States", "partner"));
  EXPECT_TRUE(HasLabel(x, "Canada", "United States", "ally"))
      << testing::PrintToString(Relations(x));
}

// "our ally, the Philippines,": the actors set off by commas after the
// phrase.
TEST(Possessor, ApposedActorsAfterOurPhrase) {
  const Extraction x = Extract(std::string(kLede) +
                               "\"We stand with our ally, Greece, and with "
                               "our partners, Spain and Portugal, in this "
                               "crisis,\" Ferlini said.\n");
  EXPECT_EQ(LabelBetween(x, "Italy", "Greece"), "ally");
  EXPECT_EQ(LabelBetween(x, "Italy", "Spain"), "partners");
  EXPECT_EQ(LabelBetween(x, "Italy", "Portugal"), "partners")
      << testing::PrintToString(Relations(x));
}

// A ministry's banner with the state's formal name beside it, a formal
// name alone and a demonym before "Government" name the publisher.
TEST(Publisher, MinistryBannerWithTheFormalName) {
  const Extraction x = Extract(
      "Ministry of Foreign Affairs Republic of Poland\n\n"
      "Press briefing by the Spokesperson\n\n"
      "Spokesperson Ewa Nowicka: Good morning. Lithuania is a close ally. "
      "We met the delegation of Latvia.\n\n"
      "Question (PAP): And Germany?\n\n"
      "Spokesperson Ewa Nowicka: Nothing further.\n");
  EXPECT_TRUE(HasLabel(x, "Lithuania", "Poland", "ally"))
      << testing::PrintToString(Relations(x));
}

TEST(Publisher, DemonymAndGovernment) {
  const Extraction x = Extract(
      "Fijian Government\n\n"
      "Prime Minister meets Indonesian envoy\n\n"
      "The Prime Minister, Hon. Sitiveni Rabuka, met the Ambassador of "
      "Indonesia in Suva today.\n\n"
      "\"Indonesia is a close friend,\" the Prime Minister said.\n");
  EXPECT_TRUE(HasLabel(x, "Indonesia", "Fiji", "friend"))
      << testing::PrintToString(Relations(x));
}

// A body's one-word name before a title ties the person to the body, and
// a body's registry membership gives the person's state.
TEST(Affiliation, BodyNameBeforeTitle) {
  const Extraction x = Extract(
      "MOSCOW, June 30 (Reuters) - Kremlin spokesman Pavel Orlov told "
      "reporters on Tuesday that \"Serbia is a great friend\" of Russia.\n");
  bool tied = false;
  for (const ExtractedActor& a : x.actors) {
    if (a.name == "Pavel Orlov") tied = !a.affiliations.empty();
  }
  EXPECT_TRUE(tied) << testing::PrintToString(Names(x));
}

TEST(Affiliation, StateOfTheBodyAPersonSpeaksFor) {
  const Extraction x = Extract(
      "WASHINGTON, June 30 (Reuters) - The United States will keep its "
      "troops in the region, officials said on Tuesday.\n\n"
      "State Department deputy spokesperson Lauren Pike said: \"Egypt is a "
      "great ally.\"\n");
  EXPECT_TRUE(HasLabel(x, "Egypt", "United States", "ally"))
      << testing::PrintToString(Relations(x));
}

// A labelling verb's object before a named possessor is what the phrase
// describes; a pronoun possessor is left to labels-as.
TEST(Possessor, LabelledObjectBeforeANamedPossessor) {
  const Extraction x = Extract(std::string(kLede) +
                               "Ferlini called Greece \"Cyprus's most "
                               "reliable ally\" and described Malta as "
                               "Tunisia's closest partner.\n");
  EXPECT_EQ(LabelBetween(x, "Greece", "Cyprus"), "ally");
  EXPECT_EQ(LabelBetween(x, "Malta", "Tunisia"), "partner")
      << testing::PrintToString(Relations(x));
}

TEST(Possessor, PronounPossessorStaysWithTheSubject) {
  const Extraction x = Extract(
      "Ferlini said Thailand regarded Germany as its most important trading "
      "partner in the European Union.\n");
  EXPECT_EQ(LabelBetween(x, "Thailand", "Germany"), "trading partner")
      << testing::PrintToString(Relations(x));
}

// "one of our allies and one of our largest trading partners".
TEST(Coordination, OneOfOurAfterAnd) {
  const Extraction x = Extract(std::string(kLede) +
                               "\"Austria is one of our closest allies and "
                               "one of our largest trading partners,\" "
                               "Ferlini said.\n");
  EXPECT_TRUE(HasLabel(x, "Austria", "Italy", "allies"));
  EXPECT_TRUE(HasLabel(x, "Austria", "Italy", "trading partners"))
      << testing::PrintToString(Relations(x));
}

}  // namespace
}  // namespace diplograph
