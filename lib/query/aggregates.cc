#include "diplograph/aggregates.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "diplograph/polarity.h"
#include "model/date_keys.h"

namespace diplograph {

EventWeightFn WeightTable(absl::flat_hash_map<std::string, double> by_code) {
  return [table = std::move(by_code)](
             const EventType& type) -> std::optional<double> {
    for (size_t len = type.code.size(); len > 0; --len) {
      auto it = table.find(absl::string_view(type.code).substr(0, len));
      if (it != table.end()) return it->second;
    }
    return std::nullopt;
  };
}

std::string GroupName(const Graph& graph, const AggregateGroup& group) {
  switch (group.by) {
    case GroupBy::kNone:
      return "";
    case GroupBy::kEventCode:
    case GroupBy::kEventRoot:
      return group.code.empty() ? "(uncoded)" : group.code;
    case GroupBy::kQuadClass:
      return group.quad_class ? std::string(QuadClassName(*group.quad_class))
                              : "none";
    case GroupBy::kPolarity:
      return std::string(PolarityName(group.polarity));
    case GroupBy::kSpeaker:
    case GroupBy::kTarget:
      return group.actor.valid() ? graph.actor(group.actor).name
                                 : "(no target)";
  }
  return "";
}

namespace {

constexpr uint32_t kDayBits = 0x1F;
constexpr uint32_t kMonthBits = 0xF << 5;
// The one bucket of Period::kAll (any nonzero key).
constexpr uint32_t kAllBucket = 1;
constexpr size_t kMaxZeroFilledRows = size_t{1} << 22;

// The bucket of the week starting on the Monday on or before `day`, or 0
// when that Monday falls before year 1.
uint32_t WeekKey(absl::CivilDay day) {
  const absl::CivilDay monday =
      absl::PrevWeekday(day + 1, absl::Weekday::monday);
  if (monday.year() < 1) return 0;
  return internal::SortKey(internal::DateOfCivilDay(monday));
}

// The sort key of the bucket of `date`, or 0 when the date is too coarse.
// Keys follow internal::SortKey(): year << 9 | month << 5 | day.
uint32_t BucketKey(Date date, Period period) {
  const uint32_t key = internal::SortKey(date);
  switch (period) {
    case Period::kAll:
      return kAllBucket;
    case Period::kYear:
      return date.precision() >= DatePrecision::kYear
                 ? key & ~(kMonthBits | kDayBits)
                 : 0;
    case Period::kMonth:
      return date.precision() >= DatePrecision::kMonth ? key & ~kDayBits : 0;
    case Period::kDay:
      return date.precision() >= DatePrecision::kDay ? key : 0;
    case Period::kWeek:
      if (date.precision() < DatePrecision::kDay) return 0;
      return WeekKey(internal::CivilDayOf(date));
  }
  return 0;
}

// The Date a bucket key stands for.
Date BucketDate(uint32_t key, Period period) {
  const int year = static_cast<int>(key >> 9);
  const int month = static_cast<int>((key >> 5) & 0xF);
  const int day = static_cast<int>(key & kDayBits);
  switch (period) {
    case Period::kAll:
      return Date();
    case Period::kYear:
      return *Date::FromYear(year);
    case Period::kMonth:
      return *Date::FromYearMonth(year, month);
    case Period::kDay:
    case Period::kWeek:
      return *Date::FromYearMonthDay(year, month, day);
  }
  return Date();
}

// The bucket after `key`, or 0 past year 9999.
uint32_t NextBucket(uint32_t key, Period period) {
  const Date d = BucketDate(key, period);
  absl::CivilDay next;
  switch (period) {
    case Period::kAll:
      return 0;
    case Period::kYear:
      next = absl::CivilDay(absl::CivilYear(d.year()) + 1);
      break;
    case Period::kMonth:
      next = absl::CivilDay(absl::CivilMonth(d.year(), d.month()) + 1);
      break;
    case Period::kDay:
      next = internal::CivilDayOf(d) + 1;
      break;
    case Period::kWeek:
      next = internal::CivilDayOf(d) + 7;
      break;
  }
  if (next.year() > 9999) return 0;
  return BucketKey(internal::DateOfCivilDay(next), period);
}

// A group while counting: a number (actor id, quad class, polarity) and a
// view of a code in the graph's strings, valid while the graph is
// unchanged.
struct GroupKey {
  uint32_t number = 0;
  absl::string_view text;

  friend bool operator==(const GroupKey& a, const GroupKey& b) {
    return a.number == b.number && a.text == b.text;
  }
  template <typename H>
  friend H AbslHashValue(H h, const GroupKey& k) {
    return H::combine(std::move(h), k.number, k.text);
  }
};

AggregateGroup ToGroup(GroupBy by, const GroupKey& key) {
  AggregateGroup g;
  g.by = by;
  switch (by) {
    case GroupBy::kNone:
      break;
    case GroupBy::kEventCode:
    case GroupBy::kEventRoot:
      g.code = std::string(key.text);
      break;
    case GroupBy::kQuadClass:
      if (key.number != 0) g.quad_class = static_cast<QuadClass>(key.number);
      break;
    case GroupBy::kPolarity:
      g.polarity = static_cast<Polarity>(static_cast<int>(key.number) - 1);
      break;
    case GroupBy::kSpeaker:
    case GroupBy::kTarget:
      g.actor = ActorId(key.number);
      break;
  }
  return g;
}

// Calls fn(key) for each group `s` counts in: once, or for kTarget once per
// target (once with the invalid id when there is none).
template <typename Fn>
void ForEachGroup(const StatementView& s, GroupBy by, Fn fn) {
  switch (by) {
    case GroupBy::kNone:
      fn(GroupKey{});
      return;
    case GroupBy::kEventCode:
      fn(GroupKey{0, s.event_type().code});
      return;
    case GroupBy::kEventRoot:
      fn(GroupKey{0, s.event_type().root_code()});
      return;
    case GroupBy::kQuadClass: {
      uint32_t quad = 0;
      const std::string& code = s.event_type().code;
      if (!code.empty()) {
        if (absl::StatusOr<QuadClass> q = QuadClassOfCode(code); q.ok()) {
          quad = static_cast<uint32_t>(*q);
        }
      }
      fn(GroupKey{quad, {}});
      return;
    }
    case GroupBy::kPolarity:
      fn(GroupKey{
          static_cast<uint32_t>(static_cast<int>(OverallPolarity(s)) + 1), {}});
      return;
    case GroupBy::kSpeaker:
      fn(GroupKey{s.speaker().value, {}});
      return;
    case GroupBy::kTarget:
      if (s.about().empty()) fn(GroupKey{ActorId().value, {}});
      for (ActorId t : s.about()) fn(GroupKey{t.value, {}});
      return;
  }
}

using Cell = std::pair<uint32_t, GroupKey>;  // (bucket, group)

// Adds the empty (bucket, group) cells of the zero-filled range.
absl::Status ZeroFill(const StatementQuery& query, Period period,
                      GroupBy group_by, uint32_t first_placed,
                      uint32_t last_placed,
                      absl::flat_hash_map<Cell, AggregateRow>& rows) {
  std::vector<GroupKey> groups;
  {
    absl::flat_hash_map<GroupKey, bool> seen;
    for (const auto& [cell, row] : rows) {
      if (seen.emplace(cell.second, true).second) groups.push_back(cell.second);
    }
    if (group_by == GroupBy::kNone && groups.empty()) groups.push_back({});
  }
  if (groups.empty()) return absl::OkStatus();
  uint32_t first = first_placed;
  uint32_t last = last_placed;
  if (period == Period::kAll) {
    first = last = kAllBucket;
  } else {
    const Interval& window = query.window();
    if (!window.is_open_begin()) {
      // Never 0: 0001-01-01 is a Monday, so every week has its bucket.
      const uint32_t key = BucketKey(window.begin().FirstDay(), period);
      if (key != 0 && (first == 0 || key < first)) first = key;
    }
    if (!window.is_open_end()) {
      const uint32_t key = BucketKey(window.end().LastDay(), period);
      if (key > last) last = key;
    }
  }
  if (first == 0 || last == 0) return absl::OkStatus();
  size_t cells = 0;
  for (uint32_t b = first; b != 0 && b <= last; b = NextBucket(b, period)) {
    cells += groups.size();
    if (cells > kMaxZeroFilledRows) {
      return absl::InvalidArgumentError(
          absl::StrCat("Aggregate: zero filling would make more than ",
                       kMaxZeroFilledRows, " rows (", groups.size(),
                       " groups); use a longer period or a "
                       "shorter window"));
    }
  }
  for (uint32_t b = first; b != 0 && b <= last; b = NextBucket(b, period)) {
    for (const GroupKey& g : groups) rows.try_emplace(Cell{b, g});
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<AggregateTable> Aggregate(const StatementQuery& query,
                                         const AggregateOptions& options) {
  absl::StatusOr<StatementCursor> cursor = query.Run();
  if (!cursor.ok()) return cursor.status();
  absl::flat_hash_map<Cell, AggregateRow> rows;
  AggregateTable table;
  uint32_t first_placed = 0;
  uint32_t last_placed = 0;
  StatementId id;
  while (cursor->Next(&id)) {
    const StatementView s = cursor->graph().statement(id);
    const uint32_t bucket = BucketKey(s.date(), options.period);
    if (bucket == 0) {
      ++table.unplaced;
      continue;
    }
    if (first_placed == 0 || bucket < first_placed) first_placed = bucket;
    last_placed = std::max(last_placed, bucket);
    std::optional<double> weight;
    if (options.weights) weight = options.weights(s.event_type());
    ForEachGroup(s, options.group_by, [&](const GroupKey& group) {
      AggregateRow& row = rows[Cell{bucket, group}];
      ++row.count;
      if (weight) {
        row.weighted_sum += *weight;
        ++row.weighted_count;
      }
    });
  }
  if (options.zero_fill) {
    if (absl::Status s = ZeroFill(query, options.period, options.group_by,
                                  first_placed, last_placed, rows);
        !s.ok()) {
      return s;
    }
  }
  table.rows.reserve(rows.size());
  for (auto& [cell, row] : rows) {
    row.period = BucketDate(cell.first, options.period);
    row.group = ToGroup(options.group_by, cell.second);
    table.rows.push_back(std::move(row));
  }
  std::sort(table.rows.begin(), table.rows.end(),
            [](const AggregateRow& a, const AggregateRow& b) {
              if (a.period != b.period) return a.period < b.period;
              return a.group < b.group;
            });
  return table;
}

absl::StatusOr<AggregateTable> Aggregate(const StatementQuery& query,
                                         Period period, GroupBy group_by,
                                         const EventWeightFn& weights) {
  return Aggregate(
      query, AggregateOptions{
                 .period = period, .group_by = group_by, .weights = weights});
}

absl::StatusOr<std::vector<AggregateRow>> TopGroups(
    const StatementQuery& query, GroupBy group_by, size_t n,
    const EventWeightFn& weights) {
  absl::StatusOr<AggregateTable> table =
      Aggregate(query, AggregateOptions{.period = Period::kAll,
                                        .group_by = group_by,
                                        .weights = weights});
  if (!table.ok()) return table.status();
  std::vector<AggregateRow>& rows = table->rows;  // in group order
  auto more = [](const AggregateRow& a, const AggregateRow& b) {
    if (a.count != b.count) return a.count > b.count;
    return a.group < b.group;
  };
  n = std::min(n, rows.size());
  std::partial_sort(rows.begin(), rows.begin() + static_cast<ptrdiff_t>(n),
                    rows.end(), more);
  rows.resize(n);
  return std::move(rows);
}

}  // namespace diplograph
