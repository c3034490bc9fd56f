// Tests of what a statement is about when its words speak of the two
// parties of a bilateral relation without naming them: "the two
// ministers", "their countries", "our peoples", "bilateral", "each
// other", "work together". Every sentence is written for the test, with
// invented people.

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "diplograph/actor.h"
#include "diplograph/graph.h"
#include "diplograph/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"

namespace diplograph {
namespace {

using ::testing::Contains;
using ::testing::IsSupersetOf;
using ::testing::Not;
using text_testing::About;
using text_testing::StatementContaining;

Extraction Extract(const std::string& text) {
  return text_testing::ExtractDated(text_testing::RegistryOnlyExtractor(), text,
                                    "2026-03-06");
}

// The words name the pair by a phrase; the two states the text named
// before are what they are about.
TEST(About16Test, PairPhrasesInTheWordsAreTheTwoStates) {
  const std::string lede =
      "ULAANBAATAR, March 6 (Steppe Wire) - The foreign ministers of "
      "Mongolia and Kazakhstan met in Ulaanbaatar on Thursday.\n\n";
  for (const std::string words :
       {"the two ministers had agreed to open a second air route",
        "their countries would double trade within five years",
        "the bilateral investment treaty would be signed in May",
        "the two governments would work together on water management",
        "both delegations had promised to meet again in the autumn",
        "the ties between our peoples were older than any border",
        "the two neighbours would consult each other before any new tariff"}) {
    const Extraction x =
        Extract(lede + "Mongolia's foreign ministry said " + words + ".\n");
    const ExtractedStatement* s = StatementContaining(x, words.substr(4, 20));
    ASSERT_NE(s, nullptr) << words;
    EXPECT_THAT(About(x, *s), IsSupersetOf({"Mongolia", "Kazakhstan"}))
        << words;
  }
}

// Words with no such phrase take no state from before; words that name
// two states keep those, and a third state named earlier is not added.
TEST(About16Test, NoPairPhraseOrTwoStatesNamedAddNothing) {
  const std::string lede =
      "TASHKENT, March 6 (Steppe Wire) - China's envoy left on Monday. The "
      "foreign ministers of Uzbekistan and Kyrgyzstan met in Tashkent on "
      "Thursday.\n\n";
  {
    const Extraction x =
        Extract(lede +
                "Uzbek Foreign Minister Dilshod Karimov said the harvest "
                "would be late this year.\n");
    const ExtractedStatement* s = StatementContaining(x, "harvest");
    ASSERT_NE(s, nullptr);
    EXPECT_THAT(About(x, *s), Not(Contains("Kyrgyzstan")));
  }
  {
    const Extraction x =
        Extract(lede +
                "Uzbek Foreign Minister Dilshod Karimov said the two "
                "companies would merge their offices.\n");
    const ExtractedStatement* s = StatementContaining(x, "companies");
    ASSERT_NE(s, nullptr);
    EXPECT_THAT(About(x, *s), Not(Contains("Kyrgyzstan")));
  }
  {
    const Extraction x =
        Extract(lede +
                "Uzbek Foreign Minister Dilshod Karimov said the border "
                "commission of Uzbekistan and Kyrgyzstan would meet "
                "again, and the two countries would share water data.\n");
    const ExtractedStatement* s = StatementContaining(x, "commission");
    ASSERT_NE(s, nullptr);
    EXPECT_THAT(About(x, *s), IsSupersetOf({"Uzbekistan", "Kyrgyzstan"}));
    EXPECT_THAT(About(x, *s), Not(Contains("China")));
  }
}

}  // namespace
}  // namespace diplograph
