// The Parquet export: its tables read back by DuckDB (npm @duckdb/node-api)
// with the counts of the graph, and the standard workload (WORKLOAD.md)
// answered in DuckDB SQL over an exported ICEWS import with the answer
// tokens of diplograph's own workload program (the committed sample) and of
// bench/workload/icews14.ref.txt (the full ICEWS14 data, when ../shared has
// it). Plus what needs no reader: the file layout, determinism, atomicity
// and option checks.
//
// A test whose reader is missing is skipped with a message naming it, or,
// when DIPLOGRAPH_REQUIRE_VALIDATORS is set in the environment (as .ci/run
// sets it), fails.

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "diplograph/export.h"
#include "diplograph/graph.h"
#include "diplograph/icews.h"
#include "gtest/gtest.h"
#include "io/export_test_util.h"
#include "seed_graph.h"

namespace diplograph {
namespace {

using testing::RunCommand;
using testing::ShellQuote;
using testing::SplitLines;

constexpr const char* kNode = DIPLOGRAPH_VALIDATOR_NODE;
constexpr const char* kValidators = DIPLOGRAPH_VALIDATORS_DIR;
constexpr const char* kNpmModules =
    DIPLOGRAPH_NPM_VALIDATORS_DIR "/node_modules";

bool Exists(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0;
}

// Skips, or fails when DIPLOGRAPH_REQUIRE_VALIDATORS is set, unless node and
// the npm DuckDB package are there.
bool HaveDuckDb(std::string* why) {
  if (*kNode != '\0' &&
      Exists(absl::StrCat(kNpmModules, "/@duckdb/node-api"))) {
    return true;
  }
  *why =
      "node and the npm package @duckdb/node-api (sh "
      "scripts/install-npm-validators.sh BUILD_DIR)";
  return false;
}

bool Required() {
  const char* v = std::getenv("DIPLOGRAPH_REQUIRE_VALIDATORS");
  return v != nullptr && *v != '\0' && std::string(v) != "0";
}

#define REQUIRE_DUCKDB()                                      \
  do {                                                        \
    std::string why;                                          \
    if (!HaveDuckDb(&why)) {                                  \
      if (Required()) FAIL() << "missing validator: " << why; \
      GTEST_SKIP() << "needs " << why;                        \
    }                                                         \
  } while (false)

std::string TempDir(const std::string& name) {
  return absl::StrCat(::testing::TempDir(), "/parquet_", getpid(), "_", name);
}

void RemoveTree(const std::string& path) {
  RunCommand(absl::StrCat("rm -rf ", ShellQuote(path)));
}

// Runs parquet_duckdb.js; returns its lines.
std::vector<std::string> DuckDb(const std::string& args) {
  const testing::CommandResult r = RunCommand(absl::StrCat(
      "NODE_PATH=", ShellQuote(kNpmModules), " ", ShellQuote(kNode), " ",
      ShellQuote(absl::StrCat(kValidators, "/parquet_duckdb.js")), " ", args));
  EXPECT_EQ(r.status, 0) << args;
  return SplitLines(r.out);
}

std::map<std::string, std::string> Pairs(const std::vector<std::string>& lines,
                                         char separator) {
  std::map<std::string, std::string> out;
  for (const std::string& line : lines) {
    std::vector<std::string> f =
        absl::StrSplit(line, absl::MaxSplits(separator, 1));
    if (f.size() == 2) out[f[0]] = f[1];
  }
  return out;
}

struct Counts {
  size_t aliases = 0, affiliations = 0, targets = 0, reports = 0, links = 0,
         topics = 0, evidence = 0;
  std::map<int, bool> years;  // 0 = unknown date
};

Counts CountRows(const Graph& g) {
  Counts c;
  for (uint32_t i = 0; i < g.actor_count(); ++i) {
    c.aliases += g.actor(ActorId(i)).aliases.size();
    c.affiliations += g.actor(ActorId(i)).affiliations.size();
  }
  for (uint32_t i = 0; i < g.statement_count(); ++i) {
    const StatementView s = g.statement(StatementId(i));
    c.targets += s.about().size();
    c.reports += s.reported_by().size();
    c.links += s.links().size();
    c.topics += s.topics().size();
    c.years[s.date().year()] = true;
  }
  for (uint32_t i = 0; i < g.relationship_count(); ++i) {
    c.evidence += g.relationship(RelationshipId(i)).evidence.size();
  }
  return c;
}

TEST(ParquetExportTest, LayoutIsHivePartitionedByYear) {
  Graph g;
  ASSERT_TRUE(seed::BuildSeedGraph(g).ok());
  const std::string dir = TempDir("layout");
  RemoveTree(dir);
  ASSERT_TRUE(ExportGraphFile(g, ExportFormat::kParquet, dir).ok());
  for (const char* table : {"actors", "aliases", "affiliations", "sources",
                            "relationships", "evidence"}) {
    EXPECT_TRUE(Exists(absl::StrCat(dir, "/", table, "/part-0.parquet")))
        << table;
  }
  for (const auto& [year, unused] : CountRows(g).years) {
    const std::string partition = year == 0 ? "year=__HIVE_DEFAULT_PARTITION__"
                                            : absl::StrCat("year=", year);
    for (const char* table :
         {"statements", "targets", "reports", "links", "topics"}) {
      EXPECT_TRUE(Exists(
          absl::StrCat(dir, "/", table, "/", partition, "/part-0.parquet")))
          << table << " " << partition;
    }
  }
  // Every file starts and ends with the magic.
  const std::string file = testing::ReadFile(dir + "/actors/part-0.parquet");
  ASSERT_GE(file.size(), 12u);
  EXPECT_EQ(file.substr(0, 4), "PAR1");
  EXPECT_EQ(file.substr(file.size() - 4), "PAR1");
  RemoveTree(dir);
}

TEST(ParquetExportTest, SameGraphSameBytes) {
  Graph g;
  ASSERT_TRUE(seed::BuildSeedGraph(g).ok());
  const std::string a = TempDir("det_a"), b = TempDir("det_b");
  RemoveTree(a);
  RemoveTree(b);
  ASSERT_TRUE(ExportGraphFile(g, ExportFormat::kParquet, a).ok());
  ASSERT_TRUE(ExportGraphFile(g, ExportFormat::kParquet, b).ok());
  const testing::CommandResult diff =
      RunCommand(absl::StrCat("diff -r ", ShellQuote(a), " ", ShellQuote(b)));
  EXPECT_EQ(diff.status, 0) << diff.out;
  RemoveTree(a);
  RemoveTree(b);
}

TEST(ParquetExportTest, RefusesAStreamABadLevelAndAFullDirectory) {
  Graph g;
  ASSERT_TRUE(seed::BuildSeedGraph(g).ok());
  std::ostringstream out;
  EXPECT_EQ(ExportGraph(g, ExportFormat::kParquet, out).code(),
            absl::StatusCode::kInvalidArgument);
  ExportOptions bad;
  bad.parquet_zstd_level = 42;
  EXPECT_EQ(
      ExportGraphFile(g, ExportFormat::kParquet, TempDir("bad"), bad).code(),
      absl::StatusCode::kInvalidArgument);
  const std::string dir = TempDir("full");
  RemoveTree(dir);
  ASSERT_EQ(mkdir(dir.c_str(), 0777), 0);
  testing::RunCommand(absl::StrCat("touch ", ShellQuote(dir + "/x")));
  EXPECT_EQ(ExportGraphFile(g, ExportFormat::kParquet, dir).code(),
            absl::StatusCode::kAlreadyExists);
  EXPECT_FALSE(Exists(dir + "/actors"));
  RemoveTree(dir);
  EXPECT_TRUE(ParseExportFormat("Parquet").ok());
  EXPECT_EQ(ExportFormatName(ExportFormat::kParquet), "parquet");
}

TEST(ParquetExportTest, DuckDbReadsEveryTableWithTheGraphsCounts) {
  REQUIRE_DUCKDB();
  Graph g;
  ASSERT_TRUE(seed::BuildSeedGraph(g).ok());
  const Counts c = CountRows(g);
  for (const int level : {0, 3}) {
    SCOPED_TRACE(level);
    ExportOptions options;
    options.parquet_zstd_level = level;
    const std::string dir = TempDir(absl::StrCat("counts", level));
    RemoveTree(dir);
    ASSERT_TRUE(ExportGraphFile(g, ExportFormat::kParquet, dir, options).ok());
    const std::map<std::string, std::string> n =
        Pairs(DuckDb(absl::StrCat("counts ", ShellQuote(dir))), '\t');
    EXPECT_EQ(n.at("actors"), absl::StrCat(g.actor_count()));
    EXPECT_EQ(n.at("sources"), absl::StrCat(g.source_count()));
    EXPECT_EQ(n.at("statements"), absl::StrCat(g.statement_count()));
    EXPECT_EQ(n.at("relationships"), absl::StrCat(g.relationship_count()));
    EXPECT_EQ(n.at("aliases"), absl::StrCat(c.aliases));
    EXPECT_EQ(n.at("affiliations"), absl::StrCat(c.affiliations));
    EXPECT_EQ(n.at("targets"), absl::StrCat(c.targets));
    EXPECT_EQ(n.at("reports"), absl::StrCat(c.reports));
    EXPECT_EQ(n.at("links"), absl::StrCat(c.links));
    EXPECT_EQ(n.at("topics"), absl::StrCat(c.topics));
    EXPECT_EQ(n.at("evidence"), absl::StrCat(c.evidence));
    EXPECT_EQ(n.at("years"), absl::StrCat(c.years.size()));
    RemoveTree(dir);
  }
}

// Imports ICEWS quadruples, exports them as Parquet, and answers the
// workload in DuckDB with `params`; returns phase -> token.
std::map<std::string, std::string> DuckDbWorkload(
    const std::vector<std::string>& files, const std::string& params,
    const std::string& name) {
  Graph g;
  for (const std::string& f : files) {
    EXPECT_TRUE(ImportIcewsQuadruplesFile(f, g).ok()) << f;
  }
  const std::string dir = TempDir(name);
  RemoveTree(dir);
  EXPECT_TRUE(ExportGraphFile(g, ExportFormat::kParquet, dir).ok());
  std::map<std::string, std::string> tokens =
      Pairs(DuckDb(absl::StrCat("workload ", ShellQuote(dir), " ",
                                ShellQuote(params))),
            ' ');
  RemoveTree(dir);
  return tokens;
}

#ifdef DIPLOGRAPH_WORKLOAD_PROGRAM
TEST(ParquetExportTest, DuckDbAnswersTheWorkloadAsDiplographDoes) {
  REQUIRE_DUCKDB();
  const std::string sample =
      DIPLOGRAPH_SOURCE_DIR "/data/samples/icews14_sample.tsv";
  const std::string params = TempDir("sample.params.tsv");
  const testing::CommandResult run = RunCommand(absl::StrCat(
      ShellQuote(DIPLOGRAPH_WORKLOAD_PROGRAM), " ", ShellQuote(sample),
      " --reps 1 --write-params ", ShellQuote(params)));
  ASSERT_EQ(run.status, 0);
  std::map<std::string, std::string> expected;
  for (const std::string& line : SplitLines(run.out)) {
    std::vector<std::string> f = absl::StrSplit(line, ' ');
    if (f.size() >= 3 && f[0].size() == 2 && f[0][0] == 'Q') {
      expected[f[0]] = f[2];
    }
  }
  ASSERT_EQ(expected.size(), 7u) << run.out;
  EXPECT_EQ(DuckDbWorkload({sample}, params, "sample"), expected);
  unlink(params.c_str());
}
#endif

TEST(ParquetExportTest, DuckDbGivesTheReferenceAnswersOnIcews14) {
  const std::string shared = DIPLOGRAPH_SOURCE_DIR "/../shared/data/icews14";
  if (!Exists(shared + "/test.tsv") || !Exists(shared + "/valid.tsv")) {
    GTEST_SKIP() << "needs ../shared/data/icews14/{test,valid}.tsv";
  }
  REQUIRE_DUCKDB();
  std::map<std::string, std::string> expected;
  for (const std::string& line : SplitLines(testing::ReadFile(
           DIPLOGRAPH_SOURCE_DIR "/bench/workload/icews14.ref.txt"))) {
    std::vector<std::string> f = absl::StrSplit(line, ' ');
    if (f.size() == 2 && f[0].size() == 2 && f[0][0] == 'Q')
      expected[f[0]] = f[1];
  }
  ASSERT_EQ(expected.size(), 7u);
  EXPECT_EQ(
      DuckDbWorkload({shared + "/test.tsv", shared + "/valid.tsv"},
                     DIPLOGRAPH_SOURCE_DIR "/bench/workload/icews14.params.tsv",
                     "icews14"),
      expected);
}

}  // namespace
}  // namespace diplograph
