// LintDictionary on small texts: one anomaly of each kind, located.

#include <string>
#include <vector>

#include "diplograph/dictionary.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

struct Found {
  LintKind kind;
  uint64_t line;
  LintSeverity severity;
  friend bool operator==(const Found& a, const Found& b) {
    return a.kind == b.kind && a.line == b.line && a.severity == b.severity;
  }
  friend std::ostream& operator<<(std::ostream& os, const Found& f) {
    return os << LintKindName(f.kind) << "@" << f.line << "/"
              << static_cast<int>(f.severity);
  }
};

std::vector<Found> Kinds(const std::vector<LintFinding>& v) {
  std::vector<Found> out;
  for (const LintFinding& f : v) out.push_back({f.kind, f.line, f.severity});
  return out;
}

std::vector<LintFinding> Lint(absl::string_view text) {
  DictionaryOptions o;
  o.mode = ImportMode::kLenient;
  absl::StatusOr<Dictionary> d = ParseDictionary(text, "t.txt", o);
  EXPECT_TRUE(d.ok()) << d.status();
  return d.ok() ? LintDictionary(*d) : std::vector<LintFinding>();
}

TEST(DictionaryLintTest, CleanDictionaryHasNoFindings) {
  EXPECT_THAT(Lint("RUSSIA_ [RUS]\n+RUSSIAN_\n"
                   "VLADIMIR_PUTIN_\n\t[RUSGOV 991231-080507]\n"
                   "\t[RUSGOV >080508]\n\t[RUSELI]\n"),
              IsEmpty());
}

TEST(DictionaryLintTest, OneOfEachKind) {
  const std::vector<LintFinding> lint = Lint(
      "DMITRY_MEDVEDEV_\n"                // 1: no code
      "DMITR_MEDVEDEV_\n"                 // 2
      "\t[RUSGOV 080507-120507]\n"        // 3
      "\t[RUSGOV 110101-130101]\n"        // 4: overlaps line 3
      "\t[RUSGOV 140101-150101]\n"        // 5: gap after line 4
      "\t[KORGOVBUS 2004017-20061201]\n"  // 6: malformed
      "\t[EGYGOV 20121207-20120802]\n"    // 7: inverted
      "\t[MNEGOV 20121204]\n"             // 8: bare
      "NULL_ [---]\n"                     // 9: null code
      "CHINA_ [CHN]\n"                    // 10
      "CHINA_ [CHN]\n"                    // 11: duplicate
      "BEIJING_ [CHN]\n"                  // 12
      "+CHINA_\n"                         // 13: same phrase, own code?
      "TAIPEI_ [TWN]\n"                   // 14
      "+BEIJING_\n"                       // 15: conflicting
      "PÃŠBLICAS_ [ESP]\n"                // 16: mojibake
      "KINAKUTA_ [KNT]\n"                 // 17: unknown code
      "EGYPT_ [EGY]\n"                    // 18
      "\t[EGYGOV > 140608]\n");           // 19: blank after '>'
  EXPECT_THAT(
      Kinds(lint),
      ::testing::ElementsAre(
          Found{LintKind::kEntryWithoutCode, 1, LintSeverity::kWarning},
          Found{LintKind::kOverlappingPeriods, 2, LintSeverity::kWarning},
          Found{LintKind::kGapInPeriods, 2, LintSeverity::kInfo},
          Found{LintKind::kMalformedDate, 6, LintSeverity::kError},
          Found{LintKind::kInvertedRange, 7, LintSeverity::kError},
          Found{LintKind::kBareDate, 8, LintSeverity::kWarning},
          Found{LintKind::kNullCode, 9, LintSeverity::kInfo},
          Found{LintKind::kDuplicateEntry, 11, LintSeverity::kInfo},
          Found{LintKind::kConflictingPhrase, 15, LintSeverity::kWarning},
          Found{LintKind::kEncodingDamage, 16, LintSeverity::kWarning},
          Found{LintKind::kUnknownCode, 17, LintSeverity::kWarning},
          Found{LintKind::kSyntax, 19, LintSeverity::kInfo}));
  EXPECT_THAT(lint[0].ToString(),
              HasSubstr("t.txt:1: warning: entry_without_code: entry "
                        "\"DMITRY_MEDVEDEV_\" has no code (the next entry, "
                        "line 2, has 6 codes) (fix: "));
  EXPECT_THAT(lint[3].message, HasSubstr("PETRARCH reads it as 2020-04-01"));
  EXPECT_THAT(lint[5].fix, HasSubstr(">20121204"));
  EXPECT_THAT(lint[8].message, HasSubstr("[TWN] here and to [CHN] at line 12"));
}

TEST(DictionaryLintTest, AgentDamage) {
  const std::vector<LintFinding> lint = Lint(
      "!MINIST! = MINISTER, MINISTRY\n"
      "!MINIST! OF_TERRITORIAL_AD!MINIST!RATION [~GOV]\n"
      "CONGRESS!PERSON! [~LEG]\n"
      "POLICE {} [~COP]\n"
      "DEPARMENT_OF_ENVIRONMENT [~ENV}\n"
      "ISLAMIC_EXTREMIST\n");
  EXPECT_THAT(
      Kinds(lint),
      ::testing::ElementsAre(
          Found{LintKind::kEncodingDamage, 2, LintSeverity::kWarning},
          Found{LintKind::kSyntax, 3, LintSeverity::kError},  // no !PERSON!
          Found{LintKind::kSyntax, 5, LintSeverity::kError},
          Found{LintKind::kSyntax, 6, LintSeverity::kError}));
  EXPECT_THAT(lint[1].message, HasSubstr("unknown substitution set !PERSON!"));
}

TEST(DictionaryLintTest, ControlBytesAreEncodingDamage) {
  const std::vector<LintFinding> lint = Lint("JAN_STRASK\x1AY [CZEGOV]\n");
  ASSERT_EQ(lint.size(), 1u);
  EXPECT_EQ(lint[0].kind, LintKind::kEncodingDamage);
  EXPECT_EQ(lint[0].severity, LintSeverity::kError);
  EXPECT_THAT(lint[0].message, HasSubstr("control byte 0x1A"));
}

}  // namespace
}  // namespace diplograph
