// Subcommands over the actor network: `path` (shortest paths with the
// evidence of each hop), `ego` (the actors within k hops) and `central`
// (degree, PageRank or betweenness over a window).

#include <algorithm>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "cli.h"
#include "diplograph/centrality.h"
#include "diplograph/network.h"
#include "diplograph/paths.h"
#include "diplograph/statement_format.h"

namespace diplograph::cli {
namespace {

struct NetworkFlags {
  std::string during;
  std::string kinds = "all";
};

void AddNetworkFlags(CLI::App& c, NetworkFlags& f) {
  c.add_option("--during", f.during,
               "only edges whose dates overlap this window")
      ->type_name("INTERVAL");
  c.add_option("--kinds", f.kinds,
               "edge kinds, comma-separated: statement, relationship, "
               "affiliation, or all")
      ->capture_default_str();
}

absl::StatusOr<NetworkFilter> MakeFilter(const NetworkFlags& f) {
  NetworkFilter filter;
  if (!f.during.empty()) {
    absl::StatusOr<Interval> w = ParseIntervalFlag("--during", f.during);
    if (!w.ok()) return w.status();
    filter.window = *w;
  }
  filter.kinds = 0;
  for (absl::string_view k : absl::StrSplit(f.kinds, ',')) {
    if (k == "all") {
      filter.kinds |= EdgeKindMask::kAll;
    } else if (k == "statement" || k == "statements") {
      filter.kinds |= EdgeKindMask::kStatement;
    } else if (k == "relationship" || k == "relationships") {
      filter.kinds |= EdgeKindMask::kRelationship;
    } else if (k == "affiliation" || k == "affiliations") {
      filter.kinds |= EdgeKindMask::kAffiliation;
    } else {
      return UsageError(absl::StrCat(
          "--kinds: \"", EscapeCut(k, 40),
          "\" is not an edge kind (statement, relationship, affiliation, "
          "all)"));
    }
  }
  return filter;
}

absl::string_view KindName(EdgeKind k) {
  switch (k) {
    case EdgeKind::kStatement:
      return "statement";
    case EdgeKind::kRelationship:
      return "relationship";
    case EdgeKind::kAffiliation:
      return "affiliation";
  }
  return "";
}

// The date and a one-line description of the record behind an edge.
std::pair<std::string, std::string> DescribeEdge(const Graph& g,
                                                 const NetworkEdge& e) {
  switch (e.kind) {
    case EdgeKind::kStatement: {
      const StatementView s = g.statement(e.statement());
      return {s.date().is_known() ? s.date().ToString() : "",
              absl::StrCat(
                  ActorName(g, s.speaker()), ": ",
                  s.quote() == QuoteKind::kDirectQuote ? "\"" : "",
                  TextExcerpt(s.text(), 160),
                  s.quote() == QuoteKind::kDirectQuote ? "\"" : " (paraphrase)",
                  s.event_type().code.empty()
                      ? ""
                      : absl::StrCat(" [", s.event_type().code, " ",
                                     s.event_type().name, "]"))};
    }
    case EdgeKind::kRelationship: {
      const Relationship& r = g.relationship(e.relationship());
      return {r.valid.ToString(),
              absl::StrCat("relationship \"", r.label, "\" (",
                           PolarityName(r.polarity), ", ", r.evidence.size(),
                           " evidence)")};
    }
    case EdgeKind::kAffiliation: {
      const Affiliation& f = AffiliationOf(g, e);
      return {f.valid.ToString(),
              absl::StrCat(ActorName(g, e.member()), " is ", f.role, " of ",
                           ActorName(g, f.organization))};
    }
  }
  return {};
}

// ---------------------------------------------------------------------
// path

struct PathFlags {
  GraphFlags graph;
  NetworkFlags network;
  std::string from, to;
  bool directed = false;
  size_t max_paths = 3;
  size_t evidence = 3;
};

int RunPath(const PathFlags& flags) {
  absl::StatusOr<std::unique_ptr<Session>> session = Session::Open(flags.graph);
  if (!session.ok()) return Fail(session.status());
  Session& s = **session;
  const Graph& g = s.graph();
  absl::StatusOr<NetworkFilter> filter = MakeFilter(flags.network);
  if (!filter.ok()) return Fail(filter.status());
  absl::StatusOr<ActorId> a = s.Resolve(flags.from);
  if (!a.ok()) return Fail(a.status());
  absl::StatusOr<ActorId> b = s.Resolve(flags.to);
  if (!b.ok()) return Fail(b.status());
  PathOptions options;
  options.filter = *filter;
  options.follow_direction = flags.directed;
  options.max_paths = std::max<size_t>(1, flags.max_paths);
  absl::StatusOr<std::vector<Path>> paths = ShortestPaths(g, *a, *b, options);
  if (!paths.ok()) return Fail(paths.status());
  if (paths->empty()) {
    std::cerr << "diplograph: no path from " << EscapeCut(ActorName(g, *a), 80)
              << " to " << EscapeCut(ActorName(g, *b), 80)
              << (flags.network.during.empty() ? "" : " in that window")
              << "\n";
    return kExitBadInput;
  }
  if (s.format() == Format::kText) {
    for (size_t p = 0; p < paths->size(); ++p) {
      const Path& path = (*paths)[p];
      std::vector<std::string> names;
      for (ActorId id : path.actors) names.push_back(ActorName(g, id));
      std::cout << (p > 0 ? "\n" : "") << "path " << p + 1 << " ("
                << path.hops.size()
                << (path.hops.size() == 1 ? " hop" : " hops")
                << "): " << Escape(absl::StrJoin(names, " -> ")) << "\n";
      for (const Hop& hop : path.hops) {
        std::cout << "  " << EscapeCut(ActorName(g, hop.from), 80) << " -> "
                  << EscapeCut(ActorName(g, hop.to), 80) << ", because:\n";
        size_t shown = 0;
        for (const NetworkEdge& e : hop.evidence) {
          if (shown == flags.evidence) break;
          ++shown;
          if (e.kind == EdgeKind::kStatement) {
            std::cout << StatementBlock(
                g, e.statement(), {.indent = "    ", .max_text_bytes = 300});
          } else {
            auto [date, what] = DescribeEdge(g, e);
            std::cout << "    " << Escape(what) << " " << date << "\n";
          }
        }
        if (hop.evidence.size() > shown) {
          std::cout << "    ... and " << hop.evidence.size() - shown
                    << " more\n";
        }
      }
    }
    return kExitOk;
  }
  Table t{.name = "paths",
          .columns = {"path", "hop", "from", "to", "evidence", "record", "date",
                      "what"}};
  for (size_t p = 0; p < paths->size(); ++p) {
    const Path& path = (*paths)[p];
    for (size_t h = 0; h < path.hops.size(); ++h) {
      const Hop& hop = path.hops[h];
      for (const NetworkEdge& e : hop.evidence) {
        auto [date, what] = DescribeEdge(g, e);
        t.rows.push_back({Cell::Integer(p + 1), Cell::Integer(h + 1),
                          ActorName(g, hop.from), ActorName(g, hop.to),
                          KindName(e.kind), Cell::Integer(e.record), date,
                          what});
      }
    }
  }
  WriteTables({t}, s.format(), std::cout);
  return kExitOk;
}

// ---------------------------------------------------------------------
// ego

struct EgoFlags {
  GraphFlags graph;
  NetworkFlags network;
  std::string center;
  int hops = 1;
  bool directed = false;
};

int RunEgo(const EgoFlags& flags) {
  absl::StatusOr<std::unique_ptr<Session>> session = Session::Open(flags.graph);
  if (!session.ok()) return Fail(session.status());
  Session& s = **session;
  const Graph& g = s.graph();
  absl::StatusOr<NetworkFilter> filter = MakeFilter(flags.network);
  if (!filter.ok()) return Fail(filter.status());
  absl::StatusOr<ActorId> center = s.Resolve(flags.center);
  if (!center.ok()) return Fail(center.status());
  absl::StatusOr<EgoNetwork> ego =
      EgoNetworkOf(g, *center, flags.hops,
                   {.filter = *filter, .follow_direction = flags.directed});
  if (!ego.ok()) return Fail(ego.status());
  Table actors{.name = absl::StrCat("actors within ", flags.hops, " hops of ",
                                    ActorName(g, *center)),
               .columns = {"actor", "kind", "hops"}};
  for (size_t i = 0; i < ego->actors.size(); ++i) {
    actors.rows.push_back({ActorName(g, ego->actors[i]),
                           ActorKindName(g.actor(ego->actors[i]).kind),
                           Cell::Integer(ego->distance[i])});
  }
  // Ties: the edges between two actors of one kind, counted.
  std::map<std::tuple<uint32_t, uint32_t, int>, uint64_t> ties;
  for (const NetworkEdge& e : ego->edges) {
    ActorId from, to;
    switch (e.kind) {
      case EdgeKind::kStatement: {
        const StatementView st = g.statement(e.statement());
        from = st.speaker();
        to = st.about()[e.index];
        break;
      }
      case EdgeKind::kRelationship: {
        const Relationship& r = g.relationship(e.relationship());
        from = e.index == 0 ? r.from : r.to;
        to = e.index == 0 ? r.to : r.from;
        break;
      }
      case EdgeKind::kAffiliation:
        from = e.member();
        to = AffiliationOf(g, e).organization;
        break;
    }
    ++ties[{from.value, to.value, static_cast<int>(e.kind)}];
  }
  Table edges{.name = "ties", .columns = {"from", "to", "kind", "edges"}};
  for (const auto& [key, n] : ties) {
    edges.rows.push_back({ActorName(g, ActorId(std::get<0>(key))),
                          ActorName(g, ActorId(std::get<1>(key))),
                          KindName(static_cast<EdgeKind>(std::get<2>(key))),
                          Cell::Integer(n)});
  }
  WriteTables({actors, edges}, s.format(), std::cout);
  return kExitOk;
}

// ---------------------------------------------------------------------
// central

struct CentralFlags {
  GraphFlags graph;
  NetworkFlags network;
  std::string measure = "degree";
  size_t top = 20;
};

int RunCentral(const CentralFlags& flags) {
  absl::StatusOr<std::unique_ptr<Session>> session = Session::Open(flags.graph);
  if (!session.ok()) return Fail(session.status());
  Session& s = **session;
  const Graph& g = s.graph();
  absl::StatusOr<NetworkFilter> filter = MakeFilter(flags.network);
  if (!filter.ok()) return Fail(filter.status());
  CentralityOptions options;
  options.filter = *filter;
  options.pagerank = flags.measure == "pagerank";
  options.betweenness = flags.measure == "betweenness";
  // Iterations or source actors done, on stderr when it is a terminal.
  ProgressBar bar(absl::StrCat(flags.measure, ":"), 0,
                  !flags.graph.quiet && StderrIsTerminal());
  if (bar.enabled() && (options.pagerank || options.betweenness)) {
    options.progress = [&bar](const CentralityProgress& p) {
      bar.UpdateSteps(p.done, p.total,
                      p.stage == CentralityProgress::Stage::kPageRank
                          ? "iterations"
                          : "actors");
    };
  }
  std::vector<ActorCentrality> c = Centrality(g, options);
  bar.Done();
  const auto value = [&](const ActorCentrality& x) {
    if (flags.measure == "pagerank") return x.pagerank;
    if (flags.measure == "betweenness") return x.betweenness;
    return static_cast<double>(x.in_degree + x.out_degree);
  };
  std::vector<const ActorCentrality*> active;
  for (const ActorCentrality& x : c) {
    if (x.in_degree + x.out_degree > 0) active.push_back(&x);
  }
  std::stable_sort(active.begin(), active.end(),
                   [&](const ActorCentrality* x, const ActorCentrality* y) {
                     return value(*x) > value(*y);
                   });
  if (active.size() > flags.top && flags.top > 0) active.resize(flags.top);
  Table t{
      .name = absl::StrCat(flags.measure, " centrality"),
      .columns = {"rank", "actor", flags.measure, "in_degree", "out_degree"}};
  for (size_t i = 0; i < active.size(); ++i) {
    const ActorCentrality& x = *active[i];
    t.rows.push_back({Cell::Integer(i + 1), ActorName(g, x.actor),
                      flags.measure == "degree"
                          ? Cell::Integer(x.in_degree + x.out_degree)
                          : Cell::Number(value(x)),
                      Cell::Integer(x.in_degree), Cell::Integer(x.out_degree)});
  }
  if (t.rows.empty()) {
    std::cerr << "diplograph: no actor has an edge"
              << (flags.network.during.empty() ? "" : " in that window")
              << "\n";
    return kExitBadInput;
  }
  WriteTables({t}, s.format(), std::cout);
  return kExitOk;
}

}  // namespace

void AddNetworkCommands(CLI::App& app, std::vector<Command>& commands) {
  {
    auto f = std::make_shared<PathFlags>();
    CLI::App* c = app.add_subcommand(
        "path", "shortest paths between two actors, with each hop's evidence");
    AddGraphFlags(*c, f->graph);
    AddNetworkFlags(*c, f->network);
    c->add_option("from", f->from, "the first actor")->required();
    c->add_option("to", f->to, "the last actor")->required();
    c->add_flag("--directed", f->directed,
                "follow edges speaker -> target, member -> organization");
    c->add_option("--max-paths", f->max_paths, "at most this many paths")
        ->capture_default_str();
    c->add_option("--evidence", f->evidence,
                  "records shown per hop (text output)")
        ->capture_default_str();
    c->footer(
        "Exit status 1 when there is no path.\nExample:\n"
        "  diplograph path -g examples/data/seed.json \"Mao Ning\" Putin "
        "--kinds statement");
    commands.push_back({c, [f] { return RunPath(*f); }});
  }
  {
    auto f = std::make_shared<EgoFlags>();
    CLI::App* c = app.add_subcommand(
        "ego", "the actors within some hops of one actor, and their ties");
    AddGraphFlags(*c, f->graph);
    AddNetworkFlags(*c, f->network);
    c->add_option("center", f->center, "the actor at the center")->required();
    c->add_option("--hops", f->hops, "radius")
        ->check(CLI::Range(0, 10))
        ->capture_default_str();
    c->add_flag("--directed", f->directed, "count hops out of the center only");
    c->footer(
        "Example:\n  diplograph ego -g icews.json China --hops 2 --during "
        "2014-03");
    commands.push_back({c, [f] { return RunEgo(*f); }});
  }
  {
    auto f = std::make_shared<CentralFlags>();
    CLI::App* c = app.add_subcommand(
        "central", "the most central actors: degree, PageRank, betweenness");
    AddGraphFlags(*c, f->graph);
    AddNetworkFlags(*c, f->network);
    c->add_option("--measure", f->measure, "the centrality measure")
        ->check(CLI::IsMember({"degree", "pagerank", "betweenness"}))
        ->capture_default_str();
    c->add_option("--top", f->top, "rows (0: every actor with an edge)")
        ->capture_default_str();
    c->footer(
        "Example:\n  diplograph central -g icews.json --measure pagerank "
        "--during 2014-01/2014-06 --kinds statement");
    commands.push_back({c, [f] { return RunCentral(*f); }});
  }
}

}  // namespace diplograph::cli
