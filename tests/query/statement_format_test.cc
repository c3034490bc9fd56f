#include "diplograph/statement_format.h"

#include <string>

#include "diplograph/graph.h"
#include "diplograph/statement_query.h"
#include "gtest/gtest.h"
#include "seed_graph.h"

namespace diplograph {
namespace {

class StatementFormatTest : public ::testing::Test {
 protected:
  void SetUp() override {
    russia_ = *g_.AddActor({.name = "Russia", .kind = ActorKind::kState});
    tass_ = *g_.AddActor({.name = "TASS", .kind = ActorKind::kMediaOutlet});
    xinhua_ = *g_.AddActor({.name = "Xinhua", .kind = ActorKind::kMediaOutlet});
    kremlin_ = *g_.AddActor({.name = "Kremlin"});
    putin_ = *g_.AddActor(
        {.name = "Vladimir Putin",
         .kind = ActorKind::kPerson,
         .affiliations = {{.organization = russia_,
                           .role = "President",
                           .valid = *Interval::Parse("2012-05-07/..")},
                          {.organization = russia_,
                           .role = "Prime Minister",
                           .valid = *Interval::Parse("2008-05-08/2012-05-07")},
                          {.organization = kremlin_, .role = "head"}}});
    source_ = *g_.AddSource({.title = "Putin at Valdai",
                             .date = *Date::Parse("2024-11-07"),
                             .locator = "articles/valdai.txt"});
  }

  StatementId Add(Statement s) {
    s.speaker = putin_;
    return *g_.AddStatement(s);
  }

  Graph g_;
  ActorId russia_, tass_, xinhua_, kremlin_, putin_;
  SourceId source_;
};

TEST_F(StatementFormatTest, EveryLine) {
  const StatementId id =
      Add({.date = *Date::Parse("2024-11-07"),
           .channel = "speech at an event",
           .location = "Sochi",
           .source = source_,
           .reported_by = {{.outlet = tass_, .kind = ReportKind::kQuoted},
                           {.outlet = xinhua_, .kind = ReportKind::kReported}},
           .text = "the level of trust is at its highest point",
           .quote = QuoteKind::kDirectQuote,
           .event_type = {.code = "051", .name = "Praise or endorse"}});
  EXPECT_EQ(FormatStatement(g_, id, {.indent = "  "}),
            "  2024-11-07  Vladimir Putin (President of Russia; head of "
            "Kremlin)\n"
            "    said: \"the level of trust is at its highest point\"\n"
            "    via: speech at an event in Sochi; quoted by TASS; reported by "
            "Xinhua\n"
            "    type: 051 Praise or endorse\n"
            "    source: Putin at Valdai [articles/valdai.txt]\n");
  EXPECT_EQ(FormatStatement(g_, id, {.event_type = false, .source = false}),
            "2024-11-07  Vladimir Putin (President of Russia; head of "
            "Kremlin)\n"
            "  said: \"the level of trust is at its highest point\"\n"
            "  via: speech at an event in Sochi; quoted by TASS; reported by "
            "Xinhua\n");
}

TEST_F(StatementFormatTest, ParaphraseUndatedAndSparseStatements) {
  const StatementId undated = Add({.text = "has good ties with Trump"});
  EXPECT_EQ(FormatStatement(g_, undated),
            "undated  Vladimir Putin\n"
            "  (paraphrase) has good ties with Trump\n");
  // A location alone; the relay chain alone; a name-only event type.
  const StatementId located = Add({.date = *Date::Parse("2010"),
                                   .location = "Moscow",
                                   .text = "x",
                                   .event_type = {.name = "Visit"}});
  EXPECT_EQ(FormatStatement(g_, located),
            "2010  Vladimir Putin (Prime Minister of Russia; head of "
            "Kremlin)\n"
            "  (paraphrase) x\n"
            "  via: in Moscow\n"
            "  type: Visit\n");
  const StatementId relayed = Add({.date = *Date::Parse("2012-05"),
                                   .reported_by = {{.outlet = tass_}},
                                   .text = "y"});
  // May 2012 overlaps both offices: both roles are printed, in order.
  EXPECT_EQ(FormatStatement(g_, relayed),
            "2012-05  Vladimir Putin (President of Russia; Prime Minister of "
            "Russia; head of Kremlin)\n"
            "  (paraphrase) y\n"
            "  via: reported by TASS\n");
}

TEST_F(StatementFormatTest, ActorWithRolesAndExcerpts) {
  EXPECT_EQ(ActorWithRoles(g_, putin_, *Date::Parse("2000")),
            "Vladimir Putin (head of Kremlin)");
  EXPECT_EQ(ActorWithRoles(g_, putin_, Date()), "Vladimir Putin");
  EXPECT_EQ(ActorWithRoles(g_, russia_, *Date::Parse("2024")), "Russia");
  EXPECT_EQ(TextExcerpt("abcdef", 6), "abcdef");
  EXPECT_EQ(TextExcerpt("abcdef", 3), "abc...");
  // "é" is two bytes: a cut inside it backs off to before it.
  EXPECT_EQ(TextExcerpt("caf\xC3\xA9 au lait", 4), "caf...");
  EXPECT_EQ(TextExcerpt("caf\xC3\xA9 au lait", 5), "caf\xC3\xA9...");
  const StatementId id =
      Add({.text = "0123456789", .quote = QuoteKind::kDirectQuote});
  EXPECT_EQ(FormatStatement(g_, id, {.max_text_bytes = 4}),
            "undated  Vladimir Putin\n  said: \"0123...\"\n");
}

TEST(StatementFormatSeedTest, PrintsTheSeedStatementsAsTheExamplesDo) {
  Graph g;
  ASSERT_TRUE(seed::BuildSeedGraph(g).ok());
  StatementQuery q(g);
  q.By(*g.FindActor("Putin")).TextContains("level of trust");
  absl::StatusOr<StatementPage> page = q.Page(2);
  ASSERT_TRUE(page.ok()) << page.status();
  ASSERT_EQ(page->ids.size(), 1u);
  const std::string text = FormatStatement(g, page->ids[0], {.indent = "  "});
  EXPECT_EQ(text.substr(0, text.find('\n')),
            "  2024-11-07  Vladimir Putin (President of Russia)");
  EXPECT_NE(text.find("\n    (paraphrase) the level of trust between Russia "
                      "and China is at the highest point in modern history\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("quoted by TASS"), std::string::npos) << text;
  EXPECT_NE(text.find("\n    source: Beijing, 2024-11-08"), std::string::npos)
      << text;
}

}  // namespace
}  // namespace diplograph
