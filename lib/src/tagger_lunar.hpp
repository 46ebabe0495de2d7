#pragma once
// The Korean lunar holidays (설날, 부처님오신날, 추석) on the solar calendar. Their
// dates come from a table (lib/rules/lunar_holidays.tsv), not from an astronomical
// computation: the table is KASI's calendar, which is what Korean dates follow.
#include <date/date.h>

#include <optional>

namespace ktimeline {
namespace detail {

/// The solar date of a lunar holiday in lunar year `year`: 01-01 설날, 04-08
/// 부처님오신날, 08-15 추석, 1950-2050; nullopt for any other day or year.
///   lunar_holiday(2025, 8, 15) == date::local_days{2025_y / 10 / 6}
std::optional<date::local_days> lunar_holiday(int year, int lunar_month, int lunar_day);

}  // namespace detail
}  // namespace ktimeline
