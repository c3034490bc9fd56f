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
#include "diplograph/graph.h"
#include "gtest/gtest.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;

constexpr uint32_t kActors = 12;

TEST(StatementIndexTest, SmallCommitsAtRandomDatesKeepEveryListSorted) {
  Graph graph;
  for (uint32_t i = 0; i < kActors; ++i) {
    ASSERT_THAT(graph
                    .AddActor({.name = absl::StrCat("Actor ", i),
                               .kind = ActorKind::kState})
                    .status(),
                IsOk());
  }
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

}  // namespace
}  // namespace diplograph
