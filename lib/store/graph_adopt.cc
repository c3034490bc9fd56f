// Adoption of prebuilt statement lists; see graph_adopt.h.

#include <algorithm>
#include <bit>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "diplograph/prebuilt_lists.h"
#include "model/date_keys.h"
#include "store/bulk_index.h"
#include "store/graph_data.h"
#include "store/pair_index.h"

namespace diplograph::internal {

static_assert(sizeof(StatementId) == 4);

uint32_t LeWords::Little(uint32_t v) {
  if constexpr (std::endian::native == std::endian::little) {
    return v;
  } else {
    return __builtin_bswap32(v);
  }
}

void LeWords::CopyTo(size_t first, size_t n, void* out) const {
  if constexpr (std::endian::native == std::endian::little) {
    if (n != 0) std::memcpy(out, data + 4 * first, 4 * n);
  } else {
    auto* o = static_cast<uint8_t*>(out);
    for (size_t i = 0; i < n; ++i) {
      const uint32_t v = (*this)[first + i];
      std::memcpy(o + 4 * i, &v, 4);
    }
  }
}

namespace {

// What the checks need of a statement, 12 bytes instead of a 32-byte row
// and a target pool entry, so that the random reads of the checks mostly
// hit the cache: its date key, speaker and only target.
struct Brief {
  static constexpr uint32_t kNone = 0xFFFFFFFFu;     // no target
  static constexpr uint32_t kSeveral = 0xFFFFFFFEu;  // look in about_pool
  uint32_t key;
  uint32_t speaker;
  uint32_t target;
};

// Checks one list, already copied to `ids`, against the statements: each id
// in range, the list strictly sorted by (date, id), and `belongs(row)` for
// each entry. `words` and `first` locate the list in the file.
class ListChecker {
 public:
  ListChecker(const GraphData& d, uint64_t* bad_offset)
      : d_(d),
        n_(static_cast<uint32_t>(d.statements.size())),
        bad_offset_(bad_offset) {
    briefs_.resize(n_);
    for (uint32_t i = 0; i < n_; ++i) {
      const StatementRow& row = d.statements[i];
      briefs_[i] = {SortKey(row.date), row.speaker.value,
                    row.about_count == 0   ? Brief::kNone
                    : row.about_count == 1 ? d.about_pool[row.about_begin].value
                                           : Brief::kSeveral};
    }
  }

  // `what` names the list in messages (built only on failure).
  template <typename Belongs>
  absl::Status Check(absl::Span<const StatementId> ids, const LeWords& words,
                     size_t first, absl::FunctionRef<std::string()> what,
                     Belongs belongs, const char* relation) {
    uint32_t prev_key = 0;
    uint32_t prev_id = 0;
    const Brief* briefs = briefs_.data();
    for (size_t j = 0; j < ids.size(); ++j) {
      // The rows are visited at random: fetch ahead.
      if (j + 16 < ids.size()) {
        __builtin_prefetch(briefs + std::min(ids[j + 16].value, n_ - 1));
      }
      const uint32_t id = ids[j].value;
      if (id >= n_) {
        return Fail(words, first + j,
                    absl::StrCat(what(), ", entry ", j, ": statement ", id,
                                 " out of range (", n_, " statements)"));
      }
      const Brief& row = briefs[id];
      if (!belongs(id, row)) {
        return Fail(words, first + j,
                    absl::StrCat(what(), ", entry ", j, ": statement ", id, " ",
                                 relation));
      }
      const uint32_t key = row.key;
      if (j > 0 && (key < prev_key || (key == prev_key && id <= prev_id))) {
        return Fail(words, first + j,
                    absl::StrCat(what(), ", entry ", j, ": statement ", id,
                                 " is out of (date, id) order"));
      }
      prev_key = key;
      prev_id = id;
    }
    return absl::OkStatus();
  }

  bool HasTarget(uint32_t id, const Brief& brief, uint32_t target) const {
    if (brief.target != Brief::kSeveral) return brief.target == target;
    const StatementRow& row = d_.statements[id];
    const ActorId* t = d_.about_pool.data() + row.about_begin;
    for (uint32_t k = 0; k < row.about_count; ++k) {
      if (t[k].value == target) return true;
    }
    return false;
  }

  absl::Status Fail(const LeWords& words, size_t i, std::string message) {
    *bad_offset_ = words.OffsetOf(i);
    return absl::DataLossError(std::move(message));
  }

 private:
  const GraphData& d_;
  uint32_t n_;
  uint64_t* bad_offset_;
  std::vector<Brief> briefs_;
};

// Fills one per-actor list kind (`by` or `about`) from `counts` and `ids`
// (`expected` entries in all) and checks it. `belongs(row, actor)` tells
// whether a statement belongs in the actor's list.
template <typename Belongs>
absl::Status AdoptActorLists(GraphData& d, ListChecker& check,
                             const LeWords& counts, const LeWords& ids,
                             std::vector<StatementId> ActorLists::*member,
                             size_t expected, absl::string_view name,
                             const char* relation, Belongs belongs) {
  const size_t actors = d.actors.size();
  if (counts.size != actors) {
    return check.Fail(counts, 0,
                      absl::StrCat(name, " lists: ", counts.size,
                                   " counts for ", actors, " actors"));
  }
  if (ids.size != expected) {
    return check.Fail(ids, 0,
                      absl::StrCat(name, " lists: ", ids.size, " entries, ",
                                   expected, " expected"));
  }
  size_t pos = 0;
  for (size_t a = 0; a < actors; ++a) {
    const uint32_t c = counts[a];
    if (c > ids.size - pos) {
      return check.Fail(
          counts, a,
          absl::StrCat(name, " list of actor ", a, ": ", c,
                       " entries, more than the ", ids.size - pos, " left"));
    }
    std::vector<StatementId>& list = d.lists[a].*member;
    list.resize(c);
    ids.CopyTo(pos, c, list.data());
    const auto actor = static_cast<uint32_t>(a);
    absl::Status s = check.Check(
        list, ids, pos,
        [&] { return absl::StrCat(name, " list of actor ", a); },
        [&](uint32_t id, const Brief& row) { return belongs(id, row, actor); },
        relation);
    if (!s.ok()) return s;
    pos += c;
  }
  if (pos != ids.size) {
    return check.Fail(ids, pos,
                      absl::StrCat(name, " lists: ", pos, " entries, ",
                                   ids.size, " expected"));
  }
  return absl::OkStatus();
}

absl::Status AdoptPairs(GraphData& d, ListChecker& check,
                        const PrebuiltStatementLists& lists) {
  const LeWords& heads = lists.pair_heads;
  const LeWords& ids = lists.pair_ids;
  const size_t actors = d.actors.size();
  if (heads.size % 3 != 0) {
    return check.Fail(heads, 0,
                      absl::StrCat("pair heads: ", heads.size,
                                   " words, not a multiple of 3"));
  }
  if (ids.size != d.about_pool.size()) {
    return check.Fail(ids, 0,
                      absl::StrCat("pair lists: ", ids.size, " entries, ",
                                   d.about_pool.size(), " expected"));
  }
  const size_t pairs = heads.size / 3;
  std::vector<StatementId> pool(ids.size);
  ids.CopyTo(0, ids.size, pool.data());
  size_t pos = 0;
  uint64_t prev_key = 0;
  for (size_t p = 0; p < pairs; ++p) {
    const uint32_t speaker = heads[3 * p];
    const uint32_t target = heads[3 * p + 1];
    const uint32_t c = heads[3 * p + 2];
    if (speaker >= actors || target >= actors) {
      return check.Fail(
          heads, 3 * p + (speaker >= actors ? 0 : 1),
          absl::StrCat("pair ", p, ": actor id ", std::max(speaker, target),
                       " out of range (", actors, " actors)"));
    }
    const uint64_t key = PairIndex::Key(ActorId(speaker), ActorId(target));
    if (p > 0 && key <= prev_key) {
      return check.Fail(heads, 3 * p,
                        absl::StrCat("pair ", p, " (", speaker, ", ", target,
                                     ") is out of (speaker, target) order"));
    }
    prev_key = key;
    if (c == 0 || c > ids.size - pos) {
      return check.Fail(
          heads, 3 * p + 2,
          absl::StrCat("pair ", p, ": ", c, " entries, not in [1, ",
                       ids.size - pos, "]"));
    }
    absl::Status s = check.Check(
        absl::Span<const StatementId>(pool.data() + pos, c), ids, pos,
        [&] { return absl::StrCat("pair list (", speaker, ", ", target, ")"); },
        [&](uint32_t id, const Brief& row) {
          return row.speaker == speaker && check.HasTarget(id, row, target);
        },
        "is not by the speaker about the target");
    if (!s.ok()) return s;
    pos += c;
  }
  if (pos != ids.size) {
    return check.Fail(
        ids, pos,
        absl::StrCat("pair lists: ", pos, " entries, ", ids.size, " expected"));
  }
  d.pair_statements.Adopt(std::move(pool), pairs, [&](size_t p) {
    return std::pair<uint64_t, uint32_t>(
        PairIndex::Key(ActorId(heads[3 * p]), ActorId(heads[3 * p + 1])),
        heads[3 * p + 2]);
  });
  return absl::OkStatus();
}

}  // namespace

void GraphAdopt::ReserveActors(Graph& graph, size_t actors) {
  GraphData& d = *graph.data_;
  d.actors.reserve(d.actors.size() + actors);
  d.lists.reserve(d.lists.size() + actors);
  d.names.Reserve(d.names.size() + actors, 0);  // the names' text grows
}

absl::Status GraphAdopt::AdoptStatementLists(
    Graph& graph, const PrebuiltStatementLists& lists, uint64_t* bad_offset) {
  GraphData& d = *graph.data_;
  if (d.update_depth != 1) {
    return absl::FailedPreconditionError(
        "statement lists are adopted only in the outermost Update()");
  }
  if (d.indexed_statements.load(std::memory_order_relaxed) != 0 ||
      !d.by_date.empty() || d.pair_statements.pair_count() != 0) {
    return absl::FailedPreconditionError(
        "statement lists are adopted only when no statement is indexed");
  }
  ListChecker check(d, bad_offset);
  absl::Status s = AdoptActorLists(
      d, check, lists.by_counts, lists.by_ids, &ActorLists::by,
      d.statements.size(), "by", "is not by this actor",
      [](uint32_t, const Brief& row, uint32_t a) { return row.speaker == a; });
  if (s.ok()) {
    s = AdoptActorLists(d, check, lists.about_counts, lists.about_ids,
                        &ActorLists::about, d.about_pool.size(), "about",
                        "is not about this actor",
                        [&](uint32_t id, const Brief& row, uint32_t a) {
                          return check.HasTarget(id, row, a);
                        });
  }
  if (s.ok()) s = AdoptPairs(d, check, lists);
  if (!s.ok()) {
    for (ActorLists& l : d.lists) {
      l.by = {};
      l.about = {};
    }
    d.pair_statements = PairIndex();
    return s;
  }
  IndexAllBulkAroundAdopted(d);
  return absl::OkStatus();
}

}  // namespace diplograph::internal
