// Writing a whole buffer to a file descriptor: the one write loop of the
// library (short writes resumed, EINTR retried), for the callers that turn
// a failure into their own absl::Status with ErrnoStatus (errno_status.h).
//
//   if (int err = internal::WriteAll(fd, bytes); err != 0) {
//     return internal::ErrnoStatus(err, "cannot write", path);
//   }
//
// Thread safety: reentrant (concurrent writes to one descriptor interleave
// as write(2) does).

#ifndef DIPLOGRAPH_LIB_UTIL_WRITE_ALL_H_
#define DIPLOGRAPH_LIB_UTIL_WRITE_ALL_H_

#include "absl/strings/string_view.h"

namespace diplograph::internal {

// Writes all of `data` to `fd`. Returns 0, or the errno of the write that
// failed (some of `data` may have been written). O(data).
int WriteAll(int fd, absl::string_view data);

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_UTIL_WRITE_ALL_H_
