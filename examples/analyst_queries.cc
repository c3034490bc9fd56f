// analyst_queries: a tour of the query API on the seed graph (the
// 2024-11-08 report from Beijing on China, Russia and the United States).
// Each question is answered with the evidence behind it: who spoke, when,
// in what words (quote or paraphrase), and from which source. The first is
// the one an analyst of the report asks first: what relationship China and
// Russia have, who asserted it, and on what evidence.
//
// Usage: analyst_queries

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "diplograph/aggregates.h"
#include "diplograph/as_of.h"
#include "diplograph/centrality.h"
#include "diplograph/diplograph.h"
#include "diplograph/paths.h"
#include "diplograph/relationship_history.h"
#include "diplograph/statement_query.h"
#include "diplograph/timeline.h"
#include "seed_graph.h"

namespace dg = diplograph;

namespace {

// Exits with a message when a query fails (the seed graph is known-good, so
// this only fires on a library bug).
template <typename T>
T Check(absl::StatusOr<T> result, const char* what) {
  if (!result.ok()) {
    std::cerr << "analyst_queries: " << what << ": " << result.status() << "\n";
    std::exit(1);
  }
  return *std::move(result);
}

dg::ActorId Find(const dg::Graph& g, const char* name) {
  return Check(g.FindActor(name), name);
}

std::string Name(const dg::Graph& g, dg::ActorId id) {
  return g.actor(id).name;
}

void Heading(const std::string& text) {
  std::cout << "\n== " << text << " ==\n";
}

// One statement as an analyst reads it, indented (the library's format).
void PrintStatement(const dg::Graph& g, dg::StatementId id,
                    const std::string& indent = "  ") {
  std::cout << dg::FormatStatement(g, id,
                                   {.indent = indent, .event_type = false});
}

void PrintQuery(const dg::Graph& g, const dg::StatementQuery& q) {
  dg::StatementCursor cursor = Check(q.Run(), "query");
  size_t n = 0;
  for (dg::StatementId id : cursor) {
    PrintStatement(g, id);
    ++n;
  }
  if (n == 0) std::cout << "  (nothing)\n";
}

// Evidence that is a source rather than a statement: the document itself.
void PrintEvidence(const dg::Graph& g, const dg::EvidenceRecord& r,
                   const std::string& indent) {
  std::cout << indent << dg::EvidenceRoleName(r.evidence.role) << ":\n";
  if (r.statement.valid()) {
    PrintStatement(g, r.statement, indent + "  ");
  } else {
    const dg::Source& src = g.source(r.source);
    std::cout << indent << "  the source itself: " << src.title << " ["
              << src.locator << "]\n";
  }
}

void ChinaAndRussia(const dg::Graph& g) {
  Heading(
      "What relationship do China and Russia have? "
      "Who asserted it, on what evidence?");
  const dg::RelationshipHistory h =
      Check(dg::HistoryOf(g, Find(g, "China"), Find(g, "Russia")), "history");
  if (h.relationships.empty()) std::cout << "  (none recorded)\n";
  for (dg::RelationshipId id : h.relationships) {
    const dg::Relationship& r = g.relationship(id);
    std::cout << "  \"" << r.label << "\" (" << dg::PolarityName(r.polarity)
              << ", " << (r.directed ? "from " : "between ") << Name(g, r.from)
              << (r.directed ? " to " : " and ") << Name(g, r.to) << ", "
              << (r.valid.is_open_begin() && r.valid.is_open_end()
                      ? std::string("no dates recorded")
                      : "valid " + r.valid.ToString())
              << ")\n";
    for (const auto* list : {&h.supporting, &h.contesting}) {
      for (const dg::EvidenceRecord& e : *list) {
        if (e.relationship == id) PrintEvidence(g, e, "    ");
      }
    }
  }
}

void WhatChinaSaidAboutTheUs(const dg::Graph& g) {
  Heading(
      "What did China say about the United States? "
      "(China, its Foreign Ministry and its spokesperson)");
  dg::StatementQuery q(g);
  q.By(Find(g, "China")).WithAffiliates().About(Find(g, "United States"));
  PrintQuery(g, q);
}

void Praise(const dg::Graph& g) {
  Heading("Who praised or endorsed whom? (event codes 05*)");
  dg::StatementQuery q(g);
  q.EventCode("05*");
  PrintQuery(g, q);
}

void RussiaUsTimeline(const dg::Graph& g) {
  Heading(
      "Russia and the United States, in date order "
      "(statements either way, with the people who speak for each)");
  dg::PairTimeline t = Check(
      dg::PairTimeline::Make(g, Find(g, "Russia"), Find(g, "United States"),
                             dg::Interval(), dg::AffiliateSides::kBoth),
      "timeline");
  dg::TimelineEntry e;
  while (t.Next(&e)) {
    switch (e.kind) {
      case dg::TimelineEntryKind::kStatement:
        PrintStatement(g, e.statement);
        break;
      case dg::TimelineEntryKind::kEvidence:
        std::cout << "  " << e.date.ToString() << "  relationship \""
                  << g.relationship(e.relationship).label
                  << "\": " << dg::EvidenceRoleName(e.role) << " by "
                  << Name(g, g.statement(e.statement).speaker()) << " (\""
                  << dg::TextExcerpt(g.statement(e.statement).text(), 50)
                  << "\")\n";
        break;
      case dg::TimelineEntryKind::kRelationshipBegins:
      case dg::TimelineEntryKind::kRelationshipEnds:
        std::cout << "  " << e.date.ToString() << "  relationship \""
                  << g.relationship(e.relationship).label << "\" "
                  << (e.kind == dg::TimelineEntryKind::kRelationshipBegins
                          ? "begins"
                          : "ends")
                  << "\n";
        break;
    }
  }
}

void TrumpAsOf(const dg::Graph& g) {
  Heading(
      "Donald Trump's role, and who held office in the United States, "
      "on a given day");
  const dg::ActorId trump = Find(g, "Donald Trump");
  const dg::ActorId us = Find(g, "United States");
  for (const char* on : {"2024-11-08", "2025-02-01"}) {
    const dg::Date day = *dg::Date::Parse(on);
    std::cout << "  on " << day.ToString() << ":\n";
    const std::vector<dg::Affiliation> roles =
        Check(dg::RolesOn(g, trump, day), "roles");
    for (const dg::Affiliation& f : roles) {
      std::cout << "    Donald Trump is " << f.role << " of "
                << Name(g, f.organization) << " (" << f.valid.ToString()
                << ")\n";
    }
    const std::vector<dg::MemberOn> members =
        Check(dg::MembersOn(g, us, day), "members");
    for (const dg::MemberOn& m : members) {
      std::cout << "    " << Name(g, m.member) << ": " << m.affiliation.role
                << "\n";
    }
  }
}

void DualContainment(const dg::Graph& g) {
  Heading(
      "\"Dual containment\" of China by the United States: "
      "who asserted it, who contested it");
  const dg::RelationshipHistory h =
      Check(dg::HistoryOf(g, Find(g, "United States"), Find(g, "China"),
                          "dual containment"),
            "history");
  std::cout << " for:\n";
  for (const dg::EvidenceRecord& r : h.supporting) {
    std::cout << "  " << dg::EvidenceRoleName(r.evidence.role) << ":\n";
    PrintStatement(g, r.statement, "    ");
  }
  std::cout << " against:\n";
  if (h.contesting.empty()) std::cout << "  (nobody in this graph)\n";
  for (const dg::EvidenceRecord& r : h.contesting) {
    PrintStatement(g, r.statement, "    ");
  }
}

void MaoToTrump(const dg::Graph& g) {
  Heading(
      "How does Mao Ning's briefing connect to Donald Trump? "
      "(statements, November 2024, speaker to target)");
  dg::PathOptions opt;
  opt.filter.kinds = dg::EdgeKindMask::kStatement;
  opt.filter.window = *dg::Interval::Parse("2024-11");
  opt.follow_direction = true;
  const std::vector<dg::Path> paths = Check(
      dg::ShortestPaths(g, Find(g, "Mao Ning"), Find(g, "Donald Trump"), opt),
      "paths");
  if (paths.empty()) std::cout << "  no connection\n";
  for (const dg::Path& p : paths) {
    std::vector<std::string> names;
    for (dg::ActorId a : p.actors) names.push_back(Name(g, a));
    std::cout << "  " << absl::StrJoin(names, " -> ") << "\n";
    for (const dg::Hop& hop : p.hops) {
      std::cout << "   " << Name(g, hop.from) << " -> " << Name(g, hop.to)
                << ", because:\n";
      for (const dg::NetworkEdge& e : hop.evidence) {
        PrintStatement(g, e.statement(), "     ");
      }
    }
  }
}

void ChinaEgo(const dg::Graph& g) {
  Heading(
      "China's neighbourhood: actors within two links "
      "(statements, relationships, affiliations)");
  const dg::EgoNetwork ego =
      Check(dg::EgoNetworkOf(g, Find(g, "China"), 2), "ego network");
  for (size_t i = 0; i < ego.actors.size(); ++i) {
    std::cout << "  " << ego.distance[i] << "  " << Name(g, ego.actors[i])
              << "\n";
  }
  std::cout << "  (" << ego.edges.size() << " links among them)\n";
}

void Central(const dg::Graph& g) {
  Heading("Who was central in November 2024? (statement links)");
  dg::CentralityOptions opt;
  opt.filter.kinds = dg::EdgeKindMask::kStatement;
  opt.filter.window = *dg::Interval::Parse("2024-11");
  std::vector<dg::ActorCentrality> c = dg::Centrality(g, opt);
  std::sort(c.begin(), c.end(),
            [](const dg::ActorCentrality& a, const dg::ActorCentrality& b) {
              return a.pagerank > b.pagerank;
            });
  std::cout << absl::StrFormat("  %-22s %12s %9s %9s %12s\n", "actor",
                               "spoken about", "speaking", "pagerank",
                               "betweenness");
  for (const dg::ActorCentrality& a : c) {
    if (a.in_degree + a.out_degree == 0) continue;
    std::cout << absl::StrFormat("  %-22s %12d %9d %9.3f %12.1f\n",
                                 Name(g, a.actor), a.in_degree, a.out_degree,
                                 a.pagerank, a.betweenness);
  }
}

void Tone(const dg::Graph& g) {
  Heading(
      "China and the United States: statements per day by quad class, "
      "with an illustrative weight table");
  dg::StatementQuery q(g);
  q.Between(Find(g, "China"), Find(g, "United States")).WithAffiliates();
  // Weights in the manner of the Goldstein scale, for illustration only; a
  // codebook's own lookup can be passed instead (see aggregates.h).
  const dg::EventWeightFn weights =
      dg::WeightTable({{"010", 0.0}, {"051", 3.4}, {"111", -2.0}});
  const dg::AggregateTable t = Check(
      dg::Aggregate(q, dg::Period::kDay, dg::GroupBy::kQuadClass, weights),
      "aggregate");
  const char* const names[] = {"none", "verbal cooperation",
                               "material cooperation", "verbal conflict",
                               "material conflict"};
  for (const dg::AggregateRow& row : t.rows) {
    std::cout
        << "  " << row.period.ToString() << "  "
        << names[row.group.quad_class ? static_cast<int>(*row.group.quad_class)
                                      : 0]
        << ": " << row.count << " statement(s), weighted sum "
        << row.weighted_sum << "\n";
  }
}

void Paging(const dg::Graph& g) {
  Heading("Every statement, five at a time (paging)");
  dg::StatementQuery q(g);
  dg::PageToken token;
  for (int page = 1;; ++page) {
    const dg::StatementPage p = Check(q.Page(5, token), "page");
    std::vector<std::string> lines;
    for (dg::StatementId id : p.ids) {
      const dg::StatementView s = g.statement(id);
      lines.push_back(
          absl::StrCat(s.date().is_known() ? s.date().ToString() : "undated",
                       " ", Name(g, s.speaker())));
    }
    std::cout << "  page " << page << ": " << absl::StrJoin(lines, "; ")
              << "\n";
    if (!p.has_more) break;
    token = p.next;
  }
}

}  // namespace

int main() {
  dg::Graph graph;
  if (absl::Status s = dg::seed::BuildSeedGraph(graph); !s.ok()) {
    std::cerr << "analyst_queries: building the seed graph failed: " << s
              << "\n";
    return 1;
  }
  ChinaAndRussia(graph);
  WhatChinaSaidAboutTheUs(graph);
  Praise(graph);
  RussiaUsTimeline(graph);
  TrumpAsOf(graph);
  DualContainment(graph);
  MaoToTrump(graph);
  ChinaEgo(graph);
  Central(graph);
  Tone(graph);
  Paging(graph);
  return 0;
}
