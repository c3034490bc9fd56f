// The JSON syntax layer shared by the loader's serial driver
// (json_loader.cc) and its parallel JSON Lines workers
// (json_line_pipeline.cc): how RapidJSON is run over a text, and the
// messages for texts that are not JSON or not well-formed.
//
//   rapidjson::Reader reader;
//   rapidjson::MemoryStream stream(text.data(), text.size());
//   rapidjson::ParseResult r = ParseText(reader, stream, text, handler);
//   if (!r) message = SyntaxMessage(text, r.Code(), r.Offset());
//
// Thread safety: the functions are reentrant.

#ifndef DIPLOGRAPH_LIB_IO_JSON_SYNTAX_H_
#define DIPLOGRAPH_LIB_IO_JSON_SYNTAX_H_

#include <cstddef>
#include <string>

#include "absl/strings/string_view.h"
#include "rapidjson/error/error.h"
#include "rapidjson/memorystream.h"
#include "rapidjson/reader.h"
#include "util/utf8.h"

namespace diplograph::internal {

// Iterative, so that deep nesting cannot exhaust the stack. Input is checked
// for valid UTF-8 before it is parsed (a word at a time, much faster than
// RapidJSON's check inside strings); input that fails the check is parsed
// again with RapidJSON's own check, which reports the first problem in
// document order, syntax or encoding.
inline constexpr unsigned kJsonParseFlags = rapidjson::kParseIterativeFlag;
inline constexpr unsigned kJsonParseFlagsCheckingUtf8 =
    rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;

// Parses `text` (the bytes behind `stream`) into `handler`. O(|text|).
template <typename Handler>
rapidjson::ParseResult ParseText(rapidjson::Reader& reader,
                                 rapidjson::MemoryStream& stream,
                                 absl::string_view text, Handler& handler) {
  if (FindInvalidUtf8(text) == absl::string_view::npos) {
    return reader.Parse<kJsonParseFlags>(stream, handler);
  }
  return reader.Parse<kJsonParseFlagsCheckingUtf8>(stream, handler);
}

// Whether `text` starts with the gzip magic bytes. O(1).
bool IsGzip(absl::string_view text);

inline constexpr char kGzipMessage[] =
    "this is a gzip-compressed file, not JSON (decompress it first)";
inline constexpr char kNulMessage[] = "a NUL byte: not a JSON text";
inline constexpr char kUtf16Message[] =
    "UTF-16 is not supported; convert to UTF-8";

// The message for a syntax error `code` at `offset` of `text`: clearer
// than RapidJSON's for files that are not JSON and for raw control bytes.
// O(length of the first line).
std::string SyntaxMessage(absl::string_view text,
                          rapidjson::ParseErrorCode code, size_t offset);

// The message for a JSON Lines stream whose first line is no header.
std::string HeaderMessage();

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_IO_JSON_SYNTAX_H_
