// Polarity: whether a link, a stance or a relationship is cooperative,
// neutral or conflictual — the one-dimensional reading of diplomatic tone
// used by event-data systems (CAMEO's cooperation/conflict axis).
//
//   Stance{.target = us, .polarity = Polarity::kConflictual}
//
// Thread safety: plain values.

#ifndef DIPLOGRAPH_POLARITY_H_
#define DIPLOGRAPH_POLARITY_H_

#include <cstdint>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace diplograph {

enum class Polarity : int8_t {
  kConflictual = -1,
  kNeutral = 0,
  kCooperative = 1,
};

// "conflictual", "neutral" or "cooperative".
absl::string_view PolarityName(Polarity polarity);

// The inverse of PolarityName. Returns InvalidArgument for other text.
absl::StatusOr<Polarity> ParsePolarity(absl::string_view name);

}  // namespace diplograph

#endif  // DIPLOGRAPH_POLARITY_H_
