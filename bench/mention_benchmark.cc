// Speed of the mention finder (Resolver::FindMentions, resolve.h) on running
// text: the shared article 2024-11-08-beijing-china-russia-us.txt repeated
// to about 4 MB.
//
//   BM_Mention_BareScan     baseline: counting the spaces of the same bytes
//   BM_Mention_Find/0       the mention finder over a graph holding the
//                           compiled-in gazetteer (a few hundred phrases)
//   BM_Mention_Find/30000   the same with 30,000 more actors (phrases of two
//                           or three words): the cost per byte must not grow
//                           with the number of phrases
//
// The ratio to read is bytes_per_second of Find over BareScan.
//
//   build/bench/mention_benchmark --benchmark_counters_tabular=true
//
// The article is read from ../shared/data/articles (or the file named by
// the environment variable DIPLOGRAPH_ARTICLE); without it the cases are
// skipped with a message.

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "diplograph/gazetteer.h"
#include "diplograph/graph.h"
#include "diplograph/resolve.h"

namespace diplograph {
namespace {

constexpr size_t kTextBytes = 4 << 20;

// The article repeated to kTextBytes, or "" when it cannot be read.
const std::string& Text() {
  static const std::string* text = [] {
    const char* env = std::getenv("DIPLOGRAPH_ARTICLE");
    const std::string path =
        env != nullptr ? std::string(env)
                       : std::string(DIPLOGRAPH_SHARED_DATA_DIR) +
                             "/articles/2024-11-08-beijing-china-russia-us.txt";
    std::ifstream in(path);
    auto* out = new std::string;
    if (!in) return out;
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string article = buffer.str() + "\n";
    while (out->size() < kTextBytes) *out += article;
    return out;
  }();
  return *text;
}

// A resolver over the gazetteer plus `extra` synthetic actors.
Resolver MakeResolver(int extra) {
  Graph graph;
  if (!ImportGazetteer(BuiltinGazetteer(), graph).ok()) std::abort();
  static const char* const kWords[] = {"Amber", "Basalt", "Cobalt",  "Delta",
                                       "Ember", "Falcon", "Granite", "Harbor"};
  for (int i = 0; i < extra; ++i) {
    std::string name =
        absl::StrCat(kWords[i % 8], " ", kWords[(i / 8) % 8], " Org", i);
    if (i % 3 == 0) name = absl::StrCat(kWords[(i / 64) % 8], " ", name);
    if (!graph.AddActor({.name = name}).ok()) std::abort();
  }
  absl::StatusOr<Resolver> r = Resolver::Create(graph);
  if (!r.ok()) std::abort();
  return *std::move(r);
}

void BM_Mention_BareScan(benchmark::State& state) {
  const std::string& text = Text();
  if (text.empty()) {
    state.SkipWithError(
        "needs ../shared/data/articles/"
        "2024-11-08-beijing-china-russia-us.txt");
    return;
  }
  for (auto _ : state) {
    uint64_t spaces = 0;
    for (char c : text) spaces += c == ' ';
    benchmark::DoNotOptimize(spaces);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_Mention_BareScan)->Unit(benchmark::kMillisecond);

void BM_Mention_Find(benchmark::State& state) {
  const std::string& text = Text();
  if (text.empty()) {
    state.SkipWithError(
        "needs ../shared/data/articles/"
        "2024-11-08-beijing-china-russia-us.txt");
    return;
  }
  const Resolver resolver = MakeResolver(static_cast<int>(state.range(0)));
  size_t mentions = 0;
  MentionStats stats;
  for (auto _ : state) {
    stats = MentionStats();
    mentions = resolver.FindMentions(text, &stats).size();
    benchmark::DoNotOptimize(mentions);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["phrases"] = static_cast<double>(resolver.phrase_count());
  state.counters["mentions"] = static_cast<double>(mentions);
  state.counters["steps/word"] =
      static_cast<double>(stats.transitions) /
      static_cast<double>(stats.tokens == 0 ? 1 : stats.tokens);
}
BENCHMARK(BM_Mention_Find)->Arg(0)->Arg(30000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace diplograph

BENCHMARK_MAIN();
