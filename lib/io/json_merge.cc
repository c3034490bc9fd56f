// Adding and merging the records of a JSON load; see json_merge.h.

#include "io/json_merge.h"

#include <algorithm>
#include <tuple>

#include "absl/hash/hash.h"
#include "absl/strings/str_cat.h"
#include "model/article.h"
#include "util/status_macros.h"
#include "util/utf8.h"

namespace diplograph::internal {

namespace {

// Reports a local id that an earlier record of the same type has.
void IdUsedTwice(FieldReader& reader, uint32_t root, absl::string_view type,
                 absl::string_view id) {
  reader.Bad(root, FieldPath(json::kId),
             absl::StrCat(type, " id ", Quoted(id), " is used twice"));
}

// The id of the record equal to `record` among the first `initial` of the
// graph (`held(i)` is the i-th; a linear scan, as sources and events are
// few), counted as merged; else of `record` added by `add()`, counted as
// added; nullopt (reported) when the graph refuses it.
template <typename Record, typename Held, typename Add>
auto AddUnlessHeld(FieldReader& reader, uint32_t root, const Record& record,
                   size_t initial, Held held, Add add, uint64_t& added,
                   uint64_t& merged)
    -> std::optional<typename decltype(add())::value_type> {
  using Id = typename decltype(add())::value_type;
  for (uint32_t i = 0; i < initial; ++i) {
    if (held(i) == record) {
      ++merged;
      return Id(i);
    }
  }
  auto result = add();
  if (!result.ok()) {
    reader.RecordFailed(root, result.status());
    return std::nullopt;
  }
  ++added;
  return *result;
}

}  // namespace

JsonMerger::JsonMerger(Graph& graph, JsonLoadReport& report,
                       const LateProblems* skip)
    : graph_(graph),
      report_(report),
      skip_(skip),
      initial_actors_(graph.actor_count()),
      initial_sources_(graph.source_count()),
      initial_statements_(graph.statement_count()),
      initial_relationships_(graph.relationship_count()),
      initial_events_(graph.event_count()) {}

absl::StatusOr<ActorId> JsonMerger::ResolveInGraph(
    absl::string_view ref) const {
  if (!ref.empty()) {
    if (ref.size() == 3) {
      if (absl::StatusOr<ActorId> a = graph_.FindActorByIso3(ref); a.ok()) {
        return *a;
      }
    }
    absl::StatusOr<ActorId> a = graph_.FindActor(ref);
    if (a.ok() || a.status().code() == absl::StatusCode::kFailedPrecondition) {
      return a;
    }
  }
  return absl::NotFoundError("");
}

// ----------------------------------------------------------------------
// Actors.

void JsonMerger::AddActor(FieldReader& reader, uint32_t root,
                          absl::string_view id, const Actor& actor,
                          size_t first_affiliation) {
  if (!reader.bad() && actor_ids_.contains(id)) {
    IdUsedTwice(reader, root, "actor", id);
  }
  auto drop = [&] { affiliations_.resize(first_affiliation); };
  if (reader.bad()) return drop();
  if (skip_ != nullptr) {
    if (auto it = skip_->find(record_); it != skip_->end()) {
      // An affiliation of the record failed in an earlier pass: the
      // record is skipped whole, its id unknown to the records after it.
      for (const LateProblem& p : it->second) {
        reader.BadAt(p.line, p.column, p.path, p.message, p.code);
      }
      return drop();
    }
  }
  ActorId result;
  bool existing = false;
  if (std::optional<ActorId> match = MatchExistingActor(reader, root, actor)) {
    if (reader.bad()) return drop();
    MergeActor(reader, root, *match, actor);
    // A conflict skips the record: its id must not name the graph's actor.
    if (reader.bad()) return drop();
    result = *match;
    existing = true;
  } else if (reader.bad()) {
    return drop();
  } else {
    absl::StatusOr<ActorId> added = graph_.AddActor(actor);
    if (!added.ok()) {
      reader.RecordFailed(root, added.status());
      return drop();
    }
    result = *added;
    ++report_.actors_added;
  }
  actor_ids_.emplace(id, result);
  for (size_t i = first_affiliation; i < affiliations_.size(); ++i) {
    affiliations_[i].member = result;
    affiliations_[i].existing_member = existing;
    affiliations_[i].record = record_;
  }
}

std::optional<ActorId> JsonMerger::MatchExistingActor(FieldReader& reader,
                                                      uint32_t root,
                                                      const Actor& a) {
  if (initial_actors_ == 0) return std::nullopt;
  auto existing = [&](ActorId id) { return id.value < initial_actors_; };
  if (!a.iso3.empty()) {
    absl::StatusOr<ActorId> byiso = graph_.FindActorByIso3(a.iso3);
    if (byiso.ok() && existing(*byiso)) return *byiso;
  }
  std::vector<ActorId> candidates;
  auto collect = [&](absl::string_view name) {
    for (ActorId id : graph_.MatchActors(name)) {
      if (existing(id) && std::find(candidates.begin(), candidates.end(), id) ==
                              candidates.end()) {
        candidates.push_back(id);
      }
    }
  };
  collect(a.name);
  if (candidates.empty()) {
    for (const std::string& alias : a.aliases) collect(alias);
  }
  if (candidates.empty()) return std::nullopt;
  if (candidates.size() > 1) {
    std::string names;
    for (ActorId id : candidates) {
      absl::StrAppend(&names, names.empty() ? "" : ", ",
                      Quoted(graph_.actor(id).name));
    }
    reader.Bad(root, FieldPath(json::kName),
               absl::StrCat("matches several actors of the graph (", names,
                            "); give an ISO code or a distinct name"));
    return std::nullopt;
  }
  return candidates.front();
}

void JsonMerger::MergeActor(FieldReader& reader, uint32_t root, ActorId id,
                            const Actor& a) {
  const Actor& old = graph_.actor(id);
  const std::string who = Quoted(old.name);
  auto conflict = [&](absl::string_view field, absl::string_view what,
                      absl::string_view had, absl::string_view says) {
    reader.Bad(root, FieldPath(field),
               absl::StrCat("conflict: the graph's actor ", who, what, had,
                            ", the file says ", says));
  };
  // A field empty on one side takes the other side's value; both set and
  // different is a conflict. "organization", the kind importers give an
  // actor they know nothing more of (and the default of a record without
  // "kind"), counts as unset.
  ActorCorrection fill;
  if (old.kind != a.kind && a.kind != ActorKind::kOrganization) {
    if (old.kind == ActorKind::kOrganization) {
      fill.kind = a.kind;
    } else {
      conflict(json::kKind, " is ",
               internal::WithArticle(ActorKindName(old.kind)),
               ActorKindName(a.kind));
    }
  }
  if (!a.iso3.empty() && a.iso3 != old.iso3) {
    if (old.iso3.empty()) {
      fill.iso3 = a.iso3;
    } else {
      conflict(json::kIso3, " has ISO code ", Quoted(old.iso3), Quoted(a.iso3));
    }
  }
  if (!a.cameo_code.empty() && a.cameo_code != old.cameo_code) {
    if (old.cameo_code.empty()) {
      fill.cameo_code = a.cameo_code;
    } else {
      conflict(json::kCameoCode, " has CAMEO code ", Quoted(old.cameo_code),
               Quoted(a.cameo_code));
    }
  }
  if (reader.bad()) return;
  if (fill != ActorCorrection()) {
    if (absl::Status s = graph_.CorrectActor(id, fill); !s.ok()) {
      reader.Bad(root,
                 FieldPath(fill.iso3   ? json::kIso3
                           : fill.kind ? json::kKind
                                       : json::kCameoCode),
                 std::string(s.message()), s.code());
      return;
    }
    report_.actor_fields_filled +=
        (fill.kind ? 1 : 0) + (fill.iso3 ? 1 : 0) + (fill.cameo_code ? 1 : 0);
  }
  if (reader.bad()) return;
  auto known = [&](absl::string_view name) {
    for (ActorId m : graph_.MatchActors(name)) {
      if (m == id) return true;
    }
    return false;
  };
  auto add_alias = [&](absl::string_view name, const FieldPath& p) {
    if (known(name)) return;
    absl::Status s = graph_.AddAlias(id, name);
    if (!s.ok()) {
      reader.Bad(root, p, std::string(s.message()), s.code());
    } else {
      ++report_.aliases_added;
    }
  };
  add_alias(a.name, FieldPath(json::kName));
  for (size_t i = 0; i < a.aliases.size(); ++i) {
    add_alias(a.aliases[i], FieldPath(json::kAliases, static_cast<int>(i)));
  }
  ++report_.actors_merged;
}

// ----------------------------------------------------------------------
// Sources, statements, relationships, events.

void JsonMerger::AddSource(FieldReader& reader, uint32_t root,
                           absl::string_view id, const Source& source) {
  if (!reader.bad() && source_ids_.contains(id)) {
    IdUsedTwice(reader, root, "source", id);
  }
  if (reader.bad()) return;
  std::optional<SourceId> result = AddUnlessHeld(
      reader, root, source, initial_sources_,
      [&](uint32_t i) -> const Source& { return graph_.source(SourceId(i)); },
      [&] { return graph_.AddSource(source); }, report_.sources_added,
      report_.sources_merged);
  if (result) source_ids_.emplace(id, *result);
}

std::optional<StatementId> JsonMerger::FindExistingStatement(
    const Statement& s) {
  if (initial_statements_ == 0) return std::nullopt;
  using Key = std::tuple<uint32_t, Date, absl::string_view>;
  absl::Hash<Key> hash;
  if (!statement_index_built_) {
    statement_index_built_ = true;
    statement_index_.reserve(initial_statements_);
    for (uint32_t i = 0; i < initial_statements_; ++i) {
      const StatementView v = graph_.statement(StatementId(i));
      statement_index_.emplace_back(
          hash(Key(v.speaker().value, v.date(), v.text())), i);
    }
    std::sort(statement_index_.begin(), statement_index_.end());
  }
  const uint64_t h = hash(Key(s.speaker.value, s.date, s.text));
  auto it = std::lower_bound(statement_index_.begin(), statement_index_.end(),
                             std::make_pair(h, uint32_t{0}));
  // Several held statements may be equal (one said in several documents,
  // each added on its own; or the same words coded twice with other
  // targets): the one equal to the record in every field is preferred (so
  // that loading a file twice maps each record to its own statement), then
  // the one that carries the record's documents already, else the first.
  std::optional<StatementId> first, carrier;
  for (; it != statement_index_.end() && it->first == h; ++it) {
    const StatementView v = graph_.statement(StatementId(it->second));
    if (v.speaker() == s.speaker && v.date() == s.date && v.text() == s.text) {
      if (v.ToStatement() == s) return StatementId(it->second);
      if (!first) first = StatementId(it->second);
      bool carries = v.source() == s.source && v.span() == s.span &&
                     v.reported_by() == absl::MakeConstSpan(s.reported_by);
      for (const StatementMention& m : s.mentions) {
        const absl::Span<const StatementMention> held = v.mentions();
        carries =
            carries && std::find(held.begin(), held.end(), m) != held.end();
      }
      if (carries && !carrier) carrier = StatementId(it->second);
    }
  }
  return carrier ? carrier : first;
}

void JsonMerger::AddStatement(FieldReader& reader, uint32_t root,
                              absl::string_view id, const Statement& s) {
  if (reader.bad()) return;
  // Claim the id first (one probe of the table): a taken id is an error,
  // and a claim is given back if the statement cannot be added.
  const bool has_id = !id.empty();
  auto slot = statement_ids_.end();
  if (has_id) {
    bool claimed = false;
    slot = statement_ids_.lazy_emplace(id, [&](const auto& construct) {
      claimed = true;
      construct(statement_id_bytes_.Copy(id), StatementId());
    });
    if (!claimed) {
      IdUsedTwice(reader, root, "statement", id);
      return;
    }
  }
  StatementId result;
  if (std::optional<StatementId> dup = FindExistingStatement(s)) {
    result = *dup;
    if (!MergeMentions(reader, root, *dup, s)) {
      if (has_id) statement_ids_.erase(slot);
      return;
    }
    ++report_.statements_merged;
  } else {
    absl::StatusOr<StatementId> added = graph_.AddStatement(s);
    if (!added.ok()) {
      if (has_id) statement_ids_.erase(slot);
      reader.RecordFailed(root, added.status());
      return;
    }
    result = *added;
    ++report_.statements_added;
  }
  if (has_id) slot->second = result;
}

bool JsonMerger::MergeMentions(FieldReader& reader, uint32_t root,
                               StatementId held, const Statement& s) {
  const StatementView v = graph_.statement(held);
  auto has = [&](const StatementMention& m) {
    if (m.source == v.source() && m.span == v.span() &&
        absl::MakeConstSpan(m.reported_by) == v.reported_by()) {
      return true;
    }
    for (const StatementMention& h : v.mentions()) {
      if (h == m) return true;
    }
    return false;
  };
  // Checked before anything is added: a record merges whole or not at all.
  std::vector<const StatementMention*> add;
  StatementMention own{s.source, s.span, s.reported_by};
  if (s.source.valid() && !has(own)) add.push_back(&own);
  for (const StatementMention& m : s.mentions) {
    if (!has(m) && std::find_if(add.begin(), add.end(), [&](auto* a) {
                     return *a == m;
                   }) == add.end()) {
      add.push_back(&m);
    }
  }
  if (add.empty()) return true;
  absl::Status status = graph_.Update([&](Graph& g) -> absl::Status {
    for (const StatementMention* m : add) {
      DIPLOGRAPH_RETURN_IF_ERROR(g.AddStatementMention(held, *m));
    }
    return absl::OkStatus();
  });
  if (!status.ok()) {
    reader.RecordFailed(root, status);
    return false;
  }
  report_.mentions_added += add.size();
  return true;
}

bool JsonMerger::MergeRelationship(FieldReader& reader, uint32_t root,
                                   const Relationship& r) {
  if (r.from.value >= initial_actors_ || r.to.value >= initial_actors_ ||
      initial_relationships_ == 0) {
    return false;
  }
  const std::string key = r.key.empty() ? NormalizeLabel(r.label) : r.key;
  for (RelationshipId rid : graph_.RelationshipsOf(r.from)) {
    if (rid.value >= initial_relationships_) continue;
    const Relationship& old = graph_.relationship(rid);
    const bool same_ends =
        (old.from == r.from && old.to == r.to) ||
        (!r.directed && !old.directed && old.from == r.to && old.to == r.from);
    if (!same_ends || old.directed != r.directed || old.key != key ||
        !old.valid.Overlaps(r.valid)) {
      continue;
    }
    // Checked before any is added, so that the record is merged whole or
    // not at all.
    for (size_t i = 0; i < r.evidence.size(); ++i) {
      const Evidence& ev = r.evidence[i];
      if (!ev.statement.valid() && !ev.source.valid()) {
        reader.Bad(root, FieldPath(json::kEvidence, static_cast<int>(i)),
                   "evidence needs a statement or a source");
      }
    }
    if (reader.bad()) return true;
    for (size_t i = 0; i < r.evidence.size(); ++i) {
      const Evidence& ev = r.evidence[i];
      const auto repeated = r.evidence.begin() + static_cast<long>(i);
      if (std::find(old.evidence.begin(), old.evidence.end(), ev) !=
              old.evidence.end() ||
          std::find(r.evidence.begin(), repeated, ev) != repeated) {
        continue;  // held already, or listed twice in the record
      }
      absl::Status s = graph_.AddEvidence(rid, ev);
      if (!s.ok()) {
        reader.Bad(root, FieldPath(json::kEvidence, static_cast<int>(i)),
                   std::string(s.message()), s.code());
      } else {
        ++report_.evidence_added;
      }
    }
    ++report_.relationships_merged;
    return true;
  }
  return false;
}

void JsonMerger::AddRelationship(FieldReader& reader, uint32_t root,
                                 absl::string_view id, const Relationship& r) {
  if (!reader.bad() && !id.empty() &&
      !relationship_ids_.insert(std::string(id)).second) {
    IdUsedTwice(reader, root, "relationship", id);
  }
  if (reader.bad() || MergeRelationship(reader, root, r)) return;
  absl::StatusOr<RelationshipId> added = graph_.AddRelationship(r);
  if (!added.ok()) {
    reader.RecordFailed(root, added.status());
    return;
  }
  ++report_.relationships_added;
}

void JsonMerger::AddEvent(FieldReader& reader, uint32_t root,
                          absl::string_view id, const Event& event) {
  if (!reader.bad() && !id.empty() &&
      !event_ids_.insert(std::string(id)).second) {
    IdUsedTwice(reader, root, "event", id);
  }
  if (reader.bad()) return;
  AddUnlessHeld(
      reader, root, event, initial_events_,
      [&](uint32_t i) -> const Event& { return graph_.event(EventId(i)); },
      [&] { return graph_.AddEvent(event); }, report_.events_added,
      report_.events_merged);
}

// ----------------------------------------------------------------------
// Affiliations.

void JsonMerger::Finish(ProblemList& problems) {
  if (problems.fatal() || problems.stopped()) return;
  for (PendingAffiliation& pa : affiliations_) {
    auto report = [&](absl::string_view path_suffix, std::string message,
                      absl::StatusCode code) {
      std::string path = absl::StrCat(pa.path, path_suffix);
      late_[pa.record].push_back(
          LateProblem{pa.line, pa.column, path, message, code});
      problems.Add(pa.line, pa.column, std::move(path), std::move(message),
                   code);
      ++report_.records_skipped;
    };
    absl::StatusOr<ActorId> org = ResolveActor(pa.organization);
    if (!org.ok()) {
      report(".organization",
             org.status().code() == absl::StatusCode::kNotFound
                 ? absl::StrCat("no actor ", Quoted(pa.organization),
                                " in the file or in the graph")
                 : std::string(org.status().message()),
             org.status().code() == absl::StatusCode::kNotFound
                 ? absl::StatusCode::kNotFound
                 : absl::StatusCode::kInvalidArgument);
    } else {
      pa.affiliation.organization = *org;
      absl::Status s = graph_.AddAffiliation(pa.member, pa.affiliation);
      if (s.code() == absl::StatusCode::kAlreadyExists && pa.existing_member) {
        continue;  // the graph's actor has it already (O(1) to find out)
      }
      if (!s.ok()) {
        report("", std::string(s.message()), s.code());
      } else {
        ++report_.affiliations_added;
      }
    }
    if (problems.stopped()) return;
  }
}

}  // namespace diplograph::internal
