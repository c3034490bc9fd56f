// Tests of the text extractor (text.h) on the page structure of real
// published pages: a web page's furniture that looks like a transcript's
// turn label ("Published:", "Photo:"), times with a colon, "Q:" / "A:"
// transcripts whose host only the heading names, the host's opening
// announcements, and headlines repeated as the first paragraph. Every
// sentence is written for the test, with invented people.

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

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::StartsWith;
using text_testing::ActorNamed;
using text_testing::NameOf;
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

const ExtractedStatement* FindText(const Extraction& x,
                                   const std::string& text) {
  for (const ExtractedStatement& s : x.statements) {
    if (s.text == text) return &s;
  }
  return nullptr;
}

// ------------------------------------------------- page furniture

TEST(PageFurniture, DateStampsAreNotTranscriptTurns) {
  Extraction x = Extract(
      "Tamm to visit Reykjavik next month\n\n"
      "Published: 2024-03-08 09:12\n\n"
      "Last Updated: 2024-03-08 14:40\n\n"
      "Olga Tamm said on Friday that the fishing talks had been useful.\n");
  EXPECT_NE(x.info.genre, Genre::kTranscript);
  EXPECT_THAT(Said(x),
              ElementsAre("Olga Tamm: the fishing talks had been useful"));
  EXPECT_EQ(ActorNamed(x, "Published"), nullptr);
  EXPECT_EQ(ActorNamed(x, "Last Updated"), nullptr);
}

TEST(PageFurniture, CaptionAndSourceLabelsAreNotSpeakers) {
  Extraction x = Extract(
      "Photo: Olga Tamm arrives at the harbour in Bergen\n\n"
      "Source: a wire service desk in Oslo\n\n"
      "Pavel Sorin said the harbour would reopen in May.\n");
  EXPECT_NE(x.info.genre, Genre::kTranscript);
  EXPECT_THAT(Said(x),
              ElementsAre("Pavel Sorin: the harbour would reopen in May"));
}

TEST(PageFurniture, AStampWithAnUnknownLabelIsNotATurn) {
  // The label is not a word of page furniture, but the words after it are
  // only a date and a time.
  Extraction x = Extract(
      "Harbour News Desk: Mar 8, 2024 3:24 PM ET\n\n"
      "Print Edition: 08-03-2024\n\n"
      "Olga Tamm said the quota would stay as it is.\n");
  EXPECT_NE(x.info.genre, Genre::kTranscript);
  EXPECT_THAT(Said(x), ElementsAre("Olga Tamm: the quota would stay as it is"));
}

TEST(PageFurniture, AClockTimeIsNotATurnLabel) {
  // "At 4:15": the colon of a time, in a heading that is otherwise a
  // transcript's.
  Extraction x = Extract(
      "Foreign Ministry Spokesperson Lena Varga's Regular Press Conference "
      "on March 8, 2024\n\n"
      "At 4:15 pm today, Deputy Minister Ivo Brandt will brief the press on "
      "the fisheries accord.\n\n"
      "Q: When will the accord be signed?\n\n"
      "A: We will release information in due course.\n");
  EXPECT_EQ(ActorNamed(x, "At 4"), nullptr);
  ASSERT_EQ(x.statements.size(), 2u) << testing::PrintToString(Said(x));
  EXPECT_THAT(x.statements[0].text, StartsWith("At 4:15 pm today"));
}

// ------------------------------------------------- Q: / A: transcripts

TEST(QuestionAnswerTranscript, AnswersAreTheHostsFromTheHeading) {
  Extraction x = Extract(
      "Foreign Ministry Spokesperson Lena Varga's Regular Press Conference "
      "on March 8, 2024\n\n"
      "Q: What is your comment on the fishing talks with Norway?\n\n"
      "A: The talks were frank and constructive. We hope both sides keep "
      "working together.\n\n"
      "Q: Will the minister travel to Iceland?\n\n"
      "A: I have nothing to announce at the moment.\n");
  EXPECT_EQ(x.info.genre, Genre::kTranscript);
  EXPECT_THAT(Said(x),
              ElementsAre("Lena Varga: The talks were frank and constructive. "
                          "We hope both sides keep working together.",
                          "Lena Varga: I have nothing to announce at the "
                          "moment."));
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_EQ(s.rule, "transcript-turn");
  }
  // "A" is not taken for a news outlet that asks.
  EXPECT_EQ(ActorNamed(x, "A"), nullptr);
}

TEST(QuestionAnswerTranscript, WithoutAHostTheAnswersHaveNoSpeaker) {
  // Nothing names who answers: no statement rather than a guess.
  Extraction x = Extract(
      "Regular Press Conference on March 8, 2024\n\n"
      "Q: What is your comment on the fishing talks with Norway?\n\n"
      "A: The talks were frank and constructive.\n\n"
      "Q: Will the minister travel to Iceland?\n\n"
      "A: I have nothing to announce.\n");
  EXPECT_THAT(x.statements, IsEmpty());
  EXPECT_EQ(ActorNamed(x, "A"), nullptr);
}

TEST(QuestionAnswerTranscript, OneQuestionAfterAPressConferenceHeading) {
  // A transcript cut short after its first question is still one.
  Extraction x = Extract(
      "Foreign Ministry Spokesperson Lena Varga's Regular Press Conference "
      "on March 8, 2024\n\n"
      "Q: Can you tell us more about the visit of the Norwegian minister?\n");
  EXPECT_EQ(x.info.genre, Genre::kTranscript);
  EXPECT_THAT(x.statements, IsEmpty());
}

// ------------------------------------------------- opening remarks

TEST(OpeningRemarks, AnnouncementsAfterTheHeadingAreTheHosts) {
  Extraction x = Extract(
      "Foreign Ministry Spokesperson Lena Varga's Regular Press Conference "
      "on March 8, 2024\n\n"
      "Spokesperson Lena Varga started the press conference with the "
      "following announcements:\n\n"
      "At the invitation of the Government of Iceland, Foreign Minister Ivo "
      "Brandt will visit Reykjavik from March 12 to 14.\n\n"
      "The fisheries dialogue with Norway will resume next week.\n\n"
      "Q: What do you expect from the visit?\n\n"
      "A: We expect the visit to deepen our friendship.\n");
  // Each announcement is a statement of its own (docs/text.md step 45).
  ASSERT_EQ(x.statements.size(), 3u) << testing::PrintToString(Said(x));
  for (int i : {0, 1}) {
    const ExtractedStatement& remarks = x.statements[i];
    EXPECT_EQ(NameOf(x, remarks.speaker), "Lena Varga");
    EXPECT_EQ(remarks.rule, "transcript-opening-remarks");
  }
  EXPECT_THAT(x.statements[0].text,
              StartsWith("At the invitation of the Government"));
  EXPECT_EQ(x.statements[1].text,
            "The fisheries dialogue with Norway will resume next week.");
  EXPECT_EQ(NameOf(x, x.statements[2].speaker), "Lena Varga");
}

TEST(OpeningRemarks, NamedTurnsTakeTheHostFromTheHeadingToo) {
  // Turns labelled by name; the heading's announcements are still the
  // host's, and the navigation line before them is not.
  Extraction x = Extract(
      "Home > Spokesperson's Remarks\n\n"
      "Foreign Ministry Spokesperson Lena Varga's Regular Press Conference "
      "on March 8, 2024\n\n"
      "The fisheries dialogue with Norway will resume in Tromso next week.\n\n"
      "Harbour Radio: Will Iceland join the dialogue?\n\n"
      "Lena Varga: Iceland is welcome to take part.\n");
  EXPECT_THAT(Said(x), ElementsAre("Lena Varga: The fisheries dialogue with "
                                   "Norway will resume in Tromso next week.",
                                   "Lena Varga: Iceland is welcome to take "
                                   "part."));
}

TEST(OpeningRemarks, TheWritersSentenceDoesNotNameAHost) {
  // A sentence of the writer's (it ends in a full stop) that names a
  // briefing and a person is not a heading: what follows is not the
  // person's opening remarks.
  Extraction x = Extract(
      "The ministry held its weekly briefing with spokesperson Lena Varga on "
      "Friday.\n\n"
      "The briefing room was full of reporters from several countries.\n\n"
      "Q: Will the minister travel to Iceland?\n\n"
      "A: I have nothing to announce.\n");
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_NE(s.rule, "transcript-opening-remarks") << s.text;
  }
}

// ------------------------------------------------- repeated lines

TEST(RepeatedLines, AHeadlineRepeatedAsTheLedeIsReadOnce) {
  const std::string text =
      "Olga Tamm said Norway would reopen its embassy in Reykjavik\n"
      "Olga Tamm said Norway would reopen its embassy in Reykjavik.\n"
      "\"We are ready,\" she told reporters.\n";
  Extraction x = Extract(text);
  ASSERT_EQ(x.statements.size(), 2u) << testing::PrintToString(Said(x));
  EXPECT_EQ(x.statements[0].text,
            "Norway would reopen its embassy in Reykjavik");
  // The lede's words, not the headline's.
  EXPECT_GT(x.statements[0].text_span.begin, text.find('\n'));
  EXPECT_EQ(NameOf(x, x.statements[1].speaker), "Olga Tamm");
}

TEST(RepeatedLines, ACutShortOrDecoratedHeadlineIsReadOnce) {
  Extraction x = Extract(
      "\xE2\x9D\x97\xEF\xB8\x8FPavel Sorin said Iceland had not yet "
      "accepted the offer of talks on...\n"
      "Pavel Sorin said Iceland had not yet accepted the offer of talks on "
      "the fishing quota.\n");
  EXPECT_THAT(Said(x),
              ElementsAre("Pavel Sorin: Iceland had not yet accepted the offer "
                          "of talks on the fishing quota"));
}

TEST(RepeatedLines, ATitlePrintedSeveralTimesIsReadOnce) {
  Extraction x = Extract(
      "Olga Tamm says Norway will not join the boycott\n\n"
      "News\n\n"
      "Olga Tamm says Norway will not join the boycott\n\n"
      "Olga Tamm says Norway will not join the boycott\n\n"
      "The Norwegian minister spoke after a cabinet meeting in Oslo.\n");
  EXPECT_THAT(Said(x),
              ElementsAre("Olga Tamm: Norway will not join the boycott"));
}

TEST(RepeatedLines, DifferentLinesAreAllRead) {
  Extraction x = Extract(
      "Olga Tamm said Norway would sign the accord.\n"
      "Pavel Sorin said Iceland would sign the accord.\n");
  EXPECT_THAT(Said(x),
              ElementsAre("Olga Tamm: Norway would sign the accord",
                          "Pavel Sorin: Iceland would sign the accord"));
}

TEST(RepeatedLines, ASentencePrintedTwiceIsReadTwice) {
  // Only lines that are no sentence (titles, captions, headlines) are
  // page copies.
  Extraction x = Extract(
      "Olga Tamm said Norway would sign the accord.\n\n"
      "Olga Tamm said Norway would sign the accord.\n");
  EXPECT_EQ(x.statements.size(), 2u) << testing::PrintToString(Said(x));
}

// ------------------------------------------------- pronouns in questions

TEST(PronounInQuestion, IsAPersonTheQuestionNames) {
  Extraction x = Extract(
      "Department Press Briefing - March 8, 2024\n\n"
      "MR VARGA: Good afternoon. I have nothing at the top.\n\n"
      "QUESTION: Olga Tamm visited the harbour on Thursday, and she said "
      "Norway will expand its fishing zone. Do you have a response?\n\n"
      "MR VARGA: We are studying the announcement.\n");
  bool found = false;
  for (const ExtractedStatement& s : x.statements) {
    if (s.text != "Norway will expand its fishing zone") continue;
    found = true;
    EXPECT_EQ(NameOf(x, s.speaker), "Olga Tamm");
    EXPECT_EQ(s.speaker_rule, "pronoun-person-in-question");
    EXPECT_TRUE(s.in_question);
  }
  EXPECT_TRUE(found) << testing::PrintToString(Said(x));
}

TEST(PronounInQuestion, IsATitledNameNoActorMatches) {
  Extraction x = Extract(
      "Department Press Briefing - March 8, 2024\n\n"
      "MR VARGA: Good afternoon. I have nothing at the top.\n\n"
      "QUESTION: After your remarks, Estonian Finance Minister Arvo Kask "
      "doubled down, and he said Estonia will raise its tariffs. Any "
      "comment?\n\n"
      "MR VARGA: I would refer you to the Estonian government.\n");
  bool found = false;
  for (const ExtractedStatement& s : x.statements) {
    if (s.text != "Estonia will raise its tariffs") continue;
    found = true;
    EXPECT_EQ(NameOf(x, s.speaker), "Arvo Kask");
  }
  EXPECT_TRUE(found) << testing::PrintToString(Said(x));
}

TEST(PronounInQuestion, IsNeverTheOfficialAsked) {
  // The question names no person: "he" is not the spokesperson who
  // answered before it.
  Extraction x = Extract(
      "Department Press Briefing - March 8, 2024\n\n"
      "MR VARGA: Good afternoon. Norway remains a close partner.\n\n"
      "QUESTION: On the fishing dispute, he said the talks had failed. Is "
      "that your view?\n\n"
      "MR VARGA: No, the talks continue.\n");
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_NE(s.text, "the talks had failed") << NameOf(x, s.speaker);
  }
}

TEST(PronounInQuestion, YouIsTheOfficialWhoAnswers) {
  Extraction x = Extract(
      "Foreign Ministry Spokesperson Lena Varga's Regular Press Conference "
      "on March 8, 2024\n\n"
      "Harbour Radio: You said yesterday that Norway had broken the fishing "
      "accord. Can you tell us more?\n\n"
      "Lena Varga: I have nothing to add to what I said.\n");
  const ExtractedStatement* s =
      FindText(x, "Norway had broken the fishing accord");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Lena Varga");
  EXPECT_EQ(s->speaker_rule, "pronoun-you-in-question");
  EXPECT_TRUE(s->in_question);
  EXPECT_EQ(s->date, *Date::Parse("2024-03-07"));
}

TEST(PronounInQuestion, YouWithNoAnswerGivesNoStatement) {
  Extraction x = Extract(
      "Department Press Briefing - March 8, 2024\n\n"
      "MR VARGA: Good afternoon.\n\n"
      "QUESTION: You said that Norway had broken the accord. Is that "
      "right?\n\n"
      "QUESTION: And will Iceland respond?\n");
  EXPECT_EQ(FindText(x, "Norway had broken the accord"), nullptr)
      << testing::PrintToString(Said(x));
}

// ------------------------------------------------- the saying's time

TEST(SayingTime, ADayRightAfterTheVerbDatesTheSaying) {
  Extraction x = Extract(
      "Olga Tamm said Thursday she will visit Iceland next month.\n\n"
      "Pavel Sorin said on Wednesday the report was false.\n");
  ASSERT_EQ(x.statements.size(), 2u) << testing::PrintToString(Said(x));
  EXPECT_EQ(x.statements[0].text, "she will visit Iceland next month");
  EXPECT_EQ(x.statements[0].date, *Date::Parse("2024-03-07"));
  EXPECT_EQ(x.statements[1].text, "the report was false");
  EXPECT_EQ(x.statements[1].date, *Date::Parse("2024-03-06"));
}

TEST(SayingTime, APossessiveDayBelongsToTheWords) {
  Extraction x = Extract("Olga Tamm said Thursday's vote had been fair.\n");
  ASSERT_EQ(x.statements.size(), 1u) << testing::PrintToString(Said(x));
  EXPECT_EQ(x.statements[0].text, "Thursday's vote had been fair");
}

// ------------------------------------------------- single quotation marks

TEST(SingleMarks, AreQuotationsInAParagraphWithoutDoubleMarks) {
  Extraction x = Extract(
      "'We will not sign this accord,' Olga Tamm told reporters on "
      "Thursday.\n\n"
      "Pavel Sorin said: \xE2\x80\x98Iceland\xE2\x80\x99s door stays "
      "open.\xE2\x80\x99\n");
  const ExtractedStatement* tamm = FindText(x, "We will not sign this accord");
  ASSERT_NE(tamm, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, tamm->speaker), "Olga Tamm");
  EXPECT_EQ(tamm->quote, QuoteKind::kDirectQuote);
  EXPECT_EQ(tamm->date, *Date::Parse("2024-03-07"));
  const ExtractedStatement* sorin =
      FindText(x, "Iceland\xE2\x80\x99s door stays open.");
  ASSERT_NE(sorin, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, sorin->speaker), "Pavel Sorin");
}

TEST(SingleMarks, ApostrophesAreNotQuotations) {
  Extraction x = Extract(
      "Norway's minister Olga Tamm said the allies' concerns had been heard "
      "and Iceland's reply was due.\n");
  ASSERT_EQ(x.statements.size(), 1u) << testing::PrintToString(Said(x));
  EXPECT_EQ(x.statements[0].quote, QuoteKind::kParaphrase);
  EXPECT_EQ(x.statements[0].text,
            "the allies' concerns had been heard and Iceland's reply was due");
}

TEST(SingleMarks, AnUnclosedMarkIsNoQuotation) {
  Extraction x =
      Extract("Olga Tamm said the 'new era of talks had begun in Bergen.\n");
  ASSERT_EQ(x.statements.size(), 1u) << testing::PrintToString(Said(x));
  EXPECT_EQ(x.statements[0].quote, QuoteKind::kParaphrase);
}

TEST(SingleMarks, InsideDoubleMarksTheyAreNesting) {
  Extraction x =
      Extract("\"We reject the 'so-called' quota,\" Olga Tamm said.\n");
  EXPECT_THAT(Said(x),
              ElementsAre("Olga Tamm: We reject the 'so-called' quota"));
}

TEST(SingleMarks, AQuotedParagraphContinuesTheSpeaker) {
  Extraction x = Extract(
      "'The quota is fair,' Pavel Sorin told reporters.\n\n"
      "'It protects the fish and the fishermen alike.'\n");
  EXPECT_THAT(Said(x), ElementsAre("Pavel Sorin: The quota is fair",
                                   "Pavel Sorin: It protects the fish and the "
                                   "fishermen alike."));
}

// ------------------------------------------------- clauses inside the words

TEST(ReportedWords, ASubjectAfterThatIsPartOfTheWords) {
  Extraction x = Extract(
      "Olga Tamm said Norway did not and that Iceland welcomed the "
      "mediation efforts.\n");
  const ExtractedStatement* s =
      FindText(x,
               "Norway did not and that Iceland welcomed the mediation "
               "efforts");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Olga Tamm");
}

TEST(ReportedWords, ASubjectInsideAPhraseIsPartOfTheWords) {
  Extraction x = Extract(
      "Olga Tamm said on Monday that she would wait to see how talks between "
      "Norway and Iceland on a fishing plan pan out.\n");
  const ExtractedStatement* s =
      FindText(x,
               "she would wait to see how talks between Norway and Iceland "
               "on a fishing plan pan out");
  ASSERT_NE(s, nullptr) << testing::PrintToString(Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Olga Tamm");
}

TEST(ReportedWords, AnotherSpeakersClauseAfterAConjunctionEndsThem) {
  Extraction x = Extract(
      "Olga Tamm said the talks had stalled, but Pavel Sorin said they would "
      "resume in April.\n");
  EXPECT_THAT(Said(x), ElementsAre("Olga Tamm: the talks had stalled",
                                   "Pavel Sorin: they would resume in April"));
}

// ------------------------------------------------- links to other articles

TEST(LinkLists, TheLinksAfterARelatedHeaderAreNotRead) {
  Extraction x = Extract(
      "Olga Tamm said on Friday that Norway would sign the fisheries "
      "accord.\n\n"
      "Related\n\n"
      "Iceland says it will not sign fisheries accord\n\n"
      "Pavel Sorin says Norway must pay for the harbour\n\n"
      "Read more: Olga Tamm says talks with Iceland were useful\n\n"
      "Pavel Sorin said the quota was fair.\n");
  EXPECT_THAT(Said(x),
              ElementsAre("Olga Tamm: Norway would sign the fisheries accord",
                          "Pavel Sorin: the quota was fair"));
}

TEST(LinkLists, EndATranscriptTurn) {
  // The page's links after the last answer are not the spokesperson's.
  Extraction x = Extract(
      "Department Press Briefing - March 8, 2024\n\n"
      "QUESTION: Will the talks resume?\n\n"
      "MR VARGA: They will resume in April.\n\n"
      "Related Articles:\n\n"
      "Iceland says it will not sign fisheries accord\n");
  EXPECT_THAT(Said(x), ElementsAre("MR VARGA: They will resume in April."));
}

TEST(LinkLists, AHeadingWordInASentenceIsNoHeader) {
  Extraction x = Extract(
      "Olga Tamm said the related talks would resume.\n\n"
      "Pavel Sorin said the quota was fair\n");
  EXPECT_EQ(x.statements.size(), 2u) << testing::PrintToString(Said(x));
}

}  // namespace
}  // namespace diplograph
