#include "diplograph/aggregates.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "diplograph/polarity.h"

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

namespace {

// The bucket of `date`, or nullopt when the date is too coarse.
std::optional<Date> Bucket(Date date, Period period) {
  switch (period) {
    case Period::kYear:
      if (date.precision() < DatePrecision::kYear) return std::nullopt;
      return *Date::FromYear(date.year());
    case Period::kMonth:
      if (date.precision() < DatePrecision::kMonth) return std::nullopt;
      return *Date::FromYearMonth(date.year(), date.month());
    case Period::kDay:
      if (date.precision() < DatePrecision::kDay) return std::nullopt;
      return date;
    case Period::kWeek: {
      if (date.precision() < DatePrecision::kDay) return std::nullopt;
      const absl::CivilDay day = date.FirstDay();
      const absl::CivilDay monday =
          absl::PrevWeekday(day + 1, absl::Weekday::monday);
      if (monday.year() < 1) return std::nullopt;
      return Date::FromCivilDay(monday);
    }
  }
  return std::nullopt;
}

std::string Group(const StatementView& s, GroupBy by) {
  switch (by) {
    case GroupBy::kNone:
      return "";
    case GroupBy::kEventCode:
      return s.event_type().code;
    case GroupBy::kEventRoot:
      return std::string(s.event_type().root_code());
    case GroupBy::kQuadClass:
      return absl::StrCat(QuadClassOfCode(s.event_type().code));
    case GroupBy::kPolarity:
      return std::string(PolarityName(OverallPolarity(s)));
  }
  return "";
}

}  // namespace

absl::StatusOr<AggregateTable> Aggregate(const StatementQuery& query,
                                         Period period, GroupBy group_by,
                                         const EventWeightFn& weights) {
  absl::StatusOr<StatementCursor> cursor = query.Run();
  if (!cursor.ok()) return cursor.status();
  // Results arrive in date order, so buckets arrive in order too (a week can
  // straddle a month; the map keeps it right either way).
  std::map<std::pair<uint32_t, std::string>, AggregateRow> rows;
  AggregateTable table;
  StatementId id;
  while (cursor->Next(&id)) {
    const StatementView s = cursor->graph().statement(id);
    const std::optional<Date> bucket = Bucket(s.date(), period);
    if (!bucket) {
      ++table.unplaced;
      continue;
    }
    std::string group = Group(s, group_by);
    auto [it, inserted] =
        rows.try_emplace({bucket->SortKey(), group}, AggregateRow{});
    AggregateRow& row = it->second;
    if (inserted) {
      row.period = *bucket;
      row.group = std::move(group);
    }
    ++row.count;
    if (weights) {
      if (std::optional<double> w = weights(s.event_type())) {
        row.weighted_sum += *w;
        ++row.weighted_count;
      }
    }
  }
  table.rows.reserve(rows.size());
  for (auto& [key, row] : rows) table.rows.push_back(std::move(row));
  return table;
}

}  // namespace diplograph
