// The document's own date: header lines, date stamps, datelines, transcript
// headings and page time stamps among the first lines of the text.

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "text/temporal.h"
#include "text/temporal_lex.h"

namespace diplograph::text_internal {
namespace {

using temporal::Mark;
using temporal::Token;
using temporal::TokenKind;

// Only this much of the text is looked at.
constexpr size_t kLookBytes = 4096;
// Lines after the header lines that may hold the date or the dateline.
constexpr int kLookLines = 15;
// A heading with a date is a short line.
constexpr size_t kHeadingBytes = 300;

struct Line {
  uint32_t begin = 0, end = 0;  // without the line break
  uint32_t next = 0;            // the first byte of the next line
};

Line LineAt(std::string_view text, size_t pos, size_t limit) {
  Line line;
  line.begin = static_cast<uint32_t>(pos);
  size_t e = pos;
  while (e < limit && text[e] != '\n') ++e;
  line.next = static_cast<uint32_t>(e < limit ? e + 1 : e);
  while (e > pos &&
         (text[e - 1] == '\r' || text[e - 1] == ' ' || text[e - 1] == '\t')) {
    --e;
  }
  line.end = static_cast<uint32_t>(e);
  return line;
}

size_t SkipSpaces(std::string_view text, size_t pos, size_t end) {
  while (pos < end) {
    if (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\r') {
      ++pos;
    } else if (pos + 1 < end && static_cast<unsigned char>(text[pos]) == 0xC2 &&
               static_cast<unsigned char>(text[pos + 1]) == 0xA0) {
      pos += 2;
    } else {
      break;
    }
  }
  return pos;
}

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

// A header line "KEY: value" with an upper-case key from the known set or
// with an underscore ("SOURCE_URL"). Sets *key_end to the colon.
bool HeaderLine(std::string_view text, const Line& line, size_t* colon) {
  static constexpr std::string_view kKeys[] = {
      "DATE",     "TITLE",  "HEADLINE",  "SOURCE",    "URL",     "EXCERPT",
      "AUTHOR",   "BYLINE", "OUTLET",    "PUBLISHER", "LOCATOR", "GENRE",
      "LANGUAGE", "ID",     "PUBLISHED", "UPDATED",   "SECTION", "TAGS"};
  size_t i = line.begin;
  if (i >= line.end || !IsUpperAscii(text[i])) return false;
  bool underscore = false;
  while (i < line.end && (IsUpperAscii(text[i]) || text[i] == '_' ||
                          (text[i] >= '0' && text[i] <= '9'))) {
    underscore = underscore || text[i] == '_';
    ++i;
  }
  if (i >= line.end || text[i] != ':') return false;
  std::string_view key = text.substr(line.begin, i - line.begin);
  bool known = underscore;
  for (std::string_view k : kKeys) known = known || key == k;
  if (!known) return false;
  *colon = i;
  return true;
}

// The first expression of text[begin, end) that names a date on its own
// (explicit basis, known date, not a range).
std::optional<TimeExpression> ExplicitDate(std::string_view text,
                                           uint32_t begin, uint32_t end,
                                           Date anchor) {
  for (TimeExpression& e : FindTimeExpressions(text, begin, end, anchor)) {
    if (e.basis == DateBasis::kExplicit && e.date.is_known() &&
        !e.range_end.is_known()) {
      return std::move(e);
    }
  }
  return std::nullopt;
}

bool ContainsFolded(std::string_view haystack, std::string_view lower) {
  if (lower.size() > haystack.size()) return false;
  for (size_t i = 0; i + lower.size() <= haystack.size(); ++i) {
    size_t k = 0;
    while (k < lower.size()) {
      char c = haystack[i + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != lower[k]) break;
      ++k;
    }
    if (k == lower.size()) return true;
  }
  return false;
}

// True if most words of four or more letters in `line` are capitalised, as
// in a title or heading ("Regular Press Conference on March 2, 2021") and
// unlike a sentence of the body ("The treaty was signed on July 16, 2001").
bool TitleCase(std::string_view line) {
  int words = 0, upper = 0;
  size_t i = 0;
  while (i < line.size()) {
    const char c = line[i];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      size_t j = i;
      while (j < line.size() && ((line[j] >= 'a' && line[j] <= 'z') ||
                                 (line[j] >= 'A' && line[j] <= 'Z'))) {
        ++j;
      }
      if (j - i >= 4) {
        ++words;
        upper += c >= 'A' && c <= 'Z';
      }
      i = j;
    } else {
      ++i;
    }
  }
  return words > 0 && upper * 5 >= words * 3;
}

bool HeadingWords(std::string_view line) {
  static constexpr std::string_view kWords[] = {
      "press conference", "briefing",   "remarks",    "transcript", "readout",
      "interview",        "statement",  "meeting",    "speech",     "call",
      "press release",    "communique", "declaration"};
  for (std::string_view w : kWords) {
    if (ContainsFolded(line, w)) return true;
  }
  return false;
}

// A dateline at the start of text[begin, end): PLACE followed by
// ", Month Day[, Year] [(Outlet)] SEP", "(Outlet) SEP" or a bare "SEP"; SEP
// is a dash ("-", "--", "—"), a full stop after a date, a colon, or a comma
// after an outlet. "/Outlet/" may follow SEP (TASS). Whether a bare place is
// a dateline is for the caller to decide (AcceptBare).
struct Dateline {
  uint32_t place_begin = 0, place_end = 0;
  uint32_t outlet_begin = 0, outlet_end = 0;
  uint32_t date_begin = 0, date_end = 0;  // empty when no date
  uint32_t body = 0;
  char separator = 0;  // '-' (any dash), '.', ':' or ','
  bool bare = false;   // neither a date nor an outlet: only place and sign
};

std::optional<Dateline> ParseDateline(std::string_view text, uint32_t begin,
                                      uint32_t end,
                                      std::vector<Token>& tokens) {
  // A dateline is short: look at the first 160 bytes of the line.
  const uint32_t look = std::min<uint32_t>(end, begin + 160);
  temporal::Tokenize(text, begin, look, tokens);
  const size_t n = tokens.size();
  auto punct = [&](size_t i, char c) {
    return i < n && temporal::IsPunct(text, tokens[i], c);
  };
  auto dash = [&](size_t i) {
    return i < n && tokens[i].kind == TokenKind::kPunct &&
           tokens[i].mark == Mark::kDash;
  };
  size_t i = 0;
  // The place: one to four capitalised words ("UNITED NATIONS", "Beijing").
  while (i < n && i < 4 && tokens[i].kind == TokenKind::kWord &&
         tokens[i].upper) {
    bool abbreviated = false;
    if (temporal::MonthOfWord(temporal::TokenText(text, tokens[i]),
                              &abbreviated) != 0 &&
        i > 0) {
      break;
    }
    ++i;
  }
  if (i == 0) return std::nullopt;
  Dateline d;
  d.place_begin = tokens[0].begin;
  d.place_end = tokens[i - 1].end;
  // The place itself must not be a month or weekday ("November 7, ...").
  {
    bool abbreviated = false;
    if (temporal::MonthOfWord(temporal::TokenText(text, tokens[0]),
                              &abbreviated) != 0 ||
        temporal::WeekdayOfWord(temporal::TokenText(text, tokens[0]),
                                &abbreviated) != 0) {
      return std::nullopt;
    }
  }
  bool have_date = false;
  if (punct(i, ',')) {
    // ", Month Day[, Year]"
    size_t j = i + 1;
    bool abbreviated = false;
    if (j >= n || tokens[j].kind != TokenKind::kWord ||
        temporal::MonthOfWord(temporal::TokenText(text, tokens[j]),
                              &abbreviated) == 0) {
      return std::nullopt;
    }
    const size_t month = j;
    ++j;
    if (punct(j, '.')) ++j;
    if (j >= n ||
        (tokens[j].kind != TokenKind::kNumber &&
         tokens[j].kind != TokenKind::kOrdinal) ||
        tokens[j].digits > 2) {
      return std::nullopt;
    }
    ++j;
    if (punct(j, ',') && j + 1 < n &&
        tokens[j + 1].kind == TokenKind::kNumber && tokens[j + 1].digits == 4) {
      j += 2;
    }
    d.date_begin = tokens[month].begin;
    d.date_end = tokens[j - 1].end;
    have_date = true;
    i = j;
  }
  if (punct(i, '(')) {
    size_t j = i + 1;
    const size_t first = j;
    while (j < n && j < first + 5 && tokens[j].kind == TokenKind::kWord) ++j;
    if (j == first || !punct(j, ')') || !tokens[first].upper) {
      return std::nullopt;
    }
    d.outlet_begin = tokens[first].begin;
    d.outlet_end = tokens[j - 1].end;
    i = j + 1;
  }
  // The separator.
  size_t sep_end = 0;
  if (dash(i)) {
    sep_end = i + 1;
    while (dash(sep_end)) ++sep_end;
    d.separator = '-';
  } else if (punct(i, '.') && have_date) {
    sep_end = i + 1;
    d.separator = '.';
  } else if (punct(i, ':')) {
    sep_end = i + 1;
    d.separator = ':';
  } else if (punct(i, ',') && d.outlet_end != 0) {
    sep_end = i + 1;
    d.separator = ',';
  } else {
    return std::nullopt;
  }
  d.bare = !have_date && d.outlet_end == 0;
  // "MOSCOW, November 7. /TASS/." names its outlet after the separator.
  if (d.outlet_end == 0 && punct(sep_end, '/') && sep_end + 2 < n &&
      tokens[sep_end + 1].kind == TokenKind::kWord &&
      tokens[sep_end + 1].upper) {
    size_t j = sep_end + 1;
    while (j < n && j < sep_end + 5 && tokens[j].kind == TokenKind::kWord) ++j;
    if (punct(j, '/')) {
      d.outlet_begin = tokens[sep_end + 1].begin;
      d.outlet_end = tokens[j - 1].end;
      sep_end = j + 1;
      if (punct(sep_end, '.') || dash(sep_end)) ++sep_end;
    }
  }
  // Something must follow on the line: the story starts there.
  const uint32_t after = tokens[sep_end - 1].end;
  d.body = static_cast<uint32_t>(SkipSpaces(text, after, end));
  if (d.body >= end) return std::nullopt;
  return d;
}

}  // namespace

std::optional<DocumentDate> FindDocumentDate(std::string_view text, Date hint) {
  const size_t limit = std::min(text.size(), kLookBytes);
  size_t pos = 0;
  if (limit >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;

  DocumentDate result;
  bool have_date = false;
  bool found_anything = false;

  // 1. Header lines at the top: "SOURCE_URL: ...", "DATE: 2024-11-08".
  while (pos < limit) {
    const Line line = LineAt(text, pos, limit);
    size_t colon = 0;
    if (!HeaderLine(text, line, &colon)) break;
    if (text.substr(line.begin, colon - line.begin) == "DATE" && !have_date) {
      if (auto e = ExplicitDate(text, static_cast<uint32_t>(colon + 1),
                                line.end, hint)) {
        result.date = e->date;
        result.begin = e->begin;
        result.end = e->end;
        result.rule = "header-line";
        have_date = true;
        found_anything = true;
      }
    }
    pos = line.next;
    result.body_begin = static_cast<uint32_t>(pos);
  }
  const Date year_hint = have_date ? result.date : hint;

  // 2. The first lines of the body: a date stamp, a dateline, a heading or
  // a page time stamp.
  std::vector<Token> tokens;
  tokens.reserve(64);
  bool have_dateline = false;
  bool first_line = true;
  // The line-based candidate for the date when there is no header date.
  std::optional<TimeExpression> line_date;
  const char* line_rule = "";
  uint32_t line_body = result.body_begin;
  int lines = 0;
  while (pos < limit && lines < kLookLines) {
    const Line line = LineAt(text, pos, limit);
    pos = line.next;
    const size_t start = SkipSpaces(text, line.begin, line.end);
    if (start >= line.end) {
      if (line_date && line_body == line.begin) line_body = line.next;
      continue;
    }
    ++lines;
    size_t cursor = start;
    bool stamp = false;
    // "date 2024-11-08" at the start of a line.
    if (line.end - start > 5 &&
        (text.substr(start, 5) == "date " || text.substr(start, 5) == "Date " ||
         text.substr(start, 5) == "DATE ")) {
      const uint32_t after =
          static_cast<uint32_t>(SkipSpaces(text, start + 5, line.end));
      const uint32_t stop = std::min<uint32_t>(line.end, after + 24);
      auto e = ExplicitDate(text, after, stop, year_hint);
      if (e && e->begin == after &&
          e->date.precision() == DatePrecision::kDay) {
        stamp = true;
        if (!line_date) {
          line_date = e;
          line_rule = "date-stamp";
        }
        cursor = SkipSpaces(text, e->end, line.end);
        if (!have_dateline) line_body = static_cast<uint32_t>(cursor);
      }
    }
    if (!have_dateline && cursor < line.end) {
      if (auto d = ParseDateline(text, static_cast<uint32_t>(cursor), line.end,
                                 tokens)) {
        bool accept = true;
        if (d->bare && !stamp) {
          // A bare place: "LONDON —" (capitals and a dash), or "Beijing:"
          // (one word of mixed case, on the first line, not a question
          // turn), but not a speaker ("Mao Ning:") or an outlet ("AFP: Can
          // you ...?").
          std::string_view place =
              text.substr(d->place_begin, d->place_end - d->place_begin);
          bool all_upper = true;
          for (char c : place) all_upper = all_upper && !(c >= 'a' && c <= 'z');
          const std::string_view rest = text.substr(cursor, line.end - cursor);
          if (d->separator == '-') {
            accept = all_upper;
          } else if (d->separator == ':') {
            accept = first_line && !all_upper &&
                     place.find(' ') == std::string_view::npos &&
                     rest.find('?') == std::string_view::npos;
          } else {
            accept = false;
          }
        }
        if (accept) {
          have_dateline = true;
          found_anything = true;
          result.place_begin = d->place_begin;
          result.place_end = d->place_end;
          result.outlet_begin = d->outlet_begin;
          result.outlet_end = d->outlet_end;
          result.separator = d->separator;
          result.body_begin = d->body;
          if (d->date_end != 0 && !have_date) {
            auto e = ExplicitDate(text, d->date_begin, d->date_end, year_hint);
            if (e) {
              result.date = e->date;
              result.begin = e->begin;
              result.end = e->end;
              result.rule = "dateline";
              have_date = true;
            }
          }
          break;
        }
      }
    }
    first_line = false;
    // A long line that ends in a full stop is a sentence of the body, its
    // names capitalised ("Further to the leaders' meeting with President X
    // on 4 May, Foreign Minister Y spoke with ..."), not a heading.
    size_t last = line.end;
    while (last > start && (text[last - 1] == ' ' || text[last - 1] == '\r')) {
      --last;
    }
    const bool sentence = last - start > 100 && text[last - 1] == '.';
    if (!stamp && !line_date && !sentence &&
        line.end - start <= kHeadingBytes &&
        TitleCase(text.substr(start, line.end - start))) {
      auto e =
          ExplicitDate(text, static_cast<uint32_t>(start), line.end, year_hint);
      if (e) {
        const bool timestamp =
            e->begin == start && (std::string_view(e->rule) == "iso-date" ||
                                  std::string_view(e->rule) == "iso-datetime");
        line_date = e;
        line_rule = timestamp ? "timestamp-line"
                    : HeadingWords(text.substr(start, line.end - start))
                        ? "transcript-heading"
                        : "heading-date";
        line_body = line.next;
        continue;
      }
    }
    // A time stamp line right after a heading belongs to it.
    if (line_date && line_body == line.begin && !stamp) {
      auto e =
          ExplicitDate(text, static_cast<uint32_t>(start), line.end, year_hint);
      if (e && e->begin == start &&
          (std::string_view(e->rule) == "iso-date" ||
           std::string_view(e->rule) == "iso-datetime")) {
        line_body = line.next;
      }
    }
  }
  if (!have_date && line_date) {
    result.date = line_date->date;
    result.begin = line_date->begin;
    result.end = line_date->end;
    result.rule = line_rule;
    have_date = true;
    found_anything = true;
  }
  if (!have_dateline && line_date && line_body > result.body_begin) {
    result.body_begin = line_body;
  }
  if (!have_date && have_dateline) {
    // "WASHINGTON (AP) —": the caller's date stands.
    result.date = hint;
    result.begin = result.place_begin;
    result.end = result.place_end;
    result.rule = hint.is_known() ? "hint" : "dateline";
  }
  if (!found_anything) return std::nullopt;
  return result;
}

}  // namespace diplograph::text_internal
