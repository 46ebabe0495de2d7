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
  particle, discyear, holiday, count_
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

  /// True if a mention may start with this code point (digits aside).
  bool starts_mention(char32_t cp) const noexcept;
  /// True if this syllable may directly follow a time word (a particle or a time word).
  bool may_follow(char32_t cp) const noexcept;
  /// True if this syllable begins a word that can come after a number (a unit, 여, another numeral).
  bool may_follow_number(char32_t cp) const noexcept {
    return hangul::is_syllable(cp) && after_number_.test(cp - hangul::first_syllable);
  }

 private:
  struct Bucket {
    std::uint32_t begin = 0, end = 0;  // range in order_
    std::uint32_t categories = 0;      // union of bit(cat) of its entries
  };
  const Bucket* bucket_for(char32_t first) const noexcept;

  std::vector<LexEntry> entries_;
  std::vector<std::uint32_t> order_;             // entry indices grouped by first code point, longest first
  std::vector<Bucket> hangul_buckets_;           // one per syllable 가-힣
  std::unordered_map<char32_t, Bucket> other_buckets_;
  std::bitset<11172> starters_;
  std::bitset<11172> followers_;
  std::bitset<11172> after_number_;
  std::array<bool, 128> ascii_starters_{};
};

}  // namespace detail
}  // namespace ktimeline
