// Graph: construction, counts, record access, the StatementView accessors,
// the basic reads, Update() with its rollback, and the cache of derived
// views. Adding is in graph_add.cc and graph_add_statement.cc, statement
// indexing in statement_index.cc.

#include "diplograph/graph.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/string_view.h"
#include "model/names.h"
#include "store/graph_data.h"
#include "store/graph_helpers.h"
#include "store/statement_index.h"
#include "util/utf8.h"

namespace diplograph {

using internal::GraphData;
using internal::Quoted;
using internal::StatementExtra;
using internal::StatementJoint;
using internal::StatementRow;

namespace internal {
GraphData::GraphData() {
  event_types.emplace_back();
  event_type_ids.emplace(std::string(1, '\0'), 0);
}
}  // namespace internal

namespace internal {

std::string ActorLabel(const GraphData& d, ActorId id) {
  if (!HasActor(d, id)) return Describe(id);
  return absl::StrCat(Describe(id), " \"", d.actors[id.value].name, "\"");
}

// Records a change to what derived views show (structure_version()) and
// drops the cached ones. Called only from mutating calls, which have
// exclusive access, so the unlocked read cannot race with a reader.
void StructureChanged(GraphData& d) {
  ++d.structure_version;
  if (d.views.empty()) return;
  std::lock_guard<std::mutex> lock(d.views_mu);
  d.views.clear();
}

// Records, for every open Update() step, the alias/affiliation sizes of an
// actor that existed when the step began, before its first change in it.
void NoteActorChange(GraphData& d, ActorId id) {
  for (UndoMark& m : d.marks) {
    if (id.value >= m.actors) continue;
    const Actor& a = d.actors[id.value];
    m.actor_sizes.try_emplace(id.value, a.aliases.size(),
                              a.affiliations.size());
  }
}

void NoteEvidenceChange(GraphData& d, RelationshipId id) {
  for (UndoMark& m : d.marks) {
    if (id.value >= m.relationships) continue;
    m.evidence_sizes.try_emplace(id.value,
                                 d.relationships[id.value].evidence.size());
  }
}

void NoteMentionChange(GraphData& d, StatementId id) {
  for (UndoMark& m : d.marks) {
    if (id.value >= m.statements) continue;
    const StatementJoint* j = d.joint_of(id);
    m.mention_sizes.try_emplace(id.value, j ? j->mentions.size() : 0);
  }
}

namespace {

// Undoes the co-speakers and mentions of a failed Update() step: entries of
// statements [mark.statements, ...) go, mentions added to older statements
// are cut back.
void RollBackJoint(GraphData& d, const UndoMark& m) {
  if (d.joint.empty()) return;
  const auto first = static_cast<uint32_t>(m.statements);
  for (auto it = d.joint.begin(); it != d.joint.end();) {
    if (it->first >= first) {
      d.joint.erase(it++);
    } else {
      ++it;
    }
  }
  for (auto it = d.co_spoken.begin(); it != d.co_spoken.end();) {
    std::vector<StatementId>& list = it->second;
    list.erase(
        std::remove_if(list.begin(), list.end(),
                       [first](StatementId x) { return x.value >= first; }),
        list.end());
    if (list.empty()) {
      d.co_spoken.erase(it++);
    } else {
      ++it;
    }
  }
  for (const auto& [statement, size] : m.mention_sizes) {
    auto it = d.joint.find(statement);
    if (it == d.joint.end()) continue;
    it->second.mentions.resize(size);
    if (it->second.mentions.empty() && it->second.co_speakers.empty()) {
      d.joint.erase(it);
      d.statements[statement].has_joint = false;
    }
  }
}

}  // namespace

}  // namespace internal

using namespace internal;  // NOLINT: private helpers of this file

// ----------------------------------------------------------------------
// StatementView

absl::string_view StatementView::text() const {
  return data_->strings.Get(data_->statements[id_.value].text);
}
QuoteKind StatementView::quote() const {
  return data_->statements[id_.value].quote;
}
const EventType& StatementView::event_type() const {
  return data_->event_types[data_->statements[id_.value].event_type];
}
absl::string_view StatementView::channel() const {
  const StatementExtra* e = data_->extra(id_);
  return e ? data_->strings.Get(e->channel) : absl::string_view();
}
absl::string_view StatementView::location() const {
  const StatementExtra* e = data_->extra(id_);
  return e ? data_->strings.Get(e->location) : absl::string_view();
}
SourceId StatementView::source() const {
  const StatementExtra* e = data_->extra(id_);
  return e ? e->source : SourceId();
}
std::optional<TextSpan> StatementView::span() const {
  const StatementExtra* e = data_->extra(id_);
  return e ? e->span : std::nullopt;
}
absl::Span<const Report> StatementView::reported_by() const {
  const StatementExtra* e = data_->extra(id_);
  return e ? absl::MakeConstSpan(e->reported_by) : absl::Span<const Report>();
}
std::vector<absl::string_view> StatementView::topics() const {
  std::vector<absl::string_view> out;
  const StatementExtra* e = data_->extra(id_);
  if (e == nullptr) return out;
  out.reserve(e->topics.size());
  for (uint32_t t : e->topics) out.push_back(data_->strings.Get(t));
  return out;
}
absl::Span<const Stance> StatementView::stances() const {
  const StatementExtra* e = data_->extra(id_);
  return e ? absl::MakeConstSpan(e->stances) : absl::Span<const Stance>();
}
absl::Span<const StatementLink> StatementView::links() const {
  const StatementExtra* e = data_->extra(id_);
  return e ? absl::MakeConstSpan(e->links) : absl::Span<const StatementLink>();
}
absl::Span<const ActorId> StatementView::co_speakers() const {
  const StatementJoint* j = data_->joint_of(id_);
  return j ? absl::MakeConstSpan(j->co_speakers) : absl::Span<const ActorId>();
}
absl::Span<const StatementMention> StatementView::mentions() const {
  const StatementJoint* j = data_->joint_of(id_);
  return j ? absl::MakeConstSpan(j->mentions)
           : absl::Span<const StatementMention>();
}
std::optional<Polarity> StatementView::StanceToward(ActorId target) const {
  for (const Stance& s : stances()) {
    if (s.target == target) return s.polarity;
  }
  return std::nullopt;
}

Statement StatementView::ToStatement() const {
  Statement s;
  s.speaker = speaker();
  s.date = date();
  s.channel = std::string(channel());
  s.location = std::string(location());
  s.source = source();
  s.span = span();
  s.reported_by.assign(reported_by().begin(), reported_by().end());
  s.text = std::string(text());
  s.quote = quote();
  s.about.assign(about().begin(), about().end());
  for (absl::string_view t : topics()) s.topics.emplace_back(t);
  s.event_type = event_type();
  s.stances.assign(stances().begin(), stances().end());
  s.links.assign(links().begin(), links().end());
  s.co_speakers.assign(co_speakers().begin(), co_speakers().end());
  s.mentions.assign(mentions().begin(), mentions().end());
  return s;
}

// ----------------------------------------------------------------------
// Graph: construction

Graph::Graph() : data_(std::make_unique<GraphData>()) {}
Graph::~Graph() = default;
Graph::Graph(Graph&&) noexcept = default;
Graph& Graph::operator=(Graph&&) noexcept = default;

// ----------------------------------------------------------------------
// Graph: Update() and rollback

absl::Status Graph::Update(absl::FunctionRef<absl::Status(Graph&)> fn) {
  GraphData& d = *data_;
  // Statements added one by one before the step show in its reads.
  internal::EnsureIndexed(d);
  UndoMark mark;
  mark.actors = d.actors.size();
  mark.statements = d.statements.size();
  mark.about_pool = d.about_pool.size();
  mark.extras = d.extras.size();
  mark.event_types = d.event_types.size();
  mark.relationships = d.relationships.size();
  mark.sources = d.sources.size();
  mark.events = d.events.size();
  mark.strings = d.strings.size();
  d.marks.push_back(std::move(mark));
  ++d.update_depth;
  absl::Status status = fn(*this);
  --d.update_depth;
  const UndoMark m = std::move(d.marks.back());
  d.marks.pop_back();
  if (status.ok()) {
    // Lists are built or sorted once, at the end of the outermost step.
    if (d.update_depth == 0) {
      IndexNewStatements(d);
      if (d.lists_unsorted) SortAllLists(d);
      // The outermost mark holds every change to older records.
      d.last_update_changed_old_records =
          !m.actor_sizes.empty() || !m.evidence_sizes.empty() ||
          !m.corrected_actors.empty() || !m.mention_sizes.empty();
    }
    return status;
  }
  // Undo this step (only): truncate the tables, restore changed records,
  // rebuild indexes. Enclosing steps keep their own marks.
  RollBackJoint(d, m);
  d.actors.resize(m.actors);
  d.statements.resize(m.statements);
  d.about_pool.resize(m.about_pool);
  d.extras.resize(m.extras);
  for (size_t i = m.event_types; i < d.event_types.size(); ++i) {
    const EventType& t = d.event_types[i];
    d.event_type_ids.erase(d.EventTypeKey(t));
  }
  d.event_types.resize(m.event_types);
  d.last_event_type = 0;
  d.relationships.resize(m.relationships);
  d.sources.resize(m.sources);
  d.events.resize(m.events);
  d.strings.Truncate(m.strings);
  for (const auto& [actor, before] : m.corrected_actors) {
    Actor& a = d.actors[actor];
    a.name = before.name;
    a.kind = before.kind;
    a.iso3 = before.iso3;
    a.cameo_code = before.cameo_code;
    a.aliases = before.aliases;  // cut back to the mark's size below
  }
  for (const auto& [actor, sizes] : m.actor_sizes) {
    d.actors[actor].aliases.resize(sizes.first);
    d.actors[actor].affiliations.resize(sizes.second);
  }
  for (const auto& [rel, size] : m.evidence_sizes) {
    d.relationships[rel].evidence.resize(size);
  }
  d.affiliation_hashes.clear();  // rebuilt when next needed
  RebuildIndexes(d);
  if (d.update_depth == 0) IndexNewStatements(d);
  StructureChanged(d);
  return status;
}

// ----------------------------------------------------------------------
// Graph: reading

size_t Graph::actor_count() const { return data_->actors.size(); }
size_t Graph::statement_count() const { return data_->statements.size(); }
size_t Graph::relationship_count() const { return data_->relationships.size(); }
size_t Graph::source_count() const { return data_->sources.size(); }
size_t Graph::event_count() const { return data_->events.size(); }

bool Graph::Contains(ActorId id) const { return HasActor(*data_, id); }
bool Graph::Contains(StatementId id) const { return HasStatement(*data_, id); }
bool Graph::Contains(RelationshipId id) const {
  return HasRelationship(*data_, id);
}
bool Graph::Contains(SourceId id) const { return HasSource(*data_, id); }
bool Graph::Contains(EventId id) const {
  return id.valid() && id.value < data_->events.size();
}

const Actor& Graph::actor(ActorId id) const { return data_->actors[id.value]; }
StatementView Graph::statement(StatementId id) const {
  const StatementRow& row = data_->statements[id.value];
  return StatementView(data_.get(), id, row.speaker, row.date,
                       data_->about_pool.data() + row.about_begin,
                       row.about_count);
}
const Relationship& Graph::relationship(RelationshipId id) const {
  return data_->relationships[id.value];
}
const Source& Graph::source(SourceId id) const {
  return data_->sources[id.value];
}
const Event& Graph::event(EventId id) const { return data_->events[id.value]; }

absl::StatusOr<ActorId> Graph::FindActor(absl::string_view name) const {
  const GraphData& d = *data_;
  NameIndex::Entry e;
  if (!d.names.Find(name, &e) || (!e.canonical.valid() && e.alias.empty())) {
    return absl::NotFoundError(
        absl::StrCat("no actor is named ", Quoted(name)));
  }
  if (e.canonical.valid()) return e.canonical;
  if (e.alias.size() == 1) return e.alias.front();
  std::vector<std::string> candidates;
  for (ActorId id : e.alias) candidates.push_back(ActorLabel(d, id));
  return absl::FailedPreconditionError(absl::StrCat(
      "the name ", Quoted(name), " is ambiguous: it is an alias of ",
      absl::StrJoin(candidates, ", ")));
}

std::vector<ActorId> Graph::MatchActors(absl::string_view name) const {
  std::vector<ActorId> out;
  NameIndex::Entry e;
  if (!data_->names.Find(name, &e)) return out;
  // The aliases are ascending and distinct: merge the canonical actor in.
  out.reserve(e.alias.size() + 1);
  auto pos = e.alias.begin();
  if (e.canonical.valid()) {
    pos = std::lower_bound(e.alias.begin(), e.alias.end(), e.canonical);
    out.insert(out.end(), e.alias.begin(), pos);
    out.push_back(e.canonical);
    if (pos != e.alias.end() && *pos == e.canonical) ++pos;
  }
  out.insert(out.end(), pos, e.alias.end());
  return out;
}

absl::StatusOr<ActorId> Graph::FindActorByIso3(absl::string_view iso3) const {
  auto it = data_->iso3.find(iso3);
  if (it == data_->iso3.end()) {
    return absl::NotFoundError(
        absl::StrCat("no actor has the ISO 3166-1 code ", Quoted(iso3)));
  }
  return it->second;
}

absl::Span<const StatementId> Graph::StatementsBy(ActorId actor) const {
  internal::EnsureIndexed(*data_);
  return data_->lists[actor.value].by;
}
absl::Span<const StatementId> Graph::StatementsAbout(ActorId actor) const {
  internal::EnsureIndexed(*data_);
  return data_->lists[actor.value].about;
}
absl::Span<const RelationshipId> Graph::RelationshipsOf(ActorId actor) const {
  return data_->lists[actor.value].relationships;
}
absl::Span<const EventId> Graph::EventsOf(ActorId actor) const {
  return data_->lists[actor.value].events;
}
absl::Span<const ActorId> Graph::MembersOf(ActorId organization) const {
  return data_->lists[organization.value].members;
}

absl::Span<const StatementId> Graph::StatementsCoSpokenBy(ActorId actor) const {
  auto it = data_->co_spoken.find(actor.value);
  if (it == data_->co_spoken.end()) return {};
  return it->second;
}

std::optional<StatementId> Graph::FindSameStatement(
    const Statement& statement) const {
  const GraphData& d = *data_;
  if (!HasActor(d, statement.speaker)) return std::nullopt;
  const std::string words = FoldStatementText(statement.text);
  auto same = [&](StatementId id) {
    const StatementRow& row = d.statements[id.value];
    return row.speaker == statement.speaker && row.date == statement.date &&
           FoldStatementText(d.strings.Get(row.text)) == words;
  };
  std::optional<StatementId> found;
  // The indexed statements of the speaker on that date.
  const absl::Span<const StatementId> by = StatementsBy(statement.speaker);
  const uint32_t key = SortKey(statement.date);
  auto lo = std::partition_point(by.begin(), by.end(), [&](StatementId id) {
    return d.StatementDateKey(id) < key;
  });
  for (auto it = lo; it != by.end() && d.StatementDateKey(*it) == key; ++it) {
    if (same(*it) && (!found || *it < *found)) found = *it;
  }
  // The statements waiting to be indexed (inside Update()).
  const uint32_t indexed = d.indexed_statements.load(std::memory_order_acquire);
  for (uint32_t i = indexed; i < d.statements.size(); ++i) {
    if (found && found->value < i) break;
    if (same(StatementId(i))) {
      found = StatementId(i);
      break;
    }
  }
  return found;
}

absl::Span<const StatementId> Graph::StatementsFromTo(ActorId speaker,
                                                      ActorId target) const {
  internal::EnsureIndexed(*data_);
  return data_->pair_statements.Get(GraphData::PairKey(speaker, target));
}

StatementRange Graph::StatementsByDate() const {
  internal::EnsureIndexed(*data_);
  return data_->by_date.range();
}

absl::Span<const StatementId> Graph::LinksTo(StatementId statement) const {
  internal::EnsureIndexed(*data_);
  auto it = data_->links_to.find(statement.value);
  if (it == data_->links_to.end()) return {};
  return it->second;
}

uint64_t Graph::structure_version() const { return data_->structure_version; }

namespace internal {

std::shared_ptr<const void> DerivedViews::Get(
    const Graph& graph, const void* tag,
    absl::FunctionRef<std::shared_ptr<const void>()> build) {
  GraphData& d = *graph.data_;
  std::lock_guard<std::mutex> lock(d.views_mu);
  for (const GraphData::DerivedView& v : d.views) {
    if (v.tag == tag && v.version == d.structure_version) return v.view;
  }
  std::shared_ptr<const void> view = build();
  d.views.push_back({tag, d.structure_version, view});
  return view;
}

}  // namespace internal

}  // namespace diplograph
