// Private: the compact forms of dates the library computes with, which the
// public API keeps to itself (it speaks Date and Interval).
//
// Sort keys. SortKey(d) packs a date into 32 bits (year << 9 | month << 5 |
// day) so that integers order as dates do (Date's operator<): unknown
// first, a coarser date before the finer dates inside it. The store sorts
// its lists by it and the query layer slices them with it.
//
// Day numbers. Days since 1970-01-01 (negative before), for overlap tests
// of periods in integer arithmetic; open interval ends are kOpenFirstDay /
// kOpenLastDay.
//
// Key ranges. A statement dated `d` matches a window of days when the
// period `d` names overlaps the window. Because a year sorts before its
// months and a month before its days, the keys that overlap a window [a, b]
// are exactly: the key of a's year, the key of a's month, and every key from
// a's day key to b's day key. A window therefore becomes at most three
// ranges of keys, and a list sorted by (date, id) answers it with at most
// three binary searches (KeySlice).

#ifndef DIPLOGRAPH_LIB_MODEL_DATE_KEYS_H_
#define DIPLOGRAPH_LIB_MODEL_DATE_KEYS_H_

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

#include "absl/time/civil_time.h"
#include "absl/types/span.h"
#include "diplograph/date.h"

namespace diplograph::internal {

// A number that orders dates as operator< does; 0 for the unknown date.
inline uint32_t SortKey(Date d) {
  return (static_cast<uint32_t>(d.year()) << 9) |
         (static_cast<uint32_t>(d.month()) << 5) |
         static_cast<uint32_t>(d.day());
}

inline constexpr int32_t kOpenFirstDay = std::numeric_limits<int32_t>::min();
inline constexpr int32_t kOpenLastDay = std::numeric_limits<int32_t>::max();

// Days since 1970-01-01 of the first / last day of the period `d` names.
// REQUIRES: d.is_known().
int32_t FirstDayNumber(Date d);
int32_t LastDayNumber(Date d);

// The same for an interval; open ends give kOpenFirstDay / kOpenLastDay.
int32_t FirstDayNumber(const Interval& interval);
int32_t LastDayNumber(const Interval& interval);

// The day-precision date of a day number. REQUIRES: the day lies in years
// 1 ... 9999.
Date DateOfDayNumber(int32_t day);

// The first day of the period `d` names, as a civil day, and back.
// REQUIRES: d.is_known(); for DateOfCivilDay, a day in years 1 ... 9999.
absl::CivilDay CivilDayOf(Date d);
Date DateOfCivilDay(absl::CivilDay day);

// A closed range of sort keys.
struct KeyRange {
  uint32_t lo = 0;
  uint32_t hi = 0;
};

// A union of disjoint key ranges, ascending.
using KeyRanges = std::vector<KeyRange>;

// Every key, the unknown date's included.
KeyRanges AllKeys();

// The keys of dates whose period overlaps the days [first, last] (day
// numbers; kOpenFirstDay / kOpenLastDay for open ends). Fully open gives
// AllKeys(); any bounded end excludes the unknown date. Empty when
// first > last.
KeyRanges KeysOverlapping(int32_t first, int32_t last);

// The same for an Interval.
KeyRanges KeysOverlapping(const Interval& window);

// Union and intersection of range sets.
KeyRanges Union(const KeyRanges& a, const KeyRanges& b);
KeyRanges Intersect(const KeyRanges& a, const KeyRanges& b);

// True if `key` lies in one of the ranges.
bool ContainsKey(const KeyRanges& ranges, uint32_t key);

// True if the period of `date` overlaps the days [first, last] in the sense
// of KeysOverlapping.
bool DateOverlaps(Date date, int32_t first, int32_t last);

// The sub-span of `list`, sorted by key_of(element), whose keys lie in
// [range.lo, range.hi]. O(log |list|) calls of key_of.
template <typename T, typename KeyOf>
absl::Span<const T> KeySlice(absl::Span<const T> list, KeyRange range,
                             KeyOf key_of) {
  auto lo = std::partition_point(list.begin(), list.end(), [&](const T& x) {
    return key_of(x) < range.lo;
  });
  auto hi = std::partition_point(
      lo, list.end(), [&](const T& x) { return key_of(x) <= range.hi; });
  return list.subspan(static_cast<size_t>(lo - list.begin()),
                      static_cast<size_t>(hi - lo));
}

// The same for another random-access list type with a Span-like
// subspan(pos, len) (StatementRange): the sub-range of `list` whose keys
// lie in [range.lo, range.hi]. O(log |list|) calls of key_of.
template <typename List, typename KeyOf>
List KeySlice(const List& list, KeyRange range, KeyOf key_of) {
  auto lo = std::partition_point(list.begin(), list.end(), [&](const auto& x) {
    return key_of(x) < range.lo;
  });
  auto hi = std::partition_point(
      lo, list.end(), [&](const auto& x) { return key_of(x) <= range.hi; });
  return list.subspan(static_cast<size_t>(lo - list.begin()),
                      static_cast<size_t>(hi - lo));
}

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_MODEL_DATE_KEYS_H_
