// The grammar of clock times: 오후 2시 40분, 14:40, 9시 반, 정오, 4pm.
#include "tagger_grammar.hpp"

namespace ktimeline {
namespace detail {

// ---------------------------------------------------------------------------
// Clock times

// 14:40, 9:30, 15:23:24
std::size_t Grammar::parse_colon_clock(std::size_t p, ClockSpec& c) const {
  auto h = digits_at(p);
  if (!h || h->digits > 2 || h->tenths >= 0 || h->value > 24) return p;
  if (h->end >= text_.size() || text_[h->end] != ':') return p;
  auto m = digits_at(h->end + 1);
  if (!m || m->digits != 2 || m->value > 59 || m->tenths >= 0) return p;
  std::size_t end = m->end;
  c.hour = h->value;
  c.minute = m->value;
  if (end < text_.size() && text_[end] == ':') {
    if (auto s = digits_at(end + 1); s && s->digits == 2 && s->value <= 59) {
      c.second = s->value;
      end = s->end;
    }
  }
  if (end < text_.size() && (text_[end] == ':' || text_[end] == '.')) {
    if (digit_at(end + 1).value >= 0) return p;  // 1:2:3:4, 12:30.5 are not clocks
  }
  return end;
}

std::size_t Grammar::parse_clock(std::size_t p, ClockSpec& c, std::string_view& rule) const {
  std::size_t q = p;
  if (auto dw = word(q, Cat::daypart)) {
    c.word = day_word(dw->entry->value);
    q = skip_spaces(dw->end);
  }
  if (auto cw = word(q, Cat::clockword)) {
    const std::string_view v = cw->entry->value;
    if (v == "noon" || v == "midnight") {
      c.hour = v == "noon" ? 12 : 0;
      c.minute = 0;
      c.noon = v == "noon";
      c.midnight = v == "midnight";
      rule = c.noon ? rules::clock_noon : rules::clock_midnight;
      return cw->end;
    }
  }
  if (auto e = parse_colon_clock(q, c); e > q) {
    rule = c.word == DayWord::none ? rules::clock_colon : rules::clock_meridiem_colon;
    if (auto suffixed = latin_meridiem(e, c); suffixed > e) {
      rule = rules::clock_latin_meridiem;
      return suffixed;
    }
    return e;
  }
  if (auto n = digits_at(q, false); n && n->digits <= 2 && n->value >= 1 && n->value <= 12 && c.word == DayWord::none) {
    // 3PM, 3am
    ClockSpec latin;
    latin.hour = n->value;
    if (auto e = latin_meridiem(n->end, latin); e > n->end) {
      c = latin;
      rule = rules::clock_latin_meridiem;
      return e;
    }
  }
  auto n = number_at(q, true);
  if (!n || n->tenths >= 0 || n->value < 0 || n->value > 24) return p;
  auto u = unit_after(*n);
  if (!u || std::string_view(u->entry->value) != "clock_hour") return p;
  if (n->sino && n->digits < 2 && c.word == DayWord::none) return p;  // 이시, 일시: not clocks
  c.hour = n->value;
  std::size_t end = u->end;
  const bool word_number = n->native || n->sino;
  rule = c.word == DayWord::am || c.word == DayWord::pm ? rules::clock_meridiem_hour : c.word != DayWord::none ? rules::clock_daypart_hour : word_number ? rules::clock_native_hour : rules::clock_hour;
  // minutes: N분 or 반
  auto after = skip_spaces(end);
  if (auto half = word_value(after, Cat::clockword, "half")) {
    c.minute = 30;
    end = half->end;
    rule = rules::clock_half;
  } else if (auto m = number_at(after, true); m && m->tenths < 0 && m->value >= 0 && m->value <= 59 && !(m->native && m->value < 10)) {
    if (auto mu = unit_after(*m); mu && std::string_view(mu->entry->value) == "minute") {
      c.minute = m->value;
      end = mu->end;
      if (auto before = word_value(end, Cat::span, "ago"); before && std::string_view(before->entry->surface) == "전" &&
          boundary_after(before->end) && c.minute > 0 && c.hour > 0) {
        // 네시십오분전: a quarter to four, when written as one word (spaced, 전 is "before").
        const auto solid = [&](std::size_t a, std::size_t b) {
          for (std::size_t i = a; i < b; ++i) {
            if (text_[i] == ' ') return false;
          }
          return true;
        };
        if (solid(q, before->end)) {
          c.hour -= 1;
          c.minute = 60 - c.minute;
          rule = rules::clock_minutes_before;
          return before->end;
        }
      }
      rule = c.word == DayWord::am || c.word == DayWord::pm ? rules::clock_meridiem_hour_minute : c.word != DayWord::none ? rules::clock_daypart_hour_minute : rules::clock_hour_minute;
      after = skip_spaces(end);
      if (auto s = number_at(after, true); s && s->tenths < 0 && s->value <= 59) {
        if (auto su = unit_after(*s); su && std::string_view(su->entry->value) == "second") {
          c.second = s->value;
          end = su->end;
          rule = rules::clock_hour_minute_second;
        }
      }
    }
  }
  if (auto sharp = word_value(skip_spaces(end), Cat::clockword, "sharp")) {
    if (c.minute < 0) c.minute = 0;
    end = sharp->end;
  }
  return end;
}

}  // namespace detail
}  // namespace ktimeline
