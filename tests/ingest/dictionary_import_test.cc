// Importing actor dictionaries into a graph: actors, kinds, the shared
// country and sector actors, dated affiliations under both semantics, and
// all-or-nothing loading.

#include <string>
#include <vector>

#include "diplograph/countries.h"
#include "diplograph/dictionary.h"
#include "diplograph/graph.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing/graph_dump.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::DumpGraph;
using ::diplograph::testing::IsOk;
using ::diplograph::testing::StatusIs;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

Date Day(int y, int m, int d) { return *Date::FromYearMonthDay(y, m, d); }
Interval Span(Date b, Date e) { return *Interval::Make(b, e); }

constexpr absl::string_view kRussia =
    "RUSSIAN_FEDERATION_  [RUS]\n"
    "+RUSSIA_\n"
    "+RUSSIAN_\n"
    "+MOSCOW_\n"
    "VLADIMIR_PUTIN_  # CountryInfo.txt\n"
    "+PUTIN_\n"
    "+PRESIDENT_VLADIMIR_PUTIN_\n"
    "\t[RUSELI 700101-990809]\n"
    "\t[RUSGOV 991231-080507]\n"
    "\t[RUSGOV 990809-000507]\n"
    "\t[RUSGOV >080508]\n"
    "\t[RUSELI]\n"
    "DMITRY_MEDVEDEV_\n"
    "+MEDVEDEV_\n"
    "\t[RUSGOV 080507-120507]\n"
    "\t[RUSGOV >120508]\n"
    "\t[RUSELI]\n"
    "ITAR-TASS_ [RUSMED]\n"
    "UNITED_NATIONS_ [IGOUNO]\n"
    "NULLED_ [---]\n"
    "NO_CODE_\n";

struct Role {
  std::string organization, role, valid;
  friend bool operator==(const Role& a, const Role& b) {
    return a.organization == b.organization && a.role == b.role &&
           a.valid == b.valid;
  }
  friend std::ostream& operator<<(std::ostream& os, const Role& r) {
    return os << r.organization << " / " << r.role << " / " << r.valid;
  }
};

std::vector<Role> Roles(const Graph& g, ActorId id) {
  std::vector<Role> out;
  for (const Affiliation& f : g.actor(id).affiliations) {
    out.push_back({g.actor(f.organization).name, f.role, f.valid.ToString()});
  }
  return out;
}

TEST(DictionaryImportTest, ActorsKindsCodesAndDatedRoles) {
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Dictionary d, ParseDictionary(kRussia, "ru"));
  Graph g;
  DictionaryImportReport report;
  ASSERT_THAT(ImportActorDictionary(d, g, {}, &report), IsOk());

  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId russia, g.FindActorByIso3("RUS"));
  EXPECT_EQ(g.actor(russia).name, "Russia");
  EXPECT_EQ(g.actor(russia).kind, ActorKind::kState);
  EXPECT_THAT(g.actor(russia).aliases, Contains("Moscow"));
  EXPECT_THAT(g.actor(russia).aliases, Contains("Russian Federation"));

  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId putin, g.FindActor("Vladimir Putin"));
  const Actor& p = g.actor(putin);
  EXPECT_EQ(p.kind, ActorKind::kPerson);
  EXPECT_EQ(p.cameo_code, "RUSGOV");
  EXPECT_THAT(p.aliases,
              UnorderedElementsAre("Putin", "President Vladimir Putin"));
  EXPECT_THAT(
      Roles(g, putin),
      UnorderedElementsAre(
          Role{"Elite (Russia)", "elite", "1970-01-01/1999-08-09"},
          Role{"Government (Russia)", "government", "1999-12-31/2008-05-07"},
          Role{"Government (Russia)", "government", "1999-08-09/2000-05-07"},
          Role{"Government (Russia)", "government", "2008-05-08/.."},
          Role{"Elite (Russia)", "elite", "../1969-12-31"}));

  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId government,
                                  g.FindActor("Government (Russia)"));
  EXPECT_EQ(g.actor(government).kind, ActorKind::kOrganization);
  EXPECT_EQ(g.actor(government).cameo_code, "RUSGOV");
  EXPECT_THAT(Roles(g, government),
              UnorderedElementsAre(Role{"Russia", "part of", "../.."}));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId medvedev,
                                  g.FindActor("Dmitry Medvedev"));
  EXPECT_THAT(g.MembersOf(government), Contains(putin));
  EXPECT_THAT(g.MembersOf(government), Contains(medvedev));
  EXPECT_THAT(g.actor(medvedev).affiliations,
              Contains(Affiliation{government, "government",
                                   Span(Day(2008, 5, 7), Day(2012, 5, 7))}));

  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId tass, g.FindActor("Itar-Tass"));
  EXPECT_EQ(g.actor(tass).kind, ActorKind::kMediaOutlet);
  EXPECT_THAT(Roles(g, tass),
              UnorderedElementsAre(Role{"Media (Russia)", "media", "../.."}));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId un, g.FindActor("United Nations"));
  EXPECT_EQ(g.actor(un).kind, ActorKind::kInternationalOrganization);
  EXPECT_EQ(g.actor(un).cameo_code, "IGOUNO");
  EXPECT_TRUE(g.actor(un).affiliations.empty());

  EXPECT_EQ(report.records_read, 7u);
  EXPECT_EQ(report.entries_null_coded, 1u);
  EXPECT_EQ(report.entries_without_codes, 1u);
  EXPECT_EQ(report.country_entries, 1u);
  EXPECT_EQ(report.sector_actors_added, 3u);  // GOV, ELI, MED of Russia
  EXPECT_EQ(report.actors_added, 8u);
  EXPECT_EQ(g.actor_count(), 8u);
  ASSERT_EQ(report.sources.size(), 5u);
  EXPECT_EQ(report.sources[1].actor, putin);
  EXPECT_EQ(report.sources[1].line, 5u);
  EXPECT_EQ(report.problem_count, 0u);
}

TEST(DictionaryImportTest, PetrarchSemanticsGiveFirstMatchPeriods) {
  DictionaryOptions o;
  o.petrarch_compatible = true;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Dictionary d,
                                  ParseDictionary(kRussia, "ru", o));
  Graph g;
  ASSERT_THAT(ImportActorDictionary(d, g, o), IsOk());
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId putin, g.FindActor("Vladimir Putin"));
  // Ends exclusive, and each code holds only where no earlier one does:
  // the undated RUSELI, listed last, is left with the days before 1970 and
  // 2008-05-07, the one day no RUSGOV range covers.
  EXPECT_THAT(
      Roles(g, putin),
      UnorderedElementsAre(
          Role{"Elite (Russia)", "elite", "1970-01-01/1999-08-08"},
          Role{"Government (Russia)", "government", "1999-12-31/2008-05-06"},
          Role{"Government (Russia)", "government", "1999-08-09/1999-12-30"},
          Role{"Government (Russia)", "government", "2008-05-08/.."},
          Role{"Elite (Russia)", "elite", "../1969-12-31"},
          Role{"Elite (Russia)", "elite", "2008-05-07/2008-05-07"}));
}

// A graph that an ICEWS import filled first: "Russia" as an organization
// without an ISO code, "Government (Russia)" part of it. The dictionary
// reuses both.
TEST(DictionaryImportTest, ReusesCountryAndSectorActorsAlreadyThere) {
  Graph g;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      ActorId russia,
      g.AddActor({.name = "Russia", .kind = ActorKind::kOrganization}));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      ActorId government, g.AddActor({.name = "Government (Russia)",
                                      .affiliations = {{.organization = russia,
                                                        .role = "part of"}}}));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Dictionary d, ParseDictionary(kRussia, "ru"));
  DictionaryImportReport report;
  ASSERT_THAT(ImportActorDictionary(d, g, {}, &report), IsOk());
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId found, g.FindActor("Russia"));
  EXPECT_EQ(found, russia);
  EXPECT_THAT(g.MatchActors("Government (Russia)"),
              UnorderedElementsAre(government));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId putin, g.FindActor("Vladimir Putin"));
  EXPECT_THAT(g.MembersOf(government), Contains(putin));
  // Putin, Medvedev, Itar-Tass, United Nations, Elite and Media (Russia).
  EXPECT_EQ(report.actors_added, 6u);
  EXPECT_EQ(g.actor_count(), 8u);
}

TEST(DictionaryImportTest, SameNameMerges) {
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      Dictionary d, ParseDictionary("VLADIMIR_PUTIN_\n\t[RUSGOV >080508]\n"
                                    "VLADIMIR_PUTIN\n+V._PUTIN\n\t[RUSELI]\n",
                                    "two"));
  Graph g;
  DictionaryImportReport report;
  ASSERT_THAT(ImportActorDictionary(d, g, {}, &report), IsOk());
  EXPECT_EQ(report.actors_merged, 1u);
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId putin, g.FindActor("Vladimir Putin"));
  EXPECT_THAT(g.actor(putin).aliases, Contains("V. Putin"));
  EXPECT_EQ(g.actor(putin).affiliations.size(), 2u);
}

TEST(DictionaryImportTest, StrictImportIsAllOrNothing) {
  constexpr absl::string_view kText =
      "ALPHA_ [USAGOV]\n"
      "BETA_ [USAGOV]\n"
      "GAMMA_\n"
      "\t[USAGOV 100101-090101]\n"  // inverted
      "DELTA_ [USAGOV]\n";
  DictionaryOptions lenient;
  lenient.mode = ImportMode::kLenient;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Dictionary d,
                                  ParseDictionary(kText, "bad.txt", lenient));
  Graph g;
  ASSERT_THAT(g.AddActor({.name = "Existing"}).status(), IsOk());
  const std::string before = DumpGraph(g);
  DictionaryImportReport report;
  EXPECT_THAT(ImportActorDictionary(d, g, {}, &report),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("bad.txt:4:2: code: [USAGOV 100101-090101]: "
                                 "inverted range")));
  EXPECT_EQ(DumpGraph(g), before);
  EXPECT_TRUE(report.sources.empty());
  EXPECT_TRUE(report.stopped_early);

  ASSERT_THAT(ImportActorDictionary(d, g, lenient, &report), IsOk());
  EXPECT_EQ(report.records_skipped, 1u);
  EXPECT_EQ(report.problem_count, 1u);
  EXPECT_THAT(g.FindActor("Gamma").status(),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("Gamma")));
  EXPECT_THAT(g.FindActor("Delta").status(), IsOk());
}

// Entries without codes that run on line by line into an entry with codes
// are its synonyms (their '+' was lost); a blank line stops the run.
TEST(DictionaryImportTest, JoinsUncodedEntriesIntoTheNextCodedOne) {
  constexpr absl::string_view kText =
      "DMITRY_MEDVEDEV_\n"
      "+PRESIDENT_MEDVEDEV_\n"
      "DMITR_MEDVEDEV_\n"
      "+DMITRI_MEDVEDEV_\n"
      "\t[RUSGOV >080507]\n"
      "U.N._\n"
      "\n"
      "UN_SECRETARY_GENERAL [IGOUNO]\n";
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Dictionary d, ParseDictionary(kText, "j"));
  Graph g;
  DictionaryImportReport report;
  ASSERT_THAT(ImportActorDictionary(d, g, {}, &report), IsOk());
  EXPECT_EQ(report.entries_joined, 1u);
  EXPECT_EQ(report.entries_without_codes, 1u);  // U.N._
  EXPECT_EQ(report.records_read, 4u);
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId m, g.FindActor("Dmitry Medvedev"));
  EXPECT_THAT(g.actor(m).aliases,
              UnorderedElementsAre("President Medvedev", "Dmitr Medvedev",
                                   "Dmitri Medvedev"));
  EXPECT_EQ(g.actor(m).kind, ActorKind::kPerson);
  EXPECT_THAT(g.FindActor("U.N.").status(),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("U.N.")));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId sg,
                                  g.FindActor("Un Secretary General"));
  EXPECT_EQ(g.actor(sg).cameo_code, "IGOUNO");

  // Off: the uncoded entry is left out and the actor takes the coded
  // entry's name.
  Graph plain;
  DictionaryOptions off;
  off.join_uncoded_entries = false;
  ASSERT_THAT(ImportActorDictionary(d, plain, off, &report), IsOk());
  EXPECT_EQ(report.entries_without_codes, 2u);
  EXPECT_THAT(plain.FindActor("Dmitr Medvedev").status(), IsOk());
  EXPECT_THAT(plain.FindActor("President Medvedev").status(),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("Medvedev")));
}

// Found by the fuzzer: the graph takes actor codes of at most ten blocks.
TEST(DictionaryImportTest, OverlongCodeIsKeptOutOfTheActor) {
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      Dictionary d,
      ParseDictionary(
          "A_\n\t[I22222222222222222222222222222RQOCC 1920030320-"
          "20060520]\n",
          "long", {.mode = ImportMode::kLenient, .petrarch_compatible = true}));
  Graph g;
  DictionaryImportReport report;
  ASSERT_THAT(
      ImportActorDictionary(d, g, {.mode = ImportMode::kLenient}, &report),
      IsOk());
  EXPECT_EQ(report.records_skipped, 0u);
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId a, g.FindActor("A"));
  EXPECT_EQ(g.actor(a).cameo_code, "");
  EXPECT_EQ(g.actor(a).kind, ActorKind::kPerson);
}

TEST(DictionaryImportTest, AgentsAreNotActors) {
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Dictionary d,
                                  ParseDictionary("FARMER [~AGR]\n", "ag"));
  Graph g;
  EXPECT_THAT(ImportActorDictionary(d, g),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("agents dictionary")));
  EXPECT_EQ(g.actor_count(), 0u);
}

TEST(DictionaryImportTest, FileErrorsAreReported) {
  Graph g;
  EXPECT_THAT(ImportActorDictionaryFile("no/such/dictionary.txt", g),
              StatusIs(absl::StatusCode::kNotFound,
                       HasSubstr("no/such/dictionary.txt")));
}

}  // namespace
}  // namespace diplograph
