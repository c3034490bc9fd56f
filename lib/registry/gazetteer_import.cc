// ImportGazetteer (gazetteer.h): adds parsed gazetteer tables to a graph
// inside one Graph::Update, finding existing actors by folded name and
// alias (gazetteer.cc parses the tables).

#include <algorithm>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "diplograph/countries.h"
#include "diplograph/gazetteer.h"
#include "registry/fold.h"
#include "util/status_macros.h"
#include "util/utf8.h"

namespace diplograph {
namespace {

using internal::Quoted;

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
