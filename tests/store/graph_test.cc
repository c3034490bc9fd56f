// Tests of the graph store (include/diplograph/graph.h, lib/store/graph.cc):
// adding records and every documented error (with the graph unchanged
// afterwards), name and alias lookup, the per-actor lists and their order,
// all-or-nothing Update(), StatementView, affiliations over time, links
// between statements.

#include "diplograph/graph.h"

#include <cstdint>
#include <iterator>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "absl/types/span.h"
#include "diplograph/as_of.h"
#include "diplograph/network.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing/graph_dump.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::DumpGraph;
using ::diplograph::testing::IsOk;
using ::diplograph::testing::IsOkAndHolds;
using ::diplograph::testing::StatusIs;
using ::testing::AllOf;
using ::testing::ElementsAre;
using ::testing::ElementsAreArray;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

constexpr auto kInvalid = absl::StatusCode::kInvalidArgument;
constexpr auto kNotFound = absl::StatusCode::kNotFound;
constexpr auto kExists = absl::StatusCode::kAlreadyExists;
constexpr auto kAmbiguous = absl::StatusCode::kFailedPrecondition;

// `lhs = *expr` for an absl::StatusOr, or returns its error status (for
// functions passed to Graph::Update).
#define DIPLOGRAPH_ASSIGN_OR_RETURN_FOR_TEST(lhs, expr) \
  do {                                                  \
    auto so_ = (expr);                                  \
    if (!so_.ok()) return so_.status();                 \
    lhs = *so_;                                         \
  } while (false)

// ---------------------------------------------------------------------------
// Record builders (plain assignments keep -Wextra quiet about designated
// initializers that leave fields out).

Date D(absl::string_view text) { return *Date::Parse(text); }
Interval I(absl::string_view text) { return *Interval::Parse(text); }

Actor MakeActor(std::string name, ActorKind kind,
                std::vector<std::string> aliases = {}, std::string iso3 = "") {
  Actor a;
  a.name = std::move(name);
  a.kind = kind;
  a.aliases = std::move(aliases);
  a.iso3 = std::move(iso3);
  return a;
}

Affiliation Aff(ActorId organization, std::string role,
                Interval valid = Interval()) {
  Affiliation f;
  f.organization = organization;
  f.role = std::move(role);
  f.valid = valid;
  return f;
}

Statement Said(ActorId speaker, absl::string_view date,
               std::vector<ActorId> about, std::string text = "some words") {
  Statement s;
  s.speaker = speaker;
  s.date = D(date);
  s.about = std::move(about);
  s.text = std::move(text);
  return s;
}

StatementLink Link(StatementId to, StatementLinkKind kind,
                   Polarity stance = Polarity::kNeutral) {
  StatementLink l;
  l.statement = to;
  l.kind = kind;
  l.stance = stance;
  return l;
}

Relationship Rel(ActorId from, ActorId to, std::string label, bool directed,
                 Polarity polarity = Polarity::kNeutral,
                 Interval valid = Interval()) {
  Relationship r;
  r.from = from;
  r.to = to;
  r.label = std::move(label);
  r.directed = directed;
  r.polarity = polarity;
  r.valid = valid;
  return r;
}

Evidence Ev(StatementId statement, SourceId source = SourceId(),
            EvidenceRole role = EvidenceRole::kAsserts) {
  Evidence e;
  e.statement = statement;
  e.source = source;
  e.role = role;
  return e;
}

Event MakeEvent(std::string label, absl::string_view date,
                std::vector<ActorId> participants) {
  Event e;
  e.label = std::move(label);
  e.date = D(date);
  e.participants = std::move(participants);
  return e;
}

template <typename T>
std::vector<T> Ids(std::initializer_list<uint32_t> values) {
  std::vector<T> out;
  for (uint32_t v : values) out.push_back(T(v));
  return out;
}

// ---------------------------------------------------------------------------
// A small populated graph: states, a ministry, officials, an outlet, a
// source, two statements (one about the other), a relationship and an event.

class GraphTest : public ::testing::Test {
 protected:
  void SetUp() override {
    china_ = Add(MakeActor("China", ActorKind::kState, {}, "CHN"));
    russia_ = Add(
        MakeActor("Russia", ActorKind::kState, {"Russian Federation"}, "RUS"));
    us_ = Add(
        MakeActor("United States", ActorKind::kState, {"US", "USA"}, "USA"));
    Actor mfa =
        MakeActor("Ministry of Foreign Affairs of China",
                  ActorKind::kOrganization, {"Chinese Foreign Ministry"});
    mfa.cameo_code = "CHNGOV";
    mfa.affiliations = {Aff(china_, "part of")};
    mfa_ = Add(mfa);
    Actor mao = MakeActor("Mao Ning", ActorKind::kPerson, {"Ning"});
    mao.affiliations = {Aff(mfa_, "spokesperson")};
    mao_ = Add(mao);
    Actor putin = MakeActor("Vladimir Putin", ActorKind::kPerson, {"Putin"});
    putin.affiliations = {Aff(russia_, "President")};
    putin_ = Add(putin);
    trump_ = Add(MakeActor("Donald Trump", ActorKind::kPerson, {"Trump"}));
    tass_ = Add(MakeActor("TASS", ActorKind::kMediaOutlet));

    Source src;
    src.title = "Press briefing report";
    src.outlet = tass_;
    src.date = D("2024-11-08");
    src.locator = "reports/briefing.txt";
    source_ = *graph_.AddSource(src);

    Statement s0 = Said(putin_, "2024-11-07", {us_, russia_},
                        "a criticism of the other side's policy");
    s0.channel = "forum";
    s0.reported_by = {Report{tass_, ReportKind::kQuoted}};
    s0.stances = {Stance{us_, Polarity::kConflictual}};
    putin_said_ = *graph_.AddStatement(s0);

    Statement s1 = Said(mao_, "2024-11-08", {russia_, us_},
                        "a matter between the two countries");
    s1.channel = "regular press briefing";
    s1.source = source_;
    s1.links = {Link(putin_said_, StatementLinkKind::kRefersTo,
                     Polarity::kCooperative)};
    mao_said_ = *graph_.AddStatement(s1);

    Relationship r = Rel(china_, russia_, "strategic partners", false,
                         Polarity::kCooperative);
    r.evidence = {Ev(mao_said_)};
    partners_ = *graph_.AddRelationship(r);

    election_ = *graph_.AddEvent(
        MakeEvent("US presidential election", "2024-11-05", {trump_, us_}));
    ASSERT_EQ(graph_.statement_count(), 2u);
  }

  ActorId Add(const Actor& a) {
    absl::StatusOr<ActorId> id = graph_.AddActor(a);
    EXPECT_TRUE(id.ok()) << id.status();
    return id.value_or(ActorId());
  }

  // Names whose lookups the unchanged-graph checks also compare.
  std::string Dump() const { return DumpGraph(graph_, probes_); }

  Graph graph_;
  ActorId china_, russia_, us_, mfa_, mao_, putin_, trump_, tass_;
  SourceId source_;
  StatementId putin_said_, mao_said_;
  RelationshipId partners_;
  EventId election_;
  std::vector<std::string> probes_ = {"New Actor", "Vova",  "NEW",  "Ning",
                                      "Putin",     "putin", "Extra"};
};

// Expects `expr` to fail with `code` and a message matching `matcher`, and
// the graph to be exactly as it was before.
#define EXPECT_REJECTED(expr, code, matcher)                         \
  do {                                                               \
    const std::string before_ = Dump();                              \
    EXPECT_THAT((expr), StatusIs((code), (matcher)));                \
    EXPECT_EQ(Dump(), before_) << "a failed call changed the graph"; \
  } while (false)

// ---------------------------------------------------------------------------
// Successful adds.

TEST_F(GraphTest, IdsAreDenseAndRecordsReadBack) {
  EXPECT_EQ(graph_.actor_count(), 8u);
  EXPECT_EQ(china_, ActorId(0));
  EXPECT_EQ(tass_, ActorId(7));
  EXPECT_EQ(graph_.source_count(), 1u);
  EXPECT_EQ(graph_.relationship_count(), 1u);
  EXPECT_EQ(graph_.event_count(), 1u);
  EXPECT_EQ(mao_said_, StatementId(1));

  EXPECT_EQ(graph_.actor(mao_).name, "Mao Ning");
  EXPECT_EQ(graph_.actor(mao_).kind, ActorKind::kPerson);
  EXPECT_THAT(graph_.actor(mao_).aliases, ElementsAre("Ning"));
  EXPECT_THAT(graph_.actor(mao_).affiliations,
              ElementsAre(Aff(mfa_, "spokesperson")));
  EXPECT_EQ(graph_.actor(mfa_).cameo_code, "CHNGOV");
  EXPECT_EQ(graph_.actor(us_).iso3, "USA");
  EXPECT_EQ(graph_.source(source_).locator, "reports/briefing.txt");
  EXPECT_EQ(graph_.source(source_).outlet, tass_);
  EXPECT_EQ(graph_.event(election_).label, "US presidential election");
  EXPECT_THAT(graph_.event(election_).participants, ElementsAre(trump_, us_));

  const Relationship& r = graph_.relationship(partners_);
  EXPECT_EQ(r.label, "strategic partners");
  EXPECT_EQ(r.key, "strategic partners");
  EXPECT_FALSE(r.directed);
  EXPECT_THAT(r.evidence, ElementsAre(Ev(mao_said_)));
}

TEST_F(GraphTest, ContainsChecksEachIdType) {
  EXPECT_TRUE(graph_.Contains(tass_));
  EXPECT_FALSE(graph_.Contains(ActorId(8)));
  EXPECT_FALSE(graph_.Contains(ActorId()));
  EXPECT_TRUE(graph_.Contains(mao_said_));
  EXPECT_FALSE(graph_.Contains(StatementId(2)));
  EXPECT_FALSE(graph_.Contains(StatementId()));
  EXPECT_TRUE(graph_.Contains(partners_));
  EXPECT_FALSE(graph_.Contains(RelationshipId(1)));
  EXPECT_TRUE(graph_.Contains(source_));
  EXPECT_FALSE(graph_.Contains(SourceId(1)));
  EXPECT_TRUE(graph_.Contains(election_));
  EXPECT_FALSE(graph_.Contains(EventId(1)));
  EXPECT_FALSE(graph_.Contains(EventId()));
}

TEST_F(GraphTest, RelationshipKeyIsComputedFromTheLabel) {
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      RelationshipId id,
      graph_.AddRelationship(Rel(us_, china_,
                                 "\xE2\x80\x9C"
                                 "Dual  Containment"
                                 "\xE2\x80\x9D",
                                 true, Polarity::kConflictual)));
  EXPECT_EQ(graph_.relationship(id).label,
            "\xE2\x80\x9C"
            "Dual  Containment"
            "\xE2\x80\x9D");
  EXPECT_EQ(graph_.relationship(id).key, "dual containment");

  // An explicit, normalised key is kept as given.
  Relationship r = Rel(us_, russia_, "dual deterrence", true);
  r.key = "dual containment";
  r.label_variants = {"dual containment"};
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(RelationshipId id2,
                                  graph_.AddRelationship(r));
  EXPECT_EQ(graph_.relationship(id2).key, "dual containment");
  EXPECT_EQ(graph_.relationship(id2), r);
}

TEST_F(GraphTest, AddAliasAndAffiliationSucceed) {
  ASSERT_THAT(graph_.AddAlias(putin_, "Vova"), IsOk());
  EXPECT_THAT(graph_.actor(putin_).aliases, ElementsAre("Putin", "Vova"));
  EXPECT_THAT(graph_.FindActor("vova"), IsOkAndHolds(putin_));

  // Adding an alias the actor already has (in any ASCII case), or its own
  // name, changes nothing.
  const std::string before = Dump();
  EXPECT_THAT(graph_.AddAlias(putin_, "VOVA"), IsOk());
  EXPECT_THAT(graph_.AddAlias(putin_, "putin"), IsOk());
  EXPECT_THAT(graph_.AddAlias(putin_, "Vladimir Putin"), IsOk());
  EXPECT_EQ(Dump(), before);

  ASSERT_THAT(graph_.AddAffiliation(trump_, Aff(us_, "President-elect",
                                                I("2024-11-06/2025-01-19"))),
              IsOk());
  // The same role over another period is another affiliation.
  ASSERT_THAT(
      graph_.AddAffiliation(trump_, Aff(us_, "President", I("2025-01-20/.."))),
      IsOk());
  EXPECT_EQ(graph_.actor(trump_).affiliations.size(), 2u);
  EXPECT_THAT(graph_.MembersOf(us_), ElementsAre(trump_));
}

// ---------------------------------------------------------------------------
// AddActor errors.

TEST_F(GraphTest, AddActorRejectsBadNames) {
  EXPECT_REJECTED(graph_.AddActor(MakeActor("", ActorKind::kState)), kInvalid,
                  HasSubstr("name: empty"));
  EXPECT_REJECTED(graph_.AddActor(MakeActor("Bad\xFF", ActorKind::kState)),
                  kInvalid, HasSubstr("name: invalid UTF-8 at byte 3"));
  EXPECT_REJECTED(graph_.AddActor(MakeActor("New\nActor", ActorKind::kState)),
                  kInvalid,
                  AllOf(HasSubstr("name: "), HasSubstr("control character")));
  EXPECT_REJECTED(graph_.AddActor(MakeActor(" New Actor", ActorKind::kState)),
                  kInvalid,
                  AllOf(HasSubstr("name: "), HasSubstr("white space")));
  EXPECT_REJECTED(graph_.AddActor(MakeActor("New Actor ", ActorKind::kState)),
                  kInvalid,
                  AllOf(HasSubstr("name: "), HasSubstr("white space")));
  EXPECT_REJECTED(
      graph_.AddActor(MakeActor("New Actor", static_cast<ActorKind>(9))),
      kInvalid, AllOf(HasSubstr("actor \"New Actor\""), HasSubstr("kind")));
}

TEST_F(GraphTest, AddActorRejectsATakenNameIgnoringCase) {
  EXPECT_REJECTED(graph_.AddActor(MakeActor("china", ActorKind::kState)),
                  kExists,
                  AllOf(HasSubstr("actor \"china\""), HasSubstr("name: "),
                        HasSubstr("actor#0 \"China\"")));
  EXPECT_REJECTED(graph_.AddActor(MakeActor("MAO NING", ActorKind::kPerson)),
                  kExists, HasSubstr("name: already the name of actor#4"));
}

TEST_F(GraphTest, AddActorRejectsBadAliases) {
  EXPECT_REJECTED(
      graph_.AddActor(MakeActor("New Actor", ActorKind::kGroup, {"Extra", ""})),
      kInvalid,
      AllOf(HasSubstr("actor \"New Actor\""), HasSubstr("aliases[1]: empty")));
  EXPECT_REJECTED(
      graph_.AddActor(MakeActor("New Actor", ActorKind::kGroup, {"new actor"})),
      kInvalid, AllOf(HasSubstr("aliases[0]"), HasSubstr("repeats")));
  EXPECT_REJECTED(graph_.AddActor(MakeActor("New Actor", ActorKind::kGroup,
                                            {"Extra", "EXTRA"})),
                  kInvalid,
                  AllOf(HasSubstr("aliases[1]"), HasSubstr("repeats")));
  EXPECT_REJECTED(
      graph_.AddActor(MakeActor("New Actor", ActorKind::kGroup, {"Ex\ttra"})),
      kInvalid, HasSubstr("aliases[0]"));
  EXPECT_REJECTED(
      graph_.AddActor(MakeActor("New Actor", ActorKind::kGroup, {"\xC0\xAF"})),
      kInvalid, HasSubstr("aliases[0]: invalid UTF-8"));
}

TEST_F(GraphTest, AddActorRejectsBadCodes) {
  for (const char* code : {"NE", "NEWW", "new", "N3W", "N\xC3\x89W"}) {
    EXPECT_REJECTED(
        graph_.AddActor(MakeActor("New Actor", ActorKind::kState, {}, code)),
        kInvalid,
        AllOf(HasSubstr("actor \"New Actor\""), HasSubstr("iso3: "),
              HasSubstr("three capital ASCII letters")));
  }
  EXPECT_REJECTED(
      graph_.AddActor(MakeActor("New Actor", ActorKind::kState, {}, "RUS")),
      kExists, AllOf(HasSubstr("iso3: \"RUS\""), HasSubstr("\"Russia\"")));
  for (const char* code : {"NE", "new", "NEWG", "NEW GOV", "NEW-GO"}) {
    Actor a = MakeActor("New Actor", ActorKind::kOrganization);
    a.cameo_code = code;
    EXPECT_REJECTED(graph_.AddActor(a), kInvalid,
                    AllOf(HasSubstr("cameo_code: "), HasSubstr(code)));
  }
}

TEST_F(GraphTest, AddActorRejectsBadAffiliations) {
  Actor a = MakeActor("New Actor", ActorKind::kPerson);
  a.affiliations = {Aff(china_, "adviser"), Aff(ActorId(99), "member")};
  EXPECT_REJECTED(
      graph_.AddActor(a), kNotFound,
      AllOf(HasSubstr("actor \"New Actor\""),
            HasSubstr("affiliations[1].organization: no actor#99")));
  a.affiliations = {Aff(ActorId(), "member")};
  EXPECT_REJECTED(graph_.AddActor(a), kInvalid,
                  HasSubstr("affiliations[0].organization: missing actor"));
  // Its own future id is not in the graph yet.
  a.affiliations = {Aff(ActorId(8), "member")};
  EXPECT_REJECTED(graph_.AddActor(a), kNotFound,
                  HasSubstr("affiliations[0].organization"));
  a.affiliations = {Aff(china_, "")};
  EXPECT_REJECTED(graph_.AddActor(a), kInvalid,
                  HasSubstr("affiliations[0].role: empty"));
  a.affiliations = {Aff(china_, "adviser", I("2020/..")),
                    Aff(china_, "adviser", I("2020/.."))};
  EXPECT_REJECTED(graph_.AddActor(a), kInvalid,
                  HasSubstr("affiliations[1]: repeats affiliations[0]"));
  // Nothing was half added: the organisation has no new member.
  EXPECT_THAT(graph_.MembersOf(china_), ElementsAre(mfa_));
}

// ---------------------------------------------------------------------------
// AddAlias / AddAffiliation errors.

TEST_F(GraphTest, AddAliasErrors) {
  EXPECT_REJECTED(graph_.AddAlias(ActorId(99), "Vova"), kNotFound,
                  HasSubstr("actor#99"));
  EXPECT_REJECTED(graph_.AddAlias(ActorId(), "Vova"), kNotFound,
                  HasSubstr("actor#invalid"));
  EXPECT_REJECTED(
      graph_.AddAlias(putin_, ""), kInvalid,
      AllOf(HasSubstr("\"Vladimir Putin\""), HasSubstr("alias: empty")));
  EXPECT_REJECTED(graph_.AddAlias(putin_, "Vova "), kInvalid,
                  HasSubstr("alias: "));
  EXPECT_REJECTED(graph_.AddAlias(putin_, "Vo\x01va"), kInvalid,
                  AllOf(HasSubstr("alias: "), HasSubstr("control character")));
  EXPECT_REJECTED(graph_.AddAlias(putin_, "Vova\xE2\x82"), kInvalid,
                  HasSubstr("alias: invalid UTF-8"));
}

TEST_F(GraphTest, AddAffiliationErrors) {
  EXPECT_REJECTED(graph_.AddAffiliation(ActorId(99), Aff(us_, "President")),
                  kNotFound, HasSubstr("actor#99"));
  EXPECT_REJECTED(graph_.AddAffiliation(trump_, Aff(ActorId(99), "President")),
                  kNotFound,
                  AllOf(HasSubstr("\"Donald Trump\""),
                        HasSubstr("affiliation.organization: no actor#99")));
  EXPECT_REJECTED(graph_.AddAffiliation(trump_, Aff(ActorId(), "President")),
                  kInvalid, HasSubstr("affiliation.organization: missing"));
  EXPECT_REJECTED(
      graph_.AddAffiliation(trump_, Aff(trump_, "President")), kInvalid,
      AllOf(HasSubstr("affiliation.organization"), HasSubstr("itself")));
  EXPECT_REJECTED(graph_.AddAffiliation(trump_, Aff(us_, "")), kInvalid,
                  HasSubstr("affiliation.role: empty"));
  EXPECT_REJECTED(graph_.AddAffiliation(trump_, Aff(us_, "Pres\nident")),
                  kInvalid, HasSubstr("affiliation.role"));
  EXPECT_REJECTED(graph_.AddAffiliation(mao_, Aff(mfa_, "spokesperson")),
                  kExists,
                  AllOf(HasSubstr("\"Mao Ning\""), HasSubstr("affiliation: "),
                        HasSubstr("spokesperson")));
}

TEST_F(GraphTest, RepeatedAffiliationsOfALongListAreFound) {
  // Past the first 16, an actor's affiliations are found through a hash
  // index: every repeat must still be refused, and a rollback must leave
  // the index agreeing with the list.
  for (int i = 0; i < 100; ++i) {
    ASSERT_TRUE(
        graph_.AddAffiliation(trump_, Aff(us_, absl::StrCat("role ", i))).ok())
        << i;
  }
  for (int i = 99; i >= 0; --i) {
    EXPECT_REJECTED(
        graph_.AddAffiliation(trump_, Aff(us_, absl::StrCat("role ", i))),
        kExists, HasSubstr(absl::StrCat("\"role ", i, "\"")));
  }
  const absl::Status failed = graph_.Update([&](Graph& g) -> absl::Status {
    for (int i = 100; i < 110; ++i) {
      if (absl::Status s =
              g.AddAffiliation(trump_, Aff(us_, absl::StrCat("role ", i)));
          !s.ok()) {
        return s;
      }
    }
    return g.AddAffiliation(trump_, Aff(us_, "role 5"));  // a repeat: undo
  });
  EXPECT_EQ(failed.code(), absl::StatusCode::kAlreadyExists);
  EXPECT_EQ(graph_.actor(trump_).affiliations.size(), 100u);
  EXPECT_TRUE(graph_.AddAffiliation(trump_, Aff(us_, "role 105")).ok());
  EXPECT_REJECTED(graph_.AddAffiliation(trump_, Aff(us_, "role 105")), kExists,
                  HasSubstr("role 105"));
  EXPECT_REJECTED(graph_.AddAffiliation(trump_, Aff(us_, "role 7")), kExists,
                  HasSubstr("role 7"));
}

// ---------------------------------------------------------------------------
// AddSource errors.

TEST_F(GraphTest, AddSourceErrors) {
  Source s;
  EXPECT_REJECTED(graph_.AddSource(s), kInvalid,
                  HasSubstr("title: a source needs a title or a locator"));
  s.title = "Report";
  s.outlet = ActorId(99);
  EXPECT_REJECTED(
      graph_.AddSource(s), kNotFound,
      AllOf(HasSubstr("source \"Report\""), HasSubstr("outlet: no actor#99")));
  s.outlet = ActorId();
  s.title = "Rep\xFFort";
  EXPECT_REJECTED(graph_.AddSource(s), kInvalid,
                  HasSubstr("title: invalid UTF-8 at byte 3"));
  s.title = "";
  s.locator = "file\xC3";
  EXPECT_REJECTED(graph_.AddSource(s), kInvalid,
                  HasSubstr("locator: invalid UTF-8"));
  // A locator alone is enough.
  s.locator = "file.txt";
  EXPECT_THAT(graph_.AddSource(s), IsOk());
}

// ---------------------------------------------------------------------------
// AddStatement errors.

TEST_F(GraphTest, AddStatementRejectsBadSpeakerAndText) {
  EXPECT_REJECTED(graph_.AddStatement(Said(ActorId(), "2024", {china_})),
                  kInvalid, HasSubstr("speaker: missing actor"));
  EXPECT_REJECTED(graph_.AddStatement(Said(ActorId(42), "2024", {china_})),
                  kNotFound, HasSubstr("speaker: no actor#42 in the graph"));
  Statement s = Said(mao_, "2024-11-08", {china_}, "bad \xFF text");
  EXPECT_REJECTED(graph_.AddStatement(s), kInvalid,
                  AllOf(HasSubstr("statement (speaker actor#4 \"Mao Ning\", "
                                  "date 2024-11-08)"),
                        HasSubstr("text: invalid UTF-8 at byte 4")));
  s.text = "fine";
  s.channel = "\xED\xA0\x80";
  EXPECT_REJECTED(graph_.AddStatement(s), kInvalid,
                  HasSubstr("channel: invalid UTF-8"));
  s.channel = "";
  s.location = "Sochi\xC3";
  EXPECT_REJECTED(graph_.AddStatement(s), kInvalid,
                  HasSubstr("location: invalid UTF-8"));
}

TEST_F(GraphTest, AddStatementRejectsBadSourceAndSpan) {
  Statement s = Said(mao_, "2024-11-08", {china_});
  s.source = SourceId(5);
  EXPECT_REJECTED(graph_.AddStatement(s), kNotFound,
                  HasSubstr("source: no source#5 in the graph"));
  s.source = SourceId();
  s.span = TextSpan{1, 5};
  EXPECT_REJECTED(graph_.AddStatement(s), kInvalid,
                  HasSubstr("span: a text span needs a source"));
  s.source = source_;
  s.span = TextSpan{9, 3};
  EXPECT_REJECTED(graph_.AddStatement(s), kInvalid,
                  HasSubstr("span: end 3 is before begin 9"));
  s.span = TextSpan{3, 3};  // empty span is fine
  EXPECT_THAT(graph_.AddStatement(s), IsOk());
}

TEST_F(GraphTest, AddStatementRejectsBadEnumValues) {
  Statement s = Said(mao_, "2024-11-08", {china_});
  s.quote = static_cast<QuoteKind>(7);
  EXPECT_REJECTED(graph_.AddStatement(s), kInvalid, HasSubstr("quote: "));
  s.quote = QuoteKind::kDirectQuote;
  s.reported_by = {Report{tass_, static_cast<ReportKind>(5)}};
  EXPECT_REJECTED(graph_.AddStatement(s), kInvalid,
                  HasSubstr("reported_by[0].kind"));
  s.reported_by = {};
  s.stances = {Stance{us_, static_cast<Polarity>(5)}};
  EXPECT_REJECTED(graph_.AddStatement(s), kInvalid,
                  HasSubstr("stances[0].polarity"));
  s.stances = {};
  s.links = {Link(putin_said_, static_cast<StatementLinkKind>(3))};
  EXPECT_REJECTED(graph_.AddStatement(s), kInvalid, HasSubstr("links[0].kind"));
  s.links = {Link(putin_said_, StatementLinkKind::kRefersTo,
                  static_cast<Polarity>(-3))};
  EXPECT_REJECTED(graph_.AddStatement(s), kInvalid,
                  HasSubstr("links[0].stance"));
}

TEST_F(GraphTest, AddStatementRejectsBadReportingChain) {
  Statement s = Said(putin_, "2024-11-07", {us_});
  s.reported_by = {Report{ActorId(77), ReportKind::kReported}};
  EXPECT_REJECTED(graph_.AddStatement(s), kNotFound,
                  HasSubstr("reported_by[0].outlet: no actor#77"));
  s.reported_by = {Report{tass_, ReportKind::kQuoted},
                   Report{tass_, ReportKind::kReported}};
  EXPECT_REJECTED(graph_.AddStatement(s), kInvalid,
                  HasSubstr("reported_by[1].outlet: repeats reported_by[0]"));
  s.reported_by = {Report{ActorId(), ReportKind::kQuoted}};
  EXPECT_REJECTED(graph_.AddStatement(s), kInvalid,
                  HasSubstr("reported_by[0].outlet: missing actor"));
}

TEST_F(GraphTest, AddStatementRejectsBadTargets) {
  EXPECT_REJECTED(
      graph_.AddStatement(Said(mao_, "2024", {china_, ActorId(42)})), kNotFound,
      HasSubstr("about[1]: no actor#42 in the graph"));
  EXPECT_REJECTED(graph_.AddStatement(Said(mao_, "2024", {ActorId()})),
                  kInvalid, HasSubstr("about[0]: missing actor"));
  EXPECT_REJECTED(graph_.AddStatement(Said(mao_, "2024", {us_, china_, us_})),
                  kInvalid,
                  AllOf(HasSubstr("about[2]"), HasSubstr("\"United States\""),
                        HasSubstr("listed twice")));
}

TEST_F(GraphTest, AddStatementRejectsBadTopicsAndEventTypes) {
  Statement s = Said(mao_, "2024-11-08", {china_});
  s.topics = {"Ukraine crisis", ""};
  EXPECT_REJECTED(graph_.AddStatement(s), kInvalid,
                  HasSubstr("topics[1]: empty"));
  s.topics = {"Ukraine crisis", "Ukraine crisis"};
  EXPECT_REJECTED(graph_.AddStatement(s), kInvalid,
                  AllOf(HasSubstr("topics[1]"), HasSubstr("listed twice")));
  s.topics = {" Ukraine"};
  EXPECT_REJECTED(graph_.AddStatement(s), kInvalid, HasSubstr("topics[0]"));
  s.topics = {};
  s.event_type = EventType{"51x", "Praise"};
  EXPECT_REJECTED(graph_.AddStatement(s), kInvalid,
                  AllOf(HasSubstr("event_type: "), HasSubstr("\"51x\"")));
  s.event_type = EventType{"051", "Pra\xFFise"};
  EXPECT_REJECTED(graph_.AddStatement(s), kInvalid,
                  HasSubstr("event_type.name: invalid UTF-8"));
}

TEST_F(GraphTest, AddStatementRejectsBadStances) {
  Statement s = Said(mao_, "2024-11-08", {china_});
  s.stances = {Stance{ActorId(50), Polarity::kCooperative}};
  EXPECT_REJECTED(graph_.AddStatement(s), kNotFound,
                  HasSubstr("stances[0].target: no actor#50"));
  s.stances = {Stance{us_, Polarity::kCooperative},
               Stance{us_, Polarity::kConflictual}};
  EXPECT_REJECTED(
      graph_.AddStatement(s), kInvalid,
      AllOf(HasSubstr("stances[1].target"), HasSubstr("second stance")));
}

TEST_F(GraphTest, AddStatementRejectsBadLinks) {
  Statement s = Said(mao_, "2024-11-08", {china_});
  s.links = {Link(StatementId(), StatementLinkKind::kRespondsTo)};
  EXPECT_REJECTED(graph_.AddStatement(s), kInvalid,
                  HasSubstr("links[0].statement: missing"));
  // A statement cannot link to itself (its id is not in the graph yet) or
  // to a later one.
  s.links = {Link(StatementId(2), StatementLinkKind::kRespondsTo)};
  EXPECT_REJECTED(graph_.AddStatement(s), kNotFound,
                  HasSubstr("links[0].statement: no statement#2"));
  s.links = {Link(putin_said_, StatementLinkKind::kRespondsTo),
             Link(putin_said_, StatementLinkKind::kRespondsTo,
                  Polarity::kCooperative)};
  EXPECT_REJECTED(graph_.AddStatement(s), kInvalid,
                  HasSubstr("links[1]: repeats links[0]"));
}

// ---------------------------------------------------------------------------
// AddRelationship / AddEvidence errors.

TEST_F(GraphTest, AddRelationshipRejectsBadEnds) {
  EXPECT_REJECTED(graph_.AddRelationship(Rel(ActorId(), russia_, "x", false)),
                  kInvalid, HasSubstr("from: missing actor"));
  EXPECT_REJECTED(graph_.AddRelationship(Rel(ActorId(60), russia_, "x", false)),
                  kNotFound, HasSubstr("from: no actor#60"));
  EXPECT_REJECTED(graph_.AddRelationship(Rel(china_, ActorId(61), "x", true)),
                  kNotFound, HasSubstr("to: no actor#61"));
  EXPECT_REJECTED(
      graph_.AddRelationship(Rel(china_, china_, "self regard", true)),
      kInvalid,
      AllOf(HasSubstr("relationship \"self regard\" (actor#0 \"China\" -> "
                      "actor#0 \"China\")"),
            HasSubstr("to: a relationship needs two different actors")));
}

TEST_F(GraphTest, AddRelationshipRejectsBadLabels) {
  EXPECT_REJECTED(graph_.AddRelationship(Rel(china_, us_, "", false)), kInvalid,
                  HasSubstr("label: empty"));
  EXPECT_REJECTED(
      graph_.AddRelationship(Rel(china_, us_, "-- \xE2\x80\x94", false)),
      kInvalid, HasSubstr("label: has no letters or digits"));
  EXPECT_REJECTED(graph_.AddRelationship(Rel(china_, us_, "rival\xFF", false)),
                  kInvalid, HasSubstr("label: invalid UTF-8"));
  Relationship r = Rel(china_, us_, "rivals", false);
  r.key = "Rivals!";
  EXPECT_REJECTED(graph_.AddRelationship(r), kInvalid,
                  AllOf(HasSubstr("key: \"Rivals!\" is not normalised"),
                        HasSubstr("\"rivals\"")));
  r.key = "";
  r.label_variants = {"competitors", ""};
  EXPECT_REJECTED(graph_.AddRelationship(r), kInvalid,
                  HasSubstr("label_variants[1]: empty"));
  r.label_variants = {"competitors", "foes", "competitors"};
  EXPECT_REJECTED(graph_.AddRelationship(r), kInvalid,
                  HasSubstr("label_variants[2]: repeats label_variants[0]"));
  r.label_variants = {};
  r.polarity = static_cast<Polarity>(3);
  EXPECT_REJECTED(graph_.AddRelationship(r), kInvalid, HasSubstr("polarity: "));
}

TEST_F(GraphTest, AddRelationshipRejectsBadEvidence) {
  Relationship r = Rel(china_, us_, "rivals", false);
  r.evidence = {Ev(mao_said_), Ev(StatementId(), SourceId())};
  EXPECT_REJECTED(graph_.AddRelationship(r), kInvalid,
                  HasSubstr("evidence[1]: needs a statement or a source"));
  r.evidence = {Ev(StatementId(30))};
  EXPECT_REJECTED(graph_.AddRelationship(r), kNotFound,
                  HasSubstr("evidence[0].statement: no statement#30"));
  r.evidence = {Ev(StatementId(), SourceId(4))};
  EXPECT_REJECTED(graph_.AddRelationship(r), kNotFound,
                  HasSubstr("evidence[0].source: no source#4"));
  r.evidence = {Ev(mao_said_, SourceId(), static_cast<EvidenceRole>(9))};
  EXPECT_REJECTED(graph_.AddRelationship(r), kInvalid,
                  HasSubstr("evidence[0].role"));
  r.evidence = {Ev(mao_said_), Ev(putin_said_), Ev(mao_said_)};
  EXPECT_REJECTED(graph_.AddRelationship(r), kInvalid,
                  HasSubstr("evidence[2]: repeats evidence[0]"));
  // The same statement in another role is other evidence.
  r.evidence = {Ev(mao_said_),
                Ev(mao_said_, SourceId(), EvidenceRole::kConfirms)};
  EXPECT_THAT(graph_.AddRelationship(r), IsOk());
}

TEST_F(GraphTest, AddRelationshipRejectsDuplicates) {
  // Same ends, same key (after normalisation), overlapping validity.
  EXPECT_REJECTED(
      graph_.AddRelationship(Rel(china_, russia_, "Strategic-Partners", false)),
      kExists,
      AllOf(HasSubstr("key: relationship#0 already links these "
                      "actors"),
            HasSubstr("add evidence to it instead")));
  // A symmetric relationship matches in either order.
  EXPECT_REJECTED(
      graph_.AddRelationship(Rel(russia_, china_, "strategic partners", false)),
      kExists, HasSubstr("relationship#0"));

  // Directed ones are distinct from their reverse and from symmetric ones.
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      RelationshipId contain,
      graph_.AddRelationship(Rel(us_, china_, "containment", true,
                                 Polarity::kConflictual, I("2020/.."))));
  EXPECT_THAT(graph_.AddRelationship(Rel(china_, us_, "containment", true)),
              IsOk());
  EXPECT_THAT(graph_.AddRelationship(Rel(us_, china_, "containment", false,
                                         Polarity::kNeutral, I("2021"))),
              IsOk());
  EXPECT_REJECTED(
      graph_.AddRelationship(Rel(us_, china_, "containment", true,
                                 Polarity::kConflictual, I("../2020-01-01"))),
      kExists, HasSubstr(absl::StrCat("relationship#", contain.value)));
  // Same ends and key, but validity that does not overlap: a new record.
  EXPECT_THAT(
      graph_.AddRelationship(Rel(us_, china_, "containment", true,
                                 Polarity::kConflictual, I("../2019-12-31"))),
      IsOk());
}

TEST_F(GraphTest, AddEvidenceAppendsAndRejects) {
  ASSERT_THAT(graph_.AddEvidence(partners_, Ev(putin_said_, SourceId(),
                                               EvidenceRole::kConfirms)),
              IsOk());
  ASSERT_THAT(graph_.AddEvidence(partners_, Ev(StatementId(), source_)),
              IsOk());
  EXPECT_THAT(graph_.relationship(partners_).evidence,
              ElementsAre(Ev(mao_said_),
                          Ev(putin_said_, SourceId(), EvidenceRole::kConfirms),
                          Ev(StatementId(), source_)));

  EXPECT_REJECTED(graph_.AddEvidence(RelationshipId(9), Ev(mao_said_)),
                  kNotFound, HasSubstr("relationship#9"));
  EXPECT_REJECTED(graph_.AddEvidence(partners_, Ev(StatementId())), kInvalid,
                  AllOf(HasSubstr("relationship#0 \"strategic partners\""),
                        HasSubstr("evidence: needs a statement or a source")));
  EXPECT_REJECTED(graph_.AddEvidence(partners_, Ev(StatementId(40))), kNotFound,
                  HasSubstr("evidence.statement: no statement#40"));
  EXPECT_REJECTED(graph_.AddEvidence(partners_, Ev(StatementId(), SourceId(8))),
                  kNotFound, HasSubstr("evidence.source: no source#8"));
  EXPECT_REJECTED(graph_.AddEvidence(partners_, Ev(mao_said_)), kExists,
                  HasSubstr("evidence: already recorded"));
}

// ---------------------------------------------------------------------------
// AddEvent errors.

TEST_F(GraphTest, AddEventErrors) {
  EXPECT_REJECTED(graph_.AddEvent(MakeEvent("", "2025-01-20", {trump_})),
                  kInvalid, HasSubstr("label: empty"));
  EXPECT_REJECTED(graph_.AddEvent(MakeEvent("Inauguration", "2025-01-20",
                                            {trump_, ActorId(99)})),
                  kNotFound,
                  AllOf(HasSubstr("event \"Inauguration\""),
                        HasSubstr("participants[1]: no actor#99")));
  EXPECT_REJECTED(
      graph_.AddEvent(
          MakeEvent("Inauguration", "2025-01-20", {trump_, us_, trump_})),
      kInvalid, AllOf(HasSubstr("participants[2]"), HasSubstr("listed twice")));
  Event e = MakeEvent("Inauguration", "2025-01-20", {trump_});
  e.event_type = EventType{"1", "?"};
  EXPECT_REJECTED(graph_.AddEvent(e), kInvalid, HasSubstr("event_type: "));
  e.event_type = EventType();
  e.source = SourceId(3);
  EXPECT_REJECTED(graph_.AddEvent(e), kNotFound,
                  HasSubstr("source: no source#3"));
  e.source = source_;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(EventId id, graph_.AddEvent(e));
  EXPECT_EQ(graph_.event(id), e);
}

// ---------------------------------------------------------------------------
// Names and aliases.

TEST_F(GraphTest, FindActorByNameOrAliasIgnoringAsciiCase) {
  for (absl::string_view name :
       {"Mao Ning", "mao ning", "MAO NING", "Ning", "ning", "nInG"}) {
    EXPECT_THAT(graph_.FindActor(name), IsOkAndHolds(mao_)) << name;
  }
  EXPECT_THAT(graph_.FindActor("chinese foreign ministry"), IsOkAndHolds(mfa_));
  EXPECT_THAT(graph_.FindActor("usa"), IsOkAndHolds(us_));
  EXPECT_THAT(graph_.FindActor("Mao"),
              StatusIs(kNotFound, HasSubstr("\"Mao\"")));
  EXPECT_THAT(graph_.FindActor(""), StatusIs(kNotFound, ::testing::_));
  // Names must match whole, not by prefix or with extra space.
  EXPECT_THAT(graph_.FindActor("Mao Ning "), StatusIs(kNotFound, ::testing::_));
  EXPECT_THAT(graph_.MatchActors("NING"), ElementsAre(mao_));
  EXPECT_THAT(graph_.MatchActors("nobody"), IsEmpty());
}

TEST_F(GraphTest, CaseFoldingIsAsciiOnly) {
  const ActorId elysee =
      Add(MakeActor("\xC3\x89lys\xC3\xA9"
                    "e Palace",
                    ActorKind::kPlace));
  EXPECT_THAT(graph_.FindActor("\xC3\x89LYS\xC3\xA9"
                               "E PALACE"),
              IsOkAndHolds(elysee));
  // "é" is not folded to "É".
  EXPECT_THAT(graph_.FindActor("\xC3\xA9lys\xC3\xA9"
                               "e palace"),
              StatusIs(kNotFound, ::testing::_));
}

TEST_F(GraphTest, CanonicalNameWinsOverAlias) {
  // Another actor takes "Putin" as an alias: the canonical holder of a name
  // is not involved, so the alias becomes ambiguous ...
  const ActorId film =
      Add(MakeActor("Putin (film)", ActorKind::kGroup, {"Putin"}));
  EXPECT_THAT(graph_.FindActor("Putin"), StatusIs(kAmbiguous, ::testing::_));
  // ... but a canonical name always wins over aliases.
  const ActorId georgia =
      Add(MakeActor("Georgia", ActorKind::kState, {}, "GEO"));
  const ActorId us_state =
      Add(MakeActor("State of Georgia", ActorKind::kPlace, {"Georgia"}));
  EXPECT_THAT(graph_.FindActor("georgia"), IsOkAndHolds(georgia));
  EXPECT_THAT(graph_.MatchActors("GEORGIA"), ElementsAre(georgia, us_state));
  // Also when the canonical name arrives after the alias.
  const ActorId ning_person = Add(MakeActor("Ning", ActorKind::kPerson));
  EXPECT_THAT(graph_.FindActor("ning"), IsOkAndHolds(ning_person));
  EXPECT_THAT(graph_.MatchActors("Ning"), ElementsAre(mao_, ning_person));
  EXPECT_THAT(graph_.MatchActors("putin"), ElementsAre(putin_, film));
}

TEST_F(GraphTest, AmbiguousAliasIsReportedWithItsCandidates) {
  ASSERT_THAT(graph_.AddAlias(trump_, "Putin"), IsOk());
  EXPECT_THAT(
      graph_.FindActor("PUTIN"),
      StatusIs(kAmbiguous, AllOf(HasSubstr("\"PUTIN\" is ambiguous"),
                                 HasSubstr("actor#5 \"Vladimir Putin\""),
                                 HasSubstr("actor#6 \"Donald Trump\""))));
  EXPECT_THAT(graph_.MatchActors("putin"), ElementsAre(putin_, trump_));
  // The canonical names still resolve.
  EXPECT_THAT(graph_.FindActor("Vladimir Putin"), IsOkAndHolds(putin_));
  EXPECT_THAT(graph_.FindActor("Donald Trump"), IsOkAndHolds(trump_));
  // A third holder is listed too, ascending by id.
  Add(MakeActor("Putin impersonator", ActorKind::kPerson, {"putin"}));
  EXPECT_THAT(
      graph_.FindActor("Putin"),
      StatusIs(kAmbiguous, HasSubstr("actor#8 \"Putin impersonator\"")));
  EXPECT_EQ(graph_.MatchActors("Putin").size(), 3u);
}

TEST_F(GraphTest, FindActorByIso3) {
  EXPECT_THAT(graph_.FindActorByIso3("CHN"), IsOkAndHolds(china_));
  EXPECT_THAT(graph_.FindActorByIso3("RUS"), IsOkAndHolds(russia_));
  EXPECT_THAT(graph_.FindActorByIso3("chn"),
              StatusIs(kNotFound, HasSubstr("\"chn\"")));
  EXPECT_THAT(graph_.FindActorByIso3("FRA"), StatusIs(kNotFound, ::testing::_));
  EXPECT_THAT(graph_.FindActorByIso3(""), StatusIs(kNotFound, ::testing::_));
}

// ---------------------------------------------------------------------------
// Lists and their order.

// Dates given out of order, with ties, coarse and unknown dates; the order
// (date, id) that StatementsBy must produce is spelled out by hand.
const char* const kShuffledDates[] = {"2024-11-08", "2024-11",    "2023-05-01",
                                      "?",          "2024",       "2024-11-08",
                                      "2024-11-07", "2025-01-20", "2024-11"};
const uint32_t kSortedOrder[] = {3, 2, 4, 1, 8, 6, 0, 5, 7};

struct ListWorld {
  Graph graph;
  ActorId speaker, target, other;
  StatementId base;  // every statement links to it
};

// Adds the kShuffledDates statements; those with index in [from, to) go
// inside one Update().
void AddShuffled(ListWorld& w, size_t from, size_t to) {
  auto add = [&](Graph& g, size_t i) -> absl::Status {
    Statement s = Said(w.speaker, kShuffledDates[i], {w.target, w.other},
                       absl::StrCat("statement ", i));
    s.links = {Link(w.base, StatementLinkKind::kRespondsTo)};
    absl::StatusOr<StatementId> id = g.AddStatement(s);
    if (!id.ok()) return id.status();
    EXPECT_EQ(*id, StatementId(static_cast<uint32_t>(i) + 1));
    return absl::OkStatus();
  };
  for (size_t i = 0; i < from; ++i) ASSERT_THAT(add(w.graph, i), IsOk());
  ASSERT_THAT(w.graph.Update([&](Graph& g) -> absl::Status {
    for (size_t i = from; i < to; ++i) {
      if (absl::Status s = add(g, i); !s.ok()) return s;
    }
    return absl::OkStatus();
  }),
              IsOk());
  for (size_t i = to; i < std::size(kShuffledDates); ++i) {
    ASSERT_THAT(add(w.graph, i), IsOk());
  }
}

void MakeListWorld(ListWorld& w) {
  w.speaker = *w.graph.AddActor(MakeActor("Speaker", ActorKind::kPerson));
  w.target = *w.graph.AddActor(MakeActor("Target", ActorKind::kState));
  w.other = *w.graph.AddActor(MakeActor("Other", ActorKind::kState));
  const ActorId first =
      *w.graph.AddActor(MakeActor("First", ActorKind::kPerson));
  w.base = *w.graph.AddStatement(Said(first, "2030", {w.target}));
}

void ExpectSortedLists(const ListWorld& w) {
  std::vector<StatementId> expected;
  for (uint32_t i : kSortedOrder) expected.push_back(StatementId(i + 1));
  EXPECT_THAT(w.graph.StatementsBy(w.speaker), ElementsAreArray(expected));
  EXPECT_THAT(w.graph.StatementsAbout(w.other), ElementsAreArray(expected));
  EXPECT_THAT(w.graph.LinksTo(w.base), ElementsAreArray(expected));
  // The target also has the base statement, dated 2030: last.
  expected.push_back(w.base);
  EXPECT_THAT(w.graph.StatementsAbout(w.target), ElementsAreArray(expected));
}

TEST(GraphListsTest, SortedByDateThenIdWhenAddedOutOfOrder) {
  ListWorld w;
  MakeListWorld(w);
  AddShuffled(w, 0, 0);
  ExpectSortedLists(w);
}

TEST(GraphListsTest, SortedByDateThenIdInsideUpdate) {
  ListWorld w;
  MakeListWorld(w);
  AddShuffled(w, 0, std::size(kShuffledDates));
  ExpectSortedLists(w);
}

TEST(GraphListsTest, SortedWhenMixingUpdateAndSingleAdds) {
  for (size_t from : {0, 2, 5}) {
    for (size_t to : {5, 7, 9}) {
      if (to < from) continue;
      SCOPED_TRACE(absl::StrCat("update covers [", from, ", ", to, ")"));
      ListWorld w;
      MakeListWorld(w);
      AddShuffled(w, from, to);
      ExpectSortedLists(w);
    }
  }
}

// Every statement list of `g`, checked against a plain sort of the
// statement table.
void ExpectListsMatchTable(const Graph& g) {
  auto sorted = [&g](std::vector<StatementId> v) {
    std::stable_sort(v.begin(), v.end(), [&g](StatementId a, StatementId b) {
      return g.statement(a).date() < g.statement(b).date();
    });
    return v;
  };
  std::vector<std::vector<StatementId>> by(g.actor_count()),
      about(g.actor_count());
  std::map<std::pair<uint32_t, uint32_t>, std::vector<StatementId>> pairs;
  std::vector<StatementId> all;
  for (uint32_t i = 0; i < g.statement_count(); ++i) {
    const StatementView s = g.statement(StatementId(i));
    all.push_back(s.id());
    by[s.speaker().value].push_back(s.id());
    for (ActorId t : s.about()) {
      about[t.value].push_back(s.id());
      pairs[{s.speaker().value, t.value}].push_back(s.id());
    }
  }
  ASSERT_THAT(g.StatementsByDate(), ElementsAreArray(sorted(all)));
  for (uint32_t a = 0; a < g.actor_count(); ++a) {
    ASSERT_THAT(g.StatementsBy(ActorId(a)), ElementsAreArray(sorted(by[a])))
        << "actor " << a;
    ASSERT_THAT(g.StatementsAbout(ActorId(a)),
                ElementsAreArray(sorted(about[a])))
        << "actor " << a;
    for (uint32_t b = 0; b < g.actor_count(); ++b) {
      auto it = pairs.find({a, b});
      const std::vector<StatementId> expected =
          it == pairs.end() ? std::vector<StatementId>() : sorted(it->second);
      ASSERT_THAT(g.StatementsFromTo(ActorId(a), ActorId(b)),
                  ElementsAreArray(expected))
          << a << " -> " << b;
    }
  }
}

// Large steps (indexed in bulk at their end, merged into older lists) mixed
// with single adds and failed nested steps, in random date order with every
// date precision.
TEST(GraphListsTest, BulkIndexingMatchesAPlainSort) {
  std::mt19937 rng(2024);
  Graph g;
  std::vector<ActorId> actors;
  for (int i = 0; i < 12; ++i) {
    actors.push_back(
        *g.AddActor(MakeActor(absl::StrCat("A", i), ActorKind::kState)));
  }
  std::uniform_int_distribution<int> pick(0, 11), day(0, 3000), precision(0, 9);
  auto random_statement = [&] {
    Statement s;
    s.speaker = actors[pick(rng)];
    const ActorId t1 = actors[pick(rng)];
    const ActorId t2 = actors[pick(rng)];
    s.about = {t1};
    if (t2 != t1) s.about.push_back(t2);
    const Date d = Date::FromYearMonthDay(2015, 1, 1)->PlusDays(day(rng));
    switch (precision(rng)) {
      case 0:
        s.date = Date();
        break;
      case 1:
        s.date = Date::FromYear(static_cast<int>(d.year())).value();
        break;
      case 2:
        s.date =
            Date::FromYearMonth(static_cast<int>(d.year()), d.month()).value();
        break;
      default:
        s.date = d;
    }
    s.text = absl::StrCat("s", day(rng));
    return s;
  };
  for (int round = 0; round < 4; ++round) {
    for (int i = 0; i < 200; ++i)
      ASSERT_THAT(g.AddStatement(random_statement()), IsOk());
    ASSERT_THAT(g.Update([&](Graph& u) -> absl::Status {
      for (int i = 0; i < 5000; ++i) {
        if (absl::Status s = u.AddStatement(random_statement()).status();
            !s.ok()) {
          return s;
        }
        if (i % 1000 == 999) {
          // A nested step that fails: its statements must not be indexed.
          const absl::Status inner = u.Update([&](Graph& v) -> absl::Status {
            for (int k = 0; k < 50; ++k) {
              if (absl::Status s = v.AddStatement(random_statement()).status();
                  !s.ok()) {
                return s;
              }
            }
            return absl::AbortedError("undo");
          });
          if (inner.code() != absl::StatusCode::kAborted) return inner;
        }
      }
      return absl::OkStatus();
    }),
                IsOk());
    // A failed outermost step leaves the lists as they were.
    ASSERT_THAT(g.Update([&](Graph& u) -> absl::Status {
      for (int i = 0; i < 100; ++i) (void)u.AddStatement(random_statement());
      return absl::AbortedError("undo");
    }),
                StatusIs(absl::StatusCode::kAborted, ::testing::_));
    ASSERT_EQ(g.statement_count(), static_cast<size_t>(round + 1) * 5200);
    ExpectListsMatchTable(g);
  }
}

// Statements added one by one out of date order wait, and the first read
// of any statement list indexes them all; reads inside a later Update() see
// them too, but not the Update()'s own statements until it ends.
TEST(GraphListsTest, SingleAddsOutOfOrderAreIndexedByTheNextRead) {
  std::mt19937 rng(5);
  Graph g;
  const ActorId a = *g.AddActor(MakeActor("A", ActorKind::kState));
  const ActorId b = *g.AddActor(MakeActor("B", ActorKind::kState));
  std::uniform_int_distribution<int> day(0, 2000);
  auto add = [&](Graph& graph) {
    return graph.AddStatement(Said(
        a, Date::FromYearMonthDay(2018, 1, 1)->PlusDays(day(rng)).ToString(),
        {b}));
  };
  // Many waiting statements (one pass with merges) and a few (inserted one
  // at a time), in turn.
  for (int round = 0; round < 4; ++round) {
    const int n = round % 2 == 0 ? 500 : 50;
    for (int i = 0; i < n; ++i) ASSERT_THAT(add(g), IsOk());
    ExpectListsMatchTable(g);
  }
  // In order: indexed at once, still right.
  for (int i = 0; i < 10; ++i) {
    ASSERT_THAT(g.AddStatement(Said(a, absl::StrCat(2030 + i), {b})), IsOk());
  }
  ExpectListsMatchTable(g);
  // Waiting statements show inside a later Update(); its own do not yet.
  for (int i = 0; i < 20; ++i) ASSERT_THAT(add(g), IsOk());
  const size_t before = g.statement_count();
  ASSERT_THAT(g.Update([&](Graph& u) -> absl::Status {
    EXPECT_EQ(u.StatementsByDate().size(), before);
    if (absl::Status s = add(u).status(); !s.ok()) return s;
    EXPECT_EQ(u.StatementsBy(a).size(), before);
    return absl::OkStatus();
  }),
              IsOk());
  EXPECT_EQ(g.StatementsBy(a).size(), before + 1);
  ExpectListsMatchTable(g);
}

TEST(GraphListsTest, RelationshipsByValidityBegin) {
  Graph g;
  const ActorId a = *g.AddActor(MakeActor("A", ActorKind::kState));
  std::vector<ActorId> partners;
  for (int i = 0; i < 5; ++i) {
    partners.push_back(
        *g.AddActor(MakeActor(absl::StrCat("P", i), ActorKind::kState)));
  }
  // Begins: 2024, open, 2022-05, 2021 (closed), 2022-05 (tie).
  ASSERT_THAT(g.AddRelationship(Rel(a, partners[0], "r", false,
                                    Polarity::kNeutral, I("2024/.."))),
              IsOk());
  ASSERT_THAT(g.AddRelationship(Rel(partners[1], a, "r", true,
                                    Polarity::kNeutral, I("../2020"))),
              IsOk());
  ASSERT_THAT(g.Update([&](Graph& u) -> absl::Status {
    absl::Status s = u.AddRelationship(Rel(a, partners[2], "r", true,
                                           Polarity::kNeutral, I("2022-05/..")))
                         .status();
    if (!s.ok()) return s;
    return u
        .AddRelationship(
            Rel(a, partners[3], "r", false, Polarity::kNeutral, I("2021/2023")))
        .status();
  }),
              IsOk());
  ASSERT_THAT(g.AddRelationship(Rel(partners[4], a, "r", false,
                                    Polarity::kNeutral, I("2022-05"))),
              IsOk());
  EXPECT_THAT(g.RelationshipsOf(a),
              ElementsAreArray(Ids<RelationshipId>({1, 3, 2, 4, 0})));
  EXPECT_THAT(g.RelationshipsOf(partners[1]), ElementsAre(RelationshipId(1)));
}

TEST(GraphListsTest, EventsByDateAndMembersById) {
  Graph g;
  const ActorId org = *g.AddActor(MakeActor("Org", ActorKind::kOrganization));
  std::vector<ActorId> people;
  for (int i = 0; i < 4; ++i) {
    people.push_back(
        *g.AddActor(MakeActor(absl::StrCat("Person ", i), ActorKind::kPerson)));
  }
  ASSERT_THAT(g.AddEvent(MakeEvent("e0", "2025-01-20", {org, people[0]})),
              IsOk());
  ASSERT_THAT(g.AddEvent(MakeEvent("e1", "2024-11-05", {org})), IsOk());
  ASSERT_THAT(g.AddEvent(MakeEvent("e2", "?", {people[0], org})), IsOk());
  ASSERT_THAT(g.AddEvent(MakeEvent("e3", "2024-11", {org})), IsOk());
  EXPECT_THAT(g.EventsOf(org), ElementsAreArray(Ids<EventId>({2, 3, 1, 0})));
  EXPECT_THAT(g.EventsOf(people[0]), ElementsAreArray(Ids<EventId>({2, 0})));
  EXPECT_THAT(g.EventsOf(people[1]), IsEmpty());

  // Members in id order, whatever the order of the affiliations, once each.
  ASSERT_THAT(g.AddAffiliation(people[3], Aff(org, "member")), IsOk());
  ASSERT_THAT(g.AddAffiliation(people[1], Aff(org, "member")), IsOk());
  ASSERT_THAT(g.AddAffiliation(people[3], Aff(org, "chair", I("2024/.."))),
              IsOk());
  ASSERT_THAT(g.AddAffiliation(people[2], Aff(org, "member")), IsOk());
  EXPECT_THAT(g.MembersOf(org), ElementsAre(people[1], people[2], people[3]));
  EXPECT_THAT(g.MembersOf(people[0]), IsEmpty());
}

TEST_F(GraphTest, ListsOfTheFixture) {
  EXPECT_THAT(graph_.StatementsBy(mao_), ElementsAre(mao_said_));
  EXPECT_THAT(graph_.StatementsBy(putin_), ElementsAre(putin_said_));
  EXPECT_THAT(graph_.StatementsBy(china_), IsEmpty());
  EXPECT_THAT(graph_.StatementsAbout(us_), ElementsAre(putin_said_, mao_said_));
  EXPECT_THAT(graph_.StatementsAbout(mao_), IsEmpty());
  EXPECT_THAT(graph_.RelationshipsOf(china_), ElementsAre(partners_));
  EXPECT_THAT(graph_.RelationshipsOf(russia_), ElementsAre(partners_));
  EXPECT_THAT(graph_.RelationshipsOf(us_), IsEmpty());
  EXPECT_THAT(graph_.EventsOf(trump_), ElementsAre(election_));
  EXPECT_THAT(graph_.MembersOf(mfa_), ElementsAre(mao_));
  EXPECT_THAT(graph_.MembersOf(china_), ElementsAre(mfa_));
}

// ---------------------------------------------------------------------------
// Links between statements.

TEST_F(GraphTest, LinksTo) {
  EXPECT_THAT(graph_.LinksTo(putin_said_), ElementsAre(mao_said_));
  EXPECT_THAT(graph_.LinksTo(mao_said_), IsEmpty());

  // A reply to both, dated by month only: it sorts before Mao Ning's
  // statement of 2024-11-08.
  Statement reply = Said(trump_, "2024-11", {russia_});
  reply.links = {Link(mao_said_, StatementLinkKind::kRespondsTo),
                 Link(putin_said_, StatementLinkKind::kRespondsTo)};
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(StatementId r, graph_.AddStatement(reply));
  EXPECT_THAT(graph_.LinksTo(putin_said_), ElementsAre(r, mao_said_));
  EXPECT_THAT(graph_.LinksTo(mao_said_), ElementsAre(r));
}

TEST_F(GraphTest, LinksToListsAStatementOnceWhenItLinksTwice) {
  // Responding to and referring to the same statement are two links but one
  // linking statement, also when it lands before later-dated ones.
  Statement both = Said(trump_, "2024-11-01", {russia_});
  both.links = {
      Link(putin_said_, StatementLinkKind::kRespondsTo),
      Link(putin_said_, StatementLinkKind::kRefersTo, Polarity::kConflictual)};
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(StatementId id, graph_.AddStatement(both));
  EXPECT_THAT(graph_.LinksTo(putin_said_), ElementsAre(id, mao_said_));
  EXPECT_THAT(graph_.statement(id).links(), ::testing::SizeIs(2));

  // The same inside Update().
  ASSERT_THAT(graph_.Update([&](Graph& g) {
    Statement again = both;
    again.date = D("2024-10");
    return g.AddStatement(again).status();
  }),
              IsOk());
  EXPECT_THAT(graph_.LinksTo(putin_said_),
              ElementsAre(StatementId(3), id, mao_said_));
}

// ---------------------------------------------------------------------------
// StatementView.

TEST_F(GraphTest, StatementViewAccessors) {
  const StatementView v = graph_.statement(mao_said_);
  EXPECT_EQ(v.id(), mao_said_);
  EXPECT_EQ(v.speaker(), mao_);
  EXPECT_EQ(v.date(), D("2024-11-08"));
  EXPECT_EQ(v.text(), "a matter between the two countries");
  EXPECT_EQ(v.quote(), QuoteKind::kParaphrase);
  EXPECT_THAT(v.about(), ElementsAre(russia_, us_));
  EXPECT_EQ(v.channel(), "regular press briefing");
  EXPECT_EQ(v.location(), "");
  EXPECT_EQ(v.source(), source_);
  EXPECT_EQ(v.span(), std::nullopt);
  EXPECT_THAT(v.reported_by(), IsEmpty());
  EXPECT_THAT(v.topics(), IsEmpty());
  EXPECT_TRUE(v.event_type().empty());
  EXPECT_THAT(v.stances(), IsEmpty());
  EXPECT_THAT(v.links(),
              ElementsAre(Link(putin_said_, StatementLinkKind::kRefersTo,
                               Polarity::kCooperative)));

  const StatementView p = graph_.statement(putin_said_);
  EXPECT_THAT(p.reported_by(), ElementsAre(Report{tass_, ReportKind::kQuoted}));
  EXPECT_EQ(p.StanceToward(us_), Polarity::kConflictual);
  EXPECT_EQ(p.StanceToward(russia_), std::nullopt);
  EXPECT_EQ(p.source(), SourceId());
}

TEST_F(GraphTest, StatementRoundTripsThroughToStatement) {
  Statement full;
  full.speaker = mao_;
  full.date = D("2024-11-08");
  full.channel = "regular press briefing";
  full.location = "Beijing";
  full.source = source_;
  full.span = TextSpan{120, 245};
  full.reported_by = {Report{tass_, ReportKind::kReported}};
  full.text = "words \xE2\x80\x9Cquoted\xE2\x80\x9D, with \"marks\"";
  full.quote = QuoteKind::kDirectQuote;
  full.about = {russia_, us_, putin_};
  full.topics = {"Russia-US relations", "Ukraine crisis"};
  full.event_type = EventType{"051", "Praise or endorse"};
  full.stances = {Stance{putin_, Polarity::kCooperative},
                  Stance{us_, Polarity::kConflictual}};
  full.links = {
      Link(putin_said_, StatementLinkKind::kRefersTo, Polarity::kCooperative),
      Link(putin_said_, StatementLinkKind::kRespondsTo)};
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(StatementId id, graph_.AddStatement(full));
  EXPECT_EQ(graph_.statement(id).ToStatement(), full);
  EXPECT_THAT(graph_.statement(id).topics(),
              ElementsAre("Russia-US relations", "Ukraine crisis"));
  EXPECT_EQ(graph_.statement(id).event_type(), full.event_type);
  EXPECT_EQ(graph_.statement(id).StanceToward(putin_), Polarity::kCooperative);

  // A bare statement (no optional fields) round-trips too.
  Statement bare;
  bare.speaker = trump_;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(StatementId bare_id,
                                  graph_.AddStatement(bare));
  EXPECT_EQ(graph_.statement(bare_id).ToStatement(), bare);
  EXPECT_EQ(graph_.statement(bare_id).date(), Date());
  EXPECT_EQ(graph_.statement(bare_id).text(), "");

  // Re-adding what ToStatement gives yields an equal statement.
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      StatementId copy,
      graph_.AddStatement(graph_.statement(id).ToStatement()));
  EXPECT_EQ(graph_.statement(copy).ToStatement(), full);

  // Every fixture statement round-trips as well.
  for (StatementId s : {putin_said_, mao_said_}) {
    const Statement st = graph_.statement(s).ToStatement();
    EXPECT_EQ(graph_.statement(s).text(), st.text);
    EXPECT_EQ(graph_.statement(s).channel(), st.channel);
  }
}

TEST_F(GraphTest, StatementsSharingStringsKeepTheirOwnFields) {
  Statement a = Said(mao_, "2024-11-08", {us_}, "same words");
  a.topics = {"t1", "t2"};
  a.event_type = EventType{"010", "Make statement"};
  Statement b = Said(putin_, "2024-11-09", {china_}, "same words");
  b.topics = {"t2"};
  b.event_type = EventType{"010", "Make statement"};
  Statement c = Said(putin_, "2024-11-10", {china_}, "other words");
  c.event_type = EventType{"010", "Another name"};
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(StatementId ia, graph_.AddStatement(a));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(StatementId ib, graph_.AddStatement(b));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(StatementId ic, graph_.AddStatement(c));
  EXPECT_EQ(graph_.statement(ia).ToStatement(), a);
  EXPECT_EQ(graph_.statement(ib).ToStatement(), b);
  EXPECT_EQ(graph_.statement(ic).ToStatement(), c);
}

// ---------------------------------------------------------------------------
// Affiliations over time.

TEST_F(GraphTest, RolesOnFollowsTimeBoundedRoles) {
  ASSERT_THAT(graph_.AddAffiliation(
                  trump_, Aff(us_, "President", I("2017-01-20/2021-01-19"))),
              IsOk());
  ASSERT_THAT(graph_.AddAffiliation(trump_, Aff(us_, "President-elect",
                                                I("2024-11-06/2025-01-19"))),
              IsOk());
  ASSERT_THAT(
      graph_.AddAffiliation(trump_, Aff(us_, "President", I("2025-01-20/.."))),
      IsOk());
  const ActorId biden =
      Add(MakeActor("Joe Biden", ActorKind::kPerson, {"Biden"}));
  ASSERT_THAT(graph_.AddAffiliation(
                  biden, Aff(us_, "President", I("2021-01-20/2025-01-19"))),
              IsOk());

  auto roles = [&](ActorId who, Date day) {
    std::vector<std::string> out;
    const std::vector<Affiliation> held = *RolesOn(graph_, who, day);
    for (const Affiliation& f : held) {
      EXPECT_EQ(f.organization, us_);
      out.push_back(absl::StrCat(f.role, " ", f.valid.ToString()));
    }
    return out;
  };
  EXPECT_THAT(roles(trump_, *Date::FromYearMonthDay(2024, 11, 5)), IsEmpty());
  EXPECT_THAT(roles(trump_, *Date::FromYearMonthDay(2018, 6, 1)),
              ElementsAre("President 2017-01-20/2021-01-19"));
  EXPECT_THAT(roles(trump_, *Date::FromYearMonthDay(2024, 11, 6)),
              ElementsAre("President-elect 2024-11-06/2025-01-19"));
  EXPECT_THAT(roles(trump_, *Date::FromYearMonthDay(2024, 11, 8)),
              ElementsAre("President-elect 2024-11-06/2025-01-19"));
  EXPECT_THAT(roles(trump_, *Date::FromYearMonthDay(2025, 1, 19)),
              ElementsAre("President-elect 2024-11-06/2025-01-19"));
  EXPECT_THAT(roles(trump_, *Date::FromYearMonthDay(2025, 1, 20)),
              ElementsAre("President 2025-01-20/.."));
  EXPECT_THAT(roles(trump_, *Date::FromYearMonthDay(2025, 2, 1)),
              ElementsAre("President 2025-01-20/.."));
  EXPECT_THAT(roles(biden, *Date::FromYearMonthDay(2024, 11, 8)),
              ElementsAre("President 2021-01-20/2025-01-19"));
  EXPECT_THAT(roles(biden, *Date::FromYearMonthDay(2025, 1, 20)), IsEmpty());

  // Open-ended roles hold on any day; several roles at once keep the order
  // in which they were added.
  EXPECT_THAT(*RolesOn(graph_, mao_, *Date::FromYearMonthDay(1, 1, 1)),
              ElementsAre(Aff(mfa_, "spokesperson")));
  ASSERT_THAT(
      graph_.AddAffiliation(mao_, Aff(china_, "official", I("2020/.."))),
      IsOk());
  EXPECT_THAT(*RolesOn(graph_, mao_, *Date::FromYearMonthDay(2024, 11, 8)),
              ElementsAre(Aff(mfa_, "spokesperson"),
                          Aff(china_, "official", I("2020/.."))));
  EXPECT_THAT(*RolesOn(graph_, mao_, *Date::FromYearMonthDay(2019, 12, 31)),
              ElementsAre(Aff(mfa_, "spokesperson")));
  EXPECT_THAT(graph_.MembersOf(us_), ElementsAre(trump_, biden));
}

// ---------------------------------------------------------------------------
// Update(): all or nothing.

// Adds one of each kind of record, and changes to existing records, then
// returns `result`.
absl::Status AddEverything(Graph& g, ActorId china, ActorId putin,
                           ActorId trump, ActorId mao, StatementId putin_said,
                           RelationshipId partners, SourceId source,
                           absl::Status result) {
  Actor a = MakeActor("New Actor", ActorKind::kGroup, {"Extra"}, "NEW");
  a.affiliations = {Aff(china, "ally")};
  absl::StatusOr<ActorId> added = g.AddActor(a);
  if (!added.ok()) return added.status();
  if (absl::Status s = g.AddAlias(putin, "Vova"); !s.ok()) return s;
  // Makes "Putin" ambiguous for as long as the step lasts.
  if (absl::Status s = g.AddAlias(trump, "Putin"); !s.ok()) return s;
  if (absl::Status s = g.AddAffiliation(mao, Aff(china, "official")); !s.ok()) {
    return s;
  }
  if (absl::Status s = g.AddAffiliation(*added, Aff(putin, "admirer"));
      !s.ok()) {
    return s;
  }
  Source src;
  src.title = "A second report";
  absl::StatusOr<SourceId> new_source = g.AddSource(src);
  if (!new_source.ok()) return new_source.status();
  Statement st = Said(mao, "2024-01-01", {*added, china}, "brand new words");
  st.topics = {"brand new topic"};
  st.channel = "brand new channel";
  st.source = *new_source;
  st.event_type = EventType{"0999", "brand new type"};
  st.links = {Link(putin_said, StatementLinkKind::kRespondsTo)};
  absl::StatusOr<StatementId> said = g.AddStatement(st);
  if (!said.ok()) return said.status();
  Relationship r = Rel(*added, china, "brand new tie", true);
  r.evidence = {Ev(*said)};
  if (absl::Status s = g.AddRelationship(r).status(); !s.ok()) return s;
  if (absl::Status s = g.AddEvidence(partners, Ev(*said)); !s.ok()) return s;
  if (absl::Status s = g.AddEvidence(partners, Ev(StatementId(), source));
      !s.ok()) {
    return s;
  }
  if (absl::Status s =
          g.AddEvent(MakeEvent("brand new event", "2024-01-02", {*added, mao}))
              .status();
      !s.ok()) {
    return s;
  }
  return result;
}

size_t EdgeCount(const Graph& g) {
  return boost::num_edges(NetworkOf(g)->directed());
}

TEST_F(GraphTest, FailedUpdateUndoesEveryChange) {
  const std::string before = Dump();
  const size_t edges_before = EdgeCount(graph_);
  EXPECT_THAT(graph_.Update([&](Graph& g) {
    absl::Status s =
        AddEverything(g, china_, putin_, trump_, mao_, putin_said_, partners_,
                      source_, absl::AbortedError("changed my mind"));
    // Inside the step the changes are visible.
    EXPECT_EQ(g.actor_count(), 9u);
    EXPECT_THAT(g.FindActor("Putin"), StatusIs(kAmbiguous, ::testing::_));
    EXPECT_THAT(g.FindActor("vova"), IsOkAndHolds(putin_));
    return s;
  }),
              StatusIs(absl::StatusCode::kAborted, "changed my mind"));
  EXPECT_EQ(Dump(), before);
  EXPECT_EQ(EdgeCount(graph_), edges_before);
  EXPECT_THAT(graph_.FindActor("Putin"), IsOkAndHolds(putin_));
  EXPECT_THAT(graph_.FindActor("New Actor"), StatusIs(kNotFound, ::testing::_));
  EXPECT_THAT(graph_.FindActorByIso3("NEW"), StatusIs(kNotFound, ::testing::_));
  EXPECT_THAT(graph_.relationship(partners_).evidence,
              ElementsAre(Ev(mao_said_)));

  // The graph is fully usable afterwards, and ids are handed out again.
  EXPECT_THAT(graph_.Update([&](Graph& g) {
    return AddEverything(g, china_, putin_, trump_, mao_, putin_said_,
                         partners_, source_, absl::OkStatus());
  }),
              IsOk());
  EXPECT_EQ(graph_.actor_count(), 9u);
  EXPECT_THAT(graph_.FindActor("New Actor"), IsOkAndHolds(ActorId(8)));
  EXPECT_THAT(graph_.FindActor("extra"), IsOkAndHolds(ActorId(8)));
  EXPECT_THAT(graph_.FindActorByIso3("NEW"), IsOkAndHolds(ActorId(8)));
  EXPECT_THAT(graph_.FindActor("Putin"), StatusIs(kAmbiguous, ::testing::_));
  const StatementView v = graph_.statement(StatementId(2));
  EXPECT_EQ(v.text(), "brand new words");
  EXPECT_THAT(v.topics(), ElementsAre("brand new topic"));
  EXPECT_EQ(v.channel(), "brand new channel");
  EXPECT_EQ(v.event_type(), (EventType{"0999", "brand new type"}));
  EXPECT_THAT(graph_.LinksTo(putin_said_),
              ElementsAre(StatementId(2), mao_said_));
  EXPECT_THAT(graph_.StatementsBy(mao_),
              ElementsAre(StatementId(2), mao_said_));
  EXPECT_THAT(graph_.MembersOf(china_), ElementsAre(mfa_, mao_, ActorId(8)));
  EXPECT_THAT(graph_.MembersOf(putin_), ElementsAre(ActorId(8)));
  EXPECT_EQ(graph_.relationship(partners_).evidence.size(), 3u);
  EXPECT_EQ(graph_.relationship_count(), 2u);
  EXPECT_EQ(graph_.event_count(), 2u);
  EXPECT_EQ(graph_.source_count(), 2u);
  EXPECT_GT(EdgeCount(graph_), edges_before);
}

TEST_F(GraphTest, UpdateFailingOnAnAddUndoesEarlierAdds) {
  const std::string before = Dump();
  EXPECT_THAT(graph_.Update([&](Graph& g) -> absl::Status {
    absl::StatusOr<ActorId> a =
        g.AddActor(MakeActor("New Actor", ActorKind::kGroup));
    if (!a.ok()) return a.status();
    absl::StatusOr<StatementId> s = g.AddStatement(Said(*a, "2024", {china_}));
    if (!s.ok()) return s.status();
    // Dangling reference: fails, and the whole step with it.
    return g.AddStatement(Said(*a, "2024", {ActorId(1234)})).status();
  }),
              StatusIs(kNotFound, HasSubstr("about[0]: no actor#1234")));
  EXPECT_EQ(Dump(), before);
}

TEST_F(GraphTest, EmptyOrFailingUpdateOnAnEmptyGraph) {
  Graph g;
  EXPECT_THAT(g.Update([](Graph&) { return absl::OkStatus(); }), IsOk());
  EXPECT_THAT(g.Update([](Graph& u) {
    EXPECT_THAT(u.AddActor(MakeActor("A", ActorKind::kState)), IsOk());
    return absl::InternalError("x");
  }),
              StatusIs(absl::StatusCode::kInternal, "x"));
  EXPECT_EQ(g.actor_count(), 0u);
  EXPECT_THAT(g.FindActor("A"), StatusIs(kNotFound, ::testing::_));
  EXPECT_EQ(boost::num_vertices(NetworkOf(g)->directed()), 0u);
}

TEST_F(GraphTest, NestedUpdateSucceedsThenOuterFails) {
  const std::string before = Dump();
  EXPECT_THAT(graph_.Update([&](Graph& g) -> absl::Status {
    EXPECT_THAT(g.AddActor(MakeActor("New Actor", ActorKind::kGroup)), IsOk());
    EXPECT_THAT(g.Update([&](Graph& inner) -> absl::Status {
      return inner.AddAlias(putin_, "Vova");
    }),
                IsOk());
    return absl::CancelledError("outer fails");
  }),
              StatusIs(absl::StatusCode::kCancelled, "outer fails"));
  EXPECT_EQ(Dump(), before);
}

TEST_F(GraphTest, NestedUpdateFailurePropagatedUndoesEverything) {
  const std::string before = Dump();
  EXPECT_THAT(graph_.Update([&](Graph& g) -> absl::Status {
    EXPECT_THAT(g.AddActor(MakeActor("New Actor", ActorKind::kGroup)), IsOk());
    return g.Update([&](Graph& inner) -> absl::Status {
      EXPECT_THAT(inner.AddAlias(putin_, "Vova"), IsOk());
      return absl::DataLossError("inner fails");
    });
  }),
              StatusIs(absl::StatusCode::kDataLoss, "inner fails"));
  EXPECT_EQ(Dump(), before);
}

TEST_F(GraphTest, NestedUpdateFailureUndoesOnlyTheInnerStep) {
  // "when fn returns an error, every change it made is undone" holds for a
  // nested step too: the outer step may go on and keep its own changes.
  EXPECT_THAT(graph_.Update([&](Graph& g) -> absl::Status {
    EXPECT_THAT(g.AddActor(MakeActor("Kept", ActorKind::kGroup)), IsOk());
    EXPECT_THAT(g.AddAlias(mao_, "Spokesperson Mao"), IsOk());
    const absl::Status inner = g.Update([&](Graph& u) -> absl::Status {
      EXPECT_THAT(u.AddActor(MakeActor("New Actor", ActorKind::kGroup)),
                  IsOk());
      EXPECT_THAT(u.AddAlias(mao_, "Extra"), IsOk());
      EXPECT_THAT(u.AddAffiliation(putin_, Aff(china_, "guest")), IsOk());
      EXPECT_THAT(u.AddEvidence(partners_, Ev(putin_said_)), IsOk());
      EXPECT_THAT(u.AddStatement(Said(mao_, "2020", {china_})), IsOk());
      return absl::UnavailableError("inner fails");
    });
    EXPECT_THAT(inner, StatusIs(absl::StatusCode::kUnavailable, "inner fails"));
    EXPECT_EQ(g.actor_count(), 9u);
    EXPECT_THAT(g.FindActor("New Actor"), StatusIs(kNotFound, ::testing::_));
    EXPECT_THAT(g.FindActor("Extra"), StatusIs(kNotFound, ::testing::_));
    EXPECT_THAT(g.actor(mao_).aliases, ElementsAre("Ning", "Spokesperson Mao"));
    // The outer step continues after the failed inner one.
    return g.AddStatement(Said(mao_, "2019", {china_})).status();
  }),
              IsOk());
  EXPECT_THAT(graph_.FindActor("Kept"), IsOkAndHolds(ActorId(8)));
  EXPECT_THAT(graph_.FindActor("Spokesperson Mao"), IsOkAndHolds(mao_));
  EXPECT_THAT(graph_.FindActor("New Actor"), StatusIs(kNotFound, ::testing::_));
  EXPECT_THAT(graph_.FindActor("Extra"), StatusIs(kNotFound, ::testing::_));
  EXPECT_EQ(graph_.actor_count(), 9u);
  EXPECT_THAT(graph_.actor(putin_).affiliations,
              ElementsAre(Aff(russia_, "President")));
  EXPECT_THAT(graph_.relationship(partners_).evidence,
              ElementsAre(Ev(mao_said_)));
  ASSERT_EQ(graph_.statement_count(), 3u);
  EXPECT_EQ(graph_.statement(StatementId(2)).date(), D("2019"));
  EXPECT_THAT(graph_.StatementsBy(mao_),
              ElementsAre(StatementId(2), mao_said_));
  EXPECT_THAT(graph_.StatementsAbout(china_), ElementsAre(StatementId(2)));
}

TEST_F(GraphTest, FailedInnerStepUndoesChangesToRecordsOfTheOuterStep) {
  ActorId outer_actor;
  RelationshipId outer_rel;
  ASSERT_THAT(graph_.Update([&](Graph& g) -> absl::Status {
    DIPLOGRAPH_ASSIGN_OR_RETURN_FOR_TEST(
        outer_actor, g.AddActor(MakeActor("Outer", ActorKind::kGroup)));
    DIPLOGRAPH_ASSIGN_OR_RETURN_FOR_TEST(
        outer_rel, g.AddRelationship(Rel(outer_actor, china_, "ties", true)));
    const absl::Status inner = g.Update([&](Graph& u) -> absl::Status {
      EXPECT_THAT(u.AddAlias(outer_actor, "Extra"), IsOk());
      EXPECT_THAT(u.AddAffiliation(outer_actor, Aff(russia_, "friend")),
                  IsOk());
      EXPECT_THAT(u.AddEvidence(outer_rel, Ev(mao_said_)), IsOk());
      return absl::AbortedError("inner");
    });
    EXPECT_FALSE(inner.ok());
    return absl::OkStatus();
  }),
              IsOk());
  EXPECT_THAT(graph_.actor(outer_actor).aliases, IsEmpty());
  EXPECT_THAT(graph_.actor(outer_actor).affiliations, IsEmpty());
  EXPECT_THAT(graph_.relationship(outer_rel).evidence, IsEmpty());
  EXPECT_THAT(graph_.FindActor("Extra"), StatusIs(kNotFound, ::testing::_));
  EXPECT_THAT(graph_.MembersOf(russia_), ElementsAre(putin_));
  EXPECT_THAT(graph_.RelationshipsOf(outer_actor), ElementsAre(outer_rel));
}

TEST_F(GraphTest, DuplicatesAreFoundInsideUpdate) {
  const std::string before = Dump();
  EXPECT_THAT(graph_.Update([&](Graph& g) -> absl::Status {
    EXPECT_THAT(g.AddRelationship(Rel(us_, russia_, "talks", false)), IsOk());
    EXPECT_THAT(
        g.AddActor(MakeActor("New Actor", ActorKind::kGroup, {}, "NEW")),
        IsOk());
    EXPECT_THAT(g.AddActor(MakeActor("NEW ACTOR", ActorKind::kGroup)),
                StatusIs(kExists, HasSubstr("name: ")));
    EXPECT_THAT(g.AddActor(MakeActor("Other", ActorKind::kGroup, {}, "NEW")),
                StatusIs(kExists, HasSubstr("iso3: ")));
    return g.AddRelationship(Rel(russia_, us_, "Talks", false)).status();
  }),
              StatusIs(kExists, HasSubstr("key: relationship#1")));
  EXPECT_EQ(Dump(), before);
}

TEST_F(GraphTest, DeeplyNestedUpdates) {
  const std::string before = Dump();
  EXPECT_THAT(graph_.Update([&](Graph& g1) {
    return g1.Update([&](Graph& g2) {
      EXPECT_THAT(g2.AddActor(MakeActor("New Actor", ActorKind::kGroup)),
                  IsOk());
      return g2.Update(
          [&](Graph& g3) { return g3.AddAlias(ActorId(8), "Extra"); });
    });
  }),
              IsOk());
  EXPECT_THAT(graph_.FindActor("extra"), IsOkAndHolds(ActorId(8)));
  EXPECT_NE(Dump(), before);
}

// ---------------------------------------------------------------------------
// Moving a graph.

TEST_F(GraphTest, MovedGraphKeepsEverything) {
  const std::string before = Dump();
  Graph moved(std::move(graph_));
  EXPECT_EQ(DumpGraph(moved, probes_), before);
  Graph assigned;
  assigned = std::move(moved);
  EXPECT_EQ(DumpGraph(assigned, probes_), before);
  EXPECT_THAT(assigned.FindActor("ning"), IsOkAndHolds(mao_));
}

}  // namespace
}  // namespace diplograph
