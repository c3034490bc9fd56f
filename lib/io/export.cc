// The export entry points (export.h): options checks, the selection, and the
// output (stream, atomic file or atomic directory) handed to a format's
// writer.

#include "diplograph/export.h"

#include <memory>
#include <ostream>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "io/export_attributes.h"
#include "io/export_formats.h"
#include "io/export_sink.h"
#include "util/status_macros.h"

namespace diplograph {

namespace {

constexpr Neo4jFile kNeo4jFiles[] = {
    {"actors.csv", "Actor", true},
    {"statements.csv", "Statement", true},
    {"sources.csv", "Source", true},
    {"relationships.csv", "Relationship", true},
    {"said.csv", "SAID", false},
    {"about.csv", "ABOUT", false},
    {"reported_by.csv", "REPORTED_BY", false},
    {"in_source.csv", "IN_SOURCE", false},
    {"responds_to.csv", "RESPONDS_TO", false},
    {"refers_to.csv", "REFERS_TO", false},
    {"same_utterance.csv", "SAME_UTTERANCE", false},
    {"published_by.csv", "PUBLISHED_BY", false},
    {"affiliated_with.csv", "AFFILIATED_WITH", false},
    {"relationship_from.csv", "FROM", false},
    {"relationship_to.csv", "TO", false},
    {"evidence.csv", "EVIDENCE_FOR", false},
    {"source_evidence.csv", "EVIDENCE_FOR", false},
};

absl::Status CheckOptions(ExportFormat format, const ExportOptions& options) {
  if (options.list_separator.empty()) {
    return absl::InvalidArgumentError(
        "export: list_separator: must not be empty");
  }
  if (format == ExportFormat::kNQuads) {
    const std::string& base = options.rdf_base;
    const size_t colon = base.find(':');
    if (colon == std::string::npos || colon == 0 ||
        !absl::ascii_isalpha(static_cast<unsigned char>(base[0]))) {
      return absl::InvalidArgumentError(
          absl::StrCat("export: rdf_base: \"", base,
                       "\" is not an absolute IRI (it needs a scheme, as in "
                       "\"urn:diplograph:\" or \"https://example.org/\")"));
    }
    for (const char c : base) {
      const auto u = static_cast<unsigned char>(c);
      if (u <= 0x20 || absl::StrContains("<>\"{}|^`\\", c)) {
        return absl::InvalidArgumentError(
            absl::StrCat("export: rdf_base: \"", base,
                         "\" contains a character IRIs do not allow"));
      }
    }
  }
  if (options.parquet_zstd_level < 0 || options.parquet_zstd_level > 19) {
    return absl::InvalidArgumentError(
        absl::StrCat("export: parquet_zstd_level: ", options.parquet_zstd_level,
                     " is not in 0 ... 19"));
  }
  if (static_cast<uint8_t>(format) >
      static_cast<uint8_t>(ExportFormat::kParquet)) {
    return absl::InvalidArgumentError("export: unknown format");
  }
  return absl::OkStatus();
}

internal::ExportProgressState StartProgress(
    const ExportOptions& options, const internal::ExportSelection& selection) {
  internal::ExportProgressState state;
  state.callback = &options.progress;
  state.progress.total_records = selection.record_count;
  return state;
}

// The last report: every record written (the network formats write no
// source records of their own).
void FinishProgress(internal::ExportProgressState& state) {
  state.progress.records = state.progress.total_records;
  state.Report();
}

absl::Status WriteTo(const internal::NetworkContext& ctx, ExportFormat format,
                     internal::ExportSink& sink) {
  switch (format) {
    case ExportFormat::kGraphML:
      return internal::WriteGraphML(ctx, sink);
    case ExportFormat::kGexf:
      return internal::WriteGexf(ctx, sink);
    case ExportFormat::kDot:
      return internal::WriteDot(ctx, sink);
    case ExportFormat::kNQuads:
      return internal::WriteNQuads(ctx, sink);
    case ExportFormat::kNeo4jCsv:
    case ExportFormat::kParquet:
      break;
  }
  return absl::InvalidArgumentError(
      "export: the Neo4j and Parquet exports are directories of files, not "
      "streams");
}

}  // namespace

absl::string_view ExportFormatName(ExportFormat format) {
  switch (format) {
    case ExportFormat::kGraphML:
      return "graphml";
    case ExportFormat::kGexf:
      return "gexf";
    case ExportFormat::kDot:
      return "dot";
    case ExportFormat::kNQuads:
      return "nquads";
    case ExportFormat::kNeo4jCsv:
      return "neo4j";
    case ExportFormat::kParquet:
      return "parquet";
  }
  return "unknown";
}

absl::StatusOr<ExportFormat> ParseExportFormat(absl::string_view name) {
  const std::string lower = absl::AsciiStrToLower(name);
  if (lower == "graphml") return ExportFormat::kGraphML;
  if (lower == "gexf") return ExportFormat::kGexf;
  if (lower == "dot" || lower == "gv") return ExportFormat::kDot;
  if (lower == "nquads" || lower == "nq") return ExportFormat::kNQuads;
  if (lower == "neo4j") return ExportFormat::kNeo4jCsv;
  if (lower == "parquet") return ExportFormat::kParquet;
  return absl::InvalidArgumentError(absl::StrCat(
      "export format \"", name,
      "\": not one of graphml, gexf, dot, nquads, neo4j, parquet"));
}

absl::StatusOr<ExportFormat> ExportFormatForPath(absl::string_view path) {
  if (absl::EndsWith(path, "/")) return ExportFormat::kNeo4jCsv;
  const size_t slash = path.rfind('/');
  const absl::string_view base =
      slash == absl::string_view::npos ? path : path.substr(slash + 1);
  const size_t dot = base.rfind('.');
  if (dot == absl::string_view::npos || dot == 0) {
    return ExportFormat::kNeo4jCsv;
  }
  const std::string ext = absl::AsciiStrToLower(base.substr(dot + 1));
  if (ext == "graphml") return ExportFormat::kGraphML;
  if (ext == "gexf") return ExportFormat::kGexf;
  if (ext == "dot" || ext == "gv") return ExportFormat::kDot;
  if (ext == "nq") return ExportFormat::kNQuads;
  return absl::InvalidArgumentError(absl::StrCat(
      "export ", path, ": unknown extension \".", ext,
      "\" (expected .graphml, .gexf, .dot, .gv, .nq, or a directory for "
      "Neo4j)"));
}

absl::Span<const Neo4jFile> Neo4jFiles() { return kNeo4jFiles; }

absl::Status ExportGraph(const Graph& graph, ExportFormat format,
                         std::ostream& out, const ExportOptions& options) {
  DIPLOGRAPH_RETURN_IF_ERROR(CheckOptions(format, options));
  if (format == ExportFormat::kNeo4jCsv || format == ExportFormat::kParquet) {
    return absl::InvalidArgumentError(absl::StrCat(
        "export: the ", ExportFormatName(format),
        " export is a directory of files; use ExportGraphFile with a "
        "directory path"));
  }
  DIPLOGRAPH_ASSIGN_OR_RETURN(internal::ExportSelection selection,
                              internal::SelectForExport(graph, options));
  internal::ExportProgressState progress = StartProgress(options, selection);
  const internal::NetworkContext ctx{graph, options, selection, &progress};
  internal::ExportSink sink(&out);
  sink.set_progress(&progress);
  DIPLOGRAPH_RETURN_IF_ERROR(WriteTo(ctx, format, sink));
  DIPLOGRAPH_RETURN_IF_ERROR(sink.Finish());
  FinishProgress(progress);
  return absl::OkStatus();
}

absl::Status ExportGraphFile(const Graph& graph, ExportFormat format,
                             const std::string& path,
                             const ExportOptions& options) {
  DIPLOGRAPH_RETURN_IF_ERROR(CheckOptions(format, options));
  DIPLOGRAPH_ASSIGN_OR_RETURN(internal::ExportSelection selection,
                              internal::SelectForExport(graph, options));
  internal::ExportProgressState progress = StartProgress(options, selection);
  const internal::NetworkContext ctx{graph, options, selection, &progress};
  if (format == ExportFormat::kNeo4jCsv || format == ExportFormat::kParquet) {
    DIPLOGRAPH_ASSIGN_OR_RETURN(std::unique_ptr<internal::AtomicDirectory> dir,
                                internal::AtomicDirectory::Create(path));
    DIPLOGRAPH_RETURN_IF_ERROR(format == ExportFormat::kNeo4jCsv
                                   ? internal::WriteNeo4j(ctx, *dir)
                                   : internal::WriteParquet(ctx, *dir));
    DIPLOGRAPH_RETURN_IF_ERROR(dir->Commit());
    FinishProgress(progress);
    return absl::OkStatus();
  }
  DIPLOGRAPH_ASSIGN_OR_RETURN(std::unique_ptr<internal::AtomicFile> file,
                              internal::AtomicFile::Create(path));
  {
    internal::ExportSink sink(file->fd(), path);
    sink.set_progress(&progress);
    DIPLOGRAPH_RETURN_IF_ERROR(WriteTo(ctx, format, sink));
    DIPLOGRAPH_RETURN_IF_ERROR(sink.Finish());
  }
  DIPLOGRAPH_RETURN_IF_ERROR(file->Commit());
  FinishProgress(progress);
  return absl::OkStatus();
}

}  // namespace diplograph
