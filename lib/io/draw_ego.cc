// The ego-network picture (draw.h): the ego network from EgoNetworkOf, its
// edges merged per pair of actors, laid out and rendered to SVG by Graphviz
// (cgraph + gvc) in process.

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "diplograph/as_of.h"
#include "diplograph/draw.h"
#include "diplograph/network.h"
#include "diplograph/paths.h"
#include "io/export_sink.h"
#include "io/svg.h"
#include "util/status_macros.h"

namespace diplograph {

namespace {

// Graphviz keeps global state (its error handler, the cgraph string pool):
// one layout at a time in the process.
std::mutex& GraphvizMutex() {
  static std::mutex m;
  return m;
}

// One Graphviz context for the process, made on first use and never freed:
// Graphviz 2.43 keeps a font cache of its text-layout plugin in static
// state that a freed context leaves dangling, so a second context reads
// freed memory. REQUIRES: GraphvizMutex() held.
GVC_t* GraphvizContext() {
  static GVC_t* const context = gvContext();
  return context;
}

// What is drawn between two actors.
struct Pair {
  size_t statements = 0, cooperative = 0, conflictual = 0;
  std::vector<RelationshipId> relationships;
};

uint64_t PairKey(size_t a, size_t b) {
  if (a > b) std::swap(a, b);
  return (static_cast<uint64_t>(a) << 32) | b;
}

// Graphviz takes labels as its own "escString" text, where backslashes
// start escapes, and writes them into its SVG itself: the text with bytes
// that are not UTF-8 and control characters replaced (U+FFFD; line breaks
// and tabs as spaces) and backslashes doubled.
std::string GraphvizText(absl::string_view text) {
  std::string clean;
  internal::AppendCleanUtf8(clean, text);
  std::string out;
  out.reserve(clean.size());
  for (const char c : clean) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\t' || c == '\n' || c == '\r') {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

void Set(void* object, const char* name, const std::string& value) {
  static char kEmpty[] = "";
  agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.c_str()),
            kEmpty);
}

bool KnownLayout(absl::string_view layout) {
  for (absl::string_view l :
       {"neato", "sfdp", "fdp", "circo", "twopi", "dot"}) {
    if (layout == l) return true;
  }
  return false;
}

std::string RoleLine(const Graph& graph, ActorId actor, Date day) {
  if (!day.is_known()) return "";
  absl::StatusOr<std::vector<Affiliation>> roles = RolesOn(graph, actor, day);
  if (!roles.ok() || roles->empty()) return "";
  const Affiliation& r = roles->front();
  std::string line = r.role;
  if (r.organization.valid()) {
    absl::StrAppend(&line, line.empty() ? "" : ", ",
                    graph.actor(r.organization).name);
  }
  if (roles->size() > 1) absl::StrAppend(&line, " (+", roles->size() - 1, ")");
  return line;
}

}  // namespace

absl::StatusOr<std::string> DrawEgoNetwork(const Graph& graph, ActorId center,
                                           const EgoPictureOptions& options) {
  if (options.hops < 1) {
    return absl::InvalidArgumentError(
        absl::StrCat("draw ego: hops must be at least 1, not ", options.hops));
  }
  if (options.max_actors < 2) {
    return absl::InvalidArgumentError(
        "draw ego: max_actors must be at least 2");
  }
  if (!KnownLayout(options.layout)) {
    return absl::InvalidArgumentError(
        absl::StrCat("draw ego: unknown layout \"", options.layout,
                     "\" (neato, sfdp, fdp, circo, twopi or dot)"));
  }
  EgoNetworkOptions ego_options;
  ego_options.filter.kinds =
      EdgeKindMask::kStatement | EdgeKindMask::kRelationship;
  ego_options.filter.window = options.during;
  DIPLOGRAPH_ASSIGN_OR_RETURN(
      EgoNetwork ego, EgoNetworkOf(graph, center, options.hops, ego_options));

  // Merge the edges per pair of actors (indexes into ego.actors).
  absl::flat_hash_map<uint32_t, size_t> index;
  for (size_t i = 0; i < ego.actors.size(); ++i) {
    index[ego.actors[i].value] = i;
  }
  absl::flat_hash_map<uint64_t, Pair> pairs;
  std::vector<size_t> weight(ego.actors.size(), 0);
  for (const NetworkEdge& e : ego.edges) {
    ActorId from, to;
    if (e.kind == EdgeKind::kStatement) {
      const StatementView s = graph.statement(e.statement());
      from = s.speaker();
      to = s.about()[e.index];
    } else if (e.kind == EdgeKind::kRelationship) {
      const Relationship& r = graph.relationship(e.relationship());
      from = r.from;
      to = r.to;
    } else {
      continue;
    }
    auto fi = index.find(from.value), ti = index.find(to.value);
    if (fi == index.end() || ti == index.end() || fi->second == ti->second) {
      continue;
    }
    Pair& p = pairs[PairKey(fi->second, ti->second)];
    if (e.kind == EdgeKind::kStatement) {
      ++p.statements;
      // The recorded stance, or else the event code's quad class (coded
      // event data such as ICEWS records no stances).
      Polarity polarity = e.polarity;
      if (polarity == Polarity::kNeutral) {
        const std::optional<QuadClass> quad =
            internal::QuadOf(graph.statement(e.statement()));
        if (quad == QuadClass::kVerbalCooperation ||
            quad == QuadClass::kMaterialCooperation) {
          polarity = Polarity::kCooperative;
        } else if (quad.has_value()) {
          polarity = Polarity::kConflictual;
        }
      }
      if (polarity == Polarity::kCooperative) ++p.cooperative;
      if (polarity == Polarity::kConflictual) ++p.conflictual;
    } else if (e.index == 0) {
      p.relationships.push_back(e.relationship());
    }
    ++weight[fi->second];
    ++weight[ti->second];
  }

  // Keep the centre and the busiest actors.
  std::vector<size_t> order(ego.actors.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin() + 1, order.end(), [&](size_t x, size_t y) {
    if (weight[x] != weight[y]) return weight[x] > weight[y];
    return x < y;
  });
  const size_t kept = std::min(order.size(), options.max_actors);
  std::vector<bool> keep(ego.actors.size(), false);
  for (size_t i = 0; i < kept; ++i) keep[order[i]] = true;

  const Date day = internal::LastDayOf(graph, options.during);
  const std::string title = absl::StrCat(
      graph.actor(center).name, ": ", options.hops, "-hop ego network",
      options.during.is_open_begin() && options.during.is_open_end()
          ? ""
          : absl::StrCat(", ", options.during.ToString()),
      ego.actors.size() > kept
          ? absl::StrCat(" (", kept, " of ", ego.actors.size(),
                         " actors, the most connected)")
          : "");

  std::lock_guard<std::mutex> lock(GraphvizMutex());
  GVC_t* gvc = GraphvizContext();
  if (gvc == nullptr)
    return absl::InternalError("draw ego: no Graphviz context");
  Agraph_t* g = agopen(const_cast<char*>("ego"), Agundirected, nullptr);
  Set(g, "overlap", "false");
  Set(g, "splines", "true");
  Set(g, "outputorder", "edgesfirst");
  Set(g, "fontname", "DejaVu Sans");
  Set(g, "label", GraphvizText(title));
  Set(g, "labelloc", "t");
  Set(g, "fontsize", "16");
  std::vector<Agnode_t*> nodes(ego.actors.size(), nullptr);
  for (size_t i = 0; i < ego.actors.size(); ++i) {
    if (!keep[i]) continue;
    const Actor& a = graph.actor(ego.actors[i]);
    const std::string id = absl::StrCat("a", ego.actors[i].value);
    Agnode_t* n = agnode(g, const_cast<char*>(id.c_str()), 1);
    nodes[i] = n;
    std::string label = GraphvizText(internal::Shorten(a.name, 40));
    const std::string role = RoleLine(graph, ego.actors[i], day);
    if (!role.empty())
      absl::StrAppend(&label, "\\n", GraphvizText(internal::Shorten(role, 48)));
    Set(n, "label", label);
    Set(n, "fontname", "DejaVu Sans");
    Set(n, "fontsize", i == 0 ? "14" : "10");
    Set(n, "shape",
        a.kind == ActorKind::kState    ? "box"
        : a.kind == ActorKind::kPerson ? "ellipse"
                                       : "box");
    Set(n, "style",
        a.kind == ActorKind::kState || a.kind == ActorKind::kPerson
            ? "filled"
            : "rounded,filled");
    Set(n, "fillcolor",
        i == 0                 ? "#ffe082"
        : ego.distance[i] == 1 ? "#e3f2fd"
                               : "#f5f5f5");
    Set(n, "tooltip",
        GraphvizText(absl::StrCat(
            a.name, " (", ActorKindName(a.kind), "), ", ego.distance[i], " hop",
            ego.distance[i] == 1 ? "" : "s", " from the centre")));
  }
  // Pairs in a fixed order, for the same picture every time.
  std::vector<std::pair<uint64_t, const Pair*>> sorted;
  sorted.reserve(pairs.size());
  for (const auto& [key, p] : pairs) sorted.emplace_back(key, &p);
  std::sort(sorted.begin(), sorted.end());
  for (const auto& [key, p] : sorted) {
    const size_t x = key >> 32, y = key & 0xFFFFFFFF;
    if (!keep[x] || !keep[y]) continue;
    Agedge_t* e = agedge(g, nodes[x], nodes[y], nullptr, 1);
    Polarity balance = Polarity::kNeutral;
    if (p->cooperative > p->conflictual) balance = Polarity::kCooperative;
    if (p->conflictual > p->cooperative) balance = Polarity::kConflictual;
    Set(e, "color", std::string(internal::PolarityColor(balance)));
    const double width =
        p->statements == 0 ? 1.0 : 1.0 + std::log2(1.0 + p->statements);
    Set(e, "penwidth", absl::StrCat(width));
    if (p->statements == 0) Set(e, "style", "dashed");
    std::vector<std::string> labels;
    for (RelationshipId r : p->relationships) {
      if (labels.size() == 3) break;
      labels.push_back(graph.relationship(r).label);
    }
    if (!labels.empty()) {
      Set(e, "label",
          GraphvizText(internal::Shorten(absl::StrJoin(labels, "; "), 60)));
      Set(e, "fontsize", "9");
      Set(e, "fontname", "DejaVu Sans");
    }
    Set(e, "tooltip",
        GraphvizText(absl::StrCat(
            graph.actor(ego.actors[x]).name, " – ",
            graph.actor(ego.actors[y]).name, ": ", p->statements,
            " statements (", p->cooperative, " cooperative, ", p->conflictual,
            " conflictual)",
            labels.empty() ? ""
                           : absl::StrCat("; ", absl::StrJoin(labels, "; ")))));
  }

  std::string svg;
  absl::Status status;
  if (gvLayout(gvc, g, const_cast<char*>(options.layout.c_str())) != 0) {
    status = absl::InternalError(absl::StrCat("draw ego: Graphviz layout \"",
                                              options.layout, "\" failed"));
  } else {
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(gvc, g, const_cast<char*>("svg"), &data, &length) != 0 ||
        data == nullptr) {
      status = absl::InternalError("draw ego: Graphviz could not render SVG");
    } else {
      svg.assign(data, length);
    }
    gvFreeRenderData(data);
    gvFreeLayout(gvc, g);
  }
  agclose(g);
  if (!status.ok()) return status;
  return svg;
}

}  // namespace diplograph
