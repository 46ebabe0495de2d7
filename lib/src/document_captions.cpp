// Photo captions: a description followed (or preceded) by a credit such as
// `(공동취재) 2025.2.3/뉴스1 ⓒ News1 홍길동 기자`, `[연합]`, `ⓒ데일리안 홍길동 기자`,
// `사진=홍길동 기자`; or a line placing people in a photo: `(왼쪽부터)`.
#include <algorithm>

#include "document_internal.hpp"

namespace ktimeline {
namespace detail {

namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);

std::string_view view(std::string_view text, ByteSpan s) { return text.substr(s.begin, s.end - s.begin); }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// The word after `/` (up to a blank, `/` or bracket) if it is an outlet: `/뉴스1`.
bool outlet_after_slash(std::string_view text, std::size_t slash, std::size_t end, const DocumentLexicon& lex) {
  std::size_t e = slash + 1;
  const std::size_t limit = std::min(end, slash + 40);
  while (e < limit) {
    const auto d = utf8::decode(text, e);
    if (is_blank_cp(d.cp) || d.cp == U'/' || d.cp == U']' || d.cp == U')' || d.cp == U'ⓒ' || d.cp == U'©') break;
    e += d.length;
  }
  return e > slash + 1 && lex.is_outlet(view(text, {slash + 1, e}));
}

/// `[연합]`, `[AP=연합뉴스]`, `[로이터=연합뉴스]` at `open`; returns the closer's end or npos.
std::size_t bracketed_credit(std::string_view text, std::size_t open, std::size_t end, const DocumentLexicon& lex) {
  const auto limit = std::min(end, open + 64);
  const auto close = text.substr(0, limit).find(']', open + 1);
  if (close == std::string_view::npos) return npos;
  auto inner = trim(text, {open + 1, close});
  const auto eq = view(text, inner).find('=');
  if (eq != std::string_view::npos) inner = trim(text, {inner.begin + eq + 1, inner.end});
  return lex.is_outlet(view(text, inner)) ? close + 1 : npos;
}

/// Moves a credit's start back over blanks, separators, the bracket that
/// opens it (`(사진=`) and a date that belongs to it (`2025.2.4/뉴스1`).
std::size_t extend_back(std::string_view text, std::size_t cut, std::size_t begin) {
  while (true) {
    const auto before = cut;
    while (cut > begin && (text[cut - 1] == ' ' || text[cut - 1] == '\t' || text[cut - 1] == '|')) --cut;
    if (cut > begin && (text[cut - 1] == '(' || text[cut - 1] == '[' || text[cut - 1] == '<')) --cut;
    std::size_t t = cut;
    int dots = 0, digits = 0;
    while (t > begin && cut - t < 12 && (is_digit(text[t - 1]) || text[t - 1] == '.')) {
      (text[t - 1] == '.' ? dots : digits) += 1;
      --t;
    }
    if (t < cut && dots >= 2 && digits >= 6 && (t == begin || text[t - 1] == ' ')) cut = t;
    if (cut == before) return cut;
  }
}

/// A credit inside brackets starts at the bracket: `[산업부 제공. 재판매 및 DB 금지]`,
/// `(사진=연합뉴스)`. Returns the opening bracket before `pos`, or `pos`.
std::size_t bracket_opening(std::string_view text, std::size_t begin, std::size_t pos) {
  const std::size_t floor = pos > begin + 64 ? pos - 64 : begin;
  for (std::size_t q = pos; q > floor; --q) {
    const char c = text[q - 1];
    if (c == ']' || c == ')' || c == '>') return pos;
    if (c == '[' || c == '(' || c == '<') return q - 1;
  }
  return pos;
}

/// Calls found(begin, date) for each dotted date of a caption's credit:
/// `2025.2.4/뉴스1`, `2025.02.03.`, `2025.2.3 ⓒ News1`, `2025.3.4 hong@yna.co.kr`:
/// what follows the date is a slash, a copyright sign, an e-mail or the line's end.
template <class Found>
void for_each_credit_date(std::string_view text, ByteSpan core, Found&& found) {
  // Such a date has a period after its four-digit year: look at periods only.
  const auto line = text.substr(0, core.end);
  for (auto dot = line.find('.', core.begin); dot != std::string_view::npos; dot = line.find('.', dot + 1)) {
    if (dot < core.begin + 4) continue;
    const std::size_t i = dot - 4;
    if (!is_digit(text[i]) || (i > core.begin && is_digit(text[i - 1]))) continue;
    std::size_t p = i;
    auto number = [&](std::size_t max_digits, int& value) {
      const auto start = p;
      value = 0;
      while (p < core.end && is_digit(text[p]) && p - start < max_digits) value = value * 10 + (text[p++] - '0');
      return p > start && !(p < core.end && is_digit(text[p]));
    };
    int y = 0, m = 0, d = 0;
    if (!number(4, y) || p - i != 4 || y < 1900 || y > 2199) continue;
    if (p >= core.end || text[p] != '.') continue;
    ++p;
    if (!number(2, m) || p >= core.end || text[p] != '.') continue;
    ++p;
    if (!number(2, d)) continue;
    if (p < core.end && text[p] == '.') ++p;
    std::size_t q = p;
    while (q < core.end && text[q] == ' ') ++q;
    bool credit_follows = q >= core.end || text[q] == '/' || text.substr(q, 3) == "ⓒ" || text.substr(q, 2) == "©";
    if (!credit_follows) {
      const auto rest = trim(text, {q, core.end});
      credit_follows = is_email(text.substr(rest.begin, rest.size()));
    }
    if (!credit_follows) continue;
    const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                                   date::day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) continue;
    found(i, StatedDate{y, static_cast<unsigned>(m), static_cast<unsigned>(d), std::nullopt});
    dot = p - 1;
  }
}

}  // namespace

std::optional<ByteSpan> caption_description(std::string_view text, ByteSpan core, const DocumentLexicon& lex,
                                            const std::vector<PhraseMatcher::Hit>& hits) {
  bool placed = false;  // (왼쪽부터) and the like
  std::size_t cut = npos;
  for (const auto& h : hits) {
    if (h.begin < core.begin || h.end > core.end) continue;  // e.g. within a byline before the caption
    const auto cls = lex.info(h.id).cls;
    if (cls == MarkerClass::caption_position) placed = true;
    if (cls == MarkerClass::caption_credit) cut = std::min(cut, bracket_opening(text, core.begin, h.begin));
  }
  const auto line = text.substr(0, core.end);
  for (auto i = line.find('/', core.begin); i != std::string_view::npos; i = line.find('/', i + 1)) {
    if ((i == core.begin || is_digit(text[i - 1]) || text[i - 1] == ' ' || text[i - 1] == ')') &&
        outlet_after_slash(text, i, core.end, lex)) {
      cut = std::min(cut, i);
      break;
    }
  }
  for_each_credit_date(text, core, [&](std::size_t begin, const StatedDate&) { cut = std::min(cut, begin); });
  for (auto i = line.find('[', core.begin); i != std::string_view::npos && i < cut; i = line.find('[', i + 1)) {
    if (bracketed_credit(text, i, core.end, lex) != npos) {
      cut = std::min(cut, i);
      break;
    }
  }
  if (cut == npos) {
    if (placed && count_chars(text, core) <= 300) return core;
    return std::nullopt;
  }

  const std::size_t credit = cut;
  cut = extend_back(text, cut, core.begin);
  if (trim(text, {core.begin, cut}).empty()) {
    // The credit leads: `[사진=연합뉴스] 설명...`, or the line is only a credit.
    std::size_t opener_end = cut;
    const char lead = text[cut];
    const char closer = lead == '[' ? ']' : lead == '(' ? ')' : lead == '<' ? '>' : '\0';
    if (closer != '\0') {
      const auto close = text.substr(0, std::min(core.end, cut + 80)).find(closer, cut + 1);
      if (close != std::string_view::npos) opener_end = close + 1;
    }
    if (opener_end == cut) return ByteSpan{core.begin, core.begin};
    return trim(text, {opener_end, core.end});
  }
  // A credit in the middle of a paragraph that goes on with more sentences
  // is an inline photo note in body text, not a caption's tail.
  ByteSpan tail{credit, core.end};
  const char opener = text[credit];
  const char closer = opener == '[' ? ']' : opener == '(' ? ')' : opener == '<' ? '>' : '\0';
  if (closer != '\0') {
    const auto close = text.substr(0, std::min(core.end, credit + 96)).find(closer, credit + 1);
    if (close != std::string_view::npos) tail.begin = close + 1;  // the credit in brackets is no sentence
  }
  bool polite = false;
  if (!placed && (classify_ending(text, tail, &polite) == Ending::period || has_internal_end(text, tail)))
    return std::nullopt;
  auto description = trim(text, {core.begin, cut});
  // Separators left before the credit: `... 회장 [연합] |`
  while (!description.empty() && (text[description.end - 1] == '|' || text[description.end - 1] == '/'))
    description = trim(text, {description.begin, description.end - 1});
  return description;
}

void caption_dates(std::string_view text, ByteSpan core, std::vector<StatedDate>& out) {
  for_each_credit_date(text, core, [&](std::size_t, const StatedDate& d) { out.push_back(d); });
}

}  // namespace detail
}  // namespace ktimeline
