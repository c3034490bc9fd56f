// Resolver::Create (resolve.h): builds the index of resolver_index.h from
// a graph's names, aliases and affiliations and the built-in gazetteer.

#include "registry/resolver_index.h"

#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "diplograph/gazetteer.h"
#include "diplograph/resolve.h"
#include "registry/fold.h"
#include "registry/phrase_automaton.h"

namespace diplograph {
namespace {

using internal::Token;

bool IsPlaceKind(ActorKind kind) {
  return kind == ActorKind::kState || kind == ActorKind::kPlace;
}

int Rank(MatchReason reason) { return MatchReasonScore(reason); }

}  // namespace

uint32_t Resolver::Index::PhraseFor(const std::string& key) {
  auto [it, added] =
      phrase_by_key.try_emplace(key, static_cast<uint32_t>(phrases.size()));
  if (added) phrases.emplace_back();
  return it->second;
}

void Resolver::Index::AddName(absl::string_view text, ActorId actor,
                              MatchReason reason) {
  const std::string key = internal::FoldPhrase(text, true);
  if (key.empty()) return;
  Phrase& p = phrases[PhraseFor(key)];
  for (size_t i = 0; i < p.targets.size(); ++i) {
    MentionTarget& t = p.targets[i];
    if (t.actor != actor) continue;
    const bool place =
        reason == MatchReason::kMetonymy || reason == MatchReason::kDemonym;
    if (Rank(reason) > Rank(t.reason) ||
        (place && t.reason == MatchReason::kAlias)) {
      t.reason = reason;
      p.spellings[i] = std::string(text);
    }
    return;
  }
  p.targets.push_back({actor, reason});
  p.spellings.emplace_back(text);
}

void Resolver::Index::AddAutomatonPhrase(absl::string_view text,
                                         uint32_t payload) {
  internal::TokenList tokens;
  internal::Tokenize(text, tokens);
  size_t first = 0;
  if (tokens.size() > 1 && tokens.Folded(0) == "the") first = 1;
  std::vector<uint32_t> words;
  for (size_t i = first; i < tokens.size(); ++i) {
    const Token& t = tokens.tokens[i];
    const absl::string_view folded = tokens.Folded(t);
    words.push_back(automaton.AddWord(
        IsAcronym(t, folded) ? absl::StrCat("^", folded) : folded));
  }
  if (!words.empty()) automaton.AddPhrase(words, payload);
}

bool Resolver::Index::IsAcronym(const Token& t, absl::string_view folded) {
  if (!t.all_caps || folded.size() < 2 || folded.size() > 3) {
    return false;
  }
  for (char c : folded) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

ActorId Resolver::Index::StateOf(const Graph& graph, ActorId actor) const {
  std::vector<ActorId> frontier = {actor};
  absl::flat_hash_set<ActorId> seen = {actor};
  for (int depth = 0; depth < 4 && !frontier.empty(); ++depth) {
    std::vector<ActorId> next;
    for (ActorId a : frontier) {
      if (graph.actor(a).kind == ActorKind::kState) return a;
      for (const Affiliation& af : graph.actor(a).affiliations) {
        if (seen.insert(af.organization).second) {
          next.push_back(af.organization);
        }
      }
    }
    frontier = std::move(next);
  }
  return ActorId();
}

std::string Resolver::Index::Describe(const Holding& h) const {
  return absl::StrCat(h.role, " of ", names[h.org.value], " ",
                      h.valid.ToString());
}

bool Resolver::Index::Fits(
    const Holding& h, const Sense& s,
    const absl::flat_hash_set<ActorId>& qualifier) const {
  if (h.role_key != s.role) return false;
  if (s.org.valid() && h.org != s.org) return false;
  if (!qualifier.empty()) return h.state.valid() && qualifier.contains(h.state);
  if (s.state.valid()) return h.state == s.state;
  return true;
}

absl::StatusOr<Resolver> Resolver::Create(const Graph& graph,
                                          const ResolverOptions& options) {
  if (absl::Status s = internal::FoldingStatus(); !s.ok()) return s;
  auto index = std::make_unique<Index>();
  Index& x = *index;
  x.options = options;
  const size_t n = graph.actor_count();
  x.names.resize(n);
  x.kinds.resize(n);
  for (uint32_t v = 0; v < n; ++v) {
    const ActorId id(v);
    if (!graph.Contains(id)) continue;
    const Actor& a = graph.actor(id);
    x.names[v] = a.name;
    x.kinds[v] = a.kind;
    x.AddName(a.name, id, MatchReason::kExactName);
    for (const std::string& alias : a.aliases) {
      x.AddName(alias, id, MatchReason::kAlias);
    }
  }
  // Dated roles, and every role as a title phrase.
  for (uint32_t v = 0; v < n; ++v) {
    const ActorId id(v);
    if (!graph.Contains(id)) continue;
    for (const Affiliation& af : graph.actor(id).affiliations) {
      const uint32_t h = static_cast<uint32_t>(x.holdings.size());
      const std::string role = internal::FoldPhrase(af.role);
      x.holdings.push_back({.person = id,
                            .org = af.organization,
                            .state = x.StateOf(graph, af.organization),
                            .role = af.role,
                            .role_key = role,
                            .valid = af.valid});
      x.holders[role].push_back(h);
      x.holdings_of[id].push_back(h);
      std::vector<Index::Sense>& senses = x.titles[role];
      if (senses.empty()) {
        senses.push_back({.role = role, .org = ActorId(), .state = ActorId()});
      }
    }
  }
  std::vector<std::pair<std::string, uint32_t>> automaton_phrases;
  if (options.builtin_gazetteer) {
    const Gazetteer& g = BuiltinGazetteer();
    for (const PlaceRecord& p : g.places) {
      absl::StatusOr<ActorId> state = graph.FindActorByIso3(p.country);
      if (!state.ok()) continue;
      MatchReason reason = MatchReason::kMetonymy;
      if (p.kind == PlaceKind::kDemonym) reason = MatchReason::kDemonym;
      if (p.kind == PlaceKind::kShortName) reason = MatchReason::kAlias;
      x.AddName(p.phrase, *state, reason);
    }
    for (const OfficeRecord& o : g.offices) {
      absl::StatusOr<ActorId> state = graph.FindActorByIso3(o.country);
      if (!state.ok()) continue;
      ActorId org = *state;
      if (!o.organization.empty()) {
        org = ActorId();
        for (ActorId m : graph.MatchActors(o.organization)) {
          if (x.StateOf(graph, m) == *state) org = m;
        }
        if (!org.valid()) continue;
      }
      const std::string role = internal::FoldPhrase(o.role);
      for (const std::string& title : o.titles) {
        x.titles[internal::FoldPhrase(title, true)].push_back(
            {.role = role, .org = org, .state = *state});
        automaton_phrases.emplace_back(title, 0);
      }
    }
    for (const NonActorPhraseRecord& p : g.non_actor_phrases) {
      const std::string key = internal::FoldPhrase(p.phrase, true);
      if (key.empty()) continue;
      const uint32_t at = x.PhraseFor(key);
      // A phrase that is itself an actor's name ("Papua New Guinea" when the
      // graph has that state) stays that actor's: the row only keeps the
      // shorter name inside it ("Guinea") from matching.
      if (x.phrases[at].targets.empty()) x.phrases[at].non_actor = true;
      automaton_phrases.emplace_back(p.phrase, at);
    }
  }
  // Title phrases are known to the mention finder (and win over shorter
  // names inside them) but are not reported.
  for (const auto& [key, senses] : x.titles) {
    (void)senses;
    x.phrases[x.PhraseFor(key)].title = true;
  }
  for (auto& [text, payload] : automaton_phrases) {
    payload = x.phrase_by_key.at(internal::FoldPhrase(text, true));
  }
  // Order targets best first and mark place-like phrases.
  for (Index::Phrase& p : x.phrases) {
    std::vector<size_t> order(p.targets.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return Rank(p.targets[a].reason) > Rank(p.targets[b].reason);
    });
    std::vector<MentionTarget> targets;
    std::vector<std::string> spellings;
    for (size_t i : order) {
      targets.push_back(p.targets[i]);
      spellings.push_back(std::move(p.spellings[i]));
    }
    p.targets = std::move(targets);
    p.spellings = std::move(spellings);
    p.place_like = !p.targets.empty();
    for (const MentionTarget& t : p.targets) {
      if (!IsPlaceKind(x.kinds[t.actor.value]) &&
          t.reason != MatchReason::kMetonymy &&
          t.reason != MatchReason::kDemonym) {
        p.place_like = false;
      }
    }
  }
  // The automaton: every spelling of every phrase (acronyms keep their
  // capitals), then titles and non-actor phrases.
  for (uint32_t at = 0; at < x.phrases.size(); ++at) {
    for (const std::string& spelling : x.phrases[at].spellings) {
      x.AddAutomatonPhrase(spelling, at);
    }
  }
  for (const auto& [key, senses] : x.titles) {
    (void)senses;
    x.AddAutomatonPhrase(key, x.phrase_by_key.at(key));
  }
  for (const auto& [text, payload] : automaton_phrases) {
    x.AddAutomatonPhrase(text, payload);
  }
  x.automaton.Build();
  return Resolver(std::move(index));
}

}  // namespace diplograph
