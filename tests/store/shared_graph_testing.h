// Test helpers for SharedGraph and the statement copy behind its replays:
// statements that use every field a statement owns, a comparison of two
// graphs list by list, and a peer that reaches a SharedGraph's copies and a
// Graph's records.

#ifndef DIPLOGRAPH_TESTS_STORE_SHARED_GRAPH_TESTING_H_
#define DIPLOGRAPH_TESTS_STORE_SHARED_GRAPH_TESTING_H_

#include <algorithm>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "diplograph/graph.h"
#include "diplograph/shared_graph.h"

namespace diplograph {
namespace internal {

// Reaches what SharedGraph keeps private. Test use only.
class SharedGraphTestPeer {
 public:
  static const GraphData& Data(const Graph& g) {
    return SharedGraph::DataOf(g);
  }
  static GraphData& Data(Graph& g) { return SharedGraph::DataOf(g); }
  static const Graph& Copy(const SharedGraph& shared, int copy) {
    return shared.graphs_[copy];
  }
  static int Front(const SharedGraph& shared) { return shared.front_.load(); }
  // Brings every copy up to the front's commit as the writer would.
  // REQUIRES: no Update() and no Reader at the same time.
  static absl::Status CatchUpAll(SharedGraph& shared) {
    std::lock_guard<std::mutex> lock(shared.writer_mu_);
    const int front = shared.front_.load();
    for (int c = 0; c < shared.copies_; ++c) {
      if (c == front) continue;
      if (absl::Status s = shared.CatchUp(c, front); !s.ok()) return s;
    }
    return absl::OkStatus();
  }
};

}  // namespace internal

namespace testing {

// The world the full statements speak of: kFullActors actors (two media
// outlets among them) and three sources.
inline constexpr uint32_t kFullActors = 12;

inline absl::Status AddFullWorld(Graph& g) {
  for (uint32_t i = 0; i < kFullActors; ++i) {
    Actor a;
    a.name = absl::StrCat("Actor ", i);
    a.kind = i < 2 ? ActorKind::kMediaOutlet : ActorKind::kState;
    absl::StatusOr<ActorId> id = g.AddActor(a);
    if (!id.ok()) return id.status();
  }
  for (uint32_t i = 0; i < 3; ++i) {
    absl::StatusOr<SourceId> id =
        g.AddSource({.title = absl::StrCat("Source ", i),
                     .outlet = ActorId(i % 2),
                     .date = *Date::FromYearMonthDay(2020, 1 + i, 1)});
    if (!id.ok()) return id.status();
  }
  return absl::OkStatus();
}

// Statement `i` of a graph that holds `statements` statements, over the
// first `actors` actors (at least kFullActors) and `sources` sources:
// 1 to 3 targets, dates of every precision (unknown too), both quote kinds,
// texts (some empty, some repeated, some not ASCII), channels, locations
// and topics both repeated and new, sources with spans, relay chains of 1
// to 3 outlets of both kinds, stances, links to earlier statements (two
// kinds to one statement sometimes), co-speakers, further mentions with
// their own sources, spans and relays, and event types repeated and new.
// Deterministic in its arguments.
inline Statement FullStatementOf(uint64_t i, size_t statements, uint32_t actors,
                                 uint32_t sources) {
  const uint64_t h = (i + 1) * 0x9E3779B97F4A7C15ull;
  auto bits = [h](int shift, uint64_t mod) { return (h >> shift) % mod; };
  Statement s;
  s.speaker = ActorId(static_cast<uint32_t>(2 + i % (actors - 2)));
  // Actors other than the speaker and the outlets, k apart.
  auto pick = [&](uint64_t k) {
    return ActorId(static_cast<uint32_t>(2 + (s.speaker.value - 2 + 1 + k) %
                                                 (actors - 2)));
  };
  const uint64_t targets = 1 + bits(3, 3);
  for (uint64_t t = 0; t < targets; ++t) s.about.push_back(pick(t * 3));
  const int year = 1995 + static_cast<int>(bits(8, 30));
  switch (bits(14, 5)) {
    case 0:
      s.date = *Date::FromYear(year);
      break;
    case 1:
      s.date = *Date::FromYearMonth(year, 1 + static_cast<int>(bits(18, 12)));
      break;
    case 2:
      break;  // unknown
    default:
      s.date = *Date::FromYearMonthDay(year, 1 + static_cast<int>(bits(18, 12)),
                                       1 + static_cast<int>(bits(22, 28)));
  }
  switch (i % 5) {
    case 0:
      break;  // no text
    case 1:
      s.text = "We call for restraint.";  // repeated
      break;
    case 2:
      s.text = absl::StrCat("Déclaration n° ", i, " — «sans réserve»");
      break;
    default:
      s.text = absl::StrCat("statement ", i);
  }
  s.quote = i % 2 == 0 ? QuoteKind::kDirectQuote : QuoteKind::kParaphrase;
  if (i % 3 == 0) s.channel = i % 9 == 0 ? "press conference" : "interview";
  if (i % 11 == 4) s.channel = absl::StrCat("channel ", i);  // new string
  if (i % 4 == 1) s.location = i % 8 == 1 ? "Geneva" : "New York";
  if (i % 3 == 1) {
    s.source = SourceId(static_cast<uint32_t>(i % sources));
    if (i % 2 == 1) {
      s.span = TextSpan{.begin = static_cast<uint32_t>(i),
                        .end = static_cast<uint32_t>(i + 40)};
    }
    const uint64_t relays = bits(26, 4);  // 0 to 3
    for (uint64_t r = 0; r < relays; ++r) {
      s.reported_by.push_back({.outlet = r == 0   ? ActorId(i % 2)
                                         : r == 1 ? ActorId(1 - i % 2)
                                                  : pick(7),
                               .kind = (i + r) % 2 == 0 ? ReportKind::kReported
                                                        : ReportKind::kQuoted});
    }
  }
  if (i % 4 == 2) {
    s.topics = {"sanctions"};
    if (i % 8 == 2) s.topics.push_back(absl::StrCat("topic ", i % 13));
  }
  if (i % 5 == 3) {
    s.stances = {{.target = s.about[0], .polarity = Polarity::kConflictual}};
    if (s.about.size() > 1) {
      s.stances.push_back(
          {.target = s.about[1], .polarity = Polarity::kCooperative});
    }
  }
  if (statements > 0 && i % 2 == 0) {
    const StatementId earlier(static_cast<uint32_t>(bits(30, statements)));
    s.links = {{.statement = earlier, .kind = StatementLinkKind::kRefersTo}};
    if (i % 6 == 0) {
      s.links.push_back({.statement = earlier,
                         .kind = StatementLinkKind::kRespondsTo,
                         .stance = Polarity::kConflictual});
    }
  }
  if (i % 7 == 3) {
    s.co_speakers = {pick(1)};
    if (i % 14 == 3) s.co_speakers.push_back(pick(2));
  }
  if (i % 6 == 4) {
    s.mentions = {
        {.source = SourceId(static_cast<uint32_t>((i + 1) % sources)),
         .span = TextSpan{.begin = 3, .end = 9},
         .reported_by = {{.outlet = ActorId(0), .kind = ReportKind::kQuoted},
                         {.outlet = ActorId(1)}}}};
    if (i % 12 == 4) {
      s.mentions.push_back(
          {.source = SourceId(static_cast<uint32_t>((i + 2) % sources))});
    }
  }
  switch (i % 8) {
    case 5:
      s.event_type = EventType{"051", "Praise or endorse"};
      break;
    case 6:
      s.event_type = EventType{"112", "Accuse"};
      break;
    case 7:
      if (i % 24 == 7) {
        s.event_type = EventType{absl::StrCat("0", 20 + i % 70),
                                 absl::StrCat("Type ", i)};  // new
      }
      break;
    default:
      break;
  }
  return s;
}

// Adds `n` full statements from index `first`.
inline absl::Status AddFullStatements(Graph& g, uint64_t first, uint64_t n) {
  for (uint64_t i = first; i < first + n; ++i) {
    absl::StatusOr<StatementId> id = g.AddStatement(FullStatementOf(
        i, g.statement_count(), static_cast<uint32_t>(g.actor_count()),
        static_cast<uint32_t>(g.source_count())));
    if (!id.ok()) return id.status();
  }
  return absl::OkStatus();
}

// Describes the first difference between two graphs in records or lists,
// or returns "".
inline std::string Difference(const Graph& a, const Graph& b) {
  if (a.actor_count() != b.actor_count() ||
      a.statement_count() != b.statement_count() ||
      a.source_count() != b.source_count() ||
      a.relationship_count() != b.relationship_count() ||
      a.event_count() != b.event_count()) {
    return "record counts";
  }
  auto same = [](auto x, auto y) {
    return std::equal(x.begin(), x.end(), y.begin(), y.end());
  };
  for (uint32_t i = 0; i < a.actor_count(); ++i) {
    const ActorId id(i);
    if (!(a.actor(id) == b.actor(id))) return absl::StrCat("actor#", i);
    if (!same(a.StatementsBy(id), b.StatementsBy(id))) {
      return absl::StrCat("StatementsBy actor#", i);
    }
    if (!same(a.StatementsAbout(id), b.StatementsAbout(id))) {
      return absl::StrCat("StatementsAbout actor#", i);
    }
    if (!same(a.StatementsCoSpokenBy(id), b.StatementsCoSpokenBy(id))) {
      return absl::StrCat("StatementsCoSpokenBy actor#", i);
    }
    for (uint32_t j = 0; j < a.actor_count(); ++j) {
      if (!same(a.StatementsFromTo(id, ActorId(j)),
                b.StatementsFromTo(id, ActorId(j)))) {
        return absl::StrCat("StatementsFromTo actor#", i, " actor#", j);
      }
    }
  }
  for (uint32_t i = 0; i < a.statement_count(); ++i) {
    const StatementId id(i);
    if (!(a.statement(id).ToStatement() == b.statement(id).ToStatement())) {
      return absl::StrCat("statement#", i);
    }
    if (!same(a.LinksTo(id), b.LinksTo(id))) {
      return absl::StrCat("LinksTo statement#", i);
    }
  }
  if (!same(a.StatementsByDate(), b.StatementsByDate())) {
    return "StatementsByDate";
  }
  return "";
}

}  // namespace testing
}  // namespace diplograph

#endif  // DIPLOGRAPH_TESTS_STORE_SHARED_GRAPH_TESTING_H_
