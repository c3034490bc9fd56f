#include "diplograph/statement_format.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "diplograph/actor.h"
#include "diplograph/statement.h"

namespace diplograph {

std::string TextExcerpt(absl::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  size_t cut = max_bytes;
  // Back off continuation bytes (10xxxxxx) to the start of a character.
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  return absl::StrCat(text.substr(0, cut), "...");
}

std::string ActorWithRoles(const Graph& graph, ActorId actor, Date date) {
  const Actor& a = graph.actor(actor);
  if (!date.is_known()) return a.name;
  // A known date makes a valid one-date interval.
  const Interval period = *Interval::Make(date, date);
  std::vector<std::string> roles;
  for (const Affiliation& f : a.affiliations) {
    if (f.valid.Overlaps(period)) {
      roles.push_back(
          absl::StrCat(f.role, " of ", graph.actor(f.organization).name));
    }
  }
  if (roles.empty()) return a.name;
  return absl::StrCat(a.name, " (", absl::StrJoin(roles, "; "), ")");
}

std::string FormatStatement(const Graph& graph, StatementId statement,
                            const StatementFormat& format) {
  const StatementView s = graph.statement(statement);
  const std::string& in = format.indent;
  std::string out =
      absl::StrCat(in, s.date().is_known() ? s.date().ToString() : "undated",
                   "  ", ActorWithRoles(graph, s.speaker(), s.date()), "\n");
  const std::string text = format.max_text_bytes == 0
                               ? std::string(s.text())
                               : TextExcerpt(s.text(), format.max_text_bytes);
  if (s.quote() == QuoteKind::kDirectQuote) {
    absl::StrAppend(&out, in, "  said: \"", text, "\"\n");
  } else {
    absl::StrAppend(&out, in, "  (paraphrase) ", text, "\n");
  }
  std::string via(s.channel());
  if (!s.location().empty()) {
    absl::StrAppend(&via, via.empty() ? "" : " ", "in ", s.location());
  }
  for (const Report& r : s.reported_by()) {
    absl::StrAppend(&via, via.empty() ? "" : "; ", ReportKindName(r.kind),
                    " by ", graph.actor(r.outlet).name);
  }
  if (!via.empty()) absl::StrAppend(&out, in, "  via: ", via, "\n");
  if (format.event_type && !s.event_type().empty()) {
    const EventType& t = s.event_type();
    absl::StrAppend(&out, in, "  type: ", t.code,
                    t.code.empty() || t.name.empty() ? "" : " ", t.name, "\n");
  }
  if (format.source && s.source().valid()) {
    const Source& src = graph.source(s.source());
    absl::StrAppend(&out, in, "  source: ", src.title);
    if (!src.locator.empty()) {
      absl::StrAppend(&out, src.title.empty() ? "[" : " [", src.locator, "]");
    }
    absl::StrAppend(&out, "\n");
  }
  return out;
}

}  // namespace diplograph
