// GraphBatch (durable.h): a batch of adds as a value, its binary encoding
// (docs/durable.md, "Batch payload") and its application to a Graph.
//
// One file, longer than most in lib/: the encoder, the decoder and the
// apply step take every kind of operation in the same order, and a new field
// must be added to all three at once.

#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "diplograph/durable.h"
#include "io/binary_codec.h"
#include "util/status_macros.h"

namespace diplograph {
namespace {

using internal::DateCode;
using internal::PutVarint;

// The kinds of Op, in the order of the variant (tag = index + 1).
constexpr const char* kOpNames[] = {
    "actor",     "alias",   "affiliation",  "actor correction", "source",
    "statement", "mention", "relationship", "evidence",         "event"};
constexpr size_t kOpKinds = std::variant_size_v<GraphBatch::Op>;
static_assert(sizeof(kOpNames) / sizeof(kOpNames[0]) == kOpKinds);

// Flags of a correction: which members are set.
constexpr uint8_t kFixName = 1;
constexpr uint8_t kFixKeepOldName = 2;
constexpr uint8_t kFixKind = 4;
constexpr uint8_t kFixIso3 = 8;
constexpr uint8_t kFixCameo = 16;
constexpr uint8_t kHasSpan = 1;

template <typename IdT>
IdT LocalId(uint32_t index) {
  return IdT(index | GraphBatch::kLocalBit);
}

// ---------------------------------------------------------------------------
// Encoding.

class Encoder {
 public:
  explicit Encoder(std::string& out) : out_(out) {}

  void Str(absl::string_view s) {
    PutVarint(out_, s.size());
    out_.append(s.data(), s.size());
  }
  template <typename IdT>
  void IdValue(IdT id) {
    // 0 for none, else the value + 1 (local ids included).
    PutVarint(out_, id.valid() ? uint64_t{id.value} + 1 : 0);
  }
  void Byte(uint8_t b) { out_.push_back(static_cast<char>(b)); }
  void DateValue(Date d) { PutVarint(out_, DateCode(d)); }
  void IntervalValue(const Interval& i) {
    DateValue(i.begin());
    DateValue(i.end());
  }
  void PolarityValue(Polarity p) {
    Byte(static_cast<uint8_t>(static_cast<int>(p) + 1));
  }
  void Span(const std::optional<TextSpan>& span) {
    Byte(span ? kHasSpan : 0);
    if (span) {
      PutVarint(out_, span->begin);
      PutVarint(out_, uint64_t{span->end} - span->begin);
    }
  }
  void Count(size_t n) { PutVarint(out_, n); }
  template <typename IdT>
  void Ids(const std::vector<IdT>& ids) {
    Count(ids.size());
    for (IdT id : ids) IdValue(id);
  }
  void Strings(const std::vector<std::string>& v) {
    Count(v.size());
    for (const std::string& s : v) Str(s);
  }
  void Reports(const std::vector<Report>& reports) {
    Count(reports.size());
    for (const Report& r : reports) {
      IdValue(r.outlet);
      Byte(static_cast<uint8_t>(r.kind));
    }
  }
  void AffiliationValue(const Affiliation& f) {
    IdValue(f.organization);
    Str(f.role);
    IntervalValue(f.valid);
  }
  void MentionValue(const StatementMention& m) {
    IdValue(m.source);
    Span(m.span);
    Reports(m.reported_by);
  }
  void EvidenceValue(const Evidence& e) {
    IdValue(e.statement);
    IdValue(e.source);
    Byte(static_cast<uint8_t>(e.role));
  }

  void Put(const Actor& a) {
    Str(a.name);
    Byte(static_cast<uint8_t>(a.kind));
    Str(a.iso3);
    Str(a.cameo_code);
    Strings(a.aliases);
    Count(a.affiliations.size());
    for (const Affiliation& f : a.affiliations) AffiliationValue(f);
  }
  void Put(const GraphBatch::AliasAdd& op) {
    IdValue(op.actor);
    Str(op.alias);
  }
  void Put(const GraphBatch::AffiliationAdd& op) {
    IdValue(op.member);
    AffiliationValue(op.affiliation);
  }
  void Put(const GraphBatch::ActorFix& op) {
    const ActorCorrection& c = op.correction;
    IdValue(op.actor);
    Byte((c.name ? kFixName : 0) | (c.keep_old_name ? kFixKeepOldName : 0) |
         (c.kind ? kFixKind : 0) | (c.iso3 ? kFixIso3 : 0) |
         (c.cameo_code ? kFixCameo : 0));
    if (c.name) Str(*c.name);
    if (c.kind) Byte(static_cast<uint8_t>(*c.kind));
    if (c.iso3) Str(*c.iso3);
    if (c.cameo_code) Str(*c.cameo_code);
  }
  void Put(const Source& s) {
    Str(s.title);
    IdValue(s.outlet);
    DateValue(s.date);
    Str(s.locator);
  }
  void Put(const Statement& s) {
    IdValue(s.speaker);
    DateValue(s.date);
    Str(s.text);
    Byte(static_cast<uint8_t>(s.quote));
    Str(s.channel);
    Str(s.location);
    IdValue(s.source);
    Span(s.span);
    Reports(s.reported_by);
    Ids(s.about);
    Strings(s.topics);
    Str(s.event_type.code);
    Str(s.event_type.name);
    Count(s.stances.size());
    for (const Stance& st : s.stances) {
      IdValue(st.target);
      PolarityValue(st.polarity);
    }
    Count(s.links.size());
    for (const StatementLink& l : s.links) {
      IdValue(l.statement);
      Byte(static_cast<uint8_t>(l.kind));
      PolarityValue(l.stance);
    }
    Ids(s.co_speakers);
    Count(s.mentions.size());
    for (const StatementMention& m : s.mentions) MentionValue(m);
  }
  void Put(const GraphBatch::MentionAdd& op) {
    IdValue(op.statement);
    MentionValue(op.mention);
  }
  void Put(const Relationship& r) {
    IdValue(r.from);
    IdValue(r.to);
    Str(r.label);
    Str(r.key);
    Strings(r.label_variants);
    Byte(r.directed ? 1 : 0);
    PolarityValue(r.polarity);
    IntervalValue(r.valid);
    Count(r.evidence.size());
    for (const Evidence& e : r.evidence) EvidenceValue(e);
  }
  void Put(const GraphBatch::EvidenceAdd& op) {
    IdValue(op.relationship);
    EvidenceValue(op.evidence);
  }
  void Put(const Event& e) {
    Str(e.label);
    DateValue(e.date);
    Ids(e.participants);
    Str(e.event_type.code);
    Str(e.event_type.name);
    IdValue(e.source);
  }

 private:
  std::string& out_;
};

// ---------------------------------------------------------------------------
// Decoding. Every read is bounds-checked; the first problem is kept and
// later reads return zeros, so an op is read straight through and checked
// once.

class Decoder : public internal::ByteCursor {
 public:
  explicit Decoder(absl::string_view bytes)
      : ByteCursor(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(),
                   "operation", "") {}

  void Str(std::string& out) {
    const uint64_t n = Varint();
    if (!ok()) return out.clear();
    const absl::string_view s = Bytes(n);
    out.assign(s.data(), s.size());
  }
  template <typename IdT>
  IdT IdValue(absl::string_view what) {
    const uint64_t v = Varint();
    if (!ok() || v == 0) return IdT();
    if (v - 1 >= IdT::kInvalid) {
      Fail(absl::StrCat(what, " id ", v - 1, " out of range"));
      return IdT();
    }
    return IdT(static_cast<uint32_t>(v - 1));
  }
  std::optional<TextSpan> Span() {
    const uint8_t flags = Enum(2, "span flags");
    if (!(flags & kHasSpan)) return std::nullopt;
    const uint64_t begin = Varint();
    const uint64_t length = Varint();
    if (ok() && (begin > UINT32_MAX || length > UINT32_MAX - begin)) {
      Fail("text span out of range");
    }
    return TextSpan{static_cast<uint32_t>(begin),
                    static_cast<uint32_t>(begin + length)};
  }
  // Reads a count and that many items, stopping at the first problem.
  template <typename T, typename F>
  void List(std::vector<T>& out, absl::string_view what, F read) {
    const size_t n = Count(what);
    out.clear();
    for (size_t i = 0; i < n && ok(); ++i) read(out.emplace_back());
  }
  template <typename IdT>
  void Ids(std::vector<IdT>& out, absl::string_view what) {
    List(out, what, [&](IdT& id) { id = IdValue<IdT>(what); });
  }
  void Strings(std::vector<std::string>& out, absl::string_view what) {
    List(out, what, [&](std::string& s) { Str(s); });
  }
  void Reports(std::vector<Report>& out) {
    List(out, "report", [&](Report& r) {
      r.outlet = IdValue<ActorId>("outlet");
      r.kind = static_cast<ReportKind>(Enum(2, "report kind"));
    });
  }
  void AffiliationValue(Affiliation& f) {
    f.organization = IdValue<ActorId>("organization");
    Str(f.role);
    f.valid = IntervalValue();
  }
  void MentionValue(StatementMention& m) {
    m.source = IdValue<SourceId>("mention source");
    m.span = Span();
    Reports(m.reported_by);
  }
  void EvidenceValue(Evidence& e) {
    e.statement = IdValue<StatementId>("evidence statement");
    e.source = IdValue<SourceId>("evidence source");
    e.role = static_cast<EvidenceRole>(Enum(4, "evidence role"));
  }

  void Get(Actor& a) {
    Str(a.name);
    a.kind = static_cast<ActorKind>(Enum(7, "actor kind"));
    Str(a.iso3);
    Str(a.cameo_code);
    Strings(a.aliases, "alias");
    List(a.affiliations, "affiliation",
         [&](Affiliation& f) { AffiliationValue(f); });
  }
  void Get(GraphBatch::AliasAdd& op) {
    op.actor = IdValue<ActorId>("actor");
    Str(op.alias);
  }
  void Get(GraphBatch::AffiliationAdd& op) {
    op.member = IdValue<ActorId>("member");
    AffiliationValue(op.affiliation);
  }
  void Get(GraphBatch::ActorFix& op) {
    op.actor = IdValue<ActorId>("actor");
    const uint8_t flags = Enum(32, "correction flags");
    ActorCorrection& c = op.correction;
    c.keep_old_name = (flags & kFixKeepOldName) != 0;
    if (flags & kFixName) Str(c.name.emplace());
    if (flags & kFixKind) {
      c.kind = static_cast<ActorKind>(Enum(7, "actor kind"));
    }
    if (flags & kFixIso3) Str(c.iso3.emplace());
    if (flags & kFixCameo) Str(c.cameo_code.emplace());
  }
  void Get(Source& s) {
    Str(s.title);
    s.outlet = IdValue<ActorId>("outlet");
    s.date = DateValue();
    Str(s.locator);
  }
  void Get(Statement& s) {
    s.speaker = IdValue<ActorId>("speaker");
    s.date = DateValue();
    Str(s.text);
    s.quote = static_cast<QuoteKind>(Enum(2, "quote kind"));
    Str(s.channel);
    Str(s.location);
    s.source = IdValue<SourceId>("source");
    s.span = Span();
    Reports(s.reported_by);
    Ids(s.about, "about");
    Strings(s.topics, "topic");
    Str(s.event_type.code);
    Str(s.event_type.name);
    List(s.stances, "stance", [&](Stance& st) {
      st.target = IdValue<ActorId>("stance target");
      st.polarity = PolarityValue();
    });
    List(s.links, "link", [&](StatementLink& l) {
      l.statement = IdValue<StatementId>("linked statement");
      l.kind = static_cast<StatementLinkKind>(Enum(2, "link kind"));
      l.stance = PolarityValue();
    });
    Ids(s.co_speakers, "co-speaker");
    List(s.mentions, "mention", [&](StatementMention& m) { MentionValue(m); });
  }
  void Get(GraphBatch::MentionAdd& op) {
    op.statement = IdValue<StatementId>("statement");
    MentionValue(op.mention);
  }
  void Get(Relationship& r) {
    r.from = IdValue<ActorId>("from");
    r.to = IdValue<ActorId>("to");
    Str(r.label);
    Str(r.key);
    Strings(r.label_variants, "label variant");
    r.directed = Enum(2, "directed") != 0;
    r.polarity = PolarityValue();
    r.valid = IntervalValue();
    List(r.evidence, "evidence", [&](Evidence& e) { EvidenceValue(e); });
  }
  void Get(GraphBatch::EvidenceAdd& op) {
    op.relationship = IdValue<RelationshipId>("relationship");
    EvidenceValue(op.evidence);
  }
  void Get(Event& e) {
    Str(e.label);
    e.date = DateValue();
    Ids(e.participants, "participant");
    Str(e.event_type.code);
    Str(e.event_type.name);
    e.source = IdValue<SourceId>("source");
  }
};

// Builds the Op of variant index `I` when it equals `tag` - 1.
template <size_t I = 0>
void DecodeOp(size_t index, Decoder& d, GraphBatch::Op& op) {
  if constexpr (I < kOpKinds) {
    if (index == I) {
      d.Get(op.emplace<I>());
    } else {
      DecodeOp<I + 1>(index, d, op);
    }
  }
}

// ---------------------------------------------------------------------------
// Applying.

// Replaces batch-local ids by the graph ids they received.
class Resolver {
 public:
  explicit Resolver(const CommittedBatch& ids) : ids_(ids) {}

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  void Fix(ActorId& id) { FixIn(id, ids_.actors, "actor"); }
  void Fix(SourceId& id) { FixIn(id, ids_.sources, "source"); }
  void Fix(StatementId& id) { FixIn(id, ids_.statements, "statement"); }
  void Fix(RelationshipId& id) {
    FixIn(id, ids_.relationships, "relationship");
  }
  template <typename IdT>
  void Fix(std::vector<IdT>& ids) {
    for (IdT& id : ids) Fix(id);
  }
  void Fix(std::vector<Report>& reports) {
    for (Report& r : reports) Fix(r.outlet);
  }
  void Fix(StatementMention& m) {
    Fix(m.source);
    Fix(m.reported_by);
  }
  void Fix(Evidence& e) {
    Fix(e.statement);
    Fix(e.source);
  }
  void Fix(Affiliation& f) { Fix(f.organization); }

 private:
  template <typename IdT>
  void FixIn(IdT& id, const std::vector<IdT>& given, const char* what) {
    if (!GraphBatch::IsLocal(id)) return;
    const uint32_t index = id.value & ~GraphBatch::kLocalBit;
    if (index >= given.size()) {
      if (error_.empty()) {
        error_ = absl::StrCat("batch-local ", what, " #", index,
                              " is not added before this operation (",
                              given.size(), " so far)");
      }
      return;
    }
    id = given[index];
  }

  const CommittedBatch& ids_;
  std::string error_;
};

absl::Status ApplyOp(const GraphBatch::Op& op, Graph& g, CommittedBatch& out) {
  Resolver r(out);
  auto local_error = [&]() { return absl::InvalidArgumentError(r.error()); };
  return std::visit(
      [&](const auto& value) -> absl::Status {
        using T = std::decay_t<decltype(value)>;
        T v = value;
        if constexpr (std::is_same_v<T, Actor>) {
          for (Affiliation& f : v.affiliations) r.Fix(f);
          if (!r.ok()) return local_error();
          DIPLOGRAPH_ASSIGN_OR_RETURN(ActorId id, g.AddActor(v));
          out.actors.push_back(id);
        } else if constexpr (std::is_same_v<T, GraphBatch::AliasAdd>) {
          r.Fix(v.actor);
          if (!r.ok()) return local_error();
          return g.AddAlias(v.actor, v.alias);
        } else if constexpr (std::is_same_v<T, GraphBatch::AffiliationAdd>) {
          r.Fix(v.member);
          r.Fix(v.affiliation);
          if (!r.ok()) return local_error();
          return g.AddAffiliation(v.member, v.affiliation);
        } else if constexpr (std::is_same_v<T, GraphBatch::ActorFix>) {
          r.Fix(v.actor);
          if (!r.ok()) return local_error();
          return g.CorrectActor(v.actor, v.correction);
        } else if constexpr (std::is_same_v<T, Source>) {
          r.Fix(v.outlet);
          if (!r.ok()) return local_error();
          DIPLOGRAPH_ASSIGN_OR_RETURN(SourceId id, g.AddSource(v));
          out.sources.push_back(id);
        } else if constexpr (std::is_same_v<T, Statement>) {
          r.Fix(v.speaker);
          r.Fix(v.source);
          r.Fix(v.reported_by);
          r.Fix(v.about);
          for (Stance& st : v.stances) r.Fix(st.target);
          for (StatementLink& l : v.links) r.Fix(l.statement);
          r.Fix(v.co_speakers);
          for (StatementMention& m : v.mentions) r.Fix(m);
          if (!r.ok()) return local_error();
          DIPLOGRAPH_ASSIGN_OR_RETURN(StatementId id, g.AddStatement(v));
          out.statements.push_back(id);
        } else if constexpr (std::is_same_v<T, GraphBatch::MentionAdd>) {
          r.Fix(v.statement);
          r.Fix(v.mention);
          if (!r.ok()) return local_error();
          return g.AddStatementMention(v.statement, v.mention);
        } else if constexpr (std::is_same_v<T, Relationship>) {
          r.Fix(v.from);
          r.Fix(v.to);
          for (Evidence& e : v.evidence) r.Fix(e);
          if (!r.ok()) return local_error();
          DIPLOGRAPH_ASSIGN_OR_RETURN(RelationshipId id, g.AddRelationship(v));
          out.relationships.push_back(id);
        } else if constexpr (std::is_same_v<T, GraphBatch::EvidenceAdd>) {
          r.Fix(v.relationship);
          r.Fix(v.evidence);
          if (!r.ok()) return local_error();
          return g.AddEvidence(v.relationship, v.evidence);
        } else {
          static_assert(std::is_same_v<T, Event>);
          r.Fix(v.participants);
          r.Fix(v.source);
          if (!r.ok()) return local_error();
          DIPLOGRAPH_ASSIGN_OR_RETURN(EventId id, g.AddEvent(v));
          out.events.push_back(id);
        }
        return absl::OkStatus();
      },
      op);
}

}  // namespace

ActorId GraphBatch::AddActor(Actor actor) {
  ops_.emplace_back(std::move(actor));
  return LocalId<ActorId>(counts_[0]++);
}
SourceId GraphBatch::AddSource(Source source) {
  ops_.emplace_back(std::move(source));
  return LocalId<SourceId>(counts_[1]++);
}
StatementId GraphBatch::AddStatement(Statement statement) {
  ops_.emplace_back(std::move(statement));
  return LocalId<StatementId>(counts_[2]++);
}
RelationshipId GraphBatch::AddRelationship(Relationship relationship) {
  ops_.emplace_back(std::move(relationship));
  return LocalId<RelationshipId>(counts_[3]++);
}
EventId GraphBatch::AddEvent(Event event) {
  ops_.emplace_back(std::move(event));
  return LocalId<EventId>(counts_[4]++);
}
void GraphBatch::AddAlias(ActorId actor, std::string alias) {
  ops_.emplace_back(AliasAdd{actor, std::move(alias)});
}
void GraphBatch::AddAffiliation(ActorId member, Affiliation affiliation) {
  ops_.emplace_back(AffiliationAdd{member, std::move(affiliation)});
}
void GraphBatch::CorrectActor(ActorId actor, ActorCorrection correction) {
  ops_.emplace_back(ActorFix{actor, std::move(correction)});
}
void GraphBatch::AddStatementMention(StatementId statement,
                                     StatementMention mention) {
  ops_.emplace_back(MentionAdd{statement, std::move(mention)});
}
void GraphBatch::AddEvidence(RelationshipId relationship, Evidence evidence) {
  ops_.emplace_back(EvidenceAdd{relationship, std::move(evidence)});
}

GraphBatch GraphBatch::FromGraph(const Graph& graph) {
  GraphBatch b;
  auto local = [](auto id) {
    using IdT = decltype(id);
    return id.valid() ? LocalId<IdT>(id.value) : id;
  };
  auto local_reports = [&](std::vector<Report>& reports) {
    for (Report& r : reports) r.outlet = local(r.outlet);
  };
  const uint32_t actors = static_cast<uint32_t>(graph.actor_count());
  for (uint32_t i = 0; i < actors; ++i) {
    Actor a = graph.actor(ActorId(i));
    a.affiliations.clear();
    b.AddActor(std::move(a));
  }
  for (uint32_t i = 0; i < actors; ++i) {
    for (Affiliation f : graph.actor(ActorId(i)).affiliations) {
      f.organization = local(f.organization);
      b.AddAffiliation(LocalId<ActorId>(i), std::move(f));
    }
  }
  for (uint32_t i = 0; i < graph.source_count(); ++i) {
    Source s = graph.source(SourceId(i));
    s.outlet = local(s.outlet);
    b.AddSource(std::move(s));
  }
  for (uint32_t i = 0; i < graph.statement_count(); ++i) {
    Statement s = graph.statement(StatementId(i)).ToStatement();
    s.speaker = local(s.speaker);
    s.source = local(s.source);
    local_reports(s.reported_by);
    for (ActorId& id : s.about) id = local(id);
    for (Stance& st : s.stances) st.target = local(st.target);
    for (StatementLink& l : s.links) l.statement = local(l.statement);
    for (ActorId& id : s.co_speakers) id = local(id);
    for (StatementMention& m : s.mentions) {
      m.source = local(m.source);
      local_reports(m.reported_by);
    }
    b.AddStatement(std::move(s));
  }
  for (uint32_t i = 0; i < graph.relationship_count(); ++i) {
    Relationship r = graph.relationship(RelationshipId(i));
    r.from = local(r.from);
    r.to = local(r.to);
    for (Evidence& e : r.evidence) {
      e.statement = local(e.statement);
      e.source = local(e.source);
    }
    b.AddRelationship(std::move(r));
  }
  for (uint32_t i = 0; i < graph.event_count(); ++i) {
    Event e = graph.event(EventId(i));
    for (ActorId& id : e.participants) id = local(id);
    e.source = local(e.source);
    b.AddEvent(std::move(e));
  }
  return b;
}

std::string GraphBatch::Encode() const {
  std::string out;
  Encoder e(out);
  e.Count(ops_.size());
  for (const Op& op : ops_) {
    e.Byte(static_cast<uint8_t>(op.index() + 1));
    std::visit([&](const auto& value) { e.Put(value); }, op);
  }
  return out;
}

absl::StatusOr<GraphBatch> GraphBatch::Decode(absl::string_view bytes) {
  Decoder d(bytes);
  GraphBatch batch;
  const size_t n = d.Count("operation");
  size_t i = 0;
  size_t tag = 0;
  for (; i < n && d.ok(); ++i) {
    tag = d.Byte();
    if (d.ok() && (tag == 0 || tag > kOpKinds)) {
      d.Fail(absl::StrCat("operation tag ", tag, " out of range"));
    }
    if (!d.ok()) break;
    Op op;
    DecodeOp(tag - 1, d, op);
    if (!d.ok()) break;
    // Through the Add* functions, so that the local id counters follow.
    std::visit(
        [&](auto&& value) {
          using T = std::decay_t<decltype(value)>;
          if constexpr (std::is_same_v<T, Actor>) {
            batch.AddActor(std::move(value));
          } else if constexpr (std::is_same_v<T, Source>) {
            batch.AddSource(std::move(value));
          } else if constexpr (std::is_same_v<T, Statement>) {
            batch.AddStatement(std::move(value));
          } else if constexpr (std::is_same_v<T, Relationship>) {
            batch.AddRelationship(std::move(value));
          } else if constexpr (std::is_same_v<T, Event>) {
            batch.AddEvent(std::move(value));
          } else {
            batch.ops_.emplace_back(std::move(value));
          }
        },
        std::move(op));
  }
  if (d.ok() && !d.at_end()) {
    d.Fail(absl::StrCat(d.remaining(), " bytes left after the last operation"));
  }
  if (!d.ok()) {
    const std::string what =
        tag >= 1 && tag <= kOpKinds
            ? absl::StrCat("operation ", i, " (", kOpNames[tag - 1], ")")
            : absl::StrCat("operation ", i);
    return absl::DataLossError(absl::StrCat(
        what, " (byte offset ", d.error_offset(), "): ", d.error()));
  }
  return batch;
}

absl::StatusOr<CommittedBatch> ApplyBatch(const GraphBatch& batch,
                                          Graph& graph) {
  CommittedBatch out;
  absl::Status s = graph.Update([&](Graph& g) -> absl::Status {
    out = CommittedBatch();
    for (size_t i = 0; i < batch.ops().size(); ++i) {
      const GraphBatch::Op& op = batch.ops()[i];
      absl::Status st = ApplyOp(op, g, out);
      if (!st.ok()) {
        return absl::Status(
            st.code(), absl::StrCat("batch op ", i, " (", kOpNames[op.index()],
                                    "): ", st.message()));
      }
    }
    return absl::OkStatus();
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace diplograph
