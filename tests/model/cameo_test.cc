#include "diplograph/cameo.h"

#include <fstream>
#include <set>
#include <string>

#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;
using ::diplograph::testing::StatusIs;
using ::testing::HasSubstr;

TEST(CameoTest, TableHasEveryCodeOfTheCommittedFile) {
  std::ifstream in(DIPLOGRAPH_SOURCE_DIR "/data/cameo/event_codes.tsv");
  ASSERT_TRUE(in) << "cannot open data/cameo/event_codes.tsv";
  std::string line;
  std::getline(in, line);  // header
  size_t rows = 0;
  while (std::getline(in, line)) {
    std::vector<std::string> f = absl::StrSplit(line, '\t');
    ASSERT_EQ(f.size(), 5u) << line;
    ++rows;
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(CameoCode c, LookupCameoCode(f[0]));
    EXPECT_EQ(c.name, f[1]);
    double g = 0;
    ASSERT_TRUE(absl::SimpleAtod(f[2], &g));
    EXPECT_DOUBLE_EQ(c.goldstein, g) << f[0];
    EXPECT_EQ(c.root_code, f[3]);
    EXPECT_EQ(static_cast<int>(c.quad_class), std::stoi(f[4]));
  }
  EXPECT_EQ(rows, 312u);
  EXPECT_EQ(CameoCodes().size(), 312u);
}

TEST(CameoTest, LooksUpByExactName) {
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(CameoCode c,
                                  LookupCameoName("Criticize or denounce"));
  EXPECT_EQ(c.code, "111");
  EXPECT_DOUBLE_EQ(c.goldstein, -2);
  EXPECT_EQ(c.root_code, "11");
  EXPECT_EQ(c.quad_class, QuadClass::kVerbalConflict);
  EXPECT_FALSE(c.is_root());
  EXPECT_EQ(c.ToEventType(), (EventType{"111", "Criticize or denounce"}));

  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(CameoCode root,
                                  LookupCameoName("MAKE PUBLIC STATEMENT"));
  EXPECT_EQ(root.code, "01");
  EXPECT_TRUE(root.is_root());

  // Exact: case and surrounding spaces matter.
  EXPECT_THAT(LookupCameoName("criticize or denounce"),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("criticize")));
  EXPECT_THAT(LookupCameoName("Criticize or denounce "),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("named")));
}

TEST(CameoTest, LooksUpByCode) {
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(CameoCode c, LookupCameoCode("0211"));
  EXPECT_EQ(c.root_code, "02");
  EXPECT_EQ(c.quad_class, QuadClass::kVerbalCooperation);
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(CameoCode force, LookupCameoCode("20"));
  EXPECT_EQ(force.quad_class, QuadClass::kMaterialConflict);
  EXPECT_DOUBLE_EQ(force.goldstein, -10);
  EXPECT_THAT(LookupCameoCode("999"),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("\"999\"")));
  EXPECT_THAT(LookupCameoCode(""),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("code")));
}

TEST(CameoTest, LooksUpAnEventType) {
  EXPECT_THAT(LookupCameo(EventType{"", "Make statement"}), IsOk());
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(CameoCode c,
                                  LookupCameo(EventType{"036", "anything"}));
  EXPECT_EQ(c.name, "Express intent to meet or negotiate");
  EXPECT_THAT(LookupCameo(EventType{"", "Hold a press conference"}),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("press")));
}

TEST(CameoTest, NamesAndCodesAreUniqueAndClassesFollowRoots) {
  std::set<absl::string_view> names, codes;
  for (const CameoCode& c : CameoCodes()) {
    EXPECT_TRUE(names.insert(c.name).second) << c.name;
    EXPECT_TRUE(codes.insert(c.code).second) << c.code;
    EXPECT_EQ(c.code.substr(0, 2), c.root_code);
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(QuadClass q, QuadClassOfCode(c.code));
    EXPECT_EQ(q, c.quad_class) << c.code;
    EXPECT_GE(c.goldstein, -10);
    EXPECT_LE(c.goldstein, 10);
  }
  EXPECT_EQ(codes.size(), 312u);
}

TEST(CameoTest, QuadClassOfCodeRejectsNonRoots) {
  EXPECT_THAT(QuadClassOfCode("21"),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("21")));
  EXPECT_THAT(QuadClassOfCode("00"),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("00")));
  EXPECT_THAT(QuadClassOfCode("1"),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("root")));
  EXPECT_EQ(QuadClassName(QuadClass::kMaterialConflict), "material_conflict");
}

}  // namespace
}  // namespace diplograph
