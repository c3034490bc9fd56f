// The bulk path for resolved statement rows (statement_appender.h) and
// Graph::Reserve.

#include "diplograph/statement_appender.h"

#include <algorithm>
#include <string>

#include "absl/status/status.h"
#include "diplograph/graph.h"
#include "model/names.h"
#include "store/graph_data.h"
#include "store/graph_helpers.h"
#include "store/statement_index.h"
#include "util/status_macros.h"
#include "util/utf8.h"

namespace diplograph {

void Graph::Reserve(size_t statements, size_t targets) {
  internal::GraphData& d = *data_;
  d.statements.reserve(d.statements.size() + statements);
  d.about_pool.reserve(d.about_pool.size() + targets);
  d.by_date.reserve(d.by_date.size() + statements);
}

// The store's internal helpers this public class is built on.
using internal::CheckText;
using internal::FindInvalidUtf8;
using internal::GraphData;
using internal::HasActor;
using internal::IndexIfLatest;
using internal::InRecord;
using internal::StatementRow;
using internal::StructureChanged;

absl::StatusOr<uint32_t> StatementAppender::InternEventType(
    const EventType& type) {
  GraphData& d = *graph_.data_;
  if (type.empty()) return 0;
  if (d.last_event_type != 0 && d.event_types[d.last_event_type] == type) {
    return d.last_event_type;
  }
  const std::string& key = d.EventTypeKey(type);
  auto it = d.event_type_ids.find(key);
  if (it != d.event_type_ids.end()) return d.last_event_type = it->second;
  if (absl::Status st = ValidateEventType(type); !st.ok()) {
    return InRecord("event_type", st);
  }
  DIPLOGRAPH_RETURN_IF_ERROR(CheckText("event_type.code", type.code));
  DIPLOGRAPH_RETURN_IF_ERROR(CheckText("event_type.name", type.name));
  const auto id = static_cast<uint32_t>(d.event_types.size());
  d.event_types.push_back(type);
  d.event_type_ids.emplace(key, id);
  return d.last_event_type = id;
}

void StatementAppender::SetIndexThreads(int threads) {
  graph_.data_->bulk_index_threads = std::max(1, threads);
}

absl::StatusOr<StatementId> StatementAppender::Slow(
    ActorId speaker, Date date, uint32_t type, absl::Span<const ActorId> about,
    absl::string_view text, QuoteKind quote) {
  const GraphData& d = *graph_.data_;
  Statement s;
  s.speaker = speaker;
  s.date = date;
  s.about.assign(about.begin(), about.end());
  s.text = std::string(text);
  s.quote = quote;
  if (type < d.event_types.size()) s.event_type = d.event_types[type];
  return graph_.AddStatement(s);
}

absl::StatusOr<StatementId> StatementAppender::Append(
    ActorId speaker, Date date, uint32_t type, absl::Span<const ActorId> about,
    absl::string_view text, QuoteKind quote) {
  GraphData& d = *graph_.data_;
  bool ok = HasActor(d, speaker) && static_cast<unsigned>(quote) <= 1 &&
            type < d.event_types.size();
  for (size_t i = 0; ok && i < about.size(); ++i) {
    ok = HasActor(d, about[i]);
    for (size_t j = 0; ok && j < i; ++j) ok = about[j] != about[i];
  }
  if (ok && !text.empty())
    ok = FindInvalidUtf8(text) == absl::string_view::npos;
  if (!ok) return Slow(speaker, date, type, about, text, quote);

  const StatementId id(static_cast<uint32_t>(d.statements.size()));
  StatementRow row;
  row.speaker = speaker;
  row.date = date;
  row.text = d.strings.Add(text);
  row.event_type = type;
  row.about_begin = static_cast<uint32_t>(d.about_pool.size());
  row.about_count = static_cast<uint32_t>(about.size());
  row.quote = quote;
  d.about_pool.insert(d.about_pool.end(), about.begin(), about.end());
  d.statements.push_back(row);
  IndexIfLatest(d, id, date);
  StructureChanged(d);
  return id;
}

}  // namespace diplograph
