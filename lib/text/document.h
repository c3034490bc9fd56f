// The text extractor's reading of a document's layout: input checks, header
// lines, paragraphs, sentences, words and quotations. Every function is
// linear in its input; offsets are bytes into the whole document text.

#ifndef DIPLOGRAPH_LIB_TEXT_DOCUMENT_H_
#define DIPLOGRAPH_LIB_TEXT_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "diplograph/date.h"

namespace diplograph::text_internal {

// OK for UTF-8 text without NUL bytes. InvalidArgument naming the byte
// order for UTF-16 (by its byte order mark, or by the NUL pattern of ASCII
// text in UTF-16), the offset of the first NUL byte, or the offset of the
// first invalid UTF-8 sequence; OutOfRange for 4 GiB or more.
absl::Status CheckInput(absl::string_view text);

// The `KEY: value` lines at the top of a document (SOURCE_URL, DATE,
// EXCERPT, TITLE, OUTLET).
struct HeaderLines {
  Date date;  // from DATE:, unknown when absent/bad
  uint32_t date_begin = 0, date_end = 0;
  std::string source_url, title, outlet;
  uint32_t body_begin = 0;  // first byte after the header lines (and a BOM)
};
HeaderLines ReadHeaderLines(absl::string_view text);

struct Range {
  uint32_t begin = 0, end = 0;
};

// Non-empty lines of text[begin, end), each trimmed of surrounding spaces.
// A document's paragraphs are its lines: blank lines only separate them.
std::vector<Range> Paragraphs(absl::string_view text, uint32_t begin,
                              uint32_t end);

// The sentences of one paragraph. A sentence ends at . ! or ? (and any
// closing quotation marks or brackets after it) followed by a space and a
// capital letter, digit or opening mark, or at the paragraph's end; a period
// after a known abbreviation ("Mr.", "Nov.", "Gen."), an initial ("J.") or
// an initialism ("U.S.") followed by a capitalised word ends none.
std::vector<Range> Sentences(absl::string_view text, Range paragraph);

// One quotation in a paragraph.
struct Quote {
  uint32_t open = 0;       // the opening mark's first byte
  uint32_t begin = 0;      // the words: after the opening mark
  uint32_t end = 0;        // before the closing mark (or the paragraph's end)
  uint32_t close = 0;      // after the closing mark (or the paragraph's end)
  bool closed = false;     // a closing mark was found in the paragraph
  bool runs_on = false;    // unclosed, and the next paragraph reopens it
  bool continues = false;  // this paragraph reopens the previous one's quote
};

// The double quotations of a paragraph, straight (") or curly (“ ” „ « »)
// marks; single marks ('‘’') count only inside a double quotation, as
// nesting, and are left in its words, except in a paragraph without any
// double mark, where a clear pair of single marks is a quotation (closed
// ones only: the marks double as apostrophes). An opening mark met inside an
// open quotation closes the first one there, unclosed; a quotation still open
// at the paragraph's end ends there (unclosed). `previous_runs_on`: the
// previous paragraph ended inside a quotation.
std::vector<Quote> Quotes(absl::string_view text, Range paragraph,
                          bool previous_runs_on);

// True when the paragraph starts (after spaces) with an opening mark.
bool StartsWithOpeningMark(absl::string_view text, Range paragraph);

// A word or a punctuation character of a sentence.
struct Token {
  uint32_t begin = 0, end = 0;
  bool word = false;         // letters, digits, apostrophes, hyphens
  bool capitalised = false;  // a word starting with an upper-case letter
};

// The tokens of text[begin, end): words, and each other non-space
// character (a multi-byte one as one token).
std::vector<Token> Tokenize(absl::string_view text, uint32_t begin,
                            uint32_t end);

// The length of a lower-case Arabic article and its hyphen before a
// capitalised name ("al-" of "al-Sisi", "el-" of "el-Baradei"), else 0.
// O(1).
size_t ArticlePrefixLength(absl::string_view word);

// ASCII-lower-cased copy.
std::string Lower(absl::string_view word);

}  // namespace diplograph::text_internal

#endif  // DIPLOGRAPH_LIB_TEXT_DOCUMENT_H_
