// The `lists` section of a version 2 snapshot (docs/snapshot.md): the
// statement lists the store builds (each actor's `by` and `about` lists and
// the (speaker, target) pair index) as little-endian 32-bit words, so that a
// load adopts them with one copy per array instead of rebuilding them.
// Private to the io layer.
//
//   SnapshotSection lists = EncodeListsSection(graph);         // writing
//   absl::Status s = AdoptListsSection(bytes, file, header, g);  // loading
//
// Thread safety: EncodeListsSection reads `graph` (no concurrent writer);
// AdoptListsSection runs inside the loading Graph::Update().

#ifndef DIPLOGRAPH_LIB_IO_SNAPSHOT_LISTS_H_
#define DIPLOGRAPH_LIB_IO_SNAPSHOT_LISTS_H_

#include <cstdint>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "diplograph/graph.h"
#include "io/snapshot_format.h"

namespace diplograph::internal::snapshot_format {

// The `lists` section of `graph`: its count is the number of actors.
// O(statements + `about` entries), plus the sort of each speaker's
// (target, statement) entries.
SnapshotSection EncodeListsSection(const Graph& graph);

// Checks the layout of the `lists` section of `bytes` (the file `file`,
// whose checked header is `header`) and has the store adopt the lists, which
// checks them against the statements already added to `graph`
// (diplograph/prebuilt_lists.h). In a load nested in an enclosing Update() the
// section is not used and the store builds the lists itself. O(entries).
// Returns DataLoss naming the file, the section and the byte offset of the
// problem (a header that does not match the snapshot's counts or the
// section's length, or a list the store refuses).
absl::Status AdoptListsSection(absl::Span<const uint8_t> bytes,
                               absl::string_view file,
                               const SnapshotHeader& header, Graph& graph);

}  // namespace diplograph::internal::snapshot_format

#endif  // DIPLOGRAPH_LIB_IO_SNAPSHOT_LISTS_H_
