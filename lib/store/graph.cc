#include "diplograph/graph.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/string_view.h"
#include "model/date_keys.h"
#include "model/names.h"
#include "store/graph_data.h"
#include "util/status_macros.h"
#include "util/utf8.h"

namespace diplograph {

using internal::CheckName;
using internal::GraphData;
using internal::kNoExtra;
using internal::Quoted;
using internal::StatementExtra;
using internal::StatementRow;

namespace internal {
GraphData::GraphData() {
  event_types.emplace_back();
  event_type_ids.emplace(std::string(1, '\0'), 0);
}
}  // namespace internal

namespace {

std::string Fold(absl::string_view name) { return absl::AsciiStrToLower(name); }

template <typename Tag>
std::string Describe(Id<Tag> id) {
  return absl::StrCat(
      Tag::kName, "#",
      id.valid() ? absl::StrCat(id.value) : std::string("invalid"));
}

// Checks free text: valid UTF-8.
absl::Status CheckText(absl::string_view field, absl::string_view text) {
  const size_t bad = internal::FindInvalidUtf8(text);
  if (bad != absl::string_view::npos) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, ": invalid UTF-8 at byte ", bad));
  }
  return absl::OkStatus();
}

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

}  // namespace

// ----------------------------------------------------------------------
// Private implementation helpers, kept as free functions over GraphData.

namespace internal {
namespace {

bool HasActor(const GraphData& d, ActorId id) {
  return id.valid() && id.value < d.actors.size();
}
bool HasStatement(const GraphData& d, StatementId id) {
  return id.valid() && id.value < d.statements.size();
}
bool HasSource(const GraphData& d, SourceId id) {
  return id.valid() && id.value < d.sources.size();
}
bool HasRelationship(const GraphData& d, RelationshipId id) {
  return id.valid() && id.value < d.relationships.size();
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

std::string ActorLabel(const GraphData& d, ActorId id) {
  if (!HasActor(d, id)) return Describe(id);
  return absl::StrCat(Describe(id), " \"", d.actors[id.value].name, "\"");
}

// Sort keys for the per-actor lists.
uint32_t RelationshipKey(const GraphData& d, RelationshipId id) {
  return internal::SortKey(d.relationships[id.value].valid.begin());
}
uint32_t EventKey(const GraphData& d, EventId id) {
  return internal::SortKey(d.events[id.value].date);
}

template <typename IdT, typename KeyFn>
void InsertSorted(std::vector<IdT>& list, IdT id, KeyFn key) {
  const uint32_t k = key(id);
  if (list.empty() || key(list.back()) <= k) {
    list.push_back(id);  // ids grow, so this keeps (key, id) order
    return;
  }
  auto pos = std::upper_bound(list.begin(), list.end(), id, [&](IdT a, IdT b) {
    const uint32_t ka = key(a), kb = key(b);
    return ka != kb ? ka < kb : a < b;
  });
  list.insert(pos, id);
}

// Sorts by (key, id). Each key is read once into a packed (key, id) word and
// the words are sorted, instead of comparing through two random record
// lookups per comparison; a list already in order is left as it is.
// `scratch` is reused between calls.
template <typename IdT, typename KeyFn>
void SortList(std::vector<IdT>& list, KeyFn key,
              std::vector<uint64_t>& scratch) {
  if (list.size() < 2) return;
  scratch.resize(list.size());
  bool sorted = true;
  for (size_t i = 0; i < list.size(); ++i) {
    scratch[i] = (static_cast<uint64_t>(key(list[i])) << 32) | list[i].value;
    if (i > 0 && scratch[i] < scratch[i - 1]) sorted = false;
  }
  if (sorted) return;
  std::sort(scratch.begin(), scratch.end());
  for (size_t i = 0; i < list.size(); ++i) {
    list[i] = IdT(static_cast<uint32_t>(scratch[i]));
  }
}

// Adds `id` to a relationship or event list: sorted now, or appended for
// sorting at the end of the enclosing Update().
template <typename IdT, typename KeyFn>
void AddToList(GraphData& d, std::vector<IdT>& list, IdT id, KeyFn key) {
  if (d.update_depth > 0) {
    list.push_back(id);
    d.lists_unsorted = true;
  } else {
    InsertSorted(list, id, key);
  }
}

// Sorts the relationship, event and member lists after an Update().
void SortAllLists(GraphData& d) {
  auto rkey = [&d](RelationshipId id) { return RelationshipKey(d, id); };
  auto ekey = [&d](EventId id) { return EventKey(d, id); };
  std::vector<uint64_t> scratch;
  for (ActorLists& l : d.lists) {
    SortList(l.relationships, rkey, scratch);
    SortList(l.events, ekey, scratch);
    std::sort(l.members.begin(), l.members.end());
    l.members.erase(std::unique(l.members.begin(), l.members.end()),
                    l.members.end());
  }
  d.lists_unsorted = false;
}

// Statements [first, end) ordered by (date, id). A stable two-pass radix
// sort on the 32-bit date key keeps ids ascending within a date.
// O(n + 2^16) time, 12 bytes per statement of scratch at the peak.
std::vector<StatementId> OrderByDate(const GraphData& d, uint32_t first,
                                     uint32_t end) {
  const size_t n = end - first;
  std::vector<StatementId> out(n);
  std::vector<uint32_t> keys(n);
  for (size_t i = 0; i < n; ++i) {
    keys[i] = internal::SortKey(d.statements[first + i].date);
  }
  if (std::is_sorted(keys.begin(), keys.end())) {
    for (size_t i = 0; i < n; ++i) {
      out[i] = StatementId(first + static_cast<uint32_t>(i));
    }
    return out;
  }
  if (n < 4096) {
    std::vector<uint64_t> packed(n);
    for (size_t i = 0; i < n; ++i) {
      packed[i] = (static_cast<uint64_t>(keys[i]) << 32) | (first + i);
    }
    std::sort(packed.begin(), packed.end());
    for (size_t i = 0; i < n; ++i) {
      out[i] = StatementId(static_cast<uint32_t>(packed[i]));
    }
    return out;
  }
  constexpr size_t kBuckets = size_t{1} << 16;
  std::vector<size_t> count(kBuckets + 1);
  // Pass 1, low half of the key: offsets into tmp.
  std::vector<uint32_t> tmp(n);
  for (uint32_t k : keys) ++count[(k & 0xFFFF) + 1];
  for (size_t b = 1; b <= kBuckets; ++b) count[b] += count[b - 1];
  for (size_t i = 0; i < n; ++i) {
    tmp[count[keys[i] & 0xFFFF]++] = static_cast<uint32_t>(i);
  }
  // Pass 2, high half.
  std::fill(count.begin(), count.end(), 0);
  for (uint32_t k : keys) ++count[(k >> 16) + 1];
  for (size_t b = 1; b <= kBuckets; ++b) count[b] += count[b - 1];
  for (size_t i = 0; i < n; ++i) {
    const uint32_t k = tmp[i];
    out[count[keys[k] >> 16]++] = StatementId(first + k);
  }
  return out;
}

// Merges a sorted new tail list[old_size..] into the sorted old part
// list[..old_size] where the two overlap in time.
void MergeTail(const GraphData& d, absl::Span<StatementId> list,
               size_t old_size) {
  if (old_size == 0 || old_size >= list.size()) return;
  const auto mid = list.begin() + static_cast<ptrdiff_t>(old_size);
  // Old ids are smaller, so equal dates are already in order.
  if (d.StatementDateKey(*(mid - 1)) <= d.StatementDateKey(*mid)) return;
  std::inplace_merge(list.begin(), mid, list.end(),
                     [&d](StatementId a, StatementId b) {
                       const uint32_t ka = d.StatementDateKey(a);
                       const uint32_t kb = d.StatementDateKey(b);
                       return ka != kb ? ka < kb : a < b;
                     });
}

// The same for a list whose old part holds exactly the ids < first.
void MergeTail(const GraphData& d, std::vector<StatementId>& list,
               uint32_t first) {
  const auto mid =
      std::partition_point(list.begin(), list.end(),
                           [first](StatementId x) { return x.value < first; });
  MergeTail(d, absl::MakeSpan(list), static_cast<size_t>(mid - list.begin()));
}

// Calls fn(linked statement) once for each statement that `row` links to
// (two links of different kinds to one statement count once).
template <typename Fn>
void ForEachLinkedStatement(const GraphData& d, const StatementRow& row,
                            Fn fn) {
  if (row.extra == kNoExtra) return;
  const std::vector<StatementLink>& links = d.extras[row.extra].links;
  for (size_t i = 0; i < links.size(); ++i) {
    bool seen = false;
    for (size_t j = 0; j < i && !seen; ++j) {
      seen = links[j].statement == links[i].statement;
    }
    if (!seen) fn(links[i].statement.value);
  }
}

// Puts statement `id` into every statement list at its place. O(1) per
// list when it is the latest there, else O(list size) for the shift.
void IndexOne(GraphData& d, StatementId id) {
  auto key = [&d](StatementId x) { return d.StatementDateKey(x); };
  const StatementRow& row = d.statements[id.value];
  InsertSorted(d.lists[row.speaker.value].by, id, key);
  InsertSorted(d.by_date, id, key);
  for (uint32_t k = 0; k < row.about_count; ++k) {
    const ActorId t = d.about_pool[row.about_begin + k];
    InsertSorted(d.lists[t.value].about, id, key);
    d.pair_statements.Insert(GraphData::PairKey(row.speaker, t), id, key);
  }
  ForEachLinkedStatement(d, row, [&](uint32_t target) {
    InsertSorted(d.links_to[target], id, key);
  });
}

// Adds statements [indexed_statements, statements.size()) to the statement
// lists. They are taken in (date, id) order, so every list gets a sorted
// tail, merged into its old part only where the two overlap in time.
// O(n + touched list sizes) for n new statements, plus O(n log n) for merges
// into older lists.
void IndexNewStatements(GraphData& d) {
  const uint32_t first = d.indexed_statements.load(std::memory_order_relaxed);
  const auto end = static_cast<uint32_t>(d.statements.size());
  if (first >= end) {
    d.indexed_statements.store(end, std::memory_order_release);
    return;
  }
  // A few statements (single adds read back soon): insert each, which costs
  // a shift per list but no pass over every list touched and no buffers.
  // Below about 128 that is the cheaper way (graph_benchmark, ReadEvery).
  constexpr uint32_t kFew = 128;
  if (end - first <= kFew) {
    for (uint32_t i = first; i < end; ++i) IndexOne(d, StatementId(i));
    d.indexed_statements.store(end, std::memory_order_release);
    return;
  }
  std::vector<StatementId> order = OrderByDate(d, first, end);

  // Lists that get their first new entry are noted, to merge afterwards.
  std::vector<uint32_t> touched_by, touched_about, touched_links;
  auto append = [first](std::vector<StatementId>& list, StatementId id,
                        auto& touched, auto which) {
    if (list.empty() || list.back().value < first) touched.push_back(which);
    list.push_back(id);
  };
  d.by_date.reserve(end);
  for (size_t n = 0; n < order.size(); ++n) {
    // Rows are visited in date order, i.e. at random: fetch ahead.
    if (n + 16 < order.size()) {
      __builtin_prefetch(&d.statements[order[n + 16].value]);
    }
    const StatementId id = order[n];
    const StatementRow& row = d.statements[id.value];
    append(d.lists[row.speaker.value].by, id, touched_by, row.speaker.value);
    d.by_date.push_back(id);
    for (uint32_t k = 0; k < row.about_count; ++k) {
      const ActorId t = d.about_pool[row.about_begin + k];
      append(d.lists[t.value].about, id, touched_about, t.value);
    }
    ForEachLinkedStatement(d, row, [&](uint32_t target) {
      append(d.links_to[target], id, touched_links, target);
    });
  }
  order = {};
  // Pairs, speaker by speaker: the new tail of the speaker's list is in
  // date order; a stable sort by target makes one run per pair, appended
  // at once. Scratch memory: 8 bytes per entry of one speaker.
  d.pair_statements.ReserveMore(d.about_pool.size() -
                                d.statements[first].about_begin);
  std::vector<std::pair<uint32_t, StatementId>> entries;  // (target, id)
  std::vector<StatementId> run;
  for (uint32_t speaker : touched_by) {
    const std::vector<StatementId>& by = d.lists[speaker].by;
    const auto tail = std::partition_point(
        by.begin(), by.end(),
        [first](StatementId x) { return x.value < first; });
    entries.clear();
    for (auto it = tail; it != by.end(); ++it) {
      if (by.end() - it > 16)
        __builtin_prefetch(&d.statements[(it + 16)->value]);
      const StatementRow& row = d.statements[it->value];
      for (uint32_t k = 0; k < row.about_count; ++k) {
        entries.emplace_back(d.about_pool[row.about_begin + k].value, *it);
      }
    }
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const auto& a, const auto& b) { return a.first < b.first; });
    for (size_t i = 0; i < entries.size();) {
      const uint32_t target = entries[i].first;
      run.clear();
      for (; i < entries.size() && entries[i].first == target; ++i) {
        run.push_back(entries[i].second);
      }
      uint32_t old_size = 0;
      const absl::Span<StatementId> list = d.pair_statements.Append(
          GraphData::PairKey(ActorId(speaker), ActorId(target)), run,
          &old_size);
      MergeTail(d, list, old_size);
    }
  }
  for (uint32_t a : touched_by) MergeTail(d, d.lists[a].by, first);
  for (uint32_t a : touched_about) MergeTail(d, d.lists[a].about, first);
  for (uint32_t s : touched_links) MergeTail(d, d.links_to[s], first);
  MergeTail(d, d.by_date, first);
  d.indexed_statements.store(end, std::memory_order_release);
}

// Indexes waiting statements before a read of a statement list. Readers
// may call it concurrently: the first takes the lock and indexes, the
// others wait for it or see the published count. Inside Update() nothing is
// indexed (a rollback must find waiting statements in no list), so reads
// there do not show the statements waiting.
void EnsureIndexed(GraphData& d) {
  const size_t n = d.statements.size();
  if (d.indexed_statements.load(std::memory_order_acquire) == n) return;
  if (d.update_depth > 0) return;
  std::lock_guard<std::mutex> lock(d.index_mu);
  if (d.indexed_statements.load(std::memory_order_acquire) == n) return;
  IndexNewStatements(d);
}

void IndexName(GraphData& d, absl::string_view name, ActorId id,
               bool canonical) {
  NameEntry& e = d.names[Fold(name)];
  std::vector<ActorId>& v = canonical ? e.canonical : e.alias;
  auto pos = std::lower_bound(v.begin(), v.end(), id);
  if (pos == v.end() || *pos != id) v.insert(pos, id);
}

void AddMember(GraphData& d, ActorId organization, ActorId member) {
  std::vector<ActorId>& m = d.lists[organization.value].members;
  auto pos = std::lower_bound(m.begin(), m.end(), member);
  if (pos == m.end() || *pos != member) m.insert(pos, member);
}

// Rebuilds the actor, relationship and event indexes from the record
// tables after a rollback. The statement lists stay: a rollback happens
// inside Update(), where new statements are not indexed yet, so it only
// removes statements that no list holds.
void RebuildIndexes(GraphData& d) {
  d.lists.resize(d.actors.size());
  for (ActorLists& l : d.lists) {
    l.relationships.clear();
    l.events.clear();
    l.members.clear();
  }
  d.names.clear();
  d.iso3.clear();
  for (uint32_t i = 0; i < d.actors.size(); ++i) {
    const ActorId id(i);
    const Actor& a = d.actors[i];
    IndexName(d, a.name, id, true);
    for (const std::string& alias : a.aliases) IndexName(d, alias, id, false);
    if (!a.iso3.empty()) d.iso3.emplace(a.iso3, id);
    for (const Affiliation& f : a.affiliations) {
      d.lists[f.organization.value].members.push_back(id);
    }
  }
  for (uint32_t i = 0; i < d.relationships.size(); ++i) {
    const Relationship& r = d.relationships[i];
    d.lists[r.from.value].relationships.push_back(RelationshipId(i));
    d.lists[r.to.value].relationships.push_back(RelationshipId(i));
  }
  for (uint32_t i = 0; i < d.events.size(); ++i) {
    for (ActorId p : d.events[i].participants) {
      d.lists[p.value].events.push_back(EventId(i));
    }
  }
  SortAllLists(d);
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

uint32_t InternEventType(GraphData& d, const EventType& type) {
  if (type.empty()) return 0;
  // Statements usually repeat the type of the one before.
  if (d.last_event_type != 0 && d.event_types[d.last_event_type] == type) {
    return d.last_event_type;
  }
  std::string& key = d.event_type_key;  // reused to avoid allocations
  key.assign(type.code);
  key.push_back('\0');
  key.append(type.name);
  auto it = d.event_type_ids.find(key);
  if (it != d.event_type_ids.end()) return d.last_event_type = it->second;
  const auto id = static_cast<uint32_t>(d.event_types.size());
  d.event_types.push_back(type);
  d.event_type_ids.emplace(key, id);
  return d.last_event_type = id;
}

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
}  // namespace internal

using namespace internal;  // NOLINT: private helpers of this file

// ----------------------------------------------------------------------
// StatementView

namespace {
const StatementExtra kEmptyExtra;
}  // namespace

ActorId StatementView::speaker() const {
  return data_->statements[id_.value].speaker;
}
Date StatementView::date() const { return data_->statements[id_.value].date; }
absl::string_view StatementView::text() const {
  return data_->strings.Get(data_->statements[id_.value].text);
}
QuoteKind StatementView::quote() const {
  return data_->statements[id_.value].quote;
}
absl::Span<const ActorId> StatementView::about() const {
  const StatementRow& row = data_->statements[id_.value];
  return absl::Span<const ActorId>(data_->about_pool.data() + row.about_begin,
                                   row.about_count);
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
  return s;
}

// ----------------------------------------------------------------------
// Graph: construction

Graph::Graph() : data_(std::make_unique<GraphData>()) {}
Graph::~Graph() = default;
Graph::Graph(Graph&&) noexcept = default;
Graph& Graph::operator=(Graph&&) noexcept = default;

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
  const std::string folded = Fold(actor.name);
  if (auto it = d.names.find(folded);
      it != d.names.end() && !it->second.canonical.empty()) {
    return fail(absl::AlreadyExistsError(
        absl::StrCat("name: already the name of ",
                     ActorLabel(d, it->second.canonical.front()))));
  }
  absl::flat_hash_set<std::string> seen = {folded};
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
  for (size_t i = 0; i < actor.affiliations.size(); ++i) {
    const std::string field = absl::StrCat("affiliations[", i, "]");
    if (absl::Status s =
            ValidateAffiliation(d, id, actor.affiliations[i], field);
        !s.ok()) {
      return fail(s);
    }
    for (size_t j = 0; j < i; ++j) {
      if (actor.affiliations[j] == actor.affiliations[i]) {
        return fail(absl::InvalidArgumentError(
            absl::StrCat(field, ": repeats affiliations[", j, "]")));
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
  const std::string folded = Fold(alias);
  if (Fold(a.name) == folded) return absl::OkStatus();
  for (const std::string& existing : a.aliases) {
    if (Fold(existing) == folded) return absl::OkStatus();
  }
  NoteActorChange(d, actor);
  a.aliases.emplace_back(alias);
  IndexName(d, alias, actor, false);
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
  for (const Affiliation& f : a.affiliations) {
    if (f == affiliation) {
      return absl::AlreadyExistsError(absl::StrCat(
          record, ": affiliation: already has role \"", affiliation.role,
          "\" in ", ActorLabel(d, affiliation.organization), " over ",
          affiliation.valid.ToString()));
    }
  }
  NoteActorChange(d, member);
  a.affiliations.push_back(affiliation);
  AddMember(d, affiliation.organization, member);
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

absl::StatusOr<StatementId> Graph::AddStatement(const Statement& s) {
  GraphData& d = *data_;
  auto record = [&] {
    return absl::StrCat("statement (speaker ", ActorLabel(d, s.speaker),
                        ", date ", s.date.ToString(), ")");
  };
  auto fail = [&](const absl::Status& st) { return InRecord(record(), st); };

  if (absl::Status st = RequireActor(d, "speaker", s.speaker); !st.ok()) {
    return fail(st);
  }
  for (auto [field, text] :
       {std::pair<absl::string_view, absl::string_view>{"text", s.text},
        {"channel", s.channel},
        {"location", s.location}}) {
    if (absl::Status st = CheckText(field, text); !st.ok()) return fail(st);
  }
  if (s.source.valid() && !Contains(s.source)) {
    return fail(absl::NotFoundError(
        absl::StrCat("source: no ", Describe(s.source), " in the graph")));
  }
  if (s.span.has_value()) {
    if (!s.source.valid()) {
      return fail(
          absl::InvalidArgumentError("span: a text span needs a source"));
    }
    if (s.span->end < s.span->begin) {
      return fail(absl::InvalidArgumentError(absl::StrCat(
          "span: end ", s.span->end, " is before begin ", s.span->begin)));
    }
  }
  if (static_cast<unsigned>(s.quote) > 1) {
    return fail(absl::InvalidArgumentError("quote: value out of range"));
  }
  for (size_t i = 0; i < s.reported_by.size(); ++i) {
    const std::string field = absl::StrCat("reported_by[", i, "]");
    if (absl::Status st = RequireActor(d, absl::StrCat(field, ".outlet"),
                                       s.reported_by[i].outlet);
        !st.ok()) {
      return fail(st);
    }
    if (static_cast<unsigned>(s.reported_by[i].kind) > 1) {
      return fail(absl::InvalidArgumentError(
          absl::StrCat(field, ".kind: value out of range")));
    }
    for (size_t j = 0; j < i; ++j) {
      if (s.reported_by[j].outlet == s.reported_by[i].outlet) {
        return fail(absl::InvalidArgumentError(
            absl::StrCat(field, ".outlet: repeats reported_by[", j, "]")));
      }
    }
  }
  for (size_t i = 0; i < s.about.size(); ++i) {
    if (!HasActor(d, s.about[i])) {
      return fail(RequireActor(d, absl::StrCat("about[", i, "]"), s.about[i]));
    }
    for (size_t j = 0; j < i; ++j) {
      if (s.about[j] == s.about[i]) {
        return fail(absl::InvalidArgumentError(
            absl::StrCat("about[", i, "]: ", ActorLabel(d, s.about[i]),
                         " is listed twice")));
      }
    }
  }
  absl::flat_hash_set<absl::string_view> topics_seen;
  for (size_t i = 0; i < s.topics.size(); ++i) {
    const std::string field = absl::StrCat("topics[", i, "]");
    if (absl::Status st = CheckName(field, s.topics[i]); !st.ok())
      return fail(st);
    if (!topics_seen.insert(s.topics[i]).second) {
      return fail(absl::InvalidArgumentError(
          absl::StrCat(field, ": \"", s.topics[i], "\" is listed twice")));
    }
  }
  if (absl::Status st = ValidateEventType(s.event_type); !st.ok()) {
    return fail(InRecord("event_type", st));
  }
  if (absl::Status st = CheckText("event_type.code", s.event_type.code);
      !st.ok()) {
    return fail(st);
  }
  if (absl::Status st = CheckText("event_type.name", s.event_type.name);
      !st.ok()) {
    return fail(st);
  }
  absl::flat_hash_set<ActorId> stance_seen;
  for (size_t i = 0; i < s.stances.size(); ++i) {
    const std::string field = absl::StrCat("stances[", i, "]");
    if (absl::Status st = RequireActor(d, absl::StrCat(field, ".target"),
                                       s.stances[i].target);
        !st.ok()) {
      return fail(st);
    }
    if (absl::Status st = CheckPolarity(absl::StrCat(field, ".polarity"),
                                        s.stances[i].polarity);
        !st.ok()) {
      return fail(st);
    }
    if (!stance_seen.insert(s.stances[i].target).second) {
      return fail(absl::InvalidArgumentError(
          absl::StrCat(field, ".target: a second stance toward ",
                       ActorLabel(d, s.stances[i].target))));
    }
  }
  for (size_t i = 0; i < s.links.size(); ++i) {
    const std::string field = absl::StrCat("links[", i, "]");
    const StatementLink& link = s.links[i];
    if (!link.statement.valid()) {
      return fail(absl::InvalidArgumentError(
          absl::StrCat(field, ".statement: missing")));
    }
    if (!Contains(link.statement)) {
      return fail(absl::NotFoundError(absl::StrCat(field, ".statement: no ",
                                                   Describe(link.statement),
                                                   " in the graph")));
    }
    if (static_cast<unsigned>(link.kind) > 1) {
      return fail(absl::InvalidArgumentError(
          absl::StrCat(field, ".kind: value out of range")));
    }
    if (absl::Status st =
            CheckPolarity(absl::StrCat(field, ".stance"), link.stance);
        !st.ok()) {
      return fail(st);
    }
    for (size_t j = 0; j < i; ++j) {
      if (s.links[j].statement == link.statement &&
          s.links[j].kind == link.kind) {
        return fail(absl::InvalidArgumentError(
            absl::StrCat(field, ": repeats links[", j, "]")));
      }
    }
  }

  // Valid: commit.
  const StatementId id(static_cast<uint32_t>(d.statements.size()));
  StatementRow row;
  row.speaker = s.speaker;
  row.date = s.date;
  row.text = d.strings.Add(s.text);  // texts rarely repeat: no hash entry
  row.event_type = InternEventType(d, s.event_type);
  row.about_begin = static_cast<uint32_t>(d.about_pool.size());
  row.about_count = static_cast<uint32_t>(s.about.size());
  row.quote = s.quote;
  d.about_pool.insert(d.about_pool.end(), s.about.begin(), s.about.end());
  const bool needs_extra = !s.channel.empty() || !s.location.empty() ||
                           s.source.valid() || s.span.has_value() ||
                           !s.reported_by.empty() || !s.topics.empty() ||
                           !s.stances.empty() || !s.links.empty();
  if (needs_extra) {
    StatementExtra e;
    e.channel = d.strings.Intern(s.channel);
    e.location = d.strings.Intern(s.location);
    e.source = s.source;
    e.span = s.span;
    e.reported_by = s.reported_by;
    for (const std::string& t : s.topics)
      e.topics.push_back(d.strings.Intern(t));
    e.stances = s.stances;
    e.links = s.links;
    row.extra = static_cast<uint32_t>(d.extras.size());
    d.extras.push_back(std::move(e));
  }
  d.statements.push_back(row);

  // Outside Update(), a statement that is the latest by date, with none
  // waiting before it, goes at the end of every list it joins: index it
  // now, in O(1) per list. Any other waits (see GraphData), so that adds
  // out of date order cost one pass at the next read instead of shifting
  // the lists on every add.
  const uint32_t waiting_before =
      static_cast<uint32_t>(id.value) -
      d.indexed_statements.load(std::memory_order_relaxed);
  const bool latest =
      d.by_date.empty() ||
      d.StatementDateKey(d.by_date.back()) <= internal::SortKey(row.date);
  if (d.update_depth == 0 && waiting_before == 0 && latest) {
    IndexOne(d, id);
    d.indexed_statements.store(static_cast<uint32_t>(d.statements.size()),
                               std::memory_order_release);
  }
  StructureChanged(d);
  return id;
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
    }
    return status;
  }
  // Undo this step (only): truncate the tables, restore changed records,
  // rebuild indexes. Enclosing steps keep their own marks.
  d.actors.resize(m.actors);
  d.statements.resize(m.statements);
  d.about_pool.resize(m.about_pool);
  d.extras.resize(m.extras);
  for (size_t i = m.event_types; i < d.event_types.size(); ++i) {
    const EventType& t = d.event_types[i];
    d.event_type_ids.erase(absl::StrCat(t.code, std::string(1, '\0'), t.name));
  }
  d.event_types.resize(m.event_types);
  d.last_event_type = 0;
  d.relationships.resize(m.relationships);
  d.sources.resize(m.sources);
  d.events.resize(m.events);
  d.strings.Truncate(m.strings);
  for (const auto& [actor, sizes] : m.actor_sizes) {
    d.actors[actor].aliases.resize(sizes.first);
    d.actors[actor].affiliations.resize(sizes.second);
  }
  for (const auto& [rel, size] : m.evidence_sizes) {
    d.relationships[rel].evidence.resize(size);
  }
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
  return StatementView(data_.get(), id);
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
  auto it = d.names.find(Fold(name));
  if (it == d.names.end() ||
      (it->second.canonical.empty() && it->second.alias.empty())) {
    return absl::NotFoundError(
        absl::StrCat("no actor is named ", Quoted(name)));
  }
  const NameEntry& e = it->second;
  if (!e.canonical.empty()) return e.canonical.front();
  if (e.alias.size() == 1) return e.alias.front();
  std::vector<std::string> candidates;
  for (ActorId id : e.alias) candidates.push_back(ActorLabel(d, id));
  return absl::FailedPreconditionError(absl::StrCat(
      "the name ", Quoted(name), " is ambiguous: it is an alias of ",
      absl::StrJoin(candidates, ", ")));
}

std::vector<ActorId> Graph::MatchActors(absl::string_view name) const {
  std::vector<ActorId> out;
  auto it = data_->names.find(Fold(name));
  if (it == data_->names.end()) return out;
  out = it->second.canonical;
  out.insert(out.end(), it->second.alias.begin(), it->second.alias.end());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
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

absl::Span<const StatementId> Graph::StatementsFromTo(ActorId speaker,
                                                      ActorId target) const {
  internal::EnsureIndexed(*data_);
  return data_->pair_statements.Get(GraphData::PairKey(speaker, target));
}

absl::Span<const StatementId> Graph::StatementsByDate() const {
  internal::EnsureIndexed(*data_);
  return data_->by_date;
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
