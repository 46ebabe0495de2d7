#pragma once
// How the readable writers say dates, times and durations in Korean
// (`2월 4일(화)`, `~14:40`, `18시간 30분`), shared by the text, ICS and SVG writers.
#include <optional>
#include <string>

#include "ktimeline/timex.hpp"

namespace ktimeline::detail {

/// `2월 4일(화)`; with the year when it is not `shown_year`: `2024년 1월 3일(수)`;
/// coarser grains stop early: `2024년 1월`, `2025년`.
std::string korean_date(const TimePoint& point, int shown_year);

/// The time of day of a point: `14:40`, `14:40:05`, `오후` for a part of
/// day, `14:00` for an hour; "" for a date or coarser.
std::string korean_clock(const TimePoint& point);

/// `18시간 30분`, `2일`, `약 40분` (with `approx`).
std::string korean_duration(const Duration& duration, bool approx = false);

/// The year a point falls in.
int year_of(const TimePoint& point);

/// True when the point names a time of day (part of day, hour, minute, second).
bool has_clock(const TimePoint& point);

}  // namespace ktimeline::detail
