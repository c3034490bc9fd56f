// Actors and their mentions: the Extraction's actor for a known or registry
// actor or a new proposal, every mention of the document (known graph,
// registry, titles before capitalised names, family names after a full
// mention, demonyms), and titles learnt from appositions
// ("Wang Yi, China's foreign minister,").

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "text/reader.h"
#include "text/word_filter.h"

namespace diplograph {
namespace text_internal {

// The registry's state for a capitalised word that is a demonym
// ("Chinese"), also where the mention finder dropped it before a
// capitalised word ("the Chinese Government"); invalid otherwise.
ActorId Reader::DemonymWord(const Token& t) const {
  if (!t.word || !t.capitalised || !k_.registry_resolver) return ActorId();
  const Resolution r = k_.registry_resolver->Resolve(
      Slice(text_, t.begin, t.end), x_.document_date);
  if (!r.found() || r.ambiguous || r.best().reason != MatchReason::kDemonym) {
    return ActorId();
  }
  return r.best().actor;
}

namespace {

// "G7", "G20": a group of states named by its count.
bool IsGroupOfStates(absl::string_view w) {
  return w.size() >= 2 && w.size() <= 3 && w[0] == 'G' &&
         std::all_of(w.begin() + 1, w.end(), [](char c) {
           return absl::ascii_isdigit(static_cast<unsigned char>(c));
         });
}

// Honorifics that may stand between a title and a name.
bool IsHonorific(absl::string_view lower) {
  for (absl::string_view w :
       {"dr", "mr", "mrs", "ms", "madam", "shri", "smt", "prof"}) {
    if (lower == w) return true;
  }
  return false;
}

}  // namespace

// The last word of a place's name ("strait", "sea", "islands").
bool IsGeographicWord(absl::string_view lower) {
  return lower == "strait" || lower == "straits" || lower == "sea" ||
         lower == "ocean" || lower == "gulf" || lower == "bay" ||
         lower == "peninsula" || lower == "island" || lower == "islands" ||
         lower == "shoal" || lower == "reef" || lower == "river" ||
         lower == "canal" || lower == "channel" || lower == "mountains" ||
         lower == "desert" || lower == "valley" || lower == "corridor" ||
         lower == "plateau" || lower == "basin" || lower == "archipelago" ||
         lower == "heights" || lower == "coast" || lower == "region";
}

bool IsNameParticle(absl::string_view lower) {
  return lower == "von" || lower == "van" || lower == "der" || lower == "den" ||
         lower == "de" || lower == "del" || lower == "della" || lower == "da" ||
         lower == "di" || lower == "dos" || lower == "das" || lower == "du" ||
         lower == "la" || lower == "le" || lower == "bin" || lower == "bint" ||
         lower == "ibn" || lower == "al" || lower == "el" || lower == "ter";
}

uint64_t Reader::ActorKey(bool* known, ActorId* id) const {
  if (!*known && id->value < k_.registry_to_known.size() &&
      k_.registry_to_known[id->value].valid()) {
    *known = true;
    *id = k_.registry_to_known[id->value];
  }
  return (uint64_t{*known ? 1u : 2u} << 32) | id->value;
}

int Reader::ActorFor(bool known, ActorId id) {
  const uint64_t key = ActorKey(&known, &id);
  auto it = actor_index_.find(key);
  if (it != actor_index_.end()) return it->second;
  const std::vector<ActorFacts>& table = known ? k_.known : k_.registry;
  if (id.value >= table.size()) return -1;
  const ActorFacts& f = table[id.value];
  ExtractedActor a;
  if (known) a.known = id;
  a.name = f.name;
  a.kind = f.kind;
  a.iso3 = f.iso3;
  a.cameo_code = f.cameo_code;
  // A registry organisation keeps its other names ("State Department"):
  // its name carries a qualifier ("Department of State (United States)")
  // that a document never writes.
  if (!known) {
    for (const std::string& alias : f.aliases) {
      if (a.aliases.size() >= 8) break;
      a.aliases.push_back(alias);
    }
  }
  a.rule = known ? "known-graph" : "registry";
  a.confidence = 0.9f;
  const int index = static_cast<int>(x_.actors.size());
  x_.actors.push_back(std::move(a));
  facts_.push_back(&f);
  titles_.emplace_back();
  actor_index_[key] = index;
  // Organisations it belongs to are actors of the same table.
  return index;
}

namespace {

// The field of an office after "of" in a title: "Secretary of State",
// "Minister of Foreign Affairs", "Secretary of the Treasury".
bool IsTitleDomainWord(absl::string_view lower) {
  for (absl::string_view w :
       {"state",         "defense",     "defence",        "foreign",
        "affairs",       "commerce",    "energy",         "finance",
        "treasury",      "trade",       "interior",       "justice",
        "homeland",      "security",    "agriculture",    "health",
        "labor",         "labour",      "education",      "economy",
        "industry",      "transport",   "transportation", "european",
        "international", "development", "cooperation",    "environment",
        "climate",       "culture"}) {
    if (lower == w) return true;
  }
  return false;
}

}  // namespace

int Reader::NewActor(absl::string_view name, ActorKind kind, const char* rule,
                     float confidence) {
  // A name never runs over a line break or holds another control character
  // (the graph refuses such a name, and with it the whole extraction): the
  // rules that gather capitalised words stop at a line break, and this is
  // the guard for any that would not.
  if (std::any_of(name.begin(), name.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
      })) {
    return -1;
  }
  // The same words again: no folding.
  if (auto seen = new_actor_by_name_.find(name);
      seen != new_actor_by_name_.end()) {
    return seen->second;
  }
  const std::string key = Resolver::Fold(name);
  if (key.empty()) return -1;
  auto it = new_actor_index_.find(key);
  if (it != new_actor_index_.end()) {
    new_actor_by_name_.emplace(std::string(name), it->second);
    return it->second;
  }
  ExtractedActor a;
  a.name = std::string(name);
  a.kind = kind;
  a.rule = rule;
  a.confidence = confidence;
  const int index = static_cast<int>(x_.actors.size());
  x_.actors.push_back(std::move(a));
  facts_.push_back(nullptr);
  titles_.emplace_back();
  new_actor_index_[key] = index;
  new_actor_by_name_.emplace(std::string(name), index);
  return index;
}

const ActorFacts* Reader::Facts(int actor) const {
  return actor >= 0 && actor < static_cast<int>(facts_.size()) ? facts_[actor]
                                                               : nullptr;
}

void Reader::NoteMention(int actor, uint32_t begin, uint32_t end) {
  if (actor < 0) return;
  ExtractedActor& a = x_.actors[actor];
  a.mentions.push_back({begin, end});
  const absl::string_view surface = Slice(text_, begin, end);
  // Written as the name or as an alias already kept: nothing to add (the
  // common case, checked without folding).
  if (surface == a.name || std::find(a.aliases.begin(), a.aliases.end(),
                                     surface) != a.aliases.end()) {
    return;
  }
  const std::string folded = Resolver::Fold(surface);
  if (folded != Resolver::Fold(a.name) && a.aliases.size() < 16) {
    // One alias per folded form: "MOSCOW" in a dateline and "Moscow" in the
    // text are the same name (the store refuses an actor whose aliases
    // repeat each other).
    if (std::none_of(a.aliases.begin(), a.aliases.end(),
                     [&](const std::string& have) {
                       return Resolver::Fold(have) == folded;
                     })) {
      a.aliases.emplace_back(surface);
    }
  }
}

bool Reader::HasRole(int actor, absl::string_view role) const {
  if (actor < 0) return false;
  for (const std::string& t : titles_[actor]) {
    if (absl::StrContains(t, role)) return true;
  }
  const ActorFacts* f = Facts(actor);
  if (f == nullptr) return false;
  for (const std::string& r : f->roles) {
    if (absl::StrContains(r, role)) return true;
  }
  return false;
}

bool Reader::AddAffiliation(int actor, int organization, absl::string_view role,
                            uint32_t begin, uint32_t end, const char* rule,
                            float confidence, bool dated) {
  ExtractedActor& a = x_.actors[actor];
  for (const ExtractedAffiliation& af : a.affiliations) {
    if (af.organization == organization &&
        absl::EqualsIgnoreCase(af.role, role)) {
      return false;
    }
  }
  ExtractedAffiliation af;
  af.organization = organization;
  af.role = std::string(role);
  if (dated && x_.document_date.is_known()) {
    af.valid = Interval::During(x_.document_date);
  }
  af.evidence = {begin, end};
  af.rule = rule;
  af.confidence = confidence;
  a.affiliations.push_back(std::move(af));
  return true;
}

bool Reader::AffiliatedTo(int member, int organization) const {
  if (member < 0 || organization < 0) return false;
  if (member == organization) return true;
  // Affiliations read from the text.
  for (const ExtractedAffiliation& af : x_.actors[member].affiliations) {
    if (af.organization == organization) return true;
    for (const ExtractedAffiliation& af2 :
         x_.actors[af.organization].affiliations) {
      if (af2.organization == organization) return true;
    }
  }
  const ActorFacts* m = Facts(member);
  const ActorFacts* o = Facts(organization);
  if (m == nullptr || o == nullptr) return false;
  const std::vector<ActorFacts>* table = nullptr;
  for (const auto* t : {&k_.known, &k_.registry}) {
    if (!t->empty() && m >= t->data() && m < t->data() + t->size() &&
        o >= t->data() && o < t->data() + t->size()) {
      table = t;
    }
  }
  if (table == nullptr) return false;
  const uint32_t target = static_cast<uint32_t>(o - table->data());
  for (uint32_t org : m->member_of) {
    if (org == target) return true;
    if (org < table->size()) {
      for (uint32_t org2 : (*table)[org].member_of) {
        if (org2 == target) return true;
      }
    }
  }
  return false;
}

void Reader::FindAllMentions() {
  const uint32_t begin = x_.body_begin;
  const absl::string_view body = text_.substr(begin);
  std::vector<DocMention> known, registry;
  auto convert = [&](const std::vector<Mention>& in, bool is_known,
                     std::vector<DocMention>& out) {
    for (const Mention& m : in) {
      if (m.targets.empty()) continue;
      const MentionTarget& t = m.targets.front();
      const std::vector<ActorFacts>& table = is_known ? k_.known : k_.registry;
      if (t.actor.value >= table.size()) continue;
      // "US$10 billion", "HK$": a currency, not the state.
      const size_t after = static_cast<size_t>(m.end) + begin;
      if (after < text_.size() && text_[after] == '$') continue;
      // Demonyms ("Russian") are adjectives, not mentions of the state;
      // kept apart for what a statement's words are about ("Russian
      // waters").
      if (t.reason == MatchReason::kDemonym) {
        demonyms_.push_back(
            {m.begin + begin, m.end + begin, is_known, t.actor});
        continue;
      }
      DocMention d;
      d.begin = m.begin + begin;
      d.end = m.end + begin;
      d.actor = ActorFor(is_known, t.actor);
      d.reason = t.reason;
      if (d.actor >= 0) out.push_back(d);
    }
  };
  if (k_.known_resolver) {
    convert(k_.known_resolver->FindMentions(body), true, known);
  }
  if (k_.registry_resolver) {
    convert(k_.registry_resolver->FindMentions(body), false, registry);
  }
  std::sort(
      demonyms_.begin(), demonyms_.end(),
      [](const Demonym& a, const Demonym& b) { return a.begin < b.begin; });
  // Merge: known mentions win where they overlap.
  size_t i = 0, j = 0;
  while (i < known.size() || j < registry.size()) {
    if (j >= registry.size() ||
        (i < known.size() && known[i].begin <= registry[j].begin)) {
      if (mentions_.empty() || mentions_.back().end <= known[i].begin) {
        mentions_.push_back(known[i]);
      }
      ++i;
    } else {
      const DocMention& r = registry[j];
      const bool overlaps_known = i < known.size() && known[i].begin < r.end;
      if (!overlaps_known &&
          (mentions_.empty() || mentions_.back().end <= r.begin)) {
        mentions_.push_back(r);
      }
      ++j;
    }
  }
  // Title and name: "Foreign Minister Wang Yi", "aide Yuri Ushakov",
  // "Spokesperson Matthew Miller": capitalised words after a role noun that
  // name no known actor are a person.
  body_tokens_ = Tokenize(text_, begin, static_cast<uint32_t>(text_.size()));
  {
    const std::vector<Token>& tokens = body_tokens_;
    std::vector<DocMention> found;
    size_t m = 0;
    for (size_t i = 0; i + 2 < tokens.size(); ++i) {
      if (!tokens[i].word) continue;
      if (!IsRoleNoun(LowerSlice(tokens[i].begin, tokens[i].end))) {
        continue;
      }
      // "Secretary of State Marcus Whitcombe": the title's "of" and its
      // field come before the name.
      // "Minister for Foreign Affairs Dr Tan Wei Ming": "for" opens the
      // field as "of" does.
      size_t name_first = i + 1;
      if (name_first + 1 < tokens.size() &&
          (LowerSlice(tokens[name_first].begin, tokens[name_first].end) ==
               "of" ||
           LowerSlice(tokens[name_first].begin, tokens[name_first].end) ==
               "for")) {
        size_t k = name_first + 1;
        if (LowerSlice(tokens[k].begin, tokens[k].end) == "the") ++k;
        // "Federal Minister for European and International Affairs": an
        // "and" joins two words of the field.
        size_t d = k;
        size_t field_end = k;
        while (d < tokens.size() && d - k < 6 && tokens[d].word) {
          const absl::string_view w =
              LowerSlice(tokens[d].begin, tokens[d].end);
          if (tokens[d].capitalised && IsTitleDomainWord(w)) {
            field_end = ++d;
          } else if (w == "and" && field_end == d && d > k &&
                     d + 1 < tokens.size() && tokens[d + 1].word &&
                     tokens[d + 1].capitalised &&
                     IsTitleDomainWord(
                         LowerSlice(tokens[d + 1].begin, tokens[d + 1].end))) {
            ++d;
          } else {
            break;
          }
        }
        if (field_end > k) name_first = field_end;
      }
      // "Foreign Minister of Egypt Karim Mansour", "Secretary of Foreign
      // Affairs of the Philippines Ramon Villanueva": the title's state (a
      // mention after "of" and an optional "the") comes before the name.
      if (name_first + 2 < tokens.size() &&
          LowerSlice(tokens[name_first].begin, tokens[name_first].end) ==
              "of") {
        size_t k = name_first + 1;
        auto it = std::lower_bound(
            mentions_.begin(), mentions_.end(), tokens[k].begin,
            [](const DocMention& d, uint32_t b) { return d.begin < b; });
        if ((it == mentions_.end() || it->begin != tokens[k].begin) &&
            LowerSlice(tokens[k].begin, tokens[k].end) == "the" &&
            k + 1 < tokens.size()) {
          ++k;
          it = std::lower_bound(
              it, mentions_.end(), tokens[k].begin,
              [](const DocMention& d, uint32_t b) { return d.begin < b; });
        }
        if (it != mentions_.end() && it->begin == tokens[k].begin &&
            x_.actors[it->actor].kind == ActorKind::kState) {
          size_t e = k;
          while (e < tokens.size() && tokens[e].begin < it->end) ++e;
          if (e < tokens.size()) name_first = e;
        } else if (k_.registry_resolver && tokens[k].word &&
                   tokens[k].capitalised) {
          // The mention finder leaves a state out before a capitalised
          // name ("of Egypt Karim Mansour"): the registry is asked for the
          // words up to four tokens on ("the Republic of Kenya").
          // "the Republic of Chile": the words after a form of state's
          // "of" are asked too.
          size_t state_last = tokens.size();
          ActorId state;
          size_t inner = k;  // the first word after an "of" inside
          for (size_t e = k; e < tokens.size() && e < k + 4; ++e) {
            if (!tokens[e].word) break;
            if (!tokens[e].capitalised) {
              if (LowerSlice(tokens[e].begin, tokens[e].end) != "of") break;
              inner = e + 1;
              continue;
            }
            for (int pass = 0; pass < 2; ++pass) {
              const size_t from = pass == 0 ? k : inner;
              if (pass == 1 && inner == k) continue;
              const Resolution r = k_.registry_resolver->Resolve(
                  Slice(text_, tokens[from].begin, tokens[e].end),
                  x_.document_date);
              if (r.found() && !r.ambiguous &&
                  (r.best().reason == MatchReason::kExactName ||
                   r.best().reason == MatchReason::kAlias) &&
                  r.best().actor.value < k_.registry.size() &&
                  k_.registry[r.best().actor.value].kind == ActorKind::kState) {
                state_last = e;
                state = r.best().actor;
                break;
              }
            }
          }
          if (state_last + 1 < tokens.size()) {
            const bool free =
                (it == mentions_.begin() ||
                 std::prev(it)->end <= tokens[k].begin) &&
                (it == mentions_.end() || it->begin >= tokens[state_last].end);
            const int s = free ? ActorFor(false, state) : -1;
            if (s >= 0) {
              found.push_back({tokens[k].begin, tokens[state_last].end, s,
                               MatchReason::kExactName});
            }
            name_first = state_last + 1;
          }
        }
      }
      // An honorific between the title and the name ("Dr", "Mr", "Shri").
      if (name_first + 2 < tokens.size() && tokens[name_first].word &&
          tokens[name_first].capitalised &&
          IsHonorific(
              LowerSlice(tokens[name_first].begin, tokens[name_first].end))) {
        ++name_first;
        if (!tokens[name_first].word && Slice(text_, tokens[name_first].begin,
                                              tokens[name_first].end) == ".") {
          ++name_first;
        }
      }
      size_t j = name_first;
      size_t last = name_first - 1;
      size_t particles = 0;     // "Luiz Inacio Lula da Silva": not counted
      uint32_t possessive = 0;  // bytes of a final "'s" left out
      while (j < tokens.size() && j - name_first < 4 + particles &&
             particles < 3) {
        const Token& t = tokens[j];
        const absl::string_view w = Slice(text_, t.begin, t.end);
        // "Vice Premier He Lifeng": a capitalised "He" between a
        // capitalised title and a capitalised word is a name.
        const bool name_he = j == i + 1 && tokens[i].capitalised &&
                             (w == "He" || w == "Li") &&
                             j + 1 < tokens.size() && tokens[j + 1].word &&
                             tokens[j + 1].capitalised;
        // A name ends at a line break ("Minister Anggraini" of a page
        // title, with "READOUT" on the next line).
        if (LineBreakBetween(tokens[j - 1].end, t.begin)) break;
        if (t.word && t.capitalised &&
            (name_he || !IsFunctionWord(LowerSlice(t.begin, t.end))) &&
            !IsRoleNoun(LowerSlice(t.begin, t.end)) && !EndsPossessive(w)) {
          last = j;
          ++j;
        } else if (t.word && !t.capitalised && last > i &&
                   (last == j - 1 ||
                    IsNameParticle(
                        LowerSlice(tokens[j - 1].begin, tokens[j - 1].end))) &&
                   IsNameParticle(LowerSlice(t.begin, t.end)) &&
                   j + 1 < tokens.size() && tokens[j + 1].word &&
                   (tokens[j + 1].capitalised ||
                    IsNameParticle(
                        LowerSlice(tokens[j + 1].begin, tokens[j + 1].end)))) {
          ++j;  // "Ursula von der Leyen"
          ++particles;
        } else if (!t.word && w == "." && last == j - 1 &&
                   tokens[last].end - tokens[last].begin == 1) {
          ++j;  // an initial: "Antony J. Blinken"
        } else if (t.word && t.capitalised && last == j - 1 &&
                   last >= name_first &&
                   (absl::EndsWith(w, "'s") ||
                    absl::EndsWith(w, "\xE2\x80\x99s")) &&
                   !IsRoleNoun(LowerSlice(t.begin, t.end))) {
          // "Minister Tan Wei Ming's Meeting": a possessive ends the name
          // and is part of it, without its "'s".
          possessive = absl::EndsWith(w, "'s") ? 2 : 4;
          last = j;
          break;
        } else {
          break;
        }
      }
      if (last < name_first + 1) continue;  // a name has two words at least
      const uint32_t nb = tokens[name_first].begin,
                     ne = tokens[last].end - possessive;
      while (m < mentions_.size() && mentions_[m].end <= nb) ++m;
      if (m < mentions_.size() && mentions_[m].begin < ne) continue;
      const int actor = NewActor(Slice(text_, nb, ne), ActorKind::kPerson,
                                 "title-and-name", 0.6f);
      if (actor >= 0) found.push_back({nb, ne, actor, MatchReason::kExactName});
      i = last;
    }
    // Name and apposition: "Kamchybek Toktorov, the deputy head of the
    // border service, told ...": two to four capitalised words opening a
    // sentence, then a comma and a description with a role noun ("the
    // deputy head", "a senior adviser"), are a person.
    m = 0;
    for (size_t i = 0; i + 4 < tokens.size(); ++i) {
      if (!tokens[i].word || !tokens[i].capitalised) continue;
      const bool opens =
          i == 0 || LineBreakBetween(tokens[i - 1].end, tokens[i].begin) ||
          (!tokens[i - 1].word &&
           (Slice(text_, tokens[i - 1].begin, tokens[i - 1].end) == "." ||
            Slice(text_, tokens[i - 1].begin, tokens[i - 1].end) == "?" ||
            Slice(text_, tokens[i - 1].begin, tokens[i - 1].end) == "!"));
      if (!opens) continue;
      size_t j = i;
      while (
          j < tokens.size() && j - i < 4 && tokens[j].word &&
          tokens[j].capitalised &&
          (j == i || !LineBreakBetween(tokens[j - 1].end, tokens[j].begin)) &&
          !IsFunctionWord(LowerSlice(tokens[j].begin, tokens[j].end)) &&
          !IsRoleNoun(LowerSlice(tokens[j].begin, tokens[j].end)) &&
          !EndsPossessive(Slice(text_, tokens[j].begin, tokens[j].end))) {
        ++j;
      }
      if (j < i + 2 || j + 2 >= tokens.size() || tokens[j].word ||
          Slice(text_, tokens[j].begin, tokens[j].end) != ",") {
        continue;
      }
      const absl::string_view det =
          LowerSlice(tokens[j + 1].begin, tokens[j + 1].end);
      if (det != "the" && det != "a" && det != "an") continue;
      bool role = false;
      for (size_t k = j + 2; k < tokens.size() && k <= j + 5 && !role; ++k) {
        if (!tokens[k].word || tokens[k].capitalised) break;
        role = IsRoleNoun(LowerSlice(tokens[k].begin, tokens[k].end));
      }
      if (!role) continue;
      const uint32_t nb = tokens[i].begin, ne = tokens[j - 1].end;
      while (m < mentions_.size() && mentions_[m].end <= nb) ++m;
      if (m < mentions_.size() && mentions_[m].begin < ne) continue;
      const int actor = NewActor(Slice(text_, nb, ne), ActorKind::kPerson,
                                 "name-before-description", 0.55f);
      if (actor >= 0) found.push_back({nb, ne, actor, MatchReason::kExactName});
      i = j;
    }
    // Places: capitalised words after "in", "at", "across", "near",
    // "along", "off", a travel word's "to" or a place noun's "of" (and
    // "the") that name no known actor: "in Sochi city", "across the Taiwan
    // Strait", "at Second Thomas Shoal", "along the Line of Control"; and
    // organisations: capitalised words ending in an organisation noun after
    // a preposition ("of the Caspian Pipeline Consortium").
    m = 0;
    constexpr const char* kPlacePrepositions[] = {
        "of", "to",   "in",   "at",  "across", "near",    "along", "off",
        "by", "with", "from", "for", "around", "between", "the"};
    const WordFilter place_prepositions(kPlacePrepositions);
    // "between Manila and Ho Chi Minh City": the "and" after the first
    // place of "between" governs the second.
    size_t between_and = tokens.size();
    for (size_t i = 0; i + 1 < tokens.size(); ++i) {
      if (!tokens[i].word) continue;
      const absl::string_view prep = LowerSlice(tokens[i].begin, tokens[i].end);
      // Most words are none of the prepositions below.
      if (i != between_and && !place_prepositions.MayContain(prep)) continue;
      // "the port of Ust-Luga", "the city of Aktau": "of" after a place
      // noun.
      bool of_place = false;
      if (prep == "of" && i > 0 && tokens[i - 1].word) {
        const absl::string_view noun =
            LowerSlice(tokens[i - 1].begin, tokens[i - 1].end);
        of_place = noun == "port" || noun == "city" || noun == "town" ||
                   noun == "village" || noun == "island" || noun == "region" ||
                   noun == "province" || noun == "district" ||
                   // "20 miles north of the Bosphorus"
                   noun == "north" || noun == "south" || noun == "east" ||
                   noun == "west" || noun == "northeast" ||
                   noun == "northwest" || noun == "southeast" ||
                   noun == "southwest";
      }
      // "travel to Johannesburg", "a visit to Hanoi": "to" after a word of
      // travel.
      bool to_place = false;
      if (prep == "to" && i > 0 && tokens[i - 1].word) {
        const absl::string_view v =
            LowerSlice(tokens[i - 1].begin, tokens[i - 1].end);
        to_place = v == "travel" || v == "travels" || v == "traveled" ||
                   v == "travelled" || v == "trip" || v == "visit" ||
                   v == "fly" || v == "flew" || v == "return" ||
                   v == "returned" || v == "rerouted" || v == "moved";
      }
      const bool locative =
          prep == "in" || prep == "at" || prep == "across" || prep == "near" ||
          prep == "along" || prep == "off" || prep == "around" ||
          prep == "between" || i == between_and || of_place || to_place;
      // After other prepositions only an organisation's name: capitalised
      // words ending in an organisation noun ("of the Caspian Pipeline
      // Consortium", "by the Asian Development Bank").
      // After "the" anywhere, too: "The European Commission and ...".
      const bool org_only =
          !locative &&
          (prep == "of" || prep == "by" || prep == "with" || prep == "from" ||
           prep == "for" || prep == "to" || prep == "the");
      if (!locative && !org_only) continue;
      size_t j = i + 1;
      if (j < tokens.size() &&
          LowerSlice(tokens[j].begin, tokens[j].end) == "the") {
        ++j;
      }
      const size_t first = j;
      // "in Chinese waters", "off the Turkish coast": a demonym is an
      // adjective, not a place; "in the G20": an organisation (below).
      if (j < tokens.size() &&
          IsGroupOfStates(Slice(text_, tokens[j].begin, tokens[j].end))) {
        continue;
      }
      if (j < tokens.size() &&
          std::binary_search(demonyms_.begin(), demonyms_.end(),
                             Demonym{tokens[j].begin, tokens[j].end},
                             [](const Demonym& a, const Demonym& b) {
                               return a.begin < b.begin;
                             })) {
        continue;
      }
      while (j < tokens.size() && j - first < 4) {
        const Token& t = tokens[j];
        if (j > first && LineBreakBetween(tokens[j - 1].end, t.begin)) break;
        const absl::string_view w = Slice(text_, t.begin, t.end);
        const size_t hyphen = w.rfind('-');
        const bool adjective =
            hyphen != absl::string_view::npos && hyphen + 1 < w.size() &&
            absl::ascii_islower(static_cast<unsigned char>(w[hyphen + 1]));
        // "Line of Control", "Gulf of Aden": "of" between capitalised
        // words.
        // Not when a known actor follows "of" ("Ministry of Defence of
        // Norway": the state ends the name, below).
        if (j > first && t.word && !t.capitalised &&
            LowerSlice(t.begin, t.end) == "of" && j + 1 < tokens.size() &&
            tokens[j + 1].word && tokens[j + 1].capitalised &&
            !IsFunctionWord(
                LowerSlice(tokens[j + 1].begin, tokens[j + 1].end)) &&
            !std::binary_search(
                mentions_.begin(), mentions_.end(),
                DocMention{tokens[j + 1].begin, 0, -1, MatchReason::kExactName},
                [](const DocMention& a, const DocMention& b) {
                  return a.begin < b.begin;
                })) {
          ++j;
          continue;
        }
        // "Rio de Janeiro", "Dar es Salaam"-like names: a lower-case
        // particle between capitalised words.
        if (j > first && t.word && !t.capitalised &&
            IsNameParticle(LowerSlice(t.begin, t.end)) &&
            j + 1 < tokens.size() && tokens[j + 1].word &&
            tokens[j + 1].capitalised) {
          ++j;
          continue;
        }
        if (!t.word || !t.capitalised ||
            IsFunctionWord(LowerSlice(t.begin, t.end)) ||
            IsRoleNoun(LowerSlice(t.begin, t.end)) || EndsPossessive(w) ||
            adjective) {
          break;
        }
        ++j;
      }
      if (j == first) continue;
      // The run must end the phrase: not followed by a possessive noun or
      // another capitalised word it would be part of.
      if (j < tokens.size() && tokens[j].word && tokens[j].capitalised &&
          !LineBreakBetween(tokens[j - 1].end, tokens[j].begin)) {
        continue;
      }
      // "the Wagner group": a name and a lower-case "group".
      bool lower_group = false;
      if (prep == "the" && j - first == 1 && j < tokens.size() &&
          tokens[j].word &&
          LowerSlice(tokens[j].begin, tokens[j].end) == "group" &&
          Slice(text_, tokens[j].begin, tokens[j].end) == "group") {
        ++j;
        lower_group = true;
      }
      const absl::string_view last_word =
          LowerSlice(tokens[j - 1].begin, tokens[j - 1].end);
      // Capitalised words ending in an organisation's or a company's word
      // ("Caspian Pipeline Consortium", "European Commission", "Orion
      // Corp").
      // "Ministry of Foreign Affairs", "Department of Commerce": an
      // organisation's word first, then "of".
      const absl::string_view first_word =
          LowerSlice(tokens[first].begin, tokens[first].end);
      const bool org_first =
          j - first >= 3 &&
          (first_word == "ministry" || first_word == "department" ||
           first_word == "office" || first_word == "bureau" ||
           first_word == "council" || first_word == "commission" ||
           first_word == "committee" || first_word == "agency") &&
          LowerSlice(tokens[first + 1].begin, tokens[first + 1].end) == "of";
      // "at the BRICS summit": an acronym of three letters or more after
      // "the" names a group or an organisation, not a place.
      const absl::string_view only =
          Slice(text_, tokens[first].begin, tokens[first].end);
      const bool acronym =
          j - first == 1 && i + 1 < first && only.size() >= 3 &&
          only.size() <= 8 && std::all_of(only.begin(), only.end(), [](char c) {
            return absl::ascii_isupper(static_cast<unsigned char>(c));
          });
      const bool org_name =
          org_first || acronym ||
          (j - first >= 2 && (lower_group || IsOrganizationNameEnd(last_word)));
      // After "the" (and the other prepositions), a place only by a
      // geographic last word: "the Taiwan Strait", "the Kuril Islands".
      const bool geo_name = j - first >= 2 && IsGeographicWord(last_word);
      if (org_only && !org_name && !geo_name) continue;
      // "the Foreign Ministry", "the Defence Ministry": a ministry the text
      // names without its state is the one it has named (a registry
      // ministry), not a new organisation.
      if (org_name && !org_first && j - first == 2 && last_word == "ministry") {
        i = j - 1;
        continue;
      }
      if (prep == "between" && j < tokens.size() &&
          LowerSlice(tokens[j].begin, tokens[j].end) == "and") {
        between_and = j;
      }
      const uint32_t nb = tokens[first].begin, ne = tokens[j - 1].end;
      while (m < mentions_.size() && mentions_[m].end <= nb) ++m;
      if (m < mentions_.size() && mentions_[m].begin < ne) continue;
      // A demonym the mention finder dropped before a capitalised word
      // ("the Chinese Government"): no new actor (a registry lookup, only
      // for a run that would make one).
      if (DemonymWord(tokens[first]).valid()) continue;
      // "Ministry of Foreign Affairs of Japan": the state it belongs to is
      // part of its name (one per state), its mention stays the state's.
      uint32_t name_end = ne;
      uint32_t span_end = ne;
      if (org_first) {
        // "Ministry of Trade, Industry and Energy": a list of capitalised
        // words ending in "and" is part of the name.
        size_t k = j;
        bool listed = false;
        for (int n = 0; n < 6 && k + 1 < tokens.size(); ++n) {
          const bool comma = !tokens[k].word && Slice(text_, tokens[k].begin,
                                                      tokens[k].end) == ",";
          const bool conj = tokens[k].word &&
                            LowerSlice(tokens[k].begin, tokens[k].end) == "and";
          if (!(comma || conj) || !tokens[k + 1].word ||
              !tokens[k + 1].capitalised ||
              IsFunctionWord(
                  LowerSlice(tokens[k + 1].begin, tokens[k + 1].end))) {
            break;
          }
          k += 2;
          if (conj) {
            listed = true;
            break;
          }
        }
        while (m < mentions_.size() && mentions_[m].end <= nb) ++m;
        if (listed && (m >= mentions_.size() ||
                       mentions_[m].begin >= tokens[k - 1].end)) {
          j = k;
          span_end = name_end = tokens[k - 1].end;
        }
        // "… of Japan", "… of the ROK": the state it belongs to.
        size_t o = j + 1;
        if (o < tokens.size() &&
            LowerSlice(tokens[o].begin, tokens[o].end) == "the") {
          ++o;
        }
        if (j < tokens.size() && o < tokens.size() &&
            LowerSlice(tokens[j].begin, tokens[j].end) == "of" &&
            m < mentions_.size() && mentions_[m].begin == tokens[o].begin &&
            x_.actors[mentions_[m].actor].kind == ActorKind::kState) {
          name_end = mentions_[m].end;
        }
      }
      const int actor =
          org_name
              ? NewActor(Slice(text_, nb, name_end), ActorKind::kOrganization,
                         acronym ? "organisation-acronym" : "organisation-name",
                         0.5f)
              : NewActor(Slice(text_, nb, ne), ActorKind::kPlace,
                         "locative-place", 0.5f);
      if (actor >= 0) {
        found.push_back(
            {nb, org_first ? span_end : ne, actor, MatchReason::kExactName});
      }
      i = j - 1;
    }
    // Regions named by a compound of an ocean: "Indo-Pacific",
    // "Asia-Pacific", "Euro-Atlantic" (not "Trans-Pacific Partnership": a
    // capitalised word after it makes a longer name).
    m = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
      const Token& t = tokens[i];
      if (!t.word || !t.capitalised) continue;
      const absl::string_view w = Slice(text_, t.begin, t.end);
      // "the G7", "G20 leaders": the groups of states named by a count.
      if (IsGroupOfStates(w)) {
        while (m < mentions_.size() && mentions_[m].end <= t.begin) ++m;
        if (m < mentions_.size() && mentions_[m].begin < t.end) continue;
        const int actor =
            NewActor(w, ActorKind::kOrganization, "group-of-states", 0.5f);
        if (actor >= 0) {
          found.push_back({t.begin, t.end, actor, MatchReason::kExactName});
        }
        continue;
      }
      const size_t hyphen = w.find('-');
      if (hyphen == absl::string_view::npos || hyphen + 1 >= w.size()) {
        continue;
      }
      const absl::string_view second = w.substr(hyphen + 1);
      if (second != "Pacific" && second != "Atlantic" && second != "Arctic" &&
          second != "Mediterranean") {
        continue;
      }
      if (i + 1 < tokens.size() && tokens[i + 1].word &&
          tokens[i + 1].capitalised) {
        continue;
      }
      while (m < mentions_.size() && mentions_[m].end <= t.begin) ++m;
      if (m < mentions_.size() && mentions_[m].begin < t.end) continue;
      const int actor = NewActor(w, ActorKind::kPlace, "region-compound", 0.5f);
      if (actor >= 0) {
        found.push_back({t.begin, t.end, actor, MatchReason::kExactName});
      }
    }
    std::sort(found.begin(), found.end(),
              [](const DocMention& a, const DocMention& b) {
                return a.begin < b.begin;
              });
    // Drop overlaps between the two passes (the earlier one wins).
    std::vector<DocMention> kept;
    for (const DocMention& d : found) {
      if (kept.empty() || kept.back().end <= d.begin) kept.push_back(d);
    }
    found = std::move(kept);
    if (!found.empty()) {
      std::vector<DocMention> merged;
      merged.reserve(mentions_.size() + found.size());
      std::merge(mentions_.begin(), mentions_.end(), found.begin(), found.end(),
                 std::back_inserter(merged),
                 [](const DocMention& a, const DocMention& b) {
                   return a.begin < b.begin;
                 });
      mentions_ = std::move(merged);
    }
  }
  // Surnames: "Ning" after "Mao Ning", "Putin" after "Vladimir Putin".
  absl::flat_hash_map<std::string, int> surnames;
  std::vector<std::pair<absl::string_view, int>> particle_names;
  for (const DocMention& m : mentions_) {
    if (x_.actors[m.actor].kind != ActorKind::kPerson) continue;
    const absl::string_view s = Slice(text_, m.begin, m.end);
    const size_t space = s.rfind(' ');
    if (space == absl::string_view::npos) continue;
    // "von der Leyen" after "Ursula von der Leyen": the family name starts
    // at its first particle (written capitalised at a sentence start too);
    // a word before a later particle names the person alone too ("Lula"
    // for "Luiz Inacio Lula da Silva").
    size_t particle = absl::string_view::npos;
    size_t before_particle = absl::string_view::npos;
    for (size_t b = s.find(' '); b != absl::string_view::npos;) {
      const size_t e = s.find(' ', b + 1);
      const absl::string_view word =
          s.substr(b + 1, e == absl::string_view::npos ? absl::string_view::npos
                                                       : e - b - 1);
      if (IsNameParticle(absl::AsciiStrToLower(word))) {
        particle = b + 1;
        break;
      }
      before_particle = b + 1;
      b = e;
    }
    if (particle != absl::string_view::npos) {
      const absl::string_view family = s.substr(particle);
      // Bounded: each particle word is compared with every such name.
      if (particle_names.size() < 16 &&
          std::none_of(particle_names.begin(), particle_names.end(),
                       [&](const std::pair<absl::string_view, int>& p) {
                         return p.first == family;
                       })) {
        particle_names.emplace_back(family, m.actor);
      }
      if (before_particle != absl::string_view::npos) {
        surnames.try_emplace(
            std::string(
                s.substr(before_particle, particle - 1 - before_particle)),
            m.actor);
      }
      continue;
    }
    surnames.try_emplace(std::string(s.substr(space + 1)), m.actor);
  }
  // Family name first ("Liang Wen" -> "Liang", "Xi Jinping" -> "Xi"): the
  // first word of a two-word name, where no other person's last word
  // claims it.
  for (const DocMention& m : mentions_) {
    if (x_.actors[m.actor].kind != ActorKind::kPerson) continue;
    const absl::string_view s = Slice(text_, m.begin, m.end);
    const size_t space = s.find(' ');
    if (space == absl::string_view::npos || space < 2 ||
        s.find(' ', space + 1) != absl::string_view::npos) {
      continue;
    }
    surnames.try_emplace(std::string(s.substr(0, space)), m.actor);
  }
  // Family name first in a three-word name ("Tan Wei Ming", "Lim Keng
  // Hoe"): the first word names the person only after a title or an
  // honorific ("Minister Tan", "Mr Lim"), where an English given name does
  // not stand.
  absl::flat_hash_map<std::string, int> titled_family;
  for (const DocMention& m : mentions_) {
    if (x_.actors[m.actor].kind != ActorKind::kPerson) continue;
    const absl::string_view s = Slice(text_, m.begin, m.end);
    const size_t space = s.find(' ');
    if (space == absl::string_view::npos || space < 2) continue;
    const size_t space2 = s.find(' ', space + 1);
    if (space2 == absl::string_view::npos ||
        s.find(' ', space2 + 1) != absl::string_view::npos) {
      continue;
    }
    titled_family.try_emplace(std::string(s.substr(0, space)), m.actor);
  }
  if (!surnames.empty() || !particle_names.empty() || !titled_family.empty()) {
    std::vector<DocMention> merged;
    merged.reserve(mentions_.size());
    const std::vector<Token>& tokens = body_tokens_;
    size_t m = 0;
    uint32_t covered = 0;  // the end of a family name with particles
    for (const Token& t : tokens) {
      while (m < mentions_.size() && mentions_[m].end <= t.begin) {
        merged.push_back(mentions_[m++]);
      }
      if (!t.word || t.begin < covered) continue;
      if (m < mentions_.size() && mentions_[m].begin < t.end) continue;
      if (!particle_names.empty() &&
          IsNameParticle(LowerSlice(t.begin, t.end))) {
        bool found = false;
        for (const auto& [name, actor] : particle_names) {
          const absl::string_view here = text_.substr(t.begin, name.size());
          const uint32_t end = t.begin + static_cast<uint32_t>(name.size());
          if (absl::EqualsIgnoreCase(here, name) &&
              (end == text_.size() ||
               !absl::ascii_isalnum(static_cast<unsigned char>(text_[end]))) &&
              (m >= mentions_.size() || mentions_[m].begin >= end)) {
            merged.push_back({t.begin, end, actor, MatchReason::kAlias});
            covered = end;
            found = true;
            break;
          }
        }
        if (found) continue;
      }
      if (!t.capitalised) continue;
      absl::string_view w = Slice(text_, t.begin, t.end);
      uint32_t end = t.end;
      if (EndsPossessive(w)) {
        const size_t cut = w.size() - (absl::EndsWith(w, "'s") ? 2 : 4);
        w = w.substr(0, cut);
        end = t.begin + static_cast<uint32_t>(cut);
      }
      auto it = surnames.find(w);
      if (it == surnames.end()) {
        const size_t i = static_cast<size_t>(&t - tokens.data());
        if (titled_family.empty() || i == 0 || !tokens[i - 1].word ||
            !tokens[i - 1].capitalised) {
          continue;
        }
        const absl::string_view title =
            LowerSlice(tokens[i - 1].begin, tokens[i - 1].end);
        if (!IsRoleNoun(title) && !IsHonorific(title)) continue;
        it = titled_family.find(w);
        if (it == titled_family.end()) continue;
      }
      merged.push_back({t.begin, end, it->second, MatchReason::kAlias});
    }
    while (m < mentions_.size()) merged.push_back(mentions_[m++]);
    mentions_ = std::move(merged);
  }
  PersonOrganisations();
  VenuePlaces();
  for (const DocMention& m : mentions_) NoteMention(m.actor, m.begin, m.end);
}

// "the next summit in Jakarta", "talks in Geneva": a capital the registry
// reads as its state (metonymy) names the city where an event noun right
// before "in" or "at" says something takes place there ("officials in
// Beijing" stays China).
void Reader::VenuePlaces() {
  const std::vector<Token>& tokens = body_tokens_;
  size_t t = 0;
  for (DocMention& m : mentions_) {
    if (m.reason != MatchReason::kMetonymy) continue;
    while (t < tokens.size() && tokens[t].begin < m.begin) ++t;
    if (t < 2 || t >= tokens.size() || tokens[t].begin != m.begin) continue;
    const absl::string_view prep =
        LowerSlice(tokens[t - 1].begin, tokens[t - 1].end);
    if (prep != "in" && prep != "at") continue;
    if (!tokens[t - 2].word) continue;
    const absl::string_view noun =
        LowerSlice(tokens[t - 2].begin, tokens[t - 2].end);
    if (noun != "meeting" && noun != "summit" && noun != "talks" &&
        noun != "conference" && noun != "forum" && noun != "ceremony" &&
        noun != "negotiations" && noun != "session" && noun != "dialogue" &&
        noun != "consultations" && noun != "round") {
      continue;
    }
    const int actor = NewActor(Slice(text_, m.begin, m.end), ActorKind::kPlace,
                               "venue-place", 0.5f);
    if (actor < 0) continue;
    m.actor = actor;
    m.reason = MatchReason::kExactName;
  }
}

// "the Trump administration", "the Biden team", "the Trump campaign": a
// person's name before one of these nouns names an organisation ("Trump
// administration"), which replaces the person's mention.
void Reader::PersonOrganisations() {
  const std::vector<Token>& tokens = body_tokens_;
  size_t t = 0;
  for (DocMention& m : mentions_) {
    if (x_.actors[m.actor].kind != ActorKind::kPerson) continue;
    while (t < tokens.size() && tokens[t].begin < m.end) ++t;
    if (t >= tokens.size() || !tokens[t].word || tokens[t].begin != m.end + 1 ||
        text_[m.end] != ' ') {
      continue;
    }
    const absl::string_view w = LowerSlice(tokens[t].begin, tokens[t].end);
    if (w != "administration" && w != "team" && w != "campaign" &&
        w != "camp" && w != "government" && w != "cabinet") {
      continue;
    }
    // The person's last word: "Trump administration" for "Donald Trump".
    const absl::string_view name = Slice(text_, m.begin, m.end);
    const size_t space = name.rfind(' ');
    const uint32_t b = space == absl::string_view::npos
                           ? m.begin
                           : m.begin + static_cast<uint32_t>(space) + 1;
    const std::string org = absl::StrCat(Slice(text_, b, m.end), " ", w);
    const int actor =
        NewActor(org, ActorKind::kOrganization, "person-organisation", 0.5f);
    if (actor < 0) continue;
    m.actor = actor;
    m.end = tokens[t].end;
    m.reason = MatchReason::kExactName;
  }
}

// "Foreign Ministry spokesperson Mao Ning", "Kremlin spokesman Dmitry
// Peskov", "Russian President Vladimir Putin": a title right before a
// person's name is an affiliation on the document date.
void Reader::Appositions(Range sentence) {
  const int first = TokenAt(sentence.begin);
  const int last = TokenAt(sentence.end);
  for (int t = first; t < last; ++t) {
    if (mention_start_[t] < 0) continue;
    const DocMention& m = mentions_[mention_start_[t]];
    if (x_.actors[m.actor].kind != ActorKind::kPerson) continue;
    // The role noun(s) right before the name.
    int r = t - 1;
    if (r < first || !tokens_[r].word) continue;
    // "Secretary of State Marcus Whitcombe": the title ends in its field
    // after "of" (and "the").
    int role_end = r;
    {
      int d = r;
      while (d > first && r - d < 3 && tokens_[d].capitalised &&
             IsTitleDomainWord(LowerWord(d))) {
        --d;
      }
      if (d < r && d > first && Is(d, "the")) --d;
      if (d < r && d > first && Is(d, "of") && tokens_[d - 1].word &&
          IsRoleNoun(LowerWord(d - 1))) {
        r = d - 1;
      }
    }
    const absl::string_view role_word = LowerWord(r);
    if (!IsRoleNoun(role_word)) continue;
    int role_begin = r;
    // "foreign policy aide", "Prime Minister": words of the title.
    while (role_begin - 1 >= first && tokens_[role_begin - 1].word &&
           mention_end_[role_begin - 1] < 0 && r - role_begin < 3) {
      const absl::string_view w = LowerWord(role_begin - 1);
      if (w == "foreign" || w == "policy" || w == "prime" || w == "vice" ||
          w == "deputy" || w == "state" || w == "press" || w == "senior" ||
          w == "defense" || w == "defence") {
        --role_begin;
      } else {
        break;
      }
    }
    // The organisation: a mention right before the title.
    int org = -1;
    uint32_t ev_begin = tokens_[role_begin].begin;
    if (role_begin - 1 >= first && mention_end_[role_begin - 1] >= 0) {
      const DocMention& o = mentions_[mention_end_[role_begin - 1]];
      if (o.end == tokens_[role_begin - 1].end) {
        org = o.actor;
        ev_begin = o.begin;
      }
    } else if (role_begin - 1 >= first && tokens_[role_begin - 1].word &&
               tokens_[role_begin - 1].capitalised && k_.registry_resolver) {
      // "Russian President": a demonym names the state.
      const Resolution& res = ResolveOnDocumentDate(Word(role_begin - 1));
      if (res.found() && !res.ambiguous &&
          (res.best().reason == MatchReason::kDemonym ||
           res.best().reason == MatchReason::kMetonymy)) {
        org = const_cast<Reader*>(this)->ActorFor(false, res.best().actor);
        ev_begin = tokens_[role_begin - 1].begin;
      }
    }
    if (org < 0) {
      // "Foreign Ministry spokesperson Mao Ning": the body whose title the
      // registry gives the person ("spokesperson" of the MFA of China).
      const ActorFacts* f = Facts(m.actor);
      if (f != nullptr && f >= k_.registry.data() &&
          f < k_.registry.data() + k_.registry.size()) {
        for (size_t a = 0; a < f->roles.size(); ++a) {
          if (absl::StrContains(f->roles[a], role_word)) {
            org = ActorFor(false, ActorId(f->member_of[a]));
            ev_begin = tokens_[role_begin].begin;
            break;
          }
        }
      }
      if (org >= 0 && role_begin - 1 >= first && tokens_[role_begin - 1].word &&
          tokens_[role_begin - 1].capitalised) {
        // The words of the body before the title are part of the evidence.
        int b = role_begin - 1;
        while (b - 1 >= first && tokens_[b - 1].word &&
               tokens_[b - 1].capitalised && role_begin - b < 4) {
          --b;
        }
        ev_begin = tokens_[b].begin;
      }
    }
    const absl::string_view role =
        Slice(text_, tokens_[role_begin].begin, tokens_[role_end].end);
    uint32_t ev_end = m.end;
    if (org < 0) {
      // "President Arief Wibisono of Indonesia": the state after the name.
      const int after = MentionLastToken(t, last) + 1;
      if (after + 1 < last && Is(after, "of") &&
          mention_start_[after + 1] >= 0) {
        const DocMention& o = mentions_[mention_start_[after + 1]];
        if (x_.actors[o.actor].kind == ActorKind::kState) {
          org = o.actor;
          ev_begin = tokens_[role_begin].begin;
          ev_end = o.end;
        }
      }
    }
    // The title names the role even when no body is named ("Prime
    // Minister Ellen Marsh": "the Prime Minister" later is she).
    const std::string lower_role = absl::AsciiStrToLower(role);
    if (std::find(titles_[m.actor].begin(), titles_[m.actor].end(),
                  lower_role) == titles_[m.actor].end()) {
      titles_[m.actor].push_back(lower_role);
    }
    if (org < 0 || org == m.actor) continue;
    AddAffiliation(m.actor, org, role, ev_begin, ev_end,
                   "apposition-title-name", 0.8f, /*dated=*/true);
  }
}

}  // namespace text_internal
}  // namespace diplograph
