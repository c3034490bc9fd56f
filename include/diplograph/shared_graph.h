// SharedGraph: a Graph for a service, where one writer commits Update()
// batches while any number of reader threads query the last committed state
// without ever waiting for the writer.
//
//   diplograph::SharedGraph shared;
//   // Writer thread.
//   absl::Status s = shared.Update([&](Graph& g) -> absl::Status {
//     for (const Statement& st : batch) {
//       absl::StatusOr<StatementId> id = g.AddStatement(st);
//       if (!id.ok()) return id.status();
//     }
//     return absl::OkStatus();
//   });
//   // Reader threads.
//   {
//     SharedGraph::Reader view = shared.Read();
//     const Graph& g = view.graph();  // the whole query API works on it
//     absl::Span<const StatementId> ids = g.StatementsBy(china);
//     ...
//   }  // the view ends here; spans and views from `g` end with it
//
// Design: left-right. The SharedGraph holds two Graphs with the same
// records. Readers use the "front" one; the writer applies a batch to the
// "back" one with Graph::Update() and publishes it as the new front with
// one atomic store. The old front must then get the same batch, once no
// reader uses it any more:
//   - A batch that only adds statements (the common case of a service fed
//     with statements) returns right after the publication. At the start
//     of the next Update(), when the readers of the old front have long
//     finished, the writer adds the same statements to it, read back from
//     the published copy (the update function is called once), and copies
//     the statement lists they join from the published copy instead of
//     merging them again: about half the CPU of the first application.
//   - Any other batch (new actors, sources, relationships, events, or
//     changes to older records such as aliases or mentions) waits for the
//     readers of the old front and calls the update function on it a
//     second time before returning.
// A reader never takes a lock and never waits: Read() is two atomic
// loads and an atomic increment, retried only when a commit is published
// between the two loads (lock-free; in practice wait-free). The writer
// waits only for readers of the copy it is about to change. Readers see a
// commit entirely or not at all; a batch that fails is rolled back on the back
// copy, which no reader uses, so readers never see any of it. Memory: two
// full graphs (2x a Graph), plus 1 KiB of reader counters. The trade-offs
// against copy-on-write segments and version watermarks are in
// docs/architecture.md ("Readers that never wait").
//
// Since a view is a `const Graph&`, every query (statement_query.h,
// timeline.h, paths.h, centrality.h, network.h, ...) runs on it unchanged.
//
// Thread safety. Read() may be called from any number of threads at once,
// and concurrently with Update(). Update() calls are serialised with each
// other (concurrent writers wait for one another). A Reader is used by one
// thread at a time; it must end before the SharedGraph is destroyed.
// Everything obtained from a Reader's graph (references, spans,
// StatementViews, string_views, an ActorNetwork from NetworkOf) is valid
// only while that Reader lives: keep a Reader short (the length of one
// query), since the writer's next commit waits for readers of the copy it
// replaces (held over a whole commit, a view delays the commit after the
// next one, never other readers).

#ifndef DIPLOGRAPH_SHARED_GRAPH_H_
#define DIPLOGRAPH_SHARED_GRAPH_H_

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <utility>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "diplograph/graph.h"

namespace diplograph {

class SharedGraph {
 public:
  // A pinned, immutable view of the graph as of one commit. Movable, not
  // copyable. While it lives, the graph it shows does not change.
  class Reader {
   public:
    Reader(Reader&& other) noexcept
        : owner_(std::exchange(other.owner_, nullptr)),
          graph_(other.graph_),
          commit_(other.commit_),
          slot_(other.slot_) {}
    Reader& operator=(Reader&& other) noexcept;
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;
    ~Reader() { Release(); }

    // The graph as of commit(). O(1).
    const Graph& graph() const { return *graph_; }
    const Graph& operator*() const { return *graph_; }
    const Graph* operator->() const { return graph_; }
    // How many successful Update() calls the view shows. O(1).
    uint64_t commit() const { return commit_; }

    // Ends the view early (the destructor does it otherwise).
    void Release();

   private:
    friend class SharedGraph;
    Reader(const SharedGraph* owner, const Graph* graph, uint64_t commit,
           std::atomic<int64_t>* slot)
        : owner_(owner), graph_(graph), commit_(commit), slot_(slot) {}

    const SharedGraph* owner_;
    const Graph* graph_;
    uint64_t commit_;
    std::atomic<int64_t>* slot_;
  };

  SharedGraph();
  // REQUIRES: no Reader of this SharedGraph is alive.
  ~SharedGraph();
  SharedGraph(const SharedGraph&) = delete;
  SharedGraph& operator=(const SharedGraph&) = delete;

  // Commits one all-or-nothing batch. First brings the back copy up to
  // date with the previous commit if that was deferred (see above), then
  // calls `fn` with the back copy inside Graph::Update(); when it fails,
  // the copy is rolled back, nothing is published and its status is
  // returned. When it succeeds, the copy is published (new Read() calls
  // see it). If the batch only added statements, Update() returns at once
  // and the other copy gets the statements at the start of the next
  // Update(); otherwise `fn` is called a second time, on the other copy,
  // once the readers of that copy have finished, before Update() returns.
  // REQUIRES: `fn` is deterministic: called on two graphs with equal
  // records, it makes the same adds (ids are positions, so it gets the same
  // ids back). It may capture by reference: it is never called after
  // Update() returns.
  // Errors: those of `fn` (nothing committed); Internal when the second
  // application disagrees with the first (fn not deterministic) or after
  // such a failure, when the SharedGraph refuses further updates (readers
  // go on seeing the last commit).
  // Cost: Graph::Update() with `fn` plus the deferred copy of the previous
  // batch (O(s) record adds and, per statement list that batch joined, a
  // binary search and a sequential copy of the entries after its earliest
  // new one), and the wait for readers of the copy it writes that began
  // before the previous publication (normally none are left). For other
  // batches: twice Graph::Update() with `fn`, plus the wait for readers
  // that began before this publication.
  absl::Status Update(absl::FunctionRef<absl::Status(Graph&)> fn);

  // A view of the last committed state. Never blocks, whatever the writer
  // is doing: O(1), plus one retry per commit published while it runs.
  Reader Read() const;

  // Runs fn(const Graph&) on a view of the last committed state and
  // returns what it returns.
  template <typename Fn>
  decltype(auto) Read(Fn&& fn) const {
    Reader view = Read();
    return std::forward<Fn>(fn)(view.graph());
  }

  // How many times, and for how long in all, Update() has waited for
  // readers of the copy it was about to change (a reader that took a view
  // before the previous publication and still holds it, e.g. a thread
  // descheduled mid-query). For monitoring; any thread, O(1).
  struct WaitStats {
    uint64_t waits = 0;
    uint64_t nanoseconds = 0;
  };
  WaitStats writer_waits() const {
    return {wait_count_.load(std::memory_order_relaxed),
            wait_ns_.load(std::memory_order_relaxed)};
  }

  // Successful Update() calls so far. O(1).
  uint64_t commits() const {
    return commits_[front_.load(std::memory_order_acquire)].load(
        std::memory_order_relaxed);
  }

 private:
  // Reader counters, one set per copy, striped to keep readers on
  // different cache lines.
  static constexpr size_t kStripes = 8;
  struct alignas(64) Counter {
    std::atomic<int64_t> readers{0};
  };

  // Waits until no reader uses copy `copy` (which is not the front).
  void WaitForReaders(int copy);
  // Readers of `copy` now.
  int64_t ReadersOf(int copy) const;
  // Applies the last commit, when it only added statements, to the copy
  // behind the front one. Called by the writer at the start of Update().
  absl::Status CatchUp();
  // Marks the SharedGraph as refusing updates; returns the error.
  absl::Status Broken(uint64_t commit, absl::string_view why);

  std::array<Graph, 2> graphs_;
  // Successful commits shown by each copy.
  std::array<std::atomic<uint64_t>, 2> commits_{};
  // Which copy readers use.
  std::atomic<int> front_{0};
  // Readers of each copy.
  mutable std::array<std::array<Counter, kStripes>, 2> counters_;
  std::mutex writer_mu_;
  bool broken_ = false;  // guarded by writer_mu_
  // The last commit only added statements [pending_first_, count) and the
  // copy behind the front one lacks them (guarded by writer_mu_).
  bool pending_ = false;
  size_t pending_first_ = 0;
  std::atomic<uint64_t> wait_count_{0};
  std::atomic<uint64_t> wait_ns_{0};
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_SHARED_GRAPH_H_
