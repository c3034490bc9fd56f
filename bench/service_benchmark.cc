// The service scenario of issue 14: one writer commits Update() batches of
// statements with random dates at a fixed rate while reader threads run a
// mix of queries, the graph growing from empty to --statements. Three runs,
// each on a fresh store:
//
//   writer alone   the writer at the target rate; per-batch commit time
//                  by graph size
//   writer max     the writer alone, unthrottled (its capacity)
//   readers alone  the graph grown in ten steps, the readers querying it
//                  alone for a tenth of the scenario's length at each step
//                  (the sizes the mixed run goes through, for as long)
//   mixed          writer and readers together
//   writer busy    the writer at the target rate beside --readers threads
//                  that only burn CPU (never touch the store): the control
//                  for "mixed", with the same competition for the cores
//                  but no interaction with readers
//
// At the end it prints the writer's wall rate and CPU time per commit in
// "mixed" against "writer alone" and "writer busy". On a machine with
// fewer cores than threads, "alone" measures the store with a core of its
// own, "busy" what the scheduler leaves the writer (its fair share), and
// mixed/busy what readers cost the writer beyond that share.
//
// It prints reader latency (p50/p99/max of a whole query, view taken
// included), the longest time a reader waited to get a view, writer
// throughput, and the resident memory of the store. --store=mutex runs the
// same scenario on a Graph behind a std::shared_mutex (readers shared,
// writer exclusive for the length of each commit), the arrangement
// SharedGraph replaces. --store=btree inserts the keys of the store's lists
// into absl::btree_set trees instead (a baseline for how a commit's cost
// grows with the graph; meant for --runs=writermax).
//
//   build/bench/service_benchmark                      # 1M statements
//   build/bench/service_benchmark --statements=300000 --store=mutex
//
// Flags: --statements=N (1000000) --rate=R statements/s (50000) --batch=B
// (256) --readers=K (4) --actors=A (2000) --copies=C (4; SharedGraph's
// copies of the graph, 2 = plain left-right)
// --runs=writer,writermax,readers,mixed,busy (the runs to make; writermax is
// the writer alone, unthrottled; the default is every run but writermax)
// --dates=random|increasing (random: the default; increasing: every commit
// in date order, to separate the cost of out-of-order commits from what
// every commit pays as the graph grows).

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <memory>
#include <optional>
#include <random>
#include <shared_mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/container/btree_set.h"
#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "diplograph/diplograph.h"

namespace diplograph {
namespace {

using Clock = std::chrono::steady_clock;

struct Options {
  int64_t statements = 1000000;
  double rate = 50000;
  int batch = 256;
  int readers = 4;
  int actors = 2000;
  std::string store = "shared";
  int copies = 4;  // SharedGraphOptions::copies
  std::string runs = "writer,readers,mixed,busy";
  // "random": uniform over 30 years; "increasing": spread over the same
  // 30 years in the order the statements are added (every commit at the
  // end of every date list).
  std::string dates = "random";
};

const Date kFirstDay = *Date::FromYearMonthDay(1995, 1, 1);

// CPU time of the calling thread, in milliseconds.
double ThreadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 +
         static_cast<double>(ts.tv_nsec) / 1e6;
}

// Resident memory of the process, in MiB (0 when /proc is unavailable).
double ResidentMiB() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmRSS:", 0) == 0) {
      int64_t kib = 0;
      if (absl::SimpleAtoi(
              absl::StripAsciiWhitespace(line.substr(6, line.size() - 9)),
              &kib)) {
        return static_cast<double>(kib) / 1024.0;
      }
    }
  }
  return 0;
}

// The statements of batch `k`: speakers and targets heavy-tailed over the
// actors, dates uniform over 30 years (so nearly every batch lands in the
// middle of the date lists), a few event codes.
class Workload {
 public:
  explicit Workload(const Options& o) : o_(o) {}

  std::vector<Statement> Batch(int64_t k) const {
    std::mt19937_64 rng(0x5eed + static_cast<uint64_t>(k));
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<int> day(0, 30 * 365);
    auto pick = [&] {
      const double u = unit(rng);
      return ActorId(static_cast<uint32_t>(o_.actors * u * u * u) %
                     static_cast<uint32_t>(o_.actors));
    };
    std::vector<Statement> out(static_cast<size_t>(o_.batch));
    for (size_t i = 0; i < out.size(); ++i) {
      Statement& s = out[i];
      s.speaker = pick();
      ActorId t = pick();
      if (t == s.speaker) t = ActorId((t.value + 1) % o_.actors);
      s.about = {t};
      if (o_.dates == "increasing") {
        const int64_t n = k * o_.batch + static_cast<int64_t>(i);
        s.date = kFirstDay.PlusDays(static_cast<int>(
            n * (30 * 365) / std::max<int64_t>(1, o_.statements)));
      } else {
        s.date = kFirstDay.PlusDays(day(rng));
      }
      static const char* kCodes[][2] = {{"010", "Make statement"},
                                        {"051", "Praise or endorse"},
                                        {"112", "Accuse"},
                                        {"036", "Express intent to meet"}};
      const auto& c = kCodes[rng() % 4];
      s.event_type = EventType{c[0], c[1]};
      s.text = absl::StrCat("statement ", k, ".", i);
    }
    return out;
  }

  static absl::Status Apply(Graph& g, const std::vector<Statement>& batch) {
    for (const Statement& s : batch) {
      absl::StatusOr<StatementId> id = g.AddStatement(s);
      if (!id.ok()) return id.status();
    }
    return absl::OkStatus();
  }

  absl::Status AddActors(Graph& g) const {
    for (int i = 0; i < o_.actors; ++i) {
      absl::StatusOr<ActorId> id = g.AddActor(
          {.name = absl::StrCat("Actor ", i), .kind = ActorKind::kState});
      if (!id.ok()) return id.status();
    }
    return absl::OkStatus();
  }

 private:
  const Options& o_;
};

// The stores compared: SharedGraph, a Graph behind a shared_mutex, and the
// baseline of standard ordered structures (BtreeStore).
class Store {
 public:
  virtual ~Store() = default;
  virtual absl::Status Write(absl::FunctionRef<absl::Status(Graph&)> fn) = 0;
  // Commits one batch of the workload.
  virtual absl::Status WriteBatch(const std::vector<Statement>& batch) {
    return Write([&](Graph& g) { return Workload::Apply(g, batch); });
  }
  // Times the writer waited for readers, and for how many ms in all.
  virtual SharedGraph::WaitStats WriterWaits() const { return {}; }
  // Calls query(graph) on a view; sets *wait to the time taken to get it.
  virtual void Read(absl::FunctionRef<void(const Graph&)> query,
                    Clock::duration* wait) = 0;
};

class SharedStore : public Store {
 public:
  explicit SharedStore(int copies) : shared_({.copies = copies}) {}
  absl::Status Write(absl::FunctionRef<absl::Status(Graph&)> fn) override {
    return shared_.Update(fn);
  }
  SharedGraph::WaitStats WriterWaits() const override {
    return shared_.writer_waits();
  }
  void Read(absl::FunctionRef<void(const Graph&)> query,
            Clock::duration* wait) override {
    const Clock::time_point t0 = Clock::now();
    SharedGraph::Reader view = shared_.Read();
    *wait = Clock::now() - t0;
    query(view.graph());
  }

 private:
  SharedGraph shared_;
};

class MutexStore : public Store {
 public:
  absl::Status Write(absl::FunctionRef<absl::Status(Graph&)> fn) override {
    std::unique_lock<std::shared_mutex> lock(mu_);
    return graph_.Update(fn);
  }
  void Read(absl::FunctionRef<void(const Graph&)> query,
            Clock::duration* wait) override {
    const Clock::time_point t0 = Clock::now();
    std::shared_lock<std::shared_mutex> lock(mu_);
    *wait = Clock::now() - t0;
    query(graph_);
  }

 private:
  std::shared_mutex mu_;
  Graph graph_;
};

// The baseline for the growth of a commit's cost (--store=btree): the keys
// the store's lists hold, (date key, statement id), inserted into standard
// B-trees, one per speaker list, target list and (speaker, target) pair (the
// pairs found through a hash map) and one for every statement by date. No
// statement rows, no texts: only the ordered inserts, whose cost grows with
// the graph as the trees outgrow the caches. Writes only: a reader sees an
// empty graph.
class BtreeStore : public Store {
 public:
  explicit BtreeStore(int actors)
      : by_(static_cast<size_t>(actors)), about_(static_cast<size_t>(actors)) {}
  absl::Status Write(absl::FunctionRef<absl::Status(Graph&)> fn) override {
    return fn(empty_);  // the actors: nothing to index
  }
  absl::Status WriteBatch(const std::vector<Statement>& batch) override {
    for (const Statement& s : batch) {
      // The store's date key: a 32-bit number that orders dates as Date
      // does (year, month, day packed).
      const std::pair<uint32_t, uint32_t> key(
          (static_cast<uint32_t>(s.date.year()) << 9) |
              (static_cast<uint32_t>(s.date.month()) << 5) |
              static_cast<uint32_t>(s.date.day()),
          next_id_++);
      if (s.speaker.value >= by_.size()) {
        return absl::InvalidArgumentError("btree store: unknown speaker");
      }
      by_[s.speaker.value].insert(key);
      by_date_.insert(key);
      for (ActorId t : s.about) {
        if (t.value >= about_.size()) {
          return absl::InvalidArgumentError("btree store: unknown target");
        }
        about_[t.value].insert(key);
        pairs_[(uint64_t{s.speaker.value} << 32) | t.value].insert(key);
      }
    }
    return absl::OkStatus();
  }
  void Read(absl::FunctionRef<void(const Graph&)> query,
            Clock::duration* wait) override {
    *wait = {};
    query(empty_);
  }

 private:
  using Tree = absl::btree_set<std::pair<uint32_t, uint32_t>>;
  Graph empty_;
  uint32_t next_id_ = 0;
  std::vector<Tree> by_, about_;
  absl::flat_hash_map<uint64_t, Tree> pairs_;
  Tree by_date_;
};

std::unique_ptr<Store> MakeStore(const Options& o) {
  if (o.store == "mutex") return std::make_unique<MutexStore>();
  if (o.store == "btree") return std::make_unique<BtreeStore>(o.actors);
  return std::make_unique<SharedStore>(o.copies);
}

// One query of the mix on `g`; returns something derived from the answer
// so that it is not optimised away.
int64_t Query(const Graph& g, std::mt19937_64& rng, const Options& o) {
  if (g.actor_count() == 0) return 0;
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  auto pick = [&] {
    const double u = unit(rng);
    return ActorId(static_cast<uint32_t>(o.actors * u * u * u) %
                   static_cast<uint32_t>(o.actors));
  };
  const Date day = kFirstDay.PlusDays(static_cast<int>(rng() % 10950));
  int64_t sum = 0;
  switch (rng() % 5) {
    case 0: {  // the latest 50 statements of a speaker, with their text
      const absl::Span<const StatementId> by = g.StatementsBy(pick());
      for (size_t i = by.size() > 50 ? by.size() - 50 : 0; i < by.size(); ++i) {
        const StatementView s = g.statement(by[i]);
        sum += static_cast<int64_t>(s.text().size()) + s.date().year();
      }
      break;
    }
    case 1: {  // everything a speaker said about a target
      for (StatementId id : g.StatementsFromTo(pick(), pick())) {
        sum += g.statement(id).event_type().code.size();
      }
      break;
    }
    case 2: {  // statements by a speaker in a 30-day window
      absl::StatusOr<size_t> n =
          StatementQuery(g)
              .By(pick())
              .During(*Interval::Make(day, day.PlusDays(29)))
              .Count();
      sum += n.ok() ? static_cast<int64_t>(*n) : -1;
      break;
    }
    case 3: {  // every statement of one week, from the by-date list
      const StatementRange all = g.StatementsByDate();
      auto first = std::lower_bound(
          all.begin(), all.end(), day,
          [&](StatementId id, Date d) { return g.statement(id).date() < d; });
      const Date end = day.PlusDays(7);
      for (auto it = first; it != all.end() && g.statement(*it).date() < end;
           ++it) {
        sum += g.statement(*it).about().size();
      }
      break;
    }
    default: {  // a name lookup
      absl::StatusOr<ActorId> id =
          g.FindActor(absl::StrCat("actor ", rng() % o.actors));
      sum += id.ok() ? id->value : -1;
      break;
    }
  }
  return sum;
}

struct ReaderStats {
  std::vector<int64_t> latency_ns;
  int64_t max_wait_ns = 0;
  int64_t waits_over_100us = 0;
  int64_t waits_over_1ms = 0;
  int64_t sink = 0;
};

// Runs the readers until `stop`; each records every query's latency.
std::vector<ReaderStats> RunReaders(Store& store, const Options& o,
                                    std::atomic<bool>& stop,
                                    absl::FunctionRef<void()> main_work) {
  std::vector<ReaderStats> stats(static_cast<size_t>(o.readers));
  std::vector<std::thread> threads;
  for (int r = 0; r < o.readers; ++r) {
    threads.emplace_back([&, r] {
      ReaderStats& st = stats[static_cast<size_t>(r)];
      st.latency_ns.reserve(1 << 20);
      std::mt19937_64 rng(1000 + static_cast<uint64_t>(r));
      while (!stop.load(std::memory_order_relaxed)) {
        Clock::duration wait{};
        const Clock::time_point t0 = Clock::now();
        store.Read([&](const Graph& g) { st.sink += Query(g, rng, o); }, &wait);
        st.latency_ns.push_back(
            std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() -
                                                                 t0)
                .count());
        const int64_t wait_ns =
            std::chrono::duration_cast<std::chrono::nanoseconds>(wait).count();
        st.max_wait_ns = std::max<int64_t>(st.max_wait_ns, wait_ns);
        st.waits_over_100us += wait_ns > 100'000 ? 1 : 0;
        st.waits_over_1ms += wait_ns > 1'000'000 ? 1 : 0;
      }
    });
  }
  main_work();
  stop = true;
  for (std::thread& t : threads) t.join();
  return stats;
}

// Runs `threads` threads that burn CPU without touching any store until
// main_work() returns.
void RunBurners(int threads, absl::FunctionRef<void()> main_work) {
  std::atomic<bool> stop{false};
  std::vector<std::thread> burners;
  std::vector<uint64_t> sinks(static_cast<size_t>(threads));
  for (int t = 0; t < threads; ++t) {
    burners.emplace_back([&, t] {
      uint64_t x = static_cast<uint64_t>(t) + 1;
      while (!stop.load(std::memory_order_relaxed)) {
        for (int i = 0; i < 1000; ++i) x = x * 6364136223846793005ull + 1;
      }
      sinks[static_cast<size_t>(t)] = x;
    });
  }
  main_work();
  stop = true;
  for (std::thread& t : burners) t.join();
}

void PrintReaders(const char* run, const std::vector<ReaderStats>& stats,
                  double seconds) {
  std::vector<int64_t> all;
  int64_t max_wait = 0, over_100us = 0, over_1ms = 0;
  for (const ReaderStats& s : stats) {
    all.insert(all.end(), s.latency_ns.begin(), s.latency_ns.end());
    max_wait = std::max(max_wait, s.max_wait_ns);
    over_100us += s.waits_over_100us;
    over_1ms += s.waits_over_1ms;
  }
  if (all.empty()) return;
  std::sort(all.begin(), all.end());
  auto at = [&](double q) {
    return static_cast<double>(all[std::min(
               all.size() - 1,
               static_cast<size_t>(q * static_cast<double>(all.size())))]) /
           1000.0;
  };
  std::printf(
      "%-14s readers: %zu queries (%.0f/s)  p50 %.1f us  p99 %.1f us  "
      "max %.1f us  longest wait for a view %.1f us\n",
      run, all.size(), static_cast<double>(all.size()) / seconds, at(0.5),
      at(0.99), static_cast<double>(all.back()) / 1000.0,
      static_cast<double>(max_wait) / 1000.0);
  // Taking a view is a few atomic operations: a long one is the thread
  // descheduled between the two clock reads.
  std::printf("%-14s views that took over 100 us: %" PRId64
              ", over 1 ms: %" PRId64 "\n",
              "", over_100us, over_1ms);
}

struct WriterStats {
  int64_t statements = 0;
  double seconds = 0;
  // Mean and longest commit time per tenth of the final size, and the
  // mean CPU time of the writer thread per commit (which the other
  // processes of a busy machine do not inflate).
  std::vector<double> mean_ms, max_ms, cpu_ms;
};

// Writes batches [first_batch, last_batch) at `rate` (0: as fast as it
// can), timing each commit.
WriterStats RunWriter(Store& store, const Workload& w, const Options& o,
                      int64_t first_batch, int64_t last_batch, double rate) {
  WriterStats st;
  st.mean_ms.assign(10, 0);
  st.max_ms.assign(10, 0);
  st.cpu_ms.assign(10, 0);
  std::vector<int> count(10, 0);
  const int64_t total = last_batch * o.batch;
  const Clock::time_point start = Clock::now();
  for (int64_t k = first_batch; k < last_batch; ++k) {
    if (rate > 0) {
      std::this_thread::sleep_until(
          start +
          std::chrono::duration_cast<Clock::duration>(
              std::chrono::duration<double>(
                  static_cast<double>((k - first_batch) * o.batch) / rate)));
    }
    const std::vector<Statement> batch = w.Batch(k);
    const double cpu0 = ThreadCpuMs();
    const Clock::time_point t0 = Clock::now();
    absl::Status s = store.WriteBatch(batch);
    const double ms =
        std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    const double cpu = ThreadCpuMs() - cpu0;
    if (!s.ok()) {
      std::fprintf(stderr, "service_benchmark: %s\n", s.ToString().c_str());
      std::exit(1);
    }
    const auto tenth = static_cast<size_t>(
        std::min<int64_t>(9, k * o.batch * 10 / std::max<int64_t>(total, 1)));
    st.mean_ms[tenth] += ms;
    st.max_ms[tenth] = std::max(st.max_ms[tenth], ms);
    st.cpu_ms[tenth] += cpu;
    ++count[tenth];
    st.statements += o.batch;
  }
  st.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  for (size_t i = 0; i < 10; ++i) {
    if (count[i] > 0) {
      st.mean_ms[i] /= count[i];
      st.cpu_ms[i] /= count[i];
    }
  }
  return st;
}

double WallRate(const WriterStats& st) {
  return st.seconds > 0 ? static_cast<double>(st.statements) / st.seconds : 0;
}

// Mean writer CPU ms per commit over the whole run.
double MeanCpuMs(const WriterStats& st) {
  double sum = 0;
  for (double ms : st.cpu_ms) sum += ms;
  return sum / static_cast<double>(st.cpu_ms.size());
}

void PrintWriter(const char* run, const WriterStats& st, double target) {
  std::printf("%-14s writer: %" PRId64 " statements in %.2f s = %.0f/s", run,
              st.statements, st.seconds,
              static_cast<double>(st.statements) / st.seconds);
  if (target > 0) std::printf(" (target %.0f/s)", target);
  std::printf("\n%-14s commit ms by tenth of the size, mean/max:", "");
  for (size_t i = 0; i < st.mean_ms.size(); ++i) {
    std::printf(" %.2f/%.1f", st.mean_ms[i], st.max_ms[i]);
  }
  std::printf("\n%-14s writer CPU ms per commit by tenth:", "");
  for (double ms : st.cpu_ms) std::printf(" %.3f", ms);
  std::printf("\n");
}

int Run(const Options& o) {
  const Workload w(o);
  const int64_t batches = o.statements / o.batch;
  const double scenario_s =
      static_cast<double>(batches * o.batch) / std::max(o.rate, 1.0);
  std::printf("store=%s copies=%d statements=%" PRId64
              " batch=%d rate=%.0f/s readers=%d "
              "actors=%d (scenario %.1f s)\n",
              o.store.c_str(), o.store == "shared" ? o.copies : 1,
              batches * o.batch, o.batch, o.rate, o.readers, o.actors,
              scenario_s);
  auto fresh = [&] {
    std::unique_ptr<Store> store = MakeStore(o);
    if (!store->Write([&](Graph& g) { return w.AddActors(g); }).ok()) {
      std::exit(1);
    }
    return store;
  };
  const std::vector<std::string> runs = absl::StrSplit(o.runs, ',');
  auto wanted = [&](absl::string_view r) {
    return std::find(runs.begin(), runs.end(), r) != runs.end();
  };

  std::optional<WriterStats> alone, busy, mixed;
  SharedGraph::WaitStats mixed_waits;
  if (wanted("writer")) {
    const double before = ResidentMiB();
    std::unique_ptr<Store> store = fresh();
    WriterStats st = RunWriter(*store, w, o, 0, batches, o.rate);
    alone = st;
    PrintWriter("writer alone", st, o.rate);
    std::printf("%-14s store memory: %.0f MiB resident\n", "",
                ResidentMiB() - before);
  }
  if (wanted("writermax")) {
    std::unique_ptr<Store> store = fresh();
    WriterStats st = RunWriter(*store, w, o, 0, batches, 0);
    PrintWriter("writer max", st, 0);
  }
  if (wanted("readers")) {
    std::unique_ptr<Store> store = fresh();
    std::vector<ReaderStats> all(static_cast<size_t>(o.readers));
    for (int step = 1; step <= 10; ++step) {
      RunWriter(*store, w, o, batches * (step - 1) / 10, batches * step / 10,
                0);
      std::atomic<bool> stop{false};
      std::vector<ReaderStats> part = RunReaders(*store, o, stop, [&] {
        std::this_thread::sleep_for(
            std::chrono::duration<double>(scenario_s / 10));
      });
      for (size_t r = 0; r < part.size(); ++r) {
        all[r].latency_ns.insert(all[r].latency_ns.end(),
                                 part[r].latency_ns.begin(),
                                 part[r].latency_ns.end());
        all[r].max_wait_ns = std::max(all[r].max_wait_ns, part[r].max_wait_ns);
        all[r].waits_over_100us += part[r].waits_over_100us;
        all[r].waits_over_1ms += part[r].waits_over_1ms;
      }
    }
    PrintReaders("readers alone", all, scenario_s);
  }
  if (wanted("mixed")) {
    std::unique_ptr<Store> store = fresh();
    std::atomic<bool> stop{false};
    WriterStats ws;
    const Clock::time_point start = Clock::now();
    std::vector<ReaderStats> rs = RunReaders(*store, o, stop, [&] {
      ws = RunWriter(*store, w, o, 0, batches, o.rate);
    });
    PrintWriter("mixed", ws, o.rate);
    const SharedGraph::WaitStats waits = store->WriterWaits();
    mixed_waits = waits;
    std::printf(
        "%-14s writer waited for readers (every spare copy pinned) %" PRIu64
        " times, %.1f ms in all\n",
        "", waits.waits, static_cast<double>(waits.nanoseconds) / 1e6);
    PrintReaders("mixed", rs,
                 std::chrono::duration<double>(Clock::now() - start).count());
    mixed = ws;
  }
  if (wanted("busy")) {
    std::unique_ptr<Store> store = fresh();
    WriterStats ws;
    RunBurners(o.readers,
               [&] { ws = RunWriter(*store, w, o, 0, batches, o.rate); });
    PrintWriter("writer busy", ws, o.rate);
    busy = ws;
  }
  if (mixed.has_value()) {
    const double commits =
        std::max(1.0, static_cast<double>(mixed->statements) / o.batch);
    std::printf(
        "summary        mixed writer: %.0f/s wall, %.3f CPU ms per "
        "commit (mean of tenths), waited for readers %.2f ms per "
        "commit\n",
        WallRate(*mixed), MeanCpuMs(*mixed),
        static_cast<double>(mixed_waits.nanoseconds) / 1e6 / commits);
    for (const auto& [name, base] :
         {std::pair<const char*, const std::optional<WriterStats>*>{"alone",
                                                                    &alone},
          {"busy", &busy}}) {
      if (!base->has_value()) continue;
      std::printf(
          "               vs writer %-5s: wall rate %.0f%% (%.0f/s), "
          "CPU per commit %.2fx (%.3f ms)\n",
          name, 100.0 * WallRate(*mixed) / WallRate(**base), WallRate(**base),
          MeanCpuMs(*mixed) / MeanCpuMs(**base), MeanCpuMs(**base));
    }
  }
  return 0;
}

bool ParseFlags(int argc, char** argv, Options* o) {
  for (int i = 1; i < argc; ++i) {
    const absl::string_view arg = argv[i];
    const std::pair<absl::string_view, absl::string_view> kv =
        absl::StrSplit(arg, absl::MaxSplits('=', 1));
    bool ok = true;
    if (kv.first == "--statements") {
      ok = absl::SimpleAtoi(kv.second, &o->statements);
    } else if (kv.first == "--rate") {
      ok = absl::SimpleAtod(kv.second, &o->rate);
    } else if (kv.first == "--batch") {
      ok = absl::SimpleAtoi(kv.second, &o->batch) && o->batch > 0;
    } else if (kv.first == "--readers") {
      ok = absl::SimpleAtoi(kv.second, &o->readers);
    } else if (kv.first == "--actors") {
      ok = absl::SimpleAtoi(kv.second, &o->actors) && o->actors > 1;
    } else if (kv.first == "--store") {
      o->store = std::string(kv.second);
      ok = o->store == "shared" || o->store == "mutex" || o->store == "btree";
    } else if (kv.first == "--copies") {
      ok = absl::SimpleAtoi(kv.second, &o->copies) && o->copies >= 2 &&
           o->copies <= SharedGraph::kMaxCopies;
    } else if (kv.first == "--runs") {
      o->runs = std::string(kv.second);
    } else if (kv.first == "--dates") {
      o->dates = std::string(kv.second);
      ok = o->dates == "random" || o->dates == "increasing";
    } else {
      ok = false;
    }
    if (!ok) {
      std::fprintf(stderr, "service_benchmark: bad flag %s\n", argv[i]);
      return false;
    }
  }
  return true;
}

}  // namespace
}  // namespace diplograph

int main(int argc, char** argv) {
  std::setvbuf(stdout, nullptr, _IOLBF, 0);  // each line as it is done
  diplograph::Options o;
  if (!diplograph::ParseFlags(argc, argv, &o)) return 2;
  return diplograph::Run(o);
}
