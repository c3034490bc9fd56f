#include "diplograph/actor_search.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

namespace diplograph {

std::vector<std::string> NameTokens(absl::string_view text) {
  std::vector<std::string> tokens;
  std::string current;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || absl::ascii_isalnum(u)) {
      current.push_back(static_cast<char>(absl::ascii_tolower(u)));
    } else if (!current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

ActorSearchIndex::ActorSearchIndex(const Graph& graph) {
  for (uint32_t i = 0; i < graph.actor_count(); ++i) {
    const Actor& a = graph.actor(ActorId(i));
    names_.push_back({ActorId(i), false, a.name, NameTokens(a.name)});
    for (const std::string& alias : a.aliases) {
      names_.push_back({ActorId(i), true, alias, NameTokens(alias)});
    }
  }
  // (token, name) pairs, sorted, give the vocabulary and its postings.
  std::vector<std::pair<absl::string_view, uint32_t>> pairs;
  for (uint32_t n = 0; n < names_.size(); ++n) {
    for (const std::string& t : names_[n].tokens) pairs.emplace_back(t, n);
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  for (const auto& [token, name] : pairs) {
    if (vocabulary_.empty() || vocabulary_.back() != token) {
      vocabulary_.emplace_back(token);
      postings_.emplace_back();
    }
    postings_.back().push_back(name);
  }
}

namespace {

// How a name matched: the ranking key of the file comment.
struct Fit {
  bool whole = false;
  uint32_t exact = 0;
};

// Matches each query token to a different token of `name`, exact matches
// first. False when some query token finds none.
//
// Greedy is exact here. Taking equal tokens first loses nothing: a query
// token that could use an equal token as a prefix match is a prefix of the
// exact one, and the two can swap. The remaining query tokens match by
// prefix; two of them either have disjoint candidate sets or one is a
// prefix of the other and its candidates contain the other's, so assigning
// the longest first (the smallest set) never takes a token another needs.
bool FitName(const std::vector<std::string>& query,
             const std::vector<std::string>& name, Fit* fit) {
  std::vector<bool> used(name.size(), false);
  std::vector<bool> done(query.size(), false);
  fit->exact = 0;
  for (size_t q = 0; q < query.size(); ++q) {
    for (size_t t = 0; t < name.size(); ++t) {
      if (!used[t] && name[t] == query[q]) {
        used[t] = done[q] = true;
        ++fit->exact;
        break;
      }
    }
  }
  std::vector<size_t> rest;
  for (size_t q = 0; q < query.size(); ++q) {
    if (!done[q]) rest.push_back(q);
  }
  std::stable_sort(rest.begin(), rest.end(), [&query](size_t x, size_t y) {
    return query[x].size() > query[y].size();
  });
  for (size_t q : rest) {
    for (size_t t = 0; t < name.size(); ++t) {
      if (!used[t] && absl::StartsWith(name[t], query[q])) {
        used[t] = done[q] = true;
        break;
      }
    }
    if (!done[q]) return false;
  }
  fit->whole = fit->exact == query.size() && name.size() == query.size();
  return true;
}

}  // namespace

std::vector<ActorMatch> ActorSearchIndex::Search(absl::string_view query,
                                                 size_t limit) const {
  const std::vector<std::string> tokens = NameTokens(query);
  if (tokens.empty() || limit == 0) return {};
  // The query token whose prefix range has the fewest postings.
  size_t best_lo = 0, best_hi = 0, best_size = SIZE_MAX;
  for (const std::string& q : tokens) {
    const auto lo = std::lower_bound(vocabulary_.begin(), vocabulary_.end(), q);
    auto hi = lo;
    size_t size = 0;
    while (hi != vocabulary_.end() && absl::StartsWith(*hi, q)) {
      size += postings_[static_cast<size_t>(hi - vocabulary_.begin())].size();
      ++hi;
    }
    if (size < best_size) {
      best_size = size;
      best_lo = static_cast<size_t>(lo - vocabulary_.begin());
      best_hi = static_cast<size_t>(hi - vocabulary_.begin());
    }
  }
  std::vector<uint32_t> candidates;
  candidates.reserve(best_size);
  for (size_t v = best_lo; v < best_hi; ++v) {
    candidates.insert(candidates.end(), postings_[v].begin(),
                      postings_[v].end());
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()),
                   candidates.end());

  // The best name of each matching actor.
  struct Scored {
    Fit fit;
    uint32_t name;
  };
  auto better = [this](const Scored& a, const Scored& b) {
    const Name& x = names_[a.name];
    const Name& y = names_[b.name];
    if (a.fit.whole != b.fit.whole) return a.fit.whole;
    if (a.fit.exact != b.fit.exact) return a.fit.exact > b.fit.exact;
    if (x.is_alias != y.is_alias) return !x.is_alias;
    if (x.tokens.size() != y.tokens.size()) {
      return x.tokens.size() < y.tokens.size();
    }
    if (x.actor != y.actor) return x.actor < y.actor;
    return a.name < b.name;
  };
  absl::flat_hash_map<ActorId, Scored> by_actor;
  for (uint32_t n : candidates) {
    Fit fit;
    if (!FitName(tokens, names_[n].tokens, &fit)) continue;
    const Scored s{fit, n};
    auto [it, inserted] = by_actor.try_emplace(names_[n].actor, s);
    if (!inserted && better(s, it->second)) it->second = s;
  }
  std::vector<Scored> ranked;
  ranked.reserve(by_actor.size());
  for (const auto& [actor, s] : by_actor) ranked.push_back(s);
  const size_t n = std::min(limit, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<ptrdiff_t>(n),
                    ranked.end(), better);
  std::vector<ActorMatch> out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    const Name& name = names_[ranked[i].name];
    out.push_back({.actor = name.actor,
                   .name = name.text,
                   .is_alias = name.is_alias,
                   .exact_tokens = ranked[i].fit.exact,
                   .name_tokens = static_cast<uint32_t>(name.tokens.size())});
  }
  return out;
}

}  // namespace diplograph
