// The library's checks of names and single-line fields, shared by the store
// (actor names, aliases, roles, labels, topics) and the importers, so that a
// name is refused for the same reason, with the same message, everywhere.
//
//   DIPLOGRAPH_RETURN_IF_ERROR(internal::CheckName("subject", name));
//   // InvalidArgument: "subject: \" China\" has leading or trailing white
//   space"
//
// Thread safety: pure functions.

#ifndef DIPLOGRAPH_LIB_MODEL_NAMES_H_
#define DIPLOGRAPH_LIB_MODEL_NAMES_H_

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace diplograph::internal {

// A single-line field: not empty, valid UTF-8, no control characters (tabs
// and line breaks included). InvalidArgument "<field>: <why>" otherwise.
// O(|text|).
absl::Status CheckField(absl::string_view field, absl::string_view text);

// A name: as CheckField, and no leading or trailing white space. O(|name|).
absl::Status CheckName(absl::string_view field, absl::string_view name);

// The words of a statement as Graph::FindSameStatement compares them: ASCII
// letters lowered, each run of white space (ASCII, no-break space) made one
// space and trimmed at both ends, and quotation marks of every style made
// straight: curly, low-9 and angle double quotes and the double prime
// become '"', curly, low-9 and angle single quotes and the prime '\''.
// Other bytes are kept.
// O(|text|).
std::string FoldStatementText(absl::string_view text);

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_MODEL_NAMES_H_
