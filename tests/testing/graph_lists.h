// Every read list of a graph in one comparable value: for tests that check
// that two ways of building a graph give the same graph (same ids, same
// lists, same answers), not just the same records.

#ifndef DIPLOGRAPH_TESTS_TESTING_GRAPH_LISTS_H_
#define DIPLOGRAPH_TESTS_TESTING_GRAPH_LISTS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/types/span.h"
#include "diplograph/graph.h"
#include "diplograph/json.h"

namespace diplograph::testing {

template <typename IdT>
std::string JoinIds(absl::Span<const IdT> ids) {
  std::string out;
  for (IdT id : ids) absl::StrAppend(&out, id.value, " ");
  return out;
}
inline std::string JoinIds(const StatementRange& ids) {
  std::string out;
  for (StatementId id : ids) absl::StrAppend(&out, id.value, " ");
  return out;
}

// One line per non-empty list: StatementsByDate, then per actor
// StatementsBy, StatementsAbout, StatementsCoSpokenBy, RelationshipsOf,
// EventsOf, MembersOf and StatementsFromTo for every target the actor
// spoke about, then LinksTo per statement.
inline std::string AllLists(const Graph& g) {
  std::string out =
      absl::StrCat("by_date ", JoinIds(g.StatementsByDate()), "\n");
  for (uint32_t a = 0; a < g.actor_count(); ++a) {
    const ActorId id(a);
    absl::StrAppend(&out, "actor ", a, "\n by ", JoinIds(g.StatementsBy(id)),
                    "\n about ", JoinIds(g.StatementsAbout(id)), "\n co ",
                    JoinIds(g.StatementsCoSpokenBy(id)), "\n rel ",
                    JoinIds(g.RelationshipsOf(id)), "\n ev ",
                    JoinIds(g.EventsOf(id)), "\n mem ",
                    JoinIds(g.MembersOf(id)), "\n");
    std::vector<uint32_t> targets;
    for (StatementId s : g.StatementsBy(id)) {
      for (ActorId t : g.statement(s).about()) targets.push_back(t.value);
    }
    std::sort(targets.begin(), targets.end());
    targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
    for (uint32_t t : targets) {
      absl::StrAppend(&out, " to ", t, ": ",
                      JoinIds(g.StatementsFromTo(id, ActorId(t))), "\n");
    }
  }
  for (uint32_t s = 0; s < g.statement_count(); ++s) {
    const auto links = g.LinksTo(StatementId(s));
    if (!links.empty()) {
      absl::StrAppend(&out, "links ", s, ": ", JoinIds(links), "\n");
    }
  }
  return out;
}

// The graph's JSON Lines export (records in id order).
inline std::string JsonLinesOf(const Graph& g) {
  JsonSaveOptions o;
  o.layout = JsonLayout::kLines;
  return ToJson(g, o);
}

}  // namespace diplograph::testing

#endif  // DIPLOGRAPH_TESTS_TESTING_GRAPH_LISTS_H_
