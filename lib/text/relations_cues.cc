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
#include "text/word_filter.h"

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
  static const WordFilter* const kFilter = [] {
    auto* filter = new WordFilter();
    for (const auto& [word, bits] : *kWords) filter->Add(word);
    return filter;
  }();
  if (!kFilter->MayContain(AbslView(w.lower))) return 0;
  auto it = kWords->find(AbslView(w.lower));
  return it == kWords->end() ? 0 : it->second;
}

namespace {

// The comma at item i separates the conjuncts of a serial list of actors
// ("A, B and C", "A, B, and C", "A, B, C and D"): it starts no clause. Not
// after "X and A" ("Brazil and Chile, Peru and Bolivia" is two groups).
bool IsListComma(const Items& it, size_t i) {
  const size_t n = it.words.size();
  if (i == 0 || !IsActor(it, i - 1)) return false;
  // "A and B, C and D": two groups; a list has its "and" at the end only.
  if (i >= 2 && IsWordItem(it, i - 2, "and")) return false;
  // "On the visit of X's Prime Minister Y, A and B are ...": a conjunct
  // that is the object of a preposition (or a possessive's noun) ends an
  // introductory phrase, not a list.
  {
    size_t s = i - 1;
    for (int k = 0; s > 0 && k < kMaxConjunctItems && InConjunct(it, s - 1);
         ++k) {
      --s;
      if (it.words[s].possessive) return false;
    }
    if (s > 0 && IsLowerWord(it, s - 1) &&
        In(it.words[s - 1].lower,
           {"of",    "about",   "to",     "with",    "from",   "by",     "for",
            "in",    "on",      "at",     "after",   "before", "during", "over",
            "under", "against", "toward", "towards", "into",   "than"})) {
      return false;
    }
  }
  // The serial comma: ", and" closing "A, B, and C".
  if (i + 2 < n && IsWordItem(it, i + 1, "and") && IsActor(it, i + 2) &&
      i >= 3 && IsComma(it.words[i - 2]) && IsActor(it, i - 3)) {
    return true;
  }
  size_t j = i + 1;
  for (int conjuncts = 0; conjuncts < kMaxConjuncts; ++conjuncts) {
    if (j >= n || !IsActor(it, j)) return false;
    if (j + 2 < n && IsWordItem(it, j + 1, "and") && IsActor(it, j + 2)) {
      return true;
    }
    if (j + 1 >= n || !IsComma(it.words[j + 1])) return false;
    if (j + 3 < n && IsWordItem(it, j + 2, "and") && IsActor(it, j + 3)) {
      return true;
    }
    j += 2;
  }
  return false;
}

}  // namespace

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
    if ((bits & kClauseBreakBit) ||
        ((bits & kCommaBit) && !IsListComma(it, i))) {
      c.clause_start = here;
    }
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
