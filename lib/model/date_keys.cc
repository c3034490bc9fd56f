#include "model/date_keys.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

#include "absl/time/civil_time.h"

namespace diplograph::internal {
namespace {

constexpr uint32_t kMaxKey = std::numeric_limits<uint32_t>::max();

int32_t DayNumberOf(int year, int month, int day) {
  return static_cast<int32_t>(absl::CivilDay(year, month, day) -
                              absl::CivilDay(1970, 1, 1));
}

uint32_t YearKey(Date day) { return static_cast<uint32_t>(day.year()) << 9; }
uint32_t MonthKey(Date day) {
  return YearKey(day) | (static_cast<uint32_t>(day.month()) << 5);
}

}  // namespace

int32_t FirstDayNumber(Date d) {
  const Date first = d.FirstDay();
  return DayNumberOf(first.year(), first.month(), first.day());
}

int32_t LastDayNumber(Date d) {
  const Date last = d.LastDay();
  return DayNumberOf(last.year(), last.month(), last.day());
}

int32_t FirstDayNumber(const Interval& interval) {
  return interval.is_open_begin() ? kOpenFirstDay
                                  : FirstDayNumber(interval.begin());
}

int32_t LastDayNumber(const Interval& interval) {
  return interval.is_open_end() ? kOpenLastDay : LastDayNumber(interval.end());
}

Date DateOfDayNumber(int32_t day) {
  const absl::CivilDay d = absl::CivilDay(1970, 1, 1) + day;
  return *Date::FromYearMonthDay(static_cast<int>(d.year()), d.month(),
                                 d.day());
}

absl::CivilDay CivilDayOf(Date d) {
  const Date first = d.FirstDay();
  return absl::CivilDay(first.year(), first.month(), first.day());
}

Date DateOfCivilDay(absl::CivilDay day) {
  return *Date::FromYearMonthDay(static_cast<int>(day.year()), day.month(),
                                 day.day());
}

KeyRanges AllKeys() { return {{0, kMaxKey}}; }

KeyRanges KeysOverlapping(int32_t first, int32_t last) {
  if (first > last) return {};
  if (first == kOpenFirstDay && last == kOpenLastDay) return AllKeys();
  const uint32_t hi =
      last == kOpenLastDay ? kMaxKey : SortKey(DateOfDayNumber(last));
  if (first == kOpenFirstDay) return {{1, hi}};
  const Date a = DateOfDayNumber(first);
  return {
      {YearKey(a), YearKey(a)}, {MonthKey(a), MonthKey(a)}, {SortKey(a), hi}};
}

KeyRanges KeysOverlapping(const Interval& window) {
  return KeysOverlapping(FirstDayNumber(window), LastDayNumber(window));
}

KeyRanges Union(const KeyRanges& a, const KeyRanges& b) {
  KeyRanges all = a;
  all.insert(all.end(), b.begin(), b.end());
  std::sort(all.begin(), all.end(),
            [](const KeyRange& x, const KeyRange& y) { return x.lo < y.lo; });
  KeyRanges out;
  for (const KeyRange& r : all) {
    if (!out.empty() &&
        (out.back().hi == kMaxKey || out.back().hi + 1 >= r.lo)) {
      out.back().hi = std::max(out.back().hi, r.hi);
    } else {
      out.push_back(r);
    }
  }
  return out;
}

KeyRanges Intersect(const KeyRanges& a, const KeyRanges& b) {
  KeyRanges out;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    const uint32_t lo = std::max(a[i].lo, b[j].lo);
    const uint32_t hi = std::min(a[i].hi, b[j].hi);
    if (lo <= hi) out.push_back({lo, hi});
    if (a[i].hi < b[j].hi) {
      ++i;
    } else {
      ++j;
    }
  }
  return out;
}

bool ContainsKey(const KeyRanges& ranges, uint32_t key) {
  for (const KeyRange& r : ranges) {
    if (r.lo <= key && key <= r.hi) return true;
  }
  return false;
}

bool DateOverlaps(Date date, int32_t first, int32_t last) {
  if (first > last) return false;
  if (!date.is_known()) return first == kOpenFirstDay && last == kOpenLastDay;
  return FirstDayNumber(date) <= last && first <= LastDayNumber(date);
}

}  // namespace diplograph::internal
