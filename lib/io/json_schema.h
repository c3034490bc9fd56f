// The JSON Schema pass of the loader: the built-in schema
// (schema/diplograph-1.schema.json, compiled in) as RapidJSON schema
// documents, compiled once, and a SAX tee that feeds the loader's events
// to a SchemaValidator while it accepts them, so that one parse serves
// both the loader and the schema.
//
//   SchemaTee<TreeBuilder> tee(builder, &validator);
//   reader.Parse<flags>(stream, tee);
//   if (tee.schema_failed()) ... SchemaProblemPath(validator),
//                               SchemaProblemMessage(validator)
//
// Thread safety: each thread gets its own compiled schema documents
// (RapidJSON 1.1.0 keeps the state of a "pattern" match inside the
// schema); a validator or tee belongs to one thread.

#ifndef DIPLOGRAPH_LIB_IO_JSON_SCHEMA_H_
#define DIPLOGRAPH_LIB_IO_JSON_SCHEMA_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"
#include "io/json_fields.h"
#include "io/json_tree.h"
#include "rapidjson/schema.h"

namespace diplograph::internal {

// The schema of a whole document. The documents returned belong to the
// calling thread (compiled on its first call, once per thread).
const rapidjson::SchemaDocument& DocumentSchema();
// The schema of any JSON Lines line (definition "line").
const rapidjson::SchemaDocument& LineSchema();
// The schema of a line of one record type: the same check as LineSchema()
// for a line of that type, without trying the other alternatives.
// REQUIRES: section != kNone.
const rapidjson::SchemaDocument& RecordSchema(json::Section section);

// The record type of a JSON Lines line that starts with a plain "type"
// member ({"type": "statement", ...), as the writer emits it; kNone for
// any other line (the type elsewhere, escaped, or absent). O(1).
json::Section LeadingType(absl::string_view line);

// A compiled check of a statement line (the tree of one JSON Lines record,
// `nodes` in document order with node 0 its root, strings in `arena`)
// against RecordSchema(kStatements), for the members that statements
// usually have: true only when the schema accepts the record. False when
// it refuses it, and also for members it does not check (span,
// reported_by, mentions, stances, links) or repeated members: the caller
// then asks the schema validator, which has the last word and the
// message. O(number of nodes + string bytes).
bool StatementMatchesSchema(const JsonNode* nodes, size_t count,
                            const char* arena);

// Where and why the validator refused: "statements[3].speaker" and
// "does not match the schema (rule \"type\" at #/definitions/...)".
std::string SchemaProblemPath(const rapidjson::SchemaValidator& v);
std::string SchemaProblemMessage(const rapidjson::SchemaValidator& v);

// Forwards SAX events to `handler` and, while it accepts them, to a schema
// validator (none when null). `Handler` has RapidJSON's handler methods
// and prev_end(), the offset just past the last event.
template <typename Handler>
class SchemaTee {
 public:
  SchemaTee(Handler& handler, rapidjson::SchemaValidator* validator)
      : h_(handler), v_(validator) {}

  // Whether the validator refused, and the offset where it did.
  bool schema_failed() const { return failed_; }
  size_t fail_offset() const { return fail_offset_; }

  bool Null() {
    return Tee(h_.Null(), [&] { return v_->Null(); });
  }
  bool Bool(bool b) {
    return Tee(h_.Bool(b), [&] { return v_->Bool(b); });
  }
  bool Int(int i) {
    return Tee(h_.Int(i), [&] { return v_->Int(i); });
  }
  bool Uint(unsigned i) {
    return Tee(h_.Uint(i), [&] { return v_->Uint(i); });
  }
  bool Int64(int64_t i) {
    return Tee(h_.Int64(i), [&] { return v_->Int64(i); });
  }
  bool Uint64(uint64_t i) {
    return Tee(h_.Uint64(i), [&] { return v_->Uint64(i); });
  }
  bool Double(double d) {
    return Tee(h_.Double(d), [&] { return v_->Double(ForValidator(d)); });
  }
  bool RawNumber(const char*, rapidjson::SizeType, bool) { return false; }
  bool String(const char* s, rapidjson::SizeType n, bool c) {
    return Tee(h_.String(s, n, c), [&] { return v_->String(s, n, c); });
  }
  bool Key(const char* s, rapidjson::SizeType n, bool c) {
    return Tee(h_.Key(s, n, c), [&] { return v_->Key(s, n, c); });
  }
  bool StartObject() {
    return Tee(h_.StartObject(), [&] { return v_->StartObject(); });
  }
  bool EndObject(rapidjson::SizeType n) {
    return Tee(h_.EndObject(n), [&] { return v_->EndObject(n); });
  }
  bool StartArray() {
    return Tee(h_.StartArray(), [&] { return v_->StartArray(); });
  }
  bool EndArray(rapidjson::SizeType n) {
    return Tee(h_.EndArray(n), [&] { return v_->EndArray(n); });
  }

 private:
  // RapidJSON 1.1.0's validator hashes every number it sees for `enum`
  // and `uniqueItems` by converting it to a 64-bit integer
  // (internal::Hasher::Double), which is undefined behaviour for a double
  // outside that range ("kind": 1e48). Numbers are clamped to +-2^62
  // first: the schema's only numeric bounds (0 and 2^32 - 1) compare the
  // same way, and no enum of the schema holds a number.
  static double ForValidator(double d) {
    constexpr double kLimit = 4611686018427387904.0;  // 2^62
    if (d > kLimit) return kLimit;
    if (d < -kLimit) return -kLimit;
    return d;  // also NaN, which the reader never produces
  }

  // The handler has taken the event (`accepted`); `validate` gives it to
  // the validator.
  template <typename Validate>
  bool Tee(bool accepted, Validate validate) {
    if (!accepted) return false;
    if (v_ != nullptr && !failed_ && !validate()) {
      failed_ = true;
      fail_offset_ = h_.prev_end();
    }
    return true;
  }

  Handler& h_;
  rapidjson::SchemaValidator* v_;
  bool failed_ = false;
  size_t fail_offset_ = 0;
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_IO_JSON_SCHEMA_H_
