// File helpers for the JSON reader and writer.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "io/json_layout.h"
#include "util/errno_status.h"
#include "util/write_all.h"

namespace diplograph::internal {

JsonLayout ResolveLayout(JsonLayout layout, absl::string_view file_name) {
  if (layout != JsonLayout::kAuto) return layout;
  if (absl::EndsWith(file_name, ".jsonl") ||
      absl::EndsWith(file_name, ".ndjson")) {
    return JsonLayout::kLines;
  }
  return JsonLayout::kDocument;
}

absl::Status WriteFileAtomically(const std::string& path,
                                 absl::string_view contents) {
  const size_t slash = path.rfind('/');
  const std::string dir =
      slash == std::string::npos ? std::string(".") : path.substr(0, slash + 1);
  const std::string base =
      slash == std::string::npos ? path : path.substr(slash + 1);
  if (base.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("save ", path, ": the path names a directory"));
  }
  std::string temp = absl::StrCat(
      slash == std::string::npos ? std::string() : path.substr(0, slash + 1),
      ".", base, ".tmp.XXXXXX");
  const int fd = mkstemp(temp.data());
  if (fd < 0)
    return ErrnoStatus(errno, "cannot create a temporary file in", dir);

  auto fail = [&](int err, absl::string_view what) {
    close(fd);
    unlink(temp.c_str());
    return ErrnoStatus(err, what, temp);
  };
  // mkstemp creates the file 0600; give it the usual permissions.
  const mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);

  if (const int err = WriteAll(fd, contents); err != 0) {
    return fail(err, "cannot write");
  }
  if (fsync(fd) != 0) return fail(errno, "cannot sync");
  if (close(fd) != 0) {
    const int err = errno;
    unlink(temp.c_str());
    return ErrnoStatus(err, "cannot close", temp);
  }
  if (rename(temp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    unlink(temp.c_str());
    return ErrnoStatus(err, "cannot rename the temporary file over", path);
  }
  // Make the rename durable; failure here does not lose data already synced.
  const int dfd = open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (dfd >= 0) {
    fsync(dfd);
    close(dfd);
  }
  return absl::OkStatus();
}

absl::Status ReadToEnd(int fd, absl::string_view path, std::string& out) {
  char chunk[1 << 16];
  while (true) {
    const ssize_t n = read(fd, chunk, sizeof(chunk));
    if (n < 0) {
      if (errno == EINTR) continue;
      return ErrnoStatus(errno, "cannot read", path);
    }
    if (n == 0) return absl::OkStatus();
    out.append(chunk, static_cast<size_t>(n));
  }
}

}  // namespace diplograph::internal
