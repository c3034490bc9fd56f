// Loading binary snapshots (snapshot.h, docs/snapshot.md): the file mapped
// or read, its frame checked (snapshot_format.cc), then each section's
// records decoded and added to the graph inside one Graph::Update(), the
// `lists` section adopted last (snapshot_lists.cc).

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "diplograph/prebuilt_lists.h"
#include "diplograph/snapshot.h"
#include "diplograph/statement_appender.h"
#include "io/binary_codec.h"
#include "io/json_layout.h"
#include "io/snapshot_format.h"
#include "io/snapshot_lists.h"
#include "util/errno_status.h"
#include "util/status_macros.h"

namespace diplograph {
namespace {

using internal::snapshot_format::AdoptListsSection;
using internal::snapshot_format::kActors;
using internal::snapshot_format::kEvents;
using internal::snapshot_format::kHasSpan;
using internal::snapshot_format::kRelationships;
using internal::snapshot_format::kSources;
using internal::snapshot_format::kStatements;
using internal::snapshot_format::kStrings;
using internal::snapshot_format::ReadSnapshotHeader;
using internal::snapshot_format::SectionEntry;
using internal::snapshot_format::SectionKind;
using internal::snapshot_format::SectionName;
using internal::snapshot_format::SnapshotHeader;

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
    return ReadSnapshotHeader(bytes_, file_, options_.verify_checksums,
                              header_);
  }

  // Adds every record to `graph`; called inside Graph::Update().
  absl::Status Load(Graph& graph) {
    DIPLOGRAPH_RETURN_IF_ERROR(ReadStrings());
    DIPLOGRAPH_RETURN_IF_ERROR(ReadActors(graph));
    DIPLOGRAPH_RETURN_IF_ERROR(ReadSources(graph));
    DIPLOGRAPH_RETURN_IF_ERROR(ReadStatements(graph));
    DIPLOGRAPH_RETURN_IF_ERROR(ReadRelationships(graph));
    DIPLOGRAPH_RETURN_IF_ERROR(ReadEvents(graph));
    if (header_.version >= 2) {
      return AdoptListsSection(bytes_, file_, header_, graph);
    }
    return absl::OkStatus();
  }

 private:
  const SectionEntry& entry(SectionKind kind) const {
    return header_.entry(kind);
  }
  uint64_t count(SectionKind kind) const { return header_.count(kind); }

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

  absl::Span<const uint8_t> bytes_;
  absl::string_view file_;
  SnapshotLoadOptions options_;
  SnapshotHeader header_;
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
