// Imports of ICEWS political event data (Integrated Crisis Early Warning
// System; E. Boschee et al., "ICEWS Coded Event Data", Harvard Dataverse,
// 2015) into a Graph, in its two common layouts:
//
//  * quadruples, one event a line, no header, no quoting:
//      subject<TAB>relation<TAB>object<TAB>YYYY-MM-DD
//    as in the temporal knowledge-graph benchmarks (ICEWS14, ICEWS05-15);
//  * the full published layout: a header row, then one event a line with
//    Event ID, Event Date, Source Name, Source Sectors, Source Country,
//    Event Text, CAMEO Code, Intensity, Target Name, Target Sectors,
//    Target Country, Story ID, Sentence Number, Publisher, City, District,
//    Province, Country, Latitude, Longitude (`NA` for a missing value).
//
//   diplograph::Graph graph;
//   diplograph::IcewsImportOptions options;
//   options.mode = diplograph::ImportMode::kLenient;
//   options.progress = [](const diplograph::ImportProgress& p) {
//     std::cerr << p.records << " rows, " << p.bytes << " bytes\r";
//   };
//   diplograph::IcewsImportReport report;
//   absl::Status s = diplograph::ImportIcewsQuadruplesFile(
//       "icews14/test.tsv", graph, options, &report);
//   if (!s.ok()) { ... }                 // I/O error, or strict-mode bad row
//   std::cout << report.ToString();      // counts and bad rows
//
// The importers speak the vocabulary of import.h: input first, then the
// graph, the options and an optional report; strict or lenient mode; each
// bad row an ImportProblem "FILE:LINE: FIELD: message".
//
// How rows become records:
//
//  * Each row is one statement: speaker = subject (Source Name), about =
//    {object} (Target Name), the date, and the event type. A self-loop
//    (subject == object) is a statement about its own speaker.
//  * Event types: the relation (Event Text) is looked up by exact name in
//    the CAMEO table (cameo.h) and stored as {code, name}; a name the
//    codebook does not know is kept as an uncoded type {"", name} and
//    counted in IcewsImportReport::uncoded_rows, never dropped. In the full
//    layout a CAMEO Code found in the table wins (with the codebook's name).
//  * Actors are found by name as Graph::FindActor does (ASCII case ignored,
//    aliases too), so importing into a graph that already knows "China" or
//    "Vladimir Putin" (say from ImportActorDictionary, dictionary.h, with
//    his dated roles) reuses that actor; unknown names become new actors.
//    Each distinct name is looked up once per import (a hash lookup), not
//    once per row.
//  * Countries and sectors come from the country table (countries.h), the
//    one the actor dictionaries use, so that an ICEWS graph and a
//    dictionary load share them: a name the table knows as a country or
//    one of its aliases ("China", "Russian Federation") is the table's
//    actor -- a state (a place for a territory such as "Hong Kong") named
//    as ICEWS writes it, with its ISO 3166 and CAMEO codes -- and a
//    "<Sector> (<Country>)" name with a sector of the table
//    ("Government (Russia)", "Citizen (India)") is the shared sector actor,
//    an organization with CAMEO code country + sector ("RUSGOV") "part of"
//    that state (see GetOrAddRegistryActor).
//  * Actor kinds of the other names. The quadruple layout says nothing
//    about what an actor is, so the quadruple import creates every other
//    new actor as an organization (ActorKind::kOrganization): "Barack
//    Obama" included. Give the graph the actors it should know first (a
//    person "Barack Obama", or load the actor dictionaries): the import
//    then reuses them. The full layout creates an actor as a state when its
//    name equals its Source/Target Country, a publisher as a media outlet,
//    and the others as organizations.
//  * Countries in names. The last parentheses of a name pick the country:
//    any other name of the form "X (Country)" -- "Ministry (China)",
//    "Police (Kerala) (India)" (country "India") -- becomes an
//    organization affiliated ("part of") to the country's actor: the
//    table's state when the table knows the country, else the actor named
//    by what the last parentheses hold, created as a state without ISO
//    code when absent ("Citizen (Ocean)" makes a state "Ocean"). Names with
//    an empty part before the parentheses, or parentheses inside the
//    country ("Police (Kerala (India))"), are kept as plain names.
//  * Full layout only: a Source Sectors / Target Sectors chain such as
//    "Executive,Foreign Ministry,Government" gives the actor one
//    affiliation (role "sector") per sector to the organization
//    "<Sector> (<Country>)" (or "<Sector>" when the country is NA), itself
//    part of the country. Story ID + Sentence Number + Publisher give the
//    statement's Source (locator "icews:story:<story>#sentence:<n>", outlet
//    = the publisher as a media outlet, date = the event date) and its
//    reporting chain ({publisher, reported}). Intensity (which ICEWS sets to
//    the code's Goldstein weight) gives the speaker's stance toward the
//    target: cooperative when positive, conflictual when negative, neutral
//    at zero. City, District, Province, Country and Latitude/Longitude are
//    kept in Statement::location as
//    "City, District, Province, Country (latitude, longitude)", leaving out
//    NA parts. The Event ID itself is not stored.
//
// Duplicates. ICEWS rows are reports of events; two identical quadruple rows
// are two reports (two stories) of the same kind of event on the same day,
// and both are kept by default, so that a file of N good rows gives N
// statements. Set `skip_repeated_rows` to drop a row equal (all fields, byte
// for byte, after removing the line end) to an earlier row of the same
// import; it is counted in duplicates_skipped. In the full layout the Event
// ID decides: a row whose Event ID was already imported in this import and
// whose other fields are all equal to that earlier row's is a duplicate
// (skipped and counted); a row that reuses an Event ID with different
// content is kept as its own statement and counted in reused_event_ids
// (ICEWS releases do not guarantee unique ids). Rows are compared by a
// 64-bit hash of their fields.
//
// Bad rows. A wrong number of tab-separated fields, an invalid date (not
// YYYY-MM-DD on the calendar), an empty name or relation, invalid UTF-8,
// control characters, leading or trailing spaces in a name, a malformed
// CAMEO code, intensity or coordinate. In strict mode (the default) the
// first bad row fails the whole import with InvalidArgument
// ("<name>:<line>: <field>: <reason>"), the report lists that row, and the
// graph is left exactly as it was; in lenient mode bad rows are skipped,
// counted (records_skipped, problem_count) and the first `max_problems`
// are listed as ImportProblems (file, line, field, message). Either way an
// I/O error fails the import and leaves the graph unchanged (the import
// runs inside Graph::Update()).
//
// Input conventions: UTF-8; a UTF-8 byte-order mark at the start is
// ignored; lines end in LF or CRLF; a final line without a line end counts;
// quote characters are literal (no quoting); empty lines are bad rows.
// Line numbers are 1-based physical lines of the input (the header of the
// full layout is line 1).
//
// Thread safety: the import functions mutate `graph` and need exclusive
// access to it (see graph.h). Different graphs may be imported into
// concurrently.

#ifndef DIPLOGRAPH_ICEWS_H_
#define DIPLOGRAPH_ICEWS_H_

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "diplograph/graph.h"
#include "diplograph/import.h"

namespace diplograph {

struct IcewsImportOptions {
  ImportMode mode = ImportMode::kStrict;
  // Quadruple layout: skip rows identical to an earlier row of the import.
  // Costs 8 bytes of memory per distinct row while importing.
  bool skip_repeated_rows = false;
  // Called every `progress_every_records` rows and once at the end, from
  // the importing thread. May be empty.
  ImportProgressCallback progress = nullptr;
  uint64_t progress_every_records = 1 << 16;
  // At most this many bad rows are listed in the report (all are counted).
  uint64_t max_problems = 1000;
  // Quadruple layout: threads that split, check and parse rows while the
  // calling thread adds them to the graph in file order; 0 = one per
  // hardware core (std::thread::hardware_concurrency()). With 1 the rows
  // are read and added one by one on the calling thread. The graph, the
  // ids, the report and the errors are the same whatever the number, and
  // `progress` is still called from the calling thread only. With more
  // than one, a file's size is a hint that reserves the statement tables
  // once (Graph::Reserve), and up to 2 * threads + 1 chunks of about 512 KiB
  // of input are held at a time. An input of known size (a
  // file, a seekable stream) below kMinThreadedImportBytes is read on the
  // calling thread alone whatever the number: the threaded reader spends
  // about a quarter more CPU in all (chunk copies, per-chunk name maps), so
  // on so small an input it gains little even with a free core and loses
  // when the other core is busy. The full layout reads on one thread.
  int threads = 0;
};

// The smallest input of known size that the quadruple import reads on
// several threads (see IcewsImportOptions::threads): 4 MiB, some 60,000
// rows (ICEWS14's 1.2 MB, 17,904 rows, is read on one thread).
inline constexpr uint64_t kMinThreadedImportBytes = uint64_t{4} << 20;

// What an ICEWS import did: the counts every importer gives (import.h;
// records_read counts data rows, the header excluded, and
// statements_added = records_read - duplicates_skipped - records_skipped),
// and what only ICEWS has.
struct IcewsImportReport : ImportReport {
  // Rows skipped as repeats: equal to an earlier row (quadruples, with
  // skip_repeated_rows), or of an Event ID already imported with the same
  // content (full layout).
  uint64_t duplicates_skipped = 0;
  // Statements whose relation is not in the CAMEO table, and the distinct
  // relation names concerned, in order of first appearance.
  uint64_t uncoded_rows = 0;
  std::vector<std::string> uncoded_event_types;
  // Full layout: rows kept although their Event ID was seen before with
  // other content.
  uint64_t reused_event_ids = 0;
  // Distinct names joined to a person the graph held before the import, as
  // a fuller form of their name: "Dmitry Anatolyevich Medvedev" (ICEWS) to
  // "Dmitry Medvedev" (say, from the CAMEO dictionaries). A name of three to
  // five words whose first and last words name exactly one such person
  // (Graph::FindActor) becomes that person's alias. Actors the import
  // itself creates are never joined, so a file imported on its own keeps
  // all its names apart.
  uint64_t names_joined = 0;

  // The counts (ImportReport's, then these), then the listed bad rows.
  std::string ToString() const;
};

// Imports quadruples from `in`; `name` names the input in messages
// ("test.tsv:12: ...").
// Errors: InvalidArgument for a bad row in strict mode; FailedPrecondition
// in strict mode for a row whose name only aliases of several actors of the
// graph match; DataLoss when reading `in` fails. On error the graph is
// unchanged.
// Time O(size of the input + work of the adds); memory O(distinct names).
absl::Status ImportIcewsQuadruples(std::istream& in, absl::string_view name,
                                   Graph& graph,
                                   const IcewsImportOptions& options = {},
                                   IcewsImportReport* report = nullptr);

// As above, from the file at `path`. Errors: also the errno-derived code
// (NotFound, PermissionDenied, ...) when the file cannot be opened.
absl::Status ImportIcewsQuadruplesFile(const std::string& path, Graph& graph,
                                       const IcewsImportOptions& options = {},
                                       IcewsImportReport* report = nullptr);

// Imports the full ICEWS layout from `in` (header row required; columns are
// found by their header names, in any order; Event Date, Source Name, Event
// Text and Target Name are required, the others optional).
// Errors: InvalidArgument for a missing or malformed header, or a bad row in
// strict mode; FailedPrecondition as above; DataLoss when reading fails. On
// error the graph is unchanged.
absl::Status ImportIcewsEvents(std::istream& in, absl::string_view name,
                               Graph& graph,
                               const IcewsImportOptions& options = {},
                               IcewsImportReport* report = nullptr);

// As above, from the file at `path`; also the errno-derived code when it
// cannot be opened.
absl::Status ImportIcewsEventsFile(const std::string& path, Graph& graph,
                                   const IcewsImportOptions& options = {},
                                   IcewsImportReport* report = nullptr);

}  // namespace diplograph

#endif  // DIPLOGRAPH_ICEWS_H_
