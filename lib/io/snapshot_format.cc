// The snapshot's frame (snapshot_format.h): the header and section
// directory written around the sections, and checked before any record is
// decoded.

#include "io/snapshot_format.h"

#include <xxhash.h>

#include <cstdint>
#include <cstring>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "diplograph/ids.h"
#include "diplograph/snapshot.h"
#include "diplograph/version.h"
#include "io/binary_codec.h"

namespace diplograph::internal::snapshot_format {
namespace {

absl::Status HeaderError(absl::string_view file, absl::StatusCode code,
                         uint64_t offset, absl::string_view message) {
  return absl::Status(code, absl::StrCat(file, ": header (byte offset ", offset,
                                         "): ", message));
}

}  // namespace

const char* SectionName(uint32_t kind) {
  switch (kind) {
    case kStrings:
      return "strings";
    case kActors:
      return "actors";
    case kSources:
      return "sources";
    case kStatements:
      return "statements";
    case kRelationships:
      return "relationships";
    case kEvents:
      return "events";
    case kLists:
      return "lists";
  }
  return "unknown";
}

std::string AssembleSnapshot(
    uint32_t version, absl::Span<const SnapshotSection* const> sections) {
  const uint32_t section_count = SectionCount(version);
  const size_t header_bytes =
      kFixedHeaderBytes + section_count * kDirectoryEntryBytes;
  uint64_t total = header_bytes + kChecksumBytes;
  for (uint32_t i = 0; i < section_count; ++i) {
    total += sections[i]->bytes.size();
  }

  std::string out;
  out.reserve(total);
  out.append(kMagic, sizeof(kMagic));
  PutFixed32(out, version);
  PutFixed16(out, static_cast<uint16_t>(kVersionMajor));
  PutFixed16(out, static_cast<uint16_t>(kVersionMinor));
  PutFixed16(out, static_cast<uint16_t>(kVersionPatch));
  PutFixed16(out, static_cast<uint16_t>(section_count));
  PutFixed32(out, 0);  // flags
  PutFixed64(out, total);
  uint64_t offset = header_bytes + kChecksumBytes;
  for (uint32_t i = 0; i < section_count; ++i) {
    const SnapshotSection& s = *sections[i];
    PutFixed32(out, i + 1);
    PutFixed32(out, 0);
    PutFixed64(out, offset);
    PutFixed64(out, s.bytes.size());
    PutFixed64(out, s.count);
    PutFixed64(out, XXH64(s.bytes.data(), s.bytes.size(), 0));
    offset += s.bytes.size();
  }
  PutFixed64(out, XXH64(out.data(), out.size(), 0));
  for (uint32_t i = 0; i < section_count; ++i) out += sections[i]->bytes;
  return out;
}

absl::Status ReadSnapshotHeader(absl::Span<const uint8_t> bytes,
                                absl::string_view file, bool verify_checksums,
                                SnapshotHeader& header) {
  const uint64_t size = bytes.size();
  if (size < sizeof(kMagic)) {
    return HeaderError(
        file, absl::StatusCode::kDataLoss, size,
        absl::StrCat("truncated: ", size, " bytes, shorter than the magic"));
  }
  if (std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0) {
    return HeaderError(file, absl::StatusCode::kInvalidArgument, 0,
                       "not a diplograph snapshot (wrong magic)");
  }
  if (size < kFixedHeaderBytes) {
    return HeaderError(
        file, absl::StatusCode::kDataLoss, size,
        absl::StrCat("truncated: ", size, " bytes, shorter than the ",
                     kFixedHeaderBytes, "-byte header"));
  }
  const uint8_t* h = bytes.data();
  const uint32_t version = Fixed32(h + 8);
  if (version < kOldestSnapshotFormatVersion ||
      version > kSnapshotFormatVersion) {
    return HeaderError(
        file, absl::StatusCode::kUnimplemented, 8,
        absl::StrCat(
            "format version ", version, " is not supported (this library, ",
            kVersionString, ", reads versions ", kOldestSnapshotFormatVersion,
            " to ", kSnapshotFormatVersion, "); written by diplograph ",
            Fixed16(h + 12), ".", Fixed16(h + 14), ".", Fixed16(h + 16)));
  }
  header.version = version;
  header.section_count = SectionCount(version);
  const uint16_t sections = Fixed16(h + 18);
  if (sections != header.section_count) {
    return HeaderError(
        file, absl::StatusCode::kDataLoss, 18,
        absl::StrCat("section count ", sections, " out of range (version ",
                     version, " has ", header.section_count, ")"));
  }
  const uint64_t header_bytes =
      kFixedHeaderBytes + header.section_count * kDirectoryEntryBytes;
  if (size < header_bytes + kChecksumBytes) {
    return HeaderError(
        file, absl::StatusCode::kDataLoss, size,
        absl::StrCat("truncated: ", size, " bytes, shorter than the ",
                     header_bytes + kChecksumBytes,
                     "-byte header and section directory"));
  }
  if (verify_checksums) {
    const uint64_t want = Fixed64(h + header_bytes);
    const uint64_t got = XXH64(h, header_bytes, 0);
    if (want != got) {
      return HeaderError(
          file, absl::StatusCode::kDataLoss, header_bytes,
          absl::StrCat("header checksum mismatch (stored ", absl::Hex(want),
                       ", computed ", absl::Hex(got), ")"));
    }
  }
  const uint64_t total = Fixed64(h + 24);
  if (total != size) {
    return HeaderError(
        file, absl::StatusCode::kDataLoss, 24,
        total > size
            ? absl::StrCat("truncated: the header gives ", total,
                           " bytes, the file has ", size)
            : absl::StrCat("the header gives ", total, " bytes, the file has ",
                           size, " (trailing bytes)"));
  }
  uint64_t expected_offset = header_bytes + kChecksumBytes;
  for (uint32_t i = 0; i < header.section_count; ++i) {
    const uint8_t* d = h + kFixedHeaderBytes + i * kDirectoryEntryBytes;
    const uint64_t at = kFixedHeaderBytes + i * kDirectoryEntryBytes;
    SectionEntry& e = header.sections[i];
    e.kind = Fixed32(d);
    e.offset = Fixed64(d + 8);
    e.length = Fixed64(d + 16);
    e.count = Fixed64(d + 24);
    e.checksum = Fixed64(d + 32);
    if (e.kind != i + 1) {
      return HeaderError(
          file, absl::StatusCode::kDataLoss, at,
          absl::StrCat("directory entry ", i, ": section kind ", e.kind,
                       ", expected ", i + 1, " (", SectionName(i + 1), ")"));
    }
    if (e.offset != expected_offset || e.length > size - e.offset) {
      return HeaderError(
          file, absl::StatusCode::kDataLoss, at + 8,
          absl::StrCat("section ", SectionName(e.kind), ": offset ", e.offset,
                       " and length ", e.length,
                       " out of range (expected offset ", expected_offset,
                       ", file of ", size, " bytes)"));
    }
    if (e.count > e.length || e.count > Id<ActorTag>::kInvalid) {
      return HeaderError(
          file, absl::StatusCode::kDataLoss, at + 24,
          absl::StrCat("section ", SectionName(e.kind), ": record count ",
                       e.count, " out of range for ", e.length, " bytes"));
    }
    expected_offset = e.offset + e.length;
  }
  if (expected_offset != size) {
    return HeaderError(file, absl::StatusCode::kDataLoss, expected_offset,
                       absl::StrCat("sections end at ", expected_offset,
                                    ", the file has ", size, " bytes"));
  }
  if (verify_checksums) {
    for (uint32_t i = 0; i < header.section_count; ++i) {
      const SectionEntry& e = header.sections[i];
      const uint64_t got = XXH64(bytes.data() + e.offset, e.length, 0);
      if (got != e.checksum) {
        return absl::DataLossError(absl::StrCat(
            file, ": section ", SectionName(e.kind), " (offset ", e.offset,
            ", ", e.length, " bytes): checksum mismatch (stored ",
            absl::Hex(e.checksum), ", computed ", absl::Hex(got), ")"));
      }
    }
  }
  return absl::OkStatus();
}

}  // namespace diplograph::internal::snapshot_format
