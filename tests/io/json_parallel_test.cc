// The JSON Lines load on worker threads (JsonLoadOptions::threads >= 2)
// gives what the load on one thread gives: the same graph with the same
// ids, the same status, problems, counts and progress, on random graphs,
// on random damage to their lines, on inputs spanning many chunks and on
// the shipped data.

#include <cstdint>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "diplograph/graph.h"
#include "diplograph/icews.h"
#include "diplograph/json.h"
#include "gtest/gtest.h"
#include "io/json_test_util.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::ExpectSameGraph;
using ::diplograph::testing::IsOk;
using ::diplograph::testing::RandomGraph;

Graph GraphWithUsa() {
  Graph g;
  g.AddActor(
       {.name = "United States", .kind = ActorKind::kState, .iso3 = "USA"})
      .IgnoreError();
  return g;
}

struct Outcome {
  absl::Status status;
  JsonLoadReport report;
  std::vector<ImportProgress> progress;
  Graph graph;
};

Outcome Load(const std::string& text, bool stream, bool merge,
             JsonLoadOptions options, unsigned threads) {
  Outcome out;
  if (merge) out.graph = GraphWithUsa();
  options.threads = threads;
  options.progress_every_records = 7;
  options.progress = [&out](const ImportProgress& p) {
    out.progress.push_back(p);
  };
  if (stream) {
    std::istringstream in(text);
    out.status = LoadJsonLines(in, "in.jsonl", out.graph, options, &out.report);
  } else {
    out.status = LoadJson(text, "in.jsonl", out.graph, options, &out.report);
  }
  return out;
}

std::string Problems(const JsonLoadReport& r) {
  std::vector<std::string> lines;
  for (const ImportProblem& p : r.problems) lines.push_back(p.ToString());
  return absl::StrJoin(lines, "\n");
}

// Loads `text` on one thread and on `threads`, and compares everything.
void ExpectSameLoad(const std::string& text, const JsonLoadOptions& options,
                    bool merge, unsigned threads, const std::string& what) {
  SCOPED_TRACE(what);
  for (bool stream : {false, true}) {
    SCOPED_TRACE(stream ? "stream" : "memory");
    const Outcome one = Load(text, stream, merge, options, 1);
    const Outcome many = Load(text, stream, merge, options, threads);
    EXPECT_EQ(one.status, many.status);
    EXPECT_EQ(Problems(one.report), Problems(many.report));
    EXPECT_EQ(one.report.ToString(), many.report.ToString());
    EXPECT_EQ(one.report.problem_count, many.report.problem_count);
    EXPECT_EQ(one.report.stopped_early, many.report.stopped_early);
    EXPECT_EQ(one.report.records_read, many.report.records_read);
    EXPECT_EQ(one.report.records_skipped, many.report.records_skipped);
    EXPECT_EQ(one.report.bytes_read, many.report.bytes_read);
    ASSERT_EQ(one.progress.size(), many.progress.size());
    for (size_t i = 0; i < one.progress.size(); ++i) {
      EXPECT_EQ(one.progress[i].records, many.progress[i].records) << i;
      EXPECT_EQ(one.progress[i].bytes, many.progress[i].bytes) << i;
    }
    ExpectSameGraph(one.graph, many.graph);
  }
}

// Lines that the loader or the parser refuses, each in its own way.
const std::vector<std::string>& BadLines() {
  static const auto* lines = new std::vector<std::string>{
      R"({"type":"statement","speaker":"nobody","date":"2024-01-01","text":"x"})",
      R"({"type":"actor"})",
      R"({"type":"actor","id":"q","name":"Q","kind":"planet"})",
      R"({"type":"actor","id":"q2","name":"Q2","iso3":"china"})",
      R"({"type":"actor","id":"q3","name":"Q3","kind":1e48})",
      R"({"type":"actor","id":"q4","name":"Q4","affiliations":[{"organization":"nowhere","role":"member"}]})",
      R"({"type":"statement","speaker":"USA","date":"2024-13-45","text":"x"})",
      R"({"type":"relationship","from":"USA","to":"nobody","label":"x"})",
      R"({"type":"event","label":"e","participants":["USA","nobody"]})",
      R"({"type":"source","id":"src","title":7})",
      R"({"type":"unknown"})",
      R"({"format":"diplograph/1"})",
      R"({"no_type":true})",
      R"([1,2,3])",
      R"("a string")",
      R"({"type":"actor","id":"t","name":"T"} {"x":1})",
      R"({"type":"actor","id":"u","name":"U",)",
      R"({"type":"actor","id":"v","name":"V\q"})",
      "{\"type\":\"actor\",\"id\":\"w\",\"name\":\"W\x1b\"}",
      "{\"type\":\"actor\",\"id\":\"x\",\"name\":\"X\xff\"}",
      std::string("{\"type\":\"actor\",\"id\":\"y\",\"name\":\"Y\0\"}", 36),
      R"({"type":"actor","id":"z","name":"Z","extra":[[[[[[[[[[[[1]]]]]]]]]]]]})",
      R"({"type":"statement","speaker":"USA","date":"2024-01-01","text":"n","co_speakers":["USA"],"stances":[{"target":1}]})",
      "   \t ",
      "",
      R"({"type":"statement","speaker":"USA","date":"2024-01-01","text":")" +
          std::string(400, 'L') + "\"}",
  };
  return *lines;
}

// Damages `text` (a JSON Lines text) at a few random lines.
std::string Damage(const std::string& text, std::mt19937& rng) {
  std::vector<std::string> lines = absl::StrSplit(text, '\n');
  auto pick = [&](size_t n) {
    return std::uniform_int_distribution<size_t>(0, n - 1)(rng);
  };
  const size_t edits = 1 + pick(4);
  for (size_t k = 0; k < edits && lines.size() > 1; ++k) {
    const size_t i = pick(lines.size());
    switch (pick(5)) {
      case 0:
        lines[i] = BadLines()[pick(BadLines().size())];
        break;
      case 1:
        lines.insert(lines.begin() + static_cast<long>(i),
                     BadLines()[pick(BadLines().size())]);
        break;
      case 2:
        lines.erase(lines.begin() + static_cast<long>(i));
        break;
      case 3:
        if (!lines[i].empty()) {
          lines[i][pick(lines[i].size())] = "{}[]\",:\\\x01\xC3"[pick(12)];
        }
        break;
      case 4:
        lines.insert(lines.begin() + static_cast<long>(i),
                     lines[pick(lines.size())]);
        break;
    }
  }
  return absl::StrJoin(lines, pick(4) == 0 ? "\r\n" : "\n");
}

// Statements enough for several chunks of the pipeline (about 256 KiB
// each), with references to earlier lines throughout.
std::string ManyLines(uint32_t seed, int statements) {
  std::mt19937 rng(seed);
  auto pick = [&](int n) {
    return std::uniform_int_distribution<int>(0, n - 1)(rng);
  };
  std::string out = "{\"format\":\"diplograph/1\"}\n";
  constexpr int kActors = 60;
  for (int i = 0; i < kActors; ++i) {
    absl::StrAppend(&out, R"({"type":"actor","id":"a)", i,
                    R"(","name":"Actor )", i, R"(","kind":"state"})", "\n");
  }
  for (int i = 0; i < statements; ++i) {
    absl::StrAppend(&out, R"({"type":"statement","id":"s)", i,
                    R"(","speaker":"a)", pick(kActors), R"(","date":"2024-0)",
                    1 + pick(9), "-1", pick(10), R"(","text":"Statement )", i,
                    " on the matter of ", pick(1000000), R"(","about":["a)",
                    pick(kActors), "\"]");
    if (i > 0 && pick(5) == 0) {
      absl::StrAppend(&out, R"(,"links":[{"statement":"s)", pick(i),
                      R"(","kind":"responds_to"}])");
    }
    out += "}\n";
    if (i > 0 && pick(50) == 0) {
      const int from = pick(kActors);
      const int to = (from + 1 + pick(kActors - 1)) % kActors;
      absl::StrAppend(&out, R"({"type":"relationship","from":"a)", from,
                      R"(","to":"a)", to, R"(","label":"rivals since line )", i,
                      R"(","evidence":[{"statement":"s)", pick(i), "\"}]}\n");
    }
  }
  return out;
}

std::vector<JsonLoadOptions> OptionGrid() {
  std::vector<JsonLoadOptions> grid;
  for (ImportMode mode : {ImportMode::kStrict, ImportMode::kLenient}) {
    for (bool schema : {true, false}) {
      for (size_t max_problems : {size_t{1}, size_t{4}, size_t{100}}) {
        JsonLoadOptions o;
        o.mode = mode;
        o.check_schema = schema;
        o.max_problems = max_problems;
        grid.push_back(o);
      }
    }
  }
  grid[1].max_depth = 6;
  grid[4].max_line_bytes = 300;
  grid[8].max_depth = 6;
  grid[9].max_line_bytes = 300;
  return grid;
}

TEST(JsonParallelTest, RandomGraphsLoadTheSame) {
  for (uint32_t seed = 1; seed <= 20; ++seed) {
    const std::string text =
        ToJson(RandomGraph(seed), {.layout = JsonLayout::kLines});
    ExpectSameLoad(text, {}, /*merge=*/false, 2, absl::StrCat("seed ", seed));
    ExpectSameLoad(text, {}, /*merge=*/true, 3, absl::StrCat("seed ", seed));
  }
}

TEST(JsonParallelTest, DamagedLinesGiveTheSameProblemsAndGraph) {
  const std::vector<JsonLoadOptions> grid = OptionGrid();
  std::mt19937 rng(7);
  for (uint32_t seed = 1; seed <= 24; ++seed) {
    const std::string text =
        ToJson(RandomGraph(seed), {.layout = JsonLayout::kLines});
    const std::string damaged = Damage(text, rng);
    for (size_t g = 0; g < grid.size(); ++g) {
      ExpectSameLoad(damaged, grid[g], /*merge=*/seed % 2 == 0, 2 + seed % 3,
                     absl::StrCat("seed ", seed, " options ", g));
    }
  }
}

TEST(JsonParallelTest, InputsOfManyChunksLoadTheSame) {
  const std::string text = ManyLines(3, 12000);
  ASSERT_GT(text.size(), size_t{1} << 20);  // four chunks or more
  {
    Graph g;
    JsonLoadReport report;
    ASSERT_THAT(LoadJson(text, "in.jsonl", g, {.threads = 2}, &report), IsOk())
        << report.ToString();
    EXPECT_EQ(g.statement_count(), 12000u);
  }
  ExpectSameLoad(text, {}, /*merge=*/false, 2, "clean");
  ExpectSameLoad(text, {}, /*merge=*/true, 4, "clean, merged");
  std::mt19937 rng(11);
  const std::vector<JsonLoadOptions> grid = OptionGrid();
  for (int round = 0; round < 2; ++round) {
    const std::string damaged = Damage(text, rng);
    for (size_t g : {size_t{0}, size_t{2}, size_t{4}, size_t{8}, size_t{11}}) {
      ExpectSameLoad(damaged, grid[g], /*merge=*/round % 2 == 1, 2,
                     absl::StrCat("round ", round, " options ", g));
    }
  }
}

// Short enough for the ThreadSanitizer step of .ci/run: many chunks on
// more workers than cores, and a load that stops early while the workers
// are still parsing (they are cancelled and joined).
TEST(JsonParallelTest, ManyChunksOnManyThreads) {
  const std::string text = ManyLines(5, 8000);
  for (unsigned threads : {2u, 4u}) {
    Graph g;
    ASSERT_THAT(LoadJson(text, "in.jsonl", g, {.threads = threads}), IsOk());
    EXPECT_EQ(g.statement_count(), 8000u);
  }
  std::string damaged = text;
  damaged.insert(damaged.find("\n{\"type\":\"statement\"") + 1,
                 "{\"type\":\"bad\"}\n");
  for (unsigned threads : {2u, 4u}) {
    std::istringstream in(damaged);
    Graph g;
    JsonLoadReport report;
    EXPECT_FALSE(LoadJsonLines(in, "in.jsonl", g,
                               {.max_problems = 1, .threads = threads}, &report)
                     .ok());
    EXPECT_TRUE(report.stopped_early);
    EXPECT_EQ(g.statement_count(), 0u);
  }
}

TEST(JsonParallelTest, EdgeCasesOfTheFirstLinesLoadTheSame) {
  const std::string header = "{\"format\":\"diplograph/1\"}";
  const std::string actor =
      R"({"type":"actor","id":"a","name":"A","kind":"state"})";
  const std::vector<std::string> texts = {
      "",
      "\n\n",
      header,
      header + "\n",
      "\xEF\xBB\xBF" + header + "\n" + actor + "\n",
      "\x1f\x8b\x08\x00 binary",
      std::string("{\0\"\0f\0", 6),
      actor + "\n" + header + "\n",
      "not json\n" + header + "\n",
      header + "\r\n" + actor + "\r\n" + actor,
      header + "\n" + actor + "\n" + std::string(500, 'x') + "\n" + actor,
  };
  for (size_t i = 0; i < texts.size(); ++i) {
    for (const JsonLoadOptions& o : OptionGrid()) {
      ExpectSameLoad(texts[i], o, false, 2, absl::StrCat("text ", i));
    }
  }
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(JsonParallelTest, ShippedDataLoadsTheSame) {
  const std::string root = DIPLOGRAPH_SOURCE_DIR;
  ExpectSameLoad(ReadFile(root + "/tests/io/data/valid.jsonl"), {}, false, 2,
                 "valid.jsonl");
  Graph seed;
  ASSERT_THAT(LoadJsonFile(root + "/examples/data/seed.json", seed), IsOk());
  const std::string seed_lines = ToJson(seed, {.layout = JsonLayout::kLines});
  ExpectSameLoad(seed_lines, {}, false, 2, "seed");
  ExpectSameLoad(seed_lines, {}, true, 2, "seed, merged");
  Graph icews;
  ASSERT_THAT(ImportIcewsQuadruplesFile(
                  root + "/data/samples/icews14_sample.tsv", icews),
              IsOk());
  ExpectSameLoad(ToJson(icews, {.layout = JsonLayout::kLines}), {}, false, 2,
                 "icews14 sample");
}

TEST(JsonParallelTest, SharedIcews14LoadsTheSame) {
  const std::string path =
      std::string(DIPLOGRAPH_SHARED_DATA_DIR) + "/icews14/test.tsv";
  if (!std::ifstream(path)) {
    GTEST_SKIP() << "needs ../shared/data/icews14/test.tsv";
  }
  Graph icews;
  ASSERT_THAT(ImportIcewsQuadruplesFile(path, icews), IsOk());
  const std::string text = ToJson(icews, {.layout = JsonLayout::kLines});
  ExpectSameLoad(text, {}, false, 2, "icews14 test");
  Outcome many = Load(text, false, false, {}, 2);
  ASSERT_THAT(many.status, IsOk());
  ExpectSameGraph(icews, many.graph);
}

}  // namespace
}  // namespace diplograph
