// Tests of the text extractor (text.h) on joint statements and call or
// meeting readouts in the forms governments publish them: the many names
// of a joint document's heading, its parties from the heading or the first
// paragraph (formal names, an invitation and a visit, organisations named
// only as a topic), place-and-date lines and signatures around the text;
// readouts headed by an office's call or meeting, and "the leaders", "Both
// Ministers", "the parties" resolved to the call's two parties. Every
// document is written for the test, with invented people.

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
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
using text_testing::StatementContaining;

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor({.name = "Norway", .kind = ActorKind::kState, .iso3 = "NOR"});
    *g->AddActor({.name = "Iceland", .kind = ActorKind::kState, .iso3 = "ISL"});
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

// The speaker and co-speakers of statement `s`, sorted and joined by " + ".
std::string Speakers(const Extraction& x, const ExtractedStatement& s) {
  std::vector<std::string> names = {NameOf(x, s.speaker)};
  for (int c : s.co_speakers) names.push_back(NameOf(x, c));
  std::sort(names.begin(), names.end());
  return absl::StrJoin(names, " + ");
}

// The speakers of every statement, in order.
std::vector<std::string> AllSpeakers(const Extraction& x) {
  std::vector<std::string> out;
  for (const ExtractedStatement& s : x.statements) {
    out.push_back(Speakers(x, s));
  }
  return out;
}

// A joint document's heading has many names besides "Joint Statement":
// each makes the text after it one statement of the parties.
TEST(TextJoint9Test, JointHeadingsOfManyNames) {
  struct Case {
    std::string text, speakers;
  };
  const std::vector<Case> cases = {
      {"Joint Press Statement\n\n"
       "The leaders of Indonesia and Vietnam met in Hanoi on 9 June 2026 for "
       "their second annual summit.\n\n"
       "The two leaders agreed to raise bilateral trade by 2030.\n",
       "Indonesia + Vietnam"},
      {"India-Australia Joint Vision Statement\n\n"
       "The Prime Minister of India and the Prime Minister of Australia held "
       "their annual summit in Canberra on 2 February 2026.\n\n"
       "They agreed to expand cooperation on critical minerals.\n",
       "Australia + India"},
      {"Trilateral Leaders' Statement of Japan, the Philippines and the "
       "United States\n\n"
       "We, the leaders of our three countries, met today for our first "
       "trilateral summit.\n\n"
       "We reaffirm our commitment to freedom of navigation.\n",
       "Japan + Philippines + United States"},
      {"Full Text of the Joint Communique on the Visit of the Prime Minister "
       "of Malaysia to Egypt\n\n"
       "The Government of Malaysia and the Government of the Arab Republic of "
       "Egypt (hereinafter \"the two sides\") held talks in Cairo on 3 March "
       "2026.\n\n"
       "The Sides expressed concern over the humanitarian situation in "
       "Sudan.\n",
       "Egypt + Malaysia"},
      {"Finland-Estonia Joint Statement\n\n"
       "The Finnish and Estonian Prime Ministers met in Tallinn on 4 March "
       "2024.\n\n"
       "1. The two leaders agreed to build a second power cable.\n",
       "Estonia + Finland"},
      {"Statement by the Leaders of Norway, Denmark and Sweden\n\n"
       "We, the Prime Ministers of our three countries, met today in "
       "Copenhagen.\n\n"
       "We agree to deepen our defence cooperation.\n",
       "Denmark + Norway + Sweden"},
      // A group of states speaks as one; the heading's topic is no party.
      {"G7 Leaders' Statement on Ukraine\n\n"
       "We, the Leaders of the Group of Seven (G7), reaffirm our support "
       "for Ukraine.\n\n"
       "We will continue to impose costs on those who violate the UN "
       "Charter.\n",
       "G7"},
      {"Quad Leaders' Joint Statement\n\n"
       "We, the leaders of Australia, India, Japan and the United States, met "
       "today in Sydney.\n\n"
       "We will hold our next summit in India.\n",
       "Australia + India + Japan + United States"},
  };
  for (const Case& c : cases) {
    const Extraction x = Extract(c.text);
    EXPECT_EQ(x.info.genre, Genre::kJointStatement) << c.text;
    ASSERT_EQ(x.statements.size(), 1u) << c.text;
    EXPECT_EQ(Speakers(x, x.statements[0]), c.speakers) << c.text;
    EXPECT_EQ(x.statements[0].channel, "joint statement") << c.text;
  }
}

// A news headline that says leaders signed or issued a joint statement,
// and a joint statement's title in a page's list of related links, head no
// joint statement.
TEST(TextJoint9Test, HeadlinesAndLinksNamingAJointStatementAreNoHeading) {
  const Extraction signed_it = Extract(
      "Norway and Iceland Sign Joint Statement on Fisheries\n\n"
      "Norway and Iceland on Friday signed a joint statement on fisheries "
      "in the North Atlantic.\n\n"
      "Iceland said the agreement was a good result for both countries.\n");
  EXPECT_NE(signed_it.info.genre, Genre::kJointStatement);
  EXPECT_EQ(StatementContaining(signed_it, "fisheries in the North"), nullptr);

  const Extraction links = Extract(
      "Visit of the Foreign Minister of Ghana to Norway\n\n"
      "The two ministers reviewed bilateral ties in Oslo today.\n\n"
      "Related Links\n"
      "Joint Statement on the Norway-Africa Business Forum\n"
      "Press Release on the visit of the Minister to Iceland\n");
  EXPECT_NE(links.info.genre, Genre::kJointStatement);
  for (const ExtractedStatement& s : links.statements) {
    EXPECT_EQ(s.text.find("Press Release"), std::string::npos) << s.text;
  }
}

// The parties: those the heading names before what the document is about,
// else the states of the first paragraph (an organisation named as a topic
// is no party), else with the guest of "At the invitation of X, Y paid a
// state visit to Z".
TEST(TextJoint9Test, PartiesFromHeadingFirstParagraphOrVisit) {
  const Extraction heading = Extract(
      "Joint Statement between the Republic of Chile and the Kingdom of "
      "Sweden on Support for Ukraine\n\n"
      "The two sides reaffirmed their support for the sovereignty of "
      "Ukraine.\n\n"
      "Both countries agreed to cooperate on demining.\n");
  ASSERT_EQ(heading.statements.size(), 1u);
  EXPECT_EQ(Speakers(heading, heading.statements[0]), "Chile + Sweden");

  const Extraction states = Extract(
      "Joint Declaration\n\n"
      "The Hellenic Republic and the Portuguese Republic, hereinafter \"the "
      "Parties\", share a commitment to a stronger European Union.\n\n"
      "1. The Parties agree to cooperate on maritime surveillance.\n");
  ASSERT_EQ(states.statements.size(), 1u);
  EXPECT_EQ(Speakers(states, states.statements[0]), "Greece + Portugal");

  const Extraction visit = Extract(
      "Joint Statement on the State Visit of President Tomas Lindgren to "
      "Kenya\n\n"
      "At the invitation of President Amani Wanjala, President Tomas "
      "Lindgren paid a state visit to the Republic of Kenya from 4 to 6 "
      "March 2024.\n\n"
      "The two Presidents agreed to establish a direct flight between "
      "Nairobi and Stockholm.\n");
  ASSERT_EQ(visit.statements.size(), 1u);
  EXPECT_EQ(Speakers(visit, visit.statements[0]), "Kenya + Tomas Lindgren");
}

// The text starts past a place-and-date line under the heading and ends
// before a closing "Done at X on DATE" line or the signatures.
TEST(TextJoint9Test, PlaceDateAndSignatureLinesAreNoPartOfTheText) {
  const Extraction dated = Extract(
      "Joint Statement between Norway and Iceland\n\n"
      "Reykjavik, 7 March 2024\n\n"
      "The two Governments agreed to extend the fisheries agreement.\n\n"
      "Done at Reykjavik on 7 March 2024\n\n"
      "For the Kingdom of Norway\n"
      "Kari Lunde\n");
  ASSERT_EQ(dated.statements.size(), 1u);
  EXPECT_EQ(dated.statements[0].text,
            "The two Governments agreed to extend the fisheries agreement.");

  const Extraction subtitle = Extract(
      "Joint Statement on the Official Visit of Prime Minister Ole Berg of "
      "Norway to Vietnam\n\n"
      "Ministry of Foreign Affairs\n\n"
      "The two sides held talks in Hanoi in a friendly atmosphere.\n\n"
      "The two Prime Ministers agreed to upgrade their relations.\n");
  ASSERT_EQ(subtitle.statements.size(), 1u);
  EXPECT_EQ(Speakers(subtitle, subtitle.statements[0]), "Norway + Vietnam");
  EXPECT_TRUE(absl::StartsWith(subtitle.statements[0].text, "The two sides"))
      << subtitle.statements[0].text;

  const Extraction furniture = Extract(
      "Joint Statement between Finland and Estonia\n\n"
      "The Governments of Finland and Estonia held consultations in "
      "Helsinki.\n\n"
      "1. The two sides agreed to build a second power cable.\n\n"
      "Tags: Finland, Estonia, energy\n"
      "Copyright 2026 Ministry for Foreign Affairs of Finland. All rights "
      "reserved.\n");
  ASSERT_EQ(furniture.statements.size(), 1u);
  EXPECT_TRUE(
      absl::EndsWith(furniture.statements[0].text, "a second power cable."))
      << furniture.statements[0].text;

  const Extraction signed_text = Extract(
      "Joint Communique between the Republic of Kenya and the Federal "
      "Republic of Germany\n\n"
      "The Government of the Republic of Kenya and the Government of the "
      "Federal Republic of Germany held their energy dialogue in Nairobi.\n\n"
      "1. The two Governments agreed to expand geothermal cooperation.\n\n"
      "For the Government of the Republic of Kenya\n"
      "Amina Wekesa\n"
      "Cabinet Secretary for Energy\n\n"
      "For the Government of the Federal Republic of Germany\n"
      "Lukas Brenner\n"
      "State Secretary\n");
  ASSERT_EQ(signed_text.statements.size(), 1u);
  EXPECT_EQ(Speakers(signed_text, signed_text.statements[0]),
            "Germany + Kenya");
  EXPECT_TRUE(absl::EndsWith(signed_text.statements[0].text,
                             "expand geothermal cooperation."))
      << signed_text.statements[0].text;
}

// A heading naming an office's call or meeting makes a readout: "PM call
// with ...", "Prime Minister X holds telephone call with ...", "Telephone
// conversation with ...". A news page with the same headline form and a
// quotation stays a report.
TEST(TextJoint9Test, ReadoutHeadingsOfAnOfficesCallOrMeeting) {
  for (const std::string& heading :
       {std::string("PM call with Chancellor Greta Holm: 8 March 2024"),
        std::string("Prime Minister Lunde holds telephone call with "
                    "Chancellor Holm"),
        std::string("Foreign Minister Lunde meets Icelandic counterpart"),
        std::string("Telephone conversation with Chancellor Greta Holm")}) {
    const Extraction x = Extract(
        heading +
        "\n\nPrime Minister Kari Lunde spoke today with Chancellor Greta "
        "Holm. The leaders agreed to meet at the summit.\n");
    EXPECT_EQ(x.info.genre, Genre::kReadout) << heading;
    EXPECT_THAT(AllSpeakers(x), ElementsAre("Greta Holm + Kari Lunde"))
        << heading;
  }
  const Extraction news = Extract(
      "Prime Minister Lunde holds telephone call with Chancellor Holm\n\n"
      "Prime Minister Kari Lunde spoke with Chancellor Greta Holm on "
      "Thursday. \"We agreed to meet soon,\" Lunde told reporters.\n");
  EXPECT_EQ(news.info.genre, Genre::kNewsReport);
}

// In a readout "the leaders", "Both Ministers", "the parties", "the prime
// ministers" are the call's two parties, also when one is named by
// "counterpart X" or "the President of Z, X," or only by the office ("The
// Prime Minister spoke to ...").
TEST(TextJoint9Test, ReadoutPairPhrasesAreTheTwoParties) {
  const Extraction counterpart = Extract(
      "Foreign Minister Lunde meets Icelandic counterpart\n\n"
      "Foreign Minister Kari Lunde met with her counterpart Jon Sigurdsson in "
      "Oslo. The Ministers reaffirmed the strength of the relationship "
      "between Norway and Iceland. Minister Lunde welcomed Iceland's "
      "leadership on Arctic research. Both Ministers agreed to hold a "
      "dialogue later this year.\n");
  EXPECT_THAT(AllSpeakers(counterpart),
              ElementsAre("Jon Sigurdsson + Kari Lunde", "Kari Lunde",
                          "Jon Sigurdsson + Kari Lunde"));
  EXPECT_EQ(ActorNamed(counterpart, "Both Ministers"), nullptr);

  const Extraction apposition = Extract(
      "Prime Minister Lunde holds telephone call with President Ruiz of "
      "Mexico\n\n"
      "Prime Minister Kari Lunde held a telephone conversation today with "
      "the President of Mexico, Ana Ruiz. The leaders underscored the "
      "importance of trade between Norway "
      "and Mexico. The President expressed her appreciation for Norway's "
      "support. The parties agreed to maintain contacts.\n");
  EXPECT_THAT(AllSpeakers(apposition),
              ElementsAre("Ana Ruiz + Kari Lunde", "Ana Ruiz",
                          "Ana Ruiz + Kari Lunde"));

  const Extraction named = Extract(
      "Secretary Dunmore's Meeting with Chilean Foreign Minister Paredes\n\n"
      "Secretary of State Paul Dunmore met today with Chilean Foreign "
      "Minister Rosa Paredes Ibarra. Foreign Minister Paredes and the "
      "Secretary reaffirmed their support for free elections in the "
      "region.\n");
  EXPECT_THAT(AllSpeakers(named),
              ElementsAre("Paul Dunmore + Rosa Paredes Ibarra"));
  ASSERT_EQ(named.statements.size(), 1u);
  EXPECT_EQ(NameOf(named, named.statements[0].speaker), "Rosa Paredes Ibarra");

  const Extraction received = Extract(
      "Deputy Foreign Minister received the Ambassador of Chile\n\n"
      "Deputy Foreign Minister Arman Seitkali received the Ambassador of "
      "Chile, Pablo Rojas. Seitkali noted that Kazakhstan valued its "
      "partnership with Chile. The sides agreed to hold consultations in "
      "Santiago.\n");
  EXPECT_EQ(received.info.genre, Genre::kReadout);
  EXPECT_THAT(AllSpeakers(received),
              ElementsAre("Arman Seitkali", "Arman Seitkali + Pablo Rojas"));

  const Extraction office = Extract(
      "PM call with Chancellor Greta Holm: 8 March 2024\n\n"
      "The Prime Minister spoke to Chancellor Greta Holm this afternoon.\n\n"
      "The Prime Minister welcomed Iceland's increase in defence spending. "
      "Both leaders agreed that support for the fisheries talks must "
      "continue.\n");
  ASSERT_EQ(office.statements.size(), 2u);
  EXPECT_THAT(AllSpeakers(office)[1], Not(IsEmpty()));
  EXPECT_EQ(office.statements[1].co_speakers.size(), 1u);
  EXPECT_THAT(AllSpeakers(office)[1], ::testing::HasSubstr("Greta Holm"));
}

// "They agreed to ..." right after a statement of two persons together,
// and a capitalised "They" after a paragraph telling that two persons met,
// are that pair in a report too ("the prime ministers", "both foreign
// ministers" are a pair there); after one person's statement "They agreed"
// is none.
TEST(TextJoint9Test, TheyAgreedAfterAPairStatement) {
  const Extraction pair = Extract(
      "Prime Minister Kari Lunde spoke with Prime Minister Ana Ruiz on Friday. "
      "The prime ministers reaffirmed their partnership. They agreed to meet "
      "at the summit in June.\n");
  EXPECT_THAT(AllSpeakers(pair),
              ElementsAre("Ana Ruiz + Kari Lunde", "Ana Ruiz + Kari Lunde"));

  const Extraction ministers = Extract(
      "Foreign Minister Jon Sigurdsson met Foreign Minister Ana Ruiz in "
      "Madrid. Both foreign ministers welcomed the new air link. They also "
      "agreed to open consulates.\n");
  EXPECT_THAT(AllSpeakers(ministers), ElementsAre("Ana Ruiz + Jon Sigurdsson",
                                                  "Ana Ruiz + Jon Sigurdsson"));

  const Extraction met = Extract(
      "Foreign Minister Jon Sigurdsson met Foreign Minister Ana Ruiz in "
      "Madrid on Friday.\n\n"
      "They reaffirmed their commitment to closer trade ties.\n");
  EXPECT_THAT(AllSpeakers(met), ElementsAre("Ana Ruiz + Jon Sigurdsson"));

  const Extraction one = Extract(
      "Foreign Minister Jon Sigurdsson met Foreign Minister Ana Ruiz in "
      "Madrid. Sigurdsson welcomed the new air link. They agreed to open "
      "consulates.\n");
  EXPECT_THAT(AllSpeakers(one), ElementsAre("Jon Sigurdsson"));
}

}  // namespace
}  // namespace diplograph
