#pragma once
// What the per-document pipeline produces and the writers consume: one
// article with its reference time and its time mentions. (Events join here
// when the event extractor lands.)
#include <optional>
#include <string>
#include <vector>

#include "ktimeline/tagger.hpp"
#include "ktimeline/timex.hpp"

namespace ktimeline {

/// A document's reference (publication) time and where it came from.
///   DocumentReference{parse_timex_point("2025-02-04"), ReferenceSource::byline}
struct DocumentReference {
  std::optional<TimePoint> time;
  ReferenceSource source = ReferenceSource::none;
  /// True if a time is known.
  explicit operator bool() const noexcept { return time.has_value(); }
};

/// One tagged article: the `tag` command's record.
struct TaggedDocument {
  std::string id;                  // JSONL id, else the file name
  std::string text;                // the article as read; mention spans index into it
  DocumentReference reference;     // what its mentions were resolved against
  std::vector<Mention> mentions;   // in text order
};

}  // namespace ktimeline
