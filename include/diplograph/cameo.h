// The CAMEO event codebook, compiled into the library: the 312 event codes
// of CAMEO (Conflict and Mediation Event Observations; P. A. Schrodt,
// D. J. Gerner, Ö. Yilmaz) with their names, Goldstein conflict-cooperation
// weights, root codes and quad classes, as tabulated in the MIT-licensed R
// package `icews` by A. Beger (data/cameo/event_codes.tsv).
//
//   absl::StatusOr<CameoCode> c = LookupCameoName("Criticize or denounce");
//   c->code;          // "111"
//   c->goldstein;     // -2
//   c->root_code;     // "11"
//   c->quad_class;    // QuadClass::kVerbalConflict
//   statement.event_type = c->ToEventType();   // {"111", "Criticize or
//   denounce"}
//
//   for (const CameoCode& code : CameoCodes()) { ... }   // all 312, file order
//
// Root codes ("01" ... "20") carry capitalised names ("MAKE PUBLIC
// STATEMENT"); their children ("010", "0211") carry the names ICEWS uses as
// event text ("Make statement"). Name lookups are exact (byte equality,
// case-sensitive), as every ICEWS relation name matches exactly one row.
//
// Thread safety: the table is immutable; every function may be called from
// any number of threads at once. Returned string_views point into static
// storage and live for the whole program.

#ifndef DIPLOGRAPH_CAMEO_H_
#define DIPLOGRAPH_CAMEO_H_

#include <cstdint>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "diplograph/event_type.h"

namespace diplograph {

// The four CAMEO quad classes.
enum class QuadClass : uint8_t {
  kVerbalCooperation = 1,    // roots 01-05
  kMaterialCooperation = 2,  // roots 06-08
  kVerbalConflict = 3,       // roots 09-13
  kMaterialConflict = 4,     // roots 14-20
};

// "verbal_cooperation", "material_cooperation", "verbal_conflict",
// "material_conflict".
absl::string_view QuadClassName(QuadClass quad_class);

// One row of the codebook. A small value; the views live forever.
struct CameoCode {
  absl::string_view code;       // "111"
  absl::string_view name;       // "Criticize or denounce"
  double goldstein = 0;         // -10 ... +10
  absl::string_view root_code;  // "11"
  QuadClass quad_class = QuadClass::kVerbalCooperation;

  // True for the twenty two-digit root codes.
  bool is_root() const { return code.size() == 2; }
  // {code, name} as a statement's event type.
  EventType ToEventType() const {
    return EventType{std::string(code), std::string(name)};
  }
};

// Every code, in codebook order (by code). O(1), no allocation.
const std::vector<CameoCode>& CameoCodes();

// The row with this code ("111", "01", "0211").
// Errors: NotFound when no row has it. O(log 312).
absl::StatusOr<CameoCode> LookupCameoCode(absl::string_view code);

// The row whose name is exactly `name` (case-sensitive).
// Errors: NotFound when no row has it. O(length of name), hashed.
absl::StatusOr<CameoCode> LookupCameoName(absl::string_view name);

// The row of a statement's event type: by code when it has one, else by
// name. Errors: NotFound for an uncoded type whose name is not in the
// codebook, or an unknown code. O(length of name).
absl::StatusOr<CameoCode> LookupCameo(const EventType& type);

// The quad class of a root or full code ("14", "1411"): from its first two
// digits. Errors: InvalidArgument when the code does not start with a root
// code 01 ... 20. O(1).
absl::StatusOr<QuadClass> QuadClassOfCode(absl::string_view code);

}  // namespace diplograph

#endif  // DIPLOGRAPH_CAMEO_H_
