// Rules of the temporal scanner (text/temporal_scan.h) for expressions
// relative to the anchor: relative days ("yesterday") and periods ("last
// week", "two weeks ago"), durations ("for two weeks") and vague
// expressions kept unresolved ("recently").

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

// "today", "yesterday", "tomorrow", "tonight", "this morning", "last
// night", "the day before yesterday", "earlier in the day".
bool Finder::RelativeDay(size_t i, Core& core) const {
  const bool day_anchor = anchor_.precision() == DatePrecision::kDay;
  auto settle = [&](size_t end, const char* rule, int offset, float conf) {
    core.end = end;
    Settle(core, rule, day_anchor ? ShiftDays(anchor_, offset) : Date(),
           DateBasis::kRelative, conf);
    if (offset > 0) core.value.future = true;
    return true;
  };
  if (Word(i, "the") && Word(i + 1, "day") && Word(i + 3, "yesterday") &&
      Word(i + 2, "before")) {
    return settle(i + 4, "day-before-yesterday", -2, 0.9f);
  }
  if (Word(i, "the") && Word(i + 1, "day") && Word(i + 3, "tomorrow") &&
      Word(i + 2, "after")) {
    return settle(i + 4, "day-after-tomorrow", 2, 0.9f);
  }
  auto part_of_day = [&](size_t j) {
    return Word(j, "morning") || Word(j, "afternoon") || Word(j, "evening") ||
           Word(j, "night");
  };
  if (Word(i, "today") || Word(i, "tonight")) {
    // "today's" keeps its apostrophe-s inside the span.
    size_t end = i + 1;
    if (Apostrophe(end) && Adjacent(end) && Word(end + 1, "s")) end += 2;
    return settle(end, "today", 0, 0.9f);
  }
  if (Word(i, "yesterday")) {
    return settle(part_of_day(i + 1) ? i + 2 : i + 1, "yesterday", -1, 0.9f);
  }
  if (Word(i, "tomorrow")) {
    return settle(part_of_day(i + 1) ? i + 2 : i + 1, "tomorrow", 1, 0.9f);
  }
  if (Word(i, "this") && part_of_day(i + 1) && !Word(i + 1, "night")) {
    return settle(i + 2, "this-part-of-day", 0, 0.85f);
  }
  if (Word(i, "last") && Word(i + 1, "night")) {
    return settle(i + 2, "last-night", -1, 0.6f);
  }
  if ((Word(i, "earlier") || Word(i, "later")) && Word(i + 1, "in") &&
      Word(i + 2, "the") && Word(i + 3, "day")) {
    const bool later = Word(i, "later");
    settle(i + 4, later ? "later-in-the-day" : "earlier-in-the-day", 0, 0.8f);
    core.value.future = later;
    return true;
  }
  return false;
}

// "last week", "this month", "earlier this year", "next year", "late last
// year", "earlier in the week", "two weeks ago".
bool Finder::RelativePeriod(size_t i, Core& core) const {
  size_t j = i;
  // Optional "earlier" / "later" / "early" / "late" before the period.
  int part = 0;  // -1 earlier, +1 later, -2 early, +2 late
  if (Word(j, "earlier")) part = -1;
  if (Word(j, "later")) part = 1;
  if (Word(j, "early")) part = -2;
  if (Word(j, "late")) part = 2;
  if (part != 0) ++j;
  int step = 0;  // -1 last, 0 this, +1 next
  bool have_step = false;
  if (Word(j, "last") || Word(j, "past") || Word(j, "previous")) {
    step = -1;
    have_step = true;
  } else if (Word(j, "this") || Word(j, "current")) {
    have_step = true;
  } else if (Word(j, "next") || Word(j, "coming")) {
    step = 1;
    have_step = true;
  } else if ((part == -1 || part == 1) && Word(j, "in") && Word(j + 1, "the")) {
    // "earlier in the week" = earlier this week.
    have_step = true;
    ++j;
  }
  // "the past week" and "this past week" are the week before.
  if (have_step && step == 0 && Word(j + 1, "past")) {
    step = -1;
    ++j;
  }
  if (!have_step) {
    // "N days ago", "a week ago"
    size_t k = 0;
    const int count = CountAt(i, &k);
    char unit = 0;
    int scale = 1;
    if (count == 0 || !UnitAt(k, &unit, &scale) || !Word(k + 1, "ago")) {
      return false;
    }
    core.end = k + 2;
    const int amount = count * scale;
    Date date;
    if (anchor_.is_known()) {
      switch (unit) {
        case 'D':
          if (anchor_.precision() == DatePrecision::kDay) {
            date = ShiftDays(anchor_, -amount);
          }
          break;
        case 'W':
          if (anchor_.precision() == DatePrecision::kDay) {
            date = ShiftDays(anchor_, -7 * amount);
          }
          break;
        case 'M':
          if (anchor_.precision() >= DatePrecision::kMonth) {
            date = AddMonths(anchor_, -amount);
          }
          break;
        case 'Y':
          date = MakeYear(anchor_.year() - amount);
          break;
        default:
          date = anchor_.precision() == DatePrecision::kDay ? anchor_ : Date();
      }
    }
    Settle(core, "ago", date, DateBasis::kRelative, 0.8f);
    return true;
  }
  const bool week = Word(j + 1, "week");
  const bool month = Word(j + 1, "month");
  const bool year = Word(j + 1, "year");
  if (Word(j + 1, "weekend") && part == 0) {
    // "last weekend", "this weekend", "next weekend": Saturday and Sunday
    // of the week before, of this week, of the week after.
    core.end = j + 2;
    Date saturday;
    if (anchor_.precision() == DatePrecision::kDay) {
      saturday =
          ShiftDays(anchor_, 6 - temporal::WeekdayOf(anchor_) + 7 * step);
    }
    Settle(core,
           step < 0   ? "last-weekend"
           : step > 0 ? "next-weekend"
                      : "this-weekend",
           saturday, DateBasis::kRelative, 0.8f);
    if (saturday.is_known()) core.value.range_end = ShiftDays(saturday, 1);
    core.value.future = step > 0;
    return true;
  }
  if (!week && !month && !year) return false;
  if (i > 0 && part == 0 && step == -1 && Word(i, "past") &&
      !Word(i - 1, "the")) {
    return false;  // "past week" needs "the"
  }
  // "the last/past/next week" take their article.
  core.end = j + 2;
  TimeExpression& v = core.value;
  Date date, range_end;
  const char* rule = "";
  if (week) {
    rule = step < 0 ? "last-week" : step > 0 ? "next-week" : "this-week";
    if (part == -1 && step == 0) rule = "earlier-this-week";
    if (part == 1 && step == 0) rule = "later-this-week";
    if (anchor_.precision() == DatePrecision::kDay) {
      const Date monday =
          ShiftDays(anchor_, 1 - temporal::WeekdayOf(anchor_) + 7 * step);
      date = monday;
      range_end = ShiftDays(monday, 6);
      if (part == -1 && step == 0) range_end = anchor_;
      if (part == 1 && step == 0) date = anchor_;
    }
  } else if (month) {
    rule = step < 0 ? "last-month" : step > 0 ? "next-month" : "this-month";
    if (part == -1 && step == 0) rule = "earlier-this-month";
    if (part == 1 && step == 0) rule = "later-this-month";
    if (anchor_.precision() >= DatePrecision::kMonth) {
      date = AddMonths(anchor_, step);
    }
  } else {
    rule = step < 0 ? "last-year" : step > 0 ? "next-year" : "this-year";
    if (part == -1 && step == 0) rule = "earlier-this-year";
    if (part == 1 && step == 0) rule = "later-this-year";
    if (anchor_.is_known()) date = MakeYear(anchor_.year() + step);
  }
  Settle(core, rule, date, DateBasis::kRelative, 0.85f);
  if (date.is_known() && range_end.is_known()) v.range_end = range_end;
  if (step > 0 || part == 1) v.future = true;
  // Include a preceding "the" ("the previous week") in the span.
  return true;
}

// Durations: "for two weeks" (P2W), "after a gap of four years" (P4Y),
// "nearly 1 hour and 35 minutes" (PT1H35M), "over the past three years",
// "a day after" (P1D). A bare count and unit needs one of these words
// around it.
bool Finder::Duration(size_t i, Core& core) const {
  size_t j = i;
  bool trigger = false;
  // Lead phrases.
  if (Word(j, "after") && Word(j + 1, "a") &&
      (Word(j + 2, "gap") || Word(j + 2, "period") || Word(j + 2, "break") ||
       Word(j + 2, "hiatus") || Word(j + 2, "pause")) &&
      Word(j + 3, "of")) {
    j += 4;
    trigger = true;
  } else if ((Word(j, "over") || Word(j, "in") || Word(j, "during") ||
              Word(j, "for")) &&
             Word(j + 1, "the") &&
             (Word(j + 2, "past") || Word(j + 2, "last") ||
              Word(j + 2, "next") || Word(j + 2, "coming") ||
              Word(j + 2, "previous") || Word(j + 2, "following"))) {
    j += 3;
    trigger = true;
  } else if (Word(j, "in") && !Word(j + 1, "a") && !Word(j + 1, "an")) {
    // "in two weeks", "for the first time in five years" (not "in a year",
    // which is a frequency as often as a span). The clause's tense says
    // whether it looks forward.
    j += 1;
    trigger = true;
  } else if (Word(j, "for") || Word(j, "within") || Word(j, "lasting") ||
             Word(j, "lasted") || Word(j, "spanning")) {
    j += 1;
    trigger = true;
  }
  // Approximations.
  if (Word(j, "nearly") || Word(j, "almost") || Word(j, "about") ||
      Word(j, "around") || Word(j, "roughly") || Word(j, "approximately") ||
      Word(j, "some") || Word(j, "over")) {
    ++j;
    trigger = true;
  } else if ((Word(j, "more") || Word(j, "less") || Word(j, "fewer")) &&
             Word(j + 1, "than")) {
    j += 2;
    trigger = true;
  } else if (Word(j, "at") && (Word(j + 1, "least") || Word(j + 1, "most"))) {
    j += 2;
    trigger = true;
  } else if (Word(j, "up") && Word(j + 1, "to")) {
    j += 2;
    trigger = true;
  }
  int years = 0, months = 0, weeks = 0, days = 0, hours = 0, minutes = 0,
      seconds = 0;
  size_t k = j;
  int parts = 0;
  while (parts < 4) {
    size_t after_count = 0;
    const int count = CountAt(k, &after_count);
    char unit = 0;
    int scale = 1;
    if (count == 0) break;
    // "a four-year term" and "20-year-old" are adjectives, not durations.
    if (Dash(after_count) && Adjacent(after_count)) break;
    if (!UnitAt(after_count, &unit, &scale)) break;
    // "once a year", "twice a week": frequencies.
    if ((Word(k, "a") || Word(k, "an")) && k > 0 &&
        (Word(k - 1, "once") || Word(k - 1, "twice") || Word(k - 1, "times"))) {
      break;
    }
    if (Word(after_count + 1, "old") || Word(after_count + 1, "ago")) break;
    const int amount = count * scale;
    switch (unit) {
      case 'Y':
        years += amount;
        break;
      case 'M':
        months += amount;
        break;
      case 'W':
        weeks += amount;
        break;
      case 'D':
        days += amount;
        break;
      case 'h':
        hours += amount;
        break;
      case 'm':
        minutes += amount;
        break;
      default:
        seconds += amount;
    }
    ++parts;
    k = after_count + 1;
    if ((Word(k, "and") || Punct(k, ',')) && CountAt(k + 1, &after_count) &&
        UnitAt(after_count, &unit, &scale)) {
      ++k;
      continue;
    }
    break;
  }
  if (parts == 0) return false;
  bool trailing = false;
  if (!trigger && (Word(k, "later") || Word(k, "earlier") || Word(k, "after") ||
                   Word(k, "before"))) {
    trailing = true;
    ++k;
  }
  if (!trigger && !trailing) return false;
  if (weeks != 0 && (years || months || days || hours || minutes || seconds)) {
    days += 7 * weeks;
    weeks = 0;
  }
  std::string iso = "P";
  if (years) absl::StrAppend(&iso, years, "Y");
  if (months) absl::StrAppend(&iso, months, "M");
  if (weeks) absl::StrAppend(&iso, weeks, "W");
  if (days) absl::StrAppend(&iso, days, "D");
  if (hours || minutes || seconds) {
    iso += "T";
    if (hours) absl::StrAppend(&iso, hours, "H");
    if (minutes) absl::StrAppend(&iso, minutes, "M");
    if (seconds) absl::StrAppend(&iso, seconds, "S");
  }
  core.end = k;
  core.shape = Shape::kResolved;
  core.value.duration = std::move(iso);
  core.value.rule = trailing ? "duration-before-after" : "duration";
  core.value.basis = DateBasis::kUnresolved;
  core.value.confidence = 0.85f;
  if (Word(i, "within") || Word(i + 2, "next") || Word(i + 2, "coming") ||
      Word(i + 2, "following")) {
    core.value.future = true;
  }
  return true;
}

// Vague expressions kept unresolved: "recently", "in recent weeks", "soon",
// "in the coming months", "earlier during his campaign".
bool Finder::Vague(size_t i, Core& core) const {
  if (Word(i, "recently") || Word(i, "lately") || Word(i, "previously") ||
      Word(i, "formerly")) {
    core.end = i + 1;
    Unresolved(core, "vague-past");
    return true;
  }
  if (Word(i, "soon") || Word(i, "shortly")) {
    core.end = i + 1;
    Unresolved(core, "vague-future");
    core.value.future = true;
    return true;
  }
  auto period = [&](size_t j) {
    return Word(j, "days") || Word(j, "weeks") || Word(j, "months") ||
           Word(j, "years") || Word(j, "decades") || Word(j, "times");
  };
  if (Word(i, "in") && Word(i + 1, "recent") && period(i + 2)) {
    core.end = i + 3;
    Unresolved(core, "vague-past");
    return true;
  }
  if ((Word(i, "in") || Word(i, "over") || Word(i, "during")) &&
      Word(i + 1, "the") &&
      (Word(i + 2, "coming") || Word(i + 2, "next") || Word(i + 2, "past") ||
       Word(i + 2, "last")) &&
      (Word(i + 3, "few") || Word(i + 3, "several")) && period(i + 4)) {
    core.end = i + 5;
    Unresolved(core, "vague-period");
    core.value.future = Word(i + 2, "coming") || Word(i + 2, "next");
    return true;
  }
  if (Word(i, "in") && Word(i + 1, "the") && Word(i + 2, "coming") &&
      period(i + 3)) {
    core.end = i + 4;
    Unresolved(core, "vague-future");
    core.value.future = true;
    return true;
  }
  if (Word(i, "in") && Word(i + 1, "the") && Word(i + 2, "near") &&
      Word(i + 3, "future")) {
    core.end = i + 4;
    Unresolved(core, "vague-future");
    core.value.future = true;
    return true;
  }
  // "the same day", "the next day", "the day before": a day relative to
  // another date of the text, which this scan does not track.
  if (Word(i, "the") &&
      ((Word(i + 1, "same") || Word(i + 1, "next") ||
        Word(i + 1, "following") || Word(i + 1, "previous")) &&
       Word(i + 2, "day"))) {
    core.end = i + 3;
    Unresolved(core, "context-day");
    return true;
  }
  if (Word(i, "the") && Word(i + 1, "day") &&
      (Word(i + 2, "before") || Word(i + 2, "after")) &&
      (i + 3 >= n_ || t_[i + 3].kind != TokenKind::kWord ||
       Word(i + 3, "and") || Word(i + 3, "but"))) {
    core.end = i + 3;
    Unresolved(core, "context-day");
    return true;
  }
  // "over the weekend" in the past tense: the weekend before the anchor.
  if ((Word(i, "over") || Word(i, "at")) && Word(i + 1, "the") &&
      Word(i + 2, "weekend")) {
    core.end = i + 3;
    Date saturday;
    if (anchor_.precision() == DatePrecision::kDay) {
      const int weekday = temporal::WeekdayOf(anchor_);
      // On a Saturday or Sunday, this weekend; else the one before.
      saturday = ShiftDays(anchor_, weekday >= 6 ? 6 - weekday : -1 - weekday);
    }
    Settle(core, "over-the-weekend", saturday, DateBasis::kRelative, 0.75f);
    if (saturday.is_known()) core.value.range_end = ShiftDays(saturday, 1);
    return true;
  }
  // "earlier during his campaign", "later in the visit": the period of an
  // event the text does not date.
  if ((Word(i, "earlier") || Word(i, "later")) &&
      (Word(i + 1, "during") || Word(i + 1, "in") || Word(i + 1, "at"))) {
    size_t j = i + 2;
    static constexpr WordKey kDeterminers[] = {"his", "her",  "their", "its",
                                               "the", "this", "that",  "our",
                                               "my",  "a",    "an",    "your"};
    bool det = false;
    for (const WordKey& w : kDeterminers) det = det || Word(j, w);
    if (!det) return false;
    ++j;
    size_t words = 0;
    while (words < 3 && j < n_ && t_[j].kind == TokenKind::kWord &&
           !t_[j].upper) {
      ++j;
      ++words;
    }
    if (words == 0) return false;
    core.end = j;
    Unresolved(core, "event-relative");
    core.value.future = Word(i, "later");
    return true;
  }
  return false;
}

}  // namespace diplograph::text_internal::temporal_scan
