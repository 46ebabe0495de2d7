// Sentences of Korean news text. A sentence ends at `.`, `?` or `!` (with any
// closing quotes after them) followed by a blank, and at a closing quote right
// after a final ending (`...했다" 그는`). It does not end inside numbers and
// dates (`2025.2.4`, `3.5%`), after abbreviations (`Co.`, `U.S.`), at an
// ellipsis, or inside a quotation that the sentence goes on after
// (`"...했다. ...것"이라고 말했다`). Quotes are only trusted when they balance
// within the paragraph; otherwise they are ignored.
#include <array>

#include "document_internal.hpp"

namespace ktimeline {
namespace detail {

namespace {

bool is_final_syllable(char32_t cp) noexcept { return cp == U'다' || cp == U'요' || cp == U'까' || cp == U'죠'; }

bool is_ascii_letter(char32_t cp) noexcept { return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z'); }

bool is_opening_quote(char32_t cp) noexcept { return cp == U'“' || cp == U'「' || cp == U'『'; }

bool is_closing_double(char32_t cp) noexcept { return cp == U'”' || cp == U'」' || cp == U'』'; }

/// Bytes where a sentence may end or a quotation open or close: `.` `?` `!` `"`
/// and the lead bytes of “ ” ’ (E2) and 「 」 『 』 (E3). Everything else is skipped
/// without decoding.
struct InterestingBytes {
  std::array<bool, 256> table{};
  constexpr InterestingBytes() {
    for (unsigned char b : {'.', '?', '!', '"'}) table[b] = true;
    table[0xE2] = true;
    table[0xE3] = true;
  }
};
constexpr InterestingBytes interesting{};

std::size_t next_interesting(std::string_view text, std::size_t i, std::size_t end) noexcept {
  while (i < end && !interesting.table[static_cast<unsigned char>(text[i])]) ++i;
  return i;
}

/// Double quotes (curly, corner and ASCII) pair up within the span.
bool quotes_balance(std::string_view text, ByteSpan span) noexcept {
  int depth = 0;
  std::size_t ascii = 0;
  for (std::size_t i = next_interesting(text, span.begin, span.end); i < span.end;
       i = next_interesting(text, i, span.end)) {
    const auto d = utf8::decode(text, i);
    if (is_opening_quote(d.cp)) ++depth;
    else if (is_closing_double(d.cp) && --depth < 0) return false;
    else if (d.cp == U'"') ++ascii;
    i += d.length;
  }
  return depth == 0 && ascii % 2 == 0;
}

/// The ASCII letters right before `pos`: the word an abbreviation period follows.
std::string_view letters_before(std::string_view text, std::size_t begin, std::size_t pos) noexcept {
  std::size_t p = pos;
  while (p > begin && is_ascii_letter(static_cast<unsigned char>(text[p - 1]))) --p;
  return text.substr(p, pos - p);
}

class Splitter {
 public:
  Splitter(std::string_view text, ByteSpan span, const DocumentLexicon& lex, std::vector<ByteSpan>& out)
      : text_(text), span_(span), lex_(lex), out_(out), track_quotes_(quotes_balance(text, span)) {}

  void run() {
    std::size_t start = span_.begin;
    char32_t prev = 0;
    std::size_t i = span_.begin;
    while (i < span_.end) {
      const auto j = next_interesting(text_, i, span_.end);
      if (j >= span_.end) break;
      if (j > i) {
        prev = utf8::decode(text_, utf8::previous(text_, j)).cp;
        i = j;
      }
      const auto d = utf8::decode(text_, i);
      const auto cp = d.cp;
      if (cp == U'.' || cp == U'?' || cp == U'!') {
        const auto end = sentence_end_after_punctuation(i, prev);
        if (end) {
          emit(start, *end);
          start = *end;
          i = *end;
          prev = 0;
          continue;
        }
        i = skip_ahead_;
        prev = last_cp_;
        continue;
      }
      if (track_quotes_) {
        if (is_opening_quote(cp) || (cp == U'"' && !ascii_open_)) {
          ++depth_;
          if (cp == U'"') ascii_open_ = true;
        } else if (is_closing_double(cp) || (cp == U'"' && ascii_open_)) {
          if (cp == U'"') ascii_open_ = false;
          if (depth_ > 0) --depth_;
          // `...했다" 그는`: a quotation that ends the sentence without a period.
          if (depth_ == 0 && hangul::is_syllable(prev) && is_final_syllable(prev)) {
            const auto after = i + d.length;
            if (after >= span_.end || is_blank_cp(utf8::decode(text_, after).cp)) {
              emit(start, after);
              start = after;
              i = after;
              prev = 0;
              continue;
            }
          }
        }
      }
      prev = cp;
      i += d.length;
    }
    emit(start, span_.end);
  }

 private:
  /// At a `.`, `?` or `!` at `i` (after `prev`): the sentence's end, or nullopt
  /// with skip_ahead_/last_cp_ set past the punctuation run.
  std::optional<std::size_t> sentence_end_after_punctuation(std::size_t i, char32_t prev) {
    std::size_t run_end = i;
    int dots = 0;
    char32_t last = 0;
    while (run_end < span_.end) {
      const auto c = static_cast<unsigned char>(text_[run_end]);
      if (c != '.' && c != '?' && c != '!') break;
      dots += c == '.';
      last = c;
      ++run_end;
    }
    skip_ahead_ = run_end;
    last_cp_ = last;
    if (dots >= 2) return std::nullopt;  // an ellipsis: `반도체 수술...전영현`
    const bool single_period = run_end == i + 1 && text_[i] == '.';
    if (single_period) {
      if (digit_value(prev) >= 0) return std::nullopt;  // 2025.2.4, 3.5%
      if (is_ascii_letter(prev) && lex_.is_abbreviation(letters_before(text_, span_.begin, i))) return std::nullopt;
      if (run_end < span_.end && digit_value(utf8::decode(text_, run_end).cp) >= 0) return std::nullopt;
    }
    // Closing quotes after the punctuation belong to this sentence.
    std::size_t k = run_end;
    bool closed_quote = false;
    int depth = depth_;
    bool ascii_open = ascii_open_;
    while (k < span_.end) {
      const auto d = utf8::decode(text_, k);
      if (is_closing_double(d.cp) || (d.cp == U'"' && (ascii_open || !track_quotes_)) || d.cp == U'’' ||
          d.cp == U'\'' ) {
        if (track_quotes_ && (is_closing_double(d.cp) || d.cp == U'"')) {
          if (depth > 0) --depth;
          if (d.cp == U'"') ascii_open = false;
        }
        closed_quote = true;
        k += d.length;
        continue;
      }
      break;
    }
    if (track_quotes_ && depth > 0) {  // still inside a quotation
      commit_quotes(depth, ascii_open, k);
      return std::nullopt;
    }
    if (k >= span_.end) {
      commit_quotes(depth, ascii_open, k);
      return k;
    }
    const auto next = utf8::decode(text_, k).cp;
    bool ends = false;
    if (is_blank_cp(next)) ends = true;
    else if (closed_quote) ends = false;  // `"...했다."며`
    else if (hangul::is_syllable(next)) ends = single_period && hangul::is_syllable(prev);  // `했다.이어`: a missing space
    else ends = !is_word_char(next);  // `했다.“...`, `했다.(...)`
    commit_quotes(depth, ascii_open, k);
    if (!ends) return std::nullopt;
    return k;
  }

  void commit_quotes(int depth, bool ascii_open, std::size_t k) {
    depth_ = depth;
    ascii_open_ = ascii_open;
    skip_ahead_ = k;
    last_cp_ = k > span_.begin ? utf8::decode(text_, utf8::previous(text_, k)).cp : 0;
  }

  void emit(std::size_t begin, std::size_t end) {
    const auto s = trim(text_, {begin, end});
    if (!s.empty()) out_.push_back(s);
  }

  std::string_view text_;
  ByteSpan span_;
  const DocumentLexicon& lex_;
  std::vector<ByteSpan>& out_;
  bool track_quotes_;
  int depth_ = 0;
  bool ascii_open_ = false;
  std::size_t skip_ahead_ = 0;
  char32_t last_cp_ = 0;
};

}  // namespace

void append_sentences(std::string_view text, ByteSpan span, const DocumentLexicon& lex, std::vector<ByteSpan>& out) {
  if (span.empty()) return;
  Splitter(text, span, lex, out).run();
}

Ending classify_ending(std::string_view text, ByteSpan span, bool* polite) noexcept {
  *polite = false;
  if (span.empty()) return Ending::none;
  std::size_t at = 0;
  auto d = last_cp(text, span, &at);
  auto before = [&](std::size_t pos) {
    return pos > span.begin ? utf8::decode(text, utf8::previous(text, pos)).cp : char32_t{0};
  };
  auto polite_before = [&](std::size_t pos, char32_t last) {
    // 합니다/습니다 (`니다`), 해요 (`요`), 니까
    const auto prev = before(pos);
    return last == U'요' || (last == U'다' && prev == U'니') || (last == U'까' && prev == U'니');
  };
  // Closing quotes: `다."` is a sentence; `다"` a quotation ending without a period.
  bool quoted = false;
  while (is_closing_quote(d.cp) && at > span.begin) {
    quoted = true;
    d = utf8::decode(text, utf8::previous(text, at));
    at = utf8::previous(text, at);
  }
  if (d.cp == U'.') {
    const auto prev = before(at);
    if (prev == U'.' || prev == U'…') return Ending::none;
    if (hangul::is_syllable(prev)) {
      *polite = polite_before(utf8::previous(text, at), prev);
      return Ending::period;
    }
    if (prev == U')' || prev == U'%' || is_closing_quote(prev)) return Ending::period;
    return Ending::none;
  }
  if (d.cp == U'?' || d.cp == U'!') {
    const auto prev = before(at);
    *polite = polite_before(utf8::previous(text, at), prev);
    return quoted ? Ending::quote_final : Ending::question;
  }
  if (quoted) return is_final_syllable(d.cp) ? Ending::quote_final : Ending::none;
  if (d.cp == U',' || d.cp == U'을' || d.cp == U'를' || d.cp == U'의') return Ending::open;
  return Ending::none;
}

bool has_internal_end(std::string_view text, ByteSpan span) noexcept {
  // `다. ` or `다.” ` (a final syllable's period and a blank) before the end.
  for (std::size_t i = span.begin; i + 1 < span.end; ++i) {
    const char c = text[i];
    if (c != '.' && c != '?' && c != '!') continue;
    if (i == span.begin) continue;
    const auto prev = utf8::decode(text, utf8::previous(text, i)).cp;
    if (!hangul::is_syllable(prev)) continue;
    std::size_t k = i + 1;
    while (k < span.end) {
      const auto d = utf8::decode(text, k);
      if (!is_closing_quote(d.cp)) break;
      k += d.length;
    }
    if (k < span.end && is_blank_cp(utf8::decode(text, k).cp) && !trim(text, {k, span.end}).empty()) return true;
  }
  return false;
}

}  // namespace detail

std::vector<ByteSpan> split_sentences(std::string_view text) {
  std::vector<ByteSpan> out;
  const auto& lex = detail::DocumentLexicon::bundled();
  std::size_t pos = 0;
  while (pos < text.size()) {
    auto eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    detail::append_sentences(text, detail::trim(text, {pos, eol}), lex, out);
    pos = eol + 1;
  }
  return out;
}

}  // namespace ktimeline
