// Little-endian fixed-width integers, LEB128 varints and date codes, shared
// by the binary snapshot (snapshot.cc) and the journal records of durable
// storage (graph_batch.cc, durable.cc). Formats in docs/snapshot.md and
// docs/durable.md. Private to the io layer.

#ifndef DIPLOGRAPH_LIB_IO_BINARY_CODEC_H_
#define DIPLOGRAPH_LIB_IO_BINARY_CODEC_H_

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "diplograph/date.h"

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

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_IO_BINARY_CODEC_H_
