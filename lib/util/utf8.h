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

// `text` in double quotes for an error message: quotes, backslashes,
// control characters and invalid UTF-8 bytes escaped (\", \\, \n, \x01),
// valid non-ASCII characters kept, and text past `max_bytes` cut with "...".
std::string Quoted(absl::string_view text, size_t max_bytes = 200);

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_UTIL_UTF8_H_
