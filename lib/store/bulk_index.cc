// Counting-sort indexing of a graph's statements in one pass; see
// bulk_index.h.

#include "store/bulk_index.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <utility>
#include <vector>

#include "absl/types/span.h"
#include "model/date_keys.h"
#include "store/statement_index.h"

namespace diplograph::internal {
namespace {

// Every statement ordered by (date, id): a stable two-pass radix sort
// (RadixOrder) on the 32-bit date key; `keys` gets the key of each
// statement, by id. Scratch: 4 bytes per statement more.
std::vector<StatementId> SortByDate(const GraphData& d,
                                    std::vector<uint32_t>& keys) {
  const size_t n = d.statements.size();
  std::vector<StatementId> out(n);
  keys.resize(n);
  bool sorted = true;
  for (size_t i = 0; i < n; ++i) {
    keys[i] = SortKey(d.statements[i].date);
    if (i > 0 && keys[i] < keys[i - 1]) sorted = false;
  }
  if (sorted) {
    for (size_t i = 0; i < n; ++i) {
      out[i] = StatementId(static_cast<uint32_t>(i));
    }
    return out;
  }
  RadixOrder(keys, 0, out.data());
  return out;
}

// d.by_date := `order` in full blocks, the keys read from `keys` (by id,
// 4 MB at 1M: far fewer cache misses than the rows).
void AssignByDate(GraphData& d, absl::Span<const StatementId> order,
                  const std::vector<uint32_t>& keys) {
  d.by_date.Assign(order, [&keys](StatementId id) { return keys[id.value]; });
}

// Each actor's `by` and `about` lists, reserved to their exact sizes and
// filled in date order.
void BuildActorLists(GraphData& d, absl::Span<const StatementId> order) {
  const size_t actors = d.lists.size();
  {
    std::vector<uint32_t> by(actors), about(actors);
    for (const StatementRow& row : d.statements) ++by[row.speaker.value];
    for (ActorId t : d.about_pool) ++about[t.value];
    for (size_t a = 0; a < actors; ++a) {
      d.lists[a].by.reserve(by[a]);
      d.lists[a].about.reserve(about[a]);
    }
  }
  for (size_t n = 0; n < order.size(); ++n) {
    // Rows are visited in date order, i.e. at random: fetch ahead.
    if (n + 16 < order.size()) {
      __builtin_prefetch(&d.statements[order[n + 16].value]);
    }
    const StatementId id = order[n];
    const StatementRow& row = d.statements[id.value];
    d.lists[row.speaker.value].by.push_back(id);
    for (uint32_t k = 0; k < row.about_count; ++k) {
      d.lists[d.about_pool[row.about_begin + k].value].about.push_back(id);
    }
  }
}

// The pair index, speaker by speaker: the speaker's list is in date order,
// and a stable sort by target makes one run per pair, appended at once.
// Scratch: 8 bytes per entry of one speaker.
void BuildPairs(GraphData& d) {
  d.pair_statements.ReserveMore(d.about_pool.size());
  std::vector<std::pair<uint32_t, StatementId>> entries;  // (target, id)
  std::vector<StatementId> run;
  for (size_t speaker = 0; speaker < d.lists.size(); ++speaker) {
    const std::vector<StatementId>& by = d.lists[speaker].by;
    if (by.empty()) continue;
    entries.clear();
    for (size_t i = 0; i < by.size(); ++i) {
      if (i + 16 < by.size())
        __builtin_prefetch(&d.statements[by[i + 16].value]);
      const StatementRow& row = d.statements[by[i].value];
      for (uint32_t k = 0; k < row.about_count; ++k) {
        entries.emplace_back(d.about_pool[row.about_begin + k].value, by[i]);
      }
    }
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const auto& a, const auto& b) { return a.first < b.first; });
    for (size_t i = 0; i < entries.size();) {
      const uint32_t target = entries[i].first;
      size_t j = i;
      while (j < entries.size() && entries[j].first == target) ++j;
      run.clear();
      for (size_t k = i; k < j; ++k) run.push_back(entries[k].second);
      uint32_t old_size = 0;
      d.pair_statements.Append(
          GraphData::PairKey(ActorId(static_cast<uint32_t>(speaker)),
                             ActorId(target)),
          run, &old_size);
      i = j;
    }
  }
}

// LinksTo: each linking statement once per statement it links to, in date
// order.
void BuildLinks(GraphData& d, absl::Span<const StatementId> order) {
  if (d.extras.empty()) return;
  for (StatementId id : order) {
    const uint32_t e = d.statements[id.value].extra;
    if (e == kNoExtra) continue;
    const std::vector<StatementLink>& links = d.extras[e].links;
    for (size_t i = 0; i < links.size(); ++i) {
      bool seen = false;
      for (size_t j = 0; j < i && !seen; ++j) {
        seen = links[j].statement == links[i].statement;
      }
      if (!seen) d.links_to[links[i].statement.value].push_back(id);
    }
  }
}

// Builds the by-date index and returns the statements in its order (the
// sort's scratch freed before the caller builds the next structure).
std::vector<StatementId> BuildDateIndexInOrder(GraphData& d) {
  std::vector<uint32_t> keys;
  std::vector<StatementId> order = SortByDate(d, keys);
  AssignByDate(d, order, keys);
  return order;
}

}  // namespace

void BuildDateIndex(GraphData& d) { BuildDateIndexInOrder(d); }

void IndexAllBulk(GraphData& d) {
  {
    const std::vector<StatementId> order = BuildDateIndexInOrder(d);
    BuildActorLists(d, order);
    BuildLinks(d, order);
  }
  BuildPairs(d);
  d.indexed_statements.store(static_cast<uint32_t>(d.statements.size()),
                             std::memory_order_release);
}

void IndexAllBulkAroundAdopted(GraphData& d) {
  BuildLinks(d, BuildDateIndexInOrder(d));
  d.indexed_statements.store(static_cast<uint32_t>(d.statements.size()),
                             std::memory_order_release);
}

}  // namespace diplograph::internal
