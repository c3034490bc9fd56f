// Commits per second of a durable graph (durable.h) under each sync policy:
// a sync per commit, group commit (commits from several threads share a
// sync) and no sync. Each run opens a fresh directory under the system's
// temporary directory, creates 100 actors, then commits batches of 8
// statements from `threads` threads, `per_thread` commits each; the counter
// `commits_per_s` is the rate over the wall time of the commits.
//
//   build/bench/durable_benchmark --benchmark_counters_tabular=true

#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "diplograph/durable.h"

namespace {

using namespace diplograph;

constexpr uint32_t kActors = 100;

GraphBatch Statements(uint32_t thread, uint32_t k) {
  GraphBatch b;
  for (uint32_t s = 0; s < 8; ++s) {
    const uint32_t x = thread * 7919 + k * 31 + s;
    b.AddStatement(
        {.speaker = ActorId(x % kActors),
         .date = *Date::FromYearMonthDay(2000 + x % 25, 1 + x % 12, 1 + x % 28),
         .text = absl::StrCat("statement ", thread, ".", k, ".", s),
         .about = {ActorId((x + 1) % kActors)}});
  }
  return b;
}

void BM_Commit(benchmark::State& state, SyncPolicy sync) {
  const int threads = static_cast<int>(state.range(0));
  const int per_thread = static_cast<int>(state.range(1));
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() /
      absl::StrCat("diplograph_durable_bench_", getpid());
  double commits = 0, seconds = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::filesystem::remove_all(dir);
    DurableOptions options;
    options.sync = sync;
    auto store = DurableGraph::Open(dir.string(), options);
    if (!store.ok()) {
      state.SkipWithError(std::string(store.status().message()).c_str());
      return;
    }
    GraphBatch actors;
    for (uint32_t a = 0; a < kActors; ++a) {
      actors.AddActor({.name = absl::StrCat("Actor ", a)});
    }
    if (!(*store)->Commit(actors).ok()) {
      state.SkipWithError("cannot add the actors");
      return;
    }
    state.ResumeTiming();
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        for (int k = 0; k < per_thread; ++k) {
          if (!(*store)->Commit(Statements(t, k)).ok()) std::abort();
        }
      });
    }
    for (std::thread& t : pool) t.join();
    if (sync == SyncPolicy::kNone && !(*store)->Sync().ok()) std::abort();
    seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    commits += threads * per_thread;
  }
  std::filesystem::remove_all(dir);
  state.counters["commits_per_s"] = commits / seconds;
}

BENCHMARK_CAPTURE(BM_Commit, every_commit, SyncPolicy::kEveryCommit)
    ->Args({1, 100})
    ->Args({4, 25})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);
BENCHMARK_CAPTURE(BM_Commit, group, SyncPolicy::kGroup)
    ->Args({1, 100})
    ->Args({4, 100})
    ->Args({16, 25})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);
BENCHMARK_CAPTURE(BM_Commit, none, SyncPolicy::kNone)
    ->Args({1, 2000})
    ->Args({4, 500})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
