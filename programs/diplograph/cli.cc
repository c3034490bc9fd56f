// The shared parts of the `diplograph` program (see cli.h).

#include "cli.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "diplograph/dictionary.h"
#include "diplograph/icews.h"
#include "diplograph/json.h"
#include "diplograph/text.h"

namespace diplograph::cli {
namespace {

constexpr absl::string_view kUsagePayload = "diplograph.cli/usage";
constexpr size_t kMaxNameBytes = 4096;
constexpr size_t kMaxCellChars = 60;

int64_t NowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// Decodes one UTF-8 character at s[i]; returns its length (0 when the bytes
// there are not valid UTF-8) and sets *cp.
size_t DecodeUtf8(absl::string_view s, size_t i, uint32_t* cp) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  size_t len = 0;
  uint32_t v = 0;
  uint32_t min = 0;
  if ((c & 0xE0) == 0xC0) {
    len = 2, v = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, v = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, v = c & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    v = (v << 6) | (b(i + k) & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *cp = v;
  return len;
}

bool IsBidiControl(uint32_t cp) {
  return cp == 0x061C || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

std::string Extension(absl::string_view path) {
  const size_t slash = path.rfind('/');
  absl::string_view base =
      slash == absl::string_view::npos ? path : path.substr(slash + 1);
  const size_t dot = base.rfind('.');
  if (dot == absl::string_view::npos || dot == 0) return "";
  return absl::AsciiStrToLower(base.substr(dot));
}

std::string ErrnoText(int err) { return std::strerror(err); }

absl::Status ErrnoStatus(int err, absl::string_view message) {
  switch (err) {
    case ENOENT:
    case ENOTDIR:
      return absl::NotFoundError(message);
    case EACCES:
    case EPERM:
      return absl::PermissionDeniedError(message);
    default:
      return absl::UnknownError(message);
  }
}

// What the first bytes of a file look like, for messages.
std::string Looks(absl::string_view head) {
  if (head.find('\0') != absl::string_view::npos) return "binary data";
  absl::string_view t = absl::StripLeadingAsciiWhitespace(head);
  if (absl::StartsWith(t, "{") || absl::StartsWith(t, "[")) return "JSON";
  const size_t eol = head.find('\n');
  if (head.substr(0, eol).find('\t') != absl::string_view::npos) {
    return "tab-separated text";
  }
  if (absl::StartsWith(t, "<")) return "XML or HTML";
  return "text";
}

void PrintProblems(const ImportReport& report, bool warning) {
  for (const ImportProblem& p : report.problems) {
    std::cerr << (warning ? "warning: " : "") << Escape(p.ToString()) << "\n";
  }
  if (report.problem_count > report.problems.size()) {
    std::cerr << "... and " << report.problem_count - report.problems.size()
              << " more problems\n";
  }
}

uint64_t FileSize(const std::string& path) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
  return static_cast<uint64_t>(st.st_size);
}

}  // namespace

absl::Status UsageError(absl::string_view message) {
  absl::Status s = absl::InvalidArgumentError(message);
  s.SetPayload(kUsagePayload, absl::Cord("1"));
  return s;
}

int ExitCodeOf(const absl::Status& status) {
  if (status.ok()) return kExitOk;
  if (status.GetPayload(kUsagePayload).has_value()) return kExitUsage;
  return kExitBadInput;
}

int Fail(const absl::Status& status) {
  std::cerr << "diplograph: " << Escape(status.message(), true) << "\n";
  if (ExitCodeOf(status) == kExitUsage) {
    std::cerr << "Run with --help for more information.\n";
  }
  return ExitCodeOf(status);
}

std::string Escape(absl::string_view text, bool keep_newlines) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    uint32_t cp = 0;
    const size_t len = DecodeUtf8(text, i, &cp);
    if (len == 0) {
      absl::StrAppendFormat(&out, "\\x%02X",
                            static_cast<unsigned char>(text[i]));
      ++i;
      continue;
    }
    if (cp == '\n' && keep_newlines) {
      out.push_back('\n');
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      absl::StrAppendFormat(&out, "\\x%02X", cp);
    } else if ((cp >= 0x80 && cp < 0xA0) || IsBidiControl(cp) || cp == 0x2028 ||
               cp == 0x2029) {
      absl::StrAppendFormat(&out, "\\u{%04X}", cp);
    } else {
      out.append(text.data() + i, len);
    }
    i += len;
  }
  return out;
}

size_t DisplayWidth(absl::string_view text) {
  size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

std::string EscapeCut(absl::string_view text, size_t max_chars) {
  // Escape at most a bounded prefix, so that a 10 MB name costs little.
  const size_t limit = max_chars * 4 + 16;
  std::string e = Escape(text.substr(0, std::min(text.size(), limit)));
  if (DisplayWidth(e) <= max_chars && text.size() <= limit) return e;
  size_t chars = 0;
  size_t i = 0;
  for (; i < e.size(); ++i) {
    if ((static_cast<unsigned char>(e[i]) & 0xC0) != 0x80) {
      if (chars == max_chars - 3) break;
      ++chars;
    }
  }
  return e.substr(0, i) + "...";
}

std::string EscapeBlock(absl::string_view text, size_t max_line_chars) {
  std::string out;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    if (!out.empty()) out += '\n';
    out += EscapeCut(line, max_line_chars);
  }
  return out;
}

// ---------------------------------------------------------------------
// Output.

Cell Cell::Number(double value) {
  Cell c(absl::StrFormat("%.6g", value));
  c.number = true;
  return c;
}

Cell Cell::Integer(uint64_t value) {
  Cell c(absl::StrCat(value));
  c.number = true;
  return c;
}

std::string JsonString(absl::string_view text) {
  std::string out = "\"";
  for (size_t i = 0; i < text.size();) {
    uint32_t cp = 0;
    const size_t len = DecodeUtf8(text, i, &cp);
    if (len == 0) {
      out += "\\ufffd";
      ++i;
      continue;
    }
    if (cp == '"') {
      out += "\\\"";
    } else if (cp == '\\') {
      out += "\\\\";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F || IsBidiControl(cp) || cp == 0x2028 ||
               cp == 0x2029) {
      absl::StrAppendFormat(&out, "\\u%04x", cp);
    } else {
      out.append(text.data() + i, len);
    }
    i += len;
  }
  out += "\"";
  return out;
}

namespace {

std::string JsonRow(const Table& t, const std::vector<Cell>& row,
                    const std::string* table_name) {
  std::string out = "{";
  if (table_name != nullptr) {
    absl::StrAppend(&out, "\"table\":", JsonString(*table_name));
  }
  for (size_t c = 0; c < t.columns.size(); ++c) {
    if (c > 0 || table_name != nullptr) out += ",";
    const Cell& cell = c < row.size() ? row[c] : Cell();
    absl::StrAppend(&out, JsonString(t.columns[c]), ":",
                    cell.number ? cell.text : JsonString(cell.text));
  }
  return out + "}";
}

std::string CsvField(absl::string_view text) {
  if (text.find_first_of(",\"\n\r") == absl::string_view::npos) {
    return std::string(text);
  }
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string TsvField(absl::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\\':
        out += "\\\\";
        break;
      default:
        out += c;
    }
  }
  return out;
}

void WriteTextTable(const Table& t, bool heading, std::ostream& out) {
  if (heading && !t.name.empty()) out << "== " << Escape(t.name) << " ==\n";
  if (t.rows.empty()) {
    out << "  (none)\n";
    return;
  }
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> width(t.columns.size());
  for (size_t c = 0; c < t.columns.size(); ++c) {
    width[c] = DisplayWidth(t.columns[c]);
  }
  for (const auto& row : t.rows) {
    std::vector<std::string> line;
    for (size_t c = 0; c < t.columns.size(); ++c) {
      line.push_back(
          EscapeCut(c < row.size() ? row[c].text : "", kMaxCellChars));
      width[c] = std::max(width[c], DisplayWidth(line.back()));
    }
    cells.push_back(std::move(line));
  }
  const auto print = [&](const std::vector<std::string>& line,
                         const std::vector<Cell>* row) {
    std::string text;
    for (size_t c = 0; c < line.size(); ++c) {
      const size_t pad = width[c] - DisplayWidth(line[c]);
      const bool right = row != nullptr && c < row->size() && (*row)[c].number;
      if (c > 0) text += "  ";
      if (right) text.append(pad, ' ');
      text += line[c];
      if (!right && c + 1 < line.size()) text.append(pad, ' ');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out << text << "\n";
  };
  std::vector<std::string> header;
  for (const std::string& c : t.columns) header.push_back(Escape(c));
  print(header, nullptr);
  std::vector<std::string> rule;
  for (size_t c = 0; c < t.columns.size(); ++c) {
    rule.push_back(std::string(width[c], '-'));
  }
  print(rule, nullptr);
  for (size_t r = 0; r < cells.size(); ++r) print(cells[r], &t.rows[r]);
}

}  // namespace

void WriteTables(const std::vector<Table>& tables, Format format,
                 std::ostream& out) {
  const bool several = tables.size() > 1;
  switch (format) {
    case Format::kText:
      for (size_t i = 0; i < tables.size(); ++i) {
        if (i > 0) out << "\n";
        WriteTextTable(tables[i], true, out);
      }
      break;
    case Format::kJson: {
      if (several) out << "{";
      for (size_t i = 0; i < tables.size(); ++i) {
        const Table& t = tables[i];
        if (several) out << (i > 0 ? ",\n" : "\n") << JsonString(t.name) << ":";
        out << "[";
        for (size_t r = 0; r < t.rows.size(); ++r) {
          out << (r > 0 ? ",\n " : "\n ") << JsonRow(t, t.rows[r], nullptr);
        }
        out << "\n]";
      }
      if (several) out << "\n}";
      out << "\n";
      break;
    }
    case Format::kJsonl:
      for (const Table& t : tables) {
        for (const auto& row : t.rows) {
          out << JsonRow(t, row, several ? &t.name : nullptr) << "\n";
        }
      }
      break;
    case Format::kCsv:
    case Format::kTsv: {
      const bool csv = format == Format::kCsv;
      const auto field = [&](absl::string_view s) {
        return csv ? CsvField(s) : TsvField(s);
      };
      const char sep = csv ? ',' : '\t';
      // Several tables share one header only when their columns agree;
      // otherwise each table gets its own header line.
      std::vector<std::string> last_header;
      for (const Table& t : tables) {
        if (t.columns != last_header) {
          std::string line = several ? std::string("table") : "";
          for (size_t c = 0; c < t.columns.size(); ++c) {
            if (c > 0 || several) line += sep;
            line += field(t.columns[c]);
          }
          out << line << "\n";
          last_header = t.columns;
        }
        for (const auto& row : t.rows) {
          std::string line = several ? field(t.name) : "";
          for (size_t c = 0; c < t.columns.size(); ++c) {
            if (c > 0 || several) line += sep;
            line += field(c < row.size() ? row[c].text : "");
          }
          out << line << "\n";
        }
      }
      break;
    }
  }
}

// ---------------------------------------------------------------------
// Progress.

bool StderrIsTerminal() { return isatty(STDERR_FILENO) == 1; }

ProgressBar::ProgressBar(std::string label, uint64_t total_bytes, bool enabled)
    : label_(std::move(label)),
      total_bytes_(total_bytes),
      enabled_(enabled),
      start_ns_(NowNs()) {}

ProgressBar::~ProgressBar() { Done(); }

ImportProgressCallback ProgressBar::Callback() {
  if (!enabled_) return nullptr;
  return [this](const ImportProgress& p) { Update(p); };
}

namespace {

std::string HumanBytes(double bytes) {
  const char* units[] = {"B", "kB", "MB", "GB", "TB"};
  int u = 0;
  while (bytes >= 1000 && u < 4) {
    bytes /= 1000;
    ++u;
  }
  return absl::StrFormat(u == 0 ? "%.0f %s" : "%.1f %s", bytes, units[u]);
}

std::string Clock(double seconds) {
  const int64_t s = static_cast<int64_t>(seconds + 0.5);
  return absl::StrFormat("%d:%02d", s / 60, s % 60);
}

}  // namespace

void ProgressBar::Update(const ImportProgress& p, bool force) {
  if (!enabled_) return;
  const int64_t now = NowNs();
  const bool finished = total_bytes_ > 0 && p.bytes >= total_bytes_;
  if (!force && !finished && drawn_ && now - last_draw_ns_ < 100'000'000) {
    return;
  }
  last_draw_ns_ = now;
  const double elapsed = std::max(1e-9, (now - start_ns_) / 1e9);
  const double rate = p.bytes / elapsed;
  std::string line = absl::StrCat(label_, " ");
  if (total_bytes_ > 0) {
    const double frac =
        std::min(1.0, static_cast<double>(p.bytes) / total_bytes_);
    const int filled = static_cast<int>(frac * 24);
    absl::StrAppendFormat(&line, "[%s%s] %3d%% ", std::string(filled, '#'),
                          std::string(24 - filled, '-'),
                          static_cast<int>(frac * 100));
  }
  absl::StrAppend(&line, p.records, " rows, ", HumanBytes(p.bytes), ", ",
                  HumanBytes(rate), "/s");
  if (total_bytes_ > 0 && rate > 0 && p.bytes < total_bytes_) {
    absl::StrAppend(&line, ", ETA ", Clock((total_bytes_ - p.bytes) / rate));
  }
  std::cerr << "\r\x1b[K" << line << std::flush;
  drawn_ = true;
}

void ProgressBar::UpdateSteps(uint64_t done, uint64_t total,
                              absl::string_view unit) {
  if (!enabled_) return;
  const int64_t now = NowNs();
  if (done < total && drawn_ && now - last_draw_ns_ < 100'000'000) return;
  last_draw_ns_ = now;
  const double elapsed = std::max(1e-9, (now - start_ns_) / 1e9);
  const double rate = done / elapsed;
  const double frac =
      total > 0 ? std::min(1.0, static_cast<double>(done) / total) : 1.0;
  const int filled = static_cast<int>(frac * 24);
  std::string line =
      absl::StrFormat("%s [%s%s] %3d%% %d/%d %s, %.0f/s", label_,
                      std::string(filled, '#'), std::string(24 - filled, '-'),
                      static_cast<int>(frac * 100), done, total, unit, rate);
  if (rate > 0 && done < total) {
    absl::StrAppend(&line, ", ETA ", Clock((total - done) / rate));
  }
  std::cerr << "\r\x1b[K" << line << std::flush;
  drawn_ = true;
}

void ProgressBar::Done() {
  if (enabled_ && drawn_) std::cerr << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

// ---------------------------------------------------------------------
// Inputs.

absl::string_view InputKindName(InputKind kind) {
  switch (kind) {
    case InputKind::kAuto:
      return "auto";
    case InputKind::kJson:
      return "json";
    case InputKind::kJsonLines:
      return "jsonl";
    case InputKind::kIcews:
      return "icews";
    case InputKind::kIcewsEvents:
      return "icews-events";
    case InputKind::kDictionary:
      return "dictionary";
    case InputKind::kText:
      return "text";
  }
  return "auto";
}

absl::StatusOr<InputKind> ParseInputKind(absl::string_view name) {
  for (InputKind k : {InputKind::kAuto, InputKind::kJson, InputKind::kJsonLines,
                      InputKind::kIcews, InputKind::kIcewsEvents,
                      InputKind::kDictionary, InputKind::kText}) {
    if (name == InputKindName(k)) return k;
  }
  return UsageError(absl::StrCat("--as: unknown input kind \"", Escape(name),
                                 "\" (auto, json, jsonl, icews, icews-events, "
                                 "dictionary, text)"));
}

absl::StatusOr<InputKind> InputKindOf(const std::string& path, InputKind as) {
  const std::string shown = Escape(path);
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    const int err = errno;
    return ErrnoStatus(err, absl::StrCat(shown, ": ", ErrnoText(err)));
  }
  if (S_ISDIR(st.st_mode)) {
    return absl::InvalidArgumentError(
        absl::StrCat(shown, ": is a directory, not a graph file"));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int err = errno;
    return ErrnoStatus(
        err,
        absl::StrCat(shown, ": cannot open: ", ErrnoText(err ? err : EIO)));
  }
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  absl::string_view h = head;
  if (absl::StartsWith(h, "\xEF\xBB\xBF")) h.remove_prefix(3);

  InputKind kind = as;
  const std::string ext = Extension(path);
  if (kind == InputKind::kAuto) {
    if (ext == ".json") {
      kind = InputKind::kJson;
    } else if (ext == ".jsonl" || ext == ".ndjson") {
      kind = InputKind::kJsonLines;
    } else if (ext == ".tab") {
      kind = InputKind::kIcewsEvents;
    } else if (absl::EndsWith(absl::AsciiStrToLower(path), ".actors.txt") ||
               ext == ".dict") {
      kind = InputKind::kDictionary;
    } else if (ext == ".tsv") {
      kind = InputKind::kIcews;
    } else if (ext == ".txt") {
      // ICEWS quadruples (four tab-separated fields per line) or a
      // document to read statements from.
      const absl::string_view first = h.substr(0, h.find('\n'));
      kind = std::count(first.begin(), first.end(), '\t') == 3
                 ? InputKind::kIcews
                 : InputKind::kText;
    } else if (ext == ".text" || ext == ".md") {
      kind = InputKind::kText;
    } else {
      return UsageError(absl::StrCat(
          shown, ": unknown file type \"", Escape(ext),
          "\" (.json, .jsonl, .ndjson, .tsv, .txt, .tab, .actors.txt, .dict, "
          ".text, .md; or say which with --as)"));
    }
  }
  const std::string looks = Looks(h);
  const absl::string_view t = absl::StripLeadingAsciiWhitespace(h);
  switch (kind) {
    case InputKind::kJson:
    case InputKind::kJsonLines:
      if (!t.empty() && t.front() != '{') {
        return absl::InvalidArgumentError(
            absl::StrCat(shown, ": expected diplograph/1 ", InputKindName(kind),
                         " (by its name) but the content looks like ", looks));
      }
      break;
    case InputKind::kIcews:
    case InputKind::kIcewsEvents:
      if (looks == "JSON" || looks == "binary data" || looks == "XML or HTML") {
        return absl::InvalidArgumentError(absl::StrCat(
            shown,
            ": expected ICEWS tab-separated events but the content "
            "looks like ",
            looks));
      }
      if (kind == InputKind::kIcews && absl::StartsWith(h, "Event ID\t")) {
        kind = InputKind::kIcewsEvents;
      }
      break;
    case InputKind::kDictionary:
      if (looks == "JSON" || looks == "binary data") {
        return absl::InvalidArgumentError(
            absl::StrCat(shown,
                         ": expected a CAMEO actor dictionary but the "
                         "content looks like ",
                         looks));
      }
      break;
    case InputKind::kText:
      if (looks == "binary data") {
        return absl::InvalidArgumentError(absl::StrCat(
            shown, ": expected a text document but the content looks like ",
            looks));
      }
      break;
    case InputKind::kAuto:
      break;
  }
  return kind;
}

namespace {

// Reads a document and adds what the extractor finds in it.
// Draws bytes read on `bar` when it is enabled (stderr is a terminal).
absl::Status ImportText(const std::string& path, Graph& graph, ProgressBar& bar,
                        std::string* summary) {
  std::ifstream in(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)),
                   std::istreambuf_iterator<char>());
  if (in.bad()) {
    return absl::DataLossError(absl::StrCat(Escape(path), ": read failed"));
  }
  absl::StatusOr<Extractor> extractor = Extractor::Create(graph);
  if (!extractor.ok()) return extractor.status();
  DocumentInfo info;
  info.locator = path;
  ExtractOptions options;
  if (bar.enabled()) {
    options.progress = [&bar](uint64_t done, uint64_t total) {
      bar.UpdateSteps(done, total, "bytes");
    };
  }
  absl::StatusOr<Extraction> x = extractor->Extract(text, info, options);
  bar.Done();
  if (!x.ok()) {
    return absl::Status(x.status().code(),
                        absl::StrCat(Escape(path), ": ", x.status().message()));
  }
  AddExtractionReport report;
  if (absl::Status s = AddExtraction(graph, *x, {}, &report); !s.ok()) {
    return absl::Status(s.code(),
                        absl::StrCat(Escape(path), ": ", s.message()));
  }
  *summary =
      absl::StrCat("statements found: ", x->statements.size(),
                   "\nstatements added: ", report.statements_added,
                   "\nstatements merged: ", report.statements_merged,
                   "\nactors added: ", report.actors_added,
                   "\nactors matched: ", report.actors_matched,
                   "\nrelationships added: ", report.relationships_added);
  return absl::OkStatus();
}

}  // namespace

absl::Status LoadInputs(const std::vector<std::string>& files, Graph& graph,
                        const LoadOptions& options, std::ostream& log) {
  // Check every input before loading any, so that a typo in the last one
  // does not cost the time of loading the others.
  std::vector<std::pair<std::string, InputKind>> inputs;
  for (const std::string& f : files) {
    absl::StatusOr<InputKind> kind = InputKindOf(f, options.as);
    if (!kind.ok()) return kind.status();
    inputs.emplace_back(f, *kind);
  }
  // Dictionaries first, then graphs, then event data: the importers find
  // actors by name, and the quadruple import creates every actor it does
  // not know as an organization, so the inputs that say what an actor is
  // come before those that only name it.
  const auto rank = [](InputKind k) {
    return k == InputKind::kDictionary                           ? 0
           : k == InputKind::kJson || k == InputKind::kJsonLines ? 1
           : k == InputKind::kText                               ? 3
                                                                 : 2;
  };
  std::stable_sort(inputs.begin(), inputs.end(),
                   [&](const auto& x, const auto& y) {
                     return rank(x.second) < rank(y.second);
                   });
  const bool bar = !options.quiet && StderrIsTerminal();
  const bool lenient = options.mode == ImportMode::kLenient;
  for (const auto& [path, kind] : inputs) {
    ProgressBar progress(absl::StrCat(EscapeCut(path, 30), ":"), FileSize(path),
                         bar);
    absl::Status status;
    std::string summary;
    const ImportReport* report = nullptr;
    JsonLoadReport json_report;
    IcewsImportReport icews_report;
    DictionaryImportReport dict_report;
    switch (kind) {
      case InputKind::kJson:
      case InputKind::kJsonLines: {
        JsonLoadOptions o;
        o.layout = kind == InputKind::kJson ? JsonLayout::kDocument
                                            : JsonLayout::kLines;
        o.mode = options.mode;
        o.max_problems = std::max<size_t>(1, options.max_problems);
        o.progress = progress.Callback();
        o.progress_every_records = 4096;
        status = LoadJsonFile(path, graph, o, &json_report);
        report = &json_report;
        summary = json_report.ToString();
        break;
      }
      case InputKind::kIcews:
      case InputKind::kIcewsEvents: {
        IcewsImportOptions o;
        o.mode = options.mode;
        o.skip_repeated_rows = options.skip_repeated_rows;
        o.max_problems = options.max_problems;
        o.progress = progress.Callback();
        o.progress_every_records = 4096;
        status = kind == InputKind::kIcews
                     ? ImportIcewsQuadruplesFile(path, graph, o, &icews_report)
                     : ImportIcewsEventsFile(path, graph, o, &icews_report);
        report = &icews_report;
        summary = icews_report.ToString();
        break;
      }
      case InputKind::kDictionary: {
        DictionaryOptions o;
        o.mode = options.mode;
        o.format = DictionaryFormat::kActors;
        o.max_problems = options.max_problems;
        o.progress = progress.Callback();
        status = ImportActorDictionaryFile(path, graph, o, &dict_report);
        report = &dict_report;
        summary = dict_report.ToString();
        break;
      }
      case InputKind::kText: {
        // All of a document's extraction is added, or nothing: no problem
        // list, and the same in both modes.
        status = ImportText(path, graph, progress, &summary);
        break;
      }
      case InputKind::kAuto:
        return absl::InternalError("input kind not decided");
    }
    progress.Done();
    if (report == nullptr) {
      if (!status.ok()) return status;
      if (options.print_reports) {
        log << Escape(path) << " (" << InputKindName(kind) << "):\n";
        for (absl::string_view line : absl::StrSplit(summary, '\n')) {
          log << "  " << Escape(line) << "\n";
        }
      }
      continue;
    }
    if (!status.ok()) {
      PrintProblems(*report, false);
      if (report->problems.empty()) return status;
      return absl::Status(
          status.code(),
          absl::StrCat(path, ": not loaded (", report->problem_count,
                       report->problem_count == 1 ? " problem" : " problems",
                       "; nothing of it is in the graph)"));
    }
    if (lenient && !options.quiet) PrintProblems(*report, true);
    if (options.print_reports) {
      log << Escape(path) << " (" << InputKindName(kind) << "):\n";
      // The report's own lines, indented; its problems were printed above.
      for (absl::string_view line : absl::StrSplit(summary, '\n')) {
        if (line.empty() || absl::StrContains(line, path + ":")) continue;
        log << "  " << Escape(line) << "\n";
      }
    }
  }
  return absl::OkStatus();
}

// ---------------------------------------------------------------------
// Sessions.

absl::StatusOr<Format> ParseFormat(absl::string_view name) {
  if (name == "text") return Format::kText;
  if (name == "json") return Format::kJson;
  if (name == "jsonl") return Format::kJsonl;
  if (name == "csv") return Format::kCsv;
  if (name == "tsv") return Format::kTsv;
  return UsageError(absl::StrCat("--format: unknown format \"", Escape(name),
                                 "\" (text, json, jsonl, csv, tsv)"));
}

void AddFormatFlag(CLI::App& command, std::string& format) {
  command
      .add_option("--format", format,
                  "output: text (for people), json, jsonl, csv or tsv")
      ->check(CLI::IsMember({"text", "json", "jsonl", "csv", "tsv"}))
      ->capture_default_str();
}

void AddGraphFlags(CLI::App& command, GraphFlags& flags, bool with_format) {
  command
      .add_option("-g,--graph", flags.graphs,
                  "graph input (diplograph/1 .json/.jsonl, ICEWS .tsv/.txt/"
                  ".tab, actor dictionary .actors.txt); repeat to merge")
      ->required()
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->type_name("FILE");
  command.add_flag("--strict", flags.strict,
                   "fail on the first bad record (the default)");
  command.add_flag("--lenient", flags.lenient,
                   "skip bad records, print them as warnings");
  command
      .add_option("--as", flags.as,
                  "read every input as this kind instead of by its name")
      ->check(CLI::IsMember(
          {"auto", "json", "jsonl", "icews", "icews-events", "dictionary"}))
      ->capture_default_str();
  command.add_flag("-q,--quiet", flags.quiet, "no progress bar, no warnings");
  if (with_format) AddFormatFlag(command, flags.format);
}

absl::StatusOr<std::unique_ptr<Session>> Session::Open(
    const GraphFlags& flags) {
  if (flags.strict && flags.lenient) {
    return UsageError("--strict and --lenient exclude each other");
  }
  std::unique_ptr<Session> s(new Session());
  absl::StatusOr<Format> format = ParseFormat(flags.format);
  if (!format.ok()) return format.status();
  s->format_ = *format;
  LoadOptions options;
  options.mode = flags.lenient ? ImportMode::kLenient : ImportMode::kStrict;
  absl::StatusOr<InputKind> as = ParseInputKind(flags.as);
  if (!as.ok()) return as.status();
  options.as = *as;
  options.quiet = flags.quiet;
  absl::Status loaded = LoadInputs(flags.graphs, s->graph_, options, std::cerr);
  if (!loaded.ok()) return loaded;
  return s;
}

absl::StatusOr<ActorId> Session::Resolve(absl::string_view name, Date date) {
  if (absl::StripAsciiWhitespace(name).empty()) {
    return UsageError("empty actor name");
  }
  if (name.size() > kMaxNameBytes) {
    return absl::InvalidArgumentError(absl::StrCat(
        "actor name \"", EscapeCut(name, 40), "\" is ", name.size(),
        " bytes long; names are at most ", kMaxNameBytes, " bytes"));
  }
  const std::string shown = EscapeCut(name, 80);
  absl::StatusOr<ActorId> exact = graph_.FindActor(name);
  if (exact.ok()) return *exact;

  if (resolver_ == nullptr) {
    absl::StatusOr<Resolver> r = Resolver::Create(graph_);
    if (!r.ok()) return r.status();
    resolver_ = std::make_unique<Resolver>(*std::move(r));
  }
  const Resolution r = resolver_->Resolve(name, date);
  if (r.found() && !r.ambiguous) return r.best().actor;
  if (r.found()) {
    std::string list;
    for (const ResolvedCandidate& c : r.candidates) {
      if (c.score < r.best().score) break;
      absl::StrAppend(&list, "\n  ", EscapeCut(ActorName(graph_, c.actor), 80),
                      " (", MatchReasonName(c.reason), ": ",
                      Escape(c.explanation), ")");
    }
    return absl::FailedPreconditionError(absl::StrCat(
        "\"", shown, "\" is ambiguous",
        date.is_known() ? absl::StrCat(" on ", date.ToString()) : "",
        "; it may name:", list, "\nGive the full name."));
  }
  if (name.size() == 3 && absl::AsciiStrToUpper(name) == name) {
    absl::StatusOr<ActorId> iso = graph_.FindActorByIso3(name);
    if (iso.ok()) return *iso;
  }
  if (search_ == nullptr) search_ = std::make_unique<ActorSearchIndex>(graph_);
  const std::vector<ActorMatch> found = search_->Search(name, 11);
  if (found.size() == 1) return found[0].actor;
  if (found.empty()) {
    return absl::NotFoundError(
        absl::StrCat("no actor named \"", shown, "\" in the graph"));
  }
  std::string list;
  for (size_t i = 0; i < found.size() && i < 10; ++i) {
    absl::StrAppend(&list, "\n  ",
                    EscapeCut(ActorName(graph_, found[i].actor), 80));
    if (found[i].is_alias) {
      absl::StrAppend(&list, " (alias \"", Escape(found[i].name), "\")");
    }
  }
  if (found.size() > 10) list += "\n  ...";
  return absl::FailedPreconditionError(
      absl::StrCat("\"", shown, "\" is ambiguous; it may name:", list,
                   "\nGive the full name."));
}

absl::StatusOr<Date> ParseDateFlag(absl::string_view flag,
                                   absl::string_view text) {
  absl::StatusOr<Date> d = Date::Parse(text);
  if (!d.ok() || !d->is_known()) {
    return UsageError(
        absl::StrCat(flag, ": \"", EscapeCut(text, 40),
                     "\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                     d.ok() ? "" : absl::StrCat(": ", d.status().message())));
  }
  return *d;
}

absl::StatusOr<Interval> ParseIntervalFlag(absl::string_view flag,
                                           absl::string_view text) {
  absl::StatusOr<Interval> i = Interval::Parse(text);
  if (!i.ok()) {
    return UsageError(absl::StrCat(
        flag, ": \"", EscapeCut(text, 40),
        "\" is not an interval (BEGIN/END, each a date or \"..\", or one "
        "date): ",
        i.status().message()));
  }
  return *i;
}

// Checks that `out` can be written before any work is done: its directory
// exists and is a directory, and `out` is not a directory.
absl::Status CheckOutputPath(const std::string& out, bool may_be_directory) {
  const size_t slash = out.rfind('/');
  const std::string dir = slash == std::string::npos
                              ? "."
                              : (slash == 0 ? "/" : out.substr(0, slash));
  struct stat st;
  if (stat(dir.c_str(), &st) != 0) {
    return absl::NotFoundError(absl::StrCat(
        "--out: \"", EscapeCut(out, 80), "\": directory \"", EscapeCut(dir, 80),
        "\" does not exist (", std::strerror(errno), ")"));
  }
  if (!S_ISDIR(st.st_mode)) {
    return absl::NotFoundError(absl::StrCat("--out: \"", EscapeCut(out, 80),
                                            "\": \"", EscapeCut(dir, 80),
                                            "\" is not a directory"));
  }
  if (!may_be_directory && stat(out.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    return absl::InvalidArgumentError(
        absl::StrCat("--out: \"", EscapeCut(out, 80),
                     "\" is a directory; give a file name"));
  }
  return absl::OkStatus();
}

std::string StatementBlock(const Graph& graph, StatementId id,
                           const StatementFormat& format) {
  const std::string text = FormatStatement(graph, id, format);
  const StatementView s = graph.statement(id);
  std::vector<std::string> names;
  for (ActorId a : s.about()) names.push_back(ActorName(graph, a));
  std::string out;
  bool first = true;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    if (line.empty()) continue;
    if (s.text().empty() &&
        absl::StripAsciiWhitespace(line) == "(paraphrase)") {
      continue;
    }
    absl::StrAppend(&out, EscapeCut(line, 2000), "\n");
    if (first && !names.empty()) {
      absl::StrAppend(&out, format.indent,
                      "  about: ", EscapeCut(absl::StrJoin(names, "; "), 2000),
                      "\n");
    }
    first = false;
  }
  return out;
}

std::string ActorName(const Graph& graph, ActorId id) {
  if (!id.valid() || !graph.Contains(id)) return "(none)";
  return graph.actor(id).name;
}

}  // namespace diplograph::cli
