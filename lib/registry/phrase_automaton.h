// A word-level Aho-Corasick automaton over phrases, built over the phrases
// reversed and run from the end of a text to its start, so that one pass
// gives the longest phrase starting at every word: the state after reading
// words n-1 ... i is the longest suffix of that reversed stream that is a
// prefix of a reversed phrase, and the longest phrase on its failure chain
// is the longest phrase beginning at word i. Each word costs one goto plus
// failure steps that are paid for by earlier gotos: O(words) in all.

#ifndef DIPLOGRAPH_LIB_REGISTRY_PHRASE_AUTOMATON_H_
#define DIPLOGRAPH_LIB_REGISTRY_PHRASE_AUTOMATON_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace diplograph::internal {

class PhraseAutomaton {
 public:
  static constexpr uint32_t kNone = 0xFFFFFFFFu;

  struct Longest {
    uint32_t length = 0;       // in words; 0 when no phrase starts here
    uint32_t payload = kNone;  // the phrase's payload
  };

  PhraseAutomaton();

  // The id of a word, added when new. Ids start at 1; 0 is "no such word".
  uint32_t AddWord(absl::string_view word);
  // The id of a word, or 0.
  uint32_t WordId(absl::string_view word) const;

  // Adds a phrase (non-empty, no 0 ids) with its payload. A phrase added
  // again keeps its first payload, which is returned.
  uint32_t AddPhrase(absl::Span<const uint32_t> words, uint32_t payload);

  // Computes the failure links. REQUIRES: called once, after the last
  // AddPhrase and before Run.
  void Build();

  // out[i] = the longest phrase starting at words[i] that does not cross a
  // break (breaks[i]: no phrase holds both word i-1 and word i). Adds its
  // automaton steps to *steps.
  void Run(absl::Span<const uint32_t> words, const std::vector<bool>& breaks,
           std::vector<Longest>& out, uint64_t* steps) const;

  size_t phrase_count() const { return phrases_; }

 private:
  struct Node {
    uint32_t fail = 0;
    uint32_t depth = 0;
    uint32_t payload = kNone;  // when a phrase ends here
    Longest best;              // longest phrase on the failure chain
  };

  uint32_t Child(uint32_t node, uint32_t word) const {
    auto it = edges_.find((static_cast<uint64_t>(node) << 32) | word);
    return it == edges_.end() ? kNone : it->second;
  }

  std::vector<Node> nodes_;
  absl::flat_hash_map<uint64_t, uint32_t> edges_;
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> children_;
  absl::flat_hash_map<std::string, uint32_t> words_;
  size_t phrases_ = 0;
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_REGISTRY_PHRASE_AUTOMATON_H_
