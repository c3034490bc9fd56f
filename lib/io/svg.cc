// SVG helpers of the pictures (svg.h) and SaveSvgFile (draw.h).

#include "io/svg.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "diplograph/draw.h"
#include "io/json_layout.h"

namespace diplograph {

namespace internal {

namespace {

constexpr absl::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// The length of the valid UTF-8 sequence at text[i], or 0.
size_t Utf8Length(absl::string_view text, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = b(i);
  size_t n;
  uint32_t cp;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + n > text.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF) {
    return 0;
  }
  return n;
}

}  // namespace

void AppendSvgText(std::string& out, absl::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    switch (c) {
      case '&':
        out += "&amp;";
        ++i;
        continue;
      case '<':
        out += "&lt;";
        ++i;
        continue;
      case '>':
        out += "&gt;";
        ++i;
        continue;
      case '"':
        out += "&quot;";
        ++i;
        continue;
      case '\'':
        out += "&apos;";
        ++i;
        continue;
      case '\t':
      case '\n':
        out.push_back(c);
        ++i;
        continue;
      default:
        break;
    }
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      out.append(kReplacement.data(), kReplacement.size());
      ++i;
      continue;
    }
    const size_t n = Utf8Length(text, i);
    if (n == 0) {
      out.append(kReplacement.data(), kReplacement.size());
      ++i;
    } else {
      out.append(text.data() + i, n);
      i += n;
    }
  }
}

std::string Shorten(absl::string_view text, size_t max_chars) {
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars == max_chars) {
      return absl::StrCat(text.substr(0, i), "\xE2\x80\xA6");  // …
    }
    ++chars;
  }
  return std::string(text);
}

absl::string_view QuadColor(std::optional<QuadClass> quad) {
  if (!quad.has_value()) return "#9e9e9e";
  switch (*quad) {
    case QuadClass::kVerbalCooperation:
      return "#66bb6a";
    case QuadClass::kMaterialCooperation:
      return "#1b5e20";
    case QuadClass::kVerbalConflict:
      return "#ffa726";
    case QuadClass::kMaterialConflict:
      return "#b71c1c";
  }
  return "#9e9e9e";
}

absl::string_view PolarityColor(Polarity polarity) {
  switch (polarity) {
    case Polarity::kCooperative:
      return "#2e7d32";
    case Polarity::kConflictual:
      return "#c62828";
    case Polarity::kNeutral:
      break;
  }
  return "#8d8d8d";
}

absl::string_view CategoryColor(size_t i) {
  // A qualitative palette of nine colours distinguishable in print.
  static constexpr absl::string_view kColors[] = {
      "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
      "#8c564b", "#e377c2", "#17becf", "#bcbd22"};
  return kColors[i % 9];
}

std::optional<QuadClass> QuadOf(const StatementView& s) {
  const EventType& type = s.event_type();
  if (type.code.empty()) return std::nullopt;
  absl::StatusOr<QuadClass> quad = QuadClassOfCode(type.code);
  if (!quad.ok()) return std::nullopt;
  return *quad;
}

Date LastDayOf(const Graph& graph, const Interval& window) {
  if (!window.is_open_end()) return window.end().LastDay();
  const absl::Span<const StatementId> by_date = graph.StatementsByDate();
  for (auto it = by_date.rbegin(); it != by_date.rend(); ++it) {
    const Date d = graph.statement(*it).date();
    if (d.is_known()) return d.LastDay();
  }
  return Date();
}

void BeginSvg(std::string& out, int width, int height,
              absl::string_view title) {
  absl::StrAppend(&out,
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"",
                  width, "\" height=\"", height, "\" viewBox=\"0 0 ", width,
                  " ", height,
                  "\" font-family=\"DejaVu Sans, Helvetica, Arial, "
                  "sans-serif\" font-size=\"12\">\n<title>");
  AppendSvgText(out, title);
  absl::StrAppend(&out,
                  "</title>\n<rect width=\"100%\" height=\"100%\" "
                  "fill=\"white\"/>\n");
}

void EndSvg(std::string& out) { out += "</svg>\n"; }

}  // namespace internal

absl::Status SaveSvgFile(absl::string_view svg, const std::string& path) {
  return internal::WriteFileAtomically(path, svg);
}

}  // namespace diplograph
