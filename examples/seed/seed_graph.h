// The seed graph: the actors, statements, relationships and events reported
// in a news report from Beijing dated 2024-11-08 on China's reaction to
// remarks by Vladimir Putin and Donald Trump on US-Russia relations (the
// report is ../shared/data/articles/2024-11-08-beijing-china-russia-us.txt;
// only the facts and the short quotes that are the statements themselves
// are taken from it).
//
// Built through the public API only, it serves the seed example
// (seed_article.cc), the tests that check the library's answers fact by
// fact, and the other examples.
//
//   diplograph::Graph graph;
//   absl::Status s = diplograph::seed::BuildSeedGraph(graph);

#ifndef DIPLOGRAPH_EXAMPLES_SEED_SEED_GRAPH_H_
#define DIPLOGRAPH_EXAMPLES_SEED_SEED_GRAPH_H_

#include "absl/status/status.h"
#include "diplograph/graph.h"

namespace diplograph::seed {

// The locator recorded on the report's Source, relative to the shared data
// folder.
inline constexpr const char* kArticleLocator =
    "articles/2024-11-08-beijing-china-russia-us.txt";

// Adds the seed graph to `graph` in one all-or-nothing step. Returns the
// first error (for instance AlreadyExists when `graph` already has an actor
// of the same name), leaving `graph` unchanged.
absl::Status BuildSeedGraph(Graph& graph);

}  // namespace diplograph::seed

#endif  // DIPLOGRAPH_EXAMPLES_SEED_SEED_GRAPH_H_
