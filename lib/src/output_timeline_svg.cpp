// The timeline as an SVG drawing: a time axis across the top, one row per
// event (a dot for a point, a bar for an interval, a dashed bar for the
// bounds of an unstated start), the entity's stay shaded.
#include <fmt/format.h>

#include <algorithm>
#include <limits>

#include "ktimeline/output.hpp"
#include "ktimeline/timeline_output.hpp"
#include "output_words.hpp"

namespace ktimeline {

namespace {

constexpr int left = 260;   // room for the date and time labels
constexpr int width = 1100;
constexpr int row = 26;
constexpr int top = 60;

std::string xml(std::string_view s) {
  std::string out;
  append_xml_escaped(out, s, true);
  return out;
}

long long seconds(const TimePoint& p) { return p.start.time_since_epoch().count(); }

struct Span {
  long long from = std::numeric_limits<long long>::max();
  long long to = std::numeric_limits<long long>::min();
  void add(long long s) {
    from = std::min(from, s);
    to = std::max(to, s);
  }
};

std::optional<std::pair<long long, long long>> extent(const TimelineEvent& e) {
  if (e.start && e.start->date_known) {
    const auto end = e.end ? seconds(*e.end) : seconds(*e.start);
    return std::make_pair(seconds(*e.start), std::max(end, seconds(*e.start)));
  }
  if (e.start_bounds && e.start_bounds->earliest && e.start_bounds->latest) {
    return std::make_pair(seconds(*e.start_bounds->earliest), seconds(*e.start_bounds->latest));
  }
  return std::nullopt;
}

}  // namespace

void write_timeline_svg(std::string& out, const Timeline& t) {
  Span span;
  for (const auto& e : t.events) {
    if (const auto x = extent(e)) {
      span.add(x->first);
      span.add(x->second);
    }
  }
  if (t.window.start) span.add(seconds(*t.window.start));
  if (t.window.end) span.add(seconds(*t.window.end));
  if (span.from > span.to) span = {0, 1};
  if (span.to == span.from) span.to = span.from + 3600;
  const auto x_of = [&](long long s) {
    return left + static_cast<double>(s - span.from) * (width - left - 20) / static_cast<double>(span.to - span.from);
  };
  const int height = top + row * static_cast<int>(t.events.size() + 1);
  out += fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" font-family=\"sans-serif\" "
      "font-size=\"13\">\n",
      width, height);
  out += fmt::format("<text x=\"10\" y=\"24\" font-size=\"16\" font-weight=\"bold\">{}</text>\n",
                     xml(t.entity.empty() ? "timeline" : t.entity));
  if (t.window.start && t.window.end) {
    const double x0 = x_of(seconds(*t.window.start));
    const double x1 = x_of(seconds(*t.window.end));
    out += fmt::format(
        "<rect x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" fill=\"#eef4ff\"><title>{}</title></rect>\n", x0,
        top - 20, std::max(1.0, x1 - x0), height - top + 20,
        xml(t.window.duration ? detail::korean_duration(*t.window.duration) : ""));
  }
  out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#888\"/>\n", left, top - 20, width - 20,
                     top - 20);
  const int shown_year = t.window.start ? detail::year_of(*t.window.start) : 0;
  int y = top;
  for (const auto& e : t.events) {
    std::string label = e.start ? detail::korean_date(*e.start, shown_year) + " " + detail::korean_clock(*e.start)
                                : std::string("?");
    if (e.approx) label = "~" + label;
    out += fmt::format("<text x=\"10\" y=\"{}\">{}</text>\n", y + 4, xml(label));
    if (const auto x = extent(e)) {
      const double x0 = x_of(x->first);
      const double x1 = x_of(x->second);
      const bool bounds_only = !e.start;
      const char* colour = !e.conflicts.empty() ? "#c0392b" : (e.inferred || bounds_only) ? "#7f8c8d" : "#2c5aa0";
      if (x1 - x0 < 2) {
        out += fmt::format("<circle cx=\"{:.1f}\" cy=\"{}\" r=\"5\" fill=\"{}\"/>\n", x0, y, colour);
      } else {
        out += fmt::format("<rect x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"10\" fill=\"{}\"{}/>\n", x0, y - 5,
                           x1 - x0, bounds_only ? "none" : colour,
                           bounds_only ? fmt::format(" stroke=\"{}\" stroke-dasharray=\"4 3\"", colour) : "");
      }
      const double text_x = std::min(x1 + 8, static_cast<double>(width - 300));
      out += fmt::format("<text x=\"{:.1f}\" y=\"{}\">{}</text>\n", text_x, y + 4, xml(e.summary));
    }
    y += row;
  }
  out += "</svg>\n";
}

}  // namespace ktimeline
