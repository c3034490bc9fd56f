// A statement's channel: how it was said, where the writer's words say so
// ("said at a regular press briefing", "in a phone call with Xi Jinping",
// "told CNN in an interview", "in a speech at the Valdai forum", "in a
// joint statement"), and the channel a transcript's heading names for its
// turns ("... Regular Press Conference on June 3"). docs/text.md,
// "Channels", lists the constructions.

#include <algorithm>
#include <cstdint>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "text/reader.h"
#include "text/word_filter.h"

namespace diplograph {
namespace text_internal {
namespace {

// The nouns that name a way of speaking, as the head of "at a regular
// press briefing", "in a phone call", "in an interview".
enum class Head {
  kNone,
  kBriefing,
  kCall,
  kInterview,
  kSpeech,
  kStatement,
  kEvent
};

Head HeadOf(absl::string_view w) {
  if (w == "briefing" || w == "conference" || w == "availability") {
    return Head::kBriefing;
  }
  if (w == "call" || w == "conversation" || w == "videoconference") {
    return Head::kCall;
  }
  if (w == "interview") return Head::kInterview;
  if (w == "speech" || w == "address" || w == "lecture") return Head::kSpeech;
  if (w == "statement") return Head::kStatement;
  if (w == "event" || w == "rally" || w == "meeting" || w == "summit" ||
      w == "forum") {
    return Head::kEvent;
  }
  return Head::kNone;
}

// Words that may stand between the determiner and the head: "a regular
// press briefing", "a telephone call", "a televised speech".
bool IsChannelModifier(absl::string_view w) {
  return w == "regular" || w == "daily" || w == "weekly" || w == "routine" ||
         w == "press" || w == "news" || w == "media" || w == "joint" ||
         w == "virtual" || w == "online" || w == "phone" || w == "telephone" ||
         w == "video" || w == "televised" || w == "keynote" ||
         w == "campaign" || w == "separate" || w == "written" ||
         w == "exclusive" || w == "recent" || w == "brief" || w == "lengthy" ||
         w == "rare" || w == "late-night";
}

// "a", "the", "his", and possessives: "at Tuesday's briefing".
bool IsDeterminer(absl::string_view w) {
  return EndsPossessive(w) || w == "a" || w == "an" || w == "the" ||
         IsPossessiveDeterminer(w);
}

// Nouns that may end the name of an event after "at" / "to": "the Valdai
// forum", "the UN General Assembly", "a rally in Ohio".
bool IsEventNoun(absl::string_view w) {
  return w == "forum" || w == "summit" || w == "conference" || w == "meeting" ||
         w == "session" || w == "ceremony" || w == "rally" ||
         w == "university" || w == "parliament" || w == "assembly" ||
         w == "congress" || w == "dinner" || w == "event" || w == "club" ||
         w == "gathering" || w == "nation" || w == "convention" ||
         w == "festival" || w == "academy" || w == "institute" ||
         w == "council" || w == "dialogue";
}

// Every word HeadOf knows, to reject most words before it compares them.
const WordFilter& HeadWords() {
  static constexpr const char* kHeads[] = {
      "briefing",     "conference",      "availability", "call",
      "conversation", "videoconference", "interview",    "speech",
      "address",      "lecture",         "statement",    "event",
      "rally",        "meeting",         "summit",       "forum"};
  static const WordFilter* const filter = new WordFilter(kHeads);
  return *filter;
}

}  // namespace

uint32_t Reader::ChannelTail(size_t t, size_t hi, bool with_party,
                             bool at_event, bool in_place) const {
  if (t >= hi || !body_tokens_[t].word) return 0;
  const absl::string_view prep =
      LowerSlice(body_tokens_[t].begin, body_tokens_[t].end);
  const bool with = with_party && prep == "with";
  const bool at = at_event && (prep == "at" || prep == "to" || prep == "in");
  const bool in = in_place && prep == "in";
  if (!with && !at && !in) return 0;
  size_t j = t + 1;
  if (j < hi && body_tokens_[j].word) {
    const absl::string_view w =
        LowerSlice(body_tokens_[j].begin, body_tokens_[j].end);
    // "with the Chinese president", "at the Valdai forum".
    if (w == "the" && (with || at)) ++j;
  }
  uint32_t end = 0;
  // Capitalised words ("Xi Jinping", "New Delhi", "the Valdai forum"), with
  // "of" inside a name and, after "at"/"to", the event's common noun.
  for (size_t k = j; k < hi && k < j + 6; ++k) {
    const Token& tok = body_tokens_[k];
    if (!tok.word) break;
    const absl::string_view w = LowerSlice(tok.begin, tok.end);
    if (tok.capitalised && !IsFunctionWord(w)) {
      end = tok.end;
    } else if (w == "of" && end != 0 && k + 1 < hi &&
               body_tokens_[k + 1].capitalised) {
      continue;
    } else if (at && IsEventNoun(w) && (end != 0 || k == j)) {
      end = tok.end;
    } else {
      break;
    }
  }
  return end;
}

void Reader::IndexChannelHeads() {
  channel_heads_.clear();
  for (size_t i = 0; i < body_tokens_.size(); ++i) {
    const Token& tok = body_tokens_[i];
    // The heads are 4 to 15 bytes long ("call", "videoconference").
    if (!tok.word || tok.end - tok.begin < 4 || tok.end - tok.begin > 15) {
      continue;
    }
    const absl::string_view w = LowerSlice(tok.begin, tok.end);
    if (w == "phone" || w == "telephone" ||
        (HeadWords().MayContain(w) && HeadOf(w) != Head::kNone)) {
      channel_heads_.push_back(static_cast<uint32_t>(i));
    }
  }
}

std::string Reader::ChannelIn(uint32_t begin, uint32_t end) const {
  if (end <= begin) return "";
  const size_t lo = BodyTokenAt(begin);
  size_t hi = BodyTokenAt(end);
  // Only the heads (IndexChannelHeads) can start a channel: the words
  // between them are skipped, so that the many looks of a long sentence
  // of many statements cost O(log n) each, not the words around each.
  for (auto head_it =
           std::lower_bound(channel_heads_.begin(), channel_heads_.end(),
                            static_cast<uint32_t>(lo));
       head_it != channel_heads_.end() && *head_it < hi; ++head_it) {
    const size_t i = *head_it;
    const Token& tok = body_tokens_[i];
    const absl::string_view w = LowerSlice(tok.begin, tok.end);
    // "spoke by phone with ...", "over the phone".
    if ((w == "phone" || w == "telephone") && i > lo &&
        (LowerSlice(body_tokens_[i - 1].begin, body_tokens_[i - 1].end) ==
             "by" ||
         (i >= lo + 2 &&
          LowerSlice(body_tokens_[i - 1].begin, body_tokens_[i - 1].end) ==
              "the" &&
          LowerSlice(body_tokens_[i - 2].begin, body_tokens_[i - 2].end) ==
              "over"))) {
      std::string channel = "phone call";
      if (const uint32_t e = ChannelTail(i + 1, hi, true, false, false)) {
        absl::StrAppend(&channel, " ",
                        Slice(text_, body_tokens_[i + 1].begin, e));
      }
      return channel;
    }
    if (!HeadWords().MayContain(w)) continue;
    const Head head = HeadOf(w);
    if (head == Head::kNone) continue;
    // Back over the modifiers to the determiner and the preposition.
    size_t j = i;
    bool modified = false;
    while (j > lo && body_tokens_[j - 1].word &&
           IsChannelModifier(LowerSlice(body_tokens_[j - 1].begin,
                                        body_tokens_[j - 1].end))) {
      --j;
      modified = true;
    }
    const uint32_t phrase_begin = body_tokens_[j].begin;
    if (j == lo || !IsDeterminer(LowerSlice(body_tokens_[j - 1].begin,
                                            body_tokens_[j - 1].end))) {
      continue;
    }
    --j;
    if (j == lo) continue;
    const absl::string_view prep =
        LowerSlice(body_tokens_[j - 1].begin, body_tokens_[j - 1].end);
    const bool at = prep == "at" || prep == "during" || prep == "on";
    const bool in = prep == "in" || prep == "during";
    // Which prepositions each head takes, and what may follow it.
    bool ok = false, with_party = false, at_event = false, in_place = false;
    switch (head) {
      case Head::kBriefing:
        // "conference" alone is an event, not a briefing: "a press
        // conference", "a news conference", "a video conference".
        ok = (at || in) && (w != "conference" || modified);
        in_place = true;
        break;
      case Head::kCall:
        // "call" alone needs the preposition of a channel ("in a call
        // with", "on a call"); "conversation" a phone or "with".
        ok = (in || at) &&
             (modified || w != "conversation" ||
              (i + 1 < hi && LowerSlice(body_tokens_[i + 1].begin,
                                        body_tokens_[i + 1].end) == "with"));
        with_party = true;
        break;
      case Head::kInterview:
        ok = in || at;
        with_party = true;
        break;
      case Head::kSpeech:
        ok = in || at;
        at_event = true;
        break;
      case Head::kStatement:
        ok = prep == "in";  // "said in a statement"
        break;
      case Head::kEvent:
        // "at an event in Sochi", "during a meeting with X"; not "in the
        // event of".
        ok = prep == "at" || prep == "during";
        with_party = w == "meeting";
        in_place = true;
        break;
      case Head::kNone:
        break;
    }
    if (!ok) continue;
    std::string channel(LowerSlice(phrase_begin, tok.end));
    if (const uint32_t e =
            ChannelTail(i + 1, hi, with_party, at_event, in_place)) {
      absl::StrAppend(&channel, " ",
                      Slice(text_, body_tokens_[i + 1].begin, e));
    }
    return channel;
  }
  return "";
}

void Reader::FindChannel(ExtractedStatement& s, Range sentence) const {
  if (!s.channel.empty()) return;
  // The writer's words around the statement's words, near them (a bounded
  // look, so that a long sentence of many statements stays linear).
  constexpr uint32_t kReach = 320;
  const uint32_t b = s.text_span.begin, e = s.text_span.end;
  if (sentence.begin < b) {
    const uint32_t from =
        b - sentence.begin > kReach ? b - kReach : sentence.begin;
    s.channel = ChannelIn(from, b);
  }
  if (s.channel.empty() && e < sentence.end) {
    s.channel = ChannelIn(e, std::min(sentence.end, e + kReach));
  }
  if (s.channel.empty() && s.rule == "transcript-turn") {
    s.channel = transcript_channel_;
  }
}

void Reader::FindTranscriptChannel(uint32_t heading_end) {
  transcript_channel_.clear();
  const uint32_t b = x_.body_begin;
  if (heading_end <= b) return;
  const auto by_begin = [](const Token& t, uint32_t o) { return t.begin < o; };
  const size_t lo = static_cast<size_t>(
      std::lower_bound(body_tokens_.begin(), body_tokens_.end(), b, by_begin) -
      body_tokens_.begin());
  // The heading names it without an article: "Mao Ning's Regular Press
  // Conference on June 27", "Department Press Briefing".
  for (size_t i = lo;
       i < body_tokens_.size() && body_tokens_[i].begin < heading_end; ++i) {
    const Token& tok = body_tokens_[i];
    if (!tok.word) continue;
    const absl::string_view w = LowerSlice(tok.begin, tok.end);
    if (HeadOf(w) != Head::kBriefing) continue;
    size_t j = i;
    while (j > lo && body_tokens_[j - 1].word &&
           IsChannelModifier(LowerSlice(body_tokens_[j - 1].begin,
                                        body_tokens_[j - 1].end))) {
      --j;
    }
    if (j == i && w != "briefing") continue;  // "conference" alone
    transcript_channel_ =
        std::string(LowerSlice(body_tokens_[j].begin, tok.end));
    return;
  }
}

}  // namespace text_internal
}  // namespace diplograph
