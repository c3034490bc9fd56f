// Relationship clauses: the ends, role and modality of each relationship
// phrase in a sentence (relations.h lists the constructions).
//
// The sentence becomes a sequence of items: the lexicon's words and
// punctuation, with each actor mention collapsed into one item. Every scan
// around a phrase looks at a bounded window of items (kWindow and friends),
// and the modality and role cues are found in one forward pass, so the cost
// is linear in the sentence whatever its phrases.
//
// This file is the constructions themselves: one function that tries them
// in order around each phrase, sharing the items, groups and cue rows of
// relations_items.h. They are kept together because their order of
// precedence and the state they share (which ends a phrase already has) are
// what decides a clause; split, each would need that state passed around.

#include "text/relations.h"

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "text/relations_items.h"

namespace diplograph::text_internal {

namespace relations {

// FindRelations on one window of a sentence, appending to *out_list.
void FindRelationsInWindow(std::string_view text, uint32_t begin, uint32_t end,
                           absl::Span<const ActorSpan> actors,
                           const Lexicon& lexicon,
                           absl::Span<const int> parties, bool report_parties,
                           std::vector<RelationAssertion>* out_list) {
  std::vector<RelationAssertion>& out = *out_list;

  // The buffers of a window are kept by the thread for its next window
  // (the extractor calls this once per sentence): emptied here, they keep
  // their capacity and no allocation is made for most windows.
  thread_local Items it_buffer;
  thread_local std::vector<ActorSpan> valid_buffer;
  thread_local std::vector<Word> words_buffer;
  thread_local std::vector<int32_t> ids_buffer;
  thread_local std::vector<size_t> item_of_buffer;
  thread_local std::vector<int> pair_before_buffer;

  // Items: words, with each actor mention as one item.
  Items& it = it_buffer;
  it.words.clear();
  it.actor.clear();
  it.pair.clear();
  it.bits.clear();
  {
    // The usable mentions: inside the sentence, non-empty, in order and not
    // overlapping.
    std::vector<ActorSpan>& valid = valid_buffer;
    valid.clear();
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
    if (!two_actors && !has_parties && valid.empty()) return;
    std::vector<Word>& words = words_buffer;
    words.clear();
    AppendWords(text, begin, end, &words);
    if (!two_actors && !has_parties) {
      // One actor: only a first-person phrase ("X is our partner") or a
      // predicate with an indefinite article ("X is a great ally",
      // copula-speaker below) can have two ends, the other being the
      // speaker.
      bool first_person = false;
      bool copula = false;
      bool indefinite = false;
      for (const Word& w : words) {
        if (!w.is_word()) continue;
        // "We regard X as a partner", "Our partner X" (a capital "US" is
        // no "us").
        first_person = first_person ||
                       In(w.lower, {"our", "my", "ours", "we"}) ||
                       (!w.capitalized && w.lower == "us");
        copula = copula || (!w.capitalized && IsCopula(w.lower));
        indefinite = indefinite || (!w.capitalized && In(w.lower, {"a", "an"}));
      }
      if (!first_person && !(copula && indefinite)) return;
    }
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
  std::vector<int32_t>& ids = ids_buffer;
  std::vector<size_t>& item_of = item_of_buffer;
  // The pair group skipped before the word.
  std::vector<int>& pair_before = pair_before_buffer;
  ids.clear();
  item_of.clear();
  pair_before.clear();
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
  // "X and Y upgraded relations between their countries", "the two
  // nations": persons named as the subject stand for their states.
  bool states_named = false;
  for (size_t i = 0; i + 1 < n && !states_named; ++i) {
    states_named = (IsWordItem(it, i, "their") || IsWordItem(it, i, "two") ||
                    IsWordItem(it, i, "both")) &&
                   IsLowerWord(it, i + 1) &&
                   In(it.words[i + 1].lower,
                      {"countries", "nations", "states", "peoples"});
  }

  // "upgraded their relations to a comprehensive strategic partnership":
  // the ends of the relations, carried to the phrase at item carry_at.
  // The ends of the last phrase of the sentence named by a pair ("X-Y
  // relations", "ties between X and Y") and the item after it: "the
  // strategic partnership" later in the sentence takes them up.
  std::vector<int> pair_ends;
  size_t pair_after = n;
  size_t carry_at = n;
  std::vector<std::vector<int>> carried;
  // The subject and possessor of the last predicate read through a copula
  // ("X is our partner"), and the item after its phrase: a phrase
  // coordinated right after it ("... and our neighbour", "... and a
  // friend") shares them.
  std::vector<int> coordinated_possessors, coordinated_objects;
  size_t coordinated_end = n;
  const char* carried_rule = "";
  for (size_t p = 0; p < ids.size();) {
    const RelationshipPhrase* phrase = nullptr;
    const int len = lexicon.LongestPhraseAt(ids, joined_span, p, &phrase);
    if (len == 0) {
      ++p;
      continue;
    }
    const size_t first = item_of[p];
    const size_t last = item_of[p + len - 1];
    // A joint activity named with capitals inside a sentence is a forum
    // ("the U.S.-Kuwait Strategic Dialogue", "the Joint Cooperation
    // Committee"), not a relationship.
    const bool forum =
        IsActivity(*phrase) && first > cues[first].sentence_start &&
        it.words[first].capitalized && it.words[last].capitalized;
    if (forum || NotARelationship(it, first, last, n) ||
        (IsActivity(*phrase) && IsOccasion(it, first)) ||
        (first == last && phrase->key == "ties" &&
         IsDiscussionTopic(it, first, cues[first].sentence_start))) {
      p += len;
      continue;
    }
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
    size_t named_last = 0;  // the last item of a "between" group
    if (first == carry_at && !carried.empty()) {
      ends = std::move(carried);
      r.rule = "upgraded-to";
      r.confidence = 0.75f;
      r.ends_are_states = carried_rule == std::string_view("states");
    }
    carried.clear();
    carry_at = n;
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
    if (!ends.empty()) {
      // upgraded-to (above)
    } else if (Group g = BetweenAfter(it, after, n); !g.empty()) {
      r.rule = "between";
      r.confidence = 0.9f;
      ends.push_back(g.actors);
      named_last = g.last;
    }
    // as-fronted: "As close neighbours, X and Y share ...", "As neighbours
    // and strategic partners, X and Y should ...": a predicate opening the
    // sentence, before a comma and the group it describes.
    if (ends.empty() && !phrase->directed) {
      size_t b = first;
      for (int m = 0; b > sentence_floor && m < 8; ++m) {
        if (!IsLowerWord(it, b - 1) || IsWordItem(it, b - 1, "as")) break;
        --b;
      }
      while (b > sentence_floor && !IsActor(it, b - 1) &&
             IsQuote(it.words[b - 1])) {
        --b;
      }
      if (b > 0 && b - 1 == sentence_floor && IsWordItem(it, b - 1, "as")) {
        size_t c = SkipPhraseTail(it, after, n);
        for (int m = 0; c < n && m < 8 && IsLowerWord(it, c); ++m) ++c;
        while (c < n && !IsActor(it, c) && IsQuote(it.words[c])) ++c;
        if (c + 1 < n && IsComma(it.words[c]) && IsActor(it, c + 1)) {
          const Group g = ParseGroupForward(it, c + 1, n);
          if (g.actors.size() >= 2) {
            r.rule = "as-fronted";
            r.confidence = 0.7f;
            ends.push_back(g.actors);
          }
        }
      }
    }
    // as-apposed: "X and Y, as close neighbours, share ...", "X and Y, as
    // Special Strategic Partners, have ...": a predicate set off by commas
    // right after the group it describes.
    if (ends.empty() && !phrase->directed && !phrase->group) {
      // Back to "as" over words and marks ("as "close friends and
      // neighbours in ASEAN","); on to the comma over words, marks and a
      // body the predicate is held in.
      size_t b = first;
      for (int m = 0; b > sentence_floor && m < 8; ++m) {
        const Word& w = it.words[b - 1];
        if (IsActor(it, b - 1) || (!w.is_word() && !IsQuote(w)) ||
            w.lower == "as") {
          break;
        }
        --b;
      }
      size_t c = after;
      for (int m = 0; c < n && m < 8 && !IsComma(it.words[c]); ++m, ++c) {
        const bool held_in =
            IsActor(it, c) && c > after &&
            (IsWordItem(it, c - 1, "in") || IsWordItem(it, c - 1, "within"));
        if (!held_in && (IsActor(it, c) ||
                         (!it.words[c].is_word() && !IsQuote(it.words[c])))) {
          break;
        }
      }
      if (b >= sentence_floor + 3 && IsWordItem(it, b - 1, "as") &&
          IsComma(it.words[b - 2]) && IsActor(it, b - 3)) {
        const Group g = ParseGroupBackward(it, b - 3, sentence_floor);
        if (c < n && IsComma(it.words[c]) && g.actors.size() >= 2 &&
            Distinct(g.actors).size() >= 2 &&
            !ListTail(it, g, sentence_floor)) {
          r.rule = "as-apposed";
          r.confidence = 0.7f;
          ends.push_back(g.actors);
        }
      }
    }
    // binds: "the friendship that binds X and Y".
    if (ends.empty()) {
      bool the_two = false;
      if (Group g = BindingAfter(it, after, n, &the_two); !g.empty()) {
        r.rule = "binds";
        r.confidence = 0.85f;
        ends.push_back(g.actors);
      } else if (the_two && parties.size() == 2 &&
                 Distinct({parties.begin(), parties.end()}).size() == 2) {
        r.rule = "binds";
        r.confidence = 0.6f;
        ends.push_back({parties.begin(), parties.end()});
      }
    }
    // between-their-countries: "X and Y upgraded relations between their
    // countries": the plural antecedent, standing for its states.
    if (ends.empty()) {
      size_t i = SkipPhraseTail(it, after, n);
      if (i + 2 < n && IsWordItem(it, i, "between") &&
          IsWordItem(it, i + 1, "their")) {
        size_t k = i + 2;
        if (k < n &&
            (IsWordItem(it, k, "two") || IsWordItem(it, k, "respective"))) {
          ++k;
        }
        if (k < n && IsLowerWord(it, k) &&
            In(it.words[k].lower,
               {"countries", "nations", "states", "peoples", "governments"})) {
          const size_t window = static_cast<size_t>(kPronounWindow);
          const size_t floor = std::max<size_t>(
              sentence_floor, first > window ? first - window : 0);
          for (size_t j = first; j > floor; --j) {
            if (!IsActor(it, j - 1)) continue;
            Group g = ParseGroupBackward(it, j - 1, floor);
            if (g.actors.size() >= 2 && !ListTail(it, g, floor)) {
              r.rule = "between-their-countries";
              r.confidence = 0.75f;
              r.ends_are_states = true;
              ends.push_back(g.actors);
            }
            break;
          }
        }
      }
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
        // An opening mark before the phrase ("its "all-weather friend""),
        // a hyphen between modifiers ("India's long-standing ties").
        if (!IsActor(it, k - 1) && k - 1 > clause_floor &&
            (IsQuote(it.words[k - 1]) ||
             (IsHyphenWord(it.words[k - 1]) && k < first))) {
          --k;
          continue;
        }
        if (IsActor(it, k - 1) || !IsLowerWord(it, k - 1) ||
            !IsPossessedModifier(it.words[k - 1].lower)) {
          break;
        }
        --k;
      }
      std::vector<int> possessors;
      float confidence = 0.85f;
      size_t possessor_first = k;  // where the possessor's words begin
      // A possessive pronoun: lower case, or capitalised as its sentence's
      // first word ("“Our strategic partnership with X stands,” ...").
      auto pronoun_at = [&](size_t i,
                            std::initializer_list<std::string_view> words) {
        if (IsActor(it, i) || !it.words[i].is_word() ||
            !In(it.words[i].lower, words)) {
          return false;
        }
        if (!it.words[i].capitalized) return true;
        size_t b = i;
        while (b > sentence_floor && IsQuote(it.words[b - 1])) --b;
        return b == sentence_floor;
      };
      bool named_possessor = false;  // "X's", not a pronoun
      if (k > 0 && IsActor(it, k - 1) && it.words[k - 1].possessive) {
        const Group g = ParseGroupBackward(it, k - 1, clause_floor);
        possessors = g.actors;
        possessor_first = g.first;
        named_possessor = true;
      } else if (k > 0 && pronoun_at(k - 1, {"his", "her", "its", "their"})) {
        // The pronoun's antecedent: the nearest actor before it.
        possessor_first = k - 1;
        const bool plural = it.words[k - 1].lower == "their";
        const size_t window = static_cast<size_t>(kPronounWindow);
        const size_t floor = std::max<size_t>(
            sentence_floor, k - 1 > window ? k - 1 - window : 0);
        for (size_t j = k - 1; j > floor; --j) {
          if (!IsActor(it, j - 1)) continue;
          Group g = ParseGroupBackward(it, j - 1, floor);
          // "called on Burkina Faso, Mali and Niger to keep cooperation
          // with their neighbours": the last two of a longer list are not
          // "their" antecedent pair.
          if (plural && ListTail(it, g, floor)) break;
          if (plural ? g.actors.size() >= 2 : true) {
            possessors = plural ? g.actors : std::vector<int>{it.actor[j - 1]};
          }
          break;
        }
        confidence = 0.6f;
      } else if (k > 0 && pronoun_at(k - 1, {"our", "my"})) {
        // "X is our strategic partner", "our ally X": the speaker's side.
        possessor_first = k - 1;
        possessors = {kSpeakerEnd};
        confidence = 0.6f;
      }
      // Only "and" or a comma between this phrase's words and the last
      // predicate's: "X is our partner and our neighbour", "X is our key
      // partner and a friend".
      auto coordinated_at = [&](size_t from) {
        if (coordinated_end >= from) return false;
        size_t start = coordinated_end;
        // A body or place the last phrase is held in: "X is our partner in
        // the European Union and our ally in NATO".
        if (start + 2 < from && IsLowerWord(it, start) &&
            In(it.words[start].lower, {"in", "within"})) {
          size_t a = start + 1;
          if (IsWordItem(it, a, "the")) ++a;
          if (a < from && IsActor(it, a)) start = a + 1;
        }
        // "X is one of our allies and one of our largest trading partners".
        if (from >= start + 2 && IsWordItem(it, from - 1, "of") &&
            IsLowerWord(it, from - 2) &&
            In(it.words[from - 2].lower, {"one", "some", "two", "three"})) {
          from -= 2;
        }
        if (from - start > 2) return false;
        bool conjunction = false;
        for (size_t j = start; j < from; ++j) {
          if (IsWordItem(it, j, "and")) {
            conjunction = true;
          } else if (!IsComma(it.words[j])) {
            return false;
          }
        }
        return conjunction || from - start == 1;
      };
      bool shared = false;
      if (possessors.empty() && !coordinated_possessors.empty() &&
          coordinated_at(k)) {
        possessors = coordinated_possessors;
        possessor_first = k;
        shared = true;
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
        // "We stand with our ally, the Philippines, in ...", "our partners,
        // Spain and Portugal,": the actors set off by commas (or ending the
        // sentence) right after the phrase.
        if (objects.empty() && after + 1 < n && IsComma(it.words[after])) {
          size_t a = after + 1;
          if (IsWordItem(it, a, "the") && a + 1 < n) ++a;
          const Group g = IsActor(it, a) && !it.words[a].possessive
                              ? ParseGroupForward(it, a, n)
                              : Group{};
          const size_t z = g.last + 1;
          if (!g.empty() && !it.words[g.last].possessive &&
              (z >= n || IsComma(it.words[z]) || IsSentenceBreak(it.words[z]) ||
               (!IsActor(it, z) && IsQuote(it.words[z])))) {
            objects = g;
            confidence = std::min(confidence, 0.6f);
          }
        }
        // "Russia, as Armenia's "strategic ally", expected ...": "as"
        // between the comma and the possessor, a mark after the phrase.
        {
          size_t comma = possessor_first;
          if (comma > sentence_floor && IsWordItem(it, comma - 1, "as")) {
            --comma;
          }
          size_t next = after;
          if (next < n && !IsActor(it, next) && IsQuote(it.words[next])) {
            ++next;
          }
          if (objects.empty() && comma >= sentence_floor + 2 &&
              IsComma(it.words[comma - 1]) && IsActor(it, comma - 2) &&
              !it.words[comma - 2].possessive &&
              (next >= n || IsComma(it.words[next]))) {
            objects.actors.push_back(it.actor[comma - 2]);
            confidence = std::min(confidence, 0.6f);
          }
        }
        // Predicates: "X is one of Y's closest allies", "X remains our
        // partner".
        // Objects named before the phrase, as what it describes.
        bool described_first = false;
        if (objects.empty() && possessors.size() == 1) {
          objects = CopulaSubjectBefore(it, possessor_first, sentence_floor);
          if (objects.empty() && !coordinated_objects.empty() &&
              (shared || coordinated_at(possessor_first))) {
            objects.actors = coordinated_objects;
            objects.first = objects.last = possessor_first;
          }
          if (!objects.empty()) {
            described_first = true;
            confidence = std::min(confidence, 0.7f);
            coordinated_possessors = possessors;
            coordinated_objects = objects.actors;
            coordinated_end = after;
          }
        }
        // "She called Poland "Ukraine's most reliable ally"", "described
        // Greece as Italy's closest partner": the actor a labelling verb
        // takes before the possessor ("as" or a mark between). A pronoun
        // ("regarded Germany as its partner") is labels-as's, below.
        if (objects.empty() && possessors.size() == 1 && named_possessor) {
          size_t o = possessor_first;
          if (o > sentence_floor && !IsActor(it, o - 1) &&
              IsQuote(it.words[o - 1])) {
            --o;
          }
          if (o > sentence_floor && IsWordItem(it, o - 1, "as")) --o;
          if (o >= sentence_floor + 2 && IsActor(it, o - 1) &&
              !it.words[o - 1].possessive && IsLowerWord(it, o - 2) &&
              IsLabellingVerb(it.words[o - 2].lower)) {
            objects.actors.push_back(it.actor[o - 1]);
            objects.first = objects.last = o - 1;
            described_first = true;
            confidence = std::min(confidence, 0.6f);
          }
        }
        // "Y, which X described as its rival", "Y, which he called
        // Moscow's partner": the relative clause's antecedent.
        if (objects.empty() && possessors.size() == 1) {
          objects =
              RelativeAntecedentBefore(it, possessor_first, sentence_floor);
          if (!objects.empty()) {
            described_first = true;
            confidence = std::min(confidence, 0.6f);
          }
        }
        if (objects.empty() && phrase->directed) {
          objects = NextGroup(it, after, n);
          if (!objects.empty()) confidence = std::min(confidence, 0.5f);
        }
        if (!objects.empty()) {
          // A directed phrase runs from its possessor ("X's containment of
          // Y"); a symmetric predicate is written from the one it
          // describes ("Y is X's largest trading partner": Y, then X), the
          // order a reader who takes the modifier as directed expects.
          if (phrase->directed || !described_first) {
            add_pairs(possessors, objects.actors);
          } else {
            add_pairs(objects.actors, possessors);
          }
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
      // labels-as: "X attaches importance to Y as a strategic partner", "X
      // welcomed Y as a partner": Y is labelled, by the nearest actor before
      // it in the clause.
      if (subject < n && !phrase->directed && !phrase->group &&
          IsWordItem(it, subject + 1, "as")) {
        bool as_label = true;
        for (size_t k = subject + 2; k < first && as_label; ++k) {
          // "as a long-standing friend": a hyphen between modifiers.
          as_label =
              k < subject + 7 &&
              ((IsLowerWord(it, k) &&
                (In(it.words[k].lower, {"a", "an", "the", "its", "their"}) ||
                 IsPossessedModifier(it.words[k].lower))) ||
               (IsHyphenWord(it.words[k]) && k > subject + 2) ||
               (!IsActor(it, k) && IsQuote(it.words[k])));
        }
        const Group object = ParseGroupBackward(it, subject, clause_floor);
        // "the characterization of X and Y as allies" labels X and Y
        // together (coordinated-subject, below).
        if (object.first > clause_floor &&
            IsWordItem(it, object.first - 1, "of")) {
          as_label = false;
        }
        if (as_label) {
          Group labeller;
          for (size_t k = object.first, m = 0;
               k > clause_floor && m < static_cast<size_t>(kSubjectWindow);
               --k, ++m) {
            if (IsActor(it, k - 1)) {
              if (!it.words[k - 1].possessive) {
                labeller = ParseGroupBackward(it, k - 1, clause_floor);
              }
              break;
            }
            if (IsWordItem(it, k - 1, "we")) {
              labeller.first = labeller.last = k - 1;
              labeller.actors = {kSpeakerEnd};
              break;
            }
          }
          // "X, which regards Y as a partner": the antecedent of the
          // relative pronoun right before the verb.
          if (labeller.empty() && object.first >= sentence_floor + 4 &&
              IsLowerWord(it, object.first - 1) &&
              IsLabellingVerb(it.words[object.first - 1].lower) &&
              (IsWordItem(it, object.first - 2, "which") ||
               IsWordItem(it, object.first - 2, "who")) &&
              IsComma(it.words[object.first - 3]) &&
              IsActor(it, object.first - 4) &&
              !it.words[object.first - 4].possessive) {
            labeller = ParseGroupBackward(it, object.first - 4, sentence_floor);
          }
          if (!labeller.empty() && !object.empty()) {
            add_pairs(labeller.actors, object.actors);
            r.rule = "labels-as";
            r.confidence = 0.65f;
            subject = n;
          }
        }
      }
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
          // "Burkina Faso, Mali and Niger to maintain cooperation": the
          // last two of a longer list are no subject pair.
          if (ListTail(it, g, sentence_floor)) g.actors.clear();
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
          // "X called Egypt and Qatar "indispensable partners"": the group
          // a verb labels with no "as" is labelled by the verb's subject,
          // not paired ("described X and Y as partners" pairs them).
          Group group_labeller;
          if (g.actors.size() >= 2 && !each_other && objects.empty() &&
              !phrase->directed && !phrase->group &&
              !IsWordItem(it, g.last + 1, "as")) {
            group_labeller = LabellingSubject(it, g, clause_floor);
          }
          if (!group_labeller.empty()) {
            add_pairs(group_labeller.actors, g.actors);
            r.rule = "labels-as";
            r.confidence = 0.65f;
          } else if (g.actors.size() >= 2) {
            if (!phrase->directed) {
              if (!objects.empty()) {
                // "X and Y are ready to build relations with Z": X-Z, Y-Z.
                add_pairs(g.actors, objects.actors);
              } else {
                ends.push_back(g.actors);
              }
              r.rule = "coordinated-subject";
              r.confidence = each_other ? 0.9f : 0.75f;
              r.ends_are_states = states_named && objects.empty();
            } else if (!objects.empty()) {
              add_pairs(g.actors, objects.actors);
              r.rule = "subject-object";
              r.confidence = 0.7f;
            }
          } else if (!objects.empty()) {
            add_pairs(g.actors, objects.actors);
            r.rule = "subject-object";
            r.confidence = 0.75f;
          } else if (Group object = PredicateObjectsAfter(it, after, n);
                     !object.empty() && !phrase->directed &&
                     CopulaBetween(it, g.last + 1, first)) {
            // "X is a strategic partner for Y", "X is a partner for us".
            add_pairs(g.actors, object.actors);
            r.rule = "copula-for";
            r.confidence = 0.7f;
          } else if (Group labeller = LabellingSubject(it, g, clause_floor);
                     !labeller.empty()) {
            // "X branded Y an adversary", "X regards Y as a partner".
            add_pairs(labeller.actors, g.actors);
            r.rule = "labels-as";
            r.confidence = 0.7f;
          } else if (g.actors.size() == 1 && !phrase->group &&
                     !phrase->directed &&
                     CopulaBetween(it, g.last + 1, first) &&
                     IndefiniteBetween(it, g.last + 1, first) &&
                     !ObjectPrepositionAt(it, SkipPhraseTail(it, after, n),
                                          n)) {
            // "Italy is a friend", "Egypt remained a strategic partner": a
            // relationship predicated of one actor with no other end named
            // is to the speaker's side (the caller keeps it only in a
            // statement's words and for a state).
            add_pairs(g.actors, {kSpeakerEnd});
            r.rule = "copula-speaker";
            r.confidence = 0.5f;
            coordinated_possessors = {kSpeakerEnd};
            coordinated_objects = g.actors;
            coordinated_end = after;
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
    // relative-copula: "Guyana, which is a close friend of the United
    // States": a relative clause's copula before the phrase, its
    // antecedent before the comma, and an object after the phrase.
    if (ends.empty() && !phrase->directed && !phrase->group) {
      size_t k = first;
      for (int m = 0; k > sentence_floor && m < 6 && IsLowerWord(it, k - 1) &&
                      IsPossessedModifier(it.words[k - 1].lower);
           ++m) {
        --k;
      }
      if (k >= sentence_floor + 4 && IsLowerWord(it, k - 1) &&
          IsCopula(it.words[k - 1].lower) &&
          (IsWordItem(it, k - 2, "which") || IsWordItem(it, k - 2, "who")) &&
          IsComma(it.words[k - 3]) && IsActor(it, k - 4) &&
          !it.words[k - 4].possessive) {
        const Group objects = PredicateObjectsAfter(it, after, n);
        if (!objects.empty()) {
          const Group antecedent =
              ParseGroupBackward(it, k - 4, sentence_floor);
          add_pairs(antecedent.actors, objects.actors);
          r.rule = "relative-copula";
          r.confidence = 0.65f;
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
      bool by_our = false;
      // The object "of both countries", "to the two nations": the item of
      // "both" / "two" after the phrase's preposition, else n.
      size_t parties_object = n;
      // "bilateral" in or right before the phrase.
      for (size_t k = first > 0 ? first - 1 : 0; k <= last && !report_parties;
           ++k) {
        refers_to_parties = refers_to_parties || IsWordItem(it, k, "bilateral");
      }
      // "their" / "our" right before the phrase (a few modifiers allowed),
      // unless the nearest actor before "their" is none of the parties
      // ("called on X, Y and Z to maintain cooperation with their
      // neighbours": theirs, not the parties').
      for (size_t k = first, m = 0; k > clause_floor && m < 4; --k, ++m) {
        const Word& w = it.words[k - 1];
        if (IsActor(it, k - 1) || !w.is_word()) break;
        if (In(w.lower, {"their", "our"})) {
          // A report's "their" may be anyone's; "our" is the speaker's.
          if (report_parties && w.lower == "their") break;
          refers_to_parties = true;
          by_our = w.lower == "our";
          if (w.lower == "their") {
            for (size_t j = k - 1, q = 0;
                 j > sentence_floor && q < static_cast<size_t>(kPronounWindow);
                 --j, ++q) {
              if (!IsActor(it, j - 1)) continue;
              refers_to_parties = std::find(parties.begin(), parties.end(),
                                            it.actor[j - 1]) != parties.end();
              break;
            }
          }
          break;
        }
        if (IsStopWord(w.lower)) break;
      }
      // "both sides", "the two countries" before the phrase in its clause, or
      // after "between".
      // A report's pair: the noun the phrase's subject, a few words before
      // it ("the two countries shared a partnership"), or right after it.
      const size_t from =
          report_parties ? std::max(clause_floor, first > 6 ? first - 6 : 0)
                         : clause_floor;
      for (size_t k = from; k + 1 < n && k < after + 3; ++k) {
        if ((IsWordItem(it, k, "both") || IsWordItem(it, k, "two")) &&
            IsLowerWord(it, k + 1) &&
            In(it.words[k + 1].lower,
               {"sides", "countries", "nations", "parties", "leaders",
                "governments", "states", "peoples"})) {
          refers_to_parties = true;
          by_our = false;
          // "a treaty ally of both countries", "a partner to the two
          // nations": the parties are the phrase's object.
          size_t q = k;
          if (IsWordItem(it, k, "two") && q > after &&
              (IsWordItem(it, q - 1, "the") || IsWordItem(it, q - 1, "our"))) {
            --q;
          }
          if (q == after + 1 &&
              In(it.words[after].lower, {"of", "to", "for", "with"})) {
            parties_object = q;
          }
        }
      }
      // "Recalling the Strategic Partnership established in 2015": a
      // relationship named with capitals after "the" is the parties' own.
      if (!report_parties && first > 0 && it.words[first].capitalized &&
          IsWordItem(it, first - 1, "the")) {
        refers_to_parties = true;
      }
      // A joint activity ("deepen our cooperation on defence", "through
      // dialogue") needs its ends named: the parties are not taken for it;
      // nor are a report's pair for bare "relations" or "ties" (anyone's).
      if (IsActivity(*phrase) ||
          (report_parties && first == last && phrase->key == "ties")) {
        refers_to_parties = false;
      }
      if (refers_to_parties && !phrase->directed && !phrase->group &&
          parties_object < n) {
        // The subject: the head of an apposition ("X, a treaty ally of
        // both countries, ...") or of a copula ("X is a close partner of
        // both countries"), a few determiners and modifiers before the
        // phrase; none, no ends (the parties are not each other's ally).
        size_t np = first;
        for (int m = 0; np > clause_floor && m < 4 && IsLowerWord(it, np - 1) &&
                        IsPossessedModifier(it.words[np - 1].lower);
             ++m) {
          --np;
        }
        Group head;
        if (np >= sentence_floor + 2 && IsComma(it.words[np - 1]) &&
            IsActor(it, np - 2) && !it.words[np - 2].possessive) {
          head.actors = {it.actor[np - 2]};
        } else {
          head = CopulaSubjectBefore(it, np, clause_floor);
        }
        for (int h : head.actors) {
          for (int party : parties) {
            if (party != h) ends.push_back({h, party});
          }
        }
        if (!ends.empty()) {
          r.rule = "document-parties-object";
          r.confidence = 0.5f;
        }
      } else if (refers_to_parties && !phrase->directed) {
        r.speaker_side = by_our && report_parties;
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
    // taken-up-pair: "X-Y relations have grown, and the all-weather
    // strategic partnership has deepened": a definite symmetric phrase with
    // no ends takes up the pair that named the sentence's earlier phrase,
    // where no actor stands between them (40 items at most) or after the
    // phrase in its clause (12 items).
    if (ends.empty() && !phrase->directed && !phrase->group &&
        pair_ends.size() == 2 && pair_after <= first &&
        first - pair_after <= 40) {
      size_t k = first;
      // Modifiers, hyphenated ones too ("the all-weather ...").
      for (int m = 0;
           k > pair_after && m < 6 && !IsWordItem(it, k - 1, "the") &&
           (IsHyphenWord(it.words[k - 1]) ||
            (IsLowerWord(it, k - 1) && !IsStopWord(it.words[k - 1].lower)));
           ++m) {
        --k;
      }
      bool clear = k > pair_after && IsWordItem(it, k - 1, "the");
      for (size_t j = pair_after; j < first && clear; ++j) {
        clear = !IsActor(it, j);
      }
      for (size_t j = after;
           j < n && j < after + 12 && clear && !IsSentenceBreak(it.words[j]) &&
           !IsClauseBreak(it.words[j]);
           ++j) {
        clear = !IsActor(it, j);
      }
      if (clear) {
        ends.push_back(pair_ends);
        r.rule = "taken-up-pair";
        r.confidence = 0.5f;
      }
    }
    if (ends.empty()) continue;
    if ((std::string_view(r.rule) == "pair-modifier" ||
         std::string_view(r.rule) == "between") &&
        ends.size() == 1 && Distinct(ends[0]).size() == 2) {
      pair_ends = Distinct(ends[0]);
      pair_after = std::max(after, named_last + 1);
    }
    // "upgrade / raise / elevate (their) relations (between X and Y) to (the
    // level of) a strategic partnership": the relations are what is
    // upgraded, the phrase after "to" is the relationship; it takes these
    // ends and the relations are not asserted on their own.
    if (!phrase->directed && !phrase->group) {
      bool upgrading = false;
      for (size_t k = first, m = 0; k > clause_floor && m < 3; --k, ++m) {
        if (!IsLowerWord(it, k - 1)) break;
        if (In(it.words[k - 1].lower,
               {"upgrade", "upgrades", "upgraded", "upgrading", "raise",
                "raises", "raised", "raising", "elevate", "elevates",
                "elevated", "elevating", "lift", "lifts", "lifted",
                "lifting"})) {
          upgrading = true;
          break;
        }
      }
      size_t k = SkipPhraseTail(it, after, n);
      // Past the ends of "between X and Y" / "between their countries".
      if (upgrading && k < n && IsWordItem(it, k, "between")) {
        size_t j = k + 1;
        for (int m = 0; j < n && m < 8 && !IsWordItem(it, j, "to") &&
                        !IsSentenceBreak(it.words[j]);
             ++m) {
          ++j;
        }
        k = j;
      }
      if (upgrading && k + 1 < n && IsWordItem(it, k, "to")) {
        ++k;
        if (k + 2 < n && IsWordItem(it, k, "the") &&
            IsWordItem(it, k + 1, "level") && IsWordItem(it, k + 2, "of")) {
          k += 3;
        }
        if (k < n && (IsWordItem(it, k, "a") || IsWordItem(it, k, "an") ||
                      IsWordItem(it, k, "the"))) {
          ++k;
        }
        // The next phrase must start there.
        size_t q = p;
        while (q < item_of.size() && item_of[q] < k) ++q;
        const RelationshipPhrase* next = nullptr;
        if (q < item_of.size() && item_of[q] == k && ids[q] >= 0 &&
            lexicon.LongestPhraseAt(ids, joined_span, q, &next) > 0 &&
            next != nullptr && !next->directed) {
          carry_at = k;
          carried = ends;
          carried_rule = r.ends_are_states ? "states" : "";
          continue;
        }
      }
    }

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

}  // namespace relations

std::vector<RelationAssertion> FindRelations(std::string_view text,
                                             uint32_t begin, uint32_t end,
                                             absl::Span<const ActorSpan> actors,
                                             const Lexicon& lexicon,
                                             absl::Span<const int> parties,
                                             bool report_parties) {
  std::vector<RelationAssertion> out;
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  // A sentence longer than kMaxSentenceBytes (no real one is) is read in
  // windows, to keep memory bounded. Each window is given only the actors
  // that start in it when they come in text order (the window reads no
  // other), so that a long sentence stays linear in its mentions.
  const bool sorted = std::is_sorted(
      actors.begin(), actors.end(),
      [](const ActorSpan& a, const ActorSpan& b) { return a.begin < b.begin; });
  size_t lo = 0;
  for (uint32_t start = begin; start < end;) {
    const uint32_t stop =
        WindowEnd(text, start, end, relations::kMaxSentenceBytes);
    absl::Span<const ActorSpan> in_window = actors;
    if (sorted) {
      while (lo < actors.size() && actors[lo].begin < start) ++lo;
      size_t hi = lo;
      while (hi < actors.size() && actors[hi].begin < stop) ++hi;
      in_window = actors.subspan(lo, hi - lo);
    }
    relations::FindRelationsInWindow(text, start, stop, in_window, lexicon,
                                     parties, report_parties, &out);
    start = stop;
  }
  return out;
}

}  // namespace diplograph::text_internal
