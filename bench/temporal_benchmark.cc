// Speed of the temporal-expression finder (FindTimeExpressions,
// lib/text/temporal.h) on running text, against bare passes over the same
// bytes measured in the same run.
//
//   BM_Temporal_BareScan/N    baseline: counting the spaces of N bytes
//   BM_Temporal_Utf8Check/N   baseline: a UTF-8 validation pass (the
//                             library's own, lib/util/utf8.h)
//   BM_Temporal_Find/N        FindTimeExpressions over N bytes of news-like
//                             text written for this benchmark, dense in dates
//                             (about one expression per 80 bytes); 1 MB and
//                             8 MB, so that bytes_per_second shows linearity
//   BM_Temporal_Hostile/N     the same over N bytes built to keep the rules
//                             busy: month names, digits and dashes only
//   BM_Temporal_Article       the shared article 2024-11-08-beijing-china-
//                             russia-us.txt repeated to 4 MB (skipped with a
//                             message when ../shared is absent)
//   BM_Temporal_DocumentDate  FindDocumentDate on a short dated text
//
// The figure to read is bytes_per_second of Find over BareScan and over
// Utf8Check at the same N.
//
//   build/bench/temporal_benchmark --benchmark_counters_tabular=true

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "diplograph/date.h"
#include "text/temporal.h"
#include "util/utf8.h"

namespace diplograph {
namespace {

using text_internal::FindDocumentDate;
using text_internal::FindTimeExpressions;

// News-like sentences written for this benchmark.
constexpr const char* kSentences[] = {
    "The foreign minister said on Thursday that talks with the delegation "
    "would resume next week in Geneva. ",
    "Officials met earlier this month, after a gap of three years, and "
    "agreed to meet again in April. ",
    "The accord signed on January 20, 2019 lapsed in 2021; since then trade "
    "fell by 20 percent. ",
    "Under Article 5 of the treaty, the G20 envoys will gather from November "
    "30 to December 1 in Doha. ",
    "A spokesman told reporters yesterday that the 20th round of talks had "
    "lasted for two weeks. ",
    "Ties were frosty in the 1990s, but have recently improved, the embassy "
    "said in a statement on 3 March 2022. ",
    "\xE2\x80\x9CWe will not accept this,\xE2\x80\x9D she said, adding that "
    "2,000 troops had left the border region between May and July. ",
    "Relations with Moscow, Beijing and Washington were discussed at length "
    "during a regular press briefing. ",
};

std::string MakeText(size_t bytes) {
  std::string text;
  text.reserve(bytes + 256);
  size_t i = 0;
  while (text.size() < bytes) {
    text += kSentences[i % (sizeof(kSentences) / sizeof(kSentences[0]))];
    if (++i % 5 == 0) text += "\n\n";
  }
  text.resize(bytes);
  return text;
}

std::string MakeHostile(size_t bytes) {
  static const char* const kPieces[] = {
      "May ",  "2024-",  "11-",     "May 10-", "from ",    "to ",
      "June ", "the ",   "1990s ",  "a ",      "day ",     "in ",
      "last ", "early ", "Friday ", "'s ",     "between ", "and "};
  std::string text;
  text.reserve(bytes + 16);
  uint32_t state = 12345;
  while (text.size() < bytes) {
    state = state * 1103515245u + 12345u;
    text += kPieces[(state >> 16) % (sizeof(kPieces) / sizeof(kPieces[0]))];
  }
  text.resize(bytes);
  return text;
}

const std::string& Text(size_t bytes) {
  static std::string* small = new std::string(MakeText(1 << 20));
  static std::string* large = new std::string(MakeText(8 << 20));
  return bytes <= (1u << 20) ? *small : *large;
}

void SetBytes(benchmark::State& state, size_t bytes) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(bytes));
}

const Date kAnchor = *Date::Parse("2023-03-15");

void BM_Temporal_BareScan(benchmark::State& state) {
  const std::string& text = Text(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    uint64_t spaces = 0;
    for (char c : text) spaces += c == ' ';
    benchmark::DoNotOptimize(spaces);
  }
  SetBytes(state, text.size());
}
BENCHMARK(BM_Temporal_BareScan)
    ->Arg(1 << 20)
    ->Arg(8 << 20)
    ->Unit(benchmark::kMillisecond);

void BM_Temporal_Utf8Check(benchmark::State& state) {
  const std::string& text = Text(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    size_t bad = internal::FindInvalidUtf8(text);
    benchmark::DoNotOptimize(bad);
  }
  SetBytes(state, text.size());
}
BENCHMARK(BM_Temporal_Utf8Check)
    ->Arg(1 << 20)
    ->Arg(8 << 20)
    ->Unit(benchmark::kMillisecond);

void BM_Temporal_Find(benchmark::State& state) {
  const std::string& text = Text(static_cast<size_t>(state.range(0)));
  size_t found = 0;
  for (auto _ : state) {
    found = FindTimeExpressions(text, 0, static_cast<uint32_t>(text.size()),
                                kAnchor)
                .size();
    benchmark::DoNotOptimize(found);
  }
  SetBytes(state, text.size());
  state.counters["expressions"] = static_cast<double>(found);
}
BENCHMARK(BM_Temporal_Find)
    ->Arg(1 << 20)
    ->Arg(8 << 20)
    ->Unit(benchmark::kMillisecond);

void BM_Temporal_Hostile(benchmark::State& state) {
  const std::string text = MakeHostile(static_cast<size_t>(state.range(0)));
  size_t found = 0;
  for (auto _ : state) {
    found = FindTimeExpressions(text, 0, static_cast<uint32_t>(text.size()),
                                kAnchor)
                .size();
    benchmark::DoNotOptimize(found);
  }
  SetBytes(state, text.size());
  state.counters["expressions"] = static_cast<double>(found);
}
BENCHMARK(BM_Temporal_Hostile)
    ->Arg(1 << 20)
    ->Arg(8 << 20)
    ->Unit(benchmark::kMillisecond);

void BM_Temporal_Article(benchmark::State& state) {
  static const std::string* text = [] {
    auto* out = new std::string;
    std::ifstream in(std::string(DIPLOGRAPH_SHARED_DATA_DIR) +
                     "/articles/2024-11-08-beijing-china-russia-us.txt");
    if (!in) return out;
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string article = buffer.str() + "\n";
    while (out->size() < (4u << 20)) *out += article;
    return out;
  }();
  if (text->empty()) {
    state.SkipWithError(
        "needs ../shared/data/articles/"
        "2024-11-08-beijing-china-russia-us.txt");
    return;
  }
  size_t found = 0;
  const Date anchor = *Date::Parse("2024-11-08");
  for (auto _ : state) {
    found = FindTimeExpressions(*text, 0, static_cast<uint32_t>(text->size()),
                                anchor)
                .size();
    benchmark::DoNotOptimize(found);
  }
  SetBytes(state, text->size());
  state.counters["expressions"] = static_cast<double>(found);
}
BENCHMARK(BM_Temporal_Article)->Unit(benchmark::kMillisecond);

void BM_Temporal_DocumentDate(benchmark::State& state) {
  const std::string text =
      "SOURCE_URL: https://example.org/story\nDATE: 2023-03-15\n"
      "ANKARA, March 15 (Reuters) - " +
      MakeText(8192);
  for (auto _ : state) {
    auto d = FindDocumentDate(text, Date());
    benchmark::DoNotOptimize(d);
  }
}
BENCHMARK(BM_Temporal_DocumentDate)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace diplograph

BENCHMARK_MAIN();
