#pragma once
// Internals of the timeline: one real event fused from the reports of a
// cluster. Each field takes the best-supported value; the values that
// contradict it stay as conflicts with their documents and a reason.
#include <cstddef>
#include <vector>

#include "ktimeline/detail/timeline_observation.hpp"
#include "ktimeline/timeline.hpp"

namespace ktimeline {
namespace detail {

/// A fused event, with what the temporal network needs to weigh its facts.
struct FusedEvent {
  TimelineEvent event;  // no id yet; start/end as stated (nothing inferred)
  MoveScope scope = MoveScope::unknown;
  bool start_stated = false;        // event.start comes from a report
  std::size_t start_docs = 0;       // documents that support the chosen start
  bool start_caption_only = false;  // ... and all of them are captions
  bool end_stated = false;          // event.end comes from a report (not start + duration)
  bool end_approx = false;
  bool duration_approx = false;
  std::size_t duration_docs = 0;
};

/// Working memory that fuse_cluster reuses from one cluster to the next, so
/// that fusing hundreds of thousands of clusters does not allocate its
/// scratch lists each time. Not shared between threads.
///   FusionScratch scratch; for (auto& c : clusters) fuse_cluster(obs, c, scopes, scratch);
struct FusionScratch {
  std::vector<std::size_t> facts;        // the members that count as facts
  std::vector<std::size_t> as_reported;  // ... as indices into the pool read
  std::vector<int> value_at;             // per member: its distinct time value
  std::vector<char> agree;               // per distinct value: agrees with the one weighed
  std::vector<char> refined;             // per distinct value: contains a finer stated one
  std::vector<std::size_t> told;         // sources, before their strings are copied
};

/// Fuses the observations `members` (indices into `observations`) of one
/// cluster; `scopes` are movement_scopes(observations).
///   auto fused = fuse_cluster(observations, clusters[0], scopes);
FusedEvent fuse_cluster(const std::vector<Event>& observations, const std::vector<std::size_t>& members,
                        const std::vector<MoveScope>& scopes);

/// The same, reusing `scratch` (see FusionScratch).
///   auto fused = fuse_cluster(observations, clusters[0], scopes, scratch);
FusedEvent fuse_cluster(const std::vector<Event>& observations, const std::vector<std::size_t>& members,
                        const std::vector<MoveScope>& scopes, FusionScratch& scratch);

/// The documents of a list of observations, sorted and distinct.
///   documents_of(observations, {0, 3}) == std::vector<std::string>{"001", "003"}
std::vector<std::string> documents_of(const std::vector<Event>& observations, const std::vector<std::size_t>& members);

/// Orders an event's conflicts by field: start, end, duration, place, order, then others.
///   sort_conflicts(event.conflicts);
void sort_conflicts(std::vector<TimelineConflict>& conflicts);

}  // namespace detail
}  // namespace ktimeline
