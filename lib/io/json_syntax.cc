// The JSON syntax layer of the loader; see json_syntax.h.

#include "io/json_syntax.h"

#include "absl/strings/str_cat.h"
#include "diplograph/json.h"
#include "rapidjson/error/en.h"

namespace diplograph::internal {

bool IsGzip(absl::string_view text) {
  return text.size() >= 2 && static_cast<unsigned char>(text[0]) == 0x1f &&
         static_cast<unsigned char>(text[1]) == 0x8b;
}
std::string SyntaxMessage(absl::string_view text,
                          rapidjson::ParseErrorCode code, size_t offset) {
  if (offset == 0 && IsGzip(text)) return kGzipMessage;
  if (offset == 0 && code == rapidjson::kParseErrorValueInvalid) {
    const size_t nl = text.find('\n');
    const absl::string_view first = text.substr(0, nl);
    bool text_like = FindInvalidUtf8(first) == absl::string_view::npos;
    for (char c : first) {
      const auto u = static_cast<unsigned char>(c);
      if ((u < 0x20 && c != '\t' && c != '\r') || u == 0x7f) text_like = false;
    }
    if (text_like && first.find('\t') != absl::string_view::npos) {
      return "not JSON: this looks like tab-separated text";
    }
    return "not JSON: the file does not start with a JSON value";
  }
  if (code == rapidjson::kParseErrorStringEscapeInvalid &&
      offset < text.size() && static_cast<unsigned char>(text[offset]) < 0x20) {
    return absl::StrCat(
        "invalid JSON: a raw control character (byte 0x",
        absl::Hex(static_cast<unsigned char>(text[offset]), absl::kZeroPad2),
        ") inside a string; write it escaped, as \\u",
        absl::Hex(static_cast<unsigned char>(text[offset]), absl::kZeroPad4));
  }
  std::string m = rapidjson::GetParseError_En(code);
  if (!m.empty() && m.back() == '.') m.pop_back();
  // Start lower-case, like the other messages.
  if (!m.empty() && m[0] >= 'A' && m[0] <= 'Z') {
    m[0] = static_cast<char>(m[0] - 'A' + 'a');
  }
  return absl::StrCat("invalid JSON: ", m);
}

std::string HeaderMessage() {
  return absl::StrCat("the first line must be the header {\"format\": \"",
                      kJsonFormatName, "\"}");
}

}  // namespace diplograph::internal
