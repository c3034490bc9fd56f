// StatementMatchesSchema, the compiled check of statement lines, against
// the schema validator it stands in for: it may accept a line only when
// the validator accepts it, and it accepts the usual statements.

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "gtest/gtest.h"
#include "io/json_schema.h"
#include "io/json_syntax.h"
#include "io/json_tree.h"
#include "rapidjson/memorystream.h"
#include "rapidjson/reader.h"

namespace diplograph::internal {
namespace {

class Listener final : public TreeListener {
 public:
  bool EnterSection(absl::string_view, uint32_t) override { return false; }
  void LeaveSection() override {}
  void TreeComplete(int) override { complete = true; }
  void TooDeep(uint32_t) override {}
  bool complete = false;
};

struct Verdicts {
  bool parsed = false;
  bool validator = false;  // RecordSchema(kStatements) accepts the line
  bool check = false;      // StatementMatchesSchema accepts its tree
};

Verdicts Judge(const std::string& line) {
  Listener listener;
  const bool stop = false;
  TreeBuilder builder(listener, stop, 64);
  rapidjson::SchemaValidator validator(
      RecordSchema(json::Section::kStatements));
  rapidjson::Reader reader;
  rapidjson::MemoryStream stream(line.data(), line.size());
  builder.Start(line, &stream, /*lines=*/true);
  SchemaTee<TreeBuilder> tee(builder, &validator);
  Verdicts v;
  v.parsed = ParseText(reader, stream, line, tee) && listener.complete;
  if (!v.parsed) return v;
  v.validator = !tee.schema_failed();
  v.check = StatementMatchesSchema(builder.built_nodes().data(),
                                   builder.built_nodes().size(),
                                   builder.built_arena().data());
  return v;
}

const char kGood[] =
    R"({"type":"statement","id":"st1","speaker":"a1","date":"2014-08-26",)"
    R"("text":"Said so","quote":"direct_quote","channel":"TV","location":)"
    R"("Paris","source":"s1","co_speakers":["a2"],"about":["a3","a4"],)"
    R"("topics":["trade"],"event_type":{"code":"036","name":"Meet"}})";

TEST(StatementSchemaCheckTest, AcceptsTheUsualStatements) {
  for (const std::string& line :
       {std::string(kGood),
        std::string(R"({"type":"statement","speaker":"a"})"),
        std::string(R"({"type":"statement","speaker":"a","date":""})"),
        std::string(R"({"type":"statement","speaker":"a","date":"?"})"),
        std::string(R"({"type":"statement","speaker":"a","date":"2014"})"),
        std::string(R"({"type":"statement","speaker":"a","date":"2014-08"})"),
        std::string(R"({"type":"statement","speaker":"a","about":[]})"),
        std::string(R"({"type":"statement","speaker":"a","event_type":{}})"),
        std::string(
            R"({"type":"statement","speaker":"a","event_type":{"code":""}})"),
        std::string(R"({"type":"statement","speaker":"\u00e9","text":""})"),
        absl::StrCat(R"({"type":"statement","speaker":"a","id":")",
                     std::string(256, 'x'), R"("})"),
        absl::StrCat(
            R"({"type":"statement","speaker":"a","id":")",
            absl::StrReplaceAll(std::string(256, 'x'), {{"x", "\xc3\xa9"}}),
            R"("})")}) {
    SCOPED_TRACE(line);
    const Verdicts v = Judge(line);
    ASSERT_TRUE(v.parsed);
    EXPECT_TRUE(v.validator);
    EXPECT_TRUE(v.check);
  }
}

TEST(StatementSchemaCheckTest, NeverAcceptsWhatTheValidatorRefuses) {
  // Each member of kGood replaced by wrong values, members added, dropped
  // or repeated: wherever the check accepts, the validator must too.
  const std::vector<std::pair<std::string, std::string>> members = {
      {R"("type":"statement")", "type"},
      {R"("id":"st1")", "id"},
      {R"("speaker":"a1")", "speaker"},
      {R"("date":"2014-08-26")", "date"},
      {R"("text":"Said so")", "text"},
      {R"("quote":"direct_quote")", "quote"},
      {R"("channel":"TV")", "channel"},
      {R"("location":"Paris")", "location"},
      {R"("source":"s1")", "source"},
      {R"("co_speakers":["a2"])", "co_speakers"},
      {R"("about":["a3","a4"])", "about"},
      {R"("topics":["trade"])", "topics"},
      {R"("event_type":{"code":"036","name":"Meet"})", "event_type"}};
  const std::vector<std::string> values = {
      R"("")",
      R"("?")",
      R"("statement")",
      R"("actor")",
      R"("paraphrase")",
      R"("2014-8-26")",
      R"("2014-08-26T00")",
      R"("20140826")",
      R"("2014-AB")",
      R"("x")",
      "1",
      "-1",
      "1.5",
      "true",
      "null",
      "[]",
      R"([""])",
      R"(["a",1])",
      R"(["a",[]])",
      "{}",
      R"({"code":"1"})",
      R"({"code":"12345"})",
      R"({"code":"12a"})",
      R"({"code":1})",
      R"({"name":1})",
      R"({"code":"01","code":"02"})",
      R"({"other":"x"})",
      R"({"begin":1,"end":2})",
      absl::StrCat("\"", std::string(257, 'x'), "\""),
      absl::StrCat(
          "\"", absl::StrReplaceAll(std::string(257, 'x'), {{"x", "\xc3\xa9"}}),
          "\"")};
  auto line_of = [&](size_t skip, const std::string& extra) {
    std::string line = "{";
    for (size_t i = 0; i < members.size(); ++i) {
      if (i == skip) continue;
      absl::StrAppend(&line, line.size() > 1 ? "," : "", members[i].first);
    }
    if (!extra.empty()) absl::StrAppend(&line, ",", extra);
    return line + "}";
  };
  int checked = 0;
  auto expect = [&](const std::string& line) {
    SCOPED_TRACE(line);
    const Verdicts v = Judge(line);
    if (!v.parsed) return;
    ++checked;
    if (v.check) {
      EXPECT_TRUE(v.validator);
    }
  };
  for (size_t m = 0; m < members.size(); ++m) {
    expect(line_of(m, ""));                             // dropped
    expect(line_of(members.size(), members[m].first));  // repeated
    for (const std::string& value : values) {
      expect(line_of(m, absl::StrCat("\"", members[m].second, "\":", value)));
    }
  }
  for (const char* extra :
       {R"("span":{"begin":1,"end":2})", R"("reported_by":[{"outlet":"o"}])",
        R"("stances":[{"target":"a","polarity":"neutral"}])",
        R"("links":[{"statement":"st0"}])", R"("mentions":[{"source":"s"}])",
        R"("kind":"state")", R"("name":"x")"}) {
    expect(line_of(members.size(), extra));
  }
  EXPECT_GT(checked, 400);
}

}  // namespace
}  // namespace diplograph::internal
