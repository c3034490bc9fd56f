// DumpGraph: a complete, deterministic text rendering of everything a
// Graph's public API shows — records, per-actor lists, links, name and code
// lookups — so that a test can check that a failed add or a rolled-back
// Update() left the graph exactly as it was:
//
//   const std::string before = DumpGraph(graph);
//   EXPECT_THAT(graph.AddActor(bad), StatusIs(...));
//   EXPECT_EQ(DumpGraph(graph), before);
//
// `probes` are extra names whose lookups (FindActor, MatchActors,
// FindActorByIso3) are included, for names that a failed step tried to add.

#ifndef DIPLOGRAPH_TESTS_TESTING_GRAPH_DUMP_H_
#define DIPLOGRAPH_TESTS_TESTING_GRAPH_DUMP_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "diplograph/graph.h"

namespace diplograph::testing {

namespace dump_internal {

template <typename Tag>
std::string IdText(Id<Tag> id) {
  return id.valid() ? absl::StrCat(Tag::kName, "#", id.value)
                    : absl::StrCat(Tag::kName, "#-");
}

template <typename T>
std::string IdList(absl::Span<const T> ids) {
  std::vector<std::string> parts;
  for (const T& id : ids) parts.push_back(IdText(id));
  return absl::StrCat("[", absl::StrJoin(parts, ","), "]");
}

inline std::string Lookup(const absl::StatusOr<ActorId>& r) {
  return r.ok()
             ? IdText(*r)
             : absl::StrCat("error(", static_cast<int>(r.status().code()), ")");
}

inline std::string Names(const std::vector<std::string>& v) {
  return absl::StrCat("[", absl::StrJoin(v, "|"), "]");
}

inline void DumpLookups(const Graph& g, absl::string_view name,
                        std::string* out) {
  absl::StrAppend(out, "  lookup '", name, "' -> ", Lookup(g.FindActor(name)),
                  " match ", IdList(absl::MakeConstSpan(g.MatchActors(name))),
                  " iso3 ", Lookup(g.FindActorByIso3(name)), "\n");
}

inline std::string EventTypeText(const EventType& t) {
  return absl::StrCat("{", t.code, "|", t.name, "}");
}

}  // namespace dump_internal

inline std::string DumpGraph(const Graph& g,
                             const std::vector<std::string>& probes = {}) {
  using namespace dump_internal;  // NOLINT
  std::string out = absl::StrCat(
      "actors ", g.actor_count(), " statements ", g.statement_count(),
      " relationships ", g.relationship_count(), " sources ", g.source_count(),
      " events ", g.event_count(), "\n");
  for (uint32_t i = 0; i < g.actor_count(); ++i) {
    const ActorId id(i);
    const Actor& a = g.actor(id);
    absl::StrAppend(&out, IdText(id), " name=", a.name,
                    " kind=", static_cast<int>(a.kind),
                    " aliases=", Names(a.aliases), " iso3=", a.iso3,
                    " cameo=", a.cameo_code, "\n");
    for (const Affiliation& f : a.affiliations) {
      absl::StrAppend(&out, "  affiliation ", IdText(f.organization), " ",
                      f.role, " ", f.valid.ToString(), "\n");
    }
    absl::StrAppend(&out, "  by ", IdList(g.StatementsBy(id)), " about ",
                    IdList(g.StatementsAbout(id)), " rels ",
                    IdList(g.RelationshipsOf(id)), " events ",
                    IdList(g.EventsOf(id)), " members ",
                    IdList(g.MembersOf(id)), "\n");
    DumpLookups(g, a.name, &out);
    for (const std::string& alias : a.aliases) DumpLookups(g, alias, &out);
    if (!a.iso3.empty()) DumpLookups(g, a.iso3, &out);
  }
  for (const std::string& probe : probes) DumpLookups(g, probe, &out);
  for (uint32_t i = 0; i < g.statement_count(); ++i) {
    const StatementId id(i);
    const StatementView v = g.statement(id);
    const Statement s = v.ToStatement();
    absl::StrAppend(&out, IdText(id), " speaker=", IdText(s.speaker),
                    " date=", s.date.ToString(), " channel=", s.channel,
                    " location=", s.location, " source=", IdText(s.source));
    if (s.span.has_value()) {
      absl::StrAppend(&out, " span=", s.span->begin, "-", s.span->end);
    }
    absl::StrAppend(
        &out, " text=", s.text, " quote=", static_cast<int>(s.quote),
        " about=", IdList(absl::MakeConstSpan(s.about)),
        " topics=", Names(s.topics), " type=", EventTypeText(s.event_type));
    for (const Report& r : s.reported_by) {
      absl::StrAppend(&out, " report(", IdText(r.outlet), ",",
                      static_cast<int>(r.kind), ")");
    }
    for (const Stance& st : s.stances) {
      absl::StrAppend(&out, " stance(", IdText(st.target), ",",
                      static_cast<int>(st.polarity), ")");
    }
    for (const StatementLink& l : s.links) {
      absl::StrAppend(&out, " link(", IdText(l.statement), ",",
                      static_cast<int>(l.kind), ",", static_cast<int>(l.stance),
                      ")");
    }
    absl::StrAppend(&out, " linked_from ", IdList(g.LinksTo(id)), "\n");
  }
  for (uint32_t i = 0; i < g.relationship_count(); ++i) {
    const Relationship& r = g.relationship(RelationshipId(i));
    absl::StrAppend(&out, IdText(RelationshipId(i)), " ", IdText(r.from),
                    r.directed ? "->" : "<->", IdText(r.to), " label=", r.label,
                    " key=", r.key, " variants=", Names(r.label_variants),
                    " polarity=", static_cast<int>(r.polarity),
                    " valid=", r.valid.ToString());
    for (const Evidence& e : r.evidence) {
      absl::StrAppend(&out, " evidence(", IdText(e.statement), ",",
                      IdText(e.source), ",", static_cast<int>(e.role), ")");
    }
    absl::StrAppend(&out, "\n");
  }
  for (uint32_t i = 0; i < g.source_count(); ++i) {
    const Source& s = g.source(SourceId(i));
    absl::StrAppend(&out, IdText(SourceId(i)), " title=", s.title,
                    " outlet=", IdText(s.outlet), " date=", s.date.ToString(),
                    " locator=", s.locator, "\n");
  }
  for (uint32_t i = 0; i < g.event_count(); ++i) {
    const Event& e = g.event(EventId(i));
    absl::StrAppend(&out, IdText(EventId(i)), " label=", e.label,
                    " date=", e.date.ToString(), " participants=",
                    IdList(absl::MakeConstSpan(e.participants)),
                    " type=", EventTypeText(e.event_type),
                    " source=", IdText(e.source), "\n");
  }
  return out;
}

}  // namespace diplograph::testing

#endif  // DIPLOGRAPH_TESTS_TESTING_GRAPH_DUMP_H_
