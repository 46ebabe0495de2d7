// The lines the tagger reads as asides.
#include "ktimeline/document.hpp"

namespace ktimeline {

std::vector<ByteSpan> aside_spans(const Document& document) {
  std::vector<ByteSpan> asides;
  for (const auto& line : document.lines) {
    if (line.kind == LineKind::body || line.kind == LineKind::blank) continue;
    if (!asides.empty() && asides.back().end + 1 >= line.span.begin) {
      asides.back().end = line.span.end;
    } else {
      asides.push_back(line.span);
    }
  }
  return asides;
}

}  // namespace ktimeline
