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
//
// Cyrillic: in a text with a letter that Ukrainian has and Russian lacks
// (і ї є ґ), Cyrillic goes through `Ukrainian-Latin/BGN` instead
// (Володимир Зеленський -> volodymyr zelenskyy); the primes BGN writes for the
// soft and hard signs are dropped (Ильич -> ilich).

#ifndef DIPLOGRAPH_LIB_REGISTRY_FOLD_H_
#define DIPLOGRAPH_LIB_REGISTRY_FOLD_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace diplograph::internal {

struct Token {
  uint32_t folded_begin = 0;  // the folded text: TokenList::Folded
  uint32_t folded_size = 0;
  uint32_t begin = 0;  // byte span of the source characters
  uint32_t end = 0;
  bool capitalized = false;     // its first letter is upper case
  bool all_caps = false;        // two or more letters, none lower case
  bool break_before = false;    // punctuation that ends a phrase before it
  bool sentence_start = false;  // first of the text, or after . ! ? : or a
                                // line break or an opening quote
};

// The tokens of a text; their folded forms share one buffer (a few bytes
// per token, no allocation per token).
struct TokenList {
  std::vector<Token> tokens;
  std::string folded;

  absl::string_view Folded(const Token& t) const {
    return absl::string_view(folded.data() + t.folded_begin, t.folded_size);
  }
  absl::string_view Folded(size_t i) const { return Folded(tokens[i]); }
  size_t size() const { return tokens.size(); }
};

// OK when ICU's transforms (Russian-Latin/BGN, Ukrainian-Latin/BGN and the
// folding chain) could be created; else Internal naming the one missing
// (folding then falls back to ICU's case folding without transliteration).
absl::Status FoldingStatus();

// Which BGN transform Cyrillic takes, decided once per text (see above)
// when its first non-ASCII word is folded. Tokenizing a text in parts with
// one ScriptContext over the whole text decides for the whole.
class ScriptContext {
 public:
  explicit ScriptContext(absl::string_view whole) : whole_(whole) {}
  bool Ukrainian();  // O(size of the whole text), once

 private:
  absl::string_view whole_;
  int ukrainian_ = -1;  // unknown
};

// Fills `out` (cleared first) with the tokens of `text`. Byte offsets are
// relative to `text`. `context` (may be null: `text` alone) is the text
// that decides the transliteration.
void Tokenize(absl::string_view text, TokenList& out,
              ScriptContext* context = nullptr);

// The folded tokens of `text` joined by single spaces, breaks ignored; a
// leading "the" is dropped when `drop_article`.
std::string FoldPhrase(absl::string_view text, bool drop_article = false);

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_REGISTRY_FOLD_H_
