// Bylines, photo captions and datelines, found line by line with small
// hand-written scanners (no regex): every check looks at a bounded number of
// bytes around a cue, so a pass is linear in the text.
#include "pipeline_article_scan.hpp"

#include <array>
#include <optional>

namespace ktimeline {
namespace detail {

namespace {

// Words that introduce a publication time in a byline: 입력 2025-02-04 13:20,
// 기사입력 2025.02.04, 등록 2025/02/04, 승인 2025.02.04 18:05. A correction time
// (수정) is not a publication time and is left out on purpose.
constexpr std::array<std::string_view, 6> byline_keywords{"입력", "등록", "승인", "게재", "송고", "발행"};

// Publication dates outside this range are typos or something else (a stock code).
constexpr int first_year = 1900;
constexpr int last_year = 2199;

// A caption date sits at most this many bytes before the `/` of `2025.2.4/뉴스1`.
constexpr std::size_t caption_lookback = 16;

// A dateline place is a short word: (워싱턴=연합뉴스), (로스앤젤레스=AP).
constexpr std::size_t max_dateline_bytes = 24;
// Datelines open the body: only the first lines are looked at.
constexpr std::size_t dateline_lines = 30;

struct Found {
  TimePoint time;
  std::size_t end = 0;  // where the date (and clock) stops
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads 1..max_digits ASCII digits at `pos`; advances it.
std::optional<int> read_number(std::string_view s, std::size_t& pos, std::size_t min_digits, std::size_t max_digits) {
  std::size_t n = 0;
  int value = 0;
  while (pos + n < s.size() && n < max_digits && is_digit(s[pos + n])) {
    value = value * 10 + (s[pos + n] - '0');
    ++n;
  }
  if (n < min_digits || (pos + n < s.size() && is_digit(s[pos + n]))) return std::nullopt;
  pos += n;
  return value;
}

void skip_spaces(std::string_view s, std::size_t& pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
}

bool skip_word(std::string_view s, std::size_t& pos, std::string_view word) {
  if (s.substr(pos, word.size()) != word) return false;
  pos += word.size();
  return true;
}

// `2025-02-04`, `2025.2.4`, `2025. 2. 4.`, `2025/02/04` or `2025년 2월 4일`, at `pos`.
std::optional<date::year_month_day> read_date(std::string_view s, std::size_t& pos) {
  std::size_t p = pos;
  const auto year = read_number(s, p, 4, 4);
  if (!year || p >= s.size()) return std::nullopt;
  const char separator = s[p];
  std::optional<int> month;
  std::optional<int> day;
  if (separator == '-' || separator == '.' || separator == '/') {
    ++p;
    skip_spaces(s, p);
    month = read_number(s, p, 1, 2);
    if (!month || p >= s.size() || s[p] != separator) return std::nullopt;
    ++p;
    skip_spaces(s, p);
    day = read_number(s, p, 1, 2);
    if (separator == '.' && p < s.size() && s[p] == '.') ++p;  // 2025. 2. 4.
  } else {
    if (!skip_word(s, p, "년")) return std::nullopt;
    skip_spaces(s, p);
    month = read_number(s, p, 1, 2);
    if (!month || !skip_word(s, p, "월")) return std::nullopt;
    skip_spaces(s, p);
    day = read_number(s, p, 1, 2);
    if (!day || !skip_word(s, p, "일")) return std::nullopt;
  }
  if (!day || *year < first_year || *year > last_year) return std::nullopt;
  const date::year_month_day ymd{date::year{*year}, date::month{static_cast<unsigned>(*month)},
                                 date::day{static_cast<unsigned>(*day)}};
  if (!ymd.ok()) return std::nullopt;
  pos = p;
  return ymd;
}

// `13:20`, `13:20:05`, `오후 1:20` after a byline date; nullopt if none.
std::optional<std::chrono::seconds> read_clock(std::string_view s, std::size_t& pos) {
  std::size_t p = pos;
  skip_spaces(s, p);
  const bool am = skip_word(s, p, "오전");
  const bool pm = !am && skip_word(s, p, "오후");
  skip_spaces(s, p);
  const auto hour = read_number(s, p, 1, 2);
  if (!hour || p >= s.size() || s[p] != ':') return std::nullopt;
  ++p;
  const auto minute = read_number(s, p, 2, 2);
  if (!minute) return std::nullopt;
  int second = 0;
  if (p < s.size() && s[p] == ':') {
    std::size_t q = p + 1;
    if (const auto sec = read_number(s, q, 2, 2)) {
      second = *sec;
      p = q;
    }
  }
  int h = *hour;
  if (pm && h < 12) h += 12;
  if (am && h == 12) h = 0;
  if (h > 23 || *minute > 59 || second > 59) return std::nullopt;
  pos = p;
  return std::chrono::seconds{h * 3600 + *minute * 60 + second};
}

// True if `line` ends, at `end`, with a byline keyword and what may sit
// between it and the date: `입력 `, `기사입력: `, `등록일시 | `.
bool byline_keyword_before(std::string_view line, std::size_t end) {
  auto head = line.substr(0, end);
  while (!head.empty() && (head.back() == ' ' || head.back() == '\t')) head.remove_suffix(1);
  if (!head.empty() && (head.back() == ':' || head.back() == '|')) head.remove_suffix(1);
  while (!head.empty() && (head.back() == ' ' || head.back() == '\t')) head.remove_suffix(1);
  for (const std::string_view suffix : {"일시", "일"}) {  // 입력일, 등록일시
    if (head.size() >= suffix.size() && head.substr(head.size() - suffix.size()) == suffix) {
      const auto without = head.substr(0, head.size() - suffix.size());
      for (const auto keyword : byline_keywords) {
        if (without.size() >= keyword.size() && without.substr(without.size() - keyword.size()) == keyword) return true;
      }
    }
  }
  for (const auto keyword : byline_keywords) {
    if (head.size() >= keyword.size() && head.substr(head.size() - keyword.size()) == keyword) return true;
  }
  return false;
}

// A byline publication time anywhere in `line`: the latest one. The scan looks
// for four-digit years, which Korean text has few of, and only then for a
// keyword right before one; searching for the keywords themselves would stop
// at nearly every Hangul lead byte.
std::optional<Found> find_byline(std::string_view line) {
  std::optional<Found> best;
  for (std::size_t p = 0; p < line.size();) {
    if (!is_digit(line[p])) {
      ++p;
      continue;
    }
    std::size_t run = p;
    while (run < line.size() && is_digit(line[run])) ++run;
    if (run - p == 4 && byline_keyword_before(line, p)) {
      std::size_t q = p;
      if (const auto ymd = read_date(line, q)) {
        TimePoint point = TimePoint::at_day(*ymd);
        if (const auto clock = read_clock(line, q)) {
          point = TimePoint::at_minute(date::local_days{*ymd} + *clock);
          if (clock->count() % 60 != 0) point.grain = Grain::second;
        }
        if (!best || best->time.start < point.start) best = Found{point, q};
      }
    }
    p = run;
  }
  return best;
}

// The date of a photo caption credit in `line` (`... 2025.2.4/뉴스1 ⓒ ...`): the latest.
std::optional<Found> find_caption_date(std::string_view line) {
  std::optional<Found> best;
  for (auto slash = line.find('/'); slash != std::string_view::npos; slash = line.find('/', slash + 1)) {
    if (slash + 1 >= line.size() || line[slash + 1] == ' ' || line[slash + 1] == '/') continue;
    // Walk back over what a dotted date is made of, then read it forward.
    std::size_t start = slash;
    while (start > 0 && slash - start < caption_lookback &&
           (is_digit(line[start - 1]) || line[start - 1] == '.' || line[start - 1] == ' ')) {
      --start;
    }
    while (start < slash && !is_digit(line[start])) ++start;
    // The date is the last dotted year-month-day before the slash; try each digit run.
    for (std::size_t p = start; p < slash; ++p) {
      if (!is_digit(line[p]) || (p > 0 && is_digit(line[p - 1]))) continue;
      std::size_t q = p;
      const auto ymd = read_date(line, q);
      if (!ymd || line[p + 4] != '.') continue;
      skip_spaces(line, q);
      if (q != slash) continue;
      const Found found{TimePoint::at_day(*ymd), slash};
      if (!best || best->time.start < found.time.start) best = found;
      break;
    }
  }
  return best;
}

// A caption line without a dated credit still ends with a photo credit: `ⓒ데일리안 ... 기자`.
bool has_photo_credit(std::string_view line) {
  const auto mark = line.find("ⓒ");
  return mark != std::string_view::npos && line.find("기자", mark) != std::string_view::npos &&
         line.size() - mark < 80;
}

// `(워싱턴=연합뉴스)`, `[뉴욕=AP/뉴시스]`: the word between the bracket and `=`.
std::string find_dateline(std::string_view line) {
  for (auto eq = line.find('='); eq != std::string_view::npos; eq = line.find('=', eq + 1)) {
    std::size_t start = eq;
    while (start > 0 && eq - start <= max_dateline_bytes && line[start - 1] != '(' && line[start - 1] != '[' &&
           line[start - 1] != ' ') {
      --start;
    }
    if (start == 0 || start == eq || eq - start > max_dateline_bytes) continue;
    if (line[start - 1] != '(' && line[start - 1] != '[') continue;
    const auto place = line.substr(start, eq - start);
    bool word = true;
    for (std::size_t i = 0; i < place.size();) {
      const auto d = utf8::decode(place, i);
      if (!is_word_char(d.cp)) word = false;
      i += d.length;
    }
    if (word) return std::string(place);
  }
  return {};
}

}  // namespace

ArticleScan scan_article(std::string_view text) {
  ArticleScan scan;
  std::optional<Found> byline;
  std::optional<Found> caption;
  std::size_t line_number = 0;
  for (std::size_t begin = 0; begin < text.size();) {
    const auto newline = text.find('\n', begin);
    const std::size_t end = newline == std::string_view::npos ? text.size() : newline;
    const auto line = text.substr(begin, end - begin);
    ++line_number;
    if (const auto found = find_byline(line); found && (!byline || byline->time.start < found->time.start)) {
      byline = found;
    }
    const auto dated = find_caption_date(line);
    if (dated && (!caption || caption->time.start < dated->time.start)) caption = dated;
    if (dated || has_photo_credit(line)) scan.captions.push_back({begin, end});
    if (scan.dateline.empty() && line_number <= dateline_lines) scan.dateline = find_dateline(line);
    begin = end + 1;
  }
  // The latest date wins; on the same day the byline, which also gives the hour.
  if (byline && (!caption || date::floor<date::days>(byline->time.start) >= caption->time.start)) {
    scan.reference = {byline->time, ReferenceSource::byline};
  } else if (caption) {
    scan.reference = {caption->time, ReferenceSource::caption};
  }
  return scan;
}

}  // namespace detail
}  // namespace ktimeline
