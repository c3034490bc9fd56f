// The standard workload (WORKLOAD.md) as the benchmark program answers it:
// runs the built bench/workload program on the committed ICEWS sample (plus
// rows with self-loops, quotes and non-ASCII names) and checks its derived
// parameters and answer tokens against a brute-force computation over the
// raw rows, done here independently; and, when ../shared/data/icews14 is
// present, checks its tokens on the full dataset against
// bench/workload/icews14.ref.txt.

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace diplograph {
namespace {

struct Quad {
  std::string s, r, o, date;
};

struct Instance {
  std::string phase;
  std::vector<std::string> args;
};

// Rows added to the sample to exercise self-loops, quotes and byte order.
const char kExtraRows[] =
    "China\tMake statement\tChina\t2014-05-01\n"
    "China\tConsult\tChina\t2014-05-01\n"
    "Party \"Unity\" (Georgia)\tConsult\tChina\t2014-06-02\n"
    "China\tPraise or endorse\tÉcole (France)\t2014-06-03\n"
    "Zeta Group\tConsult\tChina\t2014-06-03\n"
    "Zeta Group\tConsult\tZeta Group\t2014-06-04\n";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// A file name of this test process under the test temporary directory
// (ctest runs the cases of this binary in parallel processes).
std::string TempPath(const std::string& name) {
  return absl::StrCat(::testing::TempDir(), "/icews_workload_", getpid(), "_",
                      name);
}

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

// What one run of the workload program printed.
struct ProgramRun {
  int exit_status = -1;
  std::string output;                         // stdout
  std::map<std::string, std::string> tokens;  // phase -> token

  std::string token(const std::string& phase) const {
    auto it = tokens.find(phase);
    return it == tokens.end() ? "(no line)" : it->second;
  }
};

// Runs the workload program with `args` (each single-quoted for the shell;
// none contains a quote).
ProgramRun RunWorkload(const std::vector<std::string>& args) {
  std::string command = "'" DIPLOGRAPH_WORKLOAD_PROGRAM "'";
  for (const std::string& a : args) absl::StrAppend(&command, " '", a, "'");
  absl::StrAppend(&command, " --reps 1");
  ProgramRun run;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return run;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof(buffer), pipe)) > 0) {
    run.output.append(buffer, n);
  }
  const int status = pclose(pipe);
  run.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  for (absl::string_view line : absl::StrSplit(run.output, '\n')) {
    std::vector<std::string> f = absl::StrSplit(line, ' ');
    if (f.size() >= 3 && f[0].size() == 2 && f[0][0] == 'Q') {
      run.tokens[f[0]] = f[2];
    } else if (f.size() >= 3 && f[0] == "L") {
      run.tokens["L"] = f[2];
    }
  }
  return run;
}

std::string Fnv(const std::vector<std::string>& lines) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (const std::string& l : lines) {
    for (unsigned char c : l + "\n") {
      h ^= c;
      h *= 0x100000001b3ull;
    }
  }
  return absl::StrFormat("%d:%016x", lines.size(), h);
}

class BruteForce {
 public:
  explicit BruteForce(std::vector<Quad> rows) : rows_(std::move(rows)) {
    for (const Quad& q : rows_) {
      if (q.s != q.o) {
        adj_[q.s].insert(q.o);
        adj_[q.o].insert(q.s);
      }
      adj_[q.s];
      adj_[q.o];
    }
  }

  std::string Answer(const Instance& i) const {
    const auto& a = i.args;
    std::vector<std::string> lines;
    if (i.phase == "Q1" || i.phase == "Q2") {
      std::vector<
          std::tuple<std::string, std::string, std::string, std::string>>
          hits;
      for (const Quad& q : rows_) {
        const bool hit = i.phase == "Q1"
                             ? (q.s == a[0] && q.date >= a[1] && q.date <= a[2])
                             : ((q.s == a[0] && q.o == a[1]) ||
                                (q.s == a[1] && q.o == a[0]));
        if (hit) hits.emplace_back(q.date, q.s, q.r, q.o);
      }
      std::sort(hits.begin(), hits.end());
      for (const auto& [d, s, r, o] : hits)
        lines.push_back(absl::StrCat(s, "\t", r, "\t", o, "\t", d));
      return Fnv(lines);
    }
    if (i.phase == "Q3") {
      const auto& n = adj_.at(a[0]);
      lines.assign(n.begin(), n.end());
      return Fnv(lines);
    }
    if (i.phase == "Q4") {
      std::set<std::string> seen;
      for (const std::string& n : adj_.at(a[0])) {
        seen.insert(n);
        for (const std::string& m : adj_.at(n)) seen.insert(m);
      }
      seen.erase(a[0]);
      return absl::StrCat(seen.size());
    }
    if (i.phase == "Q5") {
      std::map<std::string, int> dist{{a[0], 0}};
      std::deque<std::string> queue{a[0]};
      while (!queue.empty()) {
        const std::string u = queue.front();
        queue.pop_front();
        if (u == a[1]) return absl::StrCat(dist[u]);
        for (const std::string& w : adj_.at(u)) {
          if (dist.emplace(w, dist[u] + 1).second) queue.push_back(w);
        }
      }
      return "-1";
    }
    if (i.phase == "Q6") {
      std::map<std::pair<std::string, std::string>, int> counts;
      for (const Quad& q : rows_) {
        if (q.s == a[0] || q.o == a[0]) ++counts[{q.date.substr(0, 7), q.r}];
      }
      for (const auto& [k, n] : counts)
        lines.push_back(absl::StrCat(k.first, "\t", k.second, "\t", n));
      return Fnv(lines);
    }
    // Q7
    std::map<std::string, int> degree;
    for (const Quad& q : rows_) {
      if (q.date >= a[0] && q.date <= a[1]) {
        ++degree[q.s];
        ++degree[q.o];
      }
    }
    std::vector<std::pair<int, std::string>> order;
    for (const auto& [name, d] : degree) order.emplace_back(-d, name);
    std::sort(order.begin(), order.end());
    for (size_t k = 0; k < order.size() && k < 10; ++k) {
      lines.push_back(absl::StrCat(order[k].second, "\t", -order[k].first));
    }
    return Fnv(lines);
  }

  // Subject ranking and partners, as WORKLOAD.md defines them.
  std::vector<std::pair<std::string, int>> Ranking() const {
    std::map<std::string, int> count;
    for (const Quad& q : rows_) ++count[q.s];
    std::vector<std::pair<int, std::string>> order;
    for (const auto& [name, n] : count) order.emplace_back(-n, name);
    std::sort(order.begin(), order.end());
    std::vector<std::pair<std::string, int>> out;
    for (const auto& [n, name] : order) out.emplace_back(name, -n);
    return out;
  }
  std::string Partner(const std::string& x) const {
    std::map<std::string, int> count;
    for (const Quad& q : rows_) {
      if (q.s == x && q.o != x) ++count[q.o];
      if (q.o == x && q.s != x) ++count[q.s];
    }
    std::string best;
    int best_n = 0;
    for (const auto& [name, n] : count) {
      if (n > best_n) {
        best = name;
        best_n = n;
      }
    }
    return best;
  }
  std::string DateAt(size_t pos) const {
    std::vector<std::string> dates;
    for (const Quad& q : rows_) dates.push_back(q.date);
    std::sort(dates.begin(), dates.end());
    return dates[pos];
  }
  size_t size() const { return rows_.size(); }

 private:
  std::vector<Quad> rows_;
  std::map<std::string, std::set<std::string>> adj_;
};

// The expected token per phase of `instances` (joined by ',' in order).
std::map<std::string, std::string> Expected(
    const BruteForce& brute, const std::vector<Instance>& instances) {
  std::map<std::string, std::vector<std::string>> tokens;
  for (const Instance& i : instances) {
    tokens[i.phase].push_back(brute.Answer(i));
  }
  std::map<std::string, std::string> out;
  for (const auto& [phase, list] : tokens)
    out[phase] = absl::StrJoin(list, ",");
  return out;
}

std::string ParamsText(const std::vector<Instance>& instances) {
  std::string out;
  for (const Instance& i : instances) {
    absl::StrAppend(&out, i.phase, "\t", absl::StrJoin(i.args, "\t"), "\n");
  }
  return out;
}

class IcewsWorkloadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string sample =
        ReadFile(DIPLOGRAPH_SOURCE_DIR "/data/samples/icews14_sample.tsv");
    ASSERT_FALSE(sample.empty())
        << "cannot read data/samples/icews14_sample.tsv";
    const std::string text = sample + kExtraRows;
    std::vector<Quad> rows;
    for (absl::string_view line :
         absl::StrSplit(text, '\n', absl::SkipEmpty())) {
      std::vector<std::string> f4 = absl::StrSplit(line, '\t');
      ASSERT_EQ(f4.size(), 4u) << line;
      rows.push_back({f4[0], f4[1], f4[2], f4[3]});
    }
    brute_ = std::make_unique<BruteForce>(std::move(rows));
    data_ = TempPath("data.tsv");
    WriteFile(data_, text);
  }
  void TearDown() override { std::remove(data_.c_str()); }

  std::string data_;
  std::unique_ptr<BruteForce> brute_;
};

// Without a params file the program derives the instances by the rules of
// WORKLOAD.md: its parameters and its answers to them must be right.
TEST_F(IcewsWorkloadTest, DerivedInstancesAndAnswersEqualBruteForce) {
  const std::string params = TempPath("derived.params.tsv");
  const ProgramRun run = RunWorkload({data_, "--write-params", params});
  ASSERT_EQ(run.exit_status, 0) << run.output;
  EXPECT_EQ(run.token("L"), absl::StrCat("rows=", brute_->size()));

  std::map<std::string, std::vector<std::string>> info;
  std::vector<std::string> partners;
  std::vector<Instance> instances;
  for (absl::string_view line :
       absl::StrSplit(ReadFile(params), '\n', absl::SkipEmpty())) {
    std::vector<std::string> f = absl::StrSplit(line, '\t');
    if (f[0].size() == 2 && f[0][0] == 'Q') {
      instances.push_back({f[0], {f.begin() + 1, f.end()}});
    } else if (f[0] == "PARTNER") {
      ASSERT_EQ(f.size(), 3u) << line;
      partners.push_back(f[2]);
    } else if (f[0][0] != '#') {
      info[f[0]] = {f.begin() + 1, f.end()};
    }
  }
  std::remove(params.c_str());

  const auto ranking = brute_->Ranking();
  ASSERT_GE(ranking.size(), 100u);
  using ::testing::ElementsAre;
  EXPECT_THAT(info["ROWS"], ElementsAre(absl::StrCat(brute_->size())));
  EXPECT_THAT(info["A1"],
              ElementsAre("China", absl::StrCat(ranking[0].second)));
  EXPECT_THAT(info["A10"],
              ElementsAre(ranking[9].first, absl::StrCat(ranking[9].second)));
  EXPECT_THAT(info["A100"],
              ElementsAre(ranking[99].first, absl::StrCat(ranking[99].second)));
  EXPECT_THAT(info["Z"], ElementsAre(ranking.back().first, "1"));
  EXPECT_THAT(partners, ElementsAre(brute_->Partner(ranking[0].first),
                                    brute_->Partner(ranking[9].first),
                                    brute_->Partner(ranking[99].first)));
  const size_t n = brute_->size();
  EXPECT_THAT(info["DATES"], ElementsAre(brute_->DateAt((n - 1) / 4),
                                         brute_->DateAt((n - 1) / 2),
                                         brute_->DateAt(3 * (n - 1) / 4)));

  ASSERT_EQ(instances.size(), 19u);
  for (const auto& [phase, want] : Expected(*brute_, instances)) {
    EXPECT_EQ(run.token(phase), want) << phase << "\n" << run.output;
  }
}

// Instances on the odd rows: self-loops, quotes, non-ASCII, a pair with no
// path, a path to oneself, a one-day window.
TEST_F(IcewsWorkloadTest, OddRowsGiveTheBruteForceAnswers) {
  const std::vector<Instance> instances = {
      {"Q1", {"China", "2014-05-01", "2014-05-01"}},
      {"Q2", {"China", "École (France)"}},
      {"Q2", {"China", "China"}},
      {"Q3", {"Zeta Group"}},
      {"Q3", {"Party \"Unity\" (Georgia)"}},
      {"Q4", {"École (France)"}},
      {"Q5", {"China", "China"}},
      {"Q5", {"Zeta Group", "École (France)"}},
      {"Q6", {"China"}},
      {"Q6", {"Zeta Group"}},
      {"Q7", {"2014-06-03", "2014-06-04"}},
  };
  const std::string params = TempPath("odd.params.tsv");
  WriteFile(params, ParamsText(instances));
  const ProgramRun run = RunWorkload({data_, params});
  std::remove(params.c_str());
  ASSERT_EQ(run.exit_status, 0) << run.output;
  size_t nontrivial = 0;
  for (const auto& [phase, want] : Expected(*brute_, instances)) {
    EXPECT_EQ(run.token(phase), want) << phase;
    for (absl::string_view t : absl::StrSplit(want, ',')) {
      if (t != "0" && !absl::StartsWith(t, "0:")) ++nontrivial;
    }
  }
  EXPECT_GE(nontrivial, instances.size() - 1);
}

TEST_F(IcewsWorkloadTest, UnknownActorOrBadDateFailsTheRun) {
  for (const std::string line :
       {"Q3\tNobody at all\n", "Q1\tChina\t2014-02-30\t2014-03-01\n"}) {
    const std::string params = TempPath("bad.params.tsv");
    WriteFile(params, line);
    const ProgramRun run = RunWorkload({data_, params});
    std::remove(params.c_str());
    EXPECT_EQ(run.exit_status, 1) << line;
    EXPECT_EQ(run.tokens.count(line.substr(0, 2)), 0u) << line;
  }
}

// The full reference dataset (../shared/data/icews14, test.tsv then
// valid.tsv) gives the answer tokens that WORKLOAD.md publishes, kept in
// bench/workload/icews14.ref.txt.
TEST(IcewsWorkloadReferenceTest, Icews14GivesTheReferenceTokens) {
  std::string text;
  for (const char* part : {"test.tsv", "valid.tsv"}) {
    const std::string path =
        absl::StrCat(DIPLOGRAPH_SHARED_DATA_DIR, "/icews14/", part);
    if (access(path.c_str(), R_OK) != 0) {
      GTEST_SKIP() << "needs ../shared/data/icews14/test.tsv and valid.tsv "
                      "(the ICEWS14 reference dataset of WORKLOAD.md)";
    }
    text += ReadFile(path);
  }
  const std::string data = TempPath("icews14.tsv");
  WriteFile(data, text);
  const ProgramRun run = RunWorkload(
      {data, DIPLOGRAPH_SOURCE_DIR "/bench/workload/icews14.params.tsv"});
  std::remove(data.c_str());
  ASSERT_EQ(run.exit_status, 0) << run.output;
  size_t checked = 0;
  for (absl::string_view line : absl::StrSplit(
           ReadFile(DIPLOGRAPH_SOURCE_DIR "/bench/workload/icews14.ref.txt"),
           '\n', absl::SkipEmpty())) {
    std::vector<std::string> f = absl::StrSplit(line, ' ');
    ASSERT_EQ(f.size(), 2u) << line;
    EXPECT_EQ(run.token(f[0]), f[1]) << f[0];
    ++checked;
  }
  EXPECT_EQ(checked, 8u);
}

}  // namespace
}  // namespace diplograph
