// diplograph: the command-line program of the diplograph library. Loads
// ICEWS event data, diplograph/1 JSON graphs and CAMEO actor dictionaries,
// and answers an analyst's questions about them: who said what about whom
// and when, timelines of pairs, roles on a date, paths with their evidence,
// ego networks, centrality, aggregates and relationship histories.
//
//   diplograph import data/samples/icews14_sample.tsv --out icews.json
//   diplograph query -g icews.json --by China --about Japan --code '11*'
//   diplograph --help        # every subcommand; `diplograph CMD --help`
//
// Exit status: 0 done, 1 bad input or nothing matched where a match was
// required, 2 usage. The subcommands are in import_commands.cc,
// query_commands.cc, network_commands.cc, export_command.cc,
// draw_command.cc and storage_commands.cc;
// docs/cli.md describes them.

#include <algorithm>
#include <csignal>
#include <exception>
#include <iostream>
#include <vector>

#include "CLI/CLI.hpp"
#include "cli.h"
#include "diplograph/version.h"

namespace {

namespace cli = diplograph::cli;

int Main(int argc, char** argv) {
  CLI::App app(
      "diplograph: a knowledge graph of diplomatic statements from the "
      "command line.\nLoad ICEWS events, diplograph/1 JSON graphs and CAMEO "
      "actor dictionaries; ask who said what about whom, when, and through "
      "whom.",
      "diplograph");
  app.require_subcommand(1, 1);
  app.set_help_all_flag("--help-all", "every subcommand's help");
  app.footer(
      "Examples:\n"
      "  diplograph import data/samples/icews14_sample.tsv --out icews.json\n"
      "  diplograph stats -g icews.json\n"
      "  diplograph query -g icews.json --by China --about Japan "
      "--code '11*'\n"
      "  diplograph timeline -g examples/data/seed.json China Russia\n"
      "  diplograph draw ego -g icews.json China --hops 2 --out ego.svg\n"
      "Exit status: 0 done, 1 bad input or nothing matched, 2 usage.\n"
      "Run `diplograph COMMAND --help` for a command's options.");
  std::vector<cli::Command> commands;
  cli::AddImportCommands(app, commands);
  cli::AddQueryCommands(app, commands);
  cli::AddNetworkCommands(app, commands);
  cli::AddExportCommands(app, commands);
  cli::AddDrawCommands(app, commands);
  cli::AddStorageCommands(app, commands);
  // An unknown command would otherwise be reported as a missing one.
  const std::vector<CLI::App*> top =
      app.get_subcommands([](CLI::App*) { return true; });
  if (argc > 1 && argv[1][0] != '-' &&
      std::none_of(top.begin(), top.end(), [&](const CLI::App* c) {
        return c->get_name() == argv[1];
      })) {
    std::cerr << "diplograph: unknown command \"" << cli::EscapeCut(argv[1], 80)
              << "\"\nRun `diplograph --help` for the list of commands.\n";
    return cli::kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "diplograph: " << cli::Escape(e.what()) << "\n"
              << "Run `diplograph --help` (or `diplograph COMMAND --help`) "
                 "for usage.\n";
    return cli::kExitUsage;
  }
  for (const cli::Command& c : commands) {
    if (c.app->parsed()) return c.run();
  }
  std::cerr << "diplograph: no command given\n";
  return cli::kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  // A file-size limit (RLIMIT_FSIZE) should fail a write with EFBIG, which
  // the savers report, rather than kill the program half-way.
  std::signal(SIGXFSZ, SIG_IGN);
  try {
    return Main(argc, argv);
  } catch (const std::bad_alloc&) {
    std::cerr << "diplograph: out of memory\n";
    return cli::kExitBadInput;
  } catch (const std::exception& e) {
    std::cerr << "diplograph: " << cli::Escape(e.what()) << "\n";
    return cli::kExitBadInput;
  }
}
