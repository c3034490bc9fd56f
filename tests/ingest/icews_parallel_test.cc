// The threaded quadruple import (IcewsImportOptions::threads > 1) gives
// exactly the graph, report and errors of the one-thread import: on random
// inputs with bad rows, repeated rows, CR LF line ends and a byte-order
// mark, across chunk boundaries, and on the ICEWS14 files when present.

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "diplograph/graph.h"
#include "diplograph/icews.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing/graph_dump.h"
#include "testing/graph_lists.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::AllLists;
using ::diplograph::testing::DumpGraph;
using ::diplograph::testing::JsonLinesOf;

struct Result {
  absl::Status status;
  std::string report;
  std::string lists;
  std::string dump;
  std::string json;
  std::vector<ImportProgress> progress;
};

// A stream that cannot seek, so the import does not know its size: the
// threaded reader then runs whatever the input's size (a small input of
// known size is read on one thread, kMinThreadedImportBytes).
class UnsizedBuf : public std::stringbuf {
 public:
  explicit UnsizedBuf(const std::string& text) : std::stringbuf(text) {}

 protected:
  pos_type seekoff(off_type, std::ios_base::seekdir,
                   std::ios_base::openmode) override {
    return pos_type(off_type(-1));
  }
  pos_type seekpos(pos_type, std::ios_base::openmode) override {
    return pos_type(off_type(-1));
  }
};

Result Import(const std::string& text, int threads, ImportMode mode,
              bool skip_repeated, const Graph* seed = nullptr,
              bool sized = false) {
  Graph g;
  if (seed != nullptr) {
    // A graph that knows some names already.
    Actor a;
    a.name = "Known Person";
    a.kind = ActorKind::kPerson;
    EXPECT_TRUE(g.AddActor(a).ok());
  }
  IcewsImportOptions o;
  o.threads = threads;
  o.mode = mode;
  o.skip_repeated_rows = skip_repeated;
  o.progress_every_records = 1000;
  Result r;
  o.progress = [&r](const ImportProgress& p) { r.progress.push_back(p); };
  IcewsImportReport report;
  UnsizedBuf unsized(text);
  std::istringstream sized_in(text);
  std::istream unsized_in(&unsized);
  std::istream& in = sized ? static_cast<std::istream&>(sized_in) : unsized_in;
  r.status = ImportIcewsQuadruples(in, "in.tsv", g, o, &report);
  r.report = report.ToString();
  r.lists = AllLists(g);
  r.dump = DumpGraph(g);
  r.json = JsonLinesOf(g);
  return r;
}

void ExpectSame(const Result& a, const Result& b) {
  EXPECT_EQ(a.status, b.status);
  EXPECT_EQ(a.report, b.report);
  EXPECT_EQ(a.lists, b.lists);
  EXPECT_EQ(a.dump, b.dump);
  EXPECT_EQ(a.json, b.json);
  ASSERT_EQ(a.progress.size(), b.progress.size());
  for (size_t i = 0; i < a.progress.size(); ++i) {
    EXPECT_EQ(a.progress[i].records, b.progress[i].records);
    EXPECT_EQ(a.progress[i].bytes, b.progress[i].bytes);
  }
}

// Random quadruples: Zipf-like names (sector names with a country among
// them), CAMEO and unknown relations, and, with `bad`, a few malformed
// rows of every kind.
std::string RandomQuads(std::mt19937& rng, int rows, bool bad) {
  const std::vector<std::string> relations = {
      "Make statement", "Consult",          "Express intent to cooperate",
      "Host a visit",   "Not a CAMEO name", "Criticize or denounce"};
  std::uniform_int_distribution<int> pick(0, 99), day(1, 28), rel(0, 5);
  auto name = [&]() -> std::string {
    const int k = pick(rng) * pick(rng) / 100;
    switch (k % 5) {
      case 0:
        return absl::StrCat("Government (Land ", k % 7, ")");
      case 1:
        return "China";
      case 2:
        return k > 50 ? "Known Person" : absl::StrCat("Person ", k);
      default:
        return absl::StrCat("Group ", k);
    }
  };
  std::string out;
  std::string last;
  for (int i = 0; i < rows; ++i) {
    const int d = day(rng);
    std::string line =
        absl::StrCat(name(), "\t", relations[rel(rng)], "\t", name(),
                     "\t2014-0", 1 + d % 9, "-", d < 10 ? "0" : "", d);
    const int p = pick(rng);
    if (bad && p == 0) line = "too\tfew\tfields";
    if (bad && p == 1) line = "A\tConsult\tB\t2014-02-30";
    if (bad && p == 2) line = " Padded\tConsult\tB\t2014-02-03";
    if (bad && p == 3) line = "A\tConsult\t\xff\t2014-02-03";
    if (bad && p == 4) line.clear();
    if (p == 5 && !last.empty()) line = last;  // a repeated row
    last = line;
    absl::StrAppend(&out, line, p == 6 ? "\r\n" : "\n");
  }
  return out;
}

TEST(IcewsParallelTest, RandomInputsGiveTheOneThreadGraph) {
  for (uint32_t seed : {1u, 2u, 3u, 4u}) {
    std::mt19937 rng(seed);
    // Seed 4: more than two chunks of input.
    const int rows = seed == 4 ? 70000 : 2000 + 500 * static_cast<int>(seed);
    std::string text = RandomQuads(rng, rows, /*bad=*/true);
    if (seed == 2) text = absl::StrCat("\xEF\xBB\xBF", text);
    if (seed == 3) text += "Last\tConsult\tLine\t2014-05-05";  // no line end
    SCOPED_TRACE(seed);
    const Graph known;
    for (bool skip : {false, true}) {
      const Result one = Import(text, 1, ImportMode::kLenient, skip, &known);
      EXPECT_TRUE(one.status.ok()) << one.status;
      for (int threads : {2, 3}) {
        ExpectSame(one,
                   Import(text, threads, ImportMode::kLenient, skip, &known));
      }
      // Of known size: on one thread below kMinThreadedImportBytes.
      ExpectSame(one, Import(text, 2, ImportMode::kLenient, skip, &known,
                             /*sized=*/true));
    }
    // Strict mode: the first bad row fails the import, graph unchanged.
    const Result strict = Import(text, 1, ImportMode::kStrict, false);
    EXPECT_FALSE(strict.status.ok());
    ExpectSame(strict, Import(text, 2, ImportMode::kStrict, false));
  }
}

TEST(IcewsParallelTest, GoodInputAcrossChunksInStrictMode) {
  std::mt19937 rng(9);
  const std::string text = RandomQuads(rng, 60000, /*bad=*/false);
  const Result one = Import(text, 1, ImportMode::kStrict, false);
  ASSERT_TRUE(one.status.ok()) << one.status;
  ExpectSame(one, Import(text, 2, ImportMode::kStrict, false));
  ExpectSame(one, Import(text, 4, ImportMode::kStrict, false));
  ExpectSame(one, Import(text, 2, ImportMode::kStrict, false, nullptr,
                         /*sized=*/true));
}

// Names are resolved through one table for the whole input: a name whose
// first rows are bad (it is interned, not resolved) gets its actor at its
// first good row, several chunks later, and names first met in a later
// chunk by another worker still get ids in file order.
TEST(IcewsParallelTest, NamesFirstSeenInBadRowsOrLaterChunks) {
  std::string text;
  const std::string filler(1 << 17, 'x');
  auto block = [&](int k) {
    for (int i = 0; i < 6; ++i) {
      absl::StrAppend(&text, "Filler ", k, " ", i, " ", filler.substr(0, 40000),
                      "\tConsult\tChina\t2014-01-0", 1 + i, "\n");
    }
  };
  // Chunk 1: "Late Name" only in rows that fail after their names are read
  // (a bad object, a relation with a control character).
  absl::StrAppend(&text, "Late Name\tConsult\t\xff\t2014-02-03\n");
  absl::StrAppend(&text, "Other Late\tCon\x01sult\tLate Name\t2014-02-03\n");
  for (int k = 0; k < 4; ++k) block(k);
  // Several chunks later: the first good rows of both, then names new to
  // every chunk before.
  absl::StrAppend(&text, "Other Late\tConsult\tLate Name\t2014-03-03\n");
  for (int k = 4; k < 8; ++k) block(k);
  absl::StrAppend(&text, "Newest\tConsult\tOther Late\t2014-04-04\n");
  absl::StrAppend(&text, "Late Name\tConsult\tNewest (Land 3)\t2014-04-05\n");
  ASSERT_GT(text.size(), size_t{3} << 19);  // several chunks
  for (ImportMode mode : {ImportMode::kLenient, ImportMode::kStrict}) {
    const Result one = Import(text, 1, mode, false);
    for (int threads : {2, 3}) {
      ExpectSame(one, Import(text, threads, mode, false));
    }
  }
}

TEST(IcewsParallelTest, Utf16AndEmptyInputs) {
  const std::string utf16(
      "\xFF\xFE"
      "A\0\tB\0",
      8);
  ExpectSame(Import(utf16, 1, ImportMode::kLenient, false),
             Import(utf16, 2, ImportMode::kLenient, false));
  for (const char* text : {"", "\n", "\r\n\n", "\xEF\xBB\xBF"}) {
    ExpectSame(Import(text, 1, ImportMode::kLenient, false),
               Import(text, 2, ImportMode::kLenient, false));
  }
}

TEST(IcewsParallelTest, Icews14FilesGiveTheOneThreadGraph) {
  const std::string dir = DIPLOGRAPH_SHARED_DATA_DIR "/icews14";
  std::ifstream probe(dir + "/test.tsv");
  if (!probe) GTEST_SKIP() << "needs ../shared/data/icews14";
  for (const std::string& path :
       {dir + "/test.tsv", dir + "/valid.tsv",
        std::string(DIPLOGRAPH_SOURCE_DIR
                    "/data/samples/icews14_sample.tsv")}) {
    SCOPED_TRACE(path);
    // Three imports: one thread; a file below kMinThreadedImportBytes
    // with two (read on one thread); its bytes as a stream of unknown size
    // with two (read by the threaded reader).
    Result results[3];
    for (int i = 0; i < 2; ++i) {
      Graph g;
      IcewsImportOptions o;
      o.threads = i == 0 ? 1 : 2;
      IcewsImportReport report;
      results[i].status = ImportIcewsQuadruplesFile(path, g, o, &report);
      results[i].report = report.ToString();
      results[i].lists = AllLists(g);
      results[i].json = JsonLinesOf(g);
    }
    {
      std::ifstream in(path, std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      UnsizedBuf unsized(text.str());
      std::istream stream(&unsized);
      Graph g;
      IcewsImportOptions o;
      o.threads = 2;
      IcewsImportReport report;
      results[2].status = ImportIcewsQuadruples(stream, path, g, o, &report);
      results[2].report = report.ToString();
      results[2].lists = AllLists(g);
      results[2].json = JsonLinesOf(g);
    }
    EXPECT_TRUE(results[0].status.ok()) << results[0].status;
    ExpectSame(results[0], results[1]);
    ExpectSame(results[0], results[2]);
  }
}

}  // namespace
}  // namespace diplograph
