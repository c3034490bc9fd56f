// EventType: the coded kind of a statement or event, in the manner of the
// CAMEO event codebook (Schrodt, Gerner, Yilmaz): a numeric code such as
// "010" (Make statement), "051" (Praise or endorse), "111" (Criticize or
// denounce), "036" (Express intent to meet or negotiate), and its name.
//
//   EventType praise{.code = "051", .name = "Praise or endorse"};
//   praise.root_code();   // "05"
//
// A type may be uncoded (empty code, a name only), as when imported data
// uses a label no codebook knows; it is kept, never dropped.
//
// Thread safety: plain values.

#ifndef DIPLOGRAPH_EVENT_TYPE_H_
#define DIPLOGRAPH_EVENT_TYPE_H_

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace diplograph {

struct EventType {
  // CAMEO-style code: two to four ASCII digits ("01", "010", "0211"), or
  // empty when uncoded.
  std::string code{};
  // Human-readable name ("Make statement"); may be empty when a code is set.
  std::string name{};

  // True when neither code nor name is set (no event type).
  bool empty() const { return code.empty() && name.empty(); }

  // The two-digit root of the code ("05" for "051"), or "" when uncoded.
  absl::string_view root_code() const {
    return code.size() >= 2 ? absl::string_view(code).substr(0, 2)
                            : absl::string_view();
  }

  friend bool operator==(const EventType&, const EventType&) = default;
};

// OK when `type` is empty or has a well-formed code (2-4 ASCII digits) or a
// name; InvalidArgument otherwise, naming the bad code.
absl::Status ValidateEventType(const EventType& type);

}  // namespace diplograph

#endif  // DIPLOGRAPH_EVENT_TYPE_H_
