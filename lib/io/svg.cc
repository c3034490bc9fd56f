// SVG helpers of the pictures (svg.h) and SaveSvgFile (draw.h).

#include "io/svg.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "diplograph/draw.h"
#include "io/export_sink.h"
#include "io/json_layout.h"

namespace diplograph {

namespace internal {

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
  const StatementRange by_date = graph.StatementsByDate();
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
  AppendXmlEscaped(out, title);
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
