// Joint statements (co-speakers) and statements carried by several documents
// (mentions): validation, reads, Update() rollback, FindSameStatement, and
// the queries that count a co-speaker as a speaker.

#include <optional>
#include <vector>

#include "diplograph/graph.h"
#include "diplograph/statement_query.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "model/names.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;
using ::diplograph::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

Date D(const char* text) { return *Date::Parse(text); }

class JointStatementTest : public ::testing::Test {
 protected:
  void SetUp() override {
    china_ = *g_.AddActor({.name = "China", .kind = ActorKind::kState});
    russia_ = *g_.AddActor({.name = "Russia", .kind = ActorKind::kState});
    us_ = *g_.AddActor({.name = "United States", .kind = ActorKind::kState});
    tass_ = *g_.AddActor({.name = "TASS", .kind = ActorKind::kMediaOutlet});
    ria_ = *g_.AddActor({.name = "RIA", .kind = ActorKind::kMediaOutlet});
    doc1_ = *g_.AddSource({.title = "first report"});
    doc2_ = *g_.AddSource({.title = "second report"});
  }

  Statement Joint(const char* date, const char* text) {
    Statement s;
    s.speaker = china_;
    s.co_speakers = {russia_};
    s.date = D(date);
    s.text = text;
    s.about = {us_};
    return s;
  }

  std::vector<StatementId> Query(const StatementQuery& q) {
    std::vector<StatementId> out;
    absl::StatusOr<StatementCursor> cursor = q.Run();
    EXPECT_THAT(cursor.status(), IsOk());
    if (!cursor.ok()) return out;
    for (StatementId id : *cursor) out.push_back(id);
    return out;
  }

  Graph g_;
  ActorId china_, russia_, us_, tass_, ria_;
  SourceId doc1_, doc2_;
};

TEST_F(JointStatementTest, CoSpeakersAreValidated) {
  Statement s = Joint("2024-11-08", "x");
  s.co_speakers = {ActorId(99)};
  EXPECT_THAT(
      g_.AddStatement(s).status(),
      StatusIs(absl::StatusCode::kNotFound, HasSubstr("co_speakers[0]")));
  s.co_speakers = {china_};
  EXPECT_THAT(g_.AddStatement(s).status(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("co_speakers[0]: actor#0 \"China\" is the "
                                 "speaker")));
  s.co_speakers = {russia_, us_, russia_};
  EXPECT_THAT(g_.AddStatement(s).status(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("co_speakers[2]")));
  EXPECT_EQ(g_.statement_count(), 0u);
}

TEST_F(JointStatementTest, CoSpokenListIsInDateOrderAndApartFromStatementsBy) {
  const StatementId late = *g_.AddStatement(Joint("2024-11-08", "late"));
  const StatementId early = *g_.AddStatement(Joint("2023-01-02", "early"));
  Statement solo;
  solo.speaker = russia_;
  solo.text = "alone";
  const StatementId alone = *g_.AddStatement(solo);
  EXPECT_THAT(g_.StatementsCoSpokenBy(russia_), ElementsAre(early, late));
  EXPECT_THAT(g_.StatementsCoSpokenBy(china_), IsEmpty());
  EXPECT_THAT(g_.StatementsBy(russia_), ElementsAre(alone));
  EXPECT_THAT(g_.StatementsBy(china_), ElementsAre(early, late));
  EXPECT_THAT(g_.statement(late).co_speakers(), ElementsAre(russia_));
  EXPECT_THAT(g_.statement(alone).co_speakers(), IsEmpty());
  EXPECT_EQ(g_.statement(late).ToStatement(), Joint("2024-11-08", "late"));
}

TEST_F(JointStatementTest, MentionsAreValidated) {
  Statement s = Joint("2024-11-08", "x");
  s.source = doc1_;
  s.mentions = {{.source = SourceId()}};
  EXPECT_THAT(g_.AddStatement(s).status(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("mentions[0].source: a mention needs a "
                                 "source")));
  s.mentions = {{.source = SourceId(7)}};
  EXPECT_THAT(g_.AddStatement(s).status(),
              StatusIs(absl::StatusCode::kNotFound,
                       HasSubstr("mentions[0].source: no source#7")));
  s.mentions = {{.source = doc2_, .span = TextSpan{9, 3}}};
  EXPECT_THAT(g_.AddStatement(s).status(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("mentions[0].span: end 3 is before begin 9")));
  s.mentions = {
      {.source = doc2_, .reported_by = {{.outlet = tass_}, {.outlet = tass_}}}};
  EXPECT_THAT(
      g_.AddStatement(s).status(),
      StatusIs(absl::StatusCode::kInvalidArgument,
               HasSubstr("mentions[0].reported_by[1].outlet: repeats")));
  s.mentions = {{.source = doc1_}};  // the statement's own document
  EXPECT_THAT(g_.AddStatement(s).status(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("mentions[0]: repeats the statement's own")));
  s.mentions = {{.source = doc2_}, {.source = doc2_}};
  EXPECT_THAT(g_.AddStatement(s).status(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("mentions[1]: repeats mentions[0]")));
  EXPECT_EQ(g_.statement_count(), 0u);
  s.mentions = {{.source = doc2_, .span = TextSpan{3, 9}}, {.source = doc2_}};
  const StatementId id = *g_.AddStatement(s);
  EXPECT_THAT(g_.statement(id).mentions(),
              ElementsAre(s.mentions[0], s.mentions[1]));
}

TEST_F(JointStatementTest, AddStatementMention) {
  Statement s = Joint("2024-11-08", "x");
  s.source = doc1_;
  s.span = TextSpan{0, 10};
  const StatementId id = *g_.AddStatement(s);
  const StatementMention m{
      .source = doc2_,
      .span = TextSpan{40, 50},
      .reported_by = {{.outlet = tass_, .kind = ReportKind::kQuoted}}};
  ASSERT_THAT(g_.AddStatementMention(id, m), IsOk());
  EXPECT_THAT(g_.statement(id).mentions(), ElementsAre(m));
  EXPECT_THAT(g_.AddStatementMention(id, m),
              StatusIs(absl::StatusCode::kAlreadyExists,
                       HasSubstr("repeats mentions[0]")));
  EXPECT_THAT(
      g_.AddStatementMention(id, {.source = doc1_, .span = TextSpan{0, 10}}),
      StatusIs(absl::StatusCode::kAlreadyExists,
               HasSubstr("the statement's own")));
  EXPECT_THAT(g_.AddStatementMention(StatementId(5), m),
              StatusIs(absl::StatusCode::kNotFound, ::testing::_));
  EXPECT_THAT(
      g_.AddStatementMention(
          id, {.source = doc2_, .reported_by = {{.outlet = ActorId(77)}}}),
      StatusIs(absl::StatusCode::kNotFound,
               HasSubstr("mention.reported_by[0].outlet")));
  // The same document at another place is another mention.
  ASSERT_THAT(g_.AddStatementMention(id, {.source = doc1_}), IsOk());
  EXPECT_EQ(g_.statement(id).mentions().size(), 2u);
  // A statement with no co-speaker gets its first mention.
  Statement plain;
  plain.speaker = us_;
  const StatementId p = *g_.AddStatement(plain);
  ASSERT_THAT(g_.AddStatementMention(p, {.source = doc2_}), IsOk());
  EXPECT_EQ(g_.statement(p).ToStatement().mentions.size(), 1u);
}

TEST_F(JointStatementTest, FailedUpdateUndoesMentionsAndCoSpeakers) {
  Statement s = Joint("2024-11-08", "x");
  const StatementId held = *g_.AddStatement(s);
  Statement plain;
  plain.speaker = us_;
  const StatementId bare = *g_.AddStatement(plain);
  ASSERT_THAT(g_.AddStatementMention(held, {.source = doc1_}), IsOk());
  const absl::Status st = g_.Update([&](Graph& g) -> absl::Status {
    EXPECT_THAT(g.AddStatementMention(held, {.source = doc2_}), IsOk());
    EXPECT_THAT(g.AddStatementMention(bare, {.source = doc2_}), IsOk());
    absl::StatusOr<StatementId> added = g.AddStatement(Joint("2020", "new"));
    EXPECT_THAT(added.status(), IsOk());
    if (added.ok()) {
      EXPECT_THAT(g.AddStatementMention(*added, {.source = doc1_}), IsOk());
    }
    EXPECT_EQ(g.StatementsCoSpokenBy(russia_).size(), 2u);
    return absl::AbortedError("no");
  });
  EXPECT_THAT(st, StatusIs(absl::StatusCode::kAborted, ::testing::_));
  EXPECT_EQ(g_.statement_count(), 2u);
  EXPECT_THAT(g_.statement(held).mentions(),
              ElementsAre(StatementMention{.source = doc1_}));
  EXPECT_THAT(g_.statement(bare).mentions(), IsEmpty());
  EXPECT_THAT(g_.StatementsCoSpokenBy(russia_), ElementsAre(held));

  // A nested step that fails undoes only its own mention.
  ASSERT_THAT(g_.Update([&](Graph& g) -> absl::Status {
    EXPECT_THAT(g.AddStatementMention(bare, {.source = doc1_}), IsOk());
    EXPECT_THAT(g.Update([&](Graph& inner) -> absl::Status {
      EXPECT_THAT(inner.AddStatementMention(bare, {.source = doc2_}), IsOk());
      return absl::AbortedError("inner");
    }),
                StatusIs(absl::StatusCode::kAborted, ::testing::_));
    return absl::OkStatus();
  }),
              IsOk());
  EXPECT_THAT(g_.statement(bare).mentions(),
              ElementsAre(StatementMention{.source = doc1_}));
}

TEST_F(JointStatementTest, FindSameStatementFoldsCaseSpaceAndQuotes) {
  Statement s;
  s.speaker = china_;
  s.date = D("2024-11-08");
  s.text = "\xE2\x80\x9CWe  oppose\xE2\x80\x9D the US\xE2\x80\x99s policy ";
  const StatementId id = *g_.AddStatement(s);
  Statement other = s;
  other.text = "\"we oppose\" the us's\tpolicy";
  EXPECT_EQ(g_.FindSameStatement(other), id);
  other.date = D("2024-11");  // another precision is another date
  EXPECT_EQ(g_.FindSameStatement(other), std::nullopt);
  other.date = s.date;
  other.speaker = russia_;
  EXPECT_EQ(g_.FindSameStatement(other), std::nullopt);
  other.speaker = china_;
  other.text = "we oppose the us's policy";  // the quotes are words too
  EXPECT_EQ(g_.FindSameStatement(other), std::nullopt);
  other.speaker = ActorId(99);
  EXPECT_EQ(g_.FindSameStatement(other), std::nullopt);
}

TEST_F(JointStatementTest, FindSameStatementSeesStatementsOfTheOpenUpdate) {
  Statement a;
  a.speaker = china_;
  a.date = D("2024-11-08");
  a.text = "one";
  Statement b = a;
  b.text = "two";
  const StatementId first = *g_.AddStatement(a);
  ASSERT_THAT(g_.Update([&](Graph& g) -> absl::Status {
    // Waiting to be indexed until the end of the step.
    absl::StatusOr<StatementId> added = g.AddStatement(b);
    EXPECT_THAT(added.status(), IsOk());
    EXPECT_EQ(g.FindSameStatement(b), *added);
    EXPECT_EQ(g.FindSameStatement(a), first);
    // A second equal statement: the earliest is found.
    EXPECT_THAT(g.AddStatement(b).status(), IsOk());
    EXPECT_EQ(g.FindSameStatement(b), *added);
    return absl::OkStatus();
  }),
              IsOk());
  EXPECT_EQ(g_.FindSameStatement(b), StatementId(1));
  // Out of date order, outside Update(): found as well.
  Statement old = a;
  old.date = D("1999");
  old.text = "OLD";
  const StatementId o = *g_.AddStatement(old);
  old.text = "old";
  EXPECT_EQ(g_.FindSameStatement(old), o);
}

TEST_F(JointStatementTest, QueriesCountCoSpeakersAsSpeakers) {
  const StatementId joint = *g_.AddStatement(Joint("2024-11-08", "joint"));
  Statement solo;
  solo.speaker = russia_;
  solo.date = D("2024-11-09");
  solo.about = {us_};
  const StatementId alone = *g_.AddStatement(solo);
  Statement other;
  other.speaker = china_;
  other.co_speakers = {russia_};
  other.about = {tass_};
  other.date = D("2024-11-10");
  const StatementId about_tass = *g_.AddStatement(other);

  EXPECT_THAT(Query(StatementQuery(g_).By(russia_)),
              ElementsAre(joint, alone, about_tass));
  EXPECT_THAT(Query(StatementQuery(g_).By(russia_).About(us_)),
              ElementsAre(joint, alone));
  EXPECT_THAT(Query(StatementQuery(g_).Involving(russia_)),
              ElementsAre(joint, alone, about_tass));
  EXPECT_THAT(Query(StatementQuery(g_).Between(us_, russia_)),
              ElementsAre(joint, alone));
  EXPECT_THAT(Query(StatementQuery(g_).By(us_)), IsEmpty());
}

TEST(FoldStatementTextTest, CaseSpaceAndQuoteStyle) {
  using internal::FoldStatementText;
  EXPECT_EQ(FoldStatementText("  A\t\n B\xC2\xA0"
                              "C  "),
            "a b c");
  EXPECT_EQ(FoldStatementText("\xE2\x80\x9Cx\xE2\x80\x9D \xC2\xABy\xC2\xBB "
                              "\xE2\x80\x98z\xE2\x80\x99 \xE2\x80\x9E"),
            "\"x\" \"y\" 'z' \"");
  EXPECT_EQ(FoldStatementText("\xD0\x96 \xE2\x80\x94"),
            "\xD0\x96 \xE2\x80\x94");
  EXPECT_EQ(FoldStatementText(""), "");
}

}  // namespace
}  // namespace diplograph
