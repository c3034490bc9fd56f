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
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "text/reader.h"
#include "text/verbs.h"
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

// The last word of a body that is no state's (a company, a school, an
// institute): "the American Enterprise Institute fellow X" names no state.
bool IsNonStateBodyWord(absl::string_view w) {
  static const auto* const words = new absl::flat_hash_set<std::string>{
      "institute",    "foundation", "university",  "college", "school",
      "association",  "corp",       "corporation", "company", "group",
      "holdings",     "industries", "alliance",    "union",   "organization",
      "organisation", "bloc",       "consortium",  "forum",   "fund",
      "team",         "campaign",   "airlines",    "motors",  "petroleum",
      "club",         "society",    "center",      "centre"};
  return words->contains(w);
}

// Nouns of a call or meeting that a title-cased heading puts after a name:
// "Secretary X Phone Call with ...", "President Y Meeting with ...".
bool IsHeadingEventWord(absl::string_view w) {
  return w == "call" || w == "phone" || w == "telephone" || w == "meeting" ||
         w == "meetings" || w == "talks" || w == "conversation" ||
         w == "visit" || w == "remarks" || w == "readout" || w == "interview";
}

bool IsHonorific(absl::string_view lower);

// Verbs a title-cased heading puts after a person's name, in the present of
// news headings: "Foreign Minister X Receives Saudi Minister ...", "President
// Y Meets ...", "Prime Minister Z Holds Talks ..." (lower case).
bool IsHeadingVerb(absl::string_view w) {
  static const auto* const words = new absl::flat_hash_set<std::string>{
      "receives",   "meets",       "holds",     "hosts",         "welcomes",
      "visits",     "calls",       "speaks",    "says",          "signs",
      "attends",    "addresses",   "urges",     "congratulates", "thanks",
      "discusses",  "pays",        "concludes", "begins",        "arrives",
      "departs",    "chairs",      "opens",     "leads",         "briefs",
      "condoles",   "inaugurates", "launches",  "reaffirms",     "underlines",
      "emphasises", "emphasizes",  "stresses",  "joins",         "participates",
      "co-chairs",  "wraps",       "ends"};
  return words->contains(w);
}

// Verbs of a relative clause that says what a person leads ("Ana Pires,
// who heads the Sahel desk at ..., said"): lower case.
bool IsHeadsVerb(absl::string_view lower) {
  return lower == "heads" || lower == "leads" || lower == "directs" ||
         lower == "chairs" || lower == "runs" || lower == "founded" ||
         lower == "co-founded" || lower == "oversees" || lower == "teaches" ||
         lower == "advises" || lower == "served" || lower == "headed" ||
         lower == "led";
}

// Letters after a name: a seat ("MP", "MEP", "MLA") or an honour ("QC",
// "OBE"), written in capitals.
bool IsPostNominal(absl::string_view w) {
  for (absl::string_view p :
       {"MP",  "MPs", "MEP",  "MLA",  "MSP", "MHA", "TD",
        "QC",  "KC",  "SC",   "OBE",  "MBE", "CBE", "KBE",
        "DBE", "CMG", "KCMG", "GCMG", "AO",  "AC",  "PC"}) {
    if (w == p) return true;
  }
  return false;
}

// Whether `text` gives `surname` inside a longer name ("Chris Hipkins",
// "Goh Kah Seng", "Joao Pedro Costa da Lima"): a capitalised word other
// than a title right before it, or one other than a heading's noun of a
// call right after it, anywhere in the text. One pass over the text.
bool InLongerNameInText(absl::string_view text, absl::string_view surname) {
  for (size_t at = text.find(surname); at != absl::string_view::npos;
       at = text.find(surname, at + surname.size())) {
    if (at >= 2 && text[at - 1] == ' ') {
      size_t b = at - 1;
      while (b > 0 &&
             absl::ascii_isalpha(static_cast<unsigned char>(text[b - 1]))) {
        --b;
      }
      const absl::string_view before = text.substr(b, at - 1 - b);
      if (before.size() >= 2 &&
          absl::ascii_isupper(static_cast<unsigned char>(before[0])) &&
          !IsRoleNoun(absl::AsciiStrToLower(before)) &&
          !IsHonorific(absl::AsciiStrToLower(before))) {
        return true;
      }
    }
    const size_t after = at + surname.size();
    if (after + 2 < text.size() && text[after] == ' ' &&
        absl::ascii_isupper(static_cast<unsigned char>(text[after + 1]))) {
      size_t e = after + 1;
      while (e < text.size() &&
             absl::ascii_isalpha(static_cast<unsigned char>(text[e]))) {
        ++e;
      }
      const std::string next =
          absl::AsciiStrToLower(text.substr(after + 1, e - after - 1));
      if (next.size() >= 2 && !IsHeadingEventWord(next)) return true;
    }
  }
  return false;
}

// "G7", "G20": a group of states named by its count.
bool IsGroupOfStates(absl::string_view w) {
  return w.size() >= 2 && w.size() <= 3 && w[0] == 'G' &&
         std::all_of(w.begin() + 1, w.end(), [](char c) {
           return absl::ascii_isdigit(static_cast<unsigned char>(c));
         });
}

// Honorifics that may stand between a title and a name, or before a name
// alone.
const absl::flat_hash_set<std::string>& HonorificWords() {
  static const auto* const words = new absl::flat_hash_set<std::string>(
      {"dr", "mr", "mrs", "ms", "madam", "shri", "smt", "prof", "sheikh",
       "sheikha", "pak", "datuk", "dato", "datin", "tun", "h.e.", "sir", "dame",
       "sayyid", "sayyida", "honourable", "honorable",
       // Military ranks that are no other word ("Colonel Liza Navarro",
       // "Col. X", "Rear Admiral X"); not "General" or "Major".
       "colonel", "col", "lieutenant", "lt", "brigadier", "brig", "admiral",
       "adm", "commodore", "sergeant", "sgt", "capt", "gen", "maj"});
  return *words;
}

bool IsHonorific(absl::string_view lower) {
  static const WordFilter filter(HonorificWords());
  return filter.MayContain(lower) && HonorificWords().contains(lower);
}

}  // namespace

// Lower-case nouns of what a person does that are no office ("analyst",
// "fellow", "deputy", "professor"): before a capitalised name ("opposition
// deputy Ana Funes", "analyst Tom Ruiz") or in an apposition after one
// ("Ana Funes, a Sahel analyst at ..."), they make the name a person's.
bool IsPersonNoun(absl::string_view lower) {
  static const auto* const words = new absl::flat_hash_set<std::string>{
      "analyst",    "fellow",          "expert",      "researcher",
      "professor",  "scholar",         "economist",   "lecturer",
      "deputy",     "legislator",      "activist",    "commentator",
      "historian",  "strategist",      "consultant",  "negotiator",
      "specialist", "academic",        "politician",  "campaigner",
      "mp",         "parliamentarian", "congressman", "congresswoman",
      "councillor", "councilor",       "economists",  "observer"};
  static const WordFilter filter(*words);
  return filter.MayContain(lower) && words->contains(lower);
}

bool IsOutletNoun(absl::string_view lower) {
  static const auto* const words = new absl::flat_hash_set<std::string>(
      {"broadcaster", "newspaper", "daily", "tabloid", "tv", "television",
       "outlet"});
  static const WordFilter filter(*words);
  return filter.MayContain(lower) && words->contains(lower);
}

size_t HonorificTokens(absl::string_view text, const std::vector<Token>& tokens,
                       size_t j) {
  if (j >= tokens.size() || !tokens[j].word || !tokens[j].capitalised) {
    return 0;
  }
  // The words an honorific may start with, tested by length and first and
  // last letter before the word is lower-cased (most capitalised words are
  // none of them).
  static const WordFilter first_words = [] {
    WordFilter f(HonorificWords());
    for (absl::string_view w :
         {"his", "her", "tan", "rt", "right", "hon", "amb"}) {
      f.Add(w);
    }
    return f;
  }();
  if (!first_words.MayContain(tokens[j].end - tokens[j].begin,
                              absl::ascii_tolower(static_cast<unsigned char>(
                                  text[tokens[j].begin])),
                              absl::ascii_tolower(static_cast<unsigned char>(
                                  text[tokens[j].end - 1])))) {
    return 0;
  }
  auto lower = [&](size_t k) {
    return k < tokens.size() && tokens[k].word
               ? Lower(text.substr(tokens[k].begin,
                                   tokens[k].end - tokens[k].begin))
               : std::string();
  };
  // The word in lower case, on the stack for all but very long words (this
  // runs for every capitalised word).
  char buffer[32];
  std::string long_word;
  absl::string_view w;
  {
    const absl::string_view word =
        text.substr(tokens[j].begin, tokens[j].end - tokens[j].begin);
    if (word.size() <= sizeof(buffer)) {
      for (size_t i = 0; i < word.size(); ++i) {
        buffer[i] = absl::ascii_tolower(static_cast<unsigned char>(word[i]));
      }
      w = absl::string_view(buffer, word.size());
    } else {
      long_word = Lower(word);
      w = long_word;
    }
  }
  // "His Excellency", "Her Majesty", "His Royal Highness".
  if (w == "his" || w == "her") {
    size_t k = j + 1;
    if (lower(k) == "royal") ++k;
    const std::string h = lower(k);
    if (k < tokens.size() && tokens[k].capitalised &&
        (h == "excellency" || h == "majesty" || h == "highness")) {
      return k + 1 - j;
    }
    return 0;
  }
  // "Tan Sri", "Datuk Seri", "Dato' Sri": two words of one Malaysian
  // honorific ("Tan" alone is a family name).
  if (w == "tan") {
    return j + 1 < tokens.size() && tokens[j + 1].capitalised &&
                   lower(j + 1) == "sri"
               ? 2
               : 0;
  }
  // "the Hon. Siaosi Fifita", "Rt Hon Ellen Marsh", "the Right Honourable
  // X": "Hon" is an honorific with its period, after "Rt" / "Right" or
  // after "the" ("Hon Hai Precision" is a company).
  auto period_at = [&](size_t k) {
    return k < tokens.size() && !tokens[k].word &&
           text.substr(tokens[k].begin, 1) == "." &&
           tokens[k].end - tokens[k].begin == 1;
  };
  if (w == "rt" || w == "right") {
    size_t k = j + 1;
    if (w == "rt" && period_at(k)) ++k;
    const std::string h = lower(k);
    if (k < tokens.size() && tokens[k].capitalised &&
        (h == "hon" || h == "honourable" || h == "honorable")) {
      return k + (period_at(k + 1) ? 2 : 1) - j;
    }
    return 0;
  }
  // "Hon. X", and "the Hon X" without the period (Australian and New
  // Zealand style) after "the" and before a capitalised word; "Hon"
  // alone is a word of another name ("Hon Hai Precision").
  if (w == "hon") {
    if (period_at(j + 1)) return 2;
    return j > 0 && lower(j - 1) == "the" && j + 1 < tokens.size() &&
                   tokens[j + 1].word && tokens[j + 1].capitalised &&
                   tokens[j].capitalised
               ? 1
               : 0;
  }
  // "Amb. Kari Lunde": an ambassador's title abbreviated, with its period.
  if (w == "amb") return period_at(j + 1) ? 2 : 0;
  if (!IsHonorific(w)) return 0;
  size_t n = 1;
  // "Dato' Seri": the apostrophe written right after "Dato" is the
  // honorific's.
  if (w == "dato" && j + 1 < tokens.size() && !tokens[j + 1].word &&
      tokens[j + 1].begin == tokens[j].end) {
    const absl::string_view mark = text.substr(
        tokens[j + 1].begin, tokens[j + 1].end - tokens[j + 1].begin);
    if (mark == "'" || mark == "\xE2\x80\x99") ++n;
  }
  if ((w == "datuk" || w == "dato" || w == "tun") && j + n < tokens.size() &&
      tokens[j + n].capitalised &&
      (lower(j + n) == "seri" || lower(j + n) == "sri")) {
    ++n;
  }
  // "Dr.", "Smt.": the abbreviation's period.
  if (j + n < tokens.size() && !tokens[j + n].word &&
      text.substr(tokens[j + n].begin, 1) == "." && w.size() <= 4 &&
      w != "h.e.") {
    ++n;
  }
  return n;
}

bool IsFacilityWord(absl::string_view lower) {
  static const auto* const words = new absl::flat_hash_set<std::string>(
      {"airport",   "hospital", "street",      "avenue",     "road",
       "boulevard", "bridge",   "university",  "stadium",    "causeway",
       "prize",     "medal",    "award",       "mosque",     "centre",
       "center",    "square",   "school",      "college",    "museum",
       "station",   "library",  "highway",     "tower",      "residence",
       "academy",   "memorial", "cathedral",   "gardens",    "building",
       "trophy",    "cup",      "scholarship", "foundation", "institute",
       "lecture",   "hotel",    "terminal",    "dam",        "canal",
       "mosques"});
  static const WordFilter filter(*words);
  return filter.MayContain(lower) && words->contains(lower);
}

// The last word of a place's name ("strait", "sea", "islands").
bool IsGeographicWord(absl::string_view lower) {
  return Eq(lower, "strait") || Eq(lower, "straits") || Eq(lower, "sea") ||
         Eq(lower, "ocean") || Eq(lower, "gulf") || Eq(lower, "bay") ||
         Eq(lower, "peninsula") || Eq(lower, "island") ||
         Eq(lower, "islands") || Eq(lower, "shoal") || Eq(lower, "reef") ||
         Eq(lower, "river") || Eq(lower, "canal") || Eq(lower, "channel") ||
         Eq(lower, "mountains") || Eq(lower, "desert") || Eq(lower, "valley") ||
         Eq(lower, "corridor") || Eq(lower, "plateau") || Eq(lower, "basin") ||
         Eq(lower, "archipelago") || Eq(lower, "heights") ||
         Eq(lower, "coast") || Eq(lower, "region");
}

namespace {

// A registry organisation's name found where it names none: written in
// lower case ("quad bikes", "a federal reserve of grain": a common noun);
// or the short form that ends its full name ("Security Council" of the
// United Nations Security Council) qualified by the word before it
// ("Russia's Security Council", "the National Security Council": another
// body) or followed by "resolution" (part of the resolution's name).
// Looks at the two words around the mention only.
bool IsNoOrganisationMention(absl::string_view text, uint32_t b, uint32_t e,
                             const ActorFacts& f) {
  // "an economist said": a media outlet's name ("The Economist") in lower
  // case is a common noun, unless the outlet writes itself so ("dpa").
  if (f.kind == ActorKind::kMediaOutlet && b < e && e <= text.size() &&
      !f.name.empty()) {
    return absl::ascii_islower(static_cast<unsigned char>(text[b])) &&
           !absl::ascii_islower(static_cast<unsigned char>(f.name[0]));
  }
  if (f.kind != ActorKind::kOrganization && f.kind != ActorKind::kGroup &&
      f.kind != ActorKind::kInternationalOrganization) {
    return false;
  }
  if (b >= e || e > text.size()) return false;
  if (absl::ascii_islower(static_cast<unsigned char>(text[b]))) return true;
  const absl::string_view surface = text.substr(b, e - b);
  if (surface.size() >= f.name.size() || !absl::EndsWith(f.name, surface) ||
      f.name[f.name.size() - surface.size() - 1] != ' ') {
    return false;
  }
  size_t i = b;
  while (i > 0 && text[i - 1] == ' ') --i;
  size_t j = i;
  while (j > 0 && i - j < 64 && text[j - 1] != ' ' && text[j - 1] != '\n') {
    --j;
  }
  const absl::string_view prev = text.substr(j, i - j);
  const bool possessive =
      absl::EndsWith(prev, "'s") || absl::EndsWith(prev, "\u2019s");
  const bool capitalised =
      !prev.empty() &&
      absl::ascii_isupper(static_cast<unsigned char>(prev[0])) &&
      absl::ascii_isalpha(static_cast<unsigned char>(prev.back())) &&
      prev != "The" && prev != "A" && prev != "An";
  if (i < b && (possessive || capitalised)) return true;
  size_t k = e;
  while (k < text.size() && text[k] == ' ') ++k;
  return absl::StartsWith(text.substr(k), "resolution");
}

}  // namespace

bool IsNameParticle(absl::string_view lower) {
  static constexpr absl::string_view kParticles[] = {
      "von", "van", "der", "den", "de",  "del",  "della", "da", "di", "dos",
      "das", "du",  "la",  "le",  "bin", "bint", "ibn",   "al", "el", "ter"};
  // Most words are none: their length and first and last letters say so.
  static const WordFilter* const filter = new WordFilter(kParticles);
  if (!filter->MayContain(lower)) return false;
  return IsOneOf(lower, kParticles);
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
  table_actor_names_.try_emplace(Resolver::Fold(a.name), index);
  for (const std::string& alias : a.aliases) {
    table_actor_names_.try_emplace(Resolver::Fold(alias), index);
  }
  x_.actors.push_back(std::move(a));
  facts_.push_back(&f);
  titles_.emplace_back();
  actor_index_[key] = index;
  // Organisations it belongs to are actors of the same table.
  return index;
}

bool IsTitleDomainWord(absl::string_view lower) {
  static const auto* const words =
      new absl::flat_hash_set<std::string>{"state",
                                           "defense",
                                           "defence",
                                           "foreign",
                                           "affairs",
                                           "commerce",
                                           "energy",
                                           "finance",
                                           "treasury",
                                           "trade",
                                           "interior",
                                           "justice",
                                           "homeland",
                                           "security",
                                           "agriculture",
                                           "health",
                                           "labor",
                                           "labour",
                                           "education",
                                           "economy",
                                           "industry",
                                           "transport",
                                           "transportation",
                                           "international",
                                           "relations",
                                           "humanitarian",
                                           "external",
                                           "economic",
                                           "development",
                                           "cooperation",
                                           "co-operation",
                                           "culture",
                                           "tourism",
                                           "environment",
                                           "climate",
                                           "housing",
                                           "information",
                                           "communications",
                                           "science",
                                           "technology",
                                           "policy",
                                           "house",
                                           "representatives",
                                           "commons",
                                           "staff",
                                           "fisheries",
                                           "planning",
                                           "investment",
                                           "infrastructure",
                                           "digital",
                                           "defence-industry",
                                           "resources",
                                           "natural",
                                           "public",
                                           "works",
                                           "immigration",
                                           "migration",
                                           "home",
                                           "overseas",
                                           "commonwealth",
                                           "european",
                                           "integration",
                                           "national",
                                           "legal",
                                           "human",
                                           "rights",
                                           "women",
                                           "youth",
                                           "sport",
                                           "sports",
                                           "government"};
  static const WordFilter filter(*words);
  return filter.MayContain(lower) && words->contains(lower);
}

// The one person proposed so far whose name of three words or more ends
// in `tail`, itself two words or more ("Urrutia Becerra" for "Paula
// Urrutia Becerra"), else -1. Among the latest 512 actors: constant time
// per call.
int Reader::PersonOfNameTail(absl::string_view tail) const {
  if (tail.find(' ') == absl::string_view::npos) return -1;
  int found = -1;
  // The latest 512 actors only: a long text's title-and-name mentions do
  // not each walk every actor before them.
  const size_t n = x_.actors.size();
  for (size_t a = n > 512 ? n - 512 : 0; a < n; ++a) {
    const ExtractedActor& actor = x_.actors[a];
    if (actor.kind != ActorKind::kPerson) continue;
    const absl::string_view name = actor.name;
    if (name.size() <= tail.size() + 1 || !absl::EndsWith(name, tail) ||
        name[name.size() - tail.size() - 1] != ' ') {
      continue;
    }
    if (found >= 0) return -1;  // two such persons: neither
    found = static_cast<int>(a);
  }
  return found;
}

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
  // "VISIT TO BOTSWANA" in a heading after the registry's Botswana: that
  // actor when both are places, states or bodies; none for a person by a
  // state's name (the graph takes no two actors of one name).
  if (auto table = table_actor_names_.find(key);
      table != table_actor_names_.end()) {
    const ActorKind have = x_.actors[table->second].kind;
    const bool person = kind == ActorKind::kPerson;
    const int same =
        person == (have == ActorKind::kPerson) ? table->second : -1;
    new_actor_by_name_.emplace(std::string(name), same);
    return same;
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
  // "Crown Prince Turki bin Saud" after "Turki bin Saud Al Saud": a name
  // with "bin" cut before its family's article ("Al", "El") names the same
  // person later.
  if (kind == ActorKind::kPerson && name.size() < 120) {
    const std::string lower = absl::AsciiStrToLower(name);
    size_t bin = lower.find(" bin ");
    if (bin == std::string::npos) bin = lower.find(" bint ");
    if (bin == std::string::npos) bin = lower.find(" ibn ");
    if (bin != std::string::npos) {
      size_t article = lower.rfind(" al ");
      if (article == std::string::npos) article = lower.rfind(" el ");
      if (article != std::string::npos && article > bin + 4) {
        const std::string cut = Resolver::Fold(name.substr(0, article));
        if (!cut.empty()) new_actor_index_.try_emplace(cut, index);
      }
    }
  }
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
  // The body's words, for the capitals named as a city (VenueCapital) and
  // the rules below.
  body_tokens_ = Tokenize(text_, begin, static_cast<uint32_t>(text_.size()));
  IndexChannelHeads();
  auto convert = [&](const std::vector<Mention>& in, bool is_known,
                     std::vector<DocMention>& out) {
    uint32_t venue_end = 0;  // the last capital read as a city
    for (size_t i = 0; i < in.size(); ++i) {
      const Mention& m = in[i];
      if (m.targets.empty()) continue;
      const MentionTarget& t = m.targets.front();
      const std::vector<ActorFacts>& table = is_known ? k_.known : k_.registry;
      if (t.actor.value >= table.size()) continue;
      // "US$10 billion", "HK$": a currency, not the state.
      const size_t after = static_cast<size_t>(m.end) + begin;
      if (after < text_.size() && text_[after] == '$') continue;
      // "OPEC+", "ASEAN+3": a grouping built on an organisation, named as
      // written (the organisation itself is not named).
      if (table[t.actor.value].kind == ActorKind::kOrganization &&
          after < text_.size() && text_[after] == '+') {
        size_t e = after + 1;
        while (e < text_.size() &&
               absl::ascii_isdigit(static_cast<unsigned char>(text_[e]))) {
          ++e;
        }
        if (e >= text_.size() ||
            !absl::ascii_isalnum(static_cast<unsigned char>(text_[e]))) {
          const int group =
              NewActor(Slice(text_, m.begin + begin, static_cast<uint32_t>(e)),
                       ActorKind::kOrganization, "organisation-plus", 0.5f);
          if (group >= 0) {
            out.push_back({m.begin + begin, static_cast<uint32_t>(e), group,
                           MatchReason::kExactName});
          }
          continue;
        }
      }
      // A capital: a city's name is written with a capital letter; where
      // the text names the city (a venue, a dateline, "Vientiane, Laos")
      // it is a place, and its state is not named (no state actor is
      // made for it); elsewhere ("Vilnius said", "Seoul and Warsaw",
      // "officials in Pretoria") the state, by metonymy.
      if (t.reason == MatchReason::kMetonymy && !k_.capitals.empty()) {
        const uint32_t b = m.begin + begin, e = m.end + begin;
        if (const auto cap = k_.capitals.find(LowerSlice(b, e));
            cap != k_.capitals.end()) {
          if (!absl::ascii_isupper(static_cast<unsigned char>(text_[b]))) {
            continue;
          }
          // "Joao Pedro Costa da Lima", "da Lima added", "Ana de
          // Santiago": after a name's particle in lower case, the capital's
          // name ends a person's name.
          if (b >= 2 && text_[b - 1] == ' ') {
            uint32_t p = b - 1;
            while (p > 0 && absl::ascii_isalpha(
                                static_cast<unsigned char>(text_[p - 1]))) {
              --p;
            }
            const absl::string_view particle = Slice(text_, p, b - 1);
            if (!particle.empty() &&
                absl::ascii_islower(static_cast<unsigned char>(particle[0])) &&
                IsNameParticle(particle)) {
              continue;
            }
          }
          // "Vientiane, Laos": its own state after a comma.
          const bool state_after =
              i + 1 < in.size() && !in[i + 1].targets.empty() &&
              in[i + 1].targets.front().actor == t.actor &&
              in[i + 1].targets.front().reason != MatchReason::kDemonym &&
              Slice(text_, e, in[i + 1].begin + begin) == ", ";
          if (VenueCapital(b, e, state_after, &venue_end)) {
            // "BRASILIA, May 3": a dateline's capitals are no spelling.
            const absl::string_view as_written = Slice(text_, b, e);
            const bool all_caps =
                std::none_of(as_written.begin(), as_written.end(),
                             [](char c) { return absl::ascii_islower(c); });
            const int place =
                NewActor(all_caps ? absl::string_view(cap->second) : as_written,
                         ActorKind::kPlace, "venue-place", 0.5f);
            if (place >= 0) {
              out.push_back({b, e, place, MatchReason::kExactName});
            }
            continue;
          }
        }
      }
      // Demonyms ("Russian") are adjectives, not mentions of the state;
      // kept apart for what a statement's words are about ("Russian
      // waters").
      if (t.reason == MatchReason::kDemonym) {
        demonyms_.push_back(
            {m.begin + begin, m.end + begin, is_known, t.actor});
        continue;
      }
      if (!is_known &&
          IsNoOrganisationMention(text_, m.begin + begin, m.end + begin,
                                  table[t.actor.value])) {
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
  // "the African Union Commission", "the ECOWAS Council": an
  // organisation's name and a body's word after it name that body, an
  // organisation of its own.
  for (DocMention& m : mentions_) {
    if (x_.actors[m.actor].kind != ActorKind::kOrganization ||
        m.end + 2 >= text_.size() || text_[m.end] != ' ' ||
        !absl::ascii_isupper(static_cast<unsigned char>(text_[m.end + 1]))) {
      continue;
    }
    uint32_t e = m.end + 1;
    while (e < text_.size() &&
           absl::ascii_isalpha(static_cast<unsigned char>(text_[e]))) {
      ++e;
    }
    const std::string word = Lower(Slice(text_, m.end + 1, e));
    if (word != "commission" && word != "council" && word != "secretariat" &&
        word != "assembly" && word != "parliament" && word != "committee" &&
        word != "court") {
      continue;
    }
    // Not the start of a longer name ("the African Union Commission
    // Chairperson" stays this body; "Council Regulation" is no body).
    if (e + 1 < text_.size() && text_[e] == ' ' &&
        absl::ascii_isupper(static_cast<unsigned char>(text_[e + 1]))) {
      continue;
    }
    const int body =
        NewActor(Slice(text_, m.begin, e), ActorKind::kOrganization,
                 "organisation-body", 0.5f);
    if (body < 0) continue;
    m.actor = body;
    m.end = e;
    m.reason = MatchReason::kExactName;
  }
  // "EAM" after "External Affairs Minister Dr. Arvind Kulkarni": the
  // initials of a title of three words or more before a person's name name
  // the person (at most a few per document).
  std::vector<std::pair<std::string, int>> title_initials;
  {
    const std::vector<Token>& tokens = body_tokens_;
    std::vector<DocMention> found;
    size_t m = 0;
    for (size_t i = 0; i + 2 < tokens.size(); ++i) {
      if (!tokens[i].word) continue;
      // "Sheikh Hamad bin Nasser", "H.E. Abdullah Al-Harthy", "Datuk Seri
      // Anwar Hashim": an honorific opens a name as a title does.
      size_t honorific = 0;
      // "opposition deputy Ana Funes", "analyst Tom Ruiz": a lower-case
      // noun of what a person does opens a name as a title does.
      const bool person_noun =
          !tokens[i].capitalised &&
          IsPersonNoun(LowerSlice(tokens[i].begin, tokens[i].end));
      if (!person_noun &&
          !IsRoleNoun(LowerSlice(tokens[i].begin, tokens[i].end))) {
        honorific = HonorificTokens(text_, tokens, i);
        if (honorific == 0) continue;
      }
      // "Secretary of State Marcus Whitcombe": the title's "of" and its
      // field come before the name.
      // "Minister for Foreign Affairs Dr Tan Wei Ming": "for" opens the
      // field as "of" does; "Minister for Trade and Industry", "Minister
      // of State for External Affairs", "Speaker of the House of
      // Representatives": a field of several words joined by "and", "for"
      // or "of".
      size_t name_first = i + (honorific > 0 ? honorific : 1);
      if (honorific == 0 && name_first + 1 < tokens.size() &&
          (LowerSlice(tokens[name_first].begin, tokens[name_first].end) ==
               "of" ||
           LowerSlice(tokens[name_first].begin, tokens[name_first].end) ==
               "for")) {
        size_t k = name_first + 1;
        if (LowerSlice(tokens[k].begin, tokens[k].end) == "the") ++k;
        // "Federal Minister for European and International Affairs": an
        // "and" joins two words of the field.
        size_t d = k;
        for (size_t e = k; e < tokens.size() && e - k < 8 && tokens[e].word;) {
          const absl::string_view w =
              LowerSlice(tokens[e].begin, tokens[e].end);
          if (tokens[e].capitalised && IsTitleDomainWord(w)) {
            d = ++e;
            continue;
          }
          if (e > k && (w == "and" || w == "for" || w == "of") &&
              e + 1 < tokens.size() && tokens[e + 1].word &&
              tokens[e + 1].capitalised &&
              IsTitleDomainWord(
                  LowerSlice(tokens[e + 1].begin, tokens[e + 1].end))) {
            ++e;
            continue;
          }
          // "Assistant Secretary of State for East Asian and Pacific
          // Affairs": a field of any capitalised words ending in "Affairs"
          // or "Relations" (six words at most).
          if (e > k && (w == "and" || w == "for" || w == "of")) {
            size_t field_end = 0;
            for (size_t f = e + 1;
                 f < tokens.size() && f <= e + 6 && tokens[f].word &&
                 (tokens[f].capitalised ||
                  LowerSlice(tokens[f].begin, tokens[f].end) == "and");
                 ++f) {
              const absl::string_view fw =
                  LowerSlice(tokens[f].begin, tokens[f].end);
              if (fw == "affairs" || fw == "relations") field_end = f;
            }
            if (field_end > 0) {
              d = e = field_end + 1;
              continue;
            }
          }
          break;
        }
        if (d > k) name_first = d;
      }
      // "Foreign Minister of Egypt Karim Mansour", "Secretary of Foreign
      // Affairs of the Philippines Ramon Villanueva": the title's state (a
      // mention after "of" and an optional "the") comes before the name;
      // "Ambassador to Japan Tomasz Wrona", "Permanent Representative to
      // the United Nations Abdou Diallo": after "to", a state or a body.
      bool title_state = false;  // the title's state before the name
      const bool title_to =
          honorific == 0 && name_first < tokens.size() &&
          LowerSlice(tokens[name_first].begin, tokens[name_first].end) == "to";
      if (honorific == 0 && name_first + 2 < tokens.size() &&
          (title_to || LowerSlice(tokens[name_first].begin,
                                  tokens[name_first].end) == "of")) {
        size_t k = name_first + 1;
        auto it = MentionsFrom(tokens[k].begin);
        if ((it == mentions_.end() || it->begin != tokens[k].begin) &&
            LowerSlice(tokens[k].begin, tokens[k].end) == "the" &&
            k + 1 < tokens.size()) {
          ++k;
          it = MentionsFrom(tokens[k].begin);
        }
        // "Spokesperson of the Ministry of Foreign Affairs Phan Thi Ngoc
        // Lan": after "of", a body named before the name is the title's
        // too.
        if (it != mentions_.end() && it->begin == tokens[k].begin &&
            (x_.actors[it->actor].kind == ActorKind::kState ||
             x_.actors[it->actor].kind == ActorKind::kOrganization)) {
          size_t e = k;
          while (e < tokens.size() && tokens[e].begin < it->end) ++e;
          if (e < tokens.size()) {
            name_first = e;
            title_state = true;
          }
        } else if (k_.registry_resolver && tokens[k].word &&
                   tokens[k].capitalised) {
          // The mention finder leaves a state out before a capitalised
          // name ("of Egypt Karim Mansour"): the registry is asked for the
          // words up to six tokens on ("the Republic of Kenya", "the
          // Socialist Republic of Viet Nam").
          // "the Republic of Chile": the words after a form of state's
          // "of" are asked too.
          size_t state_last = tokens.size();
          ActorId state;
          size_t inner = k;  // the first word after an "of" inside
          for (size_t e = k; e < tokens.size() && e < k + 6; ++e) {
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
          // "Spokesperson of the Ministry of Foreign Affairs Phan Thi Ngoc
          // Lan": a ministry's name of its field's words (no state) before
          // the name.
          const absl::string_view body =
              LowerSlice(tokens[k].begin, tokens[k].end);
          if (state_last == tokens.size() &&
              (body == "ministry" || body == "department" ||
               body == "office") &&
              k > name_first + 1) {
            size_t e = k + 1;
            bool field = false;
            while (e < tokens.size() && e < k + 7 && tokens[e].word) {
              const absl::string_view w =
                  LowerSlice(tokens[e].begin, tokens[e].end);
              if (tokens[e].capitalised && IsTitleDomainWord(w)) {
                field = true;
              } else if (w != "of" && w != "for" && w != "and") {
                break;
              }
              ++e;
            }
            if (field && e < tokens.size() && tokens[e].word &&
                tokens[e].capitalised &&
                !IsRoleNoun(LowerSlice(tokens[e].begin, tokens[e].end))) {
              name_first = e;
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
            title_state = true;
          }
        }
        // "the Prime Minister of Japan, Kishida Fumio", "the President of
        // Chile, Gabriel Boric": after a definite title and its state, a
        // comma and the name (the readouts' apposition). Only after a
        // title opened by "the": a description, which the name completes.
        if (name_first > k && name_first + 2 < tokens.size() &&
            !tokens[name_first].word &&
            Slice(text_, tokens[name_first].begin, tokens[name_first].end) ==
                "," &&
            !LineBreakBetween(tokens[name_first].end,
                              tokens[name_first + 1].begin)) {
          size_t f = i;
          while (f > 0 && i - f < 3 && tokens[f - 1].word &&
                 tokens[f - 1].capitalised) {
            --f;
          }
          if (f > 0 && tokens[f - 1].word &&
              LowerSlice(tokens[f - 1].begin, tokens[f - 1].end) == "the") {
            ++name_first;
          }
        }
      }
      // "the President of Mexico, Ana Robles,": after the title's state a
      // comma may open the name, which a comma or full stop closes (checked
      // below).
      bool comma_name = false;
      if (title_state && name_first + 3 < tokens.size() &&
          !tokens[name_first].word &&
          Slice(text_, tokens[name_first].begin, tokens[name_first].end) ==
              ",") {
        ++name_first;
        comma_name = true;
        // "the Prime Minister of Tonga, the Hon. Siaosi Fifita,": "the"
        // before an honorific.
        if (name_first + 3 < tokens.size() && tokens[name_first].word &&
            LowerSlice(tokens[name_first].begin, tokens[name_first].end) ==
                "the" &&
            HonorificTokens(text_, tokens, name_first + 1) > 0) {
          ++name_first;
        }
      }
      // Honorifics between the title and the name ("Dr", "Mr", "Shri",
      // "Datuk Seri", "Sheikh").
      for (int n = 0; n < 3 && name_first + 2 < tokens.size(); ++n) {
        const size_t h = HonorificTokens(text_, tokens, name_first);
        if (h == 0) break;
        name_first += h;
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
        // "Secretary Clinton Phone Call with ...": a title-cased heading's
        // nouns of a call or meeting end the name.
        if (t.word && t.capitalised && j > name_first &&
            IsHeadingEventWord(LowerSlice(t.begin, t.end))) {
          break;
        }
        // "Foreign Minister Dawit Receives Saudi Minister ...": a heading's
        // verb ends the name.
        if (t.word && t.capitalised && j > name_first &&
            IsHeadingVerb(LowerSlice(t.begin, t.end))) {
          break;
        }
        // "The Rt Hon Helen Radcliffe MP": letters after a name are no part
        // of it.
        if (t.word && j > name_first && IsPostNominal(w)) break;
        const absl::string_view lw = LowerSlice(t.begin, t.end);
        if (t.word && t.capitalised && last == j - 1 && last >= name_first &&
            (lw == "al" || lw == "el" || lw == "bin" || lw == "bint" ||
             lw == "ibn") &&
            j + 1 < tokens.size() && tokens[j + 1].word &&
            tokens[j + 1].capitalised &&
            !LineBreakBetween(t.end, tokens[j + 1].begin)) {
          // "Faris bin Hilal Al Harthi", "Turki bin Saud Al Saud": the
          // Arabic article or "Bin" written with a capital is a particle
          // of the name, not one of its words, and ends no name.
          ++j;
          ++particles;
        } else if (t.word && t.capitalised &&
                   (name_he || !IsFunctionWord(LowerSlice(t.begin, t.end))) &&
                   !IsRoleNoun(LowerSlice(t.begin, t.end)) &&
                   !EndsPossessive(w)) {
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
      if (comma_name &&
          (last + 1 >= tokens.size() || tokens[last + 1].word ||
           (Slice(text_, tokens[last + 1].begin, tokens[last + 1].end) != "," &&
            Slice(text_, tokens[last + 1].begin, tokens[last + 1].end) !=
                "."))) {
        continue;
      }
      // "King Fahd Causeway", "the President Mandela Foundation", "King
      // Faisal Prize": a place, building, body or prize named after a
      // person is none.
      {
        const absl::string_view end_word =
            LowerSlice(tokens[last].begin, tokens[last].end - possessive);
        const bool facility_after =
            last + 1 < tokens.size() && tokens[last + 1].word &&
            IsFacilityWord(
                LowerSlice(tokens[last + 1].begin, tokens[last + 1].end));
        if (IsFacilityWord(end_word) || IsOrganizationNameEnd(end_word) ||
            IsGeographicWord(end_word) || facility_after) {
          i = last;
          continue;
        }
      }
      const uint32_t nb = tokens[name_first].begin,
                     ne = tokens[last].end - possessive;
      while (m < mentions_.size() && mentions_[m].end <= nb) ++m;
      int person = -1;
      if (m < mentions_.size() && mentions_[m].begin < ne) {
        if (mentions_[m].begin == nb &&
            x_.actors[mentions_[m].actor].kind == ActorKind::kPerson) {
          person = mentions_[m].actor;
        }
      } else {
        // "Minister Urrutia Becerra" after "Paula Urrutia Becerra": the
        // family names of a longer name the text gave before are that
        // person.
        person = PersonOfNameTail(Slice(text_, nb, ne));
        if (person < 0) {
          person = NewActor(Slice(text_, nb, ne), ActorKind::kPerson,
                            "title-and-name", 0.6f);
        }
        if (person >= 0) {
          found.push_back({nb, ne, person, MatchReason::kExactName});
        }
      }
      // Only a title right before the name (an honorific between them).
      bool plain_title = !honorific;
      for (size_t k = i + 1; plain_title && k < name_first; ++k) {
        plain_title =
            (tokens[k].word &&
             IsHonorific(LowerSlice(tokens[k].begin, tokens[k].end))) ||
            Slice(text_, tokens[k].begin, tokens[k].end) == ".";
      }
      if (person >= 0 && plain_title && title_initials.size() < 8) {
        // The title's capitalised words, the role noun last.
        std::string initials;
        size_t f = i + 1;
        while (f > 0 && i + 1 - f < 4 && tokens[f - 1].word &&
               tokens[f - 1].capitalised &&
               !IsFunctionWord(
                   LowerSlice(tokens[f - 1].begin, tokens[f - 1].end)) &&
               (f == i + 1 ||
                !LineBreakBetween(tokens[f - 1].end, tokens[f].begin))) {
          --f;
        }
        for (size_t w = f; w <= i; ++w) initials += text_[tokens[w].begin];
        // "High Representative/Vice-President X": "HR/VP", the capitals of
        // each title's words (a hyphen's parts apart) on either side of
        // the slash.
        if (f >= 2 &&
            Slice(text_, tokens[f - 1].begin, tokens[f - 1].end) == "/") {
          auto capitals = [&](size_t a, size_t b) {
            std::string c;
            for (size_t w = a; w <= b; ++w) {
              const absl::string_view word =
                  Slice(text_, tokens[w].begin, tokens[w].end);
              for (size_t k = 0; k < word.size(); ++k) {
                if ((k == 0 || word[k - 1] == '-') &&
                    absl::ascii_isupper(static_cast<unsigned char>(word[k]))) {
                  c += word[k];
                }
              }
            }
            return c;
          };
          size_t g = f - 1;
          while (g > 0 && f - 1 - g < 3 && tokens[g - 1].word &&
                 tokens[g - 1].capitalised &&
                 !IsFunctionWord(
                     LowerSlice(tokens[g - 1].begin, tokens[g - 1].end))) {
            --g;
          }
          if (g < f - 1) {
            std::string slashed =
                absl::StrCat(capitals(g, f - 2), "/", capitals(f, i));
            if (slashed.size() >= 5 && title_initials.size() < 8) {
              title_initials.emplace_back(std::move(slashed), person);
            }
          }
        }
        if (initials.size() >= 3) {
          title_initials.emplace_back(std::move(initials), person);
        }
      }
      if (m < mentions_.size() && mentions_[m].begin < ne) continue;
      i = last;
    }
    // Whether token i opens a sentence or a line.
    auto opens_at = [&](size_t i) {
      return i == 0 || LineBreakBetween(tokens[i - 1].end, tokens[i].begin) ||
             (!tokens[i - 1].word &&
              (Slice(text_, tokens[i - 1].begin, tokens[i - 1].end) == "." ||
               Slice(text_, tokens[i - 1].begin, tokens[i - 1].end) == "?" ||
               Slice(text_, tokens[i - 1].begin, tokens[i - 1].end) == "!"));
    };
    // The end of a run of two to four capitalised words of a name from
    // token i (no function word, role noun or possessive; one line).
    // "Sultan bin Rashid Al Kaabi": a patronymic in lower case between
    // capitalised words, and a title's word before it, are part of a name
    // (of five words at most then).
    auto patronymic_at = [&](size_t j) {
      if (j + 1 >= tokens.size() || !tokens[j].word || tokens[j].capitalised ||
          !tokens[j + 1].word || !tokens[j + 1].capitalised) {
        return false;
      }
      const absl::string_view w = LowerSlice(tokens[j].begin, tokens[j].end);
      return w == "bin" || w == "ibn" || w == "bint";
    };
    auto name_run_end = [&](size_t i) {
      size_t j = i;
      size_t limit = 4;
      while (
          j < tokens.size() && j - i < limit && tokens[j].word &&
          (j == i || !LineBreakBetween(tokens[j - 1].end, tokens[j].begin))) {
        if (j > i && patronymic_at(j)) {
          limit = 5;
          ++j;
          continue;
        }
        const absl::string_view w = LowerSlice(tokens[j].begin, tokens[j].end);
        if (!tokens[j].capitalised || IsFunctionWord(w) ||
            (IsRoleNoun(w) && !(j == i && patronymic_at(j + 1))) ||
            EndsPossessive(Slice(text_, tokens[j].begin, tokens[j].end))) {
          break;
        }
        ++j;
      }
      return j;
    };
    auto comma_at = [&](size_t k) {
      return k < tokens.size() && !tokens[k].word &&
             Slice(text_, tokens[k].begin, tokens[k].end) == ",";
    };
    // Name and apposition: "Kamchybek Toktorov, the deputy head of the
    // border service, told ...": two to four capitalised words opening a
    // sentence, then a comma and a description with a role noun ("the
    // deputy head", "a senior adviser"), are a person.
    m = 0;
    for (size_t i = 0; i + 4 < tokens.size(); ++i) {
      if (!tokens[i].word || !tokens[i].capitalised) continue;
      const bool opens = opens_at(i);
      // "spoke with Ana Ruiz, Chile's Minister of Foreign Affairs", "met
      // Ana Ruiz, the Chilean foreign minister": the object of a call or
      // meeting opens the phrase as well.
      bool object = false;
      if (!opens && i >= 2 && tokens[i - 1].word) {
        const absl::string_view p =
            LowerSlice(tokens[i - 1].begin, tokens[i - 1].end);
        const absl::string_view v =
            tokens[i - 2].word
                ? LowerSlice(tokens[i - 2].begin, tokens[i - 2].end)
                : absl::string_view();
        object = Eq(p, "met") || Eq(p, "received") || Eq(p, "hosted") ||
                 Eq(p, "phoned") || Eq(p, "called") ||
                 ((Eq(p, "with") || Eq(p, "to")) &&
                  (Eq(v, "spoke") || Eq(v, "speaks") || Eq(v, "met") ||
                   Eq(v, "meets") || Eq(v, "talked") || Eq(v, "talks") ||
                   Eq(v, "call") || Eq(v, "conversation")));
      }
      if (!opens && !object) continue;
      const size_t j = name_run_end(i);
      if (j < i + 2 || j + 2 >= tokens.size() || !comma_at(j)) continue;
      const absl::string_view det =
          LowerSlice(tokens[j + 1].begin, tokens[j + 1].end);
      const bool has_det = det == "the" || det == "a" || det == "an";
      bool role = false;
      if (has_det) {
        // "a North Africa analyst at ...", "the Horn of Africa director of
        // ...": capitalised words of a region or a field (and their "of")
        // may come before the role noun.
        size_t capitals = 0;
        for (size_t k = j + 2; k < tokens.size() && k <= j + 8 && !role; ++k) {
          if (!tokens[k].word) break;
          const absl::string_view w =
              LowerSlice(tokens[k].begin, tokens[k].end);
          if (tokens[k].capitalised || (w == "of" && capitals > 0)) {
            if (++capitals > 4) break;
            continue;
          }
          role = IsRoleNoun(w) || IsPersonNoun(w);
          if (k > j + 5 + capitals) break;
        }
      } else if (tokens[j + 1].word && !tokens[j + 1].capitalised) {
        // "Tom Ruiz, senior fellow at ...": a role noun without a
        // determiner, two lower-case words in at most, then "at", "of",
        // "for", "with" or a comma; "Ana Pires, who heads the Sahel desk":
        // a relative clause of leading something.
        if (det == "who" && j + 2 < tokens.size() && tokens[j + 2].word) {
          role =
              IsHeadsVerb(LowerSlice(tokens[j + 2].begin, tokens[j + 2].end));
        }
        for (size_t k = j + 1; !role && k < tokens.size() && k <= j + 3; ++k) {
          if (!tokens[k].word || tokens[k].capitalised) break;
          const absl::string_view w =
              LowerSlice(tokens[k].begin, tokens[k].end);
          if (!IsRoleNoun(w) && !IsPersonNoun(w)) continue;
          if (k + 1 >= tokens.size()) break;
          const absl::string_view next =
              LowerSlice(tokens[k + 1].begin, tokens[k + 1].end);
          role = next == "at" || next == "of" || next == "for" ||
                 next == "with" || next == ",";
        }
      }
      // "Chile's Minister of Foreign Affairs", "the United Kingdom's
      // Secretary of State", "Mexico's Foreign Minister", "Peru's deputy
      // trade minister": a title after a possessive (within the first six
      // words), the role noun at most three words past it.
      for (size_t k = j + 1; !role && k + 1 < tokens.size() && k <= j + 6;
           ++k) {
        if (!tokens[k].word) break;
        if (!EndsPossessive(Slice(text_, tokens[k].begin, tokens[k].end))) {
          continue;
        }
        for (size_t r = k + 1; !role && r < tokens.size() && r <= k + 3; ++r) {
          if (!tokens[r].word) break;
          role = IsRoleNoun(LowerSlice(tokens[r].begin, tokens[r].end));
        }
        break;
      }
      // "Ana Ruiz, Secretary of Foreign Affairs of Mexico", "Ana Ruiz,
      // Deputy Foreign Minister of Peru": a capitalised title without a
      // determiner, its role noun among its first three words, then "of",
      // "for", "and" or a comma.
      if (!role && tokens[j + 1].word && tokens[j + 1].capitalised) {
        for (size_t r = j + 1; r + 1 < tokens.size() && r <= j + 3; ++r) {
          if (!tokens[r].word || !tokens[r].capitalised) break;
          if (!IsRoleNoun(LowerSlice(tokens[r].begin, tokens[r].end))) {
            continue;
          }
          const absl::string_view next =
              LowerSlice(tokens[r + 1].begin, tokens[r + 1].end);
          role = next == "of" || next == "for" || next == "and" || next == ",";
          break;
        }
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
    // Title and name: "The Minister of Foreign Affairs, Ingrid Halvorsen,
    // today met ...", "Foreign Minister of Estonia, Peeter Kask, said": a
    // capitalised title opening a sentence (a role noun among its first
    // four words; "of", "for" and "and" between its capitalised words,
    // nine words at most), a comma, two to four capitalised words, then a
    // comma, are a person.
    m = 0;
    for (size_t i = 0; i + 5 < tokens.size(); ++i) {
      if (!tokens[i].word || !tokens[i].capitalised || !opens_at(i)) continue;
      size_t k = i;
      if (LowerSlice(tokens[k].begin, tokens[k].end) == "the") ++k;
      bool role = false;
      size_t c = k;
      for (; c < tokens.size() && c < k + 9 && tokens[c].word; ++c) {
        const absl::string_view w = LowerSlice(tokens[c].begin, tokens[c].end);
        if (!tokens[c].capitalised && w != "of" && w != "for" && w != "and") {
          break;
        }
        if (c < k + 4 && tokens[c].capitalised && IsRoleNoun(w)) role = true;
      }
      if (!role || !comma_at(c)) continue;
      const size_t j = name_run_end(c + 1);
      if (j < c + 3 || !comma_at(j)) continue;
      const uint32_t nb = tokens[c + 1].begin, ne = tokens[j - 1].end;
      while (m < mentions_.size() && mentions_[m].end <= nb) ++m;
      if (m < mentions_.size() && mentions_[m].begin < ne) continue;
      const int actor = NewActor(Slice(text_, nb, ne), ActorKind::kPerson,
                                 "name-after-title", 0.55f);
      if (actor >= 0) found.push_back({nb, ne, actor, MatchReason::kExactName});
      i = j;
    }
    // Names after a plural title: "Presidents Ingrid Solheim, Jonas Vik
    // and Karl Aune met ...", "foreign ministers Kari Nygaard and Erik Lund
    // ...": each name of a list closed by "and" (two to four capitalised
    // words each, at most eight names) is a person, with or without a
    // reporting verb in the sentence.
    m = 0;
    for (size_t i = 0; i + 4 < tokens.size(); ++i) {
      if (!tokens[i].word) continue;
      const absl::string_view title =
          LowerSlice(tokens[i].begin, tokens[i].end);
      if (title.size() < 5 || title.back() != 's' ||
          !IsRoleNoun(title.substr(0, title.size() - 1))) {
        continue;
      }
      size_t names[8][2];
      size_t n = 0;
      bool closed = false, complete = false;
      size_t j = i + 1;
      // "the foreign ministers of Norway and Iceland, A and B, said": the
      // states of the title, then the names set off by commas.
      if (j + 2 < tokens.size() &&
          LowerSlice(tokens[j].begin, tokens[j].end) == "of") {
        size_t c = j + 1;
        while (c < tokens.size() && c <= j + 8 && tokens[c].word) ++c;
        if (c >= tokens.size() || c > j + 8 || c == j + 1 ||
            Slice(text_, tokens[c].begin, tokens[c].end) != ",") {
          continue;
        }
        j = c + 1;
      }
      while (j < tokens.size() && n < 8) {
        size_t k = j;
        while (k < tokens.size() && k - j < 4 && tokens[k].word &&
               tokens[k].capitalised &&
               !LineBreakBetween(tokens[k - 1].end, tokens[k].begin) &&
               !IsFunctionWord(LowerSlice(tokens[k].begin, tokens[k].end)) &&
               !IsRoleNoun(LowerSlice(tokens[k].begin, tokens[k].end)) &&
               !EndsPossessive(Slice(text_, tokens[k].begin, tokens[k].end))) {
          ++k;
        }
        if (k < j + 2) break;  // a name has two words at least
        names[n][0] = j;
        names[n][1] = k - 1;
        ++n;
        if (closed) {
          complete = true;
          break;
        }
        if (k + 1 < tokens.size() && !tokens[k].word &&
            Slice(text_, tokens[k].begin, tokens[k].end) == ",") {
          j = k + 1;
          if (LowerSlice(tokens[j].begin, tokens[j].end) == "and") {
            ++j;
            closed = true;
          }
          continue;
        }
        if (k + 1 < tokens.size() &&
            LowerSlice(tokens[k].begin, tokens[k].end) == "and") {
          j = k + 1;
          closed = true;
          continue;
        }
        break;
      }
      if (!complete || n < 2) continue;
      for (size_t q = 0; q < n; ++q) {
        const uint32_t nb = tokens[names[q][0]].begin,
                       ne = tokens[names[q][1]].end;
        while (m < mentions_.size() && mentions_[m].end <= nb) ++m;
        if (m < mentions_.size() && mentions_[m].begin < ne) continue;
        const int actor = NewActor(Slice(text_, nb, ne), ActorKind::kPerson,
                                   "names-after-plural-title", 0.55f);
        if (actor >= 0) {
          found.push_back({nb, ne, actor, MatchReason::kExactName});
        }
      }
      i = names[n - 1][1];
    }
    // Description and name: "his Azerbaijani counterpart, Elnur
    // Mammadli, on Thursday", "the ministry's spokeswoman, Dana Ortiz.": a
    // lower-case role noun or "counterpart" opened by a determiner or a
    // possessive (four words before it at most), a comma, two to four
    // capitalised words and a comma or a full stop are a person. The role
    // noun may take a short field in lower case ("the opposition's
    // spokesman on foreign affairs, X,", "its envoy for climate, X,").
    m = 0;
    for (size_t i = 1; i + 4 < tokens.size(); ++i) {
      if (!tokens[i].word || tokens[i].capitalised) continue;
      const absl::string_view noun = LowerSlice(tokens[i].begin, tokens[i].end);
      if (noun != "counterpart" && !IsRoleNoun(noun)) continue;
      size_t comma = i + 1;
      if (tokens[comma].word) {
        const absl::string_view prep =
            LowerSlice(tokens[comma].begin, tokens[comma].end);
        if (prep != "on" && prep != "for" && prep != "of" && prep != "to") {
          continue;
        }
        ++comma;
        // "its envoy for the Horn of Africa, X,", "special envoy for Sudan,
        // Amb. X,": the field may name a place or a state.
        while (comma < tokens.size() && comma <= i + 5 && tokens[comma].word) {
          ++comma;
        }
        if (comma == i + 2 || comma + 3 >= tokens.size()) continue;
      }
      if (Slice(text_, tokens[comma].begin, tokens[comma].end) != ",") continue;
      bool opened = false;
      for (size_t k = i; k-- > 0 && i - k <= 4;) {
        if (!tokens[k].word) break;
        const absl::string_view w = LowerSlice(tokens[k].begin, tokens[k].end);
        if (w == "the" || w == "a" || w == "an" || w == "his" || w == "her" ||
            w == "its" || w == "their" ||
            EndsPossessive(Slice(text_, tokens[k].begin, tokens[k].end))) {
          opened = true;
          break;
        }
      }
      if (!opened) continue;
      // "the envoy, Amb. Kari Lunde,": an honorific before the name.
      size_t name = comma + 1;
      for (int n = 0; n < 2 && name + 2 < tokens.size(); ++n) {
        const size_t h = HonorificTokens(text_, tokens, name);
        if (h == 0) break;
        name += h;
      }
      size_t j = name;
      while (j < tokens.size() && j - name < 4 && tokens[j].word &&
             tokens[j].capitalised &&
             !IsFunctionWord(LowerSlice(tokens[j].begin, tokens[j].end)) &&
             !IsRoleNoun(LowerSlice(tokens[j].begin, tokens[j].end)) &&
             !IsHonorific(LowerSlice(tokens[j].begin, tokens[j].end)) &&
             !EndsPossessive(Slice(text_, tokens[j].begin, tokens[j].end))) {
        ++j;
      }
      if (j < name + 2 || j >= tokens.size() || tokens[j].word) continue;
      const absl::string_view after =
          Slice(text_, tokens[j].begin, tokens[j].end);
      if (after != "," && after != ".") continue;
      const uint32_t nb = tokens[name].begin, ne = tokens[j - 1].end;
      while (m < mentions_.size() && mentions_[m].end <= nb) ++m;
      if (m < mentions_.size() && mentions_[m].begin < ne) continue;
      const int actor = NewActor(Slice(text_, nb, ne), ActorKind::kPerson,
                                 "name-after-description", 0.55f);
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
      if (Eq(prep, "to") && i > 0 && tokens[i - 1].word) {
        const absl::string_view v =
            LowerSlice(tokens[i - 1].begin, tokens[i - 1].end);
        to_place = Eq(v, "travel") || Eq(v, "travels") || Eq(v, "traveled") ||
                   Eq(v, "travelled") || Eq(v, "trip") || Eq(v, "visit") ||
                   Eq(v, "fly") || Eq(v, "flew") || Eq(v, "return") ||
                   Eq(v, "returned") || Eq(v, "rerouted") || Eq(v, "moved");
      }
      const bool locative = Eq(prep, "in") || Eq(prep, "at") ||
                            Eq(prep, "across") || Eq(prep, "near") ||
                            Eq(prep, "along") || Eq(prep, "off") ||
                            Eq(prep, "around") || Eq(prep, "between") ||
                            i == between_and || of_place || to_place;
      // After other prepositions only an organisation's name: capitalised
      // words ending in an organisation noun ("of the Caspian Pipeline
      // Consortium", "by the Asian Development Bank").
      // After "the" anywhere, too: "The European Commission and ...".
      const bool org_only =
          !locative && (Eq(prep, "of") || Eq(prep, "by") || Eq(prep, "with") ||
                        Eq(prep, "from") || Eq(prep, "for") || Eq(prep, "to") ||
                        Eq(prep, "the"));
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
      // "the Somali National News Agency": a demonym opens an
      // organisation's name of three words or more (checked below).
      const bool demonym_first =
          j < tokens.size() &&
          std::binary_search(demonyms_.begin(), demonyms_.end(),
                             Demonym{tokens[j].begin, tokens[j].end},
                             [](const Demonym& a, const Demonym& b) {
                               return a.begin < b.begin;
                             });
      if (demonym_first && !org_only) continue;
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
      // "the Peruvian Chamber of Commerce", "the Federation of Textile
      // Exporters": a word of a body outside government right before the
      // run's "of" (a ministry's, department's or council's name is the
      // registry's: "U.S Department of State"; "the Group of Seven" is its
      // group of states by another name).
      bool org_before_of = false;
      for (size_t k = first + 1; k + 1 < j; ++k) {
        if (LowerSlice(tokens[k].begin, tokens[k].end) == "of") {
          static constexpr absl::string_view kHeads[] = {
              "chamber",     "federation", "confederation", "union",
              "association", "league",     "board",         "authority",
              "coalition",   "syndicate",  "institute",     "foundation",
              "society",     "alliance"};
          org_before_of = IsOneOf(
              LowerSlice(tokens[k - 1].begin, tokens[k - 1].end), kHeads);
          break;
        }
      }
      const bool org_name =
          org_first || acronym ||
          (j - first >= 2 &&
           (lower_group || org_before_of || IsOrganizationNameEnd(last_word)));
      // After "the" (and the other prepositions), a place only by a
      // geographic last word: "the Taiwan Strait", "the Kuril Islands".
      const bool geo_name = j - first >= 2 && IsGeographicWord(last_word);
      if (org_only && !org_name && !geo_name) continue;
      // "at the Office of the Prime Minister", "in the Senate": an
      // organisation's word alone is no place.
      if (!org_name && j - first == 1 && IsOrganizationNameEnd(last_word)) {
        continue;
      }
      const bool long_org = org_name && !org_first && j - first >= 3 &&
                            last_word != "ministry" &&
                            last_word != "government";
      if (demonym_first && !long_org) continue;
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
      if (!long_org && DemonymWord(tokens[first]).valid()) continue;
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
    // A body named with a list ("the Foreign, Commonwealth and Development
    // Office", "the Department for Environment, Food and Rural Affairs"):
    // after "the", capitalised words joined by commas and one "and", the
    // name ending in an organisation's word (or opening with one and "of"
    // or "for"), on one line. The registry's body when it knows the whole
    // name, else an organisation named as written; a mention inside it
    // ("Development Office") gives way.
    for (size_t i = 0; i + 4 < tokens.size(); ++i) {
      if (!tokens[i].word ||
          LowerSlice(tokens[i].begin, tokens[i].end) != "the") {
        continue;
      }
      size_t j = i + 1;
      int commas = 0;
      bool joined = false;  // an "and" was read
      size_t last = 0;      // the name's last word
      for (; j < tokens.size() && j - i <= 14; ++j) {
        if (LineBreakBetween(tokens[j - 1].end, tokens[j].begin)) break;
        const absl::string_view w = LowerSlice(tokens[j].begin, tokens[j].end);
        const bool next_capital = j + 1 < tokens.size() && tokens[j + 1].word &&
                                  tokens[j + 1].capitalised;
        if (tokens[j].word && tokens[j].capitalised && !IsFunctionWord(w)) {
          last = j;
          continue;
        }
        if (last == j - 1 && next_capital && !joined && !tokens[j].word &&
            Slice(text_, tokens[j].begin, tokens[j].end) == ",") {
          ++commas;
          continue;
        }
        if (last == j - 1 && next_capital && !joined && w == "and" &&
            commas > 0) {
          joined = true;
          continue;
        }
        if (last == j - 1 && next_capital && (w == "for" || w == "of") &&
            !joined && commas == 0) {
          continue;  // "Department for ...", before the list
        }
        break;
      }
      if (!joined || last == 0) continue;
      const absl::string_view end_word =
          LowerSlice(tokens[last].begin, tokens[last].end);
      const absl::string_view first_word =
          LowerSlice(tokens[i + 1].begin, tokens[i + 1].end);
      const bool body =
          IsOrganizationNameEnd(end_word) ||
          ((first_word == "ministry" || first_word == "department") &&
           i + 2 < tokens.size() &&
           (LowerSlice(tokens[i + 2].begin, tokens[i + 2].end) == "of" ||
            LowerSlice(tokens[i + 2].begin, tokens[i + 2].end) == "for"));
      if (!body) {
        i = last;
        continue;
      }
      const uint32_t nb = tokens[i + 1].begin, ne = tokens[last].end;
      // The mentions inside the name give way to it.
      auto from = MentionsFrom(nb);
      auto to = from;
      bool states = false;  // "the US, UK and EU Commission": a list of states
      while (to != mentions_.end() && to->begin < ne) {
        states |= x_.actors[to->actor].kind == ActorKind::kState ||
                  x_.actors[to->actor].kind == ActorKind::kPlace;
        ++to;
      }
      if (states || (from != mentions_.begin() && std::prev(from)->end > nb)) {
        continue;
      }
      int actor = -1;
      if (k_.registry_resolver) {
        const Resolution& r = ResolveOnDocumentDate(Slice(text_, nb, ne));
        if (r.found() && !r.ambiguous &&
            (r.best().reason == MatchReason::kExactName ||
             r.best().reason == MatchReason::kAlias) &&
            r.best().actor.value < k_.registry.size() &&
            k_.registry[r.best().actor.value].kind ==
                ActorKind::kOrganization) {
          actor = ActorFor(false, r.best().actor);
        }
      }
      if (actor < 0) {
        actor = NewActor(Slice(text_, nb, ne), ActorKind::kOrganization,
                         "organisation-list-name", 0.5f);
      }
      if (actor < 0) continue;
      from = mentions_.erase(from, to);
      mentions_.insert(from, {nb, ne, actor, MatchReason::kExactName});
      // A name the rules above read inside it gives way too.
      found.erase(std::remove_if(found.begin(), found.end(),
                                 [&](const DocMention& d) {
                                   return d.begin < ne && d.end > nb;
                                 }),
                  found.end());
      i = last;
    }
    // News outlets named with what they are: a media noun then capitalised
    // words ("state broadcaster Nordvision", "the daily Vestnik", "told
    // newspaper Dagbladet"), or capitalised words then "news agency" ("the
    // official Zarya news agency", "Russia's Zarya news agency"): the words
    // are a media outlet where they name no actor yet (an outlet the
    // registry lists is its mention already). A state's possessive then
    // "coast guard" ("Iceland's coast guard") is that state's coast guard,
    // an organisation named as written (as "X's foreign ministry" is).
    // The first mention ending after byte b (mentions do not overlap, so
    // their ends are sorted too).
    auto mention_after = [&](uint32_t b) {
      return std::upper_bound(
          mentions_.begin(), mentions_.end(), b,
          [](uint32_t x, const DocMention& d) { return x < d.end; });
    };
    auto line_break = [&](size_t a, size_t b) {
      return tokens[b].begin > tokens[a].end &&
             Slice(text_, tokens[a].end, tokens[b].begin).find('\n') !=
                 absl::string_view::npos;
    };
    // The state whose possessive is token p ("Norway's"), or -1.
    auto possessive_state = [&](size_t p) {
      const Token& owner = tokens[p];
      const auto it = mention_after(owner.begin);
      if (!owner.word || it == mentions_.end() || it->begin != owner.begin ||
          it->end >= owner.end ||
          x_.actors[it->actor].kind != ActorKind::kState) {
        return -1;
      }
      const absl::string_view rest = Slice(text_, it->end, owner.end);
      return rest == "'s" || rest == "\u2019s" ? it->actor : -1;
    };
    for (size_t i = 1; i < tokens.size(); ++i) {
      if (!tokens[i].word ||
          (tokens[i].capitalised &&
           Slice(text_, tokens[i].begin, tokens[i].end) != "TV")) {
        continue;
      }
      const absl::string_view w = LowerSlice(tokens[i].begin, tokens[i].end);
      const absl::string_view before =
          tokens[i - 1].word
              ? LowerSlice(tokens[i - 1].begin, tokens[i - 1].end)
              : absl::string_view();
      if (w == "guard" && before == "coast" && i >= 2 && tokens[i - 2].word) {
        // "Iceland's coast guard": the state's mention ends inside the
        // token before "coast", before its "'s".
        // (A demonym's coast guard, "the Icelandic coast guard", is an
        // actor only where it speaks: DescriptionEndingAt.)
        const Token& owner = tokens[i - 2];
        if (possessive_state(i - 2) < 0) continue;
        const int actor =
            NewActor(Slice(text_, owner.begin, tokens[i].end),
                     ActorKind::kOrganization, "possessive-coast-guard", 0.45f);
        if (actor >= 0) NoteMention(actor, owner.begin, tokens[i].end);
        continue;
      }
      const bool news_agency = w == "agency" && before == "news";
      if (!news_agency && !IsOutletNoun(w)) continue;
      uint32_t nb = 0, ne = 0;
      size_t name_first = i + 1;
      size_t j = i + 1;
      while (j < tokens.size() && j - i <= 3 && tokens[j].word &&
             tokens[j].capitalised && !line_break(j - 1, j) &&
             !IsFunctionWord(LowerSlice(tokens[j].begin, tokens[j].end))) {
        ++j;
      }
      if (j > i + 1 &&
          (j >= tokens.size() || !tokens[j].word || !tokens[j].capitalised)) {
        nb = tokens[i + 1].begin;
        ne = tokens[j - 1].end;
      } else if (news_agency && i >= 2) {
        // "the official Zarya news agency": the words right before "news".
        const size_t hb = i - 1;
        size_t f = hb;
        while (f > 0 && hb - f < 3 && tokens[f - 1].word &&
               tokens[f - 1].capitalised && !line_break(f - 1, f) &&
               !IsFunctionWord(
                   LowerSlice(tokens[f - 1].begin, tokens[f - 1].end))) {
          --f;
        }
        if (f == hb) continue;
        // An adjective is no name ("a Western news agency", "Baltic").
        const absl::string_view last =
            LowerSlice(tokens[hb - 1].begin, tokens[hb - 1].end);
        if (hb - f == 1 &&
            (absl::EndsWith(last, "ern") || absl::EndsWith(last, "ean") ||
             absl::EndsWith(last, "ian") || absl::EndsWith(last, "ese") ||
             absl::EndsWith(last, "ish") || absl::EndsWith(last, "ic"))) {
          continue;
        }
        // "Russia's Zarya news agency": the possessive is not the name.
        if (absl::EndsWith(Slice(text_, tokens[f].begin, tokens[f].end),
                           "'s") ||
            absl::EndsWith(Slice(text_, tokens[f].begin, tokens[f].end),
                           "\u2019s")) {
          ++f;
          if (f == hb) continue;
        }
        name_first = f;
        nb = tokens[f].begin;
        ne = tokens[hb - 1].end;
      } else {
        continue;
      }
      const auto it = mention_after(nb);
      if (it != mentions_.end() && it->begin < ne) continue;
      // A demonym the mention finder dropped before a capitalised word.
      if (DemonymWord(tokens[name_first]).valid()) continue;
      const int actor = NewActor(Slice(text_, nb, ne), ActorKind::kMediaOutlet,
                                 "outlet-name", 0.5f);
      if (actor < 0) continue;
      found.push_back({nb, ne, actor, MatchReason::kExactName});
      // "Norway's public broadcaster NRK", "Russia's Zarya news agency": the
      // outlet of the state whose possessive comes first, named by what it
      // is ("public broadcaster", "news agency"; up to three lower-case
      // words before the noun).
      size_t role_first = news_agency ? i - 1 : i;
      while (role_first > 0 && i - role_first < 3 &&
             tokens[role_first - 1].word &&
             !tokens[role_first - 1].capitalised &&
             !IsFunctionWord(LowerSlice(tokens[role_first - 1].begin,
                                        tokens[role_first - 1].end))) {
        --role_first;
      }
      size_t owner = role_first;  // the possessive's token
      if (news_agency && name_first < i - 1 && name_first > 0) {
        owner = name_first - 1;  // "Russia's Zarya news agency"
        role_first = i - 1;
      } else if (role_first > 0) {
        owner = role_first - 1;
      }
      if (owner == role_first) continue;
      const int state = possessive_state(owner);
      if (state < 0) continue;
      AddAffiliation(actor, state,
                     LowerSlice(tokens[role_first].begin, tokens[i].end),
                     tokens[owner].begin, std::max(ne, tokens[i].end),
                     "outlet-of-state", 0.6f, /*dated=*/false);
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
      // "to clean up Lake Titicaca", "the shores of Lake Victoria": "Lake"
      // and one or two capitalised words are a place ("Salt Lake City",
      // with a capitalised word before "Lake", is not read here).
      if (w == "Lake" && i + 1 < tokens.size() && tokens[i + 1].word &&
          tokens[i + 1].capitalised &&
          !LineBreakBetween(t.end, tokens[i + 1].begin) &&
          !(i > 0 && tokens[i - 1].word && tokens[i - 1].capitalised &&
            !LineBreakBetween(tokens[i - 1].end, t.begin))) {
        size_t e = i + 1;
        if (e + 1 < tokens.size() && tokens[e + 1].word &&
            tokens[e + 1].capitalised &&
            !LineBreakBetween(tokens[e].end, tokens[e + 1].begin)) {
          ++e;
        }
        // Not the start of a longer name ("Lake Chad Basin Commission").
        if (e + 1 < tokens.size() && tokens[e + 1].word &&
            tokens[e + 1].capitalised &&
            !LineBreakBetween(tokens[e].end, tokens[e + 1].begin)) {
          continue;
        }
        while (m < mentions_.size() && mentions_[m].end <= t.begin) ++m;
        if (m < mentions_.size() && mentions_[m].begin < tokens[e].end) {
          continue;
        }
        const absl::string_view name = Slice(text_, t.begin, tokens[e].end);
        if (EndsPossessive(name)) continue;
        const int actor = NewActor(name, ActorKind::kPlace, "lake-name", 0.5f);
        if (actor >= 0) {
          found.push_back(
              {t.begin, tokens[e].end, actor, MatchReason::kExactName});
        }
        continue;
      }
      // "the security of the Pacific", "a stable and prosperous Pacific":
      // an ocean's name alone is the region (not inside a longer name:
      // "the Pacific Islands Forum", "the South Pacific Commission").
      if (Eq(w, "Pacific") || Eq(w, "Atlantic") || Eq(w, "Arctic") ||
          Eq(w, "Antarctic") || Eq(w, "Mediterranean")) {
        // "the Union for the Mediterranean": a body's name of "for/of the".
        const auto lower_at = [&](size_t k) {
          return LowerSlice(tokens[k].begin, tokens[k].end);
        };
        if (i >= 3 && tokens[i - 1].word && lower_at(i - 1) == "the" &&
            tokens[i - 2].word &&
            (lower_at(i - 2) == "for" || lower_at(i - 2) == "of") &&
            tokens[i - 3].word && tokens[i - 3].capitalised) {
          continue;
        }
        if ((i + 1 < tokens.size() && tokens[i + 1].word &&
             tokens[i + 1].capitalised &&
             !LineBreakBetween(t.end, tokens[i + 1].begin)) ||
            (i > 0 && tokens[i - 1].word && tokens[i - 1].capitalised &&
             !LineBreakBetween(tokens[i - 1].end, t.begin))) {
          continue;
        }
        while (m < mentions_.size() && mentions_[m].end <= t.begin) ++m;
        if (m < mentions_.size() && mentions_[m].begin < t.end) continue;
        const int actor = NewActor(w, ActorKind::kPlace, "region-ocean", 0.5f);
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
    MergeMentions(found);
  }
  TitleAndSurname();
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
    // "Khalid bin Mohammed Al Attiyah": "bin" opens the father's name; the
    // family name is the one after the later article ("Al Attiyah",
    // "Attiyah"), the given name before "bin" ("Khalid").
    size_t particle = absl::string_view::npos;
    size_t before_particle = absl::string_view::npos;
    size_t patronymic = absl::string_view::npos;
    for (size_t b = s.find(' '); b != absl::string_view::npos;) {
      const size_t e = s.find(' ', b + 1);
      const absl::string_view word =
          s.substr(b + 1, e == absl::string_view::npos ? absl::string_view::npos
                                                       : e - b - 1);
      const std::string lw = absl::AsciiStrToLower(word);
      if (IsNameParticle(lw)) {
        if (patronymic == absl::string_view::npos &&
            (lw == "bin" || lw == "bint" || lw == "ibn")) {
          patronymic = b + 1;
          b = e;
          continue;
        }
        particle = b + 1;
        break;
      }
      if (patronymic == absl::string_view::npos) before_particle = b + 1;
      b = e;
    }
    if (patronymic != absl::string_view::npos) {
      if (particle == absl::string_view::npos) {
        particle = patronymic;
      } else {
        surnames.try_emplace(std::string(s.substr(space + 1)), m.actor);
      }
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
    const absl::string_view last_word = s.substr(space + 1);
    surnames.try_emplace(std::string(last_word), m.actor);
    // "Sisi" after "Abdel Fattah al-Sisi": the family name without its
    // article names the person too.
    if (const size_t article = ArticlePrefixLength(last_word); article > 0) {
      surnames.try_emplace(std::string(last_word.substr(article)), m.actor);
    }
  }
  initials_persons_.clear();
  for (const auto& [initials, actor] : title_initials) {
    surnames.try_emplace(initials, actor);
    initials_persons_.push_back(actor);
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
  // not stand; so does the middle word ("Minister Sosa" for "Valeria Sosa
  // Irazábal").
  absl::flat_hash_map<std::string, int> titled_family;
  // "Mendoza said" after "Álvaro Mendoza Rocha": the middle word of a
  // three-word name, a Spanish or Portuguese first family name, names the
  // person without a title too (the family name of the first word does
  // not: "Tan" alone is no name of "Tan Wei Ming").
  absl::flat_hash_map<std::string, int> middle_family;
  for (const DocMention& m : mentions_) {
    if (x_.actors[m.actor].kind != ActorKind::kPerson) continue;
    const absl::string_view s = Slice(text_, m.begin, m.end);
    const size_t space = s.find(' ');
    if (space == absl::string_view::npos || space < 2) continue;
    // "Sheikh Saif", "Minister Zulkifli" after "Saif bin Rashid Al Nahyan",
    // "Zulkifli bin Hamzah": a name with a patronymic ("bin", "bint",
    // "ibn") is named by its first word after a title or an honorific.
    if (s.size() < 120) {
      const std::string lower = absl::AsciiStrToLower(s);
      if (absl::StrContains(lower, " bin ") ||
          absl::StrContains(lower, " bint ") ||
          absl::StrContains(lower, " ibn ")) {
        titled_family.try_emplace(std::string(s.substr(0, space)), m.actor);
      }
    }
    const size_t space2 = s.find(' ', space + 1);
    if (space2 == absl::string_view::npos ||
        s.find(' ', space2 + 1) != absl::string_view::npos) {
      continue;
    }
    titled_family.try_emplace(std::string(s.substr(0, space)), m.actor);
    // "Valeria Sosa Irazábal": a Spanish or Portuguese name's first family
    // name names the person after a title too ("Foreign Minister Sosa").
    titled_family.try_emplace(
        std::string(s.substr(space + 1, space2 - space - 1)), m.actor);
    if (space2 - space - 1 >= 3 &&
        absl::ascii_islower(static_cast<unsigned char>(s[space2 - 1]))) {
      middle_family.try_emplace(
          std::string(s.substr(space + 1, space2 - space - 1)), m.actor);
    }
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
      // "the HR/VP" after "High Representative/Vice-President X": the
      // initials of two titles joined by a slash, three tokens.
      if (const size_t i = static_cast<size_t>(&t - tokens.data());
          !initials_persons_.empty() && i + 2 < tokens.size() &&
          t.end == tokens[i + 1].begin &&
          Slice(text_, tokens[i + 1].begin, tokens[i + 1].end) == "/" &&
          tokens[i + 2].word && tokens[i + 1].end == tokens[i + 2].begin &&
          (m >= mentions_.size() || mentions_[m].begin >= tokens[i + 2].end)) {
        auto slashed = surnames.find(Slice(text_, t.begin, tokens[i + 2].end));
        if (slashed != surnames.end()) {
          merged.push_back({t.begin, tokens[i + 2].end, slashed->second,
                            MatchReason::kAlias});
          covered = tokens[i + 2].end;
          continue;
        }
      }
      // The actor `w` names in `names`, -1 for none.
      auto lookup = [](const absl::flat_hash_map<std::string, int>& names,
                       absl::string_view key) {
        const auto it = names.find(key);
        return it == names.end() ? -1 : it->second;
      };
      int actor = lookup(surnames, w);
      // "NDLOVU" (a label or a heading in capitals) after "Themba Ndlovu".
      if (actor < 0) {
        if (const std::string cased = TitleCasedCapitals(w); !cased.empty()) {
          actor = lookup(surnames, cased);
        }
      }
      if (actor < 0) actor = lookup(middle_family, w);
      if (actor < 0) {
        const size_t i = static_cast<size_t>(&t - tokens.data());
        if (titled_family.empty() || i == 0 || !tokens[i - 1].word ||
            !tokens[i - 1].capitalised) {
          continue;
        }
        const absl::string_view title =
            LowerSlice(tokens[i - 1].begin, tokens[i - 1].end);
        if (!IsRoleNoun(title) && !IsHonorific(title)) continue;
        actor = lookup(titled_family, w);
        if (actor < 0) continue;
      }
      merged.push_back({t.begin, end, actor, MatchReason::kAlias});
    }
    while (m < mentions_.size()) merged.push_back(mentions_[m++]);
    mentions_ = std::move(merged);
  }
  OrganisationInitials();
  PersonOrganisations();
  for (const DocMention& m : mentions_) NoteMention(m.actor, m.begin, m.end);
}

void Reader::OrganisationInitials() {
  // The initials of each organisation's mentions of two capitalised words
  // or more, with the first mention's offset; an acronym two organisations
  // share names neither.
  struct Named {
    int actor;
    uint32_t first;
  };
  absl::flat_hash_map<std::string, Named> initials;
  // Each organisation's name as written, read once (a name repeats).
  absl::flat_hash_set<std::pair<int, absl::string_view>> read;
  for (const DocMention& m : mentions_) {
    if (x_.actors[m.actor].kind != ActorKind::kOrganization ||
        !read.insert({m.actor, Slice(text_, m.begin, m.end)}).second) {
      continue;
    }
    std::string letters;
    bool other = false;
    for (absl::string_view w :
         absl::StrSplit(Slice(text_, m.begin, m.end), ' ', absl::SkipEmpty())) {
      if (absl::ascii_isupper(static_cast<unsigned char>(w[0]))) {
        letters.push_back(w[0]);
      } else if (w != "of" && w != "and" && w != "for" && w != "the") {
        other = true;
      }
    }
    if (other || letters.size() < 2 || letters.size() > 5) continue;
    auto [it, inserted] =
        initials.try_emplace(letters, Named{m.actor, m.begin});
    if (!inserted && it->second.actor != m.actor) it->second.actor = -1;
  }
  if (initials.empty()) return;
  std::vector<DocMention> found;
  size_t m = 0;
  for (size_t i = 0; i < body_tokens_.size(); ++i) {
    const Token& t = body_tokens_[i];
    while (m < mentions_.size() && mentions_[m].end <= t.begin) ++m;
    if (!t.word || t.end - t.begin < 2 || t.end - t.begin > 5 ||
        (m < mentions_.size() && mentions_[m].begin < t.end)) {
      continue;
    }
    const absl::string_view w = Slice(text_, t.begin, t.end);
    if (!std::all_of(w.begin(), w.end(), [](char c) {
          return absl::ascii_isupper(static_cast<unsigned char>(c));
        })) {
      continue;
    }
    auto it = initials.find(w);
    if (it == initials.end() || it->second.actor < 0 ||
        it->second.first >= t.begin) {
      continue;
    }
    // "FM Wang Yi", "PM Modi": initials before a name are a title's.
    if (i + 1 < body_tokens_.size() && body_tokens_[i + 1].word &&
        body_tokens_[i + 1].capitalised &&
        !LineBreakBetween(t.end, body_tokens_[i + 1].begin)) {
      continue;
    }
    found.push_back({t.begin, t.end, it->second.actor, MatchReason::kAlias});
  }
  MergeMentions(found);
}

// `found` (in text order, overlapping none) merged into mentions_.
void Reader::MergeMentions(const std::vector<DocMention>& found) {
  if (found.empty()) return;
  std::vector<DocMention> merged;
  merged.reserve(mentions_.size() + found.size());
  std::merge(mentions_.begin(), mentions_.end(), found.begin(), found.end(),
             std::back_inserter(merged),
             [](const DocMention& a, const DocMention& b) {
               return a.begin < b.begin;
             });
  mentions_ = std::move(merged);
}

// "Minister Achterberg said", "said Senator Grantham", "according to
// Spokeswoman Zorina", "Sheikh Nahyan said": a capitalised title or an
// honorific and one capitalised word that names no actor of the document,
// where a reporting verb follows or precedes, is a person named by that
// word (the fallback for a speaker the mention finder did not know; the
// title becomes its role through Appositions). A word of a person named
// earlier in full is left to the family-name rule.
void Reader::TitleAndSurname() {
  const std::vector<Token>& tokens = body_tokens_;
  if (tokens.size() < 3) return;
  absl::flat_hash_set<std::string> person_words;
  for (const DocMention& m : mentions_) {
    if (x_.actors[m.actor].kind != ActorKind::kPerson) continue;
    for (absl::string_view w :
         absl::StrSplit(Slice(text_, m.begin, m.end), ' ')) {
      if (person_words.size() < 4096) person_words.emplace(w);
    }
  }
  auto lower = [&](size_t k) {
    return LowerSlice(tokens[k].begin, tokens[k].end);
  };
  auto reporting = [&](size_t k) {
    return k < tokens.size() && tokens[k].word && !tokens[k].capitalised &&
           FindReportingVerb(lower(k)).verb != nullptr;
  };
  std::vector<DocMention> found;
  size_t m = 0;
  int longer_checks = 0;
  for (size_t w = 1; w + 1 < tokens.size(); ++w) {
    const Token& name = tokens[w];
    if (!name.word || !name.capitalised) continue;
    // The title's last token: a role noun, an honorific, or an
    // abbreviation's period ("Dr.").
    size_t title = w - 1;
    if (!tokens[title].word && title > 0 &&
        Slice(text_, tokens[title].begin, tokens[title].end) == "." &&
        IsHonorific(lower(title - 1))) {
      --title;
    }
    if (!tokens[title].word || !tokens[title].capitalised) continue;
    // "... Foreign Minister" ending a heading, "From: ..." on the next
    // line: a title and a name are on one line.
    if (LineBreakBetween(tokens[title].end, name.begin)) continue;
    const absl::string_view t = lower(title);
    const bool role = IsRoleNoun(t) && t != "general" && t != "head" &&
                      t != "chief" && t != "chair" && t != "official" &&
                      t != "leader" && t != "diplomat" && t != "aide" &&
                      t != "dictator" && t != "lawmaker";
    if (!role && !IsHonorific(t) && t != "excellency" && t != "majesty" &&
        t != "highness" && t != "sri" && t != "seri") {
      continue;
    }
    absl::string_view word = Slice(text_, name.begin, name.end);
    absl::string_view lw = lower(w);
    // "Prime Minister Tremblay's call with ...": a heading's possessive
    // before its noun of a call or meeting; the name is the word without
    // it.
    if (EndsPossessive(word) && tokens[w + 1].word &&
        IsHeadingEventWord(lower(w + 1))) {
      const size_t cut = absl::EndsWith(word, "'s")              ? 2
                         : absl::EndsWith(word, "\xE2\x80\x99s") ? 4
                         : absl::EndsWith(word, "s'")            ? 1
                                                                 : 3;
      word.remove_suffix(cut);
      lw.remove_suffix(cut);
    }
    if (word.size() < 3 || IsFunctionWord(lw) || IsRoleNoun(lw) ||
        IsHonorific(lw) || IsFacilityWord(lw) || IsOrganizationNameEnd(lw) ||
        IsGeographicWord(lw) || IsTitleDomainWord(lw) || EndsPossessive(word) ||
        person_words.contains(word)) {
      continue;
    }
    // "MINISTER NDLOVU" in a transcript's label after "Mr Themba Ndlovu":
    // a family name in capitals is left to the family-name rule too.
    if (const std::string cased = TitleCasedCapitals(word);
        !cased.empty() && person_words.contains(cased)) {
      continue;
    }
    // One word: the next token is no capitalised word (a longer name) but
    // a heading's noun of a call ("Secretary Brandt Phone Call with ..."),
    // and a reporting verb follows it, or precedes the title ("said
    // Senator Grantham", "according to Spokeswoman Zorina"); after a
    // capitalised title of office ("Secretary Clinton", "Prime Minister
    // Sharif") anywhere.
    if (tokens[w + 1].word && tokens[w + 1].capitalised &&
        !IsHeadingEventWord(lower(w + 1))) {
      continue;
    }
    const bool office = t == "secretary" || t == "president" ||
                        t == "minister" || t == "chancellor" || t == "premier";
    size_t start = title;
    while (start > 0 && start + 3 > title && tokens[start - 1].word &&
           tokens[start - 1].capitalised) {
      --start;
    }
    const bool after_verb =
        start > 0 && tokens[start - 1].word &&
        (reporting(start - 1) || (lower(start - 1) == "to" && start > 1 &&
                                  lower(start - 2) == "according"));
    if (!office && !reporting(w + 1) && !after_verb) continue;
    while (m < mentions_.size() && mentions_[m].end <= name.begin) ++m;
    if (m < mentions_.size() && mentions_[m].begin < name.end) continue;
    // A surname the text gives in full elsewhere ("Jonas Vik" in a list
    // after a plural title) is left to the family-name rule; the text is
    // searched for eight at most.
    if (++longer_checks > 8 || InLongerNameInText(text_, word)) continue;
    const int actor =
        NewActor(word, ActorKind::kPerson, "title-and-surname", 0.5f);
    if (actor >= 0) {
      found.push_back({name.begin,
                       name.begin + static_cast<uint32_t>(word.size()), actor,
                       MatchReason::kExactName});
    }
  }
  MergeMentions(found);
}

namespace {

// Nouns of an event held somewhere: "the summit in Jakarta", "talks in
// Baghdad", "the Hanoi talks" (lower case).
bool IsVenueEventNoun(absl::string_view w) {
  static const auto* const words = new absl::flat_hash_set<std::string>{
      "meeting",      "meetings",      "summit",      "summits",
      "talks",        "conference",    "conferences", "forum",
      "ceremony",     "negotiations",  "session",     "sessions",
      "dialogue",     "consultations", "round",       "briefing",
      "briefings",    "visit",         "visits",      "inauguration",
      "funeral",      "signing",       "gathering",   "reception",
      "parade",       "rally",         "exhibition",  "expo",
      "celebrations", "commemoration", "congress"};
  return words->contains(w);
}

// Verbs of meeting, hosting or arriving somewhere, read up to twelve words
// before "in" or "at": "met ... in Vilnius", "was held in Lisbon".
bool IsMeetingVerb(absl::string_view w) {
  static const auto* const words = new absl::flat_hash_set<std::string>{
      "met",      "meet",     "meets",    "held",    "hold",       "holds",
      "holding",  "hosted",   "host",     "hosts",   "hosting",    "convened",
      "convene",  "convenes", "attended", "attend",  "attends",    "attending",
      "signed",   "sign",     "signs",    "arrived", "arrive",     "arrives",
      "arriving", "landed",   "gathered", "gather",  "chaired",    "co-chaired",
      "opened",   "visited",  "visiting", "stayed",  "inaugurated"};
  return words->contains(w);
}

// The words right before "in" or "at" that say someone spoke there:
// "speaking in Washington", "told reporters in Ankara" (lower case).
bool IsSpokeThereWord(absl::string_view w) {
  static const auto* const words = new absl::flat_hash_set<std::string>{
      "said",      "says",        "speaking",   "spoke",
      "speaks",    "told",        "stated",     "added",
      "declared",  "announced",   "reporters",  "journalists",
      "lawmakers", "legislators", "parliament", "correspondents",
      "students",  "supporters",  "crowd",      "audience"};
  return words->contains(w);
}

// Words after which "to" names where someone goes: "travel to Beijing",
// "the state visit to Oslo".
bool IsTravelWord(absl::string_view w) {
  static const auto* const words = new absl::flat_hash_set<std::string>{
      "travel",     "travels", "traveled", "travelled", "traveling",
      "travelling", "trip",    "trips",    "visit",     "visits",
      "fly",        "flies",   "flew",     "flight",    "flights",
      "return",     "returns", "returned", "returning", "headed",
      "heading",    "journey", "moved",    "relocated", "rerouted"};
  return words->contains(w);
}

// Words of leaving or being taken away, up to four words before "from":
// "evacuated nationals from Khartoum", "recalled its envoy from Addis
// Ababa", "flights from Moscow".
bool IsDepartureWord(absl::string_view w) {
  static const auto* const words = new absl::flat_hash_set<std::string>{
      "evacuated", "evacuating", "evacuate",  "evacuation", "recalled",
      "recalls",   "recall",     "recalling", "returned",   "returning",
      "return",    "flew",       "flights",   "flight",     "arrived",
      "arriving",  "travelled",  "traveled",  "fled",       "departed",
      "withdrew",  "withdrawn",  "relocated"};
  return words->contains(w);
}

// Nouns before "in" that make a capital stand for its state: who is there
// (a plural head of a description) or what is felt there ("officials in
// Pretoria", "apprehensions in Beijing", "policy circles in Washington").
bool IsStateSideNoun(absl::string_view w) {
  // Plural heads only: "the inauguration of the new president in Bogota"
  // names the city.
  if (absl::EndsWith(w, "s") && IsAnySpeakerHead(w)) return true;
  static const auto* const words = new absl::flat_hash_set<std::string>{
      "concern", "concerns", "apprehension", "apprehensions", "anger",
      "alarm",   "worry",    "worries",      "unease",        "frustration",
      "circles", "quarters", "thinking",     "mood",          "view",
      "views",   "eyes",     "hopes",        "fears",         "suspicion"};
  return words->contains(w);
}

bool IsMonthWord(absl::string_view w) {
  static const auto* const words = new absl::flat_hash_set<std::string>{
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december",
      "jan",     "feb",      "mar",       "apr",     "jun",      "jul",
      "aug",     "sep",      "sept",      "oct",     "nov",      "dec"};
  return words->contains(w);
}

}  // namespace

bool Reader::VenueCapital(uint32_t b, uint32_t e, bool state_after,
                          uint32_t* venue_end) const {
  const std::vector<Token>& tokens = body_tokens_;
  const size_t t = BodyTokenAt(b);
  if (t >= tokens.size() || tokens[t].begin != b) return false;
  size_t l = t;  // the name's last token
  while (l + 1 < tokens.size() && tokens[l + 1].begin < e) ++l;
  auto lower = [&](size_t k) {
    return LowerSlice(tokens[k].begin, tokens[k].end);
  };
  auto mark = [&](size_t k, absl::string_view c) {
    return k < tokens.size() && !tokens[k].word &&
           Slice(text_, tokens[k].begin, tokens[k].end) == c;
  };
  bool venue = false;
  if (e < tokens[l].end) {
    // "a Moscow-based analyst", "the Tehran-born writer": the city; any
    // other word joined to it ("Moscow-backed", "Beijing's") the state.
    if (text_[e] != '-') return false;
    const absl::string_view rest = LowerSlice(e + 1, tokens[l].end);
    if (rest != "based" && rest != "born" && rest != "headquartered") {
      return false;
    }
    venue = true;
  }
  const size_t n = l + 1;
  const bool line_after =
      n < tokens.size() && LineBreakBetween(tokens[l].end, tokens[n].begin);
  // "Vientiane, Laos": its own state after a comma; "Oslo, 11 March 2026",
  // "Moscow, February 18": a date after a comma (a dateline, a closing
  // line, a caption).
  if (!venue && !line_after && n + 1 < tokens.size() && mark(n, ",") &&
      !LineBreakBetween(tokens[n].end, tokens[n + 1].begin)) {
    venue = state_after || (tokens[n + 1].word &&
                            (absl::ascii_isdigit(static_cast<unsigned char>(
                                 text_[tokens[n + 1].begin])) ||
                             IsMonthWord(lower(n + 1))));
  }
  // "BEIJING: ...", "VILNIUS (Reuters) -", "New Delhi | April 9": a
  // dateline opening a paragraph.
  const bool opens =
      t == 0 || LineBreakBetween(tokens[t - 1].end, tokens[t].begin);
  if (!venue && opens && n < tokens.size() && !line_after &&
      (mark(n, ":") || mark(n, "(") || mark(n, "|") || mark(n, "-") ||
       mark(n, "\xE2\x80\x93") || mark(n, "\xE2\x80\x94"))) {
    venue = true;
  }
  // "after Hanoi talks", "the Seoul summit", "at Lisbon high-level
  // meeting": an event noun right after the name (or one lower-case word
  // after it).
  for (size_t k = n; !venue && k < n + 2 && k < tokens.size(); ++k) {
    if (!tokens[k].word || (k > n && tokens[k - 1].capitalised)) break;
    if (LineBreakBetween(tokens[k - 1].end, tokens[k].begin)) break;
    venue = IsVenueEventNoun(lower(k));
  }
  if (!venue && t >= 1 && tokens[t - 1].word &&
      !LineBreakBetween(tokens[t - 1].end, tokens[t].begin)) {
    const absl::string_view prep = lower(t - 1);
    const absl::string_view before =
        t >= 2 && tokens[t - 2].word ? lower(t - 2) : absl::string_view();
    if (prep == "in" || prep == "at") {
      // "officials in Pretoria", "apprehensions in Beijing": the state.
      if (IsStateSideNoun(before)) return false;
      if (IsVenueEventNoun(before) || IsSpokeThereWord(before)) {
        venue = true;
      } else {
        // "met ... in Vilnius", "the inauguration of the President of
        // Colombia in Bogota": a meeting's verb or noun within twelve
        // words, in the same sentence.
        for (size_t k = t - 1; !venue && k > 0 && t - k <= 12;) {
          --k;
          if (!tokens[k].word) {
            const absl::string_view c =
                Slice(text_, tokens[k].begin, tokens[k].end);
            if (c == "." || c == "!" || c == "?" || c == ";" || c == ":" ||
                c == "\"" || c == "\xE2\x80\x9C" || c == "\xE2\x80\x9D") {
              break;
            }
            continue;
          }
          if (LineBreakBetween(tokens[k].end, tokens[k + 1].begin)) break;
          venue = IsVenueEventNoun(lower(k)) || IsMeetingVerb(lower(k));
        }
      }
    } else if (prep == "to") {
      venue = IsTravelWord(before);  // "travel to Beijing"
    } else if (prep == "visit" || prep == "visits" || prep == "visited" ||
               prep == "visiting") {
      venue = true;  // "will visit New Delhi"
    } else if (prep == "from") {
      for (size_t k = t - 1; !venue && k > 0 && t - k <= 5;) {
        --k;
        if (!tokens[k].word) break;
        venue = IsDepartureWord(lower(k));
      }
    } else if (prep == "between") {
      venue = before == "flights" || before == "flight" || before == "route" ||
              before == "ferry" || before == "trains";
    } else if ((prep == "and" || prep == "or") && t >= 2 &&
               *venue_end == tokens[t - 2].end && *venue_end != 0) {
      venue = true;  // "Travels to Tokyo and Seoul"
    }
  }
  if (venue) *venue_end = e;
  return venue;
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
    // The role noun(s) right before the name, past honorifics ("Foreign
    // Minister Datuk Seri X", "Health Minister Dr. X").
    int r = t - 1;
    // "the President of Mexico, Ana Robles": the title's state and a comma
    // before the name.
    auto comma_state = [&]() {
      if (r - 1 >= first && IsPunct(r, ',') && mention_end_[r - 1] >= 0 &&
          x_.actors[mentions_[mention_end_[r - 1]].actor].kind ==
              ActorKind::kState) {
        --r;
        return true;
      }
      return false;
    };
    if (!comma_state()) {
      for (int n = 0; n < 3 && r >= first; ++n) {
        bool cut = false;
        for (int k = std::max(first, r - 2); k <= r; ++k) {
          if (static_cast<int>(HonorificTokens(text_, tokens_, k)) ==
              r - k + 1) {
            r = k - 1;
            cut = true;
            break;
          }
        }
        if (!cut) break;
      }
      // "the Prime Minister of Tonga, the Hon. Siaosi Fifita": "the" and
      // an honorific after the comma.
      if (r != t - 1 && r - 1 >= first && Is(r, "the") && IsPunct(r - 1, ',')) {
        --r;
        if (!comma_state()) r = t - 1;
      }
    }
    // "Cabinet Secretary for Foreign and Diaspora Affairs, Dr. X", "the
    // Minister of Foreign Affairs, Hon. Y": a title whose field ends in a
    // capitalised word of an office, a comma, an honorific and the name
    // (an honorific is needed: "Foreign Affairs, Trade ..." lists no
    // title); the field may hold other capitalised words.
    bool comma_title = false;
    // "Norway's special envoy for Sudan, Amb. X": the title's state before
    // the comma, past an honorific too.
    if (r != t - 1 && r - 1 >= first && IsPunct(r, ',') && !comma_state() &&
        tokens_[r - 1].word && tokens_[r - 1].capitalised &&
        mention_end_[r - 1] < 0 &&
        (IsTitleDomainWord(LowerWord(r - 1)) || IsRoleNoun(LowerWord(r - 1)))) {
      --r;
      comma_title = true;
    }
    if (r < first || !tokens_[r].word) continue;
    // "Secretary of State Marcus Whitcombe": the title ends in its field
    // after "of" (and "the"); "Minister for Trade and Industry X",
    // "Ambassador to Japan X", "Secretary of Foreign Affairs of the
    // Philippines X": a field of several words, and the state or body it
    // names.
    int role_end = r;
    int field_org = -1;
    {
      int d = r;
      int field_last = -1;  // the field's last word before any state
      while (d > first && r - d < 12) {
        if (mention_end_[d] >= 0 && !tokens_[d].capitalised) break;
        if (mention_end_[d] >= 0) {
          const DocMention& o = mentions_[mention_end_[d]];
          const ActorKind k = x_.actors[o.actor].kind;
          if (k != ActorKind::kState && k != ActorKind::kOrganization) break;
          const int fb = MentionFirstToken(d, first);
          // "envoy for Sudan": the state a title is for is its field, not
          // the envoy's own.
          const bool for_state = k == ActorKind::kState && fb - 1 > first &&
                                 Is(fb - 1, "for") &&
                                 IsRoleNoun(LowerWord(fb - 2));
          if (field_org < 0 && !for_state) field_org = o.actor;
          d = fb - 1;
          continue;
        }
        if (!tokens_[d].word) break;
        const absl::string_view w = LowerWord(d);
        if (tokens_[d].capitalised &&
            (IsTitleDomainWord(w) ||
             (comma_title && !IsRoleNoun(w) && !IsFunctionWord(w)))) {
          if (field_last < 0) field_last = d;
          --d;
          continue;
        }
        if (d < r && (w == "and" || w == "the" || w == "of" || w == "for" ||
                      w == "to")) {
          if ((w == "of" || w == "for" || w == "to") && tokens_[d - 1].word &&
              IsRoleNoun(LowerWord(d - 1))) {
            r = d - 1;
            if (field_last >= 0) role_end = field_last;
            break;
          }
          --d;
          continue;
        }
        break;
      }
      if (r == role_end && !IsRoleNoun(LowerWord(r))) field_org = -1;
      if (r != t - 1 && !IsRoleNoun(LowerWord(r))) continue;
    }
    if (role_end < r) role_end = r;
    const absl::string_view role_word = LowerWord(r);
    if (!IsRoleNoun(role_word)) continue;
    int role_begin = r;
    // "foreign policy aide", "Prime Minister": words of the title.
    while (role_begin - 1 >= first && tokens_[role_begin - 1].word &&
           mention_end_[role_begin - 1] < 0 && r - role_begin < 3) {
      const absl::string_view w = LowerWord(role_begin - 1);
      if (w == "foreign" || w == "policy" || w == "prime" || w == "vice" ||
          w == "deputy" || w == "state" || w == "press" || w == "senior" ||
          w == "defense" || w == "defence" ||
          // "Finance Minister", "Director General", "Special Envoy",
          // "Permanent Representative", "Crown Prince".
          (tokens_[role_begin - 1].capitalised &&
           (IsTitleDomainWord(w) || w == "director" || w == "secretary" ||
            w == "governor" || w == "special" || w == "permanent" ||
            w == "high" || w == "federal" || w == "crown" || w == "grand" ||
            w == "presidential" || w == "chief"))) {
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
      // "Japan's Finance Minister": the possessive's state too.
      if (o.end == tokens_[role_begin - 1].end ||
          (EndsPossessive(Word(role_begin - 1)) &&
           x_.actors[o.actor].kind == ActorKind::kState)) {
        org = o.actor;
        ev_begin = o.begin;
      }
    } else if (role_begin - 1 >= first && tokens_[role_begin - 1].word &&
               tokens_[role_begin - 1].capitalised && k_.registry_resolver) {
      // "Russian President": a demonym names the state. "Kremlin
      // spokesman": a body's one-word name or alias names the body.
      const Resolution& res = ResolveOnDocumentDate(Word(role_begin - 1));
      const auto body_named = [&](const ResolvedCandidate& c) {
        if (c.reason != MatchReason::kAlias &&
            c.reason != MatchReason::kExactName) {
          return false;
        }
        if (c.actor.value >= k_.registry.size()) return false;
        const ActorKind kind = k_.registry[c.actor.value].kind;
        return kind == ActorKind::kOrganization ||
               kind == ActorKind::kInternationalOrganization;
      };
      if (res.found() && !res.ambiguous &&
          (res.best().reason == MatchReason::kDemonym ||
           res.best().reason == MatchReason::kMetonymy ||
           body_named(res.best()))) {
        org = const_cast<Reader*>(this)->ActorFor(false, res.best().actor);
        ev_begin = tokens_[role_begin - 1].begin;
      }
    }
    // "Pakistani Foreign Office spokesperson X", "Japanese Chief Cabinet
    // Secretary X", "South Korean Unification Minister X": a demonym (of
    // one word or two) before up to three capitalised words of a body or a
    // title that the rule above did not take; the words are the title's.
    if (org < 0 && k_.registry_resolver) {
      for (int g = 0; g <= 3 && org < 0; ++g) {
        const int de = role_begin - 1 - g;  // the demonym's last word
        if (de < first) break;
        if (g > 0) {
          const int w = de + 1;  // a word of the title
          if (!tokens_[w].word || !tokens_[w].capitalised ||
              mention_end_[w] >= 0 || mention_start_[w] >= 0 ||
              EndsPossessive(Word(w)) || IsFunctionWord(LowerWord(w)) ||
              IsNonStateBodyWord(LowerWord(w))) {
            break;
          }
        }
        if (!tokens_[de].word || !tokens_[de].capitalised ||
            mention_end_[de] >= 0) {
          continue;
        }
        for (int n = g == 0 ? 2 : 1; n <= 2 && org < 0; ++n) {
          const int db = de - n + 1;
          if (db < first || !tokens_[db].word || !tokens_[db].capitalised ||
              mention_end_[db] >= 0 || mention_start_[db] >= 0) {
            continue;
          }
          const Resolution& res = ResolveOnDocumentDate(
              Slice(text_, tokens_[db].begin, tokens_[de].end));
          if (res.found() && !res.ambiguous &&
              res.best().reason == MatchReason::kDemonym) {
            org = ActorFor(false, res.best().actor);
            ev_begin = tokens_[db].begin;
            role_begin = de + 1;
          }
        }
      }
    }
    if (org < 0 && field_org >= 0) org = field_org;
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
      // "President Arief Wibisono of Indonesia", "President X of the
      // Philippines": the state after the name.
      const int after = MentionLastToken(t, last) + 1;
      const int state_at = Is(after + 1, "the") ? after + 2 : after + 1;
      if (state_at < last && Is(after, "of") && mention_start_[state_at] >= 0) {
        const DocMention& o = mentions_[mention_start_[state_at]];
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
    // "High Representative/Vice-President Henrik Vasaru": two titles joined
    // by a slash; "the High Representative" later is the person too.
    if (role_begin - 2 >= first && IsPunct(role_begin - 1, '/') &&
        tokens_[role_begin - 2].word && tokens_[role_begin - 2].capitalised &&
        IsRoleNoun(LowerWord(role_begin - 2))) {
      int b = role_begin - 2;
      while (b - 1 >= first && role_begin - 2 - b < 2 && tokens_[b - 1].word &&
             tokens_[b - 1].capitalised && mention_end_[b - 1] < 0 &&
             !IsFunctionWord(LowerWord(b - 1)) &&
             !IsRoleNoun(LowerWord(b - 1))) {
        --b;
      }
      std::string other = absl::AsciiStrToLower(
          Slice(text_, tokens_[b].begin, tokens_[role_begin - 2].end));
      if (std::find(titles_[m.actor].begin(), titles_[m.actor].end(), other) ==
          titles_[m.actor].end()) {
        titles_[m.actor].push_back(std::move(other));
      }
    }
    if (org < 0 || org == m.actor) continue;
    AddAffiliation(m.actor, org, role, ev_begin, ev_end,
                   "apposition-title-name", 0.8f, /*dated=*/true);
  }
}

}  // namespace text_internal
}  // namespace diplograph
