// TIMEX3 string forms of values, and parsing them back (for `ktimeline merge`).
#include <date/iso_week.h>
#include <fmt/format.h>

#include <array>
#include <charconv>

#include "ktimeline/timex.hpp"

namespace ktimeline {

std::string_view to_string(TimexType t) noexcept {
  constexpr std::array<std::string_view, 5> names{"DATE", "TIME", "DURATION", "INTERVAL", "SET"};
  return names[static_cast<std::size_t>(t)];
}

std::string_view to_string(Mod m) noexcept {
  constexpr std::array<std::string_view, 7> names{"", "APPROX", "MORE_THAN", "LESS_THAN", "START", "MID", "END"};
  return names[static_cast<std::size_t>(m)];
}

std::string_view to_string(Grain g) noexcept {
  constexpr std::array<std::string_view, 14> names{"century", "decade", "year",   "half",        "quarter",
                                                   "season",  "month",  "week",   "weekend", "day",
                                                   "part_of_day", "hour", "minute", "second"};
  return names[static_cast<std::size_t>(g)];
}

std::string_view to_string(DayPart p) noexcept {
  constexpr std::array<std::string_view, 5> names{"MO", "MI", "AF", "EV", "NI"};
  return names[static_cast<std::size_t>(p)];
}

std::string_view to_string(ReferenceSource s) noexcept {
  constexpr std::array<std::string_view, 5> names{"given", "byline", "caption", "collection", "none"};
  return names[static_cast<std::size_t>(s)];
}

namespace {


int year_of(const TimePoint& p) { return static_cast<int>(p.day().year()); }

// TIMEX3 season codes, indexed by (first month / 3) % 4: December (winter) gives 0.
constexpr std::array<std::string_view, 4> season_codes{"WI", "SP", "SU", "FA"};

}  // namespace

date::local_seconds TimePoint::end() const {
  using namespace std::chrono;
  const auto ymd = day();
  switch (grain) {
    case Grain::century: return date::local_days{date::year{year_of(*this) + 100} / 1 / 1};
    case Grain::decade: return date::local_days{date::year{year_of(*this) + 10} / 1 / 1};
    case Grain::year: return date::local_days{date::year{year_of(*this) + 1} / 1 / 1};
    case Grain::half: return date::local_days{(ymd.year() / ymd.month() / 1) + date::months{6}};
    case Grain::quarter:
    case Grain::season: return date::local_days{(ymd.year() / ymd.month() / 1) + date::months{3}};
    case Grain::month: return date::local_days{(ymd.year() / ymd.month() / 1) + date::months{1}};
    case Grain::week: return start + date::days{7};
    case Grain::weekend: return date::floor<date::days>(start) + date::days{3};  // Friday evening to Monday
    case Grain::day: return start + date::days{1};
    case Grain::part_of_day: {
      const auto midnight = date::floor<date::days>(start);
      return midnight + hours{day_part_hours(part).second};
    }
    case Grain::hour: return start + hours{1};
    case Grain::minute: return start + minutes{1};
    case Grain::second: return start + seconds{1};
  }
  return start;
}

std::string TimePoint::timex() const {
  const auto ymd = day();
  const int y = static_cast<int>(ymd.year());
  const unsigned m = static_cast<unsigned>(ymd.month());
  const unsigned d = static_cast<unsigned>(ymd.day());
  const std::string date_part = date_known ? fmt::format("{:04}-{:02}-{:02}", y, m, d) : "XXXX-XX-XX";
  const auto time_of_day = date::make_time(start - date::floor<date::days>(start));
  const auto hh = time_of_day.hours().count();
  const auto mm = time_of_day.minutes().count();
  const auto ss = time_of_day.seconds().count();
  switch (grain) {
    case Grain::century: return fmt::format("{:02}", y / 100);
    case Grain::decade: return fmt::format("{:03}", y / 10);
    case Grain::year: return fmt::format("{:04}", y);
    case Grain::half: return fmt::format("{:04}-H{}", y, m <= 6 ? 1 : 2);
    case Grain::quarter: return fmt::format("{:04}-Q{}", y, (m - 1) / 3 + 1);
    case Grain::season: return fmt::format("{:04}-{}", y, season_codes[(m / 3) % 4]);
    case Grain::month: return fmt::format("{:04}-{:02}", y, m);
    case Grain::week:
    case Grain::weekend: {
      const iso_week::year_weeknum_weekday iw{date::floor<date::days>(start)};
      return fmt::format("{:04}-W{:02}{}", static_cast<int>(iw.year()), static_cast<unsigned>(iw.weeknum()),
                         grain == Grain::weekend ? "-WE" : "");
    }
    case Grain::day: return date_part;
    case Grain::part_of_day: return fmt::format("{}T{}", date_part, to_string(part));
    case Grain::hour:
    case Grain::minute: return fmt::format("{}T{:02}:{:02}", date_part, hh, mm);
    case Grain::second: return fmt::format("{}T{:02}:{:02}:{:02}", date_part, hh, mm, ss);
  }
  return date_part;
}

std::string Duration::iso() const {
  std::string out = "P";
  if (years) out += fmt::format("{}Y", years);
  if (months) out += fmt::format("{}M", months);
  if (weeks) out += fmt::format("{}W", weeks);
  if (days) out += fmt::format("{}D", days);
  if (hours || minutes || seconds) {
    out += 'T';
    if (hours) out += fmt::format("{}H", hours);
    if (minutes) out += fmt::format("{}M", minutes);
    if (seconds) out += fmt::format("{}S", seconds);
  }
  if (out == "P") out = "PT0S";
  return out;
}

std::chrono::seconds Duration::approximate_seconds() const {
  const std::int64_t days_total = std::int64_t{years} * 365 + std::int64_t{months} * 30 + std::int64_t{weeks} * 7 + days;
  return std::chrono::seconds{days_total * 86400 + std::int64_t{hours} * 3600 + std::int64_t{minutes} * 60 + seconds};
}

date::local_seconds add(date::local_seconds t, const Duration& d) {
  if (d.years || d.months) {
    const auto day_start = date::floor<date::days>(t);
    const auto time_of_day = t - day_start;
    auto ymd = date::year_month_day{day_start} + date::months{d.years * 12 + d.months};
    if (!ymd.ok()) ymd = ymd.year() / ymd.month() / date::last;  // 1월 31일 + 한 달 -> 2월 말
    t = date::local_days{ymd} + time_of_day;
  }
  return t + date::days{d.weeks * 7 + d.days} + std::chrono::hours{d.hours} + std::chrono::minutes{d.minutes} +
         std::chrono::seconds{d.seconds};
}

std::string TimexValue::value() const {
  if (!unresolved.empty()) return unresolved;
  switch (type) {
    case TimexType::date:
    case TimexType::time: return point.timex();
    case TimexType::duration: return duration.iso();
    case TimexType::interval: return point.timex() + "/" + end_point.timex();
    case TimexType::set: return set_value;
  }
  return {};
}

namespace {

bool read_int(std::string_view s, std::size_t pos, std::size_t len, int& out) {
  if (pos + len > s.size()) return false;
  const auto* first = s.data() + pos;
  const auto result = std::from_chars(first, first + len, out);
  return result.ec == std::errc{} && result.ptr == first + len;
}

}  // namespace

std::optional<TimePoint> parse_timex_point(std::string_view v) {
  int y = 0, m = 1, d = 1;
  if (!read_int(v, 0, 4, y)) return std::nullopt;
  TimePoint p;
  p.grain = Grain::year;
  if (v.size() == 4) {
    p.start = date::local_days{date::year{y} / 1 / 1};
    return p;
  }
  if (v.size() == 7 && v[4] == '-') {
    // 2025-Q1, 2025-H2, 2025-SU: units named by a letter code.
    const auto code = v.substr(5);
    const int digit = code[1] - '0';
    if (code[0] == 'Q' && digit >= 1 && digit <= 4) {
      p.grain = Grain::quarter;
      p.start = date::local_days{date::year{y} / static_cast<unsigned>(3 * digit - 2) / 1};
      return p;
    }
    if (code[0] == 'H' && digit >= 1 && digit <= 2) {
      p.grain = Grain::half;
      p.start = date::local_days{date::year{y} / static_cast<unsigned>(6 * digit - 5) / 1};
      return p;
    }
    for (unsigned i = 0; i < season_codes.size(); ++i) {
      if (code == season_codes[i]) {
        p.grain = Grain::season;
        p.start = date::local_days{date::year{y} / (i == 0 ? 12u : 3 * i) / 1};
        return p;
      }
    }
  }
  if (v.size() < 7 || v[4] != '-' || !read_int(v, 5, 2, m)) return std::nullopt;
  if (v.size() == 7) {
    p.grain = Grain::month;
    p.start = date::local_days{date::year{y} / static_cast<unsigned>(m) / 1};
    return date::year{y} / static_cast<unsigned>(m) / 1 == date::year_month_day{date::floor<date::days>(p.start)}
               ? std::optional<TimePoint>{p}
               : std::nullopt;
  }
  if (v.size() < 10 || v[7] != '-' || !read_int(v, 8, 2, d)) return std::nullopt;
  const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)}, date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  p.start = date::local_days{ymd};
  p.grain = Grain::day;
  if (v.size() == 10) return p;
  if (v[10] != 'T') return std::nullopt;
  const auto rest = v.substr(11);
  for (int i = 0; i < 5; ++i) {
    if (rest == to_string(static_cast<DayPart>(i))) {
      p.grain = Grain::part_of_day;
      p.part = static_cast<DayPart>(i);
      p.start += std::chrono::hours{day_part_hours(static_cast<DayPart>(i)).first};
      return p;
    }
  }
  int hh = 0, mm = 0, ss = 0;
  if (rest.size() < 5 || rest[2] != ':' || !read_int(rest, 0, 2, hh) || !read_int(rest, 3, 2, mm)) return std::nullopt;
  if (hh > 24 || mm > 59) return std::nullopt;
  p.grain = Grain::minute;
  if (rest.size() == 8) {
    if (rest[5] != ':' || !read_int(rest, 6, 2, ss) || ss > 60) return std::nullopt;
    p.grain = Grain::second;
  } else if (rest.size() != 5) {
    return std::nullopt;
  }
  p.start += std::chrono::hours{hh} + std::chrono::minutes{mm} + std::chrono::seconds{ss};
  return p;
}

std::optional<Duration> parse_iso_duration(std::string_view v) {
  if (v.size() < 3 || v[0] != 'P') return std::nullopt;
  Duration d;
  bool in_time = false;
  bool any = false;
  std::size_t i = 1;
  while (i < v.size()) {
    if (v[i] == 'T') {
      if (in_time) return std::nullopt;
      in_time = true;
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < v.size() && v[j] >= '0' && v[j] <= '9') ++j;
    int n = 0;
    if (j == i || j >= v.size() || !read_int(v, i, j - i, n)) return std::nullopt;
    switch (v[j]) {
      case 'Y': if (in_time) return std::nullopt; d.years = n; break;
      case 'M': (in_time ? d.minutes : d.months) = n; break;
      case 'W': if (in_time) return std::nullopt; d.weeks = n; break;
      case 'D': if (in_time) return std::nullopt; d.days = n; break;
      case 'H': if (!in_time) return std::nullopt; d.hours = n; break;
      case 'S': if (!in_time) return std::nullopt; d.seconds = n; break;
      default: return std::nullopt;
    }
    any = true;
    i = j + 1;
  }
  if (!any) return std::nullopt;
  return d;
}

}  // namespace ktimeline
