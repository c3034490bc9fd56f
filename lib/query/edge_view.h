// Private: filtered views of the actor network for the query layer.
//
// NetworkFilter::Keeps converts the window's ends to day numbers on every
// call; over a million edges that conversion dominates a traversal. The
// predicate here does it once, when the view is made, and keeps the same
// semantics.

#ifndef DIPLOGRAPH_LIB_QUERY_EDGE_VIEW_H_
#define DIPLOGRAPH_LIB_QUERY_EDGE_VIEW_H_

#include <cstdint>

#include "boost/graph/filtered_graph.hpp"
#include "boost/graph/graph_traits.hpp"
#include "diplograph/network.h"

namespace diplograph::internal {

// The same decision as NetworkFilter::Keeps, with the window's day numbers
// computed once.
class PrecomputedFilter {
 public:
  PrecomputedFilter() = default;
  explicit PrecomputedFilter(const NetworkFilter& f)
      : kinds_(f.kinds),
        polarities_(f.polarities),
        open_(f.window.is_open_begin() && f.window.is_open_end()),
        first_(f.window.FirstDayNumber()),
        last_(f.window.LastDayNumber()) {}

  bool Keeps(const NetworkEdge& edge) const {
    if ((kinds_ & (1u << static_cast<unsigned>(edge.kind))) == 0) return false;
    const unsigned p =
        static_cast<unsigned>(static_cast<int>(edge.polarity) + 1);
    if ((polarities_ & (1u << p)) == 0) return false;
    if (open_) return true;
    return edge.first_day <= edge.last_day && edge.first_day <= last_ &&
           first_ <= edge.last_day;
  }

 private:
  uint8_t kinds_ = EdgeKindMask::kAll;
  uint8_t polarities_ = PolarityMask::kAll;
  bool open_ = true;
  int32_t first_ = 0;
  int32_t last_ = 0;
};

template <typename G>
class PrecomputedEdgeFilter {
 public:
  PrecomputedEdgeFilter() = default;
  PrecomputedEdgeFilter(const G* graph, const NetworkFilter& filter)
      : graph_(graph), filter_(filter) {}
  bool operator()(
      const typename boost::graph_traits<G>::edge_descriptor& e) const {
    return filter_.Keeps((*graph_)[e]);
  }

 private:
  const G* graph_ = nullptr;
  PrecomputedFilter filter_;
};

// Like FilterNetwork, with the precomputed predicate.
template <typename G>
boost::filtered_graph<G, PrecomputedEdgeFilter<G>> View(
    const G& graph, const NetworkFilter& filter) {
  return boost::filtered_graph<G, PrecomputedEdgeFilter<G>>(
      graph, PrecomputedEdgeFilter<G>(&graph, filter));
}

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_QUERY_EDGE_VIEW_H_
