// Counting-sort indexing of a graph's statements in one pass; see
// bulk_index.h.

#include "store/bulk_index.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <thread>
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

// Each actor's `by` lists (if `by`) and `about` lists (if `about`),
// reserved to their exact sizes and filled in date order. The import on
// several threads builds the two kinds on two threads; one thread builds
// both in one pass.
void BuildActorLists(GraphData& d, absl::Span<const StatementId> order, bool by,
                     bool about) {
  {
    const size_t actors = d.lists.size();
    std::vector<uint32_t> by_size(by ? actors : 0);
    std::vector<uint32_t> about_size(about ? actors : 0);
    if (by) {
      for (const StatementRow& row : d.statements) ++by_size[row.speaker.value];
    }
    if (about) {
      for (ActorId t : d.about_pool) ++about_size[t.value];
    }
    for (size_t a = 0; a < actors; ++a) {
      if (by) d.lists[a].by.reserve(by_size[a]);
      if (about) d.lists[a].about.reserve(about_size[a]);
    }
  }
  for (size_t n = 0; n < order.size(); ++n) {
    // Rows are visited in date order, i.e. at random: fetch ahead.
    if (n + 16 < order.size()) {
      __builtin_prefetch(&d.statements[order[n + 16].value]);
    }
    const StatementId id = order[n];
    const StatementRow& row = d.statements[id.value];
    if (by) d.lists[row.speaker.value].by.push_back(id);
    if (!about) continue;
    for (uint32_t k = 0; k < row.about_count; ++k) {
      d.lists[d.about_pool[row.about_begin + k].value].about.push_back(id);
    }
  }
}

// The pair index, in two steps. First, speaker by speaker, the speaker's
// (target, position in its date-ordered `by` list) entries are sorted, so
// that each pair's statements form one run in date order, written straight
// into the pool at `begin`; each run's key and size are noted in `runs`.
// Speakers [first, last); `begin` is where their entries start. Scratch: 8
// bytes per entry of one speaker.
struct PairRuns {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> sizes;
};

void SortPairRuns(const GraphData& d, size_t first, size_t last,
                  StatementId* out, PairRuns& runs) {
  std::vector<uint64_t> entries;  // target << 32 | position in `by`
  for (size_t speaker = first; speaker < last; ++speaker) {
    const std::vector<StatementId>& by = d.lists[speaker].by;
    if (by.empty()) continue;
    entries.clear();
    for (size_t i = 0; i < by.size(); ++i) {
      if (i + 16 < by.size()) {
        __builtin_prefetch(&d.statements[by[i + 16].value]);
      }
      const StatementRow& row = d.statements[by[i].value];
      for (uint32_t k = 0; k < row.about_count; ++k) {
        entries.push_back(
            static_cast<uint64_t>(d.about_pool[row.about_begin + k].value)
                << 32 |
            i);
      }
    }
    // Positions are distinct, so the keys are: an unstable sort keeps each
    // pair's statements in date order.
    std::sort(entries.begin(), entries.end());
    for (size_t i = 0; i < entries.size();) {
      const uint32_t target = static_cast<uint32_t>(entries[i] >> 32);
      size_t j = i;
      for (; j < entries.size() && entries[j] >> 32 == target; ++j) {
        *out++ = by[static_cast<uint32_t>(entries[j])];
      }
      runs.keys.push_back(GraphData::PairKey(
          ActorId(static_cast<uint32_t>(speaker)), ActorId(target)));
      runs.sizes.push_back(static_cast<uint32_t>(j - i));
      i = j;
    }
  }
}

// Then the pool is adopted with one hash slot per run (the table sized
// once). `parts` splits the speakers into that many ranges of about equal
// entries, sorted on as many threads.
void BuildPairs(GraphData& d, int parts) {
  const size_t actors = d.lists.size();
  // bounds[p]: the first speaker of part p; at[p]: where its entries start
  // in the pool.
  std::vector<size_t> bounds(1, 0), at(1, 0);
  size_t total = 0;
  {
    std::vector<uint32_t> entries(actors);
    for (const StatementRow& row : d.statements) {
      entries[row.speaker.value] += row.about_count;
      total += row.about_count;
    }
    const auto n = static_cast<size_t>(std::max(parts, 1));
    const size_t share = (total + n - 1) / n;
    size_t sum = 0;
    for (size_t a = 0; a + 1 < actors && bounds.size() < n; ++a) {
      sum += entries[a];
      if (sum >= share * bounds.size()) {
        bounds.push_back(a + 1);
        at.push_back(sum);
      }
    }
  }
  bounds.push_back(actors);
  const size_t n = at.size();
  std::vector<StatementId> pool(total);
  std::vector<PairRuns> runs(n);
  for (size_t p = 0; p < n; ++p) {
    // At most one run per entry: room that is only touched as far as the
    // runs go, so that the lists never move while they grow.
    const size_t most = (p + 1 < n ? at[p + 1] : total) - at[p];
    runs[p].keys.reserve(most);
    runs[p].sizes.reserve(most);
  }
  {
    std::vector<std::thread> helpers;
    for (size_t p = 1; p < n; ++p) {
      helpers.emplace_back([&d, &bounds, &at, &pool, &runs, p] {
        SortPairRuns(d, bounds[p], bounds[p + 1], pool.data() + at[p], runs[p]);
      });
    }
    SortPairRuns(d, bounds[0], bounds[1], pool.data(), runs[0]);
    for (std::thread& t : helpers) t.join();
  }
  // first[p]: the index of part p's first run.
  std::vector<size_t> first(n + 1, 0);
  for (size_t p = 0; p < n; ++p) first[p + 1] = first[p] + runs[p].keys.size();
  d.pair_statements.Adopt(std::move(pool), first[n], [&](size_t i) {
    const size_t p =
        static_cast<size_t>(std::upper_bound(first.begin(), first.end(), i) -
                            first.begin()) -
        1;
    return std::pair<uint64_t, uint32_t>(runs[p].keys[i - first[p]],
                                         runs[p].sizes[i - first[p]]);
  });
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
  const int threads = std::max(1, d.bulk_index_threads);
  if (threads == 1) {
    {
      const std::vector<StatementId> order = BuildDateIndexInOrder(d);
      BuildActorLists(d, order, /*by=*/true, /*about=*/true);
      BuildLinks(d, order);
    }
    BuildPairs(d, 1);
  } else {
    {
      std::vector<uint32_t> keys;
      const std::vector<StatementId> order = SortByDate(d, keys);
      // The by-date index, the `about` lists and LinksTo beside the `by`
      // lists (which the pair index needs).
      std::thread helper([&d, &order, &keys] {
        AssignByDate(d, order, keys);
        std::vector<uint32_t>().swap(keys);
        BuildActorLists(d, order, /*by=*/false, /*about=*/true);
        BuildLinks(d, order);
      });
      BuildActorLists(d, order, /*by=*/true, /*about=*/false);
      helper.join();
    }
    BuildPairs(d, threads);
  }
  d.indexed_statements.store(static_cast<uint32_t>(d.statements.size()),
                             std::memory_order_release);
}

void IndexAllBulkAroundAdopted(GraphData& d) {
  BuildLinks(d, BuildDateIndexInOrder(d));
  d.indexed_statements.store(static_cast<uint32_t>(d.statements.size()),
                             std::memory_order_release);
}

}  // namespace diplograph::internal
