// Shared pieces of the standard-workload programs (../shared/WORKLOAD.md):
// query instances and their params file, answer tokens (FNV-1a-64 over the
// canonical result text), and the timing protocol. Used by the diplograph
// program and by the SQLite baseline, so that both time and check answers
// the same way.

#ifndef DIPLOGRAPH_BENCH_WORKLOAD_WORKLOAD_COMMON_H_
#define DIPLOGRAPH_BENCH_WORKLOAD_WORKLOAD_COMMON_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace diplograph::workload {

// One query instance: "Q1" with {"China", "2014-04-09", "2014-10-08"}.
struct Instance {
  std::string phase;
  std::vector<std::string> args;
};

// The instances of a params file, in file order (lines not starting with
// "Q<digit>\t" are informational and skipped).
// Errors: NotFound when the file cannot be opened; InvalidArgument for a
// query line with the wrong number of arguments.
absl::StatusOr<std::vector<Instance>> ReadParams(const std::string& path);

// The phases in output order.
inline const std::vector<std::string>& Phases() {
  static const std::vector<std::string> kPhases = {"Q1", "Q2", "Q3", "Q4",
                                                   "Q5", "Q6", "Q7"};
  return kPhases;
}

// The inputs from which instances are derived (WORKLOAD.md): the subject
// ranking's A1, A10, A100 and Z, each one's most frequent partner, the
// quartile dates and the median year.
struct Derived {
  std::string a1, a10, a100, z;
  int64_t a1_count = 0, a10_count = 0, a100_count = 0, z_count = 0;
  std::string p1, p10, p100;
  std::string dlo, dmid, dhi;
  int64_t rows = 0;
};

// The instance list of WORKLOAD.md for `d`.
std::vector<Instance> MakeInstances(const Derived& d);

// Writes the params file for `d` (as WORKLOAD.md shows it).
std::string ParamsText(const Derived& d, absl::string_view title);

// Canonical-text hasher: feed lines (fields joined by TAB, without the
// trailing newline); Token() is "<lines>:<16 hex digits>".
class TokenHasher {
 public:
  void Field(absl::string_view f) {
    if (!first_) Byte('\t');
    first_ = false;
    for (char c : f) Byte(static_cast<unsigned char>(c));
  }
  void Field(int64_t n);
  void EndLine() {
    Byte('\n');
    first_ = true;
    ++lines_;
  }
  std::string Token() const;

 private:
  void Byte(unsigned char b) {
    h_ ^= b;
    h_ *= 0x100000001b3ull;
  }
  uint64_t h_ = 0xcbf29ce484222325ull;
  uint64_t lines_ = 0;
  bool first_ = true;
};

// The timing protocol: runs `batch` once untimed (warm-up), then at least
// `min_reps` timed repetitions, more (up to 100) while they fit in about
// 0.25 s; fewer when the warm-up shows that min_reps would take over 120 s,
// none when the warm-up alone took over 120 s (then it is the sample).
struct Timing {
  double median_seconds = 0;
  int reps = 0;
};
Timing TimeBatch(const std::function<void()>& batch, int min_reps);

// Seconds since an arbitrary start, monotonic.
double Now();

// Peak resident set size of this process, in MB (VmHWM from
// /proc/self/status; getrusage's max RSS where that is missing).
double PeakRssMb();

}  // namespace diplograph::workload

#endif  // DIPLOGRAPH_BENCH_WORKLOAD_WORKLOAD_COMMON_H_
