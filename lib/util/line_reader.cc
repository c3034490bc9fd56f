// The library's line reader; see line_reader.h.

#include "util/line_reader.h"

#include <algorithm>
#include <cstring>

namespace diplograph::internal {
namespace {
constexpr size_t kFirstBuffer = size_t{1} << 16;
constexpr char kBom[] = "\xEF\xBB\xBF";
}  // namespace

LineReader::LineReader(std::istream& in, const LineReaderOptions& options)
    : in_(&in), options_(options) {
  // At least a byte-order mark and a line end fit.
  buffer_.resize(
      std::max<size_t>(4, std::min(options_.max_line_bytes + 1, kFirstBuffer)));
  data_ = buffer_.data();
}

LineReader::LineReader(absl::string_view text, const LineReaderOptions& options)
    : options_(options), data_(text.data()), end_(text.size()), eof_(true) {}

void LineReader::SkipBom() {
  bom_checked_ = true;
  while (end_ - begin_ < 3 && Fill()) {
  }
  if (options_.skip_bom && end_ - begin_ >= 3 &&
      std::memcmp(data_ + begin_, kBom, 3) == 0) {
    begin_ += 3;
    bytes_ += 3;
  }
}

bool LineReader::Fill() {
  if (eof_) return false;
  // Keep the unread bytes, at the front; grow for a long line, or drop a
  // line already longer than the limit.
  if (begin_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buffer_.size()) {
    if (buffer_.size() > options_.max_line_bytes) {
      bytes_ += end_;
      end_ = 0;
      skipping_ = true;
    } else {
      buffer_.resize(std::min(buffer_.size() * 2, options_.max_line_bytes + 1));
    }
  }
  data_ = buffer_.data();
  fresh_ = end_;
  in_->read(buffer_.data() + end_,
            static_cast<std::streamsize>(buffer_.size() - end_));
  const auto got = static_cast<size_t>(in_->gcount());
  end_ += got;  // lines read before an error are still handed out
  if (in_->bad()) {
    status_ = absl::DataLossError("read error");
    eof_ = true;
  }
  if (got == 0) {
    eof_ = true;
    return false;
  }
  return true;
}

bool LineReader::Take(size_t end, size_t next, absl::string_view* line) {
  size_t len = end - begin_;
  too_long_ = skipping_ || len > options_.max_line_bytes;
  skipping_ = false;
  if (too_long_) {
    *line = absl::string_view();
  } else {
    if (len > 0 && data_[begin_ + len - 1] == '\r') --len;
    *line = absl::string_view(data_ + begin_, len);
  }
  bytes_ += next - begin_;
  begin_ = next;
  ++line_number_;
  return true;
}

bool LineReader::Next(absl::string_view* line) {
  too_long_ = false;
  if (!bom_checked_) SkipBom();
  size_t scan = begin_;
  for (;;) {
    const void* nl =
        scan < end_ ? std::memchr(data_ + scan, '\n', end_ - scan) : nullptr;
    if (nl != nullptr) {
      const auto end =
          static_cast<size_t>(static_cast<const char*>(nl) - data_);
      return Take(end, end + 1, line);
    }
    if (!Fill()) {
      if (!status_.ok() || (begin_ == end_ && !skipping_)) return false;
      return Take(end_, end_, line);  // a last line without a line end
    }
    scan = fresh_;  // only the new bytes can hold the line end
  }
}

}  // namespace diplograph::internal
