// Dictionary dates under the two semantics (documented, PETRARCH 2's), and
// the codes of an entry that apply on a day.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "diplograph/dictionary.h"
#include "ingest/dictionary_internal.h"
#include "model/date_keys.h"
#include "util/utf8.h"

namespace diplograph {
namespace internal {
namespace {

bool AllDigits(absl::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// Python's int() of a slice as PETRARCH takes it: digits only here (the
// reader never passes signs or blanks); nullopt for an empty slice.
std::optional<int64_t> SliceInt(absl::string_view s, size_t from, size_t n) {
  if (from >= s.size()) return std::nullopt;
  absl::string_view part = s.substr(from, n);
  if (!AllDigits(part)) return std::nullopt;
  int64_t v = 0;
  for (char c : part) v = v * 10 + (c - '0');
  return v;
}

int Year2(int yy, int pivot) { return yy <= pivot ? 2000 + yy : 1900 + yy; }

const absl::CivilDay kDayOne(1601, 1, 1);

}  // namespace

absl::StatusOr<Date> ParseDictionaryDate(absl::string_view digits, int pivot) {
  if (!AllDigits(digits)) {
    return absl::InvalidArgumentError(
        absl::StrCat(Quoted(digits), " is not a date of digits"));
  }
  int y, m, d;
  auto two = [&](size_t i) {
    return (digits[i] - '0') * 10 + digits[i + 1] - '0';
  };
  if (digits.size() == 6) {
    y = Year2(two(0), pivot);
    m = two(2);
    d = two(4);
  } else if (digits.size() == 8) {
    y = two(0) * 100 + two(2);
    m = two(4);
    d = two(6);
  } else {
    return absl::InvalidArgumentError(
        absl::StrCat(digits.size(), "-digit date ", Quoted(digits),
                     " (dates have 6 digits, YYMMDD, or 8, YYYYMMDD)"));
  }
  absl::StatusOr<Date> date = Date::FromYearMonthDay(y, m, d);
  if (!date.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(Quoted(digits), " is not a calendar date"));
  }
  return date;
}

std::optional<int64_t> PetrarchDayNumber(absl::string_view s, int pivot) {
  std::optional<int64_t> year, month, day;
  if (s.size() > 7) {
    year = SliceInt(s, 0, 4);
    month = SliceInt(s, 4, 2);
    day = SliceInt(s, 6, 2);
  } else {
    year = SliceInt(s, 0, 2);
    if (year.has_value()) *year = Year2(static_cast<int>(*year), pivot);
    month = SliceInt(s, 2, 2);
    day = SliceInt(s, 4, 2);
  }
  if (!year || !month || !day) return std::nullopt;
  const int64_t y = *year, m = *month, d = *day;
  if (d <= 0) return std::nullopt;
  if (m == 2) {
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > (leap ? 29 : 28)) return std::nullopt;
  } else if (m == 4 || m == 6 || m == 9 || m == 11) {
    if (d > 30) return std::nullopt;
  } else if (d > 31) {
    return std::nullopt;
  }
  // The Julian day number of the proleptic Gregorian date (months outside
  // 1 ... 12 roll over, as they do in PETRARCH), less that of 1600-12-31.
  const int64_t a = m < 3 ? 1 : 0;
  const int64_t yr = y + 4800 - a;
  const int64_t mo = m + 12 * a - 3;
  const int64_t jdn =
      d + (153 * mo + 2) / 5 + 365 * yr + yr / 4 - yr / 100 + yr / 400 - 32045;
  return jdn - 2305813;
}

std::optional<Date> DateOfDayNumber(int64_t n) {
  if (n < -584000 || n > 3000000) return std::nullopt;  // far outside 1..9999
  const absl::CivilDay day = kDayOne + (n - 1);
  if (day.year() < 1 || day.year() > 9999) return std::nullopt;
  return internal::DateOfCivilDay(day);
}

std::optional<Date> PreviousDay(Date day) {
  const absl::CivilDay d = internal::CivilDayOf(day.FirstDay()) - 1;
  if (d.year() < 1) return std::nullopt;
  return internal::DateOfCivilDay(d);
}

std::optional<Date> NextDay(Date day) {
  const absl::CivilDay d = internal::CivilDayOf(day.LastDay()) + 1;
  if (d.year() > 9999) return std::nullopt;
  return internal::DateOfCivilDay(d);
}

namespace {

bool Documented(DictionaryCode* code, int pivot) {
  auto fail = [&](std::string problem) {
    code->problem = std::move(problem);
    code->valid = std::nullopt;
    return true;
  };
  switch (code->form) {
    case DateForm::kNone:
      code->valid = Interval();
      return true;
    case DateForm::kBare:
      return fail(absl::StrCat("bare date ", Quoted(code->begin_text),
                               " without '<' (until) or '>' (from)"));
    case DateForm::kFrom: {
      absl::StatusOr<Date> b = ParseDictionaryDate(code->begin_text, pivot);
      if (!b.ok()) return fail(std::string(b.status().message()));
      code->valid = Interval::Since(*b);
      return true;
    }
    case DateForm::kUntil: {
      absl::StatusOr<Date> e = ParseDictionaryDate(code->end_text, pivot);
      if (!e.ok()) return fail(std::string(e.status().message()));
      code->valid = Interval::Until(*e);
      return true;
    }
    case DateForm::kRange: {
      absl::StatusOr<Date> b = ParseDictionaryDate(code->begin_text, pivot);
      if (!b.ok()) return fail(std::string(b.status().message()));
      absl::StatusOr<Date> e = ParseDictionaryDate(code->end_text, pivot);
      if (!e.ok()) return fail(std::string(e.status().message()));
      absl::StatusOr<Interval> i = Interval::Make(*b, *e);
      if (!i.ok()) {
        return fail(absl::StrCat("inverted range: ", b->ToString(),
                                 " is after ", e->ToString()));
      }
      code->valid = *i;
      return true;
    }
  }
  return true;
}

bool Petrarch(DictionaryCode* code, int pivot) {
  auto day = [&](absl::string_view text) -> std::optional<Date> {
    std::optional<int64_t> n = PetrarchDayNumber(text, pivot);
    if (!n) return std::nullopt;
    return DateOfDayNumber(*n);
  };
  code->valid = std::nullopt;
  switch (code->form) {
    case DateForm::kNone:
      code->valid = Interval();
      return true;
    case DateForm::kBare: {
      // It compares the day with the day number written in decimal less
      // its first digit.
      std::optional<int64_t> n = PetrarchDayNumber(code->begin_text, pivot);
      if (!n) return false;
      const std::string digits = absl::StrCat(*n);
      if (digits.size() < 2 || digits[0] == '-') return false;
      int64_t cut = 0;
      for (char c : digits.substr(1)) cut = cut * 10 + (c - '0');
      // `curdate >= cut`: from the day numbered `cut` on.
      std::optional<Date> from = DateOfDayNumber(cut);
      code->valid = from ? Interval::Since(*from) : Interval();
      return true;
    }
    case DateForm::kFrom: {
      std::optional<Date> b = day(code->begin_text);
      if (!b) return false;
      code->valid = Interval::Since(*b);
      return true;
    }
    case DateForm::kUntil: {  // `curdate < end`
      std::optional<Date> e = day(code->end_text);
      if (!e) return false;
      std::optional<Date> last = PreviousDay(*e);
      if (last) code->valid = Interval::Until(*last);
      return true;
    }
    case DateForm::kRange: {  // `begin <= curdate < end`
      std::optional<Date> b = day(code->begin_text);
      std::optional<Date> e = day(code->end_text);
      if (!b || !e) return false;
      std::optional<Date> last = PreviousDay(*e);
      if (last && !(*last < *b)) {
        code->valid = *Interval::Make(*b, *last);
      }
      return true;  // an empty range never applies, as in PETRARCH
    }
  }
  return true;
}

}  // namespace

bool ComputeValidity(DictionaryCode* code, bool petrarch_compatible,
                     int pivot) {
  code->problem.clear();
  if (petrarch_compatible) return Petrarch(code, pivot);
  return Documented(code, pivot);
}

}  // namespace internal

namespace {

bool Covers(const Interval& i, Date day) {
  if (i.begin().is_known() && day < i.begin()) return false;
  if (i.end().is_known() && i.end() < day) return false;
  return true;
}

}  // namespace

std::vector<const DictionaryCode*> CodesOn(const Dictionary& dictionary,
                                           const DictionaryEntry& entry,
                                           Date day) {
  std::vector<const DictionaryCode*> out;
  if (dictionary.petrarch_compatible) {
    for (const DictionaryCode& c : entry.codes) {
      if (c.problem.empty() && c.valid && Covers(*c.valid, day)) {
        out.push_back(&c);
        break;
      }
    }
    return out;
  }
  for (const DictionaryCode& c : entry.codes) {
    if (c.dated() && c.problem.empty() && c.valid && Covers(*c.valid, day)) {
      out.push_back(&c);
    }
  }
  if (!out.empty()) return out;
  for (const DictionaryCode& c : entry.codes) {
    if (!c.dated() && c.problem.empty() && c.valid) out.push_back(&c);
  }
  return out;
}

}  // namespace diplograph
