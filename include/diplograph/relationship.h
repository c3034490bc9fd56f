// Relationship: a labelled link between two actors that statements assert,
// confirm, contest or propose over time — "comprehensive strategic partners
// of coordination for a new era" between China and Russia, the "dual
// containment" the United States is said to pursue against each.
//
//   Relationship r;
//   r.from = china;
//   r.to = russia;
//   r.label = "comprehensive strategic partners of coordination for a new era";
//   r.directed = false;                      // symmetric
//   r.polarity = Polarity::kCooperative;
//   r.evidence = {{.statement = mao_said_it, .role = EvidenceRole::kAsserts}};
//   RelationshipId id = *graph.AddRelationship(r);
//
// The label is kept exactly as phrased; `key` is its normalised form
// (NormalizeLabel), computed on add when left empty, and is what queries
// match labels on. Other phrasings of the same relationship ("dual
// deterrence" for "dual containment") go in `label_variants`.
//
// Thread safety: plain values.

#ifndef DIPLOGRAPH_RELATIONSHIP_H_
#define DIPLOGRAPH_RELATIONSHIP_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "diplograph/date.h"
#include "diplograph/ids.h"
#include "diplograph/polarity.h"

namespace diplograph {

// What a piece of evidence does for a relationship.
enum class EvidenceRole : uint8_t {
  kAsserts = 0,   // states that it holds
  kConfirms = 1,  // endorses or repeats someone else's assertion
  kContests = 2,  // denies or disputes it
  kProposes = 3,  // proposes it as something that should hold
};

// "asserts", "confirms", "contests", "proposes".
absl::string_view EvidenceRoleName(EvidenceRole role);
// The inverse of EvidenceRoleName. Returns InvalidArgument for other text.
absl::StatusOr<EvidenceRole> ParseEvidenceRole(absl::string_view name);

// A statement (or, for a reporter's own narrative, a source document) that
// bears on a relationship. At least one of the two ids is valid.
struct Evidence {
  StatementId statement{};
  SourceId source{};
  EvidenceRole role = EvidenceRole::kAsserts;

  friend bool operator==(const Evidence&, const Evidence&) = default;
};

struct Relationship {
  // The two actors; for a directed relationship, `from` acts on `to`
  // ("United States" -> "China" for "dual containment"). Both must exist and
  // differ.
  ActorId from{};
  ActorId to{};
  // The label exactly as phrased. Non-empty.
  std::string label{};
  // Normalised label; NormalizeLabel(label) when left empty on add.
  std::string key{};
  // Other phrasings of the same relationship.
  std::vector<std::string> label_variants{};
  // False for symmetric relationships (partners, allies).
  bool directed = false;
  Polarity polarity = Polarity::kNeutral;
  // When the relationship holds (as asserted); open ends allowed.
  Interval valid{};
  // Statements or sources that assert, confirm, contest or propose it.
  std::vector<Evidence> evidence{};

  friend bool operator==(const Relationship&, const Relationship&) = default;
};

// The normalised form of a relationship label: ASCII letters lowercased,
// every run of separators (ASCII characters other than letters and digits,
// the no-break space, and the General Punctuation block U+2000..U+206F:
// typographic spaces, dashes and quotes) turned into one space, leading and
// trailing separators removed; other non-ASCII characters are kept as they
// are.
// "Comprehensive  Strategic-Partners" -> "comprehensive strategic partners".
std::string NormalizeLabel(absl::string_view label);

}  // namespace diplograph

#endif  // DIPLOGRAPH_RELATIONSHIP_H_
