// Query benchmarks on a generated graph of 1,000,000 statements.
//
// The graph: 2,000 actors (100 states, each with 4 ministries; the rest are
// people affiliated to a ministry over dated terms), 1,000,000 statements
// over 2000-2024 (90% day precision, 8% month, 2% year), one or two
// targets each, CAMEO-style codes, stances on a third, 2,000 relationships
// with evidence. One case per query family; BM_Baseline_FullScan is the
// plain scan an index-free query would do, to quote the others against.
//
//   build/bench/query_benchmark --benchmark_min_time=0.2

#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "diplograph/aggregates.h"
#include "diplograph/as_of.h"
#include "diplograph/centrality.h"
#include "diplograph/graph.h"
#include "diplograph/network.h"
#include "diplograph/paths.h"
#include "diplograph/relationship_history.h"
#include "diplograph/statement_query.h"
#include "diplograph/timeline.h"

namespace diplograph {
namespace {

constexpr uint32_t kStates = 100;
constexpr uint32_t kMinistriesPerState = 4;
constexpr uint32_t kActors = 2000;
constexpr uint32_t kStatements = 1000000;
constexpr uint32_t kRelationships = 2000;
constexpr int kFirstYear = 2000;
constexpr int kYears = 25;

const char* const kCodes[] = {"010", "013", "036", "042", "051", "057", "061",
                              "070", "111", "112", "120", "138", "141", "173",
                              "190", "020", "043", "080", "090", "130"};

Date RandomDate(std::mt19937& rng) {
  const int year = kFirstYear + static_cast<int>(rng() % kYears);
  const int month = 1 + static_cast<int>(rng() % 12);
  const int day = 1 + static_cast<int>(rng() % 28);
  const int p = static_cast<int>(rng() % 100);
  if (p < 2) return *Date::FromYear(year);
  if (p < 10) return *Date::FromYearMonth(year, month);
  return *Date::FromYearMonthDay(year, month, day);
}

// Actors are skewed: low ids speak and are spoken about more.
ActorId SkewedActor(std::mt19937& rng) {
  const double u = std::uniform_real_distribution<double>(0, 1)(rng);
  return ActorId(static_cast<uint32_t>(u * u * kActors) % kActors);
}

const Graph& BenchGraph() {
  static const Graph* graph = [] {
    auto* g = new Graph;
    std::mt19937 rng(2024);
    absl::Status st = g->Update([&](Graph& gr) -> absl::Status {
      for (uint32_t i = 0; i < kActors; ++i) {
        Actor a;
        a.name = absl::StrCat("Actor ", i);
        if (i < kStates) {
          a.kind = ActorKind::kState;
        } else if (i < kStates * (1 + kMinistriesPerState)) {
          a.affiliations.push_back(
              {ActorId((i - kStates) / kMinistriesPerState), "ministry", {}});
        } else {
          a.kind = ActorKind::kPerson;
          const int start = kFirstYear + static_cast<int>(rng() % kYears);
          a.affiliations.push_back(
              {ActorId(kStates + rng() % (kStates * kMinistriesPerState)),
               "official",
               *Interval::Make(*Date::FromYear(start),
                               *Date::FromYear(std::min(start + 4, 2024)))});
        }
        absl::StatusOr<ActorId> id = gr.AddActor(a);
        if (!id.ok()) return id.status();
      }
      for (uint32_t i = 0; i < kStatements; ++i) {
        Statement s;
        s.speaker = SkewedActor(rng);
        s.date = RandomDate(rng);
        ActorId t = SkewedActor(rng);
        if (t == s.speaker) t = ActorId((t.value + 1) % kActors);
        s.about.push_back(t);
        if (rng() % 4 == 0) {
          ActorId t2(rng() % kActors);
          if (t2 != t) s.about.push_back(t2);
        }
        if (rng() % 3 == 0) {
          s.stances.push_back(
              {t, static_cast<Polarity>(static_cast<int>(rng() % 3) - 1)});
        }
        s.event_type.code = kCodes[rng() % std::size(kCodes)];
        s.text = absl::StrCat("statement ", i);
        absl::StatusOr<StatementId> id = gr.AddStatement(s);
        if (!id.ok()) return id.status();
      }
      for (uint32_t i = 0; i < kRelationships; ++i) {
        Relationship r;
        r.from = SkewedActor(rng);
        r.to = ActorId(rng() % kActors);
        if (r.from == r.to) continue;
        r.label = absl::StrCat("relation ", i % 10);
        r.directed = rng() % 2;
        r.valid = Interval::Since(
            *Date::FromYear(kFirstYear + static_cast<int>(rng() % kYears)));
        r.evidence.push_back({StatementId(rng() % kStatements), SourceId(),
                              EvidenceRole::kAsserts});
        (void)gr.AddRelationship(r);
      }
      return absl::OkStatus();
    });
    if (!st.ok()) std::abort();
    (void)NetworkOf(*g)->undirected();  // build both snapshots up front
    return g;
  }();
  return *graph;
}

Interval RandomMonth(std::mt19937& rng) {
  const Date m =
      *Date::FromYearMonth(kFirstYear + static_cast<int>(rng() % kYears),
                           1 + static_cast<int>(rng() % 12));
  return *Interval::Make(m, m);
}

Interval RandomYear(std::mt19937& rng) {
  const Date y = *Date::FromYear(kFirstYear + static_cast<int>(rng() % kYears));
  return *Interval::Make(y, y);
}

// Counts the matches of a query (lazily: nothing is copied).
size_t Drain(const StatementQuery& q) {
  absl::StatusOr<StatementCursor> c = q.Run();
  size_t n = 0;
  StatementId id;
  while (c->Next(&id)) ++n;
  return n;
}

// The baseline: what a query costs with no index — one pass over every
// statement testing speaker and window.
void BM_Baseline_FullScan(benchmark::State& state) {
  const Graph& g = BenchGraph();
  std::mt19937 rng(1);
  for (auto _ : state) {
    const ActorId a = SkewedActor(rng);
    const Interval w = RandomMonth(rng);
    const Date first = w.begin().FirstDay(), last = w.end().LastDay();
    size_t n = 0;
    for (uint32_t i = 0; i < g.statement_count(); ++i) {
      const StatementView s = g.statement(StatementId(i));
      if (s.speaker() != a || !s.date().is_known()) continue;
      if (s.date().FirstDay() <= last && first <= s.date().LastDay()) {
        ++n;
      }
    }
    benchmark::DoNotOptimize(n);
  }
}
BENCHMARK(BM_Baseline_FullScan)->Unit(benchmark::kMillisecond);

void BM_Query_SpeakerMonth(benchmark::State& state) {
  const Graph& g = BenchGraph();
  std::mt19937 rng(2);
  size_t total = 0;
  for (auto _ : state) {
    StatementQuery q(g);
    q.By(SkewedActor(rng)).During(RandomMonth(rng));
    total += Drain(q);
  }
  state.counters["matches/query"] = benchmark::Counter(
      static_cast<double>(total), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_Query_SpeakerMonth)->Unit(benchmark::kMicrosecond);

void BM_Query_PairYear(benchmark::State& state) {
  const Graph& g = BenchGraph();
  std::mt19937 rng(3);
  size_t total = 0;
  for (auto _ : state) {
    StatementQuery q(g);
    q.Between(ActorId(rng() % 20), ActorId(rng() % 20)).During(RandomYear(rng));
    total += Drain(q);
  }
  state.counters["matches/query"] = benchmark::Counter(
      static_cast<double>(total), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_Query_PairYear)->Unit(benchmark::kMicrosecond);

void BM_Query_StateWithAffiliatesMonth(benchmark::State& state) {
  const Graph& g = BenchGraph();
  std::mt19937 rng(4);
  size_t total = 0;
  for (auto _ : state) {
    StatementQuery q(g);
    q.By(ActorId(rng() % kStates)).WithAffiliates().During(RandomMonth(rng));
    total += Drain(q);
  }
  state.counters["matches/query"] = benchmark::Counter(
      static_cast<double>(total), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_Query_StateWithAffiliatesMonth)->Unit(benchmark::kMicrosecond);

void BM_Query_WholeGraphMonthCodePrefix(benchmark::State& state) {
  const Graph& g = BenchGraph();
  std::mt19937 rng(5);
  size_t total = 0;
  for (auto _ : state) {
    StatementQuery q(g);
    q.During(RandomMonth(rng)).EventCode("05*");
    total += Drain(q);
  }
  state.counters["matches/query"] = benchmark::Counter(
      static_cast<double>(total), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_Query_WholeGraphMonthCodePrefix)->Unit(benchmark::kMicrosecond);

// The first page of a query that matches every statement: paging must not
// touch the other 999,900.
void BM_Query_FirstPageOfAMillion(benchmark::State& state) {
  const Graph& g = BenchGraph();
  for (auto _ : state) {
    StatementQuery q(g);
    benchmark::DoNotOptimize(q.Page(100)->ids.size());
  }
}
BENCHMARK(BM_Query_FirstPageOfAMillion)->Unit(benchmark::kMicrosecond);

// Iterating all million matches lazily.
void BM_Query_IterateAMillion(benchmark::State& state) {
  const Graph& g = BenchGraph();
  for (auto _ : state) {
    StatementQuery q(g);
    benchmark::DoNotOptimize(Drain(q));
  }
}
BENCHMARK(BM_Query_IterateAMillion)->Unit(benchmark::kMillisecond);

void BM_Timeline_PairYear(benchmark::State& state) {
  const Graph& g = BenchGraph();
  std::mt19937 rng(6);
  for (auto _ : state) {
    ActorId a(rng() % 20), b(rng() % 20);
    if (a == b) b = ActorId(a.value + 1);
    absl::StatusOr<PairTimeline> t =
        PairTimeline::Make(g, a, b, RandomYear(rng));
    TimelineEntry e;
    size_t n = 0;
    while (t->Next(&e)) ++n;
    benchmark::DoNotOptimize(n);
  }
}
BENCHMARK(BM_Timeline_PairYear)->Unit(benchmark::kMicrosecond);

void BM_AsOf_MembersOfStateTransitive(benchmark::State& state) {
  const Graph& g = BenchGraph();
  std::mt19937 rng(7);
  for (auto _ : state) {
    const Date day = *Date::FromYearMonthDay(
        kFirstYear + static_cast<int>(rng() % kYears), 6, 1);
    benchmark::DoNotOptimize(
        MembersOn(g, ActorId(rng() % kStates), day, {.transitive = true})
            ->size());
  }
}
BENCHMARK(BM_AsOf_MembersOfStateTransitive)->Unit(benchmark::kMicrosecond);

void BM_AsOf_RelationshipsOfActor(benchmark::State& state) {
  const Graph& g = BenchGraph();
  std::mt19937 rng(8);
  for (auto _ : state) {
    const Date day = *Date::FromYearMonthDay(
        kFirstYear + static_cast<int>(rng() % kYears), 6, 1);
    benchmark::DoNotOptimize(RelationshipsOn(g, SkewedActor(rng), day)->size());
  }
}
BENCHMARK(BM_AsOf_RelationshipsOfActor)->Unit(benchmark::kMicrosecond);

void BM_History_Pair(benchmark::State& state) {
  const Graph& g = BenchGraph();
  std::mt19937 rng(9);
  for (auto _ : state) {
    const Relationship& r =
        g.relationship(RelationshipId(rng() % g.relationship_count()));
    benchmark::DoNotOptimize(
        HistoryOf(g, r.from, r.to, r.label)->supporting.size());
  }
}
BENCHMARK(BM_History_Pair)->Unit(benchmark::kMicrosecond);

void BM_Paths_ShortestInAYear(benchmark::State& state) {
  const Graph& g = BenchGraph();
  std::mt19937 rng(10);
  for (auto _ : state) {
    PathOptions opt;
    opt.filter.kinds = EdgeKindMask::kStatement;
    opt.filter.window = RandomYear(rng);
    opt.max_paths = 4;
    benchmark::DoNotOptimize(ShortestPaths(g, ActorId(rng() % kActors),
                                           ActorId(rng() % kActors), opt)
                                 ->size());
  }
}
BENCHMARK(BM_Paths_ShortestInAYear)->Unit(benchmark::kMillisecond);

// The standard workload's Q5 through the library: the fewest hops between
// two actors over every statement (open window), one path. One end is
// skewed toward the busiest actors.
void BM_Paths_ShortestOpenWindowOnePath(benchmark::State& state) {
  const Graph& g = BenchGraph();
  std::mt19937 rng(14);
  PathOptions opt;
  opt.filter.kinds = EdgeKindMask::kStatement;
  opt.max_paths = 1;
  for (auto _ : state) {
    const ActorId a = SkewedActor(rng);
    const ActorId b(rng() % kActors);
    benchmark::DoNotOptimize(ShortestPaths(g, a, b, opt)->size());
  }
}
BENCHMARK(BM_Paths_ShortestOpenWindowOnePath)->Unit(benchmark::kMicrosecond);

// The same with up to 16 paths (the default) and direction followed.
void BM_Paths_ShortestOpenWindowDirected16(benchmark::State& state) {
  const Graph& g = BenchGraph();
  std::mt19937 rng(15);
  PathOptions opt;
  opt.filter.kinds = EdgeKindMask::kStatement;
  opt.follow_direction = true;
  for (auto _ : state) {
    const ActorId a = SkewedActor(rng);
    const ActorId b(rng() % kActors);
    benchmark::DoNotOptimize(ShortestPaths(g, a, b, opt)->size());
  }
}
BENCHMARK(BM_Paths_ShortestOpenWindowDirected16)->Unit(benchmark::kMicrosecond);

void BM_Paths_DijkstraInAYear(benchmark::State& state) {
  const Graph& g = BenchGraph();
  std::mt19937 rng(11);
  for (auto _ : state) {
    PathOptions opt;
    opt.filter.kinds = EdgeKindMask::kStatement;
    opt.filter.window = RandomYear(rng);
    opt.weight = [](const NetworkEdge& e) { return 1.0 + (e.record % 3); };
    benchmark::DoNotOptimize(ShortestPaths(g, ActorId(rng() % kActors),
                                           ActorId(rng() % kActors), opt)
                                 ->size());
  }
}
BENCHMARK(BM_Paths_DijkstraInAYear)->Unit(benchmark::kMillisecond);

void BM_Ego_TwoHopsInAMonth(benchmark::State& state) {
  const Graph& g = BenchGraph();
  std::mt19937 rng(12);
  for (auto _ : state) {
    NetworkFilter f;
    f.kinds = EdgeKindMask::kStatement;
    f.window = RandomMonth(rng);
    benchmark::DoNotOptimize(
        EgoNetworkOf(g, SkewedActor(rng), 2, {.filter = f})->edges.size());
  }
}
BENCHMARK(BM_Ego_TwoHopsInAMonth)->Unit(benchmark::kMillisecond);

void BM_Components_Month(benchmark::State& state) {
  const Graph& g = BenchGraph();
  std::mt19937 rng(13);
  for (auto _ : state) {
    NetworkFilter f;
    f.window = RandomMonth(rng);
    benchmark::DoNotOptimize(ConnectedComponents(g, f).count);
  }
}
BENCHMARK(BM_Components_Month)->Unit(benchmark::kMillisecond);

void BM_Centrality_DegreePageRankMonth(benchmark::State& state) {
  const Graph& g = BenchGraph();
  std::mt19937 rng(14);
  for (auto _ : state) {
    CentralityOptions opt;
    opt.filter.kinds = EdgeKindMask::kStatement;
    opt.filter.window = RandomMonth(rng);
    opt.betweenness = false;
    benchmark::DoNotOptimize(Centrality(g, opt).size());
  }
}
BENCHMARK(BM_Centrality_DegreePageRankMonth)->Unit(benchmark::kMillisecond);

void BM_Centrality_BetweennessMonth(benchmark::State& state) {
  const Graph& g = BenchGraph();
  std::mt19937 rng(15);
  for (auto _ : state) {
    CentralityOptions opt;
    opt.filter.kinds = EdgeKindMask::kStatement;
    opt.filter.window = RandomMonth(rng);
    opt.pagerank = false;
    benchmark::DoNotOptimize(Centrality(g, opt).size());
  }
}
BENCHMARK(BM_Centrality_BetweennessMonth)->Unit(benchmark::kMillisecond);

void BM_Aggregate_PairByMonthAndQuadClass(benchmark::State& state) {
  const Graph& g = BenchGraph();
  std::mt19937 rng(16);
  const EventWeightFn w = WeightTable({{"01", 0.0}, {"05", 3.5}, {"11", -2.0}});
  for (auto _ : state) {
    StatementQuery q(g);
    q.Between(ActorId(rng() % 20), ActorId(rng() % 20));
    benchmark::DoNotOptimize(
        Aggregate(q, Period::kMonth, GroupBy::kQuadClass, w)->rows.size());
  }
}
BENCHMARK(BM_Aggregate_PairByMonthAndQuadClass)->Unit(benchmark::kMicrosecond);

void BM_Aggregate_WholeGraphByYearAndRoot(benchmark::State& state) {
  const Graph& g = BenchGraph();
  for (auto _ : state) {
    StatementQuery q(g);
    benchmark::DoNotOptimize(
        Aggregate(q, Period::kYear, GroupBy::kEventRoot)->rows.size());
  }
}
BENCHMARK(BM_Aggregate_WholeGraphByYearAndRoot)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace diplograph

BENCHMARK_MAIN();
