// The speaker of a statement: the subject before a reporting verb, the
// subject of an inverted or sentence-initial attribution ("said X",
// "According to X,"), relays ("told reporters", "in remarks carried by"),
// and the first subject of a sentence.

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "text/reader.h"

namespace diplograph {
namespace text_internal {

namespace {

// "met X on Friday and said", "hosted X": a verb of meeting governs the
// name after it, which is then no subject.
bool IsMeetingVerb(absl::string_view lower) {
  return lower == "met" || lower == "meets" || lower == "hosted" ||
         lower == "hosts" || lower == "received" || lower == "receives" ||
         lower == "visited" || lower == "visits" || lower == "phoned";
}

// Nouns of a written statement: "a statement from X", "X's office".
bool IsDocumentNoun(absl::string_view lower) {
  return lower == "statement" || lower == "letter" || lower == "message" ||
         lower == "communique" || lower == "communiqu\xC3\xA9" ||
         lower == "readout" || lower == "release" || lower == "declaration" ||
         lower == "note" || lower == "post";
}

// A document one party or several issue: "the statement", "the joint
// communique", "the readout".
bool IsIssuedDocumentNoun(absl::string_view lower) {
  return lower == "statement" || lower == "communique" ||
         lower == "communiqu\xC3\xA9" || lower == "readout" ||
         lower == "declaration";
}

// "X's office said": a person's office speaks for the person.
bool IsOfficeNoun(absl::string_view lower) {
  return lower == "office" || lower == "statement" || lower == "letter" ||
         lower == "message" || lower == "post";
}

// "the government of X said", "the foreign ministry of X said".
bool IsGoverningBodyNoun(absl::string_view lower) {
  return lower == "government" || lower == "ministry" || lower == "embassy" ||
         lower == "presidency" || lower == "cabinet" || lower == "office" ||
         lower == "mission" || lower == "delegation";
}

// Adverbs of a saying between the verb and its words ("said, however,
// that", "said separately that").
bool IsSayingAdverb(absl::string_view lower) {
  static const auto* const s = new absl::flat_hash_set<absl::string_view>{
      "however",     "also",   "again",   "separately", "later",     "earlier",
      "late",        "early",  "today",   "yesterday",  "tonight",   "too",
      "then",        "once",   "further", "moreover",   "meanwhile", "instead",
      "nonetheless", "though", "still",   "already",    "now"};
  return s->contains(lower) ||
         (lower.size() > 4 && absl::EndsWith(lower, "ly") && lower != "only");
}

// The audience of "told": "told reporters", "told a news conference".
bool IsAudienceNoun(absl::string_view lower) {
  static const auto* const s = new absl::flat_hash_set<absl::string_view>{
      "reporters",   "journalists", "lawmakers",
      "legislators", "parliament",  "parliamentarians",
      "senators",    "delegates",   "students",
      "supporters",  "conference",  "briefing",
      "audience",    "crowd",       "rally",
      "forum",       "gathering",   "meeting",
      "assembly",    "session",     "summit",
      "press",       "media",       "committee",
      "hearing",     "panel",       "diplomats",
      "envoys",      "ministers",   "counterparts",
      "members",     "voters",      "lawmaker",
      "reporter",    "journalist",  "television",
      "tv",          "radio",       "newspaper",
      "broadcaster", "audiences",   "residents",
      "troops",      "soldiers",    "workers",
      "people",      "nation",      "congress",
      "senate"};
  return s->contains(lower);
}

}  // namespace

bool Reader::GovernedMention(int first, int floor) const {
  const int gov = first - 1;
  if (gov < floor || !tokens_[gov].word) return false;
  return Prepositions().contains(LowerWord(gov)) || VerbAt(gov).verb != nullptr;
}

bool Reader::AppositionAfter(int c, int limit) const {
  int words = 0;
  bool opened = false;
  bool relative = false;  // ", who chairs the council."
  for (int i = c + 1; i < limit; ++i) {
    if (!tokens_[i].word) {
      if (IsPunct(i, ',') || IsPunct(i, ';') || IsQuoteMark(i)) return false;
      continue;
    }
    if (words == 0) {
      const absl::string_view w = LowerWord(i);
      relative = w == "who";
      opened = w == "the" || w == "a" || w == "an" || EndsPossessive(Word(i)) ||
               relative;
      if (!opened) return false;
    }
    if (++words > (relative ? 12 : 8)) return false;
    const VerbHit h = VerbAt(i);
    if (!relative && h.verb != nullptr && h.form == VerbForm::kFinite) {
      return false;
    }
  }
  return opened;
}

bool Reader::AttributionEndsClause(const Subject& s, int v, int limit) const {
  uint32_t past = s.end;
  for (const ExtractedReport& r : s.relays) past = std::max(past, r.span.end);
  int k = v + 1;
  while (k < limit && tokens_[k].begin < past) ++k;
  const VerbHit verb = VerbAt(v);
  const bool addressee = verb.verb != nullptr && verb.verb->takes_addressee;
  // "told reporters at a news conference in Reykjavik on Wednesday": an
  // addressee of at most three words, then where and when, may run as long
  // as a verb's adverbials; an addressee then "to" or more words ("told
  // Iceland to withdraw ...") keeps the shorter limit.
  int limit_words = addressee ? 8 : 14;
  if (addressee) {
    int j = k;
    while (j < limit && j <= k + 3 && tokens_[j].word &&
           !Prepositions().contains(LowerWord(j))) {
      ++j;
    }
    if (j > k && j < limit && tokens_[j].word && !Is(j, "to") &&
        Prepositions().contains(LowerWord(j))) {
      limit_words = 14;
    }
  }
  int words = 0;
  for (int i = k; i < limit; ++i) {
    // "..., however, described A and B as “…”": a quotation after the verb
    // is its words.
    if (IsQuoteMark(i)) return false;
    if (!tokens_[i].word) continue;
    if (Is(i, "that")) return false;
    const VerbHit h = VerbAt(i);
    if (h.verb != nullptr && h.form == VerbForm::kFinite) return false;
    if (words++ == 0 && !addressee) {
      const absl::string_view w = LowerWord(i);
      auto e = std::lower_bound(
          para_times_.begin(), para_times_.end(), tokens_[i].begin,
          [](const TimeExpression& x, uint32_t o) { return x.begin < o; });
      const bool time = e != para_times_.end() && e->begin == tokens_[i].begin;
      // ", X said without elaborating.", ", X said when asked about it.",
      // ", X said, referring to ...".
      const bool participle = w.size() > 4 && absl::EndsWith(w, "ing");
      if (!time && !participle && !Prepositions().contains(w) &&
          !IsSayingAdverb(w) && w != "according" && w != "without" &&
          w != "when" && w != "while" && w != "asked") {
        return false;
      }
    }
    if (words > limit_words) return false;
  }
  return true;
}

namespace {

// The subject after "citing" as the speaker an outlet relays; nullopt for
// none, an unnamed one or the outlet itself.
std::optional<Subject> CitedThrough(std::optional<Subject> cited,
                                    const Subject& outlet) {
  if (!cited || cited->actor < 0 || cited->actor == outlet.actor) {
    return std::nullopt;
  }
  cited->relays.push_back(
      {outlet.actor, ReportKind::kReported, {outlet.begin, outlet.end}});
  cited->rule = "outlet-citing-speaker";
  cited->confidence = 0.75f;
  return cited;
}

}  // namespace

std::optional<Subject> Reader::CitedAt(int t, int limit) const {
  // "citing Norway's foreign ministry", "citing Polish officials": a
  // description of a state opening at t, read as a subject would be.
  for (int e = t + 1; e < limit && e <= t + 4 && tokens_[e].word; ++e) {
    if (!IsOfficialHead(Word(e))) continue;
    std::optional<Subject> d = DescriptionEndingAt(e, t);
    if (d && d->actor >= 0 && d->token == t) return d;
    break;
  }
  return SubjectAt(t, limit);
}

std::optional<Subject> Reader::CitedBetween(int from, int to,
                                            const Subject& outlet) const {
  for (int k = from; k + 1 < to && k < from + 12; ++k) {
    if (Is(k, "citing")) return CitedThrough(CitedAt(k + 1, to), outlet);
  }
  return std::nullopt;
}

std::optional<Subject> Reader::CitedAfter(int verb, int limit,
                                          const Subject& outlet,
                                          int* words_begin,
                                          int* words_end) const {
  // ", citing X," within eight tokens after the verb (past a time), or ",
  // citing X" ending the clause.
  for (int k = verb + 1; k + 1 < limit; ++k) {
    if (k > verb + 8 && k + 8 < limit) {
      k = limit - 8;  // only the clause's last tokens are tried past here
    }
    if (!Is(k, "citing") || !IsPunct(k - 1, ',')) continue;
    std::optional<Subject> cited = CitedThrough(CitedAt(k + 1, limit), outlet);
    if (!cited) return std::nullopt;
    int after = k + 1;
    while (after < limit && tokens_[after].begin < cited->end) ++after;
    if (k <= verb + 8 && after < limit && IsPunct(after, ',')) {
      *words_begin = after + 1;
    } else if (after >= limit ||
               (!tokens_[after].word && !IsPunct(after, ','))) {
      *words_end = k - 1;
    } else {
      return std::nullopt;
    }
    return cited;
  }
  return std::nullopt;
}

int Reader::SkipSayingAdverbials(int b, int e, bool addressee) const {
  int k = b;
  if (addressee && k < e) {
    // "told reporters", "told a regular news conference in Bergen".
    int i = k;
    if (Is(i, "a") || Is(i, "an") || Is(i, "the")) ++i;
    int head = -1;
    for (int j = i; j < e && j <= i + 3 && tokens_[j].word; ++j) {
      if (mention_start_[j] >= 0 || VerbAt(j).verb != nullptr) break;
      if (IsAudienceNoun(LowerWord(j))) head = j;
    }
    if (head >= 0) {
      k = head + 1;
      if (Is(k, "in") || Is(k, "at")) {
        int j = k + 1;
        while (j < e && tokens_[j].word && tokens_[j].capitalised) ++j;
        if (j > k + 1) k = j;
      }
    }
  }
  // Adverbs, commas and time expressions.
  int j = k;
  for (int n = 0; j < e && n < 8; ++n) {
    if (IsPunct(j, ',')) {
      ++j;
      continue;
    }
    if (!tokens_[j].word || EndsPossessive(Word(j))) break;
    int at = Is(j, "on") && j + 1 < e ? j + 1 : j;
    auto te = std::lower_bound(
        para_times_.begin(), para_times_.end(), tokens_[j].begin,
        [](const TimeExpression& x, uint32_t o) { return x.begin < o; });
    // The time may hold its "on" ("on Monday") or start after it.
    if (te != para_times_.end() && te->begin == tokens_[j].begin) {
      at = j;
    } else {
      te = std::lower_bound(
          para_times_.begin(), para_times_.end(), tokens_[at].begin,
          [](const TimeExpression& x, uint32_t o) { return x.begin < o; });
    }
    if (te != para_times_.end() && te->begin == tokens_[at].begin) {
      int after = at;
      while (after < e && tokens_[after].begin < te->end) ++after;
      if (after < e && EndsPossessive(Word(after - 1))) break;
      j = after;
      continue;
    }
    if (IsSayingAdverb(LowerWord(j))) {
      ++j;
      continue;
    }
    break;
  }
  if (j < e && Is(j, "that")) return j;
  // A prepositional phrase before the that-clause: "wrote on X that",
  // "said in a post on Telegram that", "said to reporters that", "as
  // saying after the meeting that".
  if (j < e && tokens_[j].word) {
    const absl::string_view w = LowerWord(j);
    if (w == "on" || w == "in" || w == "at" || w == "during" || w == "over" ||
        w == "via" || w == "through" || w == "by" || w == "from" || w == "to" ||
        w == "for" || w == "with" || w == "before" || w == "after") {
      // "said to reporters that", "said to Iceland that"; but "urged X to
      // work with partners that ..." is an infinitive.
      const bool to_audience =
          w != "to" ||
          (j + 1 < e && tokens_[j + 1].word &&
           (mention_start_[j + 1] >= 0 || IsAudienceNoun(LowerWord(j + 1))));
      for (int i = j + 1; to_audience && i < e && i <= j + 16; ++i) {
        if (!tokens_[i].word) {
          if (IsPunct(i, ',') || IsPunct(i, '-')) continue;
          break;
        }
        // "during a visit to Iceland on Monday that": "to" before a name
        // or a determiner is a preposition; before a verb, an infinitive.
        if (Is(i, "to") && i + 1 < e && tokens_[i + 1].word &&
            (mention_start_[i + 1] >= 0 || tokens_[i + 1].capitalised ||
             Is(i + 1, "the") || Is(i + 1, "a") || Is(i + 1, "an"))) {
          continue;
        }
        if (Is(i, "to") || Is(i, "and") || Is(i, "which") || Is(i, "who")) {
          break;
        }
        if (Is(i, "that")) {
          // "in the report that was published": a relative "that".
          if (i + 1 < e && tokens_[i + 1].word &&
              (IsAuxiliary(LowerWord(i + 1)) ||
               VerbAt(i + 1).verb != nullptr)) {
            break;
          }
          return i;
        }
        if (VerbAt(i).verb != nullptr) break;
      }
    }
  }
  // Bare adverbials, then the words: "said Thursday the talks ...".
  if (j > k && j < e && tokens_[j].word) return j;
  return k;
}

// ", Foreign Minister of Sweden,", ", Poland's ambassador to Ukraine,", ",
// head of the agency,": words between the commas c and `end` that give a
// title (a role noun among their first five words) and hold no finite verb
// and no other clause.
bool Reader::TitleAppositionAfter(int c, int end) const {
  int words = 0;
  bool role = false;
  for (int i = c + 1; i < end; ++i) {
    if (!tokens_[i].word) {
      if (IsPunct(i, ',') || IsPunct(i, ';') || IsQuoteMark(i)) return false;
      continue;
    }
    if (++words > 12) return false;
    const absl::string_view w = LowerWord(i);
    if (words == 1 && (w == "who" || w == "which" || w == "that")) {
      return false;
    }
    if (words <= 5 && IsRoleNoun(w)) role = true;
    if (mention_start_[i] >= 0 &&
        x_.actors[mentions_[mention_start_[i]].actor].kind ==
            ActorKind::kPerson) {
      return false;
    }
    const VerbHit h = VerbAt(i);
    if (h.verb != nullptr && h.form == VerbForm::kFinite) return false;
  }
  return role;
}

// "Lars Ekdahl, Foreign Minister of Sweden, said": the title in apposition
// after the person who speaks is one of its titles, and an affiliation
// with the state it names (a mention or a demonym).
void Reader::NoteTitleApposition(const Subject& s, int comma2) const {
  if (s.actor < 0 || x_.actors[s.actor].kind != ActorKind::kPerson) return;
  const int c = TokenAt(s.end);
  if (c < 0 || c >= comma2 || !(IsPunct(c, ',') || IsPunct(c, '(')) ||
      !TitleAppositionAfter(c, comma2)) {
    return;
  }
  Reader* const self = const_cast<Reader*>(this);
  int state = -1;
  int role_first = -1, role_last = -1;
  for (int i = c + 1; i < comma2; ++i) {
    if (!tokens_[i].word) continue;
    if (mention_start_[i] >= 0) {
      const DocMention& m = mentions_[mention_start_[i]];
      if (state < 0 && x_.actors[m.actor].kind == ActorKind::kState) {
        state = m.actor;
      }
      if (role_last >= 0) break;
      i = MentionLastToken(i, comma2);
      continue;
    }
    const absl::string_view w = LowerWord(i);
    if (role_last < 0) {
      if (w == "the" || w == "a" || w == "an" || EndsPossessive(Word(i))) {
        continue;
      }
      if (tokens_[i].capitalised) {
        if (const ActorId id = DemonymWord(tokens_[i]); id.valid()) {
          if (state < 0) state = self->ActorFor(false, id);
          continue;
        }
      }
      if (role_first < 0) role_first = i;
      if (IsRoleNoun(w)) role_last = i;
    } else if (!tokens_[i].capitalised && w != "of" && w != "to" &&
               w != "for" && w != "the") {
      break;
    }
  }
  if (role_first < 0 || role_last < 0) return;
  const std::string role = absl::AsciiStrToLower(
      Slice(text_, tokens_[role_first].begin, tokens_[role_last].end));
  std::vector<std::string>& titles = self->titles_[s.actor];
  if (std::find(titles.begin(), titles.end(), role) == titles.end()) {
    titles.push_back(role);
  }
  if (state >= 0 && state != s.actor) {
    self->AddAffiliation(
        s.actor, state,
        Slice(text_, tokens_[role_first].begin, tokens_[role_last].end),
        tokens_[c + 1].begin, tokens_[comma2 - 1].end,
        "apposition-name-then-title", 0.7f, /*dated=*/true);
  }
}

std::optional<Subject> Reader::SubjectBefore(int verb, int floor,
                                             int depth) const {
  std::optional<Subject> s = SubjectBeforeVerb(verb, floor, depth);
  if (s && verb - 1 >= 0 &&
      (IsPunct(verb - 1, ',') || IsPunct(verb - 1, ')'))) {
    NoteTitleApposition(*s, verb - 1);
  }
  return s;
}

std::optional<Subject> Reader::SubjectBeforeVerb(int verb, int floor,
                                                 int depth) const {
  auto w_is_as = [&](int t) { return Is(t, "as"); };
  const int limit = std::max(floor, verb - 40);
  if (std::optional<Subject> a = AppositionNameBefore(verb, limit)) return a;
  // "The Head of State (also) noted ...": a readout's host.
  {
    int k = verb - 1;
    while (k > limit && k >= verb - 2 && tokens_[k].word &&
           (Is(k, "also") ||
            (LowerWord(k).size() > 4 && absl::EndsWith(LowerWord(k), "ly")))) {
      --k;
    }
    if (k - 3 >= limit) {
      if (std::optional<Subject> h = HeadOfStateAt(k - 3)) return h;
    }
  }
  // "the President of Kazakhstan said": a role of a state, right before the
  // verb.
  if (verb - 1 >= limit && mention_end_[verb - 1] >= 0) {
    int of = MentionFirstToken(verb - 1, limit) - 1;
    if (of >= limit && Is(of, "the")) --of;
    if (of - 2 >= limit && Is(of, "of") && tokens_[of - 1].word &&
        Is(of - 2, "the")) {
      if (std::optional<Subject> n = RoleOfStateAt(of - 2, of - 1, verb)) {
        return n;
      }
    }
  }
  bool adjacent = true;  // nothing but adverbs between subject and verb
  int start = verb - 1;
  // "The Commission, which advises Norway, Iceland and Finland, welcomed
  // ...": a relative clause holding a list (commas inside) is skipped to
  // its opening ", which" or ", who" (30 tokens back at most, within the
  // clause's sentence: no quotation mark, colon or semicolon between).
  if (IsPunct(start, ',')) {
    for (int k = start - 1; k > limit && k >= start - 30; --k) {
      if (IsQuoteMark(k) || IsPunct(k, ';') || IsPunct(k, ':')) break;
      if (IsPunct(k, ',') && (Is(k + 1, "who") || Is(k + 1, "which")) &&
          tokens_[k - 1].word) {
        bool list = false;  // a comma inside the clause
        for (int c = k + 1; c < start && !list; ++c) list = IsPunct(c, ',');
        if (list) start = k;
        break;
      }
    }
  }
  // "X, who met Y in Bergen, said": the subject is before the relative
  // clause, whatever it names.
  if (IsPunct(start, ',')) {
    for (int k = start - 1; k > limit && k >= start - 30; --k) {
      if (tokens_[k].word) continue;
      if (IsPunct(k, ',') && (Is(k + 1, "who") || Is(k + 1, "which"))) {
        // The clause is set off by commas: the name before it is as
        // close to the verb as one right before it ("Pavel Sorin, who
        // heads the delegation, told ...", a name the registry lacks).
        start = k - 1;
      } else if (IsPunct(k, ',') && k + 1 < start && k - 1 >= limit &&
                 tokens_[k - 1].word && tokens_[k + 1].word &&
                 !tokens_[k + 1].capitalised &&
                 ((LowerWord(k + 1).size() > 5 &&
                   absl::EndsWith(LowerWord(k + 1), "ing")) ||
                  Is(k + 1, "flanked") || Is(k + 1, "accompanied") ||
                  Is(k + 1, "joined") || Is(k + 1, "asked") ||
                  Is(k + 1, "pressed") || Is(k + 1, "questioned"))) {
        // "X, speaking at a joint news conference with his counterpart Y
        // on Friday, said", "X, flanked by Y, told ...", "X, asked about
        // it, said": a participle's
        // clause set off by commas is skipped as a relative clause is;
        // whom it names does not speak.
        start = k - 1;
      } else if (IsPunct(k, ',') && k - 1 > limit && tokens_[k - 1].word &&
                 tokens_[k - 1].capitalised) {
        // "Ingrid Solheim, the Icelandic envoy, said": an apposition that
        // names no actor is skipped the same way; "Lars Ekdahl, Foreign
        // Minister of Sweden, said", "Ines Duarte, Portugal's foreign
        // minister, said": so is a title, whatever state or body it names.
        const bool titled = TitleAppositionAfter(k, start);
        if (titled || AppositionAfter(k, start)) {
          bool names_actor = false;
          for (int i = k + 1; i < start; ++i)
            names_actor |= mention_start_[i] >= 0;
          if (!names_actor || titled) start = k - 1;
        }
      }
      break;
    }
  }
  // "Aroha Ngata (New Zealand's trade minister) said": a title in
  // parentheses after the name is skipped as one between commas is.
  if (start == verb - 1 && IsPunct(start, ')')) {
    for (int k = start - 1; k > limit && k >= start - 14; --k) {
      if (IsPunct(k, ')')) break;
      if (!IsPunct(k, '(')) continue;
      if (k - 1 > limit && tokens_[k - 1].word && tokens_[k - 1].capitalised &&
          TitleAppositionAfter(k, start)) {
        start = k - 1;
      }
      break;
    }
  }
  // "Olga Tamm (Norway) said", "X (foreign minister) said": a bracketed
  // aside after the subject's name, at most six tokens.
  if (IsPunct(start, ')')) {
    for (int k = start - 1; k > limit && k >= start - 7; --k) {
      if (!IsPunct(k, '(')) continue;
      if (k - 1 >= limit && tokens_[k - 1].word && mention_end_[k - 1] >= 0 &&
          x_.actors[mentions_[mention_end_[k - 1]].actor].kind ==
              ActorKind::kPerson) {
        start = k - 1;
      }
      break;
    }
  }
  // "..., government sources said", "..., diplomats said": a plain noun of
  // unnamed sources right before the verb is its subject, naming no one; the
  // search ends at the comma before it (not at a name of the clause the
  // sources report).
  const bool unnamed_sources =
      start >= limit && tokens_[start].word && !tokens_[start].capitalised &&
      mention_end_[start] < 0 && IsUnnamedSourceNoun(LowerWord(start));
  for (int t = start; t >= limit; --t) {
    const Token& tok = tokens_[t];
    // "OPEC+ said": a name may end in a mark.
    if (!tok.word && !(t == start && mention_end_[t] >= 0 && IsPunct(t, '+'))) {
      if (IsQuoteMark(t) || IsPunct(t, ';') || IsPunct(t, ':')) break;
      if (unnamed_sources && IsPunct(t, ',')) break;
      // "The foreign ministers — A, B and C — also expressed ...": an
      // aside between dashes right before the verb (past adverbs) is
      // skipped to the word before its opening dash, as an apposition
      // between commas is.
      auto is_dash = [&](int k) {
        if (tokens_[k].word) return false;
        const absl::string_view d =
            Slice(text_, tokens_[k].begin, tokens_[k].end);
        // An em or en dash, or a hyphen standing apart ("A -- B", "A - B").
        return d == "\u2014" || d == "\u2013" || d == "--" ||
               (d == "-" &&
                ((tokens_[k].begin > 0 && text_[tokens_[k].begin - 1] == ' ') ||
                 (tokens_[k].end < text_.size() &&
                  text_[tokens_[k].end] == ' ')));
      };
      if (is_dash(t)) {
        bool next_to_verb = true;
        for (int k = t + 1; k < verb && next_to_verb; ++k) {
          next_to_verb = tokens_[k].word && !tokens_[k].capitalised &&
                         (Is(k, "also") || absl::EndsWith(LowerWord(k), "ly"));
        }
        int close = t;  // the first mark of a closing "--"
        while (close - 1 > limit && is_dash(close - 1)) --close;
        int open = -1;
        for (int k = close - 1; next_to_verb && k > limit && k >= t - 40; --k) {
          if (IsQuoteMark(k) || IsPunct(k, '.') || IsPunct(k, ';') ||
              IsPunct(k, ':')) {
            break;
          }
          if (is_dash(k)) {
            open = k;
            break;
          }
        }
        while (open - 1 > limit && is_dash(open - 1)) --open;  // "--"
        if (open > limit && tokens_[open - 1].word) {
          t = open;
          continue;
        }
      }
      adjacent = false;
      continue;
    }
    const absl::string_view w = LowerWord(t);
    // "quoted X as saying": X speaks, relayed by the subject of "quoted".
    if (w_is_as(t) && t == verb - 1 && t - 1 >= limit &&
        mention_end_[t - 1] >= 0) {
      const DocMention& m = mentions_[mention_end_[t - 1]];
      const int first = MentionFirstToken(t - 1, limit);
      // "quoted Russian Deputy Foreign Minister X as saying": past the
      // title's capitalised words (and its "of", "for", "and") to the
      // verb, eight words at most.
      int q_at = first - 1;
      while (q_at > limit && q_at >= first - 8 && tokens_[q_at].word &&
             (tokens_[q_at].capitalised || Is(q_at, "of") || Is(q_at, "for") ||
              Is(q_at, "and")) &&
             VerbAt(q_at).verb == nullptr) {
        --q_at;
      }
      const VerbHit q = VerbAt(q_at);
      // "reported X as saying": X's words, reported (not quoted).
      const bool reported = q.verb != nullptr && q.verb->lemma == "report";
      if (q.verb != nullptr &&
          (q.verb->lemma == "quote" || q.verb->lemma == "cite" || reported)) {
        Subject s = MakeSubject(m.actor, m.begin, m.end, first,
                                "outlet-quoted-speaker-as-saying", 0.85f);
        if (std::optional<Subject> outlet =
                SubjectBefore(q_at, floor, depth + 1)) {
          s.relays.push_back(
              {outlet->actor,
               reported ? ReportKind::kReported : ReportKind::kQuoted,
               {outlet->begin, tokens_[q_at].end}});
        }
        return s;
      }
    }
    // "ABI later quoted him as saying": the person "he" would name,
    // relayed by the subject of "quoted".
    if (w_is_as(t) && t == verb - 1 && t - 2 >= limit &&
        (Is(t - 1, "him") || Is(t - 1, "her"))) {
      const VerbHit q = VerbAt(t - 2);
      const bool reported = q.verb != nullptr && q.verb->lemma == "report";
      if (q.verb != nullptr &&
          (q.verb->lemma == "quote" || q.verb->lemma == "cite" || reported)) {
        if (std::optional<Subject> p = ResolvePronoun(t - 1);
            p && p->actor >= 0) {
          p->rule = "outlet-quoted-pronoun-as-saying";
          if (std::optional<Subject> outlet =
                  SubjectBefore(t - 2, floor, depth + 1)) {
            if (outlet->actor != p->actor) {
              p->relays.push_back(
                  {outlet->actor,
                   reported ? ReportKind::kReported : ReportKind::kQuoted,
                   {outlet->begin, tokens_[t - 2].end}});
            }
          }
          return p;
        }
      }
    }
    // "Anadolu quoted the Turkish leader as saying": a nominal speaks,
    // relayed by the subject of "quoted".
    if (w_is_as(t) && t == verb - 1 && t - 1 >= limit &&
        mention_end_[t - 1] < 0) {
      if (std::optional<Subject> n = NominalEndingAt(t - 1, limit)) {
        const VerbHit q = VerbAt(n->token - 1);
        if (n->actor >= 0 && q.verb != nullptr && q.verb->lemma == "quote") {
          n->rule = "outlet-quoted-nominal-as-saying";
          if (std::optional<Subject> outlet =
                  SubjectBefore(n->token - 1, floor, depth + 1)) {
            n->relays.push_back({outlet->actor,
                                 ReportKind::kQuoted,
                                 {outlet->begin, tokens_[n->token - 1].end}});
          }
          return n;
        }
      }
    }
    // "X, the consortium's director, was quoted by Interfax as saying".
    if (w_is_as(t) && t == verb - 1) {
      if (std::optional<Subject> s = QuotedByAsSaying(t, limit)) return s;
    }
    // "quoted an official as saying", "cited a spokesperson for X as
    // saying": the description speaks (an actor it names, else nobody the
    // text names), relayed by the subject of the verb.
    if (w_is_as(t) && t == verb - 1 && t - 1 >= limit && tokens_[t - 1].word &&
        !tokens_[t - 1].capitalised) {
      int q = -1;
      for (int k = t - 2; k >= limit && k >= t - 8; --k) {
        if (!tokens_[k].word) break;
        const VerbHit h = VerbAt(k);
        if (h.verb != nullptr) {
          if (h.verb->lemma == "quote" || h.verb->lemma == "cite") q = k;
          break;
        }
      }
      if (q >= 0 && (Is(q + 1, "a") || Is(q + 1, "an"))) {
        std::optional<Subject> d = DescribedEndingAt(t - 1, q + 1);
        if (!d) {
          bool head = false;
          for (int k = q + 2; k < t && k <= q + 5; ++k) {
            head |= IsAnySpeakerHead(LowerWord(k));
          }
          if (head) {
            d = MakeSubject(-1, tokens_[q + 1].begin, tokens_[t - 1].end, q + 1,
                            "description-unresolved", 0.25f);
          }
        }
        if (d) {
          if (std::optional<Subject> outlet =
                  SubjectBefore(q, floor, depth + 1)) {
            if (outlet->actor != d->actor) {
              d->relays.push_back({outlet->actor,
                                   ReportKind::kQuoted,
                                   {outlet->begin, tokens_[q].end}});
            }
          }
          return d;
        }
      }
    }
    // "quoted the head of the delegation, Pavel Drozdov, as saying": the
    // name in apposition speaks.
    // "quoted Pavel Drozdov as saying": a name the registry does not know.
    if (w_is_as(t) && t == verb - 1) {
      const bool apposition = IsPunct(t - 1, ',');
      const int e = apposition ? t - 2 : t - 1;
      if (e >= limit && tokens_[e].word && tokens_[e].capitalised &&
          (apposition || mention_end_[e] < 0)) {
        if (std::optional<Subject> s =
                QuotedNameAsSaying(e, limit, apposition)) {
          return s;
        }
      }
      // "quoted Herath Bandara, head of a fishermen's cooperative in
      // Negombo, as saying": the name right after the quote verb, then a
      // title in apposition (up to 14 tokens between the commas).
      if (apposition) {
        int c = t - 2;
        while (c > limit && t - c < 16 && !IsPunct(c, ',')) --c;
        if (c - 1 > limit && IsPunct(c, ',') && tokens_[c - 1].word &&
            tokens_[c - 1].capitalised && TitleAppositionAfter(c, t - 1)) {
          if (std::optional<Subject> s =
                  QuotedNameAsSaying(c - 1, limit, false)) {
            NoteTitleApposition(*s, t - 1);
            return s;
          }
        }
      }
    }
    // A description naming another actor: "an ally of Russian President
    // Vladimir Putin", "the Kremlin's press service", "Russian state TV".
    if (std::optional<Subject> d = DescribedEndingAt(t, limit)) return d;
    if (mention_end_[t] >= 0) {
      // "The President of the Council of Ministers said", the body a
      // mention of its own.
      if (adjacent) {
        if (std::optional<Subject> n = OfficeOfTheStateEndingAt(t, limit)) {
          return n;
        }
      }
      const DocMention& m = mentions_[mention_end_[t]];
      const int first = MentionFirstToken(t, limit);
      const bool possessive = m.end < tok.end;  // "Putin's"
      // The word before the mention, past a title ("congratulated
      // President Wibisono"): a preposition or a verb governs it.
      int gov = first - 1;
      while (gov >= limit && gov > first - 4 && tokens_[gov].word &&
             tokens_[gov].capitalised && IsRoleNoun(LowerWord(gov))) {
        --gov;
      }
      // "with Foreign Minister of the Dominican Republic Roberto Alvarez",
      // "with Indian Foreign Minister X": past a whole title (its field,
      // its state after "of" or before it) to the word governing it, when
      // that word is a preposition or a verb (else the title opens the
      // subject and the word before the name stays the one read).
      const int title_word = gov;
      for (int guard = 0; gov >= limit && gov > first - 12 && guard < 12;
           ++guard) {
        if (!tokens_[gov].word) break;
        if (tokens_[gov].capitalised &&
            (IsRoleNoun(LowerWord(gov)) || IsTitleDomainWord(LowerWord(gov)))) {
          --gov;
          continue;
        }
        bool demonym = false;
        if (tokens_[gov].capitalised && gov + 1 < first &&
            (DemonymStateAt(gov, &demonym), demonym)) {
          --gov;  // "Indian" before "External Affairs Minister"
          continue;
        }
        // "Secretary of State", "Minister for Foreign Affairs": the
        // title's own "of" or "for".
        if ((Is(gov, "of") || Is(gov, "for")) && gov - 1 >= limit &&
            gov + 1 < first && tokens_[gov - 1].word &&
            tokens_[gov - 1].capitalised &&
            (IsRoleNoun(LowerWord(gov - 1)) ||
             IsTitleDomainWord(LowerWord(gov - 1)))) {
          --gov;
          continue;
        }
        // "Trade and Industry", "State Councilor and Foreign Minister":
        // an "and" inside the title.
        if (Is(gov, "and") && gov - 1 >= limit && gov + 1 < first &&
            tokens_[gov - 1].word && tokens_[gov - 1].capitalised &&
            (IsRoleNoun(LowerWord(gov - 1)) ||
             IsTitleDomainWord(LowerWord(gov - 1)))) {
          --gov;
          continue;
        }
        if (mention_end_[gov] >= 0 &&
            x_.actors[mentions_[mention_end_[gov]].actor].kind ==
                ActorKind::kState) {
          // A state inside the title: "of the Dominican Republic",
          // "Indian" before "External Affairs Minister".
          int b = MentionFirstToken(gov, limit) - 1;
          if (b >= limit && Is(b, "the")) --b;
          if (b >= limit && (Is(b, "of") || Is(b, "to"))) {
            gov = b - 1;
            continue;
          }
          if (gov + 1 < first && tokens_[gov + 1].capitalised &&
              (IsRoleNoun(LowerWord(gov + 1)) ||
               IsTitleDomainWord(LowerWord(gov + 1)))) {
            gov = b;
          }
        }
        break;
      }
      // "with visiting Secretary of State X", "met former President Y":
      // an adjective before the title (or the name).
      while (gov > limit && tokens_[gov].word && !tokens_[gov].capitalised &&
             (Is(gov, "visiting") || Is(gov, "former") || Is(gov, "incoming") ||
              Is(gov, "outgoing") || Is(gov, "acting"))) {
        --gov;
        if (gov >= 0 && Is(gov, "the")) --gov;
      }
      if (gov != title_word &&
          !(gov >= 0 && tokens_[gov].word &&
            ((Prepositions().contains(LowerWord(gov)) && !Is(gov, "and") &&
              !Is(gov, "or")) ||
             IsMeetingVerb(LowerWord(gov)) || VerbAt(gov).verb != nullptr))) {
        gov = title_word;
      }
      // "told the daily Ohtuleht", "told state broadcaster X": past what
      // the outlet is, to its determiner or its verb.
      if (gov == first - 1 && gov >= limit && tokens_[gov].word &&
          x_.actors[m.actor].kind == ActorKind::kMediaOutlet &&
          IsOutletNoun(LowerWord(gov))) {
        --gov;
        if (gov >= limit && tokens_[gov].word &&
            (Is(gov, "state") || Is(gov, "private") || Is(gov, "public") ||
             Is(gov, "official"))) {
          --gov;
        }
        if (gov >= limit && (Is(gov, "the") || Is(gov, "a"))) --gov;
      }
      // "in the G7 and underscored": the preposition before the
      // determiner governs the name.
      if (gov == first - 1 && gov - 1 >= limit && Is(gov, "the") &&
          tokens_[gov - 1].word) {
        const absl::string_view p = LowerWord(gov - 1);
        if (Prepositions().contains(p) && p != "and" && p != "or" &&
            p != "as" && p != "both") {
          --gov;
        }
      }
      const absl::string_view before = gov >= 0 ? LowerWord(gov) : "";
      // "as Moscow blamed ...": "as" right before a subject and its verb is
      // a conjunction, not a preposition.
      const bool as_conjunction = before == "as" && adjacent;
      // "Norway and Iceland said": the second of two coordinated subjects
      // of one kind is no object of "and" (the co-speaker rule below reads
      // both when it meets the first).
      const bool coordinated =
          before == "and" && gov - 1 >= limit && mention_end_[gov - 1] >= 0 &&
          !possessive &&
          x_.actors[mentions_[mention_end_[gov - 1]].actor].kind ==
              x_.actors[m.actor].kind &&
          mentions_[mention_end_[gov - 1]].end == tokens_[gov - 1].end &&
          !GovernedMention(MentionFirstToken(gov - 1, limit), limit);
      const bool object =
          gov >= 0 && tokens_[gov].word && !as_conjunction && !coordinated &&
          (Prepositions().contains(before) || VerbAt(gov).verb != nullptr ||
           before == "citing" || IsMeetingVerb(before) ||
           (!tokens_[gov].capitalised && before.size() > 4 &&
            absl::EndsWith(before, "ed")));
      const ActorKind kind = x_.actors[m.actor].kind;
      // "A statement from X said", "a letter issued by X said", "the
      // government of X said", "X's office said": X speaks.
      if (!IsPlaceLike(kind) && kind != ActorKind::kMediaOutlet) {
        const char* rule = nullptr;
        if (!possessive && (before == "from" || before == "by")) {
          int noun = gov - 1;
          if (Is(noun, "issued") || Is(noun, "released") ||
              Is(noun, "published") || Is(noun, "sent")) {
            --noun;
          }
          if (noun >= limit && tokens_[noun].word &&
              IsDocumentNoun(LowerWord(noun))) {
            rule = "document-of-speaker";
          }
        } else if (!possessive && before == "of" && gov - 2 >= limit &&
                   kind != ActorKind::kPerson &&
                   IsGoverningBodyNoun(LowerWord(gov - 1)) &&
                   (Is(gov - 2, "the") ||
                    (Is(gov - 2, "foreign") && Is(gov - 3, "the")))) {
          rule = "governing-body-of";
        } else if (possessive && t + 2 == verb &&
                   IsOfficeNoun(LowerWord(t + 1))) {
          rule = "possessive-office";
        }
        if (rule != nullptr) {
          return MakeSubject(m.actor, m.begin, m.end, first, rule, 0.75f);
        }
      }
      if (!possessive && !object && !IsPlaceLike(kind)) {
        Subject s = MakeSubject(m.actor, m.begin, m.end, first,
                                "mention-before-verb", adjacent ? 0.9f : 0.75f);
        // "Xi and Putin confirmed", "Russian President X and Turkish
        // President Y agreed": both speak.
        int f = first;
        for (int n = 0; n < 3 && f - 1 > limit && tokens_[f - 1].word &&
                        tokens_[f - 1].capitalised && mention_end_[f - 1] < 0;
             ++n) {
          --f;
        }
        // "A and Guyana's President B vowed": a possessive state before
        // the second name's title.
        if (f < first && f - 1 > limit && PossessiveStateAt(f - 1) != nullptr) {
          f = MentionFirstToken(f - 1, limit);
        }
        // "Morocco and the Portuguese Republic said": the determiner of
        // the second name.
        if (f - 1 > limit && Is(f - 1, "the")) --f;
        if (f >= 2 && f - 2 >= limit && Is(f - 1, "and") &&
            mention_end_[f - 2] >= 0) {
          const DocMention& other = mentions_[mention_end_[f - 2]];
          if (x_.actors[other.actor].kind == kind && other.actor != m.actor) {
            s.co_speakers.push_back(m.actor);
            s.actor = other.actor;
            s.begin = other.begin;
            s.token = MentionFirstToken(f - 2, limit);
            s.rule = "coordinated-mentions-before-verb";
            // "A, B and C said": earlier names of the list, each after a
            // comma, speak too (the first is the speaker).
            for (int n = 0; n < 6; ++n) {
              const int c = s.token - 1;
              if (c - 1 < limit || !IsPunct(c, ',') ||
                  mention_end_[c - 1] < 0) {
                break;
              }
              const DocMention& earlier = mentions_[mention_end_[c - 1]];
              if (x_.actors[earlier.actor].kind != kind ||
                  earlier.end != tokens_[c - 1].end ||
                  earlier.actor == s.actor ||
                  std::find(s.co_speakers.begin(), s.co_speakers.end(),
                            earlier.actor) != s.co_speakers.end()) {
                break;
              }
              s.co_speakers.insert(s.co_speakers.begin(), s.actor);
              s.actor = earlier.actor;
              s.begin = earlier.begin;
              s.token = MentionFirstToken(c - 1, limit);
            }
          }
        }
        return s;
      }
      // "The Omani Embassy in Doha said": a place or state after "in" or
      // "at" right before the verb says where the subject is; the subject
      // before it is still next to its verb.
      if (adjacent && (IsPlaceLike(kind) || kind == ActorKind::kState) &&
          !possessive && gov == first - 1 && gov > limit &&
          (Is(gov, "in") || Is(gov, "at")) && tokens_[gov - 1].word &&
          tokens_[gov - 1].capitalised && mention_end_[gov - 1] < 0) {
        t = gov;
        continue;
      }
      t = first;  // skip the whole mention
      adjacent = false;
      continue;
    }
    // "They agreed to ..." in a readout: the two parties of the call.
    if (w == "they") {
      if (std::optional<Subject> n = PairEndingAt(t)) return n;
    }
    if (w == "he" || w == "she" || w == "they" ||
        (w == "you" && question_begin_ != kNoQuestion)) {
      return ResolvePronoun(t);
    }
    // "The navy released a statement on Tuesday in which it said ...",
    // "issued a letter, in which it accused ...": "it" after "in which"
    // is the document's issuer (the subject of "issued", "released",
    // "published", "made" or "sent" before the document's noun, at most
    // twelve words back).
    if (w == "it" && adjacent && t == start && t - 2 > limit &&
        Is(t - 1, "which") && Is(t - 2, "in") && depth < 3) {
      for (int k = t - 3; k > limit && k >= t - 12; --k) {
        if (!tokens_[k].word) {
          if (IsPunct(k, ',')) continue;
          break;
        }
        if (!IsDocumentNoun(LowerWord(k))) continue;
        int d = k - 1;
        if (Is(d, "joint") || Is(d, "written") || Is(d, "brief")) --d;
        const int v = d - 1;
        if (v < limit || !(Is(d, "a") || Is(d, "an") || Is(d, "the")) ||
            !(Is(v, "issued") || Is(v, "released") || Is(v, "published") ||
              Is(v, "made") || Is(v, "sent"))) {
          break;
        }
        std::optional<Subject> issuer = SubjectBefore(v, limit, depth + 1);
        if (issuer && issuer->actor >= 0) {
          issuer->begin = tokens_[t].begin;
          issuer->end = tokens_[t].end;
          issuer->token = t;
          issuer->rule = "document-in-which-it";
          issuer->confidence = 0.6f;
          return issuer;
        }
        break;
      }
    }
    // "Norway issued a statement on Monday. The statement said ...": the
    // issuer named earlier in the paragraph (at most 60 words back).
    if (w == "statement" && adjacent && Is(t - 1, "the") && depth < 3) {
      for (int k = t - 2; k >= 2 && k >= t - 60; --k) {
        if (!Is(k, "statement") || !(Is(k - 1, "a") || Is(k - 1, "joint"))) {
          continue;
        }
        int v = Is(k - 1, "joint") ? k - 3 : k - 2;
        if (v >= 0 && (Is(v, "issued") || Is(v, "released") ||
                       Is(v, "published") || Is(v, "made"))) {
          std::optional<Subject> issuer =
              SubjectBefore(v, std::max(0, v - 40), depth + 1);
          if (issuer && issuer->actor >= 0) {
            issuer->begin = tokens_[t - 1].begin;
            issuer->end = tokens_[t].end;
            issuer->token = t - 1;
            issuer->rule = "statement-of-issuer";
            issuer->confidence = 0.6f;
            issuer->co_speakers.clear();
            return issuer;
          }
        }
        break;
      }
    }
    // "…, the agency said", "the newspaper reported": a media outlet named
    // by the noun of its kind is the latest outlet the text named.
    if (adjacent) {
      if (std::optional<Subject> n = MediaAnaphorEndingAt(t, limit)) return n;
    }
    // "The statement said that …", "the joint communique reads:" with no
    // issuer named before: whoever spoke last issued it.
    if (adjacent && t == start && IsIssuedDocumentNoun(w) && t - 1 >= limit) {
      int the = t - 1;
      if (Is(the, "joint") && the - 1 >= limit) --the;
      if (Is(the, "the")) return IssuerOfDocument(the, t);
    }
    // "“…,” it said in a statement": the organisation or state that spoke
    // last.
    // After a statement of two persons or more ("a joint statement of X
    // and Y said that ..."), "it" is their document, never one of them.
    const bool pair_document = w == "it" && last_speaker_ >= 0 &&
                               !x_.statements.empty() &&
                               x_.statements.back().speaker == last_speaker_ &&
                               !x_.statements.back().co_speakers.empty();
    if (w == "it" && adjacent && t == start &&
        ((last_speaker_ >= 0 &&
          x_.actors[last_speaker_].kind != ActorKind::kPerson) ||
         pair_document || (last_speaker_ < 0 && !joint_issuers_.empty()))) {
      std::optional<Subject> it = IssuerOfDocument(t, t);
      if (it) it->rule = "pronoun-it-latest-speaker";
      return it;
    }
    if (std::optional<Subject> n = PairEndingAt(t)) return n;
    // "The President of the Council of Ministers said": before the rules
    // that read "Ministers" as a plural office.
    if (adjacent && tok.capitalised) {
      if (std::optional<Subject> n = OfficeOfTheStateEndingAt(t, limit)) {
        return n;
      }
    }
    if (adjacent) {
      if (std::optional<Subject> n = GroupEndingAt(t)) return n;
    }
    if (adjacent) {
      if (std::optional<Subject> n = CoordinatedNominalsEndingAt(t, limit)) {
        return n;
      }
    }
    if (std::optional<Subject> n = DescriptionEndingAt(t, limit)) return n;
    if (std::optional<Subject> n = StateTitleEndingAt(t, limit)) return n;
    if (std::optional<Subject> n = NominalEndingAt(t, limit)) return n;
    if (adjacent) {
      if (std::optional<Subject> n = ContextStateEndingAt(t, limit)) {
        return n;
      }
    }
    if (adjacent && tok.capitalised) {
      if (std::optional<Subject> n = NameEndingAt(t, limit)) return n;
    }
    const VerbHit hit = VerbAt(t);
    if (hit.verb != nullptr && depth < 3) {
      // Coordinated or participial: the subject of the earlier verb.
      return SubjectBefore(t, floor, depth + 1);
    }
    // "The talks were led by X, who said ...": the relative pronoun right
    // before the verb stands for the name before its comma, whatever
    // governs that name.
    if (w == "who" && adjacent && t - 2 >= limit && IsPunct(t - 1, ',') &&
        mention_end_[t - 2] >= 0 &&
        mentions_[mention_end_[t - 2]].end == tokens_[t - 2].end) {
      const DocMention& m = mentions_[mention_end_[t - 2]];
      if (!IsPlaceLike(x_.actors[m.actor].kind)) {
        return MakeSubject(m.actor, m.begin, m.end,
                           MentionFirstToken(t - 2, limit), "relative-who",
                           0.8f);
      }
    }
    // "... by a Norwegian diplomat, who said ...", "... by an aide to X,
    // who said ...": a description before the comma, read as if it were
    // the subject.
    if (w == "who" && adjacent && t - 2 >= limit && IsPunct(t - 1, ',') &&
        tokens_[t - 2].word) {
      std::optional<Subject> d = DescribedEndingAt(t - 2, limit);
      if (!d) d = DescriptionEndingAt(t - 2, limit);
      if (d && d->actor >= 0) return d;
      // One that names no actor ("a Norwegian diplomat" with Norway named
      // nowhere): no speaker, as at the start of a clause.
      for (int k = t - 2; k >= limit && k >= t - 6 && tokens_[k].word; --k) {
        if (!Is(k, "a") && !Is(k, "an")) continue;
        bool head = false;
        for (int h = k + 1; h <= t - 2; ++h)
          head |= IsAnySpeakerHead(LowerWord(h));
        if (head && IsAnySpeakerHead(LowerWord(t - 2))) {
          return MakeSubject(-1, tokens_[k].begin, tokens_[t - 2].end, k,
                             "description-unresolved", 0.25f);
        }
        break;
      }
    }
    if ((w == "who" || w == "which") && t - 1 > limit && IsPunct(t - 1, ',')) {
      // "X, who spoke on condition of anonymity, said": the subject is
      // before the relative clause; a name the registry does not know
      // there when it opens the clause.
      if (std::optional<Subject> n = NameBeforeRelative(t - 2, limit)) {
        return n;
      }
      --t;
      adjacent = false;
      continue;
    }
    if (w == "that" || w == "who" || w == "which") {
      // "X reported that ...": the subject is after "that", not before.
      break;
    }
    // "X also said", "X has repeatedly said", "X warmly congratulated":
    // adverbs and auxiliaries keep the subject next to its verb.
    const bool ly_adverb =
        w.size() > 4 && absl::EndsWith(w, "ly") && w != "only";
    // "Lena Dahl on Monday said", "X yesterday called ...": a day between
    // the subject and its verb keeps them next to each other too.
    auto weekday = [&](int k) {
      if (k >= verb || !tokens_[k].word) return false;
      const absl::string_view d = LowerWord(k);
      return d == "monday" || d == "tuesday" || d == "wednesday" ||
             d == "thursday" || d == "friday" || d == "saturday" ||
             d == "sunday";
    };
    const bool day = weekday(t) || w == "yesterday" || w == "today" ||
                     (w == "on" && weekday(t + 1)) ||
                     ((w == "morning" || w == "afternoon" || w == "evening" ||
                       w == "night") &&
                      weekday(t - 1));
    if (!ly_adverb && !day && w != "also" && w != "however" && w != "again" &&
        w != "further" && w != "then" && w != "later" && w != "has" &&
        w != "have" && w != "had" && w != "once") {
      adjacent = false;
    }
  }
  return std::nullopt;
}

// A subject at token t or after it, before `limit`: "said Ning", "according
// to the spokesperson", "told reporters".
// "the statement" a sentence cites after a statement was read: the party
// (or parties) of the latest statement issued it.
std::optional<Subject> Reader::IssuerOfDocument(int first, int noun) const {
  // A joint statement the text cited, when nobody else spoke since: its
  // parties ("Sudan and Egypt issued a joint communique ... The communique
  // said ...").
  if (!joint_issuers_.empty() &&
      (last_speaker_ < 0 || Is(noun - 1, "joint") ||
       std::find(joint_issuers_.begin(), joint_issuers_.end(), last_speaker_) !=
           joint_issuers_.end())) {
    Subject s;
    s.actor = joint_issuers_[0];
    s.co_speakers.assign(joint_issuers_.begin() + 1, joint_issuers_.end());
    s.begin = tokens_[first].begin;
    s.end = tokens_[noun].end;
    s.token = first;
    s.rule = "joint-document-issuers";
    s.confidence = 0.6f;
    return s;
  }
  if (last_speaker_ < 0 || x_.statements.empty()) return std::nullopt;
  Subject s;
  s.actor = last_speaker_;
  s.begin = tokens_[first].begin;
  s.end = tokens_[noun].end;
  s.token = first;
  const ExtractedStatement& prev = x_.statements.back();
  if (prev.speaker == last_speaker_) s.co_speakers = prev.co_speakers;
  s.rule = "document-of-latest-speaker";
  s.confidence = 0.6f;
  return s;
}

// "presidential" in "Russian presidential aide", "deputy" in "the deputy
// foreign minister": a lower-case word right before a role noun (or one
// word before it).
bool Reader::TitleModifierAt(int k) const {
  const int n = static_cast<int>(tokens_.size());
  if (k + 1 >= n || !tokens_[k].word || tokens_[k].capitalised) return false;
  const absl::string_view w = LowerWord(k);
  if (IsFunctionWord(w) || VerbAt(k).verb != nullptr) return false;
  if (tokens_[k + 1].word && IsRoleNoun(LowerWord(k + 1))) return true;
  return k + 2 < n && tokens_[k + 1].word && tokens_[k + 2].word &&
         !IsFunctionWord(LowerWord(k + 1)) && IsRoleNoun(LowerWord(k + 2));
}

// "according to Sri Lanka's Ministry of Fisheries", "said Ghana's
// Fisheries Commission": a state's possessive starting at token i, then up
// to seven capitalised words of a body the registry does not know (with
// "of", "for" and "and" inside) holding a body's word ("Ministry",
// "Department", "Office", "Commission", ...). The body speaks, named as
// the registry names its bodies: "Ministry of Fisheries (Sri Lanka)".
std::optional<Subject> Reader::BodyOfPossessiveStateAt(int i, int limit) const {
  if (mention_start_[i] < 0) return std::nullopt;
  const DocMention& sm = mentions_[mention_start_[i]];
  int last = i;
  while (last + 1 < limit && tokens_[last + 1].begin < sm.end) ++last;
  const DocMention* state = PossessiveStateAt(last);
  if (state == nullptr) return std::nullopt;
  int e = -1;
  bool body = false;
  for (int k = last + 1; k < limit && k <= last + 7; ++k) {
    if (!tokens_[k].word || mention_start_[k] >= 0 || EndsPossessive(Word(k))) {
      break;
    }
    const absl::string_view w = LowerWord(k);
    if (!tokens_[k].capitalised) {
      if (e < 0 || !(w == "of" || w == "for" || w == "and")) break;
      continue;
    }
    if (IsFunctionWord(w)) break;
    body = body || w == "ministry" || w == "department" || w == "office" ||
           w == "bureau" || w == "agency" || w == "secretariat" ||
           w == "commission" || w == "directorate" || w == "authority" ||
           w == "council";
    e = k;
  }
  if (!body || e < 0) return std::nullopt;
  const std::string name =
      absl::StrCat(Slice(text_, tokens_[last + 1].begin, tokens_[e].end), " (",
                   x_.actors[state->actor].name, ")");
  Reader* const self = const_cast<Reader*>(this);
  const int actor = self->NewActor(name, ActorKind::kOrganization,
                                   "body-of-possessive-state", 0.5f);
  if (actor < 0) return std::nullopt;
  self->NoteMention(actor, sm.begin, tokens_[e].end);
  return MakeSubject(actor, sm.begin, tokens_[e].end, i,
                     "body-of-possessive-state", 0.5f);
}

// A readout's host who may speak for `state` (any state when `state` is
// negative): the first person who spoke
// (a name the mention finder may not have known), else the first person
// among the first `mentions` mentions, whom no other state claims; -1
// elsewhere than in a readout, for none, or when a person named is tied
// to `state` (then it is a guest's state). Bounded: the first 512 actors,
// 16 statements and 64 mentions.
int Reader::ReadoutHostOf(int state, size_t mentions) const {
  if (x_.info.genre != Genre::kReadout) return -1;
  // A state another person is tied to is the guest's ("the Chinese foreign
  // minister" when the Chinese president is named), not the host's.
  // (A readout names few persons: the first 512 actors are looked at.)
  for (size_t a = 0; state >= 0 && a < x_.actors.size() && a < 512; ++a) {
    if (x_.actors[a].kind == ActorKind::kPerson &&
        StateOfActor(static_cast<int>(a)) == state) {
      return -1;
    }
  }
  auto host = [&](int c) {
    if (c < 0 || x_.actors[c].kind != ActorKind::kPerson) return false;
    if (state < 0) return true;  // no state asked: the first person
    const int of = StateOfActor(c);
    return of < 0 || of == state;  // not the guest
  };
  for (size_t i = 0; i < x_.statements.size() && i < 16; ++i) {
    const int c = x_.statements[i].speaker;
    if (!x_.statements[i].in_question && host(c)) return c;
  }
  for (size_t m = 0; m < mentions && m < 64 && m < mentions_.size(); ++m) {
    if (host(mentions_[m].actor)) return mentions_[m].actor;
  }
  return -1;
}

// "the Head of State" (tokens `the`, "Head", "of", "State"): in a readout,
// its host, the page's own head of state (ReadoutHostOf with no state);
// elsewhere no one the text names.
std::optional<Subject> Reader::HeadOfStateAt(int the) const {
  const int n = static_cast<int>(tokens_.size());
  if (the < 0 || the + 3 >= n || !Is(the, "the") || !Is(the + 1, "head") ||
      !Is(the + 2, "of") || !Is(the + 3, "state") ||
      x_.info.genre != Genre::kReadout) {
    return std::nullopt;
  }
  const size_t here =
      static_cast<size_t>(MentionsFrom(tokens_[the].begin) - mentions_.begin());
  const int host = ReadoutHostOf(-1, here);
  if (host < 0) return std::nullopt;
  return MakeSubject(host, tokens_[the].begin, tokens_[the + 3].end, the,
                     "nominal-head-of-state-host", 0.6f);
}

// "the President of Kazakhstan said", "the Foreign Minister of Peru
// told ...": a role nominal (tokens `the`..`head`) followed by "of" and a
// state's mention. The latest person named with that role and tied to
// that state speaks; else, in a readout, the first person who spoke or
// was named whom no other state claims (its host); else the state itself, with
// a low confidence. A person tied to another state is never taken. Linear in
// the 64 mentions looked at.
std::optional<Subject> Reader::RoleOfStateAt(int the, int head,
                                             int limit) const {
  if (!Is(the, "the") || head <= the || !IsRoleNoun(LowerWord(head))) {
    return std::nullopt;
  }
  int of = head + 1;
  if (of + 1 >= limit || !Is(of, "of")) return std::nullopt;
  int at = of + 1;
  if (Is(at, "the") && at + 1 < limit) ++at;
  if (mention_start_[at] < 0) return std::nullopt;
  const DocMention& st = mentions_[mention_start_[at]];
  if (x_.actors[st.actor].kind != ActorKind::kState) return std::nullopt;
  const absl::string_view role = LowerWord(head);
  const uint32_t begin = tokens_[the].begin;
  const size_t here =
      static_cast<size_t>(MentionsFrom(begin) - mentions_.begin());
  for (size_t m = here; m-- > 0 && here - m <= 64;) {
    const int c = mentions_[m].actor;
    if (x_.actors[c].kind == ActorKind::kPerson && HasRole(c, role) &&
        StateOfActor(c) == st.actor) {
      return MakeSubject(c, begin, st.end, the, "nominal-role-of-state", 0.75f);
    }
  }
  if (const int host = ReadoutHostOf(st.actor, here); host >= 0) {
    return MakeSubject(host, begin, st.end, the, "nominal-role-of-host-state",
                       0.55f);
  }
  return MakeSubject(st.actor, begin, st.end, the, "description-of-state",
                     0.45f);
}

std::optional<Subject> Reader::SubjectAt(int t, int limit) const {
  for (int i = t; i < limit && i < t + 8; ++i) {
    if (!tokens_[i].word) {
      if (IsPunct(i, ',') || IsPunct(i, '.')) break;
      continue;
    }
    // "“…,” said Dr. Wekesa": past an honorific and its full stop to the
    // name after it.
    if (const size_t h = HonorificTokens(text_, tokens_, i);
        h > 0 && i + static_cast<int>(h) < limit && tokens_[i + h].word &&
        tokens_[i + h].capitalised) {
      i += static_cast<int>(h) - 1;
      continue;
    }
    if (std::optional<Subject> b = BodyOfPossessiveStateAt(i, limit)) {
      return b;
    }
    const absl::string_view w = LowerWord(i);
    // "according to the state-run Zarya news agency", "according to
    // Russia's Zarya news agency": past lower-case words and a state's
    // possessive to the outlet they describe (at most three words).
    {
      const bool possessive_state = PossessiveStateAt(i) != nullptr;
      const bool adjective = !tokens_[i].capitalised && w != "the" &&
                             !IsFunctionWord(w) && VerbAt(i).verb == nullptr;
      if (possessive_state || adjective) {
        int k = i + 1;
        while (k < limit && k < i + 4 && tokens_[k].word &&
               mention_start_[k] < 0 && !tokens_[k].capitalised &&
               !IsFunctionWord(LowerWord(k))) {
          ++k;
        }
        if (k < limit && k < i + 4 && mention_start_[k] >= 0 &&
            x_.actors[mentions_[mention_start_[k]].actor].kind ==
                ActorKind::kMediaOutlet) {
          i = k - 1;
          continue;
        }
      }
    }
    // "according to the statement", "“…,” the joint statement said".
    if (w == "the") {
      int n = i + 1;
      if (n < limit && Is(n, "joint")) ++n;
      if (n < limit && tokens_[n].word && IsIssuedDocumentNoun(LowerWord(n)) &&
          !(n + 1 < limit &&
            (Is(n + 1, "from") || Is(n + 1, "by") || Is(n + 1, "of")))) {
        return IssuerOfDocument(i, n);
      }
    }
    // "according to a joint statement": the parties that issued it.
    if ((w == "a" || w == "an") && i + 2 < limit && Is(i + 1, "joint") &&
        tokens_[i + 2].word && IsIssuedDocumentNoun(LowerWord(i + 2)) &&
        !(i + 3 < limit && (Is(i + 3, "from") || Is(i + 3, "by")))) {
      if (std::optional<Subject> j = IssuerOfDocument(i, i + 2)) return j;
    }
    // "according to a statement from X": X.
    if ((w == "a" || w == "an" || w == "the") && i + 2 < limit &&
        tokens_[i + 1].word && IsDocumentNoun(LowerWord(i + 1)) &&
        (Is(i + 2, "from") || Is(i + 2, "by"))) {
      i += 2;
      continue;
    }
    // "according to a statement issued by X", "a readout released by X":
    // X.
    if ((w == "a" || w == "an" || w == "the") && i + 3 < limit &&
        tokens_[i + 1].word && IsDocumentNoun(LowerWord(i + 1)) &&
        (Is(i + 2, "issued") || Is(i + 2, "released") ||
         Is(i + 2, "published") || Is(i + 2, "sent")) &&
        Is(i + 3, "by")) {
      i += 3;
      continue;
    }
    // "according to remarks attributed to X", "comments attributed to X":
    // X.
    if ((w == "remarks" || w == "comments" || w == "words") && i + 2 < limit &&
        Is(i + 1, "attributed") && Is(i + 2, "to")) {
      i += 2;
      continue;
    }
    if (w == "a" || w == "an" || w == "the" || tokens_[i].capitalised ||
        IsDescriptionStart(w)) {
      // "said an aide to President X", "according to Russian state TV":
      // the longest description that starts here.
      int e = i;
      while (e + 1 < limit && e + 1 < i + 12 && tokens_[e + 1].word &&
             (e == i || VerbAt(e + 1).verb == nullptr)) {
        ++e;
      }
      for (; e > i; --e) {
        std::optional<Subject> d = DescribedEndingAt(e, i);
        if (d && d->token == i) return d;
        if (d) break;
      }
    }
    if (mention_start_[i] >= 0) {
      const DocMention& m = mentions_[mention_start_[i]];
      const int last = MentionLastToken(i, limit);
      // Titles before a name: "spokesperson Mao Ning" -> take the person.
      if (x_.actors[m.actor].kind != ActorKind::kPerson && last + 1 < limit &&
          mention_start_[last + 1] >= 0 &&
          x_.actors[mentions_[mention_start_[last + 1]].actor].kind ==
              ActorKind::kPerson) {
        continue;
      }
      // "said Kremlin aide Yuri Ushakov", "said Russian presidential aide
      // X": an organisation or state, then title words with a role noun,
      // then the person.
      if (x_.actors[m.actor].kind != ActorKind::kPerson) {
        int k = last + 1;
        bool role = false;
        while (k < limit && k <= last + 4 && tokens_[k].word &&
               mention_start_[k] < 0) {
          const absl::string_view lk = LowerWord(k);
          if (IsRoleNoun(lk)) {
            role = true;
          } else if (tokens_[k].capitalised || IsFunctionWord(lk) ||
                     VerbAt(k).verb != nullptr) {
            break;
          }
          ++k;
        }
        if (role && k < limit && mention_start_[k] >= 0 &&
            x_.actors[mentions_[mention_start_[k]].actor].kind ==
                ActorKind::kPerson) {
          i = k - 1;
          continue;
        }
      }
      if (IsPlaceLike(x_.actors[m.actor].kind)) return std::nullopt;
      return MakeSubject(m.actor, m.begin, m.end, i, "mention-after-verb",
                         0.85f);
    }
    if (w == "he" || w == "she" || w == "they") return ResolvePronoun(i);
    if (w == "a" || w == "an" || w == "the" || tokens_[i].capitalised) {
      // "according to a senior Indian official": a description.
      for (int e = i + 1; e < limit && e < i + 6 && tokens_[e].word; ++e) {
        if (IsOfficialHead(Word(e))) {
          if (std::optional<Subject> d = DescriptionEndingAt(e, i)) return d;
          break;
        }
      }
    }
    if (w == "the" || IsRoleNoun(w) || tokens_[i].capitalised) {
      // "the Kremlin spokesman" / "Kremlin aide Yuri Ushakov"
      int end = i;
      while (end + 1 < limit && tokens_[end + 1].word && end - i < 5 &&
             mention_start_[end + 1] < 0 &&
             (tokens_[end + 1].capitalised || IsRoleNoun(LowerWord(end + 1)) ||
              LowerWord(end + 1) == "foreign" ||
              LowerWord(end + 1) == "policy" || TitleModifierAt(end + 1))) {
        ++end;
      }
      if (end + 1 < limit && mention_start_[end + 1] >= 0) {
        i = end;
        continue;
      }
      if (std::optional<Subject> n = HeadOfStateAt(i)) return n;
      if (std::optional<Subject> n = RoleOfStateAt(i, end, limit)) return n;
      if (std::optional<Subject> n = NominalEndingAt(end, i)) return n;
      if (std::optional<Subject> n = NameEndingAt(end, i)) return n;
      if (w != "the") return std::nullopt;
      continue;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// "TASS reported that Putin ...", "according to RIA": relays of a subject.
void Reader::AddRelayBefore(Subject& s, int floor) const {
  int t = s.token - 1;
  if (t < floor || !Is(t, "that")) return;
  const int verb = t - 1;
  const VerbHit hit = VerbAt(verb);
  if (hit.verb == nullptr) return;
  std::optional<Subject> outer = SubjectBefore(verb, floor, 3);
  if (!outer || outer->actor == s.actor) return;
  const ActorKind kind = x_.actors[outer->actor].kind;
  if (kind != ActorKind::kMediaOutlet && kind != ActorKind::kPerson &&
      kind != ActorKind::kOrganization) {
    return;
  }
  s.relays.push_back(
      {outer->actor, ReportKind::kReported, {outer->begin, tokens_[verb].end}});
}

void Reader::AddRelaysAfter(Subject& s, int from, int limit) const {
  limit = std::min(limit, from + 40);
  for (int i = from; i + 2 < limit; ++i) {
    // "according to X", "carried by X", "citing X", "reported X"
    int at = -1;
    if (Is(i, "according") && Is(i + 1, "to")) at = i + 2;
    if ((Is(i, "carried") || Is(i, "reported") || Is(i, "published")) &&
        Is(i + 1, "by")) {
      at = i + 2;
    }
    if (Is(i, "citing")) at = i + 1;
    if (at < 0) continue;
    std::optional<Subject> r = SubjectAt(at, limit);
    if (!r) {
      // "the Russian state TV": a description the registry may not know.
      continue;
    }
    if (r->actor == s.actor) continue;
    bool have = false;
    for (const ExtractedReport& e : s.relays) have |= e.outlet == r->actor;
    if (have) continue;
    s.relays.push_back(
        {r->actor, ReportKind::kReported, {tokens_[i].begin, r->end}});
  }
}

// After a closing mark: ", she said", ", said Ning", ", Ning added",
// ", TASS quoted Putin as saying", ", according to X".
std::optional<Subject> Reader::AttributeAfterQuote(int from, int limit,
                                                   int* verb_token) const {
  int t = from;
  while (t < limit && !tokens_[t].word &&
         (IsPunct(t, ',') || IsPunct(t, '-') || Word(t) == "\xE2\x80\x94" ||
          Word(t) == "\xE2\x80\x93")) {
    ++t;
  }
  if (t >= limit || !tokens_[t].word) return std::nullopt;
  // The first token of the sentence before token t (60 tokens back at
  // most).
  auto sentence_start = [&] {
    int b = t - 1;
    while (
        b > 0 && b > t - 60 &&
        !(IsPunct(b - 1, '.') || IsPunct(b - 1, '?') || IsPunct(b - 1, '!'))) {
      --b;
    }
    return b;
  };
  // "X and Y will ..., their defence ministers said on Wednesday": the
  // officials of the clause's coordinated subject speak for it (its first
  // name the speaker, the others co-speakers).
  if (Is(t, "their") && t > 0) {
    int head = -1;
    for (int k = t + 1;
         k < limit && k <= t + 4 && tokens_[k].word && !tokens_[k].capitalised;
         ++k) {
      const absl::string_view w = LowerWord(k);
      if (w == "ministers" || w == "leaders" || w == "officials" ||
          w == "governments" || w == "presidents" || w == "spokespeople" ||
          w == "spokesmen" || w == "envoys" || w == "negotiators" ||
          w == "delegations") {
        head = k;
        break;
      }
    }
    const VerbHit h = head >= 0 ? VerbAt(head + 1) : VerbHit{};
    if (h.verb != nullptr && h.form == VerbForm::kFinite &&
        h.verb->reports_speech) {
      // The clause's subject: the first name of the sentence, when it names
      // two actors or more.
      const int b = sentence_start();
      std::optional<Subject> subject = FirstSubjectIn(b, from);
      if (subject && subject->actor >= 0) {
        // "Japan and the Philippines": the second name of one kind.
        int k = subject->token;
        while (k < from && tokens_[k].begin < subject->end) ++k;
        if (Is(k, "and")) ++k;
        if (Is(k, "the")) ++k;
        if (k > subject->token + 1 && k < from && mention_start_[k] >= 0) {
          const int other = mentions_[mention_start_[k]].actor;
          if (other != subject->actor &&
              x_.actors[other].kind == x_.actors[subject->actor].kind) {
            subject->co_speakers.push_back(other);
          }
        }
      }
      if (subject && subject->actor >= 0 && !subject->co_speakers.empty()) {
        subject->rule = "officials-of-coordinated-subject";
        *verb_token = head + 1;
        return subject;
      }
    }
  }
  // "Germany wants ..., its foreign minister said on Tuesday": the title
  // of the state the clause named (StateTitleEndingAt reads "its").
  if (Is(t, "its") && t > 0) {
    for (int k = t + 1;
         k < limit && k <= t + 4 && tokens_[k].word && !tokens_[k].capitalised;
         ++k) {
      const VerbHit h = VerbAt(k + 1);
      if (h.verb == nullptr || h.form != VerbForm::kFinite ||
          !h.verb->reports_speech) {
        continue;
      }
      const int b = sentence_start();
      if (std::optional<Subject> s = StateTitleEndingAt(k, b)) {
        *verb_token = k + 1;
        return s;
      }
      break;
    }
  }
  // "in remarks carried by X", "in comments reported by X": a relay only;
  // the caller finds the speaker in the clause before.
  if (Is(t, "in") && t + 3 < limit &&
      (Is(t + 1, "remarks") || Is(t + 1, "comments")) &&
      (Is(t + 2, "carried") || Is(t + 2, "reported") ||
       Is(t + 2, "published") || Is(t + 2, "broadcast") || Is(t + 2, "aired") ||
       Is(t + 2, "quoted")) &&
      Is(t + 3, "by")) {
    std::optional<Subject> r = SubjectAt(t + 4, limit);
    if (!r || r->actor < 0) return std::nullopt;
    Subject relay;
    relay.relays.push_back(
        {r->actor, ReportKind::kReported, {tokens_[t].begin, r->end}});
    relay.rule = "quote-reported-by-outlet";
    *verb_token = t;
    return relay;
  }
  // "“…,” read a statement from X", "“…,” reads the communique of X": the
  // document's issuer ("read" is past here, not the verb's base form).
  if ((Is(t, "read") || Is(t, "reads")) && t + 3 < limit &&
      (Is(t + 1, "a") || Is(t + 1, "the")) && tokens_[t + 2].word &&
      IsDocumentNoun(LowerWord(t + 2)) &&
      (Is(t + 3, "from") || Is(t + 3, "by") || Is(t + 3, "of"))) {
    std::optional<Subject> s = SubjectAt(t + 4, limit);
    if (s && s->actor >= 0) {
      s->rule = "quote-read-document-of";
      *verb_token = t;
      return s;
    }
  }
  // "according to X"
  if (Is(t, "according") && Is(t + 1, "to")) {
    std::optional<Subject> s = SubjectAt(t + 2, limit);
    if (s) {
      s->rule = "quote-according-to";
      *verb_token = t;
      // "according to remarks attributed to X by Y": Y relays X.
      if (Is(t + 2, "remarks") || Is(t + 2, "comments") || Is(t + 2, "words")) {
        int k = s->token;
        while (k < limit && tokens_[k].begin < s->end) ++k;
        if (k + 1 < limit && Is(k, "by")) {
          std::optional<Subject> r = SubjectAt(k + 1, limit);
          if (r && r->actor >= 0 && r->actor != s->actor) {
            s->relays.push_back(
                {r->actor, ReportKind::kReported, {tokens_[k].begin, r->end}});
          }
        }
      }
    }
    return s;
  }
  // "said X" (a verb that reports speech; "welcomed Beijing's position"
  // names an object, not a speaker)
  VerbHit hit = VerbAt(t);
  if (hit.verb != nullptr && hit.form == VerbForm::kFinite) {
    std::optional<Subject> s = SubjectAt(t + 1, limit);
    if (!s && hit.verb->reports_speech) {
      s = UnresolvedDescriptionAt(t + 1, limit);
    }
    if (s &&
        (!hit.verb->reports_speech || s->end < tokens_[s->token].end ||
         (s->token + 1 < limit && s->end <= tokens_[s->token].end &&
          EndsPossessive(Slice(text_, s->begin, tokens_[s->token].end))))) {
      return std::nullopt;
    }
    if (s) {
      *verb_token = t;
      if (s->actor >= 0 &&
          x_.actors[s->actor].kind == ActorKind::kMediaOutlet &&
          hit.verb->lemma == "report") {
        // ", reported Reuters": a relay; the caller finds the speaker in
        // the clause before the quotation.
        Subject relay;
        relay.relays.push_back(
            {s->actor, ReportKind::kReported, {tokens_[t].begin, s->end}});
        AddRelaysAfter(relay, s->token + 1, limit);
        relay.rule = "quote-reported-by-outlet";
        return relay;
      }
      if (!absl::StartsWith(s->rule, "description")) {
        s->rule = "quote-verb-speaker";
      }
      AddRelaysAfter(*s, s->token + 1, limit);
      return s;
    }
    return std::nullopt;
  }
  // "Olga Tamm, a spokesperson for the ministry, said": an apposition
  // between the speaker's name and the verb. The commas and the verb are
  // checked first (cheap); only then is the name read.
  if (tokens_[t].capitalised) {
    int c0 = t + 1;
    while (c0 < limit && c0 <= t + 5 && tokens_[c0].word &&
           tokens_[c0].capitalised) {
      ++c0;
    }
    if (c0 < limit && IsPunct(c0, ',')) {
      int c1 = c0 + 1;
      while (c1 < limit && c1 <= c0 + 12 && !IsPunct(c1, ',') &&
             !IsQuoteMark(c1)) {
        ++c1;
      }
      if (c1 + 1 < limit && IsPunct(c1, ',') && AppositionAfter(c0, c1)) {
        const VerbHit h = VerbAt(c1 + 1);
        if (h.verb != nullptr && h.form == VerbForm::kFinite &&
            h.verb->reports_speech && !h.verb->takes_addressee) {
          std::optional<Subject> s = SubjectAt(t, c0);
          if (s && s->actor >= 0 &&
              x_.actors[s->actor].kind == ActorKind::kPerson &&
              s->end == tokens_[c0 - 1].end) {
            *verb_token = c1 + 1;
            s->rule = "quote-speaker-apposition-verb";
            AddRelaysAfter(*s, c1 + 2, limit);
            return s;
          }
        }
      }
    }
  }
  // "X said", "she added", "TASS quoted Putin as saying"
  for (int v = t + 1; v < limit && v < t + 10; ++v) {
    if (IsQuoteMark(v)) break;
    // ", X was quoted as saying (by Y).": X speaks, relayed by Y; ", X was
    // quoted as telling the minister by Y.": past the addressee.
    if (Is(v, "quoted") && (Is(v - 1, "was") || Is(v - 1, "were")) &&
        Is(v + 1, "as") && (Is(v + 2, "saying") || Is(v + 2, "telling")) &&
        v - 1 > t) {
      std::optional<Subject> s = SubjectBefore(v - 1, t, 3);
      if (!s || s->actor < 0) return std::nullopt;
      *verb_token = v + 2;
      s->rule = "quote-speaker-was-quoted";
      int by = v + 3;
      if (Is(v + 2, "telling")) {
        while (by < limit && by <= v + 9 && tokens_[by].word && !Is(by, "by")) {
          ++by;
        }
      }
      if (by < limit && Is(by, "by")) {
        std::optional<Subject> r = SubjectAt(by + 1, limit);
        if (!r || r->actor < 0) {
          // "by the state-owned Guyana Chronicle": an outlet the registry
          // does not know, its capitalised name after "the" and lower-case
          // words of what it is.
          int b = by + 1;
          while (b < limit && b <= by + 4 && tokens_[b].word &&
                 !tokens_[b].capitalised && !Is(b, "and") && !Is(b, "which")) {
            ++b;
          }
          int e = b;
          while (e < limit && e < b + 4 && tokens_[e].word &&
                 tokens_[e].capitalised && !IsFunctionWord(LowerWord(e))) {
            ++e;
          }
          if (e > b && b > by + 1 && Is(by + 1, "the")) {
            r = NewNameSubject(b, e - 1, ActorKind::kMediaOutlet,
                               "speaker-was-quoted-by-outlet", 0.5f, 0.7f);
          }
        }
        if (r && r->actor >= 0 && r->actor != s->actor) {
          s->relays.push_back(
              {r->actor, ReportKind::kQuoted, {tokens_[v].begin, r->end}});
        }
      }
      return s;
    }
    hit = VerbAt(v);
    if (hit.verb == nullptr || hit.form != VerbForm::kFinite) continue;
    std::optional<Subject> s = SubjectBefore(v, t, 3);
    if (!s) s = UnresolvedDescriptionBefore(v, t);
    if (!s) return std::nullopt;
    *verb_token = v;
    if (hit.verb->lemma == "quote" || hit.verb->lemma == "cite") {
      // "TASS quoted Putin as saying"
      std::optional<Subject> quoted = SubjectAt(v + 1, limit);
      // "Anadolu quoted the Turkish leader as saying": a nominal.
      if (!quoted) {
        for (int a = v + 2; a < limit && a <= v + 6; ++a) {
          if (!Is(a, "as")) continue;
          quoted = NominalEndingAt(a - 1, v + 1);
          if (quoted && quoted->actor < 0) quoted.reset();
          break;
        }
      }
      // "“…,” the agency quoted him as saying": the pronoun's person.
      if (!quoted && v + 2 < limit && (Is(v + 1, "him") || Is(v + 1, "her")) &&
          Is(v + 2, "as")) {
        quoted = ResolvePronoun(v + 1);
      }
      if (!quoted && s->rule == "media-anaphor") return std::nullopt;
      if (quoted && quoted->actor != s->actor) {
        quoted->relays.push_back(
            {s->actor, ReportKind::kQuoted, {s->begin, tokens_[v].end}});
        quoted->rule = "quote-outlet-quoted-speaker";
        AddRelaysAfter(*quoted, v + 1, limit);
        return quoted;
      }
    }
    // Descriptions keep their rule name (DateStatement and Emit read it).
    if (s->rule == "mention-before-verb") {
      s->rule = "quote-speaker-verb";
    } else if (!absl::StartsWith(s->rule, "description")) {
      s->rule = "quote-" + s->rule;
    }
    AddRelaysAfter(*s, v + 1, limit);
    return s;
  }
  return std::nullopt;
}

// "A diplomat familiar with the talks said", "a state news agency
// reported": an indefinite description at the start of its clause, right
// before the verb, that names no actor the speaker could be. The text does
// not say who spoke: a subject with no actor (-1), rule
// "description-unresolved", confidence 0.25; Emit keeps the statement with
// an empty speaker (AddExtraction leaves it out of the graph).
// "a State Department spokesperson", "a Foreign Office spokesman": the
// capitalised words between the determiner `det` and a spokesperson's or
// an official's head, up to token `end`, name the body the speaker speaks
// for when the registry knows them as one organisation or state (the
// registry reads "State Department spokesperson" as the office's title,
// so no mention of the body is made). -1 for none.
int Reader::BodyOfDescription(int det, int end) const {
  if (!k_.registry_resolver) return -1;
  int head = -1;
  for (int t = det + 1; t <= end && t <= det + 5; ++t) {
    if (!tokens_[t].word) return -1;
    const absl::string_view w = LowerWord(t);
    if (w == "spokesperson" || w == "spokesman" || w == "spokeswoman" ||
        w == "official" || w == "officials") {
      head = t;
      break;
    }
    if (!tokens_[t].capitalised) return -1;
  }
  if (head <= det + 1) return -1;
  const Resolution& r = ResolveOnDocumentDate(
      Slice(text_, tokens_[det + 1].begin, tokens_[head - 1].end));
  if (!r.found() || r.ambiguous) return -1;
  const ActorId id = r.best().actor;
  if (id.value >= k_.registry.size()) return -1;
  const ActorKind kind = k_.registry[id.value].kind;
  if (kind != ActorKind::kOrganization &&
      kind != ActorKind::kInternationalOrganization &&
      kind != ActorKind::kState) {
    return -1;
  }
  return const_cast<Reader*>(this)->ActorFor(false, id);
}

std::optional<Subject> Reader::UnresolvedDescriptionBefore(int verb,
                                                           int floor) const {
  int det = -1;
  for (int t = verb - 1; t >= floor && t >= verb - 10; --t) {
    if (!tokens_[t].word) {
      if (IsPunct(t, ',') || IsPunct(t, '-')) continue;  // "a source, who"
      return std::nullopt;
    }
    if (t != verb - 1 && VerbAt(t).verb != nullptr) return std::nullopt;
    if (Is(t, "a") || Is(t, "an")) {
      det = t;
      break;
    }
  }
  if (det < 0) return std::nullopt;
  // At the start of its clause.
  if (det - 1 >= floor && tokens_[det - 1].word && !Is(det - 1, "and") &&
      !Is(det - 1, "but")) {
    return std::nullopt;
  }
  // A head noun of a speaker within three words of the determiner.
  bool head = false;
  for (int t = det + 1; t < verb && t <= det + 4 && tokens_[t].word; ++t) {
    const absl::string_view w = LowerWord(t);
    head |= IsAnySpeakerHead(w);
  }
  if (!head) return std::nullopt;
  if (const int body = BodyOfDescription(det, verb - 1); body >= 0) {
    return MakeSubject(body, tokens_[det].begin, tokens_[verb - 1].end, det,
                       "description-speaks-for", 0.45f);
  }
  return MakeSubject(-1, tokens_[det].begin, tokens_[verb - 1].end, det,
                     "description-unresolved", 0.25f);
}

// ", said a diplomat familiar with the talks": the same after the verb,
// the phrase running to the end of its clause.
std::optional<Subject> Reader::UnresolvedDescriptionAt(int t, int limit) const {
  if (!(Is(t, "a") || Is(t, "an"))) return std::nullopt;
  bool head = false;
  int end = t;
  for (int i = t + 1; i < limit && i <= t + 10 && tokens_[i].word; ++i) {
    if (mention_start_[i] >= 0 || VerbAt(i).verb != nullptr) {
      return std::nullopt;
    }
    const absl::string_view w = LowerWord(i);
    if (i <= t + 4) {
      head |= IsAnySpeakerHead(w);
    }
    end = i;
  }
  if (!head || (end + 1 < limit && tokens_[end + 1].word)) return std::nullopt;
  if (const int body = BodyOfDescription(t, end); body >= 0) {
    return MakeSubject(body, tokens_[t].begin, tokens_[end].end, t,
                       "description-speaks-for", 0.45f);
  }
  return MakeSubject(-1, tokens_[t].begin, tokens_[end].end, t,
                     "description-unresolved", 0.25f);
}

// "X quoted Pavel Drozdov as saying", "X quoted the head of the Russian
// delegation, Pavel Drozdov, as saying": the name ending at token e (before
// "as saying"), right after the quote verb or, as an `apposition`, set off
// by commas after the verb's object, speaks; the subject of "quoted"
// relays.
std::optional<Subject> Reader::QuotedNameAsSaying(int e, int floor,
                                                  bool apposition) const {
  int first = e;
  if (mention_end_[e] >= 0) {
    first = MentionFirstToken(e, floor);
  } else {
    first = CapitalisedRunStart(e, floor, 4);
    if (first == e) return std::nullopt;  // one word is too weak
  }
  int q = -1;
  if (!apposition) {
    const VerbHit hit = VerbAt(first - 1);
    if (hit.verb != nullptr &&
        (hit.verb->lemma == "quote" || hit.verb->lemma == "cite"))
      q = first - 1;
  } else if (!IsPunct(first - 1, ',')) {
    return std::nullopt;
  }
  // The quote verb within ten words before the comma.
  for (int i = first - 2; apposition && i >= floor && i >= first - 12; --i) {
    if (!tokens_[i].word) {
      if (IsPunct(i, ',')) break;
      continue;
    }
    const VerbHit hit = VerbAt(i);
    if (hit.verb != nullptr) {
      if (hit.verb->lemma == "quote" || hit.verb->lemma == "cite") q = i;
      break;
    }
  }
  if (q < 0) return std::nullopt;
  std::optional<Subject> s;
  if (mention_end_[e] >= 0) {
    const DocMention& m = mentions_[mention_end_[e]];
    if (x_.actors[m.actor].kind != ActorKind::kPerson) return std::nullopt;
    s = MakeSubject(m.actor, m.begin, m.end, first,
                    apposition ? "outlet-quoted-apposition-as-saying"
                               : "outlet-quoted-speaker-as-saying",
                    0.75f);
  } else {
    for (int i = first; i <= e; ++i) {
      if (EndsPossessive(Word(i))) return std::nullopt;
    }
    s = NewNameSubject(first, e, ActorKind::kPerson,
                       apposition ? "outlet-quoted-apposition-as-saying"
                                  : "outlet-quoted-speaker-as-saying",
                       0.5f, 0.7f);
  }
  if (!s) return std::nullopt;
  if (std::optional<Subject> outlet = SubjectBefore(q, floor, 3)) {
    if (outlet->actor != s->actor) {
      s->relays.push_back({outlet->actor,
                           ReportKind::kQuoted,
                           {outlet->begin, tokens_[q].end}});
    }
  }
  return s;
}

std::optional<Subject> Reader::QuotedByAsSaying(int as, int floor) const {
  // The outlet: a mention, or one to three capitalised words, after "by".
  int e = as - 1;
  if (e - 3 < floor || !tokens_[e].word || !tokens_[e].capitalised) {
    return std::nullopt;
  }
  int first = e;
  if (mention_end_[e] >= 0) {
    first = MentionFirstToken(e, floor);
  } else {
    first = CapitalisedRunStart(e, floor, 3);
  }
  const int by = first - 1;
  // "was quoted by Interfax as saying", "was cited by RIA Novosti as
  // saying".
  if (by - 2 < floor || !Is(by, "by") ||
      !(Is(by - 1, "quoted") || Is(by - 1, "cited")) ||
      !(Is(by - 2, "was") || Is(by - 2, "were") || Is(by - 2, "is") ||
        Is(by - 2, "has") || Is(by - 2, "been"))) {
    return std::nullopt;
  }
  int aux = by - 2;
  if (Is(aux, "been") && aux - 1 >= floor &&
      (Is(aux - 1, "has") || Is(aux - 1, "have") || Is(aux - 1, "had"))) {
    --aux;
  }
  // The speaker before the auxiliary, past an apposition set off by commas.
  int n = aux - 1;
  if (n >= floor && IsPunct(n, ',')) {
    int k = n - 1;
    while (k >= floor && k > n - 10 && !IsPunct(k, ',')) {
      if (!tokens_[k].word) return std::nullopt;
      --k;
    }
    if (k < floor || !IsPunct(k, ',')) return std::nullopt;
    n = k - 1;
  }
  if (n < floor || !tokens_[n].word || !tokens_[n].capitalised) {
    return std::nullopt;
  }
  std::optional<Subject> s;
  if (mention_end_[n] >= 0) {
    const DocMention& m = mentions_[mention_end_[n]];
    if (m.end < tokens_[n].end || IsPlaceLike(x_.actors[m.actor].kind)) {
      return std::nullopt;
    }
    s = MakeSubject(m.actor, m.begin, m.end, MentionFirstToken(n, floor),
                    "speaker-was-quoted-by-outlet", 0.75f);
  } else {
    int f = n;
    while (f - 1 >= floor && n - f < 3 && tokens_[f - 1].word &&
           tokens_[f - 1].capitalised && !IsFunctionWord(LowerWord(f - 1))) {
      --f;
    }
    if (f == n) return std::nullopt;
    s = NewNameSubject(f, n, ActorKind::kPerson, "speaker-was-quoted-by-outlet",
                       0.5f, 0.7f);
  }
  if (!s) return std::nullopt;
  int outlet = -1;
  uint32_t outlet_begin = tokens_[first].begin;
  if (mention_end_[e] >= 0) {
    outlet = mentions_[mention_end_[e]].actor;
    outlet_begin = mentions_[mention_end_[e]].begin;
  } else if (std::optional<Subject> o =
                 NewNameSubject(first, e, ActorKind::kMediaOutlet,
                                "speaker-was-quoted-by-outlet", 0.5f, 0.7f)) {
    outlet = o->actor;
  }
  if (outlet >= 0 && outlet != s->actor) {
    s->relays.push_back(
        {outlet, ReportKind::kQuoted, {tokens_[by - 1].begin, tokens_[e].end}});
    (void)outlet_begin;
  }
  return s;
}

std::optional<Subject> Reader::AppositionNameBefore(int verb, int floor) const {
  const int comma2 = verb - 1;
  if (comma2 - 3 < floor || !IsPunct(comma2, ',')) return std::nullopt;
  const int e = comma2 - 1;
  if (!tokens_[e].word || !tokens_[e].capitalised) return std::nullopt;
  int first = e;
  int person = -1;
  bool one_word = false;
  if (mention_end_[e] >= 0) {
    const DocMention& m = mentions_[mention_end_[e]];
    if (x_.actors[m.actor].kind != ActorKind::kPerson) return std::nullopt;
    first = MentionFirstToken(e, floor);
    if (m.end < tokens_[e].end) return std::nullopt;  // "Putin's"
    person = m.actor;
  } else {
    first = CapitalisedRunStart(e, floor, 4);
    // One word is too weak, except after a title ("Brazil's president,
    // Lula, said"; checked below).
    one_word = first == e;
    for (int i = first; i <= e; ++i) {
      if (EndsPossessive(Word(i)) || mention_start_[i] >= 0 ||
          IsAnySpeakerHead(LowerWord(i))) {
        return std::nullopt;
      }
    }
  }
  const int comma1 = first - 1;
  if (comma1 - 1 < floor || !IsPunct(comma1, ',')) return std::nullopt;
  // The description: a speaker noun right before the first comma, with a
  // determiner or a possessive within six words before it ("An EU
  // spokesperson", "Tokayev's spokesman", "a spokesman for Ukraine's
  // foreign ministry", "the consortium's deputy general director").
  // A description that names another actor ends in that actor's name ("a
  // spokesman for Iceland, Jon Berg,").
  int head = comma1 - 1;
  if (!tokens_[head].word) return std::nullopt;
  // "Zelenskiy's chief of staff, Andriy Yermak,": a title with "of" and
  // one lower-case noun after its speaker noun.
  if (!tokens_[head].capitalised && !IsAnySpeakerHead(LowerWord(head)) &&
      head - 2 >= floor && Is(head - 1, "of") && tokens_[head - 2].word &&
      IsAnySpeakerHead(LowerWord(head - 2))) {
    head -= 2;
  }
  // "Guyana's Foreign Secretary, X,": a capitalised title is a speaker
  // noun too (the determiner or possessive before it is checked below).
  if ((tokens_[head].capitalised && !IsRoleNoun(LowerWord(head))) ||
      !IsAnySpeakerHead(LowerWord(head))) {
    if (mention_end_[head] < 0 || !DescribedEndingAt(head, floor)) {
      // "The Chinese ambassador in London, X,", "The US Assistant
      // Secretary of State for South Asian Affairs, X,": a role noun with
      // a phrase after it (of, for, in, to or at, then words only, no
      // verb; ten words at most).
      int found = -1;
      for (int k = comma1 - 2, m = 0; k - 1 >= floor && m < 10; --k, ++m) {
        if (!tokens_[k].word || VerbAt(k).verb != nullptr) break;
        const absl::string_view w = LowerWord(k);
        if ((w == "of" || w == "for" || w == "in" || w == "to" || w == "at") &&
            tokens_[k - 1].word && IsRoleNoun(LowerWord(k - 1))) {
          found = k - 1;
          break;
        }
      }
      if (found < 0) return std::nullopt;
      head = found;
    }
  }
  if (one_word && (!IsRoleNoun(LowerWord(head)) ||
                   IsFunctionWord(LowerWord(e)) || Word(e).size() < 3)) {
    return std::nullopt;
  }
  bool opened = false;
  for (int k = head - 1; k >= floor && k >= head - 7; --k) {
    if (!tokens_[k].word) break;
    const absl::string_view w = LowerWord(k);
    if (w == "a" || w == "an" || w == "the" || EndsPossessive(Word(k))) {
      opened = true;
    }
    if (VerbAt(k).verb != nullptr) break;
  }
  if (!opened) return std::nullopt;
  if (person >= 0) {
    const DocMention& m = mentions_[mention_end_[e]];
    return MakeSubject(person, m.begin, m.end, first,
                       "apposition-name-after-description", 0.8f);
  }
  return NewNameSubject(first, e, ActorKind::kPerson,
                        "apposition-name-after-description", 0.6f, 0.75f);
}

// The first subject of a clause: a person, organisation or state mention
// not governed by a preposition or a verb.
std::optional<Subject> Reader::FirstSubjectIn(int from, int to) const {
  from = std::max(from, to - 60);
  for (int t = from; t < to; ++t) {
    if (mention_start_[t] < 0) continue;
    const DocMention& m = mentions_[mention_start_[t]];
    const ActorKind kind = x_.actors[m.actor].kind;
    if (IsPlaceLike(kind) || kind == ActorKind::kMediaOutlet) continue;
    if (t > from && tokens_[t - 1].word &&
        (Prepositions().contains(LowerWord(t - 1)) ||
         VerbAt(t - 1).verb != nullptr)) {
      continue;
    }
    const int last = MentionLastToken(t, to);
    if (m.end < tokens_[last].end) continue;  // possessive or compound
    return MakeSubject(m.actor, m.begin, m.end, t, "first-subject-of-sentence",
                       0.5f);
  }
  return std::nullopt;
}

}  // namespace text_internal
}  // namespace diplograph
