// The store's index of actor names (GraphData::names): for each folded name
// (ASCII lower case, as Fold() in graph_helpers.h), the actor whose canonical
// name it is and the actors that have it as an alias. Graph::FindActor,
// MatchActors and the adds (a name already taken, an alias the actor has
// already) look names up here.
//
//   NameIndex names;
//   names.SetCanonical("China", ActorId(0));
//   names.AddAlias("PRC", ActorId(0));
//   NameIndex::Entry e;
//   if (names.Find("prc", &e)) { ... e.canonical, e.alias ... }
//
// Layout. A name costs one 16-byte hash slot (the folded text's place in an
// arena, 32 bits of its hash, the canonical actor, and the alias actor or
// the number of an overflow list) plus its folded text, length-prefixed and
// padded to 4 bytes, in one arena. A name held by one actor (almost every
// name) allocates nothing of its own; a name that several actors share as an
// alias keeps their ids in an overflow list. The slot's hash makes growing
// the table and rejecting a probe's false matches cheap without reading the
// arena. Compared with a map from std::string to two vectors of ids (an
// 80-byte slot, a heap block per name for the ids and one more for a key
// over 15 bytes), the index is 4 to 8 times smaller and a probe touches
// fewer cache lines.
//
// Names are never removed: a correction that takes a name from an actor
// leaves its slot, empty or with the other actors that have the name, and
// Find() tells an empty entry from a missing one only by its content (both
// name no actor). Clear() drops everything (a rollback rebuilds the index).
//
// Limits: the arena holds at most `max_arena_bytes` (16 GiB by default: its
// offsets count 4-byte units in 32 bits); CheckRoom() tells whether more
// names fit, and the adds check it before they change anything.
//
// Thread safety: const member functions may run concurrently with each
// other; any other call needs exclusive access.

#ifndef DIPLOGRAPH_LIB_STORE_NAME_INDEX_H_
#define DIPLOGRAPH_LIB_STORE_NAME_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "diplograph/ids.h"

namespace diplograph::internal {

class NameIndex {
 public:
  // What the index holds for one name. `alias` points into the index: valid
  // until the next non-const call.
  struct Entry {
    ActorId canonical;                // invalid when no actor has the name
    absl::Span<const ActorId> alias;  // ascending, no duplicates
  };

  static constexpr size_t kMaxArenaBytes = size_t{4} << 32;  // 16 GiB

  explicit NameIndex(size_t max_arena_bytes = kMaxArenaBytes);

  NameIndex(const NameIndex&) = delete;
  NameIndex& operator=(const NameIndex&) = delete;
  NameIndex(NameIndex&&) = default;
  NameIndex& operator=(NameIndex&&) = default;

  // The entry of `name` (folded here) in `*out`; false when the index never
  // held the name. O(|name|) expected.
  bool Find(absl::string_view name, Entry* out) const;

  // OK when `count` more names of `bytes` bytes in all fit in the arena
  // beside those it holds; otherwise ResourceExhausted, "FIELD: ..." naming
  // the limit. O(1).
  absl::Status CheckRoom(absl::string_view field, size_t count,
                         size_t bytes) const;

  // Makes `id` the canonical actor of `name`.
  // REQUIRES: no other actor has `name` as its canonical name (the adds
  // check), CheckRoom(field, 1, name.size()) is OK. O(|name|) expected.
  void SetCanonical(absl::string_view name, ActorId id);

  // Adds `id` to the actors that have `name` as an alias; false if it was
  // there already. REQUIRES: CheckRoom(field, 1, name.size()) is OK. O(|name|)
  // expected, plus O(k) for a name that k actors share as an alias.
  bool AddAlias(absl::string_view name, ActorId id);

  // As AddAlias, but adds nothing and returns false when `id` already has
  // `name`, as its canonical name or as an alias: one probe of the table.
  bool AddAliasUnlessNamed(absl::string_view name, ActorId id);

  // Takes `id` off the canonical actor, or the alias actors, of `name`; no
  // change if it was not there. O(|name|) expected, plus O(k) as AddAlias.
  void RemoveCanonical(absl::string_view name, ActorId id);
  void RemoveAlias(absl::string_view name, ActorId id);

  // Drops every name. O(size()).
  void Clear();

  // Room for `names` names, `arena_bytes` of folded text, without growing.
  void Reserve(size_t names, size_t arena_bytes);

  // The number of names the index holds (some perhaps with no actor left).
  size_t size() const { return slots_.size(); }

  // The bytes the index occupies: table, arena and overflow lists.
  size_t MemoryBytes() const;

 private:
  // A slot's `alias` holds an actor id below 2^31 itself; kOverflow | i
  // names overflow_[i]; kNoAlias, no actor. Ids from 2^31 on go to an overflow
  // list, so every id fits.
  static constexpr uint32_t kOverflow = 0x80000000u;
  static constexpr uint32_t kNoAlias = 0xFFFFFFFFu;

  struct Slot {
    uint32_t text;  // the folded text: arena offset / 4
    uint32_t hash;  // 32 bits of the folded text's hash
    // Neither takes part in hashing or equality: changed in place.
    mutable ActorId canonical;
    mutable ActorId alias;  // its value as told above
  };
  // A folded name being looked up, with its hash and the arena to compare
  // slots' texts with.
  struct Key {
    absl::string_view folded;
    uint32_t hash;
    const char* arena;
  };
  struct SlotHash {
    using is_transparent = void;
    size_t operator()(const Slot& s) const { return Spread(s.hash); }
    size_t operator()(const Key& k) const { return Spread(k.hash); }
    static size_t Spread(uint32_t h) {
      return static_cast<size_t>(h * uint64_t{0x9E3779B97F4A7C15});
    }
  };
  struct SlotEq {
    using is_transparent = void;
    bool operator()(const Slot& a, const Slot& b) const {
      return a.text == b.text;
    }
    bool operator()(const Slot& s, const Key& k) const;
    bool operator()(const Key& k, const Slot& s) const { return (*this)(s, k); }
  };
  class Folded;

  const Slot* FindSlot(const Folded& name) const;
  // The slot of `name`, added (with no actor) if new.
  const Slot& FindOrAdd(const Folded& name);
  static absl::string_view TextAt(const char* arena, uint32_t text);
  // The alias ids of a slot.
  absl::Span<const ActorId> AliasOf(const Slot& s) const;
  // Inserts `id` into the slot's aliases; false if there already.
  bool InsertAlias(const Slot& s, ActorId id);

  size_t max_arena_bytes_;
  absl::flat_hash_set<Slot, SlotHash, SlotEq> slots_;
  std::vector<char> arena_;
  std::vector<std::vector<ActorId>> overflow_;
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_STORE_NAME_INDEX_H_
