// Reading, linting and importing the actor and agent dictionaries of the
// CAMEO/TABARI/PETRARCH event coders (the Phoenix dictionaries of the Open
// Event Data Alliance): tens of thousands of phrases ("PRESIDENT_PUTIN_")
// mapped to CAMEO actor codes that change over time
// ([RUSGOV 991231-080507]).
//
//   diplograph::DictionaryOptions options;
//   options.mode = diplograph::ImportMode::kLenient;  // keep going past
//                                                      // bad entries
//   diplograph::DictionaryReport read;
//   absl::StatusOr<diplograph::Dictionary> dict = diplograph::ReadDictionary(
//       "Phoenix.Countries.actors.txt", options, &read);
//   for (const diplograph::LintFinding& f : LintDictionary(*dict))
//     std::cerr << f.ToString() << "\n";  // file:line: kind: message (fix)
//
//   diplograph::Graph graph;
//   diplograph::DictionaryImportReport report;
//   absl::Status s = diplograph::ImportActorDictionary(*dict, graph, options,
//                                                      &report);
//   // "Vladimir Putin": a person, member of "Government (Russia)" over
//   // 1999-12-31/2008-05-07 and from 2008-05-08 on; "Russia" is the state
//   // with ISO code RUS that the ICEWS importers also use (countries.h).
//
// The grammar accepted, the two date semantics and every place where this
// reader differs from PETRARCH on purpose are written down in
// docs/dictionaries.md. In short:
//  * `#` starts a comment (to the end of the line); `<!-- ... -->` is a
//    comment, on one line or over several; blank lines are skipped.
//  * Actor files: an entry is a primary phrase line, `+` synonym lines, and
//    code lines (`[CODE]`, `[CODE YYMMDD-YYMMDD]`, `[CODE >YYMMDD]`,
//    `[CODE <YYMMDD]`; dates of 6 or 8 digits) on the phrase lines or on
//    lines of their own that start with white space.
//  * Agent files: `PHRASE {PLURAL} [~CODE]` or `[CODE~]`, substitution
//    sets `!NAME! = A, B, C` used as `CONGRESS!PERSON!`, regular plurals
//    generated (consonant + Y -> IES; S, X, Z, CH, SH -> + ES; else + S;
//    none after a final `_`) unless `{...}` gives one or none.
//
// Date semantics (DictionaryOptions::petrarch_compatible):
//  * documented (the default): both ends of a range are included, `>D`
//    means from D on, `<D` up to and including D; an undated code is the
//    entry's default and applies on the days no dated code covers; every
//    dated code that covers a day applies on it. Malformed dates, inverted
//    ranges and bare dates without `<`/`>` are problems (errors in strict
//    mode).
//  * PETRARCH 2's: end dates and `<D` are exclusive, the first code in
//    file order that applies wins (an undated code applies always),
//    6-digit parsing of 7-digit dates and 8-digit parsing of longer ones as
//    its reader does, a bare date compared as that program compares it, and
//    codes whose dates it cannot read are dropped (counted, not errors).
//
// Errors are located ("Phoenix.agents.txt:544:26: code: code \"[~ENV}\" has
// no closing ']'"). Strict mode (the default) fails on the first problem
// and, for the import, leaves the graph exactly as it was (the import runs
// inside Graph::Update); lenient mode skips bad entries whole and lists the
// problems in the report.
//
// Thread safety: Dictionary and the option and report types are plain
// values. ReadDictionary, ParseDictionary and LintDictionary may run
// concurrently; ImportActorDictionary mutates the graph and needs exclusive
// access to it (see graph.h).

#ifndef DIPLOGRAPH_DICTIONARY_H_
#define DIPLOGRAPH_DICTIONARY_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "diplograph/date.h"
#include "diplograph/graph.h"
#include "diplograph/ids.h"
#include "diplograph/import.h"

namespace diplograph {

enum class DictionaryFormat : uint8_t {
  kAuto = 0,    // agents when the text defines a substitution set or has
                // affixed codes ([~GOV], [IGO~]) before any plain code
  kActors = 1,  // Phoenix.Countries.actors.txt, Phoenix.International...
  kAgents = 2,  // Phoenix.agents.txt
};

struct DictionaryOptions {
  ImportMode mode = ImportMode::kStrict;
  DictionaryFormat format = DictionaryFormat::kAuto;
  // Reproduce PETRARCH 2's reading of dates (see the header comment).
  bool petrarch_compatible = false;
  // Six-digit dates: YY <= pivot is 20YY, otherwise 19YY. 0 ... 99.
  int two_digit_year_pivot = 30;
  // At most this many problems are listed in a report (all are counted).
  size_t max_problems = 1000;
  // A longer line is a problem (and ends the read: nothing after it is
  // trusted to be where it seems).
  size_t max_line_bytes = size_t{1} << 20;
  // Import: an entry without codes that is followed on the next line by
  // another entry (and so on) up to an entry with codes is taken as
  // synonyms of that entry, named by the first of them. This is the repair
  // LintKind::kEntryWithoutCode suggests for synonym lines that lost their
  // `+` (Phoenix's DMITRY_MEDVEDEV_ block gets the codes written under
  // DMITR_MEDVEDEV_). A blank or comment line between entries stops it.
  bool join_uncoded_entries = true;
  // Called from the reading thread every `progress_every_records` entries
  // and once at the end. May be empty.
  ImportProgressCallback progress = {};
  uint64_t progress_every_records = 4096;
};

// How a code restricts the days it applies on.
enum class DateForm : uint8_t {
  kNone = 0,   // [RUSELI]
  kRange = 1,  // [RUSGOV 991231-080507]
  kFrom = 2,   // [RUSGOV >080508]
  kUntil = 3,  // [RUSGOV <991231]
  kBare = 4,   // [RUSGOV 080508]: neither `<` nor `>`; a problem
};

// Agent codes are affixes to an actor's code.
enum class CodeAffix : uint8_t {
  kNone = 0,
  kSuffix = 1,  // [~GOV]: RUS + GOV = RUSGOV
  kPrefix = 2,  // [IGO~]: IGO + RUS = IGORUS
};

// One bracketed code as written.
struct DictionaryCode {
  std::string code;  // "RUSGOV"; "GOV" for [~GOV]; "---" is the null code
  CodeAffix affix = CodeAffix::kNone;
  DateForm form = DateForm::kNone;
  std::string begin_text, end_text;  // the digits as written, if any
  // The days the code applies on under the options it was read with, both
  // ends inclusive, open ends where the code has none; nullopt when it can
  // never apply (a problem, or an empty PETRARCH range).
  std::optional<Interval> valid = Interval();
  // Empty when the code is fine, else what is wrong ("7-digit date").
  std::string problem;
  uint64_t line = 0;    // 1-based
  uint32_t column = 0;  // 1-based byte column of '['
  std::string text;     // "[RUSGOV 991231-080507]"

  bool dated() const { return form != DateForm::kNone; }
  bool is_null() const { return code == "---"; }
};

enum class PhraseOrigin : uint8_t {
  kPrimary = 0,       // the entry's first line
  kSynonym = 1,       // a `+` line
  kSubstitution = 2,  // agents: one expansion of a `!SET!` marker
  kPlural = 3,        // agents: a generated or `{...}` plural
};

struct DictionaryPhrase {
  // As written, without `+` and surrounding blanks: "PRESIDENT_PUTIN_"
  // (expanded for substitutions and plurals).
  std::string text;
  uint64_t line = 0;
  PhraseOrigin origin = PhraseOrigin::kPrimary;

  // The words, split at `_` and blanks: {"PRESIDENT", "PUTIN"}.
  std::vector<std::string> Words() const;
  // The words joined by single spaces in title case: "President Putin".
  std::string Readable() const;
};

struct DictionaryEntry {
  // phrases[0] is the primary phrase (for an agent line with a `!SET!`
  // marker, the first expansion), then synonyms, expansions and plurals.
  std::vector<DictionaryPhrase> phrases;
  std::vector<DictionaryCode> codes;  // in file order
  uint64_t line = 0;                  // the primary phrase's line
  // The primary phrase as written, before substitution:
  // "CONGRESS!PERSON!".
  std::string written;
  // Empty, or the first problem of the entry not tied to one code: bad
  // encoding (invalid UTF-8 or control bytes, replaced by U+FFFD in the
  // phrases), a malformed phrase, an unknown substitution set.
  std::string problem;

  bool ok() const;  // no problem, and no code has one
};

// A substitution set of an agents file: `!PERSON! = MAN, MEN, ...`.
struct SubstitutionSet {
  std::string name;  // "PERSON"
  std::vector<std::string> items;
  uint64_t line = 0;
};

struct Dictionary {
  std::string name;  // as given to the reader; used in messages
  DictionaryFormat format = DictionaryFormat::kActors;
  std::vector<DictionaryEntry> entries;
  std::vector<SubstitutionSet> substitutions;
  // The semantics the codes' `valid` intervals were computed with.
  bool petrarch_compatible = false;
  int two_digit_year_pivot = 30;
  // Lenient reads: the problems not tied to one code (lines dropped for bad
  // encoding or syntax, an unterminated comment), all of them.
  std::vector<ImportProblem> problems;

  size_t phrase_count() const;
  size_t code_count() const;
};

// What reading a dictionary did, beyond the shared counts (records_read =
// entries, records_skipped = entries with a problem in lenient mode).
struct DictionaryReport : ImportReport {
  uint64_t lines = 0;
  uint64_t comment_lines = 0;  // lines that held only comments
  uint64_t phrases = 0, codes = 0;
  uint64_t codes_dropped = 0;  // petrarch_compatible: unreadable dates
};

// Parses `text`; `name` names it in messages.
// Errors (strict mode; in lenient mode problems go to the report and the
// entries concerned keep their flagged codes, see DictionaryCode::problem):
// InvalidArgument, located, for invalid UTF-8, control bytes other than
// tab, a line over max_line_bytes, an unterminated `<!--`, a code without
// `]`, a malformed code or date, a code before any phrase, an agent line
// without a code, an unknown substitution set; InvalidArgument for options
// out of range. The lenient result may be empty (a file of only
// comments). O(bytes of text).
absl::StatusOr<Dictionary> ParseDictionary(
    absl::string_view text, absl::string_view name,
    const DictionaryOptions& options = {}, DictionaryReport* report = nullptr);

// As ParseDictionary, from the file at `path` (named by its path). Errors:
// also NotFound when it cannot be opened, DataLoss when reading fails.
absl::StatusOr<Dictionary> ReadDictionary(const std::string& path,
                                          const DictionaryOptions& options = {},
                                          DictionaryReport* report = nullptr);

// The codes of `entry` that apply on `day` (a day-precision date) under
// the semantics the dictionary was read with: PETRARCH's first match (at
// most one code), or every dated code covering the day and else the
// undated ones. Codes with problems never apply. O(codes of the entry).
std::vector<const DictionaryCode*> CodesOn(const Dictionary& dictionary,
                                           const DictionaryEntry& entry,
                                           Date day);

// ---------------------------------------------------------------------
// Into a graph.

struct DictionaryImportReport : ImportReport {
  uint64_t entries_without_codes = 0;  // not imported (see the lint)
  uint64_t entries_joined = 0;  // imported with the next entry (see options)
  uint64_t entries_null_coded = 0;   // only [---]: not imported
  uint64_t country_entries = 0;      // merged into the shared countries
  uint64_t sector_actors_added = 0;  // "Government (Russia)" and kin
  // Where each imported entry came from, in input order.
  struct Source {
    ActorId actor;
    uint64_t line = 0;
  };
  std::vector<Source> sources;
};

// Imports an actor dictionary: one actor per entry (an entry whose codes
// are one bare country code becomes the shared country actor of
// countries.h), named by its primary phrase in readable form
// ("Vladimir Putin"), its other phrases as aliases in readable form, kind
// from its codes, CAMEO code from its latest code, and affiliations from
// its codes: `[RUSGOV 991231-080507]` is membership of
// "Government (Russia)" with role "government" over those days (the role
// from data/registry/sectors.tsv), an undated code fills the days no dated
// code covers. Entries whose readable names meet an existing actor's name
// are merged into it (aliases and affiliations added).
// Errors: InvalidArgument for an agents dictionary, or (strict mode) for
// an entry with a problem; those of Graph. On error the graph is
// unchanged. In lenient mode an entry with a problem, or one the graph
// refuses, is left out whole and reported.
// O(phrases + codes) graph operations (each as Graph documents).
absl::Status ImportActorDictionary(const Dictionary& dictionary, Graph& graph,
                                   const DictionaryOptions& options = {},
                                   DictionaryImportReport* report = nullptr);

// Reads the file at `path` with `options` and imports it. Errors: those of
// ReadDictionary and ImportActorDictionary.
absl::Status ImportActorDictionaryFile(
    const std::string& path, Graph& graph,
    const DictionaryOptions& options = {},
    DictionaryImportReport* report = nullptr);

// ---------------------------------------------------------------------
// Lint.

enum class LintKind : uint8_t {
  kEntryWithoutCode,    // no code: a synonym line missing its `+`?
  kConflictingPhrase,   // one phrase, different codes in different entries
  kMalformedDate,       // 7 or 9+ digits, not a calendar date
  kInvertedRange,       // [EGYGOV 20121207-20120802]
  kOverlappingPeriods,  // two dated ranges of one code overlap
  kGapInPeriods,        // consecutive ranges of one code leave days out
  kBareDate,            // [CODE 080508]
  kNullCode,            // [---]
  kDuplicateEntry,      // same phrases and codes as an earlier entry
  kEncodingDamage,      // U+FFFD, control bytes, mojibake, !SET! damage
  kUnknownCode,         // a block not in the CAMEO actor-code vocabulary
  kSyntax,              // a reading problem (lenient read)
};

// "entry_without_code", "conflicting_phrase", ...
absl::string_view LintKindName(LintKind kind);

enum class LintSeverity : uint8_t { kInfo = 0, kWarning = 1, kError = 2 };

struct LintFinding {
  LintKind kind = LintKind::kSyntax;
  LintSeverity severity = LintSeverity::kWarning;
  std::string file;
  uint64_t line = 0;
  std::string message;
  std::string fix;  // a suggested fix, in words

  // "FILE:LINE: severity: kind: message (fix: ...)".
  std::string ToString() const;
};

// Every anomaly of the kinds above, in line order (ties by kind).
// O(phrases log phrases + codes).
std::vector<LintFinding> LintDictionary(const Dictionary& dictionary);

}  // namespace diplograph

#endif  // DIPLOGRAPH_DICTIONARY_H_
