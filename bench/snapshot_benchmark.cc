// Binary snapshots against JSON Lines on the synthetic ICEWS graph:
//
//   BM_Snapshot_Encode       graph -> snapshot bytes in memory
//   BM_Snapshot_Save         SaveSnapshot to a file (write, fsync, rename)
//   BM_Snapshot_Load/C       LoadSnapshot from the file (mmap) into an empty
//                            graph, checksums off (/0) and on (/1)
//   BM_Snapshot_LoadV1       the same graph saved in format version 1 (no
//                            `lists` section: the load builds the lists)
//   BM_Baseline_AddRecords   the floor of any load through the public adds:
//                            the same records, already decoded into
//                            structs, added in one Update()
//   BM_Json_SaveLinesFile    SaveJsonFile of the same graph as JSON Lines
//   BM_Json_LoadLinesFile/S  LoadJsonFile of those lines, schema check off
//                            (/0) and on (/1, the default)
//
// The graph is the ICEWS import of `generate_events --rows N --seed 1`
// (bench/workload/generate_events.cc), N = 1,000,000 unless the
// environment variable DIPLOGRAPH_SNAPSHOT_ROWS says otherwise. The
// counters give the file sizes (file_MB) and statements per second. The
// loads report the CPU time of the whole process (the JSON Lines loader
// parses on every core).
//
//   ninja -C build -j2 snapshot_benchmark generate_events
//   build/bench/snapshot_benchmark --benchmark_counters_tabular=true

#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "diplograph/graph.h"
#include "diplograph/icews.h"
#include "diplograph/json.h"
#include "diplograph/snapshot.h"

namespace diplograph {
namespace {

long Rows() {
  const char* env = std::getenv("DIPLOGRAPH_SNAPSHOT_ROWS");
  return env != nullptr ? std::atol(env) : 1000000;
}

// The generator's output for Rows() rows, imported once.
const Graph& TheGraph() {
  static const Graph* graph = [] {
    const std::string command = absl::StrCat(DIPLOGRAPH_GENERATE_EVENTS,
                                             " --rows ", Rows(), " --seed 1");
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) std::abort();
    std::string text;
    char buf[1 << 16];
    size_t n;
    while ((n = fread(buf, 1, sizeof(buf), pipe)) > 0) text.append(buf, n);
    if (pclose(pipe) != 0) std::abort();
    std::istringstream in(text);
    auto* g = new Graph;
    const absl::Status s = ImportIcewsQuadruples(in, "events.tsv", *g);
    if (!s.ok()) {
      std::fprintf(stderr, "%s\n", s.ToString().c_str());
      std::abort();
    }
    return g;
  }();
  return *graph;
}

std::string TempPath(absl::string_view suffix) {
  return absl::StrCat(P_tmpdir, "/diplograph_snapshot_benchmark_", getpid(),
                      suffix);
}

const std::string& SnapshotFile() {
  static const std::string* path = [] {
    auto* p = new std::string(TempPath(".dgs"));
    if (!SaveSnapshot(TheGraph(), *p).ok()) std::abort();
    return p;
  }();
  return *path;
}

const std::string& SnapshotFileV1() {
  static const std::string* path = [] {
    auto* p = new std::string(TempPath(".v1.dgs"));
    if (!SaveSnapshot(TheGraph(), *p, {.format_version = 1}).ok()) {
      std::abort();
    }
    return p;
  }();
  return *path;
}

const std::string& LinesFile() {
  static const std::string* path = [] {
    auto* p = new std::string(TempPath(".jsonl"));
    if (!SaveJsonFile(TheGraph(), *p).ok()) std::abort();
    return p;
  }();
  return *path;
}

void SetCounters(benchmark::State& state, const std::string& path) {
  struct stat st;
  const double bytes = stat(path.c_str(), &st) == 0 ? st.st_size : 0;
  state.counters["file_MB"] = bytes / 1e6;
  state.counters["statements"] =
      static_cast<double>(TheGraph().statement_count());
  state.SetItemsProcessed(state.iterations() * TheGraph().statement_count());
}

void BM_Snapshot_Encode(benchmark::State& state) {
  const Graph& g = TheGraph();
  for (auto _ : state) benchmark::DoNotOptimize(SnapshotBytes(g).size());
  SetCounters(state, SnapshotFile());
}
BENCHMARK(BM_Snapshot_Encode)->Unit(benchmark::kMillisecond);

void BM_Snapshot_Save(benchmark::State& state) {
  const Graph& g = TheGraph();
  const std::string path = TempPath(".save.dgs");
  for (auto _ : state) {
    const absl::Status s = SaveSnapshot(g, path);
    if (!s.ok()) state.SkipWithError(std::string(s.message()).c_str());
  }
  SetCounters(state, path);
  std::remove(path.c_str());
}
BENCHMARK(BM_Snapshot_Save)->Unit(benchmark::kMillisecond);

void BM_Snapshot_Load(benchmark::State& state) {
  const std::string& path = SnapshotFile();
  const bool verify = state.range(0) != 0;
  for (auto _ : state) {
    Graph g;
    const absl::Status s = LoadSnapshot(path, g, {.verify_checksums = verify});
    if (!s.ok()) state.SkipWithError(std::string(s.message()).c_str());
    benchmark::DoNotOptimize(g.statement_count());
  }
  SetCounters(state, path);
}
BENCHMARK(BM_Snapshot_Load)
    ->Arg(0)
    ->Arg(1)
    ->MeasureProcessCPUTime()
    ->Unit(benchmark::kMillisecond);

void BM_Snapshot_LoadV1(benchmark::State& state) {
  const std::string& path = SnapshotFileV1();
  for (auto _ : state) {
    Graph g;
    const absl::Status s = LoadSnapshot(path, g);
    if (!s.ok()) state.SkipWithError(std::string(s.message()).c_str());
    benchmark::DoNotOptimize(g.statement_count());
  }
  SetCounters(state, path);
}
BENCHMARK(BM_Snapshot_LoadV1)
    ->MeasureProcessCPUTime()
    ->Unit(benchmark::kMillisecond);

void BM_Baseline_AddRecords(benchmark::State& state) {
  const Graph& src = TheGraph();
  std::vector<Actor> actors;
  for (uint32_t i = 0; i < src.actor_count(); ++i) {
    actors.push_back(src.actor(ActorId(i)));
  }
  std::vector<Statement> statements;
  for (uint32_t i = 0; i < src.statement_count(); ++i) {
    statements.push_back(src.statement(StatementId(i)).ToStatement());
  }
  std::vector<Relationship> relationships;
  for (uint32_t i = 0; i < src.relationship_count(); ++i) {
    relationships.push_back(src.relationship(RelationshipId(i)));
  }
  if (src.source_count() != 0 || src.event_count() != 0) {
    state.SkipWithError("the baseline expects no sources or events");
  }
  for (auto _ : state) {
    Graph g;
    const absl::Status s = g.Update([&](Graph& gr) -> absl::Status {
      for (Actor a : actors) {  // affiliations after every actor exists
        a.affiliations.clear();
        if (!gr.AddActor(a).ok()) return absl::InternalError("actor");
      }
      for (uint32_t i = 0; i < actors.size(); ++i) {
        for (const Affiliation& f : actors[i].affiliations) {
          if (!gr.AddAffiliation(ActorId(i), f).ok()) {
            return absl::InternalError("affiliation");
          }
        }
      }
      for (const Statement& st : statements) {
        if (!gr.AddStatement(st).ok()) return absl::InternalError("statement");
      }
      for (const Relationship& r : relationships) {
        if (!gr.AddRelationship(r).ok()) {
          return absl::InternalError("relationship");
        }
      }
      return absl::OkStatus();
    });
    if (!s.ok()) state.SkipWithError(std::string(s.message()).c_str());
    benchmark::DoNotOptimize(g.statement_count());
  }
  SetCounters(state, SnapshotFile());
}
BENCHMARK(BM_Baseline_AddRecords)->Unit(benchmark::kMillisecond);

void BM_Json_SaveLinesFile(benchmark::State& state) {
  const Graph& g = TheGraph();
  const std::string path = TempPath(".save.jsonl");
  for (auto _ : state) {
    const absl::Status s = SaveJsonFile(g, path);
    if (!s.ok()) state.SkipWithError(std::string(s.message()).c_str());
  }
  SetCounters(state, path);
  std::remove(path.c_str());
}
BENCHMARK(BM_Json_SaveLinesFile)->Unit(benchmark::kMillisecond);

void BM_Json_LoadLinesFile(benchmark::State& state) {
  const std::string& path = LinesFile();
  const bool schema = state.range(0) != 0;
  for (auto _ : state) {
    Graph g;
    const absl::Status s = LoadJsonFile(path, g, {.check_schema = schema});
    if (!s.ok()) state.SkipWithError(std::string(s.message()).c_str());
    benchmark::DoNotOptimize(g.statement_count());
  }
  SetCounters(state, path);
}
BENCHMARK(BM_Json_LoadLinesFile)
    ->Arg(0)
    ->Arg(1)
    ->MeasureProcessCPUTime()
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace diplograph

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  std::remove(diplograph::TempPath(".dgs").c_str());
  std::remove(diplograph::TempPath(".v1.dgs").c_str());
  std::remove(diplograph::TempPath(".jsonl").c_str());
  return 0;
}
