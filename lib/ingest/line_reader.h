// Streaming line reader for the text importers: reads an istream in large
// chunks and hands out one line at a time without its line end (LF or CRLF),
// with its 1-based line number and the bytes consumed so far. A UTF-8
// byte-order mark at the very start is dropped.

#ifndef DIPLOGRAPH_LIB_INGEST_LINE_READER_H_
#define DIPLOGRAPH_LIB_INGEST_LINE_READER_H_

#include <cstdint>
#include <istream>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace diplograph::internal {

class LineReader {
 public:
  explicit LineReader(std::istream& in) : in_(in) {}

  // Sets `line` to the next line and returns true, or returns false at the
  // end of input or on a read error (see status()). The view stays valid
  // until the next call.
  bool Next(absl::string_view* line);

  // OK, or DataLoss when reading failed.
  const absl::Status& status() const { return status_; }
  uint64_t line_number() const { return line_number_; }
  uint64_t bytes() const { return bytes_; }

 private:
  bool Fill();

  std::istream& in_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
  bool started_ = false;
  uint64_t line_number_ = 0;
  uint64_t bytes_ = 0;
  absl::Status status_;
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_INGEST_LINE_READER_H_
