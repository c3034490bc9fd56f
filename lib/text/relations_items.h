// Internals of the relationship clauses (relations.h), private to lib/text:
// the sentence as items (words, with each actor mention one item), the
// coordinated groups of actors parsed from them and the modality and role
// cues before each item. Defined by job in
//   relations_items.cc  word tests, items and coordinated groups
//   relations_cues.cc   cue bits of a word and the cue rows of a sentence
//   relations.cc        the constructions (FindRelations)
// Thread safety: pure functions; the cue word table is built once.

#ifndef DIPLOGRAPH_LIB_TEXT_RELATIONS_ITEMS_H_
#define DIPLOGRAPH_LIB_TEXT_RELATIONS_ITEMS_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "absl/strings/string_view.h"
#include "text/lexicon.h"
#include "text/relations.h"

namespace diplograph::text_internal::relations {

constexpr uint32_t kMaxSentenceBytes = 16 * 1024;
constexpr int kMaxConjuncts = 8;      // actors in one coordinated group
constexpr int kMaxConjunctItems = 8;  // items in one conjunct
constexpr int kSubjectWindow = 10;    // subject to phrase, in items
constexpr int kPronounWindow = 30;    // pronoun to its antecedent
constexpr int kNextGroupWindow = 12;  // directed phrase to its targets
constexpr int kModifierWords = 2;     // "close US-Japan *economic* ties"
constexpr int kPossessorSkip = 4;     // "X's *policy of* dual containment"

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

inline bool IsActor(const Items& it, size_t i) { return it.actor[i] >= 0; }

bool In(std::string_view w, std::initializer_list<std::string_view> set);
bool EndsWith(std::string_view s, std::string_view suffix);
bool IsQuote(const Word& w);
bool IsPairJoiner(const Word& w);
bool IsHyphenWord(const Word& w);
bool IsClauseBreak(const Word& w);
bool IsSentenceBreak(const Word& w);
bool IsComma(const Word& w);
bool IsTitleWord(std::string_view w);
bool IsStopWord(std::string_view w);
bool IsPossessedModifier(std::string_view w);
bool IsWordItem(const Items& it, size_t i, std::string_view w);
bool IsLowerWord(const Items& it, size_t i);
bool InConjunct(const Items& it, size_t i);
bool IsSeparator(const Items& it, size_t i, bool* is_and);
Group ParseGroupForward(const Items& it, size_t i, size_t end);
Group ParseGroupBackward(const Items& it, size_t a, size_t floor);
size_t SkipPhraseTail(const Items& it, size_t i, size_t end);
Group ObjectsAfter(const Items& it, size_t after, size_t end, bool allow_of);
Group BetweenAfter(const Items& it, size_t after, size_t end);
// Whether group `g` is the last part of a longer list ("Mali and Niger" of
// "called on Burkina Faso, Mali and Niger"): a comma and an actor right
// before it (past `floor`), the list governed by a preposition.
bool ListTail(const Items& it, const Group& g, size_t floor);
Group NextGroup(const Items& it, size_t i, size_t end);
Group LabellingSubject(const Items& it, const Group& object, size_t floor);
// Whether the phrase at items [first, last] names no relationship of
// actors: a word of a capitalised name ("the Memorandum of Cooperation"),
// the complement of another noun ("prisoners of war"), an exchange of
// things ("exchanges of views"), a verb after "to" ("agreed to exchange 500
// prisoners").
bool NotARelationship(const Items& it, size_t first, size_t last, size_t end);
// Whether the phrase names a joint activity rather than a standing
// relationship ("cooperation", "dialogue", "exchanges", "communication"):
// its ends must be named in the sentence; a document's parties are not
// taken for them ("deepen our cooperation on defence", "resolve their
// differences through dialogue", a heading "People-to-People Exchanges").
bool IsActivity(const RelationshipPhrase& phrase);
// Whether the phrase starting at item `first` names an occasion: "the"
// and at most four modifiers before it, after "for", "at", "during",
// "after", "before" or "ahead of" ("hosted X and Y for the 2+2 dialogue",
// "at the strategic dialogue"). Read for joint activities only.
bool IsOccasion(const Items& it, size_t first);
// Whether the phrase at item `first` is the topic of a discussion in its
// sentence (items from `floor`, 24 at most, back to a verb of another
// clause: "said", "is", "that", ...): after "discuss" in any form, or
// "views", "talks" or "discussion(s)" with "on" / "about" ("exchange views
// on bilateral relations and X-Y relations", "discussed relations"). Read
// for bare "relations" and "ties", which such a topic names and no one
// asserts.
bool IsDiscussionTopic(const Items& it, size_t first, size_t floor);
// "is", "are", "remains", "has been", ...: a copula that makes the phrase
// after it a predicate of the subject before it.
bool IsCopula(std::string_view w);
// The subject of a copula that ends right before item `i`, a few adverbs
// and "one of" / "among" away: "X is one of [Y's closest allies]", "X
// remains [our partner]". Empty when there is none.
Group CopulaSubjectBefore(const Items& it, size_t i, size_t floor);
// "regards", "described", "calls", "counted", "valued", ...: a verb that
// gives its object a label ("as a partner", "its "friend"").
bool IsLabellingVerb(std::string_view w);
// The antecedent of a relative clause that labels it, ending right before
// item `i`: "Y, which X described as [its rival]", "Y, whom its ministry
// called [good friends]", "Y, which he called [Moscow's partner]" (the
// subject of the clause may be missing: "Y, which regards Z as ..."). At
// most four words between the relative pronoun and the verb; empty when
// none. O(1).
Group RelativeAntecedentBefore(const Items& it, size_t i, size_t floor);
// Whether items (from, to) between a subject and a phrase are a copula with
// a few determiners and modifiers: "X *is a* strategic partner".
bool CopulaBetween(const Items& it, size_t from, size_t to);
// Whether "a" or "an" is among items [from, to).
bool IndefiniteBetween(const Items& it, size_t from, size_t to);
// Whether item `i` is a preposition that would name the phrase's other end
// ("of", "to", "for", "with", "against", "between", "among").
bool ObjectPrepositionAt(const Items& it, size_t i, size_t end);
// The other end of a predicate phrase: "for Y", "to Y", "of Y" right after
// it; "for us" / "to us" / "of ours" give kSpeakerEnd.
Group PredicateObjectsAfter(const Items& it, size_t after, size_t end);
// "the friendship that binds X and Y", "the alliance and the friendship
// which unite X and Y", "the ties that exist between X and Y": a relative
// clause after the phrase naming two or more actors. `*the_two` is set when
// it names them as "the two countries" (the caller's parties).
Group BindingAfter(const Items& it, size_t after, size_t end, bool* the_two);
std::vector<int> Distinct(std::vector<int> v);

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

absl::string_view AbslView(std::string_view s);
uint32_t CueBits(const Word& w);

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
std::vector<CueRow> FindCues(const Items& it, const Lexicon& lexicon);

}  // namespace diplograph::text_internal::relations

#endif  // DIPLOGRAPH_LIB_TEXT_RELATIONS_ITEMS_H_
