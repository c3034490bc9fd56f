// Pictures of a graph as SVG: an actor's ego network (laid out by Graphviz,
// in process), the statements between two actors over time, and statement
// counts per period. Each function returns the SVG document as a string;
// SaveSvgFile writes one atomically. docs/pictures.md shows one of each.
//
//   // China's neighbourhood in 2014, two hops, the 40 busiest actors:
//   std::string svg = *diplograph::DrawEgoNetwork(
//       graph, china, {.hops = 2, .during = *Interval::Parse("2014")});
//   absl::Status s = diplograph::SaveSvgFile(svg, "china-2014.svg");
//
//   // Everything China and Japan said to each other, marks by quad class:
//   svg = *diplograph::DrawPairTimeline(graph, china, japan);
//
//   // Statements per month, stacked by CAMEO quad class:
//   svg = *diplograph::DrawActivity(graph, {.period = Period::kMonth,
//                                           .group_by = GroupBy::kQuadClass});
//
// What the pictures show:
// - Ego network: actors within `hops` of the centre over statement and
//   relationship edges in the window; when there are more than
//   `max_actors`, the centre and the actors linked to the rest by the most
//   statements are kept (the caption says how many were left out). One
//   line per pair of actors: its width grows with the number of statements
//   between them (log scale), its colour is the balance of their stances
//   (green cooperative, red conflictual, grey neutral or even; a statement
//   with no recorded stance counts by its event code's quad class), a dashed
//   line is a relationship only; its tooltip gives the counts and the
//   relationships' labels. Actors are labelled with their name and their
//   role on the window's last day (or on the latest statement's day), shaped
//   by kind (states as boxes, people as ellipses, the rest as rounded boxes).
// - Pair timeline: a time axis; statements from A to B above it and from B
//   to A below, one mark each, coloured by quad class, same-day marks
//   stacked; each mark's tooltip gives the date, speaker, event type and
//   the words. Relationships between A and B as bars over their validity,
//   labelled, with the evidence (speaker and date of each statement) in the
//   tooltip.
// - Activity: stacked bars of statement counts per period, one colour per
//   group (the `max_groups` largest groups, the rest as "other"), with
//   tooltips and a legend.
// Text in the pictures is escaped for XML; names with control characters
// or invalid UTF-8 are drawn with U+FFFD in their place.
//
// Thread safety: the functions only read the graph. Graphviz is not
// reentrant, so DrawEgoNetwork serialises its layout step behind a lock;
// the other two run fully in parallel.

#ifndef DIPLOGRAPH_DRAW_H_
#define DIPLOGRAPH_DRAW_H_

#include <cstddef>
#include <optional>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "diplograph/aggregates.h"
#include "diplograph/date.h"
#include "diplograph/graph.h"
#include "diplograph/ids.h"
#include "diplograph/statement_query.h"
#include "diplograph/timeline.h"

namespace diplograph {

struct EgoPictureOptions {
  // Radius of the ego network (>= 1).
  int hops = 1;
  // Only statements and relationships overlapping this window.
  Interval during = {};
  // At most this many actors, the centre included (>= 2).
  size_t max_actors = 40;
  // The Graphviz layout engine: "neato" (default), "sfdp", "fdp", "circo",
  // "twopi" or "dot".
  std::string layout = "neato";
};

// The ego network of `center` as SVG. O(ego network + its statements) plus
// Graphviz's layout of at most max_actors nodes.
// Errors: NotFound for an unknown actor; InvalidArgument for hops < 1,
// max_actors < 2 or an unknown layout; Internal when Graphviz fails.
absl::StatusOr<std::string> DrawEgoNetwork(
    const Graph& graph, ActorId center, const EgoPictureOptions& options = {});

struct TimelinePictureOptions {
  // Only statements and relationships overlapping this window; the axis
  // spans the window, or the data when it is open.
  Interval during = {};
  // How the actors' affiliates count (see PairTimeline::Make).
  AffiliateSides affiliates = AffiliateSides::kNone;
  // At most this many statement marks (the earliest); the caption says how
  // many more there were.
  size_t max_marks = 5000;
  // Width of the picture in pixels (>= 400).
  int width = 1000;
};

// The statements between `a` and `b`, and their relationships, over time,
// as SVG. O(statements between them + relationships of a).
// Errors: NotFound for an unknown actor; InvalidArgument for a == b or a
// width under 400.
absl::StatusOr<std::string> DrawPairTimeline(
    const Graph& graph, ActorId a, ActorId b,
    const TimelinePictureOptions& options = {});

struct ActivityPictureOptions {
  // One bar per period (kDay, kWeek, kMonth or kYear).
  Period period = Period::kMonth;
  // What the bars are stacked by (kNone: plain bars).
  GroupBy group_by = GroupBy::kQuadClass;
  // The statements counted; every statement of the graph when empty.
  // REQUIRES: built on `graph`.
  std::optional<StatementQuery> query = {};
  // The largest groups drawn in colours of their own; the rest as "other".
  size_t max_groups = 8;
  // Size of the picture in pixels (width >= 400, height >= 200).
  int width = 1000;
  int height = 420;
};

// Statement counts per period as stacked bars, as SVG. O(matching
// statements + periods * groups).
// Errors: InvalidArgument for Period::kAll, a too small picture, or more
// than 5,000 periods (choose a coarser period or a window); those of the
// query's Run().
absl::StatusOr<std::string> DrawActivity(
    const Graph& graph, const ActivityPictureOptions& options = {});

// Writes `svg` to `path` atomically (a temporary file in the same
// directory, synced, renamed over `path`; nothing is left on failure).
// Errors: the errno-derived code with the path and the failing step
// (NotFound for a missing directory, PermissionDenied, ResourceExhausted
// for a full disk, ...); InvalidArgument for a path naming a directory.
absl::Status SaveSvgFile(absl::string_view svg, const std::string& path);

}  // namespace diplograph

#endif  // DIPLOGRAPH_DRAW_H_
