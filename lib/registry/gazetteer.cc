// The gazetteer tables: parsing data/registry's media, places, offices,
// office holders and non-actor phrases, and adding them to a graph.

#include "diplograph/gazetteer.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "diplograph/countries.h"
#include "registry/fold.h"
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

// Adds the gazetteer inside one Graph::Update.
class GazetteerImporter {
 public:
  GazetteerImporter(Graph& graph, const GazetteerImportOptions& options,
                    GazetteerImportReport& report)
      : graph_(graph), options_(options), report_(report) {}

  absl::Status Run(const Gazetteer& g) {
    // Names and aliases folded as the resolver folds them, so that
    // "Recep Tayyip Erdoğan" finds a dictionary's "Recep Tayyip Erdogan" and
    // "Vladimir Putin" its "VLADIMIR_PUTIN_".
    for (uint32_t v = 0; v < graph_.actor_count(); ++v) {
      const ActorId id(v);
      if (!graph_.Contains(id)) continue;
      const Actor& a = graph_.actor(id);
      IndexFolded(a.name, id);
      for (const std::string& alias : a.aliases) IndexFolded(alias, id);
    }
    if (options_.media) {
      for (const MediaOutletRecord& m : g.media) {
        DIPLOGRAPH_RETURN_IF_ERROR(Row(
            "data/registry/media.tsv", m.line, [&] { return AddMedia(m); },
            &report_.media_outlets));
      }
    }
    if (options_.officeholders) {
      absl::flat_hash_map<absl::string_view, const OfficeRecord*> offices;
      for (const OfficeRecord& o : g.offices) offices.emplace(o.office, &o);
      // Aliases of a person are the union over their rows.
      absl::flat_hash_map<absl::string_view, std::vector<std::string>> aliases;
      for (const OfficeTermRecord& t : g.terms) {
        std::vector<std::string>& list = aliases[t.person];
        for (const std::string& a : t.aliases) {
          if (std::find(list.begin(), list.end(), a) == list.end()) {
            list.push_back(a);
          }
        }
      }
      for (const OfficeTermRecord& t : g.terms) {
        auto it = offices.find(t.office);
        if (it == offices.end()) {
          DIPLOGRAPH_RETURN_IF_ERROR(Problem(
              "data/registry/officeholders.tsv", t.line,
              absl::StrCat("office ", Quoted(t.office), " is not defined")));
          continue;
        }
        DIPLOGRAPH_RETURN_IF_ERROR(Row(
            "data/registry/officeholders.tsv", t.line,
            [&] { return AddTerm(t, *it->second, aliases[t.person]); },
            &report_.office_terms));
      }
    }
    if (options_.place_aliases) {
      for (const PlaceRecord& p : g.places) {
        uint64_t unused = 0;
        DIPLOGRAPH_RETURN_IF_ERROR(Row(
            "data/registry/places.tsv", p.line,
            [&]() -> absl::Status {
              DIPLOGRAPH_ASSIGN_OR_RETURN(ActorId state, State(p.country));
              return Alias(state, p.phrase);
            },
            &unused));
      }
    }
    return absl::OkStatus();
  }

 private:
  // Runs one row's changes as a nested step: in lenient mode a failed row is
  // undone and reported; in strict mode its error ends the import.
  template <typename Fn>
  absl::Status Row(absl::string_view file, uint32_t line, Fn fn,
                   uint64_t* rows) {
    ++report_.records_read;
    GazetteerImportReport before = report_;
    absl::Status s = graph_.Update([&](Graph&) { return fn(); });
    if (s.ok()) {
      ++*rows;
      return s;
    }
    // Counts of the undone row go with it.
    before.records_read = report_.records_read;
    report_ = before;
    return Problem(file, line, std::string(s.message()), s.code());
  }

  absl::Status Problem(
      absl::string_view file, uint32_t line, std::string message,
      absl::StatusCode code = absl::StatusCode::kInvalidArgument) {
    ImportProblem p{.file = std::string(file),
                    .line = line,
                    .path = "",
                    .message = std::move(message),
                    .code = code};
    DIPLOGRAPH_RETURN_IF_ERROR(report_.RejectRecord(std::move(p), options_.mode,
                                                    options_.max_problems));
    ++report_.records_skipped;
    return absl::OkStatus();
  }

  absl::StatusOr<ActorId> State(absl::string_view iso3) {
    DIPLOGRAPH_ASSIGN_OR_RETURN(Country country, CountryByIso3(iso3));
    bool added = false;
    DIPLOGRAPH_ASSIGN_OR_RETURN(ActorId id,
                                GetOrAddCountryActor(graph_, country, &added));
    if (added) {
      ++report_.actors_added;
      ++report_.states_added;
    }
    return id;
  }

  absl::StatusOr<std::string> CameoCountry(absl::string_view iso3) {
    DIPLOGRAPH_ASSIGN_OR_RETURN(Country country, CountryByIso3(iso3));
    return std::string(country.cameo_code);
  }

  // The actor named `name` (canonical name, or an alias equal to it), or
  // NotFound. Actors of other kinds than `kinds` are a conflict.
  absl::StatusOr<ActorId> Existing(absl::string_view name,
                                   std::initializer_list<ActorKind> kinds) {
    std::vector<ActorId> matches = graph_.MatchActors(name);
    std::vector<ActorId> fitting;
    for (ActorId id : matches) {
      const Actor& a = graph_.actor(id);
      if (std::find(kinds.begin(), kinds.end(), a.kind) != kinds.end()) {
        fitting.push_back(id);
      }
    }
    // A canonical name wins over aliases.
    for (ActorId id : fitting) {
      if (absl::EqualsIgnoreCase(graph_.actor(id).name, name)) return id;
    }
    if (fitting.size() == 1) return fitting.front();
    if (fitting.size() > 1) {
      return absl::FailedPreconditionError(absl::StrCat(
          Quoted(name), " names ", fitting.size(), " actors already"));
    }
    for (ActorId id : matches) {
      if (absl::EqualsIgnoreCase(graph_.actor(id).name, name)) {
        return absl::AlreadyExistsError(
            absl::StrCat(Quoted(name), " is already an actor of kind ",
                         ActorKindName(graph_.actor(id).kind)));
      }
    }
    // Then by folded name or alias, when that names one actor of a fitting
    // kind. Entries are checked against the graph: a row undone in lenient
    // mode may have left ids that now name other actors.
    const std::string key = internal::FoldPhrase(name);
    auto it = folded_.find(key);
    if (it != folded_.end()) {
      std::vector<ActorId> hits;
      for (ActorId id : it->second) {
        if (!graph_.Contains(id)) continue;
        const Actor& a = graph_.actor(id);
        if (std::find(kinds.begin(), kinds.end(), a.kind) == kinds.end()) {
          continue;
        }
        bool still = internal::FoldPhrase(a.name) == key;
        for (size_t k = 0; !still && k < a.aliases.size(); ++k) {
          still = internal::FoldPhrase(a.aliases[k]) == key;
        }
        if (still && std::find(hits.begin(), hits.end(), id) == hits.end()) {
          hits.push_back(id);
        }
      }
      if (hits.size() == 1) return hits.front();
    }
    return absl::NotFoundError(name);
  }

  void IndexFolded(absl::string_view text, ActorId id) {
    std::string key = internal::FoldPhrase(text);
    if (key.empty()) return;
    std::vector<ActorId>& ids = folded_[std::move(key)];
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }

  absl::Status Alias(ActorId id, absl::string_view alias) {
    const Actor& a = graph_.actor(id);
    if (absl::EqualsIgnoreCase(a.name, alias)) return absl::OkStatus();
    for (const std::string& have : a.aliases) {
      if (have == alias) return absl::OkStatus();
    }
    DIPLOGRAPH_RETURN_IF_ERROR(graph_.AddAlias(id, alias));
    IndexFolded(alias, id);
    ++report_.aliases_added;
    return absl::OkStatus();
  }

  absl::Status Affiliate(ActorId member, const Affiliation& affiliation) {
    for (const Affiliation& have : graph_.actor(member).affiliations) {
      if (have == affiliation) return absl::OkStatus();
    }
    DIPLOGRAPH_RETURN_IF_ERROR(graph_.AddAffiliation(member, affiliation));
    ++report_.affiliations_added;
    return absl::OkStatus();
  }

  // Finds or creates an actor by canonical name; merges aliases.
  absl::StatusOr<ActorId> GetOrAdd(absl::string_view name, ActorKind kind,
                                   std::initializer_list<ActorKind> kinds,
                                   const std::vector<std::string>& aliases,
                                   absl::string_view cameo_code) {
    absl::StatusOr<ActorId> found = Existing(name, kinds);
    ActorId id;
    if (found.ok()) {
      id = *found;
      ++report_.actors_merged;
    } else if (absl::IsNotFound(found.status())) {
      Actor a;
      a.name = std::string(name);
      a.kind = kind;
      a.cameo_code = std::string(cameo_code);
      DIPLOGRAPH_ASSIGN_OR_RETURN(id, graph_.AddActor(a));
      IndexFolded(a.name, id);
      ++report_.actors_added;
    } else {
      return found.status();
    }
    for (const std::string& alias : aliases) {
      DIPLOGRAPH_RETURN_IF_ERROR(Alias(id, alias));
    }
    return id;
  }

  absl::Status AddMedia(const MediaOutletRecord& m) {
    DIPLOGRAPH_ASSIGN_OR_RETURN(std::string cameo, CameoCountry(m.country));
    DIPLOGRAPH_ASSIGN_OR_RETURN(
        ActorId outlet,
        GetOrAdd(m.name, ActorKind::kMediaOutlet,
                 {ActorKind::kMediaOutlet, ActorKind::kOrganization}, m.aliases,
                 absl::StrCat(cameo, "MED")));
    if (m.state_owned()) {
      DIPLOGRAPH_ASSIGN_OR_RETURN(ActorId state, State(m.country));
      DIPLOGRAPH_RETURN_IF_ERROR(
          Affiliate(outlet, {.organization = state, .role = "state media"}));
    }
    return absl::OkStatus();
  }

  absl::Status AddTerm(const OfficeTermRecord& t, const OfficeRecord& office,
                       const std::vector<std::string>& aliases) {
    DIPLOGRAPH_ASSIGN_OR_RETURN(std::string cameo,
                                CameoCountry(office.country));
    DIPLOGRAPH_ASSIGN_OR_RETURN(ActorId state, State(office.country));
    ActorId body = state;
    if (!office.organization.empty()) {
      DIPLOGRAPH_ASSIGN_OR_RETURN(
          body,
          GetOrAdd(office.organization, ActorKind::kOrganization,
                   {ActorKind::kOrganization}, office.organization_aliases,
                   absl::StrCat(cameo, "GOV")));
      DIPLOGRAPH_RETURN_IF_ERROR(Affiliate(
          body, {.organization = state, .role = office.organization_role}));
    }
    DIPLOGRAPH_ASSIGN_OR_RETURN(
        ActorId person,
        GetOrAdd(t.person, ActorKind::kPerson, {ActorKind::kPerson}, aliases,
                 absl::StrCat(cameo, "GOV")));
    return Affiliate(
        person, {.organization = body, .role = office.role, .valid = t.term});
  }

  Graph& graph_;
  const GazetteerImportOptions& options_;
  GazetteerImportReport& report_;
  absl::flat_hash_map<std::string, std::vector<ActorId>> folded_;
};

}  // namespace

absl::Status ImportGazetteer(const Gazetteer& input, Graph& graph,
                             const GazetteerImportOptions& options,
                             GazetteerImportReport* report) {
  GazetteerImportReport local;
  GazetteerImportReport& r = report != nullptr ? *report : local;
  r = GazetteerImportReport();
  GazetteerImporter importer(graph, options, r);
  absl::Status s = graph.Update([&](Graph&) { return importer.Run(input); });
  if (!s.ok()) {
    // Nothing of the input stayed: the counts say what was read.
    r.actors_added = r.actors_merged = r.affiliations_added = r.aliases_added =
        r.media_outlets = r.office_terms = r.states_added = 0;
  }
  return s;
}

}  // namespace diplograph
