#pragma once
// Reading a timeline JSON file back (what `ktimeline timeline --format json`
// writes): its evidence, the events and stated stays it was built from, so
// that `merge` can rebuild one timeline from many.
#include <string>
#include <string_view>
#include <vector>

#include "ktimeline/event.hpp"
#include "ktimeline/timeline.hpp"

namespace ktimeline_cli {

/// The evidence of one timeline file.
struct TimelineEvidence {
  std::string entity;  // the entity it was built for, or ""
  std::vector<ktimeline::Event> events;
  std::vector<ktimeline::StatedStay> stays;
};

/// Parses one timeline JSON text; throws std::runtime_error saying what is
/// wrong (not JSON, no `evidence`, a malformed event).
///   auto evidence = read_timeline_json(text);
TimelineEvidence read_timeline_json(std::string_view text);

}  // namespace ktimeline_cli
