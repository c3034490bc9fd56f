// Writes a Graph in the diplograph/1 JSON format (see docs/json-format.md).
// Records are written in id order with fields in a fixed order, and fields
// holding their default value are left out, so the output is deterministic.

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ostream>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "diplograph/graph.h"
#include "diplograph/json.h"
#include "io/json_layout.h"
#include "rapidjson/prettywriter.h"
#include "rapidjson/stringbuffer.h"
#include "rapidjson/writer.h"

namespace diplograph {
namespace {

// Local ids: a typed prefix and the graph id.
std::string LocalId(ActorId id) { return absl::StrCat("a", id.value); }
std::string LocalId(SourceId id) { return absl::StrCat("src", id.value); }
std::string LocalId(StatementId id) { return absl::StrCat("st", id.value); }
std::string LocalId(RelationshipId id) { return absl::StrCat("rel", id.value); }
std::string LocalId(EventId id) { return absl::StrCat("ev", id.value); }

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
    Key("event_type");
    w_.StartObject();
    FieldIfSet("code", t.code);
    FieldIfSet("name", t.name);
    w_.EndObject();
  }
  void Type(absl::string_view type, bool lines) {
    if (lines) Field("type", type);
  }

  void WriteActor(ActorId id, bool lines) {
    const Actor& a = g_.actor(id);
    w_.StartObject();
    Type("actor", lines);
    Field("id", LocalId(id));
    Field("name", a.name);
    Field("kind", ActorKindName(a.kind));
    Names("aliases", a.aliases);
    FieldIfSet("iso3", a.iso3);
    FieldIfSet("cameo_code", a.cameo_code);
    if (!a.affiliations.empty()) {
      Key("affiliations");
      w_.StartArray();
      for (const Affiliation& f : a.affiliations) {
        w_.StartObject();
        Ref("organization", f.organization);
        Field("role", f.role);
        IntervalField("valid", f.valid);
        w_.EndObject();
      }
      w_.EndArray();
    }
    w_.EndObject();
  }

  void WriteSource(SourceId id, bool lines) {
    const Source& s = g_.source(id);
    w_.StartObject();
    Type("source", lines);
    Field("id", LocalId(id));
    FieldIfSet("title", s.title);
    Ref("outlet", s.outlet);
    DateField("date", s.date);
    FieldIfSet("locator", s.locator);
    w_.EndObject();
  }

  void WriteStatement(StatementId id, bool lines) {
    const StatementView s = g_.statement(id);
    w_.StartObject();
    Type("statement", lines);
    Field("id", LocalId(id));
    Ref("speaker", s.speaker());
    DateField("date", s.date());
    Field("text", s.text());
    if (s.quote() != QuoteKind::kParaphrase) {
      Field("quote", QuoteKindName(s.quote()));
    }
    FieldIfSet("channel", s.channel());
    FieldIfSet("location", s.location());
    Ref("source", s.source());
    if (std::optional<TextSpan> span = s.span()) {
      Key("span");
      w_.StartObject();
      Key("begin");
      w_.Uint(span->begin);
      Key("end");
      w_.Uint(span->end);
      w_.EndObject();
    }
    if (!s.reported_by().empty()) {
      Key("reported_by");
      w_.StartArray();
      for (const Report& r : s.reported_by()) {
        w_.StartObject();
        Ref("outlet", r.outlet);
        if (r.kind != ReportKind::kReported) {
          Field("kind", ReportKindName(r.kind));
        }
        w_.EndObject();
      }
      w_.EndArray();
    }
    if (!s.about().empty()) {
      Key("about");
      w_.StartArray();
      for (ActorId a : s.about()) Str(LocalId(a));
      w_.EndArray();
    }
    const std::vector<absl::string_view> topics = s.topics();
    if (!topics.empty()) {
      Key("topics");
      w_.StartArray();
      for (absl::string_view t : topics) Str(t);
      w_.EndArray();
    }
    EventTypeField(s.event_type());
    if (!s.stances().empty()) {
      Key("stances");
      w_.StartArray();
      for (const Stance& st : s.stances()) {
        w_.StartObject();
        Ref("target", st.target);
        Field("polarity", PolarityName(st.polarity));
        w_.EndObject();
      }
      w_.EndArray();
    }
    if (!s.links().empty()) {
      Key("links");
      w_.StartArray();
      for (const StatementLink& l : s.links()) {
        w_.StartObject();
        Ref("statement", l.statement);
        Field("kind", StatementLinkKindName(l.kind));
        if (l.stance != Polarity::kNeutral) {
          Field("stance", PolarityName(l.stance));
        }
        w_.EndObject();
      }
      w_.EndArray();
    }
    w_.EndObject();
  }

  void WriteRelationship(RelationshipId id, bool lines) {
    const Relationship& r = g_.relationship(id);
    w_.StartObject();
    Type("relationship", lines);
    Field("id", LocalId(id));
    Ref("from", r.from);
    Ref("to", r.to);
    Field("label", r.label);
    Field("key", r.key);
    Names("label_variants", r.label_variants);
    Key("directed");
    w_.Bool(r.directed);
    Field("polarity", PolarityName(r.polarity));
    IntervalField("valid", r.valid);
    if (!r.evidence.empty()) {
      Key("evidence");
      w_.StartArray();
      for (const Evidence& e : r.evidence) {
        w_.StartObject();
        Ref("statement", e.statement);
        Ref("source", e.source);
        Field("role", EvidenceRoleName(e.role));
        w_.EndObject();
      }
      w_.EndArray();
    }
    w_.EndObject();
  }

  void WriteEvent(EventId id, bool lines) {
    const Event& e = g_.event(id);
    w_.StartObject();
    Type("event", lines);
    Field("id", LocalId(id));
    Field("label", e.label);
    DateField("date", e.date);
    if (!e.participants.empty()) {
      Key("participants");
      w_.StartArray();
      for (ActorId a : e.participants) Str(LocalId(a));
      w_.EndArray();
    }
    EventTypeField(e.event_type);
    Ref("source", e.source);
    w_.EndObject();
  }

  void WriteDocument() {
    w_.StartObject();
    Field("format", kJsonFormatName);
    Key("actors");
    w_.StartArray();
    for (uint32_t i = 0; i < g_.actor_count(); ++i) WriteActor(ActorId(i), false);
    w_.EndArray();
    Key("sources");
    w_.StartArray();
    for (uint32_t i = 0; i < g_.source_count(); ++i) {
      WriteSource(SourceId(i), false);
    }
    w_.EndArray();
    Key("statements");
    w_.StartArray();
    for (uint32_t i = 0; i < g_.statement_count(); ++i) {
      WriteStatement(StatementId(i), false);
    }
    w_.EndArray();
    Key("relationships");
    w_.StartArray();
    for (uint32_t i = 0; i < g_.relationship_count(); ++i) {
      WriteRelationship(RelationshipId(i), false);
    }
    w_.EndArray();
    Key("events");
    w_.StartArray();
    for (uint32_t i = 0; i < g_.event_count(); ++i) WriteEvent(EventId(i), false);
    w_.EndArray();
    w_.EndObject();
  }

 private:
  const Graph& g_;
  W& w_;
};

// Appends one compact record and a newline per call.
class LinesWriter {
 public:
  explicit LinesWriter(std::string* out) : out_(out) {}

  template <typename Fn>
  void Line(Fn fn) {
    buffer_.Clear();
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer_);
    fn(w);
    out_->append(buffer_.GetString(), buffer_.GetSize());
    out_->push_back('\n');
  }

 private:
  std::string* out_;
  rapidjson::StringBuffer buffer_;
};

std::string ToJsonLines(const Graph& g) {
  std::string out;
  LinesWriter lines(&out);
  using W = rapidjson::Writer<rapidjson::StringBuffer>;
  lines.Line([&](W& w) {
    w.StartObject();
    w.Key("format");
    w.String(kJsonFormatName.data(),
             static_cast<rapidjson::SizeType>(kJsonFormatName.size()));
    w.EndObject();
  });
  for (uint32_t i = 0; i < g.actor_count(); ++i) {
    lines.Line([&](W& w) { RecordWriter<W>(g, w).WriteActor(ActorId(i), true); });
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
  return out;
}

}  // namespace

std::string ToJson(const Graph& graph, const JsonSaveOptions& options) {
  if (options.layout == JsonLayout::kLines) return ToJsonLines(graph);
  rapidjson::StringBuffer buffer;
  if (options.pretty) {
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
    w.SetIndent(' ', 2);
    RecordWriter<decltype(w)>(graph, w).WriteDocument();
  } else {
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    RecordWriter<decltype(w)>(graph, w).WriteDocument();
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
