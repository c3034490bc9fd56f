// Interned strings: each distinct string is stored once and named by a
// dense 32-bit id. Views returned stay valid for the life of the pool
// (bytes live in fixed blocks that never move).

#ifndef DIPLOGRAPH_LIB_STORE_STRING_POOL_H_
#define DIPLOGRAPH_LIB_STORE_STRING_POOL_H_

#include <cstdint>
#include <memory>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

namespace diplograph::internal {

class StringPool {
 public:
  // Id 0 is always the empty string.
  StringPool();

  StringPool(const StringPool&) = delete;
  StringPool& operator=(const StringPool&) = delete;
  StringPool(StringPool&&) = default;
  StringPool& operator=(StringPool&&) = default;

  // The id of `s`, adding it if new. Amortised O(|s|).
  uint32_t Intern(absl::string_view s);

  // Stores `s` under a new id without looking for an equal string: for text
  // that rarely repeats (statement texts), which then costs no hash entry.
  // Find() and Intern() do not see strings added this way. O(|s|).
  uint32_t Add(absl::string_view s);

  // The id of `s` if interned. O(|s|).
  bool Find(absl::string_view s, uint32_t* id) const;

  // REQUIRES: id < size().
  absl::string_view Get(uint32_t id) const { return views_[id]; }

  size_t size() const { return views_.size(); }

  // Removes every string with id >= `size` (used to undo a failed update).
  // The bytes stay allocated until the pool is destroyed.
  void Truncate(size_t size);

 private:
  static constexpr size_t kBlockSize = 64 * 1024;

  absl::string_view Store(absl::string_view s);

  std::vector<std::unique_ptr<char[]>> blocks_;
  char* free_ = nullptr;
  size_t free_left_ = 0;
  std::vector<absl::string_view> views_;
  absl::flat_hash_map<absl::string_view, uint32_t> ids_;
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_STORE_STRING_POOL_H_
