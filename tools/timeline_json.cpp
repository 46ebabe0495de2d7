#include "timeline_json.hpp"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace ktimeline_cli {

namespace {

using nlohmann::json;

[[noreturn]] void malformed(const std::string& what) { throw std::runtime_error("malformed timeline JSON: " + what); }

// The enumerator of E whose to_string is `name`; E's values run 0..last.
template <class E>
E enum_named(std::string_view name, E last, const char* what) {
  for (int i = 0; i <= static_cast<int>(last); ++i) {
    if (ktimeline::to_string(static_cast<E>(i)) == name) return static_cast<E>(i);
  }
  malformed(std::string("unknown ") + what + " '" + std::string(name) + "'");
}

std::string string_at(const json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return "";
  if (!it->is_string()) malformed(std::string("'") + key + "' is not a string");
  return it->get<std::string>();
}

std::optional<ktimeline::TimePoint> point_at(const json& object, const char* key) {
  const auto exact = object.find(std::string(key) + "_exact");
  if (exact != object.end() && exact->is_array() && exact->size() == 4) {
    ktimeline::TimePoint p;
    p.start = date::local_seconds{std::chrono::seconds{(*exact)[0].get<std::int64_t>()}};
    p.grain = enum_named((*exact)[1].get<std::string>(), ktimeline::Grain::second, "grain");
    p.part = enum_named((*exact)[2].get<std::string>(), ktimeline::DayPart::night, "part of day");
    p.date_known = (*exact)[3].get<bool>();
    return p;
  }
  const auto text = string_at(object, key);
  if (text.empty()) return std::nullopt;
  auto p = ktimeline::parse_timex_point(text);
  if (!p) malformed(std::string("bad time '") + text + "'");
  return p;
}

std::optional<ktimeline::Duration> duration_at(const json& object, const char* key) {
  const auto text = string_at(object, key);
  if (text.empty()) return std::nullopt;
  auto d = ktimeline::parse_iso_duration(text);
  if (!d) malformed(std::string("bad duration '") + text + "'");
  return d;
}

ktimeline::Event read_event(const json& j) {
  if (!j.is_object()) malformed("an evidence event is not an object");
  ktimeline::Event e;
  e.doc = string_at(j, "doc");
  e.index = j.value("index", std::size_t{0});
  const auto type = ktimeline::parse_event_type(string_at(j, "type"));
  if (!type) malformed("unknown event type '" + string_at(j, "type") + "'");
  e.type = *type;
  e.status = enum_named(string_at(j, "status"), ktimeline::EventStatus::denied, "status");
  e.start = point_at(j, "start");
  e.end = point_at(j, "end");
  e.duration = duration_at(j, "duration");
  e.approx = j.value("approx", false);
  e.summary = string_at(j, "summary");
  e.predicate = string_at(j, "predicate");
  e.subject = string_at(j, "subject");
  e.participants = j.value("participants", std::vector<std::string>{});
  e.place = string_at(j, "place");
  e.sentence = string_at(j, "sentence");
  if (const auto span = j.find("sentence_span"); span != j.end() && span->is_array() && span->size() == 2) {
    e.sentence_span = {(*span)[0].get<std::size_t>(), (*span)[1].get<std::size_t>()};
  }
  e.time_text = string_at(j, "mention");
  e.from_caption = j.value("from_caption", false);
  for (const auto& r : j.value("relations", json::array())) {
    ktimeline::EventRelation relation;
    relation.kind = enum_named(string_at(r, "kind"), ktimeline::RelationKind::offset_after, "relation");
    relation.other = r.value("other", std::size_t{0});
    relation.offset = duration_at(r, "offset");
    relation.cue = string_at(r, "cue");
    e.relations.push_back(std::move(relation));
  }
  e.reference = point_at(j, "reference");  // absent in files written before it was kept
  return e;
}

}  // namespace

TimelineEvidence read_timeline_json(std::string_view text) {
  json root;
  try {
    root = json::parse(text);
  } catch (const json::parse_error& e) {
    throw std::runtime_error(std::string("not JSON: ") + e.what());
  }
  if (!root.is_object()) malformed("the top level is not an object");
  const auto evidence = root.find("evidence");
  if (evidence == root.end() || !evidence->is_object()) {
    malformed("no 'evidence' (write it with `ktimeline timeline --format json`)");
  }
  TimelineEvidence out;
  out.entity = string_at(root, "entity");
  try {
    for (const auto& e : evidence->value("events", json::array())) out.events.push_back(read_event(e));
    for (const auto& s : evidence->value("stays", json::array())) {
      ktimeline::StatedStay stay;
      stay.doc = string_at(s, "doc");
      const auto duration = duration_at(s, "duration");
      if (!duration) malformed("a stay without a duration");
      stay.duration = *duration;
      stay.approx = s.value("approx", false);
      stay.sentence = string_at(s, "sentence");
      stay.mention = string_at(s, "mention");
      out.stays.push_back(std::move(stay));
    }
  } catch (const json::exception& e) {
    malformed(e.what());
  }
  return out;
}

}  // namespace ktimeline_cli
