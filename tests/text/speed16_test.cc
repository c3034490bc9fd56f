// Tests of the one test of "a call or meeting of two persons right before"
// a capitalised "They" (Reader::MeetingOfTwoBefore: an event read with two
// persons, or a sentence naming two persons and their call or meeting),
// and of the rules made cheaper for speed (docs/text.md step 43): the
// channel of each statement of a long sentence of many statements, read
// through the index of the words that may head a channel, and a word
// filter filled word by word. Every sentence is written for the test, with
// invented people.

#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "diplograph/actor.h"
#include "diplograph/graph.h"
#include "diplograph/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"
#include "text/word_filter.h"

namespace diplograph {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;
using text_testing::SaidTogether;

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor({.name = "Norway", .kind = ActorKind::kState, .iso3 = "NOR"});
    *g->AddActor({.name = "Iceland", .kind = ActorKind::kState, .iso3 = "ISL"});
    *g->AddActor({.name = "Chile", .kind = ActorKind::kState, .iso3 = "CHL"});
    *g->AddActor({.name = "Olga Tamm", .kind = ActorKind::kPerson});
    *g->AddActor({.name = "Jonas Vik", .kind = ActorKind::kPerson});
    *g->AddActor({.name = "Marta Rios", .kind = ActorKind::kPerson});
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

// Whether some statement of `x` has words containing `words` and any
// co-speaker (a statement of two persons together).
bool SaidByTwo(const Extraction& x, const std::string& words) {
  for (const ExtractedStatement& s : x.statements) {
    if (absl::StrContains(s.text, words) && !s.co_speakers.empty()) {
      return true;
    }
  }
  return false;
}

// An event of two persons (an act verb: "met", "hosted", "visited") ends a
// paragraph; a "They" opening the next paragraph, within 400 bytes, is the
// two of them, in a news report too (a paragraph's events are read after
// its statements).
TEST(MeetingOfTwoTest, AnEventOfTwoPersonsMakesTheNextTheyThePair) {
  {
    const Extraction x = Extract(
        "Olga Tamm met Jonas Vik in Reykjavik on Monday.\n"
        "They agreed to expand cooperation on fisheries.\n");
    EXPECT_THAT(SaidTogether(x),
                Contains("Olga Tamm + Jonas Vik: to expand cooperation on "
                         "fisheries"));
  }
  {
    const Extraction x = Extract(
        "Olga Tamm hosted Marta Rios in Oslo on Tuesday.\n"
        "They agreed to resume the talks on a trade agreement in June.\n");
    EXPECT_THAT(SaidTogether(x),
                Contains("Olga Tamm + Marta Rios: to resume the talks on a "
                         "trade agreement in June"));
  }
}

// No event: the writer names two persons and their call or meeting in a
// sentence of its own ("spoke by phone", "held talks", "a telephone
// conversation"); the "They" of the next sentence is that pair.
TEST(MeetingOfTwoTest, ASentenceOnTheCallOfTwoPersonsMakesTheNextTheyThePair) {
  {
    const Extraction x = Extract(
        "Olga Tamm and Jonas Vik spoke by phone on Wednesday. They agreed to "
        "meet in Oslo next month.\n");
    EXPECT_THAT(SaidTogether(x),
                Contains("Olga Tamm + Jonas Vik: to meet in Oslo next month"));
  }
  {
    const Extraction x = Extract(
        "Marta Rios had a telephone conversation with Olga Tamm on Thursday. "
        "They agreed to coordinate their positions before the summit.\n");
    EXPECT_TRUE(SaidByTwo(x, "to coordinate their positions before the summit"))
        << testing::PrintToString(SaidTogether(x));
  }
}

// One person's meeting ("met reporters"), a meeting of two persons more
// than 400 bytes back, or a lower-case "they": no pair.
TEST(MeetingOfTwoTest, NoPairAfterOnePersonOrFarBack) {
  {
    const Extraction x = Extract(
        "Olga Tamm met reporters in Oslo on Monday. They agreed to publish "
        "the figures next week.\n");
    EXPECT_FALSE(SaidByTwo(x, "to publish the figures next week"))
        << testing::PrintToString(SaidTogether(x));
  }
  {
    std::string filler;
    for (int i = 0; i < 6; ++i) {
      filler +=
          "The harbour of the town was rebuilt after the storm of the winter, "
          "and the fishing fleet returned to it. ";
    }
    const Extraction x =
        Extract("Olga Tamm met Jonas Vik in Reykjavik on Monday.\n" + filler +
                "\nThey agreed to expand cooperation on fisheries.\n");
    EXPECT_FALSE(SaidByTwo(x, "to expand cooperation on fisheries"))
        << testing::PrintToString(SaidTogether(x));
  }
}

// The channel of the first statement of `x` whose words contain `words`.
std::string ChannelOf(const Extraction& x, const std::string& words) {
  for (const ExtractedStatement& s : x.statements) {
    if (absl::StrContains(s.text, words)) return s.channel;
  }
  return "(no statement)";
}

// One long paragraph of many statements: each takes the channel written
// in its own sentence ("at a press briefing", "in a phone call with X"),
// not a neighbour's, and a sentence naming none has none.
TEST(ChannelIndexTest, EachStatementOfALongParagraphKeepsItsChannel) {
  std::string text;
  for (int i = 0; i < 20; ++i) {
    text +=
        "Olga Tamm said at a press briefing that the harbour talks were "
        "useful. Jonas Vik said in a phone call with Marta Rios that the "
        "quota was fair. ";
  }
  text += "Marta Rios said that the fleet would return.\n";
  const Extraction x = Extract(text);
  int briefing = 0, call = 0;
  for (const ExtractedStatement& s : x.statements) {
    if (absl::StrContains(s.text, "harbour talks were useful")) {
      EXPECT_EQ(s.channel, "press briefing") << s.text;
      ++briefing;
    } else if (absl::StrContains(s.text, "quota was fair")) {
      EXPECT_THAT(s.channel, HasSubstr("phone call")) << s.text;
      ++call;
    }
  }
  EXPECT_EQ(briefing, 20);
  EXPECT_EQ(call, 20);
  EXPECT_EQ(ChannelOf(x, "the fleet would return"), "");

  const Extraction y = Extract(
      "Olga Tamm spoke by phone with Jonas Vik and said that the talks "
      "would resume. Marta Rios said in an interview with Nordic Radio that "
      "the quota was fair.\n");
  EXPECT_THAT(ChannelOf(y, "the talks would resume"), HasSubstr("phone call"));
  EXPECT_THAT(ChannelOf(y, "the quota was fair"), HasSubstr("interview"));
}

// A filter filled word by word answers as one built from the whole set.
TEST(WordFilterTest, FilledWordByWordAnswersAsBuiltAtOnce) {
  const std::vector<std::string> words = {"ties", "relations", "cooperation",
                                          "of",   "x",         ""};
  const text_internal::WordFilter whole(words);
  text_internal::WordFilter stepwise;
  for (const std::string& w : words) stepwise.Add(w);
  for (const char* w :
       {"ties", "relations", "cooperation", "of", "x", "", "tips", "relation",
        "coordination", "on", "y", "a-word-of-more-than-thirty-one-bytes"}) {
    EXPECT_EQ(stepwise.MayContain(w), whole.MayContain(w)) << w;
  }
  for (const std::string& w : words) EXPECT_TRUE(stepwise.MayContain(w)) << w;
}

}  // namespace
}  // namespace diplograph
