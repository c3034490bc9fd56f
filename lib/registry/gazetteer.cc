// The gazetteer tables: parsing data/registry's media, places, offices,
// office holders and non-actor phrases (gazetteer_import.cc adds them to a
// graph).

#include "diplograph/gazetteer.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "registry/gazetteer_tables.h"
#include "util/status_macros.h"
#include "util/utf8.h"

namespace diplograph {
namespace {

using internal::Quoted;

// Reads one table: skips '#' comment lines, checks the header, and hands
// each row's fields to `row`, collecting located problems.
class TableReader {
 public:
  TableReader(const GazetteerFile& file, std::vector<std::string> columns,
              std::vector<ImportProblem>& problems)
      : file_(file), columns_(std::move(columns)), problems_(problems) {}

  // Calls `row(fields, line)` for every data row with the right number of
  // fields; a row's callback reports its own problems through Problem().
  template <typename RowFn>
  void ForEachRow(RowFn row) {
    if (file_.text.empty()) return;
    if (size_t bad = internal::FindInvalidUtf8(file_.text);
        bad != absl::string_view::npos) {
      uint32_t line = 1;
      for (size_t i = 0; i < bad; ++i) line += file_.text[i] == '\n';
      Problem(line, "", "invalid UTF-8");
      return;
    }
    bool seen_header = false;
    uint32_t line_no = 0;
    for (absl::string_view line : absl::StrSplit(file_.text, '\n')) {
      ++line_no;
      absl::ConsumeSuffix(&line, "\r");
      if (line.empty() || line.front() == '#') continue;
      std::vector<absl::string_view> fields = absl::StrSplit(line, '\t');
      if (!seen_header) {
        seen_header = true;
        if (fields.size() != columns_.size() ||
            !std::equal(fields.begin(), fields.end(), columns_.begin())) {
          Problem(line_no, "",
                  absl::StrCat("expected the header \"",
                               absl::StrJoin(columns_, "\\t"), "\""));
          return;
        }
        continue;
      }
      if (fields.size() != columns_.size()) {
        Problem(line_no, "",
                absl::StrCat("expected ", columns_.size(), " fields, found ",
                             fields.size()));
        continue;
      }
      bool control = false;
      for (absl::string_view f : fields) {
        control = control || internal::HasControlCharacter(f);
      }
      if (control) {
        Problem(line_no, "", "control character in a field");
        continue;
      }
      row(fields, line_no);
    }
    if (!seen_header) Problem(line_no, "", "no header line");
  }

  void Problem(uint32_t line, absl::string_view column, std::string message) {
    problems_.push_back({.file = std::string(file_.name),
                         .line = line,
                         .path = std::string(column),
                         .message = std::move(message)});
  }

 private:
  const GazetteerFile& file_;
  std::vector<std::string> columns_;
  std::vector<ImportProblem>& problems_;
};

std::vector<std::string> SplitList(absl::string_view field) {
  std::vector<std::string> out;
  if (field.empty()) return out;
  for (absl::string_view part : absl::StrSplit(field, '|')) {
    out.emplace_back(absl::StripAsciiWhitespace(part));
  }
  return out;
}

bool IsIso3(absl::string_view code) {
  return code.size() == 3 && absl::ascii_isupper(code[0]) &&
         absl::ascii_isupper(code[1]) && absl::ascii_isupper(code[2]);
}

// Every row that parses, with the problems of the others.
Gazetteer ParseRows(const GazetteerInput& input,
                    std::vector<ImportProblem>& problems);

bool HasEmpty(const std::vector<std::string>& list) {
  for (const std::string& s : list) {
    if (s.empty()) return true;
  }
  return false;
}

}  // namespace

absl::string_view MediaOwnershipName(MediaOwnership ownership) {
  switch (ownership) {
    case MediaOwnership::kState:
      return "state";
    case MediaOwnership::kPublic:
      return "public";
    case MediaOwnership::kCooperative:
      return "cooperative";
    case MediaOwnership::kPrivate:
      return "private";
  }
  return "private";
}

absl::string_view PlaceKindName(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kCapital:
      return "capital";
    case PlaceKind::kSeat:
      return "seat";
    case PlaceKind::kDemonym:
      return "demonym";
    case PlaceKind::kShortName:
      return "short_name";
  }
  return "capital";
}

GazetteerInput BuiltinGazetteerInput() {
  using namespace internal;  // NOLINT: the generated table names
  return {
      .media = {"data/registry/media.tsv",
                absl::string_view(kGazetteer_media, kGazetteer_media_size)},
      .places = {"data/registry/places.tsv",
                 absl::string_view(kGazetteer_places, kGazetteer_places_size)},
      .offices = {"data/registry/offices.tsv",
                  absl::string_view(kGazetteer_offices,
                                    kGazetteer_offices_size)},
      .officeholders = {"data/registry/officeholders.tsv",
                        absl::string_view(kGazetteer_officeholders,
                                          kGazetteer_officeholders_size)},
      .non_actor_phrases = {"data/registry/non_actor_phrases.tsv",
                            absl::string_view(
                                kGazetteer_non_actor_phrases,
                                kGazetteer_non_actor_phrases_size)},
  };
}

const Gazetteer& BuiltinGazetteer() {
  static const Gazetteer* const kBuiltin = [] {
    std::vector<ImportProblem> problems;
    // The build checks the layout and gazetteer_test every value; should a
    // row still fail, the rows that parsed are kept.
    return new Gazetteer(ParseRows(BuiltinGazetteerInput(), problems));
  }();
  return *kBuiltin;
}

absl::StatusOr<Gazetteer> ParseGazetteer(
    const GazetteerInput& input, std::vector<ImportProblem>* problems_out) {
  std::vector<ImportProblem> problems;
  Gazetteer g = ParseRows(input, problems);
  if (problems_out != nullptr) *problems_out = problems;
  if (!problems.empty()) {
    return absl::InvalidArgumentError(problems.front().ToString());
  }
  return g;
}

namespace {

Gazetteer ParseRows(const GazetteerInput& input,
                    std::vector<ImportProblem>& problems) {
  Gazetteer g;

  {
    TableReader r(input.media,
                  {"name", "aliases", "country", "ownership", "source"},
                  problems);
    r.ForEachRow([&](const std::vector<absl::string_view>& f, uint32_t line) {
      MediaOutletRecord m;
      m.name = std::string(f[0]);
      m.aliases = SplitList(f[1]);
      m.country = std::string(f[2]);
      m.source = std::string(f[4]);
      m.line = line;
      if (m.name.empty()) return r.Problem(line, "name", "empty name");
      if (HasEmpty(m.aliases)) {
        return r.Problem(line, "aliases", "empty alias in the list");
      }
      if (!IsIso3(m.country)) {
        return r.Problem(
            line, "country",
            absl::StrCat(Quoted(f[2]), " is not an ISO 3166-1 alpha-3 code"));
      }
      if (f[3] == "state") {
        m.ownership = MediaOwnership::kState;
      } else if (f[3] == "public") {
        m.ownership = MediaOwnership::kPublic;
      } else if (f[3] == "cooperative") {
        m.ownership = MediaOwnership::kCooperative;
      } else if (f[3] == "private") {
        m.ownership = MediaOwnership::kPrivate;
      } else {
        return r.Problem(
            line, "ownership",
            absl::StrCat(Quoted(f[3]),
                         " is not state, public, cooperative or private"));
      }
      if (m.source.empty()) return r.Problem(line, "source", "empty source");
      g.media.push_back(std::move(m));
    });
  }

  {
    TableReader r(input.places,
                  {"phrase", "kind", "country", "stands_for", "source"},
                  problems);
    r.ForEachRow([&](const std::vector<absl::string_view>& f, uint32_t line) {
      PlaceRecord p;
      p.phrase = std::string(f[0]);
      p.country = std::string(f[2]);
      p.stands_for = std::string(f[3]);
      p.source = std::string(f[4]);
      p.line = line;
      if (p.phrase.empty()) return r.Problem(line, "phrase", "empty phrase");
      if (f[1] == "capital") {
        p.kind = PlaceKind::kCapital;
      } else if (f[1] == "seat") {
        p.kind = PlaceKind::kSeat;
      } else if (f[1] == "demonym") {
        p.kind = PlaceKind::kDemonym;
      } else if (f[1] == "short_name") {
        p.kind = PlaceKind::kShortName;
      } else {
        return r.Problem(line, "kind",
                         absl::StrCat(Quoted(f[1]),
                                      " is not capital, seat, demonym or "
                                      "short_name"));
      }
      if (!IsIso3(p.country)) {
        return r.Problem(
            line, "country",
            absl::StrCat(Quoted(f[2]), " is not an ISO 3166-1 alpha-3 code"));
      }
      if (p.stands_for.empty()) {
        return r.Problem(line, "stands_for", "empty stands_for");
      }
      if (p.source.empty()) return r.Problem(line, "source", "empty source");
      g.places.push_back(std::move(p));
    });
  }

  absl::flat_hash_map<std::string, size_t> office_index;
  {
    TableReader r(input.offices,
                  {"office", "country", "organization", "org_aliases",
                   "org_role", "role", "titles", "source"},
                  problems);
    r.ForEachRow([&](const std::vector<absl::string_view>& f, uint32_t line) {
      OfficeRecord o;
      o.office = std::string(f[0]);
      o.country = std::string(f[1]);
      if (f[2] != "-") o.organization = std::string(f[2]);
      o.organization_aliases = SplitList(f[3]);
      o.organization_role = std::string(f[4]);
      o.role = std::string(f[5]);
      o.titles = SplitList(f[6]);
      o.source = std::string(f[7]);
      o.line = line;
      if (o.office.empty()) return r.Problem(line, "office", "empty key");
      if (office_index.contains(o.office)) {
        return r.Problem(
            line, "office",
            absl::StrCat("office ", Quoted(o.office), " is defined twice"));
      }
      if (!IsIso3(o.country)) {
        return r.Problem(
            line, "country",
            absl::StrCat(Quoted(f[1]), " is not an ISO 3166-1 alpha-3 code"));
      }
      if (f[2].empty()) {
        return r.Problem(line, "organization",
                         "empty organization (\"-\" for the state)");
      }
      if (o.organization.empty() &&
          (!o.organization_aliases.empty() || !o.organization_role.empty())) {
        return r.Problem(line, "org_aliases",
                         "the state itself takes no aliases or role here");
      }
      if (!o.organization.empty() && o.organization_role.empty()) {
        return r.Problem(line, "org_role", "empty role of the body");
      }
      if (HasEmpty(o.organization_aliases)) {
        return r.Problem(line, "org_aliases", "empty alias in the list");
      }
      if (o.role.empty()) return r.Problem(line, "role", "empty role");
      if (o.titles.empty() || HasEmpty(o.titles)) {
        return r.Problem(line, "titles", "empty title");
      }
      if (o.source.empty()) return r.Problem(line, "source", "empty source");
      office_index.emplace(o.office, g.offices.size());
      g.offices.push_back(std::move(o));
    });
  }

  {
    TableReader r(input.officeholders,
                  {"person", "aliases", "office", "begin", "end", "source"},
                  problems);
    r.ForEachRow([&](const std::vector<absl::string_view>& f, uint32_t line) {
      OfficeTermRecord t;
      t.person = std::string(f[0]);
      t.aliases = SplitList(f[1]);
      t.office = std::string(f[2]);
      t.source = std::string(f[5]);
      t.line = line;
      if (t.person.empty()) return r.Problem(line, "person", "empty name");
      if (HasEmpty(t.aliases)) {
        return r.Problem(line, "aliases", "empty alias in the list");
      }
      if (!office_index.contains(t.office)) {
        return r.Problem(line, "office",
                         absl::StrCat("office ", Quoted(t.office),
                                      " is not in the offices table"));
      }
      absl::StatusOr<Date> begin = Date::Parse(f[3]);
      if (!begin.ok() || !begin->is_known()) {
        return r.Problem(line, "begin",
                         begin.ok() ? "empty begin date"
                                    : std::string(begin.status().message()));
      }
      absl::StatusOr<Date> end = Date::Parse(f[4]);
      if (!end.ok()) {
        return r.Problem(line, "end", std::string(end.status().message()));
      }
      absl::StatusOr<Interval> term = Interval::Make(*begin, *end);
      if (!term.ok()) {
        return r.Problem(line, "end", std::string(term.status().message()));
      }
      t.term = *term;
      if (t.source.empty()) return r.Problem(line, "source", "empty source");
      g.terms.push_back(std::move(t));
    });
  }

  {
    TableReader r(input.non_actor_phrases, {"phrase", "what", "source"},
                  problems);
    r.ForEachRow([&](const std::vector<absl::string_view>& f, uint32_t line) {
      NonActorPhraseRecord n{.phrase = std::string(f[0]),
                             .what = std::string(f[1]),
                             .source = std::string(f[2]),
                             .line = line};
      if (n.phrase.empty()) return r.Problem(line, "phrase", "empty phrase");
      if (n.what.empty()) return r.Problem(line, "what", "empty what");
      if (n.source.empty()) return r.Problem(line, "source", "empty source");
      g.non_actor_phrases.push_back(std::move(n));
    });
  }

  return g;
}

}  // namespace

}  // namespace diplograph
