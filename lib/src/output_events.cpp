// The events of one document: the JSON record of `ktimeline events` (also the
// evidence form a timeline keeps) and a readable block.
#include <fmt/format.h>

#include <stdexcept>

#include "ktimeline/json_writer.hpp"
#include "ktimeline/timeline_output.hpp"
#include "output_fields.hpp"
#include "output_words.hpp"

namespace ktimeline {

namespace {

// A point the TIMEX3 string does not give back exactly (a week, an unknown
// date) is kept whole too, so a timeline read back merges the same way.
void write_exact_point(JsonWriter& w, std::string_view name, const std::optional<TimePoint>& point) {
  if (!point) return;
  const auto parsed = parse_timex_point(point->timex());
  if (parsed && *parsed == *point) return;
  w.key(name).begin_array();
  w.value(static_cast<std::int64_t>(point->start.time_since_epoch().count()));
  w.value(to_string(point->grain));
  w.value(to_string(point->part));
  w.value(point->date_known);
  w.end_array();
}

void write_events_json(std::string& out, const ArticleAnalysis& analysis) {
  JsonWriter w(out);
  w.begin_object();
  w.key("id").value(analysis.document.id);
  w.key("reference").begin_object();
  w.key("value");
  if (analysis.context.reference) {
    w.value(analysis.context.reference->timex());
  } else {
    w.null();
  }
  w.key("source").value(to_string(analysis.context.reference_source));
  w.end_object();
  w.key("events").begin_array();
  for (const auto& event : analysis.events) write_event_json(w, event);
  w.end_array();
  w.end_object();
}

std::string when(const Event& e) {
  if (!e.start) return "?";
  std::string out = e.start->timex();
  if (e.end) out += "/" + e.end->timex();
  if (e.duration) out += " (" + detail::korean_duration(*e.duration) + ")";
  if (e.approx) out = "~" + out;
  return out;
}

void write_events_text(std::string& out, const ArticleAnalysis& analysis) {
  out += fmt::format("# {}  (reference {}, {})\n", analysis.document.id,
                     analysis.context.reference ? analysis.context.reference->timex() : "none",
                     to_string(analysis.context.reference_source));
  for (const auto& e : analysis.events) {
    out += fmt::format("e{:<3} {:<8} {:<10} {:<28} {}", e.index + 1, to_string(e.type),
                       e.status == EventStatus::reported ? "" : std::string(to_string(e.status)), when(e), e.summary);
    if (!e.participants.empty()) {
      out += " | ";
      for (std::size_t i = 0; i < e.participants.size(); ++i) out += (i ? ", " : "") + e.participants[i];
    }
    if (!e.place.empty()) out += " @ " + e.place;
    if (e.from_caption) out += " [caption]";
    for (const auto& r : e.relations) out += fmt::format(" [{} e{}: {}]", to_string(r.kind), r.other + 1, r.cue);
    out += '\n';
  }
}

}  // namespace

void write_event_json(JsonWriter& w, const Event& e) {
  w.begin_object();
  w.key("id").value(fmt::format("e{}", e.index + 1));
  w.key("doc").value(e.doc);
  w.key("index").value(static_cast<std::uint64_t>(e.index));
  w.key("type").value(to_string(e.type));
  w.key("status").value(to_string(e.status));
  detail::write_point_field(w, "start", e.start);
  write_exact_point(w, "start_exact", e.start);
  detail::write_point_field(w, "end", e.end);
  write_exact_point(w, "end_exact", e.end);
  detail::write_duration_field(w, "duration", e.duration);
  w.key("approx").value(e.approx);
  w.key("summary").value(e.summary);
  w.key("predicate").value(e.predicate);
  w.key("subject").value(e.subject);
  w.key("participants");
  detail::write_string_array(w, e.participants);
  w.key("place").value(e.place);
  w.key("sentence").value(e.sentence);
  w.key("sentence_span").begin_array();
  w.value(static_cast<std::uint64_t>(e.sentence_span.begin)).value(static_cast<std::uint64_t>(e.sentence_span.end));
  w.end_array();
  w.key("mention").value(e.time_text);
  w.key("from_caption").value(e.from_caption);
  w.key("relations").begin_array();
  for (const auto& r : e.relations) {
    w.begin_object();
    w.key("kind").value(to_string(r.kind));
    w.key("other").value(static_cast<std::uint64_t>(r.other));
    detail::write_duration_field(w, "offset", r.offset);
    w.key("cue").value(r.cue);
    w.end_object();
  }
  w.end_array();
  // The document's reference time, which dates an undated report in a timeline.
  detail::write_point_field(w, "reference", e.reference);
  write_exact_point(w, "reference_exact", e.reference);
  w.end_object();
}

bool supports_events(OutputFormat format) noexcept {
  return format == OutputFormat::text || format == OutputFormat::json || format == OutputFormat::jsonl;
}

void write_events(std::string& out, OutputFormat format, const ArticleAnalysis& analysis) {
  switch (format) {
    case OutputFormat::json: write_events_json(out, analysis); return;
    case OutputFormat::jsonl:
      write_events_json(out, analysis);
      out += '\n';
      return;
    case OutputFormat::text:
      write_events_text(out, analysis);
      out += '\n';
      return;
    default: break;
  }
  throw std::invalid_argument("events cannot be written as " + std::string(to_string(format)));
}

}  // namespace ktimeline
