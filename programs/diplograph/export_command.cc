// The `export` subcommand: a graph, or the part the query filters select,
// in the formats other tools open (export.h): GraphML, GEXF, DOT, RDF
// N-Quads, Neo4j import CSVs, Parquet tables.

#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "cli.h"
#include "diplograph/export.h"

namespace diplograph::cli {
namespace {

struct ExportFlags {
  GraphFlags graph;
  FilterFlags filter;
  std::string format;
  std::string out;
  std::string gexf_version = "1.3";
  std::string rdf_version = "1.1";
  std::string rdf_base;
};

bool HasFilter(const FilterFlags& f) {
  return !f.by.empty() || !f.about.empty() || !f.involving.empty() ||
         !f.between.empty() || !f.code.empty() || !f.quad.empty() ||
         !f.polarity.empty() || !f.topic.empty() || !f.label.empty() ||
         !f.text.empty();
}

int RunExport(const ExportFlags& flags) {
  // Decide the format and check the output before loading anything.
  std::optional<ExportFormat> format;
  if (!flags.format.empty()) {
    absl::StatusOr<ExportFormat> f = ParseExportFormat(flags.format);
    if (!f.ok())
      return Fail(UsageError(absl::StrCat("--format: ", f.status().message())));
    format = *f;
  } else if (!flags.out.empty()) {
    absl::StatusOr<ExportFormat> f = ExportFormatForPath(flags.out);
    if (!f.ok()) {
      return Fail(UsageError(absl::StrCat("--out: ", f.status().message(),
                                          " (or give --format)")));
    }
    format = *f;
  } else {
    return Fail(UsageError("export: give --format or --out"));
  }
  const bool directory =
      *format == ExportFormat::kNeo4jCsv || *format == ExportFormat::kParquet;
  if (flags.out.empty() && directory) {
    return Fail(
        UsageError(absl::StrCat("export: the ", ExportFormatName(*format),
                                " export is a directory; give it with --out")));
  }
  if (!flags.out.empty()) {
    if (absl::Status s = CheckOutputPath(flags.out, directory); !s.ok()) {
      return Fail(s);
    }
  }
  absl::StatusOr<std::unique_ptr<Session>> session = Session::Open(flags.graph);
  if (!session.ok()) return Fail(session.status());
  Session& s = **session;
  const Graph& g = s.graph();

  ExportOptions options;
  options.gexf_version = flags.gexf_version == "1.2draft"
                             ? GexfVersion::k1_2draft
                             : GexfVersion::k1_3;
  options.rdf_version =
      flags.rdf_version == "1.2" ? RdfVersion::kRdf12 : RdfVersion::kRdf11;
  if (!flags.rdf_base.empty()) options.rdf_base = flags.rdf_base;
  if (!flags.filter.during.empty()) {
    absl::StatusOr<Interval> w =
        ParseIntervalFlag("--during", flags.filter.during);
    if (!w.ok()) return Fail(w.status());
    options.during = *w;
  }
  if (HasFilter(flags.filter)) {
    StatementQuery q(g);
    if (absl::Status st = ApplyFilters(s, flags.filter, q); !st.ok()) {
      return Fail(st);
    }
    options.filter = std::move(q);
  }
  // Records and bytes written, on stderr when it is a terminal (the total
  // output size is not known ahead, so no percentage).
  ProgressBar bar("export:", 0, !flags.graph.quiet && StderrIsTerminal());
  if (ImportProgressCallback update = bar.Callback()) {
    options.progress = [update](const ExportProgress& p) {
      update({.records = p.records, .bytes = p.bytes});
    };
  }
  absl::Status written;
  if (flags.out.empty()) {
    written = ExportGraph(g, *format, std::cout, options);
  } else {
    written = ExportGraphFile(g, *format, flags.out, options);
  }
  bar.Done();
  if (!written.ok()) {
    if (written.code() == absl::StatusCode::kInvalidArgument) {
      return Fail(UsageError(written.message()));
    }
    return Fail(absl::Status(
        written.code(),
        absl::StrCat(written.message(),
                     flags.out.empty()
                         ? ""
                         : absl::StrCat(" (nothing written to ",
                                        EscapeCut(flags.out, 80), ")"))));
  }
  if (!flags.out.empty() && !flags.graph.quiet) {
    std::cerr << "wrote " << Escape(flags.out) << " ("
              << ExportFormatName(*format) << ")\n";
  }
  return kExitOk;
}

}  // namespace

void AddExportCommands(CLI::App& app, std::vector<Command>& commands) {
  auto f = std::make_shared<ExportFlags>();
  CLI::App* c = app.add_subcommand(
      "export",
      "write the graph, or a filtered part, as GraphML, GEXF, DOT, RDF "
      "N-Quads, Neo4j CSVs or Parquet tables");
  AddGraphFlags(*c, f->graph, /*with_format=*/false);
  AddFilterFlags(*c, f->filter);
  c->add_option("--format", f->format,
                "graphml, gexf, dot, nquads, neo4j or parquet (default: by "
                "--out's extension: .graphml .gexf .dot/.gv .nq, a directory "
                "for neo4j)");
  c->add_option(
       "-o,--out", f->out,
       "the file (a directory for neo4j and parquet), written atomically; "
       "standard output when left out")
      ->type_name("PATH");
  c->add_option("--gexf-version", f->gexf_version, "GEXF version")
      ->check(CLI::IsMember({"1.3", "1.2draft"}))
      ->capture_default_str();
  c->add_option("--rdf-version", f->rdf_version,
                "N-Quads: 1.1, or 1.2 with triple terms")
      ->check(CLI::IsMember({"1.1", "1.2"}))
      ->capture_default_str();
  c->add_option("--rdf-base", f->rdf_base,
                "IRI prefix of the records (default urn:diplograph:)");
  c->footer(
      "--during slices the export in time: statements dated in the window "
      "and relationships valid in it.\nExamples:\n"
      "  diplograph export -g icews.json --out icews.graphml\n"
      "  diplograph export -g icews.json --by China --about Japan --during "
      "2014 --format gexf --out cj.gexf\n"
      "  diplograph export -g examples/data/seed.json --format nquads");
  commands.push_back({c, [f] { return RunExport(*f); }});
}

}  // namespace diplograph::cli
