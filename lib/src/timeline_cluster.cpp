// Clustering: which observations report the same real event.
//
// Candidates come from an index keyed by (type class, participant, day), so an
// observation is only compared with clusters that share a person and lie near
// it in time: near-linear in the number of observations. Observations are
// processed in a canonical order (clock times first, then coarser units, then
// undated reports, then plans) and join the best cluster whose every member
// they are compatible with; ties fall to the cluster created first, which the
// canonical order makes a matter of content alone.
#include <algorithm>
#include <cstdint>
#include <limits>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "ktimeline/detail/timeline_cluster.hpp"

namespace ktimeline {
namespace detail {

namespace {

constexpr Seconds kMinute = 60;
constexpr Seconds kHour = 3600;
constexpr Seconds kDay = 86400;
// Two clock times of one event may differ this much when either is approximate (께, 약).
constexpr Seconds kApproxTolerance = 45 * kMinute;
// ... and this much when both are stated exactly (reporters round differently).
constexpr Seconds kExactTolerance = 15 * kMinute;
// Events of different types are the same event only when stated at nearly one time.
constexpr Seconds kCrossTypeTolerance = 15 * kMinute;
// A person crosses a border once per visit: two reports of it within this gap are one event.
constexpr Seconds kBorderCrossingGap = 12 * kHour;
// Units longer than this are not indexed by day; they are found through the person alone.
constexpr Seconds kLongestIndexedUnit = 400 * kDay;
constexpr std::uint32_t kNobody = std::numeric_limits<std::uint32_t>::max();

enum class TypeClass : std::uint8_t { movement, departure, gathering, other };

TypeClass class_of(EventType t) noexcept {
  switch (t) {
    case EventType::arrive:
    case EventType::move: return TypeClass::movement;
    case EventType::depart: return TypeClass::departure;
    case EventType::meet:
    case EventType::meal:
    case EventType::attend:
    case EventType::announce: return TypeClass::gathering;
    case EventType::other: break;
  }
  return TypeClass::other;
}

std::size_t overlap(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) noexcept {
  std::size_t n = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else { ++n; ++i; ++j; }
  }
  return n;
}

bool place_compatible(std::string_view a, std::string_view b) noexcept {
  if (a.empty() || b.empty() || a == b) return true;
  // "서초사옥" and "삼성전자 서초사옥" name one place at two precisions.
  return a.find(b) != std::string_view::npos || b.find(a) != std::string_view::npos;
}

bool same_place(std::string_view a, std::string_view b) noexcept {
  return !a.empty() && !b.empty() && place_compatible(a, b);
}

// Participants: any shared person for movements (the movers); for gatherings,
// one side's list within the other's, or two shared people, since the subject
// alone (who is in every event of a visit) says nothing.
bool people_compatible(const ObservationFacts& a, const ObservationFacts& b, bool gathering) noexcept {
  const Event& ea = *a.event;
  const Event& eb = *b.event;
  if (a.people.empty() || b.people.empty()) {
    return a.people.empty() && b.people.empty() ? true : same_place(ea.place, eb.place);
  }
  const std::size_t shared = overlap(a.people, b.people);
  if (shared == 0) return false;
  if (!gathering) return true;
  return shared == a.people.size() || shared == b.people.size() || shared >= 2;
}

bool subset_people(const ObservationFacts& a, const ObservationFacts& b) noexcept {
  const std::size_t shared = overlap(a.people, b.people);
  return shared > 0 && (shared == a.people.size() || shared == b.people.size());
}

Seconds gap(const ObservedTime& a, const ObservedTime& b) noexcept {
  if (a.hi < b.lo) return b.lo - a.hi;
  if (b.hi < a.lo) return a.lo - b.hi;
  return 0;
}

bool times_compatible(const ObservationFacts& a, const ObservationFacts& b) noexcept {
  const ObservedTime& ta = a.time;
  const ObservedTime& tb = b.time;
  if (!ta.known || !tb.known) return true;
  if (ta.fine && tb.fine) {
    const Seconds d = ta.lo > tb.lo ? ta.lo - tb.lo : tb.lo - ta.lo;
    return d <= ((ta.approx || tb.approx) ? kApproxTolerance : kExactTolerance);
  }
  // A unit (day, part of day, narrative span) must contain the other's time,
  // give or take the looseness of a part of day's edges.
  return gap(ta, tb) <= a.fuzz + b.fuzz;
}

bool related_in_document(const Event& a, const Event& b) noexcept {
  if (a.doc != b.doc) return false;
  for (const auto& r : a.relations) {
    if (r.other == b.index) return true;
  }
  for (const auto& r : b.relations) {
    if (r.other == a.index) return true;
  }
  return false;
}

bool crosses_border(const ObservationFacts& a, const ObservationFacts& b) noexcept {
  const bool either = a.scope == MoveScope::country || b.scope == MoveScope::country;
  return either && a.scope != MoveScope::site && b.scope != MoveScope::site;
}

}  // namespace

std::vector<ObservationFacts> observation_facts(const std::vector<Event>& canonical) {
  std::vector<ObservationFacts> facts(canonical.size());
  std::unordered_map<std::string_view, std::uint32_t> names;
  auto intern = [&names](std::string_view s) {
    return names.emplace(s, static_cast<std::uint32_t>(names.size())).first->second;
  };
  for (std::size_t i = 0; i < canonical.size(); ++i) {
    const Event& e = canonical[i];
    ObservationFacts& f = facts[i];
    f.event = &e;
    f.index = i;
    f.scope = movement_scope(e);
    f.time = observed_start(e);
    if (e.start && e.start->grain == Grain::part_of_day) f.fuzz = kHour;
    if (!e.subject.empty()) f.people.push_back(intern(e.subject));
    for (const auto& p : e.participants) {
      if (!p.empty()) f.people.push_back(intern(p));
    }
    std::sort(f.people.begin(), f.people.end());
    f.people.erase(std::unique(f.people.begin(), f.people.end()), f.people.end());
  }
  // Narrative bounds: a document's events are contiguous and in narrative order.
  for (std::size_t begin = 0; begin < canonical.size();) {
    std::size_t end = begin;
    while (end < canonical.size() && canonical[end].doc == canonical[begin].doc) ++end;
    auto dated = [&](std::size_t k) {
      return canonical[k].status == EventStatus::reported && facts[k].time.known && !facts[k].time.narrative;
    };
    std::vector<std::size_t> next_dated(end - begin, end);
    for (std::size_t k = end; k-- > begin;) {
      next_dated[k - begin] = dated(k) ? k : (k + 1 < end ? next_dated[k + 1 - begin] : end);
    }
    std::size_t previous = end;
    for (std::size_t k = begin; k < end; ++k) {
      const bool was_dated = dated(k);
      if (!was_dated && !facts[k].time.known && canonical[k].status == EventStatus::reported && previous != end &&
          k + 1 < end && next_dated[k + 1 - begin] != end) {
        const ObservedTime& before = facts[previous].time;
        const ObservedTime& after = facts[next_dated[k + 1 - begin]].time;
        if (before.lo <= after.hi) {
          ObservedTime& t = facts[k].time;
          t.known = true;
          t.narrative = true;
          t.lo = before.lo;
          t.hi = after.hi;
        }
      }
      if (was_dated) previous = k;
    }
    begin = end;
  }
  return facts;
}

bool compatible(const ObservationFacts& a, const ObservationFacts& b) {
  const Event& ea = *a.event;
  const Event& eb = *b.event;
  const TypeClass cls = class_of(ea.type);
  if (cls != class_of(eb.type)) return false;
  if (related_in_document(ea, eb)) return false;
  const bool same_type = ea.type == eb.type;

  if (same_type && (ea.type == EventType::arrive || ea.type == EventType::depart) && crosses_border(a, b)) {
    // One border crossing per person and visit: differing times are a conflict, not two events.
    if (!people_compatible(a, b, false)) return false;
    return !a.time.known || !b.time.known || gap(a.time, b.time) <= kBorderCrossingGap;
  }
  const bool moves = cls == TypeClass::movement || cls == TypeClass::departure;
  if (moves && ((a.scope == MoveScope::country && b.scope == MoveScope::site) ||
                (a.scope == MoveScope::site && b.scope == MoveScope::country))) {
    return false;  // entering the country and reaching a venue are two events
  }
  if (!people_compatible(a, b, cls == TypeClass::gathering || cls == TypeClass::other)) return false;
  if (!place_compatible(ea.place, eb.place)) return false;
  if (same_type) return times_compatible(a, b);

  if (cls == TypeClass::movement) {
    // A move to a place and the arrival there are one event; neither may be a border crossing.
    if (a.scope == MoveScope::country || b.scope == MoveScope::country) return false;
    return same_place(ea.place, eb.place) && times_compatible(a, b);
  }
  // Different gatherings (a briefing and a talk) are one event only when the
  // same people are stated at nearly the same clock time.
  if (!a.time.fine || !b.time.fine || a.time.narrative || b.time.narrative) return false;
  if (!subset_people(a, b)) return false;
  const Seconds d = a.time.lo > b.time.lo ? a.time.lo - b.time.lo : b.time.lo - a.time.lo;
  return d <= kCrossTypeTolerance;
}

bool plan_matches(const ObservationFacts& plan, const ObservationFacts& reported) {
  const Event& p = *plan.event;
  const Event& r = *reported.event;
  if (p.type != r.type || !plan.time.known || !reported.time.known) return false;
  if (plan.people.empty() || reported.people.empty() || overlap(plan.people, reported.people) == 0) return false;
  if (class_of(p.type) == TypeClass::gathering && !people_compatible(plan, reported, true)) return false;
  if (!place_compatible(p.place, r.place)) return false;
  // The same date: the calendar days the two spans touch overlap.
  auto day_of = [](Seconds s) { return s >= 0 ? s / kDay : -((-s + kDay - 1) / kDay); };
  const Seconds plan_last = plan.time.hi > plan.time.lo && !plan.time.fine ? plan.time.hi - 1 : plan.time.hi;
  const Seconds report_last = reported.time.hi > reported.time.lo && !reported.time.fine ? reported.time.hi - 1 : reported.time.hi;
  return day_of(plan.time.lo) <= day_of(report_last) && day_of(reported.time.lo) <= day_of(plan_last);
}

namespace {

struct IndexKey {
  std::uint64_t class_and_person;
  Seconds day;  // kAnyDay: the list of every cluster of that class and person
  friend bool operator==(const IndexKey& a, const IndexKey& b) noexcept {
    return a.class_and_person == b.class_and_person && a.day == b.day;
  }
};
constexpr Seconds kAnyDay = std::numeric_limits<Seconds>::min();

struct IndexKeyHash {
  std::size_t operator()(const IndexKey& k) const noexcept {
    std::uint64_t h = k.class_and_person * 0x9E3779B97F4A7C15ull;
    h ^= static_cast<std::uint64_t>(k.day) + 0x7F4A7C159E3779B9ull + (h << 6) + (h >> 2);
    return static_cast<std::size_t>(h ^ (h >> 31));
  }
};

Seconds floor_day(Seconds s) noexcept { return s >= 0 ? s / kDay : -((-s + kDay - 1) / kDay); }

struct Cluster {
  std::vector<std::uint32_t> members;  // observation indices
  std::vector<std::uint32_t> people;   // union of the reported members' people
  bool reported = false;
};

// Processing rank: clock times seed clusters, then coarser and vaguer reports join them.
int rank_of(const ObservationFacts& f) noexcept {
  if (f.event->status == EventStatus::planned) return 4;
  if (!f.time.known) return 3;
  if (f.time.narrative) return 2;
  return f.time.fine ? 0 : 1;
}

class Clusterer {
 public:
  explicit Clusterer(const std::vector<ObservationFacts>& facts) : facts_(facts) {}

  std::vector<std::vector<std::size_t>> run() {
    std::vector<std::uint32_t> order;
    order.reserve(facts_.size());
    for (std::size_t i = 0; i < facts_.size(); ++i) {
      if (facts_[i].event->status != EventStatus::denied) order.push_back(static_cast<std::uint32_t>(i));
    }
    std::sort(order.begin(), order.end(), [this](std::uint32_t a, std::uint32_t b) {
      const auto& fa = facts_[a];
      const auto& fb = facts_[b];
      const auto ka = std::make_tuple(rank_of(fa), fa.time.lo, fa.time.hi - fa.time.lo, a);
      const auto kb = std::make_tuple(rank_of(fb), fb.time.lo, fb.time.hi - fb.time.lo, b);
      return ka < kb;
    });
    for (const auto i : order) place(i);
    std::vector<std::vector<std::size_t>> out;
    out.reserve(clusters_.size());
    for (auto& c : clusters_) {
      std::sort(c.members.begin(), c.members.end());
      out.emplace_back(c.members.begin(), c.members.end());
    }
    return out;
  }

 private:
  template <class Visit>
  void for_each_key(const ObservationFacts& f, Seconds slack, bool query, Visit visit) const {
    const auto cls = static_cast<std::uint64_t>(class_of(f.event->type)) << 32;
    const bool by_day = f.time.known && f.time.hi - f.time.lo <= kLongestIndexedUnit;
    auto each_person = [&](auto&& per_person) {
      if (f.people.empty()) per_person(cls | kNobody);
      for (const auto p : f.people) per_person(cls | p);
    };
    each_person([&](std::uint64_t cp) {
      if (!by_day || (query && !f.time.known)) {
        visit(IndexKey{cp, kAnyDay});
        return;
      }
      if (!query) visit(IndexKey{cp, kAnyDay});
      for (Seconds d = floor_day(f.time.lo - slack); d <= floor_day(f.time.hi + slack); ++d) visit(IndexKey{cp, d});
    });
  }

  void collect_candidates(const ObservationFacts& f, std::vector<std::uint32_t>& out) {
    out.clear();
    ++stamp_;
    for_each_key(f, kBorderCrossingGap + 2 * kHour, true, [&](const IndexKey& key) {
      const auto it = index_.find(key);
      if (it == index_.end()) return;
      for (const auto c : it->second) {
        if (seen_[c] != stamp_) {
          seen_[c] = stamp_;
          out.push_back(c);
        }
      }
    });
    std::sort(out.begin(), out.end());
  }

  void add_to(std::uint32_t c, std::uint32_t i) {
    const auto& f = facts_[i];
    Cluster& cluster = clusters_[c];
    cluster.members.push_back(i);
    if (f.event->status == EventStatus::reported) {
      cluster.reported = true;
      std::vector<std::uint32_t> merged;
      std::set_union(cluster.people.begin(), cluster.people.end(), f.people.begin(), f.people.end(),
                     std::back_inserter(merged));
      cluster.people.swap(merged);
    }
    for_each_key(f, 0, false, [&](const IndexKey& key) {
      auto& list = index_[key];
      if (list.empty() || list.back() != c) list.push_back(c);
    });
  }

  std::uint32_t create(std::uint32_t i) {
    clusters_.emplace_back();
    seen_.push_back(0);
    const auto c = static_cast<std::uint32_t>(clusters_.size() - 1);
    add_to(c, i);
    return c;
  }

  bool fits_all(const Cluster& c, const ObservationFacts& f) const {
    for (const auto m : c.members) {
      const auto& other = facts_[m];
      if (other.event->status != EventStatus::reported) continue;
      if (!compatible(f, other)) return false;
    }
    return true;
  }

  // Higher is better: shares the type, closest clock time, most shared people, created first.
  struct Score {
    int same_type = 0;
    Seconds distance = std::numeric_limits<Seconds>::max();
    std::size_t shared = 0;
    std::uint32_t cluster = 0;
    bool better_than(const Score& o) const noexcept {
      if (same_type != o.same_type) return same_type > o.same_type;
      if (distance != o.distance) return distance < o.distance;
      if (shared != o.shared) return shared > o.shared;
      return cluster < o.cluster;
    }
  };

  Score score(std::uint32_t c, const ObservationFacts& f) const {
    Score s;
    s.cluster = c;
    s.shared = overlap(clusters_[c].people, f.people);
    for (const auto m : clusters_[c].members) {
      const auto& other = facts_[m];
      if (other.event->status != EventStatus::reported) continue;
      if (other.event->type == f.event->type) s.same_type = 1;
      if (f.time.known && other.time.known) {
        const Seconds d = gap(f.time, other.time);
        s.distance = std::min(s.distance, d);
      }
    }
    return s;
  }

  void place(std::uint32_t i) {
    const auto& f = facts_[i];
    collect_candidates(f, candidates_);
    const bool planned = f.event->status == EventStatus::planned;
    bool found = false;
    Score best;
    if (planned) {
      // A plan folds into the reported event it announced, as a source only.
      for (const auto c : candidates_) {
        if (!clusters_[c].reported) continue;
        bool matches = false;
        for (const auto m : clusters_[c].members) {
          if (facts_[m].event->status == EventStatus::reported && plan_matches(f, facts_[m])) {
            matches = true;
            break;
          }
        }
        if (!matches) continue;
        const Score s = score(c, f);
        if (!found || s.better_than(best)) { best = s; found = true; }
      }
      if (!found) {
        // Otherwise plans of one event still group together.
        for (const auto c : candidates_) {
          if (clusters_[c].reported) continue;
          bool fits = true;
          for (const auto m : clusters_[c].members) fits = fits && compatible(f, facts_[m]);
          if (!fits) continue;
          const Score s = score(c, f);
          if (!found || s.better_than(best)) { best = s; found = true; }
        }
      }
    } else {
      for (const auto c : candidates_) {
        if (!clusters_[c].reported || !fits_all(clusters_[c], f)) continue;
        const Score s = score(c, f);
        if (!found || s.better_than(best)) { best = s; found = true; }
      }
    }
    if (found) add_to(best.cluster, i);
    else create(i);
  }

  const std::vector<ObservationFacts>& facts_;
  std::vector<Cluster> clusters_;
  std::unordered_map<IndexKey, std::vector<std::uint32_t>, IndexKeyHash> index_;
  std::vector<std::uint32_t> seen_;
  std::vector<std::uint32_t> candidates_;
  std::uint32_t stamp_ = 0;
};

}  // namespace

std::vector<std::vector<std::size_t>> cluster_observations(const std::vector<Event>& canonical) {
  const auto facts = observation_facts(canonical);
  return Clusterer{facts}.run();
}

}  // namespace detail
}  // namespace ktimeline
