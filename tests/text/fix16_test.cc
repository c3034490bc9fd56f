// Tests of the text extractor (text.h) on constructions of news reports
// and readouts that name their speakers indirectly: a name before an
// apposition of a lower-case role, a title used alone later, headings in
// capitals, absolute constructions, participles after a subject with a
// relative clause, dates of a joint news conference and a ministry's
// spokesperson. Every text is written for the test, with invented people.

#include <string>
#include <vector>

#include "diplograph/actor.h"
#include "diplograph/date.h"
#include "diplograph/graph.h"
#include "diplograph/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"

namespace diplograph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor({.name = "Chile", .kind = ActorKind::kState, .iso3 = "CHL"});
    *g->AddActor({.name = "Peru", .kind = ActorKind::kState, .iso3 = "PER"});
    *g->AddActor({.name = "Egypt", .kind = ActorKind::kState, .iso3 = "EGY"});
    *g->AddActor({.name = "Poland", .kind = ActorKind::kState, .iso3 = "POL"});
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

// The speaker of the first statement containing `words`, "" for none.
std::string SpeakerOf(const Extraction& x, const std::string& words) {
  const ExtractedStatement* s = text_testing::StatementContaining(x, words);
  return s == nullptr ? "" : text_testing::NameOf(x, s->speaker);
}

// A name before an apposition of a lower-case role ("a Sahel analyst at",
// "senior fellow at", "who heads") is a person, and a later "she said"
// goes to her; a lower-case role before a name makes a person wherever the
// sentence's verb is, and a later "he said" after a sentence of how that
// person took the news goes to him.
TEST(Fix16Test, NameWithLowerCaseRole) {
  {
    const Extraction x = Extract(
        "Egypt and Sudan talk water\n\n"
        "\"We are not close to a deal,\" Egyptian Foreign Minister Karim "
        "Adel told reporters in Cairo.\n\n"
        "Maya Ortiz, a Horn of Africa analyst at the Lisbon Policy Centre, "
        "said the two sides had hardened their positions. \"Neither capital "
        "wants to be seen giving ground,\" she said.\n");
    EXPECT_EQ(SpeakerOf(x, "hardened their positions"), "Maya Ortiz");
    EXPECT_EQ(SpeakerOf(x, "Neither capital"), "Maya Ortiz");
  }
  {
    const Extraction x = Extract(
        "Poland and Lithuania discuss the border\n\n"
        "\"We will defend every metre,\" Polish Foreign Minister Jan Nowak "
        "said on Monday.\n\n"
        "Tom Ruiz, senior fellow at the Baltic Institute, told reporters the "
        "talks were overdue. \"They should have met years ago,\" he added.\n\n"
        "Ana Pires, who heads the eastern desk at the Vienna Forum, said the "
        "meeting was a signal. \"It is a message to Moscow,\" she said.\n");
    EXPECT_EQ(SpeakerOf(x, "talks were overdue"), "Tom Ruiz");
    EXPECT_EQ(SpeakerOf(x, "met years ago"), "Tom Ruiz");
    EXPECT_EQ(SpeakerOf(x, "meeting was a signal"), "Ana Pires");
    EXPECT_EQ(SpeakerOf(x, "message to Moscow"), "Ana Pires");
  }
  {
    const Extraction x = Extract(
        "Chile and Peru sign fishing pact\n\n"
        "\"This is a good day for both countries,\" Chilean Foreign Minister "
        "Ana Rojas said in Lima.\n\n"
        "But opposition deputy Ramiro Funes was less enthusiastic. \"The pact "
        "gives away too much,\" he said.\n");
    EXPECT_EQ(SpeakerOf(x, "good day"), "Ana Rojas");
    EXPECT_EQ(SpeakerOf(x, "gives away too much"), "Ramiro Funes");
  }
  {
    const Extraction x = Extract(
        "Peru welcomes the pact\n\n"
        "\"The pact is fair,\" Peruvian Foreign Minister Luis Vargas said on "
        "Tuesday.\n\n"
        "In Santiago, senior economist Paula Ibarra was more sceptical. The "
        "quotas had been set \"far too high\", she said.\n");
    EXPECT_EQ(SpeakerOf(x, "far too high"), "Paula Ibarra");
  }
}

// "X, speaking at a joint news conference with his counterpart Y on
// Friday, said": X speaks (the participle's clause is skipped), and Y's
// remarks at that news conference in the paragraphs after carry its date,
// until a statement gives another date.
TEST(Fix16Test, JointNewsConferenceDate) {
  {
    const Extraction x = Extract(
        "Chile and Peru agree on a border crossing\n\n"
        "Chilean Foreign Minister Ana Rojas, speaking at a joint news "
        "conference with her Peruvian counterpart Luis Vargas in Arica on "
        "Wednesday, said the crossing would open in May.\n\n"
        "Vargas told the same briefing that trade would double.\n\n"
        "\"We have waited too long for this,\" Vargas said.\n");
    EXPECT_EQ(SpeakerOf(x, "open in May"), "Ana Rojas");
    for (const char* words :
         {"open in May", "trade would double", "waited too long"}) {
      const ExtractedStatement* s = text_testing::StatementContaining(x, words);
      ASSERT_NE(s, nullptr) << words;
      EXPECT_EQ(s->date.ToString(), "2024-03-06") << words;
    }
  }
  {
    // The news conference named in a paragraph dated by the lede; the
    // other minister's interview of another day keeps its own date.
    const Extraction x = Extract(
        "Poland and Egypt sign a grain deal\n\n"
        "Poland will sell more grain to Egypt, Polish Foreign Minister Jan "
        "Nowak said on Thursday.\n\n"
        "Nowak, speaking at a press conference in Warsaw with his Egyptian "
        "counterpart Karim Adel, said the first ships would sail in "
        "June.\n\n"
        "Adel said Egypt wanted a fair price.\n\n"
        "Adel had told a radio station on Monday that he expected no "
        "miracles.\n");
    EXPECT_EQ(SpeakerOf(x, "first ships"), "Jan Nowak");
    const ExtractedStatement* fair =
        text_testing::StatementContaining(x, "fair price");
    ASSERT_NE(fair, nullptr);
    EXPECT_EQ(text_testing::NameOf(x, fair->speaker), "Karim Adel");
    EXPECT_EQ(fair->date.ToString(), "2024-03-07");
    const ExtractedStatement* miracles =
        text_testing::StatementContaining(x, "no miracles");
    ASSERT_NE(miracles, nullptr);
    EXPECT_EQ(miracles->date.ToString(), "2024-03-04");
  }
}

// A title used alone later ("The Cabinet Secretary", "The Minister", "the
// envoy") is the person introduced with that title, also when the title is
// long and set before the name with a comma and an honorific ("Dr.",
// "Hon.", "Amb.").
TEST(Fix16Test, TitleAloneAfterHonorific) {
  {
    const Extraction x = Extract(
        "Chile and Peru hold talks on trade\n\n"
        "The Secretary of State for Trade and Industry, Dr. Ana Rojas, held "
        "talks with the Peruvian Minister of Foreign Affairs, Hon. Luis "
        "Vargas, in Santiago on Tuesday.\n\n"
        "The Secretary of State welcomed the growth of trade between the two "
        "countries.\n\n"
        "The Minister noted that Peru was ready to open its markets "
        "further.\n");
    EXPECT_EQ(SpeakerOf(x, "growth of trade"), "Ana Rojas");
    EXPECT_EQ(SpeakerOf(x, "open its markets"), "Luis Vargas");
  }
  {
    const Extraction x = Extract(
        "Egypt and Poland talk grain\n\n"
        "Cabinet Secretary for Agriculture and Rural Development, Dr. Karim "
        "Adel, received Polish Foreign Minister Jan Nowak in Cairo on "
        "Monday.\n\n"
        "The Cabinet Secretary lauded the long friendship between the two "
        "countries and called for faster grain deliveries.\n\n"
        "\"Our silos are open to Polish grain,\" said Dr. Adel.\n");
    EXPECT_EQ(SpeakerOf(x, "long friendship"), "Karim Adel");
    // The verb before the speaker's honorific and family name.
    EXPECT_EQ(SpeakerOf(x, "silos are open"), "Karim Adel");
  }
  {
    const Extraction x = Extract(
        "Poland names an envoy\n\n"
        "Poland's special envoy for Sudan, Amb. Ewa Lis, arrived in Jeddah on "
        "Monday for a new round of talks.\n\n"
        "The envoy said the parties had agreed to a short truce. She added "
        "that aid convoys would move on Wednesday.\n");
    EXPECT_EQ(SpeakerOf(x, "short truce"), "Ewa Lis");
    EXPECT_EQ(SpeakerOf(x, "aid convoys"), "Ewa Lis");
    // The state the envoy is for is not the envoy's own.
    const ExtractedActor* lis = text_testing::ActorNamed(x, "Ewa Lis");
    ASSERT_NE(lis, nullptr);
    for (const auto& a : lis->affiliations) {
      EXPECT_NE(text_testing::NameOf(x, a.organization), "Sudan");
    }
  }
}

// A ministry's heading in capitals, with abbreviated titles ("CS", "FM",
// "PM") and an adjective between the verb and "talks", makes the page a
// readout: its parties' words are dated by the page.
TEST(Fix16Test, HeadingInCapitals) {
  for (const char* heading :
       {"CS ADEL HOLDS BILATERAL TALKS WITH POLISH COUNTERPART",
        "FM ADEL MEETS HIS POLISH COUNTERPART",
        "PM RECEIVES POLAND'S FOREIGN MINISTER",
        "Minister Adel holds productive talks with Polish counterpart"}) {
    const Extraction x = Extract(
        std::string("MINISTRY OF FOREIGN AFFAIRS\n\n") + heading +
        "\n\nPosted on 4 March 2024\n\n"
        "Foreign Minister Karim Adel held talks with the Polish Foreign "
        "Minister, Jan Nowak, in Cairo. Minister Adel said Egypt valued its "
        "partnership with Poland.\n");
    EXPECT_EQ(x.info.genre, Genre::kReadout) << heading;
    const ExtractedStatement* s =
        text_testing::StatementContaining(x, "valued its partnership");
    ASSERT_NE(s, nullptr) << heading;
    EXPECT_EQ(text_testing::NameOf(x, s->speaker), "Karim Adel") << heading;
    EXPECT_TRUE(s->date.is_known()) << heading;
  }
}

// "The Commission, which advises A, B and C, welcomed ..., calling ...":
// the subject before the relative clause speaks, not the states its list
// names, and the clause's verb in the present ("advises") is no statement.
TEST(Fix16Test, SubjectWithRelativeClauseList) {
  const Extraction x = Extract(
      "Bodies welcome the ceasefire\n\n"
      "The Arctic Fisheries Commission, which advises Chile, Peru and Poland "
      "on quotas, welcomed the ceasefire on Tuesday, calling it a first step "
      "towards lasting peace.\n\n"
      "The Andean Trade Council, which groups Chile, Peru and Egypt as "
      "observers, criticised the delay, saying the talks had gone on too "
      "long.\n\n"
      "Tomas Ruiz, who advises Chile, Peru and Poland on energy, said the "
      "pipeline was safe.\n");
  EXPECT_EQ(SpeakerOf(x, "first step"), "Arctic Fisheries Commission");
  EXPECT_EQ(SpeakerOf(x, "gone on too long"), "Andean Trade Council");
  EXPECT_EQ(SpeakerOf(x, "pipeline was safe"), "Tomas Ruiz");
  for (const ExtractedStatement& s : x.statements) {
    const std::string who = text_testing::NameOf(x, s.speaker);
    EXPECT_NE(who, "Chile") << s.text;
    EXPECT_NE(who, "Peru") << s.text;
  }
}

// An absolute construction after a main clause: ", with X saying ...",
// ", with the minister adding that ..." gives X's (or the clause's
// subject's) words, a statement of its own; the main clause's words end
// before it, and words naming no actor are about the main clause's actors.
TEST(Fix16Test, AbsoluteConstruction) {
  const Extraction x = Extract(
      "Chile and Peru sign a fishing pact\n\n"
      "Chile and Peru signed a fishing pact on Monday, with Chilean Foreign "
      "Minister Ana Rojas saying the fleets would finally be safe.\n\n"
      "Peruvian Foreign Minister Luis Vargas welcomed the pact, with the "
      "minister adding that talks on the border would follow.\n\n"
      "Egypt and Poland opened a grain route on Tuesday, with Jan Nowak, "
      "Poland's foreign minister, saying that the first ship would sail in "
      "June.\n");
  const ExtractedStatement* safe =
      text_testing::StatementContaining(x, "fleets would finally be safe");
  ASSERT_NE(safe, nullptr);
  EXPECT_EQ(text_testing::NameOf(x, safe->speaker), "Ana Rojas");
  EXPECT_THAT(text_testing::About(x, *safe), ::testing::Contains("Peru"));
  const ExtractedStatement* pact =
      text_testing::StatementContaining(x, "the pact");
  ASSERT_NE(pact, nullptr);
  EXPECT_EQ(text_testing::NameOf(x, pact->speaker), "Luis Vargas");
  EXPECT_THAT(pact->text, ::testing::Not(HasSubstr("adding")));
  EXPECT_EQ(SpeakerOf(x, "talks on the border"), "Luis Vargas");
  EXPECT_EQ(SpeakerOf(x, "first ship"), "Jan Nowak");
}

// "the spokeswoman of the Russian Ministry of Foreign Affairs said", "a
// spokesman for the Egyptian foreign ministry said": the ministry (or its
// state) speaks, not the nearest named speaker; a ministry named with a
// demonym is that state's ("Ministry of Foreign Affairs (Poland)"), and
// ", asked about it," between the subject and its verb is skipped.
TEST(Fix16Test, MinistrySpokesperson) {
  const Extraction x = Extract(
      "Airspace row\n\n"
      "Chilean Foreign Minister Ana Rojas said on Monday that aircraft had "
      "entered Chilean airspace twice. \"This cannot go on,\" she said.\n\n"
      "\"These accusations are baseless,\" the spokeswoman of the Peruvian "
      "Ministry of Foreign Affairs said on Tuesday.\n\n"
      "Rojas said Santiago would summon the ambassador. A spokesman for the "
      "Egyptian foreign ministry said Cairo shared the concern.\n\n"
      "The spokesman of the Polish Ministry of Foreign Affairs, asked about "
      "the incident, said Warsaw was consulting its allies.\n");
  const std::string peru = SpeakerOf(x, "accusations are baseless");
  EXPECT_NE(peru, "Ana Rojas");
  EXPECT_THAT(peru, HasSubstr("Peru"));
  const std::string egypt = SpeakerOf(x, "shared the concern");
  EXPECT_NE(egypt, "Ana Rojas");
  EXPECT_THAT(egypt, HasSubstr("Egypt"));
  EXPECT_EQ(SpeakerOf(x, "consulting its allies"),
            "Ministry of Foreign Affairs (Poland)");
}

}  // namespace
}  // namespace diplograph
