// examples/data/seed.json stays exactly what the writer produces from the
// seed graph, and loading it gives back the seed graph.

#include "seed_json.h"

#include <fstream>
#include <sstream>
#include <string>

#include "diplograph/graph.h"
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

}  // namespace
}  // namespace diplograph
