// The vocabulary every importer shares: how strict it is, how it reports
// progress, and what it says about the records it could not take. The JSON
// loader (json.h), the ICEWS importers (icews.h) and every importer to come
// speak it, so that a program handles any input the same way:
//
//   diplograph::IcewsImportReport report;
//   absl::Status s = diplograph::ImportIcewsQuadruplesFile(
//       "events.tsv", graph, {.mode = diplograph::ImportMode::kLenient},
//       &report);
//   for (const diplograph::ImportProblem& p : report.problems) {
//     std::cerr << p.ToString() << "\n";  // events.tsv:12:1: date: ...
//   }
//
// Every importer
// - takes its input first (a text and a name for messages, a stream and a
//   name, or a path), then the graph it adds to, then its options, then an
//   optional report to fill: `Status ImportX(input, ..., Graph& graph,
//   const XOptions& options = {}, XReport* report = nullptr)`;
// - is strict by default (ImportMode::kStrict): any bad record fails the
//   import and the graph is left exactly as it was; with
//   ImportMode::kLenient a bad record is skipped whole (never kept in part),
//   the good ones stay, and the report lists the skipped ones;
// - names each problem by file, line, column (when known) and field path,
//   printed as `FILE:LINE:COL: PATH: message`;
// - lists at most `max_problems` problems in its report (options of every
//   importer carry that field) and counts all of them.
//
// Thread safety: these are plain values; see each importer for what it may
// run alongside.

#ifndef DIPLOGRAPH_IMPORT_H_
#define DIPLOGRAPH_IMPORT_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace diplograph {

// How an importer treats a bad record.
enum class ImportMode : uint8_t {
  kStrict = 0,   // any bad record fails the import; the graph is unchanged
  kLenient = 1,  // bad records are skipped whole and reported
};

// Progress of a running import, as passed to an importer's progress
// callback.
struct ImportProgress {
  uint64_t records = 0;  // records (rows, lines, entries) read so far
  uint64_t bytes = 0;    // input bytes consumed so far
};

// Called by an importer from the importing thread every so many records and
// once at the end.
using ImportProgressCallback = std::function<void(const ImportProgress&)>;

// One problem found while importing.
struct ImportProblem {
  std::string file;     // the name given to the importer
  uint64_t line = 0;    // 1-based; 0 when not tied to a place in the input
  uint32_t column = 0;  // 1-based, in characters; 0 when unknown
  std::string path;  // the field: "statements[3].speaker", "date"; may be empty
  std::string message;
  absl::StatusCode code = absl::StatusCode::kInvalidArgument;

  // "FILE:LINE:COL: PATH: message"; parts that are unknown are left out
  // ("FILE:LINE: message" without a column or path).
  std::string ToString() const;

  // A problem with the input `file` as a whole (it cannot be opened or
  // read): `status`'s message and code, no place.
  static ImportProblem OfFile(absl::string_view file,
                              const absl::Status& status);
};

// What an import did; an importer's own report type derives from it and
// adds what only its format has. Counts are of this import only. Records
// matched to ones already in the graph are counted as merged, not added.
// After a failed import nothing of the input is in the graph: the counts
// then say what was read before the import was abandoned.
struct ImportReport {
  // The first problems (at most the options' max_problems), in input order.
  std::vector<ImportProblem> problems;
  uint64_t problem_count = 0;  // all problems, listed or not
  bool stopped_early = false;  // the importer gave up before the end

  uint64_t records_read = 0;     // rows, lines or entries (headers excluded)
  uint64_t records_skipped = 0;  // bad records left out (kLenient only)
  uint64_t bytes_read = 0;

  uint64_t actors_added = 0, actors_merged = 0;
  uint64_t sources_added = 0, sources_merged = 0;
  uint64_t statements_added = 0, statements_merged = 0;
  uint64_t relationships_added = 0, relationships_merged = 0;
  uint64_t events_added = 0, events_merged = 0;
  uint64_t affiliations_added = 0, aliases_added = 0, evidence_added = 0;
  // Documents added to statements the graph held (Statement::mentions).
  uint64_t mentions_added = 0;
  // Empty fields of actors the graph held that the input filled (kind,
  // codes).
  uint64_t actor_fields_filled = 0;

  bool ok() const { return problem_count == 0; }

  // Counts `problem` and lists it when fewer than `max_problems` are
  // listed. Returns whether it was listed. O(1) amortised.
  bool AddProblem(ImportProblem problem, uint64_t max_problems);

  // What an importer does with a bad record: AddProblem, then in
  // ImportMode::kStrict marks the import stopped and returns the problem as
  // a status (its code, its text); in kLenient returns OK (the caller skips
  // the record). O(1) amortised.
  absl::Status RejectRecord(ImportProblem problem, ImportMode mode,
                            uint64_t max_problems);

  // A few readable lines: the counts that are not zero, then the listed
  // problems, one per line, and how many more there were.
  std::string ToString() const;

 protected:
  // ToString() with `extra` (a derived report's own lines, each ending in
  // a line end) after the counts and before the problems.
  std::string ToStringWith(absl::string_view extra) const;
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_IMPORT_H_
