// libFuzzer target for the dictionary reader, lint and importer.
//
// The first byte picks the options (format, PETRARCH semantics, pivot);
// the rest is the dictionary text. Beyond "no crash, no sanitizer report",
// it checks that a strict read that succeeds agrees with the lenient read,
// that a lenient read's entries import leniently without error, and that a
// failed strict import leaves the graph as it was.
//
// Build and run: see fuzz/CMakeLists.txt.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "absl/strings/string_view.h"
#include "diplograph/dictionary.h"
#include "diplograph/graph.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace diplograph;
  if (size == 0) return 0;
  const uint8_t knobs = data[0];
  absl::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);

  DictionaryOptions options;
  options.format = static_cast<DictionaryFormat>(knobs % 3);
  options.petrarch_compatible = (knobs & 0x4) != 0;
  options.two_digit_year_pivot = (knobs & 0x8) != 0 ? 0 : 30;
  options.max_line_bytes = 4096;
  options.max_problems = 16;

  DictionaryReport strict_report;
  absl::StatusOr<Dictionary> strict =
      ParseDictionary(text, "fuzz", options, &strict_report);
  DictionaryOptions lenient_options = options;
  lenient_options.mode = ImportMode::kLenient;
  DictionaryReport lenient_report;
  absl::StatusOr<Dictionary> lenient =
      ParseDictionary(text, "fuzz", lenient_options, &lenient_report);
  Check(lenient.ok());
  if (strict.ok()) {
    Check(strict_report.problem_count == 0);
    Check(lenient_report.problem_count == 0);
    Check(strict->entries.size() == lenient->entries.size());
    Check(strict->code_count() == lenient->code_count());
  } else {
    Check(lenient_report.problem_count > 0);
  }

  for (const LintFinding& f : LintDictionary(*lenient)) {
    Check(!f.ToString().empty());
  }
  const Date day = *Date::FromYearMonthDay(2014, 3, 18);
  for (const DictionaryEntry& e : lenient->entries) {
    for (const DictionaryCode* c : CodesOn(*lenient, e, day)) {
      Check(c->problem.empty());
    }
    for (const DictionaryPhrase& p : e.phrases) (void)p.Readable();
  }

  if (lenient->format == DictionaryFormat::kActors) {
    Graph graph;
    Check(ImportActorDictionary(*lenient, graph, lenient_options).ok());
    const size_t actors = graph.actor_count();
    absl::Status s = ImportActorDictionary(*lenient, graph, options);
    if (!s.ok()) Check(graph.actor_count() == actors);
  }
  return 0;
}
