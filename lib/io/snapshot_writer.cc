// Writing binary snapshots (snapshot.h, docs/snapshot.md): the records of
// each section, numbered strings, and the file framed by snapshot_format.cc.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "diplograph/snapshot.h"
#include "io/binary_codec.h"
#include "io/json_layout.h"
#include "io/snapshot_format.h"
#include "io/snapshot_lists.h"

namespace diplograph {
namespace {

using internal::DateCode;
using internal::PutVarint;
using internal::snapshot_format::AssembleSnapshot;
using internal::snapshot_format::EncodeListsSection;
using internal::snapshot_format::kHasSpan;
using internal::snapshot_format::kMaxSectionCount;
using internal::snapshot_format::SectionCount;
using internal::snapshot_format::SnapshotSection;

// Collects the distinct strings of a graph and writes the sections.
class Writer {
 public:
  Writer(const Graph& graph, uint32_t version)
      : graph_(graph), version_(version) {}

  std::string Run() {
    SnapshotSection actors = WriteActors();
    SnapshotSection sources = WriteSources();
    SnapshotSection statements = WriteStatements();
    SnapshotSection relationships = WriteRelationships();
    SnapshotSection events = WriteEvents();
    SnapshotSection strings;
    strings.count = strings_.size();
    for (absl::string_view s : strings_) {
      PutVarint(strings.bytes, s.size());
      strings.bytes.append(s.data(), s.size());
    }
    SnapshotSection lists;
    if (version_ >= 2) lists = EncodeListsSection(graph_);
    const SnapshotSection* sections[kMaxSectionCount] = {
        &strings,       &actors, &sources, &statements,
        &relationships, &events, &lists};
    return AssembleSnapshot(
        version_, absl::MakeConstSpan(sections, SectionCount(version_)));
  }

 private:
  void Str(std::string& out, absl::string_view s) {
    auto [it, inserted] =
        string_ids_.try_emplace(s, static_cast<uint32_t>(strings_.size()));
    if (inserted) strings_.push_back(s);
    PutVarint(out, it->second);
  }
  static void OptionalId(std::string& out, uint32_t value, bool valid) {
    PutVarint(out, valid ? uint64_t{value} + 1 : 0);
  }
  static void Span(std::string& out, const TextSpan& span) {
    PutVarint(out, span.begin);
    PutVarint(out, span.end - span.begin);
  }
  static void Reports(std::string& out, absl::Span<const Report> reports) {
    PutVarint(out, reports.size());
    for (const Report& r : reports) {
      PutVarint(out, r.outlet.value);
      out.push_back(static_cast<char>(r.kind));
    }
  }
  static void PutInterval(std::string& out, const Interval& i) {
    PutVarint(out, DateCode(i.begin()));
    PutVarint(out, DateCode(i.end()));
  }
  static void PutPolarity(std::string& out, Polarity p) {
    out.push_back(static_cast<char>(static_cast<int>(p) + 1));
  }
  static void Ids(std::string& out, absl::Span<const ActorId> ids) {
    PutVarint(out, ids.size());
    for (ActorId id : ids) PutVarint(out, id.value);
  }

  SnapshotSection WriteActors() {
    SnapshotSection s;
    s.count = graph_.actor_count();
    for (uint32_t i = 0; i < s.count; ++i) {
      const Actor& a = graph_.actor(ActorId(i));
      std::string& out = s.bytes;
      Str(out, a.name);
      out.push_back(static_cast<char>(a.kind));
      Str(out, a.iso3);
      Str(out, a.cameo_code);
      PutVarint(out, a.aliases.size());
      for (const std::string& alias : a.aliases) Str(out, alias);
      PutVarint(out, a.affiliations.size());
      for (const Affiliation& f : a.affiliations) {
        PutVarint(out, f.organization.value);
        Str(out, f.role);
        PutInterval(out, f.valid);
      }
    }
    return s;
  }

  SnapshotSection WriteSources() {
    SnapshotSection s;
    s.count = graph_.source_count();
    for (uint32_t i = 0; i < s.count; ++i) {
      const Source& src = graph_.source(SourceId(i));
      Str(s.bytes, src.title);
      OptionalId(s.bytes, src.outlet.value, src.outlet.valid());
      PutVarint(s.bytes, DateCode(src.date));
      Str(s.bytes, src.locator);
    }
    return s;
  }

  SnapshotSection WriteStatements() {
    SnapshotSection s;
    s.count = graph_.statement_count();
    std::string& out = s.bytes;
    for (uint32_t i = 0; i < s.count; ++i) {
      const StatementView v = graph_.statement(StatementId(i));
      const std::optional<TextSpan> span = v.span();
      PutVarint(out, v.speaker().value);
      PutVarint(out, DateCode(v.date()));
      Str(out, v.text());
      out.push_back(static_cast<char>(v.quote()));
      out.push_back(static_cast<char>(span ? kHasSpan : 0));
      Str(out, v.channel());
      Str(out, v.location());
      OptionalId(out, v.source().value, v.source().valid());
      if (span) Span(out, *span);
      Reports(out, v.reported_by());
      Ids(out, v.about());
      const std::vector<absl::string_view> topics = v.topics();
      PutVarint(out, topics.size());
      for (absl::string_view t : topics) Str(out, t);
      Str(out, v.event_type().code);
      Str(out, v.event_type().name);
      PutVarint(out, v.stances().size());
      for (const Stance& st : v.stances()) {
        PutVarint(out, st.target.value);
        PutPolarity(out, st.polarity);
      }
      PutVarint(out, v.links().size());
      for (const StatementLink& l : v.links()) {
        PutVarint(out, l.statement.value);
        out.push_back(static_cast<char>(l.kind));
        PutPolarity(out, l.stance);
      }
      Ids(out, v.co_speakers());
      PutVarint(out, v.mentions().size());
      for (const StatementMention& m : v.mentions()) {
        OptionalId(out, m.source.value, m.source.valid());
        out.push_back(static_cast<char>(m.span ? kHasSpan : 0));
        if (m.span) Span(out, *m.span);
        Reports(out, m.reported_by);
      }
    }
    return s;
  }

  SnapshotSection WriteRelationships() {
    SnapshotSection s;
    s.count = graph_.relationship_count();
    std::string& out = s.bytes;
    for (uint32_t i = 0; i < s.count; ++i) {
      const Relationship& r = graph_.relationship(RelationshipId(i));
      PutVarint(out, r.from.value);
      PutVarint(out, r.to.value);
      Str(out, r.label);
      Str(out, r.key);
      PutVarint(out, r.label_variants.size());
      for (const std::string& l : r.label_variants) Str(out, l);
      out.push_back(static_cast<char>(r.directed ? 1 : 0));
      PutPolarity(out, r.polarity);
      PutInterval(out, r.valid);
      PutVarint(out, r.evidence.size());
      for (const Evidence& e : r.evidence) {
        OptionalId(out, e.statement.value, e.statement.valid());
        OptionalId(out, e.source.value, e.source.valid());
        out.push_back(static_cast<char>(e.role));
      }
    }
    return s;
  }

  SnapshotSection WriteEvents() {
    SnapshotSection s;
    s.count = graph_.event_count();
    std::string& out = s.bytes;
    for (uint32_t i = 0; i < s.count; ++i) {
      const Event& e = graph_.event(EventId(i));
      Str(out, e.label);
      PutVarint(out, DateCode(e.date));
      Ids(out, e.participants);
      Str(out, e.event_type.code);
      Str(out, e.event_type.name);
      OptionalId(out, e.source.value, e.source.valid());
    }
    return s;
  }

  const Graph& graph_;
  uint32_t version_;
  absl::flat_hash_map<absl::string_view, uint32_t> string_ids_;
  std::vector<absl::string_view> strings_;
};

}  // namespace

std::string SnapshotBytes(const Graph& graph,
                          const SnapshotSaveOptions& options) {
  const uint32_t version =
      options.format_version == 1 ? 1 : kSnapshotFormatVersion;
  return Writer(graph, version).Run();
}

absl::Status SaveSnapshot(const Graph& graph, const std::string& path,
                          const SnapshotSaveOptions& options) {
  if (options.format_version < kOldestSnapshotFormatVersion ||
      options.format_version > kSnapshotFormatVersion) {
    return absl::InvalidArgumentError(absl::StrCat(
        "cannot save ", path, ": snapshot format version ",
        options.format_version, " is not supported (this library writes ",
        kOldestSnapshotFormatVersion, " to ", kSnapshotFormatVersion, ")"));
  }
  return internal::WriteFileAtomically(path, SnapshotBytes(graph, options));
}

}  // namespace diplograph
