// The word tables of the temporal scanner (text/temporal_scan.h): which
// families of rules each word can start, counts written as words, and the
// words that tell the tense of a clause.

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "model/date_keys.h"
#include "text/temporal_scan.h"

namespace diplograph::text_internal::temporal_scan {

constexpr WordKey kDayStarts[] = {"the",       "today",    "tonight",
                                  "yesterday", "tomorrow", "this",
                                  "last",      "earlier",  "later"};
constexpr WordKey kPeriodStarts[] = {"earlier", "later", "early",    "late",
                                     "last",    "past",  "previous", "this",
                                     "current", "next",  "coming"};
constexpr WordKey kVagueStarts[] = {
    "recently", "lately", "previously", "formerly", "soon", "shortly", "in",
    "over",     "during", "earlier",    "later",    "the",  "at"};
constexpr WordKey kDurationStarts[] = {
    "after",  "over",    "in",     "during",   "for",
    "within", "lasting", "lasted", "spanning", "nearly",
    "almost", "about",   "around", "roughly",  "approximately",
    "some",   "more",    "less",   "fewer",    "at",
    "up"};
constexpr WordKey kLeadStarts[] = {
    "from",    "between",    "since", "as",       "on",        "in",
    "by",      "until",      "till",  "before",   "after",     "during",
    "through", "throughout", "of",    "starting", "beginning", "around",
    "early",   "late",       "mid",   "at"};
constexpr WordKey kCoreStarts[] = {
    "the",      "early",   "late",     "mid",       "last",     "next",
    "this",     "january", "february", "march",     "april",    "may",
    "june",     "july",    "august",   "september", "october",  "november",
    "december", "jan",     "feb",      "mar",       "apr",      "jun",
    "jul",      "aug",     "sep",      "sept",      "oct",      "nov",
    "dec",      "monday",  "tuesday",  "wednesday", "thursday", "friday",
    "saturday", "sunday",  "mon",      "tue",       "wed",      "thu",
    "fri",      "sat",     "sun",      "spring",    "summer",   "autumn",
    "fall",     "winter",  "first",    "second",    "third",    "fourth",
    "final",    "q1",      "q2",       "q3",        "q4",       "h1",
    "h2"};
// Counts start ago-expressions (RelativePeriod) and durations.
constexpr WordKey kCountStarts[] = {
    "a",         "an",       "one",      "two",      "three",   "four",
    "five",      "six",      "seven",    "eight",    "nine",    "ten",
    "eleven",    "twelve",   "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen", "twenty",   "thirty",  "forty",
    "fifty",     "sixty",    "seventy",  "eighty",   "ninety",  "hundred"};

const WordTable& StartWords() {
  static const WordTable* const table = [] {
    auto* t = new WordTable();
    t->AddAll(kDayStarts, kStartDay);
    t->AddAll(kPeriodStarts, kStartPeriod);
    t->AddAll(kVagueStarts, kStartVague);
    t->AddAll(kDurationStarts, kStartDuration);
    t->AddAll(kLeadStarts, kStartLead);
    t->AddAll(kCoreStarts, kStartCore);
    t->AddAll(kCountStarts, kStartPeriod | kStartDuration);
    return t;
  }();
  return *table;
}

// Counts written as words ("four"; "a" and "an" count one).
const WordTable& NumberWords() {
  static constexpr WordTable::Entry kEntries[] = {
      {"a", 1},         {"an", 1},        {"one", 1},        {"two", 2},
      {"three", 3},     {"four", 4},      {"five", 5},       {"six", 6},
      {"seven", 7},     {"eight", 8},     {"nine", 9},       {"ten", 10},
      {"eleven", 11},   {"twelve", 12},   {"thirteen", 13},  {"fourteen", 14},
      {"fifteen", 15},  {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18},
      {"nineteen", 19}, {"twenty", 20},   {"thirty", 30},    {"forty", 40},
      {"fifty", 50},    {"sixty", 60},    {"seventy", 70},   {"eighty", 80},
      {"ninety", 90},   {"hundred", 100},
  };
  static const WordTable* const table = new WordTable(kEntries);
  return *table;
}

const WordTable& CueWords() {
  static constexpr WordTable::Entry kEntries[] = {
      {"will", kCueFuture},
      {"shall", kCueFuture},
      {"would", kCueFuture},
      {"wouldn", kCueFuture},
      {"shan", kCueFuture},
      {"ll", kCueFuture},
      {"upcoming", kCueFuture},
      {"forthcoming", kCueFuture},
      {"scheduled", kCueFuture},
      {"may", kCueFuture},
      {"might", kCueFuture},
      {"could", kCueFuture},
      {"can", kCueFuture},
      {"should", kCueFuture},
      {"must", kCueFuture},
      {"going", kCueFutureBeforeTo},
      {"plan", kCueFutureBeforeTo},
      {"plans", kCueFutureBeforeTo},
      {"planned", kCueFutureBeforeTo},
      {"planning", kCueFutureBeforeTo},
      {"expect", kCueFutureBeforeTo},
      {"expects", kCueFutureBeforeTo},
      {"expected", kCueFutureBeforeTo},
      {"intend", kCueFutureBeforeTo},
      {"intends", kCueFutureBeforeTo},
      {"intended", kCueFutureBeforeTo},
      {"set", kCueFutureBeforeTo},
      {"due", kCueFutureBeforeTo},
      {"aim", kCueFutureBeforeTo},
      {"aims", kCueFutureBeforeTo},
      {"hope", kCueFutureBeforeTo},
      {"hopes", kCueFutureBeforeTo},
      {"prepared", kCueFutureBeforeTo},
      {"preparing", kCueFutureBeforeTo},
      {"early", kCueAsEarlyAs},
      {"won", kCueWon},
      {"didn", kCueNegatedPast},
      {"wasn", kCueNegatedPast},
      {"weren", kCueNegatedPast},
      {"hadn", kCueNegatedPast},
      {"was", kCuePast},
      {"were", kCuePast},
      {"had", kCuePast},
      {"did", kCuePast},
      {"said", kCuePast},
      {"told", kCuePast},
      {"met", kCuePast},
      {"spoke", kCuePast},
      {"held", kCuePast},
      {"took", kCuePast},
      {"came", kCuePast},
      {"went", kCuePast},
      {"made", kCuePast},
      {"gave", kCuePast},
      {"began", kCuePast},
      {"left", kCuePast},
      {"sent", kCuePast},
      {"saw", kCuePast},
      {"lost", kCuePast},
      {"became", kCuePast},
      {"led", kCuePast},
      {"rose", kCuePast},
      {"fell", kCuePast},
      {"wrote", kCuePast},
      {"brought", kCuePast},
      {"thought", kCuePast},
      {"found", kCuePast},
      {"paid", kCuePast},
      {"kept", kCuePast},
      {"stood", kCuePast},
      {"struck", kCuePast},
      {"broke", kCuePast},
      {"chose", kCuePast},
      {"ago", kCuePast},
      {"ran", kCuePast},
      {"sat", kCuePast},
      {"got", kCuePast},
      {"meant", kCuePast},
      {"sought", kCuePast},
      {"felt", kCuePast},
      {"knew", kCuePast},
      {"flew", kCuePast},
      {"drew", kCuePast},
      {"grew", kCuePast},
      {"heard", kCuePast},
      {"hit", kCuePast},
      {"quit", kCuePast},
      {"shut", kCuePast},
      // Past tenses in -eed, which the -ed rule leaves out ("proceed").
      {"agreed", kCuePast},
      {"freed", kCuePast},
      {"guaranteed", kCuePast},
      {"decreed", kCuePast},
  };
  static const WordTable* const table = new WordTable(kEntries);
  return *table;
}

}  // namespace diplograph::text_internal::temporal_scan
