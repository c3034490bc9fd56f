// StatementQuery: composable filters over the statements of a Graph, with
// results in date order, iterated lazily or fetched a page at a time.
//
// A query names at most one actor relation (who spoke, about whom, either
// side, or a pair in either direction), a date window, and any number of
// further conditions (event type code or prefix, CAMEO quad class,
// polarity, topic, relationship label, text). Running it walks the sorted
// per-actor, per-pair or global date index, so a date-window query costs
// O(log n + k) for k candidates, and yields matches one at a time without
// copying them:
//
//   StatementQuery q(graph);
//   q.By(china).WithAffiliates()          // China, its ministry, Mao Ning
//    .About(united_states)
//    .During(*Interval::Parse("2024-11/2024-12"))
//    .EventCode("11*");                   // criticise / denounce
//   absl::StatusOr<StatementCursor> cursor = q.Run();
//   for (StatementId id : *cursor) {
//     StatementView s = graph.statement(id);
//     ...
//   }
//   // Or a page at a time, resuming where the last page stopped:
//   StatementPage page = *q.Page(50);
//   StatementPage next = *q.Page(50, page.next);
//
// Dates. A statement matches a window when the period its date names
// overlaps the window: "2024-11" and "2024" both match the window
// 2024-11-08/2024-11-08. Undated statements match only a window open at
// both ends (the default). Results come in Date order (a coarser date
// before the finer dates inside it: "2024-11" before "2024-11-01"), ties by
// statement id.
//
// Hierarchy. With WithAffiliates(), an actor stands for itself and for every
// actor affiliated to it directly or through a chain of affiliations
// (spokesperson -> Foreign Ministry -> China), each counted only for
// statements whose date overlaps the days on which the whole chain held.
// The expansion can be limited to one side of a statement: the speaker side
// (By, the speaking actor of Involving and Between) or the target side
// (About, the actor spoken about in Involving and Between):
//
//   q.By(china).About(russia).WithAffiliates(AffiliateSides::kSpeaker);
//   // China, its ministry and Mao Ning about Russia itself (not about
//   // Russia's ministries or spokespeople)
//
// Joint statements. A co-speaker of a statement (Statement::co_speakers)
// counts as one of its speakers: By(russia) and Involving(russia) find the
// joint statement China and Russia made, and so do By(russia).About(x) and
// Between(russia, x) when it is about x.
//
// Event codes. EventCode() patterns are checked against the form of CAMEO
// codes: a code starts with a two-digit, zero-padded root whose first digit
// is 0, 1 or 2 and which is not "00" (01 ... 20 in the codebook). A pattern
// starting otherwise ("5*", "51", "00*") can never match a CAMEO code, and
// Run() rejects it, suggesting the padded form ("05*"). Roots 21 ... 29 pass
// the check: they are well-formed CAMEO-style codes outside the codebook,
// which a graph may hold (EventType accepts any 2-4 digits).
//
// Thread safety: a StatementQuery is a value; const members may be called
// concurrently. A StatementCursor is used by one thread at a time. Both
// read the graph and stay valid until the graph's next non-const call.

#ifndef DIPLOGRAPH_STATEMENT_QUERY_H_
#define DIPLOGRAPH_STATEMENT_QUERY_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "diplograph/cameo.h"
#include "diplograph/date.h"
#include "diplograph/graph.h"
#include "diplograph/ids.h"
#include "diplograph/polarity.h"

namespace diplograph {

// The overall polarity of a statement: the sign of the sum of its recorded
// stances (cooperative +1, conflictual -1); neutral when it has none or
// they cancel out. O(stances).
Polarity OverallPolarity(const StatementView& statement);

// True if `code` matches `pattern`: equal to it, or, when the pattern ends
// in '*', starting with what comes before the '*' ("05*" matches "05",
// "051", "0512"). O(pattern length).
bool EventCodeMatches(absl::string_view pattern, absl::string_view code);

// Where a page stopped; pass it to the next Page() call. The default token
// starts at the beginning.
struct PageToken {
  bool started = false;
  uint32_t date_key = 0;  // the date sort key of the last statement returned
  StatementId last;       // the last statement returned
};

// One page of results.
struct StatementPage {
  std::vector<StatementId> ids;  // in result order, at most `limit`
  PageToken next;                // resume here
  bool has_more = false;         // true if more matches follow
};

// Which side of a statement WithAffiliates() expands to affiliates.
enum class AffiliateSides : uint8_t {
  kNone = 0,     // each actor stands for itself only
  kSpeaker = 1,  // the speaking actor: By, the speaker of Involving/Between
  kTarget = 2,   // the actor spoken about: About, the target of
                 // Involving/Between
  kBoth = 3,     // both sides; what WithAffiliates() means
};

namespace internal {
struct QueryPlan;

// An input iterator over a source with `bool Next(T*)` (StatementCursor,
// PairTimeline), for range-for: dereferencing gives the current element,
// incrementing asks the source for the next one. All iterators on one source
// share its single position; they compare equal when both walk the same
// source or both are at the end.
template <typename Source, typename T>
class NextIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = T;
  using difference_type = std::ptrdiff_t;
  using pointer = const T*;
  using reference = const T&;

  // The end.
  NextIterator() = default;
  // The first element of `source` (the end when it has none).
  explicit NextIterator(Source* source) : source_(source) { ++*this; }

  const T& operator*() const { return current_; }
  const T* operator->() const { return &current_; }
  NextIterator& operator++() {
    if (!source_->Next(&current_)) source_ = nullptr;
    return *this;
  }
  friend bool operator==(const NextIterator& a, const NextIterator& b) {
    return a.source_ == b.source_;
  }

 private:
  Source* source_ = nullptr;
  T current_{};
};

}  // namespace internal

// A lazy sequence of query results. Move-only. Memory: O(runs), where a run
// is one contiguous slice of an index (one per hierarchy member and date
// range); no result is copied until it is returned.
class StatementCursor {
 public:
  StatementCursor(StatementCursor&&) noexcept;
  StatementCursor& operator=(StatementCursor&&) noexcept;
  ~StatementCursor();

  // Sets *id to the next match and returns true, or returns false at the
  // end. Amortised cost per candidate: O(log runs) plus the residual
  // filters (see StatementQuery).
  bool Next(StatementId* id) {
    if (single_) {  // one run (or a chain) and no residual filter
      if (cur_ == end_ && !NextRun()) return false;
      *id = *cur_++;
      return true;
    }
    return NextMerged(id);
  }

  // An upper bound on the matches still to come: the candidates left in the
  // runs (a statement found in two runs counts twice). Exact when the query
  // has no residual filter and walks one run, as By(x).During(w) does; use
  // it to reserve room for the results. O(runs).
  size_t candidates_left() const {
    size_t n = 0;
    if (single_) {
      n = static_cast<size_t>(end_ - cur_);
      for (size_t r = run_at_ + 1; r < runs_.size(); ++r) n += runs_[r].size();
      return n;
    }
    for (size_t r = run_at_; r < runs_.size(); ++r) n += runs_[r].size();
    return n;
  }

  // Input-iterator support for range-for. Iterating advances the cursor.
  using Iterator = internal::NextIterator<StatementCursor, StatementId>;
  Iterator begin() { return Iterator(this); }
  Iterator end() { return Iterator(); }

  // The graph the cursor reads.
  const Graph& graph() const { return *graph_; }

 private:
  friend class StatementQuery;
  struct HeapEntry {
    uint32_t key;
    StatementId id;
    uint32_t run;
  };
  using Runs = absl::InlinedVector<absl::Span<const StatementId>, 3>;
  // `chained`: the runs follow one another in (date, id) order (pieces of
  // one list, as the blocks of StatementsByDate give them), to be read one
  // after the other rather than merged.
  StatementCursor(const Graph* graph,
                  std::shared_ptr<const internal::QueryPlan> plan, Runs runs,
                  bool chained = false);
  // Single: moves cur_/end_ to the next run; false when none is left.
  bool NextRun();
  bool NextCandidate(StatementId* id);
  bool NextMerged(StatementId* id);
  // Two runs: drops the head of run r, refilling its block of keys when
  // it runs out.
  void Advance(int r);
  // Two runs: reads the date keys of the next kKeyBlock statements of run
  // r. Reading a block at once lets the memory accesses overlap, where
  // reading each key as the merge needs it would wait for one at a time.
  void Refill(int r);

  const Graph* graph_;
  // Null when the query has no residual filter.
  std::shared_ptr<const internal::QueryPlan> plan_;
  Runs runs_;
  // Runs read one after the other (see the constructor); runs_[run_at_] is
  // the one being read.
  bool chained_ = false;
  size_t run_at_ = 0;
  // At most one run (or chained runs) and no residual filter: Next() walks
  // [cur_, end_), then the next run.
  bool single_ = false;
  const StatementId* cur_ = nullptr;
  const StatementId* end_ = nullptr;
  // Two runs are merged linearly, with the date keys of the next few
  // statements of each (keys_[r][key_at_[r] .. key_end_[r]) for
  // runs_[r][0 ..]); more go through the heap.
  static constexpr uint32_t kKeyBlock = 128;
  uint32_t keys_[2][kKeyBlock];
  uint32_t key_at_[2] = {0, 0};
  uint32_t key_end_[2] = {0, 0};
  std::vector<HeapEntry> heap_;
  StatementId last_;  // the last candidate, to drop duplicates
};

// A composable statement filter. Setters return *this and replace an
// earlier value of the same condition. Nothing is checked until Run(),
// Page() or Count().
//
// Complexity of Run(): O(h * r * log n) to position the cursor, where n is
// the length of the index walked (a speaker's, a target's or a pair's
// statement list, or the global date index), h the number of actors the
// hierarchy expands to (1 on a side WithAffiliates() leaves alone) and
// r <= 3 date ranges per actor (the first boundary is a binary search, the
// others gallop from the previous one). Iterating then costs O(log runs +
// f) per candidate (a heap over the runs; two runs, as Involving and
// Between without affiliates give, are merged linearly; one run without
// residual filters is read straight, O(1) per match), where candidates are
// the statements of the walked index inside the date window and f is the
// cost of the residual filters (event code, quad class, polarity:
// O(1)-ish; topic: O(topics); text: O(text length); label: O(1) hash
// lookup after an O(relationships + evidence) setup). A query with only a
// window (and an actor relation) is O(log n + k) for k matches.
// Memory: O(h * r) for the cursor, O(matching evidence) for a label filter.
class StatementQuery {
 public:
  // REQUIRES: `graph` outlives the query and the cursors it makes.
  explicit StatementQuery(const Graph& graph);

  // Actor relation (at most one of the four forms; By and About combine
  // into a directed pair).
  // Statements spoken by `speaker`.
  StatementQuery& By(ActorId speaker);
  // Statements with `target` among their targets.
  StatementQuery& About(ActorId target);
  // Statements spoken by `actor` or about it.
  StatementQuery& Involving(ActorId actor);
  // Statements by `a` about `b` or by `b` about `a`.
  StatementQuery& Between(ActorId a, ActorId b);
  // Expands the actors above to their affiliates on both sides (see the
  // file comment); WithAffiliates(false) turns the expansion off.
  StatementQuery& WithAffiliates(bool on = true);
  // Expands the actors above to their affiliates on the given sides only.
  StatementQuery& WithAffiliates(AffiliateSides sides);

  // Only statements whose date overlaps `window` (default: everything).
  StatementQuery& During(const Interval& window);

  // Only statements whose event code matches `pattern` ("051", or "05*" for
  // a prefix; see EventCodeMatches). Uncoded statements never match. Run()
  // rejects a pattern that can never match a CAMEO code (see the file
  // comment).
  StatementQuery& EventCode(absl::string_view pattern);
  // Only statements whose code is in quad class `quad` (QuadClassOfCode);
  // uncoded statements and codes outside roots 01-20 never match.
  StatementQuery& InQuadClass(QuadClass quad);
  // Only statements whose OverallPolarity() is `polarity`.
  StatementQuery& WithPolarity(Polarity polarity);
  // Only statements with this topic (ASCII case ignored).
  StatementQuery& WithTopic(absl::string_view topic);
  // Only statements recorded as evidence (any role) for a relationship whose
  // key or a label variant normalises (NormalizeLabel) to the same form as
  // `label`.
  StatementQuery& SupportingRelationship(absl::string_view label);
  // Only statements whose text contains `needle`, ignoring ASCII case.
  StatementQuery& TextContains(absl::string_view needle);
  // Only statements for which `predicate` returns true (applied last).
  StatementQuery& Where(std::function<bool(const StatementView&)> predicate);

  // The date window set by During() (open at both ends by default).
  const Interval& window() const { return window_; }

  // Starts a lazy walk over the matches.
  // Errors: NotFound for an actor not in the graph; InvalidArgument for an
  // invalid actor id, conflicting actor relations (Involving or Between
  // combined with another), a malformed event code pattern (not 2-4 ASCII
  // digits optionally followed by '*', nor 1 digit followed by '*'), a
  // pattern that can never match a CAMEO code ("5*": the message says why
  // and suggests "05*"), or a QuadClass value outside the enum.
  absl::StatusOr<StatementCursor> Run() const;

  // Up to `limit` matches after `after` (from the start by default), with a
  // token to resume from. O(Run() + log n per run + k) for the k candidates
  // walked. Errors: as Run().
  absl::StatusOr<StatementPage> Page(size_t limit,
                                     const PageToken& after = {}) const;

  // The number of matches. O(Run() + candidates). Errors: as Run().
  absl::StatusOr<size_t> Count() const;

 private:
  absl::StatusOr<StatementCursor> Start(const PageToken* after) const;

  enum class Relation : uint8_t { kNone, kDirected, kInvolving, kBetween };

  const Graph* graph_;
  std::optional<ActorId> speaker_;
  std::optional<ActorId> target_;
  std::optional<ActorId> involving_;
  std::optional<ActorId> pair_a_;
  std::optional<ActorId> pair_b_;
  AffiliateSides affiliates_ = AffiliateSides::kNone;
  Interval window_;
  std::optional<std::string> code_pattern_;
  std::optional<QuadClass> quad_;
  std::optional<Polarity> polarity_;
  std::optional<std::string> topic_;
  std::optional<std::string> label_;
  std::optional<std::string> text_;
  std::function<bool(const StatementView&)> predicate_;
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_STATEMENT_QUERY_H_
