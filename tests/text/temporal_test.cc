#include "text/temporal.h"

#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "diplograph/date.h"
#include "gtest/gtest.h"

namespace diplograph::text_internal {
namespace {

// 2023-03-15 is a Wednesday.
Date Anchor() { return *Date::Parse("2023-03-15"); }

Date D(const char* iso) { return *Date::Parse(iso); }

std::vector<TimeExpression> Find(std::string_view text, Date anchor) {
  return FindTimeExpressions(text, 0, static_cast<uint32_t>(text.size()),
                             anchor);
}

std::string SpanText(std::string_view text, const TimeExpression& e) {
  return std::string(text.substr(e.begin, e.end - e.begin));
}

// The one expression found in `text`; fails the test unless there is
// exactly one.
TimeExpression One(std::string_view text, Date anchor = Anchor()) {
  std::vector<TimeExpression> found = Find(text, anchor);
  EXPECT_EQ(found.size(), 1u) << text;
  if (found.empty()) return TimeExpression();
  return found[0];
}

// The expression whose words are exactly `words`.
std::optional<TimeExpression> WithText(std::string_view text,
                                       std::string_view words,
                                       Date anchor = Anchor()) {
  for (const TimeExpression& e : Find(text, anchor)) {
    if (SpanText(text, e) == words) return e;
  }
  return std::nullopt;
}

TEST(DateBasisNameTest, Names) {
  EXPECT_EQ(DateBasisName(DateBasis::kExplicit), "explicit");
  EXPECT_EQ(DateBasisName(DateBasis::kRelative), "relative");
  EXPECT_EQ(DateBasisName(DateBasis::kDocumentDate), "document_date");
  EXPECT_EQ(DateBasisName(DateBasis::kUnresolved), "unresolved");
}

// --- Weekdays ---------------------------------------------------------------

TEST(WeekdayTest, OnWeekdayIsLatestOnOrBeforeAnchor) {
  const std::string text =
      "The minister said on Thursday that talks went well.";
  TimeExpression e = One(text);
  EXPECT_EQ(SpanText(text, e), "on Thursday");
  EXPECT_EQ(e.date, D("2023-03-09"));
  EXPECT_EQ(e.basis, DateBasis::kRelative);
  EXPECT_STREQ(e.rule, "weekday-on-or-before-anchor");
  EXPECT_FALSE(e.future);
  EXPECT_GT(e.confidence, 0.5f);

  EXPECT_EQ(One("Envoys met on Tuesday in Vienna.").date, D("2023-03-14"));
  // The anchor's own weekday is the anchor day.
  EXPECT_EQ(One("The ministry on Wednesday denied the claim.").date,
            D("2023-03-15"));
}

TEST(WeekdayTest, NextAndLastAndFuture) {
  TimeExpression next = One("The delegation arrives next Tuesday.");
  EXPECT_EQ(next.date, D("2023-03-21"));
  EXPECT_TRUE(next.future);
  EXPECT_STREQ(next.rule, "next-weekday");

  EXPECT_EQ(One("They spoke last Wednesday.").date, D("2023-03-08"));

  TimeExpression future = One("The two leaders will speak on Friday.");
  EXPECT_EQ(future.date, D("2023-03-17"));
  EXPECT_TRUE(future.future);
  EXPECT_STREQ(future.rule, "weekday-on-or-after-anchor");
}

TEST(WeekdayTest, PossessiveAndPartOfDay) {
  const std::string text = "In Monday's talks the sides agreed on little.";
  TimeExpression e = One(text);
  EXPECT_EQ(SpanText(text, e), "Monday's");
  EXPECT_EQ(e.date, D("2023-03-13"));

  const std::string text2 = "The envoy left on Sunday evening.";
  EXPECT_EQ(SpanText(text2, One(text2)), "on Sunday evening");
  EXPECT_EQ(One(text2).date, D("2023-03-12"));
}

TEST(WeekdayTest, NoAnchorLeavesItUnresolved) {
  TimeExpression e = One("She said on Thursday that it was over.", Date());
  EXPECT_FALSE(e.date.is_known());
  EXPECT_EQ(e.basis, DateBasis::kUnresolved);
  // A month-precision anchor cannot place a weekday either.
  EXPECT_FALSE(One("She said on Thursday that it was over.", D("2023-03"))
                   .date.is_known());
}

// --- Days and periods relative to the anchor -------------------------------

TEST(RelativeTest, TodayYesterdayTomorrow) {
  EXPECT_EQ(One("The spokesman spoke today.").date, D("2023-03-15"));
  TimeExpression y = One("Officials met yesterday in Ankara.");
  EXPECT_EQ(y.date, D("2023-03-14"));
  EXPECT_EQ(y.basis, DateBasis::kRelative);
  EXPECT_STREQ(y.rule, "yesterday");
  TimeExpression t = One("Voting ends tomorrow.");
  EXPECT_EQ(t.date, D("2023-03-16"));
  EXPECT_TRUE(t.future);
  EXPECT_EQ(One("It happened the day before yesterday.").date, D("2023-03-13"));
}

TEST(RelativeTest, Weeks) {
  TimeExpression last = One("The envoy visited the region last week.");
  EXPECT_STREQ(last.rule, "last-week");
  EXPECT_EQ(last.date, D("2023-03-06"));
  EXPECT_EQ(last.range_end, D("2023-03-12"));
  EXPECT_EQ(CoveringDate(last), D("2023-03"));

  TimeExpression now = One("Talks resume this week.");
  EXPECT_EQ(now.date, D("2023-03-13"));
  EXPECT_EQ(now.range_end, D("2023-03-19"));

  TimeExpression next = One("A summit opens next week.");
  EXPECT_EQ(next.date, D("2023-03-20"));
  EXPECT_TRUE(next.future);
}

TEST(RelativeTest, MonthsAndYears) {
  const std::string text = "The ministers met earlier this month in Delhi.";
  TimeExpression e = One(text);
  EXPECT_EQ(SpanText(text, e), "earlier this month");
  EXPECT_EQ(e.date, D("2023-03"));
  EXPECT_STREQ(e.rule, "earlier-this-month");

  EXPECT_EQ(One("Trade fell last month.").date, D("2023-02"));
  EXPECT_EQ(One("The accord was signed last year.").date, D("2022"));
  EXPECT_EQ(One("Elections are due next year.").date, D("2024"));
  // January: last month is December of the year before.
  EXPECT_EQ(One("Trade fell last month.", D("2023-01-10")).date, D("2022-12"));
}

TEST(RelativeTest, Weekends) {
  TimeExpression over = One("Protests spread over the weekend.");
  EXPECT_STREQ(over.rule, "over-the-weekend");
  EXPECT_EQ(over.date, D("2023-03-11"));
  EXPECT_EQ(over.range_end, D("2023-03-12"));
  // On a Sunday, "over the weekend" is the weekend of the anchor.
  EXPECT_EQ(One("Protests spread over the weekend.", D("2023-03-19")).date,
            D("2023-03-18"));
  EXPECT_EQ(One("The talks end this weekend.").date, D("2023-03-18"));
  EXPECT_EQ(One("They met last weekend.").date, D("2023-03-11"));
  EXPECT_EQ(One("They meet next weekend.").date, D("2023-03-25"));
}

TEST(RelativeTest, DaysRelativeToOtherDatesStayUnresolved) {
  TimeExpression e = One("He flew home the next day.");
  EXPECT_STREQ(e.rule, "context-day");
  EXPECT_EQ(e.basis, DateBasis::kUnresolved);
  EXPECT_EQ(One("They had met the day before.").basis, DateBasis::kUnresolved);
  EXPECT_EQ(One("Both spoke again the same day.").basis,
            DateBasis::kUnresolved);
}

TEST(RelativeTest, Ago) {
  EXPECT_EQ(One("They met three days ago.").date, D("2023-03-12"));
  EXPECT_EQ(One("The deal collapsed two years ago.").date, D("2021"));
  EXPECT_EQ(One("The deal collapsed six months ago.").date, D("2022-09"));
}

// --- Months and years by tense ---------------------------------------------

TEST(MonthTest, InMonthByTense) {
  TimeExpression past = One("The two sides met in January.");
  EXPECT_EQ(past.date, D("2023-01"));
  EXPECT_FALSE(past.future);

  // Past tense, a month after the anchor's: last year.
  EXPECT_EQ(One("The treaty lapsed in October.").date, D("2022-10"));

  TimeExpression will = One("The president will visit Hanoi in April.");
  EXPECT_EQ(will.date, D("2023-04"));
  EXPECT_TRUE(will.future);
  EXPECT_STREQ(will.rule, "month-next-by-tense");

  // Future tense, a month before the anchor's: next year.
  EXPECT_EQ(One("He would travel to Seoul in January.").date, D("2024-01"));
  EXPECT_EQ(One("She plans to return in February.").date, D("2024-02"));
  EXPECT_EQ(One("Talks are expected to resume in June.").date, D("2023-06"));
  // "May" is not the modal: the past "signed" decides.
  EXPECT_EQ(One("They signed the May accord in October.").date, D("2022-10"));
  // The nearest cue wins: "said" is nearer than "will".
  EXPECT_EQ(One("He said in January that the plan will fail.").date,
            D("2023-01"));
}

TEST(MonthTest, MonthWithRelativeYear) {
  const std::string text = "In April this year, the envoy will return.";
  TimeExpression e = One(text);
  EXPECT_EQ(SpanText(text, e), "In April this year");
  EXPECT_EQ(e.date, D("2023-04"));
  EXPECT_EQ(One("The pact was renewed in May last year.").date, D("2022-05"));
  EXPECT_EQ(One("They met last December.").date, D("2022-12"));
}

TEST(MonthTest, PartsOfMonthsAndYears) {
  const std::string text = "The pact expires at the end of June.";
  TimeExpression e = One(text);
  EXPECT_EQ(SpanText(text, e), "at the end of June");
  EXPECT_EQ(e.date, D("2023-06"));
  EXPECT_EQ(One("Troops left by the end of 2021.").date, D("2021"));
  EXPECT_EQ(One("Prices fell in mid-February.").date, D("2023-02"));
  EXPECT_EQ(One("The plant opened in late 2016.").date, D("2016"));
}

TEST(MonthTest, SeasonsQuartersAndHalves) {
  // Anchor 2023-03-15, in spring.
  TimeExpression last = One("The envoy visited Hanoi last summer.");
  EXPECT_EQ(last.date, D("2022-06"));
  EXPECT_EQ(last.range_end, D("2022-08"));
  EXPECT_STREQ(last.rule, "last-season");
  TimeExpression will = One("Talks will resume in the autumn.");
  EXPECT_EQ(will.date, D("2023-09"));
  EXPECT_EQ(will.range_end, D("2023-11"));
  EXPECT_EQ(One("It snowed in the winter of 2019.").date, D("2019-12"));
  EXPECT_EQ(One("It snowed in the winter of 2019.").range_end, D("2020-02"));
  EXPECT_EQ(One("The pact was signed in spring this year.").date, D("2023-03"));
  // "fall" alone is a verb.
  EXPECT_TRUE(Find("Prices may fall sharply.", Anchor()).empty());

  TimeExpression q = One("Growth slowed in the third quarter of 2022.");
  EXPECT_EQ(q.date, D("2022-07"));
  EXPECT_EQ(q.range_end, D("2022-09"));
  EXPECT_STREQ(q.rule, "part-of-year");
  EXPECT_EQ(One("Output rose in Q4 2021.").date, D("2021-10"));
  TimeExpression h = One("Exports fell in the second half of last year.");
  EXPECT_EQ(h.date, D("2022-07"));
  EXPECT_EQ(h.range_end, D("2022-12"));
  EXPECT_EQ(CoveringDate(h), D("2022"));
}

TEST(MonthTest, ListsCarryTheLeadWord) {
  const std::string text = "Summits will be held in May and September.";
  std::vector<TimeExpression> found = Find(text, Anchor());
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(SpanText(text, found[0]), "in May");
  EXPECT_EQ(SpanText(text, found[1]), "September");
  EXPECT_EQ(found[1].date, D("2023-09"));
  const std::string three = "Votes fell in May, June and July.";
  EXPECT_EQ(Find(three, Anchor()).size(), 3u);
  // Without a tense, the months of a list follow one another.
  std::vector<TimeExpression> untensed =
      Find("The summits are due in May and September.", Anchor());
  ASSERT_EQ(untensed.size(), 2u);
  EXPECT_EQ(untensed[0].date, D("2023-05"));
  EXPECT_EQ(untensed[1].date, D("2023-09"));
  // "since" looks back even in a clause about the future.
  const std::string since = "Troops, here since mid-February, will stay.";
  TimeExpression s = One(since);
  EXPECT_EQ(SpanText(since, s), "since mid-February");
  EXPECT_EQ(s.date, D("2023-02"));
}

TEST(MonthTest, MonthAloneNeedsALeadWord) {
  // The modal "may", a capitalised "May" without a lead word and the verb
  // "march" are not months.
  EXPECT_TRUE(Find("Officials may march to the square.", Anchor()).empty());
  EXPECT_TRUE(Find("May the talks succeed.", Anchor()).empty());
}

TEST(YearTest, InAndSinceYear) {
  TimeExpression since = One("Relations have improved since 2019.");
  EXPECT_EQ(since.date, D("2019"));
  EXPECT_STREQ(since.rule, "since-year");
  EXPECT_EQ(since.basis, DateBasis::kExplicit);

  const std::string text = "The embassy closed in 2019.";
  TimeExpression in = One(text);
  EXPECT_EQ(SpanText(text, in), "in 2019");
  EXPECT_EQ(in.date, D("2019"));

  EXPECT_EQ(One("The base opened in early 2008.").date, D("2008"));
}

TEST(YearTest, Decades) {
  const std::string text = "Ties were frosty in the 1990s.";
  TimeExpression e = One(text);
  EXPECT_EQ(SpanText(text, e), "in the 1990s");
  EXPECT_EQ(e.date, D("1990"));
  EXPECT_EQ(e.range_end, D("1999"));
  EXPECT_STREQ(e.rule, "decade");
  EXPECT_EQ(One("a policy dating from the '80s").date, D("1980"));
}

// --- Explicit dates ----------------------------------------------------------

TEST(ExplicitTest, Formats) {
  TimeExpression a = One("The new president takes office on January 20, 2025.");
  EXPECT_EQ(a.date, D("2025-01-20"));
  EXPECT_EQ(a.basis, DateBasis::kExplicit);
  EXPECT_GE(a.confidence, 0.9f);

  EXPECT_EQ(One("The accord took effect on 20 January 2025.").date,
            D("2025-01-20"));
  EXPECT_EQ(One("Filed 2025-01-20 by the registry.").date, D("2025-01-20"));
  EXPECT_EQ(One("The embassy reopened on the 3rd of February.").date,
            D("2023-02-03"));
  EXPECT_EQ(One("The summit began on Sept. 4, 2016.").date, D("2016-09-04"));
  EXPECT_EQ(One("Elections were held in March 2018.").date, D("2018-03"));

  const std::string stamped = "Posted 2024-06-02 09:45 by the desk.";
  TimeExpression s = One(stamped);
  EXPECT_EQ(SpanText(stamped, s), "2024-06-02 09:45");
  EXPECT_STREQ(s.rule, "iso-datetime");

  const std::string with_weekday = "Photo taken Sunday, Feb. 5, 2023.";
  TimeExpression w = One(with_weekday);
  EXPECT_EQ(SpanText(with_weekday, w), "Sunday, Feb. 5, 2023");
  EXPECT_EQ(w.date, D("2023-02-05"));
}

TEST(ExplicitTest, MonthDayTakesTheYearNearTheAnchor) {
  // "Jan. 20" before a March anchor: this year.
  TimeExpression e = One("The ministers spoke on Jan. 20.");
  EXPECT_EQ(e.date, D("2023-01-20"));
  EXPECT_STREQ(e.rule, "month-day-year-of-anchor");
  // "December 28" in a January document, past tense: the year before.
  EXPECT_EQ(One("They met on December 28.", D("2024-01-04")).date,
            D("2023-12-28"));
  // Future tense: the next such day.
  EXPECT_EQ(One("He will arrive on March 2.").date, D("2024-03-02"));
  // Without an anchor the year is unknown.
  EXPECT_EQ(One("They met on December 28.", Date()).basis,
            DateBasis::kUnresolved);
}

TEST(ExplicitTest, InvalidCalendarDatesAreNotTaken) {
  EXPECT_TRUE(Find("A code like 2023-02-30 is not a date.", Anchor()).empty());
  EXPECT_TRUE(Find("Nor is February 30 on the calendar.", Anchor()).empty());
}

// --- Ranges ------------------------------------------------------------------

TEST(RangeTest, MonthDayToMonthDay) {
  const std::string text =
      "The forum ran from November 30 to December 1 in Doha.";
  TimeExpression e = One(text);
  EXPECT_EQ(SpanText(text, e), "from November 30 to December 1");
  EXPECT_EQ(e.date, D("2022-11-30"));
  EXPECT_EQ(e.range_end, D("2022-12-01"));
  EXPECT_STREQ(e.rule, "from-to-range");

  // The year of the second end gives the first its year.
  TimeExpression y = One("Held December 30 to January 2, 2019, in Oslo.");
  EXPECT_EQ(y.date, D("2018-12-30"));
  EXPECT_EQ(y.range_end, D("2019-01-02"));
}

TEST(RangeTest, DaysYearsMonths) {
  TimeExpression days = One("Delegates gathered on July 10-11, 2021.");
  EXPECT_EQ(days.date, D("2021-07-10"));
  EXPECT_EQ(days.range_end, D("2021-07-11"));

  TimeExpression years = One("He served as envoy from 2019 to 2022.");
  EXPECT_EQ(years.date, D("2019"));
  EXPECT_EQ(years.range_end, D("2022"));

  const std::string months = "Shipments halted between March and May.";
  TimeExpression m = One(months);
  EXPECT_EQ(SpanText(months, m), "between March and May");
  EXPECT_EQ(m.date.month(), 3);
  EXPECT_EQ(m.range_end.month(), 5);
  EXPECT_EQ(m.date.year(), m.range_end.year());
  EXPECT_STREQ(m.rule, "between-range");
}

TEST(RangeTest, ReversedRangeKeepsTheFirstDate) {
  std::vector<TimeExpression> found =
      Find("He served from 2022 to 2019 apparently.", Anchor());
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].date, D("2022"));
  EXPECT_FALSE(found[0].range_end.is_known());
}

// --- Durations ---------------------------------------------------------------

TEST(DurationTest, IsoDurations) {
  const std::string gap = "The leaders met after a gap of five years.";
  TimeExpression g = One(gap);
  EXPECT_EQ(SpanText(gap, g), "after a gap of five years");
  EXPECT_EQ(g.duration, "P5Y");
  EXPECT_FALSE(g.date.is_known());

  EXPECT_EQ(One("Talks were suspended for two weeks.").duration, "P2W");
  EXPECT_EQ(One("The call lasted almost 2 hours and 10 minutes.").duration,
            "PT2H10M");
  EXPECT_EQ(One("The ceasefire held for three days.").duration, "P3D");
  EXPECT_EQ(One("Prices rose over the past two decades.").duration, "P20Y");
  EXPECT_EQ(One("A week later the envoy returned.").duration, "P1W");
  TimeExpression first = One("They met for the first time in five years.");
  EXPECT_EQ(first.duration, "P5Y");
  EXPECT_FALSE(first.future);
  EXPECT_EQ(One("Troops stayed for one year and six months.").duration,
            "P1Y6M");
  EXPECT_EQ(One("The visit lasted two weeks and three days.").duration, "P17D");
}

TEST(DurationTest, AdjectivesAndFrequenciesAreNotDurations) {
  EXPECT_TRUE(Find("She began a four-year term.", Anchor()).empty());
  EXPECT_TRUE(Find("A 20-year-old man was held.", Anchor()).empty());
  EXPECT_TRUE(Find("The council meets twice a year.", Anchor()).empty());
  EXPECT_TRUE(Find("The pact is five years old.", Anchor()).empty());
}

// --- Vague expressions -------------------------------------------------------

TEST(VagueTest, KeptUnresolved) {
  const std::string text =
      "Earlier during her tour, the minister praised Oslo.";
  TimeExpression e = One(text);
  EXPECT_EQ(SpanText(text, e), "Earlier during her tour");
  EXPECT_EQ(e.basis, DateBasis::kUnresolved);
  EXPECT_FALSE(e.date.is_known());
  EXPECT_STREQ(e.rule, "event-relative");

  TimeExpression r = One("The two sides have recently stepped up contacts.");
  EXPECT_EQ(r.basis, DateBasis::kUnresolved);
  EXPECT_STREQ(r.rule, "vague-past");

  TimeExpression s = One("Talks will resume in the coming weeks.");
  EXPECT_TRUE(s.future);
  EXPECT_EQ(s.basis, DateBasis::kUnresolved);
}

// --- Numbers that are not dates ---------------------------------------------

TEST(NotDatesTest, AmountsArticlesNamesOrdinals) {
  const std::string text =
      "Under Article 5 of the treaty, the G20 and the 20th Party Congress "
      "backed a 2.5 percent rise, 2,000 troops, 40 percent of exports, "
      "Resolution 2231, and $2019 million in aid, up 15% in 2021 terms.";
  std::vector<TimeExpression> found = Find(text, Anchor());
  // Only "in 2021" is a date here.
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(SpanText(text, found[0]), "in 2021");
}

TEST(NotDatesTest, YearLikeAmounts) {
  EXPECT_TRUE(Find("Exports reached 2019 tons in total.", Anchor()).empty());
  EXPECT_TRUE(Find("The count rose in 2019 percent terms.", Anchor()).empty());
}

// --- Offsets, order, bad input and linearity --------------------------------

TEST(ScanTest, OffsetsAreIntoTheWholeText) {
  const std::string text =
      "Header text. The envoy arrived on Monday and left on Tuesday.";
  const uint32_t begin = static_cast<uint32_t>(text.find("The envoy"));
  std::vector<TimeExpression> found = FindTimeExpressions(
      text, begin, static_cast<uint32_t>(text.size()), Anchor());
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(SpanText(text, found[0]), "on Monday");
  EXPECT_EQ(SpanText(text, found[1]), "on Tuesday");
  EXPECT_LT(found[0].end, found[1].begin);
  // A range that stops mid-text sees only its part; an end past the text
  // is clamped, an empty range finds nothing.
  EXPECT_EQ(FindTimeExpressions(text, begin, begin + 25, Anchor()).size(), 0u);
  EXPECT_EQ(FindTimeExpressions(text, begin, 1000000, Anchor()).size(), 2u);
  EXPECT_TRUE(FindTimeExpressions(text, 10, 5, Anchor()).empty());
}

TEST(ScanTest, CurlyApostrophesAndDashes) {
  const std::string text =
      "In Friday\xE2\x80\x99s call \xE2\x80\x94 held July 10\xE2\x80\x93"
      "12, 2020 \xE2\x80\x94 both spoke.";
  std::vector<TimeExpression> found = Find(text, Anchor());
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].date, D("2023-03-10"));
  EXPECT_EQ(found[1].date, D("2020-07-10"));
  EXPECT_EQ(found[1].range_end, D("2020-07-12"));
}

TEST(ScanTest, JunkAndLongInputs) {
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>(i * 37));
  junk += std::string(1000, '\0');
  junk += "\xFF\xFE on Monday";
  std::vector<TimeExpression> found = Find(junk, Anchor());
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found.back().date, D("2023-03-13"));

  // Many expressions in a long text: one result each, in order.
  std::string repeated;
  for (int i = 0; i < 20000; ++i) repeated += "They met on Monday. May May 7 ";
  found = Find(repeated, Anchor());
  ASSERT_EQ(found.size(), 40000u);
  for (size_t i = 1; i < found.size(); ++i) {
    ASSERT_LE(found[i - 1].end, found[i].begin);
  }
  // A single line of digits and dashes.
  std::string digits;
  for (int i = 0; i < 100000; ++i) digits += "2024-";
  EXPECT_LE(Find(digits, Anchor()).size(), 20001u);
}

TEST(ScanTest, SeveralInOneSentence) {
  const std::string text =
      "On Monday the envoy said that talks held in 2019 had stalled for two "
      "weeks and would resume tomorrow.";
  EXPECT_EQ(Find(text, Anchor()).size(), 4u);
  std::optional<TimeExpression> monday = WithText(text, "On Monday");
  ASSERT_TRUE(monday.has_value());
  EXPECT_EQ(monday->date, D("2023-03-13"));
  std::optional<TimeExpression> year = WithText(text, "in 2019");
  ASSERT_TRUE(year.has_value());
  EXPECT_EQ(year->date, D("2019"));
  std::optional<TimeExpression> weeks = WithText(text, "for two weeks");
  ASSERT_TRUE(weeks.has_value());
  EXPECT_EQ(weeks->duration, "P2W");
  std::optional<TimeExpression> tomorrow = WithText(text, "tomorrow");
  ASSERT_TRUE(tomorrow.has_value());
  EXPECT_EQ(tomorrow->date, D("2023-03-16"));
}

TEST(ScanTest, LongTextsGiveWhatTheirParagraphsGive) {
  // Long texts are scanned in chunks cut at line breaks or sentence ends;
  // the results must be those of the paragraphs one by one.
  const std::string paragraph =
      "The minister said on Thursday that talks held from November 30 to "
      "December 1 went well. Sept. 4 was the last round, after a gap of two "
      "years.\n";
  std::string text;
  while (text.size() < (600u << 10)) text += paragraph;
  const std::vector<TimeExpression> whole = Find(text, Anchor());
  const std::vector<TimeExpression> one = Find(paragraph, Anchor());
  ASSERT_EQ(one.size(), 4u);
  const size_t copies = text.size() / paragraph.size();
  ASSERT_EQ(whole.size(), copies * one.size());
  for (size_t i = 0; i < whole.size(); ++i) {
    const TimeExpression& a = whole[i];
    const TimeExpression& b = one[i % one.size()];
    const uint32_t shift =
        static_cast<uint32_t>((i / one.size()) * paragraph.size());
    ASSERT_EQ(a.begin, b.begin + shift) << i;
    ASSERT_EQ(a.end, b.end + shift) << i;
    ASSERT_EQ(a.date, b.date) << i;
    ASSERT_EQ(a.range_end, b.range_end) << i;
    ASSERT_EQ(a.duration, b.duration) << i;
  }
  // The same without line breaks: cut at sentence ends.
  std::string line = text;
  for (char& c : line) {
    if (c == '\n') c = ' ';
  }
  const std::vector<TimeExpression> flat = Find(line, Anchor());
  ASSERT_EQ(flat.size(), whole.size());
  for (size_t i = 0; i < flat.size(); ++i) {
    ASSERT_EQ(flat[i].begin, whole[i].begin) << i;
    ASSERT_EQ(flat[i].date, whole[i].date) << i;
  }
}

TEST(ScanTest, LeadWordsBeforeRelativePeriods) {
  // "between" without a range does not belong to what follows it.
  const std::string text = "Trade was split between last week and today.";
  std::vector<TimeExpression> found = Find(text, Anchor());
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(SpanText(text, found[0]), "last week");
  EXPECT_EQ(SpanText(text, found[1]), "today");
}

TEST(ScanTest, CalendarEdgesGiveUnknownDates) {
  // Relative dates that leave years 1 ... 9999 are unknown, not a crash.
  EXPECT_FALSE(One("They met yesterday.", D("0001-01-01")).date.is_known());
  EXPECT_FALSE(One("They meet tomorrow.", D("9999-12-31")).date.is_known());
  EXPECT_FALSE(One("It ended last week.", D("0001-01-02")).date.is_known());
  EXPECT_FALSE(One("It ended last month.", D("0001-01")).date.is_known());
  EXPECT_FALSE(One("It ended 9999 years ago.", D("2023")).date.is_known());
}

// Random mixes of the pieces the rules look at: every result lies inside the
// range, in order, not overlapping, with ranges that do not end before they
// begin; the document date's offsets lie inside the text.
TEST(ScanTest, RandomPiecesKeepTheInvariants) {
  static const char* const kPieces[] = {"May ",
                                        "2024-",
                                        "11-",
                                        "10",
                                        "-",
                                        "from ",
                                        "to ",
                                        "June ",
                                        "the ",
                                        "1990s ",
                                        "'",
                                        "s ",
                                        "a ",
                                        "day ",
                                        "in ",
                                        "last ",
                                        "early ",
                                        "Friday",
                                        "'s ",
                                        "between ",
                                        "and ",
                                        ".",
                                        ",",
                                        "\n",
                                        "\xE2\x80\x94",
                                        "\xE2\x80\x99",
                                        "DATE: ",
                                        "date ",
                                        "Beijing",
                                        ":",
                                        "(",
                                        "Reuters",
                                        ")",
                                        "Nov ",
                                        "8",
                                        "2019",
                                        "years ",
                                        "for ",
                                        "two ",
                                        "ago ",
                                        "weeks ",
                                        "earlier ",
                                        "during ",
                                        "his ",
                                        "campaign ",
                                        "will ",
                                        "said ",
                                        "\xFF",
                                        " ",
                                        "31",
                                        "29 ",
                                        "February ",
                                        "00:27 ",
                                        "05-13 ",
                                        "twenty",
                                        "five ",
                                        "hours ",
                                        "%",
                                        "$",
                                        "Sept. ",
                                        "Tuesday, ",
                                        "this ",
                                        "year ",
                                        "next ",
                                        "week ",
                                        "at ",
                                        "end ",
                                        "of ",
                                        "mid",
                                        "\xC2\xA0",
                                        "MOSCOW, ",
                                        "November 7. "};
  const Date anchors[] = {Date(),    D("2023-03-15"), D("2023-03"),
                          D("2023"), D("0001-01-01"), D("9999-12-31")};
  std::mt19937 rng(20231115);
  for (int iteration = 0; iteration < 20000; ++iteration) {
    std::string text;
    const int pieces = static_cast<int>(rng() % 60);
    for (int k = 0; k < pieces; ++k) {
      text += kPieces[rng() % (sizeof(kPieces) / sizeof(kPieces[0]))];
      if (rng() % 50 == 0) text.push_back('\0');
    }
    const Date anchor = anchors[rng() % 6];
    const uint32_t begin = static_cast<uint32_t>(rng() % (text.size() + 1));
    const uint32_t end =
        begin + static_cast<uint32_t>(rng() % (text.size() + 2));
    uint32_t last = begin;
    for (const TimeExpression& e :
         FindTimeExpressions(text, begin, end, anchor)) {
      ASSERT_GE(e.begin, last) << iteration << ": " << text;
      ASSERT_LT(e.begin, e.end) << iteration << ": " << text;
      ASSERT_LE(e.end, std::min<size_t>(end, text.size()))
          << iteration << ": " << text;
      if (e.date.is_known() && e.range_end.is_known()) {
        ASSERT_LE(e.date.FirstDay(), e.range_end.LastDay())
            << iteration << ": " << text;
      }
      if (!e.date.is_known()) {
        ASSERT_NE(e.basis, DateBasis::kExplicit) << iteration << ": " << text;
      }
      last = e.end;
    }
    std::optional<DocumentDate> d = FindDocumentDate(text, anchor);
    if (d.has_value()) {
      ASSERT_LE(d->begin, d->end) << iteration;
      ASSERT_LE(d->end, text.size()) << iteration;
      ASSERT_LE(d->place_begin, d->place_end) << iteration;
      ASSERT_LE(d->body_begin, text.size()) << iteration;
    }
  }
}

// --- The document date -------------------------------------------------------

TEST(DocumentDateTest, HeaderLine) {
  const std::string text =
      "SOURCE_URL: https://example.org/a\nDATE: 2022-05-04\nTITLE: Talks\n"
      "The foreign minister said on Monday that talks would resume.\n";
  std::optional<DocumentDate> d = FindDocumentDate(text, Date());
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, D("2022-05-04"));
  EXPECT_STREQ(d->rule, "header-line");
  EXPECT_EQ(text.substr(d->begin, d->end - d->begin), "2022-05-04");
  EXPECT_EQ(text.substr(d->body_begin, 3), "The");
  EXPECT_EQ(d->place_begin, d->place_end);
}

TEST(DocumentDateTest, ReutersDateline) {
  const std::string text =
      "Ankara, Mar 3 (Reuters) - Turkey's foreign minister said on Friday "
      "that talks would go on.";
  std::optional<DocumentDate> d = FindDocumentDate(text, D("2023-03-03"));
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, D("2023-03-03"));
  EXPECT_STREQ(d->rule, "dateline");
  EXPECT_EQ(text.substr(d->place_begin, d->place_end - d->place_begin),
            "Ankara");
  EXPECT_EQ(text.substr(d->outlet_begin, d->outlet_end - d->outlet_begin),
            "Reuters");
  EXPECT_EQ(text.substr(d->body_begin, 7), "Turkey'");
  EXPECT_EQ(text.substr(d->begin, d->end - d->begin), "Mar 3");
}

TEST(DocumentDateTest, DatelineYearComesFromTheHint) {
  const std::string text =
      "NEW DELHI, December 31. The ministry issued a statement.";
  // The hint is two days later, in the next year.
  std::optional<DocumentDate> d = FindDocumentDate(text, D("2024-01-02"));
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, D("2023-12-31"));
  EXPECT_EQ(text.substr(d->place_begin, d->place_end - d->place_begin),
            "NEW DELHI");
  EXPECT_EQ(text.substr(d->body_begin, 3), "The");
  // Without a hint the day cannot be placed, but the dateline is found.
  std::optional<DocumentDate> none = FindDocumentDate(text, Date());
  ASSERT_TRUE(none.has_value());
  EXPECT_FALSE(none->date.is_known());
  EXPECT_EQ(none->body_begin, d->body_begin);
}

TEST(DocumentDateTest, DatelineWithFullStop) {
  const std::string text =
      "KYIV, April 9. The president told reporters the talks were useful.";
  std::optional<DocumentDate> d = FindDocumentDate(text, D("2022-04-10"));
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, D("2022-04-09"));
  EXPECT_STREQ(d->rule, "dateline");
}

TEST(DocumentDateTest, DatelineWithOutletOnly) {
  const std::string text =
      "OTTAWA (AP) \xE2\x80\x94 The prime minister met envoys on Tuesday.";
  std::optional<DocumentDate> d = FindDocumentDate(text, D("2021-06-09"));
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, D("2021-06-09"));
  EXPECT_STREQ(d->rule, "hint");
  EXPECT_EQ(text.substr(d->outlet_begin, d->outlet_end - d->outlet_begin),
            "AP");
  EXPECT_EQ(text.substr(d->body_begin, 3), "The");
}

TEST(DocumentDateTest, NewsAgencyDatelines) {
  const std::string xinhua =
      "HANOI, Oct. 2 (Xinhua) -- Vietnam and Laos signed three accords.";
  std::optional<DocumentDate> x = FindDocumentDate(xinhua, D("2019-10-02"));
  ASSERT_TRUE(x.has_value());
  EXPECT_EQ(x->date, D("2019-10-02"));
  EXPECT_EQ(xinhua.substr(x->outlet_begin, x->outlet_end - x->outlet_begin),
            "Xinhua");
  EXPECT_EQ(xinhua.substr(x->body_begin, 7), "Vietnam");

  const std::string tass =
      "MINSK, June 5. /TASS/. The talks will resume in the autumn.";
  std::optional<DocumentDate> t = FindDocumentDate(tass, D("2021-06-06"));
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->date, D("2021-06-05"));
  EXPECT_EQ(tass.substr(t->outlet_begin, t->outlet_end - t->outlet_begin),
            "TASS");
  EXPECT_EQ(tass.substr(t->body_begin, 3), "The");

  const std::string bare =
      "By Jane Roe\nLISBON \xE2\x80\x94 The president vetoed the bill.";
  std::optional<DocumentDate> b = FindDocumentDate(bare, D("2020-02-02"));
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(bare.substr(b->place_begin, b->place_end - b->place_begin),
            "LISBON");
  EXPECT_EQ(bare.substr(b->body_begin, 3), "The");
  EXPECT_STREQ(b->rule, "hint");

  // A sentence that opens with a dash aside is not a dateline.
  EXPECT_FALSE(
      FindDocumentDate("Russia \xE2\x80\x94 and China \xE2\x80\x94 voted no.",
                       Date())
          .has_value());
}

TEST(DocumentDateTest, ColonDateline) {
  const std::string text =
      "Tehran: The foreign ministry on Sunday rejected the report.";
  std::optional<DocumentDate> d = FindDocumentDate(text, D("2022-08-14"));
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(text.substr(d->place_begin, d->place_end - d->place_begin),
            "Tehran");
  EXPECT_EQ(text.substr(d->body_begin, 3), "The");
  EXPECT_EQ(d->date, D("2022-08-14"));
}

TEST(DocumentDateTest, DateStampThenColonDateline) {
  const std::string text =
      " date 2022-08-14 Cairo: The ministry on Sunday rejected the report.";
  std::optional<DocumentDate> d = FindDocumentDate(text, Date());
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, D("2022-08-14"));
  EXPECT_STREQ(d->rule, "date-stamp");
  EXPECT_EQ(text.substr(d->place_begin, d->place_end - d->place_begin),
            "Cairo");
  EXPECT_EQ(text.substr(d->body_begin, 3), "The");
}

TEST(DocumentDateTest, TranscriptHeading) {
  const std::string text =
      "Spokesperson's Remarks\n"
      "Foreign Ministry Spokesperson Li Wei's Regular Press Conference on "
      "March 2, 2021\n"
      "2021-03-02 16:00\n\n"
      "Reuters: Can you confirm the visit?\n"
      "Li Wei: I have nothing to offer.\n";
  std::optional<DocumentDate> d = FindDocumentDate(text, Date());
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, D("2021-03-02"));
  EXPECT_STREQ(d->rule, "transcript-heading");
  EXPECT_EQ(text.substr(d->body_begin, 8), "Reuters:");
  // Question turns are not datelines.
  EXPECT_EQ(d->place_begin, d->place_end);
}

TEST(DocumentDateTest, ASentenceWithADateIsNotAHeading) {
  const std::string text =
      "DATE: 2023-05-02\n"
      "The two states signed the border treaty on July 16, 2001, officials "
      "said.\nMore text follows here.\n";
  std::optional<DocumentDate> d = FindDocumentDate(text, Date());
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, D("2023-05-02"));
  EXPECT_EQ(text.substr(d->body_begin, 3), "The");
  // Without the header line nothing dates the document.
  EXPECT_FALSE(FindDocumentDate(text.substr(17), Date()).has_value());
}

TEST(DocumentDateTest, TimestampLine) {
  const std::string text =
      "Menu Search\n\nTrade talks end\n\n2020-09-01 08:30 Updated\n\n"
      "The talks ended on Tuesday.";
  std::optional<DocumentDate> d = FindDocumentDate(text, Date());
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, D("2020-09-01"));
  EXPECT_STREQ(d->rule, "timestamp-line");
  EXPECT_EQ(text.substr(d->body_begin, 3), "The");
}

TEST(DocumentDateTest, NothingFound) {
  EXPECT_FALSE(FindDocumentDate("", Date()).has_value());
  EXPECT_FALSE(
      FindDocumentDate("The talks went on without any date being given at all.",
                       Date())
          .has_value());
  EXPECT_FALSE(
      FindDocumentDate("AFP: Can you confirm the meeting?\nA: No.", Date())
          .has_value());
  // A date deep in the text is not the document's.
  std::string late(6000, 'x');
  late += "\nMarch 2, 2021 Press Conference\n";
  EXPECT_FALSE(FindDocumentDate(late, Date()).has_value());
}

}  // namespace
}  // namespace diplograph::text_internal
