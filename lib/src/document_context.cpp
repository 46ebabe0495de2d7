// Line kinds that depend on the neighbours:
//  - after a related/ranking list header, a copyright line, or (once the body
//    has begun) comment UI, everything up to the next real paragraph is furniture;
//  - headline-like lines before the first paragraph are the title block;
//  - later, a headline-like line right before a paragraph is a sub-heading,
//    one ending on a particle (`...한국을`) is a paragraph broken in two, and
//    others (several in a row, or none followed by text) are furniture;
//  - short polite-form lines (`삭제하시겠습니까?`) next to furniture are UI text.
#include "document_internal.hpp"

namespace ktimeline {
namespace detail {

namespace {

constexpr std::size_t none = static_cast<std::size_t>(-1);

/// A paragraph that surely is article text: it ends a furniture block.
bool is_strong_body(const LineInfo& l) {
  return l.kind == LineKind::body && l.ending == Ending::period && !l.polite && !l.bullet && l.chars >= 30;
}

void settle_blocks(std::vector<LineInfo>& lines) {
  bool in_block = false;
  bool body_seen = false;
  for (auto& l : lines) {
    if (in_block && is_strong_body(l)) in_block = false;
    if (in_block) {
      if (l.starts_block || l.comment) continue;
      const bool keep = l.kind == LineKind::blank || l.kind == LineKind::spam ||
                        (l.kind == LineKind::byline && !l.bare_date);
      if (!keep) {
        l.kind = LineKind::furniture;
        l.candidate = false;
      }
      continue;
    }
    if (l.starts_block || (l.comment && body_seen)) in_block = true;
    if (l.kind == LineKind::body) body_seen = true;
  }
}

}  // namespace

void resolve_context(std::vector<LineInfo>& lines) {
  settle_blocks(lines);
  const std::size_t n = lines.size();

  // The next line that carries text, skipping blanks, captions and bylines
  // (a photo may sit between a sub-heading and its paragraph).
  std::vector<std::size_t> next_text(n, none);
  std::vector<std::size_t> next_nonblank(n, none);
  for (std::size_t i = n; i-- > 0;) {
    if (i + 1 < n) {
      const auto& l = lines[i + 1];
      const bool skip = l.kind == LineKind::blank || l.kind == LineKind::caption || l.kind == LineKind::byline;
      next_text[i] = skip ? next_text[i + 1] : i + 1;
      next_nonblank[i] = l.kind == LineKind::blank ? next_nonblank[i + 1] : i + 1;
    }
  }
  auto body_at = [&](std::size_t j) { return j != none && lines[j].kind == LineKind::body; };

  // A paragraph broken in two: `...올트먼 CEO가 한국을` + `스타게이트 ... 보고 있다.`
  for (std::size_t i = 0; i < n; ++i) {
    auto& l = lines[i];
    if (l.candidate && l.ending == Ending::open && body_at(next_nonblank[i])) {
      l.kind = LineKind::body;
      l.candidate = false;
      l.continues = true;
    } else if (l.kind == LineKind::body && l.ending == Ending::open && body_at(next_nonblank[i])) {
      l.continues = true;
    }
  }

  std::size_t first_body = none;
  for (std::size_t i = 0; i < n && first_body == none; ++i) {
    if (lines[i].kind == LineKind::body) first_body = i;
  }

  for (std::size_t i = 0; i < n;) {
    if (!lines[i].candidate) {
      ++i;
      continue;
    }
    // A run of headline-like lines (blank lines between them allowed).
    std::size_t last = i;
    std::size_t count = 1;
    while (next_nonblank[last] != none && lines[next_nonblank[last]].candidate) {
      last = next_nonblank[last];
      ++count;
    }
    LineKind kind = LineKind::furniture;
    if (first_body == none || i < first_body) kind = LineKind::title;           // the title block
    else if (count <= 2 && body_at(next_text[last])) kind = LineKind::title;   // a sub-heading
    for (std::size_t j = i; j != none && j <= last; j = next_nonblank[j]) {
      if (!lines[j].candidate) continue;
      // A word or two on top (`추천`, `경제`) is a page control or section name, not a headline.
      const bool on_top = first_body == none || j < first_body;
      lines[j].kind = (on_top && lines[j].chars <= 4) ? LineKind::furniture : kind;
      lines[j].candidate = false;
    }
    i = last + 1;
  }

  // Polite-form UI text next to furniture: `댓글을 남기실 수 있습니다.`
  std::size_t previous_nonblank = none;
  for (std::size_t i = 0; i < n; ++i) {
    auto& l = lines[i];
    if (l.kind == LineKind::blank) continue;
    const bool ui_like = (l.kind == LineKind::body || l.kind == LineKind::title) && l.polite && l.chars < 60;
    if (ui_like) {
      const bool near_furniture = (previous_nonblank != none && lines[previous_nonblank].kind == LineKind::furniture) ||
                                  (next_nonblank[i] != none && lines[next_nonblank[i]].kind == LineKind::furniture);
      if (near_furniture) l.kind = LineKind::furniture;
    }
    previous_nonblank = i;
  }
}

}  // namespace detail
}  // namespace ktimeline
