#include "seed_json.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "diplograph/json.h"
#include "seed_graph.h"

namespace diplograph::seed {

absl::Status LoadSeedGraphJson(Graph& graph, const std::string& path) {
  JsonLoadReport report;
  absl::Status s = LoadJsonFile(path, graph, {}, &report);
  if (s.ok() || report.problems.size() <= 1) return s;
  std::string all;
  for (const ImportProblem& p : report.problems)
    absl::StrAppend(&all, "\n", p.ToString());
  return absl::Status(s.code(),
                      absl::StrCat("cannot load the seed graph:", all));
}

absl::Status SeedGraphJson(std::string* json) {
  Graph graph;
  if (absl::Status s = BuildSeedGraph(graph); !s.ok()) return s;
  *json = ToJson(graph, {.pretty = true});
  return absl::OkStatus();
}

}  // namespace diplograph::seed
