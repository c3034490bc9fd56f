// bench/workload: the standard workload (WORKLOAD.md) on diplograph.
//
//   workload DATA.tsv [PARAMS.tsv] [--reps N] [--threads N] [--write-params OUT.tsv]
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

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "diplograph/graph.h"
#include "diplograph/icews.h"
#include "diplograph/network.h"
#include "workload/graph_queries.h"
#include "workload/workload_common.h"

namespace dw = diplograph::workload;

int main(int argc, char** argv) {
  std::string data, params, write_params;
  int min_reps = 5;
  diplograph::IcewsImportOptions import_options;  // threads: one per core
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--reps" && i + 1 < argc) {
      min_reps = std::atoi(argv[++i]);
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
                 "[--threads N] [--write-params OUT]\n";
    return 2;
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
               "L parts: import %.6f s, neighbour index %.6f s; peak RSS "
               "after the import %.1f MB\n",
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
