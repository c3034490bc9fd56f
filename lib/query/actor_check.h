// Private: the query layer's one check that an actor argument names an actor
// of the graph, with one error code and one message shape for every query.

#ifndef DIPLOGRAPH_LIB_QUERY_ACTOR_CHECK_H_
#define DIPLOGRAPH_LIB_QUERY_ACTOR_CHECK_H_

#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "diplograph/graph.h"
#include "diplograph/ids.h"

namespace diplograph::internal {

// OK when `graph` contains `actor`; otherwise NotFound (an invalid id
// included), "WHAT: no actor#42 in the graph" or "WHAT: no actor#invalid in
// the graph", where `what` names the function and argument
// ("ShortestPaths: from"). O(1).
inline absl::Status CheckActor(const Graph& graph, absl::string_view what,
                               ActorId actor) {
  if (graph.Contains(actor)) return absl::OkStatus();
  return absl::NotFoundError(absl::StrCat(
      what, ": no actor#",
      actor.valid() ? absl::StrCat(actor.value) : std::string("invalid"),
      " in the graph"));
}

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_QUERY_ACTOR_CHECK_H_
