#include "store/name_index.h"

#include <algorithm>
#include <cstring>

#include "absl/hash/hash.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace diplograph::internal {

// A name folded to ASCII lower case (as Fold() does), in a buffer of its own
// when short, with 32 bits of its hash.
class NameIndex::Folded {
 public:
  explicit Folded(absl::string_view name) {
    char* out = buffer_;
    if (name.size() > sizeof(buffer_)) {
      heap_.resize(name.size());
      out = heap_.data();
    }
    for (size_t i = 0; i < name.size(); ++i) {
      out[i] = absl::ascii_tolower(static_cast<unsigned char>(name[i]));
    }
    text = absl::string_view(out, name.size());
    const uint64_t h = absl::Hash<absl::string_view>{}(text);
    hash = static_cast<uint32_t>(h ^ (h >> 32));
  }
  Folded(const Folded&) = delete;
  Folded& operator=(const Folded&) = delete;

  absl::string_view text;
  uint32_t hash = 0;

 private:
  char buffer_[64];
  std::string heap_;
};

NameIndex::NameIndex(size_t max_arena_bytes)
    : max_arena_bytes_(std::min(max_arena_bytes, kMaxArenaBytes)) {}

absl::string_view NameIndex::TextAt(const char* arena, uint32_t text) {
  const char* p = arena + size_t{4} * text;
  uint32_t size;
  std::memcpy(&size, p, sizeof(size));
  return absl::string_view(p + sizeof(size), size);
}

bool NameIndex::SlotEq::operator()(const Slot& s, const Key& k) const {
  return s.hash == k.hash && TextAt(k.arena, s.text) == k.folded;
}

const NameIndex::Slot* NameIndex::FindSlot(const Folded& name) const {
  auto it = slots_.find(Key{name.text, name.hash, arena_.data()});
  return it == slots_.end() ? nullptr : &*it;
}

const NameIndex::Slot& NameIndex::FindOrAdd(const Folded& name) {
  auto it = slots_.lazy_emplace(
      Key{name.text, name.hash, arena_.data()}, [&](const auto& construct) {
        // Length, text, padding to 4 bytes.
        const size_t at = arena_.size();
        const uint32_t size = static_cast<uint32_t>(name.text.size());
        arena_.resize(at + ((sizeof(size) + size + 3) & ~size_t{3}));
        std::memcpy(arena_.data() + at, &size, sizeof(size));
        std::memcpy(arena_.data() + at + sizeof(size), name.text.data(),
                    name.text.size());
        construct(Slot{static_cast<uint32_t>(at / 4), name.hash, ActorId(),
                       ActorId(kNoAlias)});
      });
  return *it;
}

absl::Span<const ActorId> NameIndex::AliasOf(const Slot& s) const {
  if (s.alias.value == kNoAlias) return {};
  if ((s.alias.value & kOverflow) != 0) {
    return overflow_[s.alias.value & ~kOverflow];
  }
  return absl::Span<const ActorId>(&s.alias, 1);
}

bool NameIndex::InsertAlias(const Slot& s, ActorId id) {
  if (s.alias.value == kNoAlias && id.value < kOverflow) {
    s.alias = id;
    return true;
  }
  if (s.alias.value == kNoAlias || (s.alias.value & kOverflow) == 0) {
    // No actor yet (and an id too large to hold inline), or one: move to a
    // list of their own.
    std::vector<ActorId> list;
    if (s.alias.value != kNoAlias) {
      if (s.alias == id) return false;
      list = {std::min(s.alias, id), std::max(s.alias, id)};
    } else {
      list = {id};
    }
    s.alias = ActorId(kOverflow | static_cast<uint32_t>(overflow_.size()));
    overflow_.push_back(std::move(list));
    return true;
  }
  std::vector<ActorId>& list = overflow_[s.alias.value & ~kOverflow];
  auto pos = std::lower_bound(list.begin(), list.end(), id);
  if (pos != list.end() && *pos == id) return false;
  list.insert(pos, id);
  return true;
}

bool NameIndex::Find(absl::string_view name, Entry* out) const {
  const Folded folded(name);
  const Slot* s = FindSlot(folded);
  if (s == nullptr) return false;
  out->canonical = s->canonical;
  out->alias = AliasOf(*s);
  return true;
}

absl::Status NameIndex::CheckRoom(absl::string_view field, size_t count,
                                  size_t bytes) const {
  // Each name takes its length (4 bytes) and up to 3 bytes of padding.
  if (bytes + 7 * count <= max_arena_bytes_ - arena_.size()) {
    return absl::OkStatus();
  }
  return absl::ResourceExhaustedError(
      absl::StrCat(field, ": the name index is full (", arena_.size(),
                   " bytes of names, at most ", max_arena_bytes_, ")"));
}

void NameIndex::SetCanonical(absl::string_view name, ActorId id) {
  FindOrAdd(Folded(name)).canonical = id;
}

bool NameIndex::AddAlias(absl::string_view name, ActorId id) {
  return InsertAlias(FindOrAdd(Folded(name)), id);
}

bool NameIndex::AddAliasUnlessNamed(absl::string_view name, ActorId id) {
  const Slot& s = FindOrAdd(Folded(name));
  if (s.canonical == id) return false;
  return InsertAlias(s, id);
}

void NameIndex::RemoveCanonical(absl::string_view name, ActorId id) {
  const Slot* s = FindSlot(Folded(name));
  if (s != nullptr && s->canonical == id) s->canonical = ActorId();
}

void NameIndex::RemoveAlias(absl::string_view name, ActorId id) {
  const Slot* s = FindSlot(Folded(name));
  if (s == nullptr || s->alias.value == kNoAlias) return;
  if ((s->alias.value & kOverflow) == 0) {
    if (s->alias == id) s->alias = ActorId(kNoAlias);
    return;
  }
  std::vector<ActorId>& list = overflow_[s->alias.value & ~kOverflow];
  auto pos = std::lower_bound(list.begin(), list.end(), id);
  if (pos == list.end() || *pos != id) return;
  list.erase(pos);
  if (list.empty()) {
    // The list stays as an empty place in overflow_ (corrections are rare).
    std::vector<ActorId>().swap(list);
    s->alias = ActorId(kNoAlias);
  }
}

void NameIndex::Clear() {
  slots_.clear();
  arena_.clear();
  overflow_.clear();
}

void NameIndex::Reserve(size_t names, size_t arena_bytes) {
  slots_.reserve(names);
  arena_.reserve(arena_bytes);
}

size_t NameIndex::MemoryBytes() const {
  size_t bytes = slots_.capacity() * (sizeof(Slot) + 1) + arena_.capacity() +
                 overflow_.capacity() * sizeof(overflow_[0]);
  for (const std::vector<ActorId>& list : overflow_) {
    bytes += list.capacity() * sizeof(ActorId);
  }
  return bytes;
}

}  // namespace diplograph::internal
