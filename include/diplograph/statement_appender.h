// StatementAppender: the store's bulk path for statements, for loaders of
// row data (the ICEWS importer and the snapshot loader use it). A loader
// that has already resolved a row's speaker, targets, date and event type
// appends it to the statement table directly, without building a Statement
// and without the per-field checks of Graph::AddStatement that such a row
// cannot fail (the cheap ones that it can -- ids in range, distinct targets
// -- stay; on a failure the row goes through AddStatement, so the errors are
// AddStatement's). Event types are interned and checked once per distinct
// type, not once per row. The statements join the graph's lists exactly as
// AddStatement's do: inside Graph::Update() they are indexed in one pass at
// the end of the outermost step (into a graph with nothing indexed yet, by
// counting sort into exactly sized lists); outside it, at once. Ids are
// given in call order, so a loader that appends in file order gets the ids
// of the one-by-one path.
//
//   absl::Status LoadRows(Graph& graph, const std::vector<Row>& rows) {
//     return graph.Update([&](Graph& g) -> absl::Status {
//       g.Reserve(rows.size(), rows.size());  // a size hint
//       StatementAppender out(g);
//       for (const Row& r : rows) {
//         absl::StatusOr<uint32_t> type = out.InternEventType(r.type);
//         if (!type.ok()) return type.status();
//         absl::StatusOr<StatementId> id =
//             out.Append(r.speaker, r.date, *type, {r.target});
//         if (!id.ok()) return id.status();
//       }
//       return absl::OkStatus();
//     });
//   }
//
// Thread safety: as the graph's adds (one writer, no concurrent readers).

#ifndef DIPLOGRAPH_STATEMENT_APPENDER_H_
#define DIPLOGRAPH_STATEMENT_APPENDER_H_

#include <cstdint>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "diplograph/date.h"
#include "diplograph/event_type.h"
#include "diplograph/graph.h"
#include "diplograph/ids.h"
#include "diplograph/statement.h"

namespace diplograph {

class StatementAppender {
 public:
  explicit StatementAppender(Graph& graph) : graph_(graph) {}

  // A handle for `type` to pass to Append: the store's index of it (0 for
  // the empty type; otherwise opaque), interning it if
  // new. Errors: InvalidArgument when the type is malformed or not valid
  // UTF-8 (ValidateEventType, CheckText), with the message AddStatement
  // gives the field. O(|code| + |name|) expected.
  absl::StatusOr<uint32_t> InternEventType(const EventType& type);

  // Appends the statement `speaker` said on `date`, about `about`, with
  // the event type `type` (from InternEventType), the text `text` and the
  // quote kind `quote`: what AddStatement(s) gives for a Statement s with
  // those fields and no others. Errors: those of AddStatement for these
  // fields (NotFound for an unknown actor, InvalidArgument for a repeated
  // target, an invalid text or quote kind), with its messages; the graph
  // is then unchanged. REQUIRES: `type` came from InternEventType on this
  // graph and was not undone by a rollback. O(|about|^2 + |text|),
  // amortised.
  absl::StatusOr<StatementId> Append(ActorId speaker, Date date, uint32_t type,
                                     absl::Span<const ActorId> about,
                                     absl::string_view text = {},
                                     QuoteKind quote = QuoteKind::kParaphrase);

  // Lets the graph build its statement lists on up to `threads` threads
  // (values below 1 count as 1) when it indexes statements into a graph
  // with none indexed yet, at the end of the outermost Update() (the
  // per-actor lists, the by-date index and the pair index are built
  // side by side; the lists are the same whatever the number). The
  // setting is the graph's and stays until set again: a loader sets it
  // for its Update() and puts back 1 after it. Scratch memory during that
  // build grows by 4 bytes per statement at most (bulk_index.h). O(1).
  void SetIndexThreads(int threads);

 private:
  // The same statement through AddStatement, for its error message.
  absl::StatusOr<StatementId> Slow(ActorId speaker, Date date, uint32_t type,
                                   absl::Span<const ActorId> about,
                                   absl::string_view text, QuoteKind quote);

  Graph& graph_;
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_STATEMENT_APPENDER_H_
