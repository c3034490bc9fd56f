// libFuzzer target for the ICEWS importers (quadruples and full layout).
//
// The first byte picks the layout, the mode and whether repeated rows are
// skipped; the rest is the input. The graph already holds China and one
// statement, so that name resolution against existing actors takes part.
// Beyond "no crash, no sanitizer report", it checks the importers'
// promises:
// - a failed import leaves the graph exactly as it was (same JSON output);
// - a lenient import fails only where a strict one fails too (header or
//   read errors), and succeeds where the strict one does with the same
//   graph;
// - the report's counts add up: statements_added = records_read -
//   duplicates_skipped - records_skipped.
//
// Build and run: see fuzz/CMakeLists.txt and scripts/fuzz.sh.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "diplograph/graph.h"
#include "diplograph/icews.h"
#include "diplograph/json.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

diplograph::Graph SeedGraph() {
  using namespace diplograph;
  Graph graph;
  const ActorId china = *graph.AddActor(
      {.name = "China", .kind = ActorKind::kState, .iso3 = "CHN"});
  Statement s;
  s.speaker = china;
  s.date = *Date::Parse("2014-01-01");
  s.text = "a seed statement";
  Check(graph.AddStatement(s).ok());
  return graph;
}

absl::Status Import(bool full_layout, absl::string_view text,
                    diplograph::Graph& graph,
                    const diplograph::IcewsImportOptions& options,
                    diplograph::IcewsImportReport* report) {
  std::istringstream in{std::string(text)};
  return full_layout
             ? diplograph::ImportIcewsEvents(in, "fuzz", graph, options, report)
             : diplograph::ImportIcewsQuadruples(in, "fuzz", graph, options,
                                                 report);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace diplograph;
  if (size == 0) return 0;
  const uint8_t knobs = data[0];
  absl::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  const bool full_layout = (knobs & 1) != 0;

  IcewsImportOptions options;
  options.skip_repeated_rows = (knobs & 2) != 0;
  options.max_problems = 8;
  const JsonSaveOptions save{.layout = JsonLayout::kDocument, .pretty = false};

  Graph strict_graph = SeedGraph();
  const std::string before = ToJson(strict_graph, save);
  IcewsImportReport strict_report;
  const absl::Status strict =
      Import(full_layout, text, strict_graph, options, &strict_report);
  const std::string after_strict = ToJson(strict_graph, save);
  if (!strict.ok()) {
    Check(after_strict == before);
    Check(!strict.message().empty());
  } else {
    Check(strict_report.statements_added ==
          strict_report.records_read - strict_report.duplicates_skipped -
              strict_report.records_skipped);
  }

  IcewsImportOptions lenient_options = options;
  lenient_options.mode = ImportMode::kLenient;
  Graph lenient_graph = SeedGraph();
  IcewsImportReport lenient_report;
  const absl::Status lenient = Import(full_layout, text, lenient_graph,
                                      lenient_options, &lenient_report);
  const std::string after_lenient = ToJson(lenient_graph, save);
  if (!lenient.ok()) {
    Check(!strict.ok());
    Check(after_lenient == before);
  } else {
    Check(lenient_report.statements_added ==
          lenient_report.records_read - lenient_report.duplicates_skipped -
              lenient_report.records_skipped);
  }
  if (strict.ok()) {
    Check(lenient.ok());
    Check(after_lenient == after_strict);
  }
  return 0;
}
