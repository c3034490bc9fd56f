// icews_explorer: load an ICEWS event file and look around in it with the
// query API.
//
//   icews_explorer [FILE] [--from ACTOR] [--to ACTOR] [--pair A B]
//
// FILE is either ICEWS quadruples (subject, relation, object, date) or the
// full ICEWS layout with its header row; by default the committed ICEWS14
// sample (data/samples/icews14_sample.tsv). Prints the import counts, the
// most active actors, the statements of the pair's first actor together
// with its ministries and officials (StatementQuery::WithAffiliates), the
// pair's timeline (China and Japan unless --pair) by month and CAMEO quad
// class (PairTimeline), the most cooperative and most conflictual pairs by
// the sum of Goldstein weights, and a shortest path between two actors over
// the statement network (ShortestPaths) with the events behind each hop.

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
#include "diplograph/cameo.h"
#include "diplograph/graph.h"
#include "diplograph/icews.h"
#include "diplograph/network.h"
#include "diplograph/paths.h"
#include "diplograph/statement_query.h"
#include "diplograph/timeline.h"

namespace {

namespace dg = diplograph;
using dg::ActorId;
using dg::Graph;
using dg::StatementId;
using dg::StatementView;

// "2014-03-02  China -- Consult [040] --> Japan"
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
  absl::StatusOr<dg::CameoCode> c = dg::LookupCameo(s.event_type());
  return c.ok() ? c->goldstein : 0.0;
}

// Looks up `name`; prints why not and returns false when it is not there.
bool Find(const Graph& g, const std::string& name, ActorId* id) {
  absl::StatusOr<ActorId> found = g.FindActor(name);
  if (!found.ok()) {
    std::printf("  (%s)\n", std::string(found.status().message()).c_str());
    return false;
  }
  *id = *found;
  return true;
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
// (a state, its ministries, their officials), through the affiliations the
// import made from "Sector (Country)" names and sector chains.
void WithAffiliates(const Graph& g, const std::string& name) {
  std::printf("\n%s with its affiliated actors, as source:\n", name.c_str());
  ActorId root;
  if (!Find(g, name, &root)) return;
  dg::StatementQuery q(g);
  q.By(root).WithAffiliates();
  absl::StatusOr<dg::StatementCursor> cursor = q.Run();
  if (!cursor.ok()) {
    std::printf("  (%s)\n", std::string(cursor.status().message()).c_str());
    return;
  }
  absl::flat_hash_map<ActorId, size_t> by_speaker;
  size_t statements = 0;
  for (StatementId id : *cursor) {
    ++by_speaker[g.statement(id).speaker()];
    ++statements;
  }
  std::vector<std::pair<size_t, ActorId>> top;
  for (const auto& [speaker, n] : by_speaker) {
    if (speaker != root) top.emplace_back(n, speaker);
  }
  std::sort(top.begin(), top.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  std::printf(
      "  %zu statements by %zu speakers (%zu by %s itself); the most active "
      "affiliates:\n",
      statements, by_speaker.size(), g.StatementsBy(root).size(), name.c_str());
  for (size_t i = 0; i < std::min<size_t>(5, top.size()); ++i) {
    std::printf("  %6zu  %s\n", top[i].first,
                g.actor(top[i].second).name.c_str());
  }
}

void PairByMonth(const Graph& g, const std::string& a_name,
                 const std::string& b_name) {
  std::printf("\n%s -- %s timeline by month and quad class:\n", a_name.c_str(),
              b_name.c_str());
  ActorId a, b;
  if (!Find(g, a_name, &a) || !Find(g, b_name, &b)) return;
  absl::StatusOr<dg::PairTimeline> timeline = dg::PairTimeline::Make(g, a, b);
  if (!timeline.ok()) {
    std::printf("  (%s)\n", std::string(timeline.status().message()).c_str());
    return;
  }
  // month -> counts per quad class 1..4 (0: uncoded)
  std::map<std::string, std::array<int, 5>> months;
  dg::TimelineEntry e;
  while (timeline->Next(&e)) {
    if (e.kind != dg::TimelineEntryKind::kStatement) continue;
    absl::StatusOr<dg::CameoCode> c =
        dg::LookupCameo(g.statement(e.statement).event_type());
    const int q = c.ok() ? static_cast<int>(c->quad_class) : 0;
    ++months[e.date.ToString().substr(0, 7)][static_cast<size_t>(q)];
  }
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
  ActorId from, to;
  if (!Find(g, from_name, &from) || !Find(g, to_name, &to)) return;
  // Statement edges only, without direction; one path.
  dg::PathOptions options;
  options.filter.kinds = dg::EdgeKindMask::kStatement;
  options.max_paths = 1;
  absl::StatusOr<std::vector<dg::Path>> paths =
      dg::ShortestPaths(g, from, to, options);
  if (!paths.ok()) {
    std::printf("  (%s)\n", std::string(paths.status().message()).c_str());
    return;
  }
  if (paths->empty()) {
    std::printf("  (no path)\n");
    return;
  }
  const dg::Path& path = paths->front();
  std::printf("  %zu hops:\n", path.hops.size());
  for (size_t i = 0; i < path.hops.size(); ++i) {
    const dg::Hop& hop = path.hops[i];
    // The first event of the hop, and how many more link the two actors.
    std::printf("  %zu. %s", i + 1,
                Describe(g, hop.evidence.front().statement()).c_str());
    if (hop.evidence.size() > 1) {
      std::printf("  (+%zu more)", hop.evidence.size() - 1);
    }
    std::printf("\n");
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
  dg::IcewsImportOptions options;
  options.mode = dg::ImportMode::kLenient;
  options.progress = [](const dg::ImportProgress& p) {
    std::fprintf(stderr, "\r%llu rows, %.1f MB",
                 static_cast<unsigned long long>(p.records),
                 static_cast<double>(p.bytes) / 1e6);
  };
  dg::IcewsImportReport report;
  const absl::Status status =
      full ? dg::ImportIcewsEventsFile(path, g, options, &report)
           : dg::ImportIcewsQuadruplesFile(path, g, options, &report);
  std::fprintf(stderr, "\n");
  if (!status.ok()) {
    std::cerr << status << "\n";
    return 1;
  }
  std::printf("Loaded %s (%s layout):\n%s", path.c_str(),
              full ? "full ICEWS" : "quadruple", report.ToString().c_str());

  MostActive(g, 10);
  WithAffiliates(g, pair_a);
  PairByMonth(g, pair_a, pair_b);
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
