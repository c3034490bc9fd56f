// Speed of the text layer's lexicon matchers (lib/text/lexicon.h) and of
// relationship clauses (lib/text/relations.h) on running text: the shared
// article 2024-11-08-beijing-china-russia-us.txt repeated to 1 MB and 8 MB.
//
//   BM_Lexicon_Utf8Check/N      baseline: the library's UTF-8 validation of
//                               the same bytes
//   BM_Lexicon_SplitWords/N     the word splitter alone
//   BM_Lexicon_FindPhrases/N    relationship phrases over the whole text
//   BM_Lexicon_FindSpeechVerbs/N  speech verbs and their groups
//   BM_Lexicon_FindRelations/N  FindRelations sentence by sentence, with the
//                               actor mentions of a fixed list of names
//
// The ratio to read is bytes_per_second of each case over Utf8Check; the
// 8 MB case costs about 8 times the 1 MB one (linear).
//
//   build/bench/text_lexicon_benchmark --benchmark_counters_tabular=true
//
// The article is read from ../shared/data/articles (or the file named by the
// environment variable DIPLOGRAPH_ARTICLE); without it the cases are skipped
// with a message.

#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "text/lexicon.h"
#include "text/relations.h"
#include "util/utf8.h"

namespace diplograph::text_internal {
namespace {

// The article repeated to `bytes`, or "" when it cannot be read.
std::string Text(size_t bytes) {
  const char* env = std::getenv("DIPLOGRAPH_ARTICLE");
  const std::string path =
      env != nullptr ? std::string(env)
                     : std::string(DIPLOGRAPH_SHARED_DATA_DIR) +
                           "/articles/2024-11-08-beijing-china-russia-us.txt";
  std::ifstream in(path);
  std::string out;
  if (!in) return out;
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string article = buffer.str() + "\n";
  while (out.size() < bytes) out += article;
  return out;
}

bool Skip(benchmark::State& state, const std::string& text) {
  if (!text.empty()) return false;
  state.SkipWithError(
      "needs ../shared/data/articles/2024-11-08-beijing-china-russia-us.txt");
  return true;
}

void BM_Lexicon_Utf8Check(benchmark::State& state) {
  const std::string text = Text(static_cast<size_t>(state.range(0)) << 20);
  if (Skip(state, text)) return;
  for (auto _ : state) {
    benchmark::DoNotOptimize(diplograph::internal::FindInvalidUtf8(
        absl::string_view(text.data(), text.size())));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}

void BM_Lexicon_SplitWords(benchmark::State& state) {
  const std::string text = Text(static_cast<size_t>(state.range(0)) << 20);
  if (Skip(state, text)) return;
  std::vector<Word> words;
  for (auto _ : state) {
    // In windows, as the matchers do.
    for (uint32_t start = 0; start < text.size();) {
      const uint32_t stop = WindowEnd(
          text, start, static_cast<uint32_t>(text.size()), kMatchWindowBytes);
      words.clear();
      AppendWords(text, start, stop, &words);
      benchmark::DoNotOptimize(words.data());
      start = stop;
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}

void BM_Lexicon_FindPhrases(benchmark::State& state) {
  const std::string text = Text(static_cast<size_t>(state.range(0)) << 20);
  if (Skip(state, text)) return;
  const Lexicon& lexicon = Lexicon::Default();
  size_t found = 0;
  for (auto _ : state) {
    found =
        lexicon.FindPhrases(text, 0, static_cast<uint32_t>(text.size())).size();
    benchmark::DoNotOptimize(found);
  }
  state.counters["phrases"] = static_cast<double>(found);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}

void BM_Lexicon_FindSpeechVerbs(benchmark::State& state) {
  const std::string text = Text(static_cast<size_t>(state.range(0)) << 20);
  if (Skip(state, text)) return;
  const Lexicon& lexicon = Lexicon::Default();
  size_t found = 0;
  for (auto _ : state) {
    found = lexicon.FindSpeechVerbs(text, 0, static_cast<uint32_t>(text.size()))
                .size();
    benchmark::DoNotOptimize(found);
  }
  state.counters["verbs"] = static_cast<double>(found);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}

// Every word-bounded occurrence of a few names, as actor mentions.
std::vector<ActorSpan> Mentions(const std::string& text) {
  static const char* const kNames[] = {
      "China",      "Russia",  "United States", "US",       "Moscow",
      "Washington", "Trump",   "Putin",         "Biden",    "Xi",
      "Beijing",    "Ukraine", "America",       "Mao Ning", "Ning"};
  std::vector<ActorSpan> spans;
  for (size_t p = 0; p < text.size(); ++p) {
    if (p > 0 && std::isalnum(static_cast<unsigned char>(text[p - 1]))) {
      continue;
    }
    for (int k = 0; k < static_cast<int>(std::size(kNames)); ++k) {
      const std::string_view name = kNames[k];
      if (text.compare(p, name.size(), name) != 0) continue;
      const size_t e = p + name.size();
      if (e < text.size() &&
          std::isalnum(static_cast<unsigned char>(text[e]))) {
        continue;
      }
      spans.push_back({static_cast<uint32_t>(p), static_cast<uint32_t>(e), k});
      p = e - 1;
      break;
    }
  }
  return spans;
}

void BM_Lexicon_FindRelations(benchmark::State& state) {
  const std::string text = Text(static_cast<size_t>(state.range(0)) << 20);
  if (Skip(state, text)) return;
  const std::vector<ActorSpan> actors = Mentions(text);
  // Sentences: cut after ". " and at line ends (good enough for a speed
  // test; the extractor has its own sentence splitter).
  std::vector<std::pair<uint32_t, uint32_t>> sentences;
  uint32_t start = 0;
  for (uint32_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' ||
        (text[i] == '.' && i + 1 < text.size() && text[i + 1] == ' ')) {
      sentences.emplace_back(start, i + 1);
      start = i + 1;
    }
  }
  const Lexicon& lexicon = Lexicon::Default();
  size_t found = 0;
  for (auto _ : state) {
    found = 0;
    size_t a = 0;
    for (const auto& [b, e] : sentences) {
      while (a < actors.size() && actors[a].begin < b) ++a;
      size_t z = a;
      while (z < actors.size() && actors[z].end <= e) ++z;
      found +=
          FindRelations(text, b, e,
                        absl::MakeConstSpan(actors.data() + a, z - a), lexicon)
              .size();
      a = z;
    }
    benchmark::DoNotOptimize(found);
  }
  state.counters["relations"] = static_cast<double>(found);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}

BENCHMARK(BM_Lexicon_Utf8Check)->Arg(1)->Arg(8)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Lexicon_SplitWords)->Arg(1)->Arg(8)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Lexicon_FindPhrases)
    ->Arg(1)
    ->Arg(8)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Lexicon_FindSpeechVerbs)
    ->Arg(1)
    ->Arg(8)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Lexicon_FindRelations)
    ->Arg(1)
    ->Arg(8)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace diplograph::text_internal

BENCHMARK_MAIN();
