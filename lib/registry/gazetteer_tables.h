// The gazetteer tables compiled into the library: the bytes of
// data/registry/{media,places,offices,officeholders,non_actor_phrases}.tsv,
// generated at build time by cmake/embed_gazetteer.cmake and parsed by
// gazetteer.cc.

#ifndef DIPLOGRAPH_LIB_REGISTRY_GAZETTEER_TABLES_H_
#define DIPLOGRAPH_LIB_REGISTRY_GAZETTEER_TABLES_H_

#include <cstddef>

namespace diplograph::internal {

extern const char kGazetteer_media[];
extern const size_t kGazetteer_media_size;
extern const char kGazetteer_places[];
extern const size_t kGazetteer_places_size;
extern const char kGazetteer_offices[];
extern const size_t kGazetteer_offices_size;
extern const char kGazetteer_officeholders[];
extern const size_t kGazetteer_officeholders_size;
extern const char kGazetteer_non_actor_phrases[];
extern const size_t kGazetteer_non_actor_phrases_size;

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_REGISTRY_GAZETTEER_TABLES_H_
