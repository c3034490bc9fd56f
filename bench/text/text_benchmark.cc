// Speed of the text extractor (Extractor::Extract, text.h) on news-like
// text written for the benchmark (quotations, reported speech, titles,
// pronouns, dates), repeated to the size asked.
//
//   BM_Text_Utf8Validation/N  baseline: a bare UTF-8 validation pass over
//                             the same N bytes
//   BM_Text_Extract/N         the extractor over a registry-only Extractor
//   BM_Text_LongParagraph_Utf8Validation/N, BM_Text_LongParagraph_Extract/N
//                             the same on one paragraph of N bytes with no
//                             sentence end, a reported statement every 60
//                             bytes ("X said that ..., and X said that ...")
//
// N is 1 MB, 10 MB and 50 MB: the extractor's bytes_per_second must be
// about the same at every size (linear time, also when one paragraph and
// one sentence hold the whole text) and is read against the baseline's.
//
//   build/bench/text_benchmark --benchmark_counters_tabular=true

#include <cstdint>
#include <cstdlib>
#include <string>

#include "benchmark/benchmark.h"
#include "diplograph/graph.h"
#include "diplograph/text.h"
#include "util/utf8.h"

namespace diplograph {
namespace {

// Paragraphs of invented news prose; each is used in turn.
const char* const kParagraphs[] = {
    "DATE: 2024-03-05\n",
    "MOSCOW, March 5 (Reuters) - Russian President Vladimir Putin on Tuesday "
    "said that relations with China were at their highest level, adding that "
    "the two countries would expand trade this year.",
    "\xE2\x80\x9CWe are not looking for confrontation with anyone,\xE2\x80\x9D "
    "Putin told reporters after the meeting in the Kremlin.",
    "Foreign Ministry spokesperson Mao Ning said, \xE2\x80\x9C"
    "China and Russia are good neighbours and the partnership is not aimed "
    "at any third party.\xE2\x80\x9D",
    "\xE2\x80\x9CThe door to dialogue remains open. We will continue to work "
    "with all sides,\xE2\x80\x9D she added.",
    "Kremlin spokesman Dmitry Peskov did not rule out a meeting before the "
    "summer, according to the TASS news agency.",
    "The talks will resume next week in Geneva, TASS quoted Sergey Lavrov as "
    "saying.",
    "U.S. Secretary of State Antony Blinken criticized the decision and "
    "urged both sides to show restraint, the State Department said in a "
    "statement on Monday.",
    "Asked about the report, the spokesperson said the ministry had nothing "
    "to add.",
    "Analysts in Beijing and Washington expect little change in the coming "
    "months, while markets in Tokyo rose slightly on Wednesday.",
};

std::string MakeText(size_t bytes) {
  std::string text;
  text.reserve(bytes + 1024);
  size_t i = 0;
  while (text.size() < bytes) {
    const char* p = kParagraphs[1 + i % (std::size(kParagraphs) - 1)];
    if (i == 0) text += kParagraphs[0];
    text += p;
    text += "\n\n";
    ++i;
  }
  return text;
}

// One paragraph of `bytes` bytes at most, one sentence: a paraphrase of
// a named speaker every 60 bytes, joined by ", and".
std::string MakeLongParagraph(size_t bytes) {
  const std::string piece =
      "Olga Tamm said that the talks with Norway were useful, and ";
  std::string text;
  text.reserve(bytes);
  while (text.size() + piece.size() < bytes) text += piece;
  return text;
}

void Utf8Validation(benchmark::State& state, const std::string& text) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(internal::FindInvalidUtf8(text));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}

void Extract(benchmark::State& state, const std::string& text) {
  Graph known;
  absl::StatusOr<Extractor> extractor = Extractor::Create(known);
  if (!extractor.ok()) {
    state.SkipWithError("Extractor::Create failed");
    return;
  }
  size_t statements = 0;
  for (auto _ : state) {
    absl::StatusOr<Extraction> x = extractor->Extract(text);
    if (!x.ok()) {
      state.SkipWithError("Extract failed");
      return;
    }
    statements = x->statements.size();
    benchmark::DoNotOptimize(statements);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["statements"] = static_cast<double>(statements);
}

void BM_Text_Utf8Validation(benchmark::State& state) {
  Utf8Validation(state, MakeText(static_cast<size_t>(state.range(0))));
}
BENCHMARK(BM_Text_Utf8Validation)
    ->Arg(1 << 20)
    ->Arg(10 << 20)
    ->Arg(50 << 20)
    ->Unit(benchmark::kMillisecond);

void BM_Text_Extract(benchmark::State& state) {
  Extract(state, MakeText(static_cast<size_t>(state.range(0))));
}
BENCHMARK(BM_Text_Extract)
    ->Arg(1 << 20)
    ->Arg(10 << 20)
    ->Arg(50 << 20)
    ->Unit(benchmark::kMillisecond);

void BM_Text_LongParagraph_Utf8Validation(benchmark::State& state) {
  Utf8Validation(state, MakeLongParagraph(static_cast<size_t>(state.range(0))));
}
BENCHMARK(BM_Text_LongParagraph_Utf8Validation)
    ->Arg(1 << 20)
    ->Arg(10 << 20)
    ->Arg(50 << 20)
    ->Unit(benchmark::kMillisecond);

void BM_Text_LongParagraph_Extract(benchmark::State& state) {
  Extract(state, MakeLongParagraph(static_cast<size_t>(state.range(0))));
}
BENCHMARK(BM_Text_LongParagraph_Extract)
    ->Arg(1 << 20)
    ->Arg(10 << 20)
    ->Arg(50 << 20)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace diplograph

BENCHMARK_MAIN();
