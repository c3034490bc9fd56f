// The gazetteer: what the actor dictionaries leave out, kept as data files
// of our own in data/registry/ and compiled into the library.
//
//   media.tsv              news agencies, broadcasters and newspapers, with
//                          their country and ownership (state or not)
//   places.tsv             capitals and seats that stand for a state by
//                          metonymy ("Moscow", "the White House"),
//                          demonyms ("Russian") and short names ("US")
//   offices.tsv            offices (heads of state and government, foreign
//                          ministers, ministry and Kremlin spokespersons)
//                          with the body they belong to and their titles
//   officeholders.tsv      who held each office, from 2009 on, with dated
//                          terms
//   non_actor_phrases.tsv  proper names that contain an actor's name but do
//                          not refer to it ("South China Sea")
//
// Every row carries a source note; docs/registry.md describes the files.
// The tables can be read as values, and added to a graph:
//
//   diplograph::Graph graph;
//   diplograph::GazetteerImportReport report;
//   absl::Status s = diplograph::ImportGazetteer(
//       diplograph::BuiltinGazetteer(), graph, {}, &report);
//   // graph now holds "Vladimir Putin", President of "Russia" over
//   // 2000-05-07/2008-05-06 and 2012-05-07/.., "TASS" (state media of
//   // Russia), "Ministry of Foreign Affairs (China)", ...
//
// Files of the same format can be parsed with ParseGazetteer and imported
// the same way.
//
// Thread safety: BuiltinGazetteer() returns an immutable value that any
// number of threads may read; ImportGazetteer changes the graph and needs
// exclusive access to it.

#ifndef DIPLOGRAPH_GAZETTEER_H_
#define DIPLOGRAPH_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "diplograph/date.h"
#include "diplograph/graph.h"
#include "diplograph/import.h"

namespace diplograph {

// Who owns a media outlet (media.tsv, column `ownership`).
enum class MediaOwnership : uint8_t {
  kState,        // owned or controlled by the state or ruling party
  kPublic,       // public-service body set up by statute, independent
  kCooperative,  // owned by its member newspapers and broadcasters
  kPrivate,      // privately owned
};

// "state", "public", "cooperative", "private".
absl::string_view MediaOwnershipName(MediaOwnership ownership);

struct MediaOutletRecord {
  std::string name;
  std::vector<std::string> aliases;
  std::string country;  // ISO 3166-1 alpha-3
  MediaOwnership ownership = MediaOwnership::kPrivate;
  std::string source;
  uint32_t line = 0;  // 1-based line in its file

  bool state_owned() const { return ownership == MediaOwnership::kState; }
};

// What a place phrase is (places.tsv, column `kind`).
enum class PlaceKind : uint8_t {
  kCapital,    // "Moscow": metonymy for the state
  kSeat,       // "the Kremlin", "Foggy Bottom": metonymy for a body
  kDemonym,    // "Russian"
  kShortName,  // "US", "Britain": an abbreviation or short name
};

// "capital", "seat", "demonym", "short_name".
absl::string_view PlaceKindName(PlaceKind kind);

struct PlaceRecord {
  std::string phrase;
  PlaceKind kind = PlaceKind::kCapital;
  std::string country;     // ISO 3166-1 alpha-3 of the state
  std::string stands_for;  // "state", "presidency", "Department of State"
  std::string source;
  uint32_t line = 0;
};

struct OfficeRecord {
  std::string office;        // key: "RUS-PRES"
  std::string country;       // ISO 3166-1 alpha-3
  std::string organization;  // empty: the state itself
  std::vector<std::string> organization_aliases;
  std::string organization_role;    // "foreign ministry"; empty for the state
  std::string role;                 // "President", "spokesperson"
  std::vector<std::string> titles;  // "president", "head of state"
  std::string source;
  uint32_t line = 0;
};

struct OfficeTermRecord {
  std::string person;
  std::vector<std::string> aliases;
  std::string office;  // an OfficeRecord::office
  Interval term;       // inclusive; open end while in office
  std::string source;
  uint32_t line = 0;
};

struct NonActorPhraseRecord {
  std::string phrase;
  std::string what;  // "sea", "US state"
  std::string source;
  uint32_t line = 0;
};

// The parsed tables.
struct Gazetteer {
  std::vector<MediaOutletRecord> media;
  std::vector<PlaceRecord> places;
  std::vector<OfficeRecord> offices;
  std::vector<OfficeTermRecord> terms;
  std::vector<NonActorPhraseRecord> non_actor_phrases;
};

// The text of one table and the name used for it in messages.
struct GazetteerFile {
  absl::string_view name;  // "data/registry/media.tsv"
  absl::string_view text;
};

// The five tables as text. A table left empty (no text) is taken as having
// no rows.
struct GazetteerInput {
  GazetteerFile media, places, offices, officeholders, non_actor_phrases;
};

// The texts compiled into the library, named "data/registry/<table>.tsv".
GazetteerInput BuiltinGazetteerInput();

// The compiled-in tables, parsed once (on first call, thread-safe). The
// build checks their headers and field counts and gazetteer_test checks
// that every row parses, so the value is complete.
const Gazetteer& BuiltinGazetteer();

// Parses tables in the format of data/registry (comment lines starting with
// '#', then the header, then one row per line, tab-separated; lists
// separated by '|'). Checks every field: ISO codes are three capital
// letters, kinds and ownerships from their lists, dates as Date::Parse
// takes them with begin <= end, office keys defined in `offices` and unique,
// non-empty names and sources, valid UTF-8.
// Errors: InvalidArgument naming the first problem as
// "FILE:LINE: COLUMN: message"; every problem is in `problems` when given.
absl::StatusOr<Gazetteer> ParseGazetteer(
    const GazetteerInput& input,
    std::vector<ImportProblem>* problems = nullptr);

struct GazetteerImportOptions {
  ImportMode mode = ImportMode::kStrict;
  uint64_t max_problems = 100;
  bool media = true;          // add media.tsv
  bool officeholders = true;  // add offices.tsv and officeholders.tsv
  // Add places.tsv phrases as aliases of their states. Off by default: the
  // Resolver knows them without it (and names the reason, metonymy or
  // demonym), and aliases such as "Kremlin" would make Graph::FindActor
  // ambiguous between the state and the presidential office.
  bool place_aliases = false;
};

struct GazetteerImportReport : ImportReport {
  uint64_t media_outlets = 0;  // rows of media.tsv imported
  uint64_t office_terms = 0;   // rows of officeholders.tsv imported
  uint64_t states_added = 0;   // states created from the country table
};

// Adds the tables to `graph`:
// - each media outlet as an actor of kind media_outlet (CAMEO code
//   <country>MED when new) with its aliases; a state-owned outlet gets a
//   "state media" affiliation to its state;
// - each office's body (a ministry, the presidential office) as an
//   organization with its aliases, CAMEO code <country>GOV when new, and an
//   affiliation to the state with the body's role ("foreign ministry");
// - each office holder as a person (CAMEO code <country>GOV when new) with
//   the aliases of all their rows and one affiliation per term: to the body,
//   or to the state for heads of state and government, with the office's
//   role ("President") over the term;
// - with place_aliases, each place phrase as an alias of its state.
// States are the graph's actors for the country table's rows
// (GetOrAddCountryActor in countries.h), created when missing. Other actors
// are matched by canonical name (or an existing alias equal to it, ignoring
// ASCII case), else by folded name or alias as Resolver::Fold folds them
// ("Erdoğan" = "ERDOGAN", "Vladimir Putin" = "VLADIMIR_PUTIN_") when that
// names one actor of a fitting kind, and merged: aliases and affiliations they
// lack are added, their kind and codes are kept; identical affiliations are not
// repeated. A name that belongs to an actor of another kind (a person named
// like an outlet, a state) is a problem of that row.
//
// All-or-nothing in ImportMode::kStrict (the graph is unchanged after an
// error); in kLenient a row with a problem is skipped whole and reported.
// Errors: InvalidArgument for the first problem ("FILE:LINE: message") in
// strict mode; NotFound for a country code the country table lacks; those
// of Graph::AddActor and GetOrAddCountryActor. Complexity:
// O(rows x (name length + affiliations of the actor)).
absl::Status ImportGazetteer(const Gazetteer& input, Graph& graph,
                             const GazetteerImportOptions& options = {},
                             GazetteerImportReport* report = nullptr);

}  // namespace diplograph

#endif  // DIPLOGRAPH_GAZETTEER_H_
