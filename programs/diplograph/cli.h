// What the subcommands of the `diplograph` program share: loading graph
// inputs of any supported format into one graph, resolving actor names the
// way the library does, printing tables for people (aligned, with control
// characters escaped) or for scripts (JSON, JSON Lines, CSV, TSV), a
// progress bar on a terminal, and the exit-status convention (0 done, 1 bad
// input or nothing matched, 2 usage).
//
// The program uses the public headers of the library only, like any
// program linked against diplograph::diplograph. It is single-threaded.

#ifndef DIPLOGRAPH_PROGRAMS_DIPLOGRAPH_CLI_H_
#define DIPLOGRAPH_PROGRAMS_DIPLOGRAPH_CLI_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "diplograph/actor_search.h"
#include "diplograph/date.h"
#include "diplograph/graph.h"
#include "diplograph/import.h"
#include "diplograph/resolve.h"
#include "diplograph/statement_format.h"
#include "diplograph/statement_query.h"

namespace diplograph::cli {

// Exit statuses.
inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 1;  // bad input, or nothing matched
inline constexpr int kExitUsage = 2;

// A status that means "the command line is wrong" (exit status 2) rather
// than "the input is bad" (exit status 1).
absl::Status UsageError(absl::string_view message);
// kExitOk for OK, kExitUsage for a UsageError, kExitBadInput otherwise.
int ExitCodeOf(const absl::Status& status);
// Prints "diplograph: MESSAGE" (escaped) on stderr and returns
// ExitCodeOf(status). REQUIRES: !status.ok().
int Fail(const absl::Status& status);

// `text` made safe for a terminal: control characters (C0, DEL, C1),
// bidirectional formatting characters (U+061C, U+200E, U+200F,
// U+202A-U+202E, U+2066-U+2069) and bytes that are not UTF-8 are written as
// escapes (\n, \t, \x01, \u{202E}); newlines are kept when `keep_newlines`.
std::string Escape(absl::string_view text, bool keep_newlines = false);
// Escape(), then cut to at most `max_chars` characters with "..." appended.
std::string EscapeCut(absl::string_view text, size_t max_chars);
// Multi-line text (FormatStatement's) for a terminal: each line escaped and
// cut to `max_line_chars` characters, line ends kept.
std::string EscapeBlock(absl::string_view text, size_t max_line_chars = 2000);
// Characters (UTF-8 code points) of `text`.
size_t DisplayWidth(absl::string_view text);

// ---------------------------------------------------------------------
// Output.

enum class Format : uint8_t { kText, kJson, kJsonl, kCsv, kTsv };

// One cell: text, or a number written unquoted in JSON.
struct Cell {
  Cell() = default;
  Cell(std::string t) : text(std::move(t)) {}  // NOLINT: implicit on purpose
  Cell(const char* t) : text(t) {}             // NOLINT
  Cell(absl::string_view t) : text(t) {}       // NOLINT
  static Cell Number(double value);
  static Cell Integer(uint64_t value);
  std::string text;
  bool number = false;
};

struct Table {
  std::string name = {};  // heading for people; key in JSON when several
  std::vector<std::string> columns = {};
  std::vector<std::vector<Cell>> rows = {};
};

// Writes the tables in `format`. For people: a "== name ==" heading when
// there are several tables or the name is set, then aligned columns, every
// cell escaped and cut to 60 characters. JSON: one table is an array of
// objects, several an object of arrays by name. JSON Lines: one object per
// row (with "table" when several). CSV/TSV: a header row, then the rows
// (with a first "table" column when several); TSV escapes tab, newline,
// carriage return and backslash.
void WriteTables(const std::vector<Table>& tables, Format format,
                 std::ostream& out);

// A JSON string literal for `text` (control characters as \u00XX; invalid
// UTF-8 bytes as U+FFFD).
std::string JsonString(absl::string_view text);

// ---------------------------------------------------------------------
// Progress.

// A one-line progress bar on stderr: records, bytes, rate, percent and ETA
// when the total is known. Draws only when `enabled` (stderr is a terminal
// and --quiet was not given), at most ten times a second, and clears its
// line when done.
class ProgressBar {
 public:
  ProgressBar(std::string label, uint64_t total_bytes, bool enabled);
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // The callback to hand to an importer; empty when disabled.
  ImportProgressCallback Callback();
  void Update(const ImportProgress& progress, bool force = false);
  // Work counted in steps rather than bytes: "[###---]  42% 430/1024
  // sources, 85/s, ETA 0:07" (`unit` names the steps).
  void UpdateSteps(uint64_t done, uint64_t total, absl::string_view unit);
  // True when the bar draws (a callback is worth installing).
  bool enabled() const { return enabled_; }
  // Clears the line. Called by the destructor.
  void Done();

 private:
  std::string label_;
  uint64_t total_bytes_;
  bool enabled_;
  bool drawn_ = false;
  int64_t start_ns_;
  int64_t last_draw_ns_ = 0;
};

// True when stderr is a terminal.
bool StderrIsTerminal();

// ---------------------------------------------------------------------
// Inputs.

// How a graph input is read.
enum class InputKind : uint8_t {
  kAuto,         // by extension, then by content (see InputKindOf)
  kJson,         // diplograph/1 document (.json)
  kJsonLines,    // diplograph/1 JSON Lines (.jsonl, .ndjson)
  kIcews,        // ICEWS quadruples (.tsv, .txt), or full layout by header
  kIcewsEvents,  // the full ICEWS layout (.tab, or a header "Event ID")
  kDictionary,   // a CAMEO actor dictionary (*.actors.txt, .dict)
  kText,         // a document to extract statements from (text.h): .txt
                 // whose first line is not a 4-field ICEWS row, .text, .md
};

// "json", "jsonl", "icews", "icews-events", "dictionary", "text".
absl::string_view InputKindName(InputKind kind);
absl::StatusOr<InputKind> ParseInputKind(absl::string_view name);

struct LoadOptions {
  ImportMode mode = ImportMode::kStrict;
  InputKind as = InputKind::kAuto;
  bool skip_repeated_rows = false;
  bool quiet = false;
  // Print each input's import report (counts) on `log`.
  bool print_reports = false;
  size_t max_problems = 20;
};

// Loads `files` into `graph`: actor dictionaries first, then diplograph/1
// graphs, then ICEWS event files, then text documents (each extracted with
// the actors known by then, and added with AddExtraction), each group in
// the given order (the
// importers find actors by name, and the ICEWS quadruple import makes every
// actor it does not know an organization, so the inputs that say what an
// actor is come first). A missing,
// unreadable or directory path, content that is not what the extension
// says, or any loader error prints the located problems
// (FILE:LINE:COL: ...) on stderr and returns an error; the graph may then
// hold the inputs loaded before the failing one. Problems of lenient loads
// are printed as warnings unless `quiet`.
absl::Status LoadInputs(const std::vector<std::string>& files, Graph& graph,
                        const LoadOptions& options, std::ostream& log);

// The kind of `path` under `as` (kAuto: by extension and first line).
// Errors: NotFound, PermissionDenied, InvalidArgument (a directory, an
// unknown extension, content of another format than the extension says).
absl::StatusOr<InputKind> InputKindOf(const std::string& path, InputKind as);

// ---------------------------------------------------------------------
// Sessions: a loaded graph plus name resolution.

// Options shared by the subcommands that read a graph.
struct GraphFlags {
  std::vector<std::string> graphs;
  bool lenient = false;
  bool strict = false;
  bool quiet = false;
  std::string as = "auto";
  std::string format = "text";
};

// Adds -g/--graph, --strict/--lenient, --as, --quiet and (when
// `with_format`) --format.
void AddGraphFlags(CLI::App& command, GraphFlags& flags,
                   bool with_format = true);
// Adds only --format.
void AddFormatFlag(CLI::App& command, std::string& format);
absl::StatusOr<Format> ParseFormat(absl::string_view name);

class Session {
 public:
  // Loads the inputs of `flags`. Errors: those of LoadInputs.
  static absl::StatusOr<std::unique_ptr<Session>> Open(const GraphFlags& flags);

  Graph& graph() { return graph_; }
  Format format() const { return format_; }

  // The actor `name` stands for on `date` (unknown: any time), resolved as
  // the library resolves names (Resolver: names, aliases, ISO codes, titles,
  // places), then by ActorSearchIndex word search. Errors (exit status 1):
  // NotFound with close matches; FailedPrecondition for an ambiguous name,
  // listing the candidates; InvalidArgument for an empty name or one over
  // 4096 bytes.
  absl::StatusOr<ActorId> Resolve(absl::string_view name, Date date = Date());

 private:
  Session() = default;
  Graph graph_;
  Format format_ = Format::kText;
  std::unique_ptr<Resolver> resolver_;
  std::unique_ptr<ActorSearchIndex> search_;
};

// Parses a date or interval flag; a UsageError naming `flag` otherwise
// (an interval whose end is before its start included).
absl::StatusOr<Date> ParseDateFlag(absl::string_view flag,
                                   absl::string_view text);
absl::StatusOr<Interval> ParseIntervalFlag(absl::string_view flag,
                                           absl::string_view text);

// A statement for people: FormatStatement (statement_format.h) with an
// `about:` line for its targets after the first line, the empty text line
// of a statement without text left out, escaped by EscapeBlock.
std::string StatementBlock(const Graph& graph, StatementId id,
                           const StatementFormat& format = {});

// The actor's name ("(none)" for an invalid id); tables escape it when
// they print it for people.
std::string ActorName(const Graph& graph, ActorId id);

// The StatementQuery filters as flags, shared by query, aggregate and
// export.
struct FilterFlags {
  std::string by, about, involving, between;
  bool with_affiliates = false;
  std::string affiliate_sides;
  std::string during, code, quad, polarity, topic, label, text;
};

// Adds --by (named `by_flag`: "--speaker" where --by means something
// else), --about, --involving, --between, --with-affiliates,
// --affiliate-sides, --during, --code, --quad, --polarity, --topic, --label
// and --text.
void AddFilterFlags(CLI::App& command, FilterFlags& flags,
                    const std::string& by_flag = "--by");

// Sets the filters of `flags` on `query`, resolving names through
// `session`. Errors: those of Session::Resolve; UsageError for conflicting
// actor relations or malformed values.
absl::Status ApplyFilters(Session& session, const FilterFlags& flags,
                          StatementQuery& query);

// Checks that a file can be written at `out` before any work is done: its
// directory exists, and (unless `may_be_directory`) `out` is not a
// directory. Errors: NotFound, InvalidArgument.
absl::Status CheckOutputPath(const std::string& out,
                             bool may_be_directory = false);

// ---------------------------------------------------------------------
// Subcommands. Each group adds its subcommands to `app` and registers what
// runs when one of them was given.

struct Command {
  CLI::App* app;
  std::function<int()> run;
};

void AddImportCommands(CLI::App& app, std::vector<Command>& commands);
void AddQueryCommands(CLI::App& app, std::vector<Command>& commands);
void AddNetworkCommands(CLI::App& app, std::vector<Command>& commands);
void AddExportCommands(CLI::App& app, std::vector<Command>& commands);
void AddDrawCommands(CLI::App& app, std::vector<Command>& commands);
void AddStorageCommands(CLI::App& app, std::vector<Command>& commands);

}  // namespace diplograph::cli

#endif  // DIPLOGRAPH_PROGRAMS_DIPLOGRAPH_CLI_H_
