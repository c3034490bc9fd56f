// The pair-timeline and activity pictures (draw.h), drawn as SVG by hand:
// both are charts on a time axis, with no layout to compute.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "diplograph/aggregates.h"
#include "diplograph/draw.h"
#include "diplograph/relationship.h"
#include "diplograph/statement_format.h"
#include "diplograph/statement_query.h"
#include "diplograph/timeline.h"
#include "io/export_sink.h"
#include "io/svg.h"
#include "model/date_keys.h"
#include "util/status_macros.h"

namespace diplograph {

namespace {

using internal::AppendXmlEscaped;

// A linear map from day numbers to x pixels.
struct TimeAxis {
  int32_t first = 0, last = 0;  // day numbers, first <= last
  double left = 0, right = 0;   // pixels

  double X(int32_t day) const {
    if (last == first) return (left + right) / 2;
    return left + (right - left) * (day - first) / double(last - first);
  }
};

// Ticks: years, or months for a span under three years, at most ~12 labels.
void DrawAxis(std::string& out, const TimeAxis& axis, double y) {
  absl::StrAppend(&out, "<line x1=\"", axis.left, "\" y1=\"", y, "\" x2=\"",
                  axis.right, "\" y2=\"", y,
                  "\" stroke=\"#444\" stroke-width=\"1\"/>\n");
  const Date first = internal::DateOfDayNumber(axis.first);
  const Date last = internal::DateOfDayNumber(axis.last);
  const int months =
      (last.year() - first.year()) * 12 + last.month() - first.month();
  const bool by_month = months < 36;
  const int step = by_month
                       ? std::max(1, months / 12 + 1)
                       : std::max(1, (last.year() - first.year()) / 12 + 1);
  int year = first.year(), month = by_month ? first.month() : 1;
  for (int guard = 0; guard < 1000; ++guard) {
    absl::StatusOr<Date> tick = Date::FromYearMonthDay(year, month, 1);
    if (!tick.ok()) break;
    const int32_t day = internal::FirstDayNumber(*tick);
    if (day > axis.last) break;
    if (day >= axis.first) {
      const double x = axis.X(day);
      absl::StrAppend(&out, "<line x1=\"", x, "\" y1=\"", y - 4, "\" x2=\"", x,
                      "\" y2=\"", y + 4, "\" stroke=\"#444\"/>\n", "<text x=\"",
                      x, "\" y=\"", y + 18,
                      "\" text-anchor=\"middle\" fill=\"#444\">",
                      by_month ? absl::StrFormat("%04d-%02d", year, month)
                               : absl::StrCat(year),
                      "</text>\n");
    }
    if (by_month) {
      month += step;
      while (month > 12) {
        month -= 12;
        ++year;
      }
    } else {
      year += step;
    }
  }
}

void Legend(std::string& out, double x, double y,
            const std::vector<std::pair<std::string, std::string>>& items) {
  for (const auto& [label, color] : items) {
    absl::StrAppend(&out, "<rect x=\"", x, "\" y=\"", y - 9,
                    "\" width=\"10\" height=\"10\" fill=\"", color,
                    "\"/>\n<text x=\"", x + 14, "\" y=\"", y, "\">");
    AppendXmlEscaped(out, label);
    out += "</text>\n";
    x += 24 + 7.0 * label.size();
  }
}

std::vector<std::pair<std::string, std::string>> QuadLegend() {
  std::vector<std::pair<std::string, std::string>> items;
  for (const QuadClass q :
       {QuadClass::kVerbalCooperation, QuadClass::kMaterialCooperation,
        QuadClass::kVerbalConflict, QuadClass::kMaterialConflict}) {
    items.emplace_back(std::string(QuadClassName(q)),
                       std::string(internal::QuadColor(q)));
  }
  items.emplace_back("uncoded", std::string(internal::QuadColor(std::nullopt)));
  return items;
}

}  // namespace

absl::StatusOr<std::string> DrawPairTimeline(
    const Graph& graph, ActorId a, ActorId b,
    const TimelinePictureOptions& options) {
  if (options.width < 400) {
    return absl::InvalidArgumentError(absl::StrCat(
        "draw timeline: width must be at least 400, not ", options.width));
  }
  DIPLOGRAPH_ASSIGN_OR_RETURN(
      PairTimeline timeline,
      PairTimeline::Make(graph, a, b, options.during, options.affiliates));

  // The statements (dated ones only: an undated one has no place on the
  // axis) and the relationships between a and b.
  struct Mark {
    StatementId id;
    int32_t day;
    bool from_a;
  };
  std::vector<Mark> marks;
  size_t more = 0, undated = 0;
  for (const TimelineEntry& entry : timeline) {
    if (entry.kind != TimelineEntryKind::kStatement) continue;
    const StatementView s = graph.statement(entry.statement);
    if (!s.date().is_known()) {
      ++undated;
      continue;
    }
    if (marks.size() == options.max_marks) {
      ++more;
      continue;
    }
    bool from_a = s.speaker() == a;
    if (s.speaker() != a && s.speaker() != b) {
      // An affiliate speaking: on the side it speaks for, as far as the
      // targets tell.
      from_a =
          std::find(s.about().begin(), s.about().end(), b) != s.about().end();
    }
    marks.push_back(
        {entry.statement, internal::FirstDayNumber(s.date()), from_a});
  }
  std::vector<RelationshipId> relationships;
  for (RelationshipId r : graph.RelationshipsOf(a)) {
    const Relationship& rel = graph.relationship(r);
    if ((rel.from == a && rel.to == b) || (rel.from == b && rel.to == a)) {
      if (!options.during.Overlaps(rel.valid)) continue;
      relationships.push_back(r);
    }
  }

  // The axis: the window, or the data.
  TimeAxis axis;
  bool have = false;
  auto widen = [&](int32_t day) {
    if (!have) {
      axis.first = axis.last = day;
      have = true;
    }
    axis.first = std::min(axis.first, day);
    axis.last = std::max(axis.last, day);
  };
  for (const Mark& m : marks) widen(m.day);
  for (RelationshipId r : relationships) {
    const Interval& v = graph.relationship(r).valid;
    if (!v.is_open_begin()) widen(internal::FirstDayNumber(v.begin()));
    if (!v.is_open_end()) widen(internal::LastDayNumber(v.end()));
  }
  if (!options.during.is_open_begin()) {
    axis.first = internal::FirstDayNumber(options.during.begin());
    if (!have) axis.last = axis.first;
    have = true;
  }
  if (!options.during.is_open_end()) {
    axis.last = internal::LastDayNumber(options.during.end());
    if (options.during.is_open_begin() && marks.empty() &&
        relationships.empty()) {
      axis.first = axis.last;
    }
  }
  axis.left = 60;
  axis.right = options.width - 30;

  // Same-day marks stack away from the axis, 7 px apart, up to 12 deep.
  const double axis_y = 200 + 22.0 * relationships.size();
  const double top_base = 170, bottom_base = axis_y + 60;
  const int height = static_cast<int>(bottom_base + 12 * 7 + 60);
  const std::string name_a = graph.actor(a).name, name_b = graph.actor(b).name;
  std::string out;
  internal::BeginSvg(out, options.width, height,
                     absl::StrCat(name_a, " and ", name_b,
                                  ": statements and relationships over time"));
  out += "<text x=\"20\" y=\"24\" font-size=\"16\" font-weight=\"bold\">";
  AppendXmlEscaped(out, absl::StrCat(name_a, " \xE2\x86\x94 ", name_b));  // ↔
  out += "</text>\n<text x=\"20\" y=\"42\" fill=\"#555\">";
  AppendXmlEscaped(
      out,
      absl::StrCat(marks.size(), " dated statements",
                   more > 0 ? absl::StrCat(" (", more, " more not drawn)") : "",
                   undated > 0 ? absl::StrCat(", ", undated, " undated") : "",
                   ", ", relationships.size(), " relationships"));
  out += "</text>\n";
  Legend(out, 20, 64, QuadLegend());
  out += "<text x=\"20\" y=\"";
  absl::StrAppend(&out, top_base - 70, "\" fill=\"#333\">");
  AppendXmlEscaped(out, absl::StrCat(name_a, " \xE2\x86\x92 ", name_b));
  absl::StrAppend(&out, "</text>\n<text x=\"20\" y=\"",
                  bottom_base + 12 * 7 + 20, "\" fill=\"#333\">");
  AppendXmlEscaped(out, absl::StrCat(name_b, " \xE2\x86\x92 ", name_a));
  out += "</text>\n";

  // Relationship bars between the lanes.
  for (size_t i = 0; i < relationships.size(); ++i) {
    const Relationship& rel = graph.relationship(relationships[i]);
    const double x1 = rel.valid.is_open_begin()
                          ? axis.left
                          : axis.X(internal::FirstDayNumber(rel.valid.begin()));
    const double x2 = rel.valid.is_open_end()
                          ? axis.right
                          : axis.X(internal::LastDayNumber(rel.valid.end()));
    const double y = 190 + 22.0 * i;
    std::string tip = absl::StrCat(rel.label, " (", rel.valid.ToString(), ", ",
                                   PolarityName(rel.polarity), ")");
    for (const Evidence& e : rel.evidence) {
      if (!e.statement.valid()) continue;
      const StatementView s = graph.statement(e.statement);
      absl::StrAppend(&tip, "\n", EvidenceRoleName(e.role), ": ",
                      graph.actor(s.speaker()).name, ", ", s.date().ToString());
    }
    absl::StrAppend(&out, "<g><title>");
    AppendXmlEscaped(out, tip);
    absl::StrAppend(&out, "</title><rect x=\"", x1, "\" y=\"", y - 8,
                    "\" width=\"", std::max(2.0, x2 - x1),
                    "\" height=\"14\" rx=\"3\" fill=\"",
                    internal::PolarityColor(rel.polarity),
                    "\" fill-opacity=\"0.35\"/><text x=\"", x1 + 4, "\" y=\"",
                    y + 3, "\" font-size=\"10\">");
    AppendXmlEscaped(
        out, internal::Shorten(absl::StrCat(rel.label, " (",
                                            rel.evidence.size(), " evidence)"),
                               80));
    out += "</text></g>\n";
  }
  DrawAxis(out, axis, axis_y);

  // Statement marks.
  std::map<std::pair<int32_t, bool>, int> depth;
  for (const Mark& m : marks) {
    const StatementView s = graph.statement(m.id);
    const int d = std::min(depth[{m.day, m.from_a}]++, 11);
    const double x = axis.X(m.day);
    const double y = m.from_a ? top_base - 7.0 * d : bottom_base + 7.0 * d;
    std::string tip =
        absl::StrCat(s.date().ToString(), "  ", graph.actor(s.speaker()).name);
    if (!s.event_type().name.empty() || !s.event_type().code.empty()) {
      absl::StrAppend(&tip, ": ", s.event_type().name, " (",
                      s.event_type().code, ")");
    }
    if (!s.text().empty()) {
      absl::StrAppend(&tip, "\n", TextExcerpt(s.text(), 300));
    }
    out += "<circle cx=\"";
    absl::StrAppend(&out, x, "\" cy=\"", y, "\" r=\"3.2\" fill=\"",
                    internal::QuadColor(internal::QuadOf(s)), "\"><title>");
    AppendXmlEscaped(out, tip);
    out += "</title></circle>\n";
  }
  internal::EndSvg(out);
  return out;
}

absl::StatusOr<std::string> DrawActivity(
    const Graph& graph, const ActivityPictureOptions& options) {
  if (options.period == Period::kAll) {
    return absl::InvalidArgumentError(
        "draw activity: the period must be a day, week, month or year");
  }
  if (options.width < 400 || options.height < 200) {
    return absl::InvalidArgumentError(absl::StrCat(
        "draw activity: the picture must be at least 400 x 200, not ",
        options.width, " x ", options.height));
  }
  const StatementQuery query =
      options.query.has_value() ? *options.query : StatementQuery(graph);
  AggregateOptions agg;
  agg.period = options.period;
  agg.group_by = options.group_by;
  agg.zero_fill = true;
  DIPLOGRAPH_ASSIGN_OR_RETURN(AggregateTable table, Aggregate(query, agg));

  // Periods in order, and the groups ranked by total.
  std::map<Date, size_t> period_index;
  std::map<AggregateGroup, uint64_t> totals;
  for (const AggregateRow& row : table.rows) {
    if (!row.period.is_known()) continue;  // undated statements: no bar
    period_index.emplace(row.period, 0);
    totals[row.group] += row.count;
  }
  if (period_index.size() > 5000) {
    return absl::InvalidArgumentError(absl::StrCat(
        "draw activity: ", period_index.size(),
        " periods are too many bars; choose a coarser period or a window"));
  }
  size_t p = 0;
  for (auto& [date, i] : period_index) i = p++;
  std::vector<std::pair<uint64_t, AggregateGroup>> ranked;
  for (const auto& [group, n] : totals) ranked.emplace_back(n, group);
  std::stable_sort(
      ranked.begin(), ranked.end(),
      [](const auto& x, const auto& y) { return x.first > y.first; });
  const size_t shown =
      std::min(ranked.size(), std::max<size_t>(1, options.max_groups));
  std::map<AggregateGroup, size_t> slot;  // group -> colour slot; others: shown
  for (size_t i = 0; i < shown; ++i) slot[ranked[i].second] = i;
  const bool has_other = ranked.size() > shown;
  const size_t slots = shown + (has_other ? 1 : 0);

  std::vector<std::vector<uint64_t>> counts(period_index.size(),
                                            std::vector<uint64_t>(slots, 0));
  for (const AggregateRow& row : table.rows) {
    if (!row.period.is_known()) continue;
    auto it = slot.find(row.group);
    counts[period_index[row.period]][it == slot.end() ? shown : it->second] +=
        row.count;
  }
  uint64_t peak = 0;
  for (const auto& c : counts) {
    uint64_t sum = 0;
    for (uint64_t n : c) sum += n;
    peak = std::max(peak, sum);
  }

  auto color = [&](size_t s) -> std::string {
    if (s == shown) return "#bdbdbd";
    if (options.group_by == GroupBy::kQuadClass) {
      return std::string(internal::QuadColor(ranked[s].second.quad_class));
    }
    if (options.group_by == GroupBy::kPolarity) {
      return std::string(internal::PolarityColor(ranked[s].second.polarity));
    }
    return std::string(internal::CategoryColor(s));
  };
  auto label = [&](size_t s) -> std::string {
    if (s == shown) return "other";
    std::string name = GroupName(graph, ranked[s].second);
    return name.empty() ? "statements" : internal::Shorten(name, 32);
  };

  const double left = 60, right = options.width - 20, top = 80;
  const double bottom = options.height - 50;
  std::string out;
  internal::BeginSvg(out, options.width, options.height,
                     "statements per period");
  uint64_t total = 0;
  for (const auto& [group, n] : totals) total += n;
  out += "<text x=\"20\" y=\"24\" font-size=\"16\" font-weight=\"bold\">";
  const absl::string_view period_name =
      options.period == Period::kDay    ? "day"
      : options.period == Period::kWeek ? "week"
      : options.period == Period::kYear ? "year"
                                        : "month";
  AppendXmlEscaped(out, absl::StrCat("Statements per ", period_name));
  out += "</text>\n<text x=\"20\" y=\"42\" fill=\"#555\">";
  AppendXmlEscaped(out, absl::StrCat(total, " dated statements in ",
                                     period_index.size(), " periods"));
  out += "</text>\n";
  std::vector<std::pair<std::string, std::string>> legend;
  for (size_t s = 0; s < slots; ++s) legend.emplace_back(label(s), color(s));
  if (options.group_by != GroupBy::kNone) Legend(out, 20, 64, legend);

  // Y axis with a few round ticks.
  absl::StrAppend(&out, "<line x1=\"", left, "\" y1=\"", top, "\" x2=\"", left,
                  "\" y2=\"", bottom, "\" stroke=\"#444\"/>\n<line x1=\"", left,
                  "\" y1=\"", bottom, "\" x2=\"", right, "\" y2=\"", bottom,
                  "\" stroke=\"#444\"/>\n");
  const double scale = peak == 0 ? 0 : (bottom - top) / double(peak);
  if (peak > 0) {
    const double raw = peak / 4.0;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double step = raw / mag < 2   ? 2 * mag
                        : raw / mag < 5 ? 5 * mag
                                        : 10 * mag;
    for (double v = 0; v <= peak + 1e-9; v += std::max(1.0, std::round(step))) {
      const double y = bottom - v * scale;
      absl::StrAppend(&out, "<line x1=\"", left - 4, "\" y1=\"", y, "\" x2=\"",
                      right, "\" y2=\"", y, "\" stroke=\"#eee\"/><text x=\"",
                      left - 8, "\" y=\"", y + 4,
                      "\" text-anchor=\"end\" fill=\"#444\">",
                      static_cast<uint64_t>(v), "</text>\n");
    }
  }
  const double slot_width = (right - left) / std::max<size_t>(1, counts.size());
  const double bar = std::max(1.0, slot_width * 0.8);
  const size_t label_every = std::max<size_t>(
      1, static_cast<size_t>(60.0 / std::max(slot_width, 1.0)));
  size_t i = 0;
  for (const auto& [date, index] : period_index) {
    const double x = left + slot_width * index + (slot_width - bar) / 2;
    double y = bottom;
    for (size_t s = 0; s < slots; ++s) {
      const uint64_t n = counts[index][s];
      if (n == 0) continue;
      const double h = n * scale;
      y -= h;
      absl::StrAppend(&out, "<rect x=\"", x, "\" y=\"", y, "\" width=\"", bar,
                      "\" height=\"", h, "\" fill=\"", color(s), "\"><title>");
      AppendXmlEscaped(out,
                       absl::StrCat(date.ToString(), ": ", label(s), " ", n));
      out += "</title></rect>\n";
    }
    if (i++ % label_every == 0) {
      absl::StrAppend(
          &out, "<text x=\"", x + bar / 2, "\" y=\"", bottom + 16,
          "\" text-anchor=\"middle\" fill=\"#444\" font-size=\"10\">",
          date.ToString(), "</text>\n");
    }
  }
  internal::EndSvg(out);
  return out;
}

}  // namespace diplograph
