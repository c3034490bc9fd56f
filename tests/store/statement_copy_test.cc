// internal::CopyStatementRecords (with CopyStatementLists after it) against
// Graph::AddStatement: a graph given statements by copy holds the same
// records, strings, event types and lists as the graph they were added to,
// and a copy between graphs that are not equal is refused.

#include "store/statement_copy.h"

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "diplograph/graph.h"
#include "diplograph/json.h"
#include "gtest/gtest.h"
#include "store/graph_data.h"
#include "store/shared_graph_testing.h"
#include "store/statement_index.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::internal::CopyStatementLists;
using ::diplograph::internal::CopyStatementRecords;
using ::diplograph::internal::GraphData;
using ::diplograph::internal::SharedGraphTestPeer;
using ::diplograph::testing::AddFullStatements;
using ::diplograph::testing::AddFullWorld;
using ::diplograph::testing::Difference;
using ::diplograph::testing::IsOk;
using ::diplograph::testing::StatusIs;

const GraphData& Data(const Graph& g) { return SharedGraphTestPeer::Data(g); }
GraphData& Data(Graph& g) { return SharedGraphTestPeer::Data(g); }

// Copies what `src` holds beyond `dst` into `dst`, records then lists.
absl::Status CopyAll(const Graph& src, Graph& dst) {
  // The lists are copied from src's: a read indexes the statements that
  // wait (an add outside Update() that is not the latest by date).
  (void)src.StatementsByDate();
  const auto first = static_cast<uint32_t>(dst.statement_count());
  const auto end = static_cast<uint32_t>(src.statement_count());
  if (absl::Status s = CopyStatementRecords(Data(src), Data(dst), first, end);
      !s.ok()) {
    return s;
  }
  if (!CopyStatementLists(Data(src), Data(dst), first, end)) {
    return absl::InternalError("CopyStatementLists refused");
  }
  return absl::OkStatus();
}

// The private tables a copy must reproduce exactly, beyond what the public
// reads show.
void ExpectSameTables(const Graph& a, const Graph& b) {
  const GraphData& x = Data(a);
  const GraphData& y = Data(b);
  ASSERT_EQ(x.strings.size(), y.strings.size());
  for (uint32_t id = 0; id < x.strings.size(); ++id) {
    ASSERT_EQ(x.strings.Get(id), y.strings.Get(id)) << "string #" << id;
    // Interned in both, or stored without a hash entry in both.
    uint32_t in_x = 0, in_y = 0;
    const bool found_x = x.strings.Find(x.strings.Get(id), &in_x);
    const bool found_y = y.strings.Find(y.strings.Get(id), &in_y);
    EXPECT_EQ(found_x, found_y) << "string #" << id;
    EXPECT_EQ(in_x, in_y) << "string #" << id;
  }
  EXPECT_EQ(x.event_types, y.event_types);
  EXPECT_EQ(x.event_type_ids, y.event_type_ids);
  EXPECT_EQ(x.about_pool, y.about_pool);
  ASSERT_EQ(x.statements.size(), y.statements.size());
  for (size_t i = 0; i < x.statements.size(); ++i) {
    const auto& r = x.statements[i];
    const auto& s = y.statements[i];
    EXPECT_TRUE(r.speaker == s.speaker && r.date == s.date &&
                r.text == s.text && r.event_type == s.event_type &&
                r.about_begin == s.about_begin &&
                r.about_count == s.about_count && r.extra == s.extra &&
                r.quote == s.quote && r.has_joint == s.has_joint)
        << "row of statement#" << i;
  }
  EXPECT_EQ(x.extras.size(), y.extras.size());
  EXPECT_EQ(x.joint.size(), y.joint.size());
  EXPECT_EQ(x.co_spoken.size(), y.co_spoken.size());
  EXPECT_EQ(x.indexed_statements.load(), y.indexed_statements.load());
}

// Two graphs with the same world and the same first statements.
void MakeEqualPair(Graph& a, Graph& b, uint64_t statements) {
  for (Graph* g : {&a, &b}) {
    ASSERT_THAT(g->Update([&](Graph& x) -> absl::Status {
      if (absl::Status s = AddFullWorld(x); !s.ok()) return s;
      return AddFullStatements(x, 0, statements);
    }),
                IsOk());
  }
}

TEST(StatementCopyTest, CopiedStatementsEqualAddedOnes) {
  Graph src, dst;
  MakeEqualPair(src, dst, 60);
  ASSERT_EQ(Difference(src, dst), "");
  // src goes on: two commits, a failed one between them (its strings and
  // event types are rolled back), one statement outside Update().
  ASSERT_THAT(src.Update([](Graph& g) { return AddFullStatements(g, 60, 50); }),
              IsOk());
  EXPECT_FALSE(src.Update([](Graph& g) -> absl::Status {
                    if (absl::Status s = AddFullStatements(g, 1000, 30);
                        !s.ok()) {
                      return s;
                    }
                    Statement bad;
                    bad.speaker = ActorId(999);
                    return g.AddStatement(bad).status();
                  })
                   .ok());
  ASSERT_THAT(
      src.Update([](Graph& g) { return AddFullStatements(g, 110, 70); }),
      IsOk());
  ASSERT_THAT(AddFullStatements(src, 180, 1), IsOk());
  ASSERT_EQ(src.statement_count(), 181u);

  ASSERT_THAT(CopyAll(src, dst), IsOk());
  EXPECT_EQ(Difference(src, dst), "");
  EXPECT_EQ(ToJson(src), ToJson(dst));
  ExpectSameTables(src, dst);

  // Both go on alike: the copy's strings and event types are found again
  // (a repeated channel, topic or type gets its old id).
  for (Graph* g : {&src, &dst}) {
    ASSERT_THAT(g->Update([](Graph& x) { return AddFullStatements(x, 0, 40); }),
                IsOk());
    ASSERT_THAT(AddFullStatements(*g, 40, 3), IsOk());
  }
  EXPECT_EQ(Difference(src, dst), "");
  EXPECT_EQ(ToJson(src), ToJson(dst));
  ExpectSameTables(src, dst);
}

TEST(StatementCopyTest, CopyInSteps) {
  // One graph copied into another after each commit, and into a third
  // only at the end: both equal the first.
  Graph src, each, once;
  MakeEqualPair(src, each, 0);
  ASSERT_THAT(once.Update(AddFullWorld), IsOk());
  for (int c = 0; c < 12; ++c) {
    ASSERT_THAT(src.Update([c](Graph& g) {
      return AddFullStatements(g, 37 * static_cast<uint64_t>(c), 37);
    }),
                IsOk());
    ASSERT_THAT(CopyAll(src, each), IsOk());
  }
  ASSERT_THAT(CopyAll(src, once), IsOk());
  for (const Graph* g : {&each, &once}) {
    EXPECT_EQ(Difference(src, *g), "");
    EXPECT_EQ(ToJson(src), ToJson(*g));
    ExpectSameTables(src, *g);
  }
}

// CopyStatementLists' searches for each list's first difference, run side
// by side, against a sorted reference: commits at random dates (many on
// one day, some earlier than everything before), one speaker and target
// taking most statements, copied into a lagging graph after one, two or
// five commits; every list of the copy must hold exactly its statements in
// (date, id) order.
TEST(StatementCopyTest, ListsCopiedAfterRandomCommitsMatchASortedReference) {
  constexpr uint32_t kActors = 9;
  Graph src, dst;
  for (Graph* g : {&src, &dst}) {
    for (uint32_t i = 0; i < kActors; ++i) {
      ASSERT_THAT(g->AddActor({.name = absl::StrCat("Actor ", i),
                               .kind = ActorKind::kState})
                      .status(),
                  IsOk());
    }
  }
  std::mt19937 rng(5);
  std::vector<Date> dates;
  std::vector<std::vector<StatementId>> by(kActors), about(kActors);
  std::vector<std::vector<StatementId>> pair(kActors * kActors);
  const Date busy_day = *Date::FromYearMonthDay(2020, 3, 3);
  int copied_at = 0;
  for (int commit = 1; commit <= 60; ++commit) {
    const int n = 1 + static_cast<int>(rng() % 70);
    const bool early = commit % 9 == 0;
    ASSERT_THAT(src.Update([&](Graph& g) -> absl::Status {
      for (int i = 0; i < n; ++i) {
        Statement s;
        // Actor 0 speaks, and actor 1 is spoken about, most of the time.
        s.speaker = ActorId(rng() % 4 == 0 ? rng() % kActors : 0);
        ActorId t(rng() % 4 == 0 ? rng() % kActors : 1);
        if (t == s.speaker) t = ActorId((t.value + 1) % kActors);
        s.about = {t};
        if (early) {
          s.date = *Date::FromYearMonthDay(1990, 1, 1 + rng() % 28);
        } else if (rng() % 3 == 0) {
          s.date = busy_day;
        } else {
          s.date = *Date::FromYearMonthDay(2018 + rng() % 4, 1 + rng() % 12,
                                           1 + rng() % 28);
        }
        absl::StatusOr<StatementId> id = g.AddStatement(s);
        if (!id.ok()) return id.status();
        dates.push_back(s.date);
        by[s.speaker.value].push_back(*id);
        about[t.value].push_back(*id);
        pair[s.speaker.value * kActors + t.value].push_back(*id);
      }
      return absl::OkStatus();
    }),
                IsOk());
    // Copy after one, two or five commits in turn.
    const int lag = commit % 3 == 0 ? 5 : commit % 3 == 1 ? 1 : 2;
    if (commit - copied_at < lag && commit != 60) continue;
    copied_at = commit;
    ASSERT_THAT(CopyAll(src, dst), IsOk()) << "commit " << commit;
    auto sorted = [&](std::vector<StatementId> v) {
      std::sort(v.begin(), v.end(), [&](StatementId a, StatementId b) {
        const Date da = dates[a.value], db = dates[b.value];
        return da != db ? da < db : a < b;
      });
      return v;
    };
    auto same = [](const auto& got, const std::vector<StatementId>& want) {
      return std::vector<StatementId>(got.begin(), got.end()) == want;
    };
    for (uint32_t a = 0; a < kActors; ++a) {
      ASSERT_TRUE(same(dst.StatementsBy(ActorId(a)), sorted(by[a])))
          << "commit " << commit << ", by actor " << a;
      ASSERT_TRUE(same(dst.StatementsAbout(ActorId(a)), sorted(about[a])))
          << "commit " << commit << ", about actor " << a;
      for (uint32_t b = 0; b < kActors; ++b) {
        ASSERT_TRUE(same(dst.StatementsFromTo(ActorId(a), ActorId(b)),
                         sorted(pair[a * kActors + b])))
            << "commit " << commit << ", pair " << a << " " << b;
      }
    }
    std::vector<StatementId> all(dates.size());
    for (uint32_t i = 0; i < all.size(); ++i) all[i] = StatementId(i);
    ASSERT_TRUE(same(dst.StatementsByDate(), sorted(all)))
        << "commit " << commit;
  }
  EXPECT_EQ(Difference(src, dst), "");
  ExpectSameTables(src, dst);
}

TEST(StatementCopyTest, NothingToCopy) {
  Graph src, dst;
  MakeEqualPair(src, dst, 10);
  ASSERT_THAT(CopyAll(src, dst), IsOk());
  EXPECT_EQ(Difference(src, dst), "");
  ExpectSameTables(src, dst);
}

TEST(StatementCopyTest, WrongRangeOrOtherRecordsAreRefused) {
  Graph src, dst;
  MakeEqualPair(src, dst, 10);
  ASSERT_THAT(AddFullStatements(src, 10, 5), IsOk());
  EXPECT_THAT(CopyStatementRecords(Data(src), Data(dst), 9, 15),
              StatusIs(absl::StatusCode::kFailedPrecondition, ::testing::_));
  EXPECT_THAT(CopyStatementRecords(Data(src), Data(dst), 10, 14),
              StatusIs(absl::StatusCode::kFailedPrecondition, ::testing::_));
  // dst has an actor src lacks.
  ASSERT_THAT(
      dst.AddActor({.name = "Extra", .kind = ActorKind::kState}).status(),
      IsOk());
  EXPECT_THAT(CopyStatementRecords(Data(src), Data(dst), 10, 15),
              StatusIs(absl::StatusCode::kFailedPrecondition, ::testing::_));
  EXPECT_EQ(dst.statement_count(), 10u);  // unchanged
}

// Graphs that diverged without a count telling it: the copy finds it where
// the statements' parts do not land where an add would put them.
TEST(StatementCopyTest, DivergedGraphsAreDataLoss) {
  {
    // Same number of strings, different ones: the string src adds is one
    // dst has already.
    Graph src, dst;
    MakeEqualPair(src, dst, 0);
    Statement a{.speaker = ActorId(3), .about = {ActorId(4)}};
    Statement b = a;
    a.channel = "alpha";
    b.channel = "beta";
    ASSERT_THAT(src.AddStatement(a).status(), IsOk());
    ASSERT_THAT(dst.AddStatement(b).status(), IsOk());
    ASSERT_THAT(src.AddStatement(b).status(), IsOk());
    const absl::Status s = CopyStatementRecords(Data(src), Data(dst), 1, 2);
    EXPECT_THAT(s, StatusIs(absl::StatusCode::kDataLoss, ::testing::_));
    EXPECT_NE(s.message().find("string"), std::string::npos) << s;
  }
  {
    // One target more in src: the next statement's targets are not next
    // in dst's pool.
    Graph src, dst;
    MakeEqualPair(src, dst, 0);
    ASSERT_THAT(src.AddStatement({.speaker = ActorId(3),
                                  .about = {ActorId(4), ActorId(5)}})
                    .status(),
                IsOk());
    ASSERT_THAT(dst.AddStatement({.speaker = ActorId(3), .about = {ActorId(4)}})
                    .status(),
                IsOk());
    ASSERT_THAT(src.AddStatement({.speaker = ActorId(6), .about = {ActorId(4)}})
                    .status(),
                IsOk());
    const absl::Status s = CopyStatementRecords(Data(src), Data(dst), 1, 2);
    EXPECT_THAT(s, StatusIs(absl::StatusCode::kDataLoss, ::testing::_));
    EXPECT_NE(s.message().find("statement#1: about"), std::string::npos) << s;
    EXPECT_EQ(dst.statement_count(), 1u);  // refused before any change
  }
}

}  // namespace
}  // namespace diplograph
