// Event: a dated occurrence that statements refer to but nobody "says" —
// an election, an inauguration, a summit.
//
//   Event e;
//   e.label = "Donald Trump takes office as President of the United States";
//   e.date = *Date::Parse("2025-01-20");
//   e.participants = {trump, united_states};
//   EventId id = *graph.AddEvent(e);
//
// Thread safety: plain values.

#ifndef DIPLOGRAPH_EVENT_H_
#define DIPLOGRAPH_EVENT_H_

#include <string>
#include <vector>

#include "diplograph/date.h"
#include "diplograph/event_type.h"
#include "diplograph/ids.h"

namespace diplograph {

struct Event {
  // What happened. Non-empty.
  std::string label{};
  // When (any precision, or unknown).
  Date date{};
  // The actors involved; each must exist, no duplicates.
  std::vector<ActorId> participants{};
  // CAMEO-style type; may be empty.
  EventType event_type{};
  // The document that reports it; optional.
  SourceId source{};

  friend bool operator==(const Event&, const Event&) = default;
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_EVENT_H_
