// write_seed_json: writes the seed graph (seed_graph.h) in the diplograph/1
// JSON format, which is how examples/data/seed.json is produced.
//
// Usage: write_seed_json [OUT]   (default: examples/data/seed.json, run from
//                                 the repository root)

#include <iostream>
#include <string>

#include "absl/status/status.h"
#include "diplograph/graph.h"
#include "diplograph/json.h"
#include "seed_graph.h"
#include "seed_json.h"

int main(int argc, char** argv) {
  if (argc > 2) {
    std::cerr << "usage: write_seed_json [OUT]\n";
    return 2;
  }
  const std::string out = argc == 2 ? argv[1] : diplograph::seed::kSeedJsonPath;
  diplograph::Graph graph;
  absl::Status s = diplograph::seed::BuildSeedGraph(graph);
  if (s.ok()) s = diplograph::SaveJsonFile(graph, out, {.pretty = true});
  if (!s.ok()) {
    std::cerr << "write_seed_json: " << s << "\n";
    return 1;
  }
  std::cout << "wrote " << out << "\n";
  return 0;
}
