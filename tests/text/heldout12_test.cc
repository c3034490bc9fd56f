// Tests of the text extractor (text.h) on the constructions that the
// held-out documents h34-h37 (a wire report on talks in the Caucasus, a
// media briefing transcript of a foreign ministry, a press release of the
// EU's foreign service and a joint communique of two West African states)
// showed it missing. Every sentence is written for the test, with invented
// people.

#include <string>
#include <vector>

#include "absl/strings/match.h"
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
using text_testing::NameOf;
using text_testing::Names;
using text_testing::Relations;
using text_testing::Said;
using text_testing::StatementContaining;

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor(
        {.name = "Kazakhstan", .kind = ActorKind::kState, .iso3 = "KAZ"});
    *g->AddActor({.name = "Nigeria", .kind = ActorKind::kState, .iso3 = "NGA"});
    *g->AddActor({.name = "Norway", .kind = ActorKind::kState, .iso3 = "NOR"});
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

// The speaker of the turn whose words contain `words`; "" for none.
std::string TurnSpeaker(const Extraction& x, const std::string& words) {
  const ExtractedStatement* s = StatementContaining(x, words);
  return s == nullptr ? "" : NameOf(x, s->speaker);
}

// ------------------------------------------------ a transcript's labels

// "MINISTER NDLOVU:", "DEPUTY MINISTER OKONKWO:", "MR BRANDVOLD:": a title
// (or an honorific) and a family name in capitals name the person the text
// names in full; no person of the capitals alone is added.
TEST(HeldoutTranscriptLabels, ATitleAndAFamilyNameInCapitalsNameThePerson) {
  Extraction x = Extract(
      "Transcript of the media briefing by the Minister of Foreign Affairs, "
      "Ms Aigerim Seitkali, Astana, 8 March 2024\n\n"
      "MINISTER SEITKALI: Good morning. Kazakhstan will host the water "
      "forum in May.\n\n"
      "QUESTION: Will Nigeria attend the forum?\n\n"
      "MINISTER SEITKALI: Nigeria has confirmed its delegation.\n\n"
      "QUESTION: And the financing?\n\n"
      "DEPUTY MINISTER OKONKWO: The fund will open in June. I am Deputy "
      "Minister Chidi Okonkwo and I lead that work.\n");
  EXPECT_EQ(x.info.genre, Genre::kTranscript);
  EXPECT_EQ(TurnSpeaker(x, "water forum in May"), "Aigerim Seitkali")
      << testing::PrintToString(Said(x));
  EXPECT_EQ(TurnSpeaker(x, "confirmed its delegation"), "Aigerim Seitkali");
  EXPECT_EQ(TurnSpeaker(x, "fund will open"), "Chidi Okonkwo");
  EXPECT_THAT(Names(x), Not(Contains("SEITKALI")));
  EXPECT_THAT(Names(x), Not(Contains("MINISTER SEITKALI")));
  EXPECT_THAT(Names(x), Not(Contains("DEPUTY MINISTER OKONKWO")));

  Extraction y = Extract(
      "Remarks to the press by Foreign Minister Lotte Brandvold, Oslo\n\n"
      "MS BRANDVOLD: Norway will double its aid to Peru.\n\n"
      "QUESTION: When?\n\n"
      "MS BRANDVOLD: From next year.\n");
  EXPECT_EQ(TurnSpeaker(y, "double its aid"), "Lotte Brandvold")
      << testing::PrintToString(Said(y));
  EXPECT_EQ(TurnSpeaker(y, "From next year"), "Lotte Brandvold");

  // A title and a word that names no one of the text stays a label of its
  // own.
  Extraction z = Extract(
      "Briefing by Foreign Minister Lotte Brandvold\n\n"
      "MINISTER ALVES: Peru welcomes the decision.\n\n"
      "QUESTION: Why?\n\n"
      "MINISTER ALVES: Because it helps the fishermen.\n");
  EXPECT_NE(TurnSpeaker(z, "welcomes the decision"), "Lotte Brandvold");
}

// "PROGRAMME DIRECTOR (Ms Zanele X, Spokesperson):": a title with the name
// of who holds it in parentheses; the later bare "PROGRAMME DIRECTOR:" is
// the same person.
TEST(HeldoutTranscriptLabels, ATitleWithTheNameInParentheses) {
  Extraction x = Extract(
      "Media briefing on the water forum, Astana, 8 March 2024\n\n"
      "MODERATOR (Mr Daulet Abenov, Spokesperson of the Ministry): Good "
      "morning and welcome. The Minister will speak first.\n\n"
      "MINISTER: Kazakhstan will host the water forum in May.\n\n"
      "MODERATOR: Thank you. That concludes the briefing.\n");
  EXPECT_EQ(x.info.genre, Genre::kTranscript);
  EXPECT_EQ(TurnSpeaker(x, "Good morning and welcome"), "Daulet Abenov")
      << testing::PrintToString(Said(x));
  EXPECT_EQ(TurnSpeaker(x, "concludes the briefing"), "Daulet Abenov");

  Extraction y = Extract(
      "Press conference on the fisheries accord\n\n"
      "CHAIRPERSON (Dr Amina Yusuf): We open with the minister's remarks, "
      "please.\n\n"
      "QUESTION (Reuters): Will Peru sign the accord this year?\n\n"
      "CHAIRPERSON: The minister will answer that at the end.\n");
  EXPECT_EQ(TurnSpeaker(y, "minister's remarks"), "Amina Yusuf")
      << testing::PrintToString(Said(y));
  EXPECT_EQ(TurnSpeaker(y, "answer that at the end"), "Amina Yusuf");
}

// A site's banner with a colon and bars, a contact line and a list of the
// site's sections are no turns and name no speaker.
TEST(HeldoutTranscriptLabels, BannersContactsAndSectionsAreNoTurns) {
  Extraction x = Extract(
      "Ministry: Foreign Affairs | FEDERAL REPUBLIC OF NIGERIA\n\n"
      "Briefing by the Minister of Foreign Affairs, Mr Chidi Okonkwo, "
      "Abuja\n\n"
      "MR OKONKWO: Nigeria will send observers to the vote.\n\n"
      "QUESTION: How many?\n\n"
      "MR OKONKWO: About forty.\n\n"
      "Enquiries: Bola Adeyemi, Spokesperson\n\n"
      "Editorial Sections: Press releases, Africa\n");
  EXPECT_EQ(TurnSpeaker(x, "send observers"), "Chidi Okonkwo")
      << testing::PrintToString(Said(x));
  EXPECT_THAT(Names(x), Not(Contains("Ministry")));
  EXPECT_THAT(Names(x), Not(Contains("Enquiries")));
  EXPECT_THAT(Names(x), Not(Contains("Editorial Sections")));
  EXPECT_EQ(StatementContaining(x, "FEDERAL REPUBLIC"), nullptr);
}

// "Pieter Botha, News24.", "Amina Yusuf from Channels TV.": a journalist
// naming herself and her outlet in a sentence of its own at the start of a
// question makes the outlet a media actor; a sentence of other words does
// not.
TEST(HeldoutTranscriptLabels, AnOutletNamedByTheJournalist) {
  Extraction x = Extract(
      "Briefing by the Minister of Foreign Affairs, Mr Chidi Okonkwo, "
      "Abuja\n\n"
      "MR OKONKWO: Nigeria will send observers to the vote.\n\n"
      "QUESTION: Thank you, Minister. Bola Adeyemi, Lagos24. How many?\n\n"
      "MR OKONKWO: About forty.\n\n"
      "QUESTION: Amina Yusuf from Channels TV. Will Kazakhstan send any?\n\n"
      "MR OKONKWO: I cannot say.\n\n"
      "QUESTION: Mr Okonkwo, Peru asked. What did you answer?\n\n"
      "MR OKONKWO: Nothing yet.\n");
  const ExtractedActor* a = text_testing::ActorNamed(x, "Lagos24");
  ASSERT_NE(a, nullptr) << testing::PrintToString(Names(x));
  EXPECT_EQ(a->kind, ActorKind::kMediaOutlet);
  a = text_testing::ActorNamed(x, "Channels TV");
  ASSERT_NE(a, nullptr) << testing::PrintToString(Names(x));
  EXPECT_EQ(a->kind, ActorKind::kMediaOutlet);
  EXPECT_THAT(Names(x), Not(Contains("Peru asked")));
}

// ------------------------------------------------- a readout's offices

// A heading "Country: Title Name meets Title Name" names a meeting of
// offices: the page is a readout, and "received today" dates its
// statements. A headline with a name alone before "meets" stays news.
TEST(HeldoutMeetingHeadings, ATitleAndANameBeforeMeetsMakeAReadout) {
  Extraction x = Extract(
      "Peru: Foreign Minister Brandvold meets Trade Minister Quispe\n\n"
      "Foreign Minister Lotte Brandvold received today in Oslo the Minister "
      "of Trade of Peru, Rosa Quispe.\n\n"
      "The Foreign Minister underlined Norway's support for Peru's fisheries "
      "reform.\n");
  EXPECT_EQ(x.info.genre, Genre::kReadout);
  const ExtractedStatement* s = StatementContaining(x, "fisheries reform");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Lotte Brandvold");
  EXPECT_EQ(s->date, *Date::Parse("2024-03-08"));

  Extraction y = Extract(
      "Special Envoy/Deputy Minister Okonkwo receives Kazakh delegation\n\n"
      "Deputy Minister Chidi Okonkwo received a delegation of Kazakhstan "
      "today and stressed that Nigeria would open an embassy in Astana.\n");
  EXPECT_EQ(y.info.genre, Genre::kReadout);

  Extraction z = Extract(
      "Brandvold meets Quispe as fishing row deepens\n\n"
      "Norway's foreign minister Lotte Brandvold said Peru had been "
      "unfair.\n");
  EXPECT_NE(z.info.genre, Genre::kReadout);
}

// "High Representative/Vice-President X": two titles joined by a slash.
// "The High Representative" is the person as "the Vice-President" is, and
// "the HR/VP", the initials of both titles, too.
TEST(HeldoutSlashTitles, EitherTitleAndTheInitialsNameThePerson) {
  Extraction x = Extract(
      "High Representative/Vice-President Lotte Brandvold met today the "
      "Foreign Minister of Peru, Rosa Quispe.\n\n"
      "The High Representative underlined the bloc's support for Peru's "
      "reforms.\n\n"
      "The HR/VP stressed that new funds would reach the Andean region in "
      "2025.\n\n"
      "On trade, the HR/VP thanked Peru for its patience.\n");
  const ExtractedStatement* s = StatementContaining(x, "support for Peru");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Lotte Brandvold");
  s = StatementContaining(x, "new funds");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Lotte Brandvold");
  s = StatementContaining(x, "patience");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Lotte Brandvold");
  EXPECT_THAT(Names(x), Not(Contains("High Representative")));

  Extraction y = Extract(
      "Special Envoy/Deputy Minister Chidi Okonkwo arrived in Astana on "
      "Thursday.\n\n"
      "The SE/DM said that Nigeria would open an embassy there.\n\n"
      "The Special Envoy added that flights would follow.\n");
  s = StatementContaining(y, "open an embassy");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(y));
  EXPECT_EQ(NameOf(y, s->speaker), "Chidi Okonkwo");
  s = StatementContaining(y, "flights would follow");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(y));
  EXPECT_EQ(NameOf(y, s->speaker), "Chidi Okonkwo");
}

// ------------------------------------------------------ a wire report

// "his Azerbaijani counterpart, Elnur Mammadli, on Thursday", "the
// ministry's spokeswoman, Dana Ortiz.": a role noun or "counterpart" after a
// determiner or a possessive, a comma and a name are a person; the family
// name alone names the person later.
TEST(HeldoutWireReport, ANameAfterADescribedCounterpartIsAPerson) {
  Extraction x = Extract(
      "Kazakh Foreign Minister Aigerim Seitkali met her Nigerian "
      "counterpart, Chidi Okonkwo, on Thursday.\n\n"
      "Okonkwo said Nigeria would open an embassy in Astana.\n");
  EXPECT_THAT(Names(x), Contains("Chidi Okonkwo"));
  const ExtractedStatement* s = StatementContaining(x, "open an embassy");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Chidi Okonkwo");

  Extraction y = Extract(
      "The talks were led by the ministry's spokeswoman, Dana Ortiz.\n\n"
      "Ortiz said Peru would sign the accord.\n");
  EXPECT_THAT(Names(y), Contains("Dana Ortiz"))
      << testing::PrintToString(Said(y));
  // No role noun, no person: "the region, Latin America, ...".
  Extraction z = Extract(
      "Trade with the region, Latin America, grew by a third, Norway said.\n");
  const ExtractedActor* region = text_testing::ActorNamed(z, "Latin America");
  EXPECT_TRUE(region == nullptr || region->kind != ActorKind::kPerson);
}

// "X said A. Y struck a more cautious tone. "...", he told reporters": a
// person who opens a sentence of how he spoke, after the latest statement,
// is "he"; with no such sentence, or after a sentence of another act, "he"
// stays the latest speaker.
TEST(HeldoutWireReport, APronounAfterASentenceAboutAnotherPerson) {
  Extraction x = Extract(
      "Kazakh Foreign Minister Aigerim Seitkali said on Thursday that the "
      "talks had gone well.\n\n"
      "Nigerian Foreign Minister Chidi Okonkwo was less upbeat. Abuja "
      "wanted \"firm dates, not promises\", he told reporters.\n");
  const ExtractedStatement* s = StatementContaining(x, "firm dates");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Chidi Okonkwo");

  Extraction y = Extract(
      "Nigerian Foreign Minister Chidi Okonkwo said on Thursday that the "
      "talks had gone well.\n\n"
      "\"We will meet again in May,\" he told reporters.\n");
  s = StatementContaining(y, "meet again");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(y));
  EXPECT_EQ(NameOf(y, s->speaker), "Chidi Okonkwo");

  // A sentence of another act: "he" stays the speaker.
  Extraction w = Extract(
      "Nigerian Foreign Minister Chidi Okonkwo said the talks had gone "
      "well.\n\n"
      "Kazakh Deputy Minister Daulet Abenov arrived in Lagos on Monday. "
      "\"We will meet again,\" he told reporters.\n");
  s = StatementContaining(w, "meet again");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(w));
  EXPECT_EQ(NameOf(w, s->speaker), "Chidi Okonkwo");

  // The sentence's person is a woman the text calls so: "he" stays the
  // speaker.
  Extraction z = Extract(
      "Nigerian Foreign Minister Mr Chidi Okonkwo said the talks had gone "
      "well.\n\n"
      "Foreign Minister Ms Aigerim Seitkali sounded more hopeful. \"We will "
      "meet "
      "again,\" he told reporters.\n");
  s = StatementContaining(z, "meet again");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(z));
  EXPECT_EQ(NameOf(z, s->speaker), "Chidi Okonkwo");
}

// "X was cited by RIA Novosti as saying that ...": the passive relay of
// "cited" as of "quoted".
TEST(HeldoutWireReport, WasCitedByAsSaying) {
  Extraction x = Extract(
      "Nigerian Deputy Foreign Minister Chidi Okonkwo was cited by the News "
      "Agency of Nigeria as saying that Abuja would reopen the border.\n\n"
      "Kazakh Foreign Minister Aigerim Seitkali was cited by Kazinform as "
      "saying that the pipeline would be finished in May.\n");
  const ExtractedStatement* s = StatementContaining(x, "reopen the border");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Chidi Okonkwo");
  s = StatementContaining(x, "pipeline would be finished");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Aigerim Seitkali");
}

// "said that A but that B": the second that-clause, set against the first,
// is a statement of its own; "that A and that B" stays one.
TEST(HeldoutWireReport, ASecondThatClauseAfterBut) {
  Extraction x = Extract(
      "Kazakh Foreign Minister Aigerim Seitkali said that Astana welcomed "
      "the talks but that the timetable was far too slow.\n\n"
      "Nigerian Foreign Minister Chidi Okonkwo said that Abuja supported "
      "the plan and that funding would follow.\n");
  const ExtractedStatement* a = StatementContaining(x, "welcomed the talks");
  const ExtractedStatement* b = StatementContaining(x, "timetable was");
  ASSERT_NE(a, nullptr) << testing::PrintToString(Said(x));
  ASSERT_NE(b, nullptr) << testing::PrintToString(Said(x));
  EXPECT_NE(a, b);
  EXPECT_EQ(NameOf(x, b->speaker), "Aigerim Seitkali");
  EXPECT_THAT(a->text, Not(::testing::HasSubstr("timetable")));
  const ExtractedStatement* c = StatementContaining(x, "supported the plan");
  ASSERT_NE(c, nullptr) << testing::PrintToString(Said(x));
  EXPECT_THAT(c->text, ::testing::HasSubstr("funding would follow"));
}

// "..., a demand Armenia has repeatedly rejected.": a noun and a perfect's
// relative clause after the comma is no attribution; "..., Foreign
// Minister X said." is one.
TEST(HeldoutWireReport, ARelativeClauseAfterACommaIsNoAttribution) {
  Extraction x = Extract(
      "Abuja wants Astana to lift the visa rule first, a condition Kazakhstan "
      "has repeatedly rejected.\n\n"
      "Astana wants a direct flight to Lagos, an idea Nigeria had long "
      "opposed.\n");
  EXPECT_TRUE(x.statements.empty()) << testing::PrintToString(Said(x));

  Extraction y = Extract(
      "Peru will buy two Norwegian ferries, Foreign Minister Lotte Brandvold "
      "said.\n");
  EXPECT_FALSE(y.statements.empty());
}

// "..., officials said on Friday, but details remain unclear": the clause
// before a mid-sentence attribution followed by "but" or "although" is what
// was said, not the words after the verb.
TEST(HeldoutWireReport, AMidSentenceAttributionBeforeBut) {
  Extraction x = Extract(
      "Kazakhstan and Nigeria will open consulates in Almaty and Lagos, the "
      "Kazakh foreign ministry said on Friday, but no date was set.\n\n"
      "Norway will send a trade mission to Peru, Foreign Minister Lotte "
      "Brandvold said, although the budget is not yet agreed.\n");
  const ExtractedStatement* s = StatementContaining(x, "open consulates");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Kazakhstan");
  EXPECT_EQ(StatementContaining(x, "no date was set"), nullptr);
  s = StatementContaining(x, "trade mission");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Lotte Brandvold");
  EXPECT_EQ(StatementContaining(x, "budget"), nullptr);
}

// "X wrote that A, but said he was ready ...", "X said A but added that
// B": a reporting verb after "but" shares the clause's speaker, as after
// "and"; "X said A, but Y said B" keeps Y.
TEST(HeldoutWireReport, AReportingVerbAfterButSharesTheSpeaker) {
  Extraction x = Extract(
      "Nigerian Foreign Minister Chidi Okonkwo wrote on Thursday that Abuja "
      "would not pay the fee, but said he was ready to meet the Kazakh "
      "side.\n\n"
      "Kazakh Foreign Minister Aigerim Seitkali said on Thursday that the "
      "fee stood but added that talks could resume in May.\n\n"
      "Nigerian Foreign Minister Chidi Okonkwo said the fee was unfair, but "
      "Kazakh Foreign Minister Aigerim Seitkali said it was normal.\n");
  const ExtractedStatement* s = StatementContaining(x, "ready to meet");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Chidi Okonkwo");
  EXPECT_EQ(s->date, *Date::Parse("2024-03-07"));
  s = StatementContaining(x, "talks could resume");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Aigerim Seitkali");
  s = StatementContaining(x, "it was normal");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Aigerim Seitkali");
}

// "X wrote that his government "will not pay"": a person's own government
// in the words is the state the text ties the person to by a title.
TEST(HeldoutWireReport, HisGovernmentIsTheSpeakersState) {
  Extraction x = Extract(
      "Nigerian Foreign Minister Chidi Okonkwo wrote on Thursday that his "
      "government would not pay the fee.\n\n"
      "Kazakh Foreign Minister Aigerim Seitkali said on Friday that her "
      "government would not be rushed.\n");
  const ExtractedStatement* s = StatementContaining(x, "not pay the fee");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_THAT(text_testing::About(x, *s), Contains("Nigeria"));
  s = StatementContaining(x, "rushed");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_THAT(text_testing::About(x, *s), Contains("Kazakhstan"));
}

// ------------------------------------------------------ relationships

// "relations of friendship and brotherhood between X and Y": lower-case
// words after "of" qualify the relation, whose ends follow "between".
TEST(HeldoutRelationships, AQualifierAfterOfBeforeBetween) {
  Extraction x = Extract(
      "The two Presidents praised the relations of friendship and "
      "brotherhood between Nigeria and Kazakhstan.\n\n"
      "Norway valued the ties of trust between Peru and Kazakhstan.\n");
  const std::vector<std::string> r = Relations(x);
  bool nigeria = false, peru = false;
  for (const std::string& s : r) {
    nigeria = nigeria || (absl::StrContains(s, "Nigeria -- Kazakhstan") ||
                          absl::StrContains(s, "Kazakhstan -- Nigeria"));
    peru = peru || (absl::StrContains(s, "Peru -- Kazakhstan") ||
                    absl::StrContains(s, "Kazakhstan -- Peru"));
  }
  EXPECT_TRUE(nigeria) << testing::PrintToString(r);
  EXPECT_TRUE(peru) << testing::PrintToString(r);
}

// "called on Peru, Nigeria and Kazakhstan to maintain cooperation with
// their neighbours": the last two of a list after a preposition are no pair.
TEST(HeldoutRelationships, TheLastTwoOfAListAreNoPair) {
  Extraction x = Extract(
      "Norway called on Peru, Nigeria and Kazakhstan to maintain "
      "cooperation with their neighbours.\n");
  for (const std::string& s : Relations(x)) {
    EXPECT_FALSE(absl::StrContains(s, "Nigeria -- Kazakhstan")) << s;
    EXPECT_FALSE(absl::StrContains(s, "Kazakhstan -- Nigeria")) << s;
  }
  // A pair after an adverbial ending in a name stays one.
  Extraction y = Extract(
      "On the visit of Peru's President Rosa Quispe, Nigeria and Kazakhstan "
      "are each other's important cooperation partners, Norway said.\n");
  bool pair = false;
  for (const std::string& s : Relations(y)) {
    pair = pair || absl::StrContains(s, "Nigeria -- Kazakhstan") ||
           absl::StrContains(s, "Kazakhstan -- Nigeria");
  }
  EXPECT_TRUE(pair) << testing::PrintToString(Relations(y));
}

}  // namespace
}  // namespace diplograph
