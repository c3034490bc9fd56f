// AddExtraction: an Extraction into a graph, all or nothing.

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "diplograph/graph.h"
#include "diplograph/statement.h"
#include "diplograph/text.h"
#include "util/status_macros.h"

namespace diplograph {
namespace {

absl::Status Named(const absl::Status& s, absl::string_view what, size_t i) {
  if (s.ok()) return s;
  return absl::Status(s.code(), absl::StrCat(what, "[", i, "]: ", s.message()));
}

// The graph's actor for an extracted one, or an invalid id.
ActorId Match(const Graph& graph, const ExtractedActor& a) {
  if (a.known.valid() && graph.Contains(a.known) &&
      graph.actor(a.known).name == a.name) {
    return a.known;
  }
  if (!a.iso3.empty()) {
    absl::StatusOr<ActorId> id = graph.FindActorByIso3(a.iso3);
    if (id.ok()) return *id;
  }
  absl::StatusOr<ActorId> id = graph.FindActor(a.name);
  // A place is not the actor of another kind that has its name as an
  // alias: "Vientiane" the city (a venue) is not Laos, which "Vientiane
  // said" gave that alias. It is the actor of that name in other capitals
  // ("BOTSWANA" in a heading is Botswana: the graph takes no second actor
  // of one name).
  if (id.ok() && a.kind == ActorKind::kPlace &&
      graph.actor(*id).kind != ActorKind::kPlace &&
      !absl::EqualsIgnoreCase(graph.actor(*id).name, a.name)) {
    return ActorId();
  }
  if (id.ok()) return *id;
  return ActorId();
}

}  // namespace

absl::Status AddExtraction(Graph& graph, const Extraction& x,
                           const AddExtractionOptions& options,
                           AddExtractionReport* report) {
  AddExtractionReport r;
  const float min = options.min_confidence;
  absl::Status status = graph.Update([&](Graph& g) -> absl::Status {
    r = AddExtractionReport();
    // Source.
    if (options.add_source &&
        !(x.info.title.empty() && x.info.locator.empty())) {
      Source src;
      src.title = x.info.title;
      src.locator = x.info.locator;
      src.date = x.document_date;
      if (!x.info.outlet.empty()) {
        absl::StatusOr<ActorId> outlet = g.FindActor(x.info.outlet);
        if (outlet.ok()) src.outlet = *outlet;
      }
      absl::StatusOr<SourceId> id = g.AddSource(src);
      if (!id.ok()) return Named(id.status(), "source", 0);
      r.source = *id;
    }
    // Actors that are needed: every speaker, target, relay, relationship
    // end, participant and affiliation organisation of a kept record, and
    // every actor the document names with enough confidence.
    r.actors.assign(x.actors.size(), ActorId());
    for (size_t i = 0; i < x.actors.size(); ++i) {
      const ExtractedActor& a = x.actors[i];
      if (a.confidence < min) continue;
      ActorId id = Match(g, a);
      if (id.valid()) {
        ++r.actors_matched;
        for (const std::string& alias : a.aliases) {
          DIPLOGRAPH_RETURN_IF_ERROR(Named(g.AddAlias(id, alias), "actors", i));
        }
      } else {
        Actor actor;
        actor.name = a.name;
        actor.kind = a.kind;
        actor.aliases = a.aliases;
        actor.cameo_code = a.cameo_code;
        if (!a.iso3.empty() && !g.FindActorByIso3(a.iso3).ok()) {
          actor.iso3 = a.iso3;
        }
        absl::StatusOr<ActorId> added = g.AddActor(actor);
        if (!added.ok()) return Named(added.status(), "actors", i);
        id = *added;
        ++r.actors_added;
      }
      r.actors[i] = id;
    }
    for (size_t i = 0; i < x.actors.size(); ++i) {
      if (!r.actors[i].valid()) continue;
      for (const ExtractedAffiliation& af : x.actors[i].affiliations) {
        if (af.confidence < min || af.organization < 0 ||
            !r.actors[af.organization].valid() ||
            r.actors[af.organization] == r.actors[i]) {
          continue;
        }
        Affiliation aff{.organization = r.actors[af.organization],
                        .role = af.role,
                        .valid = af.valid};
        const Actor& have = g.actor(r.actors[i]);
        if (std::find(have.affiliations.begin(), have.affiliations.end(),
                      aff) != have.affiliations.end()) {
          continue;
        }
        DIPLOGRAPH_RETURN_IF_ERROR(
            Named(g.AddAffiliation(r.actors[i], aff), "actors", i));
        ++r.affiliations_added;
      }
    }
    auto actor = [&](int index) {
      return index >= 0 && static_cast<size_t>(index) < r.actors.size()
                 ? r.actors[index]
                 : ActorId();
    };
    // Statements.
    r.statements.assign(x.statements.size(), StatementId());
    for (size_t i = 0; i < x.statements.size(); ++i) {
      const ExtractedStatement& e = x.statements[i];
      if (e.confidence < min || !actor(e.speaker).valid()) continue;
      Statement s;
      s.speaker = actor(e.speaker);
      s.date = e.date;
      s.channel = e.channel;
      s.source = r.source;
      if (r.source.valid())
        s.span = TextSpan{e.text_span.begin, e.text_span.end};
      for (const ExtractedReport& rep : e.reported_by) {
        const ActorId outlet = actor(rep.outlet);
        if (!outlet.valid() || outlet == s.speaker) continue;
        bool dup = false;
        for (const Report& have : s.reported_by) dup |= have.outlet == outlet;
        if (!dup) s.reported_by.push_back({outlet, rep.kind});
      }
      s.text = e.text;
      s.quote = e.quote;
      for (int a : e.about) {
        const ActorId id = actor(a);
        if (id.valid() &&
            std::find(s.about.begin(), s.about.end(), id) == s.about.end()) {
          s.about.push_back(id);
        }
      }
      for (const std::string& t : e.topics) {
        if (!t.empty() &&
            std::find(s.topics.begin(), s.topics.end(), t) == s.topics.end()) {
          s.topics.push_back(t);
        }
      }
      s.event_type = e.event_type;
      for (const ExtractedTarget& t : e.targets) {
        const ActorId id = actor(t.actor);
        if (!id.valid()) continue;
        bool dup = false;
        for (const Stance& have : s.stances) dup |= have.target == id;
        if (!dup) s.stances.push_back({id, t.stance});
      }
      for (const ExtractedLink& l : e.links) {
        if (l.statement < 0 || static_cast<size_t>(l.statement) >= i ||
            !r.statements[l.statement].valid()) {
          continue;
        }
        s.links.push_back({r.statements[l.statement], l.kind, l.stance});
      }
      if (e.same_utterance >= 0 && static_cast<size_t>(e.same_utterance) < i &&
          r.statements[e.same_utterance].valid()) {
        const StatementId lede = r.statements[e.same_utterance];
        bool dup = false;
        for (const StatementLink& have : s.links) {
          dup |= have.statement == lede &&
                 have.kind == StatementLinkKind::kSameUtterance;
        }
        if (!dup) {
          s.links.push_back(
              {lede, StatementLinkKind::kSameUtterance, Polarity::kNeutral});
        }
      }
      for (int c : e.co_speakers) {
        const ActorId id = actor(c);
        if (id.valid() && id != s.speaker &&
            std::find(s.co_speakers.begin(), s.co_speakers.end(), id) ==
                s.co_speakers.end()) {
          s.co_speakers.push_back(id);
        }
      }
      // The same statement from another document: one more mention.
      if (std::optional<StatementId> same = g.FindSameStatement(s)) {
        r.statements[i] = *same;
        ++r.statements_merged;
        if (r.source.valid()) {
          StatementMention mention{
              .source = r.source, .span = s.span, .reported_by = s.reported_by};
          absl::Status added = g.AddStatementMention(*same, mention);
          if (!added.ok() && added.code() != absl::StatusCode::kAlreadyExists) {
            return Named(added, "statements", i);
          }
        }
        continue;
      }
      absl::StatusOr<StatementId> id = g.AddStatement(s);
      if (!id.ok()) return Named(id.status(), "statements", i);
      r.statements[i] = *id;
      ++r.statements_added;
    }
    // Relationships.
    if (options.add_relationships) {
      for (size_t i = 0; i < x.relationships.size(); ++i) {
        const ExtractedRelationship& e = x.relationships[i];
        const ActorId from = actor(e.from), to = actor(e.to);
        if (e.confidence < min || !from.valid() || !to.valid() || from == to) {
          continue;
        }
        Evidence ev;
        ev.role = e.role;
        if (e.statement >= 0 &&
            static_cast<size_t>(e.statement) < r.statements.size() &&
            r.statements[e.statement].valid()) {
          ev.statement = r.statements[e.statement];
        } else {
          ev.source = r.source;
        }
        if (!ev.statement.valid() && !ev.source.valid()) continue;
        Relationship rel;
        rel.from = from;
        rel.to = to;
        rel.label = e.label;
        // The graph's keys are lower-case words separated by spaces.
        rel.key = e.key;
        std::replace(rel.key.begin(), rel.key.end(), '_', ' ');
        if (!e.canonical_label.empty() && e.canonical_label != e.label) {
          rel.label_variants.push_back(e.canonical_label);
        }
        rel.directed = e.directed;
        rel.polarity = e.polarity;
        rel.evidence = {ev};
        absl::StatusOr<RelationshipId> id = g.AddRelationship(rel);
        if (id.ok()) {
          ++r.relationships_added;
          continue;
        }
        if (id.status().code() != absl::StatusCode::kAlreadyExists) {
          return Named(id.status(), "relationships", i);
        }
        // The graph has it: add the evidence.
        const std::string key =
            rel.key.empty() ? absl::AsciiStrToLower(rel.label) : rel.key;
        for (RelationshipId have : g.RelationshipsOf(from)) {
          const Relationship& h = g.relationship(have);
          const bool ends = (h.from == from && h.to == to) ||
                            (!h.directed && h.from == to && h.to == from);
          if (!ends || h.directed != rel.directed) continue;
          if (!rel.key.empty() && h.key != rel.key) continue;
          if (rel.key.empty() && absl::AsciiStrToLower(h.label) != key) {
            continue;
          }
          if (std::find(h.evidence.begin(), h.evidence.end(), ev) !=
              h.evidence.end()) {
            break;
          }
          DIPLOGRAPH_RETURN_IF_ERROR(
              Named(g.AddEvidence(have, ev), "relationships", i));
          ++r.evidence_added;
          break;
        }
      }
    }
    // Events.
    if (options.add_events) {
      for (size_t i = 0; i < x.events.size(); ++i) {
        const ExtractedEvent& e = x.events[i];
        if (e.confidence < min || e.label.empty()) continue;
        Event ev;
        ev.label = e.label;
        ev.date = e.date;
        ev.source = r.source;
        for (int p : e.participants) {
          const ActorId id = actor(p);
          if (id.valid() &&
              std::find(ev.participants.begin(), ev.participants.end(), id) ==
                  ev.participants.end()) {
            ev.participants.push_back(id);
          }
        }
        absl::StatusOr<EventId> id = g.AddEvent(ev);
        if (!id.ok()) return Named(id.status(), "events", i);
        ++r.events_added;
      }
    }
    return absl::OkStatus();
  });
  if (!status.ok()) return status;
  if (report != nullptr) *report = std::move(r);
  return absl::OkStatus();
}

}  // namespace diplograph
