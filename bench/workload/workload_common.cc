#include "workload/workload_common.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"

namespace diplograph::workload {

absl::StatusOr<std::vector<Instance>> ReadParams(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot open ", path));
  std::vector<Instance> out;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.size() < 3 || line[0] != 'Q' || line[1] < '0' || line[1] > '9') {
      continue;
    }
    std::vector<std::string> f = absl::StrSplit(line, '\t');
    Instance inst;
    inst.phase = f[0];
    inst.args.assign(f.begin() + 1, f.end());
    const size_t want =
        inst.phase == "Q1"                                                 ? 3
        : (inst.phase == "Q2" || inst.phase == "Q5" || inst.phase == "Q7") ? 2
                                                                           : 1;
    if (inst.args.size() != want) {
      return absl::InvalidArgumentError(absl::StrCat(
          path, ":", line_no, ": ", inst.phase, " takes ", want, " arguments"));
    }
    out.push_back(std::move(inst));
  }
  return out;
}

std::vector<Instance> MakeInstances(const Derived& d) {
  const std::string year = d.dmid.substr(0, 4);
  return {
      {"Q1", {d.a1, d.dlo, d.dhi}},
      {"Q1", {d.a10, d.dlo, d.dhi}},
      {"Q1", {d.a100, d.dlo, d.dhi}},
      {"Q2", {d.a1, d.p1}},
      {"Q2", {d.a10, d.p10}},
      {"Q2", {d.a100, d.p100}},
      {"Q3", {d.a1}},
      {"Q3", {d.a10}},
      {"Q3", {d.a100}},
      {"Q4", {d.a1}},
      {"Q4", {d.a10}},
      {"Q4", {d.a100}},
      {"Q5", {d.a1, d.a100}},
      {"Q5", {d.a10, d.z}},
      {"Q5", {d.a100, d.z}},
      {"Q6", {d.a1}},
      {"Q6", {d.a10}},
      {"Q6", {d.a100}},
      {"Q7", {year + "-01-01", year + "-12-31"}},
  };
}

std::string ParamsText(const Derived& d, absl::string_view title) {
  std::string out = absl::StrCat("# ", title, " (rows=", d.rows, ")\n");
  absl::StrAppend(&out, "ROWS\t", d.rows, "\n");
  absl::StrAppend(&out, "A1\t", d.a1, "\t", d.a1_count, "\n");
  absl::StrAppend(&out, "A10\t", d.a10, "\t", d.a10_count, "\n");
  absl::StrAppend(&out, "A100\t", d.a100, "\t", d.a100_count, "\n");
  absl::StrAppend(&out, "Z\t", d.z, "\t", d.z_count, "\n");
  absl::StrAppend(&out, "PARTNER\t", d.a1, "\t", d.p1, "\n");
  absl::StrAppend(&out, "PARTNER\t", d.a10, "\t", d.p10, "\n");
  absl::StrAppend(&out, "PARTNER\t", d.a100, "\t", d.p100, "\n");
  absl::StrAppend(&out, "DATES\t", d.dlo, "\t", d.dmid, "\t", d.dhi, "\n");
  for (const Instance& i : MakeInstances(d)) {
    absl::StrAppend(&out, i.phase);
    for (const std::string& a : i.args) absl::StrAppend(&out, "\t", a);
    absl::StrAppend(&out, "\n");
  }
  return out;
}

void TokenHasher::Field(int64_t n) { Field(absl::StrCat(n)); }

std::string TokenHasher::Token() const {
  return absl::StrFormat("%d:%016x", lines_, h_);
}

double Now() {
  return std::chrono::duration<double>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

Timing TimeBatch(const std::function<void()>& batch, int min_reps) {
  const double t0 = Now();
  batch();
  const double warm = Now() - t0;
  Timing t;
  if (warm > 120) {
    t.median_seconds = warm;
    t.reps = 0;
    return t;
  }
  int reps = std::max(min_reps, 1);
  if (warm * reps > 120) {
    reps = std::max(1, static_cast<int>(120 / std::max(warm, 1e-9)));
  } else if (warm > 0 && warm * reps < 0.25) {
    reps = std::min(100, std::max(reps, static_cast<int>(0.25 / warm)));
  } else if (warm == 0) {
    reps = 100;
  }
  std::vector<double> times;
  times.reserve(static_cast<size_t>(reps));
  for (int i = 0; i < reps; ++i) {
    const double s = Now();
    batch();
    times.push_back(Now() - s);
  }
  std::sort(times.begin(), times.end());
  const size_t n = times.size();
  t.median_seconds =
      n % 2 == 1 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
  t.reps = reps;
  return t;
}

double PeakRssMb() {
  // VmHWM is this process image's own peak; getrusage's ru_maxrss also
  // counts the parent's memory when started through vfork + exec (as Python's
  // subprocess does), so it is only the fallback.
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) {
      return std::strtod(line.c_str() + 6, nullptr) / 1024.0;
    }
  }
  struct rusage u {};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

}  // namespace diplograph::workload
