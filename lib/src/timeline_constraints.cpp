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
#include <numeric>
#include <string>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "ktimeline/detail/timeline_network.hpp"

namespace ktimeline {
namespace detail {

namespace {

// Bounds this narrow give a start (the earliest), marked inferred and approximate.
constexpr Seconds kPinned = 10 * kMinute;
// A contradiction names at most this many of the constraints it clashed with.
constexpr std::size_t kShownClashes = 8;

enum class Kind : std::uint8_t { narration = 1, relation = 2, duration = 3, stated = 4, order = 9 };

// What a constraint stands for, to report it when it clashes. The text is
// written only then: most constraints never clash.
struct Meaning {
  Kind kind = Kind::order;
  const char* field = "order";      // the conflict field if it is dropped
  std::size_t a = 0;                // the event it constrains
  std::size_t b = kNone;            // the other event, for relations and narration
  RelationKind relation = RelationKind::after;
  bool upper = false;               // narration: the bound after (else before)
  std::vector<std::string_view> docs;  // relations and narration: the documents that tell it
  std::vector<std::string_view> cues;
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
};

std::int64_t strength_of(Kind kind, bool caption_only, std::size_t docs) {
  const std::int64_t body = caption_only ? 0 : 1;
  return static_cast<std::int64_t>(kind) * 10'000'000 + body * 1'000'000 + static_cast<std::int64_t>(std::min<std::size_t>(docs, 999'999));
}

template <class Strings>
std::string join(const Strings& items, const char* sep) {
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
  // Per event, its documents once asked for: an event of hundreds of reports
  // may be named by many contradictions of its component.
  mutable std::vector<std::vector<std::string>> docs_of_event;
  mutable std::vector<bool> docs_known;

  const std::vector<std::string>& event_docs(std::size_t c) const {
    if (docs_known.empty()) {
      docs_of_event.resize(fused.size());
      docs_known.assign(fused.size(), false);
    }
    if (!docs_known[c]) {
      docs_of_event[c] = documents_of(obs, fused[c].event.observations);
      docs_known[c] = true;
    }
    return docs_of_event[c];
  }

  static std::size_t start_node(std::size_t c) { return 2 * c + 1; }
  static std::size_t end_node(std::size_t c) { return 2 * c + 2; }

  bool dated_start(std::size_t c) const {
    const auto& f = fused[c];
    return f.start_stated && f.event.start && f.event.start->date_known;
  }

  void add(const DifferenceConstraint& k, Meaning m) {
    constraints.push_back(k);
    meanings.push_back(std::move(m));
  }

  // The sentence that reports a constraint, and the documents behind it.
  std::pair<std::string, std::vector<std::string>> explain(const Meaning& m) const {
    const TimelineEvent& e = fused[m.a].event;
    std::vector<std::string> docs;
    if (m.kind == Kind::relation || m.kind == Kind::narration) {
      docs.assign(m.docs.begin(), m.docs.end());
    } else if (m.kind != Kind::order) {
      docs = event_docs(m.a);
    }
    std::string text;
    switch (m.kind) {
      case Kind::stated: {
        const auto& p = std::string_view{m.field} == "end" ? e.end : e.start;
        text = fmt::format("{} {} {} ({})", label_of(e), m.field, p ? p->timex() : "?", join(docs, ", "));
        break;
      }
      case Kind::duration:
        text = fmt::format("{} lasts {} ({})", label_of(e), e.duration ? e.duration->iso() : "?", join(docs, ", "));
        break;
      case Kind::relation:
        text = fmt::format("{} {} {} ({}{}{})", label_of(e), to_string(m.relation), label_of(fused[m.b].event),
                           join(docs, ", "), m.cues.empty() ? "" : ": ", join(m.cues, ", "));
        break;
      case Kind::narration:
        text = fmt::format("{} told {} {} ({})", label_of(e), m.upper ? "before" : "after", label_of(fused[m.b].event),
                           join(docs, ", "));
        break;
      case Kind::order: text = fmt::format("{} ends after it starts", label_of(e)); break;
    }
    return {std::move(text), std::move(docs)};
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
    Meaning m;
    m.kind = Kind::stated;
    m.field = field;
    m.a = c;
    add(k, std::move(m));
  }

  // The constraints of one event alone: stated times, duration, end after start.
  void per_event(std::size_t c) {
    const auto& f = fused[c];
    const auto& e = f.event;
    DifferenceConstraint order;
    order.from = start_node(c);
    order.to = end_node(c);
    order.nominal_lo = order.tolerant_lo = 0;
    order.strength = strength_of(Kind::order, false, 0);
    Meaning m;
    m.a = c;
    add(order, m);
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
      Meaning dm;
      dm.kind = Kind::duration;
      dm.field = "duration";
      dm.a = c;
      add(k, std::move(dm));
    }
  }

  bool usable(std::size_t i) const {
    return obs[i].status == EventStatus::reported && cluster_of[i] < fused.size() &&
           fused[cluster_of[i]].event.status == EventStatus::reported;
  }

  // The observation of `doc` with `index` (the first, if several), found by
  // binary search: observations are sorted by document, then index.
  std::size_t find(const std::string& doc, std::size_t index) const {
    const auto it = std::lower_bound(obs.begin(), obs.end(), std::make_pair(&doc, index),
                                     [](const Event& e, const std::pair<const std::string*, std::size_t>& key) {
                                       const int c = e.doc.compare(*key.first);
                                       return c < 0 || (c == 0 && e.index < key.second);
                                     });
    if (it == obs.end() || it->doc != doc || it->index != index) return obs.size();
    return static_cast<std::size_t>(it - obs.begin());
  }

  // The relations each document states, mapped to clusters; the same relation
  // from several documents is one constraint with their support.
  void relations() {
    struct Told {
      RelationKind kind;
      std::size_t cx, cy;
      Seconds offset;
      std::string_view doc, cue;
      bool caption;
      auto key() const { return std::make_tuple(kind, cx, cy, offset); }
    };
    std::vector<Told> told;
    for (std::size_t i = 0; i < obs.size(); ++i) {
      const Event& x = obs[i];
      if (x.relations.empty() || !usable(i)) continue;
      for (const auto& r : x.relations) {
        const std::size_t y = find(x.doc, r.other);
        if (y >= obs.size() || y == i || !usable(y)) continue;
        const std::size_t cx = cluster_of[i];
        const std::size_t cy = cluster_of[y];
        if (cx == cy || (r.kind == RelationKind::offset_after && !r.offset)) continue;
        const Seconds offset = r.offset ? r.offset->approximate_seconds().count() : 0;
        // `마친 후 곧바로 오후 5시 30분께 출국`: a clock time the sentence
        // states wins over 곧바로, which then only orders the two events.
        const bool own_clock = x.start && x.start->grain >= Grain::hour && !x.time_text.empty();
        const auto kind = r.kind == RelationKind::right_after && own_clock ? RelationKind::after : r.kind;
        told.push_back(Told{kind, cx, cy, offset, x.doc, r.cue, x.from_caption});
      }
    }
    std::sort(told.begin(), told.end(), [](const Told& a, const Told& b) {
      return std::make_tuple(a.key(), a.doc, a.cue) < std::make_tuple(b.key(), b.doc, b.cue);
    });
    for (std::size_t begin = 0; begin < told.size();) {
      std::size_t end = begin;
      Meaning m;
      m.kind = Kind::relation;
      bool caption_only = true;
      while (end < told.size() && told[end].key() == told[begin].key()) {
        if (m.docs.empty() || m.docs.back() != told[end].doc) m.docs.push_back(told[end].doc);
        if (!told[end].cue.empty() && std::find(m.cues.begin(), m.cues.end(), told[end].cue) == m.cues.end()) {
          m.cues.push_back(told[end].cue);
        }
        caption_only = caption_only && told[end].caption;
        ++end;
      }
      const Told& t = told[begin];
      begin = end;
      std::sort(m.cues.begin(), m.cues.end());
      DifferenceConstraint k;
      switch (t.kind) {
        case RelationKind::right_after:
          k.from = end_node(t.cy);
          k.to = start_node(t.cx);
          k.nominal_lo = k.tolerant_lo = 0;
          k.nominal_hi = 0;  // at face value, 곧바로 means at once
          k.tolerant_hi = 10 * kMinute;
          break;
        case RelationKind::after:
          k.from = end_node(t.cy);
          k.to = start_node(t.cx);
          k.nominal_lo = k.tolerant_lo = 0;
          break;
        case RelationKind::before:
          k.from = end_node(t.cx);
          k.to = start_node(t.cy);
          k.nominal_lo = k.tolerant_lo = 0;
          break;
        case RelationKind::offset_after: {
          const Seconds tol = duration_tolerance(t.offset, false);
          k.from = start_node(t.cy);
          k.to = start_node(t.cx);
          k.nominal_lo = k.nominal_hi = t.offset;
          k.tolerant_lo = t.offset - tol;
          k.tolerant_hi = t.offset + tol;
          break;
        }
      }
      k.strength = strength_of(Kind::relation, caption_only, m.docs.size());
      m.a = t.cx;
      m.b = t.cy;
      m.relation = t.kind;
      add(k, std::move(m));
    }
  }

  // Undated events a document tells between two dated ones, in order. The
  // neighbours are the nearest dated reports on each side and, when those are
  // coarser (a day: `이날`), also the nearest with a clock time: a luncheon
  // told after the 11:10 briefing, then an undated move of that day, then the
  // 14:00 arrival starts after 11:10 and ends before 14:00, which the day
  // alone would not say.
  void narration() {
    struct Told {
      std::size_t event, neighbour;
      bool upper;
      std::string_view doc;
      auto key() const { return std::make_tuple(event, neighbour, upper); }
    };
    std::vector<Told> told;
    // Per position of a document: the nearest dated report before it and
    // after it, of any grain and with a clock time (reused per document).
    std::vector<std::size_t> before_any, before_clock, after_any, after_clock;
    for (std::size_t begin = 0; begin < obs.size();) {
      std::size_t end = begin;
      while (end < obs.size() && obs[end].doc == obs[begin].doc) ++end;
      auto dated = [&](std::size_t k) { return usable(k) && dated_start(cluster_of[k]); };
      auto clock = [&](std::size_t k) { return dated(k) && fused[cluster_of[k]].event.start->grain >= Grain::hour; };
      const std::size_t n = end - begin;
      before_any.assign(n, end);
      before_clock.assign(n, end);
      after_any.assign(n, end);
      after_clock.assign(n, end);
      for (std::size_t k = begin + 1; k < end; ++k) {
        const std::size_t p = k - 1;
        before_any[k - begin] = dated(p) ? p : before_any[p - begin];
        before_clock[k - begin] = clock(p) ? p : before_clock[p - begin];
      }
      for (std::size_t k = end - 1; k-- > begin;) {
        const std::size_t q = k + 1;
        after_any[k - begin] = dated(q) ? q : after_any[q - begin];
        after_clock[k - begin] = clock(q) ? q : after_clock[q - begin];
      }
      for (std::size_t k = begin; k < end; ++k) {
        const Event& e = obs[k];
        if (dated(k) || !usable(k) || !e.relations.empty()) continue;
        const std::size_t c = cluster_of[k];
        // The nearest of a kind outside the event's own cluster.
        auto hop = [&](const std::vector<std::size_t>& next, std::size_t j) {
          while (j != end && cluster_of[j] == c) j = next[j - begin];
          return j;
        };
        const std::size_t lowers[2] = {hop(before_any, before_any[k - begin]), hop(before_clock, before_clock[k - begin])};
        const std::size_t uppers[2] = {hop(after_any, after_any[k - begin]), hop(after_clock, after_clock[k - begin])};
        for (std::size_t x = 0; x < 2; ++x) {
          const std::size_t b = lowers[x];
          if (b == end || (x == 1 && b == lowers[0])) continue;
          for (std::size_t y = 0; y < 2; ++y) {
            const std::size_t a = uppers[y];
            if (a == end || (y == 1 && a == uppers[0])) continue;
            // Told in time order: the one before starts no later than the one after can.
            const TimePoint& first = *fused[cluster_of[b]].event.start;
            const TimePoint& second = *fused[cluster_of[a]].event.start;
            const auto second_last = second.grain >= Grain::hour ? second.start : second.end();
            if (first.start > second_last) continue;
            told.push_back(Told{c, cluster_of[b], false, e.doc});
            told.push_back(Told{c, cluster_of[a], true, e.doc});
          }
        }
      }
      begin = end;
    }
    std::sort(told.begin(), told.end(), [](const Told& a, const Told& b) {
      return std::make_tuple(a.key(), a.doc) < std::make_tuple(b.key(), b.doc);
    });
    for (std::size_t begin = 0; begin < told.size();) {
      Meaning m;
      m.kind = Kind::narration;
      std::size_t end = begin;
      while (end < told.size() && told[end].key() == told[begin].key()) {
        if (m.docs.empty() || m.docs.back() != told[end].doc) m.docs.push_back(told[end].doc);
        ++end;
      }
      const Told& t = told[begin];
      begin = end;
      DifferenceConstraint k;
      k.from = t.upper ? end_node(t.event) : start_node(t.neighbour);
      k.to = t.upper ? start_node(t.neighbour) : start_node(t.event);
      k.nominal_lo = k.tolerant_lo = 0;
      k.strength = strength_of(Kind::narration, false, m.docs.size());
      m.a = t.event;
      m.b = t.neighbour;
      m.upper = t.upper;
      add(k, std::move(m));
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
  // An event with no stated date is placed by the others alone: what it has
  // of a time is inferred (interface.md: only bounds follow, start is null).
  if (!dated) e.inferred = true;
}

}  // namespace

void place_in_time(std::vector<FusedEvent>& fused, const std::vector<Event>& obs, const std::vector<std::size_t>& cluster_of) {
  Builder b{fused, obs, cluster_of, {}, {}, {}, {}};
  b.relations();
  b.narration();

  // Components: events linked by relations or narration are solved together.
  std::vector<std::size_t> parent(fused.size());
  std::iota(parent.begin(), parent.end(), std::size_t{0});
  std::vector<bool> needs(fused.size(), false);
  for (const auto& m : b.meanings) {
    const auto r1 = find_root(parent, m.a);
    const auto r2 = find_root(parent, m.b);
    parent[std::max(r1, r2)] = std::min(r1, r2);
    needs[m.a] = needs[m.b] = true;
  }
  for (std::size_t c = 0; c < fused.size(); ++c) {
    // A stated end beside a start or a duration may contradict them.
    if (fused[c].event.status == EventStatus::reported && fused[c].end_stated &&
        (fused[c].start_stated || fused[c].event.duration)) {
      needs[c] = true;
    }
  }
  // Only events in a component get their own constraints: the others have nothing to reason about.
  for (std::size_t c = 0; c < fused.size(); ++c) {
    if (needs[c]) b.per_event(c);
  }
  std::vector<std::vector<std::size_t>> members(fused.size());
  for (std::size_t c = 0; c < fused.size(); ++c) {
    if (needs[c]) members[find_root(parent, c)].push_back(c);
  }
  std::vector<std::vector<std::size_t>> constraints_of(fused.size());
  for (std::size_t k = 0; k < b.meanings.size(); ++k) constraints_of[find_root(parent, b.meanings[k].a)].push_back(k);

  std::vector<std::size_t> local(2 * fused.size() + 1, 0);
  std::vector<std::size_t> touched;  // events given a conflict in the current component
  for (std::size_t root = 0; root < fused.size(); ++root) {
    const auto& events = members[root];
    if (events.empty()) continue;
    // Local numbering: 0 the origin, then S and E of each event; times relative to a base.
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
      c.from = from_origin ? 0 : local[c.from];
      c.to = local[c.to];
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
      auto [dropped_text, dropped_docs] = b.explain(dropped);
      TimelineConflict conflict;
      conflict.field = dropped.field;
      std::vector<std::string> kept;
      conflict.values.push_back(dropped_text);
      conflict.value_docs.push_back(std::move(dropped_docs));
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
        auto [text, text_docs] = b.explain(m);
        conflict.values.push_back(text);
        conflict.value_docs.push_back(std::move(text_docs));
        kept.push_back(std::move(text));
      }
      if (hidden) kept.push_back(fmt::format("and {} more", hidden));
      // Every document involved: gathered as views, sorted and copied once
      // (an event of hundreds of reports names hundreds of documents).
      // Each value's list is nearly always sorted already, so the lists are
      // merged one by one (a list out of order is sorted first).
      std::vector<std::string_view> docs;
      for (const auto& value : conflict.value_docs) {
        const auto middle = static_cast<std::ptrdiff_t>(docs.size());
        docs.insert(docs.end(), value.begin(), value.end());
        if (!std::is_sorted(docs.begin() + middle, docs.end())) std::sort(docs.begin() + middle, docs.end());
        std::inplace_merge(docs.begin(), docs.begin() + middle, docs.end());
      }
      docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
      conflict.docs.assign(docs.begin(), docs.end());
      conflict.chosen = join(kept, "; ");
      conflict.why = fmt::format("these cannot all hold; dropped the weakest: {}", dropped_text);
      // Each event's conflicts are sorted once, after the component: a stable
      // sort of the appended list gives the order sorting after each one would.
      touched.push_back(dropped.a);
      if (dropped.b != Meaning::kNone && dropped.b != dropped.a) {
        fused[dropped.a].event.conflicts.push_back(conflict);
        fused[dropped.b].event.conflicts.push_back(std::move(conflict));
        touched.push_back(dropped.b);
      } else {
        fused[dropped.a].event.conflicts.push_back(std::move(conflict));
      }
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    for (const auto c : touched) sort_conflicts(fused[c].event.conflicts);
    touched.clear();
  }
}

}  // namespace detail
}  // namespace ktimeline
