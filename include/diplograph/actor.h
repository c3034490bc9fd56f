// Actor: who speaks or is spoken about — a state, a ministry, a spokesperson,
// a president, a news agency — with the names it goes by, its codes, and its
// dated affiliations to other actors.
//
//   Actor mao;
//   mao.name = "Mao Ning";
//   mao.kind = ActorKind::kPerson;
//   mao.aliases = {"Ning"};
//   mao.affiliations.push_back(
//       {.organization = foreign_ministry, .role = "spokesperson"});
//   ActorId id = *graph.AddActor(mao);
//
// Affiliations carry a validity interval, so that time-bounded roles are
// exact: Donald Trump is "President-elect" of the United States over
// 2024-11-06/2025-01-19 and "President" from 2025-01-20 on.
//
// Thread safety: plain values.

#ifndef DIPLOGRAPH_ACTOR_H_
#define DIPLOGRAPH_ACTOR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "diplograph/date.h"
#include "diplograph/ids.h"

namespace diplograph {

enum class ActorKind : uint8_t {
  kState,                      // a sovereign state: China, Russia
  kPerson,                     // Mao Ning, Vladimir Putin
  kOrganization,               // a ministry, a government body, a company
  kMediaOutlet,                // TASS
  kInternationalOrganization,  // the UN, NATO
  kGroup,                      // a party, a militia, a movement
  kPlace,                      // a city or region as an actor
};

// "state", "person", "organization", "media_outlet",
// "international_organization", "group", "place".
absl::string_view ActorKindName(ActorKind kind);

// The inverse of ActorKindName. Returns InvalidArgument for other text.
absl::StatusOr<ActorKind> ParseActorKind(absl::string_view name);

// Membership of an actor in another over a period: a person's office, a
// ministry's place in a government.
struct Affiliation {
  // The actor the member belongs to. Must exist in the graph and differ from
  // the member.
  ActorId organization{};
  // The role, as phrased: "spokesperson", "President-elect", "part of".
  std::string role{};
  // When the affiliation holds; open ends allowed.
  Interval valid{};

  friend bool operator==(const Affiliation&, const Affiliation&) = default;
};

struct Actor {
  // Canonical name, unique in a graph regardless of ASCII case. Non-empty
  // UTF-8 without control characters.
  std::string name{};
  ActorKind kind = ActorKind::kOrganization;
  // Other names the actor goes by ("Ning", "Putin"). Lookups by alias are
  // case-insensitive; an alias shared by two actors is ambiguous.
  std::vector<std::string> aliases{};
  // ISO 3166-1 alpha-3 code for states ("CHN"): three capital ASCII letters,
  // unique in a graph. Empty when not applicable.
  std::string iso3{};
  // CAMEO-style actor code ("CHNGOV", "RUSELI"): capital ASCII letters and
  // digits in blocks of three. Not unique (many officials share a code).
  std::string cameo_code{};
  // Dated memberships in other actors.
  std::vector<Affiliation> affiliations{};

  friend bool operator==(const Actor&, const Actor&) = default;
};

// A correction of an existing actor's identity (Graph::CorrectActor): each
// member that is set replaces the actor's value; the others stay.
//
//   graph.CorrectActor(china, {.kind = ActorKind::kState, .iso3 = "CHN"});
struct ActorCorrection {
  // The new canonical name; unique in the graph like any name. When it is
  // one of the actor's aliases, it stops being an alias.
  std::optional<std::string> name{};
  // Whether the old canonical name stays as an alias after a rename.
  bool keep_old_name = true;
  std::optional<ActorKind> kind{};
  // A new ISO 3166-1 alpha-3 code; "" removes the code.
  std::optional<std::string> iso3{};
  // A new CAMEO-style actor code; "" removes the code.
  std::optional<std::string> cameo_code{};

  friend bool operator==(const ActorCorrection&,
                         const ActorCorrection&) = default;
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_ACTOR_H_
