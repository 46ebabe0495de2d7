#include "time_arguments.hpp"

#include <string>

namespace ktimeline_cli {

std::optional<ktimeline::TimePoint> parse_reference(std::string_view text) {
  std::string value(text);
  if (value.size() > 10 && value[10] == ' ') value[10] = 'T';  // "2025-02-04 12:00", as bylines write it
  auto point = ktimeline::parse_timex_point(value);
  if (!point) return std::nullopt;
  // A reference is a moment or a day, at coarsest a month (what a collection
  // knows); a year alone or a part of day is not a publication time.
  using ktimeline::Grain;
  if (point->grain != Grain::month && point->grain != Grain::day && point->grain != Grain::minute &&
      point->grain != Grain::second) {
    return std::nullopt;
  }
  if (point->grain >= Grain::minute && value.substr(11, 2) > "23") return std::nullopt;
  return point;
}

bool valid_window(std::string_view text) {
  if (text == "auto" || text == "all") return true;
  const auto slash = text.find('/');
  if (slash == std::string_view::npos) return false;
  const auto start = parse_reference(text.substr(0, slash));
  const auto end = parse_reference(text.substr(slash + 1));
  return start && end && start->start <= end->start;
}

}  // namespace ktimeline_cli
