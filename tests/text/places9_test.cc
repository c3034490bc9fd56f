// Tests of the text extractor (text.h) on places and on names the registry
// knows only in part: a capital named as the city where something takes
// place (a venue, a dateline, "X, its state", "the X talks", "X-based",
// travel to or from it) is a place and makes no actor of its state, while
// a capital that says or does something is its state; a longer name that
// holds a state's name ("Port of Spain", "South Sudan") never gives the
// shorter state; a demonym before the words of a title names the state of
// the person after it. Every sentence is written for the test.

#include <string>
#include <vector>

#include "diplograph/graph.h"
#include "diplograph/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"

namespace diplograph {
namespace {

using testing::Contains;
using testing::Not;
using text_testing::ActorNamed;
using text_testing::NameOf;
using text_testing::Names;
using text_testing::Said;
using text_testing::StatementContaining;

Extraction Extract(const std::string& text) {
  return text_testing::ExtractDated(text_testing::RegistryOnlyExtractor(),
                                    text);
}

// The kind of the actor named exactly `name`, as a word ("place",
// "state", ...), or "none".
std::string KindOf(const Extraction& x, const std::string& name) {
  const ExtractedActor* a = ActorNamed(x, name);
  if (a == nullptr) return "none";
  switch (a->kind) {
    case ActorKind::kPlace:
      return "place";
    case ActorKind::kState:
      return "state";
    case ActorKind::kPerson:
      return "person";
    case ActorKind::kMediaOutlet:
      return "media";
    case ActorKind::kOrganization:
      return "organization";
    default:
      return "other";
  }
}

std::string SpeakerOf(const Extraction& x, const std::string& words) {
  const ExtractedStatement* s = StatementContaining(x, words);
  return s == nullptr ? "" : NameOf(x, s->speaker);
}

// The state a person's affiliation names, "" for none.
std::string AffiliationOf(const Extraction& x, const std::string& person,
                          std::string* role = nullptr) {
  const ExtractedActor* a = ActorNamed(x, person);
  if (a == nullptr) return "";
  for (const ExtractedAffiliation& af : a->affiliations) {
    if (af.organization >= 0 &&
        x.actors[af.organization].kind == ActorKind::kState) {
      if (role != nullptr) *role = af.role;
      return x.actors[af.organization].name;
    }
  }
  return "";
}

struct Venue {
  const char* text;
  const char* city;
  const char* state;  // the state the city is the capital of
};

// ----------------------------------------------------------------- venues

TEST(Places9, CapitalWhereSomethingTakesPlaceIsTheCity) {
  const Venue cases[] = {
      // An event noun right before "in" or "at".
      {"The summit in Vientiane ended without a joint text.\n", "Vientiane",
       "Laos"},
      {"Negotiations at Tegucigalpa resumed after a pause of a month.\n",
       "Tegucigalpa", "Honduras"},
      // A meeting's verb or noun some words before.
      {"The two ministers met on Friday in Vilnius to discuss the grid.\n",
       "Vilnius", "Lithuania"},
      {"Talks on the fisheries accord were held last week in Reykjavik.\n",
       "Reykjavik", "Iceland"},
      {"She will attend the inauguration of the new president in Bogota.\n",
       "Bogota", "Colombia"},
      // Where someone spoke.
      {"Speaking in Accra on Tuesday, the envoy urged calm.\n", "Accra",
       "Ghana"},
      {"Deputy Minister Tomas Varga told reporters in Bratislava that the "
       "pipeline was safe.\n",
       "Bratislava", "Slovakia"},
  };
  for (const Venue& c : cases) {
    Extraction x = Extract(c.text);
    EXPECT_EQ(KindOf(x, c.city), "place") << c.text;
    EXPECT_EQ(KindOf(x, c.state), "none") << c.text;
  }
}

TEST(Places9, CapitalThatSaysOrDoesSomethingIsItsState) {
  {
    Extraction x =
        Extract("Vilnius said on Monday that it would expel two diplomats.\n");
    EXPECT_EQ(SpeakerOf(x, "expel two diplomats"), "Lithuania")
        << testing::PrintToString(Said(x));
    EXPECT_EQ(KindOf(x, "Vilnius"), "none");
  }
  {
    Extraction x = Extract(
        "Vientiane has rejected the claim. Hanoi said it would reply within "
        "a week.\n");
    EXPECT_EQ(KindOf(x, "Laos"), "state");
    EXPECT_EQ(SpeakerOf(x, "reply within a week"), "Vietnam");
    EXPECT_EQ(KindOf(x, "Vientiane"), "none");
  }
  {
    // Who is there, or what is felt there, stands for the state.
    Extraction x = Extract(
        "Officials in Pretoria were unmoved, and there was unease in Nairobi "
        "after the summit.\n");
    EXPECT_EQ(KindOf(x, "South Africa"), "state");
    EXPECT_EQ(KindOf(x, "Kenya"), "state");
    EXPECT_EQ(KindOf(x, "Pretoria"), "none");
  }
  {
    // A list of capitals doing something together: their states.
    Extraction x = Extract(
        "Riga and Tallinn agreed on Thursday to share the cost of the "
        "radar.\n");
    EXPECT_EQ(KindOf(x, "Latvia"), "state");
    EXPECT_EQ(KindOf(x, "Estonia"), "state");
  }
  {
    // "Moscow-backed": the state, not the city.
    Extraction x = Extract("The Moscow-backed authorities closed the road.\n");
    EXPECT_EQ(KindOf(x, "Russia"), "state");
    EXPECT_EQ(KindOf(x, "Moscow"), "none");
  }
}

TEST(Places9, DatelinesAndTheCityWithItsState) {
  {
    // A closing line of place and date.
    Extraction x = Extract(
        "The two governments will meet again next year.\n"
        "Tallinn, 4 May 2026\n");
    EXPECT_EQ(KindOf(x, "Tallinn"), "place");
    EXPECT_EQ(KindOf(x, "Estonia"), "none");
  }
  {
    // A dateline opening a paragraph, with a colon.
    Extraction x = Extract(
        "The foreign ministry issued the note late on Friday.\n"
        "Bishkek: Kyrgyzstan has closed two crossings.\n");
    EXPECT_EQ(KindOf(x, "Bishkek"), "place");
  }
  {
    // A dateline in capitals further down a page (the second story of a
    // digest; the first line's dateline is the document's, not its body):
    // the place takes the table's spelling.
    Extraction x = Extract(
        "RIGA, May 3 (Baltic Wire) - Latvia said it would buy two radars.\n"
        "The purchase was approved by parliament on Thursday.\n"
        "VILNIUS, May 3 (Baltic Wire) - Lithuania said it would close two "
        "crossings.\n");
    EXPECT_EQ(KindOf(x, "Vilnius"), "place")
        << testing::PrintToString(Names(x));
    EXPECT_EQ(KindOf(x, "Lithuania"), "state");
  }
  {
    // The city and its state after a comma: the city, and the state named
    // by its own name.
    Extraction x = Extract(
        "The ministers signed the accord in the old town of Vientiane, "
        "Laos, on the margins of the forum.\n");
    EXPECT_EQ(KindOf(x, "Vientiane"), "place");
    EXPECT_EQ(KindOf(x, "Laos"), "state");
  }
}

TEST(Places9, CityCompoundsTravelAndDeparture) {
  {
    Extraction x = Extract(
        "A Vilnius-based analyst said the plan was sound, and the Hanoi talks "
        "ended early.\n");
    EXPECT_EQ(KindOf(x, "Vilnius"), "place");
    EXPECT_EQ(KindOf(x, "Hanoi"), "place");
    EXPECT_EQ(KindOf(x, "Lithuania"), "none");
    EXPECT_EQ(KindOf(x, "Vietnam"), "none");
  }
  {
    Extraction x = Extract(
        "The deputy secretary will travel to Tokyo and Seoul next week.\n");
    EXPECT_EQ(KindOf(x, "Tokyo"), "place");
    EXPECT_EQ(KindOf(x, "Seoul"), "place");
    EXPECT_EQ(KindOf(x, "Japan"), "none");
    EXPECT_EQ(KindOf(x, "South Korea"), "none");
  }
  {
    Extraction x = Extract(
        "The navy evacuated 300 foreign nationals from Khartoum, and the "
        "president will visit Nairobi in June.\n");
    EXPECT_EQ(KindOf(x, "Khartoum"), "place");
    EXPECT_EQ(KindOf(x, "Nairobi"), "place");
    EXPECT_EQ(KindOf(x, "Sudan"), "none");
    EXPECT_EQ(KindOf(x, "Kenya"), "none");
  }
}

// ------------------------------------------------- names holding a state's

TEST(Places9, LongerNameHoldingAStateNameNeverGivesTheShorterState) {
  {
    Extraction x =
        Extract("Port of Spain said on Monday that it stood with Guyana.\n");
    EXPECT_EQ(SpeakerOf(x, "stood with Guyana"), "Trinidad and Tobago")
        << testing::PrintToString(Said(x));
    EXPECT_THAT(Names(x), Not(Contains("Spain")));
  }
  {
    Extraction x = Extract(
        "The talks in Port of Spain and the forum in Kuwait City ended on "
        "Friday.\n");
    EXPECT_EQ(KindOf(x, "Port of Spain"), "place");
    EXPECT_EQ(KindOf(x, "Kuwait City"), "place");
    EXPECT_THAT(Names(x), Not(Contains("Spain")));
    EXPECT_THAT(Names(x), Not(Contains("Kuwait")));
  }
  {
    Extraction x = Extract(
        "South Sudan and the Dominican Republic said on Tuesday that they "
        "would open embassies, and Nigeria and Guinea-Bissau welcomed it.\n");
    const std::vector<std::string> names = Names(x);
    EXPECT_THAT(names, Contains("South Sudan"));
    EXPECT_THAT(names, Contains("Dominican Republic"));
    EXPECT_THAT(names, Contains("Nigeria"));
    EXPECT_THAT(names, Contains("Guinea-Bissau"));
    EXPECT_THAT(names, Not(Contains("Sudan")));
    EXPECT_THAT(names, Not(Contains("Dominica")));
    EXPECT_THAT(names, Not(Contains("Niger")));
    EXPECT_THAT(names, Not(Contains("Guinea")));
  }
  {
    // A capital's name in lower case is no capital.
    Extraction x = Extract(
        "The delegates ate lima beans and sofia cheese at the dinner.\n");
    EXPECT_EQ(KindOf(x, "Peru"), "none");
    EXPECT_EQ(KindOf(x, "Bulgaria"), "none");
  }
}

// --------------------------------------------------- a demonym and a title

TEST(Places9, DemonymBeforeTheWordsOfATitleNamesTheState) {
  struct Case {
    const char* text;
    const char* person;
    const char* state;
    const char* role;
  };
  const Case cases[] = {
      {"Pakistani Foreign Office spokesperson Zahra Baloch said the visit "
       "was useful.\n",
       "Zahra Baloch", "Pakistan", "Foreign Office spokesperson"},
      {"British Foreign Secretary Daniel Crane said London would help.\n",
       "Daniel Crane", "United Kingdom", "Foreign Secretary"},
      {"Japanese Chief Cabinet Secretary Kenji Morita said the protest "
       "stood.\n",
       "Kenji Morita", "Japan", "Chief Cabinet Secretary"},
      {"The talks were welcomed by South Korean Unification Minister Park "
       "Min-jae, who said dialogue was needed.\n",
       "Park Min-jae", "South Korea", "Unification Minister"},
      {"Secretary Lane spoke with Indian External Affairs Minister Arvind "
       "Kulkarni on Monday.\n",
       "Arvind Kulkarni", "India", "External Affairs Minister"},
  };
  for (const Case& c : cases) {
    Extraction x = Extract(c.text);
    std::string role;
    EXPECT_EQ(AffiliationOf(x, c.person, &role), c.state) << c.text;
    EXPECT_EQ(role, c.role) << c.text;
  }
  // A company's name between the demonym and the title: no state.
  Extraction x = Extract(
      "Turkish Airlines chairman Ahmet Bolat said the route would reopen.\n");
  EXPECT_EQ(AffiliationOf(x, "Ahmet Bolat"), "");
}

// ------------------------------------------------ groupings and outlets

TEST(Places9, GroupingsCoastGuardsAndOutletsOfAState) {
  {
    // An organisation's name joined to "+": a grouping of its own.
    Extraction x = Extract(
        "OPEC+ said on Sunday that it would keep output steady, and the "
        "ASEAN+3 ministers met later.\n");
    EXPECT_EQ(SpeakerOf(x, "keep output steady"), "OPEC+")
        << testing::PrintToString(Said(x));
    EXPECT_EQ(KindOf(x, "ASEAN+3"), "organization");
    EXPECT_EQ(KindOf(x, "OPEC"), "none");
  }
  {
    // A demonym's coast guard speaks as a possessive state's does.
    Extraction x = Extract(
        "The Icelandic coast guard said it had towed the trawler to port.\n"
        "\n"
        "The South Korean coast guard said on Monday that the crew was "
        "safe.\n");
    EXPECT_EQ(SpeakerOf(x, "towed the trawler"), "Icelandic coast guard");
    EXPECT_EQ(SpeakerOf(x, "crew was safe"), "South Korean coast guard");
    EXPECT_EQ(KindOf(x, "Icelandic coast guard"), "organization");
  }
  {
    // An outlet named by what it is after a state's possessive belongs to
    // the state.
    Extraction x = Extract(
        "Norway's public broadcaster Kringkast said the talks had stalled.\n"
        "\n"
        "Moldova's state news agency Vesti said the border was open.\n"
        "\n"
        "Russia's Zarya news agency said the ship had left.\n");
    std::string role;
    EXPECT_EQ(AffiliationOf(x, "Kringkast", &role), "Norway");
    EXPECT_EQ(role, "public broadcaster");
    EXPECT_EQ(AffiliationOf(x, "Vesti", &role), "Moldova");
    EXPECT_EQ(role, "state news agency");
    EXPECT_EQ(AffiliationOf(x, "Zarya", &role), "Russia");
    EXPECT_EQ(role, "news agency");
  }
  {
    // "according to" an outlet described before its name: the outlet.
    Extraction x = Extract(
        "According to the state-run Zarya news agency, the plant had "
        "reopened.\n"
        "\n"
        "According to Moldova's Vesti news agency, the border was open.\n");
    EXPECT_EQ(SpeakerOf(x, "plant had reopened"), "Zarya")
        << testing::PrintToString(Said(x));
    EXPECT_EQ(SpeakerOf(x, "border was open"), "Vesti");
  }
}

TEST(Places9, BodyNamedWithAListIsOneActor) {
  {
    Extraction x = Extract(
        "The Foreign, Commonwealth and Development Office said the embassy "
        "would reopen.\n");
    EXPECT_EQ(SpeakerOf(x, "embassy would reopen"),
              "Foreign, Commonwealth and Development Office")
        << testing::PrintToString(Said(x));
    EXPECT_EQ(KindOf(x, "Development Office"), "none");
  }
  {
    Extraction x = Extract(
        "Officials of the Ministry for Energy, Water and Mines met the "
        "Department for Environment, Food and Rural Affairs on Monday.\n");
    EXPECT_EQ(KindOf(x, "Ministry for Energy, Water and Mines"),
              "organization");
    EXPECT_EQ(KindOf(x, "Department for Environment, Food and Rural Affairs"),
              "organization");
  }
  {
    // A list of states before a body's word is no body of its own.
    Extraction x =
        Extract("The US, UK and EU Commission said they would act.\n");
    EXPECT_EQ(KindOf(x, "US, UK and EU Commission"), "none");
    EXPECT_EQ(KindOf(x, "United Kingdom"), "state");
  }
}

}  // namespace
}  // namespace diplograph
