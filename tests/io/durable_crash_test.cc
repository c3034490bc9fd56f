// Crash test of durable storage: a child process commits seeded batches
// (checkpointing now and then) and reports each acknowledged commit to the
// parent through a pipe; the parent kills it with SIGKILL at a random moment
// and reopens the directory. Recovery must give exactly the acknowledged
// commits, plus at most the one in flight, whole: the graph must equal the
// one the first N batches build.
//
// 200 runs by default (about 12 s); DIPLOGRAPH_CRASH_RUNS=N runs N.

#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <thread>

#include "absl/strings/str_cat.h"
#include "diplograph/durable.h"
#include "diplograph/snapshot.h"
#include "gtest/gtest.h"
#include "io/durable_test_util.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::ExpectedBytes;
using ::diplograph::testing::IsOk;
using ::diplograph::testing::MakeBatch;

constexpr uint32_t kMaxBatches = 2000;

// The child: commits until killed (or kMaxBatches), writing each
// acknowledged batch number to `fd`. Never returns.
[[noreturn]] void Writer(const std::string& dir, uint64_t seed, SyncPolicy sync,
                         int fd) {
  DurableOptions options;
  options.sync = sync;
  auto g = DurableGraph::Open(dir, options);
  if (!g.ok()) _exit(2);
  for (uint32_t i = 1; i <= kMaxBatches; ++i) {
    if (!(*g)->Commit(MakeBatch(seed, i)).ok()) _exit(3);
    if (write(fd, &i, sizeof(i)) != sizeof(i)) _exit(4);
    if (i % 8 == 0 && !(*g)->Checkpoint().ok()) _exit(5);
  }
  _exit(0);
}

TEST(DurableCrashTest, KilledWriterLosesNoAcknowledgedCommit) {
  int runs = 200;
  if (const char* env = std::getenv("DIPLOGRAPH_CRASH_RUNS")) {
    runs = std::atoi(env);
  }
  const std::filesystem::path base =
      std::filesystem::path(::testing::TempDir()) /
      absl::StrCat("durable_crash_", getpid());
  std::mt19937_64 rng(20261130);
  int killed_mid_run = 0;
  for (int run = 0; run < runs; ++run) {
    const uint64_t seed = static_cast<uint64_t>(run) + 1;
    const SyncPolicy sync = run % 3 == 0   ? SyncPolicy::kEveryCommit
                            : run % 3 == 1 ? SyncPolicy::kGroup
                                           : SyncPolicy::kNone;
    const std::string dir = (base / "store").string();
    std::filesystem::remove_all(base);
    std::filesystem::create_directories(base);
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      close(fds[0]);
      Writer(dir, seed, sync, fds[1]);
    }
    close(fds[1]);
    // Kill at a random moment: while opening, committing or checkpointing.
    // Every other run first waits for the first acknowledged commit, so
    // that half the runs are cut among the commits however slowly the
    // writer opens (a sanitizer build on a busy machine may take longer
    // to open than the random delay).
    uint32_t acknowledged = 0;
    uint32_t v = 0;
    if (run % 2 == 1 && read(fds[0], &v, sizeof(v)) == sizeof(v)) {
      acknowledged = v;
    }
    const int delay_us = std::uniform_int_distribution<int>(0, 40000)(rng);
    std::this_thread::sleep_for(std::chrono::microseconds(delay_us));
    kill(pid, SIGKILL);
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    while (read(fds[0], &v, sizeof(v)) == sizeof(v)) acknowledged = v;
    close(fds[0]);
    ASSERT_TRUE(WIFSIGNALED(status) ||
                (WIFEXITED(status) && WEXITSTATUS(status) == 0))
        << "run " << run << ": the writer failed with status "
        << WEXITSTATUS(status);
    if (WIFSIGNALED(status) && acknowledged > 0) ++killed_mid_run;

    auto g = DurableGraph::Open(dir);
    ASSERT_THAT(g.status(), IsOk()) << "run " << run;
    const uint64_t got = (*g)->last_sequence();
    ASSERT_GE(got, acknowledged) << "run " << run << ": lost a commit";
    ASSERT_LE(got, uint64_t{acknowledged} + 1) << "run " << run;
    SharedGraph::Reader view = (*g)->Read();
    ASSERT_EQ(SnapshotBytes(view.graph()),
              ExpectedBytes(seed, static_cast<uint32_t>(got)))
        << "run " << run << ": recovered " << got << " commits, "
        << acknowledged << " acknowledged";
  }
  std::filesystem::remove_all(base);
  // Many runs must have been cut in the middle of the commits (the others
  // while opening: with a sync costing a few ms, opening takes ~15 ms);
  // the runs that wait for a first commit make at least half of them.
  EXPECT_GT(killed_mid_run, runs / 4);
  std::printf("%d of %d runs killed after some commits were acknowledged\n",
              killed_mid_run, runs);
}

}  // namespace
}  // namespace diplograph
