// Date-window queries that walk the by-date index alone, on a graph large
// enough for that index to span many blocks (lib/store/date_index.h) and
// grown by commits at random dates (so its blocks were split): the
// results, counts and pages equal the union of the same query per speaker
// (which walks the per-actor lists instead), with and without a residual
// filter.

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "diplograph/graph.h"
#include "diplograph/statement_query.h"
#include "diplograph/statement_range.h"
#include "gtest/gtest.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;

constexpr uint32_t kActors = 6;

class DateWindowBlocksTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (uint32_t i = 0; i < kActors; ++i) {
      ASSERT_THAT(graph_
                      .AddActor({.name = absl::StrCat("Actor ", i),
                                 .kind = ActorKind::kState})
                      .status(),
                  IsOk());
    }
    std::mt19937 rng(21);
    const char* codes[] = {"010", "051", "111", "036"};
    for (int commit = 0; commit < 24; ++commit) {
      ASSERT_THAT(graph_.Update([&](Graph& g) -> absl::Status {
        for (int i = 0; i < 256; ++i) {
          Statement s;
          s.speaker = ActorId(rng() % kActors);
          s.about = {
              ActorId((s.speaker.value + 1 + rng() % (kActors - 1)) % kActors)};
          const int year = 2020 + static_cast<int>(rng() % 3);
          if (rng() % 10 == 0) {
            s.date = *Date::FromYear(year);
          } else {
            s.date =
                *Date::FromYearMonthDay(year, 1 + rng() % 12, 1 + rng() % 28);
          }
          s.event_type = {.code = codes[rng() % 4], .name = "x"};
          if (auto id = g.AddStatement(s); !id.ok()) return id.status();
        }
        return absl::OkStatus();
      }),
                  IsOk());
    }
    const StatementRange all = graph_.StatementsByDate();
    ASSERT_EQ(all.size(), 24u * 256u);
    for (size_t i = 0; i < all.size(); ++i) position_[all[i]] = i;
  }

  // The query per speaker, merged in by-date order.
  std::vector<StatementId> PerSpeaker(const Interval& window,
                                      const char* code) const {
    std::vector<StatementId> out;
    for (uint32_t a = 0; a < kActors; ++a) {
      StatementQuery q(graph_);
      q.By(ActorId(a)).During(window);
      if (code != nullptr) q.EventCode(code);
      absl::StatusOr<StatementCursor> cursor = q.Run();
      EXPECT_TRUE(cursor.ok());
      if (!cursor.ok()) return out;
      for (StatementId id : *cursor) out.push_back(id);
    }
    std::sort(out.begin(), out.end(), [this](StatementId x, StatementId y) {
      return position_.at(x) < position_.at(y);
    });
    return out;
  }

  Graph graph_;
  absl::flat_hash_map<StatementId, size_t> position_;
};

TEST_F(DateWindowBlocksTest, WindowsMatchThePerSpeakerLists) {
  int blocks = 0;
  graph_.StatementsByDate().ForEachBlock(
      [&](absl::Span<const StatementId>) { ++blocks; });
  EXPECT_GT(blocks, 10);  // many blocks, some of them split
  const Interval windows[] = {
      *Interval::Make(*Date::FromYearMonthDay(2020, 1, 1),
                      *Date::FromYearMonthDay(2022, 12, 31)),
      *Interval::Make(*Date::FromYearMonthDay(2021, 3, 5),
                      *Date::FromYearMonthDay(2021, 3, 5)),
      *Interval::Make(*Date::FromYearMonthDay(2020, 6, 10),
                      *Date::FromYearMonthDay(2021, 8, 20)),
      *Interval::Make(*Date::FromYearMonthDay(2022, 2, 1),
                      *Date::FromYearMonthDay(2022, 2, 28)),
  };
  for (const Interval& w : windows) {
    for (const char* code : {static_cast<const char*>(nullptr), "05*"}) {
      SCOPED_TRACE(
          absl::StrCat(w.begin().ToString(), " ", code == nullptr ? "" : code));
      const std::vector<StatementId> want = PerSpeaker(w, code);
      StatementQuery q(graph_);
      q.During(w);
      if (code != nullptr) q.EventCode(code);
      absl::StatusOr<StatementCursor> cursor = q.Run();
      ASSERT_TRUE(cursor.ok());
      if (code == nullptr) {
        EXPECT_EQ(cursor->candidates_left(), want.size());
      }
      std::vector<StatementId> got;
      for (StatementId id : *cursor) got.push_back(id);
      EXPECT_EQ(got, want);
      absl::StatusOr<size_t> count = q.Count();
      ASSERT_TRUE(count.ok());
      EXPECT_EQ(*count, want.size());
      // Pages of an odd size, resumed from their tokens, cross block ends.
      std::vector<StatementId> paged;
      PageToken token;
      for (int guard = 0; guard < 10000; ++guard) {
        absl::StatusOr<StatementPage> page = q.Page(97, token);
        ASSERT_TRUE(page.ok());
        paged.insert(paged.end(), page->ids.begin(), page->ids.end());
        token = page->next;
        if (!page->has_more) break;
      }
      EXPECT_EQ(paged, want);
    }
  }
}

}  // namespace
}  // namespace diplograph
