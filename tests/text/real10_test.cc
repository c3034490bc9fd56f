// Tests of the text extractor (text.h) on constructions that a sixth batch
// of real published pages (wire reports on talks and calls, briefings of
// foreign ministries) showed missing: a clause attributed after it by an
// attribution that a subordinate clause or ", adding ..." follows, the
// ministry of a person ("X's ministry said") and a time alone after the
// verb. Every sentence is written for the test, with invented people.

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
using ::testing::Not;
using text_testing::Said;

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor({.name = "Norway", .kind = ActorKind::kState, .iso3 = "NOR"});
    *g->AddActor({.name = "Iceland", .kind = ActorKind::kState, .iso3 = "ISL"});
    *g->AddActor({.name = "Finland", .kind = ActorKind::kState, .iso3 = "FIN"});
    *g->AddActor({.name = "Olga Tamm", .kind = ActorKind::kPerson});
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

// ", Y said on Wednesday after she met ...": a subordinate clause with no
// comma of its own after the verb (and a time, an addressee) closes the
// attribution; the clause before the comma is what was said, the
// subordinate clause is the writer's.
TEST(Real10Test, AttributionClosedByASubordinateClause) {
  const Extraction x = Extract(
      "Iceland is ready to resume fisheries talks, Foreign Minister Olga "
      "Tamm said on Wednesday after she met her Icelandic counterpart in "
      "Bergen.\n"
      "The ceasefire in the north must hold, Petra Lind told reporters when "
      "she arrived in Oslo for two days of meetings.\n"
      "Finland expressed a clear intent to rejoin the working group, "
      "Norway's foreign ministry said on Tuesday before the ministers "
      "gathered in Helsinki.\n"
      "Olga Tamm said the talks would resume after the holiday.\n"
      "Finland's minister expressed a \"firm wish\" to join the talks in "
      "Oslo, Norway's foreign ministry said on Monday after the two "
      "ministers met.\n");
  const std::vector<std::string> said = Said(x);
  EXPECT_THAT(
      said, Contains("Olga Tamm: Iceland is ready to resume fisheries talks"));
  EXPECT_THAT(said,
              Contains("Petra Lind: The ceasefire in the north must hold"));
  EXPECT_THAT(said, Contains("Norway's foreign ministry: Finland expressed a "
                             "clear intent to rejoin the working group"));
  EXPECT_THAT(said, Not(Contains("Olga Tamm: after she met her Icelandic "
                                 "counterpart in Bergen")));
  EXPECT_THAT(said, Contains("Norway's foreign ministry: firm wish"));
  // A subordinate clause inside the words after the verb is theirs.
  EXPECT_THAT(said,
              Contains("Olga Tamm: the talks would resume after the holiday"));
}

// "..., Y said on Thursday, adding (that) B.": the clause before the
// attribution and B are both Y's. Not when the verb has words of its own
// before the participle ("On trade, X thanked Iceland ..., adding").
TEST(Real10Test, AttributionThenAddingAfterTheClause) {
  const Extraction x = Extract(
      "Norway is working to bring the two sides together, Foreign Minister "
      "Olga Tamm said on Thursday, adding the meeting could happen within "
      "two weeks.\n"
      "The border crossing will reopen in March, Finland's interior ministry "
      "said, noting that inspections would continue.\n"
      "On trade, Petra Lind thanked Iceland for its support, adding that the "
      "tariff dispute was settled.\n");
  const std::vector<std::string> said = Said(x);
  EXPECT_THAT(said, Contains("Olga Tamm: Norway is working to bring the two "
                             "sides together"));
  EXPECT_THAT(said,
              Contains("Olga Tamm: the meeting could happen within two weeks"));
  EXPECT_THAT(said, Contains("Finland's interior ministry: The border "
                             "crossing will reopen in March"));
  EXPECT_THAT(said, Contains("Finland's interior ministry: inspections would "
                             "continue"));
  EXPECT_THAT(said, Not(Contains("Petra Lind: On trade")));
}

// "Tamm's ministry said Wednesday.": the ministry or government of a person
// the text tied to one state speaks for that state, and "the ministry"
// later is the same; a time alone after the verb is no words.
TEST(Real10Test, APersonsMinistrySpeaksForTheState) {
  const Extraction x = Extract(
      "Norwegian Foreign Minister Olga Tamm held phone talks with her "
      "Icelandic counterpart, Jon Sigurdsson, on fisheries, Tamm's ministry "
      "said Wednesday.\n"
      "The call, arranged at Sigurdsson's request, lasted about an hour, "
      "said the ministry.\n"
      "Tamm's government said on Friday that the visit would go ahead.\n");
  const std::vector<std::string> said = Said(x);
  EXPECT_THAT(said, Contains("Norway: Norwegian Foreign Minister Olga Tamm "
                             "held phone talks with her Icelandic "
                             "counterpart, Jon Sigurdsson, on fisheries"));
  EXPECT_THAT(said, Contains("Norway: The call, arranged at Sigurdsson's "
                             "request, lasted about an hour"));
  EXPECT_THAT(said, Contains("Norway: the visit would go ahead"));
  EXPECT_THAT(said, Not(Contains("Jon Sigurdsson: Wednesday")));
}

// A foreign ministry's press conference: "Ms. X, Foreign Press
// Secretary:" (an honorific with its full stop) and "Foreign Press
// Secretary X:" are the secretary's turns ("press" is part of the title,
// no outlet); "Berg, Nordic Times:" is a journalist of an outlet asking,
// which ends the answer before it.
TEST(Real10Test, PressSecretaryAndQuestionerLabels) {
  const Extraction x = Extract(
      "Press Conference by Foreign Press Secretary Olga Tamm\n"
      "Wednesday, March 4, 4:30 p.m. Ministry of Foreign Affairs\n"
      "Ms. Olga Tamm, Foreign Press Secretary: Norway welcomes the agreement "
      "on fisheries quotas reached with Iceland yesterday.\n"
      "Berg, Nordic Times: Will the minister travel to Reykjavik this "
      "month?\n"
      "Foreign Press Secretary Tamm: No decision has been made on the "
      "minister's travel.\n"
      "Nordic Radio, Lind: Is Finland part of the agreement?\n"
      "Foreign Press Secretary Tamm: Finland was consulted throughout.\n");
  const std::vector<std::string> said = Said(x);
  EXPECT_THAT(said, Contains("Olga Tamm: Norway welcomes the agreement on "
                             "fisheries quotas reached with Iceland "
                             "yesterday."));
  EXPECT_THAT(said, Contains("Olga Tamm: No decision has been made on the "
                             "minister's travel."));
  EXPECT_THAT(said, Contains("Olga Tamm: Finland was consulted throughout."));
  EXPECT_THAT(said, Not(Contains("Foreign Press Secretary Tamm: No decision "
                                 "has been made on the minister's travel.")));
}

// A headline "'A new chapter': Iceland says ...": the quotation before the
// colon is the speaker's after it, not a continuation of the last speaker
// of the page; the verb's own words are a statement too.
TEST(Real10Test, QuotationThenColonThenSpeakerInAHeadline) {
  const Extraction x = Extract(
      "Norway will host the talks, Olga Tamm said on Wednesday.\n"
      "\"We are ready,\" Tamm told reporters.\n"
      "'A new chapter': Iceland says fisheries deal is within reach\n"
      "\u201cTime is short\u201d: Finland urges quick agreement on quotas\n");
  const std::vector<std::string> said = Said(x);
  EXPECT_THAT(said, Contains("Iceland: A new chapter"));
  EXPECT_THAT(said, Contains("Iceland: fisheries deal is within reach"));
  EXPECT_THAT(said, Contains("Finland: Time is short"));
  EXPECT_THAT(said, Not(Contains("Olga Tamm: A new chapter")));
  EXPECT_THAT(said, Not(Contains("Olga Tamm: Time is short")));
}

// A wire headline closed by its source after a dash: the line before the
// dash is the source's when it is a clause (a verb, an auxiliary or "to")
// of four words or more; a title line with a dash is none, and an outlet
// after the dash speaks for no one.
TEST(Real10Test, HeadlineClosedByItsSourceAfterADash) {
  const Extraction x = Extract(
      "Iceland minister expressed clear intent to return to fisheries talks "
      "-Norway\n"
      "Fisheries talks to resume in Bergen next week - Olga Tamm\n"
      "Foreign Ministers Meeting on Arctic Fisheries - Norway\n"
      "Ceasefire will hold in the north - Nordic Wire\n");
  const std::vector<std::string> said = Said(x);
  EXPECT_THAT(said, Contains("Norway: Iceland minister expressed clear intent "
                             "to return to fisheries talks"));
  EXPECT_THAT(said, Contains("Olga Tamm: Fisheries talks to resume in Bergen "
                             "next week"));
  EXPECT_THAT(said, Not(Contains("Norway: Foreign Ministers Meeting on Arctic "
                                 "Fisheries")));
  EXPECT_THAT(said, Not(Contains("Nordic Wire: Ceasefire will hold in the "
                                 "north")));
}

}  // namespace
}  // namespace diplograph
