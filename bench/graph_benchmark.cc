// Benchmarks of the core store: adding statements (one by one, and in one
// Update), the per-actor date-ordered reads, and building the Boost.Graph
// network snapshot. Ratios worth reading: BM_Graph_AddStatementsInUpdate
// against BM_Graph_AddStatementsOneByOne (single adds out of date order wait
// and are indexed by the next read, counted here; ...ReadEvery reads every
// k adds), and BM_Network_Build against BM_Graph_AddStatementsInUpdate
// (the snapshot's cost relative to loading). BM_Graph_CommitOutOfOrder
// reads the CPU of a 256-statement commit at random dates by graph size
// (flat when the index work does not grow with the graph).
//
//   build/bench/graph_benchmark --benchmark_counters_tabular=true

#include <cstdint>
#include <random>
#include <vector>

#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "diplograph/diplograph.h"

namespace diplograph {
namespace {

constexpr int kActors = 2000;

// Statements over `kActors` actors with heavy-tailed speaker frequencies and
// dates spread over 2014, in random order.
std::vector<Statement> MakeStatements(int n, std::vector<ActorId>* actors,
                                      Graph* graph) {
  for (int i = 0; i < kActors; ++i) {
    actors->push_back(*graph->AddActor(
        {.name = absl::StrCat("Actor ", i), .kind = ActorKind::kState}));
  }
  std::mt19937 rng(42);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  auto pick = [&] {  // roughly Zipf-like: small ids are frequent
    const double u = unit(rng);
    return (*actors)[static_cast<int>(kActors * u * u * u) % kActors];
  };
  std::uniform_int_distribution<int> day(0, 364);
  const char* codes[][2] = {{"010", "Make statement"},
                            {"051", "Praise or endorse"},
                            {"111", "Criticize or denounce"},
                            {"036", "Express intent to meet or negotiate"}};
  std::vector<Statement> out;
  out.reserve(n);
  for (int i = 0; i < n; ++i) {
    Statement s;
    s.speaker = pick();
    ActorId target = pick();
    if (target == s.speaker) target = (*actors)[(target.value + 1) % kActors];
    s.about = {target};
    s.date = Date::FromYearMonthDay(2014, 1, 1)->PlusDays(day(rng));
    const auto& c = codes[i % 4];
    s.event_type = {.code = c[0], .name = c[1]};
    out.push_back(std::move(s));
  }
  return out;
}

// Adds n statements one by one, reading the lists after every `every`
// adds (never when 0) and once at the end: statements out of date order
// wait for the next read, so the reads are counted.
void AddOneByOne(benchmark::State& state, int n, int every) {
  for (auto _ : state) {
    state.PauseTiming();
    Graph graph;
    std::vector<ActorId> actors;
    std::vector<Statement> statements = MakeStatements(n, &actors, &graph);
    state.ResumeTiming();
    for (int i = 0; i < n; ++i) {
      benchmark::DoNotOptimize(graph.AddStatement(statements[i]));
      if (every > 0 && i % every == every - 1) {
        benchmark::DoNotOptimize(graph.StatementsByDate().size());
      }
    }
    benchmark::DoNotOptimize(graph.StatementsByDate().size());
  }
  state.SetItemsProcessed(state.iterations() * n);
}

void BM_Graph_AddStatementsOneByOne(benchmark::State& state) {
  AddOneByOne(state, static_cast<int>(state.range(0)), 0);
}
BENCHMARK(BM_Graph_AddStatementsOneByOne)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond);

// A read of the lists after every `range(1)` adds: each read merges the
// waiting statements into lists that keep growing.
void BM_Graph_AddStatementsOneByOneReadEvery(benchmark::State& state) {
  AddOneByOne(state, static_cast<int>(state.range(0)),
              static_cast<int>(state.range(1)));
}
BENCHMARK(BM_Graph_AddStatementsOneByOneReadEvery)
    ->Args({100000, 1000})
    ->Args({100000, 100})
    ->Args({100000, 10})
    ->Unit(benchmark::kMillisecond);

void BM_Graph_AddStatementsInUpdate(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  for (auto _ : state) {
    state.PauseTiming();
    Graph graph;
    std::vector<ActorId> actors;
    std::vector<Statement> statements = MakeStatements(n, &actors, &graph);
    state.ResumeTiming();
    absl::Status status = graph.Update([&](Graph& g) {
      for (const Statement& s : statements) {
        absl::StatusOr<StatementId> id = g.AddStatement(s);
        if (!id.ok()) return id.status();
      }
      return absl::OkStatus();
    });
    benchmark::DoNotOptimize(status);
  }
  state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_Graph_AddStatementsInUpdate)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond);

// Commits of 256 statements at random dates of the year into a graph
// loaded with range(0) statements over the same year: each batch lands all
// over every list (the service case). The CPU per commit should not grow
// with the graph (the by-date index is blocked, date_index.h); reported
// per commit. 400 commits each, so the graph grows by ~100k during the run.
void BM_Graph_CommitOutOfOrder(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  constexpr int kBatch = 256;
  constexpr int kPool = 1 << 16;
  Graph graph;
  std::vector<ActorId> actors;
  const std::vector<Statement> statements =
      MakeStatements(n + kPool, &actors, &graph);
  absl::Status loaded = graph.Update([&](Graph& g) {
    for (int i = 0; i < n; ++i) {
      if (auto id = g.AddStatement(statements[i]); !id.ok()) {
        return id.status();
      }
    }
    return absl::OkStatus();
  });
  if (!loaded.ok()) std::abort();
  benchmark::DoNotOptimize(graph.StatementsByDate().size());
  size_t next = 0;
  for (auto _ : state) {
    absl::Status status = graph.Update([&](Graph& g) {
      for (int i = 0; i < kBatch; ++i) {
        const Statement& s = statements[n + next];
        next = (next + 1) % kPool;
        if (auto id = g.AddStatement(s); !id.ok()) return id.status();
      }
      return absl::OkStatus();
    });
    if (!status.ok()) std::abort();
  }
  state.SetItemsProcessed(state.iterations() * kBatch);
}
BENCHMARK(BM_Graph_CommitOutOfOrder)
    ->Arg(100000)
    ->Arg(300000)
    ->Arg(1000000)
    ->Iterations(400)
    ->Unit(benchmark::kMicrosecond);

// A loaded graph shared by the read benchmarks.
struct Loaded {
  Graph graph;
  std::vector<ActorId> actors;
  explicit Loaded(int n) {
    std::vector<Statement> statements = MakeStatements(n, &actors, &graph);
    absl::Status s = graph.Update([&](Graph& g) {
      for (const Statement& st : statements) {
        if (auto id = g.AddStatement(st); !id.ok()) return id.status();
      }
      return absl::OkStatus();
    });
    if (!s.ok()) std::abort();
  }
};

Loaded& Shared() {
  static Loaded* loaded = new Loaded(1000000);
  return *loaded;
}

void BM_Graph_StatementsByBusiestSpeaker(benchmark::State& state) {
  Loaded& l = Shared();
  const ActorId busiest = l.actors[0];
  int64_t seen = 0;
  for (auto _ : state) {
    for (StatementId id : l.graph.StatementsBy(busiest)) {
      benchmark::DoNotOptimize(l.graph.statement(id).date());
      ++seen;
    }
  }
  state.SetItemsProcessed(seen);
}
BENCHMARK(BM_Graph_StatementsByBusiestSpeaker);

// The whole by-date index read in order: by iterator (range-for), block
// by block (StatementRange::ForEachBlock), and (2) a contiguous copy of it,
// the layout before the index was blocked, as the baseline. Each reads the
// statement's date and targets, as a window scan does.
void BM_Graph_ScanByDate(benchmark::State& state) {
  Loaded& l = Shared();
  const int64_t how = state.range(0);
  const StatementRange all = l.graph.StatementsByDate();
  const std::vector<StatementId> copy(all.begin(), all.end());
  uint64_t sum = 0;
  auto visit = [&](StatementId id) {
    const StatementView s = l.graph.statement(id);
    sum += s.about().size() + s.speaker().value;
  };
  for (auto _ : state) {
    if (how == 2) {
      for (StatementId id : absl::Span<const StatementId>(copy)) visit(id);
    } else if (how == 1) {
      all.ForEachBlock([&](absl::Span<const StatementId> piece) {
        for (StatementId id : piece) visit(id);
      });
    } else {
      for (StatementId id : all) visit(id);
    }
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * l.graph.statement_count());
}
BENCHMARK(BM_Graph_ScanByDate)
    ->Arg(0)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond);

void BM_Graph_FindActorByAlias(benchmark::State& state) {
  Loaded& l = Shared();
  int i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        l.graph.FindActor(absl::StrCat("actor ", i++ % kActors)));
  }
}
BENCHMARK(BM_Graph_FindActorByAlias);

void BM_Network_Build(benchmark::State& state) {
  Loaded& l = Shared();
  for (auto _ : state) {
    ActorNetwork network(l.graph);
    benchmark::DoNotOptimize(boost::num_edges(network.directed()));
  }
  state.SetItemsProcessed(state.iterations() * l.graph.statement_count());
}
BENCHMARK(BM_Network_Build)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace diplograph

BENCHMARK_MAIN();
