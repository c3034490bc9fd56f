// The seed graph as a file: examples/data/seed.json holds the graph that
// BuildSeedGraph (seed_graph.h) builds, saved in the diplograph/1 JSON
// format. Programs can load it instead of building the graph by hand.
//
//   diplograph::Graph graph;
//   absl::Status s = diplograph::seed::LoadSeedGraphJson(
//       graph, "examples/data/seed.json");

#ifndef DIPLOGRAPH_EXAMPLES_SEED_SEED_JSON_H_
#define DIPLOGRAPH_EXAMPLES_SEED_SEED_JSON_H_

#include <string>

#include "absl/status/status.h"
#include "diplograph/graph.h"

namespace diplograph::seed {

// The seed file's path relative to the repository root.
inline constexpr const char* kSeedJsonPath = "examples/data/seed.json";

// Loads the seed graph from `path` into `graph` (all or nothing). Errors: as
// LoadJsonFile, with every problem of the file in the message.
absl::Status LoadSeedGraphJson(Graph& graph, const std::string& path);

// The seed graph in the diplograph/1 format, exactly as seed.json holds it.
// Errors: as BuildSeedGraph.
absl::Status SeedGraphJson(std::string* json);

}  // namespace diplograph::seed

#endif  // DIPLOGRAPH_EXAMPLES_SEED_SEED_JSON_H_
