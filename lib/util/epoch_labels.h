// Private: per-thread scratch arrays of one entry per vertex, reused across
// calls and reset in O(1) by bumping an epoch, for searches over the actor
// network (NeighbourhoodOf, ShortestPaths) that would otherwise allocate
// and clear O(actors) memory or fill a hash set on every call.

#ifndef DIPLOGRAPH_LIB_UTIL_EPOCH_LABELS_H_
#define DIPLOGRAPH_LIB_UTIL_EPOCH_LABELS_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace diplograph::internal {

// A value per vertex with an epoch stamp: entries stamped by an earlier
// epoch read as unset. Not thread-safe; use one per thread (ThreadMarks).
class EpochLabels {
 public:
  // Starts a new epoch over at least n vertices: every entry reads unset.
  // Amortised O(1) (O(n) when the array grows or the epoch wraps).
  void Begin(size_t n) {
    if (stamp_.size() < n) {
      stamp_.resize(n, 0);
      value_.resize(n, 0);
    }
    if (++epoch_ == 0) {
      std::fill(stamp_.begin(), stamp_.end(), 0);
      epoch_ = 1;
    }
  }
  bool Has(size_t v) const { return stamp_[v] == epoch_; }
  // The value of v, or `unset` when v has none this epoch.
  int32_t Get(size_t v, int32_t unset = -1) const {
    return stamp_[v] == epoch_ ? value_[v] : unset;
  }
  void Set(size_t v, int32_t value) {
    stamp_[v] = epoch_;
    value_[v] = value;
  }
  // Marks v; true when it was not marked yet this epoch.
  bool Mark(size_t v) {
    if (stamp_[v] == epoch_) return false;
    stamp_[v] = epoch_;
    return true;
  }

 private:
  std::vector<uint32_t> stamp_;
  std::vector<int32_t> value_;
  uint32_t epoch_ = 0;
};

// The calling thread's scratch label arrays, `slot` 0, 1 or 2 (a search
// that needs several uses different slots). A caller must not hold one
// across a call that may use the same slot.
inline EpochLabels& ThreadLabels(int slot) {
  thread_local EpochLabels labels[3];
  return labels[slot];
}

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_UTIL_EPOCH_LABELS_H_
