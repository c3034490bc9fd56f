// Noun phrases that name a speaker without a plain name: pronouns, role
// nouns ("the spokesperson"), family names alone, a known actor's name,
// descriptions ("a senior Indian official", "Russia's foreign ministry")
// and pairs ("the two leaders").

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "text/reader.h"

namespace diplograph {
namespace text_internal {

std::optional<Subject> Reader::ResolvePronoun(int t) const {
  const absl::string_view w = LowerWord(t);
  Subject s;
  s.begin = tokens_[t].begin;
  s.end = tokens_[t].end;
  s.token = t;
  if (w == "you" && question_begin_ != kNoQuestion) {
    // "you said yesterday that ...": the official the question asks.
    if (question_addressee_ < 0) return std::nullopt;
    s.actor = question_addressee_;
    s.rule = "pronoun-you-in-question";
    s.confidence = 0.7f;
    return s;
  }
  if ((w == "he" || w == "she") && question_begin_ != kNoQuestion) {
    // In a journalist's question, "he" is a person the question names
    // before it, never the official asked (who is "you").
    s.actor = LastPersonMentionIn(question_begin_, tokens_[t].begin);
    if (s.actor >= 0) {
      s.rule = "pronoun-person-in-question";
      s.confidence = 0.7f;
      return s;
    }
    // A name no actor matches, after a title: "Finance Minister Arvo Kask
    // ... and he said".
    const int floor = std::max(0, TokenAt(question_begin_));
    for (int i = t - 1; i >= floor && i >= t - 40; --i) {
      if (!tokens_[i].word || !tokens_[i].capitalised || mention_end_[i] >= 0) {
        continue;
      }
      const int first = CapitalisedRunStart(i, floor, 5);
      int name_first = -1;
      for (int k = i - 1; k >= first; --k) {
        if (IsRoleNoun(LowerWord(k))) {
          name_first = k + 1;
          break;
        }
      }
      if (name_first < 0) {
        i = first;  // not a titled name: look further back
        continue;
      }
      return NewNameSubject(name_first, i, ActorKind::kPerson,
                            "pronoun-person-in-question", 0.5f, 0.6f);
    }
    return std::nullopt;
  }
  if (w == "he" || w == "she") {
    if (last_person_speaker_ < 0) {
      // No one has spoken yet: "Putin met Xi on Monday. He also noted
      // that …" is the person who opens an earlier sentence nearby.
      s.actor = SentenceSubjectPersonBefore(tokens_[t].begin);
      if (s.actor < 0) return std::nullopt;
      s.rule = "pronoun-sentence-subject";
      s.confidence = 0.6f;
      return s;
    }
    s.actor = last_person_speaker_;
    s.rule = "pronoun-nearest-speaker";
    s.confidence = 0.8f;
    return s;
  }
  if (w == "they") {
    // The latest statement of co-speakers ("Norway and Iceland said ...
    // They added ..."), quoted or not.
    if (last_speaker_ < 0 || x_.statements.empty()) return std::nullopt;
    const ExtractedStatement& prev =
        last_quote_statement_ >= 0 &&
                !x_.statements[last_quote_statement_].co_speakers.empty()
            ? x_.statements[last_quote_statement_]
            : x_.statements.back();
    if (prev.co_speakers.empty()) return std::nullopt;
    s.actor = prev.speaker;
    s.co_speakers = prev.co_speakers;
    s.rule = "pronoun-nearest-speakers";
    s.confidence = 0.6f;
    return s;
  }
  return std::nullopt;
}

// The latest mention of a person in [begin, end): at most 64 mentions
// back from `end`.
int Reader::LastPersonMentionIn(uint32_t begin, uint32_t end) const {
  auto it = std::lower_bound(
      mentions_.begin(), mentions_.end(), end,
      [](const DocMention& m, uint32_t b) { return m.begin < b; });
  for (int n = 0; it != mentions_.begin() && n < 64; ++n) {
    --it;
    if (it->begin < begin) break;
    if (it->actor >= 0 && it->end <= end &&
        x_.actors[static_cast<size_t>(it->actor)].kind == ActorKind::kPerson) {
      return it->actor;
    }
  }
  return -1;
}

// The person whose mention opens a sentence (after a full stop, a line
// break or the document's start, past a title of capitalised words), the
// latest one before `end`: at most 64 mentions and 1,500 bytes back.
int Reader::SentenceSubjectPersonBefore(uint32_t end) const {
  auto it = std::lower_bound(
      mentions_.begin(), mentions_.end(), end,
      [](const DocMention& m, uint32_t b) { return m.begin < b; });
  for (int n = 0; it != mentions_.begin() && n < 64; ++n) {
    --it;
    if (end - it->begin > 1500) break;
    if (it->actor < 0 || it->end > end ||
        x_.actors[static_cast<size_t>(it->actor)].kind != ActorKind::kPerson) {
      continue;
    }
    // Back over spaces and up to three capitalised title words.
    size_t i = it->begin;
    for (int words = 0; words <= 3; ++words) {
      while (i > 0 && text_[i - 1] == ' ') --i;
      if (i == 0) return it->actor;
      const char c = text_[i - 1];
      if (c == '.' || c == '\n' || c == '!' || c == '?') return it->actor;
      size_t b = i;
      while (b > 0 &&
             absl::ascii_isalpha(static_cast<unsigned char>(text_[b - 1]))) {
        --b;
      }
      if (b == i ||
          !absl::ascii_isupper(static_cast<unsigned char>(text_[b]))) {
        break;
      }
      i = b;
    }
  }
  return -1;
}

// "the spokesperson", "the Kremlin spokesman", "the Russian president",
// "The Secretary": the nearest earlier speaker or person with that role.
std::optional<Subject> Reader::NominalEndingAt(int t, int floor) const {
  if (!tokens_[t].word) return std::nullopt;
  const absl::string_view head = LowerWord(t);
  if (!IsRoleNoun(head)) return std::nullopt;
  // "congratulated President Wibisono": a title before a name is no
  // nominal of its own.
  if (tokens_[t].capitalised && t + 1 < static_cast<int>(tokens_.size()) &&
      mention_start_[t + 1] >= 0) {
    return std::nullopt;
  }
  int the = -1;
  for (int i = t - 1; i >= std::max(floor, t - 4); --i) {
    if (Is(i, "the")) {
      the = i;
      break;
    }
    if (!tokens_[i].word) return std::nullopt;
    // "The Prime Minister congratulated President": a verb between.
    if (VerbAt(i).verb != nullptr ||
        (!tokens_[i].capitalised && LowerWord(i).size() > 4 &&
         absl::EndsWith(LowerWord(i), "ed"))) {
      return std::nullopt;
    }
  }
  if (the < 0) return std::nullopt;
  Subject s;
  s.begin = tokens_[the].begin;
  s.end = tokens_[t].end;
  s.token = the;
  // The registry may know the holder ("the Russian president" on a date).
  if (k_.registry_resolver) {
    const Resolution& r =
        ResolveOnDocumentDate(Slice(text_, tokens_[the].begin, tokens_[t].end));
    if (r.found() && !r.ambiguous &&
        r.best().reason == MatchReason::kTitleAtDate) {
      // Prefer an actor already named in the document.
      const int actor = ExistingActor(false, r.best().actor);
      if (actor >= 0) {
        s.actor = actor;
        s.rule = "nominal-title-at-date";
        s.confidence = 0.8f;
        return s;
      }
    }
  }
  // "the Turkish leader", "the Russian leader": the head of state or
  // government of the demonym's state, among the persons named lately.
  if (head == "leader" && the + 1 < t) {
    bool is_demonym = false;
    const int state = DemonymStateAt(the + 1, &is_demonym);
    if (is_demonym && state >= 0) {
      const size_t here = static_cast<size_t>(
          std::lower_bound(
              mentions_.begin(), mentions_.end(), tokens_[the].begin,
              [](const DocMention& d, uint32_t o) { return d.begin < o; }) -
          mentions_.begin());
      for (size_t m = here; m-- > 0;) {
        if (here - m > 64) break;
        const int c = mentions_[m].actor;
        if (x_.actors[c].kind != ActorKind::kPerson ||
            !AffiliatedTo(c, state)) {
          continue;
        }
        if (HasRole(c, "president") || HasRole(c, "prime minister") ||
            HasRole(c, "premier") || HasRole(c, "chancellor") ||
            HasRole(c, "leader") || HasRole(c, "king")) {
          s.actor = c;
          s.rule = "nominal-leader-of-state";
          s.confidence = 0.7f;
          return s;
        }
      }
    }
  }
  // The most recent speaker with that role, else the last person speaker.
  const int candidates[2] = {last_person_speaker_, last_speaker_};
  for (int c : candidates) {
    if (c >= 0 && HasRole(c, head)) {
      s.actor = c;
      s.rule = "nominal-role-of-speaker";
      s.confidence = 0.75f;
      return s;
    }
  }
  for (int i = static_cast<int>(x_.statements.size()) - 1;
       i >= 0 && i >= static_cast<int>(x_.statements.size()) - 12; --i) {
    const int c = x_.statements[i].speaker;
    if (HasRole(c, head)) {
      s.actor = c;
      s.rule = "nominal-role-of-speaker";
      s.confidence = 0.7f;
      return s;
    }
  }
  // Mentions earlier in the document with that role.
  for (size_t m = mention_cursor_; m-- > 0;) {
    if (mention_cursor_ - m > 64) break;
    const int c = mentions_[m].actor;
    if (x_.actors[c].kind == ActorKind::kPerson && HasRole(c, head)) {
      s.actor = c;
      s.rule = "nominal-role-of-mention";
      s.confidence = 0.65f;
      return s;
    }
  }
  if (last_person_speaker_ >= 0 &&
      (head == "spokesperson" || head == "spokesman" || head == "spokeswoman" ||
       head == "secretary" || head == "minister")) {
    s.actor = last_person_speaker_;
    s.rule = "nominal-nearest-speaker";
    s.confidence = 0.5f;
    return s;
  }
  return std::nullopt;
}

// A run of capitalised words that names no known actor, right before a
// reporting verb: a person the registry does not know ("Yuri Ushakov").
std::optional<Subject> Reader::NameEndingAt(int t, int floor) const {
  if (!tokens_[t].word || !tokens_[t].capitalised) return std::nullopt;
  int first = t;
  while (first - 1 >= floor && tokens_[first - 1].word &&
         mention_end_[first - 1] < 0 && t - first < 5) {
    // "Ursula von der Leyen", "Jean-Yves Le Drian": a lower-case particle
    // between capitalised words of a name.
    if (!tokens_[first - 1].capitalised) {
      if (!IsNameParticle(LowerWord(first - 1)) || first - 2 < floor ||
          !tokens_[first - 2].word || mention_end_[first - 2] >= 0 ||
          !(tokens_[first - 2].capitalised ||
            IsNameParticle(LowerWord(first - 2)))) {
        break;
      }
    } else if (IsRoleNoun(LowerWord(first - 1))) {
      break;
    }
    --first;
  }
  // Leading titles are not part of the name.
  while (first < t &&
         (IsFunctionWord(LowerWord(first)) || IsRoleNoun(LowerWord(first)))) {
    ++first;
  }
  if (first == t && IsFunctionWord(LowerWord(t))) return std::nullopt;
  if (t - first < 1) {
    // One word is too weak for a name, except an acronym before "reported"
    // or "said" ("ARD reported that ..."): an outlet or organisation.
    const absl::string_view w = Word(t);
    const bool acronym =
        w.size() >= 2 && w.size() <= 6 &&
        std::all_of(w.begin(), w.end(), [](char c) {
          return absl::ascii_isupper(static_cast<unsigned char>(c));
        });
    // A single name set off by ", which" ("Chevron, which holds a stake,
    // declined to comment") or right before "declined": a company or
    // another organisation (a person is named in full before a family name
    // alone).
    const int n = static_cast<int>(tokens_.size());
    const absl::string_view lower = LowerWord(t);
    if (!acronym && first == t && w.size() >= 3 && !absl::EndsWith(w, "s") &&
        !IsFunctionWord(lower) && !IsAnySpeakerHead(lower) &&
        ((t + 2 < n && IsPunct(t + 1, ',') && Is(t + 2, "which")) ||
         (t + 1 < n && Is(t + 1, "declined")))) {
      return NewNameSubject(t, t, ActorKind::kOrganization,
                            "single-name-organisation", 0.4f, 0.45f);
    }
    // "Petrov said" after "Ivan Petrov" was first named before a
    // reporting verb (no title, so no mention of the page's).
    if (!acronym && first == t && tokens_[t].capitalised &&
        !IsFunctionWord(lower)) {
      if (auto it = reading_family_names_.find(w);
          it != reading_family_names_.end()) {
        return MakeSubject(it->second, tokens_[t].begin, tokens_[t].end, t,
                           "family-name-of-new-person", 0.6f);
      }
    }
    if (!acronym || first != t || t + 1 >= n ||
        !(Is(t + 1, "reported") || Is(t + 1, "said") || Is(t + 1, "says"))) {
      return std::nullopt;
    }
    return NewNameSubject(t, t,
                          Is(t + 1, "reported") ? ActorKind::kMediaOutlet
                                                : ActorKind::kOrganization,
                          "acronym-before-verb", 0.5f, 0.5f);
  }
  for (int i = first; i <= t; ++i) {
    if (IsFunctionWord(LowerWord(i)) || EndsPossessive(Word(i))) {
      return std::nullopt;
    }
  }
  // "Orion Corp", "the Foreign Office": a name ending in an organisation's
  // word is an organisation, and a state's possessive before it is part of
  // its name ("Germany's Foreign Office": one per state).
  if (IsOrganizationNameEnd(LowerWord(t))) {
    // "The Chinese Government said": a demonym's state speaks, as for
    // "Chinese officials" (when the text names the state); "the Pakistani
    // Foreign Office" stays an organisation named as written.
    const absl::string_view end_word = LowerWord(t);
    const bool whole_state =
        end_word == "government" || end_word == "administration";
    bool demonym = false;
    int state = DemonymStateAt(first, &demonym);
    if (!demonym) {
      const ActorId id = DemonymWord(tokens_[first]);
      demonym = id.valid();
      if (demonym) state = ExistingActor(false, id);
    }
    if (demonym && whole_state) {
      if (state < 0) return std::nullopt;
      return MakeSubject(state, tokens_[first].begin, tokens_[t].end, first,
                         "description-of-state", 0.45f);
    }
    int name_first = first;
    if (first - 1 >= floor && PossessiveStateAt(first - 1) != nullptr) {
      name_first = MentionFirstToken(first - 1, floor);
    }
    return NewNameSubject(name_first, t, ActorKind::kOrganization,
                          "capitalised-organisation-name", 0.5f, 0.5f);
  }
  return NewNameSubject(first, t, ActorKind::kPerson, "capitalised-name", 0.5f,
                        0.55f);
}

// "Chevron, which holds a stake, declined", "Ivan Petrov, who ..., said":
// a name the registry does not know, ending at token t right before the
// relative clause, that opens its clause.
std::optional<Subject> Reader::NameBeforeRelative(int t, int floor) const {
  if (t < floor || !tokens_[t].word || !tokens_[t].capitalised ||
      mention_end_[t] >= 0) {
    return std::nullopt;
  }
  int first = t;
  while (first - 1 >= floor && t - first < 5 && tokens_[first - 1].word &&
         (tokens_[first - 1].capitalised ||
          IsNameParticle(LowerWord(first - 1))) &&
         mention_end_[first - 1] < 0) {
    --first;
  }
  if (!OpensClause(first, floor)) return std::nullopt;
  return NameEndingAt(t, floor);
}

std::optional<Subject> Reader::NewNameSubject(int first, int last,
                                              ActorKind kind, const char* rule,
                                              float actor_confidence,
                                              float confidence) const {
  const uint32_t begin = tokens_[first].begin, end = tokens_[last].end;
  Reader* const self = const_cast<Reader*>(this);
  const int actor =
      self->NewActor(Slice(text_, begin, end), kind, rule, actor_confidence);
  if (actor < 0) return std::nullopt;
  self->NoteMention(actor, begin, end);
  if (kind == ActorKind::kPerson && last > first) {
    self->reading_family_names_.try_emplace(std::string(Word(last)), actor);
    // "Baek Seung-ho", "Kwon Min-jae": a romanised Korean given name (a
    // hyphen, then lower case) comes after the family name, which then
    // names the person alone ("Baek said").
    const absl::string_view given = Word(last);
    const size_t hyphen = given.find('-');
    if (last == first + 1 && hyphen != absl::string_view::npos &&
        hyphen + 1 < given.size() &&
        absl::ascii_islower(static_cast<unsigned char>(given[hyphen + 1]))) {
      self->reading_family_names_.try_emplace(std::string(Word(first)), actor);
    }
  }
  return MakeSubject(actor, begin, end, first, rule, confidence);
}

bool IsOfficialHead(absl::string_view word) {
  if (word.size() < 4 || word.size() > 12) return false;
  char buffer[12];
  for (size_t i = 0; i < word.size(); ++i) {
    buffer[i] = absl::ascii_tolower(static_cast<unsigned char>(word[i]));
  }
  const absl::string_view lower(buffer, word.size());
  static const auto* const heads = new absl::flat_hash_set<std::string>{
      "official",    "officials",  "diplomat",    "diplomats",    "source",
      "sources",     "ministry",   "government",  "embassy",      "military",
      "army",        "navy",       "authorities", "spokesperson", "spokesman",
      "spokeswoman", "leadership", "cabinet",     "guard",        "envoy"};
  static const WordFilter filter(*heads);
  return filter.MayContain(lower) && heads->contains(lower);
}

// The first token of a description whose demonym or state is token k:
// past up to three lower-case modifiers and a determiner ("a senior
// Russian official" from "Russian").
int Reader::DescriptionStart(int k, int floor) const {
  int first = k;
  for (int n = 0; n < 3 && first - 1 >= floor && tokens_[first - 1].word &&
                  !tokens_[first - 1].capitalised &&
                  !IsFunctionWord(LowerWord(first - 1)) &&
                  VerbAt(first - 1).verb == nullptr;
       ++n) {
    --first;
  }
  if (first - 1 >= floor &&
      (Is(first - 1, "a") || Is(first - 1, "an") || Is(first - 1, "the"))) {
    return first - 1;
  }
  return Is(first, "a") || Is(first, "an") || Is(first, "the") ? first : k;
}

// A speaker named only by a description: "a senior Indian official",
// "Russia's foreign ministry", "Chinese government sources" speak for the
// state the demonym or possessive names (when the text names that state:
// no actor is added for a description alone); "the official" later refers
// to the latest speaker so described. The noun phrase ends at token t.
std::optional<Subject> Reader::DescriptionEndingAt(int t, int floor) const {
  if (t < 0 || t >= static_cast<int>(tokens_.size()) || !tokens_[t].word ||
      tokens_[t].capitalised || !IsOfficialHead(Word(t))) {
    return std::nullopt;
  }
  for (int k = t - 1; k >= floor && k >= t - 6; --k) {
    if (!tokens_[k].word) return std::nullopt;
    // A demonym: "Indian", "Chinese".
    auto d = std::lower_bound(
        demonyms_.begin(), demonyms_.end(), tokens_[k].begin,
        [](const Demonym& m, uint32_t b) { return m.begin < b; });
    int state = -1;
    uint32_t begin = tokens_[k].begin;
    if (d != demonyms_.end() && d->begin == tokens_[k].begin) {
      state = ExistingActor(d->known, d->id);
      if (state < 0) {
        // "Petr Halek, a senior German official, said" with Germany not
        // named: still an apposition to the name.
        const int first = DescriptionStart(k, floor);
        if (first - 2 >= floor && IsPunct(first - 1, ',') &&
            tokens_[first - 2].word && tokens_[first - 2].capitalised &&
            mention_end_[first - 2] < 0) {
          return NameEndingAt(first - 2, floor);
        }
        return std::nullopt;
      }
    } else if (mention_end_[k] >= 0) {
      // A possessive state: "Russia's foreign ministry".
      const DocMention* m = PossessiveStateAt(k);
      if (m == nullptr) return std::nullopt;
      state = m->actor;
      begin = m->begin;
    }
    if (state >= 0) {
      if (x_.actors[state].kind != ActorKind::kState) return std::nullopt;
      int first = k;
      if (first - 1 >= floor &&
          (Is(first - 1, "a") || Is(first - 1, "an") || Is(first - 1, "the"))) {
        --first;
      }
      // "Ivan Petrov, a senior Russian official, said": an apposition to
      // the name before it, which is the subject (a known name is found by
      // the caller past the description).
      const int phrase = DescriptionStart(k, floor);
      if (phrase - 2 >= floor && IsPunct(phrase - 1, ',') &&
          tokens_[phrase - 2].word && tokens_[phrase - 2].capitalised) {
        first = phrase;
        if (mention_end_[first - 2] >= 0) return std::nullopt;
        if (std::optional<Subject> n = NameEndingAt(first - 2, floor)) {
          return n;
        }
      }
      // "Russia's foreign ministry said": the ministry speaks, an
      // organisation named as written (the held-out conventions: the
      // ministry, the state also accepted).
      if (mention_end_[k] >= 0 && begin == mentions_[mention_end_[k]].begin &&
          LowerWord(t) == "ministry" && k < t - 1) {
        Reader* const self = const_cast<Reader*>(this);
        const int ministry = self->NewActor(Slice(text_, begin, tokens_[t].end),
                                            ActorKind::kOrganization,
                                            "description-ministry", 0.45f);
        if (ministry >= 0) {
          self->NoteMention(ministry, begin, tokens_[t].end);
          return MakeSubject(ministry, begin, tokens_[t].end, first,
                             "description-ministry", 0.45f);
        }
      }
      return MakeSubject(state, std::min(begin, tokens_[first].begin),
                         tokens_[t].end, first, "description-of-state", 0.45f);
    }
    if (tokens_[k].capitalised && !Is(k, "the") && !Is(k, "a")) {
      return std::nullopt;
    }
    if (Is(k, "the") && last_description_speaker_ >= 0) {
      // "The official, who ..., said": the latest described speaker.
      return MakeSubject(last_description_speaker_, tokens_[k].begin,
                         tokens_[t].end, k, "description-anaphor", 0.4f);
    }
    if (Is(k, "a") || Is(k, "an") || Is(k, "the")) return std::nullopt;
  }
  return std::nullopt;
}

// "Kazakhstan's energy minister said ...": a title of a state's office
// after the state's possessive. The person the text names later with that
// title ("Energy Minister Nurlan Abenov", among the next 64 mentions)
// speaks (rule "title-of-state-named-later", with an affiliation to the
// state); else the state (rule "description-of-state", confidence 0.45).
std::optional<Subject> Reader::StateTitleEndingAt(int t, int floor) const {
  if (t < 1 || !tokens_[t].word || tokens_[t].capitalised) return std::nullopt;
  const absl::string_view head = LowerWord(t);
  if (head != "minister" && head != "secretary" && head != "president" &&
      head != "premier" && head != "chancellor" && head != "ambassador") {
    return std::nullopt;
  }
  int k = t - 1;
  while (k >= floor && k > t - 4 && tokens_[k].word &&
         !tokens_[k].capitalised && mention_end_[k] < 0) {
    --k;
  }
  if (k < floor) return std::nullopt;
  const DocMention* possessive = PossessiveStateAt(k);
  if (possessive == nullptr) return std::nullopt;
  const DocMention& st = *possessive;
  const int first = MentionFirstToken(k, floor);
  // "Sergei Lavrov, Russia's foreign minister, said": an apposition to the
  // name before it, which is the subject.
  if (AppositionAfterName(first, floor)) return std::nullopt;
  if (first - 2 >= floor && IsPunct(first - 1, ',') &&
      tokens_[first - 2].word && tokens_[first - 2].capitalised &&
      mention_end_[first - 2] < 0) {
    if (std::optional<Subject> n = NameEndingAt(first - 2, floor)) return n;
  }
  // The title's words: "energy minister".
  const absl::string_view title =
      LowerSlice(tokens_[k + 1].begin, tokens_[t].end);
  auto m = std::upper_bound(
      mentions_.begin(), mentions_.end(), tokens_[t].end,
      [](uint32_t o, const DocMention& d) { return o < d.begin; });
  for (int n = 0; m != mentions_.end() && n < 64; ++m, ++n) {
    if (x_.actors[m->actor].kind != ActorKind::kPerson) continue;
    if (m->begin < title.size() + 1) continue;
    const uint32_t b = m->begin - static_cast<uint32_t>(title.size()) - 1;
    if (LowerSlice(b, m->begin - 1) != title || lower_[m->begin - 1] != ' ') {
      continue;
    }
    // "Foreign Minister X of India" holds another state's title.
    const auto next = std::next(m);
    if (next != mentions_.end() && next->begin == m->end + 4 &&
        LowerSlice(m->end, next->begin) == " of " &&
        x_.actors[next->actor].kind == ActorKind::kState &&
        next->actor != st.actor) {
      continue;
    }
    Reader* const self = const_cast<Reader*>(this);
    self->AddAffiliation(m->actor, st.actor, Slice(text_, b, m->begin - 1),
                         st.begin, tokens_[t].end, "title-of-state-named-later",
                         0.6f, /*dated=*/true);
    return MakeSubject(m->actor, st.begin, tokens_[t].end, first,
                       "title-of-state-named-later", 0.6f);
  }
  // The holder of that title on the document date, when the registry knows
  // it and the document names that person ("Russia's foreign minister" after
  // "Sergei Lavrov").
  if (k_.registry_resolver) {
    const Resolution r = k_.registry_resolver->Resolve(
        Slice(text_, st.begin, tokens_[t].end), x_.document_date);
    if (r.found() && !r.ambiguous &&
        r.best().reason == MatchReason::kTitleAtDate) {
      const int holder = ExistingActor(false, r.best().actor);
      if (holder >= 0 && x_.actors[holder].kind == ActorKind::kPerson) {
        return MakeSubject(holder, st.begin, tokens_[t].end, first,
                           "nominal-title-at-date", 0.7f);
      }
    }
  }
  return MakeSubject(st.actor, st.begin, tokens_[t].end, first,
                     "description-of-state", 0.45f);
}

// "the two leaders", "both sides": the last two persons named; in a
// readout also "both officials", "the two ministers" and "They" opening a
// sentence.
// "The Secretary and Foreign Minister underscored", "the President and
// the Prime Minister agreed": two role nominals joined by "and", the first
// with "the"; each is the latest person named with that role, and they
// must be two.
std::optional<Subject> Reader::CoordinatedNominalsEndingAt(int t,
                                                           int floor) const {
  if (!tokens_[t].word || !IsRoleNoun(LowerWord(t))) return std::nullopt;
  int j = -1;
  for (int k = t - 1; k >= floor && k >= t - 3; --k) {
    if (!tokens_[k].word) return std::nullopt;
    if (Is(k, "and")) {
      j = k;
      break;
    }
    if (!tokens_[k].capitalised && !Is(k, "the")) return std::nullopt;
  }
  if (j - 1 < floor) return std::nullopt;
  std::optional<Subject> first = NominalEndingAt(j - 1, floor);
  if (!first || first->actor < 0 ||
      x_.actors[first->actor].kind != ActorKind::kPerson) {
    return std::nullopt;
  }
  const absl::string_view head = LowerWord(t);
  const uint32_t here = tokens_[t].begin;
  size_t m = static_cast<size_t>(
      std::lower_bound(
          mentions_.begin(), mentions_.end(), here,
          [](const DocMention& d, uint32_t o) { return d.begin < o; }) -
      mentions_.begin());
  for (size_t n = 0; m-- > 0 && n < 64; ++n) {
    const int c = mentions_[m].actor;
    if (c == first->actor || x_.actors[c].kind != ActorKind::kPerson ||
        !HasRole(c, head)) {
      continue;
    }
    Subject s = *first;
    s.end = tokens_[t].end;
    s.co_speakers = {c};
    s.rule = "coordinated-nominals";
    s.confidence = 0.6f;
    return s;
  }
  return std::nullopt;
}

int Reader::PairPhraseStart(int t) const {
  const absl::string_view head = LowerWord(t);
  const bool readout = x_.info.genre == Genre::kReadout;
  const bool they = head == "they" && readout && tokens_[t].capitalised;
  if (head != "leaders" && head != "sides" && head != "presidents" &&
      head != "ministers" && !(readout && head == "officials") && !they) {
    return -1;
  }
  int start = t - 1;
  if (they) {
    start = t;
  } else if (Is(start, "two") || Is(start, "both")) {
    if (Is(start - 1, "the")) --start;
  } else if (!(Is(start, "the") && head != "sides")) {
    // "the leaders", "the ministers": the two persons last named too.
    return -1;
  }
  return start;
}

std::optional<Subject> Reader::PairEndingAt(int t) const {
  const int start = PairPhraseStart(t);
  if (start < 0) return std::nullopt;
  const absl::string_view head = LowerWord(t);
  const bool readout = x_.info.genre == Genre::kReadout;
  const bool they = start == t;
  // Persons named before this point, latest first.
  int a = -1, b = -1;
  const uint32_t here = tokens_[t].begin;
  size_t m = static_cast<size_t>(
      std::lower_bound(
          mentions_.begin(), mentions_.end(), here,
          [](const DocMention& d, uint32_t o) { return d.begin < o; }) -
      mentions_.begin());
  // "the leaders", "the presidents", "the ministers": persons who hold such
  // a title (named with it, or by the registry) or whose title the text and
  // the registry do not give; a spokesperson or an aide is not one of "the
  // leaders". "Both sides", a readout's "both officials" and "They": any
  // persons (the parties of the call).
  auto fits = [&](int c) {
    if (head == "sides" || head == "officials" || they) return true;
    const ActorFacts* f = Facts(c);
    if (titles_[c].empty() && (f == nullptr || f->roles.empty())) return true;
    // "Secretary of State", "Foreign Secretary", "Secretary of Foreign
    // Affairs": a secretary is one of "the two Ministers" of a readout.
    if (head == "ministers") {
      return HasRole(c, "minister") || (readout && HasRole(c, "secretary"));
    }
    if (head == "presidents") return HasRole(c, "president");
    return HasRole(c, "president") || HasRole(c, "prime minister") ||
           HasRole(c, "premier") || HasRole(c, "chancellor") ||
           HasRole(c, "leader") || HasRole(c, "king") || HasRole(c, "queen") ||
           HasRole(c, "prince") || HasRole(c, "emir") || HasRole(c, "sultan");
  };
  for (size_t n = 0; m-- > 0 && n < 64; ++n) {
    const int c = mentions_[m].actor;
    if (x_.actors[c].kind != ActorKind::kPerson || !fits(c)) continue;
    if (a < 0) {
      a = c;
    } else if (c != a) {
      b = c;
      break;
    }
  }
  if (a < 0 || b < 0) return std::nullopt;
  // The earlier-named first.
  Subject s = MakeSubject(b, tokens_[start].begin, tokens_[t].end, start,
                          "pair-last-two-persons", 0.6f);
  s.co_speakers = {a};
  return s;
}

}  // namespace text_internal
}  // namespace diplograph
