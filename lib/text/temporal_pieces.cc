// Pieces of dates for the temporal scanner (text/temporal_scan.h): month,
// weekday, day, year, count and unit at a token, and the tense of the
// clause around an expression.

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
// Pieces.

// A month name at i, capitalised ("January", "JAN", "Jan." with its full
// stop); *next is the token after it.
int Finder::MonthAt(size_t i, size_t* next) const {
  if (i >= n_ || t_[i].kind != TokenKind::kWord || !t_[i].upper) return 0;
  bool abbreviated = false;
  const int month = temporal::MonthOfWord(Text(i), &abbreviated);
  if (month == 0) return 0;
  *next = i + 1;
  if (abbreviated && Punct(i + 1, '.') && Adjacent(i + 1)) *next = i + 2;
  return month;
}

int Finder::WeekdayAt(size_t i, size_t* next) const {
  if (i >= n_ || t_[i].kind != TokenKind::kWord || !t_[i].upper) return 0;
  bool abbreviated = false;
  const int weekday = temporal::WeekdayOfWord(Text(i), &abbreviated);
  if (weekday == 0) return 0;
  *next = i + 1;
  if (abbreviated) {
    if (Punct(i + 1, '.') && Adjacent(i + 1)) *next = i + 2;
  }
  return weekday;
}

// A day of the month at i: "8", "08", "8th".
int Finder::DayAt(size_t i, size_t* next) const {
  if (i >= n_) return 0;
  const Token& t = t_[i];
  if ((t.kind != TokenKind::kNumber && t.kind != TokenKind::kOrdinal) ||
      t.digits > 2 || t.value < 1 || t.value > 31) {
    return 0;
  }
  // "$8" is an amount; "8.5", "8,000", "8:30" are not days.
  if (i > 0 && Adjacent(i) && Punct(i - 1, '$')) return 0;
  if ((Punct(i + 1, '.') || Punct(i + 1, ',') || Punct(i + 1, ':')) &&
      Adjacent(i + 1) && i + 2 < n_ && Adjacent(i + 2) &&
      t_[i + 2].kind == TokenKind::kNumber) {
    return 0;
  }
  *next = i + 1;
  return t.value;
}

// A plain four-digit year at i, 1000 ... 2199, not part of a larger number
// ("2019.5", "1,2019") and not an amount ("2019 troops").
bool Finder::YearAt(size_t i, int* year) const {
  if (!Number(i, 4, 4)) return false;
  const int value = t_[i].value;
  if (value < 1000 || value > 2199) return false;
  if (i > 0 && Adjacent(i) &&
      (Punct(i - 1, '.') || Punct(i - 1, ',') || Punct(i - 1, '$'))) {
    return false;
  }
  if ((Punct(i + 1, '.') || Punct(i + 1, ',')) && Adjacent(i + 1) &&
      i + 2 < n_ && Adjacent(i + 2) && t_[i + 2].kind == TokenKind::kNumber) {
    return false;
  }
  if (!NotAnAmount(i + 1)) return false;
  *year = value;
  return true;
}

// False when the word at i makes the number before it an amount.
bool Finder::NotAnAmount(size_t i) const {
  if (i >= n_) return true;
  if (Punct(i, '%')) return false;
  static constexpr WordKey kAmountWords[] = {
      "percent",    "per",     "million", "billion", "thousand", "trillion",
      "people",     "troops",  "tons",    "tonnes",  "dollars",  "euros",
      "yuan",       "rubles",  "roubles", "km",      "miles",    "kilometres",
      "kilometers", "metres",  "meters",  "units",   "votes",    "seats",
      "soldiers",   "barrels", "cases",   "points"};
  if (t_[i].kind != TokenKind::kWord) return true;
  for (const WordKey& w : kAmountWords) {
    if (Word(i, w)) return false;
  }
  return true;
}

// A count for a duration: "4", "four", "a", "twenty-five".
int Finder::CountAt(size_t i, size_t* next) const {
  if (i >= n_) return 0;
  const Token& t = t_[i];
  if (t.kind == TokenKind::kNumber) {
    if (t.digits > 4 || t.value < 1) return 0;
    // "1,000" and "2.5" are not counts the rules handle.
    if ((Punct(i + 1, '.') || Punct(i + 1, ',')) && Adjacent(i + 1) &&
        i + 2 < n_ && Adjacent(i + 2) && t_[i + 2].kind == TokenKind::kNumber) {
      return 0;
    }
    *next = i + 1;
    return t.value;
  }
  if (t.kind != TokenKind::kWord) return 0;
  int value = NumberWords().Find(text_, t_[i]);
  if (value == 0) return 0;
  *next = i + 1;
  // "twenty-five"
  if (value >= 20 && value < 100 && value % 10 == 0 && Dash(i + 1) &&
      Adjacent(i + 1) && Adjacent(i + 2) && i + 2 < n_ &&
      t_[i + 2].kind == TokenKind::kWord) {
    const int ones = NumberWords().Find(text_, t_[i + 2]);
    if (ones >= 1 && ones <= 9 && !Word(i + 2, "a") && !Word(i + 2, "an")) {
      value += ones;
      *next = i + 3;
    }
  }
  return value;
}

// A time unit at i; *unit is the ISO 8601 designator (Y, M, W, D, h, m, s
// for hours, minutes, seconds) and *scale multiplies the count.
bool Finder::UnitAt(size_t i, char* unit, int* scale) const {
  if (i >= n_ || t_[i].kind != TokenKind::kWord) return false;
  static constexpr struct {
    WordKey singular, plural;
    char unit;
    int scale;
  } kUnits[] = {
      {"second", "seconds", 's', 1},  {"minute", "minutes", 'm', 1},
      {"hour", "hours", 'h', 1},      {"day", "days", 'D', 1},
      {"week", "weeks", 'W', 1},      {"fortnight", "fortnights", 'W', 2},
      {"month", "months", 'M', 1},    {"year", "years", 'Y', 1},
      {"decade", "decades", 'Y', 10}, {"century", "centuries", 'Y', 100},
  };
  for (const auto& u : kUnits) {
    if (Word(i, u.singular) || Word(i, u.plural)) {
      *unit = u.unit;
      *scale = u.scale;
      return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------
// Tense of the clause around an expression.

// +1 when the word at i marks the future ("will", "plans to"), -1 the past
// ("was", "met", a lower-case word in -ed), 0 otherwise.
int Finder::Cue(size_t i) const {
  const Token& t = t_[i];
  if (t.kind != TokenKind::kWord) return 0;
  // A participle after "be" ("may be held") is not a past tense; the scan
  // goes on to the modal before it.
  const bool after_be = Word(i - 1, "be");
  switch (CueWords().Find(text_, t)) {
    case kCueFuture:
      // "May" with a capital is the month (or a name), not the modal.
      if (t.upper && Word(i, "may")) return 0;
      return 1;
    case kCueFutureBeforeTo:
      if (Word(i + 1, "to")) return 1;
      break;
    case kCueAsEarlyAs:
      return Word(i - 1, "as") && Word(i + 1, "as") ? 1 : 0;
    case kCueWon:
      if (Apostrophe(i + 1) && Word(i + 2, "t")) return 1;
      return after_be ? 0 : -1;
    case kCueNegatedPast:
      return -1;
    case kCuePast:
      return after_be ? 0 : -1;
    default:
      break;
  }
  if (after_be) return 0;
  // Lower-case verbs in -ed ("visited", "agreed"), not words in -eed.
  std::string_view w = Text(i);
  if (!t.upper && w.size() >= 5 && w[w.size() - 2] == 'e' &&
      w[w.size() - 1] == 'd' && w[w.size() - 3] != 'e') {
    return -1;
  }
  return 0;
}

Tense Finder::ClauseTense(size_t first, size_t end) const {
  size_t back_distance = 0;
  int back = 0;
  for (size_t k = 1; k <= kTenseWindow && k <= first; ++k) {
    const size_t i = first - k;
    if (Boundary(i)) break;
    if (const int cue = Cue(i); cue != 0) {
      back = cue;
      back_distance = k;
      break;
    }
  }
  int ahead = 0;
  size_t ahead_distance = 0;
  for (size_t k = 0; k < kTenseWindow && end + k < n_; ++k) {
    const size_t i = end + k;
    if (Boundary(i)) break;
    // "announced by X on Monday that the embassy would reopen": a
    // that-clause right after the time is what was said, in its own tense.
    if (k == 0 && Word(i, "that")) break;
    if (const int cue = Cue(i); cue != 0) {
      ahead = cue;
      ahead_distance = k + 1;
      // "said at a news conference on Monday the talks would resume":
      // "would" after a past tense is the future of that past, and tells
      // nothing of the time before it.
      if (cue > 0 && back < 0 && Word(i, "would")) ahead = 0;
      break;
    }
  }
  int cue = back;
  if (ahead != 0 && (back == 0 || ahead_distance < back_distance)) {
    cue = ahead;
  }
  return cue > 0 ? Tense::kFuture : cue < 0 ? Tense::kPast : Tense::kUnknown;
}

}  // namespace diplograph::text_internal::temporal_scan
