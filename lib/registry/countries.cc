// The country and sector tables: indexes built once over the compiled rows,
// and the shared country and sector actors of a graph.

#include "diplograph/countries.h"

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "registry/registry_tables.h"
#include "util/status_macros.h"
#include "util/utf8.h"

namespace diplograph {
namespace {

using internal::Quoted;

CountryKind ParseCountryKind(absl::string_view kind) {
  if (kind == "territory") return CountryKind::kTerritory;
  if (kind == "historical") return CountryKind::kHistorical;
  return CountryKind::kState;  // the build checked the column
}

SectorType ParseSectorType(absl::string_view type) {
  if (type == "international") return SectorType::kInternational;
  if (type == "religion") return SectorType::kReligion;
  if (type == "region") return SectorType::kRegion;
  if (type == "organization") return SectorType::kOrganization;
  if (type == "ethnic") return SectorType::kEthnic;
  return SectorType::kSector;
}

struct RegistryIndex {
  std::vector<Country> countries;
  std::vector<Sector> sectors;
  absl::flat_hash_map<absl::string_view, size_t> by_iso3;
  absl::flat_hash_map<absl::string_view, size_t> by_cameo;
  absl::flat_hash_map<std::string, size_t> by_name;  // ASCII lower case
  absl::flat_hash_map<absl::string_view, size_t> sector_by_code;
  absl::flat_hash_map<std::string, size_t> sector_by_name;

  RegistryIndex() {
    countries.reserve(static_cast<size_t>(internal::kCountryRowCount));
    for (int i = 0; i < internal::kCountryRowCount; ++i) {
      const internal::CountryRow& r = internal::kCountryRows[i];
      Country c;
      c.iso3 = r.iso3;
      c.cameo_code = *r.cameo == '\0' ? c.iso3 : absl::string_view(r.cameo);
      c.name = r.name;
      c.kind = ParseCountryKind(r.kind);
      if (*r.aliases != '\0') {
        c.aliases = absl::StrSplit(absl::string_view(r.aliases), '|');
      }
      c.source = r.source;
      const size_t at = countries.size();
      by_iso3.emplace(c.iso3, at);
      by_cameo.emplace(c.cameo_code, at);
      // The first row that uses a name keeps it.
      by_name.emplace(absl::AsciiStrToLower(c.name), at);
      for (absl::string_view a : c.aliases) {
        by_name.emplace(absl::AsciiStrToLower(a), at);
      }
      countries.push_back(std::move(c));
    }
    sectors.reserve(static_cast<size_t>(internal::kSectorRowCount));
    for (int i = 0; i < internal::kSectorRowCount; ++i) {
      const internal::SectorRow& r = internal::kSectorRows[i];
      Sector s;
      s.code = r.code;
      s.type = ParseSectorType(r.type);
      s.role = r.role;
      s.name = r.name;
      if (*r.aliases != '\0') {
        s.aliases = absl::StrSplit(absl::string_view(r.aliases), '|');
      }
      s.source = r.source;
      sector_by_code.emplace(s.code, sectors.size());
      if (s.type == SectorType::kSector) {
        sector_by_name.emplace(absl::AsciiStrToLower(s.name), sectors.size());
      }
      sectors.push_back(std::move(s));
    }
  }
};

const RegistryIndex& Index() {
  static const RegistryIndex* const index = new RegistryIndex();
  return *index;
}

absl::StatusOr<ActorId> FindByName(const Graph& graph, absl::string_view name) {
  absl::StatusOr<ActorId> found = graph.FindActor(name);
  if (found.ok() || found.status().code() == absl::StatusCode::kNotFound) {
    return found;
  }
  return found.status();
}

}  // namespace

ActorKind Country::actor_kind() const {
  return kind == CountryKind::kTerritory ? ActorKind::kPlace
                                         : ActorKind::kState;
}

absl::Span<const Country> Countries() { return Index().countries; }
absl::Span<const Sector> Sectors() { return Index().sectors; }

absl::StatusOr<Country> CountryByIso3(absl::string_view iso3) {
  const RegistryIndex& idx = Index();
  auto it = idx.by_iso3.find(iso3);
  if (it == idx.by_iso3.end()) {
    return absl::NotFoundError(
        absl::StrCat("no country with ISO code ", Quoted(iso3)));
  }
  return idx.countries[it->second];
}

absl::StatusOr<Country> CountryByCameoCode(absl::string_view code) {
  const RegistryIndex& idx = Index();
  auto it = idx.by_cameo.find(code);
  if (it == idx.by_cameo.end()) {
    it = idx.by_iso3.find(code);
    if (it == idx.by_iso3.end()) {
      return absl::NotFoundError(
          absl::StrCat("no country with CAMEO code ", Quoted(code)));
    }
  }
  return idx.countries[it->second];
}

absl::StatusOr<Country> CountryByName(absl::string_view name) {
  const RegistryIndex& idx = Index();
  auto it = idx.by_name.find(absl::AsciiStrToLower(name));
  if (it == idx.by_name.end()) {
    return absl::NotFoundError(absl::StrCat("no country named ", Quoted(name)));
  }
  return idx.countries[it->second];
}

absl::StatusOr<Country> FindCountry(absl::string_view name_or_code) {
  absl::StatusOr<Country> c = CountryByName(name_or_code);
  if (c.ok()) return c;
  c = CountryByCameoCode(name_or_code);  // CAMEO code, else ISO code
  if (c.ok()) return c;
  return absl::NotFoundError(
      absl::StrCat("no country with the name or code ", Quoted(name_or_code)));
}

absl::StatusOr<Sector> SectorByCode(absl::string_view code) {
  const RegistryIndex& idx = Index();
  auto it = idx.sector_by_code.find(code);
  if (it == idx.sector_by_code.end()) {
    return absl::NotFoundError(
        absl::StrCat("no CAMEO sector code ", Quoted(code)));
  }
  return idx.sectors[it->second];
}

absl::StatusOr<Sector> SectorByName(absl::string_view name) {
  const RegistryIndex& idx = Index();
  auto it = idx.sector_by_name.find(absl::AsciiStrToLower(name));
  if (it == idx.sector_by_name.end()) {
    return absl::NotFoundError(absl::StrCat("no sector named ", Quoted(name)));
  }
  return idx.sectors[it->second];
}

std::string SectorActorName(const Sector& sector, const Country& country) {
  return absl::StrCat(sector.name, " (", country.name, ")");
}

absl::StatusOr<ActorId> GetOrAddCountryActor(Graph& graph,
                                             const Country& country,
                                             bool* added) {
  if (added != nullptr) *added = false;
  absl::StatusOr<ActorId> found = graph.FindActorByIso3(country.iso3);
  if (found.ok()) return found;
  found = FindByName(graph, country.name);
  if (found.ok() || found.status().code() != absl::StatusCode::kNotFound) {
    return found;
  }
  for (absl::string_view alias : country.aliases) {
    found = FindByName(graph, alias);
    if (found.ok() || found.status().code() != absl::StatusCode::kNotFound) {
      return found;
    }
  }
  Actor a;
  a.name = std::string(country.name);
  a.kind = country.actor_kind();
  a.iso3 = std::string(country.iso3);
  a.cameo_code = std::string(country.cameo_code);
  for (absl::string_view alias : country.aliases) {
    a.aliases.emplace_back(alias);
  }
  DIPLOGRAPH_ASSIGN_OR_RETURN(ActorId id, graph.AddActor(a));
  if (added != nullptr) *added = true;
  return id;
}

absl::StatusOr<ActorId> GetOrAddSectorActor(Graph& graph,
                                            const Country& country,
                                            const Sector& sector, int* added) {
  if (added != nullptr) *added = 0;
  if (sector.type != SectorType::kSector) {
    return absl::InvalidArgumentError(absl::StrCat(
        "CAMEO code ", sector.code, " is not a sector of a country"));
  }
  const std::string name = SectorActorName(sector, country);
  absl::StatusOr<ActorId> found = FindByName(graph, name);
  if (found.ok() || found.status().code() != absl::StatusCode::kNotFound) {
    return found;
  }
  bool country_added = false;
  DIPLOGRAPH_ASSIGN_OR_RETURN(
      ActorId state, GetOrAddCountryActor(graph, country, &country_added));
  Actor a;
  a.name = name;
  a.kind = ActorKind::kOrganization;
  a.cameo_code = absl::StrCat(country.cameo_code, sector.code);
  a.affiliations.push_back({.organization = state, .role = "part of"});
  DIPLOGRAPH_ASSIGN_OR_RETURN(ActorId id, graph.AddActor(a));
  if (added != nullptr) *added = 1 + (country_added ? 1 : 0);
  return id;
}

absl::StatusOr<ActorId> GetOrAddRegistryActor(Graph& graph,
                                              absl::string_view name,
                                              ActorId* country, int* added) {
  if (added != nullptr) *added = 0;
  if (country != nullptr) *country = ActorId();
  absl::StatusOr<Country> c = CountryByName(name);
  if (c.ok()) {
    bool created = false;
    absl::StatusOr<ActorId> id = GetOrAddCountryActor(graph, *c, &created);
    if (id.ok() && added != nullptr) *added = created ? 1 : 0;
    return id;
  }
  // "<Sector> (<Country>)"
  if (name.size() < 4 || name.back() != ')') {
    return absl::NotFoundError(
        absl::StrCat(Quoted(name), " names no country or sector"));
  }
  const size_t open = name.rfind(" (");
  if (open == absl::string_view::npos || open == 0) {
    return absl::NotFoundError(
        absl::StrCat(Quoted(name), " names no country or sector"));
  }
  absl::string_view part = name.substr(0, open);
  c = CountryByName(name.substr(open + 2, name.size() - open - 3));
  if (!c.ok()) {
    return absl::NotFoundError(
        absl::StrCat(Quoted(name), " names no country or sector"));
  }
  absl::StatusOr<Sector> s = SectorByName(part);
  if (s.ok()) return GetOrAddSectorActor(graph, *c, *s, added);
  bool created = false;
  DIPLOGRAPH_ASSIGN_OR_RETURN(ActorId state,
                              GetOrAddCountryActor(graph, *c, &created));
  if (added != nullptr) *added = created ? 1 : 0;
  if (country != nullptr) *country = state;
  return absl::NotFoundError(absl::StrCat(
      Quoted(part), " is not a sector of the table (country: ", c->name, ")"));
}

}  // namespace diplograph
