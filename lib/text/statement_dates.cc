// A statement's date: an explicit or relative time of its sentence, the
// date carried from an earlier statement of the same speaker, the document
// date; and a lede that retells a later quotation (same_utterance, its date
// carried to the quotation). docs/text_dates.md describes the rules.

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "text/reader.h"

namespace diplograph {
namespace text_internal {

void Reader::DateStatement(ExtractedStatement& s, Range sentence) {
  if (s.date.is_known()) return;
  // A time expression of the attribution: in the sentence, outside the
  // words ("China on Friday termed ...", "In Tuesday's call, Putin said").
  // In a question only a time between the reporting verb and the words
  // ("said on Monday that ...") dates the reported statement; the
  // question's other times are the asker's.
  // In a readout, what the parties said was said in the call or meeting it
  // reports: a time in the sentence is of what they spoke about ("on
  // hosting the forum last week", "launched in 2023"), not of the saying.
  const bool readout = x_.info.genre == Genre::kReadout && !s.in_question;
  if (!readout && (!s.in_question || !s.verb_span.empty())) {
    const TimeExpression* best = nullptr;
    const TimeExpression* range_best = nullptr;
    Date range_date;
    const uint32_t from = std::max<uint32_t>(
        sentence.begin, s.text_span.begin > 512 ? s.text_span.begin - 512 : 0);
    auto first = std::lower_bound(
        para_times_.begin(), para_times_.end(), from,
        [](const TimeExpression& e, uint32_t o) { return e.begin < o; });
    for (auto it = first; it != para_times_.end(); ++it) {
      const TimeExpression& e = *it;
      if (e.begin > s.text_span.end + 512) break;
      if (e.begin < sentence.begin || e.end > sentence.end) continue;
      // "Last week the spokesperson of X said that ...", "On Monday, X
      // said ...": a time right before the reported speaker (a comma
      // between at most) opens the reported clause and dates it too.
      // A title before the name may come between ("On Tuesday, Chinese
      // Foreign Ministry spokesperson X said"): capitalised words and role
      // nouns, six words and 80 bytes at most.
      auto opens_report = [&]() {
        if (s.speaker_span.empty() || e.end > s.speaker_span.begin ||
            s.speaker_span.begin - e.end > 80) {
          return false;
        }
        uint32_t i = e.end;
        while (i < s.speaker_span.begin &&
               (text_[i] == ' ' || text_[i] == ',')) {
          ++i;
        }
        const absl::string_view title(text_.data() + i,
                                      s.speaker_span.begin - i);
        int words = 0;
        for (absl::string_view w :
             absl::StrSplit(title, ' ', absl::SkipEmpty())) {
          if (++words > 6) return false;
          if (!absl::ascii_isupper(static_cast<unsigned char>(w[0])) &&
              !IsRoleNoun(absl::AsciiStrToLower(w))) {
            return false;
          }
        }
        return true;
      };
      if (s.in_question &&
          (e.begin < s.verb_span.end || e.end > s.text_span.begin) &&
          !opens_report()) {
        continue;
      }
      if (e.begin < s.text_span.end && e.end > s.text_span.begin &&
          !TimeBeforeComplement(e, s)) {
        continue;
      }
      if (!e.date.is_known() || e.future || !e.duration.empty()) continue;
      // "Noting that the two countries will mark the anniversary in May,
      // X said ...": a time in a clause of "-ing that" opening the
      // sentence before the speaker is of those words, not of the saying.
      if (!s.speaker_span.empty() && e.end <= s.speaker_span.begin &&
          OpensWithThatParticiple(sentence)) {
        continue;
      }
      // "X, who said on Monday that ...": a time right after the
      // statement's own verb dates it, inside a relative clause too.
      const bool after_own_verb =
          !s.verb_span.empty() && s.verb_span.end < e.begin &&
          e.begin - s.verb_span.end <= 2 && text_[s.verb_span.end] == ' ';
      if (!after_own_verb && !DatesTheClause(e.begin, sentence.begin)) {
        continue;
      }
      // After the words, past ", but" / ", while" / ";": another clause's;
      // so is a time after words cut at "and" or "but" ("thanked X for the
      // welcome and congratulated Y on hosting the forum last month": the
      // time is in the coordinated verb's words).
      if (e.begin >= s.text_span.end) {
        const absl::string_view between(lower_.data() + s.text_span.end,
                                        e.begin - s.text_span.end);
        const absl::string_view open =
            absl::StripLeadingAsciiWhitespace(between);
        if (absl::StartsWith(open, "and ") || absl::StartsWith(open, "but ") ||
            absl::StrContains(between, ", but ") ||
            absl::StrContains(between, ", as ") ||
            absl::StrContains(between, ", and ") ||
            absl::StrContains(between, ", while ") ||
            absl::StrContains(between, ", whereas ") ||
            absl::StrContains(between, ";")) {
          continue;
        }
      }
      if (e.range_end.is_known() && e.range_end != e.date) {
        // "told reporters last week that ...": a past range dates the
        // statement at the precision its two ends share (the month, else
        // the year).
        if (x_.document_date.is_known() && x_.document_date < e.range_end) {
          continue;
        }
        absl::StatusOr<Date> common =
            e.date.year() != e.range_end.year() ? Date()
            : e.date.month() == e.range_end.month()
                ? Date::FromYearMonth(e.date.year(), e.date.month())
                : Date::FromYear(e.date.year());
        if (!common.ok() || !common->is_known()) continue;
        range_best = &e;
        range_date = *common;
        continue;
      }
      if (x_.document_date.is_known() && x_.document_date < e.date) continue;
      best = &e;
      if (e.begin > s.text_span.begin) break;
    }
    if (best != nullptr) {
      s.date = best->date;
      s.date_basis = best->basis;
      s.date_span = {best->begin, best->end};
      return;
    }
    if (range_best != nullptr) {
      s.date = range_date;
      s.date_basis = range_best->basis;
      s.date_span = {range_best->begin, range_best->end};
      return;
    }
  }
  // Another person's words quoted inside an answer ("President X said it
  // in Riyadh, and I will quote him: "..."") were said when the answer
  // says, or at no time it gives: not on the briefing's day.
  if (s.rule == "quote-inside-turn") {
    s.date_basis = diplograph::DateBasis::kUnresolved;
    return;
  }
  if (!readout && !s.in_question && DatedByOpeningEvent(s, sentence)) return;
  if (no_carry_) {
    // A refusal ("declined to say whether ...") is dated by the same
    // speaker's dated words in its paragraph or the one before (the same
    // remarks, the same news conference); an earlier occasion's date is
    // not carried to it.
    auto para_of = [&](uint32_t offset) {
      auto it = std::upper_bound(
          paragraphs_.begin(), paragraphs_.end(), offset,
          [](uint32_t o, const Range& r) { return o < r.begin; });
      return static_cast<size_t>(it - paragraphs_.begin());
    };
    const size_t here = para_of(s.text_span.begin);
    // The 64 latest statements at most (a long paragraph holds many).
    const size_t stop =
        x_.statements.size() > 64 ? x_.statements.size() - 64 : 0;
    for (size_t i = x_.statements.size(); i-- > stop;) {
      const ExtractedStatement& p = x_.statements[i];
      const size_t there = para_of(p.text_span.begin);
      if (there + 1 < here) break;
      if (p.speaker != s.speaker || p.in_question != s.in_question ||
          !p.date.is_known() || there > here ||
          p.text_span.begin >= s.text_span.begin) {
        continue;
      }
      s.date = p.date;
      s.date_basis = diplograph::DateBasis::kCarried;
      s.date_span = p.date_span;
      return;
    }
    s.date_basis = diplograph::DateBasis::kUnresolved;
    return;
  }
  // "Bhandari told reporters after the talks", "quoted X as saying after
  // the meeting that ...": in a news report, the day of the meeting the
  // story reports (its dateline paragraph's).
  if (story_time_.date.is_known() && !transcript_ &&
      x_.info.genre != Genre::kReadout &&
      x_.info.genre != Genre::kJointStatement && !s.in_question &&
      SaidAfterTheMeeting(s, sentence)) {
    s.date = story_time_.date;
    s.date_basis = story_time_.basis;
    s.date_span = {story_time_.begin, story_time_.end};
    return;
  }
  // "Speaking at a press briefing after the signing, X said ..." below a
  // joint statement printed on a news page: the day of the statement's
  // signing (its closing line's date).
  if (const ExtractedStatement* joint = JointTextStatement();
      joint != nullptr && joint->date.is_known() &&
      joint->text_span.end <= s.text_span.begin && !transcript_ &&
      !s.in_question && SaidAfterTheMeeting(s, sentence)) {
    s.date = joint->date;
    s.date_basis = joint->date_basis;
    s.date_span = joint->date_span;
    return;
  }
  // A speaker known only by a description ("a senior Indian official")
  // is not the state's other speakers: no date is carried to it.
  if (absl::StartsWith(s.speaker_rule, "description")) {
    s.date_basis = diplograph::DateBasis::kUnresolved;
    return;
  }
  if (LedeRetold(s)) return;
  // "Moscow has rejected the claim", "Kyiv has denied it": the present
  // perfect states a standing position, said at no time the text gives;
  // no date is carried to it.
  bool perfect = false;
  if (!s.verb_span.empty() && s.verb_span.begin >= 5) {
    const absl::string_view before(
        lower_.data() + (s.verb_span.begin >= 6 ? s.verb_span.begin - 6 : 0),
        s.verb_span.begin >= 6 ? 6 : s.verb_span.begin);
    perfect =
        absl::EndsWith(before, " has ") || absl::EndsWith(before, "have ");
  }
  // Carried from the same speaker's (or its organisation's) dated statement.
  // The affiliation test of each earlier speaker is made once: the 64
  // statements looked at have few speakers, and nothing changes meanwhile.
  std::pair<int, bool> affiliated[64];
  size_t n_affiliated = 0;
  auto affiliated_with = [&](int speaker) {
    for (size_t k = 0; k < n_affiliated; ++k) {
      if (affiliated[k].first == speaker) return affiliated[k].second;
    }
    const bool a =
        AffiliatedTo(s.speaker, speaker) || AffiliatedTo(speaker, s.speaker);
    affiliated[n_affiliated++] = {speaker, a};
    return a;
  };
  const int oldest =
      perfect ? static_cast<int>(x_.statements.size())
              : std::max(0, static_cast<int>(x_.statements.size()) - 64);
  for (int i = static_cast<int>(x_.statements.size()) - 1; i >= oldest; --i) {
    const ExtractedStatement& p = x_.statements[i];
    if (!p.date.is_known() || p.in_question != s.in_question) continue;
    // A joint document's text is dated by its signing, not by a saying of
    // its parties' officials: its date is carried to no one.
    if (p.rule == "joint-statement-text") continue;
    bool co = std::find(p.co_speakers.begin(), p.co_speakers.end(),
                        s.speaker) != p.co_speakers.end() ||
              std::find(s.co_speakers.begin(), s.co_speakers.end(),
                        p.speaker) != s.co_speakers.end();
    // A party of a joint statement speaks at the same meeting or call when
    // it speaks to or of the other party ("Erdogan told Putin that ...");
    // what it told a broadcaster or said in a statement of its own is not
    // dated by the meeting. (Readouts date by the document below.)
    if (co && p.speaker != s.speaker && s.co_speakers.empty() &&
        x_.info.genre != Genre::kReadout) {
      bool other = false;
      for (int a : s.about) {
        other = other || (a != s.speaker &&
                          (a == p.speaker ||
                           std::find(p.co_speakers.begin(), p.co_speakers.end(),
                                     a) != p.co_speakers.end()));
      }
      co = other;
    }
    // "Ethiopia denied on Tuesday that ... "…," government spokesman X
    // told Horn Wire": a quotation right after a state's dated statement
    // in the same paragraph, by a person of no known affiliation, is the
    // state's words of that day.
    bool voice = false;
    if (i + 1 == static_cast<int>(x_.statements.size()) && p.speaker >= 0 &&
        s.speaker >= 0 && s.quote == QuoteKind::kDirectQuote &&
        x_.actors[p.speaker].kind == ActorKind::kState &&
        x_.actors[s.speaker].kind == ActorKind::kPerson &&
        x_.actors[s.speaker].affiliations.empty() &&
        Facts(s.speaker) == nullptr && p.text_span.end <= s.text_span.begin &&
        s.text_span.begin - p.text_span.end < 400) {
      const absl::string_view between(lower_.data() + p.text_span.end,
                                      s.text_span.begin - p.text_span.end);
      voice = between.find('\n') == absl::string_view::npos;
    }
    // "X, speaking at a joint news conference with his counterpart Y on
    // Friday, said ..." then "Y told the same briefing ...": the other
    // person named at the news conference speaks at it, on its date, while
    // no statement between gives another date (the text stays on it).
    const bool conference =
        !co && p.speaker != s.speaker &&
        static_cast<int>(x_.statements.size()) - i <= 8 &&
        p.text_span.end <= s.text_span.begin &&
        s.text_span.begin - p.text_span.end < 2000 &&
        NamedAtNewsConference(p, s.speaker) && [&] {
          for (size_t k = i + 1; k < x_.statements.size(); ++k) {
            const ExtractedStatement& b = x_.statements[k];
            if (b.date.is_known() && b.date != p.date) return false;
          }
          return true;
        }();
    // (Two states' agreement is no saying of either state's officials:
    // "Norway and Iceland agreed on Wednesday ..." dates no later remark
    // of a Norwegian minister.)
    if (p.speaker == s.speaker || co || voice || conference ||
        (affiliated_with(p.speaker) && p.co_speakers.empty())) {
      s.date = p.date;
      s.date_basis = diplograph::DateBasis::kCarried;
      return;
    }
  }
  if (DatedByReportedTalks(s, sentence)) return;
  // Transcripts, readouts and joint statements speak on their own date;
  // what a news page reports below a joint statement's text ("X, the
  // opposition's spokesman, said ...") is dated as a news report's is.
  const Genre g = x_.info.genre;
  const ExtractedStatement* joint = JointTextStatement();
  const bool after_joint_text =
      joint != nullptr && joint->text_span.end <= s.text_span.begin;
  // A readout's statements were made in the call it reports: its day when
  // the readout gives it ("spoke to X on 14 June"), else the page's.
  if (!s.in_question && g == Genre::kReadout && call_time_.date.is_known()) {
    s.date = call_time_.date;
    s.date_basis = call_time_.basis;
    s.date_span = {call_time_.begin, call_time_.end};
    return;
  }
  if (!s.in_question && x_.document_date.is_known() && !after_joint_text &&
      (g == Genre::kTranscript || g == Genre::kReadout ||
       g == Genre::kJointStatement)) {
    s.date = x_.document_date;
    s.date_basis = diplograph::DateBasis::kDocumentDate;
    return;
  }
  s.date_basis = diplograph::DateBasis::kUnresolved;
}

// Whether statement `p`'s attribution (the words around its speaker and
// its verb, at most 400 bytes, from up to 200 bytes before them) tells of
// a news conference or briefing and names `person` there: "X, speaking at
// a joint news conference with his counterpart Y, said", "At a joint press
// conference with Y, X said". O(1): bounded text and mentions.
bool Reader::NamedAtNewsConference(const ExtractedStatement& p,
                                   int person) const {
  if (person < 0 || p.speaker_span.empty() || p.verb_span.empty()) {
    return false;
  }
  const uint32_t lo = std::min(p.speaker_span.begin, p.verb_span.begin);
  const uint32_t b = lo > 200 ? lo - 200 : 0;
  // The attribution runs on after the verb to its sentence's end ("..., X
  // told a joint news conference with Y."), 200 bytes at most.
  uint32_t hi = std::max(p.speaker_span.end, p.verb_span.end);
  const uint32_t hi_limit =
      std::min<uint32_t>(static_cast<uint32_t>(lower_.size()), hi + 200);
  while (hi < hi_limit && lower_[hi] != '.' && lower_[hi] != '\n' &&
         lower_[hi] != '"') {
    ++hi;
  }
  const uint32_t e = std::min<uint32_t>(hi, b + 600);
  if (e <= b) return false;
  // Whether the attribution names a news conference, asked once per
  // statement (each statement is looked at from up to eight later ones).
  auto [known, inserted] =
      conference_attribution_.try_emplace(p.verb_span.begin, false);
  if (!inserted && !known->second) return false;
  const absl::string_view window(lower_.data() + b, e - b);
  // The nouns first, in the whole window ("availability" by a letter rarer
  // than its first): most attributions name none.
  if (inserted && !absl::StrContains(window, "conference") &&
      !absl::StrContains(window, "briefing") &&
      !absl::StrContains(window, "vailability")) {
    return false;
  }
  // The attribution's sentence only: from the last full stop or line break.
  const size_t stop = window.find_last_of(".\n", lo - b);
  const uint32_t from =
      stop == absl::string_view::npos ? b : b + static_cast<uint32_t>(stop);
  if (inserted) {
    const absl::string_view att(lower_.data() + from, e - from);
    known->second = absl::StrContains(att, "news conference") ||
                    absl::StrContains(att, "press conference") ||
                    absl::StrContains(att, "news briefing") ||
                    absl::StrContains(att, "press briefing") ||
                    absl::StrContains(att, "joint briefing") ||
                    absl::StrContains(att, "press availability");
  }
  if (!known->second) return false;
  auto it = MentionsFrom(from);
  for (int n = 0; it != mentions_.end() && it->begin < e && n < 32; ++it, ++n) {
    if (it->actor == person) return true;
  }
  return false;
}

// "BEIJING, March 5 (Xinhua) -- X held talks with Y in Beijing on Friday"
// and then "X said that ...", "Y said ...": in a news report on a meeting
// or call, what its parties say with no time of their own was said there.
// The report's first event dates the statement when it is a meeting,
// talks or a call of two persons or more with a known day, it comes before
// the statement, and the speaker is one of its persons (or a state of
// which the words speak with one of them as co-speaker: "the two sides").
// A sentence that opens with an occasion of its own ("During the talks,
// X said") is dated by that occasion or not at all (DatedByOpeningEvent).
// O(participants of one event).
bool Reader::DatedByReportedTalks(ExtractedStatement& s, Range sentence) const {
  if (transcript_ || s.in_question || s.speaker < 0 || x_.events.empty() ||
      !OpeningAct(s, sentence).empty() ||
      (x_.info.genre != Genre::kUnknown &&
       x_.info.genre != Genre::kNewsReport)) {
    return false;
  }
  const ExtractedEvent& ev = x_.events.front();
  if (!ev.date.is_known() || ev.date.precision() != DatePrecision::kDay ||
      ev.span.end > s.text_span.begin) {
    return false;
  }
  const std::string label =
      absl::StrCat(" ", absl::AsciiStrToLower(ev.label), " ");
  // "X said on Tuesday after talks with Y" (ReadTalksAfterSaying).
  bool meeting = absl::string_view(ev.rule) == "talks-after-saying";
  for (absl::string_view act : {" held talks ", " met ", " met with ",
                                " spoke ", " held a ", " held an "}) {
    meeting = meeting || absl::StrContains(label, act);
  }
  if (!meeting) return false;
  int persons = 0;
  bool took_part = false;
  for (int a : ev.participants) {
    if (x_.actors[a].kind != ActorKind::kPerson) continue;
    ++persons;
    took_part = took_part || a == s.speaker ||
                std::find(s.co_speakers.begin(), s.co_speakers.end(), a) !=
                    s.co_speakers.end();
  }
  if (persons < 2 || !took_part) return false;
  s.date = ev.date;
  s.date_basis = diplograph::DateBasis::kCarried;
  return true;
}

absl::string_view Reader::OpeningAct(const ExtractedStatement& s,
                                     Range sentence) const {
  if (s.speaker < 0 || s.speaker_span.begin <= sentence.begin ||
      s.speaker_span.begin - sentence.begin > 160) {
    return {};
  }
  const absl::string_view opener =
      LowerSlice(sentence.begin, s.speaker_span.begin);
  static constexpr std::pair<absl::string_view, absl::string_view> kActs[] = {
      {"signing", " signed "},
      {"meeting", " met "},
      {"talks", " held talks"},
      {"visit", " visited "},
      {"signing ceremony", " signed "}};
  absl::string_view act;
  for (absl::string_view prep :
       {"at the ", "after the ", "during the ", "following the "}) {
    for (size_t at = opener.find(prep); act.empty() && at != opener.npos;
         at = opener.find(prep, at + 1)) {
      const absl::string_view noun = opener.substr(at + prep.size());
      for (const auto& [n, verb] : kActs) {
        if (absl::StartsWith(noun, n) &&
            (noun.size() == n.size() || noun[n.size()] == ',' ||
             noun[n.size()] == ' ')) {
          act = verb;
        }
      }
    }
  }
  return act;
}

// "Speaking at the signing, Mendoza said ...", "After the meeting, X told
// reporters ...": a phrase opening the sentence before the speaker names an
// event by the noun of its act ("signing", "meeting", "talks", "visit"); an
// event read earlier (of the last 16) with that act and a date, in which
// the speaker or a state or body the speaker belongs to took part, dates
// the statement. O(1): a bounded opener and 16 events.
bool Reader::DatedByOpeningEvent(ExtractedStatement& s, Range sentence) const {
  if (x_.events.empty()) return false;
  const absl::string_view act = OpeningAct(s, sentence);
  if (act.empty()) return false;
  for (size_t i = x_.events.size(), n = 0; i > 0 && n < 16; --i, ++n) {
    const ExtractedEvent& ev = x_.events[i - 1];
    if (!ev.date.is_known() || ev.span.begin >= sentence.begin) continue;
    const std::string label = absl::StrCat(" ", ev.label, " ");
    if (!absl::StrContains(label, act)) continue;
    bool took_part = false;
    for (int a : ev.participants) {
      took_part = took_part || a == s.speaker || AffiliatedTo(s.speaker, a);
    }
    if (!took_part) continue;
    s.date = ev.date;
    s.date_basis = diplograph::DateBasis::kCarried;
    return true;
  }
  return false;
}

// "accused the border guards on Wednesday of opening fire", "urged the
// parties on Monday to ...": a time between the verb's object and its
// complement ("of", "to") is the saying's, though the words run over it.
// Only near the words' start (80 bytes) with no comma before it. O(1).
bool Reader::TimeBeforeComplement(const TimeExpression& e,
                                  const ExtractedStatement& s) const {
  // Only after a verb that takes an object before its complement
  // ("accused", "urged", "invited"); "said X agreed on Thursday to ..."
  // has the time of the words' own verb.
  if (s.verb_span.empty()) return false;
  const VerbHit hit = VerbAt(TokenAt(s.verb_span.begin));
  if (hit.verb == nullptr || !hit.verb->takes_addressee) return false;
  const ByteSpan words = s.text_span;
  if (e.begin <= words.begin || e.begin - words.begin > 80 ||
      e.end + 4 > words.end) {
    return false;
  }
  const absl::string_view before(lower_.data() + words.begin,
                                 e.begin - words.begin);
  if (before.find_first_of(",;\"") != absl::string_view::npos) return false;
  const absl::string_view after(lower_.data() + e.end, 4);
  return after == " of " || after == " to ";
}

bool Reader::OpensWithThatParticiple(Range sentence) const {
  const absl::string_view lower(
      lower_.data() + sentence.begin,
      std::min<size_t>(sentence.end - sentence.begin, 24));
  const size_t space = lower.find(' ');
  if (space == absl::string_view::npos || space < 5) return false;
  const absl::string_view first = lower.substr(0, space);
  for (char c : first) {
    if (!absl::ascii_isalpha(static_cast<unsigned char>(c))) return false;
  }
  return absl::EndsWith(first, "ing") &&
         absl::StartsWith(lower.substr(space), " that ");
}

// Whether a time expression starting at byte `at` can date the clause
// it is in: not "since July 28" / "until ..." (a state's beginning or end),
// and not inside a relative clause ("the day, which was marked on
// Sunday, ..."; "who arrived on Monday"). Looks back at most 64 bytes, to
// the clause's comma or the sentence's start.
bool Reader::DatesTheClause(uint32_t at, uint32_t sentence_begin) const {
  const uint32_t from =
      std::max<uint32_t>(sentence_begin, at > 64 ? at - 64 : 0);
  const absl::string_view before(lower_.data() + from, at - from);
  const absl::string_view expr(lower_.data() + at,
                               std::min<size_t>(6, lower_.size() - at));
  if (absl::StartsWith(expr, "since ") || absl::StartsWith(expr, "until ")) {
    return false;
  }
  size_t end = before.size();
  while (end > 0 && before[end - 1] == ' ') --end;
  for (absl::string_view w : {"since", "until", "till"}) {
    if (end >= w.size() && before.substr(end - w.size(), w.size()) == w &&
        (end == w.size() || !absl::ascii_isalpha(static_cast<unsigned char>(
                                before[end - w.size() - 1])))) {
      return false;
    }
  }
  size_t comma = before.size();
  while (comma > 0 && before[comma - 1] != ',' && before[comma - 1] != ';' &&
         before[comma - 1] != '(') {
    --comma;
  }
  comma = comma == 0 ? absl::string_view::npos : comma - 1;
  const absl::string_view clause =
      comma == absl::string_view::npos ? before : before.substr(comma + 1);
  // Most clauses hold neither "since" nor "wh": nothing below applies.
  if (!absl::StrContains(clause, "since") &&
      (comma == absl::string_view::npos || !absl::StrContains(clause, "wh"))) {
    return true;
  }
  const std::string spaced = absl::StrCat(" ", clause);
  // "on his first visit since taking office in April": the time of a
  // phrase of "since" and a gerund is that act's, not the saying's.
  for (size_t s = spaced.find(" since "); s != std::string::npos;
       s = spaced.find(" since ", s + 1)) {
    const size_t w = s + 7;
    const size_t e = spaced.find(' ', w);
    const absl::string_view word = absl::string_view(spaced).substr(
        w, e == std::string::npos ? std::string::npos : e - w);
    if (word.size() > 4 && absl::EndsWith(word, "ing")) return false;
  }
  if (comma == absl::string_view::npos) return true;
  for (absl::string_view w : {" which ", " who ", " whose "}) {
    if (absl::StrContains(spaced, w)) return false;
  }
  return true;
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
  if (lede_begin_ < 0 || transcript_ || readout_relay_ >= 0 ||
      x_.info.genre == Genre::kReadout || s.in_question ||
      current_para_ < lede_next_para_ || current_para_ > lede_next_para_ + 2 ||
      s.speaker < 0) {
    return false;
  }
  // "The X news site said, citing Y, that ...": what an outlet's report
  // cites, not when, is no retelling of the lede's (undated).
  if (s.speaker_rule == "outlet-citing-speaker") return false;
  const ActorKind kind = x_.actors[s.speaker].kind;
  for (int i = lede_begin_; i < lede_end_; ++i) {
    if (lede_linked_[i - lede_begin_] != 0) continue;
    const ExtractedStatement& l = x_.statements[i];
    if (!l.date.is_known() || l.in_question || l.speaker < 0) continue;
    // Two states' agreement ("Norway and Iceland agreed on Wednesday to
    // ...") retells no one's quotation.
    if (!l.co_speakers.empty() &&
        x_.actors[l.speaker].kind == ActorKind::kState) {
      continue;
    }
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

bool Reader::SaidAfterTheMeeting(const ExtractedStatement& s,
                                 Range sentence) const {
  // The sentence, and the attribution after a quotation of several
  // sentences ("…," X told reporters after the talks.), up to its stop.
  uint32_t begin = std::min(sentence.begin, s.text_span.begin);
  uint32_t end = std::max(sentence.end, s.text_span.end);
  if (end == s.text_span.end) {
    // The first full stop or line break after the words, within 160 bytes.
    const size_t limit =
        std::min<size_t>(lower_.size(), s.text_span.end + 160u);
    size_t stop = std::min<size_t>(limit, s.text_span.end + 1u);
    while (stop < limit && lower_[stop] != '.' && lower_[stop] != '\n') {
      ++stop;
    }
    end = static_cast<uint32_t>(stop);
  }
  const absl::string_view text(lower_.data() + begin, end - begin);
  auto meeting_noun = [](absl::string_view w) {
    for (absl::string_view noun :
         {"talks", "meeting", "meetings", "call", "summit", "ceremony",
          "signing", "negotiations", "consultations"}) {
      if (w == noun) return true;
    }
    return false;
  };
  // "after the talks", "during the talks": the story's meeting.
  for (absl::string_view prep : {"after ", "during "}) {
    // "fter ", "uring " first: their first letters are rarer in text.
    if (!absl::StrContains(text, prep.substr(1))) continue;
    for (size_t at = text.find(prep); at != absl::string_view::npos;
         at = text.find(prep, at + prep.size())) {
      const uint32_t offset = begin + static_cast<uint32_t>(at);
      if (offset >= s.text_span.begin && offset < s.text_span.end) continue;
      if (at > 0 &&
          absl::ascii_isalpha(static_cast<unsigned char>(text[at - 1]))) {
        continue;
      }
      // "after the talks", "after their meeting", "after three hours of
      // talks", "after a two-hour meeting": the meeting's noun within five
      // words, before any punctuation.
      absl::string_view rest = text.substr(at + prep.size());
      int words = 0;
      while (!rest.empty() && words < 5) {
        size_t n = 0;
        while (n < rest.size() &&
               (absl::ascii_isalnum(static_cast<unsigned char>(rest[n])) ||
                rest[n] == '-')) {
          ++n;
        }
        if (n == 0) break;
        const absl::string_view w = rest.substr(0, n);
        if (words == 0 &&
            (w == "the" || w == "their" || w == "a" || w == "an")) {
          // a determiner first
        } else if (meeting_noun(w)) {
          return true;
        }
        ++words;
        if (n >= rest.size() || rest[n] != ' ') break;
        rest.remove_prefix(n + 1);
      }
    }
  }
  // Whether one of `phrases` stands in the text outside the words.
  auto outside_words = [&](std::initializer_list<absl::string_view> phrases) {
    for (absl::string_view phrase : phrases) {
      for (size_t at = text.find(phrase); at != absl::string_view::npos;
           at = text.find(phrase, at + phrase.size())) {
        const uint32_t offset = begin + static_cast<uint32_t>(at);
        if (offset < s.text_span.begin || offset >= s.text_span.end) {
          return true;
        }
      }
    }
    return false;
  };
  // "Briefing reporters later in the evening, X said ...": later on the
  // story's day.
  if (absl::StrContains(text, "later ") &&
      outside_words({"later in the day", "later in the evening",
                     "later in the afternoon", "later that day",
                     "later that evening", "later the same day"})) {
    return true;
  }
  // "told reporters at a joint press event", "at a joint news conference
  // with Y": the story's parties together, on the story's day.
  if (absl::StrContains(text, "joint ") &&
      outside_words({"at a joint news conference",
                     "at a joint press conference", "at a joint press event",
                     "at a joint briefing", "at a joint press availability",
                     "a joint news conference with",
                     "a joint press conference with"})) {
    return true;
  }
  // "Speaking at the same news conference, X said ...", "told the same
  // briefing": the event of the story's other remarks.
  return absl::StrContains(text, "the same ") &&
         outside_words({"the same news conference", "the same press conference",
                        "the same briefing", "the same joint news conference",
                        "the same joint press conference", "the same event"});
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
                        e.basis,
                        e.rule,
                        e.confidence});
  }
}

bool Reader::IsPastTime(const TimeExpression& e) const {
  return e.date.is_known() && !e.future && e.duration.empty() &&
         !(x_.document_date.is_known() && x_.document_date < e.date);
}

}  // namespace text_internal
}  // namespace diplograph
