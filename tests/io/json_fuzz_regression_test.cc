// Inputs that fuzzing found to misbehave, kept as regression tests. Each
// must give a clear problem and leave the graph unchanged, under every
// sanitizer .ci/run builds with (float-cast-overflow included).

#include <string>

#include "diplograph/graph.h"
#include "diplograph/json.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace diplograph {
namespace {

using ::testing::HasSubstr;

// A huge number where the schema expects an enumerated string: RapidJSON's
// schema validator converted it to a 64-bit integer (undefined behaviour)
// while hashing it for the enum check.
TEST(JsonFuzzRegressionTest, HugeNumberInEnumeratedField) {
  for (
      const std::string text : {
          R"({"format": "diplograph/1", "actors": [{"id": "a", "name": "A", "kind": 1e48}]})",
          R"({"format": "diplograph/1", "actors": [{"id": "a", "name": "A", "kind": -1e300}]})",
          R"({"format": 1e48})",
          R"({"format": "diplograph/1", "actors": [{"id": "a", "name": "A", "aliases": [1e48, 1e48]}]})",
      }) {
    SCOPED_TRACE(text);
    Graph g;
    g.AddActor({.name = "Z"}).IgnoreError();
    JsonLoadReport report;
    const absl::Status s = LoadJson(text, "huge.json", g, {}, &report);
    EXPECT_FALSE(s.ok());
    EXPECT_THAT(std::string(s.message()), HasSubstr("huge.json:1:"));
    EXPECT_EQ(g.actor_count(), 1u);
  }
}

// A number past the schema's numeric bound still fails the bound after the
// clamping that avoids the undefined conversion.
TEST(JsonFuzzRegressionTest, HugeNumberInNumericFieldStillOutOfRange) {
  const std::string text =
      R"({"format": "diplograph/1", "actors": [{"id": "a", "name": "A"}], )"
      R"("statements": [{"speaker": "a", "span": {"begin": 1e48, "end": 2}}]})";
  Graph g;
  const absl::Status s = LoadJson(text, "bound.json", g);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(g.actor_count(), 0u);
}

}  // namespace
}  // namespace diplograph
