// The matchers of the lexicons (lexicon.h): relationship phrases through
// the phrase trie, and speech verbs as verb groups ("has strongly
// condemned", "did not rule out").

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "diplograph/cameo.h"
#include "text/lexicon.h"
#include "text/lexicon_util.h"
#include "util/status_macros.h"

namespace diplograph::text_internal {

using lexicon_util::AbslView;
using lexicon_util::AsciiLower;
using lexicon_util::Cat;
using lexicon_util::EndsWith;
using lexicon_util::IsAdverb;
using lexicon_util::IsAuxiliary;
using lexicon_util::IsBeAuxiliary;
using lexicon_util::IsDeterminer;
using lexicon_util::IsHyphen;
using lexicon_util::IsNegation;
using lexicon_util::OpensSentence;
using lexicon_util::SameWordOrPlural;
using lexicon_util::SingularView;

int32_t Lexicon::PhraseWordId(std::string_view singular_key) const {
  if (!phrase_words_.MayContain(AbslView(singular_key))) return -1;
  auto it = phrase_vocabulary_.find(AbslView(singular_key));
  return it == phrase_vocabulary_.end() ? -1 : it->second;
}

int32_t Lexicon::PhraseWordIdOfWord(std::string_view lower_word) const {
  char buffer[64];
  return PhraseWordId(SingularView(lower_word, buffer));
}

int Lexicon::LongestPhraseAt(absl::Span<const int32_t> ids,
                             absl::Span<const bool> joined, size_t i,
                             const RelationshipPhrase** phrase) const {
  int32_t node = 0;
  int best = 0;
  for (size_t k = i; k < ids.size(); ++k) {
    if (ids[k] < 0) break;
    if (k > i && !joined[k]) break;
    const uint64_t edge =
        (static_cast<uint64_t>(node) << 32) | static_cast<uint32_t>(ids[k]);
    auto it = phrase_edges_.find(edge);
    if (it == phrase_edges_.end()) break;
    node = it->second;
    if (phrase_at_node_[node] != nullptr) {
      best = static_cast<int>(k - i + 1);
      *phrase = phrase_at_node_[node];
    }
  }
  return best;
}

std::vector<PhraseMatch> Lexicon::FindPhrases(std::string_view text,
                                              uint32_t begin,
                                              uint32_t end) const {
  std::vector<PhraseMatch> matches;
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  std::vector<Word> words;
  std::vector<int32_t> ids;
  std::vector<size_t> index;  // word position -> index in `words`
  std::unique_ptr<bool[]> joined;
  size_t joined_capacity = 0;
  for (uint32_t start = begin; start < end;) {
    const uint32_t stop = WindowEnd(text, start, end, kMatchWindowBytes);
    words.clear();
    ids.clear();
    index.clear();
    AppendWords(text, start, stop, &words);
    start = stop;
    if (words.size() + 1 > joined_capacity) {
      joined_capacity = words.size() + 1;
      joined.reset(new bool[joined_capacity]);
    }
    bool pending_hyphen = false;
    bool broken = true;
    for (size_t k = 0; k < words.size(); ++k) {
      const Word& w = words[k];
      if (!w.is_word()) {
        if (IsHyphen(w) && !pending_hyphen) {
          pending_hyphen = true;
        } else {
          broken = true;
        }
        continue;
      }
      // A possessive word ends a phrase: "China's partnership" is two
      // pieces.
      const bool prev_possessive =
          !index.empty() && words[index.back()].possessive;
      joined[ids.size()] = !broken && !prev_possessive;
      ids.push_back(PhraseWordIdOfWord(w.lower));
      index.push_back(k);
      pending_hyphen = false;
      broken = false;
    }
    const absl::Span<const bool> joined_span(joined.get(), ids.size());
    for (size_t i = 0; i < ids.size();) {
      if (ids[i] < 0) {
        ++i;
        continue;
      }
      const RelationshipPhrase* phrase = nullptr;
      const int n = LongestPhraseAt(ids, joined_span, i, &phrase);
      if (n == 0) {
        ++i;
        continue;
      }
      matches.push_back(PhraseMatch{words[index[i]].begin,
                                    words[index[i + n - 1]].end, phrase});
      i += n;
    }
  }
  return matches;
}

namespace {

// Whether words[i], words[i + 1], ... begin with one of the `next` entries
// of `verb` (one word, or several separated by spaces: "the issue").
bool FollowsAsNext(const SpeechVerb& verb, const std::vector<Word>& words,
                   size_t i) {
  for (const std::string& n : verb.next) {
    size_t k = i;
    size_t start = 0;
    bool ok = true;
    while (ok && start <= n.size()) {
      size_t end = n.find(' ', start);
      if (end == std::string::npos) end = n.size();
      ok = k < words.size() && words[k].is_word() &&
           words[k].lower == std::string_view(n).substr(start, end - start);
      ++k;
      start = end + 1;
    }
    if (ok) return true;
  }
  return false;
}

}  // namespace

int Lexicon::LongestVerbAt(const std::vector<Word>& words, size_t i,
                           const SpeechVerb** verb, bool* past) const {
  auto it = verb_forms_.find(AbslView(words[i].lower));
  if (it == verb_forms_.end()) return 0;
  int best = 0;
  for (const VerbPattern& p : it->second) {
    if (i + p.rest.size() >= words.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < p.rest.size(); ++k) {
      const Word& w = words[i + 1 + k];
      if (!w.is_word() || !SameWordOrPlural(w.lower, p.rest[k])) {
        ok = false;
        break;
      }
    }
    // "called" only before "on" or "for" (SpeechVerb::next).
    if (ok && !p.verb->next.empty()) {
      const size_t after = i + 1 + p.rest.size();
      ok = FollowsAsNext(*p.verb, words, after);
    }
    if (ok && static_cast<int>(p.rest.size()) + 1 > best) {
      best = static_cast<int>(p.rest.size()) + 1;
      *verb = p.verb;
      *past = p.past;
    }
  }
  return best;
}

std::vector<VerbMatch> Lexicon::FindSpeechVerbs(std::string_view text,
                                                uint32_t begin,
                                                uint32_t end) const {
  std::vector<VerbMatch> matches;
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  std::vector<Word> words;
  for (uint32_t start = begin; start < end;) {
    const uint32_t stop = WindowEnd(text, start, end, kMatchWindowBytes);
    words.clear();
    AppendWords(text, start, stop, &words);
    start = stop;
    FindVerbsInWords(words, &matches);
  }
  return matches;
}

void Lexicon::FindVerbsInWords(const std::vector<Word>& words,
                               std::vector<VerbMatch>* out) const {
  std::vector<VerbMatch>& matches = *out;
  for (size_t i = 0; i < words.size();) {
    const Word& w = words[i];
    const SpeechVerb* verb = nullptr;
    bool past_form = false;
    const int n = w.is_word() ? LongestVerbAt(words, i, &verb, &past_form) : 0;
    if (n == 0) {
      ++i;
      continue;
    }
    // A noun, not a verb: after a determiner or a possessive, or capitalised
    // inside a sentence.
    if (i > 0) {
      const Word& prev = words[i - 1];
      if ((prev.is_word() && (IsDeterminer(prev.lower) || prev.possessive)) ||
          (w.capitalized && !OpensSentence(prev))) {
        ++i;
        continue;
      }
    }
    VerbMatch m;
    m.verb = verb;
    m.verb_begin = w.begin;
    m.verb_end = w.end;
    m.begin = w.begin;
    m.end = words[i + n - 1].end;
    // The auxiliaries, negation and adverbs before the verb.
    std::string_view nearest_aux;
    for (size_t j = i, steps = 0; j > 0 && steps < 6; ++steps) {
      const Word& p = words[j - 1];
      if (!p.is_word()) break;
      const bool negation = IsNegation(p.lower);
      const bool aux = IsAuxiliary(p.lower);
      if (!negation && !aux && !IsAdverb(p.lower)) break;
      if (negation || aux) m.begin = p.begin;
      if (negation) m.negated = true;
      if (aux && nearest_aux.empty()) nearest_aux = p.lower;
      --j;
    }
    m.passive = past_form && IsBeAuxiliary(nearest_aux);
    size_t next = i + n;
    if (m.passive && verb->quoted_as_saying && next + 1 < words.size() &&
        words[next].lower == "as" && words[next + 1].is_word() &&
        (words[next + 1].lower == "saying" ||
         words[next + 1].lower == "telling" ||
         words[next + 1].lower == "stating" ||
         words[next + 1].lower == "writing")) {
      m.end = words[next + 1].end;
      next += 2;
    }
    matches.push_back(m);
    i = next;
  }
}

const SpeechVerb* Lexicon::FindVerb(std::string_view word) const {
  const std::vector<Word> words =
      SplitWords(word, 0, static_cast<uint32_t>(word.size()));
  if (words.empty() || !words[0].is_word()) return nullptr;
  auto it = verb_forms_.find(AbslView(words[0].lower));
  if (it == verb_forms_.end()) return nullptr;
  const SpeechVerb* fallback = nullptr;
  for (const VerbPattern& p : it->second) {
    // A verb with `next` words is asked for with one of them ("called for").
    const bool extra = !p.verb->next.empty();
    if (extra ? p.rest.size() + 1 >= words.size()
              : p.rest.size() + 1 != words.size()) {
      continue;
    }
    bool ok = true;
    for (size_t k = 0; k < p.rest.size(); ++k) {
      if (!words[k + 1].is_word() ||
          !SameWordOrPlural(words[k + 1].lower, p.rest[k])) {
        ok = false;
        break;
      }
    }
    if (ok && extra) {
      ok = FollowsAsNext(*p.verb, words, p.rest.size() + 1);
      // A fixed phrase of the same words ("call on") comes first.
      if (ok && fallback == nullptr) fallback = p.verb;
      continue;
    }
    if (ok) return p.verb;
  }
  return fallback;
}

VerbHit Lexicon::FindReadForm(std::string_view lower_word) const {
  auto it = read_forms_.find(AbslView(lower_word));
  return it == read_forms_.end() ? VerbHit{} : it->second;
}

}  // namespace diplograph::text_internal
