// The grammar of quantities: durations (약 2시간, 1년 반, 사흘), counts and
// frequencies (하루 세 번), nights and days (1박 2일), number ranges (13~15일) and
// bare years (2025 서울 모빌리티쇼).
#include "tagger_grammar.hpp"

namespace ktimeline {
namespace detail {

// `세 번`, `두 차례`, `3회`: how many times.
std::size_t Grammar::read_count(std::size_t p, int& count) const {
  auto n = number_at(p, true);
  if (!n || n->tenths >= 0 || n->value <= 0 || (n->sino && n->digits < 2)) return p;
  auto c = word(n->end, Cat::counter);
  if (!c) c = word(skip_spaces(n->end), Cat::counter);
  if (!c || !boundary_after(c->end)) return p;
  count = n->value;
  return c->end;
}

// `하루 세 번`, `주 3회`, `한 달에 두 차례`: a SET with a frequency.
bool Grammar::read_frequency(std::size_t p, Reading& r) const {
  auto per = word(p, Cat::setper);
  if (!per) return false;
  int count = 0;
  const auto end = read_count(skip_spaces(per->end), count);
  if (end == skip_spaces(per->end)) return false;
  r.span.begin = p;
  r.span.end = end;
  r.type = TimexType::set;
  r.set_period = per->entry->value;
  r.frequency = count;
  r.rule = rules::set_frequency;
  return true;
}

// `1박 2일`, `2박3일`, `무박2일`: a stay counted in nights and days is as long as its days.
bool Grammar::read_nights_days(std::size_t p, Reading& r) const {
  std::size_t q = p;
  if (auto none = word(p, Cat::nights); none && std::string_view(none->entry->value) == "0") {
    q = none->end;
  } else if (auto n = digits_at(p, false); n && n->digits <= 2) {
    auto nights = word(n->end, Cat::nights);
    if (!nights || std::string_view(nights->entry->value) != "1") return false;
    q = nights->end;
  } else {
    return false;
  }
  q = skip_spaces(q);
  auto days = digits_at(q, false);
  if (!days || days->digits > 2) return false;
  auto u = word_value(days->end, Cat::unit, "day");
  if (!u || !boundary_after(u->end)) return false;
  r.span.begin = p;
  r.span.end = u->end;
  r.type = TimexType::duration;
  r.duration.days = days->value;
  r.rule = rules::duration_nights_days;
  return true;
}

// `13~15일`, `3~4월`, `9~11시`: two numbers sharing the unit written after the second.
bool Grammar::read_number_range(std::size_t p, Reading& r) const {
  auto a = digits_at(p, false);
  if (!a || a->digits > 4) return false;
  std::size_t q = skip_spaces(a->end);
  if (auto j = word_value(q, Cat::joiner, "range")) q = j->end;
  else if (q < text_.size() && text_[q] == '-') q = q + 1;
  else return false;
  q = skip_spaces(q);
  auto b = digits_at(q, false);
  if (!b) return false;
  auto u = unit_after(*b);
  if (!u) return false;
  const std::string_view unit = u->entry->value;
  r.span.begin = p;
  r.type = TimexType::interval;
  if (unit == "day" && a->value >= 1 && a->value < b->value && b->value <= 31) {
    r.date.base = r.end_date.base = DateBase::reference;
    r.date.grain = r.end_date.grain = Grain::day;
    r.date.day = a->value;
    r.end_date.day = b->value;
  } else if (unit == "month" && a->value >= 1 && a->value < b->value && b->value <= 12) {
    r.date.base = r.end_date.base = DateBase::reference;
    r.date.grain = r.end_date.grain = Grain::month;
    r.date.month = a->value;
    r.end_date.month = b->value;
  } else if (unit == "year" && a->value >= 1000 && a->value < b->value && b->value <= 2999) {
    r.date.base = r.end_date.base = DateBase::absolute;
    r.date.grain = r.end_date.grain = Grain::year;
    r.date.year = a->value;
    r.end_date.year = b->value;
  } else if (unit == "quarter" && a->value >= 1 && a->value < b->value && b->value <= 4) {
    r.date.base = r.end_date.base = DateBase::reference;  // 1~3분기: this year's unless a year is said
    r.date.grain = r.end_date.grain = Grain::quarter;
    r.date.quarter = a->value;
    r.end_date.quarter = b->value;
  } else if (unit == "clock_hour" && a->value <= 24 && b->value <= 24) {
    r.clock.hour = a->value;
    r.end_clock.hour = b->value;
  } else {
    return false;
  }
  std::size_t end = u->end;
  if (auto to = word_value(end, Cat::joiner, "to")) end = to->end;
  if (!boundary_after(end)) return false;
  r.rule = unit == "clock_hour" ? rules::interval_range : rules::date_range;
  r.span.end = end;
  return true;
}

// `2025 서울 모빌리티쇼`, `CES 2025`: a four-digit year standing alone before a
// name is that year (normalization.md), unless a counter follows (2025 명).
bool Grammar::read_bare_year(std::size_t p, Reading& r) const {
  auto n = digits_at(p, false);
  if (!n || n->digits != 4 || n->value < 1900 || n->value > 2100) return false;
  std::size_t len = 0;
  if (!is_inline_space(n->end, len)) return false;
  const auto after = n->end + len;
  const auto cp = cp_at(after);
  if (!(hangul::is_syllable(cp) || (cp >= U'A' && cp <= U'Z'))) return false;
  static constexpr char32_t counters[] = {U'명', U'개', U'원', U'대', U'건', U'곳', U'억', U'만', U'천', U'가',
                                          U'톤', U'회', U'번', U'점', U'위', U'세', U'년', U'달', U'주', U'배'};
  for (auto c : counters) {
    if (cp == c) return false;
  }
  if (word(after, bit(Cat::unit) | bit(Cat::postmod) | bit(Cat::span))) return false;
  r.span.begin = p;
  r.span.end = n->end;
  r.type = TimexType::date;
  r.rule = rules::date_bare_year;
  r.date.base = DateBase::absolute;
  r.date.year = n->value;
  r.date.grain = Grain::year;
  return true;
}


// ---------------------------------------------------------------------------
// Durations

std::size_t Grammar::parse_postmods(std::size_t p, Mod& mod) const {
  std::size_t end = p;
  for (int i = 0; i < 3; ++i) {
    auto pm = word(end, Cat::postmod);
    if (!pm) pm = word(skip_spaces(end), Cat::postmod);
    // Each mark must end a word (or run into the next mark): 경 in `께 경기` is no mark.
    if (!pm || !(boundary_after(pm->end) || word(pm->end, Cat::postmod))) break;
    mod = combine(mod, mod_of(pm->entry->value));
    end = pm->end;
  }
  return end;
}

namespace {

void add_units(Duration& d, std::string_view unit, int n, int tenths) {
  if (unit == "year" || unit == "year_native") d.years += n;
  else if (unit == "month" || unit == "month_native") d.months += n;
  else if (unit == "week" || unit == "week_during") d.weeks += n;
  else if (unit == "day") d.days += n;
  else if (unit == "hour") {
    d.hours += n;
    if (tenths > 0) d.minutes += tenths * 6;
  } else if (unit == "minute") d.minutes += n;
  else if (unit == "second") d.seconds += n;
}

int unit_rank(std::string_view unit) {
  if (unit == "year" || unit == "year_native") return 0;
  if (unit == "month" || unit == "month_native") return 1;
  if (unit == "week" || unit == "week_during") return 2;
  if (unit == "day") return 3;
  if (unit == "hour") return 4;
  if (unit == "minute") return 5;
  if (unit == "second") return 6;
  return -1;
}

}  // namespace

std::size_t Grammar::parse_duration(std::size_t p, Duration& dur, Mod& mod, std::string_view& rule, bool* weak) const {
  if (weak) *weak = false;
  std::size_t end = p;
  int last_rank = -1;
  int parts = 0;
  std::size_t q = p;
  while (true) {
    // A duration word stands alone: in `2일, 3일 이틀간` the 이틀 is no more days of 3일.
    if (auto dw = parts == 0 ? word(q, Cat::durword) : std::nullopt) {
      auto parsed = parse_iso_duration(dw->entry->value);
      if (!parsed) break;
      dur.years += parsed->years;
      dur.months += parsed->months;
      dur.weeks += parsed->weeks;
      dur.days += parsed->days;
      dur.hours += parsed->hours;
      dur.minutes += parsed->minutes;
      end = dw->end;
      rule = rules::duration_native_days;
      ++parts;
      // 한 달 반, 하루 반: half of a word's one unit (15 days, 12 hours, 6 months).
      if (auto half = word_value(skip_spaces(end), Cat::clockword, "half"); half && boundary_after(half->end)) {
        const Duration& w = *parsed;
        const bool only_months = w.months > 0 && w.years == 0 && w.weeks == 0 && w.days == 0 && w.hours == 0;
        const bool only_days = w.days > 0 && w.years == 0 && w.months == 0 && w.weeks == 0 && w.hours == 0;
        const bool only_years = w.years > 0 && w.months == 0 && w.weeks == 0 && w.days == 0 && w.hours == 0;
        if (only_months) dur.days += 15;
        if (only_days) dur.hours += 12;
        if (only_years) dur.months += 6;
        if (only_months || only_days || only_years) end = half->end;
      }
      break;
    }
    auto n = number_at(q, true);
    if (!n || n->value < 0) break;
    std::size_t after_number = n->end;
    Mod inner = Mod::none;
    if (auto yeo = word_value(after_number, Cat::postmod, "MORE_THAN"); yeo && std::string_view(yeo->entry->surface) == "여") {
      inner = Mod::more_than;
      Number moved = *n;
      moved.end = yeo->end;
      n = moved;
    }
    auto u = unit_after(*n);
    if (!u) break;
    const std::string_view unit = u->entry->value;
    const int rank = unit_rank(unit);
    if (rank < 0 || rank <= last_rank) break;
    if (unit == "year" && n->value >= 1000) break;  // 2025년 is a date
    if (n->sino && n->digits < 2 && !(unit == "year" || unit == "hour")) {
      if (!weak || parts > 0) break;
      *weak = true;
    }
    if (unit == "day" && n->native) break;
    if (unit == "year_native" && !n->native) break;
    if (unit == "month_native" && n->sino) break;  // 두 달, 2달; not 이달 (this month)
    add_units(dur, unit, n->value, n->tenths);
    if (inner != Mod::none) mod = combine(mod, inner);
    end = u->end;
    rule = n->native ? rules::duration_native : rules::duration_units;
    last_rank = rank;
    ++parts;
    // 1년 반
    if (unit == "year" || unit == "year_native") {
      if (auto half = word_value(skip_spaces(end), Cat::clockword, "half"); half && boundary_after(half->end)) {
        dur.months += 6;
        end = half->end;
        last_rank = unit_rank("month");
      }
    }
    // 한 달 반, 3개월 반: half a month is counted as 15 days.
    if (unit == "month" || unit == "month_native") {
      if (auto half = word_value(skip_spaces(end), Cat::clockword, "half"); half && boundary_after(half->end)) {
        dur.days += 15;
        end = half->end;
        last_rank = unit_rank("day");
      }
    }
    // 2시간 반
    if (unit == "hour") {
      if (auto half = word_value(skip_spaces(end), Cat::clockword, "half")) {
        dur.minutes += 30;
        end = half->end;
        last_rank = unit_rank("minute");
      }
    }
    // 1시간여
    if (auto yeo = word(end, Cat::postmod); yeo && std::string_view(yeo->entry->surface) == "여") {
      mod = combine(mod, Mod::more_than);
      end = yeo->end;
    }
    q = skip_spaces(end);
  }
  if (parts == 0) return p;
  return end;
}

}  // namespace detail
}  // namespace ktimeline
