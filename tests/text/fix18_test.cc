// Tests of the text extractor (text.h) on the layouts and constructions of
// docs/text.md step 59: a ministry page's field labels ("From:", "Like us
// on Facebook:", "Date modified:"), a capitalised title in apposition after
// the other party of a meeting, the counterpart a readout's statements are
// said to, "Quotes attributable to X:" over paragraphs of quotations,
// bodies named by "Chamber of ..." or "Federation", a reply made by deeds,
// "his government", the infinitive after an addressee and a long channel
// phrase after a sentence-final "said"; and joint statements on news and
// ministry pages (step 60): a heading naming the pair by a hyphen, a title
// block over several lines, a report's introduction "issued the following
// statement:"; and news pages (step 61): datelines and link titles that
// look like labels, a heading's state in capitals.
// Every text is written for the test, with invented people; states come
// from the registry.

#include <string>
#include <vector>

#include "absl/strings/ascii.h"
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

Extraction Extract(const std::string& text) {
  return text_testing::ExtractDated(text_testing::RegistryOnlyExtractor(), text,
                                    "2026-03-11");
}

std::string SpeakerOf(const Extraction& x, const std::string& words) {
  const ExtractedStatement* s = text_testing::StatementContaining(x, words);
  return s == nullptr ? "" : text_testing::NameOf(x, s->speaker);
}

// The names of the targets of the first statement containing `words`,
// each with "(implicit)" when the words do not name it.
std::vector<std::string> TargetsOf(const Extraction& x,
                                   const std::string& words) {
  std::vector<std::string> out;
  const ExtractedStatement* s = text_testing::StatementContaining(x, words);
  if (s == nullptr) return out;
  for (const ExtractedTarget& t : s->targets) {
    out.push_back(text_testing::NameOf(x, t.actor) +
                  (t.is_explicit ? "" : " (implicit)"));
  }
  return out;
}

// A ministry's news page: field labels above and below a readout are the
// page's, never a transcript's turns.
TEST(PageFieldLabels, AreNoTurns) {
  const Extraction x = Extract(
      "Ministry news\n\n"
      "Minister Halvorsen meets Estonia's Foreign Minister\n\n"
      "From: Ministry of Foreign Affairs\n\n"
      "Readout\n\n"
      "The Minister of Foreign Affairs, Ingrid Halvorsen, today met with "
      "Peeter Kask, Minister of Foreign Affairs of Estonia, in Oslo.\n\n"
      "Minister Halvorsen welcomed Estonia's support for the energy "
      "corridor.\n\n"
      "Contacts\n\n"
      "Follow us on Instagram: @ministry\n\n"
      "Like us on Facebook: Ministry of Foreign Affairs\n\n"
      "Date modified:\n2026-03-11\n");
  EXPECT_EQ(x.info.genre, Genre::kReadout);
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_NE(s.speaker_rule, "turn-label") << s.text;
  }
  EXPECT_EQ(SpeakerOf(x, "Estonia's support"), "Ingrid Halvorsen");
}

// "met with Name, Minister of ... of State," and "Name, State's Foreign
// Minister,": the other party of a meeting is a person whom a title after
// the name describes; later "Minister Kask" and "Mr. Kask" are that person.
TEST(MeetingObject, NameThenCapitalisedTitle) {
  const Extraction a = Extract(
      "Readout\n\n"
      "The Minister of Foreign Affairs, Ingrid Halvorsen, today met with "
      "Peeter Kask, Minister of Foreign Affairs of Estonia, in Oslo.\n\n"
      "Minister Kask thanked Norway for its support and invited Minister "
      "Halvorsen to Tallinn.\n");
  EXPECT_EQ(SpeakerOf(a, "its support"), "Peeter Kask");
  EXPECT_EQ(SpeakerOf(a, "Halvorsen to Tallinn"), "Peeter Kask");

  const Extraction b = Extract(
      "Secretary Lindqvist met Ana Ruiz Salazar, Peru's Deputy Foreign "
      "Minister, in Stockholm on Monday.\n\n"
      "Ms. Ruiz said Peru wanted a trade agreement with Sweden.\n");
  EXPECT_EQ(SpeakerOf(b, "a trade agreement"), "Ana Ruiz Salazar");

  // A lower-case description after the possessive: the same.
  const Extraction c = Extract(
      "The minister met Tomas Berg, Denmark's deputy trade minister, on "
      "Monday. Berg said Denmark would open an office in Lima.\n");
  EXPECT_EQ(SpeakerOf(c, "open an office"), "Tomas Berg");
}

// A readout's statements are said to the other side of its meeting: a
// statement of one party that names neither the other person nor their
// state has that state as an implicit target; one that names it keeps its
// explicit target only.
TEST(ReadoutCounterpart, ImplicitTarget) {
  const Extraction x = Extract(
      "Readout\n\n"
      "Foreign Minister Ingrid Halvorsen of Norway today met with Peeter "
      "Kask, Minister of Foreign Affairs of Estonia, in Oslo.\n\n"
      "Minister Halvorsen condemned the sabotage of power lines in the "
      "region.\n\n"
      "Minister Halvorsen underscored the importance of secure undersea "
      "cables and raised the safety of fishing crews in the Baltic Sea.\n\n"
      "Minister Halvorsen also thanked Estonia for hosting the energy "
      "conference.\n\n"

      "Minister Kask stressed that the corridor should be finished by "
      "2028.\n");
  EXPECT_THAT(TargetsOf(x, "undersea cables"), Contains("Estonia (implicit)"));
  EXPECT_THAT(TargetsOf(x, "fishing crews"), Contains("Estonia (implicit)"));
  EXPECT_THAT(TargetsOf(x, "hosting the energy conference"),
              ElementsAre("Estonia"));
  EXPECT_THAT(TargetsOf(x, "corridor should be finished"),
              Contains("Norway (implicit)"));
  // A verb of an object condemns no counterpart: the implicit target is
  // neutral.
  const ExtractedStatement* condemned =
      text_testing::StatementContaining(x, "sabotage of power lines");
  ASSERT_NE(condemned, nullptr);
  bool implicit = false;
  for (const ExtractedTarget& t : condemned->targets) {
    if (t.is_explicit) continue;
    implicit = true;
    EXPECT_EQ(text_testing::NameOf(x, t.actor), "Estonia");
    EXPECT_EQ(t.stance, Polarity::kNeutral);
  }
  EXPECT_TRUE(implicit);

  // Not in a news report: what a minister said is not addressed to anyone.
  const Extraction news = Extract(
      "OSLO, March 11 - Foreign Minister Ingrid Halvorsen of Norway met "
      "Estonian Foreign Minister Peeter Kask on Wednesday.\n\n"
      "Halvorsen said undersea cables needed better protection.\n");
  EXPECT_THAT(TargetsOf(news, "undersea cables"),
              Not(Contains("Estonia (implicit)")));
}

// "Quotes attributable to X:" over quotations of one paragraph each, then
// another heading: each quotation is X's, up to the next heading.
TEST(AttributableQuotes, HeadingOverParagraphs) {
  const Extraction x = Extract(
      "Joint media release\n\n"
      "Today the Minister for Trade, the Hon Maria Castell, and the Minister "
      "for Resources, the Hon Peter Oduya, met industry leaders in "
      "Darwin.\n\n"
      "Quotes attributable to Minister for Trade Castell:\n\n"
      "\xE2\x80\x9C"
      "Our exporters have waited a long time for this "
      "agreement and it will open new markets.\xE2\x80\x9D\n\n"
      "\xE2\x80\x9C"
      "We will keep working with every partner in the region "
      "to lower tariffs.\xE2\x80\x9D\n\n"
      "Quotes attributable to Minister for Resources Oduya:\n\n"
      "\xE2\x80\x9C"
      "Critical minerals are the backbone of the energy "
      "transition and this deal secures supply.\xE2\x80\x9D\n\n"
      "Media contact: 02 6277 0000\n");
  EXPECT_EQ(SpeakerOf(x, "waited a long time"), "Maria Castell");
  EXPECT_EQ(SpeakerOf(x, "lower tariffs"), "Maria Castell");
  EXPECT_EQ(SpeakerOf(x, "backbone of the energy"), "Peter Oduya");
  const ExtractedStatement* s =
      text_testing::StatementContaining(x, "lower tariffs");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->quote, QuoteKind::kDirectQuote);
  EXPECT_EQ(s->rule, "attributable-heading-paragraph");
}

// "X said:" over two paragraphs that are each one quotation: both are X's;
// a paragraph that is a quotation with its own attribution is read as
// usual.
TEST(AttributableQuotes, ColonOverSeveralQuotations) {
  const Extraction x = Extract(
      "At the end of the visit, Foreign Minister Lotte Brandt of Denmark "
      "said:\n\n"
      "\"We have agreed on a plan for the harbour.\"\n\n"
      "\"The first ships will dock there next spring.\"\n\n"
      "\"It is a good day,\" said Chilean Foreign Minister Ana Soto.\n");
  EXPECT_EQ(SpeakerOf(x, "plan for the harbour"), "Lotte Brandt");
  EXPECT_EQ(SpeakerOf(x, "first ships will dock"), "Lotte Brandt");
  EXPECT_EQ(SpeakerOf(x, "It is a good day"), "Ana Soto");
}

// A body named by an organisation's word before "of" ("Chamber of
// Commerce", "Federation of ...") or by "Federation" last is a speaker.
TEST(OrganisationNames, ChamberAndFederation) {
  const Extraction x = Extract(
      "The Peruvian Chamber of Commerce welcomed the deal and said exporters "
      "had lost millions.\n\n"
      "The Federation of Textile Exporters said the tariffs should go.\n\n"
      "The Bolivian Mining Federation said it would send a delegation.\n");
  EXPECT_EQ(SpeakerOf(x, "exporters had lost"), "Peruvian Chamber of Commerce");
  EXPECT_EQ(SpeakerOf(x, "tariffs should go"),
            "Federation of Textile Exporters");
  EXPECT_EQ(SpeakerOf(x, "send a delegation"), "Bolivian Mining Federation");
}

// "answered with", "responded by", "retaliated with": a reply made by
// deeds is no statement; "responded that" still is one.
TEST(ReplyByDeeds, IsNoStatement) {
  EXPECT_THAT(Extract("Chile answered with tariffs of its own.\n\n"
                      "Peru responded by closing the border crossing.\n\n"
                      "Bolivia retaliated with a ban on imports.\n")
                  .statements,
              IsEmpty());
  const Extraction x =
      Extract("Peru responded that the border would stay open.\n");
  EXPECT_EQ(SpeakerOf(x, "border would stay open"), "Peru");
}

// "his government", "her country" in a person's words: the person's own
// state is what they speak of.
TEST(OwnState, PossessivePronoun) {
  const Extraction x = Extract(
      "Ecuadorian Foreign Minister Diego Vela told reporters on Friday that "
      "his government had obtained the commitments it wanted.\n\n"
      "Chilean Foreign Minister Ana Soto said her country would not accept "
      "new tariffs.\n");
  const ExtractedStatement* a =
      text_testing::StatementContaining(x, "commitments it wanted");
  ASSERT_NE(a, nullptr);
  EXPECT_THAT(text_testing::About(x, *a), Contains("Ecuador"));
  const ExtractedStatement* b =
      text_testing::StatementContaining(x, "would not accept");
  ASSERT_NE(b, nullptr);
  EXPECT_THAT(text_testing::About(x, *b), Contains("Chile"));
}

// "urged X to ensure that ...": the "that" belongs to the infinitive; the
// words are what X was urged to do, from the addressee on.
TEST(AddresseeInfinitive, ThatInsideTheInfinitive) {
  const Extraction x = Extract(
      "Prime Minister Javed Qureshi of Pakistan urged the interim Afghan "
      "authorities to ensure that their soil was not used against "
      "neighbours.\n\n"
      "Foreign Minister Ana Soto of Chile told the visiting delegation that "
      "Santiago would help.\n");
  EXPECT_THAT(text_testing::Said(x),
              ElementsAre("Javed Qureshi: the interim Afghan authorities to "
                          "ensure that their soil was not used against "
                          "neighbours",
                          "Ana Soto: Santiago would help"));
}

// ", X said in a statement issued in Y on Tuesday night.": a long channel
// phrase after the verb still ends the sentence's attribution; a
// quotation after the verb is its words ("X, however, described A and B
// as "…"").
TEST(SentenceFinalAttribution, LongChannelPhrase) {
  const Extraction x = Extract(
      "The leaders also signed a declaration on energy, and the two sides "
      "exchanged nine memoranda of understanding, the Foreign Ministry said "
      "in a statement issued in Lima on Tuesday night.\n\n"
      "Foreign Ministry spokesperson Lin Wei, however, described Peru and "
      "Chile as \"partners of the first rank.\"\n");
  const ExtractedStatement* s =
      text_testing::StatementContaining(x, "nine memoranda");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text.rfind("The leaders also signed", 0), 0u) << s->text;
  for (const ExtractedStatement& t : x.statements) {
    EXPECT_EQ(t.text.find("Lin Wei, however"), std::string::npos) << t.text;
  }
  EXPECT_EQ(SpeakerOf(x, "partners of the first rank"), "Lin Wei");
}

// Joint statements (step 60). A news page: the heading names the pair by a
// hyphen ("EU-Kenya"), the report's introduction ends "issued the
// following statement:" and is no part of the text, and the numbered text
// ends before the report's next paragraph of someone's words.
TEST(JointStatementPages, HyphenPairAndIntroduction) {
  const Extraction x = Extract(
      "NAIROBI - Kenya and the European Union on Monday agreed to expand "
      "trade in green hydrogen.\n\n"
      "The joint statement reads in full:\n\n"
      "Joint Statement - Second EU-Kenya Summit\n\n"
      "The President of the European Council, Anne Mertens, met the President "
      "of Kenya, Samuel Otieno, in Nairobi on 9 March 2026. The Leaders "
      "issued the following statement:\n\n"
      "1. The EU and Kenya reaffirmed their partnership.\n\n"
      "2. They agreed to meet again in Brussels in 2028.\n\n"
      "Speaking after the summit, Otieno said Kenya wanted factories, not "
      "only exports.\n");
  EXPECT_EQ(x.info.genre, Genre::kJointStatement);
  const ExtractedStatement* joint =
      text_testing::StatementContaining(x, "reaffirmed their partnership");
  ASSERT_NE(joint, nullptr);
  EXPECT_EQ(joint->rule, "joint-statement-text");
  std::vector<std::string> who = {text_testing::NameOf(x, joint->speaker)};
  for (int c : joint->co_speakers) who.push_back(text_testing::NameOf(x, c));
  EXPECT_THAT(who, ::testing::UnorderedElementsAre("European Union", "Kenya"));
  EXPECT_EQ(joint->text.rfind("1. The EU and Kenya", 0), 0u) << joint->text;
  EXPECT_EQ(joint->text.find("Otieno said"), std::string::npos);
  EXPECT_EQ(SpeakerOf(x, "wanted factories"), "Samuel Otieno");
}

// A ministry's page: the heading, then a title block over several short
// lines, a line of place and date and a separator, then the numbered text.
TEST(JointStatementPages, TitleBlockOverSeveralLines) {
  const Extraction x = Extract(
      "Ministry of Foreign Affairs\n\n"
      "Joint Press Statement\n\n"
      "The 5th Annual Consultation between\n\n"
      "the Prime Minister of Viet Nam and\n\n"
      "the Prime Minister of Cambodia\n\n"
      "9 March 2026, Hanoi, Viet Nam\n\n"
      "* * * * *\n\n"
      "1. The 5th Annual Consultation between the Prime Minister of Viet Nam "
      "and the Prime Minister of Cambodia was held in Hanoi on 9 March "
      "2026.\n\n"
      "2. Both Prime Ministers reaffirmed their commitment to a border of "
      "peace and cooperation.\n\n"
      "3. The Prime Minister of Cambodia congratulated Viet Nam on its "
      "chairmanship of the Mekong forum.\n");
  EXPECT_EQ(x.info.genre, Genre::kJointStatement);
  ASSERT_EQ(x.statements.size(), 1u) << x.statements[0].text;
  EXPECT_EQ(x.statements[0].rule, "joint-statement-text");
  EXPECT_EQ(x.statements[0].text.rfind("1. The 5th Annual", 0), 0u);
}

// The document's own preamble ("... and agreed as follows:") is part of
// the text.
TEST(JointStatementPages, OwnPreambleStays) {
  const Extraction x = Extract(
      "JOINT COMMUNIQUE OF THE REPUBLIC OF PERU AND THE REPUBLIC OF CHILE\n\n"
      "The Minister of Foreign Affairs of Peru and the Minister of Foreign "
      "Affairs of Chile met in Quito on 9 March 2026 and agreed as "
      "follows:\n\n"
      "1. Both Governments reaffirm their will to settle differences through "
      "dialogue.\n\n"
      "2. They decide to reopen the border crossing at Santa Rosa.\n");
  const ExtractedStatement* joint =
      text_testing::StatementContaining(x, "reopen the border crossing");
  ASSERT_NE(joint, nullptr);
  EXPECT_EQ(joint->rule, "joint-statement-text");
  EXPECT_EQ(joint->text.rfind("The Minister of Foreign Affairs of Peru", 0), 0u)
      << joint->text;
}

// A news page (step 61): a dateline in capitals ("ISLAMABAD:") and a link
// list's title with a colon ("Gas pipeline: ...") are no turns of a
// transcript, and a heading's "VISIT TO PERU" names the registry's Peru,
// not a second actor of that name.
TEST(NewsPages, DatelineLinksAndVisits) {
  const Extraction x = Extract(
      "LIMA VISIT TO PERU ENDS\n\n"
      "QUITO: Ecuador and Peru on Tuesday agreed to reopen two border "
      "markets, Foreign Minister Ana Vela of Ecuador said.\n\n"
      "Later in the day, President Luis Montes said Ecuador valued its ties "
      "with Peru.\n\n"
      "Foreign Minister Ana Vela called on Peru to reopen the bridge.\n\n"
      "Read more\n"
      "Border trade: exporters count the losses\n"
      "Ecuador, Colombia hold talks on fuel\n");
  EXPECT_EQ(x.info.genre, Genre::kNewsReport);
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_NE(s.speaker_rule, "turn-label") << s.text;
    EXPECT_NE(text_testing::NameOf(x, s.speaker), "QUITO");
  }
  EXPECT_EQ(SpeakerOf(x, "valued its ties"), "Luis Montes");
  EXPECT_EQ(SpeakerOf(x, "Peru to reopen the bridge"), "Ana Vela");
  int peru = 0;
  for (const ExtractedActor& a : x.actors) {
    peru += absl::AsciiStrToLower(a.name) == "peru";
  }
  EXPECT_EQ(peru, 1);
}

}  // namespace
}  // namespace diplograph
