// examples/data/seed.json stays exactly what the writer produces from the
// seed graph, and loading it gives back the seed graph.

#include "seed_json.h"

#include <fstream>
#include <sstream>
#include <string>

#include "diplograph/graph.h"
#include "diplograph/icews.h"
#include "diplograph/json.h"
#include "gtest/gtest.h"
#include "io/json_test_util.h"
#include "seed_graph.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::ExpectSameGraph;
using ::diplograph::testing::IsOk;

const std::string kPath =
    std::string(DIPLOGRAPH_SOURCE_DIR) + "/" + seed::kSeedJsonPath;

TEST(SeedJsonTest, CommittedFileIsTheWritersOutput) {
  std::ifstream in(kPath, std::ios::binary);
  ASSERT_TRUE(in) << kPath;
  std::stringstream file;
  file << in.rdbuf();
  std::string expected;
  ASSERT_THAT(seed::SeedGraphJson(&expected), IsOk());
  EXPECT_EQ(file.str(), expected)
      << "regenerate with: build/examples/write_seed_json";
}

TEST(SeedJsonTest, LoadingTheFileGivesTheSeedGraph) {
  Graph built;
  ASSERT_THAT(seed::BuildSeedGraph(built), IsOk());
  Graph loaded;
  ASSERT_THAT(seed::LoadSeedGraphJson(loaded, kPath), IsOk());
  ExpectSameGraph(built, loaded);
  // Also through JSON Lines.
  Graph from_lines;
  ASSERT_THAT(LoadJson(ToJson(built, {.layout = JsonLayout::kLines}),
                       "seed.jsonl", from_lines),
              IsOk());
  ExpectSameGraph(built, from_lines);
}

TEST(SeedJsonTest, LoadingTheSeedTwiceMergesIt) {
  Graph g;
  ASSERT_THAT(seed::LoadSeedGraphJson(g, kPath), IsOk());
  const size_t statements = g.statement_count();
  JsonLoadReport report;
  ASSERT_THAT(LoadJsonFile(kPath, g, {}, &report), IsOk());
  EXPECT_EQ(g.statement_count(), statements);
  EXPECT_EQ(report.statements_merged, statements);
  EXPECT_EQ(report.actors_added, 0u);
}

// The seed after an ICEWS import of the shipped samples: the import made
// "China" and others organizations without codes; the seed fills in the
// kind and the ISO code instead of reporting conflicts.
TEST(SeedJsonTest, LoadsIntoAGraphHoldingAnIcewsImport) {
  Graph g;
  ASSERT_THAT(ImportIcewsQuadruplesFile(std::string(DIPLOGRAPH_SOURCE_DIR) +
                                            "/data/samples/icews14_sample.tsv",
                                        g),
              IsOk());
  ASSERT_THAT(ImportIcewsEventsFile(std::string(DIPLOGRAPH_SOURCE_DIR) +
                                        "/data/samples/icews_events_sample.tab",
                                    g),
              IsOk());
  absl::StatusOr<ActorId> china = g.FindActor("China");
  ASSERT_THAT(china.status(), IsOk());
  const ActorKind before = g.actor(*china).kind;
  JsonLoadReport report;
  ASSERT_THAT(LoadJsonFile(kPath, g, {}, &report), IsOk()) << report.ToString();
  EXPECT_GT(report.actor_fields_filled, 0u);
  EXPECT_EQ(g.actor(*china).kind, ActorKind::kState) << ActorKindName(before);
  EXPECT_EQ(g.actor(*china).iso3, "CHN");
  EXPECT_EQ(g.FindActorByIso3("CHN").value_or(ActorId()), *china);
}

}  // namespace
}  // namespace diplograph
