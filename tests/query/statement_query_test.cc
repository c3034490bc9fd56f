#include "diplograph/statement_query.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "diplograph/graph.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "query/random_graph.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;
using ::diplograph::testing::IsOkAndHolds;
using ::diplograph::testing::StatusIs;
using ::testing::AllOf;
using ::testing::ElementsAreArray;
using ::testing::HasSubstr;

int OracleQuad(const std::string& code) {
  if (code.size() < 2) return 0;
  const int root = std::stoi(code.substr(0, 2));
  const int bounds[] = {0, 5, 8, 13, 20};
  for (int q = 1; q <= 4; ++q) {
    if (root > bounds[q - 1] && root <= bounds[q]) return q;
  }
  return 0;
}

// One random query and the oracle predicate for it.
struct RandomQuery {
  StatementQuery query;
  std::function<bool(const StatementView&)> oracle;
  std::string description;
};

RandomQuery MakeRandomQuery(const Graph& g, std::mt19937& rng,
                            testing::StandsForMemo& stands) {
  StatementQuery q(g);
  std::string desc;
  const uint32_t n = static_cast<uint32_t>(g.actor_count());
  auto actor = [&] {
    // Prefer the roots (0-3), which have hierarchies; include silent actors.
    return ActorId(rng() % 3 == 0 ? static_cast<uint32_t>(rng() % 4)
                                  : static_cast<uint32_t>(rng() % n));
  };
  const bool hier = rng() % 2;
  if (hier) q.WithAffiliates();
  auto any_target = [&stands, hier](const StatementView& s, ActorId root) {
    for (ActorId t : s.about()) {
      if (stands(t, root, s.date(), hier)) return true;
    }
    return false;
  };
  std::function<bool(const StatementView&)> rel = [](const StatementView&) {
    return true;
  };
  switch (rng() % 6) {
    case 0:
      break;
    case 1: {
      ActorId a = actor();
      q.By(a);
      rel = [=, &stands](const StatementView& s) {
        return stands(s.speaker(), a, s.date(), hier);
      };
      desc += "By ";
      break;
    }
    case 2: {
      ActorId a = actor();
      q.About(a);
      rel = [=](const StatementView& s) { return any_target(s, a); };
      desc += "About ";
      break;
    }
    case 3: {
      ActorId a = actor(), b = actor();
      q.By(a).About(b);
      rel = [=, &stands](const StatementView& s) {
        return stands(s.speaker(), a, s.date(), hier) && any_target(s, b);
      };
      desc += "By+About ";
      break;
    }
    case 4: {
      ActorId a = actor();
      q.Involving(a);
      rel = [=, &stands](const StatementView& s) {
        return stands(s.speaker(), a, s.date(), hier) || any_target(s, a);
      };
      desc += "Involving ";
      break;
    }
    case 5: {
      ActorId a = actor(), b = actor();
      q.Between(a, b);
      rel = [=, &stands](const StatementView& s) {
        return (stands(s.speaker(), a, s.date(), hier) && any_target(s, b)) ||
               (stands(s.speaker(), b, s.date(), hier) && any_target(s, a));
      };
      desc += "Between ";
      break;
    }
  }
  Interval window;
  switch (rng() % 5) {
    case 0:
      break;  // open
    case 1:
      window = *Interval::Parse("1990/1995");  // empty range: no statements
      break;
    default:
      window = testing::RandomInterval(rng);
  }
  q.During(window);
  desc += window.ToString();

  std::vector<std::function<bool(const StatementView&)>> residual;
  if (rng() % 4 == 0) {
    std::string code = testing::kCodes[rng() % std::size(testing::kCodes)];
    std::string pattern =
        rng() % 2 ? code.substr(0, 1 + rng() % 2) + "*" : code;
    q.EventCode(pattern);
    desc += " code " + pattern;
    residual.push_back([pattern](const StatementView& s) {
      const std::string& c = s.event_type().code;
      if (c.empty()) return false;
      if (pattern.back() == '*') {
        return c.compare(0, pattern.size() - 1, pattern, 0,
                         pattern.size() - 1) == 0 &&
               c.size() >= pattern.size() - 1;
      }
      return c == pattern;
    });
  }
  if (rng() % 5 == 0) {
    const int quad = 1 + static_cast<int>(rng() % 4);
    q.InQuadClass(static_cast<QuadClass>(quad));
    desc += " quad";
    residual.push_back([quad](const StatementView& s) {
      return OracleQuad(s.event_type().code) == quad;
    });
  }
  if (rng() % 5 == 0) {
    const Polarity p = static_cast<Polarity>(static_cast<int>(rng() % 3) - 1);
    q.WithPolarity(p);
    desc += " polarity";
    residual.push_back([p](const StatementView& s) {
      int sum = 0;
      for (const Stance& st : s.stances()) sum += static_cast<int>(st.polarity);
      return static_cast<Polarity>((sum > 0) - (sum < 0)) == p;
    });
  }
  if (rng() % 6 == 0) {
    std::string topic = testing::kTopics[rng() % std::size(testing::kTopics)];
    if (rng() % 2) topic = absl::AsciiStrToUpper(topic);
    q.WithTopic(topic);
    desc += " topic";
    residual.push_back([topic](const StatementView& s) {
      for (absl::string_view t : s.topics()) {
        if (absl::AsciiStrToLower(t) == absl::AsciiStrToLower(topic))
          return true;
      }
      return false;
    });
  }
  if (rng() % 6 == 0) {
    const std::string needle =
        rng() % 2 ? "CONTAIN"
                  : testing::kWords[rng() % std::size(testing::kWords)];
    q.TextContains(needle);
    desc += " text";
    residual.push_back([needle](const StatementView& s) {
      return absl::AsciiStrToLower(s.text()).find(
                 absl::AsciiStrToLower(needle)) != std::string::npos;
    });
  }
  if (rng() % 6 == 0) {
    const std::string label =
        rng() % 2 ? "Dual-Deterrence" : "strategic  partners";
    q.SupportingRelationship(label);
    desc += " label";
    residual.push_back([label, &g](const StatementView& s) {
      const std::string want = NormalizeLabel(label);
      for (uint32_t i = 0; i < g.relationship_count(); ++i) {
        const Relationship& r = g.relationship(RelationshipId(i));
        bool match = NormalizeLabel(r.label) == want;
        for (const auto& v : r.label_variants) {
          match = match || NormalizeLabel(v) == want;
        }
        if (!match) continue;
        for (const Evidence& e : r.evidence) {
          if (e.statement == s.id()) return true;
        }
      }
      return false;
    });
  }
  if (rng() % 8 == 0) {
    q.Where([](const StatementView& s) { return s.id().value % 3 == 0; });
    desc += " where";
    residual.push_back(
        [](const StatementView& s) { return s.id().value % 3 == 0; });
  }
  auto oracle = [rel, window, residual](const StatementView& s) {
    if (!testing::OracleInWindow(s.date(), window)) return false;
    if (!rel(s)) return false;
    for (const auto& f : residual) {
      if (!f(s)) return false;
    }
    return true;
  };
  return {std::move(q), oracle, desc};
}

// 300 random queries a graph in optimised builds; the Debug build of the
// sanitizer run is about ten times slower, so it asks 100 (the same
// generator, the same checks).
#if defined(NDEBUG)
constexpr int kOracleQueries = 300;
#else
constexpr int kOracleQueries = 100;
#endif

class StatementQueryOracleTest : public ::testing::TestWithParam<uint32_t> {};

TEST_P(StatementQueryOracleTest, RandomQueriesMatchAPlainScan) {
  Graph g;
  testing::BuildRandomGraph(GetParam(), &g);
  testing::StandsForMemo stands(g);
  std::mt19937 rng(GetParam() * 7919u + 1);
  size_t nonempty = 0;
  for (int i = 0; i < kOracleQueries; ++i) {
    RandomQuery rq = MakeRandomQuery(g, rng, stands);
    SCOPED_TRACE(rq.description);
    const std::vector<StatementId> want = testing::OracleScan(g, rq.oracle);
    if (!want.empty()) ++nonempty;

    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(StatementCursor cursor, rq.query.Run());
    std::vector<StatementId> got;
    for (StatementId id : cursor) got.push_back(id);
    ASSERT_THAT(got, ElementsAreArray(want));

    // candidates_left() bounds the matches still to come at every step,
    // and is 0 at the end.
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(StatementCursor counted, rq.query.Run());
    ASSERT_GE(counted.candidates_left(), want.size());
    size_t taken = 0;
    StatementId next;
    while (counted.Next(&next)) {
      ++taken;
      ASSERT_GE(counted.candidates_left(), want.size() - taken);
    }
    ASSERT_EQ(counted.candidates_left(), 0u);

    // Paging in random page sizes gives the same sequence.
    const size_t limit = 1 + rng() % 97;
    std::vector<StatementId> paged;
    PageToken token;
    for (;;) {
      DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(StatementPage page,
                                      rq.query.Page(limit, token));
      ASSERT_LE(page.ids.size(), limit);
      paged.insert(paged.end(), page.ids.begin(), page.ids.end());
      token = page.next;
      if (!page.has_more) break;
      ASSERT_EQ(page.ids.size(), limit);
    }
    ASSERT_THAT(paged, ElementsAreArray(want));
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(size_t count, rq.query.Count());
    ASSERT_EQ(count, want.size());
  }
  // The generator must exercise non-trivial answers.
  EXPECT_GT(nonempty, static_cast<size_t>(kOracleQueries / 3));
}

// Each relation with affiliates on a random side, against the oracle: the
// speaker side expands the speaking actor, the target side the actor spoken
// about.
TEST_P(StatementQueryOracleTest, AffiliatesOnOneSideMatchAPlainScan) {
  Graph g;
  testing::BuildRandomGraph(GetParam(), &g);
  testing::StandsForMemo stands(g);
  std::mt19937 rng(GetParam() * 104729u + 5);
  const uint32_t n = static_cast<uint32_t>(g.actor_count());
  size_t nonempty = 0;
  for (int i = 0; i < kOracleQueries; ++i) {
    const AffiliateSides sides = static_cast<AffiliateSides>(rng() % 4);
    const bool by_side =
        sides == AffiliateSides::kSpeaker || sides == AffiliateSides::kBoth;
    const bool about_side =
        sides == AffiliateSides::kTarget || sides == AffiliateSides::kBoth;
    auto actor = [&] {
      return ActorId(rng() % 2 ? static_cast<uint32_t>(rng() % 4)
                               : static_cast<uint32_t>(rng() % n));
    };
    const ActorId a = actor(), b = actor();
    auto speaks_for = [&](const StatementView& s, ActorId root) {
      return stands(s.speaker(), root, s.date(), by_side);
    };
    auto spoken_about = [&](const StatementView& s, ActorId root) {
      for (ActorId t : s.about()) {
        if (stands(t, root, s.date(), about_side)) return true;
      }
      return false;
    };
    StatementQuery q(g);
    q.WithAffiliates(sides);
    std::function<bool(const StatementView&)> keep;
    const int relation = static_cast<int>(rng() % 5);
    switch (relation) {
      case 0:
        q.By(a);
        keep = [&](const StatementView& s) { return speaks_for(s, a); };
        break;
      case 1:
        q.About(a);
        keep = [&](const StatementView& s) { return spoken_about(s, a); };
        break;
      case 2:
        q.By(a).About(b);
        keep = [&](const StatementView& s) {
          return speaks_for(s, a) && spoken_about(s, b);
        };
        break;
      case 3:
        q.Involving(a);
        keep = [&](const StatementView& s) {
          return speaks_for(s, a) || spoken_about(s, a);
        };
        break;
      case 4:
        q.Between(a, b);
        keep = [&](const StatementView& s) {
          return (speaks_for(s, a) && spoken_about(s, b)) ||
                 (speaks_for(s, b) && spoken_about(s, a));
        };
        break;
    }
    SCOPED_TRACE(::testing::Message() << "relation " << relation << " sides "
                                      << static_cast<int>(sides) << " a "
                                      << a.value << " b " << b.value);
    const std::vector<StatementId> want = testing::OracleScan(g, keep);
    if (!want.empty()) ++nonempty;
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(StatementCursor cursor, q.Run());
    std::vector<StatementId> got;
    for (StatementId id : cursor) got.push_back(id);
    ASSERT_THAT(got, ElementsAreArray(want));
  }
  EXPECT_GT(nonempty, static_cast<size_t>(kOracleQueries / 3));
}

INSTANTIATE_TEST_SUITE_P(Seeds, StatementQueryOracleTest,
                         ::testing::Values(1u, 2u, 3u, 4u));

Statement Said(ActorId speaker, const char* date, std::vector<ActorId> about,
               const char* code = "") {
  Statement s;
  s.speaker = speaker;
  s.date = *Date::Parse(date);
  s.about = std::move(about);
  s.event_type.code = code;
  s.text = "text";
  return s;
}

Actor Named(const char* name) {
  Actor a;
  a.name = name;
  return a;
}

class StatementQueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    china_ = *g_.AddActor(Named("China"));
    us_ = *g_.AddActor(Named("United States"));
    Actor mfa = Named("Foreign Ministry");
    mfa.affiliations.push_back({china_, "part of", Interval()});
    mfa_ = *g_.AddActor(mfa);
    Actor mao = Named("Mao Ning");
    mao.affiliations.push_back(
        {mfa_, "spokesperson", *Interval::Parse("2024-01-01/2024-12-31")});
    mao_ = *g_.AddActor(mao);
    before_ = *g_.AddStatement(Said(mao_, "2023-06-01", {us_}, "111"));
    during_ = *g_.AddStatement(Said(mao_, "2024-11-08", {us_}, "051"));
    month_ = *g_.AddStatement(Said(mfa_, "2024-11", {us_}, "010"));
    year_ = *g_.AddStatement(Said(mao_, "2025", {us_}, "120"));
  }

  Graph g_;
  ActorId china_, us_, mfa_, mao_;
  StatementId before_, during_, month_, year_;
};

std::vector<StatementId> All(const StatementQuery& q) {
  std::vector<StatementId> out;
  absl::StatusOr<StatementCursor> c = q.Run();
  EXPECT_THAT(c, IsOk());
  if (!c.ok()) return out;
  for (StatementId id : *c) out.push_back(id);
  return out;
}

TEST_F(StatementQueryTest, HierarchyCountsAffiliatesOnlyWhileAffiliated) {
  StatementQuery q(g_);
  q.By(china_);
  EXPECT_TRUE(All(q).empty());  // China itself said nothing
  q.WithAffiliates();
  // Mao Ning spoke for China only in 2024; the ministry always.
  EXPECT_THAT(All(q), ElementsAreArray({month_, during_}));
}

// A query of one run without residual filters knows exactly how many
// matches are left.
TEST(StatementCursorTest, CandidatesLeftIsExactForOneUnfilteredRun) {
  Graph g;
  testing::BuildRandomGraph(3, &g);
  size_t nonempty = 0;
  for (uint32_t a = 0; a < g.actor_count(); ++a) {
    StatementQuery q(g);
    q.About(ActorId(a)).During(*Interval::Parse("2021/2022"));
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(size_t count, q.Count());
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(StatementCursor cursor, q.Run());
    ASSERT_EQ(cursor.candidates_left(), count) << "actor " << a;
    if (count > 0) {
      ++nonempty;
      StatementId id;
      ASSERT_TRUE(cursor.Next(&id));
      ASSERT_EQ(cursor.candidates_left(), count - 1) << "actor " << a;
    }
  }
  EXPECT_GT(nonempty, 0u);
}

TEST_F(StatementQueryTest, PartialDatesMatchOverlappingWindows) {
  StatementQuery q(g_);
  q.About(us_).During(*Interval::Parse("2024-11-08/2024-11-08"));
  // The month "2024-11" overlaps the day; it sorts before the day.
  EXPECT_THAT(All(q), ElementsAreArray({month_, during_}));
  q.During(*Interval::Parse("2025-06/.."));
  EXPECT_THAT(All(q), ElementsAreArray({year_}));
}

TEST_F(StatementQueryTest, EventCodePrefixAndQuadClass) {
  StatementQuery q(g_);
  q.EventCode("05*");
  EXPECT_THAT(All(q), ElementsAreArray({during_}));
  q.EventCode("0*");
  EXPECT_THAT(All(q), ElementsAreArray({month_, during_}));
  StatementQuery conflict(g_);
  conflict.InQuadClass(QuadClass::kVerbalConflict);
  EXPECT_THAT(All(conflict), ElementsAreArray({before_, year_}));
  EXPECT_THAT(QuadClassOfCode("051"),
              IsOkAndHolds(QuadClass::kVerbalCooperation));
  EXPECT_THAT(QuadClassOfCode("0611"),
              IsOkAndHolds(QuadClass::kMaterialCooperation));
  EXPECT_THAT(QuadClassOfCode("138"), IsOkAndHolds(QuadClass::kVerbalConflict));
  EXPECT_THAT(QuadClassOfCode("20"),
              IsOkAndHolds(QuadClass::kMaterialConflict));
  EXPECT_THAT(QuadClassOfCode("21"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("root code 01-20")));
  EXPECT_THAT(QuadClassOfCode(""), StatusIs(absl::StatusCode::kInvalidArgument,
                                            HasSubstr("root code 01-20")));
}

TEST_F(StatementQueryTest, ErrorsNameTheProblem) {
  StatementQuery q(g_);
  q.By(ActorId(99));
  EXPECT_THAT(q.Run(), StatusIs(absl::StatusCode::kNotFound, HasSubstr("By")));
  StatementQuery invalid(g_);
  invalid.About(ActorId());
  EXPECT_THAT(invalid.Run(), StatusIs(absl::StatusCode::kNotFound,
                                      HasSubstr("About: no actor#invalid")));
  StatementQuery both(g_);
  both.By(china_).Involving(us_);
  EXPECT_THAT(both.Run(), StatusIs(absl::StatusCode::kInvalidArgument,
                                   HasSubstr("exclusive")));
  for (const char* bad : {"*", "5", "0a1", "01234", "05**"}) {
    StatementQuery p(g_);
    p.EventCode(bad);
    EXPECT_THAT(p.Count(), StatusIs(absl::StatusCode::kInvalidArgument,
                                    HasSubstr("EventCode")))
        << bad;
  }
  StatementQuery quad(g_);
  quad.InQuadClass(static_cast<QuadClass>(5));
  EXPECT_THAT(quad.Page(10), StatusIs(absl::StatusCode::kInvalidArgument,
                                      HasSubstr("QuadClass")));
}

TEST_F(StatementQueryTest, AffiliatesExpandOneSideOrBoth) {
  // The ministry and Mao Ning speak for China; Mao Ning is spoken about once
  // by the United States, and the United States once about China itself.
  const StatementId us_on_mao =
      *g_.AddStatement(Said(us_, "2024-11-09", {mao_}));
  const StatementId us_on_china =
      *g_.AddStatement(Said(us_, "2024-11-10", {china_}));
  StatementQuery by(g_);
  by.By(china_).About(us_);
  EXPECT_TRUE(All(by).empty());
  by.WithAffiliates(AffiliateSides::kSpeaker);
  EXPECT_THAT(All(by), ElementsAreArray({month_, during_}));
  by.WithAffiliates(AffiliateSides::kTarget);  // the US has no affiliates
  EXPECT_TRUE(All(by).empty());

  StatementQuery about(g_);
  about.By(us_).About(china_);
  EXPECT_THAT(All(about), ElementsAreArray({us_on_china}));
  about.WithAffiliates(AffiliateSides::kSpeaker);
  EXPECT_THAT(All(about), ElementsAreArray({us_on_china}));
  about.WithAffiliates(AffiliateSides::kTarget);
  EXPECT_THAT(All(about), ElementsAreArray({us_on_mao, us_on_china}));

  // Between: each side applies to whichever actor is speaking or spoken
  // about.
  StatementQuery between(g_);
  between.Between(china_, us_).WithAffiliates(AffiliateSides::kSpeaker);
  EXPECT_THAT(All(between), ElementsAreArray({month_, during_, us_on_china}));
  between.WithAffiliates(AffiliateSides::kTarget);
  EXPECT_THAT(All(between), ElementsAreArray({us_on_mao, us_on_china}));
  between.WithAffiliates(AffiliateSides::kBoth);
  EXPECT_THAT(All(between),
              ElementsAreArray({month_, during_, us_on_mao, us_on_china}));
  // The plain call means both sides; false means neither.
  between.WithAffiliates();
  EXPECT_THAT(All(between),
              ElementsAreArray({month_, during_, us_on_mao, us_on_china}));
  between.WithAffiliates(false);
  EXPECT_THAT(All(between), ElementsAreArray({us_on_china}));

  StatementQuery involving(g_);
  involving.Involving(china_).WithAffiliates(AffiliateSides::kTarget);
  EXPECT_THAT(All(involving), ElementsAreArray({us_on_mao, us_on_china}));
}

TEST_F(StatementQueryTest, EventCodePatternsNoCameoCodeCanMatchAreRejected) {
  struct Case {
    const char* pattern;
    const char* hint;
  };
  for (const Case& c :
       {Case{"5*", "did you mean \"05*\""}, Case{"51", "did you mean \"051\""},
        Case{"3*", "did you mean \"03*\""},
        Case{"999", "did you mean \"0999\""},
        Case{"9999", "first digit is 0, 1 or 2"},
        Case{"00*", "no root code is \"00\""},
        Case{"001", "no root code is \"00\""}}) {
    StatementQuery q(g_);
    q.EventCode(c.pattern);
    EXPECT_THAT(q.Run(), StatusIs(absl::StatusCode::kInvalidArgument,
                                  AllOf(HasSubstr("EventCode"),
                                        HasSubstr("can never match"),
                                        HasSubstr(c.hint))))
        << c.pattern;
  }
  // What a CAMEO code (or a well-formed CAMEO-style code) can start with is
  // accepted, matching or not.
  for (const char* ok : {"0*", "1*", "2*", "05*", "051", "20", "21", "2011"}) {
    StatementQuery q(g_);
    q.EventCode(ok);
    EXPECT_THAT(q.Count(), IsOk()) << ok;
  }
}

TEST_F(StatementQueryTest, ActorWithNoStatementsYieldsNothing) {
  StatementQuery q(g_);
  q.By(us_).WithAffiliates();
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(StatementPage page, q.Page(5));
  EXPECT_TRUE(page.ids.empty());
  EXPECT_FALSE(page.has_more);
}

}  // namespace
}  // namespace diplograph
