// Private: the actor network that the GraphML, GEXF and DOT exports write,
// walked once here: which nodes (actors) and edges (statement targets,
// relationships) there are, in which order, and the scalar attributes of
// each. One table of attributes, filled per record into a reused row, keeps
// the three formats saying the same thing (docs/exports.md lists them);
// each format supplies only a NetworkEmitter, the syntax of one node and one
// edge.
//
//   class MyEmitter : public NetworkEmitter { ... };
//   MyEmitter emitter;
//   WalkNetwork(ctx, sink, emitter);
//
// Not thread-safe (a walk writes one sink); O(selected records + their
// attribute text).

#ifndef DIPLOGRAPH_LIB_IO_EXPORT_ATTRIBUTES_H_
#define DIPLOGRAPH_LIB_IO_EXPORT_ATTRIBUTES_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "diplograph/export.h"
#include "diplograph/graph.h"
#include "io/export_sink.h"

namespace diplograph::internal {

enum class AttrType : uint8_t { kString, kDouble, kBoolean };

struct AttrDef {
  absl::string_view name;
  AttrType type;
};

// Node attributes, in output order.
enum NodeAttr : size_t {
  kNodeLabel,
  kNodeKind,
  kNodeIso3,
  kNodeCameoCode,
  kNodeAliases,
  kNodeAffiliations,
  kNodeAttrCount
};

// Edge attributes, in output order.
enum EdgeAttr : size_t {
  kEdgeLabel,
  kEdgeWeight,
  kEdgeKind,  // "statement" or "relationship"
  kEdgeRecord,
  kEdgeDirected,
  kEdgeDate,
  kEdgeText,
  kEdgeQuote,
  kEdgeEventCode,
  kEdgeEventName,
  kEdgeQuadClass,
  kEdgePolarity,
  kEdgeChannel,
  kEdgeLocation,
  kEdgeSource,
  kEdgeSourceLocator,
  kEdgeReportedBy,
  kEdgeTopics,
  kEdgeLinks,
  kEdgeKey,
  kEdgeLabelVariants,
  kEdgeValidFrom,
  kEdgeValidUntil,
  kEdgeEvidence,
  kEdgeAttrCount
};

absl::Span<const AttrDef> NodeAttrDefs();
absl::Span<const AttrDef> EdgeAttrDefs();

// The XML Schema name of the type ("string", "double", "boolean"), which
// GraphML and GEXF both use.
absl::string_view AttrTypeName(AttrType type);

// A record's attribute values; an empty value is "not set" and is left out
// (booleans and numbers are always set where they apply).
struct AttrRow {
  std::vector<std::string> values;
  std::vector<bool> set;
  explicit AttrRow(size_t n) : values(n), set(n, false) {}
  void Clear() {
    for (size_t i = 0; i < values.size(); ++i) {
      values[i].clear();
      set[i] = false;
    }
  }
  std::string& Start(size_t i) {
    set[i] = true;
    return values[i];
  }
};

// What the actor-network exporters share: the graph, options, selection.
struct NetworkContext {
  const Graph& graph;
  const ExportOptions& options;
  const ExportSelection& selection;
  ExportProgressState* progress = nullptr;
};

void FillActorRow(const NetworkContext& ctx, ActorId id, AttrRow& row);

// The attributes every edge of statement `s` shares; then
// SetStatementTarget for each target i of s (label, polarity).
void FillStatementRow(const NetworkContext& ctx, const StatementView& s,
                      AttrRow& row);
void SetStatementTarget(const StatementView& s, size_t target_index,
                        AttrRow& row);

// The id of edge `target_index` of statement s: "s12-0".
void AppendStatementEdgeId(std::string& out, StatementId id,
                           size_t target_index);

void FillRelationshipRow(const NetworkContext& ctx, RelationshipId id,
                         AttrRow& row);

// Calls f(def, value) for each attribute set in `row`, in table order.
template <typename F>
void ForEachSetAttr(const AttrRow& row, absl::Span<const AttrDef> defs, F f) {
  for (size_t i = 0; i < defs.size(); ++i) {
    if (row.set[i]) f(defs[i], row.values[i]);
  }
}

// An edge of the actor network: target `target_index` of a statement, or a
// relationship.
struct NetworkEdge {
  StatementId statement;        // valid for a statement's edge
  size_t target_index = 0;      // with `statement`
  RelationshipId relationship;  // valid for a relationship's edge
  ActorId from;
  ActorId to;
  bool directed = true;
  // When the edge holds: the statement's date (both ends), or the
  // relationship's validity; unknown where open.
  Date begin;
  Date end;

  // Appends the edge's id: "s12-0" or "r5".
  void AppendId(std::string& out) const;
  // Appends the start of the edge's XML element, as GraphML and GEXF both
  // write it: `<edge id="s12-0" source="a1" target="a2"` (no '>').
  void AppendXmlStart(std::string& out) const;
};

// The syntax of one format's nodes and edges. Each call appends to `out`,
// the sink's buffer; `row` holds the record's attributes (NodeAttr or
// EdgeAttr order).
class NetworkEmitter {
 public:
  virtual ~NetworkEmitter() = default;
  virtual void Node(std::string& out, ActorId id, const AttrRow& row) = 0;
  // Between the last node and the first edge.
  virtual void EndNodes(std::string& out) { static_cast<void>(out); }
  virtual void Edge(std::string& out, const NetworkEdge& edge,
                    const AttrRow& row) = 0;
};

// Calls `emitter` for every selected actor (by id), then for every target of
// every selected statement (by date; statements with no target have no
// edge), then for every selected relationship (by id), counting each record
// on the sink. The format's header and footer are the caller's.
void WalkNetwork(const NetworkContext& ctx, ExportSink& sink,
                 NetworkEmitter& emitter);

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_IO_EXPORT_ATTRIBUTES_H_
