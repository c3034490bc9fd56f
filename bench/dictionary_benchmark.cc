// Benchmarks of the CAMEO/PETRARCH dictionaries, on the three shared Phoenix
// files (../shared/data/dictionaries; each case reports an error and does
// nothing when they are absent):
//
//   BM_Dictionary_BareRead       baseline: the three files read into memory
//                                and their lines counted
//   BM_Dictionary_Read           the three files read and parsed (lenient)
//   BM_Dictionary_Lint           parse + lint of the three files
//   BM_Dictionary_LoadEmptyGraph the two actor files read, parsed and
//                                imported into an empty graph, the agents
//                                file read and parsed
//
// The ratio to read is LoadEmptyGraph / BareRead: what turning the bytes
// into actors costs over reading them.
//
//   build/bench/dictionary_benchmark --benchmark_counters_tabular=true

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "diplograph/dictionary.h"
#include "diplograph/graph.h"

namespace diplograph {
namespace {

const std::string kDir =
    std::string(DIPLOGRAPH_SHARED_DATA_DIR) + "/dictionaries/";
const std::vector<std::string> kActorFiles = {
    "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"};
const std::string kAgentFile = "Phoenix.agents.txt";

bool Present() {
  for (const std::string& f : kActorFiles) {
    if (!std::ifstream(kDir + f).good()) return false;
  }
  return std::ifstream(kDir + kAgentFile).good();
}

int64_t TotalBytes() {
  int64_t n = 0;
  for (const std::string& f : {kActorFiles[0], kActorFiles[1], kAgentFile}) {
    std::ifstream in(kDir + f, std::ios::binary | std::ios::ate);
    n += static_cast<int64_t>(in.tellg());
  }
  return n;
}

DictionaryOptions Lenient() {
  DictionaryOptions o;
  o.mode = ImportMode::kLenient;
  return o;
}

void BM_Dictionary_BareRead(benchmark::State& state) {
  if (!Present())
    return state.SkipWithError("needs ../shared/data/dictionaries");
  for (auto _ : state) {
    int64_t lines = 0;
    for (const std::string& f : {kActorFiles[0], kActorFiles[1], kAgentFile}) {
      std::ifstream in(kDir + f, std::ios::binary);
      std::ostringstream buffer;
      buffer << in.rdbuf();
      const std::string text = std::move(buffer).str();
      lines += std::count(text.begin(), text.end(), '\n');
    }
    benchmark::DoNotOptimize(lines);
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_Dictionary_BareRead)->Unit(benchmark::kMillisecond);

void BM_Dictionary_Read(benchmark::State& state) {
  if (!Present())
    return state.SkipWithError("needs ../shared/data/dictionaries");
  for (auto _ : state) {
    size_t entries = 0;
    for (const std::string& f : {kActorFiles[0], kActorFiles[1], kAgentFile}) {
      entries += ReadDictionary(kDir + f, Lenient())->entries.size();
    }
    benchmark::DoNotOptimize(entries);
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_Dictionary_Read)->Unit(benchmark::kMillisecond);

void BM_Dictionary_Lint(benchmark::State& state) {
  if (!Present())
    return state.SkipWithError("needs ../shared/data/dictionaries");
  for (auto _ : state) {
    size_t findings = 0;
    for (const std::string& f : {kActorFiles[0], kActorFiles[1], kAgentFile}) {
      findings += LintDictionary(*ReadDictionary(kDir + f, Lenient())).size();
    }
    benchmark::DoNotOptimize(findings);
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_Dictionary_Lint)->Unit(benchmark::kMillisecond);

void BM_Dictionary_LoadEmptyGraph(benchmark::State& state) {
  if (!Present())
    return state.SkipWithError("needs ../shared/data/dictionaries");
  size_t actors = 0;
  for (auto _ : state) {
    Graph graph;
    for (const std::string& f : kActorFiles) {
      if (!ImportActorDictionaryFile(kDir + f, graph, Lenient()).ok()) {
        return state.SkipWithError("import failed");
      }
    }
    benchmark::DoNotOptimize(ReadDictionary(kDir + kAgentFile, Lenient()));
    actors = graph.actor_count();
    state.PauseTiming();  // the graph's destruction is not the load
    { Graph gone = std::move(graph); }
    state.ResumeTiming();
  }
  state.counters["actors"] = static_cast<double>(actors);
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_Dictionary_LoadEmptyGraph)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace diplograph

BENCHMARK_MAIN();
