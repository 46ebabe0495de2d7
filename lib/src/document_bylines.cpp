// Bylines: reporter lines (`홍길동 기자`), bylines glued to the start of a
// paragraph (`(서울=뉴스1) 홍길동 기자 = ...`, `[매체=홍길동 기자] ...`,
// `매체=홍길동 기자 | ...`) and their dateline place, sub-headings glued to
// a paragraph (`▶소제목=...`), and reporter names trailing the last sentence.
// Every scan here looks at a bounded window, so huge lines stay linear.
#include "document_internal.hpp"

namespace ktimeline {
namespace detail {

namespace {

constexpr std::size_t byline_window = 160;  // bytes from a line's start that a byline may take

std::string_view view(std::string_view text, ByteSpan s) { return text.substr(s.begin, s.end - s.begin); }

/// The closer of an opening bracket at `pos`, and the opener's length.
std::string_view closer_at(std::string_view text, std::size_t pos, std::size_t* opener_length) {
  static constexpr std::pair<std::string_view, std::string_view> pairs[] = {
      {"(", ")"}, {"[", "]"}, {"【", "】"}, {"〔", "〕"}, {"<", ">"}, {"［", "］"}, {"（", "）"}};
  for (const auto& [open, close] : pairs) {
    if (text.substr(pos, open.size()) == open) {
      *opener_length = open.size();
      return close;
    }
  }
  return {};
}

bool is_separator(char c) { return c == '=' || c == '|' || c == ':' || c == '-'; }

std::size_t skip_blanks(std::string_view text, std::size_t pos, std::size_t limit) {
  while (pos < limit) {
    const auto d = utf8::decode(text, pos);
    if (!is_blank_cp(d.cp)) break;
    pos += d.length;
  }
  return pos;
}

/// A place or outlet name before `=`: short, one or two words, no sentence marks.
bool plausible_name(std::string_view text, ByteSpan s) {
  if (s.empty() || count_chars(text, s) > 20) return false;
  for (std::size_t i = s.begin; i < s.end; ++i) {
    const char c = text[i];
    if (c == '.' || c == '?' || c == '!' || c == '"' || c == '=' || c == '(' || c == ')' || c == '[' || c == ']')
      return false;
  }
  return words(text, s, 3).size() <= 2;
}

/// `홍길동 기자`, `김동현 특파원`, `홍길동기자`: up to three name words, then a
/// reporter's title. Returns the end of the title word.
std::optional<std::size_t> reporter_phrase(std::string_view text, std::size_t pos, std::size_t limit,
                                           const DocumentLexicon& lex) {
  const auto ws = words(text, {pos, limit}, 4);
  for (std::size_t k = 0; k < ws.size(); ++k) {
    auto w = view(text, ws[k]);
    // A title word may carry the bracket that closes the byline: `기자]`.
    std::size_t trailing = 0;
    while (!w.empty() && (w.back() == ']' || w.back() == ')' || w.back() == '>')) {
      w.remove_suffix(1);
      ++trailing;
    }
    if (lex.ends_with_reporter_title(w)) return ws[k].end - trailing;
    if (trailing > 0) return std::nullopt;
    for (char c : w) {
      if (c == '=' || c == '|' || c == '.' || c == '"' || c == '(' || c == '[') return std::nullopt;
    }
    if (count_chars(text, ws[k]) > 6) return std::nullopt;
  }
  return std::nullopt;
}

/// After a byline's bracket: an optional `홍길동 기자 =` before the body.
std::size_t skip_reporter_and_separator(std::string_view text, std::size_t pos, std::size_t end,
                                        const DocumentLexicon& lex) {
  const auto start = skip_blanks(text, pos, end);
  if (start < end && is_separator(text[start])) return skip_blanks(text, start + 1, end);
  const auto phrase_end = reporter_phrase(text, start, std::min(end, start + byline_window), lex);
  if (!phrase_end) return start;
  const auto after = skip_blanks(text, *phrase_end, end);
  if (after < end && is_separator(text[after])) return skip_blanks(text, after + 1, end);
  if (after >= end) return end;  // the line is only the byline
  return start;
}

/// `X=Y`: Y is an outlet (`뉴스1`), a reporter (`홍길동 특파원`), or an outlet then a reporter.
bool plausible_credit(std::string_view text, ByteSpan y, const DocumentLexicon& lex) {
  if (y.empty()) return false;
  if (lex.is_outlet(view(text, y))) return true;
  const auto phrase_end = reporter_phrase(text, y.begin, y.end, lex);
  return phrase_end && trim(text, {*phrase_end, y.end}).empty();
}

/// The place of `X=...`: none if X is an outlet; `워싱턴` of `워싱턴 AP` (a foreign
/// agency's photo credited through a Korean one: `(워싱턴 AP=연합뉴스)`).
ByteSpan place_of(std::string_view text, ByteSpan x, const DocumentLexicon& lex) {
  if (lex.is_outlet(view(text, x))) return {x.begin, x.begin};
  const auto ws = words(text, x, 3);
  if (ws.size() == 2 && lex.is_outlet(view(text, ws[1]))) return ws[0];
  return x;
}

/// `X=Y ...` without brackets, `=` at `eq`: the byline, if it is one.
std::optional<InlineByline> credit_before_body(std::string_view text, ByteSpan core, std::size_t window_end,
                                               std::size_t eq, const DocumentLexicon& lex) {
  const ByteSpan x = trim(text, {core.begin, eq});
  if (words(text, x, 2).size() != 1 || !plausible_name(text, x)) return std::nullopt;
  const auto y_begin = skip_blanks(text, eq + 1, core.end);
  // Y a reporter with a separator after it.
  if (const auto phrase_end = reporter_phrase(text, y_begin, window_end, lex)) {
    const auto after = skip_blanks(text, *phrase_end, core.end);
    if (after >= core.end) return InlineByline{core.end, place_of(text, x, lex), false};
    if (is_separator(text[after]))
      return InlineByline{skip_blanks(text, after + 1, core.end), place_of(text, x, lex), false};
    return std::nullopt;
  }
  // Y an outlet, closed by `)` or followed by a blank.
  std::size_t y_end = y_begin;
  while (y_end < window_end) {
    const auto d = utf8::decode(text, y_end);
    if (is_blank_cp(d.cp) || d.cp == U')' || d.cp == U']') break;
    y_end += d.length;
  }
  if (y_end == y_begin || !lex.is_outlet(view(text, {y_begin, y_end}))) return std::nullopt;
  auto after = y_end;
  if (after < core.end && (text[after] == ')' || text[after] == ']')) ++after;
  return InlineByline{skip_reporter_and_separator(text, after, core.end, lex), place_of(text, x, lex), false};
}

}  // namespace

std::optional<InlineByline> parse_inline_byline(std::string_view text, ByteSpan core, const DocumentLexicon& lex) {
  if (core.empty()) return std::nullopt;
  const std::size_t window_end = std::min(core.end, core.begin + byline_window);

  std::size_t opener_length = 0;
  const auto closer = closer_at(text, core.begin, &opener_length);
  if (!closer.empty()) {
    // `(서울=뉴스1)`, `[ESG경제신문=김대우 기자]`, `[뉴욕=홍길동 특파원]`, `[이데일리 홍길동 기자]`
    const auto inner_begin = core.begin + opener_length;
    const auto close = text.substr(0, window_end).find(closer, inner_begin);
    if (close == std::string_view::npos) return std::nullopt;
    const ByteSpan inner = trim(text, {inner_begin, close});
    const auto eq = view(text, inner).find('=');
    InlineByline result{0, {}, false};
    if (eq != std::string_view::npos) {
      const ByteSpan x = trim(text, {inner.begin, inner.begin + eq});
      const ByteSpan y = trim(text, {inner.begin + eq + 1, inner.end});
      if (!plausible_name(text, x) || !plausible_credit(text, y, lex)) return std::nullopt;
      result.dateline = place_of(text, x, lex);
      result.agency_photo = result.dateline.end < x.end && !result.dateline.empty();
    } else {
      const auto phrase_end = reporter_phrase(text, inner.begin, inner.end, lex);
      if (!phrase_end || !trim(text, {*phrase_end, inner.end}).empty()) return std::nullopt;
    }
    result.body_begin = skip_reporter_and_separator(text, close + closer.size(), core.end, lex);
    return result;
  }

  // Without brackets: `컨슈머타임스=곽민구 기자 | ...`, `워싱턴=연합뉴스) ...`, `홍길동 기자 = ...`
  const auto head = view(text, {core.begin, window_end});
  const auto eq = head.find('=');
  if (eq != std::string_view::npos && eq > 0) {
    if (auto found = credit_before_body(text, core, window_end, core.begin + eq, lex)) return found;
  }
  if (head.find('|') == std::string_view::npos && eq == std::string_view::npos) return std::nullopt;
  if (const auto phrase_end = reporter_phrase(text, core.begin, window_end, lex)) {
    const auto after = skip_blanks(text, *phrase_end, core.end);
    if (after < core.end && (text[after] == '=' || text[after] == '|'))
      return InlineByline{skip_blanks(text, after + 1, core.end), {}, false};
  }
  return std::nullopt;
}

bool maybe_reporter_line(std::string_view text, ByteSpan core) noexcept {
  if (core.empty()) return false;
  // A code point takes one to four bytes.
  if (core.size() <= 60) return true;
  if (core.size() > 4 * 60) return false;
  return count_chars(text, core) <= 60;
}

bool is_reporter_line(std::string_view text, ByteSpan core, const DocumentLexicon& lex) {
  return maybe_reporter_line(text, core) && is_reporter_words(text, words(text, core, 9), lex);
}

bool is_reporter_words(std::string_view text, const WordSpans& ws, const DocumentLexicon& lex) {
  if (ws.size() > 8) return false;
  // Drop trailing e-mail addresses: `홍길동 기자 hong@yna.co.kr`.
  std::size_t n = ws.size();
  while (n > 0 && is_email(view(text, ws[n - 1]))) --n;
  if (n == 0 || n > 6) return false;
  auto last = view(text, ws[n - 1]);
  while (!last.empty() && (last.back() == ']' || last.back() == ')' || last.back() == '>' || last.back() == '|'))
    last.remove_suffix(1);
  if (!lex.ends_with_reporter_title(last)) return false;
  for (std::size_t k = 0; k + 1 < n; ++k) {
    const auto w = view(text, ws[k]);
    if (w.back() == '.' || w.back() == '?' || w.back() == '!' || w.back() == ',') return false;
  }
  return true;
}

std::size_t skip_glued_heading(std::string_view text, ByteSpan core) noexcept {
  if (core.empty() || !is_heading_mark(utf8::decode(text, core.begin).cp)) return core.begin;
  const auto window_end = std::min(core.end, core.begin + 240);
  const auto eq = text.substr(0, window_end).find('=', core.begin);
  if (eq == std::string_view::npos) return core.begin;
  const auto body = skip_blanks(text, eq + 1, core.end);
  return body < core.end ? body : core.begin;
}

std::size_t cut_trailing_reporter(std::string_view text, ByteSpan body, const DocumentLexicon& lex) {
  if (body.empty()) return body.end;
  // Find the last sentence end within the tail: `.`, `?`, `!` after a Hangul
  // syllable, with any closing quotes after it.
  const std::size_t floor = body.end > body.begin + 160 ? body.end - 160 : body.begin;
  std::size_t p = body.end;
  while (p > floor) {
    const auto q = utf8::previous(text, p);
    if (q < floor) break;
    const auto cp = utf8::decode(text, q).cp;
    if ((cp == U'.' || cp == U'?' || cp == U'!') && q > body.begin &&
        hangul::is_syllable(utf8::decode(text, utf8::previous(text, q)).cp)) {
      std::size_t end = q + 1;
      while (end < body.end) {
        const auto d = utf8::decode(text, end);
        if (!is_closing_quote(d.cp)) break;
        end += d.length;
      }
      const auto tail = trim(text, {end, body.end});
      if (tail.empty()) return body.end;
      const auto tail_text = view(text, tail);
      if (tail_text == "(끝)" || is_email(tail_text) || is_reporter_line(text, tail, lex)) return end;
      // `/홍길동 기자`, `[홍길동 기자]`
      if (tail_text.front() == '/' && is_reporter_line(text, {tail.begin + 1, tail.end}, lex)) return end;
      return body.end;
    }
    p = q;
  }
  return body.end;
}

}  // namespace detail
}  // namespace ktimeline
