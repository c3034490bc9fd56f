// Resolving names to actors: "President Putin", "the Russian president" on
// a date, "ERDOĞAN", "Владимир Путин", "the Kremlin", and finding every
// actor mention in running text with its byte span.
//
//   diplograph::Graph graph;  // e.g. with ImportGazetteer (gazetteer.h)
//   absl::StatusOr<diplograph::Resolver> resolver =
//       diplograph::Resolver::Create(graph);
//   diplograph::Resolution r = resolver->Resolve(
//       "the Russian president", *diplograph::Date::Parse("2009-03-18"));
//   // r.candidates[0]: Dmitry Medvedev, MatchReason::kTitleAtDate
//   for (const diplograph::Mention& m : resolver->FindMentions(text)) {
//     // text.substr(m.begin, m.end - m.begin) names m.targets[...].actor
//   }
//
// Matching rules (docs/registry.md has the details):
// - Names, aliases and queries are folded before comparison: case is
//   ignored; every character other than a letter, digit or combining mark
//   separates words, so punctuation variants, '_' against ' ', hyphens and
//   straight against curly apostrophes compare equal ("People's Daily" =
//   "PEOPLE’S_DAILY" = "people s daily"); diacritics are removed (ERDOĞAN =
//   Erdogan); Cyrillic is transliterated with ICU's Russian-Latin/BGN
//   transform, the romanisation of the dictionaries (Путин = Putin,
//   Сергей Лавров = Sergey Lavrov), or Ukrainian-Latin/BGN in a text with
//   і ї є ґ; initialisms with periods fold to one word (U.S. = US); a leading
//   "the" is ignored.
// - Besides the graph's names and aliases, the resolver knows the compiled-
//   in places (metonymy: "Moscow", "the White House"; demonyms: "Russian")
//   for the states of the graph, and the compiled-in offices' titles
//   ("foreign ministry spokesperson") for the bodies the graph has; every
//   affiliation role of the graph ("President") is a title too.
//
// Ranking: each candidate gets a score from its reason (MatchReason); the
// candidates are sorted by score, then by actor id. The result is ambiguous
// when two or more candidates share the best score.
//
// Thread safety: a Resolver is immutable once created; any number of
// threads may call Resolve and FindMentions at once. It holds no reference
// to the graph: it describes the graph as it was when created (rebuild it
// after changes).

#ifndef DIPLOGRAPH_RESOLVE_H_
#define DIPLOGRAPH_RESOLVE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "diplograph/date.h"
#include "diplograph/graph.h"
#include "diplograph/ids.h"

namespace diplograph {

// Why a name resolved to an actor, best first. The score of each is in
// parentheses.
enum class MatchReason : uint8_t {
  kExactName,     // (100) the actor's canonical name
  kTitleAndName,  // (95) "President Putin": a name, and a title the person
                  //      held on the date (or ever, without a date)
  kAlias,         // (90) one of the actor's aliases
  kCountryQualifiedName,  // (88) "the Russian government": the actor
                          //      named "Government (Russia)"
  kTitleAtDate,  // (85) "the Russian president": the holder on the date
  kTitleAndNameOtherTime,  // (70) a name with a title held at other times
  kMetonymy,               // (60) a capital or seat standing for a state
  kDemonym,                // (50) "Russian" for Russia
  kTitleUndated,       // (40) a title alone without a date: every holder ever
  kNameTitleMismatch,  // (30) a name with a title the person never held
};

// "exact_name", "title_and_name", "alias", "country_qualified_name",
// "title_at_date",
// "title_and_name_other_time", "metonymy", "demonym", "title_undated",
// "name_title_mismatch".
absl::string_view MatchReasonName(MatchReason reason);

// The score of a reason, as listed above.
int MatchReasonScore(MatchReason reason);

struct ResolvedCandidate {
  ActorId actor;
  MatchReason reason = MatchReason::kExactName;
  int score = 0;
  // What matched: "alias \"Putin\"", "President of Russia
  // 2012-05-07/..".
  std::string explanation;
};

struct Resolution {
  std::vector<ResolvedCandidate> candidates;  // best first
  bool ambiguous = false;  // two or more candidates share the best score

  bool found() const { return !candidates.empty(); }
  // REQUIRES: found().
  const ResolvedCandidate& best() const { return candidates.front(); }
};

// What a phrase of running text may name.
struct MentionTarget {
  ActorId actor;
  MatchReason reason = MatchReason::kExactName;  // kExactName, kAlias,
                                                 // kMetonymy or kDemonym
};

// One actor mention in a text.
struct Mention {
  uint32_t begin = 0;  // byte offsets into the text: [begin, end)
  uint32_t end = 0;
  // The actors the phrase names, best reason first (several when it is
  // ambiguous). Points into the Resolver; valid while it lives.
  absl::Span<const MentionTarget> targets;
};

// Work done by FindMentions, for checking that it is linear in the text.
struct MentionStats {
  uint64_t bytes = 0;        // text bytes scanned
  uint64_t tokens = 0;       // words found
  uint64_t transitions = 0;  // automaton steps, failure links included
};

struct ResolverOptions {
  // Use the compiled-in places (metonymy and demonyms), office titles and
  // non-actor phrases (gazetteer.h).
  bool builtin_gazetteer = true;
  // In FindMentions, a mention of a place-like actor (a state or place, or a
  // metonymy or demonym) is dropped when a capitalised word that starts no
  // known phrase stands right before it (unless that word starts a
  // sentence) or right after it: "China" in "South China Sea",
  // "Washington" in "Washington Redskins".
  bool proper_name_context = true;
};

namespace internal {
class ScriptContext;
struct TokenList;
}  // namespace internal

class Resolver {
 public:
  // Indexes the names, aliases, affiliations and roles of `graph`, in
  // O(actors + aliases + affiliations + gazetteer rows).
  // Errors: Internal when ICU's transforms cannot be created.
  static absl::StatusOr<Resolver> Create(const Graph& graph,
                                         const ResolverOptions& options = {});

  Resolver(Resolver&&) noexcept;
  Resolver& operator=(Resolver&&) noexcept;
  ~Resolver();

  // The actors `name` may refer to on `date` (the unknown Date() for no
  // date; a month or year date matches roles held on any of its days),
  // ranked. The name may be a canonical name, an alias, a metonymy or
  // demonym, or "[the] [COUNTRY] TITLE [NAME]" where COUNTRY is a state's
  // name, alias, demonym or capital, optionally possessive ("Russia's"),
  // TITLE a title phrase, and NAME a person's name or alias. An empty result
  // means nothing matched. O(k^2 + candidates x their affiliations) for a
  // name of k words. "[the] COUNTRY['s] NAME" also finds the actor named
  // "NAME (Country)" in the ICEWS manner ("the Russian government" ->
  // "Government (Russia)").
  Resolution Resolve(absl::string_view name, Date date = Date()) const;

  // Every actor mention in `text`, in text order, not overlapping. Where
  // phrases overlap, the longest wins (leftmost first among equals); known
  // non-actor phrases ("South China Sea") and titles take part and win the
  // same way but are not reported. Phrases do not run across sentence or
  // clause punctuation (. , ; : ! ? brackets, quotes). Aliases of two or
  // three capital letters ("US", "AP") match only words written in
  // capitals, so "us" is not the United States. See
  // ResolverOptions::proper_name_context for the context rule. O(length of
  // text): a word-level Aho-Corasick automaton over the phrases, run right
  // to left, gives the longest phrase starting at every word; the text is
  // read in parts of about 64 KiB ending at line breaks, so the working
  // memory stays small. REQUIRES: text.size() < 4 GiB (32-bit offsets).
  std::vector<Mention> FindMentions(absl::string_view text,
                                    MentionStats* stats = nullptr) const;

  // The folded form of `text` under the rules above: words separated by
  // single spaces ("erdogan", "sergey lavrov", "us").
  static std::string Fold(absl::string_view text);

  // Phrases in the mention automaton (names, aliases, places, titles,
  // non-actor phrases). O(1).
  size_t phrase_count() const;

 private:
  struct Index;
  struct Scratch;
  explicit Resolver(std::unique_ptr<Index> index);
  // FindMentions on one part of a text that starts at byte `offset`.
  void FindMentionsIn(absl::string_view part, uint32_t offset,
                      internal::ScriptContext& script, Scratch& scratch,
                      std::vector<Mention>& out, MentionStats* stats) const;
  std::unique_ptr<Index> index_;
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_RESOLVE_H_
