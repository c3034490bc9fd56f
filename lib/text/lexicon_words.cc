// The word splitter of the lexicons (lexicon.h): SplitWords, AppendWords
// and WindowEnd, the word tests the matchers use, and singular forms.

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "diplograph/cameo.h"
#include "text/lexicon.h"
#include "text/lexicon_util.h"
#include "util/status_macros.h"

namespace diplograph::text_internal {

using lexicon_util::AbslView;
using lexicon_util::AsciiLower;
using lexicon_util::Cat;
using lexicon_util::EndsWith;

namespace {

bool IsAsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}
bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
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

}  // namespace

namespace lexicon_util {

bool IsHyphen(const Word& w) {
  // '-', U+2010 hyphen, U+2011 non-breaking hyphen, U+2013 en dash; not a
  // dash between spaces.
  return w.kind == Word::Kind::kPunct && !w.space_before &&
         (w.lower == "-" || w.lower == "\xE2\x80\x90" ||
          w.lower == "\xE2\x80\x91" || w.lower == "\xE2\x80\x93");
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

}  // namespace lexicon_util

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
    // Copied and lower-cased in one pass.
    w.lower.resize(j - i);
    char* const lower = w.lower.data();
    for (uint32_t k = 0; k < j - i; ++k) lower[k] = AsciiLower(data[i + k]);
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

}  // namespace diplograph::text_internal
