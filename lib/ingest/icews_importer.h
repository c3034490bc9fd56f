// The parts the two ICEWS layouts share (see icews.h): splitting rows,
// dates, "Sector (Country)" names, and the Importer, which finds or creates
// actors, caches event types, handles bad rows in strict and lenient mode
// and reports progress. One row reader per layout uses it:
// icews_quadruples.cc and icews_events.cc.
//
// Thread safety: one import, one thread (the Importer and the graph are
// used from the importing thread only; worker threads of the parallel
// reader see neither).

#ifndef DIPLOGRAPH_LIB_INGEST_ICEWS_IMPORTER_H_
#define DIPLOGRAPH_LIB_INGEST_ICEWS_IMPORTER_H_

#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/container/node_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "diplograph/cameo.h"
#include "diplograph/countries.h"
#include "diplograph/graph.h"
#include "diplograph/icews.h"
#include "model/names.h"
#include "util/line_reader.h"
#include "util/status_macros.h"

namespace diplograph::internal {

// Splits `line` at tabs into `out` (views into `line`).
void SplitTabs(absl::string_view line, std::vector<absl::string_view>* out);

// Parses exactly "YYYY-MM-DD" on the calendar; InvalidArgument naming
// `field` otherwise.
absl::StatusOr<Date> ParseDay(absl::string_view field, absl::string_view text);

// Splits a quadruple row (subject, relation, object, date: see icews.h) at
// tabs into `fields` and parses its date. InvalidArgument when there are not
// exactly 4 fields or the date is not a valid "YYYY-MM-DD".
absl::StatusOr<Date> SplitQuadruple(absl::string_view line,
                                    std::vector<absl::string_view>* fields);

// "Sector (Country)" -> {"Sector", "Country"}, the country being what the
// last parentheses hold; nullopt for other names (see icews.h).
std::optional<std::pair<absl::string_view, absl::string_view>> SplitSector(
    absl::string_view name);

// Whether CountryByName(name) finds a country, without building its error
// message or copying the country: most names an import meets are not
// countries. O(|name|) expected.
bool IsCountryName(absl::string_view name);

// Everything an import shares between the two layouts.
class Importer {
 public:
  Importer(Graph& graph, absl::string_view name,
           const IcewsImportOptions& options, IcewsImportReport& report)
      : graph_(graph),
        name_(name),
        options_(options),
        report_(report),
        first_new_actor_(static_cast<uint32_t>(graph.actor_count())) {}

  IcewsImportReport& report() { return report_; }

  // Handles a bad row: in strict mode as Fatal(); in lenient mode lists it
  // in the report, counts the row as skipped and returns OK.
  absl::Status Bad(uint64_t line, const absl::Status& reason) {
    if (options_.mode == ImportMode::kStrict) return Fatal(line, reason);
    report_.AddProblem(ToProblem(line, reason), options_.max_problems);
    ++report_.records_skipped;
    return absl::OkStatus();
  }

  // Lists a problem that ends the import and returns its error,
  // "<name>:<line>: <reason>".
  absl::Status Fatal(uint64_t line, const absl::Status& reason) {
    ImportProblem problem = ToProblem(line, reason);
    absl::Status error(reason.code(), problem.ToString());
    report_.AddProblem(std::move(problem), options_.max_problems);
    return error;
  }

  ImportProblem ToProblem(uint64_t line, const absl::Status& reason) const {
    ImportProblem problem;
    problem.file = name_;
    problem.line = line;
    problem.code = reason.code();
    // Reasons start with the field ("date: ..."), which is the problem's
    // path; the others (a wrong number of fields) concern the whole row.
    const absl::string_view text = reason.message();
    const size_t colon = text.find(": ");
    const absl::string_view field = text.substr(0, colon);
    if (colon != absl::string_view::npos && colon > 0 && colon <= 40 &&
        field.find('"') == absl::string_view::npos) {
      problem.path = std::string(field);
      problem.message = std::string(text.substr(colon + 2));
    } else {
      problem.message = std::string(text);
    }
    return problem;
  }

  // Ends the rows of an import: a read error of `reader` fails it (at the
  // line after the last one read), else the final progress is reported.
  absl::Status Finish(const LineReader& reader) {
    if (!reader.status().ok()) {
      return Fatal(reader.line_number() + 1, reader.status());
    }
    Progress(reader, true);
    return absl::OkStatus();
  }

  void Progress(const LineReader& reader, bool final) {
    Progress(reader.bytes(), final);
  }

  // Progress after `bytes` input bytes.
  void Progress(uint64_t bytes, bool final) {
    report_.bytes_read = bytes;
    if (!options_.progress) return;
    if (final ||
        (options_.progress_every_records > 0 &&
         report_.records_read % options_.progress_every_records == 0)) {
      options_.progress({report_.records_read, bytes});
    }
  }

  // The actor named `name`, looked up once per distinct name: the graph's
  // actor of that name or alias if any, else the registry's country or
  // "Sector (Country)" actor (see countries.h), else a new actor of `kind`
  // ("X (Country)" made an organization "part of" its country).
  absl::StatusOr<ActorId> Actor(absl::string_view field, absl::string_view name,
                                ActorKind kind) {
    auto it = actors_.find(name);
    if (it != actors_.end()) return it->second;
    DIPLOGRAPH_RETURN_IF_ERROR(CheckName(field, name));
    // Most names are new: MatchActors tells so without FindActor's error
    // message.
    absl::StatusOr<ActorId> found =
        graph_.MatchActors(name).empty()
            ? absl::StatusOr<ActorId>(absl::NotFoundError(""))
            : graph_.FindActor(name);
    if (found.ok()) {
      actors_.emplace(std::string(name), *found);
      return *found;
    }
    if (found.status().code() != absl::StatusCode::kNotFound) {
      return InField(field, found.status());
    }
    // A fuller form of a person the graph knew before this import
    // ("Dmitry Anatolyevich Medvedev" for the dictionaries' "Dmitry
    // Medvedev"): that person, with the form as an alias.
    if (ActorId person = KnownPersonByGivenAndFamilyName(name);
        person.valid()) {
      DIPLOGRAPH_RETURN_IF_ERROR(graph_.AddAlias(person, name));
      ++report_.names_joined;
      actors_.emplace(std::string(name), person);
      return person;
    }
    // A country or a sector of one that the registry knows, shared with the
    // other importers; for another "X (Country)" of a known country, that
    // country's actor.
    // (Checked first by name and country part alone, so that a name the
    // table cannot know -- most of them -- costs a lookup or two.)
    auto sector = SplitSector(name);
    ActorId country;
    int registry_added = 0;
    if (IsCountryName(name) ||
        (sector.has_value() && IsCountryName(sector->second))) {
      found = GetOrAddRegistryActor(graph_, name, &country, &registry_added);
      report_.actors_added += static_cast<uint64_t>(registry_added);
    }
    if (found.ok()) {
      // A sector actor created here comes with its "part of" affiliation.
      if (registry_added > 0) {
        report_.affiliations_added += graph_.actor(*found).affiliations.size();
      }
      actors_.emplace(std::string(name), *found);
      return *found;
    }
    if (found.status().code() != absl::StatusCode::kNotFound) {
      return InField(field, found.status());
    }
    if (!country.valid()) {
      if (sector.has_value()) {
        DIPLOGRAPH_ASSIGN_OR_RETURN(
            country, Actor(absl::StrCat(field, " (country)"), sector->second,
                           ActorKind::kState));
      }
    }
    if (country.valid()) kind = ActorKind::kOrganization;
    diplograph::Actor a;
    a.name = std::string(name);
    a.kind = kind;
    absl::StatusOr<ActorId> added = graph_.AddActor(a);
    if (!added.ok()) return InField(field, added.status());
    ++report_.actors_added;
    actors_.emplace(std::string(name), *added);
    if (country.valid()) {
      DIPLOGRAPH_RETURN_IF_ERROR(Affiliate(*added, country, "part of"));
    }
    return *added;
  }

  // For a name of three to five words, letters only, whose first and last
  // words name exactly one person of the graph who was there before this
  // import began ("Dmitry Anatolyevich Medvedev" -> "Dmitry Medvedev"):
  // that person; else an invalid id. Actors created by this import never
  // match, so an import on its own keeps every name of its file apart.
  ActorId KnownPersonByGivenAndFamilyName(absl::string_view name) const {
    if (first_new_actor_ == 0) return ActorId();
    std::vector<absl::string_view> words =
        absl::StrSplit(name, ' ', absl::SkipEmpty());
    if (words.size() < 3 || words.size() > 5) return ActorId();
    for (absl::string_view w : words) {
      for (const char c : w) {
        const auto u = static_cast<unsigned char>(c);
        if (!(absl::ascii_isalpha(u) || u >= 0x80 || c == '-' || c == '\'')) {
          return ActorId();
        }
      }
    }
    absl::StatusOr<ActorId> found =
        graph_.FindActor(absl::StrCat(words.front(), " ", words.back()));
    if (!found.ok() || found->value >= first_new_actor_ ||
        graph_.actor(*found).kind != ActorKind::kPerson) {
      return ActorId();
    }
    return *found;
  }

  // `error` with its message prefixed by "<field>: ".
  static absl::Status InField(absl::string_view field,
                              const absl::Status& error) {
    return absl::Status(error.code(),
                        absl::StrCat(field, ": ", error.message()));
  }

  // Adds member -> organization with `role` unless the member has it.
  absl::Status Affiliate(ActorId member, ActorId organization,
                         absl::string_view role) {
    if (member == organization) return absl::OkStatus();
    for (const Affiliation& f : graph_.actor(member).affiliations) {
      if (f.organization == organization && f.role == role &&
          f.valid == Interval()) {
        return absl::OkStatus();
      }
    }
    Affiliation f;
    f.organization = organization;
    f.role = std::string(role);
    DIPLOGRAPH_RETURN_IF_ERROR(graph_.AddAffiliation(member, f));
    ++report_.affiliations_added;
    return absl::OkStatus();
  }

  // The event type of a relation name (cached), counting uncoded ones.
  const EventType& TypeOfName(absl::string_view relation, bool* coded) {
    auto it = types_.find(relation);
    if (it == types_.end()) {
      EventType t;
      absl::StatusOr<CameoCode> c = LookupCameoName(relation);
      if (c.ok()) {
        t = c->ToEventType();
      } else {
        t.name = std::string(relation);
        report_.uncoded_event_types.push_back(t.name);
      }
      it = types_.emplace(std::string(relation), std::move(t)).first;
    }
    *coded = !it->second.code.empty();
    return it->second;
  }

  // The actor already imported under exactly this name, or an invalid id.
  ActorId Cached(absl::string_view name) const {
    auto it = actors_.find(name);
    return it == actors_.end() ? ActorId() : it->second;
  }

  // The event type already seen for this relation name, or null. The
  // pointer stays valid (node-based map) for the whole import.
  const EventType* CachedType(absl::string_view relation) const {
    auto it = types_.find(relation);
    return it == types_.end() ? nullptr : &it->second;
  }

  // Checks a name that will be looked up or created, cheaply for known
  // names.
  absl::Status CheckActorName(absl::string_view field, absl::string_view name) {
    if (actors_.contains(name)) return absl::OkStatus();
    return CheckName(field, name);
  }

  // True (and counts it) if a row with this hash was seen before.
  bool SeenRow(uint64_t hash) { return !rows_seen_.insert(hash).second; }

  Graph& graph() { return graph_; }
  const IcewsImportOptions& options() const { return options_; }

  // The input's size in bytes when known (a file), else 0: a hint for
  // Graph::Reserve.
  uint64_t size_hint() const { return size_hint_; }
  void set_size_hint(uint64_t bytes) { size_hint_ = bytes; }

 private:
  Graph& graph_;
  std::string name_;
  const IcewsImportOptions& options_;
  IcewsImportReport& report_;
  absl::flat_hash_map<std::string, ActorId> actors_;
  absl::node_hash_map<std::string, EventType> types_;  // stable addresses
  absl::flat_hash_set<uint64_t> rows_seen_;
  // Actors with ids below this were in the graph before the import.
  uint32_t first_new_actor_;
  uint64_t size_hint_ = 0;
};

// The row readers of the two layouts: read `in` to its end, adding rows
// through `im`. Errors: those of Importer::Bad and Fatal.
absl::Status ImportQuadRows(Importer& im, std::istream& in);
// The quadruple layout on `threads` (>= 1) worker threads besides the
// calling one, with the same result, ids, report and errors as
// ImportQuadRows (icews_parallel.cc). Sets the graph's index threads
// (StatementAppender::SetIndexThreads) to `threads` for the enclosing
// Update(); the caller sets them back to 1 after it.
absl::Status ImportQuadRowsParallel(Importer& im, std::istream& in,
                                    int threads);
absl::Status ImportFullRows(Importer& im, std::istream& in);

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_INGEST_ICEWS_IMPORTER_H_
