// diplograph-validate: checks diplograph/1 JSON documents and JSON Lines
// files.
//
//   diplograph-validate [--lines|--document] [--max-errors N] FILE...
//
// Each problem is printed on standard error as FILE:LINE:COL: PATH: message;
// for each valid file a summary of what it holds is printed on standard
// output. Files ending in .jsonl or .ndjson are read as JSON Lines unless
// --document or --lines says otherwise. Files are checked independently
// (each against an empty graph), including against the built-in JSON Schema.
//
// Exit status: 0 when every file is valid, 1 when one is not, 2 on a usage
// error.

#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "diplograph/graph.h"
#include "diplograph/json.h"

namespace {

constexpr char kUsage[] =
    "usage: diplograph-validate [--lines|--document] [--max-errors N] FILE...\n"
    "Checks diplograph/1 JSON (or JSON Lines) files; prints each problem as\n"
    "FILE:LINE:COL: PATH: message. Exit status 0 when all are valid, 1 when\n"
    "not, 2 on a usage error.\n";

int Usage(const std::string& message) {
  if (!message.empty()) std::cerr << "diplograph-validate: " << message << "\n";
  std::cerr << kUsage;
  return 2;
}

int Run(int argc, char** argv) {
  diplograph::JsonLoadOptions options;
  std::vector<std::string> files;
  bool options_done = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (options_done || arg.empty() || arg[0] != '-' || arg == "-") {
      files.push_back(arg);
    } else if (arg == "--") {
      options_done = true;
    } else if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      return 0;
    } else if (arg == "--lines") {
      options.layout = diplograph::JsonLayout::kLines;
    } else if (arg == "--document") {
      options.layout = diplograph::JsonLayout::kDocument;
    } else if (arg == "--max-errors") {
      if (i + 1 >= argc) return Usage("--max-errors needs a number");
      uint32_t n = 0;
      if (!absl::SimpleAtoi(argv[++i], &n) || n == 0) {
        return Usage("--max-errors needs a positive number");
      }
      options.max_problems = n;
    } else {
      return Usage("unknown option " + arg);
    }
  }
  if (files.empty()) return Usage("no file given");

  bool all_valid = true;
  for (const std::string& file : files) {
    diplograph::Graph graph;
    diplograph::JsonLoadReport report;
    const std::string path = file == "-" ? "/dev/stdin" : file;
    const absl::Status status =
        diplograph::LoadJsonFile(path, graph, options, &report);
    if (status.ok()) {
      std::cout << file << ": valid: " << graph.actor_count() << " actors, "
                << graph.statement_count() << " statements, "
                << graph.relationship_count() << " relationships, "
                << graph.source_count() << " sources, " << graph.event_count()
                << " events\n";
      continue;
    }
    all_valid = false;
    if (report.problems.empty()) {
      std::cerr << file << ": " << status.message() << "\n";
    }
    for (const diplograph::ImportProblem& p : report.problems) {
      std::cerr << p.ToString() << "\n";
    }
    std::cout << file << ": invalid: " << report.problems.size()
              << (report.stopped_early ? "+" : "") << " problem"
              << (report.problems.size() == 1 ? "" : "s") << "\n";
  }
  return all_valid ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::exception& e) {
    // Out of memory on a huge input, for instance: report, do not crash.
    std::cerr << "diplograph-validate: " << e.what() << "\n";
    return 1;
  }
}
