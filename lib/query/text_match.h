// Private text helpers of the query layer.

#ifndef DIPLOGRAPH_LIB_QUERY_TEXT_MATCH_H_
#define DIPLOGRAPH_LIB_QUERY_TEXT_MATCH_H_

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/string_view.h"

namespace diplograph::internal {

// True if `needle` occurs in `haystack`, ignoring ASCII case. An empty
// needle occurs everywhere. O(|haystack| * |needle|) worst case.
inline bool ContainsIgnoringAsciiCase(absl::string_view haystack,
                                      absl::string_view needle) {
  auto eq = [](char a, char b) {
    return absl::ascii_tolower(static_cast<unsigned char>(a)) ==
           absl::ascii_tolower(static_cast<unsigned char>(b));
  };
  return std::search(haystack.begin(), haystack.end(), needle.begin(),
                     needle.end(), eq) != haystack.end();
}

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_QUERY_TEXT_MATCH_H_
