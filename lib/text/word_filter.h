// WordFilter: a quick test, before a hash lookup, of whether a word may be
// in a fixed set of words (the role nouns, the function words, the forms of
// the reporting verbs). The rules test most words of a text against such
// sets and most words are in none; the filter answers "no" for most of them
// from the word's length and its first and last bytes, without hashing.
//
//   static const auto* const words = new absl::flat_hash_set<std::string>{..};
//   static const WordFilter filter(*words);
//   return filter.MayContain(w) && words->contains(w);
//
// MayContain never answers false for a word of the set (no false
// negatives); it may answer true for a word outside it. Build it once from
// the finished set, or Add each word as it goes into the set: words added
// to the set and not to the filter are not seen.
//
// Thread safety: immutable after construction (and the last Add); MayContain
// may be called from any number of threads. Complexity: construction O(words),
// MayContain O(1). No errors.

#ifndef DIPLOGRAPH_LIB_TEXT_WORD_FILTER_H_
#define DIPLOGRAPH_LIB_TEXT_WORD_FILTER_H_

#include <cstddef>
#include <cstdint>

#include "absl/strings/string_view.h"

namespace diplograph {
namespace text_internal {

class WordFilter {
 public:
  // `words`: any range of values convertible to absl::string_view.
  template <typename Words>
  explicit WordFilter(const Words& words) {
    for (const auto& w : words) Add(absl::string_view(w));
  }
  // An empty filter, filled word by word with Add (a set built in steps).
  WordFilter() = default;

  bool MayContain(absl::string_view w) const {
    if (w.empty()) return any_empty_;
    return MayContain(w.size(), w.front(), w.back());
  }
  // The same for a non-empty word of `size` bytes that starts with `first`
  // and ends with `last` (to test a word before lower-casing all of it).
  bool MayContain(size_t size, char first, char last) const {
    if (size > kMaxSize) return any_longer_;
    return (first_[size] & Bit(first)) != 0 && (last_[size] & Bit(last)) != 0;
  }

  // Adds a word; call it for each word added to the set, before any
  // MayContain (not thread-safe while adding).
  void Add(absl::string_view w) {
    if (w.size() > kMaxSize) {
      any_longer_ = true;
    } else if (w.empty()) {
      any_empty_ = true;
    } else {
      first_[w.size()] |= Bit(w.front());
      last_[w.size()] |= Bit(w.back());
    }
  }

 private:
  static constexpr size_t kMaxSize = 31;

  // Bytes fold onto 64 bits; a collision only lets a word through.
  static uint64_t Bit(char c) {
    return uint64_t{1} << (static_cast<unsigned char>(c) & 63);
  }

  uint64_t first_[kMaxSize + 1] = {};
  uint64_t last_[kMaxSize + 1] = {};
  bool any_longer_ = false;
  bool any_empty_ = false;
};

}  // namespace text_internal
}  // namespace diplograph

#endif  // DIPLOGRAPH_LIB_TEXT_WORD_FILTER_H_
