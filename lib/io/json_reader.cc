// Reads the diplograph/1 JSON format (see docs/json-format.md) into a Graph.
//
// One SAX pass (RapidJSON's Reader, iterative, validating UTF-8) feeds a
// small tree builder that keeps each record — one element of a document's
// arrays, or one JSON Lines line — as a flat vector of nodes with the byte
// offset where each value starts. When a record is complete it is decoded,
// its references resolved, and it is added to (or merged into) the graph;
// the buffers are reused, so a load allocates little per record. When the
// schema check is on, the same events also drive RapidJSON's
// SchemaValidator. Everything runs inside one Graph::Update, which undoes a
// failed load.

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <istream>
#include <limits>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/hash/hash.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "diplograph/graph.h"
#include "diplograph/json.h"
#include "io/json_layout.h"
#include "model/article.h"
#include "rapidjson/document.h"
#include "rapidjson/error/en.h"
#include "rapidjson/memorystream.h"
#include "rapidjson/reader.h"
#include "rapidjson/schema.h"
#include "rapidjson/stringbuffer.h"
#include "store/string_pool.h"
#include "util/utf8.h"

namespace diplograph {

std::string JsonProblem::ToString() const {
  std::string out = file;
  if (line > 0) absl::StrAppend(&out, ":", line, ":", column);
  absl::StrAppend(&out, ": ");
  if (!path.empty()) absl::StrAppend(&out, path, ": ");
  absl::StrAppend(&out, message);
  return out;
}

absl::string_view JsonSchemaText() { return internal::kJsonSchemaText; }

namespace {

// Iterative, so that deep nesting cannot exhaust the stack. Input is checked
// for valid UTF-8 before it is parsed (a word at a time, much faster than
// RapidJSON's check inside strings); input that fails the check is parsed
// again with RapidJSON's own check, which reports the first problem in
// document order, syntax or encoding.
constexpr unsigned kParseFlags = rapidjson::kParseIterativeFlag;
constexpr unsigned kParseFlagsCheckingUtf8 =
    rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;

template <typename Handler>
rapidjson::ParseResult ParseText(rapidjson::Reader& reader,
                                 rapidjson::MemoryStream& stream,
                                 absl::string_view text, Handler& handler) {
  if (internal::FindInvalidUtf8(text) == absl::string_view::npos) {
    return reader.Parse<kParseFlags>(stream, handler);
  }
  return reader.Parse<kParseFlagsCheckingUtf8>(stream, handler);
}

// ----------------------------------------------------------------------
// Schemas, compiled once.

struct Schemas {
  Schemas() {
    document_json.Parse(internal::kJsonSchemaText);
    document = std::make_unique<rapidjson::SchemaDocument>(document_json);
    // The line schema: the same definitions, rooted at "line".
    line_json.SetObject();
    auto& a = line_json.GetAllocator();
    rapidjson::Value defs(document_json["definitions"], a);
    line_json.AddMember("definitions", defs, a);
    line_json.AddMember("$ref", "#/definitions/line", a);
    line = std::make_unique<rapidjson::SchemaDocument>(line_json);
    // One schema per record type, for lines that name their type first:
    // the same check as the "line" schema's oneOf for such a line (each
    // record type's "type" member admits only its own name), without
    // trying the five other alternatives.
    static constexpr const char* kRecords[] = {"actor", "source", "statement",
                                               "relationship", "event"};
    for (int i = 0; i < 5; ++i) {
      rapidjson::Document& d = record_json[i];
      d.SetObject();
      auto& ra = d.GetAllocator();
      rapidjson::Value record_defs(document_json["definitions"], ra);
      d.AddMember("definitions", record_defs, ra);
      rapidjson::Value ref(rapidjson::kObjectType);
      const std::string target = std::string("#/definitions/") + kRecords[i];
      ref.AddMember("$ref", rapidjson::Value(target.c_str(), ra), ra);
      rapidjson::Value required(rapidjson::kObjectType);
      rapidjson::Value names(rapidjson::kArrayType);
      names.PushBack("type", ra);
      required.AddMember("required", names, ra);
      rapidjson::Value all(rapidjson::kArrayType);
      all.PushBack(ref, ra);
      all.PushBack(required, ra);
      d.AddMember("allOf", all, ra);
      record[i] = std::make_unique<rapidjson::SchemaDocument>(d);
    }
  }
  rapidjson::Document document_json;
  rapidjson::Document line_json;
  rapidjson::Document record_json[5];
  std::unique_ptr<rapidjson::SchemaDocument> document;
  std::unique_ptr<rapidjson::SchemaDocument> line;
  // By record type, in Section order (actors first).
  std::unique_ptr<rapidjson::SchemaDocument> record[5];
};

const Schemas& GetSchemas() {
  // Destroyed at exit on purpose: RapidJSON packs flags into the high bits of
  // its pointers, so a schema kept alive to the end looks leaked to
  // LeakSanitizer.
  static const Schemas schemas;
  return schemas;
}

// "/statements/3/speaker" -> "statements[3].speaker".
std::string PointerToPath(const rapidjson::Pointer& pointer) {
  std::string out;
  for (size_t i = 0; i < pointer.GetTokenCount(); ++i) {
    const rapidjson::Pointer::Token& t = pointer.GetTokens()[i];
    if (t.index != rapidjson::kPointerInvalidIndex) {
      absl::StrAppend(&out, "[", t.index, "]");
    } else {
      if (!out.empty()) out.push_back('.');
      out.append(t.name, t.length);
    }
  }
  return out;
}

// ----------------------------------------------------------------------
// The record tree.

struct Node {
  enum Type : uint8_t { kNull, kBool, kUint, kInt, kDouble, kString, kArray,
                        kObject };
  Type type = kNull;
  bool b = false;
  uint32_t pos = 0;      // offset of the value in the buffer
  uint32_t key_off = 0;  // member name, in the arena (objects' members only)
  uint32_t key_len = 0;
  uint32_t str_off = 0;  // string value, in the arena
  uint32_t str_len = 0;
  uint32_t end = 0;      // index one past the last node of the subtree
  uint64_t u = 0;        // kUint
  int64_t i = 0;         // kInt (negative)
  double d = 0;          // kDouble
};

absl::string_view TypeName(Node::Type t) {
  switch (t) {
    case Node::kNull: return "null";
    case Node::kBool: return "a boolean";
    case Node::kUint:
    case Node::kInt: return "an integer";
    case Node::kDouble: return "a number";
    case Node::kString: return "a string";
    case Node::kArray: return "an array";
    case Node::kObject: return "an object";
  }
  return "a value";
}

enum class Section : uint8_t { kNone, kActors, kSources, kStatements,
                               kRelationships, kEvents };

absl::string_view SectionName(Section s) {
  switch (s) {
    case Section::kActors: return "actors";
    case Section::kSources: return "sources";
    case Section::kStatements: return "statements";
    case Section::kRelationships: return "relationships";
    case Section::kEvents: return "events";
    case Section::kNone: break;
  }
  return "";
}

Section SectionByName(absl::string_view name) {
  if (name == "actors") return Section::kActors;
  if (name == "sources") return Section::kSources;
  if (name == "statements") return Section::kStatements;
  if (name == "relationships") return Section::kRelationships;
  if (name == "events") return Section::kEvents;
  return Section::kNone;
}

Section SectionByType(absl::string_view type) {
  if (type == "actor") return Section::kActors;
  if (type == "source") return Section::kSources;
  if (type == "statement") return Section::kStatements;
  if (type == "relationship") return Section::kRelationships;
  if (type == "event") return Section::kEvents;
  return Section::kNone;
}

// The record type of a JSON Lines line that starts with a plain "type"
// member ({"type": "statement", ...), as our writer emits it; kNone for any
// other line (the type elsewhere, escaped, or absent).
Section LeadingType(absl::string_view line) {
  size_t i = 0;
  auto skip = [&] {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  };
  auto expect = [&](absl::string_view token) {
    skip();
    if (line.substr(i, token.size()) != token) return false;
    i += token.size();
    return true;
  };
  if (!expect("{") || !expect("\"type\"") || !expect(":") || !expect("\"")) {
    return Section::kNone;
  }
  const size_t end = line.find_first_of("\"\\", i);
  if (end == absl::string_view::npos || line[end] != '"') return Section::kNone;
  return SectionByType(line.substr(i, end - i));
}

// A field of a record: path pieces composed only when reporting.
struct P {
  P() = default;
  P(absl::string_view f, int i = -1, absl::string_view s = {}, int si = -1)
      : field(f), index(i), sub(s), sub_index(si) {}
  absl::string_view field;
  int index = -1;
  absl::string_view sub;
  int sub_index = -1;
};

// Index of `key` in `fields`, or -1. Length and first byte are compared
// before the rest, which rules out nearly every other name without a call.
template <size_t N>
int FieldIndex(absl::string_view key, const absl::string_view (&fields)[N]) {
  if (key.empty()) return -1;  // field names are never empty
  for (size_t i = 0; i < N; ++i) {
    const absl::string_view f = fields[i];
    if (f.size() == key.size() && f[0] == key[0] &&
        std::memcmp(f.data() + 1, key.data() + 1, f.size() - 1) == 0) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

struct PendingAffiliation {
  ActorId member;
  std::string organization;  // the reference, resolved at the end
  Affiliation affiliation;
  // Where to report a problem.
  uint32_t line = 0, column = 0;
  std::string path;
  bool existing_member = false;
};

// ----------------------------------------------------------------------
// The loader: SAX handler, record decoder and graph writer in one.

class Loader {
 public:
  Loader(Graph& graph, absl::string_view file_name,
         const JsonLoadOptions& options, JsonLoadReport* report)
      : graph_(graph), file_(file_name), options_(options), report_(*report) {
    initial_actors_ = graph.actor_count();
    initial_sources_ = graph.source_count();
    initial_statements_ = graph.statement_count();
    initial_relationships_ = graph.relationship_count();
    initial_events_ = graph.event_count();
    if (options_.max_errors == 0) options_.max_errors = 1;
  }

  // Loads a whole document. Returns false on a fatal (syntax) problem.
  void LoadDocument(absl::string_view text);
  // Loads JSON Lines from `next_line`, which returns false at the end.
  template <typename NextLine>
  void LoadLines(NextLine next_line);
  // Adds the affiliations collected on the way.
  void Finish();

  bool fatal() const { return fatal_; }
  bool stopped() const { return report_.stopped_early; }

  // ----- SAX handler -----
  bool Null() { return Scalar(Node::kNull); }
  bool Bool(bool b) {
    if (!Scalar(Node::kBool)) return false;
    if (building_) nodes_.back().b = b;
    return true;
  }
  bool Int(int v) { return v < 0 ? Int64(v) : Uint64(static_cast<unsigned>(v)); }
  bool Uint(unsigned v) { return Uint64(v); }
  bool Int64(int64_t v) {
    if (v >= 0) return Uint64(static_cast<uint64_t>(v));
    if (!Scalar(Node::kInt)) return false;
    if (building_) nodes_.back().i = v;
    return true;
  }
  bool Uint64(uint64_t v) {
    if (!Scalar(Node::kUint)) return false;
    if (building_) nodes_.back().u = v;
    return true;
  }
  bool Double(double v) {
    if (!Scalar(Node::kDouble)) return false;
    if (building_) nodes_.back().d = v;
    return true;
  }
  bool RawNumber(const char*, rapidjson::SizeType, bool) { return false; }
  bool String(const char* s, rapidjson::SizeType len, bool) {
    const uint32_t pos = ValueStart();
    if (building_ || BeginValue(Node::kString)) {
      Node& n = Push(Node::kString, pos);
      n.str_off = static_cast<uint32_t>(arena_.size());
      n.str_len = len;
      arena_.append(s, len);
    }
    return AfterScalar();
  }
  bool Key(const char* s, rapidjson::SizeType len, bool) {
    const uint32_t pos = ValueStart();
    if (building_) {
      pending_key_off_ = static_cast<uint32_t>(arena_.size());
      pending_key_len_ = len;
      arena_.append(s, len);
    } else {
      // A member of the document's root object.
      root_key_.assign(s, len);
      root_key_pos_ = pos;
    }
    return true;
  }
  bool StartObject() { return StartContainer(Node::kObject); }
  bool StartArray() { return StartContainer(Node::kArray); }
  bool EndObject(rapidjson::SizeType) { return EndContainer(); }
  bool EndArray(rapidjson::SizeType) { return EndContainer(); }

  // Set by the parse driver.
  const char* base_ = nullptr;
  size_t size_ = 0;
  const rapidjson::MemoryStream* stream_ = nullptr;

  // Reports a problem at byte `offset` of the current buffer.
  void Problem(size_t offset, std::string path, std::string message,
               absl::StatusCode code = absl::StatusCode::kInvalidArgument,
               bool fatal = false);

  // The line and column of byte `offset` of the current buffer.
  void Locate(size_t offset, uint32_t* line, uint32_t* column);

  // The count of problems so far.
  size_t problem_count() const { return report_.problems.size(); }

 private:
  friend class Tee;

  uint32_t ValueStart() {
    size_t p = prev_end_;
    while (p < size_) {
      const char c = base_[p];
      // Separators, and closing brackets that the iterative parser reports
      // before consuming them: no value starts with any of these.
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ',' ||
          c == ':' || c == '}' || c == ']') {
        ++p;
      } else {
        break;
      }
    }
    prev_end_ = stream_->Tell();
    return static_cast<uint32_t>(p);
  }

  Node& Push(Node::Type type, uint32_t pos) {
    nodes_.emplace_back();
    Node& n = nodes_.back();
    n.type = type;
    n.pos = pos;
    n.key_off = pending_key_off_;
    n.key_len = pending_key_len_;
    pending_key_len_ = 0;
    n.end = static_cast<uint32_t>(nodes_.size());
    return n;
  }

  // Decides whether a value starting at the current depth is built into a
  // record tree (true) or handled by the document controller (false).
  bool BeginValue(Node::Type type) {
    if (lines_mode_) {
      StartTree();
      return true;
    }
    if (depth_ == 0) {
      if (type == Node::kObject) return false;  // the root
      StartTree();
      return true;
    }
    if (depth_ == 1) {
      const Section s = SectionByName(root_key_);
      if (type == Node::kArray && s != Section::kNone) {
        EnterSection(s);
        return false;
      }
      StartTree();
      return true;
    }
    StartTree();  // depth 2: an element of a section
    return true;
  }

  void StartTree() {
    building_ = true;
    tree_depth_ = depth_;
    nodes_.clear();
    arena_.clear();
    pending_key_len_ = 0;
  }

  bool Scalar(Node::Type type) {
    const uint32_t pos = ValueStart();
    if (building_ || BeginValue(type)) Push(type, pos);
    return AfterScalar();
  }

  bool AfterScalar() {
    if (building_ && depth_ == tree_depth_) return CompleteTree();
    return !stop_;
  }

  bool StartContainer(Node::Type type) {
    const uint32_t pos = ValueStart();
    if (++depth_ > options_.max_depth) {
      Problem(pos, "",
              absl::StrCat("nesting deeper than ", options_.max_depth,
                           " levels"),
              absl::StatusCode::kInvalidArgument, /*fatal=*/!lines_mode_);
      depth_error_ = true;
      return false;
    }
    --depth_;
    if (building_ || BeginValue(type)) {
      Push(type, pos);
      open_.push_back(static_cast<uint32_t>(nodes_.size() - 1));
    } else if (depth_ == 0) {
      root_seen_ = true;
    }
    ++depth_;
    return !stop_;
  }

  bool EndContainer() {
    prev_end_ = stream_->Tell();
    --depth_;
    if (building_) {
      nodes_[open_.back()].end = static_cast<uint32_t>(nodes_.size());
      open_.pop_back();
      if (depth_ == tree_depth_) return CompleteTree();
      return true;
    }
    if (depth_ == 1) section_ = Section::kNone;  // a section array closed
    return !stop_;
  }

  bool CompleteTree() {
    building_ = false;
    if (lines_mode_) {
      ProcessLine();
    } else if (tree_depth_ == 0) {
      Problem(nodes_[0].pos, "",
              absl::StrCat("the document must be a JSON object, not ",
                           TypeName(nodes_[0].type)),
              absl::StatusCode::kInvalidArgument, true);
    } else if (tree_depth_ == 1) {
      ProcessRootMember();
    } else {
      ProcessElement();
    }
    return !stop_;
  }

  void EnterSection(Section s);
  void ProcessRootMember();
  void ProcessElement();
  void ProcessLine();
  void ProcessRecord(Section section, uint32_t root);

  // ----- decoding -----
  absl::string_view Str(const Node& n) const {
    return absl::string_view(arena_.data() + n.str_off, n.str_len);
  }
  absl::string_view KeyOf(const Node& n) const {
    return absl::string_view(arena_.data() + n.key_off, n.key_len);
  }
  std::string PathOf(const P& p) const;
  void Bad(uint32_t node, const P& p, std::string message,
           absl::StatusCode code = absl::StatusCode::kInvalidArgument) {
    record_bad_ = true;
    Problem(nodes_[node].pos, PathOf(p), std::move(message), code);
  }
  void RecordFailed(uint32_t root, const absl::Status& status) {
    record_bad_ = true;
    Problem(nodes_[root].pos, PathOf(P{}), std::string(status.message()),
            status.code());
  }

  // Checks that `node` is an object and calls fn(member_node, field_index)
  // for each member, reporting unknown and repeated members.
  template <size_t N, typename Fn>
  bool Members(uint32_t node, const P& p, const absl::string_view (&fields)[N],
               Fn fn);
  // fn(element_node, i) for each element of an array.
  template <typename Fn>
  bool Elements(uint32_t node, const P& p, Fn fn);
  bool GetString(uint32_t node, const P& p, absl::string_view* out);
  bool GetString(uint32_t node, const P& p, std::string* out) {
    absl::string_view v;
    if (!GetString(node, p, &v)) return false;
    out->assign(v.data(), v.size());
    return true;
  }
  bool GetNames(uint32_t node, const P& p, std::vector<std::string>* out);
  bool GetDate(uint32_t node, const P& p, Date* out);
  bool GetInterval(uint32_t node, const P& p, Interval* out);
  bool GetBool(uint32_t node, const P& p, bool* out);
  bool GetOffset(uint32_t node, const P& p, uint32_t* out);
  template <typename T, typename ParseFn>
  bool GetEnum(uint32_t node, const P& p, ParseFn parse, T* out);
  bool GetEventType(uint32_t node, const P& p, EventType* out);
  bool GetActorRef(uint32_t node, const P& p, ActorId* out);
  bool GetSourceRef(uint32_t node, const P& p, SourceId* out);
  bool GetStatementRef(uint32_t node, const P& p, StatementId* out);
  bool GetId(uint32_t node, const P& p, absl::string_view* out);

  void DecodeActor(uint32_t root);
  void DecodeSource(uint32_t root);
  void DecodeStatement(uint32_t root);
  void DecodeRelationship(uint32_t root);
  void DecodeEvent(uint32_t root);

  std::optional<ActorId> MatchExistingActor(uint32_t root, const Actor& a);
  void MergeActor(uint32_t root, ActorId existing, const Actor& a);
  std::optional<StatementId> FindExistingStatement(const Statement& s);

  Graph& graph_;
  std::string file_;
  JsonLoadOptions options_;
  JsonLoadReport& report_;
  size_t initial_actors_, initial_sources_, initial_statements_,
      initial_relationships_, initial_events_;

  // Parser state.
  bool lines_mode_ = false;
  size_t prev_end_ = 0;
  int depth_ = 0;
  bool depth_error_ = false;
  bool building_ = false;
  int tree_depth_ = 0;
  bool root_seen_ = false;
  std::vector<Node> nodes_;
  std::string arena_;
  std::vector<uint32_t> open_;
  uint32_t pending_key_off_ = 0;
  uint32_t pending_key_len_ = 0;
  std::string root_key_;
  uint32_t root_key_pos_ = 0;
  uint32_t root_keys_seen_ = 0;
  bool format_seen_ = false;
  bool stop_ = false;
  bool fatal_ = false;

  // Where we are.
  Section section_ = Section::kNone;
  Section last_section_ = Section::kNone;
  size_t index_ = 0;          // element index within the section
  uint32_t line_ = 0;         // lines mode: current line number
  std::vector<uint32_t> line_starts_;  // document mode, built on demand
  bool record_bad_ = false;

  // Local ids.
  absl::flat_hash_map<std::string, ActorId> actor_ids_;
  absl::flat_hash_map<std::string, SourceId> source_ids_;
  // Statement ids are as many as statements: keyed by views of their bytes
  // in a pool, a table slot is 24 bytes instead of a 40-byte std::string
  // pair, and claiming an id copies it once.
  absl::flat_hash_map<absl::string_view, StatementId> statement_ids_;
  internal::StringPool statement_id_bytes_;
  absl::flat_hash_set<std::string> relationship_ids_, event_ids_;
  std::vector<PendingAffiliation> affiliations_;

  // Reused records.
  Actor actor_;
  Source source_;
  Statement statement_;
  Relationship relationship_;
  Event event_;
  std::vector<std::string> pending_orgs_;
  std::vector<std::pair<uint32_t, P>> pending_org_nodes_;

  // Merge indexes over the records present before the load, built lazily.
  bool statement_index_built_ = false;
  std::vector<std::pair<uint64_t, uint32_t>> statement_index_;
};

std::string Loader::PathOf(const P& p) const {
  std::string out;
  if (!lines_mode_ && section_ != Section::kNone) {
    absl::StrAppend(&out, SectionName(section_), "[", index_, "]");
  }
  if (!p.field.empty()) {
    if (!out.empty()) out.push_back('.');
    out.append(p.field.data(), p.field.size());
    if (p.index >= 0) absl::StrAppend(&out, "[", p.index, "]");
    if (!p.sub.empty()) absl::StrAppend(&out, ".", p.sub);
    if (p.sub_index >= 0) absl::StrAppend(&out, "[", p.sub_index, "]");
  }
  return out;
}

void Loader::Problem(size_t offset, std::string path, std::string message,
                     absl::StatusCode code, bool fatal) {
  if (fatal) fatal_ = true;
  if (report_.problems.size() >= options_.max_errors) {
    report_.stopped_early = true;
    stop_ = true;
    return;
  }
  JsonProblem p;
  p.file = file_;
  p.path = std::move(path);
  p.message = std::move(message);
  p.code = code;
  Locate(offset, &p.line, &p.column);
  report_.problems.push_back(std::move(p));
  if (report_.problems.size() >= options_.max_errors) {
    report_.stopped_early = true;
    stop_ = true;
  }
}

void Loader::Locate(size_t offset, uint32_t* line, uint32_t* column) {
  offset = std::min(offset, size_);
  size_t line_begin = 0;
  if (lines_mode_) {
    *line = line_;
  } else {
    if (line_starts_.empty()) {
      line_starts_.push_back(0);
      for (const char* q = base_; q < base_ + size_;) {
        const void* nl = std::memchr(q, '\n', static_cast<size_t>(base_ + size_ - q));
        if (nl == nullptr) break;
        q = static_cast<const char*>(nl) + 1;
        line_starts_.push_back(static_cast<uint32_t>(q - base_));
      }
    }
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(),
                               static_cast<uint32_t>(offset));
    *line = static_cast<uint32_t>(it - line_starts_.begin());
    line_begin = *(it - 1);
  }
  uint32_t c = 1;
  for (size_t i = line_begin; i < offset; ++i) {
    if ((static_cast<unsigned char>(base_[i]) & 0xC0) != 0x80) ++c;
  }
  *column = c;
}

// ----------------------------------------------------------------------
// Document controller.

void Loader::EnterSection(Section s) {
  const uint32_t bit = 1u << static_cast<int>(s);
  if (root_keys_seen_ & bit) {
    Problem(root_key_pos_, std::string(SectionName(s)),
            "appears twice in the document", absl::StatusCode::kInvalidArgument,
            true);
  }
  root_keys_seen_ |= bit;
  if (s < last_section_) {
    Problem(root_key_pos_, std::string(SectionName(s)),
            absl::StrCat("must come before \"", SectionName(last_section_),
                         "\" (records may only refer to earlier records)"),
            absl::StatusCode::kInvalidArgument, true);
  }
  last_section_ = std::max(last_section_, s);
  section_ = s;
  index_ = 0;
}

void Loader::ProcessRootMember() {
  const Node& n = nodes_[0];
  if (root_key_ == "format") {
    if (format_seen_) {
      Problem(root_key_pos_, "format", "appears twice in the document",
              absl::StatusCode::kInvalidArgument, true);
    }
    format_seen_ = true;
    if (n.type != Node::kString || Str(n) != kJsonFormatName) {
      Problem(n.pos, "format",
              absl::StrCat("must be \"", kJsonFormatName, "\""),
              absl::StatusCode::kInvalidArgument, true);
    }
    return;
  }
  if (SectionByName(root_key_) != Section::kNone) {
    Problem(n.pos, root_key_,
            absl::StrCat("must be an array, not ", TypeName(n.type)),
            absl::StatusCode::kInvalidArgument, true);
    return;
  }
  Problem(root_key_pos_, root_key_, "unknown member of the document",
          absl::StatusCode::kInvalidArgument, true);
}

void Loader::ProcessElement() {
  ProcessRecord(section_, 0);
  ++index_;
}

void Loader::ProcessLine() {
  const Node& root = nodes_[0];
  if (root.type != Node::kObject) {
    Problem(root.pos, "",
            absl::StrCat("a record must be a JSON object, not ",
                         TypeName(root.type)));
    ++report_.records_skipped;
    return;
  }
  // The header: {"format": "diplograph/1"}.
  uint32_t type_node = 0, format_node = 0;
  for (uint32_t i = 1; i < root.end; i = nodes_[i].end) {
    const absl::string_view key = KeyOf(nodes_[i]);
    if (key == "type") type_node = i;
    if (key == "format") format_node = i;
  }
  if (format_node != 0 && type_node == 0) {
    record_bad_ = false;
    static constexpr absl::string_view kHeader[] = {"format"};
    Members(0, P{}, kHeader, [&](uint32_t node, int) {
      if (nodes_[node].type != Node::kString ||
          Str(nodes_[node]) != kJsonFormatName) {
        Bad(node, P{"format"},
            absl::StrCat("must be \"", kJsonFormatName, "\""));
      }
    });
    if (format_seen_) Bad(0, P{}, "a second header line");
    format_seen_ = true;
    if (record_bad_) fatal_ = true;
    return;
  }
  if (!format_seen_) {
    Problem(root.pos, "",
            absl::StrCat("the first line must be the header {\"format\": \"",
                         kJsonFormatName, "\"}"),
            absl::StatusCode::kInvalidArgument, true);
    stop_ = true;
    return;
  }
  if (type_node == 0) {
    Problem(root.pos, "", "a record needs a \"type\" member");
    ++report_.records_skipped;
    return;
  }
  const Section s = nodes_[type_node].type == Node::kString
                        ? SectionByType(Str(nodes_[type_node]))
                        : Section::kNone;
  if (s == Section::kNone) {
    Problem(nodes_[type_node].pos, "type",
            "must be one of \"actor\", \"source\", \"statement\", "
            "\"relationship\", \"event\"");
    ++report_.records_skipped;
    return;
  }
  ProcessRecord(s, 0);
}

void Loader::ProcessRecord(Section section, uint32_t root) {
  ++report_.records_read;
  record_bad_ = false;
  const Section saved = section_;
  section_ = section;  // for paths (document mode) and "type" checks
  if (nodes_[root].type != Node::kObject) {
    Bad(root, P{}, absl::StrCat("a record must be an object, not ",
                                TypeName(nodes_[root].type)));
  } else {
    switch (section) {
      case Section::kActors: DecodeActor(root); break;
      case Section::kSources: DecodeSource(root); break;
      case Section::kStatements: DecodeStatement(root); break;
      case Section::kRelationships: DecodeRelationship(root); break;
      case Section::kEvents: DecodeEvent(root); break;
      case Section::kNone: break;
    }
  }
  if (record_bad_) ++report_.records_skipped;
  if (lines_mode_) section_ = saved;
}

// ----------------------------------------------------------------------
// Value decoding.

template <size_t N, typename Fn>
bool Loader::Members(uint32_t node, const P& p,
                     const absl::string_view (&fields)[N], Fn fn) {
  static_assert(N <= 32);
  const Node& n = nodes_[node];
  if (n.type != Node::kObject) {
    Bad(node, p, absl::StrCat("must be an object, not ", TypeName(n.type)));
    return false;
  }
  uint32_t seen = 0;
  for (uint32_t i = node + 1; i < n.end; i = nodes_[i].end) {
    const absl::string_view key = KeyOf(nodes_[i]);
    const int f = FieldIndex(key, fields);
    // The path of the member: the record's field, or a sub-field.
    P mp = p;
    if (p.field.empty()) {
      mp.field = key;
    } else {
      mp.sub = key;
    }
    if (f < 0) {
      // Keys are reported at the value; the message names the key.
      Bad(i, mp, "unknown member");
      continue;
    }
    if (seen & (1u << f)) {
      Bad(i, mp, "duplicate member");
      continue;
    }
    seen |= 1u << f;
    fn(i, f);
  }
  return true;
}

template <typename Fn>
bool Loader::Elements(uint32_t node, const P& p, Fn fn) {
  const Node& n = nodes_[node];
  if (n.type != Node::kArray) {
    Bad(node, p, absl::StrCat("must be an array, not ", TypeName(n.type)));
    return false;
  }
  int k = 0;
  for (uint32_t i = node + 1; i < n.end; i = nodes_[i].end, ++k) fn(i, k);
  return true;
}

bool Loader::GetString(uint32_t node, const P& p, absl::string_view* out) {
  const Node& n = nodes_[node];
  if (n.type != Node::kString) {
    Bad(node, p, absl::StrCat("must be a string, not ", TypeName(n.type)));
    return false;
  }
  *out = Str(n);
  return true;
}

bool Loader::GetNames(uint32_t node, const P& p, std::vector<std::string>* out) {
  out->clear();
  return Elements(node, p, [&](uint32_t e, int k) {
    P ep = p;
    if (ep.sub.empty()) {
      ep.index = k;
    } else {
      ep.sub_index = k;
    }
    absl::string_view v;
    if (GetString(e, ep, &v)) out->emplace_back(v);
  });
}

bool Loader::GetDate(uint32_t node, const P& p, Date* out) {
  absl::string_view text;
  if (!GetString(node, p, &text)) return false;
  absl::StatusOr<Date> d = Date::Parse(text);
  if (!d.ok()) {
    Bad(node, p, std::string(d.status().message()));
    return false;
  }
  *out = *d;
  return true;
}

bool Loader::GetInterval(uint32_t node, const P& p, Interval* out) {
  absl::string_view text;
  if (!GetString(node, p, &text)) return false;
  absl::StatusOr<Interval> v = Interval::Parse(text);
  if (!v.ok()) {
    Bad(node, p, std::string(v.status().message()));
    return false;
  }
  *out = *v;
  return true;
}

bool Loader::GetBool(uint32_t node, const P& p, bool* out) {
  const Node& n = nodes_[node];
  if (n.type != Node::kBool) {
    Bad(node, p, absl::StrCat("must be true or false, not ", TypeName(n.type)));
    return false;
  }
  *out = n.b;
  return true;
}

bool Loader::GetOffset(uint32_t node, const P& p, uint32_t* out) {
  const Node& n = nodes_[node];
  if (n.type == Node::kUint && n.u <= std::numeric_limits<uint32_t>::max()) {
    *out = static_cast<uint32_t>(n.u);
    return true;
  }
  if (n.type == Node::kUint || n.type == Node::kInt) {
    Bad(node, p, "out of range: must be an integer in 0 ... 4294967295");
  } else {
    Bad(node, p, absl::StrCat("must be a non-negative integer, not ",
                              TypeName(n.type)));
  }
  return false;
}

template <typename T, typename ParseFn>
bool Loader::GetEnum(uint32_t node, const P& p, ParseFn parse, T* out) {
  absl::string_view text;
  if (!GetString(node, p, &text)) return false;
  absl::StatusOr<T> v = parse(text);
  if (!v.ok()) {
    Bad(node, p, std::string(v.status().message()));
    return false;
  }
  *out = *v;
  return true;
}

bool Loader::GetEventType(uint32_t node, const P& p, EventType* out) {
  static constexpr absl::string_view kFields[] = {"code", "name"};
  out->code.clear();
  out->name.clear();
  return Members(node, p, kFields, [&](uint32_t m, int f) {
    P mp = p;
    mp.sub = kFields[f];
    GetString(m, mp, f == 0 ? &out->code : &out->name);
  });
}

bool Loader::GetId(uint32_t node, const P& p, absl::string_view* out) {
  if (!GetString(node, p, out)) return false;
  if (out->empty()) {
    Bad(node, p, "an id must not be empty");
    return false;
  }
  return true;
}

bool Loader::GetActorRef(uint32_t node, const P& p, ActorId* out) {
  absl::string_view ref;
  if (!GetString(node, p, &ref)) return false;
  if (auto it = actor_ids_.find(ref); it != actor_ids_.end()) {
    *out = it->second;
    return true;
  }
  if (!ref.empty()) {
    if (ref.size() == 3) {
      if (absl::StatusOr<ActorId> a = graph_.FindActorByIso3(ref); a.ok()) {
        *out = *a;
        return true;
      }
    }
    absl::StatusOr<ActorId> a = graph_.FindActor(ref);
    if (a.ok()) {
      *out = *a;
      return true;
    }
    if (a.status().code() == absl::StatusCode::kFailedPrecondition) {
      Bad(node, p, std::string(a.status().message()));
      return false;
    }
  }
  Bad(node, p,
      absl::StrCat("no actor ", internal::Quoted(ref),
                   " earlier in the file or in the graph"),
      absl::StatusCode::kNotFound);
  return false;
}

bool Loader::GetSourceRef(uint32_t node, const P& p, SourceId* out) {
  absl::string_view ref;
  if (!GetString(node, p, &ref)) return false;
  if (auto it = source_ids_.find(ref); it != source_ids_.end()) {
    *out = it->second;
    return true;
  }
  Bad(node, p,
      absl::StrCat("no source ", internal::Quoted(ref), " earlier in the file"),
      absl::StatusCode::kNotFound);
  return false;
}

bool Loader::GetStatementRef(uint32_t node, const P& p, StatementId* out) {
  absl::string_view ref;
  if (!GetString(node, p, &ref)) return false;
  if (auto it = statement_ids_.find(ref); it != statement_ids_.end()) {
    *out = it->second;
    return true;
  }
  Bad(node, p,
      absl::StrCat("no statement ", internal::Quoted(ref),
                   " earlier in the file"),
      absl::StatusCode::kNotFound);
  return false;
}

// ----------------------------------------------------------------------
// Records.

bool CheckType(absl::string_view type, Section s) {
  return SectionByType(type) == s;
}

void Loader::DecodeActor(uint32_t root) {
  static constexpr absl::string_view kFields[] = {
      "type", "id", "name", "kind", "aliases", "iso3", "cameo_code",
      "affiliations"};
  actor_ = Actor();
  absl::string_view id;
  bool has_id = false, has_name = false;
  const size_t first_affiliation = affiliations_.size();
  Members(root, P{}, kFields, [&](uint32_t m, int f) {
    const P p{kFields[f]};
    switch (f) {
      case 0: {
        absl::string_view t;
        if (GetString(m, p, &t) && !CheckType(t, Section::kActors)) {
          Bad(m, p, "must be \"actor\" here");
        }
        break;
      }
      case 1: has_id = GetId(m, p, &id); break;
      case 2: has_name = GetString(m, p, &actor_.name); break;
      case 3: GetEnum(m, p, ParseActorKind, &actor_.kind); break;
      case 4: GetNames(m, p, &actor_.aliases); break;
      case 5: GetString(m, p, &actor_.iso3); break;
      case 6: GetString(m, p, &actor_.cameo_code); break;
      case 7:
        Elements(m, p, [&](uint32_t e, int k) {
          static constexpr absl::string_view kAff[] = {"organization", "role",
                                                       "valid"};
          PendingAffiliation pa;
          bool has_org = false, has_role = false;
          Members(e, P{"affiliations", k}, kAff, [&](uint32_t am, int af) {
            const P ap{"affiliations", k, kAff[af]};
            switch (af) {
              case 0:
                has_org = GetString(am, ap, &pa.organization);
                break;
              case 1: has_role = GetString(am, ap, &pa.affiliation.role); break;
              case 2: GetInterval(am, ap, &pa.affiliation.valid); break;
            }
          });
          if (nodes_[e].type == Node::kObject) {
            if (!has_org) Bad(e, P{"affiliations", k}, "missing \"organization\"");
            if (!has_role) Bad(e, P{"affiliations", k}, "missing \"role\"");
          }
          pa.path = PathOf(P{"affiliations", k});
          Locate(nodes_[e].pos, &pa.line, &pa.column);
          affiliations_.push_back(std::move(pa));
        });
        break;
    }
  });
  if (!has_id) Bad(root, P{}, "missing \"id\"");
  if (!has_name) Bad(root, P{}, "missing \"name\"");
  if (!record_bad_ && actor_ids_.contains(id)) {
    Bad(root, P{"id"}, absl::StrCat("actor id ", internal::Quoted(id),
                                    " is used twice"));
  }
  if (record_bad_) {
    affiliations_.resize(first_affiliation);
    return;
  }
  ActorId result;
  bool existing = false;
  if (std::optional<ActorId> match = MatchExistingActor(root, actor_)) {
    if (record_bad_) {
      affiliations_.resize(first_affiliation);
      return;
    }
    MergeActor(root, *match, actor_);
    result = *match;
    existing = true;
  } else if (record_bad_) {
    affiliations_.resize(first_affiliation);
    return;
  } else {
    absl::StatusOr<ActorId> added = graph_.AddActor(actor_);
    if (!added.ok()) {
      RecordFailed(root, added.status());
      affiliations_.resize(first_affiliation);
      return;
    }
    result = *added;
    ++report_.actors_added;
  }
  actor_ids_.emplace(id, result);
  for (size_t i = first_affiliation; i < affiliations_.size(); ++i) {
    PendingAffiliation& pa = affiliations_[i];
    pa.member = result;
    pa.existing_member = existing;
  }
}

std::optional<ActorId> Loader::MatchExistingActor(uint32_t root,
                                                  const Actor& a) {
  if (initial_actors_ == 0) return std::nullopt;
  auto existing = [&](ActorId id) { return id.value < initial_actors_; };
  if (!a.iso3.empty()) {
    absl::StatusOr<ActorId> byiso = graph_.FindActorByIso3(a.iso3);
    if (byiso.ok() && existing(*byiso)) return *byiso;
  }
  std::vector<ActorId> candidates;
  auto collect = [&](absl::string_view name) {
    for (ActorId id : graph_.MatchActors(name)) {
      if (existing(id) &&
          std::find(candidates.begin(), candidates.end(), id) ==
              candidates.end()) {
        candidates.push_back(id);
      }
    }
  };
  collect(a.name);
  if (candidates.empty()) {
    for (const std::string& alias : a.aliases) collect(alias);
  }
  if (candidates.empty()) return std::nullopt;
  if (candidates.size() > 1) {
    std::string names;
    for (ActorId id : candidates) {
      absl::StrAppend(&names, names.empty() ? "" : ", ",
                      internal::Quoted(graph_.actor(id).name));
    }
    Bad(root, P{"name"},
        absl::StrCat("matches several actors of the graph (", names,
                     "); give an ISO code or a distinct name"),
        absl::StatusCode::kInvalidArgument);
    return std::nullopt;
  }
  return candidates.front();
}

void Loader::MergeActor(uint32_t root, ActorId id, const Actor& a) {
  const Actor& old = graph_.actor(id);
  const std::string who = internal::Quoted(old.name);
  if (old.kind != a.kind) {
    Bad(root, P{"kind"},
        absl::StrCat("conflict: the graph's actor ", who, " is ",
                     internal::WithArticle(ActorKindName(old.kind)),
                     ", the file says ", ActorKindName(a.kind)));
  }
  if (!a.iso3.empty() && a.iso3 != old.iso3) {
    Bad(root, P{"iso3"},
        absl::StrCat("conflict: the graph's actor ", who, " has ISO code ",
                     internal::Quoted(old.iso3), ", the file says ",
                     internal::Quoted(a.iso3)));
  }
  if (!a.cameo_code.empty() && a.cameo_code != old.cameo_code) {
    Bad(root, P{"cameo_code"},
        absl::StrCat("conflict: the graph's actor ", who, " has CAMEO code ",
                     internal::Quoted(old.cameo_code), ", the file says ",
                     internal::Quoted(a.cameo_code)));
  }
  if (record_bad_) return;
  auto known = [&](absl::string_view name) {
    for (ActorId m : graph_.MatchActors(name)) {
      if (m == id) return true;
    }
    return false;
  };
  auto add_alias = [&](absl::string_view name, const P& p) {
    if (known(name)) return;
    absl::Status s = graph_.AddAlias(id, name);
    if (!s.ok()) {
      Bad(root, p, std::string(s.message()), s.code());
    } else {
      ++report_.aliases_added;
    }
  };
  add_alias(a.name, P{"name"});
  for (size_t i = 0; i < a.aliases.size(); ++i) {
    add_alias(a.aliases[i], P{"aliases", static_cast<int>(i)});
  }
  ++report_.actors_merged;
}

void Loader::DecodeSource(uint32_t root) {
  static constexpr absl::string_view kFields[] = {"type",   "id",   "title",
                                                  "outlet", "date", "locator"};
  source_ = Source();
  absl::string_view id;
  bool has_id = false;
  Members(root, P{}, kFields, [&](uint32_t m, int f) {
    const P p{kFields[f]};
    switch (f) {
      case 0: {
        absl::string_view t;
        if (GetString(m, p, &t) && !CheckType(t, Section::kSources)) {
          Bad(m, p, "must be \"source\" here");
        }
        break;
      }
      case 1: has_id = GetId(m, p, &id); break;
      case 2: GetString(m, p, &source_.title); break;
      case 3: GetActorRef(m, p, &source_.outlet); break;
      case 4: GetDate(m, p, &source_.date); break;
      case 5: GetString(m, p, &source_.locator); break;
    }
  });
  if (!has_id) Bad(root, P{}, "missing \"id\"");
  if (!record_bad_ && source_ids_.contains(id)) {
    Bad(root, P{"id"}, absl::StrCat("source id ", internal::Quoted(id),
                                    " is used twice"));
  }
  if (record_bad_) return;
  for (uint32_t i = 0; i < initial_sources_; ++i) {
    if (graph_.source(SourceId(i)) == source_) {
      source_ids_.emplace(id, SourceId(i));
      ++report_.sources_merged;
      return;
    }
  }
  absl::StatusOr<SourceId> added = graph_.AddSource(source_);
  if (!added.ok()) {
    RecordFailed(root, added.status());
    return;
  }
  source_ids_.emplace(id, *added);
  ++report_.sources_added;
}

std::optional<StatementId> Loader::FindExistingStatement(const Statement& s) {
  if (initial_statements_ == 0) return std::nullopt;
  using Key = std::tuple<uint32_t, Date, absl::string_view>;
  absl::Hash<Key> hash;
  if (!statement_index_built_) {
    statement_index_built_ = true;
    statement_index_.reserve(initial_statements_);
    for (uint32_t i = 0; i < initial_statements_; ++i) {
      const StatementView v = graph_.statement(StatementId(i));
      statement_index_.emplace_back(
          hash(Key(v.speaker().value, v.date(), v.text())), i);
    }
    std::sort(statement_index_.begin(), statement_index_.end());
  }
  const uint64_t h = hash(Key(s.speaker.value, s.date, s.text));
  auto it = std::lower_bound(statement_index_.begin(), statement_index_.end(),
                             std::make_pair(h, uint32_t{0}));
  for (; it != statement_index_.end() && it->first == h; ++it) {
    const StatementView v = graph_.statement(StatementId(it->second));
    if (v.speaker() == s.speaker && v.date() == s.date && v.text() == s.text) {
      return StatementId(it->second);
    }
  }
  return std::nullopt;
}

void Loader::DecodeStatement(uint32_t root) {
  static constexpr absl::string_view kFields[] = {
      "type",  "id",          "speaker", "date",   "text",       "quote",
      "channel", "location",  "source",  "span",   "reported_by", "about",
      "topics", "event_type", "stances", "links"};
  Statement& s = statement_;
  s.speaker = ActorId();
  s.date = Date();
  s.channel.clear();
  s.location.clear();
  s.source = SourceId();
  s.span.reset();
  s.reported_by.clear();
  s.text.clear();
  s.quote = QuoteKind::kParaphrase;
  s.about.clear();
  s.topics.clear();
  s.event_type.code.clear();
  s.event_type.name.clear();
  s.stances.clear();
  s.links.clear();
  absl::string_view id;
  bool has_id = false, has_speaker = false;
  Members(root, P{}, kFields, [&](uint32_t m, int f) {
    const P p{kFields[f]};
    switch (f) {
      case 0: {
        absl::string_view t;
        if (GetString(m, p, &t) && !CheckType(t, Section::kStatements)) {
          Bad(m, p, "must be \"statement\" here");
        }
        break;
      }
      case 1:
        has_id = GetId(m, p, &id);
        // The id is claimed once the record is decoded and added: start
        // loading its table slot now.
        if (has_id) statement_ids_.prefetch(id);
        break;
      case 2: has_speaker = true; GetActorRef(m, p, &s.speaker); break;
      case 3: GetDate(m, p, &s.date); break;
      case 4: GetString(m, p, &s.text); break;
      case 5: GetEnum(m, p, ParseQuoteKind, &s.quote); break;
      case 6: GetString(m, p, &s.channel); break;
      case 7: GetString(m, p, &s.location); break;
      case 8: GetSourceRef(m, p, &s.source); break;
      case 9: {
        static constexpr absl::string_view kSpan[] = {"begin", "end"};
        TextSpan span;
        int got = 0;
        Members(m, p, kSpan, [&](uint32_t sm, int sf) {
          if (GetOffset(sm, P{"span", -1, kSpan[sf]},
                        sf == 0 ? &span.begin : &span.end)) {
            ++got;
          }
        });
        if (nodes_[m].type == Node::kObject && got < 2 && !record_bad_) {
          Bad(m, p, "needs both \"begin\" and \"end\"");
        }
        s.span = span;
        break;
      }
      case 10:
        Elements(m, p, [&](uint32_t e, int k) {
          static constexpr absl::string_view kReport[] = {"outlet", "kind"};
          Report r;
          bool has_outlet = false;
          Members(e, P{"reported_by", k}, kReport, [&](uint32_t rm, int rf) {
            const P rp{"reported_by", k, kReport[rf]};
            if (rf == 0) {
              has_outlet = true;
              GetActorRef(rm, rp, &r.outlet);
            } else {
              GetEnum(rm, rp, ParseReportKind, &r.kind);
            }
          });
          if (nodes_[e].type == Node::kObject && !has_outlet) {
            Bad(e, P{"reported_by", k}, "missing \"outlet\"");
          }
          s.reported_by.push_back(r);
        });
        break;
      case 11:
        Elements(m, p, [&](uint32_t e, int k) {
          ActorId a;
          GetActorRef(e, P{"about", k}, &a);
          s.about.push_back(a);
        });
        break;
      case 12: GetNames(m, p, &s.topics); break;
      case 13: GetEventType(m, p, &s.event_type); break;
      case 14:
        Elements(m, p, [&](uint32_t e, int k) {
          static constexpr absl::string_view kStance[] = {"target", "polarity"};
          Stance st;
          int got = 0;
          Members(e, P{"stances", k}, kStance, [&](uint32_t sm, int sf) {
            const P sp{"stances", k, kStance[sf]};
            ++got;
            if (sf == 0) {
              GetActorRef(sm, sp, &st.target);
            } else {
              GetEnum(sm, sp, ParsePolarity, &st.polarity);
            }
          });
          if (nodes_[e].type == Node::kObject && got < 2 && !record_bad_) {
            Bad(e, P{"stances", k}, "needs \"target\" and \"polarity\"");
          }
          s.stances.push_back(st);
        });
        break;
      case 15:
        Elements(m, p, [&](uint32_t e, int k) {
          static constexpr absl::string_view kLink[] = {"statement", "kind",
                                                        "stance"};
          StatementLink l;
          bool has_statement = false;
          Members(e, P{"links", k}, kLink, [&](uint32_t lm, int lf) {
            const P lp{"links", k, kLink[lf]};
            switch (lf) {
              case 0:
                has_statement = true;
                GetStatementRef(lm, lp, &l.statement);
                break;
              case 1: GetEnum(lm, lp, ParseStatementLinkKind, &l.kind); break;
              case 2: GetEnum(lm, lp, ParsePolarity, &l.stance); break;
            }
          });
          if (nodes_[e].type == Node::kObject && !has_statement) {
            Bad(e, P{"links", k}, "missing \"statement\"");
          }
          s.links.push_back(l);
        });
        break;
    }
  });
  if (!has_speaker) Bad(root, P{}, "missing \"speaker\"");
  if (record_bad_) return;
  // Claim the id first (one probe of the table): a taken id is an error,
  // and a claim is given back if the statement cannot be added.
  auto slot = statement_ids_.end();
  if (has_id) {
    bool claimed = false;
    slot = statement_ids_.lazy_emplace(id, [&](const auto& construct) {
      claimed = true;
      construct(statement_id_bytes_.Get(statement_id_bytes_.Add(id)),
                StatementId());
    });
    if (!claimed) {
      Bad(root, P{"id"}, absl::StrCat("statement id ", internal::Quoted(id),
                                      " is used twice"));
      return;
    }
  }
  StatementId result;
  if (std::optional<StatementId> dup = FindExistingStatement(s)) {
    result = *dup;
    ++report_.statements_merged;
  } else {
    absl::StatusOr<StatementId> added = graph_.AddStatement(s);
    if (!added.ok()) {
      if (has_id) statement_ids_.erase(slot);
      RecordFailed(root, added.status());
      return;
    }
    result = *added;
    ++report_.statements_added;
  }
  if (has_id) slot->second = result;
}

void Loader::DecodeRelationship(uint32_t root) {
  static constexpr absl::string_view kFields[] = {
      "type", "id", "from", "to", "label", "key", "label_variants",
      "directed", "polarity", "valid", "evidence"};
  relationship_ = Relationship();
  Relationship& r = relationship_;
  absl::string_view id;
  bool has_id = false, has_from = false, has_to = false, has_label = false;
  Members(root, P{}, kFields, [&](uint32_t m, int f) {
    const P p{kFields[f]};
    switch (f) {
      case 0: {
        absl::string_view t;
        if (GetString(m, p, &t) && !CheckType(t, Section::kRelationships)) {
          Bad(m, p, "must be \"relationship\" here");
        }
        break;
      }
      case 1: has_id = GetId(m, p, &id); break;
      case 2: has_from = true; GetActorRef(m, p, &r.from); break;
      case 3: has_to = true; GetActorRef(m, p, &r.to); break;
      case 4: has_label = GetString(m, p, &r.label); break;
      case 5: GetString(m, p, &r.key); break;
      case 6: GetNames(m, p, &r.label_variants); break;
      case 7: GetBool(m, p, &r.directed); break;
      case 8: GetEnum(m, p, ParsePolarity, &r.polarity); break;
      case 9: GetInterval(m, p, &r.valid); break;
      case 10:
        Elements(m, p, [&](uint32_t e, int k) {
          static constexpr absl::string_view kEv[] = {"statement", "source",
                                                      "role"};
          Evidence ev;
          Members(e, P{"evidence", k}, kEv, [&](uint32_t em, int ef) {
            const P ep{"evidence", k, kEv[ef]};
            switch (ef) {
              case 0: GetStatementRef(em, ep, &ev.statement); break;
              case 1: GetSourceRef(em, ep, &ev.source); break;
              case 2: GetEnum(em, ep, ParseEvidenceRole, &ev.role); break;
            }
          });
          r.evidence.push_back(ev);
        });
        break;
    }
  });
  if (!has_from) Bad(root, P{}, "missing \"from\"");
  if (!has_to) Bad(root, P{}, "missing \"to\"");
  if (!has_label) Bad(root, P{}, "missing \"label\"");
  if (!record_bad_ && has_id && !relationship_ids_.insert(std::string(id)).second) {
    Bad(root, P{"id"}, absl::StrCat("relationship id ", internal::Quoted(id),
                                    " is used twice"));
  }
  if (record_bad_) return;
  // Merge with a relationship the graph already held.
  if (r.from.value < initial_actors_ && r.to.value < initial_actors_ &&
      initial_relationships_ > 0) {
    const std::string key = r.key.empty() ? NormalizeLabel(r.label) : r.key;
    for (RelationshipId rid : graph_.RelationshipsOf(r.from)) {
      if (rid.value >= initial_relationships_) continue;
      const Relationship& old = graph_.relationship(rid);
      const bool same_ends =
          (old.from == r.from && old.to == r.to) ||
          (!r.directed && !old.directed && old.from == r.to && old.to == r.from);
      if (!same_ends || old.directed != r.directed || old.key != key ||
          !old.valid.Overlaps(r.valid)) {
        continue;
      }
      for (size_t i = 0; i < r.evidence.size(); ++i) {
        const Evidence& ev = r.evidence[i];
        if (std::find(old.evidence.begin(), old.evidence.end(), ev) !=
            old.evidence.end()) {
          continue;
        }
        absl::Status s = graph_.AddEvidence(rid, ev);
        if (!s.ok()) {
          Bad(root, P{"evidence", static_cast<int>(i)},
              std::string(s.message()), s.code());
        } else {
          ++report_.evidence_added;
        }
      }
      ++report_.relationships_merged;
      return;
    }
  }
  absl::StatusOr<RelationshipId> added = graph_.AddRelationship(r);
  if (!added.ok()) {
    RecordFailed(root, added.status());
    return;
  }
  ++report_.relationships_added;
}

void Loader::DecodeEvent(uint32_t root) {
  static constexpr absl::string_view kFields[] = {
      "type", "id", "label", "date", "participants", "event_type", "source"};
  event_ = Event();
  Event& ev = event_;
  absl::string_view id;
  bool has_id = false, has_label = false;
  Members(root, P{}, kFields, [&](uint32_t m, int f) {
    const P p{kFields[f]};
    switch (f) {
      case 0: {
        absl::string_view t;
        if (GetString(m, p, &t) && !CheckType(t, Section::kEvents)) {
          Bad(m, p, "must be \"event\" here");
        }
        break;
      }
      case 1: has_id = GetId(m, p, &id); break;
      case 2: has_label = GetString(m, p, &ev.label); break;
      case 3: GetDate(m, p, &ev.date); break;
      case 4:
        Elements(m, p, [&](uint32_t e, int k) {
          ActorId a;
          GetActorRef(e, P{"participants", k}, &a);
          ev.participants.push_back(a);
        });
        break;
      case 5: GetEventType(m, p, &ev.event_type); break;
      case 6: GetSourceRef(m, p, &ev.source); break;
    }
  });
  if (!has_label) Bad(root, P{}, "missing \"label\"");
  if (!record_bad_ && has_id && !event_ids_.insert(std::string(id)).second) {
    Bad(root, P{"id"}, absl::StrCat("event id ", internal::Quoted(id),
                                    " is used twice"));
  }
  if (record_bad_) return;
  for (uint32_t i = 0; i < initial_events_; ++i) {
    if (graph_.event(EventId(i)) == ev) {
      ++report_.events_merged;
      return;
    }
  }
  absl::StatusOr<EventId> added = graph_.AddEvent(ev);
  if (!added.ok()) {
    RecordFailed(root, added.status());
    return;
  }
  ++report_.events_added;
}

void Loader::Finish() {
  if (fatal_ || stop_) return;
  for (PendingAffiliation& pa : affiliations_) {
    auto report = [&](std::string path_suffix, std::string message,
                      absl::StatusCode code) {
      if (report_.problems.size() >= options_.max_errors) {
        report_.stopped_early = true;
        return;
      }
      JsonProblem p;
      p.file = file_;
      p.line = pa.line;
      p.column = pa.column;
      p.path = pa.path + path_suffix;
      p.message = std::move(message);
      p.code = code;
      report_.problems.push_back(std::move(p));
      ++report_.records_skipped;
    };
    ActorId org;
    if (auto it = actor_ids_.find(pa.organization); it != actor_ids_.end()) {
      org = it->second;
    } else if (absl::StatusOr<ActorId> a = graph_.FindActorByIso3(pa.organization);
               pa.organization.size() == 3 && a.ok()) {
      org = *a;
    } else if (absl::StatusOr<ActorId> b = graph_.FindActor(pa.organization);
               b.ok()) {
      org = *b;
    } else {
      report(".organization",
             absl::StrCat("no actor ", internal::Quoted(pa.organization),
                          " in the file or in the graph"),
             absl::StatusCode::kNotFound);
      continue;
    }
    pa.affiliation.organization = org;
    if (pa.existing_member) {
      const std::vector<Affiliation>& have =
          graph_.actor(pa.member).affiliations;
      if (std::find(have.begin(), have.end(), pa.affiliation) != have.end()) {
        continue;
      }
    }
    absl::Status s = graph_.AddAffiliation(pa.member, pa.affiliation);
    if (!s.ok()) {
      report("", std::string(s.message()), s.code());
      continue;
    }
    ++report_.affiliations_added;
  }
}

// ----------------------------------------------------------------------
// Parse drivers.

// Forwards SAX events to the loader and, while it accepts them, to a
// schema validator.
class Tee {
 public:
  Tee(Loader& loader, rapidjson::SchemaValidator* validator)
      : l_(loader), v_(validator) {}

  bool schema_failed() const { return failed_; }
  size_t fail_offset() const { return fail_offset_; }

#define DIPLOGRAPH_TEE_(call_loader, call_validator) \
  if (!(call_loader)) return false;                  \
  if (v_ != nullptr && !failed_ && !(call_validator)) {       \
    failed_ = true;                                  \
    fail_offset_ = l_.prev_end_;                     \
  }                                                  \
  return true

  bool Null() { DIPLOGRAPH_TEE_(l_.Null(), v_->Null()); }
  bool Bool(bool b) { DIPLOGRAPH_TEE_(l_.Bool(b), v_->Bool(b)); }
  bool Int(int i) { DIPLOGRAPH_TEE_(l_.Int(i), v_->Int(i)); }
  bool Uint(unsigned i) { DIPLOGRAPH_TEE_(l_.Uint(i), v_->Uint(i)); }
  bool Int64(int64_t i) { DIPLOGRAPH_TEE_(l_.Int64(i), v_->Int64(i)); }
  bool Uint64(uint64_t i) { DIPLOGRAPH_TEE_(l_.Uint64(i), v_->Uint64(i)); }
  bool Double(double d) { DIPLOGRAPH_TEE_(l_.Double(d), v_->Double(d)); }
  bool RawNumber(const char*, rapidjson::SizeType, bool) { return false; }
  bool String(const char* s, rapidjson::SizeType n, bool c) {
    DIPLOGRAPH_TEE_(l_.String(s, n, c), v_->String(s, n, c));
  }
  bool Key(const char* s, rapidjson::SizeType n, bool c) {
    DIPLOGRAPH_TEE_(l_.Key(s, n, c), v_->Key(s, n, c));
  }
  bool StartObject() { DIPLOGRAPH_TEE_(l_.StartObject(), v_->StartObject()); }
  bool EndObject(rapidjson::SizeType n) {
    DIPLOGRAPH_TEE_(l_.EndObject(n), v_->EndObject(n));
  }
  bool StartArray() { DIPLOGRAPH_TEE_(l_.StartArray(), v_->StartArray()); }
  bool EndArray(rapidjson::SizeType n) {
    DIPLOGRAPH_TEE_(l_.EndArray(n), v_->EndArray(n));
  }
#undef DIPLOGRAPH_TEE_

 private:
  Loader& l_;
  rapidjson::SchemaValidator* v_;
  bool failed_ = false;
  size_t fail_offset_ = 0;
};

std::string SchemaMessage(const rapidjson::SchemaValidator& v) {
  rapidjson::StringBuffer sb;
  v.GetInvalidSchemaPointer().StringifyUriFragment(sb);
  return absl::StrCat("does not match the schema (rule \"",
                      v.GetInvalidSchemaKeyword(), "\" at ", sb.GetString(),
                      ")");
}

bool IsGzip(absl::string_view text) {
  return text.size() >= 2 && static_cast<unsigned char>(text[0]) == 0x1f &&
         static_cast<unsigned char>(text[1]) == 0x8b;
}
constexpr char kGzipMessage[] =
    "this is a gzip-compressed file, not JSON (decompress it first)";

// A clearer message than "Invalid value" for files that are not JSON.
std::string SyntaxMessage(absl::string_view text, rapidjson::ParseErrorCode code,
                          size_t offset) {
  if (offset == 0 && IsGzip(text)) return kGzipMessage;
  if (offset == 0 && code == rapidjson::kParseErrorValueInvalid) {
    const size_t nl = text.find('\n');
    const absl::string_view first = text.substr(0, nl);
    bool text_like = internal::FindInvalidUtf8(first) == absl::string_view::npos;
    for (char c : first) {
      const auto u = static_cast<unsigned char>(c);
      if ((u < 0x20 && c != '\t' && c != '\r') || u == 0x7f) text_like = false;
    }
    if (text_like && first.find('\t') != absl::string_view::npos) {
      return "not JSON: this looks like tab-separated text";
    }
    return "not JSON: the file does not start with a JSON value";
  }
  std::string m = rapidjson::GetParseError_En(code);
  if (!m.empty() && m.back() == '.') m.pop_back();
  // Start lower-case, like the other messages.
  if (!m.empty() && m[0] >= 'A' && m[0] <= 'Z') m[0] = static_cast<char>(m[0] - 'A' + 'a');
  return absl::StrCat("invalid JSON: ", m);
}

void Loader::LoadDocument(absl::string_view text) {
  lines_mode_ = false;
  base_ = text.data();
  size_ = text.size();
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
  if (const void* nul = std::memchr(text.data(), '\0', text.size())) {
    Problem(static_cast<const char*>(nul) - text.data(), "",
            "a NUL byte: not a JSON text", absl::StatusCode::kInvalidArgument,
            true);
    return;
  }
  rapidjson::MemoryStream stream(text.data(), text.size());
  stream_ = &stream;
  std::optional<rapidjson::SchemaValidator> validator;
  if (options_.check_schema) validator.emplace(*GetSchemas().document);
  Tee tee(*this, validator ? &*validator : nullptr);
  rapidjson::Reader reader;
  const rapidjson::ParseResult result = ParseText(reader, stream, text, tee);
  if (!result && !stop_ && !depth_error_ &&
      result.Code() != rapidjson::kParseErrorTermination) {
    Problem(result.Offset(), "",
            SyntaxMessage(text, result.Code(), result.Offset()),
            absl::StatusCode::kInvalidArgument, true);
  } else if (result && !fatal_ && !format_seen_ && root_seen_) {
    Problem(0, "format",
            absl::StrCat("missing: the document needs \"format\": \"",
                         kJsonFormatName, "\""),
            absl::StatusCode::kInvalidArgument, true);
  }
  if (validator && tee.schema_failed() && report_.problems.empty()) {
    Problem(tee.fail_offset(),
            PointerToPath(validator->GetInvalidDocumentPointer()),
            SchemaMessage(*validator), absl::StatusCode::kInvalidArgument,
            true);
  }
  section_ = Section::kNone;
}

template <typename NextLine>
void Loader::LoadLines(NextLine next_line) {
  lines_mode_ = true;
  // The generic line schema, and one per record type (made when needed).
  std::optional<rapidjson::SchemaValidator> any_line;
  std::optional<rapidjson::SchemaValidator> by_type[5];
  if (options_.check_schema) any_line.emplace(*GetSchemas().line);
  rapidjson::Reader reader;  // reused: its stack is allocated once
  absl::string_view line;
  bool too_long = false;
  uint32_t number = 0;
  while (!stop_ && !fatal_ && next_line(&line, &too_long)) {
    ++number;
    line_ = number;
    base_ = line.data();
    size_ = line.size();
    if (too_long) {
      Problem(0, "",
              absl::StrCat("line longer than the limit of ",
                           options_.max_line_bytes, " bytes"),
              absl::StatusCode::kResourceExhausted, !format_seen_);
      ++report_.records_skipped;
      continue;
    }
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    size_ = line.size();
    if (line.find_first_not_of(" \t") == absl::string_view::npos) continue;
    if (number == 1 && IsGzip(line)) {
      Problem(0, "", kGzipMessage, absl::StatusCode::kInvalidArgument, true);
      break;
    }
    if (const void* nul = std::memchr(line.data(), '\0', line.size())) {
      Problem(static_cast<const char*>(nul) - line.data(), "",
              "a NUL byte: not a JSON text", absl::StatusCode::kInvalidArgument,
              !format_seen_);
      ++report_.records_skipped;
      continue;
    }
    const size_t before = report_.problems.size();
    rapidjson::MemoryStream stream(line.data(), line.size());
    stream_ = &stream;
    prev_end_ = 0;
    depth_ = 0;
    building_ = false;
    depth_error_ = false;
    open_.clear();
    rapidjson::SchemaValidator* validator = nullptr;
    if (options_.check_schema) {
      validator = &*any_line;
      const Section type = LeadingType(line);
      if (type != Section::kNone) {
        const int k = static_cast<int>(type) - static_cast<int>(Section::kActors);
        if (!by_type[k]) by_type[k].emplace(*GetSchemas().record[k]);
        validator = &*by_type[k];
      }
      validator->Reset();
    }
    Tee tee(*this, validator);
    const rapidjson::ParseResult result = ParseText(reader, stream, line, tee);
    if (!result && !stop_ && !depth_error_ &&
        result.Code() != rapidjson::kParseErrorTermination) {
      Problem(result.Offset(), "",
              SyntaxMessage(line, result.Code(), result.Offset()),
              absl::StatusCode::kInvalidArgument, !format_seen_);
      ++report_.records_skipped;
    } else if (depth_error_) {
      ++report_.records_skipped;
    }
    if (validator && tee.schema_failed() && report_.problems.size() == before) {
      // The loader accepted a record the schema refuses: do not keep it.
      Problem(tee.fail_offset(),
              PointerToPath(validator->GetInvalidDocumentPointer()),
              SchemaMessage(*validator), absl::StatusCode::kInvalidArgument,
              true);
    }
    if (!format_seen_ && !fatal_) {
      // The first line was not a header and did not say why.
      Problem(0, "",
              absl::StrCat("the first line must be the header {\"format\": \"",
                           kJsonFormatName, "\"}"),
              absl::StatusCode::kInvalidArgument, true);
    }
  }
  if (!fatal_ && !stop_ && number == 0) {
    line_ = 0;
    base_ = "";
    size_ = 0;
    Problem(0, "", "the file is empty (no header line)",
            absl::StatusCode::kInvalidArgument, true);
  }
}

// Splits a memory buffer into lines.
class MemoryLines {
 public:
  MemoryLines(absl::string_view text, size_t max_line)
      : text_(text), max_line_(max_line) {}
  bool operator()(absl::string_view* line, bool* too_long) {
    if (pos_ >= text_.size()) return false;
    const size_t nl = text_.find('\n', pos_);
    const size_t end = nl == absl::string_view::npos ? text_.size() : nl;
    *line = text_.substr(pos_, end - pos_);
    *too_long = line->size() > max_line_;
    pos_ = end + 1;
    return true;
  }

 private:
  absl::string_view text_;
  size_t max_line_;
  size_t pos_ = 0;
};

// Reads lines from a stream in pieces, keeping at most one line (up to the
// limit) in memory. The buffer starts at 64 KiB, small enough to stay in
// the CPU cache between the read and the parse (a 1 MiB buffer made loads
// 1.6x slower), and grows for longer lines.
class StreamLines {
 public:
  StreamLines(std::istream& in, size_t max_line) : in_(in), max_line_(max_line) {
    buffer_.resize(std::min<size_t>(max_line + 1, size_t{1} << 16));
  }
  bool failed() const { return in_.bad(); }

  bool operator()(absl::string_view* line, bool* too_long) {
    *too_long = false;
    for (;;) {
      const char* nl = static_cast<const char*>(
          std::memchr(buffer_.data() + begin_, '\n', end_ - begin_));
      if (nl != nullptr) {
        const size_t len = static_cast<size_t>(nl - buffer_.data()) - begin_;
        *line = absl::string_view(buffer_.data() + begin_, len);
        begin_ += len + 1;
        if (len > max_line_) {
          *too_long = true;
          *line = absl::string_view();
        }
        return true;
      }
      if (eof_) {
        if (begin_ == end_) return false;
        *line = absl::string_view(buffer_.data() + begin_, end_ - begin_);
        begin_ = end_;
        if (line->size() > max_line_) {
          *too_long = true;
          *line = absl::string_view();
        }
        return true;
      }
      // Make room: move the partial line to the front, grow up to the limit.
      if (begin_ > 0) {
        std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
        end_ -= begin_;
        begin_ = 0;
      }
      if (end_ == buffer_.size()) {
        if (buffer_.size() > max_line_) {
          // Too long: drop it up to the next newline.
          end_ = 0;
          skipping_ = true;
        } else {
          buffer_.resize(std::min(buffer_.size() * 2, max_line_ + 1));
        }
      }
      in_.read(buffer_.data() + end_,
               static_cast<std::streamsize>(buffer_.size() - end_));
      const size_t got = static_cast<size_t>(in_.gcount());
      if (got == 0) eof_ = true;
      if (skipping_) {
        const char* q =
            static_cast<const char*>(std::memchr(buffer_.data() + end_, '\n', got));
        if (q == nullptr && got > 0) continue;  // still inside the long line
        skipping_ = false;
        if (q != nullptr) {
          begin_ = static_cast<size_t>(q - buffer_.data()) + 1;
          end_ += got;
        }
        *too_long = true;
        *line = absl::string_view();
        return true;
      }
      end_ += got;
    }
  }

 private:
  std::istream& in_;
  size_t max_line_;
  std::vector<char> buffer_;
  size_t begin_ = 0, end_ = 0;
  bool eof_ = false;
  bool skipping_ = false;
};

// Summarises a failed load as one status.
absl::Status ToStatus(const JsonLoadReport& report) {
  const JsonProblem& first = report.problems.front();
  if (report.problems.size() == 1) {
    return absl::Status(first.code, first.ToString());
  }
  return absl::Status(
      first.code, absl::StrCat(first.ToString(), " (and ",
                               report.problems.size() - 1, " more problem",
                               report.problems.size() == 2 ? "" : "s",
                               report.stopped_early ? ", stopped early" : "",
                               ")"));
}

template <typename Body>
absl::Status RunLoad(Graph& graph, absl::string_view file_name,
                     const JsonLoadOptions& options, JsonLoadReport* report,
                     Body body) {
  JsonLoadReport local;
  JsonLoadReport& r = report != nullptr ? *report : local;
  r = JsonLoadReport();
  bool fatal = false;
  absl::Status status = graph.Update([&](Graph& g) -> absl::Status {
    Loader loader(g, file_name, options, &r);
    body(loader);
    loader.Finish();
    fatal = loader.fatal();
    if (r.problems.empty()) return absl::OkStatus();
    if (options.skip_bad_records && !fatal && !r.stopped_early) {
      return absl::OkStatus();
    }
    return ToStatus(r);
  });
  if (!status.ok()) {
    // Nothing was kept: the counts describe what would have been added.
    r.records_skipped = 0;
  }
  return status;
}

// A problem with the file as a whole (it cannot be opened or read).
JsonProblem FileProblem(const std::string& path, const absl::Status& s) {
  JsonProblem p;
  p.file = path;
  p.message = std::string(s.message());
  p.code = s.code();
  return p;
}

}  // namespace

absl::Status LoadJson(absl::string_view text, absl::string_view file_name,
                      Graph& graph, const JsonLoadOptions& options,
                      JsonLoadReport* report) {
  const JsonLayout layout = internal::ResolveLayout(options.layout, file_name);
  return RunLoad(graph, file_name, options, report, [&](Loader& loader) {
    if (layout == JsonLayout::kLines) {
      loader.LoadLines(MemoryLines(text, options.max_line_bytes));
    } else {
      loader.LoadDocument(text);
    }
  });
}

absl::Status LoadJsonLines(std::istream& in, absl::string_view file_name,
                           Graph& graph, const JsonLoadOptions& options,
                           JsonLoadReport* report) {
  return RunLoad(graph, file_name, options, report, [&](Loader& loader) {
    if (!in.good()) {
      loader.Problem(0, "", "reading the stream failed",
                     absl::StatusCode::kDataLoss, true);
      return;
    }
    StreamLines lines(in, options.max_line_bytes);
    loader.LoadLines([&](absl::string_view* line, bool* too_long) {
      return lines(line, too_long);
    });
    if (lines.failed()) {
      loader.Problem(0, "", "reading the stream failed",
                     absl::StatusCode::kDataLoss, true);
    }
  });
}

absl::Status LoadJsonFile(const std::string& path, Graph& graph,
                          const JsonLoadOptions& options,
                          JsonLoadReport* report) {
  const JsonLayout layout = internal::ResolveLayout(options.layout, path);
  struct stat st;
  if (stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    absl::Status s = absl::InvalidArgumentError(
        absl::StrCat("cannot load ", path, ": it is a directory"));
    if (report != nullptr) {
      *report = JsonLoadReport();
      report->problems.push_back(
          FileProblem(path, s));
    }
    return s;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (report != nullptr) *report = JsonLoadReport();
    absl::Status s = internal::ErrnoStatus(errno, "cannot open", path);
    if (report != nullptr) {
      report->problems.push_back(
          FileProblem(path, s));
    }
    return s;
  }
  JsonLoadOptions resolved = options;
  resolved.layout = layout;
  if (layout == JsonLayout::kLines) {
    return LoadJsonLines(in, path, graph, resolved, report);
  }
  // Read in pieces, so that a pipe or a special file works and an oversized
  // input stops at the limit instead of exhausting memory.
  std::string text;
  constexpr size_t kChunk = size_t{1} << 20;
  while (in) {
    const size_t old = text.size();
    if (old > options.max_document_bytes) {
      absl::Status s = absl::ResourceExhaustedError(absl::StrCat(
          path, ": the document is larger than the limit of ",
          options.max_document_bytes, " bytes"));
      if (report != nullptr) {
        *report = JsonLoadReport();
        report->problems.push_back(FileProblem(path, s));
      }
      return s;
    }
    text.resize(old + kChunk);
    in.read(text.data() + old, static_cast<std::streamsize>(kChunk));
    text.resize(old + static_cast<size_t>(in.gcount()));
  }
  if (in.bad()) {
    absl::Status s = absl::DataLossError(absl::StrCat("cannot read ", path));
    if (report != nullptr) {
      *report = JsonLoadReport();
      report->problems.push_back(
          FileProblem(path, s));
    }
    return s;
  }
  return LoadJson(text, path, graph, resolved, report);
}

}  // namespace diplograph
