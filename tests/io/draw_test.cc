// The pictures (draw.h): each is well-formed XML (xmllint), holds the labels
// it should, and renders to PNG with rsvg-convert; bad arguments and hostile
// names give clear errors or escaped text, never a broken file.
//
// A check whose tool is missing is skipped with a message naming it, or,
// when DIPLOGRAPH_REQUIRE_VALIDATORS is set in the environment (as .ci/run
// sets it), fails.

#include "diplograph/draw.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "diplograph/graph.h"
#include "diplograph/icews.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "seed_graph.h"

namespace diplograph {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

bool Required() {
  const char* v = std::getenv("DIPLOGRAPH_REQUIRE_VALIDATORS");
  return v != nullptr && *v != '\0' && std::string(v) != "0";
}

bool HaveTool(const char* name) {
  return std::system(
             absl::StrCat("command -v ", name, " >/dev/null 2>&1").c_str()) ==
         0;
}

std::string TempPath(const std::string& name) {
  return absl::StrCat(::testing::TempDir(), "/draw_", getpid(), "_", name);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Saves `svg`, checks it with xmllint and renders it with rsvg-convert
// (each when present, or failing when required).
void CheckSvg(const std::string& svg, const std::string& name) {
  ASSERT_TRUE(absl::StartsWith(svg, "<?xml")) << svg.substr(0, 200);
  EXPECT_THAT(svg, HasSubstr("</svg>"));
  const std::string path = TempPath(name + ".svg");
  ASSERT_TRUE(SaveSvgFile(svg, path).ok());
  EXPECT_EQ(ReadFile(path), svg);
  if (HaveTool("xmllint")) {
    EXPECT_EQ(std::system(absl::StrCat("xmllint --noout '", path, "'").c_str()),
              0)
        << name << " is not well-formed XML";
  } else if (Required()) {
    ADD_FAILURE() << "missing validator: xmllint (Debian libxml2-utils)";
  }
  if (HaveTool("rsvg-convert")) {
    const std::string png = TempPath(name + ".png");
    EXPECT_EQ(
        std::system(
            absl::StrCat("rsvg-convert -o '", png, "' '", path, "'").c_str()),
        0)
        << name << " does not render";
    const std::string bytes = ReadFile(png);
    EXPECT_TRUE(absl::StartsWith(bytes, "\x89PNG")) << name;
    EXPECT_GT(bytes.size(), 1000u) << name;
    unlink(png.c_str());
  } else if (Required()) {
    ADD_FAILURE() << "missing validator: rsvg-convert (Debian librsvg2-bin)";
  }
  unlink(path.c_str());
}

class DrawTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(seed::BuildSeedGraph(seed_).ok()); }
  ActorId Seed(const char* name) { return *seed_.FindActor(name); }

  Graph seed_;
};

TEST_F(DrawTest, EgoNetworkOfTheSeedArticle) {
  absl::StatusOr<std::string> svg =
      DrawEgoNetwork(seed_, Seed("Vladimir Putin"), {.hops = 2});
  ASSERT_TRUE(svg.ok()) << svg.status();
  EXPECT_THAT(*svg, HasSubstr("Vladimir Putin"));
  EXPECT_THAT(*svg, HasSubstr("Donald Trump"));
  EXPECT_THAT(*svg, HasSubstr("hop ego network"));
  CheckSvg(*svg, "ego");
  // The same picture every time.
  EXPECT_EQ(*DrawEgoNetwork(seed_, Seed("Vladimir Putin"), {.hops = 2}), *svg);
}

TEST_F(DrawTest, EgoNetworkKeepsTheBusiestActors) {
  Graph g;
  std::ifstream in(DIPLOGRAPH_SOURCE_DIR "/data/samples/icews14_sample.tsv");
  ASSERT_TRUE(ImportIcewsQuadruples(in, "sample", g).ok());
  absl::StatusOr<std::string> svg =
      DrawEgoNetwork(g, *g.FindActor("China"), {.hops = 1, .max_actors = 12});
  ASSERT_TRUE(svg.ok()) << svg.status();
  EXPECT_THAT(*svg, HasSubstr("12 of "));
  CheckSvg(*svg, "ego_capped");
}

TEST_F(DrawTest, PairTimelineOfTheSeedArticle) {
  absl::StatusOr<std::string> svg =
      DrawPairTimeline(seed_, Seed("China"), Seed("Russia"));
  ASSERT_TRUE(svg.ok()) << svg.status();
  EXPECT_THAT(*svg, HasSubstr("China"));
  EXPECT_THAT(*svg, HasSubstr("relationships"));
  CheckSvg(*svg, "timeline");
}

TEST_F(DrawTest, PairTimelineOfIcewsMarksEveryStatement) {
  Graph g;
  std::ifstream in(DIPLOGRAPH_SOURCE_DIR "/data/samples/icews14_sample.tsv");
  ASSERT_TRUE(ImportIcewsQuadruples(in, "sample", g).ok());
  const ActorId china = *g.FindActor("China"), japan = *g.FindActor("Japan");
  const size_t n = g.StatementsFromTo(china, japan).size() +
                   g.StatementsFromTo(japan, china).size();
  ASSERT_GT(n, 0u);
  absl::StatusOr<std::string> svg = DrawPairTimeline(g, china, japan);
  ASSERT_TRUE(svg.ok()) << svg.status();
  size_t marks = 0;
  for (size_t at = svg->find("<circle"); at != std::string::npos;
       at = svg->find("<circle", at + 1)) {
    ++marks;
  }
  EXPECT_EQ(marks, n);
  CheckSvg(*svg, "timeline_icews");
}

TEST_F(DrawTest, ActivityByMonthAndQuadClass) {
  Graph g;
  std::ifstream in(DIPLOGRAPH_SOURCE_DIR "/data/samples/icews14_sample.tsv");
  ASSERT_TRUE(ImportIcewsQuadruples(in, "sample", g).ok());
  absl::StatusOr<std::string> svg = DrawActivity(g, {});
  ASSERT_TRUE(svg.ok()) << svg.status();
  EXPECT_THAT(*svg, HasSubstr("verbal_cooperation"));
  EXPECT_THAT(*svg, HasSubstr("2014-01"));
  CheckSvg(*svg, "activity");
  absl::StatusOr<std::string> by_speaker =
      DrawActivity(g, {.period = Period::kYear,
                       .group_by = GroupBy::kSpeaker,
                       .max_groups = 3});
  ASSERT_TRUE(by_speaker.ok());
  EXPECT_THAT(*by_speaker, HasSubstr("China"));
  EXPECT_THAT(*by_speaker, HasSubstr("other"));
  CheckSvg(*by_speaker, "activity_speakers");
}

TEST_F(DrawTest, HostileNamesAreEscaped) {
  Graph g;
  const ActorId a =
      *g.AddActor({.name = "<script>alert('x')</script> & \"Co\" \\ end"});
  const ActorId b = *g.AddActor({.name = "B\xE2\x80\xAE reversed"});
  Statement s;
  s.speaker = a;
  s.about = {b};
  s.date = *Date::Parse("2024-11-08");
  s.text = "quote with </title> and ]]> inside";
  ASSERT_TRUE(g.AddStatement(s).ok());
  for (const auto& [name, svg] :
       {std::pair{"hostile_ego", DrawEgoNetwork(g, a)},
        std::pair{"hostile_timeline", DrawPairTimeline(g, a, b)},
        std::pair{"hostile_activity", DrawActivity(g)}}) {
    ASSERT_TRUE(svg.ok()) << name << ": " << svg.status();
    EXPECT_THAT(*svg, Not(HasSubstr("<script>"))) << name;
    CheckSvg(*svg, name);
  }
}

TEST_F(DrawTest, BadArguments) {
  const ActorId putin = Seed("Vladimir Putin");
  EXPECT_EQ(DrawEgoNetwork(seed_, ActorId(999999)).status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(DrawEgoNetwork(seed_, putin, {.hops = 0}).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(DrawEgoNetwork(seed_, putin, {.max_actors = 1}).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(DrawEgoNetwork(seed_, putin, {.layout = "rm -rf"}).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(DrawPairTimeline(seed_, putin, putin).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(DrawPairTimeline(seed_, putin, ActorId(999999)).status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(DrawPairTimeline(seed_, putin, Seed("China"), {.width = 10})
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(DrawActivity(seed_, {.period = Period::kAll}).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(DrawActivity(seed_, {.width = 100}).status().code(),
            absl::StatusCode::kInvalidArgument);
  // Days over centuries: too many bars.
  Graph g;
  const ActorId x = *g.AddActor({.name = "X"});
  for (const char* d : {"1900-01-01", "2024-01-01"}) {
    Statement s;
    s.speaker = x;
    s.date = *Date::Parse(d);
    ASSERT_TRUE(g.AddStatement(s).ok());
  }
  EXPECT_EQ(DrawActivity(g, {.period = Period::kDay}).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(DrawTest, SaveSvgFileLeavesNothingOnFailure) {
  const std::string missing = TempPath("no/such/dir/x.svg");
  const absl::Status s = SaveSvgFile("<svg/>", missing);
  EXPECT_EQ(s.code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(s.message()), HasSubstr("no/such/dir"));
}

}  // namespace
}  // namespace diplograph
