// Loading the diplograph/1 JSON format (see json.h and docs/json-format.md):
// the public entry points. Each runs one JsonLoader (json_loader.h) inside
// one Graph::Update, which undoes a failed load, and turns its report into
// the status returned. The loader's parts, one job each:
//
//   json_loader     parse driver: document frame, JSON Lines, syntax errors
//   json_tree       SAX handler building one record tree at a time
//   json_schema     the built-in JSON Schema and the SAX tee feeding it
//   json_problems   problems, FILE:LINE:COL locations, JSON paths
//   json_field_reader  typed reads of a record's fields
//   json_decoders   one decoder per record type
//   json_merge      local ids, the actor resolver, adding and merging
//   json_fields     the format's names, shared with json_writer.cc

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <functional>
#include <istream>
#include <string>
#include <thread>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "diplograph/graph.h"
#include "diplograph/json.h"
#include "io/json_layout.h"
#include "io/json_loader.h"
#include "util/errno_status.h"
#include "util/line_reader.h"

namespace diplograph {
namespace {

using internal::JsonLoader;

// Summarises a failed load as one status.
absl::Status ToStatus(const JsonLoadReport& report) {
  const ImportProblem& first = report.problems.front();
  if (report.problems.size() == 1) {
    return absl::Status(first.code, first.ToString());
  }
  return absl::Status(
      first.code,
      absl::StrCat(first.ToString(), " (and ", report.problems.size() - 1,
                   " more problem", report.problems.size() == 2 ? "" : "s",
                   report.stopped_early ? ", stopped early" : "", ")"));
}

// Runs `body` on a loader inside one Graph::Update. In lenient mode an
// actor record whose affiliation fails at the end of the file (its
// organization may be any actor of the file, so this is known only then)
// was kept; the load is then undone and run again over the same input,
// skipping those records whole, until no such record is left. `rewind`
// prepares the input for another pass and returns false when it cannot
// be read again; then the load fails instead.
template <typename Body>
absl::Status RunLoad(Graph& graph, absl::string_view file_name,
                     const JsonLoadOptions& options, JsonLoadReport* report,
                     Body body, const std::function<bool()>& rewind) {
  JsonLoadReport local;
  JsonLoadReport& r = report != nullptr ? *report : local;
  internal::LateProblems skip;
  for (;;) {
    r = JsonLoadReport();
    bool again = false;
    absl::Status status = graph.Update([&](Graph& g) -> absl::Status {
      JsonLoader loader(g, file_name, options, r, &skip);
      body(loader);
      loader.Finish();
      if (r.problems.empty()) return absl::OkStatus();
      if (options.mode == ImportMode::kLenient && !loader.fatal() &&
          !r.stopped_early && !loader.late_problems().empty()) {
        if (rewind()) {
          for (const auto& [record, problems] : loader.late_problems()) {
            skip.emplace(record, problems);
          }
          again = true;
          return absl::AbortedError("another pass");  // undoes this one
        }
        loader.SetFatal();
      }
      if (options.mode == ImportMode::kLenient && !loader.fatal() &&
          !r.stopped_early) {
        return absl::OkStatus();
      }
      return ToStatus(r);
    });
    if (again) continue;
    if (!status.ok()) {
      // Nothing was kept: the counts describe what would have been added.
      r.records_skipped = 0;
    }
    return status;
  }
}

internal::LineReaderOptions LineOptions(const JsonLoadOptions& options) {
  // A byte-order mark is not JSON: it is reported, not dropped.
  return {.max_line_bytes = options.max_line_bytes, .skip_bom = false};
}

// Inputs known to be smaller than this are parsed on the calling thread
// when JsonLoadOptions::threads is 0 (starting workers, each compiling the
// schema, costs more than it saves).
constexpr uint64_t kParallelMinBytes = uint64_t{1} << 20;
constexpr uint64_t kUnknownSize = ~uint64_t{0};

// Parses the lines on the workers JsonLoadOptions::threads asks for, or on
// this thread. `size` is the input's size when known.
void LoadLines(JsonLoader& loader, internal::LineReader& lines,
               const JsonLoadOptions& options, uint64_t size) {
  unsigned threads = options.threads;
  if (threads == 0) {
    threads = size < kParallelMinBytes
                  ? 1
                  : std::max(1u, std::thread::hardware_concurrency());
  }
  if (threads == 1) {
    loader.LoadLines(lines);
  } else {
    loader.LoadLinesParallel(lines, static_cast<int>(threads));
  }
}

// Fails a load on a problem with the file as a whole (it cannot be opened
// or read): the report holds only that problem.
absl::Status FileProblem(const std::string& path, absl::Status s,
                         JsonLoadReport* report) {
  if (report != nullptr) {
    *report = JsonLoadReport();
    report->AddProblem(ImportProblem::OfFile(path, s), 1);
  }
  return s;
}

}  // namespace

absl::Status LoadJson(absl::string_view text, absl::string_view file_name,
                      Graph& graph, const JsonLoadOptions& options,
                      JsonLoadReport* report) {
  const JsonLayout layout = internal::ResolveLayout(options.layout, file_name);
  return RunLoad(
      graph, file_name, options, report,
      [&](JsonLoader& loader) {
        if (layout == JsonLayout::kLines) {
          internal::LineReader lines(text, LineOptions(options));
          LoadLines(loader, lines, options, text.size());
        } else {
          loader.LoadDocument(text);
        }
      },
      [] { return true; });
}

namespace {

// LoadJsonLines with the stream's size when known (kUnknownSize if not).
absl::Status LoadLinesFromStream(std::istream& in, absl::string_view file_name,
                                 Graph& graph, const JsonLoadOptions& options,
                                 JsonLoadReport* report, uint64_t size) {
  // Where the stream starts, for another pass (-1: it cannot seek).
  const std::istream::pos_type start =
      in.good() ? in.tellg() : std::istream::pos_type(-1);
  return RunLoad(
      graph, file_name, options, report,
      [&](JsonLoader& loader) {
        if (!in.good()) {
          loader.Problem(0, "", "reading the stream failed",
                         absl::StatusCode::kDataLoss, true);
          return;
        }
        internal::LineReader lines(in, LineOptions(options));
        LoadLines(loader, lines, options, size);
      },
      [&] {
        if (start == std::istream::pos_type(-1)) return false;
        in.clear();
        in.seekg(start);
        return in.good();
      });
}

}  // namespace

absl::Status LoadJsonLines(std::istream& in, absl::string_view file_name,
                           Graph& graph, const JsonLoadOptions& options,
                           JsonLoadReport* report) {
  return LoadLinesFromStream(in, file_name, graph, options, report,
                             kUnknownSize);
}

absl::Status LoadJsonFile(const std::string& path, Graph& graph,
                          const JsonLoadOptions& options,
                          JsonLoadReport* report) {
  const JsonLayout layout = internal::ResolveLayout(options.layout, path);
  struct stat st;
  const bool stat_ok = stat(path.c_str(), &st) == 0;
  if (stat_ok && S_ISDIR(st.st_mode)) {
    return FileProblem(path,
                       absl::InvalidArgumentError(absl::StrCat(
                           "cannot load ", path, ": it is a directory")),
                       report);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return FileProblem(path, internal::ErrnoStatus(errno, "cannot open", path),
                       report);
  }
  JsonLoadOptions resolved = options;
  resolved.layout = layout;
  if (layout == JsonLayout::kLines) {
    const uint64_t size = stat_ok && S_ISREG(st.st_mode)
                              ? static_cast<uint64_t>(st.st_size)
                              : kUnknownSize;
    return LoadLinesFromStream(in, path, graph, resolved, report, size);
  }
  // Read in pieces, so that a pipe or a special file works and an oversized
  // input stops at the limit instead of exhausting memory.
  std::string text;
  constexpr size_t kChunk = size_t{1} << 20;
  while (in) {
    const size_t old = text.size();
    if (old > options.max_document_bytes) {
      return FileProblem(
          path,
          absl::ResourceExhaustedError(
              absl::StrCat(path, ": the document is larger than the limit of ",
                           options.max_document_bytes, " bytes")),
          report);
    }
    text.resize(old + kChunk);
    in.read(text.data() + old, static_cast<std::streamsize>(kChunk));
    text.resize(old + static_cast<size_t>(in.gcount()));
  }
  if (in.bad()) {
    return FileProblem(
        path, absl::DataLossError(absl::StrCat("cannot read ", path)), report);
  }
  return LoadJson(text, path, graph, resolved, report);
}

}  // namespace diplograph
