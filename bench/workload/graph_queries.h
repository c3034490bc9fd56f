// The standard workload's queries (WORKLOAD.md) answered with diplograph's
// public query API on a graph loaded from ICEWS quadruples (one statement
// per row: speaker = subject, about = {object}, event type name =
// relation), so that the benchmark times what a user of the library calls:
//
//   Q1  StatementQuery().By(X).During(DLO/DHI);
//   Q2  StatementQuery().Between(X, Y) (the (speaker, target) pair index,
//       both directions);
//   Q3  X's distinct neighbours over statement edges, both directions
//       (NeighboursOf(graph, statement edges)->Neighbours(X, kBoth));
//   Q4  NeighbourhoodOf(graph, X, 2, statement edges): the distinct actors
//       within two hops;
//   Q5  ShortestPaths() over the statement edges, one path, no evidence;
//   Q6  StatementQuery().Involving(X) (each statement once), counted by
//       month and event type name;
//   Q7  StatementDegreesDuring(graph, lo/hi): each statement counted for
//       its speaker and its target.
//
// Constructing a GraphQueries takes the graph's neighbour index over
// statement edges (NeighboursOf), which Q3-Q5 use, and ranks the actors'
// names in byte order once (the order the workload's answers are sorted
// in: Q1/Q2 rows, Q3 names, Q7 ties): the workload program times both as
// part of the load (L). Results are materialised as rows of
// string_views into the graph (names, relation names) and ints; Token() turns a
// result into its answer token outside any timer.

#ifndef DIPLOGRAPH_BENCH_WORKLOAD_GRAPH_QUERIES_H_
#define DIPLOGRAPH_BENCH_WORKLOAD_GRAPH_QUERIES_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "diplograph/graph.h"
#include "diplograph/network.h"
#include "diplograph/statement_query.h"
#include "workload/workload_common.h"

namespace diplograph::workload {

// One result row; which fields are used depends on the phase.
struct Row {
  absl::string_view a, b, c;  // Q1/Q2 subject, relation, object; Q3/Q7 name;
                              // Q6 relation in b
  Date date;                  // Q1/Q2 day; Q6 month
  int64_t n = 0;              // Q6 count; Q7 degree
  // Q1/Q2: the places of a's and c's names in the byte order of all actor
  // names (NameRanks), so that sorting rows compares integers.
  uint32_t a_rank = 0, c_rank = 0;
};

struct Result {
  std::vector<Row> rows;
  int64_t number = 0;  // Q4, Q5
};

// The answer token of `result` for `phase`.
std::string Token(absl::string_view phase, const Result& result);

class GraphQueries {
 public:
  // Takes the neighbour index of `graph` over statement edges
  // (O(actors + edges) the first time).
  // REQUIRES: `graph` outlives this object and is not changed meanwhile.
  explicit GraphQueries(const Graph& graph);

  // Runs one instance. Errors: NotFound for an unknown actor name,
  // InvalidArgument for a malformed date or phase.
  absl::StatusOr<Result> Run(const Instance& instance);

  // The derived parameters of WORKLOAD.md, computed from the graph.
  Derived Derive() const;

 private:
  Row EventRow(StatementId id) const;
  // The rows of the matches of `query`, in workload order (by date, subject,
  // relation, object).
  absl::StatusOr<Result> Rows(const StatementQuery& query) const;

  absl::StatusOr<Result> Q1(ActorId x, Date lo, Date hi) const;
  absl::StatusOr<Result> Q2(ActorId x, ActorId y) const;
  Result Q3(ActorId x) const;
  absl::StatusOr<Result> Q4(ActorId x) const;
  absl::StatusOr<Result> Q5(ActorId a, ActorId b) const;
  absl::StatusOr<Result> Q6(ActorId x) const;
  absl::StatusOr<Result> Q7(Date lo, Date hi) const;

  // The rank of an actor's name: 0 for no actor, 1 ... actor_count in the
  // byte order of the names.
  uint32_t Rank(ActorId id) const { return id.valid() ? rank_[id.value] : 0; }

  const Graph& graph_;
  std::shared_ptr<const NeighbourIndex> neighbours_;  // statement edges
  std::vector<uint32_t> rank_;    // actor id -> rank (1-based)
  std::vector<ActorId> by_rank_;  // rank - 1 -> actor id
};

}  // namespace diplograph::workload

#endif  // DIPLOGRAPH_BENCH_WORKLOAD_GRAPH_QUERIES_H_
