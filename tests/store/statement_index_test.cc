// The statement lists after many small commits at random dates (the
// service case: each commit's few statements are merged into long lists by
// binary search and block moves, statement_index.cc MergeTail): every list
// holds exactly its statements, in (date, id) order.

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/types/span.h"
#include "diplograph/graph.h"
#include "gtest/gtest.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;

constexpr uint32_t kActors = 12;

// kActors states, "Actor 0" to "Actor 11", with ids 0 to 11.
void AddStates(Graph& graph) {
  for (uint32_t i = 0; i < kActors; ++i) {
    ASSERT_THAT(graph
                    .AddActor({.name = absl::StrCat("Actor ", i),
                               .kind = ActorKind::kState})
                    .status(),
                IsOk());
  }
}

TEST(StatementIndexTest, SmallCommitsAtRandomDatesKeepEveryListSorted) {
  Graph graph;
  ASSERT_NO_FATAL_FAILURE(AddStates(graph));
  std::mt19937 rng(7);
  std::vector<Date> dates;
  std::vector<std::vector<StatementId>> by(kActors), about(kActors);
  std::vector<std::vector<StatementId>> pair(kActors * kActors);
  // Commits of 1 to 40 statements (above and below the one-by-one
  // threshold), dated over 3 years with coarse dates mixed in, some
  // commits all earlier than everything before.
  for (int commit = 0; commit < 400; ++commit) {
    const int n = 1 + static_cast<int>(rng() % 40);
    const bool early = commit % 10 == 9;
    ASSERT_THAT(graph.Update([&](Graph& g) -> absl::Status {
      for (int i = 0; i < n; ++i) {
        Statement s;
        s.speaker = ActorId(rng() % kActors);
        ActorId t(rng() % kActors);
        if (t == s.speaker) t = ActorId((t.value + 1) % kActors);
        s.about = {t};
        const int year = early ? 1990 : 2020 + static_cast<int>(rng() % 3);
        switch (rng() % 6) {
          case 0:
            s.date = *Date::FromYear(year);
            break;
          case 1:
            s.date = *Date::FromYearMonth(year, 1 + rng() % 12);
            break;
          default:
            s.date =
                *Date::FromYearMonthDay(year, 1 + rng() % 12, 1 + rng() % 28);
        }
        s.text = "x";
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
  }
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
  std::vector<StatementId> all(dates.size());
  for (uint32_t i = 0; i < all.size(); ++i) all[i] = StatementId(i);
  EXPECT_TRUE(same(graph.StatementsByDate(), sorted(all)));
  for (uint32_t a = 0; a < kActors; ++a) {
    EXPECT_TRUE(same(graph.StatementsBy(ActorId(a)), sorted(by[a])))
        << "by actor " << a;
    EXPECT_TRUE(same(graph.StatementsAbout(ActorId(a)), sorted(about[a])))
        << "about actor " << a;
    for (uint32_t b = 0; b < kActors; ++b) {
      EXPECT_TRUE(same(graph.StatementsFromTo(ActorId(a), ActorId(b)),
                       sorted(pair[a * kActors + b])))
          << "pair " << a << " " << b;
    }
  }
}

// The merges search a copy of the date keys that the indexing extends
// (GraphData::date_keys). Exercised here with every way statements reach
// the lists: a first commit into an empty graph (the bulk path, which
// leaves the copy empty), single adds outside Update() (indexed one by one
// or left waiting until a read), failed steps whose statements are rolled
// back and whose ids are then reused with other dates, and commits where
// every statement has one date and one speaker and target (a single pair
// and equal keys throughout). The lists are checked against a sorted
// reference after every round.
TEST(StatementIndexTest, KeyCopySurvivesSingleAddsRollbacksAndEqualDates) {
  Graph graph;
  ASSERT_NO_FATAL_FAILURE(AddStates(graph));
  std::mt19937 rng(11);
  std::vector<Date> dates;
  std::vector<std::vector<StatementId>> by(kActors), about(kActors);
  const Date same_day = *Date::FromYearMonthDay(2021, 6, 1);
  auto make = [&](bool one_day) {
    Statement s;
    s.speaker = one_day ? ActorId(0) : ActorId(rng() % kActors);
    ActorId t = one_day ? ActorId(1) : ActorId(rng() % kActors);
    if (t == s.speaker) t = ActorId((t.value + 1) % kActors);
    s.about = {t};
    s.date = one_day ? same_day
                     : *Date::FromYearMonthDay(2020 + rng() % 3, 1 + rng() % 12,
                                               1 + rng() % 28);
    s.text = "x";
    return s;
  };
  auto record = [&](const Statement& s, StatementId id) {
    ASSERT_EQ(id.value, dates.size());
    dates.push_back(s.date);
    by[s.speaker.value].push_back(id);
    about[s.about[0].value].push_back(id);
  };
  auto sorted = [&](std::vector<StatementId> v) {
    std::sort(v.begin(), v.end(), [&](StatementId a, StatementId b) {
      const Date da = dates[a.value], db = dates[b.value];
      return da != db ? da < db : a < b;
    });
    return v;
  };
  auto check = [&](int round) {
    for (uint32_t a = 0; a < kActors; ++a) {
      const absl::Span<const StatementId> got_by =
          graph.StatementsBy(ActorId(a));
      ASSERT_EQ(std::vector<StatementId>(got_by.begin(), got_by.end()),
                sorted(by[a]))
          << "by actor " << a << ", round " << round;
      const absl::Span<const StatementId> got_about =
          graph.StatementsAbout(ActorId(a));
      ASSERT_EQ(std::vector<StatementId>(got_about.begin(), got_about.end()),
                sorted(about[a]))
          << "about actor " << a << ", round " << round;
    }
    const StatementRange all = graph.StatementsByDate();
    std::vector<StatementId> want(dates.size());
    for (uint32_t i = 0; i < want.size(); ++i) want[i] = StatementId(i);
    ASSERT_EQ(std::vector<StatementId>(all.begin(), all.end()), sorted(want))
        << "round " << round;
    const absl::Span<const StatementId> pair =
        graph.StatementsFromTo(ActorId(0), ActorId(1));
    std::vector<StatementId> want_pair;
    for (StatementId id : by[0]) {
      if (std::find(about[1].begin(), about[1].end(), id) != about[1].end()) {
        want_pair.push_back(id);
      }
    }
    ASSERT_EQ(std::vector<StatementId>(pair.begin(), pair.end()),
              sorted(want_pair))
        << "round " << round;
  };
  for (int round = 0; round < 60; ++round) {
    const bool one_day = round % 4 == 3;
    // A commit of 20 to 59 statements (the merge path, or the bulk path
    // for the very first).
    const int n = 20 + static_cast<int>(rng() % 40);
    ASSERT_THAT(graph.Update([&](Graph& g) -> absl::Status {
      for (int i = 0; i < n; ++i) {
        const Statement s = make(one_day);
        absl::StatusOr<StatementId> id = g.AddStatement(s);
        if (!id.ok()) return id.status();
        record(s, *id);
      }
      return absl::OkStatus();
    }),
                IsOk());
    // A failed step: its statements are rolled back, their ids reused by
    // the next adds with other dates.
    const absl::Status failed = graph.Update([&](Graph& g) -> absl::Status {
      for (int i = 0; i < 30; ++i) {
        Statement s = make(false);
        s.date = *Date::FromYear(1900 + i);
        if (!g.AddStatement(s).ok()) return absl::InternalError("add");
      }
      return absl::AbortedError("rolled back");
    });
    ASSERT_EQ(failed.code(), absl::StatusCode::kAborted);
    // Single adds outside Update(): the latest by date is indexed at
    // once, the others wait for the next read or commit.
    const int singles = static_cast<int>(rng() % 12);
    for (int i = 0; i < singles; ++i) {
      const Statement s = make(one_day);
      absl::StatusOr<StatementId> id = graph.AddStatement(s);
      ASSERT_THAT(id.status(), IsOk());
      record(s, *id);
    }
    if (round % 3 != 1) check(round);
  }
  check(-1);
}

}  // namespace
}  // namespace diplograph
