// Aggregates: statement counts per day, week, month or year, grouped by
// event code, event root, CAMEO quad class or polarity, over any
// StatementQuery — so for an actor (By, About, Involving, with or without
// affiliates), a pair (Between), or the whole graph (no actor) — with
// Goldstein-style weighted sums when event types carry weights.
//
//   StatementQuery q(graph);
//   q.Between(china, united_states).During(*Interval::Parse("2024"));
//   AggregateTable t = *Aggregate(q, Period::kMonth, GroupBy::kQuadClass,
//                                 WeightTable({{"051", 3.4}, {"11", -2.0}}));
//   for (const AggregateRow& row : t.rows) {
//     // row.period ("2024-11"), row.group ("1"), row.count, row.weighted_sum
//   }
//
// Weights. An EventWeightFn maps an event type to its weight (nullopt when
// it has none). WeightTable() makes one from a map of codes to weights,
// falling back from a code to its shorter prefixes ("0511" -> "051" ->
// "05"); a codebook (for instance a CAMEO table carrying Goldstein scores)
// connects by wrapping its lookup in a lambda:
//
//   EventWeightFn goldstein = [&codebook](const EventType& t)
//       -> std::optional<double> { ... codebook lookup of t.code ... };
//
// Thread safety: free functions reading a const Graph; safe to call
// concurrently with other readers. Results are owned values.

#ifndef DIPLOGRAPH_AGGREGATES_H_
#define DIPLOGRAPH_AGGREGATES_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "diplograph/date.h"
#include "diplograph/event_type.h"
#include "diplograph/statement_query.h"

namespace diplograph {

// The width of an aggregation bucket.
enum class Period : uint8_t {
  kDay,
  kWeek,  // ISO weeks, Monday to Sunday
  kMonth,
  kYear,
};

// What the counts of a bucket are split by.
enum class GroupBy : uint8_t {
  kNone,       // one group, ""
  kEventCode,  // the full code; "" for uncoded statements
  kEventRoot,  // the two-digit root; "" for uncoded statements
  kQuadClass,  // "1" .. "4", or "0" for none (see QuadClassNumber)
  kPolarity,   // PolarityName(OverallPolarity(statement))
};

// The weight of an event type, or nullopt when it has none.
using EventWeightFn = std::function<std::optional<double>(const EventType&)>;

// A weight function from a table of codes: the weight of the longest prefix
// of the code (the code itself first) that the table holds; nullopt for
// uncoded types or when no prefix is in the table. O(code length) hash
// lookups per call. The table is copied into the function.
EventWeightFn WeightTable(absl::flat_hash_map<std::string, double> by_code);

struct AggregateRow {
  // The bucket: a date of the period's precision (day, month or year); for
  // weeks, the Monday that starts the week (day precision).
  Date period;
  std::string group;
  // Statements in the bucket and group.
  uint64_t count = 0;
  // Sum of the weights of those with a weight, and how many had one.
  double weighted_sum = 0;
  uint64_t weighted_count = 0;
};

struct AggregateTable {
  // Non-empty buckets, ordered by (period, group).
  std::vector<AggregateRow> rows;
  // Matching statements whose date is unknown or coarser than the period
  // (a "2024-11" statement in a per-day table); they are in no row.
  uint64_t unplaced = 0;
};

// Counts the matches of `query` per period and group. O(query + k log g)
// for k matches and g rows; memory O(rows). `weights` may be empty (no
// weighted sums). Errors: those of query.Run().
absl::StatusOr<AggregateTable> Aggregate(const StatementQuery& query,
                                         Period period, GroupBy group_by,
                                         const EventWeightFn& weights = {});

}  // namespace diplograph

#endif  // DIPLOGRAPH_AGGREGATES_H_
