// Tests of the text extractor's actors (text.h; docs/text.md, "Actors"):
// international organisations, companies and offices, names with
// particles, appositions that give a state's title, demonyms that are no
// places, organisations named for a person ("the Tamm administration"),
// the leaders of a pair, and states whose names contain another state's.
// Every sentence is written for the test, with invented people and
// companies.

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "diplograph/actor.h"
#include "diplograph/graph.h"
#include "diplograph/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"

namespace diplograph {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;
using text_testing::ActorNamed;
using text_testing::NameOf;
using text_testing::Names;
using text_testing::Said;

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor({.name = "Norway", .kind = ActorKind::kState, .iso3 = "NOR"});
    *g->AddActor({.name = "Iceland", .kind = ActorKind::kState, .iso3 = "ISL"});
    *g->AddActor({.name = "Olga Tamm", .kind = ActorKind::kPerson});
    *g->AddActor({.name = "Pavel Sorin", .kind = ActorKind::kPerson});
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

// ------------------------------------------- international organisations

TEST(Organisations, FoundByNameAndAcronym) {
  Extraction x = Extract(
      "The European Union said the new levy was unlawful. The EU will reply "
      "by May, while NATO and the UN called for calm and ASEAN offered to "
      "host talks.");
  const ExtractedActor* eu = ActorNamed(x, "European Union");
  ASSERT_NE(eu, nullptr);
  EXPECT_EQ(eu->kind, ActorKind::kOrganization);
  EXPECT_THAT(eu->aliases, Contains("EU"));
  EXPECT_EQ(eu->mentions.size(), 2u);
  for (const char* name : {"NATO", "United Nations", "ASEAN"}) {
    const ExtractedActor* a = ActorNamed(x, name);
    ASSERT_NE(a, nullptr) << name;
    EXPECT_EQ(a->kind, ActorKind::kOrganization) << name;
  }
  EXPECT_THAT(Said(x), Contains("European Union: the new levy was unlawful"));
}

TEST(Organisations, ShortAcronymsMatchOnlyInCapitals) {
  // "who" and "un-" are words, not the World Health Organization or the UN.
  Extraction x = Extract(
      "Officials who asked not to be named said the un-signed draft was "
      "stalled. The WHO said the outbreak was contained.");
  EXPECT_THAT(Names(x), Not(Contains("United Nations")));
  const ExtractedActor* who = ActorNamed(x, "World Health Organization");
  ASSERT_NE(who, nullptr);
  EXPECT_EQ(who->mentions.size(), 1u);
}

TEST(Organisations, ARegistryOrganisationKeepsItsOtherNames) {
  // The registry's name has a qualifier no document writes; its other
  // names come with it.
  Extraction x = Extract(
      "Secretary of State Antony Blinken met Olga Tamm on Friday. The "
      "State Department said the meeting was constructive.");
  const ExtractedActor* a =
      ActorNamed(x, "Department of State (United States)");
  ASSERT_NE(a, nullptr) << testing::PrintToString(Names(x));
  EXPECT_THAT(a->aliases, Contains("State Department"));
}

TEST(Organisations, CompanyBeforeAVerbIsAnOrganisation) {
  Extraction x = Extract(
      "Brevik Corp declined to comment. Tallis Group said it would keep its "
      "plant open.");
  for (const char* name : {"Brevik Corp", "Tallis Group"}) {
    const ExtractedActor* a = ActorNamed(x, name);
    ASSERT_NE(a, nullptr) << name;
    EXPECT_EQ(a->kind, ActorKind::kOrganization) << name;
  }
  EXPECT_THAT(Said(x), Contains("Tallis Group: it would keep its plant open"));
}

TEST(Organisations, AStatesOfficeIsNamedWithTheState) {
  // One office per state: the possessive is part of the name.
  Extraction x = Extract(
      "Norway's Foreign Office said the envoy had been recalled. Iceland's "
      "Foreign Office said it regretted the step.");
  ASSERT_EQ(x.statements.size(), 2u);
  EXPECT_EQ(NameOf(x, x.statements[0].speaker), "Norway's Foreign Office");
  EXPECT_EQ(NameOf(x, x.statements[1].speaker), "Iceland's Foreign Office");
  EXPECT_EQ(x.actors[x.statements[0].speaker].kind, ActorKind::kOrganization);
}

TEST(Organisations, APersonsAdministrationIsAnOrganisation) {
  Extraction x = Extract(
      "Olga Tamm won the vote in May. The Tamm administration said it would "
      "review the treaty.");
  const ExtractedActor* a = ActorNamed(x, "Tamm administration");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind, ActorKind::kOrganization);
  EXPECT_THAT(Said(x),
              ElementsAre("Tamm administration: it would review the treaty"));
}

TEST(Organisations, ASingleNameBeforeWhichOrDeclinedIsAnOrganisation) {
  Extraction x = Extract(
      "Brannvik, which runs the ferry line, declined to comment. Kolstad "
      "declined to comment on the plan.");
  for (const char* name : {"Brannvik", "Kolstad"}) {
    const ExtractedActor* a = ActorNamed(x, name);
    ASSERT_NE(a, nullptr) << name;
    EXPECT_EQ(a->kind, ActorKind::kOrganization) << name;
  }
}

TEST(Names, AnUnknownNameBeforeARelativeClauseSpeaks) {
  // Not a name that is the object of a verb before the relative clause.
  Extraction x = Extract(
      "Petr Halek, who leads the talks, said the deal was off.\n\n"
      "Olga Tamm praised the Harbour Festival, which opened on Sunday, and "
      "said it drew visitors from Iceland.");
  ASSERT_EQ(x.statements.size(), 3u) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, x.statements[0].speaker), "Petr Halek");
  EXPECT_EQ(NameOf(x, x.statements[1].speaker), "Olga Tamm");
  EXPECT_EQ(NameOf(x, x.statements[2].speaker), "Olga Tamm");
  EXPECT_EQ(ActorNamed(x, "Harbour Festival"), nullptr);
}

TEST(Organisations, AMinistryOfAStateIsNamedWithTheState) {
  Extraction x = Extract(
      "The Ministry of Foreign Affairs of Norway said it was concerned. A "
      "statement from the Ministry of Fisheries of Iceland called the quota "
      "unfair.");
  ASSERT_FALSE(x.statements.empty());
  EXPECT_EQ(NameOf(x, x.statements[0].speaker),
            "Ministry of Foreign Affairs of Norway");
  const ExtractedActor* a = ActorNamed(x, "Ministry of Fisheries of Iceland");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind, ActorKind::kOrganization);
  // A list of fields ending in "and" is part of the name.
  Extraction y = Extract(
      "Talks were led by the Ministry of Trade, Industry and Energy of the "
      "Republic of Korea.");
  ASSERT_NE(ActorNamed(y,
                       "Ministry of Trade, Industry and Energy of the Republic "
                       "of Korea"),
            nullptr)
      << testing::PrintToString(Names(y));
  // The states keep their own mentions.
  ASSERT_NE(ActorNamed(x, "Iceland"), nullptr);
  EXPECT_EQ(ActorNamed(x, "Iceland")->mentions.size(), 1u);
}

// ------------------------------------------------------- descriptions

TEST(Descriptions, AnotherAideIsASecondPerson) {
  Extraction x = Extract(
      "An aide to Olga Tamm said the talks were useful. Another aide to Tamm "
      "said they were not.");
  EXPECT_THAT(Said(x), ElementsAre("aide to Olga Tamm: the talks were useful",
                                   "second aide to Olga Tamm: they were not"));
}

// ------------------------------------------------------------ names

TEST(Names, ParticlesInsideAName) {
  Extraction x = Extract(
      "Commissioner Anna van der Berg said the fund was ready. Van der Berg "
      "added that the money would flow in June.");
  const ExtractedActor* a = ActorNamed(x, "Anna van der Berg");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind, ActorKind::kPerson);
  ASSERT_EQ(x.statements.size(), 2u);
  EXPECT_EQ(NameOf(x, x.statements[0].speaker), "Anna van der Berg");
  EXPECT_EQ(NameOf(x, x.statements[1].speaker), "Anna van der Berg");
}

TEST(Names, ParticlesInAnUnknownNameBeforeTheVerb) {
  Extraction x =
      Extract("Karim bin Rashid said the port would reopen next week.");
  EXPECT_THAT(Said(x),
              ElementsAre("Karim bin Rashid: the port would reopen next week"));
}

TEST(Names, AParticleLateInTheNameAndTheNameBeforeIt) {
  Extraction x = Extract(
      "President Joao Pedro Costa da Lima met the envoy on Monday. Costa "
      "said the visit went well, and da Lima added that a treaty was near.");
  const ExtractedActor* a = ActorNamed(x, "Joao Pedro Costa da Lima");
  ASSERT_NE(a, nullptr) << testing::PrintToString(Names(x));
  ASSERT_EQ(x.statements.size(), 2u) << testing::PrintToString(Said(x));
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_EQ(NameOf(x, s.speaker), "Joao Pedro Costa da Lima") << s.text;
  }
}

TEST(Places, AParticleInsideAPlaceName) {
  Extraction x =
      Extract("Olga Tamm said the summit in Porto de Vela would go ahead.");
  const ExtractedActor* a = ActorNamed(x, "Porto de Vela");
  ASSERT_NE(a, nullptr) << testing::PrintToString(Names(x));
  EXPECT_EQ(a->kind, ActorKind::kPlace);
}

TEST(Organisations, AnAcronymAfterTheIsNoPlace) {
  Extraction x = Extract(
      "Olga Tamm said Norway would raise the issue at the NORDSAM summit. "
      "The Elvheim Palace said the visit was private.");
  const ExtractedActor* a = ActorNamed(x, "NORDSAM");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind, ActorKind::kOrganization);
  const ExtractedActor* p = ActorNamed(x, "Elvheim Palace");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->kind, ActorKind::kOrganization);
}

// ------------------------------------------------------- appositions

TEST(Appositions, AStatesTitleAfterTheNameIsTheNames) {
  // The title in apposition belongs to the name before it, not to a
  // minister of another state named later with the same title.
  Extraction x = Extract(
      "Erik Lund, Norway's foreign minister, said the quota was fair. "
      "Foreign Minister Ari Saar of Iceland said it was not.");
  EXPECT_THAT(Said(x), ElementsAre("Erik Lund: the quota was fair",
                                   "Ari Saar: it was not"));
}

TEST(Appositions, AnotherStatesMinisterDoesNotTakeTheTitle) {
  Extraction x = Extract(
      "Norway's foreign minister said the quota was fair. Foreign Minister "
      "Ari Saar of Iceland disagreed, and Foreign Minister Erik Lund said "
      "talks would go on.");
  ASSERT_FALSE(x.statements.empty());
  EXPECT_EQ(NameOf(x, x.statements[0].speaker), "Erik Lund");
}

TEST(Appositions, ADescriptionAfterAnUnknownNameIsTheNames) {
  Extraction x =
      Extract("Petr Halek, a senior German official, said the deal was off.");
  EXPECT_THAT(Said(x), ElementsAre("Petr Halek: the deal was off"));
}

TEST(Appositions, ATitleWithOfBeforeTheName) {
  Extraction x = Extract(
      "Olga Tamm's chief of staff, Lars Vik, said the talks would resume. "
      "UN Secretary-General Mira Solberg said she was hopeful.");
  EXPECT_THAT(Said(x), ElementsAre("Lars Vik: the talks would resume",
                                   "Mira Solberg: she was hopeful"));
}

// ------------------------------------------------- demonyms and places

TEST(Places, ADemonymAfterInIsNoPlace) {
  Extraction x =
      Extract("Olga Tamm said two trawlers were seized in German waters.");
  EXPECT_THAT(Names(x), Not(Contains("German")));
}

TEST(Places, StatesWhoseNamesContainAnotherStates) {
  Extraction x = Extract(
      "Papua New Guinea and Guinea-Bissau signed the accord, which Guinea "
      "and Niger welcomed, though Nigeria did not.");
  for (const char* name :
       {"Papua New Guinea", "Guinea-Bissau", "Guinea", "Niger", "Nigeria"}) {
    const ExtractedActor* a = ActorNamed(x, name);
    ASSERT_NE(a, nullptr) << name;
    EXPECT_EQ(a->kind, ActorKind::kState) << name;
    EXPECT_EQ(a->mentions.size(), 1u) << name;
  }
}

TEST(Places, RegionsOfTheSectorTableAndOceanCompounds) {
  Extraction x = Extract(
      "Olga Tamm said trade with Southeast Asia and the Middle East had "
      "doubled, and she called for a free and open Indo-Pacific. The West "
      "stayed silent.");
  for (const char* name : {"Southeast Asia", "Middle East", "Indo-Pacific"}) {
    const ExtractedActor* a = ActorNamed(x, name);
    ASSERT_NE(a, nullptr) << name;
    EXPECT_EQ(a->kind, ActorKind::kPlace) << name;
  }
  EXPECT_THAT(Names(x), Not(Contains("West")));
  EXPECT_THAT(Names(x), Not(Contains("The West")));
}

TEST(Places, AGeographicNameAfterTheIsAPlace) {
  Extraction x = Extract(
      "Olga Tamm said patrols in the north and the Varanger Strait would "
      "continue, as would those off the Skarv Islands.");
  for (const char* name : {"Varanger Strait", "Skarv Islands"}) {
    const ExtractedActor* a = ActorNamed(x, name);
    ASSERT_NE(a, nullptr) << name;
    EXPECT_EQ(a->kind, ActorKind::kPlace) << name;
  }
}

TEST(Organisations, NamedAfterTheAnywhere) {
  Extraction x = Extract(
      "The Nordic Fisheries Commission and the Arctic Shipping Council met "
      "on Monday. Olga Tamm said the Halden group had left the talks.");
  for (const char* name : {"Nordic Fisheries Commission",
                           "Arctic Shipping Council", "Halden group"}) {
    const ExtractedActor* a = ActorNamed(x, name);
    ASSERT_NE(a, nullptr) << name;
    EXPECT_EQ(a->kind, ActorKind::kOrganization) << name;
  }
}

TEST(Organisations, GroupsOfStatesNamedByACount) {
  // "in the G20" is an organisation, not a place, and no subject of the
  // verb coordinated after it.
  Extraction x = Extract(
      "Olga Tamm welcomed Norway's role in the G20 and stressed the value "
      "of the G7.");
  const ExtractedActor* g20 = ActorNamed(x, "G20");
  ASSERT_NE(g20, nullptr);
  EXPECT_EQ(g20->kind, ActorKind::kOrganization);
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_EQ(NameOf(x, s.speaker), "Olga Tamm") << s.text;
  }
}

TEST(Places, ACapitalAfterAnEventNounIsTheCity) {
  // "officials in Tokyo" is Japan; "the summit in Tokyo" is the city.
  Extraction x = Extract(
      "Olga Tamm said officials in Tokyo had agreed, and that the next "
      "summit in Tokyo would be held in May.");
  const ExtractedActor* tokyo = ActorNamed(x, "Tokyo");
  ASSERT_NE(tokyo, nullptr) << testing::PrintToString(Names(x));
  EXPECT_EQ(tokyo->kind, ActorKind::kPlace);
  EXPECT_EQ(tokyo->mentions.size(), 1u);
  const ExtractedActor* japan = ActorNamed(x, "Japan");
  ASSERT_NE(japan, nullptr);
  EXPECT_EQ(japan->mentions.size(), 1u);
}

TEST(Organisations, AGovernmentNamedByADemonymIsItsState) {
  Extraction x = Extract(
      "Olga Tamm met officials of Japan on Monday. The Japanese Government "
      "said it would send an envoy.");
  EXPECT_THAT(Names(x), Not(Contains("Japanese Government")));
  ASSERT_EQ(x.statements.size(), 1u) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, x.statements[0].speaker), "Japan");
}

// ------------------------------------------------------------ pairs

TEST(Pairs, TheLeadersAreTwoPersonsWithALeadersTitle) {
  Extraction x = Extract(
      "President Olga Tamm spoke with Prime Minister Pavel Sorin on "
      "Thursday. The leaders agreed to meet again in the autumn.");
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_EQ(NameOf(x, x.statements[0].speaker), "Olga Tamm");
  ASSERT_EQ(x.statements[0].co_speakers.size(), 1u);
  EXPECT_EQ(NameOf(x, x.statements[0].co_speakers[0]), "Pavel Sorin");
}

TEST(Pairs, NoLeaderNamedGivesNoStatement) {
  // Two persons named with titles that are not a leader's: "the leaders"
  // are not they.
  Extraction x = Extract(
      "Spokesperson Olga Tamm met Ambassador Pavel Sorin on Thursday. The "
      "leaders agreed to meet again in the autumn.");
  EXPECT_THAT(x.statements, IsEmpty());
}

}  // namespace
}  // namespace diplograph
