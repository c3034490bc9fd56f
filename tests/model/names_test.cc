// Tests of the model's enumeration names, NormalizeLabel and
// ValidateEventType (lib/model/names.cc).

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "diplograph/actor.h"
#include "diplograph/event_type.h"
#include "diplograph/polarity.h"
#include "diplograph/relationship.h"
#include "diplograph/statement.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "model/article.h"
#include "testing/status_matchers.h"

namespace diplograph {
namespace {

using ::diplograph::testing::IsOk;
using ::diplograph::testing::StatusIs;
using ::testing::AllOf;
using ::testing::HasSubstr;

constexpr absl::StatusCode kInvalid = absl::StatusCode::kInvalidArgument;

// Checks that every enumerator in `values` names itself as `names` says, that
// the names parse back, and that other text does not.
template <typename Enum>
void CheckRoundTrip(const std::vector<Enum>& values,
                    const std::vector<absl::string_view>& names,
                    absl::string_view (*name_of)(Enum),
                    absl::StatusOr<Enum> (*parse)(absl::string_view),
                    absl::string_view what) {
  ASSERT_EQ(values.size(), names.size());
  for (size_t i = 0; i < values.size(); ++i) {
    EXPECT_EQ(name_of(values[i]), names[i]);
    absl::StatusOr<Enum> back = parse(names[i]);
    ASSERT_TRUE(back.ok()) << names[i] << ": " << back.status();
    EXPECT_EQ(*back, values[i]) << names[i];
    // Names are exact: no case folding, no surrounding space.
    std::string upper(names[i]);
    upper[0] = static_cast<char>(upper[0] - 'a' + 'A');
    EXPECT_THAT(parse(upper), StatusIs(kInvalid, HasSubstr(what))) << upper;
    EXPECT_THAT(parse(std::string(names[i]) + " "),
                StatusIs(kInvalid, HasSubstr(what)));
  }
  // The error quotes the input and lists every accepted name.
  const absl::StatusOr<Enum> bad = parse("no-such-name");
  EXPECT_THAT(bad, StatusIs(kInvalid, HasSubstr("\"no-such-name\"")));
  for (absl::string_view name : names) {
    EXPECT_THAT(bad,
                StatusIs(kInvalid, HasSubstr(absl::StrCat("\"", name, "\""))));
  }
  EXPECT_THAT(parse(""), StatusIs(kInvalid, HasSubstr(what)));
}

TEST(NamesTest, ErrorsUseTheRightArticle) {
  EXPECT_THAT(ParseEvidenceRole("x"),
              StatusIs(kInvalid, HasSubstr("\"x\" is not an evidence role")));
  EXPECT_THAT(ParseActorKind("x"),
              StatusIs(kInvalid, HasSubstr("\"x\" is not an actor kind")));
  EXPECT_THAT(ParseQuoteKind("x"),
              StatusIs(kInvalid, HasSubstr("\"x\" is not a quote kind")));
  EXPECT_EQ(internal::WithArticle("organization"), "an organization");
  EXPECT_EQ(internal::WithArticle("international_organization"),
            "an international_organization");
  EXPECT_EQ(internal::WithArticle("state"), "a state");
  EXPECT_EQ(internal::WithArticle("person"), "a person");
  EXPECT_EQ(internal::WithArticle("Evidence role"), "an Evidence role");
}

TEST(NamesTest, ActorKind) {
  CheckRoundTrip<ActorKind>(
      {ActorKind::kState, ActorKind::kPerson, ActorKind::kOrganization,
       ActorKind::kMediaOutlet, ActorKind::kInternationalOrganization,
       ActorKind::kGroup, ActorKind::kPlace},
      {"state", "person", "organization", "media_outlet",
       "international_organization", "group", "place"},
      &ActorKindName, &ParseActorKind, "actor kind");
}

TEST(NamesTest, Polarity) {
  CheckRoundTrip<Polarity>(
      {Polarity::kConflictual, Polarity::kNeutral, Polarity::kCooperative},
      {"conflictual", "neutral", "cooperative"}, &PolarityName, &ParsePolarity,
      "polarity");
}

TEST(NamesTest, QuoteKind) {
  CheckRoundTrip<QuoteKind>({QuoteKind::kParaphrase, QuoteKind::kDirectQuote},
                            {"paraphrase", "direct_quote"}, &QuoteKindName,
                            &ParseQuoteKind, "quote kind");
}

TEST(NamesTest, ReportKind) {
  CheckRoundTrip<ReportKind>({ReportKind::kReported, ReportKind::kQuoted},
                             {"reported", "quoted"}, &ReportKindName,
                             &ParseReportKind, "report kind");
}

TEST(NamesTest, StatementLinkKind) {
  CheckRoundTrip<StatementLinkKind>(
      {StatementLinkKind::kRespondsTo, StatementLinkKind::kRefersTo,
       StatementLinkKind::kSameUtterance},
      {"responds_to", "refers_to", "same_utterance"}, &StatementLinkKindName,
      &ParseStatementLinkKind, "statement link kind");
}

TEST(NamesTest, EvidenceRole) {
  CheckRoundTrip<EvidenceRole>(
      {EvidenceRole::kAsserts, EvidenceRole::kConfirms, EvidenceRole::kContests,
       EvidenceRole::kProposes},
      {"asserts", "confirms", "contests", "proposes"}, &EvidenceRoleName,
      &ParseEvidenceRole, "evidence role");
}

TEST(NamesTest, OutOfRangeEnumeratorsNameAsQuestionMark) {
  // Values no enumerator has (as from a corrupt cast) must not read out of
  // bounds.
  EXPECT_EQ(ActorKindName(static_cast<ActorKind>(200)), "?");
  EXPECT_EQ(QuoteKindName(static_cast<QuoteKind>(2)), "?");
  EXPECT_EQ(ReportKindName(static_cast<ReportKind>(9)), "?");
  EXPECT_EQ(StatementLinkKindName(static_cast<StatementLinkKind>(3)), "?");
  EXPECT_EQ(EvidenceRoleName(static_cast<EvidenceRole>(4)), "?");
  EXPECT_EQ(PolarityName(static_cast<Polarity>(2)), "?");
  EXPECT_EQ(PolarityName(static_cast<Polarity>(-2)), "?");
  EXPECT_EQ(PolarityName(static_cast<Polarity>(127)), "?");
}

// ---------------------------------------------------------------------------
// NormalizeLabel

TEST(NormalizeLabelTest, LowercasesAsciiAndCollapsesSeparators) {
  EXPECT_EQ(NormalizeLabel("Comprehensive  Strategic-Partners"),
            "comprehensive strategic partners");
  EXPECT_EQ(
      NormalizeLabel(
          "comprehensive strategic partners of coordination for a new era"),
      "comprehensive strategic partners of coordination for a new era");
  EXPECT_EQ(NormalizeLabel("DUAL CONTAINMENT"), "dual containment");
  EXPECT_EQ(NormalizeLabel("dual\tcontainment\n"), "dual containment");
  EXPECT_EQ(NormalizeLabel("G7 / G20 (summit)"), "g7 g20 summit");
}

TEST(NormalizeLabelTest, TrimsLeadingAndTrailingSeparators) {
  EXPECT_EQ(NormalizeLabel("  --Dual   Containment!! "), "dual containment");
  EXPECT_EQ(NormalizeLabel("\"triple cooperation\""), "triple cooperation");
  EXPECT_EQ(NormalizeLabel("...x..."), "x");
}

TEST(NormalizeLabelTest, LabelsWithoutLettersOrDigitsNormaliseToEmpty) {
  EXPECT_EQ(NormalizeLabel(""), "");
  EXPECT_EQ(NormalizeLabel("   "), "");
  EXPECT_EQ(NormalizeLabel("--/--"), "");
  EXPECT_EQ(NormalizeLabel("\xE2\x80\x9C\xE2\x80\x9D"), "");  // “”
}

TEST(NormalizeLabelTest, TypographicQuotesDashesAndSpacesSeparate) {
  // “dual containment” with curly double quotes.
  EXPECT_EQ(NormalizeLabel("\xE2\x80\x9C"
                           "dual containment"
                           "\xE2\x80\x9D"),
            "dual containment");
  // ‘dual deterrence’ with curly single quotes.
  EXPECT_EQ(NormalizeLabel("\xE2\x80\x98"
                           "Dual Deterrence"
                           "\xE2\x80\x99"),
            "dual deterrence");
  // Em dash, en dash, non-breaking hyphen.
  EXPECT_EQ(NormalizeLabel("China\xE2\x80\x94Russia"), "china russia");
  EXPECT_EQ(NormalizeLabel("Russia\xE2\x80\x93US ties"), "russia us ties");
  EXPECT_EQ(NormalizeLabel("non\xE2\x80\x91"
                           "aligned"),
            "non aligned");
  // No-break space, em space, narrow no-break space.
  EXPECT_EQ(NormalizeLabel("new\xC2\xA0"
                           "era"),
            "new era");
  EXPECT_EQ(NormalizeLabel("new\xE2\x80\x83"
                           "era"),
            "new era");
  EXPECT_EQ(NormalizeLabel("new\xE2\x80\xAF"
                           "era"),
            "new era");
  // The last code point of the block, U+206F.
  EXPECT_EQ(NormalizeLabel("a\xE2\x81\xAF"
                           "b"),
            "a b");
  // An ASCII apostrophe and a typographic one give the same key.
  EXPECT_EQ(NormalizeLabel("Putin's"), NormalizeLabel("Putin\xE2\x80\x99s"));
  // Runs mixing ASCII and typographic separators collapse to one space.
  EXPECT_EQ(NormalizeLabel("a -\xE2\x80\x94\xC2\xA0- b"), "a b");
}

TEST(NormalizeLabelTest, KeepsOtherNonAsciiCharacters) {
  // Non-ASCII letters are kept byte for byte (no Unicode case folding).
  EXPECT_EQ(NormalizeLabel("M\xC3\xA9nage \xC3\xA0 Trois"),
            "m\xC3\xA9nage \xC3\xA0 trois");
  EXPECT_EQ(NormalizeLabel("\xC3\x89lys\xC3\xA9"
                           "e Treaty"),
            "\xC3\x89lys\xC3\xA9"
            "e treaty");
  // Cyrillic and CJK.
  EXPECT_EQ(NormalizeLabel("\xD0\xA0\xD0\xBE\xD1\x81\xD1\x81\xD0\xB8\xD1\x8F"),
            "\xD0\xA0\xD0\xBE\xD1\x81\xD1\x81\xD0\xB8\xD1\x8F");
  EXPECT_EQ(NormalizeLabel("\xE4\xB8\xAD\xE4\xBF\x84 Partners"),
            "\xE4\xB8\xAD\xE4\xBF\x84 partners");
  // Characters just outside General Punctuation are not separators:
  // superscript zero U+2070 and the euro sign U+20AC.
  EXPECT_EQ(NormalizeLabel("x\xE2\x81\xB0y"), "x\xE2\x81\xB0y");
  EXPECT_EQ(NormalizeLabel("5\xE2\x82\xAC"), "5\xE2\x82\xAC");
  // A no-break space's lead byte with another continuation is a letter.
  EXPECT_EQ(NormalizeLabel("\xC2\xA9 Reuters"), "\xC2\xA9 reuters");
}

TEST(NormalizeLabelTest, IsIdempotent) {
  for (absl::string_view label :
       {"Comprehensive  Strategic-Partners", "  --Dual   Containment!! ",
        "\xE2\x80\x9C"
        "dual containment"
        "\xE2\x80\x9D",
        "M\xC3\xA9nage \xC3\xA0 Trois", "", "a"}) {
    const std::string once = NormalizeLabel(label);
    EXPECT_EQ(NormalizeLabel(once), once) << label;
  }
}

// ---------------------------------------------------------------------------
// EventType

TEST(EventTypeTest, ValidCodes) {
  EXPECT_THAT(ValidateEventType({}), IsOk());
  EXPECT_THAT(ValidateEventType({.code = "01", .name = ""}), IsOk());
  EXPECT_THAT(ValidateEventType({.code = "010", .name = "Make statement"}),
              IsOk());
  EXPECT_THAT(ValidateEventType({.code = "0211", .name = ""}), IsOk());
  EXPECT_THAT(
      ValidateEventType({.code = "", .name = "Local label nobody coded"}),
      IsOk());
}

TEST(EventTypeTest, MalformedCodesAreErrors) {
  for (absl::string_view code : {"0", "01234", "01a", "O10", " 010", "010 ",
                                 "-10", "1.0", "\xD9\xA0\xD9\xA1"}) {
    EXPECT_THAT(ValidateEventType({.code = std::string(code), .name = "x"}),
                StatusIs(kInvalid, AllOf(HasSubstr("event code"),
                                         HasSubstr("2 to 4 ASCII digits"))))
        << code;
  }
  EXPECT_THAT(ValidateEventType({.code = "05x", .name = ""}),
              StatusIs(kInvalid, HasSubstr("\"05x\"")));
}

TEST(EventTypeTest, RootCodeAndEmpty) {
  const EventType praise{.code = "051", .name = "Praise or endorse"};
  EXPECT_EQ(praise.root_code(), "05");
  EXPECT_FALSE(praise.empty());
  EXPECT_EQ((EventType{.code = "0211", .name = ""}).root_code(), "02");
  EXPECT_EQ((EventType{.code = "", .name = "uncoded"}).root_code(), "");
  EXPECT_FALSE((EventType{.code = "", .name = "uncoded"}).empty());
  EXPECT_TRUE(EventType().empty());
  EXPECT_EQ(praise, (EventType{.code = "051", .name = "Praise or endorse"}));
  EXPECT_NE(praise, (EventType{.code = "051", .name = ""}));
}

}  // namespace
}  // namespace diplograph
