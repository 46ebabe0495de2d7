#pragma once
// The time lexicon (lib/rules/lexicon.tsv) loaded for matching: longest-first
// lookup of a surface at a byte position, and per-syllable bit sets telling the
// scanner where a mention may start and what may follow one.
#include <array>
#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ktimeline/text.hpp"

namespace ktimeline {
namespace detail {

enum class Cat : std::uint8_t {
  daypart, relday, discourse, relmonth, relyear, relweek, weekday, direction, premod, postmod,
  position, unit, durword, native, sino, period, clockword, set, joiner, span, localtime, block,
  particle, discyear, holiday, now, ordinal, nights, setper, counter, season, discmonth, count_
};

constexpr std::uint32_t bit(Cat c) { return 1u << static_cast<unsigned>(c); }

struct LexEntry {
  std::string surface;
  bool has_space = false;  // a space in the surface matches one or more spaces
  Cat cat = Cat::block;
  std::string value;
  int number = 0;     // value as an integer where it is one
  std::string rule;
};

/// A holiday row's value: `08-15` (광복절), `L08-15` (추석, lunar), `L08-15/3` (추석 연휴:
/// three days around it).
struct HolidayValue {
  bool lunar = false;
  int month = 0, day = 0;
  int days = 0;  // the length of a holiday period; 0 for the day itself
};
///   parse_holiday_value("L01-01/3") -> {true, 1, 1, 3}; nullopt if malformed
std::optional<HolidayValue> parse_holiday_value(std::string_view value);

struct LexMatch {
  const LexEntry* entry = nullptr;
  std::size_t end = 0;  // byte offset just after the match
};

class Lexicon {
 public:
  /// Adds the rows of a TSV table; throws TableError naming `source` and the line.
  void add(std::string_view tsv, std::string_view source);
  /// Builds the lookup index; call once after the last add().
  void finish();

  /// The longest entry at `pos` whose category is in `mask` (a set of bit(Cat)).
  /// A block entry that is longer than the best match hides it (주년 hides 주).
  std::optional<LexMatch> longest(std::string_view text, std::size_t pos, std::uint32_t mask) const;

  /// Every entry whose surface matches at `pos`, longest first (blocks included), at most `capacity`.
  /// One trie walk answers every later question about this position.
  std::size_t all_at(std::string_view text, std::size_t pos, LexMatch* out, std::size_t capacity) const;

  /// A quick test before any lookup, for a word that starts with syllable `first`
  /// followed by code point `second`: could a time word start here? False means no.
  bool may_start_word(char32_t first, char32_t second) const noexcept;

  // The three tests below run for nearly every word of the text: inline bit tests.

  /// True if a mention may start with this code point (digits aside).
  bool starts_mention(char32_t cp) const noexcept {
    if (hangul::is_syllable(cp)) return starters_.test(cp - hangul::first_syllable);
    return cp < 128 && ascii_starters_[cp];
  }
  /// True if this syllable may directly follow a time word (a particle or a time word).
  bool may_follow(char32_t cp) const noexcept {
    return hangul::is_syllable(cp) && followers_.test(cp - hangul::first_syllable);
  }
  /// True if this syllable begins a word that can come after a number (a unit, 여, another numeral).
  bool may_follow_number(char32_t cp) const noexcept {
    return hangul::is_syllable(cp) && after_number_.test(cp - hangul::first_syllable);
  }

 private:
  // A byte trie over all surfaces; a ' ' edge matches one or more spaces of the text.
  struct Node {
    std::uint32_t first_child = 0;   // index into edges_
    std::uint32_t child_count = 0;
    std::uint32_t terminal_begin = 0, terminal_end = 0;  // range in terminals_: the entries ending here
    std::uint32_t categories = 0;    // union of bit(cat) of all entries at or below this node
    std::uint32_t dense = 0;         // 1 + offset of its 256 children in dense_, for nodes with many; 0 if none
  };
  struct Edge {
    unsigned char byte;
    std::uint32_t node;
  };
  std::uint32_t child(std::uint32_t node, unsigned char byte) const noexcept;

  std::vector<LexEntry> entries_;
  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  std::vector<std::uint32_t> terminals_;
  std::vector<std::uint32_t> dense_;          // child by byte for nodes with many children (the root first)
  std::array<bool, 256> root_starts_{};       // a lookup starting with this byte can match something
  std::vector<std::uint32_t> syllable_node_;  // the node after a first Hangul syllable, 0 if none
  std::bitset<11172> single_starters_;        // syllables that are a starter word by themselves (밤, 두, 약)
  std::vector<std::uint64_t> starter_pairs_;  // first two syllables of longer starter words, open-addressed
  std::uint64_t pair_mask_ = 0;
  std::bitset<11172> starters_;
  std::bitset<11172> followers_;
  std::bitset<11172> after_number_;
  std::bitset<11172> glued_after_word_;       // first syllables of words that glue onto a one-syllable word (올여름)
  std::array<bool, 128> ascii_starters_{};
};

}  // namespace detail
}  // namespace ktimeline
