// The extractor's pipeline: input checks, header lines, actor mentions,
// paragraphs, transcript turns, quotations, attribution, reported speech,
// speakers and coreference, appositions, dates, targets, declined comments,
// events. docs/text.md describes every rule by the name it leaves in the
// Extraction.
//
// Why one file of about 3,000 lines: every rule is a member of one Reader,
// which holds the token window of the paragraph being read, its mention
// and quotation marks and the statements read so far; the rules call one
// another (a quotation's attribution, a subject, a pronoun, a lede link)
// through that state. Splitting it means first moving Reader's declaration
// into an internal header (lib/text/reader.h) and then the rules into files
// by kind (attribution, reported speech, dates and links, events); that
// move is planned and not yet done.

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "diplograph/countries.h"
#include "diplograph/gazetteer.h"
#include "diplograph/graph.h"
#include "diplograph/resolve.h"
#include "diplograph/text.h"
#include "text/document.h"
#include "text/lexicon.h"
#include "text/relations.h"
#include "text/temporal.h"
#include "text/verbs.h"
#include "util/status_macros.h"

namespace diplograph {
namespace text_internal {
namespace {

// What the extractor knows about an actor of the known graph or of the
// registry, copied when the Extractor is created.
struct ActorFacts {
  std::string name;
  ActorKind kind = ActorKind::kOrganization;
  std::string iso3, cameo_code;
  std::vector<std::string> roles;   // lower-case affiliation roles
  std::vector<uint32_t> member_of;  // organisations, same table
};

std::vector<ActorFacts> CopyFacts(const Graph& graph) {
  std::vector<ActorFacts> out(graph.actor_count());
  for (uint32_t i = 0; i < graph.actor_count(); ++i) {
    const Actor& a = graph.actor(ActorId(i));
    ActorFacts& f = out[i];
    f.name = a.name;
    f.kind = a.kind;
    f.iso3 = a.iso3;
    f.cameo_code = a.cameo_code;
    for (const Affiliation& af : a.affiliations) {
      f.roles.push_back(absl::AsciiStrToLower(af.role));
      f.member_of.push_back(af.organization.value);
    }
  }
  return out;
}

bool IsPlaceLike(ActorKind kind) { return kind == ActorKind::kPlace; }

absl::string_view Slice(absl::string_view text, uint32_t b, uint32_t e) {
  return text.substr(b, e > b ? e - b : 0);
}

const absl::flat_hash_set<std::string>& Prepositions() {
  static const auto* const s = new absl::flat_hash_set<std::string>{
      "on",      "about",  "with",    "of",      "at",     "in",     "to",
      "for",     "from",   "against", "between", "by",     "into",   "over",
      "under",   "toward", "towards", "among",   "like",   "than",   "via",
      "through", "across", "after",   "before",  "during", "unlike", "and",
      "or",      "as",     "both"};
  return *s;
}

const absl::flat_hash_set<std::string>& RoleNouns() {
  static const auto* const s = new absl::flat_hash_set<std::string>{
      "spokesperson",   "spokesman",  "spokeswoman",
      "president",      "secretary",  "minister",
      "leader",         "aide",       "adviser",
      "advisor",        "ambassador", "premier",
      "chancellor",     "official",   "diplomat",
      "envoy",          "chairman",   "chairwoman",
      "chair",          "director",   "representative",
      "counselor",      "senator",    "governor",
      "king",           "queen",      "prince",
      "general",        "commander",  "mayor",
      "head",           "chief",      "president-elect",
      "vice-president", "dictator",   "lawmaker"};
  return *s;
}

bool IsRoleNoun(absl::string_view lower) { return RoleNouns().contains(lower); }

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
  return s->contains(lower);
}

// "China's", "Putin’s": the possessive ending of a word token.
bool EndsPossessive(absl::string_view word) {
  return absl::EndsWith(word, "'s") || absl::EndsWith(word, "\xE2\x80\x99s") ||
         absl::EndsWith(word, "s'") || absl::EndsWith(word, "s\xE2\x80\x99");
}

float Clamp01(float v) { return std::max(0.0f, std::min(1.0f, v)); }

}  // namespace

struct Knowledge {
  std::vector<ActorFacts> known;
  std::vector<ActorFacts> registry;
  std::vector<ActorId> registry_to_known;
  std::optional<Resolver> known_resolver;
  std::optional<Resolver> registry_resolver;
  ExtractorOptions options;
};

namespace {

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

class Reader {
 public:
  Reader(const Knowledge& k, absl::string_view text, const DocumentInfo& info)
      : k_(k), text_(text) {
    x_.info = info;
  }

  absl::StatusOr<Extraction> Run();

 private:
  // ---- actors
  int ActorFor(bool known, ActorId id);
  int NewActor(absl::string_view name, ActorKind kind, const char* rule,
               float confidence);
  const ActorFacts* Facts(int actor) const;
  void NoteMention(int actor, uint32_t begin, uint32_t end);
  bool AffiliatedTo(int member, int organization) const;
  bool HasRole(int actor, absl::string_view role) const;
  void FindAllMentions();

  // ---- token window
  void LoadWindow(uint32_t begin, uint32_t end);
  void MarkQuotes(const std::vector<Quote>& quotes);
  absl::string_view Word(int t) const {
    return Slice(text_, tokens_[t].begin, tokens_[t].end);
  }
  std::string LowerWord(int t) const { return Lower(Word(t)); }
  bool Is(int t, absl::string_view lower) const {
    return t >= 0 && t < static_cast<int>(tokens_.size()) &&
           absl::EqualsIgnoreCase(Word(t), lower);
  }
  bool IsPunct(int t, char c) const {
    return t >= 0 && t < static_cast<int>(tokens_.size()) && !tokens_[t].word &&
           tokens_[t].end - tokens_[t].begin == 1 &&
           text_[tokens_[t].begin] == c;
  }
  bool IsQuoteMark(int t) const;
  // A quotation flanked by the writer's words on both sides ("said the
  // detention was "unacceptable" and urged ..."): part of a paraphrase.
  bool IsFragment(const Quote& q) const;
  VerbHit VerbAt(int t) const;
  int TokenAt(uint32_t offset) const;  // first token starting at or after

  // ---- attribution
  std::optional<Subject> SubjectBefore(int verb, int floor, int depth) const;
  std::optional<Subject> SubjectAt(int t, int limit) const;  // forward
  std::optional<Subject> ResolvePronoun(int t) const;
  std::optional<Subject> NominalEndingAt(int t, int floor) const;
  std::optional<Subject> NameEndingAt(int t, int floor) const;
  std::optional<Subject> DescriptionEndingAt(int t, int floor) const;
  void AddRelayBefore(Subject& s, int floor) const;
  void AddRelaysAfter(Subject& s, int from, int limit) const;
  std::optional<Subject> AttributeAfterQuote(int from, int limit,
                                             int* verb_token) const;

  // ---- paragraphs
  void DetectTranscript();
  void ReadParagraph(size_t p);
  void ReadTurn(size_t p, uint32_t label_end, int speaker, bool question,
                uint32_t turn_end);
  void ReadReportedSpeech(Range sentence, const std::vector<Quote>& quotes,
                          bool in_question, int asker);
  void Appositions(Range sentence);
  void ReadAttributionLine(size_t p);
  size_t FindJointStatement() const;
  void ReadJointStatement(size_t heading);
  std::vector<int> PartiesIn(Range paragraph) const;
  void ReadRelations(Range sentence, int first_statement);
  std::vector<int> parties_;  // the sides of a joint statement
  std::optional<Subject> FirstSubjectIn(int from, int to) const;
  std::optional<Subject> PairEndingAt(int t) const;

  int Emit(ExtractedStatement s, Range sentence, int verb_token);
  bool LedeRetold(ExtractedStatement& s);
  void ReadNoComment(Range sentence);
  void ReadEvents(Range sentence);
  // The lede: the statements of the first paragraph of a news report that
  // has any, [lede_begin_, lede_end_), and the paragraph after it.
  int lede_begin_ = -1, lede_end_ = -1;
  size_t lede_next_para_ = 0, current_para_ = 0;
  std::vector<char> lede_linked_;
  bool no_carry_ = false;  // DateStatement: no carried or lede date
  void FillAbout(ExtractedStatement& s) const;
  void DateStatement(ExtractedStatement& s, Range sentence);
  // The time expressions of r, for the statements read in it (and kept in
  // Extraction::times).
  void ReadTimes(Range r);

  const Knowledge& k_;
  absl::string_view text_;
  Extraction x_;
  std::vector<Range> paragraphs_;
  std::vector<DocMention> mentions_;
  struct Demonym {
    uint32_t begin = 0, end = 0;
    bool known = false;
    ActorId id{};
  };
  std::vector<Demonym> demonyms_;  // text order
  // The Extraction's actor for a table row, or -1 when the text names it
  // nowhere (no actor is added).
  int ExistingActor(bool known, ActorId id) const;
  void InheritAbout(ExtractedStatement& s) const;
  // The actors of the latest statement (of the last four) that has any.
  void TakeUpAbout(ExtractedStatement& s) const;
  absl::flat_hash_map<uint64_t, int> actor_index_;
  absl::flat_hash_map<std::string, int> new_actor_index_;
  std::vector<const ActorFacts*> facts_;  // per Extraction::actors
  // Document-local titles from appositions, per actor.
  std::vector<std::vector<std::string>> titles_;

  // Token window (one paragraph or turn).
  std::vector<Token> tokens_;
  std::vector<Token> body_tokens_;  // every token of the body
  std::vector<int> mention_start_;  // mention index starting at token, or -1
  std::vector<int> mention_end_;    // mention index ending at token, or -1
  size_t mention_cursor_ = 0;

  int last_person_speaker_ = -1;
  int last_description_speaker_ = -1;  // "a senior Indian official" -> India
  int last_speaker_ = -1;
  int last_quote_statement_ = -1;
  bool transcript_ = false;
  int readout_relay_ = -1;
  std::vector<TimeExpression> para_times_;
  // Per token of the current paragraph's window: a verb already used, and
  // inside a quotation.
  std::vector<char> verb_used_, in_quote_;
  // Statements reported inside the current question.
  std::vector<int> question_reports_;
  std::vector<std::pair<int, int>> turn_labels_;  // paragraph -> actor
  std::vector<uint32_t> turn_label_end_;
  std::vector<char> turn_question_;
};

// ---------------------------------------------------------------- actors

int Reader::ActorFor(bool known, ActorId id) {
  if (!known && id.value < k_.registry_to_known.size() &&
      k_.registry_to_known[id.value].valid()) {
    known = true;
    id = k_.registry_to_known[id.value];
  }
  const uint64_t key = (uint64_t{known ? 1u : 2u} << 32) | id.value;
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

int Reader::NewActor(absl::string_view name, ActorKind kind, const char* rule,
                     float confidence) {
  const std::string key = Resolver::Fold(name);
  if (key.empty()) return -1;
  auto it = new_actor_index_.find(key);
  if (it != new_actor_index_.end()) return it->second;
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
      if (!IsRoleNoun(Lower(Slice(text_, tokens[i].begin, tokens[i].end)))) {
        continue;
      }
      size_t j = i + 1;
      size_t last = i;
      while (j < tokens.size() && j - i <= 4) {
        const Token& t = tokens[j];
        const absl::string_view w = Slice(text_, t.begin, t.end);
        // "Vice Premier He Lifeng": a capitalised "He" between a
        // capitalised title and a capitalised word is a name.
        const bool name_he = j == i + 1 && tokens[i].capitalised &&
                             (w == "He" || w == "Li") &&
                             j + 1 < tokens.size() && tokens[j + 1].word &&
                             tokens[j + 1].capitalised;
        if (t.word && t.capitalised && (name_he || !IsFunctionWord(Lower(w))) &&
            !IsRoleNoun(Lower(w)) && !EndsPossessive(w)) {
          last = j;
          ++j;
        } else if (!t.word && w == "." && last == j - 1 &&
                   tokens[last].end - tokens[last].begin == 1) {
          ++j;  // an initial: "Antony J. Blinken"
        } else {
          break;
        }
      }
      if (last < i + 2) continue;  // a name has two words at least
      const uint32_t nb = tokens[i + 1].begin, ne = tokens[last].end;
      while (m < mentions_.size() && mentions_[m].end <= nb) ++m;
      if (m < mentions_.size() && mentions_[m].begin < ne) continue;
      const int actor = NewActor(Slice(text_, nb, ne), ActorKind::kPerson,
                                 "title-and-name", 0.6f);
      if (actor >= 0) found.push_back({nb, ne, actor, MatchReason::kExactName});
      i = last;
    }
    // Places: capitalised words after "in", "at", "across", "near" (and
    // "the") that name no known actor: "in Sochi city", "across the Taiwan
    // Strait", "at Second Thomas Shoal".
    m = 0;
    for (size_t i = 0; i + 1 < tokens.size(); ++i) {
      if (!tokens[i].word) continue;
      const std::string prep =
          Lower(Slice(text_, tokens[i].begin, tokens[i].end));
      if (prep != "in" && prep != "at" && prep != "across" && prep != "near") {
        continue;
      }
      size_t j = i + 1;
      if (j < tokens.size() &&
          Lower(Slice(text_, tokens[j].begin, tokens[j].end)) == "the") {
        ++j;
      }
      const size_t first = j;
      while (j < tokens.size() && j - first < 4) {
        const Token& t = tokens[j];
        const absl::string_view w = Slice(text_, t.begin, t.end);
        const size_t hyphen = w.rfind('-');
        const bool adjective =
            hyphen != absl::string_view::npos && hyphen + 1 < w.size() &&
            absl::ascii_islower(static_cast<unsigned char>(w[hyphen + 1]));
        if (!t.word || !t.capitalised || IsFunctionWord(Lower(w)) ||
            IsRoleNoun(Lower(w)) || EndsPossessive(w) || adjective) {
          break;
        }
        ++j;
      }
      if (j == first) continue;
      // The run must end the phrase: not followed by a possessive noun or
      // another capitalised word it would be part of.
      if (j < tokens.size() && tokens[j].word && tokens[j].capitalised) {
        continue;
      }
      const uint32_t nb = tokens[first].begin, ne = tokens[j - 1].end;
      while (m < mentions_.size() && mentions_[m].end <= nb) ++m;
      if (m < mentions_.size() && mentions_[m].begin < ne) continue;
      const int actor = NewActor(Slice(text_, nb, ne), ActorKind::kPlace,
                                 "locative-place", 0.5f);
      if (actor >= 0) found.push_back({nb, ne, actor, MatchReason::kExactName});
      i = j - 1;
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
  for (const DocMention& m : mentions_) {
    if (x_.actors[m.actor].kind != ActorKind::kPerson) continue;
    const absl::string_view s = Slice(text_, m.begin, m.end);
    const size_t space = s.rfind(' ');
    if (space == absl::string_view::npos) continue;
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
  if (!surnames.empty()) {
    std::vector<DocMention> merged;
    merged.reserve(mentions_.size());
    const std::vector<Token>& tokens = body_tokens_;
    size_t m = 0;
    for (const Token& t : tokens) {
      while (m < mentions_.size() && mentions_[m].end <= t.begin) {
        merged.push_back(mentions_[m++]);
      }
      if (!t.word || !t.capitalised) continue;
      if (m < mentions_.size() && mentions_[m].begin < t.end) continue;
      absl::string_view w = Slice(text_, t.begin, t.end);
      uint32_t end = t.end;
      if (EndsPossessive(w)) {
        const size_t cut = w.size() - (absl::EndsWith(w, "'s") ? 2 : 4);
        w = w.substr(0, cut);
        end = t.begin + static_cast<uint32_t>(cut);
      }
      auto it = surnames.find(w);
      if (it == surnames.end()) continue;
      merged.push_back({t.begin, end, it->second, MatchReason::kAlias});
    }
    while (m < mentions_.size()) merged.push_back(mentions_[m++]);
    mentions_ = std::move(merged);
  }
  for (const DocMention& m : mentions_) NoteMention(m.actor, m.begin, m.end);
}

// ---------------------------------------------------------------- window

void Reader::LoadWindow(uint32_t begin, uint32_t end) {
  {
    // The body's tokens in [begin, end); windows start and end at spaces or
    // at a turn label's colon, so the body's tokenization holds for them.
    auto lo = std::lower_bound(
        body_tokens_.begin(), body_tokens_.end(), begin,
        [](const Token& t, uint32_t o) { return t.begin < o; });
    auto hi = std::lower_bound(
        lo, body_tokens_.end(), end,
        [](const Token& t, uint32_t o) { return t.begin < o; });
    tokens_.assign(lo, hi);
    if (!tokens_.empty() && tokens_.back().end > end) tokens_.back().end = end;
  }
  verb_used_.assign(tokens_.size(), 0);
  in_quote_.assign(tokens_.size(), 0);
  mention_start_.assign(tokens_.size(), -1);
  mention_end_.assign(tokens_.size(), -1);
  mention_cursor_ = static_cast<size_t>(
      std::lower_bound(
          mentions_.begin(), mentions_.end(), begin,
          [](const DocMention& m, uint32_t b) { return m.end <= b; }) -
      mentions_.begin());
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
  auto it =
      std::lower_bound(tokens_.begin(), tokens_.end(), offset,
                       [](const Token& t, uint32_t o) { return t.begin < o; });
  return static_cast<int>(it - tokens_.begin());
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
  if (a == q.close || a >= text_.size()) return false;
  if (!absl::ascii_islower(static_cast<unsigned char>(text_[a]))) return false;
  const int t = TokenAt(a);
  if (t >= static_cast<int>(tokens_.size())) return false;
  if (Is(t, "according")) return false;
  const VerbHit hit = VerbAt(t);
  return hit.verb == nullptr || hit.form != VerbForm::kFinite;
}

VerbHit Reader::VerbAt(int t) const {
  if (t < 0 || t >= static_cast<int>(tokens_.size()) || !tokens_[t].word ||
      tokens_[t].capitalised) {
    return {};
  }
  VerbHit hit = FindReportingVerb(Word(t));
  if (hit.verb == nullptr) return hit;
  const absl::string_view lemma = hit.verb->lemma;
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
  // Two-word verbs and verbs that need a particle.
  if (lemma == "point out" && next != "out") return {};
  if (lemma == "make clear" && next != "clear") return {};
  if (lemma == "call" && next != "on" && next != "for") return {};
  if (lemma == "press" && next != "for") return {};
  if (lemma == "speak" && next != "of" && next != "about") return {};
  if (lemma == "rule out" && next != "out") return {};
  if (lemma == "raise" && next != "concerns" && next != "concern") return {};
  if (lemma == "express" && next != "concern" && next != "concerns" &&
      next != "willingness" && next != "hope" && next != "support" &&
      next != "regret" && next != "opposition") {
    return {};
  }
  // "to say", "will say": not a report of what was said; but "did not rule
  // out" is the negated report of a past act.
  if (hit.form == VerbForm::kBase) {
    if (t >= 2 && Is(t - 1, "not") &&
        (Is(t - 2, "did") || Is(t - 2, "does") || Is(t - 2, "do"))) {
      hit.form = VerbForm::kFinite;
      return hit;
    }
    return {};
  }
  // Noun readings of -s forms ("Putin's comments", "reports say").
  const absl::string_view w = Word(t);
  if (hit.form == VerbForm::kFinite && absl::EndsWith(w, "s") &&
      !absl::EndsWith(w, "ss") && t > 0) {
    const std::string prev = LowerWord(t - 1);  // rare: -s forms only
    if (prev == "the" || prev == "a" || prev == "his" || prev == "her" ||
        prev == "their" || prev == "its" || prev == "these" ||
        prev == "those" || prev == "such" || EndsPossessive(Word(t - 1)) ||
        !tokens_[t - 1].word) {
      return {};
    }
    if (lemma == "state" && tokens_[t - 1].capitalised && Is(t - 1, "united")) {
      return {};
    }
  }
  // "the reported visit", "a so-called ...": participles used as
  // adjectives before a noun are left out by requiring a subject later.
  return hit;
}

// ---------------------------------------------------------------- subjects

std::optional<Subject> Reader::ResolvePronoun(int t) const {
  const std::string w = LowerWord(t);
  Subject s;
  s.begin = tokens_[t].begin;
  s.end = tokens_[t].end;
  s.token = t;
  if (w == "he" || w == "she") {
    if (last_person_speaker_ < 0) return std::nullopt;
    s.actor = last_person_speaker_;
    s.rule = "pronoun-nearest-speaker";
    s.confidence = 0.8f;
    return s;
  }
  if (w == "they") {
    if (last_speaker_ < 0 || last_quote_statement_ < 0) return std::nullopt;
    const ExtractedStatement& prev = x_.statements[last_quote_statement_];
    if (prev.co_speakers.empty()) return std::nullopt;
    s.actor = prev.speaker;
    s.co_speakers = prev.co_speakers;
    s.rule = "pronoun-nearest-speakers";
    s.confidence = 0.6f;
    return s;
  }
  return std::nullopt;
}

// "the spokesperson", "the Kremlin spokesman", "the Russian president",
// "The Secretary": the nearest earlier speaker or person with that role.
std::optional<Subject> Reader::NominalEndingAt(int t, int floor) const {
  if (!tokens_[t].word) return std::nullopt;
  const std::string head = LowerWord(t);
  if (!IsRoleNoun(head)) return std::nullopt;
  int the = -1;
  for (int i = t - 1; i >= std::max(floor, t - 4); --i) {
    if (Is(i, "the")) {
      the = i;
      break;
    }
    if (!tokens_[i].word) return std::nullopt;
  }
  if (the < 0) return std::nullopt;
  Subject s;
  s.begin = tokens_[the].begin;
  s.end = tokens_[t].end;
  s.token = the;
  // The registry may know the holder ("the Russian president" on a date).
  if (k_.registry_resolver) {
    Resolution r = k_.registry_resolver->Resolve(
        Slice(text_, tokens_[the].begin, tokens_[t].end), x_.document_date);
    if (r.found() && !r.ambiguous &&
        r.best().reason == MatchReason::kTitleAtDate) {
      // Prefer an actor already named in the document.
      auto it = actor_index_.find((uint64_t{2} << 32) | r.best().actor.value);
      const ActorId known = r.best().actor.value < k_.registry_to_known.size()
                                ? k_.registry_to_known[r.best().actor.value]
                                : ActorId();
      if (known.valid()) {
        it = actor_index_.find((uint64_t{1} << 32) | known.value);
      }
      if (it != actor_index_.end()) {
        s.actor = it->second;
        s.rule = "nominal-title-at-date";
        s.confidence = 0.8f;
        return s;
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
         tokens_[first - 1].capitalised && mention_end_[first - 1] < 0 &&
         !IsRoleNoun(LowerWord(first - 1)) && t - first < 4) {
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
    if (!acronym || first != t || t + 1 >= static_cast<int>(tokens_.size()) ||
        !(Is(t + 1, "reported") || Is(t + 1, "said") || Is(t + 1, "says"))) {
      return std::nullopt;
    }
    Subject s;
    s.begin = tokens_[t].begin;
    s.end = tokens_[t].end;
    s.token = t;
    s.actor = const_cast<Reader*>(this)->NewActor(
        w,
        Is(t + 1, "reported") ? ActorKind::kMediaOutlet
                              : ActorKind::kOrganization,
        "acronym-before-verb", 0.5f);
    if (s.actor < 0) return std::nullopt;
    const_cast<Reader*>(this)->NoteMention(s.actor, s.begin, s.end);
    s.rule = "acronym-before-verb";
    s.confidence = 0.5f;
    return s;
  }
  for (int i = first; i <= t; ++i) {
    if (IsFunctionWord(LowerWord(i)) || EndsPossessive(Word(i))) {
      return std::nullopt;
    }
  }
  Subject s;
  s.begin = tokens_[first].begin;
  s.end = tokens_[t].end;
  s.token = first;
  s.actor = const_cast<Reader*>(this)->NewActor(Slice(text_, s.begin, s.end),
                                                ActorKind::kPerson,
                                                "capitalised-name", 0.5f);
  if (s.actor < 0) return std::nullopt;
  const_cast<Reader*>(this)->NoteMention(s.actor, s.begin, s.end);
  s.rule = "capitalised-name";
  s.confidence = 0.55f;
  return s;
}

namespace {

// Head nouns of a description of someone who speaks for a state.
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
  return heads->contains(lower);
}

}  // namespace

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
      if (state < 0) return std::nullopt;
    } else if (mention_end_[k] >= 0) {
      // A possessive state: "Russia's foreign ministry".
      const DocMention& m = mentions_[mention_end_[k]];
      if (m.end >= tokens_[k].end ||
          x_.actors[m.actor].kind != ActorKind::kState) {
        return std::nullopt;
      }
      state = m.actor;
      begin = m.begin;
    }
    if (state >= 0) {
      if (x_.actors[state].kind != ActorKind::kState) return std::nullopt;
      int first = k;
      if (first - 1 >= floor &&
          (Is(first - 1, "a") || Is(first - 1, "an") || Is(first - 1, "the"))) {
        --first;
      }
      Subject s;
      s.actor = state;
      s.begin = std::min(begin, tokens_[first].begin);
      s.end = tokens_[t].end;
      s.token = first;
      s.rule = "description-of-state";
      s.confidence = 0.45f;
      return s;
    }
    if (tokens_[k].capitalised && !Is(k, "the") && !Is(k, "a")) {
      return std::nullopt;
    }
    if (Is(k, "the") && last_description_speaker_ >= 0) {
      // "The official, who ..., said": the latest described speaker.
      Subject s;
      s.actor = last_description_speaker_;
      s.begin = tokens_[k].begin;
      s.end = tokens_[t].end;
      s.token = k;
      s.rule = "description-anaphor";
      s.confidence = 0.4f;
      return s;
    }
    if (Is(k, "a") || Is(k, "an") || Is(k, "the")) return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Subject> Reader::SubjectBefore(int verb, int floor,
                                             int depth) const {
  auto w_is_as = [&](int t) { return Is(t, "as"); };
  const int limit = std::max(floor, verb - 40);
  bool adjacent = true;  // nothing but adverbs between subject and verb
  for (int t = verb - 1; t >= limit; --t) {
    const Token& tok = tokens_[t];
    if (!tok.word) {
      if (IsQuoteMark(t) || IsPunct(t, ';') || IsPunct(t, ':')) break;
      adjacent = false;
      continue;
    }
    const std::string w = LowerWord(t);
    // "quoted X as saying": X speaks, relayed by the subject of "quoted".
    if (w_is_as(t) && t == verb - 1 && t - 1 >= limit &&
        mention_end_[t - 1] >= 0) {
      const DocMention& m = mentions_[mention_end_[t - 1]];
      int first = t - 1;
      while (first > limit && mention_start_[first] != mention_end_[t - 1]) {
        --first;
      }
      const VerbHit q = VerbAt(first - 1);
      if (q.verb != nullptr && q.verb->lemma == "quote") {
        Subject s;
        s.actor = m.actor;
        s.begin = m.begin;
        s.end = m.end;
        s.token = first;
        s.rule = "outlet-quoted-speaker-as-saying";
        s.confidence = 0.85f;
        if (std::optional<Subject> outlet =
                SubjectBefore(first - 1, floor, depth + 1)) {
          s.relays.push_back({outlet->actor,
                              ReportKind::kQuoted,
                              {outlet->begin, tokens_[first - 1].end}});
        }
        return s;
      }
    }
    if (mention_end_[t] >= 0) {
      const DocMention& m = mentions_[mention_end_[t]];
      int first = t;
      while (first > limit && mention_start_[first] != mention_end_[t]) {
        --first;
      }
      const bool possessive = m.end < tok.end;  // "Putin's"
      const std::string before = first > 0 ? LowerWord(first - 1) : "";
      const bool object = first > 0 && tokens_[first - 1].word &&
                          (Prepositions().contains(before) ||
                           VerbAt(first - 1).verb != nullptr);
      const ActorKind kind = x_.actors[m.actor].kind;
      if (!possessive && !object && !IsPlaceLike(kind)) {
        Subject s;
        s.actor = m.actor;
        s.begin = m.begin;
        s.end = m.end;
        s.token = first;
        s.rule = "mention-before-verb";
        s.confidence = adjacent ? 0.9f : 0.75f;
        // "Xi and Putin confirmed": both speak.
        if (first >= 2 && Is(first - 1, "and") &&
            mention_end_[first - 2] >= 0) {
          const DocMention& other = mentions_[mention_end_[first - 2]];
          if (x_.actors[other.actor].kind == kind && other.actor != m.actor) {
            s.co_speakers.push_back(m.actor);
            s.actor = other.actor;
            s.begin = other.begin;
            int f2 = first - 2;
            while (f2 > limit &&
                   mention_start_[f2] != mention_end_[first - 2]) {
              --f2;
            }
            s.token = f2;
            s.rule = "coordinated-mentions-before-verb";
          }
        }
        return s;
      }
      t = first;  // skip the whole mention
      adjacent = false;
      continue;
    }
    if (w == "he" || w == "she" || w == "they") {
      return ResolvePronoun(t);
    }
    if (std::optional<Subject> n = PairEndingAt(t)) return n;
    if (std::optional<Subject> n = DescriptionEndingAt(t, limit)) return n;
    if (std::optional<Subject> n = NominalEndingAt(t, limit)) return n;
    if (adjacent && tok.capitalised) {
      if (std::optional<Subject> n = NameEndingAt(t, limit)) return n;
    }
    const VerbHit hit = VerbAt(t);
    if (hit.verb != nullptr && depth < 3) {
      // Coordinated or participial: the subject of the earlier verb.
      return SubjectBefore(t, floor, depth + 1);
    }
    if ((w == "who" || w == "which") && t - 1 > limit && IsPunct(t - 1, ',')) {
      // "X, who spoke on condition of anonymity, said": the subject is
      // before the relative clause.
      --t;
      adjacent = false;
      continue;
    }
    if (w == "that" || w == "who" || w == "which") {
      // "X reported that ...": the subject is after "that", not before.
      break;
    }
    if (w != "also" && w != "however" && w != "again" && w != "further" &&
        w != "then" && w != "later" && w != "repeatedly" && w != "has" &&
        w != "have" && w != "had" && w != "once" && w != "publicly") {
      adjacent = false;
    }
  }
  return std::nullopt;
}

// A subject at token t or after it, before `limit`: "said Ning", "according
// to the spokesperson", "told reporters".
std::optional<Subject> Reader::SubjectAt(int t, int limit) const {
  for (int i = t; i < limit && i < t + 8; ++i) {
    if (!tokens_[i].word) {
      if (IsPunct(i, ',') || IsPunct(i, '.')) break;
      continue;
    }
    if (mention_start_[i] >= 0) {
      const DocMention& m = mentions_[mention_start_[i]];
      int last = i;
      while (last + 1 < limit && mention_end_[last] != mention_start_[i]) {
        ++last;
      }
      // Titles before a name: "spokesperson Mao Ning" -> take the person.
      if (x_.actors[m.actor].kind != ActorKind::kPerson && last + 1 < limit &&
          mention_start_[last + 1] >= 0 &&
          x_.actors[mentions_[mention_start_[last + 1]].actor].kind ==
              ActorKind::kPerson) {
        continue;
      }
      if (IsPlaceLike(x_.actors[m.actor].kind)) return std::nullopt;
      Subject s;
      s.actor = m.actor;
      s.begin = m.begin;
      s.end = m.end;
      s.token = i;
      s.rule = "mention-after-verb";
      s.confidence = 0.85f;
      return s;
    }
    const std::string w = LowerWord(i);
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
              LowerWord(end + 1) == "policy")) {
        ++end;
      }
      if (end + 1 < limit && mention_start_[end + 1] >= 0) continue;
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
  // "according to X"
  if (Is(t, "according") && Is(t + 1, "to")) {
    std::optional<Subject> s = SubjectAt(t + 2, limit);
    if (s) {
      s->rule = "quote-according-to";
      *verb_token = t;
    }
    return s;
  }
  // "said X" (a verb that reports speech; "welcomed Beijing's position"
  // names an object, not a speaker)
  VerbHit hit = VerbAt(t);
  if (hit.verb != nullptr && hit.form == VerbForm::kFinite) {
    std::optional<Subject> s = SubjectAt(t + 1, limit);
    if (s &&
        (!hit.verb->reports_speech || s->end < tokens_[s->token].end ||
         (s->token + 1 < limit && s->end <= tokens_[s->token].end &&
          EndsPossessive(Slice(text_, s->begin, tokens_[s->token].end))))) {
      return std::nullopt;
    }
    if (s) {
      *verb_token = t;
      if (x_.actors[s->actor].kind == ActorKind::kMediaOutlet &&
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
      s->rule = "quote-verb-speaker";
      AddRelaysAfter(*s, s->token + 1, limit);
      return s;
    }
    return std::nullopt;
  }
  // "X said", "she added", "TASS quoted Putin as saying"
  for (int v = t + 1; v < limit && v < t + 10; ++v) {
    if (IsQuoteMark(v)) break;
    hit = VerbAt(v);
    if (hit.verb == nullptr || hit.form != VerbForm::kFinite) continue;
    std::optional<Subject> s = SubjectBefore(v, t, 3);
    if (!s) return std::nullopt;
    *verb_token = v;
    if (hit.verb->lemma == "quote") {
      // "TASS quoted Putin as saying"
      std::optional<Subject> quoted = SubjectAt(v + 1, limit);
      if (quoted && quoted->actor != s->actor) {
        quoted->relays.push_back(
            {s->actor, ReportKind::kQuoted, {s->begin, tokens_[v].end}});
        quoted->rule = "quote-outlet-quoted-speaker";
        AddRelaysAfter(*quoted, v + 1, limit);
        return quoted;
      }
    }
    s->rule = s->rule == "mention-before-verb" ? "quote-speaker-verb"
                                               : "quote-" + s->rule;
    AddRelaysAfter(*s, v + 1, limit);
    return s;
  }
  return std::nullopt;
}

// ---------------------------------------------------------------- output

void Reader::FillAbout(ExtractedStatement& s) const {
  auto it = std::lower_bound(
      mentions_.begin(), mentions_.end(), s.text_span.begin,
      [](const DocMention& m, uint32_t b) { return m.begin < b; });
  for (; it != mentions_.end() && it->end <= s.text_span.end; ++it) {
    const int a = it->actor;
    if (a == s.speaker) continue;
    if (std::find(s.co_speakers.begin(), s.co_speakers.end(), a) !=
        s.co_speakers.end()) {
      continue;
    }
    const ActorKind kind = x_.actors[a].kind;
    if (kind == ActorKind::kMediaOutlet) continue;
    if (std::find(s.about.begin(), s.about.end(), a) == s.about.end()) {
      s.about.push_back(a);
    }
  }
  // "the two countries", "both sides": the last two states named before
  // the words.
  {
    bool pair = false;
    if (s.text_span.end - s.text_span.begin < 4096) {
      const std::string words =
          Lower(Slice(text_, s.text_span.begin, s.text_span.end));
      for (const char* p : {"the two countries", "both countries", "both sides",
                            "the two sides"}) {
        pair |= words.find(p) != std::string::npos;
      }
    }
    if (pair) {
      auto m = std::lower_bound(
          mentions_.begin(), mentions_.end(), s.text_span.begin,
          [](const DocMention& x, uint32_t b) { return x.begin < b; });
      int found[2] = {-1, -1};
      for (int n = 0; m != mentions_.begin() && n < 64 && found[1] < 0; ++n) {
        --m;
        const int a = m->actor;
        if (x_.actors[a].kind != ActorKind::kState || a == found[0]) continue;
        (found[0] < 0 ? found[0] : found[1]) = a;
      }
      if (found[1] >= 0) {
        for (int a : found) {
          if (std::find(s.about.begin(), s.about.end(), a) == s.about.end()) {
            s.about.push_back(a);
          }
        }
      }
    }
  }
  // "Russian waters": a demonym before a common noun names the state as
  // what the words are about (not before a title or name: "Russian
  // President Putin" is about Putin).
  auto d = std::lower_bound(
      demonyms_.begin(), demonyms_.end(), s.text_span.begin,
      [](const Demonym& m, uint32_t b) { return m.begin < b; });
  for (; d != demonyms_.end() && d->end <= s.text_span.end; ++d) {
    uint32_t n = d->end;
    while (n < s.text_span.end && text_[n] == ' ') ++n;
    if (n >= s.text_span.end ||
        !absl::ascii_islower(static_cast<unsigned char>(text_[n]))) {
      continue;
    }
    const int a = ExistingActor(d->known, d->id);
    if (a < 0 || a == s.speaker) continue;
    if (std::find(s.about.begin(), s.about.end(), a) == s.about.end()) {
      s.about.push_back(a);
    }
  }
}

int Reader::ExistingActor(bool known, ActorId id) const {
  if (!known && id.value < k_.registry_to_known.size() &&
      k_.registry_to_known[id.value].valid()) {
    known = true;
    id = k_.registry_to_known[id.value];
  }
  const uint64_t key = (uint64_t{known ? 1u : 2u} << 32) | id.value;
  auto it = actor_index_.find(key);
  return it == actor_index_.end() ? -1 : it->second;
}

// Words that name no actor and open with a definite article ("the
// detention", "the case", "the detention was "unacceptable""): the
// definite noun phrase takes up what was spoken of just before, so the
// statement is about what the latest statement (of the last four) with
// actors was about.
void Reader::InheritAbout(ExtractedStatement& s) const {
  if (!s.about.empty() || s.text_span.end - s.text_span.begin > 64 ||
      !absl::StartsWithIgnoreCase(
          Slice(text_, s.text_span.begin, s.text_span.end), "the ")) {
    return;
  }
  TakeUpAbout(s);
}

void Reader::TakeUpAbout(ExtractedStatement& s) const {
  for (size_t i = x_.statements.size(), n = 0; i > 0 && n < 4; --i, ++n) {
    const ExtractedStatement& p = x_.statements[i - 1];
    if (p.about.empty()) continue;
    for (int a : p.about) {
      if (a != s.speaker) s.about.push_back(a);
    }
    s.confidence *= 0.8f;
    return;
  }
}

diplograph::DateBasis PublicBasis(text_internal::DateBasis b) {
  switch (b) {
    case text_internal::DateBasis::kExplicit:
      return diplograph::DateBasis::kExplicit;
    case text_internal::DateBasis::kRelative:
      return diplograph::DateBasis::kRelative;
    case text_internal::DateBasis::kDocumentDate:
      return diplograph::DateBasis::kDocumentDate;
    case text_internal::DateBasis::kUnresolved:
      return diplograph::DateBasis::kUnresolved;
  }
  return diplograph::DateBasis::kUnresolved;
}

void Reader::DateStatement(ExtractedStatement& s, Range sentence) {
  if (s.date.is_known()) return;
  // A time expression of the attribution: in the sentence, outside the
  // words ("China on Friday termed ...", "In Tuesday's call, Putin said").
  // In a question only a time between the reporting verb and the words
  // ("said on Monday that ...") dates the reported statement; the
  // question's other times are the asker's.
  if (!s.in_question || !s.verb_span.empty()) {
    const TimeExpression* best = nullptr;
    const uint32_t from = std::max<uint32_t>(
        sentence.begin, s.text_span.begin > 512 ? s.text_span.begin - 512 : 0);
    auto first = std::lower_bound(
        para_times_.begin(), para_times_.end(), from,
        [](const TimeExpression& e, uint32_t o) { return e.begin < o; });
    for (auto it = first; it != para_times_.end(); ++it) {
      const TimeExpression& e = *it;
      if (e.begin > s.text_span.end + 512) break;
      if (e.begin < sentence.begin || e.end > sentence.end) continue;
      if (s.in_question &&
          (e.begin < s.verb_span.end || e.end > s.text_span.begin)) {
        continue;
      }
      if (e.begin < s.text_span.end && e.end > s.text_span.begin) continue;
      if (!e.date.is_known() || e.future || !e.duration.empty()) continue;
      if (e.range_end.is_known() && e.range_end != e.date) continue;
      if (x_.document_date.is_known() && x_.document_date < e.date) continue;
      best = &e;
      if (e.begin > s.text_span.begin) break;
    }
    if (best != nullptr) {
      s.date = best->date;
      s.date_basis = PublicBasis(best->basis);
      s.date_span = {best->begin, best->end};
      return;
    }
  }
  if (no_carry_) {
    s.date_basis = diplograph::DateBasis::kUnresolved;
    return;
  }
  // A speaker known only by a description ("a senior Indian official")
  // is not the state's other speakers: no date is carried to it.
  if (absl::StartsWith(s.speaker_rule, "description")) {
    s.date_basis = diplograph::DateBasis::kUnresolved;
    return;
  }
  if (LedeRetold(s)) return;
  // Carried from the same speaker's (or its organisation's) dated statement.
  const int oldest = std::max(0, static_cast<int>(x_.statements.size()) - 64);
  for (int i = static_cast<int>(x_.statements.size()) - 1; i >= oldest; --i) {
    const ExtractedStatement& p = x_.statements[i];
    if (!p.date.is_known() || p.in_question != s.in_question) continue;
    const bool co = std::find(p.co_speakers.begin(), p.co_speakers.end(),
                              s.speaker) != p.co_speakers.end() ||
                    std::find(s.co_speakers.begin(), s.co_speakers.end(),
                              p.speaker) != s.co_speakers.end();
    if (p.speaker == s.speaker || co || AffiliatedTo(s.speaker, p.speaker) ||
        AffiliatedTo(p.speaker, s.speaker)) {
      s.date = p.date;
      s.date_basis = diplograph::DateBasis::kCarried;
      return;
    }
  }
  // Transcripts, readouts and joint statements speak on their own date.
  const Genre g = x_.info.genre;
  if (!s.in_question && x_.document_date.is_known() &&
      (g == Genre::kTranscript || g == Genre::kReadout ||
       g == Genre::kJointStatement)) {
    s.date = x_.document_date;
    s.date_basis = diplograph::DateBasis::kDocumentDate;
    return;
  }
  s.date_basis = diplograph::DateBasis::kUnresolved;
}

namespace {

// Verbs of acts the writer reports ("Japan and the Philippines signed a
// defence agreement", "North Korea fired a missile", "India summoned the
// Chinese ambassador"): each an event with its subject and the actors of
// its clause. Past forms only: the writer's record of what happened.
bool IsEventVerb(absl::string_view word) {
  // Most words are no past form: look no further.
  if (word.size() < 3 || word.size() > 12 ||
      (!absl::EndsWith(word, "ed") && word != "met" && word != "held" &&
       word != "struck" && word != "shot")) {
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
      "held",      "imposed",    "struck",   "shot",     "captured"};
  return verbs->contains(lower);
}

}  // namespace

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
    // "held" only of talks, a call, a meeting, a summit.
    if (Is(t, "held") &&
        !(Is(t + 1, "talks") || Is(t + 2, "talks") || Is(t + 2, "call") ||
          Is(t + 2, "meeting") || Is(t + 2, "summit") || Is(t + 1, "a"))) {
      continue;
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
    if (!subject || x_.actors[subject->actor].kind == ActorKind::kPlace) {
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
    auto m = std::lower_bound(
        mentions_.begin(), mentions_.end(), tokens_[t].end,
        [](const DocMention& x, uint32_t b) { return x.begin < b; });
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
    for (auto it = std::lower_bound(
             para_times_.begin(), para_times_.end(), subject->begin,
             [](const TimeExpression&x, uint32_t b) { return x.begin < b; });
         it != para_times_.end() && it->begin < ev.span.end; ++it) {
      const TimeExpression& e = *it;
      if (e.begin < sentence.begin || e.end > sentence.end) continue;
      if (!e.date.is_known() || e.future || !e.duration.empty()) continue;
      if (x_.document_date.is_known() && x_.document_date < e.date) continue;
      if (e.begin >= subject->begin && e.end <= ev.span.end) {
        ev.date = e.date;
        break;
      }
    }
    ev.rule = "act-verb-event";
    ev.confidence = Clamp01(subject->confidence * 0.7f);
    if (ev.confidence >= k_.options.min_confidence) {
      x_.events.push_back(std::move(ev));
    }
    t = end;
  }
}

// "The Kremlin declined to comment on the case.", "X refused to
// elaborate", "Y had no comment": a statement with no words (CAMEO 011).
// What it declined to speak about is its topic; an anaphoric topic ("the
// case", "the matter") is about what the latest statement was about.
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
         Is(t + 2, "discuss") || Is(t + 2, "respond"))) {
      object = t + 3;
    } else if ((Is(t, "had") || Is(t, "has")) && Is(t + 1, "no") &&
               (Is(t + 2, "comment") ||
                (Is(t + 2, "immediate") && Is(t + 3, "comment")))) {
      object = Is(t + 2, "comment") ? t + 3 : t + 4;
    }
    if (object < 0) continue;
    std::optional<Subject> s = SubjectBefore(t, first, 0);
    if (!s) continue;
    int e = last;
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

// A news lede retells a quotation of the next paragraphs in the writer's
// words ("Russia on Friday accused Japan of ..." / ""Japan's actions
// undermine ...," Deputy Foreign Minister X told reporters."): an undated
// statement within three paragraphs after the lede, by the lede's speaker,
// a member of it, or a person speaking for a state the lede names as
// speaker (not affiliated to another state), about an actor the lede
// statement is about (or a quotation naming no actor in the paragraph right
// after the lede), is the same utterance and takes the lede's date.
bool Reader::LedeRetold(ExtractedStatement& s) {
  if (lede_begin_ < 0 || transcript_ || readout_relay_ >= 0 || s.in_question ||
      current_para_ < lede_next_para_ || current_para_ > lede_next_para_ + 2) {
    return false;
  }
  const ActorKind kind = x_.actors[s.speaker].kind;
  for (int i = lede_begin_; i < lede_end_; ++i) {
    if (lede_linked_[i - lede_begin_] != 0) continue;
    const ExtractedStatement& l = x_.statements[i];
    if (!l.date.is_known() || l.in_question) continue;
    bool speaker = l.speaker == s.speaker || AffiliatedTo(s.speaker, l.speaker);
    if (!speaker && kind == ActorKind::kPerson &&
        x_.actors[l.speaker].kind == ActorKind::kState) {
      speaker = true;
      for (size_t a = 0; a < x_.actors.size() && speaker; ++a) {
        if (static_cast<int>(a) != l.speaker &&
            x_.actors[a].kind == ActorKind::kState &&
            AffiliatedTo(s.speaker, static_cast<int>(a))) {
          speaker = false;
        }
      }
    }
    if (!speaker) continue;
    bool shared = false;
    for (int a : s.about) {
      if (x_.actors[a].kind == ActorKind::kPlace) continue;
      shared |= std::find(l.about.begin(), l.about.end(), a) != l.about.end();
    }
    // The quotation right after the lede that names no actor, by an
    // official (a title before the name: news writing's supporting quote),
    // is taken to retell it too.
    const ActorFacts* facts = Facts(s.speaker);
    const bool official = x_.actors[s.speaker].rule == "title-and-name" ||
                          !titles_[s.speaker].empty() ||
                          (facts != nullptr && !facts->roles.empty());
    const bool supporting = s.about.empty() && official &&
                            s.quote == QuoteKind::kDirectQuote &&
                            current_para_ == lede_next_para_;
    if (!shared && !supporting) continue;
    lede_linked_[i - lede_begin_] = 1;
    s.date = l.date;
    s.date_basis = diplograph::DateBasis::kCarried;
    s.date_span = l.date_span;
    s.same_utterance = i;
    return true;
  }
  return false;
}

void Reader::ReadTimes(Range r) {
  para_times_ =
      FindTimeExpressions(std::string_view(text_.data(), text_.size()), r.begin,
                          r.end, x_.document_date);
  for (const TimeExpression& e : para_times_) {
    x_.times.push_back({{e.begin, e.end},
                        e.date,
                        e.range_end,
                        e.duration,
                        PublicBasis(e.basis),
                        e.rule,
                        e.confidence});
  }
}

int Reader::Emit(ExtractedStatement s, Range sentence, int verb_token) {
  if (s.speaker < 0) return -1;
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
  s.text_span = {b, e};
  s.text = std::string(Slice(text_, b, e));
  if (verb_token >= 0 && verb_token < static_cast<int>(tokens_.size())) {
    s.verb_span = {tokens_[verb_token].begin, tokens_[verb_token].end};
    const VerbHit hit = VerbAt(verb_token);
    const SpeechVerb* sv = Lexicon::Default().FindVerb(
        std::string_view(Word(verb_token).data(), Word(verb_token).size()));
    const bool negated = verb_token >= 2 && Is(verb_token - 1, "not");
    if (sv != nullptr && s.event_type.empty()) {
      s.event_type = negated && !sv->negated_event_type.empty()
                         ? sv->negated_event_type
                         : sv->event_type;
    }
    if (hit.verb != nullptr && s.event_type.empty()) {
      s.event_type = {std::string(hit.verb->cameo),
                      std::string(hit.verb->cameo_name)};
    }
    // Negation: "did not rule out", "declined to".
    if (verb_token >= 2 && Is(verb_token - 1, "not")) {
      s.modality = diplograph::Modality::kNegated;
    }
  }
  if (s.event_type.empty()) s.event_type = {"010", "Make statement"};
  FillAbout(s);
  if (s.quote == QuoteKind::kParaphrase) InheritAbout(s);
  if (verb_token >= 0 && verb_token < static_cast<int>(tokens_.size())) {
    const VerbHit hit = VerbAt(verb_token);
    if (hit.verb != nullptr && hit.verb->stance != Polarity::kNeutral &&
        !s.about.empty()) {
      s.targets.push_back({s.about.front(), hit.verb->stance, true});
    }
  }
  for (int a : s.about) {
    if (x_.actors[a].kind == ActorKind::kPlace) continue;  // about, no stance
    bool have = false;
    for (const ExtractedTarget& t : s.targets) have |= t.actor == a;
    if (!have) s.targets.push_back({a, Polarity::kNeutral, true});
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
  DateStatement(s, sentence);
  if (s.confidence < k_.options.min_confidence) return -1;
  const ActorKind kind = x_.actors[s.speaker].kind;
  if (kind == ActorKind::kPerson) last_person_speaker_ = s.speaker;
  if (s.speaker_rule == "description-of-state") {
    last_description_speaker_ = s.speaker;
  }
  last_speaker_ = s.speaker;
  const int index = static_cast<int>(x_.statements.size());
  x_.statements.push_back(std::move(s));
  return index;
}

// ---------------------------------------------------------------- rules

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
    std::string role_word = LowerWord(r);
    if (!IsRoleNoun(role_word)) continue;
    int role_begin = r;
    // "foreign policy aide", "Prime Minister": words of the title.
    while (role_begin - 1 >= first && tokens_[role_begin - 1].word &&
           mention_end_[role_begin - 1] < 0 && r - role_begin < 3) {
      const std::string w = LowerWord(role_begin - 1);
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
      Resolution res =
          k_.registry_resolver->Resolve(Word(role_begin - 1), x_.document_date);
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
    if (org < 0 || org == m.actor) continue;
    std::string role(Slice(text_, tokens_[role_begin].begin, tokens_[r].end));
    titles_[m.actor].push_back(absl::AsciiStrToLower(role));
    ExtractedActor& person = x_.actors[m.actor];
    bool have = false;
    for (const ExtractedAffiliation& af : person.affiliations) {
      have |= af.organization == org && absl::EqualsIgnoreCase(af.role, role);
    }
    if (have) continue;
    ExtractedAffiliation af;
    af.organization = org;
    af.role = role;
    if (x_.document_date.is_known()) {
      af.valid = Interval::During(x_.document_date);
    }
    af.evidence = {ev_begin, m.end};
    af.rule = "apposition-title-name";
    af.confidence = 0.8f;
    person.affiliations.push_back(std::move(af));
  }
}

void Reader::ReadReportedSpeech(Range sentence,
                                const std::vector<Quote>& quotes,
                                bool in_question, int asker) {
  const int first = TokenAt(sentence.begin);
  const int last = TokenAt(sentence.end);
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
      lead = SubjectAt(t0 + 2, last);
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
  // Sentence-final attribution of a whole clause: "..., Ushakov said." /
  // "..., according to Reuters."
  int end_attr = -1;  // the comma before it
  std::optional<Subject> end_subject;
  int end_verb = -1;
  {
    int t = last - 1;
    while (t > first && !tokens_[t].word) --t;
    for (int c = t; c > first && c >= t - 8; --c) {
      if (!IsPunct(c, ',')) continue;
      if (inside_quote(tokens_[c].begin)) break;
      int v = -1;
      if (c == lead_comma) break;  // "According to X, Y said ..."
      std::optional<Subject> s = AttributeAfterQuote(c, last, &v);
      if (s && v >= 0) {
        end_attr = c;
        end_subject = std::move(s);
        end_verb = v;
      }
      break;
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
    const std::string noun = LowerWord(t + 1);
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
    if (hit.verb == nullptr || hit.form != VerbForm::kFinite) continue;
    if (hit.verb->lemma == "quote" || hit.verb->lemma == "report") {
      // Relays: handled with the subject they introduce.
      if (!in_question) continue;
    }
    std::optional<Subject> s = SubjectBefore(t, first, 0);
    // "X said ... "unacceptable" and urged ...": a coordinated verb shares
    // the subject of the clause's earlier reporting verb.
    if (!s && prev_subject && t > first &&
        (Is(t - 1, "and") || (Is(t - 1, "also") && Is(t - 2, "and")))) {
      s = prev_subject;
      s->rule = "coordinated-verb-subject";
    }
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
    // The words run to the next reporting verb of the same subject.
    int next_verb = -1;
    for (int u = t + 1; u < stop; ++u) {
      const VerbHit h2 = VerbAt(u);
      if (h2.verb == nullptr || h2.form != VerbForm::kFinite) continue;
      std::optional<Subject> s2 = SubjectBefore(u, t + 1, 1);
      if ((s2 && (s2->actor == s->actor) && s2->token <= t) ||
          (!s2 && (Is(u - 1, "and") || IsPunct(u - 1, ',')))) {
        next_verb = u;
        break;
      }
      if (s2 && s2->token > t) {
        next_verb = s2->token;
        break;
      }
    }
    int words_end = next_verb >= 0 ? next_verb : stop;
    while (words_end - 1 > t &&
           (Is(words_end - 1, "and") ||
            (!tokens_[words_end - 1].word && !IsQuoteMark(words_end - 1)))) {
      --words_end;
    }
    int words_begin = t + 1;
    int addressee = -1;
    if (hit.verb->takes_addressee && words_begin < words_end &&
        mention_start_[words_begin] >= 0) {
      addressee = mentions_[mention_start_[words_begin]].actor;
      while (words_begin < words_end &&
             mention_end_[words_begin] != mention_start_[t + 1]) {
        ++words_begin;
      }
      ++words_begin;
    }
    // Particles of two-word verbs: "spoke of", "pressed for", "ruled out",
    // "made clear", "pointed out".
    if (words_begin < words_end &&
        (Is(words_begin, "of") || Is(words_begin, "about") ||
         Is(words_begin, "out") || Is(words_begin, "clear") ||
         ((hit.verb->lemma == "press" || hit.verb->lemma == "call") &&
          (Is(words_begin, "for") || Is(words_begin, "on"))))) {
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
      }
    }
    if (Is(words_begin, "that")) ++words_begin;
    if (words_begin >= words_end) continue;
    // A quotation later in the clause carries the words.
    const bool quote_follows = stop != (end_attr >= 0 ? end_attr : last);
    if (quote_follows) continue;
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
    if (end_subject && end_subject->actor != s->actor) {
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
    const int idx = Emit(std::move(st), sentence, t);
    if (idx >= 0 && in_question) question_reports_.push_back(idx);
    prev_verb = t;
    prev_subject = s;
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
  if (end_subject && end_attr > first) {
    ExtractedStatement st;
    st.speaker = end_subject->actor;
    st.speaker_span = {end_subject->begin, end_subject->end};
    st.speaker_rule = end_subject->rule;
    st.text_span = {tokens_[first].begin, tokens_[end_attr].begin};
    st.quote = QuoteKind::kParaphrase;
    st.in_question = in_question;
    st.reported_by = end_subject->relays;
    st.rule = "clause-then-attribution";
    st.confidence = Clamp01(end_subject->confidence * 0.8f);
    Emit(std::move(st), sentence, end_verb);
  }
}

// "The below is attributable to Spokesperson Matthew Miller:": a readout
// whose statements are relayed by that person.
void Reader::ReadAttributionLine(size_t p) {
  const Range para = paragraphs_[p];
  const std::string lower = Lower(Slice(text_, para.begin, para.end));
  const size_t at = lower.find("attributable to ");
  if (at == std::string::npos) return;
  const int t = TokenAt(para.begin + static_cast<uint32_t>(at) + 16);
  std::optional<Subject> who = SubjectAt(t, static_cast<int>(tokens_.size()));
  if (!who) return;
  readout_relay_ = who->actor;
  if (x_.info.genre == Genre::kUnknown) x_.info.genre = Genre::kReadout;
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
    int last = t;
    while (last + 1 < to && mention_end_[last] != mention_start_[t]) ++last;
    if (m.end < tokens_[last].end) continue;  // possessive or compound
    Subject s;
    s.actor = m.actor;
    s.begin = m.begin;
    s.end = m.end;
    s.token = t;
    s.rule = "first-subject-of-sentence";
    s.confidence = 0.5f;
    return s;
  }
  return std::nullopt;
}

// "the two leaders", "both sides": the last two persons named.
std::optional<Subject> Reader::PairEndingAt(int t) const {
  const std::string head = LowerWord(t);
  if (head != "leaders" && head != "sides" && head != "presidents" &&
      head != "ministers") {
    return std::nullopt;
  }
  int start = t - 1;
  if (!(Is(start, "two") || Is(start, "both"))) return std::nullopt;
  if (Is(start - 1, "the")) --start;
  // Persons named before this point, latest first.
  int a = -1, b = -1;
  const uint32_t here = tokens_[t].begin;
  size_t m = static_cast<size_t>(
      std::lower_bound(
          mentions_.begin(), mentions_.end(), here,
          [](const DocMention& d, uint32_t o) { return d.begin < o; }) -
      mentions_.begin());
  for (size_t n = 0; m-- > 0 && n < 64; ++n) {
    const int c = mentions_[m].actor;
    if (x_.actors[c].kind != ActorKind::kPerson) continue;
    if (a < 0) {
      a = c;
    } else if (c != a) {
      b = c;
      break;
    }
  }
  if (a < 0 || b < 0) return std::nullopt;
  Subject s;
  s.actor = b;  // the earlier-named first
  s.co_speakers = {a};
  s.begin = tokens_[start].begin;
  s.end = tokens_[t].end;
  s.token = start;
  s.rule = "pair-last-two-persons";
  s.confidence = 0.6f;
  return s;
}

// The relationships a sentence asserts, with the actors named in it; the
// statement whose words hold the phrase asserts it, else the narrator.
void Reader::ReadRelations(Range sentence, int first_statement) {
  std::vector<ActorSpan> actors;
  auto it = std::lower_bound(
      mentions_.begin(), mentions_.end(), sentence.begin,
      [](const DocMention& m, uint32_t b) { return m.begin < b; });
  for (; it != mentions_.end() && it->end <= sentence.end; ++it) {
    const ActorKind kind = x_.actors[it->actor].kind;
    if (kind == ActorKind::kPlace || kind == ActorKind::kMediaOutlet) continue;
    actors.push_back({it->begin, it->end, it->actor});
  }
  if (actors.size() < 2 && parties_.empty() &&
      (actors.empty() || last_speaker_ < 0)) {
    return;
  }
  const std::vector<RelationAssertion> found = FindRelations(
      std::string_view(text_.data(), text_.size()), sentence.begin,
      sentence.end, actors, Lexicon::Default(), parties_);
  for (const RelationAssertion& r : found) {
    if (r.ends.size() != 2 || r.phrase == nullptr) continue;
    ExtractedRelationship e;
    e.label = std::string(Slice(text_, r.begin, r.end));
    e.key = r.phrase->key;
    e.canonical_label = r.phrase->label;
    e.from = r.ends[0];
    e.to = r.ends[1];
    e.directed = r.directed;
    e.polarity = r.phrase->polarity;
    e.role = r.role;
    switch (r.modality) {
      case text_internal::Modality::kAsserted:
        e.modality = diplograph::Modality::kAsserted;
        break;
      case text_internal::Modality::kNegated:
        e.modality = diplograph::Modality::kNegated;
        if (e.role == EvidenceRole::kAsserts) e.role = EvidenceRole::kContests;
        break;
      case text_internal::Modality::kFuture:
        e.modality = diplograph::Modality::kFuture;
        break;
      case text_internal::Modality::kHypothetical:
        e.modality = diplograph::Modality::kHypothetical;
        if (e.role == EvidenceRole::kAsserts) e.role = EvidenceRole::kProposes;
        break;
    }
    for (int i = static_cast<int>(x_.statements.size()) - 1;
         i >= first_statement && i >= 0; --i) {
      const ExtractedStatement& st = x_.statements[i];
      if (st.text_span.begin <= r.begin && r.end <= st.text_span.end) {
        e.statement = i;
        break;
      }
    }
    e.span = {r.begin, r.end};
    e.rule = r.rule;
    e.confidence = e.statement >= 0 ? r.confidence : r.confidence * 0.8f;
    if (e.confidence < k_.options.min_confidence) continue;
    x_.relationships.push_back(std::move(e));
  }
}

// The states and organisations a paragraph names, in order, once each.
std::vector<int> Reader::PartiesIn(Range para) const {
  std::vector<int> out;
  auto it = std::lower_bound(
      mentions_.begin(), mentions_.end(), para.begin,
      [](const DocMention& m, uint32_t b) { return m.begin < b; });
  for (; it != mentions_.end() && it->end <= para.end; ++it) {
    const ActorKind kind = x_.actors[it->actor].kind;
    if (kind != ActorKind::kState && kind != ActorKind::kOrganization &&
        kind != ActorKind::kInternationalOrganization) {
      continue;
    }
    if (std::find(out.begin(), out.end(), it->actor) == out.end()) {
      out.push_back(it->actor);
    }
  }
  return out;
}

// A heading "Joint Statement ..." (or declaration, communiqué) followed by
// a paragraph naming two parties or more: the text after the heading is
// the parties' statement. The last such heading; paragraphs_.size() when
// there is none.
size_t Reader::FindJointStatement() const {
  size_t found = paragraphs_.size();
  for (size_t p = 0; p + 1 < paragraphs_.size(); ++p) {
    const Range para = paragraphs_[p];
    if (para.end - para.begin > 200) continue;
    const std::string lower = Lower(Slice(text_, para.begin, para.end));
    if (!absl::StartsWith(lower, "joint statement") &&
        !absl::StartsWith(lower, "joint declaration") &&
        !absl::StartsWith(lower, "joint communiqu")) {
      continue;
    }
    if (PartiesIn(paragraphs_[p + 1]).size() >= 2) found = p;
  }
  return found;
}

void Reader::ReadJointStatement(size_t heading) {
  const std::vector<int> parties = PartiesIn(paragraphs_[heading + 1]);
  if (x_.info.genre == Genre::kUnknown) x_.info.genre = Genre::kJointStatement;
  const Range body{paragraphs_[heading + 1].begin, paragraphs_.back().end};
  LoadWindow(body.begin, body.end);
  ExtractedStatement st;
  st.speaker = parties[0];
  st.co_speakers.assign(parties.begin() + 1, parties.end());
  st.speaker_span = {paragraphs_[heading + 1].begin,
                     paragraphs_[heading + 1].end};
  st.speaker_rule = "joint-statement-parties";
  st.text_span = {body.begin, body.end};
  st.quote = QuoteKind::kDirectQuote;
  st.rule = "joint-statement-text";
  st.confidence = 0.7f;
  const int index = Emit(std::move(st), body, -1);
  parties_ = parties;
  for (size_t q = heading + 1; q < paragraphs_.size(); ++q) {
    for (const Range& sentence : Sentences(text_, paragraphs_[q])) {
      ReadRelations(sentence, std::max(index, 0));
    }
  }
}

void Reader::ReadParagraph(size_t p) {
  const Range para = paragraphs_[p];
  current_para_ = p;
  const int statements_before = static_cast<int>(x_.statements.size());
  const bool prev_runs_on =
      p > 0 && StartsWithOpeningMark(text_, para) && last_quote_statement_ >= 0;
  std::vector<Quote> quotes = Quotes(text_, para, prev_runs_on);
  LoadWindow(para.begin, para.end);
  const std::vector<Range> sentences = Sentences(text_, para);
  for (const Range& s : sentences) Appositions(s);
  ReadAttributionLine(p);
  ReadTimes(para);
  MarkQuotes(quotes);
  // The quotations that carry a statement's words; fragments inside the
  // writer's clauses are read with the clause.
  std::vector<Quote> whole;
  std::vector<char> fragment(quotes.size(), 0);
  for (size_t qi = 0; qi < quotes.size(); ++qi) {
    fragment[qi] = IsFragment(quotes[qi]) ? 1 : 0;
    if (fragment[qi] == 0) whole.push_back(quotes[qi]);
  }
  size_t next_sentence = 0;
  int paragraph_speaker_statement = -1;
  for (size_t qi = 0; qi < quotes.size(); ++qi) {
    const Quote& q = quotes[qi];
    if (q.end <= q.begin) continue;
    // A quoted fragment inside the writer's clause: the reported-speech
    // rules take the clause, quotation included.
    if (fragment[qi] != 0) continue;
    // The sentence the quotation starts in, and the one it ends in.
    Range s_open = para, s_close = para;
    if (!sentences.empty()) {
      auto in = [&](uint32_t off) {
        auto it = std::upper_bound(
            sentences.begin(), sentences.end(), off,
            [](uint32_t o, const Range& r) { return o < r.begin; });
        return it == sentences.begin() ? sentences.front() : *(it - 1);
      };
      s_open = in(q.open);
      s_close = in(q.end > q.begin ? q.end - 1 : q.end);
    }
    // Sentences before this quotation's are read first, in text order.
    while (next_sentence < sentences.size() &&
           sentences[next_sentence].end <= q.open) {
      ReadReportedSpeech(sentences[next_sentence], whole, false, -1);
      ++next_sentence;
    }
    // Clause before the quote: from the sentence start or the previous
    // quote's end.
    uint32_t floor_off = s_open.begin;
    if (qi > 0 && quotes[qi - 1].close > floor_off) {
      floor_off = quotes[qi - 1].close;
    }
    const int floor = TokenAt(floor_off);
    const int open_t = TokenAt(q.open);
    const int close_t = TokenAt(q.close);
    uint32_t limit_off = s_close.end;
    if (qi + 1 < quotes.size() && quotes[qi + 1].open < limit_off) {
      limit_off = quotes[qi + 1].open;
    }
    const int limit = TokenAt(limit_off);
    // Pre-quote verb, adjacent ("said, “", "saying: “") or not ("described
    // ... as “").
    int pre_verb = -1;
    for (int t = open_t - 1; t >= floor; --t) {
      const VerbHit h = VerbAt(t);
      if (h.verb != nullptr && h.form != VerbForm::kBase) {
        pre_verb = t;
        break;
      }
    }
    const bool pre_adjacent = pre_verb >= 0 && open_t - pre_verb <= 3;
    std::optional<Subject> who;
    int verb = -1;
    std::string rule;
    if (pre_adjacent) {
      int main = pre_verb;
      if (VerbAt(pre_verb).form == VerbForm::kParticiple) {
        // "X emphasised ..., noting that “...”": the finite verb's subject,
        // and that verb's words are the quotation.
        for (int t = pre_verb - 1; t >= floor && t >= pre_verb - 40; --t) {
          const VerbHit h = VerbAt(t);
          if (h.verb != nullptr && h.form == VerbForm::kFinite &&
              !in_quote_[t]) {
            main = t;
            break;
          }
        }
      }
      who = SubjectBefore(main, floor, 0);
      if (who && main != pre_verb) verb_used_[main] = 1;
      verb = pre_verb;
      rule = "verb-then-quote";
    }
    if (!who && q.closed) {
      int v = -1;
      who = AttributeAfterQuote(close_t, limit, &v);
      if (who) {
        verb = v;
        rule = who->rule;
      }
      if (who && who->actor < 0) {
        // Relayed by an outlet: the speaker is the clause's subject.
        std::optional<Subject> first = FirstSubjectIn(floor, open_t);
        if (first) {
          first->relays = who->relays;
          // The last relay is the outlet nearest the reader.
          std::reverse(first->relays.begin(), first->relays.end());
          first->rule = "quote-reported-by-outlet";
          who = first;
          verb = -1;
        } else {
          who.reset();
        }
      }
    }
    if (!who && pre_verb >= 0) {
      who = SubjectBefore(pre_verb, floor, 0);
      verb = pre_verb;
      rule = "partial-quote-in-reported-speech";
    }
    float confidence = who ? who->confidence : 0;
    if (!who) {
      // Continuation: the quote opens its sentence and the paragraph's (or
      // the previous paragraph's) last quotation has a speaker.
      const bool opens_sentence = q.open == s_open.begin;
      if (opens_sentence && paragraph_speaker_statement >= 0) {
        const ExtractedStatement& prev =
            x_.statements[paragraph_speaker_statement];
        who = Subject{prev.speaker,
                      prev.co_speakers,
                      prev.speaker_span.begin,
                      prev.speaker_span.end,
                      "continuation-same-paragraph",
                      0.75f,
                      -1,
                      {}};
        rule = "continuation-same-paragraph";
        confidence = 0.75f;
      } else if (opens_sentence && q.open == para.begin &&
                 last_quote_statement_ >= 0) {
        const ExtractedStatement& prev = x_.statements[last_quote_statement_];
        who = Subject{prev.speaker,
                      prev.co_speakers,
                      prev.speaker_span.begin,
                      prev.speaker_span.end,
                      "continuation-next-paragraph",
                      0.6f,
                      -1,
                      {}};
        rule = q.continues ? "quote-reopened-next-paragraph"
                           : "continuation-next-paragraph";
        confidence = q.continues ? 0.7f : 0.55f;
      }
    }
    if (!who) continue;
    if (verb >= 0) verb_used_[verb] = 1;
    // Relays before the subject ("TASS reported that Putin ... saying").
    if (who->token >= 0 && who->token < static_cast<int>(tokens_.size())) {
      AddRelayBefore(*who, floor);
    }
    if (verb >= 0 && verb > close_t) AddRelaysAfter(*who, verb + 1, limit);
    if (verb >= 0 && verb < open_t) AddRelaysAfter(*who, verb + 1, open_t);
    ExtractedStatement st;
    st.speaker = who->actor;
    st.co_speakers = who->co_speakers;
    st.speaker_span = {who->begin, who->end};
    st.speaker_rule = who->rule;
    st.text_span = {q.begin, q.end};
    st.quote = QuoteKind::kDirectQuote;
    st.reported_by = who->relays;
    st.rule = rule;
    if (!q.closed) confidence *= 0.6f;
    st.confidence = Clamp01(confidence);
    const int idx = Emit(std::move(st), s_open, verb);
    if (idx >= 0) {
      paragraph_speaker_statement = idx;
      last_quote_statement_ = idx;
    }
  }
  for (; next_sentence < sentences.size(); ++next_sentence) {
    ReadReportedSpeech(sentences[next_sentence], whole, false, -1);
  }
  for (const Range& s : sentences) {
    ReadNoComment(s);
    ReadEvents(s);
  }
  if (lede_begin_ < 0 && !transcript_ &&
      static_cast<int>(x_.statements.size()) > statements_before) {
    lede_begin_ = statements_before;
    lede_end_ = static_cast<int>(x_.statements.size());
    lede_linked_.assign(lede_end_ - lede_begin_, 0);
    lede_next_para_ = p + 1;
  }
  for (const Range& s : sentences) {
    ReadRelations(s, std::max(0, static_cast<int>(x_.statements.size()) - 64));
  }
}

// ---------------------------------------------------------------- turns

void Reader::DetectTranscript() {
  turn_labels_.clear();
  turn_label_end_.assign(paragraphs_.size(), 0);
  turn_question_.assign(paragraphs_.size(), 0);
  std::vector<int> label_actor(paragraphs_.size(), -2);
  int turns = 0;
  for (size_t p = 0; p < paragraphs_.size(); ++p) {
    const Range para = paragraphs_[p];
    const absl::string_view s = Slice(text_, para.begin, para.end);
    const size_t colon = s.find(':');
    if (colon == absl::string_view::npos || colon == 0 || colon > 48 ||
        colon + 1 >= s.size()) {
      continue;
    }
    const absl::string_view label =
        absl::StripAsciiWhitespace(s.substr(0, colon));
    if (label.empty() ||
        label.find_first_of(".,;\"") != absl::string_view::npos) {
      continue;
    }
    int words = 1;
    for (char c : label) words += c == ' ';
    if (words > 5) continue;
    const uint32_t label_begin = para.begin;
    const uint32_t label_end = para.begin + static_cast<uint32_t>(colon);
    int actor = -1;
    bool question = false;
    const std::string lower = absl::AsciiStrToLower(label);
    if (lower == "q" || lower == "question" || lower == "journalist" ||
        lower == "reporter") {
      question = true;
      actor = -1;
    } else {
      // A mention that covers the label.
      auto it = std::lower_bound(
          mentions_.begin(), mentions_.end(), label_begin,
          [](const DocMention& m, uint32_t b) { return m.begin < b; });
      if (it != mentions_.end() && it->begin == label_begin &&
          it->end >= label_end - 1) {
        actor = it->actor;
        question = x_.actors[actor].kind == ActorKind::kMediaOutlet;
      } else if (absl::ascii_isupper(static_cast<unsigned char>(label[0]))) {
        // "MR MILLER", "Yuri Ushakov", "The Associated Press": a name.
        absl::string_view name = label;
        for (absl::string_view h :
             {"MR ", "MS ", "MRS ", "DR ", "Mr. ", "Ms. ", "Mr ", "Ms "}) {
          if (absl::StartsWith(name, h)) name.remove_prefix(h.size());
        }
        if (k_.registry_resolver) {
          Resolution r = k_.registry_resolver->Resolve(name, x_.document_date);
          if (r.found() && !r.ambiguous) {
            actor = ActorFor(false, r.best().actor);
            question = x_.actors[actor].kind == ActorKind::kMediaOutlet;
          }
        }
        if (actor < 0) {
          const bool outlet_like = absl::StrContains(lower, "press") ||
                                   absl::StrContains(lower, "news") ||
                                   absl::StrContains(lower, "times") ||
                                   absl::StrContains(lower, "agency") ||
                                   absl::StrContains(lower, " tv") ||
                                   absl::StrContains(lower, "radio") ||
                                   absl::StrContains(lower, "daily") ||
                                   lower.size() <= 5;
          actor = -3;  // decided below once we know it is a transcript
          question = outlet_like;
        }
      } else {
        continue;
      }
    }
    label_actor[p] = actor;
    turn_label_end_[p] = label_end;
    turn_question_[p] = question ? 1 : 0;
    ++turns;
  }
  transcript_ = turns >= 2 || x_.info.genre == Genre::kTranscript;
  if (!transcript_) {
    turn_label_end_.assign(paragraphs_.size(), 0);
    return;
  }
  for (size_t p = 0; p < paragraphs_.size(); ++p) {
    if (turn_label_end_[p] == 0) continue;
    int actor = label_actor[p];
    if (actor == -3) {
      const Range para = paragraphs_[p];
      const absl::string_view label =
          Slice(text_, para.begin, turn_label_end_[p]);
      actor = NewActor(
          label,
          turn_question_[p] ? ActorKind::kMediaOutlet : ActorKind::kPerson,
          "turn-label", 0.6f);
      NoteMention(actor, para.begin, turn_label_end_[p]);
    }
    turn_labels_.push_back({static_cast<int>(p), actor});
  }
  if (x_.info.genre == Genre::kUnknown) x_.info.genre = Genre::kTranscript;
}

void Reader::ReadTurn(size_t p, uint32_t label_end, int speaker, bool question,
                      uint32_t turn_end) {
  const Range para = paragraphs_[p];
  uint32_t b = label_end + 1;
  if (question) {
    // Statements reported inside the question, reported by the asker.
    for (size_t q = p; q < paragraphs_.size() && paragraphs_[q].end <= turn_end;
         ++q) {
      const Range r{q == p ? b : paragraphs_[q].begin, paragraphs_[q].end};
      LoadWindow(r.begin, r.end);
      ReadTimes(r);
      std::vector<Quote> quotes = Quotes(text_, r, false);
      MarkQuotes(quotes);
      // Quoted fragments are read with their clause, as in a paragraph.
      std::vector<Quote> whole;
      for (const Quote& q : quotes) {
        if (!IsFragment(q)) whole.push_back(q);
      }
      for (const Range& s : Sentences(text_, r)) {
        ReadReportedSpeech(s, whole, true, speaker);
        ReadEvents(s);
      }
    }
    return;
  }
  if (speaker < 0) return;
  (void)para;
  ExtractedStatement st;
  st.speaker = speaker;
  st.speaker_span = {para.begin, label_end};
  st.speaker_rule = "turn-label";
  st.text_span = {b, turn_end};
  st.quote = QuoteKind::kDirectQuote;
  st.rule = "transcript-turn";
  st.confidence = 0.85f;
  st.channel = x_.info.title.empty() ? "" : "";
  for (int r : question_reports_) {
    st.links.push_back({r, StatementLinkKind::kRespondsTo, Polarity::kNeutral,
                        "answer-responds-to-question-report"});
  }
  question_reports_.clear();
  LoadWindow(b, turn_end);
  ReadTimes({b, turn_end});
  const int index = Emit(std::move(st), {b, turn_end}, -1);
  for (size_t q = p; q < paragraphs_.size() && paragraphs_[q].end <= turn_end;
       ++q) {
    const Range r{q == p ? b : paragraphs_[q].begin, paragraphs_[q].end};
    for (const Range& sentence : Sentences(text_, r)) {
      ReadRelations(sentence, std::max(index, 0));
    }
  }
}

// ---------------------------------------------------------------- run

absl::StatusOr<Extraction> Reader::Run() {
  DIPLOGRAPH_RETURN_IF_ERROR(CheckInput(text_));
  if (text_.empty()) return std::move(x_);
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
  } else if (std::optional<DocumentDate> dd =
                 FindDocumentDate(std::string_view(text_.data(), text_.size()),
                                  x_.info.publication_date);
             dd && dd->date.is_known()) {
    x_.document_date = dd->date;
    x_.document_date_rule = dd->rule;
    x_.times.push_back({{dd->begin, dd->end},
                        dd->date,
                        Date(),
                        "",
                        diplograph::DateBasis::kExplicit,
                        dd->rule,
                        0.9f});
    // A dateline ("Beijing, Nov 8 (Reuters) -") is not part of the body.
    if (std::string_view(dd->rule) == "dateline" ||
        std::string_view(dd->rule) == "date-stamp") {
      x_.body_begin = std::max(x_.body_begin, dd->body_begin);
    }
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
  paragraphs_ =
      Paragraphs(text_, x_.body_begin, static_cast<uint32_t>(text_.size()));
  DetectTranscript();
  mention_cursor_ = 0;
  if (transcript_) {
    // Paragraphs before the first turn are the heading; a paragraph without
    // a label belongs to the turn before it.
    size_t i = 0;
    std::vector<bool> in_turn(paragraphs_.size(), false);
    for (size_t t = 0; t < turn_labels_.size(); ++t) {
      const size_t p = static_cast<size_t>(turn_labels_[t].first);
      size_t end_p = t + 1 < turn_labels_.size()
                         ? static_cast<size_t>(turn_labels_[t + 1].first)
                         : paragraphs_.size();
      for (size_t q = p; q < end_p; ++q) in_turn[q] = true;
      (void)i;
      const uint32_t turn_end = paragraphs_[end_p - 1].end;
      ReadTurn(p, turn_label_end_[p], turn_labels_[t].second,
               turn_question_[p] != 0, turn_end);
    }
    for (size_t p = 0; p < paragraphs_.size(); ++p) {
      if (!in_turn[p]) {
        ReadParagraph(p);
      }
    }
  } else {
    const size_t joint = FindJointStatement();
    for (size_t p = 0; p < std::min(joint, paragraphs_.size()); ++p) {
      ReadParagraph(p);
    }
    if (joint < paragraphs_.size()) ReadJointStatement(joint);
  }
  if (x_.info.genre == Genre::kUnknown) x_.info.genre = Genre::kNewsReport;
  // Keep only actors that something refers to? Every mentioned actor stays:
  // the actor list is what the document names.
  return std::move(x_);
}

}  // namespace
}  // namespace text_internal

// ---------------------------------------------------------------- public

absl::string_view GenreName(Genre genre) {
  switch (genre) {
    case Genre::kUnknown:
      return "unknown";
    case Genre::kNewsReport:
      return "news_report";
    case Genre::kTranscript:
      return "transcript";
    case Genre::kReadout:
      return "readout";
    case Genre::kJointStatement:
      return "joint_statement";
  }
  return "unknown";
}

absl::string_view DateBasisName(DateBasis basis) {
  switch (basis) {
    case DateBasis::kExplicit:
      return "explicit";
    case DateBasis::kRelative:
      return "relative";
    case DateBasis::kDocumentDate:
      return "document_date";
    case DateBasis::kCarried:
      return "carried";
    case DateBasis::kUnresolved:
      return "unresolved";
  }
  return "unresolved";
}

absl::string_view ModalityName(Modality modality) {
  switch (modality) {
    case Modality::kAsserted:
      return "asserted";
    case Modality::kNegated:
      return "negated";
    case Modality::kFuture:
      return "future";
    case Modality::kHypothetical:
      return "hypothetical";
  }
  return "asserted";
}

struct Extractor::Impl {
  text_internal::Knowledge knowledge;
  Graph registry;
};

Extractor::Extractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
Extractor::~Extractor() = default;

absl::StatusOr<Extractor> Extractor::Create(const Graph& known,
                                            const ExtractorOptions& options) {
  auto impl = std::make_unique<Impl>();
  text_internal::Knowledge& k = impl->knowledge;
  k.options = options;
  k.known = text_internal::CopyFacts(known);
  if (known.actor_count() > 0) {
    absl::StatusOr<Resolver> r = Resolver::Create(known);
    if (!r.ok()) return r.status();
    k.known_resolver.emplace(*std::move(r));
  }
  if (options.use_registry) {
    absl::Status s = ImportGazetteer(BuiltinGazetteer(), impl->registry);
    if (!s.ok()) {
      return absl::InternalError(absl::StrCat("registry: ", s.message()));
    }
    for (const Country& c : Countries()) {
      if (c.kind != CountryKind::kState) continue;
      absl::StatusOr<ActorId> id = GetOrAddCountryActor(impl->registry, c);
      if (!id.ok()) {
        return absl::InternalError(absl::StrCat("registry: country ", c.iso3,
                                                ": ", id.status().message()));
      }
    }
    absl::StatusOr<Resolver> r = Resolver::Create(impl->registry);
    if (!r.ok()) return r.status();
    k.registry_resolver.emplace(*std::move(r));
    k.registry = text_internal::CopyFacts(impl->registry);
    k.registry_to_known.assign(k.registry.size(), ActorId());
    for (uint32_t i = 0; i < k.registry.size(); ++i) {
      const text_internal::ActorFacts& f = k.registry[i];
      if (!f.iso3.empty()) {
        absl::StatusOr<ActorId> id = known.FindActorByIso3(f.iso3);
        if (id.ok()) {
          k.registry_to_known[i] = *id;
          continue;
        }
      }
      const std::vector<ActorId> m = known.MatchActors(f.name);
      if (m.size() == 1 && known.actor(m[0]).kind == f.kind) {
        k.registry_to_known[i] = m[0];
      }
    }
  }
  return Extractor(std::move(impl));
}

absl::StatusOr<Extraction> Extractor::Extract(absl::string_view text,
                                              const DocumentInfo& info) const {
  text_internal::Reader reader(impl_->knowledge, text, info);
  return reader.Run();
}

}  // namespace diplograph
