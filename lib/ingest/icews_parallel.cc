// The quadruple layout read on several threads (IcewsImportOptions::
// threads > 1). The main thread reads the input in chunks of whole lines;
// worker threads split, check and parse each chunk and intern its names
// and relations into maps of their own (local ids in order of first
// appearance), then give each distinct name of the chunk its index in a
// table of the whole input's names that the workers share (NameTable);
// the main thread takes the chunks in file order and, row by row, resolves
// a name through the Importer only the first time the input uses it (so
// actors are found or created in exactly the order, with exactly the ids,
// of the one-thread path; a name in every chunk is resolved once, not
// once per chunk) and appends the statement through the store's bulk path
// (StatementAppender). Bad rows are reported at their line, in order, as
// the one-thread path reports them; strict mode stops at the first, and
// the enclosing Update() undoes everything. The index build at the end of
// the Update() may use `threads` threads (StatementAppender::
// SetIndexThreads; bulk_index.h).
//
// Memory: at most 2 * threads + 1 chunks of about 512 KiB are in flight,
// each with 32 bytes per row of parse results; the name table holds each
// distinct name once (its bytes and about 24 bytes of slots), and the main
// thread 4 bytes per distinct name for its actor.

#include <algorithm>
#include <array>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <istream>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/hash/hash.h"
#include "absl/strings/match.h"
#include "diplograph/statement_appender.h"
#include "ingest/icews_importer.h"
#include "model/names.h"
#include "util/byte_arena.h"
#include "util/status_macros.h"
#include "util/utf8.h"

namespace diplograph::internal {
namespace {

constexpr size_t kChunkBytes = size_t{1} << 19;

// A piece of the input holding whole lines, and what a worker made of it.
struct Chunk {
  std::string text;
  uint64_t offset = 0;  // input bytes before `text`
  bool first = false;   // holds line 1

  struct Row {
    uint32_t subject = 0;   // NameTable index
    uint32_t object = 0;    // NameTable index
    uint32_t relation = 0;  // index into relations
    int32_t problem = -1;   // index into problems, or -1 for a good row
    Date date;
    uint32_t end = 0;   // offset in `text` after the line's end
    uint64_t hash = 0;  // of the four fields (skip_repeated_rows only)
    absl::string_view subject_name, object_name;  // views into `text`
  };
  std::vector<Row> rows;  // one per line
  std::vector<absl::Status> problems;
  std::vector<absl::string_view> relations;  // views into `text`
  uint32_t names_end = 0;  // above every NameTable index of `rows`
  absl::Status fatal;      // UTF-16 input (line 1)
  bool done = false;       // guarded by the pipeline's mutex
};

// The distinct names of the whole input, shared by the workers: a name
// gets an index the first time any worker interns it (in no particular
// order; the main thread maps indices to actors in file order). Sharded by
// hash, each shard under its own mutex; the names' bytes are copied into
// the shards' arenas, so indices and names outlive the chunks. Each worker
// keeps what it has interned (WorkerNames), so a shard's lock is taken
// once per distinct name and worker.
class NameTable {
 public:
  // The index of `name`, interned if new, and in `stored` the table's copy
  // of it (valid as long as the table). O(|name|) expected.
  uint32_t Intern(absl::string_view name, absl::string_view* stored) {
    const uint32_t s =
        static_cast<uint32_t>(absl::HashOf(name) >> (64 - kShardBits));
    Shard& shard = shards_[s];
    std::lock_guard<std::mutex> lock(shard.mu);
    auto it = shard.index.find(name);
    if (it == shard.index.end()) {
      const auto local = static_cast<uint32_t>(shard.index.size());
      it = shard.index.emplace(shard.bytes.Copy(name), local).first;
    }
    *stored = it->first;
    return (it->second << kShardBits) | s;
  }

 private:
  static constexpr uint32_t kShardBits = 4;
  static constexpr uint32_t kShards = 1u << kShardBits;

  struct Shard {
    std::mutex mu;
    // Views into `bytes`.
    absl::flat_hash_map<absl::string_view, uint32_t> index;
    ByteArena bytes;
  };

  std::array<Shard, kShards> shards_;
};

// What one worker knows of the name table: for each name it has met (a
// view into the table's copy), a number of its own, and by that number
// the name's table index and whether CheckName passes it (-1: not checked
// yet).
struct WorkerNames {
  absl::flat_hash_map<absl::string_view, uint32_t> known;
  std::vector<uint32_t> index;
  std::vector<int8_t> ok;
};

// Splits, checks and parses the lines of `c` (on a worker thread): the
// checks of the one-thread path that need no graph, in its order.
void ParseChunk(Chunk& c, bool hash_rows, NameTable& table,
                WorkerNames& known) {
  absl::flat_hash_map<absl::string_view, uint32_t> relations;
  std::vector<int8_t> relation_ok;  // -1 unknown, 0 bad, 1 good
  std::vector<absl::string_view> f;
  // The worker's number of a name.
  const auto name = [&table, &known](absl::string_view s) -> uint32_t {
    auto it = known.known.find(s);
    if (it == known.known.end()) {
      absl::string_view stored;
      known.index.push_back(table.Intern(s, &stored));
      known.ok.push_back(-1);
      it = known.known
               .emplace(stored, static_cast<uint32_t>(known.index.size() - 1))
               .first;
    }
    return it->second;
  };
  uint32_t names_end = 0;
  const absl::string_view text = c.text;
  size_t pos = 0;
  c.rows.reserve(text.size() / 48 + 1);
  while (pos < text.size()) {
    const void* nl = std::memchr(text.data() + pos, '\n', text.size() - pos);
    const size_t end =
        nl == nullptr
            ? text.size()
            : static_cast<size_t>(static_cast<const char*>(nl) - text.data());
    absl::string_view line = text.substr(pos, end - pos);
    pos = nl == nullptr ? end : end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (c.first && c.rows.empty()) {
      if (LooksLikeUtf16(line)) {
        c.fatal = absl::InvalidArgumentError(
            "UTF-16 is not supported; convert to UTF-8");
        return;
      }
      if (absl::StartsWith(line, kUtf8Bom)) line.remove_prefix(kUtf8Bom.size());
    }
    Chunk::Row& r = c.rows.emplace_back();
    r.end = static_cast<uint32_t>(pos);
    auto check = [&]() -> absl::Status {
      DIPLOGRAPH_ASSIGN_OR_RETURN(r.date, SplitQuadruple(line, &f));
      const uint32_t subject = name(f[0]);
      const uint32_t object = name(f[2]);
      r.subject = known.index[subject];
      r.object = known.index[object];
      r.subject_name = f[0];
      r.object_name = f[2];
      names_end = std::max({names_end, r.subject + 1, r.object + 1});
      {
        auto [it, added] = relations.try_emplace(
            f[1], static_cast<uint32_t>(c.relations.size()));
        if (added) {
          c.relations.push_back(f[1]);
          relation_ok.push_back(-1);
        }
        r.relation = it->second;
      }
      for (auto [field, n, text] :
           {std::tuple<const char*, uint32_t, absl::string_view>{"subject",
                                                                 subject, f[0]},
            {"object", object, f[2]}}) {
        int8_t& ok = known.ok[n];
        if (ok < 0) ok = CheckName(field, text).ok() ? 1 : 0;
        if (ok == 0) return CheckName(field, text);
      }
      if (relation_ok[r.relation] < 0) {
        relation_ok[r.relation] = CheckField("relation", f[1]).ok() ? 1 : 0;
      }
      if (relation_ok[r.relation] == 0) return CheckField("relation", f[1]);
      if (hash_rows) r.hash = absl::HashOf(f[0], f[1], f[2], f[3]);
      return absl::OkStatus();
    };
    if (absl::Status st = check(); !st.ok()) {
      r.problem = static_cast<int32_t>(c.problems.size());
      c.problems.push_back(std::move(st));
    }
  }
  c.names_end = names_end;
}

// Reads the next chunk of whole lines from `in` into `c`: everything up
// to the last line end of what was read (reading on while a line is longer
// than a chunk), the rest kept in `carry` for the next chunk; at the end of
// the input, the last line without a line end too. After a read error the
// lines read whole are handed out and the rest is dropped, as LineReader
// does.
class ChunkReader {
 public:
  explicit ChunkReader(std::istream& in) : in_(in) {}

  // False when the input is exhausted (no chunk).
  bool Next(Chunk& c) {
    if (eof_) return false;
    std::string buf = std::move(carry_);
    carry_.clear();
    for (;;) {
      const size_t old = buf.size();
      buf.resize(old + kChunkBytes);
      in_.read(buf.data() + old, static_cast<std::streamsize>(kChunkBytes));
      const auto got = static_cast<size_t>(in_.gcount());
      buf.resize(old + got);
      if (first_) {
        first_ = false;
        c.first = true;
        if (absl::StartsWith(buf, kUtf8Bom)) {
          buf.erase(0, kUtf8Bom.size());
          offset_ += kUtf8Bom.size();
        }
      }
      if (in_.bad()) {
        status_ = absl::DataLossError("read error");
        eof_ = true;
        const size_t nl = buf.rfind('\n');
        buf.resize(nl == std::string::npos ? 0 : nl + 1);
        break;
      }
      if (got < kChunkBytes) {  // the end of the input
        eof_ = true;
        break;
      }
      const size_t nl = buf.rfind('\n');
      if (nl != std::string::npos) {
        carry_.assign(buf, nl + 1, std::string::npos);
        buf.resize(nl + 1);
        break;
      }
      // A line longer than a chunk: read on.
    }
    c.offset = offset_;
    offset_ += buf.size();
    c.text = std::move(buf);
    return true;
  }

  const absl::Status& status() const { return status_; }
  uint64_t bytes() const { return offset_; }

 private:
  std::istream& in_;
  std::string carry_;
  uint64_t offset_ = 0;
  bool first_ = true;
  bool eof_ = false;
  absl::Status status_;
};

// Workers parse the chunks queued, in any order; the main thread takes
// them back in file order.
class Pipeline {
 public:
  Pipeline(int workers, bool hash_rows, NameTable& names)
      : hash_rows_(hash_rows), names_(names) {
    for (int i = 0; i < workers; ++i) threads_.emplace_back([this] { Work(); });
  }
  ~Pipeline() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    work_cv_.notify_all();
    for (std::thread& t : threads_) t.join();
  }

  void Push(Chunk* c) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      queue_.push_back(c);
    }
    work_cv_.notify_one();
  }

  void Wait(Chunk* c) {
    std::unique_lock<std::mutex> lock(mu_);
    done_cv_.wait(lock, [c] { return c->done; });
  }

 private:
  void Work() {
    WorkerNames known;
    for (;;) {
      Chunk* c = nullptr;
      {
        std::unique_lock<std::mutex> lock(mu_);
        work_cv_.wait(lock, [this] { return stop_ || !queue_.empty(); });
        if (stop_) return;
        c = queue_.front();
        queue_.pop_front();
      }
      ParseChunk(*c, hash_rows_, names_, known);
      {
        std::lock_guard<std::mutex> lock(mu_);
        c->done = true;
      }
      done_cv_.notify_all();
    }
  }

  const bool hash_rows_;
  NameTable& names_;
  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<Chunk*> queue_;
  bool stop_ = false;
  std::vector<std::thread> threads_;
};

// Adds the rows of a parsed chunk to the graph, in order; `line` is the
// number of the line before the chunk's first.
class Merger {
 public:
  explicit Merger(Importer& im) : im_(im), out_(im.graph()) {}

  absl::Status Merge(const Chunk& c, uint64_t line) {
    if (!c.fatal.ok()) return im_.Fatal(1, c.fatal);
    IcewsImportReport& rep = im_.report();
    if (c.first && im_.size_hint() > c.text.size() && !c.rows.empty()) {
      // Room for the whole file at this chunk's bytes per row.
      const uint64_t rows =
          im_.size_hint() / c.text.size() * c.rows.size() + c.rows.size();
      im_.graph().Reserve(rows + rows / 32, rows + rows / 32);
    }
    // Room for the actors of names first seen in this chunk.
    if (c.names_end > actors_.size()) {
      actors_.resize(std::max<size_t>(c.names_end, 2 * actors_.size()));
    }
    types_.assign(c.relations.size(), nullptr);
    type_ids_.assign(c.relations.size(), kUnknownType);
    std::array<ActorId, 1> about;
    for (size_t i = 0; i < c.rows.size(); ++i) {
      const Chunk::Row& r = c.rows[i];
      ++rep.records_read;
      auto row = [&]() -> absl::Status {
        if (r.problem >= 0) return c.problems[static_cast<size_t>(r.problem)];
        ActorId& subject = actors_[r.subject];
        if (!subject.valid()) {
          DIPLOGRAPH_ASSIGN_OR_RETURN(
              subject,
              im_.Actor("subject", r.subject_name, ActorKind::kOrganization));
        }
        ActorId& object = actors_[r.object];
        if (!object.valid()) {
          DIPLOGRAPH_ASSIGN_OR_RETURN(
              object,
              im_.Actor("object", r.object_name, ActorKind::kOrganization));
        }
        if (im_.options().skip_repeated_rows && im_.SeenRow(r.hash)) {
          ++rep.duplicates_skipped;
          return absl::OkStatus();
        }
        const EventType*& type = types_[r.relation];
        bool coded = false;
        if (type == nullptr) {
          type = &im_.TypeOfName(c.relations[r.relation], &coded);
        }
        coded = !type->code.empty();
        uint32_t& type_id = type_ids_[r.relation];
        if (type_id == kUnknownType) {
          absl::StatusOr<uint32_t> id = out_.InternEventType(*type);
          type_id = id.ok() ? *id : kBadType;
        }
        if (type_id == kBadType) {
          // AddStatement gives the error of the one-thread path.
          Statement s;
          s.speaker = subject;
          s.about = {object};
          s.date = r.date;
          s.event_type = *type;
          DIPLOGRAPH_RETURN_IF_ERROR(im_.graph().AddStatement(s).status());
        } else {
          about[0] = object;
          DIPLOGRAPH_RETURN_IF_ERROR(
              out_.Append(subject, r.date, type_id, about).status());
        }
        ++rep.statements_added;
        if (!coded) ++rep.uncoded_rows;
        return absl::OkStatus();
      };
      if (absl::Status st = row(); !st.ok()) {
        DIPLOGRAPH_RETURN_IF_ERROR(im_.Bad(line + i + 1, st));
      }
      im_.Progress(c.offset + r.end, false);
    }
    return absl::OkStatus();
  }

 private:
  static constexpr uint32_t kUnknownType = 0xFFFFFFFFu;
  static constexpr uint32_t kBadType = 0xFFFFFFFEu;

  Importer& im_;
  StatementAppender out_;
  // The actor of each name (by NameTable index) once resolved; an invalid
  // id before.
  std::vector<ActorId> actors_;
  // Per chunk, by local id: the event type and its store index.
  std::vector<const EventType*> types_;
  std::vector<uint32_t> type_ids_;
};

}  // namespace

absl::Status ImportQuadRowsParallel(Importer& im, std::istream& in,
                                    int threads) {
  ChunkReader reader(in);
  Merger merger(im);
  // The index build at the end of the Update() too (put back by the
  // caller).
  StatementAppender(im.graph()).SetIndexThreads(threads);
  std::deque<std::unique_ptr<Chunk>> in_flight;
  const size_t max_in_flight = 2 * static_cast<size_t>(threads) + 1;
  uint64_t line = 0;
  NameTable names;
  Pipeline pipeline(threads, im.options().skip_repeated_rows, names);
  for (;;) {
    while (in_flight.size() < max_in_flight) {
      auto c = std::make_unique<Chunk>();
      if (!reader.Next(*c)) break;
      pipeline.Push(c.get());
      in_flight.push_back(std::move(c));
    }
    if (in_flight.empty()) break;
    Chunk& c = *in_flight.front();
    pipeline.Wait(&c);
    DIPLOGRAPH_RETURN_IF_ERROR(merger.Merge(c, line));
    line += c.rows.size();
    in_flight.pop_front();
  }
  if (!reader.status().ok()) return im.Fatal(line + 1, reader.status());
  im.Progress(reader.bytes(), true);
  return absl::OkStatus();
}

}  // namespace diplograph::internal
