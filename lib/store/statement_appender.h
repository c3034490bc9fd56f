// The store's bulk path for statements: rows whose actors, date and event
// type the caller has already resolved are appended to the statement table
// directly, without building a Statement and without AddStatement's
// per-field checks that such rows cannot fail (the cheap ones that can --
// ids in range, distinct targets -- stay). Event types are interned and
// checked once per distinct type, not once per row. The statements join the
// lists exactly as AddStatement's do: inside Update() they wait for the
// one-pass indexing at the end of the outermost step (statement_index.cc,
// which builds the lists of a graph without indexed statements by counting
// sort, bulk_index.cc); outside it, the latest by date is indexed at once.
// Ids are given in call order, so a loader that appends in file order
// gets the ids of the one-by-one path.
//
//   internal::StatementAppender out(graph);
//   graph.Reserve(rows, rows);  // a size hint: no vector doubles
//   DIPLOGRAPH_ASSIGN_OR_RETURN(uint32_t type, out.InternEventType(t));
//   DIPLOGRAPH_ASSIGN_OR_RETURN(StatementId id,
//                               out.Append(speaker, date, type, {target}));
//
// Thread safety: as the graph's adds (one writer, no concurrent readers).

#ifndef DIPLOGRAPH_LIB_STORE_STATEMENT_APPENDER_H_
#define DIPLOGRAPH_LIB_STORE_STATEMENT_APPENDER_H_

#include <cstdint>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "diplograph/date.h"
#include "diplograph/event_type.h"
#include "diplograph/graph.h"
#include "diplograph/ids.h"
#include "diplograph/statement.h"

namespace diplograph::internal {

class StatementAppender {
 public:
  explicit StatementAppender(Graph& graph) : graph_(graph) {}

  // The store's index of `type` (0 for the empty type), interning it if
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

 private:
  // The same statement through AddStatement, for its error message.
  absl::StatusOr<StatementId> Slow(ActorId speaker, Date date, uint32_t type,
                                   absl::Span<const ActorId> about,
                                   absl::string_view text, QuoteKind quote);

  Graph& graph_;
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_STORE_STATEMENT_APPENDER_H_
