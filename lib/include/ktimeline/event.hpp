#pragma once
// Events read from one article: who did what, where and when, with the
// sentence it came from. Produced by the event extractor (issue 4), consumed by
// the timeline (issue 5).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ktimeline/text.hpp"
#include "ktimeline/timex.hpp"

namespace ktimeline {

enum class EventType : std::uint8_t { arrive, depart, meet, meal, attend, announce, move, other };
enum class EventStatus : std::uint8_t { reported, planned, denied };

/// How an event is placed relative to the one before it in the same article.
enum class RelationKind : std::uint8_t {
  right_after,  // 곧바로, 직후, 이어: starts about when the previous one ends
  after,        // 이후, 뒤, 마친 후: starts after the previous one ends
  before,       // 앞서, 이에 앞서, 전: ends before the previous one starts
  offset_after  // N분 뒤: starts N after the previous one (offset set)
};

std::string_view to_string(EventType) noexcept;       // "arrive", ...
std::string_view to_string(EventStatus) noexcept;     // "reported", ...
std::string_view to_string(RelationKind) noexcept;    // "right_after", ...
std::optional<EventType> parse_event_type(std::string_view) noexcept;

struct EventRelation {
  RelationKind kind = RelationKind::after;
  std::size_t other = 0;             // index of the related event in the same document's list
  std::optional<Duration> offset;    // for offset_after
  std::string cue;                   // the words that said it: "곧바로"
};

/// One event of one document.
struct Event {
  std::string doc;                       // document id
  std::size_t index = 0;                 // position in the document's event list
  EventType type = EventType::other;
  EventStatus status = EventStatus::reported;
  std::string predicate;                 // the predicate's surface form: "도착했다"
  std::string summary;                   // a few words: "최태원 회장과 회동"
  std::string subject;                   // canonical name of the subject, if known
  std::vector<std::string> participants; // canonical names, subject first
  std::string place;                     // canonical place name, or ""
  std::string sentence;                  // the sentence it came from
  ByteSpan sentence_span;                // its bytes in the document
  bool from_caption = false;             // read from a photo caption

  // Time, as stated. `start` may be a DATE, a part of day or a clock time.
  std::optional<TimePoint> start;
  std::optional<TimePoint> end;
  std::optional<Duration> duration;      // `약 40분간`: gives an end with start
  bool approx = false;
  std::string time_text;                 // the mention(s) that dated it: "2시 40분께부터 약 2시간"
  std::vector<EventRelation> relations;  // to earlier events of the same document

  /// The document's reference time: what its relative times (`오늘`, `오후
  /// 3시`) were resolved against, as the extractor's Context had it (a
  /// publication date or time, or the collection's month); absent when the
  /// document had none. The timeline dates an undated report by it.
  ///   e.reference->timex() == "2025-02-04"
  std::optional<TimePoint> reference;
};

}  // namespace ktimeline
