// The grammar of dates: numeric and written dates, relative and discourse dates,
// seasons and holidays, and what may follow a date.
#include "tagger_grammar.hpp"

namespace ktimeline {
namespace detail {

// ---------------------------------------------------------------------------
// Dates

// 2025.2.4 / 2025. 2. 4. / 2025-02-04 / 2025/02/04, and N년, N월, N일, N분기, N세기, N년대.
std::size_t Grammar::parse_numeric_date(std::size_t p, DateSpec& d, std::string_view& rule) const {
  if (auto e = parse_month_dot_day(p, d, rule); e > p) return e;
  auto n = number_at(p, true);
  if (!n || n->tenths >= 0) return p;
  // Separator forms need a four-digit year.
  if (n->digits == 4 && n->end < text_.size()) {
    const char sep = text_[n->end];
    if (sep == '.' || sep == '-' || sep == '/') {
      std::size_t q = n->end + 1;
      if (sep == '.') q = skip_spaces(q);
      auto m = digits_at(q, false);
      if (m && m->digits <= 2 && m->value >= 1 && m->value <= 12 && m->end < text_.size() && text_[m->end] == sep) {
        std::size_t r = m->end + 1;
        if (sep == '.') r = skip_spaces(r);
        auto dd = digits_at(r, false);
        if (dd && dd->digits <= 2 && dd->tenths < 0 && dd->value >= 1 && dd->value <= 31 && n->value >= 1000) {
          d.base = DateBase::absolute;
          d.year = n->value;
          d.month = m->value;
          d.day = dd->value;
          d.grain = Grain::day;
          rule = rules::date_numeric;
          std::size_t end = dd->end;
          if (sep == '.' && end < text_.size() && text_[end] == '.' && digit_at(end + 1).value < 0) ++end;
          return end;
        }
      }
    }
  }
  if (n->digits <= 2 && n->end < text_.size() && text_[n->end] == '/' && n->value >= 1 && n->value <= 12) {
    // 2/15, 4/25: month and day, when nothing makes it a fraction or a ratio (1/3%, 3/4분기, 1/2/3).
    auto dd = digits_at(n->end + 1, false);
    if (dd && dd->digits <= 2 && dd->value >= 1 && dd->value <= 31 &&
        !(dd->end < text_.size() && (text_[dd->end] == '/' || text_[dd->end] == '%' || text_[dd->end] == '.')) &&
        !word(dd->end, Cat::unit) && slash_date_may_end(dd->end)) {
      d.base = DateBase::reference;
      d.month = n->value;
      d.day = dd->value;
      d.grain = Grain::day;
      rule = rules::date_month_slash_day;
      return dd->end;
    }
  }
  if (n->digits == 2 && n->end < text_.size() && (text_[n->end] == '.' || text_[n->end] == '/')) {
    // 74/10/31, 25.02.04: a two-digit year; with dots, month and day take two digits too.
    const char sep = text_[n->end];
    auto m = digits_at(n->end + 1, false);
    if (m && (m->digits == 2 || (sep == '/' && m->digits == 1)) && m->value >= 1 && m->value <= 12 &&
        m->end < text_.size() && text_[m->end] == sep) {
      auto dd = digits_at(m->end + 1, false);
      if (dd && (dd->digits == 2 || (sep == '/' && dd->digits == 1)) && dd->value >= 1 && dd->value <= 31 &&
          dd->end < text_.size() + 1 && !(dd->end < text_.size() && (text_[dd->end] == sep || text_[dd->end] == '.'))) {
        d.base = DateBase::absolute;
        d.year = n->value < 50 ? 2000 + n->value : 1900 + n->value;
        d.month = m->value;
        d.day = dd->value;
        d.grain = Grain::day;
        rule = rules::date_short_year;
        return dd->end;
      }
    }
  }
  auto u = unit_after(*n);
  if (!u) return p;
  const std::string_view unit = u->entry->value;
  // Sino-Korean words stand for dates only in compounds or right before 월/분기 (삼월, 삼분기).
  if (n->sino && n->digits < 2 && unit != "month" && unit != "quarter") return p;
  if (unit == "year") {
    const bool full_year = n->value >= 1000 && n->value <= 2999;
    int year = n->value;
    if (!full_year) {
      // 25년 2월: a two-digit year, only when a month follows.
      auto after = skip_spaces(u->end);
      auto m = number_at(after, false);
      if (!(n->digits == 2 && m && word_value(m->end, Cat::unit, "month"))) return p;
      year = 2000 + n->value;
    }
    d.base = DateBase::absolute;
    d.year = year;
    d.grain = Grain::year;
    rule = rules::date_year;
    std::size_t end = u->end;
    const auto after = skip_spaces(end);
    if (auto m = parse_month_day(after, d); m > after) {
      end = m;
      rule = d.day > 0 ? rules::date_year_month_day : rules::date_year_month;
    }
    return end;
  }
  if (unit == "month" && n->value >= 1 && n->value <= 12 && !n->native) {
    d.base = DateBase::reference;
    d.month = n->value;
    d.grain = Grain::month;
    rule = rules::date_month;
    std::size_t end = u->end;
    const auto after = skip_spaces(end);
    auto dn = number_at(after, true);
    if (dn && !dn->native && dn->tenths < 0 && dn->value >= 1 && dn->value <= 31) {
      if (auto du = unit_after(*dn); du && std::string_view(du->entry->value) == "day") {
        d.day = dn->value;
        d.grain = Grain::day;
        rule = rules::date_month_day;
        end = du->end;
      }
    }
    return end;
  }
  if (unit == "day" && n->value >= 1 && n->value <= 31 && !n->native && n->tenths < 0) {
    // 3일간, 3일 만에, 3일 전, 20여일: a duration or an offset, read elsewhere.
    // ...but only a whole word: 만 in 만났다 (met) is no span.
    for (const auto at : {u->end, skip_spaces(u->end)}) {
      const auto sp = word(at, bit(Cat::span));
      const auto around = word(at, bit(Cat::postmod));  // 10일 전후 is around the 10th: 전후 is no 전
      if (sp && boundary_after(sp->end) && !(around && around->end > sp->end)) return p;
    }
    d.base = DateBase::reference;
    d.day = n->value;
    d.grain = Grain::day;
    rule = rules::date_day;
    return u->end;
  }
  if (unit == "quarter" && n->value >= 1 && n->value <= 4) {
    d.base = DateBase::reference;
    d.quarter = n->value;
    d.grain = Grain::quarter;
    rule = rules::date_quarter;
    return u->end;
  }
  if (unit == "century" && n->value >= 1 && n->value <= 30) {
    d.base = DateBase::absolute;
    d.century = n->value;
    d.year = (n->value - 1) * 100;
    d.grain = Grain::century;
    rule = rules::date_century;
    return u->end;
  }
  if (unit == "decade" && (n->value % 10) == 0) {
    d.base = DateBase::absolute;
    d.decade = n->value >= 1000 ? n->value : (n->value >= 30 ? 1900 + n->value : 2000 + n->value);
    d.year = d.decade;
    d.grain = Grain::decade;
    rule = rules::date_decade;
    return u->end;
  }
  return p;
}

// `지난달 21일`, `같은 달 12일`: the day after a month word, if one is said.
std::size_t Grammar::parse_day_of_named_month(std::size_t p, DateSpec& d) const {
  const auto dn = digits_at(skip_spaces(p));
  if (!dn || dn->value < 1 || dn->value > 31) return p;
  const auto du = word_value(dn->end, Cat::unit, "day");
  if (!du) return p;
  d.day = dn->value;
  d.grain = Grain::day;
  return du->end;
}

// `2.4(화)`: month and day with a dot, only when a weekday in parentheses follows, since
// 2.4% and 2.4배 are numbers.
std::size_t Grammar::parse_month_dot_day(std::size_t p, DateSpec& d, std::string_view& rule) const {
  const auto m = digits_at(p, false);
  if (!m || m->digits > 2 || m->value < 1 || m->value > 12 || m->end >= text_.size() || text_[m->end] != '.') return p;
  const auto dd = digits_at(m->end + 1, false);
  if (!dd || dd->digits > 2 || dd->value < 1 || dd->value > 31) return p;
  DateSpec weekday_said;
  std::string_view zone;
  if (parse_parenthetical(dd->end, weekday_said, zone) == dd->end || weekday_said.weekday < 0) return p;
  d.base = DateBase::reference;
  d.month = m->value;
  d.day = dd->value;
  d.grain = Grain::day;
  rule = rules::date_month_dot_day;
  return dd->end;
}

// `M월 [D일]` or `D일` after a year or a relative year/month.
std::size_t Grammar::parse_month_day(std::size_t p, DateSpec& d) const {
  auto m = number_at(p, true);
  if (!m || m->native || m->tenths >= 0) return p;
  auto u = unit_after(*m);
  if (!u) return p;
  if (std::string_view(u->entry->value) == "month" && m->value >= 1 && m->value <= 12) {
    d.month = m->value;
    d.grain = Grain::month;
    std::size_t end = u->end;
    const auto after = skip_spaces(end);
    auto dn = number_at(after, true);
    if (dn && !dn->native && dn->tenths < 0 && dn->value >= 1 && dn->value <= 31) {
      if (auto du = unit_after(*dn); du && std::string_view(du->entry->value) == "day") {
        d.day = dn->value;
        d.grain = Grain::day;
        end = du->end;
      }
    }
    return end;
  }
  if (std::string_view(u->entry->value) == "quarter" && m->value >= 1 && m->value <= 4) {
    d.quarter = m->value;
    d.grain = Grain::quarter;
    return u->end;
  }
  return p;
}

// `여름` after a year or a direction: the season, when nothing glues on to the word
// (겨울올림픽 is a name, not a season).
std::size_t Grammar::parse_season(std::size_t p, DateSpec& d, std::string_view& rule) const {
  auto se = word(p, Cat::season);
  if (!se || !boundary_after(se->end)) return p;
  d.season = se->entry->number;
  d.grain = Grain::season;
  rule = rules::date_season;
  return se->end;
}

// A holiday word's day into `d`; returns where the word ends. The lexicon checked the
// value's form when it loaded.
std::size_t Grammar::read_holiday(const LexMatch& m, DateSpec& d, std::string_view& rule) const {
  const auto h = parse_holiday_value(m.entry->value);
  if (!h) return m.end;
  d.month = h->month;
  d.day = h->day;
  d.lunar = h->lunar;
  d.holiday_days = h->days;
  d.grain = Grain::day;
  rule = h->days > 0 ? rules::date_holiday_period : h->lunar ? rules::date_lunar_holiday : rules::date_holiday;
  return m.end;
}

// After a date: 초/중순/말, 상반기/하반기, a weekday, parentheses.
std::size_t Grammar::parse_date_tail(std::size_t p, DateSpec& d, std::string_view& rule) const {
  std::size_t end = p;
  const auto after = skip_spaces(end);
  if ((d.grain == Grain::month || d.grain == Grain::year || d.grain == Grain::decade || d.grain == Grain::century ||
       d.grain == Grain::week) &&
      d.position == Mod::none) {
    if (auto pos = word(after, Cat::position); pos && boundary_after(pos->end)) {
      d.position = mod_of(pos->entry->value);
      rule = rules::date_position;
      end = pos->end;
    } else if (auto se = d.grain == Grain::year ? parse_season(after, d, rule) : after; se > after) {
      end = se;  // 2023년 가을
    } else if (auto hd = d.grain == Grain::year ? word(after, Cat::holiday) : std::nullopt) {
      end = read_holiday(*hd, d, rule);  // 2024년 추석
    } else if (auto per = word(after, Cat::period); per && d.grain == Grain::year) {
      const std::string_view v = per->entry->value;
      if (v == "H1" || v == "H2") {
        d.half = v == "H1" ? 1 : 2;
        d.grain = Grain::half;
        rule = rules::date_half;
        end = per->end;
      }
    }
  }
  if (d.grain == Grain::month && d.month > 0) {
    // 3월 마지막 월요일, 10월 첫째 화요일, 9월 마지막 주, 10월 마지막 날
    if (auto ord = word(skip_spaces(end), Cat::ordinal)) {
      const auto after = skip_spaces(ord->end);
      if (auto wd = word(after, Cat::weekday)) {
        d.ordinal = ord->entry->number;
        d.weekday = wd->entry->number;
        d.grain = Grain::day;
        end = wd->end;
        rule = rules::date_ordinal;
      } else if (auto u = word(after, Cat::unit); u && (std::string_view(u->entry->value) == "week" || std::string_view(u->entry->value) == "day_word")) {
        d.ordinal = ord->entry->number;
        d.ordinal_week = std::string_view(u->entry->value) == "week";
        d.ordinal_day = !d.ordinal_week;
        d.grain = d.ordinal_week ? Grain::week : Grain::day;
        end = u->end;
        rule = rules::date_ordinal;
      }
    }
  }
  if (d.grain == Grain::day && d.weekday < 0) {
    if (auto wd = word(skip_spaces(end), Cat::weekday)) {
      d.weekday = wd->entry->number;
      end = wd->end;
    }
  }
  return end;
}

// `(화)`, `(화요일)`, `(현지시간)`, `(3일)` right after a date.
std::size_t Grammar::parse_parenthetical(std::size_t p, DateSpec& d, std::string_view& zone) const {
  if (p >= text_.size() || text_[p] != '(') return p;
  std::size_t q = p + 1;
  const auto close = [&](std::size_t r) -> std::size_t {
    return r < text_.size() && text_[r] == ')' ? r + 1 : p;
  };
  if (auto tz = word(q, Cat::localtime)) {
    const auto e = close(tz->end);
    if (e != p) zone = tz->entry->value;
    return e;
  }
  if (auto wd = word(q, Cat::weekday)) {
    const auto e = close(wd->end);
    if (e != p && d.weekday < 0) d.weekday = wd->entry->number;
    return e;
  }
  // One-syllable weekday: (월) (화) (수) (목) (금) (토) (일)
  static constexpr char32_t short_days[] = {U'월', U'화', U'수', U'목', U'금', U'토', U'일'};
  const auto cp = cp_at(q);
  for (int i = 0; i < 7; ++i) {
    if (cp == short_days[i]) {
      const auto e = close(next(q));
      if (e != p) {
        if (d.weekday < 0) d.weekday = i + 1;
        return e;
      }
    }
  }
  // 전날(3일): the day confirmed in parentheses.
  if (auto n = digits_at(q); n && n->value >= 1 && n->value <= 31) {
    if (auto u = word_value(n->end, Cat::unit, "day")) {
      const auto e = close(u->end);
      if (e != p) {
        if (d.base == DateBase::reference && d.weekday > 0 && d.day < 0 && !d.week_relative) {
          d.day = n->value;  // 금요일(7일): the day says which Friday
        } else {
          d.confirm_day = n->value;
        }
        return e;
      }
    }
  }
  return p;
}

std::size_t Grammar::parse_date(std::size_t p, DateSpec& d, std::string_view& rule) const {
  constexpr std::uint32_t date_words = bit(Cat::direction) | bit(Cat::holiday) | bit(Cat::weekday) | bit(Cat::period) |
                                       bit(Cat::discyear) | bit(Cat::relyear) | bit(Cat::relmonth) |
                                       bit(Cat::relweek) | bit(Cat::relday) | bit(Cat::discourse) | bit(Cat::season) | bit(Cat::discmonth);
  std::size_t q = p;
  Direction direction = Direction::none;
  // One lookup finds the longest date word: 지난달 over 지난, 이번 주 over 이번.
  auto first = word(q, date_words);
  if (first && first->entry->cat == Cat::relweek) {
    // ...but 다음 주말 is 다음 + 주말, not 다음 주 + 말.
    if (auto dir = word(q, Cat::direction)) {
      auto period_after = word(skip_spaces(dir->end), Cat::period);
      if (period_after && period_after->end > first->end) first = dir;
    }
  }
  if (first && first->entry->cat == Cat::direction) {
    const std::string_view v = first->entry->value;
    direction = v == "past" ? Direction::past : v == "future" ? Direction::future : v == "this" ? Direction::this_one
                                                                                                 : Direction::next;
    q = skip_spaces(first->end);
    first = word(q, date_words & ~bit(Cat::direction));
  }
  const auto is = [&](Cat c) { return first && first->entry->cat == c; };
  std::size_t end = p;
  if (is(Cat::holiday)) {
    // 삼일절 is a holiday before it is the numeral 삼일.
  } else if (auto e = parse_numeric_date(q, d, rule); e > q) {
    d.direction = direction;
    if (direction != Direction::none) {
      rule = d.grain == Grain::day ? rules::date_direction_day
             : d.grain == Grain::month ? rules::date_direction_month
                                       : rule;
      if (d.base == DateBase::absolute && direction == Direction::past) rule = rules::date_past_year;
    }
    end = e;
  }
  if (end != p) {
    // A numeric date was read; the words below are the alternatives to it.
  } else if (auto hd = is(Cat::holiday) ? first : std::nullopt) {
    // 광복절, 추석: a month and day (lunar for 추석), the year as for `8월 15일`.
    d.base = DateBase::reference;
    d.direction = direction;
    end = read_holiday(*hd, d, rule);
  } else if (auto wd = is(Cat::weekday) ? first : std::nullopt) {
    d.base = DateBase::reference;
    d.direction = direction;
    d.weekday = wd->entry->number;
    d.grain = Grain::day;
    rule = direction == Direction::none ? rules::date_weekday : rules::date_direction_weekday;
    end = wd->end;
  } else if (auto per = is(Cat::period) ? first : std::nullopt) {
    const std::string_view v = per->entry->value;
    d.base = DateBase::reference;
    d.direction = direction;
    if (v == "H1" || v == "H2") {
      d.half = v == "H1" ? 1 : 2;
      d.grain = Grain::half;
      rule = rules::date_half;
    } else if (v == "weekend") {
      d.weekend = true;
      d.week_relative = true;
      d.week_offset = direction == Direction::past ? -1 : direction == Direction::next ? 1 : 0;
      d.grain = Grain::weekend;
      rule = rules::date_weekend;
    } else if (v == "year_start" || v == "year_end" || v == "year_mid" || v == "year_within") {
      d.year_relative = true;
      d.grain = Grain::year;
      d.position = v == "year_start" ? Mod::start : v == "year_end" ? Mod::end : v == "year_mid" ? Mod::mid : Mod::none;
      rule = rules::date_year_position;
    } else if (v == "month_start" || v == "month_end") {
      d.month_relative = true;
      d.grain = Grain::month;
      d.position = v == "month_start" ? Mod::start : Mod::end;
      rule = rules::date_month_position;
    } else if (v == "week_start") {
      d.week_relative = true;
      d.grain = Grain::week;
      d.position = Mod::start;
      rule = rules::date_week_position;
    }
    end = per->end;
  } else if (is(Cat::season)) {
    // 지난여름, 이번 겨울: a season needs what places it; 여름 alone is no date.
    if (auto se = direction != Direction::none ? parse_season(q, d, rule) : q; se > q) {
      d.base = DateBase::reference;
      d.direction = direction;
      end = se;
    }
  } else if (direction != Direction::none) {
    // 이번 분기, 다음 분기 / 지난 주말 are covered above or by relweek words; nothing else.
    if (auto u = word(q, Cat::unit); u && std::string_view(u->entry->value) == "quarter") {
      d.base = DateBase::reference;
      d.direction = direction;
      d.quarter = 0;  // relative quarter
      d.grain = Grain::quarter;
      rule = rules::date_relative_quarter;
      end = u->end;
    }
  } else if (auto ry = is(Cat::relyear) ? first : std::nullopt) {
    d.base = DateBase::reference;
    d.year_relative = true;
    d.year_offset = ry->entry->number;
    d.grain = Grain::year;
    rule = rules::date_relative_year;
    end = ry->end;
    const auto after = skip_spaces(end);
    if (auto md = parse_month_day(after, d); md > after) {
      end = md;
      rule = d.grain == Grain::quarter ? rules::date_relative_year_quarter : rules::date_relative_year_month;
    } else if (auto per2 = word(after, Cat::period)) {
      const std::string_view v = per2->entry->value;
      if (v == "H1" || v == "H2") {
        d.half = v == "H1" ? 1 : 2;
        d.grain = Grain::half;
        rule = rules::date_half;
        end = per2->end;
      }
    } else if (auto se = parse_season(after, d, rule); se > after) {
      end = se;  // 올여름, 내년 봄
    } else if (auto hd = word(after, Cat::holiday)) {
      end = read_holiday(*hd, d, rule);  // 올해 추석, 내년 설 연휴
    }
    // 올 alone is not a date: it needs what it qualifies (올 상반기, 올여름, 올 초).
    if (std::string_view(ry->entry->surface) == "올" && end == ry->end) {
      const auto position = word(skip_spaces(end), Cat::position);
      if (!position || !boundary_after(position->end)) return p;
    }
  } else if (auto dy = is(Cat::discyear) ? first : std::nullopt) {
    d.base = DateBase::named_year;
    d.year_relative = true;
    d.year_offset = dy->entry->number;
    d.grain = Grain::year;
    rule = rules::date_discourse_year;
    end = dy->end;
    const auto after = skip_spaces(end);
    if (auto md = parse_month_day(after, d); md > after) end = md;
  } else if (auto rm = is(Cat::relmonth) ? first : std::nullopt) {
    d.base = DateBase::reference;
    d.month_relative = true;
    d.month_offset = rm->entry->number;
    d.grain = Grain::month;
    rule = rules::date_relative_month;
    end = rm->end;
    if (const auto e = parse_day_of_named_month(end, d); e > end) {
      rule = rules::date_relative_month_day;
      end = e;
    }
  } else if (auto dm = is(Cat::discmonth) ? first : std::nullopt) {
    // 같은 달 12일: the month of the date the story is at, not the reference's.
    d.base = DateBase::discourse;
    d.month_relative = true;
    d.month_offset = dm->entry->number;
    d.grain = Grain::month;
    rule = rules::date_discourse_month;
    end = parse_day_of_named_month(dm->end, d);
  } else if (auto rw = is(Cat::relweek) ? first : std::nullopt) {
    d.base = DateBase::reference;
    d.week_relative = true;
    d.week_offset = rw->entry->number;
    d.grain = Grain::week;
    rule = rules::date_relative_week;
    end = rw->end;
    const auto after = skip_spaces(end);
    if (auto wd = word(after, Cat::weekday)) {
      d.weekday = wd->entry->number;
      d.grain = Grain::day;
      rule = rules::date_relative_week_day;
      end = wd->end;
    } else if (auto we = word_value(after, Cat::period, "weekend")) {
      d.weekend = true;
      d.grain = Grain::weekend;
      rule = rules::date_weekend;
      end = we->end;
    }
  } else if (auto rd = is(Cat::relday) ? first : std::nullopt) {
    d.base = DateBase::reference;
    d.day_relative = true;
    d.day_offset = rd->entry->number;
    d.grain = Grain::day;
    rule = rules::date_relative_day;
    end = rd->end;
  } else if (auto dc = is(Cat::discourse) ? first : std::nullopt) {
    d.base = DateBase::discourse;
    d.day_relative = true;
    d.day_offset = dc->entry->number;
    d.grain = Grain::day;
    rule = rules::date_discourse_day;
    end = dc->end;
  }
  if (end == p) return p;
  return parse_date_tail(end, d, rule);
}

}  // namespace detail
}  // namespace ktimeline
