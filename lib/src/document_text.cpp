// Byte-span helpers shared by the document module: trimming, counting,
// looking at the last character, recognizing bullets, e-mails and URLs.
#include <algorithm>
#include <cstdint>
#include <cstring>

#include "document_internal.hpp"

namespace ktimeline {
namespace detail {

ByteSpan trim(std::string_view text, ByteSpan span) noexcept {
  std::size_t b = span.begin;
  std::size_t e = std::min(span.end, text.size());
  while (b < e) {
    const auto d = utf8::decode(text, b);
    if (!is_blank_cp(d.cp) || b + d.length > e) break;
    b += d.length;
  }
  while (e > b) {
    const auto p = utf8::previous(text, e);
    if (p < b || !is_blank_cp(utf8::decode(text, p).cp)) break;
    e = p;
  }
  return {b, e};
}

std::size_t count_chars(std::string_view text, ByteSpan span) noexcept {
  std::size_t n = 0;
  std::size_t i = span.begin;
  // Eight bytes at a time: a continuation byte is 10xxxxxx, so its top bit is
  // set and the next one clear; the others each start a code point.
  constexpr std::uint64_t tops = 0x8080808080808080ull;
  for (; i + 8 <= span.end; i += 8) {
    std::uint64_t x = 0;
    std::memcpy(&x, text.data() + i, 8);
    const auto continuation = x & ~(x << 1) & tops;
    // One bit per byte at its bottom; the multiplication adds them into the top byte.
    n += 8 - static_cast<std::size_t>(((continuation >> 7) * 0x0101010101010101ull) >> 56);
  }
  for (; i < span.end; ++i) {
    // Every byte that is not a UTF-8 continuation byte starts a code point.
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

utf8::Decoded last_cp(std::string_view text, ByteSpan span, std::size_t* where) noexcept {
  if (span.empty()) {
    if (where) *where = span.begin;
    return {utf8::replacement, 0};
  }
  auto p = utf8::previous(text, span.end);
  if (p < span.begin) p = span.end - 1;
  if (where) *where = p;
  return utf8::decode(text, p);
}

bool is_closing_quote(char32_t cp) noexcept {
  return cp == U'”' || cp == U'’' || cp == U'"' || cp == U'\'' || cp == U'」' || cp == U'』' || cp == U'〉' ||
         cp == U'》';
}

bool is_quote(char32_t cp) noexcept {
  return is_closing_quote(cp) || cp == U'“' || cp == U'‘' || cp == U'「' || cp == U'『' || cp == U'〈' ||
         cp == U'《' || cp == U'`';
}

bool is_bullet(char32_t cp) noexcept {
  return cp == U'•' || cp == U'·' || cp == U'-' || cp == U'–' || cp == U'—' || cp == U'*' || cp == U'▪' ||
         cp == U'◦' || cp == U'ㆍ' || cp == U'∙' || cp == U'‣' || cp == U'○' || cp == U'□' || cp == U'⋅' ||
         cp == U'▫';
}

bool is_heading_mark(char32_t cp) noexcept {
  return cp == U'▶' || cp == U'►' || cp == U'■' || cp == U'◆' || cp == U'◇' || cp == U'●' || cp == U'◈' ||
         cp == U'▷';
}

ByteSpan skip_leading_marks(std::string_view text, ByteSpan span) noexcept {
  std::size_t b = span.begin;
  while (b < span.end) {
    const auto d = utf8::decode(text, b);
    if (!(is_blank_cp(d.cp) || is_bullet(d.cp) || is_heading_mark(d.cp))) break;
    b += d.length;
  }
  return {b, span.end};
}

WordSpans words(std::string_view text, ByteSpan span, std::size_t limit) {
  WordSpans out;
  limit = std::min(limit, WordSpans::capacity);
  std::size_t i = span.begin;
  while (i < span.end && out.size() < limit) {
    while (i < span.end) {
      const auto d = utf8::decode(text, i);
      if (!is_blank_cp(d.cp)) break;
      i += d.length;
    }
    if (i >= span.end) break;
    const auto start = i;
    while (i < span.end) {
      // Byte by byte through the word: a blank starts with an ASCII byte or
      // with C2, E2, E3 or EF; any other byte (a Hangul lead or continuation
      // byte) never does, so the same blanks are found without decoding.
      const auto b = static_cast<unsigned char>(text[i]);
      if (b < 0x80) {
        if (b <= 0x20 || b == 0x7F) break;
        ++i;
        continue;
      }
      if (b != 0xC2 && b != 0xE2 && b != 0xE3 && b != 0xEF) {
        ++i;
        continue;
      }
      const auto d = utf8::decode(text, i);
      if (is_blank_cp(d.cp)) break;
      i += d.length;
    }
    out.push_back({start, std::min(i, span.end)});
  }
  return out;
}

namespace {

constexpr bool is_ascii_alnum(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace

bool is_email(std::string_view w) noexcept {
  // Tolerate the brackets bylines put around addresses: (hong@yna.co.kr)
  while (!w.empty() && (w.front() == '(' || w.front() == '<' || w.front() == '[')) w.remove_prefix(1);
  while (!w.empty() && (w.back() == ')' || w.back() == '>' || w.back() == ']' || w.back() == '.')) w.remove_suffix(1);
  const auto at = w.find('@');
  if (at == std::string_view::npos || at == 0 || w.find('@', at + 1) != std::string_view::npos) return false;
  const auto domain = w.substr(at + 1);
  const auto dot = domain.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 >= domain.size()) return false;
  for (char c : w) {
    if (!(is_ascii_alnum(c) || c == '@' || c == '.' || c == '_' || c == '-' || c == '+')) return false;
  }
  return true;
}

bool is_url(std::string_view w) noexcept {
  auto starts = [&](std::string_view p) { return w.size() > p.size() && w.substr(0, p.size()) == p; };
  return starts("http://") || starts("https://") || starts("www.");
}

}  // namespace detail
}  // namespace ktimeline
