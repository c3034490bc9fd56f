// Rules of the temporal scanner (text/temporal_scan.h) for calendar dates:
// ISO dates, named dates, day-month, bare years, decades, weekdays,
// seasons and parts of years. Each returns true and fills `core` on a match.

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "model/date_keys.h"
#include "text/temporal_scan.h"

namespace diplograph::text_internal::temporal_scan {

// ---------------------------------------------------------------------------
// Rules.

// "2024-11-08", optionally followed by a time "15:19" or "15:19:05".
bool Finder::IsoDate(size_t i, Core& core) const {
  if (!Number(i, 4, 4) || !Dash(i + 1) || !Adjacent(i + 1) ||
      !Number(i + 2, 1, 2) || !Adjacent(i + 2) || !Dash(i + 3) ||
      !Adjacent(i + 3) || !Number(i + 4, 1, 2) || !Adjacent(i + 4)) {
    return false;
  }
  if (i > 0 && Adjacent(i) &&
      (t_[i - 1].kind == TokenKind::kNumber ||
       t_[i - 1].kind == TokenKind::kWord)) {
    return false;
  }
  const Date d = MakeDay(t_[i].value, t_[i + 2].value, t_[i + 4].value);
  if (!d.is_known()) return false;
  size_t end = i + 5;
  if (Adjacent(end) &&
      (Number(end, 1, 9) || t_[end].kind == TokenKind::kWord)) {
    return false;  // "2024-11-083" or "2024-11-08abc"
  }
  const char* rule = "iso-date";
  if (Number(end, 1, 2) && !Adjacent(end) && Punct(end + 1, ':') &&
      Adjacent(end + 1) && Number(end + 2, 2, 2) && Adjacent(end + 2)) {
    end += 3;
    rule = "iso-datetime";
    if (Punct(end, ':') && Adjacent(end) && Number(end + 1, 2, 2) &&
        Adjacent(end + 1)) {
      end += 2;
    }
  }
  core.end = end;
  core.shape = Shape::kFull;
  core.year = t_[i].value;
  core.month = t_[i + 2].value;
  core.day = t_[i + 4].value;
  core.value.rule = rule;
  return true;
}

// "05-13 00:27": month and day of a page time stamp, year from the anchor.
bool Finder::MonthDayTime(size_t i, Core& core) const {
  if (!Number(i, 2, 2) || !Dash(i + 1) || !Adjacent(i + 1) ||
      !Number(i + 2, 2, 2) || !Adjacent(i + 2) || !Number(i + 3, 2, 2) ||
      Adjacent(i + 3) || !Punct(i + 4, ':') || !Adjacent(i + 4) ||
      !Number(i + 5, 2, 2) || !Adjacent(i + 5)) {
    return false;
  }
  if (i > 0 && Adjacent(i) && t_[i - 1].kind != TokenKind::kPunct) {
    return false;
  }
  const int month = t_[i].value, day = t_[i + 2].value;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  core.end = i + 6;
  core.shape = Shape::kMonthDay;
  core.month = month;
  core.day = day;
  return true;
}

// "[Tuesday,] January 20[th][,] [2025]", "Jan. 20", "January 2025",
// "January [of] this year", and the month alone after a lead word ("in
// January") or with last/next/this ("last January").
bool Finder::NamedDate(size_t i, bool lead, Core& core) const {
  size_t j = i;
  // An optional weekday before a full date: "Tuesday, Jan. 21, 2025".
  size_t after_weekday = 0;
  if (WeekdayAt(j, &after_weekday) != 0) {
    size_t k = after_weekday;
    if (Punct(k, ',')) ++k;
    size_t after_month = 0;
    if (MonthAt(k, &after_month) == 0) return false;
    j = k;
  }
  int step = 0;
  if (j == i && (Word(j, "last") || Word(j, "next") || Word(j, "this"))) {
    step = Word(j, "last") ? -1 : Word(j, "next") ? 1 : 2;
    ++j;
  }
  size_t k = 0;
  const int month = MonthAt(j, &k);
  if (month == 0) return false;
  bool abbreviated = false;
  temporal::MonthOfWord(Text(j), &abbreviated);
  core.month = month;
  // Month Day
  size_t after_day = 0;
  const int day = step == 0 ? DayAt(k, &after_day) : 0;
  if (day != 0 && NotAnAmount(after_day)) {
    core.day = day;
    size_t m = after_day;
    size_t comma = m;
    if (Punct(m, ',')) ++m;
    int year = 0;
    if (YearAt(m, &year) ||
        (Number(m, 4, 4) && t_[m].value >= 1000 && t_[m].value <= 2999 &&
         (year = t_[m].value) != 0)) {
      core.year = year;
      core.shape = Shape::kFull;
      core.end = m + 1;
    } else {
      core.shape = Shape::kMonthDay;
      core.end = comma;
    }
    if (!MakeDay(core.year == 0 ? 2000 : core.year, month, day).is_known()) {
      return false;
    }
    return true;
  }
  // Month Year, "Month of 2025"
  size_t m = k;
  if (Punct(m, ',')) ++m;
  if (Word(m, "of") && Number(m + 1, 4, 4)) ++m;
  int year = 0;
  if (step == 0 && YearAt(m, &year)) {
    core.year = year;
    core.shape = Shape::kMonthYear;
    core.end = m + 1;
    return true;
  }
  // Month this/last/next year
  m = k;
  if (Word(m, "of")) ++m;
  if (step == 0 && (Word(m, "this") || Word(m, "last") || Word(m, "next")) &&
      Word(m + 1, "year")) {
    core.year_shift = Word(m, "this") ? 0 : Word(m, "last") ? -1 : 1;
    core.year_shift_set = true;
    core.shape = Shape::kMonth;
    core.end = m + 2;
    return true;
  }
  // The month alone: only after a lead word or last/next/this, and never
  // an abbreviation (the modal "may", a name "Jan").
  if ((lead || step != 0) && !abbreviated) {
    core.shape = Shape::kMonth;
    core.month_step = step;
    core.end = k;
    return true;
  }
  return false;
}

// "20 January 2025", "20th of January", "8 Nov".
bool Finder::DayMonth(size_t i, Core& core) const {
  size_t k = 0;
  const int day = DayAt(i, &k);
  if (day == 0) return false;
  if (Word(k, "of")) ++k;
  size_t m = 0;
  const int month = MonthAt(k, &m);
  if (month == 0) return false;
  core.day = day;
  core.month = month;
  size_t y = m;
  if (Punct(y, ',')) ++y;
  int year = 0;
  if (YearAt(y, &year)) {
    core.year = year;
    core.shape = Shape::kFull;
    core.end = y + 1;
    core.value.rule = "day-month-year";
  } else {
    core.shape = Shape::kMonthDay;
    core.end = m;
  }
  return MakeDay(core.year == 0 ? 2000 : core.year, month, day).is_known();
}

// A year after a lead word ("in 2019", "since 2019", "by 2030"), or
// "early/late/mid[-]2019".
bool Finder::BareYear(size_t i, bool lead, Core& core) const {
  size_t j = i;
  bool modifier = false;
  if (Word(j, "early") || Word(j, "late") || Word(j, "mid")) {
    modifier = true;
    ++j;
    if (Dash(j) && Adjacent(j)) ++j;
  }
  int year = 0;
  if (!YearAt(j, &year)) return false;
  if (!lead && !modifier) return false;
  core.year = year;
  core.shape = Shape::kYear;
  core.end = j + 1;
  return true;
}

// "the 1990s", "1990's", "the '90s", "the early 2000s".
bool Finder::Decade(size_t i, Core& core) const {
  size_t j = i;
  if (Word(j, "the")) ++j;
  if (Word(j, "early") || Word(j, "late") || Word(j, "mid")) ++j;
  int year = 0;
  size_t end = 0;
  if (j < n_ && t_[j].kind == TokenKind::kDecade && t_[j].digits == 4 &&
      t_[j].value % 10 == 0 && t_[j].value >= 1000) {
    year = t_[j].value;
    end = j + 1;
  } else if (Number(j, 4, 4) && t_[j].value % 10 == 0 && Apostrophe(j + 1) &&
             Adjacent(j + 1) && Word(j + 2, "s") && Adjacent(j + 2)) {
    year = t_[j].value;
    end = j + 3;
  } else if (Apostrophe(j) && j + 1 < n_ &&
             t_[j + 1].kind == TokenKind::kDecade && t_[j + 1].digits == 2 &&
             Adjacent(j + 1) && t_[j + 1].value % 10 == 0) {
    year =
        t_[j + 1].value >= 30 ? 1900 + t_[j + 1].value : 2000 + t_[j + 1].value;
    end = j + 2;
  } else {
    return false;
  }
  if (year < 1000 || year > 2190) return false;
  core.year = year;
  core.shape = Shape::kDecade;
  core.end = end;
  return true;
}

// "Friday", "last Friday", "next Tuesday", "Friday's", "Friday morning".
bool Finder::WeekdayRule(size_t i, Core& core) const {
  size_t j = i;
  int step = 0;
  if (Word(j, "last") || Word(j, "next") || Word(j, "this")) {
    step = Word(j, "last") ? -1 : Word(j, "next") ? 1 : 0;
    ++j;
  }
  size_t k = 0;
  const int weekday = WeekdayAt(j, &k);
  if (weekday == 0) return false;
  bool abbreviated = false;
  temporal::WeekdayOfWord(Text(j), &abbreviated);
  if (abbreviated) return false;
  core.weekday = weekday;
  core.month_step = step;
  core.shape = Shape::kWeekday;
  if (Apostrophe(k) && Adjacent(k) && Word(k + 1, "s") && Adjacent(k + 1)) {
    core.possessive = true;
    k += 2;
  } else if (Word(k, "morning") || Word(k, "afternoon") || Word(k, "evening") ||
             Word(k, "night")) {
    ++k;
  }
  core.end = k;
  return true;
}

// "this year", "last year", "next year", "the year" (the anchor's) at i.
bool Finder::RelativeYearAt(size_t i, Core& core, size_t* end) const {
  if (!Word(i + 1, "year")) return false;
  if (Word(i, "this") || Word(i, "the")) {
    core.year_shift = 0;
  } else if (Word(i, "last")) {
    core.year_shift = -1;
  } else if (Word(i, "next")) {
    core.year_shift = 1;
  } else {
    return false;
  }
  core.year_shift_set = true;
  *end = i + 2;
  return true;
}

// "[last/next/this] summer [of 2019 | this year]", "in the summer": the
// season needs a lead word, last/next/this or a year ("fall" is a verb).
// Northern seasons: spring March to May, summer June to August, autumn
// (fall) September to November, winter December to February.
bool Finder::Season(size_t i, bool lead, Core& core) const {
  size_t j = i;
  int step = 0;
  if (Word(j, "last") || Word(j, "next") || Word(j, "this")) {
    step = Word(j, "last") ? -1 : Word(j, "next") ? 1 : 2;
    ++j;
  } else if (Word(j, "the")) {
    ++j;
  }
  if (Word(j, "early") || Word(j, "late")) ++j;
  int month = 0;
  if (Word(j, "spring")) month = 3;
  if (Word(j, "summer")) month = 6;
  if (Word(j, "autumn") || Word(j, "fall")) month = 9;
  if (Word(j, "winter")) month = 12;
  if (month == 0) return false;
  ++j;
  core.shape = Shape::kSeason;
  core.month = month;
  core.month_step = step;
  size_t k = j;
  if (Word(k, "of")) ++k;
  int year = 0;
  size_t end = 0;
  if (step == 0 && YearAt(k, &year)) {
    core.year = year;
    core.end = k + 1;
    return true;
  }
  if (step == 0 && !Word(k, "the") && RelativeYearAt(k, core, &end)) {
    core.end = end;
    return true;
  }
  if (step == 0 && !lead) return false;
  core.end = j;
  return true;
}

// "the first quarter of 2024", "the second half of this year", "Q3 2021".
bool Finder::PartOfYear(size_t i, Core& core) const {
  size_t j = i;
  int part = 0;
  if (i < n_ && t_[i].kind == TokenKind::kWord &&
      t_[i].end - t_[i].begin == 2 &&
      (text_[t_[i].begin] == 'Q' || text_[t_[i].begin] == 'H') &&
      text_[t_[i].begin + 1] >= '1' && text_[t_[i].begin + 1] <= '4') {
    const bool half = text_[t_[i].begin] == 'H';
    part = text_[t_[i].begin + 1] - '0';
    if (half && part > 2) return false;
    core.months = half ? 6 : 3;
    ++j;
    int year = 0;
    if (!YearAt(j, &year)) return false;
    core.year = year;
    core.end = j + 1;
  } else {
    if (Word(j, "the")) ++j;
    if (Word(j, "first")) part = 1;
    if (Word(j, "second")) part = 2;
    if (Word(j, "third")) part = 3;
    if (Word(j, "fourth") || Word(j, "final") || Word(j, "last")) part = 4;
    if (part == 0) return false;
    ++j;
    if (Word(j, "quarter")) {
      core.months = 3;
    } else if (Word(j, "half")) {
      core.months = 6;
      if (part == 4) part = 2;
      if (part > 2) return false;
    } else {
      return false;
    }
    if (!Word(j + 1, "of")) return false;
    j += 2;
    int year = 0;
    size_t end = 0;
    if (YearAt(j, &year)) {
      core.year = year;
      core.end = j + 1;
    } else if (RelativeYearAt(j, core, &end)) {
      core.end = end;
    } else {
      return false;
    }
  }
  core.month = (part - 1) * core.months + 1;
  core.shape = Shape::kPart;
  return true;
}

}  // namespace diplograph::text_internal::temporal_scan
