// seed_article: builds the graph of the 2024-11-08 report from Beijing on
// China, Russia and the United States through the public API, then answers
// the questions an analyst would ask of it, with the evidence behind each
// answer.
//
// Usage: seed_article [--json FILE]
//
// The graph itself is built by examples/seed/seed_graph.cc; with --json it is
// loaded from a diplograph/1 file instead (examples/data/seed.json holds it).

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <iostream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "boost/graph/breadth_first_search.hpp"
#include "diplograph/diplograph.h"
#include "seed_graph.h"
#include "seed_json.h"

namespace dg = diplograph;

namespace {

std::string DateText(dg::Date d) {
  return d.is_known() ? d.ToString() : std::string("date not reported");
}

// One statement as an analyst reads it, indented (the library's format,
// without the source line: every statement here comes from one article).
void PrintStatement(const dg::Graph& g, dg::StatementId id,
                    const std::string& indent) {
  std::cout << dg::FormatStatement(g, id, {.indent = indent, .source = false});
}

// Statements in (date, id) order.
std::vector<dg::StatementId> AllStatementsByDate(const dg::Graph& g) {
  std::vector<dg::StatementId> ids;
  for (uint32_t i = 0; i < g.statement_count(); ++i) {
    ids.push_back(dg::StatementId(i));
  }
  std::stable_sort(ids.begin(), ids.end(),
                   [&](dg::StatementId a, dg::StatementId b) {
                     return g.statement(a).date() < g.statement(b).date();
                   });
  return ids;
}

void Heading(const std::string& text) {
  std::cout << "\n== " << text << " ==\n";
}

dg::ActorId Find(const dg::Graph& g, const char* name) {
  absl::StatusOr<dg::ActorId> id = g.FindActor(name);
  if (!id.ok()) {
    std::cerr << "seed_article: " << id.status() << "\n";
    std::exit(1);
  }
  return *id;
}

void WhoSaidWhatOnRussiaUs(const dg::Graph& g) {
  Heading("Who said what about Russia-US relations, and when");
  const dg::ActorId russia = Find(g, "Russia");
  const dg::ActorId us = Find(g, "US");  // an alias of "United States"
  for (dg::StatementId id : AllStatementsByDate(g)) {
    const dg::StatementView s = g.statement(id);
    const auto topics = s.topics();
    const bool on_topic = std::find(topics.begin(), topics.end(),
                                    "Russia-US relations") != topics.end();
    const auto about = s.about();
    const bool about_both =
        std::find(about.begin(), about.end(), russia) != about.end() &&
        std::find(about.begin(), about.end(), us) != about.end();
    if (on_topic || about_both) PrintStatement(g, id, "  ");
  }
}

void ChinaRussiaRelationship(const dg::Graph& g) {
  Heading("What relationship do China and Russia have, and who says so");
  const dg::ActorId china = Find(g, "China");
  const dg::ActorId russia = Find(g, "Russia");
  for (dg::RelationshipId rid : g.RelationshipsOf(china)) {
    const dg::Relationship& r = g.relationship(rid);
    if (r.from != russia && r.to != russia) continue;
    std::cout << "  \"" << r.label << "\" ("
              << (r.directed ? "directed" : "mutual") << ", "
              << dg::PolarityName(r.polarity) << ", holds "
              << r.valid.ToString() << ")\n";
    for (const dg::Evidence& e : r.evidence) {
      std::cout << "    " << dg::EvidenceRoleName(e.role) << ":\n";
      if (e.statement.valid()) {
        PrintStatement(g, e.statement, "      ");
      } else {
        std::cout << "      the report itself: " << g.source(e.source).title
                  << "\n";
      }
    }
  }
}

void StatementsAboutStatements(const dg::Graph& g) {
  Heading("Which statements respond to or speak about other statements");
  for (dg::StatementId id : AllStatementsByDate(g)) {
    const dg::StatementView s = g.statement(id);
    for (const dg::StatementLink& link : s.links()) {
      const dg::StatementView t = g.statement(link.statement);
      std::cout << "  " << g.actor(s.speaker()).name << " ("
                << DateText(s.date()) << ") "
                << dg::StatementLinkKindName(link.kind) << " "
                << g.actor(t.speaker()).name << " (" << DateText(t.date())
                << "), stance " << dg::PolarityName(link.stance) << "\n"
                << "      \"" << s.text() << "\"\n"
                << "   -> \"" << t.text() << "\"\n";
    }
  }
}

void ChainFromMaoToPutin(const dg::Graph& g) {
  Heading("The chain linking Mao Ning to Vladimir Putin through statements");
  const dg::ActorId mao = Find(g, "Ning");  // an alias
  const dg::ActorId putin = Find(g, "Putin");

  // Breadth-first search over statement edges (speaker -> target) only.
  std::shared_ptr<const dg::ActorNetwork> net = dg::NetworkOf(g);
  dg::NetworkFilter filter;
  filter.kinds = dg::EdgeKindMask::kStatement;
  auto view = dg::FilterNetwork(net->directed(), filter);
  std::vector<dg::NetworkVertexDescriptor> parent(
      boost::num_vertices(net->directed()));
  for (size_t v = 0; v < parent.size(); ++v) parent[v] = v;
  boost::breadth_first_search(
      view, dg::VertexOf(mao),
      boost::visitor(boost::make_bfs_visitor(
          boost::record_predecessors(parent.data(), boost::on_tree_edge()))));
  if (parent[dg::VertexOf(putin)] == dg::VertexOf(putin)) {
    std::cout << "  no chain of statements\n";
    return;
  }
  std::deque<dg::ActorId> path;
  for (auto v = dg::VertexOf(putin); v != dg::VertexOf(mao); v = parent[v]) {
    path.push_front(dg::ActorOf(v));
  }
  path.push_front(mao);
  for (size_t i = 0; i + 1 < path.size(); ++i) {
    std::cout << "  " << g.actor(path[i]).name << " -> "
              << g.actor(path[i + 1]).name << ", because:\n";
    for (auto e : boost::make_iterator_range(
             boost::out_edges(dg::VertexOf(path[i]), view))) {
      if (boost::target(e, view) != dg::VertexOf(path[i + 1])) continue;
      PrintStatement(g, net->directed()[e].statement(), "    ");
    }
  }
  // And statement to statement: what of Putin's does Mao Ning speak about?
  std::cout << "  Statement links from Mao Ning to Putin:\n";
  for (dg::StatementId id : g.StatementsBy(mao)) {
    for (const dg::StatementLink& link : g.statement(id).links()) {
      if (g.statement(link.statement).speaker() != putin) continue;
      std::cout << "    \"" << g.statement(id).text() << "\"\n      "
                << dg::StatementLinkKindName(link.kind) << " \""
                << g.statement(link.statement).text() << "\"\n";
    }
  }
}

void TrumpRoles(const dg::Graph& g) {
  Heading("Donald Trump's role on a given day");
  const dg::ActorId trump = Find(g, "Donald Trump");
  for (const char* on : {"2024-11-08", "2025-02-01"}) {
    const dg::Date day = *dg::Date::Parse(on);
    std::vector<std::string> roles;
    const std::vector<dg::Affiliation> held = *dg::RolesOn(g, trump, day);
    for (const dg::Affiliation& f : held) {
      roles.push_back(absl::StrCat(f.role, " of ", g.actor(f.organization).name,
                                   " (", f.valid.ToString(), ")"));
    }
    std::cout << "  on " << day.ToString() << ": "
              << (roles.empty() ? "no recorded role"
                                : absl::StrJoin(roles, "; "))
              << "\n";
  }
  std::cout << "  events:\n";
  for (dg::EventId id : g.EventsOf(trump)) {
    const dg::Event& e = g.event(id);
    std::cout << "    " << e.date.ToString() << "  " << e.label << "\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  dg::Graph graph;
  if (argc == 3 && std::string(argv[1]) == "--json") {
    if (absl::Status s = dg::seed::LoadSeedGraphJson(graph, argv[2]); !s.ok()) {
      std::cerr << "seed_article: loading " << argv[2] << " failed: " << s
                << "\n";
      return 1;
    }
  } else if (argc != 1) {
    std::cerr << "usage: seed_article [--json FILE]\n";
    return 2;
  } else if (absl::Status s = dg::seed::BuildSeedGraph(graph); !s.ok()) {
    std::cerr << "seed_article: building the seed graph failed: " << s << "\n";
    return 1;
  }
  std::cout << "The 2024-11-08 report from Beijing, as a graph: "
            << graph.actor_count() << " actors, " << graph.statement_count()
            << " statements, " << graph.relationship_count()
            << " relationships, " << graph.event_count() << " events, "
            << graph.source_count() << " source.\n";

  WhoSaidWhatOnRussiaUs(graph);
  ChinaRussiaRelationship(graph);
  StatementsAboutStatements(graph);
  ChainFromMaoToPutin(graph);
  TrumpRoles(graph);
  return 0;
}
