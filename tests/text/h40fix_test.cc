// Tests of the text extractor (text.h) on constructions of a prime
// minister's media release on a meeting and of a news page that prints a
// declaration's text: a heading "Meeting with Prime Minister of X", "the
// Hon." before a name, "committed to", a time in a coordinated verb's
// words, bodies named "... Police" and "... Defence Force", an ocean's name
// alone, a line introducing the text of a declaration, a Spanish family
// name alone and "quoted him as saying". Every sentence is written for the
// test, with invented people.

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
using ::testing::IsEmpty;
using ::testing::Not;
using text_testing::About;
using text_testing::ActorNamed;
using text_testing::NameOf;
using text_testing::Names;
using text_testing::Said;
using text_testing::SaidTogether;
using text_testing::StatementContaining;

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor({.name = "Norway", .kind = ActorKind::kState, .iso3 = "NOR"});
    *g->AddActor({.name = "Iceland", .kind = ActorKind::kState, .iso3 = "ISL"});
    *g->AddActor({.name = "Finland", .kind = ActorKind::kState, .iso3 = "FIN"});
    return g;
  }();
  return *graph;
}

const Extractor& TheExtractor() {
  static const Extractor* const extractor = text_testing::NewExtractor(Known());
  return *extractor;
}

Extraction Extract(const std::string& text,
                   absl::string_view date = "2024-03-08") {
  return text_testing::ExtractDated(TheExtractor(), text, date);
}

// A heading that opens with the meeting and names the other party by a
// title ("Meeting with Prime Minister of X", "Bilateral meeting with the
// President of Y") makes an office's page a readout: its statements are of
// the meeting's day, whatever times their words hold; "Meeting with Putin"
// names no office and stays a news headline.
TEST(HeldoutOfficeMeetingTest, MeetingWithATitleMakesAReadout) {
  for (const std::string heading :
       {"Meeting with Prime Minister of Samoa",
        "Bilateral meeting with the President of Finland",
        "Meeting with Chancellor Anton Weiss"}) {
    const Extraction x = Extract(
        "Office of the Prime Minister\n"
        "Home | Media | Contact\n" +
        heading +
        "\n"
        "Media release\n"
        "Prime Minister Ellen Marsh met Chancellor Anton Weiss today.\n"
        "Prime Minister Marsh congratulated Iceland on hosting the Arctic "
        "Council meeting last month.\n");
    EXPECT_EQ(x.info.genre, Genre::kReadout) << heading;
    const ExtractedStatement* s = StatementContaining(x, "on hosting");
    ASSERT_NE(s, nullptr) << heading;
    EXPECT_EQ(s->date.ToString(), "2024-03-08") << heading;
  }
  const Extraction news = Extract(
      "Meeting with Putin ends without a deal\n"
      "Chancellor Anton Weiss said on Tuesday that talks would go on.\n");
  EXPECT_NE(news.info.genre, Genre::kReadout);
}

// "the Hon." and "Rt Hon" before a name are honorifics: the name after them
// is the person, and letters after it ("MP") are no part of it; "Hon"
// without its period is a word of another name.
TEST(HeldoutOfficeMeetingTest, HonourableBeforeAName) {
  const Extraction x = Extract(
      "Prime Minister Ellen Marsh met the Prime Minister of Iceland, the "
      "Hon. Sigrun Halldorsdottir, in Reykjavik today.\n"
      "Prime Minister Halldorsdottir welcomed the visit and said that "
      "fisheries remained her first priority.\n"
      "The Rt Hon Peter Lowe MP said the talks were useful.\n"
      "Hon Hai Precision said its plant would open in May.\n");
  EXPECT_THAT(Names(x), Contains("Sigrun Halldorsdottir"));
  const ExtractedActor* pm = ActorNamed(x, "Sigrun Halldorsdottir");
  ASSERT_NE(pm, nullptr);
  ASSERT_EQ(pm->affiliations.size(), 1u);
  EXPECT_EQ(NameOf(x, pm->affiliations[0].organization), "Iceland");
  EXPECT_THAT(Names(x), Contains("Peter Lowe"));
  EXPECT_THAT(Names(x), Not(Contains("Peter Lowe MP")));
  EXPECT_THAT(Names(x), Not(Contains("Hai Precision")));
  EXPECT_THAT(Said(x), Contains("Sigrun Halldorsdottir: fisheries remained "
                                "her first priority"));
}

// "committed to ..." after "and" is a statement of the clause's subject,
// apart from the that-clause before it; "remains committed", "is firmly
// committed" describe a standing position, no saying.
TEST(HeldoutOfficeMeetingTest, CommittedToIsAPromise) {
  const Extraction x = Extract(
      "Prime Minister Ellen Marsh met President Anton Weiss in Oslo today.\n"
      "The leaders agreed that the Arctic should stay a zone of peace, and "
      "committed to hold annual talks on fisheries.\n"
      "President Weiss committed to double support for Arctic research.\n"
      "Norway remains committed to the talks. Iceland is firmly committed to "
      "the plan.\n");
  EXPECT_THAT(SaidTogether(x),
              Contains("Ellen Marsh + Anton Weiss: the Arctic should stay a "
                       "zone of peace"));
  EXPECT_THAT(SaidTogether(x), Contains("Ellen Marsh + Anton Weiss: to hold "
                                        "annual talks on fisheries"));
  EXPECT_THAT(Said(x),
              Contains("Anton Weiss: to double support for Arctic research"));
  EXPECT_EQ(StatementContaining(x, "the talks"), nullptr);
  EXPECT_EQ(StatementContaining(x, "the plan"), nullptr);
}

// A time in the words of a coordinated verb ("and congratulated X on
// hosting the summit last month") is the time of what those words speak
// of: it dates neither that statement nor the verb before "and", nor, by
// carrying, the speaker's later ones.
TEST(HeldoutOfficeMeetingTest, TimeInACoordinatedVerbsWords) {
  const Extraction x = Extract(
      "Prime Minister Ellen Marsh thanked President Anton Weiss for the "
      "invitation and congratulated Finland on hosting the Arctic Council "
      "summit last month.\n"
      "Marsh said the two countries would deepen trade.\n"
      "Foreign Minister Kari Holm praised Iceland for its work and welcomed "
      "the accord signed in January.\n");
  for (absl::string_view words :
       {"for the invitation", "on hosting", "deepen trade", "for its work",
        "the accord"}) {
    const ExtractedStatement* s = StatementContaining(x, words);
    ASSERT_NE(s, nullptr) << words;
    EXPECT_FALSE(s->date.is_known()) << words << " " << s->date.ToString();
  }
}

// Capitalised words ending in "Police" or "Force" name a body; an ocean's
// name alone ("the security of the Pacific", "a prosperous Atlantic") is a
// place, but not inside a longer name ("the Pacific Islands Forum", "the
// Union for the Mediterranean"); so is "Lake" and a name ("Lake Victoria",
// not "Salt Lake City").
TEST(HeldoutOfficeMeetingTest, PoliceForceAndOceans) {
  const Extraction x = Extract(
      "Prime Minister Ellen Marsh thanked the Samoa Defence Force for its "
      "help and said cooperation between Samoa Police and the Norwegian "
      "Police Service would grow.\n"
      "She said the security of the Pacific was everyone's task.\n"
      "Marsh praised the Pacific Islands Forum and the Union for the "
      "Mediterranean.\n"
      "She said the plan to clean up Lake Victoria would be ready before the "
      "summit in Salt Lake City.\n");
  const ExtractedActor* force = ActorNamed(x, "Samoa Defence Force");
  ASSERT_NE(force, nullptr);
  EXPECT_EQ(force->kind, ActorKind::kOrganization);
  const ExtractedActor* police = ActorNamed(x, "Samoa Police");
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->kind, ActorKind::kOrganization);
  const ExtractedActor* pacific = ActorNamed(x, "Pacific");
  ASSERT_NE(pacific, nullptr);
  EXPECT_EQ(pacific->kind, ActorKind::kPlace);
  EXPECT_THAT(Names(x), Not(Contains("Mediterranean")));
  const ExtractedActor* lake = ActorNamed(x, "Lake Victoria");
  ASSERT_NE(lake, nullptr);
  EXPECT_EQ(lake->kind, ActorKind::kPlace);
  EXPECT_THAT(Names(x), Not(Contains("Lake City")));
  const ExtractedStatement* s = StatementContaining(x, "security of the");
  ASSERT_NE(s, nullptr);
  EXPECT_THAT(About(x, *s), Contains("Pacific"));
}

// A report that prints a declaration's text: the line introducing it
// ("The following is the text of the declaration ...:") heads the parties'
// statement, which starts past the title lines, ends at "Signed in X on
// DATE, in two originals ..." and is dated by that line; the page stays a
// report, and its date is carried to no later speaker.
TEST(HeldoutOfficeMeetingTest, PrintedDeclarationText) {
  for (const std::string intro :
       {"The following is the text of the declaration as released by "
        "Norway's foreign ministry:",
        "Below is the full text of the joint statement:"}) {
    const Extraction x = Extract(
        "OSLO, March 8 (Nordic Wire) - Norway and Iceland signed a fisheries "
        "declaration on Thursday.\n" +
            intro +
            "\n"
            "DECLARATION OF BODO\n"
            "Meeting of the Prime Ministers\n"
            "The Prime Minister of Norway, Ellen Marsh, and the Prime Minister "
            "of Iceland, Sigrun Halldorsdottir, meeting in Bodo on 7 March "
            "2024,\n"
            "Declare:\n"
            "1. They reaffirm the close partnership between Norway and "
            "Iceland.\n"
            "2. They agree to hold annual talks on fisheries.\n"
            "Signed in Bodo on 7 March 2024, in two originals in English.\n"
            "Norwegian Fisheries Minister Kari Holm told reporters that quotas "
            "would be set in May.\n"
            "Speaking at the signing, Halldorsdottir said the declaration "
            "would protect the stocks.\n",
        "2024-03-08");
    EXPECT_NE(x.info.genre, Genre::kJointStatement) << intro;
    const ExtractedStatement* joint = StatementContaining(x, "Declare:");
    ASSERT_NE(joint, nullptr) << intro;
    EXPECT_EQ(NameOf(x, joint->speaker), "Norway") << intro;
    ASSERT_EQ(joint->co_speakers.size(), 1u) << intro;
    EXPECT_EQ(NameOf(x, joint->co_speakers[0]), "Iceland") << intro;
    EXPECT_EQ(joint->date.ToString(), "2024-03-07") << intro;
    // The parties' titles in the text give their persons' states.
    const ExtractedActor* marsh = ActorNamed(x, "Ellen Marsh");
    ASSERT_NE(marsh, nullptr) << intro;
    ASSERT_EQ(marsh->affiliations.size(), 1u) << intro;
    EXPECT_EQ(NameOf(x, marsh->affiliations[0].organization), "Norway")
        << intro;
    EXPECT_THAT(joint->text, Not(::testing::HasSubstr("Signed in"))) << intro;
    EXPECT_THAT(joint->text, Not(::testing::HasSubstr("DECLARATION OF")))
        << intro;
    const ExtractedStatement* holm = StatementContaining(x, "quotas");
    ASSERT_NE(holm, nullptr) << intro;
    EXPECT_EQ(NameOf(x, holm->speaker), "Kari Holm") << intro;
    EXPECT_FALSE(holm->date.is_known()) << intro;
    // "at the signing": the signing the lede dates; "the declaration": its
    // parties.
    const ExtractedStatement* signing = StatementContaining(x, "the stocks");
    ASSERT_NE(signing, nullptr) << intro;
    EXPECT_EQ(NameOf(x, signing->speaker), "Sigrun Halldorsdottir") << intro;
    EXPECT_EQ(signing->date.ToString(), "2024-03-07") << intro;
    EXPECT_THAT(About(x, *signing), Contains("Norway")) << intro;
  }
}

// A phrase opening the sentence names an event by the noun of its act
// ("After the meeting", "Speaking at the signing"): an earlier dated event
// of that act in which the speaker took part dates the statement; an act
// the text never reported dates nothing.
TEST(HeldoutOfficeMeetingTest, EventNamedByAnOpeningPhrase) {
  const Extraction x = Extract(
      "Prime Minister Ellen Marsh met President Anton Weiss in Oslo on "
      "Tuesday.\n"
      "After the meeting, Marsh told reporters that trade would grow.\n"
      "During the talks, Weiss said the border would stay open.\n");
  const ExtractedStatement* after = StatementContaining(x, "trade would grow");
  ASSERT_NE(after, nullptr);
  EXPECT_EQ(after->date.ToString(), "2024-03-05");
  const ExtractedStatement* talks = StatementContaining(x, "the border");
  ASSERT_NE(talks, nullptr);
  EXPECT_FALSE(talks->date.is_known()) << talks->date.ToString();
}

// "Ibarra said" after "Marta Ibarra Solís": the middle word of a
// three-word name (a Spanish or Portuguese first family name) names the
// person alone; "quoted him as saying" is the person "he" would name (the
// latest person who spoke), relayed by the agency.
TEST(HeldoutOfficeMeetingTest, FamilyNameAloneAndQuotedPronoun) {
  const Extraction x = Extract(
      "The President of Chile, Marta Ibarra Solís, met the President of "
      "Uruguay, Jorge Pereira Lima, in Santiago on Thursday.\n"
      "Speaking after the meeting, Ibarra said the talks had gone well. "
      "Pereira said the border would stay open.\n"
      "The state news agency Prensa Austral later quoted him as saying that "
      "trade would double.\n");
  EXPECT_THAT(Said(x), Contains("Marta Ibarra Solís: the talks had gone well"));
  EXPECT_THAT(Said(x),
              Contains("Jorge Pereira Lima: the border would stay open"));
  const ExtractedStatement* s = StatementContaining(x, "trade would double");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(NameOf(x, s->speaker), "Jorge Pereira Lima");
  ASSERT_EQ(s->reported_by.size(), 1u);
}

}  // namespace
}  // namespace diplograph
