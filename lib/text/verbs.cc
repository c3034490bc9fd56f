#include "text/verbs.h"

#include <optional>
#include <string_view>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/string_view.h"
#include "text/word_filter.h"

namespace diplograph::text_internal {
namespace {

// The lexicon's read forms behind a filter on their length and first and
// last bytes, which rejects most words before the hash lookup.
struct Index {
  const Lexicon* lexicon = nullptr;
  std::optional<WordFilter> filter;
};

const Index& TheIndex() {
  static const Index* const index = [] {
    auto* idx = new Index;
    idx->lexicon = &Lexicon::Default();
    std::vector<absl::string_view> words;
    for (const auto& [form, hit] : idx->lexicon->read_forms()) {
      words.push_back(form);
    }
    idx->filter.emplace(words);
    return idx;
  }();
  return *index;
}

}  // namespace

VerbHit FindReportingVerb(absl::string_view word) {
  if (word.size() > 16 || word.size() < 3) return {};
  const Index& idx = TheIndex();
  if (!idx.filter->MayContain(
          word.size(),
          absl::ascii_tolower(static_cast<unsigned char>(word.front())),
          absl::ascii_tolower(static_cast<unsigned char>(word.back())))) {
    return {};
  }
  char lower[16];
  for (size_t i = 0; i < word.size(); ++i) {
    lower[i] = absl::ascii_tolower(static_cast<unsigned char>(word[i]));
  }
  return idx.lexicon->FindReadForm(std::string_view(lower, word.size()));
}

}  // namespace diplograph::text_internal
