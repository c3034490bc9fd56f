// Actor search: find actors by words of their names and aliases, ranked —
// "Medvedev" finds "Dmitry Anatolyevich Medvedev", "putin" finds "Vladimir
// Putin", "foreign min" finds "Ministry of Foreign Affairs (China)". For an
// exact lookup of one name use Graph::FindActor; this is the fuzzy search a
// person types into a box.
//
//   ActorSearchIndex index(graph);          // once; O(name tokens log)
//   for (const ActorMatch& m : index.Search("medvedev", 5)) {
//     // m.actor, m.name ("Dmitry Anatolyevich Medvedev"), m.is_alias ...
//   }
//
// Tokens. A name is split into tokens at every ASCII character that is not
// a letter or a digit (spaces, punctuation, parentheses, hyphens,
// apostrophes); bytes of non-ASCII UTF-8 characters are kept inside tokens.
// ASCII letters are compared without case (as FindActor does); non-ASCII
// text is compared byte for byte (no accent folding).
//
// Matching. A name (canonical or alias) matches a query when every query
// token matches a different token of that name: equal to it (an exact
// token) or a prefix of it ("medv" matches "medvedev"). An actor matches
// when one of its names does; it is reported once, with its best name.
//
// Ranking, best first, comparing in this order:
//   1. the name is exactly the query's tokens (every name token matched
//      exactly, none left over): "Putin" ranks the alias "Putin" above
//      "Vladimir Putin";
//   2. more query tokens matched exactly rather than as a prefix;
//   3. a canonical name before an alias;
//   4. fewer tokens in the name (the closer name);
//   5. the lower actor id.
//
// Staleness. The index is a snapshot of the actors and aliases the graph
// had when it was built; rebuild it after adding actors or aliases. It
// keeps its own copy of the names and no reference to the graph.
//
// Thread safety: an ActorSearchIndex is immutable after construction; any
// number of threads may call Search() concurrently.

#ifndef DIPLOGRAPH_ACTOR_SEARCH_H_
#define DIPLOGRAPH_ACTOR_SEARCH_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "diplograph/graph.h"
#include "diplograph/ids.h"

namespace diplograph {

// One search result.
struct ActorMatch {
  ActorId actor;
  // The canonical name or alias that matched best. Valid as long as the
  // index that returned it.
  absl::string_view name;
  bool is_alias = false;
  // Query tokens that equal a token of `name` (the others matched as
  // prefixes), and the number of tokens of `name`.
  uint32_t exact_tokens = 0;
  uint32_t name_tokens = 0;
};

// The tokens of `text` as the index sees them: split at ASCII characters
// other than letters and digits, ASCII letters lower-cased.
// O(length of text).
std::vector<std::string> NameTokens(absl::string_view text);

class ActorSearchIndex {
 public:
  // Indexes the canonical names and aliases of every actor of `graph`.
  // O(N log N) time and O(N) memory for N name tokens in the graph.
  explicit ActorSearchIndex(const Graph& graph);

  // Up to `limit` actors matching `query`, best first (see the file
  // comment). A query without tokens ("", "  ", "()") matches nothing.
  // Complexity: O(q log V) to find, for each of the q query tokens, the
  // range of the V distinct tokens it is a prefix of; then the query token
  // with the fewest postings gives C candidate names, each checked in
  // O(q * t) for t tokens per name, and ranked in O(C log C). A one-letter
  // query may have every name as a candidate; a surname has a handful.
  std::vector<ActorMatch> Search(absl::string_view query,
                                 size_t limit = 10) const;

  // Distinct tokens and indexed names (canonical names plus aliases).
  size_t token_count() const { return vocabulary_.size(); }
  size_t name_count() const { return names_.size(); }

 private:
  struct Name {
    ActorId actor;
    bool is_alias = false;
    std::string text;
    std::vector<std::string> tokens;
  };

  std::vector<Name> names_;
  // Distinct tokens, sorted; postings_[i] lists the names (indexes into
  // names_, ascending) holding vocabulary_[i].
  std::vector<std::string> vocabulary_;
  std::vector<std::vector<uint32_t>> postings_;
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_ACTOR_SEARCH_H_
