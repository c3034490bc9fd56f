// Temporal expressions and document dates for the text extractor.
//
// The extractor dates each statement from the words around it ("on Friday",
// "in January", "November 30 to December 1") resolved against the date of the
// document, which comes from a `DATE:` header line, a dateline ("Beijing, Nov
// 8 (Reuters) -") or a transcript heading. This header finds both:
//
//   std::optional<DocumentDate> doc = FindDocumentDate(text, Date());
//   Date anchor = doc ? doc->date : Date();
//   for (const TimeExpression& t :
//        FindTimeExpressions(text, doc ? doc->body_begin : 0,
//                            static_cast<uint32_t>(text.size()), anchor)) {
//     // t.date / t.range_end / t.duration, t.basis, t.rule, t.future
//   }
//
// The rules, one per construction, are listed in docs/text_dates.md; `rule`
// names them. Expressions that are recognised but cannot be placed on the
// calendar ("recently", "earlier during his campaign", any relative one when
// the anchor is unknown) come back with basis kUnresolved and an unknown
// date, so that a caller does not fall back to the document date for them.
//
// Numbers that are not dates are not taken: amounts and percentages
// ("2,019 troops", "20 percent"), article and resolution numbers ("Article
// 5"), names with digits ("G20") and ordinals that are not days ("the 20th
// Party Congress").
//
// Thread safety: the functions are pure; any number of threads may call them
// at once. The `rule` strings are static and live forever. Memory:
// FindTimeExpressions keeps one word buffer per thread between calls, of at
// most 24 bytes per byte of the largest range it was given: under 8 MB
// unless a text runs for hundreds of KiB without a space.
//
// Errors: none; input that holds no date gives nullopt or an empty vector.
// Any bytes are accepted (invalid UTF-8 is read as non-letters).

#ifndef DIPLOGRAPH_LIB_TEXT_TEMPORAL_H_
#define DIPLOGRAPH_LIB_TEXT_TEMPORAL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diplograph/date.h"
#include "diplograph/text.h"

namespace diplograph::text_internal {

// How the date of an expression was found: the public DateBasis of text.h
// (kExplicit, kRelative, kDocumentDate or kUnresolved here; kCarried is a
// statement's, not an expression's).
using ::diplograph::DateBasis;
using ::diplograph::DateBasisName;

// One temporal expression of the text.
struct TimeExpression {
  uint32_t begin = 0, end = 0;  // the words of the expression, e.g. "on Friday"
  Date date;                    // resolved value at its precision; Date() if
                                // unresolved; the first date of a range
  Date range_end;  // known only for ranges ("November 30 to December 1",
                   // "last week": Monday to Sunday, "the 1990s": 1990 to 1999)
  std::string duration;  // ISO 8601 duration for durations ("P4Y"), else empty
  DateBasis basis = DateBasis::kUnresolved;
  bool future = false;    // the clause speaks of the future ("will meet in
                          // January") or the expression does ("tomorrow")
  const char* rule = "";  // a stable rule name, e.g.
                          // "weekday-on-or-before-anchor"
  float confidence = 0;   // 0..1
};

// The document's own date and where it was found.
struct DocumentDate {
  Date date;                    // the document's date (day precision where
                                // given)
  uint32_t begin = 0, end = 0;  // where it was found
  uint32_t place_begin = 0, place_end = 0;    // dateline place ("Beijing"),
                                              // empty if none
  uint32_t outlet_begin = 0, outlet_end = 0;  // dateline outlet ("Reuters"),
                                              // empty if none
  uint32_t body_begin = 0;  // first byte after header lines / dateline
  char separator = 0;       // the dateline's mark: '-' (any dash), '.',
                            // ':' or ','; 0 if none
  const char* rule = "";    // "header-line", "dateline", "date-stamp",
                            // "transcript-heading", "heading-date",
                            // "timestamp-line", "hint"
};

// The document's own date from a `DATE:` header line, a dateline ("Beijing,
// Nov 8 (Reuters) -", "MOSCOW, November 7.", "Beijing: ..."), or a
// transcript heading ("Foreign Ministry Spokesperson Mao Ning's Regular Press
// Conference on November 8, 2024"). Looks only at the first few KiB. `hint`
// (the publication date the caller knows, or Date()) supplies the year when a
// dateline has none (the year that puts the dateline's day nearest the hint),
// and is the date returned (rule "hint") for a dateline that carries no date
// ("WASHINGTON (AP) —"). nullopt when nothing is found. O(min(size, 4 KiB)).
std::optional<DocumentDate> FindDocumentDate(std::string_view text, Date hint);

// Every temporal expression in text[begin, end), in text order, not
// overlapping, relative ones resolved against `anchor` (the document date;
// Date() leaves them kUnresolved). `end` is clamped to the text's size.
// O(end - begin): each rule looks at a bounded number of words.
std::vector<TimeExpression> FindTimeExpressions(std::string_view text,
                                                uint32_t begin, uint32_t end,
                                                Date anchor);

// The finest single date that covers all of `expression`: its `date` when it
// is not a range; for a range, the month or year both ends share ("last
// week" from 2024-10-28 to 2024-11-03 gives 2024), or Date() when they share
// none. O(1).
Date CoveringDate(const TimeExpression& expression);

}  // namespace diplograph::text_internal

#endif  // DIPLOGRAPH_LIB_TEXT_TEMPORAL_H_
