// Names of the model's enumerations, and the small pure functions on model
// values.

#include "model/names.h"

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "diplograph/actor.h"
#include "diplograph/event_type.h"
#include "diplograph/polarity.h"
#include "diplograph/relationship.h"
#include "diplograph/statement.h"
#include "model/article.h"
#include "util/utf8.h"

namespace diplograph {

using internal::Quoted;
using internal::WithArticle;
namespace {

// Looks `name` up in a table of names indexed by enumerator value.
template <typename Enum, size_t N>
absl::StatusOr<Enum> ParseName(absl::string_view name,
                               const absl::string_view (&names)[N],
                               absl::string_view what) {
  for (size_t i = 0; i < N; ++i) {
    if (names[i] == name) return static_cast<Enum>(i);
  }
  std::string choices;
  for (size_t i = 0; i < N; ++i) {
    absl::StrAppend(&choices, i ? ", " : "", "\"", names[i], "\"");
  }
  return absl::InvalidArgumentError(
      absl::StrCat(Quoted(name), " is not ", WithArticle(what),
                   " (expected one of ", choices, ")"));
}

template <typename Enum, size_t N>
absl::string_view NameOf(Enum value, const absl::string_view (&names)[N]) {
  const auto i = static_cast<size_t>(value);
  return i < N ? names[i] : absl::string_view("?");
}

constexpr absl::string_view kActorKinds[] = {"state",
                                             "person",
                                             "organization",
                                             "media_outlet",
                                             "international_organization",
                                             "group",
                                             "place"};
constexpr absl::string_view kPolarities[] = {"conflictual", "neutral",
                                             "cooperative"};
constexpr absl::string_view kQuoteKinds[] = {"paraphrase", "direct_quote"};
constexpr absl::string_view kReportKinds[] = {"reported", "quoted"};
constexpr absl::string_view kLinkKinds[] = {"responds_to", "refers_to",
                                            "same_utterance"};
constexpr absl::string_view kEvidenceRoles[] = {"asserts", "confirms",
                                                "contests", "proposes"};

}  // namespace

absl::string_view ActorKindName(ActorKind kind) {
  return NameOf(kind, kActorKinds);
}
absl::StatusOr<ActorKind> ParseActorKind(absl::string_view name) {
  return ParseName<ActorKind>(name, kActorKinds, "actor kind");
}

absl::string_view PolarityName(Polarity polarity) {
  const int i = static_cast<int>(polarity) + 1;
  return i >= 0 && i < 3 ? kPolarities[i] : absl::string_view("?");
}
absl::StatusOr<Polarity> ParsePolarity(absl::string_view name) {
  for (int i = 0; i < 3; ++i) {
    if (kPolarities[i] == name) return static_cast<Polarity>(i - 1);
  }
  return absl::InvalidArgumentError(
      absl::StrCat(Quoted(name),
                   " is not a polarity (expected one of \"conflictual\", "
                   "\"neutral\", \"cooperative\")"));
}

absl::string_view QuoteKindName(QuoteKind kind) {
  return NameOf(kind, kQuoteKinds);
}
absl::StatusOr<QuoteKind> ParseQuoteKind(absl::string_view name) {
  return ParseName<QuoteKind>(name, kQuoteKinds, "quote kind");
}

absl::string_view ReportKindName(ReportKind kind) {
  return NameOf(kind, kReportKinds);
}
absl::StatusOr<ReportKind> ParseReportKind(absl::string_view name) {
  return ParseName<ReportKind>(name, kReportKinds, "report kind");
}

absl::string_view StatementLinkKindName(StatementLinkKind kind) {
  return NameOf(kind, kLinkKinds);
}
absl::StatusOr<StatementLinkKind> ParseStatementLinkKind(
    absl::string_view name) {
  return ParseName<StatementLinkKind>(name, kLinkKinds, "statement link kind");
}

absl::string_view EvidenceRoleName(EvidenceRole role) {
  return NameOf(role, kEvidenceRoles);
}
absl::StatusOr<EvidenceRole> ParseEvidenceRole(absl::string_view name) {
  return ParseName<EvidenceRole>(name, kEvidenceRoles, "evidence role");
}

absl::Status ValidateEventType(const EventType& type) {
  if (type.code.empty()) return absl::OkStatus();
  bool digits = type.code.size() >= 2 && type.code.size() <= 4;
  for (char c : type.code) {
    digits = digits && absl::ascii_isdigit(static_cast<unsigned char>(c));
  }
  if (!digits) {
    return absl::InvalidArgumentError(absl::StrCat(
        "event code ", Quoted(type.code), " is not 2 to 4 ASCII digits"));
  }
  return absl::OkStatus();
}

std::string NormalizeLabel(absl::string_view label) {
  std::string key;
  key.reserve(label.size());
  bool pending_space = false;
  for (size_t i = 0; i < label.size(); ++i) {
    const auto c = static_cast<unsigned char>(label[i]);
    // No-break space (C2 A0) and General Punctuation U+2000..U+206F
    // (E2 80 80..BF, E2 81 80..AF: typographic spaces, dashes, quotes)
    // separate words.
    size_t separator_len = 0;
    if (c == 0xC2 && i + 1 < label.size() &&
        static_cast<unsigned char>(label[i + 1]) == 0xA0) {
      separator_len = 2;
    } else if (c == 0xE2 && i + 2 < label.size()) {
      const auto c1 = static_cast<unsigned char>(label[i + 1]);
      const auto c2 = static_cast<unsigned char>(label[i + 2]);
      if ((c1 == 0x80 && c2 >= 0x80 && c2 <= 0xBF) ||
          (c1 == 0x81 && c2 >= 0x80 && c2 <= 0xAF)) {
        separator_len = 3;
      }
    }
    if (separator_len > 0) {
      pending_space = true;
      i += separator_len - 1;
    } else if (absl::ascii_isalnum(c) || c >= 0x80) {
      if (pending_space && !key.empty()) key.push_back(' ');
      pending_space = false;
      key.push_back(absl::ascii_tolower(c));
    } else {
      pending_space = true;
    }
  }
  return key;
}

namespace internal {

absl::Status CheckField(absl::string_view field, absl::string_view text) {
  if (text.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(field, ": empty"));
  }
  const size_t bad = FindInvalidUtf8(text);
  if (bad != absl::string_view::npos) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, ": invalid UTF-8 at byte ", bad));
  }
  if (HasControlCharacter(text)) {
    return absl::InvalidArgumentError(absl::StrCat(
        field, ": ", Quoted(text), " contains a control character"));
  }
  return absl::OkStatus();
}

absl::Status CheckName(absl::string_view field, absl::string_view name) {
  if (absl::Status s = CheckField(field, name); !s.ok()) return s;
  // Control characters are refused above: the only white space left that
  // can pad a name is the space.
  if (name.front() == ' ' || name.back() == ' ') {
    return absl::InvalidArgumentError(absl::StrCat(
        field, ": ", Quoted(name), " has leading or trailing white space"));
  }
  return absl::OkStatus();
}

}  // namespace internal
}  // namespace diplograph

namespace diplograph::internal {

std::string FoldStatementText(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;  // a white space run is pending
  auto put = [&](char c) {
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  };
  for (size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (absl::ascii_isspace(c)) {
        space = true;
      } else {
        put(absl::ascii_tolower(c));
      }
      ++i;
      continue;
    }
    const absl::string_view rest = text.substr(i);
    // Two-byte sequences: no-break space, angle quotes.
    if (rest.size() >= 2 && c == 0xC2) {
      const auto c2 = static_cast<unsigned char>(rest[1]);
      if (c2 == 0xA0) {
        space = true;
        i += 2;
        continue;
      }
      if (c2 == 0xAB || c2 == 0xBB) {  // « »
        put('"');
        i += 2;
        continue;
      }
    }
    // Three-byte sequences U+2018..U+201F, U+2032, U+2033, U+2039, U+203A.
    if (rest.size() >= 3 && c == 0xE2 &&
        static_cast<unsigned char>(rest[1]) == 0x80) {
      const auto c3 = static_cast<unsigned char>(rest[2]);
      if (c3 >= 0x98 && c3 <= 0x9B) {  // ‘ ’ ‚ ‛
        put('\'');
        i += 3;
        continue;
      }
      if (c3 >= 0x9C && c3 <= 0x9F) {  // “ ” „ ‟
        put('"');
        i += 3;
        continue;
      }
      if (c3 == 0xB2 || c3 == 0xB9 || c3 == 0xBA) {  // ′ ‹ ›
        put('\'');
        i += 3;
        continue;
      }
      if (c3 == 0xB3) {  // ″
        put('"');
        i += 3;
        continue;
      }
    }
    put(static_cast<char>(c));
    ++i;
  }
  return out;
}

}  // namespace diplograph::internal
