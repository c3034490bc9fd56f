// Subcommands that read inputs as a whole: `import` (inputs into one graph
// file), `validate` (each input on its own) and `lint` (the actor
// dictionary lint).

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "cli.h"
#include "diplograph/dictionary.h"
#include "diplograph/json.h"

namespace diplograph::cli {
namespace {

// ---------------------------------------------------------------------
// import

struct ImportFlags {
  std::vector<std::string> inputs;
  std::string out;
  bool strict = false;
  bool lenient = false;
  bool quiet = false;
  bool compact = false;
  bool skip_repeated_rows = false;
  std::string as = "auto";
};

// The layout of an output graph file, by its extension.
absl::StatusOr<JsonLayout> OutputLayout(const std::string& out) {
  const std::string lower = absl::AsciiStrToLower(out);
  if (absl::EndsWith(lower, ".json")) return JsonLayout::kDocument;
  if (absl::EndsWith(lower, ".jsonl") || absl::EndsWith(lower, ".ndjson")) {
    return JsonLayout::kLines;
  }
  return UsageError(absl::StrCat(
      "--out: \"", EscapeCut(out, 80),
      "\": the graph is written as diplograph/1 JSON (.json) or JSON Lines "
      "(.jsonl, .ndjson); for other formats use `diplograph export`"));
}

int RunImport(const ImportFlags& flags) {
  if (flags.strict && flags.lenient) {
    return Fail(UsageError("--strict and --lenient exclude each other"));
  }
  JsonSaveOptions save;
  if (!flags.out.empty()) {
    absl::StatusOr<JsonLayout> layout = OutputLayout(flags.out);
    if (!layout.ok()) return Fail(layout.status());
    save.layout = *layout;
    save.pretty = !flags.compact;
    if (absl::Status s = CheckOutputPath(flags.out); !s.ok()) return Fail(s);
  }
  absl::StatusOr<InputKind> as = ParseInputKind(flags.as);
  if (!as.ok()) return Fail(as.status());
  LoadOptions options;
  options.mode = flags.lenient ? ImportMode::kLenient : ImportMode::kStrict;
  options.as = *as;
  options.quiet = flags.quiet;
  options.skip_repeated_rows = flags.skip_repeated_rows;
  options.print_reports = true;
  Graph graph;
  if (absl::Status s = LoadInputs(flags.inputs, graph, options, std::cout);
      !s.ok()) {
    if (!flags.out.empty()) {
      std::cerr << "diplograph: nothing written to " << EscapeCut(flags.out, 80)
                << "\n";
    }
    return Fail(s);
  }
  std::cout << "graph: " << graph.actor_count() << " actors, "
            << graph.statement_count() << " statements, "
            << graph.relationship_count() << " relationships, "
            << graph.source_count() << " sources, " << graph.event_count()
            << " events\n";
  if (flags.out.empty()) return kExitOk;
  // Records encoded, on stderr when it is a terminal.
  ProgressBar bar("save:", 0, !flags.quiet && StderrIsTerminal());
  if (bar.enabled()) {
    save.progress = [&bar](uint64_t done, uint64_t total) {
      bar.UpdateSteps(done, total, "records");
    };
  }
  absl::Status saved = SaveJsonFile(graph, flags.out, save);
  bar.Done();
  if (absl::Status s = saved; !s.ok()) {
    return Fail(absl::Status(s.code(),
                             absl::StrCat(s.message(), " (nothing written to ",
                                          EscapeCut(flags.out, 80), ")")));
  }
  std::cout << "wrote " << Escape(flags.out) << "\n";
  return kExitOk;
}

// ---------------------------------------------------------------------
// validate

struct ValidateFlags {
  std::vector<std::string> files;
  std::string as = "auto";
  size_t max_problems = 20;
};

int RunValidate(const ValidateFlags& flags) {
  absl::StatusOr<InputKind> as = ParseInputKind(flags.as);
  if (!as.ok()) return Fail(as.status());
  bool all_valid = true;
  for (const std::string& file : flags.files) {
    LoadOptions options;
    options.as = *as;
    options.quiet = true;
    options.max_problems = std::max<size_t>(1, flags.max_problems);
    Graph graph;
    absl::Status s = LoadInputs({file}, graph, options, std::cout);
    if (s.ok()) {
      std::cout << Escape(file) << ": valid: " << graph.actor_count()
                << " actors, " << graph.statement_count() << " statements, "
                << graph.relationship_count() << " relationships, "
                << graph.source_count() << " sources, " << graph.event_count()
                << " events\n";
    } else {
      all_valid = false;
      std::cerr << "diplograph: " << Escape(s.message()) << "\n";
      std::cout << Escape(file) << ": invalid\n";
    }
  }
  return all_valid ? kExitOk : kExitBadInput;
}

// ---------------------------------------------------------------------
// lint

struct LintFlags {
  std::vector<std::string> files;
  std::string min_severity = "info";
  std::string fail_on = "error";
  bool petrarch_compatible = false;
  int pivot = 30;
  std::string format = "text";
};

absl::string_view SeverityName(LintSeverity s) {
  switch (s) {
    case LintSeverity::kInfo:
      return "info";
    case LintSeverity::kWarning:
      return "warning";
    case LintSeverity::kError:
      return "error";
  }
  return "info";
}

int SeverityRank(absl::string_view name) {
  if (name == "info") return 0;
  if (name == "warning") return 1;
  if (name == "error") return 2;
  return 3;  // "never"
}

int RunLint(const LintFlags& flags) {
  absl::StatusOr<Format> format = ParseFormat(flags.format);
  if (!format.ok()) return Fail(format.status());
  const int min_rank = SeverityRank(flags.min_severity);
  const int fail_rank = SeverityRank(flags.fail_on);
  Table table{
      .name = "findings",
      .columns = {"file", "line", "severity", "kind", "message", "fix"}};
  std::map<std::string, uint64_t> per_kind;
  bool failed = false;
  for (const std::string& file : flags.files) {
    absl::StatusOr<InputKind> kind = InputKindOf(file, InputKind::kDictionary);
    if (!kind.ok()) return Fail(kind.status());
    DictionaryOptions options;
    options.mode = ImportMode::kLenient;
    options.petrarch_compatible = flags.petrarch_compatible;
    options.two_digit_year_pivot = flags.pivot;
    DictionaryReport report;
    absl::StatusOr<Dictionary> dict = ReadDictionary(file, options, &report);
    if (!dict.ok()) {
      for (const ImportProblem& p : report.problems) {
        std::cerr << Escape(p.ToString()) << "\n";
      }
      return Fail(dict.status());
    }
    for (const LintFinding& f : LintDictionary(*dict)) {
      const int rank = static_cast<int>(f.severity);
      if (rank >= fail_rank) failed = true;
      if (rank < min_rank) continue;
      ++per_kind[std::string(LintKindName(f.kind))];
      if (*format == Format::kText) {
        std::cout << Escape(f.ToString()) << "\n";
      } else {
        table.rows.push_back({f.file, Cell::Integer(f.line),
                              SeverityName(f.severity), LintKindName(f.kind),
                              f.message, f.fix});
      }
    }
  }
  if (*format == Format::kText) {
    uint64_t total = 0;
    for (const auto& [kind, n] : per_kind) total += n;
    std::cout << total << (total == 1 ? " finding" : " findings");
    std::string sep = ": ";
    for (const auto& [kind, n] : per_kind) {
      std::cout << sep << kind << " " << n;
      sep = ", ";
    }
    std::cout << "\n";
  } else {
    WriteTables({table}, *format, std::cout);
  }
  return failed ? kExitBadInput : kExitOk;
}

}  // namespace

void AddImportCommands(CLI::App& app, std::vector<Command>& commands) {
  {
    auto flags = std::make_shared<ImportFlags>();
    CLI::App* c = app.add_subcommand(
        "import", "load inputs into one graph and write it as a graph file");
    c->add_option("inputs", flags->inputs,
                  "ICEWS quadruples (.tsv, .txt) or full layout (.tab, or a "
                  "header row), diplograph/1 JSON (.json) or JSON Lines "
                  "(.jsonl), CAMEO actor dictionaries (.actors.txt); merged "
                  "in order, dictionaries first")
        ->required()
        ->type_name("FILE");
    c->add_option("-o,--out", flags->out,
                  "the graph file to write (.json or .jsonl); written "
                  "atomically: on any failure nothing is left there")
        ->type_name("FILE");
    c->add_flag("--strict", flags->strict,
                "fail on the first bad record, graph unchanged (default)");
    c->add_flag("--lenient", flags->lenient,
                "skip bad records whole and list them");
    c->add_flag("--skip-repeated-rows", flags->skip_repeated_rows,
                "ICEWS quadruples: drop rows equal to an earlier row");
    c->add_flag("--compact", flags->compact, "no indentation in .json output");
    c->add_option("--as", flags->as, "read every input as this kind")
        ->check(CLI::IsMember({"auto", "json", "jsonl", "icews", "icews-events",
                               "dictionary", "text"}));
    c->add_flag("-q,--quiet", flags->quiet, "no progress bar, no warnings");
    c->footer(
        "Examples:\n"
        "  diplograph import data/samples/icews14_sample.tsv --out icews.json\n"
        "  diplograph import Phoenix.Countries.actors.txt events.tab "
        "--lenient --out g.jsonl\n"
        "  diplograph import examples/data/seed.json briefing.txt --out g.json"
        "   # statements read from a document (text.h)");
    commands.push_back({c, [flags] { return RunImport(*flags); }});
  }
  {
    auto flags = std::make_shared<ValidateFlags>();
    CLI::App* c = app.add_subcommand(
        "validate", "check input files, each on its own, and list problems");
    c->add_option("files", flags->files, "files to check")
        ->required()
        ->type_name("FILE");
    c->add_option("--as", flags->as, "read every file as this kind")
        ->check(CLI::IsMember(
            {"auto", "json", "jsonl", "icews", "icews-events", "dictionary"}));
    c->add_option("--max-problems", flags->max_problems,
                  "problems listed per file")
        ->check(CLI::PositiveNumber);
    c->footer(
        "Prints FILE: valid with its counts, or each problem as "
        "FILE:LINE:COL: PATH: message.\n"
        "Example:\n  diplograph validate examples/data/seed.json");
    commands.push_back({c, [flags] { return RunValidate(*flags); }});
  }
  {
    auto flags = std::make_shared<LintFlags>();
    CLI::App* c = app.add_subcommand(
        "lint", "report anomalies of CAMEO/PETRARCH actor dictionaries");
    c->add_option("files", flags->files, "dictionary files")
        ->required()
        ->type_name("FILE");
    c->add_option("--min-severity", flags->min_severity, "findings shown")
        ->check(CLI::IsMember({"info", "warning", "error"}))
        ->capture_default_str();
    c->add_option("--fail-on", flags->fail_on,
                  "exit status 1 when a finding of this severity or worse "
                  "exists")
        ->check(CLI::IsMember({"info", "warning", "error", "never"}))
        ->capture_default_str();
    c->add_flag("--petrarch-compatible", flags->petrarch_compatible,
                "read dates as PETRARCH 2 does");
    c->add_option("--pivot", flags->pivot,
                  "six-digit dates: YY <= pivot is 20YY, else 19YY")
        ->check(CLI::Range(0, 99))
        ->capture_default_str();
    AddFormatFlag(*c, flags->format);
    c->footer(
        "Each finding: FILE:LINE: severity: kind: message (fix: ...).\n"
        "Example:\n  diplograph lint Phoenix.Countries.actors.txt "
        "--min-severity warning");
    commands.push_back({c, [flags] { return RunLint(*flags); }});
  }
}

}  // namespace diplograph::cli
