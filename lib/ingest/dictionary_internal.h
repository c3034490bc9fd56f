// Helpers shared by the dictionary reader, importer and lint
// (lib/ingest/dictionary_*.cc): the two readings of dictionary dates and
// small text checks.

#ifndef DIPLOGRAPH_LIB_INGEST_DICTIONARY_INTERNAL_H_
#define DIPLOGRAPH_LIB_INGEST_DICTIONARY_INTERNAL_H_

#include <cstdint>
#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "diplograph/date.h"
#include "diplograph/dictionary.h"

namespace diplograph::internal {

// The documented reading of one date: exactly 6 (YYMMDD, years by `pivot`)
// or 8 (YYYYMMDD) digits, on the calendar. InvalidArgument naming the
// problem ("7-digit date \"2004017\"", "\"20140230\" is not a calendar
// date").
absl::StatusOr<Date> ParseDictionaryDate(absl::string_view digits, int pivot);

// PETRARCH 2's reading of one date as a day number (1601-01-01 is day 1):
// up to 7 characters are YYMMDD (years by `pivot`), longer ones YYYYMMDD
// with the rest ignored, the day checked against the month (months
// themselves are not checked). nullopt where it raises an error.
std::optional<int64_t> PetrarchDayNumber(absl::string_view digits, int pivot);

// The date of a PETRARCH day number; nullopt outside years 1 ... 9999.
std::optional<Date> DateOfDayNumber(int64_t day_number);

// Fills code->valid (and code->problem under the documented semantics)
// from code->form, begin_text and end_text. Returns false when PETRARCH
// would drop the code (petrarch_compatible only).
bool ComputeValidity(DictionaryCode* code, bool petrarch_compatible, int pivot);

// The day before / after a day-precision date (nullopt past year 1 / 9999).
std::optional<Date> PreviousDay(Date day);
std::optional<Date> NextDay(Date day);

// True for text that shows UTF-8 decoded as Latin-1 and encoded again
// ("PÃŠBLICAS"): U+00C3 or U+00C2 followed by another non-ASCII character.
bool LooksLikeMojibake(absl::string_view text);

// Uppercase words joined by single spaces: the key under which phrases are
// compared ("PRESIDENT_PUTIN_" -> "PRESIDENT PUTIN").
std::string PhraseKey(absl::string_view phrase);

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_INGEST_DICTIONARY_INTERNAL_H_
