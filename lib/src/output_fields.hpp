#pragma once
// JSON fields and zone lookups the writers share.
#include <date/tz.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ktimeline/json_writer.hpp"
#include "ktimeline/timex.hpp"

namespace ktimeline::detail {

/// `"name": "2025-02-04T14:40"`, or `"name": null`.
void write_point_field(JsonWriter& w, std::string_view name, const std::optional<TimePoint>& point);

/// `"name": "PT2H"`, or `"name": null`.
void write_duration_field(JsonWriter& w, std::string_view name, const std::optional<Duration>& duration);

/// `["a", "b"]`.
void write_string_array(JsonWriter& w, const std::vector<std::string>& values);

/// The zone named `name`, or nullptr when the tz database does not know it
/// (the programs check zones up front; here an unknown one means UTC).
const date::time_zone* find_zone_or_null(const std::string& name);

}  // namespace ktimeline::detail
