// From fused events to a temporal network and back: which constraints the
// reports imply, how strongly, and what the solution says about each event.
//
// Constraints (x = a time in seconds; S, E = an event's start and end):
//   stated time     S (or E) at the value: nominal exact, tolerant +-10 min when
//                   approximate (께, 약), +-5 min when exact; a day or a part of
//                   day bounds the point to its unit
//   duration        E - S = d: tolerant +-max(10 min, 25 %) when approximate,
//                   +-max(5 min, 10 %) when exact
//   right_after     S - E(previous) = 0 (tolerant [0, 10 min])
//   after / before  S >= E(previous) / E <= S(other)
//   offset_after    S - S(previous) = offset
//   narration       an undated event a document tells between two dated ones
//                   (in order) starts after the first starts and ends before
//                   the second starts
// Strength, weakest first: narration, relation, duration, stated time; then
// caption-only before body, fewer documents before more.
#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "ktimeline/detail/timeline_network.hpp"

namespace ktimeline {
namespace detail {

namespace {

constexpr Seconds kMinute = 60;
// Bounds this narrow give a start (the earliest), marked inferred and approximate.
constexpr Seconds kPinned = 10 * kMinute;
// A contradiction names at most this many of the constraints it clashed with.
constexpr std::size_t kShownClashes = 8;

enum class Kind : std::uint8_t { narration = 1, relation = 2, duration = 3, stated = 4, order = 9 };

// What a constraint stands for, to report it when it clashes.
struct Meaning {
  Kind kind = Kind::order;
  std::string field;                // the conflict field if it is dropped
  std::vector<std::size_t> events;  // fused events it constrains
  std::vector<std::string> docs;
  std::string text;                 // "start 2025-02-04T17:30 (003)"
};

std::int64_t strength_of(Kind kind, bool caption_only, std::size_t docs) {
  const std::int64_t body = caption_only ? 0 : 1;
  return static_cast<std::int64_t>(kind) * 10'000'000 + body * 1'000'000 + static_cast<std::int64_t>(std::min<std::size_t>(docs, 999'999));
}

std::string join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep;
    out += items[i];
  }
  return out;
}

std::string label_of(const TimelineEvent& e) {
  if (!e.summary.empty()) return fmt::format("'{}'", e.summary);
  return std::string{to_string(e.type)};
}

Seconds duration_tolerance(Seconds d, bool approx) {
  const Seconds magnitude = d < 0 ? -d : d;
  return approx ? std::max<Seconds>(10 * kMinute, magnitude / 4) : std::max<Seconds>(5 * kMinute, magnitude / 10);
}

struct Builder {
  std::vector<FusedEvent>& fused;
  const std::vector<Event>& obs;
  const std::vector<std::size_t>& cluster_of;
  // Global node numbering during construction: 0 is the origin, 2c+1 = S(c), 2c+2 = E(c).
  std::vector<DifferenceConstraint> constraints;
  std::vector<Meaning> meanings;

  static std::size_t start_node(std::size_t c) { return 2 * c + 1; }
  static std::size_t end_node(std::size_t c) { return 2 * c + 2; }

  bool dated_start(std::size_t c) const {
    const auto& f = fused[c];
    return f.start_stated && f.event.start && f.event.start->date_known;
  }

  void add(DifferenceConstraint k, Meaning m) {
    constraints.push_back(k);
    meanings.push_back(std::move(m));
  }

  void stated_point(std::size_t c, std::size_t node, const TimePoint& p, bool approx, const char* field,
                    std::size_t docs, bool caption_only) {
    DifferenceConstraint k;
    k.from = 0;
    k.to = node;
    const Seconds lo = seconds_of(p.start);
    if (p.grain >= Grain::hour) {
      const Seconds tol = approx ? 10 * kMinute : 5 * kMinute;
      k.nominal_lo = k.nominal_hi = lo;
      k.tolerant_lo = lo - tol;
      k.tolerant_hi = lo + tol;
    } else {
      k.nominal_lo = k.tolerant_lo = lo;
      k.nominal_hi = k.tolerant_hi = std::max(lo, seconds_of(p.end()));
    }
    k.strength = strength_of(Kind::stated, caption_only, docs);
    const auto event_docs = documents_of(obs, fused[c].event.observations);
    add(k, Meaning{Kind::stated, field, {c}, event_docs,
                   fmt::format("{} {} {} ({})", label_of(fused[c].event), field, p.timex(), join(event_docs, ", "))});
  }

  void per_event(std::size_t c) {
    const auto& f = fused[c];
    const auto& e = f.event;
    if (e.status != EventStatus::reported) return;
    DifferenceConstraint order;
    order.from = start_node(c);
    order.to = end_node(c);
    order.nominal_lo = order.tolerant_lo = 0;
    order.strength = strength_of(Kind::order, false, 0);
    add(order, Meaning{Kind::order, "order", {c}, {}, fmt::format("{} ends after it starts", label_of(e))});
    if (dated_start(c)) stated_point(c, start_node(c), *e.start, e.approx, "start", f.start_docs, f.start_caption_only);
    if (f.end_stated && e.end && e.end->date_known) stated_point(c, end_node(c), *e.end, f.end_approx, "end", 1, false);
    if (e.duration && !e.duration->empty()) {
      const Seconds d = e.duration->approximate_seconds().count();
      const Seconds tol = duration_tolerance(d, f.duration_approx);
      DifferenceConstraint k;
      k.from = start_node(c);
      k.to = end_node(c);
      k.nominal_lo = k.nominal_hi = d;
      k.tolerant_lo = d - tol;
      k.tolerant_hi = d + tol;
      k.strength = strength_of(Kind::duration, false, f.duration_docs);
      const auto docs = documents_of(obs, e.observations);
      add(k, Meaning{Kind::duration, "duration", {c}, docs,
                     fmt::format("{} lasts {} ({})", label_of(e), e.duration->iso(), join(docs, ", "))});
    }
  }

  // The relations each document states, mapped to clusters; the same relation
  // from several documents is one constraint with their support.
  void relations() {
    std::unordered_map<std::string_view, std::vector<std::size_t>> by_doc;  // doc -> observation indices
    for (std::size_t i = 0; i < obs.size(); ++i) by_doc[obs[i].doc].push_back(i);
    struct Support {
      std::set<std::string> docs;
      std::set<std::string> cues;
      bool caption_only = true;
    };
    std::map<std::tuple<RelationKind, std::size_t, std::size_t, Seconds>, Support> found;
    for (std::size_t i = 0; i < obs.size(); ++i) {
      const Event& x = obs[i];
      if (x.status != EventStatus::reported || x.relations.empty() || cluster_of[i] >= fused.size()) continue;
      const auto& same_doc = by_doc[x.doc];
      for (const auto& r : x.relations) {
        // The related event: the first observation of the document with that index.
        auto it = std::lower_bound(same_doc.begin(), same_doc.end(), r.other,
                                   [&](std::size_t k, std::size_t index) { return obs[k].index < index; });
        if (it == same_doc.end() || obs[*it].index != r.other || *it == i) continue;
        const std::size_t y = *it;
        if (obs[y].status != EventStatus::reported || cluster_of[y] >= fused.size()) continue;
        const std::size_t cx = cluster_of[i];
        const std::size_t cy = cluster_of[y];
        if (cx == cy) continue;
        if (r.kind == RelationKind::offset_after && !r.offset) continue;
        const Seconds offset = r.offset ? r.offset->approximate_seconds().count() : 0;
        auto& s = found[{r.kind, cx, cy, offset}];
        s.docs.insert(x.doc);
        if (!r.cue.empty()) s.cues.insert(r.cue);
        s.caption_only = s.caption_only && x.from_caption;
      }
    }
    for (const auto& [key, support] : found) {
      const auto [kind, cx, cy, offset] = key;
      DifferenceConstraint k;
      switch (kind) {
        case RelationKind::right_after:
          k.from = end_node(cy);
          k.to = start_node(cx);
          k.nominal_lo = k.tolerant_lo = 0;
          k.nominal_hi = 0;  // at face value, 곧바로 means at once
          k.tolerant_hi = 10 * kMinute;
          break;
        case RelationKind::after:
          k.from = end_node(cy);
          k.to = start_node(cx);
          k.nominal_lo = k.tolerant_lo = 0;
          break;
        case RelationKind::before:
          k.from = end_node(cx);
          k.to = start_node(cy);
          k.nominal_lo = k.tolerant_lo = 0;
          break;
        case RelationKind::offset_after: {
          const Seconds tol = duration_tolerance(offset, false);
          k.from = start_node(cy);
          k.to = start_node(cx);
          k.nominal_lo = k.nominal_hi = offset;
          k.tolerant_lo = offset - tol;
          k.tolerant_hi = offset + tol;
          break;
        }
      }
      k.strength = strength_of(Kind::relation, support.caption_only, support.docs.size());
      std::vector<std::string> docs(support.docs.begin(), support.docs.end());
      std::vector<std::string> cues(support.cues.begin(), support.cues.end());
      add(k, Meaning{Kind::relation, "order", {cx, cy}, docs,
                     fmt::format("{} {} {} ({}{}{})", label_of(fused[cx].event), to_string(kind),
                                 label_of(fused[cy].event), join(docs, ", "), cues.empty() ? "" : ": ",
                                 join(cues, ", "))});
    }
  }

  // Undated events a document tells between two dated ones, in order.
  void narration() {
    std::map<std::pair<std::size_t, std::size_t>, std::set<std::string>> lower, upper;  // (event, neighbour) -> docs
    for (std::size_t begin = 0; begin < obs.size();) {
      std::size_t end = begin;
      while (end < obs.size() && obs[end].doc == obs[begin].doc) ++end;
      auto dated = [&](std::size_t k) {
        return obs[k].status == EventStatus::reported && cluster_of[k] < fused.size() && dated_start(cluster_of[k]);
      };
      for (std::size_t k = begin; k < end; ++k) {
        const Event& e = obs[k];
        const std::size_t c = cluster_of[k];
        if (e.status != EventStatus::reported || c >= fused.size() || dated_start(c) || !e.relations.empty()) continue;
        std::size_t before = end, after = end;
        for (std::size_t j = k; j-- > begin;) {
          if (dated(j) && cluster_of[j] != c) { before = j; break; }
        }
        for (std::size_t j = k + 1; j < end; ++j) {
          if (dated(j) && cluster_of[j] != c) { after = j; break; }
        }
        if (before == end || after == end) continue;
        const std::size_t cb = cluster_of[before];
        const std::size_t ca = cluster_of[after];
        if (fused[cb].event.start->start > fused[ca].event.start->start) continue;  // not told in order
        lower[{c, cb}].insert(e.doc);
        upper[{c, ca}].insert(e.doc);
      }
      begin = end;
    }
    for (const auto& [key, docs] : lower) {
      DifferenceConstraint k;
      k.from = start_node(key.second);
      k.to = start_node(key.first);
      k.nominal_lo = k.tolerant_lo = 0;
      k.strength = strength_of(Kind::narration, false, docs.size());
      std::vector<std::string> d(docs.begin(), docs.end());
      add(k, Meaning{Kind::narration, "order", {key.first, key.second}, d,
                     fmt::format("{} told after {} ({})", label_of(fused[key.first].event),
                                 label_of(fused[key.second].event), join(d, ", "))});
    }
    for (const auto& [key, docs] : upper) {
      DifferenceConstraint k;
      k.from = end_node(key.first);
      k.to = start_node(key.second);
      k.nominal_lo = k.tolerant_lo = 0;
      k.strength = strength_of(Kind::narration, false, docs.size());
      std::vector<std::string> d(docs.begin(), docs.end());
      add(k, Meaning{Kind::narration, "order", {key.first, key.second}, d,
                     fmt::format("{} told before {} ({})", label_of(fused[key.first].event),
                                 label_of(fused[key.second].event), join(d, ", "))});
    }
  }
};

std::size_t find_root(std::vector<std::size_t>& parent, std::size_t x) {
  while (parent[x] != x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

TimePoint minute_point(Seconds s) { return TimePoint::at_minute(local_of(s - (s % kMinute + kMinute) % kMinute)); }

// What the solution says about one event.
void apply(FusedEvent& f, Seconds s_lo, Seconds s_hi, Seconds e_lo, Seconds e_hi) {
  TimelineEvent& e = f.event;
  const bool dated = f.start_stated && e.start && e.start->date_known;
  const bool clock = dated && e.start->grain >= Grain::hour;
  if (clock) return;  // a stated clock time stands as stated
  const bool lo_known = s_lo > -kUnbounded;
  const bool hi_known = s_hi < kUnbounded;
  if (lo_known && hi_known && s_hi - s_lo <= kPinned) {
    e.start = minute_point(s_lo);
    e.inferred = true;
    e.approx = true;
    e.start_bounds.reset();
    if (e.duration && !e.duration->empty()) {
      TimePoint end = *e.start;
      end.start = add(e.start->start, *e.duration);
      e.end = end;
    } else if (e_lo > -kUnbounded && e_hi < kUnbounded && e_hi - e_lo <= kPinned) {
      e.end = minute_point(e_lo);
    }
    return;
  }
  if (!lo_known && !hi_known) return;
  if (dated) {
    // A stated day or part of day: bounds only where they say more than the unit.
    const Seconds unit_lo = seconds_of(e.start->start);
    const Seconds unit_hi = seconds_of(e.start->end());
    if (!(s_lo > unit_lo || s_hi < unit_hi)) return;
  }
  StartBounds b;
  if (lo_known) b.earliest = minute_point(s_lo);
  if (hi_known) b.latest = minute_point(s_hi);
  e.start_bounds = b;
}

}  // namespace

void place_in_time(std::vector<FusedEvent>& fused, const std::vector<Event>& obs, const std::vector<std::size_t>& cluster_of) {
  Builder b{fused, obs, cluster_of, {}, {}};
  for (std::size_t c = 0; c < fused.size(); ++c) b.per_event(c);
  b.relations();
  b.narration();

  // Components: events linked by relations or narration are solved together.
  std::vector<std::size_t> parent(fused.size());
  std::iota(parent.begin(), parent.end(), std::size_t{0});
  std::vector<bool> needs(fused.size(), false);
  for (std::size_t k = 0; k < b.meanings.size(); ++k) {
    const auto& m = b.meanings[k];
    if (m.events.size() == 2) {
      const auto r1 = find_root(parent, m.events[0]);
      const auto r2 = find_root(parent, m.events[1]);
      parent[std::max(r1, r2)] = std::min(r1, r2);
      needs[m.events[0]] = needs[m.events[1]] = true;
    }
  }
  for (std::size_t c = 0; c < fused.size(); ++c) {
    // A stated end beside a start or a duration may contradict them.
    if (fused[c].end_stated && (fused[c].start_stated || fused[c].event.duration)) needs[c] = true;
  }
  std::vector<std::vector<std::size_t>> members(fused.size());
  for (std::size_t c = 0; c < fused.size(); ++c) {
    if (needs[c]) members[find_root(parent, c)].push_back(c);
  }
  std::vector<std::vector<std::size_t>> constraints_of(fused.size());
  for (std::size_t k = 0; k < b.meanings.size(); ++k) {
    const auto root = find_root(parent, b.meanings[k].events.front());
    if (!members[root].empty()) constraints_of[root].push_back(k);
  }

  for (std::size_t root = 0; root < fused.size(); ++root) {
    const auto& events = members[root];
    if (events.empty()) continue;
    // Local numbering: 0 the origin, then S and E of each event; times relative to a base.
    std::unordered_map<std::size_t, std::size_t> local;
    for (std::size_t i = 0; i < events.size(); ++i) {
      local[Builder::start_node(events[i])] = 2 * i + 1;
      local[Builder::end_node(events[i])] = 2 * i + 2;
    }
    Seconds base = kUnbounded;
    for (const auto k : constraints_of[root]) {
      const auto& c = b.constraints[k];
      if (c.from == 0 && c.nominal_lo > -kUnbounded) base = std::min(base, c.nominal_lo);
    }
    if (base == kUnbounded) base = 0;
    std::vector<DifferenceConstraint> local_constraints;
    local_constraints.reserve(constraints_of[root].size());
    for (const auto k : constraints_of[root]) {
      DifferenceConstraint c = b.constraints[k];
      const bool from_origin = c.from == 0;
      c.from = from_origin ? 0 : local.at(c.from);
      c.to = local.at(c.to);
      if (from_origin) {
        // Unary bounds are absolute times: shift them to the base.
        for (Seconds* v : {&c.nominal_lo, &c.nominal_hi, &c.tolerant_lo, &c.tolerant_hi}) {
          if (*v > -kUnbounded && *v < kUnbounded) *v -= base;
        }
      }
      local_constraints.push_back(c);
    }
    const auto solution = solve_network(2 * events.size() + 1, local_constraints, 0);
    for (std::size_t i = 0; i < events.size(); ++i) {
      auto absolute = [&](Seconds v) { return v <= -kUnbounded || v >= kUnbounded ? v : v + base; };
      apply(fused[events[i]], absolute(solution.earliest[2 * i + 1]), absolute(solution.latest[2 * i + 1]),
            absolute(solution.earliest[2 * i + 2]), absolute(solution.latest[2 * i + 2]));
    }
    // Contradictions: a conflict on the events the dropped constraint binds,
    // naming the constraints it clashed with (a bounded number of them).
    for (std::size_t d = 0; d < solution.dropped.size(); ++d) {
      const auto& dropped = b.meanings[constraints_of[root][solution.dropped[d]]];
      TimelineConflict conflict;
      conflict.field = dropped.field;
      std::set<std::string> docs(dropped.docs.begin(), dropped.docs.end());
      std::vector<std::string> kept;
      conflict.values.push_back(dropped.text);
      conflict.value_docs.push_back(dropped.docs);
      std::size_t shown = 0, hidden = 0;
      for (const auto k : solution.clashes[d]) {
        if (k == solution.dropped[d]) continue;
        const auto& m = b.meanings[constraints_of[root][k]];
        if (m.kind == Kind::order) continue;  // "ends after it starts" goes without saying
        if (shown == kShownClashes) {
          ++hidden;
          continue;
        }
        ++shown;
        docs.insert(m.docs.begin(), m.docs.end());
        conflict.values.push_back(m.text);
        conflict.value_docs.push_back(m.docs);
        kept.push_back(m.text);
      }
      if (hidden) kept.push_back(fmt::format("and {} more", hidden));
      conflict.docs.assign(docs.begin(), docs.end());
      conflict.chosen = join(kept, "; ");
      conflict.why = fmt::format("these cannot all hold; dropped the weakest: {}", dropped.text);
      for (const auto c : dropped.events) {
        fused[c].event.conflicts.push_back(conflict);
        sort_conflicts(fused[c].event.conflicts);
      }
    }
  }
}

}  // namespace detail
}  // namespace ktimeline
