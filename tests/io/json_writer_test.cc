// The writer: deterministic layout, pretty and compact styles, and output
// that the built-in JSON Schema accepts.

#include <sstream>
#include <string>

#include "diplograph/graph.h"
#include "diplograph/json.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "io/json_test_util.h"
#include "rapidjson/document.h"
#include "rapidjson/schema.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;
using ::diplograph::testing::RandomGraph;
using ::diplograph::testing::StatusIs;
using ::testing::HasSubstr;
using ::testing::Not;

Graph SmallGraph() {
  Graph g;
  const ActorId china =
      *g.AddActor({.name = "China", .kind = ActorKind::kState, .iso3 = "CHN"});
  const ActorId mfa = *g.AddActor(
      {.name = "Ministry of Foreign Affairs (China)",
       .affiliations = {{.organization = china, .role = "part of"}}});
  const ActorId mao = *g.AddActor(
      {.name = "Mao Ning",
       .kind = ActorKind::kPerson,
       .aliases = {"Ning"},
       .affiliations = {{.organization = mfa,
                         .role = "spokesperson",
                         .valid = Interval::Since(*Date::Parse("2022-09"))}}});
  Statement s;
  s.speaker = mao;
  s.date = *Date::Parse("2024-11-08");
  s.text = "a \"quoted\" \\ text \xE4\xB8\xAD";
  s.about = {china};
  g.AddStatement(s).IgnoreError();
  return g;
}

bool MatchesSchema(const std::string& json, bool lines_record = false) {
  rapidjson::Document schema_json;
  schema_json.Parse(JsonSchemaText().data(), JsonSchemaText().size());
  EXPECT_FALSE(schema_json.HasParseError());
  if (lines_record) {
    rapidjson::Document line;
    line.SetObject();
    rapidjson::Value defs(schema_json["definitions"], line.GetAllocator());
    line.AddMember("definitions", defs, line.GetAllocator());
    line.AddMember("$ref", "#/definitions/line", line.GetAllocator());
    rapidjson::SchemaDocument schema(line);
    rapidjson::Document d;
    d.Parse(json.c_str());
    rapidjson::SchemaValidator v(schema);
    return d.Accept(v);
  }
  rapidjson::SchemaDocument schema(schema_json);
  rapidjson::Document d;
  d.Parse(json.c_str());
  EXPECT_FALSE(d.HasParseError());
  rapidjson::SchemaValidator v(schema);
  return d.Accept(v);
}

TEST(JsonWriterTest, WritesTheDocumentLayout) {
  const std::string json = ToJson(SmallGraph());
  EXPECT_THAT(json, HasSubstr("\"format\": \"diplograph/1\""));
  EXPECT_THAT(json, HasSubstr("\"iso3\": \"CHN\""));
  EXPECT_THAT(json, HasSubstr("\"organization\": \"a1\""));
  EXPECT_THAT(json, HasSubstr("\"valid\": \"2022-09/..\""));
  EXPECT_THAT(json, HasSubstr("\"speaker\": \"a2\""));
  EXPECT_THAT(json, HasSubstr(R"("text": "a \"quoted\" \\ text )"));
  // Defaults are left out.
  EXPECT_THAT(json, Not(HasSubstr("\"quote\"")));
  EXPECT_THAT(json, Not(HasSubstr("\"channel\"")));
  EXPECT_EQ(json.back(), '\n');
}

TEST(JsonWriterTest, CompactHasNoIndentation) {
  const std::string pretty = ToJson(SmallGraph(), {.pretty = true});
  const std::string compact = ToJson(SmallGraph(), {.pretty = false});
  EXPECT_THAT(pretty, HasSubstr("\n  \"actors\""));
  EXPECT_EQ(compact.find('\n'), compact.size() - 1);
  EXPECT_LT(compact.size(), pretty.size());
}

TEST(JsonWriterTest, LinesHaveAHeaderAndOneRecordPerLine) {
  const std::string lines =
      ToJson(SmallGraph(), {.layout = JsonLayout::kLines});
  std::istringstream in(lines);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, R"({"format":"diplograph/1"})");
  int records = 0;
  while (std::getline(in, line)) {
    ++records;
    EXPECT_TRUE(MatchesSchema(line, /*lines_record=*/true)) << line;
  }
  EXPECT_EQ(records, 4);  // three actors, one statement
}

TEST(JsonWriterTest, OutputMatchesTheSchema) {
  EXPECT_TRUE(MatchesSchema(ToJson(SmallGraph())));
  for (uint32_t seed = 1; seed <= 30; ++seed) {
    EXPECT_TRUE(MatchesSchema(ToJson(RandomGraph(seed)))) << "seed " << seed;
  }
}

TEST(JsonWriterTest, SchemaRejectsWhatTheFormatForbids) {
  EXPECT_FALSE(MatchesSchema(R"({"format": "diplograph/2"})"));
  EXPECT_FALSE(MatchesSchema(R"({"format": "diplograph/1", "extra": 1})"));
  EXPECT_FALSE(MatchesSchema(
      R"({"format": "diplograph/1", "actors": [{"id": "a", "name": "X", "iso3": "chn"}]})"));
  EXPECT_FALSE(MatchesSchema(
      R"({"format": "diplograph/1", "statements": [{"speaker": "a", "date": "8 Nov 2024"}]})"));
  EXPECT_FALSE(MatchesSchema(
      R"({"format": "diplograph/1", "statements": [{"speaker": "a", "span": {"begin": -1, "end": 2}}]})"));
  EXPECT_TRUE(MatchesSchema(
      R"({"format": "diplograph/1", "statements": [{"speaker": "a", "date": "2024-11"}]})"));
  EXPECT_FALSE(MatchesSchema(R"({"type": "actor", "name": "X"})", true));
  EXPECT_TRUE(
      MatchesSchema(R"({"type": "actor", "id": "a", "name": "X"})", true));
  EXPECT_TRUE(MatchesSchema(R"({"format": "diplograph/1"})", true));
}

TEST(JsonWriterTest, WriteJsonReportsAFailingStream) {
  std::ostringstream ok;
  EXPECT_THAT(WriteJson(SmallGraph(), ok), IsOk());
  EXPECT_EQ(ok.str(), ToJson(SmallGraph()));
  std::ostringstream bad;
  bad.setstate(std::ios::badbit);
  EXPECT_THAT(WriteJson(SmallGraph(), bad),
              StatusIs(absl::StatusCode::kDataLoss, HasSubstr("stream")));
}

}  // namespace
}  // namespace diplograph
