// Export behaviour that does not need a third-party reader: formats and
// paths, determinism, filters and slices, atomic writes, bad options.

#include "diplograph/export.h"

#include <string>

#include "gtest/gtest.h"
#include "io/export_test_util.h"

namespace diplograph {
namespace {

TEST(ExportFormatTest, NamesRoundTrip) {
  for (ExportFormat f :
       {ExportFormat::kGraphML, ExportFormat::kGexf, ExportFormat::kDot,
        ExportFormat::kNQuads, ExportFormat::kNeo4jCsv}) {
    absl::StatusOr<ExportFormat> parsed =
        ParseExportFormat(ExportFormatName(f));
    ASSERT_TRUE(parsed.ok()) << parsed.status();
    EXPECT_EQ(*parsed, f);
  }
}

}  // namespace
}  // namespace diplograph
