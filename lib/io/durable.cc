// DurableGraph (durable.h): recovery from snapshot + journal, group commit,
// checkpoints. The files themselves (names, journal frames, synced writes)
// are durable_files.*; their formats are in docs/durable.md.

#include "diplograph/durable.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "diplograph/snapshot.h"
#include "io/durable_files.h"
#include "util/status_macros.h"

namespace diplograph {

using internal::AppendFrame;
using internal::JournalHeader;
using internal::JournalName;
using internal::JournalRecord;
using internal::JournalScan;
using internal::kJournalHeaderBytes;
using internal::kJournalPrefix;
using internal::kJournalSuffix;
using internal::kSnapshotPrefix;
using internal::kSnapshotSuffix;
using internal::kTempSuffix;
using internal::NameSequence;
using internal::ScanJournal;
using internal::SnapshotName;
using internal::WriteSyncedAndRename;

// ---------------------------------------------------------------------------
// DurableGraph.

struct DurableGraph::Waiter {
  const GraphBatch* batch = nullptr;
  std::string payload;
  absl::StatusOr<CommittedBatch> result = absl::UnknownError("not run");
  bool done = false;
  std::condition_variable cv;
};

DurableGraph::DurableGraph(std::string dir, const DurableOptions& options)
    : dir_(std::move(dir)),
      options_(options),
      fs_(options.file_system != nullptr ? options.file_system
                                         : &DefaultFileSystem()),
      shared_(options.graph) {}

DurableGraph::~DurableGraph() {
  if (journal_ != nullptr) journal_->Close().IgnoreError();
}

std::string DurableGraph::Path(absl::string_view name) const {
  return absl::StrCat(dir_, "/", name);
}

uint64_t DurableGraph::last_sequence() const {
  std::lock_guard<std::mutex> lock(mu_);
  return last_sequence_;
}

absl::Status DurableGraph::health() const {
  std::lock_guard<std::mutex> lock(mu_);
  return broken_;
}

absl::StatusOr<std::unique_ptr<DurableGraph>> DurableGraph::Open(
    const std::string& dir, const DurableOptions& options) {
  std::string d = dir;
  while (d.size() > 1 && d.back() == '/') d.pop_back();
  if (d.empty()) {
    return absl::InvalidArgumentError("durable graph: empty directory name");
  }
  std::unique_ptr<DurableGraph> g(new DurableGraph(d, options));
  DIPLOGRAPH_RETURN_IF_ERROR(g->Recover());
  return g;
}

absl::Status DurableGraph::StartJournal(uint64_t first_sequence,
                                        absl::Status* close_error) {
  const std::string name = JournalName(first_sequence);
  const std::string path = Path(name);
  DIPLOGRAPH_RETURN_IF_ERROR(
      WriteSyncedAndRename(*fs_, path, JournalHeader(first_sequence)));
  // From here on the new journal may be the one recovery reads.
  std::unique_ptr<WritableFile> previous = std::move(journal_);
  journal_name_ = name;
  journal_size_ = kJournalHeaderBytes;
  absl::Status s = fs_->SyncDir(dir_);
  if (s.ok()) {
    absl::StatusOr<std::unique_ptr<WritableFile>> f =
        fs_->OpenForAppend(path, false);
    if (f.ok()) {
      journal_ = std::move(*f);
    } else {
      s = f.status();
    }
  }
  if (previous != nullptr) {
    absl::Status c = previous->Close();
    if (close_error != nullptr) *close_error = c;
  }
  if (!s.ok()) {
    std::lock_guard<std::mutex> lock(mu_);
    broken_ = s;
  }
  return s;
}

absl::Status DurableGraph::Recover() {
  std::lock_guard<std::mutex> io(io_mu_);
  absl::StatusOr<std::vector<std::string>> names = fs_->ListDir(dir_);
  if (!names.ok() && absl::IsNotFound(names.status()) &&
      options_.create_if_missing) {
    DIPLOGRAPH_RETURN_IF_ERROR(fs_->CreateDir(dir_));
    names = fs_->ListDir(dir_);
  }
  if (!names.ok()) return names.status();

  std::vector<uint64_t> snapshots;
  std::vector<uint64_t> journals;
  for (const std::string& name : *names) {
    if (absl::EndsWith(name, kTempSuffix)) {
      // A temporary file of an interrupted checkpoint or journal start.
      fs_->Remove(Path(name)).IgnoreError();
    } else if (auto s = NameSequence(name, kSnapshotPrefix, kSnapshotSuffix)) {
      snapshots.push_back(*s);
    } else if (auto j = NameSequence(name, kJournalPrefix, kJournalSuffix)) {
      journals.push_back(*j);
    }
  }
  std::sort(snapshots.begin(), snapshots.end());
  std::sort(journals.begin(), journals.end());

  // The newest snapshot.
  const uint64_t base = snapshots.empty() ? 0 : snapshots.back();
  std::string snapshot_bytes;
  if (!snapshots.empty()) {
    recovery_.snapshot_file = Path(SnapshotName(base));
    DIPLOGRAPH_ASSIGN_OR_RETURN(snapshot_bytes,
                                fs_->ReadFile(recovery_.snapshot_file));
    recovery_.snapshot_sequence = base;
  }

  // Journals the snapshot makes obsolete: those followed by a journal that
  // starts at or before base + 1.
  std::vector<std::string> obsolete;
  size_t first_live = 0;
  while (first_live + 1 < journals.size() &&
         journals[first_live + 1] <= base + 1) {
    obsolete.push_back(Path(JournalName(journals[first_live])));
    ++first_live;
  }
  if (first_live < journals.size() && journals[first_live] > base + 1) {
    return absl::DataLossError(absl::StrCat(
        Path(JournalName(journals[first_live])),
        ": the journal starts at commit ", journals[first_live], " but ",
        base == 0 ? std::string("there is no snapshot")
                  : absl::StrCat(recovery_.snapshot_file,
                                 " holds the commits up to ", base),
        ": commits ", base + 1, " to ", journals[first_live] - 1,
        " are missing"));
  }

  // Read and check every live journal before changing anything.
  struct Live {
    std::string path;
    std::string bytes;
    JournalScan scan;
  };
  std::vector<Live> live(journals.size() - first_live);
  std::vector<std::pair<const Live*, size_t>> replay;  // (journal, record)
  std::vector<GraphBatch> batches;
  uint64_t expected = 0;
  for (size_t i = 0; i < live.size(); ++i) {
    Live& l = live[i];
    const uint64_t start = journals[first_live + i];
    l.path = Path(JournalName(start));
    DIPLOGRAPH_ASSIGN_OR_RETURN(l.bytes, fs_->ReadFile(l.path));
    DIPLOGRAPH_RETURN_IF_ERROR(ScanJournal(l.bytes, l.path, start, l.scan));
    if (i > 0 && start != expected) {
      return absl::DataLossError(
          absl::StrCat(l.path, ": the journal starts at commit ", start,
                       ", the one before it ends at commit ", expected - 1));
    }
    const bool last = i + 1 == live.size();
    if (!l.scan.torn.empty() && !last) {
      return absl::DataLossError(absl::StrCat(
          l.path, ": byte offset ", l.scan.good_size, ": ", l.scan.torn,
          ", and a later journal follows: the journal is damaged"));
    }
    recovery_.journal_files.push_back(l.path);
    for (size_t r = 0; r < l.scan.records.size(); ++r) {
      const JournalRecord& rec = l.scan.records[r];
      if (rec.sequence <= base) {
        ++recovery_.skipped_records;
        continue;
      }
      absl::StatusOr<GraphBatch> b = GraphBatch::Decode(rec.payload);
      if (!b.ok()) {
        return absl::DataLossError(absl::StrCat(
            l.path, ": record ", r, " (sequence ", rec.sequence,
            ", byte offset ", rec.offset, "): ", b.status().message()));
      }
      batches.push_back(std::move(*b));
      replay.emplace_back(&l, r);
    }
    expected = start + l.scan.records.size();
  }

  // Build the graph: the snapshot, then the batches, all or nothing.
  absl::Status built = shared_.Update([&](Graph& g) -> absl::Status {
    if (!snapshots.empty()) {
      DIPLOGRAPH_RETURN_IF_ERROR(LoadSnapshot(
          absl::Span<const uint8_t>(
              reinterpret_cast<const uint8_t*>(snapshot_bytes.data()),
              snapshot_bytes.size()),
          recovery_.snapshot_file, g));
    }
    for (size_t i = 0; i < batches.size(); ++i) {
      absl::StatusOr<CommittedBatch> r = ApplyBatch(batches[i], g);
      if (!r.ok()) {
        const Live& l = *replay[i].first;
        const JournalRecord& rec = l.scan.records[replay[i].second];
        return absl::DataLossError(
            absl::StrCat(l.path, ": record ", replay[i].second, " (sequence ",
                         rec.sequence, ", byte offset ", rec.offset,
                         "): the graph refuses it: ", r.status().ToString()));
      }
    }
    return absl::OkStatus();
  });
  DIPLOGRAPH_RETURN_IF_ERROR(built);
  recovery_.replayed_records = batches.size();
  uint64_t last = base;
  if (!batches.empty()) {
    const Live& l = *replay.back().first;
    last = l.scan.records[replay.back().second].sequence;
  }
  recovery_.last_sequence = last;
  {
    std::lock_guard<std::mutex> lock(mu_);
    last_sequence_ = last;
    snapshot_sequence_ = base;
  }
  has_snapshot_ = !snapshots.empty();

  // Go on appending to the last journal when it ends at the last commit;
  // otherwise (no journal, or one that ends before the snapshot) start one.
  Live* tail = live.empty() ? nullptr : &live.back();
  const bool reuse = tail != nullptr && expected == last + 1;
  if (reuse) {
    if (!tail->scan.torn.empty()) {
      recovery_.truncated_file = tail->path;
      recovery_.truncated_bytes = tail->bytes.size() - tail->scan.good_size;
      DIPLOGRAPH_RETURN_IF_ERROR(
          fs_->Truncate(tail->path, tail->scan.good_size));
    }
    DIPLOGRAPH_ASSIGN_OR_RETURN(journal_,
                                fs_->OpenForAppend(tail->path, false));
    if (!tail->scan.torn.empty()) DIPLOGRAPH_RETURN_IF_ERROR(journal_->Sync());
    journal_name_ = JournalName(journals.back());
    journal_size_ = tail->scan.good_size;
  } else {
    DIPLOGRAPH_RETURN_IF_ERROR(StartJournal(last + 1));
    for (const Live& l : live) obsolete.push_back(l.path);
  }
  // Leftovers of a finished checkpoint; removed again at the next Open when
  // this fails.
  for (uint64_t s : snapshots) {
    if (s != base) obsolete.push_back(Path(SnapshotName(s)));
  }
  bool removed = false;
  for (const std::string& path : obsolete) {
    removed |= fs_->Remove(path).ok();
  }
  if (removed) fs_->SyncDir(dir_).IgnoreError();
  return absl::OkStatus();
}

absl::StatusOr<CommittedBatch> DurableGraph::Commit(const GraphBatch& batch) {
  Waiter w;
  w.batch = &batch;
  w.payload = batch.Encode();
  std::unique_lock<std::mutex> lock(mu_);
  queue_.push_back(&w);
  while (!w.done && queue_.front() != &w) w.cv.wait(lock);
  if (w.done) return std::move(w.result);

  // This commit leads a group: itself and, under kGroup, the commits
  // queued behind it.
  std::vector<Waiter*> group;
  size_t bytes = 0;
  for (Waiter* x : queue_) {
    if (!group.empty() &&
        (options_.sync != SyncPolicy::kGroup ||
         bytes + x->payload.size() > options_.max_group_bytes)) {
      break;
    }
    group.push_back(x);
    bytes += x->payload.size();
  }
  lock.unlock();
  {
    std::lock_guard<std::mutex> io(io_mu_);
    CommitGroup(group);
  }
  lock.lock();
  for (Waiter* x : group) {
    queue_.pop_front();
    x->done = true;
    if (x != &w) x->cv.notify_one();
  }
  if (!queue_.empty()) queue_.front()->cv.notify_one();
  return std::move(w.result);
}

void DurableGraph::CommitGroup(std::vector<Waiter*>& group) {
  uint64_t sequence;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!broken_.ok()) {
      for (Waiter* x : group) {
        x->result = absl::FailedPreconditionError(absl::StrCat(
            dir_, ": the store refuses commits after an earlier failure (",
            broken_.ToString(), "); reopen it to recover"));
      }
      return;
    }
    sequence = last_sequence_;
  }
  std::vector<absl::StatusOr<CommittedBatch>> results(group.size());
  std::string frames;
  uint64_t next = sequence;
  bool first = true;
  absl::Status io;
  absl::Status s = shared_.Update([&](Graph& g) -> absl::Status {
    for (size_t i = 0; i < group.size(); ++i) {
      absl::StatusOr<CommittedBatch> r = ApplyBatch(*group[i]->batch, g);
      if (!first) {
        if (r.ok() != results[i].ok()) {
          return absl::InternalError(
              "a batch applied differently to the two copies of the graph");
        }
        continue;
      }
      if (r.ok()) {
        r->sequence = ++next;
        AppendFrame(frames, next, group[i]->payload);
      }
      results[i] = std::move(r);
    }
    if (!first) return absl::OkStatus();
    first = false;
    if (frames.empty()) return absl::OkStatus();
    io = journal_->Append(frames);
    if (io.ok() && options_.sync != SyncPolicy::kNone) io = journal_->Sync();
    return io;
  });
  if (!s.ok()) {
    if (!io.ok()) {
      // The record may be on disk in part: cut it off (best effort; a
      // reopen drops a torn tail anyway).
      fs_->Truncate(Path(journal_name_), journal_size_).IgnoreError();
    }
    std::lock_guard<std::mutex> lock(mu_);
    broken_ = s;
    for (size_t i = 0; i < group.size(); ++i) {
      if (!io.ok() && !results[i].ok()) {
        group[i]->result = results[i].status();  // refused by the graph
      } else {
        group[i]->result = absl::Status(
            s.code(),
            absl::StrCat(dir_, ": commit not applied: ", s.message()));
      }
    }
    return;
  }
  journal_size_ += frames.size();
  std::lock_guard<std::mutex> lock(mu_);
  last_sequence_ = next;
  for (size_t i = 0; i < group.size(); ++i) {
    group[i]->result = std::move(results[i]);
  }
}

absl::Status DurableGraph::Sync() {
  std::lock_guard<std::mutex> io(io_mu_);
  DIPLOGRAPH_RETURN_IF_ERROR(health());
  absl::Status s = journal_->Sync();
  if (!s.ok()) {
    std::lock_guard<std::mutex> lock(mu_);
    broken_ = s;
  }
  return s;
}

absl::Status DurableGraph::Close() {
  std::lock_guard<std::mutex> io(io_mu_);
  DIPLOGRAPH_RETURN_IF_ERROR(health());
  absl::Status s = journal_->Sync();
  absl::Status c = journal_->Close();
  if (s.ok()) s = c;
  journal_.reset();
  std::lock_guard<std::mutex> lock(mu_);
  broken_ = absl::FailedPreconditionError(
      s.ok() ? absl::StrCat(dir_, ": closed")
             : absl::StrCat(dir_, ": closed after an error: ", s.message()));
  return s;
}

absl::Status DurableGraph::Checkpoint() {
  std::lock_guard<std::mutex> io(io_mu_);
  DIPLOGRAPH_RETURN_IF_ERROR(health());
  const uint64_t n = last_sequence();
  if (n == snapshot_sequence_ && journal_size_ == kJournalHeaderBytes) {
    return absl::OkStatus();  // nothing new since the last checkpoint
  }
  std::string bytes;
  {
    SharedGraph::Reader view = shared_.Read();
    bytes = SnapshotBytes(view.graph());
  }
  // The snapshot: temporary file, sync, rename, directory sync. Until the
  // new journal is in place, the old one stays valid with either snapshot.
  const std::string path = Path(SnapshotName(n));
  DIPLOGRAPH_RETURN_IF_ERROR(WriteSyncedAndRename(*fs_, path, bytes));
  DIPLOGRAPH_RETURN_IF_ERROR(fs_->SyncDir(dir_));

  const std::string old_journal = Path(journal_name_);
  const uint64_t old_snapshot = snapshot_sequence_;
  absl::Status cleanup;
  DIPLOGRAPH_RETURN_IF_ERROR(StartJournal(n + 1, &cleanup));
  snapshot_sequence_ = n;

  // What the new snapshot and journal replace.
  absl::Status r = fs_->Remove(old_journal);
  if (cleanup.ok()) cleanup = r;
  const bool had_snapshot = has_snapshot_;
  has_snapshot_ = true;
  if (had_snapshot && old_snapshot != n) {
    r = fs_->Remove(Path(SnapshotName(old_snapshot)));
    if (cleanup.ok()) cleanup = r;
  }
  absl::Status d = fs_->SyncDir(dir_);
  if (cleanup.ok()) cleanup = d;
  return cleanup;
}

}  // namespace diplograph
