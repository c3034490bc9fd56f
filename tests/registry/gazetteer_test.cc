#include "diplograph/gazetteer.h"

#include <set>
#include <string>

#include "absl/strings/str_cat.h"
#include "diplograph/as_of.h"
#include "diplograph/countries.h"
#include "diplograph/graph.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "registry/hand_graph.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;
using ::diplograph::testing::StatusIs;
using ::testing::HasSubstr;

Date Day(int y, int m, int d) { return *Date::FromYearMonthDay(y, m, d); }

// The holders of `role` in `organization` on `day`, by name.
std::set<std::string> HoldersOn(const Graph& g, ActorId organization,
                                absl::string_view role, Date day) {
  std::set<std::string> out;
  for (ActorId m : g.MembersOf(organization)) {
    const std::vector<Affiliation> roles = *RolesOn(g, m, day);
    for (const Affiliation& a : roles) {
      if (a.organization == organization && a.role == role) {
        out.insert(g.actor(m).name);
      }
    }
  }
  return out;
}

TEST(GazetteerTest, BuiltinTablesParseCompletely) {
  std::vector<ImportProblem> problems;
  absl::StatusOr<Gazetteer> g =
      ParseGazetteer(BuiltinGazetteerInput(), &problems);
  ASSERT_THAT(g.status(), IsOk());
  EXPECT_TRUE(problems.empty());
  const Gazetteer& builtin = BuiltinGazetteer();
  EXPECT_EQ(builtin.media.size(), g->media.size());
  EXPECT_GE(builtin.media.size(), 19u);
  EXPECT_GE(builtin.places.size(), 50u);
  EXPECT_GE(builtin.offices.size(), 12u);
  EXPECT_GE(builtin.terms.size(), 50u);
  EXPECT_GE(builtin.non_actor_phrases.size(), 5u);
}

TEST(GazetteerTest, EveryCountryCodeIsInTheCountryTable) {
  const Gazetteer& g = BuiltinGazetteer();
  for (const MediaOutletRecord& m : g.media) {
    EXPECT_THAT(CountryByIso3(m.country).status(), IsOk()) << m.name;
  }
  for (const PlaceRecord& p : g.places) {
    EXPECT_THAT(CountryByIso3(p.country).status(), IsOk()) << p.phrase;
  }
  for (const OfficeRecord& o : g.offices) {
    EXPECT_THAT(CountryByIso3(o.country).status(), IsOk()) << o.office;
  }
}

TEST(GazetteerTest, MediaOwnershipAsPublished) {
  const Gazetteer& g = BuiltinGazetteer();
  auto find = [&](absl::string_view name) -> const MediaOutletRecord* {
    for (const MediaOutletRecord& m : g.media) {
      if (m.name == name) return &m;
    }
    return nullptr;
  };
  struct Want {
    const char* name;
    const char* country;
    bool state;
  };
  for (const Want& w :
       {Want{"TASS", "RUS", true}, Want{"RIA Novosti", "RUS", true},
        Want{"Sputnik", "RUS", true}, Want{"Interfax", "RUS", false},
        Want{"Xinhua", "CHN", true}, Want{"CGTN", "CHN", true},
        Want{"Global Times", "CHN", true}, Want{"People's Daily", "CHN", true},
        Want{"KCNA", "PRK", true}, Want{"Yonhap", "KOR", false},
        Want{"Kyodo", "JPN", false}, Want{"Reuters", "GBR", false},
        Want{"AP", "USA", false}, Want{"AFP", "FRA", false},
        Want{"Bloomberg", "USA", false}, Want{"BBC", "GBR", false},
        Want{"Al Jazeera", "QAT", true}, Want{"IRNA", "IRN", true},
        Want{"Anadolu", "TUR", true}}) {
    const MediaOutletRecord* m = find(w.name);
    ASSERT_NE(m, nullptr) << w.name;
    EXPECT_EQ(m->country, w.country) << w.name;
    EXPECT_EQ(m->state_owned(), w.state) << w.name;
    EXPECT_FALSE(m->source.empty());
  }
}

TEST(GazetteerTest, ParseReportsLocatedProblems) {
  GazetteerInput in;
  in.media = {"m.tsv",
              "# comment\nname\taliases\tcountry\townership\tsource\n"
              "X\t\tRU\tstate\tnote\n"
              "Y\t\tRUS\towned\tnote\n"
              "Z\t\tRUS\tstate\n"};
  in.offices = {"o.tsv",
                "office\tcountry\torganization\torg_aliases\torg_role\trole\t"
                "titles\tsource\n"
                "K\tRUS\t-\t\t\tPresident\tpresident\tnote\n"};
  in.officeholders = {"h.tsv",
                      "person\taliases\toffice\tbegin\tend\tsource\n"
                      "A\t\tK\t2012-05-07\t2008-05-06\tnote\n"
                      "B\t\tQ\t2012\t\tnote\n"
                      "C\t\tK\t2012-02-30\t\tnote\n"};
  std::vector<ImportProblem> problems;
  absl::StatusOr<Gazetteer> g = ParseGazetteer(in, &problems);
  EXPECT_THAT(g.status(), StatusIs(absl::StatusCode::kInvalidArgument,
                                   HasSubstr("m.tsv:3: country:")));
  ASSERT_EQ(problems.size(), 6u);
  EXPECT_EQ(problems[1].ToString().substr(0, 18), "m.tsv:4: ownership");
  EXPECT_THAT(problems[2].message, HasSubstr("expected 5 fields, found 4"));
  EXPECT_EQ(problems[3].line, 2u);  // end before begin
  EXPECT_EQ(problems[3].path, "end");
  EXPECT_THAT(problems[4].message, HasSubstr("not in the offices table"));
  EXPECT_EQ(problems[5].path, "begin");  // 2012-02-30
}

TEST(GazetteerTest, ParseRejectsAWrongHeaderAndBadUtf8) {
  GazetteerInput in;
  in.places = {"p.tsv", "phrase\tkind\tcountry\tsource\n"};
  in.non_actor_phrases = {"n.tsv", "phrase\twhat\tsource\nS\xff\tsea\tx\n"};
  std::vector<ImportProblem> problems;
  EXPECT_FALSE(ParseGazetteer(in, &problems).ok());
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_THAT(problems[0].message, HasSubstr("expected the header"));
  EXPECT_EQ(problems[1].line, 2u);
  EXPECT_THAT(problems[1].message, HasSubstr("UTF-8"));
}

TEST(GazetteerTest, ImportsStatesOfficesAndDatedTerms) {
  Graph g;
  GazetteerImportReport report;
  ASSERT_THAT(ImportGazetteer(BuiltinGazetteer(), g, {}, &report), IsOk());
  EXPECT_TRUE(report.ok());
  EXPECT_EQ(report.media_outlets, BuiltinGazetteer().media.size());
  EXPECT_EQ(report.office_terms, BuiltinGazetteer().terms.size());
  EXPECT_GT(report.states_added, 10u);

  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId russia, g.FindActorByIso3("RUS"));
  EXPECT_EQ(g.actor(russia).name, "Russia");  // the country table's name
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId us, g.FindActorByIso3("USA"));
  EXPECT_EQ(g.actor(us).name, "United States");

  // Medvedev and Putin across 2008 and 2012.
  EXPECT_EQ(HoldersOn(g, russia, "President", Day(2008, 5, 6)),
            std::set<std::string>{"Vladimir Putin"});
  EXPECT_EQ(HoldersOn(g, russia, "President", Day(2008, 5, 7)),
            std::set<std::string>{"Dmitry Medvedev"});
  EXPECT_EQ(HoldersOn(g, russia, "Prime Minister", Day(2009, 3, 18)),
            std::set<std::string>{"Vladimir Putin"});
  EXPECT_EQ(HoldersOn(g, russia, "President", Day(2012, 5, 6)),
            std::set<std::string>{"Dmitry Medvedev"});
  EXPECT_EQ(HoldersOn(g, russia, "President", Day(2012, 5, 7)),
            std::set<std::string>{"Vladimir Putin"});
  // Obama, Trump, Biden, Trump.
  EXPECT_EQ(HoldersOn(g, us, "President", Day(2017, 1, 19)),
            std::set<std::string>{"Barack Obama"});
  EXPECT_EQ(HoldersOn(g, us, "President", Day(2017, 1, 20)),
            std::set<std::string>{"Donald Trump"});
  EXPECT_EQ(HoldersOn(g, us, "President", Day(2021, 1, 20)),
            std::set<std::string>{"Joe Biden"});
  EXPECT_EQ(HoldersOn(g, us, "President", Day(2025, 1, 20)),
            std::set<std::string>{"Donald Trump"});
  EXPECT_EQ(HoldersOn(g, us, "President-elect", Day(2024, 11, 8)),
            std::set<std::string>{"Donald Trump"});

  // A ministry with its holders; one person across two terms.
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      ActorId mfa, g.FindActor("Ministry of Foreign Affairs (China)"));
  EXPECT_EQ(g.actor(mfa).kind, ActorKind::kOrganization);
  EXPECT_EQ(HoldersOn(g, mfa, "Foreign Minister", Day(2023, 3, 1)),
            std::set<std::string>{"Qin Gang"});
  EXPECT_EQ(HoldersOn(g, mfa, "Foreign Minister", Day(2024, 11, 8)),
            std::set<std::string>{"Wang Yi"});
  EXPECT_EQ(
      HoldersOn(g, mfa, "spokesperson", Day(2024, 11, 8)).count("Mao Ning"),
      1u);
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId wang, g.FindActor("Wang Yi"));
  EXPECT_EQ(g.actor(wang).affiliations.size(), 2u);

  // Media: kind, code and a state-media affiliation for TASS only.
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId tass, g.FindActor("ITAR-TASS"));
  EXPECT_EQ(g.actor(tass).kind, ActorKind::kMediaOutlet);
  EXPECT_EQ(g.actor(tass).cameo_code, "RUSMED");
  ASSERT_EQ(g.actor(tass).affiliations.size(), 1u);
  EXPECT_EQ(g.actor(tass).affiliations[0].organization, russia);
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId reuters, g.FindActor("Reuters"));
  EXPECT_TRUE(g.actor(reuters).affiliations.empty());
  // Places are not aliases by default.
  EXPECT_FALSE(g.FindActor("Moscow").ok());
}

TEST(GazetteerTest, SecondImportMergesEverything) {
  Graph g;
  ASSERT_THAT(ImportGazetteer(BuiltinGazetteer(), g), IsOk());
  const size_t actors = g.actor_count();
  GazetteerImportReport report;
  ASSERT_THAT(ImportGazetteer(BuiltinGazetteer(), g, {}, &report), IsOk());
  EXPECT_EQ(g.actor_count(), actors);
  EXPECT_EQ(report.actors_added, 0u);
  EXPECT_EQ(report.affiliations_added, 0u);
  EXPECT_EQ(report.aliases_added, 0u);
  EXPECT_GT(report.actors_merged, 0u);
}

TEST(GazetteerTest, MergesIntoAGraphBuiltByHand) {
  Graph g;
  ASSERT_THAT(testing::BuildHandGraph(g), IsOk());
  const size_t before = g.actor_count();
  ASSERT_THAT(ImportGazetteer(BuiltinGazetteer(), g), IsOk());
  // Its Putin, Mao Ning, Kremlin and TASS are the gazetteer's.
  EXPECT_EQ(g.MatchActors("Vladimir Putin").size(), 1u);
  EXPECT_EQ(g.MatchActors("Mao Ning").size(), 1u);
  EXPECT_EQ(g.MatchActors("TASS").size(), 1u);
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId kremlin, g.FindActor("Kremlin"));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId peskov, g.FindActor("Dmitry Peskov"));
  EXPECT_EQ(HoldersOn(g, kremlin, "Press Secretary", Day(2024, 11, 8)),
            std::set<std::string>{"Dmitry Peskov"});
  (void)peskov;
  EXPECT_GT(g.actor_count(), before);
}

TEST(GazetteerTest, PlaceAliasesOnRequest) {
  Graph g;
  ASSERT_THAT(
      ImportGazetteer(
          BuiltinGazetteer(), g,
          {.media = false, .officeholders = false, .place_aliases = true}),
      IsOk());
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId moscow, g.FindActor("Moscow"));
  EXPECT_EQ(g.actor(moscow).iso3, "RUS");
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId zhongnanhai,
                                  g.FindActor("zhongnanhai"));
  EXPECT_EQ(g.actor(zhongnanhai).iso3, "CHN");
}

TEST(GazetteerTest, StrictImportIsAllOrNothingAndLenientSkipsRows) {
  Gazetteer bad = BuiltinGazetteer();
  // A person already in the graph as a state's name conflicts.
  bad.terms.push_back({.person = "Russia",
                       .aliases = {},
                       .office = "RUS-PRES",
                       .term = *Interval::Parse("2030-01-01/.."),
                       .source = "test",
                       .line = 999});
  Graph g;
  GazetteerImportReport report;
  EXPECT_THAT(ImportGazetteer(bad, g, {}, &report),
              StatusIs(absl::StatusCode::kAlreadyExists,
                       HasSubstr("officeholders.tsv:999:")));
  EXPECT_EQ(g.actor_count(), 0u);
  EXPECT_TRUE(report.stopped_early);

  ASSERT_THAT(ImportGazetteer(bad, g, {.mode = ImportMode::kLenient}, &report),
              IsOk());
  EXPECT_EQ(report.problem_count, 1u);
  EXPECT_EQ(report.records_skipped, 1u);
  EXPECT_EQ(report.office_terms, BuiltinGazetteer().terms.size());
  EXPECT_EQ(g.MatchActors("Russia").size(), 1u);
}

}  // namespace
}  // namespace diplograph
