// Durable storage: a graph kept in a directory as the last snapshot plus a
// write-ahead journal of the batches committed since, so that a service can
// restart (or crash) without losing an acknowledged update.
//
//   diplograph::DurableOptions options;
//   options.sync = diplograph::SyncPolicy::kEveryCommit;
//   absl::StatusOr<std::unique_ptr<diplograph::DurableGraph>> store =
//       diplograph::DurableGraph::Open("graph.d", options);
//   if (!store.ok()) return store.status();  // e.g. DataLoss, located
//
//   diplograph::GraphBatch batch;
//   ActorId tass = batch.AddActor({.name = "TASS",
//                                  .kind = ActorKind::kMediaOutlet});
//   batch.AddStatement({.speaker = putin, .date = day, .text = "...",
//                       .reported_by = {{.outlet = tass}}});
//   absl::StatusOr<diplograph::CommittedBatch> done = (*store)->Commit(batch);
//   // done->actors[0] is TASS's id in the graph; the batch is on disk.
//
//   {
//     SharedGraph::Reader view = (*store)->Read();  // never waits
//     view->StatementsBy(putin) ...
//   }
//   absl::Status s = (*store)->Checkpoint();  // snapshot, new journal
//
// A batch (GraphBatch) is data, not a function: the adds Graph offers
// (actors, aliases, affiliations, actor corrections, sources, statements,
// mentions, relationships, evidence, events), in order. Records of a batch
// refer to the batch's own new records by the ids its Add* functions return
// (batch-local ids, which have bit 31 set) and to records already in the
// graph by their ids. Commit applies a batch all-or-nothing inside one
// Graph::Update(); a batch the graph refuses is neither applied nor
// journaled.
//
// The directory holds `snapshot-<N>.dgs` (snapshot.h's format: the graph
// after commit N) and `journal-<S>.log` (the commits from S on, one
// checksummed record each). docs/durable.md gives the format and the
// guarantees: every acknowledged commit survives a crash of the process (and,
// unless the sync policy is kNone, of the machine); recovery never shows part
// of a batch; a torn last record is dropped; damage before the end of the
// journal stops recovery with an error naming the file, the byte offset and
// the record.
//
// All file operations go through FileSystem, which tests replace to inject
// faults (DurableOptions::file_system).
//
// Thread safety. A DurableGraph may be used from any number of threads:
// Commit, Sync and Checkpoint are serialised with one another (concurrent
// commits are grouped under SyncPolicy::kGroup), and Read() never waits for
// them (a SharedGraph inside: see shared_graph.h, including its cost of
// DurableOptions::graph.copies copies of the graph, 4 by default). A
// DurableGraph calls its FileSystem from one thread at a time;
// DefaultFileSystem() and NewMemoryFileSystem() are thread-safe.

#ifndef DIPLOGRAPH_DURABLE_H_
#define DIPLOGRAPH_DURABLE_H_

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <variant>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "diplograph/graph.h"
#include "diplograph/shared_graph.h"

namespace diplograph {

// ---------------------------------------------------------------------------
// Files.

// A file open for appending. Not thread-safe.
class WritableFile {
 public:
  virtual ~WritableFile() = default;
  // Writes all of `data` at the end of the file. On error some prefix of
  // it may have been written. Errors: errno-derived (ResourceExhausted for
  // ENOSPC, Internal or DataLoss for EIO, ...), naming the file.
  virtual absl::Status Append(absl::string_view data) = 0;
  // Makes everything appended so far durable (fdatasync). Errors:
  // errno-derived, naming the file.
  virtual absl::Status Sync() = 0;
  // Closes the file; further calls are errors. Errors: errno-derived.
  virtual absl::Status Close() = 0;
};

// The file-system operations durable storage uses. Paths are as given
// (relative to the working directory or absolute).
class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // Creates the directory; OK when it exists already.
  virtual absl::Status CreateDir(const std::string& path) = 0;
  // The names (not paths) of the entries of a directory, "." and ".."
  // excepted, in no particular order. NotFound when it does not exist.
  virtual absl::StatusOr<std::vector<std::string>> ListDir(
      const std::string& path) = 0;
  // The whole contents of a file.
  virtual absl::StatusOr<std::string> ReadFile(const std::string& path) = 0;
  // Opens `path` for appending, creating it when missing; with `truncate`
  // it starts empty.
  virtual absl::StatusOr<std::unique_ptr<WritableFile>> OpenForAppend(
      const std::string& path, bool truncate) = 0;
  // Cuts the file to `size` bytes.
  virtual absl::Status Truncate(const std::string& path, uint64_t size) = 0;
  // Renames `from` over `to` (atomically replacing it).
  virtual absl::Status Rename(const std::string& from,
                              const std::string& to) = 0;
  // Removes a file.
  virtual absl::Status Remove(const std::string& path) = 0;
  // Makes the directory's entries (creations, renames, removals) durable.
  virtual absl::Status SyncDir(const std::string& path) = 0;
};

// The POSIX file system (open, write, fdatasync, rename, ftruncate, fsync of
// the directory). Thread-safe; lives for the whole process.
FileSystem& DefaultFileSystem();

// A file system in memory, for tests and fuzzing: no durability model
// (everything written is "durable"). Thread-safe.
std::unique_ptr<FileSystem> NewMemoryFileSystem();

// ---------------------------------------------------------------------------
// Batches.

// One all-or-nothing group of adds, as a value that can be journaled.
// Copyable; not thread-safe (build it on one thread, then commit it).
class GraphBatch {
 public:
  // Ids a batch hands out for its own new records have this bit set. They
  // are valid only inside records of the same batch; graphs with 2^31
  // records of a kind cannot be referred to from a batch.
  static constexpr uint32_t kLocalBit = uint32_t{1} << 31;
  template <typename IdT>
  static bool IsLocal(IdT id) {
    return id.valid() && (id.value & kLocalBit) != 0;
  }

  struct AliasAdd {
    ActorId actor;
    std::string alias;
    friend bool operator==(const AliasAdd&, const AliasAdd&) = default;
  };
  struct AffiliationAdd {
    ActorId member;
    Affiliation affiliation;
    friend bool operator==(const AffiliationAdd&,
                           const AffiliationAdd&) = default;
  };
  struct ActorFix {
    ActorId actor;
    ActorCorrection correction;
    friend bool operator==(const ActorFix&, const ActorFix&) = default;
  };
  struct MentionAdd {
    StatementId statement;
    StatementMention mention;
    friend bool operator==(const MentionAdd&, const MentionAdd&) = default;
  };
  struct EvidenceAdd {
    RelationshipId relationship;
    Evidence evidence;
    friend bool operator==(const EvidenceAdd&, const EvidenceAdd&) = default;
  };
  // One add, in the order of the Add* calls.
  using Op =
      std::variant<Actor, AliasAdd, AffiliationAdd, ActorFix, Source, Statement,
                   MentionAdd, Relationship, EvidenceAdd, Event>;

  // Each Add* records one add (nothing is checked until the batch is
  // applied) and the first five return the batch-local id of the new
  // record. O(size of the record).
  ActorId AddActor(Actor actor);
  SourceId AddSource(Source source);
  StatementId AddStatement(Statement statement);
  RelationshipId AddRelationship(Relationship relationship);
  EventId AddEvent(Event event);
  void AddAlias(ActorId actor, std::string alias);
  void AddAffiliation(ActorId member, Affiliation affiliation);
  void CorrectActor(ActorId actor, ActorCorrection correction);
  void AddStatementMention(StatementId statement, StatementMention mention);
  void AddEvidence(RelationshipId relationship, Evidence evidence);

  // Every record of `graph` as adds, in id order (affiliations after all
  // actors), referring to one another by batch-local ids: committed to any
  // store, it adds a copy of the graph (record i of each kind becomes the
  // i-th new one). O(size of the graph).
  static GraphBatch FromGraph(const Graph& graph);

  const std::vector<Op>& ops() const { return ops_; }
  bool empty() const { return ops_.empty(); }
  size_t size() const { return ops_.size(); }

  // The compact binary form journaled for this batch (docs/durable.md).
  // Deterministic. O(size of the batch).
  std::string Encode() const;
  // Decodes Encode()'s output. Errors: DataLoss naming the operation and
  // the byte offset in `bytes` of the problem (truncated, a tag, enum or
  // date out of range, trailing bytes). O(size of the input).
  static absl::StatusOr<GraphBatch> Decode(absl::string_view bytes);

  friend bool operator==(const GraphBatch&, const GraphBatch&) = default;

 private:
  uint32_t counts_[5] = {0, 0, 0, 0, 0};  // actors, sources, statements,
                                          // relationships, events
  std::vector<Op> ops_;
};

// The graph ids a committed batch's new records received, in the order of
// the batch's Add* calls of each kind (actors[i] for batch-local actor i),
// and the commit's sequence number in the journal.
struct CommittedBatch {
  uint64_t sequence = 0;
  std::vector<ActorId> actors;
  std::vector<SourceId> sources;
  std::vector<StatementId> statements;
  std::vector<RelationshipId> relationships;
  std::vector<EventId> events;
};

// Applies `batch` to `graph` as one Graph::Update(): all of it or, on the
// first add the graph refuses, none of it. Returns the ids its records got
// (sequence 0). Errors: InvalidArgument for a batch-local id that the batch
// has not handed out (yet); otherwise the refusing add's error, prefixed
// with "batch op N (kind): ". O(size of the batch + work of the adds).
absl::StatusOr<CommittedBatch> ApplyBatch(const GraphBatch& batch,
                                          Graph& graph);

// ---------------------------------------------------------------------------
// The durable graph.

// When a commit's journal record is made durable (docs/durable.md, "Sync
// policy").
enum class SyncPolicy {
  // Each Commit writes its record and syncs it (fdatasync) before it
  // returns. Survives a crash of the machine. One sync per commit.
  kEveryCommit,
  // As kEveryCommit, but commits that arrive from other threads while a
  // sync runs are written together and share the next sync. Same guarantee,
  // more commits per second when several threads commit.
  kGroup,
  // Commit writes its record (to the operating system) but does not sync:
  // an acknowledged commit survives a crash of the process, not of the
  // machine, until Sync() or Checkpoint() returns.
  kNone,
};

struct DurableOptions {
  SyncPolicy sync = SyncPolicy::kEveryCommit;
  // Create the directory (and an empty graph) when it does not exist.
  bool create_if_missing = true;
  // Under kGroup, stop adding commits to a group past this many bytes.
  size_t max_group_bytes = size_t{1} << 20;
  // Where the files are; DefaultFileSystem() when null. Must outlive the
  // DurableGraph.
  FileSystem* file_system = nullptr;
  // The in-memory SharedGraph's options: `copies` graphs are kept, each
  // batch is applied to each (shared_graph.h). Fewer copies use less memory;
  // readers that are descheduled holding views may then make commits wait.
  SharedGraphOptions graph = {};
};

// What Open found and did.
struct RecoveryReport {
  // The snapshot loaded ("" when none) and the commit it holds (0: none).
  std::string snapshot_file;
  uint64_t snapshot_sequence = 0;
  // Journal files read, oldest first, and the records replayed from them
  // (records the snapshot already holds are skipped).
  std::vector<std::string> journal_files;
  uint64_t replayed_records = 0;
  uint64_t skipped_records = 0;
  // A torn last record cut off: the file and the bytes dropped (0: none).
  std::string truncated_file;
  uint64_t truncated_bytes = 0;
  // The sequence of the last commit recovered (0: none).
  uint64_t last_sequence = 0;
};

class DurableGraph {
 public:
  // Opens the graph in `dir`: loads the newest snapshot, replays the
  // journal after it, cuts a torn last record, removes files a finished
  // checkpoint left behind, and opens the journal for new commits.
  // Errors: NotFound when `dir` does not exist and !create_if_missing;
  // DataLoss for a damaged snapshot or journal (a bad record followed by
  // good ones, a bad file header, a gap in the sequence numbers, a record
  // the graph refuses), naming the file, the byte offset and the record,
  // with nothing loaded; errno-derived codes when a file cannot be read or
  // written. O(snapshot + journal), twice the graph's memory.
  static absl::StatusOr<std::unique_ptr<DurableGraph>> Open(
      const std::string& dir, const DurableOptions& options = {});

  ~DurableGraph();
  DurableGraph(const DurableGraph&) = delete;
  DurableGraph& operator=(const DurableGraph&) = delete;

  // Applies `batch` all-or-nothing and appends it to the journal as one
  // record, durable (per the sync policy) before it returns. Errors: those
  // of ApplyBatch (nothing applied, nothing written); the errno-derived
  // code of a failed write or sync, after which the batch is not applied in
  // memory and the store refuses further commits with FailedPrecondition
  // (reopen the directory: it recovers every acknowledged commit, and the
  // failed one only if its record reached the disk whole). Cost: twice
  // ApplyBatch (SharedGraph) + one write + one sync.
  absl::StatusOr<CommittedBatch> Commit(const GraphBatch& batch);

  // Syncs the journal (useful under SyncPolicy::kNone). Errors: as Commit's
  // I/O errors (and the store then refuses commits).
  absl::Status Sync();

  // Writes the graph as snapshot-<last sequence>.dgs atomically (temporary
  // file, sync, rename, directory sync), starts a new journal after it and
  // removes the older snapshot and journal. Errors: errno-derived; a
  // failure before the new journal is in place leaves the store as it was
  // (commits go on to the old journal); a failure once it is leaves the
  // store refusing commits (FailedPrecondition) until reopened. Commits
  // wait while it runs. O(size of the graph).
  absl::Status Checkpoint();

  // Syncs and closes the journal; later commits, syncs and checkpoints fail
  // with FailedPrecondition (reads go on). The destructor closes it too but
  // cannot report an error: call Close() to see one. Errors: errno-derived
  // from the sync or the close.
  absl::Status Close();

  // A view of the last commit; never waits (SharedGraph::Read()). O(1).
  SharedGraph::Reader Read() const { return shared_.Read(); }
  const SharedGraph& shared() const { return shared_; }

  // The sequence number of the last commit (0 before any). O(1).
  uint64_t last_sequence() const;
  // OK, or the error that made the store refuse commits. O(1).
  absl::Status health() const;
  const RecoveryReport& recovery() const { return recovery_; }
  const std::string& dir() const { return dir_; }

 private:
  struct Waiter;
  DurableGraph(std::string dir, const DurableOptions& options);
  absl::Status Recover();
  // Creates journal-<first_sequence>.log (temporary file, sync, rename,
  // directory sync) and makes it the journal; the previous one is closed
  // and its close error, if any, stored in `close_error`.
  absl::Status StartJournal(uint64_t first_sequence,
                            absl::Status* close_error = nullptr);
  // Commits a group of waiters; called by the leader without mu_.
  void CommitGroup(std::vector<Waiter*>& group);
  std::string Path(absl::string_view name) const;

  std::string dir_;
  DurableOptions options_;
  FileSystem* fs_;
  SharedGraph shared_;
  RecoveryReport recovery_;

  // Guards the queue of commits, the sequence and the error.
  mutable std::mutex mu_;
  std::deque<Waiter*> queue_;
  uint64_t last_sequence_ = 0;
  absl::Status broken_;
  // Held by whoever does journal I/O (a group's leader, Sync, Checkpoint).
  std::mutex io_mu_;
  std::unique_ptr<WritableFile> journal_;  // guarded by io_mu_
  std::string journal_name_;               // guarded by io_mu_
  uint64_t journal_size_ = 0;              // guarded by io_mu_
  uint64_t snapshot_sequence_ = 0;         // guarded by io_mu_
  bool has_snapshot_ = false;              // guarded by io_mu_
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_DURABLE_H_
