// The sentence as items for the relationship clauses (relations_items.h):
// word tests, and the coordinated groups of actors ("X, Y and Z") read
// forward or backward from an item.

#include "text/relations_items.h"

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

namespace diplograph::text_internal::relations {

namespace {

// a == b for short words, byte by byte (no memcmp call).
bool SameBytes(const char* a, const char* b, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

}  // namespace

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set) {
    if (w.size() == s.size() && SameBytes(w.data(), s.data(), s.size())) {
      return true;
    }
  }
  return false;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         SameBytes(s.data() + (s.size() - suffix.size()), suffix.data(),
                   suffix.size());
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
  // Superlatives and the usual qualities of a partner: "one of X's
  // *closest* allies", "our *most reliable* partner".
  if (In(w, {"most",      "trusted",    "reliable", "important",  "key",
             "true",      "natural",    "valued",   "dependable", "steadfast",
             "oldest",    "dearest",    "firm",     "staunch",    "main",
             "only",      "chief",      "major",    "great",      "big",
             "old",       "long",       "standing", "time",       "tested",
             "sincere",   "privileged", "leading",  "top",        "foremost",
             "loyal",     "enduring",   "lasting",  "solid",      "longtime",
             "brotherly", "friendly",   "third",    "second"})) {
    return true;
  }
  if (w.size() > 5 && EndsWith(w, "est") && !EndsWith(w, "rest") &&
      !EndsWith(w, "west")) {
    return true;
  }
  return w.size() > 4 &&
         (EndsWith(w, "al") || EndsWith(w, "ic") || EndsWith(w, "ive") ||
          EndsWith(w, "ous") || EndsWith(w, "ful") || EndsWith(w, "ary"));
}

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
  // "relations of friendship and brotherhood between X and Y", "ties of
  // friendship between ...": a qualifier of lower-case words after "of".
  if (i + 2 < end && IsWordItem(it, i, "of") && IsLowerWord(it, i + 1)) {
    size_t k = i + 1;
    while (k < end && k < i + 7 &&
           (IsLowerWord(it, k) || IsComma(it.words[k])) &&
           !IsWordItem(it, k, "between") && !IsWordItem(it, k, "among")) {
      ++k;
    }
    if (k < end &&
        (IsWordItem(it, k, "between") || IsWordItem(it, k, "among"))) {
      i = k;
    }
  }
  if (i >= end ||
      !(IsWordItem(it, i, "between") || IsWordItem(it, i, "among") ||
        IsWordItem(it, i, "amongst"))) {
    return {};
  }
  Group g = ParseGroupForward(it, i + 1, end);
  if (g.actors.size() < 2) return {};
  return g;
}

bool ListTail(const Items& it, const Group& g, size_t floor) {
  if (g.actors.empty() || g.first < floor + 3 ||
      !IsComma(it.words[g.first - 1]) || !IsActor(it, g.first - 2)) {
    return false;
  }
  // The list's first conjunct, governed by a preposition the group parser
  // stops at ("called on Burkina Faso, Mali and Niger"); an actor closing
  // an adverbial before the comma ("about the visit of X's Prime Minister
  // Y, China and X are ...") is none.
  size_t j = g.first - 2;
  for (int n = 0; j > floor && n < 4 && InConjunct(it, j - 1); ++n) --j;
  return j > floor && IsLowerWord(it, j - 1) &&
         In(it.words[j - 1].lower, {"in", "at", "on", "from", "to", "with",
                                    "after", "before", "for", "by", "during"});
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
  if (!IsLabellingVerb(it.words[k - 1].lower)) return {};
  // The subject: the nearest actor before the verb, a few adverbs or
  // auxiliaries away ("X has openly branded Y ...").
  for (size_t j = k - 1, m = 0; j > floor && m < 4; --j, ++m) {
    if (IsActor(it, j - 1)) return ParseGroupBackward(it, j - 1, floor);
    // "We regard Y as an important partner": the speaker's side.
    if (it.actor[j - 1] < 0 && it.words[j - 1].is_word() &&
        (it.words[j - 1].lower == "we" || it.words[j - 1].lower == "i")) {
      Group g;
      g.first = g.last = j - 1;
      g.actors.push_back(kSpeakerEnd);
      return g;
    }
    if (!IsLowerWord(it, j - 1)) break;
  }
  return {};
}

bool NotARelationship(const Items& it, size_t first, size_t last, size_t end) {
  // Inside a capitalised name: "the Memorandum of Cooperation", "the
  // Treaty of Friendship", "the Organization for Cooperation".
  if (first >= 2 && it.words[first].capitalized && IsLowerWord(it, first - 1) &&
      In(it.words[first - 1].lower, {"of", "for", "on"}) &&
      !IsActor(it, first - 2) && it.words[first - 2].is_word() &&
      it.words[first - 2].capitalized) {
    return true;
  }
  // "prisoners of war", "laws of war": the phrase completes another noun.
  if (first >= 2 && IsWordItem(it, first - 1, "of") &&
      IsLowerWord(it, first - 2) &&
      In(it.words[first - 2].lower,
         {"prisoners", "prisoner", "laws", "law", "rules", "theatre", "theater",
          "spoils"})) {
    return true;
  }
  // An exchange of things is an act, not a relationship: "exchanges of
  // views", "the exchange of intelligence between X and Y"; so is an
  // exchange on a topic ("their exchanges on the international
  // situation", "exchanges about trade").
  if (last + 2 < end && it.words[last].is_word() &&
      (it.words[last].lower == "exchange" ||
       it.words[last].lower == "exchanges") &&
      (IsWordItem(it, last + 1, "of") || IsWordItem(it, last + 1, "on") ||
       IsWordItem(it, last + 1, "about") || IsWordItem(it, last + 1, "over") ||
       IsWordItem(it, last + 1, "regarding")) &&
      IsLowerWord(it, last + 2)) {
    return true;
  }
  // A verb after "to": "agreed to exchange 500 prisoners", "to exchange
  // views", "to trust each other".
  if (first == last && first >= 1 && IsWordItem(it, first - 1, "to") &&
      last + 1 < end && it.words[last + 1].is_word() &&
      !IsActor(it, last + 1)) {
    const std::string_view next = it.words[last + 1].lower;
    const bool number = !next.empty() && next[0] >= '0' && next[0] <= '9';
    if (number || In(next, {"a",           "an",      "the",   "another",
                            "some",        "their",   "its",   "views",
                            "information", "data",    "notes", "visits",
                            "prisoners",   "letters", "ideas", "experience",
                            "experiences", "each",    "one",   "more"})) {
      return true;
    }
  }
  return false;
}

bool IsActivity(const RelationshipPhrase& phrase) {
  return In(phrase.key,
            {"cooperation", "dialogue", "exchanges", "communication"});
}

bool IsOccasion(const Items& it, size_t first) {
  size_t k = first;
  for (int m = 0; k > 0 && m < 5; ++m) {
    if (IsActor(it, k - 1)) return false;
    if (IsWordItem(it, k - 1, "the")) {
      return k >= 2 && IsLowerWord(it, k - 2) &&
             In(it.words[k - 2].lower,
                {"for", "at", "during", "after", "before", "of"}) &&
             (it.words[k - 2].lower != "of" ||
              (k >= 3 && IsWordItem(it, k - 3, "ahead")));
    }
    if (it.words[k - 1].is_word() && IsStopWord(it.words[k - 1].lower)) {
      return false;
    }
    if (!it.words[k - 1].is_word() && !IsHyphenWord(it.words[k - 1]) &&
        it.words[k - 1].lower != "+") {
      return false;
    }
    --k;
  }
  return false;
}

bool IsDiscussionTopic(const Items& it, size_t first, size_t floor) {
  // "its relationship with Y", "X's ties": a possessed relationship is
  // someone's, whatever is discussed.
  if (first > 0 && (it.words[first - 1].possessive ||
                    (IsLowerWord(it, first - 1) &&
                     In(it.words[first - 1].lower,
                        {"its", "his", "her", "their", "our", "my"})))) {
    return false;
  }
  for (size_t k = first, m = 0; k > floor && m < 24; --k, ++m) {
    if (IsSentenceBreak(it.words[k - 1])) return false;
    if (!IsLowerWord(it, k - 1)) continue;
    const std::string_view w = it.words[k - 1].lower;
    // Another clause's verb or a relative clause: the topic has ended.
    if (In(w, {"said",     "says",      "say",     "saying",     "adding",
               "noting",   "stressing", "calling", "describing", "regards",
               "regarded", "that",      "which",   "but",        "while",
               "where",    "when",      "is",      "are",        "was",
               "were",     "have",      "has"})) {
      return false;
    }
    if (In(w, {"discuss", "discussed", "discusses", "discussing"})) {
      return true;
    }
    if (In(w, {"views", "talks", "discussion", "discussions"}) &&
        (IsWordItem(it, k, "on") || IsWordItem(it, k, "about"))) {
      return true;
    }
  }
  return false;
}

bool IsCopula(std::string_view w) {
  return In(w, {"is", "are", "was", "were", "be", "been", "remain", "remains",
                "remained", "become", "becomes", "became"});
}

bool IsLabellingVerb(std::string_view w) {
  return In(
      w, {"call",        "calls",       "called",     "calling",   "label",
          "labels",      "labelled",    "labeled",    "labelling", "labeling",
          "brand",       "brands",      "branded",    "branding",  "describe",
          "describes",   "described",   "describing", "term",      "terms",
          "termed",      "terming",     "consider",   "considers", "considered",
          "considering", "regard",      "regards",    "regarded",  "regarding",
          "view",        "views",       "viewed",     "viewing",   "see",
          "sees",        "saw",         "seeing",     "designate", "designates",
          "designated",  "designating", "name",       "names",     "named",
          "naming",      "declare",     "declares",   "declared",  "declaring",
          "count",       "counts",      "counted",    "treat",     "treats",
          "treated",     "dub",         "dubs",       "dubbed",    "value",
          "values",      "valued"});
}

Group RelativeAntecedentBefore(const Items& it, size_t i, size_t floor) {
  size_t j = i;
  if (j > floor && IsWordItem(it, j - 1, "as")) --j;
  if (j <= floor || !IsLowerWord(it, j - 1) ||
      !IsLabellingVerb(it.words[j - 1].lower)) {
    return {};
  }
  --j;
  auto relative = [&](size_t k) {
    return IsWordItem(it, k, "which") || IsWordItem(it, k, "whom");
  };
  for (int m = 0; j > floor && m < 4 && !relative(j - 1); ++m) --j;
  if (j <= floor || !relative(j - 1)) return {};
  --j;
  if (j < floor + 2 || !IsComma(it.words[j - 1]) || !IsActor(it, j - 2) ||
      it.words[j - 2].possessive) {
    return {};
  }
  return ParseGroupBackward(it, j - 2, floor);
}

bool IndefiniteBetween(const Items& it, size_t from, size_t to) {
  for (size_t k = from; k < to; ++k) {
    if (IsWordItem(it, k, "a") || IsWordItem(it, k, "an")) return true;
  }
  return false;
}

bool ObjectPrepositionAt(const Items& it, size_t i, size_t end) {
  // "a friend with whom ...", "a partner to which ...": a relative clause.
  if (i + 1 < end && IsLowerWord(it, i + 1) &&
      In(it.words[i + 1].lower, {"whom", "which"})) {
    return false;
  }
  return i < end && IsLowerWord(it, i) &&
         In(it.words[i].lower, {"of", "to", "for", "with", "against", "between",
                                "among", "toward", "towards"});
}

Group CopulaSubjectBefore(const Items& it, size_t i, size_t floor) {
  size_t j = i;
  // "one of [Y's allies]", "two of [our closest allies]", "among [our
  // closest partners]".
  if (j >= floor + 2 && IsWordItem(it, j - 1, "of") && IsLowerWord(it, j - 2) &&
      In(it.words[j - 2].lower,
         {"one", "some", "two", "three", "four", "both", "all", "each"})) {
    j -= 2;
  } else if (j > floor && IsWordItem(it, j - 1, "among")) {
    --j;
  }
  // The copula, with an adverb or two after it ("is also", "remains
  // today") and auxiliaries before it ("has long been").
  bool copula = false;
  for (int m = 0; j > floor && m < 3 && IsLowerWord(it, j - 1); ++m) {
    const std::string_view w = it.words[j - 1].lower;
    --j;
    if (IsCopula(w)) {
      copula = true;
      break;
    }
    if (!In(w, {"also", "still", "truly", "indeed", "always", "certainly",
                "now", "today", "not", "only", "really", "clearly"})) {
      return {};
    }
  }
  if (!copula) return {};
  for (int m = 0; j > floor && m < 3 && IsLowerWord(it, j - 1) &&
                  In(it.words[j - 1].lower,
                     {"has", "have", "had", "long", "always", "will", "would",
                      "to", "continue", "continues", "continued"});
       ++m) {
    --j;
  }
  // An apposition between the subject and the copula ("Italy, Libya's
  // former ruler, is ..."): up to eight items between two commas.
  if (j > floor + 2 && IsComma(it.words[j - 1])) {
    size_t c = j - 1;
    for (int m = 0; c > floor + 1 && m < 8 && !IsComma(it.words[c - 1]) &&
                    !IsSentenceBreak(it.words[c - 1]);
         ++m) {
      --c;
    }
    if (c > floor + 1 && IsComma(it.words[c - 1]) && IsActor(it, c - 2) &&
        !it.words[c - 2].possessive) {
      j = c - 1;
    }
  }
  if (j <= floor || !IsActor(it, j - 1) || it.words[j - 1].possessive) {
    return {};
  }
  Group g = ParseGroupBackward(it, j - 1, floor);
  // The object of a preposition ("relations with X are ...") is no subject.
  if (g.first > floor && IsLowerWord(it, g.first - 1) &&
      In(it.words[g.first - 1].lower,
         {"with", "between", "of", "for", "to", "and", "on", "about"})) {
    return {};
  }
  return g;
}

bool CopulaBetween(const Items& it, size_t from, size_t to) {
  if (to <= from || to - from > 6) return false;
  bool copula = false;
  for (size_t k = from; k < to; ++k) {
    // "remained "a strategic partner"": a mark opens the predicate.
    if (!IsActor(it, k) && IsQuote(it.words[k]) && k + 1 < to) continue;
    if (!IsLowerWord(it, k)) return false;
    copula = copula || IsCopula(it.words[k].lower);
  }
  return copula;
}

Group PredicateObjectsAfter(const Items& it, size_t after, size_t end) {
  size_t i = SkipPhraseTail(it, after, end);
  if (i + 1 >= end || !IsLowerWord(it, i) ||
      !In(it.words[i].lower, {"for", "to", "of"})) {
    return {};
  }
  if (IsLowerWord(it, i + 1) &&
      (it.words[i + 1].lower == "us" || it.words[i + 1].lower == "ours" ||
       it.words[i + 1].lower == "me")) {
    Group g;
    g.first = g.last = i + 1;
    g.actors.push_back(kSpeakerEnd);
    return g;
  }
  return ParseGroupForward(it, i + 1, end);
}

Group BindingAfter(const Items& it, size_t after, size_t end, bool* the_two) {
  *the_two = false;
  size_t i = SkipPhraseTail(it, after, end);
  // Another phrase coordinated with this one: "the friendship *and the
  // alliance* that bind X and Y".
  if (i < end && IsWordItem(it, i, "and")) {
    size_t k = i + 1;
    for (int m = 0; k < end && m < 4 && IsLowerWord(it, k) &&
                    !In(it.words[k].lower, {"that", "which"});
         ++m) {
      ++k;
    }
    if (k < end && (IsWordItem(it, k, "that") || IsWordItem(it, k, "which"))) {
      i = k;
    }
  }
  if (i + 2 >= end ||
      !(IsWordItem(it, i, "that") || IsWordItem(it, i, "which"))) {
    return {};
  }
  ++i;
  for (int m = 0; i < end && m < 2 && IsLowerWord(it, i) &&
                  In(it.words[i].lower, {"has", "have", "long", "always",
                                         "still", "so", "closely"});
       ++m) {
    ++i;
  }
  if (i + 1 >= end || !IsLowerWord(it, i)) return {};
  const std::string_view v = it.words[i].lower;
  Group g;
  if (In(v, {"exist", "exists", "existed"})) {
    g = BetweenAfter(it, i + 1, end);
  } else if (In(v, {"bind", "binds", "bound", "unite", "unites", "united",
                    "link", "links", "linked", "connect", "connects",
                    "connected", "join", "joins", "joined"})) {
    g = ParseGroupForward(it, i + 1, end);
    // "that binds the two countries", "that unites our two nations".
    size_t k = i + 1;
    if (k < end && (IsWordItem(it, k, "the") || IsWordItem(it, k, "our") ||
                    IsWordItem(it, k, "their"))) {
      ++k;
    }
    if (g.actors.empty() && k + 1 < end &&
        (IsWordItem(it, k, "two") || IsWordItem(it, k, "both")) &&
        IsLowerWord(it, k + 1) &&
        In(it.words[k + 1].lower,
           {"countries", "nations", "states", "peoples"})) {
      *the_two = true;
    }
  }
  if (g.actors.size() < 2) return {};
  return g;
}

std::vector<int> Distinct(std::vector<int> v) {
  std::vector<int> out;
  for (int x : v) {
    if ((x >= 0 || x == kSpeakerEnd) &&
        std::find(out.begin(), out.end(), x) == out.end()) {
      out.push_back(x);
    }
  }
  return out;
}
}  // namespace diplograph::text_internal::relations
