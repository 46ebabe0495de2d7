// Phase one of the temporal engine: the grammar of Korean time expressions.
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
#include "tagger_rules.hpp"

namespace ktimeline {
namespace detail {
namespace {


struct Number {
  int value = 0;
  int digits = 0;           // digits written; 0 for a number word
  bool native = false;      // 두, 열한
  bool sino = false;        // 삼, 이십
  int tenths = -1;          // 1.5 -> value 1, tenths 5
  std::size_t end = 0;
};

DayWord day_word(std::string_view v) {
  if (v == "am") return DayWord::am;
  if (v == "pm") return DayWord::pm;
  if (v == "morning") return DayWord::morning;
  if (v == "midday") return DayWord::midday;
  if (v == "evening") return DayWord::evening;
  if (v == "night") return DayWord::night;
  if (v == "dawn") return DayWord::dawn;
  return DayWord::none;
}

Mod mod_of(std::string_view v) {
  if (v == "APPROX") return Mod::approx;
  if (v == "MORE_THAN") return Mod::more_than;
  if (v == "LESS_THAN") return Mod::less_than;
  if (v == "START") return Mod::start;
  if (v == "MID") return Mod::mid;
  if (v == "END") return Mod::end;
  return Mod::none;
}

// A later, stronger mark wins over APPROX; START/MID/END are kept apart by the caller.
Mod combine(Mod a, Mod b) { return b == Mod::none ? a : b; }

class Grammar {
 public:
  Grammar(const Lexicon& lexicon, std::string_view text) : lex_(lexicon), text_(text) {}

  /// The longest reading starting exactly at `start`, if any.
  bool read_at(std::size_t start, Reading& out) const;

  /// A cheap look before the grammar runs: a word that starts a mention must be a
  /// time word, and a numeral word (이, 삼, 두) must have a unit after it.
  bool worth_reading(std::size_t pos) const {
    constexpr std::uint32_t starters = ~(bit(Cat::particle) | bit(Cat::block) | bit(Cat::postmod) |
                                         bit(Cat::position) | bit(Cat::unit) | bit(Cat::span) | bit(Cat::joiner));
    const auto first = word(pos, starters);
    if (!first) return false;
    const auto cat = first->entry->cat;
    if (cat == Cat::native || cat == Cat::sino) {
      std::size_t next = first->end;
      if (next < text_.size() && text_[next] == ' ') ++next;
      return lex_.may_follow_number(cp_at(next));
    }
    // The word must end where a time word can end (올 in 올트먼, 낮 in 낮은 hide other words).
    const auto next = cp_at(first->end);
    return first->end >= text_.size() || !is_word_char(next) || digit_value(next) >= 0 || lex_.may_follow(next) ||
           lex_.starts_mention(next) || lex_.may_follow_number(next);
  }

 private:
  const Lexicon& lex_;
  std::string_view text_;

  // ---- primitives -------------------------------------------------------
  char32_t cp_at(std::size_t p) const { return p < text_.size() ? utf8::decode(text_, p).cp : U'\0'; }
  std::size_t next(std::size_t p) const { return p + utf8::decode(text_, p).length; }

  bool is_inline_space(std::size_t p, std::size_t& len) const {
    if (p >= text_.size()) return false;
    const auto d = utf8::decode(text_, p);
    len = d.length;
    return d.cp == U' ' || d.cp == U'\t' || d.cp == 0xA0 || d.cp == 0x3000;
  }
  // Spaces inside a mention: at most a few, never a line break.
  std::size_t skip_spaces(std::size_t p) const {
    std::size_t len = 0;
    for (int i = 0; i < 3 && is_inline_space(p, len); ++i) p += len;
    return p;
  }

  // The words at a position, cached: the grammar asks several questions at the
  // same place (is it a date word? a day part? a unit?) and one trie walk answers all.
  struct WordsAt {
    std::size_t pos = std::string_view::npos;
    std::size_t count = 0;
    std::uint32_t categories = 0;  // bit(cat) of the matches before the first block word
    LexMatch matches[12];
  };
  mutable WordsAt cache_[8];

  std::optional<LexMatch> word(std::size_t p, std::uint32_t mask) const {
    auto& slot = cache_[p & 7];
    if (slot.pos != p) {
      slot.pos = p;
      slot.count = lex_.all_at(text_, p, slot.matches, 12);
      slot.categories = 0;
      for (std::size_t i = 0; i < slot.count && slot.matches[i].entry->cat != Cat::block; ++i) {
        slot.categories |= bit(slot.matches[i].entry->cat);
      }
    }
    // Most questions are answered no (is it a unit? a day part?): one test says so.
    if ((slot.categories & mask) == 0) return std::nullopt;
    for (std::size_t i = 0; i < slot.count; ++i) {
      const auto& m = slot.matches[i];
      if (m.entry->cat == Cat::block) return std::nullopt;  // a longer non-time word hides shorter ones
      if ((bit(m.entry->cat) & mask) != 0) return m;
    }
    return std::nullopt;
  }
  std::optional<LexMatch> word(std::size_t p, Cat c) const { return word(p, bit(c)); }
  std::optional<LexMatch> word_value(std::size_t p, Cat c, std::string_view value) const {
    auto m = word(p, c);
    if (m && m->entry->value == value) return m;
    return std::nullopt;
  }

  /// True if a mention may end at `p`: end of text, a non-word character, or a particle.
  bool boundary_after(std::size_t p) const {
    if (p >= text_.size()) return true;
    const auto cp = cp_at(p);
    if (digit_value(cp) >= 0) return false;
    if (!is_word_char(cp)) return true;
    return lex_.may_follow(cp);
  }

  // A time word used as an adverb: the locative 에 right after it (점심에, 낮에는) or an
  // approximation word (점심 무렵, 아침께).
  bool used_as_adverb(std::size_t p) const {
    if (p < text_.size() && cp_at(p) == U'에') return true;
    Mod mod = Mod::none;
    return parse_postmods(p, mod) > p && mod == Mod::approx;
  }

  // After `2/15`: a space, punctuation or the end, or 에/부터/까지 -- never 이/을/의, which
  // make it a quantity (전체의 1/3이).
  bool slash_date_may_end(std::size_t p) const {
    const auto cp = cp_at(p);
    if (p >= text_.size() || !is_word_char(cp)) return true;
    return cp == U'에' || cp == U'부' || cp == U'까';
  }

  // The digit (ASCII or full-width) at `p` and its length; value -1 if none. Asked at
  // every candidate, so only '0'-'9' and the EF lead of full-width digits are decoded.
  struct Digit {
    int value;
    std::size_t length;
  };
  Digit digit_at(std::size_t p) const {
    if (p >= text_.size()) return {-1, 0};
    const auto b = static_cast<unsigned char>(text_[p]);
    if (b >= '0' && b <= '9') return {b - '0', 1};
    if (b != 0xEF) return {-1, 0};
    const auto d = utf8::decode(text_, p);
    return {digit_value(d.cp), d.length};
  }

  std::optional<Number> digits_at(std::size_t p, bool allow_fraction = true) const {
    Number n;
    std::size_t q = p;
    while (n.digits < 9) {
      const auto d = digit_at(q);
      if (d.value < 0) break;
      n.value = n.value * 10 + d.value;
      ++n.digits;
      q += d.length;
    }
    if (n.digits == 0 || digit_at(q).value >= 0) return std::nullopt;
    n.end = q;
    // A decimal fraction of one digit: 1.5시간
    if (allow_fraction && q + 1 < text_.size() && text_[q] == '.' && digit_at(q + 1).value >= 0 && digit_at(q + 2).value < 0 &&
        cp_at(q + 2) != U'.') {
      n.tenths = digit_at(q + 1).value;
      n.end = q + 2;
    }
    return n;
  }

  // Sino-Korean numerals: 이천십오, 삼십, 삼. Multipliers 십/백/천 scale what precedes them.
  std::optional<Number> sino_at(std::size_t p) const {
    Number n;
    n.sino = true;
    int total = 0, pending = -1, syllables = 0;
    std::size_t q = p;
    while (auto m = word(q, Cat::sino)) {
      const int v = m->entry->number;
      if (v >= 10) {
        total += (pending < 0 ? 1 : pending) * v;
        pending = -1;
      } else {
        if (pending >= 0) break;
        pending = v;
      }
      ++syllables;
      q = m->end;
    }
    if (syllables == 0) return std::nullopt;
    n.value = total + (pending < 0 ? 0 : pending);
    n.digits = syllables >= 2 ? 2 : 1;  // how much of a number it looks like
    n.end = q;
    return n;
  }

  std::optional<Number> native_at(std::size_t p) const {
    auto m = word(p, Cat::native);
    if (!m) return std::nullopt;
    Number n;
    n.native = true;
    n.value = m->entry->number;
    n.end = m->end;
    // 열 + 한/두 written apart or 스물 + 네: add a following unit numeral.
    if (n.value >= 10) {
      if (auto more = word(n.end, Cat::native); more && more->entry->number > 0 && more->entry->number < 10) {
        n.value += more->entry->number;
        n.end = more->end;
      }
    }
    return n;
  }

  std::optional<Number> number_at(std::size_t p, bool allow_words) const {
    if (auto n = digits_at(p)) return n;
    if (!allow_words) return std::nullopt;
    if (auto n = native_at(p)) return n;
    return sino_at(p);
  }

  /// A unit word right after a number; words may stand one space away, digits touch or take one space.
  std::optional<LexMatch> unit_after(const Number& n) const {
    if (auto u = word(n.end, Cat::unit)) return u;
    const auto spaced = skip_spaces(n.end);
    if (spaced == n.end) return std::nullopt;
    auto u = word(spaced, Cat::unit);
    if (!u) return std::nullopt;
    const std::string_view v = u->entry->value;
    if (n.native || n.sino || v == "hour" || v == "clock_hour" || v == "minute" || v == "second" || v == "year" ||
        v == "month" || v == "day")
      return u;
    return std::nullopt;
  }

  // ---- dates ------------------------------------------------------------
  std::size_t parse_date(std::size_t p, DateSpec& d, std::string_view& rule) const;
  std::size_t parse_numeric_date(std::size_t p, DateSpec& d, std::string_view& rule) const;
  std::size_t parse_date_tail(std::size_t p, DateSpec& d, std::string_view& rule) const;
  std::size_t parse_month_day(std::size_t p, DateSpec& d) const;
  std::size_t parse_season(std::size_t p, DateSpec& d, std::string_view& rule) const;
  std::size_t read_holiday(const LexMatch& m, DateSpec& d, std::string_view& rule) const;
  std::size_t parse_parenthetical(std::size_t p, DateSpec& d, std::string_view& zone) const;

  // ---- clock and parts of day -------------------------------------------
  std::size_t parse_clock(std::size_t p, ClockSpec& c, std::string_view& rule) const;
  std::size_t parse_colon_clock(std::size_t p, ClockSpec& c) const;

  // `am`, `a`, `PM`, `p` right after a clock number: sets the day word.
  std::size_t latin_meridiem(std::size_t p, ClockSpec& c) const {
    if (p >= text_.size()) return p;
    const char first = static_cast<char>(text_[p] | 0x20);
    if (first != 'a' && first != 'p') return p;
    std::size_t e = p + 1;
    if (e < text_.size() && (text_[e] | 0x20) == 'm') ++e;
    if (e < text_.size() && ((text_[e] >= 'a' && text_[e] <= 'z') || (text_[e] >= 'A' && text_[e] <= 'Z'))) return p;
    if (!boundary_after(e)) return p;
    c.word = first == 'a' ? DayWord::am : DayWord::pm;
    return e;
  }

  // ---- durations --------------------------------------------------------
  // `weak` is set when the quantity is a lone Sino-Korean numeral (이분, 일초): words far more
  // often than durations, so callers accept it only where the context says time.
  std::size_t parse_duration(std::size_t p, Duration& dur, Mod& mod, std::string_view& rule, bool* weak = nullptr) const;
  std::size_t parse_postmods(std::size_t p, Mod& mod) const;

  // ---- whole mentions ---------------------------------------------------
  struct Point {
    DateSpec date;
    ClockSpec clock;
    DayWord part = DayWord::none;
    Mod mod = Mod::none;
    std::string_view rule;
    std::string_view zone;
    std::size_t end = 0;
  };
  std::size_t parse_point(std::size_t p, Point& pt, bool require_boundary) const;
  bool parse_set(std::size_t p, Reading& r) const;
  bool parse_interval_tail(std::size_t p, const Point& start, Reading& r) const;
  bool read_bare_year(std::size_t p, Reading& r) const;
  bool read_number_range(std::size_t p, Reading& r) const;
  bool read_nights_days(std::size_t p, Reading& r) const;
  std::size_t read_count(std::size_t p, int& count) const;
  bool read_frequency(std::size_t p, Reading& r) const;
};

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
// Dates

// 2025.2.4 / 2025. 2. 4. / 2025-02-04 / 2025/02/04, and N년, N월, N일, N분기, N세기, N년대.
std::size_t Grammar::parse_numeric_date(std::size_t p, DateSpec& d, std::string_view& rule) const {
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
  if ((d.grain == Grain::month || d.grain == Grain::year || d.grain == Grain::decade || d.grain == Grain::century) &&
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
    const auto after = skip_spaces(end);
    if (auto dn = digits_at(after); dn && dn->value >= 1 && dn->value <= 31) {
      if (auto du = word_value(dn->end, Cat::unit, "day")) {
        d.day = dn->value;
        d.grain = Grain::day;
        rule = rules::date_relative_month_day;
        end = du->end;
      }
    }
  } else if (auto dm = is(Cat::discmonth) ? first : std::nullopt) {
    // 같은 달 12일: the month of the date the story is at, not the reference's.
    d.base = DateBase::discourse;
    d.month_relative = true;
    d.month_offset = dm->entry->number;
    d.grain = Grain::month;
    rule = rules::date_discourse_month;
    end = dm->end;
    const auto after = skip_spaces(end);
    if (auto dn = digits_at(after); dn && dn->value >= 1 && dn->value <= 31) {
      if (auto du = word_value(dn->end, Cat::unit, "day")) {
        d.day = dn->value;
        d.grain = Grain::day;
        end = du->end;
      }
    }
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
