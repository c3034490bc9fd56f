#include "diplograph/aggregates.h"

#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "diplograph/graph.h"
#include "diplograph/statement_query.h"
#include "gtest/gtest.h"
#include "query/random_graph.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::StatusIs;

// The oracle's bucket: computed from the civil day by counting back to
// Monday one day at a time.
std::optional<std::string> OracleBucket(Date d, Period p) {
  const int need = p == Period::kYear ? 1 : p == Period::kMonth ? 2 : 3;
  if (static_cast<int>(d.precision()) < need) return std::nullopt;
  switch (p) {
    case Period::kYear:
      return absl::StrCat(d.year());
    case Period::kMonth:
      return Date::FromYearMonth(d.year(), d.month())->ToString();
    case Period::kDay:
      return d.ToString();
    case Period::kWeek: {
      absl::CivilDay day(d.year(), d.month(), d.day());
      while (absl::GetWeekday(day) != absl::Weekday::monday) --day;
      return Date::FromYearMonthDay(static_cast<int>(day.year()), day.month(),
                                    day.day())
          ->ToString();
    }
  }
  return std::nullopt;
}

std::string OracleGroup(const StatementView& s, GroupBy by) {
  const std::string& code = s.event_type().code;
  switch (by) {
    case GroupBy::kNone:
      return "";
    case GroupBy::kEventCode:
      return code;
    case GroupBy::kEventRoot:
      return code.substr(0, std::min<size_t>(2, code.size()));
    case GroupBy::kQuadClass: {
      if (code.size() < 2) return "0";
      const int root = std::stoi(code.substr(0, 2));
      return root >= 1 && root <= 5    ? "1"
             : root >= 6 && root <= 8  ? "2"
             : root >= 9 && root <= 13 ? "3"
             : root >= 14 && root <= 20 ? "4"
                                        : "0";
    }
    case GroupBy::kPolarity: {
      int sum = 0;
      for (const Stance& st : s.stances()) sum += static_cast<int>(st.polarity);
      return sum > 0 ? "cooperative" : sum < 0 ? "conflictual" : "neutral";
    }
  }
  return "";
}

class AggregatesOracleTest : public ::testing::TestWithParam<uint32_t> {};

TEST_P(AggregatesOracleTest, RandomAggregatesMatchAPlainScan) {
  Graph g;
  testing::BuildRandomGraph(GetParam(), &g);
  std::mt19937 rng(GetParam() + 51);
  const std::map<std::string, double> table = {
      {"05", 3.5}, {"051", 3.4}, {"11", -2.0}, {"111", -2.5}, {"0211", 1.0},
      {"2", -10.0}};
  const EventWeightFn weights =
      WeightTable({table.begin(), table.end()});
  auto oracle_weight = [&](const std::string& code) -> std::optional<double> {
    std::optional<double> best;
    size_t best_len = 0;
    for (const auto& [k, w] : table) {
      if (code.size() >= k.size() && code.compare(0, k.size(), k) == 0 &&
          k.size() > best_len) {
        best = w;
        best_len = k.size();
      }
    }
    return best;
  };
  const uint32_t n = static_cast<uint32_t>(g.actor_count());
  for (int i = 0; i < 150; ++i) {
    StatementQuery q(g);
    const ActorId a(rng() % n), b(rng() % n);
    const int scope = static_cast<int>(rng() % 3);
    if (scope == 1) q.Involving(a);
    if (scope == 2) q.Between(a, b);
    const Interval window = rng() % 4 ? testing::RandomInterval(rng) : Interval();
    q.During(window);
    const Period period = static_cast<Period>(rng() % 4);
    const GroupBy by = static_cast<GroupBy>(rng() % 5);
    const bool weighted = rng() % 2;
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
        AggregateTable got, Aggregate(q, period, by, weighted ? weights : nullptr));

    std::map<std::tuple<Date, std::string>,
             std::tuple<std::string, uint64_t, double, uint64_t>>
        want;
    uint64_t unplaced = 0;
    for (uint32_t k = 0; k < g.statement_count(); ++k) {
      const StatementView s = g.statement(StatementId(k));
      if (!testing::OracleInWindow(s.date(), window)) continue;
      bool in_scope = true;
      auto targets = [&](ActorId x) {
        for (ActorId t : s.about()) {
          if (t == x) return true;
        }
        return false;
      };
      if (scope == 1) in_scope = s.speaker() == a || targets(a);
      if (scope == 2) {
        in_scope = (s.speaker() == a && targets(b)) || (s.speaker() == b && targets(a));
      }
      if (!in_scope) continue;
      const std::optional<std::string> bucket = OracleBucket(s.date(), period);
      if (!bucket) {
        ++unplaced;
        continue;
      }
      const Date key = *Date::Parse(*bucket);
      auto& [name, count, sum, wcount] = want[{key, OracleGroup(s, by)}];
      name = *bucket;
      ++count;
      if (weighted) {
        if (auto w = oracle_weight(s.event_type().code)) {
          sum += *w;
          ++wcount;
        }
      }
    }
    EXPECT_EQ(got.unplaced, unplaced);
    ASSERT_EQ(got.rows.size(), want.size());
    size_t r = 0;
    for (const auto& [key, value] : want) {
      const AggregateRow& row = got.rows[r++];
      EXPECT_EQ(row.period.ToString(), std::get<0>(value));
      EXPECT_EQ(row.group, std::get<1>(key));
      EXPECT_EQ(row.count, std::get<1>(value));
      EXPECT_NEAR(row.weighted_sum, std::get<2>(value), 1e-9);  // order of sums differs
      EXPECT_EQ(row.weighted_count, std::get<3>(value));
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, AggregatesOracleTest, ::testing::Values(21u, 22u));

TEST(AggregatesTest, WeightTableFallsBackToPrefixes) {
  const EventWeightFn w = WeightTable({{"05", 3.5}, {"051", 3.4}});
  EXPECT_EQ(w(EventType{.code = "0511", .name = ""}), 3.4);
  EXPECT_EQ(w(EventType{.code = "057", .name = ""}), 3.5);
  EXPECT_EQ(w(EventType{.code = "06", .name = ""}), std::nullopt);
  EXPECT_EQ(w(EventType{.code = "", .name = "Uncoded"}), std::nullopt);
}

TEST(AggregatesTest, PropagatesQueryErrors) {
  Graph g;
  StatementQuery q(g);
  q.By(ActorId(3));
  EXPECT_THAT(Aggregate(q, Period::kMonth, GroupBy::kNone),
              StatusIs(absl::StatusCode::kNotFound, ::testing::HasSubstr("By")));
}

}  // namespace
}  // namespace diplograph
