#include "output_fields.hpp"

namespace ktimeline::detail {

void write_point_field(JsonWriter& w, std::string_view name, const std::optional<TimePoint>& point) {
  w.key(name);
  if (point) {
    w.value(point->timex());
  } else {
    w.null();
  }
}

void write_duration_field(JsonWriter& w, std::string_view name, const std::optional<Duration>& duration) {
  w.key(name);
  if (duration) {
    w.value(duration->iso());
  } else {
    w.null();
  }
}

void write_string_array(JsonWriter& w, const std::vector<std::string>& values) {
  w.begin_array();
  for (const auto& v : values) w.value(v);
  w.end_array();
}

const date::time_zone* find_zone_or_null(const std::string& name) {
  try {
    return date::locate_zone(name);
  } catch (const std::exception&) {
    return nullptr;
  }
}

}  // namespace ktimeline::detail
