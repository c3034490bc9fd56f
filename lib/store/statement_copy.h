// Copying statement records from one graph to another that holds the same
// records up to some statement: SharedGraph's replay of the statement-only
// commits a spare copy missed (shared_graph.cc). Private to the store.
//
//   // `dst` holds src's records [0, first); src holds more statements and
//   // nothing else new.
//   absl::Status s = internal::CopyStatementRecords(src, dst, first, end);
//   if (s.ok() && !internal::CopyStatementLists(src, dst, first, end)) ...
//
// The records are appended exactly as `src` holds them (rows, target pool
// entries, side-table entries, co-speakers and mentions, the strings and
// event types they intern), with no validation, no interning by hash of
// strings `dst` has already and no Statement built in between: the ids
// equal since both graphs hold the same actors, sources, events and
// interned strings before `first`. The statement lists are left to
// CopyStatementLists (statement_index.h); the co-speaker lists, which a
// statement joins when it is added, are filled here.
//
// Thread safety: reads `src`, which may be read by other threads at the
// same time; `dst` must have no other user.

#ifndef DIPLOGRAPH_LIB_STORE_STATEMENT_COPY_H_
#define DIPLOGRAPH_LIB_STORE_STATEMENT_COPY_H_

#include <cstdint>

#include "absl/status/status.h"
#include "store/graph_data.h"

namespace diplograph::internal {

// Appends statements [first, end) of `src` to `dst`, with the strings,
// event types, target pool entries, side-table (StatementExtra) and joint
// (StatementJoint) entries they own, so that `dst` holds the same records
// as `src` with the same ids; indexes their co-speakers (GraphData::
// co_spoken); leaves the statement lists (by, about, pairs, links, by
// date) waiting, as AddStatement inside an Update() does: follow with
// CopyStatementLists(src, dst, first, end).
// REQUIRES: `dst` equals `src` in every record before statement `first`
// (as two copies of a SharedGraph do), and since then `src` has added only
// statements [first, end) and what they intern.
// Errors, checked before `dst` is changed (except the last, found while
// appending strings; `dst` is then unusable):
//   FailedPrecondition  first is not dst's statement count or end not
//                       src's, or the graphs differ in actors,
//                       relationships, sources or events, or dst holds more
//                       strings, event types, targets or side-table
//                       entries than src;
//   DataLoss            a statement row of src refers to a target, side
//                       table entry, string, event type, actor or joint
//                       entry that is not where an add would have put it
//                       (names the statement and the field), or an
//                       appended string gets another id in dst than in src.
// O(s + t + b) for s statements, t targets and b bytes of new strings,
// plus one hash insertion per new interned string or event type and an
// InsertSorted per co-speaker; no hash look-up of texts.
absl::Status CopyStatementRecords(const GraphData& src, GraphData& dst,
                                  uint32_t first, uint32_t end);

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_STORE_STATEMENT_COPY_H_
