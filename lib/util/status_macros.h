// Private helpers for absl::Status plumbing. Debian 12's Abseil (20220623)
// has no public RETURN_IF_ERROR / ASSIGN_OR_RETURN, so the library keeps its
// own, prefixed to stay out of users' way.

#ifndef DIPLOGRAPH_LIB_UTIL_STATUS_MACROS_H_
#define DIPLOGRAPH_LIB_UTIL_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define DIPLOGRAPH_CONCAT_INNER_(a, b) a##b
#define DIPLOGRAPH_CONCAT_(a, b) DIPLOGRAPH_CONCAT_INNER_(a, b)

// Evaluates `expr` (an absl::Status) and returns it from the enclosing
// function when it is not OK.
#define DIPLOGRAPH_RETURN_IF_ERROR(expr)                     \
  do {                                                       \
    ::absl::Status diplograph_status_ = (expr);              \
    if (!diplograph_status_.ok()) return diplograph_status_; \
  } while (false)

// `lhs = *expr` for an absl::StatusOr<T> `expr`, or returns its status.
#define DIPLOGRAPH_ASSIGN_OR_RETURN(lhs, expr) \
  DIPLOGRAPH_ASSIGN_OR_RETURN_IMPL_(           \
      DIPLOGRAPH_CONCAT_(diplograph_statusor_, __LINE__), lhs, expr)

#define DIPLOGRAPH_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, expr) \
  auto statusor = (expr);                                      \
  if (!statusor.ok()) return std::move(statusor).status();     \
  lhs = *std::move(statusor)

#endif  // DIPLOGRAPH_LIB_UTIL_STATUS_MACROS_H_
