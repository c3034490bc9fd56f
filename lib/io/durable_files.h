// Private: the files of a DurableGraph's directory (durable.h), as
// docs/durable.md lays them out: their names, the journal's format (a
// checksummed header, then checksummed and numbered record frames) and its
// scan on recovery, and the synced write-then-rename that makes a new file
// appear whole. durable.cc holds the graph's recovery, commits and
// checkpoints on top of these.
//
//   std::string bytes = JournalHeader(first_sequence);
//   AppendFrame(bytes, first_sequence, payload);
//   JournalScan scan;
//   absl::Status s = ScanJournal(bytes, "journal-...log", first_sequence,
//                                scan);  // scan.records[0].payload
//
// Thread safety: the functions keep no state; concurrent calls on distinct
// buffers and paths are safe.

#ifndef DIPLOGRAPH_LIB_IO_DURABLE_FILES_H_
#define DIPLOGRAPH_LIB_IO_DURABLE_FILES_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "diplograph/durable.h"

namespace diplograph::internal {

inline constexpr size_t kJournalHeaderBytes = 32;
inline constexpr absl::string_view kSnapshotPrefix = "snapshot-";
inline constexpr absl::string_view kSnapshotSuffix = ".dgs";
inline constexpr absl::string_view kJournalPrefix = "journal-";
inline constexpr absl::string_view kJournalSuffix = ".log";
inline constexpr absl::string_view kTempSuffix = ".tmp";

// Writes `bytes` to PATH.tmp, syncs and closes it, then renames it over
// `path`; on any failure PATH.tmp is removed and the first error returned
// (the file system's). The caller syncs the directory. O(bytes).
absl::Status WriteSyncedAndRename(FileSystem& fs, const std::string& path,
                                  absl::string_view bytes);

// "snapshot-00000000000000000042.dgs", "journal-00000000000000000043.log".
std::string SnapshotName(uint64_t sequence);
std::string JournalName(uint64_t first_sequence);

// The sequence number in `name` when it is PREFIX<digits>SUFFIX (at most 20
// digits), nullopt otherwise. O(name).
std::optional<uint64_t> NameSequence(absl::string_view name,
                                     absl::string_view prefix,
                                     absl::string_view suffix);

// The kJournalHeaderBytes header of a journal whose first record is
// `first_sequence`.
std::string JournalHeader(uint64_t first_sequence);

// Appends one record frame: length, marker, sequence, checksum, payload.
// O(payload).
void AppendFrame(std::string& out, uint64_t sequence,
                 absl::string_view payload);

struct JournalRecord {
  uint64_t sequence = 0;
  uint64_t offset = 0;
  absl::string_view payload;
};

// A journal file as read: its records in order.
struct JournalScan {
  uint64_t first_sequence = 0;
  std::vector<JournalRecord> records;
  // Bytes up to the end of the last good record.
  uint64_t good_size = 0;
  // Why the tail after good_size was dropped ("" when there is none).
  std::string torn;
};

// Reads the journal `bytes` of file `file` (named for `name_sequence`) into
// `out`. A torn tail (an incomplete or bad last record with no good record
// after it, as a crash leaves) is not an error: the records before it are
// kept and out.torn says why the rest was dropped. Errors, each naming the
// file and the header or record with its byte offset: DataLoss for a short
// or damaged header, a first sequence that does not match the name, a bad
// record followed by a good one, or a record out of sequence; Unimplemented
// for another format version. O(bytes); a damaged journal costs at most
// about three passes more (the search for a later good record is capped).
absl::Status ScanJournal(absl::string_view bytes, const std::string& file,
                         uint64_t name_sequence, JournalScan& out);

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_IO_DURABLE_FILES_H_
