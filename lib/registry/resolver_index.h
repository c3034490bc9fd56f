// Private: the index a Resolver (resolve.h) searches — folded phrases with
// the actors they name, dated roles (holdings) and title senses, and the
// phrase automaton of the mention finder. resolver_index.cc builds it
// (Resolver::Create); resolve.cc answers Resolve and FindMentions from it.
//
// Immutable once built, so safe to read from many threads; the Add*
// functions are for the build only.

#ifndef DIPLOGRAPH_LIB_REGISTRY_RESOLVER_INDEX_H_
#define DIPLOGRAPH_LIB_REGISTRY_RESOLVER_INDEX_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "diplograph/resolve.h"
#include "registry/fold.h"
#include "registry/phrase_automaton.h"

namespace diplograph {

struct Resolver::Index {
  struct Phrase {
    std::vector<MentionTarget> targets;  // best reason first, one per actor
    std::vector<std::string> spellings;  // as written, for explanations
    bool title = false;
    bool non_actor = false;
    bool place_like = false;
  };
  // A dated role: `person` holds `role` in `org` (whose state is `state`,
  // when one is known) over `valid`.
  struct Holding {
    ActorId person;
    ActorId org;
    ActorId state;
    std::string role;      // as written
    std::string role_key;  // folded
    Interval valid;
  };
  // What a title phrase means: a role (folded), in a given body or any, in
  // a given state or any.
  struct Sense {
    std::string role;
    ActorId org;
    ActorId state;
  };

  ResolverOptions options;
  std::vector<std::string> names;  // by actor id
  std::vector<ActorKind> kinds;
  std::vector<Phrase> phrases;
  absl::flat_hash_map<std::string, uint32_t> phrase_by_key;
  absl::flat_hash_map<std::string, std::vector<Sense>> titles;
  absl::flat_hash_map<std::string, std::vector<uint32_t>> holders;  // by role
  absl::flat_hash_map<ActorId, std::vector<uint32_t>> holdings_of;
  std::vector<Holding> holdings;
  internal::PhraseAutomaton automaton;

  // The phrase with folded `key`, added when new.
  uint32_t PhraseFor(const std::string& key);
  // Adds `text` as a phrase naming `actor` for `reason`; a better reason
  // for the same actor replaces a worse one, except that a place's reason
  // (metonymy, demonym) replaces a plain alias, being more telling.
  void AddName(absl::string_view text, ActorId actor, MatchReason reason);
  // Adds the words of `text` to the automaton as a phrase of `payload`.
  void AddAutomatonPhrase(absl::string_view text, uint32_t payload);
  // Two or three capital ASCII letters: matched only against capitals.
  static bool IsAcronym(const internal::Token& t, absl::string_view folded);
  // The state an actor belongs to: itself when a state, else the first
  // state reached through its affiliations (breadth-first, a few levels).
  ActorId StateOf(const Graph& graph, ActorId actor) const;
  // "minister of Ministry of X [2014/2016]".
  std::string Describe(const Holding& h) const;
  // Whether holding `h` fits title sense `s` (and, when not empty, a state
  // of `qualifier`).
  bool Fits(const Holding& h, const Sense& s,
            const absl::flat_hash_set<ActorId>& qualifier) const;
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_LIB_REGISTRY_RESOLVER_INDEX_H_
