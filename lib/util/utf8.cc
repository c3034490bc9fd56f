#include "util/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

#include "absl/strings/str_format.h"

namespace diplograph::internal {

size_t FindInvalidUtf8(absl::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    // ASCII runs, sixteen bytes at a time, then eight.
    constexpr uint64_t kHigh = 0x8080808080808080ull;
    while (n - i >= 16) {
      uint64_t a, b;
      std::memcpy(&a, s + i, sizeof(a));
      std::memcpy(&b, s + i + 8, sizeof(b));
      if (((a | b) & kHigh) != 0) break;
      i += 16;
    }
    while (n - i >= 8) {
      uint64_t word;
      std::memcpy(&word, s + i, sizeof(word));
      if ((word & kHigh) != 0) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return i;  // continuation byte, 0xC0/0xC1 or 0xF5..0xFF
    }
    if (n - i < len) return i;
    for (size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return i;
    }
    i += len;
  }
  return absl::string_view::npos;
}

bool HasControlCharacter(absl::string_view text) {
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c == 0x7F) return true;
  }
  return false;
}

std::string Quoted(absl::string_view text, size_t max_bytes) {
  std::string out = "\"";
  const bool cut = text.size() > max_bytes;
  if (cut) {
    // Cut at a character boundary.
    size_t end = max_bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
      --end;
    }
    text = text.substr(0, end);
  }
  while (!text.empty()) {
    const size_t bad = FindInvalidUtf8(text);
    absl::string_view good = text.substr(0, bad);
    for (char ch : good) {
      const auto c = static_cast<unsigned char>(ch);
      switch (ch) {
        case '"':
          out += "\\\"";
          break;
        case '\\':
          out += "\\\\";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        default:
          if (c < 0x20 || c == 0x7F) {
            absl::StrAppendFormat(&out, "\\x%02x", c);
          } else {
            out.push_back(ch);
          }
      }
    }
    if (bad == absl::string_view::npos) break;
    absl::StrAppendFormat(&out, "\\x%02x",
                          static_cast<unsigned char>(text[bad]));
    text.remove_prefix(bad + 1);
  }
  if (cut) out += "...";
  out += "\"";
  return out;
}

bool LooksLikeUtf16(absl::string_view text) {
  if (text.size() < 2) return false;
  const auto b0 = static_cast<unsigned char>(text[0]);
  const auto b1 = static_cast<unsigned char>(text[1]);
  if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) return true;
  // Without a mark: the first pairs (at least two, up to eight) each an
  // ASCII character and a NUL byte, in the same order.
  auto ascii = [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u != 0 && u < 0x80;
  };
  const size_t pairs = std::min<size_t>(text.size() / 2, 8);
  if (pairs < 2) return false;
  bool little = true, big = true;
  for (size_t i = 0; i < pairs; ++i) {
    const char a = text[2 * i], b = text[2 * i + 1];
    little = little && ascii(a) && b == '\0';
    big = big && a == '\0' && ascii(b);
  }
  return little || big;
}

}  // namespace diplograph::internal
