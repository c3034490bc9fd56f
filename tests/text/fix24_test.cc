// Tests of the text extractor (text.h) on the constructions of docs/text.md
// step 67: the banners of a union's external service and of an official
// website as a government's own page; talks "held in narrow and expanded
// formats with" a guest; "Minister X Y" after "Z X Y" (two family names);
// "the President of <state> said" as that state's person, a readout's host
// or the state; "Spokesperson of the Ministry of Foreign Affairs X" and a
// transcript's bare "Spokesperson:" label; a title whose field runs to
// "Affairs" ("for East Asian and Pacific Affairs"); "quoted <title> X as
// saying", in a report and in a question; "called X "Y"" and a verb after
// "and" sharing the subject of an earlier "said"; a "Name, Title" line
// above a transcript's turns; "the Saudi foreign minister" with no person
// named; "and declined to comment" after the words of "said"; a day between
// a subject and its verb; a title's holder named far below; a wire dateline
// below a dated stamp; a news conference named after the verb. Every text is
// written for the test, with invented people; states come from the
// registry.

#include <string>
#include <vector>

#include "diplograph/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"

namespace diplograph {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using text_testing::NameOf;
using text_testing::SpeakerOf;

Extraction Extract(const std::string& text,
                   const std::string& date = "2026-06-30") {
  return text_testing::ExtractDated(text_testing::RegistryOnlyExtractor(), text,
                                    date);
}

// A page under the banner of a union's diplomatic service, whose heading
// names its own official and a guest, is a readout even though it ends
// with the official's words in marks: its statements are dated by the
// call.
TEST(OfficialBanners, AnExternalActionServicePageIsAReadout) {
  const Extraction x = Extract(
      "European External Action Service\n"
      "Home | Press material | Press releases\n\n"
      "Peru: High Representative Maren Kallas holds phone call with Foreign "
      "Minister Rosa Quispe Vidal\n\n"
      "High Representative Maren Kallas spoke today with the Minister of "
      "Foreign Affairs of Peru, Rosa Quispe Vidal.\n\n"
      "The High Representative welcomed the agreement signed last week "
      "between Peru and its neighbours on river trade.\n\n"
      "Following the call, the High Representative said: \"Peru is a close "
      "partner of the European Union.\"\n");
  EXPECT_EQ(x.info.genre, Genre::kReadout);
  const ExtractedStatement* s =
      text_testing::StatementContaining(x, "river trade");
  ASSERT_NE(s, nullptr) << testing::PrintToString(text_testing::Said(x));
  EXPECT_EQ(s->date.ToString(), "2026-06-30");
}

// "Official website of the President of X" over a page whose first
// sentence tells of talks "in narrow and expanded formats with" a guest:
// the president's own readout.
TEST(OfficialBanners, AnOfficialWebsiteWithTalksInFormats) {
  const Extraction x = Extract(
      "Official website of the President of the Republic of Uzbekistan\n\n"
      "Talks in Tashkent\n\n"
      "The Head of State held talks in narrow and expanded formats with "
      "President of Mongolia Batu Erdene, who is in Tashkent on a state "
      "visit.\n\n"
      "Timur Rashidov noted that trade between the two countries had "
      "doubled.\n");
  EXPECT_EQ(x.info.genre, Genre::kReadout);
  // Without the banner the same page is a news report.
  const Extraction y = Extract(
      "Talks in Tashkent\n\n"
      "Officials said that the visit went well, and the minister noted "
      "that trade between the two countries had doubled.\n");
  EXPECT_NE(y.info.genre, Genre::kReadout);
}

// "Minister Quispe Vidal" after "Rosa Quispe Vidal": the two family names
// name the person named in full before; no second person.
TEST(FamilyNames, TwoFamilyNamesAfterATitle) {
  const Extraction x = Extract(
      "LIMA, June 30 (Reuters) - Foreign Minister Rosa Quispe Vidal met her "
      "Chilean counterpart on Tuesday.\n\n"
      "Minister Quispe Vidal said the border talks would resume in "
      "August.\n");
  EXPECT_EQ(SpeakerOf(x, "border talks would resume"), "Rosa Quispe Vidal");
  for (const ExtractedActor& a : x.actors) {
    EXPECT_NE(a.name, "Quispe Vidal");
  }
}

// Two persons whose names end in the same two words: the tail names
// neither.
TEST(FamilyNames, AnAmbiguousTailNamesNoOne) {
  const Extraction x = Extract(
      "LIMA, June 30 (Reuters) - Rosa Quispe Vidal and Juan Quispe Vidal "
      "attended the ceremony.\n\n"
      "Minister Quispe Vidal said the border talks would resume in "
      "August.\n");
  const std::string who = SpeakerOf(x, "border talks would resume");
  EXPECT_NE(who, "Rosa Quispe Vidal");
  EXPECT_NE(who, "Juan Quispe Vidal");
}

// "the President of <state> said": the person of that role tied to that
// state, never the president of another state named after it.
TEST(RoleOfState, ThePresidentOfAStateIsThatStatesPresident) {
  const Extraction x = Extract(
      "ASTANA, June 30 (Reuters) - President of Kazakhstan Nurlan "
      "Seitkali met President of China Li Wenhao on Tuesday.\n\n"
      "\"Our trade has never been larger,\" the President of Kazakhstan "
      "said.\n");
  EXPECT_EQ(SpeakerOf(x, "never been larger"), "Nurlan Seitkali");
}

// In a readout whose host is named without a title, "the President of
// <host state>" is the host, not the guest who holds that title elsewhere.
TEST(RoleOfState, AReadoutsHostByItsStatesTitle) {
  const Extraction x = Extract(
      "Official website of the President of the Republic of Kazakhstan\n\n"
      "Nurlan Seitkali holds talks with President of China Li Wenhao\n\n"
      "The Head of State held talks with President of the People's "
      "Republic of China Li Wenhao, who is in Astana on a state visit.\n\n"
      "Nurlan Seitkali warmly welcomed the guest and noted that the visit "
      "marked an anniversary.\n\n"
      "\"China is our reliable friend,\" the President of Kazakhstan "
      "said.\n");
  EXPECT_EQ(x.info.genre, Genre::kReadout);
  EXPECT_EQ(SpeakerOf(x, "reliable friend"), "Nurlan Seitkali");
}

// With no person of that state anywhere, the state speaks (a description
// of the state, of low confidence).
TEST(RoleOfState, NoPersonOfThatStateLeavesTheState) {
  const Extraction x = Extract(
      "ASTANA, June 30 (Reuters) - President of China Li Wenhao arrived on "
      "Tuesday.\n\n"
      "\"Our trade has never been larger,\" the President of Kazakhstan "
      "said.\n");
  const ExtractedStatement* s =
      text_testing::StatementContaining(x, "never been larger");
  ASSERT_NE(s, nullptr) << testing::PrintToString(text_testing::Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Kazakhstan");
  EXPECT_EQ(s->speaker_rule, "description-of-state");
}

// "Spokesperson of the Ministry of Foreign Affairs X chaired ...": the
// name after the ministry's name; a transcript's "Spokesperson:" label is
// then that person.
TEST(TitleOfBody, SpokespersonOfTheMinistryAndHerLabel) {
  const Extraction x = Extract(
      "Regular Press Conference of the Ministry of Foreign Affairs on 30 "
      "June 2026\n\n"
      "On the afternoon of 30 June 2026, Spokesperson of the Ministry of "
      "Foreign Affairs Tran Minh Chau chaired the regular press "
      "conference.\n\n"
      "Reporter (Reuters): What is your comment on the new fishing "
      "rules?\n\n"
      "Spokesperson: Viet Nam has always respected the law of the sea and "
      "will keep doing so.\n");
  EXPECT_EQ(SpeakerOf(x, "respected the law of the sea"), "Tran Minh Chau");
}

// "Assistant Secretary of State for East Asian and Pacific Affairs X": the
// field runs to "Affairs", and the name after it is the person's.
TEST(TitleOfBody, AFieldThatEndsInAffairs) {
  const Extraction x = Extract(
      "WASHINGTON, June 30 (Reuters) - U.S. Assistant Secretary of State "
      "for East Asian and Pacific Affairs Dana Whitcombe told a forum on "
      "Monday that Viet Nam was a key partner.\n");
  EXPECT_EQ(SpeakerOf(x, "key partner"), "Dana Whitcombe");
}

// "quoted <title> X as saying": the title between the verb and the name
// leaves X the speaker and the outlet its relay.
TEST(QuotedAsSaying, ATitleBetweenTheVerbAndTheName) {
  const Extraction x = Extract(
      "MOSCOW, June 30 (Reuters) - TASS quoted Russian Deputy Foreign "
      "Minister Pavel Orlov as saying on Monday that the talks had been "
      "useful.\n");
  const ExtractedStatement* s =
      text_testing::StatementContaining(x, "talks had been useful");
  ASSERT_NE(s, nullptr) << testing::PrintToString(text_testing::Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Pavel Orlov");
  ASSERT_EQ(s->reported_by.size(), 1u);
  EXPECT_EQ(NameOf(x, s->reported_by[0].outlet), "TASS");
  EXPECT_EQ(s->reported_by[0].kind, ReportKind::kQuoted);
}

// In a question, "RIA quoted X as saying ..." is X's statement relayed by
// RIA (and by the asking outlet); the outlet says nothing of its own.
TEST(QuotedAsSaying, InAQuestion) {
  const Extraction x = Extract(
      "Regular Press Conference on 30 June 2026\n\n"
      "Spokesperson Tran Minh Chau chaired the press conference.\n\n"
      "Reporter (Sputnik): TASS quoted Deputy Foreign Minister Pavel Orlov "
      "as saying on Monday that the plant would be finished \"early next "
      "year\". Could you give more details?\n\n"
      "Spokesperson: The two sides are still discussing the timetable.\n");
  std::vector<const ExtractedStatement*> early;
  for (const ExtractedStatement& s : x.statements) {
    if (s.text.find("early next year") != std::string::npos) {
      early.push_back(&s);
    }
  }
  ASSERT_EQ(early.size(), 1u) << testing::PrintToString(text_testing::Said(x));
  EXPECT_EQ(NameOf(x, early[0]->speaker), "Pavel Orlov");
  ASSERT_FALSE(early[0]->reported_by.empty());
  EXPECT_EQ(NameOf(x, early[0]->reported_by[0].outlet), "TASS");
}

// "called the remark "hostile"": "call" before an object and a quotation
// reports words (a description, CAMEO 010); "called for calm" stays an
// appeal (020).
TEST(CalledItWords, AnObjectThenAQuotation) {
  const Extraction x = Extract(
      "OSLO, June 30 (Reuters) - Lena Dahl called the move \"a "
      "provocation\" on Monday. Karl Holm called for calm.\n");
  const ExtractedStatement* s =
      text_testing::StatementContaining(x, "a provocation");
  ASSERT_NE(s, nullptr) << testing::PrintToString(text_testing::Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Lena Dahl");
  EXPECT_EQ(s->event_type.code, "010");
  const ExtractedStatement* calm = text_testing::StatementContaining(x, "calm");
  ASSERT_NE(calm, nullptr);
  EXPECT_EQ(calm->event_type.code, "020");
}

// "X said that W was pursuing "A" and called Y "B"": the verb after "and"
// shares the subject of "said", not the that-clause's "W"; with or without
// the first quotation.
TEST(CalledItWords, CoordinatedAfterAThatClause) {
  for (const std::string& text : {
           std::string("MOSCOW, June 30 (Reuters) - Lena Dahl said that "
                       "Washington was pursuing \"a policy of containment\" "
                       "and called the United States \"an adversary.\"\n"),
           std::string("MOSCOW, June 30 (Reuters) - Lena Dahl said that "
                       "Washington was pursuing a policy of containment and "
                       "called the United States \"an adversary.\"\n"),
       }) {
    SCOPED_TRACE(text);
    const Extraction x = Extract(text);
    EXPECT_EQ(SpeakerOf(x, "an adversary"), "Lena Dahl")
        << testing::PrintToString(text_testing::Said(x));
    EXPECT_EQ(SpeakerOf(x, "containment"), "Lena Dahl");
  }
}

// "Egypt's foreign minister said ... "A," and Ethiopia's foreign ministry
// called the remark "B" yesterday": two statements of two speakers.
TEST(CalledItWords, ASecondSpeakerAfterAQuotedFragment) {
  const Extraction x = Extract(
      "CAIRO, June 30 (Reuters) - Egypt's foreign minister said on Tuesday "
      "that any naval presence would be \"a red line for Egypt,\" and "
      "Ethiopia's foreign ministry called the remark \"hostile and "
      "irresponsible\" on Wednesday.\n");
  EXPECT_EQ(SpeakerOf(x, "red line"), "Egypt")
      << testing::PrintToString(text_testing::Said(x));
  const std::string ethiopia = SpeakerOf(x, "hostile and irresponsible");
  EXPECT_THAT(ethiopia, HasSubstr("Ethiopia"));
}

// "Gordon Ashlock, Spokesperson" on a line of its own above a transcript's
// first turn names the person whom "MR ASHLOCK:" labels.
TEST(SpeakerLines, ANameAndATitleAboveTheTurns) {
  const Extraction x = Extract(
      "Department Press Briefing - June 30, 2026\n\n"
      "Mark Tolland, Spokesperson\n"
      "Washington, DC\n\n"
      "MR TOLLAND: Good afternoon. We welcome the ceasefire in Sudan.\n\n"
      "QUESTION: Is there any news on the talks?\n\n"
      "MR TOLLAND: Nothing to announce today.\n");
  EXPECT_EQ(SpeakerOf(x, "welcome the ceasefire"), "Mark Tolland")
      << testing::PrintToString(text_testing::Said(x));
  for (const ExtractedActor& a : x.actors) EXPECT_NE(a.name, "MR TOLLAND");
}

// "The Saudi foreign minister told CNN ..." with no such person named: the
// demonym's state speaks, added though the text names it nowhere else.
TEST(DemonymOffices, NoPersonNamedLeavesTheState) {
  const Extraction x = Extract(
      "RIYADH, June 30 (Reuters) - The Saudi foreign minister said on "
      "Sunday that the Kingdom would not normalize relations with "
      "Israel.\n");
  const ExtractedStatement* s =
      text_testing::StatementContaining(x, "would not normalize");
  ASSERT_NE(s, nullptr) << testing::PrintToString(text_testing::Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Saudi Arabia");
  EXPECT_EQ(s->speaker_rule, "description-of-state");
}

// In a readout whose host has no title, "the Kazakh leader" is the host;
// "the Chinese foreign minister", of the guest's state, is not.
TEST(DemonymOffices, AReadoutsHostByItsDemonym) {
  const Extraction x = Extract(
      "Official website of the President of the Republic of Kazakhstan\n\n"
      "Nurlan Seitkali holds talks with President of China Li Wenhao\n\n"
      "The Head of State held talks with President of the People's "
      "Republic of China Li Wenhao, who is in Astana on a state visit.\n\n"
      "Nurlan Seitkali noted that the visit marked an anniversary.\n\n"
      "The Kazakh leader also stressed that the partnership with China was "
      "directed against no one.\n\n"
      "The Chinese foreign minister said that the talks had been "
      "useful.\n");
  EXPECT_EQ(SpeakerOf(x, "directed against no one"), "Nurlan Seitkali")
      << testing::PrintToString(text_testing::Said(x));
  EXPECT_NE(SpeakerOf(x, "talks had been useful"), "Nurlan Seitkali");
}

// "X said ..., and declined to comment on whether ...": two statements, the
// refusal not inside the words of "said".
TEST(CoordinatedRefusal, DeclinedToCommentEndsTheWords) {
  const Extraction x = Extract(
      "OSLO, June 30 (Reuters) - Lena Dahl said Norway would coordinate "
      "closely with Sweden, its closest partner, and declined to comment on "
      "whether Oslo would seek talks with Moscow.\n");
  const ExtractedStatement* s =
      text_testing::StatementContaining(x, "coordinate closely");
  ASSERT_NE(s, nullptr) << testing::PrintToString(text_testing::Said(x));
  EXPECT_THAT(s->text, Not(HasSubstr("declined")));
  EXPECT_NE(text_testing::StatementContaining(x, "seek talks with Moscow"),
            nullptr);
}

// "Lena Dahl on Monday said ...": a day between a new name and its verb.
TEST(DayBeforeTheVerb, ANewNameStaysTheSubject) {
  const Extraction x = Extract(
      "OSLO, June 30 (Reuters) - Lena Dahl on Monday said Norway would "
      "coordinate closely with Sweden. Karl Holm yesterday called the "
      "flight \"a grave concern\" for national security.\n");
  EXPECT_EQ(SpeakerOf(x, "coordinate closely"), "Lena Dahl")
      << testing::PrintToString(text_testing::Said(x));
  EXPECT_EQ(SpeakerOf(x, "grave concern"), "Karl Holm");
}

// "Egypt's foreign minister said ..." in a question, and "Foreign Minister
// X" in an answer far below: X is not Egypt's minister; Egypt speaks.
TEST(DemonymOffices, ATitleHolderFarBelowIsNotTheTitlesPerson) {
  std::string text =
      "Department Press Briefing - June 30, 2026\n\n"
      "Mark Tolland, Spokesperson\n\n"
      "MR TOLLAND: Good afternoon.\n\n"
      "QUESTION: Egypt's foreign minister said on Tuesday that any naval "
      "presence would be \"a red line for Egypt.\" Your view?\n\n";
  for (int i = 0; i < 6; ++i) {
    text +=
        "MR TOLLAND: We have been clear with all of our partners, publicly "
        "and privately, about our concerns over shipping in the region, and "
        "we will keep saying so.\n\n"
        "QUESTION: Anything else on the region today?\n\n";
  }
  text +=
      "MR TOLLAND: The Secretary did speak with Foreign Minister Ngozi "
      "Adeyemi this morning.\n";
  const Extraction x = Extract(text);
  EXPECT_EQ(SpeakerOf(x, "red line for Egypt"), "Egypt")
      << testing::PrintToString(text_testing::Said(x));
}

// A wire dateline below a page's dated stamp ("Published: June 30, 2026
// ..." above "OSLO, June 30 (Reuters) - ..."): no part of the lede's
// words.
TEST(WireDateline, BelowADatedStamp) {
  const Extraction x = Extract(
      "Reuters\n\nNorway, Sweden lift ties\n\n"
      "Published: June 30, 2026 10:42 AM GMT+2 | Updated: June 30, 2026 "
      "4:05 PM GMT+2\n\n"
      "OSLO, June 30 (Reuters) - Norway's cooperation with Sweden is not "
      "directed against any other country, Foreign Minister Lena Dahl said "
      "on Tuesday.\n");
  const ExtractedStatement* s =
      text_testing::StatementContaining(x, "not directed against");
  ASSERT_NE(s, nullptr) << testing::PrintToString(text_testing::Said(x));
  EXPECT_THAT(s->text, Not(HasSubstr("Reuters")));
  EXPECT_THAT(s->text, Not(HasSubstr("OSLO")));
}

// "X told a joint news conference with Y": Y's later words with no time
// of their own are dated by the conference.
TEST(NewsConference, NamedAfterTheVerb) {
  const Extraction x = Extract(
      "OSLO, June 30 (Reuters) - Norway and Sweden will work together on "
      "energy, Foreign Minister Lena Dahl said on Tuesday.\n\n"
      "\"We are natural partners,\" Dahl told a joint news conference with "
      "Swedish Foreign Minister Karl Holm.\n\n"
      "Holm said Stockholm wanted to be a partner Norway can rely on.\n");
  const ExtractedStatement* s =
      text_testing::StatementContaining(x, "partner Norway can rely on");
  ASSERT_NE(s, nullptr) << testing::PrintToString(text_testing::Said(x));
  EXPECT_EQ(s->date.ToString(), "2026-06-30");
}

// "X declined to comment on the talks but said ...": the refusal's words
// end before "but said", whose words are a statement of their own.
TEST(CoordinatedRefusal, ButSaidEndsTheRefusal) {
  const Extraction x = Extract(
      "WASHINGTON, June 30 (Reuters) - Deputy spokesperson Mark Tolland "
      "declined to comment directly on the Cairo talks but said Egypt "
      "remained a strategic partner.\n");
  const ExtractedStatement* decline = nullptr;
  for (const ExtractedStatement& s : x.statements) {
    if (s.event_type.code == "011") decline = &s;
  }
  ASSERT_NE(decline, nullptr) << testing::PrintToString(text_testing::Said(x));
  EXPECT_THAT(decline->text, Not(HasSubstr("strategic partner")));
  EXPECT_NE(text_testing::StatementContaining(x, "remained a strategic"),
            nullptr);
}

// In a question, "On Tuesday, Chinese Foreign Ministry spokesperson X said
// ...": the day before the title and the name dates the reported words.
TEST(QuestionDates, ADayBeforeATitledName) {
  const Extraction x = Extract(
      "Regular Press Conference on 30 June 2026\n\n"
      "Spokesperson Tran Minh Chau chaired the press conference.\n\n"
      "Reporter (Reuters): On Monday, Chinese Foreign Ministry spokesperson "
      "Li Wen said that the work infringes on China's sovereignty. What is "
      "your response?\n\n"
      "Spokesperson: We reject it.\n");
  const ExtractedStatement* s =
      text_testing::StatementContaining(x, "infringes on China");
  ASSERT_NE(s, nullptr) << testing::PrintToString(text_testing::Said(x));
  EXPECT_EQ(s->date.ToString(), "2026-06-29");
}

// "The Head of State (also) noted ...", "According to the Head of State,
// ...": in a readout, its host; in a news report, no one.
TEST(DemonymOffices, TheHeadOfStateOfAReadout) {
  const std::string page =
      "Official website of the President of the Republic of Kazakhstan\n\n"
      "Nurlan Seitkali holds talks with President of China Li Wenhao\n\n"
      "The Head of State held talks with President of the People's Republic "
      "of China Li Wenhao, who is in Astana on a state visit.\n\n"
      "Nurlan Seitkali noted that the visit marked an anniversary.\n\n";
  const Extraction x =
      Extract(page +
              "The Head of State also noted that trade had doubled.\n\n"
              "According to the Head of State, the railway will open next "
              "year.\n");
  EXPECT_EQ(SpeakerOf(x, "trade had doubled"), "Nurlan Seitkali")
      << testing::PrintToString(text_testing::Said(x));
  EXPECT_EQ(SpeakerOf(x, "railway will open"), "Nurlan Seitkali");
  const Extraction y = Extract(
      "ASTANA, June 30 (Reuters) - Kazakhstan and China signed a trade "
      "deal on Tuesday.\n\nThe head of state said that trade had "
      "doubled.\n");
  EXPECT_EQ(SpeakerOf(y, "trade had doubled"), "");
}

// "X said the flight was routine cooperation conducted in line with
// international law": words that open with a definite noun phrase and
// name no actor are about what was spoken of just before, however long
// the clause (160 bytes at most).
TEST(About, ADefiniteSubjectTakesUpTheTopicOfALongClause) {
  const Extraction x = Extract(
      "TOKYO, June 30 (Reuters) - Japan protested on Tuesday against a joint "
      "flight of Chinese and Russian bombers near its coast, Foreign "
      "Minister Kenji Sato said.\n\n"
      "Chinese Foreign Ministry spokeswoman Li Wen said the flight was "
      "routine cooperation conducted in line with international law.\n");
  const ExtractedStatement* s =
      text_testing::StatementContaining(x, "routine cooperation");
  ASSERT_NE(s, nullptr) << testing::PrintToString(text_testing::Said(x));
  EXPECT_FALSE(s->about.empty());
}

// "X welcomed the agreement on Wednesday": the day dates the welcome and is
// no part of its object; "the agreement signed on Wednesday" keeps the day
// with the participle.
TEST(ActObjects, ADayEndingTheObjectDatesTheAct) {
  const Extraction x = Extract(
      "ROME, June 30 (Reuters) - Foreign Minister Joe Borg welcomed the "
      "agreement on Monday.\n");
  const ExtractedStatement* s =
      text_testing::StatementContaining(x, "the agreement");
  ASSERT_NE(s, nullptr) << testing::PrintToString(text_testing::Said(x));
  EXPECT_EQ(s->text, "the agreement");
  EXPECT_EQ(s->date.ToString(), "2026-06-29");
  const Extraction y = Extract(
      "ROME, June 30 (Reuters) - Foreign Minister Joe Borg welcomed the "
      "agreement signed on Monday.\n");
  const ExtractedStatement* t =
      text_testing::StatementContaining(y, "the agreement signed on Monday");
  ASSERT_NE(t, nullptr) << testing::PrintToString(text_testing::Said(y));
}

// "X told reporters at a joint press event": the story's parties together,
// on the story's day (the dateline paragraph's).
TEST(NewsConference, AJointPressEventIsTheStorysDay) {
  const Extraction x = Extract(
      "SEOUL, June 30 (Reuters) - South Korean President Min Ho-jun and "
      "Polish President Adam Lis upgraded relations between their "
      "countries on Monday.\n\n"
      "\"We are partners who build together,\" Lis told reporters at a "
      "joint press event in Seoul.\n");
  const ExtractedStatement* s =
      text_testing::StatementContaining(x, "partners who build together");
  ASSERT_NE(s, nullptr) << testing::PrintToString(text_testing::Said(x));
  EXPECT_EQ(s->date.ToString(), "2026-06-29");
}

// "Briefing reporters later in the evening, X said ...": the story's day.
TEST(NewsConference, LaterInTheEveningIsTheStorysDay) {
  const Extraction x = Extract(
      "NEW DELHI, June 30 (Reuters) - India and Egypt agreed on Monday to "
      "raise their trade.\n\n"
      "Briefing reporters later in the evening, Foreign Secretary Anil Rao "
      "said the two leaders had also discussed the situation in West "
      "Asia.\n");
  const ExtractedStatement* s =
      text_testing::StatementContaining(x, "situation in West Asia");
  ASSERT_NE(s, nullptr) << testing::PrintToString(text_testing::Said(x));
  EXPECT_EQ(s->date.ToString(), "2026-06-29");
}

// 'X told Y that Tehran was ready to open "a new page," according to a
// statement from Z': the fragment ends X's reported clause; X speaks.
// '"We are ready," according to Z' stays Z's.
TEST(QuotedAsSaying, AFragmentBeforeAccordingTo) {
  const Extraction x = Extract(
      "CAIRO, June 30 (AP) - Kourosh Delavari told Ali Hassan that Tehran "
      "was ready to open \"a new page without preconditions,\" according to "
      "a statement from the Iranian Foreign Ministry.\n\n"
      "\"We are ready,\" according to the Iranian Foreign Ministry.\n");
  EXPECT_EQ(SpeakerOf(x, "a new page"), "Kourosh Delavari")
      << testing::PrintToString(text_testing::Said(x));
  EXPECT_EQ(SpeakerOf(x, "We are ready"), "Iranian Foreign Ministry");
}

// "President X said it himself in May, and I will quote him: "..."" inside
// an answer: X's statement, relayed by the one who answers, dated by no
// briefing day; the answer stays one statement of its own.
TEST(SpeakerLines, AThirdPersonQuotedInsideAnAnswer) {
  const Extraction x = Extract(
      "Department Press Briefing - June 30, 2026\n\n"
      "Mark Tolland, Spokesperson\n\n"
      "MR TOLLAND: Good afternoon.\n\n"
      "QUESTION: Is normalization off the table?\n\n"
      "MR TOLLAND: Not at all. President Hanaway said it himself in Riyadh, "
      "and I will quote him: \"Peace between Saudi Arabia and Israel would "
      "change the map of the Middle East.\" That is still our view.\n");
  const ExtractedStatement* s = nullptr;
  for (const ExtractedStatement& st : x.statements) {
    if (st.speaker_rule == "quoted-in-turn") s = &st;
  }
  ASSERT_NE(s, nullptr) << testing::PrintToString(text_testing::Said(x));
  EXPECT_EQ(NameOf(x, s->speaker), "Hanaway");
  EXPECT_THAT(s->text, HasSubstr("change the map of the Middle East"));
  ASSERT_EQ(s->reported_by.size(), 1u);
  EXPECT_EQ(NameOf(x, s->reported_by[0].outlet), "Mark Tolland");
  EXPECT_FALSE(s->date.is_known());
  EXPECT_EQ(SpeakerOf(x, "Not at all"), "Mark Tolland");
}

// "President X spoke in Riyadh. The President said ...": a role nominal
// takes up a person named with that role earlier in the same paragraph,
// not only in the paragraphs before.
TEST(DemonymOffices, ARoleNominalAfterANameInTheSameParagraph) {
  const Extraction x = Extract(
      "WASHINGTON, June 30 (AP) - President Joe Hanaway spoke in Riyadh on "
      "Monday. The President said that Iran would not get a nuclear "
      "weapon.\n");
  EXPECT_EQ(SpeakerOf(x, "nuclear weapon"), "Joe Hanaway")
      << testing::PrintToString(text_testing::Said(x));
}

}  // namespace
}  // namespace diplograph
