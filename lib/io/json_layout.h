// Private helpers shared by the JSON reader and writer (and, for files, by
// the snapshot and durable storage): choosing the layout from a file name,
// reading and atomically writing files.

#ifndef DIPLOGRAPH_LIB_IO_JSON_LAYOUT_H_
#define DIPLOGRAPH_LIB_IO_JSON_LAYOUT_H_

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "diplograph/json.h"

namespace diplograph::internal {

// kLines for names ending in ".jsonl" or ".ndjson" when `layout` is kAuto;
// otherwise `layout`, with kAuto turned into kDocument.
JsonLayout ResolveLayout(JsonLayout layout, absl::string_view file_name);

// Writes `contents` to a temporary file next to `path`, syncs it and renames
// it over `path`; removes the temporary file on any failure.
absl::Status WriteFileAtomically(const std::string& path,
                                 absl::string_view contents);

// Appends what is left to read from the open descriptor `fd` to `out`,
// retrying reads interrupted by a signal; does not close `fd`. O(bytes read).
// Errors: as ErrnoStatus ("cannot read <path>: ..."), with `out` holding the
// bytes read before the failure.
absl::Status ReadToEnd(int fd, absl::string_view path, std::string& out);

// The JSON Schema text, embedded at build time (json_schema_data.cc).
extern const char kJsonSchemaText[];

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_IO_JSON_LAYOUT_H_
