// Buffered output, atomic files and directories, the export selection and
// escaping; see export_sink.h.

#include "io/export_sink.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ostream>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "diplograph/statement_query.h"
#include "util/errno_status.h"
#include "util/status_macros.h"
#include "util/write_all.h"

namespace diplograph::internal {

// ---------------------------------------------------------------------------
// ExportSink

ExportSink::ExportSink(int fd, std::string name)
    : fd_(fd), name_(std::move(name)) {
  buffer_.reserve(kFlushAt + (kFlushAt >> 2));
}

ExportSink::ExportSink(std::ostream* out) : out_(out) {
  buffer_.reserve(kFlushAt + (kFlushAt >> 2));
}

void ExportSink::Flush() {
  if (!status_.ok()) {
    buffer_.clear();
    return;
  }
  const size_t bytes = buffer_.size();
  if (out_ != nullptr) {
    out_->write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    if (!*out_) status_ = absl::DataLossError("export: the stream failed");
  } else {
    if (const int err = WriteAll(fd_, buffer_); err != 0) {
      status_ = ErrnoStatus(err, "export: cannot write", name_);
    }
  }
  buffer_.clear();
  if (progress_ != nullptr && status_.ok() && bytes > 0) {
    progress_->progress.bytes += bytes;
    progress_->Report();
  }
}

uint64_t BitSet::Count(size_t n) const {
  uint64_t count = 0;
  for (size_t w = 0; w < words_.size(); ++w) {
    uint64_t word = words_[w];
    if (w == n / 64 && n % 64 != 0) word &= (uint64_t{1} << (n % 64)) - 1;
    if (w * 64 >= n) break;
    count += static_cast<uint64_t>(__builtin_popcountll(word));
  }
  return count;
}

absl::Status ExportSink::Finish() {
  Flush();
  if (status_.ok() && out_ != nullptr) {
    out_->flush();
    if (!*out_) status_ = absl::DataLossError("export: the stream failed");
  }
  return status_;
}

// ---------------------------------------------------------------------------
// AtomicFile

namespace {

// The directory part of `path` ("." when none) and the base name.
void SplitPath(const std::string& path, std::string* dir, std::string* base) {
  const size_t slash = path.rfind('/');
  *dir =
      slash == std::string::npos ? std::string(".") : path.substr(0, slash + 1);
  *base = slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string TempPattern(const std::string& path) {
  const size_t slash = path.rfind('/');
  const std::string prefix =
      slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
  const std::string base =
      slash == std::string::npos ? path : path.substr(slash + 1);
  return absl::StrCat(prefix, ".", base, ".tmp.XXXXXX");
}

void SyncDirectory(const std::string& dir) {
  const int dfd = open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (dfd >= 0) {
    fsync(dfd);
    close(dfd);
  }
}

mode_t CurrentUmask() {
  const mode_t mask = umask(0);
  umask(mask);
  return mask;
}

}  // namespace

absl::StatusOr<std::unique_ptr<AtomicFile>> AtomicFile::Create(
    const std::string& path) {
  std::string dir, base;
  SplitPath(path, &dir, &base);
  if (base.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("export ", path, ": the path names a directory"));
  }
  struct stat st;
  if (stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    return absl::InvalidArgumentError(
        absl::StrCat("export ", path, ": the path names a directory"));
  }
  std::string temp = TempPattern(path);
  const int fd = mkstemp(temp.data());
  if (fd < 0) {
    return ErrnoStatus(errno, "export: cannot create a temporary file in", dir);
  }
  fchmod(fd, 0666 & ~CurrentUmask());
  return std::unique_ptr<AtomicFile>(new AtomicFile(path, temp, fd));
}

AtomicFile::~AtomicFile() {
  if (committed_) return;
  if (fd_ >= 0) close(fd_);
  unlink(temp_.c_str());
}

absl::Status AtomicFile::Commit() {
  if (fsync(fd_) != 0) return ErrnoStatus(errno, "export: cannot sync", temp_);
  const int fd = fd_;
  fd_ = -1;
  if (close(fd) != 0) return ErrnoStatus(errno, "export: cannot close", temp_);
  if (rename(temp_.c_str(), path_.c_str()) != 0) {
    return ErrnoStatus(errno, "export: cannot rename the temporary file over",
                       path_);
  }
  committed_ = true;
  std::string dir, base;
  SplitPath(path_, &dir, &base);
  SyncDirectory(dir);
  return absl::OkStatus();
}

// ---------------------------------------------------------------------------
// AtomicDirectory

absl::StatusOr<std::unique_ptr<AtomicDirectory>> AtomicDirectory::Create(
    const std::string& path) {
  std::string target = path;
  while (target.size() > 1 && target.back() == '/') target.pop_back();
  if (target.empty()) {
    return absl::InvalidArgumentError("export: empty output path");
  }
  struct stat st;
  if (stat(target.c_str(), &st) == 0) {
    if (!S_ISDIR(st.st_mode)) {
      return absl::InvalidArgumentError(
          absl::StrCat("export ", path,
                       ": exists and is not a directory (the Neo4j "
                       "export writes a directory of CSV files)"));
    }
    DIR* d = opendir(target.c_str());
    if (d == nullptr) {
      return ErrnoStatus(errno, "export: cannot read the directory", path);
    }
    bool empty = true;
    while (struct dirent* e = readdir(d)) {
      if (std::strcmp(e->d_name, ".") != 0 &&
          std::strcmp(e->d_name, "..") != 0) {
        empty = false;
        break;
      }
    }
    closedir(d);
    if (!empty) {
      return absl::AlreadyExistsError(
          absl::StrCat("export ", path, ": the directory is not empty"));
    }
  }
  std::string temp = TempPattern(target);
  if (mkdtemp(temp.data()) == nullptr) {
    std::string dir, base;
    SplitPath(target, &dir, &base);
    return ErrnoStatus(errno, "export: cannot create a temporary directory in",
                       dir);
  }
  chmod(temp.c_str(), 0777 & ~CurrentUmask());
  return std::unique_ptr<AtomicDirectory>(new AtomicDirectory(target, temp));
}

absl::StatusOr<int> AtomicDirectory::File(const std::string& name) {
  for (size_t slash = name.find('/'); slash != std::string::npos;
       slash = name.find('/', slash + 1)) {
    const std::string sub = name.substr(0, slash);
    const std::string full = absl::StrCat(temp_, "/", sub);
    if (mkdir(full.c_str(), 0777) == 0) {
      subdirectories_.push_back(sub);
    } else if (errno != EEXIST) {
      return ErrnoStatus(errno, "export: cannot create the directory", full);
    }
  }
  const std::string file = absl::StrCat(temp_, "/", name);
  const int fd =
      open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) return ErrnoStatus(errno, "export: cannot create", file);
  files_.emplace_back(name, fd);
  return fd;
}

void AtomicDirectory::CloseAll() {
  for (auto& [name, fd] : files_) {
    if (fd >= 0) close(fd);
    fd = -1;
  }
}

AtomicDirectory::~AtomicDirectory() {
  if (committed_) return;
  CloseAll();
  for (const auto& file : files_) {
    unlink(absl::StrCat(temp_, "/", file.first).c_str());
  }
  for (auto it = subdirectories_.rbegin(); it != subdirectories_.rend(); ++it) {
    rmdir(absl::StrCat(temp_, "/", *it).c_str());
  }
  rmdir(temp_.c_str());
}

absl::Status AtomicDirectory::Commit() {
  for (auto& [name, fd] : files_) {
    if (fsync(fd) != 0) {
      return ErrnoStatus(errno, "export: cannot sync",
                         absl::StrCat(temp_, "/", name));
    }
    const int f = fd;
    fd = -1;
    if (close(f) != 0) {
      return ErrnoStatus(errno, "export: cannot close",
                         absl::StrCat(temp_, "/", name));
    }
  }
  for (const std::string& sub : subdirectories_) {
    SyncDirectory(absl::StrCat(temp_, "/", sub));
  }
  SyncDirectory(temp_);
  if (rename(temp_.c_str(), path_.c_str()) != 0) {
    return ErrnoStatus(
        errno, "export: cannot rename the temporary directory to", path_);
  }
  committed_ = true;
  std::string dir, base;
  SplitPath(path_, &dir, &base);
  SyncDirectory(dir);
  return absl::OkStatus();
}

// ---------------------------------------------------------------------------
// Selection

namespace {

Date LaterBegin(Date a, Date b) {
  if (!a.is_known()) return b;
  if (!b.is_known()) return a;
  return a.FirstDay() < b.FirstDay() ? b : a;
}

Date EarlierEnd(Date a, Date b) {
  if (!a.is_known()) return b;
  if (!b.is_known()) return a;
  return b.LastDay() < a.LastDay() ? b : a;
}

}  // namespace

absl::StatusOr<ExportSelection> SelectForExport(const Graph& graph,
                                                const ExportOptions& options) {
  ExportSelection sel;
  const bool open_slice =
      options.during.is_open_begin() && options.during.is_open_end();
  sel.whole = !options.filter.has_value() && open_slice;
  sel.actors = BitSet(graph.actor_count(), sel.whole);
  sel.statements = BitSet(graph.statement_count(), sel.whole);
  sel.relationships = BitSet(graph.relationship_count(), sel.whole);
  sel.sources = BitSet(graph.source_count(), sel.whole);
  if (sel.whole) {
    sel.statement_count = graph.statement_count();
    sel.record_count = graph.actor_count() + graph.statement_count() +
                       graph.relationship_count() + graph.source_count();
    return sel;
  }

  // Statements: the filter (or everything) within the slice.
  StatementQuery query =
      options.filter.has_value() ? *options.filter : StatementQuery(graph);
  const Interval& fw = query.window();
  absl::StatusOr<Interval> window =
      Interval::Make(LaterBegin(fw.begin(), options.during.begin()),
                     EarlierEnd(fw.end(), options.during.end()));
  if (window.ok()) {
    query.During(*window);
    DIPLOGRAPH_ASSIGN_OR_RETURN(StatementCursor cursor, query.Run());
    StatementId id;
    while (cursor.Next(&id)) {
      sel.statements.Set(id.value);
      ++sel.statement_count;
      StatementView s = graph.statement(id);
      sel.actors.Set(s.speaker().value);
      for (ActorId a : s.about()) sel.actors.Set(a.value);
      for (const Stance& st : s.stances()) sel.actors.Set(st.target.value);
      for (const Report& r : s.reported_by()) sel.actors.Set(r.outlet.value);
      if (s.source().valid()) sel.sources.Set(s.source().value);
    }
  } else if (options.filter.has_value()) {
    // The filter's window and the slice do not meet: nothing matches, but a
    // filter that Run() rejects is still an error.
    DIPLOGRAPH_RETURN_IF_ERROR(query.Run().status());
  }

  // Relationships overlapping the slice (with a filter: supported by an
  // exported statement).
  for (uint32_t i = 0; i < graph.relationship_count(); ++i) {
    const Relationship& r = graph.relationship(RelationshipId(i));
    if (!r.valid.Overlaps(options.during)) continue;
    if (options.filter.has_value()) {
      bool supported = false;
      for (const Evidence& e : r.evidence) {
        if (sel.Has(e.statement)) {
          supported = true;
          break;
        }
      }
      if (!supported) continue;
    }
    sel.relationships.Set(i);
    sel.actors.Set(r.from.value);
    sel.actors.Set(r.to.value);
    for (const Evidence& e : r.evidence) {
      if (e.source.valid()) sel.sources.Set(e.source.value);
    }
  }
  // Outlets of the selected sources.
  for (uint32_t i = 0; i < graph.source_count(); ++i) {
    if (!sel.sources.Get(i)) continue;
    const Source& src = graph.source(SourceId(i));
    if (src.outlet.valid()) sel.actors.Set(src.outlet.value);
  }
  sel.record_count = sel.actors.Count(graph.actor_count()) +
                     sel.statement_count +
                     sel.relationships.Count(graph.relationship_count()) +
                     sel.sources.Count(graph.source_count());
  return sel;
}

bool AffiliationSelected(const ExportSelection& selection,
                         const ExportOptions& options,
                         const Affiliation& affiliation) {
  return selection.Has(affiliation.organization) &&
         affiliation.valid.Overlaps(options.during);
}

// ---------------------------------------------------------------------------
// Text

namespace {

// The length of the valid UTF-8 sequence starting at p[0] (a byte >= 0x80),
// or 0 when it is not valid (overlong, surrogate, above U+10FFFF,
// truncated).
size_t Utf8SequenceLength(const unsigned char* p, size_t left) {
  const unsigned char c = p[0];
  if (c >= 0xC2 && c <= 0xDF) {
    return left >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
  }
  if (c >= 0xE0 && c <= 0xEF) {
    if (left < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0;   // overlong
    if (c == 0xED && p[1] >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (left < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 ||
        (p[3] & 0xC0) != 0x80) {
      return 0;
    }
    if (c == 0xF0 && p[1] < 0x90) return 0;   // overlong
    if (c == 0xF4 && p[1] >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

constexpr absl::string_view kReplacement = "\xEF\xBF\xBD";

// Appends text, replacing invalid sequences and the C0 controls for which
// `control` returns nullptr by U+FFFD; for the others, appends what
// `special` returns for the byte (nullptr: copy it).
template <typename Special>
void AppendFiltered(std::string& out, absl::string_view text, Special special) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t run = 0;  // start of the pending run of plain bytes
  size_t i = 0;
  auto flush = [&](size_t end) { out.append(text.data() + run, end - run); };
  while (i < n) {
    const unsigned char c = p[i];
    if (c >= 0x80) {
      const size_t len = Utf8SequenceLength(p + i, n - i);
      if (len == 0) {
        flush(i);
        out.append(kReplacement.data(), kReplacement.size());
        run = ++i;
        continue;
      }
      // U+FFFE and U+FFFF are not XML characters.
      if (len == 3 && c == 0xEF && p[i + 1] == 0xBF && p[i + 2] >= 0xBE) {
        flush(i);
        out.append(kReplacement.data(), kReplacement.size());
        i += 3;
        run = i;
        continue;
      }
      i += len;
      continue;
    }
    const char* replacement = special(c);
    if (replacement != nullptr) {
      flush(i);
      out.append(replacement);
      run = ++i;
      continue;
    }
    ++i;
  }
  flush(n);
}

}  // namespace

void AppendXmlEscaped(std::string& out, absl::string_view text) {
  AppendFiltered(out, text, [](unsigned char c) -> const char* {
    switch (c) {
      case '&':
        return "&amp;";
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '"':
        return "&quot;";
      case '\'':
        return "&apos;";
      case '\t':
        return "&#9;";
      case '\n':
        return "&#10;";
      case '\r':
        return "&#13;";
      default:
        return c < 0x20 ? "\xEF\xBF\xBD" : nullptr;
    }
  });
}

void AppendCleanUtf8(std::string& out, absl::string_view text) {
  AppendFiltered(out, text, [](unsigned char c) -> const char* {
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      return "\xEF\xBF\xBD";
    }
    return nullptr;
  });
}

void AppendUint(std::string& out, uint64_t value) {
  char buf[24];
  char* end = buf + sizeof(buf);
  char* p = end;
  do {
    *--p = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  out.append(p, static_cast<size_t>(end - p));
}

namespace {

void AppendDigits(std::string& out, int value, int width) {
  char buf[8];
  for (int i = width - 1; i >= 0; --i) {
    buf[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  out.append(buf, static_cast<size_t>(width));
}

}  // namespace

void AppendDate(std::string& out, Date date) {
  if (!date.is_known()) return;
  AppendDigits(out, date.year(), 4);
  if (date.month() == 0) return;
  out.push_back('-');
  AppendDigits(out, date.month(), 2);
  if (date.day() == 0) return;
  out.push_back('-');
  AppendDigits(out, date.day(), 2);
}

void AppendDay(std::string& out, Date day) {
  AppendDigits(out, day.year(), 4);
  out.push_back('-');
  AppendDigits(out, day.month(), 2);
  out.push_back('-');
  AppendDigits(out, day.day(), 2);
}

void AppendActorId(std::string& out, ActorId id) {
  out.push_back('a');
  AppendUint(out, id.value);
}
void AppendStatementId(std::string& out, StatementId id) {
  out.push_back('s');
  AppendUint(out, id.value);
}
void AppendRelationshipId(std::string& out, RelationshipId id) {
  out.push_back('r');
  AppendUint(out, id.value);
}
void AppendSourceId(std::string& out, SourceId id) {
  out.append("src");
  AppendUint(out, id.value);
}

}  // namespace diplograph::internal
