// Relationship clauses: which relationships one sentence asserts, between
// which of its actor mentions, in what role and with what modality.
//
//   // "China and Russia are each other's comprehensive strategic partners."
//   std::vector<ActorSpan> actors = {{0, 5, china}, {10, 16, russia}};
//   for (const RelationAssertion& r : FindRelations(
//            text, 0, text.size(), actors, Lexicon::Default())) {
//     r.phrase->key;   // "comprehensive_strategic_partnership"
//     r.ends;          // {china, russia}
//     r.rule;          // "coordinated-subject"
//   }
//
// The phrase comes from the relationship lexicon (lexicon.h); the ends come
// from the clause around it, by the first of these constructions that fits
// (docs/text_lexicon.md lists them with examples):
//   "between"             ties between X and Y; trust among X, Y and Z
//   "pair-modifier"       the China-Russia partnership, close US-Japan ties
//   "possessor"           X's ties with Y; X and Y's relationship; X's policy
//                         of dual containment toward Y and Z (two directed
//                         assertions, X -> Y and X -> Z); his/their ties with Y
//                         (the pronoun taken for the nearest earlier actor)
//   "coordinated-subject" X and Y are each other's ...; X and Y agreed to
//                         deepen cooperation; described X and Y as ...
//   "subject-object"      X is an ally of Y; X is conducting a policy of
//                         containment against Y
//   "subject-gap-object"  X changed its policy on Y and Z to triple
//                         cooperation (the objects between subject and phrase)
//   "directed-next-group" X's dual containment policy, trying to contain
//                         both Y and Z (a directed phrase whose agent is known
//                         and whose targets follow as a coordinated group)
//   "instead-of-clause"   instead of dual containment, X had changed its
//                         policy on Y and Z (the agent and targets follow)
//   "document-parties"    their trade relationship; both sides agreed to
//                         deepen cooperation (the `parties` argument)
// A phrase whose ends the sentence does not give yields nothing.
//
// Role: kContests for "the so-called ...", a rejecting verb before it
// ("rejects the notion of ...", "denied ..."), or a negated copula ("X is not
// an ally of Y"); kProposes for the phrase after "instead of ..." / "rather
// than ...", after an appeal verb ("calls for ...", "urged ... to build ...")
// or after "should" / "ought to"; kAsserts otherwise. The phrase inside
// "instead of ..." is presupposed: asserted.
// Modality: kNegated ("not", "never", "no"), kHypothetical ("would",
// "could", "might", "may", or inside an "if" / "unless" sentence), kFuture
// ("will", "shall", "going to"), in that order of precedence; kAsserted
// otherwise.
//
// Thread safety: a pure function of its arguments.

#ifndef DIPLOGRAPH_LIB_TEXT_RELATIONS_H_
#define DIPLOGRAPH_LIB_TEXT_RELATIONS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "absl/types/span.h"
#include "diplograph/relationship.h"
#include "diplograph/text.h"
#include "text/lexicon.h"

namespace diplograph::text_internal {

// An actor mention; `actor` is the caller's index for the actor (mentions of
// the same actor share it).
struct ActorSpan {
  uint32_t begin = 0, end = 0;
  int actor = -1;
};

// Whether a clause asserts, negates, promises or supposes its relationship:
// the public Modality of text.h.
using ::diplograph::Modality;
using ::diplograph::ModalityName;

// An end that stands for the speaker of the words holding the phrase: the
// first person ("Serbia is our strategic partner", "X is a partner for us").
// FindRelations leaves it for the caller, who knows the statement and its
// speaker, to replace with the speaker's state (or drop).
inline constexpr int kSpeakerEnd = -2;

struct RelationAssertion {
  const RelationshipPhrase* phrase = nullptr;
  uint32_t begin = 0, end = 0;  // the phrase as written
  // The caller's actor indexes, distinct: ends[0] -> ends[1] when directed;
  // two for a symmetric relationship; two or more for a group ("triple
  // cooperation"). Never fewer than two. One end may be kSpeakerEnd.
  std::vector<int> ends;
  // The ends are persons or bodies standing for their states ("X and Y
  // upgraded relations between their countries"): the caller replaces each
  // with the state it belongs to.
  bool ends_are_states = false;
  // The ends are a report's parties named by "our" ("our strategic
  // partnership"): the caller keeps the relationship only where the
  // speaker of the words is one of them.
  bool speaker_side = false;
  bool directed = false;
  EvidenceRole role = EvidenceRole::kAsserts;
  Modality modality = Modality::kAsserted;
  const char* rule = "";  // the construction, e.g. "between"
  float confidence = 0;   // 0..1, by construction
};

// The relationships asserted in one sentence text[begin, end), given the
// actor mentions in it (sorted, non-overlapping, inside the sentence; others
// are ignored), in text order of their phrases. A phrase inside an actor
// mention is not a relationship.
//
// `parties` (optional): the caller's actor indexes of the sides a document
// is about, when it knows them (the two sides of a readout or a joint
// statement, the states of a bilateral meeting). A symmetric or group phrase
// whose ends the sentence does not name but refers to them ("their economic
// and trade relationship", "both sides agreed to deepen cooperation",
// "bilateral ties", "the two countries' partnership") takes them as its ends
// (rule "document-parties", confidence 0.5); with more than two parties, a
// symmetric phrase gives every pair. "X, a treaty ally of both countries"
// (the phrase's object the parties, its subject an apposition's head or a
// copula's subject) gives X and each party.
//
// `report_parties`: the parties are a news report's pair, known from its
// headline or lede, not a document of theirs. Only "the two countries",
// "both sides" (and the other nouns above) and "our" refer to them; "our"
// sets `speaker_side`. "their", "bilateral" and a capitalised name are
// read for a joint document's parties only.
//
// Errors: none (no ends, no assertion). O(sentence length + actors +
// parties^2).
std::vector<RelationAssertion> FindRelations(std::string_view text,
                                             uint32_t begin, uint32_t end,
                                             absl::Span<const ActorSpan> actors,
                                             const Lexicon& lexicon,
                                             absl::Span<const int> parties = {},
                                             bool report_parties = false);

}  // namespace diplograph::text_internal

#endif  // DIPLOGRAPH_LIB_TEXT_RELATIONS_H_
