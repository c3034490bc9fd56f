// The library's version, as numbers and as text.
//
//   if (diplograph::kVersionMajor < 1) { ... }
//   std::cout << diplograph::kVersionString;   // "0.1.0"

#ifndef DIPLOGRAPH_VERSION_H_
#define DIPLOGRAPH_VERSION_H_

namespace diplograph {

inline constexpr int kVersionMajor = 0;
inline constexpr int kVersionMinor = 1;
inline constexpr int kVersionPatch = 0;
inline constexpr const char* kVersionString = "0.1.0";

}  // namespace diplograph

#endif  // DIPLOGRAPH_VERSION_H_
