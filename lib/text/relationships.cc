// The relationship clauses of a sentence (lib/text/relations.h) read into
// the Extraction with their ends and the statement that asserts them, and
// joint statements: a heading followed by the parties, whose text is one
// statement of all of them.

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "text/lexicon.h"
#include "text/reader.h"
#include "text/relations.h"
#include "text/relations_items.h"
#include "text/temporal.h"

namespace diplograph {
namespace text_internal {

// The relationships a sentence asserts, with the actors named in it; the
// statement whose words hold the phrase asserts it, else the narrator.
void Reader::ReadRelations(Range sentence, int first_statement,
                           bool held_only) {
  std::vector<ActorSpan> actors;
  auto it = MentionsFrom(sentence.begin);
  for (; it != mentions_.end() && it->end <= sentence.end; ++it) {
    const ActorKind kind = x_.actors[it->actor].kind;
    if (kind == ActorKind::kPlace || kind == ActorKind::kMediaOutlet) continue;
    // "a Major Non-NATO Ally", "anti-American": a name after a negating
    // prefix modifies the word after it and is no end.
    if (it->begin >= 4) {
      const absl::string_view before = Slice(text_, it->begin - 4, it->begin);
      if (absl::EqualsIgnoreCase(before, "non-") ||
          (it->begin >= 5 &&
           absl::EqualsIgnoreCase(Slice(text_, it->begin - 5, it->begin),
                                  "anti-"))) {
        continue;
      }
    }
    // "Finland and Lithuania are NATO allies", "its neighbour and EU
    // partner": an organisation right before "ally", "allies", "partner"
    // or "partners" names the frame the tie is held in, not one of its
    // ends ("the EU partnership with Egypt" keeps it).
    if ((kind == ActorKind::kInternationalOrganization ||
         kind == ActorKind::kOrganization) &&
        it->end + 1 < sentence.end && text_[it->end] == ' ') {
      uint32_t e = it->end + 1;
      while (e < sentence.end && e < it->end + 10 &&
             absl::ascii_isalpha(static_cast<unsigned char>(text_[e]))) {
        ++e;
      }
      const absl::string_view word = LowerSlice(it->end + 1, e);
      const bool frame = word == "ally" || word == "allies" ||
                         word == "partner" || word == "partners";
      if (frame) continue;
    }
    actors.push_back({it->begin, it->end, it->actor});
  }
  // Demonyms as the sides of a hyphenated pair ("Uzbek-American strategic
  // partnership", "Sino-Russian ties"): ends numbered from `pending_base`
  // stand for states the text has not named yet, added only when a
  // relationship takes them.
  const int pending_base = static_cast<int>(x_.actors.size());
  std::vector<std::pair<bool, ActorId>> pending;
  AddDemonymPairSides(sentence, &actors, &pending);
  // A bulleted title ("- Russia-Moldova relations" in a briefing's list of
  // topics, "- X and Y agree to deepen cooperation" among a page's links)
  // names a topic or another page, and asserts nothing: a line under 160
  // bytes opening with a bullet and ending in no mark of a sentence.
  if (sentence.end > sentence.begin + 2 &&
      sentence.end - sentence.begin < 160) {
    const absl::string_view line = Slice(text_, sentence.begin, sentence.end);
    const bool bullet = absl::StartsWith(line, "- ") ||
                        absl::StartsWith(line, "* ") ||
                        absl::StartsWith(line, "\xE2\x80\xA2 ") ||
                        absl::StartsWith(line, "\xE2\x80\x93 ");
    const unsigned char last = static_cast<unsigned char>(line.back());
    if (bullet && (absl::ascii_isalnum(last) || last == ')')) return;
  }
  // A joint document's parties, else a report's pair, else the two states
  // of a statement two persons make together ("Both sides agreed to raise
  // bilateral relations to a strategic partnership" in a readout of their
  // meeting): the last statement in the sentence, with one co-speaker, the
  // two tied to two different states.
  const bool report = parties_.empty() && !report_pair_.empty();
  std::vector<int> speakers_pair;
  int pair_statement = -1;
  if (parties_.empty() && report_pair_.empty()) {
    for (int i = static_cast<int>(x_.statements.size()) - 1;
         i >= first_statement && i >= 0; --i) {
      const ExtractedStatement& st = x_.statements[i];
      if (st.text_span.begin >= sentence.end) continue;
      if (st.text_span.end <= sentence.begin) break;
      if (st.co_speakers.size() != 1) break;
      const int a = SpeakerState(i);
      const int b = StateOfActor(st.co_speakers[0]);
      if (a >= 0 && b >= 0 && a != b) {
        speakers_pair = {a, b};
        pair_statement = i;
      }
      break;
    }
  }
  const std::vector<int>& parties =
      report ? report_pair_ : (parties_.empty() ? speakers_pair : parties_);
  if (actors.size() < 2 && parties.empty() &&
      (actors.empty() || last_speaker_ < 0)) {
    return;
  }
  const std::vector<RelationAssertion> found = FindRelations(
      std::string_view(text_.data(), text_.size()), sentence.begin,
      sentence.end, actors, Lexicon::Default(), parties, report);
  for (const RelationAssertion& found_r : found) {
    if (found_r.ends.size() != 2 || found_r.phrase == nullptr) continue;
    RelationAssertion r = found_r;
    for (int& end : r.ends) {
      if (end >= pending_base) {
        const auto& [known, id] = pending[end - pending_base];
        end = ActorFor(known, id);
      }
    }
    if (std::find(r.ends.begin(), r.ends.end(), -1) != r.ends.end()) continue;
    int holder = -1;  // the statement whose words hold the phrase
    for (int i = static_cast<int>(x_.statements.size()) - 1;
         i >= first_statement && i >= 0; --i) {
      const ExtractedStatement& st = x_.statements[i];
      if (st.text_span.begin <= r.begin && r.end <= st.text_span.end) {
        holder = i;
        break;
      }
    }
    const std::string_view rule = r.rule;
    // The two speakers' states: only in the words of their statement.
    if (pair_statement >= 0 && holder != pair_statement &&
        (rule == "document-parties" || rule == "document-parties-object")) {
      continue;
    }
    // A report's pair: "our partnership" in the words of one of them;
    // "the two countries" where they are the last two states named (not
    // a third state and one of them, spoken of since).
    if (report &&
        (rule == "document-parties" || rule == "document-parties-object")) {
      if (r.speaker_side) {
        // The speaker one of the pair, or tied to no state where the
        // paragraph names no other.
        const int state =
            holder >= 0 ? StateOfActor(x_.statements[holder].speaker) : -1;
        if (holder < 0 ||
            (state >= 0 && std::find(parties.begin(), parties.end(), state) ==
                               parties.end()) ||
            (state < 0 && !PairIsLatest(r.begin, -1))) {
          continue;
        }
      } else {
        int skip = -1;
        for (int end : r.ends) {
          if (std::find(parties.begin(), parties.end(), end) == parties.end()) {
            skip = end;
          }
        }
        if (!PairIsLatest(r.begin, skip)) continue;
      }
    }
    // "Italy is a friend" in a statement: the relationship of a state to
    // the speaker's.
    if (rule == "copula-speaker") {
      const int described = r.ends[0] == kSpeakerEnd ? r.ends[1] : r.ends[0];
      if (holder < 0 || described < 0 ||
          x_.actors[described].kind != ActorKind::kState) {
        continue;
      }
    }
    // The first person: the state of the speaker of the words ("Serbia is
    // our strategic partner"); none in the narrator's words.
    bool resolved = true;
    for (int& end : r.ends) {
      if (end != kSpeakerEnd) continue;
      const int state = SpeakerState(holder);
      if (state < 0) resolved = false;
      end = state;
    }
    if (!resolved) continue;
    if (r.ends_are_states) {
      for (int& end : r.ends) {
        if (const int state = StateOfActor(end); state >= 0) end = state;
      }
    } else {
      // A state and a person or body of another state ("Modi called Egypt
      // a trusted ally", "X and Y are ready to build relations with the
      // United States"): the person speaks for its state.
      for (int i = 0; i < 2; ++i) {
        const int other = r.ends[1 - i];
        if (x_.actors[other].kind != ActorKind::kState ||
            x_.actors[r.ends[i]].kind == ActorKind::kState) {
          continue;
        }
        const int state = StateOfActor(r.ends[i]);
        if (state >= 0 && state != other) r.ends[i] = state;
      }
      // Two persons of two states in a relationship only states have (a
      // partnership, an alliance, diplomatic ties, a strategic one: "the
      // two ministers reaffirmed the strategic partnership") speak for
      // them; other ties of two persons may be their own ("Trump touted
      // his good ties with Putin"), as are those of a person the text ties
      // to no state.
      const absl::string_view key = r.phrase->key;
      const bool between_states = absl::StrContains(key, "partner") ||
                                  absl::StrContains(key, "ally") ||
                                  absl::StrContains(key, "alliance") ||
                                  absl::StrContains(key, "diplomatic") ||
                                  absl::StrContains(key, "strategic") ||
                                  absl::StrContains(key, "neighbour");
      if (between_states && x_.actors[r.ends[0]].kind == ActorKind::kPerson &&
          x_.actors[r.ends[1]].kind == ActorKind::kPerson) {
        const int a = StateOfActor(r.ends[0]), b = StateOfActor(r.ends[1]);
        if (a >= 0 && b >= 0 && a != b) r.ends = {a, b};
      }
    }
    if (r.ends[0] == r.ends[1]) continue;
    // A joint activity of no named field or quality ("agreed to deepen
    // cooperation", "their dialogue", "practical cooperation") is what two
    // sides do, not a relationship the text names; one of a field
    // ("military cooperation", "cooperation on fisheries") or a quality
    // ("close cooperation", "friendly exchanges") is kept.
    if (relations::IsActivity(*r.phrase) &&
        !QualifiedActivity(r.begin, r.end)) {
      continue;
    }
    // Bare ties ("relations", "bilateral ties", "the relationship") are
    // often what a sentence is about ("discussed bilateral relations",
    // "Canada-Mexico relations" as a topic's line), not a relationship it
    // names: they are kept only where the text says something of them
    // (TiesSaidOf) or qualifies them ("long-standing ties", "defence
    // ties").
    if (r.phrase->key == "ties" && !QualifiedPhrase(r.begin, r.end) &&
        !TiesSaidOf(r.begin, r.end, sentence)) {
      continue;
    }
    ExtractedRelationship e;
    e.label = std::string(Slice(text_, r.begin, r.end));
    e.key = r.phrase->key;
    e.canonical_label = r.phrase->label;
    e.from = r.ends[0];
    e.to = r.ends[1];
    e.directed = r.directed;
    e.polarity = r.phrase->polarity;
    e.role = r.role;
    e.modality = r.modality;
    if (e.role == EvidenceRole::kAsserts) {
      if (r.modality == Modality::kNegated) e.role = EvidenceRole::kContests;
      if (r.modality == Modality::kHypothetical) {
        e.role = EvidenceRole::kProposes;
      }
    }
    e.statement = holder;
    // In a question only what a reported statement holds: the asker's
    // own words assert nothing.
    if (held_only && e.statement < 0) continue;
    e.span = {r.begin, r.end};
    e.rule = r.rule;
    e.confidence = e.statement >= 0 ? r.confidence : r.confidence * 0.8f;
    if (e.confidence < k_.options.min_confidence) continue;
    x_.relationships.push_back(std::move(e));
  }
}

// The word before byte `at` (past one space) names a field of joint work
// ("military", "counter-narcotics", "energy", "security" ...) or a quality
// of the tie ("close", "friendly", "long-standing" ...).
bool Reader::FieldBefore(uint32_t at) const {
  static constexpr absl::string_view kFields[] = {
      "military", "defence", "defense", "security", "economic", "trade",
      "energy", "counternarcotics", "narcotics", "counterterrorism",
      "terrorism", "nuclear", "space", "maritime", "naval", "intelligence",
      "technological", "technology", "scientific", "cultural", "educational",
      "health", "agricultural", "financial", "investment", "industrial",
      "climate", "cyber", "enforcement", "police", "border", "customs",
      "humanitarian", "judicial", "parliamentary", "consular", "mil",
      "military-to-military",
      // Qualities that make the activity the sides' tie ("close
      // cooperation between Moscow and Beijing", "China and Israel maintain
      // friendly exchanges").
      "close", "closer", "closest", "friendly", "good", "strong", "stronger",
      "warm", "excellent", "fruitful", "intensive", "robust", "solid",
      "fraternal", "brotherly", "traditional", "standing", "historic",
      "strategic", "longstanding", "tested", "deep", "rooted", "old", "special",
      "privileged", "cordial"};
  if (at < 2 || text_[at - 1] != ' ') return false;
  uint32_t b = at - 1;
  while (b > 0 &&
         (absl::ascii_isalpha(static_cast<unsigned char>(text_[b - 1])) ||
          text_[b - 1] == '-')) {
    --b;
  }
  const absl::string_view word = LowerSlice(b, at - 1);
  // "counter-narcotics": its last part after a hyphen counts too.
  const size_t dash = word.rfind('-');
  for (absl::string_view f : kFields) {
    if (word == f ||
        (dash != absl::string_view::npos && word.substr(dash + 1) == f)) {
      return true;
    }
  }
  return false;
}

int Reader::SpeakerState(int statement) const {
  if (statement < 0) return -1;
  const ExtractedStatement& st = x_.statements[statement];
  const int speaker = st.speaker;
  int state = StateOfActor(speaker);
  // A speaker tied to no state, named by words that name one ("...," the
  // President of Kazakhstan said): that state.
  const ByteSpan named = st.speaker_span;
  if (state < 0) {
    const std::vector<int> states = StatesByWordsIn({named.begin, named.end});
    if (states.size() == 1) state = states[0];
  }
  // A person the text ties to nothing, on a page its first lines say a
  // state's ministry publishes ("Foreign Ministry Spokeswoman X" in a
  // ministry's transcript): the publisher's state. Not where the words
  // naming the speaker name another state ("Kenyan Foreign Minister X:").
  if (state < 0 && speaker >= 0 &&
      x_.actors[speaker].kind == ActorKind::kPerson &&
      x_.actors[speaker].affiliations.empty()) {
    const int publisher = PublisherState();
    bool other = false;
    for (int a : StatesByWordsIn({named.begin, named.end})) {
      other = other || a != publisher;
    }
    if (!other) state = publisher;
  }
  return state;
}

bool Reader::QualifiedPhrase(uint32_t begin, uint32_t end) const {
  if (FieldBefore(begin)) return true;
  // The phrase's own first word ("friendly exchanges").
  const size_t space = Slice(text_, begin, end).find(' ');
  return space != absl::string_view::npos &&
         FieldBefore(begin + static_cast<uint32_t>(space) + 1);
}

bool Reader::TiesSaidOf(uint32_t begin, uint32_t end, Range sentence) const {
  // The clause after the phrase: up to kTiesWindowBytes, a stop, a
  // semicolon or a comma.
  const uint32_t limit =
      std::min<uint32_t>({sentence.end, static_cast<uint32_t>(text_.size()),
                          end + kTiesWindowBytes});
  absl::string_view after = end < limit ? LowerSlice(end, limit) : "";
  after = after.substr(0, std::min(after.size(), after.find_first_of(".;,")));
  // A basis: "... are based on mutual benefit", "... on an equal basis".
  if (absl::StrContains(after, " based on ") ||
      absl::StrContains(after, " basis")) {
    return true;
  }
  std::vector<absl::string_view> words =
      absl::StrSplit(after, ' ', absl::SkipEmpty());
  // "relations of friendship and brotherhood": a quality after "of".
  if (!words.empty() && words[0] == "of") return true;
  // The subject of a predicate: "X-Y relations were at their best",
  // "relations have never been better", "ties remain strong".
  for (size_t i = 0; i < words.size() && i < 6; ++i) {
    if (IsOneOf(words[i], {"is", "are", "was", "were", "has", "have", "had",
                           "remain", "remains", "remained", "stand", "stands",
                           "stood", "continue", "continues", "continued"})) {
      return true;
    }
  }
  // The object of a verb that judges it, three words before at most:
  // "regards its relationship with Y as vital", "values its ties",
  // "praised X-Y ties".
  const uint32_t from = begin > sentence.begin + kJudgingWindowBytes
                            ? begin - kJudgingWindowBytes
                            : sentence.begin;
  const std::vector<absl::string_view> before =
      absl::StrSplit(LowerSlice(from, begin), ' ', absl::SkipEmpty());
  for (size_t i = before.size(), m = 0; i > 0 && m < 3; --i, ++m) {
    if (IsOneOf(before[i - 1],
                {"regards",    "regard", "regarded", "considers", "consider",
                 "considered", "views",  "view",     "viewed",    "sees",
                 "see",        "values", "value",    "valued",    "describes",
                 "described",  "calls",  "called",   "praised",   "praises",
                 "praise",     "hailed", "hails",    "hail"})) {
      return true;
    }
  }
  return false;
}

bool Reader::QualifiedActivity(uint32_t begin, uint32_t end) const {
  if (QualifiedPhrase(begin, end)) return true;
  // A field after it ("cooperation on fisheries", "dialogue in energy").
  const absl::string_view after =
      Slice(text_, end,
            std::min<uint32_t>(end + 4, static_cast<uint32_t>(text_.size())));
  return after == " on " || after == " in ";
}

namespace {

// The bytes of a hyphen, a non-breaking hyphen or an en dash at `at`,
// joining two words with no space; 0 when there is none.
size_t PairJoinerAt(absl::string_view text, size_t at) {
  if (at < text.size() && text[at] == '-') return 1;
  for (absl::string_view j : {"\xE2\x80\x90", "\xE2\x80\x91", "\xE2\x80\x93"}) {
    if (text.substr(at, j.size()) == j) return j.size();
  }
  return 0;
}

// The byte before `at` ends a joiner: its first byte, else npos.
size_t PairJoinerBefore(absl::string_view text, size_t at) {
  if (at >= 1 && text[at - 1] == '-') return at - 1;
  if (at >= 3 && PairJoinerAt(text, at - 3) == 3) return at - 3;
  return absl::string_view::npos;
}

}  // namespace

void Reader::AddDemonymPairSides(
    Range sentence, std::vector<ActorSpan>* actors,
    std::vector<std::pair<bool, ActorId>>* pending) {
  const absl::string_view text(text_.data(), text_.size());
  auto d = std::lower_bound(
      demonyms_.begin(), demonyms_.end(), sentence.begin,
      [](const Demonym& m, uint32_t b) { return m.begin < b; });
  // Whether a state is named at `at` by a mention or a demonym (the other
  // side of the pair), or ends at `at`.
  auto state_mention = [&](uint32_t at, bool ending) {
    auto it = MentionsFrom(ending ? (at > 64 ? at - 64 : 0) : at);
    for (; it != mentions_.end() && it->begin <= at; ++it) {
      if ((ending ? it->end : it->begin) == at &&
          x_.actors[it->actor].kind == ActorKind::kState) {
        return true;
      }
    }
    return false;
  };
  auto demonym_at = [&](uint32_t at, bool ending) {
    auto e = std::lower_bound(
        demonyms_.begin(), demonyms_.end(),
        ending ? (at > 64 ? at - 64 : 0) : at,
        [](const Demonym& m, uint32_t b) { return m.begin < b; });
    for (; e != demonyms_.end() && e->begin <= at; ++e) {
      if ((ending ? e->end : e->begin) == at) return true;
    }
    return false;
  };
  std::vector<ActorSpan> sides;
  auto side = [&](uint32_t b, uint32_t e, bool known, ActorId id) {
    const std::vector<ActorFacts>& table = known ? k_.known : k_.registry;
    if (id.value >= table.size() || table[id.value].kind != ActorKind::kState) {
      return;
    }
    int actor = ExistingActor(known, id);
    if (actor < 0) {
      size_t i = 0;
      while (i < pending->size() &&
             ((*pending)[i].first != known || (*pending)[i].second != id)) {
        ++i;
      }
      if (i == pending->size()) pending->push_back({known, id});
      actor = static_cast<int>(x_.actors.size() + i);
    }
    sides.push_back({b, e, actor});
  };
  int n = 0;
  for (; d != demonyms_.end() && d->end <= sentence.end && n < 64; ++d, ++n) {
    const size_t after = PairJoinerAt(text, d->end);
    const size_t before = PairJoinerBefore(text, d->begin);
    if ((after > 0 && (demonym_at(d->end + after, false) ||
                       state_mention(d->end + after, false))) ||
        (before != absl::string_view::npos &&
         (demonym_at(before, true) || state_mention(before, true)))) {
      side(d->begin, d->end, d->known, d->id);
    }
  }
  // The state a capitalised word of the text names by itself (its name, an
  // alias or a demonym), else none (at most 40 bytes).
  auto state_named = [&](uint32_t b, uint32_t e, ActorId* id) {
    if (e - b > 40) return false;
    const std::optional<ActorId> found =
        RegistryIdNamed(b, e, /*demonym=*/true, /*bodies=*/false);
    if (found) *id = *found;
    return found.has_value();
  };
  auto name_byte = [&](uint32_t i) {
    const unsigned char c = static_cast<unsigned char>(text_[i]);
    return absl::ascii_isalpha(c) || c == '.';
  };
  auto side_at = [&](uint32_t at, bool ending) {
    for (const std::vector<ActorSpan>* list : {actors, &sides}) {
      for (const ActorSpan& a : *list) {
        if ((ending ? a.end : a.begin) == at) return true;
      }
    }
    return false;
  };
  // A state the mention finder left out beside a side: a name followed or
  // preceded by another capitalised word is read as part of a longer name
  // ("Mexico" of "the Canada-Mexico Partnership", "ROK" of "the U.S.-ROK
  // Alliance"), so the word across the joiner is looked up here.
  std::vector<ActorSpan> anchors;
  for (const ActorSpan& a : *actors) {
    if (a.actor >= 0 && a.actor < static_cast<int>(x_.actors.size()) &&
        x_.actors[a.actor].kind == ActorKind::kState) {
      anchors.push_back(a);
    }
  }
  anchors.insert(anchors.end(), sides.begin(), sides.end());
  for (size_t i = 0; i < anchors.size() && i < 64; ++i) {
    const ActorSpan a = anchors[i];
    ActorId id;
    if (const size_t j = PairJoinerAt(text, a.end);
        j > 0 && !side_at(a.end + static_cast<uint32_t>(j), false)) {
      // The longest run of up to three capitalised words after the joiner
      // that the registry knows: a state's name ("South Sudan") is the
      // side; a longer name of anything else ("Mexico City") is none.
      const uint32_t b = a.end + static_cast<uint32_t>(j);
      uint32_t ends[3];
      int words = 0;
      for (uint32_t e = b;
           words < 3 && e < sentence.end &&
           absl::ascii_isupper(static_cast<unsigned char>(text_[e]));) {
        while (e < sentence.end && name_byte(e)) ++e;
        uint32_t w = e;
        // A full stop after the word, not an initialism's ("U.S.").
        if (w > b && text_[w - 1] == '.' &&
            std::count(text_.begin() + (words == 0 ? b : ends[words - 1] + 1),
                       text_.begin() + w, '.') == 1) {
          --w;
        }
        ends[words++] = w;
        if (w != e || e + 1 >= sentence.end || text_[e] != ' ') break;
        ++e;
      }
      // A longer name the text reads there ("Mexico City", a capital).
      if (auto m = MentionsFrom(b); words > 0 && m != mentions_.end() &&
                                    m->begin == b && m->end > ends[0]) {
        words = 0;
      }
      for (int k = words - 1; k >= 0; --k) {
        if (state_named(b, ends[k], &id)) {
          side(b, ends[k], false, id);
          break;
        }
        if (k > 0 && ResolveOnDocumentDate(Slice(text_, b, ends[k])).found()) {
          break;
        }
      }
    }
    if (const size_t j = PairJoinerBefore(text, a.begin);
        j != absl::string_view::npos && j > sentence.begin &&
        !side_at(static_cast<uint32_t>(j), true)) {
      const uint32_t e = static_cast<uint32_t>(j);
      uint32_t b = e;
      while (b > sentence.begin && name_byte(b - 1)) --b;
      if (state_named(b, e, &id)) side(b, e, false, id);
    }
  }
  // "Sino-" and a state's name or demonym: the mention finder reads no
  // name after a joiner whose first word names nothing ("anti-American"),
  // so both sides are looked up here.
  const absl::string_view words = Slice(text_, sentence.begin, sentence.end);
  for (size_t at = words.find("Sino");
       at != absl::string_view::npos && k_.registry_resolver && n < 64;
       at = words.find("Sino", at + 4), ++n) {
    const uint32_t b = sentence.begin + static_cast<uint32_t>(at);
    if (at > 0 &&
        absl::ascii_isalnum(static_cast<unsigned char>(words[at - 1]))) {
      continue;
    }
    const size_t joiner = PairJoinerAt(text, b + 4);
    if (joiner == 0) continue;
    const uint32_t wb = b + 4 + static_cast<uint32_t>(joiner);
    uint32_t we = wb;
    while (we < sentence.end &&
           absl::ascii_isalpha(static_cast<unsigned char>(text_[we]))) {
      ++we;
    }
    ActorId other;
    if (side_at(wb, false) || !state_named(wb, we, &other)) continue;
    const Resolution& china = ResolveOnDocumentDate("China");
    if (!china.found() || china.ambiguous || china.best().actor == other) {
      continue;
    }
    side(b, b + 4, false, china.best().actor);
    side(wb, we, false, other);
  }
  if (sides.empty()) return;
  // Text order, as FindRelations reads them.
  actors->insert(actors->end(), sides.begin(), sides.end());
  std::sort(
      actors->begin(), actors->end(),
      [](const ActorSpan& a, const ActorSpan& b) { return a.begin < b.begin; });
}

int Reader::StateOfActor(int actor) const {
  if (actor < 0 || actor >= static_cast<int>(x_.actors.size())) return -1;
  const ExtractedActor& a = x_.actors[actor];
  if (a.kind == ActorKind::kState) return actor;
  // The text's affiliations, then those of the body affiliated to ("the
  // spokesperson of the Foreign Ministry of X").
  for (const ExtractedAffiliation& af : a.affiliations) {
    if (af.organization < 0) continue;
    const ExtractedActor& o = x_.actors[af.organization];
    if (o.kind == ActorKind::kState) return af.organization;
    for (const ExtractedAffiliation& af2 : o.affiliations) {
      if (af2.organization >= 0 &&
          x_.actors[af2.organization].kind == ActorKind::kState) {
        return af2.organization;
      }
    }
  }
  // The registry's memberships (and theirs): the one state of the document
  // it belongs to; else those of the bodies it is affiliated to ("deputy
  // spokesperson of the Department of State").
  if (const int state = RegistryStateOf(actor); state != -1) {
    return state < 0 ? -1 : state;
  }
  for (const ExtractedAffiliation& af : a.affiliations) {
    if (af.organization < 0) continue;
    if (const int state = RegistryStateOf(af.organization); state >= 0) {
      return state;
    }
  }
  return -1;
}

int Reader::RegistryStateOf(int actor) const {
  const ActorFacts* m = Facts(actor);
  if (m == nullptr) return -1;
  for (; facts_indexed_ < facts_.size(); ++facts_indexed_) {
    if (facts_[facts_indexed_] != nullptr) {
      actor_of_facts_.emplace(facts_[facts_indexed_],
                              static_cast<int>(facts_indexed_));
    }
  }
  const std::vector<ActorFacts>* table = nullptr;
  for (const auto* t : {&k_.known, &k_.registry}) {
    if (!t->empty() && m >= t->data() && m < t->data() + t->size()) table = t;
  }
  if (table == nullptr) return -1;
  int found = -1;
  bool several = false;
  auto consider = [&](uint32_t org) {
    if (org >= table->size()) return;
    const auto at = actor_of_facts_.find(&(*table)[org]);
    if (at == actor_of_facts_.end() ||
        x_.actors[at->second].kind != ActorKind::kState) {
      return;
    }
    if (found >= 0 && found != at->second) several = true;
    found = at->second;
  };
  for (uint32_t org : m->member_of) {
    consider(org);
    if (org < table->size()) {
      for (uint32_t org2 : (*table)[org].member_of) consider(org2);
    }
  }
  return several ? -2 : found;
}

int Reader::PublisherState() const {
  if (publisher_state_ != -2) return publisher_state_;
  publisher_state_ = -1;
  for (size_t p = 0; p < paragraphs_.size() && p < 8; ++p) {
    const Range para = paragraphs_[p];
    if (para.end - para.begin > 120) continue;
    const absl::string_view lower = LowerSlice(para.begin, para.end);
    if (absl::EndsWith(lower, ".")) break;
    bool body = false;
    for (absl::string_view b :
         {"ministry of ", "the ministry of ", "ministry for ",
          "the ministry for ", "federal ministry ", "government of ",
          "the government of ", "department of state", "u.s. department of ",
          "the white house", "white house", "office of the president",
          "presidency of "}) {
      body = body || absl::StartsWith(lower, b);
    }
    // A state's formal name alone ("Republic of Fiji" under "Office of the
    // President"), or its demonym and "Government" ("Fijian Government").
    if (!body && lower.size() <= 60 && absl::c_count(lower, ' ') <= 6) {
      for (absl::string_view b :
           {"republic of ", "kingdom of ", "sultanate of ", "principality of ",
            "grand duchy of ", "state of "}) {
        body = body || absl::StartsWith(lower, b);
      }
      body = body || (absl::c_count(lower, ' ') == 1 &&
                      absl::EndsWith(lower, " government"));
    }
    if (!body) continue;
    // "Ministry of External Affairs" over "Government of India": the first
    // banner line that names a state.
    auto it = MentionsFrom(para.begin);
    for (int n = 0; it != mentions_.end() && it->end <= para.end && n < 8;
         ++it, ++n) {
      const int state = StateOfActor(it->actor);
      if (state >= 0) {
        publisher_state_ = state;
        break;
      }
    }
    // "Ministry of Foreign Affairs Republic of Poland": a state's name the
    // mention finder leaves out beside other capitalised words.
    if (publisher_state_ < 0) {
      const std::vector<int> states = StatesByWordsIn(para);
      if (states.size() == 1) publisher_state_ = states[0];
    }
    if (publisher_state_ >= 0) break;
  }
  return publisher_state_;
}

std::vector<int> Reader::ReportPair() const {
  auto is_state = [&](const DocMention& m) {
    return x_.actors[m.actor].kind == ActorKind::kState;
  };
  // Only "and", a comma or "the" between two mentions: "X and Y", "X, Y",
  // "X and the Y".
  auto joined = [&](const DocMention& a, const DocMention& b) {
    if (b.begin < a.end || b.begin - a.end > 9) return false;
    const absl::string_view gap =
        absl::StripAsciiWhitespace(LowerSlice(a.end, b.begin));
    return gap == "and" || gap == "," || gap == "and the" || gap == ", the" ||
           gap == ", and";
  };
  for (size_t p = 0; p < paragraphs_.size() && p < 16; ++p) {
    const Range para = paragraphs_[p];
    const uint32_t stop = std::min<uint32_t>(para.end, para.begin + 400);
    auto it = MentionsFrom(para.begin);
    for (; it != mentions_.end() && it + 1 != mentions_.end() &&
           (it + 1)->end <= stop;
         ++it) {
      const DocMention& a = *it;
      const DocMention& b = *(it + 1);
      if (!is_state(a) || !is_state(b) || a.actor == b.actor || !joined(a, b)) {
        continue;
      }
      // "Japan, South Korea and the United States": three or more are no
      // pair.
      if (it != mentions_.begin() && (it - 1)->begin >= para.begin &&
          is_state(*(it - 1)) && joined(*(it - 1), a)) {
        continue;
      }
      if (it + 2 != mentions_.end() && is_state(*(it + 2)) &&
          joined(b, *(it + 2))) {
        continue;
      }
      return {a.actor, b.actor};
    }
    // The lede, the first paragraph of sentences, ends the search.
    const absl::string_view lower = LowerSlice(para.begin, para.end);
    int words = 0;
    for (char c : lower) words += c == ' ';
    if (!lower.empty() && lower.back() == '.' && words >= 8) break;
  }
  return {};
}

bool Reader::PairIsLatest(uint32_t at, int skip) const {
  if (report_pair_.size() != 2) return false;
  const uint32_t floor = current_para_ < paragraphs_.size() &&
                                 paragraphs_[current_para_].begin <= at
                             ? paragraphs_[current_para_].begin
                             : at;
  auto m = MentionsFrom(at);
  for (int n = 0; m != mentions_.begin() && n < 64; ++n) {
    --m;
    if (m->begin < floor) break;
    const int a = m->actor;
    if (x_.actors[a].kind != ActorKind::kState || a == skip) continue;
    if (a != report_pair_[0] && a != report_pair_[1]) return false;
  }
  return true;
}

// The states and organisations a paragraph names, in order, once each.
std::vector<int> Reader::PartiesIn(Range para) const {
  std::vector<int> out;
  auto it = MentionsFrom(para.begin);
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
    if (!IsJointHeading(p)) continue;
    // The statement opens with a sentence or a clause (the parties and a
    // comma); under a link's title ("Joint Statement on ..." in a list of
    // related links) comes another title, which ends in no mark.
    const Range first = paragraphs_[JointFirstParagraph(p)];
    const char last = text_[first.end - 1];
    if (first.end - first.begin < 200 && last != '.' && last != ',' &&
        last != ':' && last != ';' &&
        !absl::EndsWith(Slice(text_, first.begin, first.end), "\xE2\x80\x9D")) {
      continue;
    }
    // Two parties or more, or one group of states that speaks as one ("G7
    // Leaders' Statement": "We, the Leaders of the G7, ...").
    const std::vector<int> parties = JointParties(p);
    const bool group =
        parties.size() == 1 &&
        (x_.actors[parties[0]].kind == ActorKind::kOrganization ||
         x_.actors[parties[0]].kind == ActorKind::kInternationalOrganization);
    // A page that says it prints the text ("The following is the text of
    // the declaration ...:") may go on to speak of it.
    if ((parties.size() >= 2 || group) &&
        (IsJointTextIntro(p) || !RetellsText(p + 1))) {
      found = p;
    }
  }
  return found;
}

namespace {

// The names a joint document's heading gives it, lower case: "joint
// statement", "joint press statement", "joint vision statement", "joint
// leaders' statement", "leaders' statement", "trilateral statement", ...
// The length of the name `lower` starts with, else 0.
size_t JointDocumentName(absl::string_view lower) {
  static constexpr absl::string_view kNames[] = {
      "joint statement",
      "joint declaration",
      "joint communiqu",
      "joint press statement",
      "joint press communiqu",
      "joint press release",
      "joint vision statement",
      "joint leaders' statement",
      "joint leaders\xE2\x80\x99 statement",
      "leaders' statement",
      "leaders\xE2\x80\x99 statement",
      "leaders' joint statement",
      "leaders\xE2\x80\x99 joint statement",
      "leaders' declaration",
      "leaders\xE2\x80\x99 declaration",
      "trilateral statement",
      "trilateral joint statement",
      "trilateral leaders' statement",
      "trilateral leaders\xE2\x80\x99 statement",
      "trilateral declaration",
      "joint ministerial statement",
      "joint ministerial communiqu",
      "statement by the leaders of",
      "statement of the leaders of",
      "statement from the leaders of",
      "statement by the foreign ministers of",
      "statement of the foreign ministers of"};
  // Every name opens with one of these letters: most words are none.
  if (lower.empty() || (lower[0] != 'j' && lower[0] != 'l' && lower[0] != 't' &&
                        lower[0] != 's')) {
    return 0;
  }
  for (absl::string_view name : kNames) {
    if (absl::StartsWith(lower, name)) return name.size();
  }
  return 0;
}

// Words a joint document's heading may put before its name: "Full Text of
// the Joint Statement", "Final Joint Communique", "The Quad Leaders' Joint
// Statement". (A hyphenated pair of names, "India-Australia", and a state
// or organisation the registry knows are allowed too; a verb is not:
// "Leaders Sign Joint Statement" is a news headline.)
bool IsJointHeadingWord(absl::string_view lower) {
  static constexpr absl::string_view kWords[] = {
      "full",  "text",      "of",         "the",
      "final", "official",  "a",          "new",
      "quad",  "bilateral", "trilateral", "quadrilateral",
      "and",   "summit",    "leaders'",   "leaders\xE2\x80\x99"};
  return IsOneOf(lower, kWords);
}

}  // namespace

// Whether paragraph `p` is the heading of a joint document: a line of at
// most 200 bytes, not a sentence, whose name (JointDocumentName) opens it
// or follows at most six heading words (IsJointHeadingWord, a hyphenated
// pair of names, a known state's or organisation's mention, a year or an
// ordinal, a dash; a word may end in a colon).
bool Reader::IsJointHeading(size_t p) const {
  const Range para = paragraphs_[p];
  if (para.end - para.begin > 200) return false;
  const absl::string_view lower = LowerSlice(para.begin, para.end);
  if (JointDocumentName(lower) > 0 || IsJointTextIntro(p)) return true;
  if (absl::EndsWith(lower, ".")) return false;
  auto m = MentionsFrom(para.begin);
  size_t at = 0;
  for (int words = 0; words < 6; ++words) {
    const size_t space = lower.find(' ', at);
    if (space == absl::string_view::npos) return false;
    absl::string_view word = lower.substr(at, space - at);
    // "Summit 2026 – Joint Statement", "21st EU-Japan Summit: Joint
    // Statement": a year, an ordinal, a dash or a colon between the
    // meeting's name and the document's.
    if (word.size() > 1 && (word.back() == ':' || word.back() == ',')) {
      word.remove_suffix(1);
    }
    const bool number =
        !word.empty() &&
        absl::ascii_isdigit(static_cast<unsigned char>(word[0])) &&
        (std::all_of(word.begin(), word.end(),
                     [](char c) {
                       return absl::ascii_isdigit(
                           static_cast<unsigned char>(c));
                     }) ||
         absl::EndsWith(word, "st") || absl::EndsWith(word, "nd") ||
         absl::EndsWith(word, "rd") || absl::EndsWith(word, "th"));
    const bool dash =
        word == "-" || word == "\xE2\x80\x93" || word == "\xE2\x80\x94";
    const uint32_t begin = para.begin + static_cast<uint32_t>(at);
    const uint32_t end = para.begin + static_cast<uint32_t>(space);
    while (m != mentions_.end() && m->end <= begin) ++m;
    const bool named = m != mentions_.end() && m->begin <= begin &&
                       m->end >= end &&
                       x_.actors[m->actor].kind != ActorKind::kPerson;
    const size_t hyphen = word.find('-');
    const bool pair = hyphen != absl::string_view::npos && hyphen > 0 &&
                      hyphen + 1 < word.size() &&
                      absl::ascii_isupper(static_cast<unsigned char>(
                          text_[para.begin + at + hyphen + 1]));
    if (!named && !pair && !number && !dash && !IsJointHeadingWord(word)) {
      return false;
    }
    at = space + 1;
    if (JointDocumentName(lower.substr(at)) > 0) return true;
  }
  return false;
}

// Whether paragraph `p` introduces the text of a document that a report
// prints after it: a line of at most 200 bytes ending in a colon, with "text
// of the" (or "their", "its") and, within the next four words, a joint
// document's noun ("Here is the full text of their joint statement:", "The
// following is the text of the declaration as released by X:", "Below is
// the full text of the joint statement:", "Read the text of the final
// communique:"). A sentence of at most 300 bytes that says where the text
// is ("The Ministry releases below the text of the Joint Statement adopted
// on ...", "... publishes the following text of the joint declaration.")
// introduces it too.
bool Reader::IsJointTextIntro(size_t p) const {
  const Range para = paragraphs_[p];
  const uint32_t size = para.end - para.begin;
  if (size > 300) return false;
  const absl::string_view lower = LowerSlice(para.begin, para.end);
  if (text_[para.end - 1] == ':'
          ? size > 200
          : !(absl::StrContains(lower, " below ") ||
              absl::StrContains(lower, "the following ") ||
              absl::StrContains(lower, " hereunder "))) {
    return false;
  }
  // "text of the", "text of their joint statement" (the two leaders'),
  // "text of its".
  size_t at = absl::string_view::npos, skip = 0;
  for (absl::string_view det :
       {"text of the ", "text of their ", "text of its "}) {
    at = lower.find(det);
    if (at != absl::string_view::npos) {
      skip = det.size();
      break;
    }
  }
  if (at == absl::string_view::npos) return false;
  absl::string_view rest = lower.substr(at + skip);
  // "... signed a Joint Statement. Below is the full text of the
  // document.": the document the paragraph named before.
  if (absl::StartsWith(rest, "document") &&
      (absl::StrContains(lower.substr(0, at), "statement") ||
       absl::StrContains(lower.substr(0, at), "declaration") ||
       absl::StrContains(lower.substr(0, at), "communiqu"))) {
    return true;
  }
  for (int words = 0; words < 4 && !rest.empty(); ++words) {
    for (absl::string_view noun :
         {"declaration", "statement", "communiqu", "communique"}) {
      if (absl::StartsWith(rest, noun)) return true;
    }
    const size_t space = rest.find(' ');
    if (space == absl::string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  return false;
}

// Whether the paragraphs from `first` on retell a joint statement rather
// than print it: a report under a heading "Joint Communique ..." says "X
// and Y issued a joint communique", "the communique said", "according to
// the joint statement", which the document itself never says of itself.
// Looks at the next 30 paragraphs at most.
bool Reader::RetellsText(size_t first) const {
  static constexpr absl::string_view kNouns[] = {
      "communiqu", "joint statement", "joint declaration", "the statement",
      "the declaration"};
  static constexpr absl::string_view kAfter[] = {
      " said",  " says",  " added", " stated",   " pointed out",
      " noted", " reads", " read",  " stressed", " underlined"};
  for (size_t q = first; q < paragraphs_.size() && q < first + 30; ++q) {
    const absl::string_view lower =
        LowerSlice(paragraphs_[q].begin, paragraphs_[q].end);
    if (absl::StrContains(lower, "issued a joint") ||
        absl::StrContains(lower, "according to the joint") ||
        absl::StrContains(lower, "according to a joint")) {
      return true;
    }
    for (absl::string_view noun : kNouns) {
      for (size_t at = lower.find(noun); at != absl::string_view::npos;
           at = lower.find(noun, at + noun.size())) {
        absl::string_view rest = lower.substr(at + noun.size());
        // "communiqué", "communique": the end of the word.
        while (!rest.empty() && rest.front() != ' ' && rest.front() != ',') {
          rest.remove_prefix(1);
        }
        for (absl::string_view verb : kAfter) {
          if (absl::StartsWith(rest, verb)) return true;
        }
      }
    }
  }
  return false;
}

// The first paragraph of the joint statement under `heading`: the next
// one that is not a line of place and date ("Stockholm, 14 April 2026"), a
// date alone or a short line that is no sentence and no page link (a
// subtitle: "Ministry of Foreign Affairs"), at most three such lines
// skipped.
size_t Reader::JointFirstParagraph(size_t heading) const {
  // A line of a title block: no mark of a sentence, clause or quotation at
  // its end, and at most `bytes` long.
  auto title_line = [&](size_t p, uint32_t bytes) {
    const Range para = paragraphs_[p];
    const char last = text_[para.end - 1];
    return para.end - para.begin <= bytes && last != '.' && last != ',' &&
           last != ':' && last != ';' && last != '"' && last != '?' &&
           last != '!';
  };
  size_t q = heading + 1;
  for (int skipped = 0; skipped < 6 && q + 1 < paragraphs_.size(); ++skipped) {
    const Range para = paragraphs_[q];
    // A title's next line in capitals may be long ("JOINT STATEMENT" over
    // "OF THE REPUBLIC OF X AND THE REPUBLIC OF Y ON ...").
    bool capitals = false;
    if (para.end - para.begin <= 200) {
      capitals = true;
      for (uint32_t o = para.begin; capitals && o < para.end; ++o) {
        capitals = !absl::ascii_islower(static_cast<unsigned char>(text_[o]));
      }
    }
    const bool subtitle =
        repeated_[q] == 0 && title_line(q, capitals ? 200 : 60);
    // "* * * * *", "***", "---": a separator under a title block.
    bool separator = para.end - para.begin <= 20;
    for (uint32_t o = para.begin; separator && o < para.end; ++o) {
      separator = text_[o] == '*' || text_[o] == '-' || text_[o] == '_' ||
                  text_[o] == ' ' || text_[o] == '=';
    }
    if (!subtitle && !separator && !IsClosingPlaceAndDate(q) &&
        !IsDateLine(q)) {
      break;
    }
    ++q;
  }
  // "... met in Windhoek for the first summit. The Leaders issued the
  // following statement:": the report's introduction, not the text (which
  // may open with its own preamble, "... and agreed as follows:").
  if (q + 1 < paragraphs_.size()) {
    const Range para = paragraphs_[q];
    const absl::string_view lower = LowerSlice(para.begin, para.end);
    if (absl::EndsWith(lower, ":") &&
        (absl::StrContains(lower, "the following statement") ||
         absl::StrContains(lower, "the following joint statement") ||
         absl::StrContains(lower, "the following communiqu") ||
         absl::StrContains(lower, "the following declaration") ||
         absl::StrContains(lower, "the following joint declaration"))) {
      ++q;
    } else if (IsJointTextIntro(q)) {
      // "... signed a Joint Statement. Below is the full text of the
      // document.": the page's introduction, then the document's own title
      // block ("JOINT STATEMENT" over "between X and Y on ..."): lines of
      // at most 160 bytes that end in no mark of a sentence (four at most).
      ++q;
      for (int n = 0; n < 4 && q + 1 < paragraphs_.size() && title_line(q, 160);
           ++n) {
        ++q;
      }
    }
  }
  return q;
}

// The parties of the joint statement under `heading`. Those the heading
// names before what the document is about ("Joint Statement between X and
// Y on Z": X and Y), when two or more; else the states its first paragraph
// names (an organisation too only when fewer than two states are named:
// "The Hellenic Republic and the Portuguese Republic ... share a commitment
// to a stronger European Union" is of the two states), with those of the
// whole heading when fewer than two; else, with the persons that paragraph
// names whose state is not yet a party ("At the invitation of President X,
// President Y paid a state visit to Z": Z and Y).
std::vector<int> Reader::JointParties(size_t heading) const {
  const Range head = paragraphs_[heading];
  const absl::string_view lower = LowerSlice(head.begin, head.end);
  uint32_t cut = head.end;
  for (absl::string_view topic :
       {" on ", " following ", " regarding ", " concerning ", " at the ",
        " after ", " for ", " to ", " in ", ":"}) {
    const size_t at = lower.find(topic);
    if (at != absl::string_view::npos) {
      cut = std::min(cut, head.begin + static_cast<uint32_t>(at));
    }
  }
  // A line introducing the text names who released it, not its parties.
  if (IsJointTextIntro(heading)) cut = head.begin;
  std::vector<int> parties = PartiesIn({head.begin, cut});
  if (parties.size() >= 2) return parties;
  // "Joint Statement - First EU-Namibia Summit": a pair of names joined by
  // a hyphen or a dash in the heading.
  if (!IsJointTextIntro(heading)) {
    parties = PairByHyphenIn(head);
    if (parties.size() == 2) return parties;
  }
  const Range first = paragraphs_[JointFirstParagraph(heading)];
  parties = PartiesIn(first);
  // "G7 Leaders' Statement on Ukraine": what the heading says the document
  // is about speaks in it only where the heading names a visit, meeting or
  // talks of the parties ("Joint Statement on the Visit of X to Y").
  std::vector<int> about;
  if (cut < head.end && !IsJointTextIntro(heading)) {
    const absl::string_view topic = LowerSlice(cut, head.end);
    bool meeting = false;
    for (absl::string_view w : {"visit", "meeting", "talks", "summit",
                                "consultations", "dialogue", "commission"}) {
      meeting = meeting || absl::StrContains(topic, w);
    }
    if (!meeting) about = PartiesIn({cut, head.end});
  }
  auto is_about = [&](int a) {
    return std::find(about.begin(), about.end(), a) != about.end();
  };
  parties.erase(std::remove_if(parties.begin(), parties.end(), is_about),
                parties.end());
  int states = 0;
  for (int a : parties) states += x_.actors[a].kind == ActorKind::kState;
  if (states >= 2) {
    parties.erase(
        std::remove_if(
            parties.begin(), parties.end(),
            [&](int a) { return x_.actors[a].kind != ActorKind::kState; }),
        parties.end());
    return parties;
  }
  for (int a : PartiesIn(head)) {
    if (std::find(parties.begin(), parties.end(), a) == parties.end() &&
        !is_about(a)) {
      parties.push_back(a);
    }
  }
  // "Norway-Iceland Joint Statement", "The Norwegian and Icelandic Prime
  // Ministers met ...": states the mention finder leaves out.
  if (parties.size() < 2) {
    for (const Range r : {head, first}) {
      for (int a : StatesByWordsIn(r)) {
        if (std::find(parties.begin(), parties.end(), a) == parties.end() &&
            !is_about(a)) {
          parties.push_back(a);
        }
      }
    }
  }
  if (parties.size() >= 2 || parties.empty()) return parties;
  // "At the invitation of X, Y paid a state visit to Z": of the persons
  // before the visit's verb only the last (the guest) comes from another
  // state; the others are the host's side.
  const absl::string_view text = LowerSlice(first.begin, first.end);
  uint32_t guest_before = first.begin;
  if (absl::StrContains(text.substr(0, 30), "invitation of")) {
    for (absl::string_view verb : {" paid ", " pays ", " is paying ", " made ",
                                   " undertook ", " visited ", " arrived "}) {
      const size_t at = text.find(verb);
      if (at != absl::string_view::npos) {
        guest_before = first.begin + static_cast<uint32_t>(at);
        break;
      }
    }
  }
  int guest = -1;
  auto it = MentionsFrom(first.begin);
  for (auto g = it; g != mentions_.end() && g->end <= guest_before; ++g) {
    if (x_.actors[g->actor].kind == ActorKind::kPerson) guest = g->actor;
  }
  for (int n = 0; it != mentions_.end() && it->end <= first.end && n < 64;
       ++it, ++n) {
    const int a = it->actor;
    if (x_.actors[a].kind != ActorKind::kPerson ||
        std::find(parties.begin(), parties.end(), a) != parties.end() ||
        (it->end <= guest_before && a != guest)) {
      continue;
    }
    bool represented = false;
    for (int party : parties) {
      represented = represented || AffiliatedTo(a, party);
    }
    if (!represented) parties.push_back(a);
  }
  return parties;
}

// The states that the capitalised words of `r` name by themselves or as a
// demonym, in order, once each: the parts of a hyphenated pair ("Norway" and
// "Iceland" of "Norway-Iceland") and demonyms ("Norwegian"), which are no
// mentions. At most 40 words; each asked of the registry once per document.
std::optional<ActorId> Reader::RegistryIdNamed(uint32_t b, uint32_t e,
                                               bool demonym,
                                               bool bodies) const {
  if (e <= b || !k_.registry_resolver ||
      !absl::ascii_isupper(static_cast<unsigned char>(text_[b]))) {
    return std::nullopt;
  }
  const Resolution& res = ResolveOnDocumentDate(Slice(text_, b, e));
  if (!res.found() || res.ambiguous) return std::nullopt;
  const MatchReason why = res.best().reason;
  if (why != MatchReason::kExactName && why != MatchReason::kAlias &&
      !(demonym && why == MatchReason::kDemonym)) {
    return std::nullopt;
  }
  if (res.best().actor.value >= k_.registry.size()) return std::nullopt;
  const ActorKind kind = k_.registry[res.best().actor.value].kind;
  if (kind != ActorKind::kState &&
      !(bodies && (kind == ActorKind::kOrganization ||
                   kind == ActorKind::kInternationalOrganization))) {
    return std::nullopt;
  }
  return res.best().actor;
}

int Reader::RegistryActorNamed(uint32_t b, uint32_t e, bool demonym,
                               bool bodies) const {
  const std::optional<ActorId> id = RegistryIdNamed(b, e, demonym, bodies);
  return id ? const_cast<Reader*>(this)->ActorFor(false, *id) : -1;
}

std::vector<int> Reader::PairByHyphenIn(Range r) const {
  if (!k_.registry_resolver || r.end - r.begin > 200) return {};
  // Each word of the line (split at spaces) with one hyphen or en dash
  // inside: its two sides.
  uint32_t i = r.begin;
  while (i < r.end) {
    while (i < r.end && text_[i] == ' ') ++i;
    const uint32_t b = i;
    while (i < r.end && text_[i] != ' ') ++i;
    const absl::string_view w = Slice(text_, b, i);
    size_t dash = w.find('-');
    size_t len = 1;
    if (dash == absl::string_view::npos) {
      dash = w.find("\xE2\x80\x93");
      len = 3;
    }
    if (dash == absl::string_view::npos || dash == 0) continue;
    const uint32_t m = b + static_cast<uint32_t>(dash);
    const int x = RegistryActorNamed(b, m, /*demonym=*/false, /*bodies=*/true);
    const int y = RegistryActorNamed(m + static_cast<uint32_t>(len), i,
                                     /*demonym=*/false, /*bodies=*/true);
    if (x >= 0 && y >= 0 && x != y) return {x, y};
  }
  return {};
}

std::vector<int> Reader::StatesByWordsIn(Range r) const {
  std::vector<int> out;
  if (!k_.registry_resolver) return out;
  auto letter = [&](uint32_t i) {
    const unsigned char c = static_cast<unsigned char>(text_[i]);
    return absl::ascii_isalpha(c) || c >= 0x80;
  };
  int words = 0;
  for (uint32_t i = r.begin; i < r.end && words < 40;) {
    if (!letter(i)) {
      ++i;
      continue;
    }
    const uint32_t b = i;
    while (i < r.end && letter(i)) ++i;
    ++words;
    const int a = RegistryActorNamed(b, i, /*demonym=*/true, /*bodies=*/false);
    if (a >= 0 && std::find(out.begin(), out.end(), a) == out.end()) {
      out.push_back(a);
    }
  }
  return out;
}

// A line that is a date alone or a date and a place ("02 February 2017",
// "9-11 MARCH 2026", "8 March 2024, Oslo"): an explicit date and at most
// four capitalised words besides.
bool Reader::IsDateLine(size_t p) const {
  const Range para = paragraphs_[p];
  if (para.end - para.begin > 60) return false;
  const std::vector<TimeExpression> times =
      FindTimeExpressions(std::string_view(text_.data(), text_.size()),
                          para.begin, para.end, x_.document_date);
  if (times.empty() || times.front().basis != DateBasis::kExplicit) {
    return false;
  }
  int words = 0;
  size_t next_time = 0;
  for (uint32_t i = para.begin; i < para.end;) {
    if (next_time < times.size() && i >= times[next_time].begin) {
      i = std::max(i, times[next_time].end);
      ++next_time;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(text_[i]);
    if (!absl::ascii_isalpha(c)) {
      ++i;
      continue;
    }
    if (!absl::ascii_isupper(c) || ++words > 4) return false;
    while (i < para.end &&
           (absl::ascii_isalpha(static_cast<unsigned char>(text_[i])) ||
            static_cast<unsigned char>(text_[i]) >= 0x80)) {
      ++i;
    }
  }
  return true;
}

bool Reader::IsClosingPlaceAndDate(size_t p) const {
  const Range para = paragraphs_[p];
  // "Signed in San José, Republic of Costa Rica, on the twelfth day of the
  // month of August of the year two thousand twenty-seven, in two original
  // copies ...": a sentence of at most 250 bytes that opens with "Done
  // at", "Signed in", "Adopted at" or "Issued in" and names a capitalised
  // place closes the text, whatever way it writes the day.
  if (para.end - para.begin <= 250) {
    const absl::string_view line = Slice(text_, para.begin, para.end);
    for (absl::string_view opener :
         {"Done at ", "Done in ", "Signed at ", "Signed in ", "Adopted at ",
          "Adopted in ", "Issued at ", "Issued in "}) {
      if (absl::StartsWith(line, opener) && line.size() > opener.size() &&
          absl::ascii_isupper(
              static_cast<unsigned char>(line[opener.size()]))) {
        return true;
      }
    }
  }
  if (para.end - para.begin > 160) return false;
  const std::vector<TimeExpression> times =
      FindTimeExpressions(std::string_view(text_.data(), text_.size()),
                          para.begin, para.end, x_.document_date);
  if (times.empty() || times.front().basis != DateBasis::kExplicit ||
      !times.front().duration.empty()) {
    return false;
  }
  uint32_t end = para.end;
  while (end > times.back().end &&
         (text_[end - 1] == '.' || text_[end - 1] == ' ')) {
    --end;
  }
  // "Signed in Puno on 20 November 2026, in two originals in Spanish.":
  // a phrase of the copies or languages after the date's comma (80 bytes
  // at most).
  if (times.back().end != end && end - times.back().end <= 80 &&
      absl::StartsWith(LowerSlice(times.back().end, end), ", in ") &&
      Slice(text_, times.back().end + 5, end).find_first_of(",;:") ==
          absl::string_view::npos) {
    end = times.back().end;
  }
  if (times.back().end != end || end - para.begin > 80) return false;
  // Before the date: "Done at", "Signed in" ..., then the place's one to
  // four capitalised words, then a comma, "on" or both.
  std::vector<absl::string_view> words =
      absl::StrSplit(text_.substr(para.begin, times.front().begin - para.begin),
                     ' ', absl::SkipEmpty());
  size_t w = 0;
  if (words.size() >= 2 &&
      (words[0] == "Done" || words[0] == "Signed" || words[0] == "Adopted" ||
       words[0] == "Issued") &&
      (words[1] == "at" || words[1] == "in")) {
    w = 2;
  }
  bool on = !words.empty() && words.back() == "on";
  if (on) words.pop_back();
  // "Done at Athens on 20 May 2026": the time expression holds its "on".
  on = on || absl::StartsWith(
                 Slice(text_, times.front().begin, times.front().end), "on ");
  if (words.size() <= w || words.size() - w > 4) return false;
  bool comma = false;
  for (size_t i = w; i < words.size(); ++i) {
    absl::string_view word = words[i];
    if (absl::EndsWith(word, ",")) {
      if (i + 1 != words.size()) return false;
      word.remove_suffix(1);
      comma = true;
    }
    if (word.empty() ||
        !absl::ascii_isupper(static_cast<unsigned char>(word.front()))) {
      return false;
    }
  }
  return comma || on;
}

void Reader::ReadJointStatement(size_t heading) {
  const std::vector<int> parties = JointParties(heading);
  // A report that prints a document's text stays a report.
  if (x_.info.genre == Genre::kUnknown && !IsJointTextIntro(heading)) {
    x_.info.genre = Genre::kJointStatement;
  }
  // The text starts past a line of place and date under the heading
  // ("Stockholm, 14 April 2026"). It runs to the page's links after it
  // ("Related: ..."), if any, or to a closing line of place and date
  // ("Lisbon, 4 May 2026"), after which the page reads on as a report.
  const size_t first = JointFirstParagraph(heading);
  size_t last = paragraphs_.size() - 1;
  while (last > first && IsPageLink(paragraphs_[last])) --last;
  size_t closing = paragraphs_.size();
  for (size_t q = first + 1; q <= last; ++q) {
    if (IsClosingPlaceAndDate(q)) {
      closing = q;
      last = q - 1;
      break;
    }
  }
  // A text of numbered paragraphs ("1. We, the leaders of ...") on a news
  // page ends before the first paragraph after them that is unnumbered and
  // reports someone's words ("Speaking after the summit, X said ..."); the
  // page reads on from there as a report.
  // An introduction ending in a colon may come before the numbers ("The
  // Leaders issued the following statement:" over "1. ..."), or the text's
  // own preamble ("The Government of X and ...," "Recalling ...", "The
  // Parties commit to ...:"), up to twelve paragraphs.
  size_t resume = closing + 1;
  size_t numbers = paragraphs_.size();
  for (size_t q = first; q <= last && q <= first + 12; ++q) {
    if (NumberedParagraph(q)) {
      numbers = q;
      break;
    }
  }
  if (closing == paragraphs_.size() && numbers < paragraphs_.size()) {
    for (size_t q = numbers + 1; q <= last; ++q) {
      if (NumberedParagraph(q)) continue;
      const absl::string_view lower =
          LowerSlice(paragraphs_[q].begin, paragraphs_[q].end);
      if (absl::StrContains(lower, " said") ||
          absl::StrContains(lower, " told ") ||
          absl::StrContains(lower, " says") ||
          absl::StrContains(lower, "according to ")) {
        last = q - 1;
        resume = q;
        break;
      }
    }
  }
  // Signature lines at the end ("For the Government of X", a name, a
  // title): short lines that are no sentence, after the last that is (at
  // most twelve), and the page's furniture among them ("Tags: ...", a
  // copyright line).
  if (closing == paragraphs_.size() && resume > paragraphs_.size()) {
    size_t q = last;
    for (int n = 0; n < 12 && q > first; ++n, --q) {
      const Range para = paragraphs_[q];
      if (IsPageFurnitureLine(para)) continue;
      const char c = text_[para.end - 1];
      const char c0 = text_[para.begin];
      if (para.end - para.begin > 80 || absl::ascii_isdigit(c0) || c0 == '-' ||
          c0 == '(' || c0 == '*' || c == '.' || c == ';' || c == ':' ||
          c == '!' || c == '?' || c == '"' ||
          absl::EndsWith(Slice(text_, para.begin, para.end), "\xE2\x80\x9D")) {
        last = q;
        break;
      }
    }
  }
  const Range body{paragraphs_[first].begin, paragraphs_[last].end};
  LoadWindow(body.begin, body.end);
  ExtractedStatement st;
  st.speaker = parties[0];
  st.co_speakers.assign(parties.begin() + 1, parties.end());
  st.speaker_span = {paragraphs_[first].begin, paragraphs_[first].end};
  st.speaker_rule = "joint-statement-parties";
  st.text_span = {body.begin, body.end};
  st.quote = QuoteKind::kDirectQuote;
  st.rule = "joint-statement-text";
  st.channel = "joint statement";
  st.confidence = 0.7f;
  // "Done at Athens on 20 May 2026", "Signed in Puno on 20 November 2026":
  // the closing line dates the text (a page may print it days later).
  if (closing < paragraphs_.size()) {
    const Range line = paragraphs_[closing];
    const std::vector<TimeExpression> times =
        FindTimeExpressions(std::string_view(text_.data(), text_.size()),
                            line.begin, line.end, x_.document_date);
    if (!times.empty() && times.back().date.is_known() &&
        (!x_.document_date.is_known() ||
         !(x_.document_date < times.back().date))) {
      st.date = times.back().date;
      st.date_basis = DateBasis::kExplicit;
      st.date_span = {times.back().begin, times.back().end};
    }
  }
  // "Saturday, January 25, 2014", "Stockholm, 14 April 2026": with no
  // closing line, a short line of (place and) date between the heading and
  // the text dates it; a time inside the text ("on an official visit on
  // 25-27 January 2014") is the visit's.
  if (closing == paragraphs_.size()) {
    for (size_t q = heading; q < first && !st.date.is_known(); ++q) {
      const Range line = paragraphs_[q];
      if (line.end - line.begin > 80) continue;
      for (const TimeExpression& e :
           FindTimeExpressions(std::string_view(text_.data(), text_.size()),
                               line.begin, line.end, x_.document_date)) {
        if (!IsPastTime(e) || e.date.precision() != DatePrecision::kDay ||
            (e.range_end.is_known() && e.range_end != e.date)) {
          continue;
        }
        st.date = e.date;
        st.date_basis = DateBasis::kExplicit;
        st.date_span = {e.begin, e.end};
        break;
      }
    }
  }
  // With no closing line, a report's sentence before the text that tells
  // when the document was issued ("X and Y agreed on Monday ..., in a joint
  // statement issued at the end of the summit", "signed on Monday a joint
  // declaration") dates it.
  if (closing == paragraphs_.size() && !st.date.is_known()) {
    for (size_t q = heading > 12 ? heading - 12 : 0;
         q < heading && !st.date.is_known(); ++q) {
      const Range para = paragraphs_[q];
      if (para.end - para.begin > 2000) continue;
      const absl::string_view lower = LowerSlice(para.begin, para.end);
      if (!absl::StrContains(lower, "joint statement") &&
          !absl::StrContains(lower, "declaration") &&
          !absl::StrContains(lower, "communiqu")) {
        continue;
      }
      for (const TimeExpression& e :
           FindTimeExpressions(std::string_view(text_.data(), text_.size()),
                               para.begin, para.end, x_.document_date)) {
        if (!IsPastTime(e)) continue;
        st.date = e.date;
        st.date_basis = DateBasis::kRelative;
        st.date_span = {e.begin, e.end};
        break;
      }
    }
  }
  const int index = Emit(std::move(st), body, -1);
  joint_text_statement_ = index;
  parties_ = parties;
  for (size_t q = first; q <= last; ++q) {
    for (const Range& sentence : Sentences(text_, paragraphs_[q])) {
      // "The President of the Republic of Peru, X, and ...": the parties'
      // titles give their persons' affiliations.
      Appositions(sentence);
      ReadRelations(sentence, std::max(index, 0));
    }
  }
  for (size_t q = resume; q < paragraphs_.size(); ++q) {
    ReadParagraph(q);
    ReportProgress(paragraphs_[q].end);
  }
}

bool Reader::NumberedParagraph(size_t p) const {
  const absl::string_view s =
      Slice(text_, paragraphs_[p].begin, paragraphs_[p].end);
  size_t d = 0;
  while (d < s.size() && d < 3 &&
         absl::ascii_isdigit(static_cast<unsigned char>(s[d]))) {
    ++d;
  }
  return d > 0 && d + 1 < s.size() && (s[d] == '.' || s[d] == ')') &&
         s[d + 1] == ' ';
}

}  // namespace text_internal
}  // namespace diplograph
