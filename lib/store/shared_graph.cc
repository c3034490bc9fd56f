// SharedGraph: left-right with spare copies (shared_graph.h). `copies_`
// graphs, a `front_` index telling readers which to use, and a set of
// striped reader counters per copy.
//
// Reader: load front_ (f), count itself in counters_[f], load front_
// again; if it still names f, use copy f and uncount at the end, else
// uncount and start over with the new front. Writer, before changing a
// copy that is not the front (c): check that counters_[c] is empty (or
// wait until it is). A reader whose second load still saw c as the front
// made its count before that load, and the load came before the writer's
// store of a new front (else it would have seen it), which came before the
// writer reads the counters: the writer sees the count and leaves c alone.
// A reader whose second load sees another front backs off without touching
// copy c; one whose second load sees c as the front again (c republished
// meanwhile: its first load is from an older commit) is fine, since the
// writer changes c only while c is not the front. All the atomics of that
// handshake are sequentially consistent: a reader's count must be visible
// before its second load of front_, which acquire/release alone does not
// order.
//
// The writer's sleep, when every spare copy is pinned: it sets
// writer_waiting_, reads unpinned_, checks the counters again, and sleeps
// on unpinned_ (std::atomic::wait: a futex) only if still none is free. A
// reader uncounts, then reads writer_waiting_, and if it is set bumps
// unpinned_ and wakes the writer. Either the reader's uncount precedes the
// writer's second check (which then sees it), or the reader sees the flag
// and its bump makes the wait return: no wake is lost.
//
// Invariant: every copy is at most statement-only commits behind the
// front (a commit that does more is applied to every copy before Update()
// returns), so a copy is brought up to date by replaying the statements it
// lacks from the front's records.

#include "diplograph/shared_graph.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "diplograph/graph.h"
#include "store/graph_data.h"
#include "store/statement_copy.h"
#include "store/statement_index.h"
#include "util/status_macros.h"

namespace diplograph {
namespace {

// The counter stripe of the calling thread: threads take stripes in turn.
size_t ThreadStripe(size_t stripes) {
  static std::atomic<size_t> next{0};
  thread_local const size_t stripe =
      next.fetch_add(1, std::memory_order_relaxed);
  return stripe % stripes;
}

bool SameCounts(const Graph& a, const Graph& b) {
  return a.actor_count() == b.actor_count() &&
         a.statement_count() == b.statement_count() &&
         a.relationship_count() == b.relationship_count() &&
         a.source_count() == b.source_count() &&
         a.event_count() == b.event_count();
}

}  // namespace

SharedGraph::SharedGraph() : SharedGraph(SharedGraphOptions{}) {}

SharedGraph::SharedGraph(SharedGraphOptions options)
    : copies_(std::clamp(options.copies, 2, kMaxCopies)),
      graphs_(std::make_unique<Graph[]>(static_cast<size_t>(copies_))),
      commits_(std::make_unique<std::atomic<uint64_t>[]>(
          static_cast<size_t>(copies_))),
      counters_(std::make_unique<Counters[]>(static_cast<size_t>(copies_))) {}

SharedGraph::~SharedGraph() = default;

SharedGraph::Reader& SharedGraph::Reader::operator=(Reader&& other) noexcept {
  if (this != &other) {
    Release();
    owner_ = std::exchange(other.owner_, nullptr);
    graph_ = other.graph_;
    commit_ = other.commit_;
    slot_ = other.slot_;
  }
  return *this;
}

void SharedGraph::Reader::Release() {
  if (owner_ == nullptr) return;
  owner_->Unpin(slot_);
  owner_ = nullptr;
}

void SharedGraph::Unpin(std::atomic<int64_t>* slot) const {
  slot->fetch_sub(1, std::memory_order_seq_cst);
  if (writer_waiting_.load(std::memory_order_seq_cst)) {
    unpinned_.fetch_add(1, std::memory_order_seq_cst);
    unpinned_.notify_all();
  }
}

SharedGraph::Reader SharedGraph::Read() const {
  const size_t stripe = ThreadStripe(kStripes);
  for (;;) {
    const int front = front_.load(std::memory_order_seq_cst);
    std::atomic<int64_t>* slot = &counters_[front][stripe].readers;
    slot->fetch_add(1, std::memory_order_seq_cst);
    if (front_.load(std::memory_order_seq_cst) == front) {
      return Reader(this, &graphs_[front],
                    commits_[front].load(std::memory_order_relaxed), slot);
    }
    // A commit was published in between: this copy may be about to change.
    Unpin(slot);
  }
}

int64_t SharedGraph::ReadersOf(int copy) const {
  int64_t readers = 0;
  for (const Counter& c : counters_[copy]) {
    readers += c.readers.load(std::memory_order_seq_cst);
  }
  return readers;
}

int SharedGraph::FreeCopy(int front, int only) const {
  if (only >= 0) return ReadersOf(only) == 0 ? only : -1;
  // The free copy nearest the front (least to replay), unless a free copy
  // lags by kMaxLagStatements or more: then that one, so that a copy left
  // aside (while readers pinned others) is brought up in bounded steps
  // rather than in one long replay when it is next needed.
  const size_t head = graphs_[front].statement_count();
  int nearest = -1;
  int lagging = -1;
  for (int c = 0; c < copies_; ++c) {
    if (c == front || ReadersOf(c) != 0) continue;
    const uint64_t commit = commits_[c].load(std::memory_order_relaxed);
    if (nearest < 0 ||
        commit > commits_[nearest].load(std::memory_order_relaxed)) {
      nearest = c;
    }
    if (graphs_[c].statement_count() + kMaxLagStatements <= head &&
        (lagging < 0 ||
         commit < commits_[lagging].load(std::memory_order_relaxed))) {
      lagging = c;
    }
  }
  return lagging >= 0 ? lagging : nearest;
}

int SharedGraph::WaitForFreeCopy(int front, int only) {
  int copy = FreeCopy(front, only);
  if (copy >= 0) return copy;  // the rule: a spare copy is free
  const auto start = std::chrono::steady_clock::now();
  // A reader mid-query leaves within microseconds: look again a few times
  // before sleeping.
  for (int round = 0; round < 64 && copy < 0; ++round) {
    copy = FreeCopy(front, only);
  }
  while (copy < 0) {
    writer_waiting_.store(true, std::memory_order_seq_cst);
    const uint32_t seen = unpinned_.load(std::memory_order_seq_cst);
    copy = FreeCopy(front, only);
    if (copy < 0) unpinned_.wait(seen, std::memory_order_seq_cst);
  }
  writer_waiting_.store(false, std::memory_order_relaxed);
  wait_count_.fetch_add(1, std::memory_order_relaxed);
  wait_ns_.fetch_add(static_cast<uint64_t>(
                         std::chrono::duration_cast<std::chrono::nanoseconds>(
                             std::chrono::steady_clock::now() - start)
                             .count()),
                     std::memory_order_relaxed);
  return copy;
}

const internal::GraphData& SharedGraph::DataOf(const Graph& g) {
  return *g.data_;
}
internal::GraphData& SharedGraph::DataOf(Graph& g) { return *g.data_; }

absl::Status SharedGraph::Broken(uint64_t commit, absl::string_view why) {
  broken_ = true;
  return absl::InternalError(absl::StrCat(
      "SharedGraph: commit ", commit,
      " is published, but could not be applied to another copy: ", why));
}

absl::Status SharedGraph::CatchUp(int dst_copy, int src_copy) {
  const uint64_t commit = commits_[src_copy].load(std::memory_order_relaxed);
  if (commits_[dst_copy].load(std::memory_order_relaxed) == commit) {
    return absl::OkStatus();
  }
  const Graph& src = graphs_[src_copy];
  Graph& dst = graphs_[dst_copy];
  internal::GraphData& d = *dst.data_;
  const auto first = static_cast<uint32_t>(dst.statement_count());
  const auto end = static_cast<uint32_t>(src.statement_count());
  if (first > end || dst.actor_count() != src.actor_count() ||
      dst.relationship_count() != src.relationship_count() ||
      dst.source_count() != src.source_count() ||
      dst.event_count() != src.event_count()) {
    return Broken(commit, "a lagging copy holds records the front lacks");
  }
  // Append the records as the front holds them, then copy the lists they
  // join from it instead of merging.
  if (absl::Status copied =
          internal::CopyStatementRecords(*src.data_, d, first, end);
      !copied.ok()) {
    return Broken(commit, copied.ToString());
  }
  if (!internal::CopyStatementLists(*src.data_, d, first, end)) {
    return Broken(commit, "the statement lists of the copies differ");
  }
  commits_[dst_copy].store(commit, std::memory_order_relaxed);
  return absl::OkStatus();
}

absl::Status SharedGraph::Reapply(int copy, int published, uint64_t commit,
                                  absl::FunctionRef<absl::Status(Graph&)> fn) {
  absl::Status replay = graphs_[copy].Update(fn);
  if (!replay.ok() || !SameCounts(graphs_[copy], graphs_[published])) {
    return Broken(
        commit,
        absl::StrCat("the update function did not apply the same "
                     "way",
                     replay.ok() ? " (different record counts)"
                                 : absl::StrCat(": ", replay.ToString()),
                     "; it must be deterministic"));
  }
  commits_[copy].store(commit, std::memory_order_relaxed);
  return absl::OkStatus();
}

absl::Status SharedGraph::Update(absl::FunctionRef<absl::Status(Graph&)> fn) {
  std::lock_guard<std::mutex> lock(writer_mu_);
  if (broken_) {
    return absl::InternalError(
        "SharedGraph: an earlier update applied differently to the "
        "copies; no further updates are accepted");
  }
  const int old_front = front_.load(std::memory_order_relaxed);
  // A spare copy no reader holds; brought up to the front's commit.
  const int back = WaitForFreeCopy(old_front, -1);
  DIPLOGRAPH_RETURN_IF_ERROR(CatchUp(back, old_front));
  Graph& g = graphs_[back];
  const size_t actors = g.actor_count();
  const size_t relationships = g.relationship_count();
  const size_t sources = g.source_count();
  const size_t events = g.event_count();
  absl::Status status = g.Update(fn);
  if (!status.ok()) return status;  // rolled back; never published
  const uint64_t commit =
      commits_[old_front].load(std::memory_order_relaxed) + 1;
  commits_[back].store(commit, std::memory_order_relaxed);
  front_.store(back, std::memory_order_seq_cst);

  const bool statements_only =
      !g.data_->last_update_changed_old_records && g.actor_count() == actors &&
      g.relationship_count() == relationships && g.source_count() == sources &&
      g.event_count() == events;
  // Replayed from the records when the writer next takes a copy.
  if (statements_only) return absl::OkStatus();

  // Other changes: every other copy gets them now, by calling `fn` on it
  // once its readers have left. The old front, at the previous commit, is
  // the source of the lagging copies' replays, so it goes last.
  for (int c = 0; c < copies_; ++c) {
    if (c == back || c == old_front) continue;
    WaitForFreeCopy(back, c);
    DIPLOGRAPH_RETURN_IF_ERROR(CatchUp(c, old_front));
    DIPLOGRAPH_RETURN_IF_ERROR(Reapply(c, back, commit, fn));
  }
  WaitForFreeCopy(back, old_front);
  return Reapply(old_front, back, commit, fn);
}

}  // namespace diplograph
