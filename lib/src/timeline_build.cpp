// build_timeline and merge_timelines: the stages in order. Every stage reads
// the canonical observation list, so the result is a function of the set of
// observations alone, and merging shards is building from their union.
#include <limits>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "ktimeline/detail/timeline_cluster.hpp"
#include "ktimeline/detail/timeline_fusion.hpp"
#include "ktimeline/detail/timeline_network.hpp"
#include "ktimeline/detail/timeline_observation.hpp"
#include "ktimeline/detail/timeline_window.hpp"
#include "ktimeline/timeline.hpp"

namespace ktimeline {

namespace {

constexpr std::size_t kNoCluster = std::numeric_limits<std::size_t>::max();

// Where each fused event sits in time; an undated one takes the time of the
// nearest dated event its documents told before it.
std::vector<detail::Placement> place_events(const std::vector<detail::FusedEvent>& fused, const std::vector<Event>& obs,
                                            const std::vector<std::size_t>& cluster_of) {
  std::vector<detail::Placement> placed(fused.size());
  for (std::size_t c = 0; c < fused.size(); ++c) {
    placed[c].anchor = detail::anchor_of(fused[c].event);
    placed[c].sort_at = placed[c].anchor;
  }
  std::vector<std::optional<detail::Seconds>> told_after(placed.size());
  for (std::size_t begin = 0; begin < obs.size();) {
    std::size_t end = begin;
    while (end < obs.size() && obs[end].doc == obs[begin].doc) ++end;
    std::optional<detail::Seconds> last;
    for (std::size_t k = begin; k < end; ++k) {
      const std::size_t c = cluster_of[k];
      if (c == kNoCluster) continue;
      if (placed[c].anchor) {
        last = placed[c].anchor;
      } else if (last && (!told_after[c] || *last < *told_after[c])) {
        told_after[c] = last;
      }
    }
    begin = end;
  }
  for (std::size_t c = 0; c < placed.size(); ++c) {
    if (!placed[c].sort_at && told_after[c]) {
      placed[c].sort_at = told_after[c];
      placed[c].narrated_only = true;
    }
  }
  return placed;
}

}  // namespace

Timeline build_timeline(std::vector<Event> events, std::vector<StatedStay> stays, const TimelineOptions& options) {
  Timeline t;
  t.entity = options.entity;
  t.timezone = options.timezone;
  detail::canonicalize(events);
  detail::canonicalize(stays);
  t.observations = std::move(events);
  t.stays = std::move(stays);
  const auto& obs = t.observations;

  const auto scopes = detail::movement_scopes(obs);
  const auto clusters = detail::cluster_observations(obs, scopes);
  std::vector<std::size_t> cluster_of(obs.size(), kNoCluster);
  std::vector<detail::FusedEvent> fused;
  fused.reserve(clusters.size());
  detail::FusionScratch scratch;  // reused from cluster to cluster
  for (std::size_t c = 0; c < clusters.size(); ++c) {
    for (const auto i : clusters[c]) cluster_of[i] = c;
    fused.push_back(detail::fuse_cluster(obs, clusters[c], scopes, scratch));
  }
  detail::place_in_time(fused, obs, cluster_of);
  const auto placement = place_events(fused, obs, cluster_of);

  const bool filter = !options.entity.empty() || static_cast<bool>(options.matches_entity);
  std::vector<std::size_t> reported, planned;
  for (std::size_t c = 0; c < fused.size(); ++c) {
    if (filter && !detail::takes_part(fused[c].event, options)) continue;
    (fused[c].event.status == EventStatus::reported ? reported : planned).push_back(c);
  }
  detail::sort_in_time(fused, placement, reported);
  detail::sort_in_time(fused, placement, planned);
  t.window = detail::cut_window(fused, placement, reported, t.stays, options, t.events, t.context);
  t.plans.reserve(planned.size());
  std::size_t n = 1;
  for (const auto c : planned) {
    fused[c].event.id = fmt::format("p{}", n++);
    t.plans.push_back(std::move(fused[c].event));
  }
  return t;
}

Timeline merge_timelines(const std::vector<Timeline>& parts, const TimelineOptions& options) {
  std::vector<Event> events;
  std::vector<StatedStay> stays;
  std::size_t n_events = 0, n_stays = 0;
  for (const auto& p : parts) {
    n_events += p.observations.size();
    n_stays += p.stays.size();
  }
  events.reserve(n_events);
  stays.reserve(n_stays);
  for (const auto& p : parts) {
    events.insert(events.end(), p.observations.begin(), p.observations.end());
    stays.insert(stays.end(), p.stays.begin(), p.stays.end());
  }
  return build_timeline(std::move(events), std::move(stays), options);
}

}  // namespace ktimeline
