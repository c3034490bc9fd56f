// Many readers at once (graph.h: "A Graph is safe for concurrent use by any
// number of readers"). Several threads query one populated graph at the
// same time — lookups, the per-actor lists, StatementViews, the network
// snapshot (whose first build and whose undirected() form they race to
// create) and BGL algorithms on it — and check every answer against ground
// truth computed beforehand on one thread.
//
// The test is most useful under ThreadSanitizer, which reports the data
// races that plain runs only rarely show:
//
//   cmake -G Ninja -B build-tsan -DDIPLOGRAPH_SANITIZE=thread
//   ninja -C build-tsan && ctest --test-dir build-tsan -R Concurrency
//
// (ThreadSanitizer ends the process with a non-zero status after any
// report, so a race fails the test).

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <latch>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "boost/graph/breadth_first_search.hpp"
#include "boost/graph/connected_components.hpp"
#include "diplograph/graph.h"
#include "diplograph/network.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;

constexpr int kThreads = 4;
constexpr uint32_t kActors = 120;
constexpr uint32_t kSpeakers = 30;
constexpr uint32_t kStatements = 3000;

// What the test added, kept on the side to check answers against.
struct Truth {
  std::vector<std::vector<StatementId>> by, about;         // sorted (date, id)
  std::vector<std::vector<RelationshipId>> relationships;  // any order
  std::vector<Date> dates;
  std::vector<std::string> texts;
  size_t directed_edges = 0;
  size_t undirected_edges = 0;
  std::vector<std::vector<int>> bfs;  // per start vertex 0..kThreads-1
  int components = 0;
};

std::string Name(uint32_t i) { return absl::StrCat("Actor ", i); }
std::string Alias(uint32_t i) { return absl::StrCat("A", i); }
// Every pair of actors 2k, 2k+1 with k % 5 == 0 shares an alias.
std::string SharedAlias(uint32_t i) { return absl::StrCat("Pair ", i / 2); }
bool HasSharedAlias(uint32_t i) { return (i / 2) % 5 == 0; }

Date DateOf(uint32_t i) {
  const int year = 2000 + static_cast<int>((i * 31) % 25);
  const int month = static_cast<int>((i * 7) % 12) + 1;
  const int day = static_cast<int>((i * 11) % 28) + 1;
  switch (i % 7) {
    case 0:
      return Date();
    case 1:
      return *Date::FromYear(year);
    case 2:
      return *Date::FromYearMonth(year, month);
    default:
      return *Date::FromYearMonthDay(year, month, day);
  }
}

Statement StatementOf(uint32_t i) {
  Statement s;
  s.speaker = ActorId(i % kSpeakers);
  s.date = DateOf(i);
  const uint32_t t1 = (i * 7 + 1) % kActors;
  uint32_t t2 = (i * 13 + 2) % kActors;
  if (t2 == t1) t2 = (t2 + 1) % kActors;
  s.about = {ActorId(t1), ActorId(t2)};
  if (i % 3 == 0) s.stances = {Stance{ActorId(t1), Polarity::kConflictual}};
  if (i % 4 == 0) s.channel = "press briefing";
  if (i % 5 == 0) s.topics = {"topic", absl::StrCat("topic ", i % 17)};
  if (i > 0 && i % 6 == 0) {
    StatementLink l;
    l.statement = StatementId(i / 2);
    s.links = {l};
  }
  s.text = absl::StrCat("statement number ", i);
  return s;
}

void SortByDateThenId(const Truth& t, std::vector<StatementId>& list) {
  std::sort(list.begin(), list.end(), [&](StatementId a, StatementId b) {
    const Date da = t.dates[a.value], db = t.dates[b.value];
    return da != db ? da < db : a < b;
  });
}

// Builds the graph (half the statements one by one, half in one Update)
// and the truth about it.
void Populate(Graph& graph, Truth& t) {
  t.by.resize(kActors);
  t.about.resize(kActors);
  t.relationships.resize(kActors);
  for (uint32_t i = 0; i < kActors; ++i) {
    Actor a;
    a.name = Name(i);
    a.kind = ActorKind::kPerson;
    a.aliases = {Alias(i)};
    if (HasSharedAlias(i)) a.aliases.push_back(SharedAlias(i));
    if (i >= kSpeakers && i % 9 == 0) {
      Affiliation f;
      f.organization = ActorId(i % kSpeakers);
      f.role = "member";
      a.affiliations = {f};
      ++t.directed_edges;
      ++t.undirected_edges;
    }
    ASSERT_THAT(graph.AddActor(a), IsOk());
  }
  auto add = [&](Graph& g, uint32_t i) -> absl::Status {
    const Statement s = StatementOf(i);
    absl::StatusOr<StatementId> id = g.AddStatement(s);
    if (!id.ok()) return id.status();
    if (*id != StatementId(i)) return absl::InternalError("unexpected id");
    t.dates.push_back(s.date);
    t.texts.push_back(s.text);
    t.by[s.speaker.value].push_back(*id);
    for (ActorId a : s.about) t.about[a.value].push_back(*id);
    t.directed_edges += s.about.size();
    t.undirected_edges += s.about.size();
    return absl::OkStatus();
  };
  for (uint32_t i = 0; i < kStatements / 2; ++i)
    ASSERT_THAT(add(graph, i), IsOk());
  ASSERT_THAT(graph.Update([&](Graph& g) -> absl::Status {
    for (uint32_t i = kStatements / 2; i < kStatements; ++i) {
      if (absl::Status s = add(g, i); !s.ok()) return s;
    }
    return absl::OkStatus();
  }),
              IsOk());
  for (uint32_t i = 0; i + 1 < kActors; i += 2) {
    Relationship r;
    r.from = ActorId(i);
    r.to = ActorId((i * 5 + 3) % kActors);
    if (r.from == r.to) continue;
    r.label = absl::StrCat("tie ", i);
    r.directed = i % 4 == 0;
    r.polarity = static_cast<Polarity>(static_cast<int>(i % 3) - 1);
    absl::StatusOr<RelationshipId> id = graph.AddRelationship(r);
    ASSERT_THAT(id, IsOk());
    t.relationships[r.from.value].push_back(*id);
    t.relationships[r.to.value].push_back(*id);
    t.directed_edges += r.directed ? 1 : 2;
    t.undirected_edges += 1;
  }
  for (auto& list : t.by) SortByDateThenId(t, list);
  for (auto& list : t.about) SortByDateThenId(t, list);

  // Ground truth for the algorithms, from a snapshot built here directly
  // (so that the graph's own cached snapshot is first built by the readers).
  const ActorNetwork reference(graph);
  for (int start = 0; start < kThreads; ++start) {
    std::vector<int> dist(kActors, -1);
    dist[start] = 0;
    boost::breadth_first_search(
        reference.undirected(), start,
        boost::visitor(boost::make_bfs_visitor(
            boost::record_distances(dist.data(), boost::on_tree_edge()))));
    t.bfs.push_back(std::move(dist));
  }
  std::vector<int> component(kActors);
  t.components =
      boost::connected_components(reference.undirected(), component.data());
}

// Collects the first few problems a reader finds.
class Problems {
 public:
  void Add(std::string what) {
    std::lock_guard<std::mutex> lock(mu_);
    ++count_;
    if (list_.size() < 20) list_.push_back(std::move(what));
  }
  int count() const {
    std::lock_guard<std::mutex> lock(mu_);
    return count_;
  }
  std::string Summary() const {
    std::lock_guard<std::mutex> lock(mu_);
    std::string out;
    for (const std::string& s : list_) absl::StrAppend(&out, s, "\n");
    return out;
  }

 private:
  mutable std::mutex mu_;
  int count_ = 0;
  std::vector<std::string> list_;
};

template <typename T>
bool SameList(absl::Span<const T> got, const std::vector<T>& want) {
  return std::equal(got.begin(), got.end(), want.begin(), want.end());
}

// One reader: every query, over the actors this thread starts at, then all.
void Read(const Graph& graph, const Truth& t, int thread,
          std::shared_ptr<const ActorNetwork>* network_seen,
          Problems& problems) {
  // The network first, so that the threads race to build the snapshot and
  // its undirected form.
  std::shared_ptr<const ActorNetwork> net = NetworkOf(graph);
  *network_seen = net;
  const UndirectedNetworkGraph& u = net->undirected();
  if (boost::num_edges(net->directed()) != t.directed_edges) {
    problems.Add(absl::StrCat("thread ", thread, ": directed edge count"));
  }
  if (boost::num_edges(u) != t.undirected_edges) {
    problems.Add(absl::StrCat("thread ", thread, ": undirected edge count"));
  }

  for (uint32_t k = 0; k < kActors; ++k) {
    const uint32_t i = (k + static_cast<uint32_t>(thread) * 31) % kActors;
    const ActorId id(i);
    absl::StatusOr<ActorId> found = graph.FindActor(Name(i));
    if (!found.ok() || *found != id) problems.Add(absl::StrCat("name ", i));
    found = graph.FindActor(absl::AsciiStrToLower(Alias(i)));
    if (!found.ok() || *found != id) problems.Add(absl::StrCat("alias ", i));
    if (HasSharedAlias(i)) {
      found = graph.FindActor(SharedAlias(i));
      if (found.status().code() != absl::StatusCode::kFailedPrecondition) {
        problems.Add(absl::StrCat("ambiguous alias ", i));
      }
      if (graph.MatchActors(SharedAlias(i)).size() != 2) {
        problems.Add(absl::StrCat("match ", i));
      }
    }
    if (graph.actor(id).name != Name(i))
      problems.Add(absl::StrCat("actor ", i));
    if (!SameList(graph.StatementsBy(id), t.by[i])) {
      problems.Add(absl::StrCat("StatementsBy ", i));
    }
    if (!SameList(graph.StatementsAbout(id), t.about[i])) {
      problems.Add(absl::StrCat("StatementsAbout ", i));
    }
    std::vector<RelationshipId> rels(graph.RelationshipsOf(id).begin(),
                                     graph.RelationshipsOf(id).end());
    std::vector<RelationshipId> want = t.relationships[i];
    std::sort(rels.begin(), rels.end());
    std::sort(want.begin(), want.end());
    if (rels != want) problems.Add(absl::StrCat("RelationshipsOf ", i));
    for (StatementId s : graph.StatementsBy(id)) {
      const StatementView v = graph.statement(s);
      if (v.speaker() != id || v.date() != t.dates[s.value] ||
          v.text() != t.texts[s.value] || v.about().size() != 2) {
        problems.Add(absl::StrCat("statement ", s.value));
      }
      if (v.ToStatement() != StatementOf(s.value)) {
        problems.Add(absl::StrCat("ToStatement ", s.value));
      }
      for (StatementId linker : graph.LinksTo(s)) {
        if (graph.statement(linker).links().empty() ||
            graph.statement(linker).links()[0].statement != s) {
          problems.Add(absl::StrCat("LinksTo ", s.value));
        }
      }
    }
  }

  // BGL algorithms on the shared snapshot, plain and filtered.
  std::vector<int> dist(kActors, -1);
  dist[thread] = 0;
  boost::breadth_first_search(
      u, thread,
      boost::visitor(boost::make_bfs_visitor(
          boost::record_distances(dist.data(), boost::on_tree_edge()))));
  if (dist != t.bfs[thread]) problems.Add(absl::StrCat("bfs ", thread));
  std::vector<int> component(kActors);
  if (boost::connected_components(u, component.data()) != t.components) {
    problems.Add("components");
  }
  NetworkFilter f;
  f.kinds = EdgeKindMask::kStatement;
  f.window = *Interval::Parse("2010/2015");
  const auto view = FilterNetwork(net->directed(), f);
  size_t kept = 0;
  for (auto e : boost::make_iterator_range(boost::edges(view))) {
    const Date d = t.dates[view[e].record];
    if (!d.is_known() || d.LastDay() < *Date::FromYearMonthDay(2010, 1, 1) ||
        d.FirstDay() > *Date::FromYearMonthDay(2015, 12, 31)) {
      problems.Add("filtered edge outside the window");
    }
    ++kept;
  }
  if (kept == 0) problems.Add("filter kept nothing");
}

void RaceReaders(const Graph& graph, const Truth& t) {
  Problems problems;
  std::vector<std::shared_ptr<const ActorNetwork>> seen(kThreads);
  std::latch start(kThreads);
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      start.arrive_and_wait();
      Read(graph, t, i, &seen[i], problems);
    });
  }
  for (std::thread& th : threads) th.join();
  EXPECT_EQ(problems.count(), 0) << problems.Summary();
  // All readers got the same snapshot, which later calls still return.
  for (int i = 1; i < kThreads; ++i) EXPECT_EQ(seen[i], seen[0]);
  EXPECT_EQ(NetworkOf(graph), seen[0]);
}

TEST(ConcurrencyTest, ManyReadersAtOnce) {
  Graph graph;
  Truth truth;
  Populate(graph, truth);
  if (HasFailure()) return;

  // Round 1: the first network() and undirected() calls race.
  RaceReaders(graph, truth);
  const std::shared_ptr<const ActorNetwork> first = NetworkOf(graph);

  // A change (on this thread, with no reader running) drops the cached
  // snapshot; round 2 races to build the next one while the old one is
  // still alive.
  const Statement extra = StatementOf(kStatements);
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(StatementId id, graph.AddStatement(extra));
  truth.dates.push_back(extra.date);
  truth.texts.push_back(extra.text);
  truth.by[extra.speaker.value].push_back(id);
  SortByDateThenId(truth, truth.by[extra.speaker.value]);
  for (ActorId a : extra.about) {
    truth.about[a.value].push_back(id);
    SortByDateThenId(truth, truth.about[a.value]);
  }
  truth.directed_edges += extra.about.size();
  truth.undirected_edges += extra.about.size();
  RaceReaders(graph, truth);
  EXPECT_NE(NetworkOf(graph), first);
  EXPECT_EQ(boost::num_edges(first->directed()),
            truth.directed_edges - extra.about.size());
}

TEST(ConcurrencyTest, ReadersRaceToIndexStatementsAddedOneByOne) {
  // Statements added one by one out of date order wait for the first read
  // of a statement list; here that first read comes from several threads
  // at once.
  Graph graph;
  Truth truth;
  Populate(graph, truth);
  if (HasFailure()) return;
  (void)NetworkOf(
      graph);  // built before the adds: its cache is dropped by them
  for (uint32_t i = kStatements; i < kStatements + 400; ++i) {
    const Statement s = StatementOf(i);
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(StatementId id, graph.AddStatement(s));
    truth.dates.push_back(s.date);
    truth.texts.push_back(s.text);
    truth.by[s.speaker.value].push_back(id);
    for (ActorId a : s.about) truth.about[a.value].push_back(id);
    truth.directed_edges += s.about.size();
    truth.undirected_edges += s.about.size();
  }
  for (auto& list : truth.by) SortByDateThenId(truth, list);
  for (auto& list : truth.about) SortByDateThenId(truth, list);
  RaceReaders(graph, truth);
}

TEST(ConcurrencyTest, ReadersShareOneSnapshotAcrossGraphChanges) {
  // A snapshot handed out before a change stays usable from many threads
  // while the owner (alone) changes the graph in between.
  Graph graph;
  Truth truth;
  Populate(graph, truth);
  if (HasFailure()) return;
  const std::shared_ptr<const ActorNetwork> old = NetworkOf(graph);
  Actor a;
  a.name = "Late arrival";
  ASSERT_THAT(graph.AddActor(a), IsOk());

  std::latch start(kThreads);
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      start.arrive_and_wait();
      if (boost::num_vertices(old->undirected()) != kActors) ++wrong;
      if (boost::num_vertices(NetworkOf(graph)->directed()) != kActors + 1) {
        ++wrong;
      }
      std::vector<int> dist(kActors, -1);
      dist[i] = 0;
      boost::breadth_first_search(
          old->undirected(), i,
          boost::visitor(boost::make_bfs_visitor(
              boost::record_distances(dist.data(), boost::on_tree_edge()))));
      if (dist != truth.bfs[i]) ++wrong;
    });
  }
  for (std::thread& th : threads) th.join();
  EXPECT_EQ(wrong.load(), 0);
}

}  // namespace
}  // namespace diplograph
