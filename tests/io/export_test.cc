// Export behaviour that needs no third-party reader: format names and
// paths, determinism, filters and time slices, streaming through a bounded
// buffer, atomic files and directories, the Neo4j header grammar, and bad
// options.

#include "diplograph/export.h"

#include <dirent.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "diplograph/graph.h"
#include "diplograph/statement_query.h"
#include "gtest/gtest.h"
#include "io/export_test_util.h"
#include "io/json_test_util.h"

namespace diplograph {
namespace {

constexpr ExportFormat kStreamFormats[] = {
    ExportFormat::kGraphML, ExportFormat::kGexf, ExportFormat::kDot,
    ExportFormat::kNQuads};

// A fresh output path under the test's temporary directory.
std::string TempPath(const std::string& name) {
  const std::string path =
      absl::StrCat(::testing::TempDir(), "export_test_", name);
  testing::RemoveOutput(path);
  return path;
}

std::vector<std::string> DirectoryEntries(const std::string& dir) {
  std::vector<std::string> names;
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) return names;
  while (struct dirent* e = readdir(d)) {
    const std::string name = e->d_name;
    if (name != "." && name != "..") names.push_back(name);
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

std::string ToText(const Graph& g, ExportFormat format,
                   const ExportOptions& options = {}) {
  std::ostringstream out;
  const absl::Status s = ExportGraph(g, format, out, options);
  EXPECT_TRUE(s.ok()) << s;
  return out.str();
}

size_t Count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

// A graph of `n` statements by two speakers about each other, over
// 2000-2009, each asserting a relationship every tenth statement.
Graph LineGraph(int n) {
  Graph g;
  const ActorId a = *g.AddActor({.name = "Alpha", .kind = ActorKind::kState});
  const ActorId b = *g.AddActor({.name = "Beta", .kind = ActorKind::kState});
  const ActorId c = *g.AddActor({.name = "Gamma", .kind = ActorKind::kState});
  std::vector<StatementId> ids;
  for (int i = 0; i < n; ++i) {
    const bool by_a = i % 2 == 0;
    ids.push_back(*g.AddStatement(
        {.speaker = by_a ? a : b,
         .date = *Date::FromYearMonthDay(2000 + i % 10, 1 + i % 12, 1),
         .text = absl::StrCat("statement number ", i,
                              " with some words & <markup> \"quoted\""),
         .about = {by_a ? b : a},
         .event_type = {.code = i % 3 == 0 ? "051" : "112"}}));
  }
  for (int i = 0; i + 10 <= n; i += 10) {
    EXPECT_TRUE(g.AddRelationship({.from = a,
                                   .to = b,
                                   .label = absl::StrCat("ties ", i),
                                   .valid = *Interval::Make(
                                       *Date::FromYear(2000 + (i / 10) % 10),
                                       *Date::FromYear(2000 + (i / 10) % 10)),
                                   .evidence = {{.statement = ids[i]}}})
                    .ok());
  }
  (void)c;  // an actor nothing refers to
  return g;
}

TEST(ExportFormatTest, NamesRoundTrip) {
  for (ExportFormat f : {ExportFormat::kGraphML, ExportFormat::kGexf,
                         ExportFormat::kDot, ExportFormat::kNQuads,
                         ExportFormat::kNeo4jCsv, ExportFormat::kParquet}) {
    absl::StatusOr<ExportFormat> parsed =
        ParseExportFormat(ExportFormatName(f));
    ASSERT_TRUE(parsed.ok()) << parsed.status();
    EXPECT_EQ(*parsed, f);
  }
  EXPECT_EQ(*ParseExportFormat("GraphML"), ExportFormat::kGraphML);
  EXPECT_EQ(ParseExportFormat("xlsx").status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(ExportFormatTest, ByExtension) {
  EXPECT_EQ(*ExportFormatForPath("out/g.graphml"), ExportFormat::kGraphML);
  EXPECT_EQ(*ExportFormatForPath("g.GEXF"), ExportFormat::kGexf);
  EXPECT_EQ(*ExportFormatForPath("g.gv"), ExportFormat::kDot);
  EXPECT_EQ(*ExportFormatForPath("g.nq"), ExportFormat::kNQuads);
  EXPECT_EQ(*ExportFormatForPath("neo4j/"), ExportFormat::kNeo4jCsv);
  EXPECT_EQ(*ExportFormatForPath("dir.d/neo4j"), ExportFormat::kNeo4jCsv);
  absl::StatusOr<ExportFormat> bad = ExportFormatForPath("g.json");
  EXPECT_EQ(bad.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StrContains(bad.status().message(), ".json"));
}

TEST(ExportTest, SameGraphSameBytes) {
  const Graph a = testing::RandomGraph(11);
  const Graph b = testing::RandomGraph(11);
  for (ExportFormat f : kStreamFormats) {
    const std::string text = ToText(a, f);
    EXPECT_FALSE(text.empty());
    EXPECT_EQ(text, ToText(b, f)) << ExportFormatName(f);
    // The file holds exactly the stream's bytes.
    const std::string path =
        TempPath(absl::StrCat("same.", ExportFormatName(f)));
    ASSERT_TRUE(ExportGraphFile(a, f, path).ok());
    EXPECT_EQ(testing::ReadFile(path), text) << ExportFormatName(f);
  }
  ExportOptions rdf12;
  rdf12.rdf_version = RdfVersion::kRdf12;
  EXPECT_EQ(ToText(a, ExportFormat::kNQuads, rdf12),
            ToText(b, ExportFormat::kNQuads, rdf12));
}

TEST(ExportTest, FilterKeepsMatchingStatementsAndWhatTheyReferTo) {
  const Graph g = LineGraph(100);
  const ActorId alpha = *g.FindActor("Alpha");
  ExportOptions options;
  options.filter = StatementQuery(g);
  options.filter->By(alpha).EventCode("051");
  const size_t matches = *options.filter->Count();
  ASSERT_GT(matches, 0u);
  ASSERT_LT(matches, 50u);
  const std::string graphml = ToText(g, ExportFormat::kGraphML, options);
  // One edge per matching statement (one target each), plus the
  // relationships whose evidence is among them.
  size_t supported = 0;
  for (uint32_t i = 0; i < g.relationship_count(); ++i) {
    const StatementView s =
        g.statement(g.relationship(RelationshipId(i)).evidence[0].statement);
    if (s.speaker() == alpha && s.event_type().code == "051") ++supported;
  }
  ASSERT_GT(supported, 0u);
  EXPECT_EQ(Count(graphml, "<edge "), matches + supported);
  EXPECT_EQ(Count(graphml, "<data key=\"e_kind\">relationship<"), supported);
  // Alpha and Beta, not Gamma, which nothing exported refers to.
  EXPECT_EQ(Count(graphml, "<node "), 2u);
  EXPECT_FALSE(absl::StrContains(graphml, ">Gamma<"));
  // No statement of Beta's.
  EXPECT_FALSE(absl::StrContains(graphml, "source=\"a1\""));
}

TEST(ExportTest, TimeSliceKeepsOverlappingStatementsAndRelationships) {
  const Graph g = LineGraph(100);
  ExportOptions options;
  options.during = *Interval::Parse("2003");
  StatementQuery q(g);
  q.During(options.during);
  const size_t in_2003 = *q.Count();
  ASSERT_EQ(in_2003, 10u);
  size_t relationships = 0;
  for (uint32_t i = 0; i < g.relationship_count(); ++i) {
    if (g.relationship(RelationshipId(i)).valid.Overlaps(options.during)) {
      ++relationships;
    }
  }
  ASSERT_GT(relationships, 0u);
  const std::string gexf = ToText(g, ExportFormat::kGexf, options);
  EXPECT_EQ(Count(gexf, "<edge "), in_2003 + relationships);
  EXPECT_EQ(Count(gexf, "start=\"2003-"), in_2003 + relationships);

  // A filter with its own window meets the slice: the intersection.
  options.filter = StatementQuery(g);
  options.filter->During(*Interval::Parse("2003-06/2005"));
  const std::string dot = ToText(g, ExportFormat::kDot, options);
  size_t want = 0;
  for (StatementId id : g.StatementsByDate()) {
    const Date d = g.statement(id).date();
    if (d.year() == 2003 && d.month() >= 6) ++want;
  }
  EXPECT_EQ(Count(dot, "\"record\"=\"s"), want);

  // Disjoint windows: nothing, but a well-formed file.
  options.filter = StatementQuery(g);
  options.filter->During(*Interval::Parse("2007"));
  const std::string empty = ToText(g, ExportFormat::kGraphML, options);
  EXPECT_EQ(Count(empty, "<edge "), 0u);
  EXPECT_TRUE(absl::EndsWith(empty, "</graphml>\n"));
}

TEST(ExportTest, LinksAndEvidenceToLeftOutStatementsAreDropped) {
  Graph g;
  const ActorId a = *g.AddActor({.name = "A"});
  const ActorId b = *g.AddActor({.name = "B"});
  const StatementId first = *g.AddStatement(
      {.speaker = a, .date = *Date::Parse("2020"), .about = {b}});
  ASSERT_TRUE(g.AddStatement({.speaker = b,
                              .date = *Date::Parse("2021"),
                              .about = {a},
                              .links = {{.statement = first}}})
                  .ok());
  ASSERT_TRUE(g.AddRelationship({.from = a,
                                 .to = b,
                                 .label = "friends",
                                 .evidence = {{.statement = first}}})
                  .ok());
  ExportOptions options;
  options.during = *Interval::Parse("2021");
  const std::string nq = ToText(g, ExportFormat::kNQuads, options);
  EXPECT_FALSE(absl::StrContains(nq, "statement/0>")) << nq;
  EXPECT_FALSE(absl::StrContains(nq, "respondsTo"));
  // The relationship holds always, so it overlaps the slice, but its
  // evidence is left out.
  EXPECT_TRUE(absl::StrContains(nq, "<urn:diplograph:relationship/0>"));
  EXPECT_FALSE(absl::StrContains(nq, "evidence"));
}

// Counts the largest single write a stream receives.
class CountingBuf : public std::streambuf {
 public:
  size_t largest = 0;
  size_t total = 0;

 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override {
    largest = std::max(largest, static_cast<size_t>(n));
    total += static_cast<size_t>(n);
    return n;
  }
  int overflow(int c) override {
    if (c != EOF) ++total;
    return c == EOF ? 0 : c;
  }
};

TEST(ExportTest, StreamsThroughABoundedBuffer) {
  const Graph g = LineGraph(40000);
  for (ExportFormat f : kStreamFormats) {
    CountingBuf buf;
    std::ostream out(&buf);
    ASSERT_TRUE(ExportGraph(g, f, out).ok());
    EXPECT_GT(buf.total, size_t{4} << 20) << ExportFormatName(f);
    // Flushed at 1 MiB plus at most one record.
    EXPECT_LT(buf.largest, (size_t{1} << 20) + (64 << 10))
        << ExportFormatName(f);
  }
}

TEST(ExportTest, ReportsProgress) {
  const Graph g = LineGraph(30000);
  const uint64_t total = g.actor_count() + g.statement_count() +
                         g.relationship_count() + g.source_count();
  for (ExportFormat f : {ExportFormat::kGraphML, ExportFormat::kNQuads,
                         ExportFormat::kNeo4jCsv}) {
    std::vector<ExportProgress> calls;
    ExportOptions options;
    options.progress = [&](const ExportProgress& p) { calls.push_back(p); };
    const std::string path =
        TempPath(absl::StrCat("progress.", ExportFormatName(f)));
    ASSERT_TRUE(ExportGraphFile(g, f, path, options).ok());
    ASSERT_GE(calls.size(), 3u) << ExportFormatName(f);
    for (size_t i = 1; i < calls.size(); ++i) {
      EXPECT_GE(calls[i].records, calls[i - 1].records);
      EXPECT_GE(calls[i].bytes, calls[i - 1].bytes);
      EXPECT_EQ(calls[i].total_records, total);
    }
    EXPECT_LT(calls.front().records, total);
    EXPECT_EQ(calls.back().records, total);
    uint64_t size = 0;
    if (f == ExportFormat::kNeo4jCsv) {
      for (const std::string& name : DirectoryEntries(path)) {
        size += testing::ReadFile(path + "/" + name).size();
      }
    } else {
      size = testing::ReadFile(path).size();
    }
    EXPECT_EQ(calls.back().bytes, size) << ExportFormatName(f);
  }
  // A filtered export counts the records it selects.
  ExportOptions options;
  options.during = *Interval::Parse("2004");
  ExportProgress last;
  options.progress = [&](const ExportProgress& p) { last = p; };
  std::ostringstream out;
  ASSERT_TRUE(ExportGraph(g, ExportFormat::kDot, out, options).ok());
  StatementQuery q(g);
  q.During(options.during);
  // Alpha, Beta, the statements of 2004 and the relationships valid then.
  size_t relationships = 0;
  for (uint32_t i = 0; i < g.relationship_count(); ++i) {
    if (g.relationship(RelationshipId(i)).valid.Overlaps(options.during)) {
      ++relationships;
    }
  }
  EXPECT_EQ(last.total_records, 2 + *q.Count() + relationships);
  EXPECT_EQ(last.bytes, out.str().size());
}

TEST(ExportTest, StreamErrorsAreDataLoss) {
  const Graph g = LineGraph(10);
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  EXPECT_EQ(ExportGraph(g, ExportFormat::kGraphML, out).code(),
            absl::StatusCode::kDataLoss);
}

TEST(ExportTest, BadOptions) {
  const Graph g = LineGraph(10);
  std::ostringstream out;
  EXPECT_EQ(ExportGraph(g, ExportFormat::kNeo4jCsv, out).code(),
            absl::StatusCode::kInvalidArgument);
  ExportOptions options;
  options.list_separator = "";
  EXPECT_EQ(ExportGraph(g, ExportFormat::kGraphML, out, options).code(),
            absl::StatusCode::kInvalidArgument);
  options = {};
  options.rdf_base = "no scheme";
  absl::Status s = ExportGraph(g, ExportFormat::kNQuads, out, options);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StrContains(s.message(), "rdf_base"));
  options.rdf_base = "https://example.org/<x>/";
  EXPECT_EQ(ExportGraph(g, ExportFormat::kNQuads, out, options).code(),
            absl::StatusCode::kInvalidArgument);
  options = {};
  options.filter = StatementQuery(g);
  options.filter->EventCode("5*");
  s = ExportGraph(g, ExportFormat::kDot, out, options);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StrContains(s.message(), "05*")) << s;
  EXPECT_TRUE(out.str().empty());
}

TEST(ExportTest, RdfBaseNamesTheRecords) {
  const Graph g = LineGraph(10);
  ExportOptions options;
  options.rdf_base = "https://example.org/kg/";
  const std::string nq = ToText(g, ExportFormat::kNQuads, options);
  EXPECT_TRUE(absl::StrContains(nq, "<https://example.org/kg/actor/0> "));
  EXPECT_TRUE(
      absl::StrContains(nq, "<https://example.org/kg/statement/0/content> ."));
  EXPECT_FALSE(absl::StrContains(nq, "<urn:diplograph:actor/"));
}

TEST(ExportFileTest, MissingDirectoryLeavesNothing) {
  const Graph g = LineGraph(10);
  const std::string dir = TempPath("no_such_dir");
  const absl::Status s =
      ExportGraphFile(g, ExportFormat::kGraphML, dir + "/g.graphml");
  EXPECT_EQ(s.code(), absl::StatusCode::kNotFound) << s;
  EXPECT_TRUE(absl::StrContains(s.message(), "no_such_dir")) << s;
  struct stat st;
  EXPECT_NE(stat(dir.c_str(), &st), 0);
}

TEST(ExportFileTest, DirectoryPathIsRejected) {
  const Graph g = LineGraph(10);
  const std::string dir = TempPath("a_directory");
  mkdir(dir.c_str(), 0777);
  EXPECT_EQ(ExportGraphFile(g, ExportFormat::kDot, dir).code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ExportGraphFile(g, ExportFormat::kDot, dir + "/").code(),
            absl::StatusCode::kInvalidArgument);
}

// With a file-size limit the write fails: the error says so, the previous
// file is intact and no temporary file is left.
TEST(ExportFileTest, FullDiskKeepsThePreviousFile) {
  const std::string dir = TempPath("fsize");
  mkdir(dir.c_str(), 0777);
  const std::string path = dir + "/g.graphml";
  const Graph small = LineGraph(10);
  ASSERT_TRUE(ExportGraphFile(small, ExportFormat::kGraphML, path).ok());
  const std::string before = testing::ReadFile(path);

  const Graph big = LineGraph(20000);
  struct rlimit old_limit;
  ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &old_limit), 0);
  void (*old_handler)(int) = signal(SIGXFSZ, SIG_IGN);
  struct rlimit limit = old_limit;
  limit.rlim_cur = 1 << 20;
  ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limit), 0);
  const absl::Status s = ExportGraphFile(big, ExportFormat::kGraphML, path);
  setrlimit(RLIMIT_FSIZE, &old_limit);
  signal(SIGXFSZ, old_handler);

  EXPECT_EQ(s.code(), absl::StatusCode::kResourceExhausted) << s;
  EXPECT_EQ(testing::ReadFile(path), before);
  EXPECT_EQ(DirectoryEntries(dir), std::vector<std::string>{"g.graphml"});
}

// The header grammar of neo4j-admin import: each column is
// [name][:TYPE] or a special column (:ID(space), :START_ID(space),
// :END_ID(space), :LABEL, :TYPE); node files have one :ID and one :LABEL,
// relationship files one :START_ID, :END_ID and :TYPE; every ID space
// referenced is defined by a node file.
TEST(Neo4jExportTest, HeadersFollowTheImportGrammar) {
  const Graph g = testing::RandomGraph(5);
  const std::string dir = TempPath("neo4j_headers");
  ASSERT_TRUE(ExportGraphFile(g, ExportFormat::kNeo4jCsv, dir).ok());
  const std::regex column(
      R"(^([A-Za-z_][A-Za-z0-9_]*)?)"
      R"((:(ID|START_ID|END_ID)\(([A-Za-z]+)\)|:LABEL|:TYPE|)"
      R"(:(int|long|float|double|boolean|byte|short|char|string|date|)"
      R"(localtime|time|localdatetime|datetime|duration|point)(\[\])?)?$)");
  std::set<std::string> defined, referenced;
  std::vector<std::string> expected_files = {"import.args"};
  for (const Neo4jFile& f : Neo4jFiles()) {
    expected_files.emplace_back(f.file_name);
    const std::string text =
        testing::ReadFile(absl::StrCat(dir, "/", f.file_name));
    const std::string header = text.substr(0, text.find('\n'));
    std::map<std::string, int> special;
    for (absl::string_view col : absl::StrSplit(header, ',')) {
      std::cmatch m;
      const std::string c(col);
      ASSERT_TRUE(std::regex_match(c.c_str(), m, column))
          << f.file_name << ": column \"" << c << "\"";
      if (m[3].matched) {
        ++special[m[3].str()];
        (m[3].str() == "ID" ? defined : referenced).insert(m[4].str());
      } else if (c == ":LABEL" || c == ":TYPE") {
        ++special[c];
      }
    }
    if (f.is_node_file) {
      EXPECT_EQ(special, (std::map<std::string, int>{{"ID", 1}, {":LABEL", 1}}))
          << f.file_name;
    } else {
      EXPECT_EQ(special, (std::map<std::string, int>{
                             {"START_ID", 1}, {"END_ID", 1}, {":TYPE", 1}}))
          << f.file_name;
      // Every row names the file's relationship type.
      for (absl::string_view row : absl::StrSplit(
               text.substr(header.size() + 1), '\n', absl::SkipEmpty())) {
        EXPECT_TRUE(absl::EndsWith(row, absl::StrCat(",", f.label_or_type)))
            << f.file_name << ": " << row;
      }
    }
  }
  for (const std::string& space : referenced) {
    EXPECT_TRUE(defined.count(space)) << "ID space " << space;
  }
  std::sort(expected_files.begin(), expected_files.end());
  EXPECT_EQ(DirectoryEntries(dir), expected_files);
}

// Every row has as many fields as its header (CSV with quoted fields that
// may hold commas, quotes and line breaks).
TEST(Neo4jExportTest, RowsHaveTheHeaderFieldCount) {
  const Graph g = testing::RandomGraph(9);
  const std::string dir = TempPath("neo4j_rows");
  ASSERT_TRUE(ExportGraphFile(g, ExportFormat::kNeo4jCsv, dir).ok());
  for (const Neo4jFile& f : Neo4jFiles()) {
    const std::string text =
        testing::ReadFile(absl::StrCat(dir, "/", f.file_name));
    std::vector<size_t> fields_per_row;
    size_t fields = 1;
    bool quoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            ++i;
          } else {
            quoted = false;
          }
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        ++fields;
      } else if (c == '\n') {
        fields_per_row.push_back(fields);
        fields = 1;
      }
    }
    EXPECT_FALSE(quoted) << f.file_name;
    ASSERT_FALSE(fields_per_row.empty()) << f.file_name;
    for (size_t r = 1; r < fields_per_row.size(); ++r) {
      EXPECT_EQ(fields_per_row[r], fields_per_row[0])
          << f.file_name << " row " << r;
    }
  }
}

TEST(Neo4jExportTest, NonEmptyTargetIsRefusedAndLeftAlone) {
  const Graph g = LineGraph(10);
  const std::string dir = TempPath("neo4j_full");
  mkdir(dir.c_str(), 0777);
  {
    std::ofstream keep(dir + "/keep.txt");
    keep << "mine";
  }
  const absl::Status s = ExportGraphFile(g, ExportFormat::kNeo4jCsv, dir);
  EXPECT_EQ(s.code(), absl::StatusCode::kAlreadyExists) << s;
  EXPECT_EQ(DirectoryEntries(dir), std::vector<std::string>{"keep.txt"});
  // An empty directory is replaced by the export.
  const std::string empty = TempPath("neo4j_empty");
  mkdir(empty.c_str(), 0777);
  ASSERT_TRUE(ExportGraphFile(g, ExportFormat::kNeo4jCsv, empty).ok());
  EXPECT_EQ(DirectoryEntries(empty).size(), Neo4jFiles().size() + 1);
  // No temporary directory was left beside the targets.
  for (const std::string& name : DirectoryEntries(::testing::TempDir())) {
    EXPECT_FALSE(absl::StartsWith(name, ".export_test_neo4j_")) << name;
  }
}

}  // namespace
}  // namespace diplograph
