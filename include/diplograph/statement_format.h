// Statement format: a statement printed the way an analyst reads it — who
// spoke, with the roles they held that day, when, in whose words, relayed
// by whom, of what kind, from which document. The examples and command-line
// tools print statements with these functions, so they all read alike.
//
//   std::cout << FormatStatement(graph, id, {.indent = "  "});
//
//   2024-11-08  Mao Ning (spokesperson of Ministry of Foreign Affairs (China))
//     said: "China and Russia are each other's comprehensive strategic ..."
//     via: regular press briefing in Beijing; quoted by TASS
//     type: 010 Make statement
//     source: China on US-Russia ties [articles/2024-11-08-beijing.txt]
//
// Lines. The first line is the date ("undated" when unknown) and the
// speaker with roles (ActorWithRoles). Then the text: `said: "..."` for a
// direct quote, `(paraphrase) ...` otherwise. Then, each only when there is
// something to say: `via:` the channel, " in " the location, and the relay
// chain nearest the speaker first ("quoted by TASS; reported by Xinhua");
// `type:` the event code and name; `source:` the source's title and
// [locator]. Every line starts with the indent and ends in '\n'.
//
// Thread safety: free functions reading a const Graph; safe to call
// concurrently with other readers.

#ifndef DIPLOGRAPH_STATEMENT_FORMAT_H_
#define DIPLOGRAPH_STATEMENT_FORMAT_H_

#include <cstddef>
#include <string>

#include "absl/strings/string_view.h"
#include "diplograph/date.h"
#include "diplograph/graph.h"
#include "diplograph/ids.h"

namespace diplograph {

// What FormatStatement prints.
struct StatementFormat {
  // Put before every line.
  std::string indent = {};
  // Whether to print the `type:` and `source:` lines.
  bool event_type = true;
  bool source = true;
  // When non-zero, the text is cut to at most this many bytes (at a UTF-8
  // character boundary) followed by "...".
  size_t max_text_bytes = 0;
};

// "Mao Ning (spokesperson of Ministry of Foreign Affairs (China))": the
// actor's name followed by each affiliation whose validity overlaps the
// period `date` names ("ROLE of ORGANIZATION", joined by "; "), in the
// order they were added; just the name when `date` is unknown or no
// affiliation holds. REQUIRES: graph.Contains(actor). O(affiliations of the
// actor + length of the text).
std::string ActorWithRoles(const Graph& graph, ActorId actor, Date date);

// The statement in the multi-line form of the file comment. REQUIRES:
// graph.Contains(statement). O(length of the output + affiliations of the
// speaker).
std::string FormatStatement(const Graph& graph, StatementId statement,
                            const StatementFormat& format = {});

// The first `max_bytes` bytes of `text`, cut back to a UTF-8 character
// boundary, with "..." appended when anything was cut. O(max_bytes).
std::string TextExcerpt(absl::string_view text, size_t max_bytes);

}  // namespace diplograph

#endif  // DIPLOGRAPH_STATEMENT_FORMAT_H_
