#include "text/verbs.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/string_view.h"
#include "text/word_filter.h"

namespace diplograph::text_internal {
namespace {

constexpr size_t kMaxWord = 16;

// The lexicon's read forms behind a filter on their length and first and
// last bytes, and on their second byte by length, which rejects most words
// before the hash lookup.
struct Index {
  const absl::flat_hash_map<std::string, VerbHit>* forms = nullptr;
  std::optional<WordFilter> filter;
  uint64_t second[kMaxWord + 1] = {};  // bits of (byte & 63) by length
};

const Index& TheIndex() {
  static const Index* const index = [] {
    auto* idx = new Index;
    idx->forms = &Lexicon::Default().read_forms();
    std::vector<absl::string_view> words;
    for (const auto& [form, hit] : *idx->forms) {
      words.push_back(form);
      if (form.size() >= 2 && form.size() <= kMaxWord) {
        idx->second[form.size()] |=
            uint64_t{1} << (static_cast<unsigned char>(form[1]) & 63);
      }
    }
    idx->filter.emplace(words);
    return idx;
  }();
  return *index;
}

}  // namespace

VerbHit FindReportingVerb(absl::string_view word) {
  if (word.size() > kMaxWord || word.size() < 3) return {};
  const Index& idx = TheIndex();
  if (!idx.filter->MayContain(
          word.size(),
          absl::ascii_tolower(static_cast<unsigned char>(word.front())),
          absl::ascii_tolower(static_cast<unsigned char>(word.back())))) {
    return {};
  }
  const unsigned char second =
      absl::ascii_tolower(static_cast<unsigned char>(word[1]));
  if ((idx.second[word.size()] & (uint64_t{1} << (second & 63))) == 0) {
    return {};
  }
  char lower[kMaxWord];
  for (size_t i = 0; i < word.size(); ++i) {
    lower[i] = absl::ascii_tolower(static_cast<unsigned char>(word[i]));
  }
  auto it = idx.forms->find(absl::string_view(lower, word.size()));
  return it == idx.forms->end() ? VerbHit{} : it->second;
}

}  // namespace diplograph::text_internal
