#pragma once
// Hand-made events for the timeline tests: a small builder so that each
// scenario reads as the facts an extractor would produce, one line per event.
#include <algorithm>
#include <initializer_list>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "ktimeline/timeline.hpp"

namespace timeline_test {

using namespace ktimeline;

inline TimePoint at(const char* timex) {
  auto p = parse_timex_point(timex);
  if (!p) throw std::invalid_argument(std::string{"bad timex in test: "} + timex);
  return *p;
}

inline Duration lasting(const char* iso) {
  auto d = parse_iso_duration(iso);
  if (!d) throw std::invalid_argument(std::string{"bad duration in test: "} + iso);
  return *d;
}

/// One event, built fluently: ev("003", 4, EventType::meet).who({...}).right_after(3, "곧바로")
class ev {
 public:
  ev(std::string doc, std::size_t index, EventType type) {
    e_.doc = std::move(doc);
    e_.index = index;
    e_.type = type;
  }
  ev& when(const char* timex, const char* words = "") {
    e_.start = at(timex);
    e_.time_text = words;
    return *this;
  }
  ev& until(const char* timex) {
    e_.end = at(timex);
    return *this;
  }
  ev& approx() {
    e_.approx = true;
    return *this;
  }
  ev& lasting(const char* iso) {
    e_.duration = timeline_test::lasting(iso);
    return *this;
  }
  ev& who(std::initializer_list<const char*> people) {
    e_.participants.assign(people.begin(), people.end());
    if (!e_.participants.empty()) e_.subject = e_.participants.front();
    return *this;
  }
  ev& where(const char* place) {
    e_.place = place;
    return *this;
  }
  ev& said(const char* predicate, const char* sentence) {
    e_.predicate = predicate;
    e_.sentence = sentence;
    return *this;
  }
  ev& about(const char* summary) {
    e_.summary = summary;
    return *this;
  }
  /// The document's reference time (what its relative times were read against).
  ev& referenced(const char* timex) {
    e_.reference = at(timex);
    return *this;
  }
  ev& caption() {
    e_.from_caption = true;
    return *this;
  }
  ev& planned() {
    e_.status = EventStatus::planned;
    return *this;
  }
  ev& denied() {
    e_.status = EventStatus::denied;
    return *this;
  }
  ev& related(RelationKind kind, std::size_t other, const char* cue, const char* offset = nullptr) {
    EventRelation r;
    r.kind = kind;
    r.other = other;
    r.cue = cue;
    if (offset) r.offset = timeline_test::lasting(offset);
    e_.relations.push_back(r);
    return *this;
  }
  ev& right_after(std::size_t other, const char* cue) { return related(RelationKind::right_after, other, cue); }
  ev& after(std::size_t other, const char* cue) { return related(RelationKind::after, other, cue); }
  ev& before(std::size_t other, const char* cue) { return related(RelationKind::before, other, cue); }
  operator Event() const { return e_; }  // NOLINT: implicit by design, for brace lists

 private:
  Event e_;
};

inline std::set<std::string> docs_of(const TimelineEvent& e) {
  std::set<std::string> docs;
  for (const auto& s : e.sources) docs.insert(s.doc);
  return docs;
}

inline bool has_participant(const TimelineEvent& e, const std::string& name) {
  return std::find(e.participants.begin(), e.participants.end(), name) != e.participants.end();
}

/// Minutes between a time point's start and a TIMEX value (for "within 5 min" checks).
inline long minutes_from(const TimePoint& p, const char* timex) {
  const auto d = p.start - at(timex).start;
  return static_cast<long>(std::chrono::duration_cast<std::chrono::minutes>(d).count());
}

inline const TimelineConflict* conflict_on(const TimelineEvent& e, const std::string& field) {
  for (const auto& c : e.conflicts) {
    if (c.field == field) return &c;
  }
  return nullptr;
}

}  // namespace timeline_test
