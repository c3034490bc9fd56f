#include "diplograph/aggregates.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
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

namespace {

constexpr uint32_t kDayBits = 0x1F;
constexpr uint32_t kMonthBits = 0xF << 5;

// The sort key of the bucket of `date`, or 0 when the date is too coarse.
// Keys follow internal::SortKey(): year << 9 | month << 5 | day.
uint32_t BucketKey(Date date, Period period) {
  const uint32_t key = internal::SortKey(date);
  switch (period) {
    case Period::kYear:
      return date.precision() >= DatePrecision::kYear
                 ? key & ~(kMonthBits | kDayBits)
                 : 0;
    case Period::kMonth:
      return date.precision() >= DatePrecision::kMonth ? key & ~kDayBits : 0;
    case Period::kDay:
      return date.precision() >= DatePrecision::kDay ? key : 0;
    case Period::kWeek: {
      if (date.precision() < DatePrecision::kDay) return 0;
      const absl::CivilDay monday = absl::PrevWeekday(
          absl::CivilDay(date.year(), date.month(), date.day()) + 1,
          absl::Weekday::monday);
      if (monday.year() < 1) return 0;
      return internal::SortKey(*Date::FromYearMonthDay(
          static_cast<int>(monday.year()), monday.month(), monday.day()));
    }
  }
  return 0;
}

// The Date a bucket key stands for.
Date BucketDate(uint32_t key, Period period) {
  const int year = static_cast<int>(key >> 9);
  const int month = static_cast<int>((key >> 5) & 0xF);
  const int day = static_cast<int>(key & kDayBits);
  switch (period) {
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

// The group of a statement. Views into the graph's strings or static text,
// valid while the graph is unchanged.
absl::string_view Group(const StatementView& s, GroupBy by) {
  static constexpr absl::string_view kQuad[] = {"0", "1", "2", "3", "4"};
  switch (by) {
    case GroupBy::kNone:
      return "";
    case GroupBy::kEventCode:
      return s.event_type().code;
    case GroupBy::kEventRoot:
      return s.event_type().root_code();
    case GroupBy::kQuadClass:
      return kQuad[QuadClassNumber(s.event_type().code)];
    case GroupBy::kPolarity:
      return PolarityName(OverallPolarity(s));
  }
  return "";
}

}  // namespace

absl::StatusOr<AggregateTable> Aggregate(const StatementQuery& query,
                                         Period period, GroupBy group_by,
                                         const EventWeightFn& weights) {
  absl::StatusOr<StatementCursor> cursor = query.Run();
  if (!cursor.ok()) return cursor.status();
  absl::flat_hash_map<std::pair<uint32_t, absl::string_view>, AggregateRow>
      rows;
  AggregateTable table;
  StatementId id;
  while (cursor->Next(&id)) {
    const StatementView s = cursor->graph().statement(id);
    const uint32_t bucket = BucketKey(s.date(), period);
    if (bucket == 0) {
      ++table.unplaced;
      continue;
    }
    AggregateRow& row = rows[{bucket, Group(s, group_by)}];
    ++row.count;
    if (weights) {
      if (std::optional<double> w = weights(s.event_type())) {
        row.weighted_sum += *w;
        ++row.weighted_count;
      }
    }
  }
  std::vector<std::pair<std::pair<uint32_t, absl::string_view>, AggregateRow>>
      sorted(rows.begin(), rows.end());
  std::sort(sorted.begin(), sorted.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  table.rows.reserve(sorted.size());
  for (auto& [key, row] : sorted) {
    row.period = BucketDate(key.first, period);
    row.group = std::string(key.second);
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace diplograph
