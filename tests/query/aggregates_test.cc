#include "diplograph/aggregates.h"

#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "diplograph/cameo.h"
#include "diplograph/graph.h"
#include "diplograph/statement_query.h"
#include "gtest/gtest.h"
#include "model/date_keys.h"
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
    case Period::kAll:
      // One bucket with no date: the callers check kAll on their own.
      ADD_FAILURE() << "OracleBucket is not for Period::kAll";
      break;
  }
  return std::nullopt;
}

AggregateGroup OracleGroup(const StatementView& s, GroupBy by) {
  const std::string& code = s.event_type().code;
  AggregateGroup g;
  g.by = by;
  switch (by) {
    case GroupBy::kNone:
      break;
    case GroupBy::kEventCode:
      g.code = code;
      break;
    case GroupBy::kEventRoot:
      g.code = code.substr(0, std::min<size_t>(2, code.size()));
      break;
    case GroupBy::kQuadClass: {
      if (code.size() < 2) break;
      const int root = std::stoi(code.substr(0, 2));
      const int quad = root >= 1 && root <= 5     ? 1
                       : root >= 6 && root <= 8   ? 2
                       : root >= 9 && root <= 13  ? 3
                       : root >= 14 && root <= 20 ? 4
                                                  : 0;
      if (quad != 0) g.quad_class = static_cast<QuadClass>(quad);
      break;
    }
    case GroupBy::kPolarity: {
      int sum = 0;
      for (const Stance& st : s.stances()) sum += static_cast<int>(st.polarity);
      g.polarity = sum > 0   ? Polarity::kCooperative
                   : sum < 0 ? Polarity::kConflictual
                             : Polarity::kNeutral;
      break;
    }
    case GroupBy::kSpeaker:
      g.actor = s.speaker();
      break;
    case GroupBy::kTarget:
      break;  // several groups per statement: not drawn by this oracle
  }
  return g;
}

class AggregatesOracleTest : public ::testing::TestWithParam<uint32_t> {};

TEST_P(AggregatesOracleTest, RandomAggregatesMatchAPlainScan) {
  Graph g;
  testing::BuildRandomGraph(GetParam(), &g);
  std::mt19937 rng(GetParam() + 51);
  const std::map<std::string, double> table = {{"05", 3.5},   {"051", 3.4},
                                               {"11", -2.0},  {"111", -2.5},
                                               {"0211", 1.0}, {"2", -10.0}};
  const EventWeightFn weights = WeightTable({table.begin(), table.end()});
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
    const Interval window =
        rng() % 4 ? testing::RandomInterval(rng) : Interval();
    q.During(window);
    const Period period = static_cast<Period>(rng() % 4);
    const GroupBy by = static_cast<GroupBy>(rng() % 5);
    const bool weighted = rng() % 2;
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
        AggregateTable got,
        Aggregate(q, period, by, weighted ? weights : nullptr));

    std::map<std::tuple<Date, AggregateGroup>,
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
        in_scope = (s.speaker() == a && targets(b)) ||
                   (s.speaker() == b && targets(a));
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
      EXPECT_NEAR(row.weighted_sum, std::get<2>(value),
                  1e-9);  // order of sums differs
      EXPECT_EQ(row.weighted_count, std::get<3>(value));
    }
  }
}

// Speaker and target groups, per month and over the whole query, against
// a plain scan: a statement counts once for its speaker, and once for each
// of its targets (for the invalid id when it has none).
TEST_P(AggregatesOracleTest, SpeakerAndTargetGroupsMatchAPlainScan) {
  Graph g;
  testing::BuildRandomGraph(GetParam(), &g);
  std::mt19937 rng(GetParam() + 77);
  const uint32_t n = static_cast<uint32_t>(g.actor_count());
  size_t multi_target = 0;
  for (int i = 0; i < 100; ++i) {
    StatementQuery q(g);
    const ActorId a(rng() % n);
    const bool involving = rng() % 2;
    if (involving) q.Involving(a);
    const Interval window =
        rng() % 4 ? testing::RandomInterval(rng) : Interval();
    q.During(window);
    const Period period = rng() % 2 ? Period::kAll : Period::kMonth;
    const GroupBy by = rng() % 2 ? GroupBy::kSpeaker : GroupBy::kTarget;
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(AggregateTable got,
                                    Aggregate(q, period, by));
    // (bucket key, actor id) -> count; kAll's bucket is the unknown date.
    std::map<std::pair<uint32_t, uint32_t>, uint64_t> want;
    uint64_t unplaced = 0;
    for (uint32_t k = 0; k < g.statement_count(); ++k) {
      const StatementView s = g.statement(StatementId(k));
      if (!testing::OracleInWindow(s.date(), window)) continue;
      bool involved = s.speaker() == a;
      for (ActorId t : s.about()) involved = involved || t == a;
      if (involving && !involved) continue;
      uint32_t bucket = 0;
      if (period == Period::kMonth) {
        const std::optional<std::string> b = OracleBucket(s.date(), period);
        if (!b) {
          ++unplaced;
          continue;
        }
        bucket = internal::SortKey(*Date::Parse(*b));
      }
      if (by == GroupBy::kSpeaker) {
        ++want[{bucket, s.speaker().value}];
      } else if (s.about().empty()) {
        ++want[{bucket, ActorId().value}];
      } else {
        if (s.about().size() > 1) ++multi_target;
        for (ActorId t : s.about()) ++want[{bucket, t.value}];
      }
    }
    EXPECT_EQ(got.unplaced, unplaced);
    ASSERT_EQ(got.rows.size(), want.size());
    size_t r = 0;
    for (const auto& [key, count] : want) {
      const AggregateRow& row = got.rows[r++];
      EXPECT_EQ(internal::SortKey(row.period), key.first);
      EXPECT_EQ(row.group.by, by);
      EXPECT_EQ(row.group.actor, ActorId(key.second));
      EXPECT_EQ(row.count, count);
    }
  }
  EXPECT_GT(multi_target, 0u);  // the split over targets was exercised
}

// TopGroups is the per-group total, largest first, ties by group order.
TEST_P(AggregatesOracleTest, TopGroupsAreTheLargestTotals) {
  Graph g;
  testing::BuildRandomGraph(GetParam(), &g);
  std::mt19937 rng(GetParam() + 91);
  for (int i = 0; i < 40; ++i) {
    StatementQuery q(g);
    q.During(rng() % 2 ? testing::RandomInterval(rng) : Interval());
    const GroupBy by = static_cast<GroupBy>(rng() % 7);
    const size_t n = rng() % 12;
    std::map<AggregateGroup, uint64_t> totals;
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
        AggregateTable by_day,
        Aggregate(q, {.period = Period::kAll, .group_by = by}));
    EXPECT_EQ(by_day.unplaced, 0u);
    for (const AggregateRow& row : by_day.rows) {
      EXPECT_FALSE(row.period.is_known());
      totals[row.group] += row.count;
    }
    std::vector<std::pair<uint64_t, AggregateGroup>> want;
    for (const auto& [group, count] : totals) want.emplace_back(count, group);
    std::stable_sort(
        want.begin(), want.end(),
        [](const auto& x, const auto& y) { return x.first > y.first; });
    if (want.size() > n) want.resize(n);
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(std::vector<AggregateRow> top,
                                    TopGroups(q, by, n));
    ASSERT_EQ(top.size(), want.size());
    for (size_t k = 0; k < top.size(); ++k) {
      EXPECT_EQ(top[k].count, want[k].first);
      EXPECT_EQ(top[k].group, want[k].second);
    }
  }
}

// A zero-filled table is the sparse table plus zero rows: every group seen
// in every period from the window's first day (or the first match) to its
// last day (or the last match), stepping one period at a time.
TEST_P(AggregatesOracleTest, ZeroFilledTablesAddEveryEmptyPeriod) {
  Graph g;
  testing::BuildRandomGraph(GetParam(), &g);
  std::mt19937 rng(GetParam() + 5);
  for (int i = 0; i < 60; ++i) {
    StatementQuery q(g);
    if (rng() % 2) q.By(ActorId(rng() % 4));
    const Interval window =
        rng() % 4 ? testing::RandomInterval(rng) : Interval();
    q.During(window);
    const Period period = static_cast<Period>(rng() % 4);
    const GroupBy by = static_cast<GroupBy>(rng() % 7);
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(AggregateTable sparse,
                                    Aggregate(q, period, by));
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
        AggregateTable full,
        Aggregate(q, {.period = period, .group_by = by, .zero_fill = true}));
    EXPECT_EQ(full.unplaced, sparse.unplaced);
    std::set<AggregateGroup> groups;
    for (const AggregateRow& row : sparse.rows) groups.insert(row.group);
    if (by == GroupBy::kNone) groups.insert(AggregateGroup{});
    // The periods, by the oracle's bucketing of each day of the range.
    std::optional<absl::CivilDay> first, last;
    if (!window.is_open_begin()) {
      first = internal::CivilDayOf(window.begin());
    }
    if (!window.is_open_end())
      last = internal::CivilDayOf(window.end().LastDay());
    if (!sparse.rows.empty()) {
      const absl::CivilDay lo =
          internal::CivilDayOf(sparse.rows.front().period);
      const absl::CivilDay hi = internal::CivilDayOf(sparse.rows.back().period);
      if (!first || lo < *first) first = lo;
      if (!last || hi > *last) last = hi;
    }
    std::vector<std::string> periods;
    if (first && last) {
      for (absl::CivilDay d = *first; d <= *last; ++d) {
        const std::string b =
            *OracleBucket(internal::DateOfCivilDay(d), period);
        if (periods.empty() || periods.back() != b) periods.push_back(b);
      }
    }
    SCOPED_TRACE(::testing::Message()
                 << "period " << static_cast<int>(period) << " by "
                 << static_cast<int>(by) << " window " << window.ToString());
    ASSERT_EQ(full.rows.size(), periods.size() * groups.size());
    size_t r = 0, s = 0;
    for (const std::string& p : periods) {
      for (const AggregateGroup& grp : groups) {
        const AggregateRow& row = full.rows[r++];
        EXPECT_EQ(row.period.ToString(), p);
        EXPECT_EQ(row.group, grp);
        if (s < sparse.rows.size() && sparse.rows[s].period == row.period &&
            sparse.rows[s].group == row.group) {
          EXPECT_EQ(row.count, sparse.rows[s].count);
          ++s;
        } else {
          EXPECT_EQ(row.count, 0u);
        }
      }
    }
    EXPECT_EQ(s, sparse.rows.size());  // every sparse row is in the full one
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, AggregatesOracleTest,
                         ::testing::Values(21u, 22u));

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
  EXPECT_THAT(
      Aggregate(q, Period::kMonth, GroupBy::kNone),
      StatusIs(absl::StatusCode::kNotFound, ::testing::HasSubstr("By")));
}

}  // namespace
}  // namespace diplograph

namespace diplograph {
namespace {

Statement At(ActorId speaker, const char* date, std::vector<ActorId> about,
             const char* code) {
  Statement s;
  s.speaker = speaker;
  s.date = *Date::Parse(date);
  s.about = std::move(about);
  s.event_type.code = code;
  return s;
}

class AggregatesFixtureTest : public ::testing::Test {
 protected:
  void SetUp() override {
    china_ = *g_.AddActor({.name = "China"});
    russia_ = *g_.AddActor({.name = "Russia"});
    us_ = *g_.AddActor({.name = "United States"});
    // 2014: Russia speaks three times about China, the US twice (once about
    // China and Russia, uncoded); Russia once about the US. 2015: the US
    // once about China.
    for (const char* d : {"2014-01-10", "2014-03-02", "2014-03-20"}) {
      ASSERT_TRUE(g_.AddStatement(At(russia_, d, {china_}, "051")).ok());
    }
    ASSERT_TRUE(g_.AddStatement(At(us_, "2014-03-05", {china_}, "111")).ok());
    ASSERT_TRUE(
        g_.AddStatement(At(us_, "2014-06", {china_, russia_}, "")).ok());
    ASSERT_TRUE(g_.AddStatement(At(russia_, "2014-07-01", {us_}, "120")).ok());
    ASSERT_TRUE(g_.AddStatement(At(us_, "2015-02-01", {china_}, "173")).ok());
  }

  Graph g_;
  ActorId china_, russia_, us_;
};

TEST_F(AggregatesFixtureTest, TopSpeakersAboutAnActorInAYear) {
  StatementQuery q(g_);
  q.About(china_).During(*Interval::Parse("2014"));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(std::vector<AggregateRow> top,
                                  TopGroups(q, GroupBy::kSpeaker, 10));
  ASSERT_EQ(top.size(), 2u);
  EXPECT_EQ(top[0].group.actor, russia_);
  EXPECT_EQ(top[0].count, 3u);
  EXPECT_EQ(top[1].group.actor, us_);
  EXPECT_EQ(top[1].count, 2u);
  EXPECT_EQ(GroupName(g_, top[0].group), "Russia");
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(std::vector<AggregateRow> first,
                                  TopGroups(q, GroupBy::kSpeaker, 1));
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].group.actor, russia_);
}

TEST_F(AggregatesFixtureTest, TargetsSplitAStatement) {
  StatementQuery q(g_);
  q.By(us_).During(*Interval::Parse("2014"));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      AggregateTable t, Aggregate(q, Period::kYear, GroupBy::kTarget));
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].group.actor, china_);
  EXPECT_EQ(t.rows[0].count, 2u);
  EXPECT_EQ(t.rows[1].group.actor, russia_);
  EXPECT_EQ(t.rows[1].count, 1u);
}

TEST_F(AggregatesFixtureTest, ZeroFilledSeriesCoverTheWindow) {
  StatementQuery q(g_);
  q.By(russia_).During(*Interval::Parse("2014"));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      AggregateTable t,
      Aggregate(q, {.period = Period::kMonth, .zero_fill = true}));
  ASSERT_EQ(t.rows.size(), 12u);
  const uint64_t want[12] = {1, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0};
  for (int m = 0; m < 12; ++m) {
    EXPECT_EQ(t.rows[m].period, *Date::FromYearMonth(2014, m + 1));
    EXPECT_EQ(t.rows[m].count, want[m]) << m;
    EXPECT_EQ(t.rows[m].group, AggregateGroup{});
  }
  // Without zero filling, only the three months with statements.
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(AggregateTable sparse,
                                  Aggregate(q, Period::kMonth, GroupBy::kNone));
  EXPECT_EQ(sparse.rows.size(), 3u);

  // Every group seen has every period; the window is open at the end, so the
  // series stops at the last match.
  StatementQuery all(g_);
  all.During(*Interval::Parse("2014-03/.."));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      AggregateTable quads, Aggregate(all, {.period = Period::kYear,
                                            .group_by = GroupBy::kQuadClass,
                                            .zero_fill = true}));
  std::vector<std::string> got;
  for (const AggregateRow& row : quads.rows) {
    got.push_back(absl::StrCat(row.period.ToString(), " ",
                               GroupName(g_, row.group), " ", row.count));
  }
  EXPECT_EQ(got, (std::vector<std::string>{
                     "2014 none 1", "2014 verbal_cooperation 2",
                     "2014 verbal_conflict 2", "2014 material_conflict 0",
                     "2015 none 0", "2015 verbal_cooperation 0",
                     "2015 verbal_conflict 0", "2015 material_conflict 1"}));

  // Weeks start on Mondays; a closed window with no match still has its
  // empty weeks for the single group.
  StatementQuery quiet(g_);
  quiet.During(*Interval::Parse("2013-12-30/2014-01-08"));  // Mon ... Wed
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      AggregateTable weeks,
      Aggregate(quiet, {.period = Period::kWeek, .zero_fill = true}));
  ASSERT_EQ(weeks.rows.size(), 2u);
  EXPECT_EQ(weeks.rows[0].period.ToString(), "2013-12-30");
  EXPECT_EQ(weeks.rows[1].period.ToString(), "2014-01-06");
  EXPECT_EQ(weeks.rows[0].count + weeks.rows[1].count, 0u);

  // An open window with no match has nothing to fill.
  StatementQuery none(g_);
  none.By(china_).During(*Interval::Parse("2030/.."));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      AggregateTable empty,
      Aggregate(none, {.period = Period::kDay, .zero_fill = true}));
  EXPECT_TRUE(empty.rows.empty());
}

TEST_F(AggregatesFixtureTest, ZeroFillingRefusesHugeTables) {
  StatementQuery q(g_);
  q.During(*Interval::Parse("0001/9999"));
  // Two speakers with day-dated statements over 3.65 million days.
  EXPECT_THAT(Aggregate(q, {.period = Period::kDay,
                            .group_by = GroupBy::kSpeaker,
                            .zero_fill = true}),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       ::testing::HasSubstr("zero filling")));
}

TEST_F(AggregatesFixtureTest, GroupsAreTypedAndNamed) {
  AggregateGroup quad{.by = GroupBy::kQuadClass};
  EXPECT_EQ(GroupName(g_, quad), "none");
  quad.quad_class = QuadClass::kVerbalConflict;
  EXPECT_EQ(GroupName(g_, quad), "verbal_conflict");
  EXPECT_EQ(GroupName(g_, {.by = GroupBy::kEventCode}), "(uncoded)");
  EXPECT_EQ(GroupName(g_, {.by = GroupBy::kEventRoot, .code = "05"}), "05");
  EXPECT_EQ(GroupName(g_, {.by = GroupBy::kTarget}), "(no target)");
  EXPECT_EQ(GroupName(g_, {.by = GroupBy::kPolarity,
                           .polarity = Polarity::kConflictual}),
            "conflictual");
  EXPECT_EQ(GroupName(g_, {}), "");
  // Typed order: polarities from conflictual to cooperative, a missing quad
  // class first, actors by id with the invalid id last.
  EXPECT_LT((AggregateGroup{.by = GroupBy::kPolarity,
                            .polarity = Polarity::kConflictual}),
            (AggregateGroup{.by = GroupBy::kPolarity,
                            .polarity = Polarity::kNeutral}));
  EXPECT_LT(AggregateGroup{.by = GroupBy::kQuadClass}, quad);
  EXPECT_LT((AggregateGroup{.by = GroupBy::kTarget, .actor = china_}),
            (AggregateGroup{.by = GroupBy::kTarget}));
}

}  // namespace
}  // namespace diplograph
