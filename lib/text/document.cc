#include "text/document.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "util/utf8.h"

namespace diplograph::text_internal {
namespace {

// The code point at text[i] and its length in bytes (valid UTF-8 assumed;
// 1 for a stray byte).
uint32_t DecodeAt(absl::string_view text, size_t i, size_t* length) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (i + n > text.size()) n = 1;
  *length = n;
  if (n == 1) return c;
  uint32_t cp = c & (0xFF >> (n + 1));
  for (size_t k = 1; k < n; ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  }
  return cp;
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
         c == '\v';
}

bool IsOpeningCurly(uint32_t cp) {
  return cp == 0x201C || cp == 0x201E || cp == 0x00AB;  // “ „ «
}
bool IsClosingCurly(uint32_t cp) {
  return cp == 0x201D || cp == 0x00BB;  // ” »
}

bool IsAbbreviation(absl::string_view word) {
  static const auto* const kAbbreviations =
      new absl::flat_hash_set<std::string>{
          "mr",    "mrs",    "ms",   "dr",   "st",  "gen",  "sen",  "rep",
          "gov",   "lt",     "col",  "prof", "jr",  "sr",   "no",   "vs",
          "inc",   "co",     "corp", "ltd",  "adm", "amb",  "pres", "sec",
          "dept",  "jan",    "feb",  "mar",  "apr", "jun",  "jul",  "aug",
          "sep",   "sept",   "oct",  "nov",  "dec", "mon",  "tue",  "tues",
          "wed",   "thu",    "thur", "fri",  "sat", "sun",  "e.g",  "i.e",
          "etc",   "approx", "est",  "ft",   "mt",  "capt", "sgt",  "cmdr",
          "gov't", "min",    "p",    "pp",   "smt", "hon"};
  return kAbbreviations->contains(Lower(word));
}

// "U.S", "U.N", "J" (an initial): letters of one character separated by
// periods.
bool IsInitialism(absl::string_view word) {
  if (word.empty()) return false;
  bool expect_letter = true;
  for (char c : word) {
    if (expect_letter) {
      if (!absl::ascii_isalpha(static_cast<unsigned char>(c))) return false;
      expect_letter = false;
    } else {
      if (c != '.') return false;
      expect_letter = true;
    }
  }
  return !expect_letter;
}

}  // namespace

size_t ArticlePrefixLength(absl::string_view word) {
  // The first hyphen, looked for among the first four bytes only (an
  // article is two or three letters).
  const size_t hyphen = word.substr(0, 4).find('-');
  if (hyphen < 2 || hyphen > 3 || hyphen + 1 >= word.size() ||
      !absl::ascii_isupper(static_cast<unsigned char>(word[hyphen + 1]))) {
    return 0;
  }
  static constexpr absl::string_view kArticles[] = {
      "al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "ath", "adh"};
  const absl::string_view head = word.substr(0, hyphen);
  for (absl::string_view a : kArticles) {
    if (head == a) return hyphen + 1;
  }
  return 0;
}

std::string Lower(absl::string_view word) {
  return absl::AsciiStrToLower(word);
}

absl::Status CheckInput(absl::string_view text) {
  if (text.size() >= (uint64_t{1} << 32)) {
    return absl::OutOfRangeError(absl::StrCat(
        "text: ", text.size(), " bytes; at most 4 GiB - 1 can be read"));
  }
  if (text.size() >= 2) {
    const unsigned char a = static_cast<unsigned char>(text[0]);
    const unsigned char b = static_cast<unsigned char>(text[1]);
    if (a == 0xFF && b == 0xFE) {
      return absl::InvalidArgumentError(
          "text: UTF-16 little-endian (byte order mark FF FE at byte 0); "
          "convert it to UTF-8");
    }
    if (a == 0xFE && b == 0xFF) {
      return absl::InvalidArgumentError(
          "text: UTF-16 big-endian (byte order mark FE FF at byte 0); "
          "convert it to UTF-8");
    }
  }
  const size_t nul = text.find('\0');
  if (nul != absl::string_view::npos) {
    // ASCII in UTF-16: every other byte of the first ones is NUL.
    const size_t probe = std::min<size_t>(text.size() & ~size_t{1}, 64);
    if (probe >= 4) {
      size_t even = 0, odd = 0;
      for (size_t i = 0; i < probe; ++i) {
        if (text[i] == '\0') ++(i % 2 == 0 ? even : odd);
      }
      if (odd * 4 >= probe * 3 / 2 && even == 0) {
        return absl::InvalidArgumentError(
            "text: looks like UTF-16 little-endian without a byte order mark "
            "(NUL at every odd byte); convert it to UTF-8");
      }
      if (even * 4 >= probe * 3 / 2 && odd == 0) {
        return absl::InvalidArgumentError(
            "text: looks like UTF-16 big-endian without a byte order mark "
            "(NUL at every even byte); convert it to UTF-8");
      }
    }
    return absl::InvalidArgumentError(
        absl::StrCat("text: NUL byte at byte offset ", nul));
  }
  const size_t bad = internal::FindInvalidUtf8(text);
  if (bad != absl::string_view::npos) {
    return absl::InvalidArgumentError(
        absl::StrCat("text: invalid UTF-8 at byte offset ", bad));
  }
  return absl::OkStatus();
}

HeaderLines ReadHeaderLines(absl::string_view text) {
  HeaderLines h;
  size_t pos = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  h.body_begin = static_cast<uint32_t>(pos);
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == absl::string_view::npos) eol = text.size();
    const absl::string_view line = text.substr(pos, eol - pos);
    const size_t colon = line.find(':');
    if (colon == absl::string_view::npos || colon == 0 || colon > 12) break;
    const absl::string_view key = line.substr(0, colon);
    if (!std::all_of(key.begin(), key.end(), [](char c) {
          return absl::ascii_isupper(static_cast<unsigned char>(c)) || c == '_';
        })) {
      break;
    }
    const absl::string_view value =
        absl::StripAsciiWhitespace(line.substr(colon + 1));
    if (key == "DATE") {
      absl::StatusOr<Date> date = Date::Parse(value);
      if (date.ok()) {
        h.date = *date;
        h.date_begin =
            static_cast<uint32_t>(pos + (value.data() - line.data()));
        h.date_end = static_cast<uint32_t>(h.date_begin + value.size());
      }
    } else if (key == "SOURCE_URL" || key == "URL") {
      h.source_url = std::string(value);
    } else if (key == "TITLE") {
      h.title = std::string(value);
    } else if (key == "OUTLET") {
      h.outlet = std::string(value);
    } else if (key != "EXCERPT") {
      break;
    }
    pos = eol < text.size() ? eol + 1 : eol;
    h.body_begin = static_cast<uint32_t>(pos);
  }
  return h;
}

std::vector<Range> Paragraphs(absl::string_view text, uint32_t begin,
                              uint32_t end) {
  std::vector<Range> out;
  uint32_t pos = begin;
  while (pos < end) {
    uint32_t eol = pos;
    while (eol < end && text[eol] != '\n') ++eol;
    uint32_t b = pos, e = eol;
    while (b < e && IsSpace(text[b])) ++b;
    while (e > b && IsSpace(text[e - 1])) --e;
    if (b < e) out.push_back({b, e});
    pos = eol + 1;
  }
  return out;
}

std::vector<Range> Sentences(absl::string_view text, Range p) {
  std::vector<Range> out;
  uint32_t start = p.begin;
  uint32_t i = p.begin;
  while (i < p.end) {
    const char c = text[i];
    if (c != '.' && c != '!' && c != '?') {
      ++i;
      continue;
    }
    // The word before a period.
    uint32_t w = i;
    while (w > start && i - w < 24 && !IsSpace(text[w - 1]) &&
           text[w - 1] != '(' && text[w - 1] != '"') {
      --w;
    }
    uint32_t j = i + 1;
    // Further terminal marks, closing quotation marks and brackets.
    while (j < p.end) {
      size_t len = 0;
      const uint32_t cp = DecodeAt(text, j, &len);
      if (cp == '.' || cp == '!' || cp == '?' || cp == '"' || cp == '\'' ||
          cp == ')' || cp == ']' || IsClosingCurly(cp) || cp == 0x2019) {
        j += static_cast<uint32_t>(len);
      } else {
        break;
      }
    }
    if (j >= p.end) break;
    if (!IsSpace(text[j])) {
      // "...of the Korean Peninsula.In the statement, ...": a page that
      // lost the space after its full stops. A period right after a word
      // of letters and hyphens ending in two lower-case letters, three
      // letters or more and no abbreviation, and right before a capitalised
      // word ("Aa"), ends the sentence all the same; "U.S.Army", "e.g.The",
      // "St.Petersburg", "Gen.Smith", "3.5", "gov.uk" and "Node.js" do not.
      const absl::string_view before = text.substr(w, i - w);
      bool glued =
          c == '.' && j == i + 1 && before.size() >= 3 && j + 1 < p.end &&
          absl::ascii_isupper(static_cast<unsigned char>(text[j])) &&
          absl::ascii_islower(static_cast<unsigned char>(text[j + 1])) &&
          absl::ascii_islower(static_cast<unsigned char>(text[i - 1])) &&
          absl::ascii_islower(static_cast<unsigned char>(text[i - 2])) &&
          !IsAbbreviation(before) && !IsInitialism(before);
      for (const char b : before) {
        glued = glued && (absl::ascii_isalpha(static_cast<unsigned char>(b)) ||
                          b == '-');
      }
      if (glued) {
        out.push_back({start, j});
        start = j;
      }
      i = j;
      continue;
    }
    uint32_t k = j;
    while (k < p.end && IsSpace(text[k])) ++k;
    if (k >= p.end) break;
    size_t len = 0;
    const uint32_t next = DecodeAt(text, k, &len);
    const bool next_starts = (next < 0x80 && (absl::ascii_isupper(next) ||
                                              absl::ascii_isdigit(next) ||
                                              next == '"' || next == '(')) ||
                             IsOpeningCurly(next) || next == 0x2018 ||
                             (next >= 0x80 && !IsClosingCurly(next));
    bool ends = next_starts;
    if (ends && c == '.') {
      const absl::string_view word = text.substr(w, i - w);
      if (IsAbbreviation(word) || IsInitialism(word)) ends = false;
    }
    if (ends) {
      out.push_back({start, j});
      start = k;
      i = k;
    } else {
      i = j;
    }
  }
  if (start < p.end) out.push_back({start, p.end});
  return out;
}

bool StartsWithOpeningMark(absl::string_view text, Range p) {
  if (p.begin >= p.end) return false;
  size_t len = 0;
  const uint32_t cp = DecodeAt(text, p.begin, &len);
  return cp == '"' || IsOpeningCurly(cp);
}

namespace {

bool IsAsciiLetter(uint32_t cp) {
  return cp < 0x80 && absl::ascii_isalpha(static_cast<unsigned char>(cp));
}

// Quotations in single marks ('...' or ‘...’), in a paragraph without
// double marks: the style of some outlets. The marks double as
// apostrophes, so only a clear pair counts: an opening mark at the start or
// after a space, colon or bracket, before a letter; a closing mark after a
// word, before the paragraph's end, a space or punctuation, and either after
// a sentence's punctuation or before punctuation ("talks,' he said",
// "'..., had failed', the minister"). An unclosed one is no quotation.
std::vector<Quote> SingleQuotes(absl::string_view text, Range p,
                                bool previous_runs_on) {
  std::vector<Quote> out;
  // Most paragraphs have no single mark at all: two fast scans decide.
  const absl::string_view para = text.substr(p.begin, p.end - p.begin);
  if (para.find('\'') == absl::string_view::npos &&
      para.find("\xE2\x80\x98") == absl::string_view::npos) {
    return out;
  }
  bool open = false;
  Quote q;
  uint32_t prev = 0;  // the previous code point (0 at the start)
  uint32_t i = p.begin;
  while (i < p.end) {
    size_t len = 0;
    const uint32_t cp = DecodeAt(text, i, &len);
    const uint32_t next_at = i + static_cast<uint32_t>(len);
    uint32_t next = 0;
    if (next_at < p.end) {
      size_t nl = 0;
      next = DecodeAt(text, next_at, &nl);
    }
    const bool space_before = i == p.begin || prev == ' ' || prev == '\t' ||
                              prev == '(' || prev == '[' || prev == ':' ||
                              prev == 0x2014 || prev == 0x2013;
    if (!open && (cp == '\'' || cp == 0x2018) && space_before &&
        (IsAsciiLetter(next) || (next >= 0xC0 && next != 0x2019))) {
      q = Quote();
      q.open = i;
      q.begin = next_at;
      q.continues = previous_runs_on && out.empty() && i == p.begin;
      open = true;
    } else if (open && (cp == '\'' || cp == 0x2019) && next_at > q.begin + 1) {
      const bool sentence_mark_before = prev == '.' || prev == ',' ||
                                        prev == '!' || prev == '?' ||
                                        prev == 0x2026;
      const bool word_before = sentence_mark_before || IsAsciiLetter(prev) ||
                               (prev < 0x80 && absl::ascii_isdigit(prev)) ||
                               prev >= 0xC0;
      const bool punct_after = next == '.' || next == ',' || next == ';' ||
                               next == ':' || next == '!' || next == '?' ||
                               next == ')';
      const bool boundary_after = next_at >= p.end || next == ' ' ||
                                  next == '\t' || punct_after ||
                                  next == 0x2014 || next == 0x2013;
      if (word_before && boundary_after &&
          (sentence_mark_before || punct_after || next_at >= p.end)) {
        q.end = i;
        q.close = next_at;
        q.closed = true;
        out.push_back(q);
        open = false;
      }
    }
    prev = cp;
    i = next_at;
  }
  return out;
}

}  // namespace

std::vector<Quote> Quotes(absl::string_view text, Range p,
                          bool previous_runs_on) {
  std::vector<Quote> out;
  bool any_double = false;
  bool open = false;
  bool open_straight = false;
  Quote q;
  uint32_t i = p.begin;
  while (i < p.end) {
    // ASCII other than the straight mark opens or closes nothing.
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80 && b != '"') {
      ++i;
      continue;
    }
    size_t len = 0;
    const uint32_t cp = DecodeAt(text, i, &len);
    const uint32_t next = i + static_cast<uint32_t>(len);
    bool opening = false, closing = false;
    any_double =
        any_double || cp == '"' || IsOpeningCurly(cp) || IsClosingCurly(cp);
    if (IsOpeningCurly(cp)) {
      opening = true;
    } else if (IsClosingCurly(cp)) {
      closing = true;
    } else if (cp == '"') {
      if (open && open_straight) {
        closing = true;
      } else if (!open) {
        opening = true;
      }
      // A straight mark inside a curly quotation is nesting: left alone.
    }
    if (opening) {
      if (open) {  // the first one never closed: it ends here
        q.end = i;
        q.close = i;
        q.closed = false;
        out.push_back(q);
      }
      q = Quote();
      q.open = i;
      q.begin = next;
      q.continues = previous_runs_on && out.empty() && i == p.begin;
      open = true;
      open_straight = cp == '"';
    } else if (closing && open) {
      q.end = i;
      q.close = next;
      q.closed = true;
      out.push_back(q);
      open = false;
    }
    i = next;
  }
  if (open) {
    q.end = p.end;
    q.close = p.end;
    q.closed = false;
    out.push_back(q);
  }
  if (!any_double) return SingleQuotes(text, p, previous_runs_on);
  return out;
}

std::vector<Token> Tokenize(absl::string_view text, uint32_t begin,
                            uint32_t end) {
  std::vector<Token> out;
  // News prose has a token every five to six bytes.
  if (end > begin) out.reserve((end - begin) / 5 + 16);
  uint32_t i = begin;
  while (i < end) {
    const char c = text[i];
    if (IsSpace(c)) {
      ++i;
      continue;
    }
    size_t len = 0;
    uint32_t cp = DecodeAt(text, i, &len);
    auto is_word_cp = [](uint32_t x) {
      return (x < 0x80 && absl::ascii_isalnum(static_cast<unsigned char>(x))) ||
             (x >= 0xC0 && x != 0x2018 && x != 0x2019 && x != 0x201C &&
              x != 0x201D && x != 0x201E && x != 0x2013 && x != 0x2014 &&
              x != 0x2026 && x != 0x00AB && x != 0x00BB && x != 0x00A0 &&
              !(x >= 0x2000 && x <= 0x206F));
    };
    if (!is_word_cp(cp)) {
      out.push_back({i, static_cast<uint32_t>(i + len), false, false});
      i += static_cast<uint32_t>(len);
      continue;
    }
    Token t{i, i, true,
            cp < 0x80 ? absl::ascii_isupper(static_cast<unsigned char>(cp))
                      : false};
    if (cp >= 0x80) {
      // Upper-case Latin-1 / Latin Extended / Cyrillic / Greek letters.
      t.capitalised = (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
                      (cp >= 0x410 && cp <= 0x42F) ||
                      (cp >= 0x391 && cp <= 0x3A9);
    }
    uint32_t j = i;
    while (j < end) {
      // ASCII letters and digits, the common case, without decoding.
      const unsigned char b = static_cast<unsigned char>(text[j]);
      if (b < 0x80 && absl::ascii_isalnum(b)) {
        ++j;
        continue;
      }
      size_t l = 0;
      const uint32_t x = DecodeAt(text, j, &l);
      if (is_word_cp(x)) {
        j += static_cast<uint32_t>(l);
        continue;
      }
      // Inner apostrophes, hyphens and periods of initialisms ("U.S.").
      if ((x == '\'' || x == 0x2019 || x == '-' || x == '.') && j + l < end) {
        size_t l2 = 0;
        const uint32_t y = DecodeAt(text, j + l, &l2);
        if (is_word_cp(y) &&
            (x != '.' || (j - i <= 2 && y < 0x80 && absl::ascii_isalpha(y)))) {
          j += static_cast<uint32_t>(l + l2);
          continue;
        }
      }
      if (x == '.' && j > i && j - i <= 3) {
        // the final period of an initialism: "U.S." (not a sentence end
        // after a normal word)
        const absl::string_view w = text.substr(i, j - i);
        if (w.find('.') != absl::string_view::npos) {
          j += 1;
        }
      }
      break;
    }
    t.end = j;
    // "al-Sisi", "el-Baradei": a name after the Arabic article is
    // capitalised, as a name word.
    // The article's hyphen is its third or fourth byte: most words are
    // ruled out without the test.
    if (!t.capitalised && j - i >= 4 &&
        (text[i + 2] == '-' || text[i + 3] == '-')) {
      const size_t article = ArticlePrefixLength(text.substr(i, j - i));
      t.capitalised = article > 0;
    }
    out.push_back(t);
    i = j;
  }
  return out;
}

}  // namespace diplograph::text_internal
