// Reads text one line at a time, from a stream or from memory: the one line
// reader of the library, used by the ICEWS importers and the JSON Lines
// loader.
//
//   internal::LineReader lines(in, {.max_line_bytes = 1 << 20});
//   absl::string_view line;
//   while (lines.Next(&line)) {
//     if (lines.too_long()) { ... line is empty; report lines.line_number() }
//     ...
//   }
//   if (!lines.status().ok()) { ... }  // DataLoss: reading failed
//
// A line is handed out without its line end (LF, or CR LF). A last line
// without a line end counts; an empty input has no lines. With `skip_bom`
// a UTF-8 byte-order mark at the very start is dropped (and counted in
// bytes()). A stream is read in pieces into a buffer that starts at 64 KiB
// (small enough to stay in the CPU cache between the read and the use of a
// line) and grows up to the longest line accepted; a longer line is skipped
// whole and reported as too long. Text in memory is never copied.
//
// Thread safety: a LineReader is used by one thread at a time.

#ifndef DIPLOGRAPH_LIB_UTIL_LINE_READER_H_
#define DIPLOGRAPH_LIB_UTIL_LINE_READER_H_

#include <cstddef>
#include <cstdint>
#include <istream>
#include <limits>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace diplograph::internal {

struct LineReaderOptions {
  // Lines longer than this (the LF excluded, the CR of a CR LF included)
  // are skipped and reported by too_long().
  size_t max_line_bytes = std::numeric_limits<size_t>::max() / 2;
  // Drop a UTF-8 byte-order mark at the start of the input.
  bool skip_bom = true;
};

class LineReader {
 public:
  LineReader(std::istream& in, const LineReaderOptions& options);
  explicit LineReader(std::istream& in) : LineReader(in, {}) {}
  // Reads `text`, which must outlive the reader.
  LineReader(absl::string_view text, const LineReaderOptions& options);

  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // Sets `line` to the next line and returns true, or returns false at the
  // end of the input or on a read error (see status()). The view stays
  // valid until the next call. O(length of the line), amortised.
  bool Next(absl::string_view* line);

  // Whether the line last returned was longer than max_line_bytes (it is
  // then returned empty).
  bool too_long() const { return too_long_; }
  // OK, or DataLoss when reading the stream failed.
  const absl::Status& status() const { return status_; }
  // The 1-based number of the line last returned (0 before the first).
  uint64_t line_number() const { return line_number_; }
  // Input bytes consumed so far, line ends and a byte-order mark included.
  uint64_t bytes() const { return bytes_; }

 private:
  // Reads more of the stream; false at its end or on an error.
  bool Fill();
  // Hands out data_[begin_, end) and moves past `next`.
  bool Take(size_t end, size_t next, absl::string_view* line);
  void SkipBom();

  std::istream* in_ = nullptr;  // null for text in memory
  LineReaderOptions options_;
  std::vector<char> buffer_;
  const char* data_ = nullptr;  // the text, or buffer_.data()
  size_t begin_ = 0, end_ = 0;  // the unread bytes: data_[begin_, end_)
  size_t fresh_ = 0;            // where the bytes of the last Fill() start
  bool eof_ = false;
  bool skipping_ = false;  // inside a too-long line
  bool bom_checked_ = false;
  bool too_long_ = false;
  uint64_t line_number_ = 0;
  uint64_t bytes_ = 0;
  absl::Status status_;
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_UTIL_LINE_READER_H_
