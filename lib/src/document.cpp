// read_document: lines -> kinds (on their own, then by context) -> sentences
// -> dateline -> reference time.
#include <array>

#include "document_internal.hpp"

namespace ktimeline {

std::string_view to_string(LineKind kind) noexcept {
  constexpr std::array<std::string_view, 7> names{"blank", "title", "byline", "body", "caption", "furniture", "spam"};
  return names[static_cast<std::size_t>(kind)];
}

std::string_view Document::view(ByteSpan span) const noexcept {
  const std::string_view t = text;
  const auto begin = std::min(span.begin, t.size());
  const auto end = std::min(std::max(span.end, begin), t.size());
  return t.substr(begin, end - begin);
}

namespace {

/// The lines of the text: split at `\n`, without a trailing `\r`. A final line
/// break does not open another line.
std::vector<ByteSpan> line_spans(std::string_view text) {
  std::vector<ByteSpan> spans;
  std::size_t pos = 0;
  while (pos < text.size()) {
    auto eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    auto end = eol;
    if (end > pos && text[end - 1] == '\r') --end;
    spans.push_back({pos, end});
    pos = eol + 1;
  }
  return spans;
}

bool readable(LineKind kind) { return kind == LineKind::body || kind == LineKind::caption; }

}  // namespace

Document read_document(std::string id, std::string text, const DocumentOptions& options) {
  Document doc;
  doc.id = std::move(id);
  doc.text = std::move(text);
  const std::string_view t = doc.text;
  const auto& lex = detail::DocumentLexicon::bundled();

  const auto spans = line_spans(t);
  std::vector<detail::LineInfo> infos;
  infos.reserve(spans.size());
  std::vector<detail::PhraseMatcher::Hit> scratch;
  for (const auto& span : spans) infos.push_back(detail::analyze_line(t, span, lex, scratch));
  detail::resolve_context(infos);

  doc.lines.reserve(spans.size());
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const auto kind = infos[i].kind;
    const bool has_text = readable(kind) || kind == LineKind::title;
    doc.lines.push_back(Line{spans[i], has_text ? infos[i].body : ByteSpan{spans[i].begin, spans[i].begin}, kind});
  }

  // Sentences of body and caption lines; a paragraph broken over two lines
  // (LineInfo::continues) gives one sentence across the break.
  std::vector<ByteSpan> pieces;
  pieces.reserve(16);
  doc.sentences.reserve(spans.size());
  bool join_next = false;
  for (std::size_t i = 0; i < doc.lines.size(); ++i) {
    const auto& line = doc.lines[i];
    if (!readable(line.kind)) {
      if (line.kind != LineKind::blank) join_next = false;
      continue;
    }
    pieces.clear();
    detail::append_sentences(t, line.body_span, lex, pieces);
    std::size_t k = 0;
    if (join_next && !pieces.empty() && line.kind == LineKind::body && !doc.sentences.empty()) {
      doc.sentences.back().span.end = pieces[0].end;
      k = 1;
    }
    for (; k < pieces.size(); ++k) doc.sentences.push_back(Sentence{pieces[k], i, line.kind});
    join_next = line.kind == LineKind::body && infos[i].continues;
  }

  // The dateline of the article text; a caption's only if the text has none.
  for (const bool from_body : {true, false}) {
    for (std::size_t i = 0; i < infos.size() && doc.dateline.empty(); ++i) {
      if (infos[i].dateline.empty() || (from_body && doc.lines[i].kind != LineKind::body)) continue;
      doc.dateline = std::string(doc.view(infos[i].dateline));
    }
  }

  if (options.reference) {
    doc.reference = options.reference;
    doc.reference_source = ReferenceSource::given;
  } else {
    detail::find_reference(doc, infos, lex);
  }
  return doc;
}

}  // namespace ktimeline
