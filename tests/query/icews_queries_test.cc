// Statement queries on real event data: the committed ICEWS 2014 sample
// (data/samples/icews14_sample.tsv) imported with the ICEWS importer, whose
// "Sector (Country)" actors are affiliated to their country, then hundreds
// of random queries checked against a plain scan over every statement.

#include <algorithm>
#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "diplograph/diplograph.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "query/random_graph.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

class IcewsQueriesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    graph_ = new Graph;
    const absl::Status status = ImportIcewsQuadruplesFile(
        std::string(DIPLOGRAPH_SOURCE_DIR) + "/data/samples/icews14_sample.tsv",
        *graph_);
    ASSERT_TRUE(status.ok()) << status;
    // Actors by number of statements they speak, busiest first.
    for (uint32_t i = 0; i < graph_->actor_count(); ++i) {
      busiest_->push_back(ActorId(i));
    }
    std::stable_sort(busiest_->begin(), busiest_->end(),
                     [](ActorId a, ActorId b) {
                       return graph_->StatementsBy(a).size() >
                              graph_->StatementsBy(b).size();
                     });
  }
  static void TearDownTestSuite() {
    delete graph_;
    graph_ = nullptr;
  }

  // A busy actor half of the time, any actor otherwise.
  static ActorId PickActor(std::mt19937& rng) {
    if (rng() % 2) return (*busiest_)[rng() % 20];
    return ActorId(static_cast<uint32_t>(rng() % graph_->actor_count()));
  }

  static Interval PickWindow(std::mt19937& rng) {
    switch (rng() % 4) {
      case 0:
        return Interval();
      case 1:
        return *Interval::Parse("2013-01-01/2013-12-31");  // before the data
      default: {
        const Date start = Date::FromYearMonthDay(2014, 1, 1)
                               ->PlusDays(static_cast<int>(rng() % 365));
        const Date end = start.PlusDays(static_cast<int>(rng() % 120));
        return *Interval::Make(start, end);
      }
    }
  }

  static Graph* graph_;
  static std::vector<ActorId>* busiest_;
};

Graph* IcewsQueriesTest::graph_ = nullptr;
std::vector<ActorId>* IcewsQueriesTest::busiest_ = new std::vector<ActorId>;

TEST_F(IcewsQueriesTest, SampleHasSectorHierarchies) {
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId china, graph_->FindActor("China"));
  EXPECT_FALSE(graph_->MembersOf(china).empty());
  EXPECT_GT(graph_->statement_count(), 2500u);
}

TEST_F(IcewsQueriesTest, RandomQueriesMatchAPlainScan) {
  std::mt19937 rng(2014);
  testing::StandsForMemo stands(*graph_);
  int nonempty = 0;
  for (int i = 0; i < 500; ++i) {
    StatementQuery q(*graph_);
    const bool hier = rng() % 2;
    if (hier) q.WithAffiliates();
    const ActorId a = PickActor(rng);
    const ActorId b = PickActor(rng);
    auto targets = [&stands, hier](const StatementView& s, ActorId root) {
      for (ActorId t : s.about()) {
        if (stands(t, root, s.date(), hier)) return true;
      }
      return false;
    };
    std::function<bool(const StatementView&)> rel;
    std::string desc = hier ? "hierarchy " : "";
    switch (rng() % 4) {
      case 0:
        q.By(a);
        rel = [&, a](const StatementView& s) {
          return stands(s.speaker(), a, s.date(), hier);
        };
        absl::StrAppend(&desc, "By ", graph_->actor(a).name);
        break;
      case 1:
        q.About(a);
        rel = [&, a](const StatementView& s) { return targets(s, a); };
        absl::StrAppend(&desc, "About ", graph_->actor(a).name);
        break;
      case 2:
        q.Involving(a);
        rel = [&, a](const StatementView& s) {
          return stands(s.speaker(), a, s.date(), hier) || targets(s, a);
        };
        absl::StrAppend(&desc, "Involving ", graph_->actor(a).name);
        break;
      default:
        q.Between(a, b);
        rel = [&, a, b](const StatementView& s) {
          return (stands(s.speaker(), a, s.date(), hier) && targets(s, b)) ||
                 (stands(s.speaker(), b, s.date(), hier) && targets(s, a));
        };
        absl::StrAppend(&desc, "Between ", graph_->actor(a).name, " and ",
                        graph_->actor(b).name);
    }
    const Interval window = PickWindow(rng);
    q.During(window);
    absl::StrAppend(&desc, " during ", window.ToString());
    int quad = 0;
    if (rng() % 3 == 0) {
      quad = 1 + static_cast<int>(rng() % 4);
      q.InQuadClass(static_cast<QuadClass>(quad));
      absl::StrAppend(&desc, " quad ", quad);
    }
    const std::vector<StatementId> expected =
        testing::OracleScan(*graph_, [&](const StatementView& s) {
          if (!testing::OracleInWindow(s.date(), window)) return false;
          if (quad != 0) {
            absl::StatusOr<QuadClass> c = QuadClassOfCode(s.event_type().code);
            if (!c.ok() || static_cast<int>(*c) != quad) return false;
          }
          return rel(s);
        });
    absl::StatusOr<StatementCursor> cursor = q.Run();
    ASSERT_TRUE(cursor.ok()) << desc << ": " << cursor.status();
    std::vector<StatementId> got;
    for (StatementId id : *cursor) got.push_back(id);
    ASSERT_EQ(got, expected) << desc;
    if (!expected.empty()) ++nonempty;
  }
  // The queries must exercise real answers, not only empty ones.
  EXPECT_GT(nonempty, 120) << nonempty;
}

}  // namespace
}  // namespace diplograph

namespace diplograph {
namespace {

// The questions a new user asked of ICEWS, answered by the library and
// checked against a hand count over every statement.
TEST_F(IcewsQueriesTest, TheTenActorsThatSaidMostAboutChinaIn2014) {
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId china, graph_->FindActor("China"));
  StatementQuery q(*graph_);
  q.About(china).During(*Interval::Parse("2014"));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(std::vector<AggregateRow> top,
                                  TopGroups(q, GroupBy::kSpeaker, 10));
  std::vector<uint64_t> by_speaker(graph_->actor_count(), 0);
  uint64_t total = 0;
  for (uint32_t i = 0; i < graph_->statement_count(); ++i) {
    const StatementView s = graph_->statement(StatementId(i));
    if (s.date().year() != 2014) continue;
    if (std::find(s.about().begin(), s.about().end(), china) ==
        s.about().end()) {
      continue;
    }
    ++by_speaker[s.speaker().value];
    ++total;
  }
  std::vector<std::pair<uint64_t, uint32_t>> want;  // (-count order, id)
  for (uint32_t i = 0; i < by_speaker.size(); ++i) {
    if (by_speaker[i] > 0) want.emplace_back(by_speaker[i], i);
  }
  std::stable_sort(want.begin(), want.end(), [](const auto& a, const auto& b) {
    return a.first > b.first;
  });
  ASSERT_GT(want.size(), 10u);
  ASSERT_EQ(top.size(), 10u);
  for (size_t k = 0; k < 10; ++k) {
    EXPECT_EQ(top[k].count, want[k].first) << k;
    EXPECT_EQ(top[k].group.actor, ActorId(want[k].second)) << k;
  }

  // The same matches as a monthly series for a plot: twelve months, the
  // empty ones with 0, summing to the total.
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      AggregateTable series,
      Aggregate(q, {.period = Period::kMonth, .zero_fill = true}));
  ASSERT_EQ(series.rows.size(), 12u);
  uint64_t sum = 0;
  for (size_t m = 0; m < 12; ++m) {
    EXPECT_EQ(series.rows[m].period.month(), static_cast<int>(m + 1));
    sum += series.rows[m].count;
  }
  EXPECT_EQ(sum + series.unplaced, total);
}

TEST_F(IcewsQueriesTest, ASurnameFindsTheFullName) {
  EXPECT_FALSE(graph_->FindActor("Medvedev").ok());  // exact names only
  const ActorSearchIndex index(*graph_);
  const std::vector<ActorMatch> found = index.Search("Medvedev");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].name, "Dmitry Anatolyevich Medvedev");
  EXPECT_EQ(found[0].actor, *graph_->FindActor("Dmitry Anatolyevich Medvedev"));
}

}  // namespace
}  // namespace diplograph
