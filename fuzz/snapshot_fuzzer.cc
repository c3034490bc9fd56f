// libFuzzer target for the binary snapshot loader (snapshot.h).
//
// The input is a snapshot file. It is loaded with the checksums off (so that
// mutations reach the record decoders and the graph's adds) and then with
// them on. Beyond "no crash, no sanitizer report", it checks that a failed
// load leaves the graph empty, that a load with checksums succeeds only if
// the one without does, that a graph that loads saves to a snapshot that
// loads back to the same bytes, and that the statement lists a version 2
// load adopts equal those a version 1 load of the same records builds.
//
// Seeds: fuzz/corpus/snapshot, written by snapshot_test
// (DIPLOGRAPH_SNAPSHOT_SEED_DIR=fuzz/corpus/snapshot
//  build/tests/snapshot_test --gtest_filter=*FuzzSeeds*).
// Build and run: see fuzz/CMakeLists.txt.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "absl/types/span.h"
#include "diplograph/graph.h"
#include "diplograph/snapshot.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

bool IsEmpty(const diplograph::Graph& g) {
  return g.actor_count() == 0 && g.statement_count() == 0 &&
         g.relationship_count() == 0 && g.source_count() == 0 &&
         g.event_count() == 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace diplograph;
  const absl::Span<const uint8_t> bytes(data, size);

  Graph unchecked;
  const absl::Status s =
      LoadSnapshot(bytes, "fuzz.dgs", unchecked, {.verify_checksums = false});
  if (!s.ok()) Check(IsEmpty(unchecked));

  Graph checked;
  const absl::Status c = LoadSnapshot(bytes, "fuzz.dgs", checked);
  if (!c.ok()) Check(IsEmpty(checked));
  if (c.ok()) Check(s.ok());

  if (s.ok()) {
    const std::string saved = SnapshotBytes(unchecked);
    Graph again;
    Check(LoadSnapshot(
              absl::Span<const uint8_t>(
                  reinterpret_cast<const uint8_t*>(saved.data()), saved.size()),
              "resaved.dgs", again)
              .ok());
    Check(SnapshotBytes(again) == saved);
    // The lists a format version 2 load adopts are those a version 1 load
    // builds from the records (the saved bytes hold them).
    const std::string v1 = SnapshotBytes(unchecked, {.format_version = 1});
    Graph built;
    Check(LoadSnapshot(
              absl::Span<const uint8_t>(
                  reinterpret_cast<const uint8_t*>(v1.data()), v1.size()),
              "v1.dgs", built)
              .ok());
    Check(SnapshotBytes(built) == saved);
  }
  return 0;
}
