// An ICEWS import and the other inputs of a graph share its countries and
// sectors: the seed JSON after an ICEWS import, and the Phoenix actor
// dictionaries before one.

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "diplograph/countries.h"
#include "diplograph/dictionary.h"
#include "diplograph/graph.h"
#include "diplograph/icews.h"
#include "diplograph/json.h"
#include "diplograph/statement_query.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;
using ::diplograph::testing::StatusIs;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

const char kQuadSample[] =
    DIPLOGRAPH_SOURCE_DIR "/data/samples/icews14_sample.tsv";
const char kFullSample[] =
    DIPLOGRAPH_SOURCE_DIR "/data/samples/icews_events_sample.tab";
const char kSeedJson[] = DIPLOGRAPH_SOURCE_DIR "/examples/data/seed.json";
const std::string kDictionaries =
    std::string(DIPLOGRAPH_SHARED_DATA_DIR) + "/dictionaries/";

// The names of the actors that stand for one country or one sector of a
// country (by the registry's spelling) when more than one actor does, and
// (with `check_iso`) the country actors without the country's ISO code.
std::vector<std::string> SharedActorProblems(const Graph& g,
                                             bool check_iso = true) {
  std::map<std::string, std::vector<std::string>> by_key;
  std::vector<std::string> problems;
  for (uint32_t i = 0; i < g.actor_count(); ++i) {
    const Actor& a = g.actor(ActorId(i));
    absl::StatusOr<Country> c = CountryByName(a.name);
    if (c.ok()) {
      by_key[std::string(c->iso3)].push_back(a.name);
      if (check_iso && a.iso3 != c->iso3) {
        problems.push_back(a.name + " has ISO code \"" + a.iso3 + "\"");
      }
      continue;
    }
    const size_t open = a.name.rfind(" (");
    if (open == std::string::npos || a.name.back() != ')') continue;
    absl::StatusOr<Sector> s = SectorByName(a.name.substr(0, open));
    c = CountryByName(a.name.substr(open + 2, a.name.size() - open - 3));
    if (s.ok() && c.ok() && s->type == SectorType::kSector) {
      by_key[SectorActorName(*s, *c)].push_back(a.name);
    }
  }
  for (const auto& [key, names] : by_key) {
    if (names.size() > 1) {
      std::string line = key + ":";
      for (const std::string& n : names) line += " \"" + n + "\"";
      problems.push_back(line);
    }
  }
  return problems;
}

TEST(IcewsRegistryTest, SeedJsonLoadsWithoutConflictsAfterAnIcewsImport) {
  // The seed knows Xi Jinping as a person, which the quadruple layout cannot
  // tell: give the graph the person first, as icews.h advises. Every other
  // actor the seed shares with the sample (China, Russia, the United
  // States, ...) is a country the ICEWS import takes from the country table.
  Graph g;
  Actor xi;
  xi.name = "Xi Jinping";
  xi.kind = ActorKind::kPerson;
  xi.cameo_code = "CHNELI";
  ASSERT_THAT(g.AddActor(xi), IsOk());
  ASSERT_THAT(ImportIcewsQuadruplesFile(kQuadSample, g), IsOk());
  const size_t actors = g.actor_count();
  JsonLoadReport report;
  EXPECT_THAT(LoadJsonFile(kSeedJson, g, {}, &report), IsOk())
      << report.ToString();
  EXPECT_EQ(report.problem_count, 0u) << report.ToString();
  EXPECT_EQ(report.records_skipped, 0u);
  EXPECT_GT(report.actors_merged, 0u);
  // The seed's China and Russia are the ICEWS import's.
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId china, g.FindActorByIso3("CHN"));
  EXPECT_EQ(g.actor(china).name, "China");
  EXPECT_LT(china.value, actors);
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId russia, g.FindActorByIso3("RUS"));
  EXPECT_LT(russia.value, actors);
  EXPECT_THAT(SharedActorProblems(g), IsEmpty());

  // Without that person, the fields the ICEWS import left empty (Xi
  // Jinping's kind, an "organization" there, and his CAMEO code) are filled
  // from the seed instead of being reported as conflicts.
  Graph h;
  ASSERT_THAT(ImportIcewsQuadruplesFile(kQuadSample, h), IsOk());
  JsonLoadReport plain;
  EXPECT_THAT(LoadJsonFile(kSeedJson, h, {}, &plain), IsOk())
      << plain.ToString();
  EXPECT_EQ(plain.problem_count, 0u) << plain.ToString();
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId xi_id, h.FindActor("Xi Jinping"));
  EXPECT_EQ(h.actor(xi_id).kind, ActorKind::kPerson);
  EXPECT_GE(plain.actor_fields_filled, 2u);
}

bool DictionariesPresent() {
  return std::ifstream(kDictionaries + "Phoenix.Countries.actors.txt").good() &&
         std::ifstream(kDictionaries + "Phoenix.International.actors.txt")
             .good();
}

// A fuller form of the name of a person the graph knew before the import
// is that person; the form becomes an alias.
TEST(IcewsRegistryTest, FullerNameJoinsAKnownPerson) {
  Graph g;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      ActorId medvedev,
      g.AddActor({.name = "Dmitry Medvedev", .kind = ActorKind::kPerson}));
  std::istringstream in(
      "Dmitry Anatolyevich Medvedev\tMake statement\tChina\t2014-01-02\n"
      "China\tPraise or endorse\tDmitry Anatolyevich Medvedev\t2014-01-03\n");
  IcewsImportReport report;
  ASSERT_THAT(ImportIcewsQuadruples(in, "rows", g, {}, &report), IsOk());
  EXPECT_EQ(report.names_joined, 1u);
  EXPECT_EQ(*g.FindActor("Dmitry Anatolyevich Medvedev"), medvedev);
  EXPECT_EQ(g.StatementsBy(medvedev).size(), 1u);
  EXPECT_EQ(g.StatementsAbout(medvedev).size(), 1u);
  EXPECT_THAT(report.ToString(), HasSubstr("names joined to known persons: 1"));
}

// Not joined: an organization of that name, a name with other characters,
// two words only, and names the import itself created.
TEST(IcewsRegistryTest, FullerNameJoinsOnlyPersonsKnownBefore) {
  Graph g;
  ASSERT_THAT(
      g.AddActor({.name = "Ivan Petrov", .kind = ActorKind::kOrganization})
          .status(),
      IsOk());
  std::istringstream in(
      "Ivan Ilyich Petrov\tMake statement\tChina\t2014-01-02\n"
      "Anna Kovacs\tMake statement\tChina\t2014-01-02\n"
      "Anna Maria Kovacs\tMake statement\tChina\t2014-01-03\n");
  IcewsImportReport report;
  ASSERT_THAT(ImportIcewsQuadruples(in, "rows", g, {}, &report), IsOk());
  EXPECT_EQ(report.names_joined, 0u);
  EXPECT_NE(*g.FindActor("Ivan Ilyich Petrov"), *g.FindActor("Ivan Petrov"));
  EXPECT_NE(*g.FindActor("Anna Maria Kovacs"), *g.FindActor("Anna Kovacs"));
}

// A failed strict import leaves no alias behind.
TEST(IcewsRegistryTest, FailedImportAddsNoAlias) {
  Graph g;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      ActorId medvedev,
      g.AddActor({.name = "Dmitry Medvedev", .kind = ActorKind::kPerson}));
  std::istringstream in(
      "Dmitry Anatolyevich Medvedev\tMake statement\tChina\t2014-01-02\n"
      "China\tMake statement\tJapan\t2014-02-30\n");
  EXPECT_FALSE(ImportIcewsQuadruples(in, "rows", g).ok());
  EXPECT_THAT(g.actor(medvedev).aliases, IsEmpty());
  EXPECT_EQ(g.actor_count(), 1u);
}

TEST(IcewsRegistryTest, DictionariesThenIcewsShareCountriesAndPeople) {
  if (!DictionariesPresent()) {
    GTEST_SKIP() << "needs ../shared/data/dictionaries/Phoenix.*.txt";
  }
  Graph g;
  DictionaryOptions lenient;
  lenient.mode = ImportMode::kLenient;
  ASSERT_THAT(ImportActorDictionaryFile(
                  kDictionaries + "Phoenix.Countries.actors.txt", g, lenient),
              IsOk());
  ASSERT_THAT(
      ImportActorDictionaryFile(
          kDictionaries + "Phoenix.International.actors.txt", g, lenient),
      IsOk());
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId russia, g.FindActorByIso3("RUS"));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId putin, g.FindActor("Vladimir Putin"));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId medvedev,
                                  g.FindActor("Dmitry Medvedev"));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId lavrov, g.FindActor("Sergey Lavrov"));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId government,
                                  g.FindActor("Government (Russia)"));
  const size_t people = g.actor_count();

  IcewsImportReport quads, events;
  ASSERT_THAT(ImportIcewsQuadruplesFile(kQuadSample, g, {}, &quads), IsOk());
  ASSERT_THAT(ImportIcewsEventsFile(kFullSample, g, {}, &events), IsOk());
  // No country or sector twice. (Some countries of the dictionaries, such
  // as Azerbaijan, whose entries carry dated codes, are imported without
  // an ISO code; the ICEWS import reuses them by name.)
  EXPECT_THAT(SharedActorProblems(g, /*check_iso=*/false), IsEmpty());
  // The ICEWS names are the dictionaries' actors, not new ones.
  EXPECT_EQ(*g.FindActor("Russia"), russia);
  EXPECT_EQ(*g.FindActor("Russian Federation"), russia);
  EXPECT_EQ(*g.FindActor("Sergey Viktorovich Lavrov"), lavrov);
  // The dictionaries do not spell "Dmitry Anatolyevich Medvedev": ICEWS's
  // fuller form is joined to their Dmitry Medvedev by given and family name.
  EXPECT_EQ(*g.FindActor("Dmitry Anatolyevich Medvedev"), medvedev);
  EXPECT_GE(quads.names_joined + events.names_joined, 1u);
  EXPECT_EQ(g.actor(putin).kind, ActorKind::kPerson);
  EXPECT_EQ(*g.FindActor("Government (Russia)"), government);
  EXPECT_LT(g.FindActor("Foreign Affairs (Russia)")->value, g.actor_count());
  EXPECT_GT(g.actor_count(), people);

  // "Statements by Russia with its officials": Lavrov's 2014 quadruples
  // and 2018 events, Putin's 2018 events.
  StatementQuery q(g);
  q.By(russia).WithAffiliates();
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(StatementCursor cursor, q.Run());
  std::map<ActorId, int> by_speaker;
  for (StatementId id : cursor) ++by_speaker[g.statement(id).speaker()];
  EXPECT_GT(by_speaker[lavrov], 27);
  EXPECT_GT(by_speaker[putin], 0);
  // Medvedev's rows (as "Dmitry Anatolyevich Medvedev") are his, and his
  // dated roles make them Russia's.
  EXPECT_GT(by_speaker[medvedev], 0);
  EXPECT_EQ(g.actor(medvedev).kind, ActorKind::kPerson);

  // Lavrov's 2014 quadruples are found through his dated role in the
  // dictionary alone (the quadruple layout has no sectors).
  Graph quads_only;
  ASSERT_THAT(
      ImportActorDictionaryFile(kDictionaries + "Phoenix.Countries.actors.txt",
                                quads_only, lenient),
      IsOk());
  ASSERT_THAT(ImportIcewsQuadruplesFile(kQuadSample, quads_only), IsOk());
  StatementQuery q2(quads_only);
  q2.By(*quads_only.FindActorByIso3("RUS")).WithAffiliates();
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(StatementCursor c2, q2.Run());
  int lavrov_2014 = 0;
  const ActorId lavrov2 = *quads_only.FindActor("Sergey Lavrov");
  for (StatementId id : c2) {
    if (quads_only.statement(id).speaker() == lavrov2) ++lavrov_2014;
  }
  EXPECT_EQ(lavrov_2014, 27);
}

}  // namespace
}  // namespace diplograph
