#include "diplograph/countries.h"

#include <fstream>
#include <set>
#include <string>

#include "absl/strings/str_split.h"
#include "diplograph/graph.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;
using ::diplograph::testing::StatusIs;
using ::testing::HasSubstr;

TEST(CountriesTest, FindsByIsoCameoNameAndAlias) {
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Country ru, CountryByIso3("RUS"));
  EXPECT_EQ(ru.name, "Russia");
  EXPECT_EQ(ru.cameo_code, "RUS");
  EXPECT_EQ(ru.kind, CountryKind::kState);
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Country alias,
                                  CountryByName("russian federation"));
  EXPECT_EQ(alias.iso3, "RUS");
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Country ro, CountryByCameoCode("ROM"));
  EXPECT_EQ(ro.iso3, "ROU");
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Country ro2, CountryByCameoCode("ROU"));
  EXPECT_EQ(ro2.name, "Romania");
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Country us, FindCountry("USA"));
  EXPECT_EQ(us.name, "United States");
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Country cn, FindCountry("China"));
  EXPECT_EQ(cn.iso3, "CHN");
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Country hk, FindCountry("Hong Kong"));
  EXPECT_EQ(hk.kind, CountryKind::kTerritory);
  EXPECT_EQ(hk.actor_kind(), ActorKind::kPlace);
  EXPECT_THAT(CountryByIso3("rus").status(),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("rus")));
  EXPECT_THAT(FindCountry("Atlantis").status(),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("Atlantis")));
}

TEST(CountriesTest, CodesAndNamesAreUnique) {
  std::set<std::string> iso, cameo, names;
  for (const Country& c : Countries()) {
    EXPECT_TRUE(iso.insert(std::string(c.iso3)).second) << c.iso3;
    EXPECT_TRUE(cameo.insert(std::string(c.cameo_code)).second) << c.cameo_code;
    EXPECT_TRUE(names.insert(std::string(c.name)).second) << c.name;
    EXPECT_FALSE(c.source.empty()) << c.name;
  }
  EXPECT_GT(Countries().size(), 200u);
}

// Every "Sector (Country)" and country column of the shared ICEWS data
// whose country part is a state names a row of the table.
TEST(CountriesTest, IcewsCountryNamesAreKnown) {
  std::ifstream in(std::string(DIPLOGRAPH_SHARED_DATA_DIR) +
                   "/icews-full/events.2018.sample.tab");
  if (!in) GTEST_SKIP() << "needs ../shared/data/icews-full";
  std::string line;
  std::getline(in, line);  // header
  int rows = 0;
  while (std::getline(in, line)) {
    std::vector<std::string> f = absl::StrSplit(line, '\t');
    ASSERT_GE(f.size(), 11u);
    for (const std::string& country : {f[4], f[10]}) {
      if (country == "NA") continue;
      EXPECT_THAT(FindCountry(country).status(), IsOk()) << country;
    }
    ++rows;
  }
  EXPECT_EQ(rows, 3705);
}

TEST(SectorsTest, TableAndNames) {
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Sector gov, SectorByCode("GOV"));
  EXPECT_EQ(gov.role, "government");
  EXPECT_EQ(gov.type, SectorType::kSector);
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Sector cvl, SectorByName("citizen"));
  EXPECT_EQ(cvl.code, "CVL");
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Sector eur, SectorByCode("EUR"));
  EXPECT_EQ(eur.type, SectorType::kRegion);
  EXPECT_THAT(SectorByName("Europe").status(),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("Europe")));
  EXPECT_THAT(SectorByCode("XYZ").status(),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("XYZ")));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Country ru, CountryByIso3("RUS"));
  EXPECT_EQ(SectorActorName(gov, ru), "Government (Russia)");
}

TEST(RegistryActorsTest, CountryAndSectorActorsAreShared) {
  Graph graph;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Country ru, CountryByIso3("RUS"));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Sector gov, SectorByCode("GOV"));
  int added = -1;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId government,
                                  GetOrAddSectorActor(graph, ru, gov, &added));
  EXPECT_EQ(added, 2);
  EXPECT_EQ(graph.actor_count(), 2u);
  const Actor& g = graph.actor(government);
  EXPECT_EQ(g.name, "Government (Russia)");
  EXPECT_EQ(g.cameo_code, "RUSGOV");
  ASSERT_EQ(g.affiliations.size(), 1u);
  EXPECT_EQ(g.affiliations[0].role, "part of");
  const Actor& state = graph.actor(g.affiliations[0].organization);
  EXPECT_EQ(state.name, "Russia");
  EXPECT_EQ(state.iso3, "RUS");
  EXPECT_EQ(state.kind, ActorKind::kState);

  bool country_added = true;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      ActorId again, GetOrAddCountryActor(graph, ru, &country_added));
  EXPECT_FALSE(country_added);
  EXPECT_EQ(again, g.affiliations[0].organization);
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId gov2,
                                  GetOrAddSectorActor(graph, ru, gov, &added));
  EXPECT_EQ(gov2, government);
  EXPECT_EQ(added, 0);
  EXPECT_EQ(graph.actor_count(), 2u);

  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Sector eur, SectorByCode("EUR"));
  EXPECT_THAT(GetOrAddSectorActor(graph, ru, eur).status(),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("EUR")));
}

// An actor an earlier import created by name (an organization without an
// ISO code, as ICEWS quadruples give "China") is reused, not duplicated.
TEST(RegistryActorsTest, ReusesActorNamedAsTheCountry) {
  Graph graph;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      ActorId china,
      graph.AddActor({.name = "china", .kind = ActorKind::kOrganization}));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Country cn, CountryByIso3("CHN"));
  bool added = true;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId got,
                                  GetOrAddCountryActor(graph, cn, &added));
  EXPECT_EQ(got, china);
  EXPECT_FALSE(added);
  // Found through an alias, too.
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      ActorId ru, graph.AddActor({.name = "Russian Federation"}));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Country russia, CountryByIso3("RUS"));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId got_ru,
                                  GetOrAddCountryActor(graph, russia));
  EXPECT_EQ(got_ru, ru);
}

// The entry point for the ICEWS importers: names, not codes.
TEST(RegistryActorsTest, IcewsNames) {
  Graph graph;
  int added = -1;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      ActorId china, GetOrAddRegistryActor(graph, "China", nullptr, &added));
  EXPECT_EQ(added, 1);
  EXPECT_EQ(graph.actor(china).iso3, "CHN");
  EXPECT_EQ(graph.actor(china).kind, ActorKind::kState);
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      ActorId gov,
      GetOrAddRegistryActor(graph, "Government (Russia)", nullptr, &added));
  EXPECT_EQ(added, 2);
  EXPECT_EQ(graph.actor(gov).cameo_code, "RUSGOV");
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      ActorId ru,
      GetOrAddRegistryActor(graph, "Russian Federation", nullptr, &added));
  EXPECT_EQ(added, 0);
  EXPECT_EQ(graph.actor(ru).name, "Russia");
  ActorId country;
  EXPECT_THAT(
      GetOrAddRegistryActor(graph, "Foreign Affairs (Russia)", &country, &added)
          .status(),
      StatusIs(absl::StatusCode::kNotFound,
               HasSubstr("\"Foreign Affairs\" is not a sector")));
  EXPECT_EQ(country, ru);
  EXPECT_EQ(added, 0);
  EXPECT_THAT(GetOrAddRegistryActor(graph, "Xi Jinping", &country).status(),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("Xi Jinping")));
  EXPECT_FALSE(country.valid());
  EXPECT_THAT(GetOrAddRegistryActor(graph, "Ministry (Atlantis)").status(),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("Atlantis")));
  EXPECT_EQ(graph.actor_count(), 3u);
}

}  // namespace
}  // namespace diplograph
