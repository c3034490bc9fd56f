// Temporal expressions: a scan over the words of the range that tries, at
// each word, the constructions of docs/text_dates.md. Every rule looks at a
// bounded number of words (the clause-tense check at most kTenseWindow on
// either side), so the whole scan is linear in the range.

#include "text/temporal.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "model/date_keys.h"
#include "text/temporal_lex.h"

namespace diplograph::text_internal {

std::string_view DateBasisName(DateBasis basis) {
  switch (basis) {
    case DateBasis::kExplicit:
      return "explicit";
    case DateBasis::kRelative:
      return "relative";
    case DateBasis::kDocumentDate:
      return "document-date";
    case DateBasis::kUnresolved:
      return "unresolved";
  }
  return "unresolved";
}

Date CoveringDate(const TimeExpression& expression) {
  const Date a = expression.date;
  const Date b = expression.range_end;
  if (!a.is_known() || !b.is_known()) return a;
  if (a == b) return a;
  const Date first = a.FirstDay();
  const Date last = b.LastDay();
  if (first.year() != last.year()) return Date();
  if (first.month() == last.month()) {
    return temporal::MakeMonth(first.year(), first.month());
  }
  return temporal::MakeYear(first.year());
}

namespace {

using temporal::AddMonths;
using temporal::MakeDay;
using temporal::MakeMonth;
using temporal::MakeYear;
using temporal::Mark;
using temporal::ShiftDays;
using temporal::Token;
using temporal::TokenKind;
using temporal::WordKey;

// The words that each family of rules can start with, as bits of the start
// table. Run skips any other word at once and tries only the families a
// word can start, which keeps the scan near the speed of the word scanner.
enum StartBit : uint8_t {
  kStartDay = 1,       // RelativeDay
  kStartPeriod = 2,    // RelativePeriod
  kStartVague = 4,     // Vague
  kStartDuration = 8,  // Duration
  kStartLead = 16,     // Lead, then a date core
  kStartCore = 32,     // a date core (AnyCore)
  kStartAll = 63,
};

constexpr WordKey kDayStarts[] = {"the",       "today",    "tonight",
                                  "yesterday", "tomorrow", "this",
                                  "last",      "earlier",  "later"};
constexpr WordKey kPeriodStarts[] = {"earlier", "later", "early",    "late",
                                     "last",    "past",  "previous", "this",
                                     "current", "next",  "coming"};
constexpr WordKey kVagueStarts[] = {
    "recently", "lately", "previously", "formerly", "soon", "shortly", "in",
    "over",     "during", "earlier",    "later",    "the",  "at"};
constexpr WordKey kDurationStarts[] = {
    "after",  "over",    "in",     "during",   "for",
    "within", "lasting", "lasted", "spanning", "nearly",
    "almost", "about",   "around", "roughly",  "approximately",
    "some",   "more",    "less",   "fewer",    "at",
    "up"};
constexpr WordKey kLeadStarts[] = {
    "from",    "between",    "since", "as",       "on",        "in",
    "by",      "until",      "till",  "before",   "after",     "during",
    "through", "throughout", "of",    "starting", "beginning", "around",
    "early",   "late",       "mid",   "at"};
constexpr WordKey kCoreStarts[] = {
    "the",      "early",   "late",     "mid",       "last",     "next",
    "this",     "january", "february", "march",     "april",    "may",
    "june",     "july",    "august",   "september", "october",  "november",
    "december", "jan",     "feb",      "mar",       "apr",      "jun",
    "jul",      "aug",     "sep",      "sept",      "oct",      "nov",
    "dec",      "monday",  "tuesday",  "wednesday", "thursday", "friday",
    "saturday", "sunday",  "mon",      "tue",       "wed",      "thu",
    "fri",      "sat",     "sun",      "spring",    "summer",   "autumn",
    "fall",     "winter",  "first",    "second",    "third",    "fourth",
    "final",    "q1",      "q2",       "q3",        "q4",       "h1",
    "h2"};
// Counts start ago-expressions (RelativePeriod) and durations.
constexpr WordKey kCountStarts[] = {
    "a",         "an",       "one",      "two",      "three",   "four",
    "five",      "six",      "seven",    "eight",    "nine",    "ten",
    "eleven",    "twelve",   "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen", "twenty",   "thirty",  "forty",
    "fifty",     "sixty",    "seventy",  "eighty",   "ninety",  "hundred"};

// An open-addressing table from words (by their fold hash) to a small
// value; 0 means absent. Built once, read-only after.
class WordTable {
 public:
  struct Entry {
    WordKey key;
    uint8_t value;
  };
  WordTable() = default;
  template <size_t N>
  explicit WordTable(const Entry (&entries)[N]) {
    for (const Entry& e : entries) Add(e.key, e.value);
  }
  // Adds `bits` to the value of each of `keys`.
  template <size_t N>
  void AddAll(const WordKey (&keys)[N], uint8_t bits) {
    for (const WordKey& k : keys) Add(k, bits);
  }
  // The value of the word token `t`, or 0.
  int Find(std::string_view text, const Token& t) const {
    if (t.kind != TokenKind::kWord) return 0;
    size_t k = t.hash & kMask;
    while (slots_[k].used) {
      if (slots_[k].hash == t.hash &&
          temporal::EqualsFolded(temporal::TokenText(text, t),
                                 slots_[k].text)) {
        return slots_[k].value;
      }
      k = (k + 1) & kMask;
    }
    return 0;
  }

 private:
  static constexpr size_t kMask = 511;
  struct Slot {
    uint32_t hash = 0;
    bool used = false;
    uint8_t value = 0;
    std::string_view text;
  };
  void Add(const WordKey& key, uint8_t value) {
    size_t k = key.hash & kMask;
    while (slots_[k].used) {
      if (slots_[k].text == key.text) {
        slots_[k].value |= value;
        return;
      }
      k = (k + 1) & kMask;
    }
    slots_[k] = Slot{key.hash, true, value, key.text};
  }
  Slot slots_[kMask + 1];
};

const WordTable& StartWords() {
  static const WordTable* const table = [] {
    auto* t = new WordTable();
    t->AddAll(kDayStarts, kStartDay);
    t->AddAll(kPeriodStarts, kStartPeriod);
    t->AddAll(kVagueStarts, kStartVague);
    t->AddAll(kDurationStarts, kStartDuration);
    t->AddAll(kLeadStarts, kStartLead);
    t->AddAll(kCoreStarts, kStartCore);
    t->AddAll(kCountStarts, kStartPeriod | kStartDuration);
    return t;
  }();
  return *table;
}

// Counts written as words ("four"; "a" and "an" count one).
const WordTable& NumberWords() {
  static constexpr WordTable::Entry kEntries[] = {
      {"a", 1},         {"an", 1},        {"one", 1},        {"two", 2},
      {"three", 3},     {"four", 4},      {"five", 5},       {"six", 6},
      {"seven", 7},     {"eight", 8},     {"nine", 9},       {"ten", 10},
      {"eleven", 11},   {"twelve", 12},   {"thirteen", 13},  {"fourteen", 14},
      {"fifteen", 15},  {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18},
      {"nineteen", 19}, {"twenty", 20},   {"thirty", 30},    {"forty", 40},
      {"fifty", 50},    {"sixty", 60},    {"seventy", 70},   {"eighty", 80},
      {"ninety", 90},   {"hundred", 100},
  };
  static const WordTable* const table = new WordTable(kEntries);
  return *table;
}

// What a word says of the tense of its clause (Finder::Cue).
enum CueKind : uint8_t {
  kCueNone = 0,
  kCueFuture,          // "will", "would", "may", "scheduled"
  kCueFutureBeforeTo,  // "plans to", "expected to", "going to"
  kCueAsEarlyAs,       // "as early as"
  kCueWon,             // "won't" (future) or "won" (past)
  kCueNegatedPast,     // "didn't", "wasn't"
  kCuePast,            // "was", "said", "met"
};

const WordTable& CueWords() {
  static constexpr WordTable::Entry kEntries[] = {
      {"will", kCueFuture},
      {"shall", kCueFuture},
      {"would", kCueFuture},
      {"wouldn", kCueFuture},
      {"shan", kCueFuture},
      {"ll", kCueFuture},
      {"upcoming", kCueFuture},
      {"forthcoming", kCueFuture},
      {"scheduled", kCueFuture},
      {"may", kCueFuture},
      {"might", kCueFuture},
      {"could", kCueFuture},
      {"can", kCueFuture},
      {"should", kCueFuture},
      {"must", kCueFuture},
      {"going", kCueFutureBeforeTo},
      {"plan", kCueFutureBeforeTo},
      {"plans", kCueFutureBeforeTo},
      {"planned", kCueFutureBeforeTo},
      {"planning", kCueFutureBeforeTo},
      {"expect", kCueFutureBeforeTo},
      {"expects", kCueFutureBeforeTo},
      {"expected", kCueFutureBeforeTo},
      {"intend", kCueFutureBeforeTo},
      {"intends", kCueFutureBeforeTo},
      {"intended", kCueFutureBeforeTo},
      {"set", kCueFutureBeforeTo},
      {"due", kCueFutureBeforeTo},
      {"aim", kCueFutureBeforeTo},
      {"aims", kCueFutureBeforeTo},
      {"hope", kCueFutureBeforeTo},
      {"hopes", kCueFutureBeforeTo},
      {"prepared", kCueFutureBeforeTo},
      {"preparing", kCueFutureBeforeTo},
      {"early", kCueAsEarlyAs},
      {"won", kCueWon},
      {"didn", kCueNegatedPast},
      {"wasn", kCueNegatedPast},
      {"weren", kCueNegatedPast},
      {"hadn", kCueNegatedPast},
      {"was", kCuePast},
      {"were", kCuePast},
      {"had", kCuePast},
      {"did", kCuePast},
      {"said", kCuePast},
      {"told", kCuePast},
      {"met", kCuePast},
      {"spoke", kCuePast},
      {"held", kCuePast},
      {"took", kCuePast},
      {"came", kCuePast},
      {"went", kCuePast},
      {"made", kCuePast},
      {"gave", kCuePast},
      {"began", kCuePast},
      {"left", kCuePast},
      {"sent", kCuePast},
      {"saw", kCuePast},
      {"lost", kCuePast},
      {"became", kCuePast},
      {"led", kCuePast},
      {"rose", kCuePast},
      {"fell", kCuePast},
      {"wrote", kCuePast},
      {"brought", kCuePast},
      {"thought", kCuePast},
      {"found", kCuePast},
      {"paid", kCuePast},
      {"kept", kCuePast},
      {"stood", kCuePast},
      {"struck", kCuePast},
      {"broke", kCuePast},
      {"chose", kCuePast},
      {"ago", kCuePast},
      {"ran", kCuePast},
      {"sat", kCuePast},
      {"got", kCuePast},
      {"meant", kCuePast},
      {"sought", kCuePast},
      {"felt", kCuePast},
      {"knew", kCuePast},
      {"flew", kCuePast},
      {"drew", kCuePast},
      {"grew", kCuePast},
      {"heard", kCuePast},
      {"hit", kCuePast},
      {"quit", kCuePast},
      {"shut", kCuePast},
  };
  static const WordTable* const table = new WordTable(kEntries);
  return *table;
}

// How far (in words) the tense of the clause is looked for on either side.
constexpr size_t kTenseWindow = 12;

enum class Tense : uint8_t { kUnknown, kPast, kFuture };

// The shape of a date as written, before the year is settled.
enum class Shape : uint8_t {
  kNone,
  kFull,       // year, month and day written ("January 20, 2025")
  kMonthDay,   // "January 20": the year comes from the anchor
  kMonthYear,  // "January 2025"
  kMonth,      // "January": the year comes from the anchor and the tense
  kYear,       // "2019"
  kDecade,     // "the 1990s"
  kWeekday,    // "Friday"
  kSeason,     // "summer", "the summer of 2019": three months
  kPart,       // "the first quarter of 2024", "Q3 2021", "the second half
               // of the year"
  kResolved,   // anything whose value is already settled (relative words,
               // durations, vague expressions)
};

// A date as written, at token positions [first, end).
struct Core {
  size_t first = 0, end = 0;
  Shape shape = Shape::kNone;
  int year = 0, month = 0, day = 0;  // as written; 0 when absent
  int weekday = 0;                   // 1 ... 7 for kWeekday
  int year_shift = 0;  // kMonth: "April this year" 0, "last year" -1, ...
  bool year_shift_set = false;
  int month_step = 0;       // kMonth/kWeekday: "last" -1, "next" +1, "this" 2
  bool possessive = false;  // "Friday's"
  int months = 0;           // kPart: how many months from `month` (3 or 6)
  // Settled values (kResolved, or after Resolve).
  TimeExpression value;
};

class Finder {
 public:
  Finder(std::string_view text, const std::vector<Token>& tokens, Date anchor)
      : text_(text), t_(tokens), n_(tokens.size()), anchor_(anchor) {}

  void Run(std::vector<TimeExpression>& out);

 private:
  // --- token tests ---
  bool Word(size_t i, const WordKey& key) const {
    return i < n_ && temporal::IsWord(text_, t_[i], key);
  }
  bool Punct(size_t i, char c) const {
    return i < n_ && temporal::IsPunct(text_, t_[i], c);
  }
  bool Dash(size_t i) const {
    return i < n_ && t_[i].kind == TokenKind::kPunct &&
           t_[i].mark == Mark::kDash;
  }
  bool Apostrophe(size_t i) const {
    return i < n_ && t_[i].kind == TokenKind::kPunct &&
           t_[i].mark == Mark::kApostrophe;
  }
  bool Adjacent(size_t i) const { return i < n_ && !t_[i].space_before; }
  bool Number(size_t i, int min_digits, int max_digits) const {
    return i < n_ && t_[i].kind == TokenKind::kNumber &&
           t_[i].digits >= min_digits && t_[i].digits <= max_digits;
  }
  bool Boundary(size_t i) const {
    if (t_[i].kind == TokenKind::kBreak) return true;
    return Punct(i, '.') || Punct(i, '!') || Punct(i, '?') || Punct(i, ';');
  }
  std::string_view Text(size_t i) const {
    return temporal::TokenText(text_, t_[i]);
  }

  // --- pieces of dates ---
  int MonthAt(size_t i, size_t* next) const;
  int WeekdayAt(size_t i, size_t* next) const;
  int DayAt(size_t i, size_t* next) const;
  bool YearAt(size_t i, int* year) const;
  bool NotAnAmount(size_t i) const;
  int CountAt(size_t i, size_t* next) const;
  bool UnitAt(size_t i, char* unit, int* scale) const;

  // --- rules; each returns true and fills `core` on a match at `i` ---
  bool IsoDate(size_t i, Core& core) const;
  bool MonthDayTime(size_t i, Core& core) const;
  bool NamedDate(size_t i, bool lead, Core& core) const;
  bool DayMonth(size_t i, Core& core) const;
  bool BareYear(size_t i, bool lead, Core& core) const;
  bool Decade(size_t i, Core& core) const;
  bool WeekdayRule(size_t i, Core& core) const;
  bool Season(size_t i, bool lead, Core& core) const;
  bool PartOfYear(size_t i, Core& core) const;
  bool RelativeYearAt(size_t i, Core& core, size_t* end) const;
  bool RelativeDay(size_t i, Core& core) const;
  bool RelativePeriod(size_t i, Core& core) const;
  bool Duration(size_t i, Core& core) const;
  bool Vague(size_t i, Core& core) const;

  bool AnyCore(size_t i, bool lead, Core& core) const;
  size_t Lead(size_t i, int* kind) const;
  bool RangeTail(size_t i, int lead_kind, const Core& first, Core& second,
                 size_t* end) const;

  Tense ClauseTense(size_t first, size_t end) const;
  int Cue(size_t i) const;  // +1 future, -1 past, 0 none
  void Resolve(Core& core, Tense tense) const;
  void Settle(Core& core, const char* rule, Date date, DateBasis basis,
              float confidence) const;
  void Unresolved(Core& core, const char* rule) const;

  std::string_view text_;
  const std::vector<Token>& t_;
  size_t n_;
  Date anchor_;
};

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
    if (const int cue = Cue(i); cue != 0) {
      ahead = cue;
      ahead_distance = k + 1;
      break;
    }
  }
  int cue = back;
  if (ahead != 0 && (back == 0 || ahead_distance < back_distance)) {
    cue = ahead;
  }
  return cue > 0 ? Tense::kFuture : cue < 0 ? Tense::kPast : Tense::kUnknown;
}

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

// Any date core at i. `lead` tells whether a lead word came before.
bool Finder::AnyCore(size_t i, bool lead, Core& core) const {
  // Resets what the rules below set, without touching the strings.
  auto fresh = [&]() -> Core& {
    core.first = i;
    core.end = 0;
    core.shape = Shape::kNone;
    core.year = core.month = core.day = core.weekday = 0;
    core.year_shift = 0;
    core.year_shift_set = false;
    core.month_step = 0;
    core.possessive = false;
    core.months = 0;
    core.value.rule = "";
    return core;
  };
  return IsoDate(i, fresh()) || MonthDayTime(i, fresh()) ||
         NamedDate(i, lead, fresh()) || DayMonth(i, fresh()) ||
         Decade(i, fresh()) || BareYear(i, lead, fresh()) ||
         WeekdayRule(i, fresh()) || Season(i, lead, fresh()) ||
         PartOfYear(i, fresh());
}

// Lead words before a date core; returns the index after them, i when none.
// *kind: 1 "from", 2 "between", 3 "since", 0 others.
size_t Finder::Lead(size_t i, int* kind) const {
  *kind = 0;
  if (Word(i, "from")) {
    *kind = 1;
    return i + 1;
  }
  if (Word(i, "between")) {
    *kind = 2;
    return i + 1;
  }
  if (Word(i, "since")) {
    *kind = 3;
    return i + 1;
  }
  if (Word(i, "as") && (Word(i + 1, "early") || Word(i + 1, "late")) &&
      Word(i + 2, "as")) {
    return i + 3;
  }
  if (Word(i, "as") && Word(i + 1, "of")) return i + 2;
  // "at the end of March", "at the start of 2024"
  if (Word(i, "at") && Word(i + 1, "the") &&
      (Word(i + 2, "end") || Word(i + 2, "beginning") || Word(i + 2, "start") ||
       Word(i + 2, "middle")) &&
      Word(i + 3, "of")) {
    return i + 4;
  }
  static constexpr WordKey kLeads[] = {
      "on",        "in",     "by",      "until",      "till", "before",
      "after",     "during", "through", "throughout", "of",   "starting",
      "beginning", "around", "early",   "late",       "mid"};
  for (const WordKey& w : kLeads) {
    if (Word(i, w)) {
      size_t j = i + 1;
      // "in early 2019", "in mid-March", "by the end of 2025"
      if (Word(j, "early") || Word(j, "late") || Word(j, "mid")) {
        ++j;
        if (Dash(j) && Adjacent(j)) ++j;
      } else if (Word(j, "the") &&
                 (Word(j + 1, "end") || Word(j + 1, "beginning") ||
                  Word(j + 1, "start") || Word(j + 1, "middle")) &&
                 Word(j + 2, "of")) {
        j += 3;
      }
      if (Dash(j - 0) && Word(i, "mid") && Adjacent(j)) ++j;
      return j;
    }
  }
  return i;
}

// The second half of a range after `first`: "to December 1", "-11",
// "and May", "through 2022".
bool Finder::RangeTail(size_t i, int lead_kind, const Core& first, Core& second,
                       size_t* end) const {
  size_t j = i;
  if (lead_kind == 2) {
    if (!Word(j, "and")) return false;
  } else if (Word(j, "to") || Word(j, "through") || Word(j, "thru") ||
             ((Word(j, "until") || Word(j, "till")) && lead_kind == 1)) {
  } else if (Dash(j)) {
  } else {
    return false;
  }
  ++j;
  // "May 10-11", "May 10 to 11": the day alone, in the first one's month.
  if ((first.shape == Shape::kMonthDay || first.shape == Shape::kFull) &&
      first.month != 0) {
    size_t k = 0;
    const int day = DayAt(j, &k);
    size_t month_after = 0;
    if (day != 0 && day > first.day && MonthAt(k, &month_after) == 0) {
      second = Core();
      second.first = j;
      second.month = first.month;
      second.day = day;
      second.shape = Shape::kMonthDay;
      size_t m = k;
      if (Punct(m, ',')) ++m;
      int year = 0;
      if (YearAt(m, &year)) {
        second.year = year;
        second.shape = Shape::kFull;
        second.end = m + 1;
      } else {
        second.end = k;
      }
      if (first.shape == Shape::kFull) {
        second.year = first.year;
        second.shape = Shape::kFull;
      }
      *end = second.end;
      return true;
    }
  }
  if (!AnyCore(j, true, second)) return false;
  // The two ends must be of comparable kinds.
  auto kind = [](Shape s) {
    switch (s) {
      case Shape::kFull:
      case Shape::kMonthDay:
        return 1;
      case Shape::kMonthYear:
      case Shape::kMonth:
        return 2;
      case Shape::kYear:
        return 3;
      case Shape::kWeekday:
        return 4;
      case Shape::kDecade:
        return 5;
      default:
        return 0;
    }
  };
  const int a = kind(first.shape), b = kind(second.shape);
  if (a == 0 || b == 0) return false;
  if (a != b && !(a <= 2 && b <= 2)) return false;
  if (a == 3 && Dash(i) && !Adjacent(i + 1) && lead_kind == 0) {
    return false;  // "2019 - 2022" needs its lead
  }
  *end = second.end;
  return true;
}

void Finder::Run(std::vector<TimeExpression>& out) {
  const WordTable& starts = StartWords();
  size_t i = 0;
  while (i < n_) {
    if (t_[i].kind == TokenKind::kBreak || t_[i].kind == TokenKind::kPunct) {
      ++i;
      continue;
    }
    const unsigned bits = t_[i].kind == TokenKind::kWord
                              ? starts.Find(text_, t_[i])
                              : static_cast<unsigned>(kStartAll);
    if (bits == 0) {
      ++i;
      continue;
    }
    Core core;
    core.first = i;
    // Rules that carry their own lead words come first.
    bool found = ((bits & kStartDay) && RelativeDay(i, core)) ||
                 ((bits & kStartPeriod) && RelativePeriod(i, core)) ||
                 ((bits & kStartVague) && Vague(i, core)) ||
                 ((bits & kStartDuration) && Duration(i, core));
    size_t span_first = i;
    int lead_kind = 0;
    if (!found) {
      const size_t j = (bits & kStartLead) ? Lead(i, &lead_kind) : i;
      if (j != i && AnyCore(j, true, core)) {
        found = true;
        // "in Tuesday's call": the lead belongs to the noun, not the day.
        if (core.shape == Shape::kWeekday && core.possessive) span_first = j;
      } else if ((bits & kStartCore) && AnyCore(i, false, core)) {
        found = true;
        lead_kind = 0;
      } else if (j != i) {
        // "in the past two years" after "in": try the duration and relative
        // rules after the lead.
        core = Core();
        core.first = j;
        found = RelativePeriod(j, core) || Duration(j, core);
        if (found) {
          // "from" and "between" announce ranges, which these are not.
          span_first = lead_kind == 1 || lead_kind == 2 ? j : i;
          lead_kind = 0;
        }
      }
    }
    if (!found) {
      ++i;
      continue;
    }
    size_t end = core.end;
    Core second;
    bool range = false;
    if (core.shape != Shape::kResolved &&
        RangeTail(core.end, lead_kind, core, second, &end)) {
      range = true;
    } else if (lead_kind == 2) {
      // "between" without its "and": leave the lead word out.
      end = core.end;
      span_first = core.first;
    }
    // The lead words count for the tense ("as early as July").
    const Tense tense =
        ClauseTense(std::max(span_first, core.first), range ? end : core.end);
    if (range) {
      // Years for the ends: the written one, or the first from the second.
      if (core.shape == Shape::kMonthDay && second.shape == Shape::kFull) {
        core.year = second.year - (core.month > second.month ? 1 : 0);
        core.shape = Shape::kFull;
      }
      if (core.shape == Shape::kMonth && second.shape == Shape::kMonthYear) {
        core.year = second.year - (core.month > second.month ? 1 : 0);
        core.shape = Shape::kMonthYear;
      }
      Resolve(core, tense);
      if (core.value.date.is_known() &&
          (second.shape == Shape::kMonthDay || second.shape == Shape::kMonth)) {
        // The second end follows the first.
        const Date first_day = core.value.date.FirstDay();
        if (second.shape == Shape::kMonthDay) {
          int year = first_day.year();
          if (second.month < first_day.month() ||
              (second.month == first_day.month() &&
               second.day < first_day.day())) {
            ++year;
          }
          second.year = year;
          second.shape = Shape::kFull;
        } else {
          int year = first_day.year();
          if (second.month < first_day.month()) ++year;
          second.year = year;
          second.shape = Shape::kMonthYear;
        }
      }
      Resolve(second, tense);
      if (second.value.rule != nullptr && core.shape == Shape::kResolved &&
          second.weekday != 0 && core.weekday != 0 &&
          core.value.date.precision() == DatePrecision::kDay) {
        // "from Monday to Wednesday": the second day follows the first.
        second.value.date =
            ShiftDays(core.value.date, (second.weekday - core.weekday + 7) % 7);
      }
      const Date a = core.value.date, b = second.value.date;
      if (a.is_known() && b.is_known() && a.FirstDay() <= b.LastDay()) {
        core.value.range_end = b;
        core.value.rule = lead_kind == 1   ? "from-to-range"
                          : lead_kind == 2 ? "between-range"
                                           : "date-range";
        if (second.value.basis == DateBasis::kRelative) {
          core.value.basis = DateBasis::kRelative;
        }
        core.value.confidence =
            std::min(core.value.confidence, second.value.confidence);
        core.value.future = core.value.future || second.value.future;
      } else if (a.is_known() && b.is_known()) {
        // Not a range after all ("2022 to 2019"): keep the first part.
        range = false;
        end = core.end;
      } else {
        core.value.rule = "range-unresolved";
        core.value.date = Date();
        core.value.basis = DateBasis::kUnresolved;
      }
    } else {
      Resolve(core, tense);
      if (lead_kind == 3 && core.value.date.is_known()) {
        core.value.rule = core.shape == Shape::kResolved &&
                                  std::string_view(core.value.rule) == "year"
                              ? "since-year"
                              : core.value.rule;
      }
    }
    if (core.value.rule == nullptr || core.value.rule[0] == '\0') {
      core.value.rule = "date";
    }
    TimeExpression e = std::move(core.value);
    e.begin = t_[span_first].begin;
    e.end = t_[end - 1].end;
    if (tense == Tense::kFuture) e.future = true;
    out.push_back(std::move(e));
    i = end;
  }
}

// Where to end the chunk that starts at `from`: after the first line break
// past kChunkBytes, or, in a text without line breaks, after the first
// sentence end (". " after a word of four or more letters that is not a
// month or weekday abbreviation) past kChunkBytes; else `end`. No rule reads
// across a line break or a sentence end, so chunking changes no result; it
// keeps the word buffer small and in cache.
constexpr size_t kChunkBytes = 64 << 10;

uint32_t ChunkEnd(std::string_view text, uint32_t from, uint32_t end) {
  if (end - from <= 2 * kChunkBytes) return end;
  const size_t start = from + kChunkBytes;
  const size_t newline = text.find('\n', start);
  if (newline != std::string_view::npos && newline < end &&
      newline - start <= 4 * kChunkBytes) {
    return static_cast<uint32_t>(newline + 1);
  }
  const size_t stop = std::min<size_t>(end, start + 4 * kChunkBytes);
  for (size_t p = start; p + 1 < stop; ++p) {
    if (text[p] != '.' || text[p + 1] != ' ') continue;
    size_t w = p;
    while (w > from && ((text[w - 1] >= 'a' && text[w - 1] <= 'z') ||
                        (text[w - 1] >= 'A' && text[w - 1] <= 'Z'))) {
      --w;
    }
    if (p - w < 4) continue;
    bool abbreviated = false;
    const std::string_view word = text.substr(w, p - w);
    if (temporal::MonthOfWord(word, &abbreviated) != 0 && abbreviated) {
      continue;
    }
    if (temporal::WeekdayOfWord(word, &abbreviated) != 0 && abbreviated) {
      continue;
    }
    return static_cast<uint32_t>(p + 1);
  }
  // No line break and no sentence end: cut at a space, which may split an
  // expression of this pathological text, never a word.
  const size_t space = text.find(' ', stop);
  return space == std::string_view::npos || space >= end
             ? end
             : static_cast<uint32_t>(space + 1);
}

}  // namespace

std::vector<TimeExpression> FindTimeExpressions(std::string_view text,
                                                uint32_t begin, uint32_t end,
                                                Date anchor) {
  std::vector<TimeExpression> out;
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  if (begin >= end) return out;
  std::vector<Token> tokens;
  tokens.reserve(std::min<size_t>(end - begin, 2 * kChunkBytes) / 4 + 16);
  uint32_t from = begin;
  while (from < end) {
    const uint32_t to = ChunkEnd(text, from, end);
    temporal::Tokenize(text, from, to, tokens);
    Finder finder(text, tokens, anchor);
    finder.Run(out);
    from = to;
  }
  return out;
}

}  // namespace diplograph::text_internal
