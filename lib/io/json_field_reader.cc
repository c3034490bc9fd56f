// Typed reads of record fields; see json_field_reader.h.

#include "io/json_field_reader.h"

#include <limits>
#include <utility>

#include "util/utf8.h"

namespace diplograph::internal {

void FieldReader::Bad(uint32_t node, const FieldPath& p, std::string message,
                      absl::StatusCode code) {
  bad_ = true;
  uint64_t line = 0;
  uint32_t column = 0;
  Locate(node, &line, &column);
  problems_.Add(line, column, PathOf(p), std::move(message), code);
}

bool FieldReader::NotAString(uint32_t node, const FieldPath& p) {
  Bad(node, p,
      absl::StrCat("must be a string, not ",
                   JsonTypeName(tree_.node(node).type)));
  return false;
}

bool FieldReader::GetId(uint32_t node, const FieldPath& p,
                        absl::string_view* out) {
  if (!GetString(node, p, out)) return false;
  if (out->empty()) {
    Bad(node, p, "an id must not be empty");
    return false;
  }
  // Checked like every other string of the model (a lone surrogate escape
  // or \u0000 would otherwise make an id no writer can reproduce).
  if (const size_t bad = FindInvalidUtf8(*out);
      bad != absl::string_view::npos) {
    Bad(node, p,
        absl::StrCat("an id must be valid UTF-8 (invalid byte at offset ", bad,
                     " of ", Quoted(*out), ")"));
    return false;
  }
  if (out->find('\0') != absl::string_view::npos) {
    Bad(node, p, "an id must not contain a NUL character (\\u0000)");
    return false;
  }
  return true;
}

bool FieldReader::GetNames(uint32_t node, const FieldPath& p,
                           std::vector<std::string>* out) {
  out->clear();
  return Elements(node, p, [&](uint32_t e, int k) {
    FieldPath ep = p;
    if (ep.sub.empty()) {
      ep.index = k;
    } else {
      ep.sub_index = k;
    }
    absl::string_view v;
    if (GetString(e, ep, &v)) out->emplace_back(v);
  });
}

bool FieldReader::GetDate(uint32_t node, const FieldPath& p, Date* out) {
  return GetEnum(node, p, Date::Parse, out);
}

bool FieldReader::GetInterval(uint32_t node, const FieldPath& p,
                              Interval* out) {
  return GetEnum(node, p, Interval::Parse, out);
}

bool FieldReader::GetBool(uint32_t node, const FieldPath& p, bool* out) {
  const JsonNode& n = tree_.node(node);
  if (n.type != JsonNode::kBool) {
    Bad(node, p,
        absl::StrCat("must be true or false, not ", JsonTypeName(n.type)));
    return false;
  }
  *out = n.b;
  return true;
}

bool FieldReader::GetOffset(uint32_t node, const FieldPath& p, uint32_t* out) {
  const JsonNode& n = tree_.node(node);
  if (n.type == JsonNode::kUint &&
      n.u <= std::numeric_limits<uint32_t>::max()) {
    *out = static_cast<uint32_t>(n.u);
    return true;
  }
  if (n.type == JsonNode::kUint || n.type == JsonNode::kInt) {
    Bad(node, p, "out of range: must be an integer in 0 ... 4294967295");
  } else {
    Bad(node, p,
        absl::StrCat("must be a non-negative integer, not ",
                     JsonTypeName(n.type)));
  }
  return false;
}

bool FieldReader::GetEventType(uint32_t node, const FieldPath& p,
                               EventType* out) {
  out->code.clear();
  out->name.clear();
  return Members(
      node, p, json::kEventTypeFields,
      [&](uint32_t m, json::EventTypeField f, const FieldPath& mp) {
        GetString(m, mp,
                  f == json::EventTypeField::kCode ? &out->code : &out->name);
      });
}

}  // namespace diplograph::internal
