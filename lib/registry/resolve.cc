// The Resolver (resolve.h): dated title resolution and the mention finder,
// over the index that resolver_index.cc builds.

#include "diplograph/resolve.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "registry/fold.h"
#include "registry/phrase_automaton.h"
#include "registry/resolver_index.h"

namespace diplograph {
namespace {

using internal::PhraseAutomaton;
using internal::Token;

}  // namespace

absl::string_view MatchReasonName(MatchReason reason) {
  switch (reason) {
    case MatchReason::kExactName:
      return "exact_name";
    case MatchReason::kTitleAndName:
      return "title_and_name";
    case MatchReason::kAlias:
      return "alias";
    case MatchReason::kCountryQualifiedName:
      return "country_qualified_name";
    case MatchReason::kTitleAtDate:
      return "title_at_date";
    case MatchReason::kTitleAndNameOtherTime:
      return "title_and_name_other_time";
    case MatchReason::kMetonymy:
      return "metonymy";
    case MatchReason::kDemonym:
      return "demonym";
    case MatchReason::kTitleUndated:
      return "title_undated";
    case MatchReason::kNameTitleMismatch:
      return "name_title_mismatch";
  }
  return "exact_name";
}

int MatchReasonScore(MatchReason reason) {
  switch (reason) {
    case MatchReason::kExactName:
      return 100;
    case MatchReason::kTitleAndName:
      return 95;
    case MatchReason::kAlias:
      return 90;
    case MatchReason::kCountryQualifiedName:
      return 88;
    case MatchReason::kTitleAtDate:
      return 85;
    case MatchReason::kTitleAndNameOtherTime:
      return 70;
    case MatchReason::kMetonymy:
      return 60;
    case MatchReason::kDemonym:
      return 50;
    case MatchReason::kTitleUndated:
      return 40;
    case MatchReason::kNameTitleMismatch:
      return 30;
  }
  return 0;
}

// Buffers of one FindMentions call, reused from part to part.
struct Resolver::Scratch {
  internal::TokenList tokens;
  std::vector<uint32_t> ids;
  std::vector<bool> breaks;
  std::vector<PhraseAutomaton::Longest> longest;
  std::string caps;
};

Resolver::Resolver(std::unique_ptr<Index> index) : index_(std::move(index)) {}
Resolver::Resolver(Resolver&&) noexcept = default;
Resolver& Resolver::operator=(Resolver&&) noexcept = default;
Resolver::~Resolver() = default;

std::string Resolver::Fold(absl::string_view text) {
  return internal::FoldPhrase(text, false);
}

size_t Resolver::phrase_count() const {
  return index_->automaton.phrase_count();
}

Resolution Resolver::Resolve(absl::string_view name, Date date) const {
  const Index& x = *index_;
  internal::TokenList tokens;
  internal::Tokenize(name, tokens);
  std::vector<std::string> words;
  for (size_t i = 0; i < tokens.size(); ++i) {
    words.emplace_back(tokens.Folded(i));
  }
  if (words.size() > 1 && words[0] == "the") words.erase(words.begin());

  absl::flat_hash_map<ActorId, ResolvedCandidate> best;
  auto add = [&](ActorId actor, MatchReason reason, std::string explanation) {
    const int score = MatchReasonScore(reason);
    auto [it, added] = best.try_emplace(
        actor, ResolvedCandidate{actor, reason, score, std::move(explanation)});
    if (!added && score > it->second.score) {
      it->second =
          ResolvedCandidate{actor, reason, score, std::move(explanation)};
    }
  };
  auto phrase_of = [&](size_t from, size_t to) -> const Index::Phrase* {
    if (from >= to) return nullptr;
    std::vector<absl::string_view> part(words.begin() + from,
                                        words.begin() + to);
    auto it = x.phrase_by_key.find(absl::StrJoin(part, " "));
    return it == x.phrase_by_key.end() ? nullptr : &x.phrases[it->second];
  };
  const bool dated = date.is_known();
  const Interval day = dated ? *Interval::Make(date, date) : Interval();

  // 1. The whole phrase as a name, alias, metonymy or demonym.
  if (const Index::Phrase* p = phrase_of(0, words.size()); p != nullptr) {
    for (size_t i = 0; i < p->targets.size(); ++i) {
      const MentionTarget& t = p->targets[i];
      add(t.actor, t.reason,
          absl::StrCat(MatchReasonName(t.reason), " \"", p->spellings[i],
                       "\""));
    }
  }

  // 2. [COUNTRY ['s]] TITLE [NAME]: the parse with the longest title wins,
  // then the one with a country.
  struct Parse {
    absl::flat_hash_set<ActorId> qualifier;
    const std::vector<Index::Sense>* senses = nullptr;
    size_t title_len = 0, q_len = 0, rest = 0;
  };
  Parse chosen;
  for (size_t q = 0; q < words.size(); ++q) {
    Parse parse;
    parse.q_len = q;
    if (q > 0) {
      const Index::Phrase* p = phrase_of(0, q);
      if (p == nullptr) continue;
      for (const MentionTarget& t : p->targets) {
        if (x.kinds[t.actor.value] == ActorKind::kState) {
          parse.qualifier.insert(t.actor);
        }
      }
      if (parse.qualifier.empty()) continue;
    }
    size_t j = q;
    if (q > 0 && j < words.size() && words[j] == "s") ++j;  // possessive
    // "Russian government" -> "Government (Russia)".
    if (q > 0 && j < words.size()) {
      std::vector<absl::string_view> part(words.begin() + j, words.end());
      const std::string rest = absl::StrJoin(part, " ");
      for (ActorId state : parse.qualifier) {
        const std::string key =
            absl::StrCat(rest, " ", internal::FoldPhrase(x.names[state.value]));
        auto it = x.phrase_by_key.find(key);
        if (it == x.phrase_by_key.end()) continue;
        const Index::Phrase& p = x.phrases[it->second];
        for (size_t k = 0; k < p.targets.size(); ++k) {
          if (p.targets[k].actor == state) continue;
          add(p.targets[k].actor, MatchReason::kCountryQualifiedName,
              absl::StrCat("\"", p.spellings[k], "\" by its country"));
        }
      }
    }
    for (size_t e = words.size(); e > j; --e) {
      std::vector<absl::string_view> part(words.begin() + j, words.begin() + e);
      auto it = x.titles.find(absl::StrJoin(part, " "));
      if (it == x.titles.end()) continue;
      parse.senses = &it->second;
      parse.title_len = e - j;
      parse.rest = e;
      break;
    }
    if (parse.senses == nullptr) continue;
    if (chosen.senses == nullptr || parse.title_len > chosen.title_len ||
        (parse.title_len == chosen.title_len && parse.q_len > chosen.q_len)) {
      chosen = std::move(parse);
    }
  }
  if (chosen.senses != nullptr) {
    auto fits = [&](const Index::Holding& h) {
      for (const Index::Sense& s : *chosen.senses) {
        if (x.Fits(h, s, chosen.qualifier)) return true;
      }
      return false;
    };
    if (chosen.rest == words.size()) {
      // A title alone: its holders on the date.
      absl::flat_hash_set<uint32_t> seen;
      for (const Index::Sense& s : *chosen.senses) {
        auto it = x.holders.find(s.role);
        if (it == x.holders.end()) continue;
        for (uint32_t h : it->second) {
          const Index::Holding& holding = x.holdings[h];
          if (!x.Fits(holding, s, chosen.qualifier) || !seen.insert(h).second) {
            continue;
          }
          if (dated && !holding.valid.Overlaps(day)) continue;
          add(holding.person,
              dated ? MatchReason::kTitleAtDate : MatchReason::kTitleUndated,
              x.Describe(holding));
        }
      }
    } else if (const Index::Phrase* p = phrase_of(chosen.rest, words.size());
               p != nullptr) {
      // A title and a name: the name's actors, ranked by whether they held
      // the title.
      for (const MentionTarget& t : p->targets) {
        const Index::Holding* at_date = nullptr;
        const Index::Holding* other = nullptr;
        auto it = x.holdings_of.find(t.actor);
        if (it != x.holdings_of.end()) {
          for (uint32_t h : it->second) {
            const Index::Holding& holding = x.holdings[h];
            if (!fits(holding)) continue;
            if (!dated || holding.valid.Overlaps(day)) {
              at_date = &holding;
              break;
            }
            if (other == nullptr) other = &holding;
          }
        }
        if (at_date != nullptr) {
          add(t.actor, MatchReason::kTitleAndName, x.Describe(*at_date));
        } else if (other != nullptr) {
          add(t.actor, MatchReason::kTitleAndNameOtherTime, x.Describe(*other));
        } else {
          add(t.actor, MatchReason::kNameTitleMismatch,
              absl::StrCat("\"", x.names[t.actor.value],
                           "\" never held the title"));
        }
      }
    }
  }

  Resolution r;
  for (auto& [actor, c] : best) r.candidates.push_back(std::move(c));
  std::sort(r.candidates.begin(), r.candidates.end(),
            [](const ResolvedCandidate& a, const ResolvedCandidate& b) {
              if (a.score != b.score) return a.score > b.score;
              return a.actor < b.actor;
            });
  r.ambiguous = r.candidates.size() >= 2 &&
                r.candidates[0].score == r.candidates[1].score;
  return r;
}

std::vector<Mention> Resolver::FindMentions(absl::string_view text,
                                            MentionStats* stats) const {
  // Phrases never cross a line break, so the text is read in parts of about
  // 64 KiB that end at one: the per-word arrays stay small and warm, and are
  // reused from part to part.
  constexpr size_t kPart = 64 << 10;
  std::vector<Mention> out;
  internal::ScriptContext script(text);
  Scratch scratch;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.size();
    if (text.size() - start > kPart) {
      const size_t nl = text.find('\n', start + kPart);
      if (nl != absl::string_view::npos) end = nl + 1;
    }
    FindMentionsIn(text.substr(start, end - start),
                   static_cast<uint32_t>(start), script, scratch, out, stats);
    start = end;
  }
  if (stats != nullptr) stats->bytes += text.size();
  return out;
}

void Resolver::FindMentionsIn(absl::string_view part, uint32_t offset,
                              internal::ScriptContext& script, Scratch& scratch,
                              std::vector<Mention>& out,
                              MentionStats* stats) const {
  const Index& x = *index_;
  internal::TokenList& list = scratch.tokens;
  internal::Tokenize(part, list, &script);
  const std::vector<Token>& tokens = list.tokens;
  const size_t n = tokens.size();
  std::vector<uint32_t>& ids = scratch.ids;
  std::vector<bool>& breaks = scratch.breaks;
  ids.resize(n);
  breaks.resize(n);
  std::string& caps = scratch.caps;
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    const absl::string_view folded = list.Folded(t);
    uint32_t id = 0;
    if (t.all_caps && folded.size() <= 3) {
      caps.clear();
      caps.push_back('^');
      caps.append(folded.data(), folded.size());
      id = x.automaton.WordId(caps);
    }
    if (id == 0) id = x.automaton.WordId(folded);
    ids[i] = id;
    breaks[i] = t.break_before;
  }
  std::vector<PhraseAutomaton::Longest>& longest = scratch.longest;
  uint64_t steps = 0;
  x.automaton.Run(ids, breaks, longest, &steps);

  size_t covered_end = 0;  // tokens before this index are in a phrase
  for (size_t i = 0; i < n;) {
    const PhraseAutomaton::Longest& l = longest[i];
    if (l.length == 0) {
      ++i;
      continue;
    }
    const size_t end = i + l.length;
    const Index::Phrase& p = x.phrases[l.payload];
    if (!p.targets.empty() && !p.non_actor) {
      bool drop = false;
      if (x.options.proper_name_context && p.place_like) {
        if (i > 0 && !tokens[i].break_before && covered_end < i &&
            tokens[i - 1].capitalized && !tokens[i - 1].sentence_start) {
          drop = true;
        }
        if (end < n && !tokens[end].break_before && tokens[end].capitalized &&
            longest[end].length == 0) {
          drop = true;
        }
      }
      if (!drop) {
        out.push_back({.begin = offset + tokens[i].begin,
                       .end = offset + tokens[end - 1].end,
                       .targets = absl::MakeConstSpan(p.targets)});
      }
    }
    covered_end = end;
    i = end;
  }
  if (stats != nullptr) {
    stats->tokens += n;
    stats->transitions += steps;
  }
}

}  // namespace diplograph
