// Binary snapshots: a whole Graph saved to one checksummed file and loaded
// back much faster than from JSON. The format (docs/snapshot.md) has a
// versioned header and a directory of sections (string table, actors,
// sources, statements, relationships, events), each with its length, record
// count and xxHash64 checksum; integers are little-endian fixed-width or
// varints, and every string is stored once in the string table.
//
//   diplograph::Graph graph = ...;
//   absl::Status s = diplograph::SaveSnapshot(graph, "graph.dgs");
//   ...
//   diplograph::Graph loaded;
//   s = diplograph::LoadSnapshot("graph.dgs", loaded);
//   // On error, `loaded` is still empty and the message names the file,
//   // the section and the byte offset or record number:
//   //   graph.dgs: section statements (offset 4096): record 17: ...
//
// A loaded graph has the same records with the same ids as the saved one
// (ToJson of both gives the same text). Snapshots are for the graph's own
// storage; the JSON format (json.h) stays the interchange format.
//
// Thread safety: the functions are reentrant. SaveSnapshot only reads its
// graph and may run alongside other readers; LoadSnapshot changes its graph
// and needs exclusive access to it.

#ifndef DIPLOGRAPH_SNAPSHOT_H_
#define DIPLOGRAPH_SNAPSHOT_H_

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "diplograph/graph.h"

namespace diplograph {

// The snapshot format version this library writes by default, and the
// newest it reads. Version 2 adds a section holding the store's statement
// lists, which a load adopts instead of building them.
inline constexpr uint32_t kSnapshotFormatVersion = 2;
// The oldest format version this library reads and writes.
inline constexpr uint32_t kOldestSnapshotFormatVersion = 1;

struct SnapshotSaveOptions {
  // The format version to write: kSnapshotFormatVersion, or 1 for readers
  // of older releases (a version 1 file loads more slowly: the statement
  // lists are built again).
  uint32_t format_version = kSnapshotFormatVersion;
};

struct SnapshotLoadOptions {
  // Check each section's xxHash64 checksum before decoding it. Turning it
  // off saves about one pass over the file; a corrupted file may then load
  // as a different (still valid) graph or fail with a less precise error.
  bool verify_checksums = true;
  // Map the file with mmap (read() into a buffer when false or when mmap
  // fails, e.g. on a pipe).
  bool use_mmap = true;
};

// The snapshot of `graph` as bytes, in the format version of `options`
// (one that SaveSnapshot refuses gives the current version).
// Deterministic: the same graph gives the same bytes. O(size of the graph
// + entries of its statement lists, plus a sort of each speaker's targets).
std::string SnapshotBytes(const Graph& graph,
                          const SnapshotSaveOptions& options = {});

// Saves the snapshot of `graph` to `path` atomically: a temporary file in
// the same directory, written, synced, renamed over `path`, then the
// directory synced. On failure the temporary file is removed and a previous
// file at `path` is left intact. Errors: the errno-derived code (NotFound
// for a missing directory, PermissionDenied, ResourceExhausted for a full
// disk, ...) with a message naming the path and the failing step;
// InvalidArgument for a format version outside [kOldestSnapshotFormatVersion,
// kSnapshotFormatVersion].
// O(size of the graph); the snapshot is built in memory before it is
// written (about 27 bytes per ICEWS statement).
absl::Status SaveSnapshot(const Graph& graph, const std::string& path,
                          const SnapshotSaveOptions& options = {});

// Loads the snapshot in `bytes` into `graph`, which must be empty;
// `file_name` names it in messages. All records are added through the
// public Add* functions inside one Graph::Update(): on any error the graph
// is left empty. Errors (each message naming the file, the section and the
// byte offset or record number):
//   FailedPrecondition  `graph` is not empty;
//   InvalidArgument     not a snapshot (wrong magic);
//   Unimplemented       a format version this library does not read;
//   DataLoss            a truncated file, a checksum mismatch, a count,
//                       offset, length or id out of range, a malformed
//                       record, or a record the graph refuses (the add's
//                       message is included).
// O(size of the input + work of the adds).
absl::Status LoadSnapshot(absl::Span<const uint8_t> bytes,
                          absl::string_view file_name, Graph& graph,
                          const SnapshotLoadOptions& options = {});

// Loads the snapshot file at `path` (mapped with mmap when possible).
// Errors: as above; the errno-derived code (NotFound, PermissionDenied, ...)
// when the file cannot be opened, InvalidArgument for a directory, DataLoss
// when reading it fails. Memory: the mapping (or a copy of the file) for
// the duration of the load, plus the graph.
absl::Status LoadSnapshot(const std::string& path, Graph& graph,
                          const SnapshotLoadOptions& options = {});

}  // namespace diplograph

#endif  // DIPLOGRAPH_SNAPSHOT_H_
