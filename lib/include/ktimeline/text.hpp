#pragma once
// UTF-8 with byte offsets, and small Hangul helpers. Everything here is
// allocation-free and never reads past the end of its input: invalid UTF-8
// decodes to U+FFFD one byte at a time, so spans always stay valid.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ktimeline {

/// A half-open range of UTF-8 byte offsets into the caller's text.
struct ByteSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  constexpr std::size_t size() const noexcept { return end - begin; }
  constexpr bool empty() const noexcept { return end <= begin; }
  friend constexpr bool operator==(ByteSpan a, ByteSpan b) noexcept {
    return a.begin == b.begin && a.end == b.end;
  }
  friend constexpr bool operator!=(ByteSpan a, ByteSpan b) noexcept { return !(a == b); }
};

namespace utf8 {

inline constexpr char32_t replacement = 0xFFFD;

/// One decoded code point and the number of bytes it took (1-4, never 0).
struct Decoded {
  char32_t cp;
  std::size_t length;
};

/// Decodes the code point at `pos`; malformed input gives U+FFFD, length 1.
///   utf8::decode("시", 0) == {U'시', 3}
constexpr Decoded decode(std::string_view s, std::size_t pos) noexcept {
  if (pos >= s.size()) return {replacement, 1};
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) return {b0, 1};
  // Fast path for the three-byte forms that need no range check (Hangul, CJK,
  // punctuation): E1-EC and EE-EF leads, and ED below the surrogates. Same
  // result as the general path below, in a fraction of the work; taggers call
  // this for nearly every character they look at.
  if (b0 >= 0xE1 && pos + 2 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[pos + 1]);
    const auto b2 = static_cast<unsigned char>(s[pos + 2]);
    if (b0 <= 0xEF && (b0 != 0xED || b1 < 0xA0) && (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
      return {static_cast<char32_t>(((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu)), 3};
    }
  }
  std::size_t len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) { len = 2; cp = b0 & 0x1F; min = 0x80; }
  else if ((b0 & 0xF0) == 0xE0) { len = 3; cp = b0 & 0x0F; min = 0x800; }
  else if ((b0 & 0xF8) == 0xF0) { len = 4; cp = b0 & 0x07; min = 0x10000; }
  else return {replacement, 1};
  if (pos + len > s.size()) return {replacement, 1};
  for (std::size_t i = 1; i < len; ++i) {
    const auto b = static_cast<unsigned char>(s[pos + i]);
    if ((b & 0xC0) != 0x80) return {replacement, 1};
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {replacement, 1};
  return {cp, len};
}

/// The offset of the code point that ends right before `pos` (0 if none).
constexpr std::size_t previous(std::string_view s, std::size_t pos) noexcept {
  if (pos == 0) return 0;
  std::size_t p = pos - 1;
  std::size_t steps = 0;
  while (p > 0 && steps < 3 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) { --p; ++steps; }
  if (decode(s, p).length == pos - p) return p;
  return pos - 1;  // a stray continuation byte stands alone
}

/// True if the whole string is well-formed UTF-8.
constexpr bool valid(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size();) {
    const auto d = decode(s, i);
    if (d.cp == replacement && !(i + 2 < s.size() && s.substr(i, 3) == "\xEF\xBF\xBD")) return false;
    i += d.length;
  }
  return true;
}

}  // namespace utf8

namespace hangul {

inline constexpr char32_t first_syllable = 0xAC00;  // 가
inline constexpr char32_t last_syllable = 0xD7A3;   // 힣

/// True for a precomposed Hangul syllable (가-힣).
constexpr bool is_syllable(char32_t cp) noexcept { return cp >= first_syllable && cp <= last_syllable; }

/// The final consonant index (0 = none, 1-27) of a syllable; 0 for non-syllables.
///   final_index(U'일') == 8 (ㄹ)
constexpr int final_index(char32_t cp) noexcept {
  return is_syllable(cp) ? static_cast<int>((cp - first_syllable) % 28) : 0;
}

/// True if a syllable ends in a consonant (받침), which picks particles: 일은 vs 시는.
constexpr bool has_final(char32_t cp) noexcept { return final_index(cp) != 0; }

/// Initial (0-18), medial (0-20) and final (0-27) jamo indices of a syllable.
struct Jamo {
  int initial;
  int medial;
  int final;
};
constexpr Jamo decompose(char32_t cp) noexcept {
  if (!is_syllable(cp)) return {-1, -1, -1};
  const auto i = static_cast<int>(cp - first_syllable);
  return {i / 588, (i % 588) / 28, i % 28};
}

}  // namespace hangul

/// ASCII or full-width digit value (0-9), or -1.
constexpr int digit_value(char32_t cp) noexcept {
  if (cp >= U'0' && cp <= U'9') return static_cast<int>(cp - U'0');
  if (cp >= 0xFF10 && cp <= 0xFF19) return static_cast<int>(cp - 0xFF10);
  return -1;
}

/// Letters and digits of any script we care about (ASCII, full-width, Hangul, CJK).
constexpr bool is_word_char(char32_t cp) noexcept {
  return (cp >= U'0' && cp <= U'9') || (cp >= U'A' && cp <= U'Z') || (cp >= U'a' && cp <= U'z') ||
         hangul::is_syllable(cp) || (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF5A) ||
         (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3131 && cp <= 0x318E);
}

/// Unicode white space that Korean web text actually carries (incl. NBSP, ideographic space).
constexpr bool is_space(char32_t cp) noexcept {
  return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == U'\f' || cp == U'\v' ||
         cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F;
}

}  // namespace ktimeline
