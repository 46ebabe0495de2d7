#pragma once
// Internals shared by the entity_*.cpp files: the key trie, the name rules
// (titles, surnames, particles, ...) and small Hangul name tests.
#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ktimeline/entity.hpp"
#include "ktimeline/text.hpp"
#include "tsv_rows.hpp"

namespace ktimeline {
namespace detail {

/// utf8::decode with a short path for the three-byte characters of Hangul
/// and CJK text (lead bytes E1-EC, and ED below the surrogates), which are
/// always well-formed once their two continuation bytes are; same results.
///   decode_fast("시", 0).cp == U'시'
inline utf8::Decoded decode_fast(std::string_view s, std::size_t pos) noexcept {
  if (pos + 2 < s.size()) {
    const auto b0 = static_cast<unsigned char>(s[pos]);
    const auto b1 = static_cast<unsigned char>(s[pos + 1]);
    const auto b2 = static_cast<unsigned char>(s[pos + 2]);
    if (((b0 >= 0xE1 && b0 <= 0xEC) || (b0 == 0xED && b1 < 0xA0)) && (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
      return {static_cast<char32_t>(((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu)), 3};
    }
  }
  return utf8::decode(s, pos);
}

/// Lower-cases ASCII and drops white space: the form keys are stored in.
///   normalize_key("Sam  Altman") == "samaltman"
std::string normalize_key(std::string_view s);

/// A byte trie over normalized keys, flattened into two arrays after build.
/// Lookups fold ASCII case and may skip spaces in the text; none allocate.
class KeyTrie {
 public:
  static constexpr std::uint32_t none = 0xFFFFFFFFu;

  KeyTrie() = default;
  /// Builds from (normalized key -> value); empty keys are ignored.
  explicit KeyTrie(const std::map<std::string, std::uint32_t>& keys);

  /// The value stored for exactly `key` (normalized on the fly).
  ///   trie.exact("회장") -> index of the title
  std::optional<std::uint32_t> exact(std::string_view key) const noexcept;

  struct Hit {
    std::uint32_t value;
    std::size_t end;  // byte offset just after the match
  };
  /// The longest key read from text[pos, limit) for which accept(end) holds;
  /// with `skip_spaces`, runs of spaces (not line breaks) between key
  /// characters are ignored.
  template <class Accept>
  std::optional<Hit> longest(std::string_view text, std::size_t pos, std::size_t limit, bool skip_spaces,
                             Accept&& accept) const noexcept {
    if (nodes_.empty()) return std::nullopt;
    if (limit > text.size()) limit = text.size();
    if (pos + 3 <= limit && (!may_start(text, pos) || !may_start_pair(text, pos, limit, skip_spaces))) {
      return std::nullopt;
    }
    std::optional<Hit> best;
    std::uint32_t node = 0;
    std::size_t i = pos;
    while (i < limit) {
      if (skip_spaces && node != 0) {
        if (const auto n = skippable_space(text, i); n != 0) {
          i += n;
          continue;
        }
      }
      node = child(node, fold(static_cast<unsigned char>(text[i])));
      if (node == none) break;
      ++i;
      if (nodes_[node].value != none && accept(i)) best = Hit{nodes_[node].value, i};
    }
    return best;
  }
  std::optional<Hit> longest(std::string_view text, std::size_t pos, std::size_t limit,
                             bool skip_spaces) const noexcept {
    return longest(text, pos, limit, skip_spaces, [](std::size_t) { return true; });
  }

  /// ASCII upper case to lower case; other bytes unchanged.
  static constexpr unsigned char fold(unsigned char b) noexcept {
    return (b >= 'A' && b <= 'Z') ? static_cast<unsigned char>(b - 'A' + 'a') : b;
  }
  /// Bytes of the space at `pos` a key may skip (0 if none): blanks and the
  /// multi-byte spaces of web text, never a line break.
  static std::size_t skippable_space(std::string_view text, std::size_t pos) noexcept {
    const auto b = static_cast<unsigned char>(text[pos]);
    if (b == ' ' || b == '\t') return 1;
    // Only NBSP (C2 A0) and the spaces of U+2000-U+202F and U+3000 (E2, E3) take more bytes.
    if (b != 0xC2 && b != 0xE2 && b != 0xE3) return 0;
    return multibyte_space(text, pos);
  }
  static std::size_t multibyte_space(std::string_view text, std::size_t pos) noexcept;

  bool empty() const noexcept { return nodes_.empty(); }

  /// False when the Hangul syllable at text[pos] begins no key: most words
  /// are rejected by one bit instead of a walk. True for anything else.
  bool may_start(std::string_view text, std::size_t pos) const noexcept {
    return !filter_first_ || syllable_in(first_syllables_, text, pos);
  }
  /// False when text[pos] and the next character (spaces skipped as in
  /// longest()) are two Hangul syllables no key begins with, and no key is
  /// the first one alone. One more bit test before a walk; true otherwise.
  bool may_start_pair(std::string_view text, std::size_t pos, std::size_t limit, bool skip_spaces) const noexcept {
    if (!filter_pairs_) return true;
    const auto first = decode_fast(text, pos);
    if (first.length != 3 || !hangul::is_syllable(first.cp)) return true;
    const auto k1 = static_cast<std::size_t>(first.cp - hangul::first_syllable);
    if ((single_syllables_[k1 / 64] >> (k1 % 64)) & 1u) return true;
    std::size_t p = pos + 3;
    if (skip_spaces) {
      while (p < limit) {
        const auto n = skippable_space(text, p);
        if (n == 0) break;
        p += n;
      }
    }
    if (p + 3 > limit) return true;
    const auto second = decode_fast(text, p);
    if (second.length != 3 || !hangul::is_syllable(second.cp)) return true;
    const auto h = pair_hash(first.cp, second.cp);
    return (pairs_[h / 64] >> (h % 64)) & 1u;
  }
  /// The same for the syllable that ends text at `end` and the keys' last syllables.
  bool may_end(std::string_view text, std::size_t end) const noexcept {
    return !filter_last_ || end < 3 || syllable_in(last_syllables_, text, end - 3);
  }

  /// For a trie built from reversed keys: calls found(start, value) for every
  /// key that ends `w`, shortest first; `start` is where it begins in `w`.
  template <class Found>
  void each_suffix(std::string_view w, Found&& found) const noexcept {
    if (nodes_.empty()) return;
    std::uint32_t node = 0;
    for (std::size_t i = w.size(); i > 0; --i) {
      node = child(node, fold(static_cast<unsigned char>(w[i - 1])));
      if (node == none) return;
      if (nodes_[node].value != none) found(i - 1, nodes_[node].value);
    }
  }

 private:
  struct Node {
    std::uint32_t edge_begin = 0;
    std::uint32_t edge_end = 0;
    std::uint32_t value = none;
  };
  struct Edge {
    unsigned char byte;
    std::uint32_t target;
  };
  // Inline: it runs for every byte of every lookup. Dense nodes index
  // directly; the rest have few edges, sorted, scanned in order.
  std::uint32_t child(std::uint32_t node, unsigned char byte) const noexcept {
    if (const auto d = node_dense_[node]; d != none) return dense_[d * 256u + byte];
    const auto& n = nodes_[node];
    for (auto e = n.edge_begin; e < n.edge_end; ++e) {
      const auto b = edges_[e].byte;
      if (b == byte) return edges_[e].target;
      if (b > byte) break;
    }
    return none;
  }
  void build(const std::vector<std::pair<std::string_view, std::uint32_t>>& keys, std::size_t lo,
             std::size_t hi, std::size_t depth, std::uint32_t node);
  // One bit per Hangul syllable: those that begin a key, and those that end
  // one (the key's first and last three bytes read as a syllable).
  using SyllableBits = std::array<std::uint64_t, (hangul::last_syllable - hangul::first_syllable + 64) / 64>;
  static bool syllable_in(const SyllableBits& bits, std::string_view text, std::size_t pos) noexcept {
    const auto d = decode_fast(text, pos);
    if (d.length != 3 || !hangul::is_syllable(d.cp)) return true;
    const auto k = static_cast<std::size_t>(d.cp - hangul::first_syllable);
    return (bits[k / 64] >> (k % 64)) & 1u;
  }
  SyllableBits first_syllables_{};
  SyllableBits last_syllables_{};
  // Keys' first two syllables, hashed into a bit set (a clash only lets a
  // walk through), and the syllables that are a key alone.
  static constexpr std::size_t pair_bits = std::size_t{1} << 16;
  static std::size_t pair_hash(char32_t a, char32_t b) noexcept {
    return (static_cast<std::size_t>(a - hangul::first_syllable) * 11173u + (b - hangul::first_syllable)) % 65521u;
  }
  std::vector<std::uint64_t> pairs_;
  SyllableBits single_syllables_{};
  bool filter_pairs_ = false;  // on once built from well-formed keys
  // Bit n: some key is n bytes long (n < 64); exact() needs the same length.
  std::uint64_t key_lengths_ = 0;
  bool long_keys_ = false;  // some key is 64 bytes or longer
  // Off when some key begins (ends) in bytes that could be part of a syllable
  // without being one (malformed UTF-8 in a user's gazetteer): never wrong.
  bool filter_first_ = true;
  bool filter_last_ = true;
  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  // Nodes with many children (the root, the lead bytes of Hangul) also get a
  // direct 256-entry table: dense_[node_dense_[node] * 256 + byte].
  std::vector<std::uint32_t> node_dense_;
  std::vector<std::uint32_t> dense_;
};

/// A name spelled as a string of symbols: Hangul syllables split into jamo
/// (initial, vowel, final kept apart), Latin letters lower-cased, spaces and
/// punctuation dropped. Spelled once, a name can be compared with many.
enum class SymbolKind : std::uint8_t { initial, vowel, final, other };
struct Symbol {
  SymbolKind kind;
  std::uint16_t value;
};
constexpr std::size_t max_symbols = 96;

struct Spelling {
  std::array<Symbol, max_symbols> symbols{};
  std::size_t size = 0;
  bool overflow = false;
  bool has_hangul = false;
  bool transliterated = false;  // holds a syllable no Sino-Korean reading has
  bool multiword = false;
  void push(SymbolKind k, int v) {
    if (size == max_symbols) {
      overflow = true;
      return;
    }
    symbols[size++] = {k, static_cast<std::uint16_t>(v)};
  }
};

/// The spelling of a name.
///   spell("올트먼").size == 8
Spelling spell(std::string_view s) noexcept;

/// similar_names() on names spelled already (`a` and `b` are their texts).
///   similar_spellings(spell("나델라"), "나델라", spell("나델러"), "나델러") == true
bool similar_spellings(const Spelling& sa, std::string_view a, const Spelling& sb, std::string_view b) noexcept;

/// A single-word Hangul alias of a person that looks foreign (`올트먼`), for variant spellings.
struct VariantName {
  std::string text;
  std::uint32_t entry;
  Spelling spelling;
};

enum class TitleRole : std::uint8_t { leader, official, reporter, honorific };

struct TitleInfo {
  std::string text;
  TitleRole role = TitleRole::leader;
  bool weak = false;  // also a common noun (시장 "market"): only after a name known otherwise
};

enum class WordClass : std::uint8_t {
  not_name,          // looks like surname + given name but is a word: 이번, 신임, 정부
  title_modifier,    // between a name and its title: 전, 현, 신임, 초대
  alias_label,       // inside a name's parentheses: 일본명, 영문명
  place_determiner,  // 같은, 해당, 이: `같은 호텔` points back to a place
};

/// Endings of words (place words, organisation endings) filed by their last
/// byte, so a word is compared only with the few that could end it instead
/// of the whole list. Keeps the list's order within each byte.
///   EndingIndex({"국제공항", "공항"}).first_ending("김포공항") == "공항"
class EndingIndex {
 public:
  EndingIndex() = default;
  explicit EndingIndex(const std::vector<std::string>& list) {
    for (const auto& e : list) {
      if (!e.empty()) by_last_[static_cast<unsigned char>(e.back())].push_back(e);
    }
  }
  /// The first ending of the list that ends `s` (all of `s` too), or none.
  std::optional<std::string_view> first_ending(std::string_view s) const noexcept {
    if (s.empty()) return std::nullopt;
    for (const auto& e : by_last_[static_cast<unsigned char>(s.back())]) {
      if (s.size() >= e.size() && s.compare(s.size() - e.size(), e.size(), e) == 0) return std::string_view(e);
    }
    return std::nullopt;
  }
  /// True when `s` is one of the endings.
  bool contains(std::string_view s) const noexcept {
    if (s.empty()) return false;
    const auto& bucket = by_last_[static_cast<unsigned char>(s.back())];
    return std::find(bucket.begin(), bucket.end(), s) != bucket.end();
  }

 private:
  std::array<std::vector<std::string>, 256> by_last_;
};

/// The bundled name rules (lib/rules/{titles,surnames,particles,name_words,
/// org_suffixes,place_suffixes}.tsv), parsed once per Gazetteer.
}  // namespace detail

struct NameRules {
  detail::KeyTrie titles;  // value: index into title_info
  std::vector<detail::TitleInfo> title_info;
  detail::KeyTrie surnames;    // value: syllable count
  detail::KeyTrie foreign_family_names;  // value: 1 Japanese, 2 Chinese, 3 Vietnamese (foreign_family_names.tsv)
  detail::KeyTrie country_short_names;   // `미`, `일`, `베트남`: envoys' postings, `한일 정상` (country_short_names.tsv)
  detail::KeyTrie particles;   // value: 1 if it marks a subject or topic, else 0
  detail::KeyTrie particles_reversed;  // the same, keys reversed byte by byte
  detail::KeyTrie words;       // value: WordClass
  std::vector<std::string> org_suffixes;
  std::vector<std::string> place_suffixes;
  detail::EndingIndex place_endings;  // place_suffixes by last byte, longest first
  /// A set of characters: one bit per Hangul syllable, a sorted list for the rest.
  struct CharSet {
    // One byte per syllable (not vector<bool>): tested for most characters of every sentence.
    std::vector<std::uint8_t> syllables = std::vector<std::uint8_t>(11172, 0);
    std::vector<char32_t> others;
    void insert(char32_t cp);
    bool contains(char32_t cp) const noexcept {
      if (hangul::is_syllable(cp)) return syllables[cp - hangul::first_syllable] != 0;
      return std::binary_search(others.begin(), others.end(), cp);
    }
  };
  // The last character of every suffix and title, and the first of every
  // surname: cheap first tests before the tables are read.
  CharSet org_suffix_ends;
  CharSet place_suffix_ends;
  CharSet title_ends;  // for titles glued to a word (`전략본부장`)
  CharSet surname_starts;

  /// True if `word` ends in a character of `ends`.
  static bool may_end_with(const CharSet& ends, std::string_view word) noexcept;

  static NameRules bundled();
};

struct Gazetteer::Data {
  std::vector<GazetteerEntry> entries;
  detail::KeyTrie aliases;  // normalized alias -> entry index
  NameRules rules;
  // Single-word Hangul aliases of people that look foreign (`올트먼`), bucketed
  // by their first initial consonant, for variant spellings (`울트먼`).
  std::vector<std::vector<detail::VariantName>> variant_buckets;
};

namespace detail {

/// True for a syllable a Sino-Korean reading can have, the stock of Korean
/// given names: 재, 용, 정, 신 yes; 트, 스, 델, 젠 (transliterations) no.
bool sino_like_syllable(char32_t cp) noexcept;

/// True when a Hangul word holds a syllable no Sino-Korean reading has: the
/// mark of a transliterated foreign name (`올트먼`, `나델라`, `하스`).
bool looks_transliterated(std::string_view word) noexcept;

/// Number of Hangul syllables in `word`, or 0 if anything else is in it.
/// Inline: the name rules ask it of most words.
///   hangul_length("올트먼") == 3
inline std::size_t hangul_length(std::string_view word) noexcept {
  if (word.size() % 3 != 0) return 0;  // every syllable takes three bytes
  std::size_t n = 0;
  for (std::size_t i = 0; i < word.size(); i += 3) {
    const auto d = decode_fast(word, i);
    if (d.length != 3 || !hangul::is_syllable(d.cp)) return 0;
    ++n;
  }
  return n;
}

/// The initial consonant index (0-18) of the first syllable, or -1.
int first_initial(std::string_view word) noexcept;

}  // namespace detail
}  // namespace ktimeline
