// Exporters on an ICEWS-like graph, each against writing the same bytes
// with fwrite from a prepared buffer (the floor for any exporter), both
// into files in the same directory and both synced, as ExportGraphFile
// syncs. The graph is loaded once from the quadruples file given with
// --events (build/bench/generate_events writes one).
//
//   build/bench/generate_events --rows 1000000 --seed 1 > build/events.1m.tsv
//   build/bench/export_benchmark --events build/events.1m.tsv --out build
//       --benchmark_repetitions=3     (one command line)
//
// --keep FILE also writes the GraphML export to FILE (for
// bench/export_networkx.py, which reads it with networkx).
//
// BM_Export_<Format> runs ExportGraphFile; BM_Fwrite_<Format> writes the
// bytes of that export (made once, untimed) with fwrite, fflush and fsync.
// Rates are output bytes per second.

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "diplograph/export.h"
#include "diplograph/graph.h"
#include "diplograph/icews.h"

namespace dg = diplograph;

namespace {

std::string g_events;
std::string g_out = ".";
std::string g_keep;  // --keep: also write the GraphML export here
dg::Graph* g_graph = nullptr;

const dg::Graph& TheGraph() {
  if (g_graph == nullptr) {
    g_graph = new dg::Graph();
    dg::IcewsImportOptions options;
    options.mode = dg::ImportMode::kLenient;
    const absl::Status s =
        dg::ImportIcewsQuadruplesFile(g_events, *g_graph, options);
    if (!s.ok()) {
      std::cerr << "export_benchmark: " << s << "\n";
      std::exit(1);
    }
  }
  return *g_graph;
}

std::string OutPath(dg::ExportFormat format) {
  return absl::StrCat(g_out, "/export_benchmark.",
                      dg::ExportFormatName(format));
}

bool IsDirectoryFormat(dg::ExportFormat format) {
  return format == dg::ExportFormat::kNeo4jCsv ||
         format == dg::ExportFormat::kParquet;
}

// The bytes of an export: one buffer per file (one file but for the
// directory formats, Neo4j and Parquet).
std::vector<std::string> Prepared(dg::ExportFormat format) {
  std::vector<std::string> files;
  if (!IsDirectoryFormat(format)) {
    std::ostringstream out;
    if (!dg::ExportGraph(TheGraph(), format, out).ok()) std::exit(1);
    files.push_back(std::move(out).str());
    return files;
  }
  const std::string dir = OutPath(format) + ".prepared";
  std::filesystem::remove_all(dir);
  if (!dg::ExportGraphFile(TheGraph(), format, dir).ok()) std::exit(1);
  std::vector<std::string> paths;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) paths.push_back(e.path().string());
  }
  std::sort(paths.begin(), paths.end());
  for (const std::string& path : paths) {
    FILE* in = std::fopen(path.c_str(), "rb");
    std::string text;
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof(buf), in)) > 0) text.append(buf, n);
    std::fclose(in);
    files.push_back(std::move(text));
  }
  std::filesystem::remove_all(dir);
  return files;
}

void BM_Export(benchmark::State& state, dg::ExportFormat format) {
  const dg::Graph& graph = TheGraph();
  const std::string path = OutPath(format);
  const bool dir = IsDirectoryFormat(format);
  size_t bytes = 0;
  for (const std::string& f : Prepared(format)) bytes += f.size();
  for (auto _ : state) {
    if (dir) {
      state.PauseTiming();
      std::system(absl::StrCat("rm -rf '", path, "'").c_str());
      state.ResumeTiming();
    }
    const absl::Status s = dg::ExportGraphFile(graph, format, path);
    if (!s.ok()) state.SkipWithError(std::string(s.message()).c_str());
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes * state.iterations()));
  state.counters["MB"] = static_cast<double>(bytes) / 1e6;
  if (dir) std::system(absl::StrCat("rm -rf '", path, "'").c_str());
  std::remove(path.c_str());
}

void BM_Fwrite(benchmark::State& state, dg::ExportFormat format) {
  const std::vector<std::string> files = Prepared(format);
  size_t bytes = 0;
  for (const std::string& f : files) bytes += f.size();
  const std::string base = OutPath(format) + ".fwrite";
  for (auto _ : state) {
    for (size_t i = 0; i < files.size(); ++i) {
      const std::string path = absl::StrCat(base, i);
      FILE* out = std::fopen(path.c_str(), "wb");
      std::fwrite(files[i].data(), 1, files[i].size(), out);
      std::fflush(out);
      fsync(fileno(out));
      std::fclose(out);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes * state.iterations()));
  for (size_t i = 0; i < files.size(); ++i) {
    std::remove(absl::StrCat(base, i).c_str());
  }
}

#define DIPLOGRAPH_EXPORT_BENCHMARKS(Name, format) \
  BENCHMARK_CAPTURE(BM_Export, Name, format)       \
      ->Unit(benchmark::kMillisecond)              \
      ->UseRealTime()                              \
      ->MinTime(2);                                \
  BENCHMARK_CAPTURE(BM_Fwrite, Name, format)       \
      ->Unit(benchmark::kMillisecond)              \
      ->UseRealTime()                              \
      ->MinTime(2)

DIPLOGRAPH_EXPORT_BENCHMARKS(GraphML, dg::ExportFormat::kGraphML);
DIPLOGRAPH_EXPORT_BENCHMARKS(Gexf, dg::ExportFormat::kGexf);
DIPLOGRAPH_EXPORT_BENCHMARKS(Dot, dg::ExportFormat::kDot);
DIPLOGRAPH_EXPORT_BENCHMARKS(NQuads, dg::ExportFormat::kNQuads);
DIPLOGRAPH_EXPORT_BENCHMARKS(Neo4jCsv, dg::ExportFormat::kNeo4jCsv);
DIPLOGRAPH_EXPORT_BENCHMARKS(Parquet, dg::ExportFormat::kParquet);

}  // namespace

int main(int argc, char** argv) {
  // Our own flags first, then Google Benchmark's.
  std::vector<char*> rest = {argv[0]};
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--events" && i + 1 < argc) {
      g_events = argv[++i];
    } else if (arg == "--out" && i + 1 < argc) {
      g_out = argv[++i];
    } else if (arg == "--keep" && i + 1 < argc) {
      g_keep = argv[++i];
    } else {
      rest.push_back(argv[i]);
    }
  }
  if (g_events.empty()) {
    std::cerr << "usage: export_benchmark --events QUADRUPLES.tsv [--out DIR] "
                 "[benchmark flags]\n";
    return 2;
  }
  int n = static_cast<int>(rest.size());
  benchmark::Initialize(&n, rest.data());
  TheGraph();
  if (!g_keep.empty()) {
    const absl::Status s =
        dg::ExportGraphFile(TheGraph(), dg::ExportFormat::kGraphML, g_keep);
    if (!s.ok()) {
      std::cerr << "export_benchmark: " << s << "\n";
      return 1;
    }
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  delete g_graph;
  return 0;
}
