// The store's bulk path (StatementAppender, and the counting-sort indexing
// of a graph without indexed statements) builds exactly the graph that
// AddStatement builds one statement at a time: same ids, same lists, same
// export.

#include <random>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "diplograph/graph.h"
#include "diplograph/statement_appender.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing/graph_dump.h"
#include "testing/graph_lists.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::AllLists;
using ::diplograph::testing::DumpGraph;
using ::diplograph::testing::IsOk;
using ::diplograph::testing::JsonLinesOf;
using ::diplograph::testing::StatusIs;

struct Row {
  ActorId speaker;
  Date date;
  EventType type;
  std::vector<ActorId> about;
  std::string text;
};

// `n` random statements over `actors` actors, dates and types repeating,
// 1 to 3 distinct targets (self-loops included).
std::vector<Row> RandomRows(std::mt19937& rng, int actors, int n) {
  std::vector<Row> rows;
  std::uniform_int_distribution<int> actor(0, actors - 1), day(0, 60),
      targets(1, 3), type(0, 5);
  for (int i = 0; i < n; ++i) {
    Row r;
    r.speaker = ActorId(static_cast<uint32_t>(actor(rng)));
    r.date =
        *Date::FromYearMonthDay(2014, 1 + day(rng) / 28, 1 + day(rng) % 28);
    const int t = type(rng);
    if (t > 0)
      r.type = EventType{t % 2 ? absl::StrCat(10 * t) : "",
                         absl::StrCat("type ", t)};
    const int k = targets(rng);
    while (static_cast<int>(r.about.size()) < k) {
      const ActorId a(static_cast<uint32_t>(actor(rng)));
      if (std::find(r.about.begin(), r.about.end(), a) == r.about.end()) {
        r.about.push_back(a);
      }
    }
    if (i % 7 == 0) r.text = absl::StrCat("said ", i);
    rows.push_back(std::move(r));
  }
  return rows;
}

void AddActors(Graph& g, int actors) {
  for (int i = 0; i < actors; ++i) {
    Actor a;
    a.name = absl::StrCat("Actor ", i);
    ASSERT_THAT(g.AddActor(a).status(), IsOk());
  }
}

Statement ToStatement(const Row& r) {
  Statement s;
  s.speaker = r.speaker;
  s.date = r.date;
  s.event_type = r.type;
  s.about = r.about;
  s.text = r.text;
  return s;
}

absl::Status AppendAll(Graph& g, const std::vector<Row>& rows) {
  StatementAppender out(g);
  for (const Row& r : rows) {
    absl::StatusOr<uint32_t> type = out.InternEventType(r.type);
    if (!type.ok()) return type.status();
    absl::StatusOr<StatementId> id =
        out.Append(r.speaker, r.date, *type, r.about, r.text);
    if (!id.ok()) return id.status();
  }
  return absl::OkStatus();
}

void ExpectSameGraph(const Graph& a, const Graph& b) {
  EXPECT_EQ(AllLists(a), AllLists(b));
  EXPECT_EQ(DumpGraph(a), DumpGraph(b));
  EXPECT_EQ(JsonLinesOf(a), JsonLinesOf(b));
}

TEST(BulkIndexTest, AppenderInUpdateMatchesOneByOneAdds) {
  for (uint32_t seed : {1u, 2u, 3u}) {
    std::mt19937 rng(seed);
    const int actors = 5 + static_cast<int>(seed) * 20;
    const std::vector<Row> rows = RandomRows(rng, actors, 3000);
    Graph one, bulk, update;
    AddActors(one, actors);
    AddActors(bulk, actors);
    AddActors(update, actors);
    for (const Row& r : rows) {
      ASSERT_THAT(one.AddStatement(ToStatement(r)).status(), IsOk());
    }
    bulk.Reserve(rows.size(), 3 * rows.size());
    ASSERT_THAT(bulk.Update([&](Graph& g) { return AppendAll(g, rows); }),
                IsOk());
    ASSERT_THAT(update.Update([&](Graph& g) -> absl::Status {
      for (const Row& r : rows) {
        absl::StatusOr<StatementId> id = g.AddStatement(ToStatement(r));
        if (!id.ok()) return id.status();
      }
      return absl::OkStatus();
    }),
                IsOk());
    SCOPED_TRACE(seed);
    ExpectSameGraph(one, bulk);
    ExpectSameGraph(one, update);
  }
}

// The index build on several threads (StatementAppender::SetIndexThreads)
// gives the lists of the one-thread build: random statements, a few of
// them linking to earlier ones, and a speaker who says most of them (the
// pair index's parts are split by entries, not by speakers).
TEST(BulkIndexTest, IndexThreadsGiveTheOneThreadLists) {
  for (uint32_t seed : {1u, 2u, 3u}) {
    std::mt19937 rng(seed);
    const int actors = seed == 3 ? 3 : 5 + static_cast<int>(seed) * 40;
    std::vector<Row> rows = RandomRows(rng, actors, 4000);
    if (seed == 2) {
      for (size_t i = 0; i < rows.size(); i += 3) rows[i].speaker = ActorId(7);
    }
    auto add = [&rows](Graph& g) -> absl::Status {
      if (absl::Status st = AppendAll(g, rows); !st.ok()) return st;
      for (uint32_t i = 0; i < 50; ++i) {
        Statement s = ToStatement(rows[i]);
        s.links.push_back({StatementId(i * 7), StatementLinkKind::kRespondsTo,
                           Polarity::kNeutral});
        if (i % 2 == 0) {
          s.links.push_back({StatementId(i * 3 + 1),
                             StatementLinkKind::kRefersTo,
                             Polarity::kConflictual});
        }
        absl::StatusOr<StatementId> id = g.AddStatement(s);
        if (!id.ok()) return id.status();
      }
      return absl::OkStatus();
    };
    for (int threads : {2, 3, 4}) {
      SCOPED_TRACE(absl::StrCat("seed ", seed, ", threads ", threads));
      Graph one, many;
      AddActors(one, actors);
      AddActors(many, actors);
      ASSERT_THAT(one.Update(add), IsOk());
      StatementAppender(many).SetIndexThreads(threads);
      ASSERT_THAT(many.Update(add), IsOk());
      ExpectSameGraph(one, many);
      // A later batch merges into the lists as usual.
      for (Graph* g : {&one, &many}) {
        ASSERT_THAT(g->Update([&](Graph& h) { return AppendAll(h, rows); }),
                    IsOk());
      }
      ExpectSameGraph(one, many);
    }
  }
}

// No statements, and statements without targets, on several threads.
TEST(BulkIndexTest, IndexThreadsOnEmptyAndTargetlessBatches) {
  Graph empty;
  AddActors(empty, 3);
  StatementAppender(empty).SetIndexThreads(2);
  ASSERT_THAT(empty.Update([](Graph&) { return absl::OkStatus(); }), IsOk());
  EXPECT_EQ(AllLists(empty), [] {
    Graph g;
    AddActors(g, 3);
    return AllLists(g);
  }());
  std::mt19937 rng(5);
  std::vector<Row> rows = RandomRows(rng, 4, 500);
  for (Row& r : rows) r.about.clear();
  Graph one, many;
  AddActors(one, 4);
  AddActors(many, 4);
  StatementAppender(many).SetIndexThreads(2);
  ASSERT_THAT(one.Update([&](Graph& g) { return AppendAll(g, rows); }), IsOk());
  ASSERT_THAT(many.Update([&](Graph& g) { return AppendAll(g, rows); }),
              IsOk());
  ExpectSameGraph(one, many);
}

TEST(BulkIndexTest, AppenderOutsideUpdateAndAfterEarlierStatements) {
  std::mt19937 rng(7);
  const std::vector<Row> first = RandomRows(rng, 30, 500);
  const std::vector<Row> second = RandomRows(rng, 30, 500);
  Graph one, bulk;
  AddActors(one, 30);
  AddActors(bulk, 30);
  for (const Row& r : first) {
    ASSERT_THAT(one.AddStatement(ToStatement(r)).status(), IsOk());
  }
  for (const Row& r : second) {
    ASSERT_THAT(one.AddStatement(ToStatement(r)).status(), IsOk());
  }
  // Outside Update(): statements in and out of date order, then a second
  // batch merged into the lists of the first.
  ASSERT_THAT(AppendAll(bulk, first), IsOk());
  ExpectSameGraph(bulk, bulk);  // reads index the waiting statements
  ASSERT_THAT(bulk.Update([&](Graph& g) { return AppendAll(g, second); }),
              IsOk());
  ExpectSameGraph(one, bulk);
}

TEST(BulkIndexTest, AppenderErrorsAreAddStatementsAndChangeNothing) {
  Graph g;
  AddActors(g, 3);
  StatementAppender out(g);
  const std::string before = DumpGraph(g);
  const Date day = *Date::FromYearMonthDay(2014, 3, 1);
  const ActorId twice[] = {ActorId(1), ActorId(1)};
  EXPECT_THAT(out.Append(ActorId(0), day, 0, twice).status(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       ::testing::HasSubstr("about[1]")));
  const ActorId unknown[] = {ActorId(9)};
  EXPECT_THAT(out.Append(ActorId(0), day, 0, unknown).status(),
              StatusIs(absl::StatusCode::kNotFound, ::testing::_));
  EXPECT_THAT(out.Append(ActorId(5), day, 0, {}).status(),
              StatusIs(absl::StatusCode::kNotFound, ::testing::_));
  EXPECT_THAT(out.Append(ActorId(0), day, 0, {}, "\xff").status(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       ::testing::HasSubstr("text: invalid UTF-8")));
  EXPECT_THAT(out.InternEventType(EventType{"1x", "bad"}).status(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       ::testing::HasSubstr("event_type")));
  EXPECT_EQ(DumpGraph(g), before);
}

TEST(BulkIndexTest, RolledBackBatchLeavesTheGraphAsItWas) {
  std::mt19937 rng(11);
  const std::vector<Row> rows = RandomRows(rng, 20, 400);
  Graph g;
  AddActors(g, 20);
  const std::string before = DumpGraph(g);
  EXPECT_THAT(g.Update([&](Graph& h) -> absl::Status {
    if (absl::Status st = AppendAll(h, rows); !st.ok()) return st;
    return absl::AbortedError("give up");
  }),
              StatusIs(absl::StatusCode::kAborted, ::testing::_));
  EXPECT_EQ(DumpGraph(g), before);
  // And the graph still loads the batch afterwards.
  ASSERT_THAT(g.Update([&](Graph& h) { return AppendAll(h, rows); }), IsOk());
  EXPECT_EQ(g.statement_count(), rows.size());
}

}  // namespace
}  // namespace diplograph
