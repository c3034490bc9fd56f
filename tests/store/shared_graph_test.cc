// SharedGraph (shared_graph.h): readers see whole commits only, a failed
// batch is invisible to them, a reader holding a view never blocks the
// publication of the next commit to new readers, and many readers with one
// writer agree with what was written. Most telling under ThreadSanitizer
// (.ci/run builds and runs this suite with -fsanitize=thread).

#include "diplograph/shared_graph.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "diplograph/centrality.h"
#include "diplograph/graph.h"
#include "diplograph/json.h"
#include "diplograph/network.h"
#include "diplograph/statement_query.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "store/shared_graph_testing.h"
#include "testing/graph_dump.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::Difference;
using ::diplograph::testing::IsOk;
using ::diplograph::testing::StatusIs;
using ::testing::HasSubstr;

constexpr uint32_t kActors = 16;
constexpr uint32_t kBatch = 32;

// Adds the actors the statements speak of.
absl::Status AddActors(Graph& g) {
  for (uint32_t i = 0; i < kActors; ++i) {
    Actor a;
    a.name = absl::StrCat("Actor ", i);
    a.kind = ActorKind::kState;
    absl::StatusOr<ActorId> id = g.AddActor(a);
    if (!id.ok()) return id.status();
  }
  return absl::OkStatus();
}

// Statement `i`, dated out of order (a pseudo-random day over 20 years).
Statement StatementOf(uint64_t i) {
  const uint64_t h = (i + 1) * 0x9E3779B97F4A7C15ull;
  Statement s;
  s.speaker = ActorId(static_cast<uint32_t>(i % kActors));
  s.about = {ActorId(static_cast<uint32_t>((i * 7 + 1) % kActors))};
  if (s.about[0] == s.speaker)
    s.about[0] = ActorId((s.speaker.value + 1) % kActors);
  s.date = *Date::FromYearMonthDay(2000 + static_cast<int>((h >> 20) % 20),
                                   static_cast<int>((h >> 30) % 12) + 1,
                                   static_cast<int>((h >> 40) % 28) + 1);
  s.text = absl::StrCat("statement ", i);
  return s;
}

// Adds statements [first, first + kBatch).
absl::Status AddBatch(Graph& g, uint64_t first) {
  for (uint64_t i = first; i < first + kBatch; ++i) {
    absl::StatusOr<StatementId> id = g.AddStatement(StatementOf(i));
    if (!id.ok()) return id.status();
  }
  return absl::OkStatus();
}

// Adds half a batch, then fails, as a batch with a bad record would.
absl::Status FailingBatch(Graph& g, uint64_t first) {
  for (uint64_t i = first; i < first + kBatch / 2; ++i) {
    absl::StatusOr<StatementId> id = g.AddStatement(StatementOf(i));
    if (!id.ok()) return id.status();
  }
  Statement bad;
  bad.speaker = ActorId(kActors + 100);  // no such actor
  bad.text = "unknown speaker";
  return g.AddStatement(bad).status();
}

// Adds the actors and two sources for RichBatch.
absl::Status AddActorsAndSources(Graph& g) {
  if (absl::Status s = AddActors(g); !s.ok()) return s;
  for (int i = 0; i < 2; ++i) {
    absl::StatusOr<SourceId> id = g.AddSource(
        {.title = absl::StrCat("Source ", i), .outlet = ActorId(1)});
    if (!id.ok()) return id.status();
  }
  return absl::OkStatus();
}

// Statement `i` with the rarer fields too: a source and span, reports,
// topics, stances, links to earlier statements, co-speakers and further
// mentions, so that every list and side table of the store is replayed.
Statement RichStatementOf(uint64_t i) {
  Statement s = StatementOf(i);
  const auto other = [&](uint64_t k) {
    ActorId a(static_cast<uint32_t>(k % kActors));
    while (a == s.speaker || a == s.about[0])
      a = ActorId((a.value + 1) % kActors);
    return a;
  };
  if (i % 3 == 0) {
    s.source = SourceId(static_cast<uint32_t>(i % 2));
    s.span = TextSpan{.begin = static_cast<uint32_t>(i),
                      .end = static_cast<uint32_t>(i + 10)};
    s.reported_by = {{.outlet = other(i + 3)}};
  }
  if (i % 4 == 1) s.topics = {"topic", absl::StrCat("topic ", i % 5)};
  if (i % 5 == 2)
    s.stances = {{.target = s.about[0], .polarity = Polarity::kConflictual}};
  if (i > 0 && i % 2 == 0) {
    s.links = {{.statement = StatementId(static_cast<uint32_t>(i / 2)),
                .kind = StatementLinkKind::kRefersTo}};
  }
  if (i % 7 == 3) s.co_speakers = {other(i + 5)};
  if (i % 6 == 4) s.mentions = {{.source = SourceId(1)}};
  if (i % 8 == 5) s.event_type = EventType{"051", "Praise or endorse"};
  return s;
}

absl::Status AddRichBatch(Graph& g, uint64_t first) {
  for (uint64_t i = first; i < first + kBatch; ++i) {
    absl::StatusOr<StatementId> id = g.AddStatement(RichStatementOf(i));
    if (!id.ok()) return id.status();
  }
  return absl::OkStatus();
}

// What a reader checks on one view: every count and list agrees with a
// graph made of whole commits (the actors, then kBatch statements a
// commit). Returns a description of the first disagreement, or "".
std::string CheckWhole(const SharedGraph::Reader& view) {
  const Graph& g = view.graph();
  const uint64_t commit = view.commit();
  const uint64_t statements = commit == 0 ? 0 : (commit - 1) * kBatch;
  if (g.actor_count() != (commit == 0 ? 0 : kActors)) {
    return absl::StrCat("commit ", commit, ": ", g.actor_count(), " actors");
  }
  if (g.statement_count() != statements) {
    return absl::StrCat("commit ", commit, ": ", g.statement_count(),
                        " statements, want ", statements);
  }
  if (g.StatementsByDate().size() != statements) {
    return absl::StrCat("commit ", commit, ": by-date list holds ",
                        g.StatementsByDate().size());
  }
  size_t by = 0, about = 0;
  for (uint32_t a = 0; a < g.actor_count(); ++a) {
    by += g.StatementsBy(ActorId(a)).size();
    about += g.StatementsAbout(ActorId(a)).size();
  }
  if (by != statements || about != statements) {
    return absl::StrCat("commit ", commit, ": per-actor lists hold ", by,
                        " and ", about);
  }
  const StatementRange dated = g.StatementsByDate();
  for (size_t i = 1; i < dated.size(); ++i) {
    if (g.statement(dated[i]).date() < g.statement(dated[i - 1]).date()) {
      return absl::StrCat("commit ", commit, ": by-date out of order at ", i);
    }
  }
  return "";
}

// Waits up to a minute for `done` to reach `want`; returns its value.
int AwaitAtLeast(const std::atomic<int>& done, int want) {
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (done.load() < want && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::yield();
  }
  return done.load();
}

TEST(SharedGraphTest, StartsEmpty) {
  SharedGraph shared;
  EXPECT_EQ(shared.copies(), 4);
  SharedGraph::Reader view = shared.Read();
  EXPECT_EQ(view.commit(), 0u);
  EXPECT_EQ(view->statement_count(), 0u);
  EXPECT_EQ(shared.commits(), 0u);
}

TEST(SharedGraphTest, CopiesAreClamped) {
  EXPECT_EQ(SharedGraph({.copies = 0}).copies(), 2);
  EXPECT_EQ(SharedGraph({.copies = 2}).copies(), 2);
  EXPECT_EQ(SharedGraph({.copies = 5}).copies(), 5);
  EXPECT_EQ(SharedGraph({.copies = 100}).copies(), SharedGraph::kMaxCopies);
}

// The tests that hold for any number of copies run with 2, 3 and 4.
class SharedGraphCopiesTest : public ::testing::TestWithParam<int> {
 protected:
  SharedGraphOptions Options() const { return {.copies = GetParam()}; }
};

INSTANTIATE_TEST_SUITE_P(Copies, SharedGraphCopiesTest,
                         ::testing::Values(2, 3, 4),
                         [](const ::testing::TestParamInfo<int>& info) {
                           return absl::StrCat("copies", info.param);
                         });

TEST_P(SharedGraphCopiesTest, CommitsShowInEveryCopy) {
  SharedGraph shared(Options());
  ASSERT_THAT(shared.Update(AddActors), IsOk());
  for (uint64_t c = 0; c < 7; ++c) {
    ASSERT_THAT(
        shared.Update([&](Graph& g) { return AddBatch(g, c * kBatch); }),
        IsOk());
    // Two reads in a row may land on any copy: both must agree.
    for (int k = 0; k < 2; ++k) {
      SharedGraph::Reader view = shared.Read();
      EXPECT_EQ(view.commit(), c + 2);
      EXPECT_EQ(CheckWhole(view), "");
    }
  }
  EXPECT_EQ(shared.commits(), 8u);
  // The statement with the same id is the same record in every copy.
  const std::string first = shared.Read([](const Graph& g) {
    return std::string(g.statement(StatementId(7)).text());
  });
  EXPECT_EQ(first, "statement 7");
}

TEST_P(SharedGraphCopiesTest, FailedBatchIsInvisibleAndChangesNothing) {
  SharedGraph shared(Options());
  ASSERT_THAT(shared.Update(AddActors), IsOk());
  ASSERT_THAT(shared.Update([](Graph& g) { return AddBatch(g, 0); }), IsOk());
  EXPECT_THAT(shared.Update([](Graph& g) { return FailingBatch(g, kBatch); }),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("actor#116")));
  SharedGraph::Reader view = shared.Read();
  EXPECT_EQ(view.commit(), 2u);
  EXPECT_EQ(CheckWhole(view), "");
  view.Release();
  // The next batch gets the ids the failed one would have had.
  ASSERT_THAT(shared.Update([](Graph& g) { return AddBatch(g, kBatch); }),
              IsOk());
  for (int k = 0; k < 2; ++k) {
    SharedGraph::Reader v = shared.Read();
    EXPECT_EQ(CheckWhole(v), "");
    EXPECT_EQ(v->statement(StatementId(kBatch)).text(),
              absl::StrCat("statement ", kBatch));
  }
}

TEST_P(SharedGraphCopiesTest, NonDeterministicUpdateIsRefused) {
  SharedGraph shared(Options());
  ASSERT_THAT(shared.Update(AddActors), IsOk());
  int calls = 0;
  // A batch that adds actors is applied by calling the function on each
  // copy: this one adds one actor on the first call, two on the second.
  absl::Status s = shared.Update([&](Graph& g) -> absl::Status {
    ++calls;
    for (int i = 0; i < calls; ++i) {
      absl::StatusOr<ActorId> id =
          g.AddActor({.name = absl::StrCat("Extra ", i)});
      if (!id.ok()) return id.status();
    }
    return absl::OkStatus();
  });
  EXPECT_EQ(calls, 2);  // stops at the first disagreement
  EXPECT_THAT(s, StatusIs(absl::StatusCode::kInternal,
                          HasSubstr("must be deterministic")));
  EXPECT_THAT(
      shared.Update([](Graph& g) { return AddBatch(g, 0); }),
      StatusIs(absl::StatusCode::kInternal, HasSubstr("no further updates")));
  // Readers keep the published commit.
  EXPECT_EQ(shared.Read()->actor_count(), kActors + 1);
  EXPECT_EQ(shared.commits(), 2u);
}

TEST_P(SharedGraphCopiesTest, StatementBatchesCallTheFunctionOnce) {
  SharedGraph shared(Options());
  int calls = 0;
  ASSERT_THAT(shared.Update([&](Graph& g) {
    ++calls;
    return AddActors(g);
  }),
              IsOk());
  EXPECT_EQ(calls, GetParam());  // actors: once on each copy
  for (uint64_t c = 0; c < 5; ++c) {
    calls = 0;
    ASSERT_THAT(shared.Update([&](Graph& g) {
      ++calls;
      return AddBatch(g, c * kBatch);
    }),
                IsOk());
    EXPECT_EQ(calls, 1);  // statements: other copies copy the records
  }
}

// Statement batches reach the other copies from the records of the front:
// after every kind of commit, the view equals a plain Graph given the same
// updates, in its records (the JSON dump) and in every list. The front
// copy moves on each commit, so every copy is compared in turn.
TEST_P(SharedGraphCopiesTest, ReplayedCopiesEqualAPlainGraph) {
  SharedGraph shared(Options());
  Graph plain;
  auto both = [&](auto fn) {
    const absl::Status s = shared.Update(fn);
    EXPECT_EQ(plain.Update(fn).code(), s.code());
    return s;
  };
  auto compare = [&] {
    SharedGraph::Reader view = shared.Read();
    EXPECT_EQ(Difference(view.graph(), plain), "");
    EXPECT_EQ(ToJson(view.graph()), ToJson(plain));
  };
  ASSERT_THAT(both(AddActorsAndSources), IsOk());
  uint64_t next = 0;
  for (int c = 0; c < 16; ++c) {
    SCOPED_TRACE(absl::StrCat("commit ", c));
    if (c % 4 == 2) {
      // A failed batch right after a deferred replay.
      EXPECT_FALSE(both([&](Graph& g) { return FailingBatch(g, next); }).ok());
    } else if (c % 8 == 3) {
      // A batch that also changes older records: an alias, an
      // affiliation, a mention of an old statement.
      ASSERT_THAT(
          both([&](Graph& g) -> absl::Status {
            const ActorId a(static_cast<uint32_t>(c % kActors));
            if (absl::Status s = g.AddAlias(a, absl::StrCat("Alias ", c));
                !s.ok()) {
              return s;
            }
            if (absl::Status s = g.AddAffiliation(
                    a, {.organization = ActorId((a.value + 1) % kActors),
                        .role = absl::StrCat("role ", c)});
                !s.ok()) {
              return s;
            }
            if (absl::Status s = g.AddStatementMention(
                    StatementId(1),
                    {.source = SourceId(0),
                     .span = TextSpan{.begin = static_cast<uint32_t>(c),
                                      .end = static_cast<uint32_t>(c)}});
                !s.ok()) {
              return s;
            }
            return AddRichBatch(g, next);
          }),
          IsOk());
      next += kBatch;
    } else {
      ASSERT_THAT(both([&](Graph& g) { return AddRichBatch(g, next); }),
                  IsOk());
      next += kBatch;
    }
    compare();
  }
  // A few more statement batches bring the other copies up to date and
  // are compared from them.
  for (int c = 0; c < GetParam(); ++c) {
    ASSERT_THAT(both([&](Graph& g) { return AddRichBatch(g, next); }), IsOk());
    next += kBatch;
    compare();
  }
}

// Batches of statements that use every field (several targets, relay
// chains, mentions with their own sources, quotes, texts, co-speakers,
// event types, dates of every precision), with actor, source,
// relationship and event commits between them and failed batches: every
// copy, once brought up to date, equals a plain Graph given the same
// batches, in its dump, its JSON export and every list. Copies are
// compared every third commit, so that some catch up on several commits at
// once.
TEST_P(SharedGraphCopiesTest, EveryCopyEqualsAPlainGraphAfterFullBatches) {
  using ::diplograph::internal::SharedGraphTestPeer;
  using ::diplograph::testing::AddFullStatements;
  using ::diplograph::testing::AddFullWorld;
  using ::diplograph::testing::DumpGraph;
  SharedGraph shared(Options());
  Graph plain;
  auto both = [&](auto fn) {
    const absl::Status s = shared.Update(fn);
    EXPECT_EQ(plain.Update(fn).code(), s.code()) << s;
    return s;
  };
  ASSERT_THAT(both(AddFullWorld), IsOk());
  uint64_t next = 0;
  for (int c = 0; c < 24; ++c) {
    SCOPED_TRACE(absl::StrCat("commit ", c));
    const uint64_t n = 20 + static_cast<uint64_t>(c % 5) * 9;
    if (c % 6 == 2) {
      // Adds statements (new strings, event types, co-speakers), then
      // fails: rolled back on the copy the writer took.
      EXPECT_THAT(both([&](Graph& g) -> absl::Status {
                    if (absl::Status s = AddFullStatements(g, next + 5000, n);
                        !s.ok()) {
                      return s;
                    }
                    Statement bad;
                    bad.speaker = ActorId(3);
                    bad.about = {ActorId(100000)};  // no such actor
                    return g.AddStatement(bad).status();
                  }),
                  StatusIs(absl::StatusCode::kNotFound, ::testing::_));
    } else if (c % 6 == 4) {
      // Other records: an actor, a source, a relationship with evidence
      // and an event (with a new event type), then statements that use
      // them.
      ASSERT_THAT(
          both([&](Graph& g) -> absl::Status {
            absl::StatusOr<ActorId> actor =
                g.AddActor({.name = absl::StrCat("Newcomer ", c),
                            .kind = ActorKind::kOrganization});
            if (!actor.ok()) return actor.status();
            absl::StatusOr<SourceId> source =
                g.AddSource({.title = absl::StrCat("Report ", c)});
            if (!source.ok()) return source.status();
            absl::StatusOr<RelationshipId> rel =
                g.AddRelationship({.from = ActorId(2),
                                   .to = *actor,
                                   .label = "strategic partners",
                                   .evidence = {{.statement = StatementId(0),
                                                 .source = *source}}});
            if (!rel.ok()) return rel.status();
            absl::StatusOr<EventId> event =
                g.AddEvent({.label = absl::StrCat("Summit ", c),
                            .date = *Date::FromYearMonth(2021, 1 + c % 12),
                            .participants = {ActorId(2), *actor},
                            .event_type = {absl::StrCat("04", c % 10),
                                           absl::StrCat("Meet ", c)}});
            if (!event.ok()) return event.status();
            return AddFullStatements(g, next, n);
          }),
          IsOk());
      next += n;
    } else {
      ASSERT_THAT(both([&](Graph& g) { return AddFullStatements(g, next, n); }),
                  IsOk());
      next += n;
    }
    {
      SharedGraph::Reader view = shared.Read();
      ASSERT_EQ(Difference(view.graph(), plain), "");
    }
    if (c % 3 == 2 || c == 23) {
      ASSERT_THAT(SharedGraphTestPeer::CatchUpAll(shared), IsOk());
      const std::string dump = DumpGraph(plain);
      const std::string json = ToJson(plain);
      for (int copy = 0; copy < shared.copies(); ++copy) {
        SCOPED_TRACE(absl::StrCat("copy ", copy));
        const Graph& g = SharedGraphTestPeer::Copy(shared, copy);
        EXPECT_EQ(Difference(g, plain), "");
        EXPECT_EQ(DumpGraph(g), dump);
        EXPECT_EQ(ToJson(g), json);
      }
    }
  }
  EXPECT_GT(plain.statement_count(), 400u);
}

// A batch in date order (appended at the end of every list) and an empty
// batch take the same replay path.
TEST_P(SharedGraphCopiesTest, InOrderAndEmptyBatches) {
  SharedGraph shared(Options());
  Graph plain;
  ASSERT_THAT(shared.Update(AddActors), IsOk());
  ASSERT_THAT(plain.Update(AddActors), IsOk());
  auto in_order = [](Graph& g) -> absl::Status {
    const uint64_t first = g.statement_count();
    for (uint64_t i = first; i < first + kBatch; ++i) {
      Statement s = StatementOf(i);
      s.date = *Date::FromYearMonthDay(2030, 1, 1);
      s.date = s.date.PlusDays(static_cast<int>(i));
      absl::StatusOr<StatementId> id = g.AddStatement(s);
      if (!id.ok()) return id.status();
    }
    return absl::OkStatus();
  };
  auto nothing = [](Graph&) { return absl::OkStatus(); };
  for (int c = 0; c < 9; ++c) {
    auto fn = [&](Graph& g) { return c % 3 == 1 ? nothing(g) : in_order(g); };
    ASSERT_THAT(shared.Update(fn), IsOk());
    ASSERT_THAT(plain.Update(fn), IsOk());
    EXPECT_EQ(Difference(shared.Read().graph(), plain), "");
  }
  EXPECT_EQ(shared.commits(), 10u);
}

TEST_P(SharedGraphCopiesTest, ReaderMoves) {
  SharedGraph shared(Options());
  ASSERT_THAT(shared.Update(AddActors), IsOk());
  SharedGraph::Reader a = shared.Read();
  SharedGraph::Reader b = std::move(a);
  EXPECT_EQ(b->actor_count(), kActors);
  SharedGraph::Reader c = shared.Read();
  c = std::move(b);
  EXPECT_EQ(c.commit(), 1u);
  c.Release();
  c.Release();  // a second release does nothing
  // No view is left, so updates do not wait.
  for (uint64_t k = 0; k < 4; ++k) {
    EXPECT_THAT(
        shared.Update([&](Graph& g) { return AddBatch(g, k * kBatch); }),
        IsOk());
  }
  EXPECT_EQ(shared.writer_waits().waits, 0u);
}

// Views held over several commits each pin their copy: with k copies, up
// to k - 2 pinned old copies leave the writer a free one; k - 1 (every copy
// but the front) make the next commit wait for a release, which wakes it.
TEST_P(SharedGraphCopiesTest, PinnedCopiesAndTheWaitWhenAllArePinned) {
  const int copies = GetParam();
  SharedGraph shared(Options());
  ASSERT_THAT(shared.Update(AddActors), IsOk());
  uint64_t next = 0;
  auto commit = [&] {
    const uint64_t first = next;
    next += kBatch;
    return shared.Update([first](Graph& g) { return AddBatch(g, first); });
  };
  // One view per commit, copies - 1 of them, each of a different copy.
  std::vector<SharedGraph::Reader> held;
  std::vector<std::string> before;
  for (int k = 0; k < copies - 1; ++k) {
    held.push_back(shared.Read());
    before.push_back(ToJson(held.back().graph()));
    if (k + 1 < copies - 1) {
      ASSERT_THAT(commit(), IsOk());  // a free copy is left: no wait
    }
  }
  EXPECT_EQ(shared.writer_waits().waits, 0u);
  for (size_t i = 1; i < held.size(); ++i) {
    EXPECT_NE(&held[i].graph(), &held[i - 1].graph());
  }
  // The front is the last held copy. One more commit goes to the one
  // unpinned spare copy and leaves every copy but the front pinned.
  std::atomic<int> done{0};
  std::thread writer([&] {
    EXPECT_THAT(commit(), IsOk());
    done = 1;
    EXPECT_THAT(commit(), IsOk());
    done = 2;
  });
  EXPECT_EQ(AwaitAtLeast(done, 1), 1);
  std::this_thread::sleep_for(std::chrono::milliseconds(30));
  EXPECT_EQ(done.load(), 1);  // the next one waits
  // New readers are not delayed meanwhile, and see the last commit.
  {
    SharedGraph::Reader view = shared.Read();
    EXPECT_EQ(CheckWhole(view), "");
    EXPECT_EQ(view.commit(), static_cast<uint64_t>(copies));
  }
  // The held views did not change.
  for (size_t i = 0; i < held.size(); ++i) {
    EXPECT_EQ(CheckWhole(held[i]), "");
    EXPECT_EQ(ToJson(held[i].graph()), before[i]);
  }
  // Releasing the oldest view frees its copy: the writer wakes.
  held.front().Release();
  writer.join();
  EXPECT_EQ(done.load(), 2);
  const SharedGraph::WaitStats waits = shared.writer_waits();
  EXPECT_EQ(waits.waits, 1u);
  EXPECT_GE(waits.nanoseconds, 20'000'000u);
  held.clear();
  EXPECT_EQ(CheckWhole(shared.Read()), "");
}

// Three copies: a view held across several commits leaves one copy behind
// while the writer alternates between the two others. When that copy is
// next taken, it gets every statement batch it missed, failed batches in
// between included, replayed from the front's records in one step.
TEST(SharedGraphTest, ReplayOfSeveralMissedCommitsOntoALaggingCopy) {
  SharedGraph shared({.copies = 3});
  Graph plain;
  auto both = [&](auto fn) {
    const absl::Status s = shared.Update(fn);
    EXPECT_EQ(plain.Update(fn).code(), s.code());
    return s;
  };
  ASSERT_THAT(both(AddActorsAndSources), IsOk());
  uint64_t next = 0;
  ASSERT_THAT(both([&](Graph& g) { return AddRichBatch(g, next); }), IsOk());
  next += kBatch;
  SharedGraph::Reader lagging = shared.Read();
  const Graph* lagging_copy = &lagging.graph();
  const uint64_t lagging_commit = lagging.commit();
  for (int c = 0; c < 7; ++c) {
    if (c % 3 == 1) {
      EXPECT_FALSE(both([&](Graph& g) { return FailingBatch(g, next); }).ok());
    } else {
      ASSERT_THAT(both([&](Graph& g) { return AddRichBatch(g, next); }),
                  IsOk());
      next += kBatch;
    }
    SharedGraph::Reader view = shared.Read();
    EXPECT_NE(&view.graph(), lagging_copy);  // pinned: never taken
    EXPECT_EQ(Difference(view.graph(), plain), "");
  }
  EXPECT_EQ(shared.writer_waits().waits, 0u);
  EXPECT_EQ(lagging->statement_count(), kBatch);
  EXPECT_EQ(lagging.commit(), lagging_commit);
  lagging.Release();
  // Pin the front; the writer then has the choice between the lagging
  // copy and the one a commit behind, and takes the latter (less to
  // replay). Pin that in turn, and the next commit must take the lagging
  // copy: five statement batches behind.
  SharedGraph::Reader a = shared.Read();
  ASSERT_THAT(both([&](Graph& g) { return AddRichBatch(g, next); }), IsOk());
  next += kBatch;
  SharedGraph::Reader b = shared.Read();
  EXPECT_NE(&b.graph(), lagging_copy);
  // A failed batch on the lagging copy: it is brought up to date, the
  // batch rolls back, nothing is published.
  EXPECT_FALSE(both([&](Graph& g) { return FailingBatch(g, next); }).ok());
  EXPECT_EQ(shared.Read().commit(), b.commit());
  ASSERT_THAT(both([&](Graph& g) { return AddRichBatch(g, next); }), IsOk());
  next += kBatch;
  {
    SharedGraph::Reader view = shared.Read();
    EXPECT_EQ(&view.graph(), lagging_copy);
    EXPECT_EQ(view.commit(), b.commit() + 1);
    EXPECT_EQ(Difference(view.graph(), plain), "");
    EXPECT_EQ(ToJson(view.graph()), ToJson(plain));
  }
  EXPECT_EQ(shared.writer_waits().waits, 0u);
  // The pinned views kept their commits.
  EXPECT_EQ(CheckWhole(a), "");
  EXPECT_EQ(a->statement_count() + kBatch, b->statement_count());
  a.Release();
  b.Release();
  // And the other copies catch up too.
  for (int c = 0; c < 3; ++c) {
    ASSERT_THAT(both([&](Graph& g) { return AddRichBatch(g, next); }), IsOk());
    next += kBatch;
    EXPECT_EQ(Difference(shared.Read().graph(), plain), "");
  }
}

// Three copies and no readers: the writer alternates between two copies
// (the nearest the front) and leaves the third aside, until it lags 4096
// statements; then it takes that one (a bounded replay), so every copy
// keeps being used, and each equals a plain Graph when it is the front.
TEST(SharedGraphTest, ASpareCopyLeftAsideIsCaughtUpInBoundedSteps) {
  SharedGraph shared({.copies = 3});
  Graph plain;
  ASSERT_THAT(shared.Update(AddActors), IsOk());
  ASSERT_THAT(plain.Update(AddActors), IsOk());
  std::vector<const Graph*> fronts;
  // For each copy that has been the front, the last commit it was; the
  // copy not yet seen counts from the start.
  std::vector<int64_t> last_front;
  int64_t longest_aside = 0;
  const int64_t commits = 4 * 4096 / kBatch;
  for (int64_t c = 0; c < commits; ++c) {
    auto fn = [c](Graph& g) {
      return AddBatch(g, static_cast<uint64_t>(c) * kBatch);
    };
    ASSERT_THAT(shared.Update(fn), IsOk());
    ASSERT_THAT(plain.Update(fn), IsOk());
    SharedGraph::Reader view = shared.Read();
    const Graph* front = &view.graph();
    auto it = std::find(fronts.begin(), fronts.end(), front);
    if (it == fronts.end()) {
      fronts.push_back(front);
      last_front.push_back(-1);
      it = fronts.end() - 1;
      // A copy becomes the front for the first time: compare it whole.
      EXPECT_EQ(Difference(view.graph(), plain), "") << "commit " << c;
    }
    last_front[static_cast<size_t>(it - fronts.begin())] = c;
    int64_t oldest = fronts.size() < 3 ? -1 : c;
    for (int64_t at : last_front) oldest = std::min(oldest, at);
    longest_aside = std::max(longest_aside, c - oldest);
  }
  EXPECT_EQ(fronts.size(), 3u);
  // No copy stays aside for much more than 4096 statements.
  EXPECT_LE(longest_aside, 4096 / kBatch + 2);
  EXPECT_GE(longest_aside, 4096 / kBatch - 2);
  EXPECT_EQ(Difference(shared.Read().graph(), plain), "");
  EXPECT_EQ(shared.writer_waits().waits, 0u);
}

// A batch that does more than add statements is applied to every copy
// before Update() returns, so it waits for the readers of each old copy;
// a lagging copy is first brought up to date.
TEST(SharedGraphTest, OtherBatchesReachEveryCopy) {
  SharedGraph shared({.copies = 3});
  Graph plain;
  ASSERT_THAT(shared.Update(AddActors), IsOk());
  ASSERT_THAT(plain.Update(AddActors), IsOk());
  uint64_t next = 0;
  auto statements = [&] {
    const uint64_t first = next;
    next += kBatch;
    auto fn = [first](Graph& g) { return AddBatch(g, first); };
    EXPECT_THAT(plain.Update(fn), IsOk());
    return shared.Update(fn);
  };
  ASSERT_THAT(statements(), IsOk());
  SharedGraph::Reader lagging = shared.Read();
  for (int c = 0; c < 3; ++c) ASSERT_THAT(statements(), IsOk());
  auto alias = [](Graph& g) { return g.AddAlias(ActorId(2), "Second name"); };
  ASSERT_THAT(plain.Update(alias), IsOk());
  std::atomic<int> done{0};
  std::thread writer([&] {
    EXPECT_THAT(shared.Update(alias), IsOk());
    done = 1;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(30));
  EXPECT_EQ(done.load(), 0);  // waits for `lagging`
  EXPECT_EQ(shared.Read()->actor(ActorId(2)).aliases.size(), 1u);
  lagging.Release();
  writer.join();
  EXPECT_EQ(shared.writer_waits().waits, 1u);
  // Every copy now has the alias and the statements: take each in turn.
  for (int c = 0; c < 3; ++c) {
    EXPECT_EQ(Difference(shared.Read().graph(), plain), "");
    ASSERT_THAT(statements(), IsOk());
  }
  EXPECT_EQ(Difference(shared.Read().graph(), plain), "");
}

// Readers that hold views for a while (a few at a time pinning old
// copies), many at once, while one writer commits: every view stays whole
// and unchanged while held, and the writer always finishes.
TEST_P(SharedGraphCopiesTest, ManyReadersPinningCopies) {
  constexpr int kReaders = 12;
  constexpr uint64_t kCommits = 80;
  SharedGraph shared(Options());
  ASSERT_THAT(shared.Update(AddActors), IsOk());
  std::atomic<bool> stop{false};
  std::vector<std::string> errors(kReaders);
  std::vector<std::atomic<uint64_t>> views(kReaders);
  std::vector<std::thread> readers;
  for (int r = 0; r < kReaders; ++r) {
    readers.emplace_back([&, r] {
      uint64_t k = 0;
      while (!stop.load(std::memory_order_relaxed)) {
        SharedGraph::Reader view = shared.Read();
        const size_t count = view->statement_count();
        const size_t dated = view->StatementsByDate().size();
        if (errors[r].empty()) errors[r] = CheckWhole(view);
        // Some readers hold their view across commits.
        if ((r + k) % 4 == 0) {
          std::this_thread::sleep_for(std::chrono::microseconds(200 + 50 * r));
        }
        if (errors[r].empty() && (view->statement_count() != count ||
                                  view->StatementsByDate().size() != dated)) {
          errors[r] =
              absl::StrCat("view changed while held, commit ", view.commit());
        }
        ++k;
        ++views[r];
      }
    });
  }
  uint64_t next = 0;
  for (uint64_t c = 0; c < kCommits; ++c) {
    if (c % 7 == 6) {
      ASSERT_FALSE(
          shared.Update([&](Graph& g) { return FailingBatch(g, next); }).ok());
    } else {
      ASSERT_THAT(shared.Update([&](Graph& g) { return AddBatch(g, next); }),
                  IsOk());
      next += kBatch;
    }
  }
  auto least = [&] {
    uint64_t n = UINT64_MAX;
    for (const auto& v : views) n = std::min<uint64_t>(n, v.load());
    return n;
  };
  const uint64_t seen = least();
  while (least() < seen + 2) std::this_thread::yield();
  stop = true;
  for (std::thread& t : readers) t.join();
  for (int r = 0; r < kReaders; ++r) {
    EXPECT_EQ(errors[r], "") << "reader " << r;
  }
  SharedGraph::Reader view = shared.Read();
  EXPECT_EQ(view.commit(), 1 + kCommits - kCommits / 7);
  EXPECT_EQ(CheckWhole(view), "");
}

// One writer commits batches (every fifth one fails half-way) while four
// readers check each view they take, run queries, paths and centrality on
// it, and count what they saw.
TEST_P(SharedGraphCopiesTest, ManyReadersOneWriterStress) {
  constexpr int kReaders = 4;
  constexpr uint64_t kCommits = 120;
  SharedGraph shared(Options());
  ASSERT_THAT(shared.Update(AddActors), IsOk());
  std::atomic<bool> stop{false};
  std::vector<std::string> errors(kReaders);
  std::vector<uint64_t> max_commit(kReaders, 0);
  std::vector<std::atomic<uint64_t>> views(kReaders);
  std::vector<std::thread> readers;
  for (int r = 0; r < kReaders; ++r) {
    readers.emplace_back([&, r] {
      uint64_t last = 0;
      while (!stop.load(std::memory_order_relaxed)) {
        SharedGraph::Reader view = shared.Read();
        if (view.commit() < last) {
          errors[r] = absl::StrCat("commit went back from ", last, " to ",
                                   view.commit());
        }
        last = view.commit();
        if (errors[r].empty()) errors[r] = CheckWhole(view);
        const Graph& g = view.graph();
        if (r % 2 == 0 && g.actor_count() > 0) {
          // Queries and the network run on the view as on any graph.
          const ActorId speaker(
              static_cast<uint32_t>(views[r].load() % kActors));
          absl::StatusOr<size_t> n = StatementQuery(g).By(speaker).Count();
          if (!n.ok() || *n != g.StatementsBy(speaker).size()) {
            errors[r] = absl::StrCat("query counted ", n.value_or(0));
          }
          if (views[r].load() % 16 == 0) {
            std::vector<ActorCentrality> c = Centrality(g);
            if (c.size() != g.actor_count()) errors[r] = "centrality size";
          }
        }
        ++views[r];
        max_commit[r] = std::max(max_commit[r], last);
      }
    });
  }
  // The writer starts once every reader is running, and commits while they
  // read (the writer sleeps now and then to let them in on 2 cores).
  auto all_views = [&] {
    uint64_t least = UINT64_MAX;
    for (const auto& v : views) least = std::min<uint64_t>(least, v.load());
    return least;
  };
  while (all_views() == 0) std::this_thread::yield();
  uint64_t next = 0;
  for (uint64_t c = 0; c < kCommits; ++c) {
    if (c % 8 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    if (c % 5 == 4) {
      ASSERT_FALSE(
          shared.Update([&](Graph& g) { return FailingBatch(g, next); }).ok());
    } else {
      ASSERT_THAT(shared.Update([&](Graph& g) { return AddBatch(g, next); }),
                  IsOk());
      next += kBatch;
    }
  }
  // Every reader takes a few more views of the final state.
  const uint64_t seen = all_views();
  while (all_views() < seen + 3) std::this_thread::yield();
  stop = true;
  for (std::thread& t : readers) t.join();
  for (int r = 0; r < kReaders; ++r) {
    EXPECT_EQ(errors[r], "") << "reader " << r;
    EXPECT_GT(max_commit[r], 1u) << "reader " << r;
  }
  SharedGraph::Reader view = shared.Read();
  EXPECT_EQ(view.commit(), 1 + kCommits - kCommits / 5);
  EXPECT_EQ(CheckWhole(view), "");
}

}  // namespace
}  // namespace diplograph
