// Settling a date as written (Core) against the anchor, the document date:
// the year of "January 20", the month of "last April", the day of "Friday",
// and the value of every shape (docs/text_dates.md).

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
// Settling values.

void Finder::Settle(Core& core, const char* rule, Date date, DateBasis basis,
                    float confidence) const {
  core.shape = Shape::kResolved;
  core.value.rule = rule;
  if (!date.is_known()) {
    core.value.date = Date();
    core.value.range_end = Date();
    core.value.basis = DateBasis::kUnresolved;
    core.value.confidence = std::min(confidence, 0.3f);
    return;
  }
  core.value.date = date;
  core.value.basis = basis;
  core.value.confidence = confidence;
}

void Finder::Unresolved(Core& core, const char* rule) const {
  core.shape = Shape::kResolved;
  core.value.rule = rule;
  core.value.date = Date();
  core.value.basis = DateBasis::kUnresolved;
  core.value.confidence = 0.5f;
}

namespace {

// The latest (past) or earliest (future) date of `month` relative to the
// anchor's month; the same month counts for both.
Date MonthByTense(Date anchor, int month, Tense tense, int step) {
  if (anchor.precision() < DatePrecision::kMonth) return Date();
  const int am = anchor.month();
  int year = anchor.year();
  if (step == -1) {  // "last January": strictly before
    if (month >= am) --year;
  } else if (step == 1) {  // "next January": strictly after
    if (month <= am) ++year;
  } else if (step == 2) {  // "this January"
  } else if (tense == Tense::kFuture) {
    if (month < am) ++year;
  } else if (tense == Tense::kPast) {
    if (month > am) --year;
  } else {
    // No tense: the nearest such month, the past one on a tie.
    const int back = (am - month + 12) % 12;
    const int ahead = (month - am + 12) % 12;
    if (back <= ahead) {
      if (month > am) --year;
    } else {
      if (month < am) ++year;
    }
  }
  return MakeMonth(year, month);
}

// The year for "January 20" relative to the anchor day: on or before it in
// the past tense, on or after in the future, else the nearest.
Date MonthDayByTense(Date anchor, int month, int day, Tense tense) {
  if (!anchor.is_known()) return Date();
  const int y = anchor.year();
  if (anchor.precision() < DatePrecision::kDay) {
    return MakeDay(y, month, day);
  }
  const int32_t a = internal::FirstDayNumber(anchor);
  Date best;
  int32_t best_distance = 0;
  for (int year = y - 1; year <= y + 1; ++year) {
    const Date d = MakeDay(year, month, day);
    if (!d.is_known()) continue;
    const int32_t delta = internal::FirstDayNumber(d) - a;
    if (tense == Tense::kPast && delta > 0) continue;
    if (tense == Tense::kFuture && delta < 0) continue;
    const int32_t distance = std::abs(delta);
    if (!best.is_known() || distance < best_distance) {
      best = d;
      best_distance = distance;
    }
  }
  return best;
}

// The weekday relative to the anchor day: step -1 "last" (strictly before),
// +1 "next" (strictly after); otherwise on or before it, or on or after it
// in the future tense.
Date WeekdayByTense(Date anchor, int weekday, Tense tense, int step) {
  if (anchor.precision() != DatePrecision::kDay) return Date();
  const int a = temporal::WeekdayOf(anchor);
  if (step == -1) {
    const int back = (a - weekday + 7) % 7;
    return ShiftDays(anchor, -(back == 0 ? 7 : back));
  }
  if (step == 1) {
    const int ahead = (weekday - a + 7) % 7;
    return ShiftDays(anchor, ahead == 0 ? 7 : ahead);
  }
  if (tense == Tense::kFuture) {
    return ShiftDays(anchor, (weekday - a + 7) % 7);
  }
  return ShiftDays(anchor, -((a - weekday + 7) % 7));
}

}  // namespace

void Finder::Resolve(Core& core, Tense tense) const {
  TimeExpression& v = core.value;
  if (tense == Tense::kFuture) v.future = true;
  switch (core.shape) {
    case Shape::kNone:
    case Shape::kResolved:
      return;
    case Shape::kFull:
      Settle(core, v.rule[0] ? v.rule : "month-day-year",
             MakeDay(core.year, core.month, core.day), DateBasis::kExplicit,
             0.95f);
      return;
    case Shape::kMonthDay:
      Settle(core, "month-day-year-of-anchor",
             MonthDayByTense(anchor_, core.month, core.day, tense),
             DateBasis::kExplicit, 0.85f);
      return;
    case Shape::kMonthYear:
      if (std::string_view(v.rule) == "month-in-list") {
        Settle(core, "month-in-list", MakeMonth(core.year, core.month),
               DateBasis::kRelative, 0.65f);
        return;
      }
      Settle(core, "month-year", MakeMonth(core.year, core.month),
             DateBasis::kExplicit, 0.95f);
      return;
    case Shape::kMonth:
      if (core.year_shift_set) {
        Settle(core, "month-of-relative-year",
               anchor_.is_known()
                   ? MakeMonth(anchor_.year() + core.year_shift, core.month)
                   : Date(),
               DateBasis::kRelative, 0.9f);
        if (core.year_shift > 0) v.future = true;
        return;
      }
      if (core.month_step == 1) v.future = true;
      Settle(core,
             core.month_step == -1     ? "last-month-name"
             : core.month_step == 1    ? "next-month-name"
             : core.month_step == 2    ? "this-month-name"
             : tense == Tense::kFuture ? "month-next-by-tense"
             : tense == Tense::kPast   ? "month-past-by-tense"
                                       : "month-nearest-anchor",
             MonthByTense(anchor_, core.month, tense, core.month_step),
             DateBasis::kRelative,
             core.month_step != 0 || tense != Tense::kUnknown ? 0.8f : 0.65f);
      return;
    case Shape::kYear:
      Settle(core, v.rule[0] ? v.rule : "year", MakeYear(core.year),
             DateBasis::kExplicit, 0.9f);
      return;
    case Shape::kDecade:
      Settle(core, "decade", MakeYear(core.year), DateBasis::kExplicit, 0.9f);
      v.range_end = MakeYear(core.year + 9);
      return;
    case Shape::kSeason: {
      // The three months of the season; without a year, the occurrence by
      // step or tense around the anchor's month.
      int year = core.year;
      if (year == 0 && core.year_shift_set && anchor_.is_known()) {
        year = anchor_.year() + core.year_shift;
      }
      const char* rule = "season-of-year";
      DateBasis basis =
          core.year_shift_set ? DateBasis::kRelative : DateBasis::kExplicit;
      if (year == 0 && !core.year_shift_set &&
          anchor_.precision() >= DatePrecision::kMonth) {
        basis = DateBasis::kRelative;
        const int a = anchor_.year() * 12 + anchor_.month() - 1;
        // How far the occurrence starting at month index `s` is from the
        // anchor's month (0 when it contains it).
        auto distance = [a](int s) {
          if (s <= a && a <= s + 2) return 0;
          return s > a ? s - a : a - (s + 2);
        };
        int best = -1;
        for (int y = anchor_.year() - 2; y <= anchor_.year() + 1; ++y) {
          const int start = y * 12 + core.month - 1;
          bool ok = true;
          if (core.month_step == -1) {
            ok = start + 2 < a;  // over before the anchor
          } else if (core.month_step == 1) {
            ok = start > a;  // not begun at the anchor
          } else if (core.month_step == 0 && tense == Tense::kPast) {
            ok = start <= a;
          } else if (core.month_step == 0 && tense == Tense::kFuture) {
            ok = start + 2 >= a;
          }
          if (!ok) continue;
          if (best < 0) {
            best = start;
          } else if (core.month_step == -1 ||
                     (core.month_step == 0 && tense == Tense::kPast)) {
            best = std::max(best, start);
          } else if (core.month_step == 1 ||
                     (core.month_step == 0 && tense == Tense::kFuture)) {
            best = std::min(best, start);
          } else if (distance(start) < distance(best)) {
            best = start;
          }
        }
        if (best >= 12) year = best / 12;
        rule = core.month_step == -1  ? "last-season"
               : core.month_step == 1 ? "next-season"
               : core.month_step == 2 ? "this-season"
                                      : "season-by-tense";
      }
      if (core.month_step == 1) v.future = true;
      const Date first = year > 0 ? MakeMonth(year, core.month) : Date();
      Settle(core, rule, first, basis, 0.75f);
      if (first.is_known()) v.range_end = AddMonths(first, 2);
      return;
    }
    case Shape::kPart: {
      int year = core.year;
      if (year == 0 && core.year_shift_set && anchor_.is_known()) {
        year = anchor_.year() + core.year_shift;
      }
      const Date first = year > 0 ? MakeMonth(year, core.month) : Date();
      Settle(core, "part-of-year", first,
             core.year_shift_set ? DateBasis::kRelative : DateBasis::kExplicit,
             0.85f);
      if (first.is_known()) v.range_end = AddMonths(first, core.months - 1);
      return;
    }
    case Shape::kWeekday:
      if (core.month_step == 1) v.future = true;
      Settle(core,
             core.month_step == -1     ? "last-weekday"
             : core.month_step == 1    ? "next-weekday"
             : tense == Tense::kFuture ? "weekday-on-or-after-anchor"
                                       : "weekday-on-or-before-anchor",
             WeekdayByTense(anchor_, core.weekday, tense, core.month_step),
             DateBasis::kRelative, tense == Tense::kFuture ? 0.75f : 0.85f);
      return;
  }
}

}  // namespace diplograph::text_internal::temporal_scan
