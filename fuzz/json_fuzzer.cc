// libFuzzer target for the diplograph/1 JSON loader (documents and JSON
// Lines).
//
// The first byte picks the options (layout, schema pass, strict or lenient
// mode); the rest is the input. The graph already holds one actor and one
// statement, so that merging and references take part. Beyond "no crash, no
// sanitizer report", it checks the loader's promises:
// - a failed load leaves the graph exactly as it was (same JSON output);
// - a lenient load fails only where a strict one fails too;
// - a graph that loaded saves to JSON that loads again into an empty graph
//   and saves to the same bytes (the writer and reader agree);
// - for JSON Lines, a load with two worker threads (JsonLoadOptions::threads)
//   gives the status, problems, counts and graph of a load on one thread,
//   in both modes.
//
// Build and run: see fuzz/CMakeLists.txt and scripts/fuzz.sh.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "diplograph/graph.h"
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
  s.date = *Date::Parse("2024-11-08");
  s.text = "a seed statement";
  Check(graph.AddStatement(s).ok());
  return graph;
}

// Whether two reports of the same input list the same problems and counts.
bool SameReport(const diplograph::JsonLoadReport& a,
                const diplograph::JsonLoadReport& b) {
  if (a.problems.size() != b.problems.size()) return false;
  for (size_t i = 0; i < a.problems.size(); ++i) {
    if (a.problems[i].ToString() != b.problems[i].ToString()) return false;
  }
  return a.problem_count == b.problem_count &&
         a.stopped_early == b.stopped_early &&
         a.records_read == b.records_read &&
         a.records_skipped == b.records_skipped &&
         a.actors_added == b.actors_added &&
         a.actors_merged == b.actors_merged &&
         a.statements_added == b.statements_added &&
         a.statements_merged == b.statements_merged &&
         a.relationships_added == b.relationships_added &&
         a.relationships_merged == b.relationships_merged;
}

// Loads `text` again with two worker threads and checks that the outcome is
// the one-thread load's: `status`, `report` and the graph saved as `saved`.
void CheckThreaded(absl::string_view text,
                   const diplograph::JsonLoadOptions& one_thread,
                   const diplograph::JsonSaveOptions& save,
                   const absl::Status& status,
                   const diplograph::JsonLoadReport& report,
                   const std::string& saved) {
  using namespace diplograph;
  JsonLoadOptions threaded = one_thread;
  threaded.threads = 2;
  Graph graph = SeedGraph();
  JsonLoadReport threaded_report;
  const absl::Status s =
      LoadJson(text, "fuzz", graph, threaded, &threaded_report);
  Check(s == status);
  Check(SameReport(threaded_report, report));
  Check(ToJson(graph, save) == saved);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace diplograph;
  if (size == 0) return 0;
  const uint8_t knobs = data[0];
  absl::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);

  JsonLoadOptions options;
  options.layout =
      (knobs & 1) != 0 ? JsonLayout::kLines : JsonLayout::kDocument;
  options.check_schema = (knobs & 2) != 0;
  options.max_problems = 8;
  options.max_depth = 16;
  options.max_line_bytes = 1 << 16;
  options.max_document_bytes = 1 << 20;
  options.threads = 1;
  const bool lines = options.layout == JsonLayout::kLines;
  const JsonSaveOptions save{.layout = options.layout, .pretty = false};

  Graph strict_graph = SeedGraph();
  const std::string before = ToJson(strict_graph, save);
  JsonLoadReport strict_report;
  const absl::Status strict =
      LoadJson(text, "fuzz", strict_graph, options, &strict_report);
  const std::string after_strict = ToJson(strict_graph, save);
  if (!strict.ok()) {
    Check(after_strict == before);
    Check(!strict.message().empty());
  }
  if (lines) {
    CheckThreaded(text, options, save, strict, strict_report, after_strict);
  }

  JsonLoadOptions lenient_options = options;
  lenient_options.mode = ImportMode::kLenient;
  Graph lenient_graph = SeedGraph();
  JsonLoadReport lenient_report;
  const absl::Status lenient =
      LoadJson(text, "fuzz", lenient_graph, lenient_options, &lenient_report);
  const std::string after_lenient = ToJson(lenient_graph, save);
  if (lines) {
    CheckThreaded(text, lenient_options, save, lenient, lenient_report,
                  after_lenient);
  }
  if (!lenient.ok()) {
    Check(!strict.ok());
    Check(after_lenient == before);
  }
  if (strict.ok()) {
    // Nothing to skip: both modes build the same graph.
    Check(lenient.ok());
    Check(after_lenient == after_strict);
  }

  // The writer's output of whatever loaded reads back to the same bytes.
  if (lenient.ok()) {
    Graph reloaded;
    JsonLoadOptions again;
    again.layout = options.layout;
    const absl::Status s = LoadJson(after_lenient, "saved", reloaded, again);
    Check(s.ok());
    Check(ToJson(reloaded, save) == after_lenient);
  }
  return 0;
}
