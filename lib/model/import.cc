// The importers' shared report: printing problems and counts.

#include "diplograph/import.h"

#include <string>
#include <utility>

#include "absl/strings/str_cat.h"

namespace diplograph {

std::string ImportProblem::ToString() const {
  std::string out = file;
  if (line > 0) {
    absl::StrAppend(&out, ":", line);
    if (column > 0) absl::StrAppend(&out, ":", column);
  }
  absl::StrAppend(&out, ": ");
  if (!path.empty()) absl::StrAppend(&out, path, ": ");
  absl::StrAppend(&out, message);
  return out;
}

bool ImportReport::AddProblem(ImportProblem problem, uint64_t max_problems) {
  ++problem_count;
  if (problems.size() >= max_problems) return false;
  problems.push_back(std::move(problem));
  return true;
}

absl::Status ImportReport::RejectRecord(ImportProblem problem, ImportMode mode,
                                        uint64_t max_problems) {
  if (mode != ImportMode::kStrict) {
    AddProblem(std::move(problem), max_problems);
    return absl::OkStatus();
  }
  absl::Status status(problem.code, problem.ToString());
  AddProblem(std::move(problem), max_problems);
  stopped_early = true;
  return status;
}

ImportProblem ImportProblem::OfFile(absl::string_view file,
                                    const absl::Status& status) {
  ImportProblem p;
  p.file = std::string(file);
  p.message = std::string(status.message());
  p.code = status.code();
  return p;
}

std::string ImportReport::ToString() const { return ToStringWith(""); }

std::string ImportReport::ToStringWith(absl::string_view extra) const {
  std::string out;
  auto count = [&out](const char* name, uint64_t n) {
    if (n > 0) absl::StrAppend(&out, name, ": ", n, "\n");
  };
  count("records read", records_read);
  count("records skipped", records_skipped);
  count("bytes read", bytes_read);
  count("actors added", actors_added);
  count("actors merged", actors_merged);
  count("sources added", sources_added);
  count("sources merged", sources_merged);
  count("statements added", statements_added);
  count("statements merged", statements_merged);
  count("relationships added", relationships_added);
  count("relationships merged", relationships_merged);
  count("events added", events_added);
  count("events merged", events_merged);
  count("affiliations added", affiliations_added);
  count("aliases added", aliases_added);
  count("evidence added", evidence_added);
  count("mentions added", mentions_added);
  count("actor fields filled", actor_fields_filled);
  out.append(extra.data(), extra.size());
  for (const ImportProblem& p : problems) {
    absl::StrAppend(&out, "  ", p.ToString(), "\n");
  }
  if (problems.size() < problem_count) {
    absl::StrAppend(&out, "  ... and ", problem_count - problems.size(),
                    " more problems\n");
  }
  if (stopped_early) absl::StrAppend(&out, "  (stopped early)\n");
  return out;
}

}  // namespace diplograph
