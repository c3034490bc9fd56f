// The write loop; see write_all.h.

#include "util/write_all.h"

#include <unistd.h>

#include <cerrno>
#include <cstddef>

namespace diplograph::internal {

int WriteAll(int fd, absl::string_view data) {
  const char* p = data.data();
  size_t left = data.size();
  while (left > 0) {
    const ssize_t n = write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  return 0;
}

}  // namespace diplograph::internal
