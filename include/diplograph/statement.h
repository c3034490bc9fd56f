// Statement: something an actor said, as it reached us — who said it, when,
// through which channel, in which document, relayed by which outlets, in
// whose words, about whom, of what kind, with what stance, and in reply to
// which earlier statements.
//
//   Statement s;
//   s.speaker = mao_ning;
//   s.date = *Date::Parse("2024-11-08");
//   s.channel = "regular press briefing";
//   s.text = "the relationship between Russia and the US is a matter between "
//            "the two countries";
//   s.quote = QuoteKind::kDirectQuote;
//   s.about = {russia, united_states};
//   s.topics = {"Russia-US relations"};
//   s.event_type = {.code = "010", .name = "Make statement"};
//   StatementId id = *graph.AddStatement(s);
//
// Statements about statements are links: Mao Ning praising Putin's criticism
// of US policy is a statement with a StatementLink to Putin's statement, of
// kind kRefersTo and stance kCooperative.
//
// Joint statements name their other speakers in `co_speakers` ("China and
// Russia declared ..."). One statement carried by several documents is one
// Statement with more StatementMentions: its own source, span and
// reported_by are the first mention, `mentions` hold the others.
//
//   s.co_speakers = {russia};
//   s.mentions = {{.source = tass_report, .span = TextSpan{120, 188},
//                  .reported_by = {{.outlet = tass,
//                                   .kind = ReportKind::kQuoted}}}};
//
// Thread safety: plain values.

#ifndef DIPLOGRAPH_STATEMENT_H_
#define DIPLOGRAPH_STATEMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "diplograph/date.h"
#include "diplograph/event_type.h"
#include "diplograph/ids.h"
#include "diplograph/polarity.h"
#include "diplograph/source.h"

namespace diplograph {

// Whether `Statement::text` is the speaker's words or a rendering of them.
enum class QuoteKind : uint8_t {
  kParaphrase = 0,
  kDirectQuote = 1,
};

// "paraphrase" or "direct_quote".
absl::string_view QuoteKindName(QuoteKind kind);
// The inverse of QuoteKindName. Returns InvalidArgument for other text.
absl::StatusOr<QuoteKind> ParseQuoteKind(absl::string_view name);

// How an outlet relayed a statement.
enum class ReportKind : uint8_t {
  kReported = 0,  // "TASS reported that Putin ..."
  kQuoted = 1,    // "TASS quoted Putin as saying ..."
};

// "reported" or "quoted".
absl::string_view ReportKindName(ReportKind kind);
// The inverse of ReportKindName. Returns InvalidArgument for other text.
absl::StatusOr<ReportKind> ParseReportKind(absl::string_view name);

// One link of a reporting chain.
struct Report {
  ActorId outlet;  // the relaying actor, usually a media outlet
  ReportKind kind = ReportKind::kReported;

  friend bool operator==(const Report&, const Report&) = default;
};

// The speaker's stance toward one actor.
struct Stance {
  ActorId target{};
  Polarity polarity = Polarity::kNeutral;

  friend bool operator==(const Stance&, const Stance&) = default;
};

// How a statement relates to an earlier one.
enum class StatementLinkKind : uint8_t {
  kRespondsTo = 0,  // an answer or reaction to it
  kRefersTo = 1,    // speaks about it (praises, rejects, cites it)
  // The same utterance told again in other words by the same source (a news
  // lede and the quotation it retells later in the report).
  kSameUtterance = 2,
};

// "responds_to", "refers_to" or "same_utterance".
absl::string_view StatementLinkKindName(StatementLinkKind kind);
// The inverse of StatementLinkKindName. Returns InvalidArgument otherwise.
absl::StatusOr<StatementLinkKind> ParseStatementLinkKind(
    absl::string_view name);

// One more document that carries a statement: where it stands there and
// who relayed it in that document.
struct StatementMention {
  // The document; required, must exist in the graph.
  SourceId source{};
  // Where in the source's text it stands; optional.
  std::optional<TextSpan> span{};
  // Outlets that relayed it in that document, nearest to the speaker first.
  // Each must exist; no outlet twice.
  std::vector<Report> reported_by{};

  friend bool operator==(const StatementMention&,
                         const StatementMention&) = default;
};

// A statement about (or in response to) another statement.
struct StatementLink {
  // The earlier statement; must already be in the graph (so a statement can
  // never link to itself).
  StatementId statement{};
  StatementLinkKind kind = StatementLinkKind::kRespondsTo;
  // The stance taken toward the linked statement.
  Polarity stance = Polarity::kNeutral;

  friend bool operator==(const StatementLink&, const StatementLink&) = default;
};

struct Statement {
  // Who said it. Required; must exist in the graph.
  ActorId speaker{};
  // When it was said (any precision, or unknown).
  Date date{};
  // How it was said: "regular press briefing", "event in Sochi",
  // "campaign speech". Free text; may be empty.
  std::string channel{};
  // Where it was said ("Sochi"); free text, may be empty.
  std::string location{};
  // The document it was taken from; optional (invalid id for none).
  SourceId source{};
  // Where in the source's text it stands; optional, requires `source`.
  std::optional<TextSpan> span{};
  // Outlets that relayed it, nearest to the speaker first ("TASS quoted
  // Putin"). Each must exist; no outlet twice.
  std::vector<Report> reported_by{};
  // What was said; may be empty for coded event data with no text.
  std::string text{};
  QuoteKind quote = QuoteKind::kParaphrase;
  // The actors it is about (its targets). Each must exist; no duplicates.
  std::vector<ActorId> about{};
  // Topics ("Ukraine crisis"); non-empty strings, no duplicates.
  std::vector<std::string> topics{};
  // CAMEO-style event type; may be empty.
  EventType event_type{};
  // Stance toward actors; each target must exist, at most one stance each.
  std::vector<Stance> stances{};
  // Earlier statements this one responds to or is about.
  std::vector<StatementLink> links{};
  // Joint statements: the speakers besides `speaker`. Each must exist, none
  // may be the speaker, no duplicates. Graph::StatementsCoSpokenBy lists
  // the statements of each; StatementQuery::By and Involving count a
  // co-speaker as a speaker.
  std::vector<ActorId> co_speakers{};
  // Further documents carrying the same statement (the first document is
  // the statement's own source / span / reported_by above). No mention
  // twice, none equal to that first one.
  std::vector<StatementMention> mentions{};

  friend bool operator==(const Statement&, const Statement&) = default;
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_STATEMENT_H_
