// The built-in JSON Schema, compiled; see json_schema.h.

#include "io/json_schema.h"

#include <memory>

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
