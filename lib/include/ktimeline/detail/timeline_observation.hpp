#pragma once
// Internals of the timeline: one input Event seen as an observation. The
// canonical order and equality of Events (so that the result never depends
// on input order), the time an observation states as a plain interval of
// seconds, and how far an arrival or departure reaches.
#include <cstdint>
#include <string_view>
#include <vector>

#include "ktimeline/event.hpp"
#include "ktimeline/timeline.hpp"
#include "ktimeline/timex.hpp"

namespace ktimeline {
namespace detail {

/// Local wall-clock seconds since 1970-01-01T00:00 (no zone): the unit of all
/// time arithmetic inside the timeline.
using Seconds = std::int64_t;
inline constexpr Seconds kMinute = 60;
inline constexpr Seconds kHour = 60 * kMinute;
inline constexpr Seconds kDay = 24 * kHour;

/// Seconds of a local time point.
///   seconds_of(date::local_days{date::year{1970} / 1 / 2}) == 86400
inline Seconds seconds_of(date::local_seconds t) noexcept { return t.time_since_epoch().count(); }

/// The local time point of seconds.
///   local_of(86400) == date::local_days{date::year{1970} / 1 / 2}
inline date::local_seconds local_of(Seconds s) noexcept { return date::local_seconds{std::chrono::seconds{s}}; }

/// Numbers distinct strings 0, 1, 2.. in order of first sight: an open
/// addressing table of views, with no allocation per string. The strings must
/// outlive it.
///   StringInterner names; names.id("갑") == 0; names.id("을") == 1; names.id("갑") == 0
class StringInterner {
 public:
  explicit StringInterner(std::size_t expected = 0);
  std::uint32_t id(std::string_view s);
  std::size_t size() const noexcept { return views_.size(); }
  /// The string with the given id.
  std::string_view view(std::uint32_t id) const noexcept { return views_[id]; }

 private:
  void grow();
  std::vector<std::uint32_t> slots_;  // id + 1, or 0 when empty
  std::vector<std::string_view> views_;
};

/// Total order on the whole content of two events: <0, 0 or >0. Document and
/// index decide first, so a document's events stay together in narrative order.
///   compare_events(a, a) == 0
int compare_events(const Event& a, const Event& b) noexcept;

/// Total order on the content of two stated stays.
///   compare_stays(s, s) == 0
int compare_stays(const StatedStay& a, const StatedStay& b) noexcept;

/// Sorts events canonically and drops exact duplicates (set semantics), so a
/// shard given twice, or the same document in two shards, counts once.
///   canonicalize(events);
void canonicalize(std::vector<Event>& events);

/// Sorts stays canonically and drops exact duplicates.
///   canonicalize(stays);
void canonicalize(std::vector<StatedStay>& stays);

/// How far an arrival or departure reaches.
enum class MoveScope : std::uint8_t {
  unknown,
  country,  // crossing a border: 입국, 출국, 방한, through an airport
  site      // reaching a venue: a hotel, an office, a plant
};

/// The scope an event's predicate, summary and place words imply (rules table
/// timeline_scope.tsv); unknown when nothing says.
///   movement_scope(e) == MoveScope::country  // e.predicate == "입국한"
MoveScope movement_scope(const Event& event);

/// The scope of every arrival, departure and move of a list (others: unknown),
/// computed once for the stages that need it.
///   auto scopes = movement_scopes(observations);
std::vector<MoveScope> movement_scopes(const std::vector<Event>& events);

/// A stated time as an interval of seconds.
struct ObservedTime {
  bool known = false;      // a dated value (no XXXX date)
  bool fine = false;       // a clock time (hour grain or finer): a point, not a unit
  bool approx = false;
  bool narrative = false;  // not stated: bounded by the neighbours the document narrates
  Seconds lo = 0;          // the unit's first second (a clock time: the time itself)
  Seconds hi = 0;          // the unit's end (inclusive; a clock time: the time itself)
};

/// The time an event's start states; unknown when it states none or no date.
///   observed_start(e).fine  // e.start == 2025-02-04T14:40
ObservedTime observed_start(const Event& event);

/// True when `outer` is a unit (a day, a part of day or coarser) that contains
/// `inner`: 2025-02-04 and 2025-02-04TAF contain 2025-02-04T14:40; TAF does not
/// contain 23:00. A clock time is a point and contains nothing but itself.
///   contains(*parse_timex_point("2025-02-03TNI"), *parse_timex_point("2025-02-03T23:00"))
bool contains(const TimePoint& outer, const TimePoint& inner) noexcept;

/// Equal, or one contains the other: two reports that do not contradict.
///   agrees(*parse_timex_point("2025-02-04"), *parse_timex_point("2025-02-04T09:00"))
bool agrees(const TimePoint& a, const TimePoint& b) noexcept;

}  // namespace detail
}  // namespace ktimeline
