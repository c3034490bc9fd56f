// Calendar dates without time zones, with a precision, and intervals of them.
//
// Diplomatic reporting rarely pins everything to a day: "in 2014", "last
// March", "since the 1990s". A `Date` therefore carries its precision (day,
// month, year, or unknown) and stands for the whole period it names: the date
// "2024-11" covers 2024-11-01 through 2024-11-30. An `Interval` is a pair of
// dates, either end of which may be open (unknown), and covers every day from
// the first day of its begin to the last day of its end, both inclusive.
//
// Dates print and parse in ISO 8601 calendar form:
//
//   absl::StatusOr<Date> d = Date::Parse("2024-11-08");   // day precision
//   Date m = *Date::Parse("2024-11");                     // month precision
//   Interval president = *Interval::Parse("2025-01-20/..");  // open end
//   president.Contains(*Date::Parse("2025-02-01"));       // true
//   Interval::During(m);                                  // all of 2024-11
//
// Invalid calendar dates ("2024-02-30", "2024-13-01") are errors, never
// normalised. Years are limited to 1 ... 9999 (four digits, as ISO 8601
// writes them without an expansion agreement).
//
// Thread safety: `Date` and `Interval` are immutable values; any number of
// threads may use them concurrently.

#ifndef DIPLOGRAPH_DATE_H_
#define DIPLOGRAPH_DATE_H_

#include <compare>
#include <cstdint>
#include <string>
#include <utility>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace diplograph {

// How much of a date is known.
enum class DatePrecision : uint8_t {
  kUnknown = 0,  // nothing is known; as an interval end: open
  kYear = 1,     // "2024"
  kMonth = 2,    // "2024-11"
  kDay = 3,      // "2024-11-08"
};

// Returns "unknown", "year", "month" or "day".
absl::string_view DatePrecisionName(DatePrecision precision);

// A calendar date of day, month or year precision, or the unknown date.
// Four bytes, trivially copyable. Ordering (operator<) sorts unknown dates
// first, then by year, month and day, where a coarser date sorts before the
// finer dates inside it ("2024" < "2024-01" < "2024-01-01").
class Date {
 public:
  // The unknown date.
  constexpr Date() = default;

  // Builds a date of the given precision. Returns InvalidArgument when the
  // year is outside 1 ... 9999, the month outside 1 ... 12, or the day is not
  // a day of that month ("2023-02-29").
  static absl::StatusOr<Date> FromYear(int year);
  static absl::StatusOr<Date> FromYearMonth(int year, int month);
  static absl::StatusOr<Date> FromYearMonthDay(int year, int month, int day);

  // Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (exactly these digit counts).
  // The empty string and "?" parse as the unknown date. Returns
  // InvalidArgument, naming the text and the problem, for anything else,
  // including dates that are not on the calendar ("2024-02-30").
  static absl::StatusOr<Date> Parse(absl::string_view text);

  DatePrecision precision() const {
    if (year_ == 0) return DatePrecision::kUnknown;
    if (month_ == 0) return DatePrecision::kYear;
    if (day_ == 0) return DatePrecision::kMonth;
    return DatePrecision::kDay;
  }
  bool is_known() const { return year_ != 0; }

  // Components; 0 where not known at this precision.
  int year() const { return year_; }
  int month() const { return month_; }
  int day() const { return day_; }

  // The first and last day of the period the date names, as day-precision
  // dates ("2024-11" -> 2024-11-01 and 2024-11-30). REQUIRES: is_known().
  Date FirstDay() const;
  Date LastDay() const;

  // The day-precision date `days` days after the first day of this date
  // (before it when negative): "2024-02-28" plus 1 is "2024-02-29".
  // REQUIRES: is_known() and the result lies in years 1 ... 9999.
  Date PlusDays(int days) const;

  // True if every day of the period `date` names lies in the period this
  // date names: for a day-precision `date`, whether that day is inside.
  // False when either date is unknown.
  bool Covers(Date date) const;

  // "2024-11-08", "2024-11", "2024", or "?" for the unknown date.
  std::string ToString() const;

  // Member-wise: year, then month, then day, so that unknown dates (year
  // 0) sort first and a coarser date (month or day 0) sorts before the finer
  // dates inside it.
  friend bool operator==(const Date& a, const Date& b) = default;
  friend auto operator<=>(const Date& a, const Date& b) = default;

  template <typename H>
  friend H AbslHashValue(H h, const Date& d) {
    return H::combine(std::move(h), d.year_, d.month_, d.day_);
  }

 private:
  // Components are validated by the factories; a zero month or day marks a
  // coarser precision, a zero year the unknown date.
  constexpr Date(int year, int month, int day)
      : year_(static_cast<uint16_t>(year)),
        month_(static_cast<uint8_t>(month)),
        day_(static_cast<uint8_t>(day)) {}

  uint16_t year_ = 0;
  uint8_t month_ = 0;
  uint8_t day_ = 0;
};

// A span of days between two dates, both inclusive; an unknown end is open.
// The default interval is open at both ends and contains every day.
// Invariant (checked by Make and Parse): when both ends are known, the first
// day of `begin` is not after the last day of `end`.
class Interval {
 public:
  // The interval open at both ends ("always").
  constexpr Interval() = default;

  // Returns InvalidArgument when both ends are known and `end` finishes
  // before `begin` starts.
  static absl::StatusOr<Interval> Make(Date begin, Date end);

  // From `begin` on, open end.
  static Interval Since(Date begin) { return Interval(begin, Date()); }
  // Up to and including `end`, open start.
  static Interval Until(Date end) { return Interval(Date(), end); }
  // The period `date` names, from its first day to its last ("2024-11":
  // every day of that month); the unknown date gives the open interval.
  // Never fails, unlike Make.
  static Interval During(Date date) { return Interval(date, date); }

  // Parses "BEGIN/END" where each side is a date as Date::Parse takes it or
  // ".." (open), or a single date ("2024-11" = that month). Returns
  // InvalidArgument for malformed text or an end before the begin.
  static absl::StatusOr<Interval> Parse(absl::string_view text);

  Date begin() const { return begin_; }
  Date end() const { return end_; }
  bool is_open_begin() const { return !begin_.is_known(); }
  bool is_open_end() const { return !end_.is_known(); }

  // True if every day of the period `date` names is inside the interval:
  // for a day-precision `date`, whether that day is. False for the unknown
  // date.
  bool Contains(Date date) const;

  // True if some day lies in both intervals.
  bool Overlaps(const Interval& other) const;

  // "2024-11-06/2025-01-19", "2025-01-20/..", "../2025-01-19" or "../..".
  std::string ToString() const;

  friend bool operator==(const Interval& a, const Interval& b) = default;

 private:
  constexpr Interval(Date begin, Date end) : begin_(begin), end_(end) {}

  Date begin_{};
  Date end_{};
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_DATE_H_
