// The relationship clauses of a sentence (lib/text/relations.h) read into
// the Extraction with their ends and the statement that asserts them, and
// joint statements: a heading followed by the parties, whose text is one
// statement of all of them.

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "text/lexicon.h"
#include "text/reader.h"
#include "text/relations.h"
#include "text/temporal.h"

namespace diplograph {
namespace text_internal {

// The relationships a sentence asserts, with the actors named in it; the
// statement whose words hold the phrase asserts it, else the narrator.
void Reader::ReadRelations(Range sentence, int first_statement,
                           bool held_only) {
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
    e.modality = r.modality;
    if (e.role == EvidenceRole::kAsserts) {
      if (r.modality == Modality::kNegated) e.role = EvidenceRole::kContests;
      if (r.modality == Modality::kHypothetical) {
        e.role = EvidenceRole::kProposes;
      }
    }
    for (int i = static_cast<int>(x_.statements.size()) - 1;
         i >= first_statement && i >= 0; --i) {
      const ExtractedStatement& st = x_.statements[i];
      if (st.text_span.begin <= r.begin && r.end <= st.text_span.end) {
        e.statement = i;
        break;
      }
    }
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
    const absl::string_view lower = LowerSlice(para.begin, para.end);
    if (!absl::StartsWith(lower, "joint statement") &&
        !absl::StartsWith(lower, "joint declaration") &&
        !absl::StartsWith(lower, "joint communiqu")) {
      continue;
    }
    if (JointParties(p).size() >= 2 && !RetellsText(p + 1)) {
      found = p;
    }
  }
  return found;
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

// The parties of the joint statement under `heading`: those its first
// paragraph names, else those the heading itself names ("Joint Statement
// between X and Y" over a line of date and place).
std::vector<int> Reader::JointParties(size_t heading) const {
  std::vector<int> parties = PartiesIn(paragraphs_[heading + 1]);
  if (parties.size() < 2) parties = PartiesIn(paragraphs_[heading]);
  return parties;
}

bool Reader::IsClosingPlaceAndDate(size_t p) const {
  const Range para = paragraphs_[p];
  if (para.end - para.begin > 80) return false;
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
  if (times.back().end != end) return false;
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
  // "Issued in Jakarta on 28 July 2026.": the time expression may hold
  // its "on".
  const bool on = (!words.empty() && words.back() == "on") ||
                  absl::StartsWith(text_.substr(times.front().begin), "on ");
  if (!words.empty() && words.back() == "on") words.pop_back();
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
  if (x_.info.genre == Genre::kUnknown) x_.info.genre = Genre::kJointStatement;
  // The text runs to the page's links after it ("Related: ..."), if any, or
  // to a closing line of place and date ("Lisbon, 4 May 2026"), after which
  // the page reads on as a report.
  size_t last = paragraphs_.size() - 1;
  while (last > heading + 1 && IsPageLink(paragraphs_[last])) --last;
  size_t closing = paragraphs_.size();
  for (size_t q = heading + 2; q <= last; ++q) {
    if (IsClosingPlaceAndDate(q)) {
      closing = q;
      last = q - 1;
      break;
    }
  }
  const Range body{paragraphs_[heading + 1].begin, paragraphs_[last].end};
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
  st.channel = "joint statement";
  st.confidence = 0.7f;
  const int index = Emit(std::move(st), body, -1);
  parties_ = parties;
  for (size_t q = heading + 1; q <= last; ++q) {
    for (const Range& sentence : Sentences(text_, paragraphs_[q])) {
      ReadRelations(sentence, std::max(index, 0));
    }
  }
  for (size_t q = closing + 1; q < paragraphs_.size(); ++q) {
    ReadParagraph(q);
    ReportProgress(paragraphs_[q].end);
  }
}

}  // namespace text_internal
}  // namespace diplograph
