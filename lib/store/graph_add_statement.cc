// Graph::AddStatement: validation of a statement, interning of its strings
// and event type, and its row, side-table entry and indexing.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "diplograph/graph.h"
#include "model/date_keys.h"
#include "model/names.h"
#include "store/graph_data.h"
#include "store/graph_helpers.h"
#include "store/statement_index.h"
#include "util/status_macros.h"
#include "util/utf8.h"

namespace diplograph {

using internal::CheckName;
using internal::GraphData;
using internal::kNoExtra;
using internal::Quoted;
using internal::StatementExtra;
using internal::StatementRow;

namespace internal {
namespace {

uint32_t InternEventType(GraphData& d, const EventType& type) {
  if (type.empty()) return 0;
  // Statements usually repeat the type of the one before.
  if (d.last_event_type != 0 && d.event_types[d.last_event_type] == type) {
    return d.last_event_type;
  }
  const std::string& key = d.EventTypeKey(type);
  auto it = d.event_type_ids.find(key);
  if (it != d.event_type_ids.end()) return d.last_event_type = it->second;
  const auto id = static_cast<uint32_t>(d.event_types.size());
  d.event_types.push_back(type);
  d.event_type_ids.emplace(key, id);
  return d.last_event_type = id;
}

}  // namespace

// Checks a reporting chain: outlets set, in the graph, not repeated; kinds
// in range. `field` names the chain ("reported_by").
absl::Status CheckReports(const GraphData& d, absl::string_view field,
                          const std::vector<Report>& reports) {
  for (size_t i = 0; i < reports.size(); ++i) {
    const std::string f = absl::StrCat(field, "[", i, "]");
    DIPLOGRAPH_RETURN_IF_ERROR(
        RequireActor(d, absl::StrCat(f, ".outlet"), reports[i].outlet));
    if (static_cast<unsigned>(reports[i].kind) > 1) {
      return absl::InvalidArgumentError(
          absl::StrCat(f, ".kind: value out of range"));
    }
    for (size_t j = 0; j < i; ++j) {
      if (reports[j].outlet == reports[i].outlet) {
        return absl::InvalidArgumentError(
            absl::StrCat(f, ".outlet: repeats ", field, "[", j, "]"));
      }
    }
  }
  return absl::OkStatus();
}

// Checks a mention on its own (not against the statement's others).
absl::Status CheckMention(const GraphData& d, absl::string_view field,
                          const StatementMention& m) {
  if (!m.source.valid()) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, ".source: a mention needs a source"));
  }
  if (!HasSource(d, m.source)) {
    return absl::NotFoundError(absl::StrCat(
        field, ".source: no ", Describe(m.source), " in the graph"));
  }
  if (m.span.has_value() && m.span->end < m.span->begin) {
    return absl::InvalidArgumentError(absl::StrCat(
        field, ".span: end ", m.span->end, " is before begin ", m.span->begin));
  }
  return CheckReports(d, absl::StrCat(field, ".reported_by"), m.reported_by);
}

// Whether `m` is the first mention of a statement: its own source, span and
// reporting chain.
bool IsOwnMention(const StatementMention& m, SourceId source,
                  const std::optional<TextSpan>& span,
                  absl::Span<const Report> reported_by) {
  return m.source == source && m.span == span &&
         absl::MakeConstSpan(m.reported_by) == reported_by;
}

}  // namespace internal

using namespace internal;  // NOLINT: private helpers of this file

absl::StatusOr<StatementId> Graph::AddStatement(const Statement& s) {
  GraphData& d = *data_;
  auto record = [&] {
    return absl::StrCat("statement (speaker ", ActorLabel(d, s.speaker),
                        ", date ", s.date.ToString(), ")");
  };
  auto fail = [&](const absl::Status& st) { return InRecord(record(), st); };

  if (absl::Status st = RequireActor(d, "speaker", s.speaker); !st.ok()) {
    return fail(st);
  }
  for (auto [field, text] :
       {std::pair<absl::string_view, absl::string_view>{"text", s.text},
        {"channel", s.channel},
        {"location", s.location}}) {
    if (absl::Status st = CheckText(field, text); !st.ok()) return fail(st);
  }
  if (s.source.valid() && !Contains(s.source)) {
    return fail(absl::NotFoundError(
        absl::StrCat("source: no ", Describe(s.source), " in the graph")));
  }
  if (s.span.has_value()) {
    if (!s.source.valid()) {
      return fail(
          absl::InvalidArgumentError("span: a text span needs a source"));
    }
    if (s.span->end < s.span->begin) {
      return fail(absl::InvalidArgumentError(absl::StrCat(
          "span: end ", s.span->end, " is before begin ", s.span->begin)));
    }
  }
  if (static_cast<unsigned>(s.quote) > 1) {
    return fail(absl::InvalidArgumentError("quote: value out of range"));
  }
  if (absl::Status st = CheckReports(d, "reported_by", s.reported_by);
      !st.ok()) {
    return fail(st);
  }
  for (size_t i = 0; i < s.about.size(); ++i) {
    if (!HasActor(d, s.about[i])) {
      return fail(RequireActor(d, absl::StrCat("about[", i, "]"), s.about[i]));
    }
    for (size_t j = 0; j < i; ++j) {
      if (s.about[j] == s.about[i]) {
        return fail(absl::InvalidArgumentError(
            absl::StrCat("about[", i, "]: ", ActorLabel(d, s.about[i]),
                         " is listed twice")));
      }
    }
  }
  absl::flat_hash_set<absl::string_view> topics_seen;
  for (size_t i = 0; i < s.topics.size(); ++i) {
    const std::string field = absl::StrCat("topics[", i, "]");
    if (absl::Status st = CheckName(field, s.topics[i]); !st.ok())
      return fail(st);
    if (!topics_seen.insert(s.topics[i]).second) {
      return fail(absl::InvalidArgumentError(
          absl::StrCat(field, ": \"", s.topics[i], "\" is listed twice")));
    }
  }
  if (absl::Status st = ValidateEventType(s.event_type); !st.ok()) {
    return fail(InRecord("event_type", st));
  }
  if (absl::Status st = CheckText("event_type.code", s.event_type.code);
      !st.ok()) {
    return fail(st);
  }
  if (absl::Status st = CheckText("event_type.name", s.event_type.name);
      !st.ok()) {
    return fail(st);
  }
  absl::flat_hash_set<ActorId> stance_seen;
  for (size_t i = 0; i < s.stances.size(); ++i) {
    const std::string field = absl::StrCat("stances[", i, "]");
    if (absl::Status st = RequireActor(d, absl::StrCat(field, ".target"),
                                       s.stances[i].target);
        !st.ok()) {
      return fail(st);
    }
    if (absl::Status st = CheckPolarity(absl::StrCat(field, ".polarity"),
                                        s.stances[i].polarity);
        !st.ok()) {
      return fail(st);
    }
    if (!stance_seen.insert(s.stances[i].target).second) {
      return fail(absl::InvalidArgumentError(
          absl::StrCat(field, ".target: a second stance toward ",
                       ActorLabel(d, s.stances[i].target))));
    }
  }
  for (size_t i = 0; i < s.links.size(); ++i) {
    const std::string field = absl::StrCat("links[", i, "]");
    const StatementLink& link = s.links[i];
    if (!link.statement.valid()) {
      return fail(absl::InvalidArgumentError(
          absl::StrCat(field, ".statement: missing")));
    }
    if (!Contains(link.statement)) {
      return fail(absl::NotFoundError(absl::StrCat(field, ".statement: no ",
                                                   Describe(link.statement),
                                                   " in the graph")));
    }
    if (static_cast<unsigned>(link.kind) > 2) {
      return fail(absl::InvalidArgumentError(
          absl::StrCat(field, ".kind: value out of range")));
    }
    if (absl::Status st =
            CheckPolarity(absl::StrCat(field, ".stance"), link.stance);
        !st.ok()) {
      return fail(st);
    }
    for (size_t j = 0; j < i; ++j) {
      if (s.links[j].statement == link.statement &&
          s.links[j].kind == link.kind) {
        return fail(absl::InvalidArgumentError(
            absl::StrCat(field, ": repeats links[", j, "]")));
      }
    }
  }

  for (size_t i = 0; i < s.co_speakers.size(); ++i) {
    const std::string field = absl::StrCat("co_speakers[", i, "]");
    if (absl::Status st = RequireActor(d, field, s.co_speakers[i]); !st.ok()) {
      return fail(st);
    }
    if (s.co_speakers[i] == s.speaker) {
      return fail(absl::InvalidArgumentError(absl::StrCat(
          field, ": ", ActorLabel(d, s.speaker), " is the speaker")));
    }
    for (size_t j = 0; j < i; ++j) {
      if (s.co_speakers[j] == s.co_speakers[i]) {
        return fail(absl::InvalidArgumentError(absl::StrCat(
            field, ": ", ActorLabel(d, s.co_speakers[i]), " is listed twice")));
      }
    }
  }
  for (size_t i = 0; i < s.mentions.size(); ++i) {
    const std::string field = absl::StrCat("mentions[", i, "]");
    const StatementMention& m = s.mentions[i];
    if (absl::Status st = CheckMention(d, field, m); !st.ok()) {
      return fail(st);
    }
    if (IsOwnMention(m, s.source, s.span, s.reported_by)) {
      return fail(absl::InvalidArgumentError(absl::StrCat(
          field,
          ": repeats the statement's own source, span and reported_by")));
    }
    for (size_t j = 0; j < i; ++j) {
      if (s.mentions[j] == m) {
        return fail(absl::InvalidArgumentError(
            absl::StrCat(field, ": repeats mentions[", j, "]")));
      }
    }
  }

  // Valid: commit.
  const StatementId id(static_cast<uint32_t>(d.statements.size()));
  StatementRow row;
  row.speaker = s.speaker;
  row.date = s.date;
  row.text = d.strings.Add(s.text);  // texts rarely repeat: no hash entry
  row.event_type = InternEventType(d, s.event_type);
  row.about_begin = static_cast<uint32_t>(d.about_pool.size());
  row.about_count = static_cast<uint32_t>(s.about.size());
  row.quote = s.quote;
  d.about_pool.insert(d.about_pool.end(), s.about.begin(), s.about.end());
  const bool needs_extra = !s.channel.empty() || !s.location.empty() ||
                           s.source.valid() || s.span.has_value() ||
                           !s.reported_by.empty() || !s.topics.empty() ||
                           !s.stances.empty() || !s.links.empty();
  if (needs_extra) {
    StatementExtra e;
    e.channel = d.strings.Intern(s.channel);
    e.location = d.strings.Intern(s.location);
    e.source = s.source;
    e.span = s.span;
    e.reported_by = s.reported_by;
    for (const std::string& t : s.topics)
      e.topics.push_back(d.strings.Intern(t));
    e.stances = s.stances;
    e.links = s.links;
    row.extra = static_cast<uint32_t>(d.extras.size());
    d.extras.push_back(std::move(e));
  }
  if (!s.co_speakers.empty() || !s.mentions.empty()) {
    row.has_joint = true;
    d.joint[id.value] = StatementJoint{s.co_speakers, s.mentions};
    auto key = [&d](StatementId x) { return d.StatementDateKey(x); };
    d.statements.push_back(row);
    for (ActorId a : s.co_speakers) {
      InsertSorted(d.co_spoken[a.value], id, key);
    }
  } else {
    d.statements.push_back(row);
  }

  IndexIfLatest(d, id, row.date);
  StructureChanged(d);
  return id;
}

}  // namespace diplograph

namespace diplograph {

using namespace internal;  // NOLINT: private helpers of this file

absl::Status Graph::AddStatementMention(StatementId statement,
                                        const StatementMention& mention) {
  GraphData& d = *data_;
  if (!HasStatement(d, statement)) {
    return absl::NotFoundError(
        absl::StrCat("no ", Describe(statement), " in the graph"));
  }
  const std::string record = Describe(statement);
  DIPLOGRAPH_RETURN_IF_ERROR(
      InRecord(record, CheckMention(d, "mention", mention)));
  const StatementView v = this->statement(statement);
  if (IsOwnMention(mention, v.source(), v.span(), v.reported_by())) {
    return InRecord(record, absl::AlreadyExistsError(
                                "mention: it is the statement's own source, "
                                "span and reported_by"));
  }
  const absl::Span<const StatementMention> have = v.mentions();
  for (size_t i = 0; i < have.size(); ++i) {
    if (have[i] == mention) {
      return InRecord(record, absl::AlreadyExistsError(absl::StrCat(
                                  "mention: repeats mentions[", i, "]")));
    }
  }
  NoteMentionChange(d, statement);
  d.statements[statement.value].has_joint = true;
  d.joint[statement.value].mentions.push_back(mention);
  return absl::OkStatus();
}

}  // namespace diplograph
