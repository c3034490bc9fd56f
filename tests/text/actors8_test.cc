// Actors besides people and states probed form by form: every row of
// tests/text/data/actors8_probes.tsv is a sentence written for the file
// that names a news agency or broadcaster, a multilateral body or forum, a
// state agency or force, a ministry, a party or a company, and the actor
// the extractor must propose for it (its canonical name or an alias, and
// its kind), or a name it must not propose where the words are a place, an
// event or part of another name. Each row is a test case of its own
// (ActorProbe.Row/m_xinhua, ...). The tests after the table check the
// constructions of lib/text for organisations ("state broadcaster X", "the
// official X news agency") on sentences of their own.

#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/strings/str_join.h"
#include "diplograph/actor.h"
#include "diplograph/graph.h"
#include "diplograph/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/extraction_testing.h"

namespace diplograph {
namespace {

using ::testing::Contains;
using ::testing::Not;
using text_testing::ActorNamed;
using text_testing::Names;

struct ActorProbe {
  std::string id, kind, name, text;
};

// gtest prints a parameter with this (the id, not the bytes).
void PrintTo(const ActorProbe& p, std::ostream* os) { *os << p.id; }

// The probe rows (text_testing::ReadTsvRows aborts when the file is missing
// or a row is malformed) and an extractor over a graph of the invented
// persons the sentences name, built once for the whole test program.
struct Fixture {
  std::vector<ActorProbe> probes;
  Graph persons;
  const Extractor* extractor = nullptr;
};

const Fixture& TheFixture() {
  static const Fixture* const fixture = [] {
    auto* f = new Fixture;
    for (std::vector<std::string>& row :
         text_testing::ReadTsvRows(std::string(DIPLOGRAPH_SOURCE_DIR) +
                                       "/tests/text/data/actors8_probes.tsv",
                                   4)) {
      f->probes.push_back({row[0], row[1], row[2], row[3]});
    }
    for (const char* name :
         {"Olga Tamm", "Pavel Sorin", "Anna Berg", "Erik Lund"}) {
      *f->persons.AddActor({.name = name, .kind = ActorKind::kPerson});
    }
    f->extractor = text_testing::NewExtractor(f->persons);
    return f;
  }();
  return *fixture;
}

const std::vector<ActorProbe>& Probes() { return TheFixture().probes; }

Extraction Extract(const std::string& text) {
  return text_testing::ExtractDated(*TheFixture().extractor, text);
}

// Whether `a` is the actor `name` of kind `kind` (an alias counts, as in
// the scorer's match; an international organisation is an organisation).
bool Is(const ExtractedActor& a, const std::string& name,
        const std::string& kind) {
  const bool named = a.name == name || absl::c_linear_search(a.aliases, name);
  if (!named) return false;
  const std::string got(ActorKindName(a.kind));
  return got == kind ||
         (kind == "organization" && got == "international_organization");
}

std::string Describe(const Extraction& x) {
  std::vector<std::string> out;
  for (const ExtractedActor& a : x.actors) {
    out.push_back(a.name + " (" + std::string(ActorKindName(a.kind)) + ", " +
                  a.rule + (a.aliases.empty() ? "" : "; ") +
                  absl::StrJoin(a.aliases, "|") + ")");
  }
  return absl::StrJoin(out, ", ");
}

class ActorProbeTest : public ::testing::TestWithParam<ActorProbe> {};

TEST_P(ActorProbeTest, Row) {
  const ActorProbe& p = GetParam();
  Extraction x = Extract(p.text);
  bool found = false;
  for (const ExtractedActor& a : x.actors) {
    if (p.kind == "none") {
      found =
          found || a.name == p.name || absl::c_linear_search(a.aliases, p.name);
    } else {
      found = found || Is(a, p.name, p.kind);
    }
  }
  if (p.kind == "none") {
    EXPECT_FALSE(found) << p.id << ": " << p.name
                        << " proposed; actors: " << Describe(x);
  } else {
    EXPECT_TRUE(found) << p.id << ": no " << p.kind << " " << p.name
                       << "; actors: " << Describe(x);
  }
}

INSTANTIATE_TEST_SUITE_P(Probes, ActorProbeTest, ::testing::ValuesIn(Probes()),
                         [](const ::testing::TestParamInfo<ActorProbe>& info) {
                           return info.param.id;
                         });

// The outlet named by its kind speaks: "state broadcaster X said".
TEST(OutletNames, OutletNamedByItsKindIsTheSpeaker) {
  Extraction x = Extract(
      "State broadcaster Nordvision said the vote was fair. The official "
      "Zarya news agency said the count would end on Sunday.");
  EXPECT_THAT(text_testing::Said(x),
              ::testing::ElementsAre("Nordvision: the vote was fair",
                                     "Zarya: the count would end on Sunday"));
  const ExtractedActor* zarya = ActorNamed(x, "Zarya");
  ASSERT_NE(zarya, nullptr);
  EXPECT_EQ(zarya->kind, ActorKind::kMediaOutlet);
  EXPECT_EQ(zarya->rule, "outlet-name");
}

// "Iceland's coast guard said": the coast guard speaks, not the state,
// which keeps its own mention.
TEST(OutletNames, PossessiveCoastGuardSpeaks) {
  Extraction x = Extract("Iceland's coast guard said two boats were seized.");
  EXPECT_THAT(
      text_testing::Said(x),
      ::testing::ElementsAre("Iceland's coast guard: two boats were seized"));
  EXPECT_THAT(Names(x), Contains("Iceland"));
}

// A registry organisation in lower case and a qualified short form name
// none; the body itself is still found in the same text.
TEST(OrganisationMentions, LowerCaseAndQualifiedShortFormsNameNone) {
  Extraction x = Extract(
      "Olga Tamm said the quad bikes were seized, that Russia's Security "
      "Council met on Friday and that the UN Security Council would meet "
      "on Monday.");
  const ExtractedActor* unsc = ActorNamed(x, "United Nations Security Council");
  ASSERT_NE(unsc, nullptr);
  EXPECT_EQ(unsc->mentions.size(), 1u);
  EXPECT_THAT(Names(x), Not(Contains("Quad")));
}

TEST(ActorProbeFile, HasUniqueIdsKnownKindsAndEnoughRows) {
  std::set<std::string> ids;
  const std::set<std::string> kinds = {"state", "organization", "media_outlet",
                                       "group", "place",        "none"};
  for (const ActorProbe& p : Probes()) {
    EXPECT_TRUE(ids.insert(p.id).second) << "duplicate id " << p.id;
    EXPECT_TRUE(kinds.count(p.kind)) << p.id << ": kind " << p.kind;
    EXPECT_FALSE(p.name.empty()) << p.id;
    EXPECT_FALSE(p.text.empty()) << p.id;
  }
  EXPECT_GE(Probes().size(), 150u);
}

}  // namespace
}  // namespace diplograph
