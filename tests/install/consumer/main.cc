// Builds a small graph through the installed library and checks a few
// answers; prints "ok" and exits 0 when they are right.

#include <cstring>
#include <iostream>

#include "diplograph/diplograph.h"

namespace {

int Fail(const char* what) {
  std::cerr << "consumer: " << what << "\n";
  return 1;
}

}  // namespace

int main() {
  using namespace diplograph;
  if (std::strcmp(kVersionString, CONSUMER_EXPECTED_VERSION) != 0) {
    return Fail("version.h does not match the package version");
  }

  Graph graph;
  Actor china;
  china.name = "China";
  china.kind = ActorKind::kState;
  china.iso3 = "CHN";
  Actor russia;
  russia.name = "Russia";
  russia.kind = ActorKind::kState;
  russia.iso3 = "RUS";
  Actor spokesperson;
  spokesperson.name = "Mao Ning";
  spokesperson.kind = ActorKind::kPerson;
  spokesperson.aliases = {"Ning"};

  absl::StatusOr<ActorId> c = graph.AddActor(china);
  absl::StatusOr<ActorId> r = graph.AddActor(russia);
  if (!c.ok() || !r.ok()) return Fail("AddActor failed");
  Affiliation role;
  role.organization = *c;
  role.role = "spokesperson";
  spokesperson.affiliations = {role};
  absl::StatusOr<ActorId> m = graph.AddActor(spokesperson);
  if (!m.ok()) return Fail("AddActor failed");

  Statement s;
  s.speaker = *m;
  s.date = *Date::Parse("2024-11-08");
  s.about = {*r};
  s.text = "words";
  if (!graph.AddStatement(s).ok()) return Fail("AddStatement failed");

  Relationship partners;
  partners.from = *c;
  partners.to = *r;
  partners.label = "Strategic Partners";
  partners.polarity = Polarity::kCooperative;
  absl::StatusOr<RelationshipId> p = graph.AddRelationship(partners);
  if (!p.ok()) return Fail("AddRelationship failed");
  if (graph.relationship(*p).key != "strategic partners") {
    return Fail("wrong relationship key");
  }

  absl::StatusOr<ActorId> found = graph.FindActor("ning");
  if (!found.ok() || *found != *m) return Fail("FindActor by alias");
  if (graph.StatementsAbout(*r).size() != 1) return Fail("StatementsAbout");
  // A failed add reports the field and changes nothing.
  Statement bad = s;
  bad.about = {ActorId(42)};
  absl::StatusOr<StatementId> rejected = graph.AddStatement(bad);
  if (rejected.ok() ||
      rejected.status().code() != absl::StatusCode::kNotFound ||
      rejected.status().message().find("about[0]") == absl::string_view::npos) {
    return Fail("AddStatement should reject an unknown target");
  }
  if (graph.statement_count() != 1) return Fail("failed add changed the graph");

  // The Boost.Graph network: 1 statement edge, 2 relationship edges
  // (symmetric), 1 affiliation edge.
  std::shared_ptr<const ActorNetwork> net = NetworkOf(graph);
  if (boost::num_vertices(net->directed()) != 3 ||
      boost::num_edges(net->directed()) != 4) {
    return Fail("unexpected network");
  }
  if (boost::out_degree(VertexOf(*m), net->directed()) != 2) {
    return Fail("unexpected out-degree");
  }
  std::cout << "ok\n";
  return 0;
}
