#include "diplograph/cameo.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "model/cameo_table.h"
#include "util/utf8.h"

namespace diplograph {
namespace {

struct CameoIndex {
  std::vector<CameoCode> codes;  // sorted by code (the file is)
  absl::flat_hash_map<absl::string_view, size_t> by_name;
  absl::flat_hash_map<absl::string_view, size_t> by_code;

  CameoIndex() {
    codes.reserve(static_cast<size_t>(internal::kCameoRowCount));
    for (int i = 0; i < internal::kCameoRowCount; ++i) {
      const internal::CameoRow& r = internal::kCameoRows[i];
      CameoCode c;
      c.code = r.code;
      c.name = r.name;
      c.goldstein = r.goldstein;
      c.root_code = r.root_code;
      c.quad_class = static_cast<QuadClass>(r.quad_class);
      by_name.emplace(c.name, codes.size());
      by_code.emplace(c.code, codes.size());
      codes.push_back(c);
    }
  }
};

const CameoIndex& Index() {
  static const CameoIndex* const index = new CameoIndex();
  return *index;
}

}  // namespace

absl::string_view QuadClassName(QuadClass quad_class) {
  switch (quad_class) {
    case QuadClass::kVerbalCooperation:
      return "verbal_cooperation";
    case QuadClass::kMaterialCooperation:
      return "material_cooperation";
    case QuadClass::kVerbalConflict:
      return "verbal_conflict";
    case QuadClass::kMaterialConflict:
      return "material_conflict";
  }
  return "unknown";
}

const std::vector<CameoCode>& CameoCodes() { return Index().codes; }

absl::StatusOr<CameoCode> LookupCameoCode(absl::string_view code) {
  const CameoIndex& idx = Index();
  auto it = idx.by_code.find(code);
  if (it == idx.by_code.end()) {
    return absl::NotFoundError(
        absl::StrCat("no CAMEO event code ", internal::Quoted(code)));
  }
  return idx.codes[it->second];
}

absl::StatusOr<CameoCode> LookupCameoName(absl::string_view name) {
  const CameoIndex& idx = Index();
  auto it = idx.by_name.find(name);
  if (it == idx.by_name.end()) {
    return absl::NotFoundError(
        absl::StrCat("no CAMEO event code is named ", internal::Quoted(name)));
  }
  return idx.codes[it->second];
}

absl::StatusOr<CameoCode> LookupCameo(const EventType& type) {
  if (!type.code.empty()) return LookupCameoCode(type.code);
  return LookupCameoName(type.name);
}

absl::StatusOr<QuadClass> QuadClassOfCode(absl::string_view code) {
  if (code.size() >= 2 && code[0] >= '0' && code[0] <= '2' && code[1] >= '0' &&
      code[1] <= '9') {
    const int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (root >= 1 && root <= 5) return QuadClass::kVerbalCooperation;
    if (root >= 6 && root <= 8) return QuadClass::kMaterialCooperation;
    if (root >= 9 && root <= 13) return QuadClass::kVerbalConflict;
    if (root >= 14 && root <= 20) return QuadClass::kMaterialConflict;
  }
  return absl::InvalidArgumentError(
      absl::StrCat("CAMEO code ", internal::Quoted(code),
                   " does not start with a root code 01-20"));
}

}  // namespace diplograph
