// Private helpers of the pictures (draw.h): building SVG text by hand (text
// is escaped with export_sink.h's AppendXmlEscaped), the colours shared by
// the pictures, and short labels for records.

#ifndef DIPLOGRAPH_LIB_IO_SVG_H_
#define DIPLOGRAPH_LIB_IO_SVG_H_

#include <optional>
#include <string>

#include "absl/strings/string_view.h"
#include "diplograph/cameo.h"
#include "diplograph/date.h"
#include "diplograph/graph.h"
#include "diplograph/polarity.h"

namespace diplograph::internal {

// At most `max_chars` characters of `text` (UTF-8 aware), with an ellipsis
// when cut.
std::string Shorten(absl::string_view text, size_t max_chars);

// Fill colours: by quad class (nullopt: uncoded or outside the four), by
// polarity, and a categorical palette of 9 colours for other groups.
absl::string_view QuadColor(std::optional<QuadClass> quad);
absl::string_view PolarityColor(Polarity polarity);
absl::string_view CategoryColor(size_t i);

// The quad class of a statement's event code, if any.
std::optional<QuadClass> QuadOf(const StatementView& s);

// The last day of a window's end, or of the latest dated statement of the
// graph when the end is open; unknown for a graph without dated statements.
Date LastDayOf(const Graph& graph, const Interval& window);

// The SVG prologue (XML declaration, <svg> with its size and viewBox, a
// white background and the shared style) and the closing tag.
void BeginSvg(std::string& out, int width, int height, absl::string_view title);
void EndSvg(std::string& out);

}  // namespace diplograph::internal

#endif  // DIPLOGRAPH_LIB_IO_SVG_H_
