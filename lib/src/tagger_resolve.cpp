// Phase two of the temporal engine: the anchoring and clock rules of
// docs/normalization.md, applied to readings.
#include "tagger_resolve.hpp"
#include "tagger_lunar.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ktimeline {
namespace detail {
namespace {

using date::days;
using date::local_days;
using date::local_seconds;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

// A bare day of month more than this far after the reference date, with no
// future cue, is read as the previous month's (news reports the past).
constexpr int bare_day_future_limit = 7;

struct Anchor {
  local_days day;
  bool month_only = false;  // the reference is known to the month, not the day
};

std::optional<Anchor> reference_anchor(const Context& ctx) {
  if (!ctx.reference) return std::nullopt;
  const auto& r = *ctx.reference;
  if (r.grain <= Grain::month) {
    // Month-grain references (from the collection) anchor day-of-month readings
    // to that month without claiming a day.
    return Anchor{date::floor<days>(r.start), r.grain == Grain::month};
  }
  return Anchor{date::floor<days>(r.start), false};
}

date::year_month_day ymd(local_days d) { return date::year_month_day{d}; }

// "2025-02-04": anchors are built for every mention, so no format machinery here.
std::string iso_day(local_days d) {
  const auto v = ymd(d);
  const int y = static_cast<int>(v.year());
  const unsigned m = static_cast<unsigned>(v.month()), dd = static_cast<unsigned>(v.day());
  std::string out = "0000-00-00";
  out[0] = static_cast<char>('0' + (y / 1000) % 10);
  out[1] = static_cast<char>('0' + (y / 100) % 10);
  out[2] = static_cast<char>('0' + (y / 10) % 10);
  out[3] = static_cast<char>('0' + y % 10);
  out[5] = static_cast<char>('0' + m / 10);
  out[6] = static_cast<char>('0' + m % 10);
  out[8] = static_cast<char>('0' + dd / 10);
  out[9] = static_cast<char>('0' + dd % 10);
  return out;
}

local_days first_of_month(int y, int m) { return local_days{date::year{y} / static_cast<unsigned>(m) / 1}; }

std::optional<local_days> make_day(int y, int m, int d) {
  const date::year_month_day v{date::year{y}, date::month{static_cast<unsigned>(m)}, date::day{static_cast<unsigned>(d)}};
  if (!v.ok()) return std::nullopt;
  return local_days{v};
}

// Day `d.day` of month `m` in year `y`, or for a lunar holiday (추석) its solar date
// in lunar year `y`.
std::optional<local_days> day_in_year(const DateSpec& d, int y, int m) {
  return d.lunar ? lunar_holiday(y, m, d.day) : make_day(y, m, d.day);
}

// Monday of the ISO week containing d.
local_days week_start(local_days d) {
  const date::weekday wd{d};
  const int offset = static_cast<int>(wd.iso_encoding()) - 1;
  return d - days{offset};
}

int iso_weekday(local_days d) { return static_cast<int>(date::weekday{d}.iso_encoding()); }

DayPart part_of(DayWord w) {
  switch (w) {
    case DayWord::am:
    case DayWord::morning:
    case DayWord::dawn: return DayPart::morning;
    case DayWord::midday: return DayPart::midday;
    case DayWord::pm: return DayPart::afternoon;
    case DayWord::evening: return DayPart::evening;
    case DayWord::night: return DayPart::night;
    case DayWord::none: break;
  }
  return DayPart::morning;
}

// The hour on the 24-hour clock, counted from the named day's midnight (may be
// 24+ for 밤 1시, which is the next calendar day).
int hour_with_word(int h, DayWord w) {
  switch (w) {
    case DayWord::am: return h == 12 ? 0 : h;
    case DayWord::pm: return h < 12 ? h + 12 : h;
    case DayWord::morning: return h;
    case DayWord::dawn: return h == 12 ? 0 : h;
    case DayWord::midday: return (h >= 1 && h <= 5) ? h + 12 : h;
    case DayWord::evening: return h < 12 ? h + 12 : h;
    case DayWord::night:
      if (h == 12) return 24;
      if (h >= 1 && h <= 4) return h + 24;
      return h < 12 ? h + 12 : h;
    case DayWord::none: break;
  }
  return h;
}

// An hour with no day-part word: 7-11 morning, 12 noon, 1-6 afternoon.
int default_hour(int h) {
  if (h >= 13 || h == 0) return h;
  if (h >= 7) return h;
  if (h == 12) return 12;
  return h + 12;
}

// The finest unit a duration states, and the grain one finer (assistants state
// `2년 전` to the month and `7일 전` to the hour).
Grain finest_unit(const Duration& d) {
  if (d.seconds) return Grain::second;
  if (d.minutes) return Grain::minute;
  if (d.hours) return Grain::hour;
  if (d.days) return Grain::day;
  if (d.weeks) return Grain::week;
  if (d.months) return Grain::month;
  return Grain::year;
}

Grain one_finer(Grain g) {
  switch (g) {
    case Grain::year: return Grain::month;
    case Grain::month:
    case Grain::week: return Grain::day;
    case Grain::day: return Grain::hour;
    case Grain::hour: return Grain::minute;
    default: return Grain::second;
  }
}

// The start of the unit of grain `g` that contains `t`.
local_seconds truncate(local_seconds t, Grain g) {
  const auto day = date::floor<days>(t);
  const auto v = ymd(day);
  switch (g) {
    case Grain::second: return date::floor<seconds>(t);
    case Grain::minute: return date::floor<minutes>(t);
    case Grain::hour: return date::floor<hours>(t);
    case Grain::week: return week_start(day);
    case Grain::month: return local_days{v.year() / v.month() / 1};
    case Grain::year: return local_days{v.year() / 1 / 1};
    default: return day;
  }
}

// One unit of grain `g` as a duration.
Duration one_unit(Grain g) {
  Duration d;
  switch (g) {
    case Grain::second: d.seconds = 1; break;
    case Grain::minute: d.minutes = 1; break;
    case Grain::hour: d.hours = 1; break;
    case Grain::day: d.days = 1; break;
    case Grain::week: d.weeks = 1; break;
    case Grain::month: d.months = 1; break;
    case Grain::quarter: d.months = 3; break;
    case Grain::half: d.months = 6; break;
    case Grain::decade: d.years = 10; break;
    case Grain::century: d.years = 100; break;
    default: d.years = 1; break;
  }
  return d;
}

Duration times(const Duration& d, int k) {
  Duration out = d;
  out.years *= k;
  out.months *= k;
  out.weeks *= k;
  out.days *= k;
  out.hours *= k;
  out.minutes *= k;
  out.seconds *= k;
  return out;
}

// The first day of season `s` (1 spring .. 4 winter) of year `y`, as the Korea
// Meteorological Administration counts seasons: winter 2024 starts on 2024-12-01.
local_days season_start(int y, int s) { return first_of_month(y, s == 4 ? 12 : 3 * s); }
local_days season_end(int y, int s) { return s == 4 ? first_of_month(y + 1, 3) : first_of_month(y, 3 * s + 3); }

// A season placed by 지난/이번/다음 from the reference day: 지난 is the latest one over
// by then, 이번 the one under way or else this year's, 오는/다음 the next to begin.
local_days season_by_direction(int season, Direction direction, local_days ref_day) {
  const int ry = static_cast<int>(ymd(ref_day).year());
  switch (direction) {
    case Direction::past: {
      int y = ry;
      while (season_end(y, season) > ref_day) --y;  // two steps at most
      return season_start(y, season);
    }
    case Direction::future:
    case Direction::next: {
      int y = ry - 1;
      while (season_start(y, season) <= ref_day) ++y;
      return season_start(y, season);
    }
    default: {
      const int y = season == 4 && static_cast<unsigned>(ymd(ref_day).month()) <= 2 ? ry - 1 : ry;
      return season_start(y, season);
    }
  }
}

// 3월 마지막 월요일, 10월 첫째 화요일, 9월 마지막 주, 10월 마지막 날.
std::optional<TimePoint> ordinal_in_month(int y, int m, const DateSpec& d) {
  const auto first = local_days{date::year{y} / static_cast<unsigned>(m) / 1};
  const auto last = local_days{date::year{y} / static_cast<unsigned>(m) / date::last};
  TimePoint p;
  if (d.ordinal_day) {
    p = TimePoint::at_day(ymd(d.ordinal > 0 ? first + days{d.ordinal - 1} : last));
    return p;
  }
  if (d.ordinal_week) {
    // Weeks wholly inside the month: the first starts on its first Monday.
    auto monday = first + days{(8 - static_cast<int>(date::weekday{first}.iso_encoding())) % 7};
    if (d.ordinal > 0) {
      monday += days{7 * (d.ordinal - 1)};
    } else {
      monday = last - days{6};
      monday -= days{(static_cast<int>(date::weekday{monday}.iso_encoding()) + 6) % 7};
    }
    p.start = monday;
    p.grain = Grain::week;
    return p;
  }
  if (d.weekday < 1) return std::nullopt;
  if (d.ordinal > 0) {
    const int offset = (d.weekday - static_cast<int>(date::weekday{first}.iso_encoding()) + 7) % 7;
    const auto day = first + days{offset + 7 * (d.ordinal - 1)};
    if (day > last) return std::nullopt;
    return TimePoint::at_day(ymd(day));
  }
  const int back = (static_cast<int>(date::weekday{last}.iso_encoding()) - d.weekday + 7) % 7;
  return TimePoint::at_day(ymd(last - days{back}));
}

struct ResolvedDate {
  TimePoint point;
  std::string anchor;
};

class Resolver {
 public:
  Resolver(const Context& ctx, const DiscourseState& state, bool future_cue)
      : ctx_(ctx), state_(state), ref_(reference_anchor(ctx)), future_cue_(future_cue) {}

  std::optional<ResolvedDate> date(const DateSpec& d) const;
  std::optional<local_seconds> clock(const ClockSpec& c, std::optional<local_days> day, bool date_said,
                                     std::string& anchor) const;
  std::optional<local_days> discourse_day() const {
    if (state_.sentence_date) return state_.sentence_date;
    if (state_.date) return state_.date;
    if (ref_ && !ref_->month_only) return ref_->day;
    return std::nullopt;
  }
  const std::optional<Anchor>& ref() const { return ref_; }
  bool future() const { return ctx_.prefer == Prefer::future; }

 private:
  const Context& ctx_;
  const DiscourseState& state_;
  std::optional<Anchor> ref_;
  bool future_cue_;

  std::string ref_text() const {
    if (!ref_) return "no reference";
    const auto v = ymd(ref_->day);
    (void)v;
    if (ref_->month_only) return "reference month " + iso_day(ref_->day).substr(0, 7);
    return "reference date " + iso_day(ref_->day);
  }
};

std::optional<ResolvedDate> Resolver::date(const DateSpec& d) const {
  TimePoint p;
  p.grain = d.grain;
  std::string anchor;
  if (d.base == DateBase::discourse && d.month_relative) {
    // 같은 달 12일, 이듬달: counted from the month last named, else the discourse date's.
    std::optional<date::year_month> named = state_.named_month;
    if (!named) {
      const auto base = discourse_day();
      if (!base) return std::nullopt;
      named = ymd(*base).year() / ymd(*base).month();
    }
    const auto month = ymd(local_days{(*named / 1) + date::months{d.month_offset}});
    const int y = static_cast<int>(month.year());
    const int m = static_cast<int>(static_cast<unsigned>(month.month()));
    if (d.grain == Grain::month) {
      p.start = first_of_month(y, m);
    } else {
      auto day = make_day(y, m, d.day);
      if (!day) return std::nullopt;
      p = TimePoint::at_day(ymd(*day));
    }
    return ResolvedDate{p, fmt::format("month last named {:04}-{:02}", static_cast<int>(named->year()),
                                       static_cast<unsigned>(named->month()))};
  }
  if (d.base == DateBase::discourse) {
    auto base = discourse_day();
    if (!base) return std::nullopt;
    auto day = *base + days{d.day_offset};
    if (d.confirm_day > 0) {
      // 전날(3일): the parenthesised day wins; the month is the one nearest the computed day.
      const auto v = ymd(day);
      for (int shift : {0, -1, 1}) {
        const auto month_start = local_days{(v.year() / v.month() / 1) + date::months{shift}};
        const auto m = ymd(month_start);
        if (auto c = make_day(static_cast<int>(m.year()), static_cast<int>(static_cast<unsigned>(m.month())), d.confirm_day)) {
          if (std::abs((*c - day).count()) <= 3) {
            day = *c;
            break;
          }
        }
      }
    }
    anchor = "discourse date " + iso_day(*base);
    p = TimePoint::at_day(ymd(day));
    return ResolvedDate{p, anchor};
  }
  if (d.base == DateBase::named_year) {
    int y = 0;
    if (state_.named_year) {
      y = *state_.named_year;
      anchor = fmt::format("year last named {}", y);
    } else if (ref_) {
      y = static_cast<int>(ymd(ref_->day).year());
      anchor = ref_text();
    } else {
      return std::nullopt;
    }
    y += d.year_offset;
    if (d.grain == Grain::year) p.start = first_of_month(y, 1);
    else if (d.grain == Grain::month) p.start = first_of_month(y, d.month);
    else {
      auto day = day_in_year(d, y, d.month);
      if (!day) return std::nullopt;
      p.start = *day;
    }
    return ResolvedDate{p, anchor};
  }
  if (d.base == DateBase::absolute) {
    anchor = "stated";
    const int y = d.year;
    switch (d.grain) {
      case Grain::century: p.start = first_of_month(y, 1); break;
      case Grain::decade: p.start = first_of_month(d.decade, 1); break;
      case Grain::year: p.start = first_of_month(y, 1); break;
      case Grain::half: p.start = first_of_month(y, d.half == 2 ? 7 : 1); break;
      case Grain::quarter: p.start = first_of_month(y, (d.quarter - 1) * 3 + 1); break;
      case Grain::season: p.start = season_start(y, d.season); break;
      case Grain::month: p.start = first_of_month(y, d.month); break;
      default: {
        if (d.ordinal != 0) {
          auto o = ordinal_in_month(y, d.month, d);
          if (!o) return std::nullopt;
          return ResolvedDate{*o, anchor};
        }
        auto day = day_in_year(d, y, d.month);
        if (!day) return std::nullopt;
        p.start = *day;
        p.grain = Grain::day;
      }
    }
    return ResolvedDate{p, anchor};
  }
  // Counted from the reference time.
  if (!ref_) return std::nullopt;
  anchor = ref_text();
  const auto rv = ymd(ref_->day);
  const int ry = static_cast<int>(rv.year());
  const int rm = static_cast<int>(static_cast<unsigned>(rv.month()));
  const auto ref_day = ref_->day;
  const bool past_mode = !future();

  if (d.year_relative || d.month_relative) {
    int y = ry + d.year_offset;
    int m = rm;
    if (d.month_relative) {
      const auto shifted = ymd(local_days{(rv.year() / rv.month() / 1) + date::months{d.month_offset}});
      y = static_cast<int>(shifted.year());
      m = static_cast<int>(static_cast<unsigned>(shifted.month()));
    }
    if (d.month > 0) m = d.month;
    switch (d.grain) {
      case Grain::year: p.start = first_of_month(y, 1); break;
      case Grain::half: p.start = first_of_month(y, d.half == 2 ? 7 : 1); break;
      case Grain::quarter: p.start = first_of_month(y, (d.quarter - 1) * 3 + 1); break;
      case Grain::season:
        // 올겨울 in January is the winter under way, which began last year.
        p.start = d.year_offset == 0 && !d.month_relative ? season_by_direction(d.season, Direction::this_one, ref_day)
                                                          : season_start(y, d.season);
        break;
      case Grain::month: p.start = first_of_month(y, m); break;
      default: {
        auto day = day_in_year(d, y, m);
        if (!day) return std::nullopt;
        p.start = *day;
      }
    }
    return ResolvedDate{p, anchor};
  }
  if (d.week_relative) {
    if (ref_->month_only) return std::nullopt;
    auto monday = week_start(ref_day) + days{7 * d.week_offset};
    if (d.weekend) {
      p.start = monday + days{4} + hours{18};  // a weekend starts on Friday evening
      p.grain = Grain::weekend;
    } else if (d.weekday > 0) {
      auto day = monday + days{d.weekday - 1};
      if (future() && d.week_offset == 0 && day < ref_day) day += days{7};  // assistants mean the coming one
      p.start = day;
      p.grain = Grain::day;
    } else {
      p.start = monday;
      p.grain = Grain::week;
    }
    return ResolvedDate{p, anchor};
  }
  if (d.day_relative) {
    if (ref_->month_only) {
      // Known to the month only: 오늘 is best read as the day the article is about.
      if (!state_.date || d.day_offset != 0) return std::nullopt;
      p = TimePoint::at_day(ymd(*state_.date));
      return ResolvedDate{p, "discourse date (reference known to the month)"};
    }
    p = TimePoint::at_day(ymd(ref_day + days{d.day_offset}));
    return ResolvedDate{p, anchor};
  }
  if (d.weekday > 0 && d.day < 0 && d.month < 0) {
    if (ref_->month_only) return std::nullopt;
    const int today = iso_weekday(ref_day);
    int delta = d.weekday - today;
    switch (d.direction) {
      case Direction::past:
        if (delta >= 0) delta -= 7;
        break;
      case Direction::future:
        if (delta <= 0) delta += 7;
        break;
      case Direction::next:  // 다음 화요일: the weekday of next week
        delta = (d.weekday - 1) + 7 - (today - 1);
        break;
      case Direction::this_one: break;
      case Direction::none:
        if (future()) {
          if (delta <= 0) delta += 7;
        } else if (delta > 0) {
          delta -= 7;
        }
        break;
    }
    p = TimePoint::at_day(ymd(ref_day + days{delta}));
    return ResolvedDate{p, anchor};
  }
  if (d.grain == Grain::season) {
    p.start = season_by_direction(d.season, d.direction, ref_day);
    return ResolvedDate{p, anchor};
  }
  if (d.grain == Grain::quarter) {
    int q = d.quarter;
    int y = ry;
    if (q == 0) {
      const int current = (rm - 1) / 3 + 1;
      q = current + (d.direction == Direction::next || d.direction == Direction::future ? 1
                     : d.direction == Direction::past                                 ? -1
                                                                                       : 0);
      if (q > 4) { q = 1; ++y; }
      if (q < 1) { q = 4; --y; }
    } else if (future() && first_of_month(y, (q - 1) * 3 + 1) < first_of_month(ry, rm) && (q - 1) * 3 + 3 < rm) {
      ++y;
    }
    p.start = first_of_month(y, (q - 1) * 3 + 1);
    return ResolvedDate{p, anchor};
  }
  if (d.grain == Grain::half) {
    p.start = first_of_month(ry, d.half == 2 ? 7 : 1);
    return ResolvedDate{p, anchor};
  }
  if (d.grain == Grain::year) {  // 연초, 연말
    p.start = first_of_month(ry, 1);
    return ResolvedDate{p, anchor};
  }
  if (d.month > 0) {
    // M월 [D일] with no year.
    int y = ry;
    const int day_of_month = d.day > 0 ? d.day : 1;
    auto candidate = [&](int year) { return d.lunar ? day_in_year(d, year, d.month) : make_day(year, d.month, d.day > 0 ? day_of_month : 1); };
    auto c = candidate(y);
    if (!c) return std::nullopt;
    const bool month_grain = d.day < 0;  // also for ordinals: the month picks the year
    const auto unit_start = month_grain ? first_of_month(y, d.month) : *c;
    const auto ref_unit = month_grain ? first_of_month(ry, rm) : ref_day;
    switch (d.direction) {
      case Direction::past:
        if (unit_start >= ref_unit) --y;
        break;
      case Direction::future:
      case Direction::next:
        if (unit_start < ref_unit || (d.direction == Direction::next && unit_start == ref_unit)) ++y;
        break;
      default:
        if (future() && unit_start < ref_unit) ++y;
        if (past_mode && !future_cue_ && !month_grain && (*c - ref_day).count() > 183) --y;
        break;
    }
    auto final_day = candidate(y);
    if (!final_day) return std::nullopt;
    if (d.ordinal != 0) {
      auto o = ordinal_in_month(y, d.month, d);
      if (!o) return std::nullopt;
      return ResolvedDate{*o, anchor};
    }
    p.start = month_grain ? first_of_month(y, d.month) : *final_day;
    return ResolvedDate{p, anchor};
  }
  if (d.day > 0) {
    // A bare day of month.
    int y = ry, m = rm;
    const auto shift = [&](int months) {
      const auto s = ymd(local_days{(date::year{y} / static_cast<unsigned>(m) / 1) + date::months{months}});
      y = static_cast<int>(s.year());
      m = static_cast<int>(static_cast<unsigned>(s.month()));
    };
    if (ref_->month_only) {
      auto day = make_day(y, m, d.day);
      if (!day) return std::nullopt;
      p = TimePoint::at_day(ymd(*day));
      return ResolvedDate{p, anchor};
    }
    auto day = make_day(y, m, d.day);
    switch (d.direction) {
      case Direction::past:  // 지난 4일: the latest such day strictly before the reference date
        if (!day || *day >= ref_day) { shift(-1); day = make_day(y, m, d.day); }
        break;
      case Direction::future:  // 오는 4일: the first on or after it
      case Direction::next:
        if (!day || *day < ref_day) { shift(1); day = make_day(y, m, d.day); }
        break;
      default:
        if (future()) {
          if (!day || *day < ref_day) { shift(1); day = make_day(y, m, d.day); }
        } else if (day && (*day - ref_day).count() > bare_day_future_limit && !future_cue_) {
          shift(-1);
          day = make_day(y, m, d.day);
        }
    }
    if (!day) return std::nullopt;
    p = TimePoint::at_day(ymd(*day));
    return ResolvedDate{p, anchor};
  }
  return std::nullopt;
}

std::optional<local_seconds> Resolver::clock(const ClockSpec& c, std::optional<local_days> day, bool date_said,
                                             std::string& anchor) const {
  int h = c.hour;
  if (c.midnight) h = 24;
  else if (c.noon) h = 12;
  else if (c.word != DayWord::none) h = hour_with_word(c.hour, c.word);
  else if (h <= 12) {
    const auto in_minutes = [&](int hour) { return hour * 60 + std::max(0, c.minute); };
    bool decided = false;
    if (future() && !date_said && ref_ && ctx_.reference && ctx_.reference->grain >= Grain::hour) {
      // The next such time after the reference: 3시 at 04:30 is 15:00.
      const auto ref_minutes = date::floor<minutes>(ctx_.reference->start - date::floor<days>(ctx_.reference->start)).count();
      const int am = h == 12 ? 0 : h;
      for (int candidate : {am, am + 12, am + 24}) {
        if (in_minutes(candidate) > ref_minutes) {
          h = candidate;
          decided = true;
          break;
        }
      }
    }
    if (!decided && state_.last_clock && day) {
      // Keep the paragraph's day part when that keeps times in order.
      const auto prev = *state_.last_clock;
      const auto prev_hour = date::floor<hours>(prev - date::floor<days>(prev)).count();
      if (date::floor<days>(prev) == *day && prev_hour >= 12 && h < 12) {
        const auto candidate = *day + hours{h + 12} + minutes{std::max(0, c.minute)};
        if (candidate >= prev) {
          h += 12;
          decided = true;
        }
      } else if (date::floor<days>(prev) == *day && prev_hour < 12 && h >= 7 && h <= 11) {
        decided = true;  // morning stays morning
      }
    }
    if (!decided) h = default_hour(h);
  }
  if (!day) return std::nullopt;
  (void)anchor;
  auto t = *day + hours{h} + minutes{std::max(0, c.minute)} + seconds{std::max(0, c.second)};
  if (future() && !date_said && ctx_.reference && t < ctx_.reference->start) t += days{1};  // 아침 3시: the next one
  return t;
}

Grain clock_grain(const ClockSpec& c) {
  if (c.second >= 0) return Grain::second;
  if (c.minute >= 0 && !(c.noon || c.midnight)) return Grain::minute;
  return Grain::hour;
}

std::string set_value(const Reading& r) {
  const auto& d = r.date;
  if (r.frequency > 0) {
    // 하루 세 번: the period, with the count in TimexValue::frequency.
    if (r.set_period == "week") return "P1W";
    if (r.set_period == "month") return "P1M";
    if (r.set_period == "year") return "P1Y";
    return "P1D";
  }
  const auto clock_suffix = [&r]() -> std::string {
    if (r.clock.said()) {
      const int h = r.clock.word != DayWord::none ? hour_with_word(r.clock.hour, r.clock.word) % 24 : r.clock.hour;
      return fmt::format("T{:02}:{:02}", h, std::max(0, r.clock.minute));
    }
    if (r.part != DayWord::none) return fmt::format("T{}", to_string(part_of(r.part)));
    return "";
  };
  if (r.set_period == "week") {
    if (d.weekday > 0) return fmt::format("XXXX-WXX-{}", d.weekday) + clock_suffix();  // 매주 토요일 저녁 7시
    return "P1W";
  }
  if (r.set_period == "day") {
    if (r.clock.said()) {
      const int h = r.clock.word != DayWord::none ? hour_with_word(r.clock.hour, r.clock.word) % 24 : r.clock.hour;
      return fmt::format("XXXX-XX-XXT{:02}:{:02}", h, std::max(0, r.clock.minute));
    }
    if (r.part != DayWord::none) return fmt::format("XXXX-XX-XXT{}", to_string(part_of(r.part)));
    return "P1D";
  }
  if (r.set_period == "month") {
    if (d.day > 0) return fmt::format("XXXX-XX-{:02}", d.day);
    return "P1M";
  }
  if (r.set_period == "year") {
    if (d.month > 0 && d.day > 0) return fmt::format("XXXX-{:02}-{:02}", d.month, d.day);
    if (d.month > 0) return fmt::format("XXXX-{:02}", d.month);
    return "P1Y";
  }
  if (r.set_period == "hour") return "PT1H";
  return "P1D";
}

// The point a date/clock/part-of-day reading names.
std::optional<TimePoint> resolve_point(const Resolver& rs, const DateSpec& d, const ClockSpec& c, DayWord part,
                                       std::string& anchor) {
  std::optional<TimePoint> date_point;
  if (d.said()) {
    auto rd = rs.date(d);
    if (!rd) return std::nullopt;
    date_point = rd->point;
    anchor = rd->anchor;
  }
  if (!c.said() && part == DayWord::none) return date_point;
  std::optional<local_days> day;
  if (date_point) {
    if (date_point->grain != Grain::day && date_point->grain != Grain::weekend) return date_point;
    day = date::floor<days>(date_point->start);
  } else {
    day = rs.discourse_day();
    if (day) anchor = "discourse date " + iso_day(*day);
  }
  TimePoint p;
  if (c.said()) {
    auto t = rs.clock(c, day, d.said(), anchor);
    if (!t) {
      // No date at all: XXXX-XX-XXT14:00.
      int h = c.word != DayWord::none ? hour_with_word(c.hour, c.word) % 24 : default_hour(c.hour) % 24;
      if (c.noon) h = 12;
      if (c.midnight) h = 0;
      p.start = local_days{date::year{2000} / 1 / 1} + hours{h} + minutes{std::max(0, c.minute)} +
                seconds{std::max(0, c.second)};
      p.date_known = false;
      p.grain = clock_grain(c);
      anchor = "no date";
      return p;
    }
    p.start = *t;
    p.grain = clock_grain(c);
    return p;
  }
  if (!day) return std::nullopt;
  p.grain = Grain::part_of_day;
  p.part = part_of(part);
  p.start = *day + hours{day_part_hours(p.part).first};
  return p;
}

TimePoint offset_point(const Resolver& rs, const Reading& r, const Context& ctx, const DiscourseState& state,
                       std::string& anchor, bool& ok) {
  ok = false;
  TimePoint p;
  if (rs.future() && ctx.reference) {
    // Assistants count from the reference instant and state the result one grain finer.
    const auto grain = one_finer(finest_unit(r.offset.amount));
    p.start = truncate(add(ctx.reference->start, times(r.offset.amount, r.offset.sign)), grain);
    p.grain = grain;
    anchor = "reference time";
    ok = true;
    return p;
  }
  const auto& a = r.offset.amount;
  Duration signed_amount = a;
  const int s = r.offset.sign;
  signed_amount.years *= s;
  signed_amount.months *= s;
  signed_amount.weeks *= s;
  signed_amount.days *= s;
  signed_amount.hours *= s;
  signed_amount.minutes *= s;
  signed_amount.seconds *= s;
  const bool clock_grain_amount = a.hours || a.minutes || a.seconds;
  if (clock_grain_amount) {
    local_seconds base{};
    if (state.sentence_clock) {
      base = *state.sentence_clock;
      anchor = "the clock time just stated";
    } else if (ctx.reference) {
      base = ctx.reference->start;
      anchor = "reference time";
    } else {
      return p;
    }
    p.start = add(base, signed_amount);
    p.grain = a.seconds ? Grain::second : Grain::minute;
    ok = true;
    return p;
  }
  if (!rs.ref() || rs.ref()->month_only) return p;
  const auto base = rs.ref()->day;
  anchor = "reference date";
  p.start = add(local_seconds{base}, signed_amount);
  if (a.years && !a.months && !a.weeks && !a.days) {
    p.start = first_of_month(static_cast<int>(ymd(date::floor<days>(p.start)).year()), 1);
    p.grain = Grain::year;
  } else {
    p.grain = Grain::day;
  }
  ok = true;
  return p;
}

}  // namespace

Resolution resolve_reading(const Reading& r, const Context& ctx, const DiscourseState& state) {
  Resolution out;
  out.value.type = r.type;
  out.value.mod = r.mod;
  out.value.zone = ctx.timezone;
  const Resolver rs(ctx, state, r.future_cue);
  if (r.duration_direction != Direction::none && r.type == TimexType::duration) {
    if (!rs.future() || !ctx.reference) {
      out.value.duration = r.duration;
      out.anchor = "none";
      return out;
    }
    // 지난 2주, 다음 3년 for an assistant: the whole units just before, or just after, now.
    const auto unit = finest_unit(r.duration);
    const auto now = truncate(ctx.reference->start, unit);
    TimePoint first, last;
    first.grain = last.grain = unit;
    if (r.duration_direction == Direction::past) {
      first.start = add(now, times(r.duration, -1));
      last.start = add(now, times(one_unit(unit), -1));
    } else {
      first.start = add(now, one_unit(unit));
      last.start = add(now, r.duration);
    }
    out.value.type = TimexType::interval;
    out.value.point = first;
    out.value.end_point = last;
    out.value.duration = r.duration;
    out.anchor = "reference time";
    return out;
  }
  switch (r.type) {
    case TimexType::duration:
      out.value.duration = r.duration;
      out.anchor = "none";
      return out;
    case TimexType::set:
      out.value.set_value = set_value(r);
      out.value.frequency = r.frequency;
      out.anchor = "none";
      return out;
    default: break;
  }
  if (r.now) {
    // 지금: the reference time, as finely as it is known.
    if (!ctx.reference) {
      out.unresolved = "PRESENT_REF";
      out.anchor = "no reference";
      return out;
    }
    out.value.point = *ctx.reference;
    if (out.value.point.grain >= Grain::hour) out.value.point.grain = Grain::second;
    out.anchor = "reference time";
    if (out.value.point.grain <= Grain::month && state.date) {
      // Known to the month only: now is the day the article is about, as for 오늘.
      out.value.point = TimePoint::at_day(ymd(*state.date));
      out.anchor = "discourse date (reference known to the month)";
    }
    out.value.type = out.value.point.grain >= Grain::hour ? TimexType::time : TimexType::date;
    return out;
  }
  if (r.offset.within && !rs.future()) {
    // 3일 안에: in news, a duration no longer than that.
    out.value.type = TimexType::duration;
    out.value.duration = r.offset.amount;
    out.value.mod = Mod::less_than;
    out.anchor = "none";
    return out;
  }
  if (r.offset.sign != 0) {
    bool ok = false;
    auto p = offset_point(rs, r, ctx, state, out.anchor, ok);
    if (!ok) {
      out.unresolved = "XXXX-XX-XX";
      out.anchor = "no reference";
      return out;
    }
    out.value.point = p;
    out.value.type = p.grain >= Grain::hour ? TimexType::time : TimexType::date;
    return out;
  }
  auto start = resolve_point(rs, r.date, r.clock, r.part, out.anchor);
  if (!start) {
    out.anchor = "no reference";
    if (r.date.lunar) out.unresolved = "XXXX-XX-XX";  // a lunar month and day say nothing of the solar ones
    else if (r.date.day > 0 && r.date.month < 0) out.unresolved = fmt::format("XXXX-XX-{:02}", r.date.day);
    else if (r.date.month > 0 && r.date.day > 0) out.unresolved = fmt::format("XXXX-{:02}-{:02}", r.date.month, r.date.day);
    else if (r.date.month > 0) out.unresolved = fmt::format("XXXX-{:02}", r.date.month);
    else out.unresolved = "XXXX-XX-XX";
    if (r.clock.said() && r.type == TimexType::time) {
      // 4일 오후 3시 with nothing to anchor 4일: XXXX-XX-04T15:00.
      int h = r.clock.word != DayWord::none ? hour_with_word(r.clock.hour, r.clock.word) % 24
                                            : default_hour(r.clock.hour) % 24;
      if (r.clock.noon) h = 12;
      if (r.clock.midnight) h = 0;
      out.unresolved += fmt::format("T{:02}:{:02}", h, std::max(0, r.clock.minute));
    }
    return out;
  }
  out.value.point = *start;
  if (r.date.position != Mod::none && out.value.mod == Mod::none) out.value.mod = r.date.position;
  if (r.date.position != Mod::none && (start->grain == Grain::year || start->grain == Grain::month)) {
    out.value.mod = r.date.position;
  }
  if (r.date.holiday_days > 1 && r.type != TimexType::interval && start->grain == Grain::day) {
    // 추석 연휴: the days around the holiday, for three the day before to the day after.
    const auto first = date::floor<days>(start->start) - days{(r.date.holiday_days - 1) / 2};
    out.value.type = TimexType::interval;
    out.value.point = TimePoint::at_day(ymd(first));
    out.value.end_point = TimePoint::at_day(ymd(first + days{r.date.holiday_days - 1}));
    return out;
  }
  if (r.type != TimexType::interval) {
    out.value.type = start->grain >= Grain::part_of_day ? TimexType::time : TimexType::date;
    return out;
  }
  // Intervals: the end inherits what it does not say from the start.
  TimePoint end;
  if (r.interval_by_duration) {
    end = *start;
    end.start = add(start->start, r.duration);
    // A clock time plus 2 hours ends at an instant; a day plus three days ends on the
    // third day: `3일부터 사흘간` is the 3rd to the 5th, as `3일부터 5일까지` is.
    const bool whole_days = r.duration.hours == 0 && r.duration.minutes == 0 && r.duration.seconds == 0;
    if (start->grain <= Grain::day && start->grain != Grain::weekend && whole_days) {
      end.start = add(end.start, times(one_unit(start->grain), -1));
    }
    out.value.duration = r.duration;
  } else {
    DateSpec ed = r.end_date;
    if (!ed.said()) {
      ed = r.date;
    } else if (ed.base == DateBase::reference && !ed.year_relative && !ed.month_relative && ed.month < 0 && ed.day > 0 &&
               r.date.said() && (r.date.month > 0 || r.date.base == DateBase::absolute)) {
      ed.base = r.date.base;
      ed.year = r.date.year;
      ed.month = r.date.month;
      ed.year_relative = r.date.year_relative;
      ed.year_offset = r.date.year_offset;
      ed.month_relative = r.date.month_relative;
      ed.month_offset = r.date.month_offset;
    } else if (ed.base == DateBase::reference && ed.month > 0 && ed.year < 0 && r.date.base == DateBase::absolute) {
      ed.base = DateBase::absolute;
      ed.year = r.date.year;
    }
    ClockSpec ec = r.end_clock;
    if (ec.said() && ec.word == DayWord::none && r.clock.word != DayWord::none) ec.word = r.clock.word;
    std::string end_anchor;
    auto e = resolve_point(rs, ed, ec, r.end_part, end_anchor);
    if (!e) {
      out.unresolved = start->timex() + "/XXXX-XX-XX";
      return out;
    }
    end = *e;
    if (ec.said() && r.clock.said() && end.start < start->start && r.end_clock.word == DayWord::none) {
      end.start += hours{12};  // 11:30-1:30
    }
  }
  out.value.end_point = end;
  return out;
}

}  // namespace detail
}  // namespace ktimeline
