// quickstart: the usage example of the README, kept compiling.
//
// Usage: quickstart

#include <iostream>

#include "diplograph/diplograph.h"

namespace dg = diplograph;

int main() {
  dg::Graph graph;
  dg::ActorId china = *graph.AddActor(
      {.name = "China", .kind = dg::ActorKind::kState, .iso3 = "CHN"});
  dg::ActorId russia = *graph.AddActor(
      {.name = "Russia", .kind = dg::ActorKind::kState, .iso3 = "RUS"});
  dg::ActorId mfa = *graph.AddActor(
      {.name = "Ministry of Foreign Affairs (China)",
       .aliases = {"Foreign Ministry"},
       .affiliations = {{.organization = china, .role = "foreign ministry"}}});
  dg::ActorId mao = *graph.AddActor(
      {.name = "Mao Ning",
       .kind = dg::ActorKind::kPerson,
       .aliases = {"Ning"},
       .affiliations = {{.organization = mfa, .role = "spokesperson"}}});

  absl::StatusOr<dg::StatementId> said = graph.AddStatement(
      {.speaker = mao,
       .date = *dg::Date::Parse("2024-11-08"),
       .channel = "regular press briefing",
       .text = "China and Russia are each other's comprehensive strategic "
               "partners of coordination for a new era",
       .quote = dg::QuoteKind::kDirectQuote,
       .about = {china, russia}});
  if (!said.ok()) {  // every add validates; errors name the field
    std::cerr << said.status() << "\n";
    return 1;
  }
  absl::StatusOr<dg::RelationshipId> partners = graph.AddRelationship(
      {.from = china,
       .to = russia,
       .label =
           "comprehensive strategic partners of coordination for a new era",
       .polarity = dg::Polarity::kCooperative,
       .evidence = {{.statement = *said, .role = dg::EvidenceRole::kAsserts}}});

  dg::ActorId ning = *graph.FindActor("ning");  // aliases, any ASCII case
  for (dg::StatementId id : graph.StatementsBy(ning)) {  // in date order
    dg::StatementView s = graph.statement(id);
    std::cout << s.date().ToString() << " " << s.text() << "\n";
  }
  return partners.ok() ? 0 : 1;
}
