// The statement lists of a graph none of whose statements is indexed yet
// (a load into an empty graph), built in one pass by counting sort:
// StatementsByDate by a radix sort of the date keys (written into the
// blocks of date_index.h, full), then every per-actor list (by, about)
// reserved to its exact size from per-actor counts and filled in date
// order, then LinksTo, then the (speaker, target) pair index: speaker by
// speaker, the speaker's entries sorted by target into one run per pair,
// written straight into a pool of exactly the entries' size, which the
// index adopts with its hash table sized once. Scratch of one structure is
// freed before the next is built, and no list doubles, so the peak is the
// lists' own size plus 12 bytes per statement (the sort: keys, radix
// scratch and the order; the order, 4 bytes per statement, is kept while
// the per-actor lists and LinksTo are filled from it) or 8 per actor (the
// counts); the pair index's runs take 12 bytes per distinct pair until
// the pool is adopted. The lists are those IndexOne() would build one
// statement at a time.
//
// With GraphData::bulk_index_threads > 1 (StatementAppender::
// SetIndexThreads), the `by` lists are filled on the calling thread while
// a second thread builds the by-date index, the `about` lists and
// LinksTo (both read the order, so the date keys, 4 bytes per statement,
// live until the by-date index is written instead of being freed before
// the lists), then the pair index's per-speaker sorts run on that many
// threads, the speakers split into ranges of about equal entries; the
// lists are the same. Private to the store.
#ifndef DIPLOGRAPH_LIB_STORE_BULK_INDEX_H_
#define DIPLOGRAPH_LIB_STORE_BULK_INDEX_H_

#include "store/graph_data.h"

namespace diplograph::internal {

// Rebuilds d.by_date alone from the statement rows, in full blocks, by
// the same radix sort: for a loader that restores the other lists itself
// (a snapshot). O(n + 2^16); scratch 16 bytes per statement at the peak.
void BuildDateIndex(GraphData& d);

// REQUIRES: d.indexed_statements == 0 (every statement list is empty).
// Indexes every statement, on up to d.bulk_index_threads threads, and
// publishes the count. O(n + actors + 2^16) for n statements, plus
// O(e log e) per speaker with e (statement, target) entries for the pair
// index.
void IndexAllBulk(GraphData& d);

// As IndexAllBulk for a graph whose per-actor `by` and `about` lists and
// pair index already hold every statement (adopted from a snapshot,
// graph_adopt.h): builds the other statement lists (by date, LinksTo) and
// publishes the count. REQUIRES: d.indexed_statements == 0, those other
// lists empty. O(n + 2^16).
void IndexAllBulkAroundAdopted(GraphData& d);

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_STORE_BULK_INDEX_H_
