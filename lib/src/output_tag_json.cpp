// The `tag` JSON record of interface.md, built with JsonWriter.
#include <date/tz.h>
#include <fmt/format.h>

#include "ktimeline/json_writer.hpp"
#include "ktimeline/output.hpp"
#include "output_fields.hpp"

namespace ktimeline {

namespace {

// "2025-02-04T14:40+09:00" in the collection's zone (seconds only when said);
// "2025-02-04T05:40Z" without a zone.
std::string format_instant(date::sys_seconds instant, const date::time_zone* zone) {
  std::chrono::seconds offset{0};
  date::local_seconds wall{instant.time_since_epoch()};
  if (zone) {
    const auto info = zone->get_info(instant);
    offset = info.offset;
    wall = date::local_seconds{instant.time_since_epoch() + offset};
  }
  const auto day = date::floor<date::days>(wall);
  const date::year_month_day ymd{day};
  const date::hh_mm_ss<std::chrono::seconds> hms{wall - day};
  std::string out = fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}", static_cast<int>(ymd.year()),
                                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                                hms.hours().count(), hms.minutes().count());
  if (hms.seconds().count() != 0) out += fmt::format(":{:02}", hms.seconds().count());
  if (!zone) return out + "Z";
  const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(offset).count();
  const auto magnitude = minutes < 0 ? -minutes : minutes;
  out += fmt::format("{}{:02}:{:02}", minutes < 0 ? '-' : '+', magnitude / 60, magnitude % 60);
  return out;
}

// A zone says where a wall-clock value is. It is written with an instant, or
// when it is not the collection's zone (현지시간 abroad); a duration has none.
bool zone_worth_writing(const TimexValue& v, const std::string& collection_zone) {
  if (v.zone.empty() || v.type == TimexType::duration || v.type == TimexType::set) return false;
  return v.instant.has_value() || v.zone != collection_zone;
}

void write_mention(JsonWriter& w, const Mention& m, const date::time_zone* zone, const std::string& collection_zone) {
  w.begin_object();
  w.key("text").value(m.text);
  w.key("begin").value(static_cast<std::uint64_t>(m.span.begin));
  w.key("end").value(static_cast<std::uint64_t>(m.span.end));
  w.key("type").value(to_string(m.value.type));
  w.key("value").value(m.value.value());
  w.key("mod");
  if (m.value.mod == Mod::none) {
    w.null();
  } else {
    w.value(to_string(m.value.mod));
  }
  w.key("rule").value(m.rule);
  w.key("anchor").value(m.anchor);
  // Extensions of interface.md: present only when the value has them.
  if (m.value.instant) w.key("instant").value(format_instant(*m.value.instant, zone));
  if (zone_worth_writing(m.value, collection_zone)) w.key("zone").value(m.value.zone);
  if (m.value.type == TimexType::set && m.value.frequency > 0) w.key("freq").value(m.value.frequency);
  w.end_object();
}

}  // namespace

void write_tag_json(std::string& out, const TaggedDocument& doc, const OutputOptions& options) {
  const date::time_zone* zone = nullptr;
  for (const auto& m : doc.mentions) {
    if (m.value.instant) {
      zone = detail::find_zone_or_null(options.timezone);  // looked up once, and only if needed
      break;
    }
  }
  JsonWriter w(out);
  w.begin_object();
  w.key("id").value(doc.id);
  w.key("reference").begin_object();
  w.key("value");
  if (doc.reference.time) {
    w.value(doc.reference.time->timex());
  } else {
    w.null();
  }
  w.key("source").value(to_string(doc.reference.source));
  w.end_object();
  w.key("mentions").begin_array();
  for (const auto& m : doc.mentions) write_mention(w, m, zone, options.timezone);
  w.end_array();
  w.end_object();
}

}  // namespace ktimeline
