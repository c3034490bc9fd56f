// The full ICEWS layout (see icews.h): a header row naming the columns,
// then one event a line with its actors' sectors and countries, CAMEO code,
// intensity, story, publisher and place.

#include <array>
#include <cmath>
#include <istream>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/hash/hash.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "diplograph/cameo.h"
#include "ingest/icews_importer.h"
#include "model/names.h"
#include "util/line_reader.h"
#include "util/status_macros.h"
#include "util/utf8.h"

namespace diplograph::internal {
namespace {

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

}  // namespace

absl::Status ImportFullRows(Importer& im, std::istream& in) {
  LineReader reader(in);
  absl::string_view line;
  if (!reader.Next(&line)) {
    if (!reader.status().ok()) return im.Fatal(1, reader.status());
    return im.Fatal(1,
                    absl::InvalidArgumentError("empty input: no header row"));
  }
  if (LooksLikeUtf16(line)) {
    return im.Fatal(1, absl::InvalidArgumentError(
                           "UTF-16 is not supported; convert to UTF-8"));
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
  return im.Finish(reader);
}

}  // namespace diplograph::internal
