// UTF-8 checks shared by the store and the readers.

#ifndef DIPLOGRAPH_LIB_UTIL_UTF8_H_
#define DIPLOGRAPH_LIB_UTIL_UTF8_H_

#include <cstddef>
#include <string>

#include "absl/strings/string_view.h"

namespace diplograph::internal {

// Returns the byte offset of the first invalid UTF-8 sequence in `text`
// (overlong forms, surrogates and code points above U+10FFFF are invalid),
// or absl::string_view::npos when all of it is valid.
size_t FindInvalidUtf8(absl::string_view text);

// True if `text` contains a C0 control character or DEL. Tabs and line
// breaks count as control characters.
bool HasControlCharacter(absl::string_view text);

// UTF-8's byte order mark, which some editors put at the start of a file.
inline constexpr absl::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Whether `text` starts like UTF-16 text: with a UTF-16 byte order mark
// (FF FE or FE FF), or with pairs of an ASCII character and a NUL byte
// (in one order) over its first 2 to 8 pairs (UTF-16 without a mark). For
// readers that then say "UTF-16 is not supported; convert to UTF-8". O(1).
bool LooksLikeUtf16(absl::string_view text);

// `text` in double quotes for an error message: quotes, backslashes,
// control characters and invalid UTF-8 bytes escaped (\", \\, \n, \x01),
// valid non-ASCII characters kept, and text past `max_bytes` cut with "...".
std::string Quoted(absl::string_view text, size_t max_bytes = 200);

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_UTIL_UTF8_H_
