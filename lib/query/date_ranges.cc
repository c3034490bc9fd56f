#include "query/date_ranges.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <limits>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"

namespace diplograph::internal {
namespace {

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
        const int32_t lo = FirstDayNumber(f.valid);
        const int32_t hi = LastDayNumber(f.valid);
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
    for (const auto& r : set)
      keys = Union(keys, KeysOverlapping(r.first, r.second));
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
  return KeySlice(list, range, [&graph](StatementId id) {
    return SortKey(graph.statement(id).date());
  });
}

}  // namespace diplograph::internal
