// The relationship and speech-verb lexicons: parsing the data files, the
// word splitter, the phrase trie and the verb-group matcher.

#include "text/lexicon.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "diplograph/cameo.h"
#include "util/status_macros.h"

namespace diplograph::text_internal {

// The data files, compiled in by cmake/embed_text.cmake.
extern const char kRelationshipsTsv[];
extern const char kSpeechVerbsTsv[];

namespace {

// String helpers over std::string_view (Debian's Abseil has its own
// string_view type, which does not convert from the standard one).
void Append(std::string* out, std::string_view s) { out->append(s); }
void Append(std::string* out, const char* s) { out->append(s); }
void Append(std::string* out, int n) { out->append(std::to_string(n)); }
void Append(std::string* out, size_t n) { out->append(std::to_string(n)); }

template <typename... Args>
std::string Cat(const Args&... args) {
  std::string out;
  (Append(&out, args), ...);
  return out;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    const size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      parts.push_back(s.substr(start));
      return parts;
    }
    parts.push_back(s.substr(start, pos - start));
    start = pos + 1;
  }
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

absl::string_view AbslView(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}

constexpr char kRelationshipsHeader[] =
    "label\tkey\tvariants\tpolarity\tdirection";
constexpr char kSpeechVerbsHeader[] =
    "lemma\tvariants\tforms\tcameo\tstance\tspeech\tthat\tquoted_as\t"
    "negated_cameo\tsource";

bool IsAsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}
bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}
char AsciiLower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// How a character reads to the word splitter.
enum class CharClass : uint8_t { kSpace, kWord, kPunct, kApostrophe };

// The class of each ASCII byte.
struct AsciiClassTable {
  uint8_t at[128];
  constexpr AsciiClassTable() : at() {
    for (int c = 0; c < 128; ++c) {
      CharClass k = CharClass::kPunct;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
          c == '\v') {
        k = CharClass::kSpace;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                 (c >= '0' && c <= '9')) {
        k = CharClass::kWord;
      } else if (c == '\'') {
        k = CharClass::kApostrophe;
      }
      at[c] = static_cast<uint8_t>(k);
    }
  }
};
constexpr AsciiClassTable kAsciiClass;

// The class and byte length of the character at text[i] (i < end). Invalid
// UTF-8 bytes are word bytes of length 1, so that nothing is lost and the
// splitter always advances.
CharClass Classify(std::string_view text, uint32_t i, uint32_t end,
                   uint32_t* length) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  *length = 1;
  if (c < 0x80) {
    if (IsAsciiSpace(c)) return CharClass::kSpace;
    if (IsAsciiAlnum(c)) return CharClass::kWord;
    if (c == '\'') return CharClass::kApostrophe;
    return CharClass::kPunct;
  }
  uint32_t n = 0;
  uint32_t cp = 0;
  if ((c & 0xE0) == 0xC0) {
    n = 2;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4;
    cp = c & 0x07;
  } else {
    return CharClass::kWord;
  }
  if (i + n > end) return CharClass::kWord;
  for (uint32_t k = 1; k < n; ++k) {
    const unsigned char cc = static_cast<unsigned char>(text[i + k]);
    if ((cc & 0xC0) != 0x80) return CharClass::kWord;
    cp = (cp << 6) | (cc & 0x3F);
  }
  *length = n;
  if (cp == 0x00A0 || cp == 0x3000 || cp == 0xFEFF || cp == 0x202F ||
      cp == 0x205F || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 ||
      cp == 0x2029) {
    return CharClass::kSpace;
  }
  if (cp == 0x2019) return CharClass::kApostrophe;
  if ((cp >= 0x2010 && cp <= 0x206F) || cp == 0x00AB || cp == 0x00BB ||
      cp == 0x00B7 || (cp >= 0x3001 && cp <= 0x3011) || cp == 0xFF0C) {
    return CharClass::kPunct;
  }
  return CharClass::kWord;
}

bool IsHyphen(const Word& w) {
  // '-', U+2010 hyphen, U+2011 non-breaking hyphen, U+2013 en dash; not a
  // dash between spaces.
  return w.kind == Word::Kind::kPunct && !w.space_before &&
         (w.lower == "-" || w.lower == "\xE2\x80\x90" ||
          w.lower == "\xE2\x80\x91" || w.lower == "\xE2\x80\x93");
}

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

// One syllable ending consonant-vowel-consonant ("slam", "stop"): the final
// consonant doubles before -ed and -ing.
bool DoublesFinalConsonant(std::string_view w) {
  if (w.size() < 3) return false;
  const char last = w[w.size() - 1];
  if (IsVowel(last) || last == 'w' || last == 'x' || last == 'y') return false;
  if (!IsVowel(w[w.size() - 2]) || IsVowel(w[w.size() - 3])) return false;
  int groups = 0;
  bool in_vowel = false;
  for (size_t k = 0; k < w.size(); ++k) {
    const bool v = IsVowel(w[k]) || (k > 0 && w[k] == 'y');
    if (v && !in_vowel) ++groups;
    in_vowel = v;
  }
  return groups == 1;
}

// The regular forms of a verb: base, -s, -ed, -ing.
std::vector<std::string> RegularForms(std::string_view base) {
  std::vector<std::string> forms;
  std::string b(base);
  forms.push_back(b);
  if (b.empty()) return forms;
  const char last = b.back();
  const bool consonant_y =
      last == 'y' && b.size() >= 2 && !IsVowel(b[b.size() - 2]);
  // Third person singular.
  if (EndsWith(b, "s") || EndsWith(b, "sh") || EndsWith(b, "ch") ||
      EndsWith(b, "x") || EndsWith(b, "z") || EndsWith(b, "o")) {
    forms.push_back(b + "es");
  } else if (consonant_y) {
    forms.push_back(b.substr(0, b.size() - 1) + "ies");
  } else {
    forms.push_back(b + "s");
  }
  // Past and past participle; present participle.
  const bool doubles = DoublesFinalConsonant(b);
  if (last == 'e') {
    forms.push_back(b + "d");
  } else if (consonant_y) {
    forms.push_back(b.substr(0, b.size() - 1) + "ied");
  } else if (doubles) {
    forms.push_back(b + last + "ed");
  } else {
    forms.push_back(b + "ed");
  }
  if (EndsWith(b, "ie")) {
    forms.push_back(b.substr(0, b.size() - 2) + "ying");
  } else if (last == 'e' && !EndsWith(b, "ee") && !EndsWith(b, "ye") &&
             !EndsWith(b, "oe") && b.size() > 2) {
    forms.push_back(b.substr(0, b.size() - 1) + "ing");
  } else if (doubles) {
    forms.push_back(b + last + "ing");
  } else {
    forms.push_back(b + "ing");
  }
  return forms;
}

// Regular forms plus the British -ise / -yse spellings of -ize / -yze verbs.
std::vector<std::string> AllForms(std::string_view base) {
  std::vector<std::string> forms = RegularForms(base);
  if (EndsWith(base, "ize") || EndsWith(base, "yze")) {
    std::string british(base);
    british[british.size() - 2] = 's';
    for (std::string& f : RegularForms(british)) forms.push_back(std::move(f));
  }
  return forms;
}

struct Line {
  int number = 0;
  std::vector<std::string_view> fields;
};

// The data lines of a TSV file after its header (comments and blank lines
// skipped), each split on tabs; checks the header and the field count.
absl::StatusOr<std::vector<Line>> ReadTsv(std::string_view content,
                                          std::string_view file,
                                          std::string_view header,
                                          size_t nfields) {
  std::vector<Line> lines;
  bool seen_header = false;
  int number = 0;
  for (std::string_view line : Split(content, '\n')) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (!seen_header) {
      if (line != header) {
        return absl::InvalidArgumentError(
            Cat(file, ":", number, ": header: expected the columns \"", header,
                "\" (tab-separated)"));
      }
      seen_header = true;
      continue;
    }
    Line l;
    l.number = number;
    l.fields = Split(line, '\t');
    if (l.fields.size() != nfields) {
      return absl::InvalidArgumentError(
          Cat(file, ":", number, ": expected ", nfields,
              " tab-separated fields, found ", l.fields.size()));
    }
    lines.push_back(std::move(l));
  }
  if (!seen_header) {
    return absl::InvalidArgumentError(
        Cat(file, ": no header line \"", header, "\""));
  }
  return lines;
}

absl::Status FieldError(std::string_view file, int line, std::string_view field,
                        std::string_view message) {
  return absl::InvalidArgumentError(
      Cat(file, ":", line, ": ", field, ": ", message));
}

absl::StatusOr<bool> ParseYesNo(std::string_view value, std::string_view file,
                                int line, std::string_view field) {
  if (value == "yes") return true;
  if (value == "no") return false;
  return FieldError(file, line, field, Cat("\"", value, "\" is not yes or no"));
}

absl::StatusOr<EventType> ParseCode(std::string_view value,
                                    std::string_view file, int line,
                                    std::string_view field) {
  absl::StatusOr<CameoCode> code = LookupCameoCode(AbslView(value));
  if (!code.ok()) {
    return FieldError(file, line, field,
                      Cat("\"", value, "\" is not a CAMEO code"));
  }
  return code->ToEventType();
}

// The '|'-separated items of a field, trimmed; empty items are an error.
absl::StatusOr<std::vector<std::string>> SplitList(std::string_view value,
                                                   std::string_view file,
                                                   int line,
                                                   std::string_view field) {
  std::vector<std::string> items;
  if (value.empty()) return items;
  for (std::string_view item : Split(value, '|')) {
    item = Trim(item);
    if (item.empty()) {
      return FieldError(file, line, field, "empty item in the '|' list");
    }
    items.emplace_back(item);
  }
  return items;
}

bool IsKey(std::string_view key) {
  if (key.empty()) return false;
  for (char c : key) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
      return false;
    }
  }
  return true;
}

// Words before a verb form that make it a noun ("the state", "her remarks").
bool IsDeterminer(std::string_view w) {
  static constexpr std::string_view kDeterminers[] = {
      "the",   "a",     "an",    "this", "these",  "those", "its",
      "his",   "her",   "their", "our",  "my",     "your",  "whose",
      "every", "each",  "any",   "some", "such",   "no",    "another",
      "of",    "other", "many",  "few",  "several"};
  for (std::string_view d : kDeterminers) {
    if (w == d) return true;
  }
  return false;
}

bool IsBeAuxiliary(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" ||
         w == "been" || w == "being" || w == "am";
}

bool IsAuxiliary(std::string_view w) {
  static constexpr std::string_view kAux[] = {
      "has",   "have",  "had",   "having", "do",  "does",  "did",
      "will",  "would", "shall", "should", "can", "could", "may",
      "might", "must",  "ca",    "wo",     "'d"};
  if (IsBeAuxiliary(w)) return true;
  for (std::string_view a : kAux) {
    if (w == a) return true;
  }
  return false;
}

bool IsNegation(std::string_view w) { return w == "not" || w == "never"; }

bool IsAdverb(std::string_view w) {
  static constexpr std::string_view kAdverbs[] = {
      "also", "again",  "further", "once",  "still", "already", "even",
      "just", "now",    "then",    "later", "often", "earlier", "since",
      "too",  "always", "first",   "last",  "yet",   "openly"};
  for (std::string_view a : kAdverbs) {
    if (w == a) return true;
  }
  return w.size() > 4 && EndsWith(w, "ly");
}

// Punctuation after which a capitalised word may still be a verb: the
// start of a sentence, a quotation or a heading.
bool OpensSentence(const Word& w) {
  if (w.is_word()) return false;
  static constexpr std::string_view kOpeners[] = {".",
                                                  "!",
                                                  "?",
                                                  ":",
                                                  ";",
                                                  "\"",
                                                  "(",
                                                  "[",
                                                  "\xE2\x80\x9C",
                                                  "\xE2\x80\x9D",
                                                  "\xE2\x80\x98",
                                                  "\xE2\x80\x94",
                                                  "\xE2\x80\x93",
                                                  "-",
                                                  "*"};
  for (std::string_view o : kOpeners) {
    if (w.lower == o) return true;
  }
  return false;
}

}  // namespace

std::vector<Word> SplitWords(std::string_view text, uint32_t begin,
                             uint32_t end) {
  std::vector<Word> words;
  AppendWords(text, begin, end, &words);
  return words;
}

void AppendWords(std::string_view text, uint32_t begin, uint32_t end,
                 std::vector<Word>* out) {
  std::vector<Word>& words = *out;
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  if (begin >= end) return;
  words.reserve(words.size() + (end - begin) / 5 + 4);
  const char* const data = text.data();
  bool space = true;
  uint32_t i = begin;
  while (i < end) {
    const unsigned char c0 = static_cast<unsigned char>(data[i]);
    uint32_t len = 1;
    CharClass cls;
    if (c0 < 0x80) {
      cls = static_cast<CharClass>(kAsciiClass.at[c0]);
    } else {
      cls = Classify(text, i, end, &len);
    }
    if (cls == CharClass::kSpace) {
      space = true;
      i += len;
      continue;
    }
    if (cls == CharClass::kPunct || cls == CharClass::kApostrophe) {
      Word& w = words.emplace_back();
      w.kind = Word::Kind::kPunct;
      w.begin = i;
      w.end = i + len;
      w.space_before = space;
      if (cls == CharClass::kApostrophe) {
        w.lower = "'";
      } else {
        w.lower.assign(data + i, len);
      }
      space = false;
      i += len;
      continue;
    }
    // A word: a run of word characters.
    uint32_t j = i + len;
    while (j < end) {
      const unsigned char c = static_cast<unsigned char>(data[j]);
      if (c < 0x80) {
        if (kAsciiClass.at[c] != static_cast<uint8_t>(CharClass::kWord)) break;
        ++j;
        continue;
      }
      uint32_t l = 0;
      if (Classify(text, j, end, &l) != CharClass::kWord) break;
      j += l;
    }
    Word& w = words.emplace_back();
    w.begin = i;
    w.end = j;
    w.space_before = space;
    w.capitalized = c0 >= 'A' && c0 <= 'Z';
    w.lower.assign(data + i, j - i);
    for (char& ch : w.lower) ch = AsciiLower(ch);
    space = false;
    i = j;
    // An apostrophe right after the word: possessive or contraction.
    if (i >= end) continue;
    const unsigned char a = static_cast<unsigned char>(data[i]);
    if (a != '\'' && a != 0xE2) continue;
    uint32_t alen = 0;
    if (Classify(text, i, end, &alen) != CharClass::kApostrophe) continue;
    const uint32_t after = i + alen;
    // The letters after the apostrophe (at most a few matter).
    uint32_t k = after;
    while (k < end && k - after < 3 &&
           IsAsciiAlnum(static_cast<unsigned char>(data[k]))) {
      ++k;
    }
    uint32_t next_len = 0;
    const bool tail_ends_word =
        k >= end || Classify(text, k, end, &next_len) != CharClass::kWord;
    char tail[3] = {0, 0, 0};
    const uint32_t tail_size = k - after;
    for (uint32_t m = 0; m < tail_size; ++m) {
      tail[m] = AsciiLower(data[after + m]);
    }
    const std::string_view t(tail, tail_size);
    if (tail_ends_word && t == "s") {
      w.possessive = true;
      i = k;
      continue;
    }
    if (tail_ends_word && t == "t" && w.lower.size() > 1 &&
        w.lower.back() == 'n') {
      // "didn't" -> "did" "not"; "can't" -> "ca" "not".
      w.end -= 1;
      w.lower.pop_back();
      const uint32_t neg_begin = w.end;
      Word& neg = words.emplace_back();
      neg.begin = neg_begin;
      neg.end = k;
      neg.lower = "not";
      i = k;
      continue;
    }
    if (tail_ends_word &&
        (t == "ll" || t == "re" || t == "ve" || t == "m" || t == "d")) {
      Word& contraction = words.emplace_back();
      contraction.begin = i;
      contraction.end = k;
      contraction.lower = t == "ll"   ? "will"
                          : t == "re" ? "are"
                          : t == "ve" ? "have"
                          : t == "m"  ? "am"
                                      : "'d";
      i = k;
      continue;
    }
    if (tail_size == 0 && words.back().lower.back() == 's' && after + 1 < end &&
        IsAsciiSpace(static_cast<unsigned char>(data[after])) &&
        IsAsciiAlnum(static_cast<unsigned char>(data[after + 1]))) {
      // "the allies' interests": a plural possessive.
      words.back().possessive = true;
      i = after;
    }
  }
}

uint32_t WindowEnd(std::string_view text, uint32_t start, uint32_t end,
                   uint32_t max_bytes) {
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  if (max_bytes < 16) max_bytes = 16;
  if (end - start <= max_bytes) return end;
  const uint32_t limit = start + max_bytes;
  const uint32_t floor = limit - max_bytes / 8;
  // After a line break, or a full stop and a space.
  for (uint32_t k = limit; k > floor; --k) {
    const char c = text[k - 1];
    if (c == '\n' || (c == ' ' && text[k - 2] == '.')) return k;
  }
  // At a space.
  for (uint32_t k = limit; k > floor; --k) {
    if (IsAsciiSpace(static_cast<unsigned char>(text[k - 1]))) return k;
  }
  // At a character boundary.
  uint32_t k = limit;
  while (k > floor && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) {
    --k;
  }
  return k;
}

namespace {

// SingularKey as a view of `w` or of `buffer` (64 bytes); a longer word that
// needs a new ending gives itself.
std::string_view SingularView(std::string_view w, char* buffer) {
  if (w.size() <= 3) return w;
  if (EndsWith(w, "ss") || EndsWith(w, "us") || EndsWith(w, "is")) return w;
  if (EndsWith(w, "ies") && w.size() >= 5) {
    if (w.size() > 64) return w;
    const size_t n = w.size() - 3;
    std::copy(w.begin(), w.begin() + n, buffer);
    buffer[n] = 'y';
    return std::string_view(buffer, n + 1);
  }
  if (w.size() >= 5 &&
      (EndsWith(w, "sses") || EndsWith(w, "shes") || EndsWith(w, "ches") ||
       EndsWith(w, "xes") || EndsWith(w, "zes"))) {
    return w.substr(0, w.size() - 2);
  }
  if (EndsWith(w, "s")) return w.substr(0, w.size() - 1);
  return w;
}

// Equal, or equal in the singular ("raised concerns" for "raise concern").
bool SameWordOrPlural(std::string_view a, std::string_view b) {
  if (a == b) return true;
  char buffer_a[64], buffer_b[64];
  return SingularView(a, buffer_a) == SingularView(b, buffer_b);
}

}  // namespace

std::string SingularKey(std::string_view w) {
  if (w.size() <= 3) return std::string(w);
  if (EndsWith(w, "ss") || EndsWith(w, "us") || EndsWith(w, "is")) {
    return std::string(w);
  }
  if (EndsWith(w, "ies") && w.size() >= 5) {
    return Cat(w.substr(0, w.size() - 3), "y");
  }
  if (w.size() >= 5 &&
      (EndsWith(w, "sses") || EndsWith(w, "shes") || EndsWith(w, "ches") ||
       EndsWith(w, "xes") || EndsWith(w, "zes"))) {
    return std::string(w.substr(0, w.size() - 2));
  }
  if (EndsWith(w, "s")) return std::string(w.substr(0, w.size() - 1));
  return std::string(w);
}

absl::Status Lexicon::AddPhraseWording(const RelationshipPhrase* phrase,
                                       std::string_view wording,
                                       std::string_view where) {
  std::vector<Word> words =
      SplitWords(wording, 0, static_cast<uint32_t>(wording.size()));
  int32_t node = 0;
  int nwords = 0;
  for (const Word& w : words) {
    if (!w.is_word()) {
      if (IsHyphen(w)) continue;
      return absl::InvalidArgumentError(
          Cat(where, ": \"", wording, "\" has punctuation other than hyphens"));
    }
    if (w.possessive) {
      return absl::InvalidArgumentError(Cat(
          where, ": \"", wording, "\" has a possessive; list the base form"));
    }
    const std::string key = SingularKey(w.lower);
    auto [vit, inserted] = phrase_vocabulary_.try_emplace(
        key, static_cast<int32_t>(phrase_vocabulary_.size()));
    const uint64_t edge = (static_cast<uint64_t>(node) << 32) |
                          static_cast<uint32_t>(vit->second);
    auto [eit, new_edge] = phrase_edges_.try_emplace(
        edge, static_cast<int32_t>(phrase_at_node_.size()));
    if (new_edge) phrase_at_node_.push_back(nullptr);
    node = eit->second;
    ++nwords;
  }
  if (nwords == 0) {
    return absl::InvalidArgumentError(
        Cat(where, ": \"", wording, "\" has no words"));
  }
  const RelationshipPhrase*& slot = phrase_at_node_[node];
  if (slot != nullptr && slot != phrase) {
    return absl::InvalidArgumentError(Cat(where, ": \"", wording,
                                          "\" is also a wording of \"",
                                          slot->label, "\""));
  }
  slot = phrase;
  return absl::OkStatus();
}

absl::Status Lexicon::AddVerb(std::unique_ptr<SpeechVerb> verb,
                              absl::Span<const std::string> irregular,
                              bool only_listed, std::string_view where) {
  std::vector<Word> words =
      SplitWords(verb->lemma, 0, static_cast<uint32_t>(verb->lemma.size()));
  std::vector<std::string> rest;
  for (const Word& w : words) {
    if (!w.is_word() || w.possessive) {
      return absl::InvalidArgumentError(Cat(
          where, ": \"", verb->lemma, "\" must be words separated by spaces"));
    }
    rest.push_back(w.lower);
  }
  if (rest.empty()) {
    return absl::InvalidArgumentError(Cat(where, ": empty verb"));
  }
  const std::string first = rest.front();
  rest.erase(rest.begin());
  std::vector<std::string> forms;
  if (!only_listed) forms = AllForms(first);
  for (const std::string& f : irregular) forms.push_back(f);
  for (const std::string& form : forms) {
    // -ed forms and the listed irregular ones can be past participles.
    const bool past =
        EndsWith(form, "ed") ||
        std::find(irregular.begin(), irregular.end(), form) != irregular.end();
    std::vector<VerbPattern>& patterns = verb_forms_[form];
    bool duplicate = false;
    for (const VerbPattern& p : patterns) {
      if (p.rest != rest) continue;
      if (p.verb->event_type.code != verb->event_type.code) {
        return absl::InvalidArgumentError(
            Cat(where, ": the form \"", form, "\" of \"", verb->lemma,
                "\" is already a form of \"", p.verb->lemma, "\" with code ",
                p.verb->event_type.code));
      }
      duplicate = true;
    }
    if (!duplicate) patterns.push_back(VerbPattern{verb.get(), rest, past});
  }
  verbs_.push_back(std::move(verb));
  return absl::OkStatus();
}

absl::StatusOr<Lexicon> Lexicon::Parse(std::string_view relationships_tsv,
                                       std::string_view speech_verbs_tsv,
                                       std::string_view file_hint) {
  const std::string rel_file = file_hint.empty()
                                   ? "relationships.tsv"
                                   : Cat(file_hint, "/relationships.tsv");
  const std::string verb_file = file_hint.empty()
                                    ? "speech_verbs.tsv"
                                    : Cat(file_hint, "/speech_verbs.tsv");
  Lexicon lexicon;
  lexicon.phrase_at_node_.push_back(nullptr);  // the root

  DIPLOGRAPH_ASSIGN_OR_RETURN(
      std::vector<Line> rel_lines,
      ReadTsv(relationships_tsv, rel_file, kRelationshipsHeader, 5));
  absl::flat_hash_map<std::string, int> keys;
  for (const Line& line : rel_lines) {
    auto phrase = std::make_unique<RelationshipPhrase>();
    const std::string_view label = line.fields[0], key = line.fields[1];
    if (label.empty()) {
      return FieldError(rel_file, line.number, "label", "empty");
    }
    if (!IsKey(key)) {
      return FieldError(
          rel_file, line.number, "key",
          Cat("\"", key, "\" is not lower-case ASCII letters, digits and '_'"));
    }
    if (auto [it, inserted] = keys.try_emplace(std::string(key), line.number);
        !inserted) {
      return FieldError(
          rel_file, line.number, "key",
          Cat("\"", key, "\" is already the key of line ", it->second));
    }
    phrase->label = std::string(label);
    phrase->key = std::string(key);
    DIPLOGRAPH_ASSIGN_OR_RETURN(
        phrase->variants,
        SplitList(line.fields[2], rel_file, line.number, "variants"));
    absl::StatusOr<Polarity> polarity = ParsePolarity(AbslView(line.fields[3]));
    if (!polarity.ok()) {
      return FieldError(rel_file, line.number, "polarity",
                        Cat("\"", line.fields[3],
                            "\" is not cooperative, neutral or "
                            "conflictual"));
    }
    phrase->polarity = *polarity;
    const std::string_view direction = line.fields[4];
    if (direction == "directed") {
      phrase->directed = true;
    } else if (direction == "group") {
      phrase->group = true;
    } else if (direction != "symmetric") {
      return FieldError(
          rel_file, line.number, "direction",
          Cat("\"", direction, "\" is not symmetric, directed or group"));
    }
    const std::string where = Cat(rel_file, ":", line.number);
    DIPLOGRAPH_RETURN_IF_ERROR(lexicon.AddPhraseWording(
        phrase.get(), phrase->label, Cat(where, ": label")));
    for (const std::string& v : phrase->variants) {
      DIPLOGRAPH_RETURN_IF_ERROR(
          lexicon.AddPhraseWording(phrase.get(), v, Cat(where, ": variants")));
    }
    lexicon.phrases_.push_back(std::move(phrase));
  }
  if (lexicon.phrases_.empty()) {
    return absl::InvalidArgumentError(Cat(rel_file, ": no relationships"));
  }

  DIPLOGRAPH_ASSIGN_OR_RETURN(
      std::vector<Line> verb_lines,
      ReadTsv(speech_verbs_tsv, verb_file, kSpeechVerbsHeader, 10));
  for (const Line& line : verb_lines) {
    const int n = line.number;
    SpeechVerb proto;
    proto.lemma = std::string(Trim(line.fields[0]));
    if (proto.lemma.empty()) return FieldError(verb_file, n, "lemma", "empty");
    DIPLOGRAPH_ASSIGN_OR_RETURN(
        std::vector<std::string> variants,
        SplitList(line.fields[1], verb_file, n, "variants"));
    // "only: termed terming" lists every form; otherwise the listed forms
    // add to the regular ones.
    std::string_view forms_field = Trim(line.fields[2]);
    const bool only_listed = forms_field.substr(0, 5) == "only:";
    if (only_listed) forms_field.remove_prefix(5);
    std::vector<std::string> irregular;
    for (std::string_view f : Split(forms_field, ' ')) {
      if (f.empty()) continue;
      std::string lower;
      for (char c : f) lower.push_back(AsciiLower(c));
      irregular.push_back(std::move(lower));
    }
    DIPLOGRAPH_ASSIGN_OR_RETURN(
        proto.event_type, ParseCode(line.fields[3], verb_file, n, "cameo"));
    absl::StatusOr<Polarity> stance = ParsePolarity(AbslView(line.fields[4]));
    if (!stance.ok()) {
      return FieldError(verb_file, n, "stance",
                        Cat("\"", line.fields[4],
                            "\" is not cooperative, neutral or "
                            "conflictual"));
    }
    proto.stance = *stance;
    DIPLOGRAPH_ASSIGN_OR_RETURN(
        proto.reports_speech,
        ParseYesNo(line.fields[5], verb_file, n, "speech"));
    DIPLOGRAPH_ASSIGN_OR_RETURN(
        proto.takes_that_clause,
        ParseYesNo(line.fields[6], verb_file, n, "that"));
    DIPLOGRAPH_ASSIGN_OR_RETURN(
        proto.quoted_as_saying,
        ParseYesNo(line.fields[7], verb_file, n, "quoted_as"));
    if (!line.fields[8].empty()) {
      DIPLOGRAPH_ASSIGN_OR_RETURN(
          proto.negated_event_type,
          ParseCode(line.fields[8], verb_file, n, "negated_cameo"));
    }
    if (line.fields[9].empty()) {
      return FieldError(verb_file, n, "source", "empty");
    }
    const std::string where = Cat(verb_file, ":", n, ": lemma");
    if (only_listed && irregular.empty()) {
      return FieldError(verb_file, n, "forms", "\"only:\" lists no forms");
    }
    DIPLOGRAPH_RETURN_IF_ERROR(lexicon.AddVerb(
        std::make_unique<SpeechVerb>(proto), irregular, only_listed, where));
    for (const std::string& v : variants) {
      auto verb = std::make_unique<SpeechVerb>(proto);
      verb->lemma = v;
      DIPLOGRAPH_RETURN_IF_ERROR(lexicon.AddVerb(
          std::move(verb), {}, false, Cat(verb_file, ":", n, ": variants")));
    }
  }
  if (lexicon.verbs_.empty()) {
    return absl::InvalidArgumentError(Cat(verb_file, ": no speech verbs"));
  }
  return lexicon;
}

const Lexicon& Lexicon::Default() {
  static const Lexicon* const lexicon = [] {
    absl::StatusOr<Lexicon> parsed =
        Parse(kRelationshipsTsv, kSpeechVerbsTsv, "data/text");
    if (!parsed.ok()) {
      // Unreachable for a library whose tests pass: lexicon_test parses the
      // same data.
      std::fprintf(stderr, "diplograph: built-in text lexicon: %s\n",
                   parsed.status().ToString().c_str());
      std::abort();
    }
    return new Lexicon(*std::move(parsed));
  }();
  return *lexicon;
}

int32_t Lexicon::PhraseWordId(std::string_view singular_key) const {
  auto it = phrase_vocabulary_.find(AbslView(singular_key));
  return it == phrase_vocabulary_.end() ? -1 : it->second;
}

int32_t Lexicon::PhraseWordIdOfWord(std::string_view lower_word) const {
  char buffer[64];
  return PhraseWordId(SingularView(lower_word, buffer));
}

int Lexicon::LongestPhraseAt(absl::Span<const int32_t> ids,
                             absl::Span<const bool> joined, size_t i,
                             const RelationshipPhrase** phrase) const {
  int32_t node = 0;
  int best = 0;
  for (size_t k = i; k < ids.size(); ++k) {
    if (ids[k] < 0) break;
    if (k > i && !joined[k]) break;
    const uint64_t edge =
        (static_cast<uint64_t>(node) << 32) | static_cast<uint32_t>(ids[k]);
    auto it = phrase_edges_.find(edge);
    if (it == phrase_edges_.end()) break;
    node = it->second;
    if (phrase_at_node_[node] != nullptr) {
      best = static_cast<int>(k - i + 1);
      *phrase = phrase_at_node_[node];
    }
  }
  return best;
}

std::vector<PhraseMatch> Lexicon::FindPhrases(std::string_view text,
                                              uint32_t begin,
                                              uint32_t end) const {
  std::vector<PhraseMatch> matches;
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  std::vector<Word> words;
  std::vector<int32_t> ids;
  std::vector<size_t> index;  // word position -> index in `words`
  std::unique_ptr<bool[]> joined;
  size_t joined_capacity = 0;
  for (uint32_t start = begin; start < end;) {
    const uint32_t stop = WindowEnd(text, start, end, kMatchWindowBytes);
    words.clear();
    ids.clear();
    index.clear();
    AppendWords(text, start, stop, &words);
    start = stop;
    if (words.size() + 1 > joined_capacity) {
      joined_capacity = words.size() + 1;
      joined.reset(new bool[joined_capacity]);
    }
    bool pending_hyphen = false;
    bool broken = true;
    for (size_t k = 0; k < words.size(); ++k) {
      const Word& w = words[k];
      if (!w.is_word()) {
        if (IsHyphen(w) && !pending_hyphen) {
          pending_hyphen = true;
        } else {
          broken = true;
        }
        continue;
      }
      // A possessive word ends a phrase: "China's partnership" is two
      // pieces.
      const bool prev_possessive =
          !index.empty() && words[index.back()].possessive;
      joined[ids.size()] = !broken && !prev_possessive;
      ids.push_back(PhraseWordIdOfWord(w.lower));
      index.push_back(k);
      pending_hyphen = false;
      broken = false;
    }
    const absl::Span<const bool> joined_span(joined.get(), ids.size());
    for (size_t i = 0; i < ids.size();) {
      if (ids[i] < 0) {
        ++i;
        continue;
      }
      const RelationshipPhrase* phrase = nullptr;
      const int n = LongestPhraseAt(ids, joined_span, i, &phrase);
      if (n == 0) {
        ++i;
        continue;
      }
      matches.push_back(PhraseMatch{words[index[i]].begin,
                                    words[index[i + n - 1]].end, phrase});
      i += n;
    }
  }
  return matches;
}

int Lexicon::LongestVerbAt(const std::vector<Word>& words, size_t i,
                           const SpeechVerb** verb, bool* past) const {
  auto it = verb_forms_.find(AbslView(words[i].lower));
  if (it == verb_forms_.end()) return 0;
  int best = 0;
  for (const VerbPattern& p : it->second) {
    if (i + p.rest.size() >= words.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < p.rest.size(); ++k) {
      const Word& w = words[i + 1 + k];
      if (!w.is_word() || !SameWordOrPlural(w.lower, p.rest[k])) {
        ok = false;
        break;
      }
    }
    if (ok && static_cast<int>(p.rest.size()) + 1 > best) {
      best = static_cast<int>(p.rest.size()) + 1;
      *verb = p.verb;
      *past = p.past;
    }
  }
  return best;
}

std::vector<VerbMatch> Lexicon::FindSpeechVerbs(std::string_view text,
                                                uint32_t begin,
                                                uint32_t end) const {
  std::vector<VerbMatch> matches;
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  std::vector<Word> words;
  for (uint32_t start = begin; start < end;) {
    const uint32_t stop = WindowEnd(text, start, end, kMatchWindowBytes);
    words.clear();
    AppendWords(text, start, stop, &words);
    start = stop;
    FindVerbsInWords(words, &matches);
  }
  return matches;
}

void Lexicon::FindVerbsInWords(const std::vector<Word>& words,
                               std::vector<VerbMatch>* out) const {
  std::vector<VerbMatch>& matches = *out;
  for (size_t i = 0; i < words.size();) {
    const Word& w = words[i];
    const SpeechVerb* verb = nullptr;
    bool past_form = false;
    const int n = w.is_word() ? LongestVerbAt(words, i, &verb, &past_form) : 0;
    if (n == 0) {
      ++i;
      continue;
    }
    // A noun, not a verb: after a determiner or a possessive, or capitalised
    // inside a sentence.
    if (i > 0) {
      const Word& prev = words[i - 1];
      if ((prev.is_word() && (IsDeterminer(prev.lower) || prev.possessive)) ||
          (w.capitalized && !OpensSentence(prev))) {
        ++i;
        continue;
      }
    }
    VerbMatch m;
    m.verb = verb;
    m.verb_begin = w.begin;
    m.verb_end = w.end;
    m.begin = w.begin;
    m.end = words[i + n - 1].end;
    // The auxiliaries, negation and adverbs before the verb.
    std::string_view nearest_aux;
    for (size_t j = i, steps = 0; j > 0 && steps < 6; ++steps) {
      const Word& p = words[j - 1];
      if (!p.is_word()) break;
      const bool negation = IsNegation(p.lower);
      const bool aux = IsAuxiliary(p.lower);
      if (!negation && !aux && !IsAdverb(p.lower)) break;
      if (negation || aux) m.begin = p.begin;
      if (negation) m.negated = true;
      if (aux && nearest_aux.empty()) nearest_aux = p.lower;
      --j;
    }
    m.passive = past_form && IsBeAuxiliary(nearest_aux);
    size_t next = i + n;
    if (m.passive && verb->quoted_as_saying && next + 1 < words.size() &&
        words[next].lower == "as" && words[next + 1].is_word() &&
        (words[next + 1].lower == "saying" ||
         words[next + 1].lower == "telling" ||
         words[next + 1].lower == "stating" ||
         words[next + 1].lower == "writing")) {
      m.end = words[next + 1].end;
      next += 2;
    }
    matches.push_back(m);
    i = next;
  }
}

const SpeechVerb* Lexicon::FindVerb(std::string_view word) const {
  const std::vector<Word> words =
      SplitWords(word, 0, static_cast<uint32_t>(word.size()));
  if (words.empty() || !words[0].is_word()) return nullptr;
  auto it = verb_forms_.find(AbslView(words[0].lower));
  if (it == verb_forms_.end()) return nullptr;
  for (const VerbPattern& p : it->second) {
    if (p.rest.size() + 1 != words.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < p.rest.size(); ++k) {
      if (!words[k + 1].is_word() ||
          !SameWordOrPlural(words[k + 1].lower, p.rest[k])) {
        ok = false;
        break;
      }
    }
    if (ok) return p.verb;
  }
  return nullptr;
}

}  // namespace diplograph::text_internal
