// Private: the part of the actor network a date window keeps, built
// through the store's date index.
//
// Traversing a filtered view of the whole ActorNetwork visits every edge of
// the network, whatever the window. When the window is bounded, the
// statements inside it are a few slices of Graph::StatementsByDate(), found
// in O(log n); the edges they give, with the (few) relationship and
// affiliation edges that pass the filter, make a compact graph of the same
// types and vertex numbering, on which the Boost algorithms then run in
// time proportional to the window's edges rather than the whole network.

#ifndef DIPLOGRAPH_LIB_QUERY_WINDOW_NETWORK_H_
#define DIPLOGRAPH_LIB_QUERY_WINDOW_NETWORK_H_

#include <memory>

#include "diplograph/graph.h"
#include "diplograph/network.h"

namespace diplograph::internal {

// True when `filter` has a bounded window, so that BuildWindowNetwork pays.
inline bool HasBoundedWindow(const NetworkFilter& filter) {
  return !(filter.window.is_open_begin() && filter.window.is_open_end());
}

// The edges of graph.network() that `filter` keeps, with the same bundles,
// as a directed graph and (when `undirected`) an undirected one, over every
// actor of the graph. O(log n + k + relationships + affiliations) for k
// (statement, target) pairs in the window; memory O(V + kept edges).
struct WindowNetwork {
  NetworkGraph directed;
  UndirectedNetworkGraph undirected;
};
std::unique_ptr<WindowNetwork> BuildWindowNetwork(const Graph& graph,
                                                  const NetworkFilter& filter,
                                                  bool undirected);

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_QUERY_WINDOW_NETWORK_H_
