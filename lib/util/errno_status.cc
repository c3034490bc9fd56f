// errno to absl::Status; see errno_status.h.

#include "util/errno_status.h"

#include <cerrno>
#include <cstring>

#include "absl/strings/str_cat.h"

namespace diplograph::internal {

absl::StatusCode ErrnoCode(int err) {
  switch (err) {
    case ENOENT:
    case ENOTDIR:
      return absl::StatusCode::kNotFound;
    case EACCES:
    case EPERM:
    case EROFS:
      return absl::StatusCode::kPermissionDenied;
    case ENOSPC:
    case EFBIG:
    case EDQUOT:
    case EMFILE:
    case ENFILE:
      return absl::StatusCode::kResourceExhausted;
    case EISDIR:
    case EINVAL:
      return absl::StatusCode::kInvalidArgument;
    default:
      return absl::StatusCode::kUnknown;
  }
}

absl::Status ErrnoStatus(int err, absl::string_view what,
                         absl::string_view path) {
  return absl::Status(ErrnoCode(err),
                      absl::StrCat(what, " ", path, ": ", std::strerror(err)));
}

}  // namespace diplograph::internal
