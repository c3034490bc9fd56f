// A statement's stance toward each actor it names, from its evaluative
// words (docs/text.md, "Stance"): words of partnership and approval
// ("partners", "cooperation", "welcome", "trust", "friendly") are
// cooperative, words of hostility and blame ("containment", "sanctions",
// "provocations", "condemn", "unacceptable") conflictual. Each mention of
// an actor in the words takes the nearest such word of its sentence
// (within kReach bytes, not across ".", ";", "?", "!", and not after "not"
// / "no" / "never"); an actor takes the sign of the sum over its mentions,
// an actor the words do not name the sign of all the words' cues. The
// verb's own stance ("praised", "accused", Emit) comes first.

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "text/reader.h"

namespace diplograph {
namespace text_internal {
namespace {

constexpr uint32_t kReach = 120;       // bytes between a mention and a cue
constexpr uint32_t kMaxWords = 16384;  // bytes of words read for cues

struct Stem {
  absl::string_view prefix;
  int polarity;  // +1 cooperative, -1 conflictual
  bool whole;    // the word itself, not a prefix of it
};

// Lower-case stems; a word matches the first stem that begins it (or
// equals it, for `whole` ones).
constexpr Stem kStems[] = {
    // Partnership, approval, good will.
    {"partner", +1, false},
    {"cooperat", +1, false},
    {"co-operat", +1, false},
    {"collaborat", +1, false},
    {"friend", +1, false},
    {"trust", +1, false},
    {"welcom", +1, false},
    {"prais", +1, false},
    {"congratulat", +1, false},
    {"appreciat", +1, false},
    {"support", +1, false},
    {"constructive", +1, false},
    {"positive", +1, false},
    {"beneficial", +1, false},
    {"win-win", +1, false},
    {"dialogue", +1, false},
    {"willing", +1, false},
    {"ally", +1, true},
    {"allies", +1, true},
    {"alliance", +1, false},
    {"ties", +1, true},
    {"solidarity", +1, false},
    {"thank", +1, false},
    {"reaffirm", +1, false},
    {"strengthen", +1, false},
    {"deepen", +1, false},
    {"productive", +1, false},
    {"good", +1, true},
    {"grateful", +1, false},
    {"gratitude", +1, false},
    {"commend", +1, false},
    {"laud", +1, false},
    {"brotherly", +1, false},
    {"neighbourly", +1, false},
    {"neighborly", +1, false},
    {"invit", +1, false},
    // Hostility, blame, pressure.
    {"containment", -1, false},
    {"deterrence", -1, false},
    {"sanction", -1, false},
    {"threat", -1, false},
    {"provocat", -1, false},
    {"provok", -1, false},
    {"aggress", -1, false},
    {"hostil", -1, false},
    {"interfer", -1, false},
    {"violat", -1, false},
    {"condemn", -1, false},
    {"accus", -1, false},
    {"critici", -1, false},
    {"denounc", -1, false},
    {"unacceptabl", -1, false},
    {"suppress", -1, false},
    {"confrontation", -1, false},
    {"hegemon", -1, false},
    {"bully", -1, false},
    {"bullie", -1, false},
    {"coerc", -1, false},
    {"illegal", -1, false},
    {"irresponsib", -1, false},
    {"undermin", -1, false},
    {"destabili", -1, false},
    {"escalat", -1, false},
    {"regrettabl", -1, false},
    {"protest", -1, false},
    {"oppose", -1, true},
    {"opposes", -1, true},
    {"reject", -1, false},
    {"adversar", -1, false},
    {"enem", -1, false},
    {"rival", -1, false},
    {"attack", -1, false},
    {"invasion", -1, false},
    {"blame", -1, false},
    {"smear", -1, false},
    {"slander", -1, false},
    {"groundless", -1, false},
    {"warn", -1, false},
    {"pressure", -1, false},
    {"intimidat", -1, false},
    {"dangerous", -1, false},
    {"concern", -1, false},
    {"regret", -1, false},
    {"deplor", -1, false},
    {"baseless", -1, false},
    {"absurd", -1, false},
    {"terroris", -1, false},
    {"unilateral", -1, false},
    {"detain", -1, false},
    {"detention", -1, false},
    {"arrest", -1, false},
    {"unfriendly", -1, false},
    {"retaliat", -1, false},
    {"countermeasure", -1, false},
    {"blockade", -1, false},
    {"occupation", -1, false},
    {"opposed", -1, true},
};

// kStems by their first letter, so that a word is tried only against the
// stems that begin as it does.
struct StemIndex {
  std::array<std::vector<const Stem*>, 26> by_letter;
  StemIndex() {
    for (const Stem& s : kStems) by_letter[s.prefix[0] - 'a'].push_back(&s);
  }
};

int StemPolarity(absl::string_view w) {
  if (w.size() < 3 || w[0] < 'a' || w[0] > 'z') return 0;
  static const StemIndex* const index = new StemIndex;
  for (const Stem* s : index->by_letter[w[0] - 'a']) {
    if (s->whole ? w == s->prefix : absl::StartsWith(w, s->prefix)) {
      return s->polarity;
    }
  }
  return 0;
}

bool IsNegator(absl::string_view w) {
  return w == "not" || w == "no" || w == "never" || w == "nor" ||
         w == "without" || w == "n't" || absl::EndsWith(w, "n't") ||
         absl::EndsWith(w, "n\xE2\x80\x99t");
}

struct Cue {
  uint32_t begin = 0, end = 0;
  int polarity = 0;
};

Polarity Sign(int sum) {
  return sum > 0   ? Polarity::kCooperative
         : sum < 0 ? Polarity::kConflictual
                   : Polarity::kNeutral;
}

}  // namespace

void Reader::StanceFromWords(ExtractedStatement& s) const {
  if (std::none_of(s.targets.begin(), s.targets.end(),
                   [](const ExtractedTarget& t) {
                     return t.stance == Polarity::kNeutral;
                   })) {
    return;  // every target has the verb's stance
  }
  const uint32_t b = s.text_span.begin;
  const uint32_t e = std::min(s.text_span.end, b + kMaxWords);
  if (e <= b) return;
  // The cues of the words, in text order.
  std::vector<Cue> cues;
  {
    auto it = body_tokens_.begin() + BodyTokenAt(b);
    int since_negator = 99;
    for (; it != body_tokens_.end() && it->end <= e; ++it) {
      if (!it->word) {
        // A negation reaches to the end of its clause at most.
        if (text_[it->begin] == ',' || text_[it->begin] == '.') {
          since_negator = 99;
        }
        continue;
      }
      const absl::string_view w = LowerSlice(it->begin, it->end);
      ++since_negator;
      if (IsNegator(w)) {
        since_negator = 0;
        continue;
      }
      const int p = StemPolarity(w);
      if (p != 0 && since_negator > 3) cues.push_back({it->begin, it->end, p});
    }
  }
  if (cues.empty()) return;
  int all = 0;
  for (const Cue& c : cues) all += c.polarity;
  // The nearest cue of a mention's sentence, or 0.
  const auto nearest = [&](uint32_t mb, uint32_t me) {
    auto after =
        std::lower_bound(cues.begin(), cues.end(), me,
                         [](const Cue& c, uint32_t o) { return c.begin < o; });
    const Cue* best = nullptr;
    uint32_t best_gap = kReach + 1;
    if (after != cues.end() && after->begin - me <= kReach &&
        Slice(text_, me, after->begin).find_first_of(".;?!") ==
            absl::string_view::npos) {
      best = &*after;
      best_gap = after->begin - me;
    }
    if (after != cues.begin()) {
      const Cue& before = *(after - 1);
      if (before.end <= mb && mb - before.end < best_gap &&
          Slice(text_, before.end, mb).find_first_of(".;?!") ==
              absl::string_view::npos) {
        best = &before;
      }
    }
    return best != nullptr ? best->polarity : 0;
  };
  // Per target: the sum over its mentions in the words, and whether it
  // has any; one pass over the mentions.
  absl::flat_hash_map<int, size_t> target_of;
  for (size_t i = 0; i < s.targets.size(); ++i) {
    target_of.emplace(s.targets[i].actor, i);
  }
  std::vector<int> sum(s.targets.size(), 0);
  std::vector<char> named(s.targets.size(), 0);
  for (auto m = MentionsFrom(b); m != mentions_.end() && m->end <= e; ++m) {
    const auto found = target_of.find(m->actor);
    if (found == target_of.end()) continue;
    named[found->second] = 1;
    sum[found->second] += nearest(m->begin, m->end);
  }
  for (size_t i = 0; i < s.targets.size(); ++i) {
    ExtractedTarget& t = s.targets[i];
    if (t.stance != Polarity::kNeutral) continue;  // the verb's
    t.stance = Sign(named[i] ? sum[i] : all);
  }
}

}  // namespace text_internal
}  // namespace diplograph
