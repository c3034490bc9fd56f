// What a statement is about: the actors and demonyms in its words, those
// it inherits from an earlier statement, and those of a definite noun
// phrase taken up from the latest statements.

#include <algorithm>
#include <cstdint>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "text/reader.h"

namespace diplograph {
namespace text_internal {

namespace {

// Whether lower-case `words` speak of the two parties of a bilateral
// relation: "the two" / "both" / "both the" / "their two" / "our two"
// before a plural noun of states or of their officials ("the two
// countries", "both sides", "the two ministers"), "their" / "our" before
// "countries", "nations" or "peoples", or "bilateral", "each other", "one
// another", "work together" (also with one or two adverbs: "work closely
// together"). O(size of words) per phrase; the phrases are few.
bool NamesTwoParties(absl::string_view words) {
  // One pass over the words (letters, digits, hyphens), each looked at
  // with the three before it.
  absl::string_view prev[3];  // prev[0] the word right before
  size_t i = 0;
  const size_t n = words.size();
  while (i < n) {
    while (i < n &&
           !absl::ascii_isalnum(static_cast<unsigned char>(words[i])) &&
           words[i] != '-') {
      ++i;
    }
    const size_t b = i;
    while (i < n &&
           (absl::ascii_isalnum(static_cast<unsigned char>(words[i])) ||
            words[i] == '-')) {
      ++i;
    }
    if (i == b) break;
    const absl::string_view w = words.substr(b, i - b);
    if (w == "bilateral") return true;
    if ((w == "other" && prev[0] == "each") ||
        (w == "another" && prev[0] == "one")) {
      return true;
    }
    // "work together", "work closely together", "working more closely
    // together": a verb of working and at most two words in -ly or "more"
    // between.
    if (w == "together") {
      for (int k = 0; k < 3; ++k) {
        const absl::string_view v = prev[k];
        if (v == "work" || v == "working" || v == "worked" || v == "works") {
          return true;
        }
        if (!absl::EndsWith(v, "ly") && v != "more") break;
      }
    }
    static constexpr absl::string_view kNouns[] = {
        "countries",  "sides",     "nations",   "states",     "governments",
        "peoples",    "leaders",   "ministers", "presidents", "delegations",
        "neighbours", "neighbors", "capitals"};
    if (IsOneOf(w, kNouns)) {
      // "prime ministers", "foreign ministers": one word of the office.
      int k = 0;
      if (w == "ministers" && (prev[0] == "prime" || prev[0] == "foreign")) {
        k = 1;
      }
      const absl::string_view p0 = prev[k], p1 = k + 1 < 3 ? prev[k + 1] : "";
      if ((p0 == "two" && (p1 == "the" || p1 == "their" || p1 == "our")) ||
          p0 == "both" || (p0 == "the" && p1 == "both")) {
        return true;
      }
      const bool land = w == "countries" || w == "nations" || w == "peoples";
      if (land && (p0 == "their" || p0 == "our")) return true;
    }
    prev[2] = prev[1];
    prev[1] = prev[0];
    prev[0] = w;
  }
  return false;
}

}  // namespace

void Reader::FillAbout(ExtractedStatement& s) const {
  auto it = MentionsFrom(s.text_span.begin);
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
  // "the president was very positive about the relationship": a person
  // the words name by a title after "the" ("the president", "the prime
  // minister"; NominalEndingAt), not followed by "of", is what they speak
  // of, as a name is. At most 80 words are read.
  {
    const int n = static_cast<int>(tokens_.size());
    const int from = TokenAt(s.text_span.begin);
    for (int k = from + 1;
         k < n && k < from + 80 && tokens_[k].end <= s.text_span.end; ++k) {
      // "the president of the fisheries board": a title with its own
      // "of" names another office.
      if (!tokens_[k].word || !IsRoleNoun(LowerWord(k)) ||
          mention_end_[k] >= 0 || Is(k + 1, "of") ||
          !(Is(k - 1, "the") || (k - 2 >= from && Is(k - 2, "the")))) {
        continue;
      }
      std::optional<Subject> who = NominalEndingAt(k, from);
      if (!who || who->actor < 0 || who->actor == s.speaker ||
          x_.actors[who->actor].kind != ActorKind::kPerson ||
          std::find(s.co_speakers.begin(), s.co_speakers.end(), who->actor) !=
              s.co_speakers.end() ||
          std::find(s.about.begin(), s.about.end(), who->actor) !=
              s.about.end()) {
        continue;
      }
      s.about.push_back(who->actor);
    }
  }
  // A phrase of the two parties in the words ("the two countries", "both
  // sides", "their countries", "the two ministers", "bilateral", "each
  // other", "work together"): the last two states named before the words,
  // unless the words name two states themselves.
  {
    int states = 0;
    for (int a : s.about) states += x_.actors[a].kind == ActorKind::kState;
    const bool pair =
        states < 2 && s.text_span.end - s.text_span.begin < 4096 &&
        NamesTwoParties(LowerSlice(s.text_span.begin, s.text_span.end));
    if (pair) {
      auto m = MentionsFrom(s.text_span.begin);
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
  // "Mendoza said the declaration would ...": words that speak of the joint
  // document the text printed are about its parties.
  if (!parties_.empty() && s.rule != "joint-statement-text" &&
      s.text_span.end - s.text_span.begin < 4096) {
    const absl::string_view words =
        LowerSlice(s.text_span.begin, s.text_span.end);
    bool document = false;
    for (absl::string_view noun :
         {"the declaration", "the joint declaration", "the joint statement",
          "the communiqu", "the joint communiqu"}) {
      document = document || absl::StrContains(words, noun);
    }
    for (int a : parties_) {
      if (!document || a == s.speaker ||
          std::find(s.co_speakers.begin(), s.co_speakers.end(), a) !=
              s.co_speakers.end() ||
          std::find(s.about.begin(), s.about.end(), a) != s.about.end()) {
        continue;
      }
      s.about.push_back(a);
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
  // "wrote that his government "will not trade sovereignty"", "her country
  // would not accept ...": a person's own government or country in the
  // words is the state the text ties the person to (by a title: "Armenian
  // Prime Minister X"), directly or through a body of that state, else the
  // one the person's affiliations and memberships give (StateOfActor).
  if (s.speaker >= 0 && x_.actors[s.speaker].kind == ActorKind::kPerson &&
      s.text_span.end - s.text_span.begin < 4096) {
    const absl::string_view words =
        LowerSlice(s.text_span.begin, s.text_span.end);
    // The nouns looked for first: most words name neither.
    bool own = false;
    if (absl::StrContains(words, "government") ||
        absl::StrContains(words, "country")) {
      for (absl::string_view p :
           {"his government", "her government", "my government",
            "our government", "his country", "her country"}) {
        own = own || absl::StrContains(words, p);
      }
    }
    int state = -1;
    for (const ExtractedAffiliation& af : x_.actors[s.speaker].affiliations) {
      if (!own || state >= 0 || af.organization < 0) continue;
      const ExtractedActor& o = x_.actors[af.organization];
      if (o.kind == ActorKind::kState) {
        state = af.organization;
        continue;
      }
      for (const ExtractedAffiliation& af2 : o.affiliations) {
        if (af2.organization >= 0 &&
            x_.actors[af2.organization].kind == ActorKind::kState) {
          state = af2.organization;
          break;
        }
      }
    }
    if (own && state < 0) state = StateOfActor(s.speaker);
    if (state >= 0 &&
        std::find(s.about.begin(), s.about.end(), state) == s.about.end()) {
      s.about.push_back(state);
    }
  }
}

void Reader::OpenerAbout(ExtractedStatement& s, Range sentence) const {
  const uint32_t b = sentence.begin, e = s.speaker_span.begin;
  if (e <= b || e > sentence.end || e - b > 240) return;
  // The phrase's comma, then at most a title before the speaker's name
  // ("On Yemen, Minister Aled Prothero condemned ...").
  const size_t at = Slice(text_, b, e).find(',');
  if (at == absl::string_view::npos) return;
  const uint32_t comma = b + static_cast<uint32_t>(at);
  if (e - comma > 60 ||
      Slice(text_, comma + 1, e).find(',') != absl::string_view::npos) {
    return;
  }
  const absl::string_view opener = LowerSlice(b, comma);
  bool topic = false;
  for (absl::string_view lead :
       {"on ", "regarding ", "discussing ", "turning to ", "as for ",
        "concerning ", "with regard to ", "with respect to ", "referring to ",
        "addressing ", "asked about ", "asked whether ", "asked if ",
        "in relation to "}) {
    topic = topic || absl::StartsWith(opener, lead);
  }
  if (!topic) return;
  auto it = MentionsFrom(b);
  for (int n = 0; it != mentions_.end() && it->end <= comma && n < 16;
       ++it, ++n) {
    const int a = it->actor;
    if (a == s.speaker || x_.actors[a].kind == ActorKind::kMediaOutlet ||
        std::find(s.co_speakers.begin(), s.co_speakers.end(), a) !=
            s.co_speakers.end() ||
        std::find(s.about.begin(), s.about.end(), a) != s.about.end()) {
      continue;
    }
    s.about.push_back(a);
  }
}

int Reader::ExistingActor(bool known, ActorId id) const {
  auto it = actor_index_.find(ActorKey(&known, &id));
  return it == actor_index_.end() ? -1 : it->second;
}

// Words that name no actor and open with a definite article ("the
// detention", "the case", "the detention was "unacceptable""): the
// definite noun phrase takes up what was spoken of just before, so the
// statement is about what the latest statement (of the last four) with
// actors was about. Words of up to 160 bytes (a clause: "the flight was
// routine cooperation conducted in line with international law").
void Reader::InheritAbout(ExtractedStatement& s) const {
  if (!s.about.empty() || s.text_span.end - s.text_span.begin > 160 ||
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

void Reader::TakeUpTopic(ExtractedStatement& s, Range sentence) const {
  auto add = [&](int a) {
    if (a == s.speaker || x_.actors[a].kind == ActorKind::kMediaOutlet ||
        std::find(s.co_speakers.begin(), s.co_speakers.end(), a) !=
            s.co_speakers.end() ||
        std::find(s.about.begin(), s.about.end(), a) != s.about.end()) {
      return;
    }
    s.about.push_back(a);
  };
  const ExtractedStatement* last =
      x_.statements.empty() ? nullptr : &x_.statements.back();
  if (last != nullptr && last->text_span.begin >= sentence.begin &&
      last->text_span.end <= s.text_span.begin) {
    if (last->speaker == s.speaker) {
      for (int a : last->about) add(a);
      if (!s.about.empty()) s.confidence *= 0.8f;
    }
    return;
  }
  // The sentence before, within the paragraph.
  uint32_t floor = sentence.begin > 400 ? sentence.begin - 400 : 0;
  if (current_para_ < paragraphs_.size() &&
      paragraphs_[current_para_].begin <= sentence.begin) {
    floor = std::max(floor, paragraphs_[current_para_].begin);
  }
  uint32_t pe = sentence.begin;
  while (pe > floor &&
         absl::ascii_isspace(static_cast<unsigned char>(text_[pe - 1]))) {
    --pe;
  }
  if (pe <= floor) return;
  // The statement read last ends before that sentence (it holds none).
  uint32_t pb = pe - 1;
  for (; pb > floor; --pb) {
    const char c = text_[pb - 1];
    if ((c == '.' || c == '?' || c == '!') &&
        absl::ascii_isspace(static_cast<unsigned char>(text_[pb]))) {
      break;
    }
  }
  if (last != nullptr && last->text_span.end > pb) {
    // The sentence before holds the latest statement: one of the same
    // speakers ("The two Ministers reaffirmed their ties ... . They looked
    // forward to the signing ...") goes on with its topic.
    if (last->text_span.begin >= pb && last->speaker == s.speaker &&
        last->co_speakers == s.co_speakers) {
      for (int a : last->about) add(a);
      if (!s.about.empty()) s.confidence *= 0.8f;
    }
    return;
  }
  auto m = MentionsFrom(pb);
  for (int n = 0; m != mentions_.end() && m->end <= pe && n < 16; ++m, ++n) {
    add(m->actor);
  }
  if (!s.about.empty()) s.confidence *= 0.8f;
}

}  // namespace text_internal
}  // namespace diplograph
