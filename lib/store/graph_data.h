// The private representation behind diplograph::Graph.
//
// Actors, relationships, sources and events are few and kept as the public
// value types. Statements are many (millions in event data) and kept as
// compact rows: ids and interned string ids, with the rarely used fields
// (channel, source, reporting chain, topics, stances, links) in a side table
// that only statements using them occupy, and the rarer still (co-speakers
// of joint statements, further mentions) in a hash map by statement id that
// only such statements occupy.

#ifndef DIPLOGRAPH_LIB_STORE_GRAPH_DATA_H_
#define DIPLOGRAPH_LIB_STORE_GRAPH_DATA_H_

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "diplograph/actor.h"
#include "diplograph/date.h"
#include "diplograph/event.h"
#include "diplograph/event_type.h"
#include "diplograph/ids.h"
#include "diplograph/relationship.h"
#include "diplograph/source.h"
#include "diplograph/statement.h"
#include "model/date_keys.h"
#include "store/date_index.h"
#include "store/name_index.h"
#include "store/pair_index.h"
#include "store/string_pool.h"

namespace diplograph::internal {

inline constexpr uint32_t kNoExtra = 0xFFFFFFFFu;

// 32 bytes per statement (29 used), plus 4 per target in `about_pool`.
struct StatementRow {
  ActorId speaker;
  Date date;
  uint32_t text = 0;        // StringPool id (StringPool::Add)
  uint32_t event_type = 0;  // index into GraphData::event_types; 0 = none
  uint32_t about_begin = 0;
  uint32_t about_count = 0;
  uint32_t extra = kNoExtra;  // index into GraphData::extras
  QuoteKind quote = QuoteKind::kParaphrase;
  bool has_joint = false;  // has an entry in GraphData::joint (in padding)
};
static_assert(sizeof(StatementRow) == 32);

// Co-speakers and further mentions of one statement: 56 bytes plus the
// vectors' contents, and a hash slot of about 60 bytes, per statement that
// has any.
struct StatementJoint {
  std::vector<ActorId> co_speakers;
  std::vector<StatementMention> mentions;
};

struct StatementExtra {
  uint32_t channel = 0;  // StringPool ids
  uint32_t location = 0;
  SourceId source;
  std::optional<TextSpan> span;
  std::vector<Report> reported_by;
  std::vector<uint32_t> topics;  // StringPool ids
  std::vector<Stance> stances;
  std::vector<StatementLink> links;
};

// The per-actor lists behind the basic reads.
struct ActorLists {
  std::vector<StatementId> by;
  std::vector<StatementId> about;
  std::vector<RelationshipId> relationships;
  std::vector<EventId> events;
  std::vector<ActorId> members;
};

// An actor's affiliation index: entries (upper 32 bits of
// AffiliationHash) << 32 | position, hashed and compared on the upper half
// alone, so that a look-up by a hash finds the first affiliation with that
// half. Half the bytes of a map from 64-bit hash to position: long lists
// stay in cache longer.
struct AffiliationEntryHash {
  size_t operator()(uint64_t e) const {
    return static_cast<size_t>((e >> 32) * 0x9E3779B97F4A7C15u);
  }
};
struct AffiliationEntryEq {
  bool operator()(uint64_t a, uint64_t b) const {
    return (a >> 32) == (b >> 32);
  }
};
using AffiliationIndex =
    absl::flat_hash_set<uint64_t, AffiliationEntryHash, AffiliationEntryEq>;

// What Update() needs to undo a failed step.
struct UndoMark {
  size_t actors = 0;
  size_t statements = 0;
  size_t about_pool = 0;
  size_t extras = 0;
  size_t event_types = 0;
  size_t relationships = 0;
  size_t sources = 0;
  size_t events = 0;
  size_t strings = 0;
  // Sizes of aliases and affiliations of actors that existed at the mark,
  // recorded before their first change.
  absl::flat_hash_map<uint32_t, std::pair<size_t, size_t>> actor_sizes;
  // Evidence counts of relationships that existed at the mark.
  absl::flat_hash_map<uint32_t, size_t> evidence_sizes;
  // Actors that existed at the mark, as they were before their first
  // correction (CorrectActor) in the step.
  absl::flat_hash_map<uint32_t, Actor> corrected_actors;
  // Mention counts of statements that existed at the mark.
  absl::flat_hash_map<uint32_t, size_t> mention_sizes;
};

struct GraphData {
  GraphData();

  StringPool strings;

  std::vector<Actor> actors;
  std::vector<ActorLists> lists;  // parallel to actors

  std::vector<StatementRow> statements;
  std::vector<ActorId> about_pool;
  std::vector<StatementExtra> extras;
  // Co-speakers and further mentions, by statement id (StatementRow::
  // has_joint tells which statements have an entry).
  absl::flat_hash_map<uint32_t, StatementJoint> joint;
  // Joint statements by co-speaker actor id, each list sorted by (date,
  // id); indexed when added (also inside Update()). 4 bytes per
  // (statement, co-speaker) plus a hash slot per co-speaker actor.
  absl::flat_hash_map<uint32_t, std::vector<StatementId>> co_spoken;
  // Statements linking to a statement, by the linked statement's id.
  absl::flat_hash_map<uint32_t, std::vector<StatementId>> links_to;
  // Statements by (speaker, target) pair, keyed PairKey(speaker, target),
  // each list sorted by (date, id). 4 bytes per (statement, target) plus
  // one map slot per distinct pair.
  PairIndex pair_statements;
  // Every statement, sorted by (date, id), in blocks (date_index.h): 8
  // bytes per statement (id and date key) in blocks 50-100% full.
  DateIndex by_date;
  // Statements [0, indexed_statements) are in the lists above (by, about,
  // links_to, pair_statements, by_date); later ones wait. A statement added
  // inside Update() waits for the end of the outermost Update(); one added
  // outside it waits when it is not the latest by date (or others wait
  // already), until the first read of a statement list indexes every
  // waiting statement in one pass, under index_mu. Release/acquire on the
  // count publishes the lists to readers that skip the lock.
  std::atomic<uint32_t> indexed_statements{0};
  // Threads the one-pass indexing of statements into an empty graph
  // (bulk_index.h) may use; set by StatementAppender::SetIndexThreads.
  int bulk_index_threads = 1;
  std::mutex index_mu;
  // The date key (SortKey) of statements [0, date_keys.size()), for the
  // binary searches that merge a commit into the lists above: 4 bytes per
  // statement, 16 keys to a cache line where the rows hold 2, so that the
  // searches' scattered reads stay in the caches (and the TLB) as the rows
  // outgrow them. Extended by the indexing of a batch (statement_index.cc)
  // to every statement it indexes, read only by that code; never longer
  // than indexed_statements. Rows below that count never change (a
  // rollback removes only waiting statements), so neither do the keys.
  std::vector<uint32_t> date_keys;

  std::vector<EventType> event_types;  // [0] is the empty type
  absl::flat_hash_map<std::string, uint32_t> event_type_ids;  // code\0name
  uint32_t last_event_type = 0;  // the type interned last
  std::string event_type_key;    // scratch buffer for lookups

  // The key of `type` in event_type_ids ("code\0name"), built in
  // event_type_key so that look-ups do not allocate; valid until the next
  // call.
  const std::string& EventTypeKey(const EventType& type) {
    event_type_key.assign(type.code);
    event_type_key.push_back('\0');
    event_type_key.append(type.name);
    return event_type_key;
  }

  std::vector<Relationship> relationships;
  std::vector<Source> sources;
  std::vector<Event> events;

  // Actors by folded name or alias: a 16-byte slot and the folded text
  // (in the index's arena) per name (name_index.h).
  NameIndex names;
  // Hashes of the affiliations of actors with kLinearAffiliations or more
  // (graph_helpers.h), by actor id: one 8-byte entry (AffiliationEntry) per
  // distinct upper half of an affiliation's hash, holding that half and
  // the position of the first affiliation with it, plus a control byte;
  // built on first use and dropped by a rollback. Tells whether an
  // affiliation is new, or a repeat, in O(1) expected.
  absl::flat_hash_map<uint32_t, AffiliationIndex> affiliation_hashes;
  absl::flat_hash_map<std::string, ActorId> iso3;

  // Update() state: one mark per open (possibly nested) step, outermost
  // first.
  int update_depth = 0;
  std::vector<UndoMark> marks;
  // Relationship, event or member lists appended to without sorting.
  bool lists_unsorted = false;
  // Whether the last successful outermost Update() changed records that
  // existed before it (aliases, affiliations, corrections, evidence,
  // mentions), rather than only adding records. SharedGraph replays a step
  // that only added statements from the records themselves.
  bool last_update_changed_old_records = false;

  // Graph::structure_version(): counts the adds (and rollbacks) that
  // change actors, affiliations, statements or relationships.
  uint64_t structure_version = 0;
  // Views derived from the graph by higher layers (internal::DerivedViews),
  // each with the version it describes; dropped when the version changes.
  // A std::mutex rather than absl::Mutex so that ThreadSanitizer, which
  // intercepts pthreads but not an Abseil built without it (as Debian's
  // is), sees the synchronisation.
  struct DerivedView {
    const void* tag = nullptr;
    uint64_t version = 0;
    std::shared_ptr<const void> view;
  };
  std::mutex views_mu;
  std::vector<DerivedView> views;

  // Helpers.
  static uint64_t PairKey(ActorId speaker, ActorId target) {
    return PairIndex::Key(speaker, target);
  }
  const StatementExtra* extra(StatementId id) const {
    const uint32_t e = statements[id.value].extra;
    return e == kNoExtra ? nullptr : &extras[e];
  }
  const StatementJoint* joint_of(StatementId id) const {
    if (!statements[id.value].has_joint) return nullptr;
    auto it = joint.find(id.value);
    return it == joint.end() ? nullptr : &it->second;
  }
  uint32_t StatementDateKey(StatementId id) const {
    return SortKey(statements[id.value].date);
  }
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_STORE_GRAPH_DATA_H_
