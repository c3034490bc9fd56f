// Seeded batches for the durable storage tests: MakeBatch(seed, i) is the
// i-th batch (from 1) of a run; applied in order from an empty graph, every
// batch is accepted. Each batch adds exactly 2 actors, 1 source, 3
// statements, 1 relationship and 1 event, so it can refer to the records of
// earlier batches by id without looking at the graph, and uses every kind of
// operation GraphBatch offers.

#ifndef DIPLOGRAPH_TESTS_IO_DURABLE_TEST_UTIL_H_
#define DIPLOGRAPH_TESTS_IO_DURABLE_TEST_UTIL_H_

#include <cstdint>
#include <random>
#include <string>

#include "absl/strings/str_cat.h"
#include "diplograph/durable.h"
#include "diplograph/graph.h"
#include "diplograph/snapshot.h"

namespace diplograph::testing {

inline GraphBatch MakeBatch(uint64_t seed, uint32_t i) {
  std::mt19937_64 rng(seed * 1000003u + i);
  auto pick = [&](uint32_t n) {
    return static_cast<uint32_t>(
        std::uniform_int_distribution<uint32_t>(0, n - 1)(rng));
  };
  const uint32_t before = i - 1;  // earlier batches
  GraphBatch b;
  const ActorId a0 = b.AddActor({.name = absl::StrCat("Actor ", i, " A"),
                                 .kind = static_cast<ActorKind>(pick(7))});
  const ActorId a1 =
      b.AddActor({.name = absl::StrCat("Actor ", i, " B"),
                  .kind = ActorKind::kPerson,
                  .aliases = {absl::StrCat("B", i)},
                  .affiliations = {{.organization = a0, .role = "member"}}});
  // An existing actor, or one of this batch's.
  auto any_actor = [&]() {
    return before > 0 && pick(2) == 0 ? ActorId(pick(2 * before))
                                      : (pick(2) ? a0 : a1);
  };
  if (before > 0) {
    b.AddAlias(ActorId(pick(2 * before)), absl::StrCat("alias ", i));
    b.AddAffiliation(a1, {.organization = ActorId(pick(2 * before)),
                          .role = absl::StrCat("envoy ", i)});
    b.CorrectActor(ActorId(pick(2 * before)),
                   {.kind = static_cast<ActorKind>(pick(7))});
  }
  const SourceId src =
      b.AddSource({.title = absl::StrCat("Report ", i),
                   .outlet = a0,
                   .date = *Date::FromYearMonthDay(
                       2000 + pick(25), 1 + pick(12), 1 + pick(28))});
  StatementId stmts[3];
  for (int k = 0; k < 3; ++k) {
    Statement s;
    s.speaker = k == 0 ? a1 : any_actor();
    s.about = {s.speaker == a0 ? a1 : a0};
    s.date =
        *Date::FromYearMonthDay(2000 + pick(25), 1 + pick(12), 1 + pick(28));
    s.text = absl::StrCat("Statement ", i, ".", k, " ", rng());
    s.source = src;
    s.quote = pick(2) ? QuoteKind::kDirectQuote : QuoteKind::kParaphrase;
    s.topics = {absl::StrCat("topic ", pick(5))};
    s.stances = {{.target = s.about[0],
                  .polarity = static_cast<Polarity>(int(pick(3)) - 1)}};
    if (before > 0 && k == 1) {
      s.links = {{.statement = StatementId(pick(3 * before)),
                  .kind = StatementLinkKind::kRefersTo}};
    }
    stmts[k] = b.AddStatement(std::move(s));
  }
  if (before > 0) {
    b.AddStatementMention(stmts[2], {.source = SourceId(pick(before))});
    b.AddEvidence(
        RelationshipId(pick(before)),
        {.statement = stmts[1], .role = static_cast<EvidenceRole>(pick(4))});
  }
  b.AddRelationship({.from = a0,
                     .to = a1,
                     .label = absl::StrCat("partners ", i),
                     .evidence = {{.statement = stmts[0]}}});
  b.AddEvent({.label = absl::StrCat("Meeting ", i),
              .date = *Date::FromYear(2000 + pick(25)),
              .participants = {a0, a1},
              .source = src});
  return b;
}

// The snapshot bytes of the graph after batches 1..n of `seed`.
inline std::string ExpectedBytes(uint64_t seed, uint32_t n) {
  Graph g;
  for (uint32_t i = 1; i <= n; ++i) {
    absl::StatusOr<CommittedBatch> r = ApplyBatch(MakeBatch(seed, i), g);
    if (!r.ok()) return absl::StrCat("batch ", i, ": ", r.status().ToString());
  }
  return SnapshotBytes(g);
}

}  // namespace diplograph::testing

#endif  // DIPLOGRAPH_TESTS_IO_DURABLE_TEST_UTIL_H_
