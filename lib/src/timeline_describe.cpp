// describe(): a canonical text of a whole timeline, for tests, logs and diffs.
#include <string>

#include <fmt/format.h>

#include "ktimeline/timeline.hpp"

namespace ktimeline {

namespace {

std::string point(const std::optional<TimePoint>& p) { return p ? p->timex() : "-"; }

std::string list(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += items[i];
  }
  return out;
}

std::string_view window_mode(WindowMode m) {
  switch (m) {
    case WindowMode::automatic: return "auto";
    case WindowMode::all: return "all";
    case WindowMode::explicit_range: return "explicit";
  }
  return "?";
}

void describe_event(std::string& out, const TimelineEvent& e) {
  out += fmt::format("{} {} {} start={} end={}", e.id, to_string(e.type), to_string(e.status), point(e.start), point(e.end));
  if (e.start_bounds) {
    out += fmt::format(" bounds=[{}, {}]", point(e.start_bounds->earliest), point(e.start_bounds->latest));
  }
  if (e.duration) out += fmt::format(" duration={}", e.duration->iso());
  if (e.approx) out += " approx";
  if (e.inferred) out += " inferred";
  out += '\n';
  out += fmt::format("  summary: {}\n  participants: {}\n  place: {}\n", e.summary, list(e.participants), e.place);
  for (const auto& s : e.sources) {
    out += fmt::format("  source: {} | {} | {}{}{}\n", s.doc, s.sentence, s.mention, s.from_caption ? " | caption" : "",
                       s.planned ? " | planned" : "");
  }
  for (const auto& c : e.conflicts) {
    out += fmt::format("  conflict {}: chosen {} | values {}", c.field, c.chosen, list(c.values));
    for (const auto& d : c.value_docs) out += fmt::format(" [{}]", list(d));
    out += fmt::format(" | docs {} | why {}\n", list(c.docs), c.why);
  }
  out += "  observations:";
  for (const auto i : e.observations) out += fmt::format(" {}", i);
  out += '\n';
}

}  // namespace

std::string describe(const Timeline& t) {
  std::string out;
  out += fmt::format("entity: {}\ntimezone: {}\n", t.entity, t.timezone);
  const auto& w = t.window;
  out += fmt::format("window: {} start={} end={} duration={} from={} to={}\n", window_mode(w.mode), point(w.start),
                     point(w.end), w.duration ? w.duration->iso() : "-", w.start_event, w.end_event);
  out += fmt::format("  reported: {}\n  agreement: {}\n", w.reported, w.agreement);
  out += "events:\n";
  for (const auto& e : t.events) describe_event(out, e);
  out += "context:\n";
  for (const auto& e : t.context) describe_event(out, e);
  out += "plans:\n";
  for (const auto& e : t.plans) describe_event(out, e);
  out += fmt::format("observations: {}\n", t.observations.size());
  for (std::size_t i = 0; i < t.observations.size(); ++i) {
    const auto& o = t.observations[i];
    out += fmt::format("  {} {}#{} {} {} {} {}\n", i, o.doc, o.index, to_string(o.type), to_string(o.status),
                       point(o.start), o.summary);
  }
  out += fmt::format("stays: {}\n", t.stays.size());
  for (const auto& s : t.stays) {
    out += fmt::format("  {} {}{} {}\n", s.doc, s.approx ? "~" : "", s.duration.iso(), s.mention);
  }
  return out;
}

}  // namespace ktimeline
