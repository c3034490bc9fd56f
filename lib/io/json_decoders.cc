// The record decoders of the JSON loader; see json_decoders.h.

#include "io/json_decoders.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "util/utf8.h"

namespace diplograph::internal {

using json::Section;

void RecordDecoder::Decode(Section section, uint32_t root) {
  switch (section) {
    case Section::kActors:
      return DecodeActor(root);
    case Section::kSources:
      return DecodeSource(root);
    case Section::kStatements:
      return DecodeStatement(root);
    case Section::kRelationships:
      return DecodeRelationship(root);
    case Section::kEvents:
      return DecodeEvent(root);
    case Section::kNone:
      break;
  }
}

// ----------------------------------------------------------------------
// Values shared by several records.

void RecordDecoder::CheckType(uint32_t node, const FieldPath& p,
                              Section section) {
  absl::string_view t;
  if (r_.GetString(node, p, &t) && json::SectionByType(t) != section) {
    r_.Bad(node, p,
           absl::StrCat("must be \"", json::SectionType(section), "\" here"));
  }
}

bool RecordDecoder::GetActorRef(uint32_t node, const FieldPath& p,
                                ActorId* out) {
  absl::string_view ref;
  if (!r_.GetString(node, p, &ref)) return false;
  absl::StatusOr<ActorId> a = merger_.ResolveActor(ref);
  if (a.ok()) {
    *out = *a;
    return true;
  }
  if (a.status().code() != absl::StatusCode::kNotFound) {
    r_.Bad(node, p, std::string(a.status().message()));
  } else {
    r_.Bad(node, p,
           absl::StrCat("no actor ", Quoted(ref),
                        " earlier in the file or in the graph"),
           absl::StatusCode::kNotFound);
  }
  return false;
}

template <typename Id>
bool RecordDecoder::GetLocalRef(uint32_t node, const FieldPath& p,
                                absl::string_view what,
                                bool (JsonMerger::*find)(absl::string_view, Id*)
                                    const,
                                Id* out) {
  absl::string_view ref;
  if (!r_.GetString(node, p, &ref)) return false;
  if ((merger_.*find)(ref, out)) return true;
  r_.Bad(node, p,
         absl::StrCat("no ", what, " ", Quoted(ref), " earlier in the file"),
         absl::StatusCode::kNotFound);
  return false;
}

bool RecordDecoder::GetSourceRef(uint32_t node, const FieldPath& p,
                                 SourceId* out) {
  return GetLocalRef(node, p, "source", &JsonMerger::FindSource, out);
}

bool RecordDecoder::GetStatementRef(uint32_t node, const FieldPath& p,
                                    StatementId* out) {
  return GetLocalRef(node, p, "statement", &JsonMerger::FindStatement, out);
}

void RecordDecoder::GetActorRefs(uint32_t node, const FieldPath& p,
                                 std::vector<ActorId>* out) {
  r_.Elements(node, p, [&](uint32_t e, int k) {
    ActorId a;
    GetActorRef(e, FieldPath(p.field, k), &a);
    out->push_back(a);
  });
}

// ----------------------------------------------------------------------
// Actors.

void RecordDecoder::DecodeActor(uint32_t root) {
  using F = json::ActorField;
  actor_ = Actor();
  absl::string_view id;
  bool has_id = false, has_name = false;
  const size_t first_affiliation = merger_.affiliations().size();
  r_.Members(root, {}, json::kActorFields,
             [&](uint32_t m, F f, const FieldPath& p) {
               switch (f) {
                 case F::kType:
                   CheckType(m, p, Section::kActors);
                   break;
                 case F::kId:
                   has_id = r_.GetId(m, p, &id);
                   break;
                 case F::kName:
                   has_name = r_.GetString(m, p, &actor_.name);
                   break;
                 case F::kKind:
                   r_.GetEnum(m, p, ParseActorKind, &actor_.kind);
                   break;
                 case F::kAliases:
                   r_.GetNames(m, p, &actor_.aliases);
                   break;
                 case F::kIso3:
                   r_.GetString(m, p, &actor_.iso3);
                   break;
                 case F::kCameoCode:
                   r_.GetString(m, p, &actor_.cameo_code);
                   break;
                 case F::kAffiliations:
                   DecodeAffiliations(m, p);
                   break;
                 case F::kCount:
                   break;
               }
             });
  if (!has_id) r_.Bad(root, {}, "missing \"id\"");
  if (!has_name) r_.Bad(root, {}, "missing \"name\"");
  merger_.AddActor(r_, root, id, actor_, first_affiliation);
}

void RecordDecoder::DecodeAffiliations(uint32_t node, const FieldPath& p) {
  using F = json::AffiliationField;
  r_.Elements(node, p, [&](uint32_t e, int k) {
    const FieldPath ep(p.field, k);
    PendingAffiliation pa;
    bool has_org = false, has_role = false;
    r_.Members(e, ep, json::kAffiliationFields,
               [&](uint32_t m, F f, const FieldPath& mp) {
                 switch (f) {
                   case F::kOrganization:
                     has_org = r_.GetString(m, mp, &pa.organization);
                     break;
                   case F::kRole:
                     has_role = r_.GetString(m, mp, &pa.affiliation.role);
                     break;
                   case F::kValid:
                     r_.GetInterval(m, mp, &pa.affiliation.valid);
                     break;
                   case F::kCount:
                     break;
                 }
               });
    if (r_.node(e).type == JsonNode::kObject) {
      if (!has_org) r_.Bad(e, ep, "missing \"organization\"");
      if (!has_role) r_.Bad(e, ep, "missing \"role\"");
    }
    pa.path = r_.PathOf(ep);
    r_.Locate(e, &pa.line, &pa.column);
    merger_.affiliations().push_back(std::move(pa));
  });
}

// ----------------------------------------------------------------------
// Sources.

void RecordDecoder::DecodeSource(uint32_t root) {
  using F = json::SourceField;
  source_ = Source();
  absl::string_view id;
  bool has_id = false;
  r_.Members(root, {}, json::kSourceFields,
             [&](uint32_t m, F f, const FieldPath& p) {
               switch (f) {
                 case F::kType:
                   CheckType(m, p, Section::kSources);
                   break;
                 case F::kId:
                   has_id = r_.GetId(m, p, &id);
                   break;
                 case F::kTitle:
                   r_.GetString(m, p, &source_.title);
                   break;
                 case F::kOutlet:
                   GetActorRef(m, p, &source_.outlet);
                   break;
                 case F::kDate:
                   r_.GetDate(m, p, &source_.date);
                   break;
                 case F::kLocator:
                   r_.GetString(m, p, &source_.locator);
                   break;
                 case F::kCount:
                   break;
               }
             });
  if (!has_id) r_.Bad(root, {}, "missing \"id\"");
  merger_.AddSource(r_, root, id, source_);
}

// ----------------------------------------------------------------------
// Statements.

void RecordDecoder::DecodeStatement(uint32_t root) {
  using F = json::StatementField;
  Statement& s = statement_;
  // Cleared member by member, so that the vectors keep their capacity.
  s.speaker = ActorId();
  s.date = Date();
  s.channel.clear();
  s.location.clear();
  s.source = SourceId();
  s.span.reset();
  s.reported_by.clear();
  s.text.clear();
  s.quote = QuoteKind::kParaphrase;
  s.about.clear();
  s.topics.clear();
  s.event_type.code.clear();
  s.event_type.name.clear();
  s.stances.clear();
  s.links.clear();
  s.co_speakers.clear();
  s.mentions.clear();
  absl::string_view id;
  bool has_speaker = false;
  r_.Members(root, {}, json::kStatementFields,
             [&](uint32_t m, F f, const FieldPath& p) {
               switch (f) {
                 case F::kType:
                   CheckType(m, p, Section::kStatements);
                   break;
                 case F::kId:
                   // The id is claimed once the record is decoded: start
                   // loading its table slot now.
                   if (r_.GetId(m, p, &id)) merger_.PrefetchStatementId(id);
                   break;
                 case F::kSpeaker:
                   has_speaker = true;
                   GetActorRef(m, p, &s.speaker);
                   break;
                 case F::kDate:
                   r_.GetDate(m, p, &s.date);
                   break;
                 case F::kText:
                   r_.GetString(m, p, &s.text);
                   break;
                 case F::kQuote:
                   r_.GetEnum(m, p, ParseQuoteKind, &s.quote);
                   break;
                 case F::kChannel:
                   r_.GetString(m, p, &s.channel);
                   break;
                 case F::kLocation:
                   r_.GetString(m, p, &s.location);
                   break;
                 case F::kSource:
                   GetSourceRef(m, p, &s.source);
                   break;
                 case F::kSpan:
                   DecodeSpan(m, p, &s.span);
                   break;
                 case F::kReportedBy:
                   DecodeReports(m, p, &s.reported_by);
                   break;
                 case F::kCoSpeakers:
                   GetActorRefs(m, p, &s.co_speakers);
                   break;
                 case F::kMentions:
                   DecodeMentions(m, p);
                   break;
                 case F::kAbout:
                   GetActorRefs(m, p, &s.about);
                   break;
                 case F::kTopics:
                   r_.GetNames(m, p, &s.topics);
                   break;
                 case F::kEventType:
                   r_.GetEventType(m, p, &s.event_type);
                   break;
                 case F::kStances:
                   DecodeStances(m, p);
                   break;
                 case F::kLinks:
                   DecodeLinks(m, p);
                   break;
                 case F::kCount:
                   break;
               }
             });
  if (!has_speaker) r_.Bad(root, {}, "missing \"speaker\"");
  merger_.AddStatement(r_, root, id, s);
}

void RecordDecoder::DecodeSpan(uint32_t node, const FieldPath& p,
                               std::optional<TextSpan>* out) {
  TextSpan span;
  int got = 0;
  r_.Members(node, p, json::kSpanFields,
             [&](uint32_t m, json::SpanField f, const FieldPath& mp) {
               if (r_.GetOffset(m, mp,
                                f == json::SpanField::kBegin ? &span.begin
                                                             : &span.end)) {
                 ++got;
               }
             });
  if (r_.node(node).type == JsonNode::kObject && got < 2 && !r_.bad()) {
    r_.Bad(node, p, "needs both \"begin\" and \"end\"");
  }
  *out = span;
}

void RecordDecoder::DecodeReports(uint32_t node, const FieldPath& p,
                                  std::vector<Report>* out) {
  r_.Elements(node, p, [&](uint32_t e, int k) {
    const FieldPath ep = p.Element(k);
    Report report;
    bool has_outlet = false;
    r_.Members(e, ep, json::kReportFields,
               [&](uint32_t m, json::ReportField f, const FieldPath& mp) {
                 if (f == json::ReportField::kOutlet) {
                   has_outlet = true;
                   GetActorRef(m, mp, &report.outlet);
                 } else {
                   r_.GetEnum(m, mp, ParseReportKind, &report.kind);
                 }
               });
    if (r_.node(e).type == JsonNode::kObject && !has_outlet) {
      r_.Bad(e, ep, "missing \"outlet\"");
    }
    out->push_back(report);
  });
}

void RecordDecoder::DecodeMentions(uint32_t node, const FieldPath& p) {
  using F = json::MentionField;
  r_.Elements(node, p, [&](uint32_t e, int k) {
    const FieldPath ep = p.Element(k);
    StatementMention mention;
    bool has_source = false;
    r_.Members(e, ep, json::kMentionFields,
               [&](uint32_t m, F f, const FieldPath& mp) {
                 switch (f) {
                   case F::kSource:
                     has_source = true;
                     GetSourceRef(m, mp, &mention.source);
                     break;
                   case F::kSpan:
                     DecodeSpan(m, mp, &mention.span);
                     break;
                   case F::kReportedBy:
                     DecodeReports(m, mp, &mention.reported_by);
                     break;
                   case F::kCount:
                     break;
                 }
               });
    if (r_.node(e).type == JsonNode::kObject && !has_source) {
      r_.Bad(e, ep, "missing \"source\"");
    }
    statement_.mentions.push_back(std::move(mention));
  });
}

void RecordDecoder::DecodeStances(uint32_t node, const FieldPath& p) {
  r_.Elements(node, p, [&](uint32_t e, int k) {
    const FieldPath ep(p.field, k);
    Stance stance;
    int got = 0;
    r_.Members(e, ep, json::kStanceFields,
               [&](uint32_t m, json::StanceField f, const FieldPath& mp) {
                 ++got;
                 if (f == json::StanceField::kTarget) {
                   GetActorRef(m, mp, &stance.target);
                 } else {
                   r_.GetEnum(m, mp, ParsePolarity, &stance.polarity);
                 }
               });
    if (r_.node(e).type == JsonNode::kObject && got < 2 && !r_.bad()) {
      r_.Bad(e, ep, "needs \"target\" and \"polarity\"");
    }
    statement_.stances.push_back(stance);
  });
}

void RecordDecoder::DecodeLinks(uint32_t node, const FieldPath& p) {
  using F = json::LinkField;
  r_.Elements(node, p, [&](uint32_t e, int k) {
    const FieldPath ep(p.field, k);
    StatementLink link;
    bool has_statement = false;
    r_.Members(e, ep, json::kLinkFields,
               [&](uint32_t m, F f, const FieldPath& mp) {
                 switch (f) {
                   case F::kStatement:
                     has_statement = true;
                     GetStatementRef(m, mp, &link.statement);
                     break;
                   case F::kKind:
                     r_.GetEnum(m, mp, ParseStatementLinkKind, &link.kind);
                     break;
                   case F::kStance:
                     r_.GetEnum(m, mp, ParsePolarity, &link.stance);
                     break;
                   case F::kCount:
                     break;
                 }
               });
    if (r_.node(e).type == JsonNode::kObject && !has_statement) {
      r_.Bad(e, ep, "missing \"statement\"");
    }
    statement_.links.push_back(link);
  });
}

// ----------------------------------------------------------------------
// Relationships and events.

void RecordDecoder::DecodeRelationship(uint32_t root) {
  using F = json::RelationshipField;
  relationship_ = Relationship();
  Relationship& r = relationship_;
  absl::string_view id;
  bool has_from = false, has_to = false, has_label = false;
  auto evidence = [&](uint32_t node, const FieldPath& p) {
    using E = json::EvidenceField;
    r_.Elements(node, p, [&](uint32_t e, int k) {
      Evidence ev;
      r_.Members(e, FieldPath(p.field, k), json::kEvidenceFields,
                 [&](uint32_t m, E f, const FieldPath& mp) {
                   switch (f) {
                     case E::kStatement:
                       GetStatementRef(m, mp, &ev.statement);
                       break;
                     case E::kSource:
                       GetSourceRef(m, mp, &ev.source);
                       break;
                     case E::kRole:
                       r_.GetEnum(m, mp, ParseEvidenceRole, &ev.role);
                       break;
                     case E::kCount:
                       break;
                   }
                 });
      r.evidence.push_back(ev);
    });
  };
  r_.Members(root, {}, json::kRelationshipFields,
             [&](uint32_t m, F f, const FieldPath& p) {
               switch (f) {
                 case F::kType:
                   CheckType(m, p, Section::kRelationships);
                   break;
                 case F::kId:
                   r_.GetId(m, p, &id);
                   break;
                 case F::kFrom:
                   has_from = true;
                   GetActorRef(m, p, &r.from);
                   break;
                 case F::kTo:
                   has_to = true;
                   GetActorRef(m, p, &r.to);
                   break;
                 case F::kLabel:
                   has_label = r_.GetString(m, p, &r.label);
                   break;
                 case F::kKey:
                   r_.GetString(m, p, &r.key);
                   break;
                 case F::kLabelVariants:
                   r_.GetNames(m, p, &r.label_variants);
                   break;
                 case F::kDirected:
                   r_.GetBool(m, p, &r.directed);
                   break;
                 case F::kPolarity:
                   r_.GetEnum(m, p, ParsePolarity, &r.polarity);
                   break;
                 case F::kValid:
                   r_.GetInterval(m, p, &r.valid);
                   break;
                 case F::kEvidence:
                   evidence(m, p);
                   break;
                 case F::kCount:
                   break;
               }
             });
  if (!has_from) r_.Bad(root, {}, "missing \"from\"");
  if (!has_to) r_.Bad(root, {}, "missing \"to\"");
  if (!has_label) r_.Bad(root, {}, "missing \"label\"");
  merger_.AddRelationship(r_, root, id, r);
}

void RecordDecoder::DecodeEvent(uint32_t root) {
  using F = json::EventField;
  event_ = Event();
  absl::string_view id;
  bool has_label = false;
  r_.Members(root, {}, json::kEventFields,
             [&](uint32_t m, F f, const FieldPath& p) {
               switch (f) {
                 case F::kType:
                   CheckType(m, p, Section::kEvents);
                   break;
                 case F::kId:
                   r_.GetId(m, p, &id);
                   break;
                 case F::kLabel:
                   has_label = r_.GetString(m, p, &event_.label);
                   break;
                 case F::kDate:
                   r_.GetDate(m, p, &event_.date);
                   break;
                 case F::kParticipants:
                   GetActorRefs(m, p, &event_.participants);
                   break;
                 case F::kEventType:
                   r_.GetEventType(m, p, &event_.event_type);
                   break;
                 case F::kSource:
                   GetSourceRef(m, p, &event_.source);
                   break;
                 case F::kCount:
                   break;
               }
             });
  if (!has_label) r_.Bad(root, {}, "missing \"label\"");
  merger_.AddEvent(r_, root, id, event_);
}

}  // namespace diplograph::internal
