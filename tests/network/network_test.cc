// Tests of the actor network (include/diplograph/network.h): the snapshot's
// vertices, edges and bundles; BGL algorithms (BFS, Dijkstra, connected
// components) on it, on its undirected form and on filtered views; and the
// snapshot cache of NetworkOf().

#include "diplograph/network.h"

#include <algorithm>
#include <compare>
#include <cstdint>
#include <limits>
#include <memory>
#include <ostream>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "boost/graph/breadth_first_search.hpp"
#include "boost/graph/connected_components.hpp"
#include "boost/graph/dijkstra_shortest_paths.hpp"
#include "boost/graph/graph_concepts.hpp"
#include "boost/property_map/function_property_map.hpp"
#include "diplograph/graph.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;
using ::testing::ElementsAre;
using ::testing::ElementsAreArray;
using ::testing::UnorderedElementsAreArray;

// The graph types model the BGL concepts the header promises.
using Directed = NetworkGraph;
using Undirected = UndirectedNetworkGraph;
using FilteredDirected = boost::filtered_graph<Directed, EdgeFilter<Directed>>;
using FilteredUndirected =
    boost::filtered_graph<Undirected, EdgeFilter<Undirected>>;
BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<Directed>));
BOOST_CONCEPT_ASSERT((boost::EdgeListGraphConcept<Directed>));
BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<Directed>));
BOOST_CONCEPT_ASSERT((boost::BidirectionalGraphConcept<Directed>));
BOOST_CONCEPT_ASSERT((boost::AdjacencyGraphConcept<Directed>));
BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<Undirected>));
BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<Undirected>));
BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<FilteredDirected>));
BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<FilteredDirected>));
BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<FilteredUndirected>));

constexpr int kUnreached = std::numeric_limits<int>::max();

Date D(absl::string_view text) { return *Date::Parse(text); }
Interval I(absl::string_view text) { return *Interval::Parse(text); }
// `valid` with its known ends widened to whole days, as NetworkEdge::when()
// gives them.
Interval Days(const Interval& valid) {
  return *Interval::Make(
      valid.is_open_begin() ? Date() : valid.begin().FirstDay(),
      valid.is_open_end() ? Date() : valid.end().LastDay());
}

ActorId AddActor(Graph& g, const std::string& name) {
  Actor a;
  a.name = name;
  a.kind = ActorKind::kPerson;
  absl::StatusOr<ActorId> id = g.AddActor(a);
  EXPECT_TRUE(id.ok()) << id.status();
  return id.value_or(ActorId());
}

StatementId AddStatement(Graph& g, ActorId speaker, absl::string_view date,
                         std::vector<ActorId> about,
                         std::vector<Stance> stances = {}) {
  Statement s;
  s.speaker = speaker;
  s.date = D(date);
  s.about = std::move(about);
  s.stances = std::move(stances);
  absl::StatusOr<StatementId> id = g.AddStatement(s);
  EXPECT_TRUE(id.ok()) << id.status();
  return id.value_or(StatementId());
}

RelationshipId AddRelationship(Graph& g, ActorId from, ActorId to,
                               std::string label, bool directed,
                               Polarity polarity, Interval valid) {
  Relationship r;
  r.from = from;
  r.to = to;
  r.label = std::move(label);
  r.directed = directed;
  r.polarity = polarity;
  r.valid = valid;
  absl::StatusOr<RelationshipId> id = g.AddRelationship(r);
  EXPECT_TRUE(id.ok()) << id.status();
  return id.value_or(RelationshipId());
}

Affiliation Aff(ActorId org, std::string role, Interval valid = Interval()) {
  Affiliation f;
  f.organization = org;
  f.role = std::move(role);
  f.valid = valid;
  return f;
}

// One edge as plain values, for exact comparisons.
struct EdgeRow {
  uint32_t source, target;
  EdgeKind kind;
  uint32_t record, index;
  Polarity polarity;
  bool dated;
  std::string when;
  friend auto operator<=>(const EdgeRow&, const EdgeRow&) = default;
  friend std::ostream& operator<<(std::ostream& os, const EdgeRow& e) {
    return os << e.source << "->" << e.target << " kind "
              << static_cast<int>(e.kind) << " record " << e.record << " index "
              << e.index << " polarity " << static_cast<int>(e.polarity)
              << " days " << (e.dated ? e.when : "undated");
  }
};

template <typename G>
std::vector<EdgeRow> Rows(const G& g) {
  std::vector<EdgeRow> rows;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const NetworkEdge& b = g[e];
    rows.push_back({static_cast<uint32_t>(boost::source(e, g)),
                    static_cast<uint32_t>(boost::target(e, g)), b.kind,
                    b.record, b.index, b.polarity, b.dated(),
                    b.when().ToString()});
  }
  std::sort(rows.begin(), rows.end());
  return rows;
}

// Distances by BFS from `start` (kUnreached where not reached).
template <typename G>
std::vector<int> BfsDistances(const G& g, ActorId start) {
  std::vector<int> dist(boost::num_vertices(g), kUnreached);
  dist[VertexOf(start)] = 0;
  boost::breadth_first_search(
      g, VertexOf(start),
      boost::visitor(boost::make_bfs_visitor(
          boost::record_distances(dist.data(), boost::on_tree_edge()))));
  return dist;
}

// Edge weights by kind: statements 1, relationships 3, affiliations 10.
int Weight(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::kStatement:
      return 1;
    case EdgeKind::kRelationship:
      return 3;
    case EdgeKind::kAffiliation:
      return 10;
  }
  return 1000;
}

struct Paths {
  std::vector<int> dist;
  std::vector<NetworkVertexDescriptor> pred;
};

template <typename G>
Paths Dijkstra(const G& g, ActorId start) {
  using Edge = typename boost::graph_traits<G>::edge_descriptor;
  Paths p;
  p.dist.assign(boost::num_vertices(g), 0);
  p.pred.assign(boost::num_vertices(g), 0);
  auto weight = boost::make_function_property_map<Edge, int>(
      [&g](const Edge& e) { return Weight(g[e].kind); });
  boost::dijkstra_shortest_paths(
      g, VertexOf(start),
      boost::weight_map(weight)
          .distance_map(boost::make_iterator_property_map(
              p.dist.begin(), boost::get(boost::vertex_index, g)))
          .predecessor_map(boost::make_iterator_property_map(
              p.pred.begin(), boost::get(boost::vertex_index, g))));
  return p;
}

template <typename G>
std::vector<int> Components(const G& g, int* count) {
  std::vector<int> component(boost::num_vertices(g));
  *count = boost::connected_components(
      g, boost::make_iterator_property_map(component.begin(),
                                           boost::get(boost::vertex_index, g)));
  return component;
}

// ---------------------------------------------------------------------------
// A small network with every kind of edge.
//
//   statement a:   P0 -> P1   2024-01-10   stance cooperative
//   statement b:   P1 -> P2   2024-03-05   stance conflictual
//   statement c:   P0 -> P3   2023-06      no stance (neutral)
//   statement f:   P5 -> P0   undated
//   relationship d: P3 <-> P2 symmetric, cooperative, 2024/..
//   relationship e: P2 -> P4  directed, conflictual, ../2022
//   affiliation:   P4 -> P5   member, always
//   P6 is isolated.
class NetworkTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (int i = 0; i < 7; ++i)
      p_.push_back(AddActor(graph_, "P" + std::to_string(i)));
    a_ = AddStatement(graph_, p_[0], "2024-01-10", {p_[1]},
                      {Stance{p_[1], Polarity::kCooperative}});
    b_ = AddStatement(graph_, p_[1], "2024-03-05", {p_[2]},
                      {Stance{p_[2], Polarity::kConflictual}});
    c_ = AddStatement(graph_, p_[0], "2023-06", {p_[3]});
    f_ = AddStatement(graph_, p_[5], "?", {p_[0]});
    d_ = AddRelationship(graph_, p_[3], p_[2], "partners", false,
                         Polarity::kCooperative, I("2024/.."));
    e_ = AddRelationship(graph_, p_[2], p_[4], "pressure", true,
                         Polarity::kConflictual, I("../2022"));
    ASSERT_THAT(graph_.AddAffiliation(p_[4], Aff(p_[5], "member")), IsOk());
    net_ = NetworkOf(graph_);
    ASSERT_NE(net_, nullptr);
  }

  std::vector<int> Expected(std::initializer_list<int> d) { return d; }

  Graph graph_;
  std::vector<ActorId> p_;
  StatementId a_, b_, c_, f_;
  RelationshipId d_, e_;
  std::shared_ptr<const ActorNetwork> net_;
};

constexpr int X = kUnreached;

TEST_F(NetworkTest, VerticesAreActorsInIdOrder) {
  const NetworkGraph& g = net_->directed();
  ASSERT_EQ(boost::num_vertices(g), graph_.actor_count());
  auto actor = boost::get(&NetworkVertex::actor, g);
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    EXPECT_EQ(g[v].actor, ActorId(static_cast<uint32_t>(v)));
    EXPECT_EQ(boost::get(actor, v), ActorOf(v));
    EXPECT_EQ(VertexOf(ActorOf(v)), v);
    EXPECT_EQ(boost::get(boost::vertex_index, g, v), v);
  }
}

TEST_F(NetworkTest, EdgesAreExactlyAsDocumented) {
  const std::vector<EdgeRow> expected = {
      // Statements: speaker -> each target, days of the date's period.
      {0, 1, EdgeKind::kStatement, a_.value, 0, Polarity::kCooperative, true,
       "2024-01-10/2024-01-10"},
      {1, 2, EdgeKind::kStatement, b_.value, 0, Polarity::kConflictual, true,
       "2024-03-05/2024-03-05"},
      {0, 3, EdgeKind::kStatement, c_.value, 0, Polarity::kNeutral, true,
       "2023-06-01/2023-06-30"},
      {5, 0, EdgeKind::kStatement, f_.value, 0, Polarity::kNeutral, false,
       "../.."},
      // A symmetric relationship: two edges for one record.
      {3, 2, EdgeKind::kRelationship, d_.value, 0, Polarity::kCooperative, true,
       "2024-01-01/.."},
      {2, 3, EdgeKind::kRelationship, d_.value, 1, Polarity::kCooperative, true,
       "2024-01-01/.."},
      // A directed relationship: one edge.
      {2, 4, EdgeKind::kRelationship, e_.value, 0, Polarity::kConflictual, true,
       "../2022-12-31"},
      // Affiliation: member -> organization; record is the member.
      {4, 5, EdgeKind::kAffiliation, p_[4].value, 0, Polarity::kNeutral, true,
       "../.."},
  };
  EXPECT_THAT(Rows(net_->directed()), UnorderedElementsAreArray(expected));
  EXPECT_EQ(boost::num_edges(net_->directed()), expected.size());
}

TEST_F(NetworkTest, BundlesLeadBackToRecords) {
  // A statement about several targets gives one edge per target, with the
  // target's index and the stance toward it.
  const ActorId speaker = p_[6];
  const StatementId multi =
      AddStatement(graph_, speaker, "2024-11-08", {p_[2], p_[0], p_[4]},
                   {Stance{p_[4], Polarity::kConflictual},
                    Stance{p_[2], Polarity::kCooperative}});
  const auto net = NetworkOf(graph_);
  const NetworkGraph& g = net->directed();
  EXPECT_EQ(boost::out_degree(VertexOf(speaker), g), 3u);
  auto kind = boost::get(&NetworkEdge::kind, g);
  int statement_edges = 0, relationship_edges = 0, affiliation_edges = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const NetworkEdge& b = g[e];
    const ActorId from = ActorOf(boost::source(e, g));
    const ActorId to = ActorOf(boost::target(e, g));
    switch (boost::get(kind, e)) {
      case EdgeKind::kStatement: {
        ++statement_edges;
        ASSERT_TRUE(b.statement().valid());
        EXPECT_FALSE(b.relationship().valid());
        const StatementView s = graph_.statement(b.statement());
        EXPECT_EQ(s.speaker(), from);
        ASSERT_LT(b.index, s.about().size());
        EXPECT_EQ(s.about()[b.index], to);
        EXPECT_EQ(b.polarity, s.StanceToward(to).value_or(Polarity::kNeutral));
        EXPECT_EQ(b.dated(), s.date().is_known());
        if (s.date().is_known()) {
          EXPECT_EQ(b.when(), Days(Interval::During(s.date())));
        }
        break;
      }
      case EdgeKind::kRelationship: {
        ++relationship_edges;
        ASSERT_TRUE(b.relationship().valid());
        EXPECT_FALSE(b.statement().valid());
        const Relationship& r = graph_.relationship(b.relationship());
        if (b.index == 0) {
          EXPECT_EQ(r.from, from);
          EXPECT_EQ(r.to, to);
        } else {
          EXPECT_FALSE(r.directed);
          EXPECT_EQ(r.to, from);
          EXPECT_EQ(r.from, to);
        }
        EXPECT_EQ(b.polarity, r.polarity);
        EXPECT_TRUE(b.dated());
        EXPECT_EQ(b.when(), Days(r.valid));
        break;
      }
      case EdgeKind::kAffiliation: {
        ++affiliation_edges;
        EXPECT_FALSE(b.statement().valid());
        EXPECT_FALSE(b.relationship().valid());
        EXPECT_EQ(ActorId(b.record), from);
        EXPECT_EQ(b.member(), from);
        const Affiliation& f = graph_.actor(from).affiliations.at(b.index);
        EXPECT_EQ(&AffiliationOf(graph_, b), &f);
        EXPECT_EQ(f.organization, to);
        EXPECT_EQ(b.when(), Days(f.valid));
        break;
      }
    }
  }
  EXPECT_EQ(statement_edges, 4 + 3);
  EXPECT_EQ(relationship_edges, 3);
  EXPECT_EQ(affiliation_edges, 1);
  // The multi-target statement's edges, in particular.
  std::vector<std::pair<uint32_t, Polarity>> mine;
  for (auto e :
       boost::make_iterator_range(boost::out_edges(VertexOf(speaker), g))) {
    EXPECT_EQ(g[e].statement(), multi);
    mine.emplace_back(g[e].index, g[e].polarity);
  }
  std::sort(mine.begin(), mine.end());
  EXPECT_THAT(mine, ElementsAre(std::pair(0u, Polarity::kCooperative),
                                std::pair(1u, Polarity::kNeutral),
                                std::pair(2u, Polarity::kConflictual)));
}

TEST_F(NetworkTest, BidirectionalInEdges) {
  const NetworkGraph& g = net_->directed();
  // P2 is the target of statement b and of the symmetric relationship's
  // forward edge.
  EXPECT_EQ(boost::in_degree(VertexOf(p_[2]), g), 2u);
  EXPECT_EQ(boost::out_degree(VertexOf(p_[2]), g), 2u);  // d reverse, e
  EXPECT_EQ(boost::in_degree(VertexOf(p_[0]), g), 1u);   // statement f
  EXPECT_EQ(boost::degree(VertexOf(p_[6]), g), 0u);
}

TEST_F(NetworkTest, UndirectedKeepsOneEdgePerSymmetricRelationship) {
  const UndirectedNetworkGraph& u = net_->undirected();
  EXPECT_EQ(boost::num_vertices(u), boost::num_vertices(net_->directed()));
  EXPECT_EQ(boost::num_edges(u), boost::num_edges(net_->directed()) - 1);
  int d_edges = 0;
  for (auto e : boost::make_iterator_range(boost::edges(u))) {
    if (u[e].relationship() == d_) ++d_edges;
  }
  EXPECT_EQ(d_edges, 1);
  // Shared: the same object on every call.
  EXPECT_EQ(&net_->undirected(), &u);
  for (auto v : boost::make_iterator_range(boost::vertices(u))) {
    EXPECT_EQ(u[v].actor, ActorOf(v));
  }
}

TEST_F(NetworkTest, SelfLoopsAreKept) {
  // A statement about its own speaker is a self-loop, in both forms.
  AddStatement(graph_, p_[6], "2024", {p_[6]});
  const auto net = NetworkOf(graph_);
  EXPECT_TRUE(
      boost::edge(VertexOf(p_[6]), VertexOf(p_[6]), net->directed()).second);
  EXPECT_TRUE(
      boost::edge(VertexOf(p_[6]), VertexOf(p_[6]), net->undirected()).second);
}

// ---------------------------------------------------------------------------
// Algorithms on the whole network.

TEST_F(NetworkTest, BreadthFirstSearchDirected) {
  // P0 -> P1, P3; P1 -> P2; P3 <-> P2; P2 -> P4; P4 -> P5; P5 -> P0.
  EXPECT_EQ(BfsDistances(net_->directed(), p_[0]),
            Expected({0, 1, 2, 1, 3, 4, X}));
  EXPECT_EQ(BfsDistances(net_->directed(), p_[4]),
            Expected({2, 3, 4, 3, 0, 1, X}));
  EXPECT_EQ(BfsDistances(net_->directed(), p_[6]),
            Expected({X, X, X, X, X, X, 0}));
}

TEST_F(NetworkTest, BreadthFirstSearchUndirected) {
  EXPECT_EQ(BfsDistances(net_->undirected(), p_[4]),
            Expected({2, 2, 1, 2, 0, 1, X}));
}

TEST_F(NetworkTest, DijkstraWithAWeightMap) {
  // Statements weigh 1, relationships 3, affiliations 10.
  const Paths p = Dijkstra(net_->directed(), p_[0]);
  EXPECT_EQ(p.dist[VertexOf(p_[1])], 1);
  EXPECT_EQ(p.dist[VertexOf(p_[3])], 1);
  EXPECT_EQ(p.dist[VertexOf(p_[2])], 2);  // via P1 (1 + 1), not P3 (1 + 3)
  EXPECT_EQ(p.pred[VertexOf(p_[2])], VertexOf(p_[1]));
  EXPECT_EQ(p.dist[VertexOf(p_[4])], 5);
  EXPECT_EQ(p.pred[VertexOf(p_[4])], VertexOf(p_[2]));
  EXPECT_EQ(p.dist[VertexOf(p_[5])], 15);
  EXPECT_EQ(p.pred[VertexOf(p_[5])], VertexOf(p_[4]));
  EXPECT_EQ(p.dist[VertexOf(p_[6])], std::numeric_limits<int>::max());
  EXPECT_EQ(p.pred[VertexOf(p_[6])], VertexOf(p_[6]));  // unreached
}

TEST_F(NetworkTest, ConnectedComponentsOnUndirected) {
  int count = 0;
  const std::vector<int> c = Components(net_->undirected(), &count);
  EXPECT_EQ(count, 2);
  for (int i = 1; i < 6; ++i) EXPECT_EQ(c[i], c[0]) << i;
  EXPECT_NE(c[6], c[0]);
}

// ---------------------------------------------------------------------------
// Filtered views.

TEST(NetworkFilterTest, KeepsByKindPolarityAndWindow) {
  NetworkEdge stmt;
  stmt.kind = EdgeKind::kStatement;
  stmt.polarity = Polarity::kConflictual;
  stmt.SetDate(D("2024-11"));  // a month-precision statement
  EXPECT_EQ(stmt.when(), I("2024-11-01/2024-11-30"));

  NetworkFilter all;
  EXPECT_TRUE(all.Keeps(stmt));

  NetworkFilter f;
  f.kinds = EdgeKindMask::kRelationship | EdgeKindMask::kAffiliation;
  EXPECT_FALSE(f.Keeps(stmt));
  f.kinds = EdgeKindMask::kStatement;
  EXPECT_TRUE(f.Keeps(stmt));
  f.polarities = PolarityMask::kCooperative | PolarityMask::kNeutral;
  EXPECT_FALSE(f.Keeps(stmt));
  f.polarities = PolarityMask::kConflictual;
  EXPECT_TRUE(f.Keeps(stmt));

  // Windows keep edges whose days overlap them, ends inclusive.
  for (auto [window, keeps] :
       std::vector<std::pair<const char*, bool>>{{"2024-11-30/2025", true},
                                                 {"2024-12/..", false},
                                                 {"../2024-11-01", true},
                                                 {"../2024-10-31", false},
                                                 {"2024-11-15", true},
                                                 {"2024", true},
                                                 {"2023", false}}) {
    f.window = I(window);
    EXPECT_EQ(f.Keeps(stmt), keeps) << window;
  }

  // Undated statements: kept only without a window.
  NetworkEdge undated = stmt;
  undated.SetDate(Date());
  EXPECT_FALSE(undated.dated());
  f.window = Interval();
  EXPECT_TRUE(f.Keeps(undated));
  f.window = I("2024/..");
  EXPECT_FALSE(f.Keeps(undated));
  f.window = I("../2024");
  EXPECT_FALSE(f.Keeps(undated));

  // Open-ended validity overlaps any window.
  NetworkEdge always;
  always.kind = EdgeKind::kRelationship;
  f.kinds = EdgeKindMask::kAll;
  f.polarities = PolarityMask::kAll;
  f.window = I("0001-01-01");
  EXPECT_TRUE(f.Keeps(always));
  f.window = I("9999-12-31");
  EXPECT_TRUE(f.Keeps(always));

  // Every polarity maps to its own bit.
  for (auto [p, mask] :
       {std::pair(Polarity::kConflictual, PolarityMask::kConflictual),
        std::pair(Polarity::kNeutral, PolarityMask::kNeutral),
        std::pair(Polarity::kCooperative, PolarityMask::kCooperative)}) {
    always.polarity = p;
    f.polarities = mask;
    EXPECT_TRUE(f.Keeps(always));
    f.polarities = static_cast<uint8_t>(PolarityMask::kAll & ~mask);
    EXPECT_FALSE(f.Keeps(always));
  }
}

TEST_F(NetworkTest, FilterByDateWindow) {
  NetworkFilter f;
  f.window = I("2024-02/2024-12");
  // Kept: statement b (2024-03-05), relationship d both ways (2024/..), the
  // affiliation (always). Dropped: a (January), c (2023), f (undated),
  // e (until 2022).
  const auto view = FilterNetwork(net_->directed(), f);
  EXPECT_EQ(Rows(view).size(), 4u);
  EXPECT_EQ(BfsDistances(view, p_[0]), Expected({0, X, X, X, X, X, X}));
  EXPECT_EQ(BfsDistances(view, p_[1]), Expected({X, 0, 1, 2, X, X, X}));
  const Paths paths = Dijkstra(view, p_[1]);
  EXPECT_EQ(paths.dist[VertexOf(p_[3])], 1 + 3);
  EXPECT_EQ(paths.pred[VertexOf(p_[3])], VertexOf(p_[2]));

  // An earlier window gives other answers: a and c (June 2023 overlaps the
  // window's first day), the first days of d, but not b ...
  f.window = I("2023-06-15/2024-01-10");
  const auto early = FilterNetwork(net_->directed(), f);
  EXPECT_EQ(BfsDistances(early, p_[0]), Expected({0, 1, 2, 1, X, X, X}));
  EXPECT_EQ(BfsDistances(early, p_[1]), Expected({X, 0, X, X, X, X, X}));
  f.window = I("2023-07/2023-12");  // ... and in between, nothing dated.
  EXPECT_EQ(BfsDistances(FilterNetwork(net_->directed(), f), p_[0]),
            Expected({0, X, X, X, X, X, X}));
  // ... and one that ends before 2023 keeps e and the affiliation.
  f.window = I("../2022-12-31");
  const auto old = FilterNetwork(net_->directed(), f);
  EXPECT_EQ(BfsDistances(old, p_[2]), Expected({X, X, 0, X, 1, 2, X}));
}

TEST_F(NetworkTest, FilterByKind) {
  NetworkFilter f;
  f.kinds = EdgeKindMask::kStatement;
  const auto statements = FilterNetwork(net_->directed(), f);
  EXPECT_EQ(BfsDistances(statements, p_[0]), Expected({0, 1, 2, 1, X, X, X}));
  EXPECT_EQ(BfsDistances(statements, p_[5]), Expected({1, 2, 3, 2, X, 0, X}));

  f.kinds = EdgeKindMask::kRelationship;
  const auto relationships = FilterNetwork(net_->directed(), f);
  EXPECT_EQ(BfsDistances(relationships, p_[3]),
            Expected({X, X, 1, 0, 2, X, X}));

  f.kinds = EdgeKindMask::kAffiliation;
  const auto affiliations = FilterNetwork(net_->directed(), f);
  EXPECT_EQ(BfsDistances(affiliations, p_[4]), Expected({X, X, X, X, 0, 1, X}));

  f.kinds = 0;
  const auto none = FilterNetwork(net_->directed(), f);
  EXPECT_EQ(BfsDistances(none, p_[0]), Expected({0, X, X, X, X, X, X}));
}

TEST_F(NetworkTest, FilterByPolarity) {
  NetworkFilter f;
  f.polarities = PolarityMask::kCooperative;
  const auto cooperative = FilterNetwork(net_->directed(), f);
  // Only a (P0 -> P1) and d (P3 <-> P2) remain.
  EXPECT_EQ(BfsDistances(cooperative, p_[0]), Expected({0, 1, X, X, X, X, X}));
  EXPECT_EQ(BfsDistances(cooperative, p_[2]), Expected({X, X, 0, 1, X, X, X}));

  // Without conflictual edges the shortest path to P2 goes through P3.
  f.polarities = PolarityMask::kCooperative | PolarityMask::kNeutral;
  const auto friendly = FilterNetwork(net_->directed(), f);
  const Paths p = Dijkstra(friendly, p_[0]);
  EXPECT_EQ(p.dist[VertexOf(p_[2])], 1 + 3);
  EXPECT_EQ(p.pred[VertexOf(p_[2])], VertexOf(p_[3]));
  EXPECT_EQ(p.dist[VertexOf(p_[4])], std::numeric_limits<int>::max());
}

TEST_F(NetworkTest, FilterCombinesConditions) {
  NetworkFilter f;
  f.kinds = EdgeKindMask::kStatement | EdgeKindMask::kRelationship;
  f.polarities = PolarityMask::kCooperative | PolarityMask::kNeutral;
  f.window = I("2024/..");
  // a (coop, 2024-01-10) and d (coop, 2024/..) only.
  const auto view = FilterNetwork(net_->directed(), f);
  std::vector<EdgeRow> rows = Rows(view);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].record, a_.value);
  EXPECT_EQ(rows[1].record, d_.value);
  EXPECT_EQ(rows[2].record, d_.value);
}

TEST_F(NetworkTest, ConnectedComponentsOnFilteredUndirectedViews) {
  NetworkFilter f;
  f.kinds = EdgeKindMask::kStatement;
  int count = 0;
  std::vector<int> c = Components(FilterNetwork(net_->undirected(), f), &count);
  EXPECT_EQ(count, 3);  // {P0 P1 P2 P3 P5}, {P4}, {P6}
  for (int i : {1, 2, 3, 5}) EXPECT_EQ(c[i], c[0]) << i;
  EXPECT_NE(c[4], c[0]);
  EXPECT_NE(c[6], c[0]);
  EXPECT_NE(c[6], c[4]);

  f = NetworkFilter();
  f.window = I("2024-02/2024-12");
  c = Components(FilterNetwork(net_->undirected(), f), &count);
  EXPECT_EQ(count, 4);  // {P1 P2 P3}, {P4 P5}, {P0}, {P6}
  EXPECT_EQ(c[1], c[2]);
  EXPECT_EQ(c[2], c[3]);
  EXPECT_EQ(c[4], c[5]);
  EXPECT_NE(c[0], c[1]);
  EXPECT_NE(c[0], c[4]);
  EXPECT_NE(c[1], c[4]);

  // The undirected BFS on a filtered view too.
  EXPECT_EQ(BfsDistances(FilterNetwork(net_->undirected(), f), p_[3]),
            Expected({X, 2, 1, 0, X, X, X}));
}

// ---------------------------------------------------------------------------
// The snapshot cache.

TEST_F(NetworkTest, SnapshotIsSharedUntilTheGraphChanges) {
  EXPECT_EQ(NetworkOf(graph_), net_);
  EXPECT_EQ(NetworkOf(graph_).get(), net_.get());

  // Failed adds change nothing.
  Statement bad;
  bad.speaker = p_[0];
  bad.about = {ActorId(99)};
  EXPECT_FALSE(graph_.AddStatement(bad).ok());
  EXPECT_FALSE(graph_.AddActor(Actor()).ok());
  EXPECT_EQ(NetworkOf(graph_), net_);

  const std::vector<EdgeRow> old_rows = Rows(net_->directed());
  const size_t old_vertices = boost::num_vertices(net_->directed());

  // Each change that the network shows gives a new snapshot.
  AddStatement(graph_, p_[6], "2024-05", {p_[0]});
  const auto after_statement = NetworkOf(graph_);
  EXPECT_NE(after_statement, net_);
  EXPECT_EQ(boost::num_edges(after_statement->directed()), old_rows.size() + 1);
  EXPECT_EQ(NetworkOf(graph_), after_statement);

  const ActorId extra = AddActor(graph_, "P7");
  const auto after_actor = NetworkOf(graph_);
  EXPECT_NE(after_actor, after_statement);
  EXPECT_EQ(boost::num_vertices(after_actor->directed()), old_vertices + 1);

  ASSERT_THAT(graph_.AddAffiliation(extra, Aff(p_[0], "adviser")), IsOk());
  const auto after_affiliation = NetworkOf(graph_);
  EXPECT_NE(after_affiliation, after_actor);
  EXPECT_TRUE(boost::edge(VertexOf(extra), VertexOf(p_[0]),
                          after_affiliation->directed())
                  .second);

  AddRelationship(graph_, extra, p_[1], "rivals", false, Polarity::kConflictual,
                  Interval());
  const auto after_relationship = NetworkOf(graph_);
  EXPECT_NE(after_relationship, after_affiliation);
  EXPECT_EQ(boost::num_edges(after_relationship->directed()),
            old_rows.size() + 1 + 1 + 2);

  // The old snapshot still describes the graph as it was, undirected form
  // included (built only now).
  EXPECT_EQ(Rows(net_->directed()), old_rows);
  EXPECT_EQ(boost::num_vertices(net_->undirected()), old_vertices);
  EXPECT_EQ(boost::num_edges(net_->undirected()), old_rows.size() - 1);
}

TEST_F(NetworkTest, SnapshotAfterUpdate) {
  const std::vector<EdgeRow> old_rows = Rows(net_->directed());
  // A failed step leaves a network equal to the old one.
  EXPECT_FALSE(graph_
                   .Update([&](Graph& g) {
                     const ActorId extra = AddActor(g, "P7");
                     AddStatement(g, extra, "2024", {p_[0], p_[1]});
                     AddRelationship(g, extra, p_[2], "ties", false,
                                     Polarity::kNeutral, Interval());
                     // The network inside the step shows the step's changes.
                     EXPECT_EQ(boost::num_edges(NetworkOf(g)->directed()),
                               old_rows.size() + 4);
                     return absl::AbortedError("no");
                   })
                   .ok());
  EXPECT_EQ(Rows(NetworkOf(graph_)->directed()), old_rows);
  EXPECT_EQ(boost::num_vertices(NetworkOf(graph_)->directed()), 7u);

  // A successful one gives a network with the changes.
  ASSERT_THAT(graph_.Update([&](Graph& g) {
    const ActorId extra = AddActor(g, "P7");
    AddStatement(g, extra, "2024", {p_[0], p_[1]});
    return absl::OkStatus();
  }),
              IsOk());
  EXPECT_EQ(boost::num_edges(NetworkOf(graph_)->directed()),
            old_rows.size() + 2);
  EXPECT_EQ(BfsDistances(NetworkOf(graph_)->directed(), ActorId(7)),
            Expected({1, 1, 2, 2, 3, 4, X, 0}));
}

TEST_F(NetworkTest, DirectConstructionMatchesTheCachedSnapshot) {
  const ActorNetwork built(graph_);
  EXPECT_EQ(Rows(built.directed()), Rows(net_->directed()));
  EXPECT_EQ(Rows(built.undirected()), Rows(net_->undirected()));
}

TEST_F(NetworkTest, FilteredConstructionKeepsWhatTheFilterKeeps) {
  for (const char* window : {"../..", "2024-02/2024-12", "2024", "2023-06-15",
                             "../2022", "2025/.."}) {
    for (uint8_t kinds : {EdgeKindMask::kAll, EdgeKindMask::kStatement,
                          static_cast<uint8_t>(EdgeKindMask::kRelationship |
                                               EdgeKindMask::kAffiliation)}) {
      NetworkFilter f;
      f.window = I(window);
      f.kinds = kinds;
      f.polarities = PolarityMask::kCooperative | PolarityMask::kNeutral;
      const ActorNetwork built(graph_, f);
      EXPECT_EQ(boost::num_vertices(built.directed()), graph_.actor_count());
      EXPECT_EQ(Rows(built.directed()),
                Rows(FilterNetwork(net_->directed(), f)))
          << window << " kinds " << int{kinds};
      EXPECT_EQ(Rows(built.undirected()),
                Rows(FilterNetwork(net_->undirected(), f)))
          << window << " kinds " << int{kinds};
    }
  }
}

TEST_F(NetworkTest, StructureVersionCountsWhatTheNetworkShows) {
  uint64_t version = graph_.structure_version();
  // Sources, aliases and events leave the network, and the version, alone.
  ASSERT_TRUE(graph_.AddSource({.title = "a report"}).ok());
  ASSERT_THAT(graph_.AddAlias(p_[0], "Zero"), IsOk());
  ASSERT_TRUE(
      graph_.AddEvent({.label = "a summit", .participants = {p_[0], p_[1]}})
          .ok());
  EXPECT_EQ(graph_.structure_version(), version);
  EXPECT_EQ(NetworkOf(graph_), net_);
  // Each change the network shows moves it on.
  AddStatement(graph_, p_[6], "2024-05", {p_[0]});
  EXPECT_GT(graph_.structure_version(), version);
  version = graph_.structure_version();
  AddActor(graph_, "P7");
  EXPECT_GT(graph_.structure_version(), version);
  version = graph_.structure_version();
  // So does a failed step, which undoes adds the network may have shown.
  EXPECT_FALSE(graph_
                   .Update([&](Graph& g) {
                     AddStatement(g, p_[6], "2024-06", {p_[1]});
                     return absl::AbortedError("no");
                   })
                   .ok());
  EXPECT_GT(graph_.structure_version(), version);
}

TEST(NetworkEmptyTest, EmptyGraph) {
  Graph g;
  const auto net = NetworkOf(g);
  EXPECT_EQ(boost::num_vertices(net->directed()), 0u);
  EXPECT_EQ(boost::num_edges(net->directed()), 0u);
  EXPECT_EQ(boost::num_vertices(net->undirected()), 0u);
  int count = -1;
  Components(net->undirected(), &count);
  EXPECT_EQ(count, 0);
}

}  // namespace
}  // namespace diplograph
