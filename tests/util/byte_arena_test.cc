// Tests of the byte arena (lib/util/byte_arena.h) and the errno mapping
// (lib/util/errno_status.h).

#include "util/byte_arena.h"

#include <cerrno>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "util/errno_status.h"

namespace diplograph::internal {
namespace {

using ::testing::HasSubstr;

TEST(ByteArenaTest, CopiesStayPutAndIntact) {
  ByteArena arena;
  std::vector<std::string> originals;
  std::vector<absl::string_view> copies;
  for (int i = 0; i < 20000; ++i) {
    // Some copies larger than a block, one empty.
    std::string s(i % 5000 == 7 ? 100000 : i % 37,
                  static_cast<char>('a' + i % 26));
    copies.push_back(arena.Copy(s));
    originals.push_back(std::move(s));
  }
  for (size_t i = 0; i < copies.size(); ++i) {
    ASSERT_EQ(copies[i], originals[i]) << i;
    if (!originals[i].empty()) {
      EXPECT_NE(copies[i].data(), originals[i].data());
    }
  }
}

TEST(ErrnoStatusTest, CodesAndMessages) {
  EXPECT_EQ(ErrnoCode(ENOENT), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrnoCode(EACCES), absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(ErrnoCode(ENOSPC), absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(ErrnoCode(EISDIR), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ErrnoCode(EIO), absl::StatusCode::kUnknown);
  const absl::Status s = ErrnoStatus(ENOENT, "cannot open", "a/b.json");
  EXPECT_EQ(s.code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(s.message()),
              HasSubstr("cannot open a/b.json: No such file"));
}

}  // namespace
}  // namespace diplograph::internal
