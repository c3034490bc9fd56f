// Private: the one way the query layer runs an algorithm over the part of
// the actor network a NetworkFilter keeps.
//
// Traversing a filtered view of the whole (cached) network visits every
// edge of it, whatever the window. When the window is bounded, a network of
// only the kept edges, built through the store's date index
// (ActorNetwork(graph, filter)), costs what the window holds instead; the
// algorithms then run on it unfiltered.

#ifndef DIPLOGRAPH_LIB_QUERY_WINDOW_NETWORK_H_
#define DIPLOGRAPH_LIB_QUERY_WINDOW_NETWORK_H_

#include <memory>

#include "diplograph/graph.h"
#include "diplograph/network.h"

namespace diplograph::internal {

// Returns fn(directed, undirected): `directed` is a directed graph of the
// kept edges (over every actor, in id order) and `undirected()` returns the
// undirected one, built only when called. Both are either the graphs of a
// network built for a bounded window, or filtered views of NetworkOf(graph)
// for an open one. `fn` is called once, with graph types that depend on the
// case (so it is a generic lambda).
template <typename Fn>
auto WithFilteredNetwork(const Graph& graph, const NetworkFilter& filter,
                         Fn&& fn) {
  if (filter.has_bounded_window()) {
    const ActorNetwork window(graph, filter);
    return fn(window.directed(), [&window]() -> const UndirectedNetworkGraph& {
      return window.undirected();
    });
  }
  const std::shared_ptr<const ActorNetwork> net = NetworkOf(graph);
  return fn(FilterNetwork(net->directed(), filter), [&net, &filter] {
    return FilterNetwork(net->undirected(), filter);
  });
}

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_QUERY_WINDOW_NETWORK_H_
