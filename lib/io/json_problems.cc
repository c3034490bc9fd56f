// Problems of a JSON load and their locations; see json_problems.h.

#include "io/json_problems.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include "absl/strings/str_cat.h"

namespace diplograph::internal {

std::string FieldPath::ToString(absl::string_view prefix) const {
  std::string out(prefix);
  if (!field.empty()) {
    if (!out.empty()) out.push_back('.');
    out.append(field.data(), field.size());
    if (index >= 0) absl::StrAppend(&out, "[", index, "]");
    if (!sub.empty()) absl::StrAppend(&out, ".", sub);
    if (sub_index >= 0) absl::StrAppend(&out, "[", sub_index, "]");
    if (!leaf.empty()) absl::StrAppend(&out, ".", leaf);
  }
  return out;
}

std::string RecordPrefix(json::Section section, size_t index) {
  if (section == json::Section::kNone) return std::string();
  return absl::StrCat(json::SectionName(section), "[", index, "]");
}

void TextLocator::SetDocument(absl::string_view text) {
  text_ = text;
  lines_ = false;
  line_starts_.clear();
  last_offset_ = kNone;
}

void TextLocator::SetLine(absl::string_view line, uint64_t number) {
  text_ = line;
  lines_ = true;
  line_number_ = number;
  last_offset_ = kNone;
}

void TextLocator::Locate(size_t offset, uint64_t* line, uint32_t* column) {
  offset = std::min(offset, text_.size());
  const char* base = text_.data();
  size_t line_begin = 0;
  if (lines_) {
    *line = line_number_;
  } else {
    if (line_starts_.empty()) {
      line_starts_.push_back(0);
      for (const char* q = base; q < base + text_.size();) {
        const void* nl =
            std::memchr(q, '\n', static_cast<size_t>(base + text_.size() - q));
        if (nl == nullptr) break;
        q = static_cast<const char*>(nl) + 1;
        line_starts_.push_back(static_cast<uint32_t>(q - base));
      }
    }
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(),
                               static_cast<uint32_t>(offset));
    *line = static_cast<uint64_t>(it - line_starts_.begin());
    line_begin = *(it - 1);
  }
  // Columns are counted from the line start, or from the offset located
  // last when it is on the same line and not after this one: offsets
  // located in order (a record's values) then cost O(distance) each, not
  // O(column), which a long single-line document would make quadratic.
  uint32_t c = 1;
  size_t from = line_begin;
  if (last_offset_ != kNone && last_line_begin_ == line_begin &&
      last_offset_ <= offset) {
    from = last_offset_;
    c = last_column_;
  }
  for (size_t i = from; i < offset; ++i) {
    if ((static_cast<unsigned char>(base[i]) & 0xC0) != 0x80) ++c;
  }
  *column = c;
  last_offset_ = offset;
  last_line_begin_ = line_begin;
  last_column_ = c;
}

void ProblemList::Add(uint64_t line, uint32_t column, std::string path,
                      std::string message, absl::StatusCode code, bool fatal) {
  if (fatal) fatal_ = true;
  if (report_.problems.size() >= max_) {
    ++report_.problem_count;  // counted, not listed
    report_.stopped_early = true;
    stopped_ = true;
    return;
  }
  ImportProblem p;
  p.file = file_;
  p.line = line;
  p.column = column;
  p.path = std::move(path);
  p.message = std::move(message);
  p.code = code;
  report_.AddProblem(std::move(p), max_);
  if (report_.problems.size() >= max_) {
    report_.stopped_early = true;
    stopped_ = true;
  }
}

}  // namespace diplograph::internal
