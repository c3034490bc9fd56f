#include "query/date_ranges.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <limits>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/time/civil_time.h"

namespace diplograph::internal {
namespace {

constexpr uint32_t kMaxKey = std::numeric_limits<uint32_t>::max();

absl::CivilDay DayFromNumber(int32_t n) {
  return absl::CivilDay(1970, 1, 1) + n;
}

uint32_t DayKey(absl::CivilDay day) { return Date::FromCivilDay(day).SortKey(); }
uint32_t YearKey(absl::CivilDay day) {
  return static_cast<uint32_t>(day.year()) << 9;
}
uint32_t MonthKey(absl::CivilDay day) {
  return YearKey(day) | (static_cast<uint32_t>(day.month()) << 5);
}

// Days as closed intervals of day numbers, disjoint and ascending.
using DaySet = std::vector<std::pair<int32_t, int32_t>>;

DaySet NormalizeDays(DaySet s) {
  std::sort(s.begin(), s.end());
  DaySet out;
  for (const auto& r : s) {
    if (r.first > r.second) continue;
    if (!out.empty() &&
        static_cast<int64_t>(out.back().second) + 1 >= r.first) {
      out.back().second = std::max(out.back().second, r.second);
    } else {
      out.push_back(r);
    }
  }
  return out;
}

}  // namespace

KeyRanges AllKeys() { return {{0, kMaxKey}}; }

KeyRanges KeysOverlapping(int32_t first, int32_t last) {
  if (first > last) return {};
  if (first == kOpenFirstDay && last == kOpenLastDay) return AllKeys();
  const uint32_t hi = last == kOpenLastDay ? kMaxKey : DayKey(DayFromNumber(last));
  if (first == kOpenFirstDay) return {{1, hi}};
  const absl::CivilDay a = DayFromNumber(first);
  return {{YearKey(a), YearKey(a)}, {MonthKey(a), MonthKey(a)}, {DayKey(a), hi}};
}

KeyRanges KeysOverlapping(const Interval& window) {
  return KeysOverlapping(window.FirstDayNumber(), window.LastDayNumber());
}

KeyRanges Union(const KeyRanges& a, const KeyRanges& b) {
  KeyRanges all = a;
  all.insert(all.end(), b.begin(), b.end());
  std::sort(all.begin(), all.end(), [](const KeyRange& x, const KeyRange& y) {
    return x.lo < y.lo;
  });
  KeyRanges out;
  for (const KeyRange& r : all) {
    if (!out.empty() && (out.back().hi == kMaxKey || out.back().hi + 1 >= r.lo)) {
      out.back().hi = std::max(out.back().hi, r.hi);
    } else {
      out.push_back(r);
    }
  }
  return out;
}

KeyRanges Intersect(const KeyRanges& a, const KeyRanges& b) {
  KeyRanges out;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    const uint32_t lo = std::max(a[i].lo, b[j].lo);
    const uint32_t hi = std::min(a[i].hi, b[j].hi);
    if (lo <= hi) out.push_back({lo, hi});
    if (a[i].hi < b[j].hi) {
      ++i;
    } else {
      ++j;
    }
  }
  return out;
}

bool ContainsKey(const KeyRanges& ranges, uint32_t key) {
  for (const KeyRange& r : ranges) {
    if (r.lo <= key && key <= r.hi) return true;
  }
  return false;
}

bool DateOverlaps(Date date, int32_t first, int32_t last) {
  if (first > last) return false;
  if (!date.is_known()) return first == kOpenFirstDay && last == kOpenLastDay;
  return DayNumber(date.FirstDay()) <= last && first <= DayNumber(date.LastDay());
}

std::vector<HierarchyMember> Hierarchy(const Graph& graph, ActorId root) {
  absl::flat_hash_map<uint32_t, DaySet> days;
  days[root.value] = {{kOpenFirstDay, kOpenLastDay}};
  std::deque<ActorId> work = {root};
  while (!work.empty()) {
    const ActorId org = work.front();
    work.pop_front();
    const DaySet org_days = days[org.value];
    for (ActorId member : graph.MembersOf(org)) {
      DaySet add;
      for (const Affiliation& f : graph.actor(member).affiliations) {
        if (f.organization != org) continue;
        const int32_t lo = f.valid.FirstDayNumber();
        const int32_t hi = f.valid.LastDayNumber();
        for (const auto& r : org_days) {
          add.emplace_back(std::max(lo, r.first), std::min(hi, r.second));
        }
      }
      DaySet& mine = days[member.value];
      DaySet merged = mine;
      merged.insert(merged.end(), add.begin(), add.end());
      merged = NormalizeDays(std::move(merged));
      if (merged != mine) {
        mine = std::move(merged);
        work.push_back(member);
      }
    }
  }
  std::vector<HierarchyMember> out;
  out.reserve(days.size());
  for (const auto& [actor, set] : days) {
    if (set.empty()) continue;
    KeyRanges keys;
    for (const auto& r : set) keys = Union(keys, KeysOverlapping(r.first, r.second));
    out.push_back({ActorId(actor), std::move(keys)});
  }
  std::sort(out.begin(), out.end(),
            [](const HierarchyMember& a, const HierarchyMember& b) {
              return a.actor < b.actor;
            });
  return out;
}

absl::Span<const StatementId> KeySlice(const Graph& graph,
                                       absl::Span<const StatementId> list,
                                       KeyRange range) {
  auto key = [&graph](StatementId id) {
    return graph.statement(id).date().SortKey();
  };
  auto lo = std::partition_point(list.begin(), list.end(), [&](StatementId id) {
    return key(id) < range.lo;
  });
  auto hi = std::partition_point(lo, list.end(), [&](StatementId id) {
    return key(id) <= range.hi;
  });
  return list.subspan(static_cast<size_t>(lo - list.begin()),
                      static_cast<size_t>(hi - lo));
}

}  // namespace diplograph::internal
