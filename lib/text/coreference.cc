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
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "text/reader.h"

namespace diplograph {
namespace text_internal {

std::optional<Subject> Reader::ResolvePronoun(int t) const {
  absl::string_view w = LowerWord(t);
  // "According to her, ...": the object form names as the subject does.
  if (w == "him") w = "he";
  if (w == "her") w = "she";
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
    // "Mammadli struck a more cautious tone. Baku wanted "…", he told
    // reporters": a person who opens a sentence after the latest statement
    // (its words and its speaker's name), a sentence that says how the
    // person spoke ("struck a more cautious tone", "was less upbeat"), is
    // the one the writer turned to. A sentence of another act ("X arrived
    // in Bergen on Monday. She said ...") leaves "she" the latest speaker.
    auto tone_sentence = [&](uint32_t from) {
      const uint32_t end =
          std::min<uint32_t>(static_cast<uint32_t>(text_.size()),
                             std::min(tokens_[t].begin, from + 200));
      size_t stop = text_.find('.', from);
      if (stop == absl::string_view::npos || stop > end) stop = end;
      const std::string lower = absl::AsciiStrToLower(
          Slice(text_, from, static_cast<uint32_t>(stop)));
      for (absl::string_view word :
           absl::StrSplit(lower, ' ', absl::SkipEmpty())) {
        for (absl::string_view tone :
             {"tone", "note", "cautious", "upbeat", "guarded", "optimistic",
              "pessimistic", "blunt", "defiant", "conciliatory", "sceptical",
              "skeptical", "hopeful", "emphatic", "measured", "combative",
              "enthusiastic", "critical", "dismissive", "sanguine", "confident",
              "downbeat", "reserved", "scathing", "wary", "doubtful",
              "unconvinced", "unimpressed", "circumspect", "forthright",
              "positive", "negative", "gloomy", "bullish", "disagreed", "view",
              // "X, who attended the talks, declined to say when ...
              // "These are questions for the engineers," he told
              // reporters.": a person the writer reports speaking in the
              // sentence just before the quotation.
              "declined", "refused", "insisted", "warned", "said", "added",
              "stressed", "argued", "acknowledged", "conceded", "admitted",
              "cautioned", "replied", "responded", "told"}) {
          if (word == tone) return true;
        }
      }
      return false;
    };
    {
      uint32_t at = 0;
      const int topic = SentenceSubjectPersonBefore(tokens_[t].begin, &at);
      const char wanted = w == "he" ? 'm' : 'f';
      if (topic >= 0 && topic != s.actor && !x_.statements.empty() &&
          at >= x_.statements.back().text_span.end &&
          at >= x_.statements.back().speaker_span.end && tone_sentence(at)) {
        const char g = GenderOf(topic, tokens_[t].begin);
        if (g == 0 || g == wanted) {
          s.actor = topic;
          s.rule = "pronoun-sentence-subject-after-speaker";
          s.confidence = 0.65f;
          return s;
        }
      }
    }
    // "Pavel Sorin said ... Olga Tamm said ... He said ...": when the text
    // gives the nearest speaker the other gender, the latest earlier
    // speaker it gives this one (else one it gives none).
    const char wanted = w == "he" ? 'm' : 'f';
    const char nearest = GenderOf(s.actor, tokens_[t].begin);
    if (nearest != 0 && nearest != wanted) {
      int unknown = -1;
      for (int r : recent_persons_) {
        if (r < 0 || r == s.actor) continue;
        const char g = GenderOf(r, tokens_[t].begin);
        if (g == wanted) {
          s.actor = r;
          s.rule = "pronoun-gender-speaker";
          return s;
        }
        if (g == 0 && unknown < 0) unknown = r;
      }
      if (unknown >= 0) {
        s.actor = unknown;
        s.rule = "pronoun-gender-speaker";
        s.confidence = 0.6f;
      }
    }
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
    if (prev.co_speakers.empty()) return GroupEndingAt(t);
    s.actor = prev.speaker;
    s.co_speakers = prev.co_speakers;
    s.rule = "pronoun-nearest-speakers";
    s.confidence = 0.6f;
    return s;
  }
  return std::nullopt;
}

char Reader::GenderBefore(uint32_t offset) const {
  // The word before `offset`, past spaces and one full stop ("Mr. X").
  size_t e = std::min<size_t>(offset, text_.size());
  while (e > 0 && text_[e - 1] == ' ') --e;
  if (e > 0 && text_[e - 1] == '.') --e;
  size_t b = e;
  while (b > 0 && e - b < 16 &&
         absl::ascii_isalpha(static_cast<unsigned char>(text_[b - 1]))) {
    --b;
  }
  if (b == e || e - b >= 16) return 0;
  // lower_ is the text in lower case, offset for offset.
  const absl::string_view w =
      LowerSlice(static_cast<uint32_t>(b), static_cast<uint32_t>(e));
  static constexpr absl::string_view kMale[] = {
      "mr", "spokesman", "chairman", "congressman", "king", "prince", "sir"};
  static constexpr absl::string_view kFemale[] = {
      "ms",          "mrs",        "miss",          "madam",
      "spokeswoman", "chairwoman", "congresswoman", "queen",
      "princess",    "dame",       "lady"};
  for (absl::string_view m : kMale) {
    if (w == m) return 'm';
  }
  for (absl::string_view f : kFemale) {
    if (w == f) return 'f';
  }
  return 0;
}

char Reader::GenderOf(int actor, uint32_t before) const {
  if (actor < 0) return 0;
  auto g = gender_.find(actor);
  if (g != gender_.end()) return g->second;
  auto it = MentionsFrom(before);
  for (int n = 0; it != mentions_.begin() && n < 64; ++n) {
    --it;
    if (it->actor != actor) continue;
    if (const char found = GenderBefore(it->begin); found != 0) {
      gender_[actor] = found;
      return found;
    }
  }
  return 0;
}

// The latest mention of a person in [begin, end): at most 64 mentions
// back from `end`.
int Reader::LastPersonMentionIn(uint32_t begin, uint32_t end) const {
  auto it = MentionsFrom(end);
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

// Whether the comma at byte `comma` closes a short phrase that opens its
// sentence with a word of place, time or transition ("In Lima,", "On
// Monday,", "Meanwhile,", "Later that day,"): at most 40 bytes back to a
// full stop, a line break or the text's start.
bool Reader::OpensWithSettingPhrase(size_t comma) const {
  size_t b = comma;
  while (b > 0 && comma - b < 40 && text_[b - 1] != '.' &&
         text_[b - 1] != '\n' && text_[b - 1] != '!' && text_[b - 1] != '?' &&
         text_[b - 1] != ',' && text_[b - 1] != '"') {
    --b;
  }
  if (b > 0 && text_[b - 1] != '.' && text_[b - 1] != '\n' &&
      text_[b - 1] != '!' && text_[b - 1] != '?') {
    return false;
  }
  while (b < comma && text_[b] == ' ') ++b;
  size_t e = b;
  while (e < comma &&
         absl::ascii_isalpha(static_cast<unsigned char>(text_[e]))) {
    ++e;
  }
  const std::string w = absl::AsciiStrToLower(Slice(text_, b, e));
  for (absl::string_view opener :
       {"in", "at", "on", "from", "meanwhile", "elsewhere", "later", "earlier",
        "however", "back", "separately", "still", "yet", "nevertheless",
        "speaking", "asked", "during", "after", "before"}) {
    if (w == opener) return true;
  }
  return false;
}

// The person whose mention opens a sentence (after a full stop, a line
// break or the document's start, past a title of capitalised words), the
// latest one before `end`: at most 64 mentions and 1,500 bytes back.
int Reader::SentenceSubjectPersonBefore(uint32_t end, uint32_t* at) const {
  auto it = MentionsFrom(end);
  for (int n = 0; it != mentions_.begin() && n < 64; ++n) {
    --it;
    if (end - it->begin > 1500) break;
    if (it->actor < 0 || it->end > end ||
        x_.actors[static_cast<size_t>(it->actor)].kind != ActorKind::kPerson) {
      continue;
    }
    // Back over spaces and up to three capitalised title words; or a
    // lower-case title ending in a role noun or a noun of what a person
    // does ("But opposition deputy Ana Funes was ...").
    size_t i = it->begin;
    bool lower_title = false;
    for (int words = 0; words <= 3; ++words) {
      while (i > 0 && text_[i - 1] == ' ') --i;
      const char c = i == 0 ? '\n' : text_[i - 1];
      if (c == '.' || c == '\n' || c == '!' || c == '?') {
        if (at != nullptr) *at = it->begin;
        return it->actor;
      }
      // "In Lima, opposition deputy X ...", "On Monday, X ...",
      // "Meanwhile, X ...": an opening phrase of place, time or transition
      // (at most 40 bytes, opened by such a word) and its comma.
      if (c == ',' && OpensWithSettingPhrase(i - 1)) {
        if (at != nullptr) *at = it->begin;
        return it->actor;
      }
      // "Latvia's transport minister, Janis Ozols, who ...": the name in
      // apposition to a description that opens the sentence (at most 80
      // bytes, its last word a role noun or a noun of what a person does).
      if (c == ',' && words == 0) {
        size_t d = i - 1;
        while (d > 0 && i - 1 - d < 80 && text_[d - 1] != '.' &&
               text_[d - 1] != '\n' && text_[d - 1] != '!' &&
               text_[d - 1] != '?' && text_[d - 1] != ',') {
          --d;
        }
        const bool opens = d == 0 || text_[d - 1] == '.' ||
                           text_[d - 1] == '\n' || text_[d - 1] == '!' ||
                           text_[d - 1] == '?';
        size_t we = i - 1;
        size_t wb = we;
        while (wb > d &&
               absl::ascii_isalpha(static_cast<unsigned char>(text_[wb - 1]))) {
          --wb;
        }
        if (opens && wb < we) {
          const std::string last = absl::AsciiStrToLower(Slice(text_, wb, we));
          if (IsRoleNoun(last) || IsPersonNoun(last)) {
            if (at != nullptr) *at = it->begin;
            return it->actor;
          }
        }
      }
      size_t b = i;
      while (b > 0 &&
             absl::ascii_isalpha(static_cast<unsigned char>(text_[b - 1]))) {
        --b;
      }
      if (b == i) break;
      if (!absl::ascii_isupper(static_cast<unsigned char>(text_[b]))) {
        const std::string w = absl::AsciiStrToLower(Slice(text_, b, i));
        if (words == 0) {
          lower_title = IsRoleNoun(w) || IsPersonNoun(w);
        }
        if (!lower_title) break;
      }
      i = b;
    }
  }
  return -1;
}

// "the spokesperson", "the Kremlin spokesman", "the Russian president",
// "The Secretary": the nearest earlier speaker or person with that role.
bool Reader::HasNominalRole(int actor, absl::string_view head,
                            absl::string_view office) const {
  if (actor < 0) return false;
  auto fits = [&](absl::string_view title) {
    const std::string folded = absl::AsciiStrToLower(title);
    const absl::string_view lower(folded);
    if (!office.empty()) return absl::StrContains(lower, office);
    for (size_t at = lower.find(head); at != absl::string_view::npos;
         at = lower.find(head, at + 1)) {
      const absl::string_view before = lower.substr(0, at);
      const absl::string_view after = lower.substr(at + head.size());
      if (absl::EndsWith(before, "prime ") || absl::EndsWith(before, "vice ") ||
          absl::EndsWith(before, "vice-") || absl::EndsWith(before, "press ") ||
          absl::EndsWith(before, "deputy ") ||
          absl::StartsWith(after, "-general") ||
          absl::StartsWith(after, " general")) {
        continue;
      }
      return true;
    }
    return false;
  };
  return AnyTitleOf(actor, fits);
}

bool Reader::AnyTitleOf(int actor,
                        absl::FunctionRef<bool(absl::string_view)> fits) const {
  for (const std::string& t : titles_[actor]) {
    if (fits(t)) return true;
  }
  const ActorFacts* f = Facts(actor);
  if (f == nullptr) return false;
  for (const std::string& r : f->roles) {
    if (fits(r)) return true;
  }
  return false;
}

std::optional<Subject> Reader::MediaAnaphorEndingAt(int t, int floor) const {
  if (t < 0 || !tokens_[t].word || tokens_[t].capitalised) return std::nullopt;
  const absl::string_view head = LowerWord(t);
  const bool agency = head == "agency";
  // "the Asia-Plus news site said", "the Kabar news agency": an outlet
  // named before "news" and its kind (the registry's, else a new one).
  if (t - 3 >= floor && Is(t - 1, "news") &&
      (agency || head == "site" || head == "website" || head == "portal" ||
       head == "service")) {
    const int e = t - 2;
    int b = e;
    while (b - 1 >= floor && e - b < 3 && tokens_[b - 1].word &&
           tokens_[b - 1].capitalised && !Is(b - 1, "the")) {
      --b;
    }
    if (tokens_[e].word && tokens_[e].capitalised && b - 1 >= floor &&
        Is(b - 1, "the") && !IsFunctionWord(LowerWord(b))) {
      if (mention_end_[e] >= 0) {
        const DocMention& m = mentions_[mention_end_[e]];
        if (x_.actors[m.actor].kind != ActorKind::kMediaOutlet) {
          return std::nullopt;
        }
        return MakeSubject(m.actor, tokens_[b - 1].begin, tokens_[t].end, b - 1,
                           "news-outlet-name", 0.6f);
      }
      bool known = false;
      for (int k = b; k <= e; ++k) known = known || mention_end_[k] >= 0;
      if (known) return std::nullopt;
      std::optional<Subject> n = NewNameSubject(b, e, ActorKind::kMediaOutlet,
                                                "news-outlet-name", 0.5f, 0.6f);
      if (n) {
        n->begin = tokens_[b - 1].begin;
        n->end = tokens_[t].end;
        n->token = b - 1;
      }
      return n;
    }
  }
  if (!agency && head != "newspaper" && head != "broadcaster" &&
      head != "daily" && head != "paper" && head != "outlet" &&
      head != "channel" && head != "network" && head != "station" &&
      head != "website" && head != "wire") {
    return std::nullopt;
  }
  // "the agency", "the news agency", "the state-run broadcaster".
  int the = -1;
  for (int i = t - 1; i >= floor && i >= t - 3; --i) {
    if (Is(i, "the")) {
      the = i;
      break;
    }
    if (!tokens_[i].word || tokens_[i].capitalised || mention_end_[i] >= 0 ||
        VerbAt(i).verb != nullptr) {
      return std::nullopt;
    }
  }
  if (the < 0) return std::nullopt;
  const size_t here =
      static_cast<size_t>(MentionsFrom(tokens_[the].begin) - mentions_.begin());
  for (size_t m = here; m-- > 0 && here - m <= 64;) {
    if (mentions_[m].begin + 600 < tokens_[the].begin) break;
    const ExtractedActor& a = x_.actors[mentions_[m].actor];
    if (a.kind == ActorKind::kMediaOutlet ||
        (agency && a.kind == ActorKind::kOrganization &&
         absl::EndsWith(a.name, "Agency"))) {
      return MakeSubject(mentions_[m].actor, tokens_[the].begin, tokens_[t].end,
                         the, "media-anaphor", 0.6f);
    }
  }
  return std::nullopt;
}

namespace {

// The last words of the names of bodies that a text takes up as "the
// association", "the council", "the regional government".
bool IsBodyHeadNoun(absl::string_view w) {
  static constexpr absl::string_view kNouns[] = {
      "association",   "council",    "commission", "agency",
      "federation",    "chamber",    "institute",  "organisation",
      "organization",  "alliance",   "company",    "bank",
      "fund",          "centre",     "center",     "network",
      "coalition",     "committee",  "board",      "authority",
      "union",         "foundation", "society",    "movement",
      "party",         "forum",      "government", "corporation",
      "confederation", "league",     "assembly",   "parliament"};
  return IsOneOf(w, kNouns);
}

}  // namespace

std::optional<Subject> Reader::BodyNominalEndingAt(int t, int floor) const {
  if (!tokens_[t].word) return std::nullopt;
  const absl::string_view head = LowerWord(t);
  if (!IsBodyHeadNoun(head)) return std::nullopt;
  // "the association", "the regional government": "the" and at most two
  // lower-case words before the head.
  int the = -1;
  for (int i = t - 1; i >= std::max(floor, t - 3); --i) {
    if (Is(i, "the")) {
      the = i;
      break;
    }
    if (!tokens_[i].word || tokens_[i].capitalised) return std::nullopt;
  }
  if (the < 0) return std::nullopt;
  // The latest body named before, within 64 mentions, whose name ends in
  // the head noun ("the Canadian Cattle Association").
  const size_t here =
      static_cast<size_t>(MentionsFrom(tokens_[the].begin) - mentions_.begin());
  for (size_t m = here; m-- > 0 && here - m <= 64;) {
    const int c = mentions_[m].actor;
    if (c < 0) continue;
    const ActorKind kind = x_.actors[c].kind;
    if (kind == ActorKind::kPerson || kind == ActorKind::kState ||
        kind == ActorKind::kPlace) {
      continue;
    }
    const std::string& name = x_.actors[c].name;
    const size_t space = name.rfind(' ');
    if (space == std::string::npos ||
        !absl::EqualsIgnoreCase(absl::string_view(name).substr(space + 1),
                                head)) {
      continue;
    }
    Subject s;
    s.begin = tokens_[the].begin;
    s.end = tokens_[t].end;
    s.token = the;
    s.actor = c;
    s.rule = "nominal-body";
    s.confidence = 0.65f;
    return s;
  }
  return std::nullopt;
}

std::optional<Subject> Reader::NominalEndingAt(int t, int floor) const {
  if (!tokens_[t].word) return std::nullopt;
  const absl::string_view head = LowerWord(t);
  if (!IsRoleNoun(head)) return BodyNominalEndingAt(t, floor);
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
    // "the European Commission's spokesperson": the possessive's body
    // speaks (DescribedEndingAt), no person named by the office alone.
    if (EndsPossessive(Word(i))) return std::nullopt;
    // "The Prime Minister congratulated President": a verb between.
    if (VerbAt(i).verb != nullptr ||
        (!tokens_[i].capitalised && LowerWord(i).size() > 4 &&
         absl::EndsWith(LowerWord(i), "ed"))) {
      return std::nullopt;
    }
  }
  if (the < 0) return std::nullopt;
  // "the Prime Minister", "the Vice President": an office of its own.
  std::string office;
  if (t - 1 > the && tokens_[t - 1].word) {
    const absl::string_view mod = LowerWord(t - 1);
    if (mod == "prime" || mod == "vice" || mod == "press" || mod == "deputy") {
      office = absl::StrCat(mod, " ", head);
    }
  }
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
  // The mentions before the nominal.
  const size_t here =
      static_cast<size_t>(MentionsFrom(tokens_[the].begin) - mentions_.begin());
  // The latest person tied to `state` for which `ok` holds, among the 64
  // mentions before the nominal; -1 for none.
  auto person_of_state = [&](int state, auto ok) {
    for (size_t m = here; m-- > 0;) {
      if (here - m > 64) break;
      const int c = mentions_[m].actor;
      if (x_.actors[c].kind == ActorKind::kPerson && AffiliatedTo(c, state) &&
          ok(c)) {
        return c;
      }
    }
    return -1;
  };
  // "the Turkish leader", "the Russian leader": the head of state or
  // government of the demonym's state, among the persons named lately.
  if (head == "leader" && the + 1 < t) {
    bool is_demonym = false;
    const int state = DemonymStateAt(the + 1, &is_demonym);
    if (is_demonym && state >= 0) {
      const int c = person_of_state(state, [&](int c) {
        return HasRole(c, "president") || HasRole(c, "prime minister") ||
               HasRole(c, "premier") || HasRole(c, "chancellor") ||
               HasRole(c, "leader") || HasRole(c, "king");
      });
      if (c >= 0) {
        s.actor = c;
        s.rule = "nominal-leader-of-state";
        s.confidence = 0.7f;
        return s;
      }
    }
  }
  // "the Swedish minister", "the Kenyan foreign minister" when two
  // ministers are in play: the person with that role tied to the demonym's
  // state, among the persons named lately.
  // A demonym with no such person may name another state's office: the
  // last fallback below (the nearest speaker, whatever the title) does not
  // apply.
  bool demonym_seen = false;
  for (int d = the + 1; d < t; ++d) {
    bool is_demonym = false;
    int state = DemonymStateAt(d, &is_demonym);
    if (!is_demonym) {
      // A demonym the mention finder left out ("Icelandic" of a state the
      // text names only later or not at all) still names a state.
      demonym_seen = demonym_seen || DemonymWord(tokens_[d]).valid();
      continue;
    }
    demonym_seen = true;
    int c = -1;
    if (state >= 0) {
      c = person_of_state(state, [&](int c) { return HasRole(c, head); });
    }
    if (c >= 0) {
      s.actor = c;
      s.rule = "nominal-role-of-state";
      s.confidence = 0.75f;
      return s;
    }
    // "The Saudi foreign minister told CNN ...": no person of that role
    // and state named; the state speaks through its office (as "Saudi
    // Arabia's foreign minister" does), added when the text has not named
    // it.
    if (state < 0) {
      const Demonym* dm = DemonymAt(d);  // is_demonym: there is one
      state = const_cast<Reader*>(this)->ActorFor(dm->known, dm->id);
    }
    // In a readout, "the Kazakh leader" is its host, whom the page may
    // name with no title.
    if (const int host = state >= 0 ? ReadoutHostOf(state, here) : -1;
        host >= 0) {
      s.actor = host;
      s.rule = "nominal-role-of-host-state";
      s.confidence = 0.55f;
      return s;
    }
    if (state >= 0 && x_.actors[state].kind == ActorKind::kState) {
      s.actor = state;
      s.rule = "description-of-state";
      s.confidence = 0.45f;
      return s;
    }
    break;
  }
  // "EAM conveyed ... The Minister conveyed ...": a writer who names one
  // person by the initials of a title calls another "the Minister" (the
  // latest person named otherwise, within 64 mentions), when the latest
  // statement named its speaker by those initials.
  auto named_by_initials = [&]() {
    if (x_.statements.empty()) return false;
    const ExtractedStatement& last = x_.statements.back();
    if (last.speaker != last_person_speaker_) return false;
    const absl::string_view named =
        Slice(text_, last.speaker_span.begin, last.speaker_span.end);
    return named.size() >= 2 && named.size() <= 6 &&
           std::all_of(named.begin(), named.end(), [](char c) {
             return absl::ascii_isupper(static_cast<unsigned char>(c));
           });
  };
  if (last_person_speaker_ >= 0 &&
      std::find(initials_persons_.begin(), initials_persons_.end(),
                last_person_speaker_) != initials_persons_.end() &&
      named_by_initials()) {
    for (size_t m = mention_cursor_; m-- > 0 && mention_cursor_ - m <= 64;) {
      if (mentions_[m].begin >= tokens_[the].begin) continue;
      const int c = mentions_[m].actor;
      if (c >= 0 && x_.actors[c].kind == ActorKind::kPerson &&
          std::find(initials_persons_.begin(), initials_persons_.end(), c) ==
              initials_persons_.end()) {
        s.actor = c;
        s.rule = "nominal-other-than-initials";
        s.confidence = 0.5f;
        return s;
      }
    }
  }
  // "the Foreign Minister", "the Trade Minister": a word of the title's
  // field before the head. The candidates below are tried first among
  // the persons whose title holds that word ("Foreign Minister X" before
  // "the Minister of Trade of Peru, Y", who was named later), then among
  // all with the role.
  std::string field;
  if (office.empty() && t - 1 > the && tokens_[t - 1].word &&
      IsTitleDomainWord(LowerWord(t - 1))) {
    field = std::string(LowerWord(t - 1));
  }
  auto title_holds_field = [&](int c) {
    return AnyTitleOf(c, [&](absl::string_view title) {
      const std::string lower = absl::AsciiStrToLower(title);
      for (absl::string_view w : absl::StrSplit(lower, ' ')) {
        if (w == field) return true;
      }
      return false;
    });
  };
  // A readout's own leader: "President X spoke today with President Y of
  // Z. The President thanked ...": where two persons named so far hold the
  // role, the bare title is the host's, the first of them the page names
  // (the subject of its opening sentence); the page names the other party
  // ("President Y", "Sheikh Y"). Among the body's first 64 mentions.
  if (x_.info.genre == Genre::kReadout && field.empty() && office.empty()) {
    int first = -1;
    bool second = false;
    for (size_t m = 0; m < mentions_.size() && m < 64 && !second; ++m) {
      if (mentions_[m].begin >= tokens_[the].begin) break;
      const int c = mentions_[m].actor;
      if (c < 0 || x_.actors[c].kind != ActorKind::kPerson ||
          !HasNominalRole(c, head, office)) {
        continue;
      }
      if (first < 0) {
        first = c;
      } else if (c != first) {
        second = true;
      }
    }
    if (second) {
      s.actor = first;
      s.rule = "nominal-role-of-host";
      s.confidence = 0.7f;
      return s;
    }
  }
  for (const bool by_field : {true, false}) {
    if (by_field && field.empty()) continue;
    auto fits = [&](int c) {
      return c >= 0 && HasNominalRole(c, head, office) &&
             (!by_field || title_holds_field(c));
    };
    // The most recent speaker with that role, else the last person speaker.
    const int candidates[2] = {last_person_speaker_, last_speaker_};
    for (int c : candidates) {
      if (fits(c)) {
        s.actor = c;
        s.rule = "nominal-role-of-speaker";
        s.confidence = 0.75f;
        return s;
      }
    }
    for (int i = static_cast<int>(x_.statements.size()) - 1;
         i >= 0 && i >= static_cast<int>(x_.statements.size()) - 12; --i) {
      const int c = x_.statements[i].speaker;
      if (fits(c)) {
        s.actor = c;
        s.rule = "nominal-role-of-speaker";
        s.confidence = 0.7f;
        return s;
      }
    }
    // Mentions earlier in the document with that role, up to the nominal
    // ("President X spoke in Riyadh. The President said ...": the same
    // paragraph's too).
    for (size_t m = here; m-- > 0;) {
      if (here - m > 64) break;
      const int c = mentions_[m].actor;
      if (x_.actors[c].kind == ActorKind::kPerson && fits(c)) {
        s.actor = c;
        s.rule = "nominal-role-of-mention";
        s.confidence = 0.65f;
        return s;
      }
    }
  }
  // Else the last person speaker, unless the text or the registry gives
  // that person another title ("the Prime Minister" is not the President
  // who spoke last).
  const ActorFacts* last_facts = Facts(last_person_speaker_);
  const bool other_title =
      last_person_speaker_ >= 0 &&
      (!titles_[last_person_speaker_].empty() ||
       (last_facts != nullptr && !last_facts->roles.empty()));
  if (last_person_speaker_ >= 0 && !other_title && !demonym_seen &&
      (head == "spokesperson" || head == "spokesman" || head == "spokeswoman" ||
       head == "secretary" || head == "minister")) {
    s.actor = last_person_speaker_;
    s.rule = "nominal-nearest-speaker";
    s.confidence = 0.5f;
    return s;
  }
  return std::nullopt;
}

int Reader::PersonOfMisspeltFamilyName(absl::string_view lower) const {
  int found = -1;
  const int n = std::min<int>(static_cast<int>(x_.actors.size()), 256);
  for (int a = 0; a < n; ++a) {
    if (x_.actors[a].kind != ActorKind::kPerson) continue;
    absl::string_view name = x_.actors[a].name;
    const size_t space = name.rfind(' ');
    if (space != absl::string_view::npos) name.remove_prefix(space + 1);
    if (name.size() != lower.size() || name.empty() ||
        absl::ascii_tolower(static_cast<unsigned char>(name[0])) != lower[0]) {
      continue;
    }
    int diff[3] = {-1, -1, -1};
    int d = 0;
    for (size_t i = 0; i < name.size() && d < 3; ++i) {
      if (absl::ascii_tolower(static_cast<unsigned char>(name[i])) !=
          lower[i]) {
        diff[d++] = static_cast<int>(i);
      }
    }
    const bool swapped =
        d == 2 && diff[1] == diff[0] + 1 &&
        absl::ascii_tolower(static_cast<unsigned char>(name[diff[0]])) ==
            lower[diff[1]] &&
        absl::ascii_tolower(static_cast<unsigned char>(name[diff[1]])) ==
            lower[diff[0]];
    if (d > 1 && !swapped) continue;
    if (found >= 0 && found != a) return -1;
    found = a;
  }
  return found;
}

// A readout that never names its own principal calls him by the office of
// the state: "The President of the Republic spoke with ...", "The Prime
// Minister of the Nation", "The President of the Government", "The
// President of the Council of Ministers". The title (a role noun, after
// "Prime", "Vice" or "Deputy" at most) with its "of the ..." and the
// article that opens the clause is one person, named as written; the same
// words later are the same actor.
std::optional<Subject> Reader::OfficeOfTheStateEndingAt(int t,
                                                        int floor) const {
  if (x_.info.genre != Genre::kReadout) return std::nullopt;
  const absl::string_view last = LowerWord(t);
  int of = -1;
  if (last == "republic" || last == "nation" || last == "government") {
    of = t - 2;
  } else if (last == "ministers" && t - 2 >= floor && Is(t - 1, "of") &&
             tokens_[t - 2].capitalised && Is(t - 2, "council")) {
    of = t - 4;
  }
  if (of - 2 < floor || !Is(of, "of") || !Is(of + 1, "the") ||
      !tokens_[of - 1].word || !tokens_[of - 1].capitalised ||
      !IsRoleNoun(LowerWord(of - 1))) {
    return std::nullopt;
  }
  int title = of - 1;
  if (title - 1 >= floor && tokens_[title - 1].word &&
      tokens_[title - 1].capitalised &&
      (Is(title - 1, "prime") || Is(title - 1, "vice") ||
       Is(title - 1, "deputy"))) {
    --title;
  }
  if (title - 1 < floor || !Is(title - 1, "the") ||
      !OpensClause(title - 1, floor)) {
    return std::nullopt;
  }
  // The words are no other actor's, but for the body after "of the" as a
  // mention of its own ("Council of Ministers").
  const bool body_mention =
      mention_end_[t] >= 0 && mention_start_[of + 2] == mention_end_[t] &&
      x_.actors[mentions_[mention_end_[t]].actor].kind != ActorKind::kPerson;
  for (int i = title - 1; i <= t; ++i) {
    if (!tokens_[i].word) return std::nullopt;
    if (mention_end_[i] >= 0 && !(body_mention && i == t)) return std::nullopt;
    if (i > of + 1 && !tokens_[i].capitalised && i != t - 1) {
      return std::nullopt;
    }
  }
  std::optional<Subject> s = NewNameSubject(title, t, ActorKind::kPerson,
                                            "office-of-the-state", 0.55f, 0.6f);
  if (s) {
    s->begin = tokens_[title - 1].begin;
    s->token = title - 1;
  }
  return s;
}

// "The President's Office in Male said", "Kenya's President's Office
// said", "the Israeli Prime Minister's Office said": a title's possessive
// (a role noun, after "Prime", "Vice" or "Deputy" at most) and "Office" is
// the body that speaks for the holder. Its state is a state's possessive
// or a demonym before the title, or a state (or its capital) after "in";
// the organisation is named "President's Office (Maldives)", or as
// written when no state is given. One actor per state and title.
std::optional<Subject> Reader::OfficeOfTitleEndingAt(int t, int floor) const {
  const int n = static_cast<int>(tokens_.size());
  if (!Is(t, "office") || !tokens_[t].capitalised || mention_end_[t] >= 0 ||
      t - 1 < floor || !tokens_[t - 1].word || !tokens_[t - 1].capitalised ||
      !EndsPossessive(Word(t - 1)) || mention_end_[t - 1] >= 0) {
    return std::nullopt;
  }
  // The role without its possessive ending ("'s", "’s", "s'", "s’").
  absl::string_view role = LowerWord(t - 1);
  if (absl::EndsWith(role, "'s")) {
    role.remove_suffix(2);
  } else if (absl::EndsWith(role, "\xE2\x80\x99s")) {
    role.remove_suffix(4);
  } else if (absl::EndsWith(role, "'")) {
    role.remove_suffix(1);
  } else {
    role.remove_suffix(3);
  }
  if (!IsRoleNoun(role)) return std::nullopt;
  int title = t - 1;
  if (title - 1 >= floor && tokens_[title - 1].word &&
      tokens_[title - 1].capitalised && mention_end_[title - 1] < 0 &&
      (Is(title - 1, "prime") || Is(title - 1, "vice") ||
       Is(title - 1, "deputy"))) {
    --title;
  }
  int state = -1;
  int start = title;
  const int k = title - 1;
  if (k >= floor && tokens_[k].word) {
    if (const DocMention* m = PossessiveStateAt(k)) {
      state = m->actor;
      start = MentionFirstToken(k, floor);
    } else if (tokens_[k].capitalised && !Is(k, "the")) {
      bool demonym = false;
      state = DemonymStateAt(k, &demonym);
      if (!demonym) {
        const ActorId id = DemonymWord(tokens_[k]);
        if (!id.valid()) return std::nullopt;
        state = ExistingActor(false, id);
      }
      start = k;
    }
  }
  if (start - 1 >= floor && Is(start - 1, "the")) --start;
  if (!OpensClause(start, floor)) return std::nullopt;
  if (state < 0 && t + 2 < n && Is(t + 1, "in") && mention_start_[t + 2] >= 0) {
    const int a = mentions_[mention_start_[t + 2]].actor;
    if (x_.actors[a].kind == ActorKind::kState) state = a;
  }
  std::string name(Slice(text_, tokens_[title].begin, tokens_[t].end));
  if (state >= 0) absl::StrAppend(&name, " (", x_.actors[state].name, ")");
  Reader* const self = const_cast<Reader*>(this);
  const int actor =
      self->NewActor(name, ActorKind::kOrganization, "office-of-title", 0.5f);
  if (actor < 0) return std::nullopt;
  const uint32_t begin = tokens_[start].begin, end = tokens_[t].end;
  self->NoteMention(actor, begin, end);
  return MakeSubject(actor, begin, end, start, "office-of-title", 0.55f);
}

// A run of capitalised words that names no known actor, right before a
// reporting verb: a person the registry does not know ("Yuri Ushakov").
bool Reader::GivenNameBeforePatronymic(int k) const {
  return tokens_[k].capitalised &&
         (Is(k + 1, "bin") || Is(k + 1, "ibn") || Is(k + 1, "bint")) &&
         k + 1 < static_cast<int>(tokens_.size()) &&
         !tokens_[k + 1].capitalised;
}

std::optional<Subject> Reader::NameEndingAt(int t, int floor) const {
  if (!tokens_[t].word || !tokens_[t].capitalised) return std::nullopt;
  // "King Fahd Causeway", "the Lincoln Medal": a place, building or prize
  // is no person.
  if (IsFacilityWord(LowerWord(t))) return std::nullopt;
  if (std::optional<Subject> s = OfficeOfTheStateEndingAt(t, floor)) return s;
  if (std::optional<Subject> s = OfficeOfTitleEndingAt(t, floor)) return s;
  int first = t;
  while (first - 1 >= floor && mention_end_[first - 1] < 0 && t - first < 5) {
    // "Thomas R. Whitfield", "A. K. Menon": an initial and its period.
    if (!tokens_[first - 1].word) {
      if (IsPunct(first - 1, '.') && first - 2 >= floor &&
          tokens_[first - 2].word && tokens_[first - 2].capitalised &&
          tokens_[first - 2].end - tokens_[first - 2].begin == 1 &&
          mention_end_[first - 2] < 0) {
        first -= 2;
        continue;
      }
      break;
    }
    // "Ursula von der Leyen", "Jean-Yves Le Drian": a lower-case particle
    // between capitalised words of a name.
    if (!tokens_[first - 1].capitalised) {
      if (!IsNameParticle(LowerWord(first - 1)) || first - 2 < floor ||
          !tokens_[first - 2].word || mention_end_[first - 2] >= 0 ||
          !(tokens_[first - 2].capitalised ||
            IsNameParticle(LowerWord(first - 2)))) {
        break;
      }
    } else if (IsRoleNoun(LowerWord(first - 1)) &&
               !GivenNameBeforePatronymic(first - 1)) {
      break;
    }
    --first;
  }
  // Leading titles and honorifics are not part of the name ("Sheikha",
  // "H.E.", "Tan Sri", "His Excellency").
  while (first < t) {
    // "A. K. Menon": an initial "A" is no article.
    const bool initial = tokens_[first].end - tokens_[first].begin == 1 &&
                         first + 1 < t && IsPunct(first + 1, '.');
    if ((IsFunctionWord(LowerWord(first)) && !initial) ||
        (IsRoleNoun(LowerWord(first)) && !GivenNameBeforePatronymic(first))) {
      ++first;
      continue;
    }
    const size_t h = HonorificTokens(text_, tokens_, first);
    if (h == 0 || first + static_cast<int>(h) > t) break;
    first += static_cast<int>(h);
  }
  if (first == t && IsFunctionWord(LowerWord(t))) return std::nullopt;
  // "Nepal's Ministry of Foreign Affairs said", "Ministry of Energy said":
  // capitalised words after an organisation's word and "of" end that
  // organisation's name (no person "Foreign Affairs"); a state's possessive
  // before it is part of the name, as for "Germany's Foreign Office" below.
  if (first - 2 >= floor && Is(first - 1, "of") &&
      mention_end_[first - 2] < 0 && tokens_[first - 2].word &&
      tokens_[first - 2].capitalised) {
    const absl::string_view head = LowerWord(first - 2);
    if (head == "ministry" || head == "department" || head == "office" ||
        head == "bureau" || head == "secretariat" || head == "agency") {
      int name_first = first - 2;
      if (name_first - 1 >= floor &&
          PossessiveStateAt(name_first - 1) != nullptr) {
        name_first = MentionFirstToken(name_first - 1, floor);
      } else if (name_first - 1 >= floor && tokens_[name_first - 1].word &&
                 tokens_[name_first - 1].capitalised &&
                 mention_end_[name_first - 1] < 0) {
        // "the Polish Ministry of Foreign Affairs": the demonym's state
        // names whose ministry it is, as the registry names its bodies
        // ("Ministry of Foreign Affairs (Poland)"); one actor per state.
        const ActorId id = DemonymWord(tokens_[name_first - 1]);
        if (id.valid() && id.value < k_.registry.size() &&
            k_.registry[id.value].kind == ActorKind::kState) {
          const uint32_t begin = tokens_[name_first - 1].begin,
                         end = tokens_[t].end;
          Reader* const self = const_cast<Reader*>(this);
          const int actor = self->NewActor(
              absl::StrCat(Slice(text_, tokens_[name_first].begin, end), " (",
                           k_.registry[id.value].name, ")"),
              ActorKind::kOrganization, "organisation-of-name", 0.5f);
          if (actor >= 0) {
            self->NoteMention(actor, begin, end);
            return MakeSubject(actor, begin, end, name_first - 1,
                               "organisation-of-name", 0.5f);
          }
        }
      }
      return NewNameSubject(name_first, t, ActorKind::kOrganization,
                            "organisation-of-name", 0.5f, 0.5f);
    }
  }
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
    // "Mr Holm said", "Ms Berg told ...": an honorific makes one
    // capitalised word a person's family name (a known person's would be a
    // mention already).
    if (!acronym && first == t && t - 1 >= floor && tokens_[t - 1].word &&
        tokens_[t - 1].capitalised && !IsFunctionWord(lower) &&
        GenderBefore(tokens_[t].begin) != 0 &&
        (Is(t - 1, "mr") || Is(t - 1, "ms") || Is(t - 1, "mrs") ||
         Is(t - 1, "miss"))) {
      if (auto it = reading_family_names_.find(lower);
          it != reading_family_names_.end()) {
        return MakeSubject(it->second, tokens_[t - 1].begin, tokens_[t].end,
                           t - 1, "family-name-of-new-person", 0.6f);
      }
      std::optional<Subject> s = NewNameSubject(
          t, t, ActorKind::kPerson, "honorific-family-name", 0.45f, 0.5f);
      if (s) {
        s->begin = tokens_[t - 1].begin;
        s->token = t - 1;
        gender_[s->actor] = GenderBefore(tokens_[t].begin);
      }
      return s;
    }
    // "Petrov said" after "Ivan Petrov" was first named before a
    // reporting verb (no title, so no mention of the page's).
    if (!acronym && first == t && tokens_[t].capitalised &&
        !IsFunctionWord(lower)) {
      if (auto it = reading_family_names_.find(lower);
          it != reading_family_names_.end()) {
        return MakeSubject(it->second, tokens_[t].begin, tokens_[t].end, t,
                           "family-name-of-new-person", 0.6f);
      }
    }
    // "“…,” Jaishnakar said" after "External Affairs Minister S Jaishankar":
    // one capitalised word (five letters or more) between the comma and
    // closing mark of a quotation and a finite reporting verb that is the
    // family name of a person the text named, misspelt by two neighbouring
    // letters swapped or one letter changed, is that person. A family name
    // no person ends with still names no one.
    if (!acronym && first == t && w.size() >= 5 && t >= 2 && t + 1 < n &&
        !IsFunctionWord(lower) && !IsAnySpeakerHead(lower) &&
        !IsRoleNoun(lower) &&
        ((IsQuoteMark(t - 1) && IsPunct(t - 2, ',')) ||
         (IsPunct(t - 1, ',') && IsQuoteMark(t - 2)))) {
      const VerbHit h = VerbAt(t + 1);
      if (h.verb != nullptr && h.form == VerbForm::kFinite &&
          h.verb->reports_speech) {
        const int person = PersonOfMisspeltFamilyName(lower);
        if (person >= 0) {
          return MakeSubject(person, tokens_[t].begin, tokens_[t].end, t,
                             "misspelt-family-name", 0.5f);
        }
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
    // "A. K. Menon": an initial is no article.
    const bool initial =
        tokens_[i].end - tokens_[i].begin == 1 && i < t && IsPunct(i + 1, '.');
    if ((IsFunctionWord(LowerWord(i)) && !initial) || EndsPossessive(Word(i))) {
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
    } else if (!demonym && first - 1 >= floor && mention_end_[first - 1] >= 0 &&
               mentions_[mention_end_[first - 1]].end ==
                   tokens_[first - 1].end &&
               x_.actors[mentions_[mention_end_[first - 1]].actor].kind ==
                   ActorKind::kState) {
      // "Nepal Foreign Ministry tweeted": a state's name before the
      // organisation's, as a possessive is ("Nepal Foreign Ministry", one
      // per state).
      name_first = MentionFirstToken(first - 1, floor);
    }
    return NewNameSubject(name_first, t, ActorKind::kOrganization,
                          "capitalised-organisation-name", 0.5f, 0.5f);
  }
  // "Van Dijk said" after "Pieter van Dijk said": a family name with its
  // particle, capitalised at a sentence start.
  if (auto it = reading_family_names_.find(
          LowerSlice(tokens_[first].begin, tokens_[t].end));
      it != reading_family_names_.end()) {
    return MakeSubject(it->second, tokens_[first].begin, tokens_[t].end, first,
                       "family-name-of-new-person", 0.6f);
  }
  // "Both Ministers", "The two Prime Ministers": capitalised words of an
  // office in the plural name no one (the two parties are read as a
  // pair). A singular office alone ("The Prime Minister spoke to ...",
  // with no name anywhere) stays the office's holder, named as written.
  bool office_only = true, plural = false;
  for (int i = first; i <= t && office_only; ++i) {
    const absl::string_view w = LowerWord(i);
    const bool plural_role = w.size() > 3 && w.back() == 's' &&
                             IsRoleNoun(w.substr(0, w.size() - 1));
    plural = plural || plural_role || w == "both" || w == "two";
    office_only = IsRoleNoun(w) || plural_role || w == "prime" ||
                  w == "foreign" || w == "deputy" || w == "vice" ||
                  w == "both" || w == "two" || w == "state" || w == "federal" ||
                  w == "first" || w == "senior";
  }
  if (office_only && plural) return std::nullopt;
  // "The Prime Minister said", "Foreign Secretary reiterated": a title
  // alone (its last word a role noun) names no person; with a demonym
  // ("The Philippine Defense Secretary said") it speaks for the state. In
  // a readout the office is the page's own party ("The Prime Minister
  // spoke to Chancellor X. The Prime Minister welcomed ...") and stays
  // its holder, named as written.
  if (IsRoleNoun(LowerWord(t))) {
    bool demonym = false;
    int state = DemonymStateAt(first, &demonym);
    if (!demonym) {
      const ActorId id = DemonymWord(tokens_[first]);
      if (id.valid()) state = ExistingActor(false, id);
    }
    if (state >= 0) {
      return MakeSubject(state, tokens_[first].begin, tokens_[t].end, first,
                         "description-of-state", 0.45f);
    }
    if (x_.info.genre != Genre::kReadout) return std::nullopt;
  }
  // "The Kathmandu Post reported", "the Daily Mirror said": a name ending
  // in a newspaper's word is a media outlet.
  {
    const absl::string_view last = LowerWord(t);
    if (last == "post" || last == "times" || last == "herald" ||
        last == "tribune" || last == "gazette" || last == "journal" ||
        last == "chronicle" || last == "telegraph" || last == "observer" ||
        last == "mirror" || last == "courier" || last == "inquirer" ||
        last == "sentinel" || last == "dispatch") {
      return NewNameSubject(first, t, ActorKind::kMediaOutlet, "newspaper-name",
                            0.5f, 0.55f);
    }
    // "Radio Pakistan reported", "Vatican Radio said", "Nippon TV
    // reported": a broadcaster's word first or last (a name of two words
    // or more).
    const absl::string_view head = LowerWord(first);
    if (t > first &&
        (head == "radio" || head == "television" || last == "radio" ||
         last == "tv" || last == "television")) {
      return NewNameSubject(first, t, ActorKind::kMediaOutlet,
                            "broadcaster-name", 0.5f, 0.55f);
    }
  }
  std::optional<Subject> s = NewNameSubject(first, t, ActorKind::kPerson,
                                            "capitalised-name", 0.5f, 0.55f);
  // "Foreign ministers Ingrid Solheim and Jonas Vik said": the two names of
  // a list after a plural title speak together (the first the speaker).
  if (s && first - 3 >= floor && Is(first - 1, "and")) {
    auto plural_title = [&](int k) {
      const absl::string_view w = LowerWord(k);
      return w.size() > 3 && w.back() == 's' &&
             IsRoleNoun(w.substr(0, w.size() - 1));
    };
    const int e = first - 2;
    int b = e;
    while (b - 1 >= floor && e - b < 3 && tokens_[b - 1].word &&
           tokens_[b - 1].capitalised && mention_end_[b - 1] < 0 &&
           !plural_title(b - 1) && !IsRoleNoun(LowerWord(b - 1))) {
      --b;
    }
    if (e > b && tokens_[e].capitalised && mention_end_[e] < 0 &&
        b - 1 >= floor && tokens_[b - 1].word && plural_title(b - 1)) {
      std::optional<Subject> other = NewNameSubject(
          b, e, ActorKind::kPerson, "capitalised-name", 0.5f, 0.55f);
      if (other && other->actor >= 0 && other->actor != s->actor) {
        other->co_speakers.push_back(s->actor);
        other->end = s->end;
        other->rule = "names-after-plural-title";
        return other;
      }
    }
  }
  return s;
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
    // Keys are lower case: "Al-Mutairi" at a sentence start after "Faisal
    // al-Mutairi". A two-word name's first word may be its family name
    // ("Wang" after "Wang Xiaoming"); a particle's family name is one key
    // ("van dijk").
    // (The keys are views of the lower-case text: a string is made only
    // for a key not there yet.)
    self->reading_family_names_.try_emplace(LowerWord(last), actor);
    if (last == first + 1) {
      self->reading_family_names_.try_emplace(LowerWord(first), actor);
    }
    for (int p = first + 1; p < last; ++p) {
      if (!tokens_[p].capitalised && IsNameParticle(LowerWord(p))) {
        self->reading_family_names_.try_emplace(
            LowerSlice(tokens_[p].begin, end), actor);
        break;
      }
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
      "official",    "officials",   "diplomat",    "diplomats",    "source",
      "sources",     "ministry",    "government",  "embassy",      "military",
      "army",        "navy",        "authorities", "spokesperson", "spokesman",
      "spokeswoman", "leadership",  "cabinet",     "guard",        "envoy",
      "delegation",  "delegations", "negotiator",  "negotiators",  "office",
      "consulate"};
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
      !IsOfficialHead(Word(t))) {
    return std::nullopt;
  }
  // "the Israeli Prime Minister's Office": the office of a title, written
  // with capitals ("the Turkish Foreign Ministry" is a body's name, read as
  // an organisation).
  if (tokens_[t].capitalised &&
      (LowerWord(t) != "office" || t < 1 || !EndsPossessive(Word(t - 1)))) {
    return std::nullopt;
  }
  for (int k = t - 1; k >= floor && k >= t - 6; --k) {
    if (!tokens_[k].word) return std::nullopt;
    // A demonym: "Indian", "Chinese"; of two words ("South Korean"), read
    // from its last.
    auto d = std::upper_bound(
        demonyms_.begin(), demonyms_.end(), tokens_[k].begin,
        [](uint32_t b, const Demonym& m) { return b < m.begin; });
    bool demonym = false;
    if (d != demonyms_.begin()) {
      --d;
      demonym = d->begin <= tokens_[k].begin && d->end >= tokens_[k].end;
      while (demonym && k - 1 >= floor && tokens_[k].begin > d->begin) --k;
      demonym = demonym && tokens_[k].begin == d->begin;
    }
    int state = -1;
    uint32_t begin = tokens_[k].begin;
    if (demonym) {
      // "The Icelandic coast guard said": the coast guard speaks, an
      // organisation named as written (as "Iceland's coast guard").
      // Not "Icelandic coast guard ships": the phrase ends at "guard".
      const int n = static_cast<int>(tokens_.size());
      if (t >= 2 && LowerWord(t) == "guard" && LowerWord(t - 1) == "coast" &&
          d->end == tokens_[t - 2].end &&
          (t + 1 >= n || !tokens_[t + 1].word ||
           IsAuxiliary(LowerWord(t + 1)) || VerbAt(t + 1).verb != nullptr)) {
        Reader* const self = const_cast<Reader*>(this);
        const int guard = self->NewActor(Slice(text_, d->begin, tokens_[t].end),
                                         ActorKind::kOrganization,
                                         "demonym-coast-guard", 0.45f);
        if (guard >= 0) {
          self->NoteMention(guard, d->begin, tokens_[t].end);
          const int first = k - 1 >= floor && Is(k - 1, "the") ? k - 1 : k;
          return MakeSubject(guard, d->begin, tokens_[t].end, first,
                             "description-ministry", 0.45f);
        }
      }
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
      // A possessive state: "Russia's foreign ministry" ("Pakistan's
      // Foreign Office" is the body's name, read as an organisation).
      if (tokens_[t].capitalised) return std::nullopt;
      const DocMention* m = PossessiveStateAt(k);
      // "Yun's ministry said", "Tamm's government said": the body of a
      // person the text tied to one state speaks for that state (a
      // ministry or government head right after the possessive only;
      // "X's office" is the person's, read elsewhere).
      const DocMention& pm = mentions_[mention_end_[k]];
      if (m == nullptr && k + 1 == t && pm.end < tokens_[k].end &&
          x_.actors[pm.actor].kind == ActorKind::kPerson &&
          (LowerWord(t) == "ministry" || LowerWord(t) == "government")) {
        int home = -1;
        for (const ExtractedAffiliation& a : x_.actors[pm.actor].affiliations) {
          if (a.organization < 0 ||
              x_.actors[a.organization].kind != ActorKind::kState ||
              (home >= 0 && home != a.organization)) {
            continue;
          }
          home = a.organization;
        }
        if (home >= 0) {
          return MakeSubject(home, pm.begin, tokens_[t].end,
                             MentionFirstToken(k, floor),
                             "description-of-state", 0.45f);
        }
      }
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
      // ministry, the state also accepted); so does "Iceland's coast guard".
      if (mention_end_[k] >= 0 && begin == mentions_[mention_end_[k]].begin &&
          (LowerWord(t) == "ministry" ||
           (LowerWord(t) == "guard" && LowerWord(t - 1) == "coast")) &&
          k < t - 1) {
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
    // Words of a title-cased name ("Prime Minister's") before a
    // capitalised head, up to the demonym.
    if (tokens_[k].capitalised && !Is(k, "the") && !Is(k, "a") &&
        !tokens_[t].capitalised) {
      return std::nullopt;
    }
    // "The President's Office said": the office of a title
    // (OfficeOfTitleEndingAt), no anaphor.
    if (Is(k, "the") && last_description_speaker_ >= 0 &&
        !(LowerWord(t) == "office" && EndsPossessive(Word(t - 1)))) {
      // "The official, who ..., said": the latest described speaker.
      return MakeSubject(last_description_speaker_, tokens_[k].begin,
                         tokens_[t].end, k, "description-anaphor", 0.4f);
    }
    if (Is(k, "a") || Is(k, "an") || Is(k, "the")) return std::nullopt;
  }
  return std::nullopt;
}

int Reader::DatelineState() const {
  if (!dateline_has_state_) return -1;
  if (dateline_state_ >= 0) return dateline_state_;
  const ActorFacts& f = k_.registry[dateline_state_id_.value];
  for (size_t a = 0; a < x_.actors.size() && dateline_state_ < 0; ++a) {
    if (x_.actors[a].kind == ActorKind::kState && !f.iso3.empty() &&
        x_.actors[a].iso3 == f.iso3) {
      dateline_state_ = static_cast<int>(a);
    }
  }
  if (dateline_state_ < 0) {
    dateline_state_ =
        const_cast<Reader*>(this)->ActorFor(false, dateline_state_id_);
  }
  return dateline_state_;
}

std::optional<Subject> Reader::ContextStateEndingAt(int t, int floor) const {
  if (t < floor || !tokens_[t].word) return std::nullopt;
  const absl::string_view head = LowerWord(t);
  if (head != "officials" && head != "government" && head != "ministry" &&
      head != "authorities") {
    return std::nullopt;
  }
  // The phrase opens the sentence: "Officials", "The government".
  int p = t;
  if (head != "officials" && head != "authorities") {
    if (p - 1 < floor || !Is(p - 1, "the")) return std::nullopt;
    --p;
  } else if (p - 1 >= floor && Is(p - 1, "the")) {
    --p;
  }
  for (int k = floor; k < p; ++k) {
    if (tokens_[k].word || IsQuoteMark(k)) return std::nullopt;
  }
  const uint32_t begin = tokens_[p].begin;
  // No state, or two: the text does not say whose officials spoke (a
  // statement with no speaker, as for "a diplomat familiar with the
  // talks said").
  auto unresolved = [&] {
    return std::optional<Subject>(MakeSubject(-1, begin, tokens_[t].end, p,
                                              "description-unresolved", 0.25f));
  };
  // The state of the sentence before, else of the dateline.
  int state = -1;
  [&] {
    // The sentence before, in this paragraph or the one before it: back
    // to the start of this sentence (the phrase may end it: "..., the
    // government said."), then to the end of the sentence before that (at
    // most 400 bytes each).
    auto ends_sentence = [&](uint32_t at) {
      return (text_[at - 1] == '.' || text_[at - 1] == '!' ||
              text_[at - 1] == '?' || text_[at - 1] == '\n') &&
             (text_[at] == ' ' || text_[at] == '\n');
    };
    uint32_t b = begin;
    const uint32_t floor_byte =
        std::max<uint32_t>(x_.body_begin, begin > 400 ? begin - 400 : 0);
    while (b > floor_byte && !ends_sentence(b)) --b;
    if (b <= floor_byte && b > x_.body_begin) return;
    while (b > 0 && b > x_.body_begin &&
           (text_[b - 1] == ' ' || text_[b - 1] == '\n')) {
      --b;
    }
    const uint32_t end = b;
    const uint32_t stop =
        std::max<uint32_t>(x_.body_begin, end > 400 ? end - 400 : 0);
    if (b > stop) --b;  // the previous sentence's own full stop
    while (b > stop && !((text_[b - 1] == '.' || text_[b - 1] == '!' ||
                          text_[b - 1] == '?' || text_[b - 1] == '\n') &&
                         (b >= end || text_[b] == ' ' || text_[b] == '\n'))) {
      --b;
    }
    if (b <= stop && b > x_.body_begin) return;
    while (b < end && (text_[b] == ' ' || text_[b] == '\n')) ++b;
    auto m = MentionsFrom(b);
    // The state that opens the sentence before ("Iceland summoned the
    // ambassador of Norway."), else the only state it names.
    if (m != mentions_.end() && m->begin == b && m->end < end &&
        x_.actors[m->actor].kind == ActorKind::kState &&
        !EndsPossessive(Slice(text_, m->begin, std::min(m->end + 2, end))) &&
        !absl::StartsWith(Slice(text_, m->end, end), " and ") &&
        !absl::StartsWith(Slice(text_, m->end, end), ",")) {
      state = m->actor;
    }
    for (const bool opener = state >= 0;
         !opener && m != mentions_.end() && m->begin < end; ++m) {
      if (x_.actors[m->actor].kind != ActorKind::kState) continue;
      if (state >= 0 && state != m->actor) {
        state = -1;
        return;
      }
      state = m->actor;
    }
  }();
  if (state < 0) state = DatelineState();
  if (state < 0) return unresolved();
  return MakeSubject(state, begin, tokens_[t].end, p,
                     "description-of-context-state", 0.35f);
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
  int first = possessive != nullptr ? MentionFirstToken(k, floor) : -1;
  // "Germany wants ..., its foreign minister said": "its" takes the
  // nearest state the sentence named before it (among 16 mentions).
  const bool its = possessive == nullptr && k + 1 < t && Is(k + 1, "its");
  if (its) {
    auto m = MentionsFrom(tokens_[k + 1].begin);
    for (int n = 0; m != mentions_.begin() && n < 16; ++n) {
      --m;
      if (m->begin < tokens_[floor].begin) break;
      if (x_.actors[m->actor].kind == ActorKind::kState) {
        possessive = &*m;
        first = k + 1;
        break;
      }
    }
  }
  if (possessive == nullptr) return std::nullopt;
  const DocMention& st = *possessive;
  // Where the subject's words begin: the possessive name, or "its".
  const uint32_t words_begin = tokens_[first].begin;
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
      LowerSlice(tokens_[its ? k + 2 : k + 1].begin, tokens_[t].end);
  auto m = std::upper_bound(
      mentions_.begin(), mentions_.end(), tokens_[t].end,
      [](uint32_t o, const DocMention& d) { return o < d.begin; });
  for (int n = 0; m != mentions_.end() && n < 64; ++m, ++n) {
    // Named close after (within 600 bytes, the story's next sentences),
    // and tied to no other state: "Foreign Minister X" four questions
    // later in a briefing is another state's minister.
    if (m->begin > tokens_[t].end + 600) break;
    if (x_.actors[m->actor].kind != ActorKind::kPerson) continue;
    if (const int of = StateOfActor(m->actor); of >= 0 && of != st.actor) {
      continue;
    }
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
                         words_begin, tokens_[t].end,
                         "title-of-state-named-later", 0.6f, /*dated=*/true);
    return MakeSubject(m->actor, words_begin, tokens_[t].end, first,
                       "title-of-state-named-later", 0.6f);
  }
  // The holder of that title on the document date, when the registry knows
  // it and the document names that person ("Russia's foreign minister" after
  // "Sergei Lavrov").
  if (k_.registry_resolver) {
    const Resolution r = k_.registry_resolver->Resolve(
        its ? absl::StrCat(x_.actors[st.actor].name, "'s ", title)
            : std::string(Slice(text_, st.begin, tokens_[t].end)),
        x_.document_date);
    if (r.found() && !r.ambiguous &&
        r.best().reason == MatchReason::kTitleAtDate) {
      const int holder = ExistingActor(false, r.best().actor);
      if (holder >= 0 && x_.actors[holder].kind == ActorKind::kPerson) {
        return MakeSubject(holder, words_begin, tokens_[t].end, first,
                           "nominal-title-at-date", 0.7f);
      }
    }
  }
  return MakeSubject(st.actor, words_begin, tokens_[t].end, first,
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
  // "Foreign Minister Sosa and the Secretary reaffirmed": a person's name
  // and a nominal with "the".
  if (!first && mention_end_[j - 1] >= 0 && Is(j + 1, "the") &&
      x_.actors[mentions_[mention_end_[j - 1]].actor].kind ==
          ActorKind::kPerson) {
    const int f = MentionFirstToken(j - 1, floor);
    first = MakeSubject(mentions_[mention_end_[j - 1]].actor, tokens_[f].begin,
                        tokens_[j - 1].end, f, "coordinated-nominals", 0.6f);
  }
  if (!first || first->actor < 0 ||
      x_.actors[first->actor].kind != ActorKind::kPerson) {
    return std::nullopt;
  }
  const absl::string_view head = LowerWord(t);
  const uint32_t here = tokens_[t].begin;
  size_t m = static_cast<size_t>(MentionsFrom(here) - mentions_.begin());
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

// The one test of "a call or meeting of two persons right before": an
// event read with two persons taking part ("X hosted Y in Oslo.", act
// verbs, events.cc) ending within 400 bytes before token t (a paragraph's
// events are read after its statements: an event of an earlier
// paragraph); or the sentence before naming two persons and their call or
// meeting in the writer's words ("X and Y spoke by phone today.", "X held
// talks with Y."), which need not be an event.
bool Reader::MeetingOfTwoBefore(int t) const {
  const uint32_t end = tokens_[t].begin;
  if (!x_.events.empty()) {
    const ExtractedEvent& e = x_.events.back();
    int persons = 0;
    for (int a : e.participants) {
      persons += x_.actors[a].kind == ActorKind::kPerson;
    }
    if (persons == 2 && e.span.end <= end && end - e.span.end < 400) {
      return true;
    }
  }
  // Back past the full stop that ends the sentence before, to the one
  // before it (or a line break, or 400 bytes).
  uint32_t b = end;
  while (b > 0 && text_[b - 1] != '.') --b;
  if (b == 0) return false;
  uint32_t begin = b - 1;
  while (begin > 0 && end - begin < 400 && text_[begin - 1] != '.' &&
         text_[begin - 1] != '\n') {
    --begin;
  }
  const absl::string_view sentence = LowerSlice(begin, b);
  bool meeting = false;
  for (absl::string_view w :
       {" spoke ", " met ", " held talks", " held a call", " phone call",
        " telephone call", " spoke on ", " conversation"}) {
    meeting = meeting || absl::StrContains(sentence, w);
  }
  if (!meeting) return false;
  auto it = MentionsFrom(begin);
  int first = -1;
  for (; it != mentions_.end() && it->begin < b; ++it) {
    if (x_.actors[it->actor].kind != ActorKind::kPerson) continue;
    if (first < 0) {
      first = it->actor;
    } else if (it->actor != first) {
      return true;
    }
  }
  return false;
}

int Reader::PairPhraseStart(int t) const {
  const absl::string_view head = LowerWord(t);
  const bool readout = x_.info.genre == Genre::kReadout;
  // A capitalised "They" is the call's two parties in a readout, and in any
  // genre right after a call or meeting of two persons ("X met Y in Oslo.
  // They agreed ...", "X and Y spoke by phone today. They reaffirmed ...";
  // MeetingOfTwoBefore).
  const bool they = head == "they" && tokens_[t].capitalised &&
                    (readout || MeetingOfTwoBefore(t));
  // "the pair", "the two" (before the verb): the two persons last named.
  const bool pair = (head == "pair" || head == "two") && Is(t - 1, "the");
  // In a readout "the parties" are the call's two ("The parties agreed to
  // maintain contacts"); elsewhere they may be a conflict's or a vote's.
  if (head != "leaders" && head != "sides" && head != "presidents" &&
      head != "ministers" &&
      !(readout && (head == "officials" || head == "parties")) && !they &&
      !pair) {
    return -1;
  }
  int start = t - 1;
  // "the prime ministers", "both foreign ministers": a word of the title's
  // field before the head.
  if ((head == "ministers" || head == "presidents") && start > 0 &&
      tokens_[start].word &&
      (Is(start, "prime") || Is(start, "vice") ||
       IsTitleDomainWord(LowerWord(start))) &&
      (Is(start - 1, "the") || Is(start - 1, "two") || Is(start - 1, "both"))) {
    --start;
  }
  if (they) {
    start = t;
  } else if (pair) {
    start = t - 1;
  } else if (Is(start, "two") || Is(start, "both")) {
    if (Is(start - 1, "the")) --start;
  } else if (!(Is(start, "the") && (head != "sides" || readout))) {
    // "the leaders", "the ministers": the two persons last named too; "the
    // sides" only in a readout (a report's may be a conflict's).
    return -1;
  }
  return start;
}

namespace {

// Plural nouns of officials that name a group speaking together ("the
// foreign ministers", "G7 leaders", "the envoys").
bool IsGroupHead(absl::string_view lower) {
  static constexpr absl::string_view kHeads[] = {
      "ministers",  "leaders",   "officials", "envoys",
      "diplomats",  "delegates", "members",   "heads",
      "presidents", "premiers",  "chiefs",    "negotiators"};
  return IsOneOf(lower, kHeads);
}

}  // namespace

std::optional<Subject> Reader::GroupEndingAt(int t) const {
  if (t < 0 || !tokens_[t].word || x_.statements.empty()) return std::nullopt;
  const absl::string_view head = LowerWord(t);
  const bool they = head == "they";
  if (!they) {
    // "The Foreign Ministers", "the ministers": "the" at most three words
    // before the head.
    if (!IsGroupHead(head)) return std::nullopt;
    // Only words of a title's field between them ("the Foreign
    // Ministers"): "the EU foreign ministers" names its own group.
    bool the = false;
    for (int k = t - 1; k >= 0 && k >= t - 3 && tokens_[k].word; --k) {
      if (Is(k, "the")) {
        the = true;
        break;
      }
      if (mention_end_[k] >= 0 || !IsTitleDomainWord(LowerWord(k))) break;
    }
    if (!the) return std::nullopt;
  }
  const uint32_t here = tokens_[t].begin;
  int seen = 0;
  for (size_t i = x_.statements.size(); i-- > 0 && seen < 4; ++seen) {
    const ExtractedStatement& st = x_.statements[i];
    if (st.speaker < 0 || st.text_span.end > here ||
        here - st.text_span.end > 2000) {
      continue;
    }
    // "According to X, the Foreign Ministers affirmed ...": a statement
    // read with no verb of its own opens with the clause's subject; its
    // first six words hold the group's noun.
    if (st.verb_span.end <= st.verb_span.begin) {
      const absl::string_view opening = LowerSlice(
          st.text_span.begin,
          std::min<uint32_t>(st.text_span.end, st.text_span.begin + 60));
      int words = 0;
      bool found = false;
      for (absl::string_view w : absl::StrSplit(opening, ' ')) {
        if (++words > 6) break;
        if (IsGroupHead(w) && (they || w == head)) found = true;
      }
      if (!found) continue;
    } else {
      // The word before the statement's verb (read in the text: the
      // statement may be of an earlier paragraph), past "also" and "-ly"
      // adverbs; at most three words back.
      std::string earlier;
      uint32_t e = st.verb_span.begin;
      for (int n = 0; n < 3; ++n) {
        while (e > 0 && text_[e - 1] == ' ') --e;
        uint32_t b = e;
        while (b > 0 && e - b < 24 &&
               absl::ascii_isalpha(static_cast<unsigned char>(text_[b - 1]))) {
          --b;
        }
        if (b == e) break;
        earlier = absl::AsciiStrToLower(text_.substr(b, e - b));
        if (earlier != "also" &&
            !(earlier.size() > 4 && absl::EndsWith(earlier, "ly") &&
              absl::ascii_islower(static_cast<unsigned char>(text_[b])))) {
          break;
        }
        earlier.clear();
        e = b;
      }
      if (!IsGroupHead(earlier) || (!they && earlier != head)) continue;
    }
    Subject s;
    s.actor = st.speaker;
    s.co_speakers = st.co_speakers;
    s.begin = tokens_[t].begin;
    s.end = tokens_[t].end;
    s.token = t;
    s.rule = they ? "pronoun-group-speaker" : "group-noun-speaker";
    s.confidence = 0.55f;
    return s;
  }
  return std::nullopt;
}

std::optional<Subject> Reader::PairEndingAt(int t) const {
  const int start = PairPhraseStart(t);
  if (start < 0) return std::nullopt;
  const absl::string_view head = LowerWord(t);
  const bool readout = x_.info.genre == Genre::kReadout;
  const bool they = start == t;
  // "Foreign" of "the two Foreign Ministers", "defence" of "both defence
  // ministers": a word between the determiner and the head that is no
  // number.
  std::string portfolio;
  if (t - 1 > start && tokens_[t - 1].word) {
    const absl::string_view q = LowerWord(t - 1);
    if (q != "two" && q != "three" && q != "both" && q != "the" && q != "all" &&
        q != "two-day") {
      portfolio = std::string(q);
    }
  }
  const uint32_t here = tokens_[t].begin;
  // "The two Foreign Ministers agreed ... The Ministers agreed ...": the
  // same head with no portfolio names again the pair a recent statement
  // (of the last eight, 2,000 bytes back at most) was given.
  if (portfolio.empty() && !they) {
    for (size_t i = x_.statements.size();
         i-- > 0 && i + 8 >= x_.statements.size();) {
      const ExtractedStatement& p = x_.statements[i];
      if (p.speaker_span.end > here || here - p.speaker_span.end > 2000) break;
      if (p.speaker_rule != "pair-last-two-persons" ||
          p.co_speakers.size() != 1) {
        continue;
      }
      const absl::string_view named =
          Slice(lower_, p.speaker_span.begin, p.speaker_span.end);
      if (!absl::EndsWith(named, head) ||
          (named.size() > head.size() &&
           absl::ascii_isalpha(static_cast<unsigned char>(
               named[named.size() - head.size() - 1])))) {
        continue;
      }
      Subject s = MakeSubject(p.speaker, tokens_[start].begin, tokens_[t].end,
                              start, "pair-last-two-persons", 0.6f);
      s.co_speakers = p.co_speakers;
      return s;
    }
  }
  // Persons named before this point, latest first.
  int a = -1, b = -1;
  size_t m = static_cast<size_t>(MentionsFrom(here) - mentions_.begin());
  // "the leaders", "the presidents", "the ministers": persons who hold such
  // a title (named with it, or by the registry) or whose title the text and
  // the registry do not give; a spokesperson or an aide is not one of "the
  // leaders". "Both sides", a readout's "both officials" and "They": any
  // persons (the parties of the call).
  auto fits = [&](int c) {
    if (head == "sides" || head == "officials" || head == "parties" ||
        head == "pair" || head == "two" || they) {
      return true;
    }
    const ActorFacts* f = Facts(c);
    if (titles_[c].empty() && (f == nullptr || f->roles.empty())) return true;
    // "Secretary of State", "Foreign Secretary", "Secretary of Foreign
    // Affairs": a secretary is one of "the two Ministers" of a readout.
    if (head == "ministers") {
      // "the two Foreign Ministers": the portfolio before the head is in
      // each one's title (the text's, else the registry's), so a prime
      // minister named in the readout is none of them.
      if (!portfolio.empty()) {
        bool in_title = false;
        for (const std::string& title : titles_[c]) {
          in_title = in_title || absl::StrContains(title, portfolio);
        }
        if (!in_title && (!titles_[c].empty() || !HasRole(c, portfolio))) {
          return false;
        }
      }
      return HasRole(c, "minister") || (readout && HasRole(c, "secretary"));
    }
    if (head == "presidents") return HasRole(c, "president");
    return HasRole(c, "president") || HasRole(c, "prime minister") ||
           HasRole(c, "premier") || HasRole(c, "chancellor") ||
           HasRole(c, "leader") || HasRole(c, "king") || HasRole(c, "queen") ||
           HasRole(c, "prince") || HasRole(c, "emir") || HasRole(c, "amir") ||
           HasRole(c, "sultan");
  };
  const size_t from = m;
  for (size_t n = 0; m-- > 0 && n < 64; ++n) {
    const int c = mentions_[m].actor;
    // The spokesperson a readout is attributable to is no party of it.
    if (x_.actors[c].kind != ActorKind::kPerson || !fits(c) ||
        c == readout_relay_) {
      continue;
    }
    if (a < 0) {
      a = c;
    } else if (c != a) {
      b = c;
      break;
    }
  }
  // In a readout "the leaders", "the Ministers" are the two parties of the
  // call or meeting whatever titles the text gives them ("met with her
  // counterpart X": "Both Ministers agreed").
  if (readout && (a < 0 || b < 0)) {
    a = b = -1;
    m = from;
    for (size_t n = 0; m-- > 0 && n < 64; ++n) {
      const int c = mentions_[m].actor;
      if (x_.actors[c].kind != ActorKind::kPerson || c == readout_relay_) {
        continue;
      }
      if (a < 0) {
        a = c;
      } else if (c != a) {
        b = c;
        break;
      }
    }
    // "The Prime Minister spoke to Chancellor X ... Both leaders agreed":
    // an office named as written has no mention to find; the latest person
    // speaker is the other party.
    if (a >= 0 && b < 0 && last_speaker_ >= 0 && last_speaker_ != a &&
        last_speaker_ != readout_relay_ &&
        x_.actors[last_speaker_].kind == ActorKind::kPerson) {
      b = last_speaker_;
    }
    // A name the text gives without a title has no mention either ("Gleb
    // Stolyarov had a telephone conversation with President of X Y"): the
    // persons who spoke last (of the latest eight statements) are the
    // parties.
    for (size_t i = x_.statements.size(), n = 0; i > 0 && n < 8 && b < 0;
         --i, ++n) {
      const int c = x_.statements[i - 1].speaker;
      if (c < 0 || c == readout_relay_ ||
          x_.actors[c].kind != ActorKind::kPerson) {
        continue;
      }
      if (a < 0) {
        a = c;
      } else if (c != a) {
        b = c;
      }
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
