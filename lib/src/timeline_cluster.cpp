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
#include <optional>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "ktimeline/detail/timeline_cluster.hpp"

namespace ktimeline {
namespace detail {

namespace {

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

std::size_t overlap(const PeopleList& a, const PeopleList& b) noexcept {
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

// What compatibility reads of an observation besides its document: the kind
// (type, scope), the time, the people and the place. Kept as separate pieces
// so that a big cluster can be checked piece by piece (see ClusterSummary).
struct Traits {
  EventType type = EventType::other;
  MoveScope scope = MoveScope::unknown;
  const ObservedTime* time = nullptr;
  Seconds fuzz = 0;
  const PeopleList* people = nullptr;
  std::string_view place;
};

Traits traits_of(const ObservationFacts& f) noexcept {
  return Traits{f.type, f.scope, &f.time, f.fuzz, &f.people, f.event->place};
}

// Participants: any shared person for movements (the movers); for gatherings,
// one side's list within the other's, or two shared people, since the subject
// alone (who is in every event of a visit) says nothing.
bool people_compatible(const Traits& a, const Traits& b, bool gathering) noexcept {
  if (a.people->empty() || b.people->empty()) {
    return a.people->empty() && b.people->empty() ? true : same_place(a.place, b.place);
  }
  const std::size_t shared = overlap(*a.people, *b.people);
  if (shared == 0) return false;
  if (!gathering) return true;
  return shared == a.people->size() || shared == b.people->size() || shared >= 2;
}

bool subset_people(const PeopleList& a, const PeopleList& b) noexcept {
  const std::size_t shared = overlap(a, b);
  return shared > 0 && (shared == a.size() || shared == b.size());
}

// Two or more people, one side's list within the other's.
bool same_company(const PeopleList& a, const PeopleList& b) noexcept {
  return std::min(a.size(), b.size()) >= 2 && subset_people(a, b);
}

// The number of the calendar day a second falls on.
Seconds floor_day(Seconds s) noexcept { return s >= 0 ? s / kDay : -((-s + kDay - 1) / kDay); }

Seconds gap(const ObservedTime& a, const ObservedTime& b) noexcept {
  if (a.hi < b.lo) return b.lo - a.hi;
  if (b.hi < a.lo) return a.lo - b.hi;
  return 0;
}

bool times_compatible(const Traits& a, const Traits& b) noexcept {
  const ObservedTime& ta = *a.time;
  const ObservedTime& tb = *b.time;
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

// Two reports that each say a border is crossed (`입국`, an airport): one
// crossing per person and visit, whatever times they state (a caption's `오후`
// against the body's 23:00). A report of unknown reach (`도착`, `찾은`, a city
// `방문`) may be the crossing too, but where both state clock times those must
// agree as for any two reports of one event: an arrival at a cemetery at 17:00
// is not the airport arrival at 15:30. (Places are not compared: `부산` and
// `김해공항` name one arrival at two scales.)
bool crosses_border(const Traits& a, const Traits& b) noexcept {
  if (a.scope == MoveScope::country && b.scope == MoveScope::country) return true;
  const bool one = a.scope == MoveScope::country || b.scope == MoveScope::country;
  if (!one || a.scope == MoveScope::site || b.scope == MoveScope::site) return false;
  const ObservedTime& ta = *a.time;
  const ObservedTime& tb = *b.time;
  if (!(ta.known && tb.known && ta.fine && tb.fine)) return true;
  const Seconds d = ta.lo > tb.lo ? ta.lo - tb.lo : tb.lo - ta.lo;
  return d <= kApproxTolerance;
}

// compatible() without the document check: a conjunction of conditions, each
// on the kinds and on one of: the other side's time, its people, or its people
// and place together (a gathering's people may outweigh its place; the people
// condition reads the places only when a side names nobody).
bool compatible_content(const Traits& a, const Traits& b) noexcept {
  const TypeClass cls = class_of(a.type);
  if (cls != class_of(b.type)) return false;
  const bool same_type = a.type == b.type;
  const bool border = same_type && (a.type == EventType::arrive || a.type == EventType::depart) && crosses_border(a, b);
  const ObservedTime& ta = *a.time;
  const ObservedTime& tb = *b.time;
  if (!border && ta.known && tb.known) {
    // Cheap rejection first: beyond every tolerance below, nothing else matters.
    if (ta.fine && tb.fine) {
      const Seconds d = ta.lo > tb.lo ? ta.lo - tb.lo : tb.lo - ta.lo;
      if (d > kApproxTolerance) return false;
    } else if (gap(ta, tb) > a.fuzz + b.fuzz) {
      return false;
    }
  }
  if (border) {
    // One border crossing per person and visit: differing times are a conflict, not two events.
    if (!people_compatible(a, b, false)) return false;
    return !ta.known || !tb.known || gap(ta, tb) <= kBorderCrossingGap;
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
  if (!place_compatible(a.place, b.place) &&
      !(same_type && cls == TypeClass::gathering && same_company(*a.people, *b.people))) {
    return false;
  }
  if (same_type) return times_compatible(a, b);

  if (cls == TypeClass::movement) {
    // A move to a place and the arrival there are one event; neither may be a border crossing.
    if (a.scope == MoveScope::country || b.scope == MoveScope::country) return false;
    return same_place(a.place, b.place) && times_compatible(a, b);
  }
  // Different gatherings (a briefing and a talk) are one event only when the
  // same people are stated at nearly the same clock time.
  if (!ta.fine || !tb.fine || ta.narrative || tb.narrative) return false;
  if (!subset_people(*a.people, *b.people)) return false;
  const Seconds d = ta.lo > tb.lo ? ta.lo - tb.lo : tb.lo - ta.lo;
  return d <= kCrossTypeTolerance;
}

// How far back a report may lie and still be the day a document is about:
// older dated reports are recalled facts (`지난해 6월`), not its story.
constexpr Seconds kStoryReach = 7 * kDay;

// The day a document's undated reports are taken to lie on. News tells the
// day it is about last, and an article is about its own days: the latest day
// a dated report (of a day or finer) lies on, among those on or within a week
// before the document's reference date; failing those, the reference date
// itself. A document with no reference of a day or finer (an old evidence
// file, a month-grain collection date) keeps the latest day of its reports.
// `dated(k)` says whether observation k states its own time.
template <class Dated>
std::optional<Seconds> document_day(const std::vector<Event>& canonical, const std::vector<ObservationFacts>& facts,
                                    std::size_t begin, std::size_t end, Dated dated) {
  std::optional<Seconds> reference;
  for (std::size_t k = begin; k < end && !reference; ++k) {
    const auto& r = canonical[k].reference;
    if (r && r->date_known && r->grain >= Grain::day) reference = floor_day(seconds_of(r->start));
  }
  std::optional<Seconds> latest;
  for (std::size_t k = begin; k < end; ++k) {
    if (!dated(k) || facts[k].time.hi - facts[k].time.lo > kDay) continue;
    const Seconds day = floor_day(facts[k].time.lo);
    if (reference && (day > *reference || day < *reference - kStoryReach / kDay)) continue;
    if (!latest || day > *latest) latest = day;
  }
  return latest ? latest : reference;
}

}  // namespace

std::vector<ObservationFacts> observation_facts(const std::vector<Event>& canonical, const std::vector<MoveScope>& scopes) {
  std::vector<ObservationFacts> facts(canonical.size());
  StringInterner names(canonical.size() + 16);
  auto intern = [&names](std::string_view s) { return names.id(s); };
  std::vector<std::uint32_t> people;  // one observation's names, reused
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
    people.clear();
    if (!e.subject.empty()) people.push_back(intern(e.subject));
    for (const auto& p : e.participants) {
      if (!p.empty()) people.push_back(intern(p));
    }
    std::sort(people.begin(), people.end());
    people.erase(std::unique(people.begin(), people.end()), people.end());
    f.people.assign(people);
  }
  // Narrative bounds: a document's events are contiguous and in narrative order.
  std::vector<std::size_t> next_dated;  // reused from document to document
  for (std::size_t begin = 0; begin < canonical.size();) {
    std::size_t end = begin;
    while (end < canonical.size() && canonical[end].doc == canonical[begin].doc) ++end;
    auto dated = [&](std::size_t k) {
      return canonical[k].status == EventStatus::reported && facts[k].time.known && !facts[k].time.narrative;
    };
    next_dated.assign(end - begin, end);
    for (std::size_t k = end; k-- > begin;) {
      next_dated[k - begin] = dated(k) ? k : (k + 1 < end ? next_dated[k + 1 - begin] : end);
    }
    // The document's date, for its undated reports (see document_day).
    const std::optional<Seconds> day = document_day(canonical, facts, begin, end, dated);
    std::size_t previous = end;
    for (std::size_t k = begin; k < end; ++k) {
      const bool was_dated = dated(k);
      if (!was_dated && !facts[k].time.known && canonical[k].status == EventStatus::reported) {
        const std::size_t following = k + 1 < end ? next_dated[k + 1 - begin] : end;
        ObservedTime& t = facts[k].time;
        if (previous != end && following != end && facts[previous].time.lo <= facts[following].time.hi) {
          t.known = true;
          t.narrative = true;
          t.lo = facts[previous].time.lo;
          t.hi = facts[following].time.hi;
        } else if (day) {
          // Not told between two dated reports: the document's date bounds it.
          // Without this an undated report would join a person's event of any day.
          t.known = true;
          t.narrative = true;
          t.lo = *day * kDay;
          t.hi = t.lo + kDay;
        }
      }
      if (was_dated) previous = k;
    }
    begin = end;
  }
  return facts;
}

bool compatible(const ObservationFacts& a, const ObservationFacts& b) {
  // Events a document relates to each other (곧바로, 이후) are never one.
  if (a.doc == b.doc && related_in_document(*a.event, *b.event)) return false;
  return compatible_content(traits_of(a), traits_of(b));
}

bool plan_matches(const ObservationFacts& plan, const ObservationFacts& reported) {
  const Event& p = *plan.event;
  const Event& r = *reported.event;
  if (p.type != r.type || !plan.time.known || !reported.time.known) return false;
  if (plan.people.empty() || reported.people.empty() || overlap(plan.people, reported.people) == 0) return false;
  if (class_of(p.type) == TypeClass::gathering && !people_compatible(traits_of(plan), traits_of(reported), true)) {
    return false;
  }
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

std::uint64_t mix(std::uint64_t h) noexcept {
  h ^= h >> 31;
  h *= 0x9E3779B97F4A7C15ull;
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 32);
}

// A set of nonzero 64-bit words in one open-addressing table.
class WordSet {
 public:
  /// Adds the word (not 0); false if it was there already.
  bool insert(std::uint64_t word) {
    if ((used_ + 1) * 2 > slots_.size()) grow();
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = mix(word) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == word) return false;
      if (slots_[i] == 0) {
        slots_[i] = word;
        ++used_;
        return true;
      }
    }
  }

 private:
  void grow() {
    std::vector<std::uint64_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
    const std::size_t mask = slots_.size() - 1;
    for (const auto word : old) {
      if (word == 0) continue;
      std::size_t i = mix(word) & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = word;
    }
  }

  std::vector<std::uint64_t> slots_;
  std::size_t used_ = 0;
};

// A set of (a, b, c) keys in one open-addressing table: no allocation per key.
class TripleSet {
 public:
  /// Adds the key; false if it was there already.
  bool insert(std::uint64_t a, std::uint64_t b, std::uint64_t c) {
    if ((used_ + 1) * 2 > slots_.size()) grow();
    Slot& slot = slots_[slot_index(a, b, c)];
    if (slot.used) return false;
    slot = Slot{a, b, c, true};
    ++used_;
    return true;
  }

  bool contains(std::uint64_t a, std::uint64_t b, std::uint64_t c) const {
    return !slots_.empty() && slots_[slot_index(a, b, c)].used;
  }

 private:
  struct Slot {
    std::uint64_t a = 0, b = 0, c = 0;
    bool used = false;
  };

  std::size_t slot_index(std::uint64_t a, std::uint64_t b, std::uint64_t c) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = mix(a ^ mix(b ^ mix(c))) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!s.used || (s.a == a && s.b == b && s.c == c)) return i;
    }
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    for (const Slot& s : old) {
      if (s.used) slots_[slot_index(s.a, s.b, s.c)] = s;
    }
  }

  std::vector<Slot> slots_;
  std::size_t used_ = 0;
};

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
      slot.id = static_cast<std::uint32_t>(used_);
      ++used_;
    } else if (cells_[slot.head].cluster == cluster) {
      return;  // already listed last
    }
    // Each (key, cluster) once: members of clusters that interleave in the
    // processing order would otherwise list a cluster once per member.
    if (!listed_.insert((static_cast<std::uint64_t>(slot.id) + 1) << 32 | cluster)) return;
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
    std::uint32_t id = 0;  // the key's number, in order of first use
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
  WordSet listed_;  // (key number + 1, cluster) of every cell
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
  explicit Clusterer(const std::vector<ObservationFacts>& facts)
      : facts_(facts), next_(facts.size(), kNone), people_set_(facts.size()), place_(facts.size()) {
    // Equal participant lists and equal places get one number each, so a
    // cluster summary tells distinct values apart with one comparison.
    StringInterner places(facts.size() / 4 + 16);
    std::vector<std::uint32_t> table(64, 0);  // observation + 1 holding a distinct list, or 0
    std::size_t distinct = 0;
    auto hash_of = [](const PeopleList& people) {
      std::uint64_t h = people.size();
      for (const auto p : people) h = mix(h ^ p);
      return h;
    };
    for (std::size_t i = 0; i < facts.size(); ++i) {
      place_[i] = places.id(facts[i].event->place);
      if ((distinct + 1) * 2 > table.size()) {
        std::vector<std::uint32_t> old(table.size() * 2, 0);
        old.swap(table);
        for (const auto held : old) {
          if (held == 0) continue;
          std::size_t k = hash_of(facts[held - 1].people) & (table.size() - 1);
          while (table[k] != 0) k = (k + 1) & (table.size() - 1);
          table[k] = held;
        }
      }
      for (std::size_t k = hash_of(facts[i].people) & (table.size() - 1);; k = (k + 1) & (table.size() - 1)) {
        if (table[k] == 0) {
          table[k] = static_cast<std::uint32_t>(i + 1);
          people_set_[i] = static_cast<std::uint32_t>(i);
          ++distinct;
          break;
        }
        if (facts[table[k] - 1].people == facts[i].people) {
          people_set_[i] = table[k] - 1;
          break;
        }
      }
    }
  }

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
    // Reports of one event share their keys, and a cluster is listed once per
    // key: about a key and a cell per cluster and person. Reserving for every
    // report instead would touch hundreds of megabytes never used at 10^6;
    // the table grows when a collection needs more.
    std::size_t people = 0;
    for (const auto& f : facts_) people += std::max<std::size_t>(f.people.size(), 1);
    index_.reserve(people / 4, people / 2);
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
    std::uint32_t counted = 0;         // members that compatibility checks read (see counts)
    std::uint32_t summary = kNone;     // index into summaries_ once the cluster is big
    bool reported = false;
  };

  // A cluster is checked against its reported members (a cluster of plans
  // alone: against all of them); plans folded into a report are sources only.
  bool counts(const Cluster& cluster, const ObservationFacts& m) const noexcept {
    return !cluster.reported || m.status == EventStatus::reported;
  }

  // A big cluster's counted members, by kind (type, scope, whether they name
  // anyone) and within a kind by distinct time, participant list, and
  // (participant list, place). compatible() is a conjunction of conditions
  // each on one of these pieces,
  // so "compatible with every member" is "compatible with every distinct
  // piece": the check costs the number of distinct values, not of members,
  // and an event reported by hundreds of articles stays linear.
  struct Kind {
    EventType type = EventType::other;
    MoveScope scope = MoveScope::unknown;
    bool nobody = false;
    std::uint32_t base = 0;                // a member of this kind
    std::vector<std::uint32_t> times;      // one member per distinct time
    std::vector<std::uint32_t> people;     // one member per distinct participant list
    // One member per distinct (participant list, place): a gathering's place
    // may be outweighed by its people (same_company), so the two are checked together.
    std::vector<std::uint32_t> places;
  };
  struct Summary {
    std::vector<Kind> kinds;
    std::vector<std::uint32_t> people;  // every counted member's people, sorted
    std::uint32_t types = 0;            // bit per EventType of a counted member
  };
  // Clusters get a summary from this many counted members on; smaller ones are
  // checked member by member, without allocating.
  static constexpr std::uint32_t kSummaryFrom = 8;

  static bool same_time(const ObservationFacts& a, const ObservationFacts& b) noexcept {
    const ObservedTime& x = a.time;
    const ObservedTime& y = b.time;
    return x.known == y.known && x.fine == y.fine && x.approx == y.approx && x.narrative == y.narrative &&
           x.lo == y.lo && x.hi == y.hi && a.fuzz == b.fuzz;
  }

  void summarize(std::uint32_t c, std::uint32_t i) {
    Summary& s = summaries_[clusters_[c].summary];
    const ObservationFacts& f = facts_[i];
    Kind* kind = nullptr;
    for (auto& k : s.kinds) {
      if (k.type == f.type && k.scope == f.scope && k.nobody == f.people.empty()) kind = &k;
    }
    if (!kind) {
      s.kinds.push_back(Kind{f.type, f.scope, f.people.empty(), i, {}, {}, {}});
      kind = &s.kinds.back();
    }
    if (std::none_of(kind->times.begin(), kind->times.end(), [&](std::uint32_t t) { return same_time(facts_[t], f); })) {
      kind->times.push_back(i);
    }
    if (std::none_of(kind->people.begin(), kind->people.end(),
                     [&](std::uint32_t p) { return people_set_[p] == people_set_[i]; })) {
      kind->people.push_back(i);
    }
    if (std::none_of(kind->places.begin(), kind->places.end(),
                     [&](std::uint32_t p) { return place_[p] == place_[i] && people_set_[p] == people_set_[i]; })) {
      kind->places.push_back(i);
    }
    s.types |= 1u << static_cast<unsigned>(f.type);
    for (const auto p : f.people) {
      const auto at = std::lower_bound(s.people.begin(), s.people.end(), p);
      if (at == s.people.end() || *at != p) s.people.insert(at, p);
    }
    // Relations within a document, looked up instead of scanning members.
    const std::uint64_t where = (static_cast<std::uint64_t>(c) << 32) | f.doc;
    related_.insert(where, f.event->index, 0);
    for (const auto& r : f.event->relations) related_.insert(where, r.other, 1);
  }

  // True when a counted member of the summarized cluster `c` and `f` are related in their document.
  bool related_to_member(std::uint32_t c, const ObservationFacts& f) const {
    const std::uint64_t where = (static_cast<std::uint64_t>(c) << 32) | f.doc;
    for (const auto& r : f.event->relations) {
      if (related_.contains(where, r.other, 0)) return true;  // f points at a member
    }
    return related_.contains(where, f.event->index, 1);  // a member points at f
  }

  bool fits_kind(const Kind& kind, const ObservationFacts& f) const {
    const ObservationFacts& base = facts_[kind.base];
    const Traits mine = traits_of(f);
    Traits other = traits_of(base);
    for (const auto t : kind.times) {
      other.time = &facts_[t].time;
      other.fuzz = facts_[t].fuzz;
      if (!compatible_content(mine, other)) return false;
      // Against an undated report every time condition reads the same,
      // whatever the member's time: the first one stands for all.
      if (!f.time.known) break;
    }
    other.time = &base.time;
    other.fuzz = base.fuzz;
    for (const auto p : kind.people) {
      other.people = &facts_[p].people;
      if (!compatible_content(mine, other)) return false;
    }
    for (const auto p : kind.places) {
      other.people = &facts_[p].people;
      other.place = facts_[p].event->place;
      if (!compatible_content(mine, other)) return false;
    }
    return true;
  }

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
    if (counts(cluster, facts_[i])) {
      ++cluster.counted;
      if (cluster.summary != kNone) {
        summarize(c, i);
      } else if (cluster.counted >= kSummaryFrom) {
        cluster.summary = static_cast<std::uint32_t>(summaries_.size());
        summaries_.emplace_back();
        for (auto m = cluster.head; m != kNone; m = next_[m]) {
          if (counts(cluster, facts_[m])) summarize(c, m);
        }
      }
    }
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

  // True when f is compatible with every counted member of cluster c.
  bool fits_all(std::uint32_t c, const ObservationFacts& f) const {
    const Cluster& cluster = clusters_[c];
    if (cluster.summary != kNone) {
      if (related_to_member(c, f)) return false;
      for (const auto& kind : summaries_[cluster.summary].kinds) {
        if (!fits_kind(kind, f)) return false;
      }
      return true;
    }
    for (auto m = cluster.head; m != kNone; m = next_[m]) {
      if (counts(cluster, facts_[m]) && !compatible(f, facts_[m])) return false;
    }
    return true;
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

  // Read from the reported members only.
  Score score(std::uint32_t c, const ObservationFacts& f) const {
    Score s;
    s.cluster = c;
    const Cluster& cluster = clusters_[c];
    if (!cluster.reported) return s;
    if (cluster.summary != kNone) {
      // The summary's members are exactly the reported ones.
      const Summary& summary = summaries_[cluster.summary];
      s.same_type = (summary.types >> static_cast<unsigned>(f.type)) & 1u;
      for (const auto& kind : summary.kinds) {
        for (const auto t : kind.times) {
          if (f.time.known && facts_[t].time.known) s.distance = std::min(s.distance, gap(f.time, facts_[t].time));
        }
      }
      for (const auto p : f.people) s.shared += std::binary_search(summary.people.begin(), summary.people.end(), p);
      return s;
    }
    for_each_member(c, [&](const ObservationFacts& other) {
      if (other.status != EventStatus::reported) return;
      if (other.type == f.type) s.same_type = 1;
      if (f.time.known && other.time.known) s.distance = std::min(s.distance, gap(f.time, other.time));
    });
    // Which of f's people a reported member names.
    for (const auto p : f.people) {
      bool met = false;
      for (auto m = cluster.head; m != kNone && !met; m = next_[m]) {
        const auto& other = facts_[m];
        met = other.status == EventStatus::reported && std::binary_search(other.people.begin(), other.people.end(), p);
      }
      s.shared += met;
    }
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
    // Candidates come in creation order, and ties go to the cluster created
    // first: once one shares the type and all of f's people at no distance
    // (for an undated f every distance is the same), no later one can win.
    // A person's clusters on every date are candidates for an undated report,
    // so this keeps it from reading the person's whole history.
    auto unbeatable = [&] {
      return found && best.same_type == 1 && best.shared == f.people.size() &&
             (!f.time.known || best.distance == 0);
    };
    if (planned) {
      // A plan folds into the reported event it announced, as a source only.
      for (const auto c : candidates_) {
        if (!clusters_[c].reported) continue;
        bool matches = false;
        for (auto m = clusters_[c].head; m != kNone && !matches; m = next_[m]) {
          matches = facts_[m].status == EventStatus::reported && plan_matches(f, facts_[m]);
        }
        if (matches) consider(c);
        if (unbeatable()) break;
      }
      if (!found) {
        // Otherwise plans of one event still group together.
        for (const auto c : candidates_) {
          if (!clusters_[c].reported && fits_all(c, f)) consider(c);
        }
      }
    } else {
      for (const auto c : candidates_) {
        if (clusters_[c].reported && fits_all(c, f)) consider(c);
        if (unbeatable()) break;
      }
    }
    if (found) add_to(best.cluster, i);
    else create(i);
  }

  const std::vector<ObservationFacts>& facts_;
  std::vector<std::uint32_t> next_;  // next member of the same cluster, per observation
  std::vector<Cluster> clusters_;
  ClusterIndex index_;
  std::vector<std::uint32_t> people_set_;  // per observation: the first observation with its participant list
  std::vector<std::uint32_t> place_;       // per observation: its place, numbered
  std::vector<Summary> summaries_;
  TripleSet related_;  // (cluster and document, index, 0): a counted member; (.., index, 1): a member relates to it
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
