// Speakers named only by a description whose noun phrase names another
// actor (docs/text.md, step 8, "Descriptions"):
//   "a spokesman for the Ukrainian Foreign Ministry", "the Kremlin's press
//   service", "sources close to the Kremlin"  -> that actor speaks
//   ("description-speaks-for");
//   "an ally of Russian President Vladimir Putin", "an aide to the US
//   president", "a Putin ally"  -> a new unnamed person, affiliated to the
//   person named ("description-person");
//   "Russian state TV", "Chinese state media"  -> a media actor named as
//   written ("description-media").
// A description whose noun phrase names no actor ("a diplomat familiar with
// the talks", "a state news agency") gives no speaker.

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "text/reader.h"

namespace diplograph {
namespace text_internal {
enum class HeadKind : uint8_t {
  kNone,
  kSpeaksFor,  // spokesman, official, source, press service
  kMember,     // aide, adviser: a new person for a person, else speaks for
  kRelation,   // ally, critic, friend: a new person, only for a person
  kMedia,      // TV, media, broadcaster: only after a demonym
};

struct DescriptionHead {
  HeadKind kind = HeadKind::kNone;
  const char* noun = "";  // singular, for the new person's name and role
  const char* prep = "";  // "aide to X", "ally of X"
  int words = 1;          // "press service", "news agency": 2
  bool plural = false;
};

namespace {

struct HeadWord {
  const char* word;
  HeadKind kind;
  const char* noun;
  const char* prep;
  bool plural;
};

// Sorted by word, for a binary search.
constexpr HeadWord kHeads[] = {
    {"adviser", HeadKind::kMember, "adviser", "to", false},
    {"advisers", HeadKind::kMember, "adviser", "to", true},
    {"advisor", HeadKind::kMember, "adviser", "to", false},
    {"advisors", HeadKind::kMember, "adviser", "to", true},
    {"aide", HeadKind::kMember, "aide", "to", false},
    {"aides", HeadKind::kMember, "aide", "to", true},
    {"ally", HeadKind::kRelation, "ally", "of", false},
    {"assistant", HeadKind::kMember, "assistant", "to", false},
    {"associate", HeadKind::kRelation, "associate", "of", false},
    {"broadcaster", HeadKind::kMedia, "broadcaster", "", false},
    {"confidant", HeadKind::kRelation, "confidant", "of", false},
    {"confidante", HeadKind::kRelation, "confidante", "of", false},
    {"critic", HeadKind::kRelation, "critic", "of", false},
    {"friend", HeadKind::kRelation, "friend", "of", false},
    {"lawyer", HeadKind::kRelation, "lawyer", "for", false},
    {"loyalist", HeadKind::kRelation, "loyalist", "of", false},
    {"media", HeadKind::kMedia, "media", "", false},
    {"newspaper", HeadKind::kMedia, "newspaper", "", false},
    {"office", HeadKind::kSpeaksFor, "office", "", false},
    {"official", HeadKind::kSpeaksFor, "official", "", false},
    {"officials", HeadKind::kSpeaksFor, "official", "", true},
    {"opponent", HeadKind::kRelation, "opponent", "of", false},
    {"radio", HeadKind::kMedia, "radio", "", false},
    {"representative", HeadKind::kSpeaksFor, "representative", "", false},
    {"representatives", HeadKind::kSpeaksFor, "representative", "", true},
    {"secretariat", HeadKind::kSpeaksFor, "secretariat", "", false},
    {"source", HeadKind::kSpeaksFor, "source", "", false},
    {"sources", HeadKind::kSpeaksFor, "source", "", true},
    {"spokesman", HeadKind::kSpeaksFor, "spokesman", "", false},
    {"spokespeople", HeadKind::kSpeaksFor, "spokesperson", "", true},
    {"spokesperson", HeadKind::kSpeaksFor, "spokesperson", "", false},
    {"spokeswoman", HeadKind::kSpeaksFor, "spokeswoman", "", false},
    {"supporter", HeadKind::kRelation, "supporter", "of", false},
    {"television", HeadKind::kMedia, "television", "", false},
    {"tv", HeadKind::kMedia, "TV", "", false},
};

const HeadWord* FindHead(absl::string_view lower) {
  // Most words are no head: ruled out by length and first and last byte.
  static const WordFilter filter = [] {
    WordFilter f;
    for (const HeadWord& h : kHeads) f.Add(h.word);
    return f;
  }();
  if (!filter.MayContain(lower)) return nullptr;
  size_t lo = 0, hi = sizeof(kHeads) / sizeof(kHeads[0]);
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    const absl::string_view w = kHeads[mid].word;
    if (w == lower) return &kHeads[mid];
    if (w < lower) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return nullptr;
}

// The last word of an organisation's name ("Ukrainian Foreign Ministry",
// "Philippine Coast Guard").
bool IsOrganizationWord(absl::string_view lower) {
  static const auto* const s = new absl::flat_hash_set<std::string>{
      "ministry",   "office",     "guard",      "council",   "department",
      "service",    "agency",     "commission", "committee", "administration",
      "party",      "embassy",    "army",       "navy",      "government",
      "parliament", "bank",       "forces",     "court",     "secretariat",
      "mission",    "delegation", "presidency", "cabinet",   "command",
      "corps",      "assembly",   "senate",     "congress",  "directorate"};
  return s->contains(lower);
}

// Words of a media description between the demonym and the head
// ("Russian state TV", "Chinese state-run media").
bool IsMediaModifier(absl::string_view lower) {
  return lower == "state" || lower == "state-run" || lower == "state-owned" ||
         lower == "state-controlled" || lower == "official" ||
         lower == "national" || lower == "public" || lower == "government" ||
         lower == "news";
}

}  // namespace

bool IsOrganizationNameEnd(absl::string_view lower) {
  if (IsOrganizationWord(lower)) return true;
  // Companies and other bodies: "Orion Corp", "Halvard Group", "the Trump
  // administration", "the Textile Exporters Federation", "the Port
  // Authority".
  static const auto* const s = new absl::flat_hash_set<std::string>{
      "corp",        "corp.",         "corporation",  "inc",
      "inc.",        "ltd",           "ltd.",         "plc",
      "llc",         "group",         "holdings",     "company",
      "co.",         "consortium",    "airlines",     "industries",
      "motors",      "energy",        "petroleum",    "bloc",
      "alliance",    "union",         "organization", "organisation",
      "association", "institute",     "foundation",   "fund",
      "team",        "campaign",      "consortium",   "forum",
      "palace",      "police",        "force",        "chamber",
      "federation",  "confederation", "board",        "authority",
      "league",      "coalition",     "syndicate"};
  return s->contains(lower);
}

// The head noun whose last word is token t ("press service" ending at
// "service", "news agency" at "agency").
static DescriptionHead HeadFor(absl::string_view lower,
                               absl::string_view before) {
  DescriptionHead h;
  if ((lower == "service" || lower == "office") && before == "press") {
    h.kind = HeadKind::kSpeaksFor;
    h.noun = lower == "service" ? "press service" : "press office";
    h.words = 2;
    return h;
  }
  if (lower == "agency" && before == "news") {
    h.kind = HeadKind::kMedia;
    h.noun = "news agency";
    h.words = 2;
    return h;
  }
  if (const HeadWord* w = FindHead(lower)) {
    h.kind = w->kind;
    h.noun = w->noun;
    h.prep = w->prep;
    h.plural = w->plural;
  }
  return h;
}

bool IsSpeakerDescriptionHead(absl::string_view lower) {
  return FindHead(lower) != nullptr || lower == "agency" ||
         lower == "service" || lower == "office";
}

const Reader::Demonym* Reader::DemonymAt(int t) const {
  auto d = std::lower_bound(
      demonyms_.begin(), demonyms_.end(), tokens_[t].begin,
      [](const Demonym& m, uint32_t b) { return m.begin < b; });
  return d == demonyms_.end() || d->begin != tokens_[t].begin ? nullptr : &*d;
}

int Reader::DemonymStateAt(int t, bool* is_demonym) const {
  const Demonym* d = DemonymAt(t);
  *is_demonym = d != nullptr;
  return d == nullptr ? -1 : ExistingActor(d->known, d->id);
}

std::optional<Subject> Reader::DescribedEndingAt(int t, int floor) const {
  if (t < floor || t < 0 || t >= static_cast<int>(tokens_.size()) ||
      !tokens_[t].word) {
    return std::nullopt;
  }
  if (std::optional<Subject> s = DescribedByObject(t, floor)) return s;
  return DescribedByHead(t, floor);
}

// "HEAD of/to/for OBJECT" with the object ending at token t.
std::optional<Subject> Reader::DescribedByObject(int t, int floor) const {
  Reader* const self = const_cast<Reader*>(this);
  int obj = -1;
  int first = -1;
  bool new_org = false;
  ActorId title_holder{};
  if (mention_end_[t] >= 0) {
    const DocMention& m = mentions_[mention_end_[t]];
    if (m.end < tokens_[t].end || IsPlaceLike(x_.actors[m.actor].kind)) {
      return std::nullopt;
    }
    obj = m.actor;
    first = MentionFirstToken(t, floor);
    // Titles before the name: "Russian President", "Foreign Minister".
    for (int n = 0; n < 4 && first - 1 >= floor && tokens_[first - 1].word &&
                    tokens_[first - 1].capitalised;
         ++n) {
      bool demonym = false;
      DemonymStateAt(first - 1, &demonym);
      if (!demonym && !IsRoleNoun(LowerWord(first - 1)) &&
          LowerWord(first - 1) != "foreign" && mention_end_[first - 1] < 0) {
        break;
      }
      --first;
    }
  } else if (tokens_[t].capitalised) {
    if (!IsOrganizationWord(LowerWord(t))) return std::nullopt;
    first = t;
    while (first - 1 >= floor && t - first < 5 && tokens_[first - 1].word &&
           tokens_[first - 1].capitalised && mention_end_[first - 1] < 0 &&
           !IsFunctionWord(LowerWord(first - 1))) {
      --first;
    }
    if (first == t) return std::nullopt;  // "the Ministry": too weak
    new_org = true;
  } else {
    // "to the US president": the holder of the title on the document date.
    // The words around are tested before the title (a hash lookup) and the
    // registry.
    int the = -1;
    for (int i = t - 1; i >= floor && i >= t - 4 && tokens_[i].word; --i) {
      if (Is(i, "the")) {
        the = i;
        break;
      }
    }
    if (the < 0 ||
        !(Is(the - 1, "of") || Is(the - 1, "to") || Is(the - 1, "for"))) {
      return std::nullopt;
    }
    if (!IsRoleNoun(LowerWord(t)) || !k_.registry_resolver) {
      return std::nullopt;
    }
    const Resolution r = k_.registry_resolver->Resolve(
        Slice(text_, tokens_[the].begin, tokens_[t].end), x_.document_date);
    if (!r.found() || r.ambiguous ||
        r.best().reason != MatchReason::kTitleAtDate) {
      return std::nullopt;
    }
    title_holder = r.best().actor;
    first = the + 1;
  }
  int p = first - 1;
  if (Is(p, "the")) --p;
  if (p <= floor || !(Is(p, "of") || Is(p, "to") || Is(p, "for"))) {
    return std::nullopt;
  }
  int h = p - 1;
  if (Is(p, "to") && Is(h, "close")) --h;  // "sources close to the Kremlin"
  if (h < floor || !tokens_[h].word) return std::nullopt;
  const DescriptionHead head =
      HeadFor(LowerWord(h), h - 1 >= floor ? LowerWord(h - 1) : "");
  if (head.kind == HeadKind::kNone || head.kind == HeadKind::kMedia) {
    return std::nullopt;
  }
  const int hb = h - (head.words - 1);
  // Modifiers and the determiner: "a senior aide", "an ally", "sources".
  int d = hb - 1;
  for (int n = 0;
       n < 3 && d >= floor && tokens_[d].word && !tokens_[d].capitalised &&
       !Is(d, "a") && !Is(d, "an") && !Is(d, "the") &&
       !IsFunctionWord(LowerWord(d)) &&
       !Prepositions().contains(LowerWord(d)) && VerbAt(d).verb == nullptr;
       ++n) {
    --d;
  }
  int start = d + 1;
  // "another aide to X": a second person so described.
  const bool another = d >= floor && Is(d, "another");
  if (d >= floor &&
      (Is(d, "a") || Is(d, "an") || Is(d, "the") || Is(d, "one") || another)) {
    start = d;
  } else if (d >= floor && tokens_[d].word && !Is(d, "and")) {
    // Another word before the phrase ("told an aide ...", "Putin's aide
    // to ..."): not a description that opens a subject.
    if (!(d + 1 == hb && (head.plural || tokens_[hb].capitalised))) {
      return std::nullopt;
    }
  }
  if (AppositionAfterName(start, floor) || !OpensClause(start, floor)) {
    return std::nullopt;
  }
  const uint32_t begin = tokens_[start].begin, end = tokens_[t].end;
  if (new_org) {
    obj = self->NewActor(Slice(text_, tokens_[first].begin, end),
                         ActorKind::kOrganization, "description-object", 0.5f);
    if (obj < 0) return std::nullopt;
    self->NoteMention(obj, tokens_[first].begin, end);
  } else if (title_holder.valid()) {
    obj = self->ActorFor(false, title_holder);
    if (obj < 0) return std::nullopt;
  }
  return DescribedSubject(head, obj, begin, end, start, another);
}

// "[the] POSSESSIVE-OR-NAME [modifiers] HEAD" ("the Kremlin's press
// service", "a Putin ally") and "DEMONYM [state] MEDIA" ("Russian state
// TV"), the head ending at token t.
std::optional<Subject> Reader::DescribedByHead(int t, int floor) const {
  Reader* const self = const_cast<Reader*>(this);
  const DescriptionHead head =
      HeadFor(LowerWord(t), t - 1 >= floor ? LowerWord(t - 1) : "");
  if (head.kind == HeadKind::kNone) return std::nullopt;
  int k = t - head.words;
  if (head.kind == HeadKind::kMedia) {
    while (k >= floor && tokens_[k].word && !tokens_[k].capitalised &&
           IsMediaModifier(LowerWord(k)) && t - k < 5) {
      --k;
    }
    if (k < floor || !tokens_[k].word) return std::nullopt;
    bool demonym = false;
    int state = DemonymStateAt(k, &demonym);
    uint32_t name_begin = tokens_[k].begin;
    if (!demonym) {
      // "Russia's state television"
      const DocMention* m = PossessiveStateAt(k);
      if (m == nullptr) return std::nullopt;
      state = m->actor;
      name_begin = m->begin;
    }
    int start = k;
    if (mention_end_[k] >= 0) start = MentionFirstToken(k, floor);
    if (start - 1 >= floor && (Is(start - 1, "the") || Is(start - 1, "a"))) {
      --start;
    }
    if (!OpensClause(start, floor)) return std::nullopt;
    const uint32_t end = tokens_[t].end;
    const int actor =
        self->NewActor(Slice(text_, name_begin, end), ActorKind::kMediaOutlet,
                       "description-media", 0.5f);
    if (actor < 0) return std::nullopt;
    self->NoteMention(actor, name_begin, end);
    if (state >= 0) {
      self->AddAffiliation(actor, state, "media", name_begin, end,
                           "description-media", 0.5f, /*dated=*/false);
    }
    return MakeSubject(actor, tokens_[start].begin, end, start,
                       "description-media", 0.5f);
  }
  // Modifiers between the name and the head ("a Putin foreign policy
  // aide").
  for (int n = 0;
       n < 3 && k >= floor && tokens_[k].word && !tokens_[k].capitalised &&
       mention_end_[k] < 0 && !IsFunctionWord(LowerWord(k)) &&
       !Prepositions().contains(LowerWord(k)) && VerbAt(k).verb == nullptr;
       ++n) {
    --k;
  }
  if (k < floor || mention_end_[k] < 0) return std::nullopt;
  const DocMention& m = mentions_[mention_end_[k]];
  if (IsPlaceLike(x_.actors[m.actor].kind)) return std::nullopt;
  const bool possessive = m.end < tokens_[k].end;
  int start = MentionFirstToken(k, floor);
  if (start - 1 >= floor &&
      (Is(start - 1, "the") || Is(start - 1, "a") || Is(start - 1, "an"))) {
    --start;
  } else if (!possessive) {
    // A name right before the head with no determiner is a title ("Kremlin
    // spokesman Dmitry Peskov") or the subject itself: not a description.
    return std::nullopt;
  }
  if (start - 1 >= floor && tokens_[start - 1].word &&
      Prepositions().contains(LowerWord(start - 1))) {
    return std::nullopt;  // "with the Kremlin's press service"
  }
  if (AppositionAfterName(start, floor) || !OpensClause(start, floor)) {
    return std::nullopt;
  }
  return DescribedSubject(head, m.actor, tokens_[start].begin, tokens_[t].end,
                          start);
}

// A subject opens its clause: "Putin thanked an ally of Xi and said" is
// Putin's, not the ally's. True when token `start` is the first of the
// window (from `floor`), follows punctuation or a word that opens a clause.
bool Reader::OpensClause(int start, int floor) const {
  if (start - 1 < floor || !tokens_[start - 1].word) return true;
  const absl::string_view w = LowerWord(start - 1);
  return w == "and" || w == "but" || w == "that" || w == "while" ||
         w == "whereas" || w == "although" || w == "when" || w == "because" ||
         w == "meanwhile" || AfterOpeningTimePhrase(start, floor);
}

// "Last week the spokesperson of ... said", "Yesterday the minister
// said", "On Monday the ministry said", "Earlier this month the envoy
// said": a time phrase of one to three words with no comma after it,
// opening its sentence (or clause) right before token `start`.
bool Reader::AfterOpeningTimePhrase(int start, int floor) const {
  static const auto* const units = new absl::flat_hash_set<std::string>{
      "week",      "month",     "year",    "weekend",  "night",
      "morning",   "afternoon", "evening", "monday",   "tuesday",
      "wednesday", "thursday",  "friday",  "saturday", "sunday"};
  auto word = [&](int i) {
    return i >= floor && tokens_[i].word ? LowerWord(i) : absl::string_view();
  };
  auto opens = [&](int k) {
    return k - 1 < floor || !tokens_[k - 1].word || Is(k - 1, "and") ||
           Is(k - 1, "but");
  };
  const absl::string_view a = word(start - 1);
  if ((a == "yesterday" || a == "today" || a == "earlier" || a == "recently" ||
       a == "tonight") &&
      opens(start - 1)) {
    return true;
  }
  if (!units->contains(a)) return false;
  const absl::string_view b = word(start - 2);
  if ((b == "last" || b == "this" || b == "on" || b == "that" ||
       b == "yesterday") &&
      opens(start - 2)) {
    return true;
  }
  const absl::string_view c = word(start - 3);
  return (b == "this" || b == "last") &&
         (c == "earlier" || c == "late" || c == "early") && opens(start - 3);
}

// "Olga Tamm, an ally of X, said": a description starting at token `start`
// set off by a comma right after a name is an apposition to that name,
// which is the subject.
// In a question, the official the question is put to, named before a comma
// ("Minister Berg, NATO's spokesperson said ..."), is addressed, not
// described.
bool Reader::AppositionAfterName(int start, int floor) const {
  if (start - 2 < floor || !IsPunct(start - 1, ',') ||
      mention_end_[start - 2] < 0) {
    return false;
  }
  const int name = mentions_[mention_end_[start - 2]].actor;
  if (question_begin_ != kNoQuestion && name == question_addressee_) {
    return false;
  }
  return !IsPlaceLike(x_.actors[name].kind);
}

// The speaker a description with head `head` of actor `obj` stands for, the
// phrase being [begin, end) from token `token`.
std::optional<Subject> Reader::DescribedSubject(const DescriptionHead& head,
                                                int obj, uint32_t begin,
                                                uint32_t end, int token,
                                                bool another) const {
  if (obj < 0) return std::nullopt;
  const bool person = x_.actors[obj].kind == ActorKind::kPerson;
  if (head.kind == HeadKind::kSpeaksFor ||
      (head.kind == HeadKind::kMember && !person)) {
    return MakeSubject(obj, begin, end, token, "description-speaks-for", 0.45f);
  }
  if (!person || head.plural ||
      (head.kind != HeadKind::kMember && head.kind != HeadKind::kRelation)) {
    return std::nullopt;
  }
  // A new unnamed person: "ally of Vladimir Putin".
  Reader* const self = const_cast<Reader*>(this);
  std::string name =
      absl::StrCat(head.noun, " ", head.prep, " ", x_.actors[obj].name);
  if (another) {
    // "another aide to X" after "an aide to X": the second one ("second
    // aide to X"), the third, ...; two such descriptions are two persons.
    static constexpr const char* kOrdinals[] = {"second", "third", "fourth",
                                                "fifth"};
    if (new_actor_index_.contains(Resolver::Fold(name))) {
      for (const char* ordinal : kOrdinals) {
        std::string next = absl::StrCat(ordinal, " ", name);
        if (!new_actor_index_.contains(Resolver::Fold(next))) {
          name = std::move(next);
          break;
        }
      }
    }
  }
  const int actor =
      self->NewActor(name, ActorKind::kPerson, "description-person", 0.4f);
  if (actor < 0 || actor == obj) return std::nullopt;
  self->x_.actors[actor].mentions.push_back({begin, end});
  if (self->AddAffiliation(actor, obj, head.noun, begin, end,
                           "description-person", 0.4f, /*dated=*/true)) {
    self->titles_[actor].push_back(head.noun);  // "the aide" later
  }
  return MakeSubject(actor, begin, end, token, "description-person", 0.4f);
}

}  // namespace text_internal
}  // namespace diplograph
