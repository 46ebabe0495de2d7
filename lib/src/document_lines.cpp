// What one line is, judged on its own: spam, furniture, byline, caption, body,
// or a headline-like candidate that its neighbours decide (document_context.cpp).
// Signals are general: marker words from lib/rules/document_markers.tsv, the
// line's length and how it ends, bylines, credits, e-mails, phone numbers.
#include <algorithm>

#include "document_internal.hpp"

namespace ktimeline {
namespace detail {

namespace {

std::string_view view(std::string_view text, ByteSpan s) { return text.substr(s.begin, s.end - s.begin); }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// What the marker words of a line say, counted as the matcher reports them.
struct MarkerSummary {
  bool furniture = false, list_header = false, comment = false, copyright = false, junk_domain = false;
  std::size_t spam = 0;
};

/// The words of a line, split once on first use and shared by the checks
/// that read them (brand words, menus, a one-word line, a reporter line).
class LineWords {
 public:
  LineWords(std::string_view text, ByteSpan core) : text_(text), core_(core) {}
  /// The first WordSpans::capacity words.
  const WordSpans& all() {
    if (!split_) {
      words_ = words(text_, core_, WordSpans::capacity);
      split_ = true;
    }
    return words_;
  }
  /// The number of words, counted up to `limit` (reads the split if made).
  std::size_t count_upto(std::size_t limit) const {
    return split_ ? std::min(words_.size(), limit) : words(text_, core_, limit).size();
  }

 private:
  std::string_view text_;
  ByteSpan core_;
  WordSpans words_;
  bool split_ = false;
};

/// The line without bullets, heading marks, brackets and trailing punctuation:
/// what a whole-line marker (scope 0) must cover.
ByteSpan bare_span(std::string_view text, ByteSpan core) {
  std::size_t b = core.begin;
  std::size_t e = core.end;
  auto strip = [](char32_t cp) {
    return is_blank_cp(cp) || is_bullet(cp) || is_heading_mark(cp) || cp == U'[' || cp == U']' || cp == U'(' ||
           cp == U')' || cp == U'<' || cp == U'>' || cp == U'【' || cp == U'】' || cp == U'|' || cp == U':' ||
           cp == U'.' || cp == U'!' || cp == U'?';
  };
  while (b < e) {
    const auto d = utf8::decode(text, b);
    if (!strip(d.cp) || b + d.length > e) break;
    b += d.length;
  }
  while (e > b) {
    const auto p = utf8::previous(text, e);
    if (p < b || !strip(utf8::decode(text, p).cp)) break;
    e = p;
  }
  return {b, e};
}

bool ascii_alnum(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// Phone numbers: `010-1234-5678`, `02-123-4567`, `1588-1234`, `01012345678`.
bool has_phone_number(std::string_view text, ByteSpan core) {
  std::size_t i = core.begin;
  while (i < core.end) {
    if (!is_digit(text[i]) || (i > core.begin && (is_digit(text[i - 1]) || text[i - 1] == '.'))) {
      ++i;
      continue;
    }
    std::size_t groups[3] = {0, 0, 0};
    std::size_t n = 0;
    std::size_t p = i;
    while (n < 3) {
      const auto start = p;
      while (p < core.end && is_digit(text[p])) ++p;
      groups[n++] = p - start;
      if (p < core.end && (text[p] == '-' || text[p] == ')') && p + 1 < core.end && is_digit(text[p + 1])) {
        ++p;
        continue;
      }
      break;
    }
    const bool boundary = p >= core.end || !(is_digit(text[p]) || text[p] == '.' || text[p] == ',');
    if (boundary) {
      if (n == 3 && groups[0] >= 2 && groups[0] <= 4 && groups[1] >= 3 && groups[1] <= 4 && groups[2] == 4 &&
          text[i] == '0')
        return true;
      if (n == 2 && groups[0] == 4 && groups[1] == 4 && text[i] == '1' && (text[i + 1] >= '5' && text[i + 1] <= '8'))
        return true;
      if (n == 1 && groups[0] == 11 && text.substr(i, 3) == "010") return true;
    }
    i = std::max(p, i + 1);
  }
  return false;
}

/// Only digits, with spaces, bullets and number punctuation: `300`, `• 1`, `1/5`.
bool is_number_only(std::string_view text, ByteSpan core) {
  bool digit = false;
  for (std::size_t i = core.begin; i < core.end;) {
    const auto d = utf8::decode(text, i);
    if (digit_value(d.cp) >= 0) digit = true;
    else if (!(is_blank_cp(d.cp) || is_bullet(d.cp) || d.cp == U'.' || d.cp == U',' || d.cp == U':' ||
               d.cp == U'/' || d.cp == U'(' || d.cp == U')' || d.cp == U'+' || d.cp == U'%' || d.cp == U'#'))
      return false;
    i += d.length;
  }
  return digit;
}

/// A list item: bullet, `1.`, `1)`, `①`.
bool starts_as_list_item(std::string_view text, ByteSpan core) {
  const auto first = utf8::decode(text, core.begin).cp;
  if (is_bullet(first) || (first >= 0x2460 && first <= 0x2473)) return true;
  std::size_t p = core.begin;
  while (p < core.end && p - core.begin < 3 && is_digit(text[p])) ++p;
  return p > core.begin && p + 1 < core.end && (text[p] == '.' || text[p] == ')') && text[p + 1] == ' ';
}

/// Ads that repeat brand words: `바오슬롯 프리미어카지노 소닉카지노 산타카지노`.
/// Most words of the line share a word, or the same one- or two-syllable ending.
/// `ws` is the line's word split (WordSpans::capacity words at most).
bool repeats_brand_words(std::string_view text, const WordSpans& ws) {
  if (ws.size() < 3) return false;
  // Fixed buffers: this runs on every line that is not a news sentence. The
  // endings are Hangul syllables, kept as code points: equal code points are
  // equal bytes, and integers sort far cheaper than strings.
  std::array<std::string_view, WordSpans::capacity> whole;
  std::array<std::uint64_t, WordSpans::capacity> keys;    // last two syllables of words of three or more
  std::array<std::uint64_t, WordSpans::capacity> finals;  // last syllable of words of three or more
  std::size_t n_whole = 0, n_keys = 0, n_finals = 0;
  for (const auto& w : ws) {
    whole[n_whole++] = view(text, w);
    if (count_chars(text, w) < 3) continue;
    const auto p1 = utf8::previous(text, w.end);
    const auto c1 = utf8::decode(text, p1).cp;
    if (!hangul::is_syllable(c1)) continue;
    finals[n_finals++] = c1;
    const auto p2 = utf8::previous(text, p1);
    const auto c2 = utf8::decode(text, p2).cp;
    if (hangul::is_syllable(c2)) keys[n_keys++] = (static_cast<std::uint64_t>(c2) << 32) | c1;
  }
  auto most_common = [](auto* v, std::size_t count) {
    std::sort(v, v + count);
    std::size_t best = 0;
    for (std::size_t i = 0; i < count;) {
      std::size_t j = i;
      while (j < count && v[j] == v[i]) ++j;
      best = std::max(best, j - i);
      i = j;
    }
    return best;
  };
  const auto same_word = most_common(whole.data(), n_whole);
  const auto same_ending = most_common(keys.data(), n_keys);
  const auto same_final = most_common(finals.data(), n_finals);
  return (same_word >= 3 && same_word * 2 >= ws.size()) || (same_ending >= 4 && same_ending * 5 >= ws.size() * 3) ||
         (same_final >= 5 && same_final * 5 >= ws.size() * 4);
}

/// Menus and breadcrumbs: `경제 산업 IT 국제 사회 문화 스포츠`, `국제 > 미주`.
/// Menu items are short nouns: no particle or verb ending closes them.
bool is_menu_line(std::string_view text, ByteSpan core, const WordSpans& ws) {
  // `ws` holds up to WordSpans::capacity (> 24) words: 24 or more is no menu.
  if (ws.size() < 2 || ws.size() >= 24) return false;
  if (is_heading_mark(utf8::decode(text, core.begin).cp)) return false;
  std::size_t chars = 0, longest = 0, names = 0;
  bool breadcrumb = false;
  for (const auto& w : ws) {
    const auto word = view(text, w);
    if (word == ">" || word == "›" || word == "»" || word == "|" || word == "/") {
      breadcrumb = true;
      continue;
    }
    const auto last = last_cp(text, w).cp;
    for (char32_t ending : {U'은', U'는', U'이', U'가', U'을', U'를', U'에', U'의', U'도', U'로', U'다', U'고', U'서', U'와', U'과'}) {
      if (last == ending) return false;
    }
    for (char c : word) {
      if (c == '.' || c == ',' || c == '"' || c == '\'' || c == '?' || c == '!' || c == '(' || c == '[') return false;
    }
    const auto n = count_chars(text, w);
    chars += n;
    longest = std::max(longest, n);
    ++names;
  }
  if (names == 0 || longest > 5) return false;
  if (breadcrumb) return names <= 6;
  return names >= 7 && longest <= 4 && chars * 10 <= names * 23;  // average at most 2.3 characters
}

/// True if a date label (`입력`, `송고시간`) at one of the hits is followed by a date.
bool has_labeled_date(std::string_view text, ByteSpan core, const std::vector<PhraseMatcher::Hit>& hits,
                      const DocumentLexicon& lex) {
  for (const auto& h : hits) {
    const auto cls = lex.info(h.id).cls;
    if (cls != MarkerClass::date_published && cls != MarkerClass::date_modified) continue;
    std::size_t p = h.end;
    while (p < core.end && (text[p] == ' ' || text[p] == ':' || text[p] == '|' || text[p] == '\t')) ++p;
    if (text.substr(p, 3) == "：") p += 3;
    while (p < core.end && text[p] == ' ') ++p;
    std::size_t end = 0;
    if (parse_stated_date(text, p, core.end, true, &end)) return true;
  }
  return false;
}

/// A line that is nothing but a date and maybe a clock time: `2025.02.04 13:20`.
bool is_bare_date(std::string_view text, ByteSpan core) {
  std::size_t end = 0;
  const auto date = parse_stated_date(text, core.begin, core.end, false, &end);
  return date && trim(text, {end, core.end}).empty();
}

/// Counts what the marker words of a line say (each within its scope) and
/// keeps the hits whose position matters later: credits and date labels.
MarkerSummary summarize_markers(std::string_view text, const LineInfo& L, ByteSpan bare, const DocumentLexicon& lex,
                                std::vector<PhraseMatcher::Hit>& hits) {
  MarkerSummary m;
  const auto core = L.core;
  hits.clear();
  lex.matcher().scan(view(text, core), [&](PhraseMatcher::Hit h) {
    h.begin += core.begin;
    h.end += core.begin;
    const auto& info = lex.info(h.id);
    const bool in_scope = info.max_chars == 0 ? (h.begin == bare.begin && h.end == bare.end)
                                              : (info.max_chars == any_length || L.chars <= info.max_chars);
    if (!in_scope) return;
    switch (info.cls) {
      case MarkerClass::furniture: m.furniture = true; break;
      case MarkerClass::list_header: m.list_header = true; break;
      case MarkerClass::comment: m.comment = true; break;
      case MarkerClass::copyright: m.copyright = true; break;
      case MarkerClass::spam: ++m.spam; break;
      case MarkerClass::junk_domain:
        // `.shop` counts after a domain name and at a word's end: `x@dqdt.shop`
        if (h.begin > core.begin && ascii_alnum(text[h.begin - 1]) && (h.end >= core.end || !ascii_alnum(text[h.end])))
          m.junk_domain = true;
        break;
      case MarkerClass::caption_position:
      case MarkerClass::caption_credit:
      case MarkerClass::date_published:
      case MarkerClass::date_modified:
        if (hits.size() < 64) hits.push_back(h);
        break;
      case MarkerClass::reporter: break;
    }
  });
  return m;
}

/// Spam, copyright, dated bylines and page furniture: the kinds that marker
/// words and the line's shape decide on their own.
std::optional<LineKind> kind_from_markers(std::string_view text, LineInfo& L, ByteSpan bare, const MarkerSummary& m,
                                          const std::vector<PhraseMatcher::Hit>& hits, const DocumentLexicon& lex,
                                          LineWords& ws) {
  const auto core = L.core;
  bool polite = false;
  // News is written in the plain form (`했다.`); ads and page UI in the polite one.
  const bool news_sentence = classify_ending(text, core, &polite) == Ending::period && !polite;

  if (m.junk_domain || (m.spam > 0 && !news_sentence) || (!news_sentence && repeats_brand_words(text, ws.all())))
    return LineKind::spam;
  if (m.copyright) {
    L.starts_block = true;
    return LineKind::furniture;
  }
  if (!news_sentence && L.chars <= 160 && has_labeled_date(text, core, hits, lex)) {
    L.dated_byline = true;
    return LineKind::byline;
  }
  if (is_bare_date(text, core)) {
    L.bare_date = true;
    return LineKind::byline;
  }
  if (!news_sentence) {
    // A menu that happens to name a list (`주요 뉴스 바로가기`) does not head one.
    if (m.furniture || is_menu_line(text, core, ws.all())) return LineKind::furniture;
    if (m.list_header) {
      L.starts_block = true;
      return LineKind::furniture;
    }
    if (m.comment) {
      L.comment = true;
      return LineKind::furniture;
    }
  }
  if (ws.count_upto(2) == 1) {
    const auto word = view(text, core);
    if (is_email(word) || is_url(word) || lex.is_outlet(view(text, bare))) return LineKind::furniture;
  }
  if (is_number_only(text, core)) return LineKind::furniture;
  if (!news_sentence && has_phone_number(text, core)) return LineKind::spam;
  return std::nullopt;
}

LineKind caption_with(std::string_view text, LineInfo& L, ByteSpan description) {
  L.body = description;
  L.chars = count_chars(text, description);
  L.ending = classify_ending(text, description, &L.polite);
  return LineKind::caption;
}

/// Bylines (whole lines or glued to a paragraph's start), photo captions and
/// credits. Sets `byline` when the line is a paragraph that opens with one.
std::optional<LineKind> kind_from_credits(std::string_view text, LineInfo& L, const std::vector<PhraseMatcher::Hit>& hits,
                                          const DocumentLexicon& lex, std::optional<InlineByline>& byline,
                                          LineWords& ws) {
  const auto core = L.core;
  // `사진=홍길동 기자` is a photo credit, not `매체=홍길동 기자`.
  const auto first_eq = view(text, core).find('=');
  const bool credit_leads =
      first_eq != std::string_view::npos && std::any_of(hits.begin(), hits.end(), [&](const PhraseMatcher::Hit& h) {
        return lex.info(h.id).cls == MarkerClass::caption_credit && h.begin <= core.begin + first_eq;
      });
  if (!credit_leads) byline = parse_inline_byline(text, core, lex);

  if (!byline) {
    if (const auto description = caption_description(text, core, lex, hits)) return caption_with(text, L, *description);
    if (maybe_reporter_line(text, core) && is_reporter_words(text, ws.all(), lex)) return LineKind::byline;
    return std::nullopt;
  }
  L.dateline = byline->dateline;
  if (byline->body_begin >= core.end) return LineKind::byline;
  // Agency photo captions open with a byline too: `(서울=연합뉴스) 홍길동 기자 =
  // ...하고 있다. 2025.3.4 hong@yna.co.kr`; a graphic's credit has no sentence at all.
  const ByteSpan after{byline->body_begin, core.end};
  auto description = caption_description(text, after, lex, hits);
  if (!description && byline->agency_photo) description = trim(text, after);
  if (description) return caption_with(text, L, *description);
  bool polite = false;
  if (classify_ending(text, after, &polite) == Ending::none && !has_internal_end(text, after) &&
      count_chars(text, after) < 80)
    return caption_with(text, L, {after.begin, after.begin});
  return std::nullopt;
}

/// Article text: a paragraph, or a headline-like candidate for the context to settle.
LineKind kind_of_text(std::string_view text, LineInfo& L, const std::optional<InlineByline>& byline,
                      const DocumentLexicon& lex) {
  const auto core = L.core;
  ByteSpan body = trim(text, {byline ? byline->body_begin : skip_glued_heading(text, core), core.end});
  body = trim(text, {body.begin, cut_trailing_reporter(text, body, lex)});
  L.body = body;
  // L.chars counts the core already: recount only when the body is less.
  if (body.begin != core.begin || body.end != core.end) L.chars = count_chars(text, body);
  L.ending = classify_ending(text, body, &L.polite);
  L.internal_end = has_internal_end(text, body);
  L.bullet = starts_as_list_item(text, core);
  if (byline) return LineKind::body;
  switch (L.ending) {
    case Ending::period: return LineKind::body;
    case Ending::question:
    case Ending::quote_final:
      if (L.internal_end || L.chars >= 60) return LineKind::body;
      break;
    case Ending::open:
    case Ending::none:
      if (L.internal_end || L.chars > 100) return LineKind::body;
      // A sentence that lost its period: headlines ending in `다` are short.
      if (L.chars >= 55 && last_cp(text, body).cp == U'다') return LineKind::body;
      break;
  }
  L.candidate = true;
  L.body = skip_leading_marks(text, core);
  return LineKind::title;
}

}  // namespace

LineInfo analyze_line(std::string_view text, ByteSpan span, const DocumentLexicon& lex,
                      std::vector<PhraseMatcher::Hit>& hits) {
  LineInfo L;
  L.core = trim(text, span);
  if (L.core.empty()) return L;
  L.chars = count_chars(text, L.core);
  const auto bare = bare_span(text, L.core);
  const auto markers = summarize_markers(text, L, bare, lex, hits);
  LineWords ws(text, L.core);
  if (const auto kind = kind_from_markers(text, L, bare, markers, hits, lex, ws)) {
    L.kind = *kind;
    return L;
  }
  std::optional<InlineByline> byline;
  if (const auto kind = kind_from_credits(text, L, hits, lex, byline, ws)) {
    L.kind = *kind;
    return L;
  }
  L.kind = kind_of_text(text, L, byline, lex);
  return L;
}

}  // namespace detail
}  // namespace ktimeline
