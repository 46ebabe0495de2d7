// The timeline as iCalendar (RFC 5545): one VEVENT per dated event. Clock
// times are written in UTC (converted through the tz database), so no
// VTIMEZONE block is needed; dates and parts of day become all-day events.
#include <date/tz.h>
#include <fmt/format.h>

#include "ktimeline/timeline_output.hpp"
#include "output_fields.hpp"
#include "output_words.hpp"

namespace ktimeline {

namespace {

std::string utc_stamp(date::local_seconds local, const date::time_zone* zone) {
  date::sys_seconds instant{local.time_since_epoch()};
  if (zone) instant = zone->to_sys(local, date::choose::earliest);
  const auto day = date::floor<date::days>(instant);
  const date::year_month_day ymd{day};
  const date::hh_mm_ss<std::chrono::seconds> hms{instant - day};
  return fmt::format("{:04}{:02}{:02}T{:02}{:02}{:02}Z", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), hms.hours().count(),
                     hms.minutes().count(), hms.seconds().count());
}

std::string date_stamp(const date::year_month_day& ymd) {
  return fmt::format("{:04}{:02}{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

// TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 3.3.11).
std::string escaped(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c != '\r') {
      out += c;
    }
  }
  return out;
}

// Content lines fold at 75 octets, never inside a UTF-8 sequence.
void append_line(std::string& out, std::string_view line) {
  std::size_t taken = 0;
  bool first = true;
  while (line.size() - taken > (first ? 75u : 74u)) {
    std::size_t cut = taken + (first ? 75 : 74);
    while (cut > taken && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out += line.substr(taken, cut - taken);
    out += "\r\n ";
    taken = cut;
    first = false;
  }
  out += line.substr(taken);
  out += "\r\n";
}

void append_event(std::string& out, const TimelineEvent& e, const std::string& calendar_id,
                  const date::time_zone* zone) {
  if (!e.start || !e.start->date_known) return;
  append_line(out, "BEGIN:VEVENT");
  append_line(out, fmt::format("UID:{}-{}@ktimeline", calendar_id, e.id));
  append_line(out, "DTSTAMP:" + utc_stamp(e.start->start, zone));
  const bool timed = e.start->grain == Grain::hour || e.start->grain == Grain::minute || e.start->grain == Grain::second;
  if (timed) {
    append_line(out, "DTSTART:" + utc_stamp(e.start->start, zone));
    if (e.end && e.end->start > e.start->start) append_line(out, "DTEND:" + utc_stamp(e.end->start, zone));
  } else {
    append_line(out, "DTSTART;VALUE=DATE:" + date_stamp(e.start->day()));
  }
  std::string summary = e.summary;
  if (e.approx) summary = "~ " + summary;
  append_line(out, "SUMMARY:" + escaped(summary));
  if (!e.place.empty()) append_line(out, "LOCATION:" + escaped(e.place));
  std::string description = fmt::format("type: {}", to_string(e.type));
  if (!timed && detail::has_clock(*e.start)) description += "\ntime: " + detail::korean_clock(*e.start);
  if (e.inferred) description += "\ntime inferred from the events around it";
  for (const auto& c : e.conflicts) description += fmt::format("\nsources disagree on {}: {}", c.field, c.why);
  for (const auto& s : e.sources) description += fmt::format("\nsource {}: {}", s.doc, s.sentence);
  append_line(out, "DESCRIPTION:" + escaped(description));
  append_line(out, "END:VEVENT");
}

// A stable id for the calendar (FNV-1a): the same entity gives the same UIDs
// on every machine, so a re-imported calendar updates instead of duplicating.
std::string stable_id(std::string_view s) {
  std::uint64_t h = 14695981039346656037ull;
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return fmt::format("{:016x}", h);
}

}  // namespace

void write_timeline_ics(std::string& out, const Timeline& t) {
  const auto* zone = detail::find_zone_or_null(t.timezone);
  const std::string calendar_id = stable_id(t.entity);
  append_line(out, "BEGIN:VCALENDAR");
  append_line(out, "VERSION:2.0");
  append_line(out, "PRODID:-//ktimeline//Korean news timeline//KO");
  append_line(out, "CALSCALE:GREGORIAN");
  append_line(out, "X-WR-CALNAME:" + escaped(t.entity.empty() ? "ktimeline" : t.entity));
  for (const auto* list : {&t.events, &t.context}) {
    for (const auto& e : *list) append_event(out, e, calendar_id, zone);
  }
  append_line(out, "END:VCALENDAR");
}

}  // namespace ktimeline
