#pragma once
// Internals of the timeline: a simple temporal network (difference
// constraints x[to] - x[from] in [lo, hi]) and its use to reason out the times
// that the articles do not state.
//
// Every constraint has two readings: a tolerant one (approximate times and
// lengths give or take their tolerance) that decides what truly contradicts,
// and a nominal one (the words taken at face value) that gives the estimates.
#include <cstdint>
#include <limits>
#include <vector>

#include "ktimeline/detail/timeline_fusion.hpp"
#include "ktimeline/detail/timeline_observation.hpp"

namespace ktimeline {
namespace detail {

/// A bound larger than any time: the side is open.
inline constexpr Seconds kUnbounded = std::numeric_limits<Seconds>::max() / 4;

/// x[to] - x[from] lies in [lo, hi], read nominally or tolerantly.
struct DifferenceConstraint {
  std::size_t from = 0;
  std::size_t to = 0;
  Seconds nominal_lo = -kUnbounded;
  Seconds nominal_hi = kUnbounded;
  Seconds tolerant_lo = -kUnbounded;
  Seconds tolerant_hi = kUnbounded;
  /// When constraints contradict, the weakest goes first; ties drop the later one.
  std::int64_t strength = 0;
};

struct NetworkSolution {
  /// Per node: the bounds of x[node] - x[origin]; +-kUnbounded where open.
  std::vector<Seconds> earliest;
  std::vector<Seconds> latest;
  /// Constraints dropped because they contradicted the others, in drop order,
  /// each with the constraints of the contradictory cycle it was dropped from.
  std::vector<std::size_t> dropped;
  std::vector<std::vector<std::size_t>> clashes;
  /// Constraints whose nominal reading had to give way to the tolerant one.
  std::vector<bool> relaxed;
};

/// Solves a network: drops the weakest constraint of each contradiction under
/// the tolerant reading (Bellman-Ford negative cycles), then bounds every node
/// under the nominal reading, relaxing to tolerant only where nominal values
/// clash.
///   auto s = solve_network(3, {{0, 1, 600, 600, 0, 1200, 1}}, 0);  // s.latest[1] == 600
NetworkSolution solve_network(std::size_t nodes, const std::vector<DifferenceConstraint>& constraints, std::size_t origin);

/// Places fused events in time: stated times, durations, the relations of each
/// document (EventRelation, mapped to clusters) and narrative order give each
/// event without a stated start an inferred start (when pinned within minutes)
/// or start bounds, and an end from start + duration. Contradictions become
/// conflicts (field "order", "start", "end" or "duration") on the events involved.
/// `cluster_of[i]` is the index in `fused` of observation i's cluster.
///   place_in_time(fused, observations, cluster_of);
void place_in_time(std::vector<FusedEvent>& fused, const std::vector<Event>& observations,
                   const std::vector<std::size_t>& cluster_of);

}  // namespace detail
}  // namespace ktimeline
