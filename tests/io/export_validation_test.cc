// Each export opened by the third-party tool its users open it with:
// networkx and igraph (GraphML), Boost.Graph's read_graphml, networkx
// (GEXF 1.2draft) and graphology-gexf (GEXF 1.3), Graphviz (DOT), rdflib and
// rapper (N-Quads), n3 (RDF 1.2 N-Quads), and SQLite loading the Neo4j CSVs.
// What each reader understood is compared with what the graph holds.
//
// A test whose reader is missing is skipped with a message naming it, or,
// when DIPLOGRAPH_REQUIRE_VALIDATORS is set in the environment (as .ci/run
// sets it), fails.

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "boost/graph/adjacency_list.hpp"
#include "boost/graph/graphml.hpp"
#include "diplograph/export.h"
#include "diplograph/graph.h"
#include "diplograph/statement_query.h"
#include "gtest/gtest.h"
#include "io/export_test_util.h"
#include "io/json_test_util.h"
#include "seed_graph.h"

namespace diplograph {
namespace {

using testing::CommandResult;
using testing::ExpectNetwork;
using testing::ShellQuote;
using testing::SplitLines;

constexpr const char* kPython = DIPLOGRAPH_VALIDATOR_PYTHON;
constexpr const char* kNode = DIPLOGRAPH_VALIDATOR_NODE;
constexpr const char* kDot = DIPLOGRAPH_VALIDATOR_DOT;
constexpr const char* kRapper = DIPLOGRAPH_VALIDATOR_RAPPER;
constexpr const char* kSqlite = DIPLOGRAPH_VALIDATOR_SQLITE3;
constexpr const char* kValidators = DIPLOGRAPH_VALIDATORS_DIR;
constexpr const char* kNpmModules =
    DIPLOGRAPH_NPM_VALIDATORS_DIR "/node_modules";

bool Required() {
  const char* v = std::getenv("DIPLOGRAPH_REQUIRE_VALIDATORS");
  return v != nullptr && *v != '\0' && std::string(v) != "0";
}

bool IsDirectory(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// Skips (or fails in CI) when `tool` is empty; `what` says what is missing
// and how to get it.
#define REQUIRE_VALIDATOR(ok, what)                          \
  do {                                                       \
    if (!(ok)) {                                             \
      if (Required()) {                                      \
        FAIL() << "missing validator: " << what              \
               << " (DIPLOGRAPH_REQUIRE_VALIDATORS is set)"; \
      }                                                      \
      GTEST_SKIP() << "needs " << what;                      \
    }                                                        \
  } while (false)

#define REQUIRE_PYTHON()                                                  \
  REQUIRE_VALIDATOR(*kPython != '\0',                                     \
                    "a python3 with networkx, igraph and rdflib (Debian " \
                    "python3-networkx python3-igraph python3-rdflib; "    \
                    "configure with -DDIPLOGRAPH_VALIDATOR_PYTHON=...)")

#define REQUIRE_NPM(package)                                                  \
  REQUIRE_VALIDATOR(                                                          \
      *kNode != '\0' && IsDirectory(absl::StrCat(kNpmModules, "/", package)), \
      "node and the npm package " package                                     \
      " (sh scripts/install-npm-validators.sh BUILD_DIR)")

std::string Python(const std::string& script, const std::string& file) {
  return absl::StrCat(ShellQuote(kPython), " ",
                      ShellQuote(absl::StrCat(kValidators, "/", script)), " ",
                      ShellQuote(file));
}

std::string NodeScript(const std::string& script, const std::string& file) {
  return absl::StrCat("NODE_PATH=", ShellQuote(kNpmModules), " ",
                      ShellQuote(kNode), " ",
                      ShellQuote(absl::StrCat(kValidators, "/", script)), " ",
                      ShellQuote(file));
}

class ExportValidationTest : public ::testing::TestWithParam<int> {
 protected:
  void SetUp() override {
    if (GetParam() == 0) {
      ASSERT_TRUE(seed::BuildSeedGraph(graph_).ok());
    } else {
      graph_ = testing::RandomGraph(static_cast<uint32_t>(GetParam()));
    }
    dir_ = absl::StrCat(::testing::TempDir(), "export_validation_");
  }

  std::string Export(ExportFormat format, const std::string& name,
                     const ExportOptions& options = {}) {
    std::string test =
        ::testing::UnitTest::GetInstance()->current_test_info()->name();
    std::replace(test.begin(), test.end(), '/', '_');
    const std::string safe = absl::StrCat(dir_, test, "_", name);
    testing::RemoveOutput(safe);
    const absl::Status s = ExportGraphFile(graph_, format, safe, options);
    EXPECT_TRUE(s.ok()) << s;
    return safe;
  }

  Graph graph_;
  std::string dir_;
};

void ExpectLines(const std::vector<std::string>& expected,
                 const CommandResult& got, const std::string& reader) {
  ASSERT_EQ(got.status, 0) << reader << " failed";
  const std::vector<std::string> lines = SplitLines(got.out);
  EXPECT_EQ(lines.size(), expected.size()) << reader;
  for (size_t i = 0; i < std::min(lines.size(), expected.size()); ++i) {
    EXPECT_EQ(lines[i], expected[i]) << reader << ", line " << i;
  }
}

TEST_P(ExportValidationTest, GraphMLReadByNetworkx) {
  REQUIRE_PYTHON();
  const std::string path = Export(ExportFormat::kGraphML, "g.graphml");
  ExpectLines(ExpectNetwork(graph_).Lines(false),
              testing::RunCommand(Python("graphml_networkx.py", path)),
              "networkx");
}

// A filtered export (a query and a time slice), read by networkx: only the
// matching statements, the relationships they support and the actors they
// name.
TEST_P(ExportValidationTest, FilteredGraphMLReadByNetworkx) {
  REQUIRE_PYTHON();
  ASSERT_GT(graph_.actor_count(), 0u);
  // The busiest speaker, and the middle of the dated statements.
  size_t best = 0;
  ActorId speaker(0);
  for (uint32_t i = 0; i < graph_.actor_count(); ++i) {
    const size_t n = graph_.StatementsBy(ActorId(i)).size();
    if (n > best) best = n, speaker = ActorId(i);
  }
  ExportOptions options;
  options.filter = StatementQuery(graph_);
  options.filter->Involving(speaker);
  std::vector<Date> dates;
  for (StatementId id : graph_.StatementsByDate()) {
    if (graph_.statement(id).date().is_known()) {
      dates.push_back(graph_.statement(id).date());
    }
  }
  if (!dates.empty()) {
    options.during = *Interval::Make(dates[dates.size() / 4].FirstDay(),
                                     dates[dates.size() * 3 / 4].LastDay());
  }
  const testing::Subset sub =
      testing::SubsetOf(graph_, *options.filter, options.during);
  const std::string path =
      Export(ExportFormat::kGraphML, "filtered.graphml", options);
  ExpectLines(ExpectNetwork(graph_, "|", &sub).Lines(false),
              testing::RunCommand(Python("graphml_networkx.py", path)),
              "networkx (filtered)");
}

TEST_P(ExportValidationTest, GraphMLReadByIgraph) {
  REQUIRE_PYTHON();
  const std::string path = Export(ExportFormat::kGraphML, "g.graphml");
  ExpectLines(ExpectNetwork(graph_).Lines(false),
              testing::RunCommand(Python("graphml_igraph.py", path)), "igraph");
}

// Boost.Graph's own GraphML reader, into a bundled-property graph.
struct BoostNode {
  std::string label, kind, aliases;
};
struct BoostEdge {
  std::string label, kind, record, date, text, polarity, evidence;
  double weight = 0;
};

// Boost's reader (through property_tree's XML parser with trim_whitespace)
// collapses runs of spaces in values and trims them at both ends; tabs and
// line breaks, which the export writes as character references, stay.
std::string BoostSpaces(absl::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

TEST_P(ExportValidationTest, GraphMLRoundTripThroughBoost) {
  const std::string path = Export(ExportFormat::kGraphML, "g.graphml");
  using BG = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS,
                                   BoostNode, BoostEdge>;
  BG bg;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(&BoostNode::label, bg));
  dp.property("kind", boost::get(&BoostNode::kind, bg));
  dp.property("aliases", boost::get(&BoostNode::aliases, bg));
  dp.property("label", boost::get(&BoostEdge::label, bg));
  dp.property("weight", boost::get(&BoostEdge::weight, bg));
  dp.property("kind", boost::get(&BoostEdge::kind, bg));
  dp.property("record", boost::get(&BoostEdge::record, bg));
  dp.property("date", boost::get(&BoostEdge::date, bg));
  dp.property("text", boost::get(&BoostEdge::text, bg));
  dp.property("polarity", boost::get(&BoostEdge::polarity, bg));
  dp.property("evidence", boost::get(&BoostEdge::evidence, bg));
  std::ifstream in(path);
  ASSERT_NO_THROW(boost::read_graphml(in, bg, dp));

  // Boost numbers vertices in file order (actors by id) and does not keep
  // GraphML ids: compare by position and by the endpoints' positions.
  ASSERT_EQ(boost::num_vertices(bg), graph_.actor_count());
  for (uint32_t i = 0; i < graph_.actor_count(); ++i) {
    const Actor& a = graph_.actor(ActorId(i));
    EXPECT_EQ(bg[i].label, BoostSpaces(a.name));
    EXPECT_EQ(bg[i].kind, ActorKindName(a.kind));
    EXPECT_EQ(bg[i].aliases, BoostSpaces(absl::StrJoin(a.aliases, "|")));
  }
  std::vector<std::string> got;
  for (auto [it, end] = boost::edges(bg); it != end; ++it) {
    const BoostEdge& e = bg[*it];
    got.push_back(
        testing::Line({"edge", absl::StrCat("a", boost::source(*it, bg)),
                       absl::StrCat("a", boost::target(*it, bg)), e.label,
                       absl::StrCat(e.weight), e.kind, e.record, e.date, e.text,
                       e.polarity, e.evidence}));
  }
  std::vector<std::string> want;
  for (const testing::ExpectedEdge& e : ExpectNetwork(graph_).edges) {
    // Drop the edge id (field 1), which Boost does not keep.
    std::vector<std::string> f = absl::StrSplit(e.line, '\t');
    f.erase(f.begin() + 1);
    for (std::string& field : f) field = BoostSpaces(field);
    want.push_back(absl::StrJoin(f, "\t"));
  }
  std::sort(got.begin(), got.end());
  std::sort(want.begin(), want.end());
  EXPECT_EQ(got, want);
}

TEST_P(ExportValidationTest, Gexf12ReadByNetworkx) {
  REQUIRE_PYTHON();
  ExportOptions options;
  options.gexf_version = GexfVersion::k1_2draft;
  const std::string path = Export(ExportFormat::kGexf, "g.gexf", options);
  ExpectLines(ExpectNetwork(graph_).Lines(true),
              testing::RunCommand(Python("gexf_networkx.py", path)),
              "networkx read_gexf");
}

TEST_P(ExportValidationTest, Gexf13ReadByGraphology) {
  REQUIRE_NPM("graphology-gexf");
  const std::string path = Export(ExportFormat::kGexf, "g.gexf");
  ExpectLines(ExpectNetwork(graph_).Lines(false),
              testing::RunCommand(NodeScript("gexf_graphology.js", path)),
              "graphology-gexf");
}

// Graphviz renders the DOT export: one SVG group per node and per edge,
// with the export's ids.
TEST_P(ExportValidationTest, DotRenderedByGraphviz) {
  REQUIRE_VALIDATOR(*kDot != '\0', "Graphviz dot (Debian graphviz)");
  const std::string path = Export(ExportFormat::kDot, "g.dot");
  const std::string svg = path + ".svg";
  const CommandResult r = testing::RunCommand(absl::StrCat(
      ShellQuote(kDot), " -Tsvg ", ShellQuote(path), " -o ", ShellQuote(svg)));
  ASSERT_EQ(r.status, 0) << "dot -Tsvg failed";
  const std::string text = testing::ReadFile(svg);
  const testing::ExpectedNetwork net = ExpectNetwork(graph_);
  auto count = [&](const std::string& needle) {
    size_t n = 0;
    for (size_t at = text.find(needle); at != std::string::npos;
         at = text.find(needle, at + 1)) {
      ++n;
    }
    return n;
  };
  EXPECT_EQ(count("class=\"node\""), net.nodes.size());
  EXPECT_EQ(count("class=\"edge\""), net.edges.size());
  for (uint32_t i = 0; i < graph_.actor_count(); ++i) {
    EXPECT_TRUE(absl::StrContains(
        text, absl::StrCat("<g id=\"a", i, "\" class=\"node\">")))
        << "actor " << i;
  }
  for (const testing::ExpectedEdge& e : net.edges) {
    const std::vector<std::string> f = absl::StrSplit(e.line, '\t');
    // Graphviz writes '-' in SVG attributes as "&#45;".
    const std::string id = absl::StrReplaceAll(f[1], {{"-", "&#45;"}});
    EXPECT_TRUE(absl::StrContains(
        text, absl::StrCat("<g id=\"", id, "\" class=\"edge\">")))
        << f[1];
  }
}

// The percent-encoding of a relationship key in its predicate IRI.
std::string KeySegment(absl::string_view key) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : key) {
    const auto u = static_cast<unsigned char>(c);
    if (absl::ascii_isalnum(u) || c == '-' || c == '.' || c == '_' ||
        c == '~') {
      out.push_back(c);
    } else {
      out += {'%', kHex[u >> 4], kHex[u & 15]};
    }
  }
  return out;
}

// What rdflib should find in the N-Quads export (nquads_rdflib.py).
std::vector<std::string> ExpectQuads(const Graph& g, const std::string& file) {
  const std::string base = "urn:diplograph:";
  const std::string dg = "urn:diplograph:ns:";
  auto actor = [&](ActorId a) { return absl::StrCat(base, "actor/", a.value); };
  auto statement = [&](uint32_t s) {
    return absl::StrCat(base, "statement/", s);
  };
  std::set<std::string> lines;
  for (uint32_t i = 0; i < g.actor_count(); ++i) {
    lines.insert(
        testing::Line({"label", actor(ActorId(i)), g.actor(ActorId(i)).name}));
  }
  for (uint32_t i = 0; i < g.statement_count(); ++i) {
    const StatementView s = g.statement(StatementId(i));
    const std::string graph = statement(i) + "/content";
    lines.insert(testing::Line({"speaker", statement(i), actor(s.speaker())}));
    if (!s.text().empty()) {
      lines.insert(
          testing::Line({"text", statement(i), testing::Cleaned(s.text())}));
    }
    if (!s.event_type().code.empty()) {
      for (ActorId t : s.about()) {
        lines.insert(testing::Line(
            {"content", graph, actor(s.speaker()),
             absl::StrCat("urn:diplograph:cameo:", s.event_type().code),
             actor(t)}));
      }
    }
    for (const Stance& st : s.stances()) {
      const char* p =
          st.polarity == Polarity::kCooperative   ? "cooperativeToward"
          : st.polarity == Polarity::kConflictual ? "conflictualToward"
                                                  : "neutralToward";
      lines.insert(testing::Line({"content", graph, actor(s.speaker()),
                                  absl::StrCat(dg, p), actor(st.target)}));
    }
  }
  for (uint32_t i = 0; i < g.relationship_count(); ++i) {
    const Relationship& r = g.relationship(RelationshipId(i));
    for (const Evidence& e : r.evidence) {
      if (!e.statement.valid()) continue;
      if (e.role != EvidenceRole::kAsserts &&
          e.role != EvidenceRole::kConfirms) {
        continue;
      }
      lines.insert(testing::Line(
          {"content", statement(e.statement.value) + "/content", actor(r.from),
           absl::StrCat("urn:diplograph:relation:", KeySegment(r.key)),
           actor(r.to)}));
    }
  }
  // Every line of the file is one quad; rdflib counts distinct ones.
  const std::vector<std::string> file_lines =
      SplitLines(testing::ReadFile(file));
  const std::set<std::string> distinct(file_lines.begin(), file_lines.end());
  lines.insert(testing::Line({"quads", absl::StrCat(distinct.size())}));
  lines.insert(testing::Line({"asserted", "0"}));
  return std::vector<std::string>(lines.begin(), lines.end());
}

TEST_P(ExportValidationTest, NQuadsReadByRdflib) {
  REQUIRE_PYTHON();
  const std::string path = Export(ExportFormat::kNQuads, "g.nq");
  ExpectLines(ExpectQuads(graph_, path),
              testing::RunCommand(Python("nquads_rdflib.py", path)), "rdflib");
}

TEST_P(ExportValidationTest, NQuadsReadByRapper) {
  REQUIRE_VALIDATOR(*kRapper != '\0', "rapper (Debian raptor2-utils)");
  const std::string path = Export(ExportFormat::kNQuads, "g.nq");
  const CommandResult r = testing::RunCommand(
      absl::StrCat(ShellQuote(kRapper), " -q -i nquads -o nquads ",
                   ShellQuote(path), " urn:x-base:"));
  ASSERT_EQ(r.status, 0) << "rapper failed";
  // rapper writes back every quad it read.
  EXPECT_EQ(SplitLines(r.out).size(),
            SplitLines(testing::ReadFile(path)).size());
}

TEST_P(ExportValidationTest, Rdf12NQuadsReadByN3) {
  REQUIRE_NPM("n3");
  ExportOptions options;
  options.rdf_version = RdfVersion::kRdf12;
  const std::string path = Export(ExportFormat::kNQuads, "g.nq", options);
  const std::vector<std::string> file_lines =
      SplitLines(testing::ReadFile(path));
  size_t named = 0;
  for (const std::string& l : file_lines) {
    // A quad in a statement's graph (not the dg:content triple naming it).
    if (absl::EndsWith(l, "/content> .") &&
        !absl::StrContains(l, "<urn:diplograph:ns:content>")) {
      ++named;
    }
  }
  const CommandResult r = testing::RunCommand(NodeScript("nquads_n3.js", path));
  ExpectLines({absl::StrCat("named\t", named),
               absl::StrCat("quads\t", file_lines.size()),
               absl::StrCat("reifies\t", named)},
              r, "n3");
}

// SQLite loads every CSV of the Neo4j export (with the CSV rules
// neo4j-admin reads them by); the counts and a few joins match the graph.
TEST_P(ExportValidationTest, Neo4jCsvLoadedIntoSqlite) {
  REQUIRE_VALIDATOR(*kSqlite != '\0', "the sqlite3 shell (Debian sqlite3)");
  const std::string dir = Export(ExportFormat::kNeo4jCsv, "neo4j");
  std::string sql = ".bail on\n.mode csv\n";
  std::vector<std::string> tables;
  for (const Neo4jFile& f : Neo4jFiles()) {
    std::string table(f.file_name);
    table.resize(table.size() - 4);  // ".csv"
    tables.push_back(table);
    absl::StrAppend(&sql, ".import '", dir, "/", f.file_name, "' ", table,
                    "\n");
  }
  sql += ".mode tabs\n";
  for (const std::string& t : tables) {
    absl::StrAppend(&sql, "SELECT 'count', '", t, "', count(*) FROM ", t,
                    ";\n");
  }
  sql += R"sql(
SELECT 'speaker', s."statementId:ID(Statement)", a.name
  FROM said JOIN actors a ON a."actorId:ID(Actor)" = said.":START_ID(Actor)"
  JOIN statements s ON s."statementId:ID(Statement)" = said.":END_ID(Statement)";
SELECT 'text', "statementId:ID(Statement)", hex(text) FROM statements;
SELECT 'about', count(*) FROM about
  JOIN statements s ON s."statementId:ID(Statement)" = about.":START_ID(Statement)"
  JOIN actors a ON a."actorId:ID(Actor)" = about.":END_ID(Actor)";
SELECT 'rel', r."relationshipId:ID(Relationship)", af.name, at.name
  FROM relationships r
  JOIN relationship_from f ON f.":START_ID(Relationship)" = r."relationshipId:ID(Relationship)"
  JOIN actors af ON af."actorId:ID(Actor)" = f.":END_ID(Actor)"
  JOIN relationship_to t ON t.":START_ID(Relationship)" = r."relationshipId:ID(Relationship)"
  JOIN actors at ON at."actorId:ID(Actor)" = t.":END_ID(Actor)";
SELECT 'evidence', count(*) FROM evidence
  JOIN statements s ON s."statementId:ID(Statement)" = evidence.":START_ID(Statement)"
  JOIN relationships r ON r."relationshipId:ID(Relationship)" = evidence.":END_ID(Relationship)";
)sql";
  const std::string script = dir + ".sql";
  {
    std::ofstream out(script);
    out << sql;
  }
  const CommandResult r = testing::RunCommand(
      absl::StrCat(ShellQuote(kSqlite), " :memory: < ", ShellQuote(script)));

  // Expected, from the graph.
  const Graph& g = graph_;
  std::map<std::string, size_t> counts;
  for (const std::string& t : tables) counts[t] = 0;
  counts["actors"] = g.actor_count();
  counts["statements"] = g.statement_count();
  counts["said"] = g.statement_count();
  counts["sources"] = g.source_count();
  counts["relationships"] = g.relationship_count();
  counts["relationship_from"] = g.relationship_count();
  counts["relationship_to"] = g.relationship_count();
  std::vector<std::string> want;
  size_t about = 0, evidence = 0;
  for (uint32_t i = 0; i < g.actor_count(); ++i) {
    counts["affiliated_with"] += g.actor(ActorId(i)).affiliations.size();
  }
  for (uint32_t i = 0; i < g.source_count(); ++i) {
    if (g.source(SourceId(i)).outlet.valid()) ++counts["published_by"];
  }
  for (uint32_t i = 0; i < g.statement_count(); ++i) {
    const StatementView s = g.statement(StatementId(i));
    about += s.about().size();
    counts["reported_by"] += s.reported_by().size();
    if (s.source().valid()) ++counts["in_source"];
    for (const StatementLink& l : s.links()) {
      ++counts[std::string(StatementLinkKindName(l.kind))];
    }
    want.push_back(
        absl::StrCat("speaker\ts", i, "\t", g.actor(s.speaker()).name));
    const std::string text = testing::Cleaned(s.text());
    want.push_back(
        absl::StrCat("text\ts", i, "\t",
                     absl::AsciiStrToUpper(absl::BytesToHexString(text))));
  }
  counts["about"] = about;
  for (uint32_t i = 0; i < g.relationship_count(); ++i) {
    const Relationship& rel = g.relationship(RelationshipId(i));
    want.push_back(absl::StrCat("rel\tr", i, "\t", g.actor(rel.from).name, "\t",
                                g.actor(rel.to).name));
    for (const Evidence& e : rel.evidence) {
      if (e.statement.valid()) {
        ++evidence;
      } else {
        ++counts["source_evidence"];
      }
    }
  }
  counts["evidence"] = evidence;
  for (const auto& [table, n] : counts) {
    want.push_back(absl::StrCat("count\t", table, "\t", n));
  }
  want.push_back(absl::StrCat("about\t", about));
  want.push_back(absl::StrCat("evidence\t", evidence));
  std::sort(want.begin(), want.end());
  std::vector<std::string> got_lines = SplitLines(r.out);
  std::sort(got_lines.begin(), got_lines.end());
  CommandResult sorted = r;
  sorted.out = absl::StrJoin(got_lines, "\n");
  ExpectLines(want, sorted, "sqlite3");
}

INSTANTIATE_TEST_SUITE_P(SeedAndRandom, ExportValidationTest,
                         ::testing::Values(0, 1, 2, 3, 7));

}  // namespace
}  // namespace diplograph
