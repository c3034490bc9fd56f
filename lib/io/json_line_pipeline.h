// The parallel front half of a JSON Lines load: worker threads take turns
// reading the next chunk of whole lines from a LineReader, then parse each
// line of their chunk with RapidJSON (through the schema tee when the
// schema check is on) into record trees, and record for each line what the
// serial driver would have found on it (blank, too long, a NUL byte, a
// syntax error with its JSON path, nesting too deep, a schema failure).
// The loading thread takes the chunks back in file order and decodes and
// commits their records (JsonLoader::LoadLinesParallel), so that the graph,
// the problems and the counts are those of the serial driver.
//
//   LinePipeline pipeline(lines, options, /*workers=*/2);
//   while (const LineChunk* chunk = pipeline.Next()) {
//     for (const LineEntry& e : chunk->lines) { ... chunk->Tree(e) ... }
//   }
//   pipeline.line_count(), pipeline.bytes(), pipeline.status()
//
// Memory: at most 2 * workers + 2 chunks of about 256 KiB of lines each
// (a chunk holds at least one line, so a longer line makes a longer chunk),
// with their trees. Thread safety: Next() and the end-of-input accessors
// are called by one thread, the loading thread; the destructor stops and
// joins the workers.

#ifndef DIPLOGRAPH_LIB_IO_JSON_LINE_PIPELINE_H_
#define DIPLOGRAPH_LIB_IO_JSON_LINE_PIPELINE_H_

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "diplograph/json.h"
#include "io/json_tree.h"
#include "util/line_reader.h"

namespace diplograph::internal {

// What a worker found on one line.
struct LineEntry {
  enum Kind : uint8_t {
    kParsed,   // parsed; see the flags below
    kBlank,    // only spaces and tabs
    kTooLong,  // over max_line_bytes (its text is empty)
    kGzip,     // line 1 starts with gzip's magic bytes
    kUtf16,    // line 1 looks like UTF-16
    kNul,      // holds a NUL byte at `offset`
  };
  Kind kind = kParsed;
  bool tree = false;           // a record tree was built
  bool too_deep = false;       // nesting over the limit at `offset`
  bool syntax_error = false;   // at `error_offset`
  bool schema_failed = false;  // at `schema_offset`
  uint64_t number = 0;         // 1-based line number
  uint64_t bytes = 0;          // input consumed through this line
  size_t text_off = 0;         // the line (a BOM dropped) in chunk text
  size_t text_len = 0;
  size_t nodes_off = 0;  // the tree in the chunk's nodes and arena
  size_t arena_off = 0;
  uint32_t offset = 0;
  uint32_t error_offset = 0;
  uint32_t schema_offset = 0;
  int32_t errors = -1;  // index into LineChunk::errors, or -1
};

// Paths and messages of the problems of a line, made on the worker.
struct LineErrors {
  std::string deep_path;
  std::string syntax_path, syntax_message;
  std::string schema_path, schema_message;
};

struct LineChunk {
  uint64_t seq = 0;  // position in file order
  std::string text;  // the lines, one after the other
  std::vector<LineEntry> lines;
  std::vector<JsonNode> nodes;
  std::string arena;
  std::vector<LineErrors> errors;

  absl::string_view Text(const LineEntry& e) const {
    return absl::string_view(text).substr(e.text_off, e.text_len);
  }
  // Points `tree` at the record tree of `e`. REQUIRES: e.tree.
  void ShowTree(const LineEntry& e, RecordTree& tree) const {
    tree.SetView(nodes.data() + e.nodes_off, arena.data() + e.arena_off);
  }
  const LineErrors& Errors(const LineEntry& e) const {
    return errors[static_cast<size_t>(e.errors)];
  }
  void Clear();
};

class LinePipeline {
 public:
  // Starts `workers` (>= 1) threads reading `lines`, which must outlive
  // the pipeline and is not used by the caller until it ends.
  LinePipeline(LineReader& lines, const JsonLoadOptions& options, int workers);
  ~LinePipeline();

  LinePipeline(const LinePipeline&) = delete;
  LinePipeline& operator=(const LinePipeline&) = delete;

  // The next chunk in file order, valid until the next call; null at the
  // end of the input. Blocks while the chunk is being parsed.
  const LineChunk* Next();

  // After Next() returned null: the reader's line count, bytes consumed
  // and status at the end of the input.
  uint64_t line_count() const { return final_lines_; }
  uint64_t bytes() const { return final_bytes_; }
  const absl::Status& status() const { return final_status_; }

 private:
  void Work();
  // Fills `chunk` with the next lines; false at the end of the input.
  // Called with read_mu_ held.
  bool ReadChunk(LineChunk& chunk);

  LineReader& lines_;
  const JsonLoadOptions options_;
  const size_t max_chunks_;

  std::mutex read_mu_;  // the reader and the fields it alone updates
  bool read_done_ = false;
  uint64_t next_read_seq_ = 0;
  uint64_t final_lines_ = 0;
  uint64_t final_bytes_ = 0;
  absl::Status final_status_;

  std::mutex mu_;  // the fields below
  std::condition_variable chunk_freed_;
  std::condition_variable chunk_ready_;
  bool cancel_ = false;
  bool end_known_ = false;
  uint64_t end_seq_ = 0;  // number of chunks, once end_known_
  std::vector<std::unique_ptr<LineChunk>> all_;
  std::vector<LineChunk*> free_;
  std::map<uint64_t, LineChunk*> ready_;
  uint64_t next_commit_seq_ = 0;
  LineChunk* current_ = nullptr;  // held by the loading thread

  std::vector<std::thread> threads_;
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_IO_JSON_LINE_PIPELINE_H_
