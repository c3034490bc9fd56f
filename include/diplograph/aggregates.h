// Aggregates: statement counts per day, week, month or year (or over the
// whole query), grouped by event code, event root, CAMEO quad class,
// polarity, speaker or target, over any StatementQuery — so for an actor
// (By, About, Involving, with or without affiliates), a pair (Between), or
// the whole graph (no actor) — with Goldstein-style weighted sums when event
// types carry weights.
//
//   StatementQuery q(graph);
//   q.Between(china, united_states).During(*Interval::Parse("2024"));
//   AggregateTable t = *Aggregate(q, Period::kMonth, GroupBy::kQuadClass,
//                                 WeightTable({{"051", 3.4}, {"11", -2.0}}));
//   for (const AggregateRow& row : t.rows) {
//     // row.period ("2024-11"), row.group.quad_class (QuadClass or nullopt),
//     // row.count, row.weighted_sum
//   }
//
//   // A series for a plot: every month of 2024, empty months with count 0.
//   AggregateTable series = *Aggregate(
//       q, {.period = Period::kMonth, .group_by = GroupBy::kNone,
//           .zero_fill = true});
//
//   // The 10 actors that said most about China in 2014.
//   StatementQuery about(graph);
//   about.About(china).During(*Interval::Parse("2014"));
//   std::vector<AggregateRow> top = *TopGroups(about, GroupBy::kSpeaker, 10);
//   // top[0].group.actor, top[0].count; GroupName(graph, top[0].group)
//
// Groups are typed values (AggregateGroup): an ActorId for speakers and
// targets, a code string for codes and roots, a QuadClass, a Polarity.
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

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "diplograph/cameo.h"
#include "diplograph/date.h"
#include "diplograph/event_type.h"
#include "diplograph/graph.h"
#include "diplograph/ids.h"
#include "diplograph/polarity.h"
#include "diplograph/statement_query.h"

namespace diplograph {

// The width of an aggregation bucket.
enum class Period : uint8_t {
  kDay,
  kWeek,  // ISO weeks, Monday to Sunday
  kMonth,
  kYear,
  kAll,  // one bucket for every match, dated or not
};

// What the counts of a bucket are split by.
enum class GroupBy : uint8_t {
  kNone,       // one group
  kEventCode,  // the full code; "" for uncoded statements
  kEventRoot,  // the two-digit root; "" for uncoded statements
  kQuadClass,  // QuadClassOfCode; nullopt for uncoded or other roots
  kPolarity,   // OverallPolarity(statement)
  kSpeaker,    // the statement's speaker
  kTarget,     // each actor the statement is about: a statement with three
               // targets counts once in each of their groups, one with none
               // in the group of the invalid ActorId
};

// A group as a typed value: the field that `by` names holds it, the others
// keep their defaults. Ordered by (by, actor, code, quad_class, polarity):
// actors by id (the invalid id last), codes as strings, a missing quad
// class before the four, polarities from conflictual to cooperative.
struct AggregateGroup {
  GroupBy by = GroupBy::kNone;
  ActorId actor = {};                        // kSpeaker, kTarget
  std::string code = {};                     // kEventCode, kEventRoot
  std::optional<QuadClass> quad_class = {};  // kQuadClass
  Polarity polarity = Polarity::kNeutral;    // kPolarity

  friend bool operator==(const AggregateGroup&,
                         const AggregateGroup&) = default;
  friend std::strong_ordering operator<=>(const AggregateGroup&,
                                          const AggregateGroup&) = default;
};

// The group as text for a table or a legend: the actor's name (or
// "(no target)"), the code (or "(uncoded)"), QuadClassName (or "none"),
// PolarityName, or "" for GroupBy::kNone. REQUIRES: an actor group's id is
// invalid or in `graph`. O(length of the text).
std::string GroupName(const Graph& graph, const AggregateGroup& group);

// The weight of an event type, or nullopt when it has none.
using EventWeightFn = std::function<std::optional<double>(const EventType&)>;

// A weight function from a table of codes: the weight of the longest prefix
// of the code (the code itself first) that the table holds; nullopt for
// uncoded types or when no prefix is in the table. O(code length) hash
// lookups per call. The table is copied into the function.
EventWeightFn WeightTable(absl::flat_hash_map<std::string, double> by_code);

struct AggregateRow {
  // The bucket: a date of the period's precision (day, month or year); for
  // weeks, the Monday that starts the week (day precision); for kAll, the
  // unknown date.
  Date period;
  AggregateGroup group;
  // Statements in the bucket and group.
  uint64_t count = 0;
  // Sum of the weights of those with a weight, and how many had one.
  double weighted_sum = 0;
  uint64_t weighted_count = 0;
};

struct AggregateTable {
  // Ordered by (period, group). Without zero filling, only non-empty rows.
  std::vector<AggregateRow> rows;
  // Matching statements whose date is unknown or coarser than the period
  // (a "2024-11" statement in a per-day table); they are in no row. Always
  // 0 for Period::kAll.
  uint64_t unplaced = 0;
};

struct AggregateOptions {
  Period period = Period::kMonth;
  GroupBy group_by = GroupBy::kNone;
  // May be empty (no weighted sums).
  EventWeightFn weights = {};
  // When true, every period from the start of the query window (or, when
  // it is open there, from the first placed match) to its end (or the last
  // placed match) has a row for every group, with count 0 where nothing
  // matched — what a plot needs. The groups are those with at least one
  // match; GroupBy::kNone always has its one group. An open window with no
  // placed match gives no rows; a closed one gives the empty periods.
  bool zero_fill = false;
};

// Counts the matches of `query` per period and group. O(query + k * t +
// rows log rows) for k matches (t = targets per statement for kTarget, else
// 1); memory O(rows), which with zero filling is periods * groups.
// Errors: those of query.Run(); InvalidArgument when zero filling would
// make more than 2^22 (about 4 million) rows: a window of centuries by
// day, or of decades by day with hundreds of groups.
absl::StatusOr<AggregateTable> Aggregate(const StatementQuery& query,
                                         const AggregateOptions& options);

// The same without zero filling.
absl::StatusOr<AggregateTable> Aggregate(const StatementQuery& query,
                                         Period period, GroupBy group_by,
                                         const EventWeightFn& weights = {});

// The `n` groups with the most matches of `query` (all periods together, as
// Period::kAll), by count descending, ties in group order. Each row's
// period is the unknown date. O(query + k * t + g log n) for g groups.
// Errors: those of query.Run().
absl::StatusOr<std::vector<AggregateRow>> TopGroups(
    const StatementQuery& query, GroupBy group_by, size_t n,
    const EventWeightFn& weights = {});

}  // namespace diplograph

#endif  // DIPLOGRAPH_AGGREGATES_H_
