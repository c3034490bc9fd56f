// The files of a durable graph's directory; see durable_files.h and
// docs/durable.md.

#include "io/durable_files.h"

#include <xxhash.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "io/binary_codec.h"
#include "util/status_macros.h"

namespace diplograph::internal {

namespace {

constexpr char kJournalMagic[8] = {'D', 'I', 'P', 'L', 'J', 'R', 'N', 'L'};
constexpr uint32_t kJournalVersion = 1;
// Record frame: length (4), marker (4), sequence (8), checksum (8).
constexpr size_t kFrameHeaderBytes = 24;
constexpr uint32_t kRecordMarker = 0x4A52474Du;  // "MGRJ" little-endian

uint64_t FrameChecksum(const uint8_t* header16, absl::string_view payload) {
  return XXH64(payload.data(), payload.size(), XXH64(header16, 16, 0));
}

}  // namespace

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

namespace {

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

}  // namespace

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

}  // namespace diplograph::internal
