// Observations: the canonical order of input events, their stated times as
// seconds, and the reach (scope) of arrivals and departures.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ktimeline/detail/embedded_tables.hpp"
#include "ktimeline/detail/timeline_observation.hpp"
#include "ktimeline/error.hpp"
#include "tsv_rows.hpp"

namespace ktimeline {
namespace detail {

namespace {

// Three-way comparison helpers: every field of an Event takes part, so the
// order is total on content and never falls back on input position.
template <class T>
int three_way(const T& a, const T& b) noexcept {
  return a < b ? -1 : (b < a ? 1 : 0);
}

int compare_point(const TimePoint& a, const TimePoint& b) noexcept {
  if (int c = three_way(a.start, b.start)) return c;
  if (int c = three_way(a.grain, b.grain)) return c;
  if (int c = three_way(a.date_known, b.date_known)) return c;
  return a.grain == Grain::part_of_day ? three_way(a.part, b.part) : 0;
}

int compare_duration(const Duration& a, const Duration& b) noexcept {
  if (int c = three_way(a.years, b.years)) return c;
  if (int c = three_way(a.months, b.months)) return c;
  if (int c = three_way(a.weeks, b.weeks)) return c;
  if (int c = three_way(a.days, b.days)) return c;
  if (int c = three_way(a.hours, b.hours)) return c;
  if (int c = three_way(a.minutes, b.minutes)) return c;
  return three_way(a.seconds, b.seconds);
}

template <class T, class Compare>
int compare_optional(const std::optional<T>& a, const std::optional<T>& b, Compare compare) noexcept {
  if (a.has_value() != b.has_value()) return a.has_value() ? 1 : -1;
  return a ? compare(*a, *b) : 0;
}

int compare_relation(const EventRelation& a, const EventRelation& b) noexcept {
  if (int c = three_way(a.kind, b.kind)) return c;
  if (int c = three_way(a.other, b.other)) return c;
  if (int c = compare_optional(a.offset, b.offset, compare_duration)) return c;
  return a.cue.compare(b.cue);
}

template <class T, class Compare>
int compare_vector(const std::vector<T>& a, const std::vector<T>& b, Compare compare) noexcept {
  const auto n = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (int c = compare(a[i], b[i])) return c;
  }
  return three_way(a.size(), b.size());
}

int compare_string(const std::string& a, const std::string& b) noexcept {
  const int c = a.compare(b);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

// The rules table timeline_scope.tsv, read once into an immutable list.
struct ScopeWord {
  bool in_place = false;  // else: in the predicate or summary
  std::string word;
  MoveScope scope = MoveScope::unknown;
};

std::vector<ScopeWord> read_scope_table() {
  constexpr std::string_view name = "timeline_scope.tsv";
  const std::string_view tsv = embedded_table("timeline_scope");
  std::vector<ScopeWord> words;
  for_each_tsv_row(tsv, [&](const std::vector<std::string_view>& fields, std::size_t line_no) {
    if (fields.size() != 3) throw TableError(std::string{name}, line_no, "expected three tab-separated columns");
    const auto field = fields[0];
    const auto word = fields[1];
    const auto scope = fields[2];
    ScopeWord row;
    if (field == "place") row.in_place = true;
    else if (field != "predicate") throw TableError(std::string{name}, line_no, "field must be predicate or place");
    if (word.empty()) throw TableError(std::string{name}, line_no, "empty word");
    row.word = std::string{word};
    if (scope == "country") row.scope = MoveScope::country;
    else if (scope == "site") row.scope = MoveScope::site;
    else throw TableError(std::string{name}, line_no, "scope must be country or site");
    words.push_back(std::move(row));
  });
  // Country words win over site words ("비즈니스항공센터" is an airport, not a centre).
  std::stable_sort(words.begin(), words.end(),
                   [](const ScopeWord& a, const ScopeWord& b) { return a.scope == MoveScope::country && b.scope != MoveScope::country; });
  return words;
}

// The scope words of one field indexed by their first bytes, so that a text
// is read once whatever the number of words: a bit per two-byte prefix skips
// most positions, and at the others only the words that start with the three
// bytes there are compared. Words shorter than three bytes (none today) are
// searched for one by one.
class ScopeFieldMatcher {
 public:
  ScopeFieldMatcher(const std::vector<ScopeWord>& words, bool in_place) : words_(&words), pairs_(1u << 16) {
    for (std::uint32_t k = 0; k < words.size(); ++k) {
      if (words[k].in_place != in_place) continue;
      const std::string& w = words[k].word;
      if (w.size() < 3) {
        short_rows_.push_back(k);
        continue;
      }
      rows_.push_back(k);
      pairs_[pair_of(w.data())] = true;
    }
    std::stable_sort(rows_.begin(), rows_.end(), [&](std::uint32_t a, std::uint32_t b) {
      return key_of(words[a].word.data()) < key_of(words[b].word.data());
    });
    for (const auto k : rows_) keys_.push_back(key_of(words[k].word.data()));
  }

  // The first row (in table order) found in `text`, or `best` if none comes before it.
  std::uint32_t first_in(std::string_view text, std::uint32_t best) const noexcept {
    const auto& words = *words_;
    for (const auto k : short_rows_) {
      if (k < best && text.find(words[k].word) != std::string_view::npos) best = k;
    }
    for (std::size_t p = 0; p + 3 <= text.size(); ++p) {
      if (!pairs_[pair_of(text.data() + p)]) continue;
      const std::uint32_t here = key_of(text.data() + p);
      for (auto at = std::lower_bound(keys_.begin(), keys_.end(), here); at != keys_.end() && *at == here; ++at) {
        const std::uint32_t k = rows_[static_cast<std::size_t>(at - keys_.begin())];
        if (k < best && text.substr(p, words[k].word.size()) == words[k].word) best = k;
      }
    }
    return best;
  }

 private:
  static std::uint32_t byte(const char* p, int i) noexcept { return static_cast<unsigned char>(p[i]); }
  static std::uint32_t pair_of(const char* p) noexcept { return byte(p, 0) << 8 | byte(p, 1); }
  static std::uint32_t key_of(const char* p) noexcept { return byte(p, 0) << 16 | byte(p, 1) << 8 | byte(p, 2); }

  const std::vector<ScopeWord>* words_;
  std::vector<bool> pairs_;           // some word starts with these two bytes
  std::vector<std::uint32_t> keys_;   // the first three bytes of rows_, ascending
  std::vector<std::uint32_t> rows_;   // words of three bytes or more
  std::vector<std::uint32_t> short_rows_;
};

struct ScopeMatcher {
  std::vector<ScopeWord> words;  // table order: country words first
  ScopeFieldMatcher said{words, false};
  ScopeFieldMatcher where{words, true};
  explicit ScopeMatcher(std::vector<ScopeWord> table) : words(std::move(table)) {}
  ScopeMatcher(const ScopeMatcher&) = delete;  // the field matchers point at `words`
  ScopeMatcher& operator=(const ScopeMatcher&) = delete;
};

const ScopeMatcher& scope_matcher() {
  static const ScopeMatcher matcher{read_scope_table()};  // immutable once built
  return matcher;
}

}  // namespace

StringInterner::StringInterner(std::size_t expected) {
  std::size_t size = 64;
  while (size < expected * 2) size *= 2;
  slots_.assign(size, 0);
  views_.reserve(expected);
}

std::uint32_t StringInterner::id(std::string_view s) {
  if ((views_.size() + 1) * 2 > slots_.size()) grow();
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = std::hash<std::string_view>{}(s) & mask;; i = (i + 1) & mask) {
    if (slots_[i] == 0) {
      views_.push_back(s);
      slots_[i] = static_cast<std::uint32_t>(views_.size());
      return slots_[i] - 1;
    }
    if (views_[slots_[i] - 1] == s) return slots_[i] - 1;
  }
}

void StringInterner::grow() {
  slots_.assign(std::max<std::size_t>(64, slots_.size() * 2), 0);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t k = 0; k < views_.size(); ++k) {
    std::size_t i = std::hash<std::string_view>{}(views_[k]) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = static_cast<std::uint32_t>(k + 1);
  }
}

int compare_events(const Event& a, const Event& b) noexcept {
  if (int c = compare_string(a.doc, b.doc)) return c;
  if (int c = three_way(a.index, b.index)) return c;
  if (int c = three_way(a.type, b.type)) return c;
  if (int c = three_way(a.status, b.status)) return c;
  if (int c = compare_optional(a.start, b.start, compare_point)) return c;
  if (int c = compare_optional(a.end, b.end, compare_point)) return c;
  if (int c = compare_optional(a.duration, b.duration, compare_duration)) return c;
  if (int c = three_way(a.approx, b.approx)) return c;
  if (int c = three_way(a.from_caption, b.from_caption)) return c;
  if (int c = compare_string(a.predicate, b.predicate)) return c;
  if (int c = compare_string(a.summary, b.summary)) return c;
  if (int c = compare_string(a.subject, b.subject)) return c;
  if (int c = compare_vector(a.participants, b.participants, compare_string)) return c;
  if (int c = compare_string(a.place, b.place)) return c;
  if (int c = compare_string(a.sentence, b.sentence)) return c;
  if (int c = three_way(a.sentence_span.begin, b.sentence_span.begin)) return c;
  if (int c = three_way(a.sentence_span.end, b.sentence_span.end)) return c;
  if (int c = compare_string(a.time_text, b.time_text)) return c;
  if (int c = compare_optional(a.reference, b.reference, compare_point)) return c;
  return compare_vector(a.relations, b.relations, compare_relation);
}

int compare_stays(const StatedStay& a, const StatedStay& b) noexcept {
  if (int c = compare_string(a.doc, b.doc)) return c;
  if (int c = compare_duration(a.duration, b.duration)) return c;
  if (int c = three_way(a.approx, b.approx)) return c;
  if (int c = compare_string(a.sentence, b.sentence)) return c;
  return compare_string(a.mention, b.mention);
}

void canonicalize(std::vector<Event>& events) {
  // Sort positions, not Events: an Event is large, and each one then moves
  // once. Documents are grouped through a hash table first, so only the
  // distinct document names are sorted as strings and each document's events
  // among themselves (the same order as compare_events, at a fraction of the
  // string comparisons).
  StringInterner names(events.size() / 4 + 16);
  std::vector<std::uint32_t> group(events.size());
  for (std::size_t i = 0; i < events.size(); ++i) group[i] = names.id(events[i].doc);
  std::vector<std::uint32_t> rank_of_name(names.size());
  {
    std::vector<std::uint32_t> by_name(names.size());
    for (std::size_t g = 0; g < by_name.size(); ++g) by_name[g] = static_cast<std::uint32_t>(g);
    std::sort(by_name.begin(), by_name.end(),
              [&](std::uint32_t a, std::uint32_t b) { return names.view(a) < names.view(b); });
    for (std::size_t r = 0; r < by_name.size(); ++r) rank_of_name[by_name[r]] = static_cast<std::uint32_t>(r);
  }
  struct Key {
    std::uint32_t doc_rank;
    std::size_t index;
    std::size_t position;
  };
  std::vector<Key> keys(events.size());
  for (std::size_t i = 0; i < events.size(); ++i) keys[i] = Key{rank_of_name[group[i]], events[i].index, i};
  std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
    if (a.doc_rank != b.doc_rank) return a.doc_rank < b.doc_rank;
    if (a.index != b.index) return a.index < b.index;
    return compare_events(events[a.position], events[b.position]) < 0;
  });
  // Apply the permutation in place, cycle by cycle: a new vector of Events
  // would touch as much fresh memory as the input holds.
  std::vector<std::size_t> source(events.size());
  for (std::size_t i = 0; i < source.size(); ++i) source[i] = keys[i].position;
  keys.clear();
  keys.shrink_to_fit();
  for (std::size_t start = 0; start < source.size(); ++start) {
    if (source[start] == start || source[start] == static_cast<std::size_t>(-1)) continue;
    Event held = std::move(events[start]);
    std::size_t at = start;
    while (source[at] != start) {
      const std::size_t from = source[at];
      events[at] = std::move(events[from]);
      source[at] = static_cast<std::size_t>(-1);
      at = from;
    }
    events[at] = std::move(held);
    source[at] = static_cast<std::size_t>(-1);
  }
  // Drop exact duplicates, now adjacent.
  events.erase(std::unique(events.begin(), events.end(),
                           [](const Event& a, const Event& b) { return compare_events(a, b) == 0; }),
               events.end());
}

void canonicalize(std::vector<StatedStay>& stays) {
  std::sort(stays.begin(), stays.end(), [](const StatedStay& a, const StatedStay& b) { return compare_stays(a, b) < 0; });
  stays.erase(std::unique(stays.begin(), stays.end(),
                          [](const StatedStay& a, const StatedStay& b) { return compare_stays(a, b) == 0; }),
              stays.end());
}

MoveScope movement_scope(const Event& event) {
  // The first row of the table found in its field decides, as if each row
  // were searched for in turn.
  const ScopeMatcher& m = scope_matcher();
  const auto none = static_cast<std::uint32_t>(m.words.size());
  std::uint32_t first = m.said.first_in(event.predicate, none);
  first = m.said.first_in(event.summary, first);
  first = m.where.first_in(event.place, first);
  return first == none ? MoveScope::unknown : m.words[first].scope;
}

std::vector<MoveScope> movement_scopes(const std::vector<Event>& events) {
  std::vector<MoveScope> scopes(events.size(), MoveScope::unknown);
  for (std::size_t i = 0; i < events.size(); ++i) {
    const auto t = events[i].type;
    if (t == EventType::arrive || t == EventType::depart || t == EventType::move) scopes[i] = movement_scope(events[i]);
  }
  return scopes;
}

ObservedTime observed_start(const Event& event) {
  ObservedTime t;
  if (!event.start || !event.start->date_known) return t;
  const TimePoint& p = *event.start;
  t.known = true;
  t.approx = event.approx;
  t.fine = p.grain >= Grain::hour;
  t.lo = seconds_of(p.start);
  t.hi = t.fine ? t.lo : seconds_of(p.end());
  if (t.hi < t.lo) t.hi = t.lo;
  return t;
}

bool contains(const TimePoint& outer, const TimePoint& inner) noexcept {
  if (!outer.date_known || !inner.date_known) return false;
  if (outer.grain > Grain::part_of_day) return false;  // clock times are points
  if (inner.grain < outer.grain) return false;
  if (inner.grain == outer.grain && inner != outer) return false;
  // Inclusive end: `오후 6시` is said as afternoon although the part of day ends at 18:00.
  return inner.start >= outer.start && inner.start <= outer.end();
}

bool agrees(const TimePoint& a, const TimePoint& b) noexcept { return a == b || contains(a, b) || contains(b, a); }

}  // namespace detail
}  // namespace ktimeline
