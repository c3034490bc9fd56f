// The `lists` section of a version 2 snapshot (snapshot_lists.h).

#include "io/snapshot_lists.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "diplograph/graph.h"
#include "diplograph/prebuilt_lists.h"
#include "io/binary_codec.h"
#include "io/snapshot_format.h"

namespace diplograph::internal::snapshot_format {

// The statement lists as the store holds them: each actor's `by` and
// `about` lists, then the pair lists, derived speaker by speaker from the
// `by` list (a stable sort by target keeps each pair in (date, id)
// order), in (speaker, target) order.
SnapshotSection EncodeListsSection(const Graph& graph) {
  SnapshotSection s;
  const uint32_t actors = static_cast<uint32_t>(graph.actor_count());
  s.count = actors;
  std::vector<uint32_t> heads;  // speaker, target, size
  std::vector<uint32_t> pair_ids;
  std::vector<std::pair<uint32_t, uint32_t>> entries;  // (target, id)
  uint64_t about_total = 0;
  for (uint32_t a = 0; a < actors; ++a) {
    about_total += graph.StatementsAbout(ActorId(a)).size();
    entries.clear();
    for (StatementId id : graph.StatementsBy(ActorId(a))) {
      for (ActorId t : graph.statement(id).about()) {
        entries.emplace_back(t.value, id.value);
      }
    }
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const auto& x, const auto& y) { return x.first < y.first; });
    for (size_t i = 0; i < entries.size();) {
      size_t j = i;
      while (j < entries.size() && entries[j].first == entries[i].first) {
        pair_ids.push_back(entries[j].second);
        ++j;
      }
      heads.insert(heads.end(),
                   {a, entries[i].first, static_cast<uint32_t>(j - i)});
      i = j;
    }
  }
  std::string& out = s.bytes;
  out.reserve(4 * (kListsHeaderWords + 2 * uint64_t{actors} +
                   graph.statement_count() + about_total + heads.size() +
                   pair_ids.size()));
  PutFixed32(out, actors);
  PutFixed32(out, static_cast<uint32_t>(graph.statement_count()));
  PutFixed32(out, static_cast<uint32_t>(about_total));
  PutFixed32(out, static_cast<uint32_t>(heads.size() / 3));
  PutFixed32(out, static_cast<uint32_t>(pair_ids.size()));
  for (uint32_t a = 0; a < actors; ++a) {
    PutFixed32(out,
               static_cast<uint32_t>(graph.StatementsBy(ActorId(a)).size()));
  }
  for (uint32_t a = 0; a < actors; ++a) {
    for (StatementId id : graph.StatementsBy(ActorId(a))) {
      PutFixed32(out, id.value);
    }
  }
  for (uint32_t a = 0; a < actors; ++a) {
    PutFixed32(out,
               static_cast<uint32_t>(graph.StatementsAbout(ActorId(a)).size()));
  }
  for (uint32_t a = 0; a < actors; ++a) {
    for (StatementId id : graph.StatementsAbout(ActorId(a))) {
      PutFixed32(out, id.value);
    }
  }
  for (uint32_t w : heads) PutFixed32(out, w);
  for (uint32_t w : pair_ids) PutFixed32(out, w);
  return s;
}

// The `lists` section (version 2): its layout is checked here, its
// contents against the statements by the store, which adopts the lists
// (diplograph/prebuilt_lists.h). In a load nested in an enclosing Update(), the
// store builds the lists at the end of the outermost step instead (it
// cannot undo adopted lists when that step fails), and the section is
// not used.
absl::Status AdoptListsSection(absl::Span<const uint8_t> bytes,
                               absl::string_view file,
                               const SnapshotHeader& header, Graph& graph) {
  const SectionEntry& e = header.entry(kLists);
  const uint8_t* p = bytes.data() + e.offset;
  auto error = [&](uint64_t at, absl::string_view message) {
    return absl::DataLossError(absl::StrCat(file, ": section lists (offset ",
                                            e.offset, "): byte offset ",
                                            e.offset + at, ": ", message));
  };
  if (e.length < 4 * kListsHeaderWords) {
    return error(
        0, absl::StrCat("truncated: ", e.length, " bytes, shorter than the ",
                        4 * kListsHeaderWords, "-byte header"));
  }
  uint64_t w[kListsHeaderWords];
  for (uint64_t i = 0; i < kListsHeaderWords; ++i) w[i] = Fixed32(p + 4 * i);
  if (w[0] != header.count(kActors)) {
    return error(0,
                 absl::StrCat("lists for ", w[0], " actors, the snapshot has ",
                              header.count(kActors)));
  }
  if (w[1] != header.count(kStatements)) {
    return error(4, absl::StrCat(w[1], " `by` entries, the snapshot has ",
                                 header.count(kStatements), " statements"));
  }
  const uint64_t sizes[6] = {w[0], w[1], w[0], w[2], 3 * w[3], w[4]};
  uint64_t words = kListsHeaderWords;
  for (uint64_t n : sizes) words += n;
  if (words * 4 != e.length) {
    return error(0,
                 absl::StrCat("the header gives ", words * 4,
                              " bytes of lists, the section has ", e.length));
  }
  LeWords* arrays[6];
  PrebuiltStatementLists lists;
  arrays[0] = &lists.by_counts;
  arrays[1] = &lists.by_ids;
  arrays[2] = &lists.about_counts;
  arrays[3] = &lists.about_ids;
  arrays[4] = &lists.pair_heads;
  arrays[5] = &lists.pair_ids;
  uint64_t at = 4 * kListsHeaderWords;
  for (int i = 0; i < 6; ++i) {
    *arrays[i] = {p + at, static_cast<size_t>(sizes[i]), at};
    at += 4 * sizes[i];
  }
  uint64_t bad = 0;
  const absl::Status s = GraphAdopt::AdoptStatementLists(graph, lists, &bad);
  if (s.code() == absl::StatusCode::kFailedPrecondition) {
    return absl::OkStatus();  // nested: the lists are built instead
  }
  if (!s.ok()) return error(bad, s.message());
  return absl::OkStatus();
}

}  // namespace diplograph::internal::snapshot_format
