// Private to lib/text/temporal*.cc: the word scanner and the calendar words
// that the temporal rules share.
//
// A Token is one word ("January", "G20", "20th"), one number ("2024"), one
// punctuation mark (ASCII or one of the UTF-8 dashes, quotes and
// apostrophes), or one line break. Letters are ASCII; other UTF-8 characters
// join the word they touch, so "Zürich" is one word. Thread safety: pure
// functions.

#ifndef DIPLOGRAPH_LIB_TEXT_TEMPORAL_LEX_H_
#define DIPLOGRAPH_LIB_TEXT_TEMPORAL_LEX_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "absl/base/attributes.h"
#include "diplograph/date.h"

namespace diplograph::text_internal::temporal {

enum class TokenKind : uint8_t {
  kWord,     // letters, possibly with digits ("Jan", "G20")
  kNumber,   // ASCII digits only ("2024", "08")
  kOrdinal,  // digits + st/nd/rd/th ("20th")
  kDecade,   // digits + s ("1990s", "90s")
  kPunct,    // one punctuation character (ASCII or UTF-8 dash/quote)
  kBreak,    // a line break
};

// Punctuation characters of several bytes, folded to one code.
enum class Mark : uint8_t {
  kNone,
  kDash,        // - – — (hyphen, en and em dash)
  kApostrophe,  // ' ’
  kQuote,       // " “ ” ‘
};

// FNV-1a over the bytes of `word` with ASCII letters folded to lower case:
// the key that word comparisons check first.
inline constexpr uint32_t kFoldHashBasis = 2166136261u;
// One byte (already folded) more of a FoldHash.
constexpr uint32_t FoldHashStep(uint32_t h, char folded) {
  return (h ^ static_cast<uint8_t>(folded)) * 16777619u;
}
constexpr uint32_t FoldHash(std::string_view word) {
  uint32_t h = kFoldHashBasis;
  for (char c : word) {
    h = FoldHashStep(
        h, (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return h;
}

// A lower-case word to compare tokens with, hashed at compile time:
// `IsWord(text, token, "today")`.
struct WordKey {
  consteval WordKey(const char* word)  // NOLINT: implicit from literals
      : text(word), hash(FoldHash(word)) {}
  std::string_view text;
  uint32_t hash;
};

struct Token {
  uint32_t begin = 0, end = 0;
  uint32_t hash = 0;  // kWord: FoldHash of its text
  TokenKind kind = TokenKind::kWord;
  Mark mark = Mark::kNone;    // for kPunct
  bool space_before = false;  // whitespace (or nothing) separates it from
                              // the previous token
  bool upper = false;         // kWord: the first letter is upper case
  int value = -1;  // kNumber/kOrdinal/kDecade: the number (-1 if > 9 digits)
  uint8_t digits = 0;  // kNumber/kOrdinal/kDecade: how many digits
};

// Appends the tokens of text[begin, end) to `out` (cleared first). O(end -
// begin); `out` grows geometrically, so there is no allocation per byte.
void Tokenize(std::string_view text, uint32_t begin, uint32_t end,
              std::vector<Token>& out);

// The same into `out`, which has room for end - begin tokens (a range never
// holds more tokens than bytes); returns how many were written.
size_t Tokenize(std::string_view text, uint32_t begin, uint32_t end,
                Token* out);

// The bytes of `t`.
inline std::string_view TokenText(std::string_view text, const Token& t) {
  return text.substr(t.begin, t.end - t.begin);
}

// True if `word` equals `lower` (lower-case ASCII), ignoring ASCII case.
bool EqualsFolded(std::string_view word, std::string_view lower);

// True if `t` is a word equal to `key`, ignoring case.
ABSL_ATTRIBUTE_ALWAYS_INLINE inline bool IsWord(std::string_view text,
                                                const Token& t,
                                                const WordKey& key) {
  return t.hash == key.hash && t.kind == TokenKind::kWord &&
         EqualsFolded(text.substr(t.begin, t.end - t.begin), key.text);
}

// True if `t` is the punctuation character `c` (ASCII).
inline bool IsPunct(std::string_view text, const Token& t, char c) {
  return t.kind == TokenKind::kPunct && t.end - t.begin == 1 &&
         text[t.begin] == c;
}

// 1 ... 12 for a month name or its abbreviation ("January", "Jan", "Sept";
// any case), else 0. `abbreviated` tells which.
int MonthOfWord(std::string_view word, bool* abbreviated);

// 1 (Monday) ... 7 (Sunday) for a weekday name or its abbreviation, else 0.
int WeekdayOfWord(std::string_view word, bool* abbreviated);

// Calendar helpers (day-precision dates unless said otherwise).
// 1 (Monday) ... 7 (Sunday). REQUIRES: d has day precision.
int WeekdayOf(Date d);
// A date of day precision, or Date() when not on the calendar.
Date MakeDay(int year, int month, int day);
Date MakeMonth(int year, int month);
Date MakeYear(int year);
// The day `days` days after the first day of `d` (before it when negative),
// or Date() when `d` is unknown or the result leaves years 1 ... 9999.
Date ShiftDays(Date d, int days);
// The month `delta` months after the month of `d` (month precision), or
// Date() outside years 1 ... 9999.
Date AddMonths(Date d, int delta);

}  // namespace diplograph::text_internal::temporal

#endif  // DIPLOGRAPH_LIB_TEXT_TEMPORAL_LEX_H_
