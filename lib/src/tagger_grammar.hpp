#pragma once
// The grammar of Korean time expressions, shared by the files that hold its
// productions: dates (tagger_grammar_dates.cpp), clock times
// (tagger_grammar_clock.cpp), durations and counts (tagger_grammar_durations.cpp),
// and whole mentions with the scanner (tagger_match.cpp). The grammar reads lexicon
// categories, never surfaces; the small primitives below are inline because every
// production calls them at every step.
#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "ktimeline/reading.hpp"
#include "ktimeline/text.hpp"
#include "tagger_lexicon.hpp"
#include "tagger_rules.hpp"

namespace ktimeline {
namespace detail {

struct Number {
  int value = 0;
  int digits = 0;           // digits written; 0 for a number word
  bool native = false;      // 두, 열한
  bool sino = false;        // 삼, 이십
  int tenths = -1;          // 1.5 -> value 1, tenths 5
  std::size_t end = 0;
};

inline DayWord day_word(std::string_view v) {
  if (v == "am") return DayWord::am;
  if (v == "pm") return DayWord::pm;
  if (v == "morning") return DayWord::morning;
  if (v == "midday") return DayWord::midday;
  if (v == "evening") return DayWord::evening;
  if (v == "night") return DayWord::night;
  if (v == "dawn") return DayWord::dawn;
  return DayWord::none;
}

inline Mod mod_of(std::string_view v) {
  if (v == "APPROX") return Mod::approx;
  if (v == "MORE_THAN") return Mod::more_than;
  if (v == "LESS_THAN") return Mod::less_than;
  if (v == "START") return Mod::start;
  if (v == "MID") return Mod::mid;
  if (v == "END") return Mod::end;
  return Mod::none;
}

// A later, stronger mark wins over APPROX; START/MID/END are kept apart by the caller.
inline Mod combine(Mod a, Mod b) { return b == Mod::none ? a : b; }

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
  std::size_t parse_month_dot_day(std::size_t p, DateSpec& d, std::string_view& rule) const;
  std::size_t parse_day_of_named_month(std::size_t p, DateSpec& d) const;
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

}  // namespace detail
}  // namespace ktimeline
