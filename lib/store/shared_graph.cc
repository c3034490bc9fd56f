// SharedGraph: the left-right scheme of shared_graph.h. Two copies of the
// graph, a `front_` index telling readers which to use, and a set of
// striped reader counters per copy.
//
// Reader: load front_ (f), count itself in counters_[f], load front_
// again; if it still names f, use copy f and uncount at the end, else
// uncount and start over with the new front. Writer, before changing the
// copy that is not the front (c): wait until counters_[c] is empty. A
// reader whose second load still saw c as the front made its count before
// that load, and the load came before the writer's store of the new front
// (else it would have seen it), which came before the writer reads the
// counters: the writer sees the count and waits. A reader whose second
// load sees the new front backs off without touching copy c. All the
// atomics of that handshake are sequentially consistent: a reader's count
// must be visible before its second load of front_, which
// acquire/release alone does not order. The writer waits only for
// readers of the copy it is about to change, never for those of the front.

#include "diplograph/shared_graph.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <thread>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "diplograph/graph.h"
#include "store/graph_data.h"
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

SharedGraph::SharedGraph() = default;
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
  slot_->fetch_sub(1, std::memory_order_seq_cst);
  owner_ = nullptr;
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
    slot->fetch_sub(1, std::memory_order_seq_cst);
  }
}

int64_t SharedGraph::ReadersOf(int copy) const {
  int64_t readers = 0;
  for (const Counter& c : counters_[copy]) {
    readers += c.readers.load(std::memory_order_seq_cst);
  }
  return readers;
}

void SharedGraph::WaitForReaders(int copy) {
  if (ReadersOf(copy) == 0) return;  // the rule: nobody is left
  const auto start = std::chrono::steady_clock::now();
  // Readers hold a view for the length of a query: spin briefly, then
  // yield, then sleep in short steps so as not to take a core from them.
  for (int round = 0; ReadersOf(copy) != 0; ++round) {
    if (round < 64) continue;
    if (round < 256) {
      std::this_thread::yield();
    } else {
      std::this_thread::sleep_for(std::chrono::microseconds(20));
    }
  }
  wait_count_.fetch_add(1, std::memory_order_relaxed);
  wait_ns_.fetch_add(static_cast<uint64_t>(
                         std::chrono::duration_cast<std::chrono::nanoseconds>(
                             std::chrono::steady_clock::now() - start)
                             .count()),
                     std::memory_order_relaxed);
}

absl::Status SharedGraph::Broken(uint64_t commit, absl::string_view why) {
  broken_ = true;
  return absl::InternalError(absl::StrCat(
      "SharedGraph: commit ", commit,
      " is published, but could not be applied to the second copy: ", why));
}

absl::Status SharedGraph::CatchUp() {
  if (!pending_) return absl::OkStatus();
  pending_ = false;
  const int front = front_.load(std::memory_order_relaxed);
  const int stale = 1 - front;
  const uint64_t commit = commits_[front].load(std::memory_order_relaxed);
  // Readers that took the stale copy before the last publication have
  // long finished by now, as a rule: this returns at once.
  WaitForReaders(stale);
  const Graph& src = graphs_[front];
  Graph& dst = graphs_[stale];
  internal::GraphData& d = *dst.data_;
  const auto first = static_cast<uint32_t>(pending_first_);
  const auto end = static_cast<uint32_t>(src.statement_count());
  if (dst.statement_count() != first) {
    return Broken(commit, "the copies hold different statement counts");
  }
  // Add the records with list indexing held back (as inside Update()),
  // then copy the lists from the published copy instead of merging.
  ++d.update_depth;
  for (uint32_t i = first; i < end; ++i) {
    absl::StatusOr<StatementId> id =
        dst.AddStatement(src.statement(StatementId(i)).ToStatement());
    if (!id.ok() || id->value != i) {
      --d.update_depth;
      return Broken(commit,
                    id.ok() ? absl::StrCat("statement#", i, " got another id")
                            : absl::StrCat("statement#", i, ": ",
                                           id.status().ToString()));
    }
  }
  --d.update_depth;
  if (!internal::CopyStatementLists(*src.data_, d, first, end)) {
    return Broken(commit, "the statement lists of the copies differ");
  }
  commits_[stale].store(commit, std::memory_order_relaxed);
  return absl::OkStatus();
}

absl::Status SharedGraph::Update(absl::FunctionRef<absl::Status(Graph&)> fn) {
  std::lock_guard<std::mutex> lock(writer_mu_);
  if (broken_) {
    return absl::InternalError(
        "SharedGraph: an earlier update applied differently to the two "
        "copies; no further updates are accepted");
  }
  // Bring the back copy up to date with the last commit first.
  DIPLOGRAPH_RETURN_IF_ERROR(CatchUp());
  const int old_front = front_.load(std::memory_order_relaxed);
  const int back = 1 - old_front;
  Graph& g = graphs_[back];
  const size_t actors = g.actor_count();
  const size_t statements = g.statement_count();
  const size_t relationships = g.relationship_count();
  const size_t sources = g.source_count();
  const size_t events = g.event_count();
  // No reader uses the back copy: CatchUp() or the previous Update()
  // waited for them.
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
  if (statements_only) {
    // Replayed from the records at the start of the next Update().
    pending_ = true;
    pending_first_ = statements;
    return absl::OkStatus();
  }

  // Other changes: wait for the readers of the old front, then call `fn`
  // on it too.
  WaitForReaders(old_front);
  absl::Status replay = graphs_[old_front].Update(fn);
  if (!replay.ok() || !SameCounts(graphs_[old_front], graphs_[back])) {
    return Broken(
        commit,
        absl::StrCat("the update function did not apply the same "
                     "way",
                     replay.ok() ? " (different record counts)"
                                 : absl::StrCat(": ", replay.ToString()),
                     "; it must be deterministic"));
  }
  commits_[old_front].store(commit, std::memory_order_relaxed);
  return absl::OkStatus();
}

}  // namespace diplograph
