// The three shared Phoenix dictionaries: what the reader finds in them, the
// lint findings (counts per kind, checked by hand at the lines named
// below; docs/dictionaries.md lists them), and the import into one graph.

#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "diplograph/dictionary.h"
#include "diplograph/graph.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;
using ::diplograph::testing::StatusIs;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

const std::string kDir =
    std::string(DIPLOGRAPH_SHARED_DATA_DIR) + "/dictionaries/";
constexpr char kCountries[] = "Phoenix.Countries.actors.txt";
constexpr char kInternational[] = "Phoenix.International.actors.txt";
constexpr char kAgents[] = "Phoenix.agents.txt";

bool Present() {
  return std::ifstream(kDir + kCountries).good() &&
         std::ifstream(kDir + kInternational).good() &&
         std::ifstream(kDir + kAgents).good();
}

#define SKIP_WITHOUT_SHARED_DATA()                                     \
  if (!Present()) {                                                    \
    GTEST_SKIP() << "needs ../shared/data/dictionaries/Phoenix.*.txt"; \
  }

DictionaryOptions Lenient() {
  DictionaryOptions o;
  o.mode = ImportMode::kLenient;
  return o;
}

std::map<std::string, int> CountsByKind(const std::vector<LintFinding>& v) {
  std::map<std::string, int> out;
  for (const LintFinding& f : v) ++out[std::string(LintKindName(f.kind))];
  return out;
}

// The finding of `kind` at `line`, or null.
const LintFinding* At(const std::vector<LintFinding>& v, LintKind kind,
                      uint64_t line) {
  for (const LintFinding& f : v) {
    if (f.kind == kind && f.line == line) return &f;
  }
  return nullptr;
}

TEST(DictionarySharedFilesTest, ReaderCounts) {
  SKIP_WITHOUT_SHARED_DATA();
  struct Expected {
    const char* file;
    DictionaryFormat format;
    size_t lines, entries, phrases, codes, problems;
  };
  for (const Expected& x : {
           Expected{kCountries, DictionaryFormat::kActors, 54526, 18390, 25917,
                    28389, 11},
           Expected{kInternational, DictionaryFormat::kActors, 8013, 7841, 7907,
                    7896, 4},
           Expected{kAgents, DictionaryFormat::kAgents, 2369, 2244, 5122, 2243,
                    2},
       }) {
    DictionaryReport report;
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
        Dictionary d, ReadDictionary(kDir + x.file, Lenient(), &report));
    EXPECT_EQ(d.format, x.format) << x.file;
    EXPECT_EQ(report.lines, x.lines) << x.file;
    EXPECT_EQ(d.entries.size(), x.entries) << x.file;
    EXPECT_EQ(d.phrase_count(), x.phrases) << x.file;
    EXPECT_EQ(d.code_count(), x.codes) << x.file;
    EXPECT_EQ(report.problem_count, x.problems) << x.file;
  }
}

TEST(DictionarySharedFilesTest, StrictReadStopsAtTheFirstProblem) {
  SKIP_WITHOUT_SHARED_DATA();
  EXPECT_THAT(
      ReadDictionary(kDir + kCountries).status(),
      StatusIs(absl::StatusCode::kInvalidArgument,
               HasSubstr("Phoenix.Countries.actors.txt:745: encoding: control "
                         "byte 0x1A at column 10")));
  EXPECT_THAT(
      ReadDictionary(kDir + kInternational).status(),
      StatusIs(absl::StatusCode::kInvalidArgument,
               HasSubstr("Phoenix.International.actors.txt:40:2: code: "
                         "[KORGOVBUS 2004017-20061201]: 7-digit date")));
  EXPECT_THAT(ReadDictionary(kDir + kAgents).status(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("Phoenix.agents.txt:544:26: code: code "
                                 "\"[~ENV}\" has no closing ']'")));
}

TEST(DictionarySharedFilesTest, PetrarchReadingDropsWhatItCannotRead) {
  SKIP_WITHOUT_SHARED_DATA();
  DictionaryOptions o = Lenient();
  o.petrarch_compatible = true;
  DictionaryReport report;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      Dictionary d, ReadDictionary(kDir + kCountries, o, &report));
  // The nine codes written with a blank after '>' ("[EGYGOV > 140608]").
  EXPECT_EQ(report.codes_dropped, 9u);
  // What is left are the lines it cannot take at all: two control bytes
  // and a ']' inside a phrase.
  EXPECT_EQ(report.problem_count, 3u);
}

TEST(DictionarySharedFilesTest, CountriesLint) {
  SKIP_WITHOUT_SHARED_DATA();
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Dictionary d,
                                  ReadDictionary(kDir + kCountries, Lenient()));
  const std::vector<LintFinding> lint = LintDictionary(d);
  EXPECT_EQ(CountsByKind(lint),
            (std::map<std::string, int>{{"bare_date", 2},
                                        {"conflicting_phrase", 31},
                                        {"duplicate_entry", 1},
                                        {"encoding_damage", 5},
                                        {"entry_without_code", 37},
                                        {"gap_in_periods", 2478},
                                        {"inverted_range", 1},
                                        {"malformed_date", 5},
                                        {"null_code", 2},
                                        {"overlapping_periods", 376},
                                        {"syntax", 10},
                                        {"unknown_code", 166}}));
  // Medvedev's first block: its lines lack '+', so only the next entry
  // (DMITR_MEDVEDEV_, line 39585) has the codes.
  const LintFinding* f = At(lint, LintKind::kEntryWithoutCode, 39576);
  ASSERT_NE(f, nullptr);
  EXPECT_THAT(f->message, HasSubstr("DMITRY_MEDVEDEV_"));
  EXPECT_THAT(f->message, HasSubstr("line 39585, has 4 codes"));
  // Putin's two RUSGOV ranges overlap.
  f = At(lint, LintKind::kOverlappingPeriods, 39559);
  ASSERT_NE(f, nullptr);
  EXPECT_THAT(f->message, HasSubstr("[RUSGOV] 1999-08-09/2000-05-07 overlaps "
                                    "1999-12-31/2008-05-07"));
  f = At(lint, LintKind::kInvertedRange, 14190);
  ASSERT_NE(f, nullptr);
  EXPECT_THAT(f->message, HasSubstr("[EGYGOV 20121207-20120802]"));
  EXPECT_EQ(f->severity, LintSeverity::kError);
  for (uint64_t line : {2039, 18010, 22508, 22519, 43613}) {
    EXPECT_NE(At(lint, LintKind::kMalformedDate, line), nullptr) << line;
  }
  f = At(lint, LintKind::kMalformedDate, 22508);
  ASSERT_NE(f, nullptr);
  EXPECT_THAT(f->message, HasSubstr("10-digit date \"1920030320\""));
  EXPECT_THAT(f->message, HasSubstr("PETRARCH reads it as 1920-03-03"));
  for (uint64_t line : {31715, 51384}) {
    EXPECT_NE(At(lint, LintKind::kBareDate, line), nullptr) << line;
  }
  for (uint64_t line : {14241, 21125}) {
    EXPECT_NE(At(lint, LintKind::kNullCode, line), nullptr) << line;
  }
  // Control bytes (745, 12159) and U+FFFD (11234, 34471, 47824).
  for (uint64_t line : {745, 11234, 12159, 34471, 47824}) {
    EXPECT_NE(At(lint, LintKind::kEncodingDamage, line), nullptr) << line;
  }
  f = At(lint, LintKind::kDuplicateEntry, 50716);
  ASSERT_NE(f, nullptr);
  EXPECT_THAT(f->message, HasSubstr("DEPARTMENT_OF_STATE_"));
  EXPECT_THAT(f->message, HasSubstr("line 50671"));
  f = At(lint, LintKind::kConflictingPhrase, 10140);
  ASSERT_NE(f, nullptr);
  EXPECT_THAT(f->message, HasSubstr("XI_JINPING_"));
  // "[KNT]" is Kinakuta, a country made up for testing coders.
  EXPECT_NE(At(lint, LintKind::kUnknownCode, 25727), nullptr);
}

TEST(DictionarySharedFilesTest, InternationalLint) {
  SKIP_WITHOUT_SHARED_DATA();
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      Dictionary d, ReadDictionary(kDir + kInternational, Lenient()));
  const std::vector<LintFinding> lint = LintDictionary(d);
  EXPECT_EQ(CountsByKind(lint),
            (std::map<std::string, int>{{"conflicting_phrase", 11},
                                        {"duplicate_entry", 1136},
                                        {"entry_without_code", 3},
                                        {"gap_in_periods", 21},
                                        {"malformed_date", 1},
                                        {"null_code", 2},
                                        {"overlapping_periods", 1},
                                        {"syntax", 3},
                                        {"unknown_code", 142}}));
  const LintFinding* f = At(lint, LintKind::kMalformedDate, 40);
  ASSERT_NE(f, nullptr);
  EXPECT_THAT(f->message, HasSubstr("[KORGOVBUS 2004017-20061201]: 7-digit "
                                    "date \"2004017\""));
  EXPECT_THAT(f->message, HasSubstr("PETRARCH reads it as 2020-04-01"));
  for (uint64_t line : {61, 90}) {
    EXPECT_NE(At(lint, LintKind::kNullCode, line), nullptr) << line;
  }
  // Company rows pasted with their industry and revenue after the code.
  for (uint64_t line : {3696, 3726, 6605}) {
    EXPECT_NE(At(lint, LintKind::kSyntax, line), nullptr) << line;
  }
}

TEST(DictionarySharedFilesTest, AgentsLint) {
  SKIP_WITHOUT_SHARED_DATA();
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Dictionary d,
                                  ReadDictionary(kDir + kAgents, Lenient()));
  ASSERT_EQ(d.substitutions.size(), 2u);
  EXPECT_EQ(d.substitutions[1].name, "MINIST");
  const std::vector<LintFinding> lint = LintDictionary(d);
  EXPECT_EQ(CountsByKind(lint),
            (std::map<std::string, int>{
                {"encoding_damage", 7}, {"syntax", 2}, {"unknown_code", 4}}));
  const LintFinding* f = At(lint, LintKind::kEncodingDamage, 815);
  ASSERT_NE(f, nullptr);
  EXPECT_THAT(f->message, HasSubstr("UTF-8 read as Latin-1"));
  for (uint64_t line : {904, 925, 930, 1041, 1065, 1069}) {
    f = At(lint, LintKind::kEncodingDamage, line);
    ASSERT_NE(f, nullptr) << line;
    EXPECT_THAT(f->message, HasSubstr("AD!MINIST!RA"));
  }
  EXPECT_NE(At(lint, LintKind::kSyntax, 544), nullptr);       // [~ENV}
  EXPECT_NE(At(lint, LintKind::kSyntax, 1927), nullptr);      // no code
  EXPECT_NE(At(lint, LintKind::kUnknownCode, 470), nullptr);  // [~PPL]
}

TEST(DictionarySharedFilesTest, ImportBothActorFilesIntoOneGraph) {
  SKIP_WITHOUT_SHARED_DATA();
  Graph g;
  DictionaryImportReport countries, international;
  ASSERT_THAT(
      ImportActorDictionaryFile(kDir + kCountries, g, Lenient(), &countries),
      IsOk());
  ASSERT_THAT(ImportActorDictionaryFile(kDir + kInternational, g, Lenient(),
                                        &international),
              IsOk());
  EXPECT_EQ(countries.records_read, 18390u);
  EXPECT_EQ(countries.records_skipped, 11u);
  // 35 of the 37 entries without codes run on, line by line, into an entry
  // with codes and are imported with it; the other two stand alone.
  EXPECT_EQ(countries.entries_without_codes, 2u);
  EXPECT_EQ(countries.entries_joined, 35u);
  EXPECT_EQ(countries.entries_null_coded, 2u);
  EXPECT_EQ(countries.country_entries, 183u);
  EXPECT_EQ(countries.sector_actors_added, 434u);
  EXPECT_EQ(countries.actors_added, 18761u);
  EXPECT_EQ(countries.affiliations_added, 30572u);
  // The reading problems and the skipped entries are both listed.
  EXPECT_EQ(countries.problem_count, 22u);
  EXPECT_EQ(international.records_read, 7841u);
  EXPECT_EQ(international.records_skipped, 4u);
  EXPECT_EQ(international.actors_added, 6688u);
  EXPECT_EQ(international.actors_merged, 1149u);
  EXPECT_EQ(g.actor_count(), 18761u + 6688u);

  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId russia, g.FindActorByIso3("RUS"));
  EXPECT_EQ(g.actor(russia).name, "Russia");
  EXPECT_EQ(g.actor(russia).kind, ActorKind::kState);
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId china, g.FindActorByIso3("CHN"));
  EXPECT_EQ(g.actor(china).name, "China");
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId putin, g.FindActor("Vladimir Putin"));
  EXPECT_EQ(g.actor(putin).kind, ActorKind::kPerson);
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId government,
                                  g.FindActor("Government (Russia)"));
  EXPECT_THAT(g.MembersOf(government), Contains(putin));
  // The DMITRY_MEDVEDEV_ block (39576) joined to DMITR_MEDVEDEV_ (39585).
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId medvedev,
                                  g.FindActor("Dmitry Medvedev"));
  EXPECT_THAT(g.MembersOf(government), Contains(medvedev));
  EXPECT_THAT(g.actor(medvedev).aliases, Contains("Dmitri Medvedev"));
  EXPECT_THAT(g.actor(medvedev).aliases, Contains("President Medvedev"));
  EXPECT_THAT(
      g.actor(medvedev).affiliations,
      Contains(Affiliation{government, "government",
                           Interval::Since(*Date::Parse("2008-05-07"))}));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(ActorId yeltsin,
                                  g.FindActor("Boris Yeltsin"));
  EXPECT_EQ(g.actor(yeltsin).kind, ActorKind::kPerson);
}

}  // namespace
}  // namespace diplograph
