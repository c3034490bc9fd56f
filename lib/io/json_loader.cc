// The JSON loader's driver; see json_loader.h.

#include "io/json_loader.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "io/json_line_pipeline.h"
#include "io/json_schema.h"
#include "io/json_syntax.h"
#include "rapidjson/error/en.h"
#include "rapidjson/memorystream.h"
#include "rapidjson/reader.h"
#include "util/utf8.h"

namespace diplograph::internal {
namespace {

using json::Section;

}  // namespace

JsonLoader::JsonLoader(Graph& graph, absl::string_view file_name,
                       const JsonLoadOptions& options, JsonLoadReport& report,
                       const LateProblems* skip)
    : options_(options),
      report_(report),
      problems_(file_name, options.max_problems, report),
      builder_(*this, problems_.stopped_flag(), options.max_depth),
      reader_(builder_, locator_, problems_),
      merger_(graph, report, skip),
      decoder_(reader_, merger_) {}

std::string JsonLoader::ParserPath() const {
  if (!builder_.building()) {
    return lines_mode_ || builder_.root_key().empty() ? std::string()
                                                      : builder_.root_key();
  }
  std::string prefix;
  if (!lines_mode_) {
    prefix = builder_.tree_depth() == 2 ? RecordPrefix(section_, index_)
                                        : builder_.root_key();
  }
  std::string inner = builder_.PathInTree();
  if (prefix.empty() && !inner.empty() && inner[0] == '.') inner.erase(0, 1);
  return prefix + inner;
}

void JsonLoader::Problem(size_t offset, std::string path, std::string message,
                         absl::StatusCode code, bool fatal) {
  uint64_t line = 0;
  uint32_t column = 0;
  locator_.Locate(offset, &line, &column);
  problems_.Add(line, column, std::move(path), std::move(message), code, fatal);
}

// ----------------------------------------------------------------------
// The frame of a document, and of JSON Lines.

bool JsonLoader::EnterSection(absl::string_view key, uint32_t key_pos) {
  const Section s = json::SectionByName(key);
  if (s == Section::kNone) return false;
  const uint32_t bit = 1u << static_cast<int>(s);
  const std::string name(json::SectionName(s));
  if (sections_seen_ & bit) {
    Problem(key_pos, name, "appears twice in the document",
            absl::StatusCode::kInvalidArgument, true);
  }
  sections_seen_ |= bit;
  if (s < last_section_) {
    Problem(
        key_pos, name,
        absl::StrCat("must come before \"", json::SectionName(last_section_),
                     "\" (records may only refer to earlier records)"),
        absl::StatusCode::kInvalidArgument, true);
  }
  last_section_ = std::max(last_section_, s);
  section_ = s;
  index_ = 0;
  return true;
}

void JsonLoader::TreeComplete(int depth) {
  if (lines_mode_) {
    // Decoded once the parser has seen the whole line: a line with more
    // after its record is a syntax error, and skipped whole.
    line_tree_ = true;
  } else if (depth == 0) {
    Problem(builder_.node(0).pos, "",
            absl::StrCat("the document must be a JSON object, not ",
                         JsonTypeName(builder_.node(0).type)),
            absl::StatusCode::kInvalidArgument, true);
  } else if (depth == 1) {
    ProcessRootMember();
  } else {
    ProcessRecord(section_);
    ++index_;
  }
}

void JsonLoader::TooDeep(uint32_t pos) {
  Problem(pos, ParserPath(),
          absl::StrCat("nesting deeper than ", options_.max_depth, " levels"),
          absl::StatusCode::kInvalidArgument, /*fatal=*/!lines_mode_);
}

void JsonLoader::ProcessRootMember() {
  const JsonNode& n = builder_.node(0);
  const std::string& key = builder_.root_key();
  if (key == json::kFormat) {
    if (format_seen_) {
      Problem(builder_.root_key_pos(), std::string(json::kFormat),
              "appears twice in the document",
              absl::StatusCode::kInvalidArgument, true);
    }
    format_seen_ = true;
    if (n.type != JsonNode::kString || builder_.Str(n) != kJsonFormatName) {
      Problem(n.pos, std::string(json::kFormat),
              absl::StrCat("must be \"", kJsonFormatName, "\""),
              absl::StatusCode::kInvalidArgument, true);
    }
    return;
  }
  if (json::SectionByName(key) != Section::kNone) {
    Problem(n.pos, key,
            absl::StrCat("must be an array, not ", JsonTypeName(n.type)),
            absl::StatusCode::kInvalidArgument, true);
    return;
  }
  Problem(builder_.root_key_pos(), key, "unknown member of the document",
          absl::StatusCode::kInvalidArgument, true);
}

void JsonLoader::ProcessLine() {
  const JsonNode& root = builder_.node(0);
  if (root.type != JsonNode::kObject) {
    Problem(root.pos, "",
            absl::StrCat("a record must be a JSON object, not ",
                         JsonTypeName(root.type)));
    ++report_.records_skipped;
    return;
  }
  // The header: {"format": "diplograph/1"}.
  uint32_t type_node = 0, format_node = 0;
  for (uint32_t i = 1; i < root.end; i = builder_.node(i).end) {
    const absl::string_view key = builder_.KeyOf(builder_.node(i));
    if (key == json::kType) type_node = i;
    if (key == json::kFormat) format_node = i;
  }
  if (format_node != 0 && type_node == 0) {
    reader_.BeginRecord(Section::kNone, 0, /*in_document=*/false);
    reader_.Members(0, {}, json::kHeaderFields,
                    [&](uint32_t node, json::HeaderField, const FieldPath& p) {
                      const JsonNode& n = builder_.node(node);
                      if (n.type != JsonNode::kString ||
                          builder_.Str(n) != kJsonFormatName) {
                        reader_.Bad(
                            node, p,
                            absl::StrCat("must be \"", kJsonFormatName, "\""));
                      }
                    });
    if (format_seen_) reader_.Bad(0, {}, "a second header line");
    format_seen_ = true;
    if (reader_.bad()) problems_.SetFatal();
    return;
  }
  if (!format_seen_) {
    Problem(root.pos, "", HeaderMessage(), absl::StatusCode::kInvalidArgument,
            true);
    problems_.Stop();
    return;
  }
  if (type_node == 0) {
    Problem(root.pos, "", "a record needs a \"type\" member");
    ++report_.records_skipped;
    return;
  }
  const JsonNode& type = builder_.node(type_node);
  const Section s = type.type == JsonNode::kString
                        ? json::SectionByType(builder_.Str(type))
                        : Section::kNone;
  if (s == Section::kNone) {
    Problem(type.pos, std::string(json::kType),
            "must be one of \"actor\", \"source\", \"statement\", "
            "\"relationship\", \"event\"");
    ++report_.records_skipped;
    return;
  }
  ProcessRecord(s);
}

void JsonLoader::ProcessRecord(Section section) {
  ++report_.records_read;
  merger_.SetRecord(lines_mode_ ? line_number_ : index_);
  reader_.BeginRecord(section, index_, !lines_mode_);
  const JsonNode& root = builder_.node(0);
  if (root.type != JsonNode::kObject) {
    reader_.Bad(0, {},
                absl::StrCat("a record must be an object, not ",
                             JsonTypeName(root.type)));
  } else {
    decoder_.Decode(section, 0);
  }
  if (reader_.bad()) ++report_.records_skipped;
  if (options_.progress && options_.progress_every_records > 0 &&
      report_.records_read % options_.progress_every_records == 0) {
    Progress();
  }
}

void JsonLoader::Progress() {
  options_.progress(ImportProgress{
      report_.records_read, lines_mode_ ? bytes_read_ : builder_.prev_end()});
}

// ----------------------------------------------------------------------
// Parse drivers.

void JsonLoader::LineTooLong() {
  Problem(0, "",
          absl::StrCat("line longer than the limit of ",
                       options_.max_line_bytes, " bytes"),
          absl::StatusCode::kResourceExhausted, !format_seen_);
  ++report_.records_skipped;
}

void JsonLoader::LoadDocument(absl::string_view text) {
  lines_mode_ = false;
  locator_.SetDocument(text);
  bytes_read_ = text.size();
  if (text.size() > options_.max_document_bytes) {
    Problem(0, "",
            absl::StrCat("the document is larger than the limit of ",
                         options_.max_document_bytes, " bytes"),
            absl::StatusCode::kResourceExhausted, true);
    return;
  }
  if (IsGzip(text)) {
    Problem(0, "", kGzipMessage, absl::StatusCode::kInvalidArgument, true);
    return;
  }
  if (LooksLikeUtf16(text)) {
    Problem(0, "", kUtf16Message, absl::StatusCode::kInvalidArgument, true);
    return;
  }
  // A UTF-8 byte order mark is skipped; line 1's columns count from after
  // it, as an editor shows them.
  if (absl::StartsWith(text, kUtf8Bom)) {
    text.remove_prefix(kUtf8Bom.size());
    locator_.SetDocument(text);
  }
  if (const void* nul = std::memchr(text.data(), '\0', text.size())) {
    Problem(static_cast<const char*>(nul) - text.data(), "", kNulMessage,
            absl::StatusCode::kInvalidArgument, true);
    return;
  }
  rapidjson::MemoryStream stream(text.data(), text.size());
  builder_.Start(text, &stream, /*lines=*/false);
  std::optional<rapidjson::SchemaValidator> validator;
  if (options_.check_schema) validator.emplace(DocumentSchema());
  SchemaTee<TreeBuilder> tee(builder_, validator ? &*validator : nullptr);
  rapidjson::Reader reader;
  const rapidjson::ParseResult result = ParseText(reader, stream, text, tee);
  if (!result && !problems_.stopped() && !builder_.too_deep() &&
      result.Code() != rapidjson::kParseErrorTermination) {
    Problem(result.Offset(), ParserPath(),
            SyntaxMessage(text, result.Code(), result.Offset()),
            absl::StatusCode::kInvalidArgument, true);
  } else if (result && !fatal() && !format_seen_ && builder_.root_seen()) {
    Problem(0, std::string(json::kFormat),
            absl::StrCat("missing: the document needs \"format\": \"",
                         kJsonFormatName, "\""),
            absl::StatusCode::kInvalidArgument, true);
  }
  if (validator && tee.schema_failed() && report_.problems.empty()) {
    Problem(tee.fail_offset(), SchemaProblemPath(*validator),
            SchemaProblemMessage(*validator),
            absl::StatusCode::kInvalidArgument, true);
  }
  section_ = Section::kNone;
}

void JsonLoader::LoadLines(LineReader& lines) {
  lines_mode_ = true;
  // The generic line schema, and one per record type (made when needed).
  std::optional<rapidjson::SchemaValidator> any_line;
  std::optional<rapidjson::SchemaValidator> by_type[6];
  if (options_.check_schema) any_line.emplace(LineSchema());
  rapidjson::Reader reader;  // reused: its stack is allocated once
  absl::string_view line;
  while (!problems_.stopped() && !fatal() && lines.Next(&line)) {
    const uint64_t number = lines.line_number();
    line_number_ = number;
    locator_.SetLine(line, number);
    if (lines.too_long()) {
      LineTooLong();
      continue;
    }
    if (line.find_first_not_of(" \t") == absl::string_view::npos) continue;
    if (number == 1 && IsGzip(line)) {
      Problem(0, "", kGzipMessage, absl::StatusCode::kInvalidArgument, true);
      break;
    }
    if (number == 1 && LooksLikeUtf16(line)) {
      Problem(0, "", kUtf16Message, absl::StatusCode::kInvalidArgument, true);
      break;
    }
    if (number == 1 && absl::StartsWith(line, kUtf8Bom)) {
      line.remove_prefix(kUtf8Bom.size());
      locator_.SetLine(line, number);
    }
    if (const void* nul = std::memchr(line.data(), '\0', line.size())) {
      Problem(static_cast<const char*>(nul) - line.data(), "", kNulMessage,
              absl::StatusCode::kInvalidArgument, !format_seen_);
      ++report_.records_skipped;
      continue;
    }
    const size_t before = report_.problems.size();
    bytes_read_ = lines.bytes();
    const Section type =
        options_.check_schema ? LeadingType(line) : Section::kNone;
    rapidjson::ParseResult result;
    rapidjson::SchemaValidator* validator = nullptr;
    bool schema_failed = false;
    size_t schema_offset = 0;
    bool parsed = false;
    if (type == Section::kStatements) {
      // A statement line is parsed without the validator and checked by
      // StatementMatchesSchema; parsed again with the validator only when
      // the check does not accept it and no problem came up that makes
      // the schema's verdict moot (nesting too deep).
      rapidjson::MemoryStream stream(line.data(), line.size());
      builder_.Start(line, &stream, /*lines=*/true);
      SchemaTee<TreeBuilder> plain(builder_, nullptr);
      line_tree_ = false;
      result = ParseText(reader, stream, line, plain);
      parsed = (result && line_tree_ &&
                StatementMatchesSchema(builder_.built_nodes().data(),
                                       builder_.built_nodes().size(),
                                       builder_.built_arena().data())) ||
               report_.problems.size() != before;
    }
    if (!parsed) {
      rapidjson::MemoryStream stream(line.data(), line.size());
      builder_.Start(line, &stream, /*lines=*/true);
      if (options_.check_schema) {
        validator = &*any_line;
        if (type != Section::kNone) {
          const auto k = static_cast<size_t>(type);
          if (!by_type[k]) by_type[k].emplace(RecordSchema(type));
          validator = &*by_type[k];
        }
        validator->Reset();
      }
      SchemaTee<TreeBuilder> tee(builder_, validator);
      line_tree_ = false;
      result = ParseText(reader, stream, line, tee);
      schema_failed = validator != nullptr && tee.schema_failed();
      schema_offset = tee.fail_offset();
    }
    if (result && line_tree_) ProcessLine();
    if (!result && !problems_.stopped() && !builder_.too_deep() &&
        result.Code() != rapidjson::kParseErrorTermination) {
      Problem(result.Offset(), ParserPath(),
              SyntaxMessage(line, result.Code(), result.Offset()),
              absl::StatusCode::kInvalidArgument, !format_seen_);
      ++report_.records_skipped;
    } else if (builder_.too_deep()) {
      ++report_.records_skipped;
    }
    if (schema_failed && report_.problems.size() == before) {
      // The loader accepted a record the schema refuses: do not keep it.
      Problem(schema_offset, SchemaProblemPath(*validator),
              SchemaProblemMessage(*validator),
              absl::StatusCode::kInvalidArgument, true);
    }
    if (!format_seen_ && !fatal()) {
      // The first line was not a header and did not say why.
      Problem(0, "", HeaderMessage(), absl::StatusCode::kInvalidArgument, true);
    }
  }
  EndOfLines(lines.bytes(), lines.line_number(), lines.status());
}

void JsonLoader::EndOfLines(uint64_t bytes, uint64_t line_count,
                            const absl::Status& read) {
  bytes_read_ = bytes;
  if (!fatal() && !problems_.stopped() && line_count == 0) {
    locator_.SetLine("", 0);
    Problem(0, "", "the file is empty (no header line)",
            absl::StatusCode::kInvalidArgument, true);
  }
  if (!read.ok()) {
    Problem(0, "", "reading the stream failed", absl::StatusCode::kDataLoss,
            true);
  }
}

void JsonLoader::LoadLinesParallel(LineReader& lines, int workers) {
  lines_mode_ = true;
  bool ended = false;       // every line was taken (not stopped early)
  uint64_t last_bytes = 0;  // input consumed through the last line taken
  {
    LinePipeline pipeline(lines, options_, workers);
    for (;;) {
      const LineChunk* chunk = pipeline.Next();
      if (chunk == nullptr) {
        ended = true;
        EndOfLines(pipeline.bytes(), pipeline.line_count(), pipeline.status());
        break;
      }
      if (!CommitChunk(*chunk, &last_bytes)) break;
    }
  }  // the workers are joined here
  if (!ended) bytes_read_ = last_bytes;
}

// The second half of LoadLines() for the lines of a chunk parsed on a
// worker: the same problems in the same order, and the records decoded
// and added on this thread. False when the load stops.
bool JsonLoader::CommitChunk(const LineChunk& chunk, uint64_t* last_bytes) {
  for (const LineEntry& e : chunk.lines) {
    if (problems_.stopped() || fatal()) return false;
    *last_bytes = e.bytes;
    line_number_ = e.number;
    locator_.SetLine(chunk.Text(e), e.number);
    switch (e.kind) {
      case LineEntry::kTooLong:
        LineTooLong();
        continue;
      case LineEntry::kBlank:
        continue;
      case LineEntry::kGzip:
        Problem(0, "", kGzipMessage, absl::StatusCode::kInvalidArgument, true);
        return false;
      case LineEntry::kUtf16:
        Problem(0, "", kUtf16Message, absl::StatusCode::kInvalidArgument, true);
        return false;
      case LineEntry::kNul:
        Problem(e.offset, "", kNulMessage, absl::StatusCode::kInvalidArgument,
                !format_seen_);
        ++report_.records_skipped;
        continue;
      case LineEntry::kParsed:
        break;
    }
    const size_t before = report_.problems.size();
    if (e.too_deep) {
      Problem(
          e.offset, chunk.Errors(e).deep_path,
          absl::StrCat("nesting deeper than ", options_.max_depth, " levels"));
    }
    bytes_read_ = e.bytes;
    if (e.tree && !e.syntax_error && !problems_.stopped()) {
      chunk.ShowTree(e, builder_);
      ProcessLine();
    }
    if (e.syntax_error && !problems_.stopped()) {
      const LineErrors& errors = chunk.Errors(e);
      Problem(e.error_offset, errors.syntax_path, errors.syntax_message,
              absl::StatusCode::kInvalidArgument, !format_seen_);
      ++report_.records_skipped;
    } else if (e.too_deep) {
      ++report_.records_skipped;
    }
    if (e.schema_failed && report_.problems.size() == before) {
      const LineErrors& errors = chunk.Errors(e);
      Problem(e.schema_offset, errors.schema_path, errors.schema_message,
              absl::StatusCode::kInvalidArgument, true);
    }
    if (!format_seen_ && !fatal()) {
      Problem(0, "", HeaderMessage(), absl::StatusCode::kInvalidArgument, true);
    }
  }
  return true;
}

void JsonLoader::Finish() {
  merger_.Finish(problems_);
  report_.bytes_read = bytes_read_;
  if (options_.progress) Progress();
}

}  // namespace diplograph::internal
