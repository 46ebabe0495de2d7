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
#include <utility>
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

// Two or more people, one side's list within the other's.
bool same_company(const ObservationFacts& a, const ObservationFacts& b) noexcept {
  return std::min(a.people.size(), b.people.size()) >= 2 && subset_people(a, b);
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

std::vector<ObservationFacts> observation_facts(const std::vector<Event>& canonical, const std::vector<MoveScope>& scopes) {
  std::vector<ObservationFacts> facts(canonical.size());
  StringInterner names(canonical.size() + 16);
  auto intern = [&names](std::string_view s) { return names.id(s); };
  for (std::size_t i = 0; i < canonical.size(); ++i) {
    const Event& e = canonical[i];
    ObservationFacts& f = facts[i];
    f.event = &e;
    f.index = i;
    f.doc = i > 0 && canonical[i - 1].doc == e.doc ? facts[i - 1].doc : (i > 0 ? facts[i - 1].doc + 1 : 0);
    f.type = e.type;
    f.status = e.status;
    f.scope = scopes[i];
    f.time = observed_start(e);
    if (e.start && e.start->grain == Grain::part_of_day) f.fuzz = kHour;
    f.people.reserve(e.participants.size() + 1);
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
  const TypeClass cls = class_of(a.type);
  if (cls != class_of(b.type)) return false;
  const bool same_type = a.type == b.type;
  const bool border = same_type && (a.type == EventType::arrive || a.type == EventType::depart) && crosses_border(a, b);
  if (!border && a.time.known && b.time.known) {
    // Cheap rejection first: beyond every tolerance below, nothing else matters.
    if (a.time.fine && b.time.fine) {
      const Seconds d = a.time.lo > b.time.lo ? a.time.lo - b.time.lo : b.time.lo - a.time.lo;
      if (d > kApproxTolerance) return false;
    } else if (gap(a.time, b.time) > a.fuzz + b.fuzz) {
      return false;
    }
  }
  const Event& ea = *a.event;
  const Event& eb = *b.event;
  if (a.doc == b.doc && related_in_document(ea, eb)) return false;

  if (border) {
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
  // Places are said at different precisions (`서울 중구` for the hotel,
  // `본사` for `서울 종로구`): the same two or more people at one gathering of
  // one type outweigh differently named places.
  if (!place_compatible(ea.place, eb.place) &&
      !(same_type && cls == TypeClass::gathering && same_company(a, b))) {
    return false;
  }
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

constexpr Seconds kAnyDay = std::numeric_limits<Seconds>::min();
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

Seconds floor_day(Seconds s) noexcept { return s >= 0 ? s / kDay : -((-s + kDay - 1) / kDay); }

// Which clusters have a member with a given (type class, person, day), or any
// day (kAnyDay). One open-addressing table of list heads and one flat array of
// list cells: no allocation per key, which matters at a million observations.
class ClusterIndex {
 public:
  /// Sizes the table for about `keys` keys and `cells` entries, so that it
  /// rarely grows (growing copies the table into fresh memory).
  void reserve(std::size_t keys, std::size_t cells) {
    std::size_t size = 1024;
    while (size < keys * 2) size *= 2;
    if (size > slots_.size()) {
      std::vector<Slot> old = std::move(slots_);
      slots_.assign(size, Slot{});
      for (const Slot& s : old) {
        if (s.head != kNone) find_slot(s.class_and_person, s.day) = s;
      }
    }
    cells_.reserve(cells);
  }

  void add(std::uint64_t class_and_person, Seconds day, std::uint32_t cluster) {
    if ((used_ + 1) * 2 > slots_.size()) grow();
    Slot& slot = find_slot(class_and_person, day);
    if (slot.head == kNone) {
      slot.class_and_person = class_and_person;
      slot.day = day;
      ++used_;
    } else if (cells_[slot.head].cluster == cluster) {
      return;  // already listed last
    }
    cells_.push_back(Cell{cluster, slot.head});
    slot.head = static_cast<std::uint32_t>(cells_.size() - 1);
  }

  template <class Visit>
  void for_each(std::uint64_t class_and_person, Seconds day, Visit visit) const {
    if (slots_.empty()) return;
    const Slot& slot = slots_[slot_index(class_and_person, day)];
    for (auto cell = slot.head; cell != kNone; cell = cells_[cell].next) visit(cells_[cell].cluster);
  }

 private:
  struct Slot {
    std::uint64_t class_and_person = 0;
    Seconds day = 0;
    std::uint32_t head = kNone;
  };
  struct Cell {
    std::uint32_t cluster;
    std::uint32_t next;
  };

  static std::size_t hash(std::uint64_t a, Seconds day) noexcept {
    std::uint64_t h = a * 0x9E3779B97F4A7C15ull ^ (static_cast<std::uint64_t>(day) + 0x632BE59BD9B4E019ull);
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    return static_cast<std::size_t>(h ^ (h >> 32));
  }

  // The slot that holds the key, or the empty slot where it would go.
  std::size_t slot_index(std::uint64_t a, Seconds day) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(a, day) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.head == kNone || (s.class_and_person == a && s.day == day)) return i;
    }
  }

  Slot& find_slot(std::uint64_t a, Seconds day) { return slots_[slot_index(a, day)]; }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    for (const Slot& s : old) {
      if (s.head != kNone) find_slot(s.class_and_person, s.day) = s;
    }
  }

  std::vector<Slot> slots_;
  std::vector<Cell> cells_;
  std::size_t used_ = 0;
};

// Processing rank: clock times seed clusters, then coarser and vaguer reports join them.
int rank_of(const ObservationFacts& f) noexcept {
  if (f.status == EventStatus::planned) return 4;
  if (!f.time.known) return 3;
  if (f.time.narrative) return 2;
  return f.time.fine ? 0 : 1;
}

class Clusterer {
 public:
  explicit Clusterer(const std::vector<ObservationFacts>& facts) : facts_(facts), next_(facts.size(), kNone) {}

  std::vector<std::vector<std::size_t>> run() {
    struct Key {
      int rank;
      Seconds lo;
      Seconds span;
      std::uint32_t index;
      bool operator<(const Key& o) const noexcept {
        return std::tie(rank, lo, span, index) < std::tie(o.rank, o.lo, o.span, o.index);
      }
    };
    std::vector<Key> order;
    order.reserve(facts_.size());
    for (std::size_t i = 0; i < facts_.size(); ++i) {
      const auto& f = facts_[i];
      if (f.status == EventStatus::denied) continue;
      order.push_back(Key{rank_of(f), f.time.lo, f.time.hi - f.time.lo, static_cast<std::uint32_t>(i)});
    }
    std::sort(order.begin(), order.end());
    // About one key per person and day an observation touches, plus one per person.
    std::size_t people = 0;
    for (const auto& f : facts_) people += std::max<std::size_t>(f.people.size(), 1);
    index_.reserve(people * 2, people * 3);
    clusters_.reserve(facts_.size() / 2);
    seen_.reserve(facts_.size() / 2);
    for (const auto& k : order) place(k.index);
    std::vector<std::vector<std::size_t>> out(clusters_.size());
    for (std::size_t c = 0; c < clusters_.size(); ++c) {
      out[c].reserve(clusters_[c].size);
      for (auto m = clusters_[c].head; m != kNone; m = next_[m]) out[c].push_back(m);
      std::sort(out[c].begin(), out[c].end());
    }
    return out;
  }

 private:
  struct Cluster {
    std::uint32_t head = kNone;  // members as a list through next_
    std::uint32_t tail = kNone;
    std::uint32_t size = 0;
    bool reported = false;
  };

  // The index keys of an observation: per person, each day its time touches
  // (widened by `slack` for a query), or kAnyDay when it has no usable time.
  template <class Visit>
  void for_each_key(const ObservationFacts& f, Seconds slack, Visit visit) const {
    const auto cls = static_cast<std::uint64_t>(class_of(f.type)) << 32;
    const bool by_day = f.time.known && f.time.hi - f.time.lo <= kLongestIndexedUnit;
    auto per_person = [&](std::uint64_t cp) {
      if (!by_day) {
        visit(cp, kAnyDay);
        return;
      }
      for (Seconds d = floor_day(f.time.lo - slack); d <= floor_day(f.time.hi + slack); ++d) visit(cp, d);
    };
    if (f.people.empty()) per_person(cls | kNobody);
    for (const auto p : f.people) per_person(cls | p);
  }

  template <class Visit>
  void for_each_person_key(const ObservationFacts& f, Visit visit) const {
    const auto cls = static_cast<std::uint64_t>(class_of(f.type)) << 32;
    if (f.people.empty()) visit(cls | kNobody);
    for (const auto p : f.people) visit(cls | p);
  }

  // Every cluster by person alone (kAnyDay), for the few observations that have
  // no usable time; built on first need, then kept up to date by add_to.
  void build_any_day_lists() {
    if (any_day_lists_) return;
    any_day_lists_ = true;
    for (std::uint32_t c = 0; c < clusters_.size(); ++c) {
      for_each_member(c, [&](const ObservationFacts& m) {
        for_each_person_key(m, [&](std::uint64_t cp) { index_.add(cp, kAnyDay, c); });
      });
    }
  }

  void collect_candidates(const ObservationFacts& f) {
    candidates_.clear();
    ++stamp_;
    const TypeClass cls = class_of(f.type);
    // Border crossings may be 12 h apart; other reports of one event within about 2 h.
    const Seconds slack = cls == TypeClass::movement || cls == TypeClass::departure ? kBorderCrossingGap + 2 * kHour
                                                                                  : 2 * kHour;
    const bool by_day = f.time.known && f.time.hi - f.time.lo <= kLongestIndexedUnit;
    if (!by_day) build_any_day_lists();
    auto take = [&](std::uint64_t cp, Seconds day) {
      index_.for_each(cp, day, [&](std::uint32_t c) {
        if (seen_[c] != stamp_) {
          seen_[c] = stamp_;
          candidates_.push_back(c);
        }
      });
    };
    if (by_day) for_each_key(f, slack, take);
    else for_each_person_key(f, [&](std::uint64_t cp) { take(cp, kAnyDay); });
    std::sort(candidates_.begin(), candidates_.end());
  }

  void add_to(std::uint32_t c, std::uint32_t i) {
    Cluster& cluster = clusters_[c];
    if (cluster.tail == kNone) cluster.head = i;
    else next_[cluster.tail] = i;
    cluster.tail = i;
    ++cluster.size;
    cluster.reported = cluster.reported || facts_[i].status == EventStatus::reported;
    for_each_key(facts_[i], 0, [&](std::uint64_t cp, Seconds day) { index_.add(cp, day, c); });
    if (any_day_lists_ && facts_[i].time.known && facts_[i].time.hi - facts_[i].time.lo <= kLongestIndexedUnit) {
      for_each_person_key(facts_[i], [&](std::uint64_t cp) { index_.add(cp, kAnyDay, c); });
    }
  }

  void create(std::uint32_t i) {
    clusters_.emplace_back();
    seen_.push_back(0);
    add_to(static_cast<std::uint32_t>(clusters_.size() - 1), i);
  }

  template <class Visit>
  void for_each_member(std::uint32_t c, Visit visit) const {
    for (auto m = clusters_[c].head; m != kNone; m = next_[m]) visit(facts_[m]);
  }

  bool fits_all(std::uint32_t c, const ObservationFacts& f) const {
    bool fits = true;
    for_each_member(c, [&](const ObservationFacts& other) {
      if (fits && other.status == EventStatus::reported) fits = compatible(f, other);
    });
    return fits;
  }

  // Higher is better: shares the type, closest in time, most shared people, created first.
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
    std::vector<bool> met(f.people.size(), false);  // which of f's people a reported member names
    for_each_member(c, [&](const ObservationFacts& other) {
      if (other.status != EventStatus::reported) return;
      if (other.type == f.type) s.same_type = 1;
      if (f.time.known && other.time.known) s.distance = std::min(s.distance, gap(f.time, other.time));
      for (std::size_t k = 0; k < f.people.size(); ++k) {
        met[k] = met[k] || std::binary_search(other.people.begin(), other.people.end(), f.people[k]);
      }
    });
    s.shared = static_cast<std::size_t>(std::count(met.begin(), met.end(), true));
    return s;
  }

  void place(std::uint32_t i) {
    const auto& f = facts_[i];
    collect_candidates(f);
    const bool planned = f.status == EventStatus::planned;
    bool found = false;
    Score best;
    auto consider = [&](std::uint32_t c) {
      const Score s = score(c, f);
      if (!found || s.better_than(best)) {
        best = s;
        found = true;
      }
    };
    if (planned) {
      // A plan folds into the reported event it announced, as a source only.
      for (const auto c : candidates_) {
        if (!clusters_[c].reported) continue;
        bool matches = false;
        for_each_member(c, [&](const ObservationFacts& m) {
          matches = matches || (m.status == EventStatus::reported && plan_matches(f, m));
        });
        if (matches) consider(c);
      }
      if (!found) {
        // Otherwise plans of one event still group together.
        for (const auto c : candidates_) {
          if (clusters_[c].reported) continue;
          bool fits = true;
          for_each_member(c, [&](const ObservationFacts& m) { fits = fits && compatible(f, m); });
          if (fits) consider(c);
        }
      }
    } else {
      for (const auto c : candidates_) {
        if (clusters_[c].reported && fits_all(c, f)) consider(c);
      }
    }
    if (found) add_to(best.cluster, i);
    else create(i);
  }

  const std::vector<ObservationFacts>& facts_;
  std::vector<std::uint32_t> next_;  // next member of the same cluster, per observation
  std::vector<Cluster> clusters_;
  ClusterIndex index_;
  std::vector<std::uint32_t> seen_;
  std::vector<std::uint32_t> candidates_;
  std::uint32_t stamp_ = 0;
  bool any_day_lists_ = false;
};

}  // namespace

std::vector<std::vector<std::size_t>> cluster_observations(const std::vector<Event>& canonical,
                                                           const std::vector<MoveScope>& scopes) {
  const auto facts = observation_facts(canonical, scopes);
  return Clusterer{facts}.run();
}

}  // namespace detail
}  // namespace ktimeline
