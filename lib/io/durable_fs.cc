// The file systems of durable.h: POSIX and in memory.

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "diplograph/durable.h"
#include "io/json_layout.h"
#include "util/errno_status.h"
#include "util/write_all.h"

namespace diplograph {
namespace {

using internal::ErrnoStatus;

// ---------------------------------------------------------------------------
// POSIX.

class PosixFile : public WritableFile {
 public:
  PosixFile(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}
  ~PosixFile() override {
    if (fd_ >= 0) close(fd_);
  }

  absl::Status Append(absl::string_view data) override {
    if (fd_ < 0) return Closed();
    if (const int err = internal::WriteAll(fd_, data); err != 0) {
      return ErrnoStatus(err, "cannot write", path_);
    }
    return absl::OkStatus();
  }
  absl::Status Sync() override {
    if (fd_ < 0) return Closed();
    if (fdatasync(fd_) != 0) return ErrnoStatus(errno, "cannot sync", path_);
    return absl::OkStatus();
  }
  absl::Status Close() override {
    if (fd_ < 0) return Closed();
    const int fd = fd_;
    fd_ = -1;
    if (close(fd) != 0) return ErrnoStatus(errno, "cannot close", path_);
    return absl::OkStatus();
  }

 private:
  absl::Status Closed() const {
    return absl::FailedPreconditionError(
        absl::StrCat(path_, ": the file is closed"));
  }
  int fd_;
  std::string path_;
};

class PosixFileSystem : public FileSystem {
 public:
  absl::Status CreateDir(const std::string& path) override {
    if (mkdir(path.c_str(), 0777) != 0 && errno != EEXIST) {
      return ErrnoStatus(errno, "cannot create directory", path);
    }
    return absl::OkStatus();
  }
  absl::StatusOr<std::vector<std::string>> ListDir(
      const std::string& path) override {
    DIR* d = opendir(path.c_str());
    if (d == nullptr) return ErrnoStatus(errno, "cannot list directory", path);
    std::vector<std::string> names;
    errno = 0;
    while (struct dirent* e = readdir(d)) {
      const absl::string_view name = e->d_name;
      if (name != "." && name != "..") names.emplace_back(name);
    }
    const int err = errno;
    closedir(d);
    if (err != 0) return ErrnoStatus(err, "cannot list directory", path);
    return names;
  }
  absl::StatusOr<std::string> ReadFile(const std::string& path) override {
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return ErrnoStatus(errno, "cannot open", path);
    std::string out;
    const absl::Status st = internal::ReadToEnd(fd, path, out);
    close(fd);
    if (!st.ok()) return st;
    return out;
  }
  absl::StatusOr<std::unique_ptr<WritableFile>> OpenForAppend(
      const std::string& path, bool truncate) override {
    const int fd = open(
        path.c_str(),
        O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | (truncate ? O_TRUNC : 0),
        0666);
    if (fd < 0) return ErrnoStatus(errno, "cannot open", path);
    return std::make_unique<PosixFile>(fd, path);
  }
  absl::Status Truncate(const std::string& path, uint64_t size) override {
    if (truncate(path.c_str(), static_cast<off_t>(size)) != 0) {
      return ErrnoStatus(errno, "cannot truncate", path);
    }
    return absl::OkStatus();
  }
  absl::Status Rename(const std::string& from, const std::string& to) override {
    if (rename(from.c_str(), to.c_str()) != 0) {
      return ErrnoStatus(errno, absl::StrCat("cannot rename ", from, " to"),
                         to);
    }
    return absl::OkStatus();
  }
  absl::Status Remove(const std::string& path) override {
    if (unlink(path.c_str()) != 0) {
      return ErrnoStatus(errno, "cannot remove", path);
    }
    return absl::OkStatus();
  }
  absl::Status SyncDir(const std::string& path) override {
    const int fd = open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return ErrnoStatus(errno, "cannot open directory", path);
    absl::Status s;
    if (fsync(fd) != 0) s = ErrnoStatus(errno, "cannot sync directory", path);
    close(fd);
    return s;
  }
};

// ---------------------------------------------------------------------------
// Memory: a map from path to contents; a directory is a path ending in '/'
// in `dirs_`.

class MemoryFileSystem : public FileSystem {
 public:
  class File : public WritableFile {
   public:
    File(MemoryFileSystem* fs, std::string path)
        : fs_(fs), path_(std::move(path)) {}
    absl::Status Append(absl::string_view data) override {
      std::lock_guard<std::mutex> lock(fs_->mu_);
      if (closed_) return Closed();
      auto it = fs_->files_.find(path_);
      if (it == fs_->files_.end()) return NotFound(path_);
      it->second.append(data.data(), data.size());
      return absl::OkStatus();
    }
    absl::Status Sync() override {
      std::lock_guard<std::mutex> lock(fs_->mu_);
      return closed_ ? Closed() : absl::OkStatus();
    }
    absl::Status Close() override {
      std::lock_guard<std::mutex> lock(fs_->mu_);
      if (closed_) return Closed();
      closed_ = true;
      return absl::OkStatus();
    }

   private:
    absl::Status Closed() const {
      return absl::FailedPreconditionError(
          absl::StrCat(path_, ": the file is closed"));
    }
    MemoryFileSystem* fs_;
    std::string path_;
    bool closed_ = false;
  };

  absl::Status CreateDir(const std::string& path) override {
    std::lock_guard<std::mutex> lock(mu_);
    dirs_.emplace(Dir(path), true);
    return absl::OkStatus();
  }
  absl::StatusOr<std::vector<std::string>> ListDir(
      const std::string& path) override {
    std::lock_guard<std::mutex> lock(mu_);
    const std::string prefix = Dir(path);
    if (!dirs_.contains(prefix)) return NotFound(path);
    std::vector<std::string> names;
    for (auto it = files_.lower_bound(prefix);
         it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
         ++it) {
      const std::string rest = it->first.substr(prefix.size());
      if (rest.find('/') == std::string::npos) names.push_back(rest);
    }
    return names;
  }
  absl::StatusOr<std::string> ReadFile(const std::string& path) override {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = files_.find(path);
    if (it == files_.end()) return NotFound(path);
    return it->second;
  }
  absl::StatusOr<std::unique_ptr<WritableFile>> OpenForAppend(
      const std::string& path, bool truncate) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (!dirs_.contains(Parent(path))) return NotFound(path);
    std::string& contents = files_[path];
    if (truncate) contents.clear();
    return std::make_unique<File>(this, path);
  }
  absl::Status Truncate(const std::string& path, uint64_t size) override {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = files_.find(path);
    if (it == files_.end()) return NotFound(path);
    it->second.resize(size, '\0');
    return absl::OkStatus();
  }
  absl::Status Rename(const std::string& from, const std::string& to) override {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = files_.find(from);
    if (it == files_.end()) return NotFound(from);
    if (!dirs_.contains(Parent(to))) return NotFound(to);
    std::string contents = std::move(it->second);
    files_.erase(it);
    files_[to] = std::move(contents);
    return absl::OkStatus();
  }
  absl::Status Remove(const std::string& path) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (files_.erase(path) == 0) return NotFound(path);
    return absl::OkStatus();
  }
  absl::Status SyncDir(const std::string& path) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (!dirs_.contains(Dir(path))) return NotFound(path);
    return absl::OkStatus();
  }

 private:
  static std::string Dir(const std::string& path) {
    return !path.empty() && path.back() == '/' ? path : path + "/";
  }
  static std::string Parent(const std::string& path) {
    const size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string("./")
                                      : path.substr(0, slash + 1);
  }
  static absl::Status NotFound(const std::string& path) {
    return absl::NotFoundError(
        absl::StrCat(path, ": No such file or directory"));
  }

  std::mutex mu_;
  std::map<std::string, std::string> files_;
  std::map<std::string, bool> dirs_;
};

}  // namespace

FileSystem& DefaultFileSystem() {
  static PosixFileSystem* fs = new PosixFileSystem();
  return *fs;
}

std::unique_ptr<FileSystem> NewMemoryFileSystem() {
  return std::make_unique<MemoryFileSystem>();
}

}  // namespace diplograph
