// The built-in JSON Schema, compiled; see json_schema.h.

#include "io/json_schema.h"

#include <cstdint>
#include <memory>
#include <utility>

#include "absl/strings/str_cat.h"
#include "diplograph/json.h"
#include "io/json_layout.h"
#include "rapidjson/document.h"
#include "rapidjson/stringbuffer.h"

namespace diplograph {

absl::string_view JsonSchemaText() { return internal::kJsonSchemaText; }

namespace internal {
namespace {

constexpr json::Section kRecordSections[] = {
    json::Section::kActors, json::Section::kSources, json::Section::kStatements,
    json::Section::kRelationships, json::Section::kEvents};

// Index of a section in kRecordSections.
int RecordIndex(json::Section s) {
  return static_cast<int>(s) - static_cast<int>(json::Section::kActors);
}

struct Schemas {
  Schemas() {
    document_json.Parse(kJsonSchemaText);
    document = std::make_unique<rapidjson::SchemaDocument>(document_json);
    // The line schema: the same definitions, rooted at "line".
    line_json.SetObject();
    auto& a = line_json.GetAllocator();
    rapidjson::Value defs(document_json["definitions"], a);
    line_json.AddMember("definitions", defs, a);
    line_json.AddMember("$ref", "#/definitions/line", a);
    line = std::make_unique<rapidjson::SchemaDocument>(line_json);
    // One schema per record type, for lines that name their type first:
    // the definition of the type, and "type" required (each record type's
    // "type" member admits only its own name).
    for (json::Section s : kRecordSections) {
      const int i = RecordIndex(s);
      rapidjson::Document& d = record_json[i];
      d.SetObject();
      auto& ra = d.GetAllocator();
      rapidjson::Value record_defs(document_json["definitions"], ra);
      d.AddMember("definitions", record_defs, ra);
      rapidjson::Value ref(rapidjson::kObjectType);
      const std::string target =
          absl::StrCat("#/definitions/", json::SectionType(s));
      ref.AddMember("$ref", rapidjson::Value(target.c_str(), ra), ra);
      rapidjson::Value required(rapidjson::kObjectType);
      rapidjson::Value names(rapidjson::kArrayType);
      names.PushBack("type", ra);
      required.AddMember("required", names, ra);
      rapidjson::Value all(rapidjson::kArrayType);
      all.PushBack(ref, ra);
      all.PushBack(required, ra);
      d.AddMember("allOf", all, ra);
      record[i] = std::make_unique<rapidjson::SchemaDocument>(d);
    }
  }
  rapidjson::Document document_json;
  rapidjson::Document line_json;
  rapidjson::Document record_json[5];
  std::unique_ptr<rapidjson::SchemaDocument> document;
  std::unique_ptr<rapidjson::SchemaDocument> line;
  std::unique_ptr<rapidjson::SchemaDocument> record[5];  // kRecordSections
};

const Schemas& GetSchemas() {
  // One compiled copy per thread: RapidJSON 1.1.0's regular expressions
  // (the schema's "pattern" rules) keep their match state inside the
  // schema, so two threads validating with one copy would race.
  // Destroyed at exit on purpose: RapidJSON packs flags into the high bits
  // of its pointers, so a schema kept alive to the end looks leaked to
  // LeakSanitizer.
  thread_local const Schemas schemas;
  return schemas;
}

}  // namespace

const rapidjson::SchemaDocument& DocumentSchema() {
  return *GetSchemas().document;
}

const rapidjson::SchemaDocument& LineSchema() { return *GetSchemas().line; }

const rapidjson::SchemaDocument& RecordSchema(json::Section section) {
  return *GetSchemas().record[RecordIndex(section)];
}

json::Section LeadingType(absl::string_view line) {
  size_t i = 0;
  auto skip = [&] {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  };
  auto expect = [&](absl::string_view token) {
    skip();
    if (line.substr(i, token.size()) != token) return false;
    i += token.size();
    return true;
  };
  if (!expect("{") || !expect("\"type\"") || !expect(":") || !expect("\"")) {
    return json::Section::kNone;
  }
  const size_t end = line.find_first_of("\"\\", i);
  if (end == absl::string_view::npos || line[end] != '"') {
    return json::Section::kNone;
  }
  return json::SectionByType(line.substr(i, end - i));
}

namespace {

using json::StatementField;

bool IsDigits(absl::string_view s) {
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// "date": ^(\?|[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$
bool MatchesDatePattern(absl::string_view s) {
  if (s.empty() || s == "?") return true;
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!IsDigits(s.substr(0, 4))) return false;
  for (size_t at = 4; at < s.size(); at += 3) {
    if (s[at] != '-' || !IsDigits(s.substr(at + 1, 2))) return false;
  }
  return true;
}

// Code points of valid UTF-8 (the parse checked it).
size_t CodePoints(absl::string_view s) {
  size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

class StatementCheck {
 public:
  StatementCheck(const JsonNode* nodes, size_t count, const char* arena)
      : nodes_(nodes), count_(count), arena_(arena) {}

  bool Run() const {
    if (count_ == 0 || nodes_[0].type != JsonNode::kObject ||
        nodes_[0].end != count_) {
      return false;
    }
    static_assert(static_cast<size_t>(StatementField::kCount) <= 32);
    uint32_t seen = 0;
    for (uint32_t i = 1; i < count_; i = nodes_[i].end) {
      const StatementField f = json::kStatementFields.Find(Key(nodes_[i]));
      if (f == StatementField::kCount) return false;  // the validator decides
      const uint32_t bit = Bit(f);
      if ((seen & bit) != 0) return false;
      seen |= bit;
      if (!Member(f, i)) return false;
    }
    // "type" is required of a line, "speaker" of a statement.
    return (seen & Bit(StatementField::kType)) != 0 &&
           (seen & Bit(StatementField::kSpeaker)) != 0;
  }

 private:
  static uint32_t Bit(StatementField f) {
    return 1u << static_cast<uint32_t>(f);
  }
  absl::string_view Key(const JsonNode& n) const {
    return absl::string_view(arena_ + n.key_off, n.key_len);
  }
  absl::string_view Str(const JsonNode& n) const {
    return absl::string_view(arena_ + n.str_off, n.str_len);
  }
  bool IsString(uint32_t i) const {
    return nodes_[i].type == JsonNode::kString;
  }
  // "ref" and "name": a string of at least one code point.
  bool IsRef(uint32_t i) const { return IsString(i) && nodes_[i].str_len > 0; }
  // "refs" and "names": an array of them.
  bool IsRefArray(uint32_t i) const {
    if (nodes_[i].type != JsonNode::kArray) return false;
    for (uint32_t j = i + 1; j < nodes_[i].end; j = nodes_[j].end) {
      if (!IsRef(j)) return false;
    }
    return true;
  }
  // "event_type": an object of "code" (^([0-9]{2,4})?$) and "name" (text).
  bool IsEventType(uint32_t i) const {
    if (nodes_[i].type != JsonNode::kObject) return false;
    bool code = false, name = false;
    for (uint32_t j = i + 1; j < nodes_[i].end; j = nodes_[j].end) {
      const absl::string_view key = Key(nodes_[j]);
      if (!IsString(j)) return false;
      if (key == json::kEventTypeFields.name(json::EventTypeField::kCode) &&
          !code) {
        code = true;
        const absl::string_view v = Str(nodes_[j]);
        if (!(v.empty() || (v.size() >= 2 && v.size() <= 4 && IsDigits(v)))) {
          return false;
        }
      } else if (key ==
                     json::kEventTypeFields.name(json::EventTypeField::kName) &&
                 !name) {
        name = true;
      } else {
        return false;
      }
    }
    return true;
  }

  // Whether member `f` at node `i` certainly matches the schema; false for
  // the members this check leaves to the validator (spans, reports, stances,
  // links, mentions).
  bool Member(StatementField f, uint32_t i) const {
    switch (f) {
      case StatementField::kType:
        return IsString(i) && Str(nodes_[i]) == "statement";
      case StatementField::kId:  // "id": 1 to 256 code points
        return IsString(i) && nodes_[i].str_len > 0 &&
               (nodes_[i].str_len <= 256 || CodePoints(Str(nodes_[i])) <= 256);
      case StatementField::kSpeaker:
      case StatementField::kSource:
        return IsRef(i);
      case StatementField::kDate:
        return IsString(i) && MatchesDatePattern(Str(nodes_[i]));
      case StatementField::kText:
      case StatementField::kChannel:
      case StatementField::kLocation:
        return IsString(i);
      case StatementField::kQuote:
        return IsString(i) && (Str(nodes_[i]) == "paraphrase" ||
                               Str(nodes_[i]) == "direct_quote");
      case StatementField::kCoSpeakers:
      case StatementField::kAbout:
      case StatementField::kTopics:
        return IsRefArray(i);
      case StatementField::kEventType:
        return IsEventType(i);
      case StatementField::kSpan:
      case StatementField::kReportedBy:
      case StatementField::kStances:
      case StatementField::kLinks:
      case StatementField::kMentions:
      case StatementField::kCount:
        break;
    }
    return false;
  }

  const JsonNode* nodes_;
  size_t count_;
  const char* arena_;
};

}  // namespace

bool StatementMatchesSchema(const JsonNode* nodes, size_t count,
                            const char* arena) {
  return StatementCheck(nodes, count, arena).Run();
}

std::string SchemaProblemPath(const rapidjson::SchemaValidator& v) {
  // "/statements/3/speaker" -> "statements[3].speaker".
  const rapidjson::Pointer& pointer = v.GetInvalidDocumentPointer();
  std::string out;
  for (size_t i = 0; i < pointer.GetTokenCount(); ++i) {
    const rapidjson::Pointer::Token& t = pointer.GetTokens()[i];
    if (t.index != rapidjson::kPointerInvalidIndex) {
      absl::StrAppend(&out, "[", t.index, "]");
    } else {
      if (!out.empty()) out.push_back('.');
      out.append(t.name, t.length);
    }
  }
  return out;
}

std::string SchemaProblemMessage(const rapidjson::SchemaValidator& v) {
  rapidjson::StringBuffer sb;
  v.GetInvalidSchemaPointer().StringifyUriFragment(sb);
  return absl::StrCat("does not match the schema (rule \"",
                      v.GetInvalidSchemaKeyword(), "\" at ", sb.GetString(),
                      ")");
}

}  // namespace internal
}  // namespace diplograph
