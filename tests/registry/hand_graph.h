// A small graph built by hand the way examples/seed builds the 2024-11-08
// report's actors (states with ISO codes and aliases, the Chinese foreign
// ministry, the Kremlin as the presidential office, TASS, Mao Ning, Putin
// and Trump with dated roles), for the gazetteer and resolver tests.

#ifndef DIPLOGRAPH_TESTS_REGISTRY_HAND_GRAPH_H_
#define DIPLOGRAPH_TESTS_REGISTRY_HAND_GRAPH_H_

#include "absl/status/status.h"
#include "diplograph/graph.h"

namespace diplograph::testing {

inline absl::Status BuildHandGraph(Graph& g) {
  auto interval = [](const char* text) { return *Interval::Parse(text); };
  absl::StatusOr<ActorId> china =
      g.AddActor({.name = "China", .kind = ActorKind::kState, .iso3 = "CHN"});
  absl::StatusOr<ActorId> russia =
      g.AddActor({.name = "Russia",
                  .kind = ActorKind::kState,
                  .aliases = {"Russian Federation", "Moscow"},
                  .iso3 = "RUS"});
  absl::StatusOr<ActorId> us = g.AddActor({.name = "United States",
                                           .kind = ActorKind::kState,
                                           .aliases = {"US", "Washington"},
                                           .iso3 = "USA"});
  if (!china.ok() || !russia.ok() || !us.ok()) {
    return absl::InternalError("states");
  }
  absl::StatusOr<ActorId> mfa = g.AddActor(
      {.name = "Ministry of Foreign Affairs (China)",
       .aliases = {"Foreign Ministry"},
       .affiliations = {{.organization = *china, .role = "foreign ministry"}}});
  absl::StatusOr<ActorId> kremlin =
      g.AddActor({.name = "Kremlin",
                  .aliases = {"Presidential Executive Office (Russia)"},
                  .affiliations = {{.organization = *russia,
                                    .role = "presidential office"}}});
  if (!mfa.ok() || !kremlin.ok()) return absl::InternalError("bodies");
  for (const Actor& a : std::vector<Actor>{
           {.name = "TASS",
   .kind = ActorKind::kMediaOutlet,
   .affiliations = {{.organization = *russia, .role = "official news agency"}}},
           {.name = "Mao Ning",
           .kind = ActorKind::kPerson,
           .affiliations = {{.organization = *mfa, .role = "spokesperson"}}},
           {.name = "Vladimir Putin",
           .kind = ActorKind::kPerson,
           .aliases = {"Putin"},
           .affiliations = {{.organization = *russia,
                           .role = "President",
                           .valid = interval("2012-05-07/..")}}},
           {.name = "Donald Trump",
           .kind = ActorKind::kPerson,
           .aliases = {"Trump"},
           .affiliations = {{.organization = *us,
                           .role = "President-elect",
                           .valid = interval("2024-11-06/2025-01-19")}}},
           {.name = "Dmitry Peskov",
           .kind = ActorKind::kPerson,
           .affiliations = {
               {.organization = *kremlin, .role = "spokesman"}}}}) {
    absl::StatusOr<ActorId> id = g.AddActor(a);
    if (!id.ok()) return id.status();
  }
  return absl::OkStatus();
}

}  // namespace diplograph::testing

#endif  // DIPLOGRAPH_TESTS_REGISTRY_HAND_GRAPH_H_
