// Tests of the text extractor (text.h) on page layouts and attribution
// constructions that a fourth batch of real published pages showed
// missing: press-conference transcripts whose "Q:"/"A:" labels lost their
// colons, news reports headed "Joint Communique ..." that retell the
// communique rather than print it, and "it said" naming a joint statement.
// Every sentence is written for the test, with invented people.

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "diplograph/actor.h"
#include "diplograph/graph.h"
#include "diplograph/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"

namespace diplograph {
namespace {

using ::testing::Contains;
using ::testing::IsEmpty;
using ::testing::Not;
using text_testing::NameOf;
using text_testing::Said;
using text_testing::SaidTogether;
using text_testing::StatementContaining;

const Graph& Known() {
  static const Graph* const graph = [] {
    auto* g = new Graph;
    *g->AddActor({.name = "Norway", .kind = ActorKind::kState, .iso3 = "NOR"});
    *g->AddActor({.name = "Iceland", .kind = ActorKind::kState, .iso3 = "ISL"});
    *g->AddActor({.name = "Finland", .kind = ActorKind::kState, .iso3 = "FIN"});
    *g->AddActor({.name = "Olga Tamm", .kind = ActorKind::kPerson});
    *g->AddActor({.name = "Pavel Sorin", .kind = ActorKind::kPerson});
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

// "Q ...?" / "A ...": a transcript whose labels lost their colons. Every
// answer is the host's, named by the heading; the question is no statement.
TEST(Real8Test, BareQuestionAndAnswerLabelsMakeATranscript) {
  const Extraction x = Extract(
      "Foreign Ministry Spokesperson Olga Tamm's Regular Press Conference on "
      "March 8, 2024\n\n"
      "Q The fishing talks with Iceland ended yesterday. What is your "
      "comment?\n"
      "A The talks were useful and we will meet again in May.\n"
      "Q Will Norway send a delegation to the summit?\n"
      "A I have no information on that at the moment.\n");
  EXPECT_THAT(Said(x),
              Contains("Olga Tamm: The talks were useful and we will meet "
                       "again in May."));
  EXPECT_THAT(Said(x), Contains("Olga Tamm: I have no information on that at "
                                "the moment."));
  EXPECT_EQ(StatementContaining(x, "What is your comment"), nullptr);
}

// A writer's sentence opening with the article "A" is no answer label: no
// bare "Q ...?" line comes right before it.
TEST(Real8Test, ArticleAOpeningASentenceIsNoAnswerLabel) {
  const Extraction x = Extract(
      "Talks in Oslo\n\n"
      "A Norwegian delegation arrived in Reykjavik on Thursday.\n"
      "A Finnish minister will join them on Friday.\n");
  EXPECT_NE(x.info.genre, Genre::kTranscript);
  EXPECT_THAT(x.statements, IsEmpty());
}

}  // namespace
}  // namespace diplograph
