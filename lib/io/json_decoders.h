// One decoder per record type of the diplograph/1 format: each reads a
// record tree into its model value (Actor, Source, Statement, Relationship,
// Event), resolving the references it holds, and hands it to the merger,
// which adds it to the graph or merges it. The model values are reused
// from record to record.
//
//   RecordDecoder decoder(reader, merger);
//   reader.BeginRecord(json::Section::kStatements, index, in_document);
//   decoder.Decode(json::Section::kStatements, /*root=*/0);
//
// Thread safety: one load, one thread.

#ifndef DIPLOGRAPH_LIB_IO_JSON_DECODERS_H_
#define DIPLOGRAPH_LIB_IO_JSON_DECODERS_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "diplograph/graph.h"
#include "io/json_field_reader.h"
#include "io/json_fields.h"
#include "io/json_merge.h"

namespace diplograph::internal {

class RecordDecoder {
 public:
  RecordDecoder(FieldReader& reader, JsonMerger& merger)
      : r_(reader), merger_(merger) {}

  // Decodes the record at node `root` as one of `section`; problems go to
  // the reader, which tells whether the record was bad.
  void Decode(json::Section section, uint32_t root);

 private:
  void DecodeActor(uint32_t root);
  void DecodeAffiliations(uint32_t node, const FieldPath& p);
  void DecodeSource(uint32_t root);
  void DecodeStatement(uint32_t root);
  void DecodeSpan(uint32_t node, const FieldPath& p,
                  std::optional<TextSpan>* out);
  void DecodeReports(uint32_t node, const FieldPath& p,
                     std::vector<Report>* out);
  void DecodeMentions(uint32_t node, const FieldPath& p);
  void DecodeStances(uint32_t node, const FieldPath& p);
  void DecodeLinks(uint32_t node, const FieldPath& p);
  void DecodeRelationship(uint32_t root);
  void DecodeEvent(uint32_t root);

  // The "type" member, which in JSON Lines must name the record's type.
  void CheckType(uint32_t node, const FieldPath& p, json::Section section);
  // References: local ids of earlier records (actors: also ISO codes and
  // names of the graph).
  bool GetActorRef(uint32_t node, const FieldPath& p, ActorId* out);
  bool GetSourceRef(uint32_t node, const FieldPath& p, SourceId* out);
  bool GetStatementRef(uint32_t node, const FieldPath& p, StatementId* out);
  // A local id of an earlier `what` ("source"), found by `find`.
  template <typename Id>
  bool GetLocalRef(uint32_t node, const FieldPath& p, absl::string_view what,
                   bool (JsonMerger::*find)(absl::string_view, Id*) const,
                   Id* out);
  // An array of actor references.
  void GetActorRefs(uint32_t node, const FieldPath& p,
                    std::vector<ActorId>* out);

  FieldReader& r_;
  JsonMerger& merger_;
  Actor actor_;
  Source source_;
  Statement statement_;
  Relationship relationship_;
  Event event_;
};

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_IO_JSON_DECODERS_H_
