#pragma once
// Phase one of the temporal engine: what a time expression SAYS, before it is
// resolved against a reference time. `전날(3일) 밤` reads as "the day before
// the discourse date, confirmed as day 3, night"; resolve() makes it a value.
#include <cstdint>
#include <optional>
#include <string_view>

#include "ktimeline/text.hpp"
#include "ktimeline/timex.hpp"

namespace ktimeline {

/// What a date is counted from.
enum class DateBase : std::uint8_t {
  none,        // no date said
  absolute,    // a year is said: 2025년 2월 4일, 2025.2.4
  reference,   // counted from the reference time: 4일, 오늘, 지난달 21일, 작년, 3일 전
  discourse,   // counted from the discourse date: 이날, 전날, 다음날
  named_year   // counted from the year last named: 같은 해 6월, 이듬해
};

/// `지난`, `오는`, `이번`, `다음` in front of a date.
enum class Direction : std::uint8_t { none, past, future, this_one, next };

/// Day-part words in front of a clock time or alone.
enum class DayWord : std::uint8_t { none, am, pm, morning, midday, evening, night, dawn };

/// A date as said. Unset fields are -1 / 0; offsets are relative to `base`.
struct DateSpec {
  DateBase base = DateBase::none;
  Direction direction = Direction::none;
  int year = -1;          // 2025; two-digit years are already widened
  int month = -1;         // 1-12
  int day = -1;           // 1-31
  int confirm_day = -1;   // 전날(3일): the day in parentheses
  int year_offset = 0;    // 작년 -1
  int month_offset = 0;   // 지난달 -1
  int week_offset = 0;    // 지난주 -1
  int day_offset = 0;     // 어제 -1, 전날 -1
  bool year_relative = false, month_relative = false, week_relative = false, day_relative = false;
  int weekday = -1;       // ISO 1-7
  int quarter = -1;       // 1-4
  int half = -1;          // 1-2
  int season = -1;        // 1 spring, 2 summer, 3 autumn, 4 winter (올여름 2)
  bool lunar = false;     // month and day are on the lunar calendar (추석: 8, 15)
  int holiday_days = 0;   // 설 연휴: a holiday period of that many days around the day (3)
  int decade = -1;        // 2010 for 2010년대
  int century = -1;       // 21 for 21세기
  bool weekend = false;
  int ordinal = 0;        // 첫째 1, 마지막 -1: of the weekday, week or day within the month
  bool ordinal_week = false, ordinal_day = false;
  Mod position = Mod::none;   // 초/중순/말: START, MID, END of the month or year
  Grain grain = Grain::day;   // the finest unit said
  bool said() const { return base != DateBase::none; }
};

/// A clock time as said.
struct ClockSpec {
  int hour = -1;      // as written (2 in 오후 2시)
  int minute = -1;
  int second = -1;
  DayWord word = DayWord::none;
  bool noon = false, midnight = false;
  bool said() const { return hour >= 0; }
};

/// An offset point: `3일 전`, `2시간 뒤`.
struct OffsetSpec {
  Duration amount;
  int sign = 0;         // -1 before, +1 after, 0 none
  bool within = false;  // 한 시간 안에: by then (a duration LESS_THAN in news, a point for assistants)
};

/// One unresolved reading of a time expression.
struct Reading {
  ByteSpan span;
  TimexType type = TimexType::date;
  Mod mod = Mod::none;
  std::string_view rule;        // id of the rule that built it
  DateSpec date;                // DATE/TIME, and the start of an INTERVAL
  ClockSpec clock;
  DayWord part = DayWord::none; // a part of day with no clock: 4일 오후
  DateSpec end_date;            // the end of an INTERVAL (unset fields inherit the start's)
  ClockSpec end_clock;
  DayWord end_part = DayWord::none;
  Duration duration;            // DURATION, or the length of a start+duration INTERVAL
  bool interval_by_duration = false;
  Direction duration_direction = Direction::none;  // 지난 2주, 다음 3년: a duration placed before or after now
  OffsetSpec offset;            // point = anchor + offset
  std::string_view set_period;  // SET: "day", "week", "month", "year", "hour"
  int frequency = 0;            // SET: 하루 세 번 -> 3
  std::string_view zone_hint;   // 현지시간 -> "local"; or an IANA zone named in the text
  bool future_cue = false;      // 오는 / 예정 / -ㄹ 계획 near it
  bool now = false;             // 지금, 현재: the reference time itself
};

}  // namespace ktimeline
