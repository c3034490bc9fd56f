// A byte arena: copies of strings kept at stable addresses until the arena
// is destroyed, for tables keyed by string_view that must not own their
// keys one by one (a 16-byte view instead of a 32-byte std::string, and no
// allocation per key).
//
//   internal::ByteArena arena;
//   absl::flat_hash_map<absl::string_view, int> ids;
//   ids.emplace(arena.Copy(key), 7);
//
// Thread safety: one thread at a time; views may be read concurrently.

#ifndef DIPLOGRAPH_LIB_UTIL_BYTE_ARENA_H_
#define DIPLOGRAPH_LIB_UTIL_BYTE_ARENA_H_

#include <cstddef>
#include <cstring>
#include <memory>
#include <vector>

#include "absl/strings/string_view.h"

namespace diplograph::internal {

class ByteArena {
 public:
  ByteArena() = default;
  ByteArena(const ByteArena&) = delete;
  ByteArena& operator=(const ByteArena&) = delete;

  // A copy of `bytes` that stays valid and unchanged for the life of the
  // arena. Amortised O(|bytes|).
  absl::string_view Copy(absl::string_view bytes) {
    if (bytes.size() > left_) Grow(bytes.size());
    char* out = next_;
    if (!bytes.empty()) std::memcpy(out, bytes.data(), bytes.size());
    next_ += bytes.size();
    left_ -= bytes.size();
    return absl::string_view(out, bytes.size());
  }

 private:
  static constexpr size_t kBlockBytes = size_t{64} << 10;

  // Starts a block that holds at least `need` bytes (a string larger than
  // a block gets a block of its own).
  void Grow(size_t need) {
    const size_t size = need > kBlockBytes ? need : kBlockBytes;
    blocks_.push_back(std::make_unique<char[]>(size));
    next_ = blocks_.back().get();
    left_ = size;
  }

  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;
  size_t left_ = 0;
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_UTIL_BYTE_ARENA_H_
