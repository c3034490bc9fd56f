// The Extractor's public side: the names of genres, date bases and
// modalities, Extractor::Create (copies what the extractor knows of the
// known graph and of the registry) and Extract, which runs one Reader
// (lib/text/reader.h) over the document.

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "diplograph/countries.h"
#include "diplograph/gazetteer.h"
#include "diplograph/graph.h"
#include "diplograph/resolve.h"
#include "diplograph/text.h"
#include "text/reader.h"

namespace diplograph {
namespace text_internal {
namespace {

std::vector<ActorFacts> CopyFacts(const Graph& graph) {
  std::vector<ActorFacts> out(graph.actor_count());
  for (uint32_t i = 0; i < graph.actor_count(); ++i) {
    const Actor& a = graph.actor(ActorId(i));
    ActorFacts& f = out[i];
    f.name = a.name;
    f.kind = a.kind;
    f.iso3 = a.iso3;
    f.cameo_code = a.cameo_code;
    if (a.kind == ActorKind::kOrganization) f.aliases = a.aliases;
    for (const Affiliation& af : a.affiliations) {
      f.roles.push_back(absl::AsciiStrToLower(af.role));
      f.member_of.push_back(af.organization.value);
    }
  }
  return out;
}

}  // namespace
}  // namespace text_internal

absl::string_view GenreName(Genre genre) {
  switch (genre) {
    case Genre::kUnknown:
      return "unknown";
    case Genre::kNewsReport:
      return "news_report";
    case Genre::kTranscript:
      return "transcript";
    case Genre::kReadout:
      return "readout";
    case Genre::kJointStatement:
      return "joint_statement";
  }
  return "unknown";
}

absl::string_view DateBasisName(DateBasis basis) {
  switch (basis) {
    case DateBasis::kExplicit:
      return "explicit";
    case DateBasis::kRelative:
      return "relative";
    case DateBasis::kDocumentDate:
      return "document_date";
    case DateBasis::kCarried:
      return "carried";
    case DateBasis::kUnresolved:
      return "unresolved";
  }
  return "unresolved";
}

absl::string_view ModalityName(Modality modality) {
  switch (modality) {
    case Modality::kAsserted:
      return "asserted";
    case Modality::kNegated:
      return "negated";
    case Modality::kFuture:
      return "future";
    case Modality::kHypothetical:
      return "hypothetical";
  }
  return "asserted";
}

struct Extractor::Impl {
  text_internal::Knowledge knowledge;
  Graph registry;
};

Extractor::Extractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
Extractor::~Extractor() = default;

absl::StatusOr<Extractor> Extractor::Create(const Graph& known,
                                            const ExtractorOptions& options) {
  auto impl = std::make_unique<Impl>();
  text_internal::Knowledge& k = impl->knowledge;
  k.options = options;
  k.known = text_internal::CopyFacts(known);
  if (known.actor_count() > 0) {
    absl::StatusOr<Resolver> r = Resolver::Create(known);
    if (!r.ok()) return r.status();
    k.known_resolver.emplace(*std::move(r));
  }
  if (options.use_registry) {
    absl::Status s = ImportGazetteer(BuiltinGazetteer(), impl->registry);
    if (!s.ok()) {
      return absl::InternalError(absl::StrCat("registry: ", s.message()));
    }
    for (const Country& c : Countries()) {
      if (c.kind != CountryKind::kState) continue;
      absl::StatusOr<ActorId> id = GetOrAddCountryActor(impl->registry, c);
      if (!id.ok()) {
        return absl::InternalError(absl::StrCat("registry: country ", c.iso3,
                                                ": ", id.status().message()));
      }
    }
    // Organisations of the sector table ("European Union", "EU"; "NATO";
    // a state's bodies, parties and companies: "People's Bank of China"):
    // organisations the mention finder knows by name.
    // And its regions ("Southeast Asia", "the Middle East"; not "the West",
    // a side rather than a place): places.
    for (const Sector& sec : Sectors()) {
      const bool region = sec.type == SectorType::kRegion && sec.code != "WST";
      if (sec.type != SectorType::kOrganization && !region) continue;
      if (impl->registry.FindActor(sec.name).ok()) continue;
      Actor a;
      a.name = std::string(sec.name);
      // A party or an armed group of a state is a group.
      const bool group =
          sec.role == "political party" || sec.role == "armed group";
      a.kind = region  ? ActorKind::kPlace
               : group ? ActorKind::kGroup
                       : ActorKind::kOrganization;
      a.cameo_code = std::string(sec.code);
      for (absl::string_view alias : sec.aliases) a.aliases.emplace_back(alias);
      absl::StatusOr<ActorId> id = impl->registry.AddActor(a);
      if (!id.ok()) {
        return absl::InternalError(absl::StrCat(
            "registry: organization ", sec.code, ": ", id.status().message()));
      }
    }
    absl::StatusOr<Resolver> r = Resolver::Create(impl->registry);
    if (!r.ok()) return r.status();
    k.registry_resolver.emplace(*std::move(r));
    for (const PlaceRecord& p : BuiltinGazetteer().places) {
      if (p.kind == PlaceKind::kCapital) {
        k.capitals.emplace(absl::AsciiStrToLower(p.phrase), p.phrase);
      }
    }
    k.registry = text_internal::CopyFacts(impl->registry);
    k.registry_to_known.assign(k.registry.size(), ActorId());
    for (uint32_t i = 0; i < k.registry.size(); ++i) {
      const text_internal::ActorFacts& f = k.registry[i];
      if (!f.iso3.empty()) {
        absl::StatusOr<ActorId> id = known.FindActorByIso3(f.iso3);
        if (id.ok()) {
          k.registry_to_known[i] = *id;
          continue;
        }
      }
      const std::vector<ActorId> m = known.MatchActors(f.name);
      if (m.size() == 1 && known.actor(m[0]).kind == f.kind) {
        k.registry_to_known[i] = m[0];
      }
    }
  }
  return Extractor(std::move(impl));
}

absl::StatusOr<Extraction> Extractor::Extract(
    absl::string_view text, const DocumentInfo& info,
    const ExtractOptions& options) const {
  text_internal::Reader reader(impl_->knowledge, text, info);
  reader.SetProgress(options.progress);
  return reader.Run();
}

}  // namespace diplograph
