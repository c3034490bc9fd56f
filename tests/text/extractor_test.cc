// Tests of the text extractor (text.h) on sentences written for them, one
// construction each, and on bad input.

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "diplograph/actor.h"
#include "diplograph/graph.h"
#include "diplograph/resolve.h"
#include "diplograph/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace diplograph {
namespace {

using ::testing::HasSubstr;

// A small known graph of invented people, so that the tests do not depend
// on the compiled-in registry's office holders.
const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    const ActorId norway = *g->AddActor(
        {.name = "Norway", .kind = ActorKind::kState, .iso3 = "NOR"});
    const ActorId mfa =
        *g->AddActor({.name = "Ministry of Foreign Affairs (Norway)",
                      .kind = ActorKind::kOrganization,
                      .aliases = {"Foreign Ministry"},
                      .affiliations = {{.organization = norway,
                                        .role = "foreign ministry"}}});
    (void)mfa;
    *g->AddActor({.name = "Olga Tamm", .kind = ActorKind::kPerson});
    *g->AddActor({.name = "Pavel Sorin", .kind = ActorKind::kPerson});
    *g->AddActor({.name = "Ines Varga", .kind = ActorKind::kPerson});
    *g->AddActor({.name = "Daily Courier",
                  .kind = ActorKind::kMediaOutlet,
                  .aliases = {"the Daily Courier"}});
    return g;
  }();
  return *graph;
}

const Extractor& TheExtractor() {
  static const Extractor* const extractor = [] {
    absl::StatusOr<Extractor> e = Extractor::Create(Known());
    if (!e.ok()) std::abort();
    return new Extractor(*std::move(e));
  }();
  return *extractor;
}

Extraction Extract(const std::string& text, Date date = Date()) {
  DocumentInfo info;
  info.publication_date = date.is_known() ? date : *Date::Parse("2024-03-05");
  absl::StatusOr<Extraction> x = TheExtractor().Extract(text, info);
  EXPECT_TRUE(x.ok()) << x.status();
  return x.ok() ? *std::move(x) : Extraction();
}

std::string Speaker(const Extraction& x, const ExtractedStatement& s) {
  return s.speaker >= 0 ? x.actors[s.speaker].name : "";
}

std::string NameOf(const Extraction& x, int actor) {
  return actor >= 0 ? x.actors[actor].name : "";
}

// The statements as "speaker: text".
std::vector<std::string> Said(const Extraction& x) {
  std::vector<std::string> out;
  for (const ExtractedStatement& s : x.statements) {
    out.push_back(Speaker(x, s) + ": " + s.text);
  }
  return out;
}

// ------------------------------------------------------------ progress

// The (done, total) pairs ExtractOptions::progress receives.
std::vector<std::pair<uint64_t, uint64_t>> ProgressOf(const std::string& text,
                                                      Extraction* out) {
  std::vector<std::pair<uint64_t, uint64_t>> calls;
  ExtractOptions options;
  options.progress = [&calls](uint64_t done, uint64_t total) {
    calls.emplace_back(done, total);
  };
  DocumentInfo info;
  info.publication_date = *Date::Parse("2024-03-05");
  absl::StatusOr<Extraction> x = TheExtractor().Extract(text, info, options);
  EXPECT_TRUE(x.ok()) << x.status();
  if (x.ok() && out != nullptr) *out = *std::move(x);
  return calls;
}

TEST(ExtractorProgress, GrowsToTheTotalAtABoundedRate) {
  std::string text;
  for (int i = 0; i < 3000; ++i) {
    absl::StrAppend(&text, "Olga Tamm said on Monday that talks number ", i,
                    " with Norway had gone well.\n\n");
  }
  Extraction with;
  const auto calls = ProgressOf(text, &with);
  ASSERT_FALSE(calls.empty());
  EXPECT_LE(calls.size(), 1025u);
  EXPECT_GT(calls.size(), 100u);  // one paragraph is far below 1/1024th
  EXPECT_EQ(calls.back(),
            std::make_pair(uint64_t{text.size()}, uint64_t{text.size()}));
  for (size_t i = 0; i < calls.size(); ++i) {
    EXPECT_EQ(calls[i].second, text.size());
    if (i > 0) {
      EXPECT_GT(calls[i].first, calls[i - 1].first) << i;
    }
  }
  // The callback only watches: the extraction is the same without it.
  const Extraction without = Extract(text);
  EXPECT_EQ(Said(with), Said(without));
  EXPECT_EQ(with.statements.size(), 3000u);
}

TEST(ExtractorProgress, TranscriptTurnsAndEmptyText) {
  const std::string transcript =
      "Regular Press Conference\n\n"
      "Olga Tamm: Good afternoon. We welcome the talks with Norway.\n\n"
      "Q: What do you make of the report?\n\n"
      "Olga Tamm: We have nothing to add.\n";
  const auto calls = ProgressOf(transcript, nullptr);
  ASSERT_FALSE(calls.empty());
  EXPECT_EQ(calls.back().first, transcript.size());
  for (size_t i = 1; i < calls.size(); ++i) {
    EXPECT_GT(calls[i].first, calls[i - 1].first);
  }
  const auto empty = ProgressOf("", nullptr);
  ASSERT_EQ(empty.size(), 1u);
  EXPECT_EQ(empty[0], std::make_pair(uint64_t{0}, uint64_t{0}));
  // Input refused: no call.
  std::vector<int> none;
  ExtractOptions options;
  options.progress = [&none](uint64_t, uint64_t) { none.push_back(1); };
  EXPECT_FALSE(TheExtractor().Extract("a\xff", {}, options).ok());
  EXPECT_TRUE(none.empty());
}

// ------------------------------------------------------------ bad input

TEST(ExtractorInput, EmptyTextGivesEmptyExtraction) {
  Extraction x = Extract("");
  EXPECT_TRUE(x.empty());
  EXPECT_TRUE(x.actors.empty());
}

TEST(ExtractorInput, InvalidUtf8NamesTheOffset) {
  absl::StatusOr<Extraction> x =
      TheExtractor().Extract(std::string("Talks \xC3\x28 ended"));
  ASSERT_FALSE(x.ok());
  EXPECT_EQ(x.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(x.status().message(), HasSubstr("byte offset 6"));
}

TEST(ExtractorInput, Utf16IsRecognisedByItsByteOrderMark) {
  const std::string le("\xFF\xFEO\0l\0g\0a\0", 10);
  absl::StatusOr<Extraction> x = TheExtractor().Extract(le);
  ASSERT_FALSE(x.ok());
  EXPECT_THAT(x.status().message(), HasSubstr("UTF-16 little-endian"));
  const std::string be("\xFE\xFF\0O\0l\0g\0a", 10);
  x = TheExtractor().Extract(be);
  ASSERT_FALSE(x.ok());
  EXPECT_THAT(x.status().message(), HasSubstr("UTF-16 big-endian"));
}

TEST(ExtractorInput, Utf16WithoutMarkIsRecognisedByItsNulBytes) {
  std::string text;
  for (char c : std::string("Olga Tamm said the talks were useful.")) {
    text.push_back(c);
    text.push_back('\0');
  }
  absl::StatusOr<Extraction> x = TheExtractor().Extract(text);
  ASSERT_FALSE(x.ok());
  EXPECT_THAT(x.status().message(), HasSubstr("UTF-16 little-endian"));
}

TEST(ExtractorInput, NulByteIsNamedWithItsOffset) {
  const std::string text("Olga Tamm said the talks were useful.\0x", 39);
  absl::StatusOr<Extraction> x = TheExtractor().Extract(text);
  ASSERT_FALSE(x.ok());
  EXPECT_THAT(x.status().message(), HasSubstr("NUL byte at byte offset 37"));
}

TEST(ExtractorInput, BinaryJunkIsRefusedOrReadWithoutHarm) {
  std::mt19937 rng(7);
  for (int round = 0; round < 50; ++round) {
    std::string junk(4096, '\0');
    for (char& c : junk) c = static_cast<char>(rng() & 0xFF);
    absl::StatusOr<Extraction> x = TheExtractor().Extract(junk);
    EXPECT_FALSE(x.ok());
  }
  // Valid UTF-8 junk: marks, letters and punctuation at random.
  const char* const pieces[] = {"\xE2\x80\x9C",
                                "\xE2\x80\x9D",
                                "\"",
                                ",",
                                ".",
                                " said ",
                                "Olga Tamm",
                                "\n",
                                "\n\n",
                                ":",
                                "he",
                                " ",
                                "according to",
                                "Q:"};
  for (int round = 0; round < 50; ++round) {
    std::string text;
    for (int i = 0; i < 2000; ++i) text += pieces[rng() % 14];
    absl::StatusOr<Extraction> x = TheExtractor().Extract(text);
    ASSERT_TRUE(x.ok()) << x.status();
    for (const ExtractedStatement& s : x->statements) {
      EXPECT_LE(s.text_span.begin, s.text_span.end);
      EXPECT_LE(s.text_span.end, text.size());
    }
  }
}

TEST(ExtractorInput, TextWithNoStatementsGivesAnEmptyExtraction) {
  Extraction x = Extract(
      "The valley was quiet in March. Farmers planted barley and the river "
      "rose after the rain.\n\nNothing else happened that week.");
  EXPECT_TRUE(x.statements.empty());
}

TEST(ExtractorInput, TenThousandOpeningMarksStayInTheirParagraph) {
  std::string text = "Olga Tamm said: ";
  for (int i = 0; i < 10000; ++i) text += "\xE2\x80\x9C word ";
  text += "\n\nA second paragraph about the weather.";
  Extraction x = Extract(text);
  const uint32_t paragraph_end = static_cast<uint32_t>(text.find("\n\n"));
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_LE(s.text_span.end, paragraph_end);
  }
}

// 50 MB in optimised builds; the Debug build of the sanitizer run is about
// ten times slower, so it reads 8 MB of the same line.
#if defined(NDEBUG)
constexpr size_t kLongLine = size_t{50} << 20;
#else
constexpr size_t kLongLine = size_t{8} << 20;
#endif

TEST(ExtractorInput, FiftyMegabyteSingleLine) {
  std::string text;
  text.reserve(kLongLine);
  const std::string piece =
      "Olga Tamm said that the talks with Norway were useful, and ";
  while (text.size() + piece.size() < kLongLine) text += piece;
  absl::StatusOr<Extraction> x = TheExtractor().Extract(text);
  ASSERT_TRUE(x.ok()) << x.status();
}

// ------------------------------------------------------------ attribution

TEST(ExtractorAttribution, QuoteThenSpeakerThenVerb) {
  Extraction x = Extract("\"We will not accept this,\" Olga Tamm said.");
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_EQ(Speaker(x, x.statements[0]), "Olga Tamm");
  EXPECT_EQ(x.statements[0].text, "We will not accept this");
  EXPECT_EQ(x.statements[0].quote, QuoteKind::kDirectQuote);
}

TEST(ExtractorAttribution, QuoteThenVerbThenSpeaker) {
  Extraction x = Extract("\"The talks were useful,\" said Olga Tamm.");
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_EQ(Speaker(x, x.statements[0]), "Olga Tamm");
  EXPECT_EQ(x.statements[0].rule, "quote-verb-speaker");
}

TEST(ExtractorAttribution, SpeakerVerbThenQuote) {
  Extraction x = Extract("Olga Tamm said, \"The talks were useful.\"");
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_EQ(Speaker(x, x.statements[0]), "Olga Tamm");
  EXPECT_EQ(x.statements[0].text, "The talks were useful.");
}

TEST(ExtractorAttribution, SaidThatIsAParaphrase) {
  Extraction x =
      Extract("Olga Tamm said that the talks with Norway were useful.");
  ASSERT_EQ(x.statements.size(), 1u);
  const ExtractedStatement& s = x.statements[0];
  EXPECT_EQ(Speaker(x, s), "Olga Tamm");
  EXPECT_EQ(s.quote, QuoteKind::kParaphrase);
  EXPECT_EQ(s.text, "the talks with Norway were useful");
  ASSERT_EQ(s.about.size(), 1u);
  EXPECT_EQ(NameOf(x, s.about[0]), "Norway");
}

TEST(ExtractorAttribution, AccordingTo) {
  Extraction x =
      Extract("The talks with Norway will resume, according to Olga Tamm.");
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_EQ(Speaker(x, x.statements[0]), "Olga Tamm");
  EXPECT_EQ(x.statements[0].text, "The talks with Norway will resume");
}

TEST(ExtractorAttribution, ToldAddresseeIsNotTheWords) {
  Extraction x = Extract("Olga Tamm told Pavel Sorin that the offer stands.");
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_EQ(Speaker(x, x.statements[0]), "Olga Tamm");
  EXPECT_EQ(x.statements[0].text, "the offer stands");
}

TEST(ExtractorAttribution, OutletQuotedSpeakerAsSaying) {
  Extraction x = Extract(
      "Relations with Norway are at their best, the Daily Courier quoted "
      "Olga Tamm as saying.");
  ASSERT_EQ(x.statements.size(), 1u);
  const ExtractedStatement& s = x.statements[0];
  EXPECT_EQ(Speaker(x, s), "Olga Tamm");
  ASSERT_EQ(s.reported_by.size(), 1u);
  EXPECT_EQ(NameOf(x, s.reported_by[0].outlet), "Daily Courier");
  EXPECT_EQ(s.reported_by[0].kind, ReportKind::kQuoted);
  EXPECT_EQ(s.text, "Relations with Norway are at their best");
}

TEST(ExtractorAttribution, OutletReportedThatSpeakerSaid) {
  Extraction x = Extract(
      "The Daily Courier reported that Olga Tamm, speaking at a forum, said: "
      "\"We are ready to talk.\"");
  ASSERT_EQ(x.statements.size(), 1u);
  const ExtractedStatement& s = x.statements[0];
  EXPECT_EQ(Speaker(x, s), "Olga Tamm");
  ASSERT_EQ(s.reported_by.size(), 1u);
  EXPECT_EQ(NameOf(x, s.reported_by[0].outlet), "Daily Courier");
}

TEST(ExtractorAttribution, RemarksCarriedByAnOutlet) {
  Extraction x = Extract(
      "\"We are ready,\" Olga Tamm told Pavel Sorin in remarks carried by "
      "the Daily Courier.");
  ASSERT_EQ(x.statements.size(), 1u);
  const ExtractedStatement& s = x.statements[0];
  EXPECT_EQ(Speaker(x, s), "Olga Tamm");
  ASSERT_EQ(s.reported_by.size(), 1u);
  EXPECT_EQ(NameOf(x, s.reported_by[0].outlet), "Daily Courier");
}

TEST(ExtractorAttribution, PronounResolvesToTheNearestSpeaker) {
  Extraction x = Extract(
      "Olga Tamm said the talks were useful. \"We are ready for more,\" she "
      "added.");
  ASSERT_EQ(x.statements.size(), 2u);
  EXPECT_EQ(Speaker(x, x.statements[1]), "Olga Tamm");
  EXPECT_THAT(x.statements[1].speaker_rule,
              HasSubstr("pronoun-nearest-speaker"));
}

TEST(ExtractorAttribution, NominalResolvesThroughTheApposition) {
  Extraction x = Extract(
      "Foreign Ministry spokesperson Olga Tamm said the talks were useful.\n\n"
      "Pavel Sorin said nothing had changed.\n\n"
      "\"We are ready for more,\" the spokesperson said.");
  ASSERT_EQ(x.statements.size(), 3u);
  EXPECT_EQ(Speaker(x, x.statements[2]), "Olga Tamm");
}

TEST(ExtractorAttribution, AppositionIsADatedAffiliation) {
  Extraction x = Extract(
      "Foreign Ministry spokesperson Olga Tamm said the talks were useful.");
  int tamm = -1;
  for (size_t i = 0; i < x.actors.size(); ++i) {
    if (x.actors[i].name == "Olga Tamm") tamm = static_cast<int>(i);
  }
  ASSERT_GE(tamm, 0);
  ASSERT_EQ(x.actors[tamm].affiliations.size(), 1u);
  const ExtractedAffiliation& af = x.actors[tamm].affiliations[0];
  EXPECT_EQ(af.role, "spokesperson");
  EXPECT_EQ(NameOf(x, af.organization), "Ministry of Foreign Affairs (Norway)");
  EXPECT_EQ(af.valid, Interval::During(*Date::Parse("2024-03-05")));
}

TEST(ExtractorAttribution, UnknownPersonAfterATitle) {
  Extraction x =
      Extract("Presidential aide Marten Kuusk said the visit would go ahead.");
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_EQ(Speaker(x, x.statements[0]), "Marten Kuusk");
  EXPECT_EQ(x.actors[x.statements[0].speaker].rule, "title-and-name");
}

TEST(ExtractorAttribution, SurnameRefersToTheNamedPerson) {
  Extraction x = Extract(
      "Presidential aide Marten Kuusk arrived on Monday.\n\n"
      "\"The visit will go ahead,\" Kuusk said.");
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_EQ(Speaker(x, x.statements[0]), "Marten Kuusk");
}

TEST(ExtractorAttribution, CoordinatedVerbsShareTheSubject) {
  Extraction x = Extract(
      "Olga Tamm praised the offer from Norway and said the talks would "
      "resume.");
  ASSERT_EQ(x.statements.size(), 2u);
  EXPECT_EQ(Speaker(x, x.statements[1]), "Olga Tamm");
  EXPECT_EQ(x.statements[0].event_type.code, "051");
  EXPECT_EQ(x.statements[0].text, "the offer from Norway");
  EXPECT_EQ(x.statements[1].text, "the talks would resume");
}

TEST(ExtractorAttribution, ClauseThenSpeakerSaid) {
  Extraction x = Extract(
      "Olga Tamm and Pavel Sorin agreed to meet again, Ines Varga said.");
  ASSERT_GE(x.statements.size(), 1u);
  EXPECT_EQ(Speaker(x, x.statements.back()), "Ines Varga");
  EXPECT_EQ(x.statements.back().text,
            "Olga Tamm and Pavel Sorin agreed to meet again");
}

// ------------------------------------------------------------ quotations

TEST(ExtractorQuotes, CurlyMarksWithANestedQuotation) {
  Extraction x = Extract(
      "Olga Tamm said: \xE2\x80\x9CThey called it \xE2\x80\x98"
      "a mistake\xE2\x80\x99 and we agree.\xE2\x80\x9D");
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_EQ(x.statements[0].text,
            "They called it \xE2\x80\x98"
            "a mistake\xE2\x80\x99 and we agree.");
}

TEST(ExtractorQuotes, QuotationReopenedInTheNextParagraph) {
  Extraction x = Extract(
      "Olga Tamm said: \xE2\x80\x9CThe first part of the answer.\n\n"
      "\xE2\x80\x9CThe second part of the answer.\xE2\x80\x9D");
  ASSERT_EQ(x.statements.size(), 2u);
  EXPECT_EQ(Speaker(x, x.statements[1]), "Olga Tamm");
  EXPECT_EQ(x.statements[1].text, "The second part of the answer.");
  EXPECT_EQ(x.statements[1].rule, "quote-reopened-next-paragraph");
}

TEST(ExtractorQuotes, ContinuationInTheSameParagraph) {
  Extraction x =
      Extract("\"We are ready,\" Olga Tamm said. \"The door remains open.\"");
  ASSERT_EQ(x.statements.size(), 2u);
  EXPECT_EQ(Speaker(x, x.statements[1]), "Olga Tamm");
  EXPECT_EQ(x.statements[1].rule, "continuation-same-paragraph");
}

TEST(ExtractorQuotes, UnbalancedMarkIsBoundedByItsParagraph) {
  const std::string text =
      "Olga Tamm said: \"This quotation never closes.\n\n"
      "A second paragraph about the harvest.";
  Extraction x = Extract(text);
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_EQ(x.statements[0].text, "This quotation never closes.");
  EXPECT_LT(x.statements[0].confidence, 0.7f);
}

TEST(ExtractorQuotes, PartialQuoteInReportedSpeech) {
  Extraction x = Extract(
      "Olga Tamm described the agreement as \"a good start for both "
      "sides.\"");
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_EQ(x.statements[0].text, "a good start for both sides.");
  EXPECT_EQ(x.statements[0].quote, QuoteKind::kDirectQuote);
}

TEST(ExtractorQuotes, AbbreviationsDoNotEndSentences) {
  Extraction x = Extract(
      "Mr. Sorin arrived on Nov. 3 from the U.S. capital. Olga Tamm said, "
      "\"He is welcome.\"");
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_EQ(Speaker(x, x.statements[0]), "Olga Tamm");
}

// ------------------------------------------------------------ documents

TEST(ExtractorDocument, HeaderLinesGiveTheDateAndRelativeDaysResolve) {
  const std::string text =
      "SOURCE_URL: https://example.org/a\nDATE: 2024-03-05\n"
      "EXCERPT: none\nOlga Tamm on Friday said that the talks were useful.";
  Extraction x = Extract(text, *Date::Parse("2020-01-01"));
  EXPECT_EQ(x.document_date, *Date::Parse("2024-03-05"));
  EXPECT_EQ(x.body_begin, text.find("Olga"));
  EXPECT_EQ(x.info.locator, "https://example.org/a");
  ASSERT_EQ(x.statements.size(), 1u);
  // 2024-03-05 is a Tuesday: the Friday before it is 2024-03-01.
  EXPECT_EQ(x.statements[0].date, *Date::Parse("2024-03-01"));
  EXPECT_EQ(x.statements[0].date_basis, DateBasis::kRelative);
}

// A time adverbial between the verb and its that-clause dates the saying
// and is not part of what was said.
TEST(ExtractorDocument, TimeBetweenVerbAndThatDatesTheStatement) {
  for (const auto& [when, date] :
       {std::pair{"on Friday", "2024-03-01"},
        std::pair{"yesterday", "2024-03-04"}, std::pair{"last week", ""}}) {
    SCOPED_TRACE(when);
    const std::string text =
        absl::StrCat("DATE: 2024-03-05\nOlga Tamm said ", when,
                     " that the talks with Norway were useful.");
    Extraction x = Extract(text);
    ASSERT_EQ(x.statements.size(), 1u);
    EXPECT_EQ(x.statements[0].text, "the talks with Norway were useful");
    if (*date != '\0') {
      EXPECT_EQ(x.statements[0].date, *Date::Parse(date));
      EXPECT_EQ(x.statements[0].date_basis, DateBasis::kRelative);
    }
  }
}

TEST(ExtractorDocument, UndatedNewsStatementStaysUndated) {
  Extraction x = Extract("Olga Tamm said that the talks were useful.");
  ASSERT_EQ(x.statements.size(), 1u);
  EXPECT_FALSE(x.statements[0].date.is_known());
  EXPECT_EQ(x.statements[0].date_basis, DateBasis::kUnresolved);
}

TEST(ExtractorDocument, TranscriptTurnsQuestionsAndAnswers) {
  const std::string text =
      "DATE: 2024-03-05\n"
      "Olga Tamm: Good afternoon. We welcome the visit.\n\n"
      "Daily Courier: Pavel Sorin said that the deal is off. Will you "
      "respond?\n\n"
      "Olga Tamm: We have no comment on that.\n";
  Extraction x = Extract(text);
  EXPECT_EQ(x.info.genre, Genre::kTranscript);
  ASSERT_EQ(x.statements.size(), 3u) << ::testing::PrintToString(Said(x));
  EXPECT_EQ(Speaker(x, x.statements[0]), "Olga Tamm");
  EXPECT_EQ(x.statements[0].date, *Date::Parse("2024-03-05"));
  const ExtractedStatement& reported = x.statements[1];
  EXPECT_EQ(Speaker(x, reported), "Pavel Sorin");
  EXPECT_TRUE(reported.in_question);
  ASSERT_EQ(reported.reported_by.size(), 1u);
  EXPECT_EQ(NameOf(x, reported.reported_by[0].outlet), "Daily Courier");
  EXPECT_FALSE(reported.date.is_known());
  const ExtractedStatement& answer = x.statements[2];
  EXPECT_EQ(answer.text, "We have no comment on that.");
  ASSERT_EQ(answer.links.size(), 1u);
  EXPECT_EQ(answer.links[0].statement, 1);
  EXPECT_EQ(answer.links[0].kind, StatementLinkKind::kRespondsTo);
}

TEST(ExtractorDocument, ReadoutAttributionLineRelaysEveryStatement) {
  const std::string text =
      "DATE: 2024-03-05\nReadout\n"
      "The following is attributable to Spokesperson Pavel Sorin:\n"
      "Olga Tamm emphasized the importance of dialogue with Norway. She "
      "reiterated that Norway remains a partner.\n";
  Extraction x = Extract(text);
  EXPECT_EQ(x.info.genre, Genre::kReadout);
  ASSERT_EQ(x.statements.size(), 2u) << ::testing::PrintToString(Said(x));
  for (const ExtractedStatement& s : x.statements) {
    EXPECT_EQ(Speaker(x, s), "Olga Tamm");
    EXPECT_EQ(s.date, *Date::Parse("2024-03-05"));
    ASSERT_EQ(s.reported_by.size(), 1u);
    EXPECT_EQ(NameOf(x, s.reported_by[0].outlet), "Pavel Sorin");
  }
}

// ------------------------------------------------------------ graph

TEST(AddExtraction, AddsOnceAndMergesTheSecondTime) {
  Graph graph;
  const std::string text =
      "DATE: 2024-03-05\nOlga Tamm said that the talks with Norway were "
      "useful.";
  Extraction x = Extract(text);
  x.info.locator = "a.txt";
  AddExtractionReport report;
  ASSERT_TRUE(AddExtraction(graph, x, {}, &report).ok());
  EXPECT_EQ(report.statements_added, 1u);
  EXPECT_EQ(graph.statement_count(), 1u);
  const size_t actors = graph.actor_count();
  x.info.locator = "b.txt";
  ASSERT_TRUE(AddExtraction(graph, x, {}, &report).ok());
  EXPECT_EQ(report.actors_added, 0u);
  EXPECT_EQ(report.statements_merged, 1u);
  EXPECT_EQ(graph.statement_count(), 1u);
  EXPECT_EQ(graph.actor_count(), actors);
  // The second document is one more mention of the same statement.
  const Statement merged = graph.statement(report.statements[0]).ToStatement();
  ASSERT_EQ(merged.mentions.size(), 1u);
  EXPECT_EQ(merged.mentions[0].source, report.source);
  EXPECT_EQ(graph.source(report.source).locator, "b.txt");
}

// A lede and the quotation it retells later: the quotation's statement in
// the graph links to the lede's as the same utterance.
TEST(AddExtraction, StoresTheSameUtteranceLink) {
  Graph graph;
  Extraction x = Extract(
      "Norway on Thursday accused Iceland of breaking the accord.\n\n"
      "\"Iceland has broken its word,\" Trade Minister Erik Lunde told "
      "reporters.");
  x.info.locator = "lede.txt";
  ASSERT_EQ(x.statements.size(), 2u);
  ASSERT_EQ(x.statements[1].same_utterance, 0);
  AddExtractionReport report;
  ASSERT_TRUE(AddExtraction(graph, x, {}, &report).ok());
  ASSERT_EQ(report.statements.size(), 2u);
  ASSERT_TRUE(report.statements[0].valid());
  ASSERT_TRUE(report.statements[1].valid());
  const StatementView quote = graph.statement(report.statements[1]);
  ASSERT_EQ(quote.links().size(), 1u);
  EXPECT_EQ(quote.links()[0].statement, report.statements[0]);
  EXPECT_EQ(quote.links()[0].kind, StatementLinkKind::kSameUtterance);
  EXPECT_EQ(quote.links()[0].stance, Polarity::kNeutral);
  // The lede links to nothing.
  EXPECT_TRUE(graph.statement(report.statements[0]).links().empty());
}

// A name written in capitals in a dateline and in mixed case in the text is
// one alias, not two that the store would refuse as repeats.
TEST(AddExtraction, AliasesThatDifferOnlyInCaseAreOne) {
  const std::string text =
      "DATE: 2024-03-05\nOSLO, March 5 (Daily Courier) - Olga Tamm said on "
      "Tuesday that the talks in Oslo were useful. \"We will meet again,\" "
      "she told the DAILY COURIER in Oslo.";
  Extraction x = Extract(text);
  x.info.locator = "oslo.txt";
  for (const ExtractedActor& a : x.actors) {
    for (size_t i = 0; i < a.aliases.size(); ++i) {
      for (size_t j = i + 1; j < a.aliases.size(); ++j) {
        EXPECT_NE(Resolver::Fold(a.aliases[i]), Resolver::Fold(a.aliases[j]))
            << a.name << ": " << a.aliases[i] << " / " << a.aliases[j];
      }
    }
  }
  Graph graph;
  const absl::Status s = AddExtraction(graph, x);
  EXPECT_TRUE(s.ok()) << s;
}

// A place proposed by a name the graph already holds in other capitals
// ("BOTSWANA" in a heading, after the state Botswana) is that actor: the
// graph takes no second actor of one name, and the extraction is added.
TEST(AddExtraction, APlaceInCapitalsIsTheActorOfThatName) {
  Extraction x;
  x.info.locator = "caps.txt";
  ExtractedActor state;
  state.name = "Botswana";
  state.kind = ActorKind::kState;
  state.iso3 = "BWA";
  x.actors.push_back(state);
  ExtractedActor place;
  place.name = "BOTSWANA";
  place.kind = ActorKind::kPlace;
  x.actors.push_back(place);
  ExtractedActor city;
  city.name = "Gaborone";
  city.kind = ActorKind::kPlace;
  x.actors.push_back(city);
  for (int order = 0; order < 2; ++order) {
    Graph graph;
    Extraction y = x;
    if (order == 1) std::swap(y.actors[0], y.actors[1]);
    const absl::Status s = AddExtraction(graph, y);
    EXPECT_TRUE(s.ok()) << s;
    EXPECT_EQ(graph.actor_count(), 2u);  // Botswana and Gaborone
    EXPECT_TRUE(graph.FindActor("Botswana").ok());
  }
}

TEST(AddExtraction, AllOrNothing) {
  Graph graph;
  Extraction x = Extract("Olga Tamm said that the talks were useful.");
  ASSERT_EQ(x.statements.size(), 1u);
  x.info.locator = "a.txt";
  ExtractedStatement bad = x.statements[0];
  bad.text = "\xC3\x28";  // invalid UTF-8: the graph refuses it
  x.statements.push_back(bad);
  absl::Status s = AddExtraction(graph, x);
  EXPECT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()), HasSubstr("statements[1]"));
  EXPECT_EQ(graph.actor_count(), 0u);
  EXPECT_EQ(graph.statement_count(), 0u);
  EXPECT_EQ(graph.source_count(), 0u);
}

}  // namespace
}  // namespace diplograph

namespace diplograph {
namespace {

TEST(ExtractorDocument, JointStatementIsOneStatementOfAllParties) {
  const std::string text =
      "DATE: 2024-03-05\n"
      "Officials met in Oslo this week.\n\n"
      "Joint Statement of the Two Governments\n\n"
      "The Government of Norway and the Foreign Ministry,\n\n"
      "Recognizing the value of their dialogue;\n\n"
      "The Parties agree to meet again within a year.\n";
  Extraction x = Extract(text);
  EXPECT_EQ(x.info.genre, Genre::kJointStatement);
  Graph graph;
  x.info.locator = "joint.txt";
  AddExtractionReport report;
  ASSERT_TRUE(AddExtraction(graph, x, {}, &report).ok());
  ASSERT_EQ(report.statements.size(), 1u);
  EXPECT_EQ(
      graph.statement(report.statements[0]).ToStatement().co_speakers.size(),
      1u);
  ASSERT_EQ(x.statements.size(), 1u) << ::testing::PrintToString(Said(x));
  const ExtractedStatement& s = x.statements[0];
  EXPECT_EQ(Speaker(x, s), "Norway");
  ASSERT_EQ(s.co_speakers.size(), 1u);
  EXPECT_EQ(NameOf(x, s.co_speakers[0]),
            "Ministry of Foreign Affairs (Norway)");
  EXPECT_EQ(s.date, *Date::Parse("2024-03-05"));
  EXPECT_TRUE(absl::EndsWith(s.text, "within a year."));
}

}  // namespace
}  // namespace diplograph

namespace diplograph {
namespace {

TEST(ExtractorActors, PlacesAfterALocativePreposition) {
  Extraction x = Extract(
      "Olga Tamm spoke at Lake Vattern and later in Hammerfest city about "
      "the talks in the North Sea Basin.");
  std::vector<std::string> places;
  for (const ExtractedActor& a : x.actors) {
    if (a.kind == ActorKind::kPlace) places.push_back(a.name);
  }
  EXPECT_THAT(places, ::testing::UnorderedElementsAre(
                          "Lake Vattern", "Hammerfest", "North Sea Basin"));
}

TEST(ExtractorAttribution, AcronymOutletReported) {
  Extraction x = Extract(
      "DATE: 2024-03-05\n"
      "Daily Courier: NRK reported that Pavel Sorin met Olga Tamm. Can you "
      "confirm?\n\n"
      "Olga Tamm: I have nothing to add.\n");
  ASSERT_GE(x.statements.size(), 2u) << ::testing::PrintToString(Said(x));
  EXPECT_EQ(Speaker(x, x.statements[0]), "NRK");
  EXPECT_EQ(x.actors[x.statements[0].speaker].kind, ActorKind::kMediaOutlet);
  EXPECT_TRUE(x.statements[0].in_question);
}

}  // namespace
}  // namespace diplograph

namespace diplograph {
namespace {

TEST(ExtractorAttribution, NegatedReportDidNotRuleOut) {
  Extraction x = Extract(
      "Olga Tamm did not rule out a meeting with Pavel Sorin next year.");
  ASSERT_EQ(x.statements.size(), 1u);
  const ExtractedStatement& s = x.statements[0];
  EXPECT_EQ(Speaker(x, s), "Olga Tamm");
  EXPECT_EQ(s.text, "a meeting with Pavel Sorin next year");
  EXPECT_EQ(s.modality, Modality::kNegated);
}

TEST(ExtractorAttribution, SpokeOfIsReportedSpeechSpokeWithIsNot) {
  Extraction x = Extract(
      "Olga Tamm spoke with Pavel Sorin on Monday. Olga Tamm also spoke of "
      "close ties with Norway.");
  ASSERT_EQ(x.statements.size(), 1u) << ::testing::PrintToString(Said(x));
  EXPECT_EQ(x.statements[0].text, "close ties with Norway");
}

TEST(ExtractorAttribution, PossessiveSpeechNounThat) {
  Extraction x = Extract(
      "Asked about Olga Tamm's comments that the talks with Norway had "
      "failed, the minister declined to answer.");
  ASSERT_GE(x.statements.size(), 1u);
  EXPECT_EQ(Speaker(x, x.statements[0]), "Olga Tamm");
  EXPECT_EQ(x.statements[0].text, "the talks with Norway had failed");
}

}  // namespace
}  // namespace diplograph

namespace diplograph {
namespace {

TEST(ExtractorAttribution, ActVerbCodesItsStanceTowardTheObject) {
  Extraction x =
      Extract("Olga Tamm congratulated Pavel Sorin on his election.");
  ASSERT_EQ(x.statements.size(), 1u);
  const ExtractedStatement& s = x.statements[0];
  EXPECT_EQ(s.event_type.root_code(), "05");
  ASSERT_FALSE(s.targets.empty());
  EXPECT_EQ(NameOf(x, s.targets[0].actor), "Pavel Sorin");
  EXPECT_EQ(s.targets[0].stance, Polarity::kCooperative);
}

}  // namespace
}  // namespace diplograph
