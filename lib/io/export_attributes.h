// Private: the scalar attributes the actor-network exports (GraphML, GEXF,
// DOT) give to nodes (actors) and edges (statement targets, relationships).
// One table of attributes, filled per record into a reused row, keeps the
// three formats saying the same thing (docs/exports.md lists them).

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

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_IO_EXPORT_ATTRIBUTES_H_
