// Tests of the relationship ends on documents of a pair (docs/text.md step
// 57): a joint activity ("cooperation", "dialogue", "exchanges") takes no
// document parties and is no relationship as an occasion or an exchange on
// a topic; a news report's pair, from its headline or lede, are the ends of
// "the two countries" and of a speaker's "our partnership"; "X, an ally of
// both countries" gives X and each; a bulleted title asserts nothing.
// Every text is written for the test, with invented people.

#include <string>
#include <vector>

#include "diplograph/actor.h"
#include "diplograph/graph.h"
#include "diplograph/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"

namespace diplograph {
namespace {

using ::testing::IsEmpty;
using text_testing::NameOf;
using text_testing::Relations;

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor({.name = "Ghana", .kind = ActorKind::kState, .iso3 = "GHA"});
    *g->AddActor({.name = "Togo", .kind = ActorKind::kState, .iso3 = "TGO"});
    *g->AddActor({.name = "Benin", .kind = ActorKind::kState, .iso3 = "BEN"});
    *g->AddActor({.name = "Kenya", .kind = ActorKind::kState, .iso3 = "KEN"});
    *g->AddActor({.name = "Uganda", .kind = ActorKind::kState, .iso3 = "UGA"});
    *g->AddActor(
        {.name = "Tanzania", .kind = ActorKind::kState, .iso3 = "TZA"});
    *g->AddActor({.name = "Canada", .kind = ActorKind::kState, .iso3 = "CAN"});
    *g->AddActor({.name = "Mexico", .kind = ActorKind::kState, .iso3 = "MEX"});
    return g;
  }();
  return *graph;
}

const Extractor& TheExtractor() {
  static const Extractor* const extractor = text_testing::NewExtractor(Known());
  return *extractor;
}

Extraction Extract(const std::string& text) {
  return text_testing::ExtractDated(TheExtractor(), text);
}

// The relationship with these ends (either order) and label, else null.
const ExtractedRelationship* Find(const Extraction& x, const std::string& a,
                                  const std::string& b,
                                  const std::string& label) {
  for (const ExtractedRelationship& r : x.relationships) {
    const std::string from = NameOf(x, r.from), to = NameOf(x, r.to);
    if (r.label == label &&
        ((from == a && to == b) || (from == b && to == a))) {
      return &r;
    }
  }
  return nullptr;
}

bool HasRelation(const Extraction& x, const std::string& a,
                 const std::string& b, const std::string& label) {
  return Find(x, a, b, label) != nullptr;
}

// A joint statement's parties are the ends of a standing relationship the
// text refers to them by ("their strategic partnership"), not of a joint
// activity ("deepen their cooperation on border security", "through
// dialogue", a heading "People-to-People Exchanges"), whose ends must be
// named.
TEST(Rel17Test, AJointActivityTakesNoDocumentParties) {
  const Extraction x = Extract(
      "Joint Statement of Ghana and Togo\n\n"
      "The Republic of Ghana and the Togolese Republic held consultations in "
      "Lome on 6 March 2024.\n\n"
      "The two sides reaffirmed their strategic partnership.\n\n"
      "Both sides agreed to deepen their cooperation on border security and "
      "to launch a vice-ministerial dialogue.\n\n"
      "They will settle their differences through dialogue.\n\n"
      "People-to-People Exchanges\n\n"
      "The two sides will expand student exchanges.\n");
  EXPECT_TRUE(HasRelation(x, "Ghana", "Togo", "strategic partnership"))
      << testing::PrintToString(Relations(x));
  EXPECT_FALSE(HasRelation(x, "Ghana", "Togo", "cooperation"))
      << testing::PrintToString(Relations(x));
  EXPECT_FALSE(HasRelation(x, "Ghana", "Togo", "dialogue"))
      << testing::PrintToString(Relations(x));
  EXPECT_FALSE(HasRelation(x, "Ghana", "Togo", "Exchanges"))
      << testing::PrintToString(Relations(x));
  EXPECT_FALSE(HasRelation(x, "Ghana", "Togo", "exchanges"))
      << testing::PrintToString(Relations(x));

  // Named ends still give the activity.
  const Extraction y = Extract(
      "Kenya and Uganda agreed on Thursday to deepen cooperation on "
      "fisheries, the ministers said.\n");
  EXPECT_TRUE(HasRelation(y, "Kenya", "Uganda", "cooperation"))
      << testing::PrintToString(Relations(y));
  const Extraction z = Extract(
      "Canada and Mexico agreed to deepen their strategic dialogue, the "
      "ministers said.\n");
  EXPECT_TRUE(HasRelation(z, "Canada", "Mexico", "strategic dialogue"))
      << testing::PrintToString(Relations(z));
}

// An exchange on a topic is an exchange of views; a dialogue named as the
// occasion of a meeting ("for the 2+2 dialogue", "at the strategic
// dialogue") is an event.
TEST(Rel17Test, ExchangesOnATopicAndOccasionsAreNoRelationship) {
  const Extraction x = Extract(
      "Kenya and Uganda valued their exchanges on the regional situation, "
      "the ministers said.\n");
  EXPECT_THAT(Relations(x), IsEmpty());
  const Extraction y = Extract(
      "Canada hosted Mexico for the annual strategic dialogue in Ottawa, the "
      "ministry said.\n");
  EXPECT_THAT(Relations(y), IsEmpty());
  const Extraction z = Extract(
      "Ghana and Togo met at the 2+2 dialogue ahead of the summit, officials "
      "said.\n");
  EXPECT_THAT(Relations(z), IsEmpty());

  // Exchanges as a standing tie keep their ends.
  const Extraction w =
      Extract("Kenya praised its cultural exchanges with Uganda.\n");
  EXPECT_TRUE(HasRelation(w, "Kenya", "Uganda", "cultural exchanges"))
      << testing::PrintToString(Relations(w));
}

// A news report on two states: its headline or lede names them as a pair,
// and "the two countries" / "our two nations" of a later sentence are
// they, unless the paragraph has named a third state.
TEST(Rel17Test, TheTwoCountriesOfAReportAreItsPair) {
  const std::string head =
      "Ghana, Togo agree to reopen border crossings\n\n"
      "ACCRA, March 7 (West Africa Wire) - Ghana and Togo agreed on Thursday "
      "to reopen three border crossings closed since January, their foreign "
      "ministers said after talks in Accra.\n\n";
  const Extraction x = Extract(
      head +
      "Officials said the two countries shared a comprehensive partnership "
      "that predates independence.\n");
  EXPECT_TRUE(HasRelation(x, "Ghana", "Togo", "comprehensive partnership"))
      << testing::PrintToString(Relations(x));

  const Extraction y = Extract(
      head +
      "The ministry described the talks as proof of the enduring friendship "
      "between our two nations.\n");
  EXPECT_TRUE(HasRelation(y, "Ghana", "Togo", "friendship"))
      << testing::PrintToString(Relations(y));

  // Negated: the relationship is contested, not asserted.
  const Extraction n =
      Extract(head + "Analysts noted that the two countries are not allies.\n");
  const ExtractedRelationship* r = Find(n, "Ghana", "Togo", "allies");
  ASSERT_NE(r, nullptr) << testing::PrintToString(Relations(n));
  EXPECT_EQ(r->role, EvidenceRole::kContests);

  // A third state named in the paragraph: "the two countries" may be it
  // and one of the pair.
  const Extraction b =
      Extract(head +
              "Benin said on Friday that the two countries shared a strategic "
              "partnership.\n");
  EXPECT_FALSE(HasRelation(b, "Ghana", "Togo", "strategic partnership"))
      << testing::PrintToString(Relations(b));

  // No pair: three states in the lede.
  const Extraction t = Extract(
      "ACCRA, March 7 (West Africa Wire) - Ghana, Togo and Benin agreed on "
      "Thursday to reopen three border crossings, their foreign ministers "
      "said after talks in Accra.\n\n"
      "Officials said the two countries shared a comprehensive "
      "partnership.\n");
  EXPECT_THAT(Relations(t), IsEmpty());

  // A report's "their" or "bilateral" may be anyone's: not the pair.
  const Extraction u =
      Extract(head +
              "Officials said their partnership was older than bilateral "
              "relations.\n");
  EXPECT_THAT(Relations(u), IsEmpty());
}

// "Our strategic partnership" in the words of a minister of one of the
// report's pair is the pair's; in the words of a third state's minister it
// is not.
TEST(Rel17Test, OurPartnershipInTheWordsOfOneOfThePair) {
  const std::string head =
      "Kenya, Uganda sign pipeline accord\n\n"
      "NAIROBI, May 2 (East Africa Wire) - Kenya and Uganda signed an accord "
      "on Tuesday to build a fuel pipeline between Mombasa and Kampala.\n\n";
  const Extraction x = Extract(
      head +
      "\"Our strategic partnership has never been stronger,\" Kenyan Foreign "
      "Minister Grace Otieno told reporters.\n");
  EXPECT_TRUE(HasRelation(x, "Kenya", "Uganda", "strategic partnership"))
      << testing::PrintToString(Relations(x));

  const Extraction y = Extract(
      head +
      "Tanzanian Foreign Minister Joseph Mrema said on Wednesday: \"Our "
      "strategic partnership is the model for the whole region.\"\n");
  EXPECT_FALSE(HasRelation(y, "Kenya", "Uganda", "strategic partnership"))
      << testing::PrintToString(Relations(y));

  // A proposal keeps its role.
  const Extraction z = Extract(
      head +
      "\"Our two countries should now build an alliance,\" Kenyan Foreign "
      "Minister Grace Otieno said.\n");
  const ExtractedRelationship* r = Find(z, "Kenya", "Uganda", "alliance");
  ASSERT_NE(r, nullptr) << testing::PrintToString(Relations(z));
  EXPECT_EQ(r->role, EvidenceRole::kProposes);
}

// "X, an ally of both countries, ...", "X has long been a partner of the
// two countries": X and each of the pair; with no subject, nothing (the
// pair is not each other's ally).
TEST(Rel17Test, AnAllyOfBothCountries) {
  const std::string head =
      "Kenya, Uganda sign pipeline accord\n\n"
      "NAIROBI, May 2 (East Africa Wire) - Kenya and Uganda signed an accord "
      "on Tuesday to build a fuel pipeline.\n\n";
  const Extraction x = Extract(
      head + "Canada, a treaty ally of both countries, welcomed the accord.\n");
  EXPECT_TRUE(HasRelation(x, "Canada", "Kenya", "treaty ally"))
      << testing::PrintToString(Relations(x));
  EXPECT_TRUE(HasRelation(x, "Canada", "Uganda", "treaty ally"))
      << testing::PrintToString(Relations(x));
  EXPECT_FALSE(HasRelation(x, "Kenya", "Uganda", "treaty ally"))
      << testing::PrintToString(Relations(x));

  const Extraction y = Extract(
      head + "Mexico has long been a close partner of the two countries.\n");
  EXPECT_TRUE(HasRelation(y, "Mexico", "Kenya", "partner"))
      << testing::PrintToString(Relations(y));
  EXPECT_TRUE(HasRelation(y, "Mexico", "Uganda", "partner"))
      << testing::PrintToString(Relations(y));

  const Extraction z = Extract(
      head +
      "As a partner of both countries, the fund will lend $2 billion.\n");
  EXPECT_THAT(Relations(z), IsEmpty());
}

// "X is our strategic partner" in the words of a person the text ties to
// no state, on a page whose first lines name a state's ministry as its
// publisher: the ministry's state is the other end. A person tied to
// another state keeps that state.
TEST(Rel17Test, TheFirstPersonOnAMinistrysPage) {
  const Extraction x = Extract(
      "Ministry of Foreign Affairs of the Republic of Ghana\n"
      "Home | Press | Contacts\n"
      "Briefing by the Spokesperson Kwame Boateng, Accra, 8 March 2024\n\n"
      "Kwame Boateng: Togo is our strategic partner, and we will continue "
      "to develop our relations.\n\n"
      "Kwame Boateng: We regard Benin as an important partner in the "
      "region.\n");
  EXPECT_TRUE(HasRelation(x, "Ghana", "Togo", "strategic partner"))
      << testing::PrintToString(Relations(x));
  EXPECT_TRUE(HasRelation(x, "Ghana", "Benin", "partner"))
      << testing::PrintToString(Relations(x));

  // No publisher line: no end.
  const Extraction y = Extract(
      "Briefing by the Spokesperson Kwame Boateng, Accra, 8 March 2024\n\n"
      "Kwame Boateng: Togo is our strategic partner.\n\n"
      "Kwame Boateng: Benin is our closest partner.\n");
  EXPECT_THAT(Relations(y), IsEmpty());

  // A speaker the text ties to another state speaks for it.
  const Extraction z = Extract(
      "Ministry of Foreign Affairs of the Republic of Ghana\n"
      "Home | Press | Contacts\n"
      "Joint press conference of the ministers, Accra, 8 March 2024\n\n"
      "Kenyan Foreign Minister Grace Otieno: Uganda is our closest "
      "partner.\n\n"
      "Kwame Boateng: Togo is our closest partner.\n");
  EXPECT_TRUE(HasRelation(z, "Ghana", "Togo", "partner"))
      << testing::PrintToString(Relations(z));
  EXPECT_FALSE(HasRelation(z, "Ghana", "Uganda", "partner"))
      << testing::PrintToString(Relations(z));
}

// Bare "relations" or "ties" as the topic of a discussion ("exchange views
// on bilateral relations and X-Y relations", "discussed X-Y ties") are
// what is talked about, not a relationship anyone asserts; qualified ones
// and relations said of the pair are kept.
TEST(Rel17Test, RelationsAsATopicOfDiscussion) {
  const Extraction x = Extract(
      "Kwame Boateng said the ministers would exchange views on bilateral "
      "relations and on trade, energy and transport, as well as Kenya-Uganda "
      "relations.\n\n"
      "Kenya and Uganda discussed Canada-Mexico ties on Friday.\n");
  EXPECT_THAT(Relations(x), IsEmpty());

  const Extraction y = Extract(
      "The ministers discussed the situation in the region, and said "
      "Kenya-Uganda relations were at their best.\n\n"
      "Canada and Mexico held talks on their strategic partnership.\n");
  EXPECT_TRUE(HasRelation(y, "Kenya", "Uganda", "relations"))
      << testing::PrintToString(Relations(y));
  EXPECT_TRUE(HasRelation(y, "Canada", "Mexico", "strategic partnership"))
      << testing::PrintToString(Relations(y));
  // A relationship someone holds, in a clause of saying after the talks.
  const Extraction z = Extract(
      "The minister discussed Kenya's policy on trade with Canada, saying "
      "Kenya regards its relationship with Uganda as vital.\n");
  EXPECT_TRUE(HasRelation(z, "Kenya", "Uganda", "relationship"))
      << testing::PrintToString(Relations(z));
}

// "X-Y relations have grown, and the strategic partnership has deepened":
// a definite phrase with no ends takes up the pair of the sentence's
// earlier phrase; not with another actor after it, nor without "the".
TEST(Rel17Test, ADefinitePhraseTakesUpTheSentencesPair) {
  const Extraction x = Extract(
      "Kenya-Uganda relations have grown steadily, and the all-weather "
      "comprehensive strategic partnership has been deepened.\n\n"
      "Relations between Ghana and Togo are sound, and the alliance has "
      "never been stronger.\n");
  EXPECT_TRUE(
      HasRelation(x, "Kenya", "Uganda", "comprehensive strategic partnership"))
      << testing::PrintToString(Relations(x));
  EXPECT_TRUE(HasRelation(x, "Ghana", "Togo", "alliance"))
      << testing::PrintToString(Relations(x));

  const Extraction y = Extract(
      "Kenya-Uganda relations have grown, and the strategic partnership "
      "with Canada has been deepened.\n\n"
      "Ghana-Togo relations have grown, and a strategic partnership may "
      "follow.\n");
  EXPECT_FALSE(HasRelation(y, "Kenya", "Uganda", "strategic partnership"))
      << testing::PrintToString(Relations(y));
  EXPECT_FALSE(HasRelation(y, "Ghana", "Togo", "strategic partnership"))
      << testing::PrintToString(Relations(y));
}

// A bulleted title (a briefing's list of topics, a page's links) names a
// topic, not a relationship; a bulleted sentence is read.
TEST(Rel17Test, ABulletedTitleAssertsNothing) {
  const Extraction x = Extract(
      "Topics of the briefing:\n\n"
      "- Ghana-Togo relations\n\n"
      "- Kenya and Uganda agree to deepen their strategic partnership\n");
  EXPECT_THAT(Relations(x), IsEmpty());
  const Extraction y = Extract(
      "The ministers agreed on three points:\n\n"
      "- Kenya and Uganda will deepen their strategic partnership.\n");
  EXPECT_TRUE(HasRelation(y, "Kenya", "Uganda", "strategic partnership"))
      << testing::PrintToString(Relations(y));
}

}  // namespace
}  // namespace diplograph
