// Private helpers shared by the exporters (export.h): a buffered output that
// writes to a file descriptor or a stream, atomically written files and
// directories, which records an export selects, and the escaping rules of
// the formats.

#ifndef DIPLOGRAPH_LIB_IO_EXPORT_SINK_H_
#define DIPLOGRAPH_LIB_IO_EXPORT_SINK_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "diplograph/actor.h"
#include "diplograph/date.h"
#include "diplograph/export.h"
#include "diplograph/graph.h"
#include "diplograph/ids.h"

namespace diplograph::internal {

// Appends `text` (absl::string_view is not std::string_view here).
inline void Put(std::string& out, absl::string_view text) {
  out.append(text.data(), text.size());
}

// Appends the items (strings or string views) separated by `separator`.
template <typename Range>
void AppendJoined(std::string& out, const Range& items,
                  absl::string_view separator) {
  bool first = true;
  for (const auto& item : items) {
    if (!first) Put(out, separator);
    first = false;
    Put(out, item);
  }
}

// Progress shared by the outputs of one export (export.h's ExportProgress).
struct ExportProgressState {
  const std::function<void(const ExportProgress&)>* callback = nullptr;
  ExportProgress progress;
  void Report() const {
    if (callback != nullptr && *callback) (*callback)(progress);
  }
};

// Buffered output. Text is appended to buffer() (directly, or with Add), and
// MaybeFlush() writes it out once it passes kFlushAt bytes. The first write
// error is kept; later output is dropped. Not thread-safe.
class ExportSink {
 public:
  static constexpr size_t kFlushAt = size_t{1} << 20;

  // Writes to `fd` (not owned); `name` is used in error messages.
  ExportSink(int fd, std::string name);
  // Writes to `out` (not owned).
  explicit ExportSink(std::ostream* out);
  ExportSink(const ExportSink&) = delete;
  ExportSink& operator=(const ExportSink&) = delete;

  std::string& buffer() { return buffer_; }
  void Add(absl::string_view text) { buffer_.append(text.data(), text.size()); }
  void Add(char c) { buffer_.push_back(c); }
  void MaybeFlush() {
    if (buffer_.size() >= kFlushAt) Flush();
  }
  // Counts a record as written (for progress), then MaybeFlush().
  void EndRecord() {
    if (progress_ != nullptr) ++progress_->progress.records;
    MaybeFlush();
  }
  // Reports bytes (and records, through EndRecord) to `progress`.
  void set_progress(ExportProgressState* progress) { progress_ = progress; }
  // Writes out everything buffered and returns the first error, if any.
  absl::Status Finish();

 private:
  void Flush();

  int fd_ = -1;
  std::ostream* out_ = nullptr;
  std::string name_;
  std::string buffer_;
  absl::Status status_;
  ExportProgressState* progress_ = nullptr;
};

// A file written under a temporary name in the target's directory and
// renamed over the target by Commit(). Destroying it uncommitted removes the
// temporary file.
class AtomicFile {
 public:
  // Errors: InvalidArgument for a path ending in '/'; the errno-derived
  // code when the temporary file cannot be created.
  static absl::StatusOr<std::unique_ptr<AtomicFile>> Create(
      const std::string& path);
  ~AtomicFile();

  int fd() const { return fd_; }
  const std::string& path() const { return path_; }
  // Syncs, closes and renames the file over the target.
  absl::Status Commit();

 private:
  AtomicFile(std::string path, std::string temp, int fd)
      : path_(std::move(path)), temp_(std::move(temp)), fd_(fd) {}
  std::string path_;
  std::string temp_;
  int fd_;
  bool committed_ = false;
};

// A directory built under a temporary name beside the target and renamed to
// it by Commit(); destroying it uncommitted removes it and the files made
// in it through File().
class AtomicDirectory {
 public:
  // Errors: AlreadyExists when `path` is a non-empty directory,
  // InvalidArgument when it is another kind of file; the errno-derived code
  // when the temporary directory cannot be made.
  static absl::StatusOr<std::unique_ptr<AtomicDirectory>> Create(
      const std::string& path);
  ~AtomicDirectory();

  // Creates `name` in the directory for writing; returns its descriptor,
  // closed by Commit() or the destructor. `name` may hold '/': the
  // subdirectories are made as needed ("statements/year=2014/part-0.parquet").
  absl::StatusOr<int> File(const std::string& name);
  // Syncs and closes every file, then renames the directory to the target.
  absl::Status Commit();

 private:
  AtomicDirectory(std::string path, std::string temp)
      : path_(std::move(path)), temp_(std::move(temp)) {}
  void CloseAll();
  std::string path_;
  std::string temp_;
  std::vector<std::pair<std::string, int>> files_;
  std::vector<std::string> subdirectories_;  // made by File(), in order
  bool committed_ = false;
};

// One bit per record.
class BitSet {
 public:
  BitSet() = default;
  BitSet(size_t n, bool value)
      : words_((n + 63) / 64, value ? ~uint64_t{0} : 0) {}
  bool Get(uint32_t i) const { return (words_[i >> 6] >> (i & 63)) & 1; }
  void Set(uint32_t i) { words_[i >> 6] |= uint64_t{1} << (i & 63); }
  // The number of bits set among the first n.
  uint64_t Count(size_t n) const;

 private:
  std::vector<uint64_t> words_;
};

// Which records an export writes (see export.h, "What is exported").
struct ExportSelection {
  bool whole = false;  // no filter and an open slice: everything
  BitSet actors, statements, relationships, sources;
  size_t statement_count = 0;
  // The number of records selected (actors, statements, relationships,
  // sources).
  uint64_t record_count = 0;

  bool Has(ActorId id) const { return actors.Get(id.value); }
  bool Has(StatementId id) const {
    return id.valid() && statements.Get(id.value);
  }
  bool Has(RelationshipId id) const { return relationships.Get(id.value); }
  bool Has(SourceId id) const { return id.valid() && sources.Get(id.value); }
};

// Computes the selection. Errors: those of the filter's Run().
absl::StatusOr<ExportSelection> SelectForExport(const Graph& graph,
                                                const ExportOptions& options);

// True when the affiliation is exported: its organisation is selected and
// its validity overlaps the slice.
bool AffiliationSelected(const ExportSelection& selection,
                         const ExportOptions& options,
                         const Affiliation& affiliation);

// Appends `text` escaped for XML character data and attribute values: the
// five special characters as entities, tab, newline and carriage return as
// character references, other characters XML 1.0 forbids (C0 controls,
// U+FFFE, U+FFFF) and bytes that are not UTF-8 as U+FFFD.
void AppendXmlEscaped(std::string& out, absl::string_view text);

// Appends the text with every byte that is not part of valid UTF-8, and
// every C0 control other than tab, newline and carriage return, replaced by
// U+FFFD.
void AppendCleanUtf8(std::string& out, absl::string_view text);

// Appends the unsigned decimal number.
void AppendUint(std::string& out, uint64_t value);

// The ISO form of a date ("2024-11-08", "2024-11", "2024"), empty when
// unknown.
void AppendDate(std::string& out, Date date);
// The first and last day of a date's period as "YYYY-MM-DD".
void AppendDay(std::string& out, Date day_precision_date);

// Record ids as the exports name them: "a3", "s12", "r5", "src2".
void AppendActorId(std::string& out, ActorId id);
void AppendStatementId(std::string& out, StatementId id);
void AppendRelationshipId(std::string& out, RelationshipId id);
void AppendSourceId(std::string& out, SourceId id);

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_IO_EXPORT_SINK_H_
