// DurableGraph (durable.h): recovery from snapshot + journal, group commit,
// checkpoints. The file formats are in docs/durable.md.

#include "diplograph/durable.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "diplograph/snapshot.h"
#include "io/binary_codec.h"
#include "util/status_macros.h"

namespace diplograph {
namespace {

using internal::Fixed32;
using internal::Fixed64;
using internal::PutFixed32;
using internal::PutFixed64;

// ---------------------------------------------------------------------------
// Layout (docs/durable.md).

constexpr char kJournalMagic[8] = {'D', 'I', 'P', 'L', 'J', 'R', 'N', 'L'};
constexpr uint32_t kJournalVersion = 1;
constexpr size_t kJournalHeaderBytes = 32;
// Record frame: length (4), marker (4), sequence (8), checksum (8).
constexpr size_t kFrameHeaderBytes = 24;
constexpr uint32_t kRecordMarker = 0x4A52474Du;  // "MGRJ" little-endian
constexpr absl::string_view kSnapshotPrefix = "snapshot-";
constexpr absl::string_view kSnapshotSuffix = ".dgs";
constexpr absl::string_view kJournalPrefix = "journal-";
constexpr absl::string_view kJournalSuffix = ".log";
constexpr absl::string_view kTempSuffix = ".tmp";

// Writes `bytes` to PATH.tmp, syncs and closes it, then renames it over
// `path`; on any failure PATH.tmp is removed and the first error returned.
// The caller syncs the directory.
absl::Status WriteSyncedAndRename(FileSystem& fs, const std::string& path,
                                  absl::string_view bytes) {
  const std::string temp = path + std::string(kTempSuffix);
  absl::Status s = [&]() -> absl::Status {
    DIPLOGRAPH_ASSIGN_OR_RETURN(std::unique_ptr<WritableFile> f,
                                fs.OpenForAppend(temp, true));
    absl::Status w = f->Append(bytes);
    if (w.ok()) w = f->Sync();
    absl::Status c = f->Close();
    if (!w.ok()) return w;
    return c;
  }();
  if (s.ok()) s = fs.Rename(temp, path);
  if (!s.ok()) fs.Remove(temp).IgnoreError();
  return s;
}

std::string SnapshotName(uint64_t sequence) {
  return absl::StrFormat("snapshot-%020u.dgs", sequence);
}
std::string JournalName(uint64_t first_sequence) {
  return absl::StrFormat("journal-%020u.log", first_sequence);
}

// The sequence number in `name` when it is PREFIX<digits>SUFFIX.
std::optional<uint64_t> NameSequence(absl::string_view name,
                                     absl::string_view prefix,
                                     absl::string_view suffix) {
  if (!absl::ConsumePrefix(&name, prefix) ||
      !absl::ConsumeSuffix(&name, suffix) || name.empty() || name.size() > 20) {
    return std::nullopt;
  }
  for (char c : name) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  uint64_t v = 0;
  if (!absl::SimpleAtoi(name, &v)) return std::nullopt;
  return v;
}

std::string JournalHeader(uint64_t first_sequence) {
  std::string out(kJournalMagic, sizeof(kJournalMagic));
  PutFixed32(out, kJournalVersion);
  PutFixed32(out, 0);
  PutFixed64(out, first_sequence);
  PutFixed64(out, XXH64(out.data(), out.size(), 0));
  return out;
}

uint64_t FrameChecksum(const uint8_t* header16, absl::string_view payload) {
  return XXH64(payload.data(), payload.size(), XXH64(header16, 16, 0));
}

void AppendFrame(std::string& out, uint64_t sequence,
                 absl::string_view payload) {
  const size_t at = out.size();
  PutFixed32(out, static_cast<uint32_t>(payload.size()));
  PutFixed32(out, kRecordMarker);
  PutFixed64(out, sequence);
  const uint64_t sum =
      FrameChecksum(reinterpret_cast<const uint8_t*>(out.data() + at), payload);
  PutFixed64(out, sum);
  out.append(payload.data(), payload.size());
}

// ---------------------------------------------------------------------------
// Reading a journal file.

struct JournalRecord {
  uint64_t sequence = 0;
  uint64_t offset = 0;
  absl::string_view payload;
};

struct JournalScan {
  uint64_t first_sequence = 0;
  std::vector<JournalRecord> records;
  // Bytes up to the end of the last good record.
  uint64_t good_size = 0;
  // Why the tail after good_size was dropped ("" when there is none).
  std::string torn;
};

// What a look for a record at some offset found.
enum class Frame { kGood, kBad, kUnchecked };

// Whether a whole record with a good checksum and a sequence number at
// least `min_sequence` starts at `at`. The checksum is computed only when
// the header is plausible, and its payload bytes are taken from `*budget`:
// kUnchecked when they would exceed it.
Frame FrameAt(absl::string_view bytes, size_t at, uint64_t min_sequence,
              uint64_t* budget) {
  if (bytes.size() - at < kFrameHeaderBytes) return Frame::kBad;
  const uint8_t* p = reinterpret_cast<const uint8_t*>(bytes.data()) + at;
  if (Fixed32(p + 4) != kRecordMarker) return Frame::kBad;
  const uint64_t length = Fixed32(p);
  if (length > bytes.size() - at - kFrameHeaderBytes) return Frame::kBad;
  const uint64_t sequence = Fixed64(p + 8);
  // A later record's sequence number is close to min_sequence: each record
  // takes at least kFrameHeaderBytes.
  if (sequence < min_sequence ||
      sequence - min_sequence > bytes.size() / kFrameHeaderBytes) {
    return Frame::kBad;
  }
  if (length > *budget) return Frame::kUnchecked;
  *budget -= length;
  return FrameChecksum(p, bytes.substr(at + kFrameHeaderBytes, length)) ==
                 Fixed64(p + 16)
             ? Frame::kGood
             : Frame::kBad;
}

// What FindGoodFrameAfter returns when its hashing budget ran out before
// every candidate was checked.
constexpr size_t kUnchecked = absl::string_view::npos - 1;

// The first good record after a bad one at `at`, if any (npos otherwise).
// Each plausible candidate costs a checksum over its payload; so that
// damaged or hostile bytes with many long candidates cannot make this
// quadratic, the payload bytes hashed are capped at twice the file's size
// plus 1 MiB, and kUnchecked is returned when the cap is reached (the
// caller then treats the journal as damaged, the safe reading).
size_t FindGoodFrameAfter(absl::string_view bytes, size_t at,
                          uint64_t min_sequence) {
  const char marker[4] = {static_cast<char>(kRecordMarker & 0xff),
                          static_cast<char>((kRecordMarker >> 8) & 0xff),
                          static_cast<char>((kRecordMarker >> 16) & 0xff),
                          static_cast<char>(kRecordMarker >> 24)};
  const absl::string_view m(marker, 4);
  uint64_t budget = 2 * uint64_t{bytes.size()} + (uint64_t{1} << 20);
  for (size_t pos = bytes.find(m, at + 5); pos != absl::string_view::npos;
       pos = bytes.find(m, pos + 1)) {
    switch (FrameAt(bytes, pos - 4, min_sequence, &budget)) {
      case Frame::kGood:
        return pos - 4;
      case Frame::kUnchecked:
        return kUnchecked;
      case Frame::kBad:
        break;
    }
  }
  return absl::string_view::npos;
}

absl::Status ScanJournal(absl::string_view bytes, const std::string& file,
                         uint64_t name_sequence, JournalScan& out) {
  auto error = [&](absl::StatusCode code, uint64_t offset,
                   absl::string_view message) {
    return absl::Status(code, absl::StrCat(file, ": header (byte offset ",
                                           offset, "): ", message));
  };
  if (bytes.size() < kJournalHeaderBytes) {
    return error(
        absl::StatusCode::kDataLoss, bytes.size(),
        absl::StrCat("truncated: ", bytes.size(), " bytes, shorter than the ",
                     kJournalHeaderBytes, "-byte journal header"));
  }
  const uint8_t* h = reinterpret_cast<const uint8_t*>(bytes.data());
  if (std::memcmp(h, kJournalMagic, sizeof(kJournalMagic)) != 0) {
    return error(absl::StatusCode::kDataLoss, 0,
                 "not a diplograph journal (wrong magic)");
  }
  const uint32_t version = Fixed32(h + 8);
  if (version != kJournalVersion) {
    return error(absl::StatusCode::kUnimplemented, 8,
                 absl::StrCat("journal format version ", version,
                              " is not supported (this library reads ",
                              kJournalVersion, ")"));
  }
  const uint64_t stored = Fixed64(h + 24);
  const uint64_t computed = XXH64(h, 24, 0);
  if (stored != computed) {
    return error(
        absl::StatusCode::kDataLoss, 24,
        absl::StrCat("header checksum mismatch (stored ", absl::Hex(stored),
                     ", computed ", absl::Hex(computed), ")"));
  }
  out.first_sequence = Fixed64(h + 16);
  if (out.first_sequence != name_sequence || out.first_sequence == 0) {
    return error(
        absl::StatusCode::kDataLoss, 16,
        absl::StrCat("first sequence ", out.first_sequence,
                     " does not match the file name (", name_sequence, ")"));
  }
  size_t at = kJournalHeaderBytes;
  uint64_t expected = out.first_sequence;
  while (at < bytes.size()) {
    const uint64_t record = out.records.size();
    const size_t left = bytes.size() - at;
    const uint8_t* p = h + at;
    if (left < kFrameHeaderBytes) {
      out.torn =
          absl::StrCat("an incomplete record header of ", left, " bytes");
      break;
    }
    const uint64_t length = Fixed32(p);
    const bool marker_ok = Fixed32(p + 4) == kRecordMarker;
    if (marker_ok && length > left - kFrameHeaderBytes) {
      out.torn = absl::StrCat("record ", record, " of ", length,
                              " bytes runs past the end of the file");
      break;
    }
    const bool sum_ok =
        marker_ok && FrameChecksum(p, bytes.substr(at + kFrameHeaderBytes,
                                                   length)) == Fixed64(p + 16);
    if (!sum_ok) {
      const size_t next = FindGoodFrameAfter(bytes, at, expected);
      const std::string what =
          marker_ok ? absl::StrCat("checksum mismatch (stored ",
                                   absl::Hex(Fixed64(p + 16)), ")")
                    : std::string("no record marker");
      if (next == kUnchecked) {
        return absl::DataLossError(absl::StrCat(
            file, ": record ", record, " (byte offset ", at, "): ", what,
            ", and the bytes after it hold too many record-like headers to "
            "check: the journal is damaged"));
      }
      if (next != absl::string_view::npos) {
        return absl::DataLossError(absl::StrCat(
            file, ": record ", record, " (byte offset ", at, "): ", what,
            ", and a good record follows at byte offset ", next,
            ": the journal is damaged before its end"));
      }
      out.torn = absl::StrCat("record ", record, ": ", what);
      break;
    }
    const uint64_t sequence = Fixed64(p + 8);
    if (sequence != expected) {
      return absl::DataLossError(
          absl::StrCat(file, ": record ", record, " (byte offset ", at,
                       "): sequence ", sequence, ", expected ", expected));
    }
    out.records.push_back(
        {sequence, at, bytes.substr(at + kFrameHeaderBytes, length)});
    at += kFrameHeaderBytes + length;
    ++expected;
  }
  out.good_size = out.records.empty()
                      ? kJournalHeaderBytes
                      : out.records.back().offset + kFrameHeaderBytes +
                            out.records.back().payload.size();
  return absl::OkStatus();
}

}  // namespace

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
                                         : &DefaultFileSystem()) {}

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
