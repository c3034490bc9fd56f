// The record tree of the JSON loader: one record at a time (an element of
// a document's arrays, or one JSON Lines line) kept as a flat vector of
// nodes in document order, each with the byte offset where its value starts
// (for FILE:LINE:COL locations) and its member name. Strings and member
// names are copied into one arena; both buffers are reused from record to
// record, so a load allocates little per record.
//
// TreeBuilder is the SAX handler that fills it from RapidJSON's events. In
// a document it builds a tree for each element of a section array and for
// each other member of the root object, and asks its TreeListener what to
// do with the root's arrays; in JSON Lines each line is one tree.
//
// Thread safety: a builder, and a tree, belong to one thread at a time.

#ifndef DIPLOGRAPH_LIB_IO_JSON_TREE_H_
#define DIPLOGRAPH_LIB_IO_JSON_TREE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "rapidjson/memorystream.h"
#include "rapidjson/reader.h"

namespace diplograph::internal {

struct JsonNode {
  enum Type : uint8_t {
    kNull,
    kBool,
    kUint,
    kInt,
    kDouble,
    kString,
    kArray,
    kObject
  };
  Type type = kNull;
  bool b = false;
  uint32_t pos = 0;      // offset of the value in the input
  uint32_t key_off = 0;  // member name, in the arena (objects' members only)
  uint32_t key_len = 0;
  uint32_t str_off = 0;  // string value, in the arena
  uint32_t str_len = 0;
  uint32_t end = 0;  // index one past the last node of the subtree
  uint64_t u = 0;    // kUint
  int64_t i = 0;     // kInt (negative)
  double d = 0;      // kDouble
};

// "a string", "an object", ... for messages.
inline absl::string_view JsonTypeName(JsonNode::Type t) {
  switch (t) {
    case JsonNode::kNull:
      return "null";
    case JsonNode::kBool:
      return "a boolean";
    case JsonNode::kUint:
    case JsonNode::kInt:
      return "an integer";
    case JsonNode::kDouble:
      return "a number";
    case JsonNode::kString:
      return "a string";
    case JsonNode::kArray:
      return "an array";
    case JsonNode::kObject:
      return "an object";
  }
  return "a value";
}

// One record, node 0 its root. Children of a container follow it; the
// next sibling of node i is node nodes[i].end.
// The tree is a view: its nodes and string bytes live in storage owned
// elsewhere (a TreeBuilder's buffers, or a chunk of lines parsed on a
// worker thread, json_line_pipeline.h).
class RecordTree {
 public:
  const JsonNode& node(uint32_t i) const { return view_nodes_[i]; }
  absl::string_view Str(const JsonNode& n) const {
    return absl::string_view(view_arena_ + n.str_off, n.str_len);
  }
  absl::string_view KeyOf(const JsonNode& n) const {
    return absl::string_view(view_arena_ + n.key_off, n.key_len);
  }

  // Points the tree at `nodes` (node 0 the root) and at the bytes their
  // string and key offsets count from. Both must outlive the use.
  void SetView(const JsonNode* nodes, const char* arena) {
    view_nodes_ = nodes;
    view_arena_ = arena;
  }

 private:
  const JsonNode* view_nodes_ = nullptr;
  const char* view_arena_ = nullptr;
};

// What a TreeBuilder asks and tells its user.
class TreeListener {
 public:
  // Document mode: an array starts as the value of the root's member
  // `key`. Returns true if it is a section whose elements are records
  // (each then built as a tree of its own), false to build the whole
  // array as one tree.
  virtual bool EnterSection(absl::string_view key, uint32_t key_pos) = 0;
  // A section array closed.
  virtual void LeaveSection() = 0;
  // A tree is complete: `depth` 0 is a JSON Lines record or a document
  // root that is no object, 1 a member of the root, 2 a section element.
  virtual void TreeComplete(int depth) = 0;
  // A container opened deeper than the limit at `pos` (parsing stops).
  virtual void TooDeep(uint32_t pos) = 0;

 protected:
  ~TreeListener() = default;
};

class TreeBuilder : public RecordTree {
 public:
  // Parsing stops when `stop` becomes true (read after every event).
  TreeBuilder(TreeListener& listener, const bool& stop, int max_depth)
      : listener_(listener), stop_(stop), max_depth_(max_depth) {}

  // Starts a new input: a whole document (lines == false) or one line.
  void Start(absl::string_view text, const rapidjson::MemoryStream* stream,
             bool lines) {
    base_ = text.data();
    size_ = text.size();
    stream_ = stream;
    lines_ = lines;
    prev_end_ = 0;
    depth_ = 0;
    building_ = false;
    too_deep_ = false;
    open_.clear();
  }

  // The root member whose value was built last, and where its name starts.
  const std::string& root_key() const { return root_key_; }
  uint32_t root_key_pos() const { return root_key_pos_; }
  // Whether the document's root object was seen, and whether nesting was
  // too deep.
  bool root_seen() const { return root_seen_; }
  bool too_deep() const { return too_deep_; }
  // The offset just past the last event, for a schema validator's problem.
  size_t prev_end() const { return prev_end_; }

  // The nodes and string bytes of the tree completed last, for a copy.
  const std::vector<JsonNode>& built_nodes() const { return nodes_; }
  const std::string& built_arena() const { return arena_; }

  // Whether a record tree is being built, and at which depth it started
  // (as TreeListener::TreeComplete's `depth`).
  bool building() const { return building_; }
  int tree_depth() const { return tree_depth_; }
  // While a tree is being built: the path, inside it, of the value the
  // parser is at (".mentions[0].span" after its record prefix; "" for the
  // root), for problems the parser raises there (a bad number or escape,
  // nesting too deep). O(nodes of the tree).
  std::string PathInTree() const {
    std::string out;
    for (size_t k = 0; k < open_.size(); ++k) {
      const uint32_t container = open_[k];
      // The child at the next level: an open container, or the value
      // about to be parsed.
      const bool open_child = k + 1 < open_.size();
      const uint32_t stop =
          open_child ? open_[k + 1] : static_cast<uint32_t>(nodes_.size());
      if (nodes_[container].type == JsonNode::kArray) {
        uint32_t index = 0;
        for (uint32_t i = container + 1; i < stop; i = nodes_[i].end) ++index;
        out.append("[").append(std::to_string(index)).append("]");
      } else if (open_child) {
        const JsonNode& n = nodes_[stop];
        out.append(".").append(arena_.data() + n.key_off, n.key_len);
      } else if (pending_key_len_ > 0) {
        out.append(".").append(arena_.data() + pending_key_off_,
                               pending_key_len_);
      }
    }
    return out;
  }

  // ----- RapidJSON SAX handler -----
  bool Null() { return Scalar(JsonNode::kNull); }
  bool Bool(bool b) {
    if (!Scalar(JsonNode::kBool)) return false;
    if (building_) nodes_.back().b = b;
    return true;
  }
  bool Int(int v) {
    return v < 0 ? Int64(v) : Uint64(static_cast<unsigned>(v));
  }
  bool Uint(unsigned v) { return Uint64(v); }
  bool Int64(int64_t v) {
    if (v >= 0) return Uint64(static_cast<uint64_t>(v));
    if (!Scalar(JsonNode::kInt)) return false;
    if (building_) nodes_.back().i = v;
    return true;
  }
  bool Uint64(uint64_t v) {
    if (!Scalar(JsonNode::kUint)) return false;
    if (building_) nodes_.back().u = v;
    return true;
  }
  bool Double(double v) {
    if (!Scalar(JsonNode::kDouble)) return false;
    if (building_) nodes_.back().d = v;
    return true;
  }
  bool RawNumber(const char*, rapidjson::SizeType, bool) { return false; }
  bool String(const char* s, rapidjson::SizeType len, bool) {
    const uint32_t pos = ValueStart();
    if (building_ || BeginValue(JsonNode::kString)) {
      JsonNode& n = Push(JsonNode::kString, pos);
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
  bool StartObject() { return StartContainer(JsonNode::kObject); }
  bool StartArray() { return StartContainer(JsonNode::kArray); }
  bool EndObject(rapidjson::SizeType) { return EndContainer(); }
  bool EndArray(rapidjson::SizeType) { return EndContainer(); }

 private:
  // Where the value of the current event starts: past separators, and past
  // closing brackets that the iterative parser reports before consuming.
  uint32_t ValueStart() {
    size_t p = prev_end_;
    while (p < size_) {
      const char c = base_[p];
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

  JsonNode& Push(JsonNode::Type type, uint32_t pos) {
    nodes_.emplace_back();
    JsonNode& n = nodes_.back();
    n.type = type;
    n.pos = pos;
    n.key_off = pending_key_off_;
    n.key_len = pending_key_len_;
    pending_key_len_ = 0;
    n.end = static_cast<uint32_t>(nodes_.size());
    return n;
  }

  // Decides whether a value starting at the current depth is built into a
  // record tree (true) or handled as part of the document's frame (false).
  bool BeginValue(JsonNode::Type type) {
    if (!lines_) {
      if (depth_ == 0 && type == JsonNode::kObject) return false;  // the root
      if (depth_ == 1 && type == JsonNode::kArray &&
          listener_.EnterSection(root_key_, root_key_pos_)) {
        return false;
      }
    }
    StartTree();
    return true;
  }

  void StartTree() {
    building_ = true;
    tree_depth_ = depth_;
    nodes_.clear();
    arena_.clear();
    pending_key_len_ = 0;
  }

  bool Scalar(JsonNode::Type type) {
    const uint32_t pos = ValueStart();
    if (building_ || BeginValue(type)) Push(type, pos);
    return AfterScalar();
  }

  bool AfterScalar() {
    if (building_ && depth_ == tree_depth_) return CompleteTree();
    return !stop_;
  }

  bool StartContainer(JsonNode::Type type) {
    const uint32_t pos = ValueStart();
    if (depth_ + 1 > max_depth_) {
      too_deep_ = true;
      listener_.TooDeep(pos);
      return false;
    }
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
    if (depth_ == 1) listener_.LeaveSection();
    return !stop_;
  }

  bool CompleteTree() {
    building_ = false;
    SetView(nodes_.data(), arena_.data());
    listener_.TreeComplete(tree_depth_);
    return !stop_;
  }

  TreeListener& listener_;
  const bool& stop_;
  const int max_depth_;

  const char* base_ = nullptr;
  size_t size_ = 0;
  const rapidjson::MemoryStream* stream_ = nullptr;
  bool lines_ = false;
  size_t prev_end_ = 0;
  int depth_ = 0;
  bool too_deep_ = false;
  bool building_ = false;
  int tree_depth_ = 0;
  bool root_seen_ = false;
  // The tree being built (the view is set on it when it is complete).
  std::vector<JsonNode> nodes_;
  std::string arena_;
  std::vector<uint32_t> open_;
  uint32_t pending_key_off_ = 0;
  uint32_t pending_key_len_ = 0;
  std::string root_key_;
  uint32_t root_key_pos_ = 0;
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_IO_JSON_TREE_H_
