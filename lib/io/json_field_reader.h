// Typed reads of the fields of one record tree (json_tree.h), each
// reporting a value of the wrong type or form as a problem at the value's
// line and column with its JSON path, and marking the record bad:
//
//   reader.BeginRecord(json::Section::kSources, 3, /*in_document=*/true);
//   reader.Members(0, {}, json::kSourceFields,
//                  [&](uint32_t node, json::SourceField f, const FieldPath& p)
//                  {
//                    if (f == json::SourceField::kDate) {
//                      reader.GetDate(node, p, &source.date);
//                    }
//                  });
//   if (reader.bad()) ...  // problems listed as sources[3].date: ...
//
// Each Get* returns false (and reports) when the value is not usable.
// Thread safety: one load, one thread.

#ifndef DIPLOGRAPH_LIB_IO_JSON_FIELD_READER_H_
#define DIPLOGRAPH_LIB_IO_JSON_FIELD_READER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "diplograph/date.h"
#include "diplograph/event_type.h"
#include "io/json_fields.h"
#include "io/json_problems.h"
#include "io/json_tree.h"

namespace diplograph::internal {

class FieldReader {
 public:
  FieldReader(const RecordTree& tree, TextLocator& locator,
              ProblemList& problems)
      : tree_(tree), locator_(locator), problems_(problems) {}

  // Starts a record: in a document `section` and `index` name it at the
  // start of every path ("statements[3].date"); in JSON Lines paths start
  // at the field.
  void BeginRecord(json::Section section, size_t index, bool in_document) {
    bad_ = false;
    section_ = in_document ? section : json::Section::kNone;
    index_ = index;
  }
  // Whether a problem was reported for the record.
  bool bad() const { return bad_; }

  const JsonNode& node(uint32_t i) const { return tree_.node(i); }
  absl::string_view Str(const JsonNode& n) const { return tree_.Str(n); }
  absl::string_view KeyOf(const JsonNode& n) const { return tree_.KeyOf(n); }

  // The full path of a field of the record.
  std::string PathOf(const FieldPath& p) const {
    return p.ToString(RecordPrefix(section_, index_));
  }
  // The line and column of a node.
  void Locate(uint32_t node, uint64_t* line, uint32_t* column) {
    locator_.Locate(tree_.node(node).pos, line, column);
  }

  // Reports a problem with the value at `node`; the record is bad.
  void Bad(uint32_t node, const FieldPath& p, std::string message,
           absl::StatusCode code = absl::StatusCode::kInvalidArgument);
  // Reports a problem found elsewhere (line, column and full path given);
  // the record is bad.
  void BadAt(uint64_t line, uint32_t column, std::string path,
             std::string message, absl::StatusCode code) {
    bad_ = true;
    problems_.Add(line, column, std::move(path), std::move(message), code);
  }
  // Reports that the graph refused the record (at its root).
  void RecordFailed(uint32_t root, const absl::Status& status) {
    Bad(root, FieldPath(), std::string(status.message()), status.code());
  }

  // Checks that `node` is an object and calls fn(member_node, field, path)
  // for each member, reporting unknown and repeated members. A member's
  // path is the record's field, or a sub-field of `p`.
  template <typename Field, typename Fn>
  bool Members(uint32_t node, const FieldPath& p,
               const json::FieldTable<Field>& fields, Fn fn);
  // fn(element_node, i) for each element of an array.
  template <typename Fn>
  bool Elements(uint32_t node, const FieldPath& p, Fn fn);

  // (Inline: called for nearly every field.)
  bool GetString(uint32_t node, const FieldPath& p, absl::string_view* out) {
    const JsonNode& n = tree_.node(node);
    if (n.type != JsonNode::kString) return NotAString(node, p);
    *out = tree_.Str(n);
    return true;
  }
  bool GetString(uint32_t node, const FieldPath& p, std::string* out) {
    absl::string_view v;
    if (!GetString(node, p, &v)) return false;
    out->assign(v.data(), v.size());
    return true;
  }
  // A non-empty string: a local id.
  bool GetId(uint32_t node, const FieldPath& p, absl::string_view* out);
  bool GetNames(uint32_t node, const FieldPath& p,
                std::vector<std::string>* out);
  bool GetDate(uint32_t node, const FieldPath& p, Date* out);
  bool GetInterval(uint32_t node, const FieldPath& p, Interval* out);
  bool GetBool(uint32_t node, const FieldPath& p, bool* out);
  // An integer in 0 ... 2^32 - 1.
  bool GetOffset(uint32_t node, const FieldPath& p, uint32_t* out);
  // A string that `parse` (ParseActorKind, ParsePolarity, ...) accepts.
  template <typename T, typename ParseFn>
  bool GetEnum(uint32_t node, const FieldPath& p, ParseFn parse, T* out);
  bool GetEventType(uint32_t node, const FieldPath& p, EventType* out);

 private:
  // Reports a value that should be a string; returns false.
  bool NotAString(uint32_t node, const FieldPath& p);
  // Reports `status` (an error of a model parser) at `node`.
  bool Refused(uint32_t node, const FieldPath& p, const absl::Status& status) {
    Bad(node, p, std::string(status.message()));
    return false;
  }

  const RecordTree& tree_;
  TextLocator& locator_;
  ProblemList& problems_;
  json::Section section_ = json::Section::kNone;
  size_t index_ = 0;
  bool bad_ = false;
};

template <typename Field, typename Fn>
bool FieldReader::Members(uint32_t node, const FieldPath& p,
                          const json::FieldTable<Field>& fields, Fn fn) {
  static_assert(json::FieldTable<Field>::kSize <= 32);
  const JsonNode& n = tree_.node(node);
  if (n.type != JsonNode::kObject) {
    Bad(node, p, absl::StrCat("must be an object, not ", JsonTypeName(n.type)));
    return false;
  }
  uint32_t seen = 0;
  for (uint32_t i = node + 1; i < n.end; i = tree_.node(i).end) {
    const absl::string_view key = tree_.KeyOf(tree_.node(i));
    const Field f = fields.Find(key);
    FieldPath mp = p;
    if (p.field.empty()) {
      mp.field = key;
    } else if (p.sub.empty()) {
      mp.sub = key;
    } else {
      mp.leaf = key;
    }
    if (f == Field::kCount) {
      // Keys are reported at the value; the path names the key.
      Bad(i, mp, "unknown member");
      continue;
    }
    const uint32_t bit = 1u << static_cast<int>(f);
    if (seen & bit) {
      Bad(i, mp, "duplicate member");
      continue;
    }
    seen |= bit;
    fn(i, f, mp);
  }
  return true;
}

template <typename Fn>
bool FieldReader::Elements(uint32_t node, const FieldPath& p, Fn fn) {
  const JsonNode& n = tree_.node(node);
  if (n.type != JsonNode::kArray) {
    Bad(node, p, absl::StrCat("must be an array, not ", JsonTypeName(n.type)));
    return false;
  }
  int k = 0;
  for (uint32_t i = node + 1; i < n.end; i = tree_.node(i).end, ++k) fn(i, k);
  return true;
}

template <typename T, typename ParseFn>
bool FieldReader::GetEnum(uint32_t node, const FieldPath& p, ParseFn parse,
                          T* out) {
  absl::string_view text;
  if (!GetString(node, p, &text)) return false;
  absl::StatusOr<T> v = parse(text);
  if (!v.ok()) return Refused(node, p, v.status());
  *out = *v;
  return true;
}

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_IO_JSON_FIELD_READER_H_
