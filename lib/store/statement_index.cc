// Indexing of statements into the sorted per-actor, per-pair, by-date and
// link lists: one at a time, in bulk (radix-ordered tails merged into the
// old lists), or deferred until a read; and the rebuild of the actor,
// relationship and event indexes after a rollback.

#include "store/statement_index.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "absl/types/span.h"
#include "model/date_keys.h"
#include "store/bulk_index.h"
#include "store/graph_data.h"
#include "store/graph_helpers.h"

namespace diplograph::internal {

void RadixOrder(absl::Span<const uint32_t> keys, uint32_t first,
                StatementId* out) {
  const size_t n = keys.size();
  constexpr size_t kBuckets = size_t{1} << 16;
  std::vector<size_t> count(kBuckets + 1);
  // Pass 1, low half of the key: offsets into tmp.
  std::vector<uint32_t> tmp(n);
  for (uint32_t k : keys) ++count[(k & 0xFFFF) + 1];
  for (size_t b = 1; b <= kBuckets; ++b) count[b] += count[b - 1];
  for (size_t i = 0; i < n; ++i) {
    tmp[count[keys[i] & 0xFFFF]++] = static_cast<uint32_t>(i);
  }
  // Pass 2, high half.
  std::fill(count.begin(), count.end(), 0);
  for (uint32_t k : keys) ++count[(k >> 16) + 1];
  for (size_t b = 1; b <= kBuckets; ++b) count[b] += count[b - 1];
  for (size_t i = 0; i < n; ++i) {
    const uint32_t k = tmp[i];
    out[count[keys[k] >> 16]++] = StatementId(first + k);
  }
}

namespace {

// Extends d.date_keys to statements [0, end) (GraphData::date_keys).
void ExtendDateKeys(GraphData& d, uint32_t end) {
  const size_t from = d.date_keys.size();
  if (from >= end) return;
  d.date_keys.resize(end);
  for (size_t i = from; i < end; ++i) {
    d.date_keys[i] = SortKey(d.statements[i].date);
  }
}

// The date key of `id`. REQUIRES: ExtendDateKeys covered `id`.
inline uint32_t DateKey(const GraphData& d, StatementId id) {
  return d.date_keys[id.value];
}

// Sorts by (key, id). Each key is read once into a packed (key, id) word and
// the words are sorted, instead of comparing through two random record
// lookups per comparison; a list already in order is left as it is.
// `scratch` is reused between calls.
template <typename IdT, typename KeyFn>
void SortList(std::vector<IdT>& list, KeyFn key,
              std::vector<uint64_t>& scratch) {
  if (list.size() < 2) return;
  scratch.resize(list.size());
  bool sorted = true;
  for (size_t i = 0; i < list.size(); ++i) {
    scratch[i] = (static_cast<uint64_t>(key(list[i])) << 32) | list[i].value;
    if (i > 0 && scratch[i] < scratch[i - 1]) sorted = false;
  }
  if (sorted) return;
  std::sort(scratch.begin(), scratch.end());
  for (size_t i = 0; i < list.size(); ++i) {
    list[i] = IdT(static_cast<uint32_t>(scratch[i]));
  }
}

// Statements [first, end) ordered by (date, id). A stable two-pass radix
// sort on the 32-bit date key keeps ids ascending within a date.
// O(n + 2^16) time, 12 bytes per statement of scratch at the peak.
std::vector<StatementId> OrderByDate(const GraphData& d, uint32_t first,
                                     uint32_t end) {
  const size_t n = end - first;
  std::vector<StatementId> out(n);
  std::vector<uint32_t> keys(n);
  for (size_t i = 0; i < n; ++i) {
    keys[i] = internal::SortKey(d.statements[first + i].date);
  }
  if (std::is_sorted(keys.begin(), keys.end())) {
    for (size_t i = 0; i < n; ++i) {
      out[i] = StatementId(first + static_cast<uint32_t>(i));
    }
    return out;
  }
  if (n < 4096) {
    std::vector<uint64_t> packed(n);
    for (size_t i = 0; i < n; ++i) {
      packed[i] = (static_cast<uint64_t>(keys[i]) << 32) | (first + i);
    }
    std::sort(packed.begin(), packed.end());
    for (size_t i = 0; i < n; ++i) {
      out[i] = StatementId(static_cast<uint32_t>(packed[i]));
    }
    return out;
  }
  RadixOrder(keys, first, out.data());
  return out;
}

// Merges a sorted new tail list[old_size..] into the sorted old part
// list[..old_size] where the two overlap in time.
//
// A commit adds a few statements to lists that may hold millions, at
// random dates. Merging by walking the old part from its end would compare
// (and so look up the date row of) every old entry after the earliest new
// one: O(list size) scattered reads per commit, 10+ ms at 500k statements.
// Instead, while the tail is short against the old part, each new entry
// (latest first) finds its place by binary search in the old entries not
// yet placed, and the old entries after it move up as one block: O(k log n)
// date lookups for k new entries and one sequential move of the entries after
// the earliest new one. Long tails (bulk loads) use a linear merge, cheaper
// when k log n exceeds n.
void MergeTail(const GraphData& d, absl::Span<StatementId> list,
               size_t old_size) {
  if (old_size == 0 || old_size >= list.size()) return;
  const auto mid = list.begin() + static_cast<ptrdiff_t>(old_size);
  // Old ids are smaller, so equal dates are already in order.
  if (DateKey(d, *(mid - 1)) <= DateKey(d, *mid)) return;
  const auto before = [&d](StatementId a, StatementId b) {
    const uint32_t ka = DateKey(d, a);
    const uint32_t kb = DateKey(d, b);
    return ka != kb ? ka < kb : a < b;
  };
  const size_t k = list.size() - old_size;
  size_t log_n = 1;
  while ((size_t{1} << log_n) < old_size) ++log_n;
  if (k * log_n >= old_size) {
    std::inplace_merge(list.begin(), mid, list.end(), before);
    return;
  }
  const std::vector<StatementId> tail(mid, list.end());
  StatementId* const base = list.data();
  size_t unplaced = old_size;  // old entries [0, unplaced) not yet moved
  size_t out = list.size();    // entries [out, size) are final
  for (size_t j = k; j-- > 0;) {
    // upper_bound of tail[j] with its key read once, not at every step.
    const uint32_t key = DateKey(d, tail[j]);
    const auto after = [&](StatementId x) {
      const uint32_t kx = DateKey(d, x);
      return kx != key ? key < kx : tail[j] < x;
    };
    size_t lo = 0;
    size_t hi = unplaced;
    while (lo < hi) {
      const size_t mid = lo + (hi - lo) / 2;
      if (after(base[mid])) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    const size_t pos = lo;
    const size_t moved = unplaced - pos;
    out -= moved;
    std::memmove(base + out, base + pos, moved * sizeof(StatementId));
    unplaced = pos;
    base[--out] = tail[j];
  }
}

// MergeTail for many lists at once (the per-actor, pair and link lists a
// commit touches). Lists whose tail is long against their old part are
// merged linearly as MergeTail does; for the others, the binary searches of
// every new entry of every list run in lockstep, one halving step of all of
// them per round, each step's date key (GraphData::date_keys) fetched ahead
// of the round that reads it. Each step of a search reads a key at a random
// place (a cache miss once the keys outgrow the caches); one search at a
// time waits for each miss in turn, where hundreds side by side wait for
// them together. Then each list's old entries move up in blocks, as in
// MergeTail.
struct TailMerge {
  absl::Span<StatementId> list;
  size_t old_size;
};

void MergeTails(const GraphData& d, absl::Span<const TailMerge> merges) {
  struct Search {
    const StatementId* base;
    StatementId id;
    uint32_t key;
    uint32_t lo;
    uint32_t hi;
  };
  std::vector<Search> searches;
  std::vector<const TailMerge*> searched;
  // The check below reads the row of each list's last old entry: fetch
  // them all ahead rather than wait for each miss in turn.
  for (const TailMerge& m : merges) {
    if (m.old_size > 0 && m.old_size < m.list.size()) {
      __builtin_prefetch(&d.date_keys[m.list[m.old_size - 1].value]);
    }
  }
  for (const TailMerge& m : merges) {
    const absl::Span<StatementId> list = m.list;
    const size_t old_size = m.old_size;
    if (old_size == 0 || old_size >= list.size()) continue;
    if (DateKey(d, list[old_size - 1]) <= DateKey(d, list[old_size])) {
      continue;  // old ids are smaller: equal dates are in order already
    }
    const size_t k = list.size() - old_size;
    size_t log_n = 1;
    while ((size_t{1} << log_n) < old_size) ++log_n;
    if (k * log_n >= old_size) {
      MergeTail(d, list, old_size);  // linear
      continue;
    }
    searched.push_back(&m);
    for (size_t j = old_size; j < list.size(); ++j) {
      searches.push_back({list.data(), list[j], DateKey(d, list[j]), 0,
                          static_cast<uint32_t>(old_size)});
    }
  }
  if (searches.empty()) return;
  // Each search: the first old entry after (key, id), in [lo, hi).
  for (bool active = true; active;) {
    active = false;
    for (const Search& s : searches) {
      if (s.lo < s.hi) {
        __builtin_prefetch(
            &d.date_keys[s.base[s.lo + (s.hi - s.lo) / 2].value]);
      }
    }
    for (Search& s : searches) {
      if (s.lo >= s.hi) continue;
      const uint32_t mid = s.lo + (s.hi - s.lo) / 2;
      const StatementId x = s.base[mid];
      const uint32_t kx = DateKey(d, x);
      if (kx != s.key ? s.key < kx : s.id < x) {
        s.hi = mid;
      } else {
        s.lo = mid + 1;
      }
      if (s.lo < s.hi) {
        // The list entry the next round reads to fetch its key: in a long
        // list a miss of its own, fetched now behind the other searches'
        // steps instead of waited for then.
        __builtin_prefetch(&s.base[s.lo + (s.hi - s.lo) / 2]);
        active = true;
      }
    }
  }
  size_t at = 0;
  std::vector<StatementId> tail;
  for (const TailMerge* m : searched) {
    StatementId* const base = m->list.data();
    const size_t size = m->list.size();
    const size_t k = size - m->old_size;
    tail.assign(base + m->old_size, base + size);
    size_t unplaced = m->old_size;  // old entries [0, unplaced) not yet moved
    size_t out = size;              // entries [out, size) are final
    for (size_t j = k; j-- > 0;) {
      const size_t pos = searches[at + j].lo;  // <= unplaced: tail is sorted
      const size_t moved = unplaced - pos;
      out -= moved;
      std::memmove(base + out, base + pos, moved * sizeof(StatementId));
      unplaced = pos;
      base[--out] = tail[j];
    }
    at += k;
  }
}

// Calls fn(linked statement) once for each statement that `row` links to
// (two links of different kinds to one statement count once).
template <typename Fn>
void ForEachLinkedStatement(const GraphData& d, const StatementRow& row,
                            Fn fn) {
  if (row.extra == kNoExtra) return;
  const std::vector<StatementLink>& links = d.extras[row.extra].links;
  for (size_t i = 0; i < links.size(); ++i) {
    bool seen = false;
    for (size_t j = 0; j < i && !seen; ++j) {
      seen = links[j].statement == links[i].statement;
    }
    if (!seen) fn(links[i].statement.value);
  }
}

}  // namespace

// Sorts the relationship, event and member lists after an Update().
void SortAllLists(GraphData& d) {
  auto rkey = [&d](RelationshipId id) { return RelationshipKey(d, id); };
  auto ekey = [&d](EventId id) { return EventKey(d, id); };
  std::vector<uint64_t> scratch;
  for (ActorLists& l : d.lists) {
    SortList(l.relationships, rkey, scratch);
    SortList(l.events, ekey, scratch);
    std::sort(l.members.begin(), l.members.end());
    l.members.erase(std::unique(l.members.begin(), l.members.end()),
                    l.members.end());
  }
  d.lists_unsorted = false;
}

void IndexIfLatest(GraphData& d, StatementId id, Date date) {
  if (d.update_depth == 0 &&
      d.indexed_statements.load(std::memory_order_relaxed) == id.value &&
      (d.by_date.empty() ||
       d.StatementDateKey(d.by_date.back()) <= SortKey(date))) {
    IndexOne(d, id);
    d.indexed_statements.store(static_cast<uint32_t>(d.statements.size()),
                               std::memory_order_release);
  }
}

// Puts statement `id` into every statement list at its place. O(1) per
// list when it is the latest there, else O(list size) for the shift (for
// the by-date index, O(log n + its block size), date_index.h).
void IndexOne(GraphData& d, StatementId id) {
  auto key = [&d](StatementId x) { return d.StatementDateKey(x); };
  const StatementRow& row = d.statements[id.value];
  InsertSorted(d.lists[row.speaker.value].by, id, key);
  d.by_date.Insert(id, key(id));
  for (uint32_t k = 0; k < row.about_count; ++k) {
    const ActorId t = d.about_pool[row.about_begin + k];
    InsertSorted(d.lists[t.value].about, id, key);
    d.pair_statements.Insert(GraphData::PairKey(row.speaker, t), id, key);
  }
  ForEachLinkedStatement(d, row, [&](uint32_t target) {
    InsertSorted(d.links_to[target], id, key);
  });
}

// Adds statements [indexed_statements, statements.size()) to the statement
// lists. They are taken in (date, id) order, so every list gets a sorted
// tail, merged into its old part only where the two overlap in time.
// O(n + touched list sizes) for n new statements, plus O(n log n) for merges
// into older lists.
void IndexNewStatements(GraphData& d) {
  const uint32_t first = d.indexed_statements.load(std::memory_order_relaxed);
  const auto end = static_cast<uint32_t>(d.statements.size());
  if (first >= end) {
    d.indexed_statements.store(end, std::memory_order_release);
    return;
  }
  // A few statements (single adds read back soon): insert each, which costs
  // a shift of each list's later entries (the whole by-date list at worst)
  // per statement but no buffers. Beyond a handful, the one shift of the
  // bulk path's merge is cheaper (graph_benchmark, ReadEvery/10 and /100).
  constexpr uint32_t kFew = 8;
  if (end - first <= kFew) {
    for (uint32_t i = first; i < end; ++i) IndexOne(d, StatementId(i));
    d.indexed_statements.store(end, std::memory_order_release);
    return;
  }
  // Nothing indexed yet (a load into an empty graph): counting sort into
  // exactly sized lists (bulk_index.h).
  if (first == 0) {
    IndexAllBulk(d);
    return;
  }
  // The merges below search by date keys: read from a dense copy, not
  // from the rows.
  ExtendDateKeys(d, end);
  std::vector<StatementId> order = OrderByDate(d, first, end);

  // Lists that get their first new entry are noted with their old size,
  // to merge afterwards.
  struct Touched {
    uint32_t which;
    uint32_t old_size;
  };
  std::vector<Touched> touched_by, touched_about, touched_links;
  auto append = [first](std::vector<StatementId>& list, StatementId id,
                        std::vector<Touched>& touched, uint32_t which) {
    if (list.empty() || list.back().value < first) {
      touched.push_back({which, static_cast<uint32_t>(list.size())});
    }
    list.push_back(id);
  };
  for (size_t n = 0; n < order.size(); ++n) {
    // Rows are visited in date order, i.e. at random: fetch ahead.
    if (n + 16 < order.size()) {
      __builtin_prefetch(&d.statements[order[n + 16].value]);
    }
    const StatementId id = order[n];
    const StatementRow& row = d.statements[id.value];
    append(d.lists[row.speaker.value].by, id, touched_by, row.speaker.value);
    for (uint32_t k = 0; k < row.about_count; ++k) {
      const ActorId t = d.about_pool[row.about_begin + k];
      append(d.lists[t.value].about, id, touched_about, t.value);
    }
    ForEachLinkedStatement(d, row, [&](uint32_t target) {
      append(d.links_to[target], id, touched_links, target);
    });
  }
  // The by-date index: each new statement into its block (date_index.h),
  // O(log n + block size) each, whatever the size of the graph.
  d.by_date.InsertBatch(order, [&d](StatementId x) { return DateKey(d, x); });
  order = {};
  // Pairs, speaker by speaker: the new tail of the speaker's list is in
  // date order; a stable sort by target makes one run per pair, appended
  // at once. Scratch memory: 8 bytes per entry of one speaker.
  d.pair_statements.ReserveMore(d.about_pool.size() -
                                d.statements[first].about_begin);
  std::vector<std::pair<uint32_t, StatementId>> entries;  // (target, id)
  // The runs of every speaker first, appended afterwards with each pair's
  // hash slot fetched a few runs ahead (the table outgrows the caches).
  struct PairRun {
    uint64_t pair;
    uint32_t begin;  // in run_ids
    uint32_t size;
  };
  std::vector<PairRun> runs;
  std::vector<StatementId> run_ids;
  for (const Touched& t : touched_by) {
    const uint32_t speaker = t.which;
    const std::vector<StatementId>& by = d.lists[speaker].by;
    const auto tail = by.begin() + t.old_size;
    entries.clear();
    for (auto it = tail; it != by.end(); ++it) {
      if (by.end() - it > 16)
        __builtin_prefetch(&d.statements[(it + 16)->value]);
      const StatementRow& row = d.statements[it->value];
      for (uint32_t k = 0; k < row.about_count; ++k) {
        entries.emplace_back(d.about_pool[row.about_begin + k].value, *it);
      }
    }
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const auto& a, const auto& b) { return a.first < b.first; });
    for (size_t i = 0; i < entries.size();) {
      const uint32_t target = entries[i].first;
      const auto begin = static_cast<uint32_t>(run_ids.size());
      for (; i < entries.size() && entries[i].first == target; ++i) {
        run_ids.push_back(entries[i].second);
      }
      runs.push_back({GraphData::PairKey(ActorId(speaker), ActorId(target)),
                      begin, static_cast<uint32_t>(run_ids.size()) - begin});
    }
  }
  // Pairs whose segment had entries before: merged with the other lists
  // below, once every append is done (an append may move the pool).
  struct TouchedPair {
    uint64_t pair;
    uint32_t old_size;
  };
  std::vector<TouchedPair> touched_pairs;
  // Two stages ahead: a pair's hash slot kAhead runs before its append,
  // then, with the slot in the cache, the end of its segment in the pool
  // (where the append writes) kAhead / 2 runs before.
  constexpr size_t kAhead = 16;
  for (size_t r = 0; r < runs.size(); ++r) {
    if (r + kAhead < runs.size()) {
      d.pair_statements.Prefetch(runs[r + kAhead].pair);
    }
    if (r + kAhead / 2 < runs.size()) {
      d.pair_statements.PrefetchEnd(runs[r + kAhead / 2].pair);
    }
    uint32_t old_size = 0;
    d.pair_statements.Append(
        runs[r].pair,
        absl::MakeConstSpan(run_ids.data() + runs[r].begin, runs[r].size),
        &old_size);
    if (old_size > 0) touched_pairs.push_back({runs[r].pair, old_size});
  }
  std::vector<TailMerge> merges;
  merges.reserve(touched_by.size() + touched_about.size() +
                 touched_links.size() + touched_pairs.size());
  for (const TouchedPair& t : touched_pairs) {
    merges.push_back({d.pair_statements.MutableGet(t.pair), t.old_size});
  }
  for (const Touched& t : touched_by) {
    merges.push_back({absl::MakeSpan(d.lists[t.which].by), t.old_size});
  }
  for (const Touched& t : touched_about) {
    merges.push_back({absl::MakeSpan(d.lists[t.which].about), t.old_size});
  }
  for (const Touched& t : touched_links) {
    merges.push_back({absl::MakeSpan(d.links_to[t.which]), t.old_size});
  }
  MergeTails(d, merges);
  d.indexed_statements.store(end, std::memory_order_release);
}

// Indexes waiting statements before a read of a statement list. Readers
// may call it concurrently: the first takes the lock and indexes, the
// others wait for it or see the published count. Inside Update() nothing is
// indexed (a rollback must find waiting statements in no list), so reads
// there do not show the statements waiting.
void EnsureIndexed(GraphData& d) {
  const size_t n = d.statements.size();
  if (d.indexed_statements.load(std::memory_order_acquire) == n) return;
  if (d.update_depth > 0) return;
  std::lock_guard<std::mutex> lock(d.index_mu);
  if (d.indexed_statements.load(std::memory_order_acquire) == n) return;
  IndexNewStatements(d);
}

namespace {

// A list of `dst` to make equal to src's version of it, which holds the
// same entries and more: dst[0, dst_size) against src[0, src_size).
struct ListCopy {
  const StatementId* src;
  StatementId* dst;
  uint32_t src_size;
  uint32_t dst_size;  // before the copy
  uint32_t lo = 0;    // the search for the first difference, in [lo, hi)
  uint32_t hi = 0;
};

// Makes each dst list equal to its src by rewriting it from their first
// difference. Both are sorted by (date, id) and ids are unique, so once an
// entry of src is missing from dst, every later position differs: equality
// is a prefix property and binary search on ids finds its end. The
// searches of all lists run in lockstep, one halving step of each per
// round, the next round's two entries fetched ahead, so that their cache
// misses (two per step, in lists all over memory) overlap instead of being
// waited for one after another. REQUIRES: every dst has room for src_size
// entries.
void CopyFromFirstDifferences(absl::Span<ListCopy> copies) {
  for (ListCopy& c : copies) {
    c.lo = 0;
    c.hi = std::min(c.src_size, c.dst_size);
  }
  for (bool active = true; active;) {
    active = false;
    for (ListCopy& c : copies) {
      if (c.lo >= c.hi) continue;
      const uint32_t mid = c.lo + (c.hi - c.lo) / 2;
      if (c.src[mid] == c.dst[mid]) {
        c.lo = mid + 1;
      } else {
        c.hi = mid;
      }
      if (c.lo < c.hi) {
        const uint32_t next = c.lo + (c.hi - c.lo) / 2;
        __builtin_prefetch(&c.src[next]);
        __builtin_prefetch(&c.dst[next]);
        active = true;
      }
    }
  }
  for (const ListCopy& c : copies) {
    std::copy(c.src + c.lo, c.src + c.src_size, c.dst + c.lo);
  }
}

// Sorts and removes repeats. Radix-free: the keys are few (the lists one
// commit touches).
void SortUnique(std::vector<uint64_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

bool CopyStatementLists(const GraphData& src, GraphData& dst, uint32_t first,
                        uint32_t end) {
  if (end > src.statements.size() || end > dst.statements.size() ||
      src.indexed_statements.load(std::memory_order_acquire) < end ||
      src.lists.size() != dst.lists.size()) {
    return false;
  }
  // The lists the new statements join, each once.
  std::vector<uint64_t> speakers, targets, pairs, linked;
  for (uint32_t i = first; i < end; ++i) {
    const StatementRow& row = src.statements[i];
    speakers.push_back(row.speaker.value);
    for (uint32_t k = 0; k < row.about_count; ++k) {
      const ActorId t = src.about_pool[row.about_begin + k];
      targets.push_back(t.value);
      pairs.push_back(GraphData::PairKey(row.speaker, t));
    }
    ForEachLinkedStatement(src, row,
                           [&](uint32_t target) { linked.push_back(target); });
  }
  SortUnique(speakers);
  SortUnique(targets);
  SortUnique(pairs);
  SortUnique(linked);

  // The by-date index is not copied: the new statements go into dst's
  // blocks as IndexNewStatements would put them (dst's rows equal src's).
  if (dst.by_date.size() != first) return false;
  ExtendDateKeys(dst, end);
  dst.by_date.InsertBatch(OrderByDate(dst, first, end),
                          [&dst](StatementId x) { return DateKey(dst, x); });

  // Every list of dst grows to src's size first (a vector's growth moves
  // its entries; the searches below hold pointers into them).
  std::vector<ListCopy> copies;
  copies.reserve(speakers.size() + targets.size() + linked.size());
  const auto add = [&copies](absl::Span<const StatementId> from,
                             std::vector<StatementId>& to) {
    if (to.size() > from.size()) return false;
    const auto had = static_cast<uint32_t>(to.size());
    to.resize(from.size());
    copies.push_back(
        {from.data(), to.data(), static_cast<uint32_t>(from.size()), had});
    return true;
  };
  for (uint64_t a : speakers) {
    if (!add(src.lists[a].by, dst.lists[a].by)) return false;
  }
  for (uint64_t a : targets) {
    if (!add(src.lists[a].about, dst.lists[a].about)) return false;
  }
  // Map slots first: an insertion may move the vectors (not their
  // contents) of the others.
  for (uint64_t target : linked) {
    if (src.links_to.find(static_cast<uint32_t>(target)) ==
        src.links_to.end()) {
      return false;
    }
    dst.links_to[static_cast<uint32_t>(target)];
  }
  for (uint64_t target : linked) {
    if (!add(src.links_to.find(static_cast<uint32_t>(target))->second,
             dst.links_to.find(static_cast<uint32_t>(target))->second)) {
      return false;
    }
  }
  // Pairs: each segment grows by the count it lacks (with src's last
  // entries as placeholders), with both indexes' hash slots fetched a few
  // pairs ahead. A segment's place in the pool holds until the next
  // growth, so each is searched and rewritten at once.
  constexpr size_t kAhead = 8;
  std::vector<ListCopy> pair_copy(1);
  for (size_t i = 0; i < pairs.size(); ++i) {
    if (i + kAhead < pairs.size()) {
      src.pair_statements.Prefetch(pairs[i + kAhead]);
      dst.pair_statements.Prefetch(pairs[i + kAhead]);
    }
    const absl::Span<const StatementId> from =
        src.pair_statements.Get(pairs[i]);
    uint32_t had = 0;
    const absl::Span<StatementId> to =
        dst.pair_statements.GrowLike(pairs[i], from, &had);
    if (had > from.size()) return false;
    pair_copy[0] = {from.data(), to.data(), static_cast<uint32_t>(from.size()),
                    had};
    CopyFromFirstDifferences(absl::MakeSpan(pair_copy));
  }
  CopyFromFirstDifferences(absl::MakeSpan(copies));
  dst.indexed_statements.store(end, std::memory_order_release);
  return true;
}

void IndexName(GraphData& d, absl::string_view name, ActorId id,
               bool canonical) {
  if (canonical) {
    d.names.SetCanonical(name, id);
  } else {
    d.names.AddAlias(name, id);
  }
}

void AddMember(GraphData& d, ActorId organization, ActorId member) {
  std::vector<ActorId>& m = d.lists[organization.value].members;
  auto pos = std::lower_bound(m.begin(), m.end(), member);
  if (pos == m.end() || *pos != member) m.insert(pos, member);
}

// Rebuilds the actor, relationship and event indexes from the record
// tables after a rollback. The statement lists stay: a rollback happens
// inside Update(), where new statements are not indexed yet, so it only
// removes statements that no list holds.
void RebuildIndexes(GraphData& d) {
  d.lists.resize(d.actors.size());
  for (ActorLists& l : d.lists) {
    l.relationships.clear();
    l.events.clear();
    l.members.clear();
  }
  d.names.Clear();
  d.iso3.clear();
  // The names go back in one table of the right size: no growth steps.
  size_t names = 0;
  size_t name_bytes = 0;
  for (const Actor& a : d.actors) {
    names += 1 + a.aliases.size();
    name_bytes += 8 + a.name.size();
    for (const std::string& alias : a.aliases) name_bytes += 8 + alias.size();
  }
  d.names.Reserve(names, name_bytes);
  for (uint32_t i = 0; i < d.actors.size(); ++i) {
    const ActorId id(i);
    const Actor& a = d.actors[i];
    IndexName(d, a.name, id, true);
    for (const std::string& alias : a.aliases) IndexName(d, alias, id, false);
    if (!a.iso3.empty()) d.iso3.emplace(a.iso3, id);
    for (const Affiliation& f : a.affiliations) {
      d.lists[f.organization.value].members.push_back(id);
    }
  }
  for (uint32_t i = 0; i < d.relationships.size(); ++i) {
    const Relationship& r = d.relationships[i];
    d.lists[r.from.value].relationships.push_back(RelationshipId(i));
    d.lists[r.to.value].relationships.push_back(RelationshipId(i));
  }
  for (uint32_t i = 0; i < d.events.size(); ++i) {
    for (ActorId p : d.events[i].participants) {
      d.lists[p.value].events.push_back(EventId(i));
    }
  }
  SortAllLists(d);
}

}  // namespace diplograph::internal
