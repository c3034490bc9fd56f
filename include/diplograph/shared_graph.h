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
// Design: left-right with spare copies. The SharedGraph holds
// SharedGraphOptions::copies Graphs (4 by default) with the same records,
// one of them the "front" that new readers use. A reader pins the copy it
// uses with a per-copy counter. The writer takes a copy that is not the
// front and that no reader pins (the most up to date of them, or one that
// lags 4096 statements or more, so that a copy left aside is caught up in
// bounded steps), applies the batch to it with Graph::Update() and publishes it
// as the new front with one atomic store. The other copies get the batch later:
//   - A batch that only adds statements (the common case of a service fed
//     with statements) returns right after the publication. A copy that
//     missed such commits is brought up to date when the writer next takes
//     it: it appends the missing statement records exactly as the front
//     copy holds them (rows, targets, side tables and the strings they
//     intern, with no validation or Statement built in between: the update
//     function is called once), and copies the statement lists they join
//     from the front instead of merging them again. Every copy gets every
//     statement; the record copy is cheap (under 0.1 us a statement), the
//     list copy costs about as much as the first application's merge for
//     one missed commit and less per commit for several.
//   - Any other batch (new actors, sources, relationships, events, or
//     changes to older records such as aliases or mentions) waits for the
//     readers of every other copy and calls the update function on each of
//     them (copies - 1 more calls) before returning.
// A reader never takes a lock and never waits: Read() is two atomic
// loads and an atomic increment, retried only when a commit is published
// between the two loads (lock-free; in practice wait-free). With 4 copies
// two readers that hold views of two different old copies (say threads
// descheduled mid-query) do not delay the writer, which takes the third
// spare copy. The writer waits only when every copy but the front is
// pinned (with 4 copies: three readers holding views of three different
// old commits; with 2, one reader holding the old front, as in plain
// left-right); it then sleeps until a reader releases one (a futex wake,
// not a polling loop), and the wait is counted in writer_waits(). Readers
// see a commit entirely or not at all; a batch that fails is rolled back
// on the copy the writer took, which no reader uses, so readers never see
// any of it. Memory: `copies` full graphs (4x a Graph by default: about 29
// MiB a copy at 300k statements in bench/service_benchmark), plus 512
// bytes of reader counters per copy. The trade-offs against copy-on-write
// segments and version watermarks are in docs/architecture.md ("Readers
// that never wait").
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
// query), since a view pins its copy: held across commits, it takes one
// spare copy from the writer (with copies=2, the only one: the commit after
// the next waits for it), never delaying other readers.

#ifndef DIPLOGRAPH_SHARED_GRAPH_H_
#define DIPLOGRAPH_SHARED_GRAPH_H_

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <utility>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "diplograph/graph.h"

namespace diplograph {

namespace internal {
struct GraphData;
class SharedGraphTestPeer;  // tests/store/shared_graph_testing.h
}  // namespace internal

struct SharedGraphOptions {
  // How many copies of the graph to keep, 2 to kMaxCopies (values outside
  // are clamped). Memory grows with it (copies x a Graph). 2 is plain
  // left-right: a reader holding the previous commit's copy makes the
  // writer wait at its next commit. Each copy beyond 2 lets the writer
  // skip one more pinned old copy: copies = readers that may be
  // descheduled mid-query at once + 2 removes the waits. Statement-only
  // batches cost about 10% more writer CPU per copy beyond 3 (each copy
  // gets every statement's records and list entries); other batches call
  // the update function once per copy. The default, 4, was chosen by
  // bench/service_benchmark (four readers on two cores): with 3 the writer
  // waited for pinned copies about 300 times in 1,171 commits.
  int copies = 4;
};

class SharedGraph {
 public:
  static constexpr int kMaxCopies = 8;

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

  // Four copies (SharedGraphOptions's default).
  SharedGraph();
  explicit SharedGraph(SharedGraphOptions options);
  // REQUIRES: no Reader of this SharedGraph is alive.
  ~SharedGraph();
  SharedGraph(const SharedGraph&) = delete;
  SharedGraph& operator=(const SharedGraph&) = delete;

  // The number of copies kept (options.copies, clamped). O(1).
  int copies() const { return copies_; }

  // Commits one all-or-nothing batch. Takes a copy other than the front
  // that no reader pins (waiting, counted in writer_waits(), only when every
  // such copy is pinned), brings it up to date with the commits it missed
  // (all of them statement-only batches, replayed from the front copy's
  // records), then calls `fn` with it inside Graph::Update(); when `fn`
  // fails, the copy is rolled back, nothing is published and its status is
  // returned. When it succeeds, the copy is published (new Read() calls
  // see it). If the batch only added statements, Update() returns at once;
  // the other copies get the statements when the writer next takes them.
  // Otherwise `fn` is called again on every other copy (each first brought
  // up to date, once its readers have finished) before Update() returns.
  // REQUIRES: `fn` is deterministic: called on graphs with equal records,
  // it makes the same adds (ids are positions, so it gets the same ids
  // back). It may capture by reference: it is never called after Update()
  // returns.
  // Errors: those of `fn` (nothing committed); Internal when a further
  // application disagrees with the first (fn not deterministic) or a replay
  // finds the copies unequal, and after such a failure, when the
  // SharedGraph refuses further updates (readers go on seeing the last
  // commit).
  // Cost: Graph::Update() with `fn` plus the replay of the statement
  // batches the taken copy missed (O(s + t + b) record copies for their s
  // statements, t targets and b bytes of new strings, and, per statement
  // list they joined, a binary search and a sequential copy of the entries
  // after its earliest new one; for one missed batch about as much CPU as
  // Graph::Update()'s merge, less per batch for several), plus the wait
  // when every spare copy is pinned. For other batches: `copies` times
  // Graph::Update() with `fn` (plus replays), and the wait for readers of every
  // other copy.
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
  // readers: at the start of a commit when every copy but the front was
  // pinned (readers that took their views before earlier publications and
  // still hold them, e.g. threads descheduled mid-query), and, for batches
  // that do more than add statements, for the readers of each copy it must
  // apply the batch to. For monitoring; any thread, O(1).
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
  friend class internal::SharedGraphTestPeer;

  // Reader counters, one set per copy, striped to keep readers on
  // different cache lines.
  static constexpr size_t kStripes = 8;
  // A spare copy this many statements behind the front is taken before a
  // nearer one, which bounds the replay a commit may have to make.
  static constexpr size_t kMaxLagStatements = 4096;
  struct alignas(64) Counter {
    std::atomic<int64_t> readers{0};
  };
  using Counters = std::array<Counter, kStripes>;

  // Removes a reader's count from `slot`, waking the writer if it sleeps.
  void Unpin(std::atomic<int64_t>* slot) const;
  // Readers of `copy` now.
  int64_t ReadersOf(int copy) const;
  // A copy other than `front` that no reader pins: the most up to date of
  // them, or one kMaxLagStatements or more behind; when `only` >= 0, that
  // copy. Sleeps until one is free if none is
  // (a counted wait).
  int WaitForFreeCopy(int front, int only);
  // The free copy, if any (see WaitForFreeCopy), else -1.
  int FreeCopy(int front, int only) const;
  // Brings copy `dst` (no reader pins it) up to the commit of copy `src`,
  // which is at most statement-only commits ahead of it.
  absl::Status CatchUp(int dst, int src);
  // Applies `fn` again on copy `copy` (up to date with the commit before
  // `commit`, no readers) and checks it agrees with copy `published`.
  absl::Status Reapply(int copy, int published, uint64_t commit,
                       absl::FunctionRef<absl::Status(Graph&)> fn);
  // The records of a copy (for the test peer). O(1).
  static const internal::GraphData& DataOf(const Graph& g);
  static internal::GraphData& DataOf(Graph& g);
  // Marks the SharedGraph as refusing updates; returns the error.
  absl::Status Broken(uint64_t commit, absl::string_view why);

  int copies_;
  std::unique_ptr<Graph[]> graphs_;
  // Successful commits shown by each copy.
  std::unique_ptr<std::atomic<uint64_t>[]> commits_;
  // Which copy readers use.
  std::atomic<int> front_{0};
  // Readers of each copy.
  std::unique_ptr<Counters[]> counters_;
  // The writer sleeps for a free copy: readers that unpin a copy while
  // `writer_waiting_` is set bump `unpinned_` and wake it.
  alignas(64) mutable std::atomic<bool> writer_waiting_{false};
  mutable std::atomic<uint32_t> unpinned_{0};
  std::mutex writer_mu_;
  bool broken_ = false;  // guarded by writer_mu_
  std::atomic<uint64_t> wait_count_{0};
  std::atomic<uint64_t> wait_ns_{0};
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_SHARED_GRAPH_H_
