// A document's layout as the Reader walks it: a paragraph of a news report
// (its quotations, reported speech, events, relationships, the lede), the
// attribution line of a readout, and the turns of a transcript (labels,
// questions and their answers).

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "text/reader.h"
#include "text/verbs.h"

namespace diplograph {
namespace text_internal {
namespace {

// Labels of a web page's furniture that look like a transcript turn's
// ("Published: 2022-07-27 21:59", "Photo: ...", "Related: ..."): never a
// speaker.
bool IsPageFurnitureLabel(absl::string_view lower) {
  static const auto* const kLabels =
      new absl::flat_hash_set<std::string>{"published",
                                           "updated",
                                           "last updated",
                                           "last updated at",
                                           "last update",
                                           "first published",
                                           "posted",
                                           "posted on",
                                           "modified",
                                           "last modified",
                                           "date modified",
                                           "from",
                                           "to",
                                           "subject",
                                           "date",
                                           "time",
                                           "dateline",
                                           "source",
                                           "sources",
                                           "photo",
                                           "photos",
                                           "file photo",
                                           "image",
                                           "images",
                                           "picture",
                                           "caption",
                                           "credit",
                                           "credits",
                                           "photo credit",
                                           "image credit",
                                           "video",
                                           "watch",
                                           "listen",
                                           "tags",
                                           "tag",
                                           "topics",
                                           "category",
                                           "categories",
                                           "filed under",
                                           "related",
                                           "see also",
                                           "read more",
                                           "read also",
                                           "up next",
                                           "next",
                                           "previous",
                                           "next article",
                                           "previous article",
                                           "next post",
                                           "previous post",
                                           "also read",
                                           "more",
                                           "share",
                                           "share this",
                                           "follow",
                                           "follow us",
                                           "copyright",
                                           "email",
                                           "e-mail",
                                           "tel",
                                           "phone",
                                           "telephone",
                                           "fax",
                                           "address",
                                           "postal address",
                                           "website",
                                           "web",
                                           "by",
                                           "edited by",
                                           "reporting by",
                                           "written by",
                                           "location",
                                           "author",
                                           "written by",
                                           "edited by",
                                           "editor",
                                           "editors",
                                           "reporting by",
                                           "additional reporting by",
                                           "translated by",
                                           "keywords",
                                           "comments",
                                           "advertisement",
                                           "sponsored",
                                           "enquiries",
                                           "inquiries",
                                           "media enquiries",
                                           "media inquiries",
                                           "contact",
                                           "contacts",
                                           "media contact",
                                           "note",
                                           "notes",
                                           "please note",
                                           "editor's note",
                                           "disclaimer",
                                           "download",
                                           "downloads",
                                           "attachment",
                                           "attachments",
                                           "print"};
  if (kLabels->contains(lower)) return true;
  // "Share this article", "Photo caption", "Our Standards", "Read next",
  // "Like us on Facebook": a page's action ("share", "read", "follow",
  // "like", "search" ...) or the site's own
  // ("our", "your") first, or a picture's furniture last, names no
  // speaker.
  const size_t space = lower.find(' ');
  if (space == absl::string_view::npos) return false;
  const absl::string_view first = lower.substr(0, space);
  const absl::string_view last = lower.substr(lower.rfind(' ') + 1);
  for (absl::string_view w : {"share", "read", "follow", "subscribe", "sign",
                              "watch", "listen", "download", "print", "join",
                              "like", "visit", "search", "our", "your"}) {
    if (first == w) return true;
  }
  for (absl::string_view w :
       {"caption", "captions", "credit", "credits", "photo", "photos", "image",
        "images", "video", "section", "sections"}) {
    if (last == w) return true;
  }
  return false;
}

// Whether the words after a label name nothing but a time ("2022-07-27
// 21:59", "05-13 00:27", "Nov 8, 2024 3:24 PM ET"): a page's date stamp,
// not a turn. O(length).
bool OnlyTimeStamp(absl::string_view body) {
  static const auto* const kTimeWords = new absl::flat_hash_set<std::string>{
      "am",       "pm",       "a",        "p",       "m",         "gmt",
      "utc",      "est",      "edt",      "et",      "cst",       "cdt",
      "pst",      "pdt",      "bst",      "cet",     "cest",      "msk",
      "ist",      "jst",      "jan",      "feb",     "mar",       "apr",
      "may",      "jun",      "jul",      "aug",     "sep",       "sept",
      "oct",      "nov",      "dec",      "january", "february",  "march",
      "april",    "june",     "july",     "august",  "september", "october",
      "november", "december", "mon",      "tue",     "wed",       "thu",
      "fri",      "sat",      "sun",      "monday",  "tuesday",   "wednesday",
      "thursday", "friday",   "saturday", "sunday",  "at",        "on",
      "updated",  "hrs",      "ist",      "bjt"};
  bool digit = false;
  size_t i = 0;
  while (i < body.size()) {
    const unsigned char c = static_cast<unsigned char>(body[i]);
    if (absl::ascii_isdigit(c)) {
      digit = true;
      ++i;
    } else if (absl::ascii_isalpha(c)) {
      size_t j = i;
      while (j < body.size() &&
             absl::ascii_isalpha(static_cast<unsigned char>(body[j]))) {
        ++j;
      }
      if (!kTimeWords->contains(absl::AsciiStrToLower(body.substr(i, j - i)))) {
        return false;
      }
      i = j;
    } else if (c >= 0x80) {
      return false;  // a letter of another script: words
    } else {
      ++i;
    }
  }
  return digit;
}

}  // namespace

namespace {

// A page's header over a list of links to other articles ("Related",
// "Read more:", "You may also like"), in lower case without a final colon.
bool IsLinkListHeader(absl::string_view lower) {
  static const auto* const kHeaders =
      new absl::flat_hash_set<std::string>{"related",
                                           "related articles",
                                           "related news",
                                           "related stories",
                                           "related content",
                                           "related coverage",
                                           "related information",
                                           "related links",
                                           "related topics",
                                           "read more",
                                           "read also",
                                           "also read",
                                           "more from",
                                           "more news",
                                           "more stories",
                                           "more on this",
                                           "more on this story",
                                           "more on this topic",
                                           "more on the topic",
                                           "more on this subject",
                                           "more on the subject",
                                           "also of interest",
                                           "related pages",
                                           "related documents",
                                           "related press releases",
                                           "see also",
                                           "also see",
                                           "more",
                                           "must read",
                                           "you may also like",
                                           "you might also like",
                                           "recommended",
                                           "recommended stories",
                                           "recommended for you",
                                           "trending",
                                           "trending now",
                                           "most read",
                                           "most popular",
                                           "latest news",
                                           "latest stories",
                                           "top stories",
                                           "more images",
                                           "other news",
                                           "further reading",
                                           "read next",
                                           "up next",
                                           "what to read next",
                                           "editor's picks",
                                           "don't miss"};
  return kHeaders->contains(lower);
}

}  // namespace

bool Reader::IsPageLink(Range para) const {
  const absl::string_view lower = LowerSlice(para.begin, para.end);
  const size_t colon = lower.substr(0, 21).find(':');
  return colon != absl::string_view::npos &&
         IsLinkListHeader(absl::StripAsciiWhitespace(lower.substr(0, colon)));
}

bool Reader::IsPageFurnitureLine(Range para) const {
  const absl::string_view lower = LowerSlice(para.begin, para.end);
  if (absl::StartsWith(lower, "copyright") ||
      absl::StartsWith(lower, "\xC2\xA9")) {
    return true;
  }
  const size_t colon = lower.substr(0, 41).find(':');
  if (colon == absl::string_view::npos) return false;
  const absl::string_view label =
      absl::StripAsciiWhitespace(lower.substr(0, colon));
  return IsPageFurnitureLabel(label) || IsLinkListHeader(label);
}

// "The below is attributable to Spokesperson Matthew Miller:": a readout
// whose statements are relayed by that person.
void Reader::ReadAttributionLine(size_t p) {
  const Range para = paragraphs_[p];
  const absl::string_view lower = LowerSlice(para.begin, para.end);
  // "butable to " first: its first letter is rarer than an "a".
  if (!absl::StrContains(lower, "butable to ")) return;
  const size_t at = lower.find("attributable to ");
  if (at == std::string::npos) return;
  const int t = TokenAt(para.begin + static_cast<uint32_t>(at) + 16);
  std::optional<Subject> who = SubjectAt(t, static_cast<int>(tokens_.size()));
  if (!who) return;
  readout_relay_ = who->actor;
  if (x_.info.genre == Genre::kUnknown) x_.info.genre = Genre::kReadout;
}

// A paragraph's words without what a page puts around a repeated line: the
// leading symbols (an emoji, a variation selector, a bullet) and the final
// full stop; `truncated` when it ends in an ellipsis ("did not hold
// talks as..."), which is then dropped too. Lower case (lower_).
absl::string_view Reader::RepeatKey(Range para, bool* truncated) const {
  uint32_t b = para.begin, e = para.end;
  while (b < e) {
    const unsigned char c = static_cast<unsigned char>(text_[b]);
    if (absl::ascii_isalnum(c) || c == '"' || (c >= 0xC0 && c < 0xE0)) break;
    if (c >= 0xE2) {  // a symbol of three or four bytes, or CJK: skipped
      b += c >= 0xF0 ? 4 : 3;
      continue;
    }
    ++b;
  }
  b = std::min(b, e);
  *truncated = false;
  if (e - b >= 3 && text_.substr(e - 3, 3) == "...") {
    e -= 3;
    *truncated = true;
  } else if (e - b >= 3 && text_.substr(e - 3, 3) == "\xE2\x80\xA6") {  // …
    e -= 3;
    *truncated = true;
  }
  while (e > b && (text_[e - 1] == '.' || text_[e - 1] == ' ')) --e;
  return LowerSlice(b, e);
}

// Pages repeat lines: a headline printed again as the first paragraph (the
// lede adds its full stop, or the headline was cut short with an ellipsis), a
// title or a caption printed several times. The copy is not read again: a
// headline that the next paragraph repeats, and any later copy of a short line
// that is no sentence. O(paragraphs): a hash look-up for each line of 20 to 400
// bytes that is no sentence.
// Links to other articles: the lines after a link list's header that are
// no sentence ("Related" then "X says Y would ..."), up to the first
// sentence; and a line "Read more: ..." / "Also read: ..." itself.
// O(paragraphs).
void Reader::MarkLinkLists() {
  link_lines_.assign(paragraphs_.size(), 0);
  bool in_list = false;
  for (size_t p = 0; p < paragraphs_.size(); ++p) {
    const Range para = paragraphs_[p];
    absl::string_view lower = LowerSlice(para.begin, para.end);
    const unsigned char last = static_cast<unsigned char>(lower.back());
    const bool sentence = last == '.' || last == '!' || last == '?' ||
                          last == '"' ||
                          (last >= 0x80 && lower.size() > 3 &&
                           lower.substr(lower.size() - 3) != "\xE2\x80\xA6");
    if (lower.size() <= 40) {
      absl::string_view head = lower;
      if (!head.empty() && head.back() == ':') head.remove_suffix(1);
      if (IsLinkListHeader(absl::StripAsciiWhitespace(head))) {
        link_lines_[p] = 1;
        in_list = true;
        continue;
      }
    }
    if (IsPageLink(para)) {
      link_lines_[p] = 1;  // "Read more: X says ..."
      continue;
    }
    // A link's title may end in a quotation ("X says deal 'closer than
    // ever'"): a closing mark after no full stop, question or exclamation
    // mark ends no sentence.
    const bool title_quote =
        last == '"' && lower.size() >= 2 && lower[lower.size() - 2] != '.' &&
        lower[lower.size() - 2] != '?' && lower[lower.size() - 2] != '!';
    if (in_list && (!sentence || title_quote) && para.end - para.begin <= 300) {
      link_lines_[p] = 1;
      continue;
    }
    in_list = false;
  }
}

void Reader::MarkRepeatedParagraphs() {
  repeated_.assign(paragraphs_.size(), 0);
  for (size_t p = 0; p < paragraphs_.size() && p < link_lines_.size(); ++p) {
    repeated_[p] = link_lines_[p];
  }
  absl::flat_hash_set<absl::string_view> seen;
  for (size_t p = 0; p < paragraphs_.size(); ++p) {
    const Range para = paragraphs_[p];
    if (para.end - para.begin > 400 || para.end - para.begin < 20) continue;
    // Only a line that is no sentence (a title, a caption, a headline: no
    // full stop, mark or closing quotation at its end), or one cut short
    // with an ellipsis, is a copy; a sentence may well be repeated on
    // purpose ("We are ready." in two answers).
    const unsigned char last = static_cast<unsigned char>(text_[para.end - 1]);
    const bool ellipsis =
        absl::EndsWith(Slice(text_, para.begin, para.end), "...") ||
        absl::EndsWith(Slice(text_, para.begin, para.end), "\xE2\x80\xA6");
    const bool sentence = last == '.' || last == '!' || last == '?' ||
                          last == '"' || last >= 0x80;
    if (sentence && !ellipsis) continue;
    bool truncated = false;
    const absl::string_view key = RepeatKey(para, &truncated);
    int words = 0;
    for (size_t i = 0; i < key.size() && words < 3; ++i) words += key[i] == ' ';
    if (key.size() < 20 || words < 3) continue;
    if (seen.contains(key)) {
      repeated_[p] = 1;
      continue;
    }
    if (p + 1 < paragraphs_.size()) {
      const Range next = paragraphs_[p + 1];
      bool next_truncated = false;
      const absl::string_view next_key = RepeatKey(next, &next_truncated);
      // The next paragraph is the same line, whole (a headline and its
      // lede) or with this one's words cut short: the next one is read.
      if (next_key == key || (truncated && absl::StartsWith(next_key, key))) {
        repeated_[p] = 1;
        continue;
      }
    }
    seen.insert(key);
  }
}

// "Sudan and Egypt issued a joint communique", "X and Y have agreed ...,
// according to a joint statement", "the full text of a joint statement X
// and Y issued": the states and organisations the sentence names before
// the joint document (after it when fewer than two come before) issued it.
void Reader::NoteJointIssuers(Range sentence) {
  const absl::string_view lower = LowerSlice(sentence.begin, sentence.end);
  if (!absl::StrContains(lower, "joint ")) return;  // most sentences
  size_t at = absl::string_view::npos;
  for (absl::string_view noun :
       {"joint statement", "joint communiqu", "joint declaration"}) {
    at = std::min(at, lower.find(noun));
  }
  if (at == absl::string_view::npos) return;
  const uint32_t split = sentence.begin + static_cast<uint32_t>(at);
  std::vector<int> parties = PartiesIn({sentence.begin, split});
  if (parties.size() < 2) parties = PartiesIn({split, sentence.end});
  if (parties.size() >= 2) joint_issuers_ = std::move(parties);
}

// "'A hedge, not a realignment'" on a line of its own: a news page's
// subheading that quotes a later line, not the previous speaker going on.
// A closed quotation that is the whole paragraph and whose words end in no
// stop or comma. O(length of the paragraph's tail).
bool Reader::IsQuotedHeading(const Quote& q, Range para) const {
  if (!q.closed || q.open != para.begin || q.end <= q.begin) return false;
  for (uint32_t o = q.close; o < para.end; ++o) {
    if (!absl::ascii_isspace(static_cast<unsigned char>(text_[o])))
      return false;
  }
  uint32_t e = q.end;
  while (e > q.begin &&
         absl::ascii_isspace(static_cast<unsigned char>(text_[e - 1])))
    --e;
  if (e == q.begin) return false;
  const char c = text_[e - 1];
  return c != '.' && c != '!' && c != '?' && c != ',' && c != ';' && c != ':' &&
         static_cast<unsigned char>(c) < 0x80;
}

bool Reader::FindBlockAttribution(size_t p,
                                  const std::vector<Range>& sentences) {
  const Range para = paragraphs_[p];
  if (sentences.empty() || p + 1 >= paragraphs_.size() ||
      (p + 1 < repeated_.size() && repeated_[p + 1] != 0)) {
    return false;
  }
  // The paragraph's last token is a colon after a finite reporting verb
  // ("said:", "emphasised:"), or after the verb and a few words of its
  // addressee or channel ("told reporters:", "said in a statement:"),
  // outside any quotation.
  const int last = TokenAt(para.end) - 1;
  if (last < 1 || !IsPunct(last, ':')) return false;
  for (uint32_t o = tokens_[last].end; o < para.end; ++o) {
    if (text_[o] != ' ' && text_[o] != '\t' && text_[o] != '\r') return false;
  }
  // "Quotes attributable to Deputy Prime Minister X:", "Comments
  // attributable to the Minister:": a release's heading over the quotations
  // of the person it names.
  {
    const int first = TokenAt(para.begin);
    if (last - first >= 4 && last - first <= 16 &&
        (Is(first, "quotes") || Is(first, "quote") || Is(first, "comments") ||
         Is(first, "remarks")) &&
        Is(first + 1, "attributable") && Is(first + 2, "to")) {
      // The heading's first person or body ("Minister for Trade X").
      std::optional<Subject> who;
      for (int t = first + 3; t < last && !who; ++t) {
        if (mention_start_[t] < 0) continue;
        const DocMention& m = mentions_[mention_start_[t]];
        const ActorKind kind = x_.actors[m.actor].kind;
        if (kind != ActorKind::kPerson && kind != ActorKind::kOrganization) {
          continue;
        }
        who = MakeSubject(m.actor, m.begin, m.end, t, "attributable-heading",
                          0.8f);
      }
      if (!who) return false;
      block_para_ = p + 1;
      block_who_ = *who;
      block_rule_ = "attributable-heading-paragraph";
      return true;
    }
  }
  int verb = -1;
  for (int t = last - 1; t >= 0 && t >= last - 5 && tokens_[t].word; --t) {
    const VerbHit h = VerbAt(t);
    if (h.verb == nullptr) continue;
    if (h.form == VerbForm::kFinite && h.verb->reports_speech &&
        !in_quote_[t]) {
      verb = t;
    }
    break;
  }
  if (verb < 0) return false;
  const int floor = TokenAt(sentences.back().begin);
  std::optional<Subject> who = SubjectBefore(verb, floor, 0);
  if (!who) return false;
  verb_used_[verb] = 1;
  // "A Downing Street Spokesperson said:" over a readout's account in the
  // third person, not in marks ("The Prime Minister spoke to President X
  // this afternoon."): the paragraphs are read sentence by sentence as the
  // readout they are, the spokesperson their relay.
  const Range next = paragraphs_[p + 1];
  if (x_.info.genre == Genre::kReadout && !StartsWithOpeningMark(text_, next) &&
      TellsOfAMeeting(LowerSlice(next.begin, next.end))) {
    if (readout_relay_ < 0) readout_relay_ = who->actor;
    return false;
  }
  block_para_ = p + 1;
  block_who_ = *who;
  block_rule_ = "verb-colon-paragraph";
  return true;
}

bool Reader::ReadBlockParagraph(size_t p) {
  const Range para = paragraphs_[p];
  block_para_ = static_cast<size_t>(-1);
  ExtractedStatement st;
  st.speaker = block_who_.actor;
  st.co_speakers = block_who_.co_speakers;
  st.speaker_span = {block_who_.begin, block_who_.end};
  st.speaker_rule = block_who_.rule;
  st.text_span = {para.begin, para.end};
  // A paragraph that is one quotation: its words without the marks.
  if (StartsWithOpeningMark(text_, para)) {
    const std::vector<Quote> quotes = Quotes(text_, para, false);
    if (quotes.size() != 1 || quotes[0].open != para.begin ||
        !quotes[0].closed) {
      return false;
    }
    for (uint32_t o = quotes[0].close; o < para.end; ++o) {
      if (text_[o] != ' ' && text_[o] != '\t' && text_[o] != '\r') {
        return false;
      }
    }
    st.text_span = {quotes[0].begin, quotes[0].end};
  }
  st.quote = QuoteKind::kDirectQuote;
  st.reported_by = block_who_.relays;
  LoadWindow(para.begin, para.end);
  ReadTimes(para);
  st.rule = block_rule_;
  st.confidence = Clamp01(std::min(0.7f, block_who_.confidence));
  const bool whole_quote = StartsWithOpeningMark(text_, para);
  const int index = Emit(std::move(st), para, -1);
  if (index >= 0) last_quote_statement_ = index;
  for (const Range& sentence : Sentences(text_, para)) {
    ReadRelations(sentence, std::max(index, 0));
  }
  // "X said:" or "Quotes attributable to X:" over several paragraphs that
  // are each one quotation: the next such paragraph is X's too (it is read
  // as a block paragraph only when it is one closed quotation).
  if (whole_quote && p + 1 < paragraphs_.size() &&
      !(p + 1 < repeated_.size() && repeated_[p + 1] != 0) &&
      StartsWithOpeningMark(text_, paragraphs_[p + 1])) {
    block_para_ = p + 1;
  }
  return true;
}

// The sentence's earlier finite reporting verb (outside quotations, 60
// tokens back at most, from `sentence_floor`) whose subject `verb` shares
// when "and" or "and also" comes right before it ("X said that ... and
// warned that "..."", "... and called Y "B""); -1 otherwise.
int Reader::SharedVerbBefore(int verb, int floor, int sentence_floor) const {
  if (verb - 1 < floor ||
      !(Is(verb - 1, "and") || (Is(verb - 1, "also") && Is(verb - 2, "and")))) {
    return -1;
  }
  for (int t = verb - 2; t >= sentence_floor && t >= verb - 60; --t) {
    const VerbHit h = VerbAt(t);
    if (h.verb != nullptr && h.form == VerbForm::kFinite && !in_quote_[t]) {
      return t;
    }
  }
  return -1;
}

void Reader::ReadParagraph(size_t p) {
  if (p < repeated_.size() && repeated_[p] != 0) return;
  if (p == block_para_ && ReadBlockParagraph(p)) return;
  const Range para = paragraphs_[p];
  // A related article's title inside a quotation that runs over two
  // paragraphs ("“The top priority is … \n Biden administration warns …
  // \n “This should be …”"): a line of its own with no final stop, after
  // a paragraph whose last quotation is left open and before one that
  // opens with a quotation mark, is no text of the page; the quotation
  // goes on past it with its speaker.
  if (p > 0 && p + 1 < paragraphs_.size() && !transcript_ &&
      para.end - para.begin <= 160 &&
      StartsWithOpeningMark(text_, paragraphs_[p + 1]) &&
      last_quote_statement_ >= 0) {
    const absl::string_view line = absl::StripTrailingAsciiWhitespace(
        absl::string_view(text_).substr(para.begin, para.end - para.begin));
    const char last = line.empty() ? '.' : line.back();
    const bool stop = last == '.' || last == '!' || last == '?' ||
                      last == ':' || last == '"' ||
                      absl::EndsWith(line, "\xE2\x80\x9D");  // ”
    if (!stop && line.find('\n') == absl::string_view::npos) {
      const std::vector<Quote> before =
          Quotes(text_, paragraphs_[p - 1], false);
      if (!before.empty() && !before.back().closed) return;
    }
  }
  current_para_ = p;
  const int statements_before = static_cast<int>(x_.statements.size());
  const bool prev_runs_on =
      p > 0 && StartsWithOpeningMark(text_, para) && last_quote_statement_ >= 0;
  std::vector<Quote> quotes = Quotes(text_, para, prev_runs_on);
  LoadWindow(para.begin, para.end);
  const std::vector<Range> sentences = Sentences(text_, para);
  for (const Range& s : sentences) Appositions(s);
  for (const Range& s : sentences) NoteJointIssuers(s);
  ReadAttributionLine(p);
  ReadTimes(para);
  // The paragraph the dateline opens (the body starts past the dateline,
  // on its line).
  if (!story_time_.date.is_known() && !transcript_ &&
      dateline_place_.end > dateline_place_.begin &&
      para.begin >= dateline_place_.end &&
      para.begin - dateline_place_.end < 80 &&
      absl::string_view(text_)
              .substr(dateline_place_.end, para.begin - dateline_place_.end)
              .find('\n') == absl::string_view::npos) {
    for (const TimeExpression& e : para_times_) {
      if (!IsPastTime(e) || (e.range_end.is_known() && e.range_end != e.date)) {
        continue;
      }
      story_time_ = e;
      break;
    }
  }
  // With no dateline, the story's day is the first past day of the lede:
  // the first paragraph of the body of 150 bytes or more that ends in a
  // sentence ("India and the UAE on Tuesday agreed to ...").
  if (!lede_read_ && !transcript_ && x_.info.genre == Genre::kUnknown &&
      dateline_place_.end <= dateline_place_.begin &&
      para.end - para.begin >= 150 && text_[para.end - 1] == '.') {
    lede_read_ = true;
    for (const TimeExpression& e : para_times_) {
      if (!IsPastTime(e) || (e.range_end.is_known() && e.range_end != e.date) ||
          e.date.precision() != DatePrecision::kDay) {
        continue;
      }
      story_time_ = e;
      break;
    }
  }
  // A readout's call or meeting day: the first past day of a sentence
  // that tells of the call ("spoke to X on 14 June").
  if (!call_time_.date.is_known() && x_.info.genre == Genre::kReadout) {
    for (const TimeExpression& e : para_times_) {
      if (IsPastTime(e) && !(e.range_end.is_known() && e.range_end != e.date) &&
          e.date.precision() == DatePrecision::kDay &&
          CallTimeOf(e, para.begin)) {
        call_time_ = e;
        break;
      }
    }
  }
  MarkQuotes(quotes);
  FindBlockAttribution(p, sentences);
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
    // '"Why would we leave?" she asked.': a question or exclamation mark
    // inside the closing mark ends the sentence there, and the attribution
    // is the next one.
    if (q.closed && q.end > q.begin && s_close.end <= q.close + 1 &&
        (text_[q.end - 1] == '?' || text_[q.end - 1] == '!')) {
      auto next = std::upper_bound(
          sentences.begin(), sentences.end(), s_close.begin,
          [](uint32_t o, const Range& r) { return o < r.begin; });
      if (next != sentences.end()) limit_off = next->end;
    }
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
      // "X quoted Y as saying: “...”": SubjectBefore reads "as saying".
      if (VerbAt(pre_verb).form == VerbForm::kParticiple &&
          !Is(pre_verb - 1, "as")) {
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
      // "X said that ... and warned that “...”": a verb right after "and"
      // has no subject of its own; it shares the subject of the clause's
      // earlier finite reporting verb (whose own words stay its own).
      // A quoted fragment of that verb's words may lie between them.
      const int sentence_floor = TokenAt(s_open.begin);
      const int shared = main == pre_verb
                             ? SharedVerbBefore(pre_verb, floor, sentence_floor)
                             : -1;
      who = shared >= 0 ? SubjectBefore(shared, sentence_floor, 0)
                        : SubjectBefore(main, floor, 0);
      if (who && main != pre_verb) verb_used_[main] = 1;
      if (who && shared >= 0) who->rule = "coordinated-verb-subject";
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
      if (who && who->actor < 0 && who->rule == "quote-reported-by-outlet") {
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
      // "X said that W was pursuing "A" and called the United States
      // "B"": after "and", the verb shares the subject of the sentence's
      // earlier finite reporting verb, as above.
      const int sentence_floor = TokenAt(s_open.begin);
      const int shared = VerbAt(pre_verb).form == VerbForm::kFinite
                             ? SharedVerbBefore(pre_verb, floor, sentence_floor)
                             : -1;
      who = shared >= 0 ? SubjectBefore(shared, sentence_floor, 0)
                        : SubjectBefore(pre_verb, floor, 0);
      verb = pre_verb;
      rule = "partial-quote-in-reported-speech";
      if (who && shared >= 0) who->rule = "coordinated-verb-subject";
    }
    // "'A new chapter': Iceland says ...", a headline's form: a quotation
    // opening its sentence, a colon, then a name and its finite reporting
    // verb; the name is the quotation's speaker.
    if (!who && q.closed && q.open == s_open.begin && close_t + 2 < limit &&
        IsPunct(close_t, ':')) {
      std::optional<Subject> s = SubjectAt(close_t + 1, limit);
      if (s && s->actor >= 0) {
        int v = s->token;
        while (v < limit && tokens_[v].begin < s->end) ++v;
        const VerbHit h = v < limit ? VerbAt(v) : VerbHit{};
        if (h.verb != nullptr && h.form == VerbForm::kFinite &&
            h.verb->reports_speech) {
          s->rule = "quote-colon-headline";
          who = s;
          verb = v;
          rule = "quote-colon-headline";
        }
      }
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
                      prev.speaker < 0 ? prev.speaker_rule
                                       : "continuation-same-paragraph",
                      prev.speaker < 0 ? prev.confidence : 0.75f,
                      -1,
                      {}};
        rule = "continuation-same-paragraph";
        confidence = 0.75f;
      } else if (opens_sentence && q.open == para.begin &&
                 last_quote_statement_ >= 0 && !IsQuotedHeading(q, para)) {
        const ExtractedStatement& prev = x_.statements[last_quote_statement_];
        who = Subject{prev.speaker,
                      prev.co_speakers,
                      prev.speaker_span.begin,
                      prev.speaker_span.end,
                      prev.speaker < 0 ? prev.speaker_rule
                                       : "continuation-next-paragraph",
                      prev.speaker < 0 ? prev.confidence : 0.6f,
                      -1,
                      {}};
        rule = q.continues ? "quote-reopened-next-paragraph"
                           : "continuation-next-paragraph";
        confidence = q.continues ? 0.7f : 0.55f;
      }
      // "Vik said the talks were useful. “We will meet again.”",
      // "Neighbours should talk, said Xi. “I hope …”": a quotation of whole
      // sentences (its last one's stop inside the marks; '“…,” Lepp said'
      // has an attribution of its own, even one no actor answers) opening
      // the sentence right after one of reported speech in the same
      // paragraph (a statement ending in that sentence, its speaker named)
      // is that speaker's next words.
      if (!who && opens_sentence && !transcript_ && q.open > para.begin &&
          q.end > q.begin &&
          (text_[q.end - 1] == '.' || text_[q.end - 1] == '!' ||
           text_[q.end - 1] == '?') &&
          static_cast<int>(x_.statements.size()) > statements_before) {
        auto it = std::upper_bound(
            sentences.begin(), sentences.end(), s_open.begin,
            [](uint32_t o, const Range& r) { return o < r.begin; });
        const ExtractedStatement& prev = x_.statements.back();
        if (it - sentences.begin() >= 2 && prev.speaker >= 0 &&
            !prev.in_question && prev.quote == QuoteKind::kParaphrase &&
            prev.text_span.end <= q.open &&
            prev.text_span.end > (it - 2)->begin) {
          who = Subject{prev.speaker,
                        prev.co_speakers,
                        prev.speaker_span.begin,
                        prev.speaker_span.end,
                        "continuation-after-reported-speech",
                        0.6f,
                        -1,
                        {}};
          rule = "continuation-after-reported-speech";
          confidence = 0.6f;
        }
      }
    }
    if (!who) continue;
    // A speaker the text does not name stays at low confidence.
    if (who->actor < 0) confidence = std::min(confidence, who->confidence);
    // The headline's verb keeps the words after it ("Iceland says the deal
    // is within reach" is a statement too).
    if (verb >= 0 && rule != "quote-colon-headline") verb_used_[verb] = 1;
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
    const Subject speaker = *who;
    const int idx = Emit(std::move(st), s_open, verb);
    if (idx >= 0) {
      paragraph_speaker_statement = idx;
      last_quote_statement_ = idx;
    }
    // "“…,” said Vik, adding that the two sides …", "“…,” Vik told
    // reporters on Friday, adding …": the participle of a reporting verb
    // after the attribution's comma is the speaker's next clause, a
    // paraphrase up to the sentence's end (as after a clause's attribution
    // in a sentence with no quotation).
    if (idx >= 0 && verb >= close_t && speaker.actor >= 0) {
      const int end = TokenAt(s_close.end);
      int k = verb + 1;
      while (k < end && tokens_[k].begin < speaker.end) ++k;
      const VerbHit vh = VerbAt(verb);
      // (The adverbials skipped include the comma before the participle.)
      k = SkipSayingAdverbials(k, end,
                               vh.verb != nullptr && vh.verb->takes_addressee);
      const VerbHit ph = k + 1 < end ? VerbAt(k) : VerbHit{};
      if (k + 1 < end && k - 1 > verb && IsPunct(k - 1, ',') &&
          ph.verb != nullptr && ph.form == VerbForm::kParticiple &&
          ph.verb->reports_speech && absl::EndsWith(LowerWord(k), "ing")) {
        int b = k + 1;
        if (Is(b, "that")) ++b;
        int e = end;
        while (e - 1 > b && !tokens_[e - 1].word) --e;
        bool quoted = false;
        for (int i = b; i < e && !quoted; ++i) {
          quoted = IsQuoteMark(i) || in_quote_[i] != 0;
        }
        if (e - 1 > b && !quoted) {
          ExtractedStatement added;
          added.speaker = speaker.actor;
          added.co_speakers = speaker.co_speakers;
          added.speaker_span = {speaker.begin, speaker.end};
          added.speaker_rule = speaker.rule;
          added.text_span = {tokens_[b].begin, tokens_[e - 1].end};
          added.quote = QuoteKind::kParaphrase;
          added.reported_by = speaker.relays;
          added.rule = "quote-attribution-then-participle";
          added.confidence = Clamp01(confidence * 0.75f);
          Emit(std::move(added), s_close, k);
        }
      }
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

namespace {

// Whether every word of `words` (lower case, split at spaces) is a word of
// a title before a name: a role noun ("minister"), an honorific ("mr"), or
// a word that qualifies an office ("deputy", "prime", "programme").
bool OnlyTitleWords(absl::string_view words) {
  if (words.empty()) return false;
  for (absl::string_view w : absl::StrSplit(words, ' ', absl::SkipEmpty())) {
    if (IsRoleNoun(w)) continue;
    bool other = false;
    for (absl::string_view t :
         {"mr", "ms", "mrs", "dr", "prof", "deputy", "vice", "acting", "prime",
          "foreign", "first", "assistant", "under", "senior", "executive",
          "programme", "program", "principal", "permanent", "special",
          "moderator", "chairperson", "facilitator", "presenter", "host",
          // "Foreign Press Secretary", "Chief Cabinet Secretary", "State
          // Minister" (a press secretary is a title, not an outlet).
          "press", "chief", "cabinet", "state", "parliamentary"}) {
      other = other || w == t;
    }
    if (!other) return false;
  }
  return true;
}

// Whether `words` (split at spaces) are a person's bare name of two to four
// words: each capitalised (or opening with a letter beyond ASCII) or a
// name's particle ("van", "bin"), none a word of a body's name ("Foreign
// Office", "Federal Government"). "Jonas Brandt", "Ana Lucía Mejía
// Solares"; not "Federal Foreign Office".
bool IsBareName(absl::string_view words) {
  int n = 0;
  for (absl::string_view w : absl::StrSplit(words, ' ', absl::SkipEmpty())) {
    const std::string lower = absl::AsciiStrToLower(w);
    const unsigned char c = static_cast<unsigned char>(w[0]);
    if (++n > 4 ||
        !(absl::ascii_isupper(c) || c >= 0x80 || IsNameParticle(lower)) ||
        IsOrganizationNameEnd(lower) || IsTitleDomainWord(lower) ||
        lower == "federal" || lower == "government" || lower == "foreign" ||
        lower == "national" || lower == "state" || lower == "republic" ||
        lower == "press" || lower == "public") {
      return false;
    }
  }
  return n >= 2;
}

// The outlet of a questioner's label "Name, Outlet" or "Outlet, Name"
// ("Abe, Asahi Shimbun", "Fuji TV, Fujita"): the part (of one comma, at
// most four capitalised words each side) with a word of a newspaper or
// broadcaster in it; empty for any other label.
absl::string_view OutletOfQuestionLabel(absl::string_view label) {
  const size_t comma = label.find(',');
  if (comma == absl::string_view::npos ||
      label.find(',', comma + 1) != absl::string_view::npos) {
    return {};
  }
  const absl::string_view parts[2] = {
      absl::StripAsciiWhitespace(label.substr(0, comma)),
      absl::StripAsciiWhitespace(label.substr(comma + 1))};
  for (absl::string_view part : parts) {
    int words = 0;
    for (absl::string_view w : absl::StrSplit(part, ' ', absl::SkipEmpty())) {
      if (++words > 4 ||
          !absl::ascii_isupper(static_cast<unsigned char>(w[0]))) {
        return {};
      }
    }
    if (words == 0) return {};
  }
  for (absl::string_view part : parts) {
    for (absl::string_view w : absl::StrSplit(part, ' ', absl::SkipEmpty())) {
      const std::string lower = absl::AsciiStrToLower(w);
      for (absl::string_view o :
           {"shimbun", "news",      "tv",      "television",   "times",
            "press",   "agency",    "radio",   "daily",        "post",
            "journal", "herald",    "tribune", "broadcasting", "broadcaster",
            "channel", "nhk",       "kyodo",   "jiji",         "nikkei",
            "reuters", "bloomberg", "afp",     "ap",           "cctv",
            "cgtn",    "xinhua",    "yonhap",  "tass",         "ria",
            "bbc",     "cnn"}) {
        if (lower == o) return part;
      }
    }
  }
  return {};
}

// The name in a label's parentheses after a title ("PROGRAMME DIRECTOR (Ms
// Zanele Khumalo, DIRCO Spokesperson)": "Zanele Khumalo"): the words
// before the first comma, without an honorific, two to four capitalised
// words; empty when the parentheses hold no such name.
absl::string_view NameInLabelParentheses(absl::string_view inside) {
  absl::string_view name = inside.substr(0, inside.find(','));
  name = absl::StripAsciiWhitespace(name);
  for (absl::string_view h : {"Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Prof. ", "Mr ",
                              "Ms ", "Mrs ", "Dr ", "Prof "}) {
    if (absl::StartsWith(name, h)) {
      name.remove_prefix(h.size());
      break;
    }
  }
  int words = 0;
  bool start = true;
  for (char c : name) {
    if (c == ' ') {
      start = true;
      continue;
    }
    if (start && !absl::ascii_isupper(static_cast<unsigned char>(c))) {
      return {};
    }
    if (start) ++words;
    start = false;
    if (c == '.' || c == ';' || c == '(' || c == ')' || c == '"') return {};
  }
  return words >= 2 && words <= 4 ? name : absl::string_view();
}

// "A.", "J.-P.", "A.B.": a name's initials, each a capital letter and a
// full stop (hyphens between).
// Whether a word after the first of `label` is a reporting verb written in
// lower case ("He said", "Kumar added", "the minister told reporters").
bool LabelHoldsReportingVerb(absl::string_view label) {
  bool first = true;
  for (absl::string_view w : absl::StrSplit(label, ' ', absl::SkipEmpty())) {
    if (!first && absl::ascii_islower(static_cast<unsigned char>(w[0])) &&
        FindReportingVerb(w).verb != nullptr) {
      return true;
    }
    first = false;
  }
  return false;
}

bool IsInitialWord(absl::string_view w) {
  if (w.size() < 2 || w.back() != '.') return false;
  for (size_t i = 0; i < w.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(w[i]);
    if (absl::ascii_isupper(c)) {
      if (i + 1 >= w.size() || w[i + 1] != '.') return false;
    } else if (c != '.' && c != '-') {
      return false;
    }
  }
  return true;
}

}  // namespace

bool Reader::CallTimeOf(const TimeExpression& e, uint32_t para_begin) const {
  // The sentence's words around the time: back to the sentence's start (at
  // most 160 bytes) and on to its end (at most 120 bytes).
  uint32_t b = e.begin;
  // A period after a single letter that follows a period or a space ("at
  // 9:00 p.m. yesterday", "the U.S. side") ends no sentence.
  auto ends_sentence = [&](uint32_t at) {
    if (text_[at - 1] != '.' || !(at == e.begin || text_[at] == ' ')) {
      return false;
    }
    return !(at >= para_begin + 3 &&
             absl::ascii_isalpha(static_cast<unsigned char>(text_[at - 2])) &&
             (text_[at - 3] == '.' || text_[at - 3] == ' '));
  };
  while (b > para_begin && e.begin - b < 160 && !ends_sentence(b)) {
    --b;
  }
  uint32_t f = e.end;
  while (f < text_.size() && f - e.end < 120 && text_[f] != '.' &&
         text_[f] != '\n') {
    ++f;
  }
  const absl::string_view before(lower_.data() + b, e.begin - b);
  const absl::string_view after(lower_.data() + e.end, f - e.end);
  // "spoke to X on 14 June", "met X on Monday": the call's verb before the
  // time, no clause boundary between ("said on Monday" is a saying's
  // time). "On 17 June, the Foreign Secretary spoke to X": the time opens
  // the sentence, the verb follows.
  static constexpr absl::string_view kCall[] = {" spoke to ",
                                                " spoke with ",
                                                " spoke by ",
                                                " met with ",
                                                " met ",
                                                " held talks ",
                                                " held a call",
                                                " held a phone",
                                                " held a telephone",
                                                " talked to ",
                                                " talked with ",
                                                " had a call",
                                                " had a phone",
                                                " had a telephone",
                                                " held a video",
                                                " had a video",
                                                " call with ",
                                                " conversation with ",
                                                " received the ",
                                                " hosted the "};
  // "Following the Prime Minister's call with X on Monday, the Foreign
  // Minister spoke to Y on 6 March": a time inside the sentence's opening
  // adjunct ("Following ...", "After ...", "Further to ...") dates an
  // earlier call when the main clause after the adjunct's comma tells of
  // a call of its own.
  const absl::string_view opening = absl::StripLeadingAsciiWhitespace(before);
  static constexpr absl::string_view kAdjunct[] = {
      "following ",       "after ",           "further to ",
      "in follow-up to ", "in follow up to ", "as a follow-up to ",
      "building on "};
  for (absl::string_view a : kAdjunct) {
    if (!absl::StartsWith(opening, a) ||
        opening.find(',') != absl::string_view::npos) {
      continue;
    }
    const size_t comma = after.find(", ");
    if (comma == absl::string_view::npos) break;
    const absl::string_view main_clause = after.substr(comma);
    for (absl::string_view v : kCall) {
      if (absl::StrContains(main_clause, v)) return false;
    }
    break;
  }
  for (absl::string_view v : kCall) {
    const size_t at = before.rfind(v);
    if (at != absl::string_view::npos &&
        before.find_first_of(";", at) == absl::string_view::npos &&
        before.find(", and ", at) == absl::string_view::npos &&
        before.find(" said", at) == absl::string_view::npos) {
      return true;
    }
  }
  const absl::string_view opener = absl::StripAsciiWhitespace(before);
  if (opener.empty() || opener == "on") {
    for (absl::string_view v : kCall) {
      if (absl::StrContains(after, v)) return true;
    }
  }
  return false;
}

void Reader::ReadListOfSpeakers(uint32_t begin, uint32_t end) {
  uint32_t item = begin;
  while (item < end) {
    uint32_t stop = item;
    while (stop < end && text_[stop] != ';') ++stop;
    // The name ends at the item's first comma or parenthesis, and begins
    // after the title's words before it ("Deputy Government Spokesperson
    // Anna Keller"): back from its end up to a title's word.
    uint32_t name_end = item;
    while (name_end < stop && text_[name_end] != ',' &&
           text_[name_end] != '(') {
      ++name_end;
    }
    while (name_end > item && text_[name_end - 1] == ' ') --name_end;
    uint32_t name_begin = name_end;
    while (name_begin > item) {
      uint32_t w = name_begin;
      while (w > item && text_[w - 1] != ' ') --w;
      std::string lower = absl::AsciiStrToLower(Slice(text_, w, name_begin));
      if (lower.size() > 2 && lower.back() == '.') lower.pop_back();  // "Dr."
      if (OnlyTitleWords(lower)) break;
      name_begin = w;
      while (name_begin > item && text_[name_begin - 1] == ' ') --name_begin;
    }
    while (name_begin < name_end && text_[name_begin] == ' ') ++name_begin;
    if (IsBareName(Slice(text_, name_begin, name_end))) {
      // A name a mention covers (a titled person, a registry actor) is
      // known already.
      auto m = MentionsFrom(item);
      bool covered = false;
      for (; m != mentions_.end() && m->begin < name_end; ++m) {
        if (m->end > name_begin) covered = true;
      }
      if (!covered) {
        const int actor =
            NewActor(Slice(text_, name_begin, name_end), ActorKind::kPerson,
                     "list-of-speakers", 0.6f);
        if (actor >= 0) NoteMention(actor, name_begin, name_end);
      }
    }
    item = stop + 1;
    while (item < end && text_[item] == ' ') ++item;
  }
}

void Reader::DetectTranscript() {
  turn_labels_.clear();
  turn_label_end_.assign(paragraphs_.size(), 0);
  turn_question_.assign(paragraphs_.size(), 0);
  std::vector<int> label_actor(paragraphs_.size(), -2);
  std::vector<Range> label_name(paragraphs_.size(), Range{0, 0});
  // "PROGRAMME DIRECTOR" -> the person its first label named in
  // parentheses, for its later bare labels.
  absl::flat_hash_map<std::string, int> role_label_actor;
  // "Minister MOTEGI:", "Secretary Holm:": a title and one word of a
  // person the page named in full ("Foreign Minister MOTEGI Toshimitsu" in
  // the heading) is that person, in any case. Asked once per label.
  absl::flat_hash_map<std::string, int> titled_labels;
  auto titled_person = [&](absl::string_view label) {
    const std::vector<absl::string_view> words =
        absl::StrSplit(label, ' ', absl::SkipEmpty());
    size_t w = 0;
    // "A. Kalniņš": the initial of the given name, which the full name's
    // first word must begin with.
    char initial = 0;
    while (w < words.size()) {
      if (IsInitialWord(words[w])) {
        if (initial == 0) initial = words[w][0];
        ++w;
        continue;
      }
      std::string lower = absl::AsciiStrToLower(words[w]);
      if (lower.size() > 2 && lower.back() == '.') lower.pop_back();  // "MS."
      // "DEPUTY SPOKESPERSON X": a title's words ("deputy", "acting",
      // "chief") before its noun.
      if (!OnlyTitleWords(lower)) break;
      ++w;
    }
    // "WEIDEMEYER:", "Staab:": a family name alone, of a person the page
    // named in full (in a list of speakers, a heading).
    if (w + 1 != words.size() || (w == 0 && initial != 0)) return -1;
    auto [it, inserted] = titled_labels.try_emplace(std::string(label), -1);
    if (!inserted) return it->second;
    int found = -1;
    for (size_t a = 0; a < x_.actors.size(); ++a) {
      // A name in full (two words or more), not one word of a title.
      if (x_.actors[a].kind != ActorKind::kPerson ||
          x_.actors[a].name.find(' ') == std::string::npos ||
          (initial != 0 && x_.actors[a].name[0] != initial)) {
        continue;
      }
      for (absl::string_view part :
           absl::StrSplit(x_.actors[a].name, ' ', absl::SkipEmpty())) {
        // "BRÜCKNER" and "Brückner": letters beyond ASCII are compared
        // folded.
        if (absl::EqualsIgnoreCase(part, words[w]) ||
            (part.size() == words[w].size() &&
             !absl::c_all_of(part,
                             [](char c) {
                               return absl::ascii_isascii(
                                   static_cast<unsigned char>(c));
                             }) &&
             Resolver::Fold(part) == Resolver::Fold(words[w]))) {
          found = found == -1 ? static_cast<int>(a) : -2;
          break;
        }
      }
    }
    it->second = found >= 0 ? found : -1;
    return it->second;
  };
  int turns = 0;
  int first_qa_para = -1;                   // the first "Q:" or "A:" label
  size_t last_bare_q = paragraphs_.size();  // the last "Q ...?" paragraph
  for (size_t p = 0; p < paragraphs_.size(); ++p) {
    if (p < link_lines_.size() && link_lines_[p] != 0) continue;
    const Range para = paragraphs_[p];
    const absl::string_view s = Slice(text_, para.begin, para.end);
    // "Q What is your comment?" and the "A We ..." right after it: "Q:" and
    // "A:" labels whose colons the page lost. A bare "Q" turn asks
    // something and a bare "A" follows one, so that the article "A"
    // opening a writer's sentence is never taken for a label.
    if (s.size() > 3 && s[1] == ' ' &&
        absl::ascii_isupper(static_cast<unsigned char>(s[2])) &&
        ((s[0] == 'Q' && absl::StrContains(s, "?")) ||
         (s[0] == 'A' && last_bare_q + 1 == p))) {
      const bool asks = s[0] == 'Q';
      if (asks) last_bare_q = p;
      label_actor[p] = asks ? -1 : -4;
      label_name[p] = {para.begin, para.begin + 1};
      turn_label_end_[p] = para.begin + 1;
      turn_question_[p] = asks ? 1 : 0;
      if (first_qa_para < 0) first_qa_para = static_cast<int>(p);
      ++turns;
      continue;
    }
    // "Gordon Ashlock, Spokesperson", "Dana Reyes, Assistant Secretary of
    // State for African Affairs": before the first turn, a line of a
    // bare name and a title after its comma (a role noun among its words)
    // names one who speaks, as a list of speakers does.
    if (turns == 0 && s.size() <= 120 &&
        s.find(':') == absl::string_view::npos &&
        s.find('\n') == absl::string_view::npos) {
      const size_t comma = s.find(", ");
      if (comma != absl::string_view::npos && comma > 0 &&
          s.find(',', comma + 2) == absl::string_view::npos &&
          IsBareName(s.substr(0, comma))) {
        bool role = false;
        for (absl::string_view w :
             absl::StrSplit(s.substr(comma + 2), ' ', absl::SkipEmpty())) {
          role =
              role || (absl::ascii_isupper(static_cast<unsigned char>(w[0])) &&
                       IsRoleNoun(absl::AsciiStrToLower(w)));
        }
        if (role) {
          ReadListOfSpeakers(para.begin, para.end);
          continue;
        }
      }
    }
    size_t colon = s.find(':');
    // "President of the Government.- Good afternoon.", "Question (X,
    // Outlet).- ...": the mark of a label in Spanish and Latin American
    // transcripts, a full stop and a hyphen.
    const size_t dash_mark = s.find(".- ");
    const bool dash_label =
        dash_mark != absl::string_view::npos && dash_mark > 0 &&
        dash_mark <= 96 &&
        (colon == absl::string_view::npos || dash_mark < colon);
    if (dash_label) colon = dash_mark + 1;
    // A label is short; one with a name in parentheses after its title
    // ("PROGRAMME DIRECTOR (Ms X, DIRCO Spokesperson):") may be longer.
    // A label may stand on a line of its own, its turn in the paragraphs
    // after it ("Prime Minister X:" above the remarks), when a paragraph
    // follows.
    // Such a label is a name, a title or an outlet: its words are
    // capitalised but for a title's small words ("Minister of Foreign
    // Affairs X:"), so "X told reporters:" and "The agenda was as
    // follows:" are none.
    bool own_line = colon != absl::string_view::npos && colon + 1 == s.size() &&
                    p + 1 < paragraphs_.size();
    if (own_line) {
      for (absl::string_view w : absl::StrSplit(
               s.substr(0, colon), absl::ByAnyChar(" ,"), absl::SkipEmpty())) {
        if (absl::ascii_isupper(static_cast<unsigned char>(w[0])) ||
            !absl::ascii_isalpha(static_cast<unsigned char>(w[0])) ||
            w == "of" || w == "and" || w == "for" || w == "the" ||
            IsNameParticle(w)) {
          continue;
        }
        own_line = false;
        break;
      }
    }
    if (colon == absl::string_view::npos || colon == 0 ||
        colon > (s[colon - 1] == ')' ? 96u : 48u) ||
        (colon + 1 >= s.size() && !own_line) ||
        (!own_line &&
         absl::ascii_isdigit(static_cast<unsigned char>(s[colon + 1])))) {
      continue;  // "At 3:40 pm": a time, not a label
    }
    absl::string_view label = absl::StripAsciiWhitespace(s.substr(0, colon));
    if (dash_label) label.remove_suffix(1);  // the full stop of ".-"
    const uint32_t label_end = para.begin + static_cast<uint32_t>(colon);
    // "He said:", "Gokhale added:", "The minister told reporters:": a
    // subject and a reporting verb in lower case before the colon introduce
    // a quotation; a speaker's label names someone and holds no verb.
    if (LabelHoldsReportingVerb(label)) continue;
    // "Department: International Relations and Cooperation | REPUBLIC OF
    // ...": a site's banner, its parts set apart by bars, is no turn.
    if (absl::StrContains(s.substr(colon + 1), " | ")) continue;
    // "List | Print | Share: Facebook X": a bar of the page's links before
    // the colon is no speaker either.
    if (absl::StrContains(s.substr(0, colon), " | ")) continue;
    // "Published: ...", "Related: ...": a page's stamps and links.
    {
      const std::string lower_label = absl::AsciiStrToLower(label);
      if (IsPageFurnitureLabel(lower_label) || IsLinkListHeader(lower_label)) {
        continue;
      }
      // "Speakers: Deputy Spokesperson X; Y, Federal Foreign Office": a
      // transcript's list of who takes part, no one's turn.
      if (lower_label == "speakers" || lower_label == "participants" ||
          lower_label == "present" || lower_label == "in attendance" ||
          lower_label == "attendees" || lower_label == "panelists" ||
          lower_label == "panellists") {
        ReadListOfSpeakers(label_end + 1, para.end);
        continue;
      }
    }
    // "ISLAMABAD: Pakistan and Iran on Tuesday agreed ...": a place in
    // capitals before a sentence on the same line is a dateline, not a
    // speaker (a label of a place names no one who speaks).
    if (!own_line && !label.empty() &&
        std::none_of(label.begin(), label.end(), [](char c) {
          return absl::ascii_islower(static_cast<unsigned char>(c));
        })) {
      const uint32_t lb = para.begin;
      auto m = MentionsFrom(lb);
      if (m != mentions_.end() && m->begin == lb &&
          m->end >= lb + static_cast<uint32_t>(label.size()) &&
          (IsPlaceLike(x_.actors[m->actor].kind) ||
           x_.actors[m->actor].kind == ActorKind::kState)) {
        continue;
      }
    }
    // "Question (Reuters):", "Q (Kyodo News):": a question by a named outlet.
    absl::string_view asker;
    std::string role_head;
    if (!label.empty() && label.back() == ')') {
      const size_t open = label.find('(');
      if (open != absl::string_view::npos) {
        const std::string head = absl::AsciiStrToLower(
            absl::StripAsciiWhitespace(label.substr(0, open)));
        // "Question from Rini Hapsari (Kompas TV):": the journalist's name,
        // then the outlet.
        if (head == "q" || head == "question" || head == "journalist" ||
            head == "reporter" || absl::StartsWith(head, "question from ") ||
            absl::StartsWith(head, "question by ") ||
            absl::StartsWith(head, "q from ")) {
          asker = absl::StripAsciiWhitespace(
              label.substr(open + 1, label.size() - open - 2));
          // "Question (Elena Rivas, EFE)": the journalist, then the outlet.
          if (const size_t comma = asker.find(',');
              comma != absl::string_view::npos &&
              asker.find(',', comma + 1) == absl::string_view::npos) {
            asker = absl::StripAsciiWhitespace(asker.substr(comma + 1));
          }
          if (asker.empty() ||
              asker.find_first_of("().,;\"") != absl::string_view::npos) {
            continue;
          }
          label = asker;
        } else if (const absl::string_view inner = absl::StripAsciiWhitespace(
                       label.substr(open + 1, label.size() - open - 2));
                   !inner.empty() && inner.size() <= 10 &&
                   inner.find_first_of(" .,;\"()") == absl::string_view::npos &&
                   absl::ascii_isupper(static_cast<unsigned char>(inner[0])) &&
                   absl::ascii_isupper(static_cast<unsigned char>(label[0])) &&
                   absl::c_count(head, ' ') <= 3 && !OnlyTitleWords(head)) {
          // "WEIDEMEYER (AA):", "Staab (BMVg):": a name and, in
          // parentheses, the short name of the body the speaker is from.
          label = absl::StripAsciiWhitespace(label.substr(0, open));
        } else if (OnlyTitleWords(head)) {
          // "PROGRAMME DIRECTOR (Ms Zanele Khumalo, DIRCO Spokesperson):":
          // a title and, in parentheses, the name of who holds it.
          const absl::string_view name = NameInLabelParentheses(
              label.substr(open + 1, label.size() - open - 2));
          if (!name.empty()) {
            label = name;
            role_head = head;
          }
        }
      }
    }
    // "Official Spokesperson, Shri Vikram Rathore:": a title, a comma and
    // the name; the name is the label. "Shri Vikram Rathore, Official
    // Spokesperson:", "Penny Wong, Foreign Minister:": the name first.
    if (asker.empty()) {
      const size_t comma = label.find(',');
      if (comma != absl::string_view::npos) {
        auto has_role = [](absl::string_view part) {
          const std::string lower = absl::AsciiStrToLower(part);
          for (absl::string_view w : absl::StrSplit(lower, ' ')) {
            if (IsRoleNoun(w)) return true;
          }
          return false;
        };
        const std::string head = absl::AsciiStrToLower(
            absl::StripAsciiWhitespace(label.substr(0, comma)));
        const absl::string_view rest =
            absl::StripAsciiWhitespace(label.substr(comma + 1));
        if ((head == "journalist" || head == "reporter" || head == "question" ||
             head == "q") &&
            !rest.empty() &&
            rest.find_first_of("().,;\"") == absl::string_view::npos) {
          // "Journalist, DR:", "Question, Yle:": a question by the outlet
          // named after the comma.
          asker = rest;
          label = rest;
        } else if (has_role(label.substr(0, comma))) {
          label = absl::StripAsciiWhitespace(label.substr(comma + 1));
        } else if (has_role(label.substr(comma + 1)) &&
                   label.find(',', comma + 1) == absl::string_view::npos) {
          label = absl::StripAsciiWhitespace(label.substr(0, comma));
        } else if (absl::string_view outlet = OutletOfQuestionLabel(label);
                   !outlet.empty()) {
          // "Abe, Asahi Shimbun:", "Fuji TV, Fujita:": a journalist and
          // the outlet that asks.
          asker = outlet;
          label = outlet;
        } else {
          continue;
        }
      }
    }
    // Honorifics before a name ("Shri", "Smt.", "Dr.", "Mr." of "Mr. Takeshi
    // Osuga, Foreign Press Secretary:").
    for (absl::string_view h : {"Shri ", "Shrimati ", "Smt. ", "Smt ", "Sri ",
                                "Dr. ", "Dr ", "Mr. ", "Ms. ", "Mrs. "}) {
      if (absl::StartsWith(label, h) && label.size() > h.size() + 1) {
        label.remove_prefix(h.size());
      }
    }
    // "A. Kalniņš:", "J.-P. Martin:": initials and a family name; their
    // full stops are the only ones a label may hold.
    bool initials_label = false;
    {
      const std::vector<absl::string_view> parts =
          absl::StrSplit(label, ' ', absl::SkipEmpty());
      size_t k = 0;
      while (k < parts.size() && IsInitialWord(parts[k])) ++k;
      initials_label =
          k > 0 && k < parts.size() && parts.size() - k <= 2 &&
          std::all_of(
              parts.begin() + static_cast<std::ptrdiff_t>(k), parts.end(),
              [](absl::string_view w) {
                return absl::ascii_isupper(static_cast<unsigned char>(w[0])) &&
                       w.find_first_of(".,;\"()") == absl::string_view::npos;
              });
    }
    // "MS. CORWIN", "Mr. Holloway": an honorific with its full stop before
    // a name of one to three words.
    bool honorific_label = false;
    {
      const std::vector<absl::string_view> parts =
          absl::StrSplit(label, ' ', absl::SkipEmpty());
      if (parts.size() >= 2 && parts.size() <= 4) {
        const std::string head = absl::AsciiStrToLower(parts[0]);
        honorific_label =
            (head == "mr." || head == "ms." || head == "mrs." ||
             head == "dr.") &&
            std::all_of(
                parts.begin() + 1, parts.end(), [](absl::string_view w) {
                  return absl::ascii_isupper(
                             static_cast<unsigned char>(w[0])) &&
                         w.find_first_of(".,;\"()") == absl::string_view::npos;
                });
      }
    }
    if (label.empty() ||
        (!initials_label && !honorific_label &&
         label.find_first_of(".,;\"()") != absl::string_view::npos)) {
      continue;
    }
    // "Prime Minister Søren Kjeldsen:", "Foreign Minister Olga Tamm:": the
    // title's words before a name of two words or more are no part of it.
    if (asker.empty()) {
      const std::vector<absl::string_view> parts =
          absl::StrSplit(label, ' ', absl::SkipEmpty());
      size_t titles = 0;
      while (titles < parts.size() &&
             OnlyTitleWords(absl::AsciiStrToLower(parts[titles]))) {
        ++titles;
      }
      if (titles > 0 && parts.size() - titles >= 2 &&
          absl::ascii_isupper(static_cast<unsigned char>(parts[titles][0]))) {
        label =
            absl::string_view(parts[titles].data(),
                              static_cast<size_t>(label.data() + label.size() -
                                                  parts[titles].data()));
      }
    }
    int words = 1;
    for (char c : label) words += c == ' ';
    if (words > 5) continue;
    const uint32_t label_begin =
        static_cast<uint32_t>(label.data() - text_.data());
    int actor = -1;
    bool question = !asker.empty();
    const std::string lower = absl::AsciiStrToLower(label);
    // A page's furniture ("Published: ...", "Photo: ...") and date stamps
    // ("Last Updated: 2024-04-21 11:28") are not turns.
    if (asker.empty() && OnlyTimeStamp(s.substr(colon + 1))) {
      continue;
    }
    if (asker.empty() &&
        (lower == "q" || lower == "question" || lower == "journalist" ||
         lower == "reporter" || lower == "question from the floor" ||
         lower == "question from the audience" || lower == "from the floor")) {
      question = true;
      actor = -1;
      if (first_qa_para < 0) first_qa_para = static_cast<int>(p);
    } else if (auto known = role_label_actor.find(lower);
               asker.empty() && known != role_label_actor.end()) {
      // "PROGRAMME DIRECTOR:" after "PROGRAMME DIRECTOR (Ms X, ...):".
      actor = known->second;
    } else if (asker.empty() && (lower == "a" || lower == "answer")) {
      // "A:": the answer of the transcript's host, named by its heading.
      actor = -4;
      if (first_qa_para < 0) first_qa_para = static_cast<int>(p);
    } else {
      // A mention that covers the label.
      auto it = MentionsFrom(label_begin);
      if (it != mentions_.end() && it->begin == label_begin &&
          it->end >= label_begin + label.size() - 1) {
        actor = it->actor;
        question = question || x_.actors[actor].kind == ActorKind::kMediaOutlet;
      } else if (absl::ascii_isupper(static_cast<unsigned char>(label[0]))) {
        // "MR MILLER", "Yuri Ushakov", "The Associated Press": a name.
        absl::string_view name = label;
        for (absl::string_view h :
             {"MR ", "MS ", "MRS ", "DR ", "MR. ", "MS. ", "MRS. ", "DR. ",
              "Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Mr ", "Ms "}) {
          if (absl::StartsWith(name, h)) name.remove_prefix(h.size());
        }
        if (k_.registry_resolver) {
          Resolution r = k_.registry_resolver->Resolve(name, x_.document_date);
          if (r.found() && !r.ambiguous) {
            actor = ActorFor(false, r.best().actor);
            question =
                question || x_.actors[actor].kind == ActorKind::kMediaOutlet;
          }
        }
        // "MINISTER NDLOVU", "DEPUTY MINISTER MAHLANGU": a title and the
        // family name of a person the text names in full.
        const size_t last_space = label.rfind(' ');
        if (actor < 0 && asker.empty() &&
            last_space != absl::string_view::npos &&
            OnlyTitleWords(lower.substr(0, last_space))) {
          const uint32_t family = label_begin + last_space + 1;
          auto at = MentionsFrom(family);
          if (at != mentions_.end() && at->begin == family && at->actor >= 0 &&
              x_.actors[static_cast<size_t>(at->actor)].kind ==
                  ActorKind::kPerson) {
            actor = at->actor;
          }
        }
        if (actor < 0 && !asker.empty()) {
          actor = -3;
        } else if (actor < 0) {
          const bool outlet_like = absl::StrContains(lower, "press") ||
                                   absl::StrContains(lower, "news") ||
                                   absl::StrContains(lower, "times") ||
                                   absl::StrContains(lower, "agency") ||
                                   absl::StrContains(lower, " tv") ||
                                   absl::StrContains(lower, "radio") ||
                                   absl::StrContains(lower, "daily") ||
                                   lower.size() <= 5;
          // "CCTV reporter:", "Macau Monthly Reporter:": a journalist; "The
          // Paper:": a label no registry knows whose turn asks something.
          const bool journalist = absl::EndsWith(lower, " reporter") ||
                                  absl::EndsWith(lower, " correspondent") ||
                                  absl::EndsWith(lower, " journalist");
          const absl::string_view turn =
              Slice(text_, label_end, std::max(label_end, paragraphs_[p].end));
          const bool asks = absl::StrContains(turn, "?");
          actor = -3;  // decided below once we know it is a transcript
          // "VOGT (MoD):": a short label that is the family name of a
          // person the page named in full is that person's, no outlet's.
          question =
              journalist || ((outlet_like || asks) &&
                             (!asker.empty() || titled_person(label) < 0));
        }
      } else {
        continue;
      }
    }
    if (!role_head.empty() && actor >= 0) {
      role_label_actor.try_emplace(role_head, actor);
    }
    label_actor[p] = actor;
    label_name[p] = {label_begin,
                     label_begin + static_cast<uint32_t>(label.size())};
    turn_label_end_[p] = label_end;
    turn_question_[p] = question ? 1 : 0;
    ++turns;
  }
  // One "Q:" or "A:" turn after a heading that names a press conference
  // or briefing (a transcript cut short) is a transcript too.
  // So is one turn of a named speaker's (no question) after such a heading
  // ("Transcript of Weekly Media Briefing ..." over "Shri X, Official
  // Spokesperson: ..."): a briefing that was one statement.
  bool session_heading = false;
  int single_turn = first_qa_para;
  if (turns == 1 && single_turn < 0) {
    for (size_t p = 0; p < paragraphs_.size(); ++p) {
      if (turn_label_end_[p] == 0) continue;
      if (turn_question_[p] == 0 && label_actor[p] != -1) {
        single_turn = static_cast<int>(p);
      }
      break;
    }
  }
  if (turns == 1 && single_turn > 0) {
    const absl::string_view heading = LowerSlice(
        x_.body_begin, paragraphs_[static_cast<size_t>(single_turn)].begin);
    session_heading = absl::StrContains(heading, "press conference") ||
                      absl::StrContains(heading, "briefing");
  }
  // Labels that come only after a report's prose ("Our Standards: ...",
  // "Read next: ..." below a wire story's last paragraph) are the page's
  // closing lines, not a conversation: a transcript's turns begin before
  // three paragraphs of prose (200 bytes or more each) have gone by.
  // A conversation after prose is still one: a briefing that opens with
  // the spokesperson's announcements under headings, then "Question:" and
  // "Yelena Sorokina:" turns. Of three labels or more, one is a bare
  // question label and one answers, or one label recurs; the labels below
  // a report ("Our Standards:", "Read next:") do neither.
  if (turns >= 2 && x_.info.genre != Genre::kTranscript) {
    int prose = 0;
    for (size_t p = 0;
         p < paragraphs_.size() && turn_label_end_[p] == 0 && prose < 3; ++p) {
      if (paragraphs_[p].end - paragraphs_[p].begin >= 200) ++prose;
    }
    if (prose >= 3 && turns >= 3) {
      int asking = 0, answering = 0;
      absl::flat_hash_map<std::string, int> seen;
      bool recurs = false;
      for (size_t p = 0; p < paragraphs_.size(); ++p) {
        if (turn_label_end_[p] == 0) continue;
        // An explicit question label ("Question:", "Q:") asks.
        if (turn_question_[p] != 0) {
          asking += label_actor[p] == -1;
        } else {
          ++answering;
        }
        const Range name = label_name[p];
        recurs =
            recurs ||
            ++seen[absl::AsciiStrToLower(Slice(text_, name.begin, name.end))] ==
                2;
      }
      if ((asking > 0 && answering > 0) || recurs) prose = 0;
    }
    if (prose >= 3) turns = 0;
  }
  transcript_ =
      turns >= 2 || session_heading || x_.info.genre == Genre::kTranscript;
  // "Briefing by Foreign Ministry Spokesperson X, Moscow, October 12,
  // 2017" over paragraphs of announcements and no labelled turn (a page
  // cut before the questions, or a briefing that took none): a session's
  // title opening the page names its host, whose announcements the
  // paragraphs are (Reader::ReadOpeningRemarks, up to the page's end).
  if (!transcript_ && turns == 0 && x_.info.genre == Genre::kUnknown &&
      OpensWithSessionTitle()) {
    FindTranscriptHost(paragraphs_.size());
    transcript_ = transcript_host_ >= 0;
  }
  if (!transcript_) {
    turn_label_end_.assign(paragraphs_.size(), 0);
    return;
  }
  size_t first_turn = paragraphs_.size();
  absl::flat_hash_map<std::string, int> title_holders;
  absl::flat_hash_map<std::string, int> label_titles;
  for (size_t p = 0; p < paragraphs_.size(); ++p) {
    if (turn_label_end_[p] == 0) continue;
    if (first_turn == paragraphs_.size()) first_turn = p;
    int actor = label_actor[p];
    // A label the mention finder read as a one-word person ("Minister
    // Holm:" as "Holm") is asked too.
    const bool one_word_person =
        actor >= 0 && x_.actors[actor].kind == ActorKind::kPerson &&
        x_.actors[actor].name.find(' ') == std::string::npos;
    if ((actor == -3 || one_word_person) && turn_question_[p] == 0) {
      const Range name = label_name[p];
      const int full = titled_person(Slice(text_, name.begin, name.end));
      if (full >= 0) {
        actor = full;
        NoteMention(actor, name.begin, name.end);
      }
    }
    if (actor == -3 && turn_question_[p] == 0) {
      // "Spokesperson:" after "Spokesperson Shamim Ara Khandaker:".
      const Range name = label_name[p];
      if (auto known = label_titles.find(LowerSlice(name.begin, name.end));
          known != label_titles.end()) {
        actor = known->second;
        NoteMention(actor, name.begin, name.end);
      }
    }
    if (actor == -3 && turn_question_[p] == 0) {
      // "President of the Government.-": the person the text before the
      // first turn names with that title. Asked once per label.
      const Range name = label_name[p];
      auto [it, inserted] = title_holders.try_emplace(
          std::string(LowerSlice(name.begin, name.end)), -1);
      if (inserted) {
        it->second = TitleHolderBefore(name, paragraphs_[first_turn].begin);
      }
      const int holder = it->second;
      if (holder >= 0) {
        actor = holder;
        NoteMention(actor, name.begin, name.end);
      }
    }
    if (actor == -3) {
      const Range name = label_name[p];
      const absl::string_view label = Slice(text_, name.begin, name.end);
      actor = NewActor(
          label,
          turn_question_[p] ? ActorKind::kMediaOutlet : ActorKind::kPerson,
          "turn-label", 0.6f);
      NoteMention(actor, name.begin, name.end);
    }
    // The title before a person's name in a label ("Spokesperson Shamim
    // Ara Khandaker:") names that person in a later label alone.
    if (actor >= 0 && turn_question_[p] == 0 &&
        x_.actors[static_cast<size_t>(actor)].kind == ActorKind::kPerson &&
        label_name[p].begin > paragraphs_[p].begin) {
      const absl::string_view title = absl::StripAsciiWhitespace(
          LowerSlice(paragraphs_[p].begin, label_name[p].begin));
      if (!title.empty() && OnlyTitleWords(title)) {
        label_titles.try_emplace(title, actor);
      }
    }
    turn_labels_.push_back({static_cast<int>(p), actor});
  }
  if (!turn_labels_.empty()) {
    FindTranscriptHost(static_cast<size_t>(turn_labels_.front().first));
  }
  // "Answer:" under no heading that names the host: the person of the
  // transcript's first named turn that asks nothing ("Spokesperson X: Good
  // afternoon ..." before "Question from Y (Outlet):" and "Answer:").
  int answerer = transcript_host_;
  for (size_t i = 0; answerer < 0 && i < turn_labels_.size(); ++i) {
    const auto [p, actor] = turn_labels_[i];
    if (actor >= 0 && turn_question_[static_cast<size_t>(p)] == 0 &&
        x_.actors[static_cast<size_t>(actor)].kind == ActorKind::kPerson) {
      answerer = actor;
    }
  }
  for (auto& [p, actor] : turn_labels_) {
    if (actor == -4) actor = answerer;  // -1: no host named
    // "Spokesperson:" under a heading that names the spokesperson ("noon
    // briefing by X, Spokesperson for ...") is that person.
    if (transcript_host_ >= 0 && actor >= 0 && actor != transcript_host_ &&
        turn_question_[static_cast<size_t>(p)] == 0) {
      const Range name = label_name[static_cast<size_t>(p)];
      const absl::string_view label = LowerSlice(name.begin, name.end);
      if (label == "spokesperson" || label == "spokesman" ||
          label == "spokeswoman" || label == "the spokesperson") {
        actor = transcript_host_;
      }
    }
  }
  if (x_.info.genre == Genre::kUnknown) x_.info.genre = Genre::kTranscript;
}

int Reader::TitleHolderBefore(Range label, uint32_t limit) {
  absl::string_view title = LowerSlice(label.begin, label.end);
  while (!title.empty() && (title.back() == '.' || title.back() == ' ')) {
    title.remove_suffix(1);
  }
  // A title: its first word is an office's ("president", "minister",
  // "secretary"), and it names no one ("President of the Government",
  // "Foreign Minister", "Prime Minister of Spain").
  if (title.size() < 5 || !OnlyTitleWords(title.substr(
                              0, std::min(title.find(' '), title.size())))) {
    return -1;
  }
  // The person mention that begins at `o`, else -1.
  auto person_at = [&](uint32_t o) {
    auto m = MentionsFrom(o);
    return m != mentions_.end() && m->begin == o && m->actor >= 0 &&
                   x_.actors[static_cast<size_t>(m->actor)].kind ==
                       ActorKind::kPerson
               ? m->actor
               : -1;
  };
  int found = -1;
  const absl::string_view before(lower_.data(),
                                 std::min<size_t>(limit, label.begin));
  for (size_t at = before.find(title); at != absl::string_view::npos;
       at = before.find(title, at + 1)) {
    const uint32_t title_end = static_cast<uint32_t>(at + title.size());
    // A whole phrase: no letter right before or after it.
    if ((at > 0 &&
         absl::ascii_isalpha(static_cast<unsigned char>(before[at - 1]))) ||
        (title_end < text_.size() &&
         absl::ascii_isalpha(static_cast<unsigned char>(lower_[title_end])))) {
      continue;
    }
    const bool apposition = title_end < text_.size() && text_[title_end] == ',';
    uint32_t o = title_end + (apposition ? 1 : 0);
    while (o < text_.size() && text_[o] == ' ') ++o;
    // A mention that holds the title and the name ("President of the
    // Government, Ignacio Berrocal" read as one), else one that begins
    // after the title.
    auto m = MentionsFrom(static_cast<uint32_t>(at));
    int holder = m != mentions_.end() && m->begin == at && m->end > o
                     ? person_at(static_cast<uint32_t>(at))
                     : person_at(o);
    if (holder < 0 && !apposition &&
        absl::StartsWith(lower_.substr(o), "of ")) {
      // "Spokesperson of the Ministry of Foreign Affairs Phan Thi Ngoc
      // Lan chaired ...": the title's body (capitalised words, "of",
      // "the", "and", "for"), then the name; within 100 bytes.
      auto m = MentionsFrom(o);
      if (m != mentions_.end() && m->begin > o && m->begin - o <= 100) {
        bool body = true;
        for (absl::string_view w : absl::StrSplit(Slice(text_, o, m->begin),
                                                  ' ', absl::SkipEmpty())) {
          body =
              body && (w == "of" || w == "the" || w == "and" || w == "for" ||
                       absl::ascii_isupper(static_cast<unsigned char>(w[0])));
        }
        if (body) holder = person_at(m->begin);
      }
    }
    if (holder < 0 && apposition) {
      // "the President of the Government, Ignacio Berrocal, and ...": a
      // bare name in the title's apposition, up to a comma, a bracket or
      // the line's end, that no mention read.
      uint32_t e = o;
      while (e < text_.size() && text_[e] != ',' && text_[e] != '\n' &&
             text_[e] != '(' && text_[e] != ')') {
        ++e;
      }
      while (e > o && text_[e - 1] == ' ') --e;
      if (IsBareName(Slice(text_, o, e))) {
        holder = NewActor(Slice(text_, o, e), ActorKind::kPerson,
                          "title-apposition", 0.6f);
        if (holder >= 0) NoteMention(holder, o, e);
      }
    }
    if (holder < 0) continue;
    if (found >= 0 && found != holder) return -1;  // two holders
    found = holder;
  }
  return found;
}

bool Reader::OpensWithSessionTitle() const {
  for (size_t p = 0; p < paragraphs_.size() && p < 3; ++p) {
    const absl::string_view lower =
        LowerSlice(paragraphs_[p].begin, paragraphs_[p].end);
    if (lower.empty() || lower.size() > 200 || lower.back() == '.') continue;
    for (absl::string_view opener :
         {"briefing by ", "press briefing by ", "media briefing by ",
          "press conference by ", "regular press conference by "}) {
      if (absl::StartsWith(lower, opener)) return true;
    }
    // "Foreign Ministry Spokesperson X's Regular Press Conference on ...".
    if (absl::StrContains(lower, "regular press conference on ")) return true;
  }
  return false;
}

// The host is named in a heading line, not in a sentence of the writer's:
// "Foreign Ministry Spokesperson Hong Lei's Regular Press Conference on
// October 31, 2011", a note "The following is a transcript of today's
// briefing by X", or a line that ends in a colon ("Spokesperson X
// started the press conference with the following announcements:").
void Reader::FindTranscriptHost(size_t first_turn) {
  transcript_host_ = -1;
  transcript_host_para_ = 0;
  for (size_t p = 0; p < first_turn && p < paragraphs_.size(); ++p) {
    const Range para = paragraphs_[p];
    const absl::string_view lower = LowerSlice(para.begin, para.end);
    if (lower.empty() || lower.size() > 300) continue;
    const char last = lower.back();
    // A sentence is the writer's, except the page's note on what follows
    // ("The following is a near-verbatim transcript of today's noon
    // briefing by X, Spokesperson for ...").
    if ((last == '.' || last == '!' || last == '?') &&
        !(absl::StrContains(lower, "transcript of") &&
          absl::StrContains(lower, " by "))) {
      continue;
    }
    const bool names_session = absl::StrContains(lower, "press conference") ||
                               absl::StrContains(lower, "briefing") ||
                               absl::StrContains(lower, "announcement");
    if (!names_session) continue;
    auto it = MentionsFrom(para.begin);
    for (; it != mentions_.end() && it->begin < para.end; ++it) {
      if (it->actor >= 0 && x_.actors[static_cast<size_t>(it->actor)].kind ==
                                ActorKind::kPerson) {
        transcript_host_ = it->actor;
        transcript_host_span_ = {it->begin, it->end};
        transcript_host_para_ = p + 1;
        break;
      }
    }
    if (transcript_host_ >= 0) return;
    // A name no actor matches after the spokesperson's title: "Spokesperson
    // Hong Lei's Regular Press Conference", or after "by" in the line.
    const auto by_begin = [](const Token& t, uint32_t o) {
      return t.begin < o;
    };
    size_t i = static_cast<size_t>(std::lower_bound(body_tokens_.begin(),
                                                    body_tokens_.end(),
                                                    para.begin, by_begin) -
                                   body_tokens_.begin());
    for (; i + 1 < body_tokens_.size() && body_tokens_[i].begin < para.end;
         ++i) {
      const absl::string_view w =
          LowerSlice(body_tokens_[i].begin, body_tokens_[i].end);
      // "... briefing by Ingrid Salvesen, Spokesperson for ...": the name
      // after "by" too.
      if (w != "spokesperson" && w != "spokesman" && w != "spokeswoman" &&
          !(w == "by" && body_tokens_[i + 1].word &&
            body_tokens_[i + 1].capitalised &&
            body_tokens_[i + 1].begin < para.end)) {
        continue;
      }
      size_t j = i + 1;
      uint32_t name_end = 0;
      for (; j < body_tokens_.size() && j <= i + 3 &&
             body_tokens_[j].begin < para.end && body_tokens_[j].word &&
             body_tokens_[j].capitalised;
           ++j) {
        const absl::string_view word =
            Slice(text_, body_tokens_[j].begin, body_tokens_[j].end);
        name_end = body_tokens_[j].end;
        if (absl::EndsWith(word, "'s") ||
            absl::EndsWith(word, "\xE2\x80\x99s")) {
          name_end -= absl::EndsWith(word, "'s") ? 2 : 4;  // "'s" or "’s"
          ++j;
          break;
        }
      }
      const uint32_t name_begin = body_tokens_[i + 1].begin;
      // Two or three words: a full name, not "Spokesperson Office".
      if (j - i < 3 || name_end <= name_begin) break;
      const absl::string_view name = Slice(text_, name_begin, name_end);
      if (absl::StrContains(absl::AsciiStrToLower(name), "office")) break;
      // "by Foreign Secretary": a title, no name.
      bool title = false;
      for (size_t k = i + 1; k < j; ++k) {
        title = title || IsRoleNoun(LowerSlice(body_tokens_[k].begin,
                                               body_tokens_[k].end));
      }
      if (title) continue;
      transcript_host_ =
          NewActor(name, ActorKind::kPerson, "transcript-host", 0.6f);
      NoteMention(transcript_host_, name_begin, name_end);
      transcript_host_span_ = {name_begin, name_end};
      transcript_host_para_ = p + 1;
      return;
    }
  }
}

// The paragraphs after the heading line that names the host and before
// the first turn, when they are sentences of their own (announcements):
// the host's opening remarks, one statement like a turn.
void Reader::ReadOpeningRemarks(size_t first_turn, std::vector<bool>& read) {
  if (transcript_host_ < 0 || transcript_host_para_ == 0) return;
  // The remarks are paragraphs of sentences, each an announcement of its
  // own; short lines between them are topics' headings ("The closure of
  // the Russian House in Chisinau"). A note on the page's text or a long
  // line that is no sentence ends them.
  size_t first = first_turn, last = first_turn;
  auto emit = [&] {
    if (first >= first_turn) return;
    const uint32_t b = paragraphs_[first].begin, e = paragraphs_[last].end;
    ExtractedStatement st;
    st.speaker = transcript_host_;
    st.speaker_span = {transcript_host_span_.begin, transcript_host_span_.end};
    st.speaker_rule = "transcript-host";
    st.text_span = {b, e};
    st.quote = QuoteKind::kDirectQuote;
    st.rule = "transcript-opening-remarks";
    st.confidence = 0.7f;
    LoadWindow(b, e);
    ReadTimes({b, e});
    const int index = Emit(std::move(st), {b, e}, -1);
    for (size_t p = first; p <= last; ++p) {
      read[p] = true;
      for (const Range& sentence : Sentences(text_, paragraphs_[p])) {
        ReadRelations(sentence, std::max(index, 0));
      }
    }
    first = last = first_turn;
  };
  for (size_t p = transcript_host_para_; p < first_turn; ++p) {
    const Range para = paragraphs_[p];
    const absl::string_view s = Slice(text_, para.begin, para.end);
    int words = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      words += s[i] == ' ' && i + 1 < s.size() && s[i + 1] != ' ';
    }
    // A sentence ends the paragraph (a closing mark may follow it).
    size_t e = s.size();
    while (e > 0 && (s[e - 1] == '"' || s[e - 1] == ')' ||
                     static_cast<unsigned char>(s[e - 1]) >= 0x80)) {
      --e;
    }
    const bool sentence = e > 0 && (s[e - 1] == '.' || s[e - 1] == '!');
    // "This is a provisional translation ... for reference purpose only.",
    // "Check against delivery.": the page's note on its text, no remark.
    const absl::string_view lower = LowerSlice(para.begin, para.end);
    const bool note = absl::StrContains(lower, "provisional translation") ||
                      absl::StrContains(lower, "unofficial translation") ||
                      absl::StrContains(lower, "check against delivery");
    if (!sentence || words < 5 || note) {
      if (first >= first_turn) continue;
      // Only a heading's short line, not a note or a page's stamp, opens
      // another announcement.
      if (note || s.size() > 160) break;
      emit();
      continue;
    }
    // Each paragraph of the remarks is an announcement of its own ("At the
    // invitation of ..., X will visit ...", then "At the invitation of ...,
    // Y will ...").
    emit();
    first = last = p;
  }
  emit();
}

void Reader::ReadTurn(size_t p, uint32_t label_end, int speaker, bool question,
                      uint32_t turn_end) {
  const Range para = paragraphs_[p];
  uint32_t b = label_end + 1;
  if (question) {
    // "Lerato Sithole from SABC News.", "Pieter Botha, News24.": a
    // journalist who names herself and her outlet in a sentence of its own
    // among the question's first three: the outlet is a media actor.
    {
      const std::vector<Range> first = Sentences(text_, {b, para.end});
      for (size_t i = 0; i < first.size() && i < 3; ++i) {
        std::vector<absl::string_view> words =
            absl::StrSplit(absl::StripAsciiWhitespace(
                               Slice(text_, first[i].begin, first[i].end)),
                           ' ', absl::SkipEmpty());
        if (words.size() < 3 || words.size() > 7 || words.back().empty() ||
            words.back().back() != '.') {
          continue;
        }
        // The name: two or three capitalised words, the last may end in
        // a comma; then "from" / "with" unless the comma set it off.
        size_t n = 0;
        bool comma = false;
        while (n < words.size() && n < 3 && !comma &&
               absl::ascii_isupper(static_cast<unsigned char>(words[n][0]))) {
          comma = words[n].back() == ',';
          ++n;
        }
        if (n < 2) continue;
        size_t o = n;
        if (!comma) {
          if (o >= words.size() || (words[o] != "from" && words[o] != "with")) {
            continue;
          }
          ++o;
        }
        if (o >= words.size() || words.size() - o > 3) continue;
        // The outlet: one to three words each holding a capital or a digit.
        bool outlet = true;
        for (size_t k = o; k < words.size() && outlet; ++k) {
          outlet = std::any_of(words[k].begin(), words[k].end(), [](char c) {
            return absl::ascii_isupper(static_cast<unsigned char>(c)) ||
                   absl::ascii_isdigit(static_cast<unsigned char>(c));
          });
        }
        if (!outlet) continue;
        const uint32_t ob =
            static_cast<uint32_t>(words[o].data() - text_.data());
        const uint32_t oe = static_cast<uint32_t>(
            words.back().data() - text_.data() + words.back().size() - 1);
        auto at = std::lower_bound(
            mentions_.begin(), mentions_.end(), ob,
            [](const DocMention& m, uint32_t x) { return m.end <= x; });
        if (at != mentions_.end() && at->begin < oe) break;  // known
        const int actor =
            NewActor(Slice(text_, ob, oe), ActorKind::kMediaOutlet,
                     "question-outlet", 0.6f);
        if (actor >= 0) NoteMention(actor, ob, oe);
        break;
      }
    }
    // Statements reported inside the question, reported by the asker.
    question_begin_ = b;
    for (size_t q = p; q < paragraphs_.size() && paragraphs_[q].end <= turn_end;
         ++q) {
      const Range r{q == p ? b : paragraphs_[q].begin, paragraphs_[q].end};
      LoadWindow(r.begin, r.end);
      ReadTimes(r);
      std::vector<Quote> quotes = Quotes(text_, r, false);
      MarkQuotes(quotes);
      // Quoted fragments are read with their clause, as in a paragraph;
      // so is one that ends the reported clause with its sentence's full
      // stop inside the mark ("X said that ... would be "a red line for
      // Egypt." Your view?"), which no quotation's attribution reads in a
      // question.
      std::vector<Quote> whole;
      for (const Quote& q : quotes) {
        bool clause_end = false;
        if (q.closed && q.end > q.begin && text_[q.end - 1] == '.') {
          uint32_t b = q.open;
          while (b > 0 && text_[b - 1] == ' ') --b;
          clause_end =
              b > 0 && b < q.open &&
              absl::ascii_isalnum(static_cast<unsigned char>(text_[b - 1])) &&
              EndsReportedClause(q, b);
        }
        if (!IsFragment(q) && !clause_end) whole.push_back(q);
      }
      for (const Range& s : Sentences(text_, r)) {
        const int before = static_cast<int>(x_.statements.size());
        ReadReportedSpeech(s, whole, true, speaker);
        ReadEvents(s);
        if (static_cast<int>(x_.statements.size()) > before) {
          ReadRelations(s, before, /*held_only=*/true);
        }
      }
    }
    question_begin_ = kNoQuestion;
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
    ReadQuotedInTurn(r, speaker);
  }
}

// "President X said it himself in Riyadh in May, and I will quote him:
// "...."": a quotation inside an answer, its words another person's (the
// subject of the nearest finite reporting verb before the mark in its
// sentence, or the person "him" or "her" of "quote him"), is that person's
// statement, relayed by the one who answers. The answer's own words stay
// one statement. O(40 tokens) per quotation.
void Reader::ReadQuotedInTurn(Range r, int speaker) {
  // The turn's window (ReadTurn's, over all its paragraphs) holds `r`.
  const std::vector<Quote> quotes = Quotes(text_, r, false);
  for (const Quote& q : quotes) {
    if (!q.closed || q.end <= q.begin) continue;
    const int open_t = TokenAt(q.open);
    // The sentence's words before the mark, 40 tokens at most.
    const int floor_t = std::max(TokenAt(r.begin), open_t - 40);
    int verb = -1;
    for (int t = open_t - 1; t >= floor_t; --t) {
      if (!tokens_[t].word) {
        if (IsPunct(t, '.') || IsPunct(t, '?') || IsPunct(t, '!') ||
            IsQuoteMark(t)) {
          break;
        }
        continue;
      }
      const VerbHit h = VerbAt(t);
      if (h.verb != nullptr && h.verb->reports_speech &&
          h.form == VerbForm::kFinite) {
        verb = t;
        break;
      }
    }
    if (verb < 0) continue;
    int floor = verb;
    while (floor > floor_t && !IsPunct(floor - 1, '.') &&
           !IsPunct(floor - 1, '?')) {
      --floor;
    }
    const VerbHit hit = VerbAt(verb);
    const bool quote_him = hit.verb->lemma == "quote" && verb + 1 < open_t &&
                           (Is(verb + 1, "him") || Is(verb + 1, "her"));
    const std::optional<Subject> who =
        quote_him ? ResolvePronoun(verb + 1) : SubjectBefore(verb, floor, 0);
    if (!who.has_value()) continue;
    const Subject& w = *who;
    // Not the one who answers ("As I said, "...""; "I will quote him" with
    // no one to resolve "him" to), and a person.
    if (w.actor < 0 || w.actor == speaker ||
        x_.actors[w.actor].kind != ActorKind::kPerson) {
      continue;
    }
    ExtractedStatement st;
    st.speaker = w.actor;
    st.speaker_span = {w.begin, w.end};
    st.speaker_rule = "quoted-in-turn";
    st.text_span = {q.begin, q.end};
    st.quote = QuoteKind::kDirectQuote;
    st.reported_by.push_back({speaker, ReportKind::kQuoted, {w.begin, w.end}});
    st.rule = "quote-inside-turn";
    st.confidence = Clamp01(w.confidence * 0.7f);
    Emit(std::move(st), {tokens_[floor].begin, q.close}, verb);
  }
}

}  // namespace text_internal
}  // namespace diplograph
