#pragma once
// Time values given on the command line or in JSONL input.
#include <optional>
#include <string_view>

#include "ktimeline/timex.hpp"

namespace ktimeline_cli {

/// A reference time: `2025-02-04`, `2025-02-04T12:00`, `2025-02-04 12:00`,
/// `2025-02-04T12:00:30` or a month `2025-02`; nullopt if it is none of these.
///   parse_reference("2025-02-04T12:00")->timex() == "2025-02-04T12:00"
std::optional<ktimeline::TimePoint> parse_reference(std::string_view text);

/// True for `auto`, `all`, or `START/END` where both are reference times.
///   valid_window("2025-02-03T23:00/2025-02-04T17:30") == true
bool valid_window(std::string_view text);

}  // namespace ktimeline_cli
