// SharedGraph (shared_graph.h): readers see whole commits only, a failed
// batch is invisible to them, a reader holding a view never blocks the
// publication of the next commit to new readers, and many readers with one
// writer agree with what was written. Most telling under ThreadSanitizer
// (.ci/run builds and runs this suite with -fsanitize=thread).

#include "diplograph/shared_graph.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "diplograph/centrality.h"
#include "diplograph/graph.h"
#include "diplograph/network.h"
#include "diplograph/statement_query.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;
using ::diplograph::testing::StatusIs;
using ::testing::HasSubstr;

constexpr uint32_t kActors = 16;
constexpr uint32_t kBatch = 32;

// Adds the actors the statements speak of.
absl::Status AddActors(Graph& g) {
  for (uint32_t i = 0; i < kActors; ++i) {
    Actor a;
    a.name = absl::StrCat("Actor ", i);
    a.kind = ActorKind::kState;
    absl::StatusOr<ActorId> id = g.AddActor(a);
    if (!id.ok()) return id.status();
  }
  return absl::OkStatus();
}

// Statement `i`, dated out of order (a pseudo-random day over 20 years).
Statement StatementOf(uint64_t i) {
  const uint64_t h = (i + 1) * 0x9E3779B97F4A7C15ull;
  Statement s;
  s.speaker = ActorId(static_cast<uint32_t>(i % kActors));
  s.about = {ActorId(static_cast<uint32_t>((i * 7 + 1) % kActors))};
  if (s.about[0] == s.speaker)
    s.about[0] = ActorId((s.speaker.value + 1) % kActors);
  s.date = *Date::FromYearMonthDay(2000 + static_cast<int>((h >> 20) % 20),
                                   static_cast<int>((h >> 30) % 12) + 1,
                                   static_cast<int>((h >> 40) % 28) + 1);
  s.text = absl::StrCat("statement ", i);
  return s;
}

// Adds statements [first, first + kBatch).
absl::Status AddBatch(Graph& g, uint64_t first) {
  for (uint64_t i = first; i < first + kBatch; ++i) {
    absl::StatusOr<StatementId> id = g.AddStatement(StatementOf(i));
    if (!id.ok()) return id.status();
  }
  return absl::OkStatus();
}

// Adds half a batch, then fails, as a batch with a bad record would.
absl::Status FailingBatch(Graph& g, uint64_t first) {
  for (uint64_t i = first; i < first + kBatch / 2; ++i) {
    absl::StatusOr<StatementId> id = g.AddStatement(StatementOf(i));
    if (!id.ok()) return id.status();
  }
  Statement bad;
  bad.speaker = ActorId(kActors + 100);  // no such actor
  bad.text = "unknown speaker";
  return g.AddStatement(bad).status();
}

// What a reader checks on one view: every count and list agrees with a
// graph made of whole commits (the actors, then kBatch statements a
// commit). Returns a description of the first disagreement, or "".
std::string CheckWhole(const SharedGraph::Reader& view) {
  const Graph& g = view.graph();
  const uint64_t commit = view.commit();
  const uint64_t statements = commit == 0 ? 0 : (commit - 1) * kBatch;
  if (g.actor_count() != (commit == 0 ? 0 : kActors)) {
    return absl::StrCat("commit ", commit, ": ", g.actor_count(), " actors");
  }
  if (g.statement_count() != statements) {
    return absl::StrCat("commit ", commit, ": ", g.statement_count(),
                        " statements, want ", statements);
  }
  if (g.StatementsByDate().size() != statements) {
    return absl::StrCat("commit ", commit, ": by-date list holds ",
                        g.StatementsByDate().size());
  }
  size_t by = 0, about = 0;
  for (uint32_t a = 0; a < g.actor_count(); ++a) {
    by += g.StatementsBy(ActorId(a)).size();
    about += g.StatementsAbout(ActorId(a)).size();
  }
  if (by != statements || about != statements) {
    return absl::StrCat("commit ", commit, ": per-actor lists hold ", by,
                        " and ", about);
  }
  const absl::Span<const StatementId> dated = g.StatementsByDate();
  for (size_t i = 1; i < dated.size(); ++i) {
    if (g.statement(dated[i]).date() < g.statement(dated[i - 1]).date()) {
      return absl::StrCat("commit ", commit, ": by-date out of order at ", i);
    }
  }
  return "";
}

TEST(SharedGraphTest, StartsEmpty) {
  SharedGraph shared;
  SharedGraph::Reader view = shared.Read();
  EXPECT_EQ(view.commit(), 0u);
  EXPECT_EQ(view->statement_count(), 0u);
  EXPECT_EQ(shared.commits(), 0u);
}

TEST(SharedGraphTest, CommitsShowInBothCopies) {
  SharedGraph shared;
  ASSERT_THAT(shared.Update(AddActors), IsOk());
  for (uint64_t c = 0; c < 5; ++c) {
    ASSERT_THAT(
        shared.Update([&](Graph& g) { return AddBatch(g, c * kBatch); }),
        IsOk());
    // Two reads in a row may land on either copy: both must agree.
    for (int k = 0; k < 2; ++k) {
      SharedGraph::Reader view = shared.Read();
      EXPECT_EQ(view.commit(), c + 2);
      EXPECT_EQ(CheckWhole(view), "");
    }
  }
  EXPECT_EQ(shared.commits(), 6u);
  // The statement with the same id is the same record in both copies.
  const std::string first = shared.Read([](const Graph& g) {
    return std::string(g.statement(StatementId(7)).text());
  });
  EXPECT_EQ(first, "statement 7");
}

TEST(SharedGraphTest, FailedBatchIsInvisibleAndChangesNothing) {
  SharedGraph shared;
  ASSERT_THAT(shared.Update(AddActors), IsOk());
  ASSERT_THAT(shared.Update([](Graph& g) { return AddBatch(g, 0); }), IsOk());
  EXPECT_THAT(shared.Update([](Graph& g) { return FailingBatch(g, kBatch); }),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("actor#116")));
  SharedGraph::Reader view = shared.Read();
  EXPECT_EQ(view.commit(), 2u);
  EXPECT_EQ(CheckWhole(view), "");
  view.Release();
  // The next batch gets the ids the failed one would have had.
  ASSERT_THAT(shared.Update([](Graph& g) { return AddBatch(g, kBatch); }),
              IsOk());
  for (int k = 0; k < 2; ++k) {
    SharedGraph::Reader v = shared.Read();
    EXPECT_EQ(CheckWhole(v), "");
    EXPECT_EQ(v->statement(StatementId(kBatch)).text(),
              absl::StrCat("statement ", kBatch));
  }
}

TEST(SharedGraphTest, NonDeterministicUpdateIsRefused) {
  SharedGraph shared;
  ASSERT_THAT(shared.Update(AddActors), IsOk());
  int calls = 0;
  // Adds one statement on the first call, two on the second.
  absl::Status s = shared.Update([&](Graph& g) -> absl::Status {
    ++calls;
    for (int i = 0; i < calls; ++i) {
      absl::StatusOr<StatementId> id = g.AddStatement(StatementOf(i));
      if (!id.ok()) return id.status();
    }
    return absl::OkStatus();
  });
  EXPECT_THAT(s, StatusIs(absl::StatusCode::kInternal,
                          HasSubstr("must be deterministic")));
  EXPECT_THAT(
      shared.Update([](Graph& g) { return AddBatch(g, 0); }),
      StatusIs(absl::StatusCode::kInternal, HasSubstr("no further updates")));
  // Readers keep the published commit.
  EXPECT_EQ(shared.Read()->statement_count(), 1u);
  EXPECT_EQ(shared.commits(), 2u);
}

TEST(SharedGraphTest, HeldReaderKeepsItsViewAndDoesNotBlockNewReaders) {
  SharedGraph shared;
  ASSERT_THAT(shared.Update(AddActors), IsOk());
  SharedGraph::Reader old_view = shared.Read();
  absl::Span<const StatementId> old_list = old_view->StatementsByDate();
  std::atomic<bool> done{false};
  std::thread writer([&] {
    EXPECT_THAT(shared.Update([](Graph& g) { return AddBatch(g, 0); }), IsOk());
    done = true;
  });
  // The commit is published before the writer waits for old readers: new
  // readers see it while the old view is still held.
  while (shared.commits() < 2) std::this_thread::yield();
  {
    SharedGraph::Reader view = shared.Read();
    EXPECT_EQ(view.commit(), 2u);
    EXPECT_EQ(CheckWhole(view), "");
  }
  // The writer cannot bring the old copy up to date while it is read.
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_FALSE(done.load());
  EXPECT_EQ(old_view.commit(), 1u);
  EXPECT_EQ(old_view->statement_count(), 0u);
  EXPECT_TRUE(old_list.empty());
  old_view.Release();
  writer.join();
  EXPECT_TRUE(done.load());
  EXPECT_EQ(CheckWhole(shared.Read()), "");
}

TEST(SharedGraphTest, ReaderMoves) {
  SharedGraph shared;
  ASSERT_THAT(shared.Update(AddActors), IsOk());
  SharedGraph::Reader a = shared.Read();
  SharedGraph::Reader b = std::move(a);
  EXPECT_EQ(b->actor_count(), kActors);
  SharedGraph::Reader c = shared.Read();
  c = std::move(b);
  EXPECT_EQ(c.commit(), 1u);
  c.Release();
  c.Release();  // a second release does nothing
  // No view is left, so an update does not wait.
  EXPECT_THAT(shared.Update([](Graph& g) { return AddBatch(g, 0); }), IsOk());
}

// One writer commits batches (every fifth one fails half-way) while four
// readers check each view they take, run queries, paths and centrality on
// it, and count what they saw.
TEST(SharedGraphTest, ManyReadersOneWriterStress) {
  constexpr int kReaders = 4;
  constexpr uint64_t kCommits = 120;
  SharedGraph shared;
  ASSERT_THAT(shared.Update(AddActors), IsOk());
  std::atomic<bool> stop{false};
  std::vector<std::string> errors(kReaders);
  std::vector<uint64_t> max_commit(kReaders, 0);
  std::vector<std::atomic<uint64_t>> views(kReaders);
  std::vector<std::thread> readers;
  for (int r = 0; r < kReaders; ++r) {
    readers.emplace_back([&, r] {
      uint64_t last = 0;
      while (!stop.load(std::memory_order_relaxed)) {
        SharedGraph::Reader view = shared.Read();
        if (view.commit() < last) {
          errors[r] = absl::StrCat("commit went back from ", last, " to ",
                                   view.commit());
        }
        last = view.commit();
        if (errors[r].empty()) errors[r] = CheckWhole(view);
        const Graph& g = view.graph();
        if (r % 2 == 0 && g.actor_count() > 0) {
          // Queries and the network run on the view as on any graph.
          const ActorId speaker(
              static_cast<uint32_t>(views[r].load() % kActors));
          absl::StatusOr<size_t> n = StatementQuery(g).By(speaker).Count();
          if (!n.ok() || *n != g.StatementsBy(speaker).size()) {
            errors[r] = absl::StrCat("query counted ", n.value_or(0));
          }
          if (views[r].load() % 16 == 0) {
            std::vector<ActorCentrality> c = Centrality(g);
            if (c.size() != g.actor_count()) errors[r] = "centrality size";
          }
        }
        ++views[r];
        max_commit[r] = std::max(max_commit[r], last);
      }
    });
  }
  // The writer starts once every reader is running, and commits while they
  // read (the writer sleeps now and then to let them in on 2 cores).
  auto all_views = [&] {
    uint64_t least = UINT64_MAX;
    for (const auto& v : views) least = std::min<uint64_t>(least, v.load());
    return least;
  };
  while (all_views() == 0) std::this_thread::yield();
  uint64_t next = 0;
  for (uint64_t c = 0; c < kCommits; ++c) {
    if (c % 8 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    if (c % 5 == 4) {
      ASSERT_FALSE(
          shared.Update([&](Graph& g) { return FailingBatch(g, next); }).ok());
    } else {
      ASSERT_THAT(shared.Update([&](Graph& g) { return AddBatch(g, next); }),
                  IsOk());
      next += kBatch;
    }
  }
  // Every reader takes a few more views of the final state.
  const uint64_t seen = all_views();
  while (all_views() < seen + 3) std::this_thread::yield();
  stop = true;
  for (std::thread& t : readers) t.join();
  for (int r = 0; r < kReaders; ++r) {
    EXPECT_EQ(errors[r], "") << "reader " << r;
    EXPECT_GT(max_commit[r], 1u) << "reader " << r;
  }
  SharedGraph::Reader view = shared.Read();
  EXPECT_EQ(view.commit(), 1 + kCommits - kCommits / 5);
  EXPECT_EQ(CheckWhole(view), "");
}

}  // namespace
}  // namespace diplograph
