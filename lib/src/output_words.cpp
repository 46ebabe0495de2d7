// Korean wording of dates, clock times and durations for the readable writers.
#include "output_words.hpp"

#include <fmt/format.h>

#include <array>
#include <string_view>

namespace ktimeline::detail {

namespace {

constexpr std::array<std::string_view, 7> weekday_names{"일", "월", "화", "수", "목", "금", "토"};

std::string_view day_part_word(DayPart part) {
  switch (part) {
    case DayPart::morning: return "오전";
    case DayPart::midday: return "낮";
    case DayPart::afternoon: return "오후";
    case DayPart::evening: return "저녁";
    case DayPart::night: return "밤";
  }
  return "";
}

}  // namespace

int year_of(const TimePoint& point) { return static_cast<int>(point.day().year()); }

bool has_clock(const TimePoint& point) {
  return point.grain == Grain::part_of_day || point.grain == Grain::hour || point.grain == Grain::minute ||
         point.grain == Grain::second;
}

std::string korean_date(const TimePoint& point, int shown_year) {
  if (!point.date_known) return "";
  const auto ymd = point.day();
  const int year = static_cast<int>(ymd.year());
  const auto month = static_cast<unsigned>(ymd.month());
  switch (point.grain) {
    case Grain::century:
    case Grain::decade:
    case Grain::half:
    case Grain::quarter: return point.timex();
    case Grain::season: {
      constexpr std::array<std::string_view, 4> seasons{"겨울", "봄", "여름", "가을"};  // by first month / 3 % 4
      return fmt::format("{}년 {}", year, seasons[(month / 3) % 4]);
    }
    case Grain::year: return fmt::format("{}년", year);
    case Grain::month: return fmt::format("{}년 {}월", year, month);
    case Grain::week:
    case Grain::weekend: return fmt::format("{}년 {}월 {}일 주", year, month, static_cast<unsigned>(ymd.day()));
    default: break;
  }
  const date::weekday weekday{date::local_days{ymd}};
  std::string out = year == shown_year ? std::string() : fmt::format("{}년 ", year);
  out += fmt::format("{}월 {}일({})", month, static_cast<unsigned>(ymd.day()), weekday_names[weekday.c_encoding()]);
  return out;
}

std::string korean_clock(const TimePoint& point) {
  const auto day = date::floor<date::days>(point.start);
  const date::hh_mm_ss<std::chrono::seconds> hms{point.start - day};
  switch (point.grain) {
    case Grain::part_of_day: return std::string(day_part_word(point.part));
    case Grain::hour: return fmt::format("{:02}:00", hms.hours().count());
    case Grain::minute: return fmt::format("{:02}:{:02}", hms.hours().count(), hms.minutes().count());
    case Grain::second:
      return fmt::format("{:02}:{:02}:{:02}", hms.hours().count(), hms.minutes().count(), hms.seconds().count());
    default: return "";
  }
}

std::string korean_duration(const Duration& d, bool approx) {
  std::string out = approx ? "약 " : "";
  const auto part = [&out](int value, std::string_view unit) {
    if (value == 0) return;
    if (!out.empty() && out.back() != ' ') out += ' ';
    out += fmt::format("{}{}", value, unit);
  };
  part(d.years, "년");
  part(d.months, "개월");
  part(d.weeks, "주");
  part(d.days, "일");
  part(d.hours, "시간");
  part(d.minutes, "분");
  part(d.seconds, "초");
  if (d.empty()) out += "0분";
  return out;
}

}  // namespace ktimeline::detail
