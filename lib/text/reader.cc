// The Reader's shared parts: the word lists its rules use, the token window
// of the paragraph or turn being read (words, quotation marks, verbs),
// Emit (the common end of every statement rule: verb, modality, relays,
// date, limits) and Run, the pipeline: input checks, header lines and
// document date, actor mentions, paragraphs, then transcript turns or
// paragraphs and a joint statement.

#include "text/reader.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "text/lexicon.h"
#include "text/temporal_lex.h"
#include "util/status_macros.h"

namespace diplograph {
namespace text_internal {

namespace {

// A dateline of a place and an outlet with no day, a dash after them
// ("Nouakchott (AFP) - ..."; FindDocumentDate's rule "hint" or, with no
// hint, "dateline"). A place and a colon ("Guatemala: High Representative
// meets ...") is a heading and "Question (Reuters): ..." a transcript's
// label, not datelines.
bool IsUndatedDateline(const DocumentDate& dd) {
  const std::string_view rule(dd.rule);
  return (rule == "hint" || (rule == "dateline" && !dd.date.is_known())) &&
         dd.outlet_end > dd.outlet_begin && dd.separator == '-';
}

// A wire dateline ("HANOI, June 16 (Reuters) -") the lines found below a
// dated heading or stamp, which gave the date: a place, an outlet and a
// dash.
bool WireDateline(const DocumentDate& dd) {
  return dd.place_end > dd.place_begin && dd.outlet_end > dd.outlet_begin &&
         dd.separator == '-';
}

// ASCII lower case of `text` into out[0, text.size()), eight bytes at a
// time: in each byte of a word, bit 7 of (b & 0x7F) + 0x3F is set for
// b >= 'A' and of (b & 0x7F) + 0x25 for b > 'Z' (no carry crosses bytes);
// a byte of 0x80 or more is left as it is. O(text.size()).
// text.rfind(c), eight bytes at a time: a byte of x = w ^ (c * kOnes) is
// zero where the word w holds c, and (x - kOnes) & ~x & 0x80.. is not zero
// exactly when x has a zero byte; that word is then read byte by byte.
// O(text.size()).
size_t LastIndexOf(absl::string_view text, char c) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  const uint64_t pattern = kOnes * static_cast<uint8_t>(c);
  size_t i = text.size();
  while (i >= 8) {
    uint64_t w;
    std::memcpy(&w, text.data() + i - 8, 8);
    const uint64_t x = w ^ pattern;
    if (((x - kOnes) & ~x & (0x80 * kOnes)) != 0) break;
    i -= 8;
  }
  while (i > 0) {
    --i;
    if (text[i] == c) return i;
  }
  return absl::string_view::npos;
}

void AsciiLowerCopy(absl::string_view text, char* out) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  const size_t n = text.size();
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, text.data() + i, 8);
    const uint64_t low7 = w & (0x7F * kOnes);
    const uint64_t upper =
        ((low7 + 0x3F * kOnes) ^ (low7 + 0x25 * kOnes)) & ~w & (0x80 * kOnes);
    w |= upper >> 2;
    std::memcpy(out + i, &w, 8);
  }
  for (; i < n; ++i) {
    const char c = text[i];
    out[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
  }
}

// A ministry's heading names its meeting by the office, not the person:
// "Kazakh Foreign Minister holds talks with Austrian Federal Minister ...",
// "Deputy Minister receives the Ambassador of Chile", and a government
// news page names a call or meeting by a noun after the office ("Foreign
// Secretary call with Omani Foreign Minister: 21 July 2026", "PM meeting
// with President X"). A news headline names the person ("Putin holds talks with
// Xi"). `h` is the heading in lower case; true when a meeting or call verb
// follows a role noun, or with `titled_name` a role noun and one name
// ("Prime Minister Tremblay holds telephone call with ...", "Foreign
// Minister Hartley meets Indonesian counterpart").
// Titles a ministry's heading writes in initials: "CS" (Cabinet
// Secretary), "FM", "PM", "DPM", "EAM" (External Affairs Minister),
// "SecState", "VP", "SG" (Secretary-General), "MoS" (Minister of State);
// lower case.
bool IsTitleInitials(absl::string_view lower) {
  for (absl::string_view t : {"cs", "fm", "pm", "dpm", "eam", "secstate", "vp",
                              "sg", "mos", "ps", "fs"}) {
    if (lower == t) return true;
  }
  return false;
}

// `h` with one adjective between a verb of holding and its noun of a
// meeting left out: "holds bilateral talks with" is read as "holds talks
// with", "held a productive meeting with" as "held a meeting with".
std::string WithoutMeetingAdjective(absl::string_view h) {
  for (absl::string_view verb : {" holds ", " held ", " hold ", " holding "}) {
    const size_t at = h.find(verb);
    if (at == absl::string_view::npos) continue;
    size_t b = at + verb.size();
    if (h.substr(b, 2) == "a ") b += 2;
    const size_t e = h.find(' ', b);
    if (e == absl::string_view::npos) return std::string(h);
    const absl::string_view adjective = h.substr(b, e - b);
    for (absl::string_view a :
         {"bilateral",    "official",   "high-level", "fruitful",
          "wide-ranging", "productive", "cordial",    "constructive",
          "substantive",  "extensive",  "detailed",   "in-depth",
          "separate",     "formal",     "informal",   "warm",
          "friendly",     "frank",      "candid",     "strategic",
          "virtual"}) {
      if (adjective == a) {
        return absl::StrCat(h.substr(0, b), h.substr(e + 1));
      }
    }
    return std::string(h);
  }
  return std::string(h);
}

bool IsTitledMeetingHeading(absl::string_view heading, bool titled_name) {
  const std::string plain = WithoutMeetingAdjective(heading);
  const absl::string_view h = plain;
  for (absl::string_view verb : {" holds talks with ",
                                 " held talks with ",
                                 " hold talks with ",
                                 " meets with ",
                                 " holds a meeting with ",
                                 " held a meeting with ",
                                 " met with ",
                                 " meets ",
                                 " receives ",
                                 " holds telephone call with ",
                                 " holds phone call with ",
                                 " holds call with ",
                                 " holds telephone conversation with ",
                                 " holds phone conversation with ",
                                 " speaks with ",
                                 " speaks to ",
                                 " speaks by phone with ",
                                 " call with ",
                                 " phone call with ",
                                 " telephone call with ",
                                 " video call with ",
                                 " meeting with ",
                                 " talks with ",
                                 " received ",
                                 " spoke with ",
                                 " had a telephone conversation with ",
                                 " held a telephone conversation with ",
                                 " holds a telephone conversation with "}) {
    const size_t at = h.find(verb);
    if (at == absl::string_view::npos || at == 0) continue;
    const absl::string_view before = h.substr(0, at);
    const size_t space = before.find_last_of(' ');
    const absl::string_view last =
        space == absl::string_view::npos ? before : before.substr(space + 1);
    if (IsRoleNoun(last) || IsTitleInitials(last)) return true;
    if (!titled_name) continue;
    // "Prime Minister Tremblay holds telephone call with ...", "High
    // Representative/Vice-President Vasaru meets Foreign Minister X",
    // "President William Ruto receives ...": a title and a name (two words
    // at most) before the verb, titles joined by a slash counting apart.
    std::vector<absl::string_view> words =
        absl::StrSplit(before, absl::ByAnyChar(" /"), absl::SkipEmpty());
    for (size_t k = words.size() >= 3 ? words.size() - 3 : 0;
         k + 1 < words.size(); ++k) {
      if (IsRoleNoun(words[k]) || IsTitleInitials(words[k])) return true;
    }
  }
  return false;
}

// "Meeting with Prime Minister of Tonga", "Bilateral meeting with the
// President of Finland": a heading that opens with the meeting and names the
// other party by a title (a role noun among the three words after "with"
// and "the") is an office's page on its own meeting; "Meeting with Putin
// ends ..." names no office.
bool IsOfficeMeetingHeading(absl::string_view h) {
  absl::string_view rest;
  for (absl::string_view open : {"meeting with ", "bilateral meeting with "}) {
    if (absl::StartsWith(h, open)) {
      rest = h.substr(open.size());
      break;
    }
  }
  if (rest.empty()) return false;
  if (absl::StartsWith(rest, "the ")) rest.remove_prefix(4);
  std::vector<absl::string_view> words =
      absl::StrSplit(rest, absl::ByAnyChar(" /"), absl::SkipEmpty());
  for (size_t k = 0; k < words.size() && k < 3; ++k) {
    if (IsRoleNoun(words[k]) || IsTitleInitials(words[k])) return true;
  }
  return false;
}

// A cookie notice of a page's banner ("We use some essential cookies to
// make this website work."): a sentence that is no part of the article.
bool IsCookieNotice(absl::string_view lower) {
  return lower.size() <= 250 && absl::StrContains(lower, "cookies");
}

}  // namespace

const absl::flat_hash_set<std::string>& Prepositions() {
  static const auto* const s = new absl::flat_hash_set<std::string>{
      "on",      "about",  "with",    "of",      "at",     "in",     "to",
      "for",     "from",   "against", "between", "by",     "into",   "over",
      "under",   "toward", "towards", "among",   "like",   "than",   "via",
      "through", "across", "after",   "before",  "during", "unlike", "and",
      "or",      "as",     "both",    "around",  "amid",   "near",   "within",
      "beyond",  "despite"};
  return *s;
}

const absl::flat_hash_set<std::string>& RoleNouns() {
  static const auto* const s =
      new absl::flat_hash_set<std::string>{"spokesperson",
                                           "spokesman",
                                           "spokeswoman",
                                           "president",
                                           "secretary",
                                           "minister",
                                           "leader",
                                           "aide",
                                           "adviser",
                                           "advisor",
                                           "ambassador",
                                           "premier",
                                           "chancellor",
                                           "official",
                                           "diplomat",
                                           "envoy",
                                           "chairman",
                                           "chairwoman",
                                           "chair",
                                           "director",
                                           "representative",
                                           "counselor",
                                           "senator",
                                           "governor",
                                           "king",
                                           "queen",
                                           "prince",
                                           "general",
                                           "commander",
                                           "mayor",
                                           "head",
                                           "chief",
                                           "president-elect",
                                           "vice-president",
                                           "dictator",
                                           "lawmaker",
                                           "commissioner",
                                           "secretary-general",
                                           "director-general",
                                           "governor-general",
                                           "emir",
                                           "amir",
                                           "sultan",
                                           "speaker",
                                           "duke",
                                           "judge",
                                           "counterpart",
                                           "eam"};
  return *s;
}

// Words that look like names when capitalised but never are a speaker.
bool IsFunctionWord(absl::string_view lower) {
  static const auto* const s = new absl::flat_hash_set<std::string>{
      "the",     "a",       "an",        "and",       "but",       "or",
      "in",      "on",      "at",        "of",        "for",       "to",
      "with",    "as",      "by",        "it",        "this",      "that",
      "these",   "those",   "there",     "here",      "we",        "i",
      "you",     "they",    "he",        "she",       "his",       "her",
      "their",   "our",     "also",      "however",   "meanwhile", "asked",
      "when",    "while",   "after",     "before",    "since",     "during",
      "earlier", "later",   "according", "if",        "mr",        "ms",
      "mrs",     "dr",      "read",      "home",      "q",         "a",
      "monday",  "tuesday", "wednesday", "thursday",  "friday",    "saturday",
      "sunday",  "january", "february",  "march",     "april",     "may",
      "june",    "july",    "august",    "september", "october",   "november",
      "december"};
  static const WordFilter filter(*s);
  return filter.MayContain(lower) && s->contains(lower);
}

bool IsExpressedNoun(absl::string_view lower) {
  static const auto* const s = new absl::flat_hash_set<std::string>{
      "concern",       "concerns",    "willingness",    "hope",
      "hopes",         "support",     "regret",         "opposition",
      "condolences",   "sympathy",    "gratitude",      "appreciation",
      "optimism",      "confidence",  "readiness",      "dissatisfaction",
      "outrage",       "anger",       "disappointment", "satisfaction",
      "solidarity",    "doubt",       "doubts",         "alarm",
      "worry",         "worries",     "skepticism",     "scepticism",
      "displeasure",   "frustration", "indignation",    "disapproval",
      "determination", "sadness",     "shock",          "thanks",
      "commitment",    "interest",    "reservations",   "objection",
      "objections",    "wish",        "wishes",         "desire"};
  return s->contains(lower);
}

bool IsClaimNoun(absl::string_view lower) {
  static const auto* const s = new absl::flat_hash_set<std::string>{
      "claim",     "claims",      "suggestion",  "suggestions", "report",
      "reports",   "allegation",  "allegations", "accusation",  "accusations",
      "criticism", "speculation", "notion",      "idea",        "remarks",
      "comments",  "rumours",     "rumors",      "charges",     "assertions",
      "warnings",  "concerns",    "statement",   "statements",  "talk"};
  return s->contains(lower);
}

bool IsObjectPronoun(absl::string_view lower) {
  return lower == "him" || lower == "her" || lower == "them" || lower == "us" ||
         lower == "me";
}

bool IsPossessiveDeterminer(absl::string_view lower) {
  return lower == "his" || lower == "her" || lower == "its" ||
         lower == "their" || lower == "our";
}

bool IsDegreeAdjective(absl::string_view lower) {
  static const auto* const words = new absl::flat_hash_set<std::string>(
      {"deep", "serious", "grave", "strong", "great", "profound", "sincere",
       "full", "firm", "particular", "shared", "mutual", "common", "joint"});
  static const WordFilter filter(*words);
  return filter.MayContain(lower) && words->contains(lower);
}

void Reader::LoadWindow(uint32_t begin, uint32_t end) {
  {
    // The body's tokens in [begin, end); windows start and end at spaces or
    // at a turn label's colon, so the body's tokenization holds for them.
    const size_t lo = BodyTokenAt(begin);
    const size_t hi = std::max(lo, BodyTokenAt(end));
    tokens_.assign(body_tokens_.begin() + lo, body_tokens_.begin() + hi);
    if (!tokens_.empty() && tokens_.back().end > end) tokens_.back().end = end;
  }
  verb_used_.assign(tokens_.size(), 0);
  verb_known_.assign(tokens_.size(), 0);
  verb_cache_.resize(tokens_.size());
  in_quote_.assign(tokens_.size(), 0);
  mention_start_.assign(tokens_.size(), -1);
  mention_end_.assign(tokens_.size(), -1);
  mention_cursor_ =
      GallopLowerBound(mentions_, &mention_hint_,
                       [begin](const DocMention& m) { return m.end <= begin; });
  // A mention counts only where it starts a token: "China" inside
  // "Russia-China" is a modifier, never a speaker.
  size_t t = 0;
  for (size_t m = mention_cursor_; m < mentions_.size(); ++m) {
    const DocMention& dm = mentions_[m];
    if (dm.begin >= end) break;
    while (t < tokens_.size() && tokens_[t].begin < dm.begin) ++t;
    if (t >= tokens_.size()) break;
    if (tokens_[t].begin != dm.begin) continue;
    size_t last = t;
    while (last + 1 < tokens_.size() && tokens_[last + 1].begin < dm.end) {
      ++last;
    }
    mention_start_[t] = static_cast<int>(m);
    mention_end_[last] = static_cast<int>(m);
  }
  // "spoke with Mr Robert Chartrand, Prime Minister of Canada.": a title in
  // apposition after a person named anywhere in the window (not only a
  // speaker's) is one of its titles, so that "The Prime Minister" later
  // is that person. The apposition runs to the next comma, semicolon or
  // full stop, within 14 tokens.
  const int n = static_cast<int>(tokens_.size());
  for (int i = 0; i + 2 < n; ++i) {
    if (mention_end_[i] < 0 || !IsPunct(i + 1, ',')) continue;
    const DocMention& dm = mentions_[mention_end_[i]];
    if (dm.end != tokens_[i].end ||
        x_.actors[dm.actor].kind != ActorKind::kPerson) {
      continue;
    }
    int close = i + 2;
    while (
        close < n && close - i < 16 &&
        (tokens_[close].word || !(IsPunct(close, ',') || IsPunct(close, ';') ||
                                  IsPunct(close, '.')))) {
      ++close;
    }
    if (close - i >= 16 || close <= i + 2) continue;
    // An apposition opens with its title or a determiner (", and the Prime
    // Minister of Y, ..." is a conjunct, another person's title).
    if (!tokens_[i + 2].word ||
        !(tokens_[i + 2].capitalised || Is(i + 2, "the") || Is(i + 2, "a") ||
          Is(i + 2, "an")) ||
        Is(i + 2, "and") || Is(i + 2, "or") || Is(i + 2, "but")) {
      continue;
    }
    Subject s;
    s.actor = dm.actor;
    s.begin = dm.begin;
    s.end = dm.end;
    s.token = i;
    NoteTitleApposition(s, close);
  }
}

void Reader::MarkQuotes(const std::vector<Quote>& quotes) {
  verb_used_.assign(tokens_.size(), 0);
  in_quote_.assign(tokens_.size(), 0);
  for (const Quote& q : quotes) {
    for (int t = TokenAt(q.open);
         t < static_cast<int>(tokens_.size()) && tokens_[t].begin < q.close;
         ++t) {
      in_quote_[t] = 1;
    }
  }
}

int Reader::TokenAt(uint32_t offset) const {
  return static_cast<int>(GallopTo(tokens_, offset, &window_hint_));
}

// Whether the words after verb token `t` are an object of one to sixteen
// words (no punctuation) and then a quotation mark ("called a joint flight
// of Chinese and Russian strategic bombers around the country a "grave
// concern"").
bool Reader::ObjectThenQuote(int t) const {
  const int n = static_cast<int>(tokens_.size());
  int u = t + 1;
  while (u < n && u <= t + 16 && tokens_[u].word) ++u;
  return u > t + 1 && u < n && IsQuoteMark(u);
}

bool Reader::IsQuoteMark(int t) const {
  if (t < 0 || t >= static_cast<int>(tokens_.size()) || tokens_[t].word) {
    return false;
  }
  const absl::string_view w = Word(t);
  return w == "\"" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D" ||
         w == "\xE2\x80\x9E" || w == "\xC2\xAB" || w == "\xC2\xBB";
}

bool Reader::IsFragment(const Quote& q) const {
  if (!q.closed || q.open == 0) return false;
  // A word right before the opening mark (not ",", ":" or the start).
  uint32_t b = q.open;
  while (b > 0 && (text_[b - 1] == ' ' || text_[b - 1] == '\t')) --b;
  if (b == 0 || b == q.open) return false;
  const unsigned char before = static_cast<unsigned char>(text_[b - 1]);
  if (!absl::ascii_isalnum(before)) return false;
  // A lower-case word of the same clause right after the closing mark, and
  // not a reporting verb (""...," said X" has a comma; "... "X" said Y"
  // is an attribution).
  uint32_t a = q.close;
  while (a < text_.size() && (text_[a] == ' ' || text_[a] == '\t')) ++a;
  if (a < text_.size() && (text_[a] == '.' || text_[a] == ',') &&
      a == q.close && EndsReportedClause(q, b)) {
    return true;
  }
  // 'should adhere to the following "five musts": must abide by ...': a
  // colon or semicolon right after the mark goes on with the clause.
  if (a < text_.size() && a == q.close &&
      (text_[a] == ':' || text_[a] == ';') && EndsReportedClause(q, b)) {
    return true;
  }
  if (a == q.close || a >= text_.size()) return false;
  if (!absl::ascii_islower(static_cast<unsigned char>(text_[a]))) return false;
  const int t = TokenAt(a);
  const int n = static_cast<int>(tokens_.size());
  if (t >= n) return false;
  // 'Pompeo "reemphasized the commitment …," the State Department said.':
  // a comma inside the closing mark, then an attribution (a determiner or
  // a pronoun and, within seven words and no comma, a finite reporting
  // verb; 'Pompeo "noted …," it said.'): the
  // quotation is the attribution's words (a predicate of the name before
  // it), not a fragment of a clause the writer reports already.
  if (q.end > q.begin && text_[q.end - 1] == ',' && !EndsReportedClause(q, b) &&
      (Is(t, "the") || Is(t, "a") || Is(t, "an") || Is(t, "its") ||
       Is(t, "his") || Is(t, "her") || Is(t, "their") || Is(t, "it") ||
       Is(t, "he") || Is(t, "she") || Is(t, "they"))) {
    for (int k = t + 1; k < n && k <= t + 7; ++k) {
      if (IsPunct(k, ',') || IsQuoteMark(k)) break;
      const VerbHit h = VerbAt(k);
      if (h.verb == nullptr) continue;
      if (h.form == VerbForm::kFinite && h.verb->reports_speech) return false;
      break;
    }
  }
  // '"...," according to X': X's words, unless the quotation ends a
  // clause a reporting verb began ('X told Y that Tehran was ready to open
  // "a new page," according to a statement from Z': X's words, relayed by
  // Z).
  if (Is(t, "according")) return EndsReportedClause(q, b);
  const VerbHit hit = VerbAt(t);
  return hit.verb == nullptr || hit.form != VerbForm::kFinite;
}

// A quotation that closes a reported clause of the writer's ('said
// Australia valued its partnership with Indonesia "more than ever".',
// 'said their friendship is "harder than steel".'): the word before the
// opening mark (ending at byte b) is the writer's and not a verb of naming
// or saying ("described X as", "called it", 'said "..."'), and a finite
// reporting verb of the same sentence comes at least three words before
// it. Looks back at most 40 tokens.
bool Reader::EndsReportedClause(const Quote& q, uint32_t b) const {
  const int mark = TokenAt(q.open);
  const int before = mark - 1;
  if (before < 0 || tokens_[before].end != b || !tokens_[before].word) {
    return false;
  }
  const absl::string_view w = LowerWord(before);
  for (absl::string_view naming :
       {"as",       "called",  "calling",  "termed", "described", "dubbed",
        "labelled", "labeled", "branded",  "named",  "it",        "them",
        "this",     "that",    "saying",   "said",   "says",      "say",
        "added",    "stated",  "declared", "wrote",  "told",      "asked",
        "replied",  "warned"}) {
    if (w == naming) return false;
  }
  // "described ties as a “matter between them.”": naming after "as a".
  if ((w == "a" || w == "an" || w == "the") && Is(before - 1, "as")) {
    return false;
  }
  // "..., noting that they “don't depend on ...”": a participle of a
  // reporting verb and "that" nearer the mark open a clause of its own.
  for (int t = before - 1; t >= 0 && t >= before - 6; --t) {
    if (!tokens_[t].word) break;
    const VerbHit hit = VerbAt(t);
    if (hit.verb != nullptr && hit.form == VerbForm::kParticiple &&
        Is(t + 1, "that")) {
      return false;
    }
  }
  for (int t = before - 3; t >= 0 && t >= before - 40; --t) {
    if (!tokens_[t].word) {
      if (IsPunct(t, '.') || IsPunct(t, '?') || IsPunct(t, '!') ||
          IsPunct(t, ':')) {
        return false;
      }
      continue;
    }
    const VerbHit hit = VerbAt(t);
    if (hit.verb != nullptr && hit.form == VerbForm::kFinite) {
      return hit.verb->reports_speech && !Is(t + 1, "as");
    }
  }
  return false;
}

int Reader::WithOfAbsolute(int t, int first) const {
  for (int k = t - 2; k >= first && k >= t - 13; --k) {
    // "with Jan Nowak, Poland's foreign minister, saying": commas of an
    // apposition inside.
    if (!tokens_[k].word && !IsPunct(k, '.') && !IsPunct(k, ',')) break;
    if (Is(k, "with")) {
      return k == first || (k > 0 && IsPunct(k - 1, ',')) ? k : -1;
    }
  }
  return -1;
}

VerbHit Reader::VerbAt(int t) const {
  if (t < 0 || t >= static_cast<int>(tokens_.size()) || !tokens_[t].word ||
      tokens_[t].capitalised) {
    return {};
  }
  if (verb_known_[t] == 0) {
    verb_cache_[t] = FindReportingVerb(Word(t));
    verb_known_[t] = 1;
  }
  VerbHit hit = verb_cache_[t];
  if (hit.verb == nullptr) return hit;
  const absl::string_view w0 = Word(t);
  const absl::string_view lemma = hit.verb->lemma;
  // "the Arctic states", "of the Baltic states": a plural noun after "the"
  // and a capitalised word, not the verb "states".
  if (Eq(w0, "states") && t >= 2 && tokens_[t - 1].word &&
      tokens_[t - 1].capitalised && Is(t - 2, "the")) {
    return {};
  }
  char buffer[16];
  absl::string_view next;
  if (t + 1 < static_cast<int>(tokens_.size())) {
    const absl::string_view w = Word(t + 1);
    const size_t n = std::min(w.size(), sizeof(buffer));
    for (size_t i = 0; i < n; ++i) {
      buffer[i] = absl::ascii_tolower(static_cast<unsigned char>(w[i]));
    }
    next = absl::string_view(buffer, w.size() <= sizeof(buffer) ? n : 0);
  }
  // "Both sides agreed", "the two leaders agreed", "the leaders also
  // agreed": agreeing is reported for the parties of a call or meeting
  // only ("Russia and Ukraine agreed to exchange prisoners" is an act).
  // "X agreed that ...": what a speaker agreed with is reported speech.
  if (Eq(lemma, "agree") && next != "that") {
    int p = t - 1;
    // "the leaders also agreed", "the pair reportedly agreed".
    if (p >= 0 && (Is(p, "also") || Is(p, "reportedly"))) --p;
    if (p < 0) return {};
    // "The two Ministers reaffirmed ..., and agreed to ...": an agreement
    // coordinated with a reported clause shares its subject (the
    // coordinated-verb rule finds it).
    if (Is(p, "and") && p >= 1 && !tokens_[p - 1].word && Word(p - 1) == ",") {
      return hit;
    }
    // "Putin and Erdogan agreed in a call ...": two persons named together
    // (the parties of a call or meeting, not states acting).
    if (mention_end_[p] >= 0 &&
        x_.actors[mentions_[mention_end_[p]].actor].kind ==
            ActorKind::kPerson) {
      int f = MentionFirstToken(p, std::max(0, p - 8));
      // Past a title ("and Turkish President Tayyip Erdogan").
      for (int n = 0; n < 3 && f >= 1 && tokens_[f - 1].word &&
                      tokens_[f - 1].capitalised && mention_end_[f - 1] < 0;
           ++n) {
        --f;
      }
      if (f >= 2 && Is(f - 1, "and") && mention_end_[f - 2] >= 0 &&
          x_.actors[mentions_[mention_end_[f - 2]].actor].kind ==
              ActorKind::kPerson &&
          mentions_[mention_end_[f - 2]].actor !=
              mentions_[mention_end_[p]].actor) {
        return hit;
      }
    }
    // "The leaders reaffirmed .... They agreed to ...": "they" right after
    // a statement of two persons together is that pair, and "They" opening
    // a sentence right after a statement of two speakers or more, in any
    // genre (ResolvePronoun gives it those speakers).
    if (Is(p, "they") && !x_.statements.empty()) {
      const ExtractedStatement& last = x_.statements.back();
      if (tokens_[p].capitalised && !last.co_speakers.empty()) return hit;
      if (last.speaker >= 0 && last.co_speakers.size() == 1 &&
          x_.actors[last.speaker].kind == ActorKind::kPerson &&
          x_.actors[last.co_speakers[0]].kind == ActorKind::kPerson &&
          tokens_[p].begin >= last.text_span.end &&
          tokens_[p].begin - last.text_span.end < 400) {
        return hit;
      }
    }
    // "Nepal and Bangladesh agreed on Wednesday to ...", "India and the
    // UAE on Tuesday agreed to ...": two states named together agree (the
    // lede of their leaders' or ministers' talks), when the sentence does
    // not go on to say who reported it ("..., Turkey's foreign ministry
    // said" makes it the ministry's words).
    {
      int q = p;
      // Past "on Tuesday".
      if (q >= 2 && Is(q - 1, "on")) {
        bool abbreviated = false;
        const absl::string_view w = LowerWord(q);
        if (temporal::WeekdayOfWord(std::string_view(w.data(), w.size()),
                                    &abbreviated) > 0 &&
            !abbreviated) {
          q -= 2;
        }
      }
      if (q >= 0 && mention_end_[q] >= 0 &&
          x_.actors[mentions_[mention_end_[q]].actor].kind ==
              ActorKind::kState) {
        const int f = MentionFirstToken(q, std::max(0, q - 8));
        int g = f - 1;
        if (g >= 2 && Is(g, "the")) --g;  // "and the United Arab Emirates"
        if (g >= 1 && Is(g, "and")) {
          --g;
          if (mention_end_[g] >= 0 &&
              x_.actors[mentions_[mention_end_[g]].actor].kind ==
                  ActorKind::kState &&
              mentions_[mention_end_[g]].actor !=
                  mentions_[mention_end_[q]].actor &&
              !ReportedLaterInSentence(t)) {
            return hit;
          }
        }
      }
    }
    // "Both sides agreed", "They agreed to ..." opening a sentence of a
    // readout: the parties of the call (PairPhraseStart).
    if (PairPhraseStart(p) < 0) return {};
  }
  // Two-word verbs and verbs that need a particle.
  if (Eq(lemma, "point out") && next != "out") return {};
  // "set out Oman's efforts", "set out the UK's position": an object after
  // the particle ("set out for Riyadh", "set out on a tour", "the terms
  // set out in ..." and "set out by ..." are no speech).
  if (Eq(lemma, "set out")) {
    if (next != "out" || t + 2 >= static_cast<int>(tokens_.size()) ||
        !tokens_[t + 2].word) {
      return {};
    }
    const absl::string_view after = LowerWord(t + 2);
    if (Prepositions().contains(after) || after == "to" || after == "from") {
      return {};
    }
    // Elsewhere than in a readout, a party's position: "that", "how" or
    // an object with a possessive in its first three words ("set out
    // Oman's efforts", "set out the government's position", "set out
    // their plan"); "set out the rules" is an act.
    if (x_.info.genre != Genre::kReadout && after != "that" && after != "how") {
      bool possessive = false;
      for (int u = t + 2; u < t + 5 && u < static_cast<int>(tokens_.size()) &&
                          tokens_[u].word && !possessive;
           ++u) {
        possessive =
            EndsPossessive(Slice(text_, tokens_[u].begin, tokens_[u].end)) ||
            IsPossessiveDeterminer(LowerWord(u));
      }
      if (!possessive) return {};
    }
  }
  // "They looked forward to the signing of ...".
  if (Eq(lemma, "look forward") && (next != "forward" || !Is(t + 2, "to"))) {
    return {};
  }
  if (Eq(lemma, "make clear") && next != "clear" &&
      !(Eq(next, "it") && Is(t + 2, "clear"))) {
    return {};
  }
  if (Eq(lemma, "rule out") && next != "out") return {};
  // "Colombia answered with tariffs of its own", "Peru responded by
  // closing the border": a reply made by deeds, no words.
  if ((Eq(lemma, "answer") || Eq(lemma, "respond") || Eq(lemma, "reply") ||
       Eq(lemma, "react") || Eq(lemma, "retaliate")) &&
      (Eq(next, "with") || Eq(next, "by"))) {
    return {};
  }
  // "called on / for", "pressed for", "spoke of / about", "appealed to /
  // for", "raised concerns", "raised the issue": the verb's `next` words
  // (speech_verbs.tsv), one of which follows it.
  if (!hit.verb->next.empty()) {
    bool found = false;
    for (const std::string& n : hit.verb->next) {
      if (found) break;
      // "(readout)": any object in a readout ("The Secretary raised the
      // growing reach of ...": what an official raised in a meeting).
      if (n == "(readout)") {
        found = x_.info.genre == Genre::kReadout &&
                t + 1 < static_cast<int>(tokens_.size()) && tokens_[t + 1].word;
        continue;
      }
      // "(addressee)": an actor or an object pronoun ("offered Chile its
      // support", "offered them help").
      if (n == "(addressee)") {
        found = t + 1 < static_cast<int>(tokens_.size()) &&
                (mention_start_[t + 1] >= 0 || IsObjectPronoun(next));
        continue;
      }
      // "(object-quote)": an object of one to sixteen words, then a
      // quotation ("called the remark "hostile"", "called the United
      // States "an adversary"").
      if (n == "(object-quote)") {
        found = ObjectThenQuote(t);
        continue;
      }
      int u = t + 1;
      found = true;
      for (absl::string_view w : absl::StrSplit(n, ' ')) {
        if (u >= static_cast<int>(tokens_.size()) || !tokens_[u].word ||
            LowerWord(u) != w) {
          found = false;
          break;
        }
        ++u;
      }
    }
    if (!found) return {};
  }
  if (Eq(lemma, "express") || Eq(lemma, "voice")) {
    // "expressed concern", "voiced deep concern", "expressed strong
    // support": one adjective of degree or of sharing ("their shared
    // desire") may come before the noun (two at most), and a possessive
    // before them ("expressed her appreciation", "voiced their deep
    // concern"), or "the" or a name's possessive ("expressed the hope
    // that", "expressed France's wish to").
    int k = t + 1;
    if (IsPossessiveDeterminer(next) || Eq(next, "the") ||
        (t + 1 < static_cast<int>(tokens_.size()) && tokens_[t + 1].word &&
         tokens_[t + 1].capitalised && EndsPossessive(Word(t + 1)))) {
      ++k;
    }
    auto word_at = [&](int i) {
      return i < static_cast<int>(tokens_.size()) && tokens_[i].word
                 ? LowerWord(i)
                 : absl::string_view();
    };
    absl::string_view what = word_at(k);
    if (IsDegreeAdjective(what)) what = word_at(++k);
    if (IsDegreeAdjective(what)) what = word_at(k + 1);  // "shared deep"
    if (!IsExpressedNoun(what)) return {};
  }
  // Verbs that report speech only before "that" or a mark ("conceded
  // that", '"...," she countered.'); otherwise acts ("maintained close
  // ties", "recalled its ambassador", "observed a minute of silence").
  if (hit.verb->that_or_mark) {
    const bool mark_or_end =
        t + 1 >= static_cast<int>(tokens_.size()) || !tokens_[t + 1].word;
    // "assured Iceland that", "reminded him that": an addressee first;
    // "signalled readiness to": a noun of what was expressed; "dismissed
    // the report as", "dismissed claims that": a noun of what was said.
    const bool addressee =
        hit.verb->takes_addressee && !mark_or_end &&
        (mention_start_[t + 1] >= 0 || IsObjectPronoun(next));
    const bool expressed =
        (Eq(lemma, "signal") || Eq(lemma, "flag")) && IsExpressedNoun(next);
    const bool dismissed =
        Eq(lemma, "dismiss") && !mark_or_end &&
        (IsClaimNoun(next) ||
         ((Eq(next, "the") || Eq(next, "such") || Eq(next, "these") ||
           Eq(next, "those") || Eq(next, "his") || Eq(next, "her") ||
           Eq(next, "their") || Eq(next, "its")) &&
          t + 2 < static_cast<int>(tokens_.size()) && tokens_[t + 2].word &&
          IsClaimNoun(LowerWord(t + 2))));
    // '"...," Modi tweeted at the end of the talks.', '‘...,’ she wrote
    // on Sunday.': right after a quotation's closing mark and the verb's
    // subject (a name or a pronoun), the verb reports the quotation,
    // whatever words follow it.
    bool after_quote = false;
    if (!mark_or_end && t >= 3 && tokens_[t - 1].word) {
      int b = t - 1;
      if (mention_end_[b] >= 0) {
        b = MentionFirstToken(b, std::max(0, t - 8));
      } else if (!Is(b, "he") && !Is(b, "she") && !Is(b, "they")) {
        b = -1;
      }
      if (b >= 2) {
        const absl::string_view mark = Word(b - 1);
        after_quote =
            IsQuoteMark(b - 1) ||
            ((mark == "'" || mark == "\xE2\x80\x99") && !tokens_[b - 2].word &&
             (Word(b - 2) == "," || Word(b - 2) == "." || Word(b - 2) == "!" ||
              Word(b - 2) == "?"));
      }
    }
    if (!mark_or_end && next != "that" && !addressee && !expressed &&
        !dismissed && !after_quote &&
        !(Eq(lemma, "caution") && Eq(next, "against")) &&
        !(Eq(lemma, "post") && Eq(next, "on"))) {
      return {};
    }
  }
  // "a statement posted on the ministry's website": a participle after a
  // noun; the verb follows its subject's name, a pronoun, an auxiliary or
  // an adverb ("X posted on Telegram", "she later posted").
  if (Eq(lemma, "post") && t > 0) {
    const absl::string_view prev = LowerWord(t - 1);
    if (tokens_[t - 1].word && !tokens_[t - 1].capitalised && prev != "he" &&
        prev != "she" && prev != "they" && prev != "it" && prev != "who" &&
        prev != "has" && prev != "had" && prev != "have" && prev != "also" &&
        prev != "then" && !absl::EndsWith(prev, "ly")) {
      return {};
    }
  }
  // "asked Iceland to ...": an addressee and "to"; a journalist's "asked"
  // is a question.
  // '"...?" she asked.', 'asked: "..."': a question of the speaker's own.
  if (Eq(lemma, "ask") && t + 1 < static_cast<int>(tokens_.size()) &&
      !tokens_[t + 1].word) {
    return hit;
  }
  if (Eq(lemma, "ask")) {
    if (t + 1 >= static_cast<int>(tokens_.size()) ||
        mention_start_[t + 1] < 0) {
      return {};
    }
    if (!Is(MentionLastToken(t + 1, static_cast<int>(tokens_.size())) + 1,
            "to")) {
      return {};
    }
  }
  // "is said to be", "said to weigh ...": hearsay with no speaker.
  if (Eq(lemma, "say") && Eq(next, "to") &&
      t + 2 < static_cast<int>(tokens_.size())) {
    const absl::string_view after = LowerWord(t + 2);
    for (absl::string_view v :
         {"be",    "have",   "weigh",   "plan",   "consider", "seek",
          "favor", "favour", "prefer",  "want",   "mull",     "eye",
          "back",  "oppose", "hold",    "own",    "prepare",  "face",
          "lead",  "head",   "control", "include"}) {
      if (after == v) return {};
    }
  }
  // "the zone proposed by Tokyo": a past participle before its agent.
  if (hit.form == VerbForm::kFinite && Eq(next, "by") &&
      absl::EndsWith(w0, "ed")) {
    return {};
  }
  // A passive ("was told", "is said", "were criticized"): the subject
  // before it did not speak. "was quoted by X as saying" is read by its own
  // rule (Reader::QuotedByAsSaying).
  // "remains committed to", "is firmly committed to": a participle after
  // "remain" (or a copula and an adverb in -ly) is an adjective, no act.
  if (hit.form == VerbForm::kFinite && t > 0 && tokens_[t - 1].word) {
    int aux = t - 1;
    if (aux > 0 && tokens_[aux - 1].word &&
        absl::EndsWith(LowerWord(aux), "ly")) {
      --aux;
    }
    const absl::string_view prev = LowerWord(aux);
    if (prev.size() <= 8 &&
        (Eq(prev, "is") || Eq(prev, "are") || Eq(prev, "was") ||
         Eq(prev, "were") || Eq(prev, "been") || Eq(prev, "being") ||
         Eq(prev, "be") || Eq(prev, "remain") || Eq(prev, "remains") ||
         Eq(prev, "remained"))) {
      return {};
    }
  }
  // "to say", "will say": not a report of what was said; but "did not rule
  // out" is the negated report of a past act.
  if (hit.form == VerbForm::kBase) {
    if (t >= 2 && Is(t - 1, "not") &&
        (Is(t - 2, "did") || Is(t - 2, "does") || Is(t - 2, "do"))) {
      hit.form = VerbForm::kFinite;
      return hit;
    }
    // "didn't say", "doesn't say".
    if (t >= 1 && NegatedAuxiliary(t - 1)) {
      hit.form = VerbForm::kFinite;
      return hit;
    }
    // "would later say", "would go on to say": a past saying told from
    // before it, not a future one.
    if (t >= 2 && Is(t - 1, "later") && Is(t - 2, "would")) {
      hit.form = VerbForm::kFinite;
      return hit;
    }
    if (t >= 4 && Is(t - 1, "to") && Is(t - 2, "on") && Is(t - 3, "go") &&
        Is(t - 4, "would")) {
      hit.form = VerbForm::kFinite;
      return hit;
    }
    // "X spoke with Y on Monday to reaffirm ...", "met with Y to
    // underscore ...": what a call or meeting was held to say is said by
    // its subject (readouts); "met with Y to discuss ..." is no saying.
    // "spoke to Y ..., to congratulate him on ...", "met Y to thank her
    // for ...": an act of praise a call is held for is its subject's too.
    const bool object_act = hit.verb->frame == VerbFrame::kObject ||
                            hit.verb->frame == VerbFrame::kObjectAddressee;
    if (t >= 3 && Is(t - 1, "to") && (hit.verb->reports_speech || object_act) &&
        lemma != "say" && lemma != "tell" && lemma != "ask") {
      for (int k = t - 2; k >= 1 && k >= t - 16; --k) {
        if (!tokens_[k].word) {
          if (IsPunct(k, ',')) continue;
          break;
        }
        // "spoke to Y on 14 June, to congratulate him ...": "spoke to" is
        // "spoke with" (the word before "to" decides; another "to" is
        // passed).
        if (Is(k, "to")) {
          int b = k - 1;
          if (b >= 1 && (Is(b, "today") || Is(b, "yesterday") ||
                         Is(b, "also") || Is(b, "separately"))) {
            --b;
          }
          if (Is(b, "spoke") || Is(b, "speaks") || Is(b, "talked") ||
              Is(b, "talks")) {
            hit.form = VerbForm::kFinite;
            return hit;
          }
          continue;
        }
        if (!Is(k, "with")) continue;
        int v = k - 1;
        if (v >= 2 && (Is(v, "phone") || Is(v, "telephone")) &&
            Is(v - 1, "by")) {
          v -= 2;
        }
        // "spoke today with ...": one adverb between.
        if (v >= 1 && tokens_[v].word && !tokens_[v].capitalised &&
            (Is(v, "today") || Is(v, "yesterday") || Is(v, "separately") ||
             Is(v, "also") || absl::EndsWith(LowerWord(v), "ly"))) {
          --v;
        }
        if (Is(v, "spoke") || Is(v, "speaks") || Is(v, "met") ||
            Is(v, "meets") || Is(v, "talked") || Is(v, "talks")) {
          hit.form = VerbForm::kFinite;
          return hit;
        }
        break;
      }
    }
    // "went on to say": the report of a past saying.
    if (t >= 3 && Is(t - 1, "to") && Is(t - 2, "on") &&
        (Is(t - 3, "went") || Is(t - 3, "goes"))) {
      hit.form = VerbForm::kFinite;
      return hit;
    }
    return {};
  }
  // Noun readings of -s forms ("Putin's comments", "reports say").
  const absl::string_view w = Word(t);
  if (hit.form == VerbForm::kFinite && absl::EndsWith(w, "s") &&
      !absl::EndsWith(w, "ss") && t > 0) {
    const absl::string_view prev = LowerWord(t - 1);
    // "..., says X", "... - says X": forms with no noun reading are verbs
    // after a mark too.
    const bool never_noun = lemma == "say" || lemma == "add" ||
                            lemma == "insist" || lemma == "argue" ||
                            lemma == "tell" || lemma == "write";
    if (prev == "the" || prev == "a" || prev == "his" || prev == "her" ||
        prev == "their" || prev == "its" || prev == "these" ||
        prev == "those" || prev == "such" || EndsPossessive(Word(t - 1)) ||
        (!tokens_[t - 1].word && !never_noun)) {
      return {};
    }
    // "rejected claims that ...", "denied reports that ...": the object of
    // a reporting verb is a noun.
    if (!never_noun && tokens_[t - 1].word &&
        FindReportingVerb(Word(t - 1)).verb != nullptr &&
        absl::EndsWith(prev, "ed")) {
      return {};
    }
    if (lemma == "state" && tokens_[t - 1].capitalised && Is(t - 1, "united")) {
      return {};
    }
    // "the Arctic states", "member states", "both states": "states" is a
    // verb only after its subject's name, a pronoun or a document noun
    // ("the report states that").
    if (w == "states" && mention_end_[t - 1] < 0 && !Is(t - 1, "it") &&
        !Is(t - 1, "he") && !Is(t - 1, "she") && !Is(t - 1, "also") &&
        !Is(t - 1, "report") && !Is(t - 1, "statement") &&
        !Is(t - 1, "document") && !Is(t - 1, "resolution") &&
        !Is(t - 1, "declaration") && !Is(t - 1, "agreement") &&
        !Is(t - 1, "law") && !Is(t - 1, "clearly")) {
      return {};
    }
  }
  // "the reported visit", "a so-called ...": participles used as
  // adjectives before a noun are left out by requiring a subject later.
  return hit;
}

const SpeechVerb* Reader::PhraseVerbAt(int verb_token,
                                       absl::string_view lemma) const {
  // The lexicon's fixed phrases ("express concern", "voice support"), by
  // lemma; built once.
  static const auto* const phrases = [] {
    auto* m = new absl::flat_hash_map<std::string, const SpeechVerb*>;
    for (const auto& v : Lexicon::Default().verbs()) {
      if (v->lemma.find(' ') != std::string::npos) {
        m->try_emplace(v->lemma, v.get());
      }
    }
    return m;
  }();
  // Only verbs that begin a phrase ("offered condolences", "extended
  // congratulations").
  static const auto* const heads = [] {
    auto* h = new absl::flat_hash_set<std::string>;
    for (const auto& [phrase, verb] : *phrases) {
      h->insert(phrase.substr(0, phrase.find(' ')));
    }
    return h;
  }();
  if (!heads->contains(lemma)) return nullptr;
  // The lemma and up to three following words, longest first; a plural
  // noun also as its singular ("raised concerns").
  std::string key(lemma);
  std::string keys[3];
  int n = 0;
  for (int i = 1; i <= 3; ++i) {
    const int u = verb_token + i;
    if (u >= static_cast<int>(tokens_.size()) || !tokens_[u].word) break;
    absl::StrAppend(&key, " ", LowerWord(u));
    keys[n++] = key;
  }
  for (int i = n - 1; i >= 0; --i) {
    auto it = phrases->find(keys[i]);
    if (it == phrases->end() && absl::EndsWith(keys[i], "s")) {
      it = phrases->find(keys[i].substr(0, keys[i].size() - 1));
    }
    if (it != phrases->end()) return it->second;
  }
  return nullptr;
}

int Reader::Emit(ExtractedStatement s, Range sentence, int verb_token) {
  // A statement with no speaker only where a description names none.
  if (s.speaker < 0 && s.speaker_rule != "description-unresolved") return -1;
  // Trim spaces and trailing commas from the words.
  uint32_t b = s.text_span.begin, e = s.text_span.end;
  while (b < e && (absl::ascii_isspace(static_cast<unsigned char>(text_[b])) ||
                   text_[b] == ',' || text_[b] == ':')) {
    ++b;
  }
  while (e > b &&
         (absl::ascii_isspace(static_cast<unsigned char>(text_[e - 1])) ||
          text_[e - 1] == ',')) {
    --e;
  }
  if (e <= b) return -1;
  // "... to step up talks, top government sources said, as ...": the words
  // end before an attribution to sources the report does not name.
  if (s.quote == QuoteKind::kParaphrase && e - b <= 4096) {
    const absl::string_view words(lower_.data() + b, e - b);
    for (size_t c = words.find(", "); c != absl::string_view::npos;
         c = words.find(", ", c + 2)) {
      size_t k = c + 2, last_word = k;
      int n = 0;
      while (k < words.size() && n < 4) {
        size_t w = k;
        while (w < words.size() &&
               absl::ascii_isalpha(static_cast<unsigned char>(words[w]))) {
          ++w;
        }
        if (w == k) break;
        const absl::string_view word = words.substr(k, w - k);
        if (word == "said" || word == "say" || word == "says" ||
            word == "told") {
          const absl::string_view head =
              words.substr(last_word, k - 1 - last_word);
          bool lower = true;
          for (uint32_t o = b + static_cast<uint32_t>(c + 2);
               o < b + static_cast<uint32_t>(k); ++o) {
            lower = lower &&
                    !absl::ascii_isupper(static_cast<unsigned char>(text_[o]));
          }
          if (n > 0 && lower && IsUnnamedSourceNoun(head)) {
            e = b + static_cast<uint32_t>(c);
          }
          break;
        }
        if (w >= words.size() || words[w] != ' ') break;
        last_word = k;
        k = w + 1;
        ++n;
      }
      if (e == b + c) break;
    }
  }
  // "It said the two sides have underlined X": the clause that opens the
  // words of a statement just read, by the same speakers, is that
  // statement again, not a second one.
  if (!x_.statements.empty() && s.quote == QuoteKind::kParaphrase) {
    const ExtractedStatement& prev = x_.statements.back();
    if (prev.quote == QuoteKind::kParaphrase &&
        prev.in_question == s.in_question && prev.speaker == s.speaker &&
        prev.co_speakers == s.co_speakers && prev.text_span.begin < b &&
        e <= prev.text_span.end && verb_token >= 0 &&
        verb_token < static_cast<int>(tokens_.size()) &&
        tokens_[verb_token].begin > prev.text_span.begin) {
      // Its verb in the first clause of those words ("..., and da Lima
      // added that ..." is a second statement).
      const absl::string_view lead =
          Slice(text_, prev.text_span.begin, tokens_[verb_token].begin);
      if (!absl::StrContains(lead, ",") && !absl::StrContains(lead, ";") &&
          !absl::StrContains(lead, " and ")) {
        return -1;
      }
    }
  }
  s.text_span = {b, e};
  s.text = std::string(Slice(text_, b, e));
  const bool has_verb =
      verb_token >= 0 && verb_token < static_cast<int>(tokens_.size());
  const VerbHit hit = has_verb ? VerbAt(verb_token) : VerbHit{};
  if (has_verb) {
    s.verb_span = {tokens_[verb_token].begin, tokens_[verb_token].end};
    const bool negated = verb_token >= 2 && (Is(verb_token - 1, "not") ||
                                             Is(verb_token - 1, "never") ||
                                             NegatedAuxiliary(verb_token - 1));
    // "expressed concern", "voiced deep concern", "expressed condolences":
    // the lexicon's phrase, else the verb alone.
    const SpeechVerb* sv = hit.verb != nullptr
                               ? PhraseVerbAt(verb_token, hit.verb->lemma)
                               : nullptr;
    if (sv == nullptr) sv = hit.verb;
    // A word the rules read in another way ("hoped", "discussed"): the
    // lexicon's code of it.
    if (sv == nullptr) {
      sv = Lexicon::Default().FindVerb(
          std::string_view(Word(verb_token).data(), Word(verb_token).size()));
    }
    if (sv != nullptr && s.event_type.empty()) {
      s.event_type = negated && !sv->negated_event_type.empty()
                         ? sv->negated_event_type
                         : sv->event_type;
    }
    // "called the remark "hostile"": naming a thing by words is no appeal
    // (the 020 of "called on", "called for"), a description (010).
    if (sv == hit.verb && sv != nullptr && Eq(sv->lemma, "call") &&
        ObjectThenQuote(verb_token)) {
      s.event_type = {"010", "Make statement"};
    }
    // Negation: "did not rule out", "never said", "didn't say".
    if (negated) {
      s.modality = diplograph::Modality::kNegated;
    }
  }
  if (s.event_type.empty()) s.event_type = {"010", "Make statement"};
  FillAbout(s);
  OpenerAbout(s, sentence);
  if (s.quote == QuoteKind::kParaphrase) InheritAbout(s);
  if (s.quote == QuoteKind::kParaphrase && s.about.empty() && !s.in_question) {
    TakeUpTopic(s, sentence);
  }
  // "Laos and Thailand agreed to share data on the Mekong": words of
  // speakers who speak together that name no actor are about the speakers
  // themselves (what they agreed binds them).
  if (s.about.empty() && !s.co_speakers.empty() && s.speaker >= 0) {
    s.about.push_back(s.speaker);
    for (int c : s.co_speakers) {
      if (c >= 0 &&
          std::find(s.about.begin(), s.about.end(), c) == s.about.end()) {
        s.about.push_back(c);
      }
    }
  }
  if (hit.verb != nullptr && hit.verb->stance != Polarity::kNeutral &&
      !s.about.empty()) {
    s.targets.push_back({s.about.front(), hit.verb->stance, true});
  }
  for (int a : s.about) {
    if (x_.actors[a].kind == ActorKind::kPlace) continue;  // about, no stance
    bool have = false;
    for (const ExtractedTarget& t : s.targets) have |= t.actor == a;
    if (!have) s.targets.push_back({a, Polarity::kNeutral, true});
  }
  StanceFromWords(s);
  // "thanked X for Y's help": a target the words' cues leave neutral takes
  // the verb's own stance ("praised", "accused"); cues near a target
  // decide first ("praised X's criticism of Y's containment policy").
  if (hit.verb != nullptr && hit.verb->stance != Polarity::kNeutral) {
    for (ExtractedTarget& t : s.targets) {
      if (t.stance == Polarity::kNeutral) t.stance = hit.verb->stance;
    }
  }
  // "President X held a phone call with Y ..., Senior Secretary Z said in
  // a written briefing.": a person named after the readout's first words,
  // which tell of the call, is the readout's relay, not one of its parties.
  if (x_.info.genre == Genre::kReadout && readout_relay_ < 0 &&
      x_.statements.empty() && !s.in_question && s.speaker >= 0 &&
      s.co_speakers.empty() &&
      x_.actors[s.speaker].kind == ActorKind::kPerson &&
      s.text_span.end <= s.speaker_span.begin &&
      TellsOfAMeeting(LowerSlice(s.text_span.begin, s.text_span.end))) {
    readout_relay_ = s.speaker;
  }
  if (readout_relay_ >= 0 && !s.in_question && s.speaker != readout_relay_) {
    bool have = false;
    for (const ExtractedReport& r : s.reported_by) {
      have |= r.outlet == readout_relay_;
    }
    if (!have) {
      s.reported_by.push_back({readout_relay_, ReportKind::kReported, {}});
    }
  }
  FindChannel(s, sentence);
  DateStatement(s, sentence);
  if (s.confidence < k_.options.min_confidence) return -1;
  if (s.speaker < 0) {
    const int index = static_cast<int>(x_.statements.size());
    x_.statements.push_back(std::move(s));
    return index;
  }
  const ActorKind kind = x_.actors[s.speaker].kind;
  if (kind == ActorKind::kPerson) {
    last_person_speaker_ = s.speaker;
    int* r = recent_persons_;
    int k = 0;
    while (k < 3 && r[k] != s.speaker) ++k;
    for (; k > 0; --k) r[k] = r[k - 1];
    r[0] = s.speaker;
    // What the statement's own words say of the speaker's gender: a
    // pronoun read as theirs, a title before the name.
    if (!gender_.contains(s.speaker) &&
        s.speaker_span.end > s.speaker_span.begin &&
        s.speaker_span.end <= text_.size()) {
      const absl::string_view who = text_.substr(
          s.speaker_span.begin, s.speaker_span.end - s.speaker_span.begin);
      char g = 0;
      if (absl::EqualsIgnoreCase(who, "he")) g = 'm';
      if (absl::EqualsIgnoreCase(who, "she")) g = 'f';
      if (g == 0) g = GenderBefore(s.speaker_span.begin);
      if (g != 0) gender_[s.speaker] = g;
    }
  }
  if (s.speaker_rule == "description-of-state" ||
      s.speaker_rule == "description-speaks-for" ||
      s.speaker_rule == "description-ministry") {
    last_description_speaker_ = s.speaker;
  }
  last_speaker_ = s.speaker;
  const int index = static_cast<int>(x_.statements.size());
  x_.statements.push_back(std::move(s));
  return index;
}

void Reader::ReportProgress(uint32_t offset) {
  if (!progress_) return;
  const uint64_t total = text_.size();
  const uint64_t done = std::min<uint64_t>(offset, total);
  if (done <= progress_done_) return;
  progress_done_ = done;
  // The last call, with done == total, is ReportDone's.
  if (done < progress_next_ || done >= total) return;
  progress_(done, total);
  progress_next_ = (done / progress_step_ + 1) * progress_step_;
}

void Reader::ReportDone() {
  if (progress_) progress_(text_.size(), text_.size());
}

absl::StatusOr<Extraction> Reader::Run() {
  DIPLOGRAPH_RETURN_IF_ERROR(CheckInput(text_));
  // Every ceil(size / 1024) bytes: at most 1,024 calls before the last.
  progress_step_ = std::max<uint64_t>(1, (text_.size() + 1023) / 1024);
  progress_next_ = progress_step_;
  if (text_.empty()) {
    ReportDone();
    return std::move(x_);
  }
  lower_.resize(text_.size());
  AsciiLowerCopy(text_, lower_.data());
  const HeaderLines header = ReadHeaderLines(text_);
  x_.body_begin = header.body_begin;
  if (header.date.is_known()) {
    x_.document_date = header.date;
    x_.document_date_rule = "header-line";
    x_.times.push_back({{header.date_begin, header.date_end},
                        header.date,
                        Date(),
                        "",
                        diplograph::DateBasis::kExplicit,
                        "header-line",
                        1.0f});
    // A dateline after the header lines ("ISTANBUL, June 12 (Eastline) -",
    // "Nouakchott (AFP) -") is not part of the body either; the header's
    // date stands.
    const absl::string_view after = text_.substr(header.body_begin);
    if (std::optional<DocumentDate> dd = FindDocumentDate(
            std::string_view(after.data(), after.size()), header.date);
        dd && (std::string_view(dd->rule) == "dateline" ||
               IsUndatedDateline(*dd) || WireDateline(*dd))) {
      x_.body_begin =
          std::max(x_.body_begin, header.body_begin + dd->body_begin);
      dateline_place_ = {header.body_begin + dd->place_begin,
                         header.body_begin + dd->place_end};
    }
  } else if (std::optional<DocumentDate> dd =
                 FindDocumentDate(std::string_view(text_.data(), text_.size()),
                                  x_.info.publication_date);
             dd && (dd->date.is_known() || IsUndatedDateline(*dd))) {
    if (dd->date.is_known()) {
      x_.document_date = dd->date;
      x_.document_date_rule = dd->rule;
      x_.times.push_back({{dd->begin, dd->end},
                          dd->date,
                          Date(),
                          "",
                          diplograph::DateBasis::kExplicit,
                          dd->rule,
                          0.9f});
    } else if (x_.info.publication_date.is_known()) {
      // "Nouakchott (AFP) - ...": a dateline of no day; the caller's date
      // stands, and the dateline is still no part of the body.
      x_.document_date = x_.info.publication_date;
      x_.document_date_rule = "caller";
    }
    // A dateline ("Beijing, Nov 8 (Reuters) -", "Nouakchott (AFP) -") is
    // not part of the body.
    const std::string_view rule(dd->rule);
    // A dateline below a page's dated heading or stamp ("Published: June
    // 16, 2027 ..." above "HANOI, June 16 (Reuters) - ..."): its place is
    // found though the date came from the line above.
    const bool dateline =
        rule == "dateline" || IsUndatedDateline(*dd) || WireDateline(*dd);
    if (dateline || rule == "date-stamp") {
      x_.body_begin = std::max(x_.body_begin, dd->body_begin);
    }
    if (dateline) dateline_place_ = {dd->place_begin, dd->place_end};
  } else if (x_.info.publication_date.is_known()) {
    x_.document_date = x_.info.publication_date;
    x_.document_date_rule = "caller";
  }
  if (x_.info.locator.empty() && !header.source_url.empty()) {
    x_.info.locator = header.source_url;
  }
  if (x_.info.title.empty() && !header.title.empty()) {
    x_.info.title = header.title;
  }
  FindAllMentions();
  // The state of the dateline's place ("OSLO, March 7 (Wire) -"), for the
  // unnamed officials of a report.
  // The dateline is no part of the body the mention finder reads: its
  // place is looked up alone, and the state stands for itself or its
  // capital ("OSLO", "Reykjavik").
  if (dateline_place_.end > dateline_place_.begin && k_.registry_resolver &&
      dateline_place_.end - dateline_place_.begin <= 40) {
    // A place in capitals ("WARSAW") as a name is written ("Warsaw").
    std::string place(Slice(text_, dateline_place_.begin, dateline_place_.end));
    for (size_t i = 1; i < place.size(); ++i) {
      if (absl::ascii_isalpha(static_cast<unsigned char>(place[i - 1]))) {
        place[i] = absl::ascii_tolower(static_cast<unsigned char>(place[i]));
      }
    }
    const std::vector<Mention> found =
        k_.registry_resolver->FindMentions(place);
    if (found.size() == 1 && found[0].begin == 0 &&
        found[0].end == place.size() && !found[0].targets.empty()) {
      const MentionTarget& t = found[0].targets.front();
      if (t.actor.value < k_.registry.size() &&
          k_.registry[t.actor.value].kind == ActorKind::kState &&
          t.reason != MatchReason::kDemonym) {
        dateline_state_id_ = t.actor;
        dateline_has_state_ = true;
      }
    }
  }
  paragraphs_ =
      Paragraphs(text_, x_.body_begin, static_cast<uint32_t>(text_.size()));
  MarkLinkLists();
  DetectTranscript();
  MarkRepeatedParagraphs();
  if (transcript_ && !turn_labels_.empty()) {
    FindTranscriptChannel(
        paragraphs_[static_cast<size_t>(turn_labels_.front().first)].begin);
  }
  mention_cursor_ = 0;
  if (transcript_) {
    // Paragraphs before the first turn are the heading; a paragraph without
    // a label belongs to the turn before it.
    size_t i = 0;
    std::vector<bool> in_turn(paragraphs_.size(), false);
    if (!turn_labels_.empty()) {
      ReadOpeningRemarks(static_cast<size_t>(turn_labels_.front().first),
                         in_turn);
    } else if (transcript_host_para_ > 0) {
      // A session's title over announcements and no turn.
      ReadOpeningRemarks(paragraphs_.size(), in_turn);
    }
    for (size_t t = 0; t < turn_labels_.size(); ++t) {
      const size_t p = static_cast<size_t>(turn_labels_[t].first);
      size_t end_p = t + 1 < turn_labels_.size()
                         ? static_cast<size_t>(turn_labels_[t + 1].first)
                         : paragraphs_.size();
      // A turn ends before the page's links or a repeated title, and
      // before a note of the session's end ("(The briefing was concluded
      // at 2:21 p.m.)", "(END)", "###").
      for (size_t q = p + 1; q < end_p; ++q) {
        if (repeated_[q] != 0 || IsPageFurnitureLine(paragraphs_[q]) ||
            IsSessionEndNote(paragraphs_[q])) {
          end_p = q;
          break;
        }
      }
      // Short lines that are no sentence at a turn's end are the page's
      // (a footer: "Tags", "Russian Foreign Ministry, 2026", an address)
      // or the next topic's heading, not the speaker's words.
      while (end_p > p + 1 && IsShortLineNoSentence(paragraphs_[end_p - 1])) {
        --end_p;
      }
      for (size_t q = p; q < end_p; ++q) in_turn[q] = true;
      (void)i;
      const uint32_t turn_end = paragraphs_[end_p - 1].end;
      // Who a question asks: the speaker of the next answer (within four
      // turns), "you" in it.
      question_addressee_ = -1;
      for (size_t u = t + 1;
           turn_question_[p] != 0 && u < turn_labels_.size() && u <= t + 4;
           ++u) {
        if (turn_question_[static_cast<size_t>(turn_labels_[u].first)] == 0) {
          question_addressee_ = turn_labels_[u].second;
          break;
        }
      }
      ReadTurn(p, turn_label_end_[p], turn_labels_[t].second,
               turn_question_[p] != 0, turn_end);
      ReportProgress(turn_end);
    }
    for (size_t p = 0; p < paragraphs_.size(); ++p) {
      if (!in_turn[p]) {
        ReadParagraph(p);
      }
    }
  } else {
    // A heading that names a call or meeting of a person ("Prime Minister
    // X's call with President Y", "Readout of ...", "Secretary X's Meeting
    // with ...") makes a readout: its statements are of the call's date.
    // A page may put its navigation lines before the heading: the heading
    // is looked for in the first eight paragraphs (lines of a page's
    // navigation may each be one), up to the first that ends in a full
    // stop (a sentence, not a heading).
    // The last quotation mark of the text (a straight or curly double
    // mark), for headings that a news report may have too.
    size_t last_quote = LastIndexOf(text_, '"');
    if (last_quote == absl::string_view::npos) last_quote = 0;
    {
      const size_t curly = text_.rfind("\xE2\x80\x9C");
      if (curly != absl::string_view::npos) {
        last_quote = std::max(last_quote, curly);
      }
    }
    // The lines of a cookie banner ("We use some essential cookies ...")
    // are passed over and do not count among the eight.
    size_t limit = 8;
    // A page whose first lines name a government body as its publisher
    // ("Ministry of Foreign Affairs of the Czech Republic", "Prime
    // Minister of Australia", "Statsministeriet | The Prime Minister's
    // Office"): its heading "Minister X met with ..." is its own readout,
    // quotations in the body or not.
    bool official_page = false;
    // Lines of three words or fewer ("Home", "Menu", "Search GOV.UK",
    // "Press release") are read as headings but do not count among the
    // eight either, up to 24 such lines.
    size_t short_lines = 0;
    // Links for screen readers ("Skip to main content") are passed over.
    size_t skip_links = 0;
    for (size_t p = 0; x_.info.genre == Genre::kUnknown && p < limit &&
                       p < paragraphs_.size() &&
                       paragraphs_[p].end - paragraphs_[p].begin <= 250;
         ++p) {
      const absl::string_view h =
          LowerSlice(paragraphs_[p].begin, paragraphs_[p].end);
      if (IsCookieNotice(h) && limit < 12 + short_lines + skip_links) {
        ++limit;
        continue;
      }
      // "Skip to main content (Press Enter).", "Skip navigation": a
      // page's link for screen readers, whatever mark ends it.
      if (absl::StartsWith(h, "skip to ") ||
          absl::StartsWith(h, "skip navigation")) {
        ++limit;
        ++skip_links;
        continue;
      }
      if (short_lines < 24 && absl::c_count(h, ' ') < 3) {
        ++short_lines;
        ++limit;
      }
      if (p > 0 && absl::EndsWith(h, ".")) break;
      // The dateline's paragraph ("NAIROBI, March 10 -- President X held
      // talks with ...") is the story's first, no heading.
      if (dateline_place_.end > dateline_place_.begin &&
          paragraphs_[p].begin >= dateline_place_.end &&
          text_.substr(dateline_place_.end,
                       paragraphs_[p].begin - dateline_place_.end)
                  .find('\n') == absl::string_view::npos) {
        break;
      }
      if (h.size() <= 120) {
        for (absl::string_view body :
             {"ministry of ", "ministry for ", "federal ministry ",
              "department of ", "office of the ", "prime minister of ",
              "president of ", "government of ", "embassy of ",
              "the prime minister's office", "prime minister's office",
              "the white house", "the kremlin", "directorate of ",
              "presidency of ", "presidential office",
              "an official website of ", "official website of ",
              // The bodies of unions of states that publish their own
              // officials' calls ("European External Action Service",
              // "Council of the European Union").
              "european external action service", "european commission",
              "council of the european union", "european council",
              "federal chancellery", "federal foreign office"}) {
          official_page = official_page || absl::StartsWith(h, body) ||
                          absl::StrContains(h, absl::StrCat("| ", body));
        }
        // A banner of a few words naming a government body after its
        // state ("U.S. Department of Defense", "Republic of Korea Ministry
        // of Foreign Affairs") or the state's formal name alone ("REPUBLIC
        // OF TÜRKİYE", "Arab Republic of Egypt", "Kingdom of Bahrain").
        if (h.size() <= 60 && absl::c_count(h, ' ') <= 6 && h.back() != '.') {
          official_page = official_page ||
                          absl::StartsWith(h, "republic of ") ||
                          absl::StrContains(h, " republic of ") ||
                          absl::StartsWith(h, "kingdom of ") ||
                          absl::StartsWith(h, "sultanate of ") ||
                          absl::StartsWith(h, "principality of ") ||
                          absl::StartsWith(h, "grand duchy of ") ||
                          absl::StrContains(h, " department of ") ||
                          absl::StrContains(h, " ministry of ");
        }
      }
      // "Visit of Foreign Minister of Ghana to India (April 08-10, 2026)",
      // "Talks between ...": a ministry's page on a visit or talks.
      bool readout =
          absl::StartsWith(h, "readout") || absl::StartsWith(h, "visit of ") ||
          absl::StartsWith(h, "official visit of ") ||
          absl::StartsWith(h, "talks between ") ||
          // "Telephone conversation with President of Finland
          // X": a head of state's site names the other party.
          absl::StartsWith(h, "telephone conversation with ") ||
          absl::StartsWith(h, "telephone call with ") ||
          absl::StartsWith(h, "phone call with ") ||
          absl::StartsWith(h, "phone conversation with ") ||
          absl::StartsWith(h, "meeting between ") || IsOfficeMeetingHeading(h);
      for (absl::string_view noun :
           {"'s call with", "\xE2\x80\x99s call with", "'s phone call with",
            "'s telephone call with", "'s meeting with",
            "\xE2\x80\x99s meeting with", "'s telephone conversation with",
            "'s conversation with", "'s talks with",
            "\xE2\x80\x99s talks with"}) {
        readout = readout || absl::StrContains(h, noun);
      }
      // A title and a name before the verb ("Prime Minister X holds ...")
      // is a news headline's form too: a readout only where no quotation
      // follows (a readout gives no one's words in marks).
      readout = readout || IsTitledMeetingHeading(h, false) ||
                (IsTitledMeetingHeading(h, true) &&
                 (official_page || last_quote < paragraphs_[p].end));
      if (readout) x_.info.genre = Genre::kReadout;
    }
    const size_t joint = FindJointStatement();
    // A government body's page whose first sentence tells of a meeting or
    // call of its officials ("On November 12, Minister X held a
    // Japan-Malaysia Foreign Ministers' Meeting with ...", "The President
    // spoke this afternoon with ...") is a readout whatever its heading
    // says, unless it prints a joint statement.
    // So is a text whose first sentence names its own official by a bare
    // title ("The Prime Minister spoke to the President of the United
    // States, Joe Biden, this evening."): a government's own account; a
    // news report names the official.
    bool bare_title = false;
    if (x_.info.genre == Genre::kUnknown && joint >= paragraphs_.size() &&
        FirstSentenceTellsOfAMeeting(&bare_title) &&
        (official_page || bare_title)) {
      x_.info.genre = Genre::kReadout;
    }
    if (joint >= paragraphs_.size()) report_pair_ = ReportPair();
    for (size_t p = 0; p < std::min(joint, paragraphs_.size()); ++p) {
      ReadParagraph(p);
      ReportProgress(paragraphs_[p].end);
    }
    if (joint < paragraphs_.size()) ReadJointStatement(joint);
  }
  QuotedFragmentsAsQuotes();
  if (x_.info.genre == Genre::kReadout) CounterpartTargets();
  ReportDone();
  if (x_.info.genre == Genre::kUnknown) x_.info.genre = Genre::kNewsReport;
  // Keep only actors that something refers to? Every mentioned actor stays:
  // the actor list is what the document names.
  for (size_t a = 0; a < x_.actors.size() && a < titles_.size(); ++a) {
    x_.actors[a].titles = titles_[a];
  }
  return std::move(x_);
}

bool Reader::FirstSentenceTellsOfAMeeting(bool* bare_title) const {
  for (size_t p = 0; p < paragraphs_.size() && p < 16; ++p) {
    const Range para = paragraphs_[p];
    const absl::string_view lower = LowerSlice(para.begin, para.end);
    int words = 0;
    for (char c : lower) words += c == ' ';
    if (lower.empty() || lower.back() != '.' || words < 8) continue;
    if (!TellsOfAMeeting(lower)) return false;
    if (bare_title != nullptr) {
      // "The Prime Minister spoke ...", "The Foreign Secretary met ...":
      // "The", then at most two words of a title ending in a role noun,
      // then the verb of the meeting.
      const std::vector<absl::string_view> w =
          absl::StrSplit(lower.substr(0, 80), ' ');
      size_t k = 1;
      while (k < w.size() && k <= 2 && !IsRoleNoun(w[k])) ++k;
      *bare_title =
          w.size() > k + 1 && w[0] == "the" && IsRoleNoun(w[k]) &&
          text_[para.begin] == 'T' &&
          (w[k + 1] == "spoke" || w[k + 1] == "met" || w[k + 1] == "held" ||
           w[k + 1] == "had" || w[k + 1] == "today" || w[k + 1] == "this");
    }
    return true;
  }
  return false;
}

bool Reader::TellsOfAMeeting(absl::string_view lower) {
  // The paragraph's first 400 bytes (its first sentence, mostly: "p.m."
  // and "Mr." make a full stop no sentence's end).
  const absl::string_view sentence = lower.substr(0, 400);
  for (absl::string_view phrase :
       {" meeting with ", " talks with ", " met with ", " met ", " spoke with ",
        " spoke to ", " spoke by phone", " spoke by telephone",
        " spoke on the phone", " spoke on the telephone", " call with ",
        " conversation with ", " held a telephone", " held a phone",
        " held a video",
        // "received a phone call from", "in a telephone call on Monday":
        // a call whatever the verb.
        " phone call", " telephone call", " video call", " call from ",
        // "held talks in narrow and expanded formats with": the talks
        // whatever words come before their other party.
        " held talks ", " holds talks ", " held negotiations "}) {
    if (absl::StrContains(sentence, phrase)) return true;
  }
  return false;
}

void Reader::CounterpartTargets() {
  // The meeting or call the readout tells of: its first event of two
  // persons who stand for two states.
  int side[2] = {-1, -1}, state[2] = {-1, -1};
  for (const ExtractedEvent& e : x_.events) {
    int n = 0;
    for (int a : e.participants) {
      if (x_.actors[a].kind != ActorKind::kPerson) continue;
      if (n < 2) side[n] = a;
      ++n;
    }
    if (n != 2) continue;
    state[0] = StateOfActor(side[0]);
    state[1] = StateOfActor(side[1]);
    break;
  }
  // The host's state may go unnamed ("The Honourable X, Minister of
  // Foreign Affairs, today met with ..." on the ministry's own page): the
  // other side's state is still the target of what the host said.
  if (side[1] < 0 || (state[0] < 0 && state[1] < 0) || state[0] == state[1]) {
    return;
  }
  for (ExtractedStatement& s : x_.statements) {
    if (s.in_question || s.speaker < 0) continue;
    // "The leaders agreed ...": what the two parties say together is said
    // of both their states.
    if (!s.co_speakers.empty()) {
      const bool pair =
          s.co_speakers.size() == 1 &&
          ((s.speaker == side[0] && s.co_speakers[0] == side[1]) ||
           (s.speaker == side[1] && s.co_speakers[0] == side[0]));
      if (!pair) continue;
      for (int i = 0; i < 2; ++i) {
        if (state[i] < 0) continue;
        bool named = false;
        for (const ExtractedTarget& t : s.targets) named |= t.actor == state[i];
        if (!named) {
          s.targets.push_back({state[i], Polarity::kNeutral,
                               /*is_explicit=*/false});
        }
      }
      continue;
    }
    int k = -1;
    for (int i = 0; i < 2; ++i) {
      if (s.speaker == side[i] || s.speaker == state[i]) k = i;
    }
    if (k < 0) continue;
    const int other = 1 - k;
    if (state[other] < 0) continue;
    bool named = false;
    for (const ExtractedTarget& t : s.targets) {
      named |= t.actor == side[other] || t.actor == state[other];
    }
    if (named) continue;
    // The verb's stance where the verb is said to someone ("thanked",
    // "encouraged", "urged"); neutral for a verb of an object ("condemned
    // the attacks" condemns no counterpart). The words of the verb are
    // looked up alone: the window read last holds other tokens.
    const VerbHit hit = s.verb_span.empty() || s.verb_span.end > text_.size()
                            ? VerbHit{}
                            : FindReportingVerb(absl::AsciiStrToLower(Slice(
                                  text_, s.verb_span.begin, s.verb_span.end)));
    const Polarity stance = hit.verb != nullptr && hit.verb->takes_addressee
                                ? hit.verb->stance
                                : Polarity::kNeutral;
    s.targets.push_back({state[other], stance, /*is_explicit=*/false});
  }
}

void Reader::QuotedFragmentsAsQuotes() {
  for (ExtractedStatement& s : x_.statements) {
    if (s.quote != QuoteKind::kParaphrase || s.text_span.empty()) continue;
    const absl::string_view words =
        Slice(text_, s.text_span.begin, s.text_span.end);
    if (words.size() > 4096) continue;
    // The longest run between a pair of double marks, straight or curly.
    size_t best_open = 0, best_close = 0;
    for (size_t i = 0; i < words.size();) {
      size_t open_len = 0;
      bool curly = false;
      if (words[i] == '"') {
        open_len = 1;
      } else if (absl::StartsWith(words.substr(i), "\xE2\x80\x9C")) {
        open_len = 3;
        curly = true;
      }
      if (open_len == 0) {
        ++i;
        continue;
      }
      const size_t from = i + open_len;
      const size_t close =
          curly ? words.find("\xE2\x80\x9D", from) : words.find('"', from);
      if (close == absl::string_view::npos) break;
      if (close - from > best_close - best_open) {
        best_open = from;
        best_close = close;
      }
      i = close + (curly ? 3 : 1);
    }
    if (best_close <= best_open) continue;
    // 'follow the "three rules": talk often, ...': a fragment continued by
    // a colon or semicolon heads what follows and stays in its clause.
    {
      const size_t after =
          s.text_span.begin + best_close + (words[best_close] == '"' ? 1 : 3);
      if (after < text_.size() &&
          (text_[after] == ':' || text_[after] == ';')) {
        continue;
      }
    }
    const absl::string_view inner =
        words.substr(best_open, best_close - best_open);
    if (std::none_of(inner.begin(), inner.end(), [](char c) {
          return absl::ascii_isalpha(static_cast<unsigned char>(c));
        })) {
      continue;
    }
    const uint32_t b = s.text_span.begin + static_cast<uint32_t>(best_open);
    const uint32_t e = s.text_span.begin + static_cast<uint32_t>(best_close);
    s.text_span = {b, e};
    s.text = std::string(inner);
    s.quote = QuoteKind::kDirectQuote;
  }
}

bool Reader::IsSessionEndNote(Range para) const {
  const absl::string_view s = Slice(text_, para.begin, para.end);
  if (s == "###" || s == "-30-" || s == "- END -") return true;
  if (s.size() < 5 || s.size() > 120 || s.front() != '(' || s.back() != ')') {
    return false;
  }
  const absl::string_view lower = LowerSlice(para.begin, para.end);
  return lower == "(end)" || absl::StrContains(lower, " concluded at") ||
         absl::StrContains(lower, " ended at") ||
         absl::StrContains(lower, " adjourned at");
}

bool Reader::IsShortLineNoSentence(Range para) const {
  const absl::string_view s = Slice(text_, para.begin, para.end);
  if (s.empty() || s.size() > 100) return false;
  const char last = s.back();
  if (last == '.' || last == '?' || last == '!' || last == ':' || last == ';' ||
      last == '"' || last == ',' || absl::EndsWith(s, "\xE2\x80\x9D") ||
      absl::EndsWith(s, "\xE2\x80\xA6") || absl::EndsWith(s, "\xE2\x80\x99")) {
    return false;
  }
  // "Thank you", "Thanks": a courtesy with its mark lost is still words.
  const absl::string_view lower = LowerSlice(para.begin, para.end);
  return !absl::StartsWith(lower, "thank");
}

bool Reader::ReportedLaterInSentence(int t) const {
  const uint32_t from = tokens_[t].end;
  const uint32_t limit =
      std::min<uint32_t>(static_cast<uint32_t>(text_.size()), from + 600);
  // The sentence's end: a full stop and a space, or the paragraph's end.
  uint32_t end = from;
  while (end < limit && text_[end] != '\n' &&
         !(text_[end] == '.' && end + 1 < text_.size() &&
           (text_[end + 1] == ' ' || text_[end + 1] == '\n'))) {
    ++end;
  }
  const absl::string_view rest = LowerSlice(from, end);
  for (size_t c = rest.find(", "); c != absl::string_view::npos;
       c = rest.find(", ", c + 2)) {
    const absl::string_view after = rest.substr(c, 90);
    for (absl::string_view verb : {" said", " says", " told", " announced",
                                   " reported", "according to", " quoted"}) {
      const size_t at = after.find(verb);
      if (at == absl::string_view::npos) continue;
      // ", top government sources said": sources the report does not name
      // (all in lower case, a noun of sources last) report for no one.
      const absl::string_view who =
          absl::StripAsciiWhitespace(after.substr(2, at - 2));
      const size_t space = who.rfind(' ');
      const absl::string_view head =
          space == absl::string_view::npos ? who : who.substr(space + 1);
      const absl::string_view written =
          Slice(text_, from + static_cast<uint32_t>(c + 2),
                from + static_cast<uint32_t>(c + 2 + (at >= 2 ? at - 2 : 0)));
      if (!who.empty() && IsUnnamedSourceNoun(head) &&
          std::none_of(written.begin(), written.end(), [](char ch) {
            return absl::ascii_isupper(static_cast<unsigned char>(ch));
          })) {
        continue;
      }
      return true;
    }
  }
  return false;
}

}  // namespace text_internal
}  // namespace diplograph
