// Reading the CAMEO/PETRARCH actor and agent dictionaries into a
// Dictionary value: lines, comments, entries, phrases and codes. The
// grammar is written down in docs/dictionaries.md.

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "diplograph/dictionary.h"
#include "ingest/dictionary_internal.h"
#include "util/status_macros.h"
#include "util/utf8.h"

namespace diplograph {
namespace {

using internal::Quoted;

constexpr absl::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

absl::string_view Trim(absl::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

bool IsControl(unsigned char c) { return (c < 0x20 && c != '\t') || c == 0x7F; }

// Returns `line` with invalid UTF-8 sequences and control bytes (tab
// excepted) replaced by U+FFFD, in `fixed` when anything was replaced;
// `problem` names the first replacement.
absl::string_view Sanitize(absl::string_view line, std::string* fixed,
                           std::string* problem) {
  bool clean = internal::FindInvalidUtf8(line) == absl::string_view::npos;
  if (clean) {
    for (char c : line) {
      if (IsControl(static_cast<unsigned char>(c))) {
        clean = false;
        break;
      }
    }
  }
  if (clean) return line;
  fixed->clear();
  absl::string_view rest = line;
  while (!rest.empty()) {
    const size_t bad = internal::FindInvalidUtf8(rest);
    absl::string_view valid = rest.substr(0, bad);
    for (char c : valid) {
      if (IsControl(static_cast<unsigned char>(c))) {
        if (problem->empty()) {
          *problem =
              absl::StrFormat("control byte 0x%02X at column %d",
                              static_cast<unsigned char>(c), fixed->size() + 1);
        }
        absl::StrAppend(fixed, kReplacement);
      } else {
        fixed->push_back(c);
      }
    }
    if (bad == absl::string_view::npos) break;
    if (problem->empty()) {
      *problem = absl::StrCat("invalid UTF-8 at column ", fixed->size() + 1);
    }
    absl::StrAppend(fixed, kReplacement);
    rest.remove_prefix(bad + 1);
  }
  return *fixed;
}

// The regular plural of an agent phrase, or "" when none is formed (a
// phrase ending in `_` or in something other than a letter).
std::string RegularPlural(absl::string_view p) {
  if (p.empty() || !absl::ascii_isalpha(static_cast<unsigned char>(p.back()))) {
    return "";
  }
  const char last = absl::ascii_toupper(static_cast<unsigned char>(p.back()));
  const char before =
      p.size() > 1
          ? absl::ascii_toupper(static_cast<unsigned char>(p[p.size() - 2]))
          : ' ';
  if (last == 'Y' && std::string("AEIOU").find(before) == std::string::npos) {
    return absl::StrCat(p.substr(0, p.size() - 1), "IES");
  }
  if (last == 'S' || last == 'X' || last == 'Z' ||
      ((before == 'C' || before == 'S') && last == 'H')) {
    return absl::StrCat(p, "ES");
  }
  return absl::StrCat(p, "S");
}

bool ValidCodeText(absl::string_view code) {
  if (code == "---") return true;
  if (code.empty()) return false;
  for (char c : code) {
    if (!absl::ascii_isupper(static_cast<unsigned char>(c)) &&
        !absl::ascii_isdigit(static_cast<unsigned char>(c))) {
      return false;
    }
  }
  return true;
}

// Decides kAuto: agents when a substitution set or an affixed code comes
// before any plain code (outside `#` comments).
DictionaryFormat DetectFormat(absl::string_view text) {
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    const size_t hash = line.find('#');
    if (hash != absl::string_view::npos) line = line.substr(0, hash);
    line = Trim(line);
    if (line.empty()) continue;
    if (line[0] == '!' && line.find('=') != absl::string_view::npos) {
      return DictionaryFormat::kAgents;
    }
    const size_t open = line.find('[');
    if (open == absl::string_view::npos) continue;
    absl::string_view inner = Trim(line.substr(open + 1));
    const size_t end = inner.find_first_of(" \t]");
    absl::string_view code = inner.substr(0, end);
    if (!code.empty() && (code.front() == '~' || code.back() == '~')) {
      return DictionaryFormat::kAgents;
    }
    return DictionaryFormat::kActors;
  }
  return DictionaryFormat::kActors;
}

class Reader {
 public:
  Reader(absl::string_view name, const DictionaryOptions& options,
         DictionaryReport* report)
      : name_(name), options_(options), report_(*report) {}

  absl::StatusOr<Dictionary> Run(absl::string_view text) {
    dict_.name = std::string(name_);
    dict_.petrarch_compatible = options_.petrarch_compatible;
    dict_.two_digit_year_pivot = options_.two_digit_year_pivot;
    dict_.format = options_.format == DictionaryFormat::kAuto
                       ? DetectFormat(text)
                       : options_.format;
    agents_ = dict_.format == DictionaryFormat::kAgents;
    if (absl::StartsWith(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
    size_t pos = 0;
    uint64_t line_no = 0;
    std::string fixed, work;
    while (pos < text.size()) {
      size_t nl = text.find('\n', pos);
      if (nl == absl::string_view::npos) nl = text.size();
      absl::string_view line = text.substr(pos, nl - pos);
      pos = nl + 1;
      ++line_no;
      report_.bytes_read = std::min<uint64_t>(pos, text.size());
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.size() > options_.max_line_bytes) {
        DIPLOGRAPH_RETURN_IF_ERROR(Structural(
            line_no, 0, "line",
            absl::StrCat("line of ", line.size(),
                         " bytes exceeds the limit of ",
                         options_.max_line_bytes, "; reading stops here")));
        report_.stopped_early = true;
        break;
      }
      std::string encoding_problem;
      line = Sanitize(line, &fixed, &encoding_problem);
      work.clear();
      bool had_comment = false;
      StripComments(line, line_no, &work, &had_comment);
      absl::string_view content = Trim(work);
      if (content.empty()) {
        if (had_comment) ++report_.comment_lines;
        continue;
      }
      const size_t indent = static_cast<size_t>(content.data() - work.data());
      DIPLOGRAPH_RETURN_IF_ERROR(agents_ ? AgentLine(content, indent, line_no)
                                         : ActorLine(content, indent, line_no));
      if (!encoding_problem.empty()) {
        DIPLOGRAPH_RETURN_IF_ERROR(
            EntryProblem(line_no, 0, "encoding", encoding_problem));
      }
    }
    report_.lines = line_no;
    if (in_comment_) {
      DIPLOGRAPH_RETURN_IF_ERROR(Structural(comment_line_, comment_column_,
                                            "comment",
                                            "'<!--' is never closed by '-->'"));
    }
    report_.records_read = dict_.entries.size();
    report_.phrases = dict_.phrase_count();
    report_.codes = dict_.code_count();
    if (options_.progress) {
      options_.progress({report_.records_read, report_.bytes_read});
    }
    return std::move(dict_);
  }

 private:
  // A problem not tied to an entry: strict -> the error; lenient ->
  // recorded in the report and in the dictionary.
  absl::Status Structural(uint64_t line, uint32_t column,
                          absl::string_view path, std::string message) {
    ImportProblem p{std::string(name_), line, column, std::string(path),
                    std::move(message)};
    DIPLOGRAPH_RETURN_IF_ERROR(Record(p));
    dict_.problems.push_back(std::move(p));
    return absl::OkStatus();
  }

  // A problem of the current entry (or a structural one when there is none).
  absl::Status EntryProblem(uint64_t line, uint32_t column,
                            absl::string_view path, std::string message) {
    if (current_ == nullptr) {
      return Structural(line, column, path, std::move(message));
    }
    ImportProblem p{std::string(name_), line, column, std::string(path),
                    message};
    DIPLOGRAPH_RETURN_IF_ERROR(Record(p));
    if (current_->problem.empty()) {
      current_->problem = absl::StrCat("line ", line, ": ", message);
    }
    return absl::OkStatus();
  }

  absl::Status Record(const ImportProblem& p) {
    return report_.RejectRecord(p, options_.mode, options_.max_problems);
  }

  // Appends `line` less its comments to `out`.
  void StripComments(absl::string_view line, uint64_t line_no, std::string* out,
                     bool* had_comment) {
    size_t i = 0;
    while (i < line.size()) {
      if (in_comment_) {
        const size_t close = line.find("-->", i);
        *had_comment = true;
        if (close == absl::string_view::npos) return;
        in_comment_ = false;
        i = close + 3;
        continue;
      }
      const size_t hash = line.find('#', i);
      const size_t open = line.find("<!--", i);
      if (hash != absl::string_view::npos &&
          (open == absl::string_view::npos || hash < open)) {
        absl::StrAppend(out, line.substr(i, hash - i));
        *had_comment = true;
        return;
      }
      if (open == absl::string_view::npos) {
        absl::StrAppend(out, line.substr(i));
        return;
      }
      absl::StrAppend(out, line.substr(i, open - i));
      out->push_back(' ');  // a comment separates what it stands between
      in_comment_ = true;
      comment_line_ = line_no;
      comment_column_ = static_cast<uint32_t>(open + 1);
      i = open + 4;
    }
  }

  DictionaryEntry& NewEntry(uint64_t line_no) {
    dict_.entries.emplace_back();
    current_ = &dict_.entries.back();
    current_->line = line_no;
    if (options_.progress && options_.progress_every_records > 0 &&
        dict_.entries.size() % options_.progress_every_records == 0) {
      options_.progress({dict_.entries.size(), report_.bytes_read});
    }
    return *current_;
  }

  absl::Status AddPhrase(absl::string_view text, uint64_t line_no,
                         PhraseOrigin origin) {
    if (text.empty()) {
      return EntryProblem(line_no, 0, "phrase", "empty phrase");
    }
    const size_t bad = text.find_first_of("[]{}");
    if (bad != absl::string_view::npos) {
      DIPLOGRAPH_RETURN_IF_ERROR(
          EntryProblem(line_no, 0, "phrase",
                       absl::StrCat("unexpected '", text.substr(bad, 1),
                                    "' in phrase ", Quoted(text))));
    }
    current_->phrases.push_back({std::string(text), line_no, origin});
    return absl::OkStatus();
  }

  // Parses the codes in `s` (starting at byte `column0` of the line).
  absl::Status Codes(absl::string_view s, size_t column0, uint64_t line_no) {
    size_t i = 0;
    for (;;) {
      while (i < s.size() && IsBlank(s[i])) ++i;
      if (i >= s.size()) return absl::OkStatus();
      const uint32_t column = static_cast<uint32_t>(column0 + i + 1);
      if (s[i] != '[') {
        return EntryProblem(line_no, column, "code",
                            absl::StrCat("unexpected text ",
                                         Quoted(s.substr(i)), " after a code"));
      }
      const size_t close = s.find(']', i);
      if (close == absl::string_view::npos) {
        return EntryProblem(
            line_no, column, "code",
            absl::StrCat("code ", Quoted(s.substr(i)), " has no closing ']'"));
      }
      DictionaryCode c;
      c.line = line_no;
      c.column = column;
      c.text = std::string(s.substr(i, close - i + 1));
      ParseCode(s.substr(i + 1, close - i - 1), &c);
      if (!c.problem.empty()) {
        c.valid = std::nullopt;
        ImportProblem p{std::string(name_), line_no, column, "code",
                        absl::StrCat(c.text, ": ", c.problem)};
        DIPLOGRAPH_RETURN_IF_ERROR(Record(p));
      }
      current_->codes.push_back(std::move(c));
      i = close + 1;
    }
  }

  void ParseCode(absl::string_view inner, DictionaryCode* c) {
    std::vector<absl::string_view> tokens =
        absl::StrSplit(inner, absl::ByAnyChar(" \t"), absl::SkipEmpty());
    if (tokens.empty()) {
      c->problem = "empty code";
      return;
    }
    absl::string_view code = tokens[0];
    if (agents_) {
      if (absl::ConsumePrefix(&code, "~")) {
        c->affix = CodeAffix::kSuffix;
      } else if (absl::ConsumeSuffix(&code, "~")) {
        c->affix = CodeAffix::kPrefix;
      } else {
        c->problem = "agent code without '~' (write [~CODE] or [CODE~])";
      }
    }
    c->code = std::string(code);
    if (c->problem.empty() && !ValidCodeText(code)) {
      c->problem = absl::StrCat("malformed code ", Quoted(tokens[0]),
                                " (capital letters and digits, or ---)");
    }
    // "[EGYGOV > 140608]": a blank after '<' or '>' is taken (PETRARCH
    // drops such a code).
    std::string joined;
    bool spaced = false;
    if (tokens.size() == 3 && (tokens[1] == "<" || tokens[1] == ">")) {
      joined = absl::StrCat(tokens[1], tokens[2]);
      tokens.pop_back();
      tokens[1] = joined;
      spaced = true;
    }
    if (tokens.size() > 2) {
      c->problem = absl::StrCat("unexpected text ", Quoted(tokens[2]),
                                " after the date");
    }
    if (tokens.size() >= 2) {
      absl::string_view date = tokens[1];
      if (agents_ && c->problem.empty()) {
        c->problem = "agent codes take no dates";
      }
      if (absl::ConsumePrefix(&date, "<")) {
        c->form = DateForm::kUntil;
        c->end_text = std::string(date);
      } else if (absl::ConsumePrefix(&date, ">")) {
        c->form = DateForm::kFrom;
        c->begin_text = std::string(date);
      } else if (date.find('-') != absl::string_view::npos) {
        c->form = DateForm::kRange;
        const size_t dash = date.find('-');
        c->begin_text = std::string(date.substr(0, dash));
        c->end_text = std::string(date.substr(dash + 1));
        if (c->end_text.find('-') != std::string::npos && c->problem.empty()) {
          c->problem = absl::StrCat("malformed range ", Quoted(tokens[1]));
        }
      } else {
        c->form = DateForm::kBare;
        c->begin_text = std::string(date);
      }
    }
    if (!c->problem.empty()) return;
    if (spaced && options_.petrarch_compatible) {
      c->valid = std::nullopt;
      ++report_.codes_dropped;
      return;
    }
    if (!internal::ComputeValidity(c, options_.petrarch_compatible,
                                   options_.two_digit_year_pivot)) {
      ++report_.codes_dropped;
    }
  }

  absl::Status ActorLine(absl::string_view s, size_t indent, uint64_t line_no) {
    if (s[0] == '[') {
      if (current_ == nullptr) {
        return Structural(line_no, static_cast<uint32_t>(indent + 1), "code",
                          "a code before any phrase");
      }
      return Codes(s, indent, line_no);
    }
    const bool synonym = s[0] == '+';
    if (synonym && current_ == nullptr) {
      return Structural(line_no, static_cast<uint32_t>(indent + 1), "phrase",
                        "a synonym ('+') before any primary phrase");
    }
    if (!synonym) NewEntry(line_no);
    size_t open = s.find('[');
    if (open == absl::string_view::npos) open = s.size();
    absl::string_view phrase =
        Trim(s.substr(synonym ? 1 : 0, open - (synonym ? 1 : 0)));
    if (!synonym) current_->written = std::string(phrase);
    DIPLOGRAPH_RETURN_IF_ERROR(
        AddPhrase(phrase, line_no,
                  synonym ? PhraseOrigin::kSynonym : PhraseOrigin::kPrimary));
    return Codes(s.substr(open), indent + open, line_no);
  }

  absl::Status Substitution(absl::string_view s, uint64_t line_no) {
    const size_t second = s.find('!', 1);
    const size_t eq = s.find('=');
    if (s[0] != '!' || second == absl::string_view::npos || second > eq ||
        second == 1) {
      return Structural(line_no, 1, "substitution",
                        absl::StrCat("malformed substitution set ", Quoted(s),
                                     " (write !NAME! = A, B, C)"));
    }
    SubstitutionSet set;
    set.name = std::string(s.substr(1, second - 1));
    set.line = line_no;
    for (absl::string_view item : absl::StrSplit(s.substr(eq + 1), ',')) {
      item = Trim(item);
      if (!item.empty()) set.items.emplace_back(item);
    }
    if (set.items.empty()) {
      return Structural(
          line_no, 1, "substitution",
          absl::StrCat("substitution set !", set.name, "! has no items"));
    }
    sets_[set.name] = dict_.substitutions.size();
    dict_.substitutions.push_back(std::move(set));
    return absl::OkStatus();
  }

  absl::Status AgentLine(absl::string_view s, size_t indent, uint64_t line_no) {
    if (s[0] == '!' && s.find('=') != absl::string_view::npos) {
      current_ = nullptr;
      return Substitution(s, line_no);
    }
    const size_t open = s.find('[');
    if (open == absl::string_view::npos) {
      current_ = nullptr;
      return Structural(
          line_no, static_cast<uint32_t>(indent + 1), "code",
          absl::StrCat("agent phrase ", Quoted(s), " has no [~CODE]"));
    }
    NewEntry(line_no);
    absl::string_view head = s.substr(0, open);
    std::string plural;
    bool braces = false;
    const size_t brace = head.find('{');
    if (brace != absl::string_view::npos) {
      const size_t close = head.find('}', brace);
      if (close == absl::string_view::npos) {
        DIPLOGRAPH_RETURN_IF_ERROR(
            EntryProblem(line_no, static_cast<uint32_t>(indent + brace + 1),
                         "phrase", "'{' without '}'"));
      } else {
        braces = true;
        plural = std::string(Trim(head.substr(brace + 1, close - brace - 1)));
        if (!Trim(head.substr(close + 1)).empty()) {
          DIPLOGRAPH_RETURN_IF_ERROR(
              EntryProblem(line_no, static_cast<uint32_t>(indent + close + 2),
                           "phrase", "text between '}' and the code"));
        }
      }
      head = head.substr(0, brace);
    }
    absl::string_view base = Trim(head);
    current_->written = std::string(base);
    const size_t bang = base.find('!');
    if (bang == absl::string_view::npos) {
      DIPLOGRAPH_RETURN_IF_ERROR(
          AddPhrase(base, line_no, PhraseOrigin::kPrimary));
      if (braces) {
        if (!plural.empty()) {
          DIPLOGRAPH_RETURN_IF_ERROR(
              AddPhrase(plural, line_no, PhraseOrigin::kPlural));
        }
      } else {
        std::string regular = RegularPlural(base);
        if (!regular.empty()) {
          DIPLOGRAPH_RETURN_IF_ERROR(
              AddPhrase(regular, line_no, PhraseOrigin::kPlural));
        }
      }
    } else {
      const size_t end = base.find('!', bang + 1);
      auto it = end == absl::string_view::npos
                    ? sets_.end()
                    : sets_.find(base.substr(bang + 1, end - bang - 1));
      if (it == sets_.end()) {
        DIPLOGRAPH_RETURN_IF_ERROR(EntryProblem(
            line_no, static_cast<uint32_t>(indent + bang + 1), "phrase",
            end == absl::string_view::npos
                ? absl::StrCat("substitution marker in ", Quoted(base),
                               " has no closing '!'")
                : absl::StrCat("unknown substitution set ",
                               base.substr(bang, end - bang + 1))));
      } else {
        for (const std::string& item : dict_.substitutions[it->second].items) {
          DIPLOGRAPH_RETURN_IF_ERROR(AddPhrase(
              absl::StrCat(base.substr(0, bang), item, base.substr(end + 1)),
              line_no, PhraseOrigin::kSubstitution));
        }
      }
    }
    return Codes(s.substr(open), indent + open, line_no);
  }

  absl::string_view name_;
  const DictionaryOptions& options_;
  DictionaryReport& report_;
  Dictionary dict_;
  bool agents_ = false;
  DictionaryEntry* current_ = nullptr;  // into dict_.entries (a vector:
                                        // refreshed by NewEntry)
  absl::flat_hash_map<std::string, size_t> sets_;
  bool in_comment_ = false;
  uint64_t comment_line_ = 0;
  uint32_t comment_column_ = 0;
};

}  // namespace

absl::StatusOr<Dictionary> ParseDictionary(absl::string_view text,
                                           absl::string_view name,
                                           const DictionaryOptions& options,
                                           DictionaryReport* report) {
  if (options.two_digit_year_pivot < 0 || options.two_digit_year_pivot > 99) {
    return absl::InvalidArgumentError(
        absl::StrCat("two_digit_year_pivot: ", options.two_digit_year_pivot,
                     " is not in 0 ... 99"));
  }
  DictionaryReport local;
  DictionaryReport* rep = report != nullptr ? report : &local;
  *rep = DictionaryReport();
  Reader reader(name, options, rep);
  return reader.Run(text);
}

absl::StatusOr<Dictionary> ReadDictionary(const std::string& path,
                                          const DictionaryOptions& options,
                                          DictionaryReport* report) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(absl::StrCat(path, ": cannot open"));
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    return absl::DataLossError(absl::StrCat(path, ": read failed"));
  }
  const std::string text = std::move(buffer).str();
  return ParseDictionary(text, path, options, report);
}

}  // namespace diplograph
