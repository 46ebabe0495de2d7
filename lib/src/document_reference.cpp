// The document's reference (publication) time. A byline states it
// (`입력 2025-02-04 13:20`, `기사입력 2025.10.01. 오후 3:41`); otherwise the
// latest photo-caption date stands in (a caption dates its photo, and the
// article comes out on or after it); otherwise the collection supplies the
// month (fill_collection_references).
#include <algorithm>
#include <cstdlib>

#include "document_internal.hpp"

namespace ktimeline {
namespace detail {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// Reads 1..max_digits digits at p; the digit run must end there.
bool read_number(std::string_view text, std::size_t& p, std::size_t limit, std::size_t max_digits, int& value,
                 std::size_t* digits = nullptr) {
  const auto start = p;
  value = 0;
  while (p < limit && is_digit(text[p]) && p - start < max_digits) value = value * 10 + (text[p++] - '0');
  if (digits) *digits = p - start;
  return p > start && !(p < limit && is_digit(text[p]));
}

bool starts_with(std::string_view text, std::size_t p, std::size_t limit, std::string_view s) {
  return p + s.size() <= limit && text.substr(p, s.size()) == s;
}

void skip_spaces(std::string_view text, std::size_t& p, std::size_t limit) {
  while (p < limit && (text[p] == ' ' || text[p] == '\t')) ++p;
}

/// A date separator: `-`, `.`, `/`, or the unit word (`년`, `월`), then spaces.
bool read_separator(std::string_view text, std::size_t& p, std::size_t limit, std::string_view unit) {
  if (p < limit && (text[p] == '-' || text[p] == '.' || text[p] == '/')) {
    ++p;
  } else if (starts_with(text, p, limit, unit)) {
    p += unit.size();
  } else {
    return false;
  }
  skip_spaces(text, p, limit);
  return true;
}

/// An optional clock time after a date: `13:20`, `오후 3:41`, `(화) 09:12`, `3:41 PM`.
std::optional<int> read_clock(std::string_view text, std::size_t& p, std::size_t limit) {
  std::size_t q = p;
  skip_spaces(text, q, limit);
  if (q < limit && text[q] == '(') {  // weekday: (화), (화요일), (Tue)
    const auto close = text.substr(0, std::min(limit, q + 16)).find(')', q);
    if (close != std::string_view::npos) q = close + 1;
    skip_spaces(text, q, limit);
  }
  int meridiem = 0;  // 1 morning, 2 afternoon
  auto read_meridiem = [&](std::size_t& r) {
    if (starts_with(text, r, limit, "오전")) { meridiem = 1; r += 6; }
    else if (starts_with(text, r, limit, "오후")) { meridiem = 2; r += 6; }
    else if (starts_with(text, r, limit, "AM") || starts_with(text, r, limit, "am")) { meridiem = 1; r += 2; }
    else if (starts_with(text, r, limit, "PM") || starts_with(text, r, limit, "pm")) { meridiem = 2; r += 2; }
    else return;
    skip_spaces(text, r, limit);
  };
  read_meridiem(q);
  int hour = 0, minute = 0, second = 0;
  std::size_t r = q;
  if (!read_number(text, r, limit, 2, hour) || r >= limit || text[r] != ':') return std::nullopt;
  ++r;
  std::size_t digits = 0;
  if (!read_number(text, r, limit, 2, minute, &digits) || digits != 2) return std::nullopt;
  if (r < limit && text[r] == ':') {
    std::size_t s = r + 1;
    if (read_number(text, s, limit, 2, second, &digits) && digits == 2) r = s;
  }
  if (meridiem == 0) {
    std::size_t s = r;
    skip_spaces(text, s, limit);
    read_meridiem(s);
    if (meridiem != 0) r = s;
  }
  if (meridiem == 2 && hour >= 1 && hour <= 11) hour += 12;
  if (meridiem == 1 && hour == 12) hour = 0;
  if (hour > 23 || minute > 59) return std::nullopt;
  p = r;
  return hour * 60 + minute;
}

bool valid_day(int year, unsigned month, unsigned day) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (year == 0) return date::month_day{date::month{month}, date::day{day}}.ok();
  return date::year_month_day{date::year{year}, date::month{month}, date::day{day}}.ok();
}

date::year_month_day ymd_of(const StatedDate& d) {
  return date::year{d.year} / date::month{d.month} / date::day{d.day};
}

TimePoint to_time_point(const StatedDate& d) {
  const date::local_days day{ymd_of(d)};
  if (d.minutes) return TimePoint::at_minute(day + std::chrono::minutes{*d.minutes});
  return TimePoint::at_day(ymd_of(d));
}

/// The year that puts month/day closest to `anchor` (a byline that gives no year
/// was written around the time of the other dates we know).
int closest_year(unsigned month, unsigned day, date::year_month_day anchor) {
  const int y = static_cast<int>(anchor.year());
  int best = y;
  long best_distance = -1;
  for (int candidate : {y - 1, y, y + 1}) {
    const date::year_month_day ymd{date::year{candidate}, date::month{month}, date::day{day}};
    if (!ymd.ok()) continue;
    const long distance = std::labs(static_cast<long>((date::sys_days{ymd} - date::sys_days{anchor}).count()));
    if (best_distance < 0 || distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace

std::optional<StatedDate> parse_stated_date(std::string_view text, std::size_t pos, std::size_t limit,
                                            bool allow_yearless, std::size_t* end) {
  limit = std::min(limit, text.size());
  if (pos >= limit || !is_digit(text[pos]) || (pos > 0 && is_digit(text[pos - 1]))) return std::nullopt;
  std::size_t p = pos;
  int first = 0;
  std::size_t digits = 0;
  if (!read_number(text, p, limit, 4, first, &digits)) return std::nullopt;
  StatedDate d;
  int month = 0, day = 0;
  if (digits == 4) {
    d.year = first;
    if (first < 1900 || first > 2199 || !read_separator(text, p, limit, "년")) return std::nullopt;
    if (!read_number(text, p, limit, 2, month) || !read_separator(text, p, limit, "월")) return std::nullopt;
    if (!read_number(text, p, limit, 2, day)) return std::nullopt;
  } else if (allow_yearless && digits <= 2) {
    month = first;
    if (!read_separator(text, p, limit, "월") || !read_number(text, p, limit, 2, day)) return std::nullopt;
  } else {
    return std::nullopt;
  }
  if (starts_with(text, p, limit, "일")) p += 3;
  else if (p < limit && text[p] == '.') ++p;
  d.month = static_cast<unsigned>(month);
  d.day = static_cast<unsigned>(day);
  if (!valid_day(d.year, d.month, d.day)) return std::nullopt;
  d.minutes = read_clock(text, p, limit);
  if (end) *end = p;
  return d;
}

/// Sets doc.reference (and its source) from the lines' bylines and captions.
void find_reference(Document& doc, const std::vector<LineInfo>& lines, const DocumentLexicon& lex) {
  const std::string_view text = doc.text;
  std::optional<StatedDate> published, modified, bare;
  std::vector<StatedDate> captions;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto& line = lines[i];
    const auto kind = doc.lines[i].kind;
    if (kind == LineKind::caption) caption_dates(text, line.core, captions);
    if (kind != LineKind::byline) continue;
    if (line.bare_date && !bare) {
      std::size_t end = 0;
      bare = parse_stated_date(text, line.core.begin, line.core.end, false, &end);
    }
    if (!line.dated_byline) continue;
    lex.matcher().scan(text.substr(line.core.begin, line.core.size()), [&](PhraseMatcher::Hit h) {
      const auto cls = lex.info(h.id).cls;
      if (cls != MarkerClass::date_published && cls != MarkerClass::date_modified) return;
      auto& slot = cls == MarkerClass::date_published ? published : modified;
      if (slot) return;
      std::size_t p = line.core.begin + h.end;
      while (p < line.core.end && (text[p] == ' ' || text[p] == ':' || text[p] == '|' || text[p] == '\t')) ++p;
      if (text.substr(p, 3) == "：") p += 3;
      while (p < line.core.end && text[p] == ' ') ++p;
      std::size_t end = 0;
      slot = parse_stated_date(text, p, line.core.end, true, &end);
    });
  }

  std::optional<StatedDate> latest_caption;
  for (const auto& c : captions) {
    if (!latest_caption || ymd_of(c) > ymd_of(*latest_caption)) latest_caption = c;
  }

  const auto stated = published ? published : modified ? modified : bare;
  if (stated && stated->year != 0) {
    doc.reference = to_time_point(*stated);
    doc.reference_source = ReferenceSource::byline;
  } else if (stated) {
    if (latest_caption) {
      auto completed = *stated;
      completed.year = closest_year(stated->month, stated->day, ymd_of(*latest_caption));
      doc.reference = to_time_point(completed);
      doc.reference_source = ReferenceSource::byline;
    } else {
      YearlessDate y;
      y.month = stated->month;
      y.day = stated->day;
      if (stated->minutes) y.time_of_day = std::chrono::minutes{*stated->minutes};
      doc.yearless_reference = y;
    }
  } else if (latest_caption) {
    doc.reference = to_time_point(*latest_caption);
    doc.reference_source = ReferenceSource::caption;
  }
}

}  // namespace detail

void fill_collection_references(std::vector<Document>& docs) {
  // The two latest references stated by the documents themselves, so that
  // "the latest among the others" is found in one pass.
  std::optional<std::size_t> first, second;
  auto later = [&](std::size_t a, std::size_t b) { return docs[a].reference->start > docs[b].reference->start; };
  for (std::size_t i = 0; i < docs.size(); ++i) {
    if (!docs[i].reference || docs[i].reference_source == ReferenceSource::collection) continue;
    if (!first || later(i, *first)) {
      second = first;
      first = i;
    } else if (!second || later(i, *second)) {
      second = i;
    }
  }
  for (std::size_t i = 0; i < docs.size(); ++i) {
    auto& doc = docs[i];
    if (doc.reference) continue;
    const auto other = (first && *first != i) ? first : second;
    if (!other) continue;
    const auto anchor = docs[*other].reference->day();
    if (doc.yearless_reference) {
      const auto& y = *doc.yearless_reference;
      const date::year_month_day ymd{date::year{detail::closest_year(y.month, y.day, anchor)}, date::month{y.month},
                                     date::day{y.day}};
      auto point = y.time_of_day ? TimePoint::at_minute(date::local_days{ymd} + *y.time_of_day) : TimePoint::at_day(ymd);
      doc.reference = point;
      doc.reference_source = ReferenceSource::byline;
      doc.yearless_reference.reset();
      continue;
    }
    TimePoint month_point;
    month_point.start = date::local_days{anchor.year() / anchor.month() / 1};
    month_point.grain = Grain::month;
    doc.reference = month_point;
    doc.reference_source = ReferenceSource::collection;
  }
}

}  // namespace ktimeline
