#pragma once
// TIMEX3-style values: the types every later stage (events, timeline) works
// with. Wall-clock values are date::local_* types; instants are date::sys_*;
// the two never mix. See docs/normalization.md for the string forms.
#include <date/date.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "ktimeline/text.hpp"

namespace ktimeline {

/// What kind of time a mention names (TIMEX3 type).
enum class TimexType : std::uint8_t { date, time, duration, interval, set };

/// Approximation or position marks (TIMEX3 mod). `none` prints as null.
enum class Mod : std::uint8_t { none, approx, more_than, less_than, start, mid, end };

/// The unit a point value is stated at, coarsest first.
enum class Grain : std::uint8_t {
  century, decade, year, half, quarter, season, month, week, weekend, day, part_of_day, hour, minute, second
};
// `season` is a meteorological season as the Korea Meteorological Administration counts
// it: spring March-May, summer June-August, autumn September-November, winter December
// to February. Its value is the year it starts in: `2024-WI` runs from 2024-12-01.

/// Parts of the day as TIMEX3 names them: MO, MI, AF, EV, NI.
enum class DayPart : std::uint8_t { morning, midday, afternoon, evening, night };

/// The hours a part of day covers, [first, last): morning 04-12, midday 12-14,
/// afternoon 12-19, evening and night 18-24 (Duckling's bounds; TIMEX3 sets none).
///   day_part_hours(DayPart::afternoon) == {12, 19}
constexpr std::pair<int, int> day_part_hours(DayPart p) noexcept {
  switch (p) {
    case DayPart::morning: return {4, 12};
    case DayPart::midday: return {12, 14};
    case DayPart::afternoon: return {12, 19};
    case DayPart::evening: return {18, 24};
    case DayPart::night: return {18, 24};
  }
  return {0, 24};
}

std::string_view to_string(TimexType) noexcept;  // "DATE", "TIME", ...
std::string_view to_string(Mod) noexcept;        // "APPROX", ... ; "" for none
std::string_view to_string(Grain) noexcept;      // "day", "minute", ...
std::string_view to_string(DayPart) noexcept;    // "MO", "MI", ...

/// A DATE or TIME value: the first local instant of a unit of time plus the
/// unit's grain. `2025-02-04TAF` is {2025-02-04 12:00, part_of_day, afternoon};
/// a clock time with no known date sets `date_known = false` (XXXX-XX-XXT14:00).
struct TimePoint {
  date::local_seconds start{};
  Grain grain = Grain::day;
  DayPart part = DayPart::morning;  // meaningful for Grain::part_of_day only
  bool date_known = true;

  /// The first instant after the unit: start + one grain.
  date::local_seconds end() const;
  /// The TIMEX3 value: "2025-02-04", "2025-02-04T14:40", "2025-W06", "2025-H2", "201".
  std::string timex() const;
  /// The local calendar date of `start`.
  date::year_month_day day() const { return date::year_month_day{date::floor<date::days>(start)}; }

  static TimePoint at_day(date::year_month_day d) {
    return {date::local_days{d}, Grain::day, DayPart::morning, true};
  }
  static TimePoint at_minute(date::local_seconds t) { return {t, Grain::minute, DayPart::morning, true}; }
  friend bool operator==(const TimePoint& a, const TimePoint& b) {
    return a.start == b.start && a.grain == b.grain && a.date_known == b.date_known &&
           (a.grain != Grain::part_of_day || a.part == b.part);
  }
  friend bool operator!=(const TimePoint& a, const TimePoint& b) { return !(a == b); }
};

/// An ISO 8601 duration kept by unit, since `P1M` is not a fixed number of days.
struct Duration {
  std::int32_t years = 0, months = 0, weeks = 0, days = 0, hours = 0, minutes = 0, seconds = 0;

  /// "PT2H", "P8M", "P1Y6M", "PT1H30M"; "PT0S" when empty.
  std::string iso() const;
  /// Fixed-length approximation (month = 30 days, year = 365 days), for arithmetic on clocks.
  std::chrono::seconds approximate_seconds() const;
  bool empty() const {
    return years == 0 && months == 0 && weeks == 0 && days == 0 && hours == 0 && minutes == 0 && seconds == 0;
  }
  friend bool operator==(const Duration& a, const Duration& b) {
    return a.years == b.years && a.months == b.months && a.weeks == b.weeks && a.days == b.days &&
           a.hours == b.hours && a.minutes == b.minutes && a.seconds == b.seconds;
  }
};

/// Adds a duration calendar-wise: months and years on the calendar, the rest as time.
date::local_seconds add(date::local_seconds t, const Duration& d);

/// A resolved time value of any TIMEX3 type.
struct TimexValue {
  TimexType type = TimexType::date;
  Mod mod = Mod::none;
  TimePoint point{};          // DATE, TIME; the start of an INTERVAL
  TimePoint end_point{};      // the end of an INTERVAL
  Duration duration{};        // DURATION; the duration that built an INTERVAL, if any
  std::string set_value;      // SET: "XXXX-WXX-2", "P1D", ...
  int frequency = 0;          // SET: `하루 세 번` -> 3
  /// The same value as an instant, when a time zone is known (TIME values only).
  std::optional<date::sys_seconds> instant;
  std::string zone;           // IANA zone the wall-clock value is in
  /// A value with unknown parts (`XXXX-XX-04`) when nothing anchors it; wins over the fields above.
  std::string unresolved;

  /// The TIMEX3 value string as normalization.md defines it.
  std::string value() const;
};

/// Where a document's reference (publication) time came from.
enum class ReferenceSource : std::uint8_t { given, byline, caption, collection, none };
std::string_view to_string(ReferenceSource) noexcept;

/// Parses a TIMEX3 DATE or TIME value back ("2025-02-04", "2025-02-04T14:40",
/// "2025-02-04TAF", "2025-02", "2025"); nullopt if it is not one.
std::optional<TimePoint> parse_timex_point(std::string_view value);

/// Parses "PT2H30M", "P8M", "P2D"; nullopt if malformed.
std::optional<Duration> parse_iso_duration(std::string_view value);

}  // namespace ktimeline
