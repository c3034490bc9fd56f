// The small methods of the dictionary values (phrases, entries, counts)
// and the text helpers the reader, importer and lint share.

#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"
#include "diplograph/dictionary.h"
#include "ingest/dictionary_internal.h"

namespace diplograph {
namespace internal {

bool LooksLikeMojibake(absl::string_view text) {
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) == 0xC3 &&
        (static_cast<unsigned char>(text[i + 1]) == 0x83 ||
         static_cast<unsigned char>(text[i + 1]) == 0x82) &&
        static_cast<unsigned char>(text[i + 2]) >= 0x80) {
      return true;
    }
  }
  return false;
}

std::string PhraseKey(absl::string_view phrase) {
  std::string key;
  key.reserve(phrase.size());
  bool gap = false;
  for (char c : phrase) {
    if (c == '_' || c == ' ' || c == '\t') {
      gap = !key.empty();
      continue;
    }
    if (gap) key.push_back(' ');
    gap = false;
    key.push_back(absl::ascii_toupper(static_cast<unsigned char>(c)));
  }
  return key;
}

}  // namespace internal

std::vector<std::string> DictionaryPhrase::Words() const {
  return absl::StrSplit(text, absl::ByAnyChar("_ \t"), absl::SkipEmpty());
}

std::string DictionaryPhrase::Readable() const {
  std::string out;
  for (const std::string& w : Words()) {
    if (!out.empty()) out.push_back(' ');
    bool start = true;
    for (size_t i = 0; i < w.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(w[i]);
      if (c < 0x80) {
        out.push_back(start ? absl::ascii_toupper(c) : absl::ascii_tolower(c));
        start = !absl::ascii_isalnum(c) && c != '\'';
        if (c == '\'' && i == 1) start = true;  // O'BRIEN -> O'Brien
        continue;
      }
      // Latin-1 capitals (U+00C0 ... U+00DE but U+00D7) after the first
      // letter of a word become small letters.
      if (c == 0xC3 && i + 1 < w.size() && !start) {
        const unsigned char d = static_cast<unsigned char>(w[i + 1]);
        if (d >= 0x80 && d <= 0x9E && d != 0x97) {
          out.push_back(static_cast<char>(c));
          out.push_back(static_cast<char>(d + 0x20));
          ++i;
          continue;
        }
      }
      out.push_back(static_cast<char>(c));
      if (c >= 0xC0) start = false;
    }
  }
  return out;
}

bool DictionaryEntry::ok() const {
  if (!problem.empty()) return false;
  for (const DictionaryCode& c : codes) {
    if (!c.problem.empty()) return false;
  }
  return true;
}

size_t Dictionary::phrase_count() const {
  size_t n = 0;
  for (const DictionaryEntry& e : entries) n += e.phrases.size();
  return n;
}

size_t Dictionary::code_count() const {
  size_t n = 0;
  for (const DictionaryEntry& e : entries) n += e.codes.size();
  return n;
}

}  // namespace diplograph
