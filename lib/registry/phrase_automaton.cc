// The reversed word-level Aho-Corasick automaton; see phrase_automaton.h.

#include "registry/phrase_automaton.h"

#include <deque>

namespace diplograph::internal {

PhraseAutomaton::PhraseAutomaton() : nodes_(1), children_(1) {}

uint32_t PhraseAutomaton::AddWord(absl::string_view word) {
  auto [it, added] =
      words_.try_emplace(std::string(word), static_cast<uint32_t>(0));
  if (added) it->second = static_cast<uint32_t>(words_.size());
  return it->second;
}

uint32_t PhraseAutomaton::WordId(absl::string_view word) const {
  auto it = words_.find(word);
  return it == words_.end() ? 0 : it->second;
}

uint32_t PhraseAutomaton::AddPhrase(absl::Span<const uint32_t> words,
                                    uint32_t payload) {
  uint32_t node = 0;
  for (size_t k = words.size(); k-- > 0;) {  // reversed
    uint32_t next = Child(node, words[k]);
    if (next == kNone) {
      next = static_cast<uint32_t>(nodes_.size());
      Node fresh;
      fresh.depth = nodes_[node].depth + 1;
      nodes_.push_back(fresh);
      children_.emplace_back();
      children_[node].emplace_back(words[k], next);
      edges_.emplace((static_cast<uint64_t>(node) << 32) | words[k], next);
    }
    node = next;
  }
  if (nodes_[node].payload == kNone) {
    nodes_[node].payload = payload;
    ++phrases_;
  }
  return nodes_[node].payload;
}

void PhraseAutomaton::Build() {
  std::deque<uint32_t> queue;
  for (auto [word, child] : children_[0]) {
    nodes_[child].fail = 0;
    queue.push_back(child);
  }
  while (!queue.empty()) {
    const uint32_t u = queue.front();
    queue.pop_front();
    Node& n = nodes_[u];
    if (n.payload != kNone) {
      n.best = {.length = n.depth, .payload = n.payload};
    } else {
      n.best = nodes_[n.fail].best;  // shallower: already final
    }
    for (auto [word, child] : children_[u]) {
      uint32_t f = n.fail;
      uint32_t target = kNone;
      while (true) {
        target = Child(f, word);
        if (target != kNone || f == 0) break;
        f = nodes_[f].fail;
      }
      nodes_[child].fail = target == kNone ? 0 : target;
      queue.push_back(child);
    }
  }
  children_.clear();
  children_.shrink_to_fit();
}

void PhraseAutomaton::Run(absl::Span<const uint32_t> words,
                          const std::vector<bool>& breaks,
                          std::vector<Longest>& out, uint64_t* steps) const {
  out.assign(words.size(), Longest());
  uint32_t state = 0;
  uint64_t count = 0;
  for (size_t i = words.size(); i-- > 0;) {
    if (i + 1 < words.size() && breaks[i + 1]) state = 0;
    const uint32_t w = words[i];
    if (w == 0) {
      state = 0;
      ++count;
      continue;
    }
    while (true) {
      ++count;
      const uint32_t next = Child(state, w);
      if (next != kNone) {
        state = next;
        break;
      }
      if (state == 0) break;
      state = nodes_[state].fail;
    }
    out[i] = nodes_[state].best;
  }
  if (steps != nullptr) *steps += count;
}

}  // namespace diplograph::internal
