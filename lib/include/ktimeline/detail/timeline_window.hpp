#pragma once
// Internals of the timeline: the order of events, the entity's events, and
// the window of its stay compared with the stay the articles state.
#include <optional>
#include <string>
#include <vector>

#include "ktimeline/detail/timeline_fusion.hpp"
#include "ktimeline/timeline.hpp"

namespace ktimeline {
namespace detail {

/// Where a fused event sits in time, for ordering and the window.
struct Placement {
  std::optional<Seconds> anchor;   // when it happened, as well as known (a unit's middle, a bound)
  std::optional<Seconds> sort_at;  // anchor, or for an undated event the time of what its document told before it
  bool narrated_only = false;      // sort_at comes from narration, not from the event's own time
};

/// The moment that best stands for an event's time: a clock start; the middle
/// of a stated unit (so a day-long `3일` report lies before an arrival at
/// 23:00 that day); the middle of start bounds, or the one bound known.
///   anchor_of(event)  // 2025-02-04T14:40 -> its seconds
std::optional<Seconds> anchor_of(const TimelineEvent& event);

/// Sorts positions into `fused` (and `placement`, alike) into time order,
/// with a total order on content.
///   sort_in_time(fused, placement, order);
void sort_in_time(const std::vector<FusedEvent>& fused, const std::vector<Placement>& placement,
                  std::vector<std::size_t>& order);

/// True if the entity (by options.matches_entity, else by exact name) takes part.
///   takes_part(event, opts)
bool takes_part(const TimelineEvent& event, const TimelineOptions& options);

/// An ISO duration from seconds: days when a day or longer, then hours and minutes.
///   duration_between(66600).iso() == "PT18H30M"
Duration duration_between(Seconds seconds);

/// Splits the entity's events (positions in time order) into the window and
/// its context, moving each into `inside` or `outside`, and fills the window
/// (bounds, duration, the comparison with stated stays). Event ids are
/// assigned here: events e1.., context c1...
///   auto window = cut_window(fused, placement, order, stays, opts, inside, outside);
TimelineWindow cut_window(std::vector<FusedEvent>& fused, const std::vector<Placement>& placement,
                          const std::vector<std::size_t>& order, const std::vector<StatedStay>& stays,
                          const TimelineOptions& options, std::vector<TimelineEvent>& inside,
                          std::vector<TimelineEvent>& outside);

}  // namespace detail
}  // namespace ktimeline
