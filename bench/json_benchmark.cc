// Benchmarks of JSON interchange on a generated graph of statements:
//
//   BM_Json_LoadLinesFile       JSON Lines file -> graph (statements/s),
//                               on one thread
//   BM_Json_LoadLinesFileThreads   the same on 1, 2 or 3 parse threads,
//                               wall-clock time
//   BM_Json_LoadDocument        whole document in memory -> graph
//   BM_Json_RapidJsonParse      baseline: RapidJSON's DOM parse of the same
//                               document (no graph)
//   BM_Json_RapidJsonSaxLines   baseline: RapidJSON's SAX Reader over the
//                               same lines, handler keeping nothing
//   BM_Json_AddStatements       baseline: adding the same statements through
//                               Graph::AddStatement in one Update (no JSON)
//   BM_Json_Save*               writing the document and the lines
//
// Each load runs with the schema check off (/0) and on (/1). The ratios to
// read: LoadDocument / RapidJsonParse (the cost of a load over a bare parse),
// LoadLinesInMemory / RapidJsonSaxLines (the same for JSON Lines) and
// AddStatements / LoadLinesInMemory (the store's share of a load).
//
//   build/bench/json_benchmark --benchmark_counters_tabular=true

#include <time.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "diplograph/diplograph.h"
#include "diplograph/json.h"
#include "rapidjson/document.h"
#include "rapidjson/memorystream.h"
#include "rapidjson/reader.h"

namespace diplograph {
namespace {

constexpr int kActors = 2000;
constexpr int kStatements = 200000;

// A graph like graph_benchmark's: statements over kActors actors with
// heavy-tailed speaker frequencies, one target each, a CAMEO type, a short
// text and dates spread over 2014 in random order.
const Graph& TheGraph() {
  static const Graph* graph = [] {
    auto* g = new Graph;
    std::vector<ActorId> actors;
    for (int i = 0; i < kActors; ++i) {
      actors.push_back(*g->AddActor(
          {.name = absl::StrCat("Actor ", i), .kind = ActorKind::kState}));
    }
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    auto pick = [&] {
      const double u = unit(rng);
      return actors[static_cast<int>(kActors * u * u * u) % kActors];
    };
    std::uniform_int_distribution<int> day(0, 364);
    const char* codes[][2] = {{"010", "Make statement"},
                              {"051", "Praise or endorse"},
                              {"111", "Criticize or denounce"},
                              {"036", "Express intent to meet or negotiate"}};
    absl::Status s = g->Update([&](Graph& graph) -> absl::Status {
      for (int i = 0; i < kStatements; ++i) {
        Statement st;
        st.speaker = pick();
        ActorId target = pick();
        if (target == st.speaker) target = actors[(target.value + 1) % kActors];
        st.about = {target};
        st.date = Date::FromYearMonthDay(2014, 1, 1)->PlusDays(day(rng));
        const auto& c = codes[i % 4];
        st.event_type = {.code = c[0], .name = c[1]};
        st.text = absl::StrCat("Statement number ", i, " on the matter");
        absl::StatusOr<StatementId> id = graph.AddStatement(st);
        if (!id.ok()) return id.status();
      }
      return absl::OkStatus();
    });
    if (!s.ok()) std::abort();
    return g;
  }();
  return *graph;
}

const std::string& DocumentText() {
  static const std::string* text =
      new std::string(ToJson(TheGraph(), {.pretty = false}));
  return *text;
}

// The JSON Lines file: a temporary file removed at exit, or the path in
// DIPLOGRAPH_JSON_BENCH_FILE, kept (for bench/json/duckdb_read_json.js).
const char* KeptLinesFile() {
  return std::getenv("DIPLOGRAPH_JSON_BENCH_FILE");
}

const std::string& LinesFile() {
  static const std::string* path = [] {
    auto* p = new std::string(KeptLinesFile() != nullptr
                                  ? std::string(KeptLinesFile())
                                  : absl::StrCat(P_tmpdir,
                                                 "/diplograph_json_benchmark_",
                                                 getpid(), ".jsonl"));
    if (!SaveJsonFile(TheGraph(), *p).ok()) std::abort();
    return p;
  }();
  return *path;
}

// CPU time of the whole process (all threads), in seconds.
double ProcessCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) +
         1e-9 * static_cast<double>(ts.tv_nsec);
}

void SetRates(benchmark::State& state, size_t bytes) {
  state.SetItemsProcessed(state.iterations() * kStatements);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}

void BM_Json_LoadLinesFile(benchmark::State& state) {
  const std::string& path = LinesFile();
  const bool schema = state.range(0) != 0;
  for (auto _ : state) {
    Graph g;
    absl::Status s =
        LoadJsonFile(path, g, {.check_schema = schema, .threads = 1});
    if (!s.ok()) state.SkipWithError(std::string(s.message()).c_str());
    benchmark::DoNotOptimize(g.statement_count());
  }
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  SetRates(state, static_cast<size_t>(in.tellg()));
}
BENCHMARK(BM_Json_LoadLinesFile)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The same with JsonLoadOptions::threads = range(1) (0: one per core), timed
// by the wall clock: the workers' CPU time is not the caller's.
void BM_Json_LoadLinesFileThreads(benchmark::State& state) {
  const std::string& path = LinesFile();
  const bool schema = state.range(0) != 0;
  const auto threads = static_cast<unsigned>(state.range(1));
  double process_cpu = 0;
  for (auto _ : state) {
    const double cpu0 = ProcessCpuSeconds();
    Graph g;
    absl::Status s =
        LoadJsonFile(path, g, {.check_schema = schema, .threads = threads});
    if (!s.ok()) state.SkipWithError(std::string(s.message()).c_str());
    benchmark::DoNotOptimize(g.statement_count());
    process_cpu += ProcessCpuSeconds() - cpu0;
  }
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  SetRates(state, static_cast<size_t>(in.tellg()));
  // CPU of every thread (the "CPU" column is the calling thread's, which
  // commits the records). On a host busy with other work the wall clock
  // says little; the wall time on free cores is at least
  // max(CPU, process_cpu_ms / cores).
  state.counters["process_cpu_ms"] = benchmark::Counter(
      1e3 * process_cpu / static_cast<double>(state.iterations()));
}
BENCHMARK(BM_Json_LoadLinesFileThreads)
    ->ArgsProduct({{0, 1}, {1, 2, 3}})
    ->ArgNames({"schema", "threads"})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_Json_LoadLinesInMemory(benchmark::State& state) {
  static const std::string* text =
      new std::string(ToJson(TheGraph(), {.layout = JsonLayout::kLines}));
  const bool schema = state.range(0) != 0;
  for (auto _ : state) {
    Graph g;
    absl::Status s = LoadJson(*text, "bench.jsonl", g,
                              {.check_schema = schema, .threads = 1});
    if (!s.ok()) state.SkipWithError(std::string(s.message()).c_str());
    benchmark::DoNotOptimize(g.statement_count());
  }
  SetRates(state, text->size());
}
BENCHMARK(BM_Json_LoadLinesInMemory)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond);

void BM_Json_LoadDocument(benchmark::State& state) {
  const std::string& text = DocumentText();
  const bool schema = state.range(0) != 0;
  for (auto _ : state) {
    Graph g;
    absl::Status s = LoadJson(text, "bench.json", g, {.check_schema = schema});
    if (!s.ok()) state.SkipWithError(std::string(s.message()).c_str());
    benchmark::DoNotOptimize(g.statement_count());
  }
  SetRates(state, text.size());
}
BENCHMARK(BM_Json_LoadDocument)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_Json_RapidJsonParse(benchmark::State& state) {
  const std::string& text = DocumentText();
  for (auto _ : state) {
    rapidjson::Document d;
    d.Parse<rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
    if (d.HasParseError()) state.SkipWithError("parse error");
    benchmark::DoNotOptimize(d.IsObject());
  }
  SetRates(state, text.size());
}
BENCHMARK(BM_Json_RapidJsonParse)->Unit(benchmark::kMillisecond);

// Baseline for JSON Lines: RapidJSON's SAX Reader over every line of the
// same text with a handler that keeps nothing, checking UTF-8 as a load
// does. No record is built or added.
struct NullHandler
    : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, NullHandler> {
  bool Default() { return true; }
};

void BM_Json_RapidJsonSaxLines(benchmark::State& state) {
  static const std::string* text =
      new std::string(ToJson(TheGraph(), {.layout = JsonLayout::kLines}));
  for (auto _ : state) {
    rapidjson::Reader reader;
    NullHandler handler;
    size_t pos = 0;
    while (pos < text->size()) {
      size_t end = text->find('\n', pos);
      if (end == std::string::npos) end = text->size();
      rapidjson::MemoryStream line(text->data() + pos, end - pos);
      if (!reader.Parse<rapidjson::kParseValidateEncodingFlag |
                        rapidjson::kParseIterativeFlag>(line, handler)) {
        state.SkipWithError("parse error");
        break;
      }
      pos = end + 1;
    }
  }
  SetRates(state, text->size());
}
BENCHMARK(BM_Json_RapidJsonSaxLines)->Unit(benchmark::kMillisecond);

void BM_Json_AddStatements(benchmark::State& state) {
  const Graph& source = TheGraph();
  std::vector<Statement> statements;
  statements.reserve(source.statement_count());
  for (uint32_t i = 0; i < source.statement_count(); ++i) {
    statements.push_back(source.statement(StatementId(i)).ToStatement());
  }
  for (auto _ : state) {
    Graph g;
    absl::Status s = g.Update([&](Graph& graph) -> absl::Status {
      for (int i = 0; i < kActors; ++i) {
        absl::StatusOr<ActorId> a = graph.AddActor(source.actor(ActorId(i)));
        if (!a.ok()) return a.status();
      }
      for (const Statement& st : statements) {
        absl::StatusOr<StatementId> id = graph.AddStatement(st);
        if (!id.ok()) return id.status();
      }
      return absl::OkStatus();
    });
    if (!s.ok()) state.SkipWithError(std::string(s.message()).c_str());
  }
  state.SetItemsProcessed(state.iterations() * kStatements);
}
BENCHMARK(BM_Json_AddStatements)->Unit(benchmark::kMillisecond);

void BM_Json_SaveDocument(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(ToJson(TheGraph(), {.pretty = false}).size());
  }
  SetRates(state, DocumentText().size());
}
BENCHMARK(BM_Json_SaveDocument)->Unit(benchmark::kMillisecond);

void BM_Json_SaveLines(benchmark::State& state) {
  size_t bytes = 0;
  for (auto _ : state) {
    bytes = ToJson(TheGraph(), {.layout = JsonLayout::kLines}).size();
    benchmark::DoNotOptimize(bytes);
  }
  SetRates(state, bytes);
}
BENCHMARK(BM_Json_SaveLines)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace diplograph

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  if (diplograph::KeptLinesFile() == nullptr) {
    std::remove(diplograph::LinesFile().c_str());
  }
  return 0;
}
