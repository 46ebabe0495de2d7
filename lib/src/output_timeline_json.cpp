// The timeline JSON of interface.md, with the evidence `merge` reads back.
#include <fmt/format.h>

#include "ktimeline/json_writer.hpp"
#include "ktimeline/timeline_output.hpp"
#include "output_fields.hpp"

namespace ktimeline {

namespace {

void write_optional_string(JsonWriter& w, std::string_view name, std::string_view value) {
  w.key(name);
  if (value.empty()) {
    w.null();
  } else {
    w.value(value);
  }
}

void write_window(JsonWriter& w, const TimelineWindow& window) {
  w.begin_object();
  w.key("mode").value(window.mode == WindowMode::automatic ? "auto"
                      : window.mode == WindowMode::all     ? "all"
                                                           : "range");
  detail::write_point_field(w, "start", window.start);
  detail::write_point_field(w, "end", window.end);
  detail::write_duration_field(w, "duration", window.duration);
  write_optional_string(w, "start_event", window.start_event);
  write_optional_string(w, "end_event", window.end_event);
  write_optional_string(w, "reported", window.reported);
  write_optional_string(w, "agreement", window.agreement);
  w.end_object();
}

void write_conflict(JsonWriter& w, const TimelineConflict& c) {
  w.begin_object();
  w.key("field").value(c.field);
  w.key("values");
  detail::write_string_array(w, c.values);
  w.key("docs");
  detail::write_string_array(w, c.docs);
  w.key("value_docs").begin_array();
  for (const auto& docs : c.value_docs) detail::write_string_array(w, docs);
  w.end_array();
  w.key("chosen").value(c.chosen);
  w.key("why").value(c.why);
  w.end_object();
}

void write_timeline_event(JsonWriter& w, const TimelineEvent& e) {
  w.begin_object();
  w.key("id").value(e.id);
  w.key("type").value(to_string(e.type));
  w.key("status").value(to_string(e.status));
  detail::write_point_field(w, "start", e.start);
  detail::write_point_field(w, "end", e.end);
  w.key("start_bounds");
  if (e.start_bounds) {
    w.begin_array();
    if (e.start_bounds->earliest) {
      w.value(e.start_bounds->earliest->timex());
    } else {
      w.null();
    }
    if (e.start_bounds->latest) {
      w.value(e.start_bounds->latest->timex());
    } else {
      w.null();
    }
    w.end_array();
  } else {
    w.null();
  }
  detail::write_duration_field(w, "duration", e.duration);
  w.key("approx").value(e.approx);
  w.key("inferred").value(e.inferred);
  w.key("summary").value(e.summary);
  w.key("participants");
  detail::write_string_array(w, e.participants);
  w.key("place").value(e.place);
  w.key("sources").begin_array();
  for (const auto& s : e.sources) {
    w.begin_object();
    w.key("doc").value(s.doc);
    w.key("sentence").value(s.sentence);
    w.key("mention").value(s.mention);
    if (s.from_caption) w.key("caption").value(true);
    if (s.planned) w.key("planned").value(true);
    w.end_object();
  }
  w.end_array();
  w.key("conflicts").begin_array();
  for (const auto& c : e.conflicts) write_conflict(w, c);
  w.end_array();
  w.end_object();
}

void write_events(JsonWriter& w, std::string_view name, const std::vector<TimelineEvent>& events) {
  w.key(name).begin_array();
  for (const auto& e : events) write_timeline_event(w, e);
  w.end_array();
}

void write_evidence(JsonWriter& w, const Timeline& t) {
  w.key("evidence").begin_object();
  w.key("events").begin_array();
  for (const auto& e : t.observations) write_event_json(w, e);
  w.end_array();
  w.key("stays").begin_array();
  for (const auto& s : t.stays) {
    w.begin_object();
    w.key("doc").value(s.doc);
    w.key("duration").value(s.duration.iso());
    w.key("approx").value(s.approx);
    w.key("sentence").value(s.sentence);
    w.key("mention").value(s.mention);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace

void write_timeline_json(std::string& out, const Timeline& t, bool with_evidence) {
  JsonWriter w(out);
  w.begin_object();
  write_optional_string(w, "entity", t.entity);
  w.key("timezone").value(t.timezone);
  w.key("window");
  write_window(w, t.window);
  write_events(w, "events", t.events);
  write_events(w, "context", t.context);
  write_events(w, "plans", t.plans);
  if (with_evidence) write_evidence(w, t);
  w.end_object();
}

}  // namespace ktimeline
