#pragma once
// What the pipeline reads from an article's furniture before tagging: the
// reference time its byline or captions state, the caption lines (read as
// asides), and the dateline's place. An interim reader: the document module
// (read_document: line kinds, bylines, captions) takes over this job.
#include <string>
#include <string_view>
#include <vector>

#include "ktimeline/analysis.hpp"
#include "ktimeline/text.hpp"

namespace ktimeline {
namespace detail {

struct ArticleScan {
  DocumentReference reference;     // latest byline or caption date; source none if neither
  std::vector<ByteSpan> captions;  // whole caption lines, in text order, not overlapping
  std::string dateline;            // `(워싱턴=연합뉴스)` -> "워싱턴"; empty if none
};

/// One pass over the lines of `text`.
///   scan_article("(서울=뉴스1) ...\n입력 2025-02-04 13:20").reference.source == ReferenceSource::byline
ArticleScan scan_article(std::string_view text);

}  // namespace detail
}  // namespace ktimeline
