// Helpers shared by the files of the lexicons (lexicon.h), private to
// lib/text:
//   lexicon.cc        parsing the data files into a Lexicon
//   lexicon_words.cc  the word splitter, word tests and singular forms
//   lexicon_match.cc  the phrase trie and the verb-group matcher
// Thread safety: pure functions.

#ifndef DIPLOGRAPH_LIB_TEXT_LEXICON_UTIL_H_
#define DIPLOGRAPH_LIB_TEXT_LEXICON_UTIL_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/strings/string_view.h"
#include "text/lexicon.h"

namespace diplograph::text_internal::lexicon_util {

// String helpers over std::string_view (Debian's Abseil has its own
// string_view type, which does not convert from the standard one).
inline void Append(std::string* out, std::string_view s) { out->append(s); }
inline void Append(std::string* out, const char* s) { out->append(s); }
inline void Append(std::string* out, int n) { out->append(std::to_string(n)); }
inline void Append(std::string* out, size_t n) {
  out->append(std::to_string(n));
}

template <typename... Args>
std::string Cat(const Args&... args) {
  std::string out;
  (Append(&out, args), ...);
  return out;
}

inline absl::string_view AbslView(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}

inline char AsciiLower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// Byte by byte: the suffixes are short literals, compared inline.
inline bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  const char* const tail = s.data() + (s.size() - suffix.size());
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (tail[i] != suffix[i]) return false;
  }
  return true;
}

// Word tests (lexicon_words.cc).
bool IsHyphen(const Word& w);
// Words before a verb form that make it a noun ("the state", "her remarks").
bool IsDeterminer(std::string_view w);
bool IsBeAuxiliary(std::string_view w);
bool IsAuxiliary(std::string_view w);
bool IsNegation(std::string_view w);
bool IsAdverb(std::string_view w);
bool OpensSentence(const Word& w);
// SingularKey as a view of `w` or of `buffer` (64 bytes); a longer word that
// needs a new ending gives itself.
std::string_view SingularView(std::string_view w, char* buffer);
// Equal, or equal in the singular ("raised concerns" for "raise concern").
bool SameWordOrPlural(std::string_view a, std::string_view b);

}  // namespace diplograph::text_internal::lexicon_util

#endif  // DIPLOGRAPH_LIB_TEXT_LEXICON_UTIL_H_
