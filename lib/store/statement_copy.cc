// CopyStatementRecords (statement_copy.h): the checks first, then the
// appends, tail by tail.

#include "store/statement_copy.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "store/graph_data.h"
#include "store/graph_helpers.h"
#include "store/statement_index.h"

namespace diplograph::internal {
namespace {

absl::Status Mismatch(uint32_t statement, absl::string_view field,
                      absl::string_view what) {
  return absl::DataLossError(
      absl::StrCat("copying statement#", statement, ": ", field, ": ", what));
}

// Appends src's tail of a vector-like table to dst's.
template <typename T>
void AppendTail(const std::vector<T>& src, std::vector<T>& dst) {
  dst.insert(dst.end(), src.begin() + static_cast<ptrdiff_t>(dst.size()),
             src.end());
}

}  // namespace

absl::Status CopyStatementRecords(const GraphData& src, GraphData& dst,
                                  uint32_t first, uint32_t end) {
  if (first != dst.statements.size() || end != src.statements.size() ||
      first > end) {
    return absl::FailedPreconditionError(
        absl::StrCat("copying statements [", first, ", ", end,
                     "): the copy holds ", dst.statements.size(),
                     " statements and the source ", src.statements.size()));
  }
  if (dst.actors.size() != src.actors.size() ||
      dst.relationships.size() != src.relationships.size() ||
      dst.sources.size() != src.sources.size() ||
      dst.events.size() != src.events.size()) {
    return absl::FailedPreconditionError(
        "copying statements: the copy and the source differ in actors, "
        "relationships, sources or events");
  }
  if (dst.strings.size() > src.strings.size() ||
      dst.event_types.size() > src.event_types.size() ||
      dst.about_pool.size() > src.about_pool.size() ||
      dst.extras.size() > src.extras.size()) {
    return absl::FailedPreconditionError(
        "copying statements: the copy holds strings, event types, targets "
        "or side-table entries the source lacks");
  }

  // Where an add would have put each statement's parts, given dst's
  // tables: targets and side-table entries follow one another, texts are
  // new strings in increasing order (StringPool::Add), the other strings
  // and event types exist in src.
  const size_t old_strings = dst.strings.size();
  size_t about = dst.about_pool.size();
  size_t extras = dst.extras.size();
  std::vector<uint32_t> texts;  // ids of the texts added, increasing
  for (uint32_t i = first; i < end; ++i) {
    const StatementRow& row = src.statements[i];
    if (row.about_begin != about ||
        row.about_count > src.about_pool.size() - about) {
      return Mismatch(i, "about", "not the next targets of the pool");
    }
    about += row.about_count;
    if (row.text != 0) {
      if (row.text < old_strings || row.text >= src.strings.size() ||
          (!texts.empty() && row.text <= texts.back())) {
        return Mismatch(i, "text", "not a string added after the copy's");
      }
      texts.push_back(row.text);
    }
    if (row.event_type >= src.event_types.size()) {
      return Mismatch(i, "event_type", "no such event type");
    }
    if (row.extra != kNoExtra) {
      if (row.extra != extras) {
        return Mismatch(i, "extra", "not the next side-table entry");
      }
      const StatementExtra& e = src.extras[row.extra];
      bool strings_ok =
          e.channel < src.strings.size() && e.location < src.strings.size();
      for (uint32_t t : e.topics) strings_ok &= t < src.strings.size();
      if (!strings_ok) {
        return Mismatch(i, "channel, location or topics", "no such string");
      }
      ++extras;
    }
    if (row.has_joint && src.joint.find(i) == src.joint.end()) {
      return Mismatch(i, "co_speakers/mentions", "no joint entry");
    }
  }
  if (about != src.about_pool.size() || extras != src.extras.size()) {
    return absl::DataLossError(absl::StrCat(
        "copying statements [", first, ", ", end,
        "): the source holds targets or side-table entries that no copied "
        "statement owns"));
  }

  // Event types, in id order, with their look-up keys.
  for (size_t t = dst.event_types.size(); t < src.event_types.size(); ++t) {
    const EventType& type = src.event_types[t];
    if (!dst.event_type_ids
             .emplace(dst.EventTypeKey(type), static_cast<uint32_t>(t))
             .second) {
      return absl::DataLossError(absl::StrCat(
          "copying statements: event type #", t, " is already in the copy"));
    }
    dst.event_types.push_back(type);
  }
  dst.last_event_type =
      src.last_event_type < dst.event_types.size() ? src.last_event_type : 0;

  // Strings, in id order: texts are stored without a hash entry, as
  // StringPool::Add did in src; the others are interned, which must give
  // them their id in src (a string dst had already would get an older
  // one).
  size_t next_text = 0;
  for (size_t k = old_strings; k < src.strings.size(); ++k) {
    const auto id = static_cast<uint32_t>(k);
    const absl::string_view s = src.strings.Get(id);
    uint32_t got;
    if (next_text < texts.size() && texts[next_text] == id) {
      ++next_text;
      got = dst.strings.Add(s);
    } else {
      got = dst.strings.Intern(s);
    }
    if (got != id) {
      return absl::DataLossError(absl::StrCat("copying statements: string #",
                                              id, " gets id ", got,
                                              " in the copy"));
    }
  }

  // The rows and what they own, as the source holds them.
  AppendTail(src.statements, dst.statements);
  AppendTail(src.about_pool, dst.about_pool);
  AppendTail(src.extras, dst.extras);
  auto key = [&dst](StatementId x) { return dst.StatementDateKey(x); };
  for (uint32_t i = first; i < end; ++i) {
    if (!src.statements[i].has_joint) continue;
    const StatementJoint& joint = src.joint.find(i)->second;
    dst.joint[i] = joint;
    for (ActorId a : joint.co_speakers) {
      InsertSorted(dst.co_spoken[a.value], StatementId(i), key);
    }
  }
  if (end > first) StructureChanged(dst);
  return absl::OkStatus();
}

}  // namespace diplograph::internal
