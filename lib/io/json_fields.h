// The names of the diplograph/1 JSON format (docs/json-format.md): the
// document's members, the record types and every field, written once and
// used by both the reader and the writer so that they cannot disagree.
//
// For the reader each record (and each nested object) also has an enum of
// its fields and a FieldTable naming them; decoders switch on the enum, so
// adding a field is one enumerator and one table entry, and renumbers no
// code:
//
//   switch (field) {
//     case ActorField::kName: ...
//   }
//
// Thread safety: constants only.

#ifndef DIPLOGRAPH_LIB_IO_JSON_FIELDS_H_
#define DIPLOGRAPH_LIB_IO_JSON_FIELDS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <utility>

#include "absl/strings/string_view.h"

namespace diplograph::internal::json {

// Members of the document.
inline constexpr absl::string_view kFormat = "format";
inline constexpr absl::string_view kActors = "actors";
inline constexpr absl::string_view kSources = "sources";
inline constexpr absl::string_view kStatements = "statements";
inline constexpr absl::string_view kRelationships = "relationships";
inline constexpr absl::string_view kEvents = "events";

// Record types (the "type" member of a JSON Lines record).
inline constexpr absl::string_view kActorType = "actor";
inline constexpr absl::string_view kSourceType = "source";
inline constexpr absl::string_view kStatementType = "statement";
inline constexpr absl::string_view kRelationshipType = "relationship";
inline constexpr absl::string_view kEventType = "event";

// Fields, in alphabetical order.
inline constexpr absl::string_view kAbout = "about";
inline constexpr absl::string_view kAffiliations = "affiliations";
inline constexpr absl::string_view kAliases = "aliases";
inline constexpr absl::string_view kBegin = "begin";
inline constexpr absl::string_view kCameoCode = "cameo_code";
inline constexpr absl::string_view kChannel = "channel";
inline constexpr absl::string_view kCode = "code";
inline constexpr absl::string_view kCoSpeakers = "co_speakers";
inline constexpr absl::string_view kDate = "date";
inline constexpr absl::string_view kDirected = "directed";
inline constexpr absl::string_view kEnd = "end";
inline constexpr absl::string_view kEventTypeField = "event_type";
inline constexpr absl::string_view kEvidence = "evidence";
inline constexpr absl::string_view kFrom = "from";
inline constexpr absl::string_view kId = "id";
inline constexpr absl::string_view kIso3 = "iso3";
inline constexpr absl::string_view kKey = "key";
inline constexpr absl::string_view kKind = "kind";
inline constexpr absl::string_view kLabel = "label";
inline constexpr absl::string_view kLabelVariants = "label_variants";
inline constexpr absl::string_view kLinks = "links";
inline constexpr absl::string_view kLocation = "location";
inline constexpr absl::string_view kLocator = "locator";
inline constexpr absl::string_view kMentions = "mentions";
inline constexpr absl::string_view kName = "name";
inline constexpr absl::string_view kOrganization = "organization";
inline constexpr absl::string_view kOutlet = "outlet";
inline constexpr absl::string_view kParticipants = "participants";
inline constexpr absl::string_view kPolarity = "polarity";
inline constexpr absl::string_view kQuote = "quote";
inline constexpr absl::string_view kReportedBy = "reported_by";
inline constexpr absl::string_view kRole = "role";
inline constexpr absl::string_view kSource = "source";
inline constexpr absl::string_view kSpan = "span";
inline constexpr absl::string_view kSpeaker = "speaker";
inline constexpr absl::string_view kStance = "stance";
inline constexpr absl::string_view kStances = "stances";
inline constexpr absl::string_view kStatement = "statement";
inline constexpr absl::string_view kTarget = "target";
inline constexpr absl::string_view kText = "text";
inline constexpr absl::string_view kTitle = "title";
inline constexpr absl::string_view kTo = "to";
inline constexpr absl::string_view kTopics = "topics";
inline constexpr absl::string_view kType = "type";
inline constexpr absl::string_view kValid = "valid";

// The record types, in the order a document lists them.
enum class Section : uint8_t {
  kNone,
  kActors,
  kSources,
  kStatements,
  kRelationships,
  kEvents
};

// The document member that holds a section's records ("actors"), or "".
constexpr absl::string_view SectionName(Section s) {
  switch (s) {
    case Section::kActors:
      return kActors;
    case Section::kSources:
      return kSources;
    case Section::kStatements:
      return kStatements;
    case Section::kRelationships:
      return kRelationships;
    case Section::kEvents:
      return kEvents;
    case Section::kNone:
      break;
  }
  return "";
}

// The "type" of a section's records in JSON Lines ("actor"), or "".
constexpr absl::string_view SectionType(Section s) {
  switch (s) {
    case Section::kActors:
      return kActorType;
    case Section::kSources:
      return kSourceType;
    case Section::kStatements:
      return kStatementType;
    case Section::kRelationships:
      return kRelationshipType;
    case Section::kEvents:
      return kEventType;
    case Section::kNone:
      break;
  }
  return "";
}

// The section of a document member name, or of a record type; kNone for
// any other text.
constexpr Section SectionByName(absl::string_view name) {
  for (Section s : {Section::kActors, Section::kSources, Section::kStatements,
                    Section::kRelationships, Section::kEvents}) {
    if (SectionName(s) == name) return s;
  }
  return Section::kNone;
}
constexpr Section SectionByType(absl::string_view type) {
  for (Section s : {Section::kActors, Section::kSources, Section::kStatements,
                    Section::kRelationships, Section::kEvents}) {
    if (SectionType(s) == type) return s;
  }
  return Section::kNone;
}

// The names of the fields of one object, indexed by its enum `Field`, which
// must end in an enumerator kCount. Built from (field, name) pairs in any
// order; complete() tells that every field got a name.
template <typename Field>
class FieldTable {
 public:
  static constexpr size_t kSize = static_cast<size_t>(Field::kCount);

  constexpr FieldTable(
      std::initializer_list<std::pair<Field, absl::string_view>> entries) {
    for (const auto& entry : entries) {
      names_[static_cast<size_t>(entry.first)] = entry.second;
    }
  }

  constexpr bool complete() const {
    for (absl::string_view n : names_) {
      if (n.empty()) return false;
    }
    return true;
  }

  constexpr absl::string_view name(Field f) const {
    return names_[static_cast<size_t>(f)];
  }

  // The field named `key`, or Field::kCount. Length and first byte are
  // compared before the rest, which rules out nearly every other name
  // without a call.
  Field Find(absl::string_view key) const {
    if (key.empty()) return Field::kCount;  // names are never empty
    for (size_t i = 0; i < kSize; ++i) {
      const absl::string_view f = names_[i];
      if (f.size() == key.size() && f[0] == key[0] &&
          std::memcmp(f.data() + 1, key.data() + 1, f.size() - 1) == 0) {
        return static_cast<Field>(i);
      }
    }
    return Field::kCount;
  }

 private:
  std::array<absl::string_view, kSize> names_{};
};

// The header line of JSON Lines: {"format": ...}.
enum class HeaderField : uint8_t { kFormat, kCount };
inline constexpr FieldTable<HeaderField> kHeaderFields = {
    {HeaderField::kFormat, kFormat}};

enum class ActorField : uint8_t {
  kType,
  kId,
  kName,
  kKind,
  kAliases,
  kIso3,
  kCameoCode,
  kAffiliations,
  kCount
};
inline constexpr FieldTable<ActorField> kActorFields = {
    {ActorField::kType, kType},
    {ActorField::kId, kId},
    {ActorField::kName, kName},
    {ActorField::kKind, kKind},
    {ActorField::kAliases, kAliases},
    {ActorField::kIso3, kIso3},
    {ActorField::kCameoCode, kCameoCode},
    {ActorField::kAffiliations, kAffiliations}};

enum class AffiliationField : uint8_t { kOrganization, kRole, kValid, kCount };
inline constexpr FieldTable<AffiliationField> kAffiliationFields = {
    {AffiliationField::kOrganization, kOrganization},
    {AffiliationField::kRole, kRole},
    {AffiliationField::kValid, kValid}};

enum class SourceField : uint8_t {
  kType,
  kId,
  kTitle,
  kOutlet,
  kDate,
  kLocator,
  kCount
};
inline constexpr FieldTable<SourceField> kSourceFields = {
    {SourceField::kType, kType},   {SourceField::kId, kId},
    {SourceField::kTitle, kTitle}, {SourceField::kOutlet, kOutlet},
    {SourceField::kDate, kDate},   {SourceField::kLocator, kLocator}};

enum class StatementField : uint8_t {
  kType,
  kId,
  kSpeaker,
  kDate,
  kText,
  kQuote,
  kChannel,
  kLocation,
  kSource,
  kSpan,
  kReportedBy,
  kAbout,
  kTopics,
  kEventType,
  kStances,
  kLinks,
  kCoSpeakers,
  kMentions,
  kCount
};
inline constexpr FieldTable<StatementField> kStatementFields = {
    {StatementField::kType, kType},
    {StatementField::kId, kId},
    {StatementField::kSpeaker, kSpeaker},
    {StatementField::kDate, kDate},
    {StatementField::kText, kText},
    {StatementField::kQuote, kQuote},
    {StatementField::kChannel, kChannel},
    {StatementField::kLocation, kLocation},
    {StatementField::kSource, kSource},
    {StatementField::kSpan, kSpan},
    {StatementField::kReportedBy, kReportedBy},
    {StatementField::kAbout, kAbout},
    {StatementField::kTopics, kTopics},
    {StatementField::kEventType, kEventTypeField},
    {StatementField::kStances, kStances},
    {StatementField::kLinks, kLinks},
    {StatementField::kCoSpeakers, kCoSpeakers},
    {StatementField::kMentions, kMentions}};

enum class SpanField : uint8_t { kBegin, kEnd, kCount };
inline constexpr FieldTable<SpanField> kSpanFields = {
    {SpanField::kBegin, kBegin}, {SpanField::kEnd, kEnd}};

enum class ReportField : uint8_t { kOutlet, kKind, kCount };
inline constexpr FieldTable<ReportField> kReportFields = {
    {ReportField::kOutlet, kOutlet}, {ReportField::kKind, kKind}};

enum class MentionField : uint8_t { kSource, kSpan, kReportedBy, kCount };
inline constexpr FieldTable<MentionField> kMentionFields = {
    {MentionField::kSource, kSource},
    {MentionField::kSpan, kSpan},
    {MentionField::kReportedBy, kReportedBy}};

enum class StanceField : uint8_t { kTarget, kPolarity, kCount };
inline constexpr FieldTable<StanceField> kStanceFields = {
    {StanceField::kTarget, kTarget}, {StanceField::kPolarity, kPolarity}};

enum class LinkField : uint8_t { kStatement, kKind, kStance, kCount };
inline constexpr FieldTable<LinkField> kLinkFields = {
    {LinkField::kStatement, kStatement},
    {LinkField::kKind, kKind},
    {LinkField::kStance, kStance}};

enum class EventTypeField : uint8_t { kCode, kName, kCount };
inline constexpr FieldTable<EventTypeField> kEventTypeFields = {
    {EventTypeField::kCode, kCode}, {EventTypeField::kName, kName}};

enum class RelationshipField : uint8_t {
  kType,
  kId,
  kFrom,
  kTo,
  kLabel,
  kKey,
  kLabelVariants,
  kDirected,
  kPolarity,
  kValid,
  kEvidence,
  kCount
};
inline constexpr FieldTable<RelationshipField> kRelationshipFields = {
    {RelationshipField::kType, kType},
    {RelationshipField::kId, kId},
    {RelationshipField::kFrom, kFrom},
    {RelationshipField::kTo, kTo},
    {RelationshipField::kLabel, kLabel},
    {RelationshipField::kKey, kKey},
    {RelationshipField::kLabelVariants, kLabelVariants},
    {RelationshipField::kDirected, kDirected},
    {RelationshipField::kPolarity, kPolarity},
    {RelationshipField::kValid, kValid},
    {RelationshipField::kEvidence, kEvidence}};

enum class EvidenceField : uint8_t { kStatement, kSource, kRole, kCount };
inline constexpr FieldTable<EvidenceField> kEvidenceFields = {
    {EvidenceField::kStatement, kStatement},
    {EvidenceField::kSource, kSource},
    {EvidenceField::kRole, kRole}};

enum class EventField : uint8_t {
  kType,
  kId,
  kLabel,
  kDate,
  kParticipants,
  kEventType,
  kSource,
  kCount
};
inline constexpr FieldTable<EventField> kEventFields = {
    {EventField::kType, kType},
    {EventField::kId, kId},
    {EventField::kLabel, kLabel},
    {EventField::kDate, kDate},
    {EventField::kParticipants, kParticipants},
    {EventField::kEventType, kEventTypeField},
    {EventField::kSource, kSource}};

static_assert(kHeaderFields.complete() && kActorFields.complete() &&
              kAffiliationFields.complete() && kSourceFields.complete() &&
              kStatementFields.complete() && kSpanFields.complete() &&
              kReportFields.complete() && kMentionFields.complete() &&
              kStanceFields.complete() && kLinkFields.complete() &&
              kEventTypeFields.complete() && kRelationshipFields.complete() &&
              kEvidenceFields.complete() && kEventFields.complete());

}  // namespace diplograph::internal::json

#endif  // DIPLOGRAPH_LIB_IO_JSON_FIELDS_H_
