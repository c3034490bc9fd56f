// Tests of the text extractor (text.h) on constructions of real pages that
// the extractor missed on a first measure made before any rule was
// written for them: "He said:" opening a quotation, an attribution whose
// verb is followed by where and when it was said, a readout's call day,
// and "the two Foreign Ministers" of a readout that names a prime minister
// too. Every text is written for the test, with invented wording.

#include <string>

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
using ::testing::HasSubstr;
using ::testing::Not;
using text_testing::Said;
using text_testing::SaidTogether;
using text_testing::StatementContaining;

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor({.name = "Norway", .kind = ActorKind::kState, .iso3 = "NOR"});
    *g->AddActor({.name = "Iceland", .kind = ActorKind::kState, .iso3 = "ISL"});
    *g->AddActor({.name = "Finland", .kind = ActorKind::kState, .iso3 = "FIN"});
    *g->AddActor({.name = "Ukraine", .kind = ActorKind::kState, .iso3 = "UKR"});
    *g->AddActor({.name = "Arctic Council", .kind = ActorKind::kOrganization});
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

// "She said:"Both governments ..."", "Berg added: "...": a subject and a
// reporting verb before a colon open a quotation of a news report; they
// are no speaker's label, and the page is no transcript whose one turn
// swallows the paragraphs after it.
TEST(Real13Test, SubjectAndVerbBeforeAColonIsNoLabel) {
  const Extraction x = Extract(
      "Talks in Oslo end with pledge on fisheries\n\n"
      "Foreign Minister Olga Tamm said the talks in a briefing had been "
      "frank.\n\n"
      "She said:\"Both governments want the dispute settled before the "
      "summer.\"\n\n"
      "Lars Berg, the Icelandic spokesman, said the talks were useful.\n"
      "Berg added: \"We have narrowed the gap on the quotas.\"\n");
  EXPECT_THAT(Said(x), Contains("Olga Tamm: Both governments want the "
                                "dispute settled before the summer."));
  EXPECT_THAT(Said(x),
              Contains(HasSubstr("Berg: We have narrowed the gap on the "
                                 "quotas.")));
  EXPECT_THAT(Said(x), Not(Contains(HasSubstr("She said"))));
  EXPECT_THAT(Said(x), Contains(HasSubstr("the talks were useful")));
}

// "X did Y, Foreign Minister Olga Tamm said in a briefing in Oslo on
// Thursday.", "..., spokesman X told reporters at a news conference in
// Reykjavik on Wednesday.": the verb's adverbials (where, how and when)
// may run past the usual reach of a sentence-final attribution; the
// clause before the comma is the speaker's, dated by the adverbial's day,
// and the adverbial is no statement of its own.
TEST(Real13Test, AttributionWithLongAdverbial) {
  const Extraction x = Extract(
      "Norway and Iceland discussed the fishing quotas for the coming "
      "season, Foreign Minister Olga Tamm said in a late-night briefing in "
      "Oslo on Thursday.\n\n"
      "Iceland rejected the claim that its trawlers had entered Norwegian "
      "waters, spokesman Lars Berg told reporters at a news conference in "
      "Reykjavik on Wednesday.\n");
  const ExtractedStatement* a =
      StatementContaining(x, "discussed the fishing quotas");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(x.actors[a->speaker].name, "Olga Tamm");
  EXPECT_EQ(a->date, *Date::Parse("2024-03-07"));
  const ExtractedStatement* b =
      StatementContaining(x, "its trawlers had entered Norwegian waters");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->date, *Date::Parse("2024-03-06"));
  EXPECT_THAT(Said(x), Contains("Lars Berg: Iceland rejected the claim that "
                                "its trawlers had entered Norwegian waters"));
  EXPECT_THAT(Said(x), Not(Contains(HasSubstr(": in a late-night briefing"))));
  EXPECT_THAT(Said(x), Not(Contains(HasSubstr(": at a news conference"))));
}

// A readout's call or meeting day ("spoke to X on 6 March", "On 5 March,
// X met Y") dates what the parties said in it, not the page's date; a day
// the parties spoke about ("on hosting the forum on 2 March") does not,
// nor does the day of another call the sentence opens with ("Following
// the Prime Minister's call ... on Monday, ...").
TEST(Real13Test, ReadoutCallDay) {
  const Extraction x = Extract(
      "Readout: Foreign Minister's call with Icelandic Foreign Minister\n\n"
      "Following the Prime Minister's telephone call with Icelandic Prime "
      "Minister Bjarni Jonsson on Monday, Foreign Minister Olga Tamm spoke "
      "to Icelandic Foreign Minister Anna Sigurdardottir on 6 March.\n\n"
      "Minister Tamm welcomed Iceland's support for the Arctic Council.\n");
  const ExtractedStatement* a = StatementContaining(x, "Iceland's support");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->date, *Date::Parse("2024-03-06"));

  const Extraction y = Extract(
      "Readout: Foreign Minister's meeting with Finnish counterpart\n\n"
      "On 5 March, Foreign Minister Olga Tamm met Finnish Foreign Minister "
      "Elina Valtonen in Helsinki.\n\n"
      "Minister Tamm thanked Finland for its support for Ukraine. Both "
      "Ministers reaffirmed their commitment to the Arctic Council.\n");
  for (const ExtractedStatement& s : y.statements) {
    EXPECT_EQ(s.date, *Date::Parse("2024-03-05")) << s.text;
  }
  EXPECT_FALSE(y.statements.empty());

  const Extraction z = Extract(
      "Readout: Foreign Minister's call with Finnish counterpart\n\n"
      "Foreign Minister Olga Tamm spoke today with Finnish Foreign Minister "
      "Elina Valtonen. Minister Tamm congratulated Finland on hosting the "
      "Arctic forum on 2 March, and welcomed its support for Ukraine.\n");
  ASSERT_FALSE(z.statements.empty());
  for (const ExtractedStatement& s : z.statements) {
    EXPECT_EQ(s.date, *Date::Parse("2024-03-08")) << s.text;
  }
}

// "spoke to X on 6 March to underline ...": what a call was held to say
// is its subject's, after "spoke to" as after "spoke with".
TEST(Real13Test, SpokeToInOrderTo) {
  const Extraction x = Extract(
      "Readout: Foreign Minister's call with Finnish counterpart\n\n"
      "Foreign Minister Olga Tamm spoke to Finnish Foreign Minister Elina "
      "Valtonen on 6 March, to underline Norway's support for the Arctic "
      "Council.\n");
  const ExtractedStatement* a =
      StatementContaining(x, "Norway's support for the Arctic Council");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(x.actors[a->speaker].name, "Olga Tamm");
  EXPECT_EQ(a->date, *Date::Parse("2024-03-06"));
}

// "The two Foreign Ministers agreed ..." in a readout that names a prime
// minister before them: the portfolio before the head ("Foreign") is in
// each one's title, so the prime minister is none of them; "The
// Ministers" after it names the same pair again.
TEST(Real13Test, TheTwoForeignMinisters) {
  const Extraction x = Extract(
      "Readout: Foreign Minister's call with Icelandic Foreign Minister\n\n"
      "Following the Prime Minister's telephone call with Icelandic Prime "
      "Minister Bjarni Jonsson on Monday, Foreign Minister Olga Tamm spoke "
      "to Icelandic Foreign Minister Anna Sigurdardottir on 6 March.\n\n"
      "The two Foreign Ministers agreed that the fishing dispute must be "
      "settled by talks. The Ministers agreed that a joint commission was "
      "needed.\n");
  EXPECT_THAT(SaidTogether(x),
              Contains("Olga Tamm + Anna Sigurdardottir: the fishing dispute "
                       "must be settled by talks"));
  EXPECT_THAT(SaidTogether(x),
              Contains("Olga Tamm + Anna Sigurdardottir: a joint commission "
                       "was needed"));
  EXPECT_THAT(SaidTogether(x), Not(Contains(HasSubstr("Bjarni Jonsson"))));
}

// "Briefing by Foreign Ministry Spokesperson X, Moscow, March 6, 2024" over
// the spokesperson's announcements under a heading and no labelled turn:
// each paragraph of sentences is the host's remark. A news report whose
// first line only mentions a briefing is not read so.
TEST(Real13Test, BriefingTitleOverAnnouncements) {
  const Extraction x = Extract(
      "Briefing by Foreign Ministry Spokesperson Irina Volkova, Oslo, March "
      "8, 2024\n\n"
      "Talks between the Foreign Minister and the Finnish Foreign Minister\n\n"
      "On March 11, the Foreign Minister will hold talks with the Foreign "
      "Minister of Finland, who will be in Oslo on a working visit.\n\n"
      "We regard Finland as a close partner in the Arctic Council. Our "
      "cooperation has grown steadily in recent years.\n");
  EXPECT_THAT(Said(x), Contains(HasSubstr("Irina Volkova: On March 11")));
  EXPECT_THAT(Said(x),
              Contains(HasSubstr("Irina Volkova: We regard Finland as a close "
                                 "partner")));

  const Extraction y = Extract(
      "Spokesperson's briefing by Irina Volkova draws protest\n\n"
      "Iceland said on Thursday that the remarks were unacceptable.\n");
  EXPECT_THAT(Said(y), Not(Contains(HasSubstr("Irina Volkova:"))));
}

// '"...," Sigurdardottir tweeted after the talks.', '‘...,’ Tamm wrote on
// Friday.': a verb read only before "that" or a mark reports the quotation
// it follows with its subject, whatever words come after it.
TEST(Real13Test, QuotationThenVerbOfAPost) {
  const Extraction x = Extract(
      "Foreign Minister Olga Tamm met Icelandic Foreign Minister Anna "
      "Sigurdardottir in Oslo on Thursday.\n\n"
      "\"Delighted to meet Minister Tamm in Oslo. Our talks were frank,\" "
      "Sigurdardottir tweeted after the talks.\n\n"
      "\xE2\x80\x98We will meet again in Reykjavik,\xE2\x80\x99 Tamm "
      "posted on Friday.\n");
  EXPECT_THAT(Said(x), Contains("Anna Sigurdardottir: Delighted to meet "
                                "Minister Tamm in Oslo. Our talks were "
                                "frank"));
  EXPECT_THAT(Said(x), Contains("Olga Tamm: We will meet again in Reykjavik"));
  // An act, not a report: no quotation before the verb.
  const Extraction y = Extract(
      "Foreign Minister Olga Tamm posted troops to the border on "
      "Friday.\n");
  EXPECT_TRUE(y.statements.empty());
}

// A joint statement's own date line under its heading ("Thursday, March 7,
// 2024") dates its text; the visit's dates in its first paragraph ("on 5-7
// March 2024") do not.
TEST(Real13Test, JointStatementDateLine) {
  const Extraction x = Extract(
      "Norway-Finland Joint Statement: A Partnership for the Arctic\n\n"
      "Thursday, March 7, 2024\n\n"
      "1. The Prime Minister of Finland is on an official visit to Norway on "
      "5-7 March 2024 at the invitation of the Prime Minister of Norway. The "
      "two Prime Ministers held talks in Oslo.\n\n"
      "2. The two Prime Ministers reaffirmed their commitment to the Arctic "
      "Council and agreed to deepen their cooperation on energy.\n");
  const ExtractedStatement* s = StatementContaining(x, "official visit");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->date, *Date::Parse("2024-03-07"));
}

// "According to the FO statement, ..." after "the Foreign Office": an
// acronym of capitals spelling the initials of an organisation named
// before it is that organisation; before a name ("FM Tamm") it is a
// title's, and before the organisation is named it is nothing.
TEST(Real13Test, AcronymOfAnOrganisationNamedBefore) {
  const Extraction x = Extract(
      "Foreign Minister Olga Tamm will visit Helsinki on Monday, a statement "
      "from the Foreign Office said on Thursday.\n\n"
      "According to the FO statement, the two sides will discuss energy "
      "cooperation and the Arctic Council.\n\n"
      "FM Tamm said the visit was important.\n");
  EXPECT_THAT(Said(x), Contains("Foreign Office: the two sides will discuss "
                                "energy cooperation and the Arctic Council"));
  EXPECT_THAT(Said(x), Not(Contains(HasSubstr("Foreign Office: the visit"))));
  const ExtractedStatement* s = StatementContaining(x, "two sides");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->date, *Date::Parse("2024-03-07"));
}

// "spoke to X on 6 March, to congratulate her on ...", "met with X to
// thank him for ...": an act of praise a call or meeting was held for is its
// subject's statement, and the pronoun object is the other party, whom the
// statement is about. "We welcome ..." and "a warm welcome" stay no verbs
// of a call.
TEST(Real13Test, CallHeldToCongratulate) {
  const Extraction x = Extract(
      "Readout: Foreign Minister's call with Finnish Foreign Minister\n\n"
      "Foreign Minister Olga Tamm spoke to Finnish Foreign Minister Elina "
      "Valtonen on 6 March, to congratulate her on the success of the "
      "Arctic Council meeting in Helsinki.\n");
  const ExtractedStatement* s = StatementContaining(x, "on the success");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(x.actors[s->speaker].name, "Olga Tamm");
  EXPECT_EQ(s->date, *Date::Parse("2024-03-06"));
  EXPECT_THAT(text_testing::About(x, *s), Contains("Elina Valtonen"));

  const Extraction y = Extract(
      "Foreign Minister Olga Tamm met with Icelandic Foreign Minister Anna "
      "Sigurdardottir in Oslo on Thursday to thank her for Iceland's help "
      "during the floods.\n\n"
      "Tamm gave her guest a warm welcome at the ministry.\n");
  EXPECT_THAT(Said(y), Contains("Olga Tamm: Iceland's help during the floods"));
  EXPECT_THAT(Said(y), Not(Contains(HasSubstr("warm"))));
}

// "…, Radio Pakistan reported.", "Vatican Radio said", "Nippon TV
// reported": a name the registry does not know that opens or ends with a
// broadcaster's word is a media outlet, which relays, not a person.
TEST(Real13Test, BroadcasterNamedByItsWord) {
  const Extraction x = Extract(
      "Foreign Minister Olga Tamm met her Icelandic counterpart on Friday "
      "and discussed the fishing dispute, Radio Vestland reported.\n\n"
      "Tamm said the talks were useful, Lofoten TV reported.\n");
  const ExtractedActor* radio = text_testing::ActorNamed(x, "Radio Vestland");
  ASSERT_NE(radio, nullptr);
  EXPECT_EQ(radio->kind, ActorKind::kMediaOutlet);
  const ExtractedActor* tv = text_testing::ActorNamed(x, "Lofoten TV");
  ASSERT_NE(tv, nullptr);
  EXPECT_EQ(tv->kind, ActorKind::kMediaOutlet);
  EXPECT_THAT(Said(x), Contains("Olga Tamm: the talks were useful"));
}

}  // namespace
}  // namespace diplograph
