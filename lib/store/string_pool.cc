#include "store/string_pool.h"

#include <cstring>

namespace diplograph::internal {

StringPool::StringPool() {
  views_.push_back(absl::string_view());
  ids_.emplace(absl::string_view(), 0);
}

// Blocks are allocated uninitialised (new char[n], not make_unique, which
// would zero them): every byte handed out is written first.
absl::string_view StringPool::Store(absl::string_view s) {
  if (s.empty()) return absl::string_view();
  if (s.size() > kBlockSize / 4) {
    // Large strings get a block of their own.
    blocks_.push_back(std::unique_ptr<char[]>(new char[s.size()]));
    std::memcpy(blocks_.back().get(), s.data(), s.size());
    return absl::string_view(blocks_.back().get(), s.size());
  }
  if (free_left_ < s.size()) {
    blocks_.push_back(std::unique_ptr<char[]>(new char[kBlockSize]));
    free_ = blocks_.back().get();
    free_left_ = kBlockSize;
  }
  std::memcpy(free_, s.data(), s.size());
  absl::string_view stored(free_, s.size());
  free_ += s.size();
  free_left_ -= s.size();
  return stored;
}

uint32_t StringPool::Intern(absl::string_view s) {
  // One hash and probe: the bytes are stored only when `s` is new.
  auto it = ids_.lazy_emplace(s, [&](const auto& construct) {
    const auto id = static_cast<uint32_t>(views_.size());
    const absl::string_view stored = Store(s);
    views_.push_back(stored);
    construct(stored, id);
  });
  return it->second;
}

uint32_t StringPool::Add(absl::string_view s) {
  if (s.empty()) return 0;
  const auto id = static_cast<uint32_t>(views_.size());
  views_.push_back(Store(s));
  return id;
}

bool StringPool::Find(absl::string_view s, uint32_t* id) const {
  auto it = ids_.find(s);
  if (it == ids_.end()) return false;
  *id = it->second;
  return true;
}

void StringPool::Truncate(size_t size) {
  if (size < 1) size = 1;
  while (views_.size() > size) {
    // Strings stored by Add() have no entry, and an equal interned string
    // keeps its own.
    const auto id = static_cast<uint32_t>(views_.size() - 1);
    auto it = ids_.find(views_.back());
    if (it != ids_.end() && it->second == id) ids_.erase(it);
    views_.pop_back();
  }
}

}  // namespace diplograph::internal
