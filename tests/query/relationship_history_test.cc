#include "diplograph/relationship_history.h"

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
using Key = std::tuple<Date, uint32_t, uint32_t>;  // date, rel, index

class HistoryOracleTest : public ::testing::TestWithParam<uint32_t> {};

TEST_P(HistoryOracleTest, RandomHistoriesMatchAPlainScan) {
  Graph g;
  testing::BuildRandomGraph(GetParam(), &g);
  std::mt19937 rng(GetParam() + 71);
  const char* const labels[] = {"",
                                "Dual Containment",
                                "dual-deterrence",
                                "strategic partners",
                                "rivals",
                                "allies"};
  size_t nonempty = 0;
  // Pairs that have relationships, plus random ones.
  for (int i = 0; i < 300; ++i) {
    ActorId a, b;
    if (i % 2 == 0 && g.relationship_count() > 0) {
      const Relationship& r =
          g.relationship(RelationshipId(rng() % g.relationship_count()));
      a = rng() % 2 ? r.from : r.to;
      b = a == r.from ? r.to : r.from;
    } else {
      a = ActorId(rng() % g.actor_count());
      b = ActorId(rng() % g.actor_count());
      if (a == b) continue;
    }
    const std::string label = labels[rng() % std::size(labels)];
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(RelationshipHistory h,
                                    HistoryOf(g, a, b, label));
    std::vector<RelationshipId> rels;
    std::vector<Key> for_, against;
    for (uint32_t k = 0; k < g.relationship_count(); ++k) {
      const Relationship& r = g.relationship(RelationshipId(k));
      if (!((r.from == a && r.to == b) || (r.from == b && r.to == a))) continue;
      bool match =
          label.empty() || NormalizeLabel(r.label) == NormalizeLabel(label);
      for (const auto& v : r.label_variants) {
        match = match || NormalizeLabel(v) == NormalizeLabel(label);
      }
      if (!match) continue;
      rels.push_back(RelationshipId(k));
      for (uint32_t x = 0; x < r.evidence.size(); ++x) {
        const Key key{g.statement(r.evidence[x].statement).date(), k, x};
        (r.evidence[x].role == EvidenceRole::kContests ? against : for_)
            .push_back(key);
      }
    }
    std::sort(for_.begin(), for_.end());
    std::sort(against.begin(), against.end());
    EXPECT_EQ(h.relationships, rels);
    auto keys = [&](const std::vector<EvidenceRecord>& v) {
      std::vector<Key> out;
      for (const EvidenceRecord& r : v) {
        out.emplace_back(r.date, r.relationship.value, r.index);
        EXPECT_EQ(r.speaker, g.statement(r.statement).speaker());
        EXPECT_EQ(r.evidence, g.relationship(r.relationship).evidence[r.index]);
      }
      return out;
    };
    EXPECT_EQ(keys(h.supporting), for_);
    EXPECT_EQ(keys(h.contesting), against);
    if (!for_.empty() || !against.empty()) ++nonempty;
  }
  EXPECT_GT(nonempty, 20u);
}

INSTANTIATE_TEST_SUITE_P(Seeds, HistoryOracleTest, ::testing::Values(41u, 42u));

TEST(HistoryTest, Errors) {
  Graph g;
  testing::RandomGraphOptions opt;
  opt.statements = 5;
  testing::BuildRandomGraph(1, &g, opt);
  EXPECT_THAT(HistoryOf(g, ActorId(2), ActorId(2)),
              StatusIs(absl::StatusCode::kInvalidArgument, ::testing::_));
  EXPECT_THAT(HistoryOf(g, ActorId(), ActorId(2)),
              StatusIs(absl::StatusCode::kNotFound, ::testing::_));
}

}  // namespace
}  // namespace diplograph
