// JSON interchange: loading and saving whole graphs in the `diplograph/1`
// format, as one JSON document or as a JSON Lines stream (one record per
// line). The format is described in docs/json-format.md and by the JSON
// Schema in schema/diplograph-1.schema.json, which is built into the library.
//
//   diplograph::Graph graph;
//   diplograph::JsonLoadReport report;
//   absl::Status s = diplograph::LoadJsonFile("seed.json", graph, {}, &report);
//   if (!s.ok()) {
//     for (const diplograph::ImportProblem& p : report.problems) {
//       std::cerr << p.ToString() << "\n";  // seed.json:14:9:
//       statements[3].date: ...
//     }
//   }
//   s = diplograph::SaveJsonFile(graph, "out.json", {.pretty = true});
//
// Loading. References between records use ids local to the file ("a3",
// "src1"); loading maps them to graph ids. A reference that names no record
// of the file is looked up in the target graph: by ISO 3166-1 alpha-3 code,
// then by actor name or alias. A record may only reference records that come
// before it in the file (affiliations excepted: they may name any actor of
// the file), so that streams load in one pass.
//
// Merging. Loading into a non-empty graph merges: an actor of the file that
// matches an actor already in the graph (same ISO code, or else same name or
// alias, ignoring ASCII case) is not added again; its new aliases and
// affiliations are added to the existing actor. An ISO or CAMEO code that
// only one side has is taken (Graph::CorrectActor), and so is a kind when the
// graph's actor is an "organization" (the kind importers give an actor they
// know nothing more of); a kind or code both sides hold with different
// values is a conflict and is reported, never overwritten. A statement
// already in the graph (same speaker, date and text; the documents it brings
// are added to it as mentions), an identical source or
// event, and a relationship the graph already holds (its new evidence is
// added) are not added twice.
//
// Errors. The loader speaks the vocabulary of every importer (import.h).
// Every problem (an ImportProblem) names the file, line, column and the JSON
// path of the value (`statements[3].speaker`); problems are listed up to
// JsonLoadOptions::max_problems, where the load stops. A failed load leaves
// the graph exactly as it was. By default (ImportMode::kStrict) any problem
// fails the load; with ImportMode::kLenient good records stay and the report
// counts and explains the skipped ones. A record is kept whole or skipped
// whole: an actor whose affiliation fails at the end of the file is
// skipped, with the records naming it, by undoing the load and reading
// the input again (a stream that cannot seek back fails the load instead;
// the progress callback then starts again). Syntax errors in a whole document
// (truncated file, bad UTF-8, ...) always fail the load.
//
// Saving is deterministic (the same graph gives the same bytes) and
// crash-safe: SaveJsonFile writes a temporary file in the target's directory,
// flushes and syncs it, then renames it over the target.
//
// Thread safety: the functions are reentrant. A load changes its graph and
// needs exclusive access to it; a save only reads it and may run alongside
// other readers. A JSON Lines load may start worker threads
// (JsonLoadOptions::threads); they only parse, never touch the graph, and
// have ended when the call returns.

#ifndef DIPLOGRAPH_JSON_H_
#define DIPLOGRAPH_JSON_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "diplograph/graph.h"
#include "diplograph/import.h"

namespace diplograph {

// The value of the "format" member this library reads and writes.
inline constexpr absl::string_view kJsonFormatName = "diplograph/1";

// Whole document or JSON Lines.
enum class JsonLayout : uint8_t {
  kAuto = 0,      // by file name: ".jsonl" or ".ndjson" = lines, else document
  kDocument = 1,  // one JSON object with arrays of records
  kLines = 2,     // a header line, then one record per line
};

struct JsonLoadOptions {
  JsonLayout layout = JsonLayout::kAuto;
  // kLenient keeps the good records of a file with bad ones (see the file
  // comment).
  ImportMode mode = ImportMode::kStrict;
  // Stop after this many problems (the report says it stopped). >= 1.
  size_t max_problems = 100;
  // Also validate against the built-in JSON Schema. The loader's own checks
  // cover the same rules except the schema's limit of 256 characters on
  // local ids. The schema pass roughly doubles the time of a JSON Lines
  // load (see bench/README.md); turn it off for large trusted files.
  bool check_schema = true;
  // Deepest nesting of arrays and objects accepted.
  int max_depth = 32;
  // Longest JSON Lines line, and largest whole document, in bytes.
  size_t max_line_bytes = size_t{16} << 20;
  size_t max_document_bytes = size_t{1} << 31;
  // Threads for JSON Lines: with 2 or more, that many worker threads read
  // and parse the lines (with the schema pass) while the calling thread
  // decodes and adds the records in file order; the graph, the problems
  // and the counts are those of a load on one thread. 0 means one per
  // hardware core, except for an input known to be under 1 MiB (text in
  // memory, a regular file), parsed on the calling thread like 1 does.
  // Whole documents are always parsed on the calling thread.
  unsigned threads = 0;
  // Called every `progress_every_records` records and once at the end, from
  // the loading thread. May be empty. Bytes are those of the input consumed
  // (of the document parsed so far, or of the lines read).
  ImportProgressCallback progress = nullptr;
  uint64_t progress_every_records = 1 << 16;
};

// What a load did: the counts every importer gives (import.h). A JSON load
// lists problems up to max_problems and stops there, so problem_count is
// the number listed, and one more when it stopped. After a failed load
// records_skipped is 0.
struct JsonLoadReport : ImportReport {};

// Loads a document or stream from `text`; `file_name` is used in messages and
// (with JsonLayout::kAuto) to choose the layout.
// Returns OK, or the first problem's code with a message giving the number of
// problems and the first one: InvalidArgument for malformed or invalid data
// and conflicts, NotFound for unknown references, AlreadyExists for records
// the graph refuses as duplicates, ResourceExhausted for input over a limit.
// With ImportMode::kLenient, returns OK when only records were skipped.
// Time O(size of the input + work of the adds); memory O(size of the input)
// for documents, O(longest line) for JSON Lines (O(threads * (256 KiB +
// longest line)) with several threads).
absl::Status LoadJson(absl::string_view text, absl::string_view file_name,
                      Graph& graph, const JsonLoadOptions& options = {},
                      JsonLoadReport* report = nullptr);

// Loads a file. JSON Lines files are read in pieces (memory bounded by the
// longest line, not the file). Errors: as LoadJson; the errno-derived code
// (NotFound, PermissionDenied, ...) when the file cannot be opened,
// InvalidArgument for a directory, DataLoss when reading fails.
absl::Status LoadJsonFile(const std::string& path, Graph& graph,
                          const JsonLoadOptions& options = {},
                          JsonLoadReport* report = nullptr);

// Loads a JSON Lines stream from `in`. Errors: as LoadJson; DataLoss when
// the stream fails.
absl::Status LoadJsonLines(std::istream& in, absl::string_view file_name,
                           Graph& graph, const JsonLoadOptions& options = {},
                           JsonLoadReport* report = nullptr);

struct JsonSaveOptions {
  JsonLayout layout = JsonLayout::kAuto;  // kAuto: as LoadJsonFile decides
  // Indented output (documents only; lines are always compact).
  bool pretty = true;
  // When set, called as records are encoded with (records done, records in
  // all): every ceil(total / 1024) records and once when done == total (once
  // with (0, 0) for an empty graph), so at most 1,025 calls; from the
  // calling thread. Writing the encoded text to the file comes after the
  // last call. Empty by default (then free).
  std::function<void(uint64_t done, uint64_t total)> progress = {};
};

// The graph as a document or as JSON Lines (kAuto means document).
// Deterministic: records in id order, fields in a fixed order. O(size).
std::string ToJson(const Graph& graph, const JsonSaveOptions& options = {});

// Writes ToJson(graph, options) to `out`. Errors: DataLoss when the stream
// fails.
absl::Status WriteJson(const Graph& graph, std::ostream& out,
                       const JsonSaveOptions& options = {});

// Saves atomically to `path`: a temporary file in the same directory,
// written, flushed and synced, then renamed over `path`. On any failure the
// temporary file is removed and a previous file at `path` is left intact.
// Errors: the errno-derived code (NotFound for a missing directory,
// PermissionDenied, ResourceExhausted for a full disk or file-size limit,
// ...) with a message naming the path and the failing step.
absl::Status SaveJsonFile(const Graph& graph, const std::string& path,
                          const JsonSaveOptions& options = {});

// The built-in JSON Schema (draft-04) of the document layout; its
// definition "line" describes one JSON Lines record.
absl::string_view JsonSchemaText();

}  // namespace diplograph

#endif  // DIPLOGRAPH_JSON_H_
