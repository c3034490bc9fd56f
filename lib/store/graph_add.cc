// Graph's Add* functions for actors, aliases, affiliations, sources,
// relationships, evidence and events, and the validation helpers every add
// uses; AddStatement is in graph_add_statement.cc.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/hash/hash.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "diplograph/graph.h"
#include "model/names.h"
#include "store/graph_data.h"
#include "store/graph_helpers.h"
#include "store/statement_index.h"
#include "util/status_macros.h"
#include "util/utf8.h"

namespace diplograph {

using internal::CheckName;
using internal::GraphData;
using internal::Quoted;

namespace {

absl::Status CheckIso3(absl::string_view code) {
  bool ok = code.size() == 3;
  for (char c : code) ok = ok && c >= 'A' && c <= 'Z';
  if (!ok) {
    return absl::InvalidArgumentError(absl::StrCat(
        "iso3: ", Quoted(code), " is not three capital ASCII letters"));
  }
  return absl::OkStatus();
}

absl::Status CheckCameoActorCode(absl::string_view code) {
  bool ok = !code.empty() && code.size() % 3 == 0 && code.size() <= 30;
  for (char c : code)
    ok = ok && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
  if (!ok) {
    return absl::InvalidArgumentError(
        absl::StrCat("cameo_code: ", Quoted(code),
                     " is not capital letters and digits in blocks of three"));
  }
  return absl::OkStatus();
}

}  // namespace

namespace internal {

// Checks free text: valid UTF-8.
absl::Status CheckText(absl::string_view field, absl::string_view text) {
  const size_t bad = internal::FindInvalidUtf8(text);
  if (bad != absl::string_view::npos) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, ": invalid UTF-8 at byte ", bad));
  }
  return absl::OkStatus();
}

absl::Status CheckPolarity(absl::string_view field, Polarity p) {
  const int v = static_cast<int>(p);
  if (v < -1 || v > 1) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, ": polarity value ", v, " out of range"));
  }
  return absl::OkStatus();
}

// Prefixes a status message with the record it concerns.
absl::Status InRecord(absl::string_view record, const absl::Status& status) {
  if (status.ok()) return status;
  return absl::Status(status.code(),
                      absl::StrCat(record, ": ", status.message()));
}

absl::Status RequireActor(const GraphData& d, absl::string_view field,
                          ActorId id) {
  if (!id.valid()) {
    return absl::InvalidArgumentError(absl::StrCat(field, ": missing actor"));
  }
  if (!HasActor(d, id)) {
    return absl::NotFoundError(
        absl::StrCat(field, ": no ", Describe(id), " in the graph"));
  }
  return absl::OkStatus();
}

namespace {

absl::Status ValidateAffiliation(const GraphData& d, ActorId member,
                                 const Affiliation& f,
                                 absl::string_view field) {
  DIPLOGRAPH_RETURN_IF_ERROR(
      RequireActor(d, absl::StrCat(field, ".organization"), f.organization));
  if (f.organization == member) {
    return absl::InvalidArgumentError(
        absl::StrCat(field,
                     ".organization: an actor cannot be affiliated "
                     "to itself"));
  }
  DIPLOGRAPH_RETURN_IF_ERROR(CheckName(absl::StrCat(field, ".role"), f.role));
  return absl::OkStatus();
}

absl::Status ValidateEvidence(const GraphData& d, const Evidence& e,
                              absl::string_view field) {
  if (!e.statement.valid() && !e.source.valid()) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, ": needs a statement or a source"));
  }
  if (e.statement.valid() && !HasStatement(d, e.statement)) {
    return absl::NotFoundError(absl::StrCat(
        field, ".statement: no ", Describe(e.statement), " in the graph"));
  }
  if (e.source.valid() && !HasSource(d, e.source)) {
    return absl::NotFoundError(absl::StrCat(
        field, ".source: no ", Describe(e.source), " in the graph"));
  }
  const auto role = static_cast<unsigned>(e.role);
  if (role > static_cast<unsigned>(EvidenceRole::kProposes)) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, ".role: value ", role, " out of range"));
  }
  return absl::OkStatus();
}

}  // namespace

uint64_t AffiliationHash(const Affiliation& f) {
  auto bits = [](Date date) {
    return static_cast<uint32_t>(date.year()) << 16 |
           static_cast<uint32_t>(date.month()) << 8 |
           static_cast<uint32_t>(date.day());
  };
  using Key = std::tuple<uint32_t, absl::string_view, uint32_t, uint32_t>;
  return absl::Hash<Key>()(Key(f.organization.value, f.role,
                               bits(f.valid.begin()), bits(f.valid.end())));
}

namespace {
// The index entry of the affiliation at `position` with hash `hash`.
uint64_t AffiliationEntry(uint64_t hash, size_t position) {
  return (hash & ~uint64_t{0xFFFFFFFF}) | static_cast<uint32_t>(position);
}
}  // namespace

bool HasAffiliation(GraphData& d, ActorId member, const Affiliation& f) {
  const std::vector<Affiliation>& have = d.actors[member.value].affiliations;
  if (have.size() < kLinearAffiliations) {
    return std::find(have.begin(), have.end(), f) != have.end();
  }
  AffiliationIndex& index = d.affiliation_hashes[member.value];
  if (index.empty()) {
    // Built on the first look-up of a long list (or after a rollback).
    index.reserve(have.size());
    for (size_t i = 0; i < have.size(); ++i) {
      index.insert(AffiliationEntry(AffiliationHash(have[i]), i));
    }
  }
  const auto it = index.find(AffiliationEntry(AffiliationHash(f), 0));
  if (it == index.end()) return false;
  // A repeat is found in O(1) too: the entry names the first affiliation
  // whose hash has that upper half, which is the one asked for unless two
  // different affiliations share it (then, and only then, a scan).
  const size_t first = static_cast<uint32_t>(*it);
  if (have[first] == f) return true;
  return std::find(have.begin(), have.end(), f) != have.end();
}

void NoteAffiliationAdded(GraphData& d, ActorId member, const Affiliation& f) {
  const size_t size = d.actors[member.value].affiliations.size();
  if (size <= kLinearAffiliations) {
    return;  // short lists are scanned; the index is built when one grows
  }
  auto it = d.affiliation_hashes.find(member.value);
  if (it != d.affiliation_hashes.end() && !it->second.empty()) {
    it->second.insert(AffiliationEntry(AffiliationHash(f), size - 1));
  }
}

}  // namespace internal

using namespace internal;  // NOLINT: private helpers of this file

// ----------------------------------------------------------------------
// Graph: adding

absl::StatusOr<ActorId> Graph::AddActor(const Actor& actor) {
  GraphData& d = *data_;
  auto record = [&] { return absl::StrCat("actor ", Quoted(actor.name)); };
  auto fail = [&](const absl::Status& s) { return InRecord(record(), s); };

  if (absl::Status s = CheckName("name", actor.name); !s.ok()) return fail(s);
  if (static_cast<unsigned>(actor.kind) >
      static_cast<unsigned>(ActorKind::kPlace)) {
    return fail(absl::InvalidArgumentError(absl::StrCat(
        "kind: value ", static_cast<unsigned>(actor.kind), " out of range")));
  }
  if (NameIndex::Entry e; d.names.Find(actor.name, &e) && e.canonical.valid()) {
    return fail(absl::AlreadyExistsError(absl::StrCat(
        "name: already the name of ", ActorLabel(d, e.canonical))));
  }
  absl::flat_hash_set<std::string> seen = {Fold(actor.name)};
  size_t name_bytes = actor.name.size();
  for (size_t i = 0; i < actor.aliases.size(); ++i) {
    const std::string field = absl::StrCat("aliases[", i, "]");
    if (absl::Status s = CheckName(field, actor.aliases[i]); !s.ok()) {
      return fail(s);
    }
    if (!seen.insert(Fold(actor.aliases[i])).second) {
      return fail(absl::InvalidArgumentError(
          absl::StrCat(field, ": \"", actor.aliases[i],
                       "\" repeats the actor's name or an earlier alias")));
    }
    name_bytes += actor.aliases[i].size();
  }
  if (absl::Status s =
          d.names.CheckRoom("name", 1 + actor.aliases.size(), name_bytes);
      !s.ok()) {
    return fail(s);
  }
  if (!actor.iso3.empty()) {
    if (absl::Status s = CheckIso3(actor.iso3); !s.ok()) return fail(s);
    if (auto it = d.iso3.find(actor.iso3); it != d.iso3.end()) {
      return fail(absl::AlreadyExistsError(
          absl::StrCat("iso3: \"", actor.iso3, "\" is already the code of ",
                       ActorLabel(d, it->second))));
    }
  }
  if (!actor.cameo_code.empty()) {
    if (absl::Status s = CheckCameoActorCode(actor.cameo_code); !s.ok()) {
      return fail(s);
    }
  }
  const ActorId id(static_cast<uint32_t>(d.actors.size()));
  absl::flat_hash_map<uint64_t, size_t> affiliation_seen;
  for (size_t i = 0; i < actor.affiliations.size(); ++i) {
    const std::string field = absl::StrCat("affiliations[", i, "]");
    if (absl::Status s =
            ValidateAffiliation(d, id, actor.affiliations[i], field);
        !s.ok()) {
      return fail(s);
    }
    // Repeats are found by hash (a long list stays linear).
    auto [pos, fresh] =
        affiliation_seen.try_emplace(AffiliationHash(actor.affiliations[i]), i);
    if (!fresh) {
      for (size_t j = 0; j < i; ++j) {
        if (actor.affiliations[j] == actor.affiliations[i]) {
          return fail(absl::InvalidArgumentError(
              absl::StrCat(field, ": repeats affiliations[", j, "]")));
        }
      }
    }
  }

  // Valid: commit.
  d.actors.push_back(actor);
  d.lists.emplace_back();
  IndexName(d, actor.name, id, true);
  for (const std::string& alias : actor.aliases) IndexName(d, alias, id, false);
  if (!actor.iso3.empty()) d.iso3.emplace(actor.iso3, id);
  for (const Affiliation& f : actor.affiliations) {
    AddMember(d, f.organization, id);
  }
  StructureChanged(d);
  return id;
}

absl::Status Graph::AddAlias(ActorId actor, absl::string_view alias) {
  GraphData& d = *data_;
  if (!Contains(actor)) {
    return absl::NotFoundError(
        absl::StrCat("AddAlias: no ", Describe(actor), " in the graph"));
  }
  Actor& a = d.actors[actor.value];
  const std::string record = absl::StrCat(ActorLabel(d, actor));
  DIPLOGRAPH_RETURN_IF_ERROR(InRecord(record, CheckName("alias", alias)));
  DIPLOGRAPH_RETURN_IF_ERROR(
      InRecord(record, d.names.CheckRoom("alias", 1, alias.size())));
  // The name index tells whether the actor has the name already, and takes
  // it if not, in one probe: O(1) expected, plus a binary search among the
  // actors sharing the name. (A rollback rebuilds the index from the
  // actors.)
  if (!d.names.AddAliasUnlessNamed(alias, actor)) return absl::OkStatus();
  NoteActorChange(d, actor);
  a.aliases.emplace_back(alias);
  return absl::OkStatus();
}

absl::Status Graph::AddAffiliation(ActorId member,
                                   const Affiliation& affiliation) {
  GraphData& d = *data_;
  if (!Contains(member)) {
    return absl::NotFoundError(
        absl::StrCat("AddAffiliation: no ", Describe(member), " in the graph"));
  }
  const std::string record = ActorLabel(d, member);
  DIPLOGRAPH_RETURN_IF_ERROR(InRecord(
      record, ValidateAffiliation(d, member, affiliation, "affiliation")));
  Actor& a = d.actors[member.value];
  if (HasAffiliation(d, member, affiliation)) {
    return absl::AlreadyExistsError(absl::StrCat(
        record, ": affiliation: already has role \"", affiliation.role,
        "\" in ", ActorLabel(d, affiliation.organization), " over ",
        affiliation.valid.ToString()));
  }
  NoteActorChange(d, member);
  a.affiliations.push_back(affiliation);
  NoteAffiliationAdded(d, member, affiliation);
  AddMember(d, affiliation.organization, member);
  StructureChanged(d);
  return absl::OkStatus();
}

absl::Status Graph::CorrectActor(ActorId actor, const ActorCorrection& c) {
  GraphData& d = *data_;
  if (!Contains(actor)) {
    return absl::NotFoundError(
        absl::StrCat("CorrectActor: no ", Describe(actor), " in the graph"));
  }
  const std::string record = ActorLabel(d, actor);
  auto fail = [&](const absl::Status& s) { return InRecord(record, s); };
  const Actor& a = d.actors[actor.value];
  std::string folded;
  if (c.name.has_value()) {
    if (absl::Status s = CheckName("name", *c.name); !s.ok()) return fail(s);
    folded = Fold(*c.name);
    if (NameIndex::Entry e; d.names.Find(*c.name, &e) && e.canonical.valid() &&
                            e.canonical != actor) {
      return fail(absl::AlreadyExistsError(absl::StrCat(
          "name: already the name of ", ActorLabel(d, e.canonical))));
    }
    // The new name, and the old one as an alias.
    if (absl::Status s =
            d.names.CheckRoom("name", 2, c.name->size() + a.name.size());
        !s.ok()) {
      return fail(s);
    }
  }
  if (c.kind.has_value() && static_cast<unsigned>(*c.kind) >
                                static_cast<unsigned>(ActorKind::kPlace)) {
    return fail(absl::InvalidArgumentError(absl::StrCat(
        "kind: value ", static_cast<unsigned>(*c.kind), " out of range")));
  }
  if (c.iso3.has_value() && !c.iso3->empty()) {
    if (absl::Status s = CheckIso3(*c.iso3); !s.ok()) return fail(s);
    if (auto it = d.iso3.find(*c.iso3);
        it != d.iso3.end() && it->second != actor) {
      return fail(absl::AlreadyExistsError(
          absl::StrCat("iso3: \"", *c.iso3, "\" is already the code of ",
                       ActorLabel(d, it->second))));
    }
  }
  if (c.cameo_code.has_value() && !c.cameo_code->empty()) {
    if (absl::Status s = CheckCameoActorCode(*c.cameo_code); !s.ok()) {
      return fail(s);
    }
  }

  // Valid: apply, keeping the old values for a rollback.
  NoteActorChange(d, actor);
  for (UndoMark& m : d.marks) {
    if (actor.value < m.actors) m.corrected_actors.try_emplace(actor.value, a);
  }
  Actor& w = d.actors[actor.value];
  if (c.name.has_value() && *c.name != w.name) {
    const std::string old_name = w.name;
    const std::string old_folded = Fold(old_name);
    // The old name leaves the canonical index.
    d.names.RemoveCanonical(old_name, actor);
    // The new name stops being an alias of the actor.
    for (size_t i = 0; i < w.aliases.size(); ++i) {
      if (Fold(w.aliases[i]) != folded) continue;
      w.aliases.erase(w.aliases.begin() + static_cast<ptrdiff_t>(i));
      d.names.RemoveAlias(folded, actor);
      break;
    }
    w.name = *c.name;
    IndexName(d, w.name, actor, true);
    if (c.keep_old_name && old_folded != folded) {
      bool have = false;
      for (const std::string& alias : w.aliases) {
        have = have || Fold(alias) == old_folded;
      }
      if (!have) {
        w.aliases.push_back(old_name);
        IndexName(d, old_name, actor, false);
      }
    }
  }
  if (c.kind.has_value()) w.kind = *c.kind;
  if (c.iso3.has_value() && *c.iso3 != w.iso3) {
    if (!w.iso3.empty()) d.iso3.erase(w.iso3);
    w.iso3 = *c.iso3;
    if (!w.iso3.empty()) d.iso3.emplace(w.iso3, actor);
  }
  if (c.cameo_code.has_value()) w.cameo_code = *c.cameo_code;
  StructureChanged(d);
  return absl::OkStatus();
}

absl::StatusOr<SourceId> Graph::AddSource(const Source& source) {
  GraphData& d = *data_;
  auto record = [&] {
    return absl::StrCat("source ", Quoted(source.title.empty() ? source.locator
                                                               : source.title));
  };
  auto fail = [&](const absl::Status& s) { return InRecord(record(), s); };
  if (source.title.empty() && source.locator.empty()) {
    return fail(absl::InvalidArgumentError(
        "title: a source needs a title or a locator"));
  }
  if (absl::Status s = CheckText("title", source.title); !s.ok())
    return fail(s);
  if (absl::Status s = CheckText("locator", source.locator); !s.ok()) {
    return fail(s);
  }
  if (source.outlet.valid() && !Contains(source.outlet)) {
    return fail(absl::NotFoundError(
        absl::StrCat("outlet: no ", Describe(source.outlet), " in the graph")));
  }
  d.sources.push_back(source);
  return SourceId(static_cast<uint32_t>(d.sources.size() - 1));
}

absl::StatusOr<RelationshipId> Graph::AddRelationship(const Relationship& r) {
  GraphData& d = *data_;
  auto record = [&] {
    return absl::StrCat("relationship ", Quoted(r.label), " (",
                        ActorLabel(d, r.from), r.directed ? " -> " : " <-> ",
                        ActorLabel(d, r.to), ")");
  };
  auto fail = [&](const absl::Status& st) { return InRecord(record(), st); };

  if (absl::Status st = RequireActor(d, "from", r.from); !st.ok())
    return fail(st);
  if (absl::Status st = RequireActor(d, "to", r.to); !st.ok()) return fail(st);
  if (r.from == r.to) {
    return fail(absl::InvalidArgumentError(
        "to: a relationship needs two different actors"));
  }
  if (absl::Status st = CheckName("label", r.label); !st.ok()) return fail(st);
  std::string key = r.key.empty() ? NormalizeLabel(r.label) : r.key;
  if (key.empty()) {
    return fail(absl::InvalidArgumentError(
        "label: has no letters or digits to make a key of"));
  }
  if (!r.key.empty() && NormalizeLabel(r.key) != r.key) {
    return fail(absl::InvalidArgumentError(
        absl::StrCat("key: ", Quoted(r.key), " is not normalised (expected \"",
                     NormalizeLabel(r.key), "\")")));
  }
  for (size_t i = 0; i < r.label_variants.size(); ++i) {
    const std::string field = absl::StrCat("label_variants[", i, "]");
    if (absl::Status st = CheckName(field, r.label_variants[i]); !st.ok()) {
      return fail(st);
    }
    for (size_t j = 0; j < i; ++j) {
      if (r.label_variants[j] == r.label_variants[i]) {
        return fail(absl::InvalidArgumentError(
            absl::StrCat(field, ": repeats label_variants[", j, "]")));
      }
    }
  }
  if (absl::Status st = CheckPolarity("polarity", r.polarity); !st.ok()) {
    return fail(st);
  }
  for (size_t i = 0; i < r.evidence.size(); ++i) {
    const std::string field = absl::StrCat("evidence[", i, "]");
    if (absl::Status st = ValidateEvidence(d, r.evidence[i], field); !st.ok()) {
      return fail(st);
    }
    for (size_t j = 0; j < i; ++j) {
      if (r.evidence[j] == r.evidence[i]) {
        return fail(absl::InvalidArgumentError(
            absl::StrCat(field, ": repeats evidence[", j, "]")));
      }
    }
  }
  for (RelationshipId other_id : d.lists[r.from.value].relationships) {
    const Relationship& o = d.relationships[other_id.value];
    const bool same_ends = (o.from == r.from && o.to == r.to) ||
                           (!r.directed && o.from == r.to && o.to == r.from);
    if (same_ends && o.directed == r.directed && o.key == key &&
        o.valid.Overlaps(r.valid)) {
      return fail(absl::AlreadyExistsError(
          absl::StrCat("key: ", Describe(other_id),
                       " already links these actors as \"", o.label, "\" over ",
                       o.valid.ToString(), "; add evidence to it instead")));
    }
  }

  const RelationshipId id(static_cast<uint32_t>(d.relationships.size()));
  d.relationships.push_back(r);
  d.relationships.back().key = std::move(key);
  auto rkey = [&d](RelationshipId x) { return RelationshipKey(d, x); };
  AddToList(d, d.lists[r.from.value].relationships, id, rkey);
  AddToList(d, d.lists[r.to.value].relationships, id, rkey);
  StructureChanged(d);
  return id;
}

absl::Status Graph::AddEvidence(RelationshipId relationship,
                                const Evidence& evidence) {
  GraphData& d = *data_;
  if (!Contains(relationship)) {
    return absl::NotFoundError(absl::StrCat(
        "AddEvidence: no ", Describe(relationship), " in the graph"));
  }
  Relationship& r = d.relationships[relationship.value];
  const std::string record =
      absl::StrCat(Describe(relationship), " \"", r.label, "\"");
  DIPLOGRAPH_RETURN_IF_ERROR(
      InRecord(record, ValidateEvidence(d, evidence, "evidence")));
  for (const Evidence& e : r.evidence) {
    if (e == evidence) {
      return absl::AlreadyExistsError(
          absl::StrCat(record, ": evidence: already recorded"));
    }
  }
  NoteEvidenceChange(d, relationship);
  r.evidence.push_back(evidence);
  return absl::OkStatus();
}

absl::StatusOr<EventId> Graph::AddEvent(const Event& event) {
  GraphData& d = *data_;
  auto record = [&] { return absl::StrCat("event ", Quoted(event.label)); };
  auto fail = [&](const absl::Status& st) { return InRecord(record(), st); };
  if (absl::Status st = CheckName("label", event.label); !st.ok())
    return fail(st);
  absl::flat_hash_set<ActorId> seen;
  for (size_t i = 0; i < event.participants.size(); ++i) {
    const std::string field = absl::StrCat("participants[", i, "]");
    if (absl::Status st = RequireActor(d, field, event.participants[i]);
        !st.ok()) {
      return fail(st);
    }
    if (!seen.insert(event.participants[i]).second) {
      return fail(absl::InvalidArgumentError(
          absl::StrCat(field, ": ", ActorLabel(d, event.participants[i]),
                       " is listed twice")));
    }
  }
  if (absl::Status st = ValidateEventType(event.event_type); !st.ok()) {
    return fail(InRecord("event_type", st));
  }
  if (absl::Status st = CheckText("event_type.code", event.event_type.code);
      !st.ok()) {
    return fail(st);
  }
  if (absl::Status st = CheckText("event_type.name", event.event_type.name);
      !st.ok()) {
    return fail(st);
  }
  if (event.source.valid() && !Contains(event.source)) {
    return fail(absl::NotFoundError(
        absl::StrCat("source: no ", Describe(event.source), " in the graph")));
  }
  const EventId id(static_cast<uint32_t>(d.events.size()));
  d.events.push_back(event);
  auto ekey = [&d](EventId x) { return EventKey(d, x); };
  for (ActorId p : event.participants) {
    AddToList(d, d.lists[p.value].events, id, ekey);
  }
  return id;
}
}  // namespace diplograph
