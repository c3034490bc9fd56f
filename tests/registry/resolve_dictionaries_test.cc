// The gazetteer and the resolver over a graph loaded from the shared Phoenix
// actor dictionaries (tens of thousands of phrases): the gazetteer merges
// into the dictionaries' people and states, and resolution and mention
// finding work at that size.

#include <fstream>
#include <sstream>
#include <string>

#include "diplograph/dictionary.h"
#include "diplograph/gazetteer.h"
#include "diplograph/graph.h"
#include "diplograph/resolve.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;

const std::string kDir =
    std::string(DIPLOGRAPH_SHARED_DATA_DIR) + "/dictionaries/";

bool HaveFiles() {
  return std::ifstream(kDir + "Phoenix.Countries.actors.txt").good() &&
         std::ifstream(kDir + "Phoenix.International.actors.txt").good();
}

Date D(absl::string_view text) { return *Date::Parse(text); }

TEST(ResolveDictionariesTest, GazetteerOverTheDictionaries) {
  if (!HaveFiles()) {
    GTEST_SKIP() << "needs ../shared/data/dictionaries/Phoenix.*.actors.txt";
  }
  Graph g;
  DictionaryOptions lenient;
  lenient.mode = ImportMode::kLenient;
  ASSERT_THAT(ImportActorDictionaryFile(kDir + "Phoenix.Countries.actors.txt",
                                        g, lenient),
              IsOk());
  ASSERT_THAT(ImportActorDictionaryFile(
                  kDir + "Phoenix.International.actors.txt", g, lenient),
              IsOk());
  const size_t dictionary_actors = g.actor_count();
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId putin, g.FindActor("Vladimir Putin"));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId russia, g.FindActorByIso3("RUS"));

  GazetteerImportReport report;
  ASSERT_THAT(ImportGazetteer(BuiltinGazetteer(), g, {}, &report), IsOk());
  // The dictionaries' Putin and Russia took the gazetteer's rows.
  EXPECT_EQ(*g.FindActor("Vladimir Putin"), putin);
  EXPECT_EQ(*g.FindActorByIso3("RUS"), russia);
  EXPECT_EQ(report.states_added, 0u);
  EXPECT_GT(report.actors_merged, 0u);
  EXPECT_LT(report.actors_added, 200u);
  EXPECT_GT(g.actor_count(), dictionary_actors);

  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Resolver r, Resolver::Create(g));
  EXPECT_GT(r.phrase_count(), 20000u);
  Resolution p = r.Resolve("the Russian president", D("2014-03-18"));
  ASSERT_TRUE(p.found());
  EXPECT_FALSE(p.ambiguous);
  EXPECT_EQ(p.best().actor, putin);
  Resolution m = r.Resolve("the Russian president", D("2009-03-18"));
  ASSERT_TRUE(m.found());
  EXPECT_EQ(g.actor(m.best().actor).name, "Dmitry Medvedev");
  // The gazetteer's "Recep Tayyip Erdoğan" is the dictionary's
  // "Recep Tayyip Erdogan": matched by folded name, not added again.
  Resolution e = r.Resolve("ERDOĞAN", D("2020-01-01"));
  ASSERT_TRUE(e.found());
  EXPECT_FALSE(e.ambiguous);
  EXPECT_EQ(g.actor(e.best().actor).name, "Recep Tayyip Erdogan");
  Resolution t = r.Resolve("Turkish president", D("2020-01-01"));
  ASSERT_TRUE(t.found());
  EXPECT_EQ(t.best().actor, e.best().actor);

  // A country and a sector: the shared sector actor, ahead of the many
  // people the dictionaries put in Russia's government that day.
  Resolution gov = r.Resolve("the Russian government", D("2014-03-18"));
  ASSERT_TRUE(gov.found());
  EXPECT_FALSE(gov.ambiguous);
  EXPECT_EQ(g.actor(gov.best().actor).name, "Government (Russia)");
  EXPECT_EQ(gov.best().reason, MatchReason::kCountryQualifiedName);

  // Mention finding stays linear with this many phrases.
  const std::string unit =
      "Russian President Vladimir Putin met Chinese President Xi Jinping in "
      "Moscow, TASS reported; the South China Sea was not discussed. ";
  std::string text;
  for (int i = 0; i < 200; ++i) text += unit;
  MentionStats stats;
  std::vector<Mention> found = r.FindMentions(text, &stats);
  EXPECT_GE(found.size(), 200u * 5);
  EXPECT_LE(stats.transitions, 3 * stats.tokens);
  for (const Mention& mention : found) {
    EXPECT_EQ(text.substr(mention.begin, mention.end - mention.begin)
                  .find("China Sea"),
              std::string::npos);
  }
}

}  // namespace
}  // namespace diplograph
