// Exports: a graph, or a filtered part of it, written in the formats that
// graph tools, RDF stores and graph databases open — GraphML (networkx,
// igraph, Gephi, yEd, Boost.Graph), GEXF with time (Gephi's timeline), DOT
// (Graphviz), RDF N-Quads (any RDF store; an RDF 1.2 option), and the CSV
// files of Neo4j's `neo4j-admin database import`. docs/exports.md describes
// each mapping and the small RDF vocabulary.
//
//   // The whole graph, for Gephi:
//   absl::Status s = diplograph::ExportGraphFile(
//       graph, diplograph::ExportFormat::kGexf, "graph.gexf");
//
//   // What China said about the United States in 2024, for networkx:
//   diplograph::ExportOptions options;
//   options.filter = diplograph::StatementQuery(graph);
//   options.filter->By(china).WithAffiliates().About(united_states);
//   options.during = *diplograph::Interval::Parse("2024");
//   s = diplograph::ExportGraphFile(graph, diplograph::ExportFormat::kGraphML,
//                                   "china-us-2024.graphml", options);
//
// What is exported. Without a filter and with the default (open) time slice,
// every actor, statement, relationship and source. Otherwise the statements
// the filter matches whose date overlaps the slice; the relationships whose
// validity overlaps the slice (with a filter: only those with evidence among
// the exported statements); the actors and sources these refer to. Links
// between statements, and evidence, that point at a statement left out are
// left out too, so that every exported reference resolves. Events are not
// exported.
//
// The actor-network formats (GraphML, GEXF, DOT) draw actors as nodes and
// each (statement, target) pair and each relationship as an edge with an
// id of its own ("s12-0", "r5"); a statement with no target has no edge
// there (N-Quads and Neo4j keep it, as a resource or a node).
//
// Streaming and determinism. Exports read the graph in place and write
// through a fixed-size buffer: memory is O(records / 8) bytes of selection
// bits beyond the graph, never a second copy of it. The same graph with the
// same options gives the same bytes (records in a fixed order, no
// timestamps).
//
// Files are written atomically as SaveJsonFile writes them: into a
// temporary file in the target's directory, flushed and synced, then
// renamed over the target; on failure nothing is left behind and a previous
// file at the path is intact. The Neo4j export is a directory of CSV files,
// written into a temporary directory that is renamed to the target path
// (which must not exist or be an empty directory).
//
// Thread safety: the functions are reentrant and only read the graph; they
// may run alongside other readers of it.

#ifndef DIPLOGRAPH_EXPORT_H_
#define DIPLOGRAPH_EXPORT_H_

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "diplograph/date.h"
#include "diplograph/graph.h"
#include "diplograph/statement_query.h"

namespace diplograph {

enum class ExportFormat : uint8_t {
  kGraphML = 0,   // GraphML 1.0 (.graphml)
  kGexf = 1,      // GEXF 1.3, or 1.2draft (.gexf)
  kDot = 2,       // Graphviz DOT (.dot, .gv)
  kNQuads = 3,    // RDF 1.1 N-Quads, or RDF 1.2 N-Quads (.nq)
  kNeo4jCsv = 4,  // a directory of CSV files for neo4j-admin import
};

// "graphml", "gexf", "dot", "nquads", "neo4j".
absl::string_view ExportFormatName(ExportFormat format);

// The inverse of ExportFormatName (ASCII case ignored; "gv" and "nq" are
// accepted too). Errors: InvalidArgument naming the text and the formats.
absl::StatusOr<ExportFormat> ParseExportFormat(absl::string_view name);

// The format a file name asks for by its extension: .graphml, .gexf, .dot
// or .gv, .nq; a name ending in '/' or with no extension is a Neo4j
// directory. Errors: InvalidArgument for another extension.
absl::StatusOr<ExportFormat> ExportFormatForPath(absl::string_view path);

enum class GexfVersion : uint8_t {
  k1_3 = 0,       // http://gexf.net/1.3 (Gephi 0.9+, graphology)
  k1_2draft = 1,  // http://www.gexf.net/1.2draft (networkx, older Gephi)
};

enum class RdfVersion : uint8_t {
  // RDF 1.1: each statement's content in a named graph of its own.
  kRdf11 = 0,
  // RDF 1.2: as kRdf11, and the statement resource also reifies each triple
  // of its content (`<statement> rdf:reifies <<( s p o )>>`).
  kRdf12 = 1,
};

struct ExportOptions {
  // Only the statements this query matches (see the file comment); the
  // whole graph when empty. REQUIRES: built on the graph being exported.
  std::optional<StatementQuery> filter;
  // The time slice (default: open at both ends, everything).
  Interval during;
  GexfVersion gexf_version = GexfVersion::k1_3;
  RdfVersion rdf_version = RdfVersion::kRdf11;
  // Prefix of the IRIs given to records in RDF ("<base>actor/3"). Must be an
  // absolute IRI without spaces, quotes or angle brackets.
  std::string rdf_base = "urn:diplograph:";
  // Between the items of a list written as one string attribute (aliases,
  // topics, relay chain) in GraphML, GEXF and DOT. Non-empty.
  std::string list_separator = "|";
};

// Writes the export to `out`. Time O(actors + relationships + evidence +
// statements in the slice's date range + output size); memory O(records / 8)
// plus a 1 MiB buffer.
// Errors: InvalidArgument for kNeo4jCsv (a directory, not a stream: use
// ExportGraphFile), for a bad rdf_base or empty list_separator, or for a
// filter Run() rejects (its message); DataLoss when the stream fails.
absl::Status ExportGraph(const Graph& graph, ExportFormat format,
                         std::ostream& out, const ExportOptions& options = {});

// Writes the export to `path` atomically (see the file comment); for
// kNeo4jCsv, `path` is the directory to create. Same time and memory as
// ExportGraph.
// Errors: as ExportGraph (except kNeo4jCsv is accepted); the errno-derived
// code with the path and the failing step when writing fails (NotFound for
// a missing directory, PermissionDenied, ResourceExhausted for a full disk
// or a file-size limit, ...); AlreadyExists when a Neo4j target directory
// is not empty; InvalidArgument for a path naming a directory (other
// formats).
absl::Status ExportGraphFile(const Graph& graph, ExportFormat format,
                             const std::string& path,
                             const ExportOptions& options = {});

// The files of a Neo4j export, in the order neo4j-admin takes them, with
// their label or relationship type: {"actors.csv", "Actor"}, ...
struct Neo4jFile {
  absl::string_view file_name;
  absl::string_view label_or_type;  // node label, or relationship type
  bool is_node_file;
};
absl::Span<const Neo4jFile> Neo4jFiles();

}  // namespace diplograph

#endif  // DIPLOGRAPH_EXPORT_H_
