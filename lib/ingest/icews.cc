// The ICEWS importers (see icews.h): the public entry points and the
// helpers both layouts share. The Importer is in icews_importer.h, the row
// readers in icews_quadruples.cc and icews_events.cc.

#include "diplograph/icews.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/container/node_hash_map.h"
#include "absl/hash/hash.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "diplograph/cameo.h"
#include "diplograph/countries.h"
#include "diplograph/statement_appender.h"
#include "ingest/icews_importer.h"
#include "model/names.h"
#include "util/errno_status.h"
#include "util/line_reader.h"
#include "util/status_macros.h"
#include "util/utf8.h"

namespace diplograph {
namespace internal {

// Splits `line` at tabs into `out` (views into `line`).
void SplitTabs(absl::string_view line, std::vector<absl::string_view>* out) {
  out->clear();
  size_t start = 0;
  for (;;) {
    const void* p = std::memchr(line.data() + start, '\t', line.size() - start);
    if (p == nullptr) {
      out->push_back(line.substr(start));
      return;
    }
    const size_t tab =
        static_cast<size_t>(static_cast<const char*>(p) - line.data());
    out->push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

// Parses exactly "YYYY-MM-DD" on the calendar.
absl::StatusOr<Date> ParseDay(absl::string_view field, absl::string_view text) {
  auto digit = [&](size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  if (text.size() == 10 && text[4] == '-' && text[7] == '-' && digit(0) &&
      digit(1) && digit(2) && digit(3) && digit(5) && digit(6) && digit(8) &&
      digit(9)) {
    const int y = (text[0] - '0') * 1000 + (text[1] - '0') * 100 +
                  (text[2] - '0') * 10 + (text[3] - '0');
    const int m = (text[5] - '0') * 10 + (text[6] - '0');
    const int d = (text[8] - '0') * 10 + (text[9] - '0');
    absl::StatusOr<Date> date = Date::FromYearMonthDay(y, m, d);
    if (date.ok()) return date;
    return absl::InvalidArgumentError(
        absl::StrCat(field, ": ", Quoted(text), " is not a calendar date"));
  }
  return absl::InvalidArgumentError(absl::StrCat(
      field, ": ", Quoted(text), " is not a date of the form YYYY-MM-DD"));
}

absl::StatusOr<Date> SplitQuadruple(absl::string_view line,
                                    std::vector<absl::string_view>* fields) {
  SplitTabs(line, fields);
  if (fields->size() != 4) {
    return absl::InvalidArgumentError(absl::StrCat(
        "expected 4 tab-separated fields (subject, relation, object, "
        "date), found ",
        fields->size()));
  }
  return ParseDay("date", (*fields)[3]);
}

bool IsCountryName(absl::string_view name) {
  // The names and aliases CountryByName looks up, in its ASCII lower case;
  // built once, on first use (thread-safe).
  static const absl::flat_hash_set<std::string>* const kNames = [] {
    auto* names = new absl::flat_hash_set<std::string>();
    for (const Country& c : Countries()) {
      names->insert(absl::AsciiStrToLower(c.name));
      for (absl::string_view a : c.aliases) {
        names->insert(absl::AsciiStrToLower(a));
      }
    }
    return names;
  }();
  return kNames->contains(absl::AsciiStrToLower(name));
}

// "Sector (Country)" -> {"Sector", "Country"}; nullopt for other names.
std::optional<std::pair<absl::string_view, absl::string_view>> SplitSector(
    absl::string_view name) {
  if (name.size() < 4 || name.back() != ')') return std::nullopt;
  const size_t open = name.rfind(" (");
  if (open == absl::string_view::npos || open == 0) return std::nullopt;
  absl::string_view country = name.substr(open + 2, name.size() - open - 3);
  if (country.empty() ||
      country.find_first_of("()") != absl::string_view::npos ||
      country.front() == ' ' || country.back() == ' ') {
    return std::nullopt;
  }
  return std::make_pair(name.substr(0, open), country);
}

}  // namespace internal

namespace {

using internal::Importer;
using internal::ImportFullRows;
using internal::ImportQuadRows;
using internal::Quoted;

template <typename Fn>
absl::Status Run(std::istream& in, absl::string_view name, Graph& graph,
                 const IcewsImportOptions& options, IcewsImportReport* report,
                 Fn rows) {
  IcewsImportReport local;
  IcewsImportReport& r = report != nullptr ? *report : local;
  r = IcewsImportReport();
  Importer im(graph, name, options, r);
  return graph.Update([&](Graph&) -> absl::Status { return rows(im, in); });
}

// The bytes left in `in` when it can seek (a file), else 0.
uint64_t RemainingBytes(std::istream& in) {
  if (!in) return 0;  // left as it is, for the reader to report
  const std::istream::pos_type here = in.tellg();
  if (here == std::istream::pos_type(-1)) {
    in.clear(in.rdstate() & ~std::ios::failbit);
    return 0;
  }
  in.seekg(0, std::ios::end);
  const std::istream::pos_type end = in.tellg();
  in.seekg(here);
  if (!in || end == std::istream::pos_type(-1) || end < here) {
    in.clear(in.rdstate() & ~std::ios::failbit);
    in.seekg(here);
    return 0;
  }
  return static_cast<uint64_t>(end - here);
}

// A report that holds only a failure to open or read the file.
absl::Status FileError(const std::string& path, IcewsImportReport* report) {
  absl::Status s = internal::ErrnoStatus(errno, "cannot open", Quoted(path));
  if (report != nullptr) {
    *report = IcewsImportReport();
    report->AddProblem(ImportProblem::OfFile(path, s), 1);
  }
  return s;
}

}  // namespace

std::string IcewsImportReport::ToString() const {
  std::string extra;
  if (duplicates_skipped > 0) {
    absl::StrAppend(&extra, "duplicates skipped: ", duplicates_skipped, "\n");
  }
  if (uncoded_rows > 0) {
    absl::StrAppend(&extra, "uncoded rows: ", uncoded_rows, " (",
                    absl::StrJoin(uncoded_event_types, "; "), ")\n");
  }
  if (names_joined > 0) {
    absl::StrAppend(&extra, "names joined to known persons: ", names_joined,
                    "\n");
  }
  if (reused_event_ids > 0) {
    absl::StrAppend(&extra, "reused event ids: ", reused_event_ids, "\n");
  }
  return ToStringWith(extra);
}

absl::Status ImportIcewsQuadruples(std::istream& in, absl::string_view name,
                                   Graph& graph,
                                   const IcewsImportOptions& options,
                                   IcewsImportReport* report) {
  int threads = options.threads;
  if (threads <= 0) {
    threads =
        std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  }
  const uint64_t size = threads == 1 ? 0 : RemainingBytes(in);
  if (threads == 1 || (size > 0 && size < kMinThreadedImportBytes)) {
    return Run(in, name, graph, options, report, ImportQuadRows);
  }
  absl::Status status =
      Run(in, name, graph, options, report,
          [threads, size, &in](Importer& im, std::istream&) {
            im.set_size_hint(size);
            return internal::ImportQuadRowsParallel(im, in, threads);
          });
  // The parallel reader let the Update()'s index build use its threads.
  StatementAppender(graph).SetIndexThreads(1);
  return status;
}

absl::Status ImportIcewsQuadruplesFile(const std::string& path, Graph& graph,
                                       const IcewsImportOptions& options,
                                       IcewsImportReport* report) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return FileError(path, report);
  return ImportIcewsQuadruples(in, path, graph, options, report);
}

absl::Status ImportIcewsEvents(std::istream& in, absl::string_view name,
                               Graph& graph, const IcewsImportOptions& options,
                               IcewsImportReport* report) {
  return Run(in, name, graph, options, report, ImportFullRows);
}

absl::Status ImportIcewsEventsFile(const std::string& path, Graph& graph,
                                   const IcewsImportOptions& options,
                                   IcewsImportReport* report) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return FileError(path, report);
  return ImportIcewsEvents(in, path, graph, options, report);
}

}  // namespace diplograph
