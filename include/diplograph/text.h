// From text to statements: reads one document (a news report, a press
// conference transcript, a call readout, a joint statement) and proposes
// who said what, about whom, when, relayed by whom, and which relationships
// between actors those statements assert -- as an Extraction value that a
// program can show, review or discard before anything touches a graph.
//
//   diplograph::Graph graph;  // what is already known (may be empty)
//   absl::StatusOr<diplograph::Extractor> extractor =
//       diplograph::Extractor::Create(graph);
//   diplograph::DocumentInfo info{.publication_date =
//                                     *diplograph::Date::Parse("2024-11-08"),
//                                 .locator = "articles/beijing.txt"};
//   absl::StatusOr<diplograph::Extraction> x = extractor->Extract(text, info);
//   for (const diplograph::ExtractedStatement& s : x->statements) {
//     // x->actors[s.speaker].name, s.text, s.date, s.rule, s.confidence
//   }
//   diplograph::AddExtractionReport report;
//   absl::Status added = diplograph::AddExtraction(graph, *x, {}, &report);
//
// Every record carries byte spans into the text given to Extract ([begin,
// end), counting from the first byte of that text, header lines included),
// the name of the rule that produced it (docs/text.md lists them) and a
// confidence in [0, 1]. Where the rules cannot decide a field they leave it
// empty (an unknown date, no event type) with a lower confidence.
//
// Actors. The extractor finds actor mentions with a Resolver (resolve.h)
// over the `known` graph and another over the compiled-in registry
// (gazetteer.h, countries.h). An ExtractedActor is either an actor of the
// known graph (`known` is valid) or a proposal for a new one, with its
// registry name, kind and codes. Records refer to actors by their index in
// Extraction::actors.
//
// Thread safety: an Extractor is immutable once created; any number of
// threads may call Extract at once. AddExtraction changes its graph and
// needs exclusive access to it. Extraction and the option structs are plain
// values.

#ifndef DIPLOGRAPH_TEXT_H_
#define DIPLOGRAPH_TEXT_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "diplograph/actor.h"
#include "diplograph/date.h"
#include "diplograph/event_type.h"
#include "diplograph/graph.h"
#include "diplograph/ids.h"
#include "diplograph/polarity.h"
#include "diplograph/relationship.h"
#include "diplograph/source.h"
#include "diplograph/statement.h"

namespace diplograph {

// What kind of document a text is. kUnknown lets the extractor decide from
// the text (transcript turns, a readout's attribution line, ...).
enum class Genre : uint8_t {
  kUnknown = 0,
  kNewsReport = 1,
  kTranscript = 2,
  kReadout = 3,
  kJointStatement = 4,
};

// "unknown", "news_report", "transcript", "readout", "joint_statement".
absl::string_view GenreName(Genre genre);

// What the caller knows about the document.
struct DocumentInfo {
  // Publication date (any precision, or unknown). A `DATE:` header line, a
  // dateline or a transcript heading found in the text takes precedence.
  Date publication_date{};
  std::string title{};
  std::string outlet{};   // the publishing outlet's name, may be empty
  std::string locator{};  // file name, URL, archive reference
  Genre genre = Genre::kUnknown;
};

// A byte range [begin, end) of the document text.
struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;

  bool empty() const { return begin >= end; }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

// How a date was found.
enum class DateBasis : uint8_t {
  kExplicit = 0,      // written out: "November 8, 2024", a DATE: line
  kRelative = 1,      // "on Friday", "yesterday", resolved against the anchor
  kDocumentDate = 2,  // the document's own date, used as a fallback
  kCarried = 3,       // carried over from the same speaker's dated statement
  kUnresolved = 4,    // not known (the date is Date())
};

// "explicit", "relative", "document_date", "carried", "unresolved".
absl::string_view DateBasisName(DateBasis basis);

// Whether a statement or relationship is put forward as a fact.
enum class Modality : uint8_t {
  kAsserted = 0,
  kNegated = 1,       // "did not rule out", "is not an ally"
  kFuture = 2,        // "will build"
  kHypothetical = 3,  // "if ... had changed its policy"
};

// "asserted", "negated", "future", "hypothetical".
absl::string_view ModalityName(Modality modality);

// A dated membership found in the text ("Foreign Ministry spokesperson Mao
// Ning": Mao Ning, spokesperson of the Foreign Ministry, on the document
// date).
struct ExtractedAffiliation {
  int organization = -1;  // index into Extraction::actors
  std::string role;       // "spokesperson", "President"
  Interval valid{};       // the document date, or open
  ByteSpan evidence{};    // the apposition as written
  std::string rule;
  float confidence = 0;
};

struct ExtractedActor {
  // The actor of the `known` graph given to Extractor::Create, or invalid
  // for a proposed new actor.
  ActorId known{};
  std::string name;  // canonical name (the known or registry name)
  ActorKind kind = ActorKind::kOrganization;
  std::string iso3;  // for states, else empty
  std::string cameo_code;
  // Names as written in the text that are not `name` ("Ning", "Moscow").
  std::vector<std::string> aliases;
  // Affiliations read from the text (not those the registry already has).
  std::vector<ExtractedAffiliation> affiliations;
  // Titles the text gives a person before or after its name, lower case
  // ("foreign minister", "emir"), also where it names no body to tie an
  // affiliation to ("Minister Achterberg said"). Not added to a graph.
  std::vector<std::string> titles;
  std::vector<ByteSpan> mentions;  // every place it is named, text order
  std::string rule;                // "known-graph", "registry", "turn-label"
  float confidence = 0;
};

// One hop of a relay chain ("TASS quoted Putin as saying").
struct ExtractedReport {
  int outlet = -1;  // index into Extraction::actors
  ReportKind kind = ReportKind::kReported;
  ByteSpan span{};  // the words that name the relay
};

struct ExtractedTarget {
  int actor = -1;
  Polarity stance = Polarity::kNeutral;
  bool is_explicit = true;  // named in the statement's words
};

struct ExtractedLink {
  int statement = -1;  // index into Extraction::statements, an earlier one
  StatementLinkKind kind = StatementLinkKind::kRespondsTo;
  Polarity stance = Polarity::kNeutral;
  std::string rule;
};

struct ExtractedStatement {
  // Index into Extraction::actors; -1 when only a description that names no
  // actor says who spoke ("a diplomat familiar with the talks said"):
  // speaker_rule "description-unresolved", confidence 0.25 or less.
  // AddExtraction does not add a statement with no speaker.
  int speaker = -1;
  std::vector<int> co_speakers;  // joint statements: the other speakers
  ByteSpan speaker_span{};       // the words naming or referring to it
  std::string speaker_rule;      // how the speaker was found
  Date date{};
  DateBasis date_basis = DateBasis::kUnresolved;
  ByteSpan date_span{};  // the time expression, empty when none
  std::string text;      // the quote or paraphrase, as written
  QuoteKind quote = QuoteKind::kParaphrase;
  ByteSpan text_span{};
  std::vector<ExtractedReport> reported_by;  // nearest the speaker first
  std::string channel;                       // "regular press conference"
  std::vector<ExtractedTarget> targets;
  std::vector<int> about;  // actors named in the words
  std::vector<std::string> topics;
  EventType event_type{};
  ByteSpan verb_span{};  // the reporting verb, empty for turns
  std::vector<ExtractedLink> links;
  // An earlier statement of this Extraction that retells the same utterance
  // in other words (a news lede and the quotation it retells), or -1.
  // AddExtraction stores it as a StatementLink of kind kSameUtterance.
  int same_utterance = -1;
  Modality modality = Modality::kAsserted;
  bool in_question = false;  // reported inside a journalist's question
  std::string rule;          // "quote-then-verb", "transcript-turn", ...
  float confidence = 0;
};

struct ExtractedRelationship {
  std::string label;  // as written
  std::string key;    // the lexicon's normalised key ("dual_containment")
  std::string canonical_label;  // the lexicon's wording ("dual containment")
  int from = -1;                // indexes into Extraction::actors
  int to = -1;
  bool directed = false;
  Polarity polarity = Polarity::kNeutral;
  EvidenceRole role = EvidenceRole::kAsserts;
  Modality modality = Modality::kAsserted;
  int statement = -1;  // the statement asserting it; -1: the narrator
  ByteSpan span{};
  std::string rule;
  float confidence = 0;
};

struct ExtractedEvent {
  std::string label;
  Date date{};
  std::vector<int> participants;
  ByteSpan span{};
  std::string rule;
  float confidence = 0;
};

struct ExtractedTime {
  ByteSpan span{};
  Date date{};
  Date range_end{};
  std::string duration;  // ISO 8601 ("P4Y"), else empty
  DateBasis basis = DateBasis::kUnresolved;
  std::string rule;
  float confidence = 0;
};

struct Extraction {
  DocumentInfo info;  // as given, with the genre decided
  Date document_date{};
  std::string document_date_rule;  // "header-line", "caller", "dateline"
  uint32_t body_begin = 0;         // first byte after the header lines
  std::vector<ExtractedActor> actors;
  std::vector<ExtractedStatement> statements;
  std::vector<ExtractedRelationship> relationships;
  std::vector<ExtractedEvent> events;
  std::vector<ExtractedTime> times;

  bool empty() const { return statements.empty() && relationships.empty(); }
};

struct ExtractorOptions {
  // Use the compiled-in registry (states, offices and their holders, media
  // outlets) besides the known graph.
  bool use_registry = true;
  // Records below this confidence are left out of the Extraction.
  float min_confidence = 0.0f;
};

// Options of one call of Extractor::Extract.
struct ExtractOptions {
  // When set, called from the calling thread with (bytes read, bytes in
  // all) as the paragraphs (or transcript turns) of the text are read: each
  // time the bytes read pass another ceil(total / 1024) bytes, and once at
  // the end with done == total (once with (0, 0) for an empty text), so at
  // most 1,025 calls; `done` never decreases. Not called when Extract fails
  // on its input checks. Empty by default (then free).
  //
  //   diplograph::ExtractOptions o;
  //   o.progress = [](uint64_t done, uint64_t total) { /* draw a bar */ };
  //   extractor->Extract(text, info, o);
  std::function<void(uint64_t done, uint64_t total)> progress;
};

class Extractor {
 public:
  // Indexes `known` and the compiled-in registry. O(actors of `known` +
  // registry rows). Holds no reference to `known`. Errors: Internal when the
  // registry cannot be built or a Resolver cannot be created.
  static absl::StatusOr<Extractor> Create(const Graph& known,
                                          const ExtractorOptions& options = {});

  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;
  ~Extractor();

  // Reads `text` (UTF-8). An empty text, or one with no statements, gives an
  // empty Extraction. Errors: InvalidArgument for invalid UTF-8 (naming the
  // byte offset), a UTF-16 text (naming the byte order) or a NUL byte
  // (naming its offset); OutOfRange for a text of 4 GiB or more. O(size of
  // text); memory O(size of text). `options.progress`, when set, is told
  // how far the reading has got (see ExtractOptions).
  absl::StatusOr<Extraction> Extract(absl::string_view text,
                                     const DocumentInfo& info = {},
                                     const ExtractOptions& options = {}) const;

 private:
  struct Impl;
  explicit Extractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

struct AddExtractionOptions {
  // Records below this confidence are not added.
  float min_confidence = 0.0f;
  // Add a Source for the document (from Extraction::info) and point the
  // statements at it.
  bool add_source = true;
  bool add_relationships = true;
  bool add_events = true;
};

struct AddExtractionReport {
  SourceId source{};
  // The graph actor of each Extraction::actors entry (invalid when skipped).
  std::vector<ActorId> actors;
  std::vector<StatementId> statements;  // per Extraction::statements
  size_t actors_added = 0;
  size_t actors_matched = 0;  // already in the graph
  size_t affiliations_added = 0;
  size_t statements_added = 0;
  size_t statements_merged = 0;  // the graph had it: one more mention
  size_t relationships_added = 0;
  size_t evidence_added = 0;  // to relationships the graph had
  size_t events_added = 0;
};

// Adds `extraction` to `graph` in one Graph::Update: all of it, or nothing
// when any add fails. An actor is matched to the graph's actor by its known
// id (when it names an actor of this graph with the same name), its ISO
// code, or its name or alias (Graph::FindActor); only unmatched ones are
// added. A relationship the graph already has gets the new evidence. Errors:
// those of the Graph adds (InvalidArgument, NotFound), naming the record
// ("statements[3]: ..."). O(size of the extraction x log graph).
absl::Status AddExtraction(Graph& graph, const Extraction& extraction,
                           const AddExtractionOptions& options = {},
                           AddExtractionReport* report = nullptr);

}  // namespace diplograph

#endif  // DIPLOGRAPH_TEXT_H_
