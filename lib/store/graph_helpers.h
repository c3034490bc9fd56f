// Small helpers over GraphData shared by the store's sources (graph.cc,
// graph_add.cc, graph_add_statement.cc, statement_index.cc): id checks, name
// folding, the labels that error messages give records, the validation
// helpers of the adds and the undo bookkeeping of Update().

#ifndef DIPLOGRAPH_LIB_STORE_GRAPH_HELPERS_H_
#define DIPLOGRAPH_LIB_STORE_GRAPH_HELPERS_H_

#include <string>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "diplograph/ids.h"
#include "diplograph/polarity.h"
#include "store/graph_data.h"

namespace diplograph::internal {

inline std::string Fold(absl::string_view name) {
  return absl::AsciiStrToLower(name);
}

template <typename Tag>
std::string Describe(Id<Tag> id) {
  return absl::StrCat(
      Tag::kName, "#",
      id.valid() ? absl::StrCat(id.value) : std::string("invalid"));
}

inline bool HasActor(const GraphData& d, ActorId id) {
  return id.valid() && id.value < d.actors.size();
}
inline bool HasStatement(const GraphData& d, StatementId id) {
  return id.valid() && id.value < d.statements.size();
}
inline bool HasSource(const GraphData& d, SourceId id) {
  return id.valid() && id.value < d.sources.size();
}
inline bool HasRelationship(const GraphData& d, RelationshipId id) {
  return id.valid() && id.value < d.relationships.size();
}

std::string ActorLabel(const GraphData& d, ActorId id);

// Records a change to what derived views show (structure_version()) and
// drops the cached ones (graph.cc).
void StructureChanged(GraphData& d);

// Validation helpers of the Add* functions (graph_add.cc): free text is
// valid UTF-8, a polarity is in range, an actor id is set and in the graph;
// InRecord prefixes a status message with the record it concerns.
absl::Status CheckText(absl::string_view field, absl::string_view text);
absl::Status CheckPolarity(absl::string_view field, Polarity p);
absl::Status InRecord(absl::string_view record, const absl::Status& status);
absl::Status RequireActor(const GraphData& d, absl::string_view field,
                          ActorId id);

// Undo bookkeeping for open Update() steps (graph.cc): the alias/affiliation
// sizes of an actor, the evidence size of a relationship, before a change.
void NoteActorChange(GraphData& d, ActorId id);
void NoteEvidenceChange(GraphData& d, RelationshipId id);
// Duplicate affiliations (graph_add.cc): an actor's list is scanned while
// shorter than kLinearAffiliations, else looked up in a hash index of its
// affiliations (GraphData::affiliation_hashes) built on first use, so that
// adding one, or finding one is a repeat, costs O(1) expected however long
// the list.
inline constexpr size_t kLinearAffiliations = 16;
uint64_t AffiliationHash(const Affiliation& f);
bool HasAffiliation(GraphData& d, ActorId member, const Affiliation& f);
// Keeps the member's hash index (if built) up to date after an append.
void NoteAffiliationAdded(GraphData& d, ActorId member, const Affiliation& f);

// The mention count of a statement, before a change.
void NoteMentionChange(GraphData& d, StatementId id);

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_STORE_GRAPH_HELPERS_H_
