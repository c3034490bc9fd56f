// The graph side of a JSON load: the file's local ids and what they map to,
// the one resolver of actor references, and adding each decoded record to
// the graph or merging it with a record the graph held before the load
// (see json.h, "Merging"). Affiliations are collected on the way and added
// by Finish(), when every actor of the file is known.
//
//   JsonMerger merger(graph, report);
//   merger.AddSource(reader, root, "src1", source);  // added or merged
//   ...
//   merger.Finish(problems);
//
// Thread safety: one load, one thread; the graph is being updated.

#ifndef DIPLOGRAPH_LIB_IO_JSON_MERGE_H_
#define DIPLOGRAPH_LIB_IO_JSON_MERGE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "diplograph/graph.h"
#include "diplograph/json.h"
#include "io/json_field_reader.h"
#include "io/json_problems.h"
#include "util/byte_arena.h"

namespace diplograph::internal {

// An affiliation read from an actor record, waiting for the end of the
// file (its organization may be any actor of the file).
struct PendingAffiliation {
  ActorId member;
  std::string organization;  // the reference, resolved by Finish()
  Affiliation affiliation;
  // Where to report a problem.
  uint64_t line = 0;
  uint32_t column = 0;
  std::string path;
  bool existing_member = false;
  uint64_t record = 0;  // the actor record's key (JsonMerger::SetRecord)
};

// A problem of an actor record found only at the end of the file (an
// affiliation that cannot be added), kept for the next pass of a lenient
// load, which skips the actor whole and reports this at its affiliation.
struct LateProblem {
  uint64_t line = 0;
  uint32_t column = 0;
  std::string path;
  std::string message;
  absl::StatusCode code = absl::StatusCode::kInvalidArgument;
};

// Actor records to skip, by record key, with the problems that skip them.
using LateProblems = absl::flat_hash_map<uint64_t, std::vector<LateProblem>>;

class JsonMerger {
 public:
  // `skip` (may be null) names actor records to skip whole, found by an
  // earlier pass over the same input.
  JsonMerger(Graph& graph, JsonLoadReport& report,
             const LateProblems* skip = nullptr);

  // The key of the record decoded next: its line number in JSON Lines,
  // its index in the "actors" array of a document.
  void SetRecord(uint64_t key) { record_ = key; }

  // The actor a reference names: a local id of the file; else, for a
  // non-empty reference, the graph's actor with that ISO 3166-1 alpha-3
  // code or that name or alias. NotFound (no message) when none does;
  // the graph's FailedPrecondition when a name fits several actors.
  // O(|ref|) expected. (Inline: the local ids are the common case.)
  absl::StatusOr<ActorId> ResolveActor(absl::string_view ref) const {
    if (auto it = actor_ids_.find(ref); it != actor_ids_.end()) {
      return it->second;
    }
    return ResolveInGraph(ref);
  }
  // The source or statement of a local id of the file.
  bool FindSource(absl::string_view ref, SourceId* out) const {
    auto it = source_ids_.find(ref);
    if (it == source_ids_.end()) return false;
    *out = it->second;
    return true;
  }
  bool FindStatement(absl::string_view ref, StatementId* out) const {
    auto it = statement_ids_.find(ref);
    if (it == statement_ids_.end()) return false;
    *out = it->second;
    return true;
  }

  // Starts loading the table slot of a statement id about to be claimed.
  void PrefetchStatementId(absl::string_view id) const {
    statement_ids_.prefetch(id);
  }

  // Affiliations read so far; an actor decoder appends its own, which
  // AddActor() keeps (for the actor it adds or merges) or drops.
  std::vector<PendingAffiliation>& affiliations() { return affiliations_; }

  // Each of these adds a decoded record under its local id `id`, or merges
  // it with a record the graph held before the load, and counts it in the
  // report; problems (a local id used twice, a conflict, a record the graph
  // refuses) are reported through `reader` at node `root` and make the
  // record bad. A record already bad is not added.
  void AddActor(FieldReader& reader, uint32_t root, absl::string_view id,
                const Actor& actor, size_t first_affiliation);
  void AddSource(FieldReader& reader, uint32_t root, absl::string_view id,
                 const Source& source);
  // `id` may be empty (statements, relationships and events need no id).
  void AddStatement(FieldReader& reader, uint32_t root, absl::string_view id,
                    const Statement& statement);
  void AddRelationship(FieldReader& reader, uint32_t root, absl::string_view id,
                       const Relationship& r);
  void AddEvent(FieldReader& reader, uint32_t root, absl::string_view id,
                const Event& event);

  // Adds the affiliations collected on the way; the ones that cannot be
  // added are reported (at the affiliation) and counted as skipped, and
  // their actor records listed in late_problems().
  void Finish(ProblemList& problems);
  // The actor records kept in this pass although an affiliation of theirs
  // could not be added: a lenient load skips them in a second pass.
  const LateProblems& late_problems() const { return late_; }

 private:
  // ResolveActor() for a reference that is no local id.
  absl::StatusOr<ActorId> ResolveInGraph(absl::string_view ref) const;
  std::optional<ActorId> MatchExistingActor(FieldReader& reader, uint32_t root,
                                            const Actor& a);
  void MergeActor(FieldReader& reader, uint32_t root, ActorId existing,
                  const Actor& a);
  std::optional<StatementId> FindExistingStatement(const Statement& s);
  // Adds to `held` (a statement of the graph equal to `s`) the documents
  // of `s` it does not carry yet: `s`'s own source, span and reports and
  // its mentions, as mentions. False (reported) when the graph refuses one;
  // then none is added.
  bool MergeMentions(FieldReader& reader, uint32_t root, StatementId held,
                     const Statement& s);
  // Adds the evidence of `r` to a relationship the graph held; false when
  // no such relationship matches.
  bool MergeRelationship(FieldReader& reader, uint32_t root,
                         const Relationship& r);

  Graph& graph_;
  JsonLoadReport& report_;
  const LateProblems* skip_;
  LateProblems late_;
  uint64_t record_ = 0;
  // Records present before the load (merge candidates).
  size_t initial_actors_, initial_sources_, initial_statements_,
      initial_relationships_, initial_events_;

  // Local ids.
  absl::flat_hash_map<std::string, ActorId> actor_ids_;
  absl::flat_hash_map<std::string, SourceId> source_ids_;
  // Statement ids are as many as statements: keyed by views of their bytes
  // in an arena, a table slot is 20 bytes instead of a 40-byte std::string
  // pair, and claiming an id copies it once.
  absl::flat_hash_map<absl::string_view, StatementId> statement_ids_;
  ByteArena statement_id_bytes_;
  absl::flat_hash_set<std::string> relationship_ids_, event_ids_;
  std::vector<PendingAffiliation> affiliations_;

  // Statements present before the load by a hash of (speaker, date, text),
  // built on the first look-up.
  bool statement_index_built_ = false;
  std::vector<std::pair<uint64_t, uint32_t>> statement_index_;
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_IO_JSON_MERGE_H_
