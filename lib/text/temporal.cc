// Temporal expressions: a scan over the words of the range that tries, at
// each word, the constructions of docs/text_dates.md. Every rule looks at a
// bounded number of words (the clause-tense check at most kTenseWindow on
// either side), so the whole scan is linear in the range. This file holds
// the scan (Finder::Run), lead words, ranges and chunking; the rules,
// pieces, word tables and resolution are in the files that
// text/temporal_scan.h lists.

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
#include "text/temporal_scan.h"

namespace diplograph::text_internal {

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

namespace temporal_scan {

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
  size_t j = i;
  if (Word(i, "from")) {
    *kind = 1;
    j = i + 1;
  } else if (Word(i, "between")) {
    *kind = 2;
    j = i + 1;
  } else if (Word(i, "since")) {
    *kind = 3;
    j = i + 1;
  } else if (Word(i, "as") && (Word(i + 1, "early") || Word(i + 1, "late")) &&
             Word(i + 2, "as")) {
    j = i + 3;
  } else if (Word(i, "as") && Word(i + 1, "of")) {
    j = i + 2;
  } else if (Word(i, "at") && Word(i + 1, "the") &&
             (Word(i + 2, "end") || Word(i + 2, "beginning") ||
              Word(i + 2, "start") || Word(i + 2, "middle")) &&
             Word(i + 3, "of")) {
    // "at the end of March", "at the start of 2024"
    return i + 4;
  } else if (Word(i, "early") || Word(i, "late") || Word(i, "mid")) {
    j = i + 1;
    if (Dash(j) && Adjacent(j)) ++j;  // "mid-March"
    return j;
  } else {
    static constexpr WordKey kLeads[] = {
        "on",     "in",       "by",        "until",   "till",
        "before", "after",    "during",    "through", "throughout",
        "of",     "starting", "beginning", "around"};
    for (const WordKey& w : kLeads) {
      if (Word(i, w)) {
        j = i + 1;
        break;
      }
    }
    if (j == i) return i;
  }
  // "in early 2019", "since mid-March", "by the end of 2025"
  if (Word(j, "early") || Word(j, "late") || Word(j, "mid")) {
    ++j;
    if (Dash(j) && Adjacent(j)) ++j;
  } else if (Word(j, "the") &&
             (Word(j + 1, "end") || Word(j + 1, "beginning") ||
              Word(j + 1, "start") || Word(j + 1, "middle")) &&
             Word(j + 2, "of")) {
    j += 3;
  }
  return j;
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
  // The word after "and"/"or" that follows an expression with a lead word.
  size_t listed = n_;
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
    const bool carried = i == listed;
    // Rules that carry their own lead words come first.
    bool found = ((bits & kStartDay) && RelativeDay(i, core)) ||
                 ((bits & kStartPeriod) && RelativePeriod(i, core)) ||
                 ((bits & kStartVague) && Vague(i, core)) ||
                 ((bits & kStartDuration) && Duration(i, core));
    size_t span_first = i;
    int lead_kind = 0;
    if (!found) {
      const size_t j = (bits & kStartLead) ? Lead(i, &lead_kind) : i;
      if (carried) {
        // "in May and September": the lead word of the first carries over.
        found = (bits & kStartCore) && AnyCore(i, true, core);
      }
      if (found) {
      } else if (j != i && AnyCore(j, true, core)) {
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
    // "since" looks back whatever the clause's tense.
    const Tense tense = lead_kind == 3
                            ? Tense::kPast
                            : ClauseTense(std::max(span_first, core.first),
                                          range ? end : core.end);
    // "in May and September": a month in a list follows the one before.
    if (carried && core.shape == Shape::kMonth && !core.year_shift_set &&
        core.month_step == 0 && !out.empty() &&
        out.back().date.precision() == DatePrecision::kMonth) {
      const Date before = out.back().date;
      core.year = before.year() + (core.month < before.month() ? 1 : 0);
      core.shape = Shape::kMonthYear;
      core.value.rule = "month-in-list";
    }
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
    const bool had_lead = span_first < core.first || lead_kind != 0 || carried;
    if (had_lead && !range && (Word(i, "and") || Word(i, "or"))) {
      listed = i + 1;
    } else if (had_lead && !range && Punct(i, ',') &&
               (Word(i + 2, "and") || Word(i + 2, "or") || Punct(i + 2, ','))) {
      listed = i + 1;  // "in May, June and July"
    }
  }
}

}  // namespace temporal_scan

namespace {

using temporal::Token;
using temporal_scan::Finder;

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
  // One buffer for every chunk, kept by the thread for its next call (the
  // extractor calls this once per sentence): a chunk holds at most as many
  // tokens as bytes, and ChunkEnd cuts at most 5 * kChunkBytes past its
  // start, so the buffer stays under 8 MB.
  thread_local std::vector<Token> tokens;
  const size_t need = std::min<size_t>(end - begin, 5 * kChunkBytes + 16);
  if (tokens.size() < need) tokens.resize(need);
  uint32_t from = begin;
  while (from < end) {
    uint32_t to = ChunkEnd(text, from, end);
    // Larger only for a text without spaces, cut past the usual bound.
    if (to - from > tokens.size()) tokens.resize(to - from);
    const size_t count = temporal::Tokenize(text, from, to, tokens.data());
    Finder finder(text, tokens.data(), count, anchor);
    finder.Run(out);
    from = to;
  }
  return out;
}

}  // namespace diplograph::text_internal
