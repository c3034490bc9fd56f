#include "diplograph/timeline.h"

#include <algorithm>
#include <cstdint>
#include <random>
#include <tuple>
#include <vector>

#include "diplograph/graph.h"
#include "gtest/gtest.h"
#include "query/random_graph.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::StatusIs;
// (date, 0 statement / 1 change, statement or relationship id, kind,
// evidence index)
using Key = std::tuple<Date, int, uint32_t, int, uint32_t>;

Key KeyOf(const TimelineEntry& e) {
  if (e.kind == TimelineEntryKind::kStatement) {
    return {e.date, 0, e.statement.value, 0, 0};
  }
  return {e.date, 1, e.relationship.value, static_cast<int>(e.kind),
          e.evidence_index};
}

class TimelineOracleTest : public ::testing::TestWithParam<uint32_t> {};

TEST_P(TimelineOracleTest, RandomTimelinesMatchAPlainScan) {
  Graph g;
  testing::BuildRandomGraph(GetParam(), &g);
  std::mt19937 rng(GetParam() + 61);
  const uint32_t n = static_cast<uint32_t>(g.actor_count());
  size_t with_changes = 0;
  for (int i = 0; i < 200; ++i) {
    ActorId a(rng() % 12), b(rng() % 12);
    if (rng() % 4 == 0) b = ActorId(rng() % n);
    if (a == b) continue;
    const Interval window =
        rng() % 3 ? testing::RandomInterval(rng) : Interval();
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(PairTimeline t,
                                    PairTimeline::Make(g, a, b, window));
    std::vector<Key> got;
    TimelineEntry e;
    while (t.Next(&e)) {
      if (e.kind != TimelineEntryKind::kStatement) {
        const Relationship& r = g.relationship(e.relationship);
        if (e.kind == TimelineEntryKind::kRelationshipBegins) {
          EXPECT_EQ(e.date, r.valid.begin());
        }
        if (e.kind == TimelineEntryKind::kRelationshipEnds) {
          EXPECT_EQ(e.date, r.valid.end());
        }
        if (e.kind == TimelineEntryKind::kEvidence) {
          EXPECT_EQ(e.role, r.evidence[e.evidence_index].role);
          EXPECT_EQ(e.statement, r.evidence[e.evidence_index].statement);
        }
      }
      got.push_back(KeyOf(e));
    }
    std::vector<Key> want;
    for (uint32_t k = 0; k < g.statement_count(); ++k) {
      const StatementView s = g.statement(StatementId(k));
      if (!testing::OracleInWindow(s.date(), window)) continue;
      bool hit = false;
      for (ActorId x : s.about()) {
        hit =
            hit || (s.speaker() == a && x == b) || (s.speaker() == b && x == a);
      }
      if (hit) want.emplace_back(s.date(), 0, k, 0, 0);
    }
    size_t changes = 0;
    for (uint32_t k = 0; k < g.relationship_count(); ++k) {
      const Relationship& r = g.relationship(RelationshipId(k));
      if (!((r.from == a && r.to == b) || (r.from == b && r.to == a))) continue;
      auto add = [&](Date d, TimelineEntryKind kind, uint32_t index) {
        if (testing::OracleInWindow(d, window)) {
          want.emplace_back(d, 1, k, static_cast<int>(kind), index);
          ++changes;
        }
      };
      if (r.valid.begin().is_known()) {
        add(r.valid.begin(), TimelineEntryKind::kRelationshipBegins, 0);
      }
      if (r.valid.end().is_known()) {
        add(r.valid.end(), TimelineEntryKind::kRelationshipEnds, 0);
      }
      for (uint32_t x = 0; x < r.evidence.size(); ++x) {
        add(g.statement(r.evidence[x].statement).date(),
            TimelineEntryKind::kEvidence, x);
      }
    }
    if (changes > 0) ++with_changes;
    std::sort(want.begin(), want.end());
    EXPECT_EQ(got, want);
  }
  EXPECT_GT(with_changes, 5u);
}

INSTANTIATE_TEST_SUITE_P(Seeds, TimelineOracleTest,
                         ::testing::Values(31u, 32u, 33u));

// Range-for walks the same entries as Next(), with affiliates on any side.
TEST_P(TimelineOracleTest, RangeForYieldsWhatNextYields) {
  Graph g;
  testing::BuildRandomGraph(GetParam(), &g);
  std::mt19937 rng(GetParam() + 67);
  size_t entries = 0;
  for (int i = 0; i < 60; ++i) {
    const ActorId a(rng() % 6), b(rng() % 6);
    if (a == b) continue;
    const Interval window =
        rng() % 3 ? testing::RandomInterval(rng) : Interval();
    const AffiliateSides sides = static_cast<AffiliateSides>(rng() % 4);
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(PairTimeline by_next,
                                    PairTimeline::Make(g, a, b, window, sides));
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(PairTimeline by_range,
                                    PairTimeline::Make(g, a, b, window, sides));
    std::vector<Key> want;
    TimelineEntry e;
    while (by_next.Next(&e)) want.push_back(KeyOf(e));
    std::vector<Key> got;
    for (const TimelineEntry& entry : by_range) got.push_back(KeyOf(entry));
    EXPECT_EQ(got, want);
    entries += got.size();
    // Walked once: a second loop finds nothing left.
    EXPECT_EQ(by_range.begin(), by_range.end());
  }
  EXPECT_GT(entries, 50u);
}

TEST(TimelineTest, Errors) {
  Graph g;
  testing::RandomGraphOptions opt;
  opt.statements = 5;
  testing::BuildRandomGraph(1, &g, opt);
  EXPECT_THAT(PairTimeline::Make(g, ActorId(1), ActorId(1)),
              StatusIs(absl::StatusCode::kInvalidArgument, ::testing::_));
  EXPECT_THAT(PairTimeline::Make(g, ActorId(1), ActorId(500)),
              StatusIs(absl::StatusCode::kNotFound, ::testing::_));
}

}  // namespace
}  // namespace diplograph
