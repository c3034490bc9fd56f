// The quadruple layout of ICEWS (see icews.h): one event a line,
// subject<TAB>relation<TAB>object<TAB>YYYY-MM-DD.

#include <array>
#include <istream>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/hash/hash.h"
#include "absl/strings/match.h"
#include "diplograph/statement_appender.h"
#include "ingest/icews_importer.h"
#include "model/names.h"
#include "util/line_reader.h"
#include "util/status_macros.h"
#include "util/utf8.h"

namespace diplograph::internal {

// ---------------------------------------------------------------------
// Quadruples.

namespace {
// A type the store refused (see StatementAppender::InternEventType).
constexpr uint32_t kBadType = 0xFFFFFFFFu;
}  // namespace

absl::Status ImportQuadRows(Importer& im, std::istream& in) {
  LineReader reader(in);
  IcewsImportReport& rep = im.report();
  std::vector<absl::string_view> f;
  // Rows go through the store's bulk path (as the threaded reader's do),
  // each distinct event type interned once; a type the store refuses goes
  // through AddStatement for its error.
  StatementAppender out(im.graph());
  absl::flat_hash_map<const EventType*, uint32_t> type_ids;
  std::array<ActorId, 1> about;
  absl::string_view line;
  while (reader.Next(&line)) {
    const uint64_t line_no = reader.line_number();
    if (line_no == 1) {
      if (LooksLikeUtf16(line)) {
        return im.Fatal(1, absl::InvalidArgumentError(
                               "UTF-16 is not supported; convert to UTF-8"));
      }
      if (absl::StartsWith(line, kUtf8Bom)) line.remove_prefix(kUtf8Bom.size());
    }
    ++rep.records_read;
    auto row = [&]() -> absl::Status {
      DIPLOGRAPH_ASSIGN_OR_RETURN(Date date, SplitQuadruple(line, &f));
      // Known names and relations were checked when first seen; check new
      // ones before creating anything, so a bad row adds nothing.
      ActorId subject = im.Cached(f[0]);
      ActorId object = im.Cached(f[2]);
      const EventType* type = im.CachedType(f[1]);
      if (!subject.valid())
        DIPLOGRAPH_RETURN_IF_ERROR(CheckName("subject", f[0]));
      if (!object.valid())
        DIPLOGRAPH_RETURN_IF_ERROR(CheckName("object", f[2]));
      if (type == nullptr)
        DIPLOGRAPH_RETURN_IF_ERROR(CheckField("relation", f[1]));
      if (!subject.valid()) {
        DIPLOGRAPH_ASSIGN_OR_RETURN(
            subject, im.Actor("subject", f[0], ActorKind::kOrganization));
      }
      if (!object.valid()) {
        DIPLOGRAPH_ASSIGN_OR_RETURN(
            object, im.Actor("object", f[2], ActorKind::kOrganization));
      }
      if (im.options().skip_repeated_rows &&
          im.SeenRow(absl::HashOf(f[0], f[1], f[2], f[3]))) {
        ++rep.duplicates_skipped;
        return absl::OkStatus();
      }
      bool coded = false;
      if (type == nullptr) {
        type = &im.TypeOfName(f[1], &coded);
      } else {
        coded = !type->code.empty();
      }
      auto [it, added] = type_ids.try_emplace(type, kBadType);
      if (added) {
        absl::StatusOr<uint32_t> id = out.InternEventType(*type);
        if (id.ok()) it->second = *id;
      }
      if (it->second == kBadType) {
        Statement s;
        s.event_type = *type;
        s.speaker = subject;
        s.about = {object};
        s.date = date;
        DIPLOGRAPH_RETURN_IF_ERROR(im.graph().AddStatement(s).status());
      } else {
        about[0] = object;
        DIPLOGRAPH_RETURN_IF_ERROR(
            out.Append(subject, date, it->second, about).status());
      }
      ++rep.statements_added;
      if (!coded) ++rep.uncoded_rows;
      return absl::OkStatus();
    };
    if (absl::Status st = row(); !st.ok()) {
      DIPLOGRAPH_RETURN_IF_ERROR(im.Bad(line_no, st));
    }
    im.Progress(reader, false);
  }
  return im.Finish(reader);
}

}  // namespace diplograph::internal
