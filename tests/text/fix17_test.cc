// Tests of the text extractor (text.h) on constructions that name their
// speakers by an office or a body: "The President of the Republic" of a
// readout that never names its principal, a title in apposition after the
// other party, "expressed the hope that", Malaysian honorifics with an
// apostrophe, a time phrase opening a clause with no comma, the office of
// a title ("The President's Office"), a body after a state's possessive
// and "quoted X, head of ..., as saying". Every text is written for the
// test, with invented people.

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

using ::testing::UnorderedElementsAre;

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    for (const auto& [name, iso3] :
         std::vector<std::pair<const char*, const char*>>{{"France", "FRA"},
                                                          {"Canada", "CAN"},
                                                          {"Sudan", "SDN"},
                                                          {"Italy", "ITA"},
                                                          {"Austria", "AUT"},
                                                          {"Portugal", "PRT"},
                                                          {"Brazil", "BRA"},
                                                          {"Malaysia", "MYS"},
                                                          {"Japan", "JPN"},
                                                          {"Sweden", "SWE"},
                                                          {"Pakistan", "PAK"},
                                                          {"Kenya", "KEN"},
                                                          {"Russia", "RUS"},
                                                          {"Sri Lanka", "LKA"},
                                                          {"Maldives", "MDV"},
                                                          {"Ghana", "GHA"},
                                                          {"Nepal", "NPL"},
                                                          {"India", "IND"}}) {
      *g->AddActor({.name = name, .kind = ActorKind::kState, .iso3 = iso3});
    }
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

// The first statement containing `words`, or null.
const ExtractedStatement* Find(const Extraction& x, const std::string& words) {
  return text_testing::StatementContaining(x, words);
}

// The speaker of the first statement containing `words`, "" for none.
std::string SpeakerOf(const Extraction& x, const std::string& words) {
  const ExtractedStatement* s = Find(x, words);
  return s == nullptr ? "" : text_testing::NameOf(x, s->speaker);
}

// The speaker and co-speakers of the first statement containing `words`.
std::vector<std::string> SpeakersOf(const Extraction& x,
                                    const std::string& words) {
  std::vector<std::string> out;
  const ExtractedStatement* s = Find(x, words);
  if (s == nullptr) return out;
  out.push_back(text_testing::NameOf(x, s->speaker));
  for (int c : s->co_speakers) out.push_back(text_testing::NameOf(x, c));
  return out;
}

// A readout that never names its own principal calls him by the office of
// the state ("The President of the Republic", "The Prime Minister of the
// Nation", "The President of the Council of Ministers"): one person, named
// as written, who speaks in every sentence so opened; "The two leaders"
// pairs him with the other party; "The Prime Minister" is the other party
// named before with that title in apposition.
TEST(Fix17Test, OfficeOfTheStateInReadout) {
  {
    const Extraction x = Extract(
        "Telephone conversation with Mr Paul Lefort, Prime Minister of "
        "Canada\n\n"
        "The President of the Republic spoke this morning with Mr Paul "
        "Lefort, Prime Minister of Canada.\n\n"
        "On Sudan, the President of the Republic expressed his deep concern "
        "about the fighting and called for a ceasefire.\n\n"
        "The two leaders agreed to meet again before the end of the year.\n\n"
        "The Prime Minister expressed the hope that France would ratify the "
        "trade agreement.\n");
    EXPECT_EQ(x.info.genre, Genre::kReadout);
    EXPECT_EQ(SpeakerOf(x, "about the fighting"), "President of the Republic");
    EXPECT_THAT(SpeakersOf(x, "meet again"),
                UnorderedElementsAre("President of the Republic",
                                     ::testing::HasSubstr("Paul Lefort")));
    EXPECT_THAT(SpeakerOf(x, "France would ratify"),
                ::testing::HasSubstr("Paul Lefort"));
  }
  {
    const Extraction x = Extract(
        "Telephone conversation with Chancellor Greta Hofer of Austria\n\n"
        "The President of the Council of Ministers held a telephone "
        "conversation today with Chancellor Greta Hofer of Austria.\n\n"
        "The President of the Council of Ministers said that Italy and "
        "Austria would work together on migration.\n\n"
        "The Chancellor stressed that the Brenner crossing must stay open.\n");
    EXPECT_EQ(SpeakerOf(x, "work together on migration"),
              "President of the Council of Ministers");
    EXPECT_THAT(SpeakerOf(x, "Brenner crossing"),
                ::testing::HasSubstr("Greta Hofer"));
  }
  {
    const Extraction x = Extract(
        "Telephone conversation with President Joao Prates of Brazil\n\n"
        "The Prime Minister of the Nation spoke with President Joao Prates "
        "of Brazil.\n\n"
        "The Prime Minister of the Nation stressed that Portugal and Brazil "
        "shared a common language and history.\n\n"
        "The President of the Government welcomed the agreement and said "
        "that it would open new markets.\n");
    EXPECT_EQ(SpeakerOf(x, "common language"), "Prime Minister of the Nation");
    EXPECT_EQ(SpeakerOf(x, "open new markets"), "President of the Government");
  }
  {
    // In a news report the office names no person of its own.
    const Extraction x = Extract(
        "France and Canada discuss trade\n\n"
        "PARIS, March 7 (Wire) - France and Canada discussed trade on "
        "Thursday. The President of the Republic said that the agreement "
        "was good for both countries, according to officials.\n");
    for (const ExtractedStatement& s : x.statements) {
      EXPECT_NE(text_testing::NameOf(x, s.speaker), "President of the Republic")
          << s.text;
    }
  }
}

// "expressed the hope that", "expressed Japan's wish to", "expressed the
// wish that": "the" or a name's possessive before the noun of what is
// expressed; "wish" and "desire" are such nouns.
TEST(Fix17Test, ExpressedTheHope) {
  const Extraction x = Extract(
      "Ministers meet in Tokyo\n\n"
      "Ingrid Dahl expressed the hope that the talks would resume soon.\n\n"
      "Kenji Mori expressed Japan's wish to strengthen cooperation with "
      "Sweden.\n\n"
      "Ravi Menon expressed the wish that India and Nepal would reopen the "
      "border.\n\n"
      "Aiko Sato expressed her desire to visit Stockholm next year.\n");
  EXPECT_EQ(SpeakerOf(x, "talks would resume"), "Ingrid Dahl");
  EXPECT_EQ(SpeakerOf(x, "strengthen cooperation"), "Kenji Mori");
  EXPECT_EQ(SpeakerOf(x, "reopen the border"), "Ravi Menon");
  EXPECT_EQ(SpeakerOf(x, "visit Stockholm"), "Aiko Sato");
}

// "H.E. Dato' Seri X bin Y", "Dato' X", "Dato’ Sri X": the apostrophe
// after "Dato" is the honorific's, and "Minister X" later is the person.
TEST(Fix17Test, MalaysianHonorificWithApostrophe) {
  for (const char* honorific :
       {"H.E. Dato' Seri", "Dato'", "Dato\xE2\x80\x99 Sri", "Datuk Seri"}) {
    const Extraction x = Extract(
        std::string("Foreign Ministers' Meeting\n\n"
                    "On March 7, Foreign Minister Kenji Mori of Japan held a "
                    "meeting with ") +
        honorific +
        " Rahman bin Yusof, Minister of Foreign Affairs of Malaysia, who "
        "is visiting Japan.\n\n"
        "Minister Rahman stated that Malaysia would like to deepen its "
        "relations with Japan.\n");
    EXPECT_THAT(SpeakerOf(x, "deepen its relations"),
                ::testing::HasSubstr("Rahman bin Yusof"))
        << honorific;
  }
}

// "Last week the spokesperson of the Pakistani Foreign Office said that
// ...", "Yesterday the spokesman of ...", "On Monday the ...": a time phrase
// with no comma opens the clause, so the description opens it too and its
// body speaks; inside a question the phrase right before the speaker dates
// the reported statement.
TEST(Fix17Test, TimePhraseOpensClause) {
  {
    const Extraction x = Extract(
        "Ministers discuss trade\n\n"
        "Last week the spokesperson of the Pakistani Foreign Office said "
        "that Islamabad was ready to resume talks.\n\n"
        "Yesterday the spokesman of the Kenyan Foreign Ministry said that "
        "Nairobi wanted new talks on the port.\n\n"
        "Earlier this month the spokeswoman of the Ghanaian Ministry of "
        "Trade said that Accra would lower tariffs.\n");
    EXPECT_THAT(SpeakerOf(x, "ready to resume talks"),
                ::testing::HasSubstr("Foreign Office"));
    EXPECT_THAT(SpeakerOf(x, "new talks on the port"),
                ::testing::HasSubstr("Foreign Ministry"));
    EXPECT_THAT(SpeakerOf(x, "lower tariffs"),
                ::testing::HasSubstr("Ministry of Trade"));
  }
  {
    // Published on Wednesday 2024-03-20: last week is 11-17 March.
    const Extraction x = text_testing::ExtractDated(
        TheExtractor(),
        "Briefing by the Foreign Ministry Spokeswoman Irina Volkova, Moscow, "
        "March 20, 2024\n\n"
        "Irina Volkova: Good afternoon. Let me begin with the schedule.\n\n"
        "Question: Ali Raza, Pakistan Daily. Last week the spokesperson of "
        "the Pakistani Foreign Office said that Islamabad was ready to "
        "resume talks on the pipeline. Is Moscow ready?\n\n"
        "Irina Volkova: The project remains on the agenda.\n\n"
        "Question: On Monday the spokesman of the Kenyan Foreign Ministry "
        "said that Nairobi wanted new talks. Will you respond?\n\n"
        "Irina Volkova: We will see.\n",
        "2024-03-20");
    const ExtractedStatement* s = Find(x, "ready to resume talks");
    ASSERT_NE(s, nullptr);
    EXPECT_THAT(text_testing::NameOf(x, s->speaker),
                ::testing::HasSubstr("Foreign Office"));
    EXPECT_EQ(s->date.ToString(), "2024-03");
    const ExtractedStatement* k = Find(x, "Nairobi wanted new talks");
    ASSERT_NE(k, nullptr);
    EXPECT_THAT(text_testing::NameOf(x, k->speaker),
                ::testing::HasSubstr("Foreign Ministry"));
    EXPECT_EQ(k->date.ToString(), "2024-03-18");
  }
}

// "The President's Office in Male said", "Kenya's President's Office
// said", "The Prime Minister's Office said": the office of a title speaks,
// with its state when the text gives it; "according to Sri Lanka's
// Ministry of Fisheries": a body the registry does not know after a
// state's possessive; "quoted X, head of a cooperative in Y, as saying":
// the name before the title's apposition speaks.
TEST(Fix17Test, OfficesAndBodies) {
  const Extraction x = Extract(
      "Sri Lanka and the Maldives discuss fishermen\n\n"
      "COLOMBO, March 8 (Wire) - Sri Lanka and the Maldives held talks on "
      "Thursday.\n\n"
      "The President's Office in Male said in a statement on Wednesday that "
      "the detained men were in good health.\n\n"
      "Kenya's President's Office said that the talks had been useful.\n\n"
      "The Prime Minister's Office in Islamabad said that the visit would go "
      "ahead.\n\n"
      "At least 40 fishermen have been detained since January, according to "
      "Sri Lanka's Ministry of Fisheries.\n\n"
      "Twelve boats were seized this year, according to Ghana's Fisheries "
      "Commission.\n\n"
      "The Island newspaper quoted Nuwan Perera, head of a fishermen's "
      "cooperative in Negombo, as saying that the boats had drifted.\n\n"
      "A local daily quoted Hari Thapa, a spokesman for the traders' "
      "association in Birgunj, as saying that trade had stopped.\n");
  EXPECT_EQ(SpeakerOf(x, "in good health"), "President's Office");
  EXPECT_EQ(SpeakerOf(x, "had been useful"), "President's Office (Kenya)");
  EXPECT_EQ(SpeakerOf(x, "visit would go ahead"),
            "Prime Minister's Office (Pakistan)");
  EXPECT_EQ(SpeakerOf(x, "detained since January"),
            "Ministry of Fisheries (Sri Lanka)");
  EXPECT_EQ(SpeakerOf(x, "seized this year"), "Fisheries Commission (Ghana)");
  EXPECT_EQ(SpeakerOf(x, "boats had drifted"), "Nuwan Perera");
  EXPECT_EQ(SpeakerOf(x, "trade had stopped"), "Hari Thapa");
}

}  // namespace
}  // namespace diplograph
