// Test matchers for absl::Status and absl::StatusOr. Debian 12's Abseil
// ships none, so the tests keep their own.
//
//   EXPECT_THAT(graph.AddActor(a), IsOk());
//   EXPECT_THAT(graph.AddActor(a), StatusIs(absl::StatusCode::kAlreadyExists,
//                                           HasSubstr("name")));
//   EXPECT_THAT(graph.FindActor("Ning"), IsOkAndHolds(mao_ning));

#ifndef DIPLOGRAPH_TESTS_TESTING_STATUS_MATCHERS_H_
#define DIPLOGRAPH_TESTS_TESTING_STATUS_MATCHERS_H_

#include <ostream>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gmock/gmock.h"

namespace diplograph::testing {

inline const absl::Status& GetStatus(const absl::Status& s) { return s; }
template <typename T>
const absl::Status& GetStatus(const absl::StatusOr<T>& s) {
  return s.status();
}

MATCHER(IsOk, "is OK") {
  const absl::Status& s = GetStatus(arg);
  if (!s.ok()) *result_listener << "status is " << s;
  return s.ok();
}

MATCHER_P2(StatusIs, code, message_matcher,
           "has code " + absl::StatusCodeToString(code)) {
  const absl::Status& s = GetStatus(arg);
  *result_listener << "status is " << s;
  return s.code() == code &&
         ::testing::Matches(message_matcher)(std::string(s.message()));
}

// Matches an OK absl::StatusOr<T> whose value matches `value_matcher`.
//   EXPECT_THAT(graph.FindActor("Ning"), IsOkAndHolds(mao_ning));
MATCHER_P(IsOkAndHolds, value_matcher, "is OK and holds a matching value") {
  if (!arg.ok()) {
    *result_listener << "status is " << arg.status();
    return false;
  }
  return ::testing::ExplainMatchResult(value_matcher, *arg, result_listener);
}

}  // namespace diplograph::testing

#define DIPLOGRAPH_ASSERT_OK_AND_ASSIGN(lhs, expr) \
  DIPLOGRAPH_ASSERT_OK_AND_ASSIGN_IMPL_(           \
      DIPLOGRAPH_TEST_CONCAT_(statusor_, __LINE__), lhs, expr)
#define DIPLOGRAPH_TEST_CONCAT_INNER_(a, b) a##b
#define DIPLOGRAPH_TEST_CONCAT_(a, b) DIPLOGRAPH_TEST_CONCAT_INNER_(a, b)
#define DIPLOGRAPH_ASSERT_OK_AND_ASSIGN_IMPL_(so, lhs, expr) \
  auto so = (expr);                                          \
  ASSERT_TRUE(so.ok()) << so.status();                       \
  lhs = *std::move(so)

#endif  // DIPLOGRAPH_TESTS_TESTING_STATUS_MATCHERS_H_
