// Importing an actor dictionary into a graph: one actor per entry, the
// shared country and sector actors of countries.h, dated affiliations from
// dated codes.

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "diplograph/countries.h"
#include "diplograph/dictionary.h"
#include "ingest/dictionary_internal.h"
#include "model/date_keys.h"
#include "util/status_macros.h"

namespace diplograph {
namespace {

// Days as numbers, for set arithmetic on code periods. Open ends are the
// extremes.
constexpr int64_t kMinDay = std::numeric_limits<int64_t>::min() / 4;
constexpr int64_t kMaxDay = std::numeric_limits<int64_t>::max() / 4;
const absl::CivilDay kEpoch(2000, 1, 1);

struct Span {
  int64_t lo, hi;  // inclusive
};

Span ToSpan(const Interval& i) {
  return {i.begin().is_known()
              ? internal::CivilDayOf(i.begin().FirstDay()) - kEpoch
              : kMinDay,
          i.end().is_known() ? internal::CivilDayOf(i.end().LastDay()) - kEpoch
                             : kMaxDay};
}

// nullopt for a span that reaches outside years 1 ... 9999.
std::optional<Interval> ToInterval(const Span& s) {
  auto date = [](int64_t n, int64_t open) -> std::optional<Date> {
    if (n == open) return Date();
    const absl::CivilDay d = kEpoch + n;
    if (d.year() < 1 || d.year() > 9999) return std::nullopt;
    return internal::DateOfCivilDay(d);
  };
  std::optional<Date> b = date(s.lo, kMinDay);
  std::optional<Date> e = date(s.hi, kMaxDay);
  if (!b || !e) return std::nullopt;
  absl::StatusOr<Interval> i = Interval::Make(*b, *e);
  if (!i.ok()) return std::nullopt;
  return *i;
}

// `from` less every span of `minus`, as disjoint spans in day order.
std::vector<Span> Subtract(const Span& from, std::vector<Span> minus) {
  std::sort(minus.begin(), minus.end(),
            [](const Span& a, const Span& b) { return a.lo < b.lo; });
  std::vector<Span> out;
  int64_t lo = from.lo;
  for (const Span& m : minus) {
    if (m.hi < lo) continue;
    if (m.lo > from.hi) break;
    if (m.lo > lo) out.push_back({lo, m.lo - 1});
    if (m.hi >= from.hi) return out;
    lo = m.hi + 1;
  }
  out.push_back({lo, from.hi});
  return out;
}

// The sector blocks whose members are groups rather than organizations.
bool IsGroupSector(absl::string_view s) {
  return s == "REB" || s == "OPP" || s == "PTY" || s == "RAD" || s == "INS" ||
         s == "SEP" || s == "UAF" || s == "IMG" || s == "NGM";
}

class Importer {
 public:
  Importer(const Dictionary& dict, Graph& graph,
           const DictionaryOptions& options, DictionaryImportReport& report)
      : dict_(dict), graph_(graph), options_(options), report_(report) {}

  absl::Status Run() {
    const std::vector<DictionaryEntry>& entries = dict_.entries;
    for (size_t i = 0; i < entries.size(); ++i) {
      const size_t last = options_.join_uncoded_entries ? JoinedUpTo(i) : i;
      report_.records_read += last - i + 1;
      if (last == i) {
        DIPLOGRAPH_RETURN_IF_ERROR(Unit(entries[i]));
        continue;
      }
      // Entries without codes, each on the line after the one before, up
      // to an entry with codes: one actor, named by the first.
      DictionaryEntry joined = entries[i];
      joined.codes = entries[last].codes;
      for (size_t k = i + 1; k <= last; ++k) {
        for (DictionaryPhrase p : entries[k].phrases) {
          p.origin = PhraseOrigin::kSynonym;
          joined.phrases.push_back(std::move(p));
        }
        if (joined.problem.empty()) joined.problem = entries[k].problem;
      }
      report_.entries_joined += last - i;
      DIPLOGRAPH_RETURN_IF_ERROR(Unit(joined));
      i = last;
    }
    return absl::OkStatus();
  }

 private:
  static uint64_t LastLine(const DictionaryEntry& e) {
    uint64_t line = e.line;
    for (const DictionaryPhrase& p : e.phrases) line = std::max(line, p.line);
    for (const DictionaryCode& c : e.codes) line = std::max(line, c.line);
    return line;
  }

  // The last entry of the run that starts at `i`: `i` itself unless `i`
  // has no codes and is followed line by line by entries without codes and
  // then one with codes.
  size_t JoinedUpTo(size_t i) const {
    const std::vector<DictionaryEntry>& entries = dict_.entries;
    size_t j = i;
    while (entries[j].codes.empty() && j + 1 < entries.size() &&
           entries[j + 1].line == LastLine(entries[j]) + 1) {
      ++j;
    }
    return entries[j].codes.empty() ? i : j;
  }

  // Imports one entry (or joined run), or reports it.
  absl::Status Unit(const DictionaryEntry& entry) {
    if (!entry.ok()) {
      const DictionaryCode* bad = nullptr;
      for (const DictionaryCode& c : entry.codes) {
        if (!c.problem.empty()) {
          bad = &c;
          break;
        }
      }
      ImportProblem p{
          dict_.name, bad ? bad->line : entry.line, bad ? bad->column : 0u,
          bad ? "code" : "entry",
          bad ? absl::StrCat(bad->text, ": ", bad->problem) : entry.problem};
      DIPLOGRAPH_RETURN_IF_ERROR(Problem(std::move(p)));
      ++report_.records_skipped;
      return absl::OkStatus();
    }
    if (options_.mode == ImportMode::kStrict) return Entry(entry);
    // Lenient: an entry the graph refuses is undone whole and reported.
    const Counts before = Save();
    absl::Status s = graph_.Update([&](Graph&) { return Entry(entry); });
    if (!s.ok()) {
      Restore(before);
      countries_.clear();  // may name actors just undone
      sectors_.clear();
      ++report_.records_skipped;
      DIPLOGRAPH_RETURN_IF_ERROR(Problem(
          {dict_.name, entry.line, 0, "entry", std::string(s.message())}));
    }
    return absl::OkStatus();
  }

  struct Counts {
    uint64_t actors_added, actors_merged, affiliations_added, aliases_added,
        sector_actors_added, country_entries, sources;
  };
  Counts Save() const {
    return {report_.actors_added,        report_.actors_merged,
            report_.affiliations_added,  report_.aliases_added,
            report_.sector_actors_added, report_.country_entries,
            report_.sources.size()};
  }
  void Restore(const Counts& c) {
    report_.actors_added = c.actors_added;
    report_.actors_merged = c.actors_merged;
    report_.affiliations_added = c.affiliations_added;
    report_.aliases_added = c.aliases_added;
    report_.sector_actors_added = c.sector_actors_added;
    report_.country_entries = c.country_entries;
    report_.sources.resize(c.sources);
  }

  absl::Status Problem(ImportProblem p) {
    return report_.RejectRecord(std::move(p), options_.mode,
                                options_.max_problems);
  }

  // Adds located context to a graph error.
  absl::Status Located(const DictionaryEntry& e, const absl::Status& s) {
    return absl::Status(
        s.code(), absl::StrCat(dict_.name, ":", e.line, ": ", s.message()));
  }

  absl::StatusOr<ActorId> Country(const diplograph::Country& c) {
    auto it = countries_.find(c.iso3);
    if (it != countries_.end()) return it->second;
    bool added = false;
    DIPLOGRAPH_ASSIGN_OR_RETURN(ActorId id,
                                GetOrAddCountryActor(graph_, c, &added));
    if (added) ++report_.actors_added;
    countries_.emplace(c.iso3, id);
    return id;
  }

  absl::StatusOr<ActorId> SectorActor(const diplograph::Country& c,
                                      const Sector& s) {
    const std::string key = absl::StrCat(c.iso3, s.code);
    auto it = sectors_.find(key);
    if (it != sectors_.end()) return it->second;
    DIPLOGRAPH_RETURN_IF_ERROR(Country(c).status());
    int added = 0;
    DIPLOGRAPH_ASSIGN_OR_RETURN(ActorId id,
                                GetOrAddSectorActor(graph_, c, s, &added));
    if (added > 0) {
      report_.actors_added += static_cast<uint64_t>(added);
      ++report_.sector_actors_added;
      ++report_.affiliations_added;  // "part of" the country
    }
    sectors_.emplace(key, id);
    return id;
  }

  // The periods each usable code holds, by the dictionary's semantics.
  std::vector<std::vector<Span>> Periods(
      const std::vector<const DictionaryCode*>& codes) {
    std::vector<std::vector<Span>> out(codes.size());
    const Span all{kMinDay, kMaxDay};
    if (dict_.petrarch_compatible) {  // the first code that applies wins
      std::vector<Span> before;
      for (size_t i = 0; i < codes.size(); ++i) {
        out[i] = Subtract(ToSpan(*codes[i]->valid), before);
        before.push_back(ToSpan(*codes[i]->valid));
      }
      return out;
    }
    std::vector<Span> dated;
    for (const DictionaryCode* c : codes) {
      if (c->dated()) dated.push_back(ToSpan(*c->valid));
    }
    for (size_t i = 0; i < codes.size(); ++i) {
      out[i] = codes[i]->dated() ? std::vector<Span>{ToSpan(*codes[i]->valid)}
                                 : Subtract(all, dated);
    }
    return out;
  }

  static ActorKind KindOf(const std::vector<const DictionaryCode*>& codes) {
    for (const DictionaryCode* c : codes) {
      if (c->dated()) return ActorKind::kPerson;
    }
    const std::string& code = codes.front()->code;
    absl::string_view first = absl::string_view(code).substr(0, 3);
    absl::string_view second =
        code.size() >= 6 ? absl::string_view(code).substr(3, 3) : "";
    if (first == "IGO") return ActorKind::kInternationalOrganization;
    if (first == "MED" || second == "MED") return ActorKind::kMediaOutlet;
    if (second == "ELI") return ActorKind::kPerson;
    if (IsGroupSector(first) || IsGroupSector(second)) return ActorKind::kGroup;
    return ActorKind::kOrganization;
  }

  // The actor's one CAMEO code: the dated code that ends last, else the
  // first code; empty when it is not in blocks of three.
  static std::string PrincipalCode(
      const std::vector<const DictionaryCode*>& codes) {
    const DictionaryCode* best = nullptr;
    for (const DictionaryCode* c : codes) {
      if (!c->dated()) continue;
      if (best == nullptr || ToSpan(*c->valid).hi >= ToSpan(*best->valid).hi) {
        best = c;
      }
    }
    if (best == nullptr) best = codes.front();
    // The graph's rule for actor codes: blocks of three, at most ten.
    return best->code.size() % 3 == 0 && best->code.size() <= 30 ? best->code
                                                                 : "";
  }

  absl::StatusOr<ActorId> FindByCanonicalName(absl::string_view name) {
    for (ActorId id : graph_.MatchActors(name)) {
      if (absl::EqualsIgnoreCase(graph_.actor(id).name, name)) return id;
    }
    return ActorId();
  }

  absl::Status AddAliases(ActorId id, const DictionaryEntry& e) {
    for (const DictionaryPhrase& p : e.phrases) {
      std::string alias = p.Readable();
      if (alias.empty() || absl::EqualsIgnoreCase(alias, graph_.actor(id).name))
        continue;
      const size_t before = graph_.actor(id).aliases.size();
      DIPLOGRAPH_RETURN_IF_ERROR(graph_.AddAlias(id, alias));
      if (graph_.actor(id).aliases.size() > before) ++report_.aliases_added;
    }
    return absl::OkStatus();
  }

  absl::Status Affiliate(ActorId member, ActorId organization,
                         absl::string_view role, const Interval& valid) {
    if (member == organization) return absl::OkStatus();
    Affiliation f{organization, std::string(role), valid};
    for (const Affiliation& have : graph_.actor(member).affiliations) {
      if (have == f) return absl::OkStatus();
    }
    DIPLOGRAPH_RETURN_IF_ERROR(graph_.AddAffiliation(member, f));
    ++report_.affiliations_added;
    return absl::OkStatus();
  }

  absl::Status Entry(const DictionaryEntry& e) {
    std::vector<const DictionaryCode*> codes;
    bool any = false;
    for (const DictionaryCode& c : e.codes) {
      any = true;
      if (!c.is_null() && c.valid.has_value()) codes.push_back(&c);
    }
    if (codes.empty()) {
      bool null_only = any;
      for (const DictionaryCode& c : e.codes) null_only &= c.is_null();
      ++(null_only ? report_.entries_null_coded
                   : report_.entries_without_codes);
      return absl::OkStatus();
    }
    // An entry whose codes are one bare country code is that country.
    absl::StatusOr<diplograph::Country> country =
        absl::NotFoundError("no country");
    bool country_entry = true;
    for (const DictionaryCode* c : codes) {
      if (c->dated() || c->code.size() != 3 || c->code != codes[0]->code) {
        country_entry = false;
      }
    }
    if (country_entry) country = CountryByCameoCode(codes[0]->code);
    ActorId id;
    if (country.ok()) {
      const uint64_t added_before = report_.actors_added;
      DIPLOGRAPH_ASSIGN_OR_RETURN(id, Country(*country));
      ++report_.country_entries;
      if (report_.actors_added == added_before) ++report_.actors_merged;
    } else {
      const std::string name = e.phrases.front().Readable();
      if (name.empty()) {
        return Problem({dict_.name, e.line, 0, "phrase",
                        "the primary phrase has no words"});
      }
      DIPLOGRAPH_ASSIGN_OR_RETURN(id, FindByCanonicalName(name));
      if (id.valid()) {
        ++report_.actors_merged;
      } else {
        Actor a;
        a.name = name;
        a.kind = KindOf(codes);
        a.cameo_code = PrincipalCode(codes);
        absl::StatusOr<ActorId> added = graph_.AddActor(a);
        if (!added.ok()) return Located(e, added.status());
        id = *added;
        ++report_.actors_added;
      }
    }
    if (absl::Status s = AddAliases(id, e); !s.ok()) return Located(e, s);
    const bool person = graph_.actor(id).kind == ActorKind::kPerson;
    std::vector<std::vector<Span>> periods = Periods(codes);
    for (size_t i = 0; i < codes.size(); ++i) {
      const std::string& code = codes[i]->code;
      if (code.size() < 3) continue;
      absl::StatusOr<diplograph::Country> c =
          CountryByCameoCode(absl::string_view(code).substr(0, 3));
      if (!c.ok()) continue;  // IGO..., NGO..., regions: no country
      ActorId organization;
      std::string role;
      absl::StatusOr<Sector> sector =
          code.size() >= 6 ? SectorByCode(absl::string_view(code).substr(3, 3))
                           : absl::NotFoundError("no sector");
      if (sector.ok() && sector->type == SectorType::kSector) {
        DIPLOGRAPH_ASSIGN_OR_RETURN(organization, SectorActor(*c, *sector));
        role = std::string(sector->role);
      } else {
        DIPLOGRAPH_ASSIGN_OR_RETURN(organization, Country(*c));
        role = person ? "national" : "part of";
      }
      for (const Span& s : periods[i]) {
        std::optional<Interval> valid = ToInterval(s);
        if (!valid) continue;
        if (absl::Status st = Affiliate(id, organization, role, *valid);
            !st.ok()) {
          return Located(e, st);
        }
      }
    }
    report_.sources.push_back({id, e.line});
    return absl::OkStatus();
  }

  const Dictionary& dict_;
  Graph& graph_;
  const DictionaryOptions& options_;
  DictionaryImportReport& report_;
  absl::flat_hash_map<std::string, ActorId> countries_;  // by ISO code
  absl::flat_hash_map<std::string, ActorId> sectors_;    // "RUSGOV"
};

}  // namespace

absl::Status ImportActorDictionary(const Dictionary& dictionary, Graph& graph,
                                   const DictionaryOptions& options,
                                   DictionaryImportReport* report) {
  DictionaryImportReport local;
  DictionaryImportReport& rep = report != nullptr ? *report : local;
  rep = DictionaryImportReport();
  if (dictionary.format == DictionaryFormat::kAgents) {
    return absl::InvalidArgumentError(
        absl::StrCat(dictionary.name,
                     ": an agents dictionary names roles, not actors; read it "
                     "with ParseDictionary"));
  }
  return graph.Update([&](Graph& g) -> absl::Status {
    Importer importer(dictionary, g, options, rep);
    absl::Status s = importer.Run();
    if (!s.ok()) {
      // Nothing of this import stays: the counts say what was read.
      rep.sources.clear();
    }
    return s;
  });
}

absl::Status ImportActorDictionaryFile(const std::string& path, Graph& graph,
                                       const DictionaryOptions& options,
                                       DictionaryImportReport* report) {
  DictionaryReport read;
  absl::StatusOr<Dictionary> dict = ReadDictionary(path, options, &read);
  if (!dict.ok()) {
    if (report != nullptr) {
      *report = DictionaryImportReport();
      static_cast<ImportReport&>(*report) = read;
    }
    return dict.status();
  }
  DIPLOGRAPH_RETURN_IF_ERROR(
      ImportActorDictionary(*dict, graph, options, report));
  if (report != nullptr) {
    // The reading problems come first, then the import's.
    std::vector<ImportProblem> problems = read.problems;
    for (ImportProblem& p : report->problems) {
      if (problems.size() >= options.max_problems) break;
      problems.push_back(std::move(p));
    }
    report->problems = std::move(problems);
    report->problem_count += read.problem_count;
    report->bytes_read = read.bytes_read;
  }
  return absl::OkStatus();
}

}  // namespace diplograph
