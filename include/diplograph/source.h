// Source: the document a statement was taken from — a news report, a
// transcript, a communiqué — with its outlet, date and a locator (a file
// name, a URL, an archive reference).
//
//   Source report;
//   report.title = "China on US-Russia ties";
//   report.date = *Date::Parse("2024-11-08");
//   report.locator = "articles/2024-11-08-beijing-china-russia-us.txt";
//   SourceId src = *graph.AddSource(report);
//
// A statement may point at the character span it was read from (TextSpan).
//
// Thread safety: plain values.

#ifndef DIPLOGRAPH_SOURCE_H_
#define DIPLOGRAPH_SOURCE_H_

#include <cstdint>
#include <string>

#include "diplograph/date.h"
#include "diplograph/ids.h"

namespace diplograph {

struct Source {
  // The document's title or headline; may be empty when the locator is set.
  std::string title{};
  // The outlet that published it (an actor, usually kMediaOutlet); optional.
  ActorId outlet{};
  // Publication date (any precision, or unknown).
  Date date{};
  // Where the document can be found: file name, URL, archive reference.
  std::string locator{};

  friend bool operator==(const Source&, const Source&) = default;
};

// A half-open range [begin, end) of byte offsets into a source's text.
struct TextSpan {
  uint32_t begin = 0;
  uint32_t end = 0;

  friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_SOURCE_H_
