// Events from past-tense act verbs in the writer's clauses ("signed",
// "summoned", "held talks"), with their CAMEO code, subject, co-subject and
// date; and declined comments ("The Kremlin declined to comment", CAMEO
// 011), statements with no words.

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "text/reader.h"

namespace diplograph {
namespace text_internal {

namespace {

// Verbs of acts the writer reports ("Japan and the Philippines signed a
// defence agreement", "North Korea fired a missile", "India summoned the
// Chinese ambassador"): each an event with its subject and the actors of
// its clause. Past forms only: the writer's record of what happened.
bool IsEventVerb(absl::string_view word) {
  // Most words are no past form: look no further.
  if (word.size() < 3 || word.size() > 12 ||
      (!absl::EndsWith(word, "ed") && word != "met" && word != "held" &&
       word != "struck" && word != "shot" && word != "spoke" &&
       word != "had")) {
    return false;
  }
  char buffer[12];
  for (size_t i = 0; i < word.size(); ++i) {
    buffer[i] = absl::ascii_tolower(static_cast<unsigned char>(word[i]));
  }
  const absl::string_view lower(buffer, word.size());
  static const auto* const verbs = new absl::flat_hash_set<std::string>{
      "met",       "signed",     "visited",  "summoned", "fired",
      "launched",  "detained",   "seized",   "arrested", "expelled",
      "protested", "sanctioned", "attacked", "invaded",  "deployed",
      "hosted",    "concluded",  "ratified", "recalled", "evacuated",
      "held",      "imposed",    "struck",   "shot",     "captured",
      "spoke",     "had"};
  return verbs->contains(lower);
}

}  // namespace

const TimeExpression* Reader::PastTimeIn(uint32_t begin, uint32_t end,
                                         bool day_only) const {
  for (auto it = std::lower_bound(
           para_times_.begin(), para_times_.end(), begin,
           [](const TimeExpression&x, uint32_t b) { return x.begin < b; });
       it != para_times_.end() && it->begin < end; ++it) {
    const TimeExpression& e = *it;
    if (e.end > end || !e.date.is_known() || e.future || !e.duration.empty() ||
        (day_only && e.date.precision() != DatePrecision::kDay) ||
        (x_.document_date.is_known() && x_.document_date < e.date)) {
      continue;
    }
    return &e;
  }
  return nullptr;
}

// Events: a past-tense act verb outside quotations with an actor subject
// ("X and Y signed ...", "X summoned Y's ambassador", "X held talks with
// Y"). The label is the clause from the subject to the next comma or the
// sentence end; the participants are the subject (and co-subjects) and the
// actors named in the clause; the date is a time expression of the clause
// not after the document date, else unknown.
void Reader::ReadEvents(Range sentence) {
  const int first = TokenAt(sentence.begin);
  const int last = TokenAt(sentence.end);
  for (int t = first; t < last; ++t) {
    if (in_quote_[t] != 0 || !tokens_[t].word || tokens_[t].capitalised ||
        !IsEventVerb(Word(t))) {
      continue;
    }
    // "had" only of a call or talks: "had a telephone conversation with",
    // "had a phone call with", "had talks with".
    if (Is(t, "had") && !(Is(t + 1, "talks") ||
                          (Is(t + 1, "a") &&
                           (Is(t + 2, "call") || Is(t + 2, "conversation") ||
                            ((Is(t + 2, "telephone") || Is(t + 2, "phone") ||
                              Is(t + 2, "video")) &&
                             (Is(t + 3, "call") || Is(t + 3, "conversation") ||
                              Is(t + 3, "talk"))))))) {
      continue;
    }
    // "held" only of talks, a call, a meeting, a summit.
    if (Is(t, "held") &&
        !(Is(t + 1, "talks") || Is(t + 2, "talks") || Is(t + 2, "call") ||
          Is(t + 2, "meeting") || Is(t + 2, "summit") || Is(t + 1, "a"))) {
      continue;
    }
    // "spoke" only of a call or meeting with someone: "spoke to President
    // X", "spoke today with Y", "spoke by phone with Z"; not "spoke to
    // reporters" nor "spoke at the forum".
    if (Is(t, "spoke")) {
      int k = t + 1;
      auto skip_adverb = [&] {
        while (Is(k, "today") || Is(k, "yesterday") || Is(k, "again") ||
               Is(k, "earlier") || Is(k, "separately")) {
          ++k;
        }
      };
      skip_adverb();  // "spoke today with"
      if (Is(k, "by") && (Is(k + 1, "phone") || Is(k + 1, "telephone"))) k += 2;
      skip_adverb();  // "spoke by phone today with"
      if (!(Is(k, "to") || Is(k, "with")) || k + 1 >= last ||
          Is(k + 1, "reporters") || Is(k + 1, "journalists") ||
          Is(k + 1, "media")) {
        continue;
      }
      int m = k + 1;
      while (m < last && m < k + 4 && mention_start_[m] < 0) ++m;
      if (m >= last || mention_start_[m] < 0 ||
          x_.actors[mentions_[mention_start_[m]].actor].kind !=
              ActorKind::kPerson) {
        continue;
      }
    }
    // "was detained": a passive names no acting subject before it.
    if (t > first && (Is(t - 1, "was") || Is(t - 1, "were") ||
                      Is(t - 1, "been") || Is(t - 1, "be"))) {
      continue;
    }
    // The subject right before the verb (auxiliaries skipped), even after
    // a reporting verb ("said India had summoned ..."), else the clause's.
    std::optional<Subject> subject;
    {
      int k = t - 1;
      while (k > first && (Is(k, "had") || Is(k, "has") || Is(k, "have") ||
                           Is(k, "also") || Is(k, "reportedly"))) {
        --k;
      }
      if (k >= first && mention_end_[k] >= 0) {
        const DocMention& m = mentions_[mention_end_[k]];
        int f = k;
        while (f > first && mention_start_[f] != mention_end_[k]) --f;
        if (m.end >= tokens_[k].end) {
          subject = Subject{m.actor, {}, m.begin, m.end, "mention-before-verb",
                            0.9f,    f,  {}};
        }
      }
      if (!subject) subject = SubjectBefore(t, first, 3);
    }
    // A subject that names no actor ("Officials said", the state unknown)
    // acts for no one.
    if (!subject || subject->actor < 0 ||
        x_.actors[subject->actor].kind == ActorKind::kPlace) {
      continue;
    }
    // "Japan and the Philippines signed": both act.
    {
      int f = subject->token - 1;
      if (Is(f, "the")) --f;
      if (f - 1 >= first && Is(f, "and") && mention_end_[f - 1] >= 0) {
        const DocMention& other = mentions_[mention_end_[f - 1]];
        if (other.actor != subject->actor &&
            x_.actors[other.actor].kind == x_.actors[subject->actor].kind) {
          subject->co_speakers.push_back(other.actor);
          subject->begin = other.begin;
        }
      }
    }
    int end = t + 1;
    while (end < last && !IsPunct(end, ',') && !IsPunct(end, ';') &&
           !IsPunct(end, '.') && in_quote_[end] == 0) {
      ++end;
    }
    ExtractedEvent ev;
    ev.span = {subject->begin, tokens_[end - 1].end};
    ev.label = std::string(Slice(text_, ev.span.begin, ev.span.end));
    ev.participants.push_back(subject->actor);
    for (int c : subject->co_speakers) ev.participants.push_back(c);
    auto m = MentionsFrom(tokens_[t].end);
    for (; m != mentions_.end() && m->end <= ev.span.end; ++m) {
      const ActorKind kind = x_.actors[m->actor].kind;
      if (kind == ActorKind::kMediaOutlet) continue;
      if (std::find(ev.participants.begin(), ev.participants.end(), m->actor) ==
          ev.participants.end()) {
        ev.participants.push_back(m->actor);
      }
    }
    // "summoned the Chinese ambassador": a demonym's state (when named in
    // the text) takes part.
    auto d = std::lower_bound(
        demonyms_.begin(), demonyms_.end(), tokens_[t].end,
        [](const Demonym& x, uint32_t b) { return x.begin < b; });
    for (; d != demonyms_.end() && d->end <= ev.span.end; ++d) {
      const int a = ExistingActor(d->known, d->id);
      if (a >= 0 && std::find(ev.participants.begin(), ev.participants.end(),
                              a) == ev.participants.end()) {
        ev.participants.push_back(a);
      }
    }
    if (const TimeExpression* e =
            PastTimeIn(std::max(subject->begin, sentence.begin),
                       std::min(ev.span.end, sentence.end), false)) {
      ev.date = e->date;
    }
    ev.rule = "act-verb-event";
    ev.confidence = Clamp01(subject->confidence * 0.7f);
    if (ev.confidence >= k_.options.min_confidence) {
      x_.events.push_back(std::move(ev));
    }
    t = end;
  }
  ReadTalksAfterSaying(sentence);
}

// "X said on Tuesday after talks in Rome with her Libyan counterpart Y",
// "..., X said following a meeting with Y": the talks of the person who
// speaks and the person "with" names, on the day of the saying (the
// sentence's one past day, else the story's). One event per sentence.
// O(sentence).
void Reader::ReadTalksAfterSaying(Range sentence) {
  const int first = TokenAt(sentence.begin);
  const int last = TokenAt(sentence.end);
  for (int t = first + 1; t + 2 < last; ++t) {
    if (in_quote_[t] != 0 || !(Is(t, "after") || Is(t, "following"))) {
      continue;
    }
    int k = t + 1;
    if (Is(k, "a") || Is(k, "the") || Is(k, "their") || Is(k, "his") ||
        Is(k, "her")) {
      ++k;
    }
    if (!(Is(k, "talks") || Is(k, "meeting") || Is(k, "call") ||
          Is(k, "discussions") || Is(k, "consultations"))) {
      continue;
    }
    // "with" within six words ("talks in Rome with", "talks in the
    // Mauritanian capital with").
    int w = k + 1;
    while (w < last && w <= k + 6 && !Is(w, "with") && !IsPunct(w, ',') &&
           !IsPunct(w, '.')) {
      ++w;
    }
    if (w >= last || !Is(w, "with")) return;
    // The person "with" names, after at most five words of description
    // ("her Libyan counterpart Salem Buzeid").
    int other = -1;
    uint32_t other_end = 0;
    for (int m = w + 1; m < last && m <= w + 6 && other < 0; ++m) {
      if (IsPunct(m, '.') || IsPunct(m, ';')) break;
      if (mention_start_[m] < 0) continue;
      const DocMention& dm = mentions_[mention_start_[m]];
      if (dm.actor >= 0 && x_.actors[dm.actor].kind == ActorKind::kPerson) {
        other = dm.actor;
        other_end = dm.end;
      }
    }
    // The person who speaks: the sentence's person before "after", right
    // before a verb of saying ("X said", "X told reporters").
    const int speaker = LastPersonMentionIn(sentence.begin, tokens_[t].begin);
    if (other < 0 || speaker < 0 || speaker == other) return;
    const absl::string_view before =
        LowerSlice(sentence.begin, tokens_[t].begin);
    if (!(absl::StrContains(before, " said") ||
          absl::StrContains(before, " told ") ||
          absl::StrContains(before, " says"))) {
      return;
    }
    ExtractedEvent ev;
    ev.span = {tokens_[k].begin, other_end};
    ev.label = std::string(Slice(text_, ev.span.begin, ev.span.end));
    ev.participants = {speaker, other};
    if (const TimeExpression* e =
            PastTimeIn(sentence.begin, sentence.end, true)) {
      ev.date = e->date;
    }
    if (!ev.date.is_known() && story_time_.date.is_known() &&
        story_time_.date.precision() == DatePrecision::kDay) {
      ev.date = story_time_.date;
    }
    ev.rule = "talks-after-saying";
    ev.confidence = 0.6f;
    if (ev.confidence >= k_.options.min_confidence) {
      x_.events.push_back(std::move(ev));
    }
    return;
  }
}

// "The Kremlin declined to comment on the case.", "X refused to
// elaborate", "X declined to give details", "Y had no comment": a statement
// with no words (CAMEO 011). What it declined to speak about is its topic;
// an anaphoric topic ("the case", "the matter") is about what the latest
// statement was about.
void Reader::ReadNoComment(Range sentence) {
  const int first = TokenAt(sentence.begin);
  const int last = TokenAt(sentence.end);
  for (int t = first; t + 2 < last; ++t) {
    if (in_quote_[t] != 0 || !tokens_[t].word || tokens_[t].capitalised) {
      continue;
    }
    const char c = text_[tokens_[t].begin];  // declined, refused, had, has
    if (c != 'd' && c != 'r' && c != 'h') continue;
    int object = -1;  // the token after the "comment" word
    if ((Is(t, "declined") || Is(t, "declines") || Is(t, "refused") ||
         Is(t, "refuses")) &&
        Is(t + 1, "to") &&
        (Is(t + 2, "comment") || Is(t + 2, "elaborate") ||
         Is(t + 2, "discuss") || Is(t + 2, "respond") || Is(t + 2, "say") ||
         Is(t + 2, "specify") || Is(t + 2, "disclose"))) {
      object = t + 3;
    } else if ((Is(t, "declined") || Is(t, "declines") || Is(t, "refused") ||
                Is(t, "refuses")) &&
               Is(t + 1, "to") &&
               (Is(t + 2, "give") || Is(t + 2, "provide") ||
                Is(t + 2, "offer")) &&
               Is(t + 3, "details")) {
      // "declined to give details", "refused to provide details".
      object = t + 4;
    } else if ((Is(t, "had") || Is(t, "has")) && Is(t + 1, "no") &&
               (Is(t + 2, "comment") ||
                (Is(t + 2, "immediate") && Is(t + 3, "comment")))) {
      object = Is(t + 2, "comment") ? t + 3 : t + 4;
    }
    if (object < 0) continue;
    std::optional<Subject> s = SubjectBefore(t, first, 0);
    if (!s) continue;
    int e = last;
    // "declined to comment on the talks but said ...": a reporting verb
    // joined by "but" or "and" ends what the refusal was about (", saying
    // he would not ..." stays its reason).
    for (int k = object; k + 1 < e; ++k) {
      if ((Is(k, "but") || Is(k, "and")) && VerbAt(k + 1).verb != nullptr &&
          VerbAt(k + 1).form == VerbForm::kFinite) {
        e = k;
        break;
      }
    }
    while (e - 1 > t && !tokens_[e - 1].word) --e;
    ExtractedStatement st;
    st.speaker = s->actor;
    st.co_speakers = s->co_speakers;
    st.speaker_span = {s->begin, s->end};
    st.speaker_rule = s->rule;
    st.text_span = {tokens_[t].begin, tokens_[e - 1].end};
    st.quote = QuoteKind::kParaphrase;
    st.event_type = {"011", "Decline comment"};
    st.rule = "declined-to-comment";
    st.confidence = Clamp01(s->confidence * 0.8f);
    if (object < e && (Is(object, "on") || Is(object, "about"))) {
      st.topics.push_back(std::string(
          Slice(text_, tokens_[object + 1 < e ? object + 1 : object].begin,
                tokens_[e - 1].end)));
    }
    const bool object_named =
        object < e && (Is(object, "on") || Is(object, "about"));
    if (!object_named || Is(object + 1, "the")) {
      // The anaphoric topic decides, not the words "declined to ...".
      ExtractedStatement topic;
      topic.speaker = st.speaker;
      if (object_named) {
        topic.text_span = {tokens_[object + 1].begin, tokens_[e - 1].end};
        FillAbout(topic);
        InheritAbout(topic);
      } else {
        // "declined to comment further": the topic of the discourse.
        TakeUpAbout(topic);
      }
      st.about = topic.about;
    }
    // Declining is an act of its own: dated by its sentence or not at all,
    // never carried from the speaker's earlier remarks.
    no_carry_ = true;
    Emit(std::move(st), sentence, -1);
    no_carry_ = false;
    t = e;
  }
}

}  // namespace text_internal
}  // namespace diplograph
