// The timeline as a person reads it: the stay on top, one aligned line per
// event, and a reason under every event whose time is disputed or inferred.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "ktimeline/timeline_output.hpp"
#include "output_words.hpp"

namespace ktimeline {

namespace {

std::string padded(const std::string& s, std::size_t width) {
  const auto w = display_width(s);
  return w >= width ? s : s + std::string(width - w, ' ');
}

// The names sources are shown by: short ones when they stay distinct.
std::map<std::string, std::string> source_names(const Timeline& t) {
  std::set<std::string> docs;
  for (const auto* list : {&t.events, &t.context, &t.plans}) {
    for (const auto& e : *list) {
      for (const auto& s : e.sources) docs.insert(s.doc);
    }
  }
  for (const auto& s : t.stays) docs.insert(s.doc);
  std::map<std::string, std::string> names;
  std::set<std::string> shorts;
  for (const auto& d : docs) shorts.insert(short_document_id(d));
  const bool distinct = shorts.size() == docs.size();
  for (const auto& d : docs) names[d] = distinct ? short_document_id(d) : d;
  return names;
}

std::string clock_range(const TimelineEvent& e) {
  const std::string mark = e.approx ? "~" : "";
  if (!e.start) {
    if (!e.start_bounds) return "";
    const auto side = [](const std::optional<TimePoint>& p) { return p ? detail::korean_clock(*p) : "?"; };
    return fmt::format("{}–{} 사이", side(e.start_bounds->earliest), side(e.start_bounds->latest));
  }
  const auto clock = detail::korean_clock(*e.start);
  if (clock.empty()) return "";
  std::string out = mark + clock;
  if (e.end && detail::has_clock(*e.end)) {
    const bool same_day = e.end->day() == e.start->day();
    out += "–" + (same_day ? std::string() : detail::korean_date(*e.end, detail::year_of(*e.start)) + " ") +
           detail::korean_clock(*e.end);
  }
  return out;
}

std::string date_of(const TimelineEvent& e, int shown_year) {
  if (e.start) return detail::korean_date(*e.start, shown_year);
  if (e.start_bounds && e.start_bounds->earliest) return detail::korean_date(*e.start_bounds->earliest, shown_year);
  if (e.start_bounds && e.start_bounds->latest) return detail::korean_date(*e.start_bounds->latest, shown_year);
  return "날짜 미상";
}

// Summary, then the people it does not already name, then the place.
std::string what(const TimelineEvent& e, const std::string& entity) {
  std::string out = e.summary.empty() ? std::string(to_string(e.type)) : e.summary;
  std::vector<std::string> others;
  for (const auto& p : e.participants) {
    if (p != entity && out.find(p) == std::string::npos) others.push_back(p);
  }
  if (!others.empty()) out += " (" + fmt::format("{}", fmt::join(others, ", ")) + ")";
  if (!e.place.empty() && out.find(e.place) == std::string::npos) out += " @ " + e.place;
  return out;
}

std::string sources_of(const TimelineEvent& e, const std::map<std::string, std::string>& names) {
  std::vector<std::string> shown;
  for (const auto& s : e.sources) {
    const auto& name = names.at(s.doc);
    if (std::find(shown.begin(), shown.end(), name) == shown.end()) shown.push_back(name);
  }
  return fmt::format("{}", fmt::join(shown, ","));
}

char marker(const TimelineEvent& e) {
  if (!e.conflicts.empty()) return '!';
  if (e.inferred || (!e.start && e.start_bounds)) return '*';
  return ' ';
}

// A reason names documents the way the source column does.
std::string with_short_names(std::string text, const std::map<std::string, std::string>& names) {
  for (const auto& [doc, name] : names) {
    if (doc == name) continue;
    for (auto at = text.find(doc); at != std::string::npos; at = text.find(doc, at + name.size())) {
      text.replace(at, doc.size(), name);
    }
  }
  return text;
}

std::vector<std::string> reasons(const TimelineEvent& e, const std::map<std::string, std::string>& names) {
  std::vector<std::string> out;
  for (const auto& c : e.conflicts) out.push_back(with_short_names(fmt::format("! {}: {}", c.field, c.why), names));
  if (e.inferred && e.start) {
    out.push_back("* 시각은 기사에 없음: 앞뒤 사건(곧바로, 직후, 이후, 소요 시간)에서 추정");
  } else if (!e.start && e.start_bounds) {
    out.push_back("* 시각은 기사에 없음: 앞뒤 사건 사이로만 정해짐");
  }
  return out;
}

struct Row {
  std::string id, date, time, sources, what;
  char mark = ' ';
  std::vector<std::string> reasons;
};

void write_section(std::string& out, const std::vector<TimelineEvent>& events, const Timeline& t, int shown_year,
                   const std::map<std::string, std::string>& names) {
  std::vector<Row> rows;
  std::size_t widths[4] = {0, 0, 0, 0};
  std::string last_date;
  for (const auto& e : events) {
    Row r{e.id, date_of(e, shown_year), clock_range(e), sources_of(e, names), what(e, t.entity), marker(e), reasons(e, names)};
    // A date said once per day reads better than a column of repeats.
    if (r.date == last_date) {
      r.date.clear();
    } else {
      last_date = r.date;
    }
    widths[0] = std::max(widths[0], display_width(r.id));
    widths[1] = std::max(widths[1], display_width(r.date));
    widths[2] = std::max(widths[2], display_width(r.time));
    widths[3] = std::max(widths[3], display_width(r.sources));
    rows.push_back(std::move(r));
  }
  for (const auto& r : rows) {
    std::string line = fmt::format("  {}  {}  {}  {} {} {}", padded(r.id, widths[0]), padded(r.date, widths[1]),
                                   padded(r.time, widths[2]), padded("[" + r.sources + "]", widths[3] + 2), r.mark,
                                   r.what);
    out += line + '\n';
    for (const auto& reason : r.reasons) {
      out += std::string(widths[0] + widths[1] + widths[2] + widths[3] + 13, ' ') + reason + '\n';
    }
  }
}

void write_header(std::string& out, const Timeline& t, int shown_year,
                  const std::map<std::string, std::string>& names) {
  out += t.entity.empty() ? std::string("모든 사건") : t.entity;
  out += fmt::format("  ({})\n", t.timezone);
  const auto& w = t.window;
  if (w.start && w.end) {
    out += fmt::format("머문 시간: {} {} → {} {}", detail::korean_date(*w.start, shown_year),
                       detail::korean_clock(*w.start), detail::korean_date(*w.end, shown_year),
                       detail::korean_clock(*w.end));
    if (w.duration) out += ", " + detail::korean_duration(*w.duration);
    out += '\n';
  } else if (w.mode == WindowMode::automatic && !t.entity.empty()) {
    out += "머문 시간: 기사에 도착과 출발이 함께 나오지 않음\n";
  }
  if (!w.reported.empty()) out += fmt::format("기사에 적힌 체류: {}\n", with_short_names(w.reported, names));
  if (!w.agreement.empty()) out += fmt::format("비교: {}\n", with_short_names(w.agreement, names));
}

}  // namespace

void write_timeline_text(std::string& out, const Timeline& t) {
  int shown_year = 0;
  if (t.window.start) {
    shown_year = detail::year_of(*t.window.start);
  } else {
    for (const auto& e : t.events) {
      if (e.start && e.start->date_known) {
        shown_year = detail::year_of(*e.start);
        break;
      }
    }
  }
  const auto names = source_names(t);
  write_header(out, t, shown_year, names);
  out += '\n';
  if (t.events.empty()) out += "  (사건 없음)\n";
  write_section(out, t.events, t, shown_year, names);
  if (!t.context.empty()) {
    out += "\n앞뒤의 관련 사건\n";
    write_section(out, t.context, t, shown_year, names);
  }
  if (!t.plans.empty()) {
    out += "\n보도된 계획 (실행 여부 미확인)\n";
    write_section(out, t.plans, t, shown_year, names);
  }
  out += "\n~ 대략의 시각   ! 기사끼리 엇갈림   * 기사에 없는 시각을 추정   [출처]\n";
}

}  // namespace ktimeline
