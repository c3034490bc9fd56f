// The scanner behind FindTimeExpressions (text/temporal.h), private to
// lib/text: the word tables, the date as written (Core) and Finder, whose
// members are defined by job in
//   temporal_words.cc     the word tables (start words, counts, tense cues)
//   temporal_pieces.cc    pieces of dates (month, day, year, count, unit)
//                         and the tense of the clause around an expression
//   temporal_resolve.cc   settling a Core against the anchor (document date)
//   temporal_dates.cc     rules for calendar dates (ISO, named, day-month,
//                         years, decades, weekdays, seasons, parts of years)
//   temporal_relative.cc  rules for relative days and periods, durations and
//                         vague expressions
//   temporal.cc           the scan itself: lead words, ranges, chunking.
// Not thread-safe per Finder object; the tables are built once and are
// read-only after, so Finders on several threads are safe.

#ifndef DIPLOGRAPH_LIB_TEXT_TEMPORAL_SCAN_H_
#define DIPLOGRAPH_LIB_TEXT_TEMPORAL_SCAN_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "absl/base/attributes.h"
#include "text/temporal.h"
#include "text/temporal_lex.h"

namespace diplograph::text_internal::temporal_scan {

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

// The start table: for each word, the StartBit families it can start.
const WordTable& StartWords();
// Counts written as words ("four"; "a" and "an" count one).
const WordTable& NumberWords();

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

// The CueKind of each word that says something of the tense of its clause.
const WordTable& CueWords();

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
  Finder(std::string_view text, const Token* tokens, size_t count, Date anchor)
      : text_(text), t_(tokens), n_(count), anchor_(anchor) {}

  void Run(std::vector<TimeExpression>& out);

 private:
  // --- token tests ---
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool Word(size_t i, const WordKey& key) const {
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
  const Token* t_;
  size_t n_;
  Date anchor_;
};

}  // namespace diplograph::text_internal::temporal_scan

#endif  // DIPLOGRAPH_LIB_TEXT_TEMPORAL_SCAN_H_
