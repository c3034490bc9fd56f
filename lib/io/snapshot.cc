// The binary snapshot format of docs/snapshot.md: writer and loader.
//
// One file, longer than most in lib/: the writer and the loader take the
// sections in the same order, and a change to a section's layout must be
// made, and reviewed, in both at once; the shared byte-level reads are in
// binary_codec.h.

#include "diplograph/snapshot.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "diplograph/statement_appender.h"
#include "diplograph/version.h"
#include "io/binary_codec.h"
#include "io/json_layout.h"
#include "store/graph_adopt.h"
#include "util/errno_status.h"
#include "util/status_macros.h"

namespace diplograph {
namespace {

using internal::DateCode;
using internal::Fixed16;
using internal::Fixed32;
using internal::Fixed64;
using internal::PutFixed16;
using internal::PutFixed32;
using internal::PutFixed64;
using internal::PutVarint;

// ---------------------------------------------------------------------------
// Layout constants (docs/snapshot.md).

constexpr char kMagic[8] = {'D', 'I', 'P', 'L', 'S', 'N', 'A', 'P'};
constexpr size_t kFixedHeaderBytes = 32;
constexpr size_t kDirectoryEntryBytes = 40;
constexpr size_t kChecksumBytes = 8;

enum SectionKind : uint32_t {
  kStrings = 1,
  kActors = 2,
  kSources = 3,
  kStatements = 4,
  kRelationships = 5,
  kEvents = 6,
  kLists = 7,  // format version 2 on
};
constexpr uint32_t kMaxSectionCount = 7;

// The number of sections of a format version (1 or 2).
constexpr uint32_t SectionCount(uint32_t version) {
  return version == 1 ? 6 : 7;
}

// The `lists` section: a header of 5 little-endian 32-bit words (actors,
// `by` entries, `about` entries, pairs, pair entries), then the arrays of
// PrebuiltStatementLists in their order, all 32-bit words.
constexpr uint64_t kListsHeaderWords = 5;

const char* SectionName(uint32_t kind) {
  switch (kind) {
    case kStrings:
      return "strings";
    case kActors:
      return "actors";
    case kSources:
      return "sources";
    case kStatements:
      return "statements";
    case kRelationships:
      return "relationships";
    case kEvents:
      return "events";
    case kLists:
      return "lists";
  }
  return "unknown";
}

// Record flags of a statement (which optional parts follow).
constexpr uint8_t kHasSpan = 1;

// ---------------------------------------------------------------------------
// Writing.

// Collects the distinct strings of a graph and writes the sections.
class Writer {
 public:
  Writer(const Graph& graph, uint32_t version)
      : graph_(graph), version_(version) {}

  std::string Run() {
    Section actors = WriteActors();
    Section sources = WriteSources();
    Section statements = WriteStatements();
    Section relationships = WriteRelationships();
    Section events = WriteEvents();
    Section strings;
    strings.count = strings_.size();
    for (absl::string_view s : strings_) {
      PutVarint(strings.bytes, s.size());
      strings.bytes.append(s.data(), s.size());
    }
    Section lists;
    if (version_ >= 2) lists = WriteLists();
    const Section* sections[kMaxSectionCount] = {
        &strings,       &actors, &sources, &statements,
        &relationships, &events, &lists};
    const uint32_t section_count = SectionCount(version_);

    const size_t header_bytes =
        kFixedHeaderBytes + section_count * kDirectoryEntryBytes;
    uint64_t total = header_bytes + kChecksumBytes;
    for (uint32_t i = 0; i < section_count; ++i) {
      total += sections[i]->bytes.size();
    }

    std::string out;
    out.reserve(total);
    out.append(kMagic, sizeof(kMagic));
    PutFixed32(out, version_);
    PutFixed16(out, static_cast<uint16_t>(kVersionMajor));
    PutFixed16(out, static_cast<uint16_t>(kVersionMinor));
    PutFixed16(out, static_cast<uint16_t>(kVersionPatch));
    PutFixed16(out, static_cast<uint16_t>(section_count));
    PutFixed32(out, 0);  // flags
    PutFixed64(out, total);
    uint64_t offset = header_bytes + kChecksumBytes;
    for (uint32_t i = 0; i < section_count; ++i) {
      const Section& s = *sections[i];
      PutFixed32(out, i + 1);
      PutFixed32(out, 0);
      PutFixed64(out, offset);
      PutFixed64(out, s.bytes.size());
      PutFixed64(out, s.count);
      PutFixed64(out, XXH64(s.bytes.data(), s.bytes.size(), 0));
      offset += s.bytes.size();
    }
    PutFixed64(out, XXH64(out.data(), out.size(), 0));
    for (uint32_t i = 0; i < section_count; ++i) out += sections[i]->bytes;
    return out;
  }

 private:
  struct Section {
    std::string bytes;
    uint64_t count = 0;
  };

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

  Section WriteActors() {
    Section s;
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

  Section WriteSources() {
    Section s;
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

  Section WriteStatements() {
    Section s;
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

  Section WriteRelationships() {
    Section s;
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

  // The statement lists as the store holds them: each actor's `by` and
  // `about` lists, then the pair lists, derived speaker by speaker from the
  // `by` list (a stable sort by target keeps each pair in (date, id)
  // order), in (speaker, target) order.
  Section WriteLists() {
    Section s;
    const uint32_t actors = static_cast<uint32_t>(graph_.actor_count());
    s.count = actors;
    std::vector<uint32_t> heads;  // speaker, target, size
    std::vector<uint32_t> pair_ids;
    std::vector<std::pair<uint32_t, uint32_t>> entries;  // (target, id)
    uint64_t about_total = 0;
    for (uint32_t a = 0; a < actors; ++a) {
      about_total += graph_.StatementsAbout(ActorId(a)).size();
      entries.clear();
      for (StatementId id : graph_.StatementsBy(ActorId(a))) {
        for (ActorId t : graph_.statement(id).about()) {
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
                     graph_.statement_count() + about_total + heads.size() +
                     pair_ids.size()));
    PutFixed32(out, actors);
    PutFixed32(out, static_cast<uint32_t>(graph_.statement_count()));
    PutFixed32(out, static_cast<uint32_t>(about_total));
    PutFixed32(out, static_cast<uint32_t>(heads.size() / 3));
    PutFixed32(out, static_cast<uint32_t>(pair_ids.size()));
    for (uint32_t a = 0; a < actors; ++a) {
      PutFixed32(out,
                 static_cast<uint32_t>(graph_.StatementsBy(ActorId(a)).size()));
    }
    for (uint32_t a = 0; a < actors; ++a) {
      for (StatementId id : graph_.StatementsBy(ActorId(a))) {
        PutFixed32(out, id.value);
      }
    }
    for (uint32_t a = 0; a < actors; ++a) {
      PutFixed32(out, static_cast<uint32_t>(
                          graph_.StatementsAbout(ActorId(a)).size()));
    }
    for (uint32_t a = 0; a < actors; ++a) {
      for (StatementId id : graph_.StatementsAbout(ActorId(a))) {
        PutFixed32(out, id.value);
      }
    }
    for (uint32_t w : heads) PutFixed32(out, w);
    for (uint32_t w : pair_ids) PutFixed32(out, w);
    return s;
  }

  Section WriteEvents() {
    Section s;
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

// ---------------------------------------------------------------------------
// Reading.

struct SectionEntry {
  uint32_t kind = 0;
  uint64_t offset = 0;
  uint64_t length = 0;
  uint64_t count = 0;
  uint64_t checksum = 0;
};

// Decodes the records of one section: a ByteCursor over the section that
// names the file, section, record and byte offset of the first problem.
class Cursor : public internal::ByteCursor {
 public:
  Cursor(absl::string_view file, absl::Span<const uint8_t> bytes,
         const SectionEntry& entry)
      : ByteCursor(bytes.data() + entry.offset, entry.length, "record",
                   "section"),
        file_(file),
        entry_(entry) {}

  uint64_t record() const { return record_; }
  void set_record(uint64_t r) {
    record_ = r;
    record_start_ = position();
  }
  // Names record `r`, which started `start` bytes into the section.
  void set_record(uint64_t r, uint64_t start) {
    record_ = r;
    record_start_ = start;
  }

  // A DateValue, remembering the last code read (records in date order
  // repeat it).
  Date CachedDate() {
    const uint64_t v = Varint();
    if (!ok()) return Date();
    if (v == last_date_code_ && has_last_date_) return last_date_;
    absl::StatusOr<Date> d = internal::DateFromCode(v);
    if (!d.ok()) {
      Fail(d.status().message());
      return Date();
    }
    last_date_code_ = v;
    last_date_ = *d;
    has_last_date_ = true;
    return *d;
  }

  // An id below `limit` (the number of such records in the snapshot).
  uint32_t Id(uint64_t limit, absl::string_view what) {
    const uint64_t v = Varint();
    if (ok() && v >= limit) {
      Fail(absl::StrCat(what, " id ", v, " out of range (", limit,
                        " in the snapshot)"));
      return 0;
    }
    return static_cast<uint32_t>(v);
  }
  // An optional id (0 = none, else id + 1); kInvalid when none.
  uint32_t OptionalId(uint64_t limit, absl::string_view what) {
    const uint64_t v = Varint();
    if (!ok() || v == 0) return ActorId::kInvalid;
    if (v - 1 >= limit) {
      Fail(absl::StrCat(what, " id ", v - 1, " out of range (", limit,
                        " in the snapshot)"));
      return ActorId::kInvalid;
    }
    return static_cast<uint32_t>(v - 1);
  }

  // The status for the first problem, or for `status` (an add's refusal)
  // when there was none.
  absl::Status Error(const absl::Status& status = absl::OkStatus()) const {
    const uint64_t at =
        entry_.offset + (error().empty() ? record_start_ : error_offset());
    return absl::DataLossError(
        absl::StrCat(file_, ": section ", SectionName(entry_.kind), " (offset ",
                     entry_.offset, "): record ", record_, " (byte offset ", at,
                     "): ", error().empty() ? status.ToString() : error()));
  }

 private:
  absl::string_view file_;
  SectionEntry entry_;
  uint64_t last_date_code_ = 0;
  Date last_date_;
  bool has_last_date_ = false;
  uint64_t record_start_ = 0;
  uint64_t record_ = 0;
};

class Loader {
 public:
  Loader(absl::Span<const uint8_t> bytes, absl::string_view file,
         const SnapshotLoadOptions& options)
      : bytes_(bytes), file_(file), options_(options) {}

  absl::Status ReadHeader() {
    const uint64_t size = bytes_.size();
    if (size < sizeof(kMagic)) {
      return HeaderError(
          absl::StatusCode::kDataLoss, size,
          absl::StrCat("truncated: ", size, " bytes, shorter than the magic"));
    }
    if (std::memcmp(bytes_.data(), kMagic, sizeof(kMagic)) != 0) {
      return HeaderError(absl::StatusCode::kInvalidArgument, 0,
                         "not a diplograph snapshot (wrong magic)");
    }
    if (size < kFixedHeaderBytes) {
      return HeaderError(
          absl::StatusCode::kDataLoss, size,
          absl::StrCat("truncated: ", size, " bytes, shorter than the ",
                       kFixedHeaderBytes, "-byte header"));
    }
    const uint8_t* h = bytes_.data();
    const uint32_t version = Fixed32(h + 8);
    if (version < kOldestSnapshotFormatVersion ||
        version > kSnapshotFormatVersion) {
      return HeaderError(
          absl::StatusCode::kUnimplemented, 8,
          absl::StrCat(
              "format version ", version, " is not supported (this library, ",
              kVersionString, ", reads versions ", kOldestSnapshotFormatVersion,
              " to ", kSnapshotFormatVersion, "); written by diplograph ",
              Fixed16(h + 12), ".", Fixed16(h + 14), ".", Fixed16(h + 16)));
    }
    version_ = version;
    section_count_ = SectionCount(version);
    const uint16_t sections = Fixed16(h + 18);
    if (sections != section_count_) {
      return HeaderError(
          absl::StatusCode::kDataLoss, 18,
          absl::StrCat("section count ", sections, " out of range (version ",
                       version, " has ", section_count_, ")"));
    }
    const uint64_t header_bytes =
        kFixedHeaderBytes + section_count_ * kDirectoryEntryBytes;
    if (size < header_bytes + kChecksumBytes) {
      return HeaderError(
          absl::StatusCode::kDataLoss, size,
          absl::StrCat("truncated: ", size, " bytes, shorter than the ",
                       header_bytes + kChecksumBytes,
                       "-byte header and section directory"));
    }
    if (options_.verify_checksums) {
      const uint64_t want = Fixed64(h + header_bytes);
      const uint64_t got = XXH64(h, header_bytes, 0);
      if (want != got) {
        return HeaderError(
            absl::StatusCode::kDataLoss, header_bytes,
            absl::StrCat("header checksum mismatch (stored ", absl::Hex(want),
                         ", computed ", absl::Hex(got), ")"));
      }
    }
    const uint64_t total = Fixed64(h + 24);
    if (total != size) {
      return HeaderError(
          absl::StatusCode::kDataLoss, 24,
          total > size ? absl::StrCat("truncated: the header gives ", total,
                                      " bytes, the file has ", size)
                       : absl::StrCat("the header gives ", total,
                                      " bytes, the file has ", size,
                                      " (trailing bytes)"));
    }
    uint64_t expected_offset = header_bytes + kChecksumBytes;
    for (uint32_t i = 0; i < section_count_; ++i) {
      const uint8_t* d = h + kFixedHeaderBytes + i * kDirectoryEntryBytes;
      const uint64_t at = kFixedHeaderBytes + i * kDirectoryEntryBytes;
      SectionEntry& e = sections_[i];
      e.kind = Fixed32(d);
      e.offset = Fixed64(d + 8);
      e.length = Fixed64(d + 16);
      e.count = Fixed64(d + 24);
      e.checksum = Fixed64(d + 32);
      if (e.kind != i + 1) {
        return HeaderError(
            absl::StatusCode::kDataLoss, at,
            absl::StrCat("directory entry ", i, ": section kind ", e.kind,
                         ", expected ", i + 1, " (", SectionName(i + 1), ")"));
      }
      if (e.offset != expected_offset || e.length > size - e.offset) {
        return HeaderError(
            absl::StatusCode::kDataLoss, at + 8,
            absl::StrCat("section ", SectionName(e.kind), ": offset ", e.offset,
                         " and length ", e.length,
                         " out of range (expected offset ", expected_offset,
                         ", file of ", size, " bytes)"));
      }
      if (e.count > e.length || e.count > Id<ActorTag>::kInvalid) {
        return HeaderError(
            absl::StatusCode::kDataLoss, at + 24,
            absl::StrCat("section ", SectionName(e.kind), ": record count ",
                         e.count, " out of range for ", e.length, " bytes"));
      }
      expected_offset = e.offset + e.length;
    }
    if (expected_offset != size) {
      return HeaderError(absl::StatusCode::kDataLoss, expected_offset,
                         absl::StrCat("sections end at ", expected_offset,
                                      ", the file has ", size, " bytes"));
    }
    if (options_.verify_checksums) {
      for (uint32_t i = 0; i < section_count_; ++i) {
        const SectionEntry& e = sections_[i];
        const uint64_t got = XXH64(bytes_.data() + e.offset, e.length, 0);
        if (got != e.checksum) {
          return absl::DataLossError(absl::StrCat(
              file_, ": section ", SectionName(e.kind), " (offset ", e.offset,
              ", ", e.length, " bytes): checksum mismatch (stored ",
              absl::Hex(e.checksum), ", computed ", absl::Hex(got), ")"));
        }
      }
    }
    return absl::OkStatus();
  }

  // Adds every record to `graph`; called inside Graph::Update().
  absl::Status Load(Graph& graph) {
    DIPLOGRAPH_RETURN_IF_ERROR(ReadStrings());
    DIPLOGRAPH_RETURN_IF_ERROR(ReadActors(graph));
    DIPLOGRAPH_RETURN_IF_ERROR(ReadSources(graph));
    DIPLOGRAPH_RETURN_IF_ERROR(ReadStatements(graph));
    DIPLOGRAPH_RETURN_IF_ERROR(ReadRelationships(graph));
    DIPLOGRAPH_RETURN_IF_ERROR(ReadEvents(graph));
    if (version_ >= 2) return ReadLists(graph);
    return absl::OkStatus();
  }

 private:
  const SectionEntry& entry(SectionKind kind) const {
    return sections_[kind - 1];
  }
  uint64_t count(SectionKind kind) const { return entry(kind).count; }

  absl::Status HeaderError(absl::StatusCode code, uint64_t offset,
                           absl::string_view message) const {
    return absl::Status(code, absl::StrCat(file_, ": header (byte offset ",
                                           offset, "): ", message));
  }

  absl::string_view Str(Cursor& c) {
    const uint64_t i = c.Varint();
    if (!c.ok()) return {};
    if (i >= strings_.size()) {
      c.Fail(absl::StrCat("string id ", i, " out of range (", strings_.size(),
                          " in the string table)"));
      return {};
    }
    return strings_[i];
  }
  void StrInto(Cursor& c, std::string& out) {
    const absl::string_view s = Str(c);
    out.assign(s.data(), s.size());
  }

  // Checks that the section was read to its end with the stated count.
  absl::Status Finish(Cursor& c) {
    if (c.ok() && !c.at_end()) {
      c.Fail(absl::StrCat(c.remaining(), " bytes left after the last record"));
    }
    return c.ok() ? absl::OkStatus() : c.Error();
  }

  template <typename IdT>
  absl::Status CheckId(Cursor& c, const absl::StatusOr<IdT>& id) {
    if (!id.ok()) return c.Error(id.status());
    if (id->value != c.record()) {
      return c.Error(
          absl::InternalError(absl::StrCat("the graph gave id ", id->value)));
    }
    return absl::OkStatus();
  }

  // Reads a count and that many items with `read`, stopping at the first
  // problem (so that a corrupt count allocates nothing it cannot fill).
  template <typename T, typename F>
  static void List(Cursor& c, std::vector<T>& out, absl::string_view what,
                   F read) {
    const size_t n = c.Count(what);
    out.clear();
    for (size_t i = 0; i < n && c.ok(); ++i) read(out.emplace_back());
  }

  absl::Status ReadStrings() {
    Cursor c(file_, bytes_, entry(kStrings));
    const uint64_t n = count(kStrings);
    for (uint64_t i = 0; i < n; ++i) {
      c.set_record(i);
      const uint64_t len = c.Varint();
      const absl::string_view s = c.Bytes(len);
      if (!c.ok()) return c.Error();
      strings_.push_back(s);
    }
    return Finish(c);
  }

  absl::Status ReadActors(Graph& graph) {
    Cursor c(file_, bytes_, entry(kActors));
    const uint64_t n = count(kActors);
    // An actor record takes at least 6 bytes: a corrupt count reserves no
    // more than the section's length allows.
    internal::GraphAdopt::ReserveActors(
        graph,
        static_cast<size_t>(std::min<uint64_t>(n, entry(kActors).length / 6)));
    std::vector<std::pair<ActorId, Affiliation>> affiliations;
    std::vector<std::pair<uint64_t, uint64_t>> affiliation_records;
    Actor a;
    for (uint64_t i = 0; i < n; ++i) {
      c.set_record(i);
      const uint64_t start = c.position();
      StrInto(c, a.name);
      a.kind = static_cast<ActorKind>(c.Enum(7, "actor kind"));
      StrInto(c, a.iso3);
      StrInto(c, a.cameo_code);
      List(c, a.aliases, "alias",
           [&](std::string& alias) { StrInto(c, alias); });
      const size_t m = c.Count("affiliation");
      for (size_t j = 0; j < m && c.ok(); ++j) {
        Affiliation f;
        f.organization = ActorId(c.Id(n, "organization"));
        StrInto(c, f.role);
        f.valid = c.IntervalValue();
        affiliations.emplace_back(ActorId(static_cast<uint32_t>(i)),
                                  std::move(f));
        affiliation_records.emplace_back(i, start);
      }
      if (!c.ok()) return c.Error();
      DIPLOGRAPH_RETURN_IF_ERROR(CheckId(c, graph.AddActor(a)));
    }
    DIPLOGRAPH_RETURN_IF_ERROR(Finish(c));
    // Affiliations may name any actor, so they are added once all exist.
    for (size_t j = 0; j < affiliations.size(); ++j) {
      absl::Status s =
          graph.AddAffiliation(affiliations[j].first, affiliations[j].second);
      if (!s.ok()) {
        c.set_record(affiliation_records[j].first,
                     affiliation_records[j].second);
        return c.Error(s);
      }
    }
    return absl::OkStatus();
  }

  absl::Status ReadSources(Graph& graph) {
    Cursor c(file_, bytes_, entry(kSources));
    const uint64_t n = count(kSources);
    for (uint64_t i = 0; i < n; ++i) {
      c.set_record(i);
      Source s;
      StrInto(c, s.title);
      s.outlet = ActorId(c.OptionalId(count(kActors), "outlet"));
      s.date = c.DateValue();
      StrInto(c, s.locator);
      if (!c.ok()) return c.Error();
      DIPLOGRAPH_RETURN_IF_ERROR(CheckId(c, graph.AddSource(s)));
    }
    return Finish(c);
  }

  TextSpan SpanValue(Cursor& c) {
    TextSpan span;
    const uint64_t begin = c.Varint();
    const uint64_t length = c.Varint();
    if (c.ok() && (begin > UINT32_MAX || length > UINT32_MAX - begin)) {
      c.Fail("text span out of range");
    }
    span.begin = static_cast<uint32_t>(begin);
    span.end = static_cast<uint32_t>(begin + length);
    return span;
  }
  void ReportsInto(Cursor& c, std::vector<Report>& out) {
    List(c, out, "report", [&](Report& r) {
      r.outlet = ActorId(c.Id(count(kActors), "outlet"));
      r.kind = static_cast<ReportKind>(c.Enum(2, "report kind"));
    });
  }
  void ActorsInto(Cursor& c, std::vector<ActorId>& out,
                  absl::string_view what) {
    List(c, out, what,
         [&](ActorId& id) { id = ActorId(c.Id(count(kActors), what)); });
  }

  absl::Status ReadStatements(Graph& graph) {
    Cursor c(file_, bytes_, entry(kStatements));
    const uint64_t n = count(kStatements);
    const uint64_t actors = count(kActors);
    const uint64_t sources = count(kSources);
    // Statements with no more than a speaker, date, targets, text, quote
    // kind and event type (event data: nearly all of them) take the
    // store's bulk path, read as views into the file; the others
    // AddStatement. A statement takes several bytes of the section, so a
    // corrupt count reserves no more than the section's length.
    const auto room =
        static_cast<size_t>(std::min<uint64_t>(n, entry(kStatements).length));
    graph.Reserve(room, room);
    StatementAppender out(graph);
    Statement s;
    std::vector<ActorId> about;
    // Event types by (code, name) string ids, as the appender's handles.
    absl::flat_hash_map<uint64_t, uint32_t> types;
    uint64_t last_type_key = 0;
    uint32_t last_type = 0;
    for (uint64_t i = 0; i < n; ++i) {
      c.set_record(i);
      const ActorId speaker(c.Id(actors, "speaker"));
      const Date date = c.CachedDate();
      const absl::string_view text = Str(c);
      const auto quote = static_cast<QuoteKind>(c.Enum(2, "quote kind"));
      const uint8_t flags = c.Enum(2, "flags");
      const absl::string_view channel = Str(c);
      const absl::string_view location = Str(c);
      const SourceId source(c.OptionalId(sources, "source"));
      std::optional<TextSpan> span;
      if (flags & kHasSpan) span = SpanValue(c);
      ReportsInto(c, s.reported_by);
      ActorsInto(c, about, "about");
      const size_t topics = c.Count("topic");
      s.topics.clear();
      for (size_t k = 0; k < topics && c.ok(); ++k) {
        StrInto(c, s.topics.emplace_back());
      }
      const uint64_t code_id = c.Varint();
      const uint64_t name_id = c.Varint();
      if (c.ok() &&
          (code_id >= strings_.size() || name_id >= strings_.size())) {
        c.Fail(absl::StrCat("string id ", std::max(code_id, name_id),
                            " out of range (", strings_.size(),
                            " in the string table)"));
      }
      List(c, s.stances, "stance", [&](Stance& st) {
        st.target = ActorId(c.Id(actors, "stance target"));
        st.polarity = c.PolarityValue();
      });
      List(c, s.links, "link", [&](StatementLink& l) {
        l.statement = StatementId(c.Id(i, "linked statement"));
        l.kind = static_cast<StatementLinkKind>(c.Enum(3, "link kind"));
        l.stance = c.PolarityValue();
      });
      ActorsInto(c, s.co_speakers, "co-speaker");
      List(c, s.mentions, "mention", [&](StatementMention& m) {
        m.source = SourceId(c.OptionalId(sources, "mention source"));
        const uint8_t mflags = c.Enum(2, "mention flags");
        if (mflags & kHasSpan) m.span = SpanValue(c);
        ReportsInto(c, m.reported_by);
      });
      if (!c.ok()) return c.Error();
      if (channel.empty() && location.empty() && !source.valid() &&
          !span.has_value() && s.reported_by.empty() && s.topics.empty() &&
          s.stances.empty() && s.links.empty() && s.co_speakers.empty() &&
          s.mentions.empty()) {
        const uint64_t type_key = code_id << 32 | name_id;
        bool have_type = true;
        if (type_key != last_type_key || i == 0) {
          auto it = types.find(type_key);
          if (it != types.end()) {
            last_type = it->second;
          } else {
            absl::StatusOr<uint32_t> t =
                out.InternEventType({std::string(strings_[code_id]),
                                     std::string(strings_[name_id])});
            have_type = t.ok();
            if (have_type) {
              last_type = *t;
              types.emplace(type_key, *t);
            }
          }
          last_type_key = have_type ? type_key : ~uint64_t{0};
        }
        if (have_type) {
          DIPLOGRAPH_RETURN_IF_ERROR(CheckId(
              c, out.Append(speaker, date, last_type, about, text, quote)));
          continue;
        }
      }
      s.speaker = speaker;
      s.date = date;
      s.text.assign(text.data(), text.size());
      s.quote = quote;
      s.channel.assign(channel.data(), channel.size());
      s.location.assign(location.data(), location.size());
      s.source = source;
      s.span = span;
      s.about = about;
      s.event_type.code.assign(strings_[code_id].data(),
                               strings_[code_id].size());
      s.event_type.name.assign(strings_[name_id].data(),
                               strings_[name_id].size());
      DIPLOGRAPH_RETURN_IF_ERROR(CheckId(c, graph.AddStatement(s)));
    }
    return Finish(c);
  }

  absl::Status ReadRelationships(Graph& graph) {
    Cursor c(file_, bytes_, entry(kRelationships));
    const uint64_t n = count(kRelationships);
    const uint64_t actors = count(kActors);
    for (uint64_t i = 0; i < n; ++i) {
      c.set_record(i);
      Relationship r;
      r.from = ActorId(c.Id(actors, "from"));
      r.to = ActorId(c.Id(actors, "to"));
      StrInto(c, r.label);
      StrInto(c, r.key);
      List(c, r.label_variants, "label variant",
           [&](std::string& l) { StrInto(c, l); });
      r.directed = c.Enum(2, "directed") != 0;
      r.polarity = c.PolarityValue();
      r.valid = c.IntervalValue();
      List(c, r.evidence, "evidence", [&](Evidence& e) {
        e.statement =
            StatementId(c.OptionalId(count(kStatements), "evidence statement"));
        e.source = SourceId(c.OptionalId(count(kSources), "evidence source"));
        e.role = static_cast<EvidenceRole>(c.Enum(4, "evidence role"));
      });
      if (!c.ok()) return c.Error();
      DIPLOGRAPH_RETURN_IF_ERROR(CheckId(c, graph.AddRelationship(r)));
    }
    return Finish(c);
  }

  absl::Status ReadEvents(Graph& graph) {
    Cursor c(file_, bytes_, entry(kEvents));
    const uint64_t n = count(kEvents);
    for (uint64_t i = 0; i < n; ++i) {
      c.set_record(i);
      Event e;
      StrInto(c, e.label);
      e.date = c.DateValue();
      ActorsInto(c, e.participants, "participant");
      StrInto(c, e.event_type.code);
      StrInto(c, e.event_type.name);
      e.source = SourceId(c.OptionalId(count(kSources), "source"));
      if (!c.ok()) return c.Error();
      DIPLOGRAPH_RETURN_IF_ERROR(CheckId(c, graph.AddEvent(e)));
    }
    return Finish(c);
  }

  // The `lists` section (version 2): its layout is checked here, its
  // contents against the statements by the store, which adopts the lists
  // (store/graph_adopt.h). In a load nested in an enclosing Update(), the
  // store builds the lists at the end of the outermost step instead (it
  // cannot undo adopted lists when that step fails), and the section is
  // not used.
  absl::Status ReadLists(Graph& graph) {
    const SectionEntry& e = entry(kLists);
    const uint8_t* p = bytes_.data() + e.offset;
    auto error = [&](uint64_t at, absl::string_view message) {
      return absl::DataLossError(absl::StrCat(file_, ": section lists (offset ",
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
    if (w[0] != count(kActors)) {
      return error(
          0, absl::StrCat("lists for ", w[0], " actors, the snapshot has ",
                          count(kActors)));
    }
    if (w[1] != count(kStatements)) {
      return error(4, absl::StrCat(w[1], " `by` entries, the snapshot has ",
                                   count(kStatements), " statements"));
    }
    const uint64_t sizes[6] = {w[0], w[1], w[0], w[2], 3 * w[3], w[4]};
    uint64_t words = kListsHeaderWords;
    for (uint64_t n : sizes) words += n;
    if (words * 4 != e.length) {
      return error(0,
                   absl::StrCat("the header gives ", words * 4,
                                " bytes of lists, the section has ", e.length));
    }
    internal::LeWords* arrays[6];
    internal::PrebuiltStatementLists lists;
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
    const absl::Status s =
        internal::GraphAdopt::AdoptStatementLists(graph, lists, &bad);
    if (s.code() == absl::StatusCode::kFailedPrecondition) {
      return absl::OkStatus();  // nested: the lists are built instead
    }
    if (!s.ok()) return error(bad, s.message());
    return absl::OkStatus();
  }

  absl::Span<const uint8_t> bytes_;
  absl::string_view file_;
  SnapshotLoadOptions options_;
  uint32_t version_ = kSnapshotFormatVersion;
  uint32_t section_count_ = kMaxSectionCount;
  SectionEntry sections_[kMaxSectionCount];
  std::vector<absl::string_view> strings_;
};

bool IsEmpty(const Graph& g) {
  return g.actor_count() == 0 && g.statement_count() == 0 &&
         g.relationship_count() == 0 && g.source_count() == 0 &&
         g.event_count() == 0;
}

// The bytes of a file, mapped or read; unmaps on destruction.
class FileBytes {
 public:
  FileBytes() = default;
  FileBytes(const FileBytes&) = delete;
  FileBytes& operator=(const FileBytes&) = delete;
  ~FileBytes() {
    if (map_ != nullptr) munmap(map_, size_);
  }

  absl::Status Open(const std::string& path, bool use_mmap) {
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return internal::ErrnoStatus(errno, "cannot open", path);
    struct stat st;
    if (fstat(fd, &st) != 0) {
      const int err = errno;
      close(fd);
      return internal::ErrnoStatus(err, "cannot stat", path);
    }
    if (S_ISDIR(st.st_mode)) {
      close(fd);
      return absl::InvalidArgumentError(
          absl::StrCat("cannot load ", path, ": is a directory"));
    }
    if (use_mmap && S_ISREG(st.st_mode) && st.st_size > 0) {
      void* m = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ,
                     MAP_PRIVATE, fd, 0);
      if (m != MAP_FAILED) {
        map_ = m;
        size_ = static_cast<size_t>(st.st_size);
        madvise(map_, size_, MADV_SEQUENTIAL);
        close(fd);
        return absl::OkStatus();
      }
    }
    const absl::Status read = internal::ReadToEnd(fd, path, buffer_);
    close(fd);
    if (!read.ok()) return absl::DataLossError(read.message());
    return absl::OkStatus();
  }

  absl::Span<const uint8_t> bytes() const {
    if (map_ != nullptr) {
      return {static_cast<const uint8_t*>(map_), size_};
    }
    return {reinterpret_cast<const uint8_t*>(buffer_.data()), buffer_.size()};
  }

 private:
  void* map_ = nullptr;
  size_t size_ = 0;
  std::string buffer_;
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

absl::Status LoadSnapshot(absl::Span<const uint8_t> bytes,
                          absl::string_view file_name, Graph& graph,
                          const SnapshotLoadOptions& options) {
  if (!IsEmpty(graph)) {
    return absl::FailedPreconditionError(
        absl::StrCat(file_name, ": a snapshot loads only into an empty graph"));
  }
  Loader loader(bytes, file_name, options);
  DIPLOGRAPH_RETURN_IF_ERROR(loader.ReadHeader());
  return graph.Update([&](Graph& g) { return loader.Load(g); });
}

absl::Status LoadSnapshot(const std::string& path, Graph& graph,
                          const SnapshotLoadOptions& options) {
  if (!IsEmpty(graph)) {
    return absl::FailedPreconditionError(
        absl::StrCat(path, ": a snapshot loads only into an empty graph"));
  }
  FileBytes file;
  DIPLOGRAPH_RETURN_IF_ERROR(file.Open(path, options.use_mmap));
  return LoadSnapshot(file.bytes(), path, graph, options);
}

}  // namespace diplograph
