// Writes a Graph in the diplograph/1 JSON format (see docs/json-format.md).
// Every name of the format comes from json_fields.h, which the reader uses
// too.
// Records are written in id order with fields in a fixed order, and fields
// holding their default value are left out, so the output is deterministic.

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <ostream>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "diplograph/graph.h"
#include "diplograph/json.h"
#include "io/json_fields.h"
#include "io/json_layout.h"
#include "rapidjson/prettywriter.h"
#include "rapidjson/stringbuffer.h"
#include "rapidjson/writer.h"

namespace diplograph {
namespace {

namespace json = internal::json;

// Local ids: a typed prefix and the graph id.
std::string LocalId(ActorId id) { return absl::StrCat("a", id.value); }
std::string LocalId(SourceId id) { return absl::StrCat("src", id.value); }
std::string LocalId(StatementId id) { return absl::StrCat("st", id.value); }
std::string LocalId(RelationshipId id) { return absl::StrCat("rel", id.value); }
std::string LocalId(EventId id) { return absl::StrCat("ev", id.value); }

// Counts the records encoded and calls JsonSaveOptions::progress at a
// bounded rate.
class SaveProgress {
 public:
  SaveProgress(const Graph& g,
               const std::function<void(uint64_t, uint64_t)>& fn)
      : fn_(fn),
        total_(uint64_t{g.actor_count()} + g.source_count() +
               g.statement_count() + g.relationship_count() + g.event_count()),
        step_(total_ / 1024 + (total_ % 1024 != 0)) {}

  void Tick() {
    if (!fn_) return;
    ++done_;
    if (done_ % step_ == 0 || done_ == total_) fn_(done_, total_);
  }
  void Finish() {
    if (fn_ && total_ == 0) fn_(0, 0);
  }

 private:
  const std::function<void(uint64_t, uint64_t)>& fn_;
  const uint64_t total_;
  const uint64_t step_;
  uint64_t done_ = 0;
};

template <typename W>
class RecordWriter {
 public:
  RecordWriter(const Graph& g, W& w) : g_(g), w_(w) {}

  void Str(absl::string_view s) {
    w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  }
  void Key(absl::string_view k) {
    w_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
  }
  void Field(absl::string_view k, absl::string_view v) {
    Key(k);
    Str(v);
  }
  void FieldIfSet(absl::string_view k, absl::string_view v) {
    if (!v.empty()) Field(k, v);
  }
  template <typename IdT>
  void Ref(absl::string_view k, IdT id) {
    if (id.valid()) Field(k, LocalId(id));
  }
  void DateField(absl::string_view k, Date d) {
    if (d.is_known()) Field(k, d.ToString());
  }
  void IntervalField(absl::string_view k, const Interval& v) {
    if (v != Interval()) Field(k, v.ToString());
  }
  void Names(absl::string_view k, const std::vector<std::string>& v) {
    if (v.empty()) return;
    Key(k);
    w_.StartArray();
    for (const std::string& s : v) Str(s);
    w_.EndArray();
  }
  void EventTypeField(const EventType& t) {
    if (t.empty()) return;
    Key(json::kEventTypeField);
    w_.StartObject();
    FieldIfSet(json::kCode, t.code);
    FieldIfSet(json::kName, t.name);
    w_.EndObject();
  }
  // Opens a record: its type (JSON Lines only) and its local id.
  template <typename IdT>
  void Begin(absl::string_view type, IdT id, bool lines) {
    w_.StartObject();
    if (lines) Field(json::kType, type);
    Field(json::kId, LocalId(id));
  }

  void WriteActor(ActorId id, bool lines) {
    const Actor& a = g_.actor(id);
    Begin(json::kActorType, id, lines);
    Field(json::kName, a.name);
    Field(json::kKind, ActorKindName(a.kind));
    Names(json::kAliases, a.aliases);
    FieldIfSet(json::kIso3, a.iso3);
    FieldIfSet(json::kCameoCode, a.cameo_code);
    if (!a.affiliations.empty()) {
      Key(json::kAffiliations);
      w_.StartArray();
      for (const Affiliation& f : a.affiliations) {
        w_.StartObject();
        Ref(json::kOrganization, f.organization);
        Field(json::kRole, f.role);
        IntervalField(json::kValid, f.valid);
        w_.EndObject();
      }
      w_.EndArray();
    }
    w_.EndObject();
  }

  void WriteSource(SourceId id, bool lines) {
    const Source& s = g_.source(id);
    Begin(json::kSourceType, id, lines);
    FieldIfSet(json::kTitle, s.title);
    Ref(json::kOutlet, s.outlet);
    DateField(json::kDate, s.date);
    FieldIfSet(json::kLocator, s.locator);
    w_.EndObject();
  }

  // "span": {"begin": B, "end": E}, when there is one.
  void SpanField(const std::optional<TextSpan>& span) {
    if (!span.has_value()) return;
    Key(json::kSpan);
    w_.StartObject();
    Key(json::kBegin);
    w_.Uint(span->begin);
    Key(json::kEnd);
    w_.Uint(span->end);
    w_.EndObject();
  }

  // "reported_by": [...], when the chain is not empty.
  void ReportsField(absl::Span<const Report> reports) {
    if (reports.empty()) return;
    Key(json::kReportedBy);
    w_.StartArray();
    for (const Report& r : reports) {
      w_.StartObject();
      Ref(json::kOutlet, r.outlet);
      if (r.kind != ReportKind::kReported) {
        Field(json::kKind, ReportKindName(r.kind));
      }
      w_.EndObject();
    }
    w_.EndArray();
  }

  void WriteStatement(StatementId id, bool lines) {
    const StatementView s = g_.statement(id);
    Begin(json::kStatementType, id, lines);
    Ref(json::kSpeaker, s.speaker());
    if (!s.co_speakers().empty()) {
      Key(json::kCoSpeakers);
      w_.StartArray();
      for (ActorId a : s.co_speakers()) Str(LocalId(a));
      w_.EndArray();
    }
    DateField(json::kDate, s.date());
    Field(json::kText, s.text());
    if (s.quote() != QuoteKind::kParaphrase) {
      Field(json::kQuote, QuoteKindName(s.quote()));
    }
    FieldIfSet(json::kChannel, s.channel());
    FieldIfSet(json::kLocation, s.location());
    Ref(json::kSource, s.source());
    SpanField(s.span());
    ReportsField(s.reported_by());
    if (!s.mentions().empty()) {
      Key(json::kMentions);
      w_.StartArray();
      for (const StatementMention& m : s.mentions()) {
        w_.StartObject();
        Ref(json::kSource, m.source);
        SpanField(m.span);
        ReportsField(m.reported_by);
        w_.EndObject();
      }
      w_.EndArray();
    }
    if (!s.about().empty()) {
      Key(json::kAbout);
      w_.StartArray();
      for (ActorId a : s.about()) Str(LocalId(a));
      w_.EndArray();
    }
    const std::vector<absl::string_view> topics = s.topics();
    if (!topics.empty()) {
      Key(json::kTopics);
      w_.StartArray();
      for (absl::string_view t : topics) Str(t);
      w_.EndArray();
    }
    EventTypeField(s.event_type());
    if (!s.stances().empty()) {
      Key(json::kStances);
      w_.StartArray();
      for (const Stance& st : s.stances()) {
        w_.StartObject();
        Ref(json::kTarget, st.target);
        Field(json::kPolarity, PolarityName(st.polarity));
        w_.EndObject();
      }
      w_.EndArray();
    }
    if (!s.links().empty()) {
      Key(json::kLinks);
      w_.StartArray();
      for (const StatementLink& l : s.links()) {
        w_.StartObject();
        Ref(json::kStatement, l.statement);
        Field(json::kKind, StatementLinkKindName(l.kind));
        if (l.stance != Polarity::kNeutral) {
          Field(json::kStance, PolarityName(l.stance));
        }
        w_.EndObject();
      }
      w_.EndArray();
    }
    w_.EndObject();
  }

  void WriteRelationship(RelationshipId id, bool lines) {
    const Relationship& r = g_.relationship(id);
    Begin(json::kRelationshipType, id, lines);
    Ref(json::kFrom, r.from);
    Ref(json::kTo, r.to);
    Field(json::kLabel, r.label);
    Field(json::kKey, r.key);
    Names(json::kLabelVariants, r.label_variants);
    Key(json::kDirected);
    w_.Bool(r.directed);
    Field(json::kPolarity, PolarityName(r.polarity));
    IntervalField(json::kValid, r.valid);
    if (!r.evidence.empty()) {
      Key(json::kEvidence);
      w_.StartArray();
      for (const Evidence& e : r.evidence) {
        w_.StartObject();
        Ref(json::kStatement, e.statement);
        Ref(json::kSource, e.source);
        Field(json::kRole, EvidenceRoleName(e.role));
        w_.EndObject();
      }
      w_.EndArray();
    }
    w_.EndObject();
  }

  void WriteEvent(EventId id, bool lines) {
    const Event& e = g_.event(id);
    Begin(json::kEventType, id, lines);
    Field(json::kLabel, e.label);
    DateField(json::kDate, e.date);
    if (!e.participants.empty()) {
      Key(json::kParticipants);
      w_.StartArray();
      for (ActorId a : e.participants) Str(LocalId(a));
      w_.EndArray();
    }
    EventTypeField(e.event_type);
    Ref(json::kSource, e.source);
    w_.EndObject();
  }

  void WriteDocument(SaveProgress& progress) {
    w_.StartObject();
    Field(json::kFormat, kJsonFormatName);
    Key(json::kActors);
    w_.StartArray();
    for (uint32_t i = 0; i < g_.actor_count(); ++i) {
      WriteActor(ActorId(i), false);
      progress.Tick();
    }
    w_.EndArray();
    Key(json::kSources);
    w_.StartArray();
    for (uint32_t i = 0; i < g_.source_count(); ++i) {
      WriteSource(SourceId(i), false);
      progress.Tick();
    }
    w_.EndArray();
    Key(json::kStatements);
    w_.StartArray();
    for (uint32_t i = 0; i < g_.statement_count(); ++i) {
      WriteStatement(StatementId(i), false);
      progress.Tick();
    }
    w_.EndArray();
    Key(json::kRelationships);
    w_.StartArray();
    for (uint32_t i = 0; i < g_.relationship_count(); ++i) {
      WriteRelationship(RelationshipId(i), false);
      progress.Tick();
    }
    w_.EndArray();
    Key(json::kEvents);
    w_.StartArray();
    for (uint32_t i = 0; i < g_.event_count(); ++i) {
      WriteEvent(EventId(i), false);
      progress.Tick();
    }
    w_.EndArray();
    w_.EndObject();
    progress.Finish();
  }

 private:
  const Graph& g_;
  W& w_;
};

// Appends one compact record and a newline per call.
class LinesWriter {
 public:
  LinesWriter(std::string* out, SaveProgress* progress)
      : out_(out), progress_(progress) {}

  // One record (and a progress tick when `record`; the format line is not
  // one).
  template <typename Fn>
  void Line(Fn fn, bool record = true) {
    buffer_.Clear();
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer_);
    fn(w);
    out_->append(buffer_.GetString(), buffer_.GetSize());
    out_->push_back('\n');
    if (record) progress_->Tick();
  }

 private:
  std::string* out_;
  SaveProgress* progress_;
  rapidjson::StringBuffer buffer_;
};

std::string ToJsonLines(const Graph& g, SaveProgress& progress) {
  std::string out;
  LinesWriter lines(&out, &progress);
  using W = rapidjson::Writer<rapidjson::StringBuffer>;
  lines.Line(
      [&](W& w) {
        w.StartObject();
        RecordWriter<W>(g, w).Field(json::kFormat, kJsonFormatName);
        w.EndObject();
      },
      /*record=*/false);
  for (uint32_t i = 0; i < g.actor_count(); ++i) {
    lines.Line(
        [&](W& w) { RecordWriter<W>(g, w).WriteActor(ActorId(i), true); });
  }
  for (uint32_t i = 0; i < g.source_count(); ++i) {
    lines.Line(
        [&](W& w) { RecordWriter<W>(g, w).WriteSource(SourceId(i), true); });
  }
  for (uint32_t i = 0; i < g.statement_count(); ++i) {
    lines.Line([&](W& w) {
      RecordWriter<W>(g, w).WriteStatement(StatementId(i), true);
    });
  }
  for (uint32_t i = 0; i < g.relationship_count(); ++i) {
    lines.Line([&](W& w) {
      RecordWriter<W>(g, w).WriteRelationship(RelationshipId(i), true);
    });
  }
  for (uint32_t i = 0; i < g.event_count(); ++i) {
    lines.Line(
        [&](W& w) { RecordWriter<W>(g, w).WriteEvent(EventId(i), true); });
  }
  progress.Finish();
  return out;
}

}  // namespace

std::string ToJson(const Graph& graph, const JsonSaveOptions& options) {
  SaveProgress progress(graph, options.progress);
  if (options.layout == JsonLayout::kLines) {
    return ToJsonLines(graph, progress);
  }
  rapidjson::StringBuffer buffer;
  if (options.pretty) {
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
    w.SetIndent(' ', 2);
    RecordWriter<decltype(w)>(graph, w).WriteDocument(progress);
  } else {
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    RecordWriter<decltype(w)>(graph, w).WriteDocument(progress);
  }
  std::string out(buffer.GetString(), buffer.GetSize());
  out.push_back('\n');
  return out;
}

absl::Status WriteJson(const Graph& graph, std::ostream& out,
                       const JsonSaveOptions& options) {
  const std::string text = ToJson(graph, options);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.flush();
  if (!out) return absl::DataLossError("WriteJson: the output stream failed");
  return absl::OkStatus();
}

absl::Status SaveJsonFile(const Graph& graph, const std::string& path,
                          const JsonSaveOptions& options) {
  JsonSaveOptions resolved = options;
  resolved.layout = internal::ResolveLayout(options.layout, path);
  return internal::WriteFileAtomically(path, ToJson(graph, resolved));
}

}  // namespace diplograph
