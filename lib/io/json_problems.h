// Problems of a JSON load and where they are: the JSON path of a field
// (FieldPath), the line and column of a byte of the input (TextLocator),
// and the list that collects problems up to the limit (ProblemList).
// Every problem prints as "FILE:LINE:COL: PATH: message".
//
// Thread safety: one load, one thread.

#ifndef DIPLOGRAPH_LIB_IO_JSON_PROBLEMS_H_
#define DIPLOGRAPH_LIB_IO_JSON_PROBLEMS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "diplograph/json.h"
#include "io/json_fields.h"

namespace diplograph::internal {

// The path of a field within a record, composed into text only when a
// problem is reported: field[index].sub[sub_index], each part optional.
struct FieldPath {
  FieldPath() = default;
  FieldPath(absl::string_view f, int i = -1, absl::string_view s = {},
            int si = -1)
      : field(f), index(i), sub(s), sub_index(si) {}
  absl::string_view field;
  int index = -1;
  absl::string_view sub;
  int sub_index = -1;
  absl::string_view leaf;

  // The path of element `k` of the array at this path.
  FieldPath Element(int k) const {
    FieldPath e = *this;
    (sub.empty() ? e.index : e.sub_index) = k;
    return e;
  }

  // "<prefix>.field[index].sub[sub_index].leaf"; `prefix` names the record
  // in a document ("statements[3]") and is empty in JSON Lines.
  std::string ToString(absl::string_view prefix) const;
};

// "statements[3]" for the record at `index` of `section`; "" for kNone.
std::string RecordPrefix(json::Section section, size_t index);

// Turns byte offsets into 1-based line and column numbers (columns count
// characters, not bytes). A document's line starts are found once, on the
// first problem.
class TextLocator {
 public:
  // The input is a whole document.
  void SetDocument(absl::string_view text);
  // The input is line `number` of a JSON Lines stream.
  void SetLine(absl::string_view line, uint64_t number);

  // REQUIRES: the text given last is still alive. O(log lines + column),
  // or O(log lines + distance) from the offset located last on the line.
  void Locate(size_t offset, uint64_t* line, uint32_t* column);

 private:
  absl::string_view text_;
  bool lines_ = false;
  uint64_t line_number_ = 0;
  std::vector<uint32_t> line_starts_;  // documents, built on demand
  // The offset located last, its line start and column.
  static constexpr size_t kNone = static_cast<size_t>(-1);
  size_t last_offset_ = kNone;
  size_t last_line_begin_ = 0;
  uint32_t last_column_ = 0;
};

// The problems of one load, listed in the report up to a limit. Reaching
// the limit stops the load; a fatal problem (one that spoils the whole
// input) makes it fail even with ImportMode::kLenient.
class ProblemList {
 public:
  ProblemList(absl::string_view file, size_t max_problems,
              JsonLoadReport& report)
      : file_(file),
        max_(max_problems < 1 ? 1 : max_problems),
        report_(report) {}

  void Add(uint64_t line, uint32_t column, std::string path,
           std::string message,
           absl::StatusCode code = absl::StatusCode::kInvalidArgument,
           bool fatal = false);

  // Problems listed so far.
  size_t size() const { return report_.problems.size(); }
  bool stopped() const { return stopped_; }
  // The flag behind stopped(), for a parser to watch.
  const bool& stopped_flag() const { return stopped_; }
  void Stop() { stopped_ = true; }
  bool fatal() const { return fatal_; }
  void SetFatal() { fatal_ = true; }

 private:
  std::string file_;
  size_t max_;
  JsonLoadReport& report_;
  bool stopped_ = false;
  bool fatal_ = false;
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_IO_JSON_PROBLEMS_H_
