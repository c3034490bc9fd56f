// The standard workload (WORKLOAD.md) on the committed ICEWS sample: the
// answers bench/workload computes through the library must equal those of a
// brute-force computation over the raw rows, done here independently.

#include <algorithm>
#include <cstdint>
#include <deque>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "diplograph/graph.h"
#include "diplograph/icews.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing/status_matchers.h"
#include "workload/graph_queries.h"
#include "workload/workload_common.h"

namespace diplograph {
namespace {

using workload::Instance;

struct Quad {
  std::string s, r, o, date;
};

// Rows added to the sample to exercise self-loops, quotes and byte order.
const char kExtraRows[] =
    "China\tMake statement\tChina\t2014-05-01\n"
    "China\tConsult\tChina\t2014-05-01\n"
    "Party \"Unity\" (Georgia)\tConsult\tChina\t2014-06-02\n"
    "China\tPraise or endorse\tÉcole (France)\t2014-06-03\n"
    "Zeta Group\tConsult\tChina\t2014-06-03\n"
    "Zeta Group\tConsult\tZeta Group\t2014-06-04\n";

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

class IcewsWorkloadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ifstream f(DIPLOGRAPH_SOURCE_DIR "/tests/data/icews14_sample.tsv",
                    std::ios::binary);
    ASSERT_TRUE(f);
    std::stringstream text;
    text << f.rdbuf() << kExtraRows;
    text_ = text.str();
    std::vector<Quad> rows;
    for (absl::string_view line :
         absl::StrSplit(text_, '\n', absl::SkipEmpty())) {
      std::vector<std::string> f4 = absl::StrSplit(line, '\t');
      ASSERT_EQ(f4.size(), 4u) << line;
      rows.push_back({f4[0], f4[1], f4[2], f4[3]});
    }
    brute_ = std::make_unique<BruteForce>(std::move(rows));
    std::istringstream in(text_);
    IcewsImportReport r;
    const absl::Status s = ImportIcewsQuadruples(in, "sample", graph_, {}, &r);
    ASSERT_TRUE(s.ok()) << s;
    ASSERT_EQ(r.statements_added, brute_->size());
  }

  std::string text_;
  Graph graph_;
  std::unique_ptr<BruteForce> brute_;
};

TEST_F(IcewsWorkloadTest, DerivedParametersMatchTheRules) {
  workload::GraphQueries q(graph_);
  const workload::Derived d = q.Derive();
  const auto ranking = brute_->Ranking();
  ASSERT_GE(ranking.size(), 100u);
  EXPECT_EQ(d.rows, static_cast<int64_t>(brute_->size()));
  EXPECT_EQ(d.a1, ranking[0].first);
  EXPECT_EQ(d.a1, "China");
  EXPECT_EQ(d.a1_count, ranking[0].second);
  EXPECT_EQ(d.a10, ranking[9].first);
  EXPECT_EQ(d.a100, ranking[99].first);
  EXPECT_EQ(d.z, ranking.back().first);
  EXPECT_EQ(d.z_count, 1);
  EXPECT_EQ(d.p1, brute_->Partner(d.a1));
  EXPECT_EQ(d.p10, brute_->Partner(d.a10));
  EXPECT_EQ(d.p100, brute_->Partner(d.a100));
  const size_t n = brute_->size();
  EXPECT_EQ(d.dlo, brute_->DateAt((n - 1) / 4));
  EXPECT_EQ(d.dmid, brute_->DateAt((n - 1) / 2));
  EXPECT_EQ(d.dhi, brute_->DateAt(3 * (n - 1) / 4));
}

TEST_F(IcewsWorkloadTest, AnswersEqualBruteForce) {
  workload::GraphQueries q(graph_);
  std::vector<Instance> instances = workload::MakeInstances(q.Derive());
  // Extra instances on the odd rows: self-loops, quotes, non-ASCII, a
  // pair with no path, a path to oneself.
  instances.push_back({"Q2", {"China", "École (France)"}});
  instances.push_back({"Q3", {"Zeta Group"}});
  instances.push_back({"Q3", {"Party \"Unity\" (Georgia)"}});
  instances.push_back({"Q4", {"École (France)"}});
  instances.push_back({"Q5", {"China", "China"}});
  instances.push_back({"Q5", {"Zeta Group", "École (France)"}});
  instances.push_back({"Q6", {"China"}});
  instances.push_back({"Q6", {"Zeta Group"}});
  instances.push_back({"Q7", {"2014-06-03", "2014-06-04"}});
  instances.push_back({"Q1", {"China", "2014-05-01", "2014-05-01"}});
  size_t nontrivial = 0;
  for (const Instance& i : instances) {
    absl::StatusOr<workload::Result> r = q.Run(i);
    ASSERT_TRUE(r.ok()) << r.status();
    const std::string want = brute_->Answer(i);
    EXPECT_EQ(workload::Token(i.phase, *r), want)
        << i.phase << " " << absl::StrJoin(i.args, " | ");
    if (want != "0" && want.rfind("0:", 0) != 0) ++nontrivial;
  }
  EXPECT_GE(nontrivial, instances.size() - 1);
}

TEST_F(IcewsWorkloadTest, UnknownActorIsAnError) {
  workload::GraphQueries q(graph_);
  EXPECT_FALSE(q.Run({"Q3", {"Nobody at all"}}).ok());
  EXPECT_FALSE(q.Run({"Q1", {"China", "2014-02-30", "2014-03-01"}}).ok());
}

// The full reference dataset (../shared/data/icews14, test.tsv then
// valid.tsv) must give the reference parameters and answer tokens that
// WORKLOAD.md publishes.
TEST(IcewsWorkloadReferenceTest, Icews14GivesTheReferenceTokens) {
  std::stringstream text;
  for (const char* part : {"test.tsv", "valid.tsv"}) {
    std::ifstream f(absl::StrCat(DIPLOGRAPH_SHARED_DATA_DIR, "/icews14/", part),
                    std::ios::binary);
    ASSERT_TRUE(f) << "missing ../shared/data/icews14/" << part;
    text << f.rdbuf();
  }
  Graph g;
  IcewsImportReport r;
  const absl::Status s = ImportIcewsQuadruples(text, "icews14", g, {}, &r);
  ASSERT_TRUE(s.ok()) << s;
  EXPECT_EQ(r.records_read, 17904u);
  EXPECT_EQ(r.statements_added, 17904u);
  workload::GraphQueries q(g);
  const workload::Derived d = q.Derive();
  EXPECT_EQ(d.a1, "China");
  EXPECT_EQ(d.a10, "Mohammad Javad Zarif");
  EXPECT_EQ(d.a100, "Election Commission (India)");
  EXPECT_EQ(d.z, "Zurab Abashidze");
  EXPECT_EQ(d.p1, "Japan");
  EXPECT_EQ(d.p10, "Catherine Ashton");
  EXPECT_EQ(d.p100, "Citizen (India)");
  EXPECT_EQ(d.dlo, "2014-04-09");
  EXPECT_EQ(d.dhi, "2014-10-08");
  const std::map<std::string, std::string> want = {
      {"Q1", "259:e12bb390578590ed,85:42a83fc5878d8be1,17:47ed5124d22a9494"},
      {"Q2", "108:d9c818538b0c7dfa,72:3aa53fdd91262b82,21:50c46298f72277dd"},
      {"Q3", "275:6136a0d774bd33cb,77:eeb11a728be6687a,17:1d86f6ccd93b24a3"},
      {"Q4", "1779,1079,176"},
      {"Q5", "3,3,4"},
      {"Q6", "305:fd3c5dd5a0028446,98:97f04b9e0100aff2,36:8e03cc94baff48bf"},
      {"Q7", "10:e48e6ec4b400791a"}};
  std::map<std::string, std::vector<std::string>> got;
  for (const Instance& i : workload::MakeInstances(d)) {
    absl::StatusOr<workload::Result> res = q.Run(i);
    ASSERT_TRUE(res.ok()) << res.status();
    got[i.phase].push_back(workload::Token(i.phase, *res));
  }
  for (const auto& [phase, token] : want) {
    EXPECT_EQ(absl::StrJoin(got[phase], ","), token) << phase;
  }
}

}  // namespace
}  // namespace diplograph
