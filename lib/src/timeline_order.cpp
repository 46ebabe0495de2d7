// The time order of fused events: a total order on content, so equal inputs
// in any order give the same sequence.
#include <algorithm>
#include <tuple>
#include <vector>

#include "ktimeline/detail/timeline_window.hpp"

namespace ktimeline {
namespace detail {

std::optional<Seconds> anchor_of(const TimelineEvent& e) {
  if (e.start && e.start->date_known) {
    const Seconds lo = seconds_of(e.start->start);
    if (e.start->grain >= Grain::hour) return lo;
    if (e.start_bounds && e.start_bounds->earliest && e.start_bounds->latest) {
      return (seconds_of(e.start_bounds->earliest->start) + seconds_of(e.start_bounds->latest->start)) / 2;
    }
    return lo + (seconds_of(e.start->end()) - lo) / 2;
  }
  if (e.start_bounds) {
    const auto& b = *e.start_bounds;
    if (b.earliest && b.latest) return (seconds_of(b.earliest->start) + seconds_of(b.latest->start)) / 2;
    if (b.earliest) return seconds_of(b.earliest->start);
    if (b.latest) return seconds_of(b.latest->start);
  }
  return std::nullopt;
}

void sort_in_time(std::vector<PlacedEvent>& events) {
  auto key = [](const PlacedEvent& p) {
    const TimelineEvent& e = p.fused.event;
    const Seconds start = e.start ? seconds_of(e.start->start) : 0;
    const int grain = e.start ? static_cast<int>(e.start->grain) : -1;
    const Seconds end = e.end ? seconds_of(e.end->start) : 0;
    return std::make_tuple(!p.sort_at.has_value(), p.sort_at.value_or(0), p.narrated_only, start, grain, end,
                           static_cast<int>(e.type), p.first_observation);
  };
  std::sort(events.begin(), events.end(), [&](const PlacedEvent& a, const PlacedEvent& b) { return key(a) < key(b); });
}

}  // namespace detail
}  // namespace ktimeline
