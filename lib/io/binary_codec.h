// Little-endian fixed-width integers, LEB128 varints and date codes, shared
// by the binary snapshot (snapshot_*.cc) and the journal records of durable
// storage (graph_batch.cc, durable.cc). Formats in docs/snapshot.md and
// docs/durable.md. Private to the io layer.
//
// ByteCursor is the bounds-checked reader both decoders build on; it is not
// thread-safe (one cursor per thread); each read is O(1) (Bytes returns a
// view, Varint reads at most 10 bytes).

#ifndef DIPLOGRAPH_LIB_IO_BINARY_CODEC_H_
#define DIPLOGRAPH_LIB_IO_BINARY_CODEC_H_

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "diplograph/date.h"
#include "diplograph/polarity.h"

namespace diplograph::internal {

inline void PutFixed16(std::string& out, uint16_t v) {
  char b[2] = {static_cast<char>(v & 0xff), static_cast<char>(v >> 8)};
  out.append(b, 2);
}
inline void PutFixed32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
}
inline void PutFixed64(std::string& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
}
inline void PutVarint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

inline uint16_t Fixed16(const uint8_t* p) {
  return static_cast<uint16_t>(p[0] | (p[1] << 8));
}
inline uint32_t Fixed32(const uint8_t* p) {
  uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}
inline uint64_t Fixed64(const uint8_t* p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}

// A date as one integer: year << 9 | month << 5 | day (0 for unknown; month
// 0 for a year, day 0 for a month).
inline uint64_t DateCode(Date d) {
  return (static_cast<uint64_t>(d.year()) << 9) |
         (static_cast<uint64_t>(d.month()) << 5) |
         static_cast<uint64_t>(d.day());
}

// The date of a DateCode. Errors: InvalidArgument for a code no date has
// ("bad date code N: ...").
inline absl::StatusOr<Date> DateFromCode(uint64_t v) {
  const uint64_t year = v >> 9;
  const int month = static_cast<int>((v >> 5) & 15);
  const int day = static_cast<int>(v & 31);
  absl::StatusOr<Date> d = Date();
  if (year > 0xffff) {
    d = absl::InvalidArgumentError("year out of range");
  } else if (year == 0) {
    if (month != 0 || day != 0) d = absl::InvalidArgumentError("no year");
  } else if (month == 0) {
    d = day != 0 ? absl::InvalidArgumentError("a day without a month")
                 : Date::FromYear(static_cast<int>(year));
  } else if (day == 0) {
    d = Date::FromYearMonth(static_cast<int>(year), month);
  } else {
    d = Date::FromYearMonthDay(static_cast<int>(year), month, day);
  }
  if (!d.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("bad date code ", v, ": ", d.status().message()));
  }
  return *d;
}

// Reads varints, bytes, strings and date codes from a byte range. Every read
// is bounds-checked; the first problem is kept (with its position) and later
// reads return zeros, so a decoder can read a record straight through and
// check once. `unit` names what a truncated byte read belongs to ("record",
// "operation"); `region`, when not empty, names the range in the messages of
// Count and Bytes ("... bytes left in the section", "... runs past the
// section end"); empty gives "... bytes left" and "... past the end".
class ByteCursor {
 public:
  ByteCursor(const uint8_t* begin, size_t size, absl::string_view unit,
             absl::string_view region)
      : begin_(begin),
        p_(begin),
        end_(begin + size),
        unit_(unit),
        region_(region) {}

  bool ok() const { return error_.empty(); }
  bool at_end() const { return p_ == end_; }
  uint64_t position() const { return static_cast<uint64_t>(p_ - begin_); }
  uint64_t remaining() const { return static_cast<uint64_t>(end_ - p_); }
  // The first problem ("" when none) and the position it was found at.
  const std::string& error() const { return error_; }
  uint64_t error_offset() const { return error_offset_; }

  // Keeps `message` unless a problem was already kept.
  void Fail(absl::string_view message) {
    if (!error_.empty()) return;
    error_ = std::string(message);
    error_offset_ = position();
  }

  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p_ == end_) {
        Fail("truncated varint");
        return 0;
      }
      const uint8_t b = *p_++;
      if (shift == 63 && b > 1) {
        Fail("varint overflows 64 bits");
        return 0;
      }
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (b < 0x80) return v;
    }
    Fail("varint longer than 10 bytes");
    return 0;
  }
  uint8_t Byte() {
    if (!ok()) return 0;
    if (p_ == end_) {
      Fail(absl::StrCat("truncated ", unit_));
      return 0;
    }
    return *p_++;
  }
  // A byte that must be below `limit`.
  uint8_t Enum(uint8_t limit, absl::string_view what) {
    const uint8_t b = Byte();
    if (ok() && b >= limit) Fail(absl::StrCat(what, " ", b, " out of range"));
    return ok() ? b : 0;
  }
  // A count of items that take at least one byte each.
  size_t Count(absl::string_view what) {
    const uint64_t n = Varint();
    if (ok() && n > remaining()) {
      Fail(absl::StrCat(
          what, " count ", n, " exceeds the ", remaining(), " bytes left",
          region_.empty() ? "" : absl::StrCat(" in the ", region_)));
      return 0;
    }
    return ok() ? static_cast<size_t>(n) : 0;
  }
  // The next `n` bytes, as a view into the range.
  absl::string_view Bytes(uint64_t n) {
    if (n > remaining()) {
      Fail(absl::StrCat("string of ", n, " bytes runs past the ", region_,
                        region_.empty() ? "" : " ", "end"));
      return {};
    }
    absl::string_view s(reinterpret_cast<const char*>(p_), n);
    p_ += n;
    return s;
  }
  // A DateCode; errors as DateFromCode.
  Date DateValue() {
    const uint64_t v = Varint();
    if (!ok()) return Date();
    absl::StatusOr<Date> d = DateFromCode(v);
    if (!d.ok()) {
      Fail(d.status().message());
      return Date();
    }
    return *d;
  }
  // Two DateCodes, begin then end; errors as Interval::Make.
  Interval IntervalValue() {
    const Date begin = DateValue();
    const Date end = DateValue();
    if (!ok()) return Interval();
    absl::StatusOr<Interval> i = Interval::Make(begin, end);
    if (!i.ok()) {
      Fail(i.status().message());
      return Interval();
    }
    return *i;
  }
  // A byte 0..2 for polarity -1..1.
  Polarity PolarityValue() {
    return static_cast<Polarity>(static_cast<int>(Enum(3, "polarity")) - 1);
  }

 private:
  const uint8_t* begin_;
  const uint8_t* p_;
  const uint8_t* end_;
  absl::string_view unit_;
  absl::string_view region_;
  std::string error_;
  uint64_t error_offset_ = 0;
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_IO_BINARY_CODEC_H_
