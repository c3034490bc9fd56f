// The registry tables compiled into the library, one row per data line in
// the order of data/registry/countries.tsv and data/registry/sectors.tsv
// (generated at build time by cmake/embed_registry.cmake).

#ifndef DIPLOGRAPH_LIB_REGISTRY_REGISTRY_TABLES_H_
#define DIPLOGRAPH_LIB_REGISTRY_REGISTRY_TABLES_H_

namespace diplograph::internal {

struct CountryRow {
  const char* iso3;
  const char* cameo;  // empty when equal to iso3
  const char* name;
  const char* kind;     // "state", "territory" or "historical"
  const char* aliases;  // '|'-separated, may be empty
  const char* source;
};

struct SectorRow {
  const char* code;
  const char* type;  // "sector", "international", "religion", "region",
                     // "organization" or "ethnic"
  const char* role;
  const char* name;
  const char* aliases;  // '|'-separated; only for "organization" rows
  const char* source;
};

extern const CountryRow kCountryRows[];
extern const int kCountryRowCount;
extern const SectorRow kSectorRows[];
extern const int kSectorRowCount;

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_REGISTRY_REGISTRY_TABLES_H_
