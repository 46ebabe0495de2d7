#pragma once

/// ktimeline's version, as MAJOR * 10000 + MINOR * 100 + PATCH.
#define KTIMELINE_VERSION 100

namespace ktimeline {
/// The version as text, e.g. "0.1.0".
inline constexpr const char* version_string = "0.1.0";
}  // namespace ktimeline
