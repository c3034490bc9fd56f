// The parallel front half of a JSON Lines load; see json_line_pipeline.h.

#include "io/json_line_pipeline.h"

#include <cstring>
#include <optional>
#include <utility>

#include "absl/strings/match.h"
#include "io/json_fields.h"
#include "io/json_schema.h"
#include "io/json_syntax.h"
#include "rapidjson/memorystream.h"
#include "rapidjson/reader.h"
#include "rapidjson/schema.h"
#include "util/utf8.h"

namespace diplograph::internal {
namespace {

// A chunk ends after the line that takes it past this many bytes.
constexpr size_t kChunkBytes = size_t{256} << 10;

// Parses the lines of chunks, one chunk at a time, on one worker thread.
class LineParser final : public TreeListener {
 public:
  explicit LineParser(const JsonLoadOptions& options)
      : check_schema_(options.check_schema),
        builder_(*this, stop_, options.max_depth) {
    if (check_schema_) any_line_.emplace(LineSchema());
  }

  void Parse(LineChunk& chunk) {
    chunk_ = &chunk;
    for (LineEntry& e : chunk.lines) {
      entry_ = &e;
      ParseLine(e);
    }
    chunk_ = nullptr;
    entry_ = nullptr;
  }

 private:
  // TreeListener. JSON Lines have no sections.
  bool EnterSection(absl::string_view, uint32_t) override { return false; }
  void LeaveSection() override {}
  void TreeComplete(int) override {
    // Copied out, so that the builder's buffers serve the next line.
    entry_->tree = true;
    entry_->nodes_off = chunk_->nodes.size();
    entry_->arena_off = chunk_->arena.size();
    const std::vector<JsonNode>& nodes = builder_.built_nodes();
    chunk_->nodes.insert(chunk_->nodes.end(), nodes.begin(), nodes.end());
    chunk_->arena.append(builder_.built_arena());
  }
  void TooDeep(uint32_t pos) override {
    entry_->too_deep = true;
    entry_->offset = pos;
    Errors().deep_path = ParserPath();
  }

  LineErrors& Errors() {
    if (entry_->errors < 0) {
      entry_->errors = static_cast<int32_t>(chunk_->errors.size());
      chunk_->errors.emplace_back();
    }
    return chunk_->errors[static_cast<size_t>(entry_->errors)];
  }

  // As JsonLoader::ParserPath() in JSON Lines.
  std::string ParserPath() const {
    if (!builder_.building()) return std::string();
    std::string inner = builder_.PathInTree();
    if (!inner.empty() && inner[0] == '.') inner.erase(0, 1);
    return inner;
  }

  // The checks of JsonLoader::LoadLines before and around the parse, in
  // its order.
  void ParseLine(LineEntry& e) {
    if (e.kind == LineEntry::kTooLong) return;
    absl::string_view line = chunk_->Text(e);
    if (line.find_first_not_of(" \t") == absl::string_view::npos) {
      e.kind = LineEntry::kBlank;
      return;
    }
    if (e.number == 1 && IsGzip(line)) {
      e.kind = LineEntry::kGzip;
      return;
    }
    if (e.number == 1 && LooksLikeUtf16(line)) {
      e.kind = LineEntry::kUtf16;
      return;
    }
    if (e.number == 1 && absl::StartsWith(line, kUtf8Bom)) {
      line.remove_prefix(kUtf8Bom.size());
      e.text_off += kUtf8Bom.size();
      e.text_len -= kUtf8Bom.size();
    }
    if (const void* nul = std::memchr(line.data(), '\0', line.size())) {
      e.kind = LineEntry::kNul;
      e.offset =
          static_cast<uint32_t>(static_cast<const char*>(nul) - line.data());
      return;
    }
    const json::Section type =
        check_schema_ ? LeadingType(line) : json::Section::kNone;
    if (type == json::Section::kStatements && ParseCheckedStatement(e, line)) {
      return;
    }
    rapidjson::MemoryStream stream(line.data(), line.size());
    builder_.Start(line, &stream, /*lines=*/true);
    rapidjson::SchemaValidator* validator = nullptr;
    if (check_schema_) {
      validator = &*any_line_;
      if (type != json::Section::kNone) {
        const auto k = static_cast<size_t>(type);
        if (!by_type_[k]) by_type_[k].emplace(RecordSchema(type));
        validator = &*by_type_[k];
      }
      validator->Reset();
    }
    SchemaTee<TreeBuilder> tee(builder_, validator);
    const rapidjson::ParseResult result = ParseText(reader_, stream, line, tee);
    if (!result && !builder_.too_deep() &&
        result.Code() != rapidjson::kParseErrorTermination) {
      e.syntax_error = true;
      e.error_offset = static_cast<uint32_t>(result.Offset());
      LineErrors& errors = Errors();
      errors.syntax_path = ParserPath();
      errors.syntax_message =
          SyntaxMessage(line, result.Code(), result.Offset());
    }
    if (validator && tee.schema_failed()) {
      e.schema_failed = true;
      e.schema_offset = static_cast<uint32_t>(tee.fail_offset());
      LineErrors& errors = Errors();
      errors.schema_path = SchemaProblemPath(*validator);
      errors.schema_message = SchemaProblemMessage(*validator);
    }
  }

  // A statement line parsed without the schema validator, then checked by
  // StatementMatchesSchema: true when the line parsed and the check
  // accepted it, the line's results then being complete. Otherwise its
  // results are dropped (false) and the caller parses it again with the
  // validator, which has the last word and gives the message.
  bool ParseCheckedStatement(LineEntry& e, absl::string_view line) {
    const LineEntry before = e;
    const size_t nodes = chunk_->nodes.size();
    const size_t arena = chunk_->arena.size();
    const size_t errors = chunk_->errors.size();
    rapidjson::MemoryStream stream(line.data(), line.size());
    builder_.Start(line, &stream, /*lines=*/true);
    SchemaTee<TreeBuilder> plain(builder_, nullptr);
    const rapidjson::ParseResult result =
        ParseText(reader_, stream, line, plain);
    if (result && e.tree && !e.too_deep &&
        StatementMatchesSchema(chunk_->nodes.data() + e.nodes_off,
                               chunk_->nodes.size() - e.nodes_off,
                               chunk_->arena.data() + e.arena_off)) {
      return true;
    }
    e = before;
    chunk_->nodes.resize(nodes);
    chunk_->arena.resize(arena);
    chunk_->errors.resize(errors);
    return false;
  }

  const bool check_schema_;
  const bool stop_ = false;  // a worker parses every line it is given
  TreeBuilder builder_;
  rapidjson::Reader reader_;  // reused: its stack is allocated once
  std::optional<rapidjson::SchemaValidator> any_line_;
  std::optional<rapidjson::SchemaValidator> by_type_[6];
  LineChunk* chunk_ = nullptr;
  LineEntry* entry_ = nullptr;
};

}  // namespace

void LineChunk::Clear() {
  text.clear();
  lines.clear();
  nodes.clear();
  arena.clear();
  errors.clear();
}

LinePipeline::LinePipeline(LineReader& lines, const JsonLoadOptions& options,
                           int workers)
    : lines_(lines),
      options_(options),
      max_chunks_(2 * static_cast<size_t>(workers < 1 ? 1 : workers) + 2) {
  for (size_t i = 0; i < max_chunks_; ++i) {
    all_.push_back(std::make_unique<LineChunk>());
    free_.push_back(all_.back().get());
  }
  for (int i = 0; i < (workers < 1 ? 1 : workers); ++i) {
    threads_.emplace_back([this] { Work(); });
  }
}

LinePipeline::~LinePipeline() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    cancel_ = true;
  }
  chunk_freed_.notify_all();
  for (std::thread& t : threads_) t.join();
}

bool LinePipeline::ReadChunk(LineChunk& chunk) {
  absl::string_view line;
  while (chunk.text.size() < kChunkBytes) {
    if (!lines_.Next(&line)) {
      read_done_ = true;
      final_lines_ = lines_.line_number();
      final_bytes_ = lines_.bytes();
      final_status_ = lines_.status();
      break;
    }
    LineEntry& e = chunk.lines.emplace_back();
    e.number = lines_.line_number();
    e.bytes = lines_.bytes();
    e.text_off = chunk.text.size();
    if (lines_.too_long()) {
      e.kind = LineEntry::kTooLong;
      continue;
    }
    e.text_len = line.size();
    chunk.text.append(line.data(), line.size());
  }
  return !chunk.lines.empty();
}

void LinePipeline::Work() {
  LineParser parser(options_);
  for (;;) {
    LineChunk* chunk = nullptr;
    {
      std::unique_lock<std::mutex> lock(mu_);
      chunk_freed_.wait(lock, [&] { return cancel_ || !free_.empty(); });
      if (cancel_) return;
      chunk = free_.back();
      free_.pop_back();
    }
    chunk->Clear();
    bool got = false;
    bool end = false;
    {
      std::lock_guard<std::mutex> read_lock(read_mu_);
      if (!read_done_) {
        chunk->seq = next_read_seq_;
        got = ReadChunk(*chunk);
        if (got) ++next_read_seq_;
      }
      end = read_done_;
      if (end) {
        // Published under mu_ below, while read_mu_ still orders the
        // reader's final fields before it.
        std::lock_guard<std::mutex> lock(mu_);
        end_known_ = true;
        end_seq_ = next_read_seq_;
      }
    }
    if (!got) {
      {
        std::lock_guard<std::mutex> lock(mu_);
        free_.push_back(chunk);
      }
      chunk_ready_.notify_one();
      return;
    }
    parser.Parse(*chunk);
    {
      std::lock_guard<std::mutex> lock(mu_);
      ready_.emplace(chunk->seq, chunk);
    }
    chunk_ready_.notify_one();
  }
}

const LineChunk* LinePipeline::Next() {
  std::unique_lock<std::mutex> lock(mu_);
  if (current_ != nullptr) {
    free_.push_back(current_);
    current_ = nullptr;
    chunk_freed_.notify_one();
  }
  chunk_ready_.wait(lock, [&] {
    return ready_.count(next_commit_seq_) != 0 ||
           (end_known_ && next_commit_seq_ >= end_seq_);
  });
  auto it = ready_.find(next_commit_seq_);
  if (it == ready_.end()) return nullptr;
  current_ = it->second;
  ready_.erase(it);
  ++next_commit_seq_;
  return current_;
}

}  // namespace diplograph::internal
