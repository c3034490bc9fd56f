// Modality and role cues for the relationship clauses (relations_items.h):
// the cue bits of each word and, in one pass, the latest cue of each kind
// before each item.

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "text/relations_items.h"

namespace diplograph::text_internal::relations {

absl::string_view AbslView(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}

uint32_t CueBits(const Word& w) {
  if (!w.is_word()) {
    uint32_t bits = 0;
    if (IsSentenceBreak(w)) bits |= kSentenceBreakBit;
    if (IsClauseBreak(w)) bits |= kClauseBreakBit;
    if (IsComma(w)) bits |= kCommaBit;
    if (IsHyphenWord(w)) bits |= kHyphenBit;
    return bits;
  }
  if (w.lower.size() > 12) return 0;
  static const absl::flat_hash_map<std::string, uint32_t>* const kWords = [] {
    auto* map = new absl::flat_hash_map<std::string, uint32_t>{
        {"not", kNegationBit},
        {"never", kNegationBit},
        {"no", kNegationBit},
        {"neither", kNegationBit},
        {"nor", kNegationBit},
        {"without", kNegationBit},
        {"would", kWouldBit},
        {"could", kHypotheticalBit},
        {"might", kHypotheticalBit},
        {"'d", kHypotheticalBit},
        {"may", kMayBit},
        {"if", kConditionBit},
        {"unless", kConditionBit},
        {"whether", kConditionBit},
        {"will", kFutureBit},
        {"shall", kFutureBit},
        {"going", kGoingBit},
        {"to", kToBit},
        {"should", kShouldBit},
        {"ought", kShouldBit},
        {"must", kShouldBit},
        {"instead", kInsteadBit},
        {"of", kOfBit},
        {"rather", kRatherBit},
        {"than", kThanBit},
        {"so", kSoBit},
        {"called", kCalledBit},
        {"but", kClauseBreakBit},
        {"while", kClauseBreakBit},
        {"whereas", kClauseBreakBit},
        {"although", kClauseBreakBit},
        {"though", kClauseBreakBit},
        {"because", kClauseBreakBit},
        {"which", kClauseBreakBit},
        {"who", kClauseBreakBit},
        {"whom", kClauseBreakBit},
        {"whose", kClauseBreakBit},
        {"when", kClauseBreakBit},
        {"unlike", kClauseBreakBit},
        {"where", kClauseBreakBit},
        {"however", kClauseBreakBit},
        {"yet", kClauseBreakBit},
        {"have", kHaveBit},
    };
    // Verbs that end or refuse a relationship: "urged X to stop its military
    // ties with Y", "severed diplomatic relations".
    for (const char* form :

         {"stop",      "stops",      "stopped",     "stopping",
          "end",       "ends",       "ended",       "ending",
          "cut",       "cuts",       "cutting",     "sever",
          "severs",    "severed",    "severing",    "break",
          "breaks",    "broke",      "broken",      "breaking",
          "halt",      "halts",      "halted",      "halting",
          "cease",     "ceases",     "ceased",      "ceasing",
          "suspend",   "suspends",   "suspended",   "suspending",
          "downgrade", "downgrades", "downgraded",  "downgrading",
          "terminate", "terminates", "terminated",  "terminating",
          "abandon",   "abandons",   "abandoned",   "abandoning",
          "scrap",     "scraps",     "scrapped",    "scrapping",
          "quit",      "quits",      "quitting",    "leave",
          "leaves",    "leaving",    "exit",        "exits",
          "exited",    "exiting",    "withdraw",    "withdraws",
          "withdrew",  "withdrawn",  "withdrawing", "lift",
          "lifts",     "lifted",     "lifting"}) {
      (*map)[form] |= kEndingBit;
    }
    return map;
  }();
  auto it = kWords->find(AbslView(w.lower));
  return it == kWords->end() ? 0 : it->second;
}

std::vector<CueRow> FindCues(const Items& it, const Lexicon& lexicon) {
  const size_t n = it.words.size();
  std::vector<CueRow> rows(n + 1);
  CueRow c;
  for (size_t i = 0; i < n; ++i) {
    rows[i] = c;
    if (IsActor(it, i)) continue;
    const uint32_t bits = it.bits[i];
    const uint32_t here = static_cast<uint32_t>(i + 1);
    if (bits & kSentenceBreakBit) c.sentence_start = here;
    if (bits & (kClauseBreakBit | kCommaBit)) c.clause_start = here;
    const Word& w = it.words[i];
    if (!w.is_word()) continue;
    const uint32_t next = i + 1 < n ? it.bits[i + 1] : 0;
    const uint32_t prev = i > 0 ? it.bits[i - 1] : 0;
    if (bits & kNegationBit) c.negation = here;
    if (bits & kEndingBit) c.ending = here;
    if ((bits & (kWouldBit | kHypotheticalBit)) && (next & kHaveBit)) {
      c.counterfactual = here;
    } else if (bits & kWouldBit) {
      c.would = here;
    }
    if ((bits & kHypotheticalBit) || ((bits & kMayBit) && !w.capitalized)) {
      c.hypothetical = here;
    }
    if (bits & kConditionBit) c.condition = here;
    if ((bits & kFutureBit) || ((bits & kGoingBit) && (next & kToBit))) {
      c.future = here;
    }
    if (bits & kShouldBit) c.should = here;
    if (((bits & kOfBit) && (prev & kInsteadBit)) ||
        ((bits & kThanBit) && (prev & kRatherBit))) {
      c.instead = here;
    }
    if (bits & kSoBit) {
      // "so-called", "so called": the next word contests.
      if (i + 2 < n && (next & kHyphenBit) && (it.bits[i + 2] & kCalledBit)) {
        c.rejection = static_cast<uint32_t>(i + 3);
      } else if (next & kCalledBit) {
        c.rejection = static_cast<uint32_t>(i + 2);
      }
    }
    const SpeechVerb* verb = nullptr;
    bool past = false;
    if (lexicon.LongestVerbAt(it.words, i, &verb, &past) > 0) {
      const std::string_view code = verb->event_type.code;
      if (code.substr(0, 2) == "12" || code == "016") c.rejection = here;
      if (code.substr(0, 2) == "02") c.appeal = here;
      if (verb->reports_speech) c.reported = here;
    }
  }
  rows[n] = c;
  bool condition = false;
  for (size_t i = n; i > 0; --i) {
    rows[i - 1].condition_after = condition;
    if (it.bits[i - 1] & kSentenceBreakBit) condition = false;
    if (!IsActor(it, i - 1) && (it.bits[i - 1] & kConditionBit) &&
        it.words[i - 1].lower != "whether") {
      condition = true;
    }
  }
  return rows;
}

}  // namespace diplograph::text_internal::relations
