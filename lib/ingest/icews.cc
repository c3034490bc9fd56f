// The ICEWS importers (see icews.h): a shared Importer (actors, event
// types, bad rows, progress) and one row decoder per layout.

#include "diplograph/icews.h"

#include <array>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/container/node_hash_map.h"
#include "absl/hash/hash.h"
#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "diplograph/cameo.h"
#include "model/names.h"
#include "util/errno_status.h"
#include "util/line_reader.h"
#include "util/status_macros.h"
#include "util/utf8.h"

namespace diplograph {
namespace {

using internal::CheckField;
using internal::CheckName;
using internal::Quoted;

// Splits `line` at tabs into `out` (views into `line`).
void SplitTabs(absl::string_view line, std::vector<absl::string_view>* out) {
  out->clear();
  size_t start = 0;
  for (;;) {
    const void* p = std::memchr(line.data() + start, '\t', line.size() - start);
    if (p == nullptr) {
      out->push_back(line.substr(start));
      return;
    }
    const size_t tab =
        static_cast<size_t>(static_cast<const char*>(p) - line.data());
    out->push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

// Parses exactly "YYYY-MM-DD" on the calendar.
absl::StatusOr<Date> ParseDay(absl::string_view field, absl::string_view text) {
  auto digit = [&](size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  if (text.size() == 10 && text[4] == '-' && text[7] == '-' && digit(0) &&
      digit(1) && digit(2) && digit(3) && digit(5) && digit(6) && digit(8) &&
      digit(9)) {
    const int y = (text[0] - '0') * 1000 + (text[1] - '0') * 100 +
                  (text[2] - '0') * 10 + (text[3] - '0');
    const int m = (text[5] - '0') * 10 + (text[6] - '0');
    const int d = (text[8] - '0') * 10 + (text[9] - '0');
    absl::StatusOr<Date> date = Date::FromYearMonthDay(y, m, d);
    if (date.ok()) return date;
    return absl::InvalidArgumentError(
        absl::StrCat(field, ": ", Quoted(text), " is not a calendar date"));
  }
  return absl::InvalidArgumentError(absl::StrCat(
      field, ": ", Quoted(text), " is not a date of the form YYYY-MM-DD"));
}

// "Sector (Country)" -> {"Sector", "Country"}; nullopt for other names.
std::optional<std::pair<absl::string_view, absl::string_view>> SplitSector(
    absl::string_view name) {
  if (name.size() < 4 || name.back() != ')') return std::nullopt;
  const size_t open = name.rfind(" (");
  if (open == absl::string_view::npos || open == 0) return std::nullopt;
  absl::string_view country = name.substr(open + 2, name.size() - open - 3);
  if (country.empty() ||
      country.find_first_of("()") != absl::string_view::npos ||
      country.front() == ' ' || country.back() == ' ') {
    return std::nullopt;
  }
  return std::make_pair(name.substr(0, open), country);
}

// Everything an import shares between the two layouts.
class Importer {
 public:
  Importer(Graph& graph, absl::string_view name,
           const IcewsImportOptions& options, IcewsImportReport& report)
      : graph_(graph), name_(name), options_(options), report_(report) {}

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

  void Progress(const internal::LineReader& reader, bool final) {
    report_.bytes_read = reader.bytes();
    if (!options_.progress) return;
    if (final ||
        (options_.progress_every_records > 0 &&
         report_.records_read % options_.progress_every_records == 0)) {
      options_.progress({report_.records_read, reader.bytes()});
    }
  }

  // The actor named `name` (found or created). `kind` is used on creation.
  absl::StatusOr<ActorId> Actor(absl::string_view field, absl::string_view name,
                                ActorKind kind) {
    auto it = actors_.find(name);
    if (it != actors_.end()) return it->second;
    DIPLOGRAPH_RETURN_IF_ERROR(CheckName(field, name));
    absl::StatusOr<ActorId> found = graph_.FindActor(name);
    if (found.ok()) {
      actors_.emplace(std::string(name), *found);
      return *found;
    }
    if (found.status().code() != absl::StatusCode::kNotFound) {
      return absl::Status(found.status().code(),
                          absl::StrCat(field, ": ", found.status().message()));
    }
    auto sector = SplitSector(name);
    ActorId country;
    if (sector.has_value()) {
      DIPLOGRAPH_ASSIGN_OR_RETURN(
          country, Actor(absl::StrCat(field, " (country)"), sector->second,
                         ActorKind::kState));
      kind = ActorKind::kOrganization;
    }
    diplograph::Actor a;
    a.name = std::string(name);
    a.kind = kind;
    absl::StatusOr<ActorId> added = graph_.AddActor(a);
    if (!added.ok()) {
      return absl::Status(added.status().code(),
                          absl::StrCat(field, ": ", added.status().message()));
    }
    ++report_.actors_added;
    actors_.emplace(std::string(name), *added);
    if (country.valid()) {
      DIPLOGRAPH_RETURN_IF_ERROR(Affiliate(*added, country, "part of"));
    }
    return *added;
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

 private:
  Graph& graph_;
  std::string name_;
  const IcewsImportOptions& options_;
  IcewsImportReport& report_;
  absl::flat_hash_map<std::string, ActorId> actors_;
  absl::node_hash_map<std::string, EventType> types_;  // stable addresses
  absl::flat_hash_set<uint64_t> rows_seen_;
};

// ---------------------------------------------------------------------
// Quadruples.

absl::Status ImportQuadRows(Importer& im, std::istream& in) {
  internal::LineReader reader(in);
  IcewsImportReport& rep = im.report();
  std::vector<absl::string_view> f;
  Statement s;
  s.about.resize(1);
  absl::string_view line;
  while (reader.Next(&line)) {
    ++rep.records_read;
    const uint64_t line_no = reader.line_number();
    auto row = [&]() -> absl::Status {
      SplitTabs(line, &f);
      if (f.size() != 4) {
        return absl::InvalidArgumentError(absl::StrCat(
            "expected 4 tab-separated fields (subject, relation, object, "
            "date), found ",
            f.size()));
      }
      DIPLOGRAPH_ASSIGN_OR_RETURN(Date date, ParseDay("date", f[3]));
      // Known names and relations were checked when first seen; check new
      // ones before creating anything, so a bad row adds nothing.
      ActorId subject = im.Cached(f[0]);
      ActorId object = im.Cached(f[2]);
      const EventType* type = im.CachedType(f[1]);
      if (!subject.valid())
        DIPLOGRAPH_RETURN_IF_ERROR(CheckName("subject", f[0]));
      if (!object.valid())
        DIPLOGRAPH_RETURN_IF_ERROR(CheckName("object", f[2]));
      if (type == nullptr)
        DIPLOGRAPH_RETURN_IF_ERROR(CheckField("relation", f[1]));
      if (!subject.valid()) {
        DIPLOGRAPH_ASSIGN_OR_RETURN(
            subject, im.Actor("subject", f[0], ActorKind::kOrganization));
      }
      if (!object.valid()) {
        DIPLOGRAPH_ASSIGN_OR_RETURN(
            object, im.Actor("object", f[2], ActorKind::kOrganization));
      }
      if (im.options().skip_repeated_rows &&
          im.SeenRow(absl::HashOf(f[0], f[1], f[2], f[3]))) {
        ++rep.duplicates_skipped;
        return absl::OkStatus();
      }
      bool coded = false;
      if (type == nullptr) {
        type = &im.TypeOfName(f[1], &coded);
      } else {
        coded = !type->code.empty();
      }
      s.event_type = *type;
      s.speaker = subject;
      s.about[0] = object;
      s.date = date;
      absl::StatusOr<StatementId> id = im.graph().AddStatement(s);
      if (!id.ok()) return id.status();
      ++rep.statements_added;
      if (!coded) ++rep.uncoded_rows;
      return absl::OkStatus();
    };
    if (absl::Status st = row(); !st.ok()) {
      DIPLOGRAPH_RETURN_IF_ERROR(im.Bad(line_no, st));
    }
    im.Progress(reader, false);
  }
  if (!reader.status().ok()) {
    return im.Fatal(reader.line_number() + 1, reader.status());
  }
  im.Progress(reader, true);
  return absl::OkStatus();
}

// ---------------------------------------------------------------------
// The full layout.

enum Column {
  kEventId,
  kEventDate,
  kSourceName,
  kSourceSectors,
  kSourceCountry,
  kEventText,
  kCameoCode,
  kIntensity,
  kTargetName,
  kTargetSectors,
  kTargetCountry,
  kStoryId,
  kSentenceNumber,
  kPublisher,
  kCity,
  kDistrict,
  kProvince,
  kCountry,
  kLatitude,
  kLongitude,
  kColumnCount
};

constexpr const char* kColumnNames[kColumnCount] = {
    "Event ID",        "Event Date",     "Source Name",    "Source Sectors",
    "Source Country",  "Event Text",     "CAMEO Code",     "Intensity",
    "Target Name",     "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher",      "City",           "District",
    "Province",        "Country",        "Latitude",       "Longitude"};

bool IsNa(absl::string_view v) { return v.empty() || v == "NA"; }

class FullLayout {
 public:
  explicit FullLayout(Importer& im) : im_(im) {}

  absl::Status Header(absl::string_view line) {
    std::vector<absl::string_view> names;
    SplitTabs(line, &names);
    index_.fill(-1);
    for (size_t i = 0; i < names.size(); ++i) {
      for (int c = 0; c < kColumnCount; ++c) {
        if (names[i] == kColumnNames[c]) {
          if (index_[c] >= 0) {
            return absl::InvalidArgumentError(absl::StrCat(
                "header: column \"", kColumnNames[c], "\" appears twice"));
          }
          index_[c] = static_cast<int>(i);
        }
      }
    }
    for (int c : {kEventDate, kSourceName, kEventText, kTargetName}) {
      if (index_[c] < 0) {
        return absl::InvalidArgumentError(
            absl::StrCat("header: no \"", kColumnNames[c],
                         "\" column (is this the full ICEWS layout?)"));
      }
    }
    columns_ = names.size();
    return absl::OkStatus();
  }

  absl::string_view Get(Column c) const {
    return index_[c] < 0 ? absl::string_view()
                         : f_[static_cast<size_t>(index_[c])];
  }

  // The actor of a name + sectors + country triple.
  absl::StatusOr<ActorId> Party(absl::string_view role, Column name_col,
                                Column sectors_col, Column country_col) {
    const absl::string_view name = Get(name_col);
    const absl::string_view country_name = Get(country_col);
    const std::string name_field = absl::StrCat(role, " Name");
    if (IsNa(name)) {
      return absl::InvalidArgumentError(absl::StrCat(name_field, ": empty"));
    }
    const ActorKind kind = (!IsNa(country_name) && name == country_name)
                               ? ActorKind::kState
                               : ActorKind::kOrganization;
    DIPLOGRAPH_ASSIGN_OR_RETURN(ActorId actor,
                                im_.Actor(name_field, name, kind));
    ActorId country;
    if (!IsNa(country_name)) {
      DIPLOGRAPH_ASSIGN_OR_RETURN(
          country, im_.Actor(absl::StrCat(role, " Country"), country_name,
                             ActorKind::kState));
    }
    const absl::string_view sectors = Get(sectors_col);
    if (!IsNa(sectors)) {
      for (absl::string_view sector : absl::StrSplit(sectors, ',')) {
        if (sector.empty()) continue;
        const std::string sector_name =
            country.valid() ? absl::StrCat(sector, " (", country_name, ")")
                            : std::string(sector);
        DIPLOGRAPH_ASSIGN_OR_RETURN(
            ActorId org, im_.Actor(absl::StrCat(role, " Sectors"), sector_name,
                                   ActorKind::kOrganization));
        if (country.valid()) {
          DIPLOGRAPH_RETURN_IF_ERROR(im_.Affiliate(org, country, "part of"));
        }
        DIPLOGRAPH_RETURN_IF_ERROR(im_.Affiliate(actor, org, "sector"));
      }
    }
    return actor;
  }

  absl::Status Row(absl::string_view line, bool* duplicate) {
    *duplicate = false;
    SplitTabs(line, &f_);
    if (f_.size() != columns_) {
      return absl::InvalidArgumentError(absl::StrCat(
          "expected ", columns_,
          " tab-separated fields as in the header, found ", f_.size()));
    }
    // Duplicate Event IDs: the id is recorded once the row is imported.
    const absl::string_view event_id = Get(kEventId);
    bool reused = false;
    uint64_t content = 0;
    if (!IsNa(event_id)) {
      for (size_t i = 0; i < f_.size(); ++i) {
        if (static_cast<int>(i) != index_[kEventId]) {
          content = absl::HashOf(content, f_[i]);
        }
      }
      auto it = event_ids_.find(event_id);
      if (it != event_ids_.end()) {
        if (it->second == content) {
          *duplicate = true;
          return absl::OkStatus();
        }
        reused = true;
      }
    }

    // First every check that needs no change to the graph.
    Statement s;
    DIPLOGRAPH_ASSIGN_OR_RETURN(s.date,
                                ParseDay("Event Date", Get(kEventDate)));
    for (auto [field, col] :
         {std::pair<const char*, Column>{"Source Name", kSourceName},
          {"Target Name", kTargetName},
          {"Source Country", kSourceCountry},
          {"Target Country", kTargetCountry},
          {"Publisher", kPublisher}}) {
      if (col == kSourceName || col == kTargetName || !IsNa(Get(col))) {
        DIPLOGRAPH_RETURN_IF_ERROR(
            im_.CheckActorName(field, IsNa(Get(col)) ? "" : Get(col)));
      }
    }
    for (auto [field, col] :
         {std::pair<const char*, Column>{"Source Sectors", kSourceSectors},
          {"Target Sectors", kTargetSectors},
          {"Story ID", kStoryId},
          {"Sentence Number", kSentenceNumber},
          {"City", kCity},
          {"District", kDistrict},
          {"Province", kProvince},
          {"Country", kCountry}}) {
      if (!IsNa(Get(col)))
        DIPLOGRAPH_RETURN_IF_ERROR(CheckField(field, Get(col)));
    }
    for (Column col : {kSourceSectors, kTargetSectors}) {
      if (IsNa(Get(col))) continue;
      for (absl::string_view sector : absl::StrSplit(Get(col), ',')) {
        if (sector.empty() || sector.front() == ' ' || sector.back() == ' ') {
          return absl::InvalidArgumentError(
              absl::StrCat(kColumnNames[col], ": ", Quoted(Get(col)),
                           " has an empty or space-padded sector"));
        }
      }
    }

    // Event type: the code when the codebook has it, else the text.
    const absl::string_view code = Get(kCameoCode);
    const absl::string_view text = Get(kEventText);
    bool coded = false;
    if (!IsNa(code)) {
      absl::StatusOr<CameoCode> c = LookupCameoCode(code);
      if (c.ok()) {
        s.event_type = c->ToEventType();
        coded = true;
      } else {
        EventType t{std::string(code), IsNa(text) ? "" : std::string(text)};
        if (!ValidateEventType(t).ok()) {
          return absl::InvalidArgumentError(
              absl::StrCat("CAMEO Code: ", Quoted(code), " is not 2-4 digits"));
        }
        if (!IsNa(text))
          DIPLOGRAPH_RETURN_IF_ERROR(CheckField("Event Text", text));
        s.event_type = std::move(t);
      }
    } else {
      if (IsNa(text)) {
        return absl::InvalidArgumentError(
            "Event Text: empty, and no CAMEO Code");
      }
      DIPLOGRAPH_RETURN_IF_ERROR(CheckField("Event Text", text));
    }

    // Intensity -> stance.
    const absl::string_view intensity = Get(kIntensity);
    std::optional<Polarity> polarity;
    if (!IsNa(intensity)) {
      double v = 0;
      if (!absl::SimpleAtod(intensity, &v) || !std::isfinite(v) || v < -10 ||
          v > 10) {
        return absl::InvalidArgumentError(
            absl::StrCat("Intensity: ", Quoted(intensity),
                         " is not a number in -10 ... 10"));
      }
      polarity = v > 0   ? Polarity::kCooperative
                 : v < 0 ? Polarity::kConflictual
                         : Polarity::kNeutral;
    }

    // Location.
    std::vector<absl::string_view> parts;
    for (Column c : {kCity, kDistrict, kProvince, kCountry}) {
      if (!IsNa(Get(c))) parts.push_back(Get(c));
    }
    s.location = absl::StrJoin(parts, ", ");
    const absl::string_view lat = Get(kLatitude);
    const absl::string_view lon = Get(kLongitude);
    if (!IsNa(lat) || !IsNa(lon)) {
      double la = 0, lo = 0;
      if (!absl::SimpleAtod(lat, &la) || !(la >= -90 && la <= 90)) {
        return absl::InvalidArgumentError(
            absl::StrCat("Latitude: ", Quoted(lat), " is not a latitude"));
      }
      if (!absl::SimpleAtod(lon, &lo) || !(lo >= -180 && lo <= 180)) {
        return absl::InvalidArgumentError(
            absl::StrCat("Longitude: ", Quoted(lon), " is not a longitude"));
      }
      absl::StrAppend(&s.location, s.location.empty() ? "" : " ", "(", lat,
                      ", ", lon, ")");
    }

    // Now the graph: actors, affiliations, source, statement.
    DIPLOGRAPH_ASSIGN_OR_RETURN(
        s.speaker,
        Party("Source", kSourceName, kSourceSectors, kSourceCountry));
    DIPLOGRAPH_ASSIGN_OR_RETURN(
        ActorId target,
        Party("Target", kTargetName, kTargetSectors, kTargetCountry));
    s.about = {target};
    if (polarity.has_value()) s.stances = {{target, *polarity}};
    if (IsNa(code)) s.event_type = im_.TypeOfName(text, &coded);
    if (!coded && !s.event_type.code.empty()) {
      const std::string label =
          absl::StrCat(s.event_type.code, " ", s.event_type.name);
      if (uncoded_codes_.insert(label).second) {
        im_.report().uncoded_event_types.push_back(label);
      }
    }

    // Story + sentence + publisher -> source and reporting chain.
    const absl::string_view story = Get(kStoryId);
    const absl::string_view sentence = Get(kSentenceNumber);
    const absl::string_view publisher = Get(kPublisher);
    ActorId outlet;
    if (!IsNa(publisher)) {
      DIPLOGRAPH_ASSIGN_OR_RETURN(
          outlet, im_.Actor("Publisher", publisher, ActorKind::kMediaOutlet));
      s.reported_by = {{outlet, ReportKind::kReported}};
    }
    if (!IsNa(story)) {
      std::string locator = absl::StrCat("icews:story:", story);
      if (!IsNa(sentence)) absl::StrAppend(&locator, "#sentence:", sentence);
      auto key = std::make_pair(locator, outlet.value);
      auto it = sources_.find(key);
      if (it == sources_.end()) {
        Source src;
        src.locator = locator;
        src.outlet = outlet;
        src.date = s.date;
        DIPLOGRAPH_ASSIGN_OR_RETURN(SourceId sid, im_.graph().AddSource(src));
        ++im_.report().sources_added;
        it = sources_.emplace(std::move(key), sid).first;
      }
      s.source = it->second;
    }

    absl::StatusOr<StatementId> id = im_.graph().AddStatement(s);
    if (!id.ok()) return id.status();
    ++im_.report().statements_added;
    if (!coded) ++im_.report().uncoded_rows;
    if (reused) ++im_.report().reused_event_ids;
    if (!IsNa(event_id)) event_ids_.try_emplace(std::string(event_id), content);
    return absl::OkStatus();
  }

 private:
  Importer& im_;
  std::array<int, kColumnCount> index_{};
  size_t columns_ = 0;
  std::vector<absl::string_view> f_;
  absl::flat_hash_map<std::string, uint64_t> event_ids_;
  absl::flat_hash_map<std::pair<std::string, uint32_t>, SourceId> sources_;
  absl::flat_hash_set<std::string> uncoded_codes_;
};

absl::Status ImportFullRows(Importer& im, std::istream& in) {
  internal::LineReader reader(in);
  absl::string_view line;
  if (!reader.Next(&line)) {
    if (!reader.status().ok()) return im.Fatal(1, reader.status());
    return im.Fatal(1,
                    absl::InvalidArgumentError("empty input: no header row"));
  }
  FullLayout layout(im);
  if (absl::Status st = layout.Header(line); !st.ok()) return im.Fatal(1, st);
  IcewsImportReport& rep = im.report();
  while (reader.Next(&line)) {
    ++rep.records_read;
    bool duplicate = false;
    if (absl::Status st = layout.Row(line, &duplicate); !st.ok()) {
      DIPLOGRAPH_RETURN_IF_ERROR(im.Bad(reader.line_number(), st));
    } else if (duplicate) {
      ++rep.duplicates_skipped;
    }
    im.Progress(reader, false);
  }
  if (!reader.status().ok()) {
    return im.Fatal(reader.line_number() + 1, reader.status());
  }
  im.Progress(reader, true);
  return absl::OkStatus();
}

template <typename Fn>
absl::Status Run(std::istream& in, absl::string_view name, Graph& graph,
                 const IcewsImportOptions& options, IcewsImportReport* report,
                 Fn rows) {
  IcewsImportReport local;
  IcewsImportReport& r = report != nullptr ? *report : local;
  r = IcewsImportReport();
  Importer im(graph, name, options, r);
  return graph.Update([&](Graph&) -> absl::Status { return rows(im, in); });
}

// A report that holds only a failure to open or read the file.
absl::Status FileError(const std::string& path, IcewsImportReport* report) {
  absl::Status s = internal::ErrnoStatus(errno, "cannot open", Quoted(path));
  if (report != nullptr) {
    *report = IcewsImportReport();
    ImportProblem p;
    p.file = path;
    p.message = std::string(s.message());
    p.code = s.code();
    report->AddProblem(std::move(p), 1);
  }
  return s;
}

}  // namespace

std::string IcewsImportReport::ToString() const {
  std::string extra;
  if (duplicates_skipped > 0) {
    absl::StrAppend(&extra, "duplicates skipped: ", duplicates_skipped, "\n");
  }
  if (uncoded_rows > 0) {
    absl::StrAppend(&extra, "uncoded rows: ", uncoded_rows, " (",
                    absl::StrJoin(uncoded_event_types, "; "), ")\n");
  }
  if (reused_event_ids > 0) {
    absl::StrAppend(&extra, "reused event ids: ", reused_event_ids, "\n");
  }
  return ToStringWith(extra);
}

absl::Status ImportIcewsQuadruples(std::istream& in, absl::string_view name,
                                   Graph& graph,
                                   const IcewsImportOptions& options,
                                   IcewsImportReport* report) {
  return Run(in, name, graph, options, report, ImportQuadRows);
}

absl::Status ImportIcewsQuadruplesFile(const std::string& path, Graph& graph,
                                       const IcewsImportOptions& options,
                                       IcewsImportReport* report) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return FileError(path, report);
  return ImportIcewsQuadruples(in, path, graph, options, report);
}

absl::Status ImportIcewsEvents(std::istream& in, absl::string_view name,
                               Graph& graph, const IcewsImportOptions& options,
                               IcewsImportReport* report) {
  return Run(in, name, graph, options, report, ImportFullRows);
}

absl::Status ImportIcewsEventsFile(const std::string& path, Graph& graph,
                                   const IcewsImportOptions& options,
                                   IcewsImportReport* report) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return FileError(path, report);
  return ImportIcewsEvents(in, path, graph, options, report);
}

}  // namespace diplograph
