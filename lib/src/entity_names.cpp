// Names compared as names: Sino-Korean syllable shapes (to tell a Korean
// given name from a transliteration), jamo-level similarity for spelling
// variants of foreign names, and matching a reader's query to an entity.
#include <algorithm>
#include <array>

#include "entity_detail.hpp"

namespace ktimeline {
namespace detail {
namespace {

// Jamo indices, named for readability.
enum Initial : int { G, GG, N, D, DD, R, M, B, BB, S, SS, O, J, JJ, CH, K, T, P, H };
enum Final : int { F0 = 0, FG = 1, FN = 4, FR = 8, FM = 16, FB = 17, FNG = 21 };

constexpr std::uint32_t bits(std::initializer_list<int> xs) {
  std::uint32_t m = 0;
  for (const int x : xs) m |= 1u << x;
  return m;
}

// For each medial vowel: the initials and finals Sino-Korean readings pair it
// with. Korean given names are (nearly always) Sino-Korean syllables, while
// transliterations use the rest freely: 트, 스, 르 (ㅡ with no final), 델, 네
// (ㅔ after most consonants), 먼, 커 (ㅓ after ㅁ, ㅋ), 팀, 쿡, 젠.
struct VowelShape {
  std::uint32_t initials;
  std::uint32_t finals;
};
constexpr std::uint32_t all_finals = bits({F0, FG, FN, FR, FM, FB, FNG});
constexpr std::uint32_t plain_initials = bits({G, N, D, R, M, B, S, O, J, CH, T, P, H});
constexpr std::array<VowelShape, 21> sino_shapes{{
    {plain_initials, all_finals},                                  // ㅏ
    {plain_initials, bits({F0, FG, FNG})},                         // ㅐ
    {bits({O, R}), bits({F0, FG, FNG})},                           // ㅑ
    {0, 0},                                                        // ㅒ
    {bits({G, D, B, S, O, J, CH, H}), all_finals},                 // ㅓ
    {bits({S, J, CH}), bits({F0})},                                // ㅔ
    {bits({G, N, R, M, B, O, P, H}), all_finals},                  // ㅕ
    {bits({G, R, O, P, H}), bits({F0})},                           // ㅖ
    {plain_initials, bits({F0, FG, FN, FR, FNG})},                 // ㅗ
    {bits({G, O, J, H}), bits({F0, FG, FN, FR, FNG})},             // ㅘ
    {0, 0},                                                        // ㅙ
    {bits({G, N, R, S, O, J, CH, T, H}), bits({F0, FG, FNG})},     // ㅚ
    {bits({G, N, R, M, O, P, H}), bits({F0, FG, FNG})},            // ㅛ
    {bits({G, N, D, R, M, B, S, O, J, CH, T, H}), bits({F0, FG, FN, FR, FNG})},  // ㅜ
    {bits({G, O}), bits({FN, FR})},                                // ㅝ
    {bits({G}), bits({F0})},                                       // ㅞ
    {bits({G, O, CH, H}), bits({F0})},                             // ㅟ
    {bits({G, N, R, O, H}), bits({F0, FG, FN, FR, FNG})},          // ㅠ
    {0, 0},                                                        // ㅡ: by final, below
    {bits({O, H}), bits({F0})},                                    // ㅢ
    {bits({G, N, R, M, B, S, O, J, CH, P, H}), all_finals},        // ㅣ
}};

// The rule itself; sino_like_syllable() reads it from a table made at compile time.
constexpr bool sino_rule(char32_t cp) noexcept {
  const auto j = hangul::decompose(cp);
  if (j.initial < 0) return false;
  if (j.medial == 18) {  // ㅡ: 극 근 글 금 급 긍, 은 을 음 읍 응, 흑 흔 흠 흡 흥, 등 능 승 증 층 ...
    switch (j.final) {
      case FG: return (bits({G, D, R, N, J, CH, T, H}) >> j.initial) & 1u;
      case FN: return (bits({G, O, H}) >> j.initial) & 1u;
      case FR: return (bits({G, O, H, S}) >> j.initial) & 1u;
      case FM: return (bits({G, O, H}) >> j.initial) & 1u;
      case FB: return (bits({G, O, H, S, J}) >> j.initial) & 1u;
      case FNG: return (bits({G, N, D, R, S, O, J, CH, H}) >> j.initial) & 1u;
      default: return false;
    }
  }
  const auto& shape = sino_shapes[static_cast<std::size_t>(j.medial)];
  return ((shape.initials >> j.initial) & 1u) && ((shape.finals >> j.final) & 1u);
}

// One bit per Hangul syllable: looks_transliterated() runs on every word of an article.
struct SinoTable {
  std::array<std::uint64_t, (hangul::last_syllable - hangul::first_syllable + 64) / 64> words{};
};
constexpr SinoTable make_sino_table() {
  SinoTable t;
  for (char32_t cp = hangul::first_syllable; cp <= hangul::last_syllable; ++cp) {
    const auto k = static_cast<std::size_t>(cp - hangul::first_syllable);
    if (sino_rule(cp)) t.words[k / 64] |= std::uint64_t{1} << (k % 64);
  }
  return t;
}
constexpr SinoTable sino_table = make_sino_table();

}  // namespace

bool sino_like_syllable(char32_t cp) noexcept {
  if (!hangul::is_syllable(cp)) return false;
  const auto k = static_cast<std::size_t>(cp - hangul::first_syllable);
  return (sino_table.words[k / 64] >> (k % 64)) & 1u;
}

bool looks_transliterated(std::string_view word) noexcept {
  for (std::size_t i = 0; i < word.size();) {
    const auto d = decode_fast(word, i);
    if (hangul::is_syllable(d.cp) && !sino_like_syllable(d.cp)) return true;
    i += d.length;
  }
  return false;
}

int first_initial(std::string_view word) noexcept {
  if (word.empty()) return -1;
  return hangul::decompose(utf8::decode(word, 0).cp).initial;
}

Spelling spell(std::string_view s) noexcept {
  Spelling out;
  bool seen_word = false;
  bool in_space = false;
  for (std::size_t i = 0; i < s.size();) {
    const auto d = utf8::decode(s, i);
    i += d.length;
    if (is_space(d.cp) && d.cp != utf8::replacement) {
      in_space = true;
      continue;
    }
    if (in_space && seen_word) out.multiword = true;
    in_space = false;
    seen_word = true;
    if (hangul::is_syllable(d.cp)) {
      const auto j = hangul::decompose(d.cp);
      out.has_hangul = true;
      if (!sino_like_syllable(d.cp)) out.transliterated = true;
      out.push(SymbolKind::initial, j.initial);
      out.push(SymbolKind::vowel, j.medial);
      if (j.final != 0) out.push(SymbolKind::final, j.final);
    } else if (d.cp >= U'A' && d.cp <= U'Z') {
      out.push(SymbolKind::other, static_cast<int>(d.cp - U'A' + U'a'));
    } else if ((d.cp >= U'a' && d.cp <= U'z') || (d.cp >= U'0' && d.cp <= U'9')) {
      out.push(SymbolKind::other, static_cast<int>(d.cp));
    } else if (is_word_char(d.cp)) {
      out.push(SymbolKind::other, static_cast<int>(d.cp & 0xFFFF));
    }
    // Punctuation (`.`, `-`, `·`) carries no sound: dropped.
  }
  return out;
}

}  // namespace detail

namespace {

using detail::Spelling;
using detail::Symbol;
using detail::SymbolKind;
using detail::max_symbols;
using detail::spell;

// Vowel pairs that transliterations swap: 올트먼/울트먼/알트먼, 나델라/나델러,
// 저커버그/주커버그, 잰슨/젠슨. Indices are medials: ㅏ0 ㅐ1 ㅑ2 ㅒ3 ㅓ4 ㅔ5 ㅕ6 ㅖ7
// ㅗ8 ㅘ9 ㅙ10 ㅚ11 ㅛ12 ㅜ13 ㅝ14 ㅞ15 ㅟ16 ㅠ17 ㅡ18 ㅢ19 ㅣ20.
double vowel_cost(int a, int b) {
  if (a == b) return 0.0;
  if (a > b) std::swap(a, b);
  struct Pair {
    int a, b;
    double cost;
  };
  constexpr Pair pairs[] = {
      {1, 5, 0.2},   {3, 7, 0.2},  {10, 15, 0.2}, {10, 11, 0.2}, {11, 15, 0.2},  // ㅐㅔ ㅒㅖ ㅙㅞㅚ
      {0, 4, 0.3},   {4, 8, 0.3},  {8, 13, 0.3},  {5, 7, 0.3},   {1, 3, 0.3},    // ㅏㅓ ㅓㅗ ㅗㅜ ㅔㅖ ㅐㅒ
      {0, 8, 0.4},   {4, 13, 0.4}, {4, 18, 0.4},  {13, 18, 0.4}, {0, 2, 0.4},    // ㅏㅗ ㅓㅜ ㅓㅡ ㅜㅡ ㅏㅑ
      {4, 6, 0.4},   {8, 12, 0.4}, {13, 17, 0.4}, {19, 20, 0.4}, {16, 20, 0.5},  // ㅓㅕ ㅗㅛ ㅜㅠ ㅢㅣ ㅟㅣ
      {9, 0, 0.5},   {14, 4, 0.5},                                               // ㅘㅏ ㅝㅓ
  };
  for (const auto& p : pairs) {
    if ((p.a == a && p.b == b) || (p.a == b && p.b == a)) return p.cost;
  }
  return 1.0;
}

// Initial consonants that differ only by aspiration or tension: ㄱㅋㄲ,
// ㄷㅌㄸ, ㅂㅍㅃ, ㅅㅆ, ㅈㅊㅉ; and ㄴ/ㄹ, which transliterations trade.
int consonant_family(int initial) {
  constexpr std::array<int, 19> family{0, 0, 5, 1, 1, 5, 6, 2, 2, 3, 3, 7, 4, 4, 4, 0, 1, 2, 8};
  return family[static_cast<std::size_t>(initial)];
}
double initial_cost(int a, int b) {
  if (a == b) return 0.0;
  const int fa = consonant_family(a), fb = consonant_family(b);
  if (fa != fb) return 1.0;
  return fa == 5 ? 0.6 : 0.4;  // ㄴ/ㄹ trade less freely than plain/aspirated pairs
}
double final_cost(int a, int b) { return a == b ? 0.0 : 0.7; }

double substitution(const Symbol& x, const Symbol& y) {
  if (x.kind != y.kind) return 1.0;
  switch (x.kind) {
    case SymbolKind::vowel: return vowel_cost(x.value, y.value);
    case SymbolKind::initial: return initial_cost(x.value, y.value);
    case SymbolKind::final: return final_cost(x.value, y.value);
    case SymbolKind::other: return x.value == y.value ? 0.0 : 1.0;
  }
  return 1.0;
}
double indel(const Symbol& x) { return x.kind == SymbolKind::final ? 0.7 : 1.0; }

// Weighted Levenshtein distance over two rows of a fixed-size table.
double distance(const Spelling& a, const Spelling& b) {
  std::array<double, max_symbols + 1> prev{}, cur{};
  prev[0] = 0.0;
  for (std::size_t j = 1; j <= b.size; ++j) prev[j] = prev[j - 1] + indel(b.symbols[j - 1]);
  for (std::size_t i = 1; i <= a.size; ++i) {
    cur[0] = prev[0] + indel(a.symbols[i - 1]);
    for (std::size_t j = 1; j <= b.size; ++j) {
      cur[j] = std::min({prev[j] + indel(a.symbols[i - 1]), cur[j - 1] + indel(b.symbols[j - 1]),
                         prev[j - 1] + substitution(a.symbols[i - 1], b.symbols[j - 1])});
    }
    std::swap(prev, cur);
  }
  return prev[b.size];
}

bool same_symbols(const Spelling& a, const Spelling& b) {
  if (a.size != b.size) return false;
  for (std::size_t i = 0; i < a.size; ++i) {
    if (a.symbols[i].kind != b.symbols[i].kind || a.symbols[i].value != b.symbols[i].value) return false;
  }
  return true;
}

// Equal but for white space and ASCII case, without allocating.
bool same_text(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  const auto skip = [](std::string_view s, std::size_t& k) {
    while (k < s.size()) {
      const auto d = utf8::decode(s, k);
      if (!(is_space(d.cp) && d.cp != utf8::replacement)) break;
      k += d.length;
    }
  };
  for (;;) {
    skip(a, i);
    skip(b, j);
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (detail::KeyTrie::fold(static_cast<unsigned char>(a[i])) != detail::KeyTrie::fold(static_cast<unsigned char>(b[j]))) {
      return false;
    }
    ++i;
    ++j;
  }
}

double similarity(const Spelling& a, const Spelling& b) {
  if (a.size == 0 || b.size == 0) return 0.0;
  const double d = distance(a, b);
  const double longest = static_cast<double>(std::max(a.size, b.size));
  return std::max(0.0, 1.0 - d / longest);
}

std::string_view last_word(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  const auto sp = s.rfind(' ');
  return sp == std::string_view::npos ? s : s.substr(sp + 1);
}

}  // namespace

double name_similarity(std::string_view a, std::string_view b) noexcept {
  const auto sa = spell(a);
  const auto sb = spell(b);
  // Too long to be a name: only the same text counts.
  if (sa.overflow || sb.overflow) return same_text(a, b) ? 1.0 : 0.0;
  return similarity(sa, sb);
}

namespace detail {

bool similar_spellings(const Spelling& sa, std::string_view a, const Spelling& sb, std::string_view b) noexcept {
  if (sa.size == 0 || sb.size == 0) return false;
  if (sa.overflow || sb.overflow) return same_text(a, b);
  if (same_symbols(sa, sb)) return true;
  // Korean names that differ by a sound are different people (박영선, 박영순):
  // variants are accepted only where one side is a transliteration.
  if (!(sa.transliterated || sb.transliterated)) return false;
  // Short names leave no room for a slip (하스 vs 하즈 are two names).
  if (std::max(sa.size, sb.size) < 6) return false;
  // Every insertion or deletion costs at least 0.7: two symbols more on one
  // side are already a distance of 1.4, so skip the table.
  if (sa.size > sb.size + 1 || sb.size > sa.size + 1) return false;
  const double d = distance(sa, sb);
  const double longest = static_cast<double>(std::max(sa.size, sb.size));
  return d < 1.0 && std::max(0.0, 1.0 - d / longest) >= 0.9;
}

}  // namespace detail

bool similar_names(std::string_view a, std::string_view b) noexcept {
  return detail::similar_spellings(detail::spell(a), a, detail::spell(b), b);
}

bool entity_matches(const ArticleEntity& entity, std::string_view query) {
  const auto q = detail::normalize_key(query);
  if (q.empty()) return false;
  // `올트먼 CEO`, `이재용 회장`: a query may carry a title after the name.
  const auto q_words_last = last_word(query);
  std::string q_without_last;
  if (q_words_last.size() < query.size()) {
    q_without_last = detail::normalize_key(query.substr(0, query.size() - q_words_last.size()));
  }

  std::vector<std::string_view> names{entity.canonical};
  for (const auto& a : entity.aliases) names.push_back(a);
  const auto n_gazetteer_names = names.size();
  for (const auto& s : entity.surfaces) names.push_back(s);

  for (std::size_t i = 0; i < names.size(); ++i) {
    const auto key = detail::normalize_key(names[i]);
    if (key == q || (!q_without_last.empty() && key == q_without_last)) return true;
    // The last word of a multi-word name (`올트먼` of `샘 올트먼`, `Altman`).
    if (i < n_gazetteer_names) {
      const auto last = last_word(names[i]);
      if (last.size() < names[i].size() && detail::normalize_key(last) == q) return true;
    }
    // The family name of a family-name-first name (`야마구치` of `야마구치
    // 다쓰야`): three syllables or more, so a Western first name (`샘`) does not.
    if (const auto space = names[i].find(' '); i < n_gazetteer_names && space != std::string_view::npos &&
                                               detail::hangul_length(names[i].substr(0, space)) >= 3 &&
                                               detail::normalize_key(names[i].substr(0, space)) == q) {
      return true;
    }
  }
  for (const auto& n : names) {
    if (similar_names(n, query) || similar_names(last_word(n), query)) return true;
  }
  return false;
}

std::string_view to_string(MentionForm form) noexcept {
  constexpr std::array<std::string_view, 4> names{"full", "partial", "pronoun", "group"};
  return names[static_cast<std::size_t>(form)];
}

}  // namespace ktimeline
