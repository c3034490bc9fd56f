// Adoption of prebuilt statement lists: a snapshot (docs/snapshot.md,
// format version 2) stores each actor's `by` and `about` lists and the
// (speaker, target) pair index as they are in the store, and a load hands
// them here instead of building them again. This header is public only so
// that loaders outside the store layer can reach the store's adoption path;
// its types live in namespace `internal`, follow the snapshot format and
// are not a stable API for programs.
//
//   internal::PrebuiltStatementLists lists = ...;  // views into the file
//   uint64_t bad = 0;
//   absl::Status s = internal::GraphAdopt::AdoptStatementLists(g, lists,
//                                                              &bad);
//   // on failure, `bad` is the byte offset of the offending word
//
// The lists are checked against the statements before they are trusted,
// in O(entries) time: every id in range, each list strictly sorted by
// (date, id), each entry consistent with its statement (the speaker of a
// `by` or pair entry, a target of an `about` or pair entry) and the totals
// equal to the statements' (so that every statement is in each list it
// belongs to, exactly once). A failure leaves every statement list empty,
// as it was.
//
// Thread safety: as any add, needs exclusive access to the graph.

#ifndef DIPLOGRAPH_PREBUILT_LISTS_H_
#define DIPLOGRAPH_PREBUILT_LISTS_H_

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "absl/status/status.h"
#include "diplograph/graph.h"

namespace diplograph::internal {

// An array of little-endian 32-bit words at any alignment (in a mapped
// file), with its byte offset in the enclosing section for messages.
struct LeWords {
  const uint8_t* data = nullptr;
  size_t size = 0;
  uint64_t offset = 0;

  uint32_t operator[](size_t i) const {
    uint32_t v;
    std::memcpy(&v, data + 4 * i, 4);
    return Little(v);
  }
  // Byte offset of word i in the section.
  uint64_t OffsetOf(size_t i) const { return offset + 4 * uint64_t{i}; }
  // Copies words [first, first + n) to `out` (4-byte ids).
  void CopyTo(size_t first, size_t n, void* out) const;

 private:
  static uint32_t Little(uint32_t v);
};

// The lists of a snapshot, as laid out in its `lists` section.
struct PrebuiltStatementLists {
  LeWords by_counts;     // one per actor
  LeWords by_ids;        // the `by` lists back to back, in actor order
  LeWords about_counts;  // one per actor
  LeWords about_ids;     // the `about` lists back to back
  LeWords pair_heads;    // 3 words per pair: speaker, target, size
  LeWords pair_ids;      // the pairs' lists back to back
};

class GraphAdopt {
 public:
  // Room for `actors` more actors (the records, their lists and the name
  // index), so that a load adding them one by one reallocates and rehashes
  // nothing. O(actors).
  static void ReserveActors(Graph& graph, size_t actors);

  // Makes `lists` the graph's `by`, `about` and pair lists, and builds the
  // date index and LinksTo around them, so that every statement is
  // indexed. Call inside the graph's outermost Update(), after every
  // statement is added (the end of the Update() then has nothing left to
  // index). Errors:
  //   FailedPrecondition  not in the outermost Update(), or a statement is
  //                       indexed already (nothing is changed);
  //   DataLoss            a count, id, order or entry that does not match
  //                       the statements, naming the list and entry;
  //                       `*bad_offset` is set to the byte offset of the
  //                       offending word (per LeWords::offset).
  // On error every statement list is left empty. O(actors + pairs +
  // entries) (plus the date index's O(n + 2^16)); the entries' checks
  // read the statement rows at random.
  static absl::Status AdoptStatementLists(Graph& graph,
                                          const PrebuiltStatementLists& lists,
                                          uint64_t* bad_offset);
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_PREBUILT_LISTS_H_
