// Property test: loading what was saved gives back the same graph, for
// hundreds of seeded random graphs, in both layouts and both styles.

#include <string>

#include "diplograph/graph.h"
#include "diplograph/json.h"
#include "gtest/gtest.h"
#include "io/json_test_util.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::ExpectSameGraph;
using ::diplograph::testing::IsOk;
using ::diplograph::testing::RandomGraph;

struct Mode {
  JsonLayout layout;
  bool pretty;
  const char* name;
};

constexpr Mode kModes[] = {
    {JsonLayout::kDocument, true, "g.json"},
    {JsonLayout::kDocument, false, "g.json"},
    {JsonLayout::kLines, false, "g.jsonl"},
};

TEST(JsonRoundTripTest, RandomGraphsSurviveSaveAndLoad) {
  for (uint32_t seed = 1; seed <= 300; ++seed) {
    const Graph original = RandomGraph(seed);
    for (const Mode& mode : kModes) {
      SCOPED_TRACE(::testing::Message() << "seed " << seed << " " << mode.name
                                        << (mode.pretty ? " pretty" : ""));
      const std::string text =
          ToJson(original, {.layout = mode.layout, .pretty = mode.pretty});
      Graph loaded;
      JsonLoadReport report;
      ASSERT_THAT(LoadJson(text, mode.name, loaded, {}, &report), IsOk());
      ExpectSameGraph(original, loaded);
      // Saving the loaded graph gives the same bytes.
      EXPECT_EQ(ToJson(loaded, {.layout = mode.layout, .pretty = mode.pretty}),
                text);
      if (::testing::Test::HasFailure()) return;
    }
  }
}

TEST(JsonRoundTripTest, SaveIsDeterministic) {
  const Graph a = RandomGraph(7);
  const Graph b = RandomGraph(7);
  EXPECT_EQ(ToJson(a), ToJson(b));
  EXPECT_EQ(ToJson(a, {.layout = JsonLayout::kLines}),
            ToJson(b, {.layout = JsonLayout::kLines}));
}

TEST(JsonRoundTripTest, LoadingTheSameFileTwiceMergesEverything) {
  const Graph original = RandomGraph(11);
  const std::string text = ToJson(original);
  Graph g;
  ASSERT_THAT(LoadJson(text, "g.json", g), IsOk());
  JsonLoadReport report;
  ASSERT_THAT(LoadJson(text, "g.json", g, {}, &report), IsOk());
  ExpectSameGraph(original, g);
  EXPECT_EQ(report.actors_added, 0u);
  EXPECT_EQ(report.statements_added, 0u);
  EXPECT_EQ(report.actors_merged, original.actor_count());
}

// A lede and the quotation it retells: the quotation's same_utterance link
// is written by name and read back as the same kind, in both layouts.
TEST(JsonRoundTripTest, SameUtteranceLinkSurvivesSaveAndLoad) {
  Graph g;
  const ActorId liang =
      *g.AddActor({.name = "Liang Wen", .kind = ActorKind::kPerson});
  Statement lede;
  lede.speaker = liang;
  lede.text = "the talks would resume soon";
  const StatementId first = *g.AddStatement(lede);
  Statement quote;
  quote.speaker = liang;
  quote.text = "We will sit down again before the summer";
  quote.quote = QuoteKind::kDirectQuote;
  quote.links = {{first, StatementLinkKind::kSameUtterance}};
  ASSERT_THAT(g.AddStatement(quote), IsOk());
  for (const Mode& mode : kModes) {
    SCOPED_TRACE(mode.name);
    const std::string text =
        ToJson(g, {.layout = mode.layout, .pretty = mode.pretty});
    EXPECT_NE(text.find("\"same_utterance\""), std::string::npos) << text;
    Graph loaded;
    ASSERT_THAT(LoadJson(text, mode.name, loaded), IsOk());
    ExpectSameGraph(g, loaded);
    ASSERT_EQ(loaded.statement_count(), 2u);
    const StatementView s = loaded.statement(StatementId(1));
    ASSERT_EQ(s.links().size(), 1u);
    EXPECT_EQ(s.links()[0].kind, StatementLinkKind::kSameUtterance);
    EXPECT_EQ(s.links()[0].statement, StatementId(0));
  }
}

}  // namespace
}  // namespace diplograph
