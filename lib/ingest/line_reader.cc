#include "ingest/line_reader.h"

#include <cstring>

namespace diplograph::internal {
namespace {
constexpr size_t kChunk = 1 << 20;
}  // namespace

bool LineReader::Fill() {
  if (eof_) return false;
  // Keep the unread tail, then append a chunk.
  buf_.erase(0, pos_);
  pos_ = 0;
  const size_t old = buf_.size();
  buf_.resize(old + kChunk);
  in_.read(buf_.data() + old, static_cast<std::streamsize>(kChunk));
  const auto got = static_cast<size_t>(in_.gcount());
  buf_.resize(old + got);
  if (in_.bad()) {
    status_ = absl::DataLossError("read error");
    eof_ = true;
    return false;
  }
  if (got < kChunk) eof_ = true;
  if (!started_ && buf_.size() >= 3) {
    started_ = true;
    if (std::memcmp(buf_.data(), "\xEF\xBB\xBF", 3) == 0) {
      pos_ = 3;
      bytes_ += 3;
    }
  } else if (!started_ && eof_) {
    started_ = true;
  }
  return got > 0;
}

bool LineReader::Next(absl::string_view* line) {
  size_t scan_from = pos_;
  for (;;) {
    const char* base = buf_.data();
    const void* nl =
        scan_from < buf_.size()
            ? std::memchr(base + scan_from, '\n', buf_.size() - scan_from)
            : nullptr;
    if (nl != nullptr) {
      const size_t end =
          static_cast<size_t>(static_cast<const char*>(nl) - base);
      size_t len = end - pos_;
      if (len > 0 && buf_[end - 1] == '\r') --len;
      *line = absl::string_view(base + pos_, len);
      bytes_ += end + 1 - pos_;
      pos_ = end + 1;
      ++line_number_;
      return true;
    }
    const size_t unread = buf_.size() - pos_;
    if (!Fill()) {
      if (!status_.ok()) return false;
      // Last line without a line end.
      if (pos_ < buf_.size()) {
        size_t len = buf_.size() - pos_;
        if (buf_[pos_ + len - 1] == '\r') --len;
        *line = absl::string_view(buf_.data() + pos_, len);
        bytes_ += buf_.size() - pos_;
        pos_ = buf_.size();
        ++line_number_;
        return true;
      }
      return false;
    }
    // The unread tail (no line end in it) now starts at pos_ (past a BOM
    // on the first fill); scan only the new bytes.
    scan_from = pos_ + unread;
  }
}

}  // namespace diplograph::internal
