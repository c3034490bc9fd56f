// generate_events: a seeded synthetic generator of ICEWS-like quadruples
// for the standard workload (WORKLOAD.md).
//
//   generate_events --rows 1000000 [--seed 1] > events.1m.tsv
//
// Writes `subject<TAB>relation<TAB>object<TAB>YYYY-MM-DD` lines. Actor
// frequencies are heavy-tailed like real event data: both ends are drawn
// from a Zipf distribution (exponent 1.0) over about 10.8 * N^0.6 actors
// (the ratio of ICEWS14: 3,856 entities in 17,904 rows), so the number of
// distinct entities grows about as N^0.6. The most frequent actor is named
// "China"; the others are states, "Sector (State)" organizations, people
// and groups, some with quotes or non-ASCII letters. Relations are CAMEO
// event names (non-root codes) with Zipf frequencies; dates are uniform over
// 2005-01-01 .. 2015-12-31; about 0.5% of rows are self-loops. The output
// depends only on --rows and --seed.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "diplograph/cameo.h"

namespace {

// Samples 0 .. n-1 with P(k) proportional to 1 / (k + 1)^s.
class Zipf {
 public:
  Zipf(size_t n, double s) : cdf_(n) {
    double sum = 0;
    for (size_t k = 0; k < n; ++k) {
      sum += 1.0 / std::pow(static_cast<double>(k + 1), s);
      cdf_[k] = sum;
    }
    for (double& c : cdf_) c /= sum;
  }
  size_t operator()(std::mt19937_64& rng) const {
    const double u = static_cast<double>(rng() >> 11) * 0x1.0p-53;
    return static_cast<size_t>(std::min<std::ptrdiff_t>(
        std::lower_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin(),
        static_cast<std::ptrdiff_t>(cdf_.size()) - 1));
  }

 private:
  std::vector<double> cdf_;
};

std::string ActorName(size_t i, std::mt19937_64& rng) {
  static const char* const kSectors[] = {
      "Ministry",           "Military",        "Police",   "Citizen",
      "Head of Government", "Foreign Affairs", "Business", "Media",
      "Opposition",         "Judiciary"};
  static const char* const kStems[] = {"Nor", "Kal", "Vest", "Ama", "Bel",
                                       "Tor", "Sú",  "Øst",  "Mir", "Dra"};
  if (i == 0) return "China";
  const uint64_t r = rng();
  const std::string state = absl::StrCat(kStems[r % 10], "land ", i / 10 + 1);
  switch (i % 5) {
    case 0:
      return state;
    case 1:
    case 2:
      return absl::StrCat(kSectors[(r >> 8) % 10], " (", state, ")");
    case 3:
      return absl::StrCat("Person ", kStems[(r >> 16) % 10], "ić ", i);
    default:
      return (i % 50 == 4) ? absl::StrCat("Group \"", i, "\"")
                           : absl::StrCat("Group ", i);
  }
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t rows = 0;
  uint64_t seed = 1;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i];
    if (arg == "--rows") {
      rows = std::strtoull(argv[i + 1], nullptr, 10);
    } else if (arg == "--seed") {
      seed = std::strtoull(argv[i + 1], nullptr, 10);
    }
  }
  if (rows == 0) {
    std::fprintf(stderr,
                 "usage: generate_events --rows N [--seed S] > out.tsv\n");
    return 2;
  }
  std::mt19937_64 rng(seed);
  const size_t actors = std::max<size_t>(
      16, static_cast<size_t>(10.8 * std::pow(static_cast<double>(rows), 0.6)));
  std::vector<std::string> names;
  names.reserve(actors);
  for (size_t i = 0; i < actors; ++i) names.push_back(ActorName(i, rng));

  std::vector<std::string> relations;
  for (const diplograph::CameoCode& c : diplograph::CameoCodes()) {
    if (!c.is_root()) relations.emplace_back(c.name);
  }
  // A fixed shuffle so the most frequent relations are not all from root 01.
  std::shuffle(relations.begin(), relations.end(), rng);

  const Zipf actor_dist(actors, 1.0);
  const Zipf relation_dist(relations.size(), 1.2);
  const absl::CivilDay first(2005, 1, 1);
  const int64_t days = absl::CivilDay(2015, 12, 31) - first + 1;

  std::string buf;
  buf.reserve(1 << 20);
  for (uint64_t n = 0; n < rows; ++n) {
    const size_t s = actor_dist(rng);
    size_t o = actor_dist(rng);
    const uint64_t r = rng();
    if (s == o && r % 200 != 0) o = (o + 1 + (r >> 8) % (actors - 1)) % actors;
    if (s != o && r % 200 == 0) o = s;  // about 0.5% self-loops
    const absl::CivilDay d =
        first + static_cast<int64_t>((r >> 20) % static_cast<uint64_t>(days));
    absl::StrAppend(
        &buf, names[s], "\t", relations[relation_dist(rng)], "\t", names[o],
        "\t", absl::StrFormat("%04d-%02d-%02d", d.year(), d.month(), d.day()),
        "\n");
    if (buf.size() > (1 << 20) - 512) {
      std::fwrite(buf.data(), 1, buf.size(), stdout);
      buf.clear();
    }
  }
  std::fwrite(buf.data(), 1, buf.size(), stdout);
  return std::ferror(stdout) ? 1 : 0;
}
