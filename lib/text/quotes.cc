// Reported speech in a sentence: quotations and their attribution before,
// inside or after the quotation, indirect speech after a reporting verb,
// partial quotations read with their clause, questions and their asker.

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "text/reader.h"

namespace diplograph {
namespace text_internal {

bool Reader::ReadHeadlineAttribution(Range sentence) {
  // The sentence is a whole line, ends with no stop, and is short.
  if (sentence.end <= sentence.begin || sentence.end > text_.size()) {
    return false;
  }
  if (sentence.begin > 0 && text_[sentence.begin - 1] != '\n') return false;
  if (sentence.end < text_.size() && text_[sentence.end] != '\n' &&
      text_[sentence.end] != '\r') {
    return false;
  }
  const char final = text_[sentence.end - 1];
  if (final == '.' || final == '?' || final == '!' || final == ':') {
    return false;
  }
  const int first = TokenAt(sentence.begin);
  const int last = TokenAt(sentence.end);
  if (last - first < 4 || last - first > 40) return false;
  auto person_at = [&](int from, int to) {
    // A person mention covering tokens [from, to) exactly.
    if (mention_start_[from] < 0) return -1;
    const DocMention& m = mentions_[mention_start_[from]];
    if (x_.actors[m.actor].kind != ActorKind::kPerson) return -1;
    if (m.begin != tokens_[from].begin || m.end != tokens_[to - 1].end) {
      return -1;
    }
    return mention_start_[from];
  };
  int mention = -1, words_begin = -1, words_end = -1;
  // "Tamm: the West must ...".
  for (int c = first + 1; c < last && c <= first + 4; ++c) {
    if (!IsPunct(c, ':')) continue;
    mention = person_at(first, c);
    words_begin = c + 1;
    words_end = last;
    break;
  }
  // "Norway will stay in the talks - Tamm" (hyphen, en or em dash).
  if (mention < 0) {
    for (int d = last - 2; d > first + 2 && d >= last - 5; --d) {
      if (tokens_[d].word) continue;
      const absl::string_view w = Word(d);
      if (w != "-" && w != "\xE2\x80\x93" && w != "\xE2\x80\x94") break;
      mention = person_at(d + 1, last);
      words_begin = first;
      words_end = d;
      break;
    }
  }
  if (mention < 0 || words_begin >= words_end) return false;
  // The words, without a pair of quotation marks around them.
  bool quoted = false;
  if (IsQuoteMark(words_begin) && IsQuoteMark(words_end - 1) &&
      words_end - words_begin > 2) {
    ++words_begin;
    --words_end;
    quoted = true;
  }
  if (words_begin >= words_end || !tokens_[words_begin].word) return false;
  const DocMention& m = mentions_[mention];
  ExtractedStatement st;
  st.speaker = m.actor;
  st.speaker_span = {m.begin, m.end};
  st.speaker_rule = "headline-name";
  st.text_span = {tokens_[words_begin].begin, tokens_[words_end - 1].end};
  st.quote = quoted ? QuoteKind::kDirectQuote : QuoteKind::kParaphrase;
  st.rule = "headline-attribution";
  st.confidence = 0.5f;
  Emit(std::move(st), sentence, -1);
  return true;
}

void Reader::ReadReportedSpeech(Range sentence,
                                const std::vector<Quote>& quotes,
                                bool in_question, int asker) {
  const int first = TokenAt(sentence.begin);
  const int last = TokenAt(sentence.end);
  if (!in_question && ReadHeadlineAttribution(sentence)) return;
  auto inside_quote = [&](uint32_t off) {
    const int t = TokenAt(off);
    return t < static_cast<int>(in_quote_.size()) && in_quote_[t] != 0 &&
           tokens_[t].begin == off;
  };
  // A sentence-initial attribution: "According to X, ..." (X speaks the
  // clause, or relays the statements reported in it), "In remarks carried
  // by Z, ..." (Z relays them).
  std::optional<Subject> lead;
  bool lead_relays_only = false;
  int lead_comma = -1;
  {
    int t0 = first;
    while (t0 < last && !tokens_[t0].word && !IsQuoteMark(t0)) ++t0;
    if (Is(t0, "according") && Is(t0 + 1, "to")) {
      // "According to a report by the Financial Times, ...": the source
      // of the report.
      int src = t0 + 2;
      if ((Is(src, "a") || Is(src, "the")) &&
          (Is(src + 1, "report") || Is(src + 1, "statement") ||
           Is(src + 1, "readout") || Is(src + 1, "transcript")) &&
          (Is(src + 2, "by") || Is(src + 2, "in") || Is(src + 2, "from"))) {
        src += 3;
      }
      // "According to him, ...": the person he or she would be.
      if ((Is(src, "him") || Is(src, "her")) && IsPunct(src + 1, ',')) {
        lead = ResolvePronoun(src);
      } else {
        lead = SubjectAt(src, last);
      }
    } else if (Is(t0, "in")) {
      for (int u = t0 + 1; u + 1 < last && u < t0 + 6; ++u) {
        if (!tokens_[u].word) break;
        if ((Is(u, "carried") || Is(u, "reported") || Is(u, "published") ||
             Is(u, "broadcast") || Is(u, "aired") || Is(u, "quoted")) &&
            Is(u + 1, "by")) {
          lead = SubjectAt(u + 2, last);
          lead_relays_only = true;
          break;
        }
      }
    }
    if (lead) {
      for (int u = lead->token; u < last && u < lead->token + 8; ++u) {
        if (IsPunct(u, ',')) {
          lead_comma = u;
          break;
        }
      }
      if (lead_comma < 0) lead.reset();
    }
  }
  // "Reports say that Doha has offered to host talks ...", "There are
  // reports that ...", "According to reports, ...": in a question, what
  // unnamed reports say is the asker's hearsay, no one's statement.
  if (in_question) {
    int t0 = first;
    while (t0 < last && !tokens_[t0].word) ++t0;
    int r = -1;
    if (Is(t0, "reports") || Is(t0, "rumours") || Is(t0, "rumors")) {
      r = t0;
    } else if ((Is(t0, "media") || Is(t0, "some") || Is(t0, "recent") ||
                Is(t0, "press")) &&
               Is(t0 + 1, "reports")) {
      r = t0 + 1;
    }
    if (r >= 0 && (Is(r + 1, "say") || Is(r + 1, "said") ||
                   Is(r + 1, "suggest") || Is(r + 1, "suggested") ||
                   Is(r + 1, "indicate") || Is(r + 1, "claim"))) {
      return;
    }
    if (Is(t0, "there") && (Is(t0 + 1, "are") || Is(t0 + 1, "have")) &&
        (Is(t0 + 2, "reports") ||
         (Is(t0 + 2, "been") && Is(t0 + 3, "reports")))) {
      return;
    }
    if (Is(t0, "according") && Is(t0 + 1, "to") &&
        (Is(t0 + 2, "reports") ||
         (Is(t0 + 2, "media") && Is(t0 + 3, "reports")))) {
      return;
    }
  }
  // Sentence-final attribution of a whole clause: "..., Ushakov said." /
  // "..., according to Reuters."
  int end_attr = -1;  // the comma before it
  std::optional<Subject> end_subject;
  int end_verb = -1;
  // A sentence that opens with a participle phrase ("Speaking at a news
  // conference in Bergen, X said ...", "Asked about the report, the
  // spokesperson said ...", "Responding to a question, ..."): the phrase
  // before the comma is how or when it was said, never the words.
  bool participle_lead = false;
  {
    int t0 = first;
    while (t0 < last && !tokens_[t0].word) ++t0;
    if (t0 + 1 < last && tokens_[t0].capitalised) {
      const absl::string_view w = LowerWord(t0);
      const absl::string_view next = LowerWord(t0 + 1);
      const bool participle = (w.size() > 5 && absl::EndsWith(w, "ing")) ||
                              w == "asked" || w == "pressed" ||
                              w == "questioned";
      participle_lead =
          participle &&
          (next == "at" || next == "to" || next == "on" || next == "about" ||
           next == "with" || next == "in" || next == "after" ||
           next == "before" || next == "from" || next == "by" ||
           next == "the" || next == "a" || next == "an" ||
           next == "reporters" || next == "journalists");
    }
  }
  // "At the start of her trip, X said:": a colon after the verb announces
  // the words that follow it; the phrase before the comma is none of them.
  bool colon_end = false;
  {
    int t = last - 1;
    while (t > first && !tokens_[t].word && !IsPunct(t, ':')) --t;
    colon_end = t > first && IsPunct(t, ':');
  }
  if (!participle_lead && !colon_end) {
    int t = last - 1;
    while (t > first && !tokens_[t].word) --t;
    // ", said Olga Tamm, the Norwegian foreign minister.": an apposition
    // after the attribution's subject ends the attribution there.
    int window = 12;
    // ", Gokhale said in a late-night briefing in New Delhi on Friday.": a
    // verb followed by a preposition's adverbials (where, how and when it
    // was said) ends the sentence; the window for the comma before its
    // subject counts from the verb, not from the sentence's end.
    for (int k = t; k > first && k >= t - 16; --k) {
      if (IsPunct(k, ',') || IsQuoteMark(k) || inside_quote(tokens_[k].begin)) {
        break;
      }
      const VerbHit h = VerbAt(k);
      if (h.verb == nullptr || h.form != VerbForm::kFinite) continue;
      // "told reporters at a news conference ...": past an addressee of
      // at most three words.
      int j = k + 1;
      if (h.verb->takes_addressee) {
        while (j < t && j <= k + 3 && tokens_[j].word &&
               !Prepositions().contains(LowerWord(j))) {
          ++j;
        }
      }
      if (h.verb->reports_speech && j < t && tokens_[j].word &&
          Prepositions().contains(LowerWord(j))) {
        window = 12 + (t - k);
      }
      break;
    }
    int tail_end = last;
    int appositive_commas = 0;  // commas passed for an apposition
    int appositive_comma = -1;  // the comma before the verb
    for (int c = t; c > first && c >= t - window; --c) {
      if (!IsPunct(c, ',')) continue;
      if (inside_quote(tokens_[c].begin)) break;
      // "“The quota will not change”, X said.": a comma after the closing
      // mark of a quotation that opens the sentence; the quotation is the
      // words (read as one, with its speaker), no clause of the sentence.
      if (c - 1 > first && IsQuoteMark(c - 1)) {
        int t0 = first;
        while (t0 < c && !tokens_[t0].word && !IsQuoteMark(t0)) ++t0;
        if (t0 < c - 1 && IsQuoteMark(t0)) break;
      }
      int v = -1;
      if (c == lead_comma) break;  // "According to X, Y said ..."
      // ", as Iceland blamed Norway ...", ", but X said ...": a clause of
      // its own, not an attribution of the clause before the comma.
      if (c + 1 < last &&
          (Is(c + 1, "as") || Is(c + 1, "but") || Is(c + 1, "and") ||
           Is(c + 1, "while") || Is(c + 1, "when") || Is(c + 1, "after") ||
           Is(c + 1, "because") || Is(c + 1, "although") ||
           Is(c + 1, "though") || Is(c + 1, "whereas"))) {
        break;
      }
      // The apposition's own comma (see below): on to the name's.
      if (appositive_commas == 1) {
        if (!AppositionAfter(c, appositive_comma)) break;
        ++appositive_commas;
        continue;
      }
      std::optional<Subject> s = AttributeAfterQuote(c, tail_end, &v);
      if (!s && tail_end == last &&
          (AppositionAfter(c, last) || TitleAppositionAfter(c, last))) {
        window = 16;
        tail_end = c;
        continue;
      }
      // "…, Olga Tamm, a spokesperson for the ministry, said.": past the
      // verb's comma and the apposition's to the comma before the name.
      if (!s && appositive_commas == 0 && c + 1 < last) {
        const VerbHit h = VerbAt(c + 1);
        if (h.verb != nullptr && h.form == VerbForm::kFinite &&
            h.verb->reports_speech && AttributionEndsClause({}, c + 1, last)) {
          appositive_comma = c;
          appositive_commas = 1;
          window = 24;
          continue;
        }
      }
      // ", said Iceland had been informed": a name after the verb that an
      // auxiliary follows is the subject of the verb's that-clause, not an
      // inverted speaker.
      if (s && v >= 0 && v < s->token) {
        int n = s->token;
        while (n < last && tokens_[n].begin < s->end) ++n;
        if (n < last && tokens_[n].word && IsAuxiliary(LowerWord(n))) {
          s.reset();
        }
      }
      // "On Tuesday, X said the talks ...", "In a statement, X said ...":
      // the comma ends a sentence-initial adverbial, and the verb has its
      // words after it; only a verb the sentence ends with (past its
      // subject, a time, a channel or a relay) attributes the clause before
      // the comma.
      if (s && v >= 0 && !Is(v, "according") &&
          !AttributionEndsClause(*s, v, tail_end)) {
        s.reset();
      }
      // "..., a demand Armenia has repeatedly rejected.": a noun with its
      // determiner between the comma and the subject, and a perfect's
      // auxiliary before the verb, make a relative clause of that noun
      // (its object), not an attribution ("..., the state-owned X
      // reported" has none).
      if (s && v >= 0 && s->token > c + 2 &&
          (Is(c + 1, "a") || Is(c + 1, "an") || Is(c + 1, "the")) &&
          tokens_[c + 2].word && !tokens_[c + 2].capitalised &&
          mention_start_[c + 2] < 0) {
        bool perfect = false;
        for (int k = s->token + 1; k < v; ++k) {
          perfect = perfect || Is(k, "has") || Is(k, "have") || Is(k, "had");
        }
        if (perfect) s.reset();
      }
      // "On trade, X thanked Peru for ...", "In Oslo, Y told reporters":
      // a short phrase opened by a preposition, with no verb and no
      // quotation mark, is the sentence's adverbial, not words said.
      if (s && v >= 0 && !Is(v, "according")) {
        int t0 = first;
        while (t0 < c && !tokens_[t0].word && !IsQuoteMark(t0)) ++t0;
        bool adverbial = t0 < c && tokens_[t0].word &&
                         Prepositions().contains(LowerWord(t0));
        int words = 0;
        for (int k = t0; adverbial && k < c; ++k) {
          if (IsQuoteMark(k) || ++words > 6) adverbial = false;
          const VerbHit h = VerbAt(k);
          if (h.verb != nullptr && h.form == VerbForm::kFinite) {
            adverbial = false;
          }
        }
        if (adverbial) s.reset();
      }
      if (s && v >= 0) {
        // ", said Rania Khoury, Foreign Minister of Jordan.": the title.
        if (tail_end < last) NoteTitleApposition(*s, last);
        end_attr = c;
        end_subject = std::move(s);
        end_verb = v;
      }
      break;
    }
  }
  // The participle after a parenthetical attribution (", adding ...").
  int end_participle = -1;
  // A parenthetical attribution in mid-sentence: "X and Y agreed to ...,
  // the Kremlin said, days after ..." / "..., officials said, as ...": the
  // clause before it is what was said; the subordinate clause after it is
  // the writer's. Only a comma pair at most ten tokens apart, with a
  // subordinate clause after the second, is read as one (at most eight
  // commas are tried).
  if (!participle_lead && end_attr < 0) {
    auto subordinate = [&](int k) {
      const absl::string_view w = LowerWord(k);
      return w == "days" || w == "hours" || w == "weeks" || w == "months" ||
             w == "as" || w == "after" || w == "while" || w == "when" ||
             w == "before" || w == "amid" || w == "since" || w == "shortly" ||
             w == "just" || w == "a" || w == "an" || w == "one" ||
             // "..., officials said on Friday, but details remain ...".
             w == "but" || w == "although" || w == "though";
    };
    // ", adding ..." below is read only in a sentence with no quotation (a
    // quoted fragment after the participle has its own rules).
    bool quoted = false;
    for (int k = first; k < last && !quoted; ++k) {
      quoted = in_quote_[k] != 0 || IsQuoteMark(k);
    }
    int tried = 0;
    for (int c = first + 2; c + 3 < last && tried < 8; ++c) {
      if (!IsPunct(c, ',') || inside_quote(tokens_[c].begin)) continue;
      ++tried;
      if (c == lead_comma) continue;
      // The second comma first (cheap), then a reporting verb between.
      int c2 = c + 2;
      while (c2 < last && c2 <= c + 10 && !IsPunct(c2, ',')) ++c2;
      // "..., Y said on Thursday, adding (that) ...": the participle of a
      // reporting verb after the second comma is Y's next clause (read
      // below, after the clause before the attribution).
      const bool adding_after = !quoted && c2 + 2 < last && IsPunct(c2, ',') &&
                                tokens_[c2 + 1].word && [&](int k) {
                                  const VerbHit h = VerbAt(k);
                                  return h.verb != nullptr &&
                                         h.form == VerbForm::kParticiple &&
                                         h.verb->reports_speech &&
                                         absl::EndsWith(LowerWord(k), "ing");
                                }(c2 + 1);
      // "..., Y said on Wednesday after he met ...": a subordinate clause
      // with no comma of its own closes the attribution; between the verb
      // and it only the subject, a time or an adverbial (checked below).
      int bare = -1;
      if (c2 + 1 >= last || !IsPunct(c2, ',')) {
        for (int k = c + 3; k < last && k <= c + 12 && tokens_[k].word; ++k) {
          const absl::string_view w = LowerWord(k);
          if (w == "after" || w == "when" || w == "while" || w == "before" ||
              w == "amid" || w == "following") {
            bare = k;
            break;
          }
        }
        if (bare < 0) continue;
        c2 = bare;
      } else if (!tokens_[c2 + 1].word ||
                 (!subordinate(c2 + 1) && !adding_after)) {
        continue;
      }
      bool verb = false;
      for (int k = c + 1; k < c2 && !verb; ++k) {
        const VerbHit h = VerbAt(k);
        verb = h.verb != nullptr && h.form == VerbForm::kFinite &&
               h.verb->reports_speech;
      }
      if (!verb) continue;
      int v = -1;
      std::optional<Subject> s = AttributeAfterQuote(c, c2, &v);
      if (!s || v < 0 || s->actor < 0) continue;
      if (bare >= 0 || adding_after) {
        // ", Y said on Wednesday after", ", Y told reporters when", ", Y
        // said on Thursday, adding": the verb, or the inverted subject,
        // then only an addressee, a time or an adverb before the
        // subordinate or the participle (the first word past them).
        const int next = bare >= 0 ? bare : c2 + 1;
        int k = v + 1;
        while (k < next && tokens_[k].begin < s->end) ++k;
        const VerbHit vh = VerbAt(v);
        if (k < next && !(bare < 0 && k == c2) &&
            SkipSayingAdverbials(
                k, next + 1, vh.verb != nullptr && vh.verb->takes_addressee) !=
                next) {
          continue;
        }
      }
      end_attr = c;
      end_subject = std::move(s);
      end_verb = v;
      if (adding_after && bare < 0) end_participle = c2 + 1;
      break;
    }
  }
  // A wire headline closed by its source after a dash ("Iran minister
  // expressed 'very clear intent' to return to talks -Ireland", "Talks to
  // resume next week - Norway"): a line with no final stop, a dash, then
  // one to three capitalised words naming a state, person or organisation
  // (not an outlet, which relays) ending the line; what comes before the
  // dash (four words or more) is the source's.
  if (!participle_lead && end_attr < 0 && !in_question) {
    int e = last - 1;
    while (e > first && !tokens_[e].word && !IsQuoteMark(e)) --e;
    const bool stop_after =
        e + 1 < last &&
        (IsPunct(e + 1, '.') || IsPunct(e + 1, '?') || IsPunct(e + 1, '!'));
    int d = e - 1;
    while (d > first && d >= e - 3 && tokens_[d].word &&
           tokens_[d].capitalised) {
      --d;
    }
    const bool dash = d > first + 4 && d < e && !tokens_[d].word &&
                      (IsPunct(d, '-') || Word(d) == "\xE2\x80\x94" ||
                       Word(d) == "\xE2\x80\x93") &&
                      tokens_[d - 1].word &&
                      !LineBreakBetween(tokens_[first].begin, tokens_[e].end);
    // A clause, not a title ("Foreign Ministers' Meeting in Brussels -
    // European Union"): a verb of the lexicon, an auxiliary or "to".
    bool clause = false;
    for (int k = first; dash && !stop_after && k < d && !clause; ++k) {
      clause = tokens_[k].word && !tokens_[k].capitalised &&
               (Is(k, "to") || IsAuxiliary(LowerWord(k)) ||
                VerbAt(k).verb != nullptr);
    }
    // The source is a name the text or the registry knows (an unknown
    // capitalised run there is as likely a desk or a byline).
    if (clause && tokens_[d + 1].capitalised && mention_start_[d + 1] >= 0) {
      std::optional<Subject> s = SubjectAt(d + 1, e + 1);
      if (s && s->actor >= 0 && s->end == tokens_[e].end &&
          x_.actors[s->actor].kind != ActorKind::kMediaOutlet &&
          !IsPlaceLike(x_.actors[s->actor].kind)) {
        s->rule = "headline-dash-source";
        end_attr = d;
        end_subject = std::move(s);
      }
    }
  }
  const size_t statements_before = x_.statements.size();
  // "Putin's comments that he is willing ...": what a possessive speaker's
  // speech noun introduces.
  for (int t = first; t + 2 < last; ++t) {
    if (mention_end_[t] < 0 || in_quote_[t] != 0) continue;
    const DocMention& m = mentions_[mention_end_[t]];
    const ActorKind kind = x_.actors[m.actor].kind;
    if (!EndsPossessive(Word(t)) || m.end >= tokens_[t].end ||
        IsPlaceLike(kind)) {
      continue;
    }
    const absl::string_view noun = LowerWord(t + 1);
    if (noun != "comment" && noun != "comments" && noun != "remark" &&
        noun != "remarks" && noun != "statement" && noun != "claim" &&
        noun != "assertion" && noun != "warning" && noun != "pledge" &&
        noun != "promise") {
      continue;
    }
    if (!Is(t + 2, "that")) continue;
    int e = t + 3;
    while (e < last && !IsPunct(e, ',') && !IsPunct(e, ';') && !Is(e, "and") &&
           !IsQuoteMark(e) && in_quote_[e] == 0) {
      ++e;
    }
    if (e <= t + 3) continue;
    ExtractedStatement st;
    st.speaker = m.actor;
    st.speaker_span = {m.begin, m.end};
    st.speaker_rule = "possessive-speech-noun";
    st.text_span = {tokens_[t + 3].begin, tokens_[e - 1].end};
    st.quote = QuoteKind::kParaphrase;
    st.in_question = in_question;
    st.rule = "possessive-speech-noun-that";
    st.confidence = 0.6f;
    Emit(std::move(st), sentence, -1);
  }
  int prev_verb = -1;
  std::optional<Subject> prev_subject;
  for (int t = first; t < (end_attr >= 0 ? end_attr : last); ++t) {
    if (verb_used_[t] != 0 || in_quote_[t] != 0) continue;
    const VerbHit hit = VerbAt(t);
    if (hit.verb == nullptr) continue;
    // "X quoted Y as saying (that) ...": the participle reports Y's words.
    const bool as_saying = hit.form == VerbForm::kParticiple && Is(t - 1, "as");
    // "X and Y upgraded their ties on Tuesday, pledging to deepen ...": a
    // participle of commitment after the comma of a clause with no
    // reporting verb reports what the clause's subject committed to.
    const bool pledging =
        hit.form == VerbForm::kParticiple && prev_verb < 0 &&
        IsPunct(t - 1, ',') && !in_question &&
        (hit.verb->lemma == "pledge" || hit.verb->lemma == "vow" ||
         hit.verb->lemma == "promise") &&
        x_.statements.size() == statements_before;
    // "..., with X saying (that) ...", "..., with the minister adding that
    // ...": an absolute construction after a comma (or opening the
    // sentence) gives X's words; X is read between "with" and the
    // participle (twelve words at most).
    const int with_at =
        hit.form == VerbForm::kParticiple && !as_saying && !pledging
            ? WithOfAbsolute(t, first)
            : -1;
    // "The Prime Minister concluded the call by noting that …", "opened the
    // meeting by saying …": a participle of a reporting verb after "by",
    // itself after a verb of opening or closing and its object (a
    // determiner and the call, the meeting, the talks, the conversation),
    // reports the words of that verb's subject.
    int closing_verb = -1;
    if (hit.form == VerbForm::kParticiple && t - 4 >= first &&
        Is(t - 1, "by") && absl::EndsWith(LowerWord(t), "ing") &&
        (Is(t - 3, "the") || Is(t - 3, "their") || Is(t - 3, "his") ||
         Is(t - 3, "her") || Is(t - 3, "its")) &&
        (Is(t - 2, "call") || Is(t - 2, "meeting") || Is(t - 2, "talks") ||
         Is(t - 2, "conversation") || Is(t - 2, "discussion") ||
         Is(t - 2, "session")) &&
        (Is(t - 4, "concluded") || Is(t - 4, "ended") || Is(t - 4, "closed") ||
         Is(t - 4, "opened") || Is(t - 4, "began") || Is(t - 4, "started"))) {
      closing_verb = t - 4;
    }
    if (hit.form != VerbForm::kFinite && !as_saying && !pledging &&
        with_at < 0 && closing_verb < 0) {
      continue;
    }
    // "The Commission, which advises Norway and Iceland, welcomed ...",
    // "X, who advises the government, said": a verb in the present of a
    // relative clause says what its subject does, not what it said.
    if (t >= first + 2 && IsPunct(t - 2, ',') &&
        (Is(t - 1, "which") ||
         (Is(t - 1, "who") &&
          (hit.verb->lemma == "advise" || hit.verb->lemma == "brief" ||
           hit.verb->lemma == "represent"))) &&
        absl::EndsWith(LowerWord(t), "s")) {
      continue;
    }
    if (hit.verb->lemma == "quote" || hit.verb->lemma == "cite") {
      // Relays: handled with the subject they introduce; in a question too
      // when "as saying" follows ("RIA quoted Deputy Minister X as saying
      // on Monday that ...": X's statement, relayed), within twelve words.
      if (!in_question) continue;
      bool as_saying_follows = false;
      for (int k = t + 1; k + 1 < last && k <= t + 12; ++k) {
        if (Is(k, "as") && VerbAt(k + 1).verb != nullptr &&
            VerbAt(k + 1).form == VerbForm::kParticiple) {
          as_saying_follows = true;
          break;
        }
      }
      if (as_saying_follows) continue;
    }
    // "X said ... "unacceptable" and urged ...", "X congratulated Y on
    // ... and welcomed ...": a verb right after "and" has no subject of
    // its own; it shares the subject of the clause's earlier reporting
    // verb (not the object named before it).
    int cited_words_begin = -1;  // past ", citing X," after the verb
    int cited_words_end = -1;    // at ", citing X." ending the clause
    // "X wrote that ..., but said he was ready ...": "but" too.
    const bool coordinated =
        t > first && (Is(t - 1, "and") || Is(t - 1, "but") ||
                      (Is(t - 1, "also") && Is(t - 2, "and")));
    std::optional<Subject> s;
    // "X briefed Y on ... and called for ...": after "and", with no earlier
    // reporting verb, the verb shares the clause's first subject when a
    // verb of another kind (a past form, lower case) follows that subject's
    // name, not the object named after it.
    std::optional<Subject> clause_subject;
    if (coordinated && !prev_subject && hit.form == VerbForm::kFinite) {
      std::optional<Subject> head = FirstSubjectIn(first, t);
      if (head && head->actor >= 0 &&
          x_.actors[head->actor].kind != ActorKind::kMediaOutlet) {
        int v = head->token;
        while (v < t && (!tokens_[v].word || tokens_[v].capitalised ||
                         mention_start_[v] >= 0 || mention_end_[v] >= 0)) {
          ++v;
        }
        if (v < t - 2 && v <= head->token + 8 && !tokens_[v].capitalised &&
            absl::EndsWith(LowerWord(v), "ed") && VerbAt(v).verb == nullptr) {
          clause_subject = head;
        }
      }
    }
    if (coordinated && prev_subject) {
      s = prev_subject;
      s->rule = "coordinated-verb-subject";
    } else if (clause_subject) {
      s = clause_subject;
      s->rule = "coordinated-verb-subject";
    } else if (closing_verb >= 0) {
      s = SubjectBefore(closing_verb, first, 0);
      if (!s || s->actor < 0) continue;
    } else if (pledging) {
      // The clause's subject: its first actor, read up to the word after
      // the names ("X and Y upgraded ...") as a verb's subject.
      std::optional<Subject> head = FirstSubjectIn(first, t);
      if (!head || head->actor < 0 ||
          x_.actors[head->actor].kind == ActorKind::kMediaOutlet) {
        continue;
      }
      int v = head->token;
      while (v < t &&
             (!tokens_[v].word || tokens_[v].capitalised ||
              mention_start_[v] >= 0 || mention_end_[v] >= 0 || Is(v, "and"))) {
        ++v;
      }
      if (v >= t || v > head->token + 16) continue;
      for (int k = first; k < v; ++k) {
        if (VerbAt(k).verb != nullptr) v = -1;
      }
      if (v < 0) continue;
      s = SubjectBefore(v, first, 0);
      if (!s) s = head;
    } else if (with_at >= 0) {
      // The subject opens the words after "with" (past a determiner or a
      // title: "with the minister", "with Chilean Foreign Minister X").
      // A name right before the participle is its subject, whatever
      // title comes before it ("with Chilean Foreign Minister X saying").
      if (mention_end_[t - 1] >= 0 &&
          !IsPlaceLike(x_.actors[mentions_[mention_end_[t - 1]].actor].kind) &&
          MentionFirstToken(t - 1, with_at + 1) > with_at) {
        const DocMention& m = mentions_[mention_end_[t - 1]];
        s = MakeSubject(m.actor, m.begin, m.end,
                        MentionFirstToken(t - 1, with_at + 1),
                        "with-participle-subject", 0.7f);
      } else if (IsPunct(t - 1, ',') && mention_start_[with_at + 1] >= 0 &&
                 !IsPlaceLike(
                     x_.actors[mentions_[mention_start_[with_at + 1]].actor]
                         .kind) &&
                 IsPunct(MentionLastToken(with_at + 1, t) + 1, ',')) {
        // "with Jan Nowak, Poland's foreign minister, saying": the name
        // before the apposition.
        const DocMention& m = mentions_[mention_start_[with_at + 1]];
        s = MakeSubject(m.actor, m.begin, m.end, with_at + 1,
                        "with-participle-subject", 0.7f);
      } else {
        s = SubjectBefore(t, with_at + 1, 0);
        // "X welcomed the deal, with the minister adding that ...": a role
        // noun or a pronoun after "with" takes up the subject of the
        // clause's reporting verb.
        if (s && prev_subject && prev_subject->actor >= 0 && s->token >= 0 &&
            mention_start_[s->token] < 0 && !tokens_[s->token].capitalised &&
            x_.actors[prev_subject->actor].kind == ActorKind::kPerson &&
            x_.actors[s->actor].kind == ActorKind::kPerson) {
          s->actor = prev_subject->actor;
          s->rule = "with-participle-clause-subject";
        }
      }
      if (!s || s->actor < 0 || s->token <= with_at || s->token > with_at + 6) {
        continue;
      }
    } else {
      s = SubjectBefore(t, first, 0);
      if (hit.verb->lemma == "report" && !in_question) {
        // "Nordic Wire, citing Olga Tamm, reported that ...": the cited
        // speaker's statement, relayed by the outlet. Otherwise an outlet's
        // report is a relay word, handled with the subject it introduces; a
        // person's "reported that" is a statement.
        std::optional<Subject> cited =
            s ? CitedBetween(s->token, t, *s) : std::nullopt;
        // "Citing X, Nordic Wire reported that ...".
        if (!cited && s && s->token > first && s->token - first <= 12) {
          cited = CitedBetween(first, s->token, *s);
        }
        // "Nordic Wire reported, citing X, that ...", "... reported on
        // Tuesday, citing X, that ...", "... reported that ..., citing X.".
        if (!cited && s && s->actor >= 0) {
          cited = CitedAfter(t, end_attr >= 0 ? end_attr : last, *s,
                             &cited_words_begin, &cited_words_end);
        }
        if (cited) {
          s = std::move(cited);
        } else if (!s || s->actor < 0 ||
                   x_.actors[s->actor].kind != ActorKind::kPerson) {
          continue;
        }
      } else if (s && s->actor >= 0 && !in_question &&
                 hit.form == VerbForm::kFinite) {
        // "X said, citing Y, that ...": the words start past the cited
        // name; an outlet's saying is Y's statement relayed by it (as
        // "reported"), a person's or a body's stays its own.
        int wb = -1, we = -1;
        std::optional<Subject> cited =
            CitedAfter(t, end_attr >= 0 ? end_attr : last, *s, &wb, &we);
        if (cited && wb > t) {
          cited_words_begin = wb;
          if (x_.actors[s->actor].kind == ActorKind::kMediaOutlet) {
            s = std::move(cited);
          }
        }
      }
      // "If X said no, ...", "What X said remains unclear": no report of a
      // saying.
      if (s && s->token > first &&
          (Is(s->token - 1, "if") || Is(s->token - 1, "unless") ||
           Is(s->token - 1, "what") || Is(s->token - 1, "whatever"))) {
        continue;
      }
    }
    if (!s) s = UnresolvedDescriptionBefore(t, first);
    if (!s) continue;
    // A quotation in the same clause after the verb is handled by the quote
    // rules.
    int stop = end_attr >= 0 ? end_attr : last;
    {
      auto q = std::upper_bound(
          quotes.begin(), quotes.end(), tokens_[t].begin,
          [](uint32_t o, const Quote& qq) { return o < qq.open; });
      if (q != quotes.end() && q->open < tokens_[stop - 1].end) {
        stop = TokenAt(q->open);
      }
    }
    // The words stop before an absolute construction of another saying
    // (", with the minister adding that ..."), its own statement.
    // (Looked for up to the next finite reporting verb and at most 200
    // tokens on: one sentence may hold thousands of sayings.)
    int absolute_at = -1;
    // Only where ", with " follows the verb (a memory search, before any
    // look-up of the words).
    bool with_ahead = false;
    if (t + 2 < stop) {
      const uint32_t wb = tokens_[t].end;
      const uint32_t we = tokens_[std::min(stop, t + 200) - 1].end;
      with_ahead = we > wb && LowerSlice(wb, we).find(", with ") !=
                                  absl::string_view::npos;
    }
    for (int u = t + 2;
         with_ahead && u < stop && u < t + 200 && absolute_at < 0; ++u) {
      const VerbHit h2 = VerbAt(u);
      if (h2.verb != nullptr && h2.form == VerbForm::kFinite) break;
      if (h2.verb == nullptr || h2.form != VerbForm::kParticiple) continue;
      for (int k = u - 2; k > t && k >= u - 13; --k) {
        if (!tokens_[k].word) break;
        if (Is(k, "with")) {
          if (IsPunct(k - 1, ',')) absolute_at = k - 1;
          break;
        }
      }
    }
    // The words run to the next reporting verb of the same subject.
    int next_verb = -1;
    for (int u = t + 1; u < stop; ++u) {
      // "... and declined to comment on whether ...": a refusal joined to
      // the words (a statement of its own, read with the events) ends
      // them.
      if ((Is(u - 1, "and") || Is(u - 1, "but")) &&
          (Is(u, "declined") || Is(u, "refused")) && Is(u + 1, "to")) {
        next_verb = u;
        break;
      }
      const VerbHit h2 = VerbAt(u);
      if (h2.verb == nullptr || h2.form != VerbForm::kFinite) continue;
      // "... and emphasized that ...": a coordinated verb of the same
      // subject starts a statement of its own.
      if (Is(u - 1, "and") || (Is(u - 1, "also") && Is(u - 2, "and"))) {
        next_verb = u;
        break;
      }
      std::optional<Subject> s2 = SubjectBefore(u, t + 1, 1);
      if ((s2 && (s2->actor == s->actor) && s2->token <= t) ||
          (!s2 &&
           (Is(u - 1, "and") || Is(u - 1, "but") || IsPunct(u - 1, ',')))) {
        next_verb = u;
        break;
      }
      if (s2 && s2->token > t) {
        // "said Moscow did not and that the Kremlin welcomed ...": a subject
        // after "that" begins a clause of these words, not a new speaker's.
        int k = s2->token;
        while (k > t + 1 && (Is(k - 1, "the") || tokens_[k - 1].capitalised) &&
               !Is(k - 1, "that") && k > s2->token - 4) {
          --k;
        }
        if (Is(k - 1, "that")) continue;
        // Nor is a subject inside a phrase of these words ("how talks
        // between the United States and Ukraine ... pan out"): another
        // speaker's clause follows a comma, a semicolon or a conjunction.
        bool boundary = IsPunct(k - 1, ',') || IsPunct(k - 1, ';');
        for (absl::string_view c :
             {"and", "but", "while", "whereas", "as", "when", "after",
              "because", "although", "though"}) {
          boundary = boundary || Is(k - 1, c);
        }
        if (!boundary) continue;
        // "said that A, director of X, and B described …": the ", and"
        // joins a second subject to the first of these words (a name right
        // after the verb or "that", then its title between commas: no
        // finite verb, no other comma, a role noun or a determiner first,
        // at most twenty words), so B's verb is inside the words.
        {
          int j = k - 1;
          while (j > t + 2 && j >= k - 10 && !IsPunct(j, ',') &&
                 tokens_[j].word &&
                 (tokens_[j].capitalised || Is(j, "and") || Is(j, "the"))) {
            --j;
          }
          int w0 = t + 1;
          if (Is(w0, "that")) ++w0;
          // The first subject: a person the text knows, or two to five
          // capitalised words of a name it does not.
          int c1 = -1;
          if (mention_start_[w0] >= 0) {
            if (x_.actors[mentions_[mention_start_[w0]].actor].kind ==
                ActorKind::kPerson) {
              c1 = MentionLastToken(w0, j) + 1;
            }
          } else {
            int e = w0;
            while (e < j && e < w0 + 5 && tokens_[e].word &&
                   tokens_[e].capitalised && mention_start_[e] < 0) {
              ++e;
            }
            if (e >= w0 + 2) c1 = e;
          }
          bool joined =
              j > w0 && IsPunct(j, ',') && Is(j + 1, "and") && c1 > w0;
          joined = joined && c1 + 1 < j && IsPunct(c1, ',');
          int words = 0;
          for (int i = c1 + 1; joined && i < j; ++i) {
            if (!tokens_[i].word) {
              joined = !IsPunct(i, ',') && !IsPunct(i, ';') && !IsQuoteMark(i);
              continue;
            }
            const VerbHit h = VerbAt(i);
            joined = ++words <= 20 &&
                     !(h.verb != nullptr && h.form == VerbForm::kFinite) &&
                     (words > 1 || IsRoleNoun(LowerWord(i)) || Is(i, "the") ||
                      Is(i, "a") || Is(i, "an") || EndsPossessive(Word(i)));
          }
          if (joined) continue;
        }
        next_verb = s2->token;
        // "..., but a spokesman for X, Y, told ...": the clause of the
        // other subject begins at the conjunction after the comma.
        for (int k = t + 2; k + 1 < next_verb; ++k) {
          if (IsPunct(k, ',') &&
              (Is(k + 1, "but") || Is(k + 1, "while") || Is(k + 1, "whereas") ||
               Is(k + 1, "as") || Is(k + 1, "and") || Is(k + 1, "when") ||
               Is(k + 1, "after") || Is(k + 1, "because"))) {
            next_verb = k;
            break;
          }
        }
        break;
      }
    }
    int words_end = next_verb >= 0 ? next_verb : stop;
    if (absolute_at > t && absolute_at < words_end) words_end = absolute_at;
    if (cited_words_end > t && cited_words_end < words_end) {
      words_end = cited_words_end;
    }
    // "Anna Berg, who said on Wednesday that the talks had stalled, left
    // Bergen.": a relative clause after the sentence's subject ends at the
    // comma before the main clause's verb.
    if (t >= first + 3 && Is(t - 1, "who") && IsPunct(t - 2, ',') &&
        mention_end_[t - 3] >= 0 &&
        MentionFirstToken(t - 3, first) <= first + 1) {
      for (int k = t + 2; k + 1 < words_end; ++k) {
        if (!IsPunct(k, ',') || !tokens_[k + 1].word ||
            tokens_[k + 1].capitalised) {
          continue;
        }
        const absl::string_view w = LowerWord(k + 1);
        const VerbHit h = VerbAt(k + 1);
        if ((h.verb != nullptr && h.form == VerbForm::kFinite) ||
            (w.size() > 4 && absl::EndsWith(w, "ed")) || w == "left" ||
            w == "met" || w == "went" || w == "held" || w == "made" ||
            w == "took" || w == "gave" || w == "came" || w == "flew" ||
            w == "is" || w == "was" || w == "has" || w == "had" ||
            w == "will" || w == "would") {
          words_end = k;
          break;
        }
      }
    }
    while (words_end - 1 > t &&
           (Is(words_end - 1, "and") || Is(words_end - 1, "but") ||
            (!tokens_[words_end - 1].word && !IsQuoteMark(words_end - 1)))) {
      --words_end;
    }
    int words_begin = std::max(t + 1, cited_words_begin);
    int addressee = -1;
    if (hit.verb->takes_addressee && words_begin < words_end &&
        mention_start_[words_begin] >= 0) {
      addressee = mentions_[mention_start_[words_begin]].actor;
      while (words_begin < words_end &&
             mention_end_[words_begin] != mention_start_[t + 1]) {
        ++words_begin;
      }
      ++words_begin;
    } else if (hit.verb->takes_addressee && words_begin < words_end &&
               tokens_[words_begin].word &&
               IsObjectPronoun(LowerWord(words_begin))) {
      // "told him the talks ...": a pronoun addressee.
      ++words_begin;
    }
    // "told lawmakers in Astana that ...", "told Steppe Wire last week
    // that ...": an addressee the registry does not know, and adverbials,
    // before the that-clause (a time there dates the statement).
    if (hit.verb->takes_addressee) {
      // "told the state agency Kabar, which reported that ...": the
      // addressee's report carries the words (a statement of its verb),
      // whether the registry knows the addressee or not.
      bool relayed = false;
      for (int k = words_begin; k + 2 < stop && k <= words_begin + 8; ++k) {
        if (IsPunct(k, ',') && Is(k + 1, "which")) {
          const VerbHit h = VerbAt(k + 2);
          relayed = h.verb != nullptr && h.form == VerbForm::kFinite;
          break;
        }
      }
      if (relayed) continue;
    }
    // "spoke to X on 14 June, to congratulate him on ...", "thanked her
    // for ...": a pronoun object of a verb of praise is the person the
    // sentence named last before the verb (the call's other party), the
    // speaker aside; what was said is about that person.
    if (addressee < 0 && s &&
        (hit.verb->frame == VerbFrame::kObject ||
         hit.verb->frame == VerbFrame::kObjectAddressee) &&
        words_begin < words_end &&
        (Is(words_begin, "him") || Is(words_begin, "her"))) {
      for (int k = t - 1; k >= first && k >= t - 24; --k) {
        if (mention_end_[k] < 0) continue;
        const int a = mentions_[mention_end_[k]].actor;
        if (a != s->actor && x_.actors[a].kind == ActorKind::kPerson) {
          addressee = a;
          break;
        }
      }
    }
    if (hit.verb->takes_addressee && addressee < 0) {
      // "urged the interim government to ensure that ...": a "that" past
      // the addressee's "to" belongs to the infinitive, which is what the
      // speaker urged.
      for (int k = words_begin; k < words_end && k <= words_begin + 8; ++k) {
        if (!tokens_[k].word || VerbAt(k).verb != nullptr || Is(k, "to")) {
          break;
        }
        if (Is(k, "that")) {
          words_begin = k;
          break;
        }
      }
    }
    // Particles of two-word verbs: "spoke of", "pressed for", "ruled out",
    // "made clear", "pointed out".
    // "made it clear that".
    if (hit.verb->lemma == "make clear" && Is(words_begin, "it") &&
        Is(words_begin + 1, "clear")) {
      ++words_begin;
    }
    // "looked forward to the signing": the hope is for what follows "to".
    if (hit.verb->lemma == "look forward" && Is(words_begin, "forward") &&
        Is(words_begin + 1, "to") && words_begin + 2 < words_end) {
      words_begin += 2;
    }
    if (words_begin < words_end &&
        (Is(words_begin, "of") || Is(words_begin, "about") ||
         Is(words_begin, "out") || Is(words_begin, "clear") ||
         ((hit.verb->lemma == "press" || hit.verb->lemma == "call" ||
           hit.verb->lemma == "blame" || hit.verb->lemma == "thank") &&
          (Is(words_begin, "for") || Is(words_begin, "on"))) ||
         (hit.verb->lemma == "object" && Is(words_begin, "to")))) {
      ++words_begin;
    }
    // A time adverbial of the saying between the verb and its that-clause
    // ("said on Tuesday that ...", "said yesterday that ..."): it dates the
    // statement (DateStatement reads it, outside the words), not what was
    // said.
    if (words_begin < words_end) {
      const uint32_t at = tokens_[words_begin].begin;
      auto e = std::lower_bound(
          para_times_.begin(), para_times_.end(), at,
          [](const TimeExpression& x, uint32_t o) { return x.begin < o; });
      if (e != para_times_.end() && e->begin == at) {
        int k = words_begin;
        while (k < words_end && tokens_[k].begin < e->end) ++k;
        if (k < words_end && Is(k, "that")) words_begin = k;
        // Without "that" ("said Wednesday he will ...", "said on Tuesday
        // the report was false"): news English puts the saying's time
        // right after the verb too; not a possessive ("said Thursday's
        // vote ...").
        if (k < words_end && k > words_begin && tokens_[k].word &&
            !EndsPossessive(Word(k - 1))) {
          words_begin = k;
        }
      }
    }
    // A channel adverbial between the verb and its that-clause ("said at a
    // regular press briefing on Thursday that ...", "told Xi in a phone
    // call that ..."): how it was said (FindChannel reads it, outside the
    // words), with any time in it.
    if (words_begin < words_end &&
        (Is(words_begin, "at") || Is(words_begin, "in") ||
         Is(words_begin, "during") || Is(words_begin, "by") ||
         Is(words_begin, "over") || Is(words_begin, "on"))) {
      for (int k = words_begin + 1; k < words_end && k <= words_begin + 16;
           ++k) {
        if (!tokens_[k].word && !IsPunct(k, ',') && !IsPunct(k, '\'')) break;
        // "said in a televised address on Tuesday the talks would ...": a
        // channel, then a time, then the words without "that".
        if (k > words_begin + 1 && tokens_[k].word && !Is(k - 1, "that")) {
          auto e = std::lower_bound(
              para_times_.begin(), para_times_.end(), tokens_[k].begin,
              [](const TimeExpression& x, uint32_t o) { return x.begin < o; });
          if (e != para_times_.end() && e->begin == tokens_[k].begin) {
            int n = k;
            while (n < words_end && tokens_[n].begin < e->end) ++n;
            if (n < words_end && tokens_[n].word && !Is(n, "that") &&
                !Is(n, "to") && !Prepositions().contains(LowerWord(n)) &&
                !ChannelIn(tokens_[words_begin].begin, tokens_[k].begin)
                     .empty()) {
              words_begin = n;
              break;
            }
          }
        }
        // "agreed in a phone call on Wednesday to step up ...".
        const bool infinitive =
            Is(k, "to") &&
            (hit.verb->lemma == "agree" || hit.verb->lemma == "pledge" ||
             hit.verb->lemma == "promise" || hit.verb->lemma == "vow");
        if (!Is(k, "that") && !infinitive) continue;
        // "wrote in a letter to X that", "argued in an op-ed for Y that":
        // a written piece the channel list may not hold.
        const int noun =
            words_begin +
            (Is(words_begin + 1, "a") || Is(words_begin + 1, "an") ||
                     Is(words_begin + 1, "his") || Is(words_begin + 1, "her")
                 ? 2
                 : 1);
        const bool written =
            Is(words_begin, "in") && noun < k && tokens_[noun].word &&
            (Is(noun, "letter") || Is(noun, "op-ed") || Is(noun, "article") ||
             Is(noun, "essay") || Is(noun, "column") || Is(noun, "message") ||
             Is(noun, "note") || Is(noun, "memo"));
        if (written ||
            !ChannelIn(tokens_[words_begin].begin, tokens_[k].begin).empty()) {
          words_begin = k;
        }
        break;
      }
    }
    // An audience ("told reporters", "told a news conference") right after
    // the verb only: "thanked Peru for the conference" thanks it for one.
    words_begin =
        SkipSayingAdverbials(words_begin, words_end,
                             hit.verb->takes_addressee && words_begin == t + 1);
    if (Is(words_begin, "that")) ++words_begin;
    if (words_begin >= words_end) continue;
    // "..., Tamm's ministry said Wednesday.": a time alone after the verb
    // is when, never what, it said.
    {
      auto te = std::lower_bound(
          para_times_.begin(), para_times_.end(), tokens_[words_begin].begin,
          [](const TimeExpression& x, uint32_t o) { return x.begin < o; });
      if (te != para_times_.end() && te->begin == tokens_[words_begin].begin &&
          te->end >= tokens_[words_end - 1].end) {
        continue;
      }
    }
    // A quotation later in the clause carries the words (not when they end
    // before it, at a coordinated verb: "said that ... and warned that
    // "..."").
    const bool quote_follows =
        next_verb < 0 && stop != (end_attr >= 0 ? end_attr : last);
    if (quote_follows) {
      // "said that W was pursuing "A" and called X "B"": the quotation's
      // speaker is still the subject of a verb coordinated after it.
      prev_verb = t;
      prev_subject = s;
      continue;
    }
    // "X welcomed the agreement on Wednesday": a day ending an act's
    // object is when the act was done, no part of what it was done to
    // (the date is then read after the words).
    if (hit.verb->frame == VerbFrame::kObject && words_end - words_begin > 2) {
      auto te = std::lower_bound(
          para_times_.begin(), para_times_.end(), tokens_[words_begin].begin,
          [](const TimeExpression& x, uint32_t o) { return x.begin < o; });
      for (; te != para_times_.end() && te->begin < tokens_[words_end - 1].end;
           ++te) {
        if (te->end != tokens_[words_end - 1].end || te->future ||
            !te->date.is_known() ||
            te->date.precision() != DatePrecision::kDay) {
          continue;
        }
        const int cut = TokenAt(te->begin);
        // Not after a participle or a verb in the object ("the agreement
        // signed on Wednesday", "the deal reached last week": that act's
        // day), nor after a clause's "that" or "to".
        bool verbless = cut > words_begin + 1 && cut < words_end;
        for (int k = words_begin; verbless && k < cut; ++k) {
          if (!tokens_[k].word) continue;
          const absl::string_view w = LowerWord(k);
          verbless = !(w.size() > 3 && absl::EndsWith(w, "ed")) &&
                     w != "that" && w != "to" && w != "made" && w != "held" &&
                     w != "done" && w != "given" && w != "taken" &&
                     w != "won" && w != "struck" && VerbAt(k).verb == nullptr;
        }
        if (verbless) words_end = cut;
        break;
      }
    }
    ExtractedStatement st;
    st.speaker = s->actor;
    st.co_speakers = s->co_speakers;
    st.speaker_span = {s->begin, s->end};
    st.speaker_rule = s->rule;
    st.text_span = {tokens_[words_begin].begin, tokens_[words_end - 1].end};
    st.quote = QuoteKind::kParaphrase;
    st.in_question = in_question;
    // "urged Moscow to ...", "accused Japan of ...": the addressee is what
    // the statement is about, and the verb's stance goes to it.
    if (addressee >= 0 && addressee != s->actor &&
        x_.actors[addressee].kind != ActorKind::kMediaOutlet) {
      st.about.push_back(addressee);
    }
    AddRelayBefore(*s, first);
    st.reported_by = s->relays;
    if (end_subject && end_subject->actor < 0) {
      // ", in remarks carried by Z.", ", reported Z.": relays only.
      for (const ExtractedReport& r : end_subject->relays) {
        if (r.outlet != s->actor) st.reported_by.push_back(r);
      }
    } else if (end_subject && end_subject->actor != s->actor) {
      st.reported_by.push_back({end_subject->actor,
                                ReportKind::kReported,
                                {end_subject->begin, end_subject->end}});
    }
    if (in_question && asker >= 0 && asker != s->actor) {
      st.reported_by.push_back({asker, ReportKind::kReported, {}});
    }
    if (lead && lead->actor != s->actor) {
      st.reported_by.push_back(
          {lead->actor, ReportKind::kReported, {lead->begin, lead->end}});
    }
    st.rule = in_question ? "question-reported-speech" : "reported-speech";
    st.confidence = Clamp01(s->confidence * 0.85f);
    if (prev_verb >= 0 && prev_subject && prev_subject->actor == s->actor) {
      st.rule += "-coordinated";
    }
    // Two verbs of one speaker that reach the same words ("said ... in a
    // statement posted on ... that ..."): one statement.
    if (!x_.statements.empty() && x_.statements.back().speaker == st.speaker &&
        x_.statements.back().text_span.begin == st.text_span.begin) {
      continue;
    }
    // "said that A but that B": a second that-clause of the same verb set
    // against the first is a statement of its own (outside a quotation, in
    // the words' first 64 tokens); "that A and that B" stays one.
    std::optional<ExtractedStatement> second;
    for (int k = words_begin + 3; k + 1 < words_end && k < words_begin + 64;
         ++k) {
      if (!Is(k, "that") || !Is(k - 1, "but") ||
          inside_quote(tokens_[k].begin)) {
        continue;
      }
      int e = k - 1;
      while (e - 1 > words_begin &&
             (IsPunct(e - 1, ',') ||
              (!tokens_[e - 1].word && !IsQuoteMark(e - 1)))) {
        --e;
      }
      second = st;
      second->text_span = {tokens_[k + 1].begin, st.text_span.end};
      second->rule += "-second-that-clause";
      st.text_span.end = tokens_[e - 1].end;
      break;
    }
    const int idx = Emit(std::move(st), sentence, t);
    if (idx >= 0 && in_question) question_reports_.push_back(idx);
    // "Laos and Thailand agreed ..., with Thailand's minister saying ...":
    // words that name no actor are about the actors of the clause the
    // absolute construction hangs on (its mentions before "with").
    if (idx >= 0 && with_at >= 0 && x_.statements[idx].about.empty()) {
      ExtractedStatement& w = x_.statements[idx];
      auto m = MentionsFrom(tokens_[first].begin);
      for (int n = 0;
           m != mentions_.end() && n < 8 && m->end <= tokens_[with_at].begin;
           ++m, ++n) {
        const ActorKind k = x_.actors[m->actor].kind;
        if (m->actor == w.speaker || IsPlaceLike(k) ||
            k == ActorKind::kMediaOutlet ||
            std::find(w.about.begin(), w.about.end(), m->actor) !=
                w.about.end()) {
          continue;
        }
        w.about.push_back(m->actor);
      }
    }
    if (second) {
      const int idx2 = Emit(*std::move(second), sentence, t);
      if (idx2 >= 0 && in_question) question_reports_.push_back(idx2);
    }
    prev_verb = t;
    prev_subject = s;
  }
  if (end_attr < 0 && !in_question) {
    ReadPassiveAgent(sentence, quotes, first, last);
  }
  if (lead) {
    const int clause_end = end_attr >= 0 ? end_attr : last;
    bool any = false;
    // Quotations of the sentence, read before it, are relayed too.
    for (size_t i = x_.statements.size(); i > 0; --i) {
      ExtractedStatement& st = x_.statements[i - 1];
      if (st.text_span.begin < sentence.begin) break;
      any = true;
      if (i - 1 >= statements_before && st.quote != QuoteKind::kDirectQuote) {
        continue;  // relayed above
      }
      if (st.speaker == lead->actor) continue;
      st.reported_by.push_back(
          {lead->actor, ReportKind::kReported, {lead->begin, lead->end}});
    }
    if (!any && !lead_relays_only && lead_comma + 1 < clause_end &&
        end_subject == std::nullopt) {
      int e = clause_end;
      while (e - 1 > lead_comma && !tokens_[e - 1].word &&
             !IsQuoteMark(e - 1)) {
        --e;
      }
      if (e - 1 > lead_comma) {
        ExtractedStatement st;
        st.speaker = lead->actor;
        st.co_speakers = lead->co_speakers;
        st.speaker_span = {lead->begin, lead->end};
        st.speaker_rule = lead->rule;
        st.text_span = {tokens_[lead_comma + 1].begin, tokens_[e - 1].end};
        st.quote = QuoteKind::kParaphrase;
        st.in_question = in_question;
        st.rule = "according-to-then-clause";
        st.confidence = Clamp01(lead->confidence * 0.8f);
        Emit(std::move(st), sentence, -1);
      }
    }
  }
  // "X said A, according to Y." / "X said A, Y reported.": Y relays the
  // statements of the clause (added above) and says nothing of its own.
  bool end_relays_only = end_subject && end_subject->actor < 0 &&
                         end_subject->rule == "quote-reported-by-outlet";
  if (end_subject && !end_relays_only && end_verb >= 0) {
    const VerbHit h = VerbAt(end_verb);
    // "…, the agency said.": an outlet named by its kind after a clause
    // whose own statement was read relays it, as "reported" does.
    const bool relay_word =
        Is(end_verb, "according") ||
        absl::EndsWith(end_subject->rule, "media-anaphor") ||
        (h.verb != nullptr &&
         (h.verb->lemma == "report" || h.verb->lemma == "quote" ||
          h.verb->lemma == "cite"));
    if (relay_word) {
      for (size_t i = x_.statements.size(); i > 0; --i) {
        const ExtractedStatement& st = x_.statements[i - 1];
        if (st.text_span.begin < sentence.begin) break;
        if (st.text_span.end <= tokens_[end_attr].begin) {
          end_relays_only = true;
          break;
        }
      }
    }
  }
  if (end_subject && end_attr > first && !end_relays_only) {
    ExtractedStatement st;
    st.speaker = end_subject->actor;
    st.co_speakers = end_subject->co_speakers;
    st.speaker_span = {end_subject->begin, end_subject->end};
    st.speaker_rule = end_subject->rule;
    st.text_span = {tokens_[first].begin, tokens_[end_attr].begin};
    st.quote = QuoteKind::kParaphrase;
    st.in_question = in_question;
    st.reported_by = end_subject->relays;
    st.rule = "clause-then-attribution";
    st.confidence = Clamp01(end_subject->confidence * 0.8f);
    const Subject speaker = *end_subject;
    Emit(std::move(st), sentence, end_verb);
    // "..., Y said on Thursday, adding (that) B.": B is Y's too.
    if (end_participle >= 0) {
      int b = end_participle + 1;
      if (Is(b, "that")) ++b;
      int e = last;
      while (e - 1 > b && !tokens_[e - 1].word && !IsQuoteMark(e - 1)) --e;
      if (e - 1 > b && !inside_quote(tokens_[b].begin)) {
        ExtractedStatement added;
        added.speaker = speaker.actor;
        added.co_speakers = speaker.co_speakers;
        added.speaker_span = {speaker.begin, speaker.end};
        added.speaker_rule = speaker.rule;
        added.text_span = {tokens_[b].begin, tokens_[e - 1].end};
        added.quote = QuoteKind::kParaphrase;
        added.in_question = in_question;
        added.reported_by = speaker.relays;
        added.rule = "attribution-then-participle";
        added.confidence = Clamp01(speaker.confidence * 0.75f);
        Emit(std::move(added), sentence, end_participle);
      }
    }
  }
}

// "It was announced by X that ...", "The talks were described by X as
// useful", "X's offer was dismissed by Y as a distraction": a reporting
// verb in the passive with its agent after "by". The agent said the
// that-clause (after a dummy "it" only), or gave the description after
// "as": the clause from the sentence's start (a quotation right after "as"
// is the quote). A time after the agent dates the saying. O(tokens of the
// sentence).
void Reader::ReadPassiveAgent(Range sentence, const std::vector<Quote>& quotes,
                              int first, int last) {
  for (int t = first + 1; t + 3 < last; ++t) {
    if (in_quote_[t] != 0 || verb_used_[t] != 0 || !tokens_[t].word ||
        tokens_[t].capitalised || !(Is(t + 1, "by") || Is(t + 1, "that"))) {
      continue;
    }
    const absl::string_view w = Word(t);
    if (w.size() < 5 || !absl::EndsWith(w, "ed")) continue;
    const VerbHit hit = FindReportingVerb(w);
    if (hit.verb == nullptr || hit.form != VerbForm::kFinite ||
        !hit.verb->reports_speech) {
      continue;
    }
    int aux = t - 1;
    if (Is(aux, "also") || Is(aux, "later") || Is(aux, "publicly")) --aux;
    if (aux < first || !(Is(aux, "was") || Is(aux, "were") || Is(aux, "is") ||
                         Is(aux, "are") || Is(aux, "been"))) {
      continue;
    }
    const absl::string_view lemma = hit.verb->lemma;
    const bool as_frame = lemma == "describe" || lemma == "dismiss" ||
                          lemma == "characterize" || lemma == "characterise" ||
                          lemma == "denounce" || lemma == "hail" ||
                          lemma == "praise" || lemma == "criticize" ||
                          lemma == "criticise" || lemma == "condemn";
    // "It was reported by Nordic Wire that ...": an outlet relays, it does
    // not speak (the conventions), and its report names no one who did.
    if (lemma == "report") continue;
    // With "it" and no agent ("It was stressed that ...", "It was agreed
    // that ..."): the text does not say who; a statement with no speaker,
    // as for "a diplomat familiar with the talks said".
    if (Is(t + 1, "that")) {
      const int it = Is(aux, "been") ? aux - 2 : aux - 1;
      if (as_frame || it < first || !Is(it, "it")) continue;
      int e = last;
      auto q = std::upper_bound(
          quotes.begin(), quotes.end(), tokens_[t].begin,
          [](uint32_t o, const Quote& qq) { return o < qq.open; });
      if (q != quotes.end() && q->open < tokens_[last - 1].end) {
        e = TokenAt(q->open);
      }
      while (e - 1 > t + 1 && !tokens_[e - 1].word) --e;
      if (e - 1 <= t + 1) continue;
      ExtractedStatement st;
      st.speaker = -1;
      st.speaker_span = {tokens_[it].begin, tokens_[t].end};
      st.speaker_rule = "description-unresolved";
      st.quote = QuoteKind::kParaphrase;
      st.text_span = {tokens_[t + 2].begin, tokens_[e - 1].end};
      st.rule = "passive-no-agent";
      st.confidence = 0.25f;
      verb_used_[t] = 1;
      Emit(std::move(st), sentence, t);
      continue;
    }
    std::optional<Subject> agent = SubjectAt(t + 2, last);
    if (agent && agent->actor >= 0 &&
        x_.actors[agent->actor].kind == ActorKind::kMediaOutlet) {
      continue;
    }
    if (!agent || agent->actor < 0 ||
        IsPlaceLike(x_.actors[agent->actor].kind) || agent->token != t + 2) {
      // "by the Norwegian foreign minister Olga Tamm": past a title.
      if (!agent || agent->actor < 0 || agent->token > t + 6 ||
          IsPlaceLike(x_.actors[agent->actor].kind)) {
        continue;
      }
    }
    int k = agent->token;
    while (k < last && tokens_[k].begin < agent->end) ++k;
    // "X's office": the office speaks for X.
    if (k + 1 < last && Is(k, "office") && k > 0 &&
        EndsPossessive(Word(k - 1))) {
      ++k;
    }
    // A time of the saying after the agent ("by X on Monday that").
    {
      auto e = std::lower_bound(
          para_times_.begin(), para_times_.end(),
          tokens_[std::min(k, last - 1)].begin,
          [](const TimeExpression& x, uint32_t o) { return x.begin < o; });
      if (k < last && e != para_times_.end() && e->begin == tokens_[k].begin) {
        while (k < last && tokens_[k].begin < e->end) ++k;
      }
    }
    if (k >= last) continue;
    ExtractedStatement st;
    st.speaker = agent->actor;
    st.co_speakers = agent->co_speakers;
    st.speaker_span = {agent->begin, agent->end};
    st.speaker_rule = "passive-agent";
    st.quote = QuoteKind::kParaphrase;
    st.reported_by = agent->relays;
    st.rule = "passive-agent";
    st.confidence = Clamp01(agent->confidence * 0.8f);
    if (Is(k, "that") && !as_frame) {
      // "It was announced by X that": a dummy subject only ("The plan
      // that was announced by X" has none to report).
      const int it = Is(aux, "been") ? aux - 2 : aux - 1;
      if (it < first || !Is(it, "it")) continue;
      int e = last;
      auto q = std::upper_bound(
          quotes.begin(), quotes.end(), tokens_[k].begin,
          [](uint32_t o, const Quote& qq) { return o < qq.open; });
      if (q != quotes.end() && q->open < tokens_[last - 1].end) {
        e = TokenAt(q->open);
      }
      while (e - 1 > k && !tokens_[e - 1].word) --e;
      if (e - 1 <= k) continue;
      st.text_span = {tokens_[k + 1].begin, tokens_[e - 1].end};
    } else if (Is(k, "as") && as_frame) {
      auto q = std::lower_bound(
          quotes.begin(), quotes.end(), tokens_[k].end,
          [](const Quote& qq, uint32_t o) { return qq.open < o; });
      if (k + 1 < last && IsQuoteMark(k + 1) && q != quotes.end() &&
          q->open == tokens_[k + 1].begin && q->closed && !IsFragment(*q)) {
        st.text_span = {q->begin, q->end};
        st.quote = QuoteKind::kDirectQuote;
        st.rule = "passive-agent-quote";
      } else {
        int b = first;
        while (b < t && !tokens_[b].word && !IsQuoteMark(b)) ++b;
        int e = last;
        while (e - 1 > k && !tokens_[e - 1].word && !IsQuoteMark(e - 1)) --e;
        if (e - 1 <= k) continue;
        st.text_span = {tokens_[b].begin, tokens_[e - 1].end};
      }
    } else {
      continue;
    }
    verb_used_[t] = 1;
    Emit(std::move(st), sentence, t);
  }
}

}  // namespace text_internal
}  // namespace diplograph
