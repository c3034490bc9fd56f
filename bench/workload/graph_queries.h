// The standard workload's queries (WORKLOAD.md) answered with diplograph's
// public API on a graph loaded from ICEWS quadruples (one statement per row:
// speaker = subject, about = {object}, event type name = relation):
//
//   Q1  StatementsBy(X), a binary search on its (date, id) order;
//   Q2  StatementsBy(X) / StatementsAbout(Y), whichever is shorter, each way;
//   Q3  the other ends of StatementsBy(X) and StatementsAbout(X);
//   Q4  the same, one level further;
//   Q5  a bidirectional breadth-first search over those lists;
//   Q6  StatementsBy(X) and StatementsAbout(X), self-loops once;
//   Q7  per actor, the statements of both lists inside the window, found by
//       binary search (no scan of all statements).
//
// Results are materialised as rows of string_views into the graph (names,
// relation names) and ints; Token() turns a result into its answer token
// outside any timer.

#ifndef DIPLOGRAPH_BENCH_WORKLOAD_GRAPH_QUERIES_H_
#define DIPLOGRAPH_BENCH_WORKLOAD_GRAPH_QUERIES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "diplograph/graph.h"
#include "workload/workload_common.h"

namespace diplograph::workload {

// One result row; which fields are used depends on the phase.
struct Row {
  absl::string_view a, b, c;  // Q1/Q2 subject, relation, object; Q3/Q7 name;
                              // Q6 relation in b
  Date date;                  // Q1/Q2 day; Q6 month
  int64_t n = 0;              // Q6 count; Q7 degree
};

struct Result {
  std::vector<Row> rows;
  int64_t number = 0;  // Q4, Q5
};

// The answer token of `result` for `phase`.
std::string Token(absl::string_view phase, const Result& result);

class GraphQueries {
 public:
  // REQUIRES: `graph` outlives this object and is not changed meanwhile.
  explicit GraphQueries(const Graph& graph);

  // Runs one instance. Errors: NotFound for an unknown actor name,
  // InvalidArgument for a malformed date or phase.
  absl::StatusOr<Result> Run(const Instance& instance);

  // The derived parameters of WORKLOAD.md, computed from the graph.
  Derived Derive() const;

 private:
  absl::StatusOr<ActorId> Actor(absl::string_view name) const;
  Row EventRow(StatementId id) const;
  ActorId Object(StatementId id) const;
  // Calls fn(other end) for every statement of `a` (both lists).
  template <typename Fn>
  void ForEachNeighbourEdge(ActorId a, Fn fn) const;

  Result Q1(ActorId x, Date lo, Date hi) const;
  Result Q2(ActorId x, ActorId y) const;
  Result Q3(ActorId x);
  Result Q4(ActorId x);
  Result Q5(ActorId a, ActorId b);
  Result Q6(ActorId x) const;
  Result Q7(Date lo, Date hi) const;

  const Graph& graph_;
  // Scratch marks, one per actor, reset by bumping the epoch.
  std::vector<uint32_t> mark_;
  std::vector<uint32_t> mark2_;
  uint32_t epoch_ = 0;
};

}  // namespace diplograph::workload

#endif  // DIPLOGRAPH_BENCH_WORKLOAD_GRAPH_QUERIES_H_
