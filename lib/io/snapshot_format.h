// The frame of the binary snapshot format (docs/snapshot.md) that the writer
// and the loader share: the magic, the fixed header, the section directory,
// the section kinds of each format version and the xxHash64 checksums.
// Private to the io layer; the records inside the sections are encoded by
// snapshot_writer.cc, decoded by snapshot_reader.cc, and the `lists` section
// (version 2) by snapshot_lists.cc.
//
//   // Writing: the sections' bytes, in kind order, framed with a header.
//   SnapshotSection sections[kMaxSectionCount] = ...;
//   std::string file = AssembleSnapshot(2, sections);
//
//   // Reading: the header checked, the directory located.
//   SnapshotHeader header;
//   absl::Status s = ReadSnapshotHeader(bytes, "g.dgs", true, header);
//   const SectionEntry& actors = header.entry(kActors);
//
// Thread safety: the functions keep no state; a SnapshotHeader is a value.

#ifndef DIPLOGRAPH_LIB_IO_SNAPSHOT_FORMAT_H_
#define DIPLOGRAPH_LIB_IO_SNAPSHOT_FORMAT_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "diplograph/snapshot.h"

namespace diplograph::internal::snapshot_format {

inline constexpr char kMagic[8] = {'D', 'I', 'P', 'L', 'S', 'N', 'A', 'P'};
inline constexpr size_t kFixedHeaderBytes = 32;
inline constexpr size_t kDirectoryEntryBytes = 40;
inline constexpr size_t kChecksumBytes = 8;

// The section kinds, which are also the sections' order in the file.
enum SectionKind : uint32_t {
  kStrings = 1,
  kActors = 2,
  kSources = 3,
  kStatements = 4,
  kRelationships = 5,
  kEvents = 6,
  kLists = 7,  // format version 2 on
};
inline constexpr uint32_t kMaxSectionCount = 7;

// The number of sections of a format version (1 or 2).
constexpr uint32_t SectionCount(uint32_t version) {
  return version == 1 ? 6 : 7;
}

// The name of a section kind in error messages ("unknown" for others).
const char* SectionName(uint32_t kind);

// Record flags of a statement or mention (which optional parts follow).
inline constexpr uint8_t kHasSpan = 1;

// The `lists` section: a header of 5 little-endian 32-bit words (actors,
// `by` entries, `about` entries, pairs, pair entries), then the arrays of
// PrebuiltStatementLists in their order, all 32-bit words.
inline constexpr uint64_t kListsHeaderWords = 5;

// One section's encoded records and their number.
struct SnapshotSection {
  std::string bytes;
  uint64_t count = 0;
};

// One entry of the section directory, as read.
struct SectionEntry {
  uint32_t kind = 0;
  uint64_t offset = 0;
  uint64_t length = 0;
  uint64_t count = 0;
  uint64_t checksum = 0;
};

// A checked header: the format version and the section directory.
struct SnapshotHeader {
  uint32_t version = kSnapshotFormatVersion;
  uint32_t section_count = kMaxSectionCount;
  SectionEntry sections[kMaxSectionCount];

  const SectionEntry& entry(SectionKind kind) const {
    return sections[kind - 1];
  }
  uint64_t count(SectionKind kind) const { return entry(kind).count; }
};

// The file of format `version`: the header, the directory with each
// section's offset, length, count and checksum, the header's checksum, then
// the sections back to back. `sections` holds SectionCount(version)
// sections in kind order. O(total bytes).
std::string AssembleSnapshot(uint32_t version,
                             absl::Span<const SnapshotSection* const> sections);

// Checks the header of `bytes` (a file named `file` in messages) and fills
// `header`: magic, version, section count, the header's checksum (when
// `verify_checksums`), the file size, each directory entry (kind, offset
// following the previous section, length within the file, count at most
// the length), then each section's checksum (when `verify_checksums`).
// O(file size) with checksums, O(1) without. Returns InvalidArgument for a
// wrong magic, Unimplemented for an unsupported format version, DataLoss
// for anything else, each naming the file and `header (byte offset N)` or
// the section.
absl::Status ReadSnapshotHeader(absl::Span<const uint8_t> bytes,
                                absl::string_view file, bool verify_checksums,
                                SnapshotHeader& header);

}  // namespace diplograph::internal::snapshot_format

#endif  // DIPLOGRAPH_LIB_IO_SNAPSHOT_FORMAT_H_
