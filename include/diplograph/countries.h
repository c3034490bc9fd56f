// The countries and CAMEO sector codes that actors belong to, compiled into
// the library (data/registry/countries.tsv and data/registry/sectors.tsv),
// and the shared country and sector actors built from them in a graph.
//
// Every importer that meets a country -- by name in an ICEWS row ("China",
// "Government (Russia)"), by CAMEO code in an actor dictionary
// ([RUSGOV 991231-080507]) -- goes through this table, so that one graph
// holds one "Russia" (a state with ISO code RUS) and one
// "Government (Russia)", whichever input named them first:
//
//   absl::StatusOr<Country> ru = FindCountry("Russian Federation");
//   ru->iso3;        // "RUS"
//   ru->name;        // "Russia", as ICEWS writes it
//   absl::StatusOr<Sector> gov = SectorByCode("GOV");
//   gov->role;       // "government"
//   SectorActorName(*gov, *ru);            // "Government (Russia)"
//   ActorId state = *GetOrAddCountryActor(graph, *ru);
//   ActorId government = *GetOrAddSectorActor(graph, *ru, *gov);
//   // government is "part of" state, as the ICEWS importer links them.
//
// Name lookups ignore ASCII case and accept the aliases of the table
// ("Russian Federation", "Moldova, Republic of", "Ivory Coast").
//
// Thread safety: the tables are immutable; the lookup functions may be
// called from any number of threads at once, and the string_views they
// return point into static storage that lives for the whole program. The
// GetOrAdd functions mutate the graph and need exclusive access to it.

#ifndef DIPLOGRAPH_COUNTRIES_H_
#define DIPLOGRAPH_COUNTRIES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "diplograph/actor.h"
#include "diplograph/graph.h"
#include "diplograph/ids.h"

namespace diplograph {

enum class CountryKind : uint8_t {
  kState,       // a sovereign state (Taiwan and Palestine included)
  kTerritory,   // a dependent territory or special region: Hong Kong
  kHistorical,  // a state that no longer exists: Soviet Union
};

// One row of the country table.
struct Country {
  absl::string_view iso3;        // ISO 3166-1 alpha-3: "RUS" (XKX: Kosovo)
  absl::string_view cameo_code;  // CAMEO code: "RUS", "ROM" for Romania
  absl::string_view name;        // as ICEWS writes it: "Russia"
  CountryKind kind = CountryKind::kState;
  std::vector<absl::string_view> aliases;  // "Russian Federation"
  absl::string_view source;  // source tags, see data/registry/countries.tsv

  // kState for states and historical states, kPlace for territories.
  ActorKind actor_kind() const;
};

enum class SectorType : uint8_t {
  kSector,         // a role inside a country: GOV, MIL, LEG, ...
  kInternational,  // IGO, NGO, MNC, ...
  kReligion,       // CHR, MUS, ...
  kRegion,         // EUR, AFR, ...
  kOrganization,   // one international organization: UNO, NAT, EEC, ...
  kEthnic,         // an ethnic group: KUR, UIG, ...
};

// One row of the sector table.
struct Sector {
  absl::string_view code;  // "GOV"
  SectorType type = SectorType::kSector;
  absl::string_view role;  // the affiliation role: "government"
  absl::string_view name;  // the ICEWS sector name: "Government"
  // Other names of an organization ("EU" for the European Union); empty
  // for the other types.
  std::vector<absl::string_view> aliases;
  absl::string_view source;  // source tags, see data/registry/sectors.tsv
};

// Every country, in file order (alphabetical by name for states).
absl::Span<const Country> Countries();
// Every sector, international, religion, region, organization and ethnic
// code, in file order.
absl::Span<const Sector> Sectors();

// The country with this ISO 3166-1 alpha-3 code (exact, upper case).
// Errors: NotFound. O(1).
absl::StatusOr<Country> CountryByIso3(absl::string_view iso3);

// The country with this CAMEO code ("ROM"), or else with this ISO code
// ("ROU"): the dictionaries use both. Exact, upper case. Errors: NotFound.
// O(1).
absl::StatusOr<Country> CountryByCameoCode(absl::string_view code);

// The country whose name or alias equals `name` ignoring ASCII case.
// Errors: NotFound. O(length of name).
absl::StatusOr<Country> CountryByName(absl::string_view name);

// By name, then by ISO code, then by CAMEO code. Errors: NotFound.
absl::StatusOr<Country> FindCountry(absl::string_view name_or_code);

// The entry with this three-letter code (exact, upper case). Errors:
// NotFound. O(1).
absl::StatusOr<Sector> SectorByCode(absl::string_view code);

// The kSector entry whose ICEWS name equals `name` ignoring ASCII case
// ("Government", "Citizen"). Errors: NotFound. O(length of name).
absl::StatusOr<Sector> SectorByName(absl::string_view name);

// "<sector name> (<country name>)": "Government (Russia)".
std::string SectorActorName(const Sector& sector, const Country& country);

// The graph's actor for `country`: the actor with its ISO code if any, else
// the actor named as the country or one of its aliases (ASCII case
// ignored; kept as it is, even when an earlier import made it an
// organization without an ISO code), else a new actor (kind
// country.actor_kind(), ISO and CAMEO codes, the aliases). `added` (when not
// null) is set to whether an actor was created.
// Errors: FailedPrecondition when the name is ambiguous in the graph (an
// alias of several actors); those of Graph::AddActor.
absl::StatusOr<ActorId> GetOrAddCountryActor(Graph& graph,
                                             const Country& country,
                                             bool* added = nullptr);

// The graph's actor for the sector of a country, named
// SectorActorName(sector, country): found by name, else created as an
// organization with CAMEO code country + sector ("RUSGOV") and a
// "part of" affiliation to the country's actor (got or added as above), as
// the ICEWS importer links "Sector (Country)" actors. `added` counts the
// actors created (0, 1 or 2) when not null.
// Errors: as GetOrAddCountryActor; InvalidArgument when `sector` is not of
// type kSector.
absl::StatusOr<ActorId> GetOrAddSectorActor(Graph& graph,
                                            const Country& country,
                                            const Sector& sector,
                                            int* added = nullptr);

// For importers that meet names rather than codes (ICEWS): the actor that
// `name` stands for when it names a country ("China", "Russian
// Federation") or a sector of one in the ICEWS form "<Sector> (<Country>)"
// with a sector of the table ("Government (Russia)", "Citizen (India)"),
// got or added as above; `added` counts the actors created. For any other
// "<Name> (<Country>)" ("Foreign Affairs (Russia)") it returns NotFound
// and sets `country` (when not null) to the country's actor, got or added,
// so that the caller can make the actor itself "part of" it.
// Errors: NotFound when the name is neither (nothing is added then unless
// `country` was set); those of GetOrAddCountryActor.
absl::StatusOr<ActorId> GetOrAddRegistryActor(Graph& graph,
                                              absl::string_view name,
                                              ActorId* country = nullptr,
                                              int* added = nullptr);

}  // namespace diplograph

#endif  // DIPLOGRAPH_COUNTRIES_H_
