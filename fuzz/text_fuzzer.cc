// libFuzzer target for the text extractor (text.h) and AddExtraction.
//
// The input is the document text. Beyond "no crash, no sanitizer report",
// it checks that every span of the Extraction lies inside the text, that
// every actor index is in range, that a statement's words are the bytes of
// its span, that the progress callback's bytes never decrease and end at
// the text's size (at most 1,025 calls), and that AddExtraction either adds
// or leaves the graph as it was.
//
// Build and run: see fuzz/CMakeLists.txt.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "absl/strings/string_view.h"
#include "diplograph/graph.h"
#include "diplograph/text.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

const diplograph::Extractor& TheExtractor() {
  static const diplograph::Extractor* const extractor = [] {
    diplograph::Graph known;
    absl::StatusOr<diplograph::Extractor> e =
        diplograph::Extractor::Create(known);
    Check(e.ok());
    return new diplograph::Extractor(*std::move(e));
  }();
  return *extractor;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace diplograph;
  const absl::string_view text(reinterpret_cast<const char*>(data), size);
  uint64_t calls = 0, last_done = 0;
  bool ended = false;
  ExtractOptions options;
  options.progress = [&](uint64_t done, uint64_t total) {
    Check(total == text.size() && done <= total && !ended);
    Check(calls == 0 || done > last_done);
    ++calls;
    last_done = done;
    ended = done == total;
  };
  absl::StatusOr<Extraction> x = TheExtractor().Extract(text, {}, options);
  if (!x.ok()) return 0;
  Check(ended && calls <= 1025);
  const int actors = static_cast<int>(x->actors.size());
  auto in_text = [&](ByteSpan s) {
    return s.begin <= s.end && s.end <= text.size();
  };
  for (const ExtractedActor& a : x->actors) {
    for (const ByteSpan& m : a.mentions) Check(in_text(m));
    for (const ExtractedAffiliation& af : a.affiliations) {
      Check(af.organization >= 0 && af.organization < actors);
    }
  }
  for (const ExtractedStatement& s : x->statements) {
    // No speaker only where a description names none (text.h).
    Check((s.speaker >= 0 && s.speaker < actors) ||
          (s.speaker == -1 && s.speaker_rule == "description-unresolved"));
    Check(in_text(s.text_span) && in_text(s.speaker_span));
    Check(s.text ==
          text.substr(s.text_span.begin, s.text_span.end - s.text_span.begin));
    for (int a : s.about) Check(a >= 0 && a < actors);
    for (const ExtractedReport& r : s.reported_by) {
      Check(r.outlet >= 0 && r.outlet < actors);
    }
  }
  for (const ExtractedRelationship& r : x->relationships) {
    Check(r.from >= 0 && r.from < actors && r.to >= 0 && r.to < actors);
    Check(in_text(r.span));
  }
  Graph graph;
  x->info.locator = "fuzz";
  const absl::Status added = AddExtraction(graph, *x);
  if (!added.ok()) {
    Check(graph.actor_count() == 0 && graph.statement_count() == 0 &&
          graph.source_count() == 0);
  }
  return 0;
}
