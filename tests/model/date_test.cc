// Tests of Date and Interval (include/diplograph/date.h) and of the
// library's private sort keys and day numbers (lib/model/date_keys.h).

#include "diplograph/date.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "absl/hash/hash.h"
#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "model/date_keys.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;
using ::diplograph::testing::StatusIs;
using ::testing::HasSubstr;

constexpr absl::StatusCode kInvalid = absl::StatusCode::kInvalidArgument;

Date Day(int year, int month, int day) {
  return *Date::FromYearMonthDay(year, month, day);
}
Date Day(absl::CivilDay day) {
  return Day(static_cast<int>(day.year()), day.month(), day.day());
}
// Days since 1970-01-01 of a day-precision date (the library's count).
int32_t DayNumber(Date day) { return internal::FirstDayNumber(day); }

Date D(absl::string_view text) {
  absl::StatusOr<Date> d = Date::Parse(text);
  EXPECT_TRUE(d.ok()) << text << ": " << d.status();
  return d.value_or(Date());
}

Interval I(absl::string_view text) {
  absl::StatusOr<Interval> i = Interval::Parse(text);
  EXPECT_TRUE(i.ok()) << text << ": " << i.status();
  return i.value_or(Interval());
}

// ---------------------------------------------------------------------------
// Parsing and printing.

TEST(DateParseTest, DayPrecision) {
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Date d, Date::Parse("2024-11-08"));
  EXPECT_EQ(d.precision(), DatePrecision::kDay);
  EXPECT_TRUE(d.is_known());
  EXPECT_EQ(d.year(), 2024);
  EXPECT_EQ(d.month(), 11);
  EXPECT_EQ(d.day(), 8);
  EXPECT_EQ(d.ToString(), "2024-11-08");
}

TEST(DateParseTest, MonthPrecision) {
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Date d, Date::Parse("2024-11"));
  EXPECT_EQ(d.precision(), DatePrecision::kMonth);
  EXPECT_EQ(d.year(), 2024);
  EXPECT_EQ(d.month(), 11);
  EXPECT_EQ(d.day(), 0);
  EXPECT_EQ(d.ToString(), "2024-11");
}

TEST(DateParseTest, YearPrecision) {
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Date d, Date::Parse("2024"));
  EXPECT_EQ(d.precision(), DatePrecision::kYear);
  EXPECT_EQ(d.year(), 2024);
  EXPECT_EQ(d.month(), 0);
  EXPECT_EQ(d.day(), 0);
  EXPECT_EQ(d.ToString(), "2024");
}

TEST(DateParseTest, UnknownFromEmptyAndQuestionMark) {
  for (absl::string_view text : {"", "?"}) {
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Date d, Date::Parse(text));
    EXPECT_EQ(d.precision(), DatePrecision::kUnknown) << text;
    EXPECT_FALSE(d.is_known());
    EXPECT_EQ(d.year(), 0);
    EXPECT_EQ(d, Date());
    EXPECT_EQ(d.ToString(), "?");
    EXPECT_EQ(internal::SortKey(d), 0u);
  }
}

TEST(DateParseTest, PrintsWithLeadingZeros) {
  EXPECT_EQ(D("0001").ToString(), "0001");
  EXPECT_EQ(D("0999-01").ToString(), "0999-01");
  EXPECT_EQ(D("0042-03-04").ToString(), "0042-03-04");
  EXPECT_EQ(D("9999-12-31").ToString(), "9999-12-31");
}

TEST(DateParseTest, RoundTripsEveryDayOfALeapYear) {
  for (absl::CivilDay day(2024, 1, 1); day.year() == 2024; ++day) {
    const Date d = Day(day);
    const std::string text = d.ToString();
    DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Date back, Date::Parse(text));
    EXPECT_EQ(back, d) << text;
    EXPECT_EQ(back.FirstDay(), d) << text;
    EXPECT_EQ(back.year(), day.year());
    EXPECT_EQ(back.month(), day.month());
    EXPECT_EQ(back.day(), day.day());
  }
}

TEST(DateParseTest, InvalidCalendarDatesAreErrors) {
  for (absl::string_view text :
       {"2024-02-30", "2023-02-29", "2024-04-31", "2024-13-01", "2024-00-10",
        "2024-11-00", "2024-11-32", "2024-13", "2024-00", "0000", "0000-01",
        "0000-01-01", "1900-02-29", "2100-02-29"}) {
    EXPECT_THAT(Date::Parse(text), StatusIs(kInvalid, HasSubstr(text))) << text;
  }
}

TEST(DateParseTest, ErrorExplainsTheCalendarProblem) {
  EXPECT_THAT(Date::Parse("2024-02-30"),
              StatusIs(kInvalid, HasSubstr("not a day of 2024-02")));
  EXPECT_THAT(Date::Parse("2024-13-01"),
              StatusIs(kInvalid, HasSubstr("month 13")));
  EXPECT_THAT(Date::Parse("0000"), StatusIs(kInvalid, HasSubstr("year 0")));
}

TEST(DateParseTest, MalformedTextIsAnError) {
  for (absl::string_view text :
       {"24",
        "202",
        "20244",
        "2024-1",
        "2024-1-01",
        "2024-01-1",
        "24-01-01",
        "2024/11/08",
        "2024-11/08",
        "2024.11.08",
        "20241108",
        "2024-11-08x",
        "2024-11-08 ",
        " 2024-11-08",
        "2024-11-08T00:00",
        "x2024",
        "abcd",
        "20a4",
        "2024-1a",
        "2024-11-0a",
        "-2024",
        "+2024",
        "2024-+1",
        "2024--1",
        "2024-11-+8",
        "??",
        "unknown",
        "2024-11-",
        "2024-",
        "\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x92\xEF\xBC\x94" /* full-width */}) {
    EXPECT_THAT(Date::Parse(text), StatusIs(kInvalid, HasSubstr("not a date")))
        << text;
  }
}

TEST(DateParseTest, ErrorQuotesNonPrintableInput) {
  const std::string bad("20\n4", 4);
  EXPECT_THAT(Date::Parse(bad), StatusIs(kInvalid, HasSubstr("\"20\\n4\"")));
  const std::string nul("2024\0", 5);
  EXPECT_THAT(Date::Parse(nul), StatusIs(kInvalid, HasSubstr("\\x00")));
}

TEST(DateParseTest, LeapYears) {
  EXPECT_THAT(Date::Parse("2024-02-29"), IsOk());  // divisible by 4
  EXPECT_THAT(Date::Parse("2000-02-29"), IsOk());  // divisible by 400
  EXPECT_THAT(Date::Parse("1600-02-29"), IsOk());
  EXPECT_THAT(Date::Parse("2023-02-29"), StatusIs(kInvalid, HasSubstr("28")));
  EXPECT_THAT(Date::Parse("1900-02-29"), StatusIs(kInvalid, HasSubstr("28")));
  EXPECT_EQ(D("2024-02").LastDay(), Day(2024, 2, 29));
  EXPECT_EQ(D("2023-02").LastDay(), Day(2023, 2, 28));
  EXPECT_EQ(D("2000-02").LastDay(), Day(2000, 2, 29));
  EXPECT_EQ(D("2100-02").LastDay(), Day(2100, 2, 28));
}

TEST(DateFactoryTest, ValidatesComponents) {
  EXPECT_THAT(Date::FromYear(0), StatusIs(kInvalid, HasSubstr("year 0")));
  EXPECT_THAT(Date::FromYear(10000), StatusIs(kInvalid, HasSubstr("10000")));
  EXPECT_THAT(Date::FromYear(-5), StatusIs(kInvalid, HasSubstr("-5")));
  EXPECT_THAT(Date::FromYear(1), IsOk());
  EXPECT_THAT(Date::FromYear(9999), IsOk());
  EXPECT_THAT(Date::FromYearMonth(2024, 0),
              StatusIs(kInvalid, HasSubstr("month 0")));
  EXPECT_THAT(Date::FromYearMonth(2024, 13),
              StatusIs(kInvalid, HasSubstr("month 13")));
  EXPECT_THAT(Date::FromYearMonth(0, 5), StatusIs(kInvalid, HasSubstr("year")));
  EXPECT_THAT(Date::FromYearMonthDay(2024, 2, 30),
              StatusIs(kInvalid, HasSubstr("day 30")));
  EXPECT_THAT(Date::FromYearMonthDay(2024, 6, 0),
              StatusIs(kInvalid, HasSubstr("day 0")));
  EXPECT_THAT(Date::FromYearMonthDay(2024, 6, -1),
              StatusIs(kInvalid, HasSubstr("day -1")));
  EXPECT_THAT(Date::FromYearMonthDay(2024, 0, 1),
              StatusIs(kInvalid, HasSubstr("month 0")));
  EXPECT_THAT(Date::FromYearMonthDay(10000, 1, 1),
              StatusIs(kInvalid, HasSubstr("year")));

  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Date d, Date::FromYearMonthDay(2025, 1, 20));
  EXPECT_EQ(d, D("2025-01-20"));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Date m, Date::FromYearMonth(2025, 1));
  EXPECT_EQ(m, D("2025-01"));
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(Date y, Date::FromYear(2025));
  EXPECT_EQ(y, D("2025"));
}

TEST(DateFactoryTest, FirstAndLastDayAreDays) {
  const Date d = D("2025-01").LastDay();
  EXPECT_EQ(d.precision(), DatePrecision::kDay);
  EXPECT_EQ(d.ToString(), "2025-01-31");
  EXPECT_EQ(D("2025").FirstDay().precision(), DatePrecision::kDay);
}

TEST(DatePrecisionTest, Names) {
  EXPECT_EQ(DatePrecisionName(DatePrecision::kUnknown), "unknown");
  EXPECT_EQ(DatePrecisionName(DatePrecision::kYear), "year");
  EXPECT_EQ(DatePrecisionName(DatePrecision::kMonth), "month");
  EXPECT_EQ(DatePrecisionName(DatePrecision::kDay), "day");
}

// ---------------------------------------------------------------------------
// Ordering, periods.

TEST(DateOrderTest, UnknownFirstThenCoarserBeforeFiner) {
  const std::vector<Date> sorted = {
      Date(),          D("2023"),       D("2023-12"),    D("2023-12-31"),
      D("2024"),       D("2024-01"),    D("2024-01-01"), D("2024-01-02"),
      D("2024-02"),    D("2024-02-29"), D("2024-11"),    D("2024-11-08"),
      D("2025-01-20"), D("9999-12-31")};
  for (size_t i = 0; i < sorted.size(); ++i) {
    for (size_t j = 0; j < sorted.size(); ++j) {
      const std::string ctx =
          sorted[i].ToString() + " vs " + sorted[j].ToString();
      EXPECT_EQ(sorted[i] < sorted[j], i < j) << ctx;
      EXPECT_EQ(sorted[i] > sorted[j], i > j) << ctx;
      EXPECT_EQ(sorted[i] <= sorted[j], i <= j) << ctx;
      EXPECT_EQ(sorted[i] >= sorted[j], i >= j) << ctx;
      EXPECT_EQ(sorted[i] == sorted[j], i == j) << ctx;
      EXPECT_EQ(sorted[i] != sorted[j], i != j) << ctx;
      EXPECT_EQ(internal::SortKey(sorted[i]) < internal::SortKey(sorted[j]),
                i < j)
          << ctx;
    }
  }
  std::vector<Date> shuffled(sorted.rbegin(), sorted.rend());
  std::swap(shuffled[2], shuffled[7]);
  std::sort(shuffled.begin(), shuffled.end());
  EXPECT_EQ(shuffled, sorted);
}

TEST(DateOrderTest, EqualityIsByPrecisionAndComponents) {
  EXPECT_EQ(D("2024-11"), *Date::FromYearMonth(2024, 11));
  EXPECT_EQ(absl::Hash<Date>()(D("2024-11")),
            absl::Hash<Date>()(*Date::FromYearMonth(2024, 11)));
  EXPECT_NE(D("2024-11"), D("2024-11-01"));
  EXPECT_NE(D("2024"), D("2024-01"));
}

TEST(DatePeriodTest, FirstAndLastDay) {
  EXPECT_EQ(D("2024-11-08").FirstDay(), Day(2024, 11, 8));
  EXPECT_EQ(D("2024-11-08").LastDay(), Day(2024, 11, 8));
  EXPECT_EQ(D("2024-11").FirstDay(), Day(2024, 11, 1));
  EXPECT_EQ(D("2024-11").LastDay(), Day(2024, 11, 30));
  EXPECT_EQ(D("2024-12").LastDay(), Day(2024, 12, 31));
  EXPECT_EQ(D("2024-04").LastDay(), Day(2024, 4, 30));
  EXPECT_EQ(D("2024").FirstDay(), Day(2024, 1, 1));
  EXPECT_EQ(D("2024").LastDay(), Day(2024, 12, 31));
}

TEST(DatePeriodTest, Covers) {
  const Date month = D("2024-11");
  EXPECT_FALSE(month.Covers(Day(2024, 10, 31)));
  EXPECT_TRUE(month.Covers(Day(2024, 11, 1)));
  EXPECT_TRUE(month.Covers(Day(2024, 11, 30)));
  EXPECT_FALSE(month.Covers(Day(2024, 12, 1)));

  const Date year = D("2024");
  EXPECT_FALSE(year.Covers(Day(2023, 12, 31)));
  EXPECT_TRUE(year.Covers(Day(2024, 1, 1)));
  EXPECT_TRUE(year.Covers(Day(2024, 12, 31)));
  EXPECT_FALSE(year.Covers(Day(2025, 1, 1)));

  const Date day = D("2024-11-08");
  EXPECT_TRUE(day.Covers(Day(2024, 11, 8)));
  EXPECT_FALSE(day.Covers(Day(2024, 11, 7)));
  EXPECT_FALSE(day.Covers(Day(2024, 11, 9)));

  EXPECT_FALSE(Date().Covers(Day(2024, 11, 8)));

  // A coarser date is covered when all its days are.
  EXPECT_TRUE(year.Covers(month));
  EXPECT_TRUE(year.Covers(year));
  EXPECT_FALSE(month.Covers(year));
  EXPECT_TRUE(month.Covers(D("2024-11")));
  EXPECT_FALSE(day.Covers(month));
  EXPECT_FALSE(year.Covers(D("2025-01")));
  EXPECT_FALSE(year.Covers(Date()));
}

// ---------------------------------------------------------------------------
// Intervals.

TEST(IntervalTest, DefaultIsOpenAtBothEnds) {
  const Interval always;
  EXPECT_TRUE(always.is_open_begin());
  EXPECT_TRUE(always.is_open_end());
  EXPECT_EQ(always.ToString(), "../..");
  EXPECT_TRUE(always.Contains(Day(1, 1, 1)));
  EXPECT_TRUE(always.Contains(Day(9999, 12, 31)));
  EXPECT_EQ(internal::FirstDayNumber(always),
            std::numeric_limits<int32_t>::min());
  EXPECT_EQ(internal::LastDayNumber(always),
            std::numeric_limits<int32_t>::max());
}

TEST(IntervalTest, ParseClosed) {
  const Interval i = I("2024-11-06/2025-01-19");
  EXPECT_EQ(i.begin(), D("2024-11-06"));
  EXPECT_EQ(i.end(), D("2025-01-19"));
  EXPECT_FALSE(i.is_open_begin());
  EXPECT_FALSE(i.is_open_end());
  EXPECT_EQ(i.ToString(), "2024-11-06/2025-01-19");
}

TEST(IntervalTest, ParseOpenEnds) {
  const Interval since = I("2025-01-20/..");
  EXPECT_EQ(since.begin(), D("2025-01-20"));
  EXPECT_TRUE(since.is_open_end());
  EXPECT_FALSE(since.is_open_begin());
  EXPECT_EQ(since.ToString(), "2025-01-20/..");
  EXPECT_EQ(since, Interval::Since(D("2025-01-20")));

  const Interval until = I("../2025-01-19");
  EXPECT_TRUE(until.is_open_begin());
  EXPECT_EQ(until.end(), D("2025-01-19"));
  EXPECT_EQ(until.ToString(), "../2025-01-19");
  EXPECT_EQ(until, Interval::Until(D("2025-01-19")));

  EXPECT_EQ(I("../.."), Interval());
  EXPECT_EQ(I(".."), Interval());
  // Each side may also be written as Date::Parse writes the unknown date.
  EXPECT_EQ(I("?/2025"), Interval::Until(D("2025")));
}

TEST(IntervalTest, ParseSingleDateIsThatPeriod) {
  const Interval month = I("2024-11");
  EXPECT_EQ(month.begin(), D("2024-11"));
  EXPECT_EQ(month.end(), D("2024-11"));
  EXPECT_TRUE(month.Contains(Day(2024, 11, 1)));
  EXPECT_TRUE(month.Contains(Day(2024, 11, 30)));
  EXPECT_FALSE(month.Contains(Day(2024, 12, 1)));
  EXPECT_EQ(month.ToString(), "2024-11/2024-11");
  EXPECT_EQ(I(month.ToString()), month);
}

TEST(IntervalTest, ParseMixedPrecisions) {
  const Interval i = I("2024/2025-01-19");
  EXPECT_TRUE(i.Contains(Day(2024, 1, 1)));
  EXPECT_TRUE(i.Contains(Day(2025, 1, 19)));
  EXPECT_FALSE(i.Contains(Day(2025, 1, 20)));
  // A coarse end that ends after a finer begin starting inside it is fine.
  EXPECT_THAT(Interval::Parse("2024-11-08/2024-11"), IsOk());
  EXPECT_THAT(Interval::Parse("2024-11-08/2024"), IsOk());
}

TEST(IntervalTest, ToStringRoundTrips) {
  for (absl::string_view text :
       {"2024-11-06/2025-01-19", "2025-01-20/..", "../2025-01-19", "../..",
        "2024/2024-06", "2024-02-29/2024-02-29"}) {
    EXPECT_EQ(I(text).ToString(), text);
    EXPECT_EQ(I(I(text).ToString()), I(text));
  }
}

TEST(IntervalTest, EndBeforeBeginIsAnError) {
  for (absl::string_view text : {"2025-01-20/2025-01-19", "2025/2024",
                                 "2024-12/2024-11-30", "2024-11-08/2024-10"}) {
    EXPECT_THAT(Interval::Parse(text),
                StatusIs(kInvalid, HasSubstr("before its begin")))
        << text;
  }
  EXPECT_THAT(Interval::Make(D("2025-01-20"), D("2025-01-19")),
              StatusIs(kInvalid, HasSubstr("2025-01-19")));
  // Open ends never conflict.
  EXPECT_THAT(Interval::Make(D("2025-01-20"), Date()), IsOk());
  EXPECT_THAT(Interval::Make(Date(), D("1000")), IsOk());
  // A one-day interval is fine.
  EXPECT_THAT(Interval::Make(D("2025-01-20"), D("2025-01-20")), IsOk());
}

TEST(IntervalTest, MalformedTextIsAnError) {
  for (absl::string_view text :
       {"", "?", "2024/2025/2026", "2024-02-30/..", "../2024-13",
        "2024-11-08 / 2025", "x/..", "...", "../...", "2024//2025"}) {
    EXPECT_THAT(Interval::Parse(text), StatusIs(kInvalid, ::testing::_))
        << text;
  }
  EXPECT_THAT(Interval::Parse("2024/2025/2026"),
              StatusIs(kInvalid, HasSubstr("more than one '/'")));
  EXPECT_THAT(Interval::Parse("2024-02-30/.."),
              StatusIs(kInvalid, HasSubstr("2024-02-30")));
}

TEST(IntervalTest, ContainsIsInclusiveAtBothEnds) {
  const Interval elect = I("2024-11-06/2025-01-19");
  EXPECT_FALSE(elect.Contains(Day(2024, 11, 5)));
  EXPECT_TRUE(elect.Contains(Day(2024, 11, 6)));
  EXPECT_TRUE(elect.Contains(Day(2024, 12, 25)));
  EXPECT_TRUE(elect.Contains(Day(2025, 1, 19)));
  EXPECT_FALSE(elect.Contains(Day(2025, 1, 20)));

  const Interval president = I("2025-01-20/..");
  EXPECT_FALSE(president.Contains(Day(2025, 1, 19)));
  EXPECT_TRUE(president.Contains(Day(2025, 1, 20)));
  EXPECT_TRUE(president.Contains(Day(9999, 12, 31)));

  const Interval until = I("../2025-01-19");
  EXPECT_TRUE(until.Contains(Day(1, 1, 1)));
  EXPECT_TRUE(until.Contains(Day(2025, 1, 19)));
  EXPECT_FALSE(until.Contains(Day(2025, 1, 20)));

  // Coarse ends cover their whole period.
  const Interval years = I("2020/2024");
  EXPECT_TRUE(years.Contains(Day(2020, 1, 1)));
  EXPECT_TRUE(years.Contains(Day(2024, 12, 31)));
  EXPECT_FALSE(years.Contains(Day(2019, 12, 31)));
  EXPECT_FALSE(years.Contains(Day(2025, 1, 1)));
}

TEST(IntervalTest, Overlaps) {
  const Interval elect = I("2024-11-06/2025-01-19");
  const Interval president = I("2025-01-20/..");
  EXPECT_FALSE(elect.Overlaps(president));
  EXPECT_FALSE(president.Overlaps(elect));
  // Sharing a single day is overlapping (ends are inclusive).
  EXPECT_TRUE(I("2024-11-06/2025-01-20").Overlaps(president));
  EXPECT_TRUE(president.Overlaps(I("2025-01-20")));
  EXPECT_TRUE(I("2025-01").Overlaps(president));
  EXPECT_TRUE(I("2025").Overlaps(elect));
  EXPECT_FALSE(I("2023").Overlaps(elect));
  // Open intervals.
  EXPECT_TRUE(Interval().Overlaps(elect));
  EXPECT_TRUE(elect.Overlaps(Interval()));
  EXPECT_TRUE(Interval().Overlaps(Interval()));
  EXPECT_TRUE(I("../2024-11-06").Overlaps(elect));
  EXPECT_FALSE(I("../2024-11-05").Overlaps(elect));
  EXPECT_TRUE(I("../2000").Overlaps(I("1999/..")));
  EXPECT_FALSE(I("../1999").Overlaps(I("2000/..")));
  // Overlap is symmetric and reflexive.
  for (const Interval& a : {elect, president, I("2024"), Interval()}) {
    EXPECT_TRUE(a.Overlaps(a)) << a.ToString();
    for (const Interval& b : {elect, president, I("2024"), Interval()}) {
      EXPECT_EQ(a.Overlaps(b), b.Overlaps(a))
          << a.ToString() << " " << b.ToString();
    }
  }
}

TEST(IntervalTest, DuringOneDateNeverFails) {
  const Interval month = Interval::During(D("2024-11"));
  EXPECT_EQ(month, I("2024-11"));
  EXPECT_EQ(month.ToString(), "2024-11/2024-11");
  EXPECT_TRUE(month.Contains(D("2024-11-01")));
  EXPECT_TRUE(month.Contains(D("2024-11-30")));
  EXPECT_FALSE(month.Contains(D("2024-12-01")));
  EXPECT_FALSE(month.Contains(D("2024-10-31")));
  EXPECT_EQ(Interval::During(D("2024-11-08")), I("2024-11-08/2024-11-08"));
  EXPECT_EQ(Interval::During(D("2024")), *Interval::Make(D("2024"), D("2024")));
  // The unknown date names no period: the open interval.
  EXPECT_EQ(Interval::During(Date()), Interval());
}

TEST(IntervalTest, ContainsACoarserDateWhenItHoldsAllItsDays) {
  const Interval elect = I("2024-11-06/2025-01-19");
  EXPECT_TRUE(elect.Contains(D("2024-12")));
  EXPECT_FALSE(elect.Contains(D("2024-11")));  // 2024-11-01 is outside
  EXPECT_FALSE(elect.Contains(D("2025-01")));  // so is 2025-01-20
  EXPECT_FALSE(elect.Contains(D("2025")));
  EXPECT_TRUE(I("2024/..").Contains(D("2030")));
  EXPECT_TRUE(Interval().Contains(D("2024")));
  EXPECT_FALSE(Interval().Contains(Date()));
  EXPECT_FALSE(elect.Contains(Date()));
}

TEST(IntervalTest, DayNumbers) {
  const Interval elect = I("2024-11-06/2025-01-19");
  EXPECT_EQ(internal::FirstDayNumber(elect), DayNumber(Day(2024, 11, 6)));
  EXPECT_EQ(internal::LastDayNumber(elect), DayNumber(Day(2025, 1, 19)));
  EXPECT_EQ(internal::FirstDayNumber(I("2024")), DayNumber(Day(2024, 1, 1)));
  EXPECT_EQ(internal::LastDayNumber(I("2024")), DayNumber(Day(2024, 12, 31)));
  EXPECT_EQ(internal::FirstDayNumber(I("../2024")),
            std::numeric_limits<int32_t>::min());
  EXPECT_EQ(internal::LastDayNumber(I("2024/..")),
            std::numeric_limits<int32_t>::max());
  EXPECT_EQ(internal::FirstDayNumber(D("2024-11")),
            DayNumber(Day(2024, 11, 1)));
  EXPECT_EQ(internal::LastDayNumber(D("2024-11")),
            DayNumber(Day(2024, 11, 30)));
}

TEST(DayNumberTest, CountsDaysFromTheEpoch) {
  EXPECT_EQ(DayNumber(Day(1970, 1, 1)), 0);
  EXPECT_EQ(DayNumber(Day(1970, 1, 2)), 1);
  EXPECT_EQ(DayNumber(Day(1969, 12, 31)), -1);
  EXPECT_EQ(DayNumber(Day(1971, 1, 1)), 365);
  EXPECT_EQ(DayNumber(Day(2000, 1, 1)), 10957);
  // 2024 is a leap year: 366 days to 2025-01-01.
  EXPECT_EQ(DayNumber(Day(2025, 1, 1)) - DayNumber(Day(2024, 1, 1)), 366);
  EXPECT_EQ(DayNumber(Day(2025, 1, 20)) - DayNumber(Day(2024, 11, 8)), 73);
  // The whole supported range fits.
  EXPECT_LT(DayNumber(Day(1, 1, 1)), 0);
  EXPECT_GT(DayNumber(Day(9999, 12, 31)), 0);
  // Consecutive days have consecutive numbers across month and year ends,
  // as absl counts them, and convert back.
  absl::CivilDay day(2023, 12, 25);
  for (int i = 0; i < 80; ++i, ++day) {
    EXPECT_EQ(DayNumber(Day(day + 1)) - DayNumber(Day(day)), 1) << day;
    EXPECT_EQ(DayNumber(Day(day)), day - absl::CivilDay(1970, 1, 1)) << day;
    EXPECT_EQ(internal::DateOfDayNumber(DayNumber(Day(day))), Day(day)) << day;
  }
}

TEST(DayNumberTest, AgreesWithAbslOverTheWholeRange) {
  const absl::CivilDay epoch(1970, 1, 1);
  for (absl::CivilDay day(1, 1, 1); day.year() <= 9999; day += 7) {
    ASSERT_EQ(DayNumber(Day(day)), day - epoch) << day;
  }
  for (int year : {1, 4, 100, 400, 1900, 2000, 2024, 9999}) {
    for (int month = 1; month <= 12; ++month) {
      const Date m = *Date::FromYearMonth(year, month);
      const absl::CivilDay first(year, month, 1);
      const absl::CivilDay last =
          absl::CivilDay(absl::CivilMonth(first) + 1) - 1;
      EXPECT_EQ(internal::FirstDayNumber(m), first - epoch) << m.ToString();
      EXPECT_EQ(internal::LastDayNumber(m), last - epoch) << m.ToString();
    }
    const Date y = *Date::FromYear(year);
    EXPECT_EQ(internal::LastDayNumber(y), absl::CivilDay(year, 12, 31) - epoch)
        << year;
  }
}

TEST(DatePlusDaysTest, StepsOverMonthsYearsAndLeapDays) {
  EXPECT_EQ(D("2024-02-28").PlusDays(1), D("2024-02-29"));
  EXPECT_EQ(D("2023-02-28").PlusDays(1), D("2023-03-01"));
  EXPECT_EQ(D("2024-12-31").PlusDays(1), D("2025-01-01"));
  EXPECT_EQ(D("2025-01-01").PlusDays(-1), D("2024-12-31"));
  EXPECT_EQ(D("2024-11-08").PlusDays(0), D("2024-11-08"));
  EXPECT_EQ(D("2024-11-08").PlusDays(73), D("2025-01-20"));
  // A coarser date counts from its first day, and the result is a day.
  EXPECT_EQ(D("2024-11").PlusDays(0), D("2024-11-01"));
  EXPECT_EQ(D("2024").PlusDays(366), D("2025-01-01"));
  absl::CivilDay civil(2023, 1, 1);
  for (int i = 0; i < 800; ++i, ++civil) {
    EXPECT_EQ(D("2023-01-01").PlusDays(i), Day(civil)) << civil;
  }
}

// The key ranges of an interval are those of its day numbers, for every
// mix of precisions and open ends.
TEST(KeysOverlappingTest, IntervalGivesTheRangesOfItsDayNumbers) {
  auto same = [](const Interval& w) {
    const internal::KeyRanges a = internal::KeysOverlapping(w);
    const internal::KeyRanges b = internal::KeysOverlapping(
        internal::FirstDayNumber(w), internal::LastDayNumber(w));
    ASSERT_EQ(a.size(), b.size()) << w.ToString();
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(a[i].lo, b[i].lo) << w.ToString();
      EXPECT_EQ(a[i].hi, b[i].hi) << w.ToString();
    }
  };
  for (const char* text :
       {"..", "2024/..", "../2024", "2024-11/..", "../2024-02", "2024-02-29/..",
        "2023/2024", "2024-11/2024-11", "2024-11-30/2024-11",
        "2024-11/2024-11-01", "2024-12-31/2025-01-01", "2000-02/2000-02-29",
        "1999/2000-03"}) {
    same(I(text));
  }
}

}  // namespace
}  // namespace diplograph
