#pragma once
// The rule ids of the grammar's productions: reported on every mention, and
// each one covered by an example in tests/corpus/ko (a test checks it).
#include <array>
#include <string_view>

namespace ktimeline {
namespace detail {
namespace rules {

inline constexpr std::string_view clock_colon = "clock.colon";
inline constexpr std::string_view clock_latin_meridiem = "clock.latin_meridiem";
inline constexpr std::string_view clock_daypart_hour = "clock.daypart_hour";
inline constexpr std::string_view clock_daypart_hour_minute = "clock.daypart_hour_minute";
inline constexpr std::string_view clock_half = "clock.half";
inline constexpr std::string_view clock_hour = "clock.hour";
inline constexpr std::string_view clock_hour_minute = "clock.hour_minute";
inline constexpr std::string_view clock_hour_minute_second = "clock.hour_minute_second";
inline constexpr std::string_view clock_meridiem_colon = "clock.meridiem_colon";
inline constexpr std::string_view clock_meridiem_hour = "clock.meridiem_hour";
inline constexpr std::string_view clock_meridiem_hour_minute = "clock.meridiem_hour_minute";
inline constexpr std::string_view clock_midnight = "clock.midnight";
inline constexpr std::string_view clock_native_hour = "clock.native_hour";
inline constexpr std::string_view clock_noon = "clock.noon";
inline constexpr std::string_view date_bare_year = "date.bare_year";
inline constexpr std::string_view date_century = "date.century";
inline constexpr std::string_view date_day = "date.day";
inline constexpr std::string_view date_decade = "date.decade";
inline constexpr std::string_view date_direction_day = "date.direction_day";
inline constexpr std::string_view date_direction_month = "date.direction_month";
inline constexpr std::string_view date_direction_weekday = "date.direction_weekday";
inline constexpr std::string_view date_discourse_day = "date.discourse_day";
inline constexpr std::string_view date_discourse_month = "date.discourse_month";
inline constexpr std::string_view date_discourse_year = "date.discourse_year";
inline constexpr std::string_view date_range = "date.range";
inline constexpr std::string_view date_half = "date.half";
inline constexpr std::string_view date_holiday = "date.holiday";
inline constexpr std::string_view date_holiday_period = "date.holiday_period";
inline constexpr std::string_view date_lunar_holiday = "date.lunar_holiday";
inline constexpr std::string_view date_month = "date.month";
inline constexpr std::string_view date_month_day = "date.month_day";
inline constexpr std::string_view date_month_dot_day = "date.month_dot_day";
inline constexpr std::string_view date_month_position = "date.month_position";
inline constexpr std::string_view date_numeric = "date.numeric";
inline constexpr std::string_view date_past_year = "date.past_year";
inline constexpr std::string_view date_position = "date.position";
inline constexpr std::string_view date_quarter = "date.quarter";
inline constexpr std::string_view date_season = "date.season";
inline constexpr std::string_view date_relative_day = "date.relative_day";
inline constexpr std::string_view date_relative_month = "date.relative_month";
inline constexpr std::string_view date_relative_month_day = "date.relative_month_day";
inline constexpr std::string_view date_relative_quarter = "date.relative_quarter";
inline constexpr std::string_view date_relative_week = "date.relative_week";
inline constexpr std::string_view date_relative_week_day = "date.relative_week_day";
inline constexpr std::string_view date_relative_year = "date.relative_year";
inline constexpr std::string_view date_relative_year_month = "date.relative_year_month";
inline constexpr std::string_view date_relative_year_quarter = "date.relative_year_quarter";
inline constexpr std::string_view date_week_position = "date.week_position";
inline constexpr std::string_view date_weekday = "date.weekday";
inline constexpr std::string_view date_weekend = "date.weekend";
inline constexpr std::string_view date_year = "date.year";
inline constexpr std::string_view date_year_month = "date.year_month";
inline constexpr std::string_view date_year_month_day = "date.year_month_day";
inline constexpr std::string_view date_year_position = "date.year_position";
inline constexpr std::string_view duration_ahead = "duration.ahead";
inline constexpr std::string_view duration_during = "duration.during";
inline constexpr std::string_view duration_native = "duration.native";
inline constexpr std::string_view duration_native_days = "duration.native_days";
inline constexpr std::string_view duration_since = "duration.since";
inline constexpr std::string_view duration_units = "duration.units";
inline constexpr std::string_view interval_between = "interval.between";
inline constexpr std::string_view interval_from_to = "interval.from_to";
inline constexpr std::string_view interval_range = "interval.range";
inline constexpr std::string_view interval_start_duration = "interval.start_duration";
inline constexpr std::string_view offset_after = "offset.after";
inline constexpr std::string_view offset_before = "offset.before";
inline constexpr std::string_view set_every = "set.every";
inline constexpr std::string_view time_date_clock = "time.date_clock";
inline constexpr std::string_view time_date_daypart = "time.date_daypart";
inline constexpr std::string_view time_daypart = "time.daypart";
inline constexpr std::string_view time_now = "time.now";
inline constexpr std::string_view offset_within = "offset.within";
inline constexpr std::string_view duration_direction = "duration.direction";
inline constexpr std::string_view date_ordinal = "date.ordinal";
inline constexpr std::string_view clock_minutes_before = "clock.minutes_before";
inline constexpr std::string_view date_short_year = "date.short_year";
inline constexpr std::string_view date_month_slash_day = "date.month_slash_day";
inline constexpr std::string_view duration_nights_days = "duration.nights_days";
inline constexpr std::string_view set_frequency = "set.frequency";

inline constexpr std::array<std::string_view, 79> all = {
    clock_colon,
    clock_latin_meridiem,
    clock_daypart_hour,
    clock_daypart_hour_minute,
    clock_half,
    clock_hour,
    clock_hour_minute,
    clock_hour_minute_second,
    clock_meridiem_colon,
    clock_meridiem_hour,
    clock_meridiem_hour_minute,
    clock_midnight,
    clock_native_hour,
    clock_noon,
    date_bare_year,
    date_century,
    date_day,
    date_decade,
    date_direction_day,
    date_direction_month,
    date_direction_weekday,
    date_discourse_day,
    date_discourse_month,
    date_discourse_year,
    date_half,
    date_range,
    date_holiday,
    date_holiday_period,
    date_lunar_holiday,
    date_month,
    date_month_day,
    date_month_dot_day,
    date_month_position,
    date_numeric,
    date_past_year,
    date_position,
    date_quarter,
    date_season,
    date_relative_day,
    date_relative_month,
    date_relative_month_day,
    date_relative_quarter,
    date_relative_week,
    date_relative_week_day,
    date_relative_year,
    date_relative_year_month,
    date_relative_year_quarter,
    date_week_position,
    date_weekday,
    date_weekend,
    date_year,
    date_year_month,
    date_year_month_day,
    date_year_position,
    duration_ahead,
    duration_during,
    duration_native,
    duration_native_days,
    duration_since,
    duration_units,
    interval_between,
    interval_from_to,
    interval_range,
    interval_start_duration,
    offset_after,
    offset_before,
    set_every,
    time_date_clock,
    time_date_daypart,
    time_daypart,
    time_now,
    offset_within,
    duration_direction,
    date_ordinal,
    clock_minutes_before,
    date_short_year,
    date_month_slash_day,
    duration_nights_days,
    set_frequency,
};

}  // namespace rules
}  // namespace detail
}  // namespace ktimeline
