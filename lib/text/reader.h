// The Reader: the state and the rules of one extraction, internal to
// lib/text/. Extractor::Extract makes one Reader per document and calls
// Run(); the rules are members of Reader because they share its token
// window (the paragraph or turn being read), its mention and quotation
// marks and the statements read so far, and call one another through that
// state. Not thread-safe: a Reader belongs to one call of Extract.
//
// Where the rules live (docs/text.md describes each by its rule name):
//   reader.cc         shared word lists, the token window, Emit, Run
//   mentions.cc       actors and their mentions, titles from appositions
//   coreference.cc    pronouns, surnames, role nouns and descriptions
//   descriptions.cc   descriptions naming another actor ("an aide to X")
//   speakers.cc       the speaker of a reporting verb or of a quotation
//   quotes.cc         reported speech and quotations in a sentence
//   about.cc          what a statement is about (its targets)
//   statement_dates.cc  a statement's date, the lede it retells
//   events.cc         events and declined comments
//   relationships.cc  relationship clauses and joint statements
//   channels.cc       how a statement was said (briefing, call, interview)
//   stance.cc         the stance of a statement's words toward its targets
//   paragraphs.cc     paragraphs, readouts and transcript turns

#ifndef DIPLOGRAPH_LIB_TEXT_READER_H_
#define DIPLOGRAPH_LIB_TEXT_READER_H_

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/container/node_hash_map.h"
#include "absl/functional/function_ref.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "diplograph/graph.h"
#include "diplograph/resolve.h"
#include "diplograph/text.h"
#include "text/document.h"
#include "text/lexicon.h"
#include "text/relations.h"
#include "text/temporal.h"
#include "text/verbs.h"
#include "text/word_filter.h"

namespace diplograph {
namespace text_internal {

// What the extractor knows about an actor of the known graph or of the
// registry, copied when the Extractor is created.
struct ActorFacts {
  std::string name;
  ActorKind kind = ActorKind::kOrganization;
  std::string iso3, cameo_code;
  std::vector<std::string> roles;   // lower-case affiliation roles
  std::vector<uint32_t> member_of;  // organisations, same table
  // An organisation's other names ("State Department" for "Department of
  // State (United States)"), given to its Extraction actor.
  std::vector<std::string> aliases;
};

inline bool IsPlaceLike(ActorKind kind) { return kind == ActorKind::kPlace; }

inline absl::string_view Slice(absl::string_view text, uint32_t b, uint32_t e) {
  return text.substr(b, e > b ? e - b : 0);
}

// Prepositions (and a few coordinators) that govern the noun after them.
const absl::flat_hash_set<std::string>& Prepositions();
// Lower-case nouns of an office or role ("spokesperson", "minister").
const absl::flat_hash_set<std::string>& RoleNouns();
// Plural nouns of sources a report does not name ("sources",
// "officials", "diplomats"). O(1).
inline bool IsUnnamedSourceNoun(absl::string_view lower) {
  return lower == "sources" || lower == "officials" || lower == "diplomats" ||
         lower == "analysts" || lower == "experts" || lower == "aides" ||
         lower == "observers" || lower == "insiders" || lower == "people";
}

inline bool IsRoleNoun(absl::string_view lower) {
  static const WordFilter filter(RoleNouns());
  return filter.MayContain(lower) && RoleNouns().contains(lower);
}
// Lower-case nouns of what a person does that are no office ("analyst",
// "fellow", "deputy"; mentions.cc).
bool IsPersonNoun(absl::string_view lower);
// Words that look like names when capitalised but never are a speaker.
bool IsFunctionWord(absl::string_view lower);
// Head nouns of a description of someone who speaks for a state
// ("official", "ministry", "sources"); any case.
bool IsOfficialHead(absl::string_view word);

// The head noun of a description of a speaker by another actor ("ally",
// "aide", "spokesman", "press service", "TV"; descriptions.cc).
bool IsSpeakerDescriptionHead(absl::string_view lower);
// The last word of an organisation's or a company's name ("ministry",
// "office", "corp", "group", "administration"; lower case).
bool IsOrganizationNameEnd(absl::string_view lower);
// The field of an office in a title: "Secretary of State", "Minister of
// Foreign Affairs", "External Affairs Minister" (lower case; mentions.cc).
bool IsTitleDomainWord(absl::string_view lower);
// A lower-case noun that says what a news outlet is, right before its name
// ("broadcaster", "newspaper", "daily", "tabloid", "tv", "television",
// "outlet"; mentions.cc).
bool IsOutletNoun(absl::string_view lower);
// A lower-case particle inside a person's name ("von", "der", "de", "bin";
// mentions.cc).
bool IsNameParticle(absl::string_view lower);
// How many tokens of text[tokens] an honorific starting at token j takes
// ("Dr", "Dr.", "H.E.", "His Excellency", "Her Royal Highness", "Datuk
// Seri", "Tan Sri", "Sheikh", "Smt."), 0 for none; its first word is
// capitalised. O(1) (mentions.cc).
size_t HonorificTokens(absl::string_view text, const std::vector<Token>& tokens,
                       size_t j);
// The last word of the name of a place, building or prize that may be
// named after a person ("King Fahd Causeway", "the Queen Elizabeth
// Hospital", "the King Faisal Prize"); lower case (mentions.cc).
bool IsFacilityWord(absl::string_view lower);

// Any head noun a description of a speaker can have: an official's, a
// role's or another actor's (the three above).
inline bool IsAnySpeakerHead(absl::string_view lower) {
  return IsOfficialHead(lower) || IsRoleNoun(lower) ||
         IsSpeakerDescriptionHead(lower);
}

// A lower-case word that may open a description with no determiner
// ("sources close to ...", "officials of ...").
inline bool IsDescriptionStart(absl::string_view lower) {
  return lower == "sources" || lower == "officials" || lower == "aides" ||
         lower == "one";
}

// "had", "was", "would", ...: an auxiliary or a form of "be" / "have".
inline bool IsAuxiliary(absl::string_view lower) {
  for (absl::string_view a :
       {"had", "has", "have", "was", "were", "is", "are", "would", "will",
        "could", "should", "might", "may", "can", "must", "did", "does"}) {
    if (lower == a) return true;
  }
  return false;
}

// The nouns "expressed" and "voiced" report speech with ("concern",
// "hope", "support", "condolences", ...): lower case, plural or not.
bool IsExpressedNoun(absl::string_view lower);
// A noun naming what someone said ("claims", "report", "accusations") that
// "dismissed" takes as its object. O(1).
bool IsClaimNoun(absl::string_view lower);
// "him", "her", "them", "us", "me". O(1).
bool IsObjectPronoun(absl::string_view lower);
// "his", "her", "its", "their", "our". O(1).
bool IsPossessiveDeterminer(absl::string_view lower);

// The adjectives of degree that may come between "expressed" and its noun
// ("deep", "serious", "strong", ...): lower case.
bool IsDegreeAdjective(absl::string_view lower);

// "China's", "Putin’s": the possessive ending of a word token.
inline bool EndsPossessive(absl::string_view word) {
  return absl::EndsWith(word, "'s") || absl::EndsWith(word, "\xE2\x80\x99s") ||
         absl::EndsWith(word, "s'") || absl::EndsWith(word, "s\xE2\x80\x99");
}

// "Ndlovu" for "NDLOVU": a word in capitals (two ASCII letters or more,
// as a transcript's label or a heading writes a name) with its letters
// after the first in lower case; empty for any other word.
inline std::string TitleCasedCapitals(absl::string_view word) {
  if (word.size() < 2) return {};
  for (char c : word) {
    if (!absl::ascii_isupper(static_cast<unsigned char>(c))) return {};
  }
  std::string out(word);
  for (size_t i = 1; i < out.size(); ++i) {
    out[i] = absl::ascii_tolower(static_cast<unsigned char>(out[i]));
  }
  return out;
}

inline float Clamp01(float v) { return std::max(0.0f, std::min(1.0f, v)); }

// The head noun of a description ("spokesman for", "ally of", "state TV"),
// descriptions.cc.
struct DescriptionHead;

struct Knowledge {
  std::vector<ActorFacts> known;
  std::vector<ActorFacts> registry;
  std::vector<ActorId> registry_to_known;
  std::optional<Resolver> known_resolver;
  std::optional<Resolver> registry_resolver;
  ExtractorOptions options;
  // The capitals of the registry's place table by their lower-case form
  // ("vilnius", "port of spain"), with the table's spelling ("Vilnius"): the
  // metonymies that may name a city.
  absl::flat_hash_map<std::string, std::string> capitals;
};

struct DocMention {
  uint32_t begin = 0, end = 0;
  int actor = -1;
  MatchReason reason = MatchReason::kExactName;
};

struct Subject {
  int actor = -1;
  std::vector<int> co_speakers;
  uint32_t begin = 0, end = 0;
  std::string rule;
  float confidence = 0;
  int token = -1;  // first token of the subject in the window
  std::vector<ExtractedReport> relays;
};

// A subject with no co-speakers or relays: `actor`, named by the bytes
// [begin, end) of the text from token `token` of the window, found by
// `rule` with `confidence`.
inline Subject MakeSubject(int actor, uint32_t begin, uint32_t end, int token,
                           const char* rule, float confidence) {
  Subject s;
  s.actor = actor;
  s.begin = begin;
  s.end = end;
  s.token = token;
  s.rule = rule;
  s.confidence = confidence;
  return s;
}

// Whether `w` is one of the words of `list` (a small constant table).
// O(size of the list).
template <size_t N>
bool IsOneOf(absl::string_view w, const absl::string_view (&list)[N]) {
  for (absl::string_view x : list) {
    if (w == x) return true;
  }
  return false;
}

// a == b, inline and byte by byte: in the long chains of comparisons of a
// word with literals most fail on the length or the first bytes, without a
// call. O(a.size()).
ABSL_ATTRIBUTE_ALWAYS_INLINE inline bool Eq(absl::string_view a,
                                            absl::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

// The first index of `v` whose element is not `before` (v holds first
// the elements for which before() is true, then the others: the answer of
// std::partition_point), found by galloping from *hint, which is then set
// to the answer. O(log(distance from the hint)); any hint is correct.
template <typename T, typename Before>
size_t GallopLowerBound(const std::vector<T>& v, size_t* hint, Before before) {
  const size_t n = v.size();
  const size_t h = std::min(*hint, n);
  size_t lo = 0, hi = n;  // the answer is in [lo, hi]
  if (h < n && before(v[h])) {
    // Forward: every element before `lo` is before().
    size_t step = 1;
    lo = h + 1;
    while (lo + step <= n && before(v[lo + step - 1])) {
      lo += step;
      step *= 2;
    }
    hi = std::min(n, lo + step - 1);
  } else {
    // Backward: the answer is at `hi` or before it.
    size_t step = 1;
    hi = h;
    while (hi >= step && !before(v[hi - step])) {
      hi -= step;
      step *= 2;
    }
    lo = hi >= step ? hi - step : 0;
  }
  const size_t at = static_cast<size_t>(
      std::partition_point(v.begin() + lo, v.begin() + hi, before) - v.begin());
  *hint = at;
  return at;
}

class Reader {
 public:
  Reader(const Knowledge& k, absl::string_view text, const DocumentInfo& info)
      : k_(k), text_(text) {
    x_.info = info;
  }

  absl::StatusOr<Extraction> Run();

  // ExtractOptions::progress for this call (may be empty).
  void SetProgress(std::function<void(uint64_t, uint64_t)> progress) {
    progress_ = std::move(progress);
  }

 private:
  // ---- actors
  // The key of actor_index_ for a row of the known graph (`*known`) or of
  // the registry; a registry row that k_.registry_to_known maps to the
  // known graph is keyed as that known row, and `*known` and `*id` are
  // changed to it.
  uint64_t ActorKey(bool* known, ActorId* id) const;
  int ActorFor(bool known, ActorId id);
  // The one person proposed so far whose longer name ends in `tail`'s
  // words ("Urrutia Becerra" of "Paula Urrutia Becerra"), else -1.
  int PersonOfNameTail(absl::string_view tail) const;
  // "the President of Kazakhstan": the person of that role and state.
  std::optional<Subject> RoleOfStateAt(int the, int head, int limit) const;
  // A readout's host who may speak for `state` (the first person who
  // spoke or was named whom no other state claims), else -1.
  int ReadoutHostOf(int state, size_t mentions) const;
  // "the Head of State" in a readout: its host.
  std::optional<Subject> HeadOfStateAt(int the) const;
  int NewActor(absl::string_view name, ActorKind kind, const char* rule,
               float confidence);
  const ActorFacts* Facts(int actor) const;
  void NoteMention(int actor, uint32_t begin, uint32_t end);
  // Gives `actor` an affiliation to `organization` with `role`, evidenced by
  // [begin, end) and named by `rule`, unless it has one to `organization`
  // with that role already (any case); valid on the document date when
  // `dated` and the date is known. Returns whether it was added.
  bool AddAffiliation(int actor, int organization, absl::string_view role,
                      uint32_t begin, uint32_t end, const char* rule,
                      float confidence, bool dated);
  bool AffiliatedTo(int member, int organization) const;
  bool HasRole(int actor, absl::string_view role) const;
  // Whether `fits` holds for one of the titles the text gives `actor` or
  // one of the registry's roles of it. O(titles).
  bool AnyTitleOf(int actor,
                  absl::FunctionRef<bool(absl::string_view)> fits) const;
  // Whether `actor` holds the office a nominal names: `office` ("prime
  // minister") when the nominal says it, else the bare `head` ("the
  // Minister") in a title that is not another office named with it
  // ("Prime Minister", "Vice President", "Press Secretary", "Deputy
  // Minister", "Secretary-General"). O(titles).
  bool HasNominalRole(int actor, absl::string_view head,
                      absl::string_view office) const;
  void FindAllMentions();
  // "the Trump administration": a person's name before "administration",
  // "team", "campaign" ... names an organisation (mentions.cc).
  void PersonOrganisations();
  // Whether the capital at bytes [b, e) of the body, which the registry
  // reads as its state, is named as the city (mentions.cc): "the summit in
  // Jakarta", "met ... in Vilnius", "Vientiane, Laos" (`state_after`: its
  // state follows after a comma), "Oslo, 11 March", "the Hanoi talks", "a
  // Moscow-based analyst", "travel to Beijing", "evacuated from Khartoum";
  // `*venue_end` is the end of the last capital read so, for "Tokyo and
  // Seoul". O(12) tokens.
  bool VenueCapital(uint32_t b, uint32_t e, bool state_after,
                    uint32_t* venue_end) const;
  void TitleAndSurname();
  // "the FO statement" after "the Foreign Office", "the MEA" after "the
  // Ministry of External Affairs": an acronym of capitals that no mention
  // covers names the organisation mentioned before it whose capitalised
  // words' initials it spells (mentions.cc).
  void OrganisationInitials();
  void MergeMentions(const std::vector<DocMention>& found);
  ActorId DemonymWord(const Token& t) const;

  // ---- token window
  void LoadWindow(uint32_t begin, uint32_t end);
  void MarkQuotes(const std::vector<Quote>& quotes);
  absl::string_view Word(int t) const {
    return Slice(text_, tokens_[t].begin, tokens_[t].end);
  }
  // The word lower-cased (ASCII letters only, so the bytes line up with
  // the text): a view into lower_, no allocation.
  absl::string_view LowerWord(int t) const {
    return LowerSlice(tokens_[t].begin, tokens_[t].end);
  }
  absl::string_view LowerSlice(uint32_t b, uint32_t e) const {
    return Slice(lower_, b, e);
  }
  bool Is(int t, absl::string_view lower) const {
    return t >= 0 && t < static_cast<int>(tokens_.size()) &&
           Word(t).size() == lower.size() &&  // inline, before the call
           absl::EqualsIgnoreCase(Word(t), lower);
  }
  bool IsPunct(int t, char c) const {
    return t >= 0 && t < static_cast<int>(tokens_.size()) && !tokens_[t].word &&
           tokens_[t].end - tokens_[t].begin == 1 &&
           text_[tokens_[t].begin] == c;
  }
  bool IsQuoteMark(int t) const;
  // An object of one to sixteen words after verb token `t`, then a
  // quotation mark ("called the remark "hostile"").
  bool ObjectThenQuote(int t) const;
  // A quotation flanked by the writer's words on both sides ("said the
  // detention was "unacceptable" and urged ..."): part of a paraphrase.
  bool IsFragment(const Quote& q) const;
  VerbHit VerbAt(int t) const;
  // The "with" of an absolute construction whose participle is token t
  // ("..., with X saying", "with Jan Nowak, Poland's foreign minister,
  // adding"): "with" after a comma (or at `first`) at most twelve words
  // before t, with only words and commas between; -1 when none. O(1).
  int WithOfAbsolute(int t, int first) const;
  // "didn't", "doesn't", "don’t": an auxiliary with its negation at t.
  bool NegatedAuxiliary(int t) const {
    if (t < 0 || t >= static_cast<int>(tokens_.size()) || !tokens_[t].word) {
      return false;
    }
    const absl::string_view w = LowerWord(t);
    return (absl::EndsWith(w, "n't") || absl::EndsWith(w, "n\xE2\x80\x99t")) &&
           (absl::StartsWith(w, "did") || absl::StartsWith(w, "do"));
  }
  int TokenAt(uint32_t offset) const;  // first token starting at or after
  // The first token of body_tokens_ starting at or after `offset`: the
  // same answer as a binary search over the body, found from where the
  // last search ended (the rules read the text forward), O(log distance).
  size_t BodyTokenAt(uint32_t offset) const {
    return GallopTo(body_tokens_, offset, &body_hint_);
  }
  // The first mention (of mentions_, in text order) that begins at or
  // after byte `offset`: std::lower_bound's answer, found by galloping from
  // the last one asked for (the rules ask about bytes near the window they
  // read), O(log distance) and few cache misses on a long document.
  std::vector<DocMention>::const_iterator MentionsFrom(uint32_t offset) const {
    return mentions_.begin() +
           static_cast<std::ptrdiff_t>(GallopLowerBound(
               mentions_, &mentions_from_hint_,
               [offset](const DocMention& m) { return m.begin < offset; }));
  }
  static size_t GallopTo(const std::vector<Token>& tokens, uint32_t offset,
                         size_t* hint) {
    return GallopLowerBound(
        tokens, hint, [offset](const Token& t) { return t.begin < offset; });
  }
  // The first token of the mention that ends at token t (mention_end_[t]
  // >= 0), looking back no further than token `floor`.
  int MentionFirstToken(int t, int floor) const {
    int first = t;
    while (first > floor && mention_start_[first] != mention_end_[t]) --first;
    return first;
  }
  // The mention of a state that ends inside token t before a possessive
  // ending ("Russia" of "Russia's"), or null.
  const DocMention* PossessiveStateAt(int t) const {
    if (mention_end_[t] < 0) return nullptr;
    const DocMention& m = mentions_[mention_end_[t]];
    if (m.end >= tokens_[t].end ||
        x_.actors[m.actor].kind != ActorKind::kState) {
      return nullptr;
    }
    return &m;
  }
  // Whether text_[b, e) (the space between two tokens) holds a line break.
  // O(e - b).
  bool LineBreakBetween(uint32_t b, uint32_t e) const {
    return e > b &&
           text_.substr(b, e - b).find('\n') != absl::string_view::npos;
  }
  // The first token of the run of capitalised words, other than function
  // words, that ends at token t, at most `max_words` long and starting no
  // earlier than token `floor` ("Pavel Drozdov" before "as saying").
  int CapitalisedRunStart(int t, int floor, int max_words) const {
    int first = t;
    while (first - 1 >= floor && t - first + 1 < max_words &&
           tokens_[first - 1].word && tokens_[first - 1].capitalised &&
           !IsFunctionWord(LowerWord(first - 1))) {
      --first;
    }
    return first;
  }
  // The last token of the mention that starts at token t (mention_start_[t]
  // >= 0), looking on no further than token `limit` - 1.
  int MentionLastToken(int t, int limit) const {
    int last = t;
    while (last + 1 < limit && mention_end_[last] != mention_start_[t]) ++last;
    return last;
  }

  // ---- attribution
  std::optional<Subject> SubjectBefore(int verb, int floor, int depth) const;
  std::optional<Subject> SubjectBeforeVerb(int verb, int floor,
                                           int depth) const;
  bool TitleAppositionAfter(int c, int end) const;
  void NoteTitleApposition(const Subject& s, int comma2) const;
  std::optional<Subject> SubjectAt(int t, int limit) const;  // forward
  std::optional<Subject> ResolvePronoun(int t) const;
  // The gender the word before byte `offset` gives the name starting there
  // ("Mr", "Mrs", "Ms", "Miss", "spokesman", "spokeswoman", ...): 'm', 'f'
  // or 0. O(24).
  char GenderBefore(uint32_t offset) const;
  // The gender of person `actor` ('m', 'f' or 0 for unknown): what a
  // statement or pronoun recorded, else a title before one of the 64
  // mentions before byte `before`. O(64).
  char GenderOf(int actor, uint32_t before) const;
  std::optional<Subject> NominalEndingAt(int t, int floor) const;
  // "the association", "the regional government" ending at token t: the
  // latest body named before (within 64 mentions) whose name ends in that
  // noun ("the Canadian Cattle Association"), else nothing. O(64).
  std::optional<Subject> BodyNominalEndingAt(int t, int floor) const;
  // "the agency", "the state-run newspaper" ending at token t (the noun of
  // a media outlet's kind after "the" and at most two lower-case words):
  // the latest media outlet among the 64 mentions before it, within 600
  // bytes (for "agency" also an organisation whose name ends in "Agency"),
  // else none. O(64).
  std::optional<Subject> MediaAnaphorEndingAt(int t, int floor) const;
  // The registry's answer for `words` on the document date
  // (k_.registry_resolver, which must be set), asked once per document for
  // the same words: the reference stays valid for the Reader's life.
  const Resolution& ResolveOnDocumentDate(absl::string_view words) const {
    auto it = resolved_.find(words);
    if (it == resolved_.end()) {
      it = resolved_
               .emplace(std::string(words),
                        k_.registry_resolver->Resolve(words, x_.document_date))
               .first;
    }
    return it->second;
  }
  mutable absl::node_hash_map<std::string, Resolution> resolved_;
  std::optional<Subject> NameEndingAt(int t, int floor) const;
  // "The President of the Republic", "the Prime Minister of the Nation",
  // "the President of the Council of Ministers" ending at token t, opening
  // its clause in a readout: the holder of the page's own office, a person
  // named as written (without the article).
  std::optional<Subject> OfficeOfTheStateEndingAt(int t, int floor) const;
  // "The President's Office said", "Kenya's Prime Minister's Office",
  // "the Maldivian President's Office in Male": the office of a title
  // ending at token t ("Office"), an organisation named "President's
  // Office", with its state in brackets when the text gives it.
  std::optional<Subject> OfficeOfTitleEndingAt(int t, int floor) const;
  // "Sri Lanka's Ministry of Fisheries" from token i (the state's
  // possessive): the body the registry does not know, named "Ministry of
  // Fisheries (Sri Lanka)" (speakers.cc).
  std::optional<Subject> BodyOfPossessiveStateAt(int i, int limit) const;
  // The person of the text (among its first 256 actors) whose family name
  // (the last word of its name) is `lower` (lower case) or differs from it
  // only by two neighbouring letters swapped or one letter changed, the
  // first letter kept; -1 for none or more than one.
  int PersonOfMisspeltFamilyName(absl::string_view lower) const;
  std::optional<Subject> NameBeforeRelative(int t, int floor) const;
  std::optional<Subject> DescriptionEndingAt(int t, int floor) const;
  // coreference.cc: "Officials said", "The government said", "The ministry
  // said" opening or ending a sentence (token `floor`) and ending at token
  // t: the state the sentence before names (the one opening it, else the
  // only one), else the dateline's (rule "description-of-context-state");
  // with none, a subject with no actor ("description-unresolved").
  // O(mentions of the sentence before), 400 bytes at most.
  std::optional<Subject> ContextStateEndingAt(int t, int floor) const;
  int DescriptionStart(int k, int floor) const;
  // descriptions.cc: a description whose noun phrase ends at token t and
  // names another actor ("an ally of Russian President Vladimir Putin",
  // "a spokesman for the Ukrainian Foreign Ministry", "the Kremlin's press
  // service", "Russian state TV"): the actor it speaks for, or a new
  // unnamed person or media actor. Looks back no further than `floor`;
  // O(1) words per call (at most a dozen).
  std::optional<Subject> DescribedEndingAt(int t, int floor) const;
  std::optional<Subject> DescribedByObject(int t, int floor) const;
  std::optional<Subject> DescribedByHead(int t, int floor) const;
  std::optional<Subject> DescribedSubject(const DescriptionHead& head, int obj,
                                          uint32_t begin, uint32_t end,
                                          int token,
                                          bool another = false) const;
  // The state (an Extraction actor, or -1 when the text names it nowhere)
  // of a demonym at token t; *is_demonym tells whether t is one.
  int DemonymStateAt(int t, bool* is_demonym) const;
  bool AppositionAfterName(int start, int floor) const;
  // A time phrase with no comma ("Last week", "On Monday", "Earlier this
  // month") opens the clause right before token `start`.
  bool AfterOpeningTimePhrase(int start, int floor) const;
  bool OpensClause(int start, int floor) const;
  std::optional<Subject> UnresolvedDescriptionBefore(int verb, int floor) const;
  std::optional<Subject> UnresolvedDescriptionAt(int t, int limit) const;
  std::optional<Subject> QuotedNameAsSaying(int e, int floor,
                                            bool apposition) const;
  // "Tokayev's spokesman, Berik Saparov, said", "An EU spokesperson, Anna
  // Verhoeven, said": a person's name set off by commas right before the
  // verb, after a description whose last word is a speaker noun, speaks
  // (a person mention, or two to four capitalised words: a new person,
  // rule "apposition-name-after-description"). O(1) words per call.
  std::optional<Subject> AppositionNameBefore(int verb, int floor) const;
  // "Azamat Nurpeisov, the consortium's director, was quoted by Interfax
  // as saying": the name before the auxiliary (past an apposition) speaks,
  // relayed (quoted) by the outlet after "by" (a new media actor when the
  // registry does not know it). `as` is the token "as". O(1) words.
  std::optional<Subject> QuotedByAsSaying(int as, int floor) const;
  // statement_dates.cc: whether a time inside the words lies between the
  // verb's object and its "of"/"to" complement ("accused X on Wednesday of
  // ..."), so that it dates the saying; after a verb that takes an
  // addressee only. O(1).
  bool TimeBeforeComplement(const TimeExpression& e,
                            const ExtractedStatement& s) const;
  // statement_dates.cc: whether the time expression at byte `at` may date
  // its clause (not "since ...", not in a relative clause). O(1).
  bool DatesTheClause(uint32_t at, uint32_t sentence_begin) const;
  // coreference.cc: "Kazakhstan's energy minister" (a title after a
  // possessive state) ending at token t: the person named later with that
  // title, else the state. O(64) mentions per call.
  std::optional<Subject> StateTitleEndingAt(int t, int floor) const;
  // reader.cc: whether quotation q, whose opening mark follows a word
  // ending at byte b, closes a reported clause of the writer's (a fragment
  // read with the clause). O(1) tokens (at most 40).
  bool EndsReportedClause(const Quote& q, uint32_t b) const;
  // A subject named by tokens [first, last] that no actor matches: a new
  // actor of `kind` (NewActor with `rule` and `actor_confidence`), noted as
  // a mention; nullopt when the name folds to nothing.
  std::optional<Subject> NewNameSubject(int first, int last, ActorKind kind,
                                        const char* rule,
                                        float actor_confidence,
                                        float confidence) const;
  // speakers.cc, the frame of an attribution:
  // Whether the words after the comma at token c, up to `limit`, are an
  // apposition ("the Norwegian foreign minister", "a critic of X": a
  // determiner or possessive first, at most eight words, no reporting
  // verb) or a relative clause ("who chairs the council", at most twelve
  // words). O(12).
  bool AppositionAfter(int c, int limit) const;
  // Whether the mention starting at token `first` is governed by a
  // preposition or a reporting verb right before it (no earlier than
  // `floor`): "between Moscow and Beijing". O(1).
  bool GovernedMention(int first, int floor) const;
  // Whether the attribution `s` with verb token v (", X said", ", said X")
  // ends its clause before `limit`: nothing after the verb and subject but
  // a time, a channel, a relay, an addressee of "told". O(12).
  bool AttributionEndsClause(const Subject& s, int v, int limit) const;
  // "Nordic Wire, citing Olga Tamm, reported": the subject after "citing"
  // between tokens `from` and `to`, relayed by `outlet`; nullopt when
  // there is none. O(to - from), at most 12.
  std::optional<Subject> CitedBetween(int from, int to,
                                      const Subject& outlet) const;
  // The subject cited at token t: a state's description ("Norway's foreign
  // ministry", "Polish officials") as a subject would be read, else
  // SubjectAt. O(4) words.
  std::optional<Subject> CitedAt(int t, int limit) const;
  // "Nordic Wire reported, citing X, that ..." (within eight tokens after
  // the verb `verb`: `*words_begin` is set past the second comma) or "...
  // reported that ..., citing X." (ending the clause before `limit`:
  // `*words_end` is set at the comma): X, relayed by `outlet`; nullopt
  // when there is none. O(16).
  std::optional<Subject> CitedAfter(int verb, int limit, const Subject& outlet,
                                    int* words_begin, int* words_end) const;
  // The first token of a reporting verb's words at or after `b` (before
  // `e`), past adverbs and adverbials of the saying: "said, however,
  // that", "said Thursday the ...", "wrote on X that", "said in a post on
  // Telegram that" and, for verbs with an addressee, an audience ("told
  // reporters the ...", "told a news conference in Bergen the ..."). A
  // returned "that" is left for the caller. O(24) tokens.
  int SkipSayingAdverbials(int b, int e, bool addressee) const;
  void AddRelayBefore(Subject& s, int floor) const;
  void AddRelaysAfter(Subject& s, int from, int limit) const;
  std::optional<Subject> AttributeAfterQuote(int from, int limit,
                                             int* verb_token) const;

  // ---- paragraphs
  void DetectTranscript();
  // A transcript's list of who takes part, [begin, end) after "Speakers:":
  // each item (items set apart by ';') names a person after any title's
  // words and before a comma or a parenthesis ("Deputy Government
  // Spokesperson Anna Keller; Jonas Brandt, Foreign Office (FO)"). A name
  // no mention covers becomes a person, so that later labels of the family
  // name alone ("BRANDT (FO):") find it. O(end - begin).
  void ReadListOfSpeakers(uint32_t begin, uint32_t end);
  // The person a transcript's title label ("President of the Government.-")
  // names: the one person mention right after the same title, with or
  // without a comma, in the text before `limit` ("Press conference by the
  // President of the Government, Ignacio Berrocal, and ..."); -1 if none or
  // two. A name of two to four capitalised words in the title's
  // apposition that no mention read is proposed as a person. O(limit).
  int TitleHolderBefore(Range label, uint32_t limit);
  // The start of the question turn being read, else kNoQuestion: a pronoun
  // there is resolved to a person the question names (ResolvePronoun).
  static constexpr uint32_t kNoQuestion = 0xFFFFFFFFu;
  uint32_t question_begin_ = kNoQuestion;
  int question_addressee_ = -1;  // the next answer's speaker, for "you"
  int LastPersonMentionIn(uint32_t begin, uint32_t end) const;
  // The latest person opening a sentence before `end`, within 64 mentions
  // and 1,500 bytes (-1: none). O(64).
  // Whether the comma at byte `comma` closes a short opening phrase of
  // place, time or transition ("In Lima,", "Meanwhile,"; coreference.cc).
  bool OpensWithSettingPhrase(size_t comma) const;
  int SentenceSubjectPersonBefore(uint32_t end, uint32_t* at = nullptr) const;
  // "the statement" (tokens first..noun): the speaker (and co-speakers)
  // of the latest statement, or none. O(1).
  std::optional<Subject> IssuerOfDocument(int first, int noun) const;
  // A lower-case word of a title before its role noun. O(1).
  bool TitleModifierAt(int k) const;
  // "The Secretary and Foreign Minister" ending at token t: the two
  // persons the nominals name, or none. O(64).
  std::optional<Subject> CoordinatedNominalsEndingAt(int t, int floor) const;
  // The person a transcript's heading (the paragraphs before first_turn)
  // names as its host, for "A:" turns and opening remarks; sets
  // transcript_host_ (-1: none). O(heading paragraphs + their mentions).
  void FindTranscriptHost(size_t first_turn);
  // The host's opening remarks before the first turn (one statement);
  // marks their paragraphs in `read`. O(heading).
  void ReadOpeningRemarks(size_t first_turn, std::vector<bool>& read);
  int transcript_host_ = -1;
  Range transcript_host_span_;
  size_t transcript_host_para_ = 0;  // the paragraph after the host's line
  void ReadParagraph(size_t p);
  // "At the start of her trip, Foreign Minister X said:" closing a
  // paragraph, or a release's heading "Quotes attributable to Minister X:":
  // the next paragraph, with no quotation mark or as one quotation, is X's
  // words, and so is each following paragraph that is one quotation.
  // FindBlockAttribution notes the speaker (block_para_, block_who_,
  // block_rule_) when paragraph p ends so; ReadBlockParagraph emits the next
  // one as one statement (false, reading nothing, for a paragraph that is
  // more than one quotation). O(the last sentence; the paragraph).
  bool FindBlockAttribution(size_t p, const std::vector<Range>& sentences);
  bool ReadBlockParagraph(size_t p);
  size_t block_para_ = static_cast<size_t>(-1);
  Subject block_who_;
  const char* block_rule_ = "verb-colon-paragraph";
  // A paragraph that links to another page ("Related: ...", "Also Read:
  // ...", "Read more: ..."): the page's chrome, holding no statement of
  // this document. O(1).
  // A page's furniture line ("Share: Weibo | WeChat", "Copyright (c) ...",
  // "Related: ..."): the end of a transcript's last turn. O(label).
  bool IsPageFurnitureLine(Range para) const;
  bool IsPageLink(Range para) const;
  // Marks the paragraphs that repeat a line of the page, and the link lists'
  // lines (repeated_), which ReadParagraph skips. O(paragraphs).
  void MarkRepeatedParagraphs();
  // Marks (in link_lines_) the links of a page's link lists ("Related",
  // "Read more: ..."), before the transcript's labels are looked for: a
  // link's title ("Gas pipeline: govt seeks ...") is no turn.
  // O(paragraphs).
  void MarkLinkLists();
  absl::string_view RepeatKey(Range para, bool* truncated) const;
  std::vector<char> repeated_;
  std::vector<char> link_lines_;
  void ReadTurn(size_t p, uint32_t label_end, int speaker, bool question,
                uint32_t turn_end);
  void ReadReportedSpeech(Range sentence, const std::vector<Quote>& quotes,
                          bool in_question, int asker);
  // quotes.cc: "It was announced by X that ...", "The talks were described
  // by X as useful": a passive reporting verb's agent speaks. O(tokens of
  // the sentence).
  void ReadPassiveAgent(Range sentence, const std::vector<Quote>& quotes,
                        int first, int last);
  // A headline attributed by a colon or a dash: a line with no full stop
  // that is one sentence, "NAME: words" or "words - NAME" (a person named
  // by a known name or family name). True when it read one. O(tokens of
  // the line).
  bool ReadHeadlineAttribution(Range sentence);
  void Appositions(Range sentence);
  void NoteJointIssuers(Range sentence);
  void ReadAttributionLine(size_t p);
  size_t FindJointStatement() const;
  // Whether paragraph `p` is a joint document's heading ("Joint Statement
  // between ...", "India-Australia Joint Vision Statement", "Full Text of
  // the Joint Communique", "Trilateral Leaders' Statement"). O(bytes of the
  // line, at most 200).
  bool IsJointHeading(size_t p) const;
  bool IsJointTextIntro(size_t p) const;
  // The joint statement's first paragraph after `heading`, past a title
  // block (short lines with no final mark, lines of place and date, a
  // separator "* * *"). O(6 lines).
  size_t JointFirstParagraph(size_t heading) const;
  bool IsDateLine(size_t p) const;
  // The states the capitalised words of `r` name alone or as demonyms
  // (hyphenated pairs, "Norwegian"), which the mention finder leaves out.
  // O(40 words), each a registry lookup cached per document.
  std::vector<int> StatesByWordsIn(Range r) const;
  // The registry's actor that the capitalised words [b, e) name by name or
  // alias (and by demonym when `demonym`): a state, or also an
  // organisation when `bodies`; proposed (ActorFor) and its index, else -1.
  // One registry look-up.
  int RegistryActorNamed(uint32_t b, uint32_t e, bool demonym,
                         bool bodies) const;
  // The registry row RegistryActorNamed makes an actor of, without making
  // it; nullopt when none.
  std::optional<ActorId> RegistryIdNamed(uint32_t b, uint32_t e, bool demonym,
                                         bool bodies) const;
  // The two registry states or organisations a word of line `r` joins by a
  // hyphen or an en dash ("EU-Namibia", "India–Japan"), the first such
  // word; empty when none (lines of 200 bytes at most). O(line).
  std::vector<int> PairByHyphenIn(Range r) const;
  bool RetellsText(size_t first) const;
  std::vector<int> JointParties(size_t heading) const;
  void ReadJointStatement(size_t heading);
  // Whether paragraph `p` opens with a paragraph number ("1. ", "12) ").
  // O(1).
  bool NumberedParagraph(size_t p) const;
  // Whether paragraph `p` is a closing line of place and date after a
  // joint statement's text ("Lisbon, 4 May 2026", "Done at Rabat on 2 June
  // 2025"). O(bytes of the line), at most 80.
  bool IsClosingPlaceAndDate(size_t p) const;
  std::vector<int> PartiesIn(Range paragraph) const;
  void ReadRelations(Range sentence, int first_statement,
                     bool held_only = false);
  // Adds to `actors` (kept in text order) the demonyms of `sentence` that
  // are the sides of a pair joined by a hyphen or an en dash with no space,
  // to another demonym or a state's mention ("Uzbek-American", "Kazakh-
  // Saudi", "Russian-Indonesian"; "Sino-" before one is China): a demonym
  // names no actor elsewhere. A state not yet an actor of the Extraction is
  // given the index x_.actors.size() + i for (*pending)[i]. O(demonyms of
  // the sentence, at most 64, times the mentions within 64 bytes).
  void AddDemonymPairSides(Range sentence, std::vector<ActorSpan>* actors,
                           std::vector<std::pair<bool, ActorId>>* pending);
  // Whether the word before byte `at` names a field of joint work or a
  // quality of a tie ("military cooperation", "counter-narcotics
  // cooperation", "close cooperation", "friendly exchanges"). O(word).
  bool FieldBefore(uint32_t at) const;
  // The state the speaker of statement `statement` speaks for in "our":
  // the state its speaker is tied to, else the one state the words naming
  // the speaker name, else for a person tied to nothing the page's
  // publisher (PublisherState) unless those words name another; -1 when
  // none (or `statement` < 0). O(affiliations + words of the name).
  int SpeakerState(int statement) const;
  // Whether the phrase [begin, end) has a field or quality before it or as
  // its first word ("long-standing ties", "friendly exchanges"). O(words).
  bool QualifiedPhrase(uint32_t begin, uint32_t end) const;
  // Whether the sentence says something of the ties phrase [begin, end)
  // of `sentence`: gives them a basis ("... are based on mutual benefit"),
  // a quality after "of" ("relations of friendship"), a predicate (an
  // auxiliary or a copula within six words after: "X-Y relations were at
  // their best") or a judging verb within three words before ("regards
  // its relationship with Y as vital", "praised X-Y ties").
  // O(kTiesWindowBytes +
  // kJudgingWindowBytes).
  static constexpr uint32_t kTiesWindowBytes = 120;
  static constexpr uint32_t kJudgingWindowBytes = 40;
  bool TiesSaidOf(uint32_t begin, uint32_t end, Range sentence) const;
  // Whether the joint activity phrase [begin, end) ("cooperation") is
  // qualified (QualifiedPhrase) or has a field after it ("cooperation on
  // fisheries"): then a relationship. O(words).
  bool QualifiedActivity(uint32_t begin, uint32_t end) const;
  // The state an actor stands for in a relationship: itself for a state,
  // else the state its affiliations (read from the text, then the
  // registry's memberships, its own or those of the bodies it is
  // affiliated to) tie it to; -1 when none or several.
  // O(affiliations and memberships), amortised.
  int StateOfActor(int actor) const;
  // The one state of the document the registry's memberships of `actor`
  // (and theirs) name; -1 when none, -2 when several.
  int RegistryStateOf(int actor) const;
  std::vector<int> parties_;  // the sides of a joint statement
  // The pair of a news report, from its headline or lede ("Japan,
  // Philippines to expand drills", "Nepal and Bangladesh agreed ..."): two
  // states named as a coordinated pair, not three or more; empty when
  // none. O(mentions of the first paragraphs' first 400 bytes).
  std::vector<int> ReportPair() const;
  std::vector<int> report_pair_;
  // The state whose ministry, department, government or presidency the
  // page's first lines name as its publisher ("Ministry of Foreign Affairs
  // of X"; "Ministry of External Affairs" over "Government of X"; "U.S.
  // Department of State"; "The White House"), else -1: the first banner
  // line (at most 120 bytes, opening with such a body) that names a state,
  // among the first eight paragraphs and before a sentence. Looked for
  // once. O(8 lines).
  int PublisherState() const;
  mutable int publisher_state_ = -2;
  // Whether "the two countries" at `at` may be the report's pair: every
  // state its paragraph names before it (but `skip`, up to 64 mentions
  // back) is one of the pair. O(64).
  bool PairIsLatest(uint32_t at, int skip) const;
  std::optional<Subject> FirstSubjectIn(int from, int to) const;
  // The first token of a phrase naming the two parties of a call or
  // meeting that ends at token `t` ("the two leaders", "both sides", "the
  // ministers", in a readout "both officials" and a capitalised "They"),
  // else -1. O(1).
  int PairPhraseStart(int t) const;
  // Whether a call or meeting of two persons comes right before token t:
  // the latest event read has two persons and ends at most 400 bytes
  // before it ("X met Y in Madrid."), or the sentence before (at most 400
  // bytes back) names two persons and their call or meeting ("X and Y
  // spoke by phone"). "They" then opens a sentence of the two. The one
  // place that decides it (PairPhraseStart asks it). O(400 bytes).
  bool MeetingOfTwoBefore(int t) const;
  // Whether the body's first paragraph of sentences (within the first 16
  // paragraphs) opens with a meeting or call ("X held talks with Y", "X
  // met with Y", "X spoke by phone with Y"). O(400 bytes).
  // `*bare_title` (when given): whether that sentence names its official
  // by a bare title ("The Prime Minister spoke to ...").
  bool FirstSentenceTellsOfAMeeting(bool* bare_title = nullptr) const;
  // Whether the capitalised token k, a title's word elsewhere ("Sultan"),
  // is a given name before a patronymic in lower case ("Sultan bin Rashid
  // Al Kaabi"). O(1).
  bool GivenNameBeforePatronymic(int k) const;
  // Whether quotation `q` is a news page's quoted subheading: the whole
  // paragraph, its words ending in no stop. O(paragraph's tail).
  bool IsQuotedHeading(const Quote& q, Range para) const;
  // Whether the first 400 bytes of a paragraph (lower case) tell of a
  // meeting or call ("met with", "spoke to", "held a telephone ..."). O(1).
  static bool TellsOfAMeeting(absl::string_view lower);
  // Whether the sentence of token t goes on, after a comma, to say who
  // reported it (", X said", ", according to X"). O(600 bytes).
  bool ReportedLaterInSentence(int t) const;
  // Whether `e` names a known time, not a future one nor a duration, on or
  // before the document's date: a time a statement or a story can be of.
  // O(1).
  bool IsPastTime(const TimeExpression& e) const;
  // Whether paragraph `para` notes the end of a session: "(The briefing was
  // concluded at 2:21 p.m.)", "(END)", "###". O(120 bytes).
  bool IsSessionEndNote(Range para) const;
  // Whether `para` is a line of at most 100 bytes with no sentence's final
  // mark (a footer, an address, a heading), not a courtesy ("Thank you").
  // O(100 bytes).
  bool IsShortLineNoSentence(Range para) const;
  // That phrase's two persons: the last two named before it who fit its
  // head (PairPhraseStart), the earlier one as speaker. O(64 mentions).
  std::optional<Subject> PairEndingAt(int t) const;
  // "The Quad foreign ministers reiterated ... They pledged ...", "the
  // Foreign Ministers affirmed ... The Foreign Ministers stressed ...": a
  // "they", or a plural noun of officials after "the" ending at token t,
  // taken up from one of the last four statements (ending at most 2,000
  // bytes before it) whose subject was a plural noun of officials right
  // before its verb (the same noun, for a noun): that statement's speakers.
  // O(4 statements).
  std::optional<Subject> GroupEndingAt(int t) const;

  // A quotation of a third person inside an answer turn of `speaker`: that
  // person's statement, relayed by `speaker`.
  void ReadQuotedInTurn(Range r, int speaker);
  // The earlier finite reporting verb whose subject `verb` shares after
  // "and" ("said that ... and warned that "...""), else -1.
  int SharedVerbBefore(int verb, int floor, int sentence_floor) const;
  int Emit(ExtractedStatement s, Range sentence, int verb_token);
  // The lexicon's fixed phrase that the reporting verb at `verb_token` (of
  // `lemma`) opens ("expressed deep concern" -> "express deep concern"), or
  // null. O(1): three words and a hash lookup each.
  const SpeechVerb* PhraseVerbAt(int verb_token, absl::string_view lemma) const;
  // ---- channels (channels.cc)
  // The channel the writer's words near the statement's words name ("at a
  // regular press briefing", "in a phone call with X"), else a transcript
  // turn's channel from the heading; leaves a channel already set.
  void FindChannel(ExtractedStatement& s, Range sentence) const;
  // The first channel phrase in the body's tokens of [begin, end), or "".
  std::string ChannelIn(uint32_t begin, uint32_t end) const;
  // The body tokens that may head a channel ("phone", "briefing", "call",
  // "interview", ...), in order: ChannelIn reads only these. O(tokens).
  void IndexChannelHeads();
  std::vector<uint32_t> channel_heads_;
  // The end of the words after a channel's head that belong to it ("with
  // Xi Jinping", "at the Valdai forum", "in New Delhi") from token t, or 0.
  uint32_t ChannelTail(size_t t, size_t hi, bool with_party, bool at_event,
                       bool in_place) const;
  // The channel a transcript's heading (the body before `heading_end`)
  // names: "regular press conference", "press briefing".
  void FindTranscriptChannel(uint32_t heading_end);
  std::string transcript_channel_;
  // ---- stance (stance.cc)
  // Gives each neutral target of `s` the stance of the statement's
  // evaluative words near its mentions (or of all its words, for a target
  // they do not name). O(size of the words + mentions in them).
  void StanceFromWords(ExtractedStatement& s) const;
  bool LedeRetold(ExtractedStatement& s);
  // Whether statement `p`'s attribution tells of a news conference and
  // names `person` there (statement_dates.cc).
  bool NamedAtNewsConference(const ExtractedStatement& p, int person) const;
  bool DatedByOpeningEvent(ExtractedStatement& s, Range sentence) const;
  // "X said on Tuesday after talks in Rome with Y": an event of X and Y on
  // the saying's day (events.cc). O(sentence).
  void ReadTalksAfterSaying(Range sentence);
  // The first time expression of the paragraph inside [begin, end) that
  // dates a past act: a known date, not in the future, no duration, not
  // after the document date (of day precision with `day_only`); nullptr if
  // none. O(log n + times in the range).
  const TimeExpression* PastTimeIn(uint32_t begin, uint32_t end,
                                   bool day_only) const;
  // A news report's statement with no time of its own, by a person of the
  // meeting, talks or call the report opens with: that event's day.
  // O(participants of one event).
  bool DatedByReportedTalks(ExtractedStatement& s, Range sentence) const;
  // The act an opening phrase of the statement's sentence names (" met " for
  // "After the meeting, X said"), else empty. O(160 bytes).
  absl::string_view OpeningAct(const ExtractedStatement& s,
                               Range sentence) const;
  // Whether the sentence opens with a participle and "that" ("Noting that
  // ...", "Stressing that ..."). O(1).
  bool OpensWithThatParticiple(Range sentence) const;
  void ReadNoComment(Range sentence);
  void ReadEvents(Range sentence);
  // The lede: the statements of the first paragraph of a news report that
  // has any, [lede_begin_, lede_end_), and the paragraph after it.
  int lede_begin_ = -1, lede_end_ = -1;
  size_t lede_next_para_ = 0, current_para_ = 0;
  std::vector<char> lede_linked_;
  bool no_carry_ = false;  // DateStatement: no carried or lede date
  // The joint statement's own text, once read (ReadJointStatement): its
  // statement's index in x_.statements, -1 before.
  int joint_text_statement_ = -1;
  const ExtractedStatement* JointTextStatement() const {
    return joint_text_statement_ >= 0
               ? &x_.statements[static_cast<size_t>(joint_text_statement_)]
               : nullptr;
  }
  void FillAbout(ExtractedStatement& s) const;
  void DateStatement(ExtractedStatement& s, Range sentence);
  // Whether the sentence says the statement was made "after the talks"
  // ("after the meeting", "after their call", ...) outside its words: the
  // meeting the story reports. O(sentence).
  bool SaidAfterTheMeeting(const ExtractedStatement& s, Range sentence) const;
  // The time expressions of r, for the statements read in it (and kept in
  // Extraction::times).
  void ReadTimes(Range r);

  // Tells progress_ that the text is read up to `offset` (at the pace
  // ExtractOptions::progress promises); ReportDone gives the last call.
  void ReportProgress(uint32_t offset);
  void ReportDone();
  // A paraphrase whose words hold a quoted fragment ('said the talks were
  // "constructive and frank"') becomes a direct quote of the fragment (its
  // longest one), as the words a reader can attribute verbatim; what it is
  // about, its targets and its date stay those read from the whole clause.
  // O(bytes of the statements' words).
  void QuotedFragmentsAsQuotes();
  // A readout's statements are said to the other side of its meeting or
  // call: a statement of one of the two persons (or of their state) that
  // names neither the other person nor the other state gets the other
  // state as an implicit target ("The Minister underscored the importance
  // of supply chains" in a readout of her meeting with Mexico's Secretary:
  // Mexico), with the stance of a verb said to someone ("thanked"),
  // neutral for any other. O(statements + events).
  void CounterpartTargets();
  std::function<void(uint64_t, uint64_t)> progress_;
  uint64_t progress_step_ = 1, progress_next_ = 0, progress_done_ = 0;

  const Knowledge& k_;
  absl::string_view text_;
  // text_ with its ASCII letters lower-cased, made once by Run: the rules
  // compare words without lower-casing a copy of each.
  std::string lower_;
  Extraction x_;
  std::vector<Range> paragraphs_;
  std::vector<DocMention> mentions_;
  struct Demonym {
    uint32_t begin = 0, end = 0;
    bool known = false;
    ActorId id{};
  };
  std::vector<Demonym> demonyms_;  // text order
  // The demonym starting at token t, else nullptr. O(log demonyms).
  const Demonym* DemonymAt(int t) const;
  // The Extraction's actor for a table row, or -1 when the text names it
  // nowhere (no actor is added).
  int ExistingActor(bool known, ActorId id) const;
  void InheritAbout(ExtractedStatement& s) const;
  // "Discussing the attacks in the Red Sea, the Foreign Secretary condemned
  // ...", "On Iran, the minister reiterated ...": the actors of a topic
  // phrase that opens the sentence before the speaker (a comma after it)
  // are what the statement is about.
  void OpenerAbout(ExtractedStatement& s, Range sentence) const;
  // The body a description "a State Department spokesperson" from token
  // `det` to `end` speaks for, by the registry; -1 for none.
  int BodyOfDescription(int det, int end) const;
  // The actors of the latest statement (of the last four) that has any.
  void TakeUpAbout(ExtractedStatement& s) const;
  // Paraphrased words that name no actor take up the topic just set: the
  // earlier statement of the same speaker in the sentence ("expressed
  // concern over ... and urged all parties to ..."), else the actors named
  // in the sentence before, in the same paragraph, when that sentence holds
  // no statement ("Both officials discussed the situation in Myanmar. The
  // Secretary expressed deep concern over air strikes on civilians."). Looks
  // back at most 400 bytes and 16 mentions.
  void TakeUpTopic(ExtractedStatement& s, Range sentence) const;
  absl::flat_hash_map<uint64_t, int> actor_index_;
  absl::flat_hash_map<std::string, int> new_actor_index_;
  // The folded names and aliases of the known and registry actors proposed
  // (ActorFor): a new actor by the same name in other capitals ("BOTSWANA"
  // in a heading) is that actor, or none (the graph takes no two actors of
  // one name).
  absl::flat_hash_map<std::string, int> table_actor_names_;
  // NewActor's answers by the words as written (new_actor_index_ only
  // grows, so an answer stays true).
  absl::flat_hash_map<std::string, int> new_actor_by_name_;
  // Family names of persons first named while reading ("Ivan Petrov"
  // before a reporting verb), for a later "Petrov said".
  absl::flat_hash_map<std::string, int> reading_family_names_;
  std::vector<const ActorFacts*> facts_;  // per Extraction::actors
  // The actor of each entry of facts_, indexed up to facts_indexed_ as
  // StateOfActor needs it (actors are added while the text is read).
  mutable absl::flat_hash_map<const ActorFacts*, int> actor_of_facts_;
  mutable size_t facts_indexed_ = 0;
  // Document-local titles from appositions, per actor.
  std::vector<std::vector<std::string>> titles_;
  // Persons the document names by their title's initials ("EAM"): at most
  // eight.
  std::vector<int> initials_persons_;

  // Token window (one paragraph or turn).
  std::vector<Token> tokens_;
  std::vector<Token> body_tokens_;  // every token of the body
  mutable size_t body_hint_ = 0;    // BodyTokenAt's last answer
  mutable size_t window_hint_ = 0;  // TokenAt's last answer
  std::vector<int> mention_start_;  // mention index starting at token, or -1
  std::vector<int> mention_end_;    // mention index ending at token, or -1
  size_t mention_cursor_ = 0;
  size_t mention_hint_ = 0;                // LoadWindow's last mention_cursor_
  mutable size_t mentions_from_hint_ = 0;  // MentionsFrom's last answer

  int last_person_speaker_ = -1;
  // The latest distinct person speakers, the latest first (-1: none), and
  // the gender the text gives a person ('m', 'f'; absent: unknown) by a
  // title ("Mr", "Ms", "Mrs"), a gendered role noun ("spokeswoman") or a
  // pronoun read as theirs (Reader::GenderOf).
  int recent_persons_[4] = {-1, -1, -1, -1};
  mutable absl::flat_hash_map<int, char> gender_;
  int last_description_speaker_ = -1;  // "a senior Indian official" -> India
  // The dateline's place (empty when none) and the state it names (-1:
  // none), for "Officials said".
  Range dateline_place_;
  bool dateline_has_state_ = false;
  ActorId dateline_state_id_{};  // in the registry's table
  mutable int dateline_state_ = -1;
  // The Extraction actor of the dateline's state (the document's own
  // actor of that state when it names it), added when first asked; -1
  // for none.
  int DatelineState() const;
  int last_speaker_ = -1;
  // The parties of the joint statement the text last cited ("X and Y
  // issued a joint communique", "according to a joint statement"): who
  // "it said" and "the communique said" name.
  std::vector<int> joint_issuers_;
  int last_quote_statement_ = -1;
  bool transcript_ = false;
  int readout_relay_ = -1;
  std::vector<TimeExpression> para_times_;
  // In a news report, the first past day of the paragraph the dateline
  // opens ("KATHMANDU, July 15 (X) - A and B agreed on Wednesday ..."): the
  // day of the meeting the story reports, which "told reporters after the
  // talks" dates (DateStatement). Unknown when none.
  TimeExpression story_time_;
  // Whether the lede of a page with no dateline was looked at for the
  // story's day.
  bool lede_read_ = false;
  // In a readout, the day of the call or meeting it reports when its
  // sentence gives one ("spoke to X on 14 June", "On 17 June, the Foreign
  // Secretary spoke to X"): what the parties said is dated by it, not by
  // the page (DateStatement). Unknown when none.
  TimeExpression call_time_;
  // Whether ReadTimes found the readout's call day in a paragraph's times
  // (paragraphs.cc: CallTimeOf).
  bool CallTimeOf(const TimeExpression& e, uint32_t para_begin) const;
  // Whether one of the page's first three paragraphs is a session's title
  // with no final stop ("Briefing by Foreign Ministry Spokesperson X,
  // Moscow, ...", "Press Conference by ...", "... Regular Press Conference
  // on ..."), paragraphs.cc.
  bool OpensWithSessionTitle() const;
  // NamedAtNewsConference's answer on whether a statement's attribution
  // names a news conference, by the statement's verb offset.
  mutable absl::flat_hash_map<uint32_t, bool> conference_attribution_;
  // Per token of the current paragraph's window: a verb already used, and
  // inside a quotation.
  std::vector<char> verb_used_, in_quote_;
  // FindReportingVerb's answer for each token of the window, looked up on
  // the first VerbAt of the token (verb_known_ marks the answers held):
  // the rules ask VerbAt of one token many times.
  mutable std::vector<VerbHit> verb_cache_;
  mutable std::vector<char> verb_known_;
  // Statements reported inside the current question.
  std::vector<int> question_reports_;
  std::vector<std::pair<int, int>> turn_labels_;  // paragraph -> actor
  std::vector<uint32_t> turn_label_end_;
  std::vector<char> turn_question_;
};

}  // namespace text_internal
}  // namespace diplograph

#endif  // DIPLOGRAPH_LIB_TEXT_READER_H_
