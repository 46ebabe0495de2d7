// Terminal column widths and the short document names of text output.
#include <algorithm>

#include "ktimeline/timeline_output.hpp"

namespace ktimeline {

namespace {

// East Asian Wide and Fullwidth ranges that news text meets (UAX #11).
bool wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) ||   // Hangul leading jamo
         (c >= 0x2E80 && c <= 0x303E) ||   // CJK radicals, punctuation
         (c >= 0x3041 && c <= 0x33FF) ||   // kana, compatibility jamo, CJK letters
         (c >= 0x3400 && c <= 0x4DBF) ||   // CJK extension A
         (c >= 0x4E00 && c <= 0x9FFF) ||   // CJK unified ideographs
         (c >= 0xA960 && c <= 0xA97F) ||   // Hangul jamo extended A
         (c >= 0xAC00 && c <= 0xD7A3) ||   // Hangul syllables
         (c >= 0xF900 && c <= 0xFAFF) ||   // CJK compatibility ideographs
         (c >= 0xFE30 && c <= 0xFE4F) ||   // CJK compatibility forms
         (c >= 0xFF00 && c <= 0xFF60) ||   // full-width forms
         (c >= 0xFFE0 && c <= 0xFFE6) ||   // full-width signs
         (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

bool zero_width(char32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1160 && c <= 0x11FF) || c == 0x200B || c == 0x200C ||
         c == 0x200D || c == 0xFEFF || (c >= 0xD7B0 && c <= 0xD7FF);
}

}  // namespace

std::size_t display_width(std::string_view text) noexcept {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto d = utf8::decode(text, i);
    i += d.length;
    if (zero_width(d.cp)) continue;
    width += wide(d.cp) ? 2 : 1;
  }
  return width;
}

std::string short_document_id(std::string_view id) {
  const auto slash = id.find_last_of('/');
  if (slash != std::string_view::npos) id.remove_prefix(slash + 1);
  const auto dot = id.rfind('.');
  if (dot != 0 && dot != std::string_view::npos) id = id.substr(0, dot);
  const auto underscore = id.find('_');
  if (underscore != 0 && underscore != std::string_view::npos) id = id.substr(0, underscore);
  return std::string(id);
}

}  // namespace ktimeline
