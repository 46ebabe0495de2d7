#pragma once
// One ordered timeline from the events of many articles: events that are the
// same real event are clustered, their reports fused (with the disagreements
// kept as conflicts), times that were not stated are reasoned out of the
// relations between events, and an entity's stay is cut out as a window.
//
//   ktimeline::TimelineOptions opts;
//   opts.entity = "샘 올트먼";
//   auto t = ktimeline::build_timeline(events, stays, opts);
//   for (const auto& e : t.events) fmt::print("{} {} {}\n", e.id, to_string(e.type), e.start ? e.start->timex() : "?");
//
// A Timeline keeps its evidence (the input Events, "observations") so that
// timelines built from shards merge into exactly the timeline of all the
// documents at once: merge(A, B) = build(observations(A) ∪ observations(B)).
// The result never depends on the order of the input.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ktimeline/event.hpp"
#include "ktimeline/timex.hpp"

namespace ktimeline {

/// Which events of the entity count as its timeline proper.
enum class WindowMode : std::uint8_t {
  automatic,      // the entity's stay: from its arrival to its departure, when reported
  all,            // no window: every event of the entity
  explicit_range  // TimelineOptions::explicit_window
};

struct TimelineOptions {
  /// Keep only the events in which this entity takes part; empty keeps all events.
  std::string entity;
  /// Says whether a participant's canonical name is the entity (aliases, spelling
  /// variants); unset means exact equality with `entity`.
  std::function<bool(std::string_view participant)> matches_entity;
  WindowMode window = WindowMode::automatic;
  /// [start, end] for WindowMode::explicit_range; the end's whole unit is inside.
  std::optional<std::pair<TimePoint, TimePoint>> explicit_window;
  std::string timezone = "Asia/Seoul";
};

/// A length of stay an article states (`약 18시간 한국에 머무른`).
struct StatedStay {
  std::string doc;
  Duration duration;
  bool approx = false;
  std::string sentence;
  std::string mention;  // the words that said it: "약 18시간"
};

/// One report an event was read from.
struct TimelineSource {
  std::string doc;
  std::string sentence;
  std::string mention;        // the time words of that report (Event::time_text)
  bool from_caption = false;  // a photo caption
  bool planned = false;       // reported in advance (`만날 예정이다`)
};

/// One field on which the sources disagree, and which value was kept and why.
struct TimelineConflict {
  std::string field;                             // "start", "end", "duration", "place", "order"
  std::vector<std::string> values;               // the competing values, the chosen one first
  std::vector<std::vector<std::string>> value_docs;  // per value: the documents that support it
  std::vector<std::string> docs;                 // every document involved, sorted
  std::string chosen;                            // the value kept
  std::string why;                               // one line: the reason for the choice
};

/// Where an unstated start must lie; an unset side is unbounded.
struct StartBounds {
  std::optional<TimePoint> earliest;
  std::optional<TimePoint> latest;
};

/// One real event, fused from every report of it.
struct TimelineEvent {
  std::string id;  // "e1".. in time order; context events "c1".., plans "p1.."
  EventType type = EventType::other;
  EventStatus status = EventStatus::reported;
  std::optional<TimePoint> start;  // stated, or inferred (see `inferred`)
  std::optional<TimePoint> end;    // stated, or start + duration
  std::optional<StartBounds> start_bounds;  // what the other events imply about the start
  std::optional<Duration> duration;
  bool approx = false;
  bool inferred = false;  // start (and end) follow from other events, not from a stated time
  std::string summary;
  std::vector<std::string> participants;  // by support, then name
  std::string place;
  std::vector<TimelineSource> sources;      // sorted by doc, sentence, mention
  std::vector<TimelineConflict> conflicts;  // by field
  std::vector<std::size_t> observations;    // indices into Timeline::observations
};

/// The part of the timeline that is the entity's stay, and how it compares
/// with what the articles say about its length.
struct TimelineWindow {
  WindowMode mode = WindowMode::automatic;
  std::optional<TimePoint> start;
  std::optional<TimePoint> end;
  std::optional<Duration> duration;  // end - start, e.g. PT18H30M
  std::string start_event;  // id of the arrival that opens it ("" if none)
  std::string end_event;    // id of the departure that closes it
  std::string reported;     // the stated stay(s): "약 18시간 (003)"
  std::string agreement;    // "stated about 18 h (doc 003); arrival to departure 18 h 30 min: agrees within tolerance"
};

struct Timeline {
  std::string entity;
  std::string timezone;
  TimelineWindow window;
  std::vector<TimelineEvent> events;   // inside the window, in time order
  std::vector<TimelineEvent> context;  // the entity's events outside the window
  std::vector<TimelineEvent> plans;    // announced plans no report confirms
  std::vector<Event> observations;     // every input event, canonically sorted, no duplicates
  std::vector<StatedStay> stays;       // every input stay, canonically sorted, no duplicates
};

/// Builds one ordered timeline from the events of any number of documents.
///   auto t = ktimeline::build_timeline(events, {}, ktimeline::TimelineOptions{});
Timeline build_timeline(std::vector<Event> events, std::vector<StatedStay> stays, const TimelineOptions& options);

/// Merges partial timelines (built from shards of the documents): the result
/// equals build_timeline over all their observations and stays.
///   auto all = ktimeline::merge_timelines({part_a, part_b}, opts);
Timeline merge_timelines(const std::vector<Timeline>& parts, const TimelineOptions& options);

/// A canonical multi-line text of everything a timeline holds (for tests, logs
/// and diffs); equal timelines give equal text.
///   CHECK(describe(a) == describe(b));
std::string describe(const Timeline& timeline);

}  // namespace ktimeline
