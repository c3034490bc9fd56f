#include "text/temporal_lex.h"

#include <cstdint>
#include <string_view>
#include <vector>

#include "absl/time/civil_time.h"
#include "model/date_keys.h"

namespace diplograph::text_internal::temporal {
namespace {

inline bool IsAsciiLetter(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline char Lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// What the UTF-8 character at text[i] is when it is one the scanner treats
// specially; `len` receives its length in bytes (1 for any other byte).
enum class Special : uint8_t { kNone, kSpace, kDash, kApostrophe, kQuote };

Special ClassifyMultibyte(std::string_view text, size_t i, size_t end,
                          size_t* len) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  *len = 1;
  if (b0 == 0xC2 && i + 1 < end &&
      static_cast<unsigned char>(text[i + 1]) == 0xA0) {
    *len = 2;
    return Special::kSpace;  // no-break space
  }
  if (b0 == 0xE2 && i + 2 < end) {
    const auto b1 = static_cast<unsigned char>(text[i + 1]);
    const auto b2 = static_cast<unsigned char>(text[i + 2]);
    if (b1 == 0x80) {
      *len = 3;
      if (b2 >= 0x90 && b2 <= 0x95) return Special::kDash;  // ‐ ‑ ‒ – — ―
      if (b2 == 0x99) return Special::kApostrophe;          // ’
      if (b2 == 0x98 || b2 == 0x9C || b2 == 0x9D) return Special::kQuote;
      if (b2 >= 0x80 && b2 <= 0x8A) return Special::kSpace;  // en/em spaces
      if (b2 == 0xAF) return Special::kSpace;  // narrow no-break space
      *len = 1;
      return Special::kNone;
    }
    if (b1 == 0x88 && b2 == 0x92) {
      *len = 3;
      return Special::kDash;  // minus sign
    }
  }
  return Special::kNone;
}

constexpr std::string_view kMonthNames[12] = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::string_view kWeekdayNames[7] = {
    "monday", "tuesday",  "wednesday", "thursday",
    "friday", "saturday", "sunday"};

bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (Lower(word[i]) != lower[i]) return false;
  }
  return true;
}

}  // namespace

void Tokenize(std::string_view text, uint32_t begin, uint32_t end,
              std::vector<Token>& out) {
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  out.resize(end > begin ? end - begin : 0);
  out.resize(Tokenize(text, begin, end, out.data()));
}

size_t Tokenize(std::string_view text, uint32_t begin, uint32_t end,
                Token* out) {
  size_t count = 0;
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  bool space = true;
  size_t i = begin;
  while (i < end) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      Token t;
      t.begin = static_cast<uint32_t>(i);
      t.end = static_cast<uint32_t>(i + 1);
      t.kind = TokenKind::kBreak;
      t.space_before = true;
      out[count++] = t;
      space = true;
      ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      ++i;
      continue;
    }
    size_t len = 1;
    Special special =
        c >= 0x80 ? ClassifyMultibyte(text, i, end, &len) : Special::kNone;
    if (special == Special::kSpace) {
      space = true;
      i += len;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    t.space_before = space;
    space = false;
    if (special != Special::kNone) {
      t.kind = TokenKind::kPunct;
      t.mark = special == Special::kDash         ? Mark::kDash
               : special == Special::kApostrophe ? Mark::kApostrophe
                                                 : Mark::kQuote;
      i += len;
      t.end = static_cast<uint32_t>(i);
      out[count++] = t;
      continue;
    }
    if (IsDigit(c)) {
      size_t j = i;
      int64_t value = 0;
      while (j < end && IsDigit(static_cast<unsigned char>(text[j]))) {
        if (value <= 999999999) value = value * 10 + (text[j] - '0');
        ++j;
      }
      const size_t digits = j - i;
      t.kind = TokenKind::kNumber;
      t.value = digits > 9 ? -1 : static_cast<int>(value);
      t.digits = static_cast<uint8_t>(digits > 255 ? 255 : digits);
      // Letters glued to the digits: an ordinal, a decade or a word.
      size_t k = j;
      while (k < end && IsAsciiLetter(static_cast<unsigned char>(text[k]))) {
        ++k;
      }
      if (k > j) {
        std::string_view suffix = text.substr(j, k - j);
        bool more = k < end && (IsDigit(static_cast<unsigned char>(text[k])) ||
                                static_cast<unsigned char>(text[k]) >= 0x80);
        if (!more && (EqualsLower(suffix, "st") || EqualsLower(suffix, "nd") ||
                      EqualsLower(suffix, "rd") || EqualsLower(suffix, "th"))) {
          t.kind = TokenKind::kOrdinal;
          j = k;
        } else if (!more && suffix == "s") {
          t.kind = TokenKind::kDecade;
          j = k;
        } else {
          t.kind = TokenKind::kWord;
          j = k;
        }
      }
      if (t.kind == TokenKind::kWord) {
        // Keep going over letters and digits ("20km2").
        while (j < end) {
          const auto d = static_cast<unsigned char>(text[j]);
          if (IsAsciiLetter(d) || IsDigit(d)) {
            ++j;
          } else {
            break;
          }
        }
      }
      i = j;
      t.end = static_cast<uint32_t>(i);
      if (t.kind == TokenKind::kWord) t.hash = FoldHash(TokenText(text, t));
      out[count++] = t;
      continue;
    }
    if (IsAsciiLetter(c) || c >= 0x80) {
      t.kind = TokenKind::kWord;
      t.upper = c >= 'A' && c <= 'Z';
      // FoldHash of the word, computed as it is read.
      uint32_t hash = kFoldHashBasis;
      size_t j = i;
      while (j < end) {
        const auto d = static_cast<unsigned char>(text[j]);
        if (IsAsciiLetter(d) || IsDigit(d)) {
          hash = FoldHashStep(hash, Lower(static_cast<char>(d)));
          ++j;
        } else if (d >= 0x80) {
          size_t l = 1;
          if (ClassifyMultibyte(text, j, end, &l) != Special::kNone) break;
          hash = FoldHashStep(hash, static_cast<char>(d));
          ++j;
        } else {
          break;
        }
      }
      i = j;
      t.end = static_cast<uint32_t>(i);
      t.hash = hash;
      out[count++] = t;
      continue;
    }
    t.kind = TokenKind::kPunct;
    if (c == '-') t.mark = Mark::kDash;
    if (c == '\'') t.mark = Mark::kApostrophe;
    if (c == '"') t.mark = Mark::kQuote;
    ++i;
    t.end = static_cast<uint32_t>(i);
    out[count++] = t;
  }
  return count;
}

bool EqualsFolded(std::string_view word, std::string_view lower) {
  return EqualsLower(word, lower);
}

int MonthOfWord(std::string_view word, bool* abbreviated) {
  *abbreviated = false;
  if (word.size() < 3 || word.size() > 9) return 0;
  for (int m = 0; m < 12; ++m) {
    if (EqualsLower(word, kMonthNames[m])) return m + 1;
  }
  if (word.size() == 3 || EqualsLower(word, "sept")) {
    for (int m = 0; m < 12; ++m) {
      if (EqualsLower(word.substr(0, 3), kMonthNames[m].substr(0, 3))) {
        // "May" is the full name, not an abbreviation.
        *abbreviated = m != 4;
        return m + 1;
      }
    }
  }
  return 0;
}

int WeekdayOfWord(std::string_view word, bool* abbreviated) {
  *abbreviated = false;
  if (word.size() < 3 || word.size() > 9) return 0;
  for (int d = 0; d < 7; ++d) {
    if (EqualsLower(word, kWeekdayNames[d])) return d + 1;
  }
  if (word.size() == 3) {
    for (int d = 0; d < 7; ++d) {
      if (EqualsLower(word, kWeekdayNames[d].substr(0, 3))) {
        *abbreviated = true;
        return d + 1;
      }
    }
  }
  return 0;
}

int WeekdayOf(Date d) {
  switch (absl::GetWeekday(internal::CivilDayOf(d))) {
    case absl::Weekday::monday:
      return 1;
    case absl::Weekday::tuesday:
      return 2;
    case absl::Weekday::wednesday:
      return 3;
    case absl::Weekday::thursday:
      return 4;
    case absl::Weekday::friday:
      return 5;
    case absl::Weekday::saturday:
      return 6;
    case absl::Weekday::sunday:
      return 7;
  }
  return 1;
}

Date MakeDay(int year, int month, int day) {
  auto d = Date::FromYearMonthDay(year, month, day);
  return d.ok() ? *d : Date();
}

Date MakeMonth(int year, int month) {
  auto d = Date::FromYearMonth(year, month);
  return d.ok() ? *d : Date();
}

Date MakeYear(int year) {
  auto d = Date::FromYear(year);
  return d.ok() ? *d : Date();
}

Date ShiftDays(Date d, int days) {
  if (!d.is_known()) return Date();
  const absl::CivilDay day = internal::CivilDayOf(d) + days;
  if (day.year() < 1 || day.year() > 9999) return Date();
  return MakeDay(static_cast<int>(day.year()), day.month(), day.day());
}

Date AddMonths(Date d, int delta) {
  if (!d.is_known()) return Date();
  int index = d.year() * 12 + (d.month() == 0 ? 0 : d.month() - 1) + delta;
  if (index < 12) return Date();
  return MakeMonth(index / 12, index % 12 + 1);
}

}  // namespace diplograph::text_internal::temporal
