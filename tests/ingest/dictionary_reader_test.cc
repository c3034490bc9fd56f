// The dictionary reader: one test per grammar rule, both date semantics,
// and hostile input.

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "diplograph/dictionary.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;
using ::diplograph::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;

Date Day(int y, int m, int d) { return *Date::FromYearMonthDay(y, m, d); }

DictionaryOptions Lenient() {
  DictionaryOptions o;
  o.mode = ImportMode::kLenient;
  return o;
}

DictionaryOptions Petrarch(ImportMode mode = ImportMode::kStrict) {
  DictionaryOptions o;
  o.mode = mode;
  o.petrarch_compatible = true;
  return o;
}

std::vector<std::string> CodeNames(
    const std::vector<const DictionaryCode*>& v) {
  std::vector<std::string> out;
  for (const DictionaryCode* c : v) out.push_back(c->text);
  return out;
}

constexpr absl::string_view kPutin =
    "VLADIMIR_PUTIN_  # CountryInfo.txt\n"
    "+PUTIN_\n"
    "+PRESIDENT_VLADIMIR_PUTIN_\n"
    "\t[RUSELI 700101-990809]\n"
    "\t[RUSGOV 991231-080507]\n"
    "\t[RUSGOV 990809-000507]\n"
    "\t[RUSGOV >080508]\n"
    "\t[RUSELI]\n";

TEST(DictionaryReaderTest, PrimarySynonymsAndCodeLines) {
  DictionaryReport report;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      Dictionary d, ParseDictionary(kPutin, "ru.actors", {}, &report));
  EXPECT_EQ(d.format, DictionaryFormat::kActors);
  ASSERT_THAT(d.entries, SizeIs(1));
  const DictionaryEntry& e = d.entries[0];
  EXPECT_EQ(e.line, 1u);
  EXPECT_EQ(e.written, "VLADIMIR_PUTIN_");
  ASSERT_THAT(e.phrases, SizeIs(3));
  EXPECT_EQ(e.phrases[0].text, "VLADIMIR_PUTIN_");
  EXPECT_EQ(e.phrases[0].origin, PhraseOrigin::kPrimary);
  EXPECT_EQ(e.phrases[1].text, "PUTIN_");
  EXPECT_EQ(e.phrases[1].origin, PhraseOrigin::kSynonym);
  EXPECT_EQ(e.phrases[2].line, 3u);
  ASSERT_THAT(e.codes, SizeIs(5));
  EXPECT_EQ(e.codes[0].code, "RUSELI");
  EXPECT_EQ(e.codes[0].form, DateForm::kRange);
  EXPECT_EQ(e.codes[0].line, 4u);
  EXPECT_EQ(e.codes[0].column, 2u);
  EXPECT_EQ(e.codes[0].valid,
            *Interval::Make(Day(1970, 1, 1), Day(1999, 8, 9)));
  EXPECT_EQ(e.codes[3].form, DateForm::kFrom);
  EXPECT_EQ(e.codes[3].valid, Interval::Since(Day(2008, 5, 8)));
  EXPECT_EQ(e.codes[4].form, DateForm::kNone);
  EXPECT_EQ(e.codes[4].valid, Interval());
  EXPECT_TRUE(e.ok());
  EXPECT_EQ(report.records_read, 1u);
  EXPECT_EQ(report.phrases, 3u);
  EXPECT_EQ(report.codes, 5u);
  EXPECT_EQ(report.lines, 8u);
  EXPECT_EQ(report.problem_count, 0u);
}

TEST(DictionaryReaderTest, CodeOnThePhraseLine) {
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      Dictionary d, ParseDictionary("AFGHANISTAN_  [AFG]\n+AFGHAN_\n"
                                    "HAMID_KARZAI_ [AFGGOV >011222] [AFGELI]\n",
                                    "a"));
  ASSERT_THAT(d.entries, SizeIs(2));
  ASSERT_THAT(d.entries[0].codes, SizeIs(1));
  EXPECT_EQ(d.entries[0].codes[0].code, "AFG");
  EXPECT_EQ(d.entries[0].codes[0].column, 15u);
  EXPECT_EQ(d.entries[0].phrases[1].text, "AFGHAN_");
  ASSERT_THAT(d.entries[1].codes, SizeIs(2));
  EXPECT_EQ(d.entries[1].codes[0].valid, Interval::Since(Day(2001, 12, 22)));
  EXPECT_EQ(d.entries[1].codes[1].code, "AFGELI");
}

TEST(DictionaryReaderTest, Comments) {
  DictionaryReport report;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      Dictionary d, ParseDictionary("# header\n"
                                    "ALPHA_ [AAA] # trailing\n"
                                    "<!-- one line -->\n"
                                    "BETA_ <!-- inline --> [BBB]\n"
                                    "<!-- several\n"
                                    "GAMMA_ [CCC]\n"
                                    "lines -->  DELTA_ [DDD]\n"
                                    "\n"
                                    "   \t\n",
                                    "c", {}, &report));
  ASSERT_THAT(d.entries, SizeIs(3));
  EXPECT_EQ(d.entries[0].phrases[0].text, "ALPHA_");
  EXPECT_EQ(d.entries[1].phrases[0].text, "BETA_");
  EXPECT_EQ(d.entries[1].codes[0].code, "BBB");
  EXPECT_EQ(d.entries[2].phrases[0].text, "DELTA_");
  EXPECT_EQ(d.entries[2].line, 7u);
  EXPECT_EQ(report.comment_lines, 4u);  // lines 1, 3, 5, 6
}

TEST(DictionaryReaderTest, SixDigitYearsFollowThePivot) {
  // 30 -> 2030, 31 -> 1931; eight digits are taken as written.
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      Dictionary d, ParseDictionary("A_\n\t[AAAGOV 310101-300101]\n"
                                    "\t[AAAGOV 19310101-20300101]\n",
                                    "p"));
  EXPECT_EQ(d.entries[0].codes[0].valid,
            *Interval::Make(Day(1931, 1, 1), Day(2030, 1, 1)));
  EXPECT_EQ(d.entries[0].codes[1].valid, d.entries[0].codes[0].valid);
  EXPECT_THAT(ParseDictionary("A_\n\t[AAAGOV 300101-310101]\n", "p").status(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("inverted range: 2030-01-01 is after "
                                 "1931-01-01")));
}

TEST(DictionaryReaderTest, PivotOption) {
  constexpr absl::string_view kText = "A_\n\t[AAAGOV 150101-160101]\n";
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Dictionary d, ParseDictionary(kText, "p"));
  EXPECT_EQ(d.entries[0].codes[0].valid,
            *Interval::Make(Day(2015, 1, 1), Day(2016, 1, 1)));
  DictionaryOptions o;
  o.two_digit_year_pivot = 10;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Dictionary e, ParseDictionary(kText, "p", o));
  EXPECT_EQ(e.entries[0].codes[0].valid,
            *Interval::Make(Day(1915, 1, 1), Day(1916, 1, 1)));
  o.two_digit_year_pivot = 100;
  EXPECT_THAT(ParseDictionary(kText, "p", o).status(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("two_digit_year_pivot")));
}

TEST(DictionaryReaderTest, DocumentedSemanticsIncludeBothEnds) {
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Dictionary d, ParseDictionary(kPutin, "ru"));
  const DictionaryEntry& e = d.entries[0];
  // Both RUSGOV ranges overlap on 2000-01-01: both apply.
  EXPECT_THAT(CodeNames(CodesOn(d, e, Day(2000, 1, 1))),
              ElementsAre("[RUSGOV 991231-080507]", "[RUSGOV 990809-000507]"));
  // The last day of a range is in it.
  EXPECT_THAT(CodeNames(CodesOn(d, e, Day(2008, 5, 7))),
              ElementsAre("[RUSGOV 991231-080507]"));
  EXPECT_THAT(CodeNames(CodesOn(d, e, Day(2014, 3, 18))),
              ElementsAre("[RUSGOV >080508]"));
  EXPECT_THAT(CodeNames(CodesOn(d, e, Day(1985, 1, 1))),
              ElementsAre("[RUSELI 700101-990809]"));
  // The undated code covers the days no dated code does.
  EXPECT_THAT(CodeNames(CodesOn(d, e, Day(1969, 12, 31))),
              ElementsAre("[RUSELI]"));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      Dictionary u, ParseDictionary("X_\n\t[XXX <100101]\n", "u"));
  EXPECT_THAT(CodesOn(u, u.entries[0], Day(2010, 1, 1)), SizeIs(1));
  EXPECT_THAT(CodesOn(u, u.entries[0], Day(2010, 1, 2)), IsEmpty());
}

TEST(DictionaryReaderTest, PetrarchSemantics) {
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Dictionary d,
                                  ParseDictionary(kPutin, "ru", Petrarch()));
  const DictionaryEntry& e = d.entries[0];
  // End dates are exclusive: on 2008-05-07 no RUSGOV range applies and the
  // undated code (listed last) wins.
  EXPECT_THAT(CodeNames(CodesOn(d, e, Day(2008, 5, 7))),
              ElementsAre("[RUSELI]"));
  EXPECT_EQ(e.codes[1].valid,
            *Interval::Make(Day(1999, 12, 31), Day(2008, 5, 6)));
  // Only the first code that applies.
  EXPECT_THAT(CodeNames(CodesOn(d, e, Day(2000, 1, 1))),
              ElementsAre("[RUSGOV 991231-080507]"));
  // `<D` is exclusive too.
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      Dictionary u, ParseDictionary("X_\n\t[XXX <100101]\n", "u", Petrarch()));
  EXPECT_THAT(CodesOn(u, u.entries[0], Day(2010, 1, 1)), IsEmpty());
  EXPECT_THAT(CodesOn(u, u.entries[0], Day(2009, 12, 31)), SizeIs(1));
  // An undated code listed first always wins.
  constexpr absl::string_view kFirst =
      "Y_\n\t[YYY]\n\t[YYYGOV 100101-120101]\n";
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Dictionary f,
                                  ParseDictionary(kFirst, "f", Petrarch()));
  EXPECT_THAT(CodeNames(CodesOn(f, f.entries[0], Day(2011, 1, 1))),
              ElementsAre("[YYY]"));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Dictionary g, ParseDictionary(kFirst, "f"));
  EXPECT_THAT(CodeNames(CodesOn(g, g.entries[0], Day(2011, 1, 1))),
              ElementsAre("[YYYGOV 100101-120101]"));
}

TEST(DictionaryReaderTest, PetrarchReadsMalformedDatesAsItsReaderDoes) {
  DictionaryReport report;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      Dictionary d,
      ParseDictionary("A_\n"
                      "\t[IRQOCC 1920030320-20060520]\n"  // 1920-03-03
                      "\t[KORGOVBUS 2004017-20061201]\n"  // 2020-04-01: empty
                      "\t[XXX 080508]\n"                  // bare date
                      "\t[YYY >08AB01]\n"                 // unreadable
                      "\t[ZZZ > 080101]\n",               // blank after '>'
                      "p", Petrarch(), &report));
  const std::vector<DictionaryCode>& c = d.entries[0].codes;
  ASSERT_THAT(c, SizeIs(5));
  EXPECT_EQ(c[0].valid, *Interval::Make(Day(1920, 3, 3), Day(2006, 5, 19)));
  EXPECT_EQ(c[1].valid, std::nullopt);
  // 2008-05-08 is day 148782 counted from 1601-01-01; PETRARCH compares
  // with 48782, the same number less its first digit.
  const absl::CivilDay from = absl::CivilDay(1601, 1, 1) + (48782 - 1);
  EXPECT_EQ(c[2].valid,
            Interval::Since(*Date::FromYearMonthDay(
                static_cast<int>(from.year()), from.month(), from.day())));
  EXPECT_EQ(c[3].valid, std::nullopt);
  EXPECT_EQ(c[4].valid, std::nullopt);
  EXPECT_EQ(report.codes_dropped, 2u);
  EXPECT_EQ(report.problem_count, 0u);
  for (const DictionaryCode& code : c) EXPECT_THAT(code.problem, IsEmpty());
}

TEST(DictionaryReaderTest, DocumentedSemanticsRejectBadDates) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"[KORGOVBUS 2004017-20061201]", "7-digit date"},
      {"[IRQOCC 1920030320-20060520]", "10-digit date"},
      {"[EGYGOV 20121207-20120802]", "inverted range"},
      {"[MNEGOV 20121204]", "bare date"},
      {"[XXX 140230-150101]", "not a calendar date"},
      {"[XXX >08AB01]", "not a date of digits"},
  };
  for (const auto& [code, message] : cases) {
    const std::string text = absl::StrCat("A_\n\t", code, "\n");
    EXPECT_THAT(ParseDictionary(text, "bad.txt").status(),
                StatusIs(absl::StatusCode::kInvalidArgument,
                         HasSubstr(absl::StrCat("bad.txt:2:2: code: ", code))))
        << code;
    DictionaryReport report;
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
        Dictionary d, ParseDictionary(text, "bad.txt", Lenient(), &report));
    ASSERT_THAT(d.entries, SizeIs(1));
    EXPECT_THAT(d.entries[0].codes[0].problem, HasSubstr(message)) << code;
    EXPECT_EQ(d.entries[0].codes[0].valid, std::nullopt);
    EXPECT_FALSE(d.entries[0].ok());
    EXPECT_EQ(report.problem_count, 1u);
  }
  // A blank after '>' is taken.
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      Dictionary d, ParseDictionary("A_\n\t[EGYGOV > 140608]\n", "ok"));
  EXPECT_EQ(d.entries[0].codes[0].valid, Interval::Since(Day(2014, 6, 8)));
}

TEST(DictionaryReaderTest, Agents) {
  constexpr absl::string_view kAgents =
      "# agents\n"
      "!PERSON! = MAN, WOMAN , PERSON\n"
      "FARMER [~AGR]\n"
      "ATTORNEY [~JUD]\n"
      "PARTY [~PTY]\n"
      "BUS [~BUS]\n"
      "POLICE {} [~COP]\n"
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVJUD]\n"
      "MINISTRY_  [~GOV]\n"
      "CONGRESS!PERSON! [~LEG]\n"
      "HUMAN_RIGHTS_BODY  [NGO~]\n";
  DictionaryReport report;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Dictionary d,
                                  ParseDictionary(kAgents, "ag", {}, &report));
  EXPECT_EQ(d.format, DictionaryFormat::kAgents);
  ASSERT_THAT(d.substitutions, SizeIs(1));
  EXPECT_EQ(d.substitutions[0].name, "PERSON");
  EXPECT_THAT(d.substitutions[0].items, ElementsAre("MAN", "WOMAN", "PERSON"));
  ASSERT_THAT(d.entries, SizeIs(9));
  auto texts = [&](size_t i) {
    std::vector<std::string> out;
    for (const DictionaryPhrase& p : d.entries[i].phrases)
      out.push_back(p.text);
    return out;
  };
  EXPECT_THAT(texts(0), ElementsAre("FARMER", "FARMERS"));
  EXPECT_THAT(texts(1), ElementsAre("ATTORNEY", "ATTORNEYS"));
  EXPECT_THAT(texts(2), ElementsAre("PARTY", "PARTIES"));
  EXPECT_THAT(texts(3), ElementsAre("BUS", "BUSES"));
  EXPECT_THAT(texts(4), ElementsAre("POLICE"));
  EXPECT_THAT(texts(5), ElementsAre("ATTORNEY_GENERAL", "ATTORNEYS_GENERAL"));
  EXPECT_THAT(texts(6), ElementsAre("MINISTRY_"));
  EXPECT_THAT(texts(7),
              ElementsAre("CONGRESSMAN", "CONGRESSWOMAN", "CONGRESSPERSON"));
  EXPECT_EQ(d.entries[7].written, "CONGRESS!PERSON!");
  EXPECT_EQ(d.entries[7].phrases[1].origin, PhraseOrigin::kSubstitution);
  EXPECT_EQ(d.entries[0].codes[0].code, "AGR");
  EXPECT_EQ(d.entries[0].codes[0].affix, CodeAffix::kSuffix);
  EXPECT_EQ(d.entries[8].codes[0].code, "NGO");
  EXPECT_EQ(d.entries[8].codes[0].affix, CodeAffix::kPrefix);
  EXPECT_EQ(report.problem_count, 0u);
}

TEST(DictionaryReaderTest, AgentProblems) {
  EXPECT_THAT(
      ParseDictionary("!PERSON! = MAN\nISLAMIC_EXTREMIST\n", "ag").status(),
      StatusIs(absl::StatusCode::kInvalidArgument,
               HasSubstr("ag:2:1: code: agent phrase")));
  EXPECT_THAT(
      ParseDictionary("!PERSON! = MAN\nX!MINIST! [~GOV]\n", "ag").status(),
      StatusIs(absl::StatusCode::kInvalidArgument,
               HasSubstr("unknown substitution set !MINIST!")));
  EXPECT_THAT(ParseDictionary("DEPARMENT_OF_ENVIRONMENT [~ENV}\n", "ag",
                              {.format = DictionaryFormat::kAgents})
                  .status(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("no closing ']'")));
  EXPECT_THAT(ParseDictionary("X [~GOV 100101]\n", "ag").status(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("agent codes take no dates")));
}

TEST(DictionaryReaderTest, ReadableNames) {
  auto readable = [](const std::string& text) {
    return DictionaryPhrase{text, 1, PhraseOrigin::kPrimary}.Readable();
  };
  EXPECT_EQ(readable("VLADIMIR_PUTIN_"), "Vladimir Putin");
  EXPECT_EQ(readable("RUSSIAN_PRESIDENT_VLADIMIR_V._PUTIN"),
            "Russian President Vladimir V. Putin");
  EXPECT_EQ(readable("BASHAR_AL-ASSAD_"), "Bashar Al-Assad");
  EXPECT_EQ(readable("CONOR_O'BRIEN"), "Conor O'Brien");
  EXPECT_EQ(readable("PEOPLE'S_DAILY"), "People's Daily");
  EXPECT_EQ(readable("JOS\xC3\x89_\xC3\x89RIC"), "Jos\xC3\xA9 \xC3\x89ric");
  EXPECT_EQ(readable("FOR_ YOUTH"), "For Youth");
}

// ---------------------------------------------------------------------
// Hostile input: located errors in strict mode, no crash, nothing kept in
// part.

TEST(DictionaryReaderTest, BinaryJunk) {
  std::string junk;
  for (int i = 0; i < 4096; ++i)
    junk.push_back(static_cast<char>((i * 37) & 0xFF));
  EXPECT_THAT(
      ParseDictionary(junk, "junk.bin").status(),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("junk.bin:1")));
  DictionaryReport report;
  absl::StatusOr<Dictionary> d =
      ParseDictionary(junk, "junk.bin", Lenient(), &report);
  ASSERT_THAT(d.status(), IsOk());
  EXPECT_GT(report.problem_count, 0u);
  for (const DictionaryEntry& e : d->entries) {
    for (const DictionaryPhrase& p : e.phrases) {
      EXPECT_FALSE(p.text.empty());
    }
  }
}

TEST(DictionaryReaderTest, InvalidUtf8AndControlBytes) {
  EXPECT_THAT(
      ParseDictionary("OK_ [AAA]\nBAD\xC3(_ [BBB]\n", "u.txt").status(),
      StatusIs(absl::StatusCode::kInvalidArgument,
               HasSubstr("u.txt:2: encoding: invalid UTF-8 at column 4")));
  EXPECT_THAT(ParseDictionary("JAN_STRASK\x1AY [CZEGOV]\n", "c.txt").status(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("c.txt:1: encoding: control byte 0x1A")));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      Dictionary d,
      ParseDictionary("OK_ [AAA]\nBAD\xC3(_ [BBB]\n", "u.txt", Lenient()));
  ASSERT_THAT(d.entries, SizeIs(2));
  EXPECT_TRUE(d.entries[0].ok());
  EXPECT_FALSE(d.entries[1].ok());
  EXPECT_EQ(d.entries[1].phrases[0].text, "BAD\xEF\xBF\xBD(_");
}

TEST(DictionaryReaderTest, TenMegabyteLine) {
  std::string text = "A_ [AAA]\n";
  text.append(10 << 20, 'X');
  text += "\nB_ [BBB]\n";
  EXPECT_THAT(ParseDictionary(text, "long.txt").status(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("long.txt:2: line: line of 10485760 bytes")));
  DictionaryReport report;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      Dictionary d, ParseDictionary(text, "long.txt", Lenient(), &report));
  EXPECT_THAT(d.entries, SizeIs(1));  // reading stops at the long line
  EXPECT_TRUE(report.stopped_early);
  // A larger limit takes it as a (long) phrase.
  DictionaryOptions big;
  big.max_line_bytes = 16 << 20;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Dictionary e,
                                  ParseDictionary(text, "l", big));
  EXPECT_THAT(e.entries, SizeIs(3));
}

TEST(DictionaryReaderTest, UnterminatedComment) {
  EXPECT_THAT(
      ParseDictionary("A_ [AAA]\nB_ <!-- open\nC_ [CCC]\n", "o.txt").status(),
      StatusIs(absl::StatusCode::kInvalidArgument,
               HasSubstr("o.txt:2:4: comment: '<!--' is never closed")));
}

TEST(DictionaryReaderTest, CodeWithoutClosingBracket) {
  EXPECT_THAT(
      ParseDictionary("A_\n\t[AAAGOV 100101-110101\n", "b.txt").status(),
      StatusIs(absl::StatusCode::kInvalidArgument,
               HasSubstr("b.txt:2:2: code: code \"[AAAGOV 100101-110101\" "
                         "has no closing ']'")));
  EXPECT_THAT(ParseDictionary("\t[AAA]\n", "b.txt").status(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("b.txt:1:2: code: a code before any phrase")));
}

TEST(DictionaryReaderTest, OnlyComments) {
  DictionaryReport report;
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      Dictionary d, ParseDictionary("# one\n<!-- two\nthree -->\n# four\n", "c",
                                    {}, &report));
  EXPECT_THAT(d.entries, IsEmpty());
  EXPECT_EQ(report.comment_lines, 4u);
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Dictionary empty, ParseDictionary("", "e"));
  EXPECT_THAT(empty.entries, IsEmpty());
}

TEST(DictionaryReaderTest, CrlfAndByteOrderMark) {
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(
      Dictionary d,
      ParseDictionary("\xEF\xBB\xBFRUSSIA_ [RUS]\r\n+RUSSIAN_\r\n", "w"));
  ASSERT_THAT(d.entries, SizeIs(1));
  EXPECT_EQ(d.entries[0].phrases[0].text, "RUSSIA_");
  EXPECT_EQ(d.entries[0].phrases[1].text, "RUSSIAN_");
}

TEST(DictionaryReaderTest, MissingFile) {
  EXPECT_THAT(
      ReadDictionary("no/such/file.txt").status(),
      StatusIs(absl::StatusCode::kNotFound, HasSubstr("no/such/file.txt")));
}

}  // namespace
}  // namespace diplograph
