// Tests of the text extractor (text.h) on constructions of real pages that
// the extractor missed on a first measure made before any rule was
// written for them: full stops with no space after them, a misspelt
// family name after a quotation, a quotation of a predicate after its
// subject's name, ", adding …" after a quotation's attribution, a
// quotation after reported speech and two subjects of reported words. Every
// text is written for the test, with invented people.

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

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;
using text_testing::Said;

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor({.name = "Norway", .kind = ActorKind::kState, .iso3 = "NOR"});
    *g->AddActor({.name = "Iceland", .kind = ActorKind::kState, .iso3 = "ISL"});
    *g->AddActor({.name = "Chile", .kind = ActorKind::kState, .iso3 = "CHL"});
    *g->AddActor({.name = "Peru", .kind = ActorKind::kState, .iso3 = "PER"});
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

// A page that lost the space after its full stops ("fishing.The two
// sides"): the period still ends the sentence, so a reported clause stops
// there and the next sentence's statement is read on its own. A period
// inside "U.S.", "e.g." or a number ends nothing.
TEST(Real11Test, FullStopWithNoSpaceAfterIt) {
  const Extraction x = Extract(
      "Norway and Iceland signed a fisheries accord in Bergen on "
      "Tuesday.The two sides agreed to reopen the talks on the herring "
      "quota.Iceland said it would send a delegation to Oslo in May.Norway "
      "welcomed the accord and pledged to share its survey data with "
      "Iceland.\n");
  EXPECT_THAT(Said(x),
              Contains("Iceland: it would send a delegation to Oslo in May"));
  EXPECT_THAT(Said(x), Contains("Norway: to share its survey data with "
                                "Iceland"));

  const Extraction y = Extract(
      "Chile and Peru ended two days of talks in Lima.Peru said the "
      "maritime border was settled and that no further claims would be "
      "made.Chile said the two navies would hold a joint exercise in "
      "June.\n");
  EXPECT_THAT(Said(y), Contains("Peru: the maritime border was settled and "
                                "that no further claims would be made"));
  EXPECT_THAT(Said(y), Contains("Chile: the two navies would hold a joint "
                                "exercise in June"));
  for (const ExtractedStatement& s : y.statements) {
    EXPECT_THAT(s.text, Not(HasSubstr("Chile said")));
  }

  // Abbreviations and numbers keep their periods inside the sentence.
  const Extraction z = Extract(
      "Norway said the U.S.-backed plan, e.g. the survey of 3.5 million "
      "tonnes, was sound.\n");
  EXPECT_THAT(Said(z), ElementsAre("Norway: the U.S.-backed plan, e.g. the "
                                   "survey of 3.5 million tonnes, was sound"));
}

// "“…,” Jaishnakar said" after "Foreign Minister Ravi Jaishankar": one
// capitalised word between a quotation's comma and closing mark and a
// reporting verb that is a named person's family name misspelt (two
// neighbouring letters swapped, one letter changed) is that person, and "he
// said" after it too. A family name no person of the text ends with still
// names no one.
TEST(Real11Test, MisspeltFamilyNameAfterAQuotation) {
  const Extraction x = Extract(
      "Foreign Minister Ravi Jaishankar met his Chilean counterpart in Lima "
      "on Friday.\n\n"
      "\"We have settled the agenda for the summit,\" Jaishnakar said.\n\n"
      "\"We will meet again in June,\" he said.\n");
  EXPECT_THAT(Said(x),
              ElementsAre("Ravi Jaishankar: We have settled the agenda for "
                          "the summit",
                          "Ravi Jaishankar: We will meet again in June"));
  EXPECT_EQ(text_testing::ActorNamed(x, "Jaishnakar"), nullptr);

  // One letter changed, the comma outside the closing mark, another
  // reporting verb.
  const Extraction y = Extract(
      "Norway's fisheries minister, Astrid Haldorsen, met Iceland's "
      "delegation in Bergen.\n\n"
      "\u201cThe quota will not change this year\u201d, Haldersen told "
      "reporters.\n");
  EXPECT_THAT(Said(y), ElementsAre("Astrid Haldorsen: The quota will not "
                                   "change this year"));

  // A family name of no one in the text.
  const Extraction z = Extract(
      "Chile and Peru held talks in Lima on Friday.\n\n"
      "\"We have settled the maritime border,\" Okonkwo said.\n");
  EXPECT_TRUE(z.statements.empty());
  EXPECT_EQ(text_testing::ActorNamed(z, "Okonkwo"), nullptr);
}

// 'Vik "reaffirmed …," the Norwegian government said.': a quotation of a
// predicate right after its subject's name, with a comma inside the
// closing mark and an attribution after it (a determiner or a pronoun,
// then a reporting verb), is the attribution's words, not a fragment of
// the writer's clause. A quotation that closes a clause the writer
// reports already ("called for “…,” the agency said") stays with it.
TEST(Real11Test, QuotedPredicateAfterItsSubject) {
  const Extraction x = Extract(
      "Norway and Iceland held talks on Monday.\n\n"
      "Foreign Minister Jonas Vik \"reaffirmed the commitment to the herring "
      "accord,\" the Norwegian government said in a statement.\n\n"
      "Vik \"noted that Iceland had kept to the quota all year,\" it "
      "said.\n");
  EXPECT_THAT(Said(x),
              ElementsAre("Norway: reaffirmed the commitment to the herring "
                          "accord",
                          "Norway: noted that Iceland had kept to the quota "
                          "all year"));

  const Extraction y = Extract(
      "Chile and Peru met in Lima on Friday.\n\n"
      "The Peruvian minister \"welcomed the end of the dispute over the "
      "border,\" the Peruvian government said.\n");
  EXPECT_THAT(Said(y), ElementsAre("Peru: welcomed the end of the dispute "
                                   "over the border"));

  const Extraction z = Extract(
      "Norway said it wanted \"a new start with Iceland,\" the agency "
      "said.\n");
  ASSERT_EQ(z.statements.size(), 1u);
  for (const ExtractedStatement& s : z.statements) {
    EXPECT_THAT(s.text, HasSubstr("a new start with Iceland"));
    EXPECT_EQ(text_testing::NameOf(z, s.speaker), "Norway");
  }
}

// '“…,” said Vik, adding that …', '“…,” Vik told reporters on Friday,
// adding …': the participle of a reporting verb after the attribution of a
// quotation is the speaker's next clause, a paraphrase of its own up to
// the sentence's end; a quotation after the participle keeps its own
// rules.
TEST(Real11Test, ParticipleAfterAQuotationsAttribution) {
  const Extraction x = Extract(
      "President Lena Vik met Iceland's prime minister in Oslo on "
      "Friday.\n\n"
      "\"We have agreed on the quota,\" said Vik, adding that the two sides "
      "also reached agreement on a survey.\n\n"
      "\"The talks were frank,\" Vik told reporters on Friday, adding the "
      "next round would be held in Reykjavik.\n");
  EXPECT_THAT(Said(x),
              ElementsAre("Lena Vik: We have agreed on the quota",
                          "Lena Vik: the two sides also reached agreement on "
                          "a survey",
                          "Lena Vik: The talks were frank",
                          "Lena Vik: the next round would be held in "
                          "Reykjavik"));

  // "adding" with a quotation after it: the quotation is read on its own.
  const Extraction y = Extract(
      "Chile and Peru met in Lima on Friday.\n\n"
      "\"The border is settled,\" Peru said, adding: \"We expect no "
      "further claims.\"\n");
  EXPECT_THAT(Said(y), Contains("Peru: The border is settled"));
  for (const ExtractedStatement& s : y.statements) {
    EXPECT_NE(s.rule, "quote-attribution-then-participle");
  }
}

// "Vik said the talks were useful. “We will meet again.”": a quotation of
// whole sentences with no attribution, opening the sentence right after one of
// reported speech in the same paragraph ("…, said Vik."), is that speaker's
// next words. After a sentence that reports no one, it stays unattributed.
TEST(Real11Test, QuotationAfterReportedSpeech) {
  const Extraction x = Extract(
      "President Lena Vik met Iceland's prime minister in Oslo on "
      "Friday.\n\n"
      "Vik said the talks were useful. \"We will meet again in June.\"\n\n"
      "Neighbours should always talk to each other, said Vik. \"I hope this "
      "visit opens a new chapter.\"\n");
  EXPECT_THAT(Said(x), ElementsAre("Lena Vik: the talks were useful",
                                   "Lena Vik: We will meet again in June.",
                                   "Lena Vik: Neighbours should always talk "
                                   "to each other",
                                   "Lena Vik: I hope this visit opens a new "
                                   "chapter."));

  // A quotation with an attribution of its own, even one naming no one
  // the reader knows, is no continuation.
  const Extraction w = Extract(
      "Pavel Sorin met Norway's minister in Oslo on Friday.\n\n"
      "Sorin said the talks were useful. \"We will meet again,\" Dahlqvist "
      "said.\n");
  EXPECT_THAT(Said(w), ElementsAre("Pavel Sorin: the talks were useful"));

  const Extraction y = Extract(
      "Chile and Peru met in Lima on Friday. The border was not discussed. "
      "\"It is a new chapter.\"\n");
  for (const ExtractedStatement& s : y.statements) {
    EXPECT_THAT(s.text, Not(HasSubstr("new chapter")));
  }
}

// "Vik said that Jonas Berg, head of the fisheries office, and Trade
// Minister Anna Holm described the talks as useful.": the ", and" after a
// name and its title between commas joins a second subject to the reported
// words, which run on past the second subject's verb.
TEST(Real11Test, CoordinatedSubjectsAfterATitleInReportedWords) {
  const Extraction x = Extract(
      "President Lena Vik met Iceland's prime minister in Oslo on "
      "Friday.\n\n"
      "Vik said that Jonas Berg, head of the fisheries office, and Trade "
      "Minister Anna Holm described the talks as useful.\n\n"
      "Norway said Karl Dahl, the coast guard's commander, and Defence "
      "Minister Eva Lund had agreed on the patrols.\n");
  EXPECT_THAT(Said(x),
              Contains("Lena Vik: Jonas Berg, head of the fisheries office, "
                       "and Trade Minister Anna Holm described the talks as "
                       "useful"));
  EXPECT_THAT(Said(x),
              Contains("Norway: Karl Dahl, the coast guard's commander, and "
                       "Defence Minister Eva Lund had agreed on the patrols"));
}

// A related article's title on a line of its own inside a quotation that
// runs over two paragraphs (the first left open, the next opening with a
// mark): no text of the page, so it gives no statement and the quotation
// goes on past it with its speaker.
TEST(Real11Test, LinkTitleInsideAQuotationOverTwoParagraphs) {
  const Extraction x = Extract(
      "Norway's foreign minister Olga Tamm met Iceland's envoy on "
      "Friday.\n\n"
      "Tamm told the envoy: \u201cThe first task is to settle the herring "
      "quota before the season opens.\n\n"
      "Iceland warns Norway of \u2018serious damage\u2019 to fish stocks\n\n"
      "\u201cThis should be the common ground of our two countries for the "
      "next decade.\u201d\n\n"
      "Tamm flew to Bergen later on Friday.\n");
  EXPECT_THAT(Said(x),
              ElementsAre("Olga Tamm: The first task is to settle the herring "
                          "quota before the season opens.",
                          "Olga Tamm: This should be the common ground of our "
                          "two countries for the next decade."));

  // A closed quotation before it: the line is read as before.
  const Extraction y = Extract(
      "Norway's foreign minister Olga Tamm met Iceland's envoy on "
      "Friday.\n\n"
      "\u201cThe quota is settled,\u201d Tamm said.\n\n"
      "Iceland warns Norway of \u2018serious damage\u2019 to fish stocks\n\n"
      "\u201cWe will meet again in May,\u201d Tamm said.\n");
  EXPECT_THAT(Said(y), Contains("Olga Tamm: We will meet again in May"));
}

// "The Prime Minister concluded the call by noting that …": a participle of
// a reporting verb after "by", after a verb of opening or closing and its
// object (the call, the meeting, the talks), reports the words of that
// verb's subject. "by" after another verb ("won the vote by saying
// little") reports nothing.
TEST(Real11Test, ClosingACallByAReportingParticiple) {
  const Extraction x = Extract(
      "Foreign Minister Olga Tamm spoke with Iceland's foreign minister "
      "Pall Arnason on Friday.\n\n"
      "Minister Tamm opened the call by stressing that Norway valued the "
      "fisheries accord.\n\n"
      "Arnason ended the conversation by saying that Iceland would send a "
      "delegation in May.\n");
  EXPECT_THAT(Said(x), Contains("Olga Tamm: Norway valued the fisheries "
                                "accord"));
  EXPECT_THAT(Said(x), Contains("Pall Arnason: Iceland would send a "
                                "delegation in May"));

  const Extraction y = Extract(
      "Olga Tamm won the vote in Oslo by saying that little had changed.\n");
  EXPECT_TRUE(y.statements.empty());
}

// "Here is the full text of their joint statement:": a page's line that
// introduces the text of the two leaders' joint document with "their" (or
// "its") instead of "the" heads the joint statement as "the full text of
// the joint statement:" does.
TEST(Real11Test, FullTextOfTheirJointStatement) {
  const Extraction x = Extract(
      "Norway and Iceland sign fisheries pact\n\n"
      "Oslo, March 8 - Prime Minister Olga Tamm and Prime Minister Pall "
      "Arnason met in Oslo on Friday and signed a fisheries pact.\n\n"
      "Here is the full text of their joint statement:\n\n"
      "Prime Minister Olga Tamm of Norway and Prime Minister Pall Arnason of "
      "Iceland held talks in Oslo on March 8, 2024.\n\n"
      "1. Norway and Iceland will share survey data on herring stocks.\n\n"
      "2. The two sides will meet again in Reykjavik in May.\n");
  const ExtractedStatement* joint =
      text_testing::StatementContaining(x, "share survey data");
  ASSERT_NE(joint, nullptr);
  EXPECT_EQ(joint->rule, "joint-statement-text");
  EXPECT_THAT(joint->text, HasSubstr("meet again in Reykjavik"));
}

}  // namespace
}  // namespace diplograph
