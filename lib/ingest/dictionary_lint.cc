// LintDictionary: the anomalies the real dictionaries contain, each with a
// kind, a severity, a place and a suggested fix.

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "diplograph/countries.h"
#include "diplograph/dictionary.h"
#include "ingest/dictionary_internal.h"
#include "model/date_keys.h"
#include "util/utf8.h"

namespace diplograph {
namespace {

using internal::Quoted;

constexpr absl::string_view kReplacement = "\xEF\xBF\xBD";

absl::string_view SeverityName(LintSeverity s) {
  switch (s) {
    case LintSeverity::kInfo:
      return "info";
    case LintSeverity::kWarning:
      return "warning";
    case LintSeverity::kError:
      return "error";
  }
  return "?";
}

// A block of a code is known when it is a country (CAMEO or ISO code), an
// entry of the sector table, or digits (CAMEO's numbered religious and
// ethnic subgroups).
bool KnownBlock(absl::string_view block) {
  if (CountryByCameoCode(block).ok() || SectorByCode(block).ok()) return true;
  return std::all_of(block.begin(), block.end(), [](char c) {
    return absl::ascii_isdigit(static_cast<unsigned char>(c));
  });
}

// How PETRARCH 2 reads a date its documentation would not accept.
std::string PetrarchReading(absl::string_view digits, int pivot) {
  std::optional<int64_t> n = internal::PetrarchDayNumber(digits, pivot);
  if (!n) return "PETRARCH drops the code";
  std::optional<Date> d = internal::DateOfDayNumber(*n);
  if (!d) return "PETRARCH reads it outside the calendar";
  return absl::StrCat("PETRARCH reads it as ", d->ToString());
}

// A substitution marker `!NAME!` glued to letters on both sides
// ("AD!MINIST!RATION"), or any such marker in an actor file, where
// markers mean nothing.
bool SubstitutionDamage(absl::string_view text, bool agents) {
  size_t from = 0;
  for (;;) {
    const size_t a = text.find('!', from);
    if (a == absl::string_view::npos) return false;
    const size_t b = text.find('!', a + 1);
    if (b == absl::string_view::npos) return false;
    absl::string_view name = text.substr(a + 1, b - a - 1);
    const bool marker =
        !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
          return absl::ascii_isupper(static_cast<unsigned char>(c));
        });
    if (marker) {
      if (!agents) return true;
      const bool letter_before =
          a > 0 && absl::ascii_isalpha(static_cast<unsigned char>(text[a - 1]));
      const bool letter_after =
          b + 1 < text.size() &&
          absl::ascii_isalpha(static_cast<unsigned char>(text[b + 1]));
      if (letter_before && letter_after) return true;
      from = b + 1;
    } else {
      from = a + 1;
    }
  }
}

// A code as compared between entries: "RUSGOV 991231-080507".
std::string CodeKey(const DictionaryCode& c) {
  switch (c.form) {
    case DateForm::kNone:
      return c.code;
    case DateForm::kRange:
      return absl::StrCat(c.code, " ", c.begin_text, "-", c.end_text);
    case DateForm::kFrom:
      return absl::StrCat(c.code, " >", c.begin_text);
    case DateForm::kUntil:
      return absl::StrCat(c.code, " <", c.end_text);
    case DateForm::kBare:
      return absl::StrCat(c.code, " ", c.begin_text);
  }
  return c.code;
}

class Linter {
 public:
  explicit Linter(const Dictionary& d) : d_(d) {}

  std::vector<LintFinding> Run() {
    const bool agents = d_.format == DictionaryFormat::kAgents;
    for (const ImportProblem& p : d_.problems) {
      Add(p.path == "encoding" ? LintKind::kEncodingDamage : LintKind::kSyntax,
          LintSeverity::kError, p.line, p.message,
          "fix the line so that the reader takes it");
    }
    for (size_t i = 0; i < d_.entries.size(); ++i) {
      const DictionaryEntry& e = d_.entries[i];
      Entry(e, i, agents);
    }
    std::stable_sort(out_.begin(), out_.end(),
                     [](const LintFinding& a, const LintFinding& b) {
                       return std::tie(a.line, a.kind) <
                              std::tie(b.line, b.kind);
                     });
    return std::move(out_);
  }

 private:
  void Add(LintKind kind, LintSeverity severity, uint64_t line,
           std::string message, std::string fix) {
    out_.push_back(
        {kind, severity, d_.name, line, std::move(message), std::move(fix)});
  }

  void Entry(const DictionaryEntry& e, size_t index, bool agents) {
    const std::string& primary =
        e.phrases.empty() ? e.written : e.phrases.front().text;
    if (!e.problem.empty()) {
      const bool encoding = e.problem.find("UTF-8") != std::string::npos ||
                            e.problem.find("control byte") != std::string::npos;
      Add(encoding ? LintKind::kEncodingDamage : LintKind::kSyntax,
          LintSeverity::kError, e.line,
          absl::StrCat("entry ", Quoted(primary), ": ", e.problem),
          encoding ? "retype the damaged characters"
                   : "fix the entry so that the reader takes it");
    }
    // Entries left without any code.
    if (e.codes.empty() && !agents) {
      std::string next;
      if (index + 1 < d_.entries.size()) {
        next = absl::StrCat(" (the next entry, line ",
                            d_.entries[index + 1].line, ", has ",
                            d_.entries[index + 1].codes.size(), " codes)");
      }
      Add(LintKind::kEntryWithoutCode, LintSeverity::kWarning, e.line,
          absl::StrCat("entry ", Quoted(primary), " has no code", next),
          "if its phrases name the next entry's actor, join them with '+'; "
          "otherwise add a code");
    }
    // Encoding damage in what was written (expansions and plurals repeat
    // it).
    for (const DictionaryPhrase& p : e.phrases) {
      const bool written = p.origin == PhraseOrigin::kPrimary ||
                           p.origin == PhraseOrigin::kSynonym;
      const absl::string_view text =
          p.origin == PhraseOrigin::kSynonym || e.written.empty()
              ? absl::string_view(p.text)
              : absl::string_view(e.written);
      if (!written && &p != &e.phrases.front()) continue;
      if (absl::StrContains(text, kReplacement) && e.problem.empty()) {
        Add(LintKind::kEncodingDamage, LintSeverity::kWarning, p.line,
            absl::StrCat("phrase ", Quoted(text),
                         " holds U+FFFD (a character lost in conversion)"),
            "retype the phrase with the intended letter");
      } else if (internal::LooksLikeMojibake(text)) {
        Add(LintKind::kEncodingDamage, LintSeverity::kWarning, p.line,
            absl::StrCat("phrase ", Quoted(text),
                         " looks like UTF-8 read as Latin-1 and encoded again"),
            "decode the phrase once more (e.g. \"PÃŠBLICAS\" -> "
            "\"PÚBLICAS\")");
      }
    }
    if (SubstitutionDamage(e.written, agents)) {
      Add(LintKind::kEncodingDamage, LintSeverity::kWarning, e.line,
          absl::StrCat("phrase ", Quoted(e.written),
                       agents ? " has a substitution marker inside a word"
                              : " has a substitution marker in an actor file"),
          "restore the word the marker replaced (ADMINISTRATION)");
    }
    // Codes.
    std::vector<std::pair<std::string, Interval>> ranges;  // by code
    for (const DictionaryCode& c : e.codes) Code(c, e, &ranges);
    Periods(e, std::move(ranges));
    // Same phrase, other codes; duplicate entries.
    if (agents) return;
    std::string codes;
    std::vector<std::string> texts;
    for (const DictionaryCode& c : e.codes) texts.push_back(CodeKey(c));
    std::sort(texts.begin(), texts.end());
    codes = absl::StrJoin(texts, ",");
    if (e.codes.empty()) return;
    for (const DictionaryPhrase& p : e.phrases) {
      const std::string key = internal::PhraseKey(p.text);
      auto [it, inserted] = seen_.try_emplace(key, Seen{e.line, codes, &e});
      if (inserted || it->second.entry == &e) continue;
      if (it->second.codes == codes) {
        if (&p == &e.phrases.front() &&
            internal::PhraseKey(it->second.entry->phrases.front().text) ==
                key) {
          Add(LintKind::kDuplicateEntry, LintSeverity::kInfo, e.line,
              absl::StrCat("entry ", Quoted(primary),
                           " repeats the entry of line ", it->second.line),
              "delete one of the two entries");
        }
        continue;
      }
      Add(LintKind::kConflictingPhrase, LintSeverity::kWarning, p.line,
          absl::StrCat("phrase ", Quoted(p.text), " maps to [", codes,
                       "] here and to [", it->second.codes, "] at line ",
                       it->second.line),
          "keep the phrase in one entry, or make it more specific");
    }
  }

  void Code(const DictionaryCode& c, const DictionaryEntry& e,
            std::vector<std::pair<std::string, Interval>>* ranges) {
    const int pivot = d_.two_digit_year_pivot;
    if (c.is_null()) {
      Add(LintKind::kNullCode, LintSeverity::kInfo, c.line,
          absl::StrCat(c.text, ": the null code (the phrase names no actor)"),
          "delete the entry unless it is there to block a shorter match");
      return;
    }
    const bool date_problem =
        absl::StartsWith(c.problem, "bare date") ||
        absl::StartsWith(c.problem, "inverted range") ||
        absl::StrContains(c.problem, "-digit date") ||
        absl::StrContains(c.problem, "is not a date of digits") ||
        absl::StrContains(c.problem, "is not a calendar date");
    if (!c.problem.empty() && !date_problem) {
      Add(LintKind::kSyntax, LintSeverity::kError, c.line,
          absl::StrCat(c.text, ": ", c.problem),
          "write the code as [CODE], [CODE YYMMDD-YYMMDD], [CODE >YYMMDD] or "
          "[CODE <YYMMDD] ([~CODE] or [CODE~] in agent files)");
      return;
    }
    // Blocks of three.
    const bool code_chars =
        std::all_of(c.code.begin(), c.code.end(), [](char ch) {
          return absl::ascii_isupper(static_cast<unsigned char>(ch)) ||
                 absl::ascii_isdigit(static_cast<unsigned char>(ch));
        });
    if (!c.code.empty() && code_chars) {
      std::vector<std::string> unknown;
      for (size_t i = 0; i < c.code.size(); i += 3) {
        absl::string_view block = absl::string_view(c.code).substr(i, 3);
        if (block.size() < 3 || !KnownBlock(block)) unknown.emplace_back(block);
      }
      if (!unknown.empty()) {
        Add(LintKind::kUnknownCode, LintSeverity::kWarning, c.line,
            absl::StrCat(c.text, ": ", absl::StrJoin(unknown, ", "),
                         unknown.size() == 1 ? " is" : " are",
                         " not in the CAMEO actor-code tables"),
            "check the code against data/registry/countries.tsv and "
            "sectors.tsv");
      }
    }
    if (c.form == DateForm::kNone) return;
    if (c.text.find("< ") != std::string::npos ||
        c.text.find("> ") != std::string::npos) {
      Add(LintKind::kSyntax, LintSeverity::kInfo, c.line,
          absl::StrCat(c.text,
                       ": a blank between '<' or '>' and the date "
                       "(PETRARCH drops this code)"),
          "remove the blank");
    }
    if (c.form == DateForm::kBare) {
      Add(LintKind::kBareDate, LintSeverity::kWarning, c.line,
          absl::StrCat(c.text, ": date without '<' or '>' (",
                       PetrarchReading(c.begin_text, pivot),
                       " and then tests it wrongly)"),
          absl::StrCat("write >", c.begin_text, " (from) or <", c.begin_text,
                       " (until)"));
      return;
    }
    std::optional<Date> b, en;
    bool bad = false;
    for (const std::string* text : {&c.begin_text, &c.end_text}) {
      if (text->empty() &&
          ((text == &c.begin_text && c.form == DateForm::kUntil) ||
           (text == &c.end_text && c.form == DateForm::kFrom))) {
        continue;
      }
      absl::StatusOr<Date> d = internal::ParseDictionaryDate(*text, pivot);
      if (!d.ok()) {
        bad = true;
        Add(LintKind::kMalformedDate, LintSeverity::kError, c.line,
            absl::StrCat(c.text, ": ", d.status().message(), "; ",
                         PetrarchReading(*text, pivot)),
            "write the date as YYMMDD or YYYYMMDD");
      } else {
        (text == &c.begin_text ? b : en) = *d;
      }
    }
    if (bad) return;
    if (b && en && *en < *b) {
      Add(LintKind::kInvertedRange, LintSeverity::kError, c.line,
          absl::StrCat(c.text, ": the range ends (", en->ToString(),
                       ") before it begins (", b->ToString(),
                       "); PETRARCH never applies it"),
          "swap the dates or correct the one mistyped");
      return;
    }
    absl::StatusOr<Interval> i =
        Interval::Make(b.value_or(Date()), en.value_or(Date()));
    if (i.ok()) ranges->emplace_back(c.code, *i);
    (void)e;
  }

  // Overlaps and gaps between the dated ranges of one code in one entry.
  void Periods(const DictionaryEntry& e,
               std::vector<std::pair<std::string, Interval>> ranges) {
    auto begin_key = [](const Interval& i) {
      return i.begin().is_known() ? internal::SortKey(i.begin()) : 0u;
    };
    std::stable_sort(ranges.begin(), ranges.end(),
                     [&](const auto& x, const auto& y) {
                       return std::make_pair(x.first, begin_key(x.second)) <
                              std::make_pair(y.first, begin_key(y.second));
                     });
    for (size_t k = 1; k < ranges.size(); ++k) {
      const auto& [code_a, a] = ranges[k - 1];
      const auto& [code_b, b] = ranges[k];
      if (code_a != code_b) continue;
      if (a.Overlaps(b)) {
        Add(LintKind::kOverlappingPeriods, LintSeverity::kWarning, e.line,
            absl::StrCat("entry ", Quoted(e.written), ": [", code_a, "] ",
                         a.ToString(), " overlaps ", b.ToString()),
            "merge the two ranges or correct the dates");
      } else if (a.end().is_known() && b.begin().is_known()) {
        std::optional<Date> next = internal::NextDay(a.end());
        if (next && *next < b.begin()) {
          Add(LintKind::kGapInPeriods, LintSeverity::kInfo, e.line,
              absl::StrCat("entry ", Quoted(e.written), ": [", code_a,
                           "] is not held from ", next->ToString(), " until ",
                           b.begin().ToString()),
              "nothing, if the role was really interrupted");
        }
      }
    }
  }

  struct Seen {
    uint64_t line;
    std::string codes;
    const DictionaryEntry* entry;
  };

  const Dictionary& d_;
  std::vector<LintFinding> out_;
  absl::flat_hash_map<std::string, Seen> seen_;
};

}  // namespace

absl::string_view LintKindName(LintKind kind) {
  switch (kind) {
    case LintKind::kEntryWithoutCode:
      return "entry_without_code";
    case LintKind::kConflictingPhrase:
      return "conflicting_phrase";
    case LintKind::kMalformedDate:
      return "malformed_date";
    case LintKind::kInvertedRange:
      return "inverted_range";
    case LintKind::kOverlappingPeriods:
      return "overlapping_periods";
    case LintKind::kGapInPeriods:
      return "gap_in_periods";
    case LintKind::kBareDate:
      return "bare_date";
    case LintKind::kNullCode:
      return "null_code";
    case LintKind::kDuplicateEntry:
      return "duplicate_entry";
    case LintKind::kEncodingDamage:
      return "encoding_damage";
    case LintKind::kUnknownCode:
      return "unknown_code";
    case LintKind::kSyntax:
      return "syntax";
  }
  return "unknown";
}

std::string LintFinding::ToString() const {
  std::string out = absl::StrCat(file, ":", line, ": ", SeverityName(severity),
                                 ": ", LintKindName(kind), ": ", message);
  if (!fix.empty()) absl::StrAppend(&out, " (fix: ", fix, ")");
  return out;
}

std::vector<LintFinding> LintDictionary(const Dictionary& dictionary) {
  return Linter(dictionary).Run();
}

}  // namespace diplograph
