// The CAMEO event-code table compiled into the library, one row per code in
// the order of data/cameo/event_codes.tsv (generated at build time).

#ifndef DIPLOGRAPH_LIB_MODEL_CAMEO_TABLE_H_
#define DIPLOGRAPH_LIB_MODEL_CAMEO_TABLE_H_

namespace diplograph::internal {

struct CameoRow {
  const char* code;
  const char* name;
  double goldstein;
  const char* root_code;
  int quad_class;
};

extern const CameoRow kCameoRows[];
extern const int kCameoRowCount;

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_MODEL_CAMEO_TABLE_H_
