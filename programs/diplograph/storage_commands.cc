// Subcommands for the graph's own storage (snapshot.h, durable.h):
// `snapshot` writes a binary snapshot of the graph inputs, `commit` adds
// the graph inputs to a durable graph directory as one journaled commit,
// `recover` opens such a directory and says what it recovered (optionally
// writing the graph out), `checkpoint` writes a new snapshot there and
// starts a new journal.

#include <iostream>
#include <memory>
#include <string>

#include "CLI/CLI.hpp"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "cli.h"
#include "diplograph/durable.h"
#include "diplograph/json.h"
#include "diplograph/snapshot.h"

namespace diplograph::cli {
namespace {

std::string Counts(const Graph& g) {
  return absl::StrCat(g.actor_count(), " actors, ", g.statement_count(),
                      " statements, ", g.relationship_count(),
                      " relationships, ", g.source_count(), " sources, ",
                      g.event_count(), " events");
}

// Writes `graph` to `out`: a snapshot for .dgs, diplograph/1 JSON for
// .json, JSON Lines for .jsonl/.ndjson.
absl::Status WriteGraph(const Graph& graph, const std::string& out) {
  const std::string lower = absl::AsciiStrToLower(out);
  if (absl::EndsWith(lower, ".dgs")) return SaveSnapshot(graph, out);
  JsonSaveOptions save;
  if (absl::EndsWith(lower, ".json")) {
    save.layout = JsonLayout::kDocument;
  } else if (absl::EndsWith(lower, ".jsonl") ||
             absl::EndsWith(lower, ".ndjson")) {
    save.layout = JsonLayout::kLines;
  } else {
    return UsageError(absl::StrCat(
        "--out: \"", EscapeCut(out, 80),
        "\": write a snapshot (.dgs), diplograph/1 JSON (.json) or JSON "
        "Lines (.jsonl, .ndjson)"));
  }
  return SaveJsonFile(graph, out, save);
}

absl::Status CheckGraphOutput(const std::string& out) {
  const std::string lower = absl::AsciiStrToLower(out);
  if (!absl::EndsWith(lower, ".dgs") && !absl::EndsWith(lower, ".json") &&
      !absl::EndsWith(lower, ".jsonl") && !absl::EndsWith(lower, ".ndjson")) {
    return UsageError(absl::StrCat(
        "--out: \"", EscapeCut(out, 80),
        "\": write a snapshot (.dgs), diplograph/1 JSON (.json) or JSON "
        "Lines (.jsonl, .ndjson)"));
  }
  return CheckOutputPath(out);
}

int Wrote(const absl::Status& s, const std::string& out) {
  if (!s.ok()) {
    return Fail(absl::Status(s.code(),
                             absl::StrCat(s.message(), " (nothing written to ",
                                          EscapeCut(out, 80), ")")));
  }
  std::cout << "wrote " << Escape(out) << "\n";
  return kExitOk;
}

// Opens an existing durable graph directory.
absl::StatusOr<std::unique_ptr<DurableGraph>> OpenDir(const std::string& dir,
                                                      bool create) {
  DurableOptions options;
  options.create_if_missing = create;
  return DurableGraph::Open(dir, options);
}

// ---------------------------------------------------------------------
// snapshot

struct SnapshotFlags {
  GraphFlags graph;
  std::string out;
};

int RunSnapshot(const SnapshotFlags& flags) {
  if (absl::Status s = CheckOutputPath(flags.out); !s.ok()) return Fail(s);
  absl::StatusOr<std::unique_ptr<Session>> session = Session::Open(flags.graph);
  if (!session.ok()) return Fail(session.status());
  const Graph& g = (*session)->graph();
  std::cout << "graph: " << Counts(g) << "\n";
  return Wrote(SaveSnapshot(g, flags.out), flags.out);
}

// ---------------------------------------------------------------------
// commit

struct CommitFlags {
  GraphFlags graph;
  std::string dir;
};

int RunCommit(const CommitFlags& flags) {
  absl::StatusOr<std::unique_ptr<Session>> session = Session::Open(flags.graph);
  if (!session.ok()) return Fail(session.status());
  absl::StatusOr<std::unique_ptr<DurableGraph>> store =
      OpenDir(flags.dir, /*create=*/true);
  if (!store.ok()) return Fail(store.status());
  absl::StatusOr<CommittedBatch> done =
      (*store)->Commit(GraphBatch::FromGraph((*session)->graph()));
  if (!done.ok()) return Fail(done.status());
  if (absl::Status s = (*store)->Close(); !s.ok()) return Fail(s);
  std::cout << Escape(flags.dir) << ": commit " << done->sequence << ": "
            << done->actors.size() << " actors, " << done->statements.size()
            << " statements, " << done->relationships.size()
            << " relationships, " << done->sources.size() << " sources, "
            << done->events.size() << " events added\n";
  SharedGraph::Reader view = (*store)->Read();
  std::cout << "graph: " << Counts(view.graph()) << "\n";
  return kExitOk;
}

// ---------------------------------------------------------------------
// recover

struct RecoverFlags {
  std::string dir;
  std::string out;
};

int RunRecover(const RecoverFlags& flags) {
  if (!flags.out.empty()) {
    if (absl::Status s = CheckGraphOutput(flags.out); !s.ok()) return Fail(s);
  }
  absl::StatusOr<std::unique_ptr<DurableGraph>> store =
      OpenDir(flags.dir, /*create=*/false);
  if (!store.ok()) return Fail(store.status());
  const RecoveryReport& r = (*store)->recovery();
  std::cout << Escape(flags.dir) << ": recovered " << r.last_sequence
            << " commits\n";
  if (r.snapshot_file.empty()) {
    std::cout << "  snapshot: none\n";
  } else {
    std::cout << "  snapshot: " << Escape(r.snapshot_file) << " (commits up to "
              << r.snapshot_sequence << ")\n";
  }
  for (const std::string& j : r.journal_files) {
    std::cout << "  journal: " << Escape(j) << "\n";
  }
  std::cout << "  replayed: " << r.replayed_records << " records ("
            << r.skipped_records << " already in the snapshot)\n";
  if (r.truncated_bytes > 0) {
    std::cout << "  torn last record dropped: " << r.truncated_bytes
              << " bytes cut from " << Escape(r.truncated_file) << "\n";
  }
  SharedGraph::Reader view = (*store)->Read();
  std::cout << "graph: " << Counts(view.graph()) << "\n";
  if (flags.out.empty()) return kExitOk;
  return Wrote(WriteGraph(view.graph(), flags.out), flags.out);
}

// ---------------------------------------------------------------------
// checkpoint

struct CheckpointFlags {
  std::string dir;
};

int RunCheckpoint(const CheckpointFlags& flags) {
  absl::StatusOr<std::unique_ptr<DurableGraph>> store =
      OpenDir(flags.dir, /*create=*/false);
  if (!store.ok()) return Fail(store.status());
  if (absl::Status s = (*store)->Checkpoint(); !s.ok()) return Fail(s);
  if (absl::Status s = (*store)->Close(); !s.ok()) return Fail(s);
  std::cout << Escape(flags.dir) << ": checkpoint at commit "
            << (*store)->last_sequence() << "\n";
  return kExitOk;
}

}  // namespace

void AddStorageCommands(CLI::App& app, std::vector<Command>& commands) {
  {
    auto f = std::make_shared<SnapshotFlags>();
    CLI::App* c = app.add_subcommand(
        "snapshot",
        "write the graph inputs as one binary snapshot (docs/snapshot.md)");
    AddGraphFlags(*c, f->graph, /*with_format=*/false);
    c->add_option("-o,--out", f->out, "the snapshot file (.dgs), atomically")
        ->required()
        ->type_name("PATH");
    c->footer(
        "Example:\n"
        "  diplograph snapshot -g examples/data/seed.json --out seed.dgs");
    commands.push_back({c, [f] { return RunSnapshot(*f); }});
  }
  {
    auto f = std::make_shared<CommitFlags>();
    CLI::App* c = app.add_subcommand(
        "commit",
        "add the graph inputs to a durable graph directory as one journaled "
        "commit (docs/durable.md); the directory is created when missing");
    AddGraphFlags(*c, f->graph, /*with_format=*/false);
    c->add_option("dir", f->dir, "the durable graph directory")
        ->required()
        ->type_name("DIR");
    c->footer(
        "Example:\n"
        "  diplograph commit store.d -g examples/data/seed.json");
    commands.push_back({c, [f] { return RunCommit(*f); }});
  }
  {
    auto f = std::make_shared<RecoverFlags>();
    CLI::App* c = app.add_subcommand(
        "recover",
        "open a durable graph directory: recover its last snapshot and "
        "journal (cutting a torn last record) and say what was recovered");
    c->add_option("dir", f->dir, "the durable graph directory")
        ->required()
        ->type_name("DIR");
    c->add_option("-o,--out", f->out,
                  "also write the recovered graph: .dgs, .json or .jsonl")
        ->type_name("PATH");
    c->footer(
        "Example:\n"
        "  diplograph recover store.d --out recovered.json");
    commands.push_back({c, [f] { return RunRecover(*f); }});
  }
  {
    auto f = std::make_shared<CheckpointFlags>();
    CLI::App* c = app.add_subcommand(
        "checkpoint",
        "write a new snapshot of a durable graph directory and start a new "
        "journal");
    c->add_option("dir", f->dir, "the durable graph directory")
        ->required()
        ->type_name("DIR");
    c->footer("Example:\n  diplograph checkpoint store.d");
    commands.push_back({c, [f] { return RunCheckpoint(*f); }});
  }
}

}  // namespace diplograph::cli
