// Turning an errno value into an absl::Status: the one mapping of the
// library, used wherever a file is opened, read or written.
//
//   if (fd < 0) return internal::ErrnoStatus(errno, "cannot open", path);
//   // NotFound: "cannot open data/x.json: No such file or directory"
//
// Thread safety: reentrant.

#ifndef DIPLOGRAPH_LIB_UTIL_ERRNO_STATUS_H_
#define DIPLOGRAPH_LIB_UTIL_ERRNO_STATUS_H_

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace diplograph::internal {

// The canonical code of `err`: NotFound (ENOENT, ENOTDIR), PermissionDenied
// (EACCES, EPERM, EROFS), ResourceExhausted (ENOSPC, EFBIG, EDQUOT, EMFILE,
// ENFILE), InvalidArgument (EISDIR, EINVAL), else Unknown.
absl::StatusCode ErrnoCode(int err);

// A status of ErrnoCode(err) with the message "<what> <path>: <strerror>".
absl::Status ErrnoStatus(int err, absl::string_view what,
                         absl::string_view path);

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_UTIL_ERRNO_STATUS_H_
