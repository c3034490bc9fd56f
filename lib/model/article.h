// Private: the indefinite article for a noun in error messages ("a state",
// "an organization", "an evidence role").

#ifndef DIPLOGRAPH_LIB_MODEL_ARTICLE_H_
#define DIPLOGRAPH_LIB_MODEL_ARTICLE_H_

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"

namespace diplograph::internal {

// `noun` after "a" or "an", chosen by its first letter (a vowel takes "an").
// The library's nouns are plain English words without a silent "h" or a
// "u" sounded "you"; empty gives "a ". O(length of noun).
inline std::string WithArticle(absl::string_view noun) {
  const char first =
      noun.empty() ? '\0'
                   : absl::ascii_tolower(static_cast<unsigned char>(noun[0]));
  const bool vowel = first == 'a' || first == 'e' || first == 'i' ||
                     first == 'o' || first == 'u';
  return absl::StrCat(vowel ? "an " : "a ", noun);
}

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_MODEL_ARTICLE_H_
