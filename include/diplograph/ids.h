// Strong, typed identifiers for the records of a diplograph::Graph.
//
// Every record a graph holds (actor, statement, relationship, source, event)
// is named by an id of its own type, so that an actor id cannot be passed
// where a statement id is expected. Ids are dense indexes assigned in order
// of insertion, starting at 0, and stay valid for the life of the graph that
// issued them (records are never removed). A default-constructed id is
// invalid and names no record.
//
//   diplograph::ActorId china = *graph.AddActor(...);
//   if (china.valid()) { ... graph.actor(china) ... }
//   absl::flat_hash_set<diplograph::ActorId> seen;   // ids are hashable
//
// Thread safety: ids are plain values.

#ifndef DIPLOGRAPH_IDS_H_
#define DIPLOGRAPH_IDS_H_

#include <compare>
#include <cstdint>
#include <limits>
#include <ostream>
#include <utility>

namespace diplograph {

// A typed index. `Tag` only distinguishes the types; `value` is the index.
template <typename Tag>
struct Id {
  static constexpr uint32_t kInvalid = std::numeric_limits<uint32_t>::max();

  constexpr Id() = default;
  constexpr explicit Id(uint32_t v) : value(v) {}

  // True unless default-constructed (or built from kInvalid).
  constexpr bool valid() const { return value != kInvalid; }

  friend constexpr bool operator==(const Id&, const Id&) = default;
  friend constexpr auto operator<=>(const Id&, const Id&) = default;

  template <typename H>
  friend H AbslHashValue(H h, Id id) {
    return H::combine(std::move(h), id.value);
  }

  // Prints "Tag#value" ("actor#3"), or "Tag#invalid".
  friend std::ostream& operator<<(std::ostream& os, Id id) {
    os << Tag::kName << '#';
    if (id.valid()) {
      os << id.value;
    } else {
      os << "invalid";
    }
    return os;
  }

  uint32_t value = kInvalid;
};

struct ActorTag {
  static constexpr const char* kName = "actor";
};
struct StatementTag {
  static constexpr const char* kName = "statement";
};
struct RelationshipTag {
  static constexpr const char* kName = "relationship";
};
struct SourceTag {
  static constexpr const char* kName = "source";
};
struct EventTag {
  static constexpr const char* kName = "event";
};

// A state, ministry, person, outlet ... (see actor.h).
using ActorId = Id<ActorTag>;
// Something an actor said, as reported (see statement.h).
using StatementId = Id<StatementTag>;
// A labelled link between two actors (see relationship.h).
using RelationshipId = Id<RelationshipTag>;
// A document statements come from (see source.h).
using SourceId = Id<SourceTag>;
// A dated occurrence, such as an election or an inauguration (see event.h).
using EventId = Id<EventTag>;

}  // namespace diplograph

#endif  // DIPLOGRAPH_IDS_H_
