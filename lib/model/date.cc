#include "diplograph/date.h"

#include <cstdint>
#include <limits>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "model/date_keys.h"
#include "util/utf8.h"

namespace diplograph {

using internal::Quoted;
namespace {

constexpr int kMinYear = 1;
constexpr int kMaxYear = 9999;

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  if (month == 2) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

// Parses exactly `text.size()` ASCII digits; false on anything else.
bool ParseDigits(absl::string_view text, int* value) {
  int v = 0;
  for (char c : text) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) return false;
    v = v * 10 + (c - '0');
  }
  *value = v;
  return !text.empty();
}

absl::Status BadDate(absl::string_view text, absl::string_view why) {
  return absl::InvalidArgumentError(
      absl::StrCat(Quoted(text), " is not a date: ", why));
}

}  // namespace

absl::string_view DatePrecisionName(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::kUnknown:
      return "unknown";
    case DatePrecision::kYear:
      return "year";
    case DatePrecision::kMonth:
      return "month";
    case DatePrecision::kDay:
      return "day";
  }
  return "unknown";
}

namespace {

// The checks the three constructors share, in order: year, then month.
absl::Status CheckYear(int year) {
  if (year < kMinYear || year > kMaxYear) {
    return absl::InvalidArgumentError(
        absl::StrCat("year ", year, " is outside 1..9999"));
  }
  return absl::OkStatus();
}

absl::Status CheckYearMonth(int year, int month) {
  if (absl::Status s = CheckYear(year); !s.ok()) return s;
  if (month < 1 || month > 12) {
    return absl::InvalidArgumentError(
        absl::StrCat("month ", month, " is outside 1..12"));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<Date> Date::FromYear(int year) {
  if (absl::Status s = CheckYear(year); !s.ok()) return s;
  return Date(year, 0, 0);
}

absl::StatusOr<Date> Date::FromYearMonth(int year, int month) {
  if (absl::Status s = CheckYearMonth(year, month); !s.ok()) return s;
  return Date(year, month, 0);
}

absl::StatusOr<Date> Date::FromYearMonthDay(int year, int month, int day) {
  if (absl::Status s = CheckYearMonth(year, month); !s.ok()) return s;
  if (day < 1 || day > DaysInMonth(year, month)) {
    return absl::InvalidArgumentError(
        absl::StrFormat("day %d is not a day of %04d-%02d (which has %d days)",
                        day, year, month, DaysInMonth(year, month)));
  }
  return Date(year, month, day);
}

absl::StatusOr<Date> Date::Parse(absl::string_view text) {
  if (text.empty() || text == "?") return Date();
  int year = 0, month = 0, day = 0;
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) {
    return BadDate(text, "expected YYYY, YYYY-MM or YYYY-MM-DD");
  }
  if (!ParseDigits(text.substr(0, 4), &year)) {
    return BadDate(text, "the year must be four digits");
  }
  if (text.size() >= 7) {
    if (text[4] != '-' || !ParseDigits(text.substr(5, 2), &month)) {
      return BadDate(text, "expected YYYY-MM with a two-digit month");
    }
  }
  if (text.size() == 10) {
    if (text[7] != '-' || !ParseDigits(text.substr(8, 2), &day)) {
      return BadDate(text, "expected YYYY-MM-DD with a two-digit day");
    }
  }
  absl::StatusOr<Date> date = text.size() == 4 ? FromYear(year)
                              : text.size() == 7
                                  ? FromYearMonth(year, month)
                                  : FromYearMonthDay(year, month, day);
  if (!date.ok()) return BadDate(text, date.status().message());
  return date;
}

Date Date::FirstDay() const {
  return Date(year_, month_ == 0 ? 1 : month_, day_ == 0 ? 1 : day_);
}

Date Date::LastDay() const {
  if (month_ == 0) return Date(year_, 12, 31);
  if (day_ == 0) return Date(year_, month_, DaysInMonth(year_, month_));
  return *this;
}

Date Date::PlusDays(int days) const {
  return internal::DateOfDayNumber(internal::FirstDayNumber(*this) + days);
}

bool Date::Covers(Date date) const {
  return is_known() && date.is_known() && FirstDay() <= date.FirstDay() &&
         date.LastDay() <= LastDay();
}

std::string Date::ToString() const {
  switch (precision()) {
    case DatePrecision::kUnknown:
      return "?";
    case DatePrecision::kYear:
      return absl::StrFormat("%04d", year_);
    case DatePrecision::kMonth:
      return absl::StrFormat("%04d-%02d", year_, month_);
    case DatePrecision::kDay:
      return absl::StrFormat("%04d-%02d-%02d", year_, month_, day_);
  }
  return "?";
}

absl::StatusOr<Interval> Interval::Make(Date begin, Date end) {
  if (begin.is_known() && end.is_known() && end.LastDay() < begin.FirstDay()) {
    return absl::InvalidArgumentError(
        absl::StrCat("interval end ", end.ToString(), " is before its begin ",
                     begin.ToString()));
  }
  return Interval(begin, end);
}

absl::StatusOr<Interval> Interval::Parse(absl::string_view text) {
  const size_t slash = text.find('/');
  if (slash == absl::string_view::npos) {
    if (text == "..") return Interval();
    absl::StatusOr<Date> date = Date::Parse(text);
    if (!date.ok()) return date.status();
    if (!date->is_known()) {
      return absl::InvalidArgumentError(
          "an interval needs a date or BEGIN/END with \"..\" for open ends");
    }
    return Interval(*date, *date);
  }
  absl::string_view left = text.substr(0, slash);
  absl::string_view right = text.substr(slash + 1);
  if (right.find('/') != absl::string_view::npos) {
    return absl::InvalidArgumentError(
        absl::StrCat(Quoted(text), " is not an interval: more than one '/'"));
  }
  Date begin, end;
  if (left != "..") {
    absl::StatusOr<Date> d = Date::Parse(left);
    if (!d.ok()) return d.status();
    begin = *d;
  }
  if (right != "..") {
    absl::StatusOr<Date> d = Date::Parse(right);
    if (!d.ok()) return d.status();
    end = *d;
  }
  return Make(begin, end);
}

bool Interval::Contains(Date date) const {
  if (!date.is_known()) return false;
  if (begin_.is_known() && date.FirstDay() < begin_.FirstDay()) return false;
  if (end_.is_known() && date.LastDay() > end_.LastDay()) return false;
  return true;
}

bool Interval::Overlaps(const Interval& other) const {
  return internal::FirstDayNumber(*this) <= internal::LastDayNumber(other) &&
         internal::FirstDayNumber(other) <= internal::LastDayNumber(*this);
}

std::string Interval::ToString() const {
  return absl::StrCat(begin_.is_known() ? begin_.ToString() : "..", "/",
                      end_.is_known() ? end_.ToString() : "..");
}

}  // namespace diplograph
