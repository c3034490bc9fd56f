// Tests of the text extractor (text.h) on the constructions of docs/text.md
// step 68: demonyms as the sides of a hyphenated pair ("Uzbek-American
// strategic partnership", "Sino-Russian ties"); a state's name beside a
// capitalised relationship ("the Canada-Mexico Partnership", "the U.S.-ROK
// Alliance"); a capitalised joint activity as a forum ("the U.S.-Kuwait
// Strategic Dialogue"); "trading partner" and the modifiers of a possessed
// phrase ("Japan's only ally"); phrases coordinated after a copula ("X is
// our partner and our neighbour", "... and a friend"); the speaker's state
// from the words naming the speaker; relative clauses that label their
// antecedent ("Y, which X described as its rival", "X, which regards Y as
// a partner") and labels with hyphens and marks; a relationship predicated
// of one state in a statement ("Italy is a friend") as its relation to the
// speaker's state; a name after "non-" or "anti-" as no end; two persons
// of two states in a partnership as their states; an apposition between a
// copula's subject and the copula; a hyphen among a possessor's modifiers;
// "As close neighbours, X and Y ..."; "a friend with whom ..."; a reporting
// verb after "and" sharing the subject of an act ("X briefed Y on ... and
// called for ..."); "the secretariat of X said"; "security partner"; a
// state's formal name as a government page's banner and "received a phone
// call from" as a call; "the Amir" as a head of state's title; a page's
// "Address:" line as no turn; "..., its foreign minister said" as the
// state's minister named later; "X called Y and Z partners" as X's
// partners; a joint activity of no field or quality ("agreed to deepen
// cooperation") as no relationship. Every text is
// written for the test, with invented people; states come from the registry.

#include <string>
#include <vector>

#include "diplograph/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"

namespace diplograph {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using text_testing::Names;
using text_testing::Relations;

Extraction Extract(const std::string& text,
                   const std::string& date = "2026-06-30") {
  return text_testing::ExtractDated(text_testing::RegistryOnlyExtractor(), text,
                                    date);
}

// Whether a relationship joins the two named actors (either way) with a
// label holding `label`.
bool HasRelation(const Extraction& x, const std::string& a,
                 const std::string& b, const std::string& label) {
  for (const ExtractedRelationship& r : x.relationships) {
    const std::string from = text_testing::NameOf(x, r.from);
    const std::string to = text_testing::NameOf(x, r.to);
    if (((from == a && to == b) || (from == b && to == a)) &&
        r.label.find(label) != std::string::npos) {
      return true;
    }
  }
  return false;
}

// Two demonyms joined by a hyphen name the two states of the relationship
// after them, also where the text names neither state otherwise.
TEST(DemonymPairs, TwoDemonymsJoinedByAHyphen) {
  const Extraction x = Extract(
      "The two presidents discussed the prospects of the Uzbek-American "
      "strategic partnership and regional issues.\n");
  EXPECT_TRUE(
      HasRelation(x, "Uzbekistan", "United States", "strategic partnership"))
      << testing::PrintToString(Relations(x));
}

TEST(DemonymPairs, RelationsOfThePairInANarratorsSentence) {
  const Extraction x = Extract(
      "ASTANA, June 29 - The sides agreed to raise Kazakh-Saudi relations to "
      "the level of a strategic partnership.\n");
  EXPECT_TRUE(HasRelation(x, "Kazakhstan", "Saudi Arabia", "relations") ||
              HasRelation(x, "Kazakhstan", "Saudi Arabia", "partnership"))
      << testing::PrintToString(Relations(x));
}

TEST(DemonymPairs, AnEnDashJoinsThemToo) {
  const Extraction x = Extract(
      "Officials in Jakarta praised Russian\xE2\x80\x93Indonesian ties, "
      "which they called a strategic partnership.\n");
  EXPECT_TRUE(HasRelation(x, "Russia", "Indonesia", "ties"))
      << testing::PrintToString(Relations(x));
}

// A demonym joined to a state's name, and China's combining form.
TEST(DemonymPairs, ADemonymBesideAStatesNameAndSino) {
  const Extraction x = Extract(
      "Foreign Minister Lena Varga said Sino-Hungarian relations had never "
      "been better.\n");
  EXPECT_TRUE(HasRelation(x, "China", "Hungary", "relations"))
      << testing::PrintToString(Relations(x));
}

// A demonym alone stays an adjective: no actor and no end.
TEST(DemonymPairs, ADemonymAloneNamesNoEnd) {
  const Extraction x = Extract(
      "Foreign Minister Lena Varga praised the Hungarian strategic "
      "partnership programme at a forum in Pecs.\n");
  EXPECT_THAT(Relations(x), IsEmpty());
  EXPECT_THAT(Names(x), Not(Contains("Hungary")));
}

// A pair of demonyms before a word that names no relationship adds no
// state: the state of a demonym is added only as a relationship's end.
TEST(DemonymPairs, NoRelationshipNoState) {
  const Extraction x = Extract(
      "Lena Varga attended the Polish-Lithuanian film festival in "
      "Vilnius.\n");
  EXPECT_THAT(Names(x), Not(Contains("Poland")));
  EXPECT_THAT(Relations(x), IsEmpty());
}

// "Sino" is China's only before a joiner and a state: a word that merely
// ends in it, or "Sino" alone, names no one.
TEST(DemonymPairs, SinoOnlyAsASide) {
  const Extraction x = Extract(
      "The Casino-Hungarian partnership fund was launched in Budapest.\n");
  EXPECT_THAT(Names(x), Not(Contains("China")));
}

// The mention finder reads a state's name before another capitalised word
// as part of a longer name; beside a pair's joiner it is the pair's side.
TEST(CapitalisedPairs, AStatesNameBeforeACapitalisedRelationship) {
  const Extraction x = Extract(
      "Foreign Minister Lena Varga praised the Canada-Mexico Partnership and "
      "the U.S.-ROK Alliance.\n");
  EXPECT_TRUE(HasRelation(x, "Canada", "Mexico", "Partnership"))
      << testing::PrintToString(Relations(x));
  EXPECT_TRUE(HasRelation(x, "United States", "South Korea", "Alliance"))
      << testing::PrintToString(Relations(x));
}

TEST(CapitalisedPairs, BothSidesBesideCapitalisedWords) {
  const Extraction x = Extract(
      "The ministers reaffirmed the strength of the Australia-ROK "
      "Comprehensive Strategic Partnership.\n");
  EXPECT_TRUE(HasRelation(x, "Australia", "South Korea",
                          "Comprehensive Strategic Partnership"))
      << testing::PrintToString(Relations(x));
}

// A state's name of several words after the joiner is read whole; a
// longer name of a city is no side.
TEST(CapitalisedPairs, NamesOfSeveralWordsAfterTheJoiner) {
  const Extraction x =
      Extract("Lena Varga praised the Canada-South Sudan Partnership.\n");
  EXPECT_TRUE(HasRelation(x, "Canada", "South Sudan", "Partnership"))
      << testing::PrintToString(Relations(x));
  const Extraction y =
      Extract("Lena Varga praised the Canada-Mexico City Partnership.\n");
  for (const std::string& r : Relations(y)) {
    EXPECT_THAT(r, Not(HasSubstr("Mexico"))) << r;
  }
}

// A joint activity named with capitals is a forum, not a relationship; in
// lower case it is the pair's activity.
TEST(CapitalisedPairs, ACapitalisedDialogueIsAForum) {
  const Extraction x = Extract(
      "Lena Varga will attend the third U.S.-Kuwait Strategic Dialogue in "
      "Washington.\n");
  EXPECT_THAT(Relations(x), IsEmpty());
  const Extraction y = Extract(
      "Lena Varga praised the deepening U.S.-Kuwait strategic dialogue.\n");
  EXPECT_TRUE(HasRelation(y, "United States", "Kuwait", "dialogue"))
      << testing::PrintToString(Relations(y));
}

// "trading partner" is a relationship of its own, after a possessor and
// the modifiers that rank it.
TEST(PossessedPhrases, TradingPartnerAndItsRank) {
  const Extraction x = Extract(
      "Lena Varga said China was Vietnam's biggest trading partner and "
      "that the United States was Japan's only ally.\n");
  EXPECT_TRUE(HasRelation(x, "China", "Vietnam", "trading partner"))
      << testing::PrintToString(Relations(x));
  EXPECT_TRUE(HasRelation(x, "United States", "Japan", "ally"))
      << testing::PrintToString(Relations(x));
}

// A symmetric phrase after a possessor runs from the one it describes:
// "China is Vietnam's ... partner" gives China, then Vietnam.
TEST(PossessedPhrases, TheDescribedSideComesFirst) {
  const Extraction x =
      Extract("Lena Varga said China was Vietnam's biggest trading partner.\n");
  ASSERT_EQ(x.relationships.size(), 1u) << testing::PrintToString(Relations(x));
  EXPECT_EQ(text_testing::NameOf(x, x.relationships[0].from), "China");
  EXPECT_EQ(text_testing::NameOf(x, x.relationships[0].to), "Vietnam");
}

// Phrases coordinated after a copula share its subject and possessor.
TEST(CoordinatedPredicates, OurPartnerAndOurNeighbour) {
  const Extraction x = Extract(
      "MEXICO CITY, June 29 - Mexican Foreign Minister Ana Ruiz said on "
      "Monday: \"The United States is our main trading partner and our "
      "neighbour.\"\n");
  EXPECT_TRUE(HasRelation(x, "United States", "Mexico", "trading partner"))
      << testing::PrintToString(Relations(x));
  EXPECT_TRUE(HasRelation(x, "United States", "Mexico", "neighbour"))
      << testing::PrintToString(Relations(x));
}

TEST(CoordinatedPredicates, OurKeyPartnerAndAFriend) {
  const Extraction x = Extract(
      "Mexican Foreign Minister Ana Ruiz said on Monday: \"Canada is our key "
      "partner and a friend.\"\n");
  EXPECT_TRUE(HasRelation(x, "Canada", "Mexico", "friend"))
      << testing::PrintToString(Relations(x));
}

// Another clause after the comma shares nothing.
TEST(CoordinatedPredicates, AnotherClauseSharesNothing) {
  const Extraction x = Extract(
      "Mexican Foreign Minister Ana Ruiz said on Monday that Canada is our "
      "partner, and that Peru and Chile had signed a friendship treaty.\n");
  for (const std::string& r : Relations(x)) {
    EXPECT_THAT(r, Not(HasSubstr("Canada -- Mexico: friendship"))) << r;
  }
  EXPECT_TRUE(HasRelation(x, "Canada", "Mexico", "partner"))
      << testing::PrintToString(Relations(x));
}

// "our" in the words of a speaker the text ties to no state but names by
// a state's office ("the President of Kazakhstan said"): that state.
TEST(SpeakerSide, TheStateOfTheWordsNamingTheSpeaker) {
  const Extraction x = Extract(
      "Official website of the President of the Republic of Kazakhstan\n\n"
      "Askar Temirbayev holds talks with President of China Gong Zhenyu\n\n"
      "29 June 2026\n\n"
      "The Head of State held talks with President of the People's Republic "
      "of China Gong Zhenyu, who is in Astana on a state visit.\n\n"
      "Askar Temirbayev warmly welcomed the guest.\n\n"
      "\"China is our reliable friend and our largest trading partner,\" the "
      "President of Kazakhstan said.\n");
  EXPECT_TRUE(HasRelation(x, "China", "Kazakhstan", "friend"))
      << testing::PrintToString(Relations(x));
  EXPECT_TRUE(HasRelation(x, "China", "Kazakhstan", "trading partner"))
      << testing::PrintToString(Relations(x));
}

// A relative clause that labels its antecedent: the clause's possessor and
// the antecedent are the ends.
TEST(RelativeLabels, WhichHeDescribedAsTheStatesRival) {
  const Extraction x = Extract(
      "Lena Varga spoke about China, which she described as the United "
      "States' principal strategic rival.\n");
  EXPECT_TRUE(HasRelation(x, "China", "United States", "strategic rival"))
      << testing::PrintToString(Relations(x));
}

TEST(RelativeLabels, WhichBeijingDescribesAsItsFriendInMarks) {
  const Extraction x = Extract(
      "Lena Varga said Beijing's ties with Pakistan, which Beijing describes "
      "as its \"all-weather friend\", would grow.\n");
  EXPECT_TRUE(HasRelation(x, "Pakistan", "China", "all-weather friend"))
      << testing::PrintToString(Relations(x));
}

TEST(RelativeLabels, WhichHeCalledAStatesPartner) {
  const Extraction x = Extract(
      "Lena Varga said Russia would keep Beijing, which she called "
      "Moscow's \"strategic partner\", fully informed.\n");
  EXPECT_TRUE(HasRelation(x, "China", "Russia", "strategic partner"))
      << testing::PrintToString(Relations(x));
}

// The relative pronoun as the clause's subject: the antecedent labels.
TEST(RelativeLabels, WhichRegardsYAsARival) {
  const Extraction x = Extract(
      "The United States, which regards China as a strategic rival, has "
      "sanctioned 300 firms.\n");
  EXPECT_TRUE(HasRelation(x, "United States", "China", "strategic rival"))
      << testing::PrintToString(Relations(x));
}

// No relative pronoun, no antecedent: "China, she described the rival".
TEST(RelativeLabels, NoPronounNoAntecedent) {
  const Extraction x = Extract(
      "On China, Lena Varga described the United States' principal "
      "strategic rival as a problem.\n");
  EXPECT_FALSE(HasRelation(x, "China", "United States", "strategic rival"))
      << testing::PrintToString(Relations(x));
}

// A label with a hyphen between its modifiers.
TEST(RelativeLabels, AHyphenatedLabel) {
  const Extraction x = Extract(
      "Lena Varga said Indonesia valued the United States as a "
      "long-standing friend and a key defence partner.\n");
  EXPECT_TRUE(HasRelation(x, "Indonesia", "United States", "friend"))
      << testing::PrintToString(Relations(x));
}

// "Italy is a friend" in the words of a speaker tied to a state: Italy and
// the speaker's state; a second phrase after "and" shares them.
TEST(SpeakersSide, AStateIsAFriend) {
  const Extraction x = Extract(
      "TRIPOLI, June 29 - Libyan Foreign Minister Salem Hadi said on Monday: "
      "\"Italy is a friend, and friends speak frankly.\"\n\n"
      "Hadi said Tunisia remained \"a strategic partner and a brother.\"\n");
  EXPECT_TRUE(HasRelation(x, "Italy", "Libya", "friend"))
      << testing::PrintToString(Relations(x));
  EXPECT_TRUE(HasRelation(x, "Tunisia", "Libya", "strategic partner"))
      << testing::PrintToString(Relations(x));
}

// Not in the narrator's words, not of a person, not with an object named
// ("a partner of the region"), not with the definite article.
TEST(SpeakersSide, NotTheNarratorsNorAPersonsNorWithAnObject) {
  const Extraction x = Extract(
      "TRIPOLI, June 29 - Italy is a friend of the region. Italy is a "
      "trusted partner.\n\n"
      "Libyan Foreign Minister Salem Hadi said Marco Bellini is a friend and "
      "that Italy is a partner of the Mediterranean states. He said Malta was "
      "the partner that mattered.\n");
  EXPECT_THAT(Relations(x), IsEmpty());
}

// "a Major Non-NATO Ally of the United States": NATO is no end.
TEST(NegatedNames, NonNatoAlly) {
  const Extraction x = Extract(
      "Lena Varga said the designation of Qatar as a Major Non-NATO Ally of "
      "the United States had served both countries well.\n");
  for (const std::string& r : Relations(x)) {
    EXPECT_THAT(r, Not(HasSubstr("NATO"))) << r;
  }
}

// Two ministers of two states in a partnership speak for their states;
// two leaders' own ties stay theirs.
TEST(PersonsOfStates, APartnershipOfTwoMinistersIsTheirStates) {
  const Extraction x = Extract(
      "Turkish Foreign Minister Kerem Aydin and Egyptian Foreign Minister "
      "Samir Fawzy reaffirmed their strategic partnership on Monday.\n");
  EXPECT_TRUE(
      HasRelation(x, "Turkey", "Egypt", "strategic partnership") ||
      HasRelation(x, "T\xC3\xBCrkiye", "Egypt", "strategic partnership"))
      << testing::PrintToString(Relations(x));
  const Extraction y = Extract(
      "Russian President Ivan Sorin touted his good ties with US President "
      "Dale Moran on Monday.\n");
  EXPECT_TRUE(HasRelation(y, "Ivan Sorin", "Dale Moran", "ties"))
      << testing::PrintToString(Relations(y));
}

// An apposition between the subject and the copula.
TEST(CopulaSubjects, AnAppositionBeforeTheCopula) {
  const Extraction x = Extract(
      "Lena Varga said Italy, Libya's former colonial ruler, is its largest "
      "trading partner in Europe.\n\n"
      "Mexican Foreign Minister Ana Ruiz said Peru, a member of the Andean "
      "Community, is our closest partner.\n");
  EXPECT_TRUE(HasRelation(x, "Italy", "Libya", "trading partner"))
      << testing::PrintToString(Relations(x));
  EXPECT_TRUE(HasRelation(x, "Peru", "Mexico", "partner"))
      << testing::PrintToString(Relations(x));
}

// A hyphen between a possessor's modifiers.
TEST(CopulaSubjects, AHyphenAmongThePossessorsModifiers) {
  const Extraction x = Extract(
      "Lena Varga said India's long-standing ties with Russia remain a sore "
      "point.\n");
  EXPECT_TRUE(HasRelation(x, "India", "Russia", "ties"))
      << testing::PrintToString(Relations(x));
}

// A predicate opening the sentence describes the group after its comma.
TEST(FrontedPredicates, AsCloseNeighboursXAndY) {
  const Extraction x = Extract(
      "Lena Varga spoke in Jakarta on Monday.\n\n"
      "As close neighbours and strategic partners, Indonesia and Malaysia "
      "share a long border, she said.\n");
  EXPECT_TRUE(HasRelation(x, "Indonesia", "Malaysia", "close neighbours"))
      << testing::PrintToString(Relations(x));
  EXPECT_TRUE(HasRelation(x, "Indonesia", "Malaysia", "strategic partners"))
      << testing::PrintToString(Relations(x));
}

// One actor after the comma is no pair; "as" inside the sentence is no
// fronted predicate.
TEST(FrontedPredicates, OneActorOrAsInsideGivesNothing) {
  const Extraction x = Extract(
      "As a close neighbour, Indonesia will help, Lena Varga said. She "
      "spoke as a partner, Malaysia and Brunei said.\n");
  EXPECT_THAT(Relations(x), IsEmpty());
}

// "with whom" opens a relative clause, not the phrase's object.
TEST(SpeakersSide, AFriendWithWhom) {
  const Extraction x = Extract(
      "Mexican Foreign Minister Ana Ruiz said on Monday: \"Korea is a friend "
      "with whom Mexico shares the values of freedom.\"\n");
  EXPECT_TRUE(HasRelation(x, "South Korea", "Mexico", "friend"))
      << testing::PrintToString(Relations(x));
}

// "X briefed Y on ... and called for ...": the reporting verb after "and"
// shares the subject of the act before it, not its object.
TEST(CoordinatedVerbs, AnActsSubjectNotItsObject) {
  const Extraction x = Extract(
      "President Ade Olowu briefed the Prime Minister on operations in the "
      "North-East and called for stronger European support for the Sahel.\n");
  EXPECT_EQ(text_testing::SpeakerOf(x, "stronger European support"),
            "Ade Olowu");
}

// Not when a reporting verb came before: it keeps its subject ("X said
// the minister had arrived and urged calm": X urged).
TEST(CoordinatedVerbs, AnEarlierReportingVerbKeepsItsSubject) {
  const Extraction x = Extract(
      "Lena Varga said the Prime Minister had arrived and urged calm.\n");
  EXPECT_EQ(text_testing::SpeakerOf(x, "calm"), "Lena Varga");
}

// "The secretariat of X said" speaks for X, as a spokesman for X does.
TEST(Descriptions, TheSecretariatOfAnOrganisation) {
  const Extraction x = Extract(
      "The secretariat of ASEAN said on Monday that the plan was sound.\n");
  EXPECT_EQ(text_testing::SpeakerOf(x, "the plan was sound"), "ASEAN");
}

// "security partner" is a wording of partnership.
TEST(PossessedPhrases, SecurityPartner) {
  const Extraction x = Extract(
      "Mexican Foreign Minister Ana Ruiz said on Monday: \"Canada is our "
      "security partner of choice.\"\n");
  EXPECT_TRUE(HasRelation(x, "Canada", "Mexico", "security partner"))
      << testing::PrintToString(Relations(x));
}

// "allied relations" is a wording of alliance.
TEST(PossessedPhrases, AlliedRelations) {
  const Extraction x = Extract(
      "Kazakh President Askar Temirbayev said on Monday that Kazakhstan's "
      "allied relations with Russia were not directed against anyone.\n");
  EXPECT_TRUE(HasRelation(x, "Kazakhstan", "Russia", "allied relations"))
      << testing::PrintToString(Relations(x));
}

// A banner of a state's formal name over a page whose first sentence tells
// of a call ("received a phone call from"): the government's readout,
// whose statements are dated by the page.
TEST(OfficialBanners, AStatesFormalNameAndAPhoneCallFrom) {
  const std::string page =
      "State Information Service\n"
      "Arab Republic of Egypt\n"
      "Home | Presidency | Foreign Relations\n\n"
      "President Hamdi, Portuguese Prime Minister Sousa discuss ties by "
      "phone\n\n"
      "President Adel Hamdi received a phone call on Tuesday from Prime "
      "Minister Rui Sousa of Portugal, the presidency said.\n\n"
      "President Hamdi welcomed the growing Portuguese investments in "
      "Egypt.\n";
  const Extraction x = Extract(page);
  EXPECT_EQ(x.info.genre, Genre::kReadout);
  EXPECT_EQ(text_testing::DateOf(x, "Portuguese investments"), "2026-06-30");
  // Without the banner, a news page: the call dates nothing said after it.
  const Extraction y = Extract(page.substr(page.find("Home |")));
  EXPECT_NE(y.info.genre, Genre::kReadout);
}

// "Amir" is the spelling of "emir" some states use: "HH the Amir" is the
// Amir named before.
TEST(Titles, TheAmir) {
  const Extraction x = Extract(
      "His Highness the Amir Sheikh Hamad bin Khalid Al Thani held a phone "
      "call today with President Ana Ruiz of Chile.\n\n"
      "HH the Amir affirmed Qatar's keenness to develop its relations with "
      "Chile.\n");
  EXPECT_EQ(text_testing::SpeakerOf(x, "keenness"),
            "Hamad bin Khalid Al Thani");
}

// A transcript page's footer "Address: ..." is no speaker's turn.
TEST(TranscriptLabels, AnAddressLineIsNoTurn) {
  const Extraction x = Extract(
      "Foreign Ministry Spokesperson Lin Hua's Regular Press Conference on "
      "June 29, 2026\n\n"
      "Lin Hua: Good afternoon. I have no announcement today.\n\n"
      "Reuters: Will the minister visit Chile?\n\n"
      "Lin Hua: I have nothing to offer at the moment.\n\n"
      "Address: No. 2, Chaoyangmen Nandajie, Chaoyang District, Beijing\n");
  for (const std::string& s : text_testing::Said(x)) {
    EXPECT_THAT(s, Not(HasSubstr("Chaoyangmen"))) << s;
  }
}

// "its foreign minister" after a clause naming a state: that state's
// minister, named later in the story.
TEST(Titles, ItsForeignMinisterSaid) {
  const Extraction x = Extract(
      "ABUJA, June 29 (AFP) - Germany wants to buy far more Nigerian gas, its "
      "foreign minister said on Monday at the end of a two-day visit.\n\n"
      "Foreign Minister Henning Rautberg met President Ade Olowu on "
      "Sunday.\n");
  EXPECT_EQ(text_testing::SpeakerOf(x, "Nigerian gas"), "Henning Rautberg");
  // No state before "its": no speaker from it.
  const Extraction y =
      Extract("The plan is sound, its foreign minister said on Monday.\n");
  EXPECT_EQ(text_testing::SpeakerOf(y, "The plan is sound"), "");
}

// "X called Egypt and Qatar partners": X's partners, as "X described Egypt
// and Qatar as partners" already was; with no labeller named, each
// other's.
TEST(RelativeLabels, CalledAGroupPartners) {
  const Extraction x = Extract(
      "US envoy Dan Hale called Egypt and Qatar \"indispensable partners\" on "
      "Monday.\n");
  EXPECT_TRUE(HasRelation(x, "United States", "Egypt", "partners"))
      << testing::PrintToString(Relations(x));
  EXPECT_TRUE(HasRelation(x, "United States", "Qatar", "partners"))
      << testing::PrintToString(Relations(x));
  const Extraction y =
      Extract("Egypt and Qatar were called partners on Monday.\n");
  EXPECT_TRUE(HasRelation(y, "Egypt", "Qatar", "partners"))
      << testing::PrintToString(Relations(y));
}

// "strategic cooperative partners" is a wording of strategic partnership.
TEST(PossessedPhrases, StrategicCooperativePartners) {
  const Extraction x = Extract(
      "Chinese Foreign Ministry spokesperson Lin Hua said on Monday: \"China "
      "and Turkey are strategic cooperative partners.\"\n");
  EXPECT_TRUE(
      HasRelation(x, "China", "Turkey", "strategic cooperative partners"))
      << testing::PrintToString(Relations(x));
}

// A joint activity with no field or quality named is what the sides do,
// not a relationship; with one it is kept.
TEST(Activities, BareCooperationIsNoRelationship) {
  const Extraction x = Extract(
      "Lena Varga said on Monday that Peru and Chile had agreed to deepen "
      "cooperation and to pursue dialogue.\n");
  EXPECT_THAT(Relations(x), IsEmpty());
  const Extraction y = Extract(
      "Lena Varga said on Monday that Peru and Chile had agreed to deepen "
      "military cooperation, and that Peru and Bolivia maintain friendly "
      "exchanges.\n");
  EXPECT_TRUE(HasRelation(y, "Peru", "Chile", "cooperation"))
      << testing::PrintToString(Relations(y));
  EXPECT_TRUE(HasRelation(y, "Peru", "Bolivia", "friendly exchanges"))
      << testing::PrintToString(Relations(y));
}

}  // namespace
}  // namespace diplograph
