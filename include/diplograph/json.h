// JSON interchange: loading and saving whole graphs in the `diplograph/1`
// format, as one JSON document or as a JSON Lines stream (one record per
// line). The format is described in docs/json-format.md and by the JSON
// Schema in schema/diplograph-1.schema.json, which is built into the library.
//
//   diplograph::Graph graph;
//   diplograph::JsonLoadReport report;
//   absl::Status s = diplograph::LoadJsonFile("seed.json", graph, {}, &report);
//   if (!s.ok()) {
//     for (const diplograph::JsonProblem& p : report.problems) {
//       std::cerr << p.ToString() << "\n";  // seed.json:14:9: statements[3].date: ...
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
// affiliations are added to the existing actor. A different kind, ISO code or
// CAMEO code is a conflict and is reported, never overwritten. A statement
// already in the graph (same speaker, date and text), an identical source or
// event, and a relationship the graph already holds (its new evidence is
// added) are not added twice.
//
// Errors. Every problem names the file, line, column and the JSON path of the
// value (`statements[3].speaker`); all problems are listed up to
// JsonLoadOptions::max_errors. A failed load leaves the graph exactly as it
// was, unless JsonLoadOptions::skip_bad_records is set: then good records
// stay and the report counts and explains the skipped ones. Syntax errors in a
// whole document (truncated file, bad UTF-8, ...) always fail the load.
//
// Saving is deterministic (the same graph gives the same bytes) and
// crash-safe: SaveJsonFile writes a temporary file in the target's directory,
// flushes and syncs it, then renames it over the target.
//
// Thread safety: the functions are reentrant. A load changes its graph and
// needs exclusive access to it; a save only reads it and may run alongside
// other readers.

#ifndef DIPLOGRAPH_JSON_H_
#define DIPLOGRAPH_JSON_H_

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "diplograph/graph.h"

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
  // Stop after this many problems (the report says it stopped). >= 1.
  size_t max_errors = 100;
  // Keep the good records of a file with bad ones (see the file comment).
  bool skip_bad_records = false;
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
};

// One problem found while loading.
struct JsonProblem {
  std::string file;    // the name given to the loader
  uint32_t line = 0;   // 1-based; 0 when not tied to a place in the file
  uint32_t column = 0; // 1-based, in characters
  std::string path;    // "statements[3].speaker"; empty for the whole file
  std::string message;
  absl::StatusCode code = absl::StatusCode::kInvalidArgument;

  // "FILE:LINE:COL: PATH: message" (parts that are unknown are left out).
  std::string ToString() const;
};

// What a load did. Records matched to ones already in the graph are counted
// in the *_merged fields, not in *_added. After a failed load nothing of the
// file is in the graph; the counts then say what was read before the load
// was abandoned, and records_skipped is 0.
struct JsonLoadReport {
  std::vector<JsonProblem> problems;
  bool stopped_early = false;  // max_errors was reached
  size_t records_read = 0;
  size_t records_skipped = 0;  // only with skip_bad_records
  size_t actors_added = 0, actors_merged = 0;
  size_t sources_added = 0, sources_merged = 0;
  size_t statements_added = 0, statements_merged = 0;
  size_t relationships_added = 0, relationships_merged = 0;
  size_t events_added = 0, events_merged = 0;
  size_t affiliations_added = 0, aliases_added = 0, evidence_added = 0;

  bool ok() const { return problems.empty(); }
};

// Loads a document or stream from `text`; `file_name` is used in messages and
// (with JsonLayout::kAuto) to choose the layout.
// Returns OK, or the first problem's code with a message giving the number of
// problems and the first one: InvalidArgument for malformed or invalid data
// and conflicts, NotFound for unknown references, AlreadyExists for records
// the graph refuses as duplicates, ResourceExhausted for input over a limit.
// With skip_bad_records, returns OK when only records were skipped.
// Time O(size of the input + work of the adds); memory O(size of the input)
// for documents, O(longest line) for JSON Lines.
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
