#include "model/date_keys.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

#include "absl/time/civil_time.h"

namespace diplograph::internal {
namespace {

constexpr uint32_t kMaxKey = std::numeric_limits<uint32_t>::max();

// Days from 1970-01-01 to year-month-day of the proleptic Gregorian
// calendar, in integer arithmetic (no normalisation, no tables): count from
// 0000-03-01, so that the leap day ends a year, in whole 400-year cycles of
// 146097 days. Matches absl::CivilDay differences (date_test checks it).
int32_t DayNumberOf(int year, int month, int day) {
  const int y = month <= 2 ? year - 1 : year;      // years start in March
  const int cycle = (y >= 0 ? y : y - 399) / 400;  // 400-year cycle
  const int year_of_cycle = y - cycle * 400;       // 0 ... 399
  const int month_from_march = month > 2 ? month - 3 : month + 9;  // 0 ... 11
  const int day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
  const int day_of_cycle = year_of_cycle * 365 + year_of_cycle / 4 -
                           year_of_cycle / 100 + day_of_year;
  constexpr int kDaysTo1970 = 719468;  // 0000-03-01 to 1970-01-01
  return cycle * 146097 + day_of_cycle - kDaysTo1970;
}

uint32_t YearKey(Date day) { return static_cast<uint32_t>(day.year()) << 9; }
uint32_t MonthKey(Date day) {
  return YearKey(day) | (static_cast<uint32_t>(day.month()) << 5);
}

}  // namespace

int32_t FirstDayNumber(Date d) {
  return DayNumberOf(d.year(), d.month() == 0 ? 1 : d.month(),
                     d.day() == 0 ? 1 : d.day());
}

int32_t LastDayNumber(Date d) {
  if (d.day() != 0) return DayNumberOf(d.year(), d.month(), d.day());
  // The day before the next period begins.
  if (d.month() == 0 || d.month() == 12) {
    return DayNumberOf(d.year() + 1, 1, 1) - 1;
  }
  return DayNumberOf(d.year(), d.month() + 1, 1) - 1;
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
  // What KeysOverlapping(FirstDayNumber(window), LastDayNumber(window))
  // gives, without the round trip through day numbers (a query sets up
  // its window on every call).
  if (window.is_open_begin() && window.is_open_end()) return AllKeys();
  const uint32_t hi =
      window.is_open_end() ? kMaxKey : SortKey(window.end().LastDay());
  if (window.is_open_begin()) return {{1, hi}};
  const Date a = window.begin().FirstDay();
  if (SortKey(a) > hi) return {};
  return {
      {YearKey(a), YearKey(a)}, {MonthKey(a), MonthKey(a)}, {SortKey(a), hi}};
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
