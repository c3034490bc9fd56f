// Tests of the extractor's speed machinery: the word filter before the word
// lists' hash lookups (lib/text/word_filter.h), the galloping search the
// token window and the channel and stance rules use (GallopLowerBound,
// lib/text/reader.h), and the relationship matcher's windows of a long
// sentence, each given only its own mentions (FindRelations,
// lib/text/relations.h): each must give the answers of the plain code it
// replaces.

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "text/reader.h"
#include "text/relations.h"
#include "text/word_filter.h"

namespace diplograph::text_internal {
namespace {

TEST(WordFilterTest, EveryWordOfTheSetPasses) {
  const std::vector<std::string> words = {
      "of",
      "spokesperson",
      "a",
      "said",
      "videoconference",
      "x",
      "with",
      "president",
      "told",
      "a-very-long-word-of-more-than-31-bytes"};
  const WordFilter filter(words);
  for (const std::string& w : words) EXPECT_TRUE(filter.MayContain(w)) << w;
}

TEST(WordFilterTest, RejectsWordsOfOtherLengthsOrEnds) {
  const WordFilter filter(std::vector<std::string>{"said", "told"});
  EXPECT_FALSE(filter.MayContain("sai"));    // no word of three bytes
  EXPECT_FALSE(filter.MayContain("saids"));  // nor of five
  EXPECT_FALSE(filter.MayContain("paid"));   // no word of four from 'p'
  EXPECT_FALSE(filter.MayContain("sais"));   // nor ending in 's'
  EXPECT_FALSE(filter.MayContain(""));
  EXPECT_FALSE(filter.MayContain(std::string(40, 's')));
  // Same length, first and last bytes: let through for the lookup.
  EXPECT_TRUE(filter.MayContain("sand"));
  EXPECT_TRUE(filter.MayContain(4, 's', 'd'));
  EXPECT_FALSE(filter.MayContain(4, 'q', 'd'));
}

TEST(WordFilterTest, LongAndEmptyWordsAreKeptApart) {
  const std::string longer(40, 'a');
  const WordFilter filter(std::vector<std::string>{longer, ""});
  EXPECT_TRUE(filter.MayContain(""));
  EXPECT_TRUE(filter.MayContain(std::string(50, 'b')));  // any longer word
  EXPECT_FALSE(filter.MayContain("ab"));
}

TEST(GallopLowerBoundTest, SameAnswerAsPartitionPointFromAnyHint) {
  std::mt19937 rng(11);
  for (int round = 0; round < 2000; ++round) {
    std::vector<uint32_t> v(rng() % 50);
    uint32_t at = 0;
    for (uint32_t& x : v) {
      at += rng() % 3;  // repeats included
      x = at;
    }
    size_t hint = rng() % 60;  // past the end too
    for (int q = 0; q < 20; ++q) {
      const uint32_t target = rng() % (at + 5);
      const auto before = [target](uint32_t x) { return x < target; };
      const size_t want = static_cast<size_t>(
          std::partition_point(v.begin(), v.end(), before) - v.begin());
      if (rng() % 4 == 0) hint = rng() % 60;
      ASSERT_EQ(GallopLowerBound(v, &hint, before), want);
      EXPECT_EQ(hint, want);
    }
  }
}

// A sentence of many 16 KiB windows: the windows given only their own
// mentions (the actors in text order) find what they find when every window
// is given every mention (the same actors and one more at the end that no
// window keeps, out of order: the matcher's plain path).
TEST(FindRelationsWindowsTest, OwnMentionsPerWindowFindTheSame) {
  std::string text;
  std::vector<ActorSpan> actors;
  const std::string a = "Brazil", b = "Argentina";
  while (text.size() < 70 * 1024) {
    text += "officials welcomed the growing ties between ";
    actors.push_back({static_cast<uint32_t>(text.size()),
                      static_cast<uint32_t>(text.size() + a.size()), 0});
    text += a + " and ";
    actors.push_back({static_cast<uint32_t>(text.size()),
                      static_cast<uint32_t>(text.size() + b.size()), 1});
    text += b + ", and ";
  }
  const auto n = static_cast<uint32_t>(text.size());
  const std::vector<RelationAssertion> own =
      FindRelations(text, 0, n, actors, Lexicon::Default());
  std::vector<ActorSpan> unsorted = actors;
  unsorted.push_back(actors.front());
  const std::vector<RelationAssertion> every =
      FindRelations(text, 0, n, unsorted, Lexicon::Default());
  ASSERT_GT(own.size(), 100u);
  ASSERT_EQ(own.size(), every.size());
  for (size_t i = 0; i < own.size(); ++i) {
    EXPECT_EQ(own[i].phrase, every[i].phrase) << i;
    EXPECT_EQ(own[i].begin, every[i].begin) << i;
    EXPECT_EQ(own[i].end, every[i].end) << i;
    EXPECT_EQ(own[i].ends, every[i].ends) << i;
    EXPECT_EQ(std::string_view(own[i].rule), std::string_view(every[i].rule));
  }
}

}  // namespace
}  // namespace diplograph::text_internal
