#pragma once
// Writers of events and timelines: JSON (interface.md), a readable text
// table, iCalendar and SVG. Like output.hpp, they append to a string the
// caller owns.
//
//   std::string out;
//   ktimeline::write_timeline(out, ktimeline::OutputFormat::text, timeline);
//   std::fputs(out.c_str(), stdout);
//
// A timeline's JSON carries its evidence (every input event and stated stay,
// as `evidence`), so `ktimeline merge` can rebuild and merge it again.
#include <cstddef>
#include <string>
#include <string_view>

#include "ktimeline/extract.hpp"
#include "ktimeline/output.hpp"
#include "ktimeline/timeline.hpp"

namespace ktimeline {

class JsonWriter;

/// One event of one document as a JSON object, the form `ktimeline events`
/// prints and a timeline's evidence keeps: id ("e" + index + 1), doc, index,
/// type, status, start, end, duration, approx, summary, predicate, subject,
/// participants, place, sentence, sentence_span [begin, end], mention (the
/// time words), from_caption, relations [{kind, other, offset, cue}]. A point
/// that its TIMEX3 string does not give back exactly (weeks, unknown dates)
/// also gets `start_exact`/`end_exact`: [local seconds, grain, part, date_known].
///   JsonWriter w(out); write_event_json(w, event);
void write_event_json(JsonWriter& w, const Event& event);

/// True if the events of documents can be written in `format` (text, json, jsonl).
///   supports_events(OutputFormat::ics) == false
bool supports_events(OutputFormat format) noexcept;

/// One `events` record: {"id", "reference": {value, source}, "events": [...]}
/// as JSON, or a readable block as text, followed by what ends a record in
/// that format (a newline for text and JSON lines). Throws
/// std::invalid_argument if !supports_events(format).
///   write_events(out, OutputFormat::jsonl, analysis);
void write_events(std::string& out, OutputFormat format, const ArticleAnalysis& analysis);

/// The timeline as the JSON of interface.md (entity, timezone, window,
/// events), plus `context` (the entity's events outside the window), `plans`
/// and, when `with_evidence`, the `evidence` that lets it be merged again.
/// One line, no trailing newline.
///   write_timeline_json(out, timeline);
void write_timeline_json(std::string& out, const Timeline& timeline, bool with_evidence = true);

/// The timeline as a person reads it: the stay and its total on top, then one
/// line per event (date with weekday, time with `~` where approximate, a
/// range for intervals, what happened, who, where, its sources) with a marker
/// and a one-line reason where sources disagree or a time was inferred.
/// Columns are aligned with Hangul counted as double width.
///   write_timeline_text(out, timeline);
void write_timeline_text(std::string& out, const Timeline& timeline);

/// The timeline as an iCalendar (RFC 5545) VCALENDAR with one VEVENT per
/// event that has a clock time or a date; times carry the timeline's TZID.
///   write_timeline_ics(out, timeline);
void write_timeline_ics(std::string& out, const Timeline& timeline);

/// The timeline as an SVG drawing: one row per event on a time axis, bars
/// for intervals, the window shaded.
///   write_timeline_svg(out, timeline);
void write_timeline_svg(std::string& out, const Timeline& timeline);

/// True if a timeline can be written in `format` (all but timeml).
///   supports_timeline(OutputFormat::ics) == true
bool supports_timeline(OutputFormat format) noexcept;

/// The timeline in any OutputFormat but timeml (json and jsonl are the same
/// one line), followed by a newline. Throws std::invalid_argument for timeml.
///   write_timeline(out, OutputFormat::text, timeline);
void write_timeline(std::string& out, OutputFormat format, const Timeline& timeline);

/// Columns a terminal gives `text`: East Asian wide characters (Hangul,
/// CJK, full-width forms) count 2, combining marks 0, others 1.
///   display_width("2월 4일(화)") == 11
std::size_t display_width(std::string_view text) noexcept;

/// The short name of a document a reader sees in a text timeline: its id
/// without extension, cut at the first `_` (`003_7efd….txt` -> `003`).
///   short_document_id("003_7efdf92937eddede.txt") == "003"
std::string short_document_id(std::string_view id);

}  // namespace ktimeline
