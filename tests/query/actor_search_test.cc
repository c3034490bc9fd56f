#include "diplograph/actor_search.h"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "diplograph/graph.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace diplograph {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class ActorSearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    medvedev_ = Add("Dmitry Anatolyevich Medvedev", {"Medvedev"});
    putin_ = Add("Vladimir Putin", {"Putin"});
    russia_ = Add("Russia", {"Russian Federation"});
    mfa_ = Add("Ministry of Foreign Affairs (Russia)", {});
    mfa_china_ =
        Add("Ministry of Foreign Affairs (China)", {"Foreign Ministry"});
    lavrov_ = Add("Sergey Lavrov", {});
    putina_ = Add("Lyudmila Putina", {});
    medvedeva_ = Add("Svetlana Medvedeva", {});
    kozak_ = Add("Dmitry Kozak", {});
    zurich_ = Add("Zürich Group", {});
  }

  ActorId Add(const char* name, std::vector<std::string> aliases) {
    Actor a;
    a.name = name;
    a.aliases = std::move(aliases);
    return *g_.AddActor(a);
  }

  std::vector<ActorId> Ids(const ActorSearchIndex& index,
                           absl::string_view query, size_t limit = 10) {
    std::vector<ActorId> out;
    for (const ActorMatch& m : index.Search(query, limit)) {
      out.push_back(m.actor);
    }
    return out;
  }

  Graph g_;
  ActorId medvedev_, putin_, russia_, mfa_, mfa_china_, lavrov_, putina_,
      medvedeva_, kozak_, zurich_;
};

TEST_F(ActorSearchTest, ASurnameFindsTheFullName) {
  Graph g;
  Actor a;
  a.name = "Dmitry Anatolyevich Medvedev";
  const ActorId id = *g.AddActor(a);
  const ActorSearchIndex index(g);
  const std::vector<ActorMatch> m = index.Search("Medvedev");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].actor, id);
  EXPECT_EQ(m[0].name, "Dmitry Anatolyevich Medvedev");
  EXPECT_FALSE(m[0].is_alias);
  EXPECT_EQ(m[0].exact_tokens, 1u);
  EXPECT_EQ(m[0].name_tokens, 3u);
  EXPECT_TRUE(g.FindActor("Medvedev").status().code() ==
              absl::StatusCode::kNotFound);  // the exact lookup does not
}

TEST_F(ActorSearchTest, RanksExactNamesThenExactTokensThenPrefixes) {
  const ActorSearchIndex index(g_);
  // The alias "Medvedev" is the whole query; "Medvedeva" only starts with it.
  const std::vector<ActorMatch> m = index.Search("medvedev");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].actor, medvedev_);
  EXPECT_EQ(m[0].name, "Medvedev");
  EXPECT_TRUE(m[0].is_alias);
  EXPECT_EQ(m[1].actor, medvedeva_);
  EXPECT_EQ(m[1].exact_tokens, 0u);
  // "Putin": the alias is whole, the prefix "Putina" comes last.
  EXPECT_THAT(Ids(index, "PUTIN"), ElementsAre(putin_, putina_));
  // An exact token beats a prefix, whatever the ids.
  EXPECT_THAT(Ids(index, "dmitry"), ElementsAre(kozak_, medvedev_));
  EXPECT_THAT(Ids(index, "dmi"), ElementsAre(kozak_, medvedev_));
}

TEST_F(ActorSearchTest, EveryQueryTokenMustMatchADifferentTokenOfOneName) {
  const ActorSearchIndex index(g_);
  // Both ministries match by canonical name with one exact token and five
  // tokens: the lower id first. The shorter alias "Foreign Ministry" of the
  // second ranks after its canonical name (canonical before alias).
  EXPECT_THAT(Ids(index, "foreign min"), ElementsAre(mfa_, mfa_china_));
  // When the alias is the whole query, it ranks first.
  const std::vector<ActorMatch> m = index.Search("foreign ministry");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].actor, mfa_china_);
  EXPECT_EQ(m[0].name, "Foreign Ministry");  // whole: ranks first
  EXPECT_EQ(m[1].actor, mfa_);
  EXPECT_THAT(Ids(index, "affairs china"), ElementsAre(mfa_china_));
  EXPECT_THAT(Ids(index, "(russia)"), ElementsAre(russia_, mfa_));
  // Tokens of two different names of one actor do not combine.
  EXPECT_THAT(Ids(index, "putin vladimir"), ElementsAre(putin_));
  EXPECT_THAT(Ids(index, "putin federation"), IsEmpty());
  // One name token cannot serve two query tokens.
  EXPECT_THAT(Ids(index, "putin putin"), IsEmpty());
  EXPECT_THAT(Ids(index, "sergei"), IsEmpty());

  // "car" can only take "Carla", so "c" must take "Ca", whichever comes
  // first in the name or the query.
  Graph g;
  const ActorId carla = *g.AddActor({.name = "Carla Ca"});
  const ActorId other = *g.AddActor({.name = "Ca Carla X"});
  const ActorSearchIndex small(g);
  EXPECT_THAT(Ids(small, "c car"), ElementsAre(carla, other));
  EXPECT_THAT(Ids(small, "car c"), ElementsAre(carla, other));
  EXPECT_THAT(Ids(small, "c car x"), ElementsAre(other));
  EXPECT_THAT(Ids(small, "c c c"), IsEmpty());
}

TEST_F(ActorSearchTest, QueriesWithoutTokensAndLimits) {
  const ActorSearchIndex index(g_);
  EXPECT_THAT(index.Search(""), IsEmpty());
  EXPECT_THAT(index.Search(" ()-, "), IsEmpty());
  EXPECT_THAT(index.Search("putin", 0), IsEmpty());
  EXPECT_THAT(Ids(index, "putin", 1), ElementsAre(putin_));
  // Non-ASCII bytes stay inside tokens and compare byte for byte.
  EXPECT_THAT(Ids(index, "zürich"), ElementsAre(zurich_));
  EXPECT_THAT(Ids(index, "zurich"), IsEmpty());
  EXPECT_THAT(NameTokens("Ministry of Foreign Affairs (China)"),
              ElementsAre("ministry", "of", "foreign", "affairs", "china"));
  EXPECT_EQ(index.name_count(), 14u);  // 10 names and 4 aliases
}

TEST_F(ActorSearchTest, TheIndexIsASnapshot) {
  const ActorSearchIndex before(g_);
  const ActorId shoigu = Add("Sergei Shoigu", {});
  EXPECT_THAT(Ids(before, "shoigu"), IsEmpty());
  EXPECT_THAT(Ids(ActorSearchIndex(g_), "shoigu"), ElementsAre(shoigu));
}

// Random names and queries against a plain scan with the documented rules.
TEST(ActorSearchOracleTest, RandomSearchesMatchAPlainScan) {
  const char* const kWords[] = {"al",    "alba", "albania", "bo",  "bor",
                                "boris", "c",    "ca",      "car", "carla",
                                "de",    "del",  "delta",   "x1",  "x10"};
  std::mt19937 rng(7);
  Graph g;
  auto word = [&] { return std::string(kWords[rng() % std::size(kWords)]); };
  for (int i = 0; i < 300; ++i) {
    Actor a;
    const int n = 1 + static_cast<int>(rng() % 4);
    for (int k = 0; k < n; ++k) {
      std::string w = word();
      if (rng() % 3 == 0) w = absl::AsciiStrToUpper(w);
      absl::StrAppend(&a.name, k == 0 ? "" : (rng() % 2 ? " " : "-"), w);
    }
    absl::StrAppend(&a.name, " #", i);  // unique
    if (rng() % 3 == 0) a.aliases.push_back(absl::StrCat(word(), " ", word()));
    ASSERT_TRUE(g.AddActor(a).ok()) << a.name;
  }
  const ActorSearchIndex index(g);
  struct Fit {
    bool whole;
    uint32_t exact;
    bool alias;
    size_t tokens;
    uint32_t actor;
  };
  auto rank = [](const Fit& x, const Fit& y) {
    if (x.whole != y.whole) return x.whole;
    if (x.exact != y.exact) return x.exact > y.exact;
    if (x.alias != y.alias) return !x.alias;
    if (x.tokens != y.tokens) return x.tokens < y.tokens;
    return x.actor < y.actor;
  };
  size_t nonempty = 0;
  for (int i = 0; i < 300; ++i) {
    std::vector<std::string> q;
    const int n = 1 + static_cast<int>(rng() % 2);
    for (int k = 0; k < n; ++k) q.push_back(word());
    // The oracle: try every assignment of query tokens to name tokens.
    std::vector<Fit> want;
    for (uint32_t id = 0; id < g.actor_count(); ++id) {
      const Actor& a = g.actor(ActorId(id));
      std::vector<std::pair<std::string, bool>> names = {{a.name, false}};
      for (const std::string& al : a.aliases) names.push_back({al, true});
      std::optional<Fit> best;
      for (const auto& [text, alias] : names) {
        const std::vector<std::string> t = NameTokens(text);
        std::optional<uint32_t> exact;  // most exact matches of any assignment
        std::vector<size_t> pick(q.size(), 0);
        // Enumerate assignments (names have at most 6 tokens, queries 2).
        for (size_t a0 = 0; a0 < t.size(); ++a0) {
          for (size_t a1 = 0; a1 < (q.size() > 1 ? t.size() : 1); ++a1) {
            if (q.size() > 1 && a1 == a0) continue;
            const size_t at[2] = {a0, a1};
            uint32_t e = 0;
            bool ok = true;
            for (size_t k = 0; k < q.size(); ++k) {
              if (t[at[k]] == q[k]) {
                ++e;
              } else if (!absl::StartsWith(t[at[k]], q[k])) {
                ok = false;
              }
            }
            if (ok && (!exact || e > *exact)) exact = e;
          }
        }
        if (!exact) continue;
        const Fit f{*exact == q.size() && t.size() == q.size(), *exact, alias,
                    t.size(), id};
        if (!best || rank(f, *best)) best = f;
      }
      if (best) want.push_back(*best);
    }
    std::sort(want.begin(), want.end(), rank);
    const size_t limit = 1 + rng() % 20;
    if (want.size() > limit) want.resize(limit);
    const std::vector<ActorMatch> got =
        index.Search(absl::StrCat(q[0], q.size() > 1 ? " " + q[1] : ""), limit);
    SCOPED_TRACE(absl::StrCat(q[0], q.size() > 1 ? " " + q[1] : ""));
    ASSERT_EQ(got.size(), want.size());
    for (size_t k = 0; k < got.size(); ++k) {
      EXPECT_EQ(got[k].actor.value, want[k].actor) << k;
      EXPECT_EQ(got[k].exact_tokens, want[k].exact) << k;
      EXPECT_EQ(got[k].is_alias, want[k].alias) << k;
      EXPECT_EQ(got[k].name_tokens, want[k].tokens) << k;
    }
    if (!got.empty()) ++nonempty;
  }
  EXPECT_GT(nonempty, 200u);
}

}  // namespace
}  // namespace diplograph
