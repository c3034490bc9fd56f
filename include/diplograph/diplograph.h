// diplograph: a knowledge graph of diplomatic statements.
//
// Who (an actor) said what, about whom, when, through which channel,
// reported by whom, and which relationships between actors those statements
// assert, confirm or contest over time. Include this header for the whole
// library, or the headers of the concepts you use:
//
//   date.h          Date, Interval: partial dates and open intervals
//   ids.h           ActorId, StatementId, ...: typed record ids
//   actor.h         Actor, Affiliation: who, with dated roles
//   statement.h     Statement: what was said, how, about whom
//   relationship.h  Relationship, Evidence: labelled links and their support
//   source.h        Source: the documents statements come from
//   event.h         Event: dated occurrences (elections, inaugurations)
//   graph.h         Graph: the store, its validation and basic reads
//   statement_range.h  StatementRange: the blocked by-date list's view
//   shared_graph.h  SharedGraph: one writer, readers that never wait for it
//   statement_appender.h  StatementAppender: bulk appends of resolved rows
//   network.h       ActorNetwork: the actor network as a Boost.Graph graph
//   statement_query.h  StatementQuery: composable filters, lazy date-ordered
//                   results, paging
//   timeline.h      PairTimeline: statements and relationship changes
//                   between two actors, in date order
//   as_of.h         RolesOn, MembersOn, RelationshipsOn: state on a day
//   relationship_history.h  HistoryOf: evidence for and against a label
//   paths.h         ShortestPaths, EgoNetworkOf, ConnectedComponents
//   centrality.h    Centrality: degree, PageRank, betweenness over a window
//   aggregates.h    Aggregate, TopGroups: counts and weighted sums per period
//                   and group (speaker, target, code, quad class, polarity)
//   actor_search.h  ActorSearchIndex: ranked search over name and alias words
//   statement_format.h  FormatStatement: a statement as an analyst reads it
//   import.h        ImportMode, ImportReport, ImportProblem: what every
//                   importer (JSON, ICEWS, ...) shares
//   json.h          LoadJson, SaveJsonFile: the diplograph/1 interchange format
//   snapshot.h      SaveSnapshot, LoadSnapshot: checksummed binary snapshots
//   durable.h       DurableGraph: a graph in a directory, snapshot plus
//                   write-ahead journal of GraphBatch commits
//   export.h        ExportGraph: GraphML, GEXF, DOT, N-Quads, Neo4j CSV,
//                   Parquet
//   draw.h          DrawEgoNetwork, DrawPairTimeline, DrawActivity: SVG
//   text.h          Extractor, AddExtraction: statements read from text
//   cameo.h         The CAMEO event codes: names, Goldstein weights,
//                   quad classes
//   icews.h         ImportIcewsQuadruples, ImportIcewsEvents: ICEWS data
//   countries.h     Countries and CAMEO sector codes; shared country and
//                   sector actors ("Russia", "Government (Russia)")
//   dictionary.h    The CAMEO/PETRARCH actor and agent dictionaries: read,
//                   lint, import
//   gazetteer.h     Media outlets, places, offices and their dated holders
//                   (data/registry), and ImportGazetteer
//   resolve.h       Resolver: names and titles to actors at a date; actor
//                   mentions in running text
//
//   #include "diplograph/diplograph.h"
//
//   diplograph::Graph graph;
//   diplograph::ActorId china = *graph.AddActor(
//       {.name = "China", .kind = diplograph::ActorKind::kState,
//        .iso3 = "CHN"});

#ifndef DIPLOGRAPH_DIPLOGRAPH_H_
#define DIPLOGRAPH_DIPLOGRAPH_H_

#include "diplograph/actor.h"
#include "diplograph/actor_search.h"
#include "diplograph/aggregates.h"
#include "diplograph/as_of.h"
#include "diplograph/cameo.h"
#include "diplograph/centrality.h"
#include "diplograph/countries.h"
#include "diplograph/date.h"
#include "diplograph/dictionary.h"
#include "diplograph/draw.h"
#include "diplograph/durable.h"
#include "diplograph/event.h"
#include "diplograph/event_type.h"
#include "diplograph/export.h"
#include "diplograph/gazetteer.h"
#include "diplograph/graph.h"
#include "diplograph/icews.h"
#include "diplograph/ids.h"
#include "diplograph/import.h"
#include "diplograph/json.h"
#include "diplograph/network.h"
#include "diplograph/paths.h"
#include "diplograph/polarity.h"
#include "diplograph/relationship.h"
#include "diplograph/relationship_history.h"
#include "diplograph/resolve.h"
#include "diplograph/shared_graph.h"
#include "diplograph/snapshot.h"
#include "diplograph/source.h"
#include "diplograph/statement.h"
#include "diplograph/statement_appender.h"
#include "diplograph/statement_format.h"
#include "diplograph/statement_query.h"
#include "diplograph/statement_range.h"
#include "diplograph/text.h"
#include "diplograph/timeline.h"
#include "diplograph/version.h"

#endif  // DIPLOGRAPH_DIPLOGRAPH_H_
