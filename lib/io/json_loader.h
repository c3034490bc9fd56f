// The JSON loader's driver: parses a whole document or JSON Lines with
// RapidJSON (one SAX pass, iterative, through the schema tee when the
// schema check is on), keeps track of the document's frame (the "format"
// member, the order of the sections, the header line of JSON Lines), and
// hands each complete record tree to its decoder. Syntax errors and
// problems with the input as a whole are reported here; problems of
// records by the decoders and the merger.
//
//   JsonLoader loader(graph, "seed.json", options, report);
//   loader.LoadDocument(text);  // or LoadLines(line_reader)
//   loader.Finish();            // affiliations, final progress
//   if (loader.fatal()) ...     // the load fails whatever the mode
//
// The caller runs it inside Graph::Update() and decides from the report
// whether the load succeeded (json_reader.cc).
// Thread safety: one load, one thread (LoadLinesParallel starts workers of
// its own and joins them before it returns).

#ifndef DIPLOGRAPH_LIB_IO_JSON_LOADER_H_
#define DIPLOGRAPH_LIB_IO_JSON_LOADER_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "diplograph/graph.h"
#include "diplograph/json.h"
#include "io/json_decoders.h"
#include "io/json_field_reader.h"
#include "io/json_fields.h"
#include "io/json_line_pipeline.h"
#include "io/json_merge.h"
#include "io/json_problems.h"
#include "io/json_tree.h"
#include "util/line_reader.h"

namespace diplograph::internal {

class JsonLoader final : public TreeListener {
 public:
  // `skip` (may be null): actor records to skip whole, with their
  // problems, from an earlier pass (JsonMerger::late_problems()).
  JsonLoader(Graph& graph, absl::string_view file_name,
             const JsonLoadOptions& options, JsonLoadReport& report,
             const LateProblems* skip = nullptr);

  // Loads a whole document.
  void LoadDocument(absl::string_view text);
  // Loads JSON Lines, one record a line after the header line; reports a
  // failure of `lines` to read.
  void LoadLines(LineReader& lines);
  // The same with the lines parsed on `workers` threads
  // (json_line_pipeline.h) and decoded and added on this one, in file
  // order: the same graph, problems and counts as LoadLines().
  void LoadLinesParallel(LineReader& lines, int workers);
  // Adds the affiliations collected on the way, counts the bytes read and
  // reports the final progress.
  void Finish();

  // Reports a problem at byte `offset` of the current input (the document,
  // or the current line).
  void Problem(size_t offset, std::string path, std::string message,
               absl::StatusCode code = absl::StatusCode::kInvalidArgument,
               bool fatal = false);

  // Whether a problem spoiled the whole input.
  bool fatal() const { return problems_.fatal(); }
  // Makes the load fail whatever the mode.
  void SetFatal() { problems_.SetFatal(); }
  // After Finish(): actor records kept although an affiliation of theirs
  // failed (a lenient load runs again skipping them).
  const LateProblems& late_problems() const { return merger_.late_problems(); }

 private:
  // Reports the current line as longer than options.max_line_bytes (fatal
  // before the format line) and counts it skipped.
  void LineTooLong();

  // TreeListener.
  bool EnterSection(absl::string_view key, uint32_t key_pos) override;
  void LeaveSection() override { section_ = json::Section::kNone; }
  void TreeComplete(int depth) override;
  void TooDeep(uint32_t pos) override;
  // The JSON path of the value the parser is at, for problems the parser
  // raises ("statements[3].span.begin").
  std::string ParserPath() const;

  void ProcessRootMember();
  void ProcessLine();
  bool CommitChunk(const LineChunk& chunk, uint64_t* last_bytes);
  // The end of the lines, `line_count` of them through byte `bytes`: no line
  // at all, and a failed read (`read`), are problems.
  void EndOfLines(uint64_t bytes, uint64_t line_count,
                  const absl::Status& read);
  void ProcessRecord(json::Section section);
  void Progress();

  JsonLoadOptions options_;
  JsonLoadReport& report_;
  ProblemList problems_;
  TextLocator locator_;
  TreeBuilder builder_;
  FieldReader reader_;
  JsonMerger merger_;
  RecordDecoder decoder_;

  bool lines_mode_ = false;
  bool format_seen_ = false;
  uint32_t sections_seen_ = 0;  // bit per json::Section
  json::Section section_ = json::Section::kNone;
  json::Section last_section_ = json::Section::kNone;
  size_t index_ = 0;          // element index within the section
  uint64_t line_number_ = 0;  // the JSON Lines line being loaded
  bool line_tree_ = false;    // its record tree is complete
  uint64_t bytes_read_ = 0;   // before the current line (JSON Lines)
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_IO_JSON_LOADER_H_
