// Crash-safe saving: the target is replaced only by a complete, synced file;
// every failure leaves the previous file intact and no temporary file behind.

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "diplograph/graph.h"
#include "diplograph/json.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "io/json_test_util.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

namespace fs = std::filesystem;
using ::diplograph::testing::IsOk;
using ::diplograph::testing::StatusIs;
using ::testing::HasSubstr;

class JsonSaveTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("json_save_test_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  static std::string Read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  // Files in the directory other than `keep`.
  int StrayFiles(const std::string& keep) const {
    int n = 0;
    for (const auto& e : fs::directory_iterator(dir_)) {
      if (e.path().filename() != keep) ++n;
    }
    return n;
  }

  fs::path dir_;
};

TEST_F(JsonSaveTest, ReplacesTheTargetAndLeavesNoTemporaryFile) {
  const fs::path target = dir_ / "g.json";
  { std::ofstream(target) << "previous"; }
  const Graph g = testing::RandomGraph(4);
  ASSERT_THAT(SaveJsonFile(g, target.string(), {.pretty = false}), IsOk());
  EXPECT_EQ(Read(target), ToJson(g, {.pretty = false}));
  EXPECT_EQ(StrayFiles("g.json"), 0);
  // Readable by others as a normal file would be (not mkstemp's 0600).
  EXPECT_NE(fs::status(target).permissions() & fs::perms::owner_read,
            fs::perms::none);
  // The layout follows the extension.
  ASSERT_THAT(SaveJsonFile(g, (dir_ / "g.jsonl").string()), IsOk());
  EXPECT_EQ(Read(dir_ / "g.jsonl"), ToJson(g, {.layout = JsonLayout::kLines}));
}

TEST_F(JsonSaveTest, ProgressCountsEveryRecordAtABoundedRate) {
  const Graph g = testing::RandomGraph(7);
  const uint64_t records = uint64_t{g.actor_count()} + g.source_count() +
                           g.statement_count() + g.relationship_count() +
                           g.event_count();
  ASSERT_GT(records, 0u);
  for (JsonLayout layout : {JsonLayout::kDocument, JsonLayout::kLines}) {
    std::vector<std::pair<uint64_t, uint64_t>> calls;
    JsonSaveOptions options{.layout = layout};
    options.progress = [&](uint64_t done, uint64_t total) {
      calls.emplace_back(done, total);
    };
    // The callback does not change the bytes.
    EXPECT_EQ(ToJson(g, options), ToJson(g, {.layout = layout}));
    ASSERT_FALSE(calls.empty());
    EXPECT_LE(calls.size(), 1025u);
    EXPECT_EQ(calls.back(), std::make_pair(records, records));
    for (size_t i = 0; i < calls.size(); ++i) {
      EXPECT_EQ(calls[i].second, records);
      if (i > 0) {
        EXPECT_GT(calls[i].first, calls[i - 1].first);
      }
    }
  }
  // An empty graph reports once, (0, 0).
  std::vector<std::pair<uint64_t, uint64_t>> calls;
  JsonSaveOptions options;
  options.progress = [&](uint64_t done, uint64_t total) {
    calls.emplace_back(done, total);
  };
  ASSERT_THAT(SaveJsonFile(Graph(), (dir_ / "empty.json").string(), options),
              IsOk());
  EXPECT_THAT(calls,
              ::testing::ElementsAre(std::make_pair(uint64_t{0}, uint64_t{0})));
}

TEST_F(JsonSaveTest, MissingDirectory) {
  const Graph g;
  EXPECT_THAT(
      SaveJsonFile(g, (dir_ / "no" / "such" / "g.json").string()),
      StatusIs(absl::StatusCode::kNotFound, HasSubstr("temporary file")));
  EXPECT_EQ(StrayFiles(""), 0);
}

TEST_F(JsonSaveTest, DirectoryIsAFile) {
  { std::ofstream(dir_ / "plain") << "x"; }
  EXPECT_FALSE(
      SaveJsonFile(Graph(), (dir_ / "plain" / "g.json").string()).ok());
  EXPECT_EQ(Read(dir_ / "plain"), "x");
}

TEST_F(JsonSaveTest, TargetIsADirectory) {
  fs::create_directories(dir_ / "target" / "inside");
  const absl::Status s = SaveJsonFile(Graph(), (dir_ / "target").string());
  EXPECT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("rename"));
  EXPECT_TRUE(fs::is_directory(dir_ / "target" / "inside"));
  EXPECT_EQ(StrayFiles("target"), 0);
}

TEST_F(JsonSaveTest, FullDiskLeavesThePreviousFileIntact) {
  const fs::path target = dir_ / "g.json";
  { std::ofstream(target) << "previous contents"; }
  const Graph g = testing::RandomGraph(9);
  ASSERT_GT(ToJson(g).size(), 4096u);

  // A file-size limit makes write() fail with EFBIG, as a full disk would
  // with ENOSPC.
  struct rlimit old_limit;
  ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &old_limit), 0);
  void (*old_handler)(int) = signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = old_limit;
  small.rlim_cur = 4096;
  ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
  const absl::Status s = SaveJsonFile(g, target.string());
  setrlimit(RLIMIT_FSIZE, &old_limit);
  signal(SIGXFSZ, old_handler);

  EXPECT_THAT(s, StatusIs(absl::StatusCode::kResourceExhausted,
                          HasSubstr("cannot write")));
  EXPECT_EQ(Read(target), "previous contents");
  EXPECT_EQ(StrayFiles("g.json"), 0);
}

TEST_F(JsonSaveTest, AFailingStreamIsReported) {
  std::ofstream closed;  // never opened: every write fails
  EXPECT_THAT(WriteJson(testing::RandomGraph(2), closed),
              StatusIs(absl::StatusCode::kDataLoss, HasSubstr("stream")));
}

}  // namespace
}  // namespace diplograph
