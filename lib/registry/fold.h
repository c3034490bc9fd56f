// Folding and tokenizing names and running text for matching (resolve.h
// documents the rules; docs/registry.md explains them).
//
// A token is a maximal run of letters, digits and combining marks; every
// other character separates tokens. Each token is folded: ASCII letters to
// lower case; a token with other characters goes through ICU -- Cyrillic
// letters first through the `Russian-Latin/BGN` transform, then canonical
// decomposition, removal of non-spacing marks, `Latin-ASCII` (ø -> o,
// ß -> ss, ł -> l), lower case and NFC. Initialisms written with periods
// ("U.S.", "D.C.") fold into one token ("us", "dc").
//
// Cost: O(bytes) for ASCII text; a token with other characters costs an ICU
// transform of that token.

#ifndef DIPLOGRAPH_LIB_REGISTRY_FOLD_H_
#define DIPLOGRAPH_LIB_REGISTRY_FOLD_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace diplograph::internal {

struct Token {
  std::string folded;
  uint32_t begin = 0;  // byte span of the source characters
  uint32_t end = 0;
  bool capitalized = false;     // its first letter is upper case
  bool all_caps = false;        // two or more letters, none lower case
  bool break_before = false;    // punctuation that ends a phrase before it
  bool sentence_start = false;  // first of the text, or after . ! ? : or a
                                // line break or an opening quote
};

// Appends the tokens of `text` to `out` (cleared first). `ascii_letters`
// counts the bytes scanned (for work accounting; may be null).
void Tokenize(absl::string_view text, std::vector<Token>& out);

// The folded tokens of `text` joined by single spaces, breaks ignored; a
// leading "the" is dropped when `drop_article`.
std::string FoldPhrase(absl::string_view text, bool drop_article = false);

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_REGISTRY_FOLD_H_
