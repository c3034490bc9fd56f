// bench/workload: the standard workload (WORKLOAD.md) on diplograph.
//
//   workload DATA.tsv [PARAMS.tsv] [--reps N] [--threads N]
//            [--write-params OUT.tsv] [--loop PHASE SECONDS] [--q7-scans N]
//            [--q7-lists]
//
// --threads sets IcewsImportOptions::threads (default 0: one per core).
//
// Loads DATA.tsv (ICEWS quadruples) with ImportIcewsQuadruplesFile and builds
// the neighbour index the graph queries use (both timed as L), then runs the
// query phases Q1-Q7 through the library's public query API
// (workload/graph_queries.h) and prints one line per phase
// (`Qk <median seconds> <token> reps=<n>`), then peak_rss_mb. How L splits
// between the import and the neighbour index goes to stderr.
// Without PARAMS.tsv the instances are derived from the data by the rules of
// WORKLOAD.md (and can be written with --write-params).
//
// For profiling (`perf record`, `valgrind --tool=callgrind`), --loop PHASE
// SECONDS runs only that phase's batch over and over for about SECONDS
// (after the load) and prints the mean batch time instead of the phases;
// --loop L SECONDS repeats the import alone (into a new graph each time) and
// prints its mean and fastest time.
//
// --q7-scans ROUNDS compares, instead of the phases, the ways to get the
// degrees of Q7 over windows of one month, the Q7 window, the six years
// up to it, nine years (those and three more), and everything (issue 13):
// StatementDegreesDuring with each DegreeScan (the global date index walked in
// date order, the window's ids marked in a bitmap and read in id order, the
// whole table read in id order) on one thread and on two, and kAuto with its
// default threads; with --q7-lists also per-actor counts from each actor's own
// date-sorted lists (By(x).During(w) and About(x).During(w) for every actor:
// two binary searches each, the prefix counts the store's sorted lists already
// are, no extra memory). It checks that all agree and prints the median of
// ROUNDS interleaved calls.

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "diplograph/centrality.h"
#include "diplograph/graph.h"
#include "diplograph/icews.h"
#include "diplograph/network.h"
#include "diplograph/statement_query.h"
#include "workload/graph_queries.h"
#include "workload/workload_common.h"

namespace dw = diplograph::workload;

namespace {

// Degrees from each actor's own lists: the length of the window's slice of
// its speaker list and of its target list, read from single-run cursors.
std::vector<diplograph::StatementDegree> DegreesFromActorLists(
    const diplograph::Graph& graph, const diplograph::Interval& window) {
  std::vector<diplograph::StatementDegree> out(graph.actor_count());
  for (uint32_t i = 0; i < out.size(); ++i) {
    const diplograph::ActorId x(i);
    diplograph::StatementQuery by(graph), about(graph);
    by.By(x).During(window);
    about.About(x).During(window);
    out[i].out = static_cast<uint32_t>(by.Run()->candidates_left());
    out[i].in = static_cast<uint32_t>(about.Run()->candidates_left());
  }
  return out;
}

int CompareQ7Scans(const diplograph::Graph& graph,
                   const std::vector<dw::Instance>& instances, int rounds,
                   bool with_actor_lists) {
  const dw::Instance* q7 = nullptr;
  for (const dw::Instance& i : instances) {
    if (i.phase == "Q7") q7 = &i;
  }
  if (q7 == nullptr) {
    std::cerr << "no Q7 instance\n";
    return 2;
  }
  absl::StatusOr<diplograph::Interval> year =
      diplograph::Interval::Make(*diplograph::Date::Parse(q7->args[0]),
                                 *diplograph::Date::Parse(q7->args[1]));
  if (!year.ok()) {
    std::cerr << year.status() << "\n";
    return 1;
  }
  const diplograph::Date first = year->begin();
  const std::vector<std::pair<std::string, diplograph::Interval>> windows = {
      {"one month", *diplograph::Interval::Make(
                        first, *diplograph::Date::FromYearMonthDay(
                                   first.year(), first.month(), 28))},
      {"Q7 window", *year},
      {"six years", *diplograph::Interval::Make(
                        *diplograph::Date::FromYear(first.year() - 5),
                        *diplograph::Date::FromYear(first.year()))},
      {"nine years", *diplograph::Interval::Make(
                         *diplograph::Date::FromYear(first.year() - 5),
                         *diplograph::Date::FromYear(first.year() + 3))},
      {"everything", diplograph::Interval()}};
  using Fn = std::function<std::vector<diplograph::StatementDegree>(
      const diplograph::Interval&)>;
  std::vector<std::pair<std::string, Fn>> ways;
  const std::pair<const char*, diplograph::DegreeScan> scans[] = {
      {"date index", diplograph::DegreeScan::kDateIndex},
      {"id order (bitmap)", diplograph::DegreeScan::kIdOrder},
      {"table pass", diplograph::DegreeScan::kTable}};
  for (int threads : {1, 2}) {
    for (const auto& [name, scan] : scans) {
      ways.emplace_back(
          absl::StrCat(name, ", ", threads, " thread", threads > 1 ? "s" : ""),
          [&graph, scan = scan, threads](const diplograph::Interval& w) {
            return diplograph::StatementDegreesDuring(graph, w, scan, threads);
          });
    }
  }
  ways.emplace_back("kAuto, default threads",
                    [&](const diplograph::Interval& w) {
                      return diplograph::StatementDegreesDuring(graph, w);
                    });
  if (with_actor_lists) {
    ways.emplace_back("per-actor list counts",
                      [&](const diplograph::Interval& w) {
                        return DegreesFromActorLists(graph, w);
                      });
  }
  for (const auto& [wname, w] : windows) {
    std::vector<std::vector<double>> times(ways.size());
    std::vector<std::vector<diplograph::StatementDegree>> got(ways.size());
    for (int r = 0; r < rounds; ++r) {
      for (size_t k = 0; k < ways.size(); ++k) {
        const double t0 = dw::Now();
        got[k] = ways[k].second(w);
        times[k].push_back(dw::Now() - t0);
      }
    }
    for (size_t k = 1; k < ways.size(); ++k) {
      for (size_t a = 0; a < got[0].size(); ++a) {
        if (got[k][a].out != got[0][a].out || got[k][a].in != got[0][a].in) {
          std::cerr << ways[k].first << " differs for actor " << a << " in "
                    << wname << "\n";
          return 1;
        }
      }
    }
    for (size_t k = 0; k < ways.size(); ++k) {
      std::sort(times[k].begin(), times[k].end());
      std::printf("Q7 scan\t%s\t%s\t%.6f ms median\t%.6f ms min\n",
                  wname.c_str(), ways[k].first.c_str(),
                  times[k][times[k].size() / 2] * 1e3, times[k][0] * 1e3);
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string data, params, write_params, loop_phase;
  double loop_seconds = 0;
  int q7_rounds = 0;
  bool q7_lists = false;
  int min_reps = 5;
  diplograph::IcewsImportOptions import_options;  // threads: one per core
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--reps" && i + 1 < argc) {
      min_reps = std::atoi(argv[++i]);
    } else if (arg == "--loop" && i + 2 < argc) {
      loop_phase = argv[++i];
      loop_seconds = std::atof(argv[++i]);
    } else if (arg == "--q7-scans" && i + 1 < argc) {
      q7_rounds = std::atoi(argv[++i]);
    } else if (arg == "--q7-lists") {
      q7_lists = true;
    } else if (arg == "--threads" && i + 1 < argc) {
      import_options.threads = std::atoi(argv[++i]);
    } else if (arg == "--write-params" && i + 1 < argc) {
      write_params = argv[++i];
    } else if (data.empty()) {
      data = arg;
    } else if (params.empty()) {
      params = arg;
    } else {
      std::cerr << "unexpected argument " << arg << "\n";
      return 2;
    }
  }
  if (data.empty()) {
    std::cerr << "usage: workload DATA.tsv [PARAMS.tsv] [--reps N] "
                 "[--threads N] [--write-params OUT] [--loop PHASE SECONDS] "
                 "[--q7-scans ROUNDS [--q7-lists]]\n";
    return 2;
  }

  if (loop_phase == "L") {
    const double start = dw::Now();
    int64_t loads = 0;
    double fastest = 1e30;
    while (loads == 0 || dw::Now() - start < loop_seconds) {
      diplograph::Graph g;
      const double t = dw::Now();
      const absl::Status st =
          diplograph::ImportIcewsQuadruplesFile(data, g, import_options);
      if (!st.ok()) {
        std::cerr << st << "\n";
        return 1;
      }
      fastest = std::min(fastest, dw::Now() - t);
      ++loads;
    }
    std::printf("L loop %.9f s/import fastest %.9f s imports=%lld\n",
                (dw::Now() - start) / loads, fastest,
                static_cast<long long>(loads));
    return 0;
  }

  // L: load and index, the neighbour index included.
  diplograph::Graph graph;
  const double t0 = dw::Now();
  diplograph::IcewsImportReport report;
  const absl::Status status = diplograph::ImportIcewsQuadruplesFile(
      data, graph, import_options, &report);
  if (!status.ok()) {
    std::cerr << status << "\n";
    return 1;
  }
  const double imported = dw::Now();
  const double import_peak_mb = dw::PeakRssMb();
  dw::GraphQueries queries(graph);
  const double load = dw::Now() - t0;
  // Not part of the output format: how L splits (on stderr).
  std::fprintf(stderr,
               "L parts: import %.6f s, neighbour index and name ranks %.6f "
               "s; peak RSS after the import %.1f MB\n",
               imported - t0, load - (imported - t0), import_peak_mb);
  {
    // The index Q3-Q5 use (cached: this call does not build it again).
    const auto index =
        diplograph::NeighboursOf(graph, diplograph::EdgeKindMask::kStatement);
    std::fprintf(stderr,
                 "neighbour index: %zu bytes, %zu distinct links out, %zu "
                 "both ways, %zu actors\n",
                 index->bytes(),
                 index->link_count(diplograph::NeighbourIndex::kOut),
                 index->link_count(diplograph::NeighbourIndex::kBoth),
                 index->actor_count());
  }
  std::printf("L %.6f rows=%llu reps=1\n", load,
              static_cast<unsigned long long>(report.statements_added));
  std::fflush(stdout);

  std::vector<dw::Instance> instances;
  if (!params.empty()) {
    absl::StatusOr<std::vector<dw::Instance>> read = dw::ReadParams(params);
    if (!read.ok()) {
      std::cerr << read.status() << "\n";
      return 1;
    }
    instances = *std::move(read);
  } else {
    const dw::Derived derived = queries.Derive();
    instances = dw::MakeInstances(derived);
    if (!write_params.empty()) {
      std::ofstream out(write_params, std::ios::binary);
      out << dw::ParamsText(derived, data);
    }
  }

  if (q7_rounds > 0)
    return CompareQ7Scans(graph, instances, q7_rounds, q7_lists);

  if (!loop_phase.empty()) {
    std::vector<const dw::Instance*> batch;
    for (const dw::Instance& i : instances) {
      if (i.phase == loop_phase) batch.push_back(&i);
    }
    if (batch.empty()) {
      std::cerr << "no instance of " << loop_phase << "\n";
      return 2;
    }
    const double start = dw::Now();
    int64_t batches = 0;
    size_t rows = 0;
    while (dw::Now() - start < loop_seconds) {
      for (const dw::Instance* inst : batch) {
        absl::StatusOr<dw::Result> r = queries.Run(*inst);
        if (!r.ok()) {
          std::cerr << loop_phase << ": " << r.status() << "\n";
          return 1;
        }
        rows += r->rows.size();
      }
      ++batches;
    }
    std::printf("%s loop %.9f s/batch batches=%lld rows=%zu\n",
                loop_phase.c_str(), (dw::Now() - start) / batches,
                static_cast<long long>(batches), rows);
    return 0;
  }

  for (const std::string& phase : dw::Phases()) {
    std::vector<const dw::Instance*> batch;
    for (const dw::Instance& i : instances) {
      if (i.phase == phase) batch.push_back(&i);
    }
    if (batch.empty()) continue;
    std::vector<dw::Result> results(batch.size());
    bool first = true;
    bool failed = false;
    const dw::Timing t = dw::TimeBatch(
        [&] {
          for (size_t k = 0; k < batch.size(); ++k) {
            absl::StatusOr<dw::Result> r = queries.Run(*batch[k]);
            if (!r.ok()) {
              if (first) std::cerr << phase << ": " << r.status() << "\n";
              failed = true;
              continue;
            }
            if (first) results[k] = *std::move(r);
          }
          first = false;
        },
        min_reps);
    if (failed) return 1;
    std::vector<std::string> tokens;
    for (const dw::Result& r : results) tokens.push_back(dw::Token(phase, r));
    std::printf("%s %.9f %s reps=%d\n", phase.c_str(), t.median_seconds,
                absl::StrJoin(tokens, ",").c_str(), t.reps);
    std::fflush(stdout);
  }
  std::printf("peak_rss_mb %.1f\n", dw::PeakRssMb());
  return 0;
}
