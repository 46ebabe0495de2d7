// Phase one of the temporal engine: whole mentions (a point, perhaps starting an
// interval; a set; a duration) and the scanner that finds where they may start.
//
// The scanner jumps from one possible start (a digit, or a syllable that
// begins a lexicon word) to the next. At each start the grammar reads as far
// as it can and keeps the longest reading whose end is a word boundary, so
// `3일본사` and `2시장` give nothing while `4일에는` gives `4일`.
#include "tagger_match.hpp"

#include <algorithm>
#include <cstdlib>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ktimeline/text.hpp"
#include "tagger_grammar.hpp"
#include "tagger_rules.hpp"

namespace ktimeline {
namespace detail {

// ---------------------------------------------------------------------------
// Whole mentions

std::size_t Grammar::parse_point(std::size_t p, Point& pt, bool require_boundary) const {
  const std::size_t origin = p;
  std::string_view zone_prefix;
  if (auto lt = word(p, Cat::localtime)) {
    // 현지시간 17일 오전 10시: the zone said first.
    const auto after = skip_spaces(lt->end);
    if (after > lt->end || (after < text_.size() && text_[after] != '(')) {
      zone_prefix = lt->entry->value;
      p = after;
    }
  }
  const std::size_t start = p;
  std::size_t best = p;
  const auto consider = [&](std::size_t e) {
    if (e > best && (!require_boundary || boundary_after(e))) best = e;
  };
  std::size_t end = p;
  if (auto e = parse_date(p, pt.date, pt.rule); e > p) {
    end = e;
    if (auto paren = parse_parenthetical(end, pt.date, pt.zone); paren > end) end = paren;
    consider(end);
  }
  // A weekday or part of day may come after the date, then a clock time.
  const auto after_date = end == p ? p : skip_spaces(end);
  std::string_view clock_rule;
  ClockSpec clock;
  if (auto e = parse_clock(after_date, clock, clock_rule); e > after_date && clock.said() && e > best &&
                                                             boundary_after(e)) {
    pt.clock = clock;
    pt.rule = pt.date.said() ? rules::time_date_clock : clock_rule;
    best = e;
  } else if (auto dw = word(after_date, Cat::daypart); dw && dw->end > best && boundary_after(dw->end)) {
    const auto w = day_word(dw->entry->value);
    // 오전/오후/새벽/저녁/밤 stand alone; 아침/낮/점심 name a meal or a state as often as a time
    // (점심을 먹었다, 아침이 밝았다), so alone they count only when used as adverbs (점심에는, 낮 무렵).
    const bool alone_ok = w == DayWord::am || w == DayWord::pm || w == DayWord::dawn || w == DayWord::evening ||
                          w == DayWord::night || used_as_adverb(dw->end);
    if (pt.date.said() || alone_ok) {
      pt.part = w;
      pt.rule = pt.date.said() ? rules::time_date_daypart : rules::time_daypart;
      best = dw->end;
    }
  }
  if (best == start) return origin;
  end = best;
  if (!zone_prefix.empty()) pt.zone = zone_prefix;
  // Approximation marks and a zone after the whole point: 2시께, 3일(현지시간) 오후.
  Mod mod = Mod::none;
  if (auto e = parse_postmods(end, mod); e > end && boundary_after(e)) {
    // Only approximation words attach to points (여, 이상 belong to quantities).
    if (mod == Mod::approx) {
      pt.mod = mod;
      end = e;
    }
  }
  if (auto paren = parse_parenthetical(end, pt.date, pt.zone); paren > end) end = paren;
  if (auto lt = word(skip_spaces(end), Cat::localtime); lt && pt.zone.empty() && boundary_after(lt->end)) {
    pt.zone = lt->entry->value;
    end = lt->end;
  }
  pt.end = end;
  return end;
}

bool Grammar::parse_set(std::size_t p, Reading& r) const {
  auto s = word(p, Cat::set);
  if (!s) return false;
  r.type = TimexType::set;
  r.set_period = s->entry->value;
  r.rule = rules::set_every;
  std::size_t end = s->end;
  const auto after = skip_spaces(end);
  Point pt;
  int count = 0;
  if (auto e = read_count(after, count); e > after) {
    r.frequency = count;  // 매일 두 번
    end = e;
  } else if (auto e = parse_point(after, pt, true); e > after) {
    r.date = pt.date;
    r.clock = pt.clock;
    r.part = pt.part;
    end = e;
  }
  if (!boundary_after(end)) return false;
  r.span.end = end;
  return true;
}

bool Grammar::parse_interval_tail(std::size_t p, const Point& start, Reading& r) const {
  auto j = word(p, Cat::joiner);
  if (!j) j = word(skip_spaces(p), Cat::joiner);
  std::size_t q = 0;
  std::string_view kind;
  if (j) {
    kind = j->entry->value;
    q = skip_spaces(j->end);
  } else if (const auto dash = skip_spaces(p);
             dash < text_.size() && text_[dash] == '-' && (start.clock.said() || start.date.day > 0)) {
    kind = "range";  // 7월 13일 - 15일
    q = skip_spaces(dash + 1);
  } else {
    return false;
  }
  if (kind != "from" && kind != "range" && kind != "from_between") return false;
  // The end: another point, or (after 부터) a duration.
  Mod premod = Mod::none;
  std::size_t qq = q;
  if (auto pm = word(q, Cat::premod)) {
    premod = mod_of(pm->entry->value);
    qq = skip_spaces(pm->end);
  }
  Point end_point;
  std::size_t e = parse_point(qq, end_point, false);
  Duration dur;
  Mod dmod = premod;
  std::string_view drule;
  std::size_t de = kind == "from" ? parse_duration(qq, dur, dmod, drule) : qq;
  if (de > e) {
    de = parse_postmods(de, dmod);
    // 사흘간: 간 belongs to the duration, as in a duration alone (40분간).
    if (auto sp = word(de, Cat::span); sp && std::string_view(sp->entry->surface) == "간" && boundary_after(sp->end)) {
      de = sp->end;
    }
    if (!boundary_after(de)) return false;
    r.type = TimexType::interval;
    r.interval_by_duration = true;
    r.duration = dur;
    r.mod = combine(start.mod, dmod);
    r.rule = rules::interval_start_duration;
    r.span.end = de;
    return true;
  }
  if (e == qq) return false;
  std::size_t end = e;
  if (kind == "from") {
    if (auto to = word_value(end, Cat::joiner, "to")) end = to->end;
    r.rule = rules::interval_from_to;
  } else if (kind == "from_between") {
    auto between = word_value(skip_spaces(end), Cat::joiner, "between");
    if (!between) return false;
    end = between->end;
    r.rule = rules::interval_between;
  } else {
    r.rule = rules::interval_range;
    if (auto to = word_value(end, Cat::joiner, "to")) end = to->end;
  }
  if (!boundary_after(end)) return false;
  r.type = TimexType::interval;
  r.end_date = end_point.date;
  r.end_clock = end_point.clock;
  r.end_part = end_point.part;
  r.mod = combine(start.mod, end_point.mod);
  r.span.end = end;
  return true;
}

bool Grammar::read_at(std::size_t start, Reading& out) const {
  Reading r;
  r.span.begin = start;
  std::size_t q = start;
  Mod premod = Mod::none;
  bool ahead = false;  // 향후 4년간: a duration counted forward, not a mod
  if (auto pm = word(q, Cat::premod)) {
    premod = mod_of(pm->entry->value);
    ahead = std::string_view(pm->entry->value) == "none";
    q = skip_spaces(pm->end);
    if (q == pm->end && pm->end < text_.size() && is_word_char(cp_at(pm->end))) return false;  // 약속, 최소한
  }
  if (auto now = word(q, Cat::now); now && premod == Mod::none && boundary_after(now->end)) {
    r.type = TimexType::time;
    r.now = true;
    r.rule = rules::time_now;
    r.span.end = now->end;
    out = r;
    return true;
  }
  if (premod == Mod::none && read_frequency(q, r)) {
    out = r;
    return true;
  }
  if (premod == Mod::none && read_nights_days(q, r)) {
    out = r;
    return true;
  }
  if (read_number_range(q, r)) {
    r.span.begin = start;
    r.mod = premod;
    out = r;
    return true;
  }
  if (!ahead && premod == Mod::none && parse_set(q, r)) {
    out = r;
    return true;
  }
  Point pt;
  const std::size_t point_end = parse_point(q, pt, true);
  // 지난 2주, 다음 3년: a direction before a quantity (지난 4일 stays a date: the point reads longer or as long).
  Direction duration_direction = Direction::none;
  std::size_t dq = q;
  if (auto dir = word(q, Cat::direction); dir && (std::string_view(dir->entry->value) == "past" || std::string_view(dir->entry->value) == "next")) {
    const auto after = skip_spaces(dir->end);
    if (after > dir->end) {
      duration_direction = std::string_view(dir->entry->value) == "past" ? Direction::past : Direction::next;
      dq = after;
    }
  }
  Duration dur;
  Mod dmod = premod;
  std::string_view drule;
  bool weak = false;
  std::size_t dur_end = parse_duration(dq, dur, dmod, drule, &weak);
  if (dur_end == dq) duration_direction = Direction::none;
  if (dur_end > dq) {
    const auto after_units = dur_end;
    dur_end = parse_postmods(dur_end, dmod);
    if (dur_end > after_units && !boundary_after(dur_end)) dur_end = after_units;
    // What follows a quantity decides what it is: 간/동안 a duration, 만 a duration
    // since, 안에 a limit, 전/후/뒤 a point offset from an anchor.
    auto sp = word(dur_end, Cat::span);
    if (!sp) sp = word(skip_spaces(dur_end), Cat::span);
    if (sp && !boundary_after(sp->end)) sp.reset();
    const bool within = sp && std::string_view(sp->entry->value) == "within";
    // A lone Sino-Korean numeral (이분: "this person") counts only where the context says time.
    if (weak && duration_direction == Direction::none && !within) {
      sp.reset();
      dur_end = q;  // not a duration; a point (삼일절) may still stand
    }
    if (dur_end > dq && sp && duration_direction == Direction::none) {
      const std::string_view v = sp->entry->value;
      if (v == "ago" || v == "later" || v == "within") {
        r.type = TimexType::date;  // a point; resolve() picks DATE or TIME by grain
        r.offset.amount = dur;
        r.offset.sign = v == "ago" ? -1 : 1;
        r.offset.within = within;
        r.rule = within ? rules::offset_within : v == "ago" ? rules::offset_before : rules::offset_after;
        r.mod = dmod;
        r.span.end = sp->end;
        if (within) {
          // 안에, 내에: the particle 에 stays outside the mention.
          const auto& surface = sp->entry->surface;
          if (surface.size() > 3) r.span.end -= std::string_view("에").size();
        }
        out = r;
        return true;
      }
      r.type = TimexType::duration;
      r.duration = dur;
      r.mod = dmod;
      r.rule = v == "since" ? rules::duration_since : rules::duration_during;
      // 만에/동안/간 stay in the mention only as 간 (40분간); 만, 동안 are outside words.
      r.span.end = dur_end;
      if (std::string_view(sp->entry->surface) == "간") r.span.end = sp->end;
      if (v == "since") r.span.end = sp->end - (std::string_view(sp->entry->surface) == "만에" ? std::string_view("에").size() : 0);
      if (!boundary_after(r.span.end)) r.span.end = dur_end;
      if (!boundary_after(r.span.end)) return false;
      out = r;
      return true;
    }
    if (duration_direction != Direction::none && sp && std::string_view(sp->entry->surface) == "간" && boundary_after(sp->end)) {
      dur_end = sp->end;  // 지난 5년간
    }
    if (dur_end > point_end && boundary_after(dur_end)) {
      r.type = TimexType::duration;
      r.duration = dur;
      r.mod = dmod;
      r.duration_direction = duration_direction;
      r.rule = ahead ? rules::duration_ahead : duration_direction != Direction::none ? rules::duration_direction : drule;
      r.span.end = dur_end;
      out = r;
      return true;
    }
  }
  // 2월 4~5일, 오후 2~4시, 4일 오후 2~4시: a range that takes the month or day part before it.
  if (point_end > q && !ahead) {
    const bool month_only = pt.date.said() && pt.date.grain == Grain::month && pt.date.month > 0 && pt.date.ordinal == 0;
    const bool part_only = !pt.clock.said() && pt.part != DayWord::none;
    Reading range;
    if ((month_only || part_only) && read_number_range(skip_spaces(point_end), range)) {
      const bool days = range.date.day > 0 && month_only;
      const bool hours = range.clock.said() && part_only;
      if (days || hours) {
        range.span.begin = start;
        range.mod = premod;
        if (days) {
          const int first = range.date.day, last = range.end_date.day;
          range.date = range.end_date = pt.date;
          range.date.day = first;
          range.end_date.day = last;
          range.date.grain = range.end_date.grain = Grain::day;
        } else {
          range.date = range.end_date = pt.date;
          range.clock.word = range.end_clock.word = pt.part;
        }
        out = range;
        return true;
      }
    }
  }
  if (point_end == q && !ahead && premod == Mod::none) return read_bare_year(q, out);
  if (point_end == q || ahead) return false;
  // A point, perhaps the start of an interval.
  r.date = pt.date;
  r.clock = pt.clock;
  r.part = pt.part;
  r.zone_hint = pt.zone;
  r.mod = combine(premod, pt.mod);
  r.rule = pt.rule;
  r.type = pt.clock.said() || pt.part != DayWord::none ? TimexType::time : TimexType::date;
  r.span.end = point_end;
  Reading interval = r;
  if (parse_interval_tail(point_end, pt, interval)) {
    interval.mod = combine(premod, interval.mod);
    out = interval;
    return true;
  }
  out = r;
  return true;
}

namespace {

// The same look for a number: what follows its digits must be able to continue a
// time (a unit word, 여, a date or clock separator, a range mark), or, for a
// four-digit number, a space (2025 서울 모빌리티쇼). 5000억, 3자, 1위 stop here.
bool number_worth_reading(const Lexicon& lexicon, std::string_view text, std::size_t pos) {
  std::size_t q = pos;
  while (q < text.size() && text[q] >= '0' && text[q] <= '9') ++q;
  if (q >= text.size()) return false;
  const char c = text[q];
  if (c == '.' || c == ':' || c == '-' || c == '/' || c == '~') return true;
  if (c == 'a' || c == 'p' || c == 'A' || c == 'P') return true;  // 3pm
  if (c == ' ') {
    if (q - pos == 4) return true;
    return lexicon.may_follow_number(utf8::decode(text, q + 1).cp);
  }
  const auto cp = utf8::decode(text, q).cp;
  return lexicon.may_follow_number(cp) || lexicon.longest(text, q, bit(Cat::joiner) | bit(Cat::nights)).has_value();
}

}  // namespace

void scan_readings(const Lexicon& lexicon, std::string_view text, std::vector<Reading>& out) {
  ScanState state;
  while (scan_readings(lexicon, text, state, out, static_cast<std::size_t>(-1))) {
  }
}

bool scan_readings(const Lexicon& lexicon, std::string_view text, ScanState& state, std::vector<Reading>& out,
                   std::size_t limit) {
  const Grammar grammar(lexicon, text);
  const std::size_t size = text.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  // Kept in locals (registers) while scanning, and handed back in `state` at the end.
  bool boundary = state.boundary;
  bool previous_digit = state.previous_digit;
  std::size_t pos = state.pos;
  bool full = out.size() >= limit;  // checked per reading, not per byte
  const auto try_read = [&](std::size_t at) {
    Reading r;
    if (grammar.read_at(at, r) && r.span.end > at) {
      out.push_back(r);
      full = out.size() >= limit;
      pos = r.span.end;
      boundary = true;  // a mention always ends at a boundary
      previous_digit = false;
      return true;
    }
    return false;
  };
  // A three-byte sequence with an EA-ED lead (the Hangul syllable block) is a word
  // character; inside a word it is skipped without decoding.
  const auto syllable_at = [&](std::size_t p) {
    return p + 2 < size && static_cast<unsigned>(bytes[p] - 0xEA) < 4u &&
           ((bytes[p + 1] ^ 0x80u) | (bytes[p + 2] ^ 0x80u)) < 0x40u;
  };
  // The end of the run of such sequences starting at `p` (p itself if none).
  const auto skip_syllables = [&](std::size_t p) {
#if defined(__SSE2__)
    // Sixteen bytes at a time: leads (EA-ED) must sit at 0, 3, 6, 9, 12 and
    // continuation bytes (80-BF) between them; the first miss ends the run.
    const __m128i lead_low = _mm_set1_epi8(static_cast<char>(0xEA ^ 0x80));
    const __m128i lead_high = _mm_set1_epi8(static_cast<char>(0xED ^ 0x80));
    const __m128i cont_high = _mm_set1_epi8(static_cast<char>(0xBF ^ 0x80));
    const __m128i cont_low = _mm_setzero_si128();
    const __m128i flip = _mm_set1_epi8(static_cast<char>(0x80));
    constexpr unsigned lead_slots = 0x1249;  // bits 0, 3, 6, 9, 12
    constexpr unsigned cont_slots = 0x6DB6;  // bits 1, 2, 4, 5, 7, 8, 10, 11, 13, 14
    while (p + 16 <= size) {
      // Signed compares after flipping the top bit compare the bytes as unsigned.
      const __m128i v = _mm_xor_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + p)), flip);
      const auto lead = ~static_cast<unsigned>(
          _mm_movemask_epi8(_mm_or_si128(_mm_cmplt_epi8(v, lead_low), _mm_cmpgt_epi8(v, lead_high))));
      const auto cont = ~static_cast<unsigned>(
          _mm_movemask_epi8(_mm_or_si128(_mm_cmplt_epi8(v, cont_low), _mm_cmpgt_epi8(v, cont_high))));
      const unsigned miss = ((lead & lead_slots) ^ lead_slots) | ((cont & cont_slots) ^ cont_slots);
      if (miss == 0) {
        p += 15;
        continue;
      }
      p += 3 * (static_cast<unsigned>(__builtin_ctz(miss)) / 3);
      return p;
    }
#endif
    while (syllable_at(p)) p += 3;
    return p;
  };
  while (pos < size && !full) {
    const auto byte = bytes[pos];
    if (byte < 0x80) {
      const bool digit = byte >= '0' && byte <= '9';
      if (boundary && (digit ? number_worth_reading(lexicon, text, pos) : lexicon.starts_mention(byte)) &&
          try_read(pos)) {
        continue;
      }
      if (digit) {
        // Skip the rest of a number that did not read as a time (5000억, 005930).
        while (pos < size && bytes[pos] >= '0' && bytes[pos] <= '9') ++pos;
        boundary = false;
        previous_digit = true;
        continue;
      }
      const bool letter = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z');
      boundary = !letter && !(previous_digit && (byte == '.' || byte == ',' || byte == ':'));
      previous_digit = false;
      ++pos;
      continue;
    }
    if (syllable_at(pos)) {
      if (boundary) {
        // Decoded by hand: the same code point utf8::decode gives (a surrogate here
        // would be U+FFFD there; neither starts a mention).
        const char32_t cp = (char32_t{byte & 0x0Fu} << 12) | (char32_t{bytes[pos + 1] & 0x3Fu} << 6) |
                            char32_t{bytes[pos + 2] & 0x3Fu};
        if (lexicon.starts_mention(cp) && lexicon.may_start_word(cp, utf8::decode(text, pos + 3).cp) &&
            grammar.worth_reading(pos) && try_read(pos)) {
          continue;
        }
      }
      // The rest of the word: most bytes of Korean text are passed here, three at a time.
      pos = skip_syllables(pos + 3);
      boundary = false;
      previous_digit = false;
      continue;
    }
    const auto d = utf8::decode(text, pos);
    const bool digit = digit_value(d.cp) >= 0;
    if (boundary && (digit || (lexicon.starts_mention(d.cp) && grammar.worth_reading(pos))) && try_read(pos)) {
      continue;
    }
    boundary = !is_word_char(d.cp);
    previous_digit = digit;
    pos += d.length;
  }
  state = ScanState{pos, boundary, previous_digit};
  return pos < size;  // stopped early: more may follow, the caller comes back with `state`
}

}  // namespace detail
}  // namespace ktimeline
