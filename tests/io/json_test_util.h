// Helpers for the JSON tests: graph comparison and random graphs.

#ifndef DIPLOGRAPH_TESTS_IO_JSON_TEST_UTIL_H_
#define DIPLOGRAPH_TESTS_IO_JSON_TEST_UTIL_H_

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "diplograph/graph.h"
#include "gtest/gtest.h"

namespace diplograph::testing {

// Every record of `a` equals the record with the same id in `b`.
inline void ExpectSameGraph(const Graph& a, const Graph& b) {
  ASSERT_EQ(a.actor_count(), b.actor_count());
  ASSERT_EQ(a.source_count(), b.source_count());
  ASSERT_EQ(a.statement_count(), b.statement_count());
  ASSERT_EQ(a.relationship_count(), b.relationship_count());
  ASSERT_EQ(a.event_count(), b.event_count());
  for (uint32_t i = 0; i < a.actor_count(); ++i) {
    EXPECT_EQ(a.actor(ActorId(i)), b.actor(ActorId(i))) << "actor " << i;
  }
  for (uint32_t i = 0; i < a.source_count(); ++i) {
    EXPECT_EQ(a.source(SourceId(i)), b.source(SourceId(i))) << "source " << i;
  }
  for (uint32_t i = 0; i < a.statement_count(); ++i) {
    EXPECT_TRUE(a.statement(StatementId(i)).ToStatement() ==
                b.statement(StatementId(i)).ToStatement())
        << "statement " << i;
  }
  for (uint32_t i = 0; i < a.relationship_count(); ++i) {
    EXPECT_EQ(a.relationship(RelationshipId(i)),
              b.relationship(RelationshipId(i)))
        << "relationship " << i;
  }
  for (uint32_t i = 0; i < a.event_count(); ++i) {
    EXPECT_EQ(a.event(EventId(i)), b.event(EventId(i))) << "event " << i;
  }
}

// A random graph using every field, with names and text full of quotes,
// backslashes, control characters, non-ASCII letters and emoji. Same seed,
// same graph.
inline Graph RandomGraph(uint32_t seed) {
  std::mt19937 rng(seed);
  auto pick = [&](uint32_t n) {
    return std::uniform_int_distribution<uint32_t>(0, n - 1)(rng);
  };
  auto coin = [&] { return pick(2) == 0; };
  static const char* const kPieces[] = {"a",
                                        "Z",
                                        " ",
                                        "\"",
                                        "\\",
                                        "/",
                                        "\xC3\xA9",
                                        "\xE4\xB8\xAD",
                                        "\xF0\x9F\x98\x80",
                                        "\xD0\x96",
                                        "'",
                                        "{",
                                        "}",
                                        "[",
                                        "]",
                                        ",",
                                        ":",
                                        "0",
                                        "\xE2\x80\x94",
                                        "\xC2\xA0",
                                        "x"};
  auto word = [&](size_t max_len) {
    std::string s;
    const size_t n = 1 + pick(static_cast<uint32_t>(max_len));
    for (size_t i = 0; i < n; ++i) s += kPieces[pick(std::size(kPieces))];
    return s;
  };
  auto text = [&] {
    std::string s = word(30);
    if (coin()) s += coin() ? "\n\t" : std::string("\x01\x1f", 2);
    return s;
  };
  // A name: no control characters, no surrounding white space, unique.
  int serial = 0;
  auto name = [&] { return absl::StrCat("N", serial++, word(8), "."); };
  auto date = [&] {
    switch (pick(4)) {
      case 0:
        return Date();
      case 1:
        return *Date::FromYear(1 + static_cast<int>(pick(9999)));
      case 2:
        return *Date::FromYearMonth(1900 + static_cast<int>(pick(200)),
                                    1 + static_cast<int>(pick(12)));
      default:
        return *Date::FromYearMonthDay(1900 + static_cast<int>(pick(200)),
                                       1 + static_cast<int>(pick(12)),
                                       1 + static_cast<int>(pick(28)));
    }
  };
  auto interval = [&] {
    Date a = date(), b = date();
    if (a.is_known() && b.is_known() && b < a) std::swap(a, b);
    absl::StatusOr<Interval> v = Interval::Make(a, b);
    return v.ok() ? *v : Interval::Since(a);
  };
  auto event_type = [&] {
    EventType t;
    if (coin()) t.code = std::to_string(10 + pick(90)) + (coin() ? "1" : "");
    if (coin() || t.code.empty()) t.name = text();
    if (pick(3) == 0) t = EventType();
    return t;
  };

  Graph g;
  const uint32_t actors = 2 + pick(12);
  for (uint32_t i = 0; i < actors; ++i) {
    Actor a;
    a.name = name();
    a.kind = static_cast<ActorKind>(pick(7));
    if (coin()) a.aliases = {name()};
    if (coin()) a.aliases.push_back(name());
    if (pick(3) == 0) {
      a.iso3 = {static_cast<char>('A' + i % 26),
                static_cast<char>('A' + i / 26),
                static_cast<char>('A' + pick(26))};
    }
    if (coin()) a.cameo_code = coin() ? "CHNGOV" : "USA";
    if (i > 0 && coin()) {
      a.affiliations.push_back({.organization = ActorId(pick(i)),
                                .role = name(),
                                .valid = interval()});
    }
    absl::StatusOr<ActorId> id = g.AddActor(a);
    if (!id.ok()) a.iso3.clear(), id = g.AddActor(a);
    EXPECT_TRUE(id.ok()) << id.status();
  }
  // Late affiliation pointing at a later actor.
  if (actors > 2) {
    (void)g.AddAffiliation(
        ActorId(0), {.organization = ActorId(actors - 1), .role = "member"});
  }
  const uint32_t sources = pick(4);
  for (uint32_t i = 0; i < sources; ++i) {
    Source s;
    s.title = text();
    if (coin()) s.outlet = ActorId(pick(actors));
    s.date = date();
    if (coin()) s.locator = text();
    EXPECT_TRUE(g.AddSource(s).ok());
  }
  const uint32_t statements = pick(40);
  for (uint32_t i = 0; i < statements; ++i) {
    Statement s;
    s.speaker = ActorId(pick(actors));
    s.date = date();
    s.text = coin() ? text() : "";
    s.quote = coin() ? QuoteKind::kDirectQuote : QuoteKind::kParaphrase;
    if (coin()) s.channel = text();
    if (coin()) s.location = text();
    if (sources > 0 && coin()) {
      s.source = SourceId(pick(sources));
      if (coin()) {
        const uint32_t b = pick(1000);
        s.span = TextSpan{b, b + pick(100)};
      }
    }
    if (coin()) {
      s.reported_by.push_back(
          {ActorId(pick(actors)),
           coin() ? ReportKind::kQuoted : ReportKind::kReported});
    }
    for (uint32_t k = 0; k < actors && pick(3) == 0; ++k)
      s.about.push_back(ActorId(k));
    if (coin()) s.topics = {name()};
    s.event_type = event_type();
    if (coin()) {
      s.stances.push_back(
          {ActorId(pick(actors)),
           static_cast<Polarity>(static_cast<int>(pick(3)) - 1)});
    }
    if (i > 0 && coin()) {
      s.links.push_back({StatementId(pick(i)),
                         coin() ? StatementLinkKind::kRefersTo
                                : StatementLinkKind::kRespondsTo,
                         static_cast<Polarity>(static_cast<int>(pick(3)) - 1)});
    }
    if (pick(4) == 0) {
      const ActorId co((s.speaker.value + 1 + pick(actors - 1)) % actors);
      s.co_speakers.push_back(co);
    }
    if (sources > 0 && pick(4) == 0) {
      StatementMention m;
      m.source = SourceId(pick(sources));
      if (coin()) m.span = TextSpan{pick(50), 50 + pick(50)};
      if (coin()) m.reported_by.push_back({ActorId(pick(actors))});
      if (m != StatementMention{s.source, s.span, s.reported_by}) {
        s.mentions.push_back(m);
      }
    }
    EXPECT_TRUE(g.AddStatement(s).ok());
  }
  const uint32_t relationships = pick(6);
  for (uint32_t i = 0; i < relationships; ++i) {
    Relationship r;
    r.from = ActorId(pick(actors));
    r.to = ActorId((r.from.value + 1 + pick(actors - 1)) % actors);
    r.label = name();
    if (coin()) r.label_variants = {name()};
    r.directed = coin();
    r.polarity = static_cast<Polarity>(static_cast<int>(pick(3)) - 1);
    r.valid = interval();
    if (g.statement_count() > 0 && coin()) {
      r.evidence.push_back({.statement = StatementId(pick(g.statement_count())),
                            .role = static_cast<EvidenceRole>(pick(4))});
    }
    if (sources > 0 && coin()) {
      r.evidence.push_back(
          {.source = SourceId(pick(sources)), .role = EvidenceRole::kContests});
    }
    EXPECT_TRUE(g.AddRelationship(r).ok());
  }
  const uint32_t events = pick(4);
  for (uint32_t i = 0; i < events; ++i) {
    Event e;
    e.label = name();
    e.date = date();
    if (coin()) e.participants = {ActorId(0)};
    if (actors > 1 && coin()) e.participants.push_back(ActorId(1));
    e.event_type = event_type();
    if (sources > 0 && coin()) e.source = SourceId(pick(sources));
    EXPECT_TRUE(g.AddEvent(e).ok());
  }
  return g;
}

}  // namespace diplograph::testing

#endif  // DIPLOGRAPH_TESTS_IO_JSON_TEST_UTIL_H_
