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

void sort_in_time(const std::vector<FusedEvent>& fused, const std::vector<Placement>& placement,
                  std::vector<std::size_t>& order) {
  auto key = [&](std::size_t i) {
    const TimelineEvent& e = fused[i].event;
    const Placement& p = placement[i];
    const Seconds start = e.start ? seconds_of(e.start->start) : 0;
    const int grain = e.start ? static_cast<int>(e.start->grain) : -1;
    const Seconds end = e.end ? seconds_of(e.end->start) : 0;
    const std::size_t first = e.observations.empty() ? 0 : e.observations.front();  // unique per event
    return std::make_tuple(!p.sort_at.has_value(), p.sort_at.value_or(0), p.narrated_only, start, grain, end,
                           static_cast<int>(e.type), first);
  };
  std::vector<std::pair<decltype(key(0)), std::size_t>> keyed;
  keyed.reserve(order.size());
  for (const auto i : order) keyed.emplace_back(key(i), i);
  std::sort(keyed.begin(), keyed.end());
  for (std::size_t k = 0; k < keyed.size(); ++k) order[k] = keyed[k].second;
}

}  // namespace detail
}  // namespace ktimeline
