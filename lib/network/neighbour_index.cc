// The neighbour index (NeighbourIndex, NeighboursOf), the searches over it
// (NeighbourhoodOf) and the evidence of one link (EdgesBetween).

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "diplograph/graph.h"
#include "diplograph/network.h"
#include "network/edges.h"
#include "util/epoch_labels.h"

namespace diplograph {
namespace {

// Groups the pairs (row, neighbour) that each(emit) emits by row, each row's
// neighbours ascending and repeats merged into a count: two counting-sort
// passes (by neighbour, then stably by row), O(n + pairs), no comparisons.
// Scratch: 8 bytes per pair, freed before the result is compacted.
template <typename Each, typename Row>
void BuildRow(size_t n, Each each, Row& row) {
  std::vector<uint32_t> by_neighbour(n + 1, 0);
  each([&](uint32_t, uint32_t b) { ++by_neighbour[b + 1]; });
  for (size_t v = 0; v < n; ++v) by_neighbour[v + 1] += by_neighbour[v];
  const size_t pairs = by_neighbour[n];
  // The rows of the pairs, grouped by neighbour.
  std::vector<uint32_t> rows(pairs);
  {
    std::vector<uint32_t> next(by_neighbour.begin(), by_neighbour.end() - 1);
    each([&](uint32_t a, uint32_t b) { rows[next[b]++] = a; });
  }
  std::vector<uint32_t> start(n + 1, 0);
  for (uint32_t a : rows) ++start[a + 1];
  for (size_t v = 0; v < n; ++v) start[v + 1] += start[v];
  // The neighbours grouped by row, ascending within each row.
  std::vector<uint32_t> sorted(pairs);
  {
    std::vector<uint32_t> next(start.begin(), start.end() - 1);
    for (size_t b = 0; b < n; ++b) {
      for (uint32_t k = by_neighbour[b]; k < by_neighbour[b + 1]; ++k) {
        sorted[next[rows[k]]++] = static_cast<uint32_t>(b);
      }
    }
  }
  std::vector<uint32_t>().swap(rows);
  std::vector<uint32_t>().swap(by_neighbour);
  size_t distinct = 0;
  for (size_t v = 0; v < n; ++v) {
    for (uint32_t k = start[v]; k < start[v + 1]; ++k) {
      if (k == start[v] || sorted[k] != sorted[k - 1]) ++distinct;
    }
  }
  row.offsets.assign(n + 1, 0);
  row.ids.resize(distinct);
  row.counts.resize(distinct);
  uint32_t w = 0;
  for (size_t v = 0; v < n; ++v) {
    for (uint32_t k = start[v]; k < start[v + 1]; ++k) {
      if (k == start[v] || sorted[k] != sorted[k - 1]) {
        row.ids[w] = ActorId(sorted[k]);
        row.counts[w] = 0;
        ++w;
      }
      ++row.counts[w - 1];
    }
    row.offsets[v + 1] = w;
  }
}

// The rows of `out` turned around: b lists a with the count of a's entry
// for b. Ascending within each row because rows are read in order. O(n +
// links).
template <typename Row>
void Transpose(size_t n, const Row& out, Row& in) {
  in.offsets.assign(n + 1, 0);
  for (ActorId b : out.ids) ++in.offsets[b.value + 1];
  for (size_t v = 0; v < n; ++v) in.offsets[v + 1] += in.offsets[v];
  in.ids.resize(out.ids.size());
  in.counts.resize(out.ids.size());
  std::vector<uint32_t> next(in.offsets.begin(), in.offsets.end() - 1);
  for (size_t a = 0; a < n; ++a) {
    for (uint32_t k = out.offsets[a]; k < out.offsets[a + 1]; ++k) {
      const uint32_t pos = next[out.ids[k].value]++;
      in.ids[pos] = ActorId(static_cast<uint32_t>(a));
      in.counts[pos] = out.counts[k];
    }
  }
}

// Both directions: the merge of each actor's out- and in-row, counts
// summed, except that a self-loop (in both rows of its actor) counts once.
template <typename Row>
void MergeBothWays(size_t n, const Row& out, const Row& in, Row& both) {
  both.offsets.assign(n + 1, 0);
  size_t total = 0;
  for (size_t v = 0; v < n; ++v) {
    uint32_t i = out.offsets[v], j = in.offsets[v];
    const uint32_t ie = out.offsets[v + 1], je = in.offsets[v + 1];
    while (i < ie || j < je) {
      if (j == je || (i < ie && out.ids[i] < in.ids[j])) {
        ++i;
      } else if (i == ie || in.ids[j] < out.ids[i]) {
        ++j;
      } else {
        ++i;
        ++j;
      }
      ++total;
    }
    both.offsets[v + 1] = static_cast<uint32_t>(total);
  }
  both.ids.resize(total);
  both.counts.resize(total);
  uint32_t w = 0;
  for (size_t v = 0; v < n; ++v) {
    uint32_t i = out.offsets[v], j = in.offsets[v];
    const uint32_t ie = out.offsets[v + 1], je = in.offsets[v + 1];
    while (i < ie || j < je) {
      if (j == je || (i < ie && out.ids[i] < in.ids[j])) {
        both.ids[w] = out.ids[i];
        both.counts[w] = out.counts[i++];
      } else if (i == ie || in.ids[j] < out.ids[i]) {
        both.ids[w] = in.ids[j];
        both.counts[w] = in.counts[j++];
      } else {
        both.ids[w] = out.ids[i];
        both.counts[w] = out.ids[i].value == v ? out.counts[i]
                                               : out.counts[i] + in.counts[j];
        ++i;
        ++j;
      }
      ++w;
    }
  }
}

template <typename Row>
void Subtract(Row& row, ActorId a, ActorId b) {
  auto first = row.ids.begin() + row.offsets[a.value];
  auto last = row.ids.begin() + row.offsets[a.value + 1];
  auto it = std::lower_bound(first, last, b);
  if (it != last && *it == b)
    --row.counts[static_cast<size_t>(it - row.ids.begin())];
}

}  // namespace

NeighbourIndex::NeighbourIndex(const Graph& graph, uint8_t kinds)
    : kinds_(kinds & EdgeKindMask::kAll) {
  const size_t n = graph.actor_count();
  BuildRow(
      n,
      [&](auto emit) {
        internal::ForEachLink(
            graph, kinds_,
            [&](uint32_t from, uint32_t to, bool) { emit(from, to); });
      },
      rows_[kOut]);
  Transpose(n, rows_[kOut], rows_[kIn]);
  MergeBothWays(n, rows_[kOut], rows_[kIn], rows_[kBoth]);
  // A symmetric relationship is two edges of the directed network (both in
  // the out- and in-rows) but one of the undirected one.
  if (kinds_ & EdgeKindMask::kRelationship) {
    for (uint32_t i = 0; i < graph.relationship_count(); ++i) {
      const Relationship& r = graph.relationship(RelationshipId(i));
      if (r.directed) continue;
      Subtract(rows_[kBoth], r.from, r.to);
      Subtract(rows_[kBoth], r.to, r.from);
    }
  }
}

size_t NeighbourIndex::bytes() const {
  size_t total = 0;
  for (const Row& r : rows_) {
    total += r.offsets.capacity() * sizeof(uint32_t) +
             r.ids.capacity() * sizeof(ActorId) +
             r.counts.capacity() * sizeof(uint32_t);
  }
  return total;
}

std::shared_ptr<const NeighbourIndex> NeighboursOf(const Graph& graph,
                                                   uint8_t kinds) {
  kinds &= EdgeKindMask::kAll;
  // One tag per combination of kinds: the indexes are cached apart.
  static const char kTags[EdgeKindMask::kAll + 1] = {};
  return std::static_pointer_cast<const NeighbourIndex>(
      internal::DerivedViews::Get(graph, &kTags[kinds], [&graph, kinds] {
        return std::static_pointer_cast<const void>(
            std::make_shared<const NeighbourIndex>(graph, kinds));
      }));
}

absl::StatusOr<Neighbourhood> NeighbourhoodOf(
    const Graph& graph, ActorId center, int radius,
    const NeighbourhoodOptions& options) {
  if (!graph.Contains(center)) {
    return absl::NotFoundError(absl::StrCat(
        "NeighbourhoodOf: no actor#",
        center.valid() ? absl::StrCat(center.value) : std::string("invalid"),
        " in the graph"));
  }
  if (radius < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("NeighbourhoodOf: radius ", radius, " is negative"));
  }
  if (options.direction > NeighbourIndex::kBoth) {
    return absl::InvalidArgumentError(
        absl::StrCat("NeighbourhoodOf: direction ",
                     static_cast<int>(options.direction), " is not 0-2"));
  }
  const std::shared_ptr<const NeighbourIndex> index =
      NeighboursOf(graph, options.kinds);
  internal::EpochLabels& seen = internal::ThreadLabels(0);
  seen.Begin(index->actor_count());
  seen.Mark(center.value);
  Neighbourhood out;
  out.level_begin.push_back(0);
  size_t level_start = 0;
  for (int level = 1; level <= radius; ++level) {
    const size_t level_end = out.actors.size();
    auto expand = [&](ActorId u) {
      for (ActorId w : index->Neighbours(u, options.direction)) {
        if (seen.Mark(w.value)) out.actors.push_back(w);
      }
    };
    if (level == 1) {
      expand(center);
    } else {
      for (size_t k = level_start; k < level_end; ++k) expand(out.actors[k]);
    }
    if (out.actors.size() == level_end) break;  // nothing new: done
    out.level_begin.push_back(static_cast<uint32_t>(out.actors.size()));
    level_start = level_end;
  }
  return out;
}

std::vector<NetworkEdge> EdgesBetween(const Graph& graph, ActorId from,
                                      ActorId to, uint8_t kinds,
                                      bool both_ways) {
  std::vector<NetworkEdge> out;
  const bool reverse_too = both_ways && from != to;
  // Keeps the edges a -> b.
  auto keep = [&out](ActorId a, ActorId b, bool undirected) {
    return [&out, a, b, undirected](NetworkVertexDescriptor f,
                                    NetworkVertexDescriptor t,
                                    const NetworkEdge& e) {
      if (f != VertexOf(a) || t != VertexOf(b)) return;
      // An undirected network holds a symmetric relationship once.
      if (undirected && e.kind == EdgeKind::kRelationship && e.index == 1) {
        return;
      }
      out.push_back(e);
    };
  };
  if (kinds & EdgeKindMask::kStatement) {
    auto forward = keep(from, to, both_ways);
    for (StatementId id : graph.StatementsFromTo(from, to)) {
      internal::StatementEdges(graph, id, forward);
    }
    if (reverse_too) {
      auto backward = keep(to, from, true);
      for (StatementId id : graph.StatementsFromTo(to, from)) {
        internal::StatementEdges(graph, id, backward);
      }
    }
  }
  if (kinds & EdgeKindMask::kRelationship) {
    auto forward = keep(from, to, both_ways);
    auto backward = keep(to, from, true);
    for (RelationshipId r : graph.RelationshipsOf(from)) {
      internal::RelationshipEdge(graph, r.value, forward);
      if (reverse_too) internal::RelationshipEdge(graph, r.value, backward);
    }
  }
  if (kinds & EdgeKindMask::kAffiliation) {
    auto forward = keep(from, to, both_ways);
    internal::AffiliationEdgesOf(graph, from.value, forward);
    if (reverse_too) {
      auto backward = keep(to, from, true);
      internal::AffiliationEdgesOf(graph, to.value, backward);
    }
  }
  std::sort(out.begin(), out.end(),
            [](const NetworkEdge& a, const NetworkEdge& b) {
              return std::tie(a.kind, a.record, a.index) <
                     std::tie(b.kind, b.record, b.index);
            });
  return out;
}

}  // namespace diplograph
