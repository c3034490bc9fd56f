#include "seed_graph.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "diplograph/diplograph.h"

namespace diplograph::seed {
namespace {

// Unwraps a StatusOr into `out`, or returns its error from the caller.
#define SEED_ASSIGN(out, expr)                            \
  do {                                                    \
    auto seed_result_ = (expr);                           \
    if (!seed_result_.ok()) return seed_result_.status(); \
    out = *seed_result_;                                  \
  } while (false)

#define SEED_CHECK(expr)                         \
  do {                                           \
    absl::Status seed_status_ = (expr);          \
    if (!seed_status_.ok()) return seed_status_; \
  } while (false)

Date D(absl::string_view text) { return *Date::Parse(text); }
Interval I(absl::string_view text) { return *Interval::Parse(text); }

EventType Type(const char* code, const char* name) {
  return EventType{.code = code, .name = name};
}

absl::Status Build(Graph& g) {
  // --- Actors -------------------------------------------------------------
  ActorId china, russia, us, ukraine, mfa, kremlin, mao, putin, trump, biden,
      peskov, tass, xi;
  SEED_ASSIGN(china, g.AddActor({.name = "China",
                                 .kind = ActorKind::kState,
                                 .aliases = {"People's Republic of China"},
                                 .iso3 = "CHN",
                                 .cameo_code = "CHN"}));
  SEED_ASSIGN(russia, g.AddActor({.name = "Russia",
                                  .kind = ActorKind::kState,
                                  .aliases = {"Russian Federation", "Moscow"},
                                  .iso3 = "RUS",
                                  .cameo_code = "RUS"}));
  SEED_ASSIGN(us,
              g.AddActor({.name = "United States",
                          .kind = ActorKind::kState,
                          .aliases = {"US", "USA", "United States of America",
                                      "America", "Washington"},
                          .iso3 = "USA",
                          .cameo_code = "USA"}));
  SEED_ASSIGN(ukraine, g.AddActor({.name = "Ukraine",
                                   .kind = ActorKind::kState,
                                   .iso3 = "UKR",
                                   .cameo_code = "UKR"}));
  SEED_ASSIGN(
      mfa,
      g.AddActor({.name = "Ministry of Foreign Affairs (China)",
                  .kind = ActorKind::kOrganization,
                  .aliases = {"Foreign Ministry", "Chinese Foreign Ministry"},
                  .cameo_code = "CHNGOV",
                  .affiliations = {
                      {.organization = china, .role = "foreign ministry"}}}));
  SEED_ASSIGN(kremlin,
              g.AddActor({.name = "Kremlin",
                          .kind = ActorKind::kOrganization,
                          .aliases = {"Presidential Executive Office (Russia)"},
                          .cameo_code = "RUSGOV",
                          .affiliations = {{.organization = russia,
                                            .role = "presidential office"}}}));
  SEED_ASSIGN(tass, g.AddActor({.name = "TASS",
                                .kind = ActorKind::kMediaOutlet,
                                .aliases = {"Russian News Agency TASS"},
                                .cameo_code = "RUSMED",
                                .affiliations = {{.organization = russia,
                                                  .role = "official news "
                                                          "agency"}}}));
  SEED_ASSIGN(mao, g.AddActor({.name = "Mao Ning",
                               .kind = ActorKind::kPerson,
                               .aliases = {"Ning"},
                               .cameo_code = "CHNGOV",
                               .affiliations = {{.organization = mfa,
                                                 .role = "spokesperson"}}}));
  // Dates of office are public record: Putin's current presidency since
  // 2012-05-07; Biden's term 2021-01-20 to 2025-01-20; Trump's first term
  // 2017-01-20 to 2021-01-20, his win on 2024-11-05 (President-elect from
  // the next day) and his inauguration on 2025-01-20, as the report says.
  // Intervals are inclusive, so a term ends the day before the next starts.
  SEED_ASSIGN(putin,
              g.AddActor({.name = "Vladimir Putin",
                          .kind = ActorKind::kPerson,
                          .aliases = {"Putin"},
                          .cameo_code = "RUSELI",
                          .affiliations = {{.organization = russia,
                                            .role = "President",
                                            .valid = I("2012-05-07/..")}}}));
  SEED_ASSIGN(
      trump, g.AddActor({.name = "Donald Trump",
                         .kind = ActorKind::kPerson,
                         .aliases = {"Trump"},
                         .cameo_code = "USAELI",
                         .affiliations = {{.organization = us,
                                           .role = "President",
                                           .valid = I("2017-01-20/2021-01-19")},
                                          {.organization = us,
                                           .role = "President-elect",
                                           .valid = I("2024-11-06/2025-01-19")},
                                          {.organization = us,
                                           .role = "President",
                                           .valid = I("2025-01-20/..")}}}));
  SEED_ASSIGN(biden,
              g.AddActor({.name = "Joe Biden",
                          .kind = ActorKind::kPerson,
                          .aliases = {"Biden"},
                          .cameo_code = "USAELI",
                          .affiliations = {{.organization = us,
                                            .role = "President",
                                            .valid = I("2021-01-20/"
                                                       "2025-01-19")}}}));
  SEED_ASSIGN(peskov, g.AddActor({.name = "Dmitry Peskov",
                                  .kind = ActorKind::kPerson,
                                  .aliases = {"Peskov"},
                                  .cameo_code = "RUSGOV",
                                  .affiliations = {{.organization = kremlin,
                                                    .role = "spokesman"}}}));
  SEED_ASSIGN(xi, g.AddActor({.name = "Xi Jinping",
                              .kind = ActorKind::kPerson,
                              .aliases = {"Xi", "President Xi"},
                              .cameo_code = "CHNELI",
                              .affiliations = {{.organization = china,
                                                .role = "President"}}}));
  (void)biden;
  (void)xi;

  // --- The report ---------------------------------------------------------
  SourceId report;
  SEED_ASSIGN(report,
              g.AddSource({.title = "Beijing, 2024-11-08: China's Foreign "
                                    "Ministry on US-Russia ties after "
                                    "Putin's remarks",
                           .date = D("2024-11-08"),
                           .locator = kArticleLocator}));

  const std::string kRussiaUs = "Russia-US relations";
  const std::string kUkraine = "Ukraine crisis";
  const std::string kContainment = "US containment policy";
  const std::string kChinaRussia = "China-Russia relations";

  // --- Trump, during his campaign (date not given in the report) ----------
  StatementId trump_ties, trump_end_war;
  SEED_ASSIGN(trump_ties,
              g.AddStatement({.speaker = trump,
                              .channel = "campaign speech",
                              .source = report,
                              .text = "has good ties with Putin",
                              .quote = QuoteKind::kParaphrase,
                              .about = {putin},
                              .topics = {kRussiaUs},
                              .event_type = Type("051", "Praise or endorse"),
                              .stances = {{putin, Polarity::kCooperative}}}));
  SEED_ASSIGN(trump_end_war,
              g.AddStatement({.speaker = trump,
                              .channel = "campaign speech",
                              .source = report,
                              .text = "will end the Ukraine war in a day",
                              .quote = QuoteKind::kParaphrase,
                              .about = {ukraine, russia},
                              .topics = {kUkraine},
                              .event_type = Type("037",
                                                 "Express intent to settle "
                                                 "dispute")}));

  // --- Putin at an event in Sochi, as reported by TASS --------------------
  // The report gives no date; the event is the Valdai Discussion Club
  // session in Sochi of 2024-11-07 (Kremlin transcript, public record).
  const Date sochi_day = D("2024-11-07");
  const std::vector<Report> by_tass = {{tass, ReportKind::kReported}};
  StatementId putin_attention, putin_dialogue, putin_deterrence, putin_triple,
      putin_trust;
  SEED_ASSIGN(
      putin_attention,
      g.AddStatement(
          {.speaker = putin,
           .date = sochi_day,
           .channel = "speech at an event",
           .location = "Sochi",
           .source = report,
           .reported_by = by_tass,
           .text = "What has been said publicly so far …, what has been said "
                   "about the desire to restore relations with Russia, to "
                   "contribute to the end of the Ukrainian crisis, in my "
                   "opinion, it deserves at least attention.",
           .quote = QuoteKind::kDirectQuote,
           .about = {trump, us, russia},
           .topics = {kRussiaUs, kUkraine},
           .event_type = Type("013", "Make optimistic comment"),
           .stances = {{trump, Polarity::kCooperative}},
           .links = {{trump_end_war, StatementLinkKind::kRefersTo,
                      Polarity::kCooperative}}}));
  SEED_ASSIGN(
      putin_dialogue,
      g.AddStatement({.speaker = putin,
                      .date = sochi_day,
                      .channel = "speech at an event",
                      .location = "Sochi",
                      .source = report,
                      .text = "is willing to resume dialogue with Trump, with "
                              "whom he has had close ties since Trump's "
                              "first term",
                      .quote = QuoteKind::kParaphrase,
                      .about = {trump, us},
                      .topics = {kRussiaUs},
                      .event_type = Type("036",
                                         "Express intent to meet or "
                                         "negotiate"),
                      .stances = {{trump, Polarity::kCooperative}}}));
  SEED_ASSIGN(
      putin_deterrence,
      g.AddStatement(
          {.speaker = putin,
           .date = sochi_day,
           .channel = "speech at an event",
           .location = "Sochi",
           .source = report,
           .reported_by = by_tass,
           .text = "Regrettably, the United States is conducting the policy "
                   "of dual deterrence. In other words, it is trying to deter "
                   "both China and Russia at the same time",
           .quote = QuoteKind::kDirectQuote,
           .about = {us, china, russia},
           .topics = {kContainment},
           .event_type = Type("111", "Criticize or denounce"),
           .stances = {{us, Polarity::kConflictual}}}));
  SEED_ASSIGN(
      putin_triple,
      g.AddStatement(
          {.speaker = putin,
           .date = sochi_day,
           .channel = "speech at an event",
           .location = "Sochi",
           .source = report,
           .reported_by = by_tass,
           .text = "I believe that if, instead of ‘dual deterrence,’ the "
                   "United States had changed its policy on Russia and China "
                   "to ‘triple cooperation,’ everyone would have benefited "
                   "from it.",
           .quote = QuoteKind::kDirectQuote,
           .about = {us, russia, china},
           .topics = {kContainment},
           .event_type = Type("022",
                              "Appeal for diplomatic cooperation (such as "
                              "policy support)"),
           .links = {{putin_deterrence, StatementLinkKind::kRefersTo,
                      Polarity::kConflictual}}}));
  SEED_ASSIGN(
      putin_trust,
      g.AddStatement({.speaker = putin,
                      .date = sochi_day,
                      .channel = "speech at an event",
                      .location = "Sochi",
                      .source = report,
                      .reported_by = {{tass, ReportKind::kQuoted}},
                      .text = "the level of trust between Russia and China is "
                              "at the highest point in modern history",
                      .quote = QuoteKind::kParaphrase,
                      .about = {china, russia},
                      .topics = {kChinaRussia},
                      .event_type = Type("051", "Praise or endorse"),
                      .stances = {{china, Polarity::kCooperative}}}));

  // --- Mao Ning at the regular press briefing in Beijing ------------------
  const Date briefing_day = D("2024-11-08");
  StatementId mao_matter, mao_ukraine, mao_praise, mao_partners,
      mao_containment, mao_respect;
  SEED_ASSIGN(
      mao_matter,
      g.AddStatement(
          {.speaker = mao,
           .date = briefing_day,
           .channel = "regular press briefing",
           .location = "Beijing",
           .source = report,
           .text = "the relationship between Russia and the US is a matter "
                   "between the two countries.",
           .quote = QuoteKind::kDirectQuote,
           .about = {russia, us},
           .topics = {kRussiaUs},
           .event_type = Type("010", "Make statement"),
           .links = {{putin_dialogue, StatementLinkKind::kRespondsTo,
                      Polarity::kNeutral},
                     {putin_attention, StatementLinkKind::kRespondsTo,
                      Polarity::kNeutral}}}));
  SEED_ASSIGN(
      mao_ukraine,
      g.AddStatement(
          {.speaker = mao,
           .date = briefing_day,
           .channel = "regular press briefing",
           .location = "Beijing",
           .source = report,
           .text = "On the Ukraine crisis, China’s position is consistent. We "
                   "support all efforts that are conducive to the political "
                   "settlement of the crisis.",
           .quote = QuoteKind::kDirectQuote,
           .about = {ukraine},
           .topics = {kUkraine},
           .event_type = Type("010", "Make statement"),
           .links = {{trump_end_war, StatementLinkKind::kRespondsTo,
                      Polarity::kNeutral}}}));
  SEED_ASSIGN(
      mao_praise,
      g.AddStatement({.speaker = mao,
                      .date = briefing_day,
                      .channel = "regular press briefing",
                      .location = "Beijing",
                      .source = report,
                      .text = "praised Putin's criticism of the US policy of "
                              "dual containment of Russia and China",
                      .quote = QuoteKind::kParaphrase,
                      .about = {putin, us},
                      .topics = {kContainment},
                      .event_type = Type("051", "Praise or endorse"),
                      .stances = {{putin, Polarity::kCooperative},
                                  {us, Polarity::kConflictual}},
                      .links = {{putin_deterrence, StatementLinkKind::kRefersTo,
                                 Polarity::kCooperative}}}));
  SEED_ASSIGN(
      mao_partners,
      g.AddStatement(
          {.speaker = mao,
           .date = briefing_day,
           .channel = "regular press briefing",
           .location = "Beijing",
           .source = report,
           .text = "China and Russia are each other’s comprehensive strategic "
                   "partners of coordination for a new era",
           .quote = QuoteKind::kDirectQuote,
           .about = {china, russia},
           .topics = {kChinaRussia},
           .event_type = Type("010", "Make statement"),
           .stances = {{russia, Polarity::kCooperative}}}));
  SEED_ASSIGN(
      mao_containment,
      g.AddStatement(
          {.speaker = mao,
           .date = briefing_day,
           .channel = "regular press briefing",
           .location = "Beijing",
           .source = report,
           .text = "China always believes that major-country competition runs "
                   "counter to the trend of the times, and containment and "
                   "suppression as well as bloc confrontation will win no "
                   "support.",
           .quote = QuoteKind::kDirectQuote,
           .about = {us},
           .topics = {kContainment},
           .event_type = Type("111", "Criticize or denounce"),
           .stances = {{us, Polarity::kConflictual}},
           .links = {{putin_deterrence, StatementLinkKind::kRefersTo,
                      Polarity::kCooperative}}}));
  SEED_ASSIGN(
      mao_respect,
      g.AddStatement({.speaker = mao,
                      .date = briefing_day,
                      .channel = "regular press briefing",
                      .location = "Beijing",
                      .source = report,
                      .text = "Mutual respect and win-win cooperation is the "
                              "right way for countries to get along with each "
                              "other",
                      .quote = QuoteKind::kDirectQuote,
                      .topics = {kContainment},
                      .event_type = Type("010", "Make statement")}));
  (void)mao_ukraine;
  (void)mao_respect;

  // --- Peskov (the report gives no day) -----------------------------------
  StatementId peskov_contact;
  SEED_ASSIGN(
      peskov_contact,
      g.AddStatement({.speaker = peskov,
                      .date = D("2024-11"),
                      .source = report,
                      .text = "did not rule out a communication between Putin "
                              "and Trump before Trump takes office on "
                              "2025-01-20",
                      .quote = QuoteKind::kParaphrase,
                      .about = {putin, trump},
                      .topics = {kRussiaUs},
                      .event_type = Type("036",
                                         "Express intent to meet or "
                                         "negotiate")}));
  (void)peskov_contact;

  // --- Relationships ------------------------------------------------------
  // The partnership's name dates from the joint statement of 2019-06-05
  // (public record).
  RelationshipId partners;
  SEED_ASSIGN(partners,
              g.AddRelationship(
                  {.from = china,
                   .to = russia,
                   .label = "comprehensive strategic partners of coordination "
                            "for a new era",
                   .directed = false,
                   .polarity = Polarity::kCooperative,
                   .valid = I("2019-06-05/.."),
                   .evidence = {{.statement = mao_partners,
                                 .role = EvidenceRole::kAsserts}}}));
  (void)partners;
  for (ActorId target : {china, russia}) {
    RelationshipId containment;
    SEED_ASSIGN(
        containment,
        g.AddRelationship({.from = us,
                           .to = target,
                           .label = "dual containment",
                           .label_variants = {"dual deterrence"},
                           .directed = true,
                           .polarity = Polarity::kConflictual,
                           .evidence = {{.statement = putin_deterrence,
                                         .role = EvidenceRole::kAsserts},
                                        {.statement = mao_praise,
                                         .role = EvidenceRole::kConfirms},
                                        {.statement = mao_containment,
                                         .role = EvidenceRole::kConfirms}}}));
    (void)containment;
  }
  const std::pair<ActorId, ActorId> triple_pairs[] = {
      {us, russia}, {us, china}, {russia, china}};
  for (const auto& [a, b] : triple_pairs) {
    RelationshipId triple;
    SEED_ASSIGN(triple, g.AddRelationship(
                            {.from = a,
                             .to = b,
                             .label = "triple cooperation",
                             .directed = false,
                             .polarity = Polarity::kCooperative,
                             .evidence = {{.statement = putin_triple,
                                           .role = EvidenceRole::kProposes}}}));
    (void)triple;
  }
  RelationshipId close_ties;
  SEED_ASSIGN(
      close_ties,
      g.AddRelationship(
          {.from = trump,
           .to = putin,
           .label = "close ties",
           .directed = false,
           .polarity = Polarity::kCooperative,
           .valid = I("2017-01-20/.."),
           .evidence = {
               {.statement = trump_ties, .role = EvidenceRole::kAsserts},
               {.statement = putin_dialogue, .role = EvidenceRole::kAsserts},
               {.source = report, .role = EvidenceRole::kAsserts}}}));
  (void)close_ties;
  RelationshipId trust;
  SEED_ASSIGN(trust,
              g.AddRelationship(
                  {.from = russia,
                   .to = china,
                   .label = "trust at the highest point in modern history",
                   .directed = false,
                   .polarity = Polarity::kCooperative,
                   .evidence = {{.statement = putin_trust,
                                 .role = EvidenceRole::kAsserts}}}));
  (void)trust;

  // --- Events -------------------------------------------------------------
  EventId election, inauguration;
  SEED_ASSIGN(election, g.AddEvent({.label = "Donald Trump wins the 2024 US "
                                             "presidential election",
                                    .date = D("2024-11-05"),
                                    .participants = {trump, us},
                                    .source = report}));
  SEED_ASSIGN(inauguration,
              g.AddEvent({.label = "Donald Trump takes office as President "
                                   "of the United States",
                          .date = D("2025-01-20"),
                          .participants = {trump, us},
                          .source = report}));
  (void)election;
  (void)inauguration;
  return absl::OkStatus();
}

}  // namespace

absl::Status BuildSeedGraph(Graph& graph) {
  return graph.Update([](Graph& g) { return Build(g); });
}

}  // namespace diplograph::seed
