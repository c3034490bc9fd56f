// Graph: the store that owns every actor, statement, relationship, source
// and event of a knowledge graph of diplomatic statements, with the indexes
// that answer the basic questions (who said what, about whom, when).
//
//   diplograph::Graph graph;
//   ActorId china = *graph.AddActor({.name = "China",
//                                    .kind = ActorKind::kState,
//                                    .iso3 = "CHN"});
//   ActorId mfa = *graph.AddActor(
//       {.name = "Ministry of Foreign Affairs (China)",
//        .affiliations = {{.organization = china, .role = "part of"}}});
//   ...
//   for (StatementId id : graph.StatementsBy(mao_ning)) {
//     StatementView s = graph.statement(id);
//     std::cout << s.date().ToString() << " " << s.text() << "\n";
//   }
//
// Adding. Every Add* validates its record completely before changing
// anything: on error it returns a status naming the record and the field
// (`statement (speaker actor#3): about[1]: no actor#42 in the graph`) and the
// graph is exactly as it was. Update() groups several adds into one
// all-or-nothing step and defers index maintenance to its end, which is the
// fast way to load many records.
//
// Reading. Records are addressed by typed ids in O(1). Names and aliases are
// looked up case-insensitively (ASCII case folding). The per-actor lists
// (StatementsBy, StatementsAbout, RelationshipsOf) are kept sorted by date
// (Date::operator<, unknown dates first), ties by id, so they are returned as
// spans without copying.
//
// Lifetimes. References, spans, string_views and StatementViews returned by
// a Graph stay valid until the next non-const call on it (or its
// destruction). Ids stay valid for the life of the graph; records are never
// removed.
//
// Thread safety. A Graph is safe for concurrent use by any number of readers
// (const member functions) without external synchronization. A non-const
// call requires exclusive access: no other call, const or not, may run at
// the same time.
//
// Derived views. Layers built on the graph keep views of it that they
// derive once and share, such as the Boost.Graph actor network of
// network.h (NetworkOf(graph)). structure_version() tells when such a view
// is stale; the graph holds the cached views for them (see
// internal::DerivedViews) without knowing what they are.

#ifndef DIPLOGRAPH_GRAPH_H_
#define DIPLOGRAPH_GRAPH_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "diplograph/actor.h"
#include "diplograph/date.h"
#include "diplograph/event.h"
#include "diplograph/event_type.h"
#include "diplograph/ids.h"
#include "diplograph/relationship.h"
#include "diplograph/source.h"
#include "diplograph/statement.h"
#include "diplograph/statement_range.h"

namespace diplograph {

class Graph;
class SharedGraph;

namespace internal {
struct GraphData;
class GraphAdopt;

// Where layers above the store (network.h's NetworkOf) cache immutable views
// derived from a graph: the graph owns and guards them, and drops them when
// its structure_version() changes. Not for use outside the library.
class DerivedViews {
 public:
  // The view cached under `tag` (the address of an object of the caller's,
  // one per kind of view) for the graph as it is now; when there is none,
  // the one `build` returns, which is cached. Thread-safe as a const read of
  // the graph: concurrent first calls build once (the others wait for it).
  static std::shared_ptr<const void> Get(
      const Graph& graph, const void* tag,
      absl::FunctionRef<std::shared_ptr<const void>()> build);
};

}  // namespace internal

// A read-only view of one statement in a graph: cheap to copy (32 bytes:
// the graph, the id, and the speaker, date and targets read when the view
// is made, so that scans reading only those make one call per statement),
// valid while the graph is unchanged. Accessors are O(1) unless noted.
class StatementView {
 public:
  StatementId id() const { return id_; }
  ActorId speaker() const { return speaker_; }
  Date date() const { return date_; }
  absl::string_view text() const;
  QuoteKind quote() const;
  absl::Span<const ActorId> about() const {
    return absl::Span<const ActorId>(about_, about_count_);
  }
  // The event type; empty when none. O(1), no allocation.
  const EventType& event_type() const;
  absl::string_view channel() const;
  absl::string_view location() const;
  // Invalid id when the statement has no source.
  SourceId source() const;
  std::optional<TextSpan> span() const;
  absl::Span<const Report> reported_by() const;
  // O(number of topics); allocates the vector.
  std::vector<absl::string_view> topics() const;
  absl::Span<const Stance> stances() const;
  absl::Span<const StatementLink> links() const;
  // The stance toward `target`, or nullopt when none is recorded.
  // O(number of stances).
  std::optional<Polarity> StanceToward(ActorId target) const;
  // The other speakers of a joint statement (empty for most), and the
  // further documents carrying it (see Statement). O(1), no allocation.
  absl::Span<const ActorId> co_speakers() const;
  absl::Span<const StatementMention> mentions() const;

  // An owning copy of the statement, as it would be passed to AddStatement.
  Statement ToStatement() const;

 private:
  friend class Graph;
  StatementView(const internal::GraphData* data, StatementId id,
                ActorId speaker, Date date, const ActorId* about,
                uint32_t about_count)
      : data_(data),
        id_(id),
        speaker_(speaker),
        date_(date),
        about_count_(about_count),
        about_(about) {}

  const internal::GraphData* data_;
  StatementId id_{};
  ActorId speaker_{};
  Date date_{};
  uint32_t about_count_ = 0;
  const ActorId* about_ = nullptr;
};

class Graph {
 public:
  Graph();
  ~Graph();
  // Moving transfers every record; the moved-from graph may only be
  // destroyed or assigned to.
  Graph(Graph&&) noexcept;
  Graph& operator=(Graph&&) noexcept;
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;

  // ------------------------------------------------------------------
  // Adding records. Each returns the new record's id, or an error and
  // leaves the graph unchanged. Complexity: amortised O(record size +
  // log(list length)) for index insertion, O(list length) in the worst case
  // when records arrive out of date order outside Update().

  // Adds an actor with its aliases, codes and affiliations.
  // Errors: InvalidArgument for an empty or malformed name, alias or code,
  // or a malformed affiliation (unknown organization -> NotFound, itself,
  // empty role); AlreadyExists when the name is another actor's name
  // (ignoring ASCII case) or the ISO code is taken.
  absl::StatusOr<ActorId> AddActor(const Actor& actor);

  // Adds another name for an existing actor. Adding an alias the actor
  // already has is a no-op. Errors: NotFound for an unknown actor,
  // InvalidArgument for a malformed alias.
  absl::Status AddAlias(ActorId actor, absl::string_view alias);

  // Adds a dated membership of `member` in another actor.
  // Errors: NotFound for unknown actors, InvalidArgument for a self
  // affiliation or an empty role, AlreadyExists for an identical
  // affiliation.
  absl::Status AddAffiliation(ActorId member, const Affiliation& affiliation);

  // Corrects an actor's name, kind or codes, all or nothing: every set
  // member of `correction` is checked before any is applied, and the name
  // and ISO code indexes follow (FindActor, MatchActors, FindActorByIso3).
  // Inside Update() it is undone with the step. Statements, relationships
  // and affiliations keep referring to the actor by id. Errors: NotFound
  // for an unknown actor; InvalidArgument for a malformed name or code or a
  // kind out of range; AlreadyExists when the name is another actor's name
  // (ignoring ASCII case) or the ISO code is another actor's. O(name
  // length + aliases of the actor).
  absl::Status CorrectActor(ActorId actor, const ActorCorrection& correction);

  // Adds a source document. Errors: NotFound for an unknown outlet,
  // InvalidArgument when both title and locator are empty.
  absl::StatusOr<SourceId> AddSource(const Source& source);

  // Adds a statement. Errors: NotFound for any unknown actor, source or
  // linked statement; InvalidArgument for a missing speaker, duplicate
  // targets, stances, outlets or topics, a span without a source or with
  // end < begin, a malformed event type or invalid UTF-8 text; for a
  // co-speaker that is the speaker or listed twice, a mention without a
  // source, with a bad span or reports, or repeating another mention or the
  // statement's own source, span and reported_by.
  absl::StatusOr<StatementId> AddStatement(const Statement& statement);

  // Adds one more document carrying an existing statement (see
  // Statement::mentions). Inside Update() it is undone with the step.
  // Errors: NotFound for an unknown statement, source or outlet;
  // InvalidArgument for a mention without a source, a span with end <
  // begin, a report kind out of range or an outlet twice; AlreadyExists
  // when the statement already has this mention (or it equals the
  // statement's own source, span and reported_by). O(mentions of the
  // statement + reports).
  absl::Status AddStatementMention(StatementId statement,
                                   const StatementMention& mention);

  // Adds a relationship; `key` is computed from `label` when empty.
  // Errors: NotFound for unknown actors or evidence; InvalidArgument for
  // from == to, an empty label or key, or evidence with neither statement
  // nor source; AlreadyExists when a relationship with the same endpoints
  // (in either order when symmetric), direction and key already exists
  // with an overlapping validity (add evidence to it instead).
  absl::StatusOr<RelationshipId> AddRelationship(
      const Relationship& relationship);

  // Appends evidence to an existing relationship. Errors: NotFound for an
  // unknown relationship, statement or source; InvalidArgument for evidence
  // with neither; AlreadyExists for identical evidence.
  absl::Status AddEvidence(RelationshipId relationship,
                           const Evidence& evidence);

  // Adds an event. Errors: NotFound for unknown participants or source,
  // InvalidArgument for an empty label or duplicate participants.
  absl::StatusOr<EventId> AddEvent(const Event& event);

  // Runs `fn` on this graph as one all-or-nothing step: when `fn` returns
  // an error, every change it made is undone and the error is returned;
  // otherwise the changes stay and OK is returned. Index maintenance is
  // deferred to the end: the statements added inside are put into the
  // statement lists (StatementsBy, StatementsAbout, StatementsFromTo,
  // StatementsByDate, LinksTo) in one pass when the outermost Update()
  // returns, in O(n) for n new statements (radix-sorted by date) plus the
  // cost of merging into older lists they overlap in time; until then those
  // lists do not show them (statements added before the Update() do show).
  // Relationship and event lists show new records at once, sorted at the
  // end. A nested call is a step of its own inside the enclosing one: when
  // its `fn` fails, only the nested step's changes are undone, and the
  // enclosing `fn` decides whether to go on or to fail in turn (undoing
  // everything it changed); index maintenance waits for the outermost call
  // to end. Rolling back costs O(size of the graph).
  absl::Status Update(absl::FunctionRef<absl::Status(Graph&)> fn);

  // A size hint for loaders: room for `statements` more statements with
  // `targets` more about-targets in all, so that the statement table, its
  // target pool and the date index do not double (and copy) while they
  // fill. Reserving more than is added costs address space, not memory
  // touched. Never fails; O(size of the tables) when they move.
  void Reserve(size_t statements, size_t targets);

  // ------------------------------------------------------------------
  // Counts, O(1).
  size_t actor_count() const;
  size_t statement_count() const;
  size_t relationship_count() const;
  size_t source_count() const;
  size_t event_count() const;

  // True if the id names a record of this graph. O(1).
  bool Contains(ActorId id) const;
  bool Contains(StatementId id) const;
  bool Contains(RelationshipId id) const;
  bool Contains(SourceId id) const;
  bool Contains(EventId id) const;

  // Records by id, O(1). REQUIRES: Contains(id).
  const Actor& actor(ActorId id) const;
  StatementView statement(StatementId id) const;
  const Relationship& relationship(RelationshipId id) const;
  const Source& source(SourceId id) const;
  const Event& event(EventId id) const;

  // ------------------------------------------------------------------
  // Lookup by name.

  // The actor whose canonical name, or else whose alias, equals `name`
  // ignoring ASCII case. A canonical name wins over aliases.
  // Errors: NotFound when nothing matches; FailedPrecondition when only
  // aliases match and they belong to several actors (the message lists
  // them). O(length of name).
  absl::StatusOr<ActorId> FindActor(absl::string_view name) const;

  // Every actor whose canonical name or alias equals `name` ignoring ASCII
  // case, ascending by id. O(length of name + matches).
  std::vector<ActorId> MatchActors(absl::string_view name) const;

  // The actor with this ISO 3166-1 alpha-3 code. Errors: NotFound. O(1).
  absl::StatusOr<ActorId> FindActorByIso3(absl::string_view iso3) const;

  // ------------------------------------------------------------------
  // Basic reads. Each list is sorted by (date, id) and returned without
  // copying in O(1). REQUIRES: Contains(actor).
  //
  // Statement lists (StatementsBy, StatementsAbout, StatementsFromTo,
  // StatementsByDate, LinksTo). A statement added outside Update() that is
  // the latest by date joins them at once. One dated earlier waits, with any
  // added after it, and the first read of a statement list puts all the
  // waiting statements in place in one pass: O(k + lists touched) for k
  // waiting statements, plus merging them into the older part of the lists
  // they land in (up to O(list size) each). So adding out of date order one
  // by one costs O(1) per add and the index work is shared by the next
  // read; alternating single adds and reads out of order costs up to
  // O(statements) per read. Concurrent readers may make that first read
  // together: one does the work under a lock, the others wait for it.

  // Statements whose speaker is `actor`. A joint statement is listed under
  // its `speaker` only; see StatementsCoSpokenBy for the others.
  absl::Span<const StatementId> StatementsBy(ActorId actor) const;
  // Joint statements with `actor` among their co_speakers, by (date, id).
  // Unlike the lists above they are indexed at once, also inside Update()
  // (joint statements are few: a co-speaker's list costs O(its length)
  // to insert into out of date order). O(1) expected (a hash lookup).
  absl::Span<const StatementId> StatementsCoSpokenBy(ActorId actor) const;

  // The statement equal to `statement` in speaker, date (value and
  // precision) and words, if the graph has one: texts are compared after
  // folding ASCII case, runs of white space (trimmed at both ends) and
  // quotation mark style (curly, angle and straight quotes and apostrophes
  // alike). The earliest such statement when there are several. Looks in
  // the speaker's date-sorted list (StatementsBy) by binary search and
  // among the statements not yet indexed (added in the enclosing Update()
  // or out of date order, see "Statement lists"): O(log(statements by the
  // speaker) + w + m * text length) for w waiting statements and m
  // statements of the speaker on that date. No index of its own.
  std::optional<StatementId> FindSameStatement(
      const Statement& statement) const;
  // Statements with `actor` among their `about` targets.
  absl::Span<const StatementId> StatementsAbout(ActorId actor) const;
  // Relationships with `actor` at either end, by validity begin.
  absl::Span<const RelationshipId> RelationshipsOf(ActorId actor) const;
  // Events with `actor` among their participants.
  absl::Span<const EventId> EventsOf(ActorId actor) const;
  // Statements whose speaker is `speaker` and whose targets include
  // `target`, in O(1) expected time (a hash lookup). Memory: the store keeps
  // 4 bytes per (statement, target) pair in one pool (at most twice that
  // while single adds move growing lists) plus a 16-byte hash slot per
  // distinct (speaker, target) pair. Empty for unknown or unrelated actors.
  absl::Span<const StatementId> StatementsFromTo(ActorId speaker,
                                                 ActorId target) const;
  // Every statement of the graph, by (date, id). O(1) (but see "Statement
  // lists" above). The index is kept in sorted blocks of at most 512 ids
  // (statement_range.h), so that a statement added out of date order costs
  // O(log n) plus a move inside one block, not a move of every later entry;
  // hence a StatementRange rather than a Span. 8 bytes per statement (its
  // id and date key) in blocks 50-100% full (full after a load in one
  // pass): about 8 after a load, 12-13 after many commits at random dates.
  StatementRange StatementsByDate() const;
  // Actors with at least one affiliation (at any time) to `organization`,
  // ascending by id.
  absl::Span<const ActorId> MembersOf(ActorId organization) const;

  // Statements that link to `statement` (respond to it or refer to it), by
  // (date, id). REQUIRES: Contains(statement). O(1).
  absl::Span<const StatementId> LinksTo(StatementId statement) const;

  // ------------------------------------------------------------------
  // A number that changes (grows) whenever an add changes the actors or the
  // ties between them: actors, affiliations, statements, relationships, or
  // a failed Update() that undid such adds. Sources, aliases, events and
  // evidence leave it alone. Two reads of one graph that give the same
  // number see the same actor network. O(1).
  uint64_t structure_version() const;

 private:
  friend class StatementView;
  friend class internal::DerivedViews;
  friend class SharedGraph;  // replays committed statements (shared_graph.h)
  friend class StatementAppender;     // the bulk path (statement_appender.h)
  friend class internal::GraphAdopt;  // snapshot loads (prebuilt_lists.h)
  std::unique_ptr<internal::GraphData> data_;
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_GRAPH_H_
