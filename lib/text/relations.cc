// Relationship clauses: the ends, role and modality of each relationship
// phrase in a sentence (relations.h lists the constructions).
//
// The sentence becomes a sequence of items: the lexicon's words and
// punctuation, with each actor mention collapsed into one item. Every scan
// around a phrase looks at a bounded window of items (kWindow and friends),
// and the modality and role cues are found in one forward pass, so the cost
// is linear in the sentence whatever its phrases.

#include "text/relations.h"

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

namespace diplograph::text_internal {
namespace {

constexpr uint32_t kMaxSentenceBytes = 16 * 1024;
constexpr int kMaxConjuncts = 8;      // actors in one coordinated group
constexpr int kMaxConjunctItems = 8;  // items in one conjunct
constexpr int kSubjectWindow = 10;    // subject to phrase, in items
constexpr int kPronounWindow = 30;    // pronoun to its antecedent
constexpr int kNextGroupWindow = 12;  // directed phrase to its targets
constexpr int kModifierWords = 2;     // "close US-Japan *economic* ties"
constexpr int kPossessorSkip = 4;     // "X's *policy of* dual containment"

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set) {
    if (w == s) return true;
  }
  return false;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

bool IsQuote(const Word& w) {
  return !w.is_word() &&
         In(w.lower, {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98",
                      "\xE2\x80\x99", "\xC2\xAB", "\xC2\xBB"});
}

bool IsPairJoiner(const Word& w) {
  return !w.is_word() && !w.space_before &&
         In(w.lower, {"-", "/", "\xE2\x80\x90", "\xE2\x80\x91", "\xE2\x80\x93",
                      "\xE2\x80\x94"});
}

bool IsHyphenWord(const Word& w) {
  return !w.is_word() &&
         In(w.lower, {"-", "\xE2\x80\x90", "\xE2\x80\x91", "\xE2\x80\x93"});
}

// Punctuation and words that end a clause for the scans around a phrase.
bool IsClauseBreak(const Word& w) {
  if (!w.is_word()) {
    return In(w.lower, {".", ";", ":", "?", "!", "(", ")", "[", "]",
                        "\xE2\x80\x94", "\xE2\x80\xA6"});
  }
  return In(w.lower, {"but", "while", "whereas", "although", "though",
                      "because", "which", "who", "whom", "whose", "when",
                      "unlike", "where", "however", "yet"});
}

bool IsSentenceBreak(const Word& w) {
  return !w.is_word() && In(w.lower, {".", ";", "?", "!"});
}

bool IsComma(const Word& w) {
  return !w.is_word() && In(w.lower, {",", "\xEF\xBC\x8C"});
}

// Lower-case words that may sit inside a named conjunct ("the incumbent US
// President Joe Biden").
bool IsTitleWord(std::string_view w) {
  return In(
      w, {"the",          "elect",     "former",      "incumbent", "acting",
          "then",         "late",      "president",   "prime",     "minister",
          "foreign",      "leader",    "chairman",    "secretary", "general",
          "spokesperson", "spokesman", "spokeswoman", "vice",      "deputy",
          "state",        "premier",   "chancellor",  "king",      "both",
          "either"});
}

// Words that stop the skip back from a phrase to its possessor.
bool IsStopWord(std::string_view w) {
  return In(
      w, {"and",    "or",      "but",  "is",     "are",     "was",   "were",
          "be",     "been",    "has",  "have",   "had",     "to",    "with",
          "by",     "for",     "from", "on",     "in",      "at",    "as",
          "that",   "which",   "who",  "not",    "no",      "will",  "would",
          "could",  "should",  "said", "says",   "between", "among", "against",
          "toward", "towards", "than", "instead"});
}

// Words that may sit between a possessor and its relationship phrase: "X's
// *policy of* containment", "X's *growing military* cooperation": the nouns
// a policy phrase hangs on, articles, and adjectives by their endings.
bool IsPossessedModifier(std::string_view w) {
  if (In(w, {"policy",    "policies",     "strategy", "strategies", "approach",
             "of",        "the",          "a",        "an",         "growing",
             "deepening", "longstanding", "close",    "closer",     "strong",
             "stronger",  "warm",         "good",     "new",        "ever",
             "current",   "existing",     "military", "security",   "trade",
             "defence",   "defense",      "so",       "called",     "fraught",
             "troubled"})) {
    return true;
  }
  return w.size() > 4 &&
         (EndsWith(w, "al") || EndsWith(w, "ic") || EndsWith(w, "ive") ||
          EndsWith(w, "ous") || EndsWith(w, "ful") || EndsWith(w, "ary"));
}

struct Items {
  std::vector<Word> words;  // actor items: kWord with empty `lower`
  std::vector<int> actor;   // the caller's actor index, or -1
  // For each item: the pair group ("US-Russia") it belongs to, or -1.
  std::vector<int> pair;
  std::vector<uint32_t> bits;  // CueBits
};

struct PairGroup {
  size_t first = 0, last = 0;  // items
  std::vector<int> actors;
};

struct Group {
  std::vector<int> actors;  // conjunct heads, in text order
  size_t first = 0, last = 0;
  bool empty() const { return actors.empty(); }
};

bool IsActor(const Items& it, size_t i) { return it.actor[i] >= 0; }

bool IsWordItem(const Items& it, size_t i, std::string_view w) {
  return it.actor[i] < 0 && it.words[i].is_word() && it.words[i].lower == w;
}

bool IsLowerWord(const Items& it, size_t i) {
  return it.actor[i] < 0 && it.words[i].is_word() && !it.words[i].capitalized;
}

// May item i sit inside a named conjunct?
bool InConjunct(const Items& it, size_t i) {
  if (IsActor(it, i)) return true;
  const Word& w = it.words[i];
  if (!w.is_word()) return IsHyphenWord(w) && !w.space_before;
  return w.capitalized || IsTitleWord(w.lower);
}

bool IsSeparator(const Items& it, size_t i, bool* is_and) {
  const Word& w = it.words[i];
  *is_and = IsWordItem(it, i, "and") || (!w.is_word() && w.lower == "&");
  return *is_and || IsComma(w);
}

// The coordinated group that starts at item i ("both the United States and
// China", "Russian President Vladimir Putin and Xi"): the head (last actor)
// of each conjunct. Empty when item i starts no conjunct with an actor.
Group ParseGroupForward(const Items& it, size_t i, size_t end) {
  Group g;
  std::vector<size_t> lasts;  // the last actor item of each conjunct
  size_t and_count = 0;       // conjuncts up to the last one after "and"
  bool joined_by_and = false;
  size_t k = i;
  while (k < end && g.actors.size() < kMaxConjuncts) {
    int head = -1;
    size_t last = k;
    size_t j = k;
    for (int n = 0; j < end && n < kMaxConjunctItems && InConjunct(it, j);
         ++j, ++n) {
      if (IsActor(it, j)) {
        head = it.actor[j];
        last = j;
      }
    }
    if (head < 0) break;
    if (g.actors.empty()) g.first = k;
    g.actors.push_back(head);
    g.last = last;
    lasts.push_back(last);
    if (joined_by_and) and_count = g.actors.size();
    // A separator and another conjunct?
    bool is_and = false;
    if (j < end && IsSeparator(it, j, &is_and)) {
      size_t next = j + 1;
      if (!is_and && next < end && IsWordItem(it, next, "and")) {
        ++next;
        is_and = true;
      }
      joined_by_and = is_and;
      k = next;
      continue;
    }
    break;
  }
  // Commas join conjuncts only before an "and" ("X, Y and Z"); "with X, Y
  // said" is one conjunct.
  if (g.actors.size() > and_count) {
    const size_t keep = std::max<size_t>(and_count, 1);
    g.actors.resize(keep);
    g.last = lasts[keep - 1];
  }
  return g;
}

// The coordinated group whose last conjunct's head is the actor item `a`,
// read backward; commas join conjuncts only before an "and" ("X, Y and Z"),
// and not a conjunct right after a preposition ("In Moscow, X and Y").
Group ParseGroupBackward(const Items& it, size_t a, size_t floor) {
  Group g;
  g.last = a;
  g.first = a;
  g.actors.push_back(it.actor[a]);
  size_t k = a;  // first item of the current conjunct
  for (int n = 0; k > floor && n < kMaxConjunctItems && InConjunct(it, k - 1);
       ++n) {
    --k;
  }
  g.first = k;
  bool seen_and = false;
  while (k > floor && g.actors.size() < kMaxConjuncts) {
    bool is_and = false;
    if (!IsSeparator(it, k - 1, &is_and)) break;
    size_t sep = k - 1;
    if (!is_and && !seen_and) break;  // "X, Y" alone is no coordination
    // ", and": one separator.
    if (is_and && sep > floor && IsComma(it.words[sep - 1])) --sep;
    // The previous conjunct.
    size_t j = sep;
    int head = -1;
    for (int n = 0; j > floor && n < kMaxConjunctItems && InConjunct(it, j - 1);
         ++n) {
      --j;
      if (head < 0 && IsActor(it, j)) head = it.actor[j];
    }
    if (head < 0) break;
    if (!is_and && j > floor && it.words[j - 1].is_word() &&
        IsLowerWord(it, j - 1) &&
        In(it.words[j - 1].lower, {"in", "at", "on", "from", "to", "with",
                                   "after", "before", "for", "by", "during"})) {
      break;
    }
    seen_and = seen_and || is_and;
    g.actors.insert(g.actors.begin(), head);
    g.first = j;
    k = j;
  }
  return g;
}

// Skips closing quotes and the nouns a policy phrase heads ("dual
// containment *policy*") after item i; returns the next item.
size_t SkipPhraseTail(const Items& it, size_t i, size_t end) {
  while (i < end && !IsActor(it, i) &&
         (IsQuote(it.words[i]) ||
          (it.words[i].is_word() &&
           In(it.words[i].lower, {"policy", "policies", "strategy", "campaign",
                                  "approach", "posture"})))) {
    ++i;
  }
  return i;
}

// "with Y", "against Y and Z", "toward Y" (and "of Y" when `allow_of`)
// right after the phrase (item `after` is the first item after it).
Group ObjectsAfter(const Items& it, size_t after, size_t end, bool allow_of) {
  size_t i = SkipPhraseTail(it, after, end);
  if (i >= end || !it.words[i].is_word() || IsActor(it, i)) return {};
  const std::string_view w = it.words[i].lower;
  if (!(In(w, {"with", "against", "toward", "towards", "on", "to", "targeting",
               "at"}) ||
        (allow_of && w == "of"))) {
    return {};
  }
  ++i;
  while (i < end && IsQuote(it.words[i])) ++i;
  return ParseGroupForward(it, i, end);
}

// "between X and Y" / "among X, Y and Z" after the phrase.
Group BetweenAfter(const Items& it, size_t after, size_t end) {
  size_t i = SkipPhraseTail(it, after, end);
  if (i >= end ||
      !(IsWordItem(it, i, "between") || IsWordItem(it, i, "among") ||
        IsWordItem(it, i, "amongst"))) {
    return {};
  }
  Group g = ParseGroupForward(it, i + 1, end);
  if (g.actors.size() < 2) return {};
  return g;
}

// The next coordinated group of two or more actors after item i, within
// kNextGroupWindow items and the sentence (commas may intervene).
Group NextGroup(const Items& it, size_t i, size_t end) {
  for (size_t k = i, n = 0; k < end && n < kNextGroupWindow; ++k, ++n) {
    if (IsSentenceBreak(it.words[k]) ||
        (IsClauseBreak(it.words[k]) && !IsComma(it.words[k]))) {
      break;
    }
    if (IsActor(it, k)) {
      size_t start = k;
      if (start > i && IsWordItem(it, start - 1, "both")) --start;
      Group g = ParseGroupForward(it, start, end);
      if (g.actors.size() >= 2) return g;
      return {};
    }
  }
  return {};
}

// "X called Y ...", "X regards Y as ...": when the group `object` follows a
// verb that labels it, the actor group before that verb in the clause.
Group LabellingSubject(const Items& it, const Group& object, size_t floor) {
  size_t k = object.first;
  if (k > floor && IsWordItem(it, k - 1, "the")) --k;
  if (k <= floor || !IsLowerWord(it, k - 1)) return {};
  static constexpr std::string_view kLabelling[] = {
      "call",        "calls",       "called",     "calling",   "label",
      "labels",      "labelled",    "labeled",    "labelling", "labeling",
      "brand",       "brands",      "branded",    "branding",  "describe",
      "describes",   "described",   "describing", "term",      "terms",
      "termed",      "terming",     "consider",   "considers", "considered",
      "considering", "regard",      "regards",    "regarded",  "regarding",
      "view",        "views",       "viewed",     "viewing",   "see",
      "sees",        "saw",         "seeing",     "designate", "designates",
      "designated",  "designating", "name",       "names",     "named",
      "naming",      "declare",     "declares",   "declared",  "declaring"};
  bool labelling = false;
  for (std::string_view v : kLabelling) {
    labelling = labelling || it.words[k - 1].lower == v;
  }
  if (!labelling) return {};
  // The subject: the nearest actor before the verb, a few adverbs or
  // auxiliaries away ("X has openly branded Y ...").
  for (size_t j = k - 1, m = 0; j > floor && m < 4; --j, ++m) {
    if (IsActor(it, j - 1)) return ParseGroupBackward(it, j - 1, floor);
    if (!IsLowerWord(it, j - 1)) break;
  }
  return {};
}

std::vector<int> Distinct(std::vector<int> v) {
  std::vector<int> out;
  for (int x : v) {
    if (x >= 0 && std::find(out.begin(), out.end(), x) == out.end()) {
      out.push_back(x);
    }
  }
  return out;
}

// Cue bits of an item, found once per item.
enum : uint32_t {
  kSentenceBreakBit = 1u << 0,  // . ; ? !
  kClauseBreakBit = 1u << 1,    // IsClauseBreak
  kCommaBit = 1u << 2,
  kNegationBit = 1u << 3,      // not never no neither nor without
  kHypotheticalBit = 1u << 4,  // would could might 'd
  kMayBit = 1u << 5,
  kConditionBit = 1u << 6,  // if unless whether
  kFutureBit = 1u << 7,     // will shall
  kGoingBit = 1u << 8,
  kToBit = 1u << 9,
  kShouldBit = 1u << 10,  // should ought must
  kInsteadBit = 1u << 11,
  kOfBit = 1u << 12,
  kRatherBit = 1u << 13,
  kThanBit = 1u << 14,
  kSoBit = 1u << 15,
  kCalledBit = 1u << 16,
  kHyphenBit = 1u << 17,
  kWouldBit = 1u << 18,
  kHaveBit = 1u << 19,
  kEndingBit = 1u << 20,  // stop, end, sever, suspend, ... in any form
};

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

// The modality and role cues before each item, found in one pass: for item
// i, the latest index + 1 (0 for none) of each cue before item i.
struct CueRow {
  uint32_t clause_start = 0;    // after the last break or comma
  uint32_t sentence_start = 0;  // after the last . ; ? !
  uint32_t negation = 0, hypothetical = 0, future = 0, condition = 0,
           appeal = 0, rejection = 0, should = 0, instead = 0;
  uint32_t would = 0;           // "would" not followed by "have"
  uint32_t counterfactual = 0;  // "would have", "could have", ...
  uint32_t reported = 0;        // a verb that reports speech ("said that")
  uint32_t ending = 0;          // "stop", "sever", ...
  // Whether an "if" / "unless" follows later in the sentence ("are ready to
  // build relations ... if the other side shows interest").
  bool condition_after = false;
};

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

}  // namespace

std::string_view ModalityName(Modality modality) {
  switch (modality) {
    case Modality::kAsserted:
      return "asserted";
    case Modality::kNegated:
      return "negated";
    case Modality::kFuture:
      return "future";
    case Modality::kHypothetical:
      return "hypothetical";
  }
  return "asserted";
}

namespace {

// FindRelations on one window of a sentence, appending to *out_list.
void FindRelationsInWindow(std::string_view text, uint32_t begin, uint32_t end,
                           absl::Span<const ActorSpan> actors,
                           const Lexicon& lexicon,
                           absl::Span<const int> parties,
                           std::vector<RelationAssertion>* out_list) {
  std::vector<RelationAssertion>& out = *out_list;

  // Items: words, with each actor mention as one item.
  Items it;
  {
    // The usable mentions: inside the sentence, non-empty, in order and not
    // overlapping.
    std::vector<ActorSpan> valid;
    for (const ActorSpan& a : actors) {
      if (a.begin >= a.end || a.begin < begin || a.end > end) continue;
      if (!valid.empty() && a.begin < valid.back().end) continue;
      valid.push_back(a);
    }
    // Fewer than two distinct actors: no relationship can have its ends.
    bool two_actors = false;
    for (const ActorSpan& a : valid) {
      if (a.actor != valid.front().actor) {
        two_actors = true;
        break;
      }
    }
    const bool has_parties =
        parties.size() >= 2 &&
        Distinct({parties.begin(), parties.end()}).size() >= 2;
    if (!two_actors && !has_parties) return;
    std::vector<Word> words = SplitWords(text, begin, end);
    it.words.reserve(words.size());
    it.actor.reserve(words.size());
    size_t a = 0;
    int current = -1;  // index into `valid` of the open actor item
    for (Word& w : words) {
      while (a < valid.size() && valid[a].end <= w.begin) ++a;
      if (a < valid.size() && valid[a].begin < w.end) {
        if (current == static_cast<int>(a)) {
          Word& item = it.words.back();
          item.end = std::max(item.end, w.end);
          item.possessive = w.possessive;
          continue;
        }
        Word item;
        item.kind = Word::Kind::kWord;
        item.begin = std::min(valid[a].begin, w.begin);
        item.end = std::max(valid[a].end, w.end);
        item.space_before = w.space_before;
        item.possessive = w.possessive;
        item.capitalized = true;
        it.words.push_back(std::move(item));
        it.actor.push_back(valid[a].actor);
        current = static_cast<int>(a);
        continue;
      }
      current = -1;
      it.words.push_back(std::move(w));
      it.actor.push_back(-1);
    }
  }
  const size_t n = it.words.size();
  if (n == 0) return;
  // Pair groups: actors joined by hyphens or slashes without spaces.
  std::vector<PairGroup> pairs;
  it.pair.assign(n, -1);
  for (size_t i = 0; i < n;) {
    if (!IsActor(it, i)) {
      ++i;
      continue;
    }
    PairGroup g;
    g.first = i;
    g.last = i;
    g.actors.push_back(it.actor[i]);
    size_t k = i;
    while (k + 2 < n && IsPairJoiner(it.words[k + 1]) && IsActor(it, k + 2) &&
           !it.words[k + 2].space_before) {
      k += 2;
      g.actors.push_back(it.actor[k]);
      g.last = k;
    }
    if (g.actors.size() >= 2) {
      for (size_t m = g.first; m <= g.last; ++m) {
        it.pair[m] = static_cast<int>(pairs.size());
      }
      pairs.push_back(std::move(g));
    }
    i = k + 1;
  }

  // Phrase words: the lexicon's ids of word items; a pair group between two
  // words leaves them joined ("close Russia-China ties").
  std::vector<int32_t> ids;
  std::vector<size_t> item_of;
  std::vector<int> pair_before;  // the pair group skipped before the word
  std::unique_ptr<bool[]> joined(new bool[n + 1]);
  {
    bool broken = true;
    bool hyphen = false;
    int skipped_pair = -1;
    for (size_t i = 0; i < n; ++i) {
      const Word& w = it.words[i];
      if (it.pair[i] >= 0) {
        // Only a pair group after a word (or at the start) stays joined.
        skipped_pair = it.pair[i];
        i = pairs[it.pair[i]].last;
        hyphen = false;
        continue;
      }
      if (IsActor(it, i)) {
        broken = true;
        skipped_pair = -1;
        continue;
      }
      if (!w.is_word()) {
        if (IsHyphenWord(w) && !hyphen) {
          hyphen = true;
        } else {
          broken = true;
          skipped_pair = -1;
        }
        continue;
      }
      const bool prev_possessive = !item_of.empty() &&
                                   it.words[item_of.back()].possessive &&
                                   item_of.back() + 1 == i;
      joined[ids.size()] = !broken && !prev_possessive;
      pair_before.push_back(skipped_pair);
      ids.push_back(lexicon.PhraseWordIdOfWord(w.lower));
      item_of.push_back(i);
      broken = false;
      hyphen = false;
      skipped_pair = -1;
    }
  }
  const absl::Span<const bool> joined_span(joined.get(), ids.size());
  // Most sentences have no relationship phrase: stop before the cues.
  bool any_phrase = false;
  for (size_t p = 0; p < ids.size() && !any_phrase; ++p) {
    const RelationshipPhrase* phrase = nullptr;
    any_phrase = ids[p] >= 0 &&
                 lexicon.LongestPhraseAt(ids, joined_span, p, &phrase) > 0;
  }
  if (!any_phrase) return;
  it.bits.resize(n);
  for (size_t i = 0; i < n; ++i) {
    it.bits[i] = IsActor(it, i) ? 0 : CueBits(it.words[i]);
  }
  const std::vector<CueRow> cues = FindCues(it, lexicon);

  for (size_t p = 0; p < ids.size();) {
    const RelationshipPhrase* phrase = nullptr;
    const int len = lexicon.LongestPhraseAt(ids, joined_span, p, &phrase);
    if (len == 0) {
      ++p;
      continue;
    }
    const size_t first = item_of[p];
    const size_t last = item_of[p + len - 1];
    int inner_pair = -1;
    for (size_t k = p + 1; k < p + len; ++k) {
      if (pair_before[k] >= 0) inner_pair = pair_before[k];
    }
    p += len;

    RelationAssertion r;
    r.phrase = phrase;
    r.begin = it.words[first].begin;
    r.end = it.words[last].end;
    r.directed = phrase->directed;
    const size_t after = last + 1;
    // The sentence around the phrase.
    const size_t sentence_floor = cues[first].sentence_start;
    const size_t clause_floor = cues[first].clause_start;

    // The ends: a list of end sets, one assertion each.
    std::vector<std::vector<int>> ends;
    auto add_pairs = [&](const std::vector<int>& from,
                         const std::vector<int>& to) {
      if (phrase->group) {
        std::vector<int> all = from;
        all.insert(all.end(), to.begin(), to.end());
        ends.push_back(all);
        return;
      }
      for (int f : from) {
        for (int t : to) ends.push_back({f, t});
      }
    };

    // between
    if (Group g = BetweenAfter(it, after, n); !g.empty()) {
      r.rule = "between";
      r.confidence = 0.9f;
      ends.push_back(g.actors);
    }
    // pair-modifier
    if (ends.empty()) {
      int pair = inner_pair;
      if (pair < 0) {
        // A pair group right before the phrase, or a few modifier words
        // before it ("US-China *economic* ties").
        size_t k = first;
        for (int m = 0; k > 0 && m <= kModifierWords; ++m) {
          if (it.pair[k - 1] >= 0) {
            pair = it.pair[k - 1];
            break;
          }
          if (!IsLowerWord(it, k - 1) || IsStopWord(it.words[k - 1].lower)) {
            break;
          }
          --k;
        }
      }
      if (pair >= 0) {
        r.rule = "pair-modifier";
        r.confidence = phrase->directed ? 0.6f : 0.85f;
        ends.push_back(pairs[pair].actors);
      }
    }
    // possessor
    if (ends.empty()) {
      size_t k = first;
      for (int m = 0; k > clause_floor && m < kPossessorSkip; ++m) {
        if (IsActor(it, k - 1) || !IsLowerWord(it, k - 1) ||
            !IsPossessedModifier(it.words[k - 1].lower)) {
          break;
        }
        --k;
      }
      std::vector<int> possessors;
      float confidence = 0.85f;
      size_t possessor_first = k;  // where the possessor's words begin
      if (k > 0 && IsActor(it, k - 1) && it.words[k - 1].possessive) {
        const Group g = ParseGroupBackward(it, k - 1, clause_floor);
        possessors = g.actors;
        possessor_first = g.first;
      } else if (k > 0 && IsLowerWord(it, k - 1) &&
                 In(it.words[k - 1].lower, {"his", "her", "its", "their"})) {
        // The pronoun's antecedent: the nearest actor before it.
        possessor_first = k - 1;
        const bool plural = it.words[k - 1].lower == "their";
        const size_t window = static_cast<size_t>(kPronounWindow);
        const size_t floor = std::max<size_t>(
            sentence_floor, k - 1 > window ? k - 1 - window : 0);
        for (size_t j = k - 1; j > floor; --j) {
          if (!IsActor(it, j - 1)) continue;
          Group g = ParseGroupBackward(it, j - 1, floor);
          if (plural ? g.actors.size() >= 2 : true) {
            possessors = plural ? g.actors : std::vector<int>{it.actor[j - 1]};
          }
          break;
        }
        confidence = 0.6f;
      }
      if (!possessors.empty()) {
        Group objects = ObjectsAfter(it, after, n, false);
        // Appositions: "its ally Japan", "China's partner Pakistan" (the
        // actor right after the phrase); "Pakistan, China's all-weather
        // partner, ..." (the actor before the comma the possessive
        // apposition follows).
        if (objects.empty() && after < n && IsActor(it, after) &&
            !it.words[after].possessive) {
          objects.actors.push_back(it.actor[after]);
          confidence = std::min(confidence, 0.6f);
        }
        if (objects.empty() && possessor_first >= sentence_floor + 2 &&
            IsComma(it.words[possessor_first - 1]) &&
            IsActor(it, possessor_first - 2) &&
            !it.words[possessor_first - 2].possessive &&
            (after >= n || IsComma(it.words[after]))) {
          objects.actors.push_back(it.actor[possessor_first - 2]);
          confidence = std::min(confidence, 0.6f);
        }
        if (objects.empty() && phrase->directed) {
          objects = NextGroup(it, after, n);
          if (!objects.empty()) confidence = std::min(confidence, 0.5f);
        }
        if (!objects.empty()) {
          add_pairs(possessors, objects.actors);
        } else if (possessors.size() >= 2 && !phrase->directed) {
          ends.push_back(possessors);
        }
        if (!ends.empty()) {
          r.rule = "possessor";
          r.confidence = confidence;
        }
      }
    }
    // coordinated-subject, subject-object, subject-gap-object,
    // directed-next-group: the nearest group before the phrase.
    if (ends.empty()) {
      size_t subject = n;  // the nearest actor item before the phrase
      for (size_t k = first, m = 0;
           k > clause_floor && m < static_cast<size_t>(kSubjectWindow);
           --k, ++m) {
        if (IsActor(it, k - 1)) {
          subject = k - 1;
          break;
        }
      }
      // A possessive ("X's comment on the relationship") modifies a noun,
      // not the phrase: no subject.
      if (subject < n && it.words[subject].possessive) subject = n;
      if (subject < n) {
        Group g = ParseGroupBackward(it, subject, clause_floor);
        {
          // The object of another preposition ("the rapprochement between X
          // and Y on the issue of ending war"): no subject either.
          size_t q = g.first;
          while (q > clause_floor && IsQuote(it.words[q - 1])) --q;
          // An actor right before the phrase ("criticism of US dual
          // containment") modifies it: that one is its agent.
          bool adjacent = true;
          for (size_t k = subject + 1; k < first; ++k) {
            adjacent = adjacent && IsQuote(it.words[k]);
          }
          // "the characterization of X and Y as allies" labels them.
          const bool labelled =
              q > clause_floor + 1 && IsWordItem(it, q - 1, "of") &&
              IsLowerWord(it, q - 2) &&
              In(it.words[q - 2].lower,
                 {"characterization", "characterisation", "description",
                  "portrayal", "depiction", "designation", "labelling",
                  "labeling", "branding"});
          if (!adjacent && !labelled && q > clause_floor &&
              IsLowerWord(it, q - 1) &&
              In(it.words[q - 1].lower,
                 {"between", "among", "of", "for", "from", "by", "about", "in",
                  "at", "to", "over", "under", "into", "than"})) {
            g.actors.clear();
          }
        }
        // A group right after "on", "toward", ... is the object of an
        // earlier subject: "X changed its policy on Y and Z to ...".
        size_t prep = g.first;
        while (prep > clause_floor && IsQuote(it.words[prep - 1])) --prep;
        const bool object_group =
            !g.actors.empty() && prep > clause_floor &&
            IsLowerWord(it, prep - 1) &&
            In(it.words[prep - 1].lower,
               {"on", "toward", "towards", "against", "with"});
        if (object_group) {
          for (size_t k = prep - 1, m = 0;
               k > clause_floor && m < static_cast<size_t>(kSubjectWindow);
               --k, ++m) {
            if (IsActor(it, k - 1)) {
              Group x = ParseGroupBackward(it, k - 1, clause_floor);
              add_pairs(x.actors, g.actors);
              r.rule = "subject-gap-object";
              r.confidence = 0.6f;
              break;
            }
          }
        } else if (!g.actors.empty()) {
          bool each_other = false;
          for (size_t k = subject + 1; k + 1 < first; ++k) {
            if (IsWordItem(it, k, "each") && IsWordItem(it, k + 1, "other")) {
              each_other = true;
            }
          }
          Group objects = ObjectsAfter(it, after, n, true);
          if (g.actors.size() >= 2) {
            if (!phrase->directed) {
              if (!objects.empty()) {
                // "X and Y are ready to build relations with Z": X-Z, Y-Z.
                add_pairs(g.actors, objects.actors);
              } else {
                ends.push_back(g.actors);
              }
              r.rule = "coordinated-subject";
              r.confidence = each_other ? 0.9f : 0.75f;
            } else if (!objects.empty()) {
              add_pairs(g.actors, objects.actors);
              r.rule = "subject-object";
              r.confidence = 0.7f;
            }
          } else if (!objects.empty()) {
            add_pairs(g.actors, objects.actors);
            r.rule = "subject-object";
            r.confidence = 0.75f;
          } else if (Group labeller = LabellingSubject(it, g, clause_floor);
                     !labeller.empty()) {
            // "X branded Y an adversary", "X regards Y as a partner".
            add_pairs(labeller.actors, g.actors);
            r.rule = "labels-as";
            r.confidence = 0.7f;
          } else if (phrase->directed) {
            Group next = NextGroup(it, after, n);
            if (!next.empty()) {
              add_pairs(g.actors, next.actors);
              r.rule = "directed-next-group";
              r.confidence = 0.5f;
            }
          }
        }
      }
    }
    // instead-of: "instead of dual containment, X had changed its policy on
    // Y and Z ...": the agent and the targets follow the phrase.
    const bool presupposed = cues[first].instead > 0 &&
                             cues[first].instead + 2 >= first &&
                             cues[first].instead > sentence_floor;
    if (ends.empty() && presupposed) {
      size_t k = after;
      for (size_t m = 0; k < n && m < static_cast<size_t>(kNextGroupWindow) &&
                         !IsActor(it, k) && !IsSentenceBreak(it.words[k]);
           ++k, ++m) {
      }
      if (k < n && IsActor(it, k)) {
        Group x = ParseGroupForward(it, k, n);
        for (size_t j = x.last + 1, m = 0;
             j + 1 < n && m < static_cast<size_t>(kNextGroupWindow) &&
             !IsSentenceBreak(it.words[j]);
             ++j, ++m) {
          if (IsLowerWord(it, j) &&
              In(it.words[j].lower,
                 {"on", "toward", "towards", "against", "with"}) &&
              IsActor(it, j + 1)) {
            Group objects = ParseGroupForward(it, j + 1, n);
            if (!phrase->group && !x.empty()) {
              add_pairs(x.actors, objects.actors);
              r.rule = "instead-of-clause";
              r.confidence = 0.5f;
            }
            break;
          }
        }
      }
    }
    // document-parties: "their economic and trade relationship", "both
    // sides agreed to ...", "bilateral ties" with no ends in the sentence:
    // the parties the caller knows the document is about.
    if (ends.empty() && parties.size() >= 2) {
      bool refers_to_parties = false;
      // "bilateral" in or right before the phrase.
      for (size_t k = first > 0 ? first - 1 : 0; k <= last; ++k) {
        refers_to_parties = refers_to_parties || IsWordItem(it, k, "bilateral");
      }
      // "their" / "our" right before the phrase (a few modifiers allowed).
      for (size_t k = first, m = 0; k > clause_floor && m < 4; --k, ++m) {
        const Word& w = it.words[k - 1];
        if (IsActor(it, k - 1) || !w.is_word()) break;
        if (In(w.lower, {"their", "our"})) {
          refers_to_parties = true;
          break;
        }
        if (IsStopWord(w.lower)) break;
      }
      // "both sides", "the two countries" before the phrase in its clause, or
      // after "between".
      for (size_t k = clause_floor; k + 1 < n && k < after + 3; ++k) {
        if ((IsWordItem(it, k, "both") || IsWordItem(it, k, "two")) &&
            IsLowerWord(it, k + 1) &&
            In(it.words[k + 1].lower,
               {"sides", "countries", "nations", "parties", "leaders",
                "governments", "states"})) {
          refers_to_parties = true;
        }
      }
      if (refers_to_parties && !phrase->directed) {
        if (phrase->group) {
          ends.push_back({parties.begin(), parties.end()});
        } else {
          for (size_t x = 0; x < parties.size(); ++x) {
            for (size_t y = x + 1; y < parties.size(); ++y) {
              ends.push_back({parties[x], parties[y]});
            }
          }
        }
        r.rule = "document-parties";
        r.confidence = 0.5f;
      }
    }
    if (ends.empty()) continue;

    // Role and modality.
    const uint32_t at = static_cast<uint32_t>(first);
    const CueRow& cue = cues[at];
    if (presupposed) {
      r.role = EvidenceRole::kAsserts;
      r.modality = Modality::kAsserted;
    } else {
      if ((cue.rejection > 0 &&
           (cue.rejection == first || (cue.rejection > clause_floor))) ||
          cue.ending > clause_floor) {
        // "rejects the notion of ...", "the so-called ...", "urged X to stop
        // its military ties with Y".
        r.role = EvidenceRole::kContests;
      } else if ((cue.instead > sentence_floor) ||
                 (cue.appeal > clause_floor) || (cue.should > clause_floor)) {
        r.role = EvidenceRole::kProposes;
      }
      if ((cue.negation > clause_floor)) {
        r.modality = Modality::kNegated;
        // "X is not an ally of Y": a negated copula contests.
        // "X is not an ally", "X and Y have never been rivals".
        const size_t neg = cue.negation - 1;
        auto copula = [&](size_t k) {
          return IsLowerWord(it, k) &&
                 In(it.words[k].lower,
                    {"is", "are", "was", "were", "be", "been", "remain",
                     "remains", "remained", "become", "became"});
        };
        bool negated_copula = neg > 0 && copula(neg - 1);
        for (size_t k = neg + 1; k < first && k <= neg + 2; ++k) {
          negated_copula = negated_copula || copula(k);
        }
        if (negated_copula) r.role = EvidenceRole::kContests;
      } else {
        // "would" after a verb of saying in the sentence ("agreed that X and
        // Y would deepen ...") is the future of reported speech; elsewhere,
        // and in "would have", a hypothetical.
        const bool would = cue.would > clause_floor;
        const bool reported_would =
            would && cue.reported > sentence_floor && cue.reported < cue.would;
        if (cue.hypothetical > clause_floor ||
            cue.counterfactual > clause_floor ||
            cue.condition > sentence_floor || cue.condition_after ||
            (would && !reported_would)) {
          r.modality = Modality::kHypothetical;
        } else if (cue.future > clause_floor || reported_would) {
          r.modality = Modality::kFuture;
        }
      }
    }

    for (std::vector<int>& e : ends) {
      std::vector<int> d = Distinct(std::move(e));
      if (d.size() < 2) continue;
      if (!phrase->group && d.size() > 2 && !phrase->directed) {
        // A symmetric relationship among several: one per pair with the
        // first ("X and Y and Z are allies" -> every pair).
        for (size_t x = 0; x < d.size(); ++x) {
          for (size_t y = x + 1; y < d.size(); ++y) {
            RelationAssertion copy = r;
            copy.ends = {d[x], d[y]};
            out.push_back(std::move(copy));
          }
        }
        continue;
      }
      if (phrase->directed && d.size() > 2) d.resize(2);
      RelationAssertion copy = r;
      copy.ends = std::move(d);
      out.push_back(std::move(copy));
    }
  }
}

}  // namespace

std::vector<RelationAssertion> FindRelations(std::string_view text,
                                             uint32_t begin, uint32_t end,
                                             absl::Span<const ActorSpan> actors,
                                             const Lexicon& lexicon,
                                             absl::Span<const int> parties) {
  std::vector<RelationAssertion> out;
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  // A sentence longer than kMaxSentenceBytes (no real one is) is read in
  // windows, to keep memory bounded.
  for (uint32_t start = begin; start < end;) {
    const uint32_t stop = WindowEnd(text, start, end, kMaxSentenceBytes);
    FindRelationsInWindow(text, start, stop, actors, lexicon, parties, &out);
    start = stop;
  }
  return out;
}

}  // namespace diplograph::text_internal
