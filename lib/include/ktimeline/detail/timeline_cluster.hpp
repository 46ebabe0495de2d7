#pragma once
// Internals of the timeline: which observations are reports of the same real
// event. Compatibility is decided pair by pair (type, participants, place,
// time); clusters grow greedily in a canonical order of content, so the
// result depends only on what the observations say.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "ktimeline/detail/timeline_observation.hpp"
#include "ktimeline/event.hpp"

namespace ktimeline {
namespace detail {

/// A short sorted list of interned names, held inline up to kInline names (an
/// event names few people), so that a million observations do not allocate a
/// million small vectors; longer lists spill to the heap.
///   PeopleList p; p.assign({3, 7}); p.size() == 2 && p[1] == 7
class PeopleList {
 public:
  static constexpr std::size_t kInline = 6;
  /// Replaces the list with `names` (sorted and distinct by the caller).
  void assign(const std::vector<std::uint32_t>& names) {
    count_ = static_cast<std::uint32_t>(names.size());
    spill_.clear();
    if (names.size() <= kInline) std::copy(names.begin(), names.end(), inline_);
    else spill_ = names;
  }
  const std::uint32_t* begin() const noexcept { return count_ <= kInline ? inline_ : spill_.data(); }
  const std::uint32_t* end() const noexcept { return begin() + count_; }
  std::size_t size() const noexcept { return count_; }
  bool empty() const noexcept { return count_ == 0; }
  std::uint32_t operator[](std::size_t i) const noexcept { return begin()[i]; }
  friend bool operator==(const PeopleList& a, const PeopleList& b) noexcept {
    return a.count_ == b.count_ && std::equal(a.begin(), a.end(), b.begin());
  }
  friend bool operator!=(const PeopleList& a, const PeopleList& b) noexcept { return !(a == b); }

 private:
  std::uint32_t count_ = 0;
  std::uint32_t inline_[kInline] = {};
  std::vector<std::uint32_t> spill_;
};

/// What clustering needs to know about one observation, computed once.
struct ObservationFacts {
  const Event* event = nullptr;
  std::size_t index = 0;              // position in the canonical observation list
  std::uint32_t doc = 0;              // the document, numbered in canonical order
  EventType type = EventType::other;  // copies of the event's, kept here for the hot loop
  EventStatus status = EventStatus::reported;
  MoveScope scope = MoveScope::unknown;
  ObservedTime time;                  // stated, or narrative bounds for an undated report
  Seconds fuzz = 0;                   // how loosely the unit's edges are meant (parts of day)
  PeopleList people;                  // interned participant and subject names, sorted, unique
};

/// Facts for every observation of a canonical list (see canonicalize). An
/// undated report that its document narrates between two dated ones gets
/// their span as narrative bounds.
/// `scopes` are movement_scopes(canonical).
///   auto facts = observation_facts(observations, movement_scopes(observations));
std::vector<ObservationFacts> observation_facts(const std::vector<Event>& canonical, const std::vector<MoveScope>& scopes);

/// True when two reported observations may be the same real event.
///   compatible(facts[0], facts[1])
bool compatible(const ObservationFacts& a, const ObservationFacts& b);

/// True when a planned event (`만날 예정이다`) is announced for what a reported
/// one did: the same type, overlapping participants, the same date.
///   plan_matches(plan, report)
bool plan_matches(const ObservationFacts& plan, const ObservationFacts& reported);

/// Groups the observations of a canonical list into real events: each inner
/// list holds observation indices, ascending. Denied events are left out.
///   auto clusters = cluster_observations(observations, movement_scopes(observations));
std::vector<std::vector<std::size_t>> cluster_observations(const std::vector<Event>& canonical,
                                                           const std::vector<MoveScope>& scopes);

}  // namespace detail
}  // namespace ktimeline
