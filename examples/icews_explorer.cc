// icews_explorer: load an ICEWS event file and look around in it.
//
//   icews_explorer [FILE] [--from ACTOR] [--to ACTOR] [--pair A B]
//
// FILE is either ICEWS quadruples (subject, relation, object, date) or the
// full ICEWS layout with its header row; by default the committed ICEWS14
// sample (tests/data/icews14_sample.tsv). Prints the import report, the most
// active actors, the timeline of a pair (China and Japan unless --pair) by
// month and CAMEO quad class, the statements of its first actor together
// with its ministries and officials, the most cooperative and most conflictual
// pairs by the sum of Goldstein weights, and the shortest path between two
// actors over the statement network (Boost.Graph breadth-first search) with
// the event behind each hop.

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "boost/graph/breadth_first_search.hpp"
#include "diplograph/cameo.h"
#include "diplograph/graph.h"
#include "diplograph/icews.h"
#include "diplograph/network.h"

namespace {

using diplograph::ActorId;
using diplograph::Graph;
using diplograph::StatementId;
using diplograph::StatementView;

std::string Describe(const Graph& g, StatementId id) {
  const StatementView s = g.statement(id);
  std::string out = s.date().ToString() + "  " + g.actor(s.speaker()).name +
                    " -- " + s.event_type().name;
  if (!s.event_type().code.empty()) out += " [" + s.event_type().code + "]";
  out += " --> ";
  for (ActorId a : s.about()) out += g.actor(a).name;
  return out;
}

double Goldstein(const StatementView& s) {
  absl::StatusOr<diplograph::CameoCode> c =
      diplograph::LookupCameo(s.event_type());
  return c.ok() ? c->goldstein : 0.0;
}

void MostActive(const Graph& g, size_t k) {
  std::vector<std::pair<size_t, ActorId>> order;
  for (uint32_t i = 0; i < g.actor_count(); ++i) {
    const ActorId a(i);
    const size_t n = g.StatementsBy(a).size() + g.StatementsAbout(a).size();
    if (n > 0) order.emplace_back(n, a);
  }
  std::sort(order.begin(), order.end(), [&](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first
                              : g.actor(x.second).name < g.actor(y.second).name;
  });
  std::printf("\nMost active actors (events as source or target):\n");
  for (size_t i = 0; i < std::min(k, order.size()); ++i) {
    const ActorId a = order[i].second;
    std::printf("  %2zu. %-40s %6zu  (%zu as source)\n", i + 1,
                g.actor(a).name.c_str(), order[i].first,
                g.StatementsBy(a).size());
  }
}

// Statements by an actor and by everything affiliated to it, transitively
// (a state, its ministries, their officials), via the affiliations the
// import made from "Sector (Country)" names and sector chains.
void WithMembers(const Graph& g, const std::string& name) {
  absl::StatusOr<ActorId> root = g.FindActor(name);
  if (!root.ok()) return;
  std::vector<ActorId> todo{*root};
  std::vector<bool> seen(g.actor_count(), false);
  seen[root->value] = true;
  size_t statements = 0, members = 0;
  std::vector<std::pair<size_t, ActorId>> top;
  while (!todo.empty()) {
    const ActorId a = todo.back();
    todo.pop_back();
    statements += g.StatementsBy(a).size();
    if (a != *root) top.emplace_back(g.StatementsBy(a).size(), a);
    for (ActorId m : g.MembersOf(a)) {
      if (!seen[m.value]) {
        seen[m.value] = true;
        ++members;
        todo.push_back(m);
      }
    }
  }
  std::sort(top.begin(), top.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  std::printf(
      "\n%s with its %zu affiliated actors: %zu statements as source "
      "(%zu by %s itself); the most active members:\n",
      name.c_str(), members, statements, g.StatementsBy(*root).size(),
      name.c_str());
  for (size_t i = 0; i < std::min<size_t>(5, top.size()); ++i) {
    std::printf("  %6zu  %s\n", top[i].first,
                g.actor(top[i].second).name.c_str());
  }
}

void PairTimeline(const Graph& g, const std::string& a_name,
                  const std::string& b_name) {
  absl::StatusOr<ActorId> a = g.FindActor(a_name);
  absl::StatusOr<ActorId> b = g.FindActor(b_name);
  std::printf("\n%s -- %s timeline by month and quad class:\n", a_name.c_str(),
              b_name.c_str());
  if (!a.ok() || !b.ok()) {
    std::printf(
        "  (%s)\n",
        std::string((!a.ok() ? a.status() : b.status()).message()).c_str());
    return;
  }
  // month -> counts per quad class 1..4 (0: uncoded)
  std::map<std::string, std::array<int, 5>> months;
  auto add = [&](StatementId id, ActorId other) {
    const StatementView s = g.statement(id);
    if (std::find(s.about().begin(), s.about().end(), other) == s.about().end())
      return;
    absl::StatusOr<diplograph::CameoCode> c =
        diplograph::LookupCameo(s.event_type());
    const int q = c.ok() ? static_cast<int>(c->quad_class) : 0;
    auto& row = months[s.date().ToString().substr(0, 7)];
    ++row[static_cast<size_t>(q)];
  };
  for (StatementId id : g.StatementsBy(*a)) add(id, *b);
  for (StatementId id : g.StatementsBy(*b)) add(id, *a);
  std::printf("  %-8s %8s %8s %8s %8s %8s\n", "month", "verb.co", "mat.co",
              "verb.cf", "mat.cf", "uncoded");
  for (const auto& [m, c] : months) {
    std::printf("  %-8s %8d %8d %8d %8d %8d\n", m.c_str(), c[1], c[2], c[3],
                c[4], c[0]);
  }
  if (months.empty()) std::printf("  (no events between them)\n");
}

void GoldsteinPairs(const Graph& g, size_t k) {
  absl::flat_hash_map<std::pair<uint32_t, uint32_t>, std::pair<double, int>>
      sums;
  for (uint32_t i = 0; i < g.statement_count(); ++i) {
    const StatementView s = g.statement(StatementId(i));
    for (ActorId t : s.about()) {
      if (t == s.speaker()) continue;
      const uint32_t a = s.speaker().value;
      const uint32_t b = t.value;
      auto& e = sums[{std::min(a, b), std::max(a, b)}];
      e.first += Goldstein(s);
      ++e.second;
    }
  }
  std::vector<std::pair<double, std::pair<uint32_t, uint32_t>>> order;
  for (const auto& [key, v] : sums) order.emplace_back(v.first, key);
  auto name = [&](uint32_t id) { return g.actor(ActorId(id)).name; };
  auto print = [&](const char* title, bool cooperative) {
    std::sort(order.begin(), order.end(), [&](const auto& x, const auto& y) {
      if (x.first != y.first)
        return cooperative ? x.first > y.first : x.first < y.first;
      return std::make_pair(name(x.second.first), name(x.second.second)) <
             std::make_pair(name(y.second.first), name(y.second.second));
    });
    std::printf("\n%s (sum of Goldstein weights, events):\n", title);
    for (size_t i = 0; i < std::min(k, order.size()); ++i) {
      const auto& [sum, key] = order[i];
      std::printf("  %+8.1f  %4d  %s -- %s\n", sum, sums[key].second,
                  name(key.first).c_str(), name(key.second).c_str());
    }
  };
  print("Most cooperative pairs", true);
  print("Most conflictual pairs", false);
}

void ShortestPath(const Graph& g, const std::string& from_name,
                  const std::string& to_name) {
  std::printf("\nShortest path from %s to %s:\n", from_name.c_str(),
              to_name.c_str());
  absl::StatusOr<ActorId> from = g.FindActor(from_name);
  absl::StatusOr<ActorId> to = g.FindActor(to_name);
  if (!from.ok() || !to.ok()) {
    std::printf(
        "  (%s)\n",
        std::string((!from.ok() ? from.status() : to.status()).message())
            .c_str());
    return;
  }
  // Breadth-first search over statement edges only, without direction.
  std::shared_ptr<const diplograph::ActorNetwork> net =
      diplograph::NetworkOf(g);
  diplograph::NetworkFilter filter;
  filter.kinds = diplograph::EdgeKindMask::kStatement;
  auto view = diplograph::FilterNetwork(net->undirected(), filter);
  using Edge =
      boost::graph_traits<diplograph::UndirectedNetworkGraph>::edge_descriptor;
  std::vector<Edge> via(boost::num_vertices(net->undirected()));
  std::vector<bool> reached(via.size(), false);
  reached[diplograph::VertexOf(*from)] = true;
  struct Recorder : boost::default_bfs_visitor {
    std::vector<Edge>* via;
    std::vector<bool>* reached;
    void tree_edge(Edge e, const decltype(view)& gr) {
      const auto t = boost::target(e, gr);
      (*via)[t] = e;
      (*reached)[t] = true;
    }
  } rec;
  rec.via = &via;
  rec.reached = &reached;
  boost::breadth_first_search(view, diplograph::VertexOf(*from),
                              boost::visitor(rec));
  if (!reached[diplograph::VertexOf(*to)]) {
    std::printf("  (no path)\n");
    return;
  }
  std::vector<std::string> hops;
  for (auto v = diplograph::VertexOf(*to); v != diplograph::VertexOf(*from);) {
    const Edge e = via[v];
    hops.push_back(Describe(g, view[e].statement()));
    v = boost::source(e, view) == v ? boost::target(e, view)
                                    : boost::source(e, view);
  }
  std::reverse(hops.begin(), hops.end());
  std::printf("  %zu hops:\n", hops.size());
  for (size_t i = 0; i < hops.size(); ++i) {
    std::printf("  %zu. %s\n", i + 1, hops[i].c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = DIPLOGRAPH_EXAMPLE_DATA;
  std::string from, to, pair_a = "China", pair_b = "Japan";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--from" && i + 1 < argc) {
      from = argv[++i];
    } else if (arg == "--to" && i + 1 < argc) {
      to = argv[++i];
    } else if (arg == "--pair" && i + 2 < argc) {
      pair_a = argv[++i];
      pair_b = argv[++i];
    } else {
      path = arg;
    }
  }
  std::ifstream probe(path, std::ios::binary);
  std::string first;
  std::getline(probe, first);
  const bool full = first.rfind("Event ID\t", 0) == 0 || first.rfind(
                                                             "\xEF\xBB\xBF"
                                                             "Event ID\t",
                                                             0) == 0;

  Graph g;
  diplograph::IcewsImportOptions options;
  options.mode = diplograph::ImportMode::kLenient;
  options.progress = [](const diplograph::ImportProgress& p) {
    std::fprintf(stderr, "\r%llu rows, %.1f MB",
                 static_cast<unsigned long long>(p.rows),
                 static_cast<double>(p.bytes) / 1e6);
  };
  absl::StatusOr<diplograph::ImportReport> report =
      full ? diplograph::ImportIcewsEventsFile(g, path, options)
           : diplograph::ImportIcewsQuadruplesFile(g, path, options);
  std::fprintf(stderr, "\n");
  if (!report.ok()) {
    std::cerr << report.status() << "\n";
    return 1;
  }
  std::printf("Loaded %s (%s layout):\n%s", path.c_str(),
              full ? "full ICEWS" : "quadruple", report->ToString().c_str());

  MostActive(g, 10);
  WithMembers(g, pair_a);
  PairTimeline(g, pair_a, pair_b);
  GoldsteinPairs(g, 5);
  if (from.empty() || to.empty()) {
    // Default: from the most active source to the last actor by name that
    // has any event.
    if (from.empty()) {
      size_t best = 0;
      for (uint32_t i = 0; i < g.actor_count(); ++i) {
        const size_t n = g.StatementsBy(ActorId(i)).size();
        if (n > best) {
          best = n;
          from = g.actor(ActorId(i)).name;
        }
      }
    }
    if (to.empty()) {
      for (uint32_t i = 0; i < g.actor_count(); ++i) {
        const ActorId a(i);
        if (g.StatementsBy(a).size() + g.StatementsAbout(a).size() == 0)
          continue;
        if (to.empty() || g.actor(a).name > to) to = g.actor(a).name;
      }
    }
  }
  ShortestPath(g, from, to);
  return 0;
}
